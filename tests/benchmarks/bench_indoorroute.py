"""Benchmark: the indoor navigation graph plus one route on a generated venue of 3 buildings
× 10 levels × 500 spaces per level (the issue's target: under 2 s).

    .venv/bin/python tests/benchmarks/bench_indoorroute.py            # the issue's target
    .venv/bin/python tests/benchmarks/bench_indoorroute.py --smoke    # a small venue

Each level of each building is a spine corridor with ten wings; a wing is a corridor with
rooms on both sides, each with its door (0.8 to 1.2 m wide, some L-shaped rooms), and two
hazards lie in corridors on every level. An elevator and a staircase beside the spine join
the levels, entrances on the ground floor join the buildings. The route runs barrier-free
from a room at the far end of the first building's ground floor to the far end of the last
building's top floor. Nothing here asserts a time: it measures and prints.
"""

from __future__ import annotations

import json
import time

import numpy as np
from benchmark_support import use_plugin, venue_arguments

TARGET_SECONDS = 2.0
ROOM_WIDTH, ROOM_DEPTH, CORRIDOR = 4.0, 6.0, 3.0
WING = 2 * ROOM_DEPTH + CORRIDOR
WINGS = 10
BUILDING_GAP = 60.0


def main() -> None:
    args = venue_arguments(__doc__, smoke=(3, 3, 60))
    print(json.dumps(run(args.buildings, args.levels, args.spaces), indent=2))


def _import_engine():
    use_plugin()
    from heilbronn_digital.heilbronn_digital_plugin.analysis import indoor_graph, indoor_route
    return indoor_graph, indoor_route


def generate_venue(buildings: int, levels: int, spaces_per_level: int, seed: int = 1):
    """The venue as a Floorplan, and the names of the two rooms the route joins."""
    indoor_graph, _ = _import_engine()
    rng = np.random.default_rng(seed)
    rooms_per_level = spaces_per_level - (WINGS + 3)  # the spine, lift, stairs, wing corridors
    if rooms_per_level < 2 * WINGS:
        raise ValueError(f"at least {3 * WINGS + 3} spaces per level")
    per_wing = np.full(WINGS, rooms_per_level // WINGS)
    per_wing[:rooms_per_level % WINGS] += 1
    width = 4.0 + int(np.ceil(per_wing.max() / 2)) * ROOM_WIDTH
    records = {"spaces": [], "openings": [], "connectors": [], "hazards": []}
    for b in range(buildings):
        for level in range(levels):
            floor = _Floor(f"B{b}", level, b * (width + BUILDING_GAP) + 5.0, records)
            floor.build(per_wing, width, rng)
    plan = indoor_graph.floorplan(**records)
    top = f"B{buildings - 1}-L{levels - 1}"
    return plan, _far_room(records["openings"], "B0-L0"), _far_room(records["openings"], top)


class _Floor:
    """One level of one building, drawn from x0 eastwards."""

    def __init__(self, building: str, level: int, x0: float, records: dict):
        self.building, self.level, self.x0, self.records = building, level, x0, records
        self.name = f"{building}-L{level}"

    def space(self, label, ring, category="room", accessible=1) -> None:
        self.records["spaces"].append({
            "building": self.building, "level": self.name, "ordinal": self.level,
            "id": f"{self.name}-{label}", "name": f"{self.name} {label}",
            "category": category, "accessible": accessible,
            "rings": [[(self.x0 + x, y) for x, y in ring]]})

    def door(self, label, a, b, width=1.0, category="door") -> None:
        self.records["openings"].append({
            "id": f"{self.name}-{label}", "category": category, "ordinal": self.level,
            "width": width, "accessible": int(width >= 0.9),
            "a": (self.x0 + a[0], a[1]), "b": (self.x0 + b[0], b[1])})

    def build(self, per_wing: np.ndarray, width: float, rng: np.random.Generator) -> None:
        self.space("spine", _box(0, 0, 4, WINGS * WING), "corridor")
        self.space("lift", _box(-3, 70, 0, 73), "elevator")
        self.space("stairs", _box(-3, 75, 0, 80), "stairs", accessible=0)
        self.door("lift-door", (0, 71), (0, 72))
        self.door("stairs-door", (0, 77), (0, 78))
        for kind, y, label in (("elevator", 71.5, "lift"), ("stairs", 77.5, "stairs")):
            self.records["connectors"].append({
                "id": f"{self.name}-{label}", "kind": kind, "name": label,
                "shaft": f"{self.building}-{label}", "ordinal": self.level, "accessible": 1,
                "xy": (self.x0 - 1.5, y)})
        if self.level == 0:
            self.door("entrance", (1, 0), (3, 0), 2.0, "entrance")
        for wing in range(WINGS):
            self._wing(wing, int(per_wing[wing]), width, rng)
        for number in range(2):
            hx = self.x0 + float(rng.uniform(5.0, width - 2.0))
            hy = int(rng.integers(WINGS)) * WING + ROOM_DEPTH
            self.records["hazards"].append({
                "id": f"{self.name}-H{number}", "name": "Baustelle", "ordinal": self.level,
                "buffer": 0.3, "vertices": _box(hx, hy, hx + 1, hy + 1)})

    def _wing(self, wing: int, rooms: int, width: float, rng: np.random.Generator) -> None:
        """A corridor off the spine with rooms on both sides."""
        y0 = wing * WING
        south_wall, north_wall = y0 + ROOM_DEPTH, y0 + ROOM_DEPTH + CORRIDOR
        self.space(f"w{wing}", _box(4, south_wall, width, north_wall), "corridor")
        self.door(f"w{wing}-door", (4, south_wall + 1), (4, south_wall + 2), 1.5)
        for room in range(rooms):
            south = room % 2 == 0
            rx = 4 + room // 2 * ROOM_WIDTH
            ry0, ry1 = (y0, south_wall) if south else (north_wall, y0 + WING)
            ring = _box(rx, ry0, rx + ROOM_WIDTH, ry1)
            if room % 25 == 7:  # some L-shaped rooms, notched away from the door
                ring = _notched(rx, ry0, ry1, south)
            self.space(f"w{wing}-r{room}", ring)
            wall = south_wall if south else north_wall
            self.door(f"w{wing}-r{room}-door", (rx + 1.5, wall), (rx + 2.5, wall),
                      float(rng.choice([0.8, 0.9, 1.0, 1.2])))


def _far_room(openings: list[dict], level: str) -> str:
    """The room farthest down the last wing of a level whose door a wheelchair passes."""
    prefix = f"{level}-w{WINGS - 1}-r"
    doors = [o for o in openings if o["id"].startswith(prefix) and o["width"] >= 0.9]
    far = max(doors, key=lambda o: o["a"][0])
    return f"{level} {far['id'][len(level) + 1:-len('-door')]}"


def _box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _notched(rx, ry0, ry1, south):
    """A room with its far corner (away from the corridor) cut out: an L."""
    x1, mid = rx + ROOM_WIDTH, rx + ROOM_WIDTH / 2
    if south:
        return [(rx, ry0), (mid, ry0), (mid, ry0 + 2), (x1, ry0 + 2), (x1, ry1), (rx, ry1)]
    return [(rx, ry0), (x1, ry0), (x1, ry1 - 2), (mid, ry1 - 2), (mid, ry1), (rx, ry1)]


def run(buildings: int, levels: int, spaces_per_level: int) -> dict:
    indoor_graph, indoor_route = _import_engine()
    plan, start_room, end_room = generate_venue(buildings, levels, spaces_per_level)
    began = time.perf_counter()
    graph = indoor_graph.build_graph(plan)
    built = time.perf_counter()
    start = indoor_route.room_place(graph, indoor_route.find_room(graph, start_room))
    end = indoor_route.room_place(graph, indoor_route.find_room(graph, end_room))
    found = indoor_route.route(graph, start, end, indoor_route.Options(barrier_free=True))
    finished = time.perf_counter()
    total = finished - began
    kinds = [plan.connectors.kinds[c] for c in found.connectors]
    return {
        "buildings": buildings, "levels": levels, "spaces": len(plan.spaces.ids),
        "openings": len(plan.openings.ids), "hazards": len(plan.hazards.ids),
        "nodes": int(len(graph.xy)), "edges": int(len(graph.edge_u)),
        "graph_seconds": round(built - began, 3), "route_seconds": round(finished - built, 3),
        "total_seconds": round(total, 3), "target_seconds": TARGET_SECONDS,
        "share_of_target": round(total / TARGET_SECONDS, 3),
        "route_length_m": round(found.length, 1), "route_minutes": round(found.seconds / 60, 1),
        "connector_kinds": sorted(set(kinds)),
        "buildings_on_route": sorted({leg.building for leg in found.legs if leg.building}),
    }


if __name__ == "__main__":
    main()
