"""`make test` runs each benchmark at a size that takes seconds; `make bench` runs them full."""

from benchmark_support import run_smoke


def test_kerneldensity_benchmark_smoke(tmp_path):
    result = run_smoke("bench_kerneldensity.py", "--smoke", "--workdir", tmp_path)
    assert result["points"] == 20_000
    assert result["speed_ratio"] > 0
    # Same grid as QGIS and the same values: the benchmark compares like with like.
    assert result["max_difference_of_max"] < 1e-3
