"""The *Help* action: the user guide for planners, rendered inside QGIS.

Planners read how to do each task (menu paths, screenshots of the plugin), not the developer
README (make, apt-get). The guide ships with the plugin (``docs/user-guide/de.md`` and
``en.md``, screenshots under ``images/<language>/``), so it reads offline, in German when QGIS
runs in German, English otherwise. A link to the online documentation is there for those who
are connected.
"""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QImage, QTextCharFormat, QTextCursor, QTextFragment
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
from ..toolbelt.translation import ui_language

METADATA = PLUGIN_ROOT / "metadata.txt"
GUIDE_DIR = PLUGIN_ROOT / "docs" / "user-guide"
# Screenshots are full QGIS windows; wider than this they would need sideways scrolling.
MAX_IMAGE_WIDTH = 840


def homepage_url(metadata: Path = METADATA) -> QUrl:
    """The homepage named in ``metadata.txt`` (an empty URL when it names none)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata, encoding="utf-8")
    return QUrl(parser.get("general", "homepage", fallback="").strip())


def guide_path(language: str | None = None) -> Path:
    """The user guide in ``language`` (``"de"`` or ``"en"``; default: the language QGIS
    shows)."""
    return GUIDE_DIR / f"{language or ui_language()}.md"


def heading_anchor(heading: str) -> str:
    """The anchor of a heading as GitHub makes it (so the guide's contents links work on the
    web and in QGIS): lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


class HelpDialog(QDialog):
    """The user guide, readable offline; links to other pages open in the web browser."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeilbronnDigitalHelp")
        self.setWindowTitle(tr("Heilbronn Digital – Help"))
        self.guide = guide_path(language)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        # The screenshots' paths in the guide are relative to its folder.
        self.browser.setSearchPaths([str(self.guide.parent)])
        if self.guide.is_file():
            self.browser.setMarkdown(self.guide.read_text(encoding="utf-8"))
            self._anchor_headings()
            self._fit_images()
        else:
            self.browser.setPlainText(tr("The documentation is missing: {path}").format(
                path=self.guide))
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

    def _anchor_headings(self) -> None:
        """Qt's Markdown reader gives headings no anchors: give each its GitHub anchor, so the
        contents' links scroll to it."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    def _image_fragments(self) -> list[QTextFragment]:
        fragments = []
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                if iterator.fragment().charFormat().isImageFormat():
                    fragments.append(iterator.fragment())
                iterator += 1
            block = block.next()
        return fragments

    def images(self) -> dict[str, QImage]:
        """Each image the guide shows, by its path in the guide, as the browser finds it
        through its search path (a null image when the file is missing)."""
        return {name: QImage(str(self.guide.parent / name))
                for name in (fragment.charFormat().toImageFormat().name()
                             for fragment in self._image_fragments())}

    def _fit_images(self) -> None:
        """Show wide screenshots at ``MAX_IMAGE_WIDTH`` (their height in proportion)."""
        images = self.images()
        cursor = QTextCursor(self.browser.document())
        for fragment in self._image_fragments():
            image_format = fragment.charFormat().toImageFormat()
            image = images[image_format.name()]
            if image.isNull() or image.width() <= MAX_IMAGE_WIDTH:
                continue
            image_format.setWidth(MAX_IMAGE_WIDTH)
            image_format.setHeight(image.height() * MAX_IMAGE_WIDTH / image.width())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)
