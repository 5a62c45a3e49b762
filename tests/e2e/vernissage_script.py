"""Runs inside the real QGIS desktop (``qgis --code vernissage_script.py``), driven by
tests/e2e/test_vernissage_desktop.py, as a trainer would: opens the demo project from the
plugin's menu, opens the Vernissage panel, builds a three-station tour through the panel's
widgets (typing the captions; before that it presents the demo's own tour with a clicker's
PageDown), saves the project, starts a new one and reads the saved one
again, goes through the stations, presents them full screen (PageDown, space bar, Esc),
writes the handout, runs a what-if and films the parking day. After each step it waits for
the map to finish drawing (desktop_steps.Steps); it grabs what a person sees to
build/e2e/vernissage/.

Everything goes into ``desktop_recorder.result`` and from there into result.json.
"""

import os

import qgis.utils
from desktop_recorder import OUT, result
from desktop_steps import Steps
from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

VERNISSAGE = "HeilbronnVernissage"
LEVEL_SWITCHER = "HeilbronnLevelSwitcher"
STORE_LAYER = "heilbronn_digital/store_layer"
INNER_CITY = QgsRectangle(514850.0, 5442500.0, 516750.0, 5444100.0)
MARKET = QgsRectangle(515400.0, 5442900.0, 516100.0, 5443500.0)
RATHAUS = QgsRectangle(515870.0, 5443230.0, 516000.0, 5443330.0)
STEP_TIMEOUT_S = 180
# Shorter than a frame of a station that plays its day (one a second), so that the map is
# quiet for as long between two frames.
SETTLE_S = 0.8
WATCHDOG_MS = 570_000
iface = qgis.utils.iface
window = iface.mainWindow()
window.resize(1280, 800)
canvas = iface.mapCanvas()
steps = Steps(window, STEP_TIMEOUT_S, SETTLE_S)
# The scenario: (name, action); after each action the map is redrawn and the next waits until
# it has settled.
plan = []


def dock():
    return window.findChild(QDockWidget, VERNISSAGE)


def controller():
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import navigation

    return navigation(canvas)


def settled() -> bool:
    """The map drew after the step began and has been quiet since, and nothing of ours is
    under way: a station flying, a film, a what-if."""
    panel = dock()
    if panel is None:
        return steps.rendered()
    if panel.player.flying() or panel.film is not None or (
            panel.what_if is not None and panel.what_if.task is not None):
        return False
    # A station that plays its day redraws the map at every frame: waiting for the drawing to
    # end would wait for the end of the day.
    return steps.quiet() if panel.player.playing() else steps.rendered()


def type_text(widget, text: str) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         character))


def press(widget, key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def caption(language: str, title: str, text: str) -> None:
    panel = dock()
    panel.title_edits[language].clear()
    type_text(panel.title_edits[language], title)
    press(panel.title_edits[language], Qt.Key.Key_Return)
    panel.text_edits[language].clear()
    type_text(panel.text_edits[language], text)


def show_only(keys: set) -> None:
    root = QgsProject.instance().layerTreeRoot()
    for node in root.findLayers():
        node.setItemVisibilityChecked(node.layer().customProperty(STORE_LAYER) in keys)
    for group in root.findGroups():
        group.setItemVisibilityChecked(
            any(n.layer().customProperty(STORE_LAYER) in keys for n in group.findLayers()))


def open_demo() -> None:
    window.findChild(QAction, "mActionHeilbronnLoadDemoProject").trigger()


def open_panel() -> None:
    # The demo project plays its day when it opens: the trainer stops it to build the tour.
    controller().pause()
    window.findChild(QAction, "mActionHeilbronnVernissage").trigger()
    # A station that plays may never finish a drawing (each frame starts a new one): its
    # arrival counts as a render.
    dock().player.arrived.connect(steps.mark_rendered)
    result["panel_visible"] = dock().isVisible()
    result["demo_tour"] = [dock().list.item(row).text() for row in range(dock().list.count())]


def present_demo_tour() -> None:
    """The trainer presents the demo's own tour as it ships, from its first station."""
    dock().present_button.click()


def box(widget) -> list:
    corner = widget.mapTo(window, widget.rect().topLeft())
    return [corner.x(), corner.y(), widget.width(), widget.height()] \
        if widget.isVisible() else []


def record_demo_station(index: int) -> None:
    panel = dock()
    overlay = panel.presenter.overlay
    labels = (overlay.title, overlay.text, overlay.credits)
    result.setdefault("demo_presented", []).append({
        # Nothing cut off: a wrapping text has the height its lines need, another its width.
        "texts_fit": all(label.heightForWidth(label.width()) <= label.height()
                         if label.wordWrap() else label.sizeHint().width() <= label.width()
                         for label in labels if label.isVisible()),
        "caption_box": box(overlay.caption), "credits_box": box(overlay.credits),
        "legend_box": box(overlay.legend), "credits": overlay.credits.text(),
        "current": panel.current, "title": overlay.title.text(),
        "number": overlay.number.text(),
        "clock": overlay.clock.text() if overlay.clock.isVisible() else "",
        "legend": overlay.legend.isVisible(), "message": panel.message.text(),
        "playing": panel.player.playing(),
        "screenshot_saved": window.grab().save(str(OUT / f"demo_{index + 1}.png")),
    })


def clear_demo_tour() -> None:
    """The trainer starts a tour of their own: the demo's stations go, one click each."""
    panel = dock()
    clicks = 0
    while panel.list.count() and clicks < 20:
        panel.list.setCurrentRow(0)
        panel.delete_button.click()
        clicks += 1
    result["after_deleting"] = panel.list.count()


def station_reports() -> None:
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
        TemporalNavigationMode,
    )

    show_only({"streets", "citizen_reports", "city_boundary"})
    controller().setNavigationMode(TemporalNavigationMode.NavigationOff)
    canvas.setExtent(INNER_CITY)


def station_parking() -> None:
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDateTime

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
        TemporalNavigationMode,
    )

    show_only({"streets", "parking_sites", "parking_occupancy_map"})
    controller().setNavigationMode(TemporalNavigationMode.Animated)
    # The demo Tuesday from 10 to 14 h (the controller's digits are Heilbronn's clock), at
    # 11:00: four hours in 15-minute frames, which the film step writes.
    controller().setTemporalExtents(QgsDateTimeRange(
        QDateTime.fromString("2025-11-18T10:00:00Z", Qt.DateFormat.ISODate),
        QDateTime.fromString("2025-11-18T14:00:00Z", Qt.DateFormat.ISODate), True, False))
    controller().setCurrentFrameNumber(4)
    canvas.setExtent(MARKET)


def station_rathaus() -> None:
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
        TemporalNavigationMode,
    )

    show_only({"indoor_buildings", "indoor_spaces", "indoor_openings", "indoor_connectors"})
    controller().setNavigationMode(TemporalNavigationMode.NavigationOff)
    window.findChild(QDockWidget, LEVEL_SWITCHER).select_level(1)
    canvas.setExtent(RATHAUS)


def add(title_de: str, text_de: str, title_en: str = "", text_en: str = "") -> None:
    dock().add_button.click()
    caption("de", title_de, text_de)
    if title_en:
        caption("en", title_en, text_en)


def save_and_reopen() -> None:
    project = QgsProject.instance()
    path = str(OUT / "vernissage.qgz")
    result["saved"] = project.write(path)
    iface.newProject(False)
    result["stations_after_new_project"] = len(dock().stations)
    result["reopened"] = project.read(path)
    controller().pause()
    result["reopened_titles"] = [dock().list.item(row).text()
                                 for row in range(dock().list.count())]


def go(index: int) -> None:
    dock().list.setCurrentRow(index)


def record_station(index: int) -> None:
    panel = dock()
    path = OUT / f"station_{index + 1}.png"
    result.setdefault("stations", []).append({
        "current": panel.current,
        "message": panel.message.text(),
        "extent": canvas.extent().toRectF().getCoords(),
        "canvas_saved": canvas.grab().save(str(path)),
    })


def window_look() -> dict:
    return {"geometry": list(window.geometry().getRect()), "full_screen": window.isFullScreen(),
            "menu": window.menuBar().isVisible(), "status": window.statusBar().isVisible(),
            "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)
                            if d.isVisible()),
            "toolbars": sorted(t.objectName() for t in window.findChildren(QToolBar)
                               if t.isVisible()),
            "checked": [(n.name(), n.itemVisibilityChecked())
                        for n in QgsProject.instance().layerTreeRoot().findLayers()],
            # QGIS's copyright and title labels on the map (View ▸ Decorations), on or off.
            "decorations": [QgsProject.instance().readBoolEntry(scope, "/Enabled")[0]
                            for scope in ("CopyrightLabel", "TitleLabel")]}


def look_elsewhere() -> None:
    """The trainer, back at the first station, looks at something else before presenting."""
    show_only({"streets", "city_boundary"})
    canvas.setExtent(RATHAUS)


def present() -> None:
    result["before_presenting"] = window_look()
    result["extent_before_presenting"] = canvas.extent().toRectF().getCoords()
    dock().present_button.click()


def record_presenter(index: int) -> None:
    overlay = dock().presenter.overlay
    path = OUT / f"presenter_{index + 1}.png"
    result.setdefault("presenter", []).append({
        "look": window_look(),
        "current": dock().current,
        "title": overlay.title.text(), "text": overlay.text.text(),
        "number": overlay.number.text(),
        "clock": overlay.clock.text() if overlay.clock.isVisible() else "",
        "credits": overlay.credits.text(),
        "title_box": box(overlay.caption), "clock_box": box(overlay.clock),
        "legend_box": box(overlay.legend),
        "title_px": overlay.title.font().pixelSize(),
        "screenshot_saved": window.grab().save(str(path)),
        "playing": dock().player.playing(),
    })


def key_on_map(key) -> None:
    press(canvas, key)


def space_twice() -> None:
    press(canvas, Qt.Key.Key_Space)
    result["played_with_space"] = dock().player.playing()
    press(canvas, Qt.Key.Key_Space)
    result["paused_with_space"] = not dock().player.playing()


def escape() -> None:
    press(canvas, Qt.Key.Key_Escape)


def after_escape() -> None:
    result["after_escape"] = window_look()
    result["extent_after_escape"] = canvas.extent().toRectF().getCoords()
    result["after_escape_screenshot"] = window.grab().save(str(OUT / "after_escape.png"))


def handout() -> None:
    layout = dock().export_handout(OUT / "handout.pdf")
    result["handout_pages"] = layout.pageCollection().pageCount()
    result["handout_in_project"] = [
        item.name() for item in QgsProject.instance().layoutManager().printLayouts()]


def what_if() -> None:
    """Through the widgets: Stadtgalerie +200 spaces, half the drivers guided, Tuesday 11 h."""
    from qgis.PyQt.QtCore import QDate

    panel = dock().show_what_if()
    panel.site_combo.setCurrentIndex(panel.site_combo.findText("Stadtgalerie"))
    panel.change_spin.setValue(200)
    panel.guidance_slider.setValue(50)
    panel.day_edit.setDate(QDate(2025, 11, 18))
    panel.hour_spin.setValue(11)
    go(3 - 1)  # any station; the what-if's layer goes on top
    canvas.setExtent(QgsRectangle(515150.0, 5442750.0, 516350.0, 5443650.0))
    panel.calculate_button.click()


def record_what_if() -> None:
    panel = dock().what_if
    result["what_if"] = {
        "card": panel.card_label.text(), "message": panel.message.text(),
        "layer_features": panel.layer.featureCount() if panel.layer else 0,
        "layer_on_canvas": panel.layer is not None and panel.layer in canvas.layers(),
        "screenshot_saved": window.grab().save(str(OUT / "what_if.png")),
    }


def film() -> None:
    """The parking day (station 2: four hours of the demo Tuesday in 15-minute frames) as a
    film at 640 × 360 and 8 frames per second, through the panel's size and rate fields."""
    panel = dock()
    go(1)
    panel.size_combo.setCurrentIndex(0)  # 640 × 360
    panel.fps_spin.setValue(8)
    result["film_started"] = panel.export_film(OUT / "parking_day.mp4") is not None


def record_film() -> None:
    panel = dock()
    result["film"] = {"message": panel.message.text(),
                      "progress_hidden": panel.film_progress.isHidden(),
                      "button_enabled": panel.film_button.isEnabled()}


plan.extend([
    ("open demo project", open_demo),
    ("open the Vernissage panel", open_panel),
    ("present the demo tour", present_demo_tour),
    ("record demo station 1", lambda: record_demo_station(0)),
])
for i in range(1, 7):  # a clicker's PageDown through the demo's seven stations
    plan.extend([(f"PageDown to demo station {i + 1}",
                     lambda: key_on_map(Qt.Key.Key_PageDown)),
                    (f"record demo station {i + 1}", lambda i=i: record_demo_station(i))])
plan.extend([
    ("Esc from the demo tour", escape),
    ("delete the demo's stations", clear_demo_tour),
    ("map for station 1", station_reports),
    ("add station 1", lambda: add("Bürgeranliegen in der Innenstadt",
                                  "5.000 Meldungen aus zwei Jahren, jede ein Punkt.",
                                  "Citizen reports in the city centre",
                                  "5,000 reports from two years, one dot each.")),
    ("map for station 2", station_parking),
    ("add station 2", lambda: add("Ein Parktag am Marktplatz",
                                  "Dienstag, 18. November: so füllen sich die Parkhäuser.")),
    ("map for station 3", station_rathaus),
    ("add station 3", lambda: add("Rathaus, 1. Obergeschoss",
                                  "Barrierefrei vom Eingang zum Bürgeramt.")),
    ("save and reopen", save_and_reopen),
])
for i in range(3):  # recorded after each station has landed and drawn
    plan.extend([(f"go to station {i + 1}", lambda i=i: go(i)),
                    (f"record station {i + 1}", lambda i=i: record_station(i))])
plan.extend([
    ("back to station 1", lambda: go(0)),
    ("look elsewhere", look_elsewhere),
    ("present", present),
    ("record presenter 1", lambda: record_presenter(0)),
    ("PageDown", lambda: key_on_map(Qt.Key.Key_PageDown)),
    ("record presenter 2", lambda: record_presenter(1)),
    ("space", space_twice),
    ("Right", lambda: key_on_map(Qt.Key.Key_Right)),
    ("record presenter 3", lambda: record_presenter(2)),
    ("Esc", escape),
    ("after Esc", after_escape),
    ("handout", handout),
    ("what if", what_if),
    ("record what if", record_what_if),
    ("film", film),
    ("record film", record_film),
])
for name, action in plan:
    steps.add(name, steps.redrawn(action), settled)
result["tz"] = os.environ.get("TZ", "")
steps.start(2000, WATCHDOG_MS)
