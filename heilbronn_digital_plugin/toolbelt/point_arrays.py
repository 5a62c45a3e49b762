"""Read a point layer into numpy arrays for the analysis engine.

Iterating a million features through PyQGIS costs seconds, more than the whole density
computation. A plain OGR file (GeoPackage, Shapefile, …) of which every feature is wanted
therefore goes through GDAL's columnar (Arrow) reader, which hands over all coordinates at
once; everything else (filters, selections, edits, virtual fields, other providers,
reprojection) goes through the QGIS feature iterator, which understands all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..store.location import open_postgres_table
from .ogr_open import ogr_open
from .qgis_compat import FieldOrigin

# ISO WKB point sizes: byte order + type + 2, 3 or 4 doubles.
_POINT_WKB_SIZES = {21: 2, 29: 3, 37: 4}
# Layer URIs that name nothing but a file and a layer: anything else (a /vsizip/ prefix, open
# options, a geometry type filter) changes what OGR would read.
_PLAIN_URI_PARTS = {"path", "layerName", "layerId"}


@dataclass
class PointArrays:
    """Coordinates and the values of the requested fields, one row per point.
    A NULL value is NaN (the engine counts a NaN weight as 0, as QGIS does)."""

    x: np.ndarray
    y: np.ndarray
    values: dict[str, np.ndarray]
    null_geometries: int = 0

    def __len__(self) -> int:
        return len(self.x)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return (float(self.x.min()), float(self.y.min()), float(self.x.max()), float(self.y.max()))

    def without_empty_points(self) -> PointArrays:
        """Drop points without coordinates (``POINT EMPTY``): they count as missing geometry."""
        finite = np.isfinite(self.x) & np.isfinite(self.y)
        if finite.all():
            return self
        return PointArrays(self.x[finite], self.y[finite],
                           {name: values[finite] for name, values in self.values.items()},
                           self.null_geometries + int((~finite).sum()))


def read_points(source: QgsFeatureSource, request: QgsFeatureRequest, fields: list[str],
                feedback: QgsProcessingFeedback) -> PointArrays:
    """Every point of ``source`` that ``request`` selects (multipoints give one row per
    part), with the values of ``fields``."""
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
    points = PointArrays(np.array(xs, dtype=float), np.array(ys, dtype=float),
                         {name: np.array(v, dtype=float) for name, v in values.items()},
                         null_geometries)
    return points.without_empty_points()


def whole_layer(parameter_value: object, layer: QgsVectorLayer | None) -> QgsVectorLayer | None:
    """``layer`` when a Processing input asks for every one of its features, else ``None``
    (only selected features, a feature limit or a feature filter of the input's options)."""
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition) and (
            parameter_value.selectedFeaturesOnly or parameter_value.featureLimit >= 0
            or getattr(parameter_value, "filterExpression", "")):
        return None
    return layer


def read_points_fast(layer: QgsVectorLayer | None, fields: list[str]) -> PointArrays | None:
    """All points of an OGR layer as stored in its file, with the values of ``fields``, or
    ``None`` when the file alone would not give exactly what QGIS shows of the layer (then
    use :func:`read_points`)."""
    if not _file_is_the_layer(layer, fields):
        return None
    try:
        return _read_arrow(layer, fields)
    except Exception:  # noqa: BLE001 - any GDAL surprise: the QGIS iterator is always right
        return None


def _file_is_the_layer(layer: QgsVectorLayer | None, fields: list[str]) -> bool:
    if (layer is None or layer.providerType() not in ("ogr", "postgres")
            or layer.subsetString()
            or layer.isModified() or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")):
        return False
    layer_fields = layer.fields()
    if any(layer_fields.fieldOrigin(layer_fields.lookupField(name)) != FieldOrigin.Provider
           for name in fields):
        return False  # virtual, joined or edited fields live only in QGIS
    if layer.providerType() == "postgres":
        return True  # a table of a PostGIS store: _read_arrow checks it is a plain table
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return {key for key, value in parts.items() if value} <= _PLAIN_URI_PARTS


def _read_arrow(layer: QgsVectorLayer, fields: list[str]) -> PointArrays | None:
    if layer.providerType() == "postgres":
        # A PostGIS store's table through GDAL's PostgreSQL driver (store/location.py).
        opened = open_postgres_table(layer.source())
        if opened is None:
            return None
        dataset, ogr_layer = opened
    else:
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
    definition = ogr_layer.GetLayerDefn()
    ogr_layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                                for i in range(definition.GetFieldCount())
                                if definition.GetFieldDefn(i).GetName() not in fields])
    geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    xs, ys, nulls = [], [], 0
    values: dict[str, list] = {name: [] for name in fields}
    # GDAL 3.6 returns empty geometries when a batch has no other column: keep the FID.
    stream = ogr_layer.GetArrowStreamAsNumPy(
        options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=16384"])
    for batch in stream:
        if geometry_column not in batch or any(name not in batch for name in fields):
            return None
        geometries = batch[geometry_column]
        present = ~np.ma.getmaskarray(geometries)
        nulls += int((~present).sum())
        coordinates = _point_coordinates(np.ma.getdata(geometries)[present])
        if coordinates is None:
            return None
        # Batches are only valid until the next one is read: copy out now.
        xs.append(coordinates[0].copy())
        ys.append(coordinates[1].copy())
        for name in fields:
            column = np.ma.masked_invalid(np.ma.asarray(batch[name], dtype=float))
            values[name].append(column.filled(np.nan)[present])
    points = PointArrays(_joined(xs), _joined(ys),
                         {name: _joined(v) for name, v in values.items()}, nulls)
    return points.without_empty_points()


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


def _same_size_points(raw: bytes, size: int, count: int
                      ) -> tuple[np.ndarray, np.ndarray] | None:
    if count == 0:
        return np.empty(0), np.empty(0)
    if size not in _POINT_WKB_SIZES or raw[::size].count(raw[0]) != count:
        return None  # not a point, or byte orders mixed
    order = "<" if raw[0] == 1 else ">"
    record = np.dtype([("order", "u1"), ("type", f"{order}u4"),
                       ("xy", f"{order}f8", (_POINT_WKB_SIZES[size],))])
    xy = np.frombuffer(raw, dtype=record)["xy"]
    return xy[:, 0], xy[:, 1]


def number_or_nan(value) -> float:
    """A field value as a float; NaN for NULL, NaN and anything that is not a number."""
    try:
        return float(value) if value is not None and value == value else np.nan
    except (TypeError, ValueError):
        return np.nan
