"""The Open311 GeoReport v2 parser on the real fixtures and on the ways real servers differ."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds.open311 import (
    Open311FormatError,
    parse_datetime,
    parse_requests,
    parse_services,
)

UTC = timezone.utc


def _fixture(fixtures_dir, name: str) -> bytes:
    return (fixtures_dir / "open311" / name).read_bytes()


def test_toronto_requests_xml_with_empty_elements(fixtures_dir):
    parsed = parse_requests(_fixture(fixtures_dir, "open311status_toronto_requests_many.xml"))
    assert parsed.problems == []
    assert [r["service_request_id"] for r in parsed.records] == ["101005420892", "101005420894"]
    first = parsed.records[0]
    assert first["status"] == "open"
    assert first["description"] is None
    assert first["updated_datetime"] is None
    # -04:00 becomes UTC.
    assert first["requested_datetime"] == datetime(2018, 7, 30, 4, 1, tzinfo=UTC)
    assert first["lon"] == pytest.approx(-79.272306875)
    assert first["lat"] == pytest.approx(43.691104288)
    # Fields the store has no column for are kept; empty ones carry nothing.
    assert first["extra"] == {"address_id": "13459430"}


def test_giessen_services_xml_is_array(fixtures_dir):
    services = parse_services(_fixture(fixtures_dir, "open311status_giessen_services.xml"))
    assert len(services) == 8
    codes = {s["service_code"]: s for s in services}
    assert codes["010"]["service_name"] == "Ampel defekt"
    assert codes["012"]["keywords"] == ["graffiti", "paintings"]
    assert codes["015"]["keywords"] == []
    assert codes["015"]["metadata"] is False
    assert codes["015"]["description"] is None


def test_json_numbers_as_strings_legacy_names_and_unknown_fields():
    payload = [
        {"servicerequest_id": 4711, "status": "OPEN", "status_note": "Eingegangen",
         "service_code": 12, "lat": "49.1427", "long": "9.2109",
         "requested_datetime": "2025-03-01 10:00:00", "kanal": "App", "votes": "3"},
        {"service_request_id": "4712", "status": "closed", "lat": 49.14, "long": 9.21,
         "updated_datetime": "2025-03-02T09:00:00.123+0100"},
    ]
    parsed = parse_requests(json.dumps(payload).encode())
    first, second = parsed.records
    assert first["service_request_id"] == "4711"
    assert first["service_code"] == "12"
    assert first["status"] == "open"
    assert first["status_notes"] == "Eingegangen"
    assert (first["lon"], first["lat"]) == (pytest.approx(9.2109), pytest.approx(49.1427))
    assert first["requested_datetime"] == datetime(2025, 3, 1, 10, tzinfo=UTC)  # naive = UTC
    assert first["extra"] == {"kanal": "App", "votes": "3"}
    assert second["status"] == "closed"
    assert second["updated_datetime"] == datetime(2025, 3, 2, 8, 0, 0, 123000, tzinfo=UTC)


def test_naive_timestamps_in_the_zone_the_caller_names():
    berlin_winter = timezone(timedelta(hours=1))
    stamp = parse_datetime("2025-01-15T12:00:00", berlin_winter)
    assert stamp == datetime(2025, 1, 15, 11, tzinfo=UTC)
    assert parse_datetime("2025-01-15T12:00:00Z") == datetime(2025, 1, 15, 12, tzinfo=UTC)
    assert parse_datetime("2025-01-15T12:00+02") == datetime(2025, 1, 15, 10, tzinfo=UTC)
    assert parse_datetime("2025-01-15") == datetime(2025, 1, 15, tzinfo=UTC)
    assert parse_datetime("") is None
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_datetime("15.01.2025")


def test_klarschiff_extended_attributes_xml():
    xml = b"""<?xml version="1.0" encoding="utf-8"?>
<service_requests><request>
  <service_request_id>88</service_request_id><status>closed</status>
  <service_code>16</service_code><service_name>Abfall</service_name>
  <description>M\xc3\xbcll &lt;b&gt;am&lt;/b&gt; Weg</description>
  <requested_datetime>2014-06-03T09:12:26+02:00</requested_datetime>
  <updated_datetime>2014-06-10T11:00:00+02:00</updated_datetime>
  <lat>54.0887</lat><long>12.1403</long>
  <extended_attributes><detailed_status>PROCESSED</detailed_status>
    <photo_required>false</photo_required></extended_attributes>
</request></service_requests>"""
    (record,) = parse_requests(xml).records
    assert record["service_request_id"] == "88"
    assert record["status"] == "closed"
    assert record["description"] == "Müll <b>am</b> Weg"  # text, as the public wrote it
    assert record["updated_datetime"] == datetime(2014, 6, 10, 9, tzinfo=UTC)
    assert record["extra"]["extended_attributes"] == {"detailed_status": "PROCESSED",
                                                      "photo_required": "false"}


def test_mark_a_spot_status_notes_and_personal_data():
    payload = [{
        "service_request_id": "MAS-1", "status": "in_process", "lat": "50.7", "long": "7.1",
        "email": "anna@example.org", "first_name": "Anna", "last_name": "Muster",
        "phone": "0711 1234",
        "extended_attributes": {
            "markaspot": {"status_hex": "#ffcc00", "author": "anna",
                          "status_descriptive_name": "In Bearbeitung"},
            "status_notes": [
                {"status_note": "Eingegangen", "created": "2025-01-01T08:00:00+01:00"},
                {"status_note": "Beauftragt", "created": "2025-01-02T08:00:00+01:00"}],
        },
    }]
    (record,) = parse_requests(json.dumps(payload).encode()).records
    assert record["status"] == "open"
    assert record["extra"]["source_status"] == "in_process"
    assert "email" not in record["extra"] and "first_name" not in record["extra"]
    assert "phone" not in record["extra"]
    markaspot = record["extra"]["extended_attributes"]["markaspot"]
    assert markaspot == {"status_hex": "#ffcc00", "status_descriptive_name": "In Bearbeitung"}
    assert len(record["extra"]["extended_attributes"]["status_notes"]) == 2
    (kept,) = parse_requests(json.dumps(payload).encode(), include_personal=True).records
    assert kept["extra"]["email"] == "anna@example.org"
    assert kept["extra"]["extended_attributes"]["markaspot"]["author"] == "anna"


def test_mark_a_spot_status_notes_list_gives_latest_note():
    payload = [{"service_request_id": "1", "status_notes": [
        {"status_note": "Eingegangen"}, {"status_note": "Erledigt"}]}]
    (record,) = parse_requests(json.dumps(payload).encode()).records
    assert record["status_notes"] == "Erledigt"
    assert record["extra"]["status_notes"][0]["status_note"] == "Eingegangen"


def test_records_without_id_or_location():
    payload = [{"status": "open"}, {"service_request_id": "2", "lat": "", "long": ""},
               {"service_request_id": "3", "lat": 0, "long": 0},
               {"service_request_id": "4", "requested_datetime": "gestern"},
               {"service_request_id": "5", "expected_datetime": "2025-03-01T24:00:00"}]
    parsed = parse_requests(json.dumps(payload).encode())
    assert [r["service_request_id"] for r in parsed.records] == ["2", "3", "4", "5"]
    assert all(r["lon"] is None for r in parsed.records)
    assert len(parsed.problems) == 1 and "no service_request_id" in parsed.problems[0]
    # An unreadable date does not cost the report: stored empty, kept verbatim in extra.
    assert parsed.records[2]["requested_datetime"] is None
    assert parsed.records[2]["extra"]["requested_datetime"] == "gestern"
    assert parsed.records[3]["extra"]["expected_datetime"] == "2025-03-01T24:00:00"
    assert "4: requested_datetime 'gestern' is not an ISO 8601" in parsed.notes[0]
    assert "5: expected_datetime '2025-03-01T24:00:00' is not a valid" in parsed.notes[1]


@pytest.mark.parametrize("body", [b"[]", b"<service_requests/>",
                                  b'{"service_requests": []}', b"<requests></requests>"])
def test_empty_answers(body):
    assert parse_requests(body).records == []


def test_single_request_xml_is_a_list():
    xml = b"<service_requests><request><service_request_id>1</service_request_id>" \
          b"<status>open</status></request></service_requests>"
    assert len(parse_requests(xml).records) == 1


def test_wrapped_json_and_bom():
    body = "\ufeff" + json.dumps({"service_requests": [{"service_request_id": 1}]})
    assert parse_requests(body.encode("utf-8")).records[0]["service_request_id"] == "1"


@pytest.mark.parametrize(("body", "message"), [
    (b"", "empty"),
    (b"<!DOCTYPE html><html><body>Wartung</body></html>", "HTML page"),
    (b'[{"service_request_id": "1", "status": "op', "cut off"),
    (b"<service_requests><request><service_request_id>1</serv", "cut off"),
    (b"Service Unavailable", "neither JSON nor XML"),
    (b'[{"code": 403, "description": "Invalid api_key"}]', "403 Invalid api_key"),
    (b"<errors><error><code>400</code><description>bad date</description></error></errors>",
     "400 bad date"),
])
def test_ugly_bodies_raise_a_clear_error(body, message):
    with pytest.raises(Open311FormatError, match=message):
        parse_requests(body)
