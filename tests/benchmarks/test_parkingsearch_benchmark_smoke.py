"""`make test` runs the parking-search benchmark small; `make bench` runs it full."""

from benchmark_support import run_smoke


def test_parkingsearch_benchmark_smoke(tmp_path):
    result = run_smoke("bench_parkingsearch.py", "--smoke", "--workdir", tmp_path)
    assert sorted(result["seconds_by_destinations"]) == ["100", "50"]
    assert all(seconds > 0 for seconds in result["seconds_by_destinations"].values())
    assert "ms_per_destination" in result
    assert result["peak_simulation_seconds"] > 0 and result["peak_simulation_runs"] >= 32
    assert result["peak_analytical_seconds"] > 0
    assert result["day_quarter_hours"] == 8 and result["day_simulation_seconds"] > 0
    assert (tmp_path / "heatmap_100.tif").is_file()
    assert (tmp_path / "day_chart.png").is_file()
    assert (tmp_path / "summary_100.csv").read_text("utf-8").count("\n") == 11
