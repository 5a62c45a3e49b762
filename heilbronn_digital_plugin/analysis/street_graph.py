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
        edge = np.full(len(x), -1, dtype=np.int64)
        along = np.zeros(len(x))
        distance = np.full(len(x), np.inf)
        if self.edge_count == 0 or len(x) == 0:
            return edge, along, distance
        starts = np.concatenate([line[:-1] for line in self.polylines])
        stops = np.concatenate([line[1:] for line in self.polylines])
        owner = np.repeat(np.arange(self.edge_count), [len(line) - 1 for line in self.polylines])
        pieces = np.hypot(*(stops - starts).T)
        before = np.concatenate([np.concatenate([[0.0], np.cumsum(_piece_lengths(line))[:-1]])
                                 for line in self.polylines])
        direction = stops - starts
        squared = np.where(pieces > 0, pieces * pieces, 1.0)
        for low in range(0, len(x), _SNAP_CHUNK):
            px, py = x[low:low + _SNAP_CHUNK, None], y[low:low + _SNAP_CHUNK, None]
            t = ((px - starts[:, 0]) * direction[:, 0] + (py - starts[:, 1]) * direction[:, 1])
            t = np.clip(t / squared, 0.0, 1.0)
            gap = np.hypot(starts[:, 0] + t * direction[:, 0] - px,
                           starts[:, 1] + t * direction[:, 1] - py)
            best = np.argmin(gap, axis=1)
            rows = np.arange(len(best))
            distance[low:low + len(best)] = gap[rows, best]
            edge[low:low + len(best)] = owner[best]
            along[low:low + len(best)] = before[best] + t[rows, best] * pieces[best]
        far = ~(distance <= tolerance)
        edge[far] = -1
        return edge, along, distance

    def edges_by_distance(self, edge: int, along: float, max_distance: float,
                          max_length: float) -> tuple[list[int], list[float]]:
        """The edges in order of network distance from the point ``along`` edge ``edge``:
        that edge first (distance 0), then each edge at the distance of its nearer end.

        A Dijkstra search that stops at ``max_distance`` and as soon as the listed edges add
        up to ``max_length``: a driver neither walks nor cruises farther, and the truncation
        keeps the cost per destination independent of the size of the city."""
        found, distances = [edge], [0.0]
        seen = {edge}
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
                    found.append(next_edge)
                    distances.append(d)
                    total += length
                reach = d + length
                if reach < best.get(other, np.inf):
                    best[other] = reach
                    heapq.heappush(heap, (reach, other))
        return found, distances

    def sample(self, spacing: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Points about ``spacing`` apart along every edge (at the middles of equal pieces,
        at least one per edge) and the edge of each."""
        xs, ys, owners = [], [], []
        for index, line in enumerate(self.polylines):
            count = max(int(round(self.edge_length[index] / spacing)), 1)
            at = (np.arange(count) + 0.5) * self.edge_length[index] / count
            cumulative = np.concatenate([[0.0], np.cumsum(_piece_lengths(line))])
            xs.append(np.interp(at, cumulative, line[:, 0]))
            ys.append(np.interp(at, cumulative, line[:, 1]))
            owners.append(np.full(count, index, dtype=np.int64))
        if not owners:
            return np.empty(0), np.empty(0), np.empty(0, dtype=np.int64)
        return np.concatenate(xs), np.concatenate(ys), np.concatenate(owners)


def _piece_lengths(line: np.ndarray) -> np.ndarray:
    return np.hypot(*np.diff(line, axis=0).T)


def _polyline_length(line: np.ndarray) -> float:
    return float(_piece_lengths(line).sum())
