"""`make test` runs the floorplan import benchmark at a size that takes a second; the full run
(3 buildings × 10 levels × 500 spaces) is
`.venv/bin/python tests/benchmarks/bench_importfloorplan.py`."""

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def test_importfloorplan_benchmark_smoke():
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_importfloorplan.py"), "--smoke"],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(completed.stdout[completed.stdout.index("{"):])
    # 1 building × 2 levels × 50 spaces, doors in the east walls of all but the last column:
    # the generated venue imports whole, and the re-import updates every record.
    assert (result["spaces"], result["skipped"]) == (100, 0)
    assert result["openings"] == result["source_features"] - result["spaces"]
    assert result["updated_on_reimport"] > result["source_features"]
    assert result["first_import"]["total_s"] > 0 and result["ratio_to_target"] > 0
