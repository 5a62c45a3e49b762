"""The real QGIS desktop, under Xvfb, with the packaged plugin in a throwaway profile.

QGIS runs once, in German (the Vernissage setting). desktop_startup.py (PYQGIS_STARTUP) records
every Python error, warning and log message from before the plugins load; desktop_script.py
(--code) clicks *Load Heilbronn demo project* and *Open the Heilbronn Digital algorithms*, waits
for the map canvas to finish drawing, grabs the window to build/e2e/desktop/desktop.png and the
canvas to build/e2e/desktop/canvas.png, unloads the plugin and writes what it saw to
build/e2e/desktop/result.json.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, MIN_COLOURS, PIXEL_STEP, run_desktop
from plugin_dev import PLUGIN_NAME
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("desktop_script.py")
OUT = E2E_OUT / "desktop"
OUR_LOG_TAGS = {"Heilbronn Digital", "Python error", "Python warning"}
MAX_BACKGROUND_SHARE = 0.95


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return run_desktop(tmp_path_factory.mktemp("desktop"), SCRIPT, OUT)


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
