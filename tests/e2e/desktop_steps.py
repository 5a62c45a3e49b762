"""The steps of a scenario in the real desktop, one after the other: each step acts, then the
next waits until the step's condition holds, polled on the GUI thread, for at most
``timeout_s``. An exception or a timeout is recorded and ends the scenario (``finish``), so the
test sees what broke and QGIS never waits for good; so does the watchdog of :meth:`start`.

:meth:`Steps.rendered` is the condition of a step that changes the map: the canvas finished a
render after the step began and has been quiet since. :func:`zoom_to` puts the map on a layer;
:func:`start_goldbeck` starts the live parking panel on the GOLDBECK feed a test serves."""

import sys
import time
from collections.abc import Callable
from pathlib import Path

import qgis.utils
from desktop_recorder import finish, record_exception, result
from qgis.core import QgsMapLayer
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QDockWidget

POLL_MS = 100
# Quiet time after a finished render: a repaint that QGIS queued meanwhile starts within it.
SETTLE_S = 1.0


def zoom_to(layer: QgsMapLayer, scale: float) -> None:
    """Show ``layer``'s extent, widened by ``scale``, and redraw."""
    canvas = qgis.utils.iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())
    extent.scale(scale)
    canvas.setExtent(extent)
    canvas.refresh()


def parking_dock() -> QDockWidget | None:
    """The live parking panel (None before the plugin made it)."""
    return qgis.utils.iface.mainWindow().findChild(QDockWidget, "HeilbronnParkingLive")


def start_goldbeck(feed: str, store: Path) -> None:
    """Set the open live parking panel to the GOLDBECK feed served at ``feed`` (its
    /facilities and /occupancies), refreshing into ``store``, and press start: it refreshes
    now and next in ten minutes, so a scenario sees only the refreshes it asks for."""
    live = parking_dock()
    live.format_combo.setCurrentIndex(live.format_combo.findData("goldbeck"))
    live.url_edit.setText(f"{feed}/facilities")
    live.second_edit.setText(f"{feed}/occupancies")
    live.store_widget.setFilePath(str(store))
    live.interval_spin.setValue(600)
    live.start_button.click()


class Steps:
    def __init__(self, parent: QObject, timeout_s: float, settle_s: float = SETTLE_S) -> None:
        self.pending: list[tuple[str, Callable[[], object], Callable[[], bool]]] = []
        self.timeout_s = timeout_s
        self.settle_s = settle_s
        # When the running step began (time.monotonic()), for conditions that need it.
        self.since = 0.0
        self._rendered_at = 0.0
        self._condition: Callable[[], bool] = lambda: True
        self._poll = QTimer(parent)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._polled)
        qgis.utils.iface.mapCanvas().mapCanvasRefreshed.connect(self.mark_rendered)

    def add(self, name: str, action: Callable[[], object],
            condition: Callable[[], bool] = lambda: True) -> None:
        self.pending.append((name, action, condition))

    def start(self, delay_ms: int, watchdog_ms: int) -> None:
        """Run the first step after ``delay_ms`` (QGIS finishing its start); end the scenario
        after ``watchdog_ms`` whatever it is doing."""
        QTimer.singleShot(watchdog_ms, self._watchdog)
        QTimer.singleShot(delay_ms, self._run_next)

    @staticmethod
    def redrawn(action: Callable[[], object]) -> Callable[[], None]:
        """``action``, then a new render of the canvas: for a step whose condition is
        :meth:`rendered` and whose action may leave the canvas as it is (a render that
        finished before the step began does not count)."""
        def act() -> None:
            action()
            qgis.utils.iface.mapCanvas().refresh()
        return act

    def rendered(self) -> bool:
        """The canvas finished a render after the step began and has been quiet since."""
        canvas = qgis.utils.iface.mapCanvas()
        return bool(canvas.layers()) and not canvas.isDrawing() and self.quiet()

    def quiet(self) -> bool:
        """A render finished after the step began and none for ``settle_s`` since, whether
        the canvas draws again or not: for a map that keeps drawing (a time range that
        plays)."""
        return (self._rendered_at > self.since
                and time.monotonic() - self._rendered_at > self.settle_s)

    def mark_rendered(self) -> None:
        """Count now as a finished render (each render of the canvas does): for a moment
        after which the map may never finish one, such as an animation starting."""
        self._rendered_at = time.monotonic()

    def _watchdog(self) -> None:
        result["errors"].append("watchdog: timed out")
        finish()

    def _run_next(self) -> None:
        if not self.pending:
            finish()
            return
        name, action, condition = self.pending.pop(0)
        result["steps"].append(name)
        self.since = time.monotonic()
        try:
            action()
        except Exception:
            record_exception(*sys.exc_info())
            finish()
            return
        self._condition = condition
        self._poll.start()

    def _polled(self) -> None:
        try:
            done = self._condition()
        except Exception:
            self._poll.stop()
            record_exception(*sys.exc_info())
            finish()
            return
        if done:
            self._poll.stop()
            self._run_next()
        elif time.monotonic() - self.since > self.timeout_s:
            self._poll.stop()
            result["errors"].append(f"step {result['steps'][-1]!r} did not finish")
            finish()
