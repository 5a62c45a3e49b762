"""GeoJSON / OGC API Features with German occupancy properties."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.geojson_parking import (
    next_link,
    parse_geojson_parking,
)

UTC = timezone.utc


def test_hamburg_garages(fixtures_dir):
    data = (fixtures_dir / "ogcapi_features" / "hamburg_garages_live.geojson").read_bytes()
    batch = parse_geojson_parking(data)
    assert len(batch.sites) == len(batch.observations) == 10
    sites = {s.site_id: s for s in batch.sites}
    readings = {o.site_id: o for o in batch.observations}
    alster = sites["geojson:10001"]
    assert (alster.name, alster.site_type, alster.capacity, alster.address) == (
        "Alsterhaus", "garage", 87, "Bei der Stadtwassermühle 16-20")
    assert alster.extra["preise"].startswith("Reguläres Parkentgelt")
    # "11.02.2024, 03:15" is CET: 02:15 UTC, which the collection's timeStamp confirms.
    assert readings["geojson:10001"].observed_at == datetime(2024, 2, 11, 2, 15, tzinfo=UTC)
    assert (readings["geojson:10001"].free, readings["geojson:10001"].occupied) == (83, 4)
    # Radisson: 0 places, "besetzt".
    assert pr.NO_CAPACITY in sites["geojson:10007"].flags
    assert readings["geojson:10007"].status == "full"
    # Europa-Passage: status "Störung" (a fault) with 670 free.
    assert readings["geojson:10013"].status == "unknown"
    assert pr.SENSOR_FAULT in readings["geojson:10013"].flags
    assert next_link(data).endswith("offset=10")


def test_percentages_and_collection_time():
    document = {"type": "FeatureCollection", "timeStamp": "2025-10-26T01:30:00Z", "features": [
        {"type": "Feature", "id": "a", "geometry": None,
         "properties": {"bezeichnung": "P1", "kapazitaet": "200", "auslastung": "25,5"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.2, 49.1]},
         "properties": {"name": "ohne id"}},
        {"type": "Feature", "id": "b", "geometry": {"type": "Polygon", "coordinates": [
            [[9.0, 49.0], [9.2, 49.0], [9.2, 49.2], [9.0, 49.2], [9.0, 49.0]]]},
         "properties": {"name": "P2", "free": 3, "zeitstempel": "gestern"}},
    ]}
    batch = parse_geojson_parking(json.dumps(document).encode())
    assert batch.problems == ["feature 2 has no id"]
    (reading,) = batch.observations
    # 25.5 % of 200 places: 51 occupied, 149 free.
    assert (reading.occupied, reading.free, reading.capacity) == (51, 149, 200)
    assert reading.observed_at == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    assert pr.FREE_DERIVED in reading.flags
    sites = {s.site_id: s for s in batch.sites}
    assert pr.NO_POSITION in sites["geojson:a"].flags
    assert (round(sites["geojson:b"].lon, 6), round(sites["geojson:b"].lat, 6)) == (9.1, 49.1)
    assert pr.BAD_TIME in sites["geojson:b"].flags
