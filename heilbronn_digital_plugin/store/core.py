"""The store interface: one code path for a GeoPackage and a PostGIS store.

Every store operation of the plugin goes through here: creating and migrating the schema,
upserting records of every feed in one transaction, describing provenance, and the few reads
that imports need. What differs between the two databases (how a transaction takes the write
lock, how a table is named, how an index is inspected, where provenance lives) sits behind a
small backend object (:mod:`.gpkg`, :mod:`.postgis`); the records, keys, upserts and checks
are the same OGR code for both.

OGR only (no QGIS, except to resolve a saved QGIS connection or an authentication config), so
feeds sync from a script, a QgsTask or the feed service alike. GDAL's Python exceptions are a
process-wide switch that other plugins depend on, so return codes are checked instead of
calling ``ogr.UseExceptions()``.

A store is named by its STORE text (:func:`.location.parse_store`): a ``.gpkg`` path, a saved
QGIS PostgreSQL connection or ``service=…``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar, Union

from osgeo import gdal, ogr, osr

from . import migrations, schema
from .location import GPKG, StoreLocation, StoreLocationError, parse_store

# The key of a record's geometry; every other key is a field name.
GEOMETRY = "geometry"
Target = Union[str, Path, StoreLocation, "Store"]
Batches = Mapping[str, Iterable[Mapping[str, Any]]]
T = TypeVar("T")

OGR_TYPES = {
    schema.TEXT: ogr.OFTString,
    schema.INTEGER: ogr.OFTInteger,
    schema.REAL: ogr.OFTReal,
    schema.DATETIME: ogr.OFTDateTime,
}
_UTC_TZFLAG = 100  # OGR's time zone flag for UTC
# The readings joined to their site's point: a spatial, time-enabled layer for the Temporal
# Controller (parking_occupancy has no geometry).
OCCUPANCY_MAP = "parking_occupancy_map"


class StoreError(Exception):
    """The store cannot be opened or written; the message names the store (never with its
    password), the layer or record, and what to do. The store is as it was."""


class StoreVersionError(StoreError):
    """The store was written by a newer version of the plugin."""


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


class Store:
    """One store, GeoPackage or PostGIS. Cheap to make: nothing is opened until used."""

    def __init__(self, location: StoreLocation) -> None:
        self.location = location
        if location.kind == GPKG:
            from .gpkg import GeoPackageBackend

            self.backend = GeoPackageBackend(location)
        else:
            from .postgis import PostgisBackend

            self.backend = PostgisBackend(location)
        # What the last write did to the schema ("migrated from 1 to 2"), for the log.
        self.notes: list[str] = []

    @property
    def label(self) -> str:
        return self.location.label

    @property
    def is_postgis(self) -> bool:
        return self.location.is_postgis

    def exists(self) -> bool:
        """Whether the store holds our schema (a new path or schema does not)."""
        return self.backend.exists()

    def version(self) -> int | None:
        """The schema version stored; ``None`` for a store not created yet."""
        ds = self.backend.open_read()
        if ds is None:
            return None
        try:
            return migrations.stored_version(ds, self.backend)
        finally:
            ds = None

    def create(self) -> list[str]:
        """Create the store, or migrate it to this plugin's schema and complete it: in one
        transaction. Returns what was done to the schema, as sentences (none: nothing)."""
        self.write_layers({}, complete=True)
        return self.notes

    def write_layers(self, batches: Batches | Callable[[Reader], Batches],
                     complete: bool = False) -> dict[str, WriteResult]:
        """Upsert records into several layers, all in one transaction together with creating
        or migrating the schema: every layer changes or none does, and a failure leaves the
        store exactly as it was (a new GeoPackage is not even left behind).

        A record is a mapping of field names to values plus ``GEOMETRY`` (an ``ogr.Geometry``,
        WKB bytes or WKT, already in EPSG:25832). A record whose key matches a stored one
        replaces it. Datetimes must be timezone-aware (or ISO 8601 strings with an offset) and
        are stored in UTC. Fields left out are written as NULL.

        Writers of one store take turns (a lock held for the transaction; readers are never
        blocked by it), so two imports of the same payload at once both succeed: the second
        finds the first one's records and updates them.

        ``batches`` may be a function of a :class:`Reader` that returns them: it runs inside
        the transaction, after the lock, so records merged with what is stored (a site's
        snapshot that only moves forward) see the latest commit of any other writer.
        """
        self.notes = []

        def work(ds: gdal.Dataset) -> dict[str, _LayerWriter]:
            notes = migrations.prepare(ds, self.backend, complete)
            given = batches(Reader(ds, self.backend)) if callable(batches) else batches
            declarations = {name: schema.layer(name) for name in given}
            records_of = {name: list(records) for name, records in given.items()}
            if not complete and not all(_complete(ds, self.backend, declaration)
                                        for declaration in declarations.values()):
                migrations.complete_layers(ds, self.backend)  # a store someone changed
            writers = {}
            for name in declarations:
                lyr = self.backend.layer(ds, name)
                if lyr is None:
                    raise StoreError(f"{self.label} has no layer {name!r}.")
                writers[name] = _LayerWriter(lyr, declarations[name], records_of[name],
                                             self.backend)
            for name, records in records_of.items():
                for number, record in enumerate(records, start=1):
                    try:
                        writers[name].write(record)
                    except (StoreError, TypeError, ValueError) as error:
                        raise StoreError(f"{name}, record {number}: {error}") from error
            self.notes = notes
            return writers

        writers = self.backend.run_transaction(work)
        return {name: WriteResult(w.inserted, w.updated) for name, w in writers.items()}

    def check_writable(self, layer_names: Iterable[str] = ()) -> None:
        """Refuse with a sentence (:class:`StoreError`), before anything is fetched, a store
        this user cannot write: a read-only GeoPackage or folder, a PostgreSQL role that may
        only read the tables of ``layer_names`` (every store table when none are named) or
        may not create what is still missing. Otherwise the first write would fail after
        the download, with the database's words."""
        self.backend.check_writable(tuple(layer_names))

    def set_provenance(self, layer_name: str, provenance: Provenance) -> None:
        """Describe a layer's source and licence inside the store, where QGIS finds it (a
        QGIS metadata document: title, abstract, rights, licence, links, history)."""
        schema.layer(layer_name)  # an unknown name fails here, not halfway through
        document = _qgis_metadata_xml(provenance)

        def work(ds: gdal.Dataset) -> None:
            migrations.prepare(ds, self.backend, complete=False)
            self.backend.write_provenance(ds, layer_name, provenance, document)

        self.backend.run_transaction(work)

    def provenance_document(self, layer_name: str) -> str | None:
        """The QGIS metadata document of a layer, or ``None``."""
        ds = self.backend.open_read()
        if ds is None:
            return None
        try:
            return self.backend.read_provenance(ds, layer_name)
        finally:
            ds = None

    def query(self, sql: str) -> list[tuple]:
        """Rows of a read-only ``sql`` (table names through :meth:`table`); none for a store
        that does not exist yet."""
        ds = self.backend.open_read()
        if ds is None:
            return []
        try:
            return _rows(ds, sql)
        finally:
            ds = None

    def read_features(self, layer_name: str, where: str | None = None
                      ) -> Iterator[ogr.Feature]:
        """The features of a store layer (those ``where`` keeps); none for a store or layer
        that does not exist yet."""
        ds = self.backend.open_read()
        if ds is None:
            return
        yield from Reader(ds, self.backend).features(layer_name, where)

    def table(self, name: str) -> str:
        """``name`` as a quoted (and, in PostGIS, schema-qualified) SQL table name."""
        return self.backend.table(name)

    def open_read(self) -> gdal.Dataset | None:
        """The store opened read-only with OGR, or ``None`` when it does not exist yet."""
        return self.backend.open_read()

    def layer_uri(self, layer_name: str, subset: str = "") -> tuple[str, str]:
        """(URI, QGIS provider key) of a store layer, limited to ``subset`` (a filter in the
        store's SQL), without a password."""
        return self.backend.layer_uri(layer_name, subset)

    def layer_string(self, layer_name: str, subset: str = "") -> str:
        """The layer as one string that Processing loads (``postgres://…`` for PostGIS)."""
        uri, provider = self.layer_uri(layer_name, subset)
        return uri if provider == "ogr" else f"{provider}://{uri}"

    @property
    def text(self) -> str:
        """The STORE text that names this store again (the GeoPackage path; the PostgreSQL
        keys or connection with the schema), never with a password."""
        location = self.location
        if not location.is_postgis:
            return str(location.path)
        where = location.connection or " ".join(f"{k}={v}" for k, v in location.keys)
        extra = f" authcfg={location.authcfg}" if location.authcfg and not \
            location.connection else ""
        return f"{where}{extra} schema={location.schema}"

    def datetime_value(self, value: Any) -> datetime | None:
        """A datetime read from this store (OGR gives GeoPackage text or PostgreSQL's
        ``2025/01/01 10:00:00+00``) as an aware UTC datetime."""
        return parse_stored_datetime(value)


def _complete(ds: gdal.Dataset, backend: Any, declaration: schema.Layer) -> bool:
    """Whether a layer has every field its declaration names and its key index (an upsert
    must not meet an older, narrower key)."""
    lyr = backend.layer(ds, declaration.name)
    if lyr is None:
        return False
    defn = lyr.GetLayerDefn()
    return all(defn.GetFieldIndex(field.name) >= 0 for field in declaration.fields) and \
        backend.index_columns(ds, f"ux_{declaration.name}_key") == declaration.key


class Reader:
    """Reads an open store (inside a write transaction, or a read-only connection)."""

    def __init__(self, ds: gdal.Dataset, backend: Any) -> None:
        self.ds, self.backend = ds, backend

    def features(self, layer_name: str, where: str | None = None) -> Iterator[ogr.Feature]:
        lyr = self.backend.layer(self.ds, layer_name)
        if lyr is None:
            return
        lyr.SetAttributeFilter(where)
        lyr.ResetReading()
        try:
            yield from lyr
        finally:
            lyr.SetAttributeFilter(None)


def open_store(target: Target) -> Store:
    """The store a STORE text, path or location names (a :class:`Store` passes through).
    Raises :class:`StoreError` with the accepted forms when the text names none."""
    if isinstance(target, Store):
        return target
    if isinstance(target, StoreLocation):
        return Store(target)
    try:
        return Store(parse_store(str(target)))
    except StoreLocationError as error:
        raise StoreError(str(error)) from None


def create_store(target: Target) -> list[str]:
    """Create the store with every schema layer, or migrate and complete an existing one
    (missing layers, fields, key indexes and the occupancy view are added; data is kept).
    Idempotent."""
    return open_store(target).create()


def write_layers(target: Target, batches: Batches | Callable[[Reader], Batches]
                 ) -> dict[str, WriteResult]:
    """:meth:`Store.write_layers` on the store ``target`` names."""
    return open_store(target).write_layers(batches)


def write_records(target: Target, layer_name: str,
                  records: Iterable[Mapping[str, Any]]) -> WriteResult:
    """Upsert ``records`` into one layer in one transaction: all of them or none."""
    return write_layers(target, {layer_name: records})[layer_name]


def set_provenance(target: Target, layer_name: str, provenance: Provenance) -> None:
    open_store(target).set_provenance(layer_name, provenance)


_STORED_TIME = re.compile(
    r"^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?$")


def parse_stored_datetime(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime: GeoPackage text (``…T10:00:00.000Z``) or what
    OGR gives for PostgreSQL (``2025/01/01 10:00:00.5+00``); ``None`` for none."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc)
    match = _STORED_TIME.match(str(value).strip()) if value not in (None, "") else None
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, zone = match.group(7) or "0", match.group(8) or "Z"
    moment = datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
    moment += timedelta(microseconds=round(float(f"0.{fraction}") * 1e6))
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return moment


def transaction(ds: gdal.Dataset, work: Callable[[gdal.Dataset], T],
                explain: Callable[[str], str]) -> T:
    """``work(ds)`` in one transaction: committed when it returns, rolled back when it raises.
    ``explain`` turns what the database said into a sentence. GDAL's own error output is
    silenced meanwhile: it would print each failed statement, values and all, on stderr (the
    feed service's log)."""
    if ds.StartTransaction() != ogr.OGRERR_NONE:
        raise StoreError(explain(gdal.GetLastErrorMsg()))
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = work(ds)
    except (StoreError, RuntimeError) as error:
        # RuntimeError: GDAL with exceptions on (QGIS 3.40+ turns them on) raises what it
        # otherwise returns as an error code, e.g. "permission denied for table …".
        ds.RollbackTransaction()
        explained = explain(str(error))
        if isinstance(error, StoreError) and explained == str(error):
            raise  # a sentence already (and its class: StoreVersionError)
        raise StoreError(explained) from error
    except BaseException:
        ds.RollbackTransaction()
        raise
    finally:
        gdal.PopErrorHandler()
    if ds.CommitTransaction() != ogr.OGRERR_NONE:
        message = gdal.GetLastErrorMsg()
        ds.RollbackTransaction()
        raise StoreError(explain(message))
    return result


def execute(ds: gdal.Dataset, sql: str) -> None:
    """Run a statement; a GDAL error becomes a :class:`StoreError`."""
    gdal.ErrorReset()
    result = ds.ExecuteSQL(sql)
    if result is not None:
        ds.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise StoreError(f"{gdal.GetLastErrorMsg()} (in: {sql[:160]})")


def _rows(ds: gdal.Dataset, sql: str) -> list[tuple]:
    gdal.ErrorReset()
    result = ds.ExecuteSQL(sql)
    if result is None:
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            raise StoreError(f"{gdal.GetLastErrorMsg()} (in: {sql[:160]})")
        return []
    try:
        return [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    finally:
        ds.ReleaseResultSet(result)


def rows(ds: gdal.Dataset, sql: str) -> list[tuple]:
    """The rows ``sql`` selects on an open store dataset."""
    return _rows(ds, sql)


def sql_literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def ensure_layer(ds: gdal.Dataset, backend: Any, declaration: schema.Layer) -> None:
    """The layer with every declared field and its UNIQUE key index (created or completed)."""
    lyr = backend.layer(ds, declaration.name)
    if lyr is None:
        geometry = (ogr.wkbNone if declaration.geometry is None
                    else getattr(ogr, f"wkb{declaration.geometry}"))
        srs = None if declaration.geometry is None else store_srs()
        lyr = backend.create_layer(ds, declaration.name, srs, geometry)
    present = {lyr.GetLayerDefn().GetFieldDefn(i).GetName()
               for i in range(lyr.GetLayerDefn().GetFieldCount())}
    for field in declaration.fields:
        if field.name not in present:
            definition = ogr.FieldDefn(field.name, OGR_TYPES[field.kind])
            if lyr.CreateField(definition) != ogr.OGRERR_NONE:
                raise StoreError(f"Cannot add field {declaration.name}.{field.name}: "
                                 f"{gdal.GetLastErrorMsg()}")
    _ensure_key_index(ds, backend, declaration)


def _ensure_key_index(ds: gdal.Dataset, backend: Any, declaration: schema.Layer) -> None:
    """The UNIQUE index on the layer's source key; an index on an older key (a store written
    before the key was widened) is replaced. Widening never fails: rows unique by fewer
    fields are unique by more."""
    index = f"ux_{declaration.name}_key"
    present = backend.index_columns(ds, index)
    if present == declaration.key:
        return
    if present:
        execute(ds, f"DROP INDEX {backend.index_name(index)}")
    columns = ", ".join(f'"{name}"' for name in declaration.key)
    execute(ds, f'CREATE UNIQUE INDEX "{index}" ON {backend.table(declaration.name)} '
                f"({columns})")


# Up to this many distinct values of a key field narrow the look-up of stored keys.
_MAX_LISTED_KEYS = 500


def _key_filter(declaration: schema.Layer, records: list[Mapping[str, Any]],
                backend: Any) -> str:
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
            clauses.append(backend.time_range(column, min(values), max(values)))
        elif len(values) <= _MAX_LISTED_KEYS:
            literals = sorted(str(v) if isinstance(v, (int, float)) else sql_literal(v)
                              for v in values)
            clauses.append(f"{column} IN ({', '.join(literals)})")
    return " AND ".join(clauses)


class _LayerWriter:
    """Writes records into one OGR layer, updating features whose key already exists."""

    def __init__(self, lyr: ogr.Layer, declaration: schema.Layer,
                 records: list[Mapping[str, Any]], backend: Any) -> None:
        self.lyr = lyr
        self.declaration = declaration
        defn = lyr.GetLayerDefn()
        self.defn = defn
        self.indices = {f.name: defn.GetFieldIndex(f.name) for f in declaration.fields}
        missing = [name for name, index in self.indices.items() if index < 0]
        if missing:
            raise StoreError(f"Layer {declaration.name} lacks fields {missing}.")
        self.allowed_keys = set(self.indices) | ({GEOMETRY} if declaration.geometry else set())
        self.geometry_type = (getattr(ogr, f"wkb{declaration.geometry}")
                              if declaration.geometry else None)
        self.fids = (self._existing_keys(_key_filter(declaration, records, backend))
                     if records else {})
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
                key.append(datetime_from_ogr(feature.GetFieldAsDateTime(index)))
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


def datetime_from_ogr(parts: list) -> datetime:
    """An OGR DateTime field (``GetFieldAsDateTime``) as an aware UTC datetime."""
    year, month, day, hour, minute, second, tzflag = parts
    whole = int(second)
    stamp = datetime(year, month, day, hour, minute, whole, tzinfo=timezone.utc)
    if tzflag > 1 and tzflag != _UTC_TZFLAG:  # an offset in 15-minute steps from 100
        stamp -= timedelta(minutes=(tzflag - _UTC_TZFLAG) * 15)
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
