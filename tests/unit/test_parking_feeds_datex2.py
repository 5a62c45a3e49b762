"""DATEX II v2: status publications matched to the static parking table."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.datex2 import parse_datex2

UTC = timezone.utc


@pytest.fixture(scope="module")
def folder(fixtures_dir):
    return fixtures_dir / "datex2"


def test_status_matched_to_table_by_id_before_its_bracket(folder):
    status = (folder / "vrs_bondorf-realtime.xml").read_bytes()
    table = (folder / "vrs_bondorf-static.xml").read_bytes()
    for batch in (parse_datex2(status, table), parse_datex2(table, status)):
        (site,) = batch.sites
        assert (site.site_id, site.name, site.site_type, site.capacity) == (
            "datex2:1035", "P+R Bondorf", "park_ride", 314)
        assert (site.lon, site.lat) == (8.82821456169721, 48.52436858335742)
        assert not site.flags
        (reading,) = batch.observations
        # The status overrides the table's 314 with 313 places: 98 taken, 215 free.
        assert (reading.capacity, reading.occupied, reading.free, reading.status) == (
            313, 98, 215, "free")
        assert reading.observed_at == datetime(2025, 5, 9, 19, 41, 58, 546153, UTC)


def test_status_alone_keeps_its_sites_flagged(folder):
    batch = parse_datex2((folder / "vrs_bondorf-realtime.xml").read_bytes())
    (site,) = batch.sites
    assert (site.name, site.site_type) == ("P+R Bondorf", "park_ride")
    assert site.flags == {pr.NO_POSITION, pr.NO_STATIC_RECORD}


def test_stuttgart_facility_table_status(folder):
    data = (folder / "stuttgart-realtime.xml").read_bytes()
    batch = parse_datex2(data)
    assert len(batch.sites) == data.count(b"<parkingFacilityReference")
    # Two facilities report at 1970-01-01T01:00:00+01:00, the epoch: never, no reading.
    assert len(batch.observations) == len(batch.sites) - 2
    assert len(batch.problems) == 2 and "epoch" in batch.problems[0]
    readings = {o.site_id: o for o in batch.observations}
    first = readings["datex2:12717289"]
    assert (first.occupied, first.free, first.capacity) == (319, 245, 319 + 245)
    assert first.observed_at == datetime(2022, 2, 11, 13, 16, 1, tzinfo=UTC)
    # "closed" and "spacesAvailable" at once: closed wins, and the record says so.
    contradictory = readings["datex2:12717253"]
    assert contradictory.status == "closed"
    assert pr.CONTRADICTORY_STATE in contradictory.flags


def test_not_datex(folder):
    with pytest.raises(pr.ParkingFormatError, match="no DATEX II"):
        parse_datex2(b"<rss><channel/></rss>")
    with pytest.raises(pr.ParkingFormatError, match="broken or cut off"):
        parse_datex2((folder / "vrs_bondorf-realtime.xml").read_bytes()[:900])
