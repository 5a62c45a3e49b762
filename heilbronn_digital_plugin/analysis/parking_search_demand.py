"""Parking demand for the search model: arrivals per hour at each destination in each period
of a time window, from a constant rate, from time-of-day profiles, or from the occupancy
readings of the sites corrected for censoring; and the turnover of the sites.

Pure numpy and the standard library: no Qt, no QGIS. Times are seconds since 1970 (UTC);
hours of the day in profiles are Heilbronn local time (Europe/Berlin, with DST).

* **Profiles.** A destination has a number of car arrivals per day and a profile: rows of
  (hour_from, hour_to, share) saying which share of the day's arrivals come in which hours
  (Bosserhoff's *Tagesganglinien* are such tables), optionally per day type (weekday,
  Saturday, Sunday). Hours a profile does not cover get no arrivals; where rows overlap, the
  earlier row keeps the overlapping hours and the later one keeps its share per hour.
* **Turnover.** Sensors count occupied spaces, not cars coming and going: a departure and an
  arrival in one step cancel out. Departures are therefore at least the decreases of the
  occupied spaces; the turnover (departures per parked car and hour, the inverse of the mean
  dwell time by Little's law) is estimated from them over the three hours around each reading.
  A step's arrivals are its change of occupied spaces plus its departures: those the
  turnover implies for the cars parked, at least the fall of the occupied spaces.
* **Censoring.** A full site shows no arrivals however many drivers want to park there. While
  a site is full, its arrivals are taken as the rate it had in the hour before it filled (or
  the arrivals that refill its departures, whichever is larger).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np

# Heilbronn's clock from the plugin's one time module: no tz database (Windows QGIS often has
# none, and zoneinfo then fails at import), no Qt.
from ..toolbelt.local_time import local_to_utc, to_local

SECONDS_PER_HOUR = 3600.0
MINUTES_PER_DAY = 1440
# Day types of profile rows; a row for ALL_DAYS serves the days without rows of their own.
WEEKDAY, SATURDAY, SUNDAY, ALL_DAYS = 0, 1, 2, 3
DAY_NAMES = {
    "weekday": WEEKDAY, "werktag": WEEKDAY, "mo-fr": WEEKDAY, "saturday": SATURDAY,
    "samstag": SATURDAY, "sa": SATURDAY, "sunday": SUNDAY, "sonntag": SUNDAY, "so": SUNDAY,
    "": ALL_DAYS, "all": ALL_DAYS, "alle": ALL_DAYS, "daily": ALL_DAYS, "täglich": ALL_DAYS,
}
# Turnover is estimated over this many seconds before and after a reading.
TURNOVER_HALF_WINDOW_S = 1.5 * SECONDS_PER_HOUR
# Readings farther apart than this are not one step (a sensor outage lies between them).
MAX_STEP_S = 2.0 * SECONDS_PER_HOUR
# Shares adding up to more than this are read as percent.
_PERCENT_THRESHOLD = 20.0


@dataclass(frozen=True)
class Window:
    """A time window [start_s, end_s) in seconds since 1970 (UTC), cut into periods of
    ``period_s`` seconds from its start (the last one may be shorter)."""

    start_s: float
    end_s: float
    period_s: float = 900.0

    @property
    def hours(self) -> float:
        return (self.end_s - self.start_s) / SECONDS_PER_HOUR

    @property
    def period_count(self) -> int:
        return max(int(np.ceil((self.end_s - self.start_s) / self.period_s - 1e-9)), 1)

    def period_bounds(self) -> np.ndarray:
        """(periods, 2): start and end of every period, seconds since 1970."""
        starts = self.start_s + self.period_s * np.arange(self.period_count)
        return np.stack([starts, np.minimum(starts + self.period_s, self.end_s)], axis=1)


def local_day(moment_s: float, period_s: float = 900.0) -> Window:
    """The Heilbronn day (local midnight to midnight) around ``moment_s``: 96 quarter hours,
    92 on the day clocks go forward, 100 on the day they go back."""
    day = to_local(datetime.fromtimestamp(moment_s, timezone.utc)).date()
    midnight = local_to_utc(datetime(day.year, day.month, day.day))
    following = day + timedelta(days=1)
    next_midnight = local_to_utc(datetime(following.year, following.month, following.day))
    return Window(midnight.timestamp(), next_midnight.timestamp(), period_s)


# Profiles ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProfileRow:
    """One row of a profile table: ``share`` of the day's arrivals between ``hour_from`` and
    ``hour_to`` (local hours, 0–24) on ``days`` (a key of :data:`DAY_NAMES`); ``label``
    names the row in messages."""

    profile: str
    days: str
    hour_from: float
    hour_to: float
    share: float
    label: str = ""


@dataclass
class ProfileNotes:
    """What was assumed while reading a profile table, for the messages."""

    unreadable: list[str] = field(default_factory=list)  # rows left out (labels)
    overlaps: list[tuple[str, str]] = field(default_factory=list)  # (kept row, trimmed row)
    gaps: list[tuple[str, str, float, float]] = field(default_factory=list)  # profile, day, h
    percent: list[str] = field(default_factory=list)  # profiles whose shares read as percent
    unknown_days: list[str] = field(default_factory=list)  # rows with a day type not known


@dataclass
class Profiles:
    """Share of a day's arrivals per hour, per minute of the local day: ``density[key]`` is a
    (1440,) array for ``key`` = (profile, day type)."""

    density: dict[tuple[str, int], np.ndarray]
    notes: ProfileNotes

    @classmethod
    def from_rows(cls, rows: list[ProfileRow]) -> Profiles:
        notes = ProfileNotes()
        groups: dict[tuple[str, int], list[ProfileRow]] = {}
        for row in rows:
            day = DAY_NAMES.get(str(row.days or "").strip().lower())
            if day is None:
                notes.unknown_days.append(row.label)
                day = ALL_DAYS
            usable = (np.isfinite(row.hour_from) and np.isfinite(row.hour_to)
                      and np.isfinite(row.share) and 0.0 <= row.hour_from < row.hour_to <= 24.0
                      and row.share >= 0.0 and row.profile != "")
            if not usable:
                notes.unreadable.append(row.label)
                continue
            groups.setdefault((row.profile, day), []).append(row)
        percent_profiles = {profile for (profile, _), group in groups.items()
                            if sum(row.share for row in group) > _PERCENT_THRESHOLD}
        notes.percent = sorted(percent_profiles)
        density = {}
        for (profile, day), group in groups.items():
            scale = 0.01 if profile in percent_profiles else 1.0
            minutes = np.zeros(MINUTES_PER_DAY)
            owner: list[str | None] = [None] * MINUTES_PER_DAY
            for row in sorted(group, key=lambda r: (r.hour_from, r.hour_to)):
                first = int(round(row.hour_from * 60))
                last = int(round(row.hour_to * 60))
                per_minute = row.share * scale / (last - first) if last > first else 0.0
                taken = [owner[m] for m in range(first, last) if owner[m] is not None]
                if taken:
                    notes.overlaps.append((taken[0], row.label))
                for minute in range(first, last):
                    if owner[minute] is None:
                        owner[minute] = row.label
                        minutes[minute] = per_minute
            # Per hour: a share per minute times 60.
            density[(profile, day)] = minutes * 60.0
            free = np.array([o is None for o in owner])
            for start, stop in _runs(free):
                notes.gaps.append((profile, _day_label(day), start / 60.0, stop / 60.0))
        return cls(density, notes)

    def profile_names(self) -> set[str]:
        return {profile for profile, _ in self.density}

    def shares_per_hour(self, profile: str, day: int) -> np.ndarray | None:
        """The (1440,) density for a day type, falling back to the profile's all-days rows."""
        return self.density.get((profile, day), self.density.get((profile, ALL_DAYS)))


def _day_label(day: int) -> str:
    return {WEEKDAY: "weekday", SATURDAY: "saturday", SUNDAY: "sunday", ALL_DAYS: "all"}[day]


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of the runs of True in a boolean array."""
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]


def local_minutes(window: Window, samples_per_period: int = 15
                  ) -> tuple[np.ndarray, np.ndarray]:
    """For ``samples_per_period`` moments evenly inside every period: the minute of the local
    day (0–1439) and the day type. Shapes (periods, samples)."""
    bounds = window.period_bounds()
    fractions = (np.arange(samples_per_period) + 0.5) / samples_per_period
    moments = bounds[:, :1] + (bounds[:, 1:] - bounds[:, :1]) * fractions
    minute = np.empty(moments.shape, dtype=np.int64)
    day = np.empty(moments.shape, dtype=np.int64)
    # One conversion per distinct UTC offset would do; the windows are short enough for this.
    for index, moment in np.ndenumerate(moments):
        local = to_local(datetime.fromtimestamp(float(moment), timezone.utc))
        minute[index] = local.hour * 60 + local.minute
        weekday = local.weekday()
        day[index] = WEEKDAY if weekday < 5 else (SATURDAY if weekday == 5 else SUNDAY)
    return minute, day


def profile_rates(profiles: Profiles, profile_of: list[str], daily: np.ndarray,
                  window: Window) -> tuple[np.ndarray, list[int]]:
    """Arrivals per hour of every destination in every period of ``window``: its ``daily``
    arrivals times the share per hour of its profile, averaged over the period. Returns the
    (destinations, periods) rates and the indices of destinations whose profile is not in
    the table (they get no arrivals)."""
    daily = np.nan_to_num(np.asarray(daily, dtype=float))
    minute, day = local_minutes(window)
    rates = np.zeros((len(profile_of), window.period_count))
    unknown = []
    per_profile: dict[str, np.ndarray] = {}
    for index, name in enumerate(profile_of):
        if name not in per_profile:
            shape = np.zeros(window.period_count)
            known = False
            for day_type in (WEEKDAY, SATURDAY, SUNDAY):
                density = profiles.shares_per_hour(name, day_type)
                if density is None:
                    continue
                known = True
                on_day = day == day_type
                shape += (np.where(on_day, density[minute], 0.0)).mean(axis=1)
            per_profile[name] = shape if known else None
        shape = per_profile[name]
        if shape is None:
            unknown.append(index)
            continue
        rates[index] = daily[index] * shape
    return rates, unknown


def constant_rates(arrivals_h: np.ndarray, window: Window) -> np.ndarray:
    """Arrivals per hour the same in every period."""
    arrivals_h = np.nan_to_num(np.asarray(arrivals_h, dtype=float))
    return np.repeat(arrivals_h[:, None], window.period_count, axis=1)


# Turnover and censoring ---------------------------------------------------------------------

@dataclass
class SiteSeries:
    """The readings of every site as one array sorted by site and time: site index, seconds
    since 1970, free and occupied spaces (capacity = free + occupied)."""

    site: np.ndarray
    seconds: np.ndarray
    free: np.ndarray
    occupied: np.ndarray

    @classmethod
    def of(cls, site, seconds, free, occupied) -> SiteSeries:
        site = np.asarray(site, dtype=np.int64)
        seconds = np.asarray(seconds, dtype=float)
        order = np.lexsort((seconds, site))
        return cls(site[order], seconds[order], np.asarray(free, dtype=float)[order],
                   np.asarray(occupied, dtype=float)[order])

    def steps(self) -> np.ndarray:
        """Index of every reading whose next reading belongs to the same site and follows
        within :data:`MAX_STEP_S`: the start of a step."""
        same = (self.site[1:] == self.site[:-1]) & (np.diff(self.seconds) <= MAX_STEP_S) \
            & (np.diff(self.seconds) > 0)
        return np.flatnonzero(same)


@dataclass
class Turnover:
    """Departures per parked car and hour at every reading (``rate``, aligned with the
    series), and which sites had no departure of their own to derive it from."""

    rate: np.ndarray
    site_rate: np.ndarray  # per site, over all its readings (the mean dwell is 1 / rate)
    derived: np.ndarray  # per site: whether its own decreases gave its turnover
    pooled_rate: float  # over every site; 0 when no site's occupancy ever fell

    def dwell_h(self) -> np.ndarray:
        """Mean dwell time per site in hours (inf where nothing departs)."""
        with np.errstate(divide="ignore"):
            return np.where(self.site_rate > 0, 1.0 / self.site_rate, np.inf)


def turnover(series: SiteSeries, site_count: int) -> Turnover:
    """Turnover from the decreases of occupied spaces (a lower bound of the departures) over
    the occupied space-hours, in :data:`TURNOVER_HALF_WINDOW_S` either side of each reading.
    A site without a decrease takes the rate pooled over all sites at that time; where no
    site's occupancy fell, nobody is assumed to leave."""
    n = len(series.site)
    steps = series.steps()
    dec = np.zeros(n)
    exposure = np.zeros(n)
    dec[steps] = np.maximum(series.occupied[steps] - series.occupied[steps + 1], 0.0)
    exposure[steps] = series.occupied[steps] * np.diff(series.seconds)[steps] / SECONDS_PER_HOUR
    site_dec = np.bincount(series.site, weights=dec, minlength=site_count)
    site_exposure = np.bincount(series.site, weights=exposure, minlength=site_count)
    derived = site_dec > 0
    pooled = float(site_dec.sum() / site_exposure.sum()) if site_exposure.sum() > 0 else 0.0
    site_rate = np.where(derived, site_dec / np.maximum(site_exposure, 1e-9), pooled)
    # Rolling sums per site over the readings within the half window either side.
    cum_dec = np.concatenate([[0.0], np.cumsum(dec)])
    cum_exp = np.concatenate([[0.0], np.cumsum(exposure)])
    # One sorted key, site by site, with a gap between sites wider than the half window.
    if n:
        offset = series.seconds - series.seconds.min()
        span = float(offset.max()) + 4.0 * TURNOVER_HALF_WINDOW_S
        key = series.site * span + offset
    else:
        key = np.zeros(0)
    lower = np.searchsorted(key, key - TURNOVER_HALF_WINDOW_S, side="left")
    upper = np.searchsorted(key, key + TURNOVER_HALF_WINDOW_S, side="right")
    local_dec = cum_dec[upper] - cum_dec[lower]
    local_exp = cum_exp[upper] - cum_exp[lower]
    own = (local_dec > 0) & (local_exp > 0)
    # Pooled over all sites at about the same time, for the readings without a decrease.
    by_time = np.argsort(series.seconds, kind="stable")
    times = series.seconds[by_time]
    all_dec = np.concatenate([[0.0], np.cumsum(dec[by_time])])
    all_exp = np.concatenate([[0.0], np.cumsum(exposure[by_time])])
    lo = np.searchsorted(times, series.seconds - TURNOVER_HALF_WINDOW_S, side="left")
    hi = np.searchsorted(times, series.seconds + TURNOVER_HALF_WINDOW_S, side="right")
    pool_dec, pool_exp = all_dec[hi] - all_dec[lo], all_exp[hi] - all_exp[lo]
    pooled_here = np.where(pool_exp > 0, pool_dec / np.maximum(pool_exp, 1e-9), 0.0)
    rate = np.where(own, local_dec / np.maximum(local_exp, 1e-9), pooled_here)
    return Turnover(rate, site_rate, derived, pooled)


@dataclass
class SiteDemand:
    """Arrivals per hour of every site in every period (censoring corrected), and the sites
    that were full in every reading (their demand is only what refills their departures)."""

    rates: np.ndarray
    always_full: list[int]
    corrected: list[int]  # sites whose demand was raised while they were full


def site_arrivals(series: SiteSeries, rates: Turnover, site_count: int,
                  window: Window) -> SiteDemand:
    """Arrivals per hour at each site in each period of ``window``: per step between two
    readings, the change of occupied spaces plus the departures (those its turnover implies,
    and at least the fall of the occupied spaces); while the site is full at the end of a
    step, at least the mean rate of its last hour of steps before it filled. Readings before
    the window (a look-back) serve that hour; only steps overlapping the window count."""
    steps = series.steps()
    length = np.diff(series.seconds)[steps]
    change = series.occupied[steps + 1] - series.occupied[steps]
    # At least the turnover's departures, and at least the fall of the occupied spaces.
    departures = np.maximum(series.occupied[steps] * rates.rate[steps] * length
                            / SECONDS_PER_HOUR, -change)
    arrivals = change + departures
    full_after = series.free[steps + 1] <= 0
    corrected_sites = set()
    always_full = []
    site_of_step = series.site[steps]
    for site in np.unique(site_of_step):
        where = np.flatnonzero(site_of_step == site)
        if full_after[where].all():
            always_full.append(int(site))
            continue
        for position, index in enumerate(where):
            if not full_after[index]:
                continue
            start = series.seconds[steps[index]]
            before = [i for i in where[:position] if not full_after[i]
                      and series.seconds[steps[i]] >= start - SECONDS_PER_HOUR]
            if not before:
                # Full since an earlier step: keep the rate found for that one.
                earlier = [i for i in where[:position] if full_after[i]]
                if not earlier:
                    continue
                rate_before = arrivals[earlier[-1]] / length[earlier[-1]]
            else:
                rate_before = arrivals[before].sum() / length[before].sum()
            wanted = rate_before * length[index]
            if wanted > arrivals[index]:
                arrivals[index] = wanted
                corrected_sites.add(int(site))
    # Spread each step's arrivals evenly over its span and add up what falls in each period.
    bounds = window.period_bounds()
    start = series.seconds[steps]
    stop = series.seconds[steps + 1]
    overlap = np.clip(np.minimum(stop[:, None], bounds[None, :, 1])
                      - np.maximum(start[:, None], bounds[None, :, 0]), 0.0, None)
    per_period = arrivals[:, None] * overlap / length[:, None]
    site_rates = np.zeros((site_count, window.period_count))
    np.add.at(site_rates, site_of_step, per_period)
    site_rates /= ((bounds[:, 1] - bounds[:, 0]) / SECONDS_PER_HOUR)[None, :]
    return SiteDemand(site_rates, always_full, sorted(corrected_sites))
