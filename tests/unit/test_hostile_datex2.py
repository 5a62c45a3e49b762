"""DATEX II as publishers write it (issue 12, item 14): the site type from the structured
fields (``parkingUsageScenario``, ``urbanParkingSiteType``, ``parkingLayout``) before any
word of the name, and a site closed by ``parkingSiteOpeningStatus`` stored as closed: no free
space, not occupied, shown as closed, no supply."""

from __future__ import annotations

from pathlib import Path

import pytest
from sql_rows import sql_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.datex2 import parse_datex2
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking

NS = "http://datex2.eu/schema/2/2_0"


def _table(*records: str) -> bytes:
    return f"""<d2LogicalModel xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<payloadPublication xsi:type="GenericPublication"><genericPublicationExtension>
<parkingTablePublication><parkingTable>{''.join(records)}</parkingTable>
</parkingTablePublication></genericPublicationExtension></payloadPublication>
</d2LogicalModel>""".encode()


def _record(site_id: str, name: str, *structured: str, xsi_type: str = "UrbanParkingSite"
            ) -> str:
    return f"""<parkingRecord xsi:type="{xsi_type}" id="{site_id}" version="1">
<parkingName><values><value lang="de">{name}</value></values></parkingName>
<parkingNumberOfSpaces>120</parkingNumberOfSpaces>
<parkingLocation><pointByCoordinates><pointCoordinates><latitude>49.14</latitude>
<longitude>9.22</longitude></pointCoordinates></pointByCoordinates></parkingLocation>
{''.join(structured)}</parkingRecord>"""


def _status(site_id: str, *elements: str) -> bytes:
    return f"""<d2LogicalModel xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<payloadPublication xsi:type="GenericPublication"><genericPublicationExtension>
<parkingStatusPublication><parkingRecordStatus xsi:type="ParkingSiteStatus">
<parkingRecordReference id="{site_id}" targetClass="ParkingRecord" version="1"/>
<parkingStatusOriginTime>2025-11-04T08:15:00+01:00</parkingStatusOriginTime>
{''.join(elements)}</parkingRecordStatus></parkingStatusPublication>
</genericPublicationExtension></payloadPublication></d2LogicalModel>""".encode()


@pytest.mark.parametrize(("name", "structured", "expected"), [
    # The name says nothing about the kind: "lot" in Charlottenstraße, "Straße" in an address.
    ("Parkplatz Charlottenstraße", "<urbanParkingSiteType>offStreetParking"
                                   "</urbanParkingSiteType>", "garage"),
    ("Charlottenstraße", "<urbanParkingSiteType>onStreetParking</urbanParkingSiteType>",
     "on_street"),
    ("Tiefgarage Am Bollwerk", "<urbanParkingSiteType>onStreetParking"
                               "</urbanParkingSiteType>", "on_street"),
    ("Allee", "<parkingLayout>multiStorey</parkingLayout>", "garage"),
    ("Wilhelmstraße", "<parkingUsageScenario>parkAndRide</parkingUsageScenario>"
                      "<parkingLayout>openSpace</parkingLayout>", "park_ride"),
    # Without structured fields a name decides only by whole words.
    ("Charlottenstraße", "", "garage"),
    ("Lotter Straße", "", "garage"),
    ("P+R Böckingen", "", "park_ride"),
])
def test_the_site_type_comes_from_the_structured_fields_first(name, structured, expected):
    batch = parse_datex2(_table(_record("7", name, structured)))
    (site,) = batch.sites
    assert (site.name, site.site_type) == (name, expected)


def test_the_real_table_keeps_its_park_and_ride(fixtures_dir):
    folder = fixtures_dir / "datex2"
    batch = parse_datex2((folder / "vrs_bondorf-static.xml").read_bytes())
    assert [(s.name, s.site_type) for s in batch.sites] == [("P+R Bondorf", "park_ride")]


CLOSED = ("<parkingSiteOpeningStatus>closed</parkingSiteOpeningStatus>"
          "<parkingOccupancy><parkingNumberOfVacantSpaces>0</parkingNumberOfVacantSpaces>"
          "</parkingOccupancy>")


def test_a_closed_site_is_closed_not_full(tmp_path: Path):
    batch = parse_datex2(_table(_record("7", "Harmonie")), _status("7", CLOSED))
    (reading,) = batch.observations
    assert reading.status == "closed"
    # Closed: no space to be had, and nobody counted as parked.
    assert (reading.free, reading.occupied) == (0, None)
    store = tmp_path / "p.gpkg"
    store_parking(store, batch)
    ((free, occupancy, status),) = sql_rows(
        store, "SELECT free_latest, occupancy_latest, status_latest FROM parking_sites")
    assert (free, occupancy, status) == (0, None, "closed")
    ((free, occupied, status),) = sql_rows(
        store, "SELECT free, occupied, status FROM parking_occupancy")
    assert (free, occupied, status) == (0, None, "closed")


def test_an_open_site_is_read_as_before(tmp_path: Path):
    status = _status("7", "<parkingSiteOpeningStatus>open</parkingSiteOpeningStatus>"
                          "<parkingOccupancy><parkingNumberOfVacantSpaces>0"
                          "</parkingNumberOfVacantSpaces></parkingOccupancy>")
    batch = parse_datex2(_table(_record("7", "Harmonie")), status)
    (reading,) = batch.observations
    assert (reading.status, reading.free, reading.occupied) == ("full", 0, 120)
    assert pr.UNKNOWN_STATE not in reading.flags
    store_parking(tmp_path / "p.gpkg", batch)
    assert sql_rows(tmp_path / "p.gpkg",
                    "SELECT occupancy_latest, status_latest FROM parking_sites") == [
        (1.0, "full")]


def test_closed_counts_from_the_source_are_not_free_spaces():
    # Stuttgart's real feed: "closed" beside "spacesAvailable" and 457 vacant places.
    status = _status("7", "<parkingSiteOpeningStatus>closed</parkingSiteOpeningStatus>"
                          "<parkingSiteStatus>spacesAvailable</parkingSiteStatus>"
                          "<parkingOccupancy><parkingNumberOfVacantSpaces>457"
                          "</parkingNumberOfVacantSpaces><parkingNumberOfOccupiedSpaces>25"
                          "</parkingNumberOfOccupiedSpaces></parkingOccupancy>")
    (reading,) = parse_datex2(_table(_record("7", "Harmonie")), status).observations
    assert (reading.status, reading.free) == ("closed", 0)
    assert pr.CONTRADICTORY_STATE in reading.flags


def test_the_epoch_is_no_reading_time(fixtures_dir):
    # Stuttgart sends 1970-01-01T01:00:00+01:00 for facilities that never reported.
    batch = parse_datex2((fixtures_dir / "datex2" / "stuttgart-realtime.xml").read_bytes())
    assert all(o.observed_at.year > 1970 for o in batch.observations)
