"""What the hot spot and the emerging hot spot algorithms share: how many incidents they
need, their scale (cell size and distance band, the user's or automatic, within limits) and
the cell polygons."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from qgis.core import QgsGeometry, QgsProcessingException

from ..heilbronn_digital_plugin.analysis import memory_guard
from ..heilbronn_digital_plugin.analysis.hotspots import (
    Aggregation,
    BandTooWide,
    automatic_band,
    automatic_cell_size,
)
from ..heilbronn_digital_plugin.analysis.progress import Progress
from ..heilbronn_digital_plugin.analysis.spatial_weights import Weights
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from .analysis_notes import AnalysisNotes

# ArcGIS's Optimized Hot Spot Analysis asks for at least 30 incidents (or polygons).
MIN_FEATURES = 30
# More cells than this is a cell size in the wrong unit; an automatic size is grown instead.
MAX_CELLS = 1_000_000
AUTOMATIC_MAX_CELLS = 100_000


def cell_size(x: np.ndarray, y: np.ndarray, chosen: float | None, notes: AnalysisNotes,
              automatic_limit: int = AUTOMATIC_MAX_CELLS) -> float:
    """The user's cell size (metres), or twice the mean nearest-neighbour distance enlarged
    to at most ``automatic_limit`` cells; refuses a size that would make too many cells."""
    area = (float(np.ptp(x)) + 1.0) * (float(np.ptp(y)) + 1.0)
    if chosen is None:
        try:
            size = automatic_cell_size(x, y)
        except ValueError as error:
            raise QgsProcessingException(tr(
                "All incidents are at the same place, so there is no pattern to find.")
            ) from error
        notes.note(tr(
            "Automatic cell size: {size} m, twice the mean distance between neighbouring "
            "incidents (about one incident per cell if they were spread at random).")
            .format(size=local_number(size, ".1f")))
        estimate = area / (size * size)
        if estimate > automatic_limit:
            # Never more cells than a planner's machine handles in seconds.
            size *= math.sqrt(estimate / automatic_limit)
            notes.note(tr("Cell size enlarged to {size} m to keep the grid within about "
                          "{limit} cells.").format(size=local_number(size, ".1f"),
                                                   limit=local_number(automatic_limit, ",")))
        return size
    cells = area / (chosen * chosen)
    if cells > MAX_CELLS:
        raise QgsProcessingException(tr(
            "A cell size of {size} m would make about {cells} cells, more than the {limit} "
            "this algorithm accepts. Choose a larger cell size (e.g. {suggestion} m) or "
            "leave it empty.").format(
                size=local_number(chosen, "g"), cells=local_number(cells, ","),
                limit=local_number(MAX_CELLS, ","),
                suggestion=local_number(math.sqrt(area / (MAX_CELLS / 4)), ".0f")))
    notes.note(tr("Cell size: {size} m.").format(size=local_number(chosen, ".1f")))
    return chosen


def distance_band(x: np.ndarray, y: np.ndarray, values: np.ndarray, chosen: float | None,
                  notes: AnalysisNotes, progress: Progress,
                  weights: Callable[[float], Weights] | None = None,
                  time_steps: int = 1) -> float:
    """The user's distance band (metres), or one found by incremental spatial
    autocorrelation of ``values`` at the cell centres ``x``, ``y`` (with ``weights``, see
    :func:`automatic_band`). A band for neighbour pairs (no lattice ``weights``: polygons,
    the space-time cube over ``time_steps``) is first checked against the memory they take;
    lattice weights store no pairs, so any band fits them."""
    if chosen is not None:
        if weights is None:
            check_band_memory(x, y, chosen, time_steps)
        notes.note(tr("Distance band: {band} m.").format(band=local_number(chosen, ".1f")))
        return chosen
    try:
        choice = automatic_band(x, y, values, progress, weights)
    except BandTooWide as error:
        raise QgsProcessingException(tr(
            "The cells are so dense that even the smallest distance band that gives every "
            "cell a neighbour ({band} m) links more pairs of cells than fit in memory. "
            "Choose a larger cell size, or a distance band.").format(
                band=local_number(error.band, ".0f"))
        ) from error
    notes.note(tr("Distance bands tried (global Moran's I z-score): {bands}.").format(
        bands=", ".join(f"{local_number(band, '.1f')} m ({local_number(z, '.2f')})"
                        for band, z in choice.tried)))
    notes.note({
        "peak": tr("Automatic distance band: {band} m, the first peak of spatial "
                   "autocorrelation."),
        "maximum": tr("Automatic distance band: {band} m, the strongest spatial "
                      "autocorrelation (no peak)."),
        "neighbours": tr("Automatic distance band: {band} m, the mean distance to the "
                         "nearest neighbours (no significant spatial autocorrelation at any "
                         "distance tried)."),
    }[choice.method].format(band=local_number(choice.band, ".1f")))
    return choice.band


def check_band_memory(x: np.ndarray, y: np.ndarray, band: float, time_steps: int = 1) -> None:
    """Refuse, before any pair is built, a band whose neighbour pairs would not fit in the
    memory an analysis may use; the sentence names the need and a band that fits."""
    budget = memory_guard.memory_budget()
    need = memory_guard.pair_memory(x, y, band, time_steps)
    if need <= budget:
        return
    fits = memory_guard.largest_band(x, y, band, budget, time_steps)
    raise QgsProcessingException(tr(
        "A distance band of {band} m links up to {pairs} pairs of the {cells} cells{steps}, "
        "which needs about {need} GB of memory, more than the {budget} GB an analysis may use "
        "here. Choose a distance band of at most {fits} m, a larger cell size, or leave the "
        "band empty for the automatic one.").format(
            band=local_number(band, ","),
            pairs=local_number(need // memory_guard.BYTES_PER_PAIR // time_steps, ","),
            cells=local_number(len(x), ","), need=local_number(need / memory_guard.GIB, ".1f"),
            budget=local_number(budget / memory_guard.GIB, ".1f"),
            steps=tr(" in each of {steps} time steps").format(
                steps=local_number(time_steps, ",")) if time_steps > 1 else "",
            fits=local_number(fits, ",")))


def cell_geometries(grid: Aggregation) -> list[QgsGeometry]:
    """Cell polygons built as WKB in numpy, all in one buffer: a QgsPointXY per corner is far
    slower."""
    corners = grid.grid.vertices(grid.x, grid.y)
    ring = np.concatenate([corners, corners[:, :1, :]], axis=1)  # close the ring
    count = ring.shape[1]
    record = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"),
                       ("xy", "<f8", (count, 2))])
    wkb = np.zeros(len(ring), dtype=record)
    wkb["order"], wkb["type"], wkb["rings"], wkb["points"] = 1, 3, 1, count
    wkb["xy"] = ring
    raw, size = wkb.tobytes(), record.itemsize
    geometries = []
    for start in range(0, len(raw), size):
        geometry = QgsGeometry()
        geometry.fromWkb(raw[start:start + size])
        geometries.append(geometry)
    return geometries
