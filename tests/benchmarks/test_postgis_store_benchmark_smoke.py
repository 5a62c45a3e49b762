"""`make test` runs the PostGIS store benchmark at smoke size; `make bench` runs it full."""

import os

import pytest
from benchmark_support import run_smoke


def test_postgis_store_benchmark_smoke(postgis_cluster):
    # The fixture only decides skip (no PostgreSQL here) or fail (CI); the benchmark starts
    # a cluster of its own, as under `make bench`.
    if os.environ.get("CI", "").lower() != "true" and postgis_cluster is None:
        pytest.skip("no PostgreSQL")
    result = run_smoke("bench_postgis_store.py", "--smoke")
    assert result["readings"] == 20_000
    assert result["live_refresh_commit_s"]["median_s"] > 0
    assert result["temporal_frame_ms"]["features"] == 30
    # The drawn frame shows the sites: their symbols and labels colour pixels.
    assert result["temporal_frame_ms"]["drawn_pixels"] > 0
    assert result["hour_of_readings_s"]["readings"] == 4 * 30
    assert result["levels"]["levels"] == 30
    points = result["points"]
    assert points["postgis"]["points"] == points["geopackage"]["points"] \
        == points["postgis_without_psycopg2"]["points"]
    # The store's own layer is read by the one-query PostGIS reader, not the iterator, with
    # psycopg2 or without.
    assert points["postgis"]["reader"] == points["postgis_without_psycopg2"]["reader"] \
        == "postgis"
    assert result["points"]["geopackage"]["reader"] == "file"
