"""Rows of a GeoPackage read by GDAL straight from the file, not through QGIS or the plugin."""

from __future__ import annotations

import hashlib
from pathlib import Path

from osgeo import ogr


def sql_rows(path: Path, sql: str) -> list[tuple]:
    """The rows ``sql`` selects in the GeoPackage at ``path``, each as a tuple of its fields."""
    ds = ogr.Open(str(path))
    result = ds.ExecuteSQL(sql)
    try:
        return [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    finally:
        ds.ReleaseResultSet(result)


def sql_fingerprint(path: Path, *queries: str) -> str:
    """A hash of what ``queries`` select: equal exactly when the stored rows are, however
    SQLite laid out the file (to show that a failed run changed nothing)."""
    rows = [row for sql in queries for row in sql_rows(path, sql)]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


class _Tables(dict):
    """``{layer}`` in a query becomes the store's quoted (schema-qualified) table name."""

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, name: str) -> str:
        return self.store.table(name)


def store_rows(target, sql: str) -> list[tuple]:
    """The rows ``sql`` selects in any store (GeoPackage path or PostGIS STORE text); write
    table names as ``{parking_occupancy}``. Read through GDAL, as sql_rows does."""
    from heilbronn_digital.heilbronn_digital_plugin.store import core

    store = core.open_store(target)
    return store.query(sql.format_map(_Tables(store)))


def store_fingerprint(target, *queries: str) -> str:
    """sql_fingerprint for any store."""
    rows = [row for sql in queries for row in store_rows(target, sql)]
    return hashlib.sha256(repr(rows).encode()).hexdigest()
