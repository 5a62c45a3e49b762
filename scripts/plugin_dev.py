"""Where the plugin lives during development, shared by the scripts, tests and benchmarks.

The repository root is the plugin folder, but a clone may be called anything, while QGIS and
our tests import the plugin as ``heilbronn_digital``: a link ``build/plugins/heilbronn_digital``
points back at the repository, and ``build/plugins`` serves as sys.path entry and
``QGIS_PLUGINPATH``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "heilbronn_digital"
PLUGIN_PATH = REPO / "build" / "plugins"


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
