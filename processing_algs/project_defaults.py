"""What an algorithm's dialog offers first: the matching layer of the current project, and the
project's store (a GeoPackage or a PostGIS store).

A layer is recognised by the store's schema, never by the name it has in the layer tree (a
planner renames layers, and the names are translated): the table recorded when the plugin added
it, else the store table named in its source, else the store table's fields and geometry (a
layer derived from a store layer, e.g. by *Extract by expression*, keeps them). The plugin's
own shipped files are never offered: they are not the planner's data, and edits to them are
lost with the next update.

Defaults are read when a dialog opens (Processing builds a fresh algorithm for it). Scripts
run without a project (``qgis_process``) see none of them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..heilbronn_digital_plugin.store import schema
from ..heilbronn_digital_plugin.store.layers import LAYER_PROPERTY, store_text
from ..heilbronn_digital_plugin.toolbelt.paths import PLUGIN_ROOT
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import GeometryType

# The layers that make up a store (a file of the plugin's schema), most telling first.
_STORE_TABLES = ("citizen_reports", "parking_sites", "parking_occupancy", "indoor_spaces",
                 "indoor_openings", "indoor_connectors", "indoor_levels", "streets")


def store_table_of(layer: QgsMapLayer | None) -> str | None:
    """The store table ``layer`` shows (``parking_sites``, ``indoor_spaces``, …), or ``None``
    when it is no store layer. A view of the store (``parking_occupancy_map``) counts only by
    the property the plugin gave it."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    recorded = layer.customProperty(LAYER_PROPERTY)
    if recorded:
        return str(recorded)
    table = _source_table(layer)
    if table in {declaration.name for declaration in schema.LAYERS} and _fits(layer, table):
        return table
    for declaration in schema.LAYERS:
        if _fits(layer, declaration.name):
            return declaration.name
    return None


def project_layer(table: str, project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The first layer (top of the layer tree first) of ``project`` that shows the store table
    ``table`` and is not a file shipped with the plugin."""
    for layer in _tree_layers(project or QgsProject.instance()):
        if store_table_of(layer) == table and not is_shipped(layer):
            return layer
    return None


def project_store(project: QgsProject | None = None) -> str | None:
    """The store most of the project's store layers come from (a GeoPackage that is not a
    shipped file, or a PostGIS schema), as a STORE text, or ``None``: where imports write by
    default."""
    stores = Counter()
    for layer in _tree_layers(project or QgsProject.instance()):
        if store_table_of(layer) not in _STORE_TABLES or is_shipped(layer):
            continue
        store = store_text(layer)
        if store is not None:
            stores[store] += 1
    return stores.most_common(1)[0][0] if stores else None


def offer_project_layer(parameter: QgsProcessingParameterDefinition, table: str
                        ) -> QgsProcessingParameterDefinition:
    """``parameter`` with the project's layer of ``table`` as its default (when there is one)."""
    layer = project_layer(table)
    if layer is not None:
        parameter.setDefaultValue(layer.id())
    return parameter


def offer_project_store(parameter: QgsProcessingParameterDefinition
                        ) -> QgsProcessingParameterDefinition:
    """``parameter`` (a store destination) with the project's store as its default."""
    store = project_store()
    if store is not None:
        parameter.setDefaultValue(store)
    return parameter


def is_shipped(layer: QgsMapLayer) -> bool:
    """Whether ``layer`` reads a file inside the installed plugin (its sample data)."""
    path = _source_path(layer)
    try:
        return path is not None and path.is_relative_to(PLUGIN_ROOT.resolve())
    except (OSError, ValueError):
        return False


def _tree_layers(project: QgsProject) -> list[QgsMapLayer]:
    """Layers in layer tree order, then any not in the tree."""
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer()]
    seen = {layer.id() for layer in ordered}
    return ordered + [layer for layer_id, layer in sorted(project.mapLayers().items())
                      if layer_id not in seen]


def _source_parts(layer: QgsMapLayer) -> dict:
    return QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())


def _source_path(layer: QgsMapLayer) -> Path | None:
    path = _source_parts(layer).get("path")
    if not path:
        return None
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return None


def _source_table(layer: QgsMapLayer) -> str | None:
    parts = _source_parts(layer)
    return parts.get("layerName") or parts.get("table") or None


_GEOMETRY = {None: "none", "Point": "point", "MultiPoint": "point", "LineString": "line",
             "MultiLineString": "line", "Polygon": "polygon", "MultiPolygon": "polygon"}


def _fits(layer: QgsVectorLayer, table: str) -> bool:
    """Whether ``layer`` has every field and the geometry kind of the store table."""
    declaration = schema.layer(table)
    names = set(layer.fields().names())
    if not all(field.name in names for field in declaration.fields):
        return False
    kind = {GeometryType.Point: "point", GeometryType.Line: "line",
            GeometryType.Polygon: "polygon"}.get(layer.geometryType(), "none")
    return _GEOMETRY.get(declaration.geometry, "none") == kind
