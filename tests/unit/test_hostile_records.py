"""Records as other cities send them (issue 12, items 10, 12, 16): a GeoJSON in EPSG:25832
with its ``crs`` member, positions far from Heilbronn, payloads of which nothing can be read,
ids sent twice. Never stored at infinity, never 0 of N called success, never silent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sql_rows import sql_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_checks import prepare
from heilbronn_digital.heilbronn_digital_plugin.feeds.imdf import parse_imdf, read_imdf
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311 import parse_requests
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import (
    SyncError,
    import_response,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_records import ParkingFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"
# Harmonie, Heilbronn, in ETRS89 / UTM 32N and in WGS 84.
HARMONIE_UTM = (516379.5, 5443285.2)
HARMONIE = (9.2254, 49.1423)


def _collection(features: list[dict], crs: str | None = None) -> dict:
    document = {"type": "FeatureCollection", "features": features}
    if crs:
        document["crs"] = {"type": "name", "properties": {"name": crs}}
    return document


def _feature(x: float, y: float, **properties) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
            "properties": {"frei": 12, "gesamt": 435, "received": "03.12.2025, 13:35",
                           **properties}}


def _fetch(tmp_path: Path, document: dict | list, name: str = "feed.json") -> object:
    path = tmp_path / name
    path.write_text(json.dumps(document), "utf-8")
    return fetch_parking(ParkingSource("detect", str(path)), transport=None)


@pytest.mark.parametrize("crs", ["EPSG:25832", "urn:ogc:def:crs:EPSG::25832"])
def test_a_declared_crs_is_honoured(tmp_path, crs):
    batch = _fetch(tmp_path, _collection([_feature(*HARMONIE_UTM, id="harmonie")], crs))
    (site,) = batch.sites
    assert site.lon == pytest.approx(HARMONIE[0], abs=1e-3)
    assert site.lat == pytest.approx(HARMONIE[1], abs=1e-3)
    store_parking(tmp_path / "p.gpkg", batch)
    ((x, y, quality),) = sql_rows(tmp_path / "p.gpkg",
                                  "SELECT ST_X(geom), ST_Y(geom), quality FROM parking_sites")
    assert (x, y) == pytest.approx(HARMONIE_UTM, abs=5.0)
    assert quality is None


def test_an_unknown_declared_crs_is_a_sentence(tmp_path):
    with pytest.raises(ParkingFeedError, match="no known coordinate system"):
        _fetch(tmp_path, _collection([_feature(*HARMONIE_UTM, id="a")], "EPSG:999999"))


def test_metres_without_a_crs_are_not_stored_at_infinity(tmp_path):
    batch = _fetch(tmp_path, _collection([_feature(*HARMONIE_UTM, id="harmonie")]))
    store_parking(tmp_path / "p.gpkg", batch)
    assert sql_rows(tmp_path / "p.gpkg", "SELECT geom IS NULL, quality FROM parking_sites") == \
        [(1, "bad_position,no_position")]


def test_far_away_positions_are_stored_with_a_warning(tmp_path):
    chicago = (-87.6298, 41.8781)
    batch = _fetch(tmp_path, _collection([_feature(*chicago, id="a"),
                                          _feature(*HARMONIE, id="b")]))
    assert any("1 of 2 positions lie far outside" in note and "-87.6298" in note
               for note in batch.notes)
    reports = [{"service_request_id": str(n), "lat": chicago[1], "long": chicago[0],
                "requested_datetime": "2025-01-01T10:00:00Z"} for n in range(3)]
    result = import_response(tmp_path / "r.gpkg", json.dumps(reports).encode(), "chicago.json")
    assert result.inserted == 3
    assert any("3 of 3 positions lie far outside" in w for w in result.warnings)


def test_a_floorplan_far_away_is_imported_with_a_warning():
    plan = prepare(parse_imdf(read_imdf(FIXTURES / "imdf" / "spbstu_polytech"), "spbstu"))
    assert any("lie far outside the area ETRS89 / UTM 32N" in p for p in plan.problems)


def test_nothing_readable_is_a_failure_that_says_why(tmp_path):
    no_ids = _collection([{**_feature(*HARMONIE), "id": None} for _ in range(4)])
    with pytest.raises(ParkingFeedError, match="Nothing from feed.json could be imported: all 4 "
                                               "records were left out, the first because "
                                               "feature 1 has no id"):
        _fetch(tmp_path, no_ids)
    reports = [{"status": "open", "description": "Schlagloch"} for _ in range(3)]
    with pytest.raises(SyncError, match="Nothing from r.json could be imported: all 3 reports"):
        import_response(tmp_path / "r.gpkg", json.dumps(reports).encode(), "r.json")
    assert not (tmp_path / "r.gpkg").exists()


def test_an_empty_answer_is_no_failure(tmp_path):
    assert _fetch(tmp_path, _collection([])).sites == []
    assert import_response(tmp_path / "r.gpkg", b"[]", "r.json").received == 0


def test_ids_sent_twice_are_said(tmp_path):
    batch = _fetch(tmp_path, _collection([_feature(*HARMONIE, id="harmonie", frei=1),
                                          _feature(*HARMONIE, id="harmonie", frei=2)]))
    assert any("1 sites come more than once" in note and "geojson:harmonie" in note
               for note in batch.notes)
    assert any("1 readings come more than once" in note for note in batch.notes)
    store_parking(tmp_path / "p.gpkg", batch)
    assert sql_rows(tmp_path / "p.gpkg", "SELECT free FROM parking_occupancy") == [(2,)]
    parsed = parse_requests(json.dumps([{"service_request_id": "7", "status": "open"},
                                        {"service_request_id": "7", "status": "closed"}]).encode())
    assert any("come more than once in one answer (e.g. 7)" in w for w in parsed.warnings)
    files = read_imdf(FIXTURES / "imdf" / "spbstu_polytech")
    units = json.loads(files["unit"])
    units["features"].append(dict(units["features"][0]))
    plan = prepare(parse_imdf({**files, "unit": json.dumps(units).encode()}, "spbstu"))
    assert any("Space: 1 ids come more than once" in p for p in plan.problems)


def test_a_geojson_without_features_list_is_no_traceback(tmp_path):
    with pytest.raises((ParkingFeedError, ParkingFormatError)):
        _fetch(tmp_path, {"type": "FeatureCollection", "features": "none"})
