"""Read a point layer into numpy arrays for the analysis engine.

Iterating a million features through PyQGIS costs seconds, more than the whole density
computation. A plain OGR file (GeoPackage, Shapefile, …) read without filters therefore
goes through GDAL's columnar (Arrow) reader, which hands over all coordinates at once;
everything else (filters, selections, other providers, reprojection) goes through the
QGIS feature iterator, which understands all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from osgeo import ogr
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

# ISO WKB point sizes: byte order + type + 2, 3 or 4 doubles.
_POINT_WKB_SIZES = {21: 2, 29: 3, 37: 4}


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
                values[name].append(_number_or_nan(value))
        if total > 0 and count % 10000 == 0:
            feedback.setProgress(20.0 * count / total)
    return PointArrays(np.array(xs, dtype=float), np.array(ys, dtype=float),
                       {name: np.array(v, dtype=float) for name, v in values.items()},
                       null_geometries)


def read_points_fast(layer: QgsVectorLayer, fields: list[str]) -> PointArrays | None:
    """All points of an unfiltered OGR layer through GDAL's Arrow reader, or ``None`` when
    the layer is not one that this reader handles exactly (then use :func:`read_points`)."""
    if (layer.providerType() != "ogr" or layer.subsetString()
            or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    dataset = ogr.Open(parts.get("path", ""))
    if dataset is None:
        return None
    if parts.get("layerName"):
        ogr_layer = dataset.GetLayerByName(parts["layerName"])
    else:
        ogr_layer = dataset.GetLayer(parts.get("layerId") or 0)
    if ogr_layer is None or ogr_layer.GetGeomType() not in (ogr.wkbPoint, ogr.wkbPoint25D,
                                                           ogr.wkbPointM, ogr.wkbPointZM):
        return None
    definition = ogr_layer.GetLayerDefn()
    ogr_layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                                for i in range(definition.GetFieldCount())
                                if definition.GetFieldDefn(i).GetName() not in fields])
    geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    # Filled in place: a list of batches plus their concatenation would need twice the memory.
    capacity = max(ogr_layer.GetFeatureCount(), 0)
    x, y = np.empty(capacity), np.empty(capacity)
    values = {name: np.empty(capacity) for name in fields}
    filled, nulls = 0, 0
    # GDAL 3.6 returns empty geometries when a batch has no other column: keep the FID.
    stream = ogr_layer.GetArrowStreamAsNumPy(
        options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=16384"])
    for batch in stream:
        geometries = batch[geometry_column]
        present = ~np.ma.getmaskarray(geometries)
        nulls += int((~present).sum())
        coordinates = _point_coordinates(np.ma.getdata(geometries)[present])
        if coordinates is None or filled + len(coordinates[0]) > capacity:
            return None
        end = filled + len(coordinates[0])
        x[filled:end], y[filled:end] = coordinates
        for name in fields:
            column = np.ma.masked_invalid(np.ma.asarray(batch[name], dtype=float))
            values[name][filled:end] = column.filled(np.nan)[present]
        filled = end
    return PointArrays(x[:filled], y[:filled], {name: v[:filled] for name, v in values.items()},
                       nulls)


def _point_coordinates(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y from an array of point WKB blobs of one size, or None for anything else."""
    if len(wkb) == 0:
        return np.empty(0), np.empty(0)
    if wkb.dtype.kind == "V":
        size, raw = wkb.dtype.itemsize, wkb.tobytes()
    else:
        size = len(wkb[0])
        if any(len(blob) != size for blob in wkb):
            return None
        raw = b"".join(wkb)
    if size not in _POINT_WKB_SIZES:
        return None
    order = "<" if raw[0] == 1 else ">"
    if raw[::size].count(raw[0]) != len(wkb):
        return None
    dims = _POINT_WKB_SIZES[size]
    record = np.dtype([("order", "u1"), ("type", f"{order}u4"), ("xy", f"{order}f8", (dims,))])
    xy = np.frombuffer(raw, dtype=record)["xy"]
    return xy[:, 0], xy[:, 1]


def _number_or_nan(value) -> float:
    try:
        return float(value) if value is not None and value == value else np.nan
    except (TypeError, ValueError):
        return np.nan
