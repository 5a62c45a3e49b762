"""What every ``heilbronn:`` algorithm shares: a fresh instance of its own class, and its group."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback

from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from .styling import aliases_on_load


def group_name(group_id: str) -> str:
    """The translated name of the Processing group ``group_id``."""
    return {
        "density": tr("Density and hotspots"),
        "import": tr("Import and sync"),
        "parking": tr("Smart parking"),
        "indoor": tr("Indoor navigation"),
        "opendata": tr("Open data"),
    }[group_id]


class HeilbronnAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: a subclass sets ``GROUP_ID`` (a group of
    :func:`group_name`) and keeps its own id, display name, tags and help."""

    GROUP_ID = ""

    def createInstance(self) -> HeilbronnAlgorithm:
        return type(self)()

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:
        return self.GROUP_ID

    def postProcessAlgorithm(self, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback) -> dict:
        # Outputs without a style get their field aliases (styled ones get them with it).
        aliases_on_load(context)
        return {}
