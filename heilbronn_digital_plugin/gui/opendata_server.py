"""*Serve open data to a hackathon…*: a small window that serves a publication folder with
QGIS Server on this computer (OGC API – Features, the landing page and the DCAT-AP.de
catalogue) until it is stopped, QGIS closes or the plugin is unloaded. Closing the window
leaves the server running for the teams; the menu action shows it again.

The server is a separate process (:mod:`..publish.serve`); starting it waits for nothing in
the user interface: a timer asks the server whether it answers yet.
"""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..publish import serve
from ..publish.serve import LAST_FOLDER_SETTING, PORT_SETTING
from ..publish.server_project import ServerProjectError, write_server_project
from ..toolbelt.i18n import tr
from ..toolbelt.paths import PLUGIN_ROOT

OBJECT_NAME = "HeilbronnOpenDataServer"
_POLL_MS = 300
_STARTUP_S = 60.0


class OpenDataServerDialog(QDialog):
    """Folder and port, Start/Stop, and the addresses to hand to the hackathon teams."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(tr("Serve open data to a hackathon"))
        self.server: serve.Server | None = None
        self._deadline = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_started)
        settings = QgsSettings()
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.value(LAST_FOLDER_SETTING, "", str))
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(int(settings.value(PORT_SETTING, serve.DEFAULT_PORT)))
        self.start_button = QPushButton(tr("Start"))
        self.stop_button = QPushButton(tr("Stop"))
        self.browser_button = QPushButton(tr("Open in browser"))
        self.status = QLabel(tr("Choose the folder of a publication (“Publish as open "
                                "data…”) and start the server."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setOpenExternalLinks(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        form = QFormLayout()
        form.addRow(tr("Publication folder"), self.folder)
        form.addRow(tr("Port on 127.0.0.1"), self.port)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.browser_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.browser_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(f"{self.server.url}/")) if self.server
            else None)
        self.resize(560, 260)
        self._show_state()

    def start(self) -> None:
        """Write the folder's server project and start QGIS Server on the chosen port."""
        if self.server is not None and self.server.running():
            return
        folder = self.folder.filePath().strip()
        port = self.port.value()
        if not folder:
            self._say(tr("Choose the publication folder first."), error=True)
            return
        try:
            write_server_project(folder)
            self.server = serve.start(
                folder, PLUGIN_ROOT.parent, port=port, log_path=_log_path(),
                mapserver=serve.find_mapserver(QgsApplication.prefixPath()),
                port_hint=tr("set another port above, e.g. {port}.").format(port=port + 1))
        except (serve.ServeError, ServerProjectError) as error:
            self.server = None
            # The label shows rich text: a folder name with < or & must stay text.
            self._say(escape(str(error)), error=True)
            self._show_state()
            return
        QgsSettings().setValue(LAST_FOLDER_SETTING, folder)
        QgsSettings().setValue(PORT_SETTING, port)
        self._deadline = time.monotonic() + _STARTUP_S
        self._say(tr("Starting QGIS Server on port {port} …").format(port=port))
        self._poll.start()
        self._show_state()

    def stop(self) -> None:
        """Stop the server (also when QGIS closes or the plugin is unloaded)."""
        self._poll.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
            self._say(tr("The server is stopped."))
        self._show_state()

    def starting(self) -> bool:
        """Whether a server was started and has not answered yet."""
        return self._poll.isActive()

    def _check_started(self) -> None:
        server = self.server
        if server is None:
            self._poll.stop()
            return
        if serve.ready(server, timeout_s=0.2):
            self._poll.stop()
            url = server.url
            links = "".join(f'<li><a href="{url}{path}">{label}</a>: {url}{path}</li>' for
                            label, path in ((tr("Landing page"), "/"),
                                            (tr("OGC API – Features"), "/wfs3"),
                                            (tr("Collections"), "/wfs3/collections.html"),
                                            (tr("DCAT-AP.de catalogue"), "/catalog.ttl")))
            self._say(tr("Serving at {url}: give the teams these addresses.").format(url=url)
                      + f"<ul>{links}</ul>")
        elif not server.running() or time.monotonic() > self._deadline:
            self._poll.stop()
            log = server.log_tail()
            server.stop()
            self.server = None
            self._say(tr("QGIS Server did not start:") + f"<pre>{escape(log)}</pre>",
                      error=True)
        self._show_state()

    def _show_state(self) -> None:
        running = self.server is not None and self.server.running()
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.browser_button.setEnabled(running and not self.starting())
        self.folder.setEnabled(not running)
        self.port.setEnabled(not running)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(f'<span style="color:#b00020">{text}</span>' if error else text)

def _log_path() -> Path:
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "heilbronn_digital"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "opendata-server.log"


