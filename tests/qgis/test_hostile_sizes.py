"""Sizes typed as an attacker (or a tired planner) types them: every user-given distance band,
cell size, radius and pixel size is checked against the memory it implies before anything is
allocated, and refused with the number and a size that fits (issue 12, item 4)."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProcessingException

from heilbronn_digital.heilbronn_digital_plugin.analysis import spatial_weights


@pytest.fixture(autouse=True)
def english_numbers(ui_locale) -> None:
    """The messages' numbers in English (1,000,000,000), as QGIS in English writes them."""
    ui_locale("en_US")


def _run(algorithm: str, parameters: dict):
    import processing

    return processing.run(algorithm, parameters)


@pytest.fixture
def reports(sample_gpkg) -> str:
    return f"{sample_gpkg}|layername=citizen_reports"


def _districts(path, side: int) -> str:
    """``side`` x ``side`` square districts of 100 m with a count each: polygon input, whose
    neighbours are stored as pairs (grid cells of points use lattice weights, which store
    none)."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = ds.CreateLayer("districts", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("reports", ogr.OFTInteger))
    for i in range(side):
        for j in range(side):
            feature = ogr.Feature(layer.GetLayerDefn())
            x, y = 510000 + 100 * i, 5440000 + 100 * j
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))"))
            feature.SetField("reports", (i * 7 + j * 13) % 11 + (20 if i < side // 4 else 0))
            layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=districts"


@pytest.fixture
def pairs_built(monkeypatch) -> list[int]:
    """The neighbour pairs built, counted where every distance search builds them (the real
    search runs; the count is the bound a memory check must keep)."""
    built: list[int] = []
    search = spatial_weights._Buckets.pairs

    def counted(self, *args, **kwargs):
        for query, point, distance in search(self, *args, **kwargs):
            built.append(len(query))
            yield query, point, distance

    monkeypatch.setattr(spatial_weights._Buckets, "pairs", counted)
    return built


def _hot_spots(districts: str, band: float, output) -> dict:
    return _run("heilbronn:hotspots", {"INPUT": districts, "FIELD": "reports",
                                       "DISTANCE_BAND": band, "OUTPUT": str(output)})


def test_a_distance_band_beyond_memory_is_refused_before_pairs_are_built(provider, tmp_path,
                                                                       pairs_built):
    districts = _districts(tmp_path / "d.gpkg", 100)  # 10,000: 10^8 pairs for any band
    with pytest.raises(QgsProcessingException) as raised:
        _hot_spots(districts, 1e9, tmp_path / "h.gpkg")
    assert sum(pairs_built) == 0
    text = str(raised.value)
    assert re.search(r"A distance band of 1,000,000,000 m links up to 100,000,000 pairs of "
                     r"the 10,000 cells, which needs about 7.5 GB of memory, more than the "
                     r"[\d.]+ GB an analysis may use here. Choose a distance band of at most "
                     r"[\d,]+ m", text), text


def test_the_band_suggested_fits(provider, tmp_path, monkeypatch):
    from heilbronn_digital.heilbronn_digital_plugin.analysis import memory_guard

    # A budget of 64 MB, so that a small set of districts shows the whole round trip.
    monkeypatch.setattr(memory_guard, "memory_budget", lambda: 64 * 1024 * 1024)
    districts = _districts(tmp_path / "d.gpkg", 40)
    with pytest.raises(QgsProcessingException, match="about 0.2 GB") as raised:
        _hot_spots(districts, 1e9, tmp_path / "h.gpkg")
    fits = float(re.search(r"at most ([\d,]+) m", str(raised.value)).group(1).replace(",", ""))
    assert 100 < fits < 4000
    assert _hot_spots(districts, fits, tmp_path / "ok.gpkg")["DISTANCE_BAND"] == fits


def test_lattice_cells_take_any_band(provider, reports, tmp_path, pairs_built):
    """Point input is counted into lattice cells, whose neighbours are never stored as
    pairs: the band the issue saw exhaust 24 GB runs and is not refused."""
    from qgis.core import QgsVectorLayer

    output = tmp_path / "h.gpkg"
    _run("heilbronn:hotspots", {"INPUT": reports, "DISTANCE_BAND": 1e9,
                                "OUTPUT": str(output)})
    cells = QgsVectorLayer(str(output), "cells", "ogr").featureCount()
    assert cells > 0
    # A band of 1e9 m as pairs would link every cell with every other (cells² pairs); the
    # few built per cell are the nearest-neighbour searches that choose the cell size.
    assert sum(pairs_built) < 10 * cells, (sum(pairs_built), cells)


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


def test_a_pixel_size_beyond_memory_is_named_with_one_that_fits(provider, reports, tmp_path):
    output = tmp_path / "k.tif"
    with pytest.raises(QgsProcessingException,
                       match=r"A pixel size of 0\.01 would make a raster of .* cells, more than "
                             r"the 200,000,000 .* Choose a larger pixel size, e\.g\. ([\d.]+)"
                       ) as raised:
        _run("heilbronn:kerneldensity", {"INPUT": reports, "RADIUS": 300, "PIXEL_SIZE": 0.01,
                                         "OUTPUT": str(output)})
    assert not output.exists()
    suggested = float(re.search(r"e\.g\. ([\d.]+)\.", str(raised.value)).group(1))
    _run("heilbronn:kerneldensity", {"INPUT": reports, "RADIUS": 300,
                                     "PIXEL_SIZE": suggested * 4, "OUTPUT": str(output)})
    assert output.exists()


@pytest.mark.parametrize("algorithm", ["heilbronn:hotspots", "heilbronn:emerginghotspots"])
def test_a_cell_size_beyond_memory_is_named_with_one_that_fits(provider, reports, tmp_path,
                                                               algorithm):
    parameters = {"INPUT": reports, "CELL_SIZE": 0.01, "OUTPUT": str(tmp_path / "h.gpkg")}
    if algorithm.endswith("emerginghotspots"):
        parameters["TIME_FIELD"] = "requested_datetime"
    with pytest.raises(QgsProcessingException,
                       match=r"A cell size of 0\.01 m would make about [\d,]+ cells, more than "
                             r"the 1,000,000 this algorithm accepts\. Choose a larger cell size "
                             r"\(e\.g\. \d+ m\)"):
        _run(algorithm, parameters)
