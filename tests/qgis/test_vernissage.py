"""The Vernissage panel on real QGIS: stations built through its widgets on the demo store's
layers (a real map canvas, the level switcher, a Temporal Controller), saved in a .qgz and read
back, gone through with the buttons and a clicker's keys, reordered and deleted."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsExpressionContextUtils,
    QgsInterval,
    QgsLayoutItemMap,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
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
from qgis.PyQt.QtGui import QColor, QImage, QKeyEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QToolBar
from vernissage_support import ffprobe, film_frame, map_changed_share

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
FILM_TIMEOUT_S = 120.0
# Pixels of the map that differ between the first and the last frame of a film of four hours.
MIN_FILM_CHANGE = 0.002


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


def play_day(canvas: QgsMapCanvas, hour: int, hours: int = 24) -> None:
    """The Temporal Controller on the demo Tuesday in 15-minute frames, at ``hour``:00 (the
    controller's digits are Heilbronn's clock): the whole day, or ``hours`` from ``hour``."""
    controller = navigation(canvas)
    start = QDateTime(QDate(2025, 11, 18), QTime(0 if hours == 24 else hour, 0),
                      Qt.TimeSpec.UTC)
    controller.setNavigationMode(TemporalNavigationMode.Animated)
    controller.setTemporalExtents(QgsDateTimeRange(start, start.addSecs(hours * 3600), True,
                                                   False))
    controller.setFrameDuration(QgsInterval(15 * 60))
    controller.setCurrentFrameNumber(hour * 4 if hours == 24 else 0)


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


def whole(number: float) -> str:
    """A scale's number as the plugin writes it in the locale of the tests' QGIS."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.numbers import local_number

    return local_number(number, ",")


def dots_from(layer, scale: float) -> None:
    """``layer`` drawn only closer than 1:``scale``, as the demo project's reports are."""
    layer.setScaleBasedVisibility(True)
    layer.setMinimumScale(scale)


def test_a_station_whose_layer_is_not_drawn_at_its_scale_says_so(
        three_stations, canvas, project, layers) -> None:
    """The reports drawn only closer than 1:8,000: a station of the inner city on this map
    (about 1:10,000) would show none of them. The panel says so when the station is taken
    and when it is shown, naming the layer and the scales it is drawn at; zoomed in, all is
    drawn and the note goes."""
    dock = three_stations
    reports = layers["citizen_reports"]
    dots_from(reports, 8000)
    canvas.setExtent(INNER_CITY)
    dock.go_to(0, animate=False)
    assert canvas.scale() > 8000
    expected = (f"{reports.name()} is not drawn at 1:{whole(canvas.scale())}: QGIS draws it "
                f"only closer than 1:{whole(8000)} (zoom in).")
    assert dock.message.text() == expected and not dock.message.isHidden()

    dock.next_button.click()  # the parking day: every layer drawn
    wait_for_arrival(dock)
    assert dock.message.isHidden() and dock.message.text() == ""
    dock.previous_button.click()  # the flight lands at the station's scale: said again
    wait_for_arrival(dock)
    assert dock.message.text() == expected

    canvas.setExtent(MARKET)  # about 1:3,300
    dock.retake_button.click()
    assert dock.message.isHidden()
    canvas.setExtent(INNER_CITY)
    dock.add_button.click()
    assert reports.name() in dock.message.text() and f"1:{whole(8000)} " in dock.message.text()


def test_the_scale_note_says_where_a_layer_is_drawn(layers) -> None:
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage import scale_sentence

    layer = layers["citizen_reports"]
    layer.setName("Reports")
    layer.setScaleBasedVisibility(True)
    layer.setMaximumScale(8000)  # a heatmap: only zoomed out
    assert scale_sentence(layer, 4012.4) == (f"Reports is not drawn at 1:{whole(4012)}: QGIS "
                                             f"draws it only from 1:{whole(8000)} outwards "
                                             "(zoom out).")
    layer.setMinimumScale(50000)
    assert scale_sentence(layer, 120000) == (f"Reports is not drawn at 1:{whole(120000)}: QGIS "
                                             f"draws it only between 1:{whole(8000)} and "
                                             f"1:{whole(50000)}.")


def test_the_credits_are_the_projects_credit_line_as_the_map_shows_it(project) -> None:
    """The demo's credit line is an expression in the project's language (as QGIS's copyright
    decoration evaluates it); without one, the rights of the station's layers."""
    from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_presenter import (
        credits_text,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import Station

    layer = QgsVectorLayer("Point?crs=EPSG:25832", "sites", "memory")
    metadata = layer.metadata()
    metadata.setRights(["© Stadt Heilbronn"])
    layer.setMetadata(metadata)
    project.addMapLayer(layer)
    station = Station(layers={layer.id(): layer.name()})
    assert credits_text(project, station) == "© Stadt Heilbronn"
    project.writeEntry("CopyrightLabel", "/Label", demo_project.map_credit())
    for language, words in (("de", "übrige Daten synthetisch"), ("en", "other data synthetic")):
        QgsExpressionContextUtils.setProjectVariable(project, demo_project.LANGUAGE_VARIABLE,
                                                     language)
        credits = credits_text(project, station)
        assert credits.startswith("©") and credits.endswith(words) and "[%" not in credits


def test_a_tour_of_a_newer_plugin_keeps_what_it_knows(project) -> None:
    project.writeEntry(SCOPE, TOUR_ENTRY, '{"version": 9, "stations": [{"captions": {"de": '
                       '{"title": "A", "text": ""}}, "extent": [0, 0, 1, 1], "future": 1}]}')
    (station,) = load_tour(project)
    assert station.caption("de").title == "A" and station.extent == (0.0, 0.0, 1.0, 1.0)


@pytest.fixture
def window(canvas, dock) -> Iterator[QMainWindow]:
    """A main window like QGIS's: the map in the middle, the panel docked, a toolbar, a menu
    and a status bar."""
    window = QMainWindow()
    window.setCentralWidget(canvas)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    toolbar = window.addToolBar("tools")
    toolbar.setObjectName("tools")
    toolbar.addAction("a tool")
    window.menuBar().addMenu("&File")
    window.statusBar().showMessage("ready")
    window.resize(1100, 700)
    window.show()
    QCoreApplication.processEvents()
    yield window
    dock.detach()
    window.close()


def window_look(window: QMainWindow) -> dict:
    return {"geometry": window.geometry().getRect(), "full_screen": window.isFullScreen(),
            "menu": window.menuBar().isVisible(), "status": window.statusBar().isVisible(),
            "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)
                            if d.isVisible()),
            "toolbars": sorted(t.objectName() for t in window.findChildren(QToolBar)
                               if t.isVisible())}


def checked_nodes(project: QgsProject) -> list[tuple[str, bool]]:
    root = project.layerTreeRoot()
    return [(node.name(), node.itemVisibilityChecked())
            for node in [*root.findGroups(), *root.findLayers()]]


def test_the_presenter_view_shows_the_station_full_screen_and_esc_restores(
        three_stations, window, canvas, project) -> None:
    dock = three_stations
    dock.list.setCurrentRow(0)
    wait_for_arrival(dock)
    # QGIS draws the project's credit line on the map (the copyright decoration); the
    # project has no title label.
    project.writeEntry("CopyrightLabel", "/Enabled", True)
    project.setDirty(False)
    # The trainer looks at something else, then presents from the first station.
    show_only(project, {"streets", "indoor_buildings"})
    project.layerTreeRoot().findGroups()[0].setItemVisibilityChecked(False)
    canvas.setExtent(RATHAUS)
    before, checked, extent = window_look(window), checked_nodes(project), canvas.extent()
    assert before["docks"] == ["HeilbronnVernissage"] and before["menu"]

    dock.present_button.click()
    wait_for_arrival(dock)
    presenter = dock.presenter
    overlay = presenter.overlay
    seen = window_look(window)
    assert seen["full_screen"] and not seen["menu"] and not seen["status"]
    assert seen["docks"] == [] and seen["toolbars"] == []
    assert overlay.title.text() == "Citizen reports"
    assert overlay.text.text() == "5,000 reports from two years."
    assert overlay.number.text() == "Station 1 of 3"
    assert overlay.clock.isHidden(), "no clock at a station without a time"
    assert not overlay.legend.pixmap().isNull()
    assert overlay.title.font().pixelSize() >= 26, "large type"
    assert overlay.note.isHidden(), "every layer of the station is drawn"
    # The presenter's credits and clock replace QGIS's own labels on the map meanwhile.
    assert decorations(project) == {"CopyrightLabel": False, "TitleLabel": False}

    QTest.keyClick(canvas, Qt.Key.Key_PageDown)  # the canvas would zoom: the tour takes it
    wait_for_arrival(dock)
    assert dock.current == 1
    assert overlay.number.text() == "Station 2 of 3"
    assert overlay.title.text() == "Ein Parktag"
    assert overlay.clock.isVisible()
    assert overlay.clock.text() == "Tuesday, 2025-11-18 11:00 CET"
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    assert dock.player.playing()
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    assert not dock.player.playing()

    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    QCoreApplication.processEvents()
    assert not presenter.active
    assert window_look(window) == before
    assert decorations(project) == {"CopyrightLabel": True, "TitleLabel": None}
    assert not project.isDirty()
    assert checked_nodes(project) == checked
    assert canvas.extent().center().distance(extent.center()) < 1.0
    assert navigation(canvas).navigationMode() == TemporalNavigationMode.NavigationOff
    QTest.keyClick(dock.list, Qt.Key.Key_Escape)  # nothing to leave any more
    assert window_look(window) == before


def decorations(project: QgsProject) -> dict[str, bool | None]:
    """Whether QGIS's copyright and title labels are on (None: the project has no entry)."""
    shown = {}
    for scope in ("CopyrightLabel", "TitleLabel"):
        on, found = project.readBoolEntry(scope, "/Enabled", False)
        shown[scope] = on if found else None
    return shown


def test_the_presenter_says_which_layer_its_station_cannot_draw(
        three_stations, window, canvas, project, layers) -> None:
    """The reports drawn only closer than 1:2,000: presented full screen, the first station
    (the inner city) is far beyond; a note under the station number names the layer and its
    scales, in the presenter's small type. The next station needs no note."""
    dock = three_stations
    reports = layers["citizen_reports"]
    dots_from(reports, 2000)
    dock.go_to(0, animate=False)
    dock.present_button.click()
    wait_for_arrival(dock)
    note = dock.presenter.overlay.note
    assert note.isVisible()
    assert note.text().startswith(f"{reports.name()} is not drawn at 1:")
    assert note.text().endswith(f"only closer than 1:{whole(2000)} (zoom in).")
    assert note.text() == dock.message.text()
    number = dock.presenter.overlay.number.geometry()
    assert note.geometry().top() > number.bottom() and note.x() == number.x()
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    wait_for_arrival(dock)
    assert note.isHidden()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)


def test_a_playing_station_holds_each_frame_until_it_is_drawn(three_stations, window,
                                                              canvas) -> None:
    """A station that plays starts once its first frame is drawn, shows each frame a second
    once drawn and only then asks for the next: a quarter hour that takes long to draw is
    seen all the same. The space bar pauses."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import FRAME_HOLD_MS

    dock = three_stations
    dock.stations[1].play = True
    events: list[tuple[str, str, float]] = []
    controller = navigation(canvas)
    controller.updateTemporalRange.connect(
        lambda frame: events.append(("asked", frame.begin().toString("HH:mm"),
                                     time.monotonic())))
    canvas.mapCanvasRefreshed.connect(
        lambda: events.append(("drawn", frame_start(canvas)[11:16], time.monotonic())))
    dock.go_to(1, animate=False)
    events.clear()  # the station's own frame, 11:00, set as it is shown
    assert not dock.player.playing(), "not before its first frame is on the map"
    deadline = time.monotonic() + ARRIVAL_TIMEOUT_S * 2
    while sum(kind == "asked" for kind, *_ in events) < 3 and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert dock.player.playing()
    asked = [(i, when, at) for i, (kind, when, at) in enumerate(events) if kind == "asked"]
    assert [when for _i, when, _at in asked[:3]] == ["11:15", "11:30", "11:45"]
    previous = {"11:15": "11:00", "11:30": "11:15", "11:45": "11:30"}
    for index, when, at in asked[:3]:
        # The frame before was drawn, and shown a second, before this one was asked for.
        drawn = [(shown, drawn_at) for kind, shown, drawn_at in events[:index]
                 if kind == "drawn"]
        assert drawn and drawn[-1][0] == previous[when], events[:index + 1]
        assert at - drawn[-1][1] >= FRAME_HOLD_MS / 1000.0 * 0.9
    window.activateWindow()
    dock.present_button.click()
    wait_for_arrival(dock)
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    assert not dock.player.playing()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)


def test_the_handout_has_one_page_per_station_with_its_caption(three_stations, project,
                                                                tmp_path) -> None:
    pdf = tmp_path / "handout.pdf"
    layout = three_stations.export_handout(pdf)
    assert project.layoutManager().layoutByName(layout.name()) is layout
    assert layout.pageCollection().pageCount() == 3
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+3$", info.stdout, re.MULTILINE), info.stdout
    for page, station in enumerate(three_stations.stations, start=1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        caption = station.caption()
        assert caption.title in text, (page, text)
        assert f"Station {page} of 3" in text
        assert ("Tuesday, 2025-11-18 11:00 CET" in text) == (station.time is not None)
    # Each page's map shows the station's layers in its extent.
    maps = sorted((item for item in layout.items() if isinstance(item, QgsLayoutItemMap)),
                  key=lambda item: item.id())
    assert [m.layers() and {lay.id() for lay in m.layers()} for m in maps] == [
        set(station.layers) for station in three_stations.stations]
    assert maps[1].isTemporal() and not maps[0].isTemporal()
    assert maps[2].extent().contains(RATHAUS.center())
    assert maps[2].rect().width() == pytest.approx(maps[0].rect().width())


def test_the_handout_says_which_page_leaves_a_layer_out(three_stations, layers,
                                                       tmp_path) -> None:
    """A handout page's map has the page's scale: the inner city on page 1 is about
    1:10,700, where reports drawn only closer than 1:8,000 are left out; the panel says so."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import page_map

    reports = layers["citizen_reports"]
    dots_from(reports, 8000)
    pdf = tmp_path / "handout.pdf"
    layout = three_stations.export_handout(pdf)
    scale = page_map(layout, 0).scale()
    assert scale > 8000
    assert three_stations.message.text().split("\n") == [
        f"Handout written: {pdf}",
        f"Page 1: {reports.name()} is not drawn at 1:{whole(scale)}: QGIS draws it only "
        f"closer than 1:{whole(8000)} (zoom in)."]


def test_a_long_title_and_layer_name_stay_readable_on_the_handout(dock, project, layers,
                                                                   tmp_path) -> None:
    """A title longer than the page's line is set smaller, on one line, clear of the station
    number; a long layer name is wrapped in the legend, not cut off."""
    title = "Was wäre, wenn … die Hälfte aller Fahrer ein Parkleitsystem nutzte?"
    layers["streets"].setName("Straßen der Innenstadt mit ihren Parksuchverkehrsabschnitten")
    show_only(project, {"streets"})
    dock.add_button.click()
    type_caption(dock, "en", title, "")
    pdf = tmp_path / "handout.pdf"
    dock.export_handout(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert re.fullmatch(re.escape(title) + r"\s+Station 1 of 1", lines[0]), lines[:3]
    words = " ".join(text.split())
    assert "Straßen der Innenstadt mit ihren" in words and "Parksuchverkehrsabschnitten" in words


def start_film(dock: VernissageDock, canvas: QgsMapCanvas, project: QgsProject,
               mp4: Path) -> list[tuple[bool, str]]:
    """A station of four hours of the parking day, filmed through the panel at 640 × 360 and
    10 frames per second; the list receives (success, message) when the film ends."""
    show_only(project, {"streets", "parking_sites", "parking_occupancy_map"})
    canvas.setExtent(MARKET)
    play_day(canvas, 11, hours=4)
    dock.add_button.click()
    type_caption(dock, "en", "A parking morning", "")
    assert dock.film_button.isEnabled()
    dock.size_combo.setCurrentIndex(0)  # 640 × 360
    dock.fps_spin.setValue(10)
    ended: list[tuple[bool, str]] = []
    film = dock.export_film(mp4)
    film.finished.connect(lambda ok, message: ended.append((ok, message)))
    assert not dock.film_progress.isHidden() and not dock.film_button.isEnabled()
    return ended


def wait_for_film(ended: list) -> None:
    deadline = time.monotonic() + FILM_TIMEOUT_S
    while not ended and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert ended, "the film did not end"


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg is not installed")
def test_a_station_with_a_time_range_becomes_a_film(dock, canvas, project, tmp_path) -> None:
    """Four hours of the parking day in 15-minute frames: 16 frames, at 10 frames per second
    1.6 s, as MP4 and GIF at the size chosen in the panel."""
    ended = start_film(dock, canvas, project, tmp_path / "day.mp4")
    wait_for_film(ended)
    assert ended == [(True, "")]
    assert dock.film_progress.isHidden() and "day.mp4" in dock.message.text()
    mp4, gif = ffprobe(tmp_path / "day.mp4"), ffprobe(tmp_path / "day.gif")
    assert mp4["codec"] == "h264" and gif["codec"] == "gif"
    for video in (mp4, gif):
        assert video["frames"] == 16 and video["size"] == (640, 360)
        assert video["duration"] == pytest.approx(1.6, abs=0.05)
    # The day moves: 11:00 and 14:45 in the occupancy of their quarter hours (time-filtered
    # styles read the frame's @map_start_time, as on the map canvas).
    first, last = (film_frame(tmp_path / "day.mp4", n, tmp_path / f"frame_{n}.png")
                   for n in (0, 15))
    assert map_changed_share(first, last) > MIN_FILM_CHANGE


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")
def test_a_film_is_canceled_from_the_panel(dock, canvas, project, tmp_path) -> None:
    ended = start_film(dock, canvas, project, tmp_path / "day.mp4")
    dock.cancel_film_button.click()
    wait_for_film(ended)
    assert ended == [(False, "The film was canceled.")]
    assert dock.message.text() == "The film was canceled."
    assert dock.film is None and dock.film_progress.isHidden() and dock.film_button.isEnabled()
    assert not (tmp_path / "day.mp4").exists() and not (tmp_path / "day.gif").exists()


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")
def test_a_panel_closed_while_filming_stops_the_film(dock, canvas, project, tmp_path) -> None:
    """The project's panel goes away (the plugin unloads) with a film under way: the renderer
    and the encoder stop, and nothing reports back to the panel (conftest: no task left)."""
    ended = start_film(dock, canvas, project, tmp_path / "day.mp4")
    # Until the first frames are drawn, so the renderer is busy with the next one.
    deadline = time.monotonic() + FILM_TIMEOUT_S
    while dock.film_progress.value() < 10 and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    film = dock.film
    dock.detach()
    assert dock.film is None and film._job is None and film._task is None
    for _ in range(20):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert ended == []


def test_the_film_frames_carry_caption_and_clock(project, layers) -> None:
    """The first frame of a film, drawn as the export draws it: the clock's box top right,
    the caption's bottom left, on the map."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_film import (
        burn_in,
        frame_ranges,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import (
        Caption,
        Station,
        StationTime,
    )

    station = Station(captions={"en": Caption("Parking", "")}, extent=MARKET.toRectF().getCoords(),
                      crs="EPSG:25832", time=StationTime("2025-11-18T11:00:00Z",
                                                         "2025-11-18T11:00:00Z",
                                                         "2025-11-18T12:00:00Z", 15.0))
    assert [r.begin().toString("HH:mm") for r in frame_ranges(station)] == [
        "11:00", "11:15", "11:30", "11:45"]
    image = QImage(640, 360, QImage.Format.Format_ARGB32)
    image.fill(QColor(40, 90, 160))
    burn_in(image, "Parking", "Tuesday, 2025-11-18 11:00 CET", "© credits")
    assert QColor(image.pixel(630, 20)).lightness() > 200, "the clock's box"
    assert QColor(image.pixel(12, 350)).lightness() > 200, "the credits' line"
    assert QColor(image.pixel(12, 320)).lightness() > 200, "the caption's box"
    assert QColor(image.pixel(320, 180)).rgb() == QColor(40, 90, 160).rgb(), "the map"
