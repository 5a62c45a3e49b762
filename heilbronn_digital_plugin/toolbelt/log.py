"""Messages for the QGIS message log, under the plugin's own tab."""

from qgis.core import Qgis, QgsMessageLog

TAG = "Heilbronn Digital"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """Write ``message`` to the *Heilbronn Digital* tab of the QGIS log panel."""
    QgsMessageLog.logMessage(message, TAG, level)
