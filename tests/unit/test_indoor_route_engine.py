"""The indoor routing engine without QGIS, on floorplans small enough to check by hand.

Coordinates are metres in EPSG:25832 near Heilbronn (large numbers, as in real data); the
sketches give local metres from (X0, Y0).
"""

import math

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.indoor_graph import (
    CORNER_INSET,
    ELEVATOR_WAIT_SECONDS,
    RIDE_SECONDS,
    build_graph,
    floorplan,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.indoor_instructions import instructions
from heilbronn_digital.heilbronn_digital_plugin.analysis.indoor_route import (
    AmbiguousRoom,
    NoRoute,
    Options,
    OutsideSpaces,
    UnknownRoom,
    find_room,
    point_place,
    room_place,
    route,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.progress import Canceled

X0, Y0 = 515_900.0, 5_443_200.0
# A corner node sits CORNER_INSET metres from the corner, on the diagonal.
D = CORNER_INSET / math.sqrt(2.0)


def at(x: float, y: float) -> tuple[float, float]:
    return (X0 + x, Y0 + y)


def box(x0, y0, x1, y1) -> list[tuple[float, float]]:
    return [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)]


def space(space_id, rings, ordinal=0, name=None, category="room", accessible=1,
          building="b1"):
    return {"id": space_id, "name": name or space_id, "category": category,
            "building": building, "level": f"{building}-L{ordinal}", "ordinal": ordinal,
            "accessible": accessible, "rings": rings}


def door(door_id, a, b, ordinal=0, width=1.0, accessible=1, category="door"):
    return {"id": door_id, "category": category, "ordinal": ordinal, "width": width,
            "accessible": accessible, "a": at(*a), "b": at(*b)}


def local(xy) -> np.ndarray:
    return np.asarray(xy) - np.array([X0, Y0])


def between(graph, start, end, **options):
    return route(graph, room_place(graph, find_room(graph, start)),
                 room_place(graph, find_room(graph, end)), Options(**options))


# --- An L-shaped hall ------------------------------------------------------------------------
#
#  y=14 +---+
#       | B |            B: 0..4 x 10..14, door at (2, 10)
#  y=10 +-+-+-+
#       |     |          hall: the L (0,0) (10,0) (10,4) (4,4) (4,10) (0,10)
#       |  +--+          reflex corner at (4, 4)
#       |  |    +---+
#  y=4  +--+----+ A |    A: 10..14 x 0..4, door at (10, 2)
#  y=0  +-------+---+
L_HALL = [at(0, 0), at(10, 0), at(10, 4), at(4, 4), at(4, 10), at(0, 10)]


def l_hall_plan(hazards=()):
    return floorplan(
        [space("Halle", [L_HALL], category="lobby"), space("Raum A", [box(10, 0, 14, 4)]),
         space("Raum B", [box(0, 10, 4, 14)])],
        [door("dA", (10, 1.5), (10, 2.5)), door("dB", (1.5, 10), (2.5, 10))], [],
        list(hazards))


def test_path_bends_at_the_inner_corner_of_an_l_shaped_hall():
    graph = build_graph(l_hall_plan())
    found = between(graph, "Raum A", "Raum B")
    corner = (4 - D, 4 - D)
    # Room centre to door (2 m), door to the corner, corner to door, door to centre (2 m).
    expected = 2 + math.dist((10, 2), corner) + math.dist(corner, (2, 10)) + 2
    assert found.length == pytest.approx(expected, abs=1e-6)
    assert found.length > 2 + math.dist((10, 2), (2, 10)) + 2  # the straight line is shorter
    (leg,) = found.legs
    np.testing.assert_allclose(local(leg.xy), [(12, 2), (10, 2), corner, (2, 10), (2, 12)],
                               atol=1e-6)
    # No piece of the path cuts through the notch (x > 4 and y > 4) outside the hall.
    points = local(leg.xy)
    for a, b in zip(points, points[1:]):
        for t in np.linspace(0, 1, 101):
            x, y = a + t * (b - a)
            assert not (x > 4 + 1e-9 and y > 4 + 1e-9)


def test_a_point_start_in_the_l_sees_round_the_corner_only_through_it():
    graph = build_graph(l_hall_plan())
    start = point_place(graph, at(9, 2), 0)
    end = point_place(graph, at(2, 9), 0)
    found = route(graph, start, end)
    corner = (4 - D, 4 - D)
    assert found.length == pytest.approx(math.dist((9, 2), corner) + math.dist(corner, (2, 9)))
    # Two points in the same arm see each other: a straight line.
    same_arm = route(graph, start, point_place(graph, at(5, 1), 0))
    assert same_arm.length == pytest.approx(math.dist((9, 2), (5, 1)))


def test_a_pillar_hole_is_walked_around():
    square = box(0, 0, 10, 10)
    pillar = box(4, 4, 6, 6)[::-1]
    graph = build_graph(floorplan([space("Saal", [square, pillar])], [], [], []))
    found = route(graph, point_place(graph, at(1, 5), 0), point_place(graph, at(9, 5), 0))
    top_left, top_right = (4 - D, 6 + D), (6 + D, 6 + D)
    expected = math.dist((1, 5), top_left) + math.dist(top_left, top_right) \
        + math.dist(top_right, (9, 5))
    assert found.length == pytest.approx(expected, abs=1e-6)
    with pytest.raises(OutsideSpaces):  # the pillar is not part of the room
        point_place(graph, at(5, 5), 0)


def test_a_room_whose_centre_lies_outside_is_entered_inside():
    # A U: its centre (4.5, 4.07) lies in the gap; the line y = 6 between the vertex heights
    # 3 and 9 crosses the U at x = 0, 3, 6, 9: the first widest stretch is 0..3.
    u_room = [at(0, 0), at(9, 0), at(9, 9), at(6, 9), at(6, 3), at(3, 3), at(3, 9), at(0, 9)]
    graph = build_graph(floorplan([space("U", [u_room])], [], [], []))
    place = room_place(graph, 0)
    np.testing.assert_allclose(local(place.xy), (1.5, 6.0))


# --- Two levels: corridor, room, stairwell and elevator on each --------------------------------
#
#  y=8  +-----+
#       |  R  |    +--T--+     +--E--+     R: room 0..5 x 3..8, door (2..3, 3)
#  y=3  +-dR--+----+-dT--+-----+-dE--+--+  T: stairwell 10..13 x 3..6, door (11..12, 3)
#       |            corridor            |  E: elevator 15..18 x 3..6, door (16..17, 3)
#  y=0  +--------------------------------+  corridor 0..20 x 0..3
def two_levels(elevator_open=1, elevator_door=1.0, hazards=()):
    spaces, openings, connectors = [], [], []
    for level in (0, 1):
        spaces += [space(f"Flur {level}", [box(0, 0, 20, 3)], level, category="corridor"),
                   space(f"Raum {level}", [box(0, 3, 5, 8)], level),
                   space(f"Treppe {level}", [box(10, 3, 13, 6)], level, category="stairs",
                         accessible=0),
                   space(f"Aufzug {level}", [box(15, 3, 18, 6)], level, category="elevator")]
        openings += [door(f"dR{level}", (2, 3), (3, 3), level),
                     door(f"dT{level}", (11, 3), (12, 3), level),
                     # Its width alone decides.
                     door(f"dE{level}", (16, 3), (17, 3), level, width=elevator_door,
                          accessible=None)]
        connectors += [
            {"id": f"lift{level}", "kind": "elevator", "name": "Aufzug", "shaft": "lift",
             "ordinal": level, "accessible": elevator_open, "xy": at(16.5, 4.5)},
            {"id": f"stairs{level}", "kind": "stairs", "name": "Treppe", "shaft": "stairs",
             "ordinal": level, "accessible": 0, "xy": at(11.5, 4.5)}]
    return floorplan(spaces, openings, connectors, list(hazards))


def _walk_to(shaft_x: float) -> float:
    """Room centre (2.5, 5.5) → door (2.5, 3) → shaft door (shaft_x, 3) → connector."""
    return 2.5 + (shaft_x - 2.5) + 1.5


def test_walkers_take_the_stairs_wheelchairs_the_elevator():
    graph = build_graph(two_levels())
    walking = between(graph, "Raum 0", "Raum 1")
    stairs_walk = 2 * _walk_to(11.5)
    assert walking.length == pytest.approx(stairs_walk)
    assert walking.seconds == pytest.approx(stairs_walk / 1.3 + RIDE_SECONDS["stairs"])
    assert {graph.plan.connectors.kinds[c] for c in walking.connectors} == {"stairs"}

    wheelchair = between(graph, "Raum 0", "Raum 1", barrier_free=True)
    lift_walk = 2 * _walk_to(16.5)
    assert wheelchair.length == pytest.approx(lift_walk)
    assert wheelchair.seconds == pytest.approx(
        lift_walk / 1.0 + ELEVATOR_WAIT_SECONDS + RIDE_SECONDS["elevator"])
    assert {graph.plan.connectors.kinds[c] for c in wheelchair.connectors} == {"elevator"}
    # One line per level, each with its level.
    assert [(leg.level, leg.ordinal) for leg in wheelchair.legs] == [("b1-L0", 0), ("b1-L1", 1)]
    assert sum(leg.length for leg in wheelchair.legs) == pytest.approx(lift_walk)


def test_instructions_go_room_to_room_in_both_languages():
    graph = build_graph(two_levels())
    steps = instructions(graph, between(graph, "Raum 0", "Raum 1", barrier_free=True))
    german = [step.text["de"] for step in steps]
    english = [step.text["en"] for step in steps]
    assert german == [
        "Start: „Raum 0“ (Ebene 0).",
        "Gehen Sie durch „Raum 0“ bis „Flur 0“ (2 m).",
        "Gehen Sie durch „Flur 0“ bis „Aufzug 0“ (14 m).",
        "Nehmen Sie den Aufzug nach Ebene 1.",
        "Gehen Sie durch „Flur 1“ bis „Raum 1“ (14 m).",
        "Gehen Sie durch „Raum 1“ zum Ziel (2 m).",
        "Ziel erreicht: „Raum 1“ (Ebene 1).",
    ]
    assert english[3] == "Take the elevator to level 1."
    assert english[2] == "Go through “Flur 0” to “Aufzug 0” (14 m)."
    # Steps add up to the route (the walk in the cabin belongs to the ride).
    assert sum(step.metres for step in steps) == pytest.approx(2 * _walk_to(16.5))


def test_a_closed_elevator_is_named_as_the_blocker():
    graph = build_graph(two_levels(elevator_open=0))
    with pytest.raises(NoRoute) as failure:
        between(graph, "Raum 0", "Raum 1", barrier_free=True)
    blockers = failure.value.blockers
    assert [(b.kind, graph.plan.connectors.ids[b.index], b.reason) for b in blockers] == [
        ("connector", "lift0", "connector_closed")]
    # Walkers still get up the stairs.
    assert between(graph, "Raum 0", "Raum 1").length == pytest.approx(2 * _walk_to(11.5))


def test_a_narrow_elevator_door_is_named_on_both_levels():
    graph = build_graph(two_levels(elevator_door=0.8))
    with pytest.raises(NoRoute) as failure:
        between(graph, "Raum 0", "Raum 1", barrier_free=True)
    named = [(b.kind, graph.plan.openings.ids[b.index], b.reason)
             for b in failure.value.blockers]
    assert named == [("door", "dE0", "door_narrow"), ("door", "dE1", "door_narrow")]
    # A lower minimum width lets the wheelchair through.
    assert between(graph, "Raum 0", "Raum 1", barrier_free=True,
                   min_door_width=0.8).length == pytest.approx(2 * _walk_to(16.5))


def test_unknown_door_width_counts_only_when_marked_accessible():
    plan = two_levels()
    plan.openings.width[:] = np.nan
    plan.openings.accessible[:] = 1
    graph = build_graph(plan)
    assert between(graph, "Raum 0", "Raum 1", barrier_free=True).length > 0
    plan.openings.accessible[:] = -1
    with pytest.raises(NoRoute) as failure:
        between(build_graph(plan), "Raum 0", "Raum 1", barrier_free=True)
    assert {b.reason for b in failure.value.blockers} == {"door_width_unknown"}


# --- Hazards -----------------------------------------------------------------------------------
def corridor_with(hazards):
    return floorplan([space("Flur", [box(0, 0, 20, 3)], category="corridor")], [], [], hazards)


def hazard(hazard_id, vertices, buffer, ordinal=0):
    return {"id": hazard_id, "name": "Nasser Boden", "ordinal": ordinal, "buffer": buffer,
            "vertices": [at(*v) for v in vertices]}


def test_a_hazard_forces_a_detour_around_its_buffer():
    # Wet floor 9..11 x 0..2, 0.5 m buffer: 8.5..11.5 x -0.5..2.5; the way passes above it.
    graph = build_graph(corridor_with([hazard("H1", [(9, 0), (11, 0), (11, 2), (9, 2)], 0.5)]))
    found = route(graph, point_place(graph, at(1, 1.5), 0), point_place(graph, at(19, 1.5), 0))
    left, right = (8.5 - D, 2.5 + D), (11.5 + D, 2.5 + D)
    expected = math.dist((1, 1.5), left) + math.dist(left, right) + math.dist(right, (19, 1.5))
    assert found.length == pytest.approx(expected, abs=1e-6)
    assert found.length > 18.0
    np.testing.assert_allclose(local(found.legs[0].xy), [(1, 1.5), left, right, (19, 1.5)],
                               atol=1e-6)
    # Without the hazard the way is straight.
    free = build_graph(corridor_with([]))
    assert route(free, point_place(free, at(1, 1.5), 0),
                 point_place(free, at(19, 1.5), 0)).length == pytest.approx(18.0)


def test_a_hazard_across_the_corridor_blocks_and_is_named():
    graph = build_graph(corridor_with([
        hazard("H1", [(9, 0), (11, 0), (11, 1.5), (9, 1.5)], 0.0),
        hazard("H2", [(10, 2.25)], 0.75)]))  # a point hazard: 9.25..10.75 x 1.5..3
    # The straight way from (1, 0.5) to (19, 2.5) would cross H1, then H2.
    with pytest.raises(NoRoute) as failure:
        route(graph, point_place(graph, at(1, 0.5), 0), point_place(graph, at(19, 2.5), 0))
    assert [graph.plan.hazards.ids[b.index] for b in failure.value.blockers] == ["H1", "H2"]


def test_hazards_only_count_on_their_own_level():
    graph = build_graph(corridor_with([hazard("H1", [(10, 1.5)], 5.0, ordinal=1)]))
    found = route(graph, point_place(graph, at(1, 1.5), 0), point_place(graph, at(19, 1.5), 0))
    assert found.length == pytest.approx(18.0)


def test_a_point_hazard_without_buffer_keeps_half_a_metre():
    graph = build_graph(corridor_with([hazard("H1", [(10, 1.5)], None)]))
    found = route(graph, point_place(graph, at(1, 1.5), 0), point_place(graph, at(19, 1.5), 0))
    # Around the square 9.5..10.5 x 1..2: one bend at a far corner clears the near one.
    beyond = (10.5 + D, 1 - D)
    assert found.length == pytest.approx(math.dist((1, 1.5), beyond)
                                         + math.dist(beyond, (19, 1.5)), abs=1e-6)
    assert len(found.legs[0].xy) == 3


# --- Buildings, rooms, bad input -----------------------------------------------------------------
def test_a_route_between_buildings_walks_outdoors_from_entrance_to_entrance():
    plan = floorplan(
        [space("Foyer A", [box(0, 0, 10, 10)], building="A"),
         space("Foyer B", [box(30, 0, 40, 10)], building="B")],
        [door("eA", (10, 4), (10, 6), category="entrance"),
         door("eB", (30, 4), (30, 6), category="entrance"),
         door("exit", (0, 4), (0, 5), category="emergency_exit")], [], [])
    graph = build_graph(plan)
    found = between(graph, "Foyer A", "Foyer B")
    assert found.length == pytest.approx(5 + 20 + 5)
    assert [leg.building for leg in found.legs] == ["A", None, "B"]
    steps = instructions(graph, found)
    assert steps[2].text["de"] == "Gehen Sie im Freien zum Gebäude „B“ (20 m)."


def test_rooms_by_id_or_name_and_the_errors():
    graph = build_graph(two_levels())
    assert find_room(graph, "Raum 1") == find_room(graph, " raum 1 ")
    assert graph.plan.spaces.ids[find_room(graph, "Treppe 0")] == "Treppe 0"
    with pytest.raises(UnknownRoom):
        find_room(graph, "Raum 9")
    plan = two_levels()
    plan.spaces.names[:] = ["Flur"] * len(plan.spaces.names)
    with pytest.raises(AmbiguousRoom) as ambiguous:
        find_room(build_graph(plan), "flur")
    assert len(ambiguous.value.matches) == len(plan.spaces.names)
    with pytest.raises(OutsideSpaces):
        point_place(graph, at(25, 1), 0)  # beside the building
    with pytest.raises(OutsideSpaces):
        point_place(graph, at(1, 1), 5)  # no such level


def test_a_room_without_a_door_has_no_route_and_no_blocker():
    plan = floorplan([space("Flur", [box(0, 0, 10, 3)]), space("Lager", [box(0, 3, 4, 6)])],
                     [], [], [])
    graph = build_graph(plan)
    with pytest.raises(NoRoute) as failure:
        between(graph, "Flur", "Lager")
    assert failure.value.blockers == []


def test_doors_and_connectors_that_touch_nothing_are_reported():
    plan = two_levels()
    plan.openings.a[0] += 100.0
    plan.openings.b[0] += 100.0
    plan.connectors.shafts[1] = ""
    plan.connectors.xy[2] += 100.0
    problems = build_graph(plan).problems
    assert problems.doors_without_space == [0]
    assert problems.connectors_outside == [2]
    # Stairs without a shaft; the lift and the other stairs lost their partners.
    assert sorted(problems.connectors_alone) == [0, 1, 3]


def test_cancel_stops_the_build():
    class Cancel:
        def setProgress(self, progress):
            pass

        def isCanceled(self):
            return True

    with pytest.raises(Canceled):
        build_graph(two_levels(), Cancel())
