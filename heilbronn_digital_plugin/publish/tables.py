"""A published table: columns that say what they hold (in German and English, with units)
and rows of plain values, ready for every open format and the dataset's README.

Geometries are WKB in the store's CRS (ETRS89 / UTM 32N, EPSG:25832); the writers reproject
where a format needs WGS 84.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from osgeo import ogr

# Column kinds.
TEXT = "text"
INTEGER = "integer"
REAL = "real"
DATE = "date"
# A timezone-aware instant (written with its offset, in UTC in a GeoPackage).
DATETIME = "datetime"

GEOMETRY = "geometry"


@dataclass(frozen=True)
class Column:
    """One published field: what it means for a reader of the README, in both languages."""

    name: str
    kind: str
    de: str
    en: str
    unit: str = ""


@dataclass
class Table:
    """Rows of one published layer. ``geometry`` is an OGR geometry name (``Point``,
    ``Polygon``, ``MultiPolygon``, ``LineString``) or ``None``; ``time_column`` names the
    column the API filters by ``datetime``, ``end_column`` (if any) where each row's period
    ends."""

    name: str
    title_de: str
    title_en: str
    geometry: str | None
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)
    time_column: str | None = None
    end_column: str | None = None

    def column(self, name: str) -> Column:
        for candidate in self.columns:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def values(self, name: str) -> list[Any]:
        return [row.get(name) for row in self.rows]

    def time_range(self) -> tuple[date, date] | None:
        """The first and last day the rows cover (by ``time_column``), or ``None``."""
        if self.time_column is None:
            return None
        ends = self.end_column or self.time_column
        starts = [_day(v) for v in self.values(self.time_column) if v is not None]
        stops = [_day(v) for v in self.values(ends) if v is not None]
        return (min(starts), max(stops)) if starts and stops else None


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def point_wkb(x: float, y: float) -> bytes:
    """ISO WKB of a point."""
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(float(x), float(y))
    return bytes(point.ExportToIsoWkb())


def polygon_wkb(ring: list[tuple[float, float]]) -> bytes:
    """ISO WKB of a polygon with the outer ``ring`` (closed here)."""
    linear = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in [*ring, ring[0]]:
        linear.AddPoint_2D(float(x), float(y))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(linear)
    return bytes(polygon.ExportToIsoWkb())
