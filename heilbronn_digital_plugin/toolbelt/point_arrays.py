"""Read a point layer into numpy arrays for the analysis engine, at full speed from any layer.

Iterating a million features through PyQGIS costs seconds, more than the whole density
computation. So :func:`read_points` takes the fastest of three readers that gives exactly
what QGIS's feature iterator gives:

* **A file layer** (OGR: GeoPackage, Shapefile, GeoJSON, …): GDAL's columnar (Arrow) reader
  hands over all coordinates at once. The layer's filter (subset string) goes to OGR as the
  attribute filter QGIS gives it, a selection is a mask on the feature ids, and the features
  that unsaved edits add, change or delete are taken from QGIS (a few, one by one).
* **A memory layer** (what a Graphical Modeler step hands on) or a file layer the first way
  cannot serve (an expression filter): QGIS's own aggregates in C++ — ``collect`` gathers the
  points into one multipoint handed over as one WKB blob, ``array_agg`` each field as one
  list — one pass each, with the layer's filter, selection, edits and the algorithm's
  expression filter applied by QGIS itself.
* **Anything else** (reprojection, database and web layers): the feature iterator.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsAggregateCalculator,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerEditPassthrough,
    QgsWkbTypes,
)

from .ogr_open import ogr_open
from .qgis_compat import Aggregate, FeatureRequestFilterType, FieldOrigin, PropertyType

# ISO WKB point sizes: byte order + type + 2, 3 or 4 doubles.
_POINT_WKB_SIZES = {21: 2, 29: 3, 37: 4}
# Layer URIs that name nothing but a file and a layer: anything else (a /vsizip/ prefix, open
# options, a geometry type filter) changes what OGR would read.
_PLAIN_URI_PARTS = {"path", "layerName", "layerId"}
# Providers whose features come in the same order on every pass, so that the aggregates of
# coordinates and of each field line up row by row (a database may return rows in a
# different order each time).
_AGGREGATE_PROVIDERS = {"memory", "ogr", "delimitedtext"}
# Every feature gives one part, a feature without geometry an empty point (NaN coordinates).
_COLLECT_POINTS = "coalesce($geometry, geom_from_wkt('POINT EMPTY'))"
# sqrt(-1) is how an expression says NaN: NULL values come back as NaN floats, not QVariants.
_NUMBER_OR_NAN = "coalesce({field}, sqrt(-1))"


@dataclass
class PointArrays:
    """Coordinates and the values of the requested fields, one row per point.
    A NULL value is NaN (the engine counts a NaN weight as 0, as QGIS does). ``reader`` says
    which reader gave them: ``"file"``, ``"aggregates"`` or ``"iterator"``."""

    x: np.ndarray
    y: np.ndarray
    values: dict[str, np.ndarray]
    null_geometries: int = 0
    reader: str = "iterator"

    def __len__(self) -> int:
        return len(self.x)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return (float(self.x.min()), float(self.y.min()), float(self.x.max()), float(self.y.max()))

    def rows(self, keep: np.ndarray) -> PointArrays:
        """The rows where ``keep`` is true."""
        return PointArrays(self.x[keep], self.y[keep],
                           {name: values[keep] for name, values in self.values.items()},
                           self.null_geometries, self.reader)

    def without_empty_points(self) -> PointArrays:
        """Drop points without coordinates (no geometry, ``POINT EMPTY``): they count as
        missing geometry."""
        finite = np.isfinite(self.x) & np.isfinite(self.y)
        if finite.all():
            return self
        points = self.rows(finite)
        points.null_geometries += int((~finite).sum())
        return points

    @staticmethod
    def joined(parts: list[PointArrays], fields: list[str], reader: str) -> PointArrays:
        return PointArrays(_joined([p.x for p in parts]), _joined([p.y for p in parts]),
                           {name: _joined([p.values[name] for p in parts]) for name in fields},
                           sum(p.null_geometries for p in parts), reader)


def input_layer(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                context: QgsProcessingContext) -> tuple[QgsVectorLayer | None, bool]:
    """The layer behind the Processing input ``name`` and whether only its selected features
    are wanted; ``(None, False)`` when the input asks for something else as well (a feature
    limit or a filter of its own in the input's options), which only the iterator
    understands."""
    value = parameters.get(name)
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return algorithm.parameterAsVectorLayer(parameters, name, context), False
    if (value.featureLimit >= 0 or getattr(value, "filterExpression", "")
            or value.source.propertyType() != PropertyType.Static):
        return None, False
    # parameterAsVectorLayer() answers None for a source definition (QGIS 3.22).
    layer = QgsProcessingUtils.mapLayerFromString(str(value.source.staticValue()), context)
    if not isinstance(layer, QgsVectorLayer):
        return None, False
    return layer, bool(value.selectedFeaturesOnly)


def read_points(source: QgsFeatureSource, request: QgsFeatureRequest, fields: list[str],
                feedback: QgsProcessingFeedback, layer: QgsVectorLayer | None = None,
                selected_only: bool = False) -> PointArrays:
    """Every point of ``source`` that ``request`` selects (multipoints give one row per
    part), with the values of ``fields``, read by the fastest reader that gives the same.
    ``layer`` is the layer behind ``source`` (see :func:`input_layer`), ``selected_only``
    whether ``source`` is its selected features; without ``layer`` the iterator reads."""
    points = None
    if layer is not None and _layer_request(request, layer):
        if request.filterExpression() is None:
            points = _read_file(layer, fields, selected_only, feedback)
        if points is None:
            points = _read_aggregates(layer, request, fields, selected_only, feedback)
    if points is None:
        points = _iterate(source, request, fields, feedback)
    return points.without_empty_points()


def _layer_request(request: QgsFeatureRequest, layer: QgsVectorLayer) -> bool:
    """Whether ``request`` asks for nothing but (optionally) an expression filter on the
    layer's own coordinates."""
    crs = request.destinationCrs()
    return ((not crs.isValid() or crs == layer.crs()) and request.limit() < 0
            and request.filterRect().isNull()
            and request.filterType() in (FeatureRequestFilterType.NoFilter,
                                         FeatureRequestFilterType.Expression))


def _iterate(source: QgsFeatureSource, request: QgsFeatureRequest, fields: list[str],
             feedback: QgsProcessingFeedback) -> PointArrays:
    """QGIS's feature iterator, one feature at a time: understands everything."""
    xs: list[float] = []
    ys: list[float] = []
    values: dict[str, list] = {name: [] for name in fields}
    indices = [source.fields().lookupField(name) for name in fields]
    request.setSubsetOfAttributes(indices)
    total = source.featureCount() if not request.filterExpression() else -1
    null_geometries = 0
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            null_geometries += 1
            continue
        parts = (geometry.asMultiPoint() if QgsWkbTypes.isMultiType(geometry.wkbType())
                 else [geometry.asPoint()])
        attributes = [feature.attribute(index) for index in indices]
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            for name, value in zip(fields, attributes):
                values[name].append(number_or_nan(value))
        if total > 0 and count % 10000 == 0:
            feedback.setProgress(20.0 * count / total)
    return PointArrays(np.array(xs, dtype=float), np.array(ys, dtype=float),
                       {name: np.array(v, dtype=float) for name, v in values.items()},
                       null_geometries)


def _read_file(layer: QgsVectorLayer, fields: list[str], selected_only: bool,
               feedback: QgsProcessingFeedback) -> PointArrays | None:
    """The points of an OGR layer as QGIS shows them, from GDAL's columnar reader; ``None``
    when the file cannot say what QGIS shows."""
    if not _file_serves(layer, fields):
        return None
    try:
        read = _read_arrow(layer, fields, feedback)
    except Exception:  # noqa: BLE001 - any GDAL surprise: another reader is always right
        return None
    if read is None:
        return None
    points, fids = read
    keep = np.ones(len(fids), dtype=bool)
    selected = set(layer.selectedFeatureIds()) if selected_only else None
    if selected is not None:
        keep &= np.isin(fids, np.fromiter(selected, dtype=np.int64, count=len(selected)))
    buffer = layer.editBuffer()
    if buffer is None or not layer.isModified():
        return points.rows(keep) if selected is not None else points  # no copy of it all
    # Unsaved edits: the stored version of every feature they touch is replaced by QGIS's.
    changed = set(buffer.changedGeometries()) | set(buffer.changedAttributeValues())
    deleted = set(buffer.deletedFeatureIds())
    touched = changed | deleted
    keep &= ~np.isin(fids, np.fromiter(touched, dtype=np.int64, count=len(touched)))
    edited = (changed | set(buffer.addedFeatures())) - deleted
    if selected is not None:
        edited &= selected
    parts = [points.rows(keep)]
    if edited:
        parts.append(_iterate(layer, QgsFeatureRequest().setFilterFids(sorted(edited)), fields,
                              feedback))
    return PointArrays.joined(parts, fields, "file")


def _file_serves(layer: QgsVectorLayer, fields: list[str]) -> bool:
    """Whether the file (plus QGIS's edit buffer) holds all that QGIS shows of ``layer``."""
    if (layer.providerType() != "ogr" or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
            or not _plain_subset(layer.subsetString())):
        return False
    buffer = layer.editBuffer()
    if buffer is not None and (isinstance(buffer, QgsVectorLayerEditPassthrough)
                               or buffer.addedAttributes() or buffer.deletedAttributeIds()):
        # Edits in a transaction are in the file but not yet visible to another
        # connection; new or deleted columns change what the field names mean.
        return False
    layer_fields = layer.fields()
    if any(layer_fields.fieldOrigin(layer_fields.lookupField(name)) != FieldOrigin.Provider
           for name in fields):
        return False  # virtual or joined fields live only in QGIS
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return {key for key, value in parts.items() if value} <= _PLAIN_URI_PARTS | {"subset"}


def _plain_subset(subset: str) -> bool:
    """Whether QGIS hands ``subset`` to OGR as an attribute filter, unchanged: not a whole
    SELECT statement, no comment or line break (which QGIS versions clean differently)."""
    return not subset or not (subset.lstrip()[:7].upper() == "SELECT " or "--" in subset
                              or "\n" in subset or "\r" in subset)


def _read_arrow(layer: QgsVectorLayer, fields: list[str], feedback: QgsProcessingFeedback
                ) -> tuple[PointArrays, np.ndarray] | None:
    """Every stored point of the layer's file that its subset string keeps (NaN coordinates
    where a feature has no geometry), and the feature ids."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    dataset = ogr_open(parts["path"])
    if dataset is None:
        return None
    if parts.get("layerName"):
        ogr_layer = dataset.GetLayerByName(parts["layerName"])
    else:
        ogr_layer = dataset.GetLayer(parts.get("layerId") or 0)
    if (ogr_layer is None or ogr_layer.GetLayerDefn().GetGeomFieldCount() != 1
            or ogr.GT_Flatten(ogr_layer.GetGeomType()) != ogr.wkbPoint):
        return None
    if layer.subsetString() and ogr_layer.SetAttributeFilter(layer.subsetString()) != 0:
        return None
    definition = ogr_layer.GetLayerDefn()
    ogr_layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                                for i in range(definition.GetFieldCount())
                                if definition.GetFieldDefn(i).GetName() not in fields])
    geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    xs, ys, ids = [], [], []
    values: dict[str, list] = {name: [] for name in fields}
    fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
    stream = ogr_layer.GetArrowStreamAsNumPy(
        options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536"])
    try:
        for batch in stream:
            if feedback.isCanceled():
                return None
            if (geometry_column not in batch or fid_column not in batch
                    or any(name not in batch for name in fields)):
                return None
            geometries = batch[geometry_column]
            present = ~np.ma.getmaskarray(geometries)
            coordinates = _point_coordinates(np.ma.getdata(geometries)[present])
            if coordinates is None:
                return None
            # Batches are only valid until the next one is read: copy out now.
            x, y = np.full(len(present), np.nan), np.full(len(present), np.nan)
            x[present], y[present] = coordinates
            xs.append(x)
            ys.append(y)
            ids.append(np.array(batch[fid_column], dtype=np.int64))
            for name in fields:
                column = np.ma.masked_invalid(np.ma.asarray(batch[name], dtype=float))
                values[name].append(column.filled(np.nan))
    finally:
        # The stream goes first: dropped with the other locals after its layer and
        # dataset, its release would use memory they owned (a crash under GDAL 3.10).
        batch = stream = None
    points = PointArrays(_joined(xs), _joined(ys),
                         {name: _joined(v) for name, v in values.items()}, reader="file")
    return points, np.concatenate(ids) if ids else np.empty(0, dtype=np.int64)


def _read_aggregates(layer: QgsVectorLayer, request: QgsFeatureRequest, fields: list[str],
                     selected_only: bool, feedback: QgsProcessingFeedback
                     ) -> PointArrays | None:
    """The points from QGIS's aggregates, one C++ pass for the coordinates and one per field
    (plus one for the part counts of a multipoint layer); ``None`` when the passes do not
    line up or QGIS refuses."""
    expression = request.filterExpression()
    if layer.providerType() not in _AGGREGATE_PROVIDERS:
        return None
    if selected_only and expression is not None:
        return None  # QGIS's aggregate drops the selection when it is given a filter too
    parameters = QgsAggregateCalculator.AggregateParameters()
    if expression is not None:
        parameters.filter = expression.expression()
        context = QgsExpressionContext(request.expressionContext())
    else:
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    fids = layer.selectedFeatureIds() if selected_only else None

    def aggregate(kind, text: str):
        if feedback.isCanceled():
            return None
        value, ok = layer.aggregate(kind, text, parameters, context, fids, feedback)
        return value if ok else None

    # A whole memory layer of points without fields (a Graphical Modeler step before a
    # heatmap): features without geometry are counted, not collected as empty points.
    whole = (layer.providerType() == "memory" and not fields and expression is None
             and not selected_only and not layer.subsetString()
             and not QgsWkbTypes.isMultiType(layer.wkbType()))
    collected = aggregate(Aggregate.GeometryCollect, "$geometry" if whole else _COLLECT_POINTS)
    if collected is None:
        return None
    coordinates = _multipoint_coordinates(collected)
    if coordinates is None:
        return None
    x, y = coordinates
    if whole:
        return PointArrays(x, y, {}, max(layer.featureCount() - len(x), 0), "aggregates")
    parts = None
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        counts = aggregate(Aggregate.ArrayAggregate,
                           "coalesce(num_geometries($geometry), 1)")
        if counts is None:
            return None
        parts = np.array(counts, dtype=np.int64)
        if parts.sum() != len(x):
            return None
    feedback.setProgress(10.0)
    values = {}
    for name in fields:
        listed = aggregate(Aggregate.ArrayAggregate,
                           _NUMBER_OR_NAN.format(field=QgsExpression.quotedColumnRef(name)))
        if listed is None:
            return None
        column = _numbers(listed)
        values[name] = column if parts is None else np.repeat(column, parts)
        if len(values[name]) != len(x):
            return None
    feedback.setProgress(20.0)
    # A multipoint without parts gives no row but is a feature without geometry.
    empty = int((parts == 0).sum()) if parts is not None else 0
    return PointArrays(x, y, values, empty, "aggregates")


def _multipoint_coordinates(geometry) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of the parts of a collected multipoint (none for a null geometry)."""
    raw = bytes(geometry.asWkb()) if not geometry.isNull() else b""
    if not raw:
        return np.empty(0), np.empty(0)
    order = "<" if raw[0] == 1 else ">"
    count = struct.unpack_from(f"{order}I", raw, 5)[0]
    if count == 0:
        return np.empty(0), np.empty(0)
    if (len(raw) - 9) % count:
        return None
    return _same_size_points(raw, (len(raw) - 9) // count, count, offset=9)


def _numbers(listed: list) -> np.ndarray:
    """A list of field values as floats; NaN for NULL and anything that is not a number."""
    try:
        return np.array(listed, dtype=float)
    except (TypeError, ValueError):
        return np.array([number_or_nan(value) for value in listed], dtype=float)


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.empty(0)


def _point_coordinates(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y from an array of point WKB blobs, or None for anything but points.
    Blobs may differ in size: a 3D layer stores an empty point as a 2D one."""
    if wkb.dtype.kind == "V":
        return _same_size_points(wkb.tobytes(), wkb.dtype.itemsize, len(wkb))
    sizes = np.fromiter((len(blob) for blob in wkb), dtype=np.int64, count=len(wkb))
    x, y = np.empty(len(wkb)), np.empty(len(wkb))
    for size in np.unique(sizes):
        rows = np.flatnonzero(sizes == size)
        parsed = _same_size_points(b"".join(wkb[rows]), int(size), len(rows))
        if parsed is None:
            return None
        x[rows], y[rows] = parsed
    return x, y


def _same_size_points(raw: bytes, size: int, count: int, offset: int = 0
                      ) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of ``count`` point records of ``size`` bytes from ``offset`` on (views into
    ``raw``), or None for anything but points in one byte order."""
    if count == 0:
        return np.empty(0), np.empty(0)
    if size not in _POINT_WKB_SIZES:
        return None
    order = "<" if raw[offset] == 1 else ">"
    record = np.dtype([("order", "u1"), ("type", f"{order}u4"),
                       ("xy", f"{order}f8", (_POINT_WKB_SIZES[size],))])
    records = np.frombuffer(raw, dtype=record, count=count, offset=offset)
    if not (records["order"] == raw[offset]).all():
        return None  # byte orders mixed
    return records["xy"][:, 0], records["xy"][:, 1]


def number_or_nan(value) -> float:
    """A field value as a float; NaN for NULL, NaN and anything that is not a number."""
    try:
        return float(value) if value is not None and value == value else np.nan
    except (TypeError, ValueError):
        return np.nan

