"""Schema versions, migrations and writers at the same time, on both backends.

A store written by 0.1.0 (tests/data/store_0.1.0: the GeoPackage made by that code, and the
same schema dumped to PostGIS) opens and migrates in one transaction; a newer store is refused;
a failed write leaves the store exactly as it was (no new table, no new file, no new schema);
writers in parallel processes wait for each other instead of failing, a killed writer leaves
nothing behind, and readers are not blocked while a writer holds the lock.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from osgeo import ogr
from pg_cluster import wait_for
from sql_rows import store_fingerprint, store_rows

from heilbronn_digital.heilbronn_digital_plugin.store import core, migrations, schema

HERE = Path(__file__).resolve().parent.parent
V010 = HERE / "data" / "store_0.1.0"
WRITER = HERE / "store_writer.py"
DATA = ("SELECT site_id, observed_at, free FROM {parking_occupancy} ORDER BY 1, 2",
        "SELECT source, service_request_id, status FROM {citizen_reports} ORDER BY 1, 2",
        "SELECT space_id, name, ordinal FROM {indoor_spaces} ORDER BY 1",
        "SELECT site_id, name, capacity FROM {parking_sites} ORDER BY 1")


@pytest.fixture(params=["gpkg", "postgis"])
def store_0_1_0(request, tmp_path: Path) -> str:
    """A store written by plugin 0.1.0, as a GeoPackage and as a PostGIS schema."""
    if request.param == "gpkg":
        copy = tmp_path / "heilbronn_0.1.0.gpkg"
        shutil.copy(V010 / copy.name, copy)
        return str(copy)
    cluster = request.getfixturevalue("postgis_cluster")
    target = cluster.new_store()
    cluster.restore(V010 / "heilbronn_0.1.0_postgis.sql", core.open_store(target).location.schema)
    return target


def _reading(site: str = "a", free: int = 3) -> dict:
    return {"site_id": site, "observed_at": datetime(2025, 11, 17, 8, tzinfo=timezone.utc),
            "free": free, "status": "free"}


def test_a_0_1_0_store_is_migrated_forward_and_keeps_its_data(store_0_1_0: str):
    store = core.open_store(store_0_1_0)
    assert store.version() == 1
    before = store_fingerprint(store_0_1_0, *DATA)
    assert store_rows(store_0_1_0, "SELECT count(*) FROM {parking_occupancy}") == [(4,)]
    notes = store.create()
    assert len(notes) == 1 and "from schema version 1 to 3" in notes[0], notes
    assert store.version() == schema.SCHEMA_VERSION
    assert store_fingerprint(store_0_1_0, *DATA) == before
    applied = store_rows(store_0_1_0, "SELECT version, plugin_version, description FROM "
                                      "{heilbronn_schema} ORDER BY version")
    assert [(version, plugin) for version, plugin, _ in applied] == [
        (2, migrations.plugin_version()), (3, migrations.plugin_version())]
    assert "citizen_report_history" in applied[0][2] and "status_latest" in applied[1][2]
    # A second open does nothing more and says nothing.
    assert store.create() == []
    result = core.write_records(store_0_1_0, "parking_occupancy", [_reading("new")])
    assert (result.inserted, result.updated) == (1, 0)


def test_a_failed_write_rolls_the_migration_back(store_0_1_0: str):
    before = store_fingerprint(store_0_1_0, *DATA)
    with pytest.raises(core.StoreError, match="record 2"):
        core.write_records(store_0_1_0, "parking_occupancy",
                           [_reading("x"), {**_reading("y"), "observed_at": "never"}])
    store = core.open_store(store_0_1_0)
    assert store.version() == 1
    assert not store_rows(store_0_1_0, f"SELECT 1 FROM {store.table('parking_occupancy')} "
                                       "WHERE site_id = 'x'")
    assert store_fingerprint(store_0_1_0, *DATA) == before


def test_a_store_of_a_newer_plugin_is_refused_with_a_sentence(store_target: str):
    core.create_store(store_target)
    store = core.open_store(store_target)
    core.write_records(store_target, "parking_occupancy", [_reading()])
    ds = store.backend.open_read()
    del ds
    _set_version(store, 99)
    with pytest.raises(core.StoreVersionError, match=r"schema version 99, written by a newer "
                                                     r"Heilbronn Digital.*Update the plugin"):
        core.write_records(store_target, "parking_occupancy", [_reading(free=9)])
    assert store_rows(store_target, "SELECT free FROM {parking_occupancy}") == [(3,)]


def _set_version(store: core.Store, version: int) -> None:
    def work(ds):
        core.execute(ds, f"INSERT INTO {store.table('heilbronn_schema')} (version) "
                         f"VALUES ({version})")
    store.backend.run_transaction(work)


def test_a_failed_first_write_leaves_no_file_and_no_schema(store_target: str, tmp_path: Path):
    with pytest.raises(core.StoreError, match="record 1"):
        core.write_records(store_target, "parking_occupancy", [{"site_id": "a"}])
    store = core.open_store(store_target)
    assert not store.exists()
    if store.is_postgis:
        assert store.open_read() is None  # not even an empty schema
    else:
        assert list(tmp_path.iterdir()) == []  # no .gpkg, no temporary file


def test_a_failed_write_adds_no_table_to_an_existing_0_1_0_store(tmp_path: Path):
    """Issue 12, item 20: a store whose first Open311 sync fails gets no empty
    citizen_report_history (its creation is part of the failed transaction)."""
    path = tmp_path / "store.gpkg"
    shutil.copy(V010 / "heilbronn_0.1.0.gpkg", path)
    ds = ogr.Open(str(path), 1)
    index = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())].index(
        "citizen_report_history")
    ds.DeleteLayer(index)
    ds = None
    tables = "SELECT name FROM sqlite_master ORDER BY name"
    before = store_fingerprint(path, tables)
    with pytest.raises(core.StoreError):
        core.write_layers(path, {"citizen_reports": [{"service_request_id": "1",
                                                      "status": "wrong", "source": "s"}],
                                 "citizen_report_history": []})
    assert store_fingerprint(path, tables) == before


def _writer(target: str, mode: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), target, mode, *args],
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_parallel_imports_of_one_payload_wait_for_each_other(store_target: str):
    """Issue 12, item 21: four processes import the same 600 readings into a store that does
    not exist yet; all succeed, one inserts them, the others update them."""
    writers = [_writer(store_target, "upsert", "600") for _ in range(4)]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted((r["inserted"], r["updated"]) for r in results) == [
        (0, 600), (0, 600), (0, 600), (600, 0)]
    assert store_rows(store_target, "SELECT count(*) FROM {parking_occupancy}") == [(600,)]


def _wait_locked(writer: subprocess.Popen) -> None:
    line = writer.stdout.readline()
    assert line.strip() == "locked", writer.stderr.read()[-3000:]


def test_readers_are_not_blocked_by_a_writer(store_target: str):
    """A reader gets the last commit while a writer holds the lock with rows written but not
    committed: it returns while the writer still waits (it could not if it were blocked)."""
    core.write_records(store_target, "parking_occupancy", [_reading()])
    writer = _writer(store_target, "hold")
    try:
        _wait_locked(writer)
        assert store_rows(store_target, "SELECT count(*) FROM {parking_occupancy}") == [(1,)]
        assert writer.poll() is None  # still holding the lock
    finally:
        writer.kill()
        writer.communicate(timeout=60)


def test_a_writer_killed_mid_way_leaves_the_store_as_it_was(store_target: str):
    """Killed with ten readings written inside its transaction: none of them is stored, and
    the lock died with it (the next write goes through)."""
    core.write_records(store_target, "parking_occupancy", [_reading()])
    before = store_fingerprint(store_target, *DATA)
    writer = _writer(store_target, "hold")
    _wait_locked(writer)
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=60)
    assert store_fingerprint(store_target, *DATA) == before
    result = core.write_records(store_target, "parking_occupancy", [_reading("b")])
    assert result.inserted == 1
    rows = store_rows(store_target, "SELECT site_id FROM {parking_occupancy} ORDER BY 1")
    assert rows == [("a",), ("b",)]


def _waiting_for_the_lock(store_target: str, count: int) -> bool:
    """Whether ``count`` writers wait for the store's lock (PostgreSQL shows them in pg_locks;
    a GeoPackage's waiting writers cannot be seen, so that backend only starts them)."""
    if not core.open_store(store_target).is_postgis:
        return True
    return store_rows(store_target, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                    "AND NOT granted") == [(count,)]


def test_a_live_refresh_during_an_open311_sync_loses_and_duplicates_nothing(
        store_target: str, fixtures_dir: Path):
    """Issue 14, item 3: an Open311 sync and a parking refresh into one store at the same
    time, in parallel processes queued behind a third writer, twice: each commits whole, the
    second round only updates, and every record is stored once."""
    open311 = fixtures_dir / "open311" / "open311status_toronto_requests_many.xml"
    parking = fixtures_dir / "ogcapi_features" / "hamburg_garages_live.geojson"
    core.write_records(store_target, "parking_occupancy", [_reading()])
    rounds = []
    for _round in range(2):
        holder = _writer(store_target, "hold")
        _wait_locked(holder)
        writers = [_writer(store_target, "open311", str(open311)),
                   _writer(store_target, "parking", str(parking))]
        assert wait_for(lambda: _waiting_for_the_lock(store_target, 2), timeout_s=120)
        out, err = holder.communicate("\n", timeout=120)
        assert holder.returncode == 0 and "committed" in out, err[-3000:]
        results = []
        for writer in writers:
            out, err = writer.communicate(timeout=240)
            assert writer.returncode == 0, err[-3000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
        rounds.append(results)
    (reports, readings), (reports_again, readings_again) = rounds
    assert reports["inserted"] > 0 and readings["inserted"] > 0
    assert reports_again == {"inserted": 0, "updated": reports["inserted"]}
    assert readings_again == {"inserted": 0, "updated": readings["inserted"]}
    held = 10  # the holder's readings, the same both rounds
    assert store_rows(store_target, "SELECT count(*) FROM {citizen_reports}") == [
        (reports["inserted"],)]
    assert store_rows(store_target, "SELECT count(*) FROM {parking_occupancy}") == [
        (1 + held + readings["inserted"],)]


def test_a_current_store_missing_a_field_is_completed_by_the_next_write(store_target: str):
    """A write to a store at this schema version does not inspect every layer; a layer that
    lacks a declared field (someone changed the store) is completed first."""
    core.create_store(store_target)
    store = core.open_store(store_target)

    def drop(ds):
        core.execute(ds, f"ALTER TABLE {store.table('parking_occupancy')} DROP COLUMN quality")
    store.backend.run_transaction(drop)
    result = core.write_records(store_target, "parking_occupancy",
                                [{**_reading(), "quality": "bad_number"}])
    assert result.inserted == 1
    assert store_rows(store_target, "SELECT quality FROM {parking_occupancy}") == [
        ("bad_number",)]


def test_a_version_2_store_gets_the_site_status_field_and_says_so(store_target: str):
    """Schema 3 adds parking_sites.status_latest: a store written by schema 2 is migrated
    before the live refresh reads its sites, and the step is recorded."""
    core.create_store(store_target)
    store = core.open_store(store_target)

    def back_to_2(ds):
        core.execute(ds, f"ALTER TABLE {store.table('parking_sites')} DROP COLUMN status_latest")
        core.execute(ds, f"UPDATE {store.table('heilbronn_schema')} SET version = 2")
    store.backend.run_transaction(back_to_2)
    assert store.version() == 2
    sites = [{"site_id": "a", "status_latest": "closed"}]
    assert store.write_layers({"parking_sites": sites})["parking_sites"].inserted == 1
    assert len(store.notes) == 1 and "from schema version 2 to 3" in store.notes[0]
    assert "status_latest" in store.notes[0]
    assert store.version() == 3
    assert store_rows(store_target, "SELECT status_latest FROM {parking_sites}") == [("closed",)]
