"""Benchmark: importing a large floorplan, read + checks + one-transaction write.

    .venv/bin/python tests/benchmarks/bench_importfloorplan.py           # the issue's venue
    .venv/bin/python tests/benchmarks/bench_importfloorplan.py --smoke   # seconds, for make test

It generates the venue of the indoor-routing issue as a plain GeoPackage (CAD export form):
3 buildings × 10 levels × 500 spaces (a grid of 5 m × 4 m rooms with a door in each east
wall, two stairwells and an elevator per level, stacked into shafts), imports it into a new
store, then again (every record updated). It prints the times of each phase, the records per
second and the ratio of the total to the target (an import of this venue in under 20 s on the
2-core CI machine). Nothing here asserts a time.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from benchmark_support import use_plugin, venue_arguments

TARGET_S = 20.0
ROOM_W, ROOM_D = 5.0, 4.0
# Grid positions of the vertical connectors on every level: (column, row) → room type.
CONNECTORS = {(0, 0): "Treppe", (1, 0): "Aufzug", (-1, -1): "Treppe"}


def main() -> None:
    args = venue_arguments(__doc__, smoke=(1, 2, 50))
    print(json.dumps(run(args.buildings, args.levels, args.spaces), indent=2))


def run(buildings: int, levels: int, spaces: int) -> dict:
    use_plugin()
    from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import OPENINGS, SPACES
    from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_checks import prepare
    from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_store import (
        write_floorplan,
    )
    from heilbronn_digital.heilbronn_digital_plugin.feeds.plain_floorplan import (
        read_plain_floorplan,
    )

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "venue.gpkg"
        features = _write_venue(source, buildings, levels, spaces)
        store = Path(folder) / "store.gpkg"
        times = {}
        for run_name in ("first", "again"):
            start = time.perf_counter()
            plan = read_plain_floorplan(str(source), "Geschoss", "Raumtyp", "venue")
            read = time.perf_counter()
            prepare(plan)
            checked = time.perf_counter()
            result = write_floorplan(store, plan)
            written = time.perf_counter()
            times[run_name] = {"read_s": round(read - start, 3),
                               "checks_s": round(checked - read, 3),
                               "write_s": round(written - checked, 3),
                               "total_s": round(written - start, 3)}
    total = times["first"]["total_s"]
    return {
        "buildings": buildings, "levels": levels, "spaces_per_level": spaces,
        "source_features": features, "spaces": result.count(SPACES),
        "openings": result.count(OPENINGS), "skipped": result.skipped,
        "updated_on_reimport": sum(w.updated for w in result.written.values()),
        "first_import": times["first"], "reimport": times["again"],
        "records_per_s": round(features / total),
        "target_s": TARGET_S, "ratio_to_target": round(total / TARGET_S, 3),
    }


def _write_venue(path: Path, buildings: int, levels: int, spaces: int) -> int:
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("rooms", srs, ogr.wkbUnknown)
    for name in ("Geschoss", "Raumtyp", "Name"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    columns = max(2, round((spaces * ROOM_D / ROOM_W) ** 0.5))
    rows = -(-spaces // columns)
    count = 0
    ds.StartTransaction()
    for building in range(buildings):
        x0, y0 = 515000.0 + building * (columns * ROOM_W + 50.0), 5443000.0
        for level in range(levels):
            for index in range(spaces):
                column, row = index % columns, index // columns
                kind = CONNECTORS.get((column, row)) or CONNECTORS.get(
                    (column - columns, row - rows), "Büro")
                left, bottom = x0 + column * ROOM_W, y0 + row * ROOM_D
                _add(layer, level, kind, f"{level}.{index:03d}", _box(
                    left, bottom, left + ROOM_W, bottom + ROOM_D))
                count += 1
                if column + 1 < columns and index + 1 < spaces:
                    door = ogr.Geometry(ogr.wkbLineString)
                    door.AddPoint_2D(left + ROOM_W, bottom + 1.5)
                    door.AddPoint_2D(left + ROOM_W, bottom + 2.5)
                    _add(layer, level, "Tür", None, door)
                    count += 1
    ds.CommitTransaction()
    ds = None
    return count


def _add(layer, level: int, kind: str, name: str | None, geometry) -> None:
    from osgeo import ogr

    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("Geschoss", str(level))
    feature.SetField("Raumtyp", kind)
    if name:
        feature.SetField("Name", name)
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)


def _box(x0: float, y0: float, x1: float, y1: float):
    from osgeo import ogr

    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


if __name__ == "__main__":
    main()
