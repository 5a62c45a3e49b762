"""Runs inside the real QGIS desktop (``qgis --code opendata_script.py``), driven by
tests/e2e/test_opendata_desktop.py: a planner publishes the demo store from the menu
(*Als Open Data veröffentlichen…*, the Processing dialog, Run), serves it
(*Offene Daten für einen Hackathon bereitstellen…*, Start — first on a port another program
holds, which the window must name — then Start again once it is free), and a hackathon team's
view is checked by loading the reports from the running API into the map (QGIS's OGC API –
Features provider). The publication dialog with its log, the serve window (refused and
serving) and the map are grabbed to build/e2e/opendata/; unloading the plugin must stop the
server.

Everything goes into ``desktop_recorder.result`` and from there into
HEILBRONN_E2E_OUT/result.json, which the test judges.
"""

import os
import socket

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result
from desktop_steps import Steps, zoom_to
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction, QApplication, QTextEdit

PORT = int(os.environ["HEILBRONN_E2E_PORT"])
STORE = os.environ["HEILBRONN_E2E_STORE"]
FOLDER = OUT / "publication"
STEP_TIMEOUT_S = 120
WATCHDOG_MS = 400_000
iface = qgis.utils.iface
iface.mainWindow().resize(1280, 800)
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)
found = {}


def trigger(name: str) -> None:
    iface.mainWindow().findChild(QAction, name).trigger()


def open_publish_dialog() -> None:
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    trigger("mActionHeilbronnPublishOpenData")
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AlgorithmDialog) and w.isVisible()]
    found["publish"] = dialogs[0]
    result["publish_dialog"] = {"title": dialogs[0].windowTitle(),
                                "algorithm": dialogs[0].algorithm().id()}


def run_publication() -> None:
    dialog = found["publish"]
    dialog.mainWidget().setParameters({
        "STORE": STORE, "OUTPUT": str(FOLDER), "BASE_URL": f"http://127.0.0.1:{PORT}"})
    dialog.runButton().click()


def published() -> bool:
    return (FOLDER / "publication.json").is_file() and (FOLDER / "opendata.qgs").is_file()


def close_publish_dialog() -> None:
    dialog = found["publish"]
    log = dialog.findChild(QTextEdit, "txtLog")
    result["publish_log"] = log.toPlainText() if log is not None else ""
    result["publish_screenshot"] = dialog.grab().save(str(OUT / "opendata_publish.png"))
    dialog.close()


def open_serve_window() -> None:
    from heilbronn_digital.heilbronn_digital_plugin.gui.opendata_server import (
        OpenDataServerDialog,
    )

    trigger("mActionHeilbronnServeOpenData")
    (window,) = iface.mainWindow().findChildren(OpenDataServerDialog)
    found["serve"] = window
    result["serve_window"] = {"title": window.windowTitle(),
                              "folder": window.folder.filePath(),
                              "start": window.start_button.text()}
    window.port.setValue(PORT)
    # Another program listens on the port first: the window must say so, in German.
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", PORT))
    blocker.listen()
    found["blocker"] = blocker
    window.start_button.click()


def refused() -> bool:
    return found["serve"].server is None and "127.0.0.1" in found["serve"].status.text()


def start_on_the_freed_port() -> None:
    window = found["serve"]
    result["port_in_use_status"] = window.status.text()
    result["port_in_use_screenshot"] = window.grab().save(str(OUT / "opendata_port_in_use.png"))
    found["blocker"].close()
    window.start_button.click()


def serving() -> bool:
    return "http://127.0.0.1" in found["serve"].status.text() and \
        found["serve"].stop_button.isEnabled() and not found["serve"].starting()


def grab_serve_window() -> None:
    window = found["serve"]
    result["serve_status"] = window.status.text()
    result["serve_screenshot"] = window.grab().save(str(OUT / "opendata_serve.png"))


def load_from_api() -> None:
    layer = QgsVectorLayer(f"url='http://127.0.0.1:{PORT}/wfs3' typename='citizen_reports'",
                           "Bürgeranliegen (OGC API)", "OAPIF")
    result["api_layer_valid"] = layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    result["api_features"] = layer.featureCount()
    zoom_to(layer, 1.1)


def grab_map() -> None:
    result["map_screenshot"] = iface.mainWindow().grab().save(str(OUT / "opendata_map.png"))
    result["canvas_screenshot"] = iface.mapCanvas().grab().save(
        str(OUT / "opendata_canvas.png"))


def unload() -> None:
    process = found["serve"].server.process
    plugin = qgis.utils.plugins["heilbronn_digital"]
    plugin.unload()
    result["server_after_unload"] = process.poll()


steps.pending.extend([
    ("open the publish dialog", open_publish_dialog, lambda: True),
    ("publish", run_publication, published),
    ("close the publish dialog", close_publish_dialog, lambda: True),
    ("serve on a port in use", open_serve_window, refused),
    ("serve", start_on_the_freed_port, serving),
    ("grab the serve window", grab_serve_window, lambda: True),
    ("load reports from the API", load_from_api, lambda: not iface.mapCanvas().isDrawing()),
    ("grab the map", grab_map, lambda: True),
    ("unload", unload, lambda: True),
])
steps.start(2000, WATCHDOG_MS)
