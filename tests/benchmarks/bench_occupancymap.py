"""Benchmark: one animation frame of *Occupancy over time* (the view parking_occupancy_map), as
the Temporal Controller shows it, for a growing number of readings.

    .venv/bin/python tests/benchmarks/bench_occupancymap.py            # 1, 10 and 30 weeks' worth
    .venv/bin/python tests/benchmarks/bench_occupancymap.py --smoke    # seconds, for make test

The sample week (45 sites, 30,240 readings) is copied ``n`` times under new site ids, so a
frame has ``45 n`` readings out of ``30,240 n``. For the 15-minute frames of the demo Tuesday it
prints the mean time to draw a frame, as the map canvas does (a map render job with the
frame's time range), and, side by side, to fetch the frame's features through QGIS as the
map renderer asks for them (the layer's temporal filter and the style's rules, see
toolbelt/time_expressions.py and tests/occupancy_frames.py); the readings the store returns
for a frame; the fetch without the store's index on ``observed_at``; and, as the anchor, the
draw by the rules alone (the layer only redrawn per frame, so QGIS reads every reading of
the store for each frame: how the style drew before issue 14, there with slower rules, and how
the plugin draws the few frames of the spring night, see store.layers.fit_frame_filters), over
a few frames only; their ratios; and the 100 ms a frame may take for a smooth animation (10
frames a second). Nothing here asserts a time: it measures and prints.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
# The frame requests as the tests make them (tests/occupancy_frames.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plugin_dev import PLUGIN_PATH, REPO, link_plugin  # noqa: E402

SAMPLE_GPKG = REPO / "sample_data" / "heilbronn_demo.gpkg"
TUESDAY = datetime(2025, 11, 18, 0, 0)  # on the Temporal Controller's clock: Heilbronn time
TARGET_MS = 100.0
INDEX = "ix_parking_occupancy_observed_at"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--frames", type=int, default=96, help="15-minute frames from 00:00")
    parser.add_argument("--anchor-frames", type=int, default=4,
                        help="frames drawn by the rules alone (slow)")
    parser.add_argument("--smoke", action="store_true", help="one copy, eight frames")
    parser.add_argument("--workdir", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if args.smoke:
        args.copies, args.frames, args.anchor_frames = [1], 8, 2
    print(json.dumps(run(args.copies, args.frames, args.workdir, args.anchor_frames), indent=2))


def run(copies: list[int], frames: int, workdir: Path, anchor_frames: int = 4) -> dict:
    app = _start_qgis()  # noqa: F841 - keeps QGIS alive
    workdir.mkdir(parents=True, exist_ok=True)
    by_size = {}
    for count in copies:
        store = _store(count, workdir)
        layer = _layer(store)
        drawn = _ms_per_drawn_frame(layer, frames)
        rules_alone = _ms_per_drawn_frame(_rules_alone(layer), min(anchor_frames, frames))
        indexed = _ms_per_frame(layer, frames)
        del layer
        _drop_index(store)
        unindexed = _ms_per_frame(_layer(store), frames)
        by_size[str(count)] = {
            "readings": indexed["readings"], "features_per_frame": indexed["features"],
            "readings_read_per_frame": indexed["read"],
            "ms_per_drawn_frame": round(drawn, 2),
            "ms_per_drawn_frame_rules_alone": round(rules_alone, 2),
            "ratio_rules_alone_over_now_drawn": round(rules_alone / max(drawn, 1e-6), 1),
            "ms_per_frame_indexed": round(indexed["ms"], 2),
            "ms_per_frame_without_index": round(unindexed["ms"], 2),
            "ratio_without_over_with_index": round(unindexed["ms"] / max(indexed["ms"], 1e-6),
                                                   1),
            "meets_target": drawn < TARGET_MS,
        }
    return {"target_ms_per_frame": TARGET_MS, "frames": frames, "by_copies": by_size}


def _store(count: int, workdir: Path) -> Path:
    """The sample store with its week of readings ``count`` times, under new site ids."""
    from osgeo import ogr

    path = workdir / f"occupancy_map_{count}.gpkg"
    shutil.copy(SAMPLE_GPKG, path)
    ds = ogr.Open(str(path), 1)
    ds.StartTransaction()
    for copy in range(1, count):
        ds.ExecuteSQL(
            "INSERT INTO parking_sites (geom, site_id, name, site_type, capacity, source) "
            f"SELECT geom, site_id || '#{copy}', name, site_type, capacity, source "
            "FROM parking_sites WHERE site_id NOT LIKE '%#%'")
        ds.ExecuteSQL(
            "INSERT INTO parking_occupancy (site_id, observed_at, free, occupied, capacity, "
            f"status) SELECT site_id || '#{copy}', observed_at, free, occupied, capacity, "
            "status FROM parking_occupancy WHERE site_id NOT LIKE '%#%'")
    ds.CommitTransaction()
    ds = None
    # create_store() adds the view and the index to a store that lacks them (an old one).
    from heilbronn_digital.heilbronn_digital_plugin.store import core

    core.create_store(path)
    return path


def _drop_index(store: Path) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(store), 1)
    ds.ExecuteSQL(f'DROP INDEX IF EXISTS "{INDEX}"')
    ds = None


def _layer(store: Path):
    from qgis.core import QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path

    layer = QgsVectorLayer(f"{store}|layername=parking_occupancy_map", "map", "ogr")
    layer.loadNamedStyle(str(style_path("parking_occupancy_map")))
    return layer


def _rules_alone(layer):
    """The layer only redrawn per frame, the rules alone choosing the frame's readings (their
    ``@map_start_time`` is not compiled for GDAL)."""
    from qgis.core import Qgis

    anchor = layer.clone()
    anchor.temporalProperties().setMode(Qgis.VectorTemporalMode.RedrawLayerOnly)
    root = anchor.renderer().rootRule()
    for rule in [rule for rule in root.children() if rule.isElse()]:
        root.removeChild(rule)
    return anchor


def _ms_per_drawn_frame(layer, frames: int) -> float:
    """Mean time to draw one frame of the layer as the map canvas does."""
    from occupancy_frames import FRAME, frame_map
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSize

    total = 0.0
    for step in range(-1, frames):  # the first draw, untimed, loads fonts and symbols
        settings = frame_map([layer], layer.extent(), QSize(800, 600),
                             TUESDAY + max(step, 0) * FRAME)
        # Made before the clock starts: only the drawing is timed.
        job = QgsMapRendererSequentialJob(settings)
        started = time.perf_counter()
        job.start()
        job.waitForFinished()
        if step >= 0:
            total += time.perf_counter() - started
    return 1000 * total / frames


def _ms_per_frame(layer, frames: int) -> dict:
    """Mean time to fetch one frame's features as the map renderer asks for them, and how
    many of them the store returned (the rules then choose the frame's)."""
    from occupancy_frames import FRAME, frame_features, frame_request

    total, read = 0.0, 0
    for step in range(frames):
        request = frame_request(layer, TUESDAY + step * FRAME)
        started = time.perf_counter()
        read = sum(1 for _ in layer.getFeatures(request))
        total += time.perf_counter() - started
    features = len(frame_features(layer, TUESDAY + (frames - 1) * FRAME))
    return {"ms": 1000 * total / frames, "read": read, "features": features,
            "readings": layer.featureCount()}


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    link_plugin()
    sys.path.insert(0, str(PLUGIN_PATH))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


if __name__ == "__main__":
    main()
