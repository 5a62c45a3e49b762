"""Read the floorplan layers (spaces, openings, connectors, hazards) into the routing engine's
arrays, in one metric CRS, every level at once."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..heilbronn_digital_plugin.analysis.indoor_graph import Floorplan, floorplan
from ..heilbronn_digital_plugin.store.floor_levels import all_levels_layer, own_filter
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import GeometryType
from .common import layer_label


def all_levels(layer: QgsVectorLayer, feedback: QgsProcessingFeedback) -> QgsVectorLayer:
    """The layer without its level filter: the store's layers and the level switcher show one
    level at a time, but a route needs them all. A filter of the layer's own (e.g. hazards
    that are cleared) is kept."""
    subset = layer.subsetString()
    if subset == own_filter(layer):
        return layer
    unfiltered = all_levels_layer(layer)
    if unfiltered is None:
        feedback.pushWarning(tr(
            "The layer “{layer}” shows only some levels ({subset}), and the route cannot lift "
            "that filter: it uses only what the layer shows. Show all levels to route across "
            "them.").format(layer=layer_label(layer), subset=subset))
        return layer
    feedback.pushInfo(tr("The layer “{layer}” shows only some levels ({subset}); the route "
                         "uses every level.").format(layer=layer_label(layer), subset=subset))
    if layer.isModified():
        feedback.pushWarning(tr(
            "The layer “{layer}” has edits that are not saved yet; the route reads the saved "
            "floorplan. Save the edits to route with them.").format(layer=layer_label(layer)))
    return unfiltered


def read_floorplan(spaces: QgsVectorLayer, openings: QgsVectorLayer,
                   connectors: QgsVectorLayer, hazards: QgsVectorLayer | None,
                   crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                   feedback: QgsProcessingFeedback) -> Floorplan:
    """All four layers in ``crs``; features without a level are left out and counted."""
    return floorplan(_spaces(spaces, crs, context, feedback),
                     _openings(openings, crs, context, feedback),
                     _connectors(connectors, crs, context, feedback),
                     _hazards(hazards, crs, context, feedback) if hazards is not None else [])


def _features(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem,
              context: QgsProcessingContext, feedback: QgsProcessingFeedback,
              required: tuple[str, ...]):
    """(attributes by name, geometry) of every feature with a geometry and an ordinal."""
    names = layer.fields().names()
    for name in required:
        if name not in names:
            raise QgsProcessingException(tr(
                "The layer “{layer}” has no field “{field}”. Floorplan layers need the store's "
                "fields (building_id, level_id, ordinal, …): import the floorplan with the "
                "plugin's importer, or add the field.").format(layer=layer_label(layer),
                                                               field=name))
    request = QgsFeatureRequest()
    if layer.crs() != crs:
        request.setDestinationCrs(crs, context.transformContext())
    skipped = 0
    for feature in layer.getFeatures(request):
        if feedback.isCanceled():
            return
        geometry = feature.geometry()
        values = {name: _value(feature[name]) for name in names}
        if geometry is None or geometry.isEmpty() or values.get("ordinal") is None:
            skipped += 1
            continue
        yield values, geometry
    if skipped:
        feedback.pushWarning(tr(
            "{count} features of “{layer}” have no geometry or no level (ordinal) and are left "
            "out of the route.").format(count=skipped, layer=layer_label(layer)))


def _value(value):
    """NULL (a QVariant or None) as None."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value


def _text(value) -> str:
    return "" if value is None else str(value)


def _flag(value) -> int:
    """1, 0, or -1 when unknown."""
    if value is None or value == "":
        return -1
    try:
        return 1 if int(value) else 0
    except (TypeError, ValueError):
        return -1


def _spaces(layer, crs, context, feedback) -> list[dict]:
    records = []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
        if QgsWkbTypes.geometryType(geometry.wkbType()) != GeometryType.Polygon:
            continue
        rings = _polygon_rings(geometry)
        if rings:
            records.append({
                "id": _text(values.get("space_id")) or f"#{len(records) + 1}",
                "name": _text(values.get("name")), "category": _text(values.get("category")),
                "building": _text(values.get("building_id")),
                "level": _text(values.get("level_id")), "ordinal": values["ordinal"],
                "accessible": _flag(values.get("accessible")),
                "rings": [ring for ring, _ in rings], "holes": [hole for _, hole in rings]})
    if not records and not feedback.isCanceled():
        raise QgsProcessingException(tr(
            "The spaces layer “{layer}” has no polygons with a level (ordinal): there is no "
            "floorplan to route in.").format(layer=layer_label(layer)))
    return records


def _polygon_rings(geometry: QgsGeometry) -> list[tuple[np.ndarray, bool]]:
    """Every ring of a (multi)polygon without its closing vertex, and whether it is a hole;
    rings of fewer than three distinct vertices are dropped."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    rings = []
    for polygon in polygons:
        for number, ring in enumerate(polygon):
            points = np.array([(p.x(), p.y()) for p in ring], dtype=float)
            if len(points) > 1 and np.array_equal(points[0], points[-1]):
                points = points[:-1]
            if len(np.unique(points, axis=0)) >= 3:
                rings.append((points, number > 0))
    return rings


def _openings(layer, crs, context, feedback) -> list[dict]:
    records = []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
        line = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        points = [p for part in line for p in part]
        if len(points) < 2:
            continue
        # A door drawn as a polyline counts from its first to its last vertex.
        records.append({
            "id": _text(values.get("opening_id")) or f"#{len(records) + 1}",
            "category": _text(values.get("category")), "ordinal": values["ordinal"],
            "width": values.get("width_m"), "accessible": _flag(values.get("accessible")),
            "a": (points[0].x(), points[0].y()), "b": (points[-1].x(), points[-1].y())})
    return records


def _connectors(layer, crs, context, feedback) -> list[dict]:
    records = []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal", "shaft_id")):
        point = geometry.centroid().asPoint()
        records.append({
            "id": _text(values.get("connector_id")) or f"#{len(records) + 1}",
            "kind": _text(values.get("kind")), "name": _text(values.get("name")),
            "shaft": _text(values.get("shaft_id")), "ordinal": values["ordinal"],
            "accessible": _flag(values.get("accessible")), "xy": (point.x(), point.y())})
    return records


def _hazards(layer, crs, context, feedback) -> list[dict]:
    records = []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
        vertices = [(v.x(), v.y()) for v in geometry.vertices()]
        if vertices:
            records.append({
                "id": _text(values.get("hazard_id")) or f"#{len(records) + 1}",
                "name": _text(values.get("kind")) or _text(values.get("description")),
                "ordinal": values["ordinal"], "buffer": values.get("buffer_m"),
                "vertices": vertices})
    return records
