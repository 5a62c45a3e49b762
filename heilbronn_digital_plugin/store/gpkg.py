"""The GeoPackage backend of the store (:mod:`.core`): one file per project, SQLite inside.

- **Transactions.** A write takes SQLite's write lock before it reads anything (a statement
  that writes nothing, right after BEGIN), so writers of one file take turns instead of failing
  with "UNIQUE constraint failed"; each waits up to ``BUSY_TIMEOUT_MS`` for the other. Readers
  (QGIS drawing the map) are not blocked by a writer except for the moment of its commit.
- **A new file** is built under a temporary name beside the target and linked into place only
  when its transaction has committed: a failed first import leaves no file behind, and of two
  imports creating the same file at once the second writes into the first one's file.
- **Provenance** is a QGIS metadata document in ``gpkg_metadata`` (QGIS reads it itself) and
  the ``gpkg_contents`` description.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from osgeo import gdal, ogr

from ..toolbelt.i18n import tr
from . import core, schema
from .location import StoreLocation

T = TypeVar("T")
BUSY_TIMEOUT_MS = 60_000
_VERSION_ITEM = "HEILBRONN_SCHEMA_VERSION"
# QGIS reads layer metadata from gpkg_metadata rows with this standard URI (QGIS >= 3.20).
_QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"
# Only plain column references, so GDAL reads each column's declared type (observed_at stays
# a DateTime, free an Integer).
_OCCUPANCY_MAP_SQL = f"""CREATE VIEW IF NOT EXISTS "{core.OCCUPANCY_MAP}" AS
SELECT o.fid AS fid, s.geom AS geom, o.site_id AS site_id, s.name AS name,
    s.site_type AS site_type, o.observed_at AS observed_at, o.free AS free,
    o.occupied AS occupied, o.capacity AS capacity, s.capacity AS site_capacity,
    o.status AS status
FROM "{schema.PARKING_OCCUPANCY.name}" AS o
JOIN "{schema.PARKING_SITES.name}" AS s ON s.site_id = o.site_id"""


class _Taken(Exception):
    """Another writer created the file first: write into theirs."""


class GeoPackageBackend:
    def __init__(self, location: StoreLocation) -> None:
        self.location = location
        self.path = Path(location.path)

    # -- opening and transactions ------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.is_file()

    def open_read(self) -> gdal.Dataset | None:
        if not self.path.is_file():
            return None
        return self._open(self.path, update=False)

    def run_transaction(self, work: Callable[[gdal.Dataset], T]) -> T:
        """``work(ds)`` inside one transaction holding the write lock; committed when it
        returns, rolled back (and a new file removed) when it raises."""
        for _attempt in range(3):
            if self.path.exists():
                return self._in_place(work)
            try:
                return self._new_file(work)
            except _Taken:
                continue
        return self._in_place(work)

    def _in_place(self, work: Callable[[gdal.Dataset], T]) -> T:
        ds = self._open(self.path, update=True)
        try:
            return self._transaction(ds, work)
        finally:
            ds = None

    def _new_file(self, work: Callable[[gdal.Dataset], T]) -> T:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise core.StoreError(tr("Cannot create the folder of {store}: {error}").format(
                store=self.path, error=error.strerror)) from None
        temporary = self.path.with_name(f".{self.path.stem}.{uuid.uuid4().hex[:12]}.gpkg")
        try:
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(temporary))
            if ds is None:
                raise core.StoreError(tr(
                    "Cannot create the GeoPackage {store}: {error}. Check that the folder "
                    "exists and may be written").format(store=self.path,
                                                        error=gdal.GetLastErrorMsg()))
            # GDAL creates gpkg_metadata (which set_provenance fills) on a metadata write.
            ds.SetMetadataItem(_VERSION_ITEM, str(schema.SCHEMA_VERSION))
            try:
                result = self._transaction(ds, work)
            finally:
                ds = None
            _publish(temporary, self.path)
            return result
        finally:
            for leftover in (temporary, *(Path(f"{temporary}{s}") for s in ("-wal", "-shm",
                                                                          "-journal"))):
                if leftover.exists():
                    leftover.unlink()

    def check_writable(self, layer_names: tuple[str, ...]) -> None:
        """A read-only file, or a file in a read-only folder, where SQLite cannot create the
        journal it writes beside the file (and then fails with "no such table")."""
        folder = self.path.parent
        if self.path.exists() and not os.access(self.path, os.W_OK):
            raise core.StoreError(tr(
                "The store {path} is read-only. Make it writable, or copy it and import into "
                "the copy.").format(path=self.path))
        if folder.is_dir() and not os.access(folder, os.W_OK):
            raise core.StoreError(tr(
                "The folder {folder} is read-only, so the store {name} in it cannot be "
                "written (a GeoPackage needs to write a journal file beside it). Copy the "
                "store to a writable folder, or choose another.").format(
                    folder=folder, name=self.path.name))

    def _transaction(self, ds: gdal.Dataset, work: Callable[[gdal.Dataset], T]) -> T:
        core.execute(ds, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

        def locked(ds: gdal.Dataset) -> T:
            # Take the write lock before reading anything: a deferred transaction that has
            # read cannot take it later once another writer committed (SQLITE_BUSY).
            core.execute(ds, "DELETE FROM gpkg_contents WHERE 0")
            return work(ds)

        return core.transaction(ds, locked, self._explain)

    def _explain(self, message: str) -> str:
        lowered = message.lower()
        if "database is locked" in lowered:
            return tr("{store} is being written by another import or refresh and stayed "
                      "locked for {seconds} s; try again when it has finished").format(
                          store=self.path, seconds=BUSY_TIMEOUT_MS // 1000)
        if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
            return tr("{store} cannot be written (a read-only file or folder?): {error}. "
                      "Choose a store in a folder you may write to").format(
                          store=self.path, error=message)
        return message

    def _open(self, path: Path, update: bool) -> gdal.Dataset:
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        try:
            ds = gdal.OpenEx(str(path), flags, allowed_drivers=["GPKG"])
            error = gdal.GetLastErrorMsg() if ds is None else ""
        except RuntimeError as raised:  # GDAL's exceptions on (QGIS 3.40's Processing)
            ds, error = None, str(raised)
        if ds is None:
            text = (tr("Cannot open the GeoPackage {path} for writing: {error}") if update
                    else tr("Cannot open the GeoPackage {path} for reading: {error}"))
            raise core.StoreError(text.format(path=path,
                                              error=error or tr("not a GeoPackage")))
        return ds

    # -- names and schema ---------------------------------------------------------------------

    def layer(self, ds: gdal.Dataset, name: str) -> ogr.Layer | None:
        return ds.GetLayerByName(name)

    def table(self, name: str) -> str:
        return f'"{name}"'

    def index_name(self, index: str) -> str:
        return f'"{index}"'

    def create_layer(self, ds: gdal.Dataset, name: str, srs: Any, geometry: int) -> ogr.Layer:
        lyr = ds.CreateLayer(name, srs, geometry, options=["FID=fid", "GEOMETRY_NAME=geom"])
        if lyr is None:
            raise core.StoreError(f"Cannot create layer {name}: {gdal.GetLastErrorMsg()}")
        return lyr

    def has_table(self, ds: gdal.Dataset, name: str) -> bool:
        found = core.rows(ds, "SELECT count(*) FROM sqlite_master WHERE name = "
                              f"{core.sql_literal(name)}")
        return bool(found and found[0][0])

    def index_columns(self, ds: gdal.Dataset, index: str) -> tuple[str, ...]:
        result = ds.ExecuteSQL(f'PRAGMA index_info("{index}")')
        if result is None:
            return ()
        try:
            return tuple(feature.GetField("name") for feature in result)
        finally:
            ds.ReleaseResultSet(result)

    def check_new(self, ds: gdal.Dataset) -> None:
        """A GeoPackage of other layers may take ours beside them."""

    def time_range(self, column: str, first: datetime, last: datetime) -> str:
        """A filter that keeps every stored time from ``first`` to ``last`` (UTC). Times are
        ISO 8601 text here, spelt as whoever wrote them did (``T`` or a space, with or
        without milliseconds): whole UTC days as text bounds match every spelling (a date
        compares below every time of that day)."""
        end = last.date() + timedelta(days=1)
        return f"{column} >= '{first.date().isoformat()}' AND {column} < '{end.isoformat()}'"

    def ensure_occupancy_map(self, ds: gdal.Dataset) -> None:
        """The view ``OCCUPANCY_MAP``, registered as a point feature table so that GDAL and
        QGIS open it as a layer, and an index that makes a time window (one animation frame)
        a range scan instead of a pass over the whole week."""
        core.execute(ds, f'CREATE INDEX IF NOT EXISTS "ix_{schema.PARKING_OCCUPANCY.name}'
                         f'_observed_at" ON "{schema.PARKING_OCCUPANCY.name}" (observed_at)')
        if self.has_table(ds, core.OCCUPANCY_MAP):
            return
        core.execute(ds, _OCCUPANCY_MAP_SQL)
        core.execute(ds, "INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                         f"description, srs_id) VALUES ('{core.OCCUPANCY_MAP}', 'features', "
                         f"'{core.OCCUPANCY_MAP}', 'Occupancy readings at their parking site, "
                         f"for the Temporal Controller.', {schema.STORE_EPSG})")
        core.execute(ds, "INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                         f"geometry_type_name, srs_id, z, m) VALUES ('{core.OCCUPANCY_MAP}', "
                         f"'geom', 'POINT', {schema.STORE_EPSG}, 0, 0)")

    # -- provenance and QGIS ------------------------------------------------------------------

    def write_provenance(self, ds: gdal.Dataset, layer_name: str,
                         provenance: core.Provenance, document: str) -> None:
        sql = core.sql_literal
        core.execute(ds, f"UPDATE gpkg_contents SET identifier = {sql(provenance.title)},"
                         f" description = {sql(provenance.abstract)}"
                         f" WHERE table_name = {sql(layer_name)}")
        old = ("SELECT md_file_id FROM gpkg_metadata_reference"
               f" WHERE table_name = {sql(layer_name)} AND reference_scope = 'table'")
        core.execute(ds, f"DELETE FROM gpkg_metadata WHERE md_standard_uri = "
                         f"'{_QGIS_METADATA_URI}' AND id IN ({old})")
        core.execute(ds, f"DELETE FROM gpkg_metadata_reference WHERE table_name = "
                         f"{sql(layer_name)} AND reference_scope = 'table' AND md_file_id NOT IN"
                         " (SELECT id FROM gpkg_metadata)")
        core.execute(ds, "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, "
                         f"metadata) VALUES ('dataset', '{_QGIS_METADATA_URI}', 'text/xml', "
                         f"{sql(document)})")
        core.execute(ds, "INSERT INTO gpkg_metadata_reference (reference_scope, table_name,"
                         f" md_file_id) SELECT 'table', {sql(layer_name)}, MAX(id) "
                         "FROM gpkg_metadata")

    def read_provenance(self, ds: gdal.Dataset, layer_name: str) -> str | None:
        if not self.has_table(ds, "gpkg_metadata_reference"):
            return None
        found = core.rows(ds, (
            "SELECT m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
            f"ON r.md_file_id = m.id WHERE r.table_name = {core.sql_literal(layer_name)} "
            f"AND m.md_standard_uri = '{_QGIS_METADATA_URI}' ORDER BY m.id DESC"))
        return found[0][0] if found else None

    def layer_uri(self, layer_name: str, subset: str = "") -> tuple[str, str]:
        # The subset in the URI, not through setSubsetString(): on QGIS 3.22 that call reopens
        # the GeoPackage and, in WAL mode, breaks SQL requests of every other layer of it.
        uri = f"{self.path}|layername={layer_name}"
        return (f"{uri}|subset={subset}" if subset else uri), "ogr"


def _publish(temporary: Path, target: Path) -> None:
    """Move the finished file into place unless another writer got there first."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise _Taken() from None
    except OSError:  # a file system without hard links: a rename, checked first
        if target.exists():
            raise _Taken() from None
        os.replace(temporary, target)
