"""No parser crashes on odd but well-formed payloads: it reads what it can, reports the rest,
or says in a ParkingFormatError what the bytes are."""

from __future__ import annotations

import json

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.csv_parking import parse_csv_parking
from heilbronn_digital.heilbronn_digital_plugin.feeds.datex2 import parse_datex2
from heilbronn_digital.heilbronn_digital_plugin.feeds.geojson_parking import (
    parse_geojson_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.goldbeck import parse_goldbeck
from heilbronn_digital.heilbronn_digital_plugin.feeds.parkapi import parse_parkapi
from heilbronn_digital.heilbronn_digital_plugin.feeds.sensorthings import SensorThingsReader


def _sensorthings(data: bytes) -> pr.ParkingBatch:
    reader = SensorThingsReader()
    reader.read_things(data)
    return reader.batch()


PARSERS = [parse_parkapi, parse_goldbeck, parse_datex2, parse_geojson_parking,
           parse_csv_parking, _sensorthings]
ODD = [json.dumps(document).encode() for document in (
    [], {}, [1, "x", None], [None], {"lots": [None, 3, {"id": 5}]}, {"items": [None]},
    {"type": "FeatureCollection", "features": [None, 3, {"properties": None}]},
    {"type": "FeatureCollection", "features": [{"id": 1, "geometry": {"type": "Point"},
                                                 "properties": {"frei": "viele"}}]},
    {"value": [None, {"@iot.id": 1, "Locations": [None, {"location": "here"}],
                      "Datastreams": [None, {"name": "frei", "Observations": [None, {}]}]}]},
    [{"facilityId": 1, "counters": [None, {"type": None}]}],
    [{"id": 1, "position": {"longitude": "ost"}, "postalAddress": None}],
    [{"id": 2, "position": "Heilbronn", "postalAddress": ["x"], "name": None}],
    {"lots": [{"id": "a", "coords": "49,9", "total": "viele", "free": []}],
     "last_updated": "gestern"},
    {"items": [{"id": 1, "park_and_ride_type": "YES", "lat": [], "capacity": {}}]},
    {"type": "FeatureCollection", "features": [{"id": 2, "properties": ["frei", 3]}]},
    {"value": [{"@iot.id": 2, "properties": "none", "Datastreams": [
        {"name": "belegt", "unitOfMeasurement": "Anzahl",
         "Observations": [{"phenomenonTime": 5, "result": "x"}]}]}]},
)] + [b"", b"   ", b"\xff\xfe\x00garbage", b"id;name\n;\n1;A\n",
      b'<d2LogicalModel xmlns="http://datex2.eu/schema/2/2_0"><parkingFacilityStatus>'
      b'<parkingFacilityReference/><x/></parkingFacilityStatus></d2LogicalModel>']


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("data", ODD, ids=range(len(ODD)))
def test_odd_payloads_never_crash(parser, data):
    try:
        batch = parser(data)
    except pr.ParkingFormatError as error:
        assert str(error)
        return
    assert isinstance(batch, pr.ParkingBatch)
    for site in batch.sites:
        assert site.site_id
    for reading in batch.observations:
        assert reading.status in pr.STATUSES and reading.observed_at.tzinfo is not None
