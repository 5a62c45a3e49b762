"""Payloads as broken servers and attackers send them, one test per class (issue 12): nested
without end, dates at the ends of the calendar, counts beyond 64 bit, random bytes, positions
that are no place on Earth, encodings other than UTF-8. None may end in a traceback; none may
store an impossible value."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from sql_rows import sql_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds.decoding import MAX_DEPTH
from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import FloorplanFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.imdf import parse_imdf
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311 import (
    Open311FormatError,
    parse_requests,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import import_response
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
    parse_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_records import ParkingFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking

DEEP_JSON = b'{"a": ' * 5000 + b"1" + b"}" * 5000
DEEP_ARRAY = b"[" * 100_000 + b"]" * 100_000
DEEP_XML = b"<service_requests>" + b"<a>" * 5000 + b"x" + b"</a>" * 5000 + b"</service_requests>"
CALENDAR_ENDS = ("9999-12-31T23:59:59", "9999-12-31T23:59:59-05:00",
                 "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00", "2025-01-01T10:00:00+99:00")


def _lot(**values) -> dict:
    lot = {"id": "harmonie", "name": "Harmonie", "lot_type": "Tiefgarage", "total": 435,
           "free": 12, "state": "open", "coords": {"lat": 49.142295, "lng": 9.225386}}
    return {**lot, **values}


def _v1(*lots: dict, updated: str = "2025-12-03T13:35:00") -> bytes:
    return json.dumps({"last_updated": updated, "lots": list(lots)}).encode()


@pytest.mark.parametrize("payload", [DEEP_JSON, DEEP_ARRAY, DEEP_XML])
def test_deep_nesting_is_refused_with_a_sentence(payload):
    with pytest.raises(Open311FormatError, match=f"nested deeper than {MAX_DEPTH} levels"):
        parse_requests(payload)
    if not payload.startswith(b"<"):
        with pytest.raises(ParkingFormatError, match="nested deeper"):
            parse_parking(ParkingSource("parkapi", "x"), payload)
        with pytest.raises(FloorplanFormatError, match="nested deeper"):
            parse_imdf({"unit": payload, "level": payload}, "venue")


def test_deep_but_valid_json_is_refused_before_recursive_code_sees_it():
    # 900 levels: json.loads reads it, but walking it (privacy filter, extra_json) would not.
    nested = {"service_request_id": "1", "extended_attributes": {}}
    inner = nested["extended_attributes"]
    for _ in range(900):
        inner["x"] = {}
        inner = inner["x"]
    with pytest.raises(Open311FormatError, match="nested deeper"):
        parse_requests(json.dumps([nested]).encode())


@pytest.mark.parametrize("moment", CALENDAR_ENDS)
def test_a_calendar_end_date_is_stored_empty_with_a_note(tmp_path, moment):
    report = {"service_request_id": "1", "status": "open", "lat": 49.14, "long": 9.22,
              "requested_datetime": "2025-01-01T10:00:00Z", "expected_datetime": moment}
    result = import_response(tmp_path / "r.gpkg", json.dumps([report]).encode(), "r.json")
    assert result.inserted == 1
    assert any("expected_datetime" in note for note in result.notes)
    assert sql_rows(tmp_path / "r.gpkg", "SELECT expected_datetime FROM citizen_reports") == \
        [(None,)]
    batch = parse_parking(ParkingSource("parkapi", "x"), _v1(_lot(), updated=moment))
    assert batch.observations == []  # a reading without a time is no reading
    result = store_parking(tmp_path / "p.gpkg", batch)
    assert result.sites_inserted == 1


@pytest.mark.parametrize("count", [1e308, 2 ** 63, -(2 ** 63) - 1, "1e308", 1e400, "NaN"])
def test_counts_beyond_any_site_are_flagged_not_stored(tmp_path, count):
    data = _v1(_lot(free=count)).replace(b'"NaN"', b"NaN").replace(b"Infinity", b"1e400")
    batch = parse_parking(ParkingSource("parkapi", "x"), data)
    store_parking(tmp_path / "p.gpkg", batch)
    ((free, quality),) = sql_rows(tmp_path / "p.gpkg",
                                  "SELECT free, quality FROM parking_occupancy")
    assert free is None and "bad_number" in quality.split(",")


def test_random_bytes_are_no_parking_format(tmp_path):
    rng = random.Random(9)
    for number in range(50):
        path = tmp_path / f"noise{number}.bin"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000))))
        with pytest.raises(ParkingFeedError, match="cannot be detected|cannot be read"):
            fetch_parking(ParkingSource("detect", str(path)), transport=None)
    with pytest.raises(ParkingFormatError, match="CSV cannot be read"):
        parse_parking(ParkingSource("csv", "x"), b'id;name\n1;"' + b"a" * 200_000 + b'"\n')


@pytest.mark.parametrize(("lat", "lng"), [(999, 500), (1e308, 1e308), (-1e308, 9.2),
                                          (float("nan"), 9.2), (0, 0)])
def test_a_position_that_is_no_place_is_flagged_not_stored(tmp_path, lat, lng):
    batch = parse_parking(ParkingSource("parkapi", "x"),
                          _v1(_lot(coords={"lat": lat, "lng": lng})))
    store_parking(tmp_path / "p.gpkg", batch)
    assert sql_rows(tmp_path / "p.gpkg", "SELECT geom IS NULL, quality FROM parking_sites") == \
        [(1, "bad_position,no_position")]


def test_utf16_and_latin1_payloads_are_read_with_a_note(tmp_path):
    lot = _lot(name="Parkhaus Weißes Rössle")
    for encoding in ("utf-16", "utf-16-le", "utf-8-sig"):
        data = _v1(lot).decode().encode(encoding)
        batch = fetch_parking(ParkingSource("detect", _file(tmp_path, data)), transport=None)
        assert [s.name for s in batch.sites] == ["Parkhaus Weißes Rössle"]
    latin1 = json.dumps({"last_updated": "2025-12-03T13:35:00", "lots": [lot]},
                        ensure_ascii=False).encode("latin-1")
    batch = fetch_parking(ParkingSource("detect", _file(tmp_path, latin1)), transport=None)
    assert [s.name for s in batch.sites] == ["Parkhaus Weißes Rössle"]
    assert any("not UTF-8" in note for note in batch.notes)
    report = json.dumps([{"service_request_id": "1", "address": "Kaiserstraße 1"}],
                        ensure_ascii=False).encode("latin-1")
    parsed = parse_requests(report)
    assert parsed.records[0]["address"] == "Kaiserstraße 1"
    assert any("Windows-1252" in note for note in parsed.warnings)


def _file(folder: Path, data: bytes) -> str:
    path = folder / f"payload{len(list(folder.iterdir()))}.json"
    path.write_bytes(data)
    return str(path)
