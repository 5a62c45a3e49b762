"""Where the plugin lives during development, shared by the scripts, tests and benchmarks.

The repository root is the plugin folder, but a clone may be called anything, while QGIS and
our tests import the plugin as ``heilbronn_digital``: a link ``build/plugins/heilbronn_digital``
points back at the repository, and ``build/plugins`` serves as sys.path entry and
``QGIS_PLUGINPATH``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "heilbronn_digital"
PLUGIN_PATH = REPO / "build" / "plugins"
# QGIS's own Python plugins (Processing among them), where Debian's packages put them.
QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"


def use_plugin_and_processing() -> None:
    """Make ``import heilbronn_digital`` and ``import processing`` work in a script."""
    link_plugin()
    for path in (QGIS_PYTHON_PLUGINS, str(PLUGIN_PATH)):
        if path not in sys.path:
            sys.path.insert(0, path)


def link_plugin(link: Path = PLUGIN_PATH / PLUGIN_NAME, target: Path = REPO) -> Path:
    """Make ``link`` point at ``target`` (replacing whatever is there); return the link."""
    if link.is_symlink() and link.resolve() == target.resolve():
        return link
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.exists():
        shutil.rmtree(link)
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target, target_is_directory=True)
    return link
