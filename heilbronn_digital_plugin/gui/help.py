"""The *Help* action: the README on the plugin's homepage.

The homepage renders the README with its pictures and is always the current version, so Help
goes there even though a trainer may be offline: whether a browser will reach it cannot be known
beforehand, and the shipped README.md sits in the plugin folder for reading offline. Only when
the metadata names no homepage does Help open that local README.md.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..toolbelt.paths import PLUGIN_ROOT

METADATA = PLUGIN_ROOT / "metadata.txt"
README = PLUGIN_ROOT / "README.md"
README_ANCHOR = "readme"


def help_url(metadata: Path = METADATA) -> QUrl:
    """The README section of the homepage named in ``metadata.txt``, else the local README."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata, encoding="utf-8")
    homepage = parser.get("general", "homepage", fallback="").strip()
    if not homepage:
        return QUrl.fromLocalFile(str(README))
    url = QUrl(homepage)
    if not url.hasFragment():
        url.setFragment(README_ANCHOR)
    return url


def open_help() -> QUrl:
    """Open the help in the user's web browser and return the address opened."""
    url = help_url()
    QDesktopServices.openUrl(url)
    return url
