"""The live parking dock on real QGIS, refreshing from the real GOLDBECK payloads served over
HTTP on 127.0.0.1 through the QGIS network stack, in QgsTasks of the real task manager.

The occupancies are the fixture's, with two readings moved to "now": garage 2141 read two
minutes ago, garage 2409 three hours ago; the rest keep their date of December 2025.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from http_server import FeedServer, Reply
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, Qt

from heilbronn_digital.heilbronn_digital_plugin.gui.parking_live import (
    AGE,
    NAME,
    OCCUPANCY,
    PLACES,
    STALE_COLOUR,
    ParkingLiveDock,
)
from heilbronn_digital.heilbronn_digital_plugin.gui.parking_refresh import LiveSettings
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.log import TAG

BERLIN = ZoneInfo("Europe/Berlin")
FRESH, OLD = 2141, 2409
STALE_AFTER_MIN = 30


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Run the event loop (task signals, timers) until ``condition`` holds."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def idle() -> bool:
    return QgsApplication.taskManager().countActiveTasks() == 0


class GoldbeckServer(FeedServer):
    """GOLDBECK facilities and occupancies with two readings moved to now."""

    def __init__(self, fixtures: Path) -> None:
        super().__init__()
        folder = fixtures / "parkapi"
        occupancies = json.loads((folder / "heilbronn_goldbeck_occupancies.json").read_text())
        now = datetime.now(BERLIN).replace(tzinfo=None)
        for reading in occupancies:
            moved = {FRESH: now - timedelta(minutes=2), OLD: now - timedelta(hours=3)}.get(
                reading["facilityId"])
            if moved is not None:
                reading["valuesFrom"] = moved.isoformat(timespec="milliseconds")
        self.occupancies = Reply(body=json.dumps(occupancies).encode())
        self.routes["/facilities"] = Reply(
            body=(folder / "heilbronn_goldbeck_facilities.json").read_bytes())
        self.routes["/occupancies"] = self.occupancies


@pytest.fixture
def server(fixtures_dir: Path) -> Iterator[GoldbeckServer]:
    served = GoldbeckServer(fixtures_dir)
    yield served
    served.close()


@pytest.fixture
def dock(qgis_app, server: GoldbeckServer, tmp_path: Path) -> Iterator[ParkingLiveDock]:
    project = QgsProject()
    bar = QgsMessageBar()
    live = ParkingLiveDock(project, bar)
    live.message_bar_for_test = bar
    live.format_combo.setCurrentIndex(live.format_combo.findData("goldbeck"))
    live.url_edit.setText(f"{server.base}/facilities")
    live.second_edit.setText(f"{server.base}/occupancies")
    live.store_widget.setFilePath(str(tmp_path / "live.gpkg"))
    live.stale_spin.setValue(STALE_AFTER_MIN)
    yield live
    live.shutdown()
    wait_until(idle)
    project.clear()
    live.deleteLater()


@pytest.fixture
def plugin_log() -> Iterator[list[str]]:
    """What the plugin writes to its QGIS log tab meanwhile (e.g. the traceback behind "failed
    unexpectedly"), for a failing assertion to show its cause."""
    logged: list[str] = []

    def collect(message: str, tag: str, _level) -> None:
        if tag == TAG:
            logged.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield logged
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def refresh(dock: ParkingLiveDock) -> None:
    dock.refresh_now()
    wait_until(lambda: not dock.refresher.busy)


def stored(path: Path) -> dict[str, tuple]:
    """site_id -> (free_latest, capacity, observed_latest), read with GDAL."""
    ds = ogr.Open(str(path))
    return {f.GetField("site_id"): (f.GetField("free_latest"), f.GetField("capacity"),
                                    f.GetField("observed_latest"))
            for f in ds.GetLayerByName("parking_sites")}


def row_of(dock: ParkingLiveDock, site_id: str) -> int:
    table = dock.table
    rows = [row for row in range(table.rowCount())
            if table.item(row, NAME).data(Qt.ItemDataRole.UserRole) == site_id]
    assert len(rows) == 1, site_id
    return rows[0]


def test_a_refresh_fills_the_store_and_the_list(dock, server, tmp_path):
    assert dock.table.rowCount() == 0
    refresh(dock)
    sites = stored(tmp_path / "live.gpkg")
    assert sites, "the refresh stored no site"
    assert dock.table.rowCount() == len(sites)
    # The list shows the store's snapshot: free / capacity, the bar, the age.
    for site_id, (free, capacity, _observed) in sites.items():
        row = row_of(dock, site_id)
        expected = f"{'–' if free is None else free} / {'–' if capacity is None else capacity}"
        assert dock.table.item(row, PLACES).text() == expected
    fresh = row_of(dock, f"goldbeck:{FRESH}")
    assert dock.table.item(fresh, AGE).text() == tr("{minutes} min ago").format(minutes=2)
    free, capacity, _ = sites[f"goldbeck:{FRESH}"]
    bar = dock.table.cellWidget(fresh, OCCUPANCY)
    assert bar.value() == round(100 * (capacity - free) / capacity)
    status = dock.status_label.text()
    assert status.startswith(tr("Refreshed at {time}: {sites} sites, {readings} new readings.")
                             .split("{time}")[0])
    assert f" {len(sites)} " in status
    assert [path for path, _ in server.queries] == ["/facilities", "/occupancies"]


def test_old_readings_are_marked_stale(dock):
    refresh(dock)
    colour = {site.site_id: dock.table.item(row_of(dock, site.site_id), NAME).foreground()
              .color() for site in dock.sites}
    assert colour[f"goldbeck:{FRESH}"] != STALE_COLOUR
    assert colour[f"goldbeck:{OLD}"] == STALE_COLOUR
    assert dock.table.item(row_of(dock, f"goldbeck:{OLD}"), AGE).text() == \
        tr("{hours} h ago").format(hours=3)
    # Sites without any reading are stale too; a threshold beyond 3 h takes 2409 back.
    assert any(site.observed is None for site in dock.sites)
    dock.stale_spin.setValue(4 * 60)
    assert dock.table.item(row_of(dock, f"goldbeck:{OLD}"), NAME).foreground().color() != \
        STALE_COLOUR


def test_pause_stops_refreshing(dock, server):
    settings = dock.settings()
    settings.interval_s = 1
    assert dock.refresher.start(settings)
    wait_until(lambda: len(server.queries) >= 4)  # two refreshes: now, and one second later
    dock.pause()
    assert not dock.refresher.running and dock.start_button.isEnabled()
    wait_until(lambda: not dock.refresher.busy)
    count = len(server.queries)
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert len(server.queries) == count


def test_a_server_error_shows_a_sentence_and_keeps_the_store(dock, server, tmp_path,
                                                             plugin_log):
    refresh(dock)
    before = stored(tmp_path / "live.gpkg")
    rows = dock.table.rowCount()
    server.routes["/occupancies"] = Reply(500, "text/html", b"<html>Interner Fehler</html>")
    refresh(dock)
    message = dock.status_label.text()
    assert "HTTP 500" in message and "/occupancies" in message, "\n".join(plugin_log)
    assert "Traceback" not in message and message.rstrip().endswith(".")
    assert dock.message_bar_for_test.currentItem() is not None
    assert dock.message_bar_for_test.currentItem().text() == message
    assert stored(tmp_path / "live.gpkg") == before
    assert dock.table.rowCount() == rows


def test_incomplete_settings_say_what_is_missing(dock):
    dock.url_edit.setText("")
    dock.start()
    assert not dock.refresher.running and not dock.refresher.busy
    assert dock.status_label.text() == tr(
        "Enter the address (or file) of the parking data source.")


def test_layers_of_the_store_are_read_again_after_a_refresh(dock, tmp_path):
    refresh(dock)
    project = dock._project
    layer = QgsVectorLayer(f"{tmp_path / 'live.gpkg'}|layername=parking_sites", "sites", "ogr")
    project.addMapLayer(layer)
    before = layer.featureCount()
    ds = ogr.Open(str(tmp_path / "live.gpkg"), 1)
    ds.GetLayerByName("parking_sites").DeleteFeature(1)
    ds = None
    repaints: list[bool] = []
    layer.repaintRequested.connect(lambda *_args: repaints.append(True))
    refresh(dock)  # puts the deleted site back
    assert repaints
    assert layer.featureCount() == before


def test_shutdown_cancels_a_refresh_under_way(dock, server, tmp_path):
    # An answer only after 30 s: a refresh that is not canceled in flight is still busy
    # when the wait for idle (10 s) gives up.
    server.routes["/occupancies"] = Reply(body=server.occupancies.body, delay_s=30)
    settings = dock.settings()
    settings.interval_s = 1
    dock.refresher.start(settings)
    wait_until(lambda: any(path == "/occupancies" for path, _ in server.queries))
    dock.shutdown()
    assert not dock.refresher.running and not dock.refresher.busy
    wait_until(idle, timeout_s=10)
    # Canceled in flight; nothing was written.
    assert not (tmp_path / "live.gpkg").exists() or stored(tmp_path / "live.gpkg") == {}


def test_settings_are_remembered_without_the_key(dock):
    dock.auth_select.setConfigId("abc1234")
    dock.start()
    dock.pause()
    wait_until(lambda: not dock.refresher.busy)
    loaded = LiveSettings.load()
    assert loaded.url == dock.url_edit.text() and loaded.format == "goldbeck"
    assert loaded.authcfg == dock.auth_select.configId()
    assert loaded.stale_after_min == STALE_AFTER_MIN


def test_a_store_that_cannot_be_written_is_named(dock, tmp_path):
    folder = tmp_path / "not-a-geopackage.gpkg"
    folder.mkdir()
    dock.store_widget.setFilePath(str(folder))
    refresh(dock)
    message = dock.status_label.text()
    assert message.startswith(tr("The readings could not be saved in {store}: {error}. Check "
                                 "that the file is a GeoPackage you may write to.").split(
                                     "{store}")[0] + str(folder))
    assert dock.table.rowCount() == 0


def test_records_with_problems_are_said_not_hidden(dock, server):
    facilities = json.loads(server.routes["/facilities"].body)
    facilities.append({"name": "Parkhaus ohne Kennung"})  # a facility without an id
    server.routes["/facilities"] = Reply(body=json.dumps(facilities).encode())
    refresh(dock)
    assert "records of the feed had problems" in dock.status_label.text()
    assert dock.message_bar_for_test.currentItem() is not None


def test_new_settings_during_a_slow_refresh_are_used_when_it_ends(dock, server):
    server.routes["/occupancies"] = Reply(body=server.occupancies.body, delay_s=1.5)
    settings = dock.settings()
    settings.interval_s = 3600
    assert dock.refresher.start(settings)
    assert dock.refresher.busy
    settings.second_url = f"{server.base}/occupancies?fresh=1"
    assert dock.refresher.start(settings)
    wait_until(lambda: any(params.get("fresh") == "1" for _, params in server.queries))
