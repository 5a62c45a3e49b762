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

from dataclasses import dataclass

import numpy as np

from .progress import Progress, Silent, step
from .street_graph import StreetGraph

_SECONDS_PER_HOUR = 3600.0
# Destinations snapped within this distance of each other on the same edge search alike.
_SAME_PLACE_METRES = 1.0


@dataclass(frozen=True)
class SearchParameters:
    """Defaults: 15 km/h cruising, 3 km search before giving up, 500 m walk at most."""

    cruising_speed_kmh: float = 15.0
    give_up_m: float = 3000.0
    walking_m: float = 500.0


@dataclass
class SearchResult:
    """Per edge: search vehicles per hour and search vehicle-km per hour; in total: the
    arrivals searched for and how many of them gave up (vehicles per hour)."""

    vehicles_h: np.ndarray
    vehicle_km_h: np.ndarray
    arrivals_h: float
    given_up_h: float


@dataclass(frozen=True)
class SearchSummary:
    total_vehicle_km_h: float
    mean_search_m: float
    mean_search_min: float
    co2_kg_h: float
    give_up_share: float
    arrivals_h: float

    @classmethod
    def of(cls, result: SearchResult, parameters: SearchParameters,
           co2_g_per_km: float) -> SearchSummary:
        total = float(result.vehicle_km_h.sum())
        per_arrival_km = total / result.arrivals_h if result.arrivals_h > 0 else 0.0
        return cls(
            total_vehicle_km_h=total,
            mean_search_m=per_arrival_km * 1000.0,
            mean_search_min=per_arrival_km / parameters.cruising_speed_kmh * 60.0,
            co2_kg_h=total * co2_g_per_km / 1000.0,
            give_up_share=result.given_up_h / result.arrivals_h if result.arrivals_h > 0 else 0.0,
            arrivals_h=result.arrivals_h,
        )


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


def observed_arrivals(site: np.ndarray, seconds: np.ndarray, occupied: np.ndarray,
                      site_count: int) -> np.ndarray:
    """Arrivals per hour at each site: the increases of its occupied spaces between
    consecutive readings, over the time its readings span. A lower bound: arrivals and
    departures within one step cancel out."""
    site = np.asarray(site, dtype=np.int64)
    seconds = np.asarray(seconds, dtype=float)
    occupied = np.asarray(occupied, dtype=float)
    order = np.lexsort((seconds, site))
    site, seconds, occupied = site[order], seconds[order], occupied[order]
    same = site[1:] == site[:-1]
    rise = np.where(same, np.maximum(np.diff(occupied), 0.0), 0.0)
    span = np.where(same, np.diff(seconds), 0.0)
    rises = np.bincount(site[1:], weights=np.nan_to_num(rise), minlength=site_count)
    hours = np.bincount(site[1:], weights=span, minlength=site_count) / _SECONDS_PER_HOUR
    return np.where(hours > 0, rises / np.maximum(hours, 1e-9), 0.0)


def search_traffic(graph: StreetGraph, p_free: np.ndarray, dest_edge: np.ndarray,
                   dest_along: np.ndarray, arrivals_h: np.ndarray,
                   parameters: SearchParameters, progress: Progress | None = None
                   ) -> SearchResult:
    """Expected search traffic of the destinations (snapped to ``dest_edge`` at ``dest_along``,
    edge -1 is skipped) with ``arrivals_h`` vehicles per hour each, on edges that offer a
    free space with probability ``p_free``.
    Raises :class:`~.progress.Canceled` when ``progress`` reports a cancellation."""
    progress = progress or Silent()
    p_free = np.clip(np.asarray(p_free, dtype=float), 0.0, 1.0)
    vehicles = np.zeros(graph.edge_count)
    places, demand = _same_places(dest_edge, dest_along, arrivals_h)
    given_up = 0.0
    for index, ((edge, along), arrivals) in enumerate(zip(places, demand)):
        if index % 50 == 0:
            step(progress, index, len(places))
        found, _ = graph.edges_by_distance(edge, along, parameters.walking_m,
                                           parameters.give_up_m)
        found = np.asarray(found, dtype=np.int64)
        lengths = graph.edge_length[found]
        # Whole segments: the driver gives up at the end of the segment on which the
        # search distance reaches the give-up distance.
        searched = found[np.cumsum(lengths) - lengths < parameters.give_up_m]
        not_found = np.cumprod(1.0 - p_free[searched])
        reaching = np.concatenate([[1.0], not_found[:-1]])
        vehicles[searched] += arrivals * reaching  # an edge is listed once per destination
        given_up += arrivals * float(not_found[-1])
    step(progress, 1, 1)
    return SearchResult(vehicles, vehicles * graph.edge_length / 1000.0,
                        float(demand.sum()), float(given_up))


def _same_places(edge: np.ndarray, along: np.ndarray, arrivals: np.ndarray
                 ) -> tuple[list[tuple[int, float]], np.ndarray]:
    """Destinations that snapped to the same place, merged with their arrivals added up:
    each place costs one network search, however many destinations share it."""
    edge = np.asarray(edge, dtype=np.int64)
    arrivals = np.nan_to_num(np.asarray(arrivals, dtype=float))
    usable = (edge >= 0) & (arrivals > 0)
    keys = np.stack([edge[usable],
                     np.round(np.asarray(along, dtype=float)[usable] / _SAME_PLACE_METRES)
                     .astype(np.int64)], axis=1)
    if len(keys) == 0:
        return [], np.zeros(0)
    unique, first, which = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    demand = np.bincount(which.reshape(-1), weights=arrivals[usable])
    along_kept = np.asarray(along, dtype=float)[usable][first]
    return [(int(e), float(a)) for e, a in zip(unique[:, 0], along_kept)], demand
