"""Quitting the real QGIS desktop right after a task of ours, late in a session: QGIS must end
with exit code 0. QGIS 3.40 died on signal 11 here (a worker thread the task manager ended
and started again; see ``end_idle_worker_threads`` in toolbelt/tasks.py), which the plugin
prevents when it unloads, as QGIS unloads it on quitting.

quit_after_task_script.py refreshes the live parking data twice from the GOLDBECK feed served
here on 127.0.0.1 (the real fixture payloads), the second time after the task manager's idle
worker threads have ended, and quits with *Project ▸ Exit QGIS* as soon as the list shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from http_server import FeedServer

SCRIPT = Path(__file__).with_name("quit_after_task_script.py")
OUT = E2E_OUT / "quit_after_task"
EXIT_WITHIN_S = 10.0


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory, goldbeck_feed: FeedServer) -> dict:
    return run_desktop(tmp_path_factory.mktemp("quit_after_task"), SCRIPT, OUT,
                       env={"HEILBRONN_E2E_FEED": goldbeck_feed.base})


def test_qgis_quit_cleanly_right_after_the_late_refresh(desktop: dict) -> None:
    assert_clean_scenario(desktop, "quit")
    assert desktop["exited"] - desktop["result"]["quit_at"] < EXIT_WITHIN_S


def test_both_refreshes_filled_the_list(desktop: dict) -> None:
    result = desktop["result"]
    assert result["first_rows"] > 0
    assert result["second_rows"] == result["first_rows"], result["second_status"]
