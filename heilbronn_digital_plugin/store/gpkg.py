"""The GeoPackage store: create it from the schema, upsert records, describe their provenance.

OGR only (no QGIS), so feeds can sync from a script or a QgsTask alike. GDAL's Python
exceptions are a process-wide switch that other plugins depend on, so return codes are
checked here instead of calling ``ogr.UseExceptions()``.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Union

from osgeo import gdal, ogr, osr

from . import schema

# The key of a record's geometry; every other key is a field name.
GEOMETRY = "geometry"
Target = Union[str, Path, ogr.DataSource]

_OGR_TYPES = {
    schema.TEXT: ogr.OFTString,
    schema.INTEGER: ogr.OFTInteger,
    schema.REAL: ogr.OFTReal,
    schema.DATETIME: ogr.OFTDateTime,
}
_UTC_TZFLAG = 100  # OGR's time zone flag for UTC
_VERSION_ITEM = "HEILBRONN_SCHEMA_VERSION"
# The readings joined to their site's point: a spatial, time-enabled layer for the Temporal
# Controller (parking_occupancy has no geometry). Only plain column references, so GDAL reads
# each column's declared type (observed_at stays a DateTime, free an Integer).
OCCUPANCY_MAP = "parking_occupancy_map"
_OCCUPANCY_MAP_SQL = f"""CREATE VIEW IF NOT EXISTS "{OCCUPANCY_MAP}" AS
SELECT o.fid AS fid, s.geom AS geom, o.site_id AS site_id, s.name AS name,
    s.site_type AS site_type, o.observed_at AS observed_at, o.free AS free,
    o.occupied AS occupied, o.capacity AS capacity, s.capacity AS site_capacity,
    o.status AS status
FROM "{schema.PARKING_OCCUPANCY.name}" AS o
JOIN "{schema.PARKING_SITES.name}" AS s ON s.site_id = o.site_id"""
# QGIS reads layer metadata from gpkg_metadata rows with this standard URI (QGIS >= 3.20).
_QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"


class StoreError(Exception):
    """The store cannot be opened or written; the message says which file, layer or record."""


@dataclass(frozen=True)
class WriteResult:
    inserted: int
    updated: int


@dataclass(frozen=True)
class Provenance:
    """Where a layer's data comes from and how it must be credited.

    ``attribution`` is the credit line a map must show; it becomes the layer's rights
    statement in QGIS.
    """

    title: str
    abstract: str
    attribution: str
    licence: str
    licence_url: str = ""
    source_url: str = ""
    history: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


def store_srs() -> osr.SpatialReference:
    """EPSG:25832 with x = easting, y = northing."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(schema.STORE_EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def wgs84_to_store() -> osr.CoordinateTransformation:
    """Transformation from WGS 84 longitude/latitude (the order feeds use) to the store CRS."""
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    # Without this GDAL 3 expects latitude first for EPSG:4326 and points land in the sea.
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(wgs84, store_srs())


def create_store(path: str | Path, extra_layers: Iterable[schema.Layer] = ()) -> None:
    """Create the GeoPackage with every schema layer, or complete an existing one.

    Idempotent: existing layers and their data are kept; missing layers, fields and
    UNIQUE indexes on the source keys are added. ``extra_layers`` (e.g.
    ``schema.SYNC_LAYERS``) are added too.
    """
    path = Path(path)
    if path.exists():
        ds = _open(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        if ds is None:
            raise StoreError(f"Cannot create the GeoPackage {path}: {gdal.GetLastErrorMsg()}")
    try:
        for declaration in (*schema.LAYERS, *extra_layers):
            _ensure_layer(ds, declaration)
        _ensure_occupancy_map(ds)
        if not _has_table(ds, "gpkg_metadata"):
            # Writing GDAL metadata makes GDAL create the gpkg_metadata tables that
            # set_provenance() fills. Only while they are missing: any later GDAL metadata
            # write copies the QGIS documents into GDAL's own rows.
            ds.SetMetadataItem(_VERSION_ITEM, str(schema.SCHEMA_VERSION))
            ds.FlushCache()
    finally:
        ds = None


def write_records(target: Target, layer_name: str,
                  records: Iterable[Mapping[str, Any]]) -> WriteResult:
    """Upsert ``records`` into ``layer_name`` in one transaction: all of them or none.

    A record is a mapping of field names to values plus ``GEOMETRY`` (an ``ogr.Geometry``,
    WKB bytes or WKT, already in EPSG:25832). A record whose key matches an existing feature
    replaces it. Datetimes must be timezone-aware (or ISO 8601 strings with an offset) and
    are stored in UTC. Fields left out are written as NULL.
    """
    return write_layers(target, {layer_name: records})[layer_name]


def write_layers(target: Target, batches: Mapping[str, Iterable[Mapping[str, Any]]]
                 ) -> dict[str, WriteResult]:
    """Upsert records into several layers in one transaction, like :func:`write_records`.

    For data that belongs together (a report and its status history): either every layer
    changes or none does.
    """
    declarations = {name: schema.layer(name) for name in batches}
    with _dataset(target) as ds:
        layers = {}
        for name in declarations:
            layers[name] = ds.GetLayerByName(name)
            if layers[name] is None:
                raise StoreError(f"The store has no layer {name!r}: run create_store() first.")
        batches = {name: list(records) for name, records in batches.items()}
        writers = {name: _LayerWriter(layers[name], declarations[name], batches[name])
                   for name in batches}
        if ds.StartTransaction() != ogr.OGRERR_NONE:
            raise StoreError(f"Cannot start a transaction: {gdal.GetLastErrorMsg()}")
        try:
            for name, records in batches.items():
                for number, record in enumerate(records, start=1):
                    try:
                        writers[name].write(record)
                    except (StoreError, TypeError, ValueError) as error:
                        raise StoreError(f"{name}, record {number}: {error}") from error
        except BaseException:
            ds.RollbackTransaction()
            raise
        if ds.CommitTransaction() != ogr.OGRERR_NONE:
            raise StoreError(f"Cannot commit to {', '.join(batches)}: "
                             f"{gdal.GetLastErrorMsg()}")
        return {name: WriteResult(w.inserted, w.updated) for name, w in writers.items()}


def set_provenance(target: Target, layer_name: str, provenance: Provenance) -> None:
    """Describe a layer's source and licence inside the GeoPackage.

    Written twice: as a QGIS metadata document in ``gpkg_metadata``, which QGIS shows in the
    layer's metadata (title, abstract, rights, licence, links, history), and as the
    ``gpkg_contents`` description that any GeoPackage reader sees.
    """
    schema.layer(layer_name)  # an unknown name fails here, not halfway through
    document = _qgis_metadata_xml(provenance)
    with _dataset(target) as ds:
        lyr = ds.GetLayerByName(layer_name)
        if lyr is None:
            raise StoreError(f"The store has no layer {layer_name!r}: run create_store() first.")
        _execute(ds, f"UPDATE gpkg_contents SET identifier = {_sql(provenance.title)},"
                     f" description = {_sql(provenance.abstract)}"
                     f" WHERE table_name = {_sql(layer_name)}")
        old = ("SELECT md_file_id FROM gpkg_metadata_reference"
               f" WHERE table_name = {_sql(layer_name)} AND reference_scope = 'table'")
        _execute(ds, f"DELETE FROM gpkg_metadata WHERE md_standard_uri = '{_QGIS_METADATA_URI}'"
                     f" AND id IN ({old})")
        _execute(ds, f"DELETE FROM gpkg_metadata_reference WHERE table_name = {_sql(layer_name)}"
                     " AND reference_scope = 'table' AND md_file_id NOT IN"
                     " (SELECT id FROM gpkg_metadata)")
        _execute(ds, "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata)"
                     f" VALUES ('dataset', '{_QGIS_METADATA_URI}', 'text/xml', {_sql(document)})")
        _execute(ds, "INSERT INTO gpkg_metadata_reference (reference_scope, table_name,"
                     " md_file_id) SELECT 'table', "
                     f"{_sql(layer_name)}, MAX(id) FROM gpkg_metadata")


def _open(path: Path) -> ogr.DataSource:
    try:
        ds = ogr.Open(str(path), 1)
        error = gdal.GetLastErrorMsg() if ds is None else ""
    except RuntimeError as raised:  # GDAL's exceptions on (QGIS 3.40's Processing does that)
        ds, error = None, str(raised)
    if ds is None:
        raise StoreError(f"Cannot open the GeoPackage {path} for writing: "
                         f"{error or 'not a GeoPackage'}")
    return ds


@contextmanager
def _dataset(target: Target) -> Iterator[ogr.DataSource]:
    """The caller's open dataset as it is, or a path opened for the duration of the block."""
    if isinstance(target, ogr.DataSource):
        yield target
        return
    ds = _open(Path(target))
    try:
        yield ds
    finally:
        ds = None


def _ensure_layer(ds: ogr.DataSource, declaration: schema.Layer) -> None:
    lyr = ds.GetLayerByName(declaration.name)
    if lyr is None:
        geometry = (ogr.wkbNone if declaration.geometry is None
                    else getattr(ogr, f"wkb{declaration.geometry}"))
        srs = None if declaration.geometry is None else store_srs()
        lyr = ds.CreateLayer(declaration.name, srs, geometry,
                             options=["FID=fid", "GEOMETRY_NAME=geom"])
        if lyr is None:
            raise StoreError(f"Cannot create layer {declaration.name}: {gdal.GetLastErrorMsg()}")
    present = {lyr.GetLayerDefn().GetFieldDefn(i).GetName()
               for i in range(lyr.GetLayerDefn().GetFieldCount())}
    for field in declaration.fields:
        if field.name not in present:
            definition = ogr.FieldDefn(field.name, _OGR_TYPES[field.kind])
            if lyr.CreateField(definition) != ogr.OGRERR_NONE:
                raise StoreError(f"Cannot add field {declaration.name}.{field.name}: "
                                 f"{gdal.GetLastErrorMsg()}")
    _ensure_key_index(ds, declaration)


def _ensure_key_index(ds: ogr.DataSource, declaration: schema.Layer) -> None:
    """The UNIQUE index on the layer's source key; an index on an older key (a store written
    before the key was widened) is replaced. Widening never fails: rows unique by fewer
    fields are unique by more."""
    index = f"ux_{declaration.name}_key"
    result = ds.ExecuteSQL(f"PRAGMA index_info(\"{index}\")")
    present = tuple(feature.GetField("name") for feature in result) if result else ()
    if result is not None:
        ds.ReleaseResultSet(result)
    if present == declaration.key:
        return
    if present:
        _execute(ds, f'DROP INDEX "{index}"')
    columns = ", ".join(f'"{name}"' for name in declaration.key)
    _execute(ds, f'CREATE UNIQUE INDEX "{index}" ON "{declaration.name}" ({columns})')


def _ensure_occupancy_map(ds: ogr.DataSource) -> None:
    """The view ``OCCUPANCY_MAP``, registered as a point feature table so that GDAL and QGIS
    open it as a layer, and an index that makes a time window (one animation frame) a range
    scan instead of a pass over the whole week."""
    _execute(ds, f'CREATE INDEX IF NOT EXISTS "ix_{schema.PARKING_OCCUPANCY.name}_observed_at"'
                 f' ON "{schema.PARKING_OCCUPANCY.name}" (observed_at)')
    if _has_table(ds, OCCUPANCY_MAP):
        return
    _execute(ds, _OCCUPANCY_MAP_SQL)
    _execute(ds, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
                 f" srs_id) VALUES ('{OCCUPANCY_MAP}', 'features', '{OCCUPANCY_MAP}',"
                 " 'Occupancy readings at their parking site, for the Temporal Controller.',"
                 f" {schema.STORE_EPSG})")
    _execute(ds, "INSERT INTO gpkg_geometry_columns (table_name, column_name,"
                 f" geometry_type_name, srs_id, z, m) VALUES ('{OCCUPANCY_MAP}', 'geom',"
                 f" 'POINT', {schema.STORE_EPSG}, 0, 0)")


def _execute(ds: ogr.DataSource, sql: str) -> None:
    gdal.ErrorReset()
    result = ds.ExecuteSQL(sql)
    if result is not None:
        ds.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise StoreError(f"{gdal.GetLastErrorMsg()} (in: {sql[:120]})")


def _has_table(ds: ogr.DataSource, name: str) -> bool:
    result = ds.ExecuteSQL(f"SELECT count(*) FROM sqlite_master WHERE name = {_sql(name)}")
    try:
        return bool(result.GetNextFeature().GetField(0))
    finally:
        ds.ReleaseResultSet(result)


def _sql(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


# Up to this many distinct values of a key field narrow the look-up of stored keys.
_MAX_LISTED_KEYS = 500


def _key_filter(declaration: schema.Layer, records: list[Mapping[str, Any]]) -> str:
    """An attribute filter that keeps every stored feature whose key may equal a key of
    ``records`` (empty: all of them): a live refresh of a hundred readings then reads the
    stored readings of their sites and days, not the years of readings before."""
    clauses = []
    for name in declaration.key:
        field = declaration.field(name)
        try:
            values = {_normalise(field, record.get(name)) for record in records} - {None}
        except (TypeError, ValueError):
            return ""  # the write names the bad record
        if not values:
            return ""
        column = f'"{name}"'
        if field.kind == schema.DATETIME:
            # GDAL stores ISO 8601 text; whole UTC days as bounds match any spelling of a time.
            first, last = min(values).date(), max(values).date() + timedelta(days=1)
            clauses.append(f"{column} >= '{first.isoformat()}' AND "
                           f"{column} < '{last.isoformat()}'")
        elif len(values) <= _MAX_LISTED_KEYS:
            literals = sorted(str(v) if isinstance(v, (int, float)) else _sql(v)
                              for v in values)
            clauses.append(f"{column} IN ({', '.join(literals)})")
    return " AND ".join(clauses)


class _LayerWriter:
    """Writes records into one OGR layer, updating features whose key already exists."""

    def __init__(self, lyr: ogr.Layer, declaration: schema.Layer,
                 records: list[Mapping[str, Any]]) -> None:
        self.lyr = lyr
        self.declaration = declaration
        defn = lyr.GetLayerDefn()
        self.defn = defn
        self.indices = {f.name: defn.GetFieldIndex(f.name) for f in declaration.fields}
        missing = [name for name, index in self.indices.items() if index < 0]
        if missing:
            raise StoreError(f"Layer {declaration.name} lacks fields {missing}: "
                             "run create_store() to add them.")
        self.allowed_keys = set(self.indices) | ({GEOMETRY} if declaration.geometry else set())
        self.geometry_type = (getattr(ogr, f"wkb{declaration.geometry}")
                              if declaration.geometry else None)
        self.fids = self._existing_keys(_key_filter(declaration, records)) if records else {}
        self.inserted = 0
        self.updated = 0

    def _existing_keys(self, where: str) -> dict[tuple, int]:
        """Key -> FID of the features already stored that ``where`` keeps (keys normalised
        like new records)."""
        lyr = self.lyr
        others = [f.name for f in self.declaration.fields if f.name not in self.declaration.key]
        lyr.SetIgnoredFields([*others, "OGR_GEOMETRY"])
        lyr.SetAttributeFilter(where or None)
        try:
            lyr.ResetReading()
            return {self._stored_key(feature): feature.GetFID() for feature in lyr}
        finally:
            lyr.SetAttributeFilter(None)
            lyr.SetIgnoredFields([])
            lyr.ResetReading()

    def _stored_key(self, feature: ogr.Feature) -> tuple:
        key = []
        for name in self.declaration.key:
            index = self.indices[name]
            if not feature.IsFieldSetAndNotNull(index):
                key.append(None)
            elif self.declaration.field(name).kind == schema.DATETIME:
                key.append(_datetime_from_ogr(feature.GetFieldAsDateTime(index)))
            else:
                key.append(feature.GetField(index))
        return tuple(key)

    def write(self, record: Mapping[str, Any]) -> None:
        unknown = set(record) - self.allowed_keys
        if unknown:
            raise StoreError(f"unknown fields {sorted(unknown)}; unknown source fields belong "
                             "in extra_json")
        feature = ogr.Feature(self.defn)
        values = {f.name: _normalise(f, record.get(f.name)) for f in self.declaration.fields}
        key = tuple(values[name] for name in self.declaration.key)
        if any(part is None for part in key):
            raise StoreError(f"the key {self.declaration.key} must not be empty")
        for name, value in values.items():
            index = self.indices[name]
            if value is None:
                feature.SetFieldNull(index)
            elif isinstance(value, datetime):
                feature.SetField(index, value.year, value.month, value.day, value.hour,
                                 value.minute, value.second + value.microsecond / 1e6,
                                 _UTC_TZFLAG)
            else:
                feature.SetField(index, value)
        if self.geometry_type is not None:
            geometry = record.get(GEOMETRY)
            if geometry is not None:
                feature.SetGeometryDirectly(self._geometry(geometry))
        fid = self.fids.get(key)
        if fid is None:
            ok = self.lyr.CreateFeature(feature)
            self.inserted += 1
        else:
            feature.SetFID(fid)
            ok = self.lyr.SetFeature(feature)
            self.updated += 1
        if ok != ogr.OGRERR_NONE:
            raise StoreError(f"OGR refused the feature {key}: {gdal.GetLastErrorMsg()}")
        self.fids[key] = feature.GetFID()

    def _geometry(self, value: Any) -> ogr.Geometry:
        if isinstance(value, ogr.Geometry):
            geometry = value.Clone()
        elif isinstance(value, (bytes, bytearray)):
            geometry = ogr.CreateGeometryFromWkb(bytes(value))
        elif isinstance(value, str):
            geometry = ogr.CreateGeometryFromWkt(value)
        else:
            raise TypeError(f"geometry must be ogr.Geometry, WKB or WKT, not {type(value)}")
        if geometry is None:
            raise ValueError("the geometry cannot be parsed")
        # A Polygon goes into a MultiPolygon layer and vice versa when it has one part.
        geometry = ogr.ForceTo(geometry, self.geometry_type)
        if ogr.GT_Flatten(geometry.GetGeometryType()) != self.geometry_type:
            raise ValueError(f"a {geometry.GetGeometryName()} does not fit the "
                             f"{self.declaration.geometry} layer {self.declaration.name}")
        return geometry


def _normalise(field: schema.Field, value: Any) -> Any:
    """The value as it will be stored, checked against the field's kind and allowed values."""
    if value is None:
        return None
    if field.kind == schema.DATETIME:
        value = _utc(value, field.name)
    elif field.kind == schema.INTEGER:
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(f"{field.name} must be an integer, not {value}")
        value = int(value)
    elif field.kind == schema.REAL:
        value = float(value)
    else:
        value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if field.allowed is not None and value not in field.allowed:
        raise ValueError(f"{field.name} must be one of {field.allowed}, not {value!r}")
    return value


def _utc(value: Any, name: str) -> datetime:
    if isinstance(value, str):
        try:
            # Python < 3.11 does not read a trailing "Z".
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{name} is not an ISO 8601 date and time: {value!r}") from None
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} has no time zone ({value.isoformat()}); the store needs "
                         "instants, so say which zone the source means")
    # The store keeps millisecond precision; rounding here keeps upsert keys stable.
    return _to_millis(value.astimezone(timezone.utc), value.microsecond / 1000)


def _datetime_from_ogr(parts: list) -> datetime:
    year, month, day, hour, minute, second, _tz = parts
    whole = int(second)
    stamp = datetime(year, month, day, hour, minute, whole, tzinfo=timezone.utc)
    return _to_millis(stamp, (second - whole) * 1000)


def _to_millis(stamp: datetime, millis: float) -> datetime:
    """``stamp`` with its sub-second part replaced by ``millis`` rounded to whole ms."""
    return stamp.replace(microsecond=0) + timedelta(milliseconds=round(millis))


def _qgis_metadata_xml(provenance: Provenance) -> str:
    """A QGIS layer metadata document (the .qmd format) for ``provenance``."""
    root = ET.Element("qgis", version="3.22")
    for tag, text in (("identifier", provenance.title), ("parentidentifier", ""),
                      ("language", "de"), ("type", "dataset"), ("title", provenance.title),
                      ("abstract", provenance.abstract)):
        ET.SubElement(root, tag).text = text
    if provenance.keywords:
        keywords = ET.SubElement(root, "keywords", vocabulary="gmd:topicCategory")
        for word in provenance.keywords:
            ET.SubElement(keywords, "keyword").text = word
    links = ET.SubElement(root, "links")
    for name, url in (("Source", provenance.source_url), ("Licence", provenance.licence_url)):
        if url:
            ET.SubElement(links, "link", name=name, type="WWW:LINK", url=url, description="",
                          format="", mimeType="", size="")
    for entry in provenance.history:
        ET.SubElement(root, "history").text = entry
    ET.SubElement(root, "fees").text = ""
    ET.SubElement(root, "rights").text = provenance.attribution
    ET.SubElement(root, "license").text = provenance.licence
    ET.SubElement(root, "encoding").text = "UTF-8"
    return ET.tostring(root, encoding="unicode")
