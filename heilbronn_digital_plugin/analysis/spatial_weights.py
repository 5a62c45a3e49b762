"""Fixed-distance-band neighbours of many points, fast and without scipy.

Pure numpy: no Qt, no QGIS. Points are hashed into square buckets as wide as the search
radius, so every pair closer than the radius lies in the same or an adjacent bucket. After one
sort by bucket, the candidates of each of the nine adjacent buckets are a contiguous run found
by ``searchsorted``; memory grows with the number of candidate pairs of one bucket offset,
never with n² (100,000 lattice cells with 30 neighbours each are a few million pairs).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

# Lattice distances are exact multiples of the cell size; a band typed as "2 cells" must not
# lose the neighbours at exactly 2 cells to rounding of the cell centres.
_RELATIVE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Neighbours:
    """Binary neighbour lists in compressed sparse row form, without the point itself:
    the neighbours of point ``i`` are ``indices[indptr[i]:indptr[i + 1]]``, at
    ``distances[indptr[i]:indptr[i + 1]]``, sorted by index within each row."""

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
        """``{point: [neighbours]}``, the form libpysal's ``W`` takes (for cross-checks)."""
        return {i: self.indices[self.indptr[i]:self.indptr[i + 1]].tolist()
                for i in range(self.n)}


def distance_band(x: np.ndarray, y: np.ndarray, band: float) -> Neighbours:
    """Every pair of points no farther apart than ``band``, as binary neighbours."""
    if not band > 0:
        raise ValueError("The distance band must be greater than zero.")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    rows, cols, dist = [], [], []
    for i, j, d in pairs_within(x, y, x, y, band):
        other = i != j
        rows.append(i[other])
        cols.append(j[other])
        dist.append(d[other])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    distance = np.concatenate(dist) if dist else np.zeros(0)
    order = np.lexsort((col, row))
    counts = np.bincount(row, minlength=len(x))
    return Neighbours(np.concatenate(([0], np.cumsum(counts))), col[order], distance[order])


def candidate_pairs(x: np.ndarray, y: np.ndarray, radius: float) -> int:
    """How many point pairs :func:`pairs_within` would look at for ``radius`` (all pairs in
    the same or adjacent buckets): an upper bound of the neighbour pairs, about three times
    their number for evenly spread points, found without building any pair."""
    bx = np.floor((x - x.min()) / radius).astype(np.int64)
    by = np.floor((y - y.min()) / radius).astype(np.int64)
    width = int(bx.max()) + 3
    keys, counts = np.unique((by + 1) * width + (bx + 1), return_counts=True)
    total = 0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            position = np.searchsorted(keys, keys + dy * width + dx)
            found = keys[np.minimum(position, len(keys) - 1)] == keys + dy * width + dx
            total += int((counts[found] * counts[position[found]]).sum())
    return total


def pairs_within(qx: np.ndarray, qy: np.ndarray, x: np.ndarray, y: np.ndarray, radius: float
                 ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(query index, point index, distance)`` of every query–point pair no farther apart
    than ``radius``, in chunks (one per bucket offset)."""
    limit = radius * (1.0 + _RELATIVE_TOLERANCE)
    x0, y0 = min(x.min(), qx.min()), min(y.min(), qy.min())
    bx = np.floor((x - x0) / radius).astype(np.int64)
    by = np.floor((y - y0) / radius).astype(np.int64)
    qbx = np.floor((qx - x0) / radius).astype(np.int64)
    qby = np.floor((qy - y0) / radius).astype(np.int64)
    width = int(max(bx.max(), qbx.max())) + 3  # room for the offsets -1 and +1 on both sides
    keys = (by + 1) * width + (bx + 1)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            wanted = (qby + 1 + dy) * width + (qbx + 1 + dx)
            start = np.searchsorted(sorted_keys, wanted, side="left")
            stop = np.searchsorted(sorted_keys, wanted, side="right")
            count = stop - start
            total = int(count.sum())
            if total == 0:
                continue
            query = np.repeat(np.arange(len(qx)), count)
            # Position within each query's run: a running index minus the run's first slot.
            offsets = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
            point = order[np.repeat(start, count) + offsets]
            distance = np.hypot(x[point] - qx[query], y[point] - qy[query])
            close = distance <= limit
            yield query[close], point[close], distance[close]


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
