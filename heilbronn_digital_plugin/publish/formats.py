"""The open formats a published table is written in: GeoJSON (RFC 7946), CSV and GeoPackage.

- GeoJSON: WGS 84 longitude/latitude, counter-clockwise outer rings, coordinates to 6
  decimals (about 10 cm: every position is generalised far beyond that anyway); times with
  their offset.
- CSV: UTF-8 with a header; points as ``lon``/``lat`` columns, other geometries as ``wkt``
  (WGS 84); dates ``YYYY-MM-DD``, times ISO 8601 with their offset. Written here, not by
  OGR, whose CSV driver writes ``2025/11/18 11:00:00+01``.
- GeoPackage: ETRS89 / UTM 32N (EPSG:25832), the city's planning CRS, one layer per table;
  times in UTC as the GeoPackage standard asks.

OGR only (no QGIS), so tests and scripts write the same files as the algorithm.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr, osr

from ..store.core import store_srs
from . import tables as t

GEOJSON = "geojson"
CSV = "csv"
GPKG = "gpkg"
FORMATS = (GEOJSON, CSV, GPKG)

_OGR_TYPES = {t.TEXT: ogr.OFTString, t.INTEGER: ogr.OFTInteger64, t.REAL: ogr.OFTReal,
              t.DATE: ogr.OFTDate, t.DATETIME: ogr.OFTDateTime}
_UTC_TZFLAG = 100
_PRECISION = 6


class FormatError(Exception):
    """A file cannot be written; the message names it."""


def file_name(table: t.Table, fmt: str) -> str:
    return f"{table.name}.{fmt}"


def write_geojson(table: t.Table, path: Path) -> None:
    """One RFC 7946 FeatureCollection (OGR's GeoJSON driver reprojects, orients rings and
    writes times with their offset)."""
    _write_ogr("GeoJSON", path, [table], wgs84(),
               ["RFC7946=YES", f"COORDINATE_PRECISION={_PRECISION}", "WRITE_NAME=NO"],
               utc_times=False)


def write_gpkg(tables: Sequence[t.Table], path: Path) -> None:
    """All ``tables`` as layers of one GeoPackage in EPSG:25832."""
    _write_ogr("GPKG", path, tables, store_srs(), [], utc_times=True)


def write_csv(table: t.Table, path: Path) -> None:
    to_wgs84 = osr.CoordinateTransformation(store_srs(), wgs84())
    names = [c.name for c in table.columns]
    if table.geometry == "Point":
        header = [*names, "lon", "lat"]
    elif table.geometry is not None:
        header = [*names, "wkt"]
    else:
        header = names
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            for row in table.rows:
                values = [_csv_value(row.get(name)) for name in names]
                geometry = _wgs84_geometry(row.get(t.GEOMETRY), to_wgs84)
                if table.geometry == "Point":
                    values += ([f"{geometry.GetX():.{_PRECISION}f}",
                                f"{geometry.GetY():.{_PRECISION}f}"]
                               if geometry is not None else ["", ""])
                elif table.geometry is not None:
                    values.append(_wkt(geometry) if geometry is not None else "")
                writer.writerow(values)
    except OSError as error:
        raise FormatError(f"{path}: {error.strerror}") from error


def wgs84() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    # Longitude first, as GeoJSON and every web map expect.
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write_ogr(driver_name: str, path: Path, tables: Sequence[t.Table],
               srs: osr.SpatialReference, layer_options: list[str], utc_times: bool) -> None:
    driver = ogr.GetDriverByName(driver_name)
    gdal.ErrorReset()
    try:
        ds = driver.CreateDataSource(str(path))
    except RuntimeError as error:  # GDAL's exceptions on (QGIS 3.40's Processing)
        raise FormatError(f"{path}: {error}") from error
    if ds is None:
        raise FormatError(f"{path}: {gdal.GetLastErrorMsg() or 'cannot be created'}")
    to_target = osr.CoordinateTransformation(store_srs(), srs)
    try:
        for table in tables:
            geometry_type = (ogr.wkbNone if table.geometry is None
                             else getattr(ogr, f"wkb{table.geometry}"))
            options = list(layer_options)
            if driver_name == "GPKG":
                options += ["FID=fid", "GEOMETRY_NAME=geom",
                            f"IDENTIFIER={table.title_en}", f"DESCRIPTION={table.title_de}"]
            lyr = ds.CreateLayer(table.name, None if table.geometry is None else srs,
                                 geometry_type, options)
            if lyr is None:
                raise FormatError(f"{path}: layer {table.name}: {gdal.GetLastErrorMsg()}")
            for column in table.columns:
                if lyr.CreateField(ogr.FieldDefn(column.name, _OGR_TYPES[column.kind])) != 0:
                    raise FormatError(f"{path}: field {column.name}: {gdal.GetLastErrorMsg()}")
            defn = lyr.GetLayerDefn()
            lyr.StartTransaction()
            for row in table.rows:
                feature = ogr.Feature(defn)
                for index, column in enumerate(table.columns):
                    _set(feature, index, row.get(column.name), utc_times)
                wkb = row.get(t.GEOMETRY)
                if wkb is not None and table.geometry is not None:
                    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
                    if srs is not None and not srs.IsSame(store_srs()):
                        geometry.Transform(to_target)
                    feature.SetGeometryDirectly(geometry)
                if lyr.CreateFeature(feature) != 0:
                    raise FormatError(f"{path}: {table.name}: {gdal.GetLastErrorMsg()}")
            lyr.CommitTransaction()
    finally:
        ds = None


def _set(feature: ogr.Feature, index: int, value: Any, utc_times: bool) -> None:
    if value is None:
        feature.SetFieldNull(index)
    elif isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"{value} has no time zone")
        stamp = value.astimezone(timezone.utc) if utc_times else value
        offset = int(stamp.utcoffset().total_seconds() // 60)
        # OGR's time zone flag: 100 is UTC, each step 15 minutes.
        feature.SetField(index, stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                         float(stamp.second), _UTC_TZFLAG + offset // 15)
    elif isinstance(value, date):
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0.0, 0)
    else:
        feature.SetField(index, value)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value)


def _wgs84_geometry(wkb: bytes | None, transform: osr.CoordinateTransformation
                    ) -> ogr.Geometry | None:
    if wkb is None:
        return None
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    geometry.Transform(transform)
    return geometry


def _wkt(geometry: ogr.Geometry) -> str:
    """WKT with the GeoJSON precision (OGR's own WKT writes 15 digits)."""
    return _round_wkt(json.loads(geometry.ExportToJson()))


def _round_wkt(geojson: dict) -> str:
    kind = geojson["type"]

    def point(c: Sequence[float]) -> str:
        return f"{c[0]:.{_PRECISION}f} {c[1]:.{_PRECISION}f}"

    def ring(cs: Sequence) -> str:
        return "(" + ", ".join(point(c) for c in cs) + ")"

    coordinates = geojson["coordinates"]
    if kind == "Point":
        return f"POINT ({point(coordinates)})"
    if kind == "LineString":
        return f"LINESTRING {ring(coordinates)}"
    if kind == "Polygon":
        return "POLYGON (" + ", ".join(ring(r) for r in coordinates) + ")"
    if kind == "MultiPolygon":
        return "MULTIPOLYGON (" + ", ".join(
            "(" + ", ".join(ring(r) for r in polygon) + ")" for polygon in coordinates) + ")"
    raise ValueError(f"no WKT writer for {kind}")
