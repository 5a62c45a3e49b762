"""Runs inside the real QGIS desktop (``qgis --code postgis_project_script.py``), driven by
tests/e2e/test_postgis_project_desktop.py: opens a planning office's project whose layers come
from a PostGIS store (HEILBRONN_E2E_PROJECT), opens *Live parking…* from the plugin's menu (it
should show that store and its sites), grabs the window, then points the panel at the same
store as a role that may only read (HEILBRONN_E2E_VIEWER) and refreshes from the feed
(HEILBRONN_E2E_FEED): the panel should say so before fetching. Both states are grabbed to
build/e2e/postgis_project/postgis_project*.png; everything goes into ``desktop_recorder.result``.
"""

import os

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, zoom_to
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget

DOCK = "HeilbronnParkingLive"
PROJECT = os.environ["HEILBRONN_E2E_PROJECT"]
VIEWER = os.environ["HEILBRONN_E2E_VIEWER"]
FEED = os.environ["HEILBRONN_E2E_FEED"]
SCREENSHOTS = {"project": OUT / "postgis_project.png",
               "read_only": OUT / "postgis_project_read_only.png"}
STEP_TIMEOUT_S = 60
WATCHDOG_MS = 240_000
iface = qgis.utils.iface
iface.mainWindow().resize(1280, 800)
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)


def dock() -> QDockWidget:
    return iface.mainWindow().findChild(QDockWidget, DOCK)


def open_project() -> None:
    result["project_read"] = QgsProject.instance().read(PROJECT)
    layers = QgsProject.instance().mapLayers().values()
    result["layers"] = sorted((layer.providerType(), layer.isValid(), layer.featureCount())
                              for layer in layers)
    sites = next(layer for layer in layers
                 if layer.customProperty("heilbronn_digital/store_layer") == "parking_sites")
    zoom_to(sites, 1.5)


def open_dock() -> None:
    iface.mainWindow().findChild(QAction, "mActionHeilbronnParkingLive").trigger()
    iface.mainWindow().resizeDocks([dock()], [560], Qt.Orientation.Horizontal)
    table = dock().table
    result["panel"] = {"store": dock().store_widget.filePath(),
                       "sites": [table.item(row, 0).text() for row in range(table.rowCount())]}


def screenshot(name: str):
    def grab() -> None:
        result[f"screenshot_{name}"] = iface.mainWindow().grab().save(str(SCREENSHOTS[name]))
    return grab


def refresh_as_viewer() -> None:
    live = dock()
    live.format_combo.setCurrentIndex(live.format_combo.findData("parkapi"))
    live.url_edit.setText(f"{FEED}/parkapi/heilbronn")
    live.store_widget.setFilePath(VIEWER)
    live.refresh_button.click()


def record_refusal() -> None:
    result["refusal"] = {"status": dock().status_label.text(),
                         "sites": dock().table.rowCount()}


def unload() -> None:
    qgis.utils.plugins["heilbronn_digital"].unload()


steps.pending.extend([
    ("open the project", open_project, lambda: not iface.mapCanvas().isDrawing()),
    ("open the dock", open_dock, lambda: True),
    ("screenshot of the project", screenshot("project"), lambda: True),
    ("refresh as a viewer", refresh_as_viewer, lambda: not dock().refresher.busy),
    ("record the refusal", record_refusal, lambda: True),
    ("screenshot of the refusal", screenshot("read_only"), lambda: True),
    ("unload", unload, lambda: True),
])
# Let QGIS finish starting (plugins, the empty project) before opening anything.
steps.start(2000, WATCHDOG_MS)
