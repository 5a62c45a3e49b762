"""`make test` runs each benchmark at a size that takes seconds; `make bench` runs them full."""

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def test_kerneldensity_benchmark_smoke(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_kerneldensity.py"), "--smoke",
         "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert result["points"] == 20_000
    assert result["speed_ratio"] > 0
    # Same grid as QGIS and the same values: the benchmark compares like with like.
    assert result["max_difference_of_max"] < 1e-3
