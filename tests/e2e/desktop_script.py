"""Runs inside the real QGIS desktop (``qgis --code desktop_script.py``), driven by
tests/e2e/test_desktop.py: clicks the plugin's menu (first cancelling QGIS's question to save
unsaved work), waits for the map canvas to finish drawing, grabs the window and the canvas,
unloads the plugin.

Everything it sees goes into ``desktop_recorder.result`` (installed at start-up through
PYQGIS_STARTUP), which the test judges. QGIS passes no arguments to a --code script, so the
output folder comes in as HEILBRONN_E2E_OUT.
"""

import sys
import time

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, finish, record_exception, result
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QDockWidget,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
)

PLUGIN = "heilbronn_digital"
PROBE = "e2e-log-probe"
RENDER_TIMEOUT_S = 60
# Quiet time after a finished render before the grab: a refresh that QGIS queued meanwhile
# (extent, temporal range) starts within it, and then the next finished render counts instead.
SETTLE_MS = 1000
WATCHDOG_MS = 180_000
iface = qgis.utils.iface
# The window size QGIS 3.22 gives a fresh profile on this screen; QGIS 3.40 opens it smaller,
# too small for the floorplan's room labels and the screenshots' checks.
iface.mainWindow().resize(1280, 800)
# Parented to the window so that it lives as long as QGIS, not as long as this script's names.
settle = QTimer(iface.mainWindow())
settle.setSingleShot(True)
settle.setInterval(SETTLE_MS)


def step(name: str, function) -> None:
    """Run one step; on an exception record it and stop, so the test sees what broke."""
    result["steps"].append(name)
    try:
        function()
    except Exception:
        record_exception(*sys.exc_info())
        finish()


def footprint() -> dict:
    window = iface.mainWindow()
    return {
        "menu": window.findChild(QMenu, "mHeilbronnDigitalMenu") is not None,
        "toolbar": window.findChild(QToolBar, "mHeilbronnDigitalToolBar") is not None,
        "actions": len([a for a in window.findChildren(QAction) if "Heilbronn" in a.objectName()]),
        "provider": QgsApplication.processingRegistry().providerById("heilbronn") is not None,
    }


def answer_save_question(button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in QGIS's "save the project?" question once it is open."""
    question = QApplication.activeModalWidget()
    result["asked_to_save"] = isinstance(question, QMessageBox)
    if isinstance(question, QMessageBox):
        question.button(button).click()
    elif question is not None:
        question.reject()


def cancel_keeps_unsaved_work() -> None:
    result["plugin_loaded"] = PLUGIN in qgis.utils.plugins
    result["plugin_active"] = PLUGIN in qgis.utils.active_plugins
    menu = iface.mainWindow().findChild(QMenu, "mHeilbronnDigitalMenu")
    result["menu_in_menu_bar"] = menu.menuAction() in iface.mainWindow().menuBar().actions()
    result["menu_texts"] = [action.text() for action in menu.actions()]
    work = QgsVectorLayer("Point?crs=EPSG:25832", "unsaved work", "memory")
    QgsProject.instance().addMapLayer(work)
    QTimer.singleShot(1000, lambda: answer_save_question(QMessageBox.StandardButton.Cancel))
    # Returns once the question is answered: QGIS asks in a modal dialog.
    load_demo_action().trigger()
    result["kept_after_cancel"] = [
        layer.name() for layer in QgsProject.instance().mapLayers().values()
    ]
    iface.newProject(False)
    step("open demo project", open_demo_project)


def load_demo_action() -> QAction:
    return iface.mainWindow().findChild(QAction, "mActionHeilbronnLoadDemoProject")


def open_demo_project() -> None:
    started = time.monotonic()
    # Connected before the project opens, so that even a quick first render cannot slip past.
    iface.mapCanvas().mapCanvasRefreshed.connect(canvas_refreshed)
    settle.timeout.connect(lambda: canvas_settled(started))
    QTimer.singleShot(RENDER_TIMEOUT_S * 1000, lambda: stop_waiting(started, rendered=False))
    load_demo_action().trigger()
    iface.mainWindow().findChild(QAction, "mActionHeilbronnAlgorithms").trigger()


def canvas_refreshed() -> None:
    """A render finished; one of the empty canvas, before the project opened, does not count."""
    if iface.mapCanvas().layers():
        settle.start()


def canvas_settled(started: float) -> None:
    if not iface.mapCanvas().isDrawing():  # else the render under way restarts the wait
        stop_waiting(started, rendered=True)


def stop_waiting(started: float, rendered: bool) -> None:
    """Grab once: when the canvas has drawn the demo layers, or when waiting for that timed out."""
    if "canvas_rendered" in result:
        return
    result["canvas_rendered"] = rendered
    result["render_wait_s"] = round(time.monotonic() - started, 1)
    iface.mapCanvas().mapCanvasRefreshed.disconnect(canvas_refreshed)
    settle.stop()
    step("screenshot", screenshot)


def screenshot() -> None:
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    result.update(
        project_file=project.fileName(),
        project_title=project.title(),
        window_title=iface.mainWindow().windowTitle(),
        layers={layer.name(): layer.isValid() for layer in project.mapLayers().values()},
        groups=[node.name() for node in root.children() if isinstance(node, QgsLayerTreeGroup)],
        canvas_layers=[layer.name() for layer in iface.mapCanvas().layers()],
        toolbox_visible=toolbox is not None and toolbox.isVisible(),
        toolbox_filter=toolbox.findChild(QLineEdit, "searchBox").text() if toolbox else None,
        screenshot_saved=iface.mainWindow().grab().save(str(OUT / "desktop.png")),
        canvas_saved=iface.mapCanvas().grab().save(str(OUT / "canvas.png")),
    )
    step("unload", unload)


def unload() -> None:
    """Unload, load again and unload again: nothing may be left behind either time."""
    result["footprints"] = [footprint()]
    for again in (False, True):
        if again:
            qgis.utils.loadPlugin(PLUGIN)
            qgis.utils.startPlugin(PLUGIN)
            result["footprints"].append(footprint())
        result["unloaded"] = qgis.utils.unloadPlugin(PLUGIN)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        result["footprints"].append(footprint())
    finish()


# Proves to the test that the message log really reaches the recorder.
QgsMessageLog.logMessage(PROBE, PROBE, Qgis.MessageLevel.Info)
QTimer.singleShot(WATCHDOG_MS, lambda: (result["errors"].append("watchdog: timed out"), finish()))
# Let QGIS finish starting (plugins, the empty project) before clicking.
QTimer.singleShot(2000, lambda: step("cancel keeps unsaved work", cancel_keeps_unsaved_work))
