"""`make test` runs the floorplan import benchmark at a size that takes a second; the full run
(3 buildings × 10 levels × 500 spaces) is
`.venv/bin/python tests/benchmarks/bench_importfloorplan.py`."""

from benchmark_support import run_smoke


def test_importfloorplan_benchmark_smoke():
    result = run_smoke("bench_importfloorplan.py", "--smoke")
    # 1 building × 2 levels × 50 spaces, doors in the east walls of all but the last column:
    # the generated venue imports whole, and the re-import updates every record.
    assert (result["spaces"], result["skipped"]) == (100, 0)
    assert result["openings"] == result["source_features"] - result["spaces"]
    assert result["updated_on_reimport"] > result["source_features"]
    assert result["first_import"]["total_s"] > 0 and result["ratio_to_target"] > 0
