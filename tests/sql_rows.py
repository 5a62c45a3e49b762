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
