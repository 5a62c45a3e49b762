"""Fixed-distance-band neighbours of many points, fast and without scipy.

Pure numpy: no Qt, no QGIS. Points are hashed into square buckets half as wide as the search
radius and sorted by bucket, row by row. Every point within the radius of a query then lies
in the five rows of five buckets around the query's bucket, and each such row of buckets is
one contiguous run of the sorted points: five runs per query, found by ``searchsorted``,
expanded into candidate pairs chunk by chunk (memory grows with the candidates of one chunk,
never with n²). Queries are taken in bucket order, so the pairs come out grouped by query.

Coordinates enter only as differences from the points' lower-left corner and between points,
so a translation of the data (EPSG:4647's 32,000,000 m false easting against EPSG:25832's
500,000 m) changes no neighbour.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

# Lattice distances are exact multiples of the cell size; a band typed as "2 cells" must not
# lose the neighbours at exactly 2 cells to rounding of the cell centres.
_RELATIVE_TOLERANCE = 1e-9
# Buckets per search radius: 2 looks at 6.25 r² around a query (1 would look at 9 r²) for
# five runs of sorted points per query.
_SPLIT = 2
# Candidate pairs expanded at once: about 100 MB of working arrays.
_CHUNK_PAIRS = 250_000


@dataclass(frozen=True)
class Neighbours:
    """Binary neighbour lists in compressed sparse row form, without the point itself:
    the neighbours of point ``i`` are ``indices[indptr[i]:indptr[i + 1]]``, at
    ``distances[indptr[i]:indptr[i + 1]]`` (metres, or the unit of the coordinates). The
    order within a row is fixed by the points' positions relative to each other (so the
    same points, translated, give the same lists) but is not sorted by index."""

    indptr: np.ndarray
    indices: np.ndarray
    distances: np.ndarray

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def cardinality(self) -> np.ndarray:
        """Number of neighbours of each point (self excluded)."""
        return np.diff(self.indptr)

    @property
    def rows(self) -> np.ndarray:
        """The point each entry of ``indices`` belongs to."""
        return np.repeat(np.arange(self.n), self.cardinality)

    def within(self, band: float) -> Neighbours:
        """The neighbours no farther than ``band`` (which must not exceed the band these were
        built with): one pass builds the widest band, narrower ones are subsets."""
        keep = self.distances <= band * (1.0 + _RELATIVE_TOLERANCE)
        counts = np.bincount(self.rows[keep], minlength=self.n)
        indptr = np.concatenate(([0], np.cumsum(counts)))
        return Neighbours(indptr, self.indices[keep], self.distances[keep])

    def lag(self, values: np.ndarray) -> np.ndarray:
        """Sum of ``values`` over each point's neighbours (binary weights, self excluded)."""
        totals = np.concatenate(([0.0], np.cumsum(np.asarray(values, dtype=float)[self.indices])))
        return totals[self.indptr[1:]] - totals[self.indptr[:-1]]

    def as_dict(self) -> dict[int, list[int]]:
        """``{point: [neighbours in ascending order]}``, the form libpysal's ``W`` takes (for
        cross-checks)."""
        return {i: sorted(self.indices[self.indptr[i]:self.indptr[i + 1]].tolist())
                for i in range(self.n)}


def distance_band(x: np.ndarray, y: np.ndarray, band: float) -> Neighbours:
    """Every pair of points no farther apart than ``band`` (in the unit of the coordinates,
    metres for the plugin), as binary neighbours."""
    if not band > 0:
        raise ValueError("The distance band must be greater than zero.")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    if n == 0:
        return Neighbours(np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    buckets = _Buckets(x, y, band, (x.min(), y.min()))
    rows, cols, dist = [], [], []
    # The queries are the points themselves in bucket order: pairs come out grouped by that
    # order, which is undone below by moving whole rows, not by sorting pairs.
    for query, point, distance in buckets.pairs(buckets.x, buckets.y, band):
        other = query != point
        rows.append(query[other])
        cols.append(point[other])
        dist.append(distance[other])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    col = buckets.order[np.concatenate(cols)] if cols else np.zeros(0, dtype=np.int64)
    distance = np.concatenate(dist) if dist else np.zeros(0)
    sorted_counts = np.bincount(row, minlength=n)
    counts = np.empty(n, dtype=np.int64)
    counts[buckets.order] = sorted_counts
    indptr = np.concatenate(([0], np.cumsum(counts)))
    sorted_indptr = np.concatenate(([0], np.cumsum(sorted_counts)))
    # Entry e of sorted row r goes to the same place in row order[r] of the result.
    target = np.arange(len(row)) + np.repeat(indptr[buckets.order] - sorted_indptr[:-1],
                                             sorted_counts)
    indices = np.empty(len(row), dtype=np.int64)
    distances = np.empty(len(row))
    indices[target] = col
    distances[target] = distance
    return Neighbours(indptr, indices, distances)


def candidate_pairs(x: np.ndarray, y: np.ndarray, radius: float) -> int:
    """How many point pairs :func:`pairs_within` (and :func:`distance_band`) look at for
    ``radius``: an upper bound of the neighbour pairs, about twice their number for evenly
    spread points, counted without building any pair."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) == 0:
        return 0
    buckets = _Buckets(x, y, radius, (x.min(), y.min()))
    start, stop = buckets.runs(buckets.x, buckets.y)
    return int((stop - start).sum())


def pairs_within(qx: np.ndarray, qy: np.ndarray, x: np.ndarray, y: np.ndarray, radius: float
                 ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(query index, point index, distance)`` of every query–point pair no farther apart
    than ``radius``, in chunks, grouped by query in ascending order."""
    qx = np.asarray(qx, dtype=float)
    qy = np.asarray(qy, dtype=float)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(qx) == 0 or len(x) == 0:
        return
    buckets = _Buckets(x, y, radius, (min(x.min(), qx.min()), min(y.min(), qy.min())))
    for query, point, distance in buckets.pairs(qx, qy, radius):
        yield query, buckets.order[point], distance


class _Buckets:
    """Points sorted into square buckets of side ``radius / _SPLIT``, counted from
    ``origin`` (the lower-left corner of all coordinates involved)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, radius: float,
                 origin: tuple[float, float]) -> None:
        if not radius > 0:
            raise ValueError("The search radius must be greater than zero.")
        self.size = radius / _SPLIT
        self.origin = origin
        column, row = self._bucket(x, y)
        # Room for _SPLIT buckets on either side, so a row of the search window never wraps
        # into the next row of buckets.
        self.width = int(column.max()) + 2 * _SPLIT + 1
        keys = row * self.width + column + _SPLIT
        self.order = np.argsort(keys, kind="stable")
        self.keys = keys[self.order]
        self.x = x[self.order]
        self.y = y[self.order]

    def _bucket(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (np.floor((x - self.origin[0]) / self.size).astype(np.int64),
                np.floor((y - self.origin[1]) / self.size).astype(np.int64))

    def runs(self, qx: np.ndarray, qy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(start, stop)``, each ``(queries, 2·_SPLIT + 1)``: the runs of sorted points in
        the rows of buckets around each query."""
        column, row = self._bucket(qx, qy)
        first = np.clip(column, 0, self.width - 1)  # window of columns column … column + 2S
        last = np.clip(column + 2 * _SPLIT, 0, self.width - 1)
        # One row of the window at a time: each call looks up sorted keys (queries come in
        # bucket order), which searchsorted answers faster than scattered ones.
        start, stop = [], []
        for offset in range(-_SPLIT, _SPLIT + 1):
            row_start = (row + offset) * self.width
            start.append(np.searchsorted(self.keys, row_start + first, side="left"))
            stop.append(np.searchsorted(self.keys, row_start + last, side="right"))
        start, stop = np.stack(start, axis=1), np.stack(stop, axis=1)
        return start, np.maximum(stop, start)

    def pairs(self, qx: np.ndarray, qy: np.ndarray, radius: float
              ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """``(query index, sorted point position, distance)`` of the pairs within
        ``radius``, grouped by query in ascending order."""
        limit = radius * (1.0 + _RELATIVE_TOLERANCE)
        start, stop = self.runs(qx, qy)
        length = stop - start
        per_query = np.cumsum(length.sum(axis=1))
        first = 0
        while first < len(qx):
            done = per_query[first - 1] if first else 0
            # At least one query per chunk, however many candidates it has.
            last = max(int(np.searchsorted(per_query, done + _CHUNK_PAIRS, side="right")),
                       first + 1)
            runs = length[first:last].ravel()
            total = int(runs.sum())
            if total:
                ends = np.cumsum(runs)
                position = np.arange(total) + np.repeat(start[first:last].ravel() - ends + runs,
                                                        runs)
                counts = length[first:last].sum(axis=1)
                dx = self.x[position] - np.repeat(qx[first:last], counts)
                dy = self.y[position] - np.repeat(qy[first:last], counts)
                squared = dx * dx + dy * dy
                close = squared <= limit * limit
                query = np.repeat(np.arange(first, last), counts)
                yield query[close], position[close], np.sqrt(squared[close])
            first = last


def nearest_distance(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Distance from each point to its nearest other point at a different location
    (duplicates are one location); NaN where there is no other location at all."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    result = np.full(len(x), np.nan)
    width = max(float(x.max() - x.min()), float(y.max() - y.min()))
    if width == 0:
        return result
    # Start at the spacing points would have if spread evenly, and double the radius for the
    # points that found nobody: few rounds, and no round looks at more than a few buckets.
    radius = width / max(np.sqrt(len(x)), 1.0)
    todo = np.arange(len(x))
    while len(todo) and radius <= 4 * width:
        best = np.full(len(todo), np.inf)
        for i, _, d in pairs_within(x[todo], y[todo], x, y, radius):
            positive = d > 0
            np.minimum.at(best, i[positive], d[positive])
        found = np.isfinite(best)
        result[todo[found]] = best[found]
        todo = todo[~found]
        radius *= 2.0
    return result


def kth_nearest_distance(x: np.ndarray, y: np.ndarray, k: int, radius: float) -> np.ndarray:
    """Distance from each point to its ``k``-th nearest other point, searched within
    ``radius``; NaN where fewer than ``k`` others lie that close."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    rows, dist = [], []
    for i, j, d in pairs_within(x, y, x, y, radius):
        other = i != j
        rows.append(i[other])
        dist.append(d[other])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    distance = np.concatenate(dist) if dist else np.zeros(0)
    order = np.lexsort((distance, row))
    row, distance = row[order], distance[order]
    counts = np.bincount(row, minlength=len(x))
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    result = np.full(len(x), np.nan)
    enough = counts >= k
    result[enough] = distance[first[enough] + k - 1]
    return result
