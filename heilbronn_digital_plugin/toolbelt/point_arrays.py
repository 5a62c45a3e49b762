"""Read a point layer into numpy arrays for the analysis engine, at full speed from any layer.

Iterating a million features through PyQGIS costs seconds, more than the whole density
computation. So :func:`read_points` takes the fastest of four readers that gives exactly
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
* **A PostGIS layer** (a shared store's reports): one statement with the layer's URI and
  credentials (``authcfg``), in which the database packs the coordinates and the values of
  every point that the layer's filter, the selection and the extent keep into a ``bytea`` per
  part of the table, the parts packed side by side by PostgreSQL's parallel workers. The bytes
  come over as they are (binary ``COPY``) where psycopg2 is installed (Debian's QGIS
  packages depend on it; optional), else as hex text through QGIS's own connection. A
  reprojection is then done by QGIS on all points at once, as its iterator does it point by
  point.
* **Anything else** (a reprojected file, other databases, web layers, an expression filter on
  a database): the feature iterator.
"""

from __future__ import annotations

import io
import struct
from contextlib import closing
from dataclasses import dataclass

import numpy as np
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsAggregateCalculator,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDataSourceUri,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerEditPassthrough,
    QgsWkbTypes,
)

from .local_time import heilbronn_days
from .ogr_open import ogr_open
from .qgis_compat import (
    Aggregate,
    FeatureRequestFilterType,
    FeatureRequestFlag,
    FieldOrigin,
    FieldType,
    GeometryType,
    PropertyType,
    WkbType,
)

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
# One PostGIS row of the packed points: the point as PostgreSQL's own binary point (x and y,
# 8 bytes each, big-endian; one function per row, the cheapest way PostGIS has), then each
# value as float8send (NULL as NaN). A row without a point (no geometry, an empty point) packs
# to NULL, which string_agg leaves out: only counted.
_PACKED_POINT = "point_send({point}::point)"
_PACKED_NUMBER = "float8send(coalesce({value}, 'NaN'::float8))"
# The table is cut into parts by page (ctid ranges, one TID range scan each, PostgreSQL 14+)
# that PostgreSQL's parallel workers pack side by side, within one statement, so one snapshot.
_MOST_PARTS = 16
# QGIS's own PostgreSQL connections wait this long for the server (its default_timeout).
_CONNECT_TIMEOUT_S = 30
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"


@dataclass
class PointArrays:
    """Coordinates and the values of the requested fields, one row per point.
    A NULL value is NaN (the engine counts a NaN weight as 0, as QGIS does). ``reader`` says
    which reader gave them: ``"file"``, ``"aggregates"``, ``"postgis"`` or ``"iterator"``."""

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
    if layer is not None and layer.providerType() == "postgres":
        points = _read_postgis(layer, request, fields, selected_only, feedback)
    elif layer is not None and _layer_request(request, layer):
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


def read_dated_points(layer: QgsVectorLayer | None, request: QgsFeatureRequest,
                      time_field: str, selected_only: bool, feedback: QgsProcessingFeedback
                      ) -> tuple[PointArrays, np.ndarray] | None:
    """The points of a PostGIS point layer with Heilbronn's calendar day (``datetime64[D]``,
    NaT without a date) of the date or date/time field ``time_field`` — as read by QGIS
    (:func:`~.local_time.stored_instant`) and put on Heilbronn's clock — from one query;
    ``None`` for any other layer or request (the caller's iterator reads then)."""
    if (layer is None or layer.providerType() != "postgres"
            or QgsWkbTypes.isMultiType(layer.wkbType())):
        return None  # a multipoint's parts would count a missing date once each
    points = _read_postgis(layer, request, [], selected_only, feedback, (time_field,))
    if points is None:
        return None
    return points, heilbronn_days(points.values[time_field])


def _read_postgis(layer: QgsVectorLayer, request: QgsFeatureRequest, fields: list[str],
                  selected_only: bool, feedback: QgsProcessingFeedback,
                  instants: tuple[str, ...] = ()) -> PointArrays | None:
    """The points of a PostGIS table or view from one query, as QGIS's iterator gives them:
    the provider's WHERE clause (the layer's filter, the extent as the provider writes it),
    the selection by primary key, then QGIS's reprojection; ``None`` when the layer or the
    request asks for what only the iterator understands. ``instants``: date or date/time
    fields, read as UTC seconds since 1970 (NaN without a value)."""
    buffer = layer.editBuffer()
    if (request.filterType() != FeatureRequestFilterType.NoFilter or request.limit() >= 0
            or request.spatialFilterType() == Qgis.SpatialFilterType.DistanceWithin
            or QgsWkbTypes.geometryType(layer.wkbType()) != GeometryType.Point
            or (buffer is not None and (isinstance(buffer, QgsVectorLayerEditPassthrough)
                                        or layer.isModified()))
            or _column_values(layer, fields, instants) is None):
        return None  # unsaved edits, or edits in a transaction, are not in the table yet
    uri = QgsDataSourceUri(layer.source())
    if not uri.schema() or not uri.table() or uri.table().startswith("(") \
            or not uri.geometryColumn() or uri.hasParam("bbox"):
        return None  # a query layer or a bounding box column: left to QGIS
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres") \
            .createConnection(layer.source(), {})
        table = _point_table(connection, uri)
        if table is None:
            return None
        srid, multi, cuts = table
        transform = QgsCoordinateTransform()
        destination = request.destinationCrs()
        if destination.isValid() and destination != layer.crs():
            transform = QgsCoordinateTransform(layer.crs(), destination,
                                               request.transformContext())
        where = _postgis_where(layer, request, uri, srid, transform)
        if selected_only:
            keys = _selected_keys(layer)
            if keys is None:
                return None
            if not keys:
                return PointArrays(np.empty(0), np.empty(0),
                                   {name: np.empty(0) for name in [*fields, *instants]},
                                   reader="postgis")
            key = layer.fields().at(layer.primaryKeyAttributes()[0]).name()
            where.append(f"{_identifier(key)} = ANY('{{{','.join(keys)}}}'::bigint[])")
        values = _column_values(layer, fields, instants)
        sql = _packed_points_sql(uri, values, where, multi, cuts)
        rows = _copied(uri, sql, feedback)
        if rows is None and not feedback.isCanceled():
            rows = _executed(connection, sql, feedback)
    except (QgsProviderConnectionException, QgsCsException):
        return None  # the iterator reads, and QGIS reports what is wrong as it always does
    names = [*fields, *instants]
    unpacked = _unpacked(rows, 2 + len(names)) if rows is not None else None
    if unpacked is None or feedback.isCanceled():
        return None
    columns, missing = unpacked
    points = PointArrays(columns[0], columns[1],
                         {name: columns[2 + i] for i, name in enumerate(names)},
                         missing, reader="postgis").without_empty_points()
    if transform.isValid():
        coordinates = _transformed(points.x, points.y, transform)
        if coordinates is None:
            return None
        points.x, points.y = coordinates
    feedback.setProgress(20.0)
    return points


def _column_values(layer: QgsVectorLayer, fields: list[str], instants: tuple[str, ...]
                   ) -> list[str] | None:
    """The SQL of each value as float8: the number ``fields``, then the ``instants`` as UTC
    seconds since 1970 (a timestamp without zone holds UTC, as QGIS reads it: see
    ``local_time.stored_instant``; a date is its day); ``None`` unless each is a column of the
    table (not virtual, not joined) of that kind."""
    layer_fields = layer.fields()
    values = []
    for name, instant in [(name, False) for name in fields] + [(n, True) for n in instants]:
        index = layer_fields.lookupField(name)
        if index < 0 or layer_fields.fieldOrigin(index) != FieldOrigin.Provider:
            return None
        kind = layer_fields.at(index).type()
        if not instant and layer_fields.at(index).isNumeric():
            values.append(f"{_identifier(name)}::float8")
        elif instant and kind in (FieldType.DateTime, FieldType.Date):
            cast = "::timestamp" if kind == FieldType.Date else ""
            values.append(f"extract(epoch from {_identifier(name)}{cast})::float8")
        else:
            return None
    return values


def _point_table(connection, uri: QgsDataSourceUri) -> tuple[int, bool, list[int]] | None:
    """The SRID of the layer's point column, whether it holds multipoints, and the first page
    of each part of the table but the first (see ``_MOST_PARTS``); ``None`` when the column is
    not a typed point column the URI takes as it is (the provider would then add a filter of
    its own on the type or SRID)."""
    rows = connection.executeSql(
        "SELECT type, srid, coord_dimension, relkind, "
        "pg_relation_size(pg_class.oid) / current_setting('block_size')::int8, "
        "current_setting('server_version_num')::int, "
        "current_setting('max_parallel_workers_per_gather')::int "
        "FROM geometry_columns JOIN pg_class "
        f"ON pg_class.oid = to_regclass({_literal(uri.quotedTablename())}) "
        f"WHERE f_table_schema = {_literal(uri.schema())} "
        f"AND f_table_name = {_literal(uri.table())} "
        f"AND f_geometry_column = {_literal(uri.geometryColumn())}")
    if len(rows) != 1:
        return None  # a geography column, or not registered
    name, srid, dimensions = str(rows[0][0]), int(rows[0][1]), int(rows[0][2])
    detected = QgsWkbTypes.parseType(name)
    if QgsWkbTypes.flatType(detected) not in (WkbType.Point, WkbType.MultiPoint) or srid <= 0:
        return None
    if dimensions == 4 or (dimensions == 3 and not QgsWkbTypes.hasM(detected)):
        detected = QgsWkbTypes.addZ(detected)
    if dimensions == 4:
        detected = QgsWkbTypes.addM(detected)
    if (uri.wkbType() not in (WkbType.Unknown, detected)
            or uri.srid() not in ("", str(srid))):
        return None
    kind, pages, version, workers = str(rows[0][3]), int(rows[0][4]), int(rows[0][5]), \
        int(rows[0][6])
    # A plain table on PostgreSQL 14+: a part for the leader and each worker it may have.
    parts = min(workers + 1, pages, _MOST_PARTS) if kind == "r" and version >= 140000 else 1
    cuts = [pages * part // parts for part in range(1, parts)]
    return srid, QgsWkbTypes.flatType(detected) == WkbType.MultiPoint, cuts


def _postgis_where(layer: QgsVectorLayer, request: QgsFeatureRequest, uri: QgsDataSourceUri,
                   srid: int, transform: QgsCoordinateTransform) -> list[str]:
    """The clauses QGIS's PostgreSQL provider sends for the layer's filter and ``request``."""
    clauses = [f"({layer.subsetString()})"] if layer.subsetString() else []
    rectangle = request.filterRect()
    if not rectangle.isNull():
        # The provider filters by the extent in the layer's CRS: the box around the
        # requested extent, the && of PostGIS (bounding boxes), st_intersects when exact.
        if transform.isValid():
            rectangle = transform.transformBoundingBox(rectangle,
                                                       Qgis.TransformDirection.Reverse)
        clauses.append(_extent_clause(uri.geometryColumn(), rectangle, srid,
                                      bool(request.flags() & FeatureRequestFlag.ExactIntersect)))
    return clauses


def _extent_clause(column: str, rectangle: QgsRectangle, srid: int, exact: bool) -> str:
    if not rectangle.isFinite():
        return "false"
    box = "st_makeenvelope({},{},{},{},{})".format(
        *(repr(float(value)) for value in (rectangle.xMinimum(), rectangle.yMinimum(),
                                           rectangle.xMaximum(), rectangle.yMaximum())), srid)
    clause = f"{_identifier(column)} && {box}"
    if exact:
        clause += f" AND st_intersects(st_curvetoline({_identifier(column)}),{box})"
    return clause


def _selected_keys(layer: QgsVectorLayer) -> list[str] | None:
    """The primary key values of the selected features, as SQL integers; ``None`` unless the
    key is one integer column. Read by QGIS, which alone knows which row a feature id is."""
    key = layer.primaryKeyAttributes()
    if len(key) != 1 or layer.fields().at(key[0]).type() not in (FieldType.Int,
                                                                  FieldType.LongLong):
        return None
    selected = layer.selectedFeatureIds()
    if not selected:
        return []
    request = (QgsFeatureRequest().setFilterFids(selected)
               .setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(key))
    return [str(int(feature.attribute(key[0]))) for feature in layer.getFeatures(request)]


def _packed_points_sql(uri: QgsDataSourceUri, values: list[str], where: list[str],
                       multi: bool, cuts: list[int]) -> str:
    """A row per part of the table (parts begin at the pages ``cuts``): its points packed
    (see ``_PACKED_POINT``), each with ``values`` (SQL of float8 values), one per part of a
    multipoint, and how many rows it has, counting the features without a point (or a
    multipoint without parts). The last part reads to the table's end, so rows added since
    its size was read are in it."""
    columns = [f"{_identifier(uri.geometryColumn())} AS heilbronn_geometry"]
    columns += [f"{value} AS heilbronn_value_{index}" for index, value in enumerate(values)]
    point = "heilbronn_rows.heilbronn_geometry"
    join = ""
    if multi:
        join = (" LEFT JOIN LATERAL ST_DumpPoints(heilbronn_rows.heilbronn_geometry) "
                "AS heilbronn_parts ON true")
        point = "heilbronn_parts.geom"
    packed = " || ".join([_PACKED_POINT.format(point=point), *(
        _PACKED_NUMBER.format(value=f"heilbronn_rows.heilbronn_value_{index}")
        for index in range(len(values)))])
    bounds = [None, *cuts, None]
    statements = []
    for first, end in zip(bounds, bounds[1:]):
        clauses = list(where)
        if first is not None:
            clauses.append(f"ctid >= '({first},0)'::tid")
        if end is not None:
            clauses.append(f"ctid < '({end},0)'::tid")
        rows = f"SELECT {', '.join(columns)} FROM {uri.quotedTablename()}"
        if clauses:
            rows += " WHERE " + " AND ".join(clauses)
        statements.append(f"SELECT string_agg({packed}, ''::bytea), count(*) "
                          f"FROM ({rows}) AS heilbronn_rows{join}")
    return " UNION ALL ".join(statements)


def _copied(uri: QgsDataSourceUri, sql: str, feedback: QgsProcessingFeedback
            ) -> list[tuple[bytes | None, int]] | None:
    """The rows of ``sql`` (a ``bytea`` and a count) through psycopg2 in PostgreSQL's binary
    ``COPY`` format: the bytes as stored, no text. The connection is the layer's, its
    credentials filled in by QGIS's authentication database (in memory only); ``None`` without
    psycopg2, with a session role, or when it cannot connect as QGIS did (a password QGIS
    asked for): QGIS's own connection answers then."""
    if uri.hasParam("session_role"):
        return None  # QGIS switches to that role after connecting
    try:
        import psycopg2
    except ImportError:
        return None
    copied = io.BytesIO()
    try:
        with closing(psycopg2.connect(uri.connectionInfo(True),
                                      connect_timeout=_CONNECT_TIMEOUT_S)) as database:
            cancel = database.cancel  # one object: disconnected as it was connected
            feedback.canceled.connect(cancel)
            try:
                with database.cursor() as cursor:
                    cursor.copy_expert(f"COPY ({sql}) TO STDOUT WITH (FORMAT binary)", copied)
            finally:
                feedback.canceled.disconnect(cancel)
    except psycopg2.Error:
        return None
    return _copy_rows(copied.getbuffer())


def _copy_rows(raw: memoryview) -> list[tuple[bytes | None, int]] | None:
    """The (bytea, bigint) rows of a binary ``COPY``; ``None`` when it holds anything else."""
    try:
        if bytes(raw[:11]) != _COPY_SIGNATURE:
            return None
        position = 19 + struct.unpack_from(">i", raw, 15)[0]  # after the header's extension
        rows = []
        while True:
            fields = struct.unpack_from(">h", raw, position)[0]
            if fields == -1:
                return rows
            size = struct.unpack_from(">i", raw, position + 2)[0]
            position += 6
            packed = None
            if size >= 0:
                packed, position = raw[position:position + size], position + size
            count_size, count = struct.unpack_from(">iq", raw, position)
            position += 12
            if fields != 2 or count_size != 8:
                return None
            rows.append((packed, count))
    except struct.error:
        return None  # cut short


def _executed(connection, sql: str, feedback: QgsProcessingFeedback
              ) -> list[tuple[bytes | None, int]] | None:
    """The rows of ``sql`` (a ``bytea`` and a count) through QGIS's connection, which hands a
    ``bytea`` over as hex text: 2 characters a byte."""
    rows = []
    for row in connection.executeSql(sql, feedback):
        if len(row) != 2:
            return None
        packed, count = row
        if isinstance(packed, (bytes, bytearray)) or type(packed).__name__ == "QByteArray":
            packed = bytes(packed).decode("ascii")  # a QGIS that hands over the bytea's text
        if isinstance(packed, str):
            if not packed.startswith("\\x"):
                return None
            packed = bytes.fromhex(packed[2:])
        else:
            packed = None  # NULL: no point in this part
        rows.append((packed, int(count)))
    return rows


def _unpacked(rows: list[tuple[bytes | None, int]], width: int
              ) -> tuple[list[np.ndarray], int] | None:
    """The packed numbers of all parts as ``width`` columns, and the rows without a point;
    ``None`` when the answer is not what was asked for."""
    chunks, rows_read = [], 0
    for packed, count in rows:
        numbers = np.frombuffer(packed, dtype=">f8") if packed is not None else np.empty(0)
        if len(numbers) % width or len(numbers) // width > count:
            return None
        chunks.append(numbers)
        rows_read += count
    # Each column straight from the parts into native floats: one copy, contiguous.
    columns = [np.concatenate([chunk[i::width] for chunk in chunks], dtype=float)
               if chunks else np.empty(0) for i in range(width)]
    return columns, rows_read - len(columns[0])


def _transformed(x: np.ndarray, y: np.ndarray, transform: QgsCoordinateTransform
                 ) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y transformed by QGIS in one call: a line through all points, whose vertices
    QGIS transforms as it transforms each point (the same call, z = 0); ``None`` when a
    point cannot be transformed (the iterator then drops that point's geometry)."""
    if len(x) == 0:
        return x, y
    line = QgsGeometry()
    line.fromWkb(struct.pack("<BII", 1, 2, len(x))
                 + np.column_stack([x, y]).astype("<f8").tobytes())
    try:
        if line.transform(transform) != Qgis.GeometryOperationResult.Success:
            return None
    except QgsCsException:
        return None
    raw = bytes(line.asWkb())
    order = "<" if raw[0] == 1 else ">"
    if len(raw) != 9 + 16 * len(x):
        return None
    coordinates = np.frombuffer(raw, dtype=f"{order}f8", offset=9).reshape(-1, 2)
    if not np.isfinite(coordinates).all():
        return None
    return coordinates[:, 0].copy(), coordinates[:, 1].copy()


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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

