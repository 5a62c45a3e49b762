"""The PostGIS backend of the store (:mod:`.core`): one shared store for a planning office.

Through GDAL/OGR's PostgreSQL driver, like the GeoPackage backend, so both share one code path
(layers, features, upserts, transactions) and the feed service needs no QGIS desktop. QGIS's
own ``postgres`` provider shows the layers; psycopg2 is not needed (not every QGIS has it).

- **Where.** Every table lives in one schema (default ``heilbronn_digital``), created by the
  first write if the user may; names are always schema-qualified.
- **Transactions.** One per write; DDL (creating or migrating the schema) is transactional in
  PostgreSQL, so a failed first import leaves not even an empty schema. Writers of one store
  take turns through a transaction-scoped advisory lock (released at commit, rollback, or when
  a killed writer's connection drops); readers never wait for it (MVCC). Schema changes run
  only when something is missing, so a current store takes no table locks.
- **Provenance** is kept in ``heilbronn_layer_metadata`` (a QGIS metadata document per layer,
  applied by ``store/layers.py`` when it loads a layer) and as the table comment, which QGIS
  shows as the abstract.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from osgeo import gdal, ogr

from ..toolbelt.i18n import tr
from . import core, schema
from .location import StoreLocation, StoreLocationError

T = TypeVar("T")
LOCK_TIMEOUT_S = 60
METADATA_TABLE = "heilbronn_layer_metadata"
_MILLISECOND = timedelta(milliseconds=1)


class PostgisBackend:
    def __init__(self, location: StoreLocation) -> None:
        self.location = location
        self.schema = location.schema
        self._secrets: tuple[str, ...] = ()

    # -- opening and transactions ------------------------------------------------------------

    def _open(self, update: bool) -> gdal.Dataset:
        try:
            keys = self.location.resolved_keys()
        except StoreLocationError as error:  # no such saved connection, no auth config
            raise core.StoreError(str(error)) from None
        name = self.location.ogr_name(keys)
        self._secrets = tuple(v for k, v in keys.items() if k == "password" and v)
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        gdal.ErrorReset()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = gdal.OpenEx(name, flags, allowed_drivers=["PostgreSQL"])
            error = gdal.GetLastErrorMsg() if ds is None else ""
        except RuntimeError as raised:  # GDAL's exceptions on (QGIS 3.40's Processing)
            ds, error = None, str(raised)
        finally:
            gdal.PopErrorHandler()
        if ds is None:
            said = "; ".join(line.strip() for line in error.splitlines()
                             if line.strip() and "PQconnectdb failed" not in line)
            raise core.StoreError(self._scrub(tr(
                "Cannot connect to {store}: {error}. Check the connection (host, port, "
                "database; the service in pg_service.conf) and its credentials (QGIS "
                "authentication database or .pgpass).").format(
                    store=self.location.label, error=said.rstrip(".?") or tr("no answer"))))
        return ds

    def open_read(self) -> gdal.Dataset | None:
        ds = self._open(update=False)
        if not self._schema_exists(ds):
            return None
        return ds

    def exists(self) -> bool:
        ds = self.open_read()
        if ds is None:
            return False
        from .migrations import stored_version

        return stored_version(ds, self) is not None

    def run_transaction(self, work: Callable[[gdal.Dataset], T]) -> T:
        """``work(ds)`` in one transaction holding this store's writer lock."""
        ds = self._open(update=True)
        try:
            if not core.rows(ds, "SELECT 1 FROM pg_extension WHERE extname = 'postgis'"):
                raise core.StoreError(tr(
                    "PostGIS is not installed in the database of {store}. Ask its "
                    "administrator to run CREATE EXTENSION postgis; in it (it needs a "
                    "superuser)").format(store=self.location.label))

            def locked(ds: gdal.Dataset) -> T:
                core.rows(ds, f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
                core.rows(ds, "SELECT pg_advisory_xact_lock(hashtext("
                              f"{core.sql_literal('heilbronn_digital:' + self.schema)}))")
                if not self._schema_exists(ds):
                    core.execute(ds, f'CREATE SCHEMA "{self.schema}"')
                return work(ds)

            return core.transaction(ds, locked, self._explain)
        finally:
            ds = None

    def check_writable(self, layer_names: tuple[str, ...]) -> None:
        """A role that lacks INSERT or UPDATE on a table the write needs, CREATE in the
        schema for a table still to be made, or CREATE on the database for the schema: the
        sentences PostgreSQL's refusal would get at the first write."""
        names = layer_names or tuple(layer.name for layer in schema.LAYERS)
        ds = self._open(update=False)
        try:
            if not self._schema_exists(ds):
                if core.rows(ds, "SELECT 1 WHERE NOT has_database_privilege("
                                 "current_database(), 'CREATE')"):
                    raise core.StoreError(self._explain("permission denied for database"))
                return
            listed = ", ".join(core.sql_literal(name) for name in names)
            tables = core.rows(ds, (
                "SELECT c.relname, CASE WHEN has_table_privilege(c.oid, 'INSERT') AND "
                "has_table_privilege(c.oid, 'UPDATE') THEN 1 ELSE 0 END "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                f"WHERE n.nspname = {core.sql_literal(self.schema)} AND c.relname IN "
                f"({listed}) AND c.relkind IN ('r', 'p')"))
            denied = sorted((str(name) for name, writable in tables if not int(writable)),
                            key=names.index)
            if denied:
                raise core.StoreError(self._explain(f"permission denied for table {denied[0]}"))
            if len(tables) < len(set(names)) and core.rows(
                    ds, "SELECT 1 WHERE NOT has_schema_privilege("
                        f"{core.sql_literal(self.schema)}, 'CREATE')"):
                raise core.StoreError(self._explain(
                    f"permission denied for schema {self.schema}"))
        finally:
            ds = None

    def _schema_exists(self, ds: gdal.Dataset) -> bool:
        return bool(core.rows(ds, "SELECT 1 FROM pg_namespace WHERE nspname = "
                                  f"{core.sql_literal(self.schema)}"))

    def _explain(self, message: str) -> str:
        """A sentence for what PostgreSQL said, naming the store (never its password)."""
        label, lowered = self.location.label, message.lower()
        if "lock timeout" in lowered:
            sentence = tr("{store} is being written by another import or refresh for more "
                          "than {seconds} s; try again when it has finished").format(
                              store=label, seconds=LOCK_TIMEOUT_S)
        elif "permission denied for database" in lowered or (
                "permission denied" in lowered and "create schema" in lowered):
            sentence = tr("The user of {store} may not create the schema {schema}. Ask the "
                          "database administrator to create it for the writer role (CREATE "
                          "SCHEMA {schema} AUTHORIZATION <writer role>;) or to grant CREATE "
                          "on the database").format(store=label, schema=self.schema)
        elif "permission denied" in lowered:
            denied = re.search(r"permission denied for \w+ [\w.\"]+", message)
            sentence = tr("The user of {store} may read this store but not change it "
                          "({reason}). Imports and live refreshes need a writer role (README: "
                          "Shared store (PostGIS), Roles)").format(
                              store=label,
                              reason=denied.group(0) if denied else "permission denied")
        elif any(text in lowered for text in ("server closed the connection",
                                              "terminating connection", "connection not open",
                                              "no connection to the server",
                                              "could not receive data")):
            sentence = tr("The connection to {store} was lost in the middle of the write "
                          "({reason}); PostgreSQL rolled the unfinished transaction back: try "
                          "again when the server is reachable").format(
                              store=label, reason=message.strip().splitlines()[0])
        else:
            return self._scrub(message)
        # Callers add that the store is unchanged.
        return self._scrub(sentence).rstrip(".")

    def _scrub(self, message: str) -> str:
        """Without the password, and without the SQL that OGR quotes after "Command:" (it
        holds the record's values, personal data among them)."""
        message = message.split("\nCommand:")[0].split("Command: ")[0].strip()
        for secret in self._secrets:
            message = message.replace(secret, "********")
        return message

    # -- names and schema ---------------------------------------------------------------------

    def layer(self, ds: gdal.Dataset, name: str) -> ogr.Layer | None:
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            return ds.GetLayerByName(f"{self.schema}.{name}")
        finally:
            gdal.PopErrorHandler()

    def table(self, name: str) -> str:
        return f'"{self.schema}"."{name}"'

    def index_name(self, index: str) -> str:
        return f'"{self.schema}"."{index}"'

    def create_layer(self, ds: gdal.Dataset, name: str, srs: Any, geometry: int) -> ogr.Layer:
        options = [f"SCHEMA={self.schema}", "FID=fid", "LAUNDER=NO", "PRECISION=NO"]
        if geometry != ogr.wkbNone:
            options += ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST", "DIM=2"]
        lyr = ds.CreateLayer(name, srs, geometry, options=options)
        if lyr is None:
            raise core.StoreError(f"Cannot create layer {name}: {gdal.GetLastErrorMsg()}")
        return lyr

    def has_table(self, ds: gdal.Dataset, name: str) -> bool:
        return bool(core.rows(ds, (
            "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = {core.sql_literal(self.schema)} "
            f"AND c.relname = {core.sql_literal(name)} AND c.relkind IN ('r', 'v', 'm', 'p')")))

    def index_columns(self, ds: gdal.Dataset, index: str) -> tuple[str, ...]:
        found = core.rows(ds, (
            "SELECT a.attname FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            f"WHERE n.nspname = {core.sql_literal(self.schema)} "
            f"AND c.relname = {core.sql_literal(index)} "
            "ORDER BY array_position(i.indkey::int2[], a.attnum)"))
        return tuple(row[0] for row in found)

    def check_new(self, ds: gdal.Dataset) -> None:
        """A schema that holds tables of something else is not taken over."""
        others = core.rows(ds, (
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = {core.sql_literal(self.schema)} "
            "AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1 LIMIT 5"))
        if others:
            names = ", ".join(row[0] for row in others)
            raise core.StoreError(tr(
                "The schema {schema} of {store} holds tables that are not a Heilbronn Digital "
                "store ({tables}). Choose another schema with schema=<name> in the store"
            ).format(schema=self.schema, store=self.location.label, tables=names))

    def time_range(self, column: str, first: datetime, last: datetime) -> str:
        """A filter that keeps every stored time from ``first`` to ``last``: a timestamptz
        compares exactly, so a refresh reads the keys of its own readings through the key
        index, not a whole day of every site. A millisecond of margin: keys compare at
        millisecond precision, and a time written by another tool may have microseconds."""
        first, last = first - _MILLISECOND, last + _MILLISECOND
        return (f"{column} >= '{first.isoformat()}'::timestamptz AND "
                f"{column} <= '{last.isoformat()}'::timestamptz")

    def ensure_occupancy_map(self, ds: gdal.Dataset) -> None:
        """The view ``OCCUPANCY_MAP`` (the readings at their site's point, for the Temporal
        Controller), the index that makes one frame a range scan, and the metadata table.
        Created only when missing: CREATE OR REPLACE VIEW would wait for every reader."""
        readings, sites = schema.PARKING_OCCUPANCY.name, schema.PARKING_SITES.name
        if not self.index_columns(ds, f"ix_{readings}_observed_at"):
            core.execute(ds, f'CREATE INDEX "ix_{readings}_observed_at" ON '
                             f"{self.table(readings)} (observed_at)")
        if not self.has_table(ds, core.OCCUPANCY_MAP):
            core.execute(ds, (
                f"CREATE VIEW {self.table(core.OCCUPANCY_MAP)} AS SELECT o.fid AS fid, "
                "s.geom AS geom, o.site_id AS site_id, s.name AS name, "
                "s.site_type AS site_type, o.observed_at AS observed_at, o.free AS free, "
                "o.occupied AS occupied, o.capacity AS capacity, "
                "s.capacity AS site_capacity, o.status AS status "
                f"FROM {self.table(readings)} AS o "
                f"JOIN {self.table(sites)} AS s ON s.site_id = o.site_id"))
        if not self.has_table(ds, METADATA_TABLE):
            core.execute(ds, f"CREATE TABLE {self.table(METADATA_TABLE)} (layer_name text "
                             "PRIMARY KEY, qgis_metadata text NOT NULL)")

    # -- provenance and QGIS ------------------------------------------------------------------

    def write_provenance(self, ds: gdal.Dataset, layer_name: str,
                         provenance: core.Provenance, document: str) -> None:
        sql = core.sql_literal
        core.execute(ds, f"INSERT INTO {self.table(METADATA_TABLE)} (layer_name, "
                         f"qgis_metadata) VALUES ({sql(layer_name)}, {sql(document)}) "
                         "ON CONFLICT (layer_name) DO UPDATE SET "
                         "qgis_metadata = EXCLUDED.qgis_metadata")
        core.execute(ds, f"COMMENT ON TABLE {self.table(layer_name)} IS "
                         f"{sql(provenance.abstract)}")

    def read_provenance(self, ds: gdal.Dataset, layer_name: str) -> str | None:
        if not self.has_table(ds, METADATA_TABLE):
            return None
        found = core.rows(ds, f"SELECT qgis_metadata FROM {self.table(METADATA_TABLE)} "
                              f"WHERE layer_name = {core.sql_literal(layer_name)}")
        return found[0][0] if found else None

    def layer_uri(self, layer_name: str, subset: str = "") -> tuple[str, str]:
        from qgis.core import QgsWkbTypes

        geometry = (schema.PARKING_SITES.geometry if layer_name == core.OCCUPANCY_MAP
                    else schema.layer(layer_name).geometry)
        wkb = QgsWkbTypes.parseType(geometry) if geometry else None
        uri = self.location.qgis_uri(layer_name, "geom" if geometry else None, wkb,
                                     subset=subset)
        return uri, "postgres"
