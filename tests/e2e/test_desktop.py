"""The real QGIS desktop, under Xvfb, with the packaged plugin in a throwaway profile.

QGIS runs once, in German (the Vernissage setting). desktop_startup.py (PYQGIS_STARTUP) records
every Python error, warning and log message from before the plugins load; desktop_script.py
(--code) clicks *Load Heilbronn demo project* and *Open the Heilbronn Digital algorithms*, waits
for the map canvas to finish drawing, grabs the window to build/e2e/desktop.png and the canvas to
build/e2e/canvas.png, unloads the plugin and writes what it saw to build/e2e/result.json.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from http_server import FeedServer, Reply
from plugin_dev import PLUGIN_NAME, REPO
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("desktop_script.py")
STARTUP = Path(__file__).with_name("desktop_startup.py")
OUT = REPO / "build" / "e2e"
OUR_LOG_TAGS = {"Heilbronn Digital", "Python error", "Python warning"}
QGIS_TIMEOUT_S = 600
# A drawn map (streets, points, labels, antialiased) has hundreds of colours on this grid; a
# blank, half-painted or single-colour canvas has a handful.
PIXEL_STEP = 4
MIN_COLOURS = 64
MAX_BACKGROUND_SHARE = 0.95
# Settings from the parent that would point QGIS at another profile, display or plugin folder.
PARENT_OVERRIDES = (
    "QT_QPA_PLATFORM",
    "QGIS_CUSTOM_CONFIG_PATH",
    "QGIS_OPTIONS_PATH",
    "QGIS_PLUGINPATH",
)

pytestmark = pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (`make test` installs it)"
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


def goldbeck_feed(fixtures: Path) -> FeedServer:
    """The GOLDBECK feed on 127.0.0.1, its real fixture payloads at /facilities and
    /occupancies, for desktop_steps.start_goldbeck; the caller closes it."""
    server = FeedServer()
    folder = fixtures / "parkapi"
    for name in ("facilities", "occupancies"):
        server.routes[f"/{name}"] = Reply(
            body=(folder / f"heilbronn_goldbeck_{name}.json").read_bytes())
    return server


def run_desktop(tmp: Path, script: Path, out: Path, *, lang: str = "de",
                env: dict[str, str] | None = None, timeout_s: float = QGIS_TIMEOUT_S) -> dict:
    """Run the real QGIS desktop under Xvfb with the packaged plugin in a throwaway profile
    under ``tmp``, in language ``lang``, with ``script`` as its --code; the recorder writes
    ``out``/result.json. Returns the exit code, stderr, the result and the moment (time.time())
    QGIS had exited."""
    plugin_dir = install_packaged_plugin(tmp / "profiles", tmp / "dist")
    out.mkdir(parents=True, exist_ok=True)
    (out / "result.json").unlink(missing_ok=True)
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


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> dict:
    shutil.rmtree(OUT, ignore_errors=True)
    return run_desktop(tmp_path_factory.mktemp("desktop"), SCRIPT, OUT)


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


def test_qgis_ran_without_python_errors(desktop: dict) -> None:
    result = desktop["result"]
    assert desktop["returncode"] == 0, desktop["stderr"]
    assert result["errors"] == []
    assert result["steps"] == [
        "cancel keeps unsaved work",
        "open demo project",
        "screenshot",
        "unload",
    ]
    assert "Traceback" not in desktop["stderr"]


def test_no_warning_from_our_code(desktop: dict) -> None:
    result = desktop["result"]
    assert any(entry["message"] == "e2e-log-probe" for entry in result["log"])
    problems = [
        entry for entry in result["log"]
        if entry["level"] >= 1  # Qgis.MessageLevel.Warning and worse
        and (entry["tag"] in OUR_LOG_TAGS or "heilbronn" in entry["message"].lower())
    ]  # fmt: skip
    assert problems == []
    assert [w for w in result["warnings"] if PLUGIN_NAME in w] == []
    stderr_lines = desktop["stderr"].splitlines()
    assert [line for line in stderr_lines if "heilbronn" in line.lower()] == []


def test_the_packaged_plugin_loaded_in_german(desktop: dict) -> None:
    result = desktop["result"]
    assert result["plugin_loaded"] and result["plugin_active"]
    assert result["menu_in_menu_bar"]
    assert result["menu_texts"][0] == "Heilbronn-Demoprojekt laden"


def test_the_demo_project_action_asks_before_dropping_unsaved_work(desktop: dict) -> None:
    result = desktop["result"]
    assert result["asked_to_save"]
    assert result["kept_after_cancel"] == ["unsaved work"]


def test_the_demo_project_opened_and_rendered(desktop: dict) -> None:
    result = desktop["result"]
    project = Path(result["project_file"])
    # A working copy in the profile (…/profiles/default/heilbronn_digital/demo), never the
    # plugin's own file.
    profile = desktop["plugin_dir"].parents[2]
    assert project == profile / "heilbronn_digital" / "demo" / "heilbronn_demo.qgz"
    assert result["layers"] and all(result["layers"].values()), result["layers"]
    assert result["canvas_layers"]
    # QGIS titles its window with the project's title, or its file name when it has none.
    assert (result["project_title"] or project.stem) in result["window_title"]
    assert result["screenshot_saved"]


def test_the_canvas_shows_the_drawn_map(desktop: dict) -> None:
    result = desktop["result"]
    assert result.get("canvas_rendered"), f"no finished render in {result.get('render_wait_s')} s"
    assert result["canvas_saved"]
    canvas = QImage(str(OUT / "canvas.png"))
    assert canvas.width() > 200 and canvas.height() > 200
    colours = Counter(
        canvas.pixel(x, y)
        for x in range(0, canvas.width(), PIXEL_STEP)
        for y in range(0, canvas.height(), PIXEL_STEP)
    )
    background = colours.most_common(1)[0][1] / sum(colours.values())
    assert len(colours) >= MIN_COLOURS and background < MAX_BACKGROUND_SHARE, (
        f"{len(colours)} colours, {background:.0%} background: see {OUT / 'canvas.png'}"
    )


def test_the_algorithms_action_filtered_the_toolbox(desktop: dict) -> None:
    result = desktop["result"]
    assert result["toolbox_visible"]
    assert result["toolbox_filter"] == "heilbronn"


def test_unloading_twice_removed_menu_toolbar_and_provider(desktop: dict) -> None:
    result = desktop["result"]
    # One action per menu entry: demo project, layers, two imports, level switcher, live
    # parking, Vernissage, publish and serve open data, algorithms, help.
    loaded = {"menu": True, "toolbar": True, "actions": 11, "provider": True}
    gone = {"menu": False, "toolbar": False, "actions": 0, "provider": False}
    assert result["unloaded"]
    assert result["footprints"] == [loaded, gone, loaded, gone]
