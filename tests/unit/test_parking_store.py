"""store_parking: one transaction, upserts by key, snapshots that only move forward."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sql_rows import sql_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.csv_parking import parse_csv_parking
from heilbronn_digital.heilbronn_digital_plugin.feeds.goldbeck import parse_goldbeck
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking
from heilbronn_digital.heilbronn_digital_plugin.store.core import StoreError

UTC = timezone.utc
T0 = datetime(2025, 11, 17, 8, 0, tzinfo=UTC)


def _batch(*readings: tuple[int, int], site: pr.ParkingSite | None = None) -> pr.ParkingBatch:
    """A batch of one site with capacity 10 and readings (minutes after T0, free)."""
    site = site or pr.ParkingSite("test:a", name="A", site_type="garage", capacity=10,
                                  lon=9.22, lat=49.14)
    return pr.ParkingBatch("test", [site], [
        pr.ParkingObservation(site.site_id, T0 + timedelta(minutes=m), free, 10 - free, 10,
                              "free") for m, free in readings])


def _snapshot(store: Path) -> tuple:
    return sql_rows(store, "SELECT free_latest, occupancy_latest, observed_latest "
                        "FROM parking_sites WHERE site_id = 'test:a'")[0]


def test_goldbeck_twice_changes_nothing(tmp_path, fixtures_dir):
    folder = fixtures_dir / "parkapi"
    batch = parse_goldbeck((folder / "heilbronn_goldbeck_facilities.json").read_bytes(),
                           (folder / "heilbronn_goldbeck_occupancies.json").read_bytes())
    batch.source = "goldbeck"
    store = tmp_path / "store.gpkg"
    first = store_parking(store, batch)
    assert (first.sites_inserted, first.readings_inserted) == (38, 9)
    before = sql_rows(store, "SELECT * FROM parking_sites ORDER BY site_id")
    again = store_parking(store, batch)
    assert (again.sites_inserted, again.sites_updated, again.readings_inserted,
            again.readings_updated) == (0, 38, 0, 9)
    assert sql_rows(store, "SELECT * FROM parking_sites ORDER BY site_id") == before
    assert sql_rows(store, "SELECT count(*) FROM parking_occupancy") == [(9,)]
    (row,) = sql_rows(store, "SELECT free_latest, occupancy_latest, observed_latest, quality, "
                          "ST_X(geom) > 500000 FROM parking_sites "
                          "WHERE site_id = 'goldbeck:2141'")
    assert row == (173, pytest.approx(207 / 380), "2025/12/03 12:35:00.470+00", None, 1)
    assert sql_rows(store, "SELECT quality FROM parking_sites WHERE site_id = "
                        "'goldbeck:2067'") == [("no_position",)]


def test_overlapping_windows_duplicates_and_old_readings(tmp_path):
    store = tmp_path / "store.gpkg"
    store_parking(store, _batch((0, 5), (15, 4), (30, 3)))
    # Overlaps by two readings, sends one twice, and one reading is corrected.
    result = store_parking(store, _batch((15, 4), (30, 2), (45, 1), (45, 1), (60, 0)))
    assert (result.readings_inserted, result.readings_updated) == (2, 2)
    assert sql_rows(store, "SELECT count(*), count(DISTINCT observed_at) "
                        "FROM parking_occupancy") == [(5, 5)]
    assert sql_rows(store, "SELECT free FROM parking_occupancy ORDER BY observed_at") == [
        (5,), (4,), (2,), (1,), (0,)]
    assert _snapshot(store) == (0, 1.0, "2025/11/17 09:00:00+00")
    # A late batch of old readings adds them but leaves the snapshot alone.
    late = store_parking(store, _batch((-30, 9), (-15, 8)))
    assert late.readings_inserted == 2
    assert _snapshot(store) == (0, 1.0, "2025/11/17 09:00:00+00")


def test_a_batch_without_position_keeps_the_stored_one(tmp_path):
    store = tmp_path / "store.gpkg"
    store_parking(store, _batch((0, 5)))
    bare = pr.ParkingSite("test:a", flags={pr.NO_POSITION, pr.NO_STATIC_RECORD})
    store_parking(store, _batch((15, 4), site=bare))
    assert sql_rows(store, "SELECT name, site_type, capacity, geom IS NOT NULL, quality "
                        "FROM parking_sites") == [
        ("A", "garage", 10, 1, "no_position,no_static_record")]
    assert _snapshot(store)[0] == 4


def test_a_series_through_the_autumn_switch_keeps_every_reading(tmp_path):
    clock = ["01:30", "02:00", "02:30", "02:00", "02:30", "03:00"]
    data = "\n".join(["id;frei;kapazitaet;zeit"] + [
        f"x;{i};10;2025-10-26 {t}" for i, t in enumerate(clock)]).encode()
    store = tmp_path / "store.gpkg"
    result = store_parking(store, parse_csv_parking(data))
    assert result.readings_inserted == 6
    assert sql_rows(store, "SELECT observed_at, free FROM parking_occupancy "
                        "ORDER BY observed_at") == [
        (f"2025/10/{day} {hour}:{minute}:00+00", free) for free, (day, hour, minute) in
        enumerate([("25", "23", "30"), ("26", "00", "00"), ("26", "00", "30"),
                   ("26", "01", "00"), ("26", "01", "30"), ("26", "02", "00")])]


def test_a_failing_record_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store.gpkg"
    store_parking(store, _batch((0, 5)))
    before = (sql_rows(store, "SELECT * FROM parking_sites"),
              sql_rows(store, "SELECT * FROM parking_occupancy"))
    wrong = pr.ParkingSite("test:b", site_type="Parkhaus")  # not a store site type
    batch = _batch((15, 4), (30, 3))
    batch.sites.append(wrong)
    with pytest.raises(StoreError, match="site_type must be one of"):
        store_parking(store, batch)
    assert (sql_rows(store, "SELECT * FROM parking_sites"),
            sql_rows(store, "SELECT * FROM parking_occupancy")) == before


def test_a_series_through_the_spring_switch_has_no_gap_and_no_overlap(tmp_path):
    # A logger on local time every 15 minutes on 2026-03-29: 02:00 to 02:45 never happen.
    clock = ["01:30", "01:45", "03:00", "03:15"]
    data = "\n".join(["id;frei;kapazitaet;zeit"] + [
        f"x;{i};10;29.03.2026 {t}" for i, t in enumerate(clock)]).encode()
    store = tmp_path / "store.gpkg"
    store_parking(store, parse_csv_parking(data))
    assert sql_rows(store, "SELECT observed_at, quality FROM parking_occupancy "
                        "ORDER BY observed_at") == [
        (f"2026/03/29 {t}:00+00", None) for t in ("00:30", "00:45", "01:00", "01:15")]
