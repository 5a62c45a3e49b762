"""Feeds that speak a dialect (issue 12, item 13): a GeoJSON whose features have no id and
whose properties are all strings under the publisher's own names, a CSV the same, a
SensorThings server whose counters are named in its own words. Without names they import
nothing and say which fields they have; with the planner's names they import, and the batch
says which field was read for each role and which were not found."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
    fields_found,
)

UTC = timezone.utc
DIALECT = pr.FieldMap(id="Objekt_Nr", name="bez", capacity="plaetze", free="anzahl_frei",
                      time="stand")


def _geojson() -> dict:
    """Two garages as one city's open-data portal writes them: no feature id, strings."""
    def feature(number: str, name: str, lon: float, lat: float, free: str) -> dict:
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"Objekt_Nr": number, "bez": name, "plaetze": "435",
                               "anzahl_frei": free, "stand": "2025-12-03T13:35:00+01:00"}}
    return {"type": "FeatureCollection", "features": [
        feature("17", "Parkhaus Wollhaus", 9.2203, 49.1399, "12"),
        feature("18", "Tiefgarage Harmonie", 9.2254, 49.1423, "210")]}


def _fetch(tmp_path: Path, document, name: str, fields: pr.FieldMap | None = None,
           kind: str = "detect") -> pr.ParkingBatch:
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document), "utf-8")
    return fetch_parking(ParkingSource(kind, str(path), fields=fields or pr.FieldMap()),
                         transport=None)


def test_a_dialect_without_names_imports_nothing_and_lists_its_fields(tmp_path):
    with pytest.raises(ParkingFeedError) as caught:
        _fetch(tmp_path, _geojson(), "garagen.geojson")
    message = str(caught.value)
    assert "Nothing from garagen.geojson could be imported" in message
    assert "“Objekt_Nr”" in message and "“anzahl_frei”" in message


def test_a_dialect_with_the_planners_names_is_imported(tmp_path):
    batch = _fetch(tmp_path, _geojson(), "garagen.geojson", DIALECT)
    sites = {site.site_id: site for site in batch.sites}
    assert set(sites) == {"geojson:17", "geojson:18"}
    assert (sites["geojson:17"].name, sites["geojson:17"].capacity) == ("Parkhaus Wollhaus",
                                                                        435)
    readings = {reading.site_id: reading for reading in batch.observations}
    assert (readings["geojson:17"].free, readings["geojson:17"].occupied) == (12, 423)
    assert readings["geojson:18"].observed_at == datetime(2025, 12, 3, 12, 35, tzinfo=UTC)
    assert batch.fields == {"id": "Objekt_Nr", "name": "bez", "capacity": "plaetze",
                            "free": "anzahl_frei", "time": "stand"}
    sentence = fields_found(batch)
    assert "free spaces ← “anzahl_frei”" in sentence
    assert sentence.endswith("not found: occupied spaces.")


def test_a_name_that_is_in_no_record_is_a_sentence(tmp_path):
    wrong = pr.FieldMap(id="Objekt_Nr", free="frei_plaetze")
    with pytest.raises(ParkingFeedError, match="“frei_plaetze” you gave for free spaces is in "
                                               "none of the records"):
        _fetch(tmp_path, _geojson(), "garagen.geojson", wrong)


def test_sites_without_counts_say_that_no_count_was_found(tmp_path):
    batch = _fetch(tmp_path, _geojson(), "garagen.geojson", pr.FieldMap(id="Objekt_Nr"))
    assert len(batch.sites) == 2 and not batch.observations
    assert any("No field with free or occupied spaces was found" in note and
               "“anzahl_frei”" in note for note in batch.notes)
    # "stand" is a time by its usual name; the rest are the publisher's own words.
    assert fields_found(batch) == ("Fields read: id ← “Objekt_Nr”, time ← “stand”; not found: "
                                   "name, capacity, free spaces, occupied spaces.")


def test_a_csv_dialect_with_the_planners_names(tmp_path):
    text = ("Objekt_Nr;bez;plaetze;anzahl_frei;stand;lon;lat\n"
            "17;Parkhaus Wollhaus;435;12;03.12.2025 13:35;9.2203;49.1399\n")
    with pytest.raises(ParkingFeedError, match="“Objekt_Nr”"):
        _fetch(tmp_path, text, "garagen.csv")
    batch = _fetch(tmp_path, text, "garagen.csv", DIALECT)
    (reading,) = batch.observations
    assert (reading.site_id, reading.free, reading.capacity) == ("csv:17", 12, 435)
    assert reading.observed_at == datetime(2025, 12, 3, 12, 35, tzinfo=UTC)
    assert batch.fields["time"] == "stand"


def _things() -> dict:
    return {"value": [{
        "@iot.id": 7, "name": "Stellplatzanlage Bahnhof",
        "Locations": [{"location": {"type": "Point", "coordinates": [9.2081, 49.1424]}}],
        "Datastreams": [
            {"name": "Zaehler_A", "unitOfMeasurement": {"name": "Anzahl"},
             "Observations": [{"phenomenonTime": "2025-12-03T12:35:00Z", "result": 31}]},
            {"name": "Zaehler_B", "unitOfMeasurement": {"name": "Anzahl"},
             "Observations": [{"phenomenonTime": "2025-12-03T12:35:00Z", "result": 80}]}]}]}


def test_sensor_counters_under_unknown_names(tmp_path):
    batch = _fetch(tmp_path, _things(), "things.json", kind="sensorthings")
    (site,) = batch.sites
    assert pr.NO_PARKING_DATASTREAM in site.flags and not batch.observations
    assert any("“Zaehler_A”" in note for note in batch.notes)
    named = pr.FieldMap(free="zaehler_a", capacity="Zaehler_B")
    batch = _fetch(tmp_path, _things(), "things.json", named, kind="sensorthings")
    (reading,) = batch.observations
    assert (reading.free, reading.capacity, reading.occupied) == (31, 80, 49)
    assert batch.fields == {"free": "Zaehler_A", "capacity": "Zaehler_B"}


def test_names_given_for_a_format_with_fixed_names_are_said_unused(tmp_path, fixtures_dir):
    data = (fixtures_dir / "parkapi" / "ParkAPI_v1_Heilbronn.geojson").read_text("utf-8")
    batch = _fetch(tmp_path, data, "parkapi.geojson", pr.FieldMap(free="frei"))
    assert batch.sites
    assert any("used for GeoJSON, CSV and SensorThings only" in note for note in batch.notes)
