"""The plugin's background tasks: marked as ours, never a reason for QGIS to hold its exit.

QGIS asks "Do you want to cancel these active tasks?" and stays open when a task is running
as the user quits; a live refresh waiting for a server that never answers would keep QGIS
open for good. Our tasks carry ``CancelWithoutPrompt`` (QGIS cancels them and quits) and a
property that finds them again: :func:`cancel_our_tasks` ends them all when the plugin
unloads, and the tests check after each test that none is left running. The worker threads
they ran in are ended too (:func:`end_idle_worker_threads`): QGIS 3.40 crashes on quit for
one left behind.
"""

from __future__ import annotations

import time

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop

TASK_PROPERTY = "heilbronn_digital_task"
# How long an unload waits for canceled tasks to end: a canceled network request aborts at
# once, a store write finishes its transaction within this time.
UNLOAD_WAIT_S = 2.0
_POLL_MS = 20


class PluginTask(QgsTask):
    """A cancelable task of this plugin; QGIS cancels it without asking when it quits."""

    def __init__(self, description: str) -> None:
        super().__init__(description,
                         QgsTask.Flag.CanCancel | QgsTask.Flag.CancelWithoutPrompt)
        self.setProperty(TASK_PROPERTY, True)


def our_tasks() -> list[QgsTask]:
    """The plugin's tasks that are queued, running or on hold in QGIS's task manager."""
    return [task for task in QgsApplication.taskManager().activeTasks()
            if task.property(TASK_PROPERTY)]


def cancel_our_tasks(wait_s: float = UNLOAD_WAIT_S) -> list[str]:
    """Cancel every task of ours and wait up to ``wait_s`` for them to end; the descriptions
    of those still running then (none, unless a task ignores its cancel)."""
    tasks = our_tasks()
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + wait_s
    # The task manager ends a task in the main thread (queued signals), so the event loop
    # runs while we wait; user input waits until the plugin has gone.
    while our_tasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents,
                                       _POLL_MS)
        time.sleep(_POLL_MS / 1000)
    return [task.description() for task in our_tasks()]


def end_idle_worker_threads() -> None:
    """End the task manager's idle worker threads, unless a task still runs.

    QGIS 3.40 (its own thread pool for tasks, the authentication database behind a storage
    object) dies on signal 11 when it quits after this: a worker thread first opened the
    authentication database (QGIS's news feed does at start), sat idle for 30 s and ended,
    and was started again for a later task, such as a film, a what-if or a refresh of ours.
    The clean-up the storage connected to that thread is then no longer known to the storage,
    which therefore cannot disconnect it, and it runs on the gone storage when QGIS joins the
    thread at its very end (QGIS 3.44 has it fixed). Joined now, the thread runs that clean-up
    while the storage exists, and the thread, with the connection, is deleted. The pool makes
    new threads for later tasks. QGIS 3.22 runs tasks in Qt's global pool and has no such
    storage: it has no ``threadPool`` and nothing is done.
    """
    thread_pool = getattr(QgsApplication.taskManager(), "threadPool", None)
    if thread_pool is not None:
        # 0 ms: with a task running (of another plugin, or QGIS's own) it waits for nothing
        # and ends nothing; idle, it ends and deletes every worker thread.
        thread_pool().waitForDone(0)
