"""Benchmark: heilbronn:parkingsearchtraffic on the whole sample city for a growing number of
destinations, one time window (the weekday peak hour).

    .venv/bin/python tests/benchmarks/bench_parkingsearch.py            # the issue's target
    .venv/bin/python tests/benchmarks/bench_parkingsearch.py --smoke    # seconds, for make test

Destinations are spread over the sample city's streets (denser towards the centre), each with
1–20 arrivals per hour. It prints the wall-clock time of the whole algorithm (noding, snapping,
search, segments, heatmap, summary) per number of destinations, the time of 1,000 against the
10 s target, and the cost per added destination; the curve shows whether cost grows linearly.
Nothing here asserts a time: it measures and prints.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from benchmark_support import REPO, start_qgis

SAMPLE_GPKG = REPO / "sample_data" / "heilbronn_demo.gpkg"
CENTRE = (514_800.0, 5_443_300.0)  # Marktplatz, EPSG:25832
WINDOW = ("2025-11-18T10:00:00Z", "2025-11-18T11:00:00Z")
TARGET_SECONDS = 10.0
TARGET_DESTINATIONS = 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 250, 500, 1000, 2000])
    parser.add_argument("--smoke", action="store_true", help="50 and 100 destinations")
    parser.add_argument("--workdir", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if args.smoke:
        args.sizes = [50, 100]
    print(json.dumps(run(args.sizes, args.workdir), indent=2))


def run(sizes: list[int], workdir: Path) -> dict:
    app = start_qgis()
    workdir.mkdir(parents=True, exist_ok=True)
    import processing

    seconds = {}
    for count in sizes:
        destinations = _destinations_gpkg(count, workdir)
        started = time.perf_counter()
        result = processing.run("heilbronn:parkingsearchtraffic", {
            "STREETS": f"{SAMPLE_GPKG}|layername=streets",
            "SITES": f"{SAMPLE_GPKG}|layername=parking_sites",
            "OCCUPANCY": f"{SAMPLE_GPKG}|layername=parking_occupancy",
            "TIME_START": WINDOW[0], "TIME_END": WINDOW[1],
            "DESTINATIONS": f"{destinations}|layername=destinations",
            "ARRIVALS_FIELD": "arrivals",
            "OUTPUT": str(workdir / f"segments_{count}.gpkg"),
            "OUTPUT_HEATMAP": str(workdir / f"heatmap_{count}.tif"),
            "OUTPUT_SUMMARY": str(workdir / f"summary_{count}.csv")})
        seconds[count] = time.perf_counter() - started
        print(f"{count:>6,} destinations  {seconds[count]:7.2f} s  "
              f"({result['TOTAL_VEHICLE_KM_H']:.0f} search vehicle-km/h)", flush=True)
    counts = np.array(sorted(seconds), dtype=float)
    times = np.array([seconds[int(c)] for c in counts])
    slope, intercept = np.polyfit(counts, times, 1) if len(counts) > 1 else (0.0, times[0])
    result = {"seconds_by_destinations": {int(c): round(t, 3) for c, t in zip(counts, times)},
              "fixed_seconds": round(float(intercept), 3),
              "ms_per_destination": round(float(slope) * 1000.0, 3),
              "target_seconds": TARGET_SECONDS}
    if TARGET_DESTINATIONS in seconds:
        result["seconds_for_1000"] = round(seconds[TARGET_DESTINATIONS], 3)
        result["share_of_target"] = round(seconds[TARGET_DESTINATIONS] / TARGET_SECONDS, 3)
        print(f"1,000 destinations: {seconds[TARGET_DESTINATIONS]:.2f} s of the "
              f"{TARGET_SECONDS:.0f} s target", flush=True)
    print(f"cost: {result['fixed_seconds']:.2f} s fixed + "
          f"{result['ms_per_destination']:.2f} ms per destination", flush=True)
    app.exitQgis()
    return result


def _destinations_gpkg(count: int, workdir: Path) -> Path:
    """Destinations near the sample city's streets, denser towards the centre; cached."""
    path = workdir / f"parking_destinations_{count}.gpkg"
    if path.exists():
        return path
    from osgeo import ogr, osr

    streets = _street_vertices()
    rng = np.random.default_rng(2025)
    distance = np.hypot(streets[:, 0] - CENTRE[0], streets[:, 1] - CENTRE[1])
    preference = np.exp(-distance / 1500.0) + 0.02
    picks = rng.choice(len(streets), size=count, p=preference / preference.sum())
    xy = streets[picks] + rng.normal(0.0, 15.0, size=(count, 2))
    arrivals = rng.integers(1, 21, size=count)

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("destinations", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("arrivals", ogr.OFTReal))
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    for (x, y), value in zip(xy, arrivals):
        feature = ogr.Feature(definition)
        point = ogr.Geometry(ogr.wkbPoint)
        point.SetPoint_2D(0, float(x), float(y))
        feature.SetGeometry(point)
        feature.SetField("arrivals", float(value))
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return path


def _street_vertices() -> np.ndarray:
    from osgeo import ogr

    dataset = ogr.Open(str(SAMPLE_GPKG))
    vertices = []
    for feature in dataset.GetLayerByName("streets"):
        geometry = feature.GetGeometryRef()
        for index in range(geometry.GetGeometryCount()):
            vertices.extend(geometry.GetGeometryRef(index).GetPoints())
    return np.array(vertices)[:, :2]


if __name__ == "__main__":
    main()
