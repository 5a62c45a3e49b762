"""`make test` runs each benchmark at a size that takes seconds; `make bench` runs them full."""

from benchmark_support import run_smoke
from point_inputs import KINDS, READERS


def test_kerneldensity_benchmark_smoke(tmp_path):
    result = run_smoke("bench_kerneldensity.py", "--smoke", "--workdir", tmp_path)
    assert result["points"] == 20_000
    assert set(result["kinds"]) == set(KINDS)
    for kind, figures in result["kinds"].items():
        assert figures["points_read"] == 20_000, kind
        # Every kind of input takes its fast reader, not the iterator.
        assert figures["reader"] == READERS[kind], kind
        assert figures["speed_ratio"] > 0 and 0 < figures["read_share"] < 1
        # Same grid as QGIS and the same values: the benchmark compares like with like.
        assert figures["max_difference_of_max"] < 1e-3, kind
