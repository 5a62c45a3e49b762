"""Runs inside the real QGIS desktop (``qgis --code tour_script.py``), driven by
tests/e2e/test_tour_desktop.py: a planner's day, in the language QGIS was started in.

Opens the demo project from the plugin's menu, plays three frames of the parking day (the
clock's text, the garages' pixels at their positions, the occupancy each garage has in that
frame), runs the heatmap from its dialog with the layer it offers, opens Help, each panel and
every other menu entry, and each algorithm's dialog, collecting every text a planner reads
there (labels, buttons, tips, lists, help); grabs the screenshots the user guide shows
(``guide-*.png``). The test judges what was recorded: ``desktop_recorder.result`` →
HEILBRONN_E2E_OUT/result.json.
"""

import processing
import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, zoom_to
from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QModelIndex, QPoint, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QTextDocumentFragment
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAction,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from heilbronn_digital.heilbronn_digital_plugin.gui.demo_project import CLOCK
from heilbronn_digital.heilbronn_digital_plugin.store.layers import LAYER_PROPERTY
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import (
    TemporalNavigationMode,
)

PLUGIN = "heilbronn_digital"
MENU = "mHeilbronnDigitalMenu"
# 08:00, 12:00 and 17:30 on the demo day (15-minute frames from midnight).
FRAMES = (32, 48, 70)
# Half the side of the square around a garage's point searched for its colour: the symbol is
# a square with a "P" in its middle, antialiased at its edge.
GARAGE_BOX_PX = 5
STEP_TIMEOUT_S = 120
WATCHDOG_MS = 540_000
# Menu entries the walk leaves out: the demo project opens at the start of the tour (a second
# time would ask to save), Help has a step of its own.
WALK_SKIPS = ("mActionHeilbronnLoadDemoProject", "mActionHeilbronnHelp")
iface = qgis.utils.iface
iface.mainWindow().resize(1280, 800)
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)
rendered = steps.rendered
result.update(texts={}, frames=[], screens=[])


def action(object_name: str) -> QAction:
    return iface.mainWindow().findChild(QAction, object_name)


def save(widget: QWidget, name: str) -> None:
    """Grab ``widget`` to ``name``.png in the output folder."""
    saved = widget.grab().save(str(OUT / f"{name}.png"))
    result["screens"].append({"name": name, "saved": saved})


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def texts_of(widget: QWidget) -> list[str]:
    """Every text a person reads in ``widget`` and its visible children."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        found.append(child.toolTip())
        if isinstance(child, QLabel):
            found.append(plain(child.text()))
        elif isinstance(child, QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QComboBox):
            found.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QTabWidget):
            found.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QTextBrowser):
            found.extend(child.toPlainText().splitlines())
        elif isinstance(child, QListWidget):
            found.extend(child.item(i).text() for i in range(child.count()))
        elif isinstance(child, QTableWidget):
            for column in range(child.columnCount()):
                header = child.horizontalHeaderItem(column)
                found.append(header.text() if header else "")
            for row in range(min(child.rowCount(), 50)):
                for column in range(child.columnCount()):
                    item = child.item(row, column)
                    found.append(item.text() if item else "")
    return [text.strip() for text in found if text and text.strip()]


def record_texts(key: str, widget: QWidget) -> None:
    result["texts"][key] = texts_of(widget)


# The steps.

def start() -> None:
    result["plugin_active"] = PLUGIN in qgis.utils.active_plugins
    menu = iface.mainWindow().findChild(QMenu, MENU)
    result["menu_title"] = menu.title()
    result["menu"] = [{"name": a.objectName(), "text": a.text(), "tip": a.toolTip()}
                      for a in menu.actions()]
    result["texts"]["menu"] = [menu.title()] + [t for a in menu.actions()
                                                for t in (a.text(), a.toolTip())]


def open_menu() -> None:
    menu = iface.mainWindow().findChild(QMenu, MENU)
    bar = iface.mainWindow().menuBar()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))


def grab_menu() -> None:
    """The open menu over the window, as a person sees it."""
    menu = iface.mainWindow().findChild(QMenu, MENU)
    window = iface.mainWindow().grab()
    painter = QPainter(window)
    painter.drawPixmap(iface.mainWindow().mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))),
                       menu.grab())
    painter.end()
    # The menu and what is left of it, down to a little below it.
    left = max(0, iface.mainWindow().mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))).x() - 360)
    top = window.copy(left, 0, min(window.width() - left, menu.width() + 440),
                      min(window.height(), menu.height() + 120))
    result["screens"].append({"name": "guide-menu",
                              "saved": top.save(str(OUT / "guide-menu.png"))})
    menu.close()


def open_demo() -> None:
    action("mActionHeilbronnLoadDemoProject").trigger()


def record_demo() -> None:
    project = QgsProject.instance()
    window = iface.mainWindow()
    temporal = window.findChild(QDockWidget, "Temporal Controller")
    navigation = iface.mapCanvas().temporalController()
    live = window.findChild(QDockWidget, "HeilbronnParkingLive")
    result["demo"] = {
        "project_file": project.fileName(),
        "dirty": project.isDirty(),
        "layers": sorted(layer.name() for layer in project.mapLayers().values()),
        "groups": [group.name() for group in project.layerTreeRoot().findGroups()],
        "scale": iface.mapCanvas().scale(),
        "temporal_dock_visible": temporal is not None and temporal.isVisible(),
        "animated": navigation.navigationMode() == TemporalNavigationMode.Animated,
        "frame": navigation.currentFrameNumber(),
        "live_store": live.store_widget.filePath() if live is not None else None,
    }
    # Field lists in the dialogs show these: a layer's data, not texts of ours.
    result["field_names"] = sorted({field.name() for layer in project.mapLayers().values()
                                    if isinstance(layer, QgsVectorLayer)
                                    for field in layer.fields()})
    result["texts"]["layers panel"] = layers_panel_texts()
    result["map_tips"] = map_tips()
    save(window, "guide-demo")


def layers_panel_texts() -> list[str]:
    """The Layers panel as a person reads it: groups, layers and every legend entry."""
    model = iface.layerTreeView().layerTreeModel()
    found = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text:
                found.append(str(text).strip())
            visit(index)

    visit(QModelIndex())
    return found


def map_tips() -> dict[str, list[str]]:
    """The map tip of the first feature of each store layer that has one, line by line."""
    tips = {}
    for layer in QgsProject.instance().mapLayers().values():
        name = layer.customProperty(LAYER_PROPERTY)
        if not name or not isinstance(layer, QgsVectorLayer) or not layer.mapTipTemplate():
            continue
        feature = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None)
        if feature is None:
            continue
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        text = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
        tips[name] = [line.strip() for line in plain(text).splitlines() if line.strip()]
    return tips


def clock_text() -> str:
    label = QgsProject.instance().readEntry(CLOCK, "/Label")[0]
    return QgsExpression.replaceExpressionText(label,
                                               iface.mapCanvas().createExpressionContext())


def occupancy_layer() -> QgsVectorLayer:
    return next(layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty(LAYER_PROPERTY) == "parking_occupancy_map")


def garages_in_view(layer: QgsVectorLayer) -> list[dict]:
    """The garages the layer draws in the map's current frame, with their reading and
    position on the canvas: the features the renderer's rules pick, with the map's
    variables (its time range) as the map renderer has them."""
    canvas = iface.mapCanvas()
    settings = canvas.mapSettings()
    context = QgsRenderContext.fromMapSettings(settings)
    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        request = QgsFeatureRequest()
        expression = renderer.filter(layer.fields())
        if expression and expression != "TRUE":
            request.setFilterExpression(expression)
        request.setExpressionContext(context.expressionContext())
        garages = []
        for feature in layer.getFeatures(request):
            if feature["site_type"] != "garage":
                continue
            context.expressionContext().setFeature(feature)
            if not renderer.willRenderFeature(feature, context):
                continue
            point = settings.layerToMapCoordinates(layer, feature.geometry().asPoint())
            pixel = canvas.getCoordinateTransform().transform(point)
            capacity = feature["capacity"] or feature["site_capacity"]
            occupied = feature["occupied"]
            if occupied is None and capacity is not None and feature["free"] is not None:
                occupied = capacity - feature["free"]
            garages.append({
                "name": feature["name"], "observed_at": feature["observed_at"].toString(
                    Qt.DateFormat.ISODate),
                "ratio": occupied / capacity if occupied is not None and capacity else None,
                "x": round(pixel.x()), "y": round(pixel.y()),
            })
    finally:
        renderer.stopRender(context)
    return garages


def show_frame(number: int) -> None:
    iface.mapCanvas().temporalController().setCurrentFrameNumber(number)
    # The demo opens on the first of these frames: then nothing changed to draw anew.
    iface.mapCanvas().refresh()


def record_frame(number: int) -> None:
    canvas = iface.mapCanvas()
    image = canvas.grab().toImage()
    name = f"frame-{number}"
    result["screens"].append({"name": name, "saved": image.save(str(OUT / f"{name}.png"))})
    garages = garages_in_view(occupancy_layer())
    for garage in garages:
        x, y = garage["x"], garage["y"]
        garage["pixels"] = sorted({
            QColor(image.pixel(px, py)).name()
            for px in range(x - GARAGE_BOX_PX, x + GARAGE_BOX_PX + 1)
            for py in range(y - GARAGE_BOX_PX, y + GARAGE_BOX_PX + 1)
            if 0 <= px < image.width() and 0 <= py < image.height()})
    frame_range = canvas.temporalController().dateTimeRangeForFrameNumber(number)
    result["frames"].append({
        "number": number,
        "start": frame_range.begin().toString("yyyy-MM-dd HH:mm"),
        "clock": clock_text(),
        "garages": garages,
        "canvas": [image.width(), image.height()],
    })


def compose_frames() -> None:
    """The three frames side by side, each cut to the inner city, for the user guide."""
    images = [QImage(str(OUT / f"frame-{number}.png")) for number in FRAMES]
    # The right part, wide enough for the clock (top right), two thirds of the height.
    width = images[0].width() * 5 // 8
    height = images[0].height() * 2 // 3
    left = images[0].width() - width
    strip = QImage(width * len(images) + 8 * (len(images) - 1), height,
                   QImage.Format.Format_RGB32)
    strip.fill(QColor("white"))
    painter = QPainter(strip)
    for index, image in enumerate(images):
        painter.drawImage(index * (width + 8), 0, image.copy(left, 0, width, height))
    painter.end()
    result["screens"].append({"name": "guide-frames",
                              "saved": strip.save(str(OUT / "guide-frames.png"))})


def open_help() -> None:
    action("mActionHeilbronnHelp").trigger()


def record_help() -> None:
    help_dialog = qgis.utils.plugins[PLUGIN].help_dialog
    dialogs = [widget for widget in QApplication.topLevelWidgets()
               if widget.isVisible() and widget.objectName() == help_dialog.objectName()]
    images = help_dialog.images()
    result["help"] = {
        "count": len(dialogs),
        "title": help_dialog.windowTitle(),
        "guide": help_dialog.guide.name,
        "first_line": help_dialog.browser.toPlainText().strip().splitlines()[0],
        "images": {name: [image.width(), image.height()] for name, image in images.items()},
    }
    record_texts("help", help_dialog)
    save(help_dialog, "help")
    help_dialog.close()


def open_level_switcher() -> None:
    action("mActionHeilbronnLevelSwitcher").trigger()
    indoor = next(layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.customProperty(LAYER_PROPERTY) == "indoor_spaces")
    zoom_to(indoor, 1.3)


def record_level_switcher() -> None:
    dock = iface.mainWindow().findChild(QDockWidget, "HeilbronnLevelSwitcher")
    result["level_switcher_visible"] = dock.isVisible()
    record_texts("level switcher", dock)
    save(iface.mainWindow(), "guide-level_switcher")


def open_live_parking() -> None:
    action("mActionHeilbronnParkingLive").trigger()
    dock = iface.mainWindow().findChild(QDockWidget, "HeilbronnParkingLive")
    iface.mainWindow().resizeDocks([dock], [520], Qt.Orientation.Horizontal)


def record_live_parking() -> None:
    dock = iface.mainWindow().findChild(QDockWidget, "HeilbronnParkingLive")
    result["live_parking"] = {"visible": dock.isVisible(), "rows": dock.table.rowCount(),
                              "store": dock.store_widget.filePath()}
    record_texts("live parking", dock)
    save(dock, "guide-live_parking")


def top_levels() -> set[int]:
    """The visible windows, by their C++ address (Python's wrappers come and go)."""
    return {sip.unwrapinstance(widget) for widget in QApplication.topLevelWidgets()
            if widget.isVisible()}


def visible_docks() -> set[str]:
    return {dock.objectName() for dock in iface.mainWindow().findChildren(QDockWidget)
            if dock.isVisible()}


def walk_entry(object_name: str) -> None:
    """Trigger a menu entry; record the texts of what it opened; close what it opened."""
    before, docks = top_levels(), visible_docks()
    # A modal dialog would stop the tour: it is recorded as an error and closed.
    QTimer.singleShot(3000, refuse_modal)
    action(object_name).trigger()
    QApplication.processEvents()
    opened = [widget for widget in QApplication.topLevelWidgets()
              if widget.isVisible() and sip.unwrapinstance(widget) not in before]
    shown = [dock for dock in iface.mainWindow().findChildren(QDockWidget)
             if dock.isVisible() and dock.objectName() not in docks]
    result.setdefault("walk", {})[object_name] = [w.objectName() or w.windowTitle()
                                                  for w in opened + shown]
    for index, widget in enumerate(opened + shown):
        record_texts(f"{object_name} {index}", widget)
        save(widget, f"walk-{object_name}-{index}")
    for widget in opened:
        widget.close()


def refuse_modal() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        result["errors"].append(f"a modal dialog stopped the tour: {modal.windowTitle()}")
        modal.close()


def toolbox_texts() -> None:
    """The Heilbronn part of the Processing toolbox (groups and algorithm names)."""
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    view = toolbox.findChild(QTreeView)
    model = view.model()
    texts = []

    def visit(parent, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(str(index.data()))
            texts.append(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            visit(index, depth + 1)

    visit(view.rootIndex(), 0)
    result["texts"]["toolbox"] = [plain(text).strip() for text in texts if text]


def open_algorithm_dialogs() -> None:
    """Each algorithm's dialog, as the toolbox opens it: its texts and what it preselects."""
    provider = QgsApplication.processingRegistry().providerById("heilbronn")
    result["algorithms"] = {}
    for algorithm in provider.algorithms():
        dialog = processing.createAlgorithmDialog(algorithm.id())
        dialog.show()
        QApplication.processEvents()
        record_texts(f"dialog {algorithm.id()}", dialog)
        result["algorithms"][algorithm.id()] = dialog.windowTitle()
        if algorithm.id() == "heilbronn:kerneldensity":
            heatmap["dialog"] = dialog
            dialog.resize(900, 640)
            save(dialog, "guide-algorithm_dialog")
        else:
            dialog.close()


heatmap = {}


def run_heatmap() -> None:
    """Run the heatmap from its dialog with what it offers: the planner presses Run."""
    dialog = heatmap["dialog"]
    parameters = dialog.createProcessingParameters()
    source = QgsProject.instance().mapLayer(str(parameters.get("INPUT")))
    result["heatmap_input"] = (source.customProperty(LAYER_PROPERTY) if source is not None
                               else str(parameters.get("INPUT")))
    heatmap["layers"] = set(QgsProject.instance().mapLayers())
    dialog.runButton().click()


def heatmap_done() -> bool:
    added = set(QgsProject.instance().mapLayers()) - heatmap["layers"]
    return bool(added) or "heatmap_error" in result


def record_heatmap() -> None:
    dialog = heatmap["dialog"]
    added = [QgsProject.instance().mapLayer(layer_id).name()
             for layer_id in set(QgsProject.instance().mapLayers()) - heatmap["layers"]]
    result["heatmap_added"] = added
    # QGIS closes the dialog after a successful run unless told to keep it open.
    if dialog.isVisible():
        record_texts("dialog heilbronn:kerneldensity after run", dialog)
        dialog.close()
    # The planner switches the new heatmap off again: it would cover the floorplan of the
    # level switcher's screenshot (the town hall is the reports' hottest place).
    root = QgsProject.instance().layerTreeRoot()
    for layer_id in set(QgsProject.instance().mapLayers()) - heatmap["layers"]:
        root.findLayer(layer_id).setItemVisibilityChecked(False)


def unload() -> None:
    plugin = qgis.utils.plugins[PLUGIN]
    plugin.unload()
    result["unloaded"] = plugin.menu is None


steps.pending.extend([
    ("start", start, lambda: True),
    ("open the menu", open_menu, lambda: True),
    ("grab the menu", grab_menu, lambda: True),
    ("open demo project", open_demo, rendered),
    ("record demo", record_demo, lambda: True),
])
for frame in FRAMES:
    steps.pending.extend([
        (f"frame {frame}", lambda frame=frame: show_frame(frame), rendered),
        (f"record frame {frame}", lambda frame=frame: record_frame(frame), lambda: True),
    ])
steps.pending.extend([
    ("compose frames", compose_frames, lambda: True),
    ("help", open_help, lambda: True),
    ("record help", record_help, lambda: True),
    ("algorithm dialogs", open_algorithm_dialogs, lambda: True),
    ("run the heatmap", run_heatmap, heatmap_done),
    # Its layer is switched off: the canvas may not draw by itself if QGIS has not drawn the
    # layer yet, and a render before the step does not count.
    ("record the heatmap", steps.redrawn(record_heatmap), rendered),
    ("live parking", open_live_parking, lambda: True),
    ("record live parking", record_live_parking, lambda: True),
    ("level switcher", open_level_switcher, rendered),
    ("record level switcher", record_level_switcher, lambda: True),
])


def walk() -> None:
    menu = iface.mainWindow().findChild(QMenu, MENU)
    for menu_action in menu.actions():
        if menu_action.objectName() not in WALK_SKIPS:
            walk_entry(menu_action.objectName())
    toolbox_texts()


steps.pending.extend([
    ("walk the menu", walk, lambda: True),
    ("unload", unload, lambda: True),
])
# Let QGIS finish starting (plugins, the empty project) before clicking.
steps.start(2000, WATCHDOG_MS)
