"""Benchmark: heilbronn:kerneldensity against QGIS's own heatmap, side by side in one process,
from every kind of input (a file, a memory layer, a filter, a selection, unsaved edits).

    .venv/bin/python tests/benchmarks/bench_kerneldensity.py            # the issue's target
    .venv/bin/python tests/benchmarks/bench_kerneldensity.py --smoke    # seconds, for make test

The inputs are described in point_inputs.py: the same points along the real Heilbronn street
network, handed over five ways. For each kind it prints the wall-clock time of both
algorithms, the speed ratio, how long our read step took and its share of our time, which
reader served it, and the agreement of the two rasters; for the file it also prints the peak
memory of ours against the size of the output raster. Nothing here asserts a time: it
measures and prints.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path

import numpy as np
from benchmark_support import REPO, start_qgis
from point_inputs import KINDS, PointInputs, read_step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--pixel", type=float, default=5.0)
    parser.add_argument("--radius", type=float, default=200.0)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--smoke", action="store_true", help="20,000 points at 20 m")
    parser.add_argument("--workdir", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if args.smoke:
        args.points, args.pixel = 20_000, 20.0
    result = run(args.points, args.pixel, args.radius, args.kinds, args.workdir)
    print(json.dumps(result, indent=2))


def run(points: int, pixel: float, radius: float, kinds: list[str], workdir: Path) -> dict:
    app = start_qgis()
    import processing

    from heilbronn_digital.processing_algs import kernel_density

    inputs = PointInputs(points, workdir)
    parameters = {"RADIUS": radius, "PIXEL_SIZE": pixel, "KERNEL": 0, "OUTPUT_VALUE": 0}
    print(f"{points:,} points, {pixel} m pixels, {radius} m radius", flush=True)
    print(f"{'input':10} {'QGIS':>9} {'ours':>8} {'ratio':>7} {'read':>7} {'share':>6}  reader",
          flush=True)
    result: dict = {"points": points, "pixel_size": pixel, "radius": radius, "kinds": {}}
    for kind in kinds:
        ours_tif, qgis_tif = workdir / f"ours_{kind}.tif", workdir / f"qgis_{kind}.tif"
        memory = kind == "file"
        if memory:
            rss_before = _clear_peak_rss()
            tracemalloc.start()
        with read_step(kernel_density) as reads:
            started = time.perf_counter()
            processing.run("heilbronn:kerneldensity",
                           {**parameters, "INPUT": inputs.values[kind], "OUTPUT": str(ours_tif)})
            ours_seconds = time.perf_counter() - started
        if memory:
            _, traced_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rss_peak = _peak_rss()
        started = time.perf_counter()
        processing.run("qgis:heatmapkerneldensityestimation",
                       {**parameters, "INPUT": inputs.values[kind], "OUTPUT": str(qgis_tif)})
        qgis_seconds = time.perf_counter() - started

        ours, reference = _read(ours_tif), _read(qgis_tif)
        read_seconds, reader, count = reads[0]
        figures = {
            "points_read": count, "reader": reader,
            "ours_seconds": round(ours_seconds, 3), "qgis_seconds": round(qgis_seconds, 3),
            "speed_ratio": round(qgis_seconds / ours_seconds, 1),
            "read_seconds": round(read_seconds, 3),
            "read_share": round(read_seconds / ours_seconds, 3),
            "max_difference_of_max": float(np.abs(ours - reference).max()
                                           / np.abs(reference).max()),
        }
        result["kinds"][kind] = figures
        print(f"{kind:10} {qgis_seconds:8.2f}s {ours_seconds:7.2f}s {figures['speed_ratio']:6.1f}×"
              f" {read_seconds:6.2f}s {figures['read_share']:6.0%}  {reader}", flush=True)
        if memory:
            output_bytes = ours.size * 4
            result["raster"] = f"{ours.shape[0]} x {ours.shape[1]}"
            result["output_raster_mb"] = round(output_bytes / 2**20, 1)
            result["peak_numpy_mb"] = round(traced_peak / 2**20, 1)
            result["peak_numpy_over_output"] = round(traced_peak / output_bytes, 2)
            if rss_before is not None and rss_peak is not None:
                result["peak_rss_growth_mb"] = round((rss_peak - rss_before) / 2**20, 1)
                result["peak_rss_growth_over_output"] = round(
                    (rss_peak - rss_before) / output_bytes, 2)
    result["min_speed_ratio"] = min(k["speed_ratio"] for k in result["kinds"].values())
    print(f"slowest input: {result['min_speed_ratio']}× QGIS", flush=True)
    inputs.close()
    app.exitQgis()
    return result


def _read(path: Path) -> np.ndarray:
    from osgeo import gdal

    dataset = gdal.Open(str(path))  # must outlive the band
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    if band.GetNoDataValue() is not None:
        values[values == band.GetNoDataValue()] = 0.0
    return values


def _clear_peak_rss() -> int | None:
    """Reset the kernel's peak-RSS mark (Linux) and return the current RSS in bytes."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kb("VmRSS") * 1024
    except OSError:
        return None


def _peak_rss() -> int | None:
    try:
        return _status_kb("VmHWM") * 1024
    except OSError:
        return None


def _status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise OSError(key)


if __name__ == "__main__":
    main()
