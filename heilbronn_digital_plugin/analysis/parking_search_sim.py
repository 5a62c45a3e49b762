"""The parking-search simulation: drivers who arrive one after the other and compete for the
free spaces the sensors report.

Pure numpy: no Qt, no QGIS. Distances in metres, times in seconds (since 1970, UTC) or in
bins of :data:`BIN_S` seconds from the window start.

The model (see the README, ``heilbronn:parkingsearchtraffic``):

* Drivers arrive through the window at their destinations (a random moment in each period,
  as many as the period's expected arrivals, rounded up or down at random), and search the
  sites along the street segments in the order of the analytical model (by network distance
  from the destination, within the walking tolerance and the give-up distance), reaching each
  segment at ``arrival + distance searched / cruising speed``.
* A site offers what its sensors report at that moment: the free spaces of its latest
  reading, plus the departures its turnover implies since that reading, minus the spaces
  simulated drivers took since that reading. At the next reading the sensors count those
  drivers themselves, so the baseline never counts a driver twice.
* A driver who finds no space within reach gives up (drives to a garage farther away or
  leaves); the search distance then is everything searched.
* Guided drivers (a share of them, who use the sensors' information in an app or on signs)
  drive straight to the nearest site within reach that reports a free space when they
  arrive; they search only if it has filled by the time they get there, from there on.
* A scenario changes the supply (spaces added or removed per site, sites closed) or the
  share of guided drivers. Baseline and scenario see the same drivers (common random
  numbers). A driver who parks elsewhere in the scenario than in the baseline occupies the new
  space and frees the old one for his whole dwell time, beyond the next reading (the
  readings only know the baseline).
* Runs are repeated with new drivers until each reported total is known to within the
  tolerance (half-width of its 95 % confidence interval).

The state is one array of free spaces per run, site and bin (``lanes × sites × bins``): every
step handles the i-th driver of every run at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .parking_search_demand import SECONDS_PER_HOUR, Window
from .progress import Progress, Silent, step

BIN_S = 15.0
# How many bins a simulated driver's space is counted at most before a reading takes over.
_MAX_HOLD_S = 3600.0
# Memory for the state of one batch of runs (int32 cells).
BATCH_CELLS = 12_000_000
# Bound of a capacity change and of a deficit, so the int32 state never overflows.
_DEFICIT_LIMIT = 1_000_000


@dataclass
class SearchOrders:
    """The search of every place (destination places, then one place per site for guided
    drivers who search on from a full site, then an empty dummy place), padded: per place
    the sites in search order (``site_count`` pads), the bins until a searcher reaches each
    one, the bins of a direct drive to it, the search distance if parking there and the
    position of its segment in the place's edge order; the edge order (``edge_count``
    pads); and the distance and last position searched by a driver who gives up."""

    sites: np.ndarray
    reach_bins: np.ndarray
    travel_bins: np.ndarray
    distance_m: np.ndarray
    edge_pos: np.ndarray
    edges: np.ndarray
    giveup_m: np.ndarray
    giveup_pos: np.ndarray
    site_place: np.ndarray  # place index of every site's own place

    @property
    def dummy(self) -> int:
        return len(self.giveup_m) - 1

    @property
    def gave_up_slot(self) -> int:
        return self.sites.shape[1]

    @property
    def direct_slot(self) -> int:
        return self.sites.shape[1] + 1

    def slot_distance(self) -> np.ndarray:
        """(places, slots): the search distance (m) of each slot, giving up and guided
        straight to a space included."""
        return np.concatenate([self.distance_m, self.giveup_m[:, None],
                               np.zeros((len(self.giveup_m), 1))], axis=1)

    def slot_position(self) -> np.ndarray:
        """(places, slots): the position of the last segment searched (-1: none)."""
        return np.concatenate([self.edge_pos, self.giveup_pos[:, None],
                               np.full((len(self.giveup_m), 1), -1)], axis=1)


def build_orders(orders: list[tuple[np.ndarray, np.ndarray, np.ndarray]], site_edge: np.ndarray,
                 site_count: int, edge_count: int, speed_ms: float,
                 destination_places: int) -> SearchOrders:
    """Padded search orders from ``orders``: per place (destination places first, then one
    per site) the edges searched in order, their network distances from the place (m) and
    their lengths (m). Sites are listed on the segment they snapped to."""
    sites_on: dict[int, list[int]] = {}
    for site, edge in enumerate(site_edge):
        if edge >= 0:
            sites_on.setdefault(int(edge), []).append(site)
    rows = []
    for edges, distances, lengths in orders:
        before = np.cumsum(lengths) - lengths
        row = [(site, before[m], distances[m], before[m] + lengths[m], m)
               for m, edge in enumerate(edges) for site in sites_on.get(int(edge), [])]
        rows.append(row)
    count = len(orders) + 1
    width = max([len(row) for row in rows] + [1])
    depth = max([len(edges) for edges, _, _ in orders] + [1])
    sites = np.full((count, width), site_count, dtype=np.int64)
    reach = np.zeros((count, width), dtype=np.int64)
    travel = np.zeros((count, width), dtype=np.int64)
    distance = np.zeros((count, width))
    position = np.zeros((count, width), dtype=np.int64)
    edge_order = np.full((count, depth), edge_count, dtype=np.int64)
    giveup = np.zeros(count)
    giveup_pos = np.full(count, -1, dtype=np.int64)
    for place, (row, (edges, _, lengths)) in enumerate(zip(rows, orders)):
        if row:
            site, searched, direct, dist, pos = (np.array(column) for column in zip(*row))
            sites[place, :len(row)] = site
            reach[place, :len(row)] = np.floor(searched / speed_ms / BIN_S)
            travel[place, :len(row)] = np.floor(direct / speed_ms / BIN_S)
            distance[place, :len(row)] = dist
            position[place, :len(row)] = pos
        edge_order[place, :len(edges)] = edges
        giveup[place] = float(np.sum(lengths))
        giveup_pos[place] = len(edges) - 1
    site_place = np.arange(site_count) + destination_places
    return SearchOrders(sites, reach, travel, distance, position, edge_order, giveup,
                        giveup_pos, site_place)


@dataclass
class Supply:
    """Free spaces per site and bin as the sensors report them (row ``site_count`` is an
    empty dummy site), and per site and bin the bin of its next reading (when the sensors
    take over the count of a simulated driver)."""

    free: np.ndarray
    next_reading: np.ndarray

    @property
    def bins(self) -> int:
        return self.free.shape[1]

    def changed(self, change: np.ndarray) -> np.ndarray:
        """Free spaces after a capacity change per site. Not clipped at 0: a site that lost
        more spaces than were free has a deficit that the cars leaving it (or moved away by
        the scenario) fill first before a space is free again."""
        free = self.free.copy()
        delta = np.clip(np.round(change), -_DEFICIT_LIMIT, _DEFICIT_LIMIT).astype(np.int64)
        free[:-1] = np.maximum(free[:-1] + delta[:, None], -_DEFICIT_LIMIT)
        return free


def build_supply(window: Window, bins: int, site_count: int, site: np.ndarray,
                 seconds: np.ndarray, free: np.ndarray, occupied: np.ndarray,
                 turnover_h: np.ndarray, fallback_free: np.ndarray) -> Supply:
    """The sensors' free spaces per site and bin of ``window`` (``bins`` of :data:`BIN_S`
    seconds, beyond the window's end too): the latest reading (the first one before it
    starts), plus the departures since it at its turnover ``turnover_h`` (departures per
    parked car and hour, one per reading); ``fallback_free`` (NaN: no supply) for sites
    without readings, read again every period."""
    centre = window.start_s + (np.arange(bins) + 0.5) * BIN_S
    out = np.zeros((site_count + 1, bins), dtype=np.int64)
    nxt = np.zeros((site_count + 1, bins), dtype=np.int64)
    order = np.lexsort((seconds, site))
    site, seconds = np.asarray(site)[order], np.asarray(seconds, dtype=float)[order]
    free, occupied = np.asarray(free, dtype=float)[order], np.asarray(occupied, dtype=float)[order]
    turnover_h = np.asarray(turnover_h, dtype=float)[order]
    bounds = np.searchsorted(site, np.arange(site_count + 1))
    period_bins = max(int(round(window.period_s / BIN_S)), 1)
    for j in range(site_count):
        lo, hi = bounds[j], bounds[j + 1]
        if hi > lo:
            times = seconds[lo:hi]
            k = np.maximum(np.searchsorted(times, centre, side="right") - 1, 0)
            elapsed_h = np.maximum(centre - times[k], 0.0) / SECONDS_PER_HOUR
            left = occupied[lo:hi][k] * (1.0 - np.exp(-turnover_h[lo:hi][k] * elapsed_h))
            out[j] = np.maximum(free[lo:hi][k] + np.floor(left + 1e-9), 0)
            later = np.searchsorted(times, centre, side="right")
            next_time = np.where(later < len(times), times[np.minimum(later, len(times) - 1)],
                                 np.inf)
            nxt[j] = np.minimum(np.ceil((next_time - window.start_s) / BIN_S - 0.5), bins)
        elif np.isfinite(fallback_free[j]):
            out[j] = max(int(round(fallback_free[j])), 0)
            nxt[j] = (np.arange(bins) // period_bins + 1) * period_bins
        # else: no supply (the row stays 0), and its next reading never comes.
    nxt[site_count] = 0
    return Supply(out, nxt)


@dataclass
class Drivers:
    """The drivers of a batch of runs, padded to the same count: per run (rows) and driver
    in order of arrival: place, arrival bin, period, a uniform number (guided when below the
    guidance share) and an exponential one (dwell time in units of the site's mean dwell),
    and whether the slot holds a driver."""

    place: np.ndarray
    arrival: np.ndarray
    period: np.ndarray
    uniform: np.ndarray
    dwell: np.ndarray
    valid: np.ndarray


def draw_drivers(rates: np.ndarray, window: Window, runs: int, rng: np.random.Generator,
                 dummy_place: int) -> Drivers:
    """``runs`` independent sets of drivers for arrivals per hour ``rates`` (places ×
    periods): the expected number per place and period rounded up or down at random (so that
    runs differ in who comes when and where, not in how many come), each at a uniformly
    random moment of its period."""
    bounds = window.period_bounds()
    duration = bounds[:, 1] - bounds[:, 0]
    expected = np.nan_to_num(rates) * duration[None, :] / SECONDS_PER_HOUR
    whole = np.floor(expected)
    fraction = expected - whole
    sets = []
    for _ in range(runs):
        counts = (whole + (rng.random(expected.shape) < fraction)).astype(np.int64).ravel()
        cell = np.repeat(np.arange(counts.size), counts)
        place, period = np.divmod(cell, expected.shape[1])
        moment = bounds[period, 0] + rng.random(cell.size) * duration[period]
        order = np.argsort(moment, kind="stable")
        sets.append((place[order], moment[order], period[order], rng.random(cell.size),
                     rng.exponential(size=cell.size)))
    width = max([len(s[0]) for s in sets] + [1])
    place = np.full((runs, width), dummy_place, dtype=np.int64)
    arrival = np.zeros((runs, width), dtype=np.int64)
    period = np.zeros((runs, width), dtype=np.int64)
    uniform = np.ones((runs, width))
    dwell = np.zeros((runs, width))
    valid = np.zeros((runs, width), dtype=bool)
    for run, (p, moment, q, u, e) in enumerate(sets):
        n = len(p)
        place[run, :n] = p
        arrival[run, :n] = np.floor((moment - window.start_s) / BIN_S)
        period[run, :n] = q
        uniform[run, :n] = u
        dwell[run, :n] = e
        valid[run, :n] = True
    return Drivers(place, arrival, period, uniform, dwell, valid)


@dataclass
class Outcomes:
    """What happened to every driver of a batch, per lane (world × run) and driver: the
    place whose order he searched, his slot in it (the position of the site he parked at in
    that order; :attr:`SearchOrders.gave_up_slot` if he found nothing;
    :attr:`SearchOrders.direct_slot` if guidance sent him straight to a free space), and the
    site he parked at (``site_count``: none)."""

    order_place: np.ndarray
    slot: np.ndarray
    site: np.ndarray


def simulate_batch(orders: SearchOrders, supply: list[np.ndarray], guidance: list[float],
                   next_reading: np.ndarray, dwell_bins: np.ndarray, drivers: Drivers,
                   progress: Progress | None = None) -> Outcomes:
    """Simulate the drivers of a batch of runs in each world (``supply``: free spaces per site
    and bin, ``guidance``: share of guided drivers, 0–1). With two worlds, the second is the
    scenario of the first: its drivers who park elsewhere move their occupancy beyond the
    next reading, for ``dwell`` × ``dwell_bins`` of the site. Raises
    :class:`~.progress.Canceled` when ``progress`` reports a cancellation."""
    progress = progress or Silent()
    worlds = len(supply)
    runs, count = drivers.place.shape
    lanes = worlds * runs
    site_count = supply[0].shape[0] - 1
    bins = supply[0].shape[1]
    state = np.empty((lanes, site_count + 1, bins), dtype=np.int32)
    for world, free in enumerate(supply):
        state[world * runs:(world + 1) * runs] = free[None]
    lane = np.arange(lanes)
    run_of = np.tile(np.arange(runs), worlds)
    share = np.repeat(np.asarray(guidance, dtype=float), runs)
    ahead = np.arange(hold_bins(next_reading))
    place_all = drivers.place[run_of]
    arrival_all = drivers.arrival[run_of]
    guided_all = drivers.uniform[run_of] < share[:, None]
    any_guided = bool(guided_all.any())
    out_place = np.empty((lanes, count), dtype=np.int64)
    out_slot = np.empty((lanes, count), dtype=np.int64)
    out_site = np.empty((lanes, count), dtype=np.int64)
    for i in range(count):
        if i % 256 == 0:
            step(progress, i, count)
        place = place_all[:, i]
        start = arrival_all[:, i].copy()
        search_place = place.copy()
        direct = np.zeros(lanes, dtype=bool)
        park_site = np.full(lanes, site_count, dtype=np.int64)
        park_bin = start.copy()
        if any_guided:
            guided = np.flatnonzero(guided_all[:, i])
            if guided.size:
                candidates = orders.sites[place[guided]]
                now = state[guided[:, None], candidates, start[guided, None]] >= 1
                has = now.any(axis=1)
                first = now.argmax(axis=1)
                target = candidates[np.arange(guided.size), first]
                there = start[guided] + orders.travel_bins[place[guided], first]
                arrived = has & (state[guided, target, there] >= 1)
                went = guided[arrived]
                direct[went] = True
                park_site[went] = target[arrived]
                park_bin[went] = there[arrived]
                onward = has & ~arrived
                search_place[guided[onward]] = orders.site_place[target[onward]]
                start[guided[onward]] = there[onward]
        candidates = orders.sites[search_place]
        at = start[:, None] + orders.reach_bins[search_place]
        free = state[lane[:, None], candidates, at] >= 1
        found = free.any(axis=1) & ~direct
        first = free.argmax(axis=1)
        park_site = np.where(found, candidates[lane, first], park_site)
        park_bin = np.where(found, at[lane, first], park_bin)
        out_place[:, i] = search_place
        out_slot[:, i] = np.where(direct, orders.direct_slot,
                                  np.where(found, first, orders.gave_up_slot))
        out_site[:, i] = park_site
        # The space is taken until the site's next reading counts the car itself.
        cols = np.minimum(park_bin[:, None] + ahead, bins - 1)
        taken = cols < next_reading[park_site, np.minimum(park_bin, bins - 1)][:, None]
        state[lane[:, None], park_site[:, None], cols] -= taken
        if worlds == 2:
            _move_occupancy(state, runs, i, park_site, park_bin, drivers, next_reading,
                            dwell_bins, site_count)
    return Outcomes(out_place, out_slot, out_site)


def hold_bins(next_reading: np.ndarray) -> int:
    """The longest time (bins) from a bin to the next reading of its site, at most
    :data:`_MAX_HOLD_S`: how long a simulated driver's space may need to be held."""
    bins = next_reading.shape[1]
    gap = next_reading[:-1] - np.arange(bins)[None, :]
    real = gap[next_reading[:-1] < bins]
    longest = int(real.max()) if real.size else 1
    return max(min(longest, int(_MAX_HOLD_S / BIN_S)), 1)


def _move_occupancy(state: np.ndarray, runs: int, i: int, site: np.ndarray, at: np.ndarray,
                    drivers: Drivers, next_reading: np.ndarray, dwell_bins: np.ndarray,
                    site_count: int) -> None:
    """In the scenario lanes, a driver who parks elsewhere than in the baseline occupies his
    new site and frees his baseline one from the next reading until he leaves."""
    base, scenario = site[:runs], site[runs:]
    moved = np.flatnonzero((base != scenario) & drivers.valid[:, i])
    bins = state.shape[2]
    for run in moved:
        for where, bin_, sign in ((scenario[run], at[runs + run], -1),
                                  (base[run], at[run], +1)):
            if where >= site_count:
                continue
            first = int(next_reading[where, min(bin_, bins - 1)])
            last = min(int(bin_ + np.ceil(drivers.dwell[run, i] * dwell_bins[where])), bins)
            if last > first:
                state[runs + run, where, first:last] += sign
