"""Parking-search traffic (Parksuchverkehr) per street segment, from measured occupancy.

Pure numpy: no Qt, no QGIS. The model:

* A driver heading to destination d searches the street segments in order of network distance
  from d (its own segment first), among the segments within the walking tolerance of d.
* Segment s offers a free space with probability P_s: the share of time steps in the window at
  which the sites on s (on-street bays and garages, whose counters measure their free capacity)
  together had at least one free space. Where a site has no readings, only an aggregate mean
  occupancy rate o and capacity c, its probability is 1 - o^c (every space independently
  occupied with probability o: optimistic where occupancy is correlated, as it is at peaks).
* The expected search flow on a segment is the arrivals at d times the probability that the
  driver has not yet found a space before reaching it: A_d · Π_{j before s} (1 - P_j).
  Its search vehicle-km are that flow times the segment length.
* A driver who has searched the give-up distance (at the end of the segment on which it is
  reached) or every segment within walking tolerance without finding a space gives up (drives
  to a garage farther away or leaves); the cruising speed turns distance into time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .progress import Progress, Silent, step
from .street_graph import StreetGraph

# Destinations snapped within this distance of each other on the same edge search alike.
_SAME_PLACE_METRES = 1.0


@dataclass(frozen=True)
class SearchParameters:
    """Defaults: 15 km/h cruising, 3 km search before giving up, 500 m walk at most."""

    cruising_speed_kmh: float = 15.0
    give_up_m: float = 3000.0
    walking_m: float = 500.0


@dataclass
class Distribution:
    """Search outcomes with their weights: every outcome's search distance (m), how many
    arrivals per hour it stands for, whether the driver gave up, and its destination place
    (an index). A simulation lists its drivers; the analytical estimate lists, per place,
    every segment a driver may stop on."""

    distance_m: np.ndarray
    weight: np.ndarray
    gave_up: np.ndarray
    place: np.ndarray

    @classmethod
    def empty(cls) -> Distribution:
        return cls(np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool),
                   np.zeros(0, dtype=np.int64))

    @classmethod
    def joined(cls, parts: list[Distribution]) -> Distribution:
        if not parts:
            return cls.empty()
        return cls(*(np.concatenate([getattr(p, name) for p in parts])
                     for name in ("distance_m", "weight", "gave_up", "place")))


@dataclass
class SearchResult:
    """Per edge: search vehicles per hour and search vehicle-km per hour; in total: the
    arrivals searched for and how many of them gave up (vehicles per hour); and the
    distribution of search distances."""

    vehicles_h: np.ndarray
    vehicle_km_h: np.ndarray
    arrivals_h: float
    given_up_h: float
    distribution: Distribution = field(default_factory=Distribution.empty)


# Published plausibility marks for search time: 2 and 5 minutes (start2park, Frankfurt).
LONG_SEARCH_MIN = (2.0, 5.0)


@dataclass(frozen=True)
class SearchSummary:
    """Totals of a search result: arrivals per hour, search vehicle-km per hour, mean search
    distance (m) and time (min) per arrival, CO₂ (kg per hour), the share of arrivals that
    give up, the shares searching longer than 2 and 5 minutes, and the median and 90th
    percentile of the search time (min)."""

    total_vehicle_km_h: float
    mean_search_m: float
    mean_search_min: float
    co2_kg_h: float
    give_up_share: float
    arrivals_h: float
    share_over_2_min: float = 0.0
    share_over_5_min: float = 0.0
    median_search_min: float = 0.0
    p90_search_min: float = 0.0

    @classmethod
    def of(cls, result: SearchResult, parameters: SearchParameters,
           co2_g_per_km: float) -> SearchSummary:
        total = float(result.vehicle_km_h.sum())
        per_arrival_km = total / result.arrivals_h if result.arrivals_h > 0 else 0.0
        stats = search_time_stats(result.distribution, parameters.cruising_speed_kmh)
        return cls(
            total_vehicle_km_h=total,
            mean_search_m=per_arrival_km * 1000.0,
            mean_search_min=per_arrival_km / parameters.cruising_speed_kmh * 60.0,
            co2_kg_h=total * co2_g_per_km / 1000.0,
            give_up_share=result.given_up_h / result.arrivals_h if result.arrivals_h > 0 else 0.0,
            arrivals_h=result.arrivals_h,
            share_over_2_min=float(stats.share_over[0][0]),
            share_over_5_min=float(stats.share_over[1][0]),
            median_search_min=float(stats.median_min[0]),
            p90_search_min=float(stats.p90_min[0]),
        )


@dataclass
class SearchTimeStats:
    """Per group (row 0: everybody, then one row per place): arrivals per hour, mean search
    time (min), shares searching longer than each of :data:`LONG_SEARCH_MIN`, median and 90th
    percentile (min), and the share giving up. NaN for a group without arrivals."""

    arrivals_h: np.ndarray
    mean_min: np.ndarray
    share_over: tuple[np.ndarray, np.ndarray]
    median_min: np.ndarray
    p90_min: np.ndarray
    give_up_share: np.ndarray


def search_time_stats(distribution: Distribution, cruising_speed_kmh: float,
                      places: int = 0) -> SearchTimeStats:
    """Weighted statistics of the search times, overall and for each of ``places``."""
    minutes = distribution.distance_m / 1000.0 / cruising_speed_kmh * 60.0
    group = np.concatenate([np.zeros(len(minutes), dtype=np.int64), distribution.place + 1])
    minutes = np.concatenate([minutes, minutes])
    weight = np.concatenate([distribution.weight, distribution.weight])
    gave_up = np.concatenate([distribution.gave_up, distribution.gave_up]).astype(float)
    groups = places + 1
    total = np.bincount(group, weights=weight, minlength=groups)[:groups]
    with np.errstate(invalid="ignore", divide="ignore"):
        def mean(values: np.ndarray) -> np.ndarray:
            return np.bincount(group, weights=weight * values, minlength=groups)[:groups] / total

        shares = tuple(mean((minutes > mark).astype(float)) for mark in LONG_SEARCH_MIN)
        stats = SearchTimeStats(total, mean(minutes), shares, _quantile(group, minutes, weight,
                                                                          total, 0.5, groups),
                                _quantile(group, minutes, weight, total, 0.9, groups),
                                mean(gave_up))
    return stats


def _quantile(group: np.ndarray, values: np.ndarray, weight: np.ndarray, total: np.ndarray,
              q: float, groups: int) -> np.ndarray:
    """Per group, the smallest value whose cumulative weight reaches ``q`` of the group's."""
    keep = (weight > 0) & (group < groups)
    group, values, weight = group[keep], values[keep], weight[keep]
    order = np.lexsort((values, group))
    group, values, weight = group[order], values[order], weight[order]
    cumulative = np.cumsum(weight)
    first = np.searchsorted(group, np.arange(groups))
    before = np.concatenate([[0.0], cumulative])[first]
    out = np.full(groups, np.nan)
    for g in np.flatnonzero(total[:groups] > 0):
        target = before[g] + q * total[g] * (1.0 - 1e-12)
        out[g] = values[min(np.searchsorted(cumulative, target, side="left"), len(values) - 1)]
    return out


def step_share(edge: np.ndarray, step_key: np.ndarray, free: np.ndarray,
               edge_count: int) -> tuple[np.ndarray, np.ndarray]:
    """From readings (the edge of the reading's site, its time step, its free spaces): per
    edge, the share of its time steps with at least one free space summed over its sites,
    and whether the edge has readings at all."""
    edge = np.asarray(edge, dtype=np.int64)
    if edge.size == 0:
        return np.zeros(edge_count), np.zeros(edge_count, dtype=bool)
    keys = np.stack([edge, np.asarray(step_key, dtype=np.int64)], axis=1)
    pairs, which = np.unique(keys, axis=0, return_inverse=True)
    free_per_pair = np.bincount(which.reshape(-1), weights=np.asarray(free, dtype=float))
    steps = np.bincount(pairs[:, 0], minlength=edge_count)
    with_space = np.bincount(pairs[:, 0], weights=(free_per_pair >= 1).astype(float),
                             minlength=edge_count)
    measured = steps > 0
    return np.where(measured, with_space / np.maximum(steps, 1), 0.0), measured


def aggregate_probability(edge: np.ndarray, occupancy: np.ndarray, capacity: np.ndarray,
                          edge_count: int) -> np.ndarray:
    """Per edge, the probability of at least one free space among sites known only by their
    mean occupancy rate o (0–1) and capacity c: 1 - Π o^c over the edge's sites."""
    o = np.clip(np.asarray(occupancy, dtype=float), 0.0, 1.0)
    c = np.maximum(np.asarray(capacity, dtype=float), 0.0)
    # Sum logarithms instead of multiplying: o^c underflows for garages of hundreds of spaces.
    with np.errstate(divide="ignore"):
        log_full = np.where(c > 0, c * np.log(o), 0.0)
    log_all_full = np.bincount(np.asarray(edge, dtype=np.int64), weights=log_full,
                               minlength=edge_count)
    return 1.0 - np.exp(log_all_full)


def either(*probabilities: np.ndarray) -> np.ndarray:
    """The probability that at least one of independent sources offers a space."""
    none = np.ones_like(probabilities[0], dtype=float)
    for p in probabilities:
        none = none * (1.0 - p)
    return 1.0 - none


def changed_free(free: np.ndarray, change: np.ndarray) -> np.ndarray:
    """Free spaces after a capacity change: added spaces are free, removed ones are taken
    from the free ones first (the cautious reading: the bays lost are the ones available)."""
    return np.maximum(np.asarray(free, dtype=float) + change, 0.0)


def changed_occupancy(occupancy: np.ndarray, capacity: np.ndarray, change: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Mean occupancy rate and capacity after a capacity change, with the same number of
    occupied spaces (at most all of the new capacity)."""
    capacity = np.asarray(capacity, dtype=float)
    new_capacity = np.maximum(capacity + change, 0.0)
    occupied = np.asarray(occupancy, dtype=float) * capacity
    rate = np.where(new_capacity > 0, np.minimum(occupied / np.maximum(new_capacity, 1e-9), 1.0),
                    1.0)
    return rate, new_capacity


@dataclass(frozen=True)
class SearchOrder:
    """The segments a driver searches from one place, in order: edge ids, the network
    distance from the place to each (m, 0 for its own segment) and their lengths (m). Cut at
    the segment on which the search distance reaches the give-up distance."""

    edges: np.ndarray
    distances: np.ndarray
    lengths: np.ndarray


def search_order(graph: StreetGraph, edge: int, along: float,
                 parameters: SearchParameters, searchable: list[bool] | None = None
                 ) -> SearchOrder:
    """The order in which a driver heading to the point ``along`` edge ``edge`` searches:
    within the walking tolerance, whole segments until the give-up distance is reached; only
    the ``searchable`` segments (default: all) are driven."""
    found, distances = graph.edges_by_distance(edge, along, parameters.walking_m,
                                               parameters.give_up_m, searchable)
    found = np.asarray(found, dtype=np.int64)
    lengths = graph.edge_length[found]
    # Whole segments: the driver gives up at the end of the segment on which the search
    # distance reaches the give-up distance.
    kept = np.cumsum(lengths) - lengths < parameters.give_up_m
    return SearchOrder(found[kept], np.asarray(distances, dtype=float)[kept], lengths[kept])


def analytic_search(orders: list[SearchOrder], p_free: np.ndarray, arrivals_h: np.ndarray,
                    edge_count: int, guidance_share: float = 0.0,
                    progress: Progress | None = None) -> SearchResult:
    """Expected search traffic of ``arrivals_h`` vehicles per hour at each place, searching
    along its ``orders`` on edges that offer a free space with probability ``p_free``.

    A guided driver (``guidance_share`` of them, 0–1) is sent to a segment with a free space
    if any within reach has one (then he does not search); else he searches all of them in
    vain, like an unguided driver who finds nothing. Raises :class:`~.progress.Canceled` when
    ``progress`` reports a cancellation."""
    progress = progress or Silent()
    p_free = np.clip(np.asarray(p_free, dtype=float), 0.0, 1.0)
    vehicles = np.zeros(edge_count)
    given_up = 0.0
    parts = []
    for index, (order, arrivals) in enumerate(zip(orders, arrivals_h)):
        if index % 50 == 0:
            step(progress, index, len(orders))
        if not arrivals > 0:
            continue
        if not len(order.edges):
            given_up += arrivals  # nothing to search within walking distance
            parts.append(Distribution(np.zeros(1), np.array([arrivals]), np.ones(1, dtype=bool),
                                      np.full(1, index, dtype=np.int64)))
            continue
        not_found = np.cumprod(1.0 - p_free[order.edges])
        reaching = np.concatenate([[1.0], not_found[:-1]])
        none = float(not_found[-1])
        flow = (1.0 - guidance_share) * reaching + guidance_share * none
        vehicles[order.edges] += arrivals * flow  # an edge is listed once per order
        given_up += arrivals * none
        searched = np.cumsum(order.lengths)
        stop = (1.0 - guidance_share) * reaching * p_free[order.edges]
        parts.append(Distribution(
            np.concatenate([searched, [searched[-1], 0.0]]),
            arrivals * np.concatenate([stop, [none, guidance_share * (1.0 - none)]]),
            np.concatenate([np.zeros(len(stop), dtype=bool), [True, False]]),
            np.full(len(stop) + 2, index, dtype=np.int64)))
    step(progress, 1, 1)
    total = float(np.nansum(np.where(np.asarray(arrivals_h, dtype=float) > 0, arrivals_h, 0.0)))
    return SearchResult(vehicles, vehicles * _edge_lengths(orders, edge_count) / 1000.0,
                        total, float(given_up), Distribution.joined(parts))


def _edge_lengths(orders: list[SearchOrder], edge_count: int) -> np.ndarray:
    lengths = np.zeros(edge_count)
    for order in orders:
        lengths[order.edges] = order.lengths
    return lengths


def search_traffic(graph: StreetGraph, p_free: np.ndarray, dest_edge: np.ndarray,
                   dest_along: np.ndarray, arrivals_h: np.ndarray,
                   parameters: SearchParameters, progress: Progress | None = None
                   ) -> SearchResult:
    """Expected search traffic of the destinations (snapped to ``dest_edge`` at ``dest_along``,
    edge -1 is skipped) with ``arrivals_h`` vehicles per hour each, on edges that offer a
    free space with probability ``p_free``; destinations at one place share its search.
    Raises :class:`~.progress.Canceled` when ``progress`` reports a cancellation."""
    places, demand = same_places(dest_edge, dest_along, arrivals_h)
    orders = [search_order(graph, edge, along, parameters) for edge, along in places]
    result = analytic_search(orders, p_free, demand, graph.edge_count, progress=progress)
    result.vehicle_km_h = result.vehicles_h * graph.edge_length / 1000.0
    return result


def group_places(edge: np.ndarray, along: np.ndarray
                 ) -> tuple[list[tuple[int, float]], np.ndarray]:
    """Points snapped to the same place (the same edge, within a metre): the places, and the
    place of every point (-1 where it did not snap, edge -1)."""
    edge = np.asarray(edge, dtype=np.int64)
    along = np.asarray(along, dtype=float)
    which = np.full(len(edge), -1, dtype=np.int64)
    usable = np.flatnonzero(edge >= 0)
    if usable.size == 0:
        return [], which
    keys = np.stack([edge[usable], np.round(along[usable] / _SAME_PLACE_METRES)
                     .astype(np.int64)], axis=1)
    unique, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    which[usable] = inverse.reshape(-1)
    return [(int(e), float(a)) for e, a in zip(unique[:, 0], along[usable][first])], which


def same_places(edge: np.ndarray, along: np.ndarray, arrivals: np.ndarray
                ) -> tuple[list[tuple[int, float]], np.ndarray]:
    """Destinations that snapped to the same place, merged with their arrivals added up:
    each place costs one network search, however many destinations share it."""
    arrivals = np.nan_to_num(np.asarray(arrivals, dtype=float))
    edge = np.where(arrivals > 0, np.asarray(edge, dtype=np.int64), -1)
    places, which = group_places(edge, along)
    kept = which >= 0
    return places, np.bincount(which[kept], weights=arrivals[kept], minlength=len(places))
