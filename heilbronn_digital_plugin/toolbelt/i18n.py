"""Translation helper: every user-visible string goes through :func:`tr`."""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "HeilbronnDigital"


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's one translation context (German and English ship)."""
    return QCoreApplication.translate(CONTEXT, text)
