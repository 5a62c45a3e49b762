"""Hot spot analysis: Getis-Ord Gi* and Local Moran's I on a fixed distance band, fast.

Pure numpy: no Qt, no QGIS, no scipy. The numbers follow PySAL esda:

* ``gi_z`` equals ``esda.G_Local(y, w, star=True, transform="B").Zs`` (binary weights, the
  cell itself included): z = (Σ_j w_ij y_j − ȳ W_i) / (S √(W_i (n − W_i) / (n − 1))) with S
  the population standard deviation (Getis & Ord 1992; Ord & Getis 1995).
* ``lisa_i`` equals ``esda.Moran_Local(y, w).Is`` (row-standardised weights, self excluded):
  I_i = (n − 1) z_i Σ_j w_ij z_j / Σ_j z_j² (Anselin 1995).

p-values are two-sided. Analytic ones come from the normal distribution: Gi*'s z above, and
Local Moran's moments under total randomisation (Anselin 1995, eq. 13–14, as corrected by
Sokal, Oden & Thomson 1998). Conditional-permutation p-values hold each cell's value and
draw its neighbours' values from the other cells. Both statistics grow monotonically with the
sum of the neighbours' values, so one set of draws answers both. All cells share each draw
(as esda's ``crand`` does), and a cell with ``k`` neighbours needs only the sum of the first
``k`` drawn values, skipping itself when drawn: that sum is the same for all cells with ``k``
neighbours, so one sorted column of sums per ``k`` counts the draws above and below every
cell's observed value by binary search — O(n log permutations) plus a correction for the few
cells each draw holds, not O(n · permutations). Bins and clusters use Benjamini–Hochberg
false-discovery-rate control by default, as ArcGIS Pro's Hot Spot Analysis does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial

import numpy as np

from .progress import Progress, Silent, Slice, step
from .spatial_weights import (
    LatticeNeighbours,
    Weights,
    candidate_pairs,
    distance_band,
    kth_nearest_distance,
    nearest_distance,
)

# Confidence levels of the bins ±3, ±2, ±1.
CONFIDENCE = ((3, 0.01), (2, 0.05), (1, 0.10))
# Local Moran clusters, numbered as esda's quadrants ``q``; 0 is "not significant".
CLUSTERS = {0: "", 1: "HH", 2: "LH", 3: "LL", 4: "HL"}
LISA_ALPHA = 0.05
# Incremental spatial autocorrelation tries this many distance bands...
_BAND_STEPS = 10
# ...and shortens the ladder rather than look at more candidate pairs than this (about
# 20 million neighbour pairs for evenly spread cells).
_MAX_CANDIDATE_PAIRS = 60_000_000


class Shape(IntEnum):
    """Cell shapes, in the order of the algorithm's ``CELL_SHAPE`` parameter."""

    HEXAGON = 0
    SQUARE = 1


class ZeroVariance(ValueError):
    """Every cell has the same value: there is nothing to compare."""


class BandTooWide(ValueError):
    """Even the smallest band that gives every cell a neighbour links too many pairs."""

    def __init__(self, band: float) -> None:
        super().__init__(f"a distance band of {band:.1f} links too many pairs")
        self.band = band


@dataclass(frozen=True)
class CellGrid:
    """A lattice of squares or pointy-top hexagons. ``size`` is the distance between the
    centres of neighbouring cells (a square's side, a hexagon's width across its flats).
    Cell ``(row, col)`` counts from the lattice anchored at ``(x0, y0)``; odd hexagon rows
    are shifted half a cell to the east.

    Which cell holds a point is decided in coordinates relative to the anchor, never in
    absolute ones: the same points translated (EPSG:4647's 32,000,000 m false easting
    against EPSG:25832's 500,000 m) fall into the same cells."""

    shape: Shape
    size: float
    x0: float
    y0: float

    @property
    def row_step(self) -> float:
        return self.size if self.shape == Shape.SQUARE else self.size * math.sqrt(3.0) / 2.0

    @property
    def cell_area(self) -> float:
        return self.size * self.row_step

    def centre(self, row: np.ndarray, col: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cell centres in the coordinates of the points."""
        cx, cy = self.local_centre(row, col)
        return self.x0 + cx, self.y0 + cy

    def local_centre(self, row: np.ndarray, col: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cell centres relative to the anchor ``(x0, y0)``: the same numbers wherever the
        lattice lies, which is what distances between cells should be computed from."""
        shift = 0.5 * (row % 2) if self.shape == Shape.HEXAGON else 0.0
        return self.size * (col + shift), self.row_step * row

    def cell_of(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of the cell that contains each point."""
        x = np.asarray(x, dtype=float) - self.x0
        y = np.asarray(y, dtype=float) - self.y0
        if self.shape == Shape.SQUARE:
            return (np.floor(y / self.size + 0.5).astype(np.int64),
                    np.floor(x / self.size + 0.5).astype(np.int64))
        # A hexagon holds the points nearest to its centre, and the nearest centre lies in
        # one of the two rows around the point: try both, keep the closer.
        below = np.floor(y / self.row_step).astype(np.int64)
        best_row, best_col, best = below, np.zeros_like(below), np.full(len(x), np.inf)
        for row in (below, below + 1):
            col = np.floor(x / self.size - 0.5 * (row % 2) + 0.5).astype(np.int64)
            cx, cy = self.local_centre(row, col)
            distance = (x - cx) ** 2 + (y - cy) ** 2
            closer = distance < best
            best_row = np.where(closer, row, best_row)
            best_col = np.where(closer, col, best_col)
            best = np.where(closer, distance, best)
        return best_row, best_col

    def vertices(self, cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
        """Corners of the cells centred at ``(cx, cy)``: ``(cells, corners, 2)``, counter-
        clockwise, ring not closed."""
        if self.shape == Shape.SQUARE:
            angles = np.radians([225.0, 315.0, 45.0, 135.0])
            radius = self.size / math.sqrt(2.0)
        else:
            angles = np.radians([270.0, 330.0, 30.0, 90.0, 150.0, 210.0])
            radius = self.size / math.sqrt(3.0)
        corners = np.stack([np.cos(angles), np.sin(angles)], axis=1) * radius
        return np.stack([cx, cy], axis=1)[:, None, :] + corners[None, :, :]


@dataclass
class Aggregation:
    """Points counted into the cells of the lattice around them. Empty cells inside the study
    area take part as zeros (a place without reports is information). ``x``, ``y`` are the
    cell centres in the points' coordinates (for drawing the cells); ``local_x``,
    ``local_y`` the same relative to the lattice's anchor (for distances between cells)."""

    grid: CellGrid
    row: np.ndarray
    col: np.ndarray
    x: np.ndarray
    y: np.ndarray
    count: np.ndarray
    value: np.ndarray

    @property
    def local_x(self) -> np.ndarray:
        return self.grid.local_centre(self.row, self.col)[0]

    @property
    def local_y(self) -> np.ndarray:
        return self.grid.local_centre(self.row, self.col)[1]

    def neighbours(self, band: float) -> LatticeNeighbours:
        """The cells no farther than ``band`` (metres, centre to centre) from each cell, found
        from their places in the lattice: the same as ``distance_band`` on the centres, and
        fast for wide bands (see :class:`LatticeNeighbours`)."""
        shift = 0.5 if self.grid.shape == Shape.HEXAGON else 0.0
        return LatticeNeighbours(self.row, self.col, self.grid.size, self.grid.row_step, shift,
                                 band)


def aggregate(x: np.ndarray, y: np.ndarray, shape: Shape, size: float,
              weights: np.ndarray | None = None, within_hull: bool = True) -> Aggregation:
    """Count points (and sum ``weights``; NaN counts as 0) per cell of ``shape`` and ``size``.
    ``value`` is the weight sum, or the count when there are no weights.

    The study area is the convex hull of the points, as in ArcGIS's Optimized Hot Spot
    Analysis: empty cells outside it (the corners of a city's bounding box, where nobody
    could report anything) would otherwise show up as cold spots. Cells holding points are
    always kept. ``within_hull=False`` keeps the whole rectangle of cells."""
    if not size > 0:
        raise ValueError("The cell size must be greater than zero.")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    grid = CellGrid(Shape(shape), float(size), float(x.min()), float(y.min()))
    row, col = grid.cell_of(x, y)
    rows, cols = np.arange(row.min(), row.max() + 1), np.arange(col.min(), col.max() + 1)
    all_row, all_col = (a.ravel() for a in np.meshgrid(rows, cols, indexing="ij"))
    index = (row - rows[0]) * len(cols) + (col - cols[0])
    count = np.bincount(index, minlength=len(all_row)).astype(float)
    value = count if weights is None else np.bincount(
        index, np.nan_to_num(np.asarray(weights, dtype=float)), minlength=len(all_row))
    if within_hull:
        cx, cy = grid.local_centre(all_row, all_col)
        hull = convex_hull(x - grid.x0, y - grid.y0)
        keep = (count > 0) | inside_convex_polygon(hull, cx, cy)
        all_row, all_col = all_row[keep], all_col[keep]
        count, value = count[keep], value[keep]
    cx, cy = grid.centre(all_row, all_col)
    return Aggregation(grid, all_row, all_col, cx, cy, count, value)


def convex_hull(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Corners of the convex hull, counter-clockwise from the lowest of the leftmost points,
    as ``(corners, 2)``; points on an edge are no corners. Quickhull: each corner found costs
    one numpy pass over the points still outside the hull so far, so a million points along
    a city's streets take a fraction of a second."""
    points = np.stack([np.asarray(x, float), np.asarray(y, float)], 1)
    if len(points) == 0:
        return points
    left, right = points[:, 0] == points[:, 0].min(), points[:, 0] == points[:, 0].max()
    first = np.array([points[left, 0][0], points[left, 1].min()])  # the lowest leftmost
    last = np.array([points[right, 0][0], points[right, 1].max()])  # the highest rightmost
    side = _side(first, last, points)
    if not (side != 0).any():  # all on one line: its two ends, or one point
        return np.unique(np.array([first, last]), axis=0)
    corners = [first, *_chain(points[side < 0], first, last),
               last, *_chain(points[side > 0], last, first)]
    return np.array(corners)


def _chain(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    """The hull's corners from ``a`` to ``b`` (both excluded) among ``points``, which all lie
    to the right of a → b. The farthest point is a corner; the points beyond the two new
    edges are searched next (an explicit stack: a round hull has thousands of corners)."""
    corners: list[np.ndarray] = []
    stack: list = [(points, a, b)]
    while stack:
        item = stack.pop()
        if not isinstance(item, tuple):
            corners.append(item)
            continue
        candidates, start, end = item
        if not len(candidates):
            continue
        far = candidates[np.argmin(_side(start, end, candidates))]
        stack.append((candidates[_side(far, end, candidates) < 0], far, end))
        stack.append(far)
        stack.append((candidates[_side(start, far, candidates) < 0], start, far))
    return corners


def _side(a: np.ndarray, b: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Twice the signed area of (a, b, point): positive left of a → b, negative right."""
    return (b[0] - a[0]) * (points[:, 1] - a[1]) - (b[1] - a[1]) * (points[:, 0] - a[0])


def inside_convex_polygon(corners: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Whether each point lies inside or on the counter-clockwise convex polygon ``corners``
    (a polygon of fewer than three corners has no inside)."""
    inside = np.full(len(x), len(corners) >= 3)
    if not inside.any():
        return inside
    # The tolerance keeps centres exactly on an edge. It scales with the polygon's size, not
    # with its coordinates: a tolerance on absolute coordinates let cells up to a kilometre
    # outside the hull in when x was 32,000,000 m (EPSG:4647).
    scale = float(np.ptp(corners, axis=0).max())
    for (ax, ay), (bx, by) in zip(corners, np.roll(corners, -1, axis=0)):
        # Left of (or on) every edge.
        inside &= (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= -1e-9 * scale * scale
    return inside


def two_sided_p(z: np.ndarray) -> np.ndarray:
    """P(|Z| ≥ |z|) of the standard normal distribution: erfc(|z| / √2)."""
    erfc = np.frompyfunc(math.erfc, 1, 1)
    return erfc(np.abs(np.asarray(z, dtype=float)) / math.sqrt(2.0)).astype(float)


def gi_star(values: np.ndarray, neighbours: Weights) -> np.ndarray:
    """Getis-Ord Gi* z-scores with binary weights including the cell itself."""
    y = np.asarray(values, dtype=float)
    n = len(y)
    mean = y.mean()
    deviation = y.std()  # population standard deviation, as in Ord & Getis (1995)
    if not deviation > 0:
        raise ZeroVariance("Every cell has the same value.")
    weight = neighbours.cardinality + 1.0
    local = neighbours.lag(y) + y
    spread = deviation * np.sqrt(weight * (n - weight) / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        # A cell whose neighbourhood is the whole study area has no variance: z = 0.
        return np.where(spread > 0, (local - mean * weight) / spread, 0.0)


@dataclass
class LocalMoran:
    i: np.ndarray
    z: np.ndarray
    p: np.ndarray
    quadrant: np.ndarray


def local_moran(values: np.ndarray, neighbours: Weights) -> LocalMoran:
    """Local Moran's I with row-standardised weights (cells without neighbours get 0), its
    analytic z-score and two-sided p-value under total randomisation, and esda's quadrant
    (1 HH, 2 LH, 3 LL, 4 HL)."""
    y = np.asarray(values, dtype=float)
    n = len(y)
    z = y - y.mean()
    m2 = (z * z).mean()
    if not m2 > 0:
        raise ZeroVariance("Every cell has the same value.")
    k = neighbours.cardinality.astype(float)
    has = k > 0
    lag = np.divide(neighbours.lag(z), k, out=np.zeros(n), where=has)
    scale = (n - 1) / n  # esda's I is (n − 1)/n times Anselin's
    local = scale * z * lag / m2
    b2 = (z ** 4).mean() / (m2 * m2)
    w1 = has.astype(float)                            # Σ_j w_ij
    w2 = np.divide(1.0, k, out=np.zeros(n), where=has)  # Σ_j w_ij²
    expected = -w1 / (n - 1)
    variance = (w2 * (n - b2) / (n - 1)
                + (w1 * w1 - w2) * (2 * b2 - n) / ((n - 1) * (n - 2))
                - w1 * w1 / (n - 1) ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(variance > 0, (local / scale - expected) / np.sqrt(variance), 0.0)
    quadrant = np.where(z > 0, np.where(lag > 0, 1, 4), np.where(lag > 0, 2, 3))
    return LocalMoran(local, score, two_sided_p(score), quadrant)


def permutation_p(values: np.ndarray, neighbours: Weights, permutations: int, seed: int,
                  progress: Progress | None = None) -> np.ndarray:
    """Two-sided conditional-permutation p-values of each cell's neighbour sum:
    2 · (min(#draws ≥ observed, #draws ≤ observed) + 1) / (permutations + 1), at most 1."""
    progress = progress or Silent()
    if permutations < 1:
        raise ValueError("The number of permutations must be at least 1.")
    y = np.asarray(values, dtype=float)
    n = len(y)
    k = neighbours.cardinality
    observed = neighbours.lag(y)
    if n == 0:
        return np.ones(0)
    rng = np.random.default_rng(seed)
    # One draw: ``width`` distinct cells in random order. Skipping the cell itself where it
    # is drawn leaves a uniform sample of the others, so every cell can use the same draw.
    width = min(int(k.max()) + 1, n)
    draws = np.stack([rng.choice(n, size=width, replace=False) for _ in range(permutations)])
    sums = np.zeros((permutations, width + 1))
    np.cumsum(y[draws], axis=1, out=sums[:, 1:])
    low = observed - 1e-9 * np.abs(observed)
    high = observed + 1e-9 * np.abs(observed)
    # A cell with k neighbours that did not draw itself among the first k gets the sum of
    # the first k drawn values, sums[:, k]: the same for every cell with k neighbours, so
    # one sorted column answers all of them by binary search.
    at_least = np.zeros(n, dtype=np.int64)
    at_most = np.zeros(n, dtype=np.int64)
    cardinalities = np.unique(k)
    for number, size in enumerate(cardinalities):
        cells = np.flatnonzero(k == size)
        column = np.sort(sums[:, size])
        at_least[cells] = permutations - np.searchsorted(column, low[cells], side="left")
        at_most[cells] = np.searchsorted(column, high[cells], side="right")
        step(progress, number + 1, len(cardinalities))
    # A cell that drew itself among its first k takes the first k + 1 draws without itself:
    # at most ``width`` cells per draw, corrected one by one.
    draw, place = np.nonzero(np.arange(width)[None, :] < k[draws])
    cell = draws[draw, place]
    assumed = sums[draw, k[cell]]
    actual = sums[draw, np.minimum(k[cell] + 1, width)] - y[cell]
    np.add.at(at_least, cell, (actual >= low[cell]).astype(np.int64)
              - (assumed >= low[cell]).astype(np.int64))
    np.add.at(at_most, cell, (actual <= high[cell]).astype(np.int64)
              - (assumed <= high[cell]).astype(np.int64))
    return np.minimum(1.0, 2.0 * (np.minimum(at_least, at_most) + 1) / (permutations + 1))


def confidence_bins(z: np.ndarray, p: np.ndarray, fdr: bool = True) -> np.ndarray:
    """−3…+3: the sign of ``z`` times 3, 2 or 1 where ``p`` is significant at 99, 95 or 90 %
    confidence (with Benjamini–Hochberg FDR control if ``fdr``), else 0."""
    bins = np.zeros(len(p), dtype=np.int64)
    for level, alpha in reversed(CONFIDENCE):
        bins = np.where(significant(p, alpha, fdr), level, bins)
    return bins * np.sign(z).astype(np.int64)


def significant(p: np.ndarray, alpha: float, fdr: bool = True) -> np.ndarray:
    """Whether each p-value is significant at ``alpha``; with ``fdr`` the Benjamini–Hochberg
    step-up rule: reject the m smallest, m the largest rank with p₍ₘ₎ ≤ α m / n."""
    p = np.asarray(p, dtype=float)
    if not fdr:
        return p <= alpha
    ordered = np.sort(p)
    passing = np.flatnonzero(ordered <= alpha * np.arange(1, len(p) + 1) / len(p))
    if not len(passing):
        return np.zeros(len(p), dtype=bool)
    return p <= ordered[passing[-1]]


def global_moran_z(values: np.ndarray, neighbours: Weights) -> float:
    """z-score of global Moran's I with binary weights under the normality assumption."""
    z = np.asarray(values, dtype=float) - np.mean(values)
    n = len(z)
    k = neighbours.cardinality.astype(float)
    s0 = k.sum()
    if s0 == 0 or not (z * z).sum() > 0:
        return float("nan")
    moran = n / s0 * (z * neighbours.lag(z)).sum() / (z * z).sum()
    s1, s2 = 2.0 * s0, 4.0 * (k * k).sum()
    expected = -1.0 / (n - 1)
    variance = (n * n * s1 - n * s2 + 3 * s0 * s0) / (s0 * s0 * (n * n - 1)) - expected ** 2
    return float((moran - expected) / math.sqrt(variance)) if variance > 0 else float("nan")


def automatic_cell_size(x: np.ndarray, y: np.ndarray) -> float:
    """Twice the mean distance from each incident location to the nearest other one: under
    complete spatial randomness that is one incident per cell on average."""
    locations = np.unique(np.stack([np.asarray(x, float), np.asarray(y, float)], 1), axis=0)
    distances = nearest_distance(locations[:, 0], locations[:, 1])
    if not np.isfinite(distances).any():
        raise ValueError("All incidents are at the same location.")
    return float(2.0 * np.nanmean(distances))


@dataclass
class BandChoice:
    """The distance band chosen by :func:`automatic_band`, how (``"peak"``, ``"maximum"`` or
    ``"neighbours"``), and the global Moran's I z-score of every band tried."""

    band: float
    method: str
    tried: list[tuple[float, float]] = field(default_factory=list)


def automatic_band(x: np.ndarray, y: np.ndarray, values: np.ndarray,
                   progress: Progress | None = None,
                   weights: Callable[[float], Weights] | None = None) -> BandChoice:
    """Incremental spatial autocorrelation like ArcGIS Pro's Optimized Hot Spot Analysis:
    global Moran's I z at increasing bands, from the distance at which every cell but the
    locational outliers has a neighbour in steps of the mean nearest-neighbour distance; the
    first significant peak, else the significant maximum, else the mean distance to the K-th
    nearest neighbour (K = 5 % of the cells, between 3 and 30). ``weights`` gives the
    neighbours for a band (default: :func:`distance_band` on ``x``, ``y``; for grid cells
    :meth:`Aggregation.neighbours`). Raises :class:`BandTooWide` when even the first band
    would link too many pairs for neighbour lists."""
    progress = progress or Silent()
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    nearest = nearest_distance(x, y)
    if not np.isfinite(nearest).any():
        raise ValueError("All cells are at the same location.")
    inliers = _without_outliers(nearest)
    start, increment = float(inliers.max()), float(inliers.mean())
    area = max(float(np.ptp(x) * np.ptp(y)), increment * increment * n)
    density = n / area
    bands = [start + i * increment for i in range(_BAND_STEPS)]
    if weights is None:
        # Neighbour lists grow with the pairs. Counted, not estimated from the density: a
        # dense cluster beside sparse cells has far more pairs than the average density says.
        bands = [b for b in bands if candidate_pairs(x, y, b) <= _MAX_CANDIDATE_PAIRS]
        if not bands:
            raise BandTooWide(start)
        weights = partial(distance_band, x, y)
    widest = weights(bands[-1])
    tried = []
    for number, band in enumerate(bands):
        tried.append((band, global_moran_z(values, widest.within(band))))
        step(progress, number + 1, len(bands))
    scores = np.array([score for _, score in tried])
    significant_band = np.nan_to_num(scores, nan=-np.inf) > 1.959964
    for i in range(1, len(scores) - 1):
        if significant_band[i] and scores[i] > scores[i - 1] and scores[i] >= scores[i + 1]:
            return BandChoice(bands[i], "peak", tried)
    if significant_band.any():
        best = int(np.nanargmax(np.where(significant_band, scores, -np.inf)))
        return BandChoice(bands[best], "maximum", tried)
    neighbours = int(min(max(round(0.05 * n), 3), 30, n - 1))
    search = 2.0 * math.sqrt(neighbours / (math.pi * density)) + start
    kth = kth_nearest_distance(x, y, neighbours, search)
    band = float(np.nanmean(kth)) if np.isfinite(kth).any() else search
    return BandChoice(band, "neighbours", tried)


def _without_outliers(distances: np.ndarray) -> np.ndarray:
    """Nearest-neighbour distances without those of locational outliers (farther than the
    mean plus three standard deviations, as ArcGIS defines them): one far-away incident
    must set neither the first band nor the step."""
    finite = distances[np.isfinite(distances)]
    return finite[finite <= finite.mean() + 3.0 * finite.std()]


@dataclass
class HotSpots:
    """Per-cell results of :func:`hot_spots`."""

    neighbours: np.ndarray
    gi_z: np.ndarray
    gi_p: np.ndarray
    gi_bin: np.ndarray
    lisa_i: np.ndarray
    lisa_p: np.ndarray
    lisa_cluster: np.ndarray


def hot_spots(x: np.ndarray, y: np.ndarray, values: np.ndarray, band: float,
              permutations: int = 0, seed: int = 1, fdr: bool = True,
              progress: Progress | None = None,
              weights: Callable[[float], Weights] | None = None) -> HotSpots:
    """Gi* and Local Moran's I of ``values`` at points ``(x, y)`` (cell centres or polygon
    centroids) with neighbours no farther than ``band`` (as :func:`automatic_band`, or by
    ``weights``). With ``permutations`` the p-values of both statistics come from
    conditional permutations, else from the normal distribution. Raises
    :class:`ZeroVariance` when all values are equal."""
    progress = progress or Silent()
    values = np.asarray(values, dtype=float)
    if not values.std() > 0:
        raise ZeroVariance("Every cell has the same value.")
    neighbours = (weights or partial(distance_band, x, y))(band)
    step(progress, 10, 100)
    gi_z = gi_star(values, neighbours)
    moran = local_moran(values, neighbours)
    if permutations > 0:
        gi_p = permutation_p(values, neighbours, permutations, seed,
                             Slice(progress, 15.0, 80.0))
        lisa_p = gi_p
    else:
        gi_p, lisa_p = two_sided_p(gi_z), moran.p
    clusters = np.where(significant(lisa_p, LISA_ALPHA, fdr), moran.quadrant, 0)
    step(progress, 100, 100)
    return HotSpots(neighbours.cardinality, gi_z, gi_p, confidence_bins(gi_z, gi_p, fdr),
                    moran.i, lisa_p, clusters)
