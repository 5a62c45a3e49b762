"""The shared readings of every parking parser: counts, states and Europe/Berlin times,
including both summer-time switches (2025-10-26 and 2026-03-29)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr

UTC = timezone.utc


@pytest.mark.parametrize(("value", "expected", "flags"), [
    (12, 12, set()),
    ("12", 12, {pr.NUMBER_AS_TEXT}),
    (" 12,0 ", 12, {pr.NUMBER_AS_TEXT}),
    ("N/A", None, set()),
    ("", None, set()),
    (None, None, set()),
    ("zwölf", None, {pr.BAD_NUMBER}),
    (2.5, None, {pr.BAD_NUMBER}),
    (-4, -4, {pr.NEGATIVE_COUNT}),
    (True, None, set()),
])
def test_count(value, expected, flags):
    found: set[str] = set()
    assert pr.count(value, found) == expected
    assert found == flags


@pytest.mark.parametrize(("value", "expected", "flag"), [
    (692, 692, None), (9999, None, pr.PLACEHOLDER_CAPACITY), (0, None, pr.NO_CAPACITY),
    ("9999", None, pr.PLACEHOLDER_CAPACITY),
])
def test_capacity_placeholders_are_no_capacity(value, expected, flag):
    flags: set[str] = set()
    assert pr.capacity(value, flags) == expected
    assert (flag in flags) if flag else not flags - {pr.NUMBER_AS_TEXT}


def test_complete_counts_derives_and_flags():
    flags: set[str] = set()
    assert pr.complete_counts(None, 30, 100, flags) == (70, 30)
    assert flags == {pr.FREE_DERIVED}
    flags = set()
    assert pr.complete_counts(5, 90, 100, flags) == (5, 90)
    assert flags == {pr.COUNTS_DISAGREE}
    flags = set()
    assert pr.complete_counts(-4, 4, 0, flags) == (-4, 4)
    assert pr.NEGATIVE_COUNT in flags


@pytest.mark.parametrize(("words", "free", "status", "flags"), [
    (["FREE"], 12, "free", set()),
    (["FREE"], 0, "full", set()),
    (["besetzt", "frei"], None, "full", set()),
    (["closed", "spacesAvailable"], 400, "closed", {pr.CONTRADICTORY_STATE}),
    (["Störung", "frei"], 670, "unknown", {pr.SENSOR_FAULT}),
    (["UNKNOWN"], 3, "free", set()),
    (["wibble"], None, "unknown", {pr.UNKNOWN_STATE}),
    ([], None, "unknown", set()),
])
def test_status_from_words(words, free, status, flags):
    found: set[str] = set()
    assert pr.status_from_words(words, found, free) == status
    assert status in pr.STATUSES
    assert found == flags


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-12-03T13:35:01.623", datetime(2025, 12, 3, 12, 35, 1, 623000, UTC)),  # CET
    ("2025-07-03 13:35", datetime(2025, 7, 3, 11, 35, tzinfo=UTC)),  # CEST
    ("2025-05-09T21:41:58.5461534+02:00", datetime(2025, 5, 9, 19, 41, 58, 546153, UTC)),
    ("2024-02-11T02:15:53Z", datetime(2024, 2, 11, 2, 15, 53, tzinfo=UTC)),
    ("11.02.2024, 03:15", datetime(2024, 2, 11, 2, 15, tzinfo=UTC)),
    ("1.8.2024 14:00:30", datetime(2024, 8, 1, 12, 0, 30, tzinfo=UTC)),
    ("2025/12/03 12:35:01.623+00", None),
])
def test_parse_time(text, expected):
    flags: set[str] = set()
    assert pr.parse_time(text, flags) == expected
    assert flags == (set() if expected else {pr.BAD_TIME})


@pytest.mark.parametrize("value", [1_732_460_000_000_000, 1e20, float("nan"), float("inf")])
def test_an_epoch_out_of_range_is_flagged_not_raised(value):
    flags: set[str] = set()
    assert pr.parse_time(value, flags) is None
    assert flags == {pr.BAD_TIME}


def test_the_summer_time_switches_are_the_last_sundays_at_one_utc():
    for year, march, october in ((2025, 30, 26), (2026, 29, 25)):
        start = datetime(year, 3, march, 1, tzinfo=UTC)
        end = datetime(year, 10, october, 1, tzinfo=UTC)
        second = timedelta(seconds=1)
        assert pr.berlin_offset(start - second) == timedelta(hours=1)
        assert pr.berlin_offset(start) == timedelta(hours=2)
        assert pr.berlin_offset(end - second) == timedelta(hours=2)
        assert pr.berlin_offset(end) == timedelta(hours=1)


def test_the_repeated_and_the_skipped_hour():
    # 2025-10-26: 02:30 happens twice, 00:30 UTC (CEST) and 01:30 UTC (CET).
    assert pr.berlin_to_utc(datetime(2025, 10, 26, 2, 30)) == (
        datetime(2025, 10, 26, 0, 30, tzinfo=UTC), pr.AMBIGUOUS_LOCAL_TIME)
    assert pr.berlin_to_utc(datetime(2025, 10, 26, 2, 30), fold=1)[0] == datetime(
        2025, 10, 26, 1, 30, tzinfo=UTC)
    # 2026-03-29: 02:30 does not exist; read with the winter offset it is 01:30 UTC.
    assert pr.berlin_to_utc(datetime(2026, 3, 29, 2, 30)) == (
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC), pr.NONEXISTENT_LOCAL_TIME)
    assert pr.berlin_to_utc(datetime(2026, 3, 29, 3, 0)) == (
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC), None)


def _quarter_hours(start: datetime, count: int) -> list[datetime]:
    return [start + timedelta(minutes=15 * i) for i in range(count)]


def test_a_series_through_the_repeated_hour_gets_increasing_utc_times():
    # What a logger on local wall-clock time writes from 01:30 to 03:30 on 2025-10-26:
    # 01:30 … 02:45, then 02:00 … 02:45 again, then 03:00 … 03:30 (3 hours in UTC).
    utc = _quarter_hours(datetime(2025, 10, 25, 23, 30, tzinfo=UTC), 13)
    local = [(t + pr.berlin_offset(t)).replace(tzinfo=None) for t in utc]
    assert [t.strftime("%H:%M") for t in local[:7]] == [
        "01:30", "01:45", "02:00", "02:15", "02:30", "02:45", "02:00"]
    folds = pr.series_folds(local)
    assert folds == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0]
    assert [pr.berlin_to_utc(t, f)[0] for t, f in zip(local, folds)] == utc


def test_a_series_through_the_skipped_hour():
    # 2026-03-29 01:30 … 04:00 local every 15 minutes, as a logger that ignores the switch
    # would write it: 02:00 … 02:45 are read as if the clock had not moved yet.
    local = _quarter_hours(datetime(2026, 3, 29, 1, 30), 11)
    converted = [pr.berlin_to_utc(t) for t in local]
    skipped = [t.strftime("%H:%M") for t, (_, f) in zip(local, converted) if f]
    assert skipped == ["02:00", "02:15", "02:30", "02:45"]
    # 02:00 read as winter time is 01:00 UTC, the same instant as 03:00 summer time.
    assert converted[2][0] == converted[6][0] == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert pr.series_folds(local) == [0] * 11
