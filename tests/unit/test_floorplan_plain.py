"""The plain floorplan reader (CAD exports as GeoJSON or GeoPackage) on small hand-made files:
a building of 30 m × 10 m at most in EPSG:25832, three floors named the German way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from osgeo import ogr, osr

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import (
    AMENITIES,
    BUILDINGS,
    CONNECTORS,
    LEVELS,
    OPENINGS,
    SPACES,
    FloorplanFormatError,
    rename_building,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_checks import prepare
from heilbronn_digital.heilbronn_digital_plugin.feeds.plain_floorplan import (
    parse_level,
    read_plain_floorplan,
)

X0, Y0 = 515000.0, 5443000.0


def _box(x0: float, y0: float, x1: float, y1: float) -> str:
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return "POLYGON ((" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in corners) + "))"


# (id, Geschoss, Raumtyp, Bezeichnung, WKT)
FEATURES = [
    ("R1", "EG", "Büro", "Bürgerbüro", _box(0, 0, 10, 10)),
    ("R2", "EG", "Flur", "Flur EG", _box(10, 0, 20, 10)),
    ("T0", "EG", "Treppenhaus", "Treppe", _box(20, 0, 25, 5)),
    ("T1", "1. OG", "Treppe", "Treppe", _box(20, 0, 25, 5)),
    ("A1", "1.OG", "Aufzug", "Aufzug", _box(25, 0, 30, 5)),
    ("K1", "UG", "Lager", "Keller", _box(0, 0, 10, 10)),
    ("X", "Dach", "Büro", "Dachbüro", _box(0, 0, 10, 10)),
    ("U", "2", "Raketenstart", "Startrampe", _box(0, 0, 10, 10)),
    ("D1", "EG", "Tür", None, f"LINESTRING ({X0 + 10} {Y0 + 4}, {X0 + 10} {Y0 + 5})"),
    ("I1", "EG", "information", "Info", f"POINT ({X0 + 5} {Y0 + 5})"),
]


def _write_gpkg(path: Path, features: list[tuple] | None = None,
                layer_name: str = "raeume") -> Path:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(layer_name, srs, ogr.wkbUnknown)
    for name in ("id", "Geschoss", "Raumtyp", "Bezeichnung"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in FEATURES if features is None else features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values[:4]):
            feature.SetField(index, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(values[4]))
        layer.CreateFeature(feature)
    ds = None
    return path


@pytest.mark.parametrize(("value", "ordinal"), [
    (0, 0), ("3", 3), ("-1", -1), ("2.0", 2), (1.0, 1), ("EG", 0), ("Erdgeschoss", 0),
    ("1. OG", 1), ("1.OG", 1), ("OG2", 2), ("og 3", 3), ("2. Obergeschoss", 2), ("UG", -1),
    ("KG", -1), ("2. UG", -2), ("UG2", -2), ("Keller", -1),
    ("Dach", None), ("1.5", None), ("", None), (None, None), ("EG/OG", None),
])
def test_level_values(value, ordinal):
    assert parse_level(value) == ordinal


def test_geopackage_layer_with_german_floors_and_room_types(tmp_path: Path):
    path = _write_gpkg(tmp_path / "cad.gpkg")
    plan = prepare(read_plain_floorplan(f"{path}|layername=raeume", "Geschoss", "Raumtyp",
                                        "cad"))
    assert sorted(lv["ordinal"] for lv in plan.records[LEVELS]) == [-1, 0, 1, 2]
    [building] = plan.records[BUILDINGS]
    assert building["building_id"] == "plain:cad"
    spaces = {s["space_id"]: s for s in plan.records[SPACES]}
    category = {key.rpartition(":")[2]: s["category"] for key, s in spaces.items()}
    assert category == {"R1": "office", "R2": "corridor", "T0": "stairs", "T1": "stairs",
                        "A1": "elevator", "K1": "storage", "U": "room"}
    assert spaces["plain:cad:L0:R1"]["name"] == "Bürgerbüro"
    assert spaces["plain:cad:L2:U"]["source_category"] == "Raketenstart"
    # The stairs of EG and 1. OG are one shaft; the elevator has its own.
    shafts = {c["connector_id"]: c["shaft_id"] for c in plan.records[CONNECTORS]}
    assert shafts == {"plain:cad:L0:T0": "plain:cad:L0:T0",
                      "plain:cad:L1:T1": "plain:cad:L0:T0",
                      "plain:cad:L1:A1": "plain:cad:L1:A1"}
    [door] = plan.records[OPENINGS]
    assert (door["opening_id"], door["width_m"], door["ordinal"]) == ("plain:cad:L0:D1", 1.0, 0)
    [info] = plan.records[AMENITIES]
    assert (info["category"], info["name"]) == ("information", "Info")
    text = "\n".join(plan.problems)
    assert "Feature X: the level 'Dach' in field “Geschoss”" in text
    assert "'Raketenstart'" in text
    assert plan.skipped == 1


def test_rooms_numbered_per_floor_and_buildings_in_files_of_one_name_stay_apart(tmp_path):
    features = [("1", "EG", "Büro", "EG Raum 1", _box(0, 0, 10, 10)),
                ("1", "1. OG", "Büro", "OG Raum 1", _box(0, 0, 10, 10)),
                ("1", "1. OG", "Büro", "OG Raum 1 doppelt", _box(10, 0, 20, 10))]
    for building in ("haus_a", "haus_b"):
        folder = tmp_path / building
        folder.mkdir()
        path = _write_gpkg(folder / "raeume.gpkg", features)
        plan = read_plain_floorplan(f"{path}|layername=raeume", "Geschoss", "Raumtyp",
                                    "raeume", building)
        ids = [space["space_id"] for space in plan.records[SPACES]]
        assert ids == [f"{building}:L0:1", f"{building}:L1:1", f"{building}:L1:1#3"]
        assert "appears more than once on level 1" in "\n".join(plan.problems)


def test_without_room_type_field_every_polygon_is_a_room(tmp_path: Path):
    path = _write_gpkg(tmp_path / "cad.gpkg")
    plan = prepare(read_plain_floorplan(str(path), "Geschoss", None, "cad"))
    assert {s["category"] for s in plan.records[SPACES]} == {"room"}
    assert plan.records[CONNECTORS] == []
    assert not any("category" in p for p in plan.problems)


def test_geojson_in_metres_without_crs_is_read_as_utm32(tmp_path: Path):
    """GeoJSON says WGS 84 when it says nothing; CAD exports write metres all the same."""
    path = tmp_path / "export.geojson"
    features = [{"type": "Feature", "properties": {"level": values[1], "type": values[2]},
                 "geometry": json.loads(ogr.CreateGeometryFromWkt(values[4]).ExportToJson())}
                for values in FEATURES[:3]]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    plan = prepare(read_plain_floorplan(str(path), "level", "type", "export"))
    assert len(plan.records[SPACES]) == 3
    minx, _, miny, _ = plan.records[SPACES][0]["geometry"].GetEnvelope()
    assert (minx, miny) == (pytest.approx(X0), pytest.approx(Y0))
    assert any("read as ETRS89 / UTM 32N" in p for p in plan.problems)
    # Ids: no id field, so the feature number.
    assert plan.records[SPACES][0]["space_id"].startswith("plain:export:")


def test_geojson_in_wgs84_is_reprojected(tmp_path: Path):
    path = tmp_path / "wgs84.geojson"
    corners = [[9.2190, 49.1420], [9.2191, 49.1420], [9.2191, 49.1421], [9.2190, 49.1421],
               [9.2190, 49.1420]]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"Ebene": 0},
        "geometry": {"type": "Polygon", "coordinates": [corners]}}]}))
    plan = prepare(read_plain_floorplan(str(path), "Ebene", None, "wgs84"))
    [space] = plan.records[SPACES]
    minx, maxx, miny, maxy = space["geometry"].GetEnvelope()
    # 0.0001° is about 7.3 m east-west and 11.1 m north-south at 49° N.
    assert maxx - minx == pytest.approx(7.3, abs=0.1)
    assert maxy - miny == pytest.approx(11.1, abs=0.1)
    assert 515000 < minx < 516500 and 5443000 < miny < 5444500
    assert not plan.problems


def test_missing_field_lists_the_fields(tmp_path: Path):
    path = _write_gpkg(tmp_path / "cad.gpkg")
    with pytest.raises(FloorplanFormatError, match="no field “Etage”.*Geschoss, Raumtyp"):
        read_plain_floorplan(str(path), "Etage", None, "cad")
    with pytest.raises(FloorplanFormatError, match="no field “Typ”"):
        read_plain_floorplan(str(path), "Geschoss", "Typ", "cad")
    with pytest.raises(FloorplanFormatError, match="not a vector file"):
        read_plain_floorplan(str(tmp_path / "missing.gpkg"), "Geschoss", None, "cad")


def test_building_override(tmp_path: Path):
    path = _write_gpkg(tmp_path / "cad.gpkg")
    plan = read_plain_floorplan(str(path), "Geschoss", "Raumtyp", "cad")
    assert rename_building(plan, "RATHAUS", "Rathaus Heilbronn")
    prepare(plan)
    [building] = plan.records[BUILDINGS]
    assert (building["building_id"], building["name"]) == ("RATHAUS", "Rathaus Heilbronn")
    assert {s["building_id"] for s in plan.records[SPACES]} == {"RATHAUS"}
    # Its outline is the union of its levels' spaces: 20 m × 10 m of rooms and corridor
    # plus 10 m × 5 m of stairs and elevator.
    assert building["geometry"].GetArea() == pytest.approx(250.0)
