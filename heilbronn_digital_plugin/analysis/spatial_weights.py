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

import math
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


class LatticeNeighbours:
    """Binary neighbours within a distance band of cells on a regular lattice (squares, or
    hexagons whose odd rows are shifted half a cell), without the cell itself.

    Cell ``i`` sits at ``(row[i], col[i])``, its centre at ``(size · (col + shift · (row mod
    2)), row_step · row)`` in the lattice's own coordinates. Every cell sees its neighbours at
    the same offsets (one set for even and one for odd rows of hexagons), and those offsets
    form one run of columns per row offset (two in the cell's own row, west and east of it).
    So a sum over the neighbours is a sum of row
    segments of a dense grid of the values, read from prefix sums along the rows: time grows
    with cells × rows of the band (21 for a band of ten cells), memory with the grid, and no
    pair is ever stored — a band of 400 neighbours per cell costs what 20 do in pair lists.
    The same neighbours as :func:`distance_band` on the cell centres, and the same sums.
    """

    def __init__(self, row: np.ndarray, col: np.ndarray, size: float, row_step: float,
                 shift: float, band: float) -> None:
        if not band > 0:
            raise ValueError("The distance band must be greater than zero.")
        self.row = np.asarray(row, dtype=np.int64)
        self.col = np.asarray(col, dtype=np.int64)
        self.size, self.row_step, self.shift, self.band = size, row_step, shift, band
        self._cardinality: np.ndarray | None = None
        rows = int(self.row.max() - self.row.min()) if len(self.row) else 0
        cols = int(self.col.max() - self.col.min()) if len(self.col) else 0
        # Row offsets beyond the lattice's own height never meet a cell.
        reach = min(int(math.floor(band * (1.0 + _RELATIVE_TOLERANCE) / row_step)), rows)
        self.segments = {parity: self._segments(parity, reach, cols)
                         for parity in ((0, 1) if shift else (0,))}

    def _segments(self, parity: int, reach: int, cols: int) -> list[tuple[int, int, int]]:
        """``(row offset, first, last column offset)`` of the neighbours of a cell in a row
        of ``parity``, within the band (by the same distance rule as ``distance_band``)."""
        limit = self.band * (1.0 + _RELATIVE_TOLERANCE)
        segments = []
        for dr in range(-reach, reach + 1):
            dy = self.row_step * dr
            # Half a cell to the east or west between rows of different parity.
            offset = self.shift * (((parity + dr) % 2) - parity)
            half = math.sqrt(max(limit * limit - dy * dy, 0.0)) / self.size
            first = math.ceil(-half - offset - 1e-9)
            last = math.floor(half - offset + 1e-9)
            # Settle the edges by the exact distance rule.
            while first <= last and math.hypot(self.size * (first + offset), dy) > limit:
                first += 1
            while last >= first and math.hypot(self.size * (last + offset), dy) > limit:
                last -= 1
            first, last = max(first, -cols - 1), min(last, cols + 1)
            # The cell itself is no neighbour: its own row is two runs, west and east.
            runs = [(first, min(last, -1)), (max(first, 1), last)] if dr == 0 else [(first, last)]
            segments += [(dr, a, b) for a, b in runs if a <= b]
        return segments

    @property
    def n(self) -> int:
        return len(self.row)

    @property
    def cardinality(self) -> np.ndarray:
        """Number of neighbours of each cell (self excluded)."""
        if self._cardinality is None:
            self._cardinality = np.rint(self.lag(np.ones(self.n))).astype(np.int64)
        return self._cardinality

    def within(self, band: float) -> LatticeNeighbours:
        """The neighbours no farther than ``band``."""
        return LatticeNeighbours(self.row, self.col, self.size, self.row_step, self.shift,
                                 band)

    def lag(self, values: np.ndarray) -> np.ndarray:
        """Sum of ``values`` over each cell's neighbours (binary weights, self excluded)."""
        values = np.asarray(values, dtype=float)
        if self.n == 0:
            return np.zeros(0)
        reach = max((abs(dr) for parts in self.segments.values() for dr, _, _ in parts),
                    default=0)
        pad = max((max(-first, last) for parts in self.segments.values()
                   for _, first, last in parts), default=0)
        height = int(self.row.max() - self.row.min()) + 1 + 2 * reach
        width = int(self.col.max() - self.col.min()) + 2 + 2 * pad
        grid = np.zeros((height, width))
        base = (self.row - self.row.min() + reach) * width + (self.col - self.col.min() + pad)
        # Column 0 of every row stays 0, so that prefix[k] is the sum of the columns before k.
        grid.ravel()[base + 1] = values
        prefix = np.cumsum(grid, axis=1).ravel()
        total = np.zeros(self.n)
        for parity, parts in self.segments.items():
            cells = (np.arange(self.n) if not self.shift
                     else np.flatnonzero(self.row % 2 == parity))
            start = base[cells]
            part = np.zeros(len(cells))
            for dr, first, last in parts:
                part += prefix[start + dr * width + last + 1] - prefix[start + dr * width + first]
            total[cells] += part
        return total


# Either kind of neighbours: both give ``n``, ``cardinality``, ``lag()`` and ``within()``.
Weights = Neighbours | LatticeNeighbours


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


def pairs_within(qx: np.ndarray, qy: np.ndarray, x: np.ndarray, y: np.ndarray, radius: float,
                 split: int = _SPLIT) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(query index, point index, distance)`` of every query–point pair no farther apart
    than ``radius``, in chunks; the pairs of one query come together."""
    qx = np.asarray(qx, dtype=float)
    qy = np.asarray(qy, dtype=float)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(qx) == 0 or len(x) == 0:
        return
    buckets = _Buckets(x, y, radius, (min(x.min(), qx.min()), min(y.min(), qy.min())), split)
    # Queries in bucket order look up neighbouring keys one after the other: several times
    # faster than in their own order.
    order = np.argsort(buckets.key(*buckets.bucket(qx, qy)), kind="stable")
    for query, point, distance in buckets.pairs(qx[order], qy[order], radius):
        yield order[query], buckets.order[point], distance


class _Buckets:
    """Points sorted into square buckets of side ``radius / split``, counted from
    ``origin`` (the lower-left corner of all coordinates involved). Each query looks at
    2·split + 1 runs of 2·split + 1 buckets: split 2 looks at fewer candidates (6.25 r²
    instead of 9 r²), split 1 looks up fewer runs (for searches that find few points)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, radius: float,
                 origin: tuple[float, float], split: int = _SPLIT) -> None:
        if not radius > 0:
            raise ValueError("The search radius must be greater than zero.")
        self.split = split
        # A little wider than radius / split: a pair accepted within the tolerance never lies
        # one bucket beyond the window because its coordinates round the other way.
        self.size = radius * (1.0 + 4 * _RELATIVE_TOLERANCE) / split
        self.origin = origin
        column, row = self.bucket(x, y)
        # Room for ``split`` buckets on either side, so a row of the search window never
        # wraps into the next row of buckets.
        self.width = int(column.max()) + 2 * split + 1
        keys = self.key(column, row)
        self.order = np.argsort(keys, kind="stable")
        self.keys = keys[self.order]
        self.x = x[self.order]
        self.y = y[self.order]

    def bucket(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (np.floor((x - self.origin[0]) / self.size).astype(np.int64),
                np.floor((y - self.origin[1]) / self.size).astype(np.int64))

    def key(self, column: np.ndarray, row: np.ndarray) -> np.ndarray:
        return row * self.width + column + self.split

    def runs(self, qx: np.ndarray, qy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(start, stop)``, each ``(queries, 2·split + 1)``: the runs of sorted points in
        the rows of buckets around each query. Queries in bucket order are fastest: the runs
        are looked up once per bucket, with keys that follow one another."""
        column, row = self.bucket(qx, qy)
        keys = self.key(column, row)
        heads = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        column, row = column[heads], row[heads]
        first = np.clip(column, 0, self.width - 1)  # window of columns column … column + 2S
        last = np.clip(column + 2 * self.split, 0, self.width - 1)
        start, stop = [], []
        for offset in range(-self.split, self.split + 1):
            row_start = (row + offset) * self.width
            start.append(np.searchsorted(self.keys, row_start + first, side="left"))
            stop.append(np.searchsorted(self.keys, row_start + last, side="right"))
        repeats = np.diff(np.append(heads, len(keys)))
        start = np.repeat(np.stack(start, axis=1), repeats, axis=0)
        stop = np.repeat(np.stack(stop, axis=1), repeats, axis=0)
        return start, np.maximum(stop, start)

    def pairs(self, qx: np.ndarray, qy: np.ndarray, radius: float
              ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """``(query index, sorted point position, distance)`` of the pairs within
        ``radius``, grouped by query in ascending order (queries in bucket order are
        fastest, see :meth:`runs`)."""
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
    width = max(float(np.ptp(x)), float(np.ptp(y))) if len(x) else 0.0
    if width == 0:
        return np.full(len(x), np.nan)
    # Start at the spacing of a typical point (the median over a sample): dense clusters find
    # their neighbours at once without looking at thousands of candidates each, and the
    # radius doubles for the points still without one.
    sample = np.unique(np.linspace(0, len(x) - 1, min(len(x), 1024)).astype(np.int64))
    spacing = _nearest(x[sample], y[sample], x, y, width / math.sqrt(len(x)), width)
    typical = np.nanmedian(spacing) if np.isfinite(spacing).any() else width
    return _nearest(x, y, x, y, float(typical), width)


def _nearest(qx: np.ndarray, qy: np.ndarray, x: np.ndarray, y: np.ndarray, radius: float,
             width: float) -> np.ndarray:
    """Distance from each query to the nearest point at another location, searched within
    ``radius`` and then within ever larger radii up to ``width`` across."""
    result = np.full(len(qx), np.nan)
    todo = np.arange(len(qx))
    limit = 1.5 * width  # farther than any two points of a width × width square
    while len(todo):
        best = np.full(len(todo), np.inf)
        # Buckets as wide as the radius: few candidates each, so fewer lookups pay.
        for query, _, distance in pairs_within(qx[todo], qy[todo], x, y, radius, split=1):
            if not len(query):
                continue
            # Pairs come grouped by query: the minimum of each group, zero distances aside.
            heads = np.flatnonzero(np.concatenate(([True], query[1:] != query[:-1])))
            closest = np.minimum.reduceat(np.where(distance > 0, distance, np.inf), heads)
            best[query[heads]] = np.minimum(best[query[heads]], closest)
        found = np.isfinite(best)
        result[todo[found]] = best[found]
        todo = todo[~found]
        if radius >= limit:
            break
        # The last few (outliers, the rim of a cluster) grow faster: every round indexes
        # all points again.
        radius = min(radius * (2.0 if len(todo) > len(qx) // 64 else 8.0), limit)
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
