"""The routing engine on a real IMDF export (../shared/fixtures/imdf/spbstu_polytech: a campus
with 144 units and 142 openings, drawn by hand, with walkways that are not convex).

The fixture is read here with a few lines of plain JSON (units, openings, levels; lon/lat to
local metres by an equirectangular projection, exact to millimetres over a campus): the
plugin's IMDF importer is built elsewhere, and this test is about the engine on real geometry.
"""

import json
import math

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.indoor_graph import (
    build_graph,
    floorplan,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.indoor_route import (
    find_room,
    room_place,
    route,
)

LON0, LAT0 = 30.373, 60.006


def _metres(coordinate) -> tuple[float, float]:
    lon, lat = coordinate[:2]
    return ((lon - LON0) * math.cos(math.radians(LAT0)) * 111_320.0,
            (lat - LAT0) * 110_540.0)


@pytest.fixture(scope="module")
def campus(fixtures_dir):
    folder = fixtures_dir / "imdf" / "spbstu_polytech"

    def features(name):
        return json.loads((folder / f"{name}.geojson").read_text(encoding="utf-8"))["features"]

    levels = {level["id"]: level["properties"]["ordinal"] for level in features("level")}
    spaces = []
    for unit in features("unit"):
        name = unit["properties"]["name"]
        rings = unit["geometry"]["coordinates"]
        spaces.append({
            "id": unit["id"], "name": next(iter(name.values())) if name else "",
            "category": unit["properties"]["category"], "building": "campus",
            "level": unit["properties"]["level_id"],
            "ordinal": levels[unit["properties"]["level_id"]],
            "rings": [[_metres(c) for c in ring[:-1]] for ring in rings]})
    openings = [{
        "id": opening["id"], "category": opening["properties"]["category"],
        "ordinal": levels[opening["properties"]["level_id"]],
        "a": _metres(opening["geometry"]["coordinates"][0]),
        "b": _metres(opening["geometry"]["coordinates"][-1])}
        for opening in features("opening")]
    return floorplan(spaces, openings, [], [])


def test_every_real_opening_meets_a_unit(campus):
    graph = build_graph(campus)
    assert len(campus.openings.ids) == 142
    assert graph.problems.doors_without_space == []
    assert not graph.space_simple.all()  # some units need the visibility graph


def test_a_route_across_the_campus_stays_inside_the_units(campus):
    graph = build_graph(campus)
    found = route(graph, room_place(graph, find_room(graph, "Кабинет 184")),
                  room_place(graph, find_room(graph, "Кабинет 101")))
    assert found.length > 100
    for leg in found.legs:
        local = leg.xy - graph.origin
        for a, b in zip(local, local[1:]):
            # Points along each piece (ends excluded: doors sit on the walls between units).
            samples = a + np.linspace(0.05, 0.95, 19)[:, None] * (b - a)
            spaces = graph.index.locate(samples, np.full(len(samples), leg.ordinal))
            assert (spaces >= 0).all(), f"a piece of the route leaves the units near {a}"
            assert len(set(spaces.tolist())) == 1  # each straight piece in one unit
