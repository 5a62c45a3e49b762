"""``ogr.Open`` that answers ``None`` for a file GDAL cannot open, whatever GDAL's exception
switch says: QGIS 3.40's Processing turns GDAL's Python exceptions on for the whole process
(``ogr.Open`` then raises RuntimeError), QGIS 3.22 leaves them off. OGR only, no QGIS."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from osgeo import ogr


def ogr_open(path: str | Path, update: bool = False) -> ogr.DataSource | None:
    try:
        return ogr.Open(str(path), 1 if update else 0)
    except RuntimeError:
        return None


def ogr_geometry(create: Callable[[Any], ogr.Geometry | None], data) -> ogr.Geometry | None:
    """``create(data)`` (``ogr.CreateGeometryFromJson``, ``…FromWkb``), ``None`` for data OGR
    cannot read, whatever GDAL's exception switch says (see ``ogr_open``)."""
    try:
        return create(data)
    except RuntimeError:
        return None
