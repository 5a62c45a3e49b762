"""Runs inside the real QGIS desktop (``qgis --code exit_script.py``), driven by
tests/e2e/test_exit_desktop.py, which runs a server on 127.0.0.1 that accepts and never
answers (HEILBRONN_E2E_SILENT): starts a live parking refresh from it, waits until the
request hangs on the server, writes what it saw (with the moment it quits) and quits QGIS
with *Project ▸ Exit QGIS* as a person would. The test measures how long QGIS takes to go.
"""

import os
import sys
import time

import qgis.utils

# On sys.path since PYQGIS_STARTUP ran desktop_startup.py: QGIS fails this import otherwise.
from desktop_recorder import OUT, record_exception, result, write_result
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget

SILENT = os.environ["HEILBRONN_E2E_SILENT"]
POLL_MS = 100
WAIT_S = 60
iface = qgis.utils.iface
poll = QTimer(iface.mainWindow())
poll.setInterval(POLL_MS)
started = {}


def dock() -> QDockWidget:
    return iface.mainWindow().findChild(QDockWidget, "HeilbronnParkingLive")


def start_refresh() -> None:
    result["steps"].append("start a refresh")
    iface.mainWindow().findChild(QAction, "mActionHeilbronnParkingLive").trigger()
    live = dock()
    live.format_combo.setCurrentText("parkapi")
    live.url_edit.setText(f"{SILENT}/parking")
    live.store_widget.setFilePath(str(OUT / "exit.gpkg"))
    live.start_button.click()
    started["at"] = time.monotonic()
    poll.start()


def waiting() -> None:
    """Quit once the request hangs on the silent server (the test's server counts it)."""
    task = dock().refresher._task
    hanging = task is not None and task.status() == QgsTask.TaskStatus.Running and \
        os.path.exists(os.environ["HEILBRONN_E2E_ACCEPTED"])
    if not hanging and time.monotonic() - started["at"] < WAIT_S:
        return
    poll.stop()
    result["steps"].append("quit")
    result["refresh_hanging"] = hanging
    result["active_tasks"] = [t.description() for t in
                              QgsApplication.taskManager().activeTasks()]
    # Still running 3 s later: a question QGIS asks (unsaved project, running tasks) is
    # recorded and the run ends, so that the test fails at once instead of waiting.
    QTimer.singleShot(3000, record_question)
    result["quit_at"] = time.time()
    write_result()
    iface.actionExit().trigger()


def record_question() -> None:
    """QGIS is still here 3 s after *Exit*: record the question it asks, then end the run
    (the test fails on the question)."""
    question = QApplication.activeModalWidget()
    result["question"] = question.windowTitle() if question is not None else "(none)"
    write_result()
    if question is not None:
        question.reject()
    QgsApplication.taskManager().cancelAll()
    QgsApplication.exit(1)


poll.timeout.connect(lambda: _guarded(waiting))


def _guarded(function) -> None:
    try:
        function()
    except Exception:
        poll.stop()
        record_exception(*sys.exc_info())
        write_result()
        QgsApplication.exit(1)


# Let QGIS finish starting (plugins, the empty project) before clicking.
QTimer.singleShot(2000, lambda: _guarded(start_refresh))
