"""Runs inside the real QGIS desktop (``qgis --code level_switcher_script.py``), driven by
tests/e2e/test_level_switcher_desktop.py: adds the Heilbronn layers through the plugin's menu,
zooms to the town hall, clicks the level switcher's buttons and, after each click, waits for the
canvas to finish drawing and records what it drew (the room labels the renderer placed and the
levels of the features in view). Then it saves the project, starts a new one and reads the saved
one again, to see the level come back. The window is grabbed to
build/e2e/level_switcher/level_switcher.png.

Everything goes into ``desktop_recorder.result`` (installed through PYQGIS_STARTUP) and from
there into HEILBRONN_E2E_OUT/result.json, which the test judges.
"""

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, zoom_to
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction, QDockWidget

LEVEL_SWITCHER = "HeilbronnLevelSwitcher"
STEP_TIMEOUT_S = 60
WATCHDOG_MS = 240_000
SCREENSHOT = OUT / "level_switcher.png"
iface = qgis.utils.iface
# The window size QGIS 3.22 gives a fresh profile on this screen; QGIS 3.40 opens it smaller,
# too small for the floorplan's room labels and the screenshots' checks.
iface.mainWindow().resize(1280, 800)
canvas = iface.mapCanvas()
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)


def dock() -> QDockWidget:
    return iface.mainWindow().findChild(QDockWidget, LEVEL_SWITCHER)


def add_heilbronn_layers() -> None:
    """Through *Add Heilbronn layers*: the store layers with the plugin's current styles (the
    demo project keeps the styles it was built with)."""
    result["dock_before"] = {"exists": dock() is not None,
                             "visible": dock() is not None and dock().isVisible()}
    iface.mainWindow().findChild(QAction, "mActionHeilbronnAddLayers").trigger()


def zoom_to_town_hall() -> None:
    """After the first render: QGIS zooms to the first layers of an empty project itself."""
    buildings = next(layer for layer in QgsProject.instance().mapLayers().values()
                     if layer.customProperty("heilbronn_digital/store_layer")
                     == "indoor_buildings")
    zoom_to(buildings, 1.15)


def record(name: str) -> None:
    """What the canvas shows now: dock state, labels drawn and levels of features in view."""
    switcher = dock()
    labels = canvas.labelingResults().labelsWithinRect(canvas.extent()) \
        if canvas.labelingResults() else []
    layers = QgsProject.instance().mapLayers()
    shown = {}
    for layer in layers.values():
        if not isinstance(layer, QgsVectorLayer) or "ordinal" not in layer.fields().names():
            continue
        request = QgsFeatureRequest().setFilterRect(canvas.extent())
        ordinals = [feature["ordinal"] for feature in layer.getFeatures(request)]
        shown[layer.customProperty("heilbronn_digital/store_layer") or layer.name()] = {
            "ordinals": sorted({int(o) for o in ordinals}), "count": len(ordinals)}
    result.setdefault("views", []).append({
        "name": name,
        "dock_visible": switcher.isVisible(),
        "current": switcher.level_list.currentItem().text()
        if switcher.level_list.currentItem() else None,
        "items": [switcher.level_list.item(row).text()
                  for row in range(switcher.level_list.count())],
        "up_enabled": switcher.up_button.isEnabled(),
        "down_enabled": switcher.down_button.isEnabled(),
        "scale": round(canvas.scale()),
        "room_labels": sorted(label.labelText for label in labels
                              if layers.get(label.layerID) is not None
                              and layers[label.layerID].customProperty(
                                  "heilbronn_digital/store_layer") == "indoor_spaces"),
        "layers": shown,
    })


def click(button: str) -> None:
    getattr(dock(), button).click()


def save_and_reopen() -> None:
    project = QgsProject.instance()
    path = str(OUT / "level_switcher.qgz")
    result["saved"] = project.write(path)
    iface.newProject(False)
    result["after_new_project"] = dock().level_list.count()
    result["reopened"] = project.read(path)
    result["dirty_after_reopen"] = project.isDirty()


def screenshot() -> None:
    result["screenshot_saved"] = iface.mainWindow().grab().save(str(SCREENSHOT))
    result["canvas_saved"] = canvas.grab().save(str(OUT / "level_switcher_canvas.png"))


for name, action in (
    ("add heilbronn layers", add_heilbronn_layers),
    ("zoom to the town hall", zoom_to_town_hall),
    ("ground floor", lambda: record("start")),
    ("up", lambda: click("up_button")),
    ("record up", lambda: record("up")),
    ("up again", lambda: click("up_button")),
    ("record top", lambda: record("top")),
    ("up at the top", lambda: click("up_button")),
    ("record still top", lambda: record("still top")),
    ("down", lambda: click("down_button")),
    ("record down", lambda: record("down")),
    ("screenshot", screenshot),
    ("save and reopen", save_and_reopen),
    ("record reopened", lambda: record("reopened")),
):
    # A click at the end of the list changes nothing: the refresh makes every step draw once.
    steps.add(name, steps.redrawn(action), steps.rendered)
# Let QGIS finish starting (plugins, the empty project) before clicking.
steps.start(2000, WATCHDOG_MS)
