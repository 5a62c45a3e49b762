"""The shared PostGIS store at a city's scale: 300 parking sites with 10 million readings (a
year of 300 sensors every 15 minutes, roughly), in a throwaway cluster (tests/pg_cluster.py).

Printed, never asserted (issue 14, item 6; targets in brackets):
- a live refresh of 300 sites commits (< 1 s);
- one Temporal Controller frame of parking_occupancy_map is fetched and drawn (< 100 ms);
- one hour of readings for the parking search is read through QGIS (< 1 s);
- the level switcher lists levels with SELECT DISTINCT, against reading every feature;
- points for heatmaps and hot spots read from a PostGIS layer (as binary COPY through psycopg2,
  and as hex text through QGIS's connection, as a QGIS without psycopg2 reads) and from the
  same points in a GeoPackage (target: PostGIS at least as fast), the memory each read needs
  at its peak, per point, and the time the PostGIS reader's statement takes in the database
  alone (with its parallel workers, and in one process): the floor under the read.

``--smoke`` runs tiny sizes (`make test`); `make bench` runs the full one (some minutes: most
of it is generating the readings).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmark_support import REPO, start_qgis

sys.path.insert(0, str(REPO / "tests"))
from pg_cluster import PgCluster  # noqa: E402

END = datetime(2025, 11, 18, 12, 0, tzinfo=timezone.utc)
STEP = timedelta(minutes=15)
SCHEMA = "bench"
# The sites stand on a grid in Heilbronn (EPSG:25832): its first corner, step and columns.
GRID_X, GRID_Y, GRID_STEP_M, GRID_COLUMNS = 514000, 5445000, 80, 20
# Every 15th site is a car park (drawn with its name and free spaces), the rest on-street.
GARAGE_EVERY = 15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--readings", type=int, default=10_000_000)
    parser.add_argument("--spaces", type=int, default=60_000, help="floorplan spaces")
    parser.add_argument("--points", type=int, default=1_000_000, help="points for heatmaps")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    if args.smoke:
        args.sites, args.readings, args.spaces, args.points = 30, 20_000, 600, 5_000
    app = start_qgis()
    cluster = PgCluster().start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            result = run(cluster, args, Path(folder))
    finally:
        cluster.stop()
    print(json.dumps(result, indent=2))
    app.exitQgis()


def run(cluster: PgCluster, args: argparse.Namespace, folder: Path) -> dict:
    from heilbronn_digital.heilbronn_digital_plugin.store import core

    store = f"{cluster.conninfo} schema={SCHEMA}"
    core.create_store(store)
    started = time.perf_counter()
    _fill(cluster, args)
    filled_s = time.perf_counter() - started
    return {
        "sites": args.sites, "readings": args.readings, "fill_s": round(filled_s, 1),
        "live_refresh_commit_s": _live_refresh(store, args.sites),
        "temporal_frame_ms": _frame_ms(store, args),
        "hour_of_readings_s": _hour_of_readings(store, args),
        "levels": _levels(store),
        "points": _points(cluster, store, folder),
    }


def _fill(cluster: PgCluster, args: argparse.Namespace) -> None:
    """Sites on a grid in Heilbronn, readings every 15 minutes back from END, floorplan
    spaces of 3 buildings × 10 levels, and points for the heatmap: generated in the
    database (as a year of feeds would have left them), then vacuumed and analysed, as
    PostgreSQL's autovacuum leaves a store soon after a large import."""
    sites, readings = args.sites, args.readings
    cluster.psql_admin(f"""
INSERT INTO {SCHEMA}.parking_sites (site_id, name, site_type, capacity, source, geom)
SELECT 'bench:' || i, 'Site ' || i,
       CASE WHEN i % {GARAGE_EVERY} = 0 THEN 'garage' ELSE 'on_street' END, 50, 'bench',
       ST_SetSRID(ST_MakePoint({GRID_X} + (i % {GRID_COLUMNS}) * {GRID_STEP_M},
                           {GRID_Y} + (i / {GRID_COLUMNS}) * {GRID_STEP_M}), 25832)
FROM generate_series(0, {sites - 1}) AS i;
INSERT INTO {SCHEMA}.parking_occupancy (site_id, observed_at, free, occupied, capacity, status)
SELECT 'bench:' || (g % {sites}),
       TIMESTAMPTZ '{END.isoformat()}' - (g / {sites}) * INTERVAL '15 minutes',
       (g * 7) % 50, 50 - (g * 7) % 50, 50, 'open'
FROM generate_series(0, {readings - 1}) AS g;
INSERT INTO {SCHEMA}.indoor_spaces (space_id, building_id, level_id, ordinal, category, geom)
SELECT 'space:' || g, 'b' || (g % 3), 'b' || (g % 3) || ':' || ((g / 3) % 10),
       (g / 3) % 10, 'room',
       ST_SetSRID(ST_MakeEnvelope(0, 0, 5, 5), 25832)
FROM generate_series(0, {args.spaces - 1}) AS g;
INSERT INTO {SCHEMA}.citizen_reports (service_request_id, source, status, geom)
SELECT 'r' || g, 'bench', 'open',
       ST_SetSRID(ST_MakePoint(510000 + (g::bigint * 7919) % 10000,
                               5440000 + (g::bigint * 104729) % 10000), 25832)
FROM generate_series(0, {args.points - 1}) AS g;""", timeout_s=3 * 3600)
    cluster.psql_admin("VACUUM ANALYZE", timeout_s=3600)  # not inside a transaction


def _site_point(i: int) -> tuple[float, float]:
    """Site ``i``'s place on the grid, in EPSG:25832 (metres), as ``_fill`` puts it."""
    return (GRID_X + (i % GRID_COLUMNS) * GRID_STEP_M,
            GRID_Y + (i // GRID_COLUMNS) * GRID_STEP_M)


def _live_refresh(store: str, sites: int) -> dict:
    """store_parking of one new reading per site (at its place on the grid), three times:
    each one transaction."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )

    from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
    from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking

    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25832"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    places = [to_wgs84.transform(QgsPointXY(*_site_point(i))) for i in range(sites)]
    times = []
    for step in range(1, 4):
        moment = END + step * STEP
        batch = pr.ParkingBatch("bench", sites=[
            pr.ParkingSite(f"bench:{i}", f"Site {i}",
                           "garage" if i % GARAGE_EVERY == 0 else "on_street", 50,
                           lon=places[i].x(), lat=places[i].y())
            for i in range(sites)], observations=[
            pr.ParkingObservation(f"bench:{i}", moment, free=i % 50, capacity=50)
            for i in range(sites)])
        started = time.perf_counter()
        result = store_parking(store, batch)
        times.append(time.perf_counter() - started)
        assert result.readings_inserted == sites
    return {"median_s": round(statistics.median(times), 3), "target_s": 1.0}


def _layer(store: str, name: str, style: str | None = None):
    from qgis.core import QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.store import core
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path

    uri, provider = core.open_store(store).layer_uri(name)
    layer = QgsVectorLayer(uri, name, provider)
    assert layer.isValid(), uri
    if style:
        layer.loadNamedStyle(str(style_path(style)))
    return layer


def _frame_ms(store: str, args: argparse.Namespace) -> dict:
    """One 15-minute frame of the occupancy view, five frames 1 h 45 min apart: fetched as the
    map renderer asks for it (the layer's temporal filter with the frame's times,
    tests/occupancy_frames.py; ``read`` rows, of which the rules draw ``features``), and drawn
    whole as the map canvas draws it (800 × 600 pixels, symbols and labels; a first frame,
    untimed, loads fonts and symbols); ``drawn_pixels``: pixels the last frame coloured."""
    from occupancy_frames import draw, frame_features, frame_map, frame_request
    from qgis.core import QgsMapRendererSequentialJob, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.local_time import to_local

    layer = _layer(store, "parking_occupancy_map", "parking_occupancy_map")
    depth = max(args.readings // args.sites, 1)
    # The Temporal Controller's clock shows Heilbronn time.
    walls = [to_local(END - (depth // 2 + frame * 7) * STEP).replace(tzinfo=None)
             for frame in range(5)]
    fetched, read = [], 0
    for wall in walls:
        request = frame_request(layer, wall)
        started = time.perf_counter()
        read = sum(1 for _ in layer.getFeatures(request))
        fetched.append(time.perf_counter() - started)
    # The sites' grid with 100 m around it (the view's own extent is a query over every reading).
    xs, ys = zip(*(_site_point(i) for i in range(args.sites)))
    extent = QgsRectangle(min(xs) - 100, min(ys) - 100, max(xs) + 100, max(ys) + 100)

    def frame(wall: datetime):
        settings = frame_map([layer], extent, QSize(800, 600), wall)
        settings.setBackgroundColor(QColor(0, 0, 0, 0))  # so that drawn pixels can be counted
        return settings

    draw(frame(walls[0]))
    drawn, image = [], None
    for wall in walls:
        # Made before the clock starts: only the drawing is timed.
        job = QgsMapRendererSequentialJob(frame(wall))
        started = time.perf_counter()
        job.start()
        job.waitForFinished()
        drawn.append(time.perf_counter() - started)
        image = job.renderedImage()
    return {"median_ms": round(1000 * statistics.median(fetched), 1), "read": read,
            "features": len(frame_features(layer, walls[-1])),
            "drawn_median_ms": round(1000 * statistics.median(drawn), 1),
            "drawn_pixels": _coloured_pixels(image), "target_ms": 100}


def _coloured_pixels(image) -> int:
    """The pixels of ``image`` (a QImage) that are not transparent."""
    import numpy as np
    from qgis.PyQt.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    raw = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    return int(np.count_nonzero(raw.reshape(-1, 4)[:, 3]))


def _hour_of_readings(store: str, args: argparse.Namespace) -> dict:
    """What the parking search reads: the readings of one hour, through QGIS."""
    from qgis.core import QgsFeatureRequest

    layer = _layer(store, "parking_occupancy")
    start = END - 200 * STEP
    expression = (f"\"observed_at\" >= to_datetime('{start:%Y-%m-%dT%H:%M:%SZ}') AND "
                  f"\"observed_at\" < to_datetime('{start + 4 * STEP:%Y-%m-%dT%H:%M:%SZ}')")
    started = time.perf_counter()
    count = sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
    return {"s": round(time.perf_counter() - started, 3), "readings": count, "target_s": 1.0}


def _levels(store: str) -> dict:
    """The level switcher's DISTINCT query against reading every feature."""
    from heilbronn_digital.heilbronn_digital_plugin.store import floor_levels

    layer = _layer(store, "indoor_spaces")
    started = time.perf_counter()
    levels = floor_levels.read_levels([layer])
    distinct_s = time.perf_counter() - started
    columns = [floor_levels.BUILDING_FIELD, floor_levels.ORDINAL_FIELD]
    started = time.perf_counter()
    floor_levels._feature_rows(layer, columns)
    every_s = time.perf_counter() - started
    return {"levels": sum(len(v) for v in levels.values()), "distinct_s": round(distinct_s, 3),
            "every_feature_s": round(every_s, 3),
            "ratio": round(every_s / max(distinct_s, 1e-6), 1)}


def _points(cluster: PgCluster, store: str, folder: Path) -> dict:
    """The citizen reports read as point arrays for the heatmap and hot spots
    (toolbelt/point_arrays.read_points, as the algorithms call it), from PostGIS and from the
    same points copied into a GeoPackage, in one process: the median of five turns each,
    taken in turns so that a busy moment of the machine hits all; and the most memory a read
    needed at its peak (above what the process held before it), per point."""
    from osgeo import gdal
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.point_arrays import read_points

    gpkg = folder / "points.gpkg"
    query = f"SELECT fid, geom FROM {SCHEMA}.citizen_reports"
    gdal.VectorTranslate(str(gpkg), f"PG:{cluster.conninfo}",
                         options=f'-f GPKG -nlt POINT -sql "{query}" -nln citizen_reports')
    postgis = _layer(store, "citizen_reports")
    readers = {"postgis": (postgis, nullcontext),
               "postgis_without_psycopg2": (postgis, _without_psycopg2),
               "geopackage": (QgsVectorLayer(f"{gpkg}|layername=citizen_reports", "points",
                                             "ogr"), nullcontext)}
    times: dict[str, list[float]] = {name: [] for name in readers}
    memory: dict[str, list[float]] = {name: [] for name in readers}
    server: dict[str, list[float]] = {"parallel": [], "one_process": []}
    figures: dict = {}
    for _ in range(5):
        for name, measured in server.items():
            measured.append(_statement_s(cluster, postgis, parallel=name == "parallel"))
        for name, (layer, transport) in readers.items():
            with transport():
                before = _reset_peak_memory()
                started = time.perf_counter()
                points = read_points(layer, QgsFeatureRequest(), [], QgsProcessingFeedback(),
                                     layer=layer)
                times[name].append(time.perf_counter() - started)
                peak = _peak_memory()
            if before is not None and peak is not None:
                memory[name].append((peak - before) / max(len(points), 1))
            figures[name] = {"points": len(points), "reader": points.reader}
            del points
    for name, measured in times.items():
        figures[name]["s"] = round(statistics.median(measured), 3)
        if memory[name]:
            figures[name]["peak_bytes_per_point"] = round(max(memory[name]), 1)
    geopackage_s = max(statistics.median(times["geopackage"]), 1e-6)
    for name in ("postgis", "postgis_without_psycopg2"):
        figures[f"{name}_over_geopackage"] = round(statistics.median(times[name]) / geopackage_s,
                                                   2)
    figures["postgis_statement_in_the_database_s"] = {
        name: round(statistics.median(measured), 3) for name, measured in server.items()}
    figures["target"] = "postgis_over_geopackage <= 1"
    return figures


def _statement_s(cluster: PgCluster, layer, parallel: bool) -> float:
    """The PostGIS reader's statement for ``layer`` as it sends it, timed by the database
    alone (EXPLAIN ANALYZE without per-row clocks): no transfer, no client."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt import point_arrays

    uri = QgsDataSourceUri(layer.source())
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(
        layer.source(), {})
    _srid, multi, cuts = point_arrays._point_table(connection, uri)
    sql = point_arrays._packed_points_sql(uri, [], [], multi, cuts)
    workers = "" if parallel else "SET max_parallel_workers_per_gather = 0; "
    plan = json.loads(cluster.psql_admin(
        f"{workers}EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {sql}"))
    return plan[0]["Execution Time"] / 1000


@contextmanager
def _without_psycopg2():
    """As in a QGIS without psycopg2: its import fails."""
    saved = sys.modules.get("psycopg2")
    sys.modules["psycopg2"] = None
    try:
        yield
    finally:
        if saved is None:
            del sys.modules["psycopg2"]
        else:
            sys.modules["psycopg2"] = saved


def _reset_peak_memory() -> int | None:
    """Reset the process's peak resident memory (Linux) and say what it holds now, in bytes;
    ``None`` where it cannot be measured."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    return _status_bytes("VmRSS")


def _peak_memory() -> int | None:
    return _status_bytes("VmHWM")


def _status_bytes(key: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


if __name__ == "__main__":
    main()
