"""The plugin object on real QGIS: what its menu does, and that unloading leaves nothing behind."""

from __future__ import annotations

import configparser
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QUrl
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QLineEdit, QMenu, QToolBar
from silent_server import SilentServer

import heilbronn_digital
from heilbronn_digital.heilbronn_digital_plugin.gui.demo_data import working_copy
from heilbronn_digital.heilbronn_digital_plugin.gui.help import HelpDialog, homepage_url
from heilbronn_digital.heilbronn_digital_plugin.gui.import_reports import open_import_dialog
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import (
    DEMO_PROJECT,
    PLUGIN_ROOT,
    SAMPLE_GPKG,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.tasks import our_tasks

ACTIONS = {
    "load_demo": "mActionHeilbronnLoadDemoProject",
    "add_layers": "mActionHeilbronnAddLayers",
    "import_reports": "mActionHeilbronnImportReports",
    "import_floorplan": "mActionHeilbronnImportFloorplan",
    "level_switcher": "mActionHeilbronnLevelSwitcher",
    "parking_live": "mActionHeilbronnParkingLive",
    "vernissage": "mActionHeilbronnVernissage",
    "publish_opendata": "mActionHeilbronnPublishOpenData",
    "serve_opendata": "mActionHeilbronnServeOpenData",
    "algorithms": "mActionHeilbronnAlgorithms",
    "help": "mActionHeilbronnHelp",
}
PROVIDER_ID = "heilbronn"


def flush_deletions() -> None:
    """Run the deleteLater() calls now, as the QGIS event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def slot_errors() -> Iterator[None]:
    """Fail the test on an exception in a Qt slot (an action's code). Without an excepthook of
    its own, PyQt aborts the whole process there; QGIS installs one that shows the error."""
    errors: list[str] = []
    previous = sys.excepthook
    sys.excepthook = lambda *exc_info: errors.append("".join(traceback.format_exception(*exc_info)))
    yield
    sys.excepthook = previous
    assert not errors, "\n".join(errors)


@pytest.fixture
def plugin(qgis_iface, qgis_processing) -> Iterator[object]:
    loaded = heilbronn_digital.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    flush_deletions()


def action(qgis_iface, key: str) -> QAction:
    found = qgis_iface.mainWindow().findChild(QAction, ACTIONS[key])
    assert found is not None, f"no action {ACTIONS[key]}"
    return found


def footprint(qgis_iface) -> dict[str, object]:
    """Everything a plugin can leave behind in the main window and the Processing registry."""
    window = qgis_iface.mainWindow()
    return {
        "actions": len(window.findChildren(QAction)),
        "menus": len(window.findChildren(QMenu)),
        "menu bar": [a.text() for a in window.menuBar().actions()],
        "toolbars": len(window.findChildren(QToolBar)),
        "docks": len(window.findChildren(QDockWidget)),
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
    }


def test_init_gui_adds_menu_toolbar_and_provider(plugin, qgis_iface) -> None:
    window = qgis_iface.mainWindow()
    menu = window.findChild(QMenu, "mHeilbronnDigitalMenu")
    assert menu is not None
    assert menu.menuAction() in window.menuBar().actions()
    assert [a.objectName() for a in menu.actions()] == list(ACTIONS.values())
    toolbar = window.findChild(QToolBar, "mHeilbronnDigitalToolBar")
    assert toolbar.actions() == menu.actions()
    assert all(not a.icon().isNull() and a.toolTip() for a in menu.actions())
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    assert provider is not None
    assert "heilbronn:kerneldensity" in [a.id() for a in provider.algorithms()]


def test_every_toolbar_button_has_its_own_icon(plugin, qgis_iface) -> None:
    toolbar = qgis_iface.mainWindow().findChild(QToolBar, "mHeilbronnDigitalToolBar")
    pictures = {}
    for action in toolbar.actions():
        image = action.icon().pixmap(24, 24).toImage()
        pictures.setdefault(bytes(image.constBits().asstring(image.sizeInBytes())),
                            []).append(action.text())
    assert [texts for texts in pictures.values() if len(texts) > 1] == []


def test_load_and_unload_twice_leaves_nothing_behind(qgis_iface, qgis_processing) -> None:
    before = footprint(qgis_iface)
    for _ in range(2):
        loaded = heilbronn_digital.classFactory(qgis_iface)
        loaded.initGui()
        assert footprint(qgis_iface) != before
        loaded.unload()
        flush_deletions()
        assert footprint(qgis_iface) == before


def test_unload_ends_a_refresh_that_waits_on_a_silent_server(qgis_iface, qgis_processing,
                                                              tmp_path) -> None:
    """A refresh waiting on a server that accepts and never answers: unloading cancels it
    in flight, leaving no task of ours behind."""
    server = SilentServer()
    loaded = heilbronn_digital.classFactory(qgis_iface)
    loaded.initGui()
    try:
        dock = loaded.parking_live
        dock.format_combo.setCurrentText("parkapi")
        dock.url_edit.setText(f"{server.base}/parking")
        dock.store_widget.setFilePath(str(tmp_path / "live.gpkg"))
        dock.start()
        task = dock.refresher._task
        assert task.flags() & QgsTask.Flag.CancelWithoutPrompt  # QGIS quits without asking
        deadline = time.monotonic() + 30
        while not (server.accepted and task.status() == QgsTask.TaskStatus.Running):
            assert time.monotonic() < deadline, "the refresh never reached the server"
            QCoreApplication.processEvents()
            time.sleep(0.01)
        loaded.unload()
        # Unload waits at most UNLOAD_WAIT_S for canceled tasks: a refresh still waiting on
        # the silent server (60 s timeout) would be left running here.
        assert our_tasks() == []
        flush_deletions()
    finally:
        server.close()
    assert not (tmp_path / "live.gpkg").exists()


def test_processing_only_loading_works_without_iface(qgis_processing) -> None:
    loaded = heilbronn_digital.classFactory(None)
    loaded.initProcessing()
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("heilbronn:kerneldensity")
    assert provider is not None and algorithm is not None
    loaded.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None


def test_a_second_copy_does_not_take_the_provider_away(qgis_processing) -> None:
    first, second = heilbronn_digital.classFactory(None), heilbronn_digital.classFactory(None)
    first.initProcessing()
    second.initProcessing()
    second.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is first.provider
    first.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None


def test_load_demo_project_opens_the_sample_layers(plugin, qgis_iface, qgis_new_project) -> None:
    assert DEMO_PROJECT.is_file(), "`make sample-data` builds the demo project"
    action(qgis_iface, "load_demo").trigger()
    project = QgsProject.instance()
    # A working copy in the profile: the shipped demo stays untouched by the user's edits.
    assert Path(project.fileName()) == working_copy() / DEMO_PROJECT.name
    assert Path(project.fileName()).read_bytes() == DEMO_PROJECT.read_bytes()
    layers = list(project.mapLayers().values())
    assert layers
    assert [layer.name() for layer in layers if not layer.isValid()] == []
    vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
    assert any(SAMPLE_GPKG.name in layer.source() for layer in vectors)


def test_add_layers_adds_one_group_per_topic(
    plugin, qgis_iface, qgis_new_project, sample_gpkg
) -> None:
    qgis_iface.messageBar().clear_messages()
    action(qgis_iface, "add_layers").trigger()
    root = QgsProject.instance().layerTreeRoot()
    groups = [node for node in root.children() if isinstance(node, QgsLayerTreeGroup)]
    assert groups
    grouped = [node.layer() for group in groups for node in group.findLayers()]
    assert grouped and all(layer.isValid() for layer in grouped)
    assert all(str(working_copy() / SAMPLE_GPKG.name) in layer.source() for layer in grouped)
    assert sorted(QgsProject.instance().mapLayers()) == sorted(layer.id() for layer in grouped)
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)


def test_add_layers_twice_adds_nothing_new(
    plugin, qgis_iface, qgis_new_project, sample_gpkg
) -> None:
    action(qgis_iface, "add_layers").trigger()
    first = sorted(QgsProject.instance().mapLayers())
    qgis_iface.messageBar().clear_messages()
    action(qgis_iface, "add_layers").trigger()
    assert sorted(QgsProject.instance().mapLayers()) == first
    (message,) = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert "already" in message


@pytest.fixture
def processing_toolbox(qgis_iface, qgis_processing) -> Iterator[QDockWidget]:
    """The real Processing toolbox dock, placed in the main window as the Processing plugin
    does in the desktop (pytest-qgis's iface does not run core plugins)."""
    from processing.gui.ProcessingToolbox import ProcessingToolbox

    toolbox = ProcessingToolbox()
    window = qgis_iface.mainWindow()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, toolbox)
    toolbox.hide()
    yield toolbox
    window.removeDockWidget(toolbox)
    toolbox.deleteLater()
    flush_deletions()


def visible_algorithm_ids(toolbox: QDockWidget) -> list[str]:
    tree = toolbox.algorithmTree
    model = tree.model()
    found, pending = [], [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        algorithm = tree.algorithmForIndex(index)
        if algorithm is not None:
            found.append(algorithm.id())
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return found


def test_algorithms_action_shows_the_filtered_toolbox(
    plugin, qgis_iface, processing_toolbox
) -> None:
    assert len(visible_algorithm_ids(processing_toolbox)) > 1
    action(qgis_iface, "algorithms").trigger()
    assert not processing_toolbox.isHidden()
    assert processing_toolbox.findChild(QLineEdit, "searchBox").text() == PROVIDER_ID
    shown = visible_algorithm_ids(processing_toolbox)
    assert "heilbronn:kerneldensity" in shown
    assert all(algorithm_id.startswith("heilbronn:") for algorithm_id in shown)


def test_algorithms_action_explains_a_missing_toolbox(plugin, qgis_iface) -> None:
    assert qgis_iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox") is None
    qgis_iface.messageBar().clear_messages()
    action(qgis_iface, "algorithms").trigger()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Processing" in text for text in warnings)


def test_import_action_opens_the_import_dialog(plugin, qgis_iface, qgis_processing,
                                               monkeypatch) -> None:
    from processing.gui import ParametersPanel
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    # pytest-qgis's stand-in iface has no real browser model for the parameter widgets; the
    # real dialog builds them without an iface, as it does in qgis_process-like contexts.
    monkeypatch.setattr(ParametersPanel, "iface", None)
    dialog = open_import_dialog(qgis_iface)
    try:
        assert isinstance(dialog, AlgorithmDialog) and dialog.isVisible()
        assert dialog.algorithm().id() == "heilbronn:importcitizenreports"
    finally:
        dialog.close()
        dialog.deleteLater()
        flush_deletions()
    # The menu entry calls the same function.
    assert action(qgis_iface, "import_reports").text().startswith(
        tr("Import citizen reports (Open311)"))


def test_vernissage_action_shows_the_tour_panel(plugin, qgis_iface) -> None:
    dock = qgis_iface.mainWindow().findChild(QDockWidget, "HeilbronnVernissage")
    assert dock is not None and dock.isHidden()
    action(qgis_iface, "vernissage").trigger()
    assert not dock.isHidden()
    assert dock.player.canvas is qgis_iface.mapCanvas()


def test_help_shows_the_user_guide_offline(plugin, qgis_iface) -> None:
    action(qgis_iface, "help").trigger()
    dialogs = qgis_iface.mainWindow().findChildren(HelpDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    # QGIS runs in English here: the English guide for planners, not the developer README.
    assert dialogs[0].guide == PLUGIN_ROOT / "docs" / "user-guide" / "en.md"
    text = dialogs[0].browser.toPlainText()
    assert text.startswith("Heilbronn Digital – user guide")
    assert "make demo" not in text and "apt-get" not in text
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
    assert homepage_url() == QUrl(metadata["general"]["homepage"])
    plugin.unload()  # closes the dialog with everything else
    flush_deletions()
    assert qgis_iface.mainWindow().findChildren(HelpDialog) == []


def test_publish_action_opens_the_publication_dialog(plugin, qgis_iface, qgis_processing,
                                                     monkeypatch) -> None:
    from processing.gui import ParametersPanel
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.PyQt.QtWidgets import QApplication

    monkeypatch.setattr(ParametersPanel, "iface", None)
    action(qgis_iface, "publish_opendata").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AlgorithmDialog) and w.isVisible()]
    try:
        assert [d.algorithm().id() for d in dialogs] == ["heilbronn:publishopendata"]
    finally:
        for dialog in dialogs:
            dialog.close()
            dialog.deleteLater()
        flush_deletions()


def test_serve_action_serves_a_publication_until_the_plugin_unloads(
        plugin, qgis_iface, sample_gpkg, tmp_path) -> None:
    import socket
    import time
    import urllib.request

    from qgis.core import QgsSettings

    from heilbronn_digital.heilbronn_digital_plugin.gui.opendata_server import (
        OpenDataServerDialog,
    )
    from heilbronn_digital.heilbronn_digital_plugin.publish.dcat import Metadata
    from heilbronn_digital.heilbronn_digital_plugin.publish.publisher import Options, publish
    from heilbronn_digital.heilbronn_digital_plugin.publish.serve import (
        LAST_FOLDER_SETTING,
        PORT_SETTING,
    )

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path / "publication"
    publish(sample_gpkg, folder, Options(datasets=("floorplans",),
                                         metadata=Metadata(base_url=f"http://127.0.0.1:{port}")))
    QgsSettings().setValue(LAST_FOLDER_SETTING, str(folder))
    QgsSettings().setValue(PORT_SETTING, port)
    action(qgis_iface, "serve_opendata").trigger()
    (dialog,) = qgis_iface.mainWindow().findChildren(OpenDataServerDialog)
    assert dialog.isVisible() and dialog.folder.filePath() == str(folder)
    assert dialog.port.value() == port and not dialog.stop_button.isEnabled()
    dialog.start_button.click()
    deadline = time.monotonic() + 60
    while "Serving at" not in dialog.status.text() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    assert f"Serving at http://127.0.0.1:{port}" in dialog.status.text(), dialog.status.text()
    assert dialog.stop_button.isEnabled() and not dialog.start_button.isEnabled()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/catalog.ttl", timeout=10) as answer:
        assert answer.headers["Content-Type"] == "text/turtle; charset=utf-8"
    process = dialog.server.process
    # Closing the window keeps serving; unloading the plugin (or quitting QGIS) stops it.
    dialog.close()
    assert process.poll() is None
    plugin.unload()
    flush_deletions()
    assert process.poll() is not None
    assert qgis_iface.mainWindow().findChildren(OpenDataServerDialog) == []


def test_serve_action_names_a_port_in_use(plugin, qgis_iface, sample_gpkg, tmp_path) -> None:
    import socket

    from heilbronn_digital.heilbronn_digital_plugin.gui.opendata_server import (
        OpenDataServerDialog,
    )
    from heilbronn_digital.heilbronn_digital_plugin.publish.publisher import Options, publish

    folder = tmp_path / "publication"
    publish(sample_gpkg, folder, Options(datasets=("floorplans",)))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        action(qgis_iface, "serve_opendata").trigger()
        (dialog,) = qgis_iface.mainWindow().findChildren(OpenDataServerDialog)
        dialog.folder.setFilePath(str(folder))
        dialog.port.setValue(port)
        dialog.start_button.click()
    text = dialog.status.text()
    assert f"Port {port} on 127.0.0.1 is already in use" in text
    assert f"set another port above, e.g. {port + 1}" in text
    assert dialog.server is None and dialog.start_button.isEnabled()
