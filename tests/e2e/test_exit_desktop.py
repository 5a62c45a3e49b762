"""Quitting the real QGIS desktop while a live parking refresh waits on a server that never
answers (a server on 127.0.0.1 that accepts and stays silent): QGIS must be gone within
5 seconds, without asking (exit_script.py quits with *Exit QGIS*, as a person would)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, run_desktop
from silent_server import SilentServer

SCRIPT = Path(__file__).with_name("exit_script.py")
OUT = E2E_OUT / "exit"
EXIT_WITHIN_S = 5.0


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("exit")
    accepted = tmp / "accepted"
    server = SilentServer()
    # The script learns through a file that the server holds its request (it cannot see the
    # test's memory); the file appears with the first accepted connection.
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set() and not server.accepted:
            time.sleep(0.05)
        if server.accepted:
            accepted.touch()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return run_desktop(tmp, SCRIPT, OUT, env={"HEILBRONN_E2E_SILENT": server.base,
                                                  "HEILBRONN_E2E_ACCEPTED": str(accepted)},
                           timeout_s=300)
    finally:
        stop.set()
        server.close()


def test_the_refresh_was_hanging_on_the_server_when_qgis_was_asked_to_quit(desktop):
    result = desktop["result"]
    assert result["errors"] == [], "\n".join(result["errors"])
    assert result["steps"] == ["start a refresh", "quit"]
    assert result["refresh_hanging"], result
    assert result["active_tasks"], result


def test_qgis_quit_without_asking_and_within_five_seconds(desktop):
    result = desktop["result"]
    assert "question" not in result, f"QGIS asked: {result.get('question')}"
    assert desktop["exited"] - result["quit_at"] < EXIT_WITHIN_S
    assert desktop["returncode"] == 0, desktop["stderr"]
    assert "Traceback" not in desktop["stderr"]
