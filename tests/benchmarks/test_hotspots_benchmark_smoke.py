"""`make test` runs the hot spot benchmark at a size that takes seconds; the full run (100,000
cells, 999 permutations) is `.venv/bin/python tests/benchmarks/bench_hotspots.py`."""

import pytest
from benchmark_support import run_smoke


def test_hotspots_benchmark_smoke():
    pytest.importorskip("esda", reason="esda is not installed: `.venv/bin/pip install -c "
                        ".venv/constraints.txt -r requirements-dev.txt` installs it")
    result = run_smoke("bench_hotspots.py", "--smoke")
    assert result["cells"] > 4_000 and result["permutations"] == 99
    assert result["analytic_speed_ratio"] > 0 and result["permutations_speed_ratio"] > 0
    # Same weights, same statistic: the benchmark compares like with like.
    assert result["analytic_max_z_difference"] < 1e-6
    assert result["permutations_max_z_difference"] < 1e-6
