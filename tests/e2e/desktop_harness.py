"""What the real-desktop tests share: run QGIS under Xvfb with the packaged plugin in a
throwaway profile and a scenario script, and judge that the scenario ran cleanly.

Each test module has its own output folder under build/e2e/ (screenshots, result.json,
qgis-stderr.txt), which ``run_desktop`` empties first. desktop_startup.py (PYQGIS_STARTUP)
records, inside QGIS, every Python error, warning and log message from before the plugins
load. The Xvfb skip and the shared fixtures are in this folder's conftest.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from plugin_dev import PLUGIN_NAME, REPO

E2E_OUT = REPO / "build" / "e2e"
STARTUP = Path(__file__).with_name("desktop_startup.py")
QGIS_TIMEOUT_S = 600
# A drawn map (streets, points, labels, antialiased) has hundreds of colours on this grid; a
# blank, half-painted or single-colour canvas has a handful.
PIXEL_STEP = 4
MIN_COLOURS = 64
# Settings from the parent that would point QGIS at another profile, display or plugin folder.
PARENT_OVERRIDES = (
    "QT_QPA_PLATFORM",
    "QGIS_CUSTOM_CONFIG_PATH",
    "QGIS_OPTIONS_PATH",
    "QGIS_PLUGINPATH",
)


def install_packaged_plugin(profiles: Path, dist: Path) -> Path:
    """Unzip `make package`'s zip into the default profile and enable it; return its folder."""
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(dist)],
        check=True,
        capture_output=True,
    )
    (archive,) = dist.glob("*.zip")
    profile = profiles / "profiles" / "default"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(profile / "python" / "plugins")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(f"[PythonPlugins]\n{PLUGIN_NAME}=true\n")
    return profile / "python" / "plugins" / PLUGIN_NAME


def run_desktop(tmp: Path, script: Path, out: Path, *, lang: str = "de",
                env: dict[str, str] | None = None, timeout_s: float = QGIS_TIMEOUT_S) -> dict:
    """Run the real QGIS desktop under Xvfb with the packaged plugin in a throwaway profile
    under ``tmp``, in language ``lang``, with ``script`` as its --code. ``out`` is the
    module's own folder under build/e2e/, emptied first (nothing of an earlier run can pass
    for this one's); the scenario writes its screenshots there and the recorder result.json.
    Returns the exit code, stderr, the result and the moment (time.time()) QGIS had exited."""
    if not out.is_relative_to(E2E_OUT) or out == E2E_OUT:
        raise ValueError(f"{out} is not a folder of its own under {E2E_OUT}")
    plugin_dir = install_packaged_plugin(tmp / "profiles", tmp / "dist")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (tmp / "home").mkdir()
    (tmp / "xdg").mkdir(mode=0o700)
    environment = {k: v for k, v in os.environ.items() if k not in PARENT_OVERRIDES}
    environment.update(
        HOME=str(tmp / "home"),
        XDG_RUNTIME_DIR=str(tmp / "xdg"),
        HEILBRONN_E2E_OUT=str(out),
        PYQGIS_STARTUP=str(STARTUP),
        PYTHONWARNINGS="default",
        **(env or {}),
    )
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
        "qgis", "--noversioncheck", "--nologo", "--lang", lang,
        "--profiles-path", str(tmp / "profiles"), "--code", str(script),
    ]  # fmt: skip
    done = subprocess.run(command, env=environment, capture_output=True, text=True,
                          timeout=timeout_s)
    exited = time.time()
    (out / "qgis-stderr.txt").write_text(done.stderr)
    result_file = out / "result.json"
    assert result_file.is_file(), f"QGIS wrote no result (exit {done.returncode}):\n{done.stderr}"
    return {
        "returncode": done.returncode,
        "stderr": done.stderr,
        "result": json.loads(result_file.read_text()),
        "plugin_dir": plugin_dir,
        "exited": exited,
    }


def assert_clean_scenario(desktop: dict, last_step: str) -> None:
    """A scenario script in the desktop ran to ``last_step`` without a Python error and
    without a warning from our code. Python warnings from QGIS's own code (QGIS 3.44 under
    Python 3.14 warns about its own codecs.open) are not ours: they name no file of ours."""
    result = desktop["result"]
    assert result["errors"] == [], "\n".join(result["errors"])
    assert desktop["returncode"] == 0, desktop["stderr"]
    assert result["steps"][-1] == last_step
    assert "Traceback" not in desktop["stderr"]
    ours = [entry for entry in result["log"]
            if entry["level"] >= 1 and (
                entry["tag"] == "Heilbronn Digital"
                or (entry["tag"].startswith("Python")
                    and (entry["level"] >= 2 or "heilbronn" in entry["message"].lower())))]
    assert ours == []
