"""`make test` runs the parking-search benchmark on few destinations; `make bench` runs it full."""

from benchmark_support import run_smoke


def test_parkingsearch_benchmark_smoke(tmp_path):
    result = run_smoke("bench_parkingsearch.py", "--smoke", "--workdir", tmp_path)
    assert sorted(result["seconds_by_destinations"]) == ["100", "50"]
    assert all(seconds > 0 for seconds in result["seconds_by_destinations"].values())
    assert "ms_per_destination" in result
    assert (tmp_path / "heatmap_100.tif").is_file()
    assert (tmp_path / "summary_100.csv").read_text("utf-8").count("\n") == 7
