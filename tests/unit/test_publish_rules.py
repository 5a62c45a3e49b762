"""The privacy and generalisation rules of publish/, on cases small enough to check by hand."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone

import numpy as np
import pytest
from osgeo import ogr

from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import Shape
from heilbronn_digital.heilbronn_digital_plugin.publish import generalise as g
from heilbronn_digital.heilbronn_digital_plugin.publish.parking import (
    PROFILES,
    ParkingRules,
    publish_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.publish.privacy import (
    PrivacyError,
    Scrubber,
    check_k,
    personal_names,
)
from heilbronn_digital.heilbronn_digital_plugin.publish.reports import (
    ReportRules,
    publish_reports,
)
from heilbronn_digital.heilbronn_digital_plugin.publish.source import GEOMETRY

UTC = timezone.utc


@pytest.fixture(params=["UTC", "Europe/Berlin"])
def process_tz(request, monkeypatch):
    """The rules must give the same answer whatever time zone the machine runs in."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _point(x: float, y: float) -> bytes:
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(x, y)
    return bytes(point.ExportToIsoWkb())


def _report(x: float, y: float, when: datetime | None, **extra) -> dict:
    return {"service_request_id": extra.pop("id", "1"), "service_code": "001",
            "service_name": "Straßenschaden", "status": "open", "requested_datetime": when,
            GEOMETRY: _point(x, y), **extra}


@pytest.mark.parametrize("k", [-3, 0, 1])
def test_a_k_below_two_is_refused_with_the_reason(k):
    with pytest.raises(PrivacyError, match="protects nobody"):
        check_k(k)
    check_k(2)


def test_a_report_at_0030_in_heilbronn_belongs_to_that_day(process_tz):
    # 23:30 UTC on 1 March is 00:30 on 2 March in Heilbronn (CET).
    assert g.local_day(datetime(2025, 3, 1, 23, 30, tzinfo=UTC)) == date(2025, 3, 2)
    # 22:30 UTC on 30 June is 00:30 on 1 July (CEST), a new month.
    assert g.local_day(datetime(2025, 6, 30, 22, 30, tzinfo=UTC)) == date(2025, 7, 1)
    assert g.period(date(2025, 7, 1), g.MONTH) == ("2025-07", date(2025, 7, 1),
                                                   date(2025, 7, 31))


def test_hours_keep_their_offset_across_the_october_change(process_tz):
    # 26 October 2025: 02:00–03:00 happens twice in Heilbronn (CEST, then CET).
    first = g.local_hour(datetime(2025, 10, 26, 0, 20, tzinfo=UTC))
    second = g.local_hour(datetime(2025, 10, 26, 1, 20, tzinfo=UTC))
    assert first.isoformat() == "2025-10-26T02:00:00+02:00"
    assert second.isoformat() == "2025-10-26T02:00:00+01:00"
    assert g.quarter_hour(datetime(2025, 10, 26, 1, 44, tzinfo=UTC)).isoformat() == \
        "2025-10-26T02:30:00+01:00"


def test_iso_weeks_cross_the_year():
    assert g.period(date(2024, 12, 31), g.WEEK) == ("2025-W01", date(2024, 12, 30),
                                                    date(2025, 1, 5))


def test_cells_are_anchored_at_the_crs_origin_not_at_the_data():
    """A lattice anchored at the data would put a cell centre on the westernmost report."""
    grid = g.lattice(Shape.SQUARE, 100.0)
    row, col = grid.cell_of(np.array([515_023.7]), np.array([5_443_311.2]))
    cx, cy = grid.centre(row, col)
    assert (cx[0], cy[0]) == (515_000.0, 5_443_300.0)
    assert g.cell_ids(cx, cy) == ["E515000N5443300"]


def test_grid_publication_leaves_out_cells_with_fewer_than_k_reports(process_tz):
    when = datetime(2025, 3, 1, 23, 30, tzinfo=UTC)
    crowd = [_report(515_010 + i, 5_443_320 + i, when, id=str(i)) for i in range(5)]
    alone = _report(517_555, 5_445_555, when, id="lonely")
    table, report = publish_reports(crowd + [alone], ReportRules(k=5, cell_size=100))
    assert [row["cell_id"] for row in table.rows] == ["E515000N5443300"] * 5
    assert {row["date"] for row in table.rows} == {date(2025, 3, 2)}
    assert (report.cells_published, report.cells_suppressed, report.records_suppressed) == \
        (1, 1, 1)
    assert report.max_displacement_m == pytest.approx(np.hypot(14, 24))
    assert report.max_displacement_m <= 100 / np.sqrt(2)


def test_hexagons_count_per_cell_period_and_category():
    march = datetime(2025, 3, 10, 9, tzinfo=UTC)
    april = datetime(2025, 4, 10, 9, tzinfo=UTC)
    records = ([_report(515_000 + i, 5_443_300, march, id=f"m{i}") for i in range(4)] +
               [_report(515_000, 5_443_300, march, id="g", service_name="Graffiti",
                        status="closed")] +
               [_report(515_000 + i, 5_443_300, april, id=f"a{i}") for i in range(2)] +
               [_report(515_000, 5_443_300, None, id="undated")])
    table, report = publish_reports(records, ReportRules(k=5, generalisation=g.HEXAGONS,
                                                         cell_size=500))
    rows = {(r["period"], r["category"]): r for r in table.rows}
    assert set(rows) == {("2025-03", "Straßenschaden"), ("2025-03", "Graffiti")}
    assert rows[("2025-03", "Straßenschaden")]["reports"] == 4
    assert rows[("2025-03", "Graffiti")]["closed"] == 1
    assert {r["cell_reports"] for r in table.rows} == {5}
    # April's two reports and the undated one are left out.
    assert report.records_suppressed == 3
    assert report.records_published == 5


def test_k_larger_than_the_data_suppresses_everything_and_says_so():
    when = datetime(2025, 3, 1, 12, tzinfo=UTC)
    records = [_report(515_000, 5_443_300, when, id=str(i)) for i in range(3)]
    table, report = publish_reports(records, ReportRules(k=50))
    assert table.rows == []
    assert report.everything_suppressed
    assert "nothing was published" in report.lines("en")[-1]


def test_scrubber_removes_contacts_and_known_names_and_counts_them():
    scrubber = Scrubber(personal_names('{"first_name": "Erika", "last_name": "Mustermann"}'))
    text = scrubber.scrub(
        "Erika Mustermann (erika.m@example.org, Tel. +49 7131 56-2345) meldet am 01.03.2025 "
        "um 14:30 ein Schlagloch, Foto: https://example.org/p/1.jpg. Rückruf 0171 2345678, "
        "mail: mustermann (at) web.de")
    assert "Erika" not in text and "Mustermann" not in text
    assert "example.org" not in text and "2345" not in text and "web.de" not in text
    # Dates and times are not phone numbers.
    assert "01.03.2025" in text and "14:30" in text
    counts = scrubber.counts
    assert (counts.emails, counts.phones, counts.urls) == (2, 2, 1)
    assert counts.names >= 1


def _site(site_id: str, x: float, capacity: int | None, site_type: str = "on_street") -> dict:
    return {"site_id": site_id, "name": site_id, "site_type": site_type,
            "capacity": capacity, "address": "Hausnummer 5", "operator": "Stadt",
            "extra_json": '{"sensor": "bay"}', GEOMETRY: _point(x, 5_443_300)}


def _street(name: str, y: float) -> dict:
    line = ogr.Geometry(ogr.wkbMultiLineString)
    part = ogr.Geometry(ogr.wkbLineString)
    part.AddPoint_2D(514_000, y)
    part.AddPoint_2D(518_000, y)
    line.AddGeometry(part)
    return {"name": name, GEOMETRY: bytes(line.ExportToIsoWkb())}


def test_single_bays_are_published_only_as_part_of_their_street_segment():
    sites = [_site(f"bay-{i}", 515_000 + 6 * i, 1) for i in range(6)]  # six bays in a row
    sites.append(_site("bay-far", 517_000, 1))  # alone, 2 km away
    sites.append(_site("garage", 516_000, 300, "garage"))
    t0 = datetime(2025, 11, 18, 9, 0, tzinfo=UTC)
    readings = [{"site_id": f"bay-{i}", "observed_at": t0, "free": i % 2, "occupied": None,
                 "capacity": 1} for i in range(6)]
    readings += [{"site_id": "bay-0", "observed_at": datetime(2025, 11, 18, 9, 20, tzinfo=UTC),
                  "free": 0, "occupied": 1, "capacity": 1}]
    tables, report = publish_parking(sites, readings, [_street("Allee", 5_443_310)],
                                     ParkingRules(k=5))
    site_rows, occupancy = tables
    ids = {row["site_id"] for row in site_rows.rows}
    assert ids == {"garage", "segment:allee:1"}
    segment = next(r for r in site_rows.rows if r["site_id"] == "segment:allee:1")
    assert (segment["capacity"], segment["sensors"], segment["address"]) == (6, 6, "Allee")
    garage = next(r for r in site_rows.rows if r["site_id"] == "garage")
    assert garage["address"] == "Hausnummer 5"  # a public facility's own address
    # No bay's id in any published value.
    assert not any("bay-" in str(v) for t in tables for r in t.rows for v in r.values())
    # 09:00 quarter: six bays reported; 09:15 quarter: one bay only, fewer than k → left out.
    assert [(r["period_start"].isoformat(), r["occupied"]) for r in occupancy.rows] == [
        ("2025-11-18T10:00:00+01:00", 3.0)]
    assert report.fact_value("time_slots_suppressed") == 1
    assert (report.cells_suppressed, report.records_suppressed) == (1, 1)
    assert "extra_json" in report.fields_removed


def test_parking_profiles_are_per_weekday_and_local_hour():
    sites = [_site("garage", 516_000, 100, "garage")]
    readings = [{"site_id": "garage", "observed_at": datetime(2025, 11, day, 22, 30, tzinfo=UTC),
                 "free": 40, "occupied": 60, "capacity": 100} for day in (17, 24)]
    tables, _ = publish_parking(sites, readings, None, ParkingRules(5, PROFILES))
    (row,) = tables[1].rows
    # Monday 22:30 UTC is Monday 23:30 in Heilbronn.
    assert (row["weekday"], row["weekday_name"], row["hour"], row["occupancy"]) == \
        (1, "Montag", 23, 0.6)
