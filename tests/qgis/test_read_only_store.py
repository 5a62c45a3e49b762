"""A store that cannot be written — a PostgreSQL role that may only read, a read-only
GeoPackage — is said up front, in a sentence, by the live parking panel and by the feed service
(heilbronn:runfeeds): before the feed is fetched (the test server sees no request), not as the
database's error at the first write; the store stays as it was, and other feeds still run."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from as_nobody import read_only_store
from http_server import FeedServer, Reply
from plugin_dev import REPO
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication
from sql_rows import store_rows

from heilbronn_digital.heilbronn_digital_plugin.gui.parking_live import ParkingLiveDock
from heilbronn_digital.heilbronn_digital_plugin.store.location import parse_store

PARKAPI = REPO / "tests" / "data" / "parking" / "parkapi_v1_heilbronn_lots.json"
READ_ONLY = (r"may read this store but not change it \(permission denied for table "
             r"parking_sites\)")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    served = FeedServer()
    served.routes["/parkapi/heilbronn"] = Reply(body=PARKAPI.read_bytes())
    yield served
    served.close()


@pytest.fixture(scope="module")
def stores(provider, postgis_cluster) -> tuple[str, str]:
    """(writer, viewer): one PostGIS store with a real payload's parking sites, as its
    writer sees it and as a role that may only read it."""
    import processing

    writer = postgis_cluster.new_store()
    processing.run("heilbronn:importparking", {"SOURCE": str(PARKAPI), "STORE": writer})
    return writer, postgis_cluster.read_only(parse_store(writer).schema)


def _readings(store: str) -> list[tuple]:
    return store_rows(store, "SELECT count(*), max(observed_at) FROM {parking_occupancy}")


def test_the_live_panel_says_a_read_only_role_before_fetching(stores, server):
    writer, viewer = stores
    before = _readings(writer)
    dock = ParkingLiveDock(QgsProject(), QgsMessageBar())
    try:
        dock.format_combo.setCurrentIndex(dock.format_combo.findData("parkapi"))
        dock.url_edit.setText(f"{server.base}/parkapi/heilbronn")
        dock.store_widget.setFilePath(viewer)
        dock.refresh_now()
        _wait(lambda: not dock.refresher.busy)
        message = dock.status_label.text()
    finally:
        dock.shutdown()
        _wait(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
        dock.deleteLater()
    assert re.search(READ_ONLY, message), message
    assert "Nothing was fetched; the stored readings are unchanged." in message
    assert server.queries == []
    assert _readings(writer) == before


def _wait(condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def test_the_feed_service_says_a_read_only_role_and_runs_the_others(
        stores, server, run_algorithm_cli, postgis_cluster, tmp_path: Path):
    writer, viewer = stores
    other = postgis_cluster.new_store()
    before = _readings(writer)
    log = tmp_path / "feeds.log"
    config = tmp_path / "feeds.ini"
    config.write_text(f"""
[service]
store = {viewer}
log = {log}
timeout = 10

[parking Nur lesen]
format = parkapi
source = {server.base}/parkapi/heilbronn?reader=1

[parking Schreiber]
format = parkapi
source = {server.base}/parkapi/heilbronn?writer=1
store = {other}
""", encoding="utf-8")
    done = run_algorithm_cli("heilbronn:runfeeds", CONFIG=config)
    assert done.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert re.search(r"FAILED parking Nur lesen: The user of PostgreSQL .*" + READ_ONLY
                     + r"\. Imports and live refreshes need a writer role .*Its store is "
                       r"unchanged\.", text), text
    assert "OK parking Schreiber: 4 sites and 4 readings received" in text
    assert [params for _, params in server.queries] == [{"writer": "1"}]
    assert _readings(writer) == before
    assert _readings(other)[0][0] == 4


SCRIPT = """
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import ParkingSource
from heilbronn_digital.heilbronn_digital_plugin.gui.parking_refresh import RefreshTask
task = RefreshTask(ParkingSource("parkapi", sys.argv[2] + "?panel=1", "", ""), sys.argv[3], 10)
print("PANEL", task.run(), task.error)
try:
    processing.run("heilbronn:runfeeds", {"CONFIG": sys.argv[4]})
    print("SERVICE ran")
except Exception as error:
    print("SERVICE", error)
"""


def test_a_read_only_geopackage_is_said_before_fetching(server, sample_gpkg, isolated_home):
    """The live panel's refresh and the feed service, run as an ordinary user."""
    with read_only_store(sample_gpkg, "planung.gpkg") as copy:
        store, home = copy.store, copy.home
        config = home / "feeds.ini"
        config.write_text(f"""
[service]
store = {store}
log = {home / 'feeds.log'}
timeout = 10

[parking Stadtwerke]
format = parkapi
source = {server.base}/parkapi/heilbronn?service=1
""", encoding="utf-8")
        done = copy.run(SCRIPT, [f"{server.base}/parkapi/heilbronn", str(store), str(config)],
                        isolated_home, also_owned=(config,))
        said = done.stdout
        assert f"PANEL False The store {store} is read-only. Make it writable" in said, \
            said + done.stderr
        assert "Nothing was fetched; the stored readings are unchanged." in said
        assert "SERVICE 1 of 1 feeds failed: parking Stadtwerke" in said, said + done.stderr
        log = (home / "feeds.log").read_text(encoding="utf-8")
        assert f"FAILED parking Stadtwerke: The store {store} is read-only" in log, log
        assert server.queries == []
        assert store.read_bytes() == copy.before
