"""Benchmark: hot spots against PySAL (libpysal ``DistanceBand`` + esda ``G_Local`` and
``Moran_Local``), side by side in one process: the engine on 100,000 cells, and
heilbronn:hotspots on 1,000,000 points from every kind of input.

    .venv/bin/python tests/benchmarks/bench_hotspots.py            # the issue's targets
    .venv/bin/python tests/benchmarks/bench_hotspots.py --smoke    # seconds, for make test

*Engine*: a hexagon lattice of 100,000 cells holds clustered incident counts (Poisson counts
of a few Gaussian bumps over a background). Each side builds distance-band weights (18
neighbours per inner cell) and Gi* z-scores, first analytically, then with 999 conditional
permutations; ours once with neighbour lists (``distance_band``, any points) and once with
the lattice's own neighbours (``LatticeNeighbours``, what the algorithm uses for grid cells).

*Algorithm*: heilbronn:hotspots on the inputs of point_inputs.py (a file, a memory layer, a
filter, a selection, unsaved edits), 40 m hexagons and a 250 m band (about 140 neighbours per
cell), against esda on the cells our run made from the file: esda's side is only the
statistics (weights, Gi*, Local Moran's I, analytic), ours is the whole algorithm — reading
the points, counting them into cells, the statistics and the output layer (a temporary layer,
the Processing dialog's default; one more run from the file writes a GeoPackage, whose
spatial index takes seconds). Our read step's time and share are printed too.

It prints wall-clock times, the speed ratios and the largest difference of the z-scores.
Nothing here asserts a time: it measures and prints. esda runs as installed: with numba its
permutations are compiled, without it they are its numpy fallback (``esda_numba`` says which).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
import warnings
from pathlib import Path

import numpy as np
from benchmark_support import REPO, start_qgis, use_plugin
from point_inputs import KINDS, PointInputs, read_step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, default=100_000)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--cell-size", type=float, default=40.0)
    parser.add_argument("--band", type=float, default=250.0)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--smoke", action="store_true",
                        help="5,000 cells, 99 permutations; 20,000 points in 200 m cells")
    parser.add_argument("--only", choices=("engine", "algorithm"), help="one of the two parts")
    parser.add_argument("--workdir", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if args.smoke:
        args.cells, args.permutations = 5_000, 99
        args.points, args.cell_size, args.band = 20_000, 200.0, 500.0
    result = {}
    if args.only != "algorithm":
        result["engine"] = run(args.cells, args.permutations)
    if args.only != "engine":
        result["algorithm"] = algorithm(args.points, args.cell_size, args.band, args.kinds,
                                        args.workdir)
    print(json.dumps(result, indent=2))


def _pysal():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # libpysal warns that its remote examples are offline
        import esda
        import libpysal
    return esda, libpysal


def run(cells: int, permutations: int) -> dict:
    use_plugin()
    from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import (
        CellGrid,
        Shape,
        gi_star,
        permutation_p,
    )
    from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import (
        LatticeNeighbours,
        distance_band,
    )

    esda, libpysal = _pysal()
    size, band = 100.0, 250.0
    grid = CellGrid(Shape.HEXAGON, size, 0.0, 0.0)
    row, col, values = _lattice(grid, cells)
    x, y = grid.centre(row, col)
    print(f"{len(x):,} hexagon cells, band {band / size} cells, {permutations} permutations",
          flush=True)

    def ours(with_permutations: bool, lattice: bool = False) -> np.ndarray:
        neighbours = (LatticeNeighbours(row, col, size, grid.row_step, 0.5, band) if lattice
                      else distance_band(x, y, band))
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
        lattice_seconds, z_lattice = _timed(lambda p=with_permutations: ours(p, lattice=True))
        theirs_seconds, z_theirs = _timed(lambda p=with_permutations: theirs(p))
        result[f"{label}_ours_seconds"] = round(ours_seconds, 3)
        result[f"{label}_ours_lattice_seconds"] = round(lattice_seconds, 3)
        result[f"{label}_esda_seconds"] = round(theirs_seconds, 3)
        result[f"{label}_speed_ratio"] = round(theirs_seconds / ours_seconds, 1)
        result[f"{label}_lattice_speed_ratio"] = round(theirs_seconds / lattice_seconds, 1)
        result[f"{label}_max_z_difference"] = float(max(np.abs(z_ours - z_theirs).max(),
                                                        np.abs(z_lattice - z_theirs).max()))
        print(f"{label}: esda {theirs_seconds:.2f} s, ours {ours_seconds:.2f} s "
              f"({theirs_seconds / ours_seconds:.1f}× faster), with the lattice "
              f"{lattice_seconds:.2f} s ({theirs_seconds / lattice_seconds:.1f}×)", flush=True)
    return result


def algorithm(points: int, cell_size: float, band: float, kinds: list[str],
              workdir: Path) -> dict:
    """heilbronn:hotspots from every kind of input against esda on the same cells."""
    app = start_qgis()
    import processing

    from heilbronn_digital.processing_algs import hotspots

    inputs = PointInputs(points, workdir)
    print(f"{points:,} points, {cell_size} m hexagons, {band} m band", flush=True)
    result: dict = {"points": points, "cell_size": cell_size, "band": band, "kinds": {}}
    outputs = {}
    for kind in kinds:
        with read_step(hotspots) as reads:
            started = time.perf_counter()
            outputs[kind] = processing.run("heilbronn:hotspots", {
                "INPUT": inputs.values[kind], "CELL_SIZE": cell_size, "DISTANCE_BAND": band,
                "OUTPUT": "memory:"})["OUTPUT"]
            seconds = time.perf_counter() - started
        read_seconds, reader, count = reads[0]
        result["kinds"][kind] = {"points_read": count, "reader": reader,
                                 "ours_seconds": round(seconds, 3),
                                 "read_seconds": round(read_seconds, 3),
                                 "read_share": round(read_seconds / seconds, 3)}
        print(f"{kind:10} ours {seconds:6.2f} s, read {read_seconds:5.2f} s "
              f"({read_seconds / seconds:.0%}, {reader})", flush=True)
    reference = "file" if "file" in outputs else kinds[0]
    geopackage = workdir / "hotspots.gpkg"
    geopackage.unlink(missing_ok=True)
    started = time.perf_counter()
    processing.run("heilbronn:hotspots", {
        "INPUT": inputs.values[reference], "CELL_SIZE": cell_size, "DISTANCE_BAND": band,
        "OUTPUT": str(geopackage)})
    result["ours_seconds_into_a_geopackage"] = round(time.perf_counter() - started, 3)
    print(f"{reference:10} ours {result['ours_seconds_into_a_geopackage']:6.2f} s into a "
          "GeoPackage", flush=True)
    x, y, counts, z = _cells(outputs[reference])
    result["cells"] = len(x)
    esda, libpysal = _pysal()
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = libpysal.weights.DistanceBand(np.c_[x, y], band, binary=True,
                                          silence_warnings=True)
        gi = esda.G_Local(counts, w, star=True, transform="B", permutations=0)
        esda.Moran_Local(counts, w, permutations=0)
    esda_seconds = time.perf_counter() - started
    result["esda_seconds"] = round(esda_seconds, 3)
    result["neighbours_per_cell"] = round(float(w.mean_neighbors), 1)
    result["max_z_difference"] = float(np.abs(z - gi.Zs).max())
    print(f"esda on the {len(x):,} cells: {esda_seconds:.2f} s "
          f"({w.mean_neighbors:.0f} neighbours per cell)", flush=True)
    for kind, figures in result["kinds"].items():
        figures["speed_ratio"] = round(esda_seconds / figures["ours_seconds"], 1)
        if kind != "edits":  # the same points, so the same cells and z-scores
            figures["same_z_as_file"] = bool(np.array_equal(_cells(outputs[kind])[3], z))
        print(f"{kind:10} {figures['speed_ratio']:6.1f}× esda", flush=True)
    result["min_speed_ratio"] = min(k["speed_ratio"] for k in result["kinds"].values())
    inputs.close()
    app.exitQgis()
    return result


def _cells(layer) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Centres, counts and Gi* z-scores of an output layer, in cell_id order."""
    rows = []
    for feature in layer.getFeatures():
        centre = feature.geometry().centroid().asPoint()
        rows.append((feature["cell_id"], centre.x(), centre.y(), feature["count"],
                     feature["gi_z"]))
    _, x, y, counts, z = (np.array(column, dtype=float) for column in zip(*sorted(rows)))
    return x, y, counts, z


def _lattice(grid, cells: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows and columns of a 8:5 rectangle of ``cells`` hexagons, with clustered counts."""
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
    return row, col, rng.poisson(intensity).astype(float)


def _timed(function):
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


if __name__ == "__main__":
    main()
