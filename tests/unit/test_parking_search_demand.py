"""Demand for the parking-search model without QGIS: time-of-day profiles (gaps, overlaps,
percent, day types), Heilbronn's local days, turnover and the censoring correction."""

from datetime import datetime, timezone

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_demand import (
    ProfileRow,
    Profiles,
    SiteSeries,
    Window,
    local_day,
    profile_rates,
    site_arrivals,
    turnover,
)


def _utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp()


# Tuesday 18 November 2025, 00:00 in Heilbronn (CET, UTC+1).
TUESDAY = _utc("2025-11-17T23:00:00")
SATURDAY = TUESDAY + 4 * 86400


def _retail() -> list[ProfileRow]:
    return [ProfileRow("retail", "weekday", 9, 12, 0.3, "row 1"),
            ProfileRow("retail", "weekday", 12, 14, 0.2, "row 2"),
            ProfileRow("retail", "weekday", 13, 18, 0.5, "row 3"),  # overlaps row 2 at 13–14
            ProfileRow("retail", "saturday", 8, 16, 1.2, "row 4"),
            ProfileRow("retail", "", 10, 18, 0.4, "row 5"),  # all other days
            ProfileRow("broken", "weekday", 14, 12, 0.1, "row 6")]


def test_profile_rates_follow_the_shares_in_local_time():
    profiles = Profiles.from_rows(_retail())
    day = local_day(TUESDAY)
    assert day.period_count == 96
    rates, unknown = profile_rates(profiles, ["retail", "nothing"], np.array([100.0, 50.0]), day)
    assert unknown == [1]
    hour = np.arange(96) / 4
    # 9–12: 30 of the day's 100 arrivals in 3 hours; 12–14: 20 in 2; 14–18: row 3's share per
    # hour (50 in 5 hours) in the hours row 2 left it; before 9 and after 18: nothing.
    expected = np.select([(hour >= 9) & (hour < 12), (hour >= 12) & (hour < 14),
                          (hour >= 14) & (hour < 18)], [10.0, 10.0, 10.0], 0.0)
    assert rates[0] == pytest.approx(expected)
    assert rates[1] == pytest.approx(0.0)
    notes = profiles.notes
    assert notes.overlaps == [("row 2", "row 3")]
    assert notes.unreadable == ["row 6"]
    assert ("retail", "weekday", 0.0, 9.0) in notes.gaps
    assert ("retail", "weekday", 18.0, 24.0) in notes.gaps


def test_saturday_has_its_own_rows_and_sunday_takes_the_all_days_rows():
    profiles = Profiles.from_rows(_retail())
    saturday, _ = profile_rates(profiles, ["retail"], np.array([100.0]), local_day(SATURDAY))
    sunday, _ = profile_rates(profiles, ["retail"], np.array([100.0]),
                              local_day(SATURDAY + 86400))
    assert saturday[0, 4 * 10] == pytest.approx(100 * 1.2 / 8)
    assert saturday[0].sum() / 4 == pytest.approx(120.0)
    assert sunday[0, 4 * 10] == pytest.approx(100 * 0.4 / 8)


def test_shares_in_percent_are_read_as_percent():
    rows = [ProfileRow("office", "", 0, 12, 60.0), ProfileRow("office", "", 12, 24, 40.0)]
    profiles = Profiles.from_rows(rows)
    assert profiles.notes.percent == ["office"]
    rates, _ = profile_rates(profiles, ["office"], np.array([240.0]), local_day(TUESDAY))
    assert rates[0].sum() / 4 == pytest.approx(240.0)
    assert rates[0, 0] == pytest.approx(240 * 0.6 / 12)


def test_local_days_have_92_or_100_quarter_hours_when_the_clocks_change():
    assert local_day(_utc("2025-03-30T12:00:00")).period_count == 92
    assert local_day(_utc("2025-10-26T12:00:00")).period_count == 100
    day = local_day(_utc("2025-11-18T22:30:00"))  # 23:30 in Heilbronn: still the 18th
    assert day.start_s == TUESDAY and day.hours == 24.0


def _series(occupied: list[float], capacity: float, start: float = -3600.0,
            step: float = 900.0) -> SiteSeries:
    occupied = np.asarray(occupied, dtype=float)
    seconds = start + step * np.arange(len(occupied))
    return SiteSeries.of(np.zeros(len(occupied), dtype=np.int64), seconds,
                         capacity - occupied, occupied)


def test_a_site_full_for_the_whole_window_keeps_the_demand_it_had_before_it_filled():
    """Capacity 10: 2 more cars every quarter hour until full at -15 min, full all window.
    Nobody leaves (no decrease), so arrivals before it filled were 8 per hour; the full
    window keeps that rate, though its readings show no arrival at all."""
    series = _series([4, 6, 8, 10, 10, 10, 10, 10, 10], 10.0)
    rates = turnover(series, 1)
    assert rates.pooled_rate == 0.0 and not rates.derived[0]
    demand = site_arrivals(series, rates, 1, Window(0.0, 3600.0))
    assert demand.rates[0] == pytest.approx([8.0, 8.0, 8.0, 8.0])
    assert demand.corrected == [0]
    assert demand.always_full == []


def test_a_site_full_in_every_reading_is_named():
    series = _series([10] * 9, 10.0)
    demand = site_arrivals(series, turnover(series, 1), 1, Window(0.0, 3600.0))
    assert demand.always_full == [0]
    assert demand.rates[0] == pytest.approx(0.0)


def test_turnover_counts_decreases_over_occupied_hours():
    """Occupancy 20, 18, 20, 18, …: 8 decreases of 2 over the occupied space-hours give the
    turnover; a step's arrivals are its change plus its departures (the turnover's, at least
    the fall): 0 on a falling step, 2 plus the hidden departures on a rising one."""
    occupied = np.array([20, 18] * 8, dtype=float)
    series = _series(occupied, 40.0, start=0.0)
    rates = turnover(series, 1)
    exposure = occupied[:-1].sum() * 0.25
    assert rates.site_rate[0] == pytest.approx(16.0 / exposure)
    assert rates.derived[0]
    assert rates.dwell_h()[0] == pytest.approx(exposure / 16.0)
    demand = site_arrivals(series, rates, 1, Window(0.0, 4 * 3600.0, 3600.0))
    rising = occupied[1:-1:2]  # the 18s before each rise
    hidden = rates.rate[1:-1:2] * rising * 0.25
    assert demand.rates.sum() == pytest.approx(2.0 * 7 + hidden.sum())
