"""``ogr.Open`` that answers ``None`` for a file GDAL cannot open, whatever GDAL's exception
switch says: QGIS 3.40's Processing turns GDAL's Python exceptions on for the whole process
(``ogr.Open`` then raises RuntimeError), QGIS 3.22 leaves them off. OGR only, no QGIS."""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr


def ogr_open(path: str | Path, update: bool = False) -> ogr.DataSource | None:
    try:
        return ogr.Open(str(path), 1 if update else 0)
    except RuntimeError:
        return None
