"""Plane geometry for indoor routing, vectorised: points in polygons, segments that stay inside
a polygon, segments that enter a convex obstacle, convex hulls, reflex corners.

Pure numpy (no Qt, no QGIS, no shapely). Polygons are rings of vertices without the closing
repetition; callers work in local coordinates (metres from a nearby origin), because
orientation tests on raw UTM coordinates (millions of metres) lose the centimetres that decide
whether a path grazes a corner.
"""

from __future__ import annotations

import numpy as np

# Orientation products below this (m²) count as collinear: a path along a wall touches it.
COLLINEAR = 1e-9


def cross(ax, ay, bx, by):
    return ax * by - ay * bx


def points_in_rings(px: np.ndarray, py: np.ndarray, ax: np.ndarray, ay: np.ndarray,
                    bx: np.ndarray, by: np.ndarray, owner: np.ndarray, count: int) -> np.ndarray:
    """Even-odd test of ``count`` points against polygons given as edges: edge ``i`` runs
    from (ax, ay) to (bx, by) and belongs to point ``owner[i]`` (edges repeated per point).
    Holes work because every ring's edges count."""
    straddles = (ay > py[owner]) != (by > py[owner])
    dy = np.where(straddles, by - ay, 1.0)
    x_cross = ax + (bx - ax) * (py[owner] - ay) / dy
    hits = straddles & (px[owner] < x_cross)
    return (np.bincount(owner, weights=hits, minlength=count) % 2).astype(bool)


def proper_crossings(p: np.ndarray, q: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(pairs × edges) whether segment p→q crosses edge a→b in a single interior point.
    Touching a vertex or running along an edge is not a crossing: nodes sit on walls (doors)
    and paths may follow a wall."""
    px, py = p[:, 0:1], p[:, 1:2]
    dx, dy = q[:, 0:1] - px, q[:, 1:2] - py
    ax, ay, bx, by = a[None, :, 0], a[None, :, 1], b[None, :, 0], b[None, :, 1]
    d1 = cross(dx, dy, ax - px, ay - py)
    d2 = cross(dx, dy, bx - px, by - py)
    ex, ey = bx - ax, by - ay
    d3 = cross(ex, ey, px - ax, py - ay)
    d4 = cross(ex, ey, px + dx - ax, py + dy - ay)
    return (_opposite(d1, d2) & _opposite(d3, d4))


def _opposite(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return ((u > COLLINEAR) & (v < -COLLINEAR)) | ((u < -COLLINEAR) & (v > COLLINEAR))


def segments_enter_convex(p: np.ndarray, q: np.ndarray, hull: np.ndarray) -> np.ndarray:
    """Whether each segment p→q passes through the interior of the convex polygon ``hull``
    (counter-clockwise): Cyrus–Beck clipping; grazing an edge or a corner does not count."""
    v = hull
    w = np.roll(hull, -1, axis=0)
    nx, ny = (w[:, 1] - v[:, 1]), -(w[:, 0] - v[:, 0])  # outward normals of a ccw ring
    d = q - p
    # n · (p + t d − v) ≤ 0 inside: a + t c ≤ 0
    a = (p[:, 0:1] - v[None, :, 0]) * nx + (p[:, 1:2] - v[None, :, 1]) * ny
    c = d[:, 0:1] * nx + d[:, 1:2] * ny
    scale = np.hypot(nx, ny)[None, :]
    outside_parallel = (np.abs(c) <= COLLINEAR * scale) & (a >= -COLLINEAR * scale)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -a / c
    t_in = np.max(np.where(c < -COLLINEAR * scale, t, 0.0), axis=1)
    t_out = np.min(np.where(c > COLLINEAR * scale, t, 1.0), axis=1)
    length = np.hypot(d[:, 0], d[:, 1])
    return ~outside_parallel.any(axis=1) & ((t_out - t_in) * length > 1e-6)


def convex_hull(points: np.ndarray) -> np.ndarray:
    """Counter-clockwise convex hull (Andrew's monotone chain) of a few points."""
    pts = np.unique(np.round(points, 9), axis=0)
    if len(pts) <= 2:
        return pts
    lower: list = []
    upper: list = []
    for chain, ordered in ((lower, pts), (upper, pts[::-1])):
        for point in ordered:
            while len(chain) >= 2 and cross(*(chain[-1] - chain[-2]), *(point - chain[-2])) <= 0:
                chain.pop()
            chain.append(point)
    return np.array(lower[:-1] + upper[:-1])


def square_buffer(vertices: np.ndarray, distance: float) -> np.ndarray:
    """The convex hull of ``vertices`` grown by ``distance`` in x and y (a square buffer):
    never smaller than the round buffer, and an axis-parallel box stays a box, so routes
    around it can be checked by hand."""
    offsets = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]]) * distance
    return convex_hull((vertices[:, None, :] + offsets[None, :, :]).reshape(-1, 2))


def reflex_corners(ring: np.ndarray, hole: bool, inset: float) -> np.ndarray:
    """Points ``inset`` metres inside the polygon at the ring's reflex corners (seen from the
    polygon: a hole's convex corners are the polygon's reflex ones). Shortest paths inside a
    polygon bend only there."""
    before, after = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
    u1, u2 = _unit(ring - before), _unit(after - ring)
    turn = cross(u1[:, 0], u1[:, 1], u2[:, 0], u2[:, 1])
    orientation = np.sign(signed_area(ring))
    reflex = orientation * turn > 1e-9 if hole else orientation * turn < -1e-9
    inner = _unit(u2 - u1)  # towards the side the ring turns to, i.e. out of the polygon
    return ring[reflex] - inset * inner[reflex]


def signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def ring_centroid(ring: np.ndarray) -> np.ndarray:
    x, y = ring[:, 0], ring[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    step = x * yn - xn * y
    area = step.sum() / 2.0
    if abs(area) < 1e-12:
        return ring.mean(axis=0)
    return np.array([((x + xn) * step).sum(), ((y + yn) * step).sum()]) / (6.0 * area)


def interior_point(rings: list[np.ndarray]) -> np.ndarray:
    """A point inside the polygon: its centroid when that lies inside, else the middle of the
    widest stretch of a horizontal line at the centroid's height, moved between the two
    nearest vertex heights (like QGIS's point on surface)."""
    centroid = ring_centroid(rings[0])
    edges_a = np.concatenate(rings)
    edges_b = np.concatenate([np.roll(r, -1, axis=0) for r in rings])
    inside = points_in_rings(centroid[None, 0], centroid[None, 1], edges_a[:, 0],
                             edges_a[:, 1], edges_b[:, 0], edges_b[:, 1],
                             np.zeros(len(edges_a), dtype=int), 1)
    if inside[0]:
        return centroid
    # A line between two vertex heights crosses edges only in their interiors.
    heights = np.unique(edges_a[:, 1])
    if len(heights) < 2:
        return centroid
    above = int(np.clip(np.searchsorted(heights, centroid[1]), 1, len(heights) - 1))
    y = (heights[above - 1] + heights[above]) / 2.0
    straddles = (edges_a[:, 1] > y) != (edges_b[:, 1] > y)
    a, b = edges_a[straddles], edges_b[straddles]
    xs = np.sort(a[:, 0] + (b[:, 0] - a[:, 0]) * (y - a[:, 1]) / (b[:, 1] - a[:, 1]))
    if len(xs) < 2:
        return centroid
    starts, ends = xs[0::2], xs[1::2]
    widest = int(np.argmax(ends - starts))
    return np.array([(starts[widest] + ends[widest]) / 2.0, y])


def _unit(vectors: np.ndarray) -> np.ndarray:
    norm = np.hypot(vectors[:, 0], vectors[:, 1])
    return vectors / np.where(norm > 0, norm, 1.0)[:, None]
