"""SensorThings: Things, Locations (Feature or bare geometry), Datastreams by role,
Observations merged per time, next links handed back for paging."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.sensorthings import (
    SensorThingsReader,
    expand_query,
)

UTC = timezone.utc


def _bytes(document) -> bytes:
    return json.dumps(document).encode()


def test_the_hamburg_thing_is_no_parking_site(fixtures_dir):
    reader = SensorThingsReader()
    data = (fixtures_dir / "sensorthings" /
            "hamburg_iot_Thing_7648_expand_Datastreams_Sensor.json").read_bytes()
    assert reader.read_things(data) == (None, [])
    batch = reader.batch()
    (site,) = batch.sites
    assert site.site_id == "sensorthings:7648"
    assert site.flags == {pr.NO_PARKING_DATASTREAM, pr.POSITION_FROM_OBSERVED_AREA}
    assert (site.lon, site.lat) == (9.978648204, 53.461316652)
    assert site.extra["assetID"] == "J_52.1_1_I"
    assert not batch.observations


THINGS_PAGE = {
    "value": [
        {"@iot.id": 1, "name": "Parkhaus Am Bollwerksturm",
         "properties": {"kapazitaet": "304", "art": "Parkhaus"},
         "Locations": [{"location": {"type": "Feature", "geometry": {
             "type": "Point", "coordinates": [9.216159, 49.146106]}}}],
         "Datastreams": [
             {"name": "Freie Stellplätze", "unitOfMeasurement": {"name": "Anzahl"},
              "Observations": [
                  {"phenomenonTime": "2025-10-26T00:30:00Z", "result": 40},
                  {"phenomenonTime": "2025-10-26T00:45:00Z/2025-10-26T01:00:00Z",
                   "result": "38"}],
              "Observations@iot.nextLink": "http://sta.test/v1.1/Datastreams(11)/Observations?$skip=2"},
             {"name": "Belegte Stellplätze", "Observations": [
                 {"phenomenonTime": "2025-10-26T00:30:00Z", "result": 264}]},
             {"name": "Temperatur", "Observations": [
                 {"phenomenonTime": "2025-10-26T00:30:00Z", "result": 11.5}]},
         ]},
        {"@iot.id": 2, "name": "Sensor Allee",
         "Locations": [{"location": {"type": "Point", "coordinates": [9.2240, 49.1420]}}],
         "Datastreams": []},
        {"name": "ohne id"},
    ],
    "@iot.nextLink": "http://sta.test/v1.1/Things?$skip=3",
}


def test_things_page_with_paging_links():
    reader = SensorThingsReader()
    link, more = reader.read_things(_bytes(THINGS_PAGE))
    assert link == "http://sta.test/v1.1/Things?$skip=3"
    assert more == [("sensorthings:1", "free",
                     "http://sta.test/v1.1/Datastreams(11)/Observations?$skip=2")]
    assert reader.read_observations(_bytes({"value": [
        {"phenomenonTime": "2025-10-26T01:15:00Z", "result": 35},
        {"phenomenonTime": "kaputt", "result": 1}]}), "sensorthings:1", "free") is None
    batch = reader.batch()
    assert batch.problems[0] == "Thing 3 has no @iot.id"
    assert "phenomenonTime" in batch.problems[1]
    sites = {s.site_id: s for s in batch.sites}
    assert (sites["sensorthings:1"].capacity, sites["sensorthings:1"].site_type) == (304,
                                                                                    "garage")
    assert (sites["sensorthings:2"].lon, sites["sensorthings:2"].lat) == (9.224, 49.142)
    readings = [(o.observed_at, o.free, o.occupied, o.capacity) for o in batch.observations]
    assert readings == [
        # Free and occupied at 00:30 are one reading.
        (datetime(2025, 10, 26, 0, 30, tzinfo=UTC), 40, 264, 304),
        # An interval counts at its end.
        (datetime(2025, 10, 26, 1, 0, tzinfo=UTC), 38, 304 - 38, 304),
        (datetime(2025, 10, 26, 1, 15, tzinfo=UTC), 35, 304 - 35, 304),
    ]


def test_expand_query_filters_on_phenomenon_time():
    assert "$top=1" in expand_query()
    query = expand_query(datetime(2025, 10, 26, tzinfo=UTC), datetime(2025, 10, 27, tzinfo=UTC))
    assert "phenomenonTime ge 2025-10-26T00:00:00Z and phenomenonTime lt " \
           "2025-10-27T00:00:00Z" in query


def test_not_sensorthings():
    with pytest.raises(pr.ParkingFormatError, match="no SensorThings"):
        SensorThingsReader().read_things(b'{"features": []}')
    with pytest.raises(pr.ParkingFormatError, match="not a list of Things"):
        SensorThingsReader().read_things(b'{"value": null}')
