"""GOLDBECK facilities + occupancies (Stadtwerke Heilbronn), on the real payloads."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.goldbeck import parse_goldbeck

UTC = timezone.utc


@pytest.fixture(scope="module")
def payloads(fixtures_dir):
    folder = fixtures_dir / "parkapi"
    return ((folder / "heilbronn_goldbeck_facilities.json").read_bytes(),
            (folder / "heilbronn_goldbeck_occupancies.json").read_bytes())


@pytest.fixture(scope="module")
def batch(payloads):
    return parse_goldbeck(*payloads)


def test_every_facility_is_kept_and_charging_sites_are_no_garages(batch, payloads):
    facilities = json.loads(payloads[0])
    assert len(batch.sites) == len(facilities) == 38
    assert not batch.problems
    charging = [s for s in batch.sites if pr.CHARGING_SITE in s.flags]
    assert {s.site_id for s in charging} == {
        f"goldbeck:{f['id']}" for f in facilities
        if "E-Laden" in f["name"] or "E-Charge" in f["name"]}
    assert all(s.site_type is None for s in charging)
    unplaced = [s for s in batch.sites if pr.NO_POSITION in s.flags]
    assert {s.site_id for s in unplaced} == {f"goldbeck:{f['id']}" for f in facilities
                                             if "position" not in f}
    assert all(s.lon is None and s.site_type is None for s in unplaced)
    garages = [s for s in batch.sites if s.site_type == "garage"]
    assert len(garages) == 38 - len(charging) - len(unplaced) == 10


def test_the_total_counter_is_the_garage(batch):
    readings = {o.site_id: o for o in batch.observations}
    # 2141 Bollwerksturm: TOTAL 380 places, 207 occupied, 173 free at 13:35:00.47 CET.
    bollwerk = readings["goldbeck:2141"]
    assert (bollwerk.capacity, bollwerk.occupied, bollwerk.free, bollwerk.status) == (
        380, 207, 173, "free")
    assert bollwerk.observed_at == datetime(2025, 12, 3, 12, 35, 0, 470000, UTC)
    # 2068: its contract counter says 9999 places; the TOTAL counter says 692.
    assert readings["goldbeck:2068"].capacity == 692
    # 2483 has three TOTAL counters; the one for reservations only is empty.
    assert (readings["goldbeck:2483"].capacity, readings["goldbeck:2483"].free) == (643, 438)
    # 2609: full.
    assert (readings["goldbeck:2609"].free, readings["goldbeck:2609"].status) == (0, "full")
    # 2066 sends an empty counter list: a site without a reading.
    assert "goldbeck:2066" not in readings
    assert len(batch.observations) == 9
    sites = {s.site_id: s for s in batch.sites}
    assert sites["goldbeck:2141"].capacity == 380
    assert sites["goldbeck:2141"].address == "Mannheimer Str. 25, 74072 Heilbronn"
    assert "tariffs" in sites["goldbeck:2141"].extra  # unknown fields are kept


def test_placeholder_and_missing_counters():
    facilities = json.dumps([{"id": 1, "name": "Parkhaus A"}, {"id": 2, "name": "B"}]).encode()
    occupancies = json.dumps([
        {"facilityId": 1, "valuesFrom": "2025-12-03T13:35:00", "counters": [
            {"type": {"type": "TOTAL"}, "maxPlaces": 9999, "occupiedPlaces": 5,
             "freePlaces": 9994, "status": "FREE"}]},
        {"facilityId": 2, "valuesFrom": "2025-12-03T13:35:00", "counters": [
            {"type": {"type": "TOTAL"}, "maxPlaces": 0, "occupiedPlaces": 0,
             "status": "UNKNOWN"},
            {"type": {"type": "SHORT_TERM_PARKER"}, "occupiedPlaces": 13}]},
        {"facilityId": 3, "valuesFrom": "kaputt", "counters": [
            {"type": {"type": "TOTAL"}, "maxPlaces": 10, "occupiedPlaces": 1}]},
    ]).encode()
    batch = parse_goldbeck(facilities, occupancies)
    readings = {o.site_id: o for o in batch.observations}
    assert readings["goldbeck:1"].capacity is None
    assert pr.PLACEHOLDER_CAPACITY in readings["goldbeck:1"].flags
    assert (readings["goldbeck:2"].occupied, readings["goldbeck:2"].free) == (13, None)
    assert pr.TOTAL_COUNTER_MISSING in readings["goldbeck:2"].flags
    # A reading for a facility the list lacks still makes a (flagged) site.
    sites = {s.site_id: s for s in batch.sites}
    assert sites["goldbeck:3"].flags == {pr.NO_POSITION, pr.NO_STATIC_RECORD}
    assert "goldbeck:3" not in readings  # its time is unreadable


def test_swapped_or_wrong_documents_are_refused(payloads):
    with pytest.raises(pr.ParkingFormatError, match="not a GOLDBECK facilities list"):
        parse_goldbeck(payloads[1], payloads[0])
    with pytest.raises(pr.ParkingFormatError, match="web page"):
        parse_goldbeck(b"<!DOCTYPE html><html>Wartung</html>")
    with pytest.raises(pr.ParkingFormatError, match="broken or cut off"):
        parse_goldbeck(payloads[0][:500])
