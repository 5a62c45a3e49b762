"""The *Help* action: the README that ships with the plugin, rendered inside QGIS.

Trainers demonstrate offline, so help must not depend on a browser reaching the homepage: the
README in the plugin folder is shown in a dialog (Qt renders Markdown), with a link to the
online documentation for those who are connected.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import tr
from ..toolbelt.paths import PLUGIN_ROOT

METADATA = PLUGIN_ROOT / "metadata.txt"
README = PLUGIN_ROOT / "README.md"


def homepage_url(metadata: Path = METADATA) -> QUrl:
    """The homepage named in ``metadata.txt`` (an empty URL when it names none)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata, encoding="utf-8")
    return QUrl(parser.get("general", "homepage", fallback="").strip())


class HelpDialog(QDialog):
    """The README, readable offline; links open in the web browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeilbronnDigitalHelp")
        self.setWindowTitle(tr("Heilbronn Digital – Help"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        if README.is_file():
            self.browser.setMarkdown(README.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(tr("The documentation is missing: {path}").format(
                path=README))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        online = homepage_url()
        if not online.isEmpty():
            link = QLabel(f'<a href="{online.toString()}">{tr("Online documentation")}</a>', self)
            link.setOpenExternalLinks(True)
            layout.addWidget(link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 700)


def open_help(parent: QWidget | None = None) -> HelpDialog:
    """Show the help dialog (not modal, so it can stay open beside the map)."""
    dialog = HelpDialog(parent)
    dialog.show()
    return dialog
