"""A street network as a graph: noded polylines become edges between nodes, with shortest
network distances, connected parts, snapping of points and sampling along the edges.

Pure numpy and the standard library: no Qt, no QGIS. The polylines must already be noded
(split where streets cross); the Processing glue does that with GEOS.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

# Line ends closer than this (map units, i.e. metres) are one node: noding by GEOS gives
# exactly equal coordinates, digitised data is often a few millimetres apart.
NODE_TOLERANCE = 0.01

# Points are snapped in chunks so that the point × vertex-pair matrix stays small.
_SNAP_CHUNK = 64


@dataclass
class StreetGraph:
    """Edges ``i`` run from node ``edge_from[i]`` to ``edge_to[i]`` along the polyline
    ``polylines[i]`` (an (n, 2) array) of length ``edge_length[i]``; all undirected."""

    node_x: np.ndarray
    node_y: np.ndarray
    edge_from: np.ndarray
    edge_to: np.ndarray
    edge_length: np.ndarray
    polylines: list[np.ndarray]

    def __post_init__(self) -> None:
        # Adjacency as plain Python lists: the Dijkstra loop indexes them element by element,
        # which is several times faster on lists than on numpy arrays.
        ends = np.concatenate([self.edge_from, self.edge_to])
        order = np.argsort(ends, kind="stable")
        edges = np.concatenate([np.arange(self.edge_count)] * 2)[order]
        others = np.concatenate([self.edge_to, self.edge_from])[order]
        bounds = np.searchsorted(ends[order], np.arange(self.node_count + 1))
        self._adjacent: list[list[tuple[int, int, float]]] = [
            [(int(e), int(o), float(self.edge_length[e])) for e, o in
             zip(edges[start:stop], others[start:stop])]
            for start, stop in zip(bounds[:-1], bounds[1:])]

    @classmethod
    def from_polylines(cls, polylines: list[np.ndarray]) -> StreetGraph:
        """The graph of noded polylines; polylines of zero length are dropped."""
        kept = [np.asarray(line, dtype=float)[:, :2] for line in polylines if len(line) >= 2]
        lengths = np.array([_polyline_length(line) for line in kept], dtype=float)
        kept = [line for line, length in zip(kept, lengths) if length > 0]
        lengths = lengths[lengths > 0]
        if not kept:
            return cls(np.empty(0), np.empty(0), np.empty(0, dtype=np.int64),
                       np.empty(0, dtype=np.int64), np.empty(0), [])
        ends = np.array([[line[0], line[-1]] for line in kept]).reshape(-1, 2)
        keys = np.round(ends / NODE_TOLERANCE).astype(np.int64)
        _, first, node_of_end = np.unique(keys, axis=0, return_index=True,
                                          return_inverse=True)
        node_of_end = node_of_end.reshape(-1)
        nodes = ends[first]
        return cls(nodes[:, 0], nodes[:, 1], node_of_end[0::2], node_of_end[1::2], lengths,
                   kept)

    @property
    def node_count(self) -> int:
        return len(self.node_x)

    @property
    def edge_count(self) -> int:
        return len(self.edge_length)

    def components(self) -> np.ndarray:
        """The connected part of each edge, numbered 0, 1, … from the largest (by length)."""
        parent = np.arange(self.node_count)

        def root(node: int) -> int:
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for a, b in zip(self.edge_from.tolist(), self.edge_to.tolist()):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[ra] = rb
        roots = np.array([root(node) for node in range(self.node_count)], dtype=np.int64)
        _, part = np.unique(roots[self.edge_from], return_inverse=True)
        part = part.reshape(-1)
        size = np.bincount(part, weights=self.edge_length)
        rank = np.empty_like(size, dtype=np.int64)
        rank[np.argsort(-size, kind="stable")] = np.arange(len(size))
        return rank[part]

    def snap(self, x: np.ndarray, y: np.ndarray, tolerance: float
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The nearest edge of each point, the distance along it from its ``edge_from`` node
        and the distance of the point from it; edge ``-1`` where the nearest edge is farther
        than ``tolerance``."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if self.edge_count == 0 or len(x) == 0:
            return (np.full(len(x), -1, dtype=np.int64), np.zeros(len(x)),
                    np.full(len(x), np.inf))
        if not hasattr(self, "_pieces"):
            self._pieces = Pieces.of(self.polylines)
        edge, along, distance = self._pieces.nearest(x, y, tolerance)
        return edge, along, distance

    def middles(self) -> tuple[np.ndarray, np.ndarray]:
        """The point halfway along every edge."""
        if not hasattr(self, "_pieces"):
            self._pieces = Pieces.of(self.polylines)
        pieces = self._pieces
        half = self.edge_length / 2.0
        # The piece in which each edge's half length falls: one sorted key, edge by edge.
        scale = float(self.edge_length.max()) + 1.0
        index = np.searchsorted(pieces.owner * scale + pieces.before + pieces.length,
                                np.arange(self.edge_count) * scale + half)
        index = np.minimum(index, len(pieces.owner) - 1)
        t = np.clip((half - pieces.before[index]) / np.maximum(pieces.length[index], 1e-12),
                    0.0, 1.0)
        return (pieces.start[index, 0] + t * pieces.direction[index, 0],
                pieces.start[index, 1] + t * pieces.direction[index, 1])

    def edges_by_distance(self, edge: int, along: float, max_distance: float,
                          max_length: float, searchable: list[bool] | None = None
                          ) -> tuple[list[int], list[float]]:
        """The edges in order of network distance from the point ``along`` edge ``edge``:
        that edge first (distance 0), then each edge at the distance of its nearer end.
        With ``searchable`` (a flag per edge), only the flagged edges are listed; the others
        (footpaths, pedestrian zones) still carry the distances.

        A Dijkstra search that stops at ``max_distance`` and as soon as the listed edges add
        up to ``max_length``: a driver neither walks nor cruises farther, and the truncation
        keeps the cost per destination independent of the size of the city."""
        found, distances = [], []
        seen = {edge}
        total = 0.0
        if searchable is None or searchable[edge]:
            found.append(edge)
            distances.append(0.0)
            total = float(self.edge_length[edge])
        start, end = int(self.edge_from[edge]), int(self.edge_to[edge])
        # min(): a loop (a cul-de-sac ring) starts and ends at the same node.
        best = {start: along}
        best[end] = min(best.get(end, np.inf), float(self.edge_length[edge]) - along)
        heap = [(d, node) for node, d in best.items()]
        heapq.heapify(heap)
        settled = set()
        adjacent = self._adjacent
        while heap and total < max_length:
            d, node = heapq.heappop(heap)
            if node in settled:
                continue
            if d > max_distance:
                break
            settled.add(node)
            for next_edge, other, length in adjacent[node]:
                if next_edge not in seen:
                    seen.add(next_edge)
                    if searchable is None or searchable[next_edge]:
                        found.append(next_edge)
                        distances.append(d)
                        total += length
                reach = d + length
                if reach < best.get(other, np.inf):
                    best[other] = reach
                    heapq.heappush(heap, (reach, other))
        return found, distances

    def sample(self, spacing: float, edges: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Points about ``spacing`` apart along every edge (or the ``edges`` given; at the
        middles of equal pieces, at least one per edge) and the edge of each."""
        xs, ys, owners = [], [], []
        for index in range(self.edge_count) if edges is None else np.asarray(edges).tolist():
            line = self.polylines[index]
            count = max(int(round(self.edge_length[index] / spacing)), 1)
            at = (np.arange(count) + 0.5) * self.edge_length[index] / count
            cumulative = np.concatenate([[0.0], np.cumsum(_piece_lengths(line))])
            xs.append(np.interp(at, cumulative, line[:, 0]))
            ys.append(np.interp(at, cumulative, line[:, 1]))
            owners.append(np.full(count, index, dtype=np.int64))
        if not owners:
            return np.empty(0), np.empty(0), np.empty(0, dtype=np.int64)
        return np.concatenate(xs), np.concatenate(ys), np.concatenate(owners)


@dataclass
class Pieces:
    """The straight pieces of polylines: start, direction, length, the polyline each belongs
    to and the length of its polyline before it."""

    start: np.ndarray
    direction: np.ndarray
    length: np.ndarray
    owner: np.ndarray
    before: np.ndarray

    @classmethod
    def of(cls, polylines: list[np.ndarray]) -> Pieces:
        if not polylines:
            empty = np.zeros((0, 2))
            return cls(empty, empty, np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros(0))
        counts = np.array([len(line) - 1 for line in polylines])
        points = np.concatenate(polylines)
        ends = np.cumsum(counts + 1)
        # Every point but each polyline's last starts a piece.
        is_start = np.ones(len(points), dtype=bool)
        is_start[ends - 1] = False
        start = points[is_start]
        direction = points[np.flatnonzero(is_start) + 1] - start
        length = np.hypot(direction[:, 0], direction[:, 1])
        owner = np.repeat(np.arange(len(polylines)), counts)
        cumulative = np.cumsum(length)
        offsets = np.concatenate([[0.0], cumulative])[np.concatenate([[0], np.cumsum(counts)])
                                                      [:-1]]
        before = cumulative - length - np.repeat(offsets, counts)
        return cls(start, direction, length, owner, before)

    def nearest(self, x: np.ndarray, y: np.ndarray, within: float = np.inf
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each point: the polyline of the nearest piece, the distance along that
        polyline to the nearest place, and the distance to it; looking only ``within`` that
        distance (polyline -1 and distance inf where nothing is that near)."""
        owner = np.full(len(x), -1, dtype=np.int64)
        along = np.zeros(len(x))
        distance = np.full(len(x), np.inf)
        if not len(self.length) or not len(x):
            return owner, along, distance
        squared = np.where(self.length > 0, self.length ** 2, 1.0)
        end = self.start + self.direction
        low_x, high_x = np.minimum(self.start[:, 0], end[:, 0]), np.maximum(self.start[:, 0],
                                                                             end[:, 0])
        low_y, high_y = np.minimum(self.start[:, 1], end[:, 1]), np.maximum(self.start[:, 1],
                                                                             end[:, 1])
        # Points in chunks of neighbours, so that a chunk's box meets few pieces.
        cell = max(within, 1.0) * 4.0 if np.isfinite(within) else 1.0
        order = np.lexsort((np.floor(y / cell), np.floor(x / cell))) if np.isfinite(within) \
            else np.arange(len(x))
        for low in range(0, len(x), _SNAP_CHUNK):
            rows = order[low:low + _SNAP_CHUNK]
            px, py = x[rows, None], y[rows, None]
            if np.isfinite(within):
                near = np.flatnonzero((low_x <= px.max() + within) & (high_x >= px.min() - within)
                                      & (low_y <= py.max() + within)
                                      & (high_y >= py.min() - within))
                if not near.size:
                    continue
            else:
                near = slice(None)
            sx, sy = self.start[near, 0], self.start[near, 1]
            dx, dy = self.direction[near, 0], self.direction[near, 1]
            t = np.clip(((px - sx) * dx + (py - sy) * dy) / squared[near], 0.0, 1.0)
            gap = np.hypot(sx + t * dx - px, sy + t * dy - py)
            best = np.argmin(gap, axis=1)
            picked = np.arange(len(rows))
            pieces = np.arange(len(self.length))[near][best]
            distance[rows] = gap[picked, best]
            owner[rows] = self.owner[pieces]
            along[rows] = self.before[pieces] + t[picked, best] * self.length[pieces]
        far = ~(distance <= within)
        owner[far], distance[far] = -1, np.inf
        return owner, along, distance


def _piece_lengths(line: np.ndarray) -> np.ndarray:
    return np.hypot(*np.diff(line, axis=0).T)


def _polyline_length(line: np.ndarray) -> float:
    return float(_piece_lengths(line).sum())
