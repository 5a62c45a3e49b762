"""The Vernissage panel on real QGIS: stations built through its widgets on the demo store's
layers (a real map canvas, the level switcher, a Temporal Controller), saved in a .qgz and read
back, gone through with the buttons and a clicker's keys, reordered and deleted."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsInterval,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QEventLoop,
    Qt,
    QTime,
)
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtTest import QTest

from heilbronn_digital.heilbronn_digital_plugin.gui.level_switcher import LevelSwitcherDock
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage import VernissageDock
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import navigation
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import (
    SCOPE,
    TOUR_ENTRY,
    load_tour,
)
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
    TemporalNavigationMode,
)

BUILDING = "hn-rathaus"
INNER_CITY = QgsRectangle(514850.0, 5442500.0, 516750.0, 5444100.0)
RATHAUS = QgsRectangle(515880.0, 5443240.0, 515990.0, 5443320.0)
MARKET = QgsRectangle(515400.0, 5442900.0, 516100.0, 5443500.0)
# Long enough for a flight on a busy machine; the test ends as soon as the station arrived.
ARRIVAL_TIMEOUT_S = 30.0


@pytest.fixture
def store(tmp_path: Path, sample_gpkg: Path) -> Path:
    copy = tmp_path / sample_gpkg.name
    shutil.copy(sample_gpkg, copy)
    return copy


@pytest.fixture
def layers(project: QgsProject, store: Path) -> dict:
    return {layer.customProperty(LAYER_PROPERTY): layer
            for layer in add_store_layers(store, project)}


@pytest.fixture
def canvas(project: QgsProject, layers: dict) -> Iterator[QgsMapCanvas]:
    canvas = QgsMapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    canvas.setLayers(list(layers.values()))
    canvas.setExtent(INNER_CITY)
    yield canvas
    canvas.deleteLater()


@pytest.fixture
def switcher(project: QgsProject, layers: dict) -> Iterator[LevelSwitcherDock]:
    switcher = LevelSwitcherDock(project)
    switcher.refresh()
    yield switcher
    switcher.detach()
    switcher.deleteLater()


@pytest.fixture
def dock(canvas, project, switcher) -> Iterator[VernissageDock]:
    dock = VernissageDock(canvas, project, switcher)
    yield dock
    dock.detach()
    dock.deleteLater()


def visible_layers(project: QgsProject) -> set[str]:
    return {node.layer().customProperty(LAYER_PROPERTY)
            for node in project.layerTreeRoot().findLayers() if node.isVisible()}


def show_only(project: QgsProject, keys: set[str]) -> None:
    for node in project.layerTreeRoot().findLayers():
        node.setItemVisibilityChecked(node.layer().customProperty(LAYER_PROPERTY) in keys)
    for group in project.layerTreeRoot().children():
        group.setItemVisibilityChecked(True)


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks gives up on umlauts)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         character))


def type_caption(dock: VernissageDock, language: str, title: str, text: str) -> None:
    """As a person types: into the title field (then Return), and into the text box."""
    edit = dock.title_edits[language]
    edit.clear()
    type_text(edit, title)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    dock.text_edits[language].clear()
    type_text(dock.text_edits[language], text)


def play_day(canvas: QgsMapCanvas, hour: int) -> None:
    """The Temporal Controller on the demo Tuesday, 15-minute frames, at ``hour``:00 (the
    controller's digits are Heilbronn's clock)."""
    controller = navigation(canvas)
    day = QDate(2025, 11, 18)
    controller.setNavigationMode(TemporalNavigationMode.Animated)
    controller.setTemporalExtents(QgsDateTimeRange(
        QDateTime(day, QTime(0, 0), Qt.TimeSpec.UTC),
        QDateTime(day.addDays(1), QTime(0, 0), Qt.TimeSpec.UTC), True, False))
    controller.setFrameDuration(QgsInterval(15 * 60))
    controller.setCurrentFrameNumber(hour * 4)


def frame_start(canvas: QgsMapCanvas) -> str:
    controller = navigation(canvas)
    frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    return frame.begin().toString(Qt.DateFormat.ISODate)


def wait_for_arrival(dock: VernissageDock) -> None:
    """Until the station's flight has landed (bounded)."""
    deadline = time.monotonic() + ARRIVAL_TIMEOUT_S
    while dock.player.flying() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert not dock.player.flying(), "the station's flight did not end"


def assert_extent_close(canvas: QgsMapCanvas, wanted: QgsRectangle) -> None:
    """The canvas shows ``wanted``: its centre, and the extent grown only to the canvas's
    aspect ratio."""
    shown = canvas.extent()
    assert shown.center().distance(wanted.center()) < 1.0
    assert shown.contains(wanted) or shown.width() == pytest.approx(wanted.width(), rel=0.01)


@pytest.fixture
def three_stations(dock, canvas, project, switcher) -> VernissageDock:
    """Three stations made through the panel's widgets."""
    show_only(project, {"streets", "citizen_reports"})
    canvas.setExtent(INNER_CITY)
    navigation(canvas).setNavigationMode(TemporalNavigationMode.NavigationOff)
    dock.add_button.click()
    type_caption(dock, "de", "Bürgeranliegen", "5.000 Meldungen aus zwei Jahren.")
    type_caption(dock, "en", "Citizen reports", "5,000 reports from two years.")

    show_only(project, {"streets", "parking_sites", "parking_occupancy_map"})
    canvas.setExtent(MARKET)
    play_day(canvas, 11)
    dock.add_button.click()
    type_caption(dock, "de", "Ein Parktag", "Dienstag, 18. November 2025.")

    show_only(project, {"indoor_spaces", "indoor_openings", "indoor_buildings"})
    canvas.setExtent(RATHAUS)
    navigation(canvas).setNavigationMode(TemporalNavigationMode.NavigationOff)
    switcher.select_level(1)
    dock.add_button.click()
    type_caption(dock, "de", "Rathaus, 1. OG", "Barrierefrei zum Bürgeramt.")
    return dock


def test_stations_are_added_with_what_the_map_shows(three_stations, project) -> None:
    dock = three_stations
    # In the language QGIS shows (English here), else the other one.
    assert [dock.list.item(row).text() for row in range(dock.list.count())] == [
        "1. Citizen reports", "2. Ein Parktag", "3. Rathaus, 1. OG"]
    first, second, third = dock.stations
    assert set(first.layers.values()) == {project.mapLayer(i).name() for i in first.layers}
    assert first.time is None and third.time is None
    assert second.time is not None
    assert second.time.frame == "2025-11-18T11:00:00Z"
    assert (second.time.start, second.time.end) == ("2025-11-18T00:00:00Z",
                                                    "2025-11-19T00:00:00Z")
    assert second.time.step_minutes == 15
    assert dict(third.levels) == {BUILDING: 1}
    assert first.captions["en"].title == "Citizen reports"
    assert first.captions["de"].text == "5.000 Meldungen aus zwei Jahren."


def test_the_tour_is_saved_with_the_project_and_read_back(three_stations, project,
                                                          tmp_path) -> None:
    before = [station.to_json() for station in three_stations.stations]
    path = tmp_path / "tour.qgz"
    assert project.write(str(path))
    project.clear()
    assert three_stations.stations == [] and three_stations.list.count() == 0
    assert project.read(str(path))
    assert [station.to_json() for station in three_stations.stations] == before
    assert [station.to_json() for station in load_tour(project)] == before
    assert three_stations.list.count() == 3


def test_next_and_previous_fly_to_each_station(three_stations, canvas, project,
                                               switcher) -> None:
    dock = three_stations
    dock.go_to(0, animate=False)
    assert_extent_close(canvas, INNER_CITY)
    assert visible_layers(project) == {"streets", "citizen_reports"}
    assert navigation(canvas).navigationMode() == TemporalNavigationMode.NavigationOff

    play_day(canvas, 3)  # whatever the map shows meanwhile
    dock.next_button.click()
    assert dock.player.flying(), "a short animated flight, not a jump"
    wait_for_arrival(dock)
    assert dock.current == 1
    assert_extent_close(canvas, MARKET)
    assert visible_layers(project) == {"streets", "parking_sites", "parking_occupancy_map"}
    assert frame_start(canvas) == "2025-11-18T11:00:00Z"

    switcher.select_level(0)
    dock.next_button.click()
    wait_for_arrival(dock)
    assert_extent_close(canvas, RATHAUS)
    assert switcher.choices == {BUILDING: 1}
    assert not dock.next_button.isEnabled()

    dock.previous_button.click()
    wait_for_arrival(dock)
    assert dock.current == 1
    assert dock.message.isHidden()


@pytest.mark.parametrize(("key", "step"), [(Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 1),
                                           (Qt.Key.Key_PageUp, -1), (Qt.Key.Key_Left, -1)])
def test_a_clickers_keys_step_through_the_tour(three_stations, key, step) -> None:
    dock = three_stations
    dock.go_to(1, animate=False)
    QTest.keyClick(dock.list, key)
    wait_for_arrival(dock)
    assert dock.current == 1 + step
    assert dock.list.currentRow() == 1 + step


def test_stations_are_reordered_and_deleted(three_stations, project) -> None:
    dock = three_stations
    dock.go_to(2, animate=False)
    dock.up_button.click()
    titles = [station.caption("de").title for station in load_tour(project)]
    assert titles == ["Bürgeranliegen", "Rathaus, 1. OG", "Ein Parktag"]
    assert dock.current == 1
    dock.delete_button.click()
    assert [station.caption("de").title for station in load_tour(project)] == [
        "Bürgeranliegen", "Ein Parktag"]
    assert dock.list.count() == 2 and dock.list.currentRow() == 1
    dock.list.setCurrentRow(0)
    dock.down_button.click()
    assert [station.caption("de").title for station in load_tour(project)] == [
        "Ein Parktag", "Bürgeranliegen"]


def test_a_caption_falls_back_to_the_other_language(three_stations) -> None:
    parking = three_stations.stations[1]
    assert "en" not in parking.captions or not parking.captions["en"].title
    assert parking.caption("en").title == "Ein Parktag"


def test_taking_the_view_again_keeps_the_caption(three_stations, canvas, project) -> None:
    dock = three_stations
    dock.go_to(0, animate=False)
    show_only(project, {"streets"})
    canvas.setExtent(MARKET)
    dock.retake_button.click()
    station = load_tour(project)[0]
    assert station.caption("de").title == "Bürgeranliegen"
    assert {project.mapLayer(i).customProperty(LAYER_PROPERTY) for i in station.layers} == {
        "streets"}


def test_a_station_whose_layer_is_missing_shows_the_rest_and_names_it(
        three_stations, canvas, project, layers) -> None:
    dock = three_stations
    name = layers["parking_occupancy_map"].name()
    project.removeMapLayer(layers["parking_occupancy_map"].id())
    dock.go_to(1, animate=False)
    assert not dock.message.isHidden()
    assert name in dock.message.text()
    assert_extent_close(canvas, MARKET)
    assert visible_layers(project) == {"streets", "parking_sites"}
    assert frame_start(canvas) == "2025-11-18T11:00:00Z"


def test_a_tour_of_a_newer_plugin_keeps_what_it_knows(project) -> None:
    project.writeEntry(SCOPE, TOUR_ENTRY, '{"version": 9, "stations": [{"captions": {"de": '
                       '{"title": "A", "text": ""}}, "extent": [0, 0, 1, 1], "future": 1}]}')
    (station,) = load_tour(project)
    assert station.caption("de").title == "A" and station.extent == (0.0, 0.0, 1.0, 1.0)
