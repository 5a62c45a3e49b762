"""The IMDF reader and the floorplan checks, on the real export in ../shared/fixtures/imdf and on
small hand-made archives that break the spec the way real exports do."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
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
from heilbronn_digital.heilbronn_digital_plugin.feeds.imdf import (
    parse_imdf,
    pick_name,
    read_imdf,
)

# Local metres east/north of a point in Heilbronn, to lon/lat (good to a few cm over 50 m).
LON0, LAT0 = 9.2190, 49.1420
M_LON, M_LAT = 1 / 72860.0, 1 / 111200.0


@pytest.fixture(scope="module")
def spbstu(fixtures_dir: Path) -> Path:
    return fixtures_dir / "imdf" / "spbstu_polytech"


def _fixture_features(folder: Path, kind: str) -> list[dict]:
    return json.loads((folder / f"{kind}.geojson").read_text(encoding="utf-8"))["features"]


def _by_id(records: list[dict], key: str) -> dict[str, dict]:
    return {r[key]: r for r in records}


def test_names_prefer_german_then_english_then_any():
    assert pick_name({"ru": "Этаж 1", "en": "Level 1", "de": "Ebene 1"}) == "Ebene 1"
    assert pick_name({"ru": "Этаж 1", "en": "Level 1"}) == "Level 1"
    assert pick_name({"ru": "Этаж 1"}) == "Этаж 1"
    assert pick_name({"en": "  ", "fr": "Niveau"}) == "Niveau"
    assert pick_name("Rathaus") == "Rathaus"
    assert pick_name(None) is None and pick_name({}) is None and pick_name(3) is None


def test_real_export_is_read_completely(spbstu: Path):
    plan = prepare(parse_imdf(read_imdf(spbstu), "spbstu_polytech"))
    units = _fixture_features(spbstu, "unit")
    records = plan.records
    assert len(records[BUILDINGS]) == len(_fixture_features(spbstu, "building"))
    assert len(records[LEVELS]) == len(_fixture_features(spbstu, "level"))
    assert len(records[SPACES]) == len(units)
    assert len(records[OPENINGS]) == len(_fixture_features(spbstu, "opening"))
    assert len(records[AMENITIES]) == len(_fixture_features(spbstu, "amenity"))
    assert plan.skipped == 0 and plan.repaired == 0
    assert plan.ignored == {"detail": len(_fixture_features(spbstu, "detail"))}
    # UUIDs are unique worldwide: they keep only the format prefix.
    unit = units[0]
    space = _by_id(records[SPACES], "space_id")["imdf:" + unit["id"]]
    assert space["level_id"] == "imdf:" + unit["properties"]["level_id"]
    # English is preferred to Russian; the building's ground footprint is its outline.
    names = {b["name"] for b in records[BUILDINGS]}
    assert {"Main academic building", "Water supply tower"} <= names
    level = _by_id(records[LEVELS], "level_id")["imdf:6552464e-68f3-4df4-b21d-dadaa4920374"]
    assert (level["ordinal"], level["short_name"], level["name"]) == (0, "1", "Level 1")


def test_real_export_categories_are_mapped_and_kept(spbstu: Path):
    plan = prepare(parse_imdf(read_imdf(spbstu), "spbstu_polytech"))
    pairs = Counter((s["source_category"], s["category"]) for s in plan.records[SPACES])
    assert pairs[("walkway", "corridor")] > 0
    assert pairs[("restroom.female", "restroom")] == 3
    assert {c for (source, c) in pairs if source == "stairs"} == {"stairs"}
    assert all(s["accessible"] == 0 for s in plan.records[SPACES] if s["category"] == "stairs")
    # Seven units are "employeesonly": not for the public.
    restricted = sum(1 for u in _fixture_features(spbstu, "unit")
                     if u["properties"]["restriction"] == "employeesonly")
    assert sum(1 for s in plan.records[SPACES] if s["category"] == "nonpublic") >= restricted
    # The invented key unit_categoty is not read; door type "open" is an opening, not a door.
    assert {o["category"] for o in plan.records[OPENINGS]} == {"opening"}


def test_opening_width_is_the_true_length_of_its_line(spbstu: Path):
    """Measured in the local UTM zone (36N), not in UTM 32N where St Petersburg is 1.6 % too
    large."""
    plan = prepare(parse_imdf(read_imdf(spbstu), "spbstu_polytech"))
    widths = _by_id(plan.records[OPENINGS], "opening_id")
    wgs84, utm36 = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm36.ImportFromEPSG(32636)
    transform = osr.CoordinateTransformation(wgs84, utm36)
    for opening in _fixture_features(spbstu, "opening")[:20]:
        line = ogr.CreateGeometryFromJson(json.dumps(opening["geometry"]))
        line.Transform(transform)
        assert widths["imdf:" + opening["id"]]["width_m"] == pytest.approx(line.Length(),
                                                                           abs=0.01)


def test_stairs_on_two_levels_form_one_shaft(spbstu: Path):
    plan = prepare(parse_imdf(read_imdf(spbstu), "spbstu_polytech"))
    connectors = plan.records[CONNECTORS]
    stairs = [s for s in plan.records[SPACES] if s["category"] == "stairs"]
    assert len(connectors) == len(stairs)
    shafts = Counter(c["shaft_id"] for c in connectors)
    # Some stairwells reach both levels of the main building: those shafts have two members
    # on different ordinals.
    linked = [shaft for shaft, count in shafts.items() if count > 1]
    assert linked
    for shaft in linked:
        assert len({c["ordinal"] for c in connectors if c["shaft_id"] == shaft}) > 1


def test_zip_archive_reads_like_the_folder(spbstu: Path, tmp_path: Path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in spbstu.iterdir():
            zipped.write(file, f"IMDF/{file.name}")  # in a subfolder, as exporters do
    assert read_imdf(archive) == read_imdf(spbstu)
    assert read_imdf(spbstu / "manifest.json") == read_imdf(spbstu)


def _feature(kind: str, ident: str, geometry: dict | None, **properties) -> dict:
    return {"id": ident, "type": "Feature", "feature_type": kind, "geometry": geometry,
            "properties": properties}


def _polygon(*corners: tuple[float, float]) -> dict:
    ring = [[LON0 + x * M_LON, LAT0 + y * M_LAT] for x, y in (*corners, corners[0])]
    return {"type": "Polygon", "coordinates": [ring]}


def _box(x0: float, y0: float, x1: float, y1: float) -> dict:
    return _polygon((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def _line(*points: tuple[float, float]) -> dict:
    return {"type": "LineString",
            "coordinates": [[LON0 + x * M_LON, LAT0 + y * M_LAT] for x, y in points]}


def _files(**kinds: list[dict]) -> dict[str, bytes]:
    return {kind: json.dumps({"type": "FeatureCollection", "features": features}).encode()
            for kind, features in kinds.items()}


def _ugly() -> dict[str, bytes]:
    """Two levels of one building (ids not UUIDs), with every kind of broken record."""
    return _files(
        building=[_feature("building", "B", None, name="Rathaus")],
        footprint=[_feature("footprint", "F", _box(0, 0, 20, 10), category="ground",
                            building_ids=["B"])],
        level=[
            _feature("level", "L0", _box(0, 0, 20, 10), ordinal=0, name={"de": "EG"},
                     building_ids=["B"]),
            _feature("level", "L1", _box(0, 0, 20, 10), ordinal="1", name="1. OG",
                     short_name="1", building_ids=["B"]),
            _feature("level", "L1b", _box(0, 0, 20, 10), ordinal=1, building_ids=["B"]),
            _feature("level", "Lx", _box(0, 0, 20, 10), ordinal="first", building_ids=["B"]),
        ],
        unit=[
            _feature("unit", "office", _box(0, 0, 10, 10), category="office", level_id="L0",
                     accessibility=["wheelchair"]),
            _feature("unit", "hall", _box(10, 0, 20, 10), category="walkway", level_id="L0"),
            _feature("unit", "lift0", _box(16, 0, 20, 3), category="elevator", level_id="L0"),
            _feature("unit", "lift1", _box(16, 0, 20, 3), category="elevator", level_id="L1"),
            _feature("unit", "nolevel", _box(0, 0, 5, 5), category="room"),
            _feature("unit", "bowtie", _polygon((0, 0), (6, 6), (6, 0), (0, 6)),
                     category="room", level_id="L1"),
            _feature("unit", "alien", _box(10, 0, 15, 10), category="spaceship",
                     level_id="L1"),
            _feature("unit", "ghost", _box(0, 0, 5, 5), category="room", level_id="L9"),
            _feature("unit", "flat", _polygon((0, 0), (5, 0), (10, 0)), category="room",
                     level_id="L1"),
        ],
        opening=[
            _feature("opening", "door", _line((10, 4), (10, 5)), category="pedestrian",
                     door={"type": "swinging"}, level_id="L0"),
            _feature("opening", "revolving", _line((0, 4), (0, 6)), category="pedestrian",
                     door={"type": "revolving"}, level_id="L0"),
            _feature("opening", "pointdoor", {"type": "Point", "coordinates": [
                LON0 + 10 * M_LON, LAT0 + 8 * M_LAT]}, category="pedestrian.principal",
                door={"type": "sliding"}, level_id="L0"),
            _feature("opening", "nowhere", _line((40, 40), (41, 40)), category="pedestrian",
                     level_id="L0"),
        ],
        amenity=[
            _feature("amenity", "wc", {"type": "Point", "coordinates": [
                LON0 + 2 * M_LON, LAT0 + 2 * M_LAT]}, category="restroom.unisex",
                name={"en": "Toilet"}, unit_ids=["office"]),
            _feature("amenity", "lost", {"type": "Point", "coordinates": [LON0, LAT0]},
                     category="information", unit_ids=[]),
        ],
        anchor=[_feature("anchor", "A", None, unit_id="office")],
        occupant=[_feature("occupant", "O", None, name={"de": "Bürgerbüro"}, anchor_id="A")],
        fixture=[_feature("fixture", "desk", _box(1, 1, 2, 2))],
    )


def test_ugly_export_keeps_what_is_usable_and_names_the_rest():
    plan = prepare(parse_imdf(_ugly(), "rathaus"))
    spaces = _by_id(plan.records[SPACES], "space_id")
    text = "\n".join(plan.problems)
    # Ids that are not UUIDs carry the source name.
    assert "imdf:rathaus:office" in spaces
    assert spaces["imdf:rathaus:office"]["name"] == "Bürgerbüro"  # from the occupant
    assert spaces["imdf:rathaus:office"]["accessible"] == 1
    # Without a level, on an unknown level, or flat: left out, each named.
    for left_out in ("nolevel", "ghost", "flat"):
        assert f"imdf:rathaus:{left_out}" not in spaces
        assert f"imdf:rathaus:{left_out}" in text
    assert "Level imdf:rathaus:Lx" in text  # its ordinal is not a number
    # The bow tie is repaired into its two triangles.
    assert {"imdf:rathaus:bowtie", "imdf:rathaus:bowtie#2"} <= set(spaces)
    assert spaces["imdf:rathaus:bowtie"]["geometry"].GetArea() == pytest.approx(9, rel=0.02)
    assert plan.repaired == 1
    # Unknown category: stored as room, the source's word kept.
    assert spaces["imdf:rathaus:alien"]["category"] == "room"
    assert spaces["imdf:rathaus:alien"]["source_category"] == "spaceship"
    assert "'spaceship'" in text
    # Two levels with ordinal 1: both kept, reported.
    assert {"imdf:rathaus:L1", "imdf:rathaus:L1b"} <= {lv["level_id"]
                                                       for lv in plan.records[LEVELS]}
    assert "same ordinal 1" in text
    # Ordinals as strings are read; ordinals and buildings are filled from the level.
    assert spaces["imdf:rathaus:alien"]["ordinal"] == 1
    assert spaces["imdf:rathaus:alien"]["building_id"] == "imdf:rathaus:B"
    assert plan.ignored == {"fixture": 1}


def test_ugly_export_doors_and_connectors():
    plan = prepare(parse_imdf(_ugly(), "rathaus"))
    openings = _by_id(plan.records[OPENINGS], "opening_id")
    assert set(openings) == {"imdf:rathaus:door", "imdf:rathaus:revolving",
                             "imdf:rathaus:pointdoor"}
    assert "imdf:rathaus:nowhere" in "\n".join(plan.problems)
    assert openings["imdf:rathaus:door"]["category"] == "door"
    assert openings["imdf:rathaus:door"]["width_m"] == pytest.approx(1.0, abs=0.02)
    assert openings["imdf:rathaus:revolving"]["accessible"] == 0
    # A door point becomes a 1 m line along the wall it is on (x = 10 m, north-south).
    point_door = openings["imdf:rathaus:pointdoor"]
    assert point_door["category"] == "entrance"
    line = point_door["geometry"]
    assert line.GetGeometryName() == "LINESTRING" and line.Length() == pytest.approx(1.0)
    (x0, y0), (x1, y1) = line.GetPoint_2D(0), line.GetPoint_2D(1)
    assert abs(x1 - x0) < 0.05 and abs(y1 - y0) == pytest.approx(1.0, abs=0.05)
    # The elevator units of both levels are one shaft, accessible.
    lifts = [c for c in plan.records[CONNECTORS] if c["kind"] == "elevator"]
    assert sorted(c["ordinal"] for c in lifts) == [0, 1]
    assert {c["shaft_id"] for c in lifts} == {"imdf:rathaus:lift0"}
    assert all(c["accessible"] == 1 for c in lifts)
    # The amenity takes its unit's level; one without a unit is left out, named.
    amenities = _by_id(plan.records[AMENITIES], "amenity_id")
    assert amenities["imdf:rathaus:wc"]["category"] == "toilets"
    assert amenities["imdf:rathaus:wc"]["ordinal"] == 0
    assert "imdf:rathaus:lost" not in amenities and "imdf:rathaus:lost" in "\n".join(
        plan.problems)


def test_not_imdf_is_refused_with_a_sentence(tmp_path: Path):
    with pytest.raises(FloorplanFormatError, match="unit.geojson"):
        parse_imdf(_files(level=[]), "x")
    broken = _ugly()
    broken["unit"] = broken["unit"][:100]
    with pytest.raises(FloorplanFormatError, match="unit.geojson is not readable JSON"):
        parse_imdf(broken, "x")
    (tmp_path / "plan.txt").write_text("hello")
    with pytest.raises(FloorplanFormatError, match="neither an IMDF folder nor a .zip"):
        read_imdf(tmp_path / "plan.txt")


def test_levels_without_building_go_to_the_venue():
    files = _files(
        venue=[_feature("venue", "V", _box(-10, -10, 30, 20), name={"de": "Campus"})],
        level=[_feature("level", "L0", _box(0, 0, 20, 10), ordinal=0)],
        unit=[_feature("unit", "u", _box(0, 0, 10, 10), category="room", level_id="L0")])
    plan = prepare(parse_imdf(files, "campus"))
    [building] = plan.records[BUILDINGS]
    assert (building["building_id"], building["name"]) == ("imdf:campus:V", "Campus")
    assert plan.records[SPACES][0]["building_id"] == "imdf:campus:V"


def test_building_override_is_refused_for_several_buildings(spbstu: Path):
    plan = parse_imdf(read_imdf(spbstu), "spbstu_polytech")
    assert not rename_building(plan, "RATHAUS", "Rathaus")
    assert "RATHAUS" not in {b["building_id"] for b in plan.records[BUILDINGS]}
    assert "The source has 3 buildings" in plan.problems[-1]
