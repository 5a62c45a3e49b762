"""`make test` runs the indoor route benchmark on a small venue; the full run (3 buildings ×
10 levels × 500 spaces) is `.venv/bin/python tests/benchmarks/bench_indoorroute.py`."""

import bench_indoorroute
from benchmark_support import run_smoke


def test_generated_venue_has_the_asked_size():
    plan, start, end = bench_indoorroute.generate_venue(2, 2, 60)
    assert len(plan.spaces.ids) == 2 * 2 * 60
    assert len(set(plan.spaces.ordinal.tolist())) == 2
    assert sorted(set(plan.spaces.building)) == ["B0", "B1"]
    assert start.startswith("B0-L0 ") and end.startswith("B1-L1 ")


def test_indoorroute_benchmark_smoke():
    result = run_smoke("bench_indoorroute.py", "--smoke")
    assert result["spaces"] == 3 * 3 * 60
    # Barrier-free from the first building's ground floor to the last one's top floor.
    assert result["connector_kinds"] == ["elevator"]
    assert result["buildings_on_route"] == ["B0", "B2"]
    assert result["total_seconds"] > 0 and result["target_seconds"] == 2.0
