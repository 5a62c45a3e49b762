"""Benchmark: heilbronn:kerneldensity against QGIS's own heatmap, side by side in one process.

    .venv/bin/python tests/benchmarks/bench_kerneldensity.py            # the issue's target
    .venv/bin/python tests/benchmarks/bench_kerneldensity.py --smoke    # seconds, for make test

Points are spread over the real Heilbronn street network (OpenStreetMap, from the shared
fixtures), clustered around the inner city, in EPSG:25832. It prints the wall-clock time of
each algorithm, the speed ratio, the agreement of the two rasters, and the peak memory of ours
against the size of the output raster. Nothing here asserts a time: it measures and prints.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path

import numpy as np
from benchmark_support import REPO, start_qgis

FIXTURES = REPO.parent / "shared" / "fixtures"
CENTRE = (514_800.0, 5_443_300.0)  # Marktplatz, EPSG:25832


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--pixel", type=float, default=5.0)
    parser.add_argument("--radius", type=float, default=200.0)
    parser.add_argument("--smoke", action="store_true", help="20,000 points at 20 m")
    parser.add_argument("--workdir", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if args.smoke:
        args.points, args.pixel = 20_000, 20.0
    result = run(args.points, args.pixel, args.radius, args.workdir)
    print(json.dumps(result, indent=2))


def run(points: int, pixel: float, radius: float, workdir: Path) -> dict:
    app = start_qgis()
    workdir.mkdir(parents=True, exist_ok=True)
    source = _points_gpkg(points, workdir)
    parameters = {"INPUT": f"{source}|layername=points", "RADIUS": radius, "PIXEL_SIZE": pixel,
                  "KERNEL": 0, "OUTPUT_VALUE": 0}

    import processing

    print(f"{points:,} points, {pixel} m pixels, {radius} m radius", flush=True)
    rss_before = _clear_peak_rss()
    tracemalloc.start()
    started = time.perf_counter()
    processing.run("heilbronn:kerneldensity", {**parameters, "OUTPUT": str(workdir / "ours.tif")})
    ours_seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak = _peak_rss()
    print(f"heilbronn:kerneldensity            {ours_seconds:8.2f} s", flush=True)

    started = time.perf_counter()
    processing.run("qgis:heatmapkerneldensityestimation",
                   {**parameters, "OUTPUT": str(workdir / "qgis.tif")})
    qgis_seconds = time.perf_counter() - started
    print(f"qgis:heatmapkerneldensityestimation {qgis_seconds:8.2f} s", flush=True)

    ours, reference = _read(workdir / "ours.tif"), _read(workdir / "qgis.tif")
    output_bytes = ours.size * 4
    result = {
        "points": points, "pixel_size": pixel, "radius": radius,
        "raster": f"{ours.shape[0]} x {ours.shape[1]}",
        "ours_seconds": round(ours_seconds, 3), "qgis_seconds": round(qgis_seconds, 3),
        "speed_ratio": round(qgis_seconds / ours_seconds, 1),
        "max_difference_of_max": float(np.abs(ours - reference).max() / np.abs(reference).max()),
        "output_raster_mb": round(output_bytes / 2**20, 1),
        "peak_numpy_mb": round(traced_peak / 2**20, 1),
        "peak_numpy_over_output": round(traced_peak / output_bytes, 2),
    }
    if rss_before is not None and rss_peak is not None:
        result["peak_rss_growth_mb"] = round((rss_peak - rss_before) / 2**20, 1)
        result["peak_rss_growth_over_output"] = round((rss_peak - rss_before) / output_bytes, 2)
    print(f"speed ratio (QGIS / ours): {result['speed_ratio']}", flush=True)
    app.exitQgis()
    return result


def _points_gpkg(count: int, workdir: Path) -> Path:
    """Points along real Heilbronn streets, denser towards the centre; cached per count."""
    path = workdir / f"points_{count}.gpkg"
    if path.exists():
        return path
    from osgeo import ogr, osr

    streets = _street_vertices()
    rng = np.random.default_rng(2030)
    distance = np.hypot(streets[:, 0] - CENTRE[0], streets[:, 1] - CENTRE[1])
    preference = np.exp(-distance / 2500.0) + 0.05
    picks = rng.choice(len(streets), size=count, p=preference / preference.sum())
    xy = streets[picks] + rng.normal(0.0, 15.0, size=(count, 2))

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("points", srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO"])
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    point = ogr.Geometry(ogr.wkbPoint)
    for x, y in xy:
        feature = ogr.Feature(definition)
        point.SetPoint_2D(0, float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return path


def _street_vertices() -> np.ndarray:
    from osgeo import ogr, osr

    source = ogr.Open(str(FIXTURES / "heilbronn" / "trinkwasser_hn-streets.geojson"))
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(25832)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, utm)
    vertices = []
    for feature in source.GetLayer(0):
        geometry = feature.GetGeometryRef().Clone()
        geometry.Segmentize(10.0 / 111_000.0)  # a vertex about every 10 m
        geometry.Transform(transform)
        for index in range(max(geometry.GetGeometryCount(), 1)):
            part = geometry.GetGeometryRef(index) if geometry.GetGeometryCount() else geometry
            vertices.extend(part.GetPoints())
    return np.array(vertices)[:, :2]


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
