"""The store without QGIS, on both backends (a GeoPackage and a PostGIS schema in the test
cluster): schema, idempotent creation, transactional upserts, provenance metadata."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from osgeo import ogr
from sql_rows import sql_rows, store_rows

from heilbronn_digital.heilbronn_digital_plugin.store import core, schema

UTC = timezone.utc
T0 = datetime(2025, 11, 17, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(store_target: str) -> str:
    core.create_store(store_target)
    return store_target


@pytest.fixture
def gpkg_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.gpkg"
    core.create_store(path)
    return path


def _count(store: str, layer: str) -> int:
    return store_rows(store, f"SELECT count(*) FROM {{{layer}}}")[0][0]


def _reading(minutes: int, free: int = 3, site: str = "a") -> dict:
    return {"site_id": site, "observed_at": T0 + timedelta(minutes=minutes), "free": free,
            "occupied": 10 - free, "capacity": 10, "status": "free"}


def test_schema_names_are_unique_and_keys_are_fields():
    names = [layer.name for layer in schema.LAYERS]
    assert len(names) == len(set(names))
    for layer in schema.LAYERS:
        assert set(layer.key) <= set(layer.field_names), layer.name
        assert len(layer.field_names) == len(set(layer.field_names)), layer.name
    assert schema.layer("parking_occupancy").key == ("site_id", "observed_at")
    with pytest.raises(KeyError, match="known"):
        schema.layer("nope")


def test_create_store_makes_every_layer_in_25832_with_unique_keys(store: str):
    opened = core.open_store(store)
    ds = opened.open_read()
    for declaration in schema.LAYERS:
        layer = opened.backend.layer(ds, declaration.name)
        assert layer is not None, declaration.name
        defn = layer.GetLayerDefn()
        assert {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())} == set(
            declaration.field_names)
        if declaration.geometry is None:
            assert layer.GetGeomType() == ogr.wkbNone
        else:
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "25832"
            assert ogr.GeometryTypeToName(layer.GetGeomType()).replace(" ", "").lower() == (
                declaration.geometry.lower())
    for declaration in schema.LAYERS:
        assert opened.backend.index_columns(ds, f"ux_{declaration.name}_key") == \
            declaration.key
    assert opened.version() == schema.SCHEMA_VERSION


def test_create_store_is_idempotent_and_keeps_data(store: str):
    core.write_records(store, "parking_occupancy", [_reading(0)])
    core.create_store(store)
    core.create_store(store)
    assert _count(store, "parking_occupancy") == 1


def test_upsert_by_source_key_neither_duplicates_nor_loses(store: str):
    first = core.write_records(store, "parking_occupancy", [_reading(m) for m in (0, 15, 30)])
    again = core.write_records(store, "parking_occupancy",
                               [_reading(15, free=7), _reading(45)])
    assert (first.inserted, first.updated) == (3, 0)
    assert (again.inserted, again.updated) == (1, 1)
    assert _count(store, "parking_occupancy") == 4
    rows = store_rows(store, "SELECT observed_at, free FROM {parking_occupancy} "
                             "ORDER BY observed_at")
    assert rows[1] == ("2025/11/17 08:15:00+00", 7)


def test_a_bad_record_leaves_the_store_as_it_was(store: str):
    point = {"source": "test", core.GEOMETRY: "POINT (1 2)"}
    core.write_records(store, "citizen_reports", [
        {"service_request_id": "HN-1", "status": "open", **point}])
    records = [
        {"service_request_id": "HN-2", "status": "open", **point},
        {"service_request_id": "HN-3", "status": "solved", **point},
    ]
    with pytest.raises(core.StoreError, match=r"citizen_reports, record 2: status must be one"):
        core.write_records(store, "citizen_reports", records)
    assert _count(store, "citizen_reports") == 1


@pytest.mark.parametrize(("value", "message"), [
    (datetime(2025, 1, 1, 12, 0), "no time zone"),
    ("yesterday", "not an ISO 8601"),
])
def test_times_must_be_instants(store: Path, value, message):
    with pytest.raises(core.StoreError, match=message):
        core.write_records(store, "parking_occupancy", [{**_reading(0), "observed_at": value}])


def test_times_are_stored_in_utc(store: str):
    core.write_records(store, "parking_occupancy", [
        {**_reading(0), "observed_at": "2025-07-01T12:00:00+02:00"},
        {**_reading(0), "site_id": "b", "observed_at": "2025-07-01T10:00:00Z"},
    ])
    stored = {row[0] for row in store_rows(store, "SELECT observed_at FROM {parking_occupancy}")}
    assert stored == {"2025/07/01 10:00:00+00"}


def test_unknown_fields_and_wrong_geometries_are_refused(store: str):
    with pytest.raises(core.StoreError, match="extra_json"):
        core.write_records(store, "citizen_reports", [
            {"service_request_id": "HN-1", "source": "test", "media_url": "x"}])
    with pytest.raises(core.StoreError, match="does not fit"):
        core.write_records(store, "indoor_spaces", [
            {"space_id": "s", core.GEOMETRY: "POINT (1 2)"}])
    with pytest.raises(core.StoreError, match="must not be empty"):
        core.write_records(store, "citizen_reports", [{"status": "open"}])


def test_single_parts_go_into_multi_layers_and_json_into_text(store: str):
    core.write_records(store, "city_boundary", [
        {"name": "X", core.GEOMETRY: "POLYGON ((0 0, 1 0, 1 1, 0 0))"}])
    core.write_records(store, "citizen_reports", [
        {"service_request_id": "HN-1", "source": "test", "extra_json": {"kanal": "App"}}])
    kinds = store_rows(store, "SELECT ST_GeometryType(geom) FROM {city_boundary}")
    assert [kind.upper().replace("ST_", "") for (kind,) in kinds] == ["MULTIPOLYGON"]
    assert store_rows(store, "SELECT extra_json FROM {citizen_reports}") == [('{"kanal": "App"}',)]


def _qgis_documents(path: Path, layer: str) -> list[str]:
    return [row[0] for row in sql_rows(path, (
        "SELECT m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
        f"ON r.md_file_id = m.id WHERE r.table_name = '{layer}' "
        "AND m.md_standard_uri = 'http://mrcc.com/qgis.dtd'"))]


def test_provenance_is_one_qgis_metadata_document_per_layer(gpkg_store: Path):
    store = gpkg_store
    provenance = core.Provenance(
        "Straßen", "Streets <of> Heilbronn & more", "© OpenStreetMap contributors, ODbL",
        "ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/", history=("built",))
    core.set_provenance(store, "streets", provenance)
    core.set_provenance(store, "streets", provenance)
    core.create_store(store)  # must not copy the document into GDAL's own metadata
    documents = _qgis_documents(store, "streets")
    assert len(documents) == 1
    root = ET.fromstring(documents[0])
    assert root.findtext("title") == "Straßen"
    assert root.findtext("abstract") == "Streets <of> Heilbronn & more"
    assert root.findtext("rights") == "© OpenStreetMap contributors, ODbL"
    assert root.findtext("license") == "ODbL-1.0"
    assert root.find("links/link").get("url").startswith("https://opendatacommons.org")
    gdal_rows = sql_rows(store, "SELECT metadata FROM gpkg_metadata "
                             "WHERE md_standard_uri = 'http://gdal.org'")
    assert not any("GPKG_METADATA_ITEM" in row[0] for row in gdal_rows)
    assert sql_rows(store, "SELECT identifier, description FROM gpkg_contents "
                        "WHERE table_name = 'streets'") == [("Straßen", provenance.abstract)]


def test_an_upsert_among_many_days_and_sites_finds_its_stored_reading(store: str):
    # Three days of readings of two sites; the look-up of stored keys is narrowed to the
    # batch's sites and days, and must still find the one that is there.
    core.write_records(store, "parking_occupancy", [
        _reading(minutes, site=site) for site in ("a", "b") for minutes in range(0, 3 * 1440, 60)])
    before = _count(store, "parking_occupancy")
    result = core.write_records(store, "parking_occupancy", [
        _reading(1440 + 60, free=9, site="a"), _reading(2 * 1440, site="c")])
    assert (result.inserted, result.updated) == (1, 1)
    assert _count(store, "parking_occupancy") == before + 1
