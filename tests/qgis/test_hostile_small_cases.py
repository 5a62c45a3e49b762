"""Small but real (issue 12, item 22): each case once got a sentence that blamed the wrong thing
or wrote the wrong file. A broken DATEX II second source is named, not the first; a heatmap
to ``kd.csv`` is refused, not written as a GeoTIFF under that name; a shapefile output that
would cut the field names the style reads is refused; a filter on a missing field names the
field; a store in a read-only folder says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from as_nobody import read_only_store
from qgis.core import QgsProcessingException

from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
)


def _run(algorithm: str, parameters: dict) -> dict:
    import processing

    return processing.run(f"heilbronn:{algorithm}", parameters)


@pytest.mark.parametrize("broken", [
    b"<html><body>502 Bad Gateway</body></html>",  # no DATEX II
    b"<d2LogicalModel><payloadPublication>",  # cut off
])
def test_a_broken_second_datex_source_is_named(fixtures_dir, tmp_path, broken):
    status = fixtures_dir / "datex2" / "vrs_bondorf-realtime.xml"
    table = tmp_path / "parkhaeuser-statisch.xml"
    table.write_bytes(broken)
    with pytest.raises(ParkingFeedError) as caught:
        fetch_parking(ParkingSource("datex2", str(status), str(table)), transport=None)
    message = str(caught.value)
    assert "parkhaeuser-statisch.xml" in message and status.name not in message


def test_a_broken_second_goldbeck_source_is_named(fixtures_dir, tmp_path):
    facilities = fixtures_dir / "parkapi" / "heilbronn_goldbeck_facilities.json"
    occupancies = tmp_path / "occupancies.json"
    occupancies.write_text('[{"facilityId": 1, "counters": [', "utf-8")
    with pytest.raises(ParkingFeedError, match="occupancies.json cannot be read"):
        fetch_parking(ParkingSource("goldbeck", str(facilities), str(occupancies)),
                      transport=None)


def test_a_heatmap_to_csv_is_refused_not_written_as_geotiff(provider, sample_gpkg, tmp_path):
    output = tmp_path / "kd.csv"
    with pytest.raises(QgsProcessingException, match=r"\.csv is no raster format"):
        _run("kerneldensity", {"INPUT": f"{sample_gpkg}|layername=citizen_reports",
                               "RADIUS": 300, "PIXEL_SIZE": 50, "OUTPUT": str(output)})
    assert not output.exists()
    result = _run("kerneldensity", {"INPUT": f"{sample_gpkg}|layername=citizen_reports",
                                    "RADIUS": 300, "PIXEL_SIZE": 50,
                                    "OUTPUT": str(tmp_path / "kd.asc")})
    assert Path(result["OUTPUT"]).read_text("ascii").startswith("ncols")


def test_a_shapefile_that_would_cut_the_styled_field_is_refused(provider, sample_gpkg,
                                                                 tmp_path):
    # The segments' style colours by search_veh_h, which a shapefile stores as search_veh.
    parameters = {"STREETS": f"{sample_gpkg}|layername=streets",
                  "SITES": f"{sample_gpkg}|layername=parking_sites",
                  "DESTINATIONS": f"{sample_gpkg}|layername=parking_sites",
                  "TIME_START": "2025-11-18T10:00:00Z", "TIME_END": "2025-11-18T11:00:00Z",
                  "OUTPUT": str(tmp_path / "segments.shp"),
                  "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="search_veh_h") as caught:
        _run("parkingsearchtraffic", parameters)
    assert "GeoPackage (.gpkg)" in str(caught.value)
    assert not (tmp_path / "segments.shp").exists()
    # Hot spots colour by gi_bin, which a shapefile keeps: written, lisa_cluster cut or not.
    result = _run("hotspots", {"INPUT": f"{sample_gpkg}|layername=citizen_reports",
                               "OUTPUT": str(tmp_path / "hs.shp")})
    assert Path(result["OUTPUT"]).exists()


@pytest.mark.parametrize(("algorithm", "extra"), [
    ("kerneldensity", {"RADIUS": 300, "PIXEL_SIZE": 50}),
    ("hotspots", {}),
])
def test_a_filter_on_a_missing_field_names_it(provider, sample_gpkg, tmp_path, algorithm,
                                              extra):
    with pytest.raises(QgsProcessingException) as caught:
        _run(algorithm, {"INPUT": f"{sample_gpkg}|layername=citizen_reports",
                         "FILTER": "\"categorie\" = 'Straßenschaden'",
                         "OUTPUT": str(tmp_path / "out.gpkg"), **extra})
    message = str(caught.value)
    assert "“categorie”" in message and "service_name" in message
    assert "no points matching" not in message and "0 incidents" not in message


SCRIPT = """
try:
    processing.run("heilbronn:importcitizenreports",
                   {"RESPONSE_FILE": sys.argv[2], "STORE": sys.argv[3]})
    print("IMPORTED")
except Exception as error:
    print("REFUSED", error)
"""


def test_a_store_in_a_read_only_folder_says_so(fixtures_dir, sample_gpkg, isolated_home):
    with read_only_store(sample_gpkg, "store.gpkg", folder="archiv") as copy:
        arguments = [str(fixtures_dir / "open311" / "open311status_toronto_requests_many.xml"),
                     str(copy.store)]
        done = copy.run(SCRIPT, arguments, isolated_home)
        assert "REFUSED" in done.stdout, done.stdout + done.stderr
        assert "The folder" in done.stdout and "is read-only" in done.stdout
        assert "no such table" not in done.stdout
        assert copy.store.read_bytes() == copy.before
