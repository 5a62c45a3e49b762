"""heilbronn:indoorroute on real QGIS, on the sample Rathaus (sample_data/build_sample_data.py,
build_floorplan): routes checked by hand in the building's local metres.

The building: a corridor y 13..16 runs west to east on every level; rooms lie south (y 0..13)
and north (y 16..30) with their doors on the corridor walls; the elevator cabin 38..43 x 8..13
has its door at (40.5, 13) and the elevator at (40.5, 10.5); the east stairs have their door
at (45.5, 13) and the stairs at (45.5, 8). Hazards: a wet floor on level 0 across the corridor
in front of the elevator (40..46 x 13.2..15.8, 0.5 m), building works on level 1
(6..12 x 13..16, 1 m), a cable bridge on level 2 before the meeting room (29..31 x 15.2..16,
0.3 m).
"""

from __future__ import annotations

import math
import shutil

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsVectorLayer,
)

ORIGIN = (515922.0, 5443280.0)  # the building's south-west corner (EPSG:25832)
WALK, WHEEL = 1.3, 1.0  # default speeds, m/s
LIFT_SECONDS = 30.0 + 4.0  # wait, and one level
STAIRS_SECONDS = 15.0


def _layer(gpkg, name: str) -> str:
    return f"{gpkg}|layername=indoor_{name}"


def _store(gpkg) -> dict:
    return {name.upper(): _layer(gpkg, name)
            for name in ("spaces", "openings", "connectors", "hazards")}


def _run(gpkg, **parameters) -> dict:
    import processing

    return processing.run("heilbronn:indoorroute", {
        **_store(gpkg), "OUTPUT": "memory:", "INSTRUCTIONS": "memory:", **parameters})


def _local(points) -> list[tuple[float, float]]:
    return [(round(p.x() - ORIGIN[0], 4), round(p.y() - ORIGIN[1], 4)) for p in points]


def _legs(result) -> list[dict]:
    return [{**dict(zip(f.fields().names(), f.attributes())),
             "points": _local(f.geometry().asPolyline())}
            for f in result["OUTPUT"].getFeatures()]


def _steps(result, language: str) -> list[str]:
    return [f[f"text_{language}"] for f in result["INSTRUCTIONS"].getFeatures()]


def test_barrier_free_route_takes_the_elevator_walkers_the_stairs(provider, sample_gpkg):
    wheel = _run(sample_gpkg, START_ROOM="Kleiner Sitzungssaal", END_ROOM="Büro 2.12",
                 BARRIER_FREE=True)
    # Level 1: room centre (30, 23) → door (30, 16) → elevator door (40.5, 13) → elevator.
    level1 = 7 + math.hypot(10.5, 3) + 2.5
    # Level 2: elevator → its door → door of Büro 2.12 (18, 16) → room centre (18, 23).
    level2 = 2.5 + math.hypot(22.5, 3) + 7
    legs = _legs(wheel)
    assert [(leg["building_id"], leg["level_id"], leg["ordinal"], leg["leg"]) for leg in legs] \
        == [("hn-rathaus", "hn-rathaus-L1", 1, 1), ("hn-rathaus", "hn-rathaus-L2", 2, 2)]
    assert legs[0]["points"] == [(30, 23), (30, 16), (40.5, 13), (40.5, 10.5)]
    assert legs[1]["points"] == [(40.5, 10.5), (40.5, 13), (18, 16), (18, 23)]
    assert [leg["length_m"] for leg in legs] == pytest.approx([level1, level2], abs=0.01)
    assert wheel["LENGTH"] == pytest.approx(level1 + level2)
    assert wheel["TIME"] == pytest.approx((level1 + level2) / WHEEL + LIFT_SECONDS)
    assert "Nehmen Sie den Aufzug nach Ebene 2." in _steps(wheel, "de")
    assert "Take the elevator to level 2." in _steps(wheel, "en")
    assert _steps(wheel, "de")[0] == "Start: „Kleiner Sitzungssaal“ (Ebene 1)."
    # The log's lines (in the user's language) are the table's steps.
    assert len(wheel["STEPS"].splitlines()) == wheel["INSTRUCTIONS"].featureCount() == 7
    assert wheel["STEPS"].splitlines()[-1].startswith("7. ")
    assert "Büro 2.12" in wheel["STEPS"].splitlines()[-1]

    walk = _run(sample_gpkg, START_ROOM="Kleiner Sitzungssaal", END_ROOM="Büro 2.12")
    # The east stairs: door (45.5, 13), stairs (45.5, 8) on both levels.
    walked = 7 + math.hypot(15.5, 3) + 5 + 5 + math.hypot(27.5, 3) + 7
    assert walk["LENGTH"] == pytest.approx(walked)
    assert walk["TIME"] == pytest.approx(walked / WALK + STAIRS_SECONDS)
    assert "Nehmen Sie die Treppe nach Ebene 2." in _steps(walk, "de")


def _empty_hazards() -> QgsVectorLayer:
    return QgsVectorLayer("Polygon?crs=EPSG:25832&field=ordinal:integer&field=buffer_m:double",
                          "no hazards", "memory")


def test_the_cable_bridge_forces_a_detour(provider, sample_gpkg):
    # Büro 2.12 (door 18, 16) to the tea kitchen (door 42, 16) along the corridor's north wall,
    # where the cable bridge grown by 0.3 m (28.7..31.3 x 14.9..16.3) lies across the way.
    detour = _run(sample_gpkg, START_ROOM="Büro 2.12", END_ROOM="Teeküche")
    centre = (30.0, 15.6)

    def corner(x, y):  # 0.1 m outwards from the grown hazard's corner, away from its centre
        dx, dy = x - centre[0], y - centre[1]
        return (x + 0.1 * dx / math.hypot(dx, dy), y + 0.1 * dy / math.hypot(dx, dy))

    west, east = corner(28.7, 14.9), corner(31.3, 14.9)
    expected = 7 + math.dist((18, 16), west) + math.dist(west, east) \
        + math.dist(east, (42, 16)) + 7
    (leg,) = _legs(detour)
    assert leg["points"] == [pytest.approx(p, abs=1e-3)
                             for p in [(18, 23), (18, 16), west, east, (42, 16), (42, 23)]]
    assert detour["LENGTH"] == pytest.approx(expected, abs=1e-3)
    straight = _run(sample_gpkg, START_ROOM="Büro 2.12", END_ROOM="Teeküche",
                    HAZARDS=_empty_hazards())
    assert straight["LENGTH"] == pytest.approx(7 + 24 + 7)


def _edited_copy(sample_gpkg, path, name: str, edit) -> str:
    """A copy of the sample store with ``edit(layer)`` applied to one of its layers."""
    shutil.copy(sample_gpkg, path)
    layer = QgsVectorLayer(_layer(path, name), name, "ogr")
    assert layer.startEditing()
    edit(layer)
    assert layer.commitChanges()
    return str(path)


@pytest.fixture
def closed_elevator(sample_gpkg, tmp_path):
    """A copy of the sample store with the elevator closed on every level."""
    def close(layer):
        index = layer.fields().indexOf("accessible")
        for feature in layer.getFeatures():
            if feature["kind"] == "elevator":
                layer.changeAttributeValue(feature.id(), index, 0)

    return _edited_copy(sample_gpkg, tmp_path / "closed.gpkg", "connectors", close)


def test_a_closed_elevator_makes_barrier_free_routing_fail_naming_it(provider, closed_elevator):
    with pytest.raises(QgsProcessingException) as failure:
        _run(closed_elevator, START_ROOM="Kleiner Sitzungssaal", END_ROOM="Büro 2.12",
             BARRIER_FREE=True)
    message = str(failure.value)
    assert "There is no barrier-free route from “Kleiner Sitzungssaal” (level 1) to " \
        "“Büro 2.12” (level 2)" in message
    assert "“Aufzug” (elevator, hn-rathaus-L1-aufzug) on level 1 is marked inaccessible" \
        in message
    assert "stairs" not in message and "Traceback" not in message
    # On foot the stairs still serve.
    assert _run(closed_elevator, START_ROOM="Kleiner Sitzungssaal",
                END_ROOM="Büro 2.12")["LENGTH"] > 0


def test_narrow_doors_and_the_wet_floor_are_named(provider, sample_gpkg):
    with pytest.raises(QgsProcessingException) as narrow:
        _run(sample_gpkg, START_ROOM="Büro 2.12", END_ROOM="Teeküche", BARRIER_FREE=True)
    assert "the door hn-rathaus-L2-D11 on level 2 is only 0.80 m wide" in str(narrow.value)
    # On the ground floor the wet floor covers the elevator door: no barrier-free way up.
    with pytest.raises(QgsProcessingException) as wet:
        _run(sample_gpkg, START_ROOM="Standesamt 0.11", END_ROOM="Büro 2.12",
             BARRIER_FREE=True)
    assert "There is no barrier-free route from “Standesamt 0.11” (level 0)" in str(wet.value)
    assert "the hazard “Nasser Boden” (hn-rathaus-H01) on level 0" in str(wet.value)
    # Without the hazard the elevator serves.
    cleared = _run(sample_gpkg, START_ROOM="Standesamt 0.11", END_ROOM="Büro 2.12",
                   BARRIER_FREE=True, HAZARDS=_empty_hazards())
    assert "Nehmen Sie den Aufzug nach Ebene 2." in _steps(cleared, "de")


def test_points_with_levels_and_rooms_by_id(provider, sample_gpkg):
    # From a point in the level 1 corridor (east of the works) to the elevator cabin by id.
    start = f"{ORIGIN[0] + 30.0},{ORIGIN[1] + 14.5} [EPSG:25832]"
    result = _run(sample_gpkg, START_POINT=start, START_LEVEL=1, END_ROOM="hn-rathaus-L2-S03",
                  BARRIER_FREE=True)
    legs = _legs(result)
    assert legs[0]["points"][0] == (30, 14.5) and legs[0]["ordinal"] == 1
    # The cabin's centre (40.5, 10.5) is where the elevator stands: straight down the shaft.
    assert legs[-1]["points"][-1] == (40.5, 10.5) and legs[-1]["ordinal"] == 2
    assert result["LENGTH"] == pytest.approx(math.hypot(10.5, 1.5) + 2.5)


@pytest.mark.parametrize("parameters, words", [
    ({"START_ROOM": "Besenkammer", "END_ROOM": "Teeküche"},
     "No room has the name or space_id “Besenkammer” (the start)"),
    ({"START_ROOM": "Teeküche", "END_ROOM": "WC"},
     "2 spaces are called “WC” (the destination). Give the space_id of the one you mean "
     "instead: hn-rathaus-L1-S02, hn-rathaus-L2-S02."),
    ({"START_POINT": f"{ORIGIN[0] - 5},{ORIGIN[1] + 5} [EPSG:25832]", "END_ROOM": "Teeküche"},
     "The start point (515917.0, 5443285.0) lies in no space of level 0."),
    ({"END_ROOM": "Teeküche"}, "Choose the start: a room (name or space_id) or a point"),
])
def test_bad_input_gets_a_sentence(provider, sample_gpkg, parameters, words):
    with pytest.raises(QgsProcessingException) as failure:
        _run(sample_gpkg, **parameters)
    assert words in str(failure.value)
    assert "Traceback" not in str(failure.value)


@pytest.mark.parametrize(("typed", "suggested"), [
    ("Buero 2.12", "“Büro 2.12” (level 2)"),
    ("kleiner sitzungsaal", "“Kleiner Sitzungssaal” (level 1)"),
    ("hn-rathaus-L2-S3", "(level 2)"),
])
def test_a_name_that_matches_nothing_gets_the_nearest_rooms(provider, sample_gpkg, typed,
                                                             suggested):
    with pytest.raises(QgsProcessingException) as failure:
        _run(sample_gpkg, START_ROOM=typed, END_ROOM="Teeküche")
    message = str(failure.value)
    assert f"No room has the name or space_id “{typed}” (the start). Did you mean" in message
    assert suggested in message.split("Did you mean")[1]


def test_a_layer_without_the_store_fields_is_refused(provider, sample_gpkg):
    with pytest.raises(QgsProcessingException) as failure:
        _run(sample_gpkg, CONNECTORS=f"{sample_gpkg}|layername=citizen_reports",
             START_ROOM="Kleiner Sitzungssaal", END_ROOM="Büro 2.12")
    assert "The layer “citizen_reports” has no field “ordinal”" in str(failure.value)


def test_cancel_returns_nothing(provider, sample_gpkg):
    import processing
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = processing.run("heilbronn:indoorroute", {
        **_store(sample_gpkg), "START_ROOM": "Kleiner Sitzungssaal", "END_ROOM": "Büro 2.12",
        "OUTPUT": "memory:", "INSTRUCTIONS": "memory:"}, feedback=feedback)
    assert result == {}


def test_a_room_without_a_door_has_no_route(provider, sample_gpkg, tmp_path):
    def remove_archive_door(layer):  # the archive on level 2 opens onto the east stairs only
        layer.deleteFeatures([f.id() for f in layer.getFeatures()
                              if f["opening_id"] == "hn-rathaus-L2-D12"])

    doorless = _edited_copy(sample_gpkg, tmp_path / "doorless.gpkg", "openings",
                            remove_archive_door)
    with pytest.raises(QgsProcessingException) as failure:
        _run(doorless, START_ROOM="Teeküche", END_ROOM="Archiv")
    assert "There is no route from “Teeküche” (level 2) to “Archiv” (level 2): no door, " \
        "connector or entrance joins them" in str(failure.value)


def test_level_filters_are_lifted_own_filters_kept(provider, sample_gpkg):
    from heilbronn_digital.heilbronn_digital_plugin.store.floor_levels import (
        level_expression,
        show_level,
    )

    # As the store opens them: the ground floor only.
    store = {name: QgsVectorLayer(uri + "|subset=\"ordinal\" = 0", name, "ogr")
             for name, uri in _store(sample_gpkg).items()}
    result = _run(sample_gpkg, **store, START_ROOM="Kleiner Sitzungssaal",
                  END_ROOM="Büro 2.12", BARRIER_FREE=True)
    assert [leg["ordinal"] for leg in _legs(result)] == [1, 2]

    # As the level switcher shows them, with a filter of the user's own on the hazards (the
    # wet floor is cleared): the route uses every level, and the ground floor's elevator.
    layers = {name: QgsVectorLayer(uri, name, "ogr") for name, uri in _store(sample_gpkg).items()}
    layers["HAZARDS"] = QgsVectorLayer(
        _layer(sample_gpkg, "hazards") + "|subset=\"kind\" <> 'Nasser Boden'", "hazards", "ogr")
    for layer in layers.values():
        assert show_level(layer, level_expression({"hn-rathaus": 1}))
        assert layer.featureCount() < QgsVectorLayer(layer.source().split("|subset")[0],
                                                     "all", "ogr").featureCount()
    result = _run(sample_gpkg, **layers, START_ROOM="Standesamt 0.11", END_ROOM="Büro 2.12",
                  BARRIER_FREE=True)
    assert [leg["ordinal"] for leg in _legs(result)] == [0, 2]
    assert "Nehmen Sie den Aufzug nach Ebene 2." in _steps(result, "de")


def test_qgis_process_command_line(provider, sample_gpkg, tmp_path, run_algorithm_cli):
    output, steps = tmp_path / "route.gpkg", tmp_path / "steps.csv"
    completed = run_algorithm_cli(
        "heilbronn:indoorroute", **_store(sample_gpkg), START_ROOM="Kleiner Sitzungssaal",
        END_ROOM="Büro 2.12", BARRIER_FREE="true", OUTPUT=output, INSTRUCTIONS=steps)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Take the elevator to level 2." in completed.stdout \
        or "Nehmen Sie den Aufzug nach Ebene 2." in completed.stdout
    layer = QgsVectorLayer(str(output), "route", "ogr")
    assert [f["ordinal"] for f in layer.getFeatures()] == [1, 2]
    assert "Aufzug nach Ebene 2" in steps.read_text(encoding="utf-8")


def test_geographic_layers_are_routed_in_metres(provider, sample_gpkg):
    import processing

    degrees = {name: processing.run("native:reprojectlayer", {
        "INPUT": uri, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]
        for name, uri in _store(sample_gpkg).items()}
    assert degrees["SPACES"].crs().isGeographic()
    result = _run(sample_gpkg, **degrees, START_ROOM="Kleiner Sitzungssaal",
                  END_ROOM="Büro 2.12", BARRIER_FREE=True)
    # WGS 84 / UTM 32N and ETRS89 / UTM 32N differ by centimetres here.
    expected = 7 + math.hypot(10.5, 3) + 2.5 + 2.5 + math.hypot(22.5, 3) + 7
    assert result["LENGTH"] == pytest.approx(expected, abs=0.05)
    assert result["OUTPUT"].crs().authid() == "EPSG:32632"


def test_a_route_in_the_imported_real_imdf_campus(provider, fixtures_dir, tmp_path):
    import processing

    store = tmp_path / "campus.gpkg"
    processing.run("heilbronn:importfloorplan", {
        "INPUT": str(fixtures_dir / "imdf" / "spbstu_polytech"), "STORE": str(store)})
    result = _run(store, START_ROOM="Кабинет 184", END_ROOM="Кабинет 101", BARRIER_FREE=True)
    legs = _legs(result)
    assert {leg["ordinal"] for leg in legs} == {0}
    assert all(leg["building_id"].startswith("imdf:") and leg["level_id"].startswith("imdf:")
               for leg in legs)
    assert result["LENGTH"] > 250  # from one end of the campus to the other
    steps = _steps(result, "de")
    assert steps[0] == "Start: „Кабинет 184“ (Ebene 0)." and "„Кабинет 101“" in steps[-1]
    # The same rooms in the engine test (JSON read directly, another projection) are 285 m
    # apart; EPSG:25832 stretches this campus at 30° E by about 2 %.
    assert result["LENGTH"] == pytest.approx(285 * 1.02, rel=0.02)
