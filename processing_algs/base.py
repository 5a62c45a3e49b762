"""What every ``heilbronn:`` algorithm shares: a fresh instance of its own class, and its group."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from .styling import aliases_on_load, style_fields


def group_name(group_id: str) -> str:
    """The translated name of the Processing group ``group_id``."""
    return {
        "density": tr("Density and hotspots"),
        "import": tr("Import and sync"),
        "parking": tr("Smart parking"),
        "indoor": tr("Indoor navigation"),
        "opendata": tr("Open data"),
    }[group_id]


# The longest field name a shapefile's dBase table keeps.
SHAPEFILE_NAME = 10


class HeilbronnAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: a subclass sets ``GROUP_ID`` (a group of
    :func:`group_name`) and keeps its own id, display name, tags and help."""

    GROUP_ID = ""
    # The style each vector output gets (output parameter → style name): a shapefile output
    # that would cut a field the style reads is refused (see parameterAsSink).
    SINK_STYLES: dict[str, str] = {}

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

    def parameterAsSink(self, parameters: dict, name: str, context, fields: QgsFields,
                        *args, **kwargs):
        """The output sink, refused where a shapefile would cut the name of a field its style
        reads (``search_veh_h`` → ``search_veh``: every segment would draw as no data)."""
        output = self.parameterAsOutputLayer(parameters, name, context) or ""
        if name in self.SINK_STYLES and \
                Path(output.split("|", 1)[0]).suffix.lower() in (".shp", ".dbf"):
            styled = style_fields(style_path(self.SINK_STYLES[name]))
            long = [field.name() for field in fields
                    if len(field.name()) > SHAPEFILE_NAME and field.name() in styled]
            if long:
                raise QgsProcessingException(tr(
                    "A shapefile cuts field names to {limit} characters, and the style reads "
                    "{fields} by its whole name. Choose a GeoPackage (.gpkg) output instead "
                    "of {path}.").format(
                        limit=SHAPEFILE_NAME, fields=", ".join(long), path=output))
        return super().parameterAsSink(parameters, name, context, fields, *args, **kwargs)
