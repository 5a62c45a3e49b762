"""Runs inside the real QGIS desktop (``qgis --code parking_live_script.py``), driven by
tests/e2e/test_parking_live_desktop.py, which serves the GOLDBECK feed on 127.0.0.1
(HEILBRONN_E2E_FEED): opens *Live parking…* from the plugin's menu, refreshes into a fresh
GeoPackage, adds its layers to the map, then refreshes from a deliberately slow answer while a
50 ms QTimer in the GUI thread records its ticks: a frozen GUI would leave a gap as long as the
answer takes. The window is grabbed to build/e2e/parking_live/parking_live.png.

Everything goes into ``desktop_recorder.result`` and from there into
HEILBRONN_E2E_OUT/result.json, which the test judges.
"""

import os
import time

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, start_goldbeck, zoom_to
from desktop_steps import parking_dock as dock
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction

from heilbronn_digital.heilbronn_digital_plugin.store.layers import add_store_layers

FEED = os.environ["HEILBRONN_E2E_FEED"]
STORE = OUT / "parking_live.gpkg"
SCREENSHOT = OUT / "parking_live.png"
TICK_MS = 50
STEP_TIMEOUT_S = 60
WATCHDOG_MS = 240_000
iface = qgis.utils.iface
# The window size QGIS 3.22 gives a fresh profile on this screen; QGIS 3.40 opens it smaller,
# too small for the floorplan's room labels and the screenshots' checks.
iface.mainWindow().resize(1280, 800)
ticks: list[float] = []
tick_timer = QTimer(iface.mainWindow())
tick_timer.setInterval(TICK_MS)
tick_timer.timeout.connect(lambda: ticks.append(time.monotonic()))
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)


def idle() -> bool:
    return not dock().refresher.busy


def rows() -> dict[str, list[str]]:
    table = dock().table
    return {table.item(row, 0).data(Qt.ItemDataRole.UserRole):
            [table.item(row, column).text() for column in (0, 1, 3)]
            for row in range(table.rowCount())}


def open_dock() -> None:
    result["dock_before"] = {"exists": dock() is not None,
                             "visible": dock() is not None and dock().isVisible()}
    iface.mainWindow().findChild(QAction, "mActionHeilbronnParkingLive").trigger()
    # Wide enough for the site names in the screenshot.
    iface.mainWindow().resizeDocks([dock()], [560], Qt.Orientation.Horizontal)
    result["dock_visible"] = dock().isVisible()


def record_first() -> None:
    result["first"] = {"rows": rows(), "status": dock().status_label.text(),
                       "running": dock().refresher.running}


def add_layers() -> None:
    layers = add_store_layers(STORE, QgsProject.instance())
    result["layers"] = sorted(layer.customProperty("heilbronn_digital/store_layer")
                              for layer in layers)
    sites = next(layer for layer in layers
                 if layer.customProperty("heilbronn_digital/store_layer") == "parking_sites")
    zoom_to(sites, 1.2)


def slow_refresh() -> None:
    dock().second_edit.setText(f"{FEED}/slow/occupancies")
    ticks.clear()
    tick_timer.start()
    result["slow_started"] = time.monotonic()
    dock().refresh_button.click()
    result["busy_after_click"] = dock().refresher.busy


def record_slow() -> None:
    tick_timer.stop()
    finished = time.monotonic()
    stamps = [result["slow_started"], *ticks, finished]
    result["slow"] = {
        "seconds": finished - result["slow_started"],
        "ticks": len(ticks),
        "max_gap_s": max(b - a for a, b in zip(stamps, stamps[1:])),
        "rows": rows(),
        "status": dock().status_label.text(),
    }


def screenshot() -> None:
    result["screenshot_saved"] = iface.mainWindow().grab().save(str(SCREENSHOT))


def pause_and_unload() -> None:
    dock().pause_button.click()
    result["paused"] = not dock().refresher.running
    plugin = qgis.utils.plugins["heilbronn_digital"]
    plugin.unload()
    result["dock_after_unload"] = plugin.parking_live is None


steps.pending.extend([
    ("open the dock", open_dock, lambda: True),
    ("first refresh", lambda: start_goldbeck(FEED, STORE),
     lambda: idle() and dock().table.rowCount() > 0),
    ("record first", record_first, lambda: True),
    ("add the store's layers", add_layers, lambda: not iface.mapCanvas().isDrawing()),
    ("slow refresh", slow_refresh, idle),
    ("record slow", record_slow, lambda: not iface.mapCanvas().isDrawing()),
    ("screenshot", screenshot, lambda: True),
    ("pause and unload", pause_and_unload, lambda: True),
])
# Let QGIS finish starting (plugins, the empty project) before clicking.
steps.start(2000, WATCHDOG_MS)
