"""A Processing feedback that keeps what an algorithm says, for tests to read."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback


class FeedbackLog(QgsProcessingFeedback):
    """Every info line in ``lines``, every warning in ``lines`` and ``warnings``."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, text: str) -> None:
        self.lines.append(text)
        super().pushInfo(text)

    def pushWarning(self, text: str) -> None:
        self.lines.append(text)
        self.warnings.append(text)
        super().pushWarning(text)
