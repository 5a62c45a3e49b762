"""ParkAPI v1 (city JSON and GeoJSON) and v3 parking sites."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parkapi import parse_parkapi

UTC = timezone.utc
DATA = Path(__file__).resolve().parent.parent / "data" / "parking"


def test_v1_city_geojson_fixture(fixtures_dir):
    batch = parse_parkapi((fixtures_dir / "parkapi" / "ParkAPI_v1_Heilbronn.geojson")
                          .read_bytes())
    # 9 features: the first one is the city itself.
    assert len(batch.sites) == 8 and not batch.observations
    sites = {s.name: s for s in batch.sites}
    assert sites["Am Bollwerksturm"].site_id == "parkapi_v1:am-bollwerksturm"
    assert (sites["Harmonie"].capacity, sites["Harmonie"].site_type) == (435, "garage")
    assert (sites["Harmonie"].lon, sites["Harmonie"].lat) == (9.225386, 49.142295)
    assert sites["Harmonie"].extra == {"type": "Tiefgarage"}


def test_v1_lots_with_the_usual_schema_violations():
    batch = parse_parkapi((DATA / "parkapi_v1_heilbronn_lots.json").read_bytes())
    assert batch.problems == ["lot 4 has no id"]
    sites = {s.site_id.split(":")[1]: s for s in batch.sites}
    readings = {o.site_id.split(":")[1]: o for o in batch.observations}
    # ParkAPI v1 writes UTC without an offset.
    assert {o.observed_at for o in batch.observations} == {
        datetime(2025, 12, 3, 13, 35, tzinfo=UTC)}
    bollwerk = readings["heilbronnambollwerksturm"]
    assert (bollwerk.free, bollwerk.occupied, bollwerk.capacity, bollwerk.status) == (
        173, 304 - 173, 304, "free")
    harmonie = readings["heilbronnharmonie"]
    assert (harmonie.free, harmonie.status) == (12, "free")
    assert {pr.UNKNOWN_STATE, pr.NUMBER_AS_TEXT} <= harmonie.flags  # state "many"
    assert sites["heilbronnharmonie"].lat == 49.142295
    assert pr.NO_POSITION in sites["heilbronnwollhaus"].flags
    assert readings["heilbronnwollhaus"].status == "closed"
    kilian = readings["heilbronnkiliansplatz"]
    assert (kilian.free, kilian.status) == (None, "unknown")
    assert sites["heilbronnambollwerksturm"].extra == {"forecast": False,
                                                       "region": "Innenstadt"}


def test_v3_parking_sites():
    batch = parse_parkapi((DATA / "parkapi_v3_parking_sites.json").read_bytes())
    sites = {s.site_id: s for s in batch.sites}
    trappensee = sites["parkapi_v3:501"]
    assert (trappensee.site_type, trappensee.capacity, trappensee.operator) == (
        "park_ride", 120, "Stadt Heilbronn")
    assert (trappensee.lon, trappensee.lat) == (9.246, 49.1468)
    assert trappensee.extra["original_uid"] == "HN-P01"
    allee = sites["parkapi_v3:502"]
    assert (allee.site_type, allee.capacity) == ("on_street", None)
    assert pr.PLACEHOLDER_CAPACITY in allee.flags
    readings = {o.site_id: o for o in batch.observations}
    assert set(readings) == {"parkapi_v3:501", "parkapi_v3:503"}
    assert (readings["parkapi_v3:501"].free, readings["parkapi_v3:501"].occupied) == (30, 90)
    rathaus = readings["parkapi_v3:503"]
    # A naive time in the repeated hour of 2025-10-26: the first pass, flagged.
    assert rathaus.observed_at == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert pr.AMBIGUOUS_LOCAL_TIME in rathaus.flags
    assert (rathaus.capacity, rathaus.status) == (200, "closed")


def test_not_parkapi():
    with pytest.raises(pr.ParkingFormatError, match="no ParkAPI answer"):
        parse_parkapi(b'{"hello": "world"}')
