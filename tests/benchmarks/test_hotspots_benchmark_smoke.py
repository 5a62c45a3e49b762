"""`make test` runs the hot spot benchmark at a size that takes seconds; the full run (100,000
cells, 999 permutations; 1,000,000 points) is
`.venv/bin/python tests/benchmarks/bench_hotspots.py`."""

import pytest
from benchmark_support import run_smoke
from point_inputs import KINDS, READERS


def test_hotspots_benchmark_smoke(tmp_path):
    pytest.importorskip("esda", reason="esda is not installed: `.venv/bin/pip install -c "
                        ".venv/constraints.txt -r requirements-dev.txt` installs it")
    result = run_smoke("bench_hotspots.py", "--smoke", "--workdir", tmp_path)
    engine = result["engine"]
    assert engine["cells"] > 4_000 and engine["permutations"] == 99
    assert engine["analytic_speed_ratio"] > 0 and engine["permutations_speed_ratio"] > 0
    # Same weights, same statistic: the benchmark compares like with like.
    assert engine["analytic_max_z_difference"] < 1e-6
    assert engine["permutations_max_z_difference"] < 1e-6
    algorithm = result["algorithm"]
    assert set(algorithm["kinds"]) == set(KINDS) and algorithm["cells"] > 100
    assert algorithm["max_z_difference"] < 1e-6
    for kind, figures in algorithm["kinds"].items():
        assert figures["points_read"] == 20_000, kind
        assert figures["reader"] == READERS[kind], kind
        assert figures["speed_ratio"] > 0
        assert figures.get("same_z_as_file", True), kind
