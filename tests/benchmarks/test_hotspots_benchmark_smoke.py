"""`make test` runs the hot spot benchmark at a size that takes seconds; the full run (100,000
cells, 999 permutations) is `.venv/bin/python tests/benchmarks/bench_hotspots.py`."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent


def test_hotspots_benchmark_smoke():
    pytest.importorskip("esda", reason="esda is not installed: `.venv/bin/pip install -c "
                        ".venv/constraints.txt -r requirements-dev.txt` installs it")
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_hotspots.py"), "--smoke"],
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert result["cells"] > 4_000 and result["permutations"] == 99
    assert result["analytic_speed_ratio"] > 0 and result["permutations_speed_ratio"] > 0
    # Same weights, same statistic: the benchmark compares like with like.
    assert result["analytic_max_z_difference"] < 1e-6
    assert result["permutations_max_z_difference"] < 1e-6
