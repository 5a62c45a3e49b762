"""The format of a payload is read from its content."""

from __future__ import annotations

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import detect_format


@pytest.mark.parametrize(("path", "expected"), [
    ("parkapi/ParkAPI_v1_Heilbronn.geojson", "parkapi"),
    ("parkapi/heilbronn_goldbeck_facilities.json", "goldbeck"),
    ("parkapi/heilbronn_goldbeck_occupancies.json", "goldbeck"),
    ("parkapi/neckarsulm.csv", "csv"),
    ("datex2/stuttgart-realtime.xml", "datex2"),
    ("datex2/vrs_bondorf-static.xml", "datex2"),
    ("ogcapi_features/hamburg_garages_live.geojson", "geojson"),
    ("sensorthings/hamburg_iot_Thing_7648_expand_Datastreams_Sensor.json", "sensorthings"),
])
def test_fixtures(fixtures_dir, path, expected):
    data = (fixtures_dir / path).read_bytes()
    assert detect_format(data) == expected
    assert detect_format(b"\xef\xbb\xbf" + data) == expected  # as saved on Windows


@pytest.mark.parametrize(("data", "message"), [
    (b"<rss><channel/></rss>", "no DATEX II"),
    (b'{"hello": 1}', "none of the parking formats"),
    (b'{"lots": [', "broken or cut off"),
])
def test_unknown(data, message):
    with pytest.raises(pr.ParkingFormatError, match=message):
        detect_format(data)
