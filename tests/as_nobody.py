"""Run a Python script with QGIS, Processing and the plugin's provider as an ordinary user:
root may write any file, so a read-only store is only read-only for someone else. When the
tests run as root (as CI does) the script runs as "nobody", in a folder of its own outside
pytest's (which only root may enter)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534  # the user "nobody" on Debian
# What every script starts with; sys.argv[1] is the plugin's folder, the rest the script's.
PREAMBLE = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, sys.argv[1])
import processing
from processing.core.Processing import Processing
Processing.initialize()
from heilbronn_digital.processing_algs.provider import HeilbronnProvider
provider = HeilbronnProvider()
QgsApplication.processingRegistry().addProvider(provider)
"""


def ordinary_folder() -> tuple[Path, Path]:
    """(base, home): a new folder outside pytest's, and a home with its runtime folder."""
    base = Path(tempfile.mkdtemp(prefix="heilbronn-readonly-"))
    home = base / "home"
    (home / "xdg").mkdir(parents=True, mode=0o700)
    return base, home


def run_as_ordinary_user(script: str, arguments: list[str], base: Path, owned: list[Path],
                         environment: dict) -> subprocess.CompletedProcess:
    """``PREAMBLE + script`` with the plugin folder and ``arguments``; ``owned`` (with
    ``base`` and its home) are handed to that user first."""
    from plugin_dev import PLUGIN_PATH

    home = base / "home"
    env = {**environment, "HOME": str(home), "XDG_RUNTIME_DIR": str(home / "xdg")}
    command = [sys.executable, "-c", PREAMBLE + script, str(PLUGIN_PATH), *arguments]
    if os.geteuid() == 0:
        for path in (base, home, home / "xdg", *owned):
            os.chown(path, NOBODY, NOBODY)
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                          cwd=base)



@dataclass
class ReadOnlyStore:
    """A copy of a GeoPackage (``store``) that an ordinary user may not change, in a folder
    of :func:`ordinary_folder` (``base``, with that user's ``home``); ``before`` is its
    content when it was made read-only."""

    base: Path
    home: Path
    store: Path
    before: bytes

    def run(self, script: str, arguments: list[str], environment: dict,
            also_owned: tuple[Path, ...] = ()) -> subprocess.CompletedProcess:
        """:func:`run_as_ordinary_user`, handing the store, its folder and ``also_owned`` to
        that user."""
        return run_as_ordinary_user(script, arguments, self.base,
                                    [self.store.parent, self.store, *also_owned], environment)


@contextmanager
def read_only_store(gpkg: Path, name: str, folder: str | None = None
                    ) -> Iterator[ReadOnlyStore]:
    """A copy of ``gpkg`` named ``name``: the file read-only, or with ``folder`` a writable
    file in a read-only folder of that name; everything removed afterwards."""
    base, home = ordinary_folder()
    parent = base / folder if folder else base
    try:
        parent.mkdir(exist_ok=True)
        store = parent / name
        shutil.copy(gpkg, store)
        (parent if folder else store).chmod(0o555 if folder else 0o444)
        yield ReadOnlyStore(base, home, store, store.read_bytes())
    finally:
        if folder:
            parent.chmod(0o755)
        shutil.rmtree(base)
