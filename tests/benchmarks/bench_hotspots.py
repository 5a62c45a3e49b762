"""Benchmark: the hot spot engine against PySAL (libpysal ``DistanceBand`` + esda ``G_Local``),
side by side in one process.

    .venv/bin/python tests/benchmarks/bench_hotspots.py            # the issue's target
    .venv/bin/python tests/benchmarks/bench_hotspots.py --smoke    # seconds, for make test

A hexagon lattice of 100,000 cells holds clustered incident counts (Poisson counts of a few
Gaussian bumps over a background). Each side builds distance-band weights (18 neighbours per
inner cell) and Gi* z-scores, first analytically, then with 999 conditional permutations. It
prints the wall-clock times, the speed ratios and the largest difference of the z-scores.
Nothing here asserts a time: it measures and prints. esda runs as installed: with numba its
permutations are compiled, without it they are its numpy fallback (``esda_numba`` says which).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
import warnings

import numpy as np
from benchmark_support import use_plugin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, default=100_000)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--smoke", action="store_true", help="5,000 cells, 99 permutations")
    args = parser.parse_args()
    if args.smoke:
        args.cells, args.permutations = 5_000, 99
    print(json.dumps(run(args.cells, args.permutations), indent=2))


def run(cells: int, permutations: int) -> dict:
    use_plugin()
    from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import (
        CellGrid,
        Shape,
        gi_star,
        permutation_p,
    )
    from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import (
        distance_band,
    )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # libpysal warns that its remote examples are offline
        import esda
        import libpysal

    size, band = 100.0, 250.0
    x, y, values = _lattice(CellGrid(Shape.HEXAGON, size, 0.0, 0.0), cells)
    print(f"{len(x):,} hexagon cells, band {band / size} cells, {permutations} permutations",
          flush=True)

    def ours(with_permutations: bool) -> np.ndarray:
        neighbours = distance_band(x, y, band)
        z = gi_star(values, neighbours)
        if with_permutations:
            permutation_p(values, neighbours, permutations, seed=1)
        return z

    def theirs(with_permutations: bool) -> np.ndarray:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = libpysal.weights.DistanceBand(np.c_[x, y], band, binary=True,
                                              silence_warnings=True)
            g = esda.G_Local(values, w, star=True, transform="B",
                             permutations=permutations if with_permutations else 0, seed=1)
        return g.Zs

    result = {"cells": len(x), "permutations": permutations,
              "neighbours_per_inner_cell": int(distance_band(x, y, band).cardinality.max()),
              "esda": esda.__version__, "libpysal": libpysal.__version__,
              "esda_numba": importlib.util.find_spec("numba") is not None}
    for label, with_permutations in (("analytic", False), ("permutations", True)):
        ours_seconds, z_ours = _timed(lambda p=with_permutations: ours(p))
        theirs_seconds, z_theirs = _timed(lambda p=with_permutations: theirs(p))
        result[f"{label}_ours_seconds"] = round(ours_seconds, 3)
        result[f"{label}_esda_seconds"] = round(theirs_seconds, 3)
        result[f"{label}_speed_ratio"] = round(theirs_seconds / ours_seconds, 1)
        result[f"{label}_max_z_difference"] = float(np.abs(z_ours - z_theirs).max())
        print(f"{label}: ours {ours_seconds:.2f} s, esda {theirs_seconds:.2f} s, "
              f"{theirs_seconds / ours_seconds:.1f}× faster", flush=True)
    return result


def _lattice(grid, cells: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 8:5 rectangle of ``cells`` hexagons with clustered incident counts."""
    rows = max(int(round(np.sqrt(cells * 5 / 8))), 1)
    cols = max(cells // rows, 1)
    row, col = (a.ravel() for a in np.meshgrid(np.arange(rows), np.arange(cols),
                                               indexing="ij"))
    x, y = grid.centre(row, col)
    rng = np.random.default_rng(2026)
    intensity = np.full(len(x), 0.3)
    for _ in range(12):
        cx, cy = rng.uniform(x.min(), x.max()), rng.uniform(y.min(), y.max())
        spread = rng.uniform(3, 15) * grid.size
        intensity += rng.uniform(2, 8) * np.exp(-((x - cx) ** 2 + (y - cy) ** 2)
                                                / (2 * spread * spread))
    return x, y, rng.poisson(intensity).astype(float)


def _timed(function):
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


if __name__ == "__main__":
    main()
