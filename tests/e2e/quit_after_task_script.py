"""Runs inside the real QGIS desktop (``qgis --code quit_after_task_script.py``), driven by
tests/e2e/test_quit_after_task_desktop.py, which serves the GOLDBECK feed on 127.0.0.1
(HEILBRONN_E2E_FEED): a planner who had QGIS open for a while refreshes the live parking data
and quits with *Project ▸ Exit QGIS* as soon as the list shows it.

"For a while" is what QGIS 3.40 needs to crash on quit (see toolbelt/tasks.py,
``end_idle_worker_threads``): a worker thread of the task manager sat idle until it ended, and
a task of ours started it again. Idle worker threads end after 30 s; the script shortens that
to one second and lets a first refresh park the threads (QGIS's news feed's among them) under
the short time, so that the second refresh starts an ended one, as it would after 30 s.

Everything goes into ``desktop_recorder.result`` and from there into result.json; the test
judges the exit code.
"""

import os
import time

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, result, write_result
from desktop_steps import Steps, start_goldbeck
from desktop_steps import parking_dock as dock
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QThreadPool
from qgis.PyQt.QtWidgets import QAction

FEED = os.environ["HEILBRONN_E2E_FEED"]
STORE = OUT / "quit_after_task.gpkg"
IDLE_EXPIRY_MS = 1000
STEP_TIMEOUT_S = 60
WATCHDOG_MS = 240_000
iface = qgis.utils.iface
steps = Steps(iface.mainWindow(), STEP_TIMEOUT_S)


def idle() -> bool:
    return not dock().refresher.busy


def task_threads() -> QThreadPool:
    """The pool the task manager runs tasks in: its own since QGIS 3.40, Qt's global one
    before."""
    manager = QgsApplication.taskManager()
    return manager.threadPool() if hasattr(manager, "threadPool") else \
        QThreadPool.globalInstance()


def first_refresh() -> None:
    task_threads().setExpiryTimeout(IDLE_EXPIRY_MS)
    iface.mainWindow().findChild(QAction, "mActionHeilbronnParkingLive").trigger()
    start_goldbeck(FEED, STORE)


def record_first() -> None:
    result["first_rows"] = dock().table.rowCount()
    result["idle_since"] = time.monotonic()


def threads_ended() -> bool:
    # Three times the idle time: the worker threads have ended, none is left waiting.
    return time.monotonic() - result["idle_since"] > 3 * IDLE_EXPIRY_MS / 1000


def second_refresh() -> None:
    dock().refresh_button.click()


def quit_qgis() -> None:
    result["second_rows"] = dock().table.rowCount()
    result["second_status"] = dock().status_label.text()
    result["quit_at"] = time.time()
    write_result()
    iface.actionExit().trigger()


steps.pending.extend([
    ("first refresh", first_refresh, lambda: idle() and dock().table.rowCount() > 0),
    ("record first", record_first, lambda: True),
    ("let the worker threads end", lambda: None, threads_ended),
    ("second refresh", second_refresh, idle),
    # QGIS goes, or this step times out (a question it asks) and the run records that.
    ("quit", quit_qgis, lambda: False),
])
# Let QGIS finish starting (plugins, the empty project, the news feed) before clicking.
steps.start(2000, WATCHDOG_MS)
