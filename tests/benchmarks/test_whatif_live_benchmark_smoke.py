"""`make test` runs the live what-if benchmark once; `make bench` runs it best of three."""

from benchmark_support import run_smoke


def test_whatif_live_benchmark_smoke(tmp_path):
    result = run_smoke("bench_whatif_live.py", "--smoke", "--workdir", tmp_path)
    assert result["first_what_if_of_an_hour_seconds"] > 0
    assert result["next_what_if_seconds"] > 0 and result["algorithm_seconds"] > 0
    assert result["next_to_algorithm"] > 0
    # The Stadtgalerie's 200 spaces and the guidance leave less search traffic.
    assert 0 < result["scenario_vehicle_km_h"] < result["baseline_vehicle_km_h"]
