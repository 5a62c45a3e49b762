"""Sizes a person types, checked against the memory they imply before anything is allocated.

A distance band of 1e9 m (or 2,000 m on a dense grid) links every cell with every other: the
pairs alone would take tens of gigabytes, and the kernel ends the process without a word. So
each typed scale is turned into an estimate of the memory it needs first, and refused with the
number and a suggestion when that exceeds :func:`memory_budget`. No Qt, no QGIS.
"""

from __future__ import annotations

import os

import numpy as np

from .spatial_weights import candidate_pairs

GIB = 1024 ** 3
# Memory per neighbour pair while the weights are built and used (two indices, a distance,
# the sort and the compressed rows): 73 bytes measured for hot spots on 50,000 cells.
BYTES_PER_PAIR = 80
_FALLBACK_MEMORY = 8 * GIB


def memory_budget() -> int:
    """Bytes one analysis may use: a quarter of the machine's memory, at most 4 GiB (others
    run on the same machine, and QGIS itself needs room)."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # Windows has no sysconf
        physical = _FALLBACK_MEMORY
    return int(min(4 * GIB, max(physical, GIB) // 4))


def pair_memory(x: np.ndarray, y: np.ndarray, band: float, multiplier: int = 1) -> int:
    """Bytes the neighbour pairs of ``band`` (metres) may take: every pair of points in the
    same or adjacent band-sized buckets (an upper bound, counted without building a pair),
    times ``multiplier`` (the time steps of a space-time cube)."""
    return candidate_pairs(x, y, band) * multiplier * BYTES_PER_PAIR


def largest_band(x: np.ndarray, y: np.ndarray, band: float, budget: int,
                 multiplier: int = 1) -> float:
    """The largest band up to ``band`` whose pairs fit ``budget`` bytes (0 when none does)."""
    low, high = 0.0, float(band)
    for _ in range(24):
        middle = (low + high) / 2
        if middle <= 0:
            break
        if pair_memory(x, y, middle, multiplier) <= budget:
            low = middle
        else:
            high = middle
    return low


def gib(size: float) -> str:
    """Bytes as gigabytes for a sentence ("22.4")."""
    return f"{size / GIB:.1f}"
