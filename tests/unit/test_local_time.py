"""Heilbronn time (toolbelt/local_time.py): the summer-time rule, both switches (2025-10-26,
2026-03-29) with the repeated autumn hour, typed and stored times under the machine time zones
UTC, Europe/Berlin and one far away, and the text a planner reads."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from heilbronn_digital.heilbronn_digital_plugin.toolbelt import local_time as lt

UTC = timezone.utc


def _local(*fields) -> QDateTime:
    """A QDateTime without a zone, as a dialog's date/time box gives it."""
    return QDateTime(QDate(*fields[:3]), QTime(*fields[3:]))


def test_the_summer_time_switches_are_the_last_sundays_at_one_utc():
    for year, march, october in ((2025, 30, 26), (2026, 29, 25)):
        start = datetime(year, 3, march, 1, tzinfo=UTC)
        end = datetime(year, 10, october, 1, tzinfo=UTC)
        second = timedelta(seconds=1)
        assert lt.berlin_offset(start - second) == timedelta(hours=1)
        assert lt.berlin_offset(start) == timedelta(hours=2)
        assert lt.berlin_offset(end - second) == timedelta(hours=2)
        assert lt.berlin_offset(end) == timedelta(hours=1)


def test_the_rule_agrees_with_the_tz_database_for_ten_years():
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    moment = datetime(2020, 1, 1, tzinfo=UTC)
    while moment.year < 2030:
        assert lt.to_local(moment).utcoffset() == moment.astimezone(berlin).utcoffset(), moment
        moment += timedelta(minutes=30)


def test_the_repeated_and_the_skipped_hour():
    # 2025-10-26: 02:30 happens twice, 00:30 UTC (CEST) and 01:30 UTC (CET).
    assert lt.berlin_to_utc(datetime(2025, 10, 26, 2, 30)) == (
        datetime(2025, 10, 26, 0, 30, tzinfo=UTC), lt.AMBIGUOUS_LOCAL_TIME)
    assert lt.berlin_to_utc(datetime(2025, 10, 26, 2, 30), fold=1)[0] == datetime(
        2025, 10, 26, 1, 30, tzinfo=UTC)
    # 2026-03-29: 02:30 does not exist; read with the winter offset it is 01:30 UTC.
    assert lt.berlin_to_utc(datetime(2026, 3, 29, 2, 30)) == (
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC), lt.NONEXISTENT_LOCAL_TIME)
    assert lt.berlin_to_utc(datetime(2026, 3, 29, 3, 0)) == (
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC), None)


def _quarter_hours(start: datetime, count: int) -> list[datetime]:
    return [start + timedelta(minutes=15 * i) for i in range(count)]


def test_a_series_through_the_repeated_hour_gets_increasing_utc_times():
    # What a logger on local wall-clock time writes from 01:30 to 03:30 on 2025-10-26:
    # 01:30 … 02:45, then 02:00 … 02:45 again, then 03:00 … 03:30 (3 hours in UTC).
    utc = _quarter_hours(datetime(2025, 10, 25, 23, 30, tzinfo=UTC), 13)
    local = [lt.to_local(t).replace(tzinfo=None) for t in utc]
    assert [t.strftime("%H:%M") for t in local[:7]] == [
        "01:30", "01:45", "02:00", "02:15", "02:30", "02:45", "02:00"]
    folds = lt.series_folds(local)
    assert folds == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0]
    assert [lt.berlin_to_utc(t, f)[0] for t, f in zip(local, folds)] == utc


def test_a_series_through_the_skipped_hour():
    # 2026-03-29 01:30 … 04:00 local every 15 minutes, as a logger that ignores the switch
    # would write it: 02:00 … 02:45 are read as if the clock had not moved yet.
    local = _quarter_hours(datetime(2026, 3, 29, 1, 30), 11)
    converted = [lt.berlin_to_utc(t) for t in local]
    skipped = [t.strftime("%H:%M") for t, (_, f) in zip(local, converted) if f]
    assert skipped == ["02:00", "02:15", "02:30", "02:45"]
    # 02:00 read as winter time is 01:00 UTC, the same instant as 03:00 summer time.
    assert converted[2][0] == converted[6][0] == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert lt.series_folds(local) == [0] * 11


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-11-18T11:00:00", datetime(2025, 11, 18, 10, tzinfo=UTC)),  # CET
    ("2025-07-03 13:35", datetime(2025, 7, 3, 11, 35, tzinfo=UTC)),  # CEST
    ("2025-11-18T10:00:00Z", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("2025-11-18T11:00:00+01:00", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("2025-11-18T06:00:00-0400", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("18.11.2025 11:00", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("2025-10-26T02:30:00", datetime(2025, 10, 26, 0, 30, tzinfo=UTC)),  # first pass
    ("2025-10-26T02:30:00+01:00", datetime(2025, 10, 26, 1, 30, tzinfo=UTC)),  # second
    ("2026-03-29T02:30:00", datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),  # skipped hour
    ("9999-12-31T23:59:59", datetime(9999, 12, 31, 22, 59, 59, tzinfo=UTC)),
    ("9999-12-31T23:59:59-05:00", None),  # past the year 9999 in UTC
    ("0001-01-01T00:30:00", None),  # before the year 1 in UTC
    ("2025-11-18T11:00:00+24:00", None),
    ("2025-02-30T11:00:00", None),
    ("tomorrow", None),
])
def test_parse_instant(text, expected):
    assert lt.parse_instant(text) == expected


def test_a_time_out_of_range_is_our_error_not_an_overflow():
    with pytest.raises(lt.TimeRangeError):
        lt.to_local(datetime(9999, 12, 31, 23, 30, tzinfo=UTC))
    with pytest.raises(lt.TimeRangeError):
        lt.berlin_to_utc(datetime(1, 1, 1, 0, 30))
    with pytest.raises(lt.TimeRangeError):
        lt.typed_instant("0001-01-01T00:30:00")
    assert lt.format_local(datetime(9999, 12, 31, 23, 30, tzinfo=UTC)).startswith("9999-12-31")


# What a person types: Heilbronn wall clock whatever zone the machine is in.

@pytest.mark.parametrize(("typed", "expected"), [
    (_local(2025, 11, 18, 11, 0), datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (_local(2025, 7, 1, 8, 0), datetime(2025, 7, 1, 6, tzinfo=UTC)),
    (_local(2025, 10, 26, 2, 30), datetime(2025, 10, 26, 0, 30, tzinfo=UTC)),
    (_local(2025, 10, 26, 3, 0), datetime(2025, 10, 26, 2, 0, tzinfo=UTC)),
    (_local(2026, 3, 29, 3, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    (QDateTime(QDate(2025, 11, 18), QTime(10, 0), Qt.TimeSpec.UTC),
     datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (QDateTime(QDate(2025, 11, 18), QTime(11, 0), Qt.TimeSpec.OffsetFromUTC, 3600),
     datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (QDate(2025, 7, 1), datetime(2025, 6, 30, 22, tzinfo=UTC)),
    (datetime(2025, 11, 18, 11), datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (date(2025, 11, 18), datetime(2025, 11, 17, 23, tzinfo=UTC)),
    ("2025-11-18T11:00", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("2025-11-18T10:00:00Z", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (QDateTime(), None),
    (None, None),
    ("", None),
])
def test_typed_times_are_heilbronn_wall_clock(machine_tz, typed, expected):
    assert lt.typed_instant(typed) == expected


def test_typed_text_that_is_no_time_is_refused():
    with pytest.raises(ValueError):
        lt.typed_instant("18.11. elf Uhr")


def test_a_dialog_time_in_the_machines_own_dst_gap(machine_tz):
    # 02:30 on 2026-03-29 exists for a UTC machine's date/time box only; where Qt can hold it,
    # it is read as the clock before it was set forward, like a feed's naive time.
    typed = _local(2026, 3, 29, 2, 30)
    if typed.isValid():
        assert lt.typed_instant(typed) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


# What a layer holds: the store's UTC, whatever zone the machine is in.

@pytest.mark.parametrize(("stored", "expected"), [
    (_local(2025, 11, 18, 10, 0), datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (_local(2025, 10, 26, 1, 30), datetime(2025, 10, 26, 1, 30, tzinfo=UTC)),
    (QDateTime(QDate(2025, 11, 18), QTime(10, 0), Qt.TimeSpec.UTC),
     datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (QDateTime(QDate(2025, 11, 18), QTime(11, 0), Qt.TimeSpec.OffsetFromUTC, 3600),
     datetime(2025, 11, 18, 10, tzinfo=UTC)),
    ("2025-11-18T10:00:00.000Z", datetime(2025, 11, 18, 10, tzinfo=UTC)),
    (None, None),
    (QDateTime(), None),
])
def test_stored_times_are_utc(machine_tz, stored, expected):
    assert lt.stored_instant(stored) == expected


@pytest.mark.parametrize("moment", [
    datetime(2025, 11, 18, 10, tzinfo=UTC),
    datetime(2025, 10, 26, 0, 30, tzinfo=UTC),  # UTC wall clock in Berlin's repeated hour
    datetime(2025, 10, 26, 1, 30, tzinfo=UTC),
    datetime(2025, 3, 30, 2, 30, tzinfo=UTC),  # UTC wall clock in Berlin's skipped hour
])
def test_a_bound_compares_like_the_instant_with_stored_values(machine_tz, moment):
    # Stored values as QGIS reads them from a GeoPackage: UTC wall clocks without a zone,
    # every 10 minutes around the moment (some of them unreadable in the machine's gap).
    values = [moment + timedelta(minutes=minutes) for minutes in range(-120, 130, 10)]
    stored = [_local(v.year, v.month, v.day, v.hour, v.minute) for v in values]
    readable = [(v, s) for v, s in zip(values, stored) if s.isValid()]
    bound = lt.like_stored(moment, stored[0])
    assert bound.isValid()
    assert [s >= bound for _, s in readable] == [v >= moment for v, _ in readable]
    utc_values = [lt.utc_qdatetime(v) for v in values]
    utc_bound = lt.like_stored(moment, utc_values[0])
    assert [s >= utc_bound for s in utc_values] == [v >= moment for v in values]


# What a person reads.

def test_format_local_says_the_zone():
    assert lt.format_local(datetime(2025, 11, 18, 10, tzinfo=UTC)) == "2025-11-18 11:00 CET"
    assert lt.format_local(datetime(2025, 7, 1, 6, tzinfo=UTC), seconds=True) == \
        "2025-07-01 08:00:00 CEST"
    assert lt.format_local(datetime(2025, 10, 26, 0, 30, tzinfo=UTC)) == "2025-10-26 02:30 CEST"
    assert lt.format_local(datetime(2025, 10, 26, 1, 30, tzinfo=UTC)) == "2025-10-26 02:30 CET"
    assert lt.format_local(None) == "–"
    assert lt.format_span(datetime(2025, 11, 18, 10, tzinfo=UTC),
                          datetime(2025, 11, 18, 11, tzinfo=UTC)) == "2025-11-18 11:00 – 12:00 CET"
    assert lt.format_span(None, datetime(2025, 11, 18, 11, tzinfo=UTC)) == \
        "… – 2025-11-18 12:00 CET"


def test_format_local_in_german(german_ui):
    assert lt.format_local(datetime(2025, 11, 18, 10, tzinfo=UTC)) == "18.11.2025 11:00 MEZ"
    assert lt.format_local(datetime(2025, 7, 1, 6, tzinfo=UTC)) == "01.07.2025 08:00 MESZ"


def test_the_module_imports_without_qt():
    """The engine (analysis/, free of Qt) may use it: importing it loads no Qt or QGIS."""
    import subprocess
    import sys
    import textwrap

    from plugin_dev import PLUGIN_PATH

    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(PLUGIN_PATH)!r})
        from heilbronn_digital.heilbronn_digital_plugin.toolbelt import local_time
        from datetime import datetime, timezone
        print(local_time.to_local(datetime(2025, 7, 1, 6, tzinfo=timezone.utc)).hour)
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6")))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["8", "[]"]


def test_heilbronn_days_of_many_instants_are_to_locals(machine_tz):
    """The numpy form (emerging hot spots of a PostGIS layer) agrees with to_local, instant by
    instant, around every switch and midnight of 1990–2035, whatever the machine's zone."""
    import numpy as np

    moments = []
    for year in range(1990, 2036):
        for month, day in ((3, lt._last_sunday(year, 3).day), (10, lt._last_sunday(year, 10).day),
                           (12, 31), (6, 30)):
            centre = datetime(year, month, day, 1, tzinfo=UTC)
            moments += [centre + timedelta(minutes=minutes)
                        for minutes in (-181, -121, -61, -1, 0, 1, 59, 61, 1379, 1381)]
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    seconds = np.array([(moment - epoch).total_seconds() for moment in moments]
                       + [np.nan, -1e15, 1e15])
    days = lt.heilbronn_days(seconds)
    assert days[:-3].astype(str).tolist() == [
        lt.to_local(moment).date().isoformat() for moment in moments]
    assert np.isnat(days[-3:]).all()
