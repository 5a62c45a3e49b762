"""The navigation graph of a venue's floorplans: doors, vertical connectors and the corners a
path must bend around are nodes; an edge is a straight walk that stays inside one space and
clear of every hazard, a ride between two levels, or a walk outdoors between buildings.

Pure numpy (no Qt, no QGIS). Everything is matched by level ordinal and position, so doors
between buildings on the same ordinal join them. Inside a convex space without hazards every
two nodes see each other; other spaces get a visibility graph over their nodes, reflex corners
and the corners of the hazards in them (grown by their buffer), with segment-in-polygon tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .indoor_geometry import (
    convex_hull,
    points_in_rings,
    proper_crossings,
    reflex_corners,
    segments_enter_convex,
    signed_area,
    square_buffer,
)
from .progress import Progress, Silent, step

CONNECTOR_KINDS = ("elevator", "stairs", "escalator", "ramp")
# Seconds for a ride between two adjacent levels (plus the wait for an elevator, once).
RIDE_SECONDS = {"elevator": 4.0, "stairs": 15.0, "escalator": 10.0, "ramp": 25.0}
ELEVATOR_WAIT_SECONDS = 30.0
# Doors are tried this far into the spaces on either side (m): walls may have a thickness.
DOOR_PROBES = (0.05, 0.3)
# Paths bend this far away from a reflex corner or a hazard's corner (m).
CORNER_INSET = 0.1
# Hazards given as points with no buffer still keep walkers this far away (m).
POINT_HAZARD_BUFFER = 0.5
WALK, RIDE, OUTDOOR = 0, 1, 2


@dataclass
class Spaces:
    """Polygons (possibly with holes) with their attributes. Ring ``r`` holds the vertices
    ``coords[ring_start[r]:ring_start[r + 1]]`` (not closed), belongs to space ``ring_space[r]``
    and is a hole when ``ring_hole[r]``. ``accessible`` is 1, 0, or -1 for unknown."""

    ids: list[str]
    names: list[str]
    categories: list[str]
    building: list[str]
    level: list[str]
    ordinal: np.ndarray
    accessible: np.ndarray
    coords: np.ndarray
    ring_start: np.ndarray
    ring_space: np.ndarray
    ring_hole: np.ndarray

    def rings(self, space: int) -> list[np.ndarray]:
        first = np.searchsorted(self.ring_space, space)
        last = np.searchsorted(self.ring_space, space, side="right")
        return [self.coords[self.ring_start[r]:self.ring_start[r + 1]] for r in range(first, last)]


@dataclass
class Openings:
    """Doors as lines on the wall; ``width`` is NaN when unknown."""

    ids: list[str]
    categories: list[str]
    ordinal: np.ndarray
    width: np.ndarray
    accessible: np.ndarray
    a: np.ndarray
    b: np.ndarray


@dataclass
class Connectors:
    """Where elevators, stairs, escalators and ramps join a level; one ``shaft`` links them."""

    ids: list[str]
    kinds: list[str]
    names: list[str]
    shafts: list[str]
    ordinal: np.ndarray
    accessible: np.ndarray
    xy: np.ndarray


@dataclass
class Hazards:
    """Obstacles to avoid: rings (a single vertex is a point) grown by ``buffer`` metres."""

    ids: list[str]
    names: list[str]
    ordinal: np.ndarray
    buffer: np.ndarray
    vertices: list[np.ndarray]


@dataclass
class Floorplan:
    spaces: Spaces
    openings: Openings
    connectors: Connectors
    hazards: Hazards


def floorplan(spaces: list[dict], openings: list[dict], connectors: list[dict],
              hazards: list[dict]) -> Floorplan:
    """A floorplan from plain records (what a reader or a test has at hand):

    * space: id, name, category, building, level, ordinal, accessible (1, 0 or None),
      rings (exterior first, then holes) and optionally holes (a flag per ring, for
      multipolygons);
    * opening: id, category, ordinal, width (None: unknown), accessible, a, b (wall ends);
    * connector: id, kind, name, shaft, ordinal, accessible, xy;
    * hazard: id, name, ordinal, buffer, vertices (one vertex: a point).
    """
    coords, ring_start, ring_space, ring_hole = [], [0], [], []
    for number, space in enumerate(spaces):
        rings = [np.asarray(ring, dtype=float).reshape(-1, 2) for ring in space["rings"]]
        holes = space.get("holes") or [index > 0 for index in range(len(rings))]
        for ring, hole in zip(rings, holes):
            coords.append(ring)
            ring_start.append(ring_start[-1] + len(ring))
            ring_space.append(number)
            ring_hole.append(bool(hole))

    def column(records, key, default=""):
        return [default if r.get(key) is None else r[key] for r in records]

    def flags(records):
        return np.array(column(records, "accessible", -1), dtype=np.int64).reshape(-1)

    def points(records, key):
        return np.array([r[key] for r in records], dtype=float).reshape(-1, 2)

    return Floorplan(
        Spaces(column(spaces, "id"), column(spaces, "name"), column(spaces, "category"),
               column(spaces, "building"), column(spaces, "level"),
               np.array(column(spaces, "ordinal", 0), dtype=np.int64), flags(spaces),
               np.concatenate(coords) if coords else np.zeros((0, 2)),
               np.array(ring_start, dtype=np.int64), np.array(ring_space, dtype=np.int64),
               np.array(ring_hole, dtype=bool)),
        Openings(column(openings, "id"), column(openings, "category"),
                 np.array(column(openings, "ordinal", 0), dtype=np.int64),
                 np.array(column(openings, "width", np.nan), dtype=float), flags(openings),
                 points(openings, "a"), points(openings, "b")),
        Connectors(column(connectors, "id"), column(connectors, "kind"),
                   column(connectors, "name"), column(connectors, "shaft"),
                   np.array(column(connectors, "ordinal", 0), dtype=np.int64),
                   flags(connectors), points(connectors, "xy")),
        Hazards(column(hazards, "id"), column(hazards, "name"),
                np.array(column(hazards, "ordinal", 0), dtype=np.int64),
                np.array(column(hazards, "buffer", 0.0), dtype=float),
                [np.asarray(h["vertices"], dtype=float).reshape(-1, 2) for h in hazards]))


@dataclass
class Problems:
    """What the graph had to leave out, for the log (indices into the floorplan's records)."""

    doors_without_space: list[int] = field(default_factory=list)
    connectors_outside: list[int] = field(default_factory=list)
    connectors_alone: list[int] = field(default_factory=list)


@dataclass
class Graph:
    """Nodes (plan position, ordinal, what they are) and undirected edges; coordinates are
    local, relative to ``origin``. ``node_door``/``node_connector`` are -1 for other nodes.
    A WALK edge's ``ref`` is its space, a RIDE edge's its lower connector, OUTDOOR's -1."""

    plan: Floorplan
    origin: np.ndarray
    xy: np.ndarray
    node_ordinal: np.ndarray
    node_door: np.ndarray
    node_connector: np.ndarray
    node_space: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_seconds: np.ndarray
    edge_kind: np.ndarray
    edge_ref: np.ndarray
    # Per space: the nodes that lie in it (for starts and ends), and whether it is simple
    # (convex, no hazard): then every point in it sees every node.
    space_nodes: list[np.ndarray]
    space_proxies: list[np.ndarray]
    space_simple: np.ndarray
    index: SpaceIndex
    obstacles: list[np.ndarray]
    obstacle_hazard: np.ndarray
    obstacle_ordinal: np.ndarray
    problems: Problems
    # Both directions of every edge, sorted by their first node (compressed sparse rows).
    arc_start: np.ndarray = field(init=False)
    arc_to: np.ndarray = field(init=False)
    arc_edge: np.ndarray = field(init=False)

    def obstacles_near(self, space: int) -> list[np.ndarray]:
        """The hazards (grown by their buffer) on the space's level over its bounding box."""
        return near_obstacles(self.obstacles, self.obstacle_ordinal, self.index, space)

    def __post_init__(self) -> None:
        tail = np.concatenate([self.edge_u, self.edge_v])
        order = np.argsort(tail, kind="stable")
        self.arc_to = np.concatenate([self.edge_v, self.edge_u])[order]
        self.arc_edge = np.concatenate([np.arange(len(self.edge_u))] * 2)[order]
        self.arc_start = np.searchsorted(tail[order], np.arange(len(self.xy) + 1))


class SpaceIndex:
    """Which space of an ordinal contains a point: a uniform grid over the spaces' bounding
    boxes gives candidates, an even-odd test decides."""

    def __init__(self, spaces: Spaces, local: np.ndarray):
        self.count = len(spaces.ids)
        ring_lengths = np.diff(spaces.ring_start)
        vertex_ring = np.repeat(np.arange(len(ring_lengths)), ring_lengths)
        nxt = np.arange(len(local)) + 1
        ends = spaces.ring_start[1:] - 1
        nxt[ends] = spaces.ring_start[:-1]
        self.edge_a, self.edge_b = local, local[nxt]
        self.edge_space = spaces.ring_space[vertex_ring]
        self.edge_start = np.searchsorted(self.edge_space, np.arange(self.count + 1))
        lo = np.full((self.count, 2), np.inf)
        hi = np.full((self.count, 2), -np.inf)
        np.minimum.at(lo, self.edge_space, local)
        np.maximum.at(hi, self.edge_space, local)
        self.lo, self.hi = lo, hi
        self.ordinal = spaces.ordinal.astype(np.int64)
        sizes = np.maximum(hi - lo, 1e-3).max(axis=1)
        self.cell = max(float(np.median(sizes)) if self.count else 1.0, 1.0)
        c0, c1 = self._cells(lo), self._cells(hi)
        nx, ny = c1[:, 0] - c0[:, 0] + 1, c1[:, 1] - c0[:, 1] + 1
        owner = np.repeat(np.arange(self.count), nx * ny)
        offset = np.arange(len(owner)) - np.repeat(np.cumsum(nx * ny) - nx * ny, nx * ny)
        cx = c0[owner, 0] + offset % nx[owner]
        cy = c0[owner, 1] + offset // nx[owner]
        keys = self._key(self.ordinal[owner], cx, cy)
        order = np.argsort(keys, kind="stable")
        self.keys, self.owner = keys[order], owner[order]

    def _cells(self, xy: np.ndarray) -> np.ndarray:
        return np.floor(xy / self.cell).astype(np.int64)

    @staticmethod
    def _key(ordinal, cx, cy):
        return ((ordinal + 4096) << 44) + ((cx + (1 << 21)) << 22) + (cy + (1 << 21))

    def locate(self, xy: np.ndarray, ordinal: np.ndarray) -> np.ndarray:
        """The space containing each point on its ordinal, or -1."""
        found = np.full(len(xy), -1)
        if not len(xy) or not self.count:
            return found
        cells = self._cells(xy)
        keys = self._key(np.asarray(ordinal, dtype=np.int64), cells[:, 0], cells[:, 1])
        first = np.searchsorted(self.keys, keys)
        last = np.searchsorted(self.keys, keys, side="right")
        point = np.repeat(np.arange(len(xy)), last - first)
        slot = np.arange(len(point)) - np.repeat(np.cumsum(last - first) - (last - first),
                                                  last - first) + first[point]
        space = self.owner[slot]
        boxed = np.all((xy[point] >= self.lo[space]) & (xy[point] <= self.hi[space]), axis=1)
        point, space = point[boxed], space[boxed]
        inside = self.contains(xy[point], space)
        # Spaces tile a level; where bad data overlaps them, the first listed wins.
        hit, first = np.unique(point[inside], return_index=True)
        found[hit] = space[inside][first]
        return found

    def contains(self, xy: np.ndarray, space: np.ndarray) -> np.ndarray:
        """Whether point ``i`` lies in space ``space[i]``."""
        counts = self.edge_start[space + 1] - self.edge_start[space]
        owner = np.repeat(np.arange(len(space)), counts)
        edge = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts) \
            + self.edge_start[space][owner]
        a, b = self.edge_a[edge], self.edge_b[edge]
        return points_in_rings(xy[:, 0], xy[:, 1], a[:, 0], a[:, 1], b[:, 0], b[:, 1],
                               owner, len(space))

    def edges_of(self, space: int) -> tuple[np.ndarray, np.ndarray]:
        sl = slice(self.edge_start[space], self.edge_start[space + 1])
        return self.edge_a[sl], self.edge_b[sl]


def build_graph(plan: Floorplan, progress: Progress | None = None,
                with_hazards: bool = True) -> Graph:
    """The navigation graph of ``plan``; ``with_hazards=False`` ignores the hazards (to find
    which hazard blocks a route that has none)."""
    progress = progress or Silent()
    spaces = plan.spaces
    origin = spaces.coords.min(axis=0) if len(spaces.coords) else np.zeros(2)
    local = spaces.coords - origin
    index = SpaceIndex(spaces, local)
    problems = Problems()
    step(progress, 5, 100)

    openings, connectors = plan.openings, plan.connectors
    mid, sides, members = _door_nodes(openings, index, origin)
    problems.doors_without_space = np.flatnonzero(sides == 0).tolist()
    door_count = len(mid)
    step(progress, 20, 100)

    # Connectors: a node where they stand, in the space around them.
    conn_xy = connectors.xy - origin if len(connectors.ids) else np.zeros((0, 2))
    conn_space = index.locate(conn_xy, connectors.ordinal)
    problems.connectors_outside = np.flatnonzero(conn_space < 0).tolist()
    placed = np.flatnonzero(conn_space >= 0)
    members.append((door_count + placed, conn_space[placed], conn_xy[placed]))
    member_node, member_space, member_proxy = (np.concatenate(column) for column in
                                               zip(*members))
    xy = [mid, conn_xy]
    node_ordinal = [openings.ordinal, connectors.ordinal]
    node_count = door_count + len(conn_xy)

    obstacles, obstacle_hazard, obstacle_ordinal = _obstacles(plan.hazards, origin,
                                                              with_hazards)
    simple = _simple_spaces(spaces, index, obstacles, obstacle_ordinal)
    order = np.argsort(member_space, kind="stable")
    member_node, member_space, member_proxy = (member_node[order], member_space[order],
                                               member_proxy[order])
    bounds = np.searchsorted(member_space, np.arange(len(spaces.ids) + 1))
    space_nodes = [member_node[bounds[s]:bounds[s + 1]] for s in range(len(spaces.ids))]
    space_proxies = [member_proxy[bounds[s]:bounds[s + 1]] for s in range(len(spaces.ids))]
    step(progress, 35, 100)

    edges = [_clique_edges(member_node, member_space, simple)]
    corner_space = []
    # Complex spaces: corners become nodes, and only pairs that see each other are joined.
    complex_spaces = np.flatnonzero(~simple)
    for done, space in enumerate(complex_spaces):
        if done % 50 == 0:
            step(progress, 35 + 50 * done / max(len(complex_spaces), 1), 100)
        near = near_obstacles(obstacles, obstacle_ordinal, index, space)
        corners = _corner_points(spaces, space, index, near)
        ids = np.arange(node_count, node_count + len(corners))
        node_count += len(corners)
        xy.append(corners)
        node_ordinal.append(np.full(len(corners), spaces.ordinal[space]))
        nodes = np.concatenate([space_nodes[space], ids])
        proxies = np.concatenate([space_proxies[space], corners])
        space_nodes[space], space_proxies[space] = nodes, proxies
        i, j = visible_pairs(proxies, space, index, near)
        edges.append((nodes[i], nodes[j], np.full(len(i), space)))
        corner_space.append(np.full(len(corners), space))
    xy = np.concatenate(xy) if node_count else np.zeros((0, 2))
    node_ordinal = np.concatenate(node_ordinal).astype(np.int64)
    u = np.concatenate([e[0] for e in edges]).astype(np.int64)
    v = np.concatenate([e[1] for e in edges]).astype(np.int64)
    ref = np.concatenate([e[2] for e in edges]).astype(np.int64)
    length = np.hypot(*(xy[u] - xy[v]).T)
    kind = np.full(len(u), WALK)
    seconds = np.zeros(len(u))
    step(progress, 88, 100)

    ride = _ride_edges(connectors, conn_space, door_count, xy, problems)
    outdoor = _outdoor_edges(openings, sides, member_node, member_space, spaces, xy)
    for extra in (ride, outdoor):
        u, v = np.concatenate([u, extra[0]]), np.concatenate([v, extra[1]])
        length = np.concatenate([length, extra[2]])
        seconds = np.concatenate([seconds, extra[3]])
        kind = np.concatenate([kind, extra[4]])
        ref = np.concatenate([ref, extra[5]])
    node_door = np.full(node_count, -1)
    node_door[:door_count] = np.arange(door_count)
    node_connector = np.full(node_count, -1)
    node_connector[door_count:door_count + len(conn_xy)] = np.arange(len(conn_xy))
    node_space = np.full(node_count, -1)
    node_space[member_node] = member_space
    node_space[door_count + len(conn_xy):] = np.concatenate(corner_space or [np.zeros(0, int)])
    step(progress, 100, 100)
    return Graph(plan, origin, xy, node_ordinal, node_door, node_connector, node_space, u, v,
                 length, seconds, kind, ref, space_nodes, space_proxies, simple, index, obstacles,
                 obstacle_hazard, obstacle_ordinal, problems)


def _door_nodes(openings: Openings, index: SpaceIndex, origin: np.ndarray):
    """Door nodes at the middle of their wall line, local; how many spaces each touches; and
    (node, space, proxy) per side: the spaces found a few centimetres (or, for thick walls,
    decimetres) either side, and there the points that stand for the door in visibility
    tests, so that a door on the wall is not mistaken for a path along it."""
    mid = (openings.a + openings.b) / 2.0 - origin
    direction = openings.b - openings.a
    normal = np.stack([-direction[:, 1], direction[:, 0]], axis=1)
    normal /= np.maximum(np.hypot(normal[:, 0], normal[:, 1]), 1e-12)[:, None]
    sides = np.zeros(len(mid), dtype=int)
    members = []
    for sign in (1.0, -1.0):
        found = np.full(len(mid), -1)
        proxy = mid.copy()
        for probe in DOOR_PROBES:
            todo = found < 0
            trial = mid[todo] + sign * probe * normal[todo]
            found[todo] = index.locate(trial, openings.ordinal[todo])
            proxy[todo] = trial
        ok = found >= 0
        members.append((np.flatnonzero(ok), found[ok], proxy[ok]))
        sides += ok
    return mid, sides, members


def _obstacles(hazards: Hazards, origin: np.ndarray, with_hazards: bool):
    if not with_hazards or not hazards.ids:
        return [], np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    hulls = []
    for vertices, buffer in zip(hazards.vertices, hazards.buffer):
        distance = float(buffer) if np.isfinite(buffer) and buffer > 0 else 0.0
        if len(vertices) == 1:
            distance = distance or POINT_HAZARD_BUFFER
        hull = square_buffer(vertices - origin, distance) if distance else \
            convex_hull(vertices - origin)
        if signed_area(hull) < 0:
            hull = hull[::-1]
        hulls.append(hull)
    keep = [i for i, hull in enumerate(hulls) if len(hull) >= 3]
    return ([hulls[i] for i in keep], np.array(keep, dtype=int),
            hazards.ordinal[keep].astype(np.int64))


def _simple_spaces(spaces: Spaces, index: SpaceIndex, obstacles, obstacle_ordinal) -> np.ndarray:
    """Convex spaces with one ring and no hazard over their bounding box."""
    count = len(spaces.ids)
    a, b = index.edge_a, index.edge_b
    nxt = np.arange(len(a)) + 1
    nxt[spaces.ring_start[1:] - 1] = spaces.ring_start[:-1]
    edge = b - a
    turn = edge[:, 0] * edge[nxt, 1] - edge[:, 1] * edge[nxt, 0]
    positive = np.bincount(index.edge_space, weights=turn > 1e-9, minlength=count)
    negative = np.bincount(index.edge_space, weights=turn < -1e-9, minlength=count)
    rings = np.bincount(spaces.ring_space, minlength=count)
    simple = ((positive == 0) | (negative == 0)) & (rings == 1) & (np.diff(index.edge_start) >= 3)
    for hull, ordinal in zip(obstacles, obstacle_ordinal):
        lo, hi = hull.min(axis=0), hull.max(axis=0)
        simple &= ~((index.ordinal == ordinal) & np.all(index.lo <= hi, axis=1)
                    & np.all(index.hi >= lo, axis=1))
    return simple


def _clique_edges(member_node, member_space, simple):
    """Every pair of nodes of each simple space, grouped by node count so it stays vectorised."""
    keep = simple[member_space]
    nodes, space = member_node[keep], member_space[keep]
    starts = np.flatnonzero(np.r_[True, space[1:] != space[:-1]]) if len(space) else \
        np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(space)])
    us, vs, refs = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], \
        [np.zeros(0, dtype=np.int64)]
    for size in np.unique(sizes):
        if size < 2:
            continue
        first = starts[sizes == size]
        block = nodes[first[:, None] + np.arange(size)[None, :]]
        i, j = np.triu_indices(size, 1)
        us.append(block[:, i].ravel())
        vs.append(block[:, j].ravel())
        refs.append(np.repeat(space[first], len(i)))
    return np.concatenate(us), np.concatenate(vs), np.concatenate(refs)


def near_obstacles(obstacles: list[np.ndarray], obstacle_ordinal: np.ndarray,
                   index: SpaceIndex, space: int) -> list[np.ndarray]:
    """The obstacles on the space's ordinal whose bounding box meets the space's."""
    lo, hi = index.lo[space], index.hi[space]
    return [hull for hull, ordinal in zip(obstacles, obstacle_ordinal)
            if ordinal == index.ordinal[space] and np.all(hull.min(axis=0) <= hi)
            and np.all(hull.max(axis=0) >= lo)]


def _corner_points(spaces: Spaces, space: int, index: SpaceIndex,
                   obstacles: list[np.ndarray]) -> np.ndarray:
    """Where paths in a complex space may bend: reflex corners and hazard corners in it."""
    first = np.searchsorted(spaces.ring_space, space)
    last = np.searchsorted(spaces.ring_space, space, side="right")
    points = [reflex_corners(index.edge_a[spaces.ring_start[r]:spaces.ring_start[r + 1]],
                             bool(spaces.ring_hole[r]), CORNER_INSET)
              for r in range(first, last)]
    for hull in obstacles:
        out = hull - hull.mean(axis=0)
        out /= np.maximum(np.hypot(out[:, 0], out[:, 1]), 1e-12)[:, None]
        points.append(hull + CORNER_INSET * out)
    corners = np.concatenate(points)
    if not len(corners):
        return corners
    corners = corners[index.contains(corners, np.full(len(corners), space))]
    return corners[~inside_obstacles(corners, obstacles)]


def inside_obstacles(points: np.ndarray, obstacles: list[np.ndarray]) -> np.ndarray:
    """Whether each point lies strictly inside one of the (convex, counter-clockwise)
    obstacles."""
    inside = np.zeros(len(points), dtype=bool)
    for hull in obstacles:
        edge = np.roll(hull, -1, axis=0) - hull
        side = edge[None, :, 0] * (points[:, None, 1] - hull[None, :, 1]) \
            - edge[None, :, 1] * (points[:, None, 0] - hull[None, :, 0])
        inside |= np.all(side > 1e-9, axis=1)
    return inside


def visible_pairs(proxies: np.ndarray, space: int, index: SpaceIndex,
                  obstacles: list[np.ndarray], sources: np.ndarray | None = None):
    """Pairs (i, j) of points in a space that see each other: the segment crosses no wall,
    its middle lies inside the space and it enters no obstacle. ``sources``: only pairs from
    these points to all others (for a start or end); default all pairs i < j."""
    count = len(proxies)
    if sources is None:
        i, j = np.triu_indices(count, 1)
    else:
        i = np.repeat(sources, count)
        j = np.tile(np.arange(count), len(sources))
        keep = i != j
        i, j = i[keep], j[keep]
    if not len(i):
        return i, j
    p, q = proxies[i], proxies[j]
    a, b = index.edges_of(space)
    ok = ~proper_crossings(p, q, a, b).any(axis=1)
    ok &= index.contains((p + q) / 2.0, np.full(len(p), space))
    if obstacles:
        ok &= ~inside_obstacles(p, obstacles) & ~inside_obstacles(q, obstacles)
        for hull in obstacles:
            ok &= ~segments_enter_convex(p, q, hull)
    return i[ok], j[ok]


def _ride_edges(connectors: Connectors, conn_space: np.ndarray, door_count: int,
                positions: np.ndarray, problems: Problems):
    """Connectors of one shaft on consecutive ordinals (of those the shaft serves) are joined.
    A ride costs its kind's seconds per level (an elevator also its wait) plus the walk
    between the two positions, so that the plan distance stays a lower bound of the cost."""
    by_shaft: dict[str, list[int]] = {}
    for c in np.flatnonzero(conn_space >= 0):
        if connectors.shafts[c]:
            by_shaft.setdefault(connectors.shafts[c], []).append(int(c))
        else:
            problems.connectors_alone.append(int(c))
    u, v, seconds, ref = [], [], [], []
    for members in by_shaft.values():
        members.sort(key=lambda c: connectors.ordinal[c])
        if len(members) == 1:
            problems.connectors_alone.append(members[0])
        for low, high in zip(members, members[1:]):
            levels = int(connectors.ordinal[high] - connectors.ordinal[low])
            if levels == 0:
                continue
            kind = connectors.kinds[low] if connectors.kinds[low] in RIDE_SECONDS else "stairs"
            u.append(door_count + low)
            v.append(door_count + high)
            wait = ELEVATOR_WAIT_SECONDS if kind == "elevator" else 0.0
            seconds.append(wait + RIDE_SECONDS[kind] * levels)
            ref.append(low)
    u, v = np.array(u, dtype=np.int64), np.array(v, dtype=np.int64)
    length = np.hypot(*(positions[u] - positions[v]).T) if len(u) else np.zeros(0)
    return (u, v, length, np.array(seconds, dtype=float), np.full(len(u), RIDE),
            np.array(ref, dtype=np.int64))


def _outdoor_edges(openings: Openings, sides: np.ndarray, member_node, member_space,
                   spaces: Spaces, positions: np.ndarray):
    """Entrances (doors with a space on one side only) of different buildings are joined by
    a straight walk outdoors; emergency exits are not ways in."""
    doors = member_node[member_node < len(openings.ids)]
    door_space = member_space[member_node < len(openings.ids)]
    outer = np.flatnonzero(sides == 1)
    outer = outer[[openings.categories[d] != "emergency_exit" for d in outer]]
    building_of = {int(d): spaces.building[int(s)] for d, s in zip(doors, door_space)}
    u, v = [], []
    for k, a in enumerate(outer):
        for b in outer[k + 1:]:
            if building_of[int(a)] != building_of[int(b)]:
                u.append(a)
                v.append(b)
    u, v = np.array(u, dtype=np.int64), np.array(v, dtype=np.int64)
    length = np.hypot(*(positions[u] - positions[v]).T) if len(u) else np.zeros(0)
    return (u, v, length, np.zeros(len(u)), np.full(len(u), OUTDOOR),
            np.full(len(u), -1, dtype=np.int64))
