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
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..heilbronn_digital_plugin.analysis.indoor_graph import (
    Connectors,
    Floorplan,
    Hazards,
    Openings,
    Spaces,
)
from ..heilbronn_digital_plugin.toolbelt.i18n import tr


def all_levels(layer: QgsVectorLayer, feedback: QgsProcessingFeedback) -> QgsVectorLayer:
    """The layer without a filter on its features: the level switcher shows one level at a
    time, but a route needs them all."""
    if not layer.subsetString():
        return layer
    provider = layer.providerType()
    parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    parts.pop("subset", None)
    unfiltered = QgsVectorLayer(QgsProviderRegistry.instance().encodeUri(provider, parts),
                                layer.name(), provider)
    if not unfiltered.isValid():
        return layer
    feedback.pushInfo(tr("The layer “{layer}” shows only some features ({subset}); the route "
                         "uses all of them, on every level.").format(
                             layer=layer.name(), subset=layer.subsetString()))
    return unfiltered


def read_floorplan(spaces: QgsVectorLayer, openings: QgsVectorLayer,
                   connectors: QgsVectorLayer, hazards: QgsVectorLayer | None,
                   crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                   feedback: QgsProcessingFeedback) -> Floorplan:
    """All four layers in ``crs``; features without a level are left out and counted."""
    return Floorplan(_spaces(spaces, crs, context, feedback),
                     _openings(openings, crs, context, feedback),
                     _connectors(connectors, crs, context, feedback),
                     _hazards(hazards, crs, context, feedback))


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
                "plugin's importer, or add the field.").format(layer=layer.name(), field=name))
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
            "out of the route.").format(count=skipped, layer=layer.name()))


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


def _spaces(layer, crs, context, feedback) -> Spaces:
    columns = {name: [] for name in ("space_id", "name", "category", "building_id",
                                      "level_id", "ordinal", "accessible")}
    coords, ring_start, ring_space, ring_hole = [], [0], [], []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
        if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
            continue
        rings = _polygon_rings(geometry)
        if not rings:
            continue
        space = len(columns["ordinal"])
        for ring, hole in rings:
            coords.append(ring)
            ring_start.append(ring_start[-1] + len(ring))
            ring_space.append(space)
            ring_hole.append(hole)
        for name in columns:
            columns[name].append(values.get(name))
    if not columns["ordinal"]:
        raise QgsProcessingException(tr(
            "The spaces layer “{layer}” has no polygons with a level (ordinal): there is no "
            "floorplan to route in.").format(layer=layer.name()))
    return Spaces(
        ids=[_text(v) or f"#{i + 1}" for i, v in enumerate(columns["space_id"])],
        names=[_text(v) for v in columns["name"]],
        categories=[_text(v) for v in columns["category"]],
        building=[_text(v) for v in columns["building_id"]],
        level=[_text(v) for v in columns["level_id"]],
        ordinal=np.array(columns["ordinal"], dtype=np.int64),
        accessible=np.array([_flag(v) for v in columns["accessible"]], dtype=np.int64),
        coords=np.concatenate(coords), ring_start=np.array(ring_start, dtype=np.int64),
        ring_space=np.array(ring_space, dtype=np.int64),
        ring_hole=np.array(ring_hole, dtype=bool))


def _polygon_rings(geometry: QgsGeometry) -> list[tuple[np.ndarray, bool]]:
    """Every ring of a (multi)polygon without its closing vertex, and whether it is a hole;
    rings of fewer than three distinct vertices are dropped."""
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    rings = []
    for polygon in polygons:
        for number, ring in enumerate(polygon):
            points = np.array([(p.x(), p.y()) for p in ring], dtype=float)
            if len(points) > 1 and np.allclose(points[0], points[-1]):
                points = points[:-1]
            if len(np.unique(points, axis=0)) >= 3:
                rings.append((points, number > 0))
    return rings


def _openings(layer, crs, context, feedback) -> Openings:
    ids, categories, ordinal, width, accessible, a, b = [], [], [], [], [], [], []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
        line = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        points = [p for part in line for p in part]
        if len(points) < 2:
            continue
        ids.append(_text(values.get("opening_id")) or f"#{len(ids) + 1}")
        categories.append(_text(values.get("category")))
        ordinal.append(values["ordinal"])
        w = values.get("width_m")
        width.append(float(w) if w is not None else np.nan)
        accessible.append(_flag(values.get("accessible")))
        # A door drawn as a polyline counts from its first to its last vertex.
        a.append((points[0].x(), points[0].y()))
        b.append((points[-1].x(), points[-1].y()))
    return Openings(ids, categories, np.array(ordinal, dtype=np.int64),
                    np.array(width, dtype=float), np.array(accessible, dtype=np.int64),
                    np.array(a, dtype=float).reshape(-1, 2),
                    np.array(b, dtype=float).reshape(-1, 2))


def _connectors(layer, crs, context, feedback) -> Connectors:
    ids, kinds, names, shafts, ordinal, accessible, xy = [], [], [], [], [], [], []
    for values, geometry in _features(layer, crs, context, feedback, ("ordinal", "shaft_id")):
        point = geometry.centroid().asPoint()
        ids.append(_text(values.get("connector_id")) or f"#{len(ids) + 1}")
        kinds.append(_text(values.get("kind")))
        names.append(_text(values.get("name")))
        shafts.append(_text(values.get("shaft_id")))
        ordinal.append(values["ordinal"])
        accessible.append(_flag(values.get("accessible")))
        xy.append((point.x(), point.y()))
    return Connectors(ids, kinds, names, shafts, np.array(ordinal, dtype=np.int64),
                      np.array(accessible, dtype=np.int64),
                      np.array(xy, dtype=float).reshape(-1, 2))


def _hazards(layer, crs, context, feedback) -> Hazards:
    ids, names, ordinal, buffer, vertices = [], [], [], [], []
    if layer is not None:
        for values, geometry in _features(layer, crs, context, feedback, ("ordinal",)):
            points = np.array([(v.x(), v.y()) for v in geometry.vertices()], dtype=float)
            if not len(points):
                continue
            ids.append(_text(values.get("hazard_id")) or f"#{len(ids) + 1}")
            names.append(_text(values.get("kind")) or _text(values.get("description")))
            ordinal.append(values["ordinal"])
            b = values.get("buffer_m")
            buffer.append(float(b) if b is not None else 0.0)
            vertices.append(points)
    return Hazards(ids, names, np.array(ordinal, dtype=np.int64),
                   np.array(buffer, dtype=float), vertices)

