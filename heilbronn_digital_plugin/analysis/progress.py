"""How the engine reports progress and learns of cancellation, without importing QGIS.

Any object with ``setProgress(percent)`` and ``isCanceled()`` will do; a
``QgsProcessingFeedback`` is one, so algorithms pass theirs straight through.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def setProgress(self, progress: float) -> None: ...

    def isCanceled(self) -> bool: ...


class Canceled(Exception):
    """The user canceled a long computation; nothing was written."""


class Silent:
    """Progress that goes nowhere, for notebooks and tests."""

    def setProgress(self, progress: float) -> None:
        pass

    def isCanceled(self) -> bool:
        return False


def step(progress: Progress, done: float, total: float, start: float = 0.0,
         span: float = 100.0) -> None:
    """Report ``done / total`` of a phase that spans ``span`` percent from ``start``,
    and raise :class:`Canceled` as soon as the user asks for it."""
    if progress.isCanceled():
        raise Canceled()
    progress.setProgress(start + span * done / max(total, 1))


class Slice:
    """Maps a phase's 0–100 % onto a slice (``start``, ``span`` percent) of a larger progress,
    e.g. of an algorithm's progress bar; cancellation passes straight through."""

    def __init__(self, progress: Progress, start: float, span: float):
        self.progress, self.start, self.span = progress, start, span

    def setProgress(self, progress: float) -> None:
        self.progress.setProgress(self.start + self.span * progress / 100.0)

    def isCanceled(self) -> bool:
        return self.progress.isCanceled()
