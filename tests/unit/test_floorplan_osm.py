"""The OSM Simple Indoor Tagging reader, through GDAL's OSM driver, on the real house in
../shared/fixtures/osm_indoor and on tests/data/floorplans/ugly_indoor.osm (hand-made: a
20 m × 10 m building laid out in its header comment, with every kind of broken element)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import (
    AMENITIES,
    BUILDINGS,
    CONNECTORS,
    LEVELS,
    OPENINGS,
    SPACES,
    FloorplanFormatError,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_checks import prepare
from heilbronn_digital.heilbronn_digital_plugin.feeds.osm_indoor import (
    parse_levels,
    parse_osm_indoor,
    parse_width,
)

UGLY = Path(__file__).resolve().parent.parent / "data" / "floorplans" / "ugly_indoor.osm"


def _by_id(records: list[dict], key: str) -> dict[str, dict]:
    return {r[key]: r for r in records}


@pytest.mark.parametrize(("value", "levels"), [
    ("0", [0]), ("2", [2]), ("-1", [-1]), ("0;1", [0, 1]), ("1;0;1", [0, 1]),
    ("-1-2", [-1, 0, 1, 2]), ("-2--1", [-2, -1]), ("3-1", [1, 2, 3]), ("0-1;5", [0, 1, 5]),
    (" 1 ; 2 ", [1, 2]), ("", []), (None, []),
    ("0.5", None), ("EG", None), ("1;x", None),
])
def test_level_values(value, levels):
    assert parse_levels(value) == levels


@pytest.mark.parametrize(("value", "metres"), [
    ("0.9", 0.9), ("0,9", 0.9), ("90 cm", 0.9), ("1.2 m", 1.2), ("1", 1.0), ("", None),
    (None, None), ("wide", None), ("3'", None),
])
def test_width_values(value, metres):
    assert parse_width(value) == (pytest.approx(metres) if metres else None)


def test_real_house(fixtures_dir: Path):
    folder = fixtures_dir / "osm_indoor"
    plan = prepare(parse_osm_indoor((folder / "openindoor6_house.osm").read_bytes(),
                                    "openindoor6_house"))
    # The GeoJSON twin of the file lists the same indoor ways with their tags.
    twin = json.loads((folder / "openindoor6_house.geojson").read_text())["features"]
    indoor = [f["properties"] for f in twin if f["properties"].get("indoor")]
    assert len(plan.records[SPACES]) == len(indoor)
    assert sorted(lv["ordinal"] for lv in plan.records[LEVELS]) == sorted(
        {int(p["level"]) for p in indoor})
    assert Counter(s["category"] for s in plan.records[SPACES]) == Counter(
        {"room": sum(p["indoor"] == "room" for p in indoor),
         "corridor": sum(p["indoor"] == "area" for p in indoor)})
    # Drafted in JOSM (negative ids): the file name makes the ids unique.
    [building] = plan.records[BUILDINGS]
    assert building["building_id"] == "osm:openindoor6_house:w-103244"
    assert all(s["building_id"] == building["building_id"] for s in plan.records[SPACES])
    assert {s["name"] for s in plan.records[SPACES]} >= {"kid room", "parent room"}
    assert plan.skipped == 0 and plan.repaired == 0


@pytest.fixture(scope="module")
def ugly():
    return prepare(parse_osm_indoor(UGLY.read_bytes(), "ugly_indoor"))


def test_ugly_building_levels_and_spaces(ugly):
    buildings = _by_id(ugly.records[BUILDINGS], "building_id")
    # The building outline from OSM (a positive id: unique worldwide, no file name), and the
    # file's building for what lies outside it.
    assert set(buildings) == {"osm:w100", "osm:ugly_indoor"}
    assert buildings["osm:w100"]["name"] == "Rathaus Test"
    levels = {(lv["building_id"], lv["ordinal"]): lv for lv in ugly.records[LEVELS]}
    assert sorted(levels) == [("osm:ugly_indoor", 1), ("osm:w100", 0), ("osm:w100", 1)]
    level_1 = levels[("osm:w100", 1)]
    assert (level_1["name"], level_1["short_name"]) == ("1. Obergeschoss", "1.OG")
    spaces = _by_id(ugly.records[SPACES], "space_id")
    key = "osm:ugly_indoor:w-{}".format
    # level=0 with repeat_on=1, level=0;1 and level=0-1: one space per level.
    for way in (2, 3, 4):
        assert spaces[key(way) + "@0"]["ordinal"] == 0
        assert spaces[key(way) + "@1"]["ordinal"] == 1
    assert spaces[key(1)]["category"] == "office" and spaces[key(1)]["accessible"] == 1
    assert spaces[key(3) + "@0"]["category"] == "stairs"
    assert spaces[key(3) + "@0"]["accessible"] == 0
    assert spaces[key(4) + "@1"]["category"] == "elevator"
    assert spaces[key(5)]["category"] == "restroom"
    assert spaces[key(10)]["category"] == "room"
    assert spaces[key(10)]["source_category"] == "ballroom_xyz"
    # A multipolygon relation: 10 m × 10 m with a 2 m × 2 m hole, outside the building.
    hall = spaces["osm:ugly_indoor:r-900"]
    assert (hall["name"], hall["building_id"], hall["ordinal"]) == ("Saal", "osm:ugly_indoor", 1)
    assert hall["geometry"].GetArea() == pytest.approx(96, rel=0.01)
    assert hall["geometry"].GetGeometryCount() == 2  # outer ring and hole


def test_ugly_problems_are_named(ugly):
    text = "\n".join(ugly.problems)
    spaces = _by_id(ugly.records[SPACES], "space_id")
    # No level, a half level: left out. A bow tie: repaired into two triangles.
    assert "osm:ugly_indoor:w-8 has no level tag" in text
    assert "osm:ugly_indoor:w-9: level=0.5" in text
    assert {"osm:ugly_indoor:w-6", "osm:ugly_indoor:w-6#2"} <= set(spaces)
    # Triangles of base 4 m and height 3 m either side of the crossing at (15, 7).
    assert spaces["osm:ugly_indoor:w-6"]["geometry"].GetArea() == pytest.approx(6, rel=0.02)
    assert "'ballroom_xyz'" in text
    assert (ugly.skipped, ugly.repaired) == (4, 1)


def test_ugly_doors(ugly):
    openings = _by_id(ugly.records[OPENINGS], "opening_id")
    key = "osm:ugly_indoor:n-{}".format
    assert set(openings) == {key(501), key(502), key(507)}
    # 90 cm, wheelchair=yes, drawn 0.9 m long along the wall x = 10 m between office and
    # corridor, centred on the node at y = 7 m.
    door = openings[key(501)]
    assert (door["width_m"], door["accessible"], door["ordinal"]) == (0.9, 1, 0)
    line = door["geometry"]
    assert line.Length() == pytest.approx(0.9)
    (x0, y0), (x1, y1) = line.GetPoint_2D(0), line.GetPoint_2D(1)
    assert abs(x1 - x0) < 0.02 and abs(y1 - y0) == pytest.approx(0.9, abs=0.02)
    # The entrance has no level: it touches only the office, so it is on level 0.
    entrance = openings[key(502)]
    assert (entrance["category"], entrance["ordinal"], entrance["width_m"]) == (
        "entrance", 0, 1.2)
    assert entrance["geometry"].Length() == pytest.approx(1.2)
    assert openings[key(507)]["accessible"] == 0  # revolving
    text = "\n".join(ugly.problems)
    assert f"Opening {key(503)} on level osm:w100:L0 touches no space" in text
    assert f"Opening {key(504)} has no level and touches spaces on the levels" in text


def test_ugly_connectors_and_amenities(ugly):
    connectors = ugly.records[CONNECTORS]
    shafts = Counter((c["shaft_id"], c["kind"]) for c in connectors)
    assert shafts == {("osm:ugly_indoor:w-3@0", "stairs"): 2,
                      ("osm:ugly_indoor:w-4@0", "elevator"): 2,
                      ("osm:ugly_indoor:n-505", "elevator"): 2}
    node_lift = [c for c in connectors if c["shaft_id"] == "osm:ugly_indoor:n-505"]
    assert sorted(c["ordinal"] for c in node_lift) == [0, 1]
    assert {c["name"] for c in node_lift} == {"Lastenaufzug"}
    [toilets] = ugly.records[AMENITIES]
    assert (toilets["category"], toilets["ordinal"]) == ("toilets", 1)


def test_not_osm_is_refused_with_a_sentence():
    with pytest.raises(FloorplanFormatError, match="is not an OpenStreetMap file"):
        parse_osm_indoor(b'{"type": "FeatureCollection", "features": []}', "plan")
