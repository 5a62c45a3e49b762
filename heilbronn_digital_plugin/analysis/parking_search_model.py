"""Parking-search what-ifs: one entry point for the Processing algorithm
``heilbronn:parkingsearchtraffic`` and for panels (such as a trainers' "Was wäre, wenn…"
panel) that ask "what if this garage had 200 more spaces?".

Pure numpy: no Qt, no QGIS. Distances in metres, speeds in km/h, times in seconds since 1970
(UTC), rates in vehicles per hour.

Typical use::

    network = SearchNetwork(graph, SearchParameters())        # once per street network
    model = ParkingModel(network, sites, readings, window)     # once per time window
    demand = model.site_demand_of_sites()  # or Demand(edge, along, rates) of destinations
    what_if = model.evaluate(demand, Scenario(),
                             Scenario({"parkapi_v1:harmonie": 200}, guidance_share=0.3))
    what_if.baseline.summary.total_vehicle_km_h, what_if.scenario.summary.total_vehicle_km_h

:class:`SearchNetwork` keeps the search orders it has computed, so a panel that evaluates
several scenarios or hours on one network pays for them once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .parking_search import (
    Distribution,
    SearchOrder,
    SearchParameters,
    SearchResult,
    SearchSummary,
    SearchTimeStats,
    aggregate_probability,
    analytic_search,
    changed_free,
    changed_occupancy,
    either,
    group_places,
    search_order,
    search_time_stats,
    step_share,
)
from .parking_search_demand import (
    SECONDS_PER_HOUR,
    SiteDemand,
    SiteSeries,
    Turnover,
    Window,
    site_arrivals,
    turnover,
)
from .parking_search_sim import (
    BATCH_CELLS,
    BIN_S,
    Drivers,
    SearchOrders,
    build_orders,
    build_supply,
    draw_drivers,
    simulate_batch,
)
from .progress import Progress, Silent, Slice, step
from .street_graph import StreetGraph

# The z value of a two-sided 95 % confidence interval.
_Z95 = 1.96


@dataclass
class Sites:
    """Parking sites snapped to the network: ids, edge (-1: too far), position on it (m),
    capacity and latest occupancy rate (0–1) from the site layer (NaN where unknown), and
    their coordinates (for outputs)."""

    ids: list[str]
    edge: np.ndarray
    along: np.ndarray
    capacity: np.ndarray
    occupancy: np.ndarray
    x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    y: np.ndarray = field(default_factory=lambda: np.zeros(0))


@dataclass
class Readings:
    """Occupancy readings: site index, time (seconds since 1970), free and occupied spaces.
    Readings before the window's start serve as look-back (the state at its start, turnover,
    the demand of a site before it filled)."""

    site: np.ndarray
    seconds: np.ndarray
    free: np.ndarray
    occupied: np.ndarray

    @classmethod
    def empty(cls) -> Readings:
        return cls(np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), np.empty(0))

    def within(self, start_s: float, end_s: float) -> Readings:
        keep = (self.seconds >= start_s) & (self.seconds < end_s)
        return Readings(self.site[keep], self.seconds[keep], self.free[keep],
                        self.occupied[keep])


@dataclass
class Demand:
    """Where drivers go: destinations snapped to the network (edge -1: left out) and their
    arrivals per hour in every period of the model's window (destinations × periods)."""

    edge: np.ndarray
    along: np.ndarray
    rates: np.ndarray


@dataclass(frozen=True)
class Scenario:
    """A what-if: spaces added (+) or removed (−) per site id, sites closed, and the share of
    drivers (0–1) who follow parking guidance to a site its sensors report free. The default
    is the measured situation without guidance."""

    capacity_change: Mapping[str, float] = field(default_factory=dict)
    closed: frozenset[str] = frozenset()
    guidance_share: float = 0.0

    def change_per_site(self, sites: Sites) -> np.ndarray:
        """Spaces added or removed at each site; a closed site loses all its spaces."""
        change = np.array([float(self.capacity_change.get(site, 0.0)) for site in sites.ids])
        closed = np.array([site in self.closed for site in sites.ids], dtype=bool)
        everything = np.where(np.isfinite(sites.capacity), sites.capacity, 1e9)
        return np.where(closed, -everything, change) if len(change) else change


@dataclass(frozen=True)
class Settings:
    """How to evaluate: the simulation (drivers competing for spaces) or the analytical
    estimate; for the simulation a seed and how precise the totals must be (half-width of
    the 95 % confidence interval of each total, relative), within ``min_runs`` to
    ``max_runs`` runs; and whether to keep the figures of every period (the search per segment
    and period; the estimate computes its per-period figures only then)."""

    simulate: bool = True
    seed: int = 20251118
    tolerance: float = 0.02
    min_runs: int = 32
    max_runs: int = 256
    per_period: bool = False
    co2_g_per_km: float = 150.0


@dataclass
class PeriodStats:
    """Per period of the window: arrivals per hour, search vehicle-km per hour, mean search
    time (min) and share of arrivals searching longer than 5 minutes."""

    arrivals_h: np.ndarray
    vehicle_km_h: np.ndarray
    mean_search_min: np.ndarray
    share_over_5_min: np.ndarray


@dataclass
class Outcome:
    """One world of a what-if (the baseline or the scenario). Per edge: search vehicles per
    hour, search vehicle-km per hour and drivers per hour who parked on it (averaged over
    the window); ``summary`` in total; ``places``: search times overall (row 0) and per
    destination place; ``periods``: per period (the estimate's only with
    ``Settings.per_period``); ``period_vehicles_h``: search vehicles per hour per period and
    edge (only with ``Settings.per_period``)."""

    vehicles_h: np.ndarray
    vehicle_km_h: np.ndarray
    parked_h: np.ndarray
    summary: SearchSummary
    places: SearchTimeStats
    periods: PeriodStats | None
    period_vehicles_h: np.ndarray | None = None


@dataclass
class WhatIf:
    """The baseline and (with a scenario) the scenario; per edge the analytical chance of a
    free space and where it comes from (0 none, 1 readings, 2 latest occupancy rate); the
    place of every destination (-1: not snapped); and for a simulation the number of runs
    and the relative half-width of the 95 % confidence interval of each world's total."""

    baseline: Outcome
    scenario: Outcome | None
    p_free: np.ndarray
    p_source: np.ndarray
    destination_place: np.ndarray
    runs: int = 0
    precision: tuple[float, ...] = ()


class SearchNetwork:
    """A street network with its search parameters and the streets drivers search (a flag
    per edge; default: all; the others, such as pedestrian zones, only carry walkers);
    remembers search orders."""

    def __init__(self, graph: StreetGraph, parameters: SearchParameters,
                 searchable: np.ndarray | None = None) -> None:
        self.graph = graph
        self.parameters = parameters
        self.searchable = None if searchable is None else np.asarray(searchable, dtype=bool)
        self._flags = None if searchable is None else self.searchable.tolist()
        self._orders: dict[tuple[int, float], SearchOrder] = {}

    def with_sites(self, site_edge: np.ndarray) -> None:
        """Segments with a parking site are searched whatever the street: a garage's
        entrance is reached by car."""
        if self.searchable is not None:
            self.searchable[site_edge[site_edge >= 0]] = True
            self._flags = self.searchable.tolist()
            self._orders.clear()

    def order(self, edge: int, along: float) -> SearchOrder:
        key = (int(edge), round(float(along), 1))
        if key not in self._orders:
            self._orders[key] = search_order(self.graph, int(edge), float(along),
                                             self.parameters, self._flags)
        return self._orders[key]


class ParkingModel:
    """The supply of one time window: sites and their readings (with a look-back before the
    window), ready to evaluate demands and scenarios."""

    def __init__(self, network: SearchNetwork, sites: Sites, readings: Readings,
                 window: Window) -> None:
        self.network = network
        self.sites = sites
        self.window = window
        network.with_sites(sites.edge)
        usable = (readings.site >= 0) & (sites.edge[readings.site] >= 0) \
            if len(readings.site) else np.zeros(0, dtype=bool)
        self.readings = Readings(readings.site[usable], readings.seconds[usable],
                                 readings.free[usable], readings.occupied[usable])
        self.series = SiteSeries.of(self.readings.site, self.readings.seconds,
                                    self.readings.free, self.readings.occupied)
        self.turnover: Turnover = turnover(self.series, len(sites.ids))
        in_window = self.readings.within(window.start_s, window.end_s)
        self.in_window = in_window
        self.with_readings = np.zeros(len(sites.ids), dtype=bool)
        self.with_readings[in_window.site] = True
        self.fallback = (~self.with_readings & (sites.edge >= 0) & np.isfinite(sites.occupancy)
                         & np.isfinite(sites.capacity))
        self.unusable = (sites.edge >= 0) & ~self.with_readings & ~self.fallback

    # Demand --------------------------------------------------------------------------------

    def site_demand(self) -> SiteDemand:
        """Arrivals per hour at every site and period, corrected for censoring."""
        return site_arrivals(self.series, self.turnover, len(self.sites.ids), self.window)

    def demand_at_sites(self) -> tuple[Demand, SiteDemand]:
        """Every site as a destination with its censoring-corrected arrivals."""
        demand = self.site_demand()
        return Demand(self.sites.edge, self.sites.along, demand.rates), demand

    # Evaluation ----------------------------------------------------------------------------

    def evaluate(self, demand: Demand, baseline: Scenario | None = None,
                 scenario: Scenario | None = None, settings: Settings | None = None,
                 progress: Progress | None = None) -> WhatIf:
        """The search traffic of ``demand`` in the ``baseline`` (default: as measured, no
        guidance) and, if given, in the ``scenario``. Raises :class:`~.progress.Canceled`
        when ``progress`` reports a cancellation."""
        baseline = baseline or Scenario()
        settings = settings or Settings()
        progress = progress or Silent()
        places, which = group_places(demand.edge, demand.along)
        rates = np.zeros((len(places), self.window.period_count))
        kept = which >= 0
        np.add.at(rates, which[kept], np.nan_to_num(demand.rates[kept]))
        p_free, source = self.probability(baseline.change_per_site(self.sites))
        worlds = [baseline] + ([scenario] if scenario is not None else [])
        if settings.simulate:
            outcomes, runs, precision = self._simulate(places, rates, worlds, settings,
                                                       progress)
        else:
            outcomes = [self._analytic(places, rates, world, settings,
                                       Slice(progress, 100.0 * i / len(worlds),
                                             100.0 / len(worlds)))
                        for i, world in enumerate(worlds)]
            runs, precision = 0, ()
        return WhatIf(outcomes[0], outcomes[1] if len(outcomes) > 1 else None, p_free, source,
                      which, runs, precision)

    def probability(self, change: np.ndarray, readings: Readings | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
        """Per edge, the analytical chance of a free space from ``readings`` (default: those
        in the window) after a capacity change per site, and its source (0 none, 1 readings,
        2 latest occupancy rate)."""
        readings = self.in_window if readings is None else readings
        sites = self.sites
        edge_count = self.network.graph.edge_count
        free = changed_free(readings.free, change[readings.site])
        measured_p, measured = step_share(sites.edge[readings.site], readings.seconds, free,
                                          edge_count)
        rate, capacity = changed_occupancy(sites.occupancy, sites.capacity, change)
        use = self.fallback & np.isfinite(rate) & np.isfinite(capacity)
        aggregate_p = aggregate_probability(sites.edge[use], rate[use], capacity[use],
                                            edge_count)
        source = np.where(measured, 1, 0)
        source[np.bincount(sites.edge[use], minlength=edge_count) > 0] = 2
        return either(measured_p, aggregate_p), source

    # The analytical estimate ---------------------------------------------------------------

    def _analytic(self, places, rates: np.ndarray, world: Scenario, settings: Settings,
                  progress: Progress) -> Outcome:
        graph = self.network.graph
        orders = [self.network.order(edge, along) for edge, along in places]
        change = world.change_per_site(self.sites)
        bounds = self.window.period_bounds()
        hours = (bounds[:, 1] - bounds[:, 0]) / SECONDS_PER_HOUR
        mean_rates = (rates * hours[None, :]).sum(axis=1) / self.window.hours \
            if rates.size else np.zeros(0)
        p_free, _ = self.probability(change)
        guidance = float(np.clip(world.guidance_share, 0.0, 1.0))
        whole = analytic_search(orders, p_free, mean_rates, graph.edge_count, guidance,
                                Slice(progress, 0.0, 50.0))
        whole.vehicle_km_h = whole.vehicles_h * graph.edge_length / 1000.0
        periods, per_period = [], []
        for q, (start, end) in enumerate(bounds if settings.per_period else []):
            step(progress, q, len(bounds), 50.0, 50.0)
            p_q, _ = self.probability(change, self._readings_for(start, end))
            result = analytic_search(orders, p_q, rates[:, q], graph.edge_count, guidance)
            periods.append(result)
            per_period.append(result.vehicles_h)
        return self._outcome(whole, periods, len(places), settings, np.array(per_period),
                             self._parked_analytic(orders, p_free, mean_rates))

    def _readings_for(self, start: float, end: float) -> Readings:
        """The readings of a period; a site without one there keeps its latest before."""
        inside = self.readings.within(start, end)
        have = np.zeros(len(self.sites.ids), dtype=bool)
        have[inside.site] = True
        before = self.readings.within(-np.inf, start)
        if len(before.site):
            order = np.lexsort((before.seconds, before.site))
            last = order[np.r_[before.site[order][1:] != before.site[order][:-1], True]]
            last = last[~have[before.site[last]]]
            inside = Readings(*(np.concatenate([getattr(inside, name),
                                                getattr(before, name)[last]])
                                for name in ("site", "seconds", "free", "occupied")))
        return inside

    def _parked_analytic(self, orders, p_free, rates) -> np.ndarray:
        """Drivers per hour who find a space on each edge."""
        parked = np.zeros(self.network.graph.edge_count)
        p_free = np.clip(p_free, 0.0, 1.0)
        for order, arrivals in zip(orders, rates):
            if not arrivals > 0:
                continue
            p = p_free[order.edges]
            reaching = np.concatenate([[1.0], np.cumprod(1.0 - p)[:-1]])
            # A guided driver is sent to the nearest segment with a space: where an
            # unguided one would stop.
            parked[order.edges] += arrivals * reaching * p
        return parked

    # The simulation -------------------------------------------------------------------------

    def _simulate(self, places, rates: np.ndarray, worlds: list[Scenario], settings: Settings,
                  progress: Progress) -> tuple[list[Outcome], int, tuple[float, ...]]:
        graph, parameters = self.network.graph, self.network.parameters
        sites = self.sites
        site_count = len(sites.ids)
        snapped_sites = np.flatnonzero(sites.edge >= 0)
        site_orders = {int(j): self.network.order(sites.edge[j], sites.along[j])
                       for j in snapped_sites}
        empty = SearchOrder(np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0))
        raw = [self.network.order(edge, along) for edge, along in places] + \
            [site_orders.get(j, empty) for j in range(site_count)]
        speed_ms = parameters.cruising_speed_kmh / 3.6
        orders = build_orders([(o.edges, o.distances, o.lengths) for o in raw], sites.edge,
                              site_count, graph.edge_count, speed_ms, len(places))
        window = self.window
        ahead_s = (parameters.give_up_m + parameters.walking_m) / speed_ms + 3600.0
        bins = int(np.ceil((window.end_s - window.start_s + ahead_s) / BIN_S))
        fallback_free = np.where(self.fallback, sites.capacity * (1.0 - sites.occupancy), np.nan)
        supply = build_supply(window, bins, site_count, self.series.site, self.series.seconds,
                              self.series.free, self.series.occupied, self.turnover.rate,
                              fallback_free)
        frees = [supply.changed(world.change_per_site(sites)) for world in worlds]
        guidance = [float(np.clip(world.guidance_share, 0.0, 1.0)) for world in worlds]
        with np.errstate(divide="ignore"):
            dwell_bins = np.append(np.where(self.turnover.site_rate > 0,
                                            SECONDS_PER_HOUR / BIN_S / self.turnover.site_rate,
                                            bins), bins)
        batch = int(max(1, min(32, BATCH_CELLS // (len(worlds) * (site_count + 1) * bins))))
        tally = [_Tally(orders, len(places), site_count, window) for _ in worlds]
        runs, precision = 0, ()
        expected_batches = max(int(np.ceil(settings.min_runs / batch)), 1)
        while True:
            index = runs // batch
            rng = np.random.default_rng([settings.seed, index])
            drivers = draw_drivers(rates, window, batch, rng, orders.dummy)
            share = 95.0 / max(expected_batches, index + 1)
            outcomes = simulate_batch(orders, frees, guidance, supply.next_reading, dwell_bins,
                                      drivers, Slice(progress, min(share * index, 95.0), share))
            for world, counter in enumerate(tally):
                counter.add(outcomes, world, batch, drivers)
            runs += batch
            precision = tuple(counter.precision() for counter in tally)
            if runs >= settings.max_runs or (runs >= settings.min_runs
                                             and max(precision) <= settings.tolerance):
                break
        edge_site = sites.edge
        results = [counter.outcome(graph, edge_site, runs, parameters, settings)
                   for counter in tally]
        return results, runs, precision

    def _outcome(self, whole: SearchResult, periods: list[SearchResult], place_count: int,
                 settings: Settings, per_period: np.ndarray, parked: np.ndarray) -> Outcome:
        parameters = self.network.parameters
        summary = SearchSummary.of(whole, parameters, settings.co2_g_per_km)
        stats = search_time_stats(whole.distribution, parameters.cruising_speed_kmh,
                                  place_count)
        if not settings.per_period:
            return Outcome(whole.vehicles_h, whole.vehicle_km_h, parked, summary, stats, None)
        period_stats = [search_time_stats(r.distribution, parameters.cruising_speed_kmh)
                        for r in periods]
        return Outcome(
            whole.vehicles_h, whole.vehicle_km_h, parked, summary, stats,
            PeriodStats(np.array([r.arrivals_h for r in periods]),
                        np.array([float(r.vehicles_h @ self.network.graph.edge_length) / 1000.0
                                  for r in periods]),
                        np.nan_to_num(np.array([s.mean_min[0] for s in period_stats])),
                        np.nan_to_num(np.array([s.share_over[1][0] for s in period_stats]))),
            per_period)


class _Tally:
    """What the runs of one world add up to: outcome counts per period, searched place and
    slot (for the segments), per destination place, searched place and slot (for the
    distribution of search times), parked drivers per site, and every run's total."""

    def __init__(self, orders: SearchOrders, destination_places: int, site_count: int,
                 window: Window) -> None:
        self.orders = orders
        self.places = destination_places
        self.window = window
        slots = orders.sites.shape[1] + 2
        self.slots = slots
        self.place_count = len(orders.giveup_m)
        periods = window.period_count
        self.by_period = np.zeros((periods, self.place_count * slots))
        self.by_place = np.zeros((destination_places + 1) * self.place_count * slots)
        self.parked = np.zeros(site_count + 1)
        self.totals: list[float] = []
        self.distance = orders.slot_distance()

    def add(self, outcomes, world: int, runs: int, drivers: Drivers) -> None:
        lanes = slice(world * runs, (world + 1) * runs)
        valid = drivers.valid
        place = outcomes.order_place[lanes]
        slot = outcomes.slot[lanes]
        cell = place * self.slots + slot
        distance = self.distance[place, slot]
        self.totals.extend((distance * valid).sum(axis=1).tolist())
        cells = self.place_count * self.slots
        period_key = drivers.period[valid] * cells + cell[valid]
        self.by_period += np.bincount(period_key, minlength=self.by_period.size).reshape(
            self.by_period.shape)
        origin = np.minimum(drivers.place, self.places)  # padding counts as the dummy row
        place_key = origin[valid] * cells + cell[valid]
        self.by_place += np.bincount(place_key, minlength=self.by_place.size)
        site = outcomes.site[lanes][valid]
        self.parked += np.bincount(site, minlength=self.parked.size)

    def precision(self) -> float:
        """Relative half-width of the 95 % confidence interval of the mean total."""
        totals = np.array(self.totals)
        if len(totals) < 2 or totals.mean() <= 0:
            return 0.0 if len(totals) >= 2 else np.inf
        return float(_Z95 * totals.std(ddof=1) / np.sqrt(len(totals)) / totals.mean())

    def outcome(self, graph: StreetGraph, site_edge: np.ndarray, runs: int,
                parameters: SearchParameters, settings: Settings) -> Outcome:
        orders, window = self.orders, self.window
        bounds = window.period_bounds()
        hours = (bounds[:, 1] - bounds[:, 0]) / SECONDS_PER_HOUR
        counts = self.by_period.reshape(len(hours), self.place_count, self.slots)
        position = orders.slot_position()
        depth = orders.edges.shape[1]
        # Drivers whose search ended on each position of each order, then those who got
        # at least that far: the search flow on every segment of the order.
        ended = np.zeros((len(hours), self.place_count, depth))
        searched = position >= 0
        rows, cols = np.nonzero(searched)
        np.add.at(ended, (slice(None), rows, position[rows, cols]), counts[:, rows, cols])
        reached = ended[:, :, ::-1].cumsum(axis=2)[:, :, ::-1]
        edge_count = graph.edge_count
        flat_edges = orders.edges.ravel()
        per_period = np.stack([np.bincount(flat_edges, weights=reached[q].ravel(),
                                           minlength=edge_count + 1)[:edge_count]
                               for q in range(len(hours))]) / runs
        vehicles = per_period.sum(axis=0) / window.hours
        period_vehicles = per_period / hours[:, None]
        parked_sites = self.parked[:-1] / runs / window.hours
        parked = np.bincount(site_edge[site_edge >= 0], weights=parked_sites[site_edge >= 0],
                             minlength=edge_count)
        weight = 1.0 / runs / window.hours
        # The distribution of search times per destination place, from the counts.
        by_place = self.by_place.reshape(self.places + 1, self.place_count, self.slots)
        origin, op, slot = np.nonzero(by_place[:self.places])
        gave_up = slot == orders.gave_up_slot
        distribution = Distribution(self.distance[op, slot], by_place[origin, op, slot] * weight,
                                    gave_up, origin)
        arrivals = float(by_place[:self.places].sum()) * weight
        result = SearchResult(vehicles, vehicles * graph.edge_length / 1000.0, arrivals,
                              float(distribution.weight[gave_up].sum()), distribution)
        summary = SearchSummary.of(result, parameters, settings.co2_g_per_km)
        stats = search_time_stats(distribution, parameters.cruising_speed_kmh, self.places)
        minutes = self.distance / 1000.0 / parameters.cruising_speed_kmh * 60.0
        period_arrivals = counts.sum(axis=(1, 2))
        with np.errstate(invalid="ignore", divide="ignore"):
            period_mean = (counts * minutes[None]).sum(axis=(1, 2)) / period_arrivals
            period_long = (counts * (minutes[None] > 5.0)).sum(axis=(1, 2)) / period_arrivals
        periods = PeriodStats(period_arrivals / runs / hours,
                              (per_period * graph.edge_length[None, :]).sum(axis=1) / 1000.0
                              / hours,
                              np.nan_to_num(period_mean), np.nan_to_num(period_long))
        return Outcome(vehicles, vehicles * graph.edge_length / 1000.0, parked, summary, stats,
                       periods, period_vehicles if settings.per_period else None)
