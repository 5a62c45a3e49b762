"""Emerging hot spot analysis: Gi* on a space-time cube, a Mann–Kendall trend per cell, and the
pattern categories of ArcGIS Pro's Emerging Hot Spot Analysis.

Pure numpy: no Qt, no QGIS, no scipy. The method follows ArcGIS Pro's "How Emerging Hot Spot
Analysis works":

* Counts per cell and time step form the cube. Every bin is compared with its space-time
  neighbourhood by Getis-Ord Gi* (the formula of :func:`.hotspots.gi_star`, over all bins of
  the cube): the cells within the distance band in the same step, plus the same cell and those
  cells in the previous ``time_neighbours`` steps. Bins are significant at 90 % confidence
  with Benjamini–Hochberg FDR control over the whole cube, as ArcGIS does.
* The Mann–Kendall test on each cell's series of Gi* z-scores measures whether the intensity
  of clustering increases or decreases (ArcGIS evaluates "these hot and cold spot trends").
* The categories are ArcGIS Pro's definitions; where they overlap or leave a gap the choice
  made is stated at :func:`categorise`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from .hotspots import confidence_bins, gi_star, two_sided_p
from .progress import Progress, Silent, step
from .spatial_weights import Neighbours, distance_band

# ArcGIS Pro refuses fewer than ten time steps: a trend test on fewer says little.
MIN_TIME_STEPS = 10
# Significance of the Mann–Kendall trend that makes a hot spot intensifying or diminishing.
TREND_ALPHA = 0.05

# Space-time neighbour pairs beyond this would take gigabytes (about 40 bytes per pair while
# the lists are sorted): refuse rather than run out of memory.
MAX_PAIRS = 30_000_000

# Text codes of the categories, in the order of ArcGIS's legend; index = category number.
CATEGORIES = (
    "no_pattern",
    "new_hot", "consecutive_hot", "intensifying_hot", "persistent_hot",
    "diminishing_hot", "sporadic_hot", "oscillating_hot", "historical_hot",
    "new_cold", "consecutive_cold", "intensifying_cold", "persistent_cold",
    "diminishing_cold", "sporadic_cold", "oscillating_cold", "historical_cold",
)
# Cold categories sit eight places after their hot twin.
_COLD = 8


class TimeStep(IntEnum):
    """Time step lengths, in the order of the algorithm's ``TIME_STEP`` parameter."""

    WEEK = 0
    MONTH = 1
    QUARTER = 2
    YEAR = 3


class TooFewTimeSteps(ValueError):
    """The series is too short for a trend test."""


class CubeTooLarge(ValueError):
    """The space-time neighbourhoods would not fit in memory."""


def time_step_index(times: np.ndarray, unit: TimeStep) -> np.ndarray:
    """Number of the calendar week (from Monday), month, quarter or year of each time,
    counted from the step of the earliest time; steps without incidents stay in the count."""
    days = np.asarray(times, dtype="datetime64[D]")
    if unit == TimeStep.WEEK:
        # 1970-01-05 was a Monday: whole weeks since then start on Mondays.
        absolute = (days - np.datetime64("1970-01-05", "D")).astype(np.int64) // 7
    elif unit == TimeStep.YEAR:
        absolute = days.astype("datetime64[Y]").astype(np.int64)
    else:
        absolute = days.astype("datetime64[M]").astype(np.int64)
        if unit == TimeStep.QUARTER:
            absolute = absolute // 3
    return absolute - absolute.min()


def space_time_cube(cell: np.ndarray, time_step: np.ndarray, cells: int,
                    steps: int) -> np.ndarray:
    """Counts of incidents per cell (rows) and time step (columns)."""
    index = np.asarray(cell, dtype=np.int64) * steps + np.asarray(time_step, dtype=np.int64)
    return np.bincount(index, minlength=cells * steps).astype(float).reshape(cells, steps)


def space_time_neighbours(spatial: Neighbours, steps: int, time_neighbours: int) -> Neighbours:
    """Neighbours of the bins of a cube with ``spatial.n`` cells and ``steps`` steps, bin
    ``t · cells + c``: the spatial neighbours in the same step, and the cell itself with its
    spatial neighbours in each of the ``time_neighbours`` previous steps (ArcGIS's
    neighbourhood time step). Distances are the spatial ones (0 to the cell itself)."""
    if time_neighbours < 0:
        raise ValueError("The neighbourhood time step must not be negative.")
    cells = spatial.n
    own = np.arange(cells)
    rows, cols, dists = [], [], []
    for lag in range(min(time_neighbours, steps - 1) + 1):
        row = np.concatenate([spatial.rows] + ([own] if lag else []))
        col = np.concatenate([spatial.indices] + ([own] if lag else []))
        dist = np.concatenate([spatial.distances] + ([np.zeros(cells)] if lag else []))
        later = np.arange(lag, steps)[:, None]  # steps that have a step ``lag`` before them
        rows.append((later * cells + row[None, :]).ravel())
        cols.append(((later - lag) * cells + col[None, :]).ravel())
        dists.append(np.broadcast_to(dist, (len(later), len(dist))).ravel())
    row, col, dist = np.concatenate(rows), np.concatenate(cols), np.concatenate(dists)
    order = np.lexsort((col, row))
    indptr = np.concatenate(([0], np.cumsum(np.bincount(row, minlength=cells * steps))))
    return Neighbours(indptr, col[order], dist[order])


@dataclass
class MannKendall:
    s: np.ndarray
    z: np.ndarray
    p: np.ndarray


def mann_kendall(series: np.ndarray) -> MannKendall:
    """Mann–Kendall trend test of each row: S = Σ_{i<j} sign(x_j − x_i), its variance under no
    trend with the ties correction [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 (t the size of each
    group of equal values), z = (S − sign S) / √var (continuity correction), two-sided p."""
    x = np.atleast_2d(np.asarray(series, dtype=float))
    n = x.shape[1]
    s = np.zeros(len(x))
    for lag in range(1, n):
        s += np.sign(x[:, lag:] - x[:, :-lag]).sum(axis=1)
    ties = np.array([_tie_term(np.unique(row, return_counts=True)[1]) for row in x])
    variance = (n * (n - 1) * (2 * n + 5) - ties) / 18.0
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(variance > 0, (s - np.sign(s)) / np.sqrt(variance), 0.0)
    return MannKendall(s, z, two_sided_p(z))


def _tie_term(group_sizes: np.ndarray) -> float:
    t = group_sizes.astype(float)
    return float((t * (t - 1) * (2 * t + 5)).sum())


def categorise(significance: np.ndarray, trend_z: np.ndarray, trend_p: np.ndarray,
               trend_alpha: float = TREND_ALPHA) -> np.ndarray:
    """Category number (index into :data:`CATEGORIES`) of each cell from the sign of its
    significant bins (rows of +1 hot, −1 cold, 0; columns in time order) and the Mann–Kendall
    trend of its Gi* z-scores. ArcGIS Pro's definitions, for hot spots (cold mirrored):

    * new: hot in the final step, never hot before;
    * consecutive: an uninterrupted run of at least two hot steps ending with the final one,
      never hot before the run, and hot in less than 90 % of the steps;
    * intensifying / persistent / diminishing: hot in at least 90 % of the steps including the
      final one, and the trend significantly up / not significant / significantly down;
    * sporadic: hot in the final step, hot before too but in less than 90 % of the steps
      (and not consecutive), never cold;
    * oscillating: hot in the final step, cold in some earlier one, hot in less than 90 %;
    * historical: not hot in the final step, but hot in at least 90 % of the steps.

    Where the texts overlap the first of this list wins (a new hot spot may have been cold
    before). ArcGIS's persistent text does not mention the final step; it is read as hot in
    the final step, because otherwise no location could be historical. Everything else is no
    pattern. "90 %" counts all steps of the cube: hot steps · 10 ≥ 9 · steps."""
    signs = np.atleast_2d(np.asarray(significance, dtype=np.int64))
    steps = signs.shape[1]
    category = np.zeros(len(signs), dtype=np.int64)
    for direction, offset in ((1, 0), (-1, _COLD)):
        on = signs == direction
        opposite = signs == -direction
        count = on.sum(axis=1)
        mostly = count * 10 >= 9 * steps
        final = on[:, -1]
        # Length of the run of ``on`` ending with the final step.
        run = np.where(on.all(axis=1), steps, np.argmax(~on[:, ::-1], axis=1))
        # "Intensifying" means clustering grows stronger: z rising for hot, falling for cold.
        trend = np.where(trend_p < trend_alpha, np.sign(trend_z) * direction, 0)
        rules = [
            final & (count == 1),
            final & (run >= 2) & (count == run) & ~mostly,
            final & mostly & (trend > 0),
            final & mostly & (trend == 0),
            final & mostly & (trend < 0),
            final & ~mostly & ~opposite.any(axis=1),
            final & ~mostly & opposite.any(axis=1),
            ~final & mostly,
        ]
        chosen = np.select(rules, np.arange(1, 9) + offset, 0)
        category = np.where(category == 0, chosen, category)
    return category


@dataclass
class EmergingHotSpots:
    """Per-cell results of :func:`emerging_hot_spots`; ``gi_z`` and ``gi_bin`` are
    ``(cells, steps)``."""

    gi_z: np.ndarray
    gi_bin: np.ndarray
    trend_z: np.ndarray
    trend_p: np.ndarray
    category: np.ndarray
    hot_steps: np.ndarray
    cold_steps: np.ndarray


def emerging_hot_spots(x: np.ndarray, y: np.ndarray, counts: np.ndarray, band: float,
                       time_neighbours: int = 1, fdr: bool = True,
                       progress: Progress | None = None) -> EmergingHotSpots:
    """Emerging hot spots of the cube ``counts`` (cells × time steps) for cells centred at
    ``(x, y)`` with spatial neighbours no farther than ``band``. Raises
    :class:`TooFewTimeSteps` below :data:`MIN_TIME_STEPS`, :class:`CubeTooLarge` above
    :data:`MAX_PAIRS` neighbour pairs and :class:`.hotspots.ZeroVariance`
    when every bin holds the same count."""
    progress = progress or Silent()
    counts = np.asarray(counts, dtype=float)
    cells, steps = counts.shape
    if steps < MIN_TIME_STEPS:
        raise TooFewTimeSteps(f"{steps} time steps; at least {MIN_TIME_STEPS} are needed.")
    spatial = distance_band(x, y, band)
    lags = min(time_neighbours, steps - 1)
    pairs = steps * (lags + 1) * len(spatial.indices) + steps * lags * cells
    if pairs > MAX_PAIRS:
        raise CubeTooLarge(f"{pairs} space-time neighbour pairs; at most {MAX_PAIRS}.")
    neighbours = space_time_neighbours(spatial, steps, time_neighbours)
    step(progress, 20, 100)
    # Bins are numbered step-major (t · cells + c), so the cube is read column by column.
    values = counts.T.ravel()
    z = gi_star(values, neighbours)
    bins = confidence_bins(z, two_sided_p(z), fdr)
    step(progress, 60, 100)
    gi_z = z.reshape(steps, cells).T
    gi_bin = bins.reshape(steps, cells).T
    signs = np.sign(gi_bin)
    trend = mann_kendall(gi_z)
    step(progress, 90, 100)
    category = categorise(signs, trend.z, trend.p)
    step(progress, 100, 100)
    return EmergingHotSpots(gi_z, gi_bin, trend.z, trend.p, category,
                            (signs > 0).sum(axis=1), (signs < 0).sum(axis=1))

