"""`make test` runs the parking-search benchmark on few destinations; `make bench` runs it full."""

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def test_parkingsearch_benchmark_smoke(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_parkingsearch.py"), "--smoke",
         "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert sorted(result["seconds_by_destinations"]) == ["100", "50"]
    assert all(seconds > 0 for seconds in result["seconds_by_destinations"].values())
    assert "ms_per_destination" in result
    assert (tmp_path / "heatmap_100.tif").is_file()
    assert (tmp_path / "summary_100.csv").read_text("utf-8").count("\n") == 7
