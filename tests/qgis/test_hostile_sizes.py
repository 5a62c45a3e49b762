"""Sizes typed as an attacker (or a tired planner) types them: every user-given distance band,
cell size, radius and pixel size is checked against the memory it implies before anything is
allocated, and refused with the number and a size that fits (issue 12, item 4)."""

from __future__ import annotations

import re
import time

import pytest
from qgis.core import QgsProcessingException


def _run(algorithm: str, parameters: dict):
    import processing

    return processing.run(algorithm, parameters)


@pytest.fixture
def reports(sample_gpkg) -> str:
    return f"{sample_gpkg}|layername=citizen_reports"


@pytest.mark.parametrize("band", [1e9, 2000.0])
def test_a_distance_band_beyond_memory_is_refused_before_pairs_are_built(provider, reports,
                                                                          tmp_path, band):
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as raised:
        _run("heilbronn:hotspots", {"INPUT": reports, "DISTANCE_BAND": band,
                                    "OUTPUT": str(tmp_path / "h.gpkg")})
    assert time.monotonic() - started < 20
    text = str(raised.value)
    assert re.search(r"links up to [\d,]+ pairs of the [\d,]+ cells, which needs about "
                     r"[\d.]+ GB of memory", text), text
    fits = float(re.search(r"at most ([\d,]+) m", text).group(1).replace(",", ""))
    assert 0 < fits < band
    # The band it suggests runs.
    result = _run("heilbronn:hotspots", {"INPUT": reports, "DISTANCE_BAND": fits,
                                         "OUTPUT": str(tmp_path / "ok.gpkg")})
    assert result["DISTANCE_BAND"] == fits


def test_a_distance_band_over_many_time_steps_is_refused(provider, reports, tmp_path):
    with pytest.raises(QgsProcessingException, match="in each of [\\d,]+ time steps"):
        _run("heilbronn:emerginghotspots", {
            "INPUT": reports, "TIME_FIELD": "requested_datetime", "TIME_STEP": 0,
            "CELL_SIZE": 60, "DISTANCE_BAND": 5000, "OUTPUT": str(tmp_path / "e.gpkg")})


@pytest.mark.parametrize("algorithm", ["heilbronn:kerneldensity",
                                       "heilbronn:parkingsearchtraffic"])
def test_a_radius_beyond_memory_is_named_with_one_that_fits(provider, sample_gpkg, reports,
                                                            tmp_path, algorithm):
    parameters = {"INPUT": reports, "RADIUS": 1e9, "OUTPUT": str(tmp_path / "k.tif")}
    if algorithm.endswith("traffic"):
        parameters = {"STREETS": f"{sample_gpkg}|layername=streets",
                      "SITES": f"{sample_gpkg}|layername=parking_sites", "RADIUS": 1e9,
                      "OUTPUT": str(tmp_path / "s.gpkg"),
                      "OUTPUT_HEATMAP": str(tmp_path / "h.tif"),
                      "OUTPUT_SUMMARY": str(tmp_path / "s.csv")}
    with pytest.raises(QgsProcessingException,
                       match=r"A radius of 1,000,000,000 m grows the raster .* Choose a radius "
                             r"of at most [\d,]+ m"):
        _run(algorithm, parameters)


def test_a_radius_far_below_the_pixel_size_draws_or_says_why(provider, reports, tmp_path):
    # Automatic found no tiling for the binned method (a TypeError) and now draws exactly;
    # binned asked for explicitly would need 800 nodes per pixel and hours.
    parameters = {"INPUT": reports, "RADIUS": 0.5, "PIXEL_SIZE": 10,
                  "OUTPUT": str(tmp_path / "k.tif")}
    _run("heilbronn:kerneldensity", parameters)
    with pytest.raises(QgsProcessingException, match="far below the pixel size"):
        _run("heilbronn:kerneldensity", {**parameters, "METHOD": 2})
