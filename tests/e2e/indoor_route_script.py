"""Runs inside the real QGIS desktop (``qgis --code indoor_route_script.py``), driven by
tests/e2e/test_indoor_route_desktop.py, as a planner would: opens the demo project through the
plugin's menu, opens the indoor route's dialog, chooses start and destination from its room
lists, clicks Run and waits for the route to come into the project. Then, for every level of the
building, it shows that level with the level switcher and grabs the canvas twice, with the route
and without it (the test counts the pixels that differ: the route's). Screenshots go to
build/e2e/indoor_route/.

Everything goes into ``desktop_recorder.result`` (installed through PYQGIS_STARTUP) and from
there into HEILBRONN_E2E_OUT/result.json, which the test judges.
"""

import time

import processing
import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, zoom_to
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction, QDockWidget

START = "Kleiner Sitzungssaal \u00b7 1. OG"
END = "Büro 2.12 \u00b7 2. OG"
LEVEL_SWITCHER = "HeilbronnLevelSwitcher"
STEP_TIMEOUT_S = 120
# After the route is in the project: its styling and the level it asks for.
ROUTE_SETTLE_S = 1.5
WATCHDOG_MS = 300_000
iface = qgis.utils.iface
iface.mainWindow().resize(1280, 800)
canvas = iface.mapCanvas()
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)
state = {}


def dock():
    return iface.mainWindow().findChild(QDockWidget, LEVEL_SWITCHER)


def open_demo_project() -> None:
    iface.mainWindow().findChild(QAction, "mActionHeilbronnLoadDemoProject").trigger()


def layer_named(name: str):
    return next((layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.name() == name), None)


def open_dialog() -> None:
    dialog = processing.createAlgorithmDialog("heilbronn:indoorroute")
    dialog.show()
    state["dialog"] = dialog
    parameters = dialog.createProcessingParameters()
    project = QgsProject.instance()
    result["defaults"] = {
        name: (project.mapLayer(parameters[name]).name()
               if project.mapLayer(str(parameters.get(name))) else str(parameters.get(name)))
        for name in ("SPACES", "OPENINGS", "CONNECTORS", "HAZARDS")}
    wrappers = dialog.mainWidget().wrappers
    for name, label in (("START_ROOM", START), ("END_ROOM", END)):
        combo = wrappers[name].combo
        result.setdefault("room_lists", {})[name] = [combo.itemText(i)
                                                     for i in range(combo.count())]
        combo.setCurrentIndex(combo.findText(label))
    result["chosen"] = {name: dialog.createProcessingParameters()[name]
                        for name in ("START_ROOM", "END_ROOM")}
    dialog.grab().save(str(OUT / "dialog.png"))


def run_route() -> None:
    state["layers_before"] = set(QgsProject.instance().mapLayers())
    QgsProject.instance().layersAdded.connect(route_added)
    state["dialog"].runAlgorithm()


def route_added(layers) -> None:
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and layer.isSpatial() and \
                "leg" in layer.fields().names():
            state["route"] = layer
            state["route_seen"] = time.monotonic()
            QgsProject.instance().layersAdded.disconnect(route_added)
            return


def route_in_project() -> bool:
    return "route_seen" in state and time.monotonic() - state["route_seen"] > ROUTE_SETTLE_S


def after_route() -> None:
    route = state["route"]
    dialog = state["dialog"]
    result["route"] = {"name": route.name(), "features": route.featureCount(),
                       "subset": route.subsetString()}
    result["level_after_route"] = dock().choices
    dialog.close()


def zoom_to_building() -> None:
    buildings = layer_named("Gebäude") or next(
        layer for layer in QgsProject.instance().mapLayers().values()
        if layer.customProperty("heilbronn_digital/store_layer") == "indoor_buildings")
    zoom_to(buildings, 1.15)


def set_route_visible(visible: bool) -> None:
    node = QgsProject.instance().layerTreeRoot().findLayer(state["route"].id())
    node.setItemVisibilityChecked(visible)


def grab(ordinal: int, with_route: bool) -> None:
    """Save the canvas as it is now (the previous step drew it); with the route, hide it for
    the next grab, without it show it again. The test counts the pixels that differ."""
    image = canvas.grab().toImage()
    name = f"level_{ordinal}_{'route' if with_route else 'plain'}.png"
    image.save(str(OUT / name))
    result.setdefault("grabs", {})[name] = {"level": dock().choices, "route_features":
                                            state["route"].featureCount()}
    if with_route:
        iface.mainWindow().grab().save(str(OUT / f"window_level_{ordinal}.png"))
        set_route_visible(False)
    else:
        set_route_visible(True)


steps.add("open demo project", open_demo_project, steps.rendered)
steps.add("open the route dialog and choose rooms", open_dialog)
steps.add("run", run_route, route_in_project)
steps.add("after the route", after_route)
steps.add("zoom to the building", steps.redrawn(zoom_to_building), steps.rendered)
for level in (0, 1, 2):
    steps.add(f"level {level}", steps.redrawn(lambda o=level: dock().select_level(o)),
              steps.rendered)
    # The grab with the route hides it, and the canvas draws without it for the next grab.
    steps.add(f"grab level {level} with the route",
              steps.redrawn(lambda o=level: grab(o, True)), steps.rendered)
    steps.add(f"grab level {level} without it", lambda o=level: grab(o, False))
steps.start(2000, WATCHDOG_MS)
