"""The shared readings of every parking parser: counts, states and Europe/Berlin times,
including both summer-time switches (2025-10-26 and 2026-03-29)."""

from __future__ import annotations

from datetime import datetime, timezone

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


def test_a_time_past_the_calendar_is_flagged_not_raised():
    for text in ("0001-01-01T00:30:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00",
                 "10000-01-01T00:00:00Z"):
        flags: set[str] = set()
        assert pr.parse_time(text, flags) is None, text
        assert flags == {pr.BAD_TIME}
    flags = set()
    assert pr.parse_time("9999-12-31T23:59:59", flags) is None  # "never": no reading's time
    assert flags == {pr.BAD_TIME}
