"""Routes on the navigation graph: from a point or a room to a point or a room, by A* on the
walking (or wheelchair) time, barrier-free if asked; and, when there is no route, the places
that block it.

Pure numpy and heapq (no Qt, no QGIS). Positions in and out are in the floorplan's CRS.
"""

from __future__ import annotations

import difflib
import heapq
from dataclasses import dataclass, field

import numpy as np

from .indoor_geometry import interior_point, segments_enter_convex
from .indoor_graph import (
    RIDE,
    WALK,
    Graph,
    build_graph,
    inside_obstacles,
    visible_pairs,
)

DEFAULT_MIN_DOOR_WIDTH = 0.9  # m of clear width a wheelchair needs (DIN 18040)
DEFAULT_WALKING_SPEED = 1.3  # m/s
DEFAULT_WHEELCHAIR_SPEED = 1.0  # m/s
BARRIER_KINDS = ("stairs", "escalator")
# Seconds added per barred edge when looking for the fewest barriers to name.
_PENALTY = 1.0e5


@dataclass(frozen=True)
class Options:
    barrier_free: bool = False
    min_door_width: float = DEFAULT_MIN_DOOR_WIDTH
    walking_speed: float = DEFAULT_WALKING_SPEED
    wheelchair_speed: float = DEFAULT_WHEELCHAIR_SPEED

    @property
    def speed(self) -> float:
        return self.wheelchair_speed if self.barrier_free else self.walking_speed


@dataclass(frozen=True)
class Place:
    """A start or an end: a position (CRS units) in a space on an ordinal."""

    xy: np.ndarray
    ordinal: int
    space: int


@dataclass(frozen=True)
class Blocker:
    """A place that bars a route. ``kind``: space, door, connector or hazard (``index`` into
    the floorplan's records); ``reason``: space_closed, door_closed, door_narrow,
    door_width_unknown, connector_closed, connector_kind or hazard."""

    kind: str
    index: int
    reason: str


class NoRoute(Exception):
    """No route exists; ``blockers`` names what bars the best one there would be (empty when
    start and end are not connected at all)."""

    def __init__(self, blockers: list[Blocker], barrier_free: bool):
        super().__init__("no route")
        self.blockers, self.barrier_free = blockers, barrier_free


class UnknownRoom(Exception):
    """No space has this id or name."""


class AmbiguousRoom(Exception):
    """Several spaces have this name: ``matches`` lists them."""

    def __init__(self, matches: list[int]):
        super().__init__("ambiguous room")
        self.matches = matches


class OutsideSpaces(Exception):
    """A point lies in no space of its level."""


@dataclass
class Leg:
    """A stretch of the route on one level (or outdoors: ``building`` and ``level`` empty)."""

    building: str | None
    level: str | None
    ordinal: int
    xy: np.ndarray
    length: float
    seconds: float


@dataclass
class Part:
    """One piece of the route for the instructions: a walk through a space, a ride between
    levels, or a walk outdoors."""

    kind: int
    ref: int
    length: float
    seconds: float
    to_ordinal: int
    to_building: str | None


@dataclass
class Route:
    start: Place
    end: Place
    nodes: list[int]
    edges: list[int]
    legs: list[Leg]
    parts: list[Part]
    length: float
    seconds: float
    connectors: list[int] = field(default_factory=list)


def find_room(graph: Graph, text: str) -> int:
    """The space whose id is ``text``, else the only one named so (ignoring case)."""
    spaces = graph.plan.spaces
    wanted = text.strip()
    for index, space_id in enumerate(spaces.ids):
        if space_id == wanted:
            return index
    folded = wanted.casefold()
    matches = [i for i, name in enumerate(spaces.names) if (name or "").strip().casefold()
               == folded]
    if not matches:
        raise UnknownRoom(text)
    if len(matches) > 1:
        raise AmbiguousRoom(matches)
    return matches[0]


def similar_rooms(graph: Graph, text: str, count: int = 3) -> list[int]:
    """The spaces whose name or id reads most like ``text`` (a typo, another spelling),
    best first; at most ``count``, none that share less than half their letters."""
    spaces = graph.plan.spaces
    candidates: dict[str, list[int]] = {}
    for index, (space_id, name) in enumerate(zip(spaces.ids, spaces.names)):
        for word in (name, space_id):
            if word and word.strip():
                candidates.setdefault(word.strip().casefold(), []).append(index)
    found: list[int] = []
    for word in difflib.get_close_matches(text.strip().casefold(), list(candidates),
                                          n=count, cutoff=0.5):
        found.extend(i for i in candidates[word] if i not in found)
    return found[:count]


def room_place(graph: Graph, space: int) -> Place:
    """The room's centre (or a point inside it when the centre is not)."""
    rings = [ring - graph.origin for ring in graph.plan.spaces.rings(space)]
    point = interior_point(rings) + graph.origin
    return Place(point, int(graph.plan.spaces.ordinal[space]), space)


def point_place(graph: Graph, xy: tuple[float, float], ordinal: int) -> Place:
    """The place at ``xy`` on the level ``ordinal``; :class:`OutsideSpaces` if in no space."""
    local = np.asarray(xy, dtype=float)[None, :] - graph.origin
    space = int(graph.index.locate(local, np.array([ordinal]))[0])
    if space < 0:
        raise OutsideSpaces()
    return Place(np.asarray(xy, dtype=float), int(ordinal), space)


@dataclass(frozen=True)
class Barriers:
    """What a barrier-free route may not use: edges (walks through a closed space, rides on
    stairs, escalators or a closed connector) and nodes (doors too narrow or closed). A door
    counts when it is entered, so each passage through it counts once."""

    edges: np.ndarray
    nodes: np.ndarray


def barriers(graph: Graph, options: Options) -> Barriers:
    nodes = np.zeros(len(graph.xy), dtype=bool)
    if not options.barrier_free:
        return Barriers(np.zeros(len(graph.edge_u), dtype=bool), nodes)
    openings, connectors = graph.plan.openings, graph.plan.connectors
    width, accessible = openings.width, openings.accessible
    doors = (accessible == 0) | (np.isnan(width) & (accessible != 1)) \
        | (width < options.min_door_width - 1e-9)
    is_door = graph.node_door >= 0
    nodes[is_door] = doors[graph.node_door[is_door]]
    closed_connector = np.isin(np.array(connectors.kinds, dtype=object), BARRIER_KINDS) \
        | (connectors.accessible == 0)
    closed_space = graph.plan.spaces.accessible == 0
    kind, ref = graph.edge_kind, graph.edge_ref
    edges = (kind == WALK) & closed_space[np.where(kind == WALK, ref, 0)]
    ride = kind == RIDE
    low = graph.node_connector[np.where(ride, graph.edge_u, 0)]
    high = graph.node_connector[np.where(ride, graph.edge_v, 0)]
    edges |= ride & (closed_connector[low] | closed_connector[high])
    return Barriers(edges, nodes)


def _door_reason(graph: Graph, door: int, options: Options) -> str | None:
    openings = graph.plan.openings
    width, accessible = openings.width[door], openings.accessible[door]
    if width < options.min_door_width - 1e-9:
        return "door_narrow"
    if accessible == 0:
        return "door_closed"
    return "door_width_unknown" if np.isnan(width) and accessible != 1 else None


def _connector_reason(graph: Graph, connector: int) -> str | None:
    connectors = graph.plan.connectors
    if connectors.kinds[connector] in BARRIER_KINDS:
        return "connector_kind"
    return "connector_closed" if connectors.accessible[connector] == 0 else None


def route(graph: Graph, start: Place, end: Place, options: Options | None = None) -> Route:
    """The fastest route; :class:`NoRoute` names what blocks it when there is none."""
    options = options or Options()
    barred = barriers(graph, options)
    found = _search(graph, start, end, options, barred, penalty=None)
    if found is not None:
        return found
    # Hazards first: a barrier-free way that a hazard cuts is worth naming as such.
    blockers = _hazards_on(graph, start, end, options) if graph.obstacles else []
    if not blockers and options.barrier_free:
        relaxed = _search(graph, start, end, options, barred, penalty=_PENALTY)
        if relaxed is not None:
            blockers = _barriers_on(graph, relaxed, options)
    raise NoRoute(blockers, options.barrier_free)


def _hazards_on(graph: Graph, start: Place, end: Place, options: Options) -> list[Blocker]:
    """The hazards on the route there would be without any hazard."""
    open_graph = build_graph(graph.plan, with_hazards=False)
    unhindered = _search(open_graph, start, end, options, barriers(open_graph, options),
                         penalty=None)
    if unhindered is None:
        return []
    hits: list[int] = []
    for leg in unhindered.legs:
        local = leg.xy - graph.origin
        for hull, hazard, ordinal in zip(graph.obstacles, graph.obstacle_hazard,
                                         graph.obstacle_ordinal):
            if ordinal != leg.ordinal or hazard in hits:
                continue
            if inside_obstacles(local, [hull]).any() \
                    or segments_enter_convex(local[:-1], local[1:], hull).any():
                hits.append(int(hazard))
    return [Blocker("hazard", h, "hazard") for h in hits]


def _barriers_on(graph: Graph, found: Route, options: Options) -> list[Blocker]:
    """What a barrier-free route may not pass, along a route, in order, each once."""
    blockers: list[Blocker] = []

    def add(blocker: Blocker) -> None:
        if blocker not in blockers:
            blockers.append(blocker)

    spaces, connectors = graph.plan.spaces, graph.plan.connectors
    door_count = len(graph.plan.openings.ids)
    # A stairwell is named as its stairs, once per shaft, not as a closed space per level.
    shaft_spaces = {int(graph.node_space[door_count + c]) for c in found.connectors}
    shafts = set()
    for edge, (u, v) in zip(found.edges, zip(found.nodes, found.nodes[1:])):
        kind, ref = _edge_kind_ref(graph, edge, found)
        if kind == WALK and spaces.accessible[ref] == 0 and ref not in shaft_spaces:
            add(Blocker("space", ref, "space_closed"))
        if kind == RIDE:
            for node in (u, v):
                connector = int(graph.node_connector[node])
                reason = _connector_reason(graph, connector)
                if reason and connectors.shafts[connector] not in shafts:
                    shafts.add(connectors.shafts[connector])
                    add(Blocker("connector", connector, reason))
        for node in (u, v):
            if node < len(graph.xy) and graph.node_door[node] >= 0:
                reason = _door_reason(graph, int(graph.node_door[node]), options)
                if reason:
                    add(Blocker("door", int(graph.node_door[node]), reason))
    return blockers


def _edge_kind_ref(graph: Graph, edge: int, found: Route) -> tuple[int, int]:
    if edge >= 0:
        return int(graph.edge_kind[edge]), int(graph.edge_ref[edge])
    # Edges to the start or end run inside their space.
    return WALK, found.start.space if edge == -1 else found.end.space


def _links(graph: Graph, place: Place) -> tuple[np.ndarray, np.ndarray]:
    """The graph nodes a place sees in its space, and their distances."""
    nodes = graph.space_nodes[place.space]
    proxies = graph.space_proxies[place.space]
    point = place.xy - graph.origin
    if not len(nodes):
        return nodes, np.zeros(0)
    if graph.space_simple[place.space]:
        seen = np.arange(len(nodes))
    else:
        points = np.vstack([point[None, :], proxies])
        _, j = visible_pairs(points, place.space, graph.index,
                             graph.obstacles_near(place.space), sources=np.array([0]))
        seen = j - 1
    nodes = nodes[seen]
    return nodes, np.hypot(*(graph.xy[nodes] - point).T)


def _search(graph: Graph, start: Place, end: Place, options: Options, barred: Barriers,
            penalty: float | None) -> Route | None:
    """A* from start to end. Barriers are left out, or each costs ``penalty`` seconds more."""
    speed = options.speed
    count = len(graph.xy)
    source, target = count, count + 1
    positions = np.vstack([graph.xy, (start.xy - graph.origin)[None, :],
                           (end.xy - graph.origin)[None, :]])
    surcharge = penalty if penalty is not None else np.inf
    edge_cost = graph.edge_length / speed + graph.edge_seconds \
        + np.where(barred.edges, surcharge, 0.0)
    arc_cost = edge_cost[graph.arc_edge] + np.where(barred.nodes[graph.arc_to], surcharge, 0.0)
    accessible = graph.plan.spaces.accessible
    closed_start = options.barrier_free and accessible[start.space] == 0
    closed_end = options.barrier_free and accessible[end.space] == 0

    out_nodes, out_distance = _links(graph, start)
    in_nodes, in_distance = _links(graph, end)
    # Leaving the start enters a door (counted there); arriving at the end enters none.
    out_cost = out_distance / speed + np.where(barred.nodes[out_nodes] | closed_start,
                                               surcharge, 0.0)
    in_cost = in_distance / speed + np.where(closed_end, surcharge, 0.0)
    to_target = dict(zip(in_nodes.tolist(), in_cost.tolist()))
    direct = None
    if start.space == end.space:
        local = np.vstack([positions[source], positions[target]])
        if graph.space_simple[start.space] or len(visible_pairs(
                local, start.space, graph.index, graph.obstacles_near(start.space))[0]):
            direct = float(np.hypot(*(local[1] - local[0]))) / speed
            if closed_start:
                direct += surcharge

    goal = positions[target]
    dist = np.full(count + 2, np.inf)
    previous = np.full(count + 2, -1)
    via = np.full(count + 2, -3)  # edge index, -1 from the start, -2 to the end
    closed = np.zeros(count + 2, dtype=bool)
    dist[source] = 0.0
    heap = [(0.0, source)]

    def heuristic(nodes):
        return np.hypot(*(positions[nodes] - goal).T) / speed

    def relax(node, to, cost, edges):
        candidate = dist[node] + cost
        better = candidate < dist[to]
        if not better.any():
            return
        to, candidate = to[better], candidate[better]
        dist[to] = candidate
        previous[to] = node
        via[to] = edges[better]
        for item in zip((candidate + heuristic(to)).tolist(), to.tolist()):
            heapq.heappush(heap, item)

    while heap:
        _, node = heapq.heappop(heap)
        if closed[node]:
            continue
        closed[node] = True
        if node == target:
            break
        if node == source:
            relax(node, out_nodes, out_cost, np.full(len(out_nodes), -1))
            if direct is not None and np.isfinite(direct):
                relax(node, np.array([target]), np.array([direct]), np.array([-1]))
            continue
        lo, hi = graph.arc_start[node], graph.arc_start[node + 1]
        if hi > lo:
            relax(node, graph.arc_to[lo:hi], arc_cost[lo:hi], graph.arc_edge[lo:hi])
        if node in to_target:
            relax(node, np.array([target]), np.array([to_target[node]]), np.array([-2]))
    if not np.isfinite(dist[target]):
        return None
    nodes, edges = [target], []
    while nodes[-1] != source:
        edges.append(int(via[nodes[-1]]))
        nodes.append(int(previous[nodes[-1]]))
    nodes.reverse()
    edges.reverse()
    return _describe(graph, start, end, nodes, edges, positions, options)


def _describe(graph: Graph, start: Place, end: Place, nodes: list[int], edges: list[int],
              positions: np.ndarray, options: Options) -> Route:
    """Legs per level and parts for the instructions of a found path."""
    spaces = graph.plan.spaces
    route = Route(start, end, nodes, edges, [], [], 0.0, 0.0)
    speed = options.speed
    world = positions + graph.origin
    for index, edge in enumerate(edges):
        u, v = nodes[index], nodes[index + 1]
        kind, ref = _edge_kind_ref(graph, edge, route)
        length = float(np.hypot(*(positions[v] - positions[u])))
        seconds = length / speed + (float(graph.edge_seconds[edge]) if edge >= 0 else 0.0)
        route.length += length
        route.seconds += seconds
        ordinal = int(graph.node_ordinal[v]) if v < len(graph.xy) else end.ordinal
        if kind == RIDE:
            route.connectors += [int(graph.node_connector[u]), int(graph.node_connector[v])]
        # A ride or an outdoor walk leads into the building of the node it ends at.
        arrival = spaces.building[ref] if kind == WALK else \
            spaces.building[int(graph.node_space[v])]
        _extend_parts(route, kind, ref, length, seconds, ordinal, arrival)
        if kind == RIDE:
            continue
        building = arrival if kind == WALK else None
        level = spaces.level[ref] if kind == WALK else None
        leg_ordinal = int(spaces.ordinal[ref]) if kind == WALK else \
            int(graph.node_ordinal[u])
        last = route.legs[-1] if route.legs else None
        if (last is not None and last.level == level and last.building == building
                and last.ordinal == leg_ordinal
                and np.allclose(last.xy[-1], world[u], rtol=0.0, atol=1e-6)):
            last.xy = np.vstack([last.xy, world[v][None, :]])
            last.length += length
            last.seconds += length / speed
        else:
            route.legs.append(Leg(building, level, leg_ordinal,
                                  np.vstack([world[u], world[v]]), length, length / speed))
    return route


def _extend_parts(route: Route, kind: int, ref: int, length: float, seconds: float,
                  ordinal: int, building: str | None) -> None:
    last = route.parts[-1] if route.parts else None
    same = last is not None and last.kind == kind and (kind != WALK or last.ref == ref)
    if same:
        last.length += length
        last.seconds += seconds
        last.to_ordinal = ordinal
        return
    route.parts.append(Part(kind, ref, length, seconds, ordinal, building))

