"""Messages for the QGIS message log, under the plugin's own tab."""

from qgis.core import Qgis, QgsMessageLog

from .redact import redact

TAG = "Heilbronn Digital"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """Write ``message`` to the *Heilbronn Digital* tab of the QGIS log panel, with any key
    in a URL hidden (the log panel is shown in screen shares and saved in bug reports)."""
    QgsMessageLog.logMessage(redact(message), TAG, level)
