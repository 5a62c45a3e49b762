"""Generalisation for publication: positions to cells, times to Heilbronn days, hours, weeks
and months, and the rule that a cell with fewer than k records is not published.

numpy only. Cells are anchored at the CRS origin (0, 0) of ETRS89 / UTM 32N, never at the
data: a lattice anchored at the westernmost report would put a cell centre exactly on that
report, and a lattice that moved with the data would let two publications be laid over each
other to narrow positions down.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np

from ..analysis.hotspots import CellGrid, Shape
from ..toolbelt.local_time import to_local

GRID = "grid"
HEXAGONS = "hexagons"
DAY = "day"
HOUR = "hour"
WEEK = "week"
MONTH = "month"



def lattice(shape: Shape, size: float) -> CellGrid:
    """Squares or hexagons of ``size`` metres (side, or width across the flats) anchored at
    the CRS origin."""
    if not (math.isfinite(size) and size > 0):
        raise ValueError(f"the cell size must be a positive number of metres, not {size}")
    return CellGrid(Shape(shape), float(size), 0.0, 0.0)


def cell_ids(cx: np.ndarray, cy: np.ndarray) -> list[str]:
    """A readable id per cell: the easting and northing of its centre in metres."""
    return [f"E{round(x)}N{round(y)}" for x, y in zip(cx.tolist(), cy.tolist())]


def group_sizes(keys: np.ndarray) -> np.ndarray:
    """For each element, how many elements share its key (``keys`` may be a 2-D array of
    key columns)."""
    keys = np.asarray(keys)
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64)
    _, inverse, counts = np.unique(keys, axis=0 if keys.ndim > 1 else None,
                                   return_inverse=True, return_counts=True)
    return counts[inverse.ravel()]


def displacement(x: np.ndarray, y: np.ndarray, cx: np.ndarray, cy: np.ndarray) -> float | None:
    """The largest distance in metres between a position and where it is published."""
    if len(x) == 0:
        return None
    return float(np.max(np.hypot(x - cx, y - cy)))


def local(moment: datetime) -> datetime:
    """An aware instant as Heilbronn local time."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment} has no time zone")
    return to_local(moment)


def local_day(moment: datetime) -> date:
    return local(moment).date()


def local_hour(moment: datetime) -> datetime:
    """The start of the Heilbronn hour ``moment`` falls in (aware, with its offset; the
    repeated hour in October keeps its own offset)."""
    return local(moment).replace(minute=0, second=0, microsecond=0)


def quarter_hour(moment: datetime) -> datetime:
    """The start of the quarter hour ``moment`` falls in, in Heilbronn time."""
    stamp = local(moment)
    return stamp.replace(minute=stamp.minute - stamp.minute % 15, second=0, microsecond=0)


def period(day: date, kind: str) -> tuple[str, date, date]:
    """The label, first and last day of the ``MONTH`` or ISO ``WEEK`` that ``day`` is in."""
    if kind == MONTH:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return f"{day.year:04d}-{day.month:02d}", first, following - timedelta(days=1)
    if kind == WEEK:
        year, week, weekday = day.isocalendar()
        first = day - timedelta(days=weekday - 1)
        return f"{year:04d}-W{week:02d}", first, first + timedelta(days=6)
    raise ValueError(f"unknown period {kind!r}")
