"""`make test` runs the occupancy-map benchmark on the sample week; `make bench` runs it full."""

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def test_occupancymap_benchmark_smoke(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_occupancymap.py"), "--smoke",
         "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(completed.stdout[completed.stdout.index("{"):])
    (size,) = result["by_copies"].values()
    # One reading per site with a capacity in each frame of the sample week.
    assert size["readings"] == 30240 and size["features_per_frame"] == 45
    # The store returns the frame and the quarter hours before it that the largest UTC offset
    # could shift into it, not the week.
    assert 45 <= size["readings_read_per_frame"] <= 10 * 45
    assert size["ms_per_frame_indexed"] > 0 and size["ms_per_frame_without_index"] > 0
    assert size["ms_per_drawn_frame"] > 0 and size["ms_per_drawn_frame_rules_alone"] > 0
    assert (tmp_path / "occupancy_map_1.gpkg").is_file()
