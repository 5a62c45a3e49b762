"""Heilbronn time: the one place where instants meet the wall clock of Europe/Berlin.

The store keeps UTC; every time a person types or reads is Heilbronn local time (Europe/Berlin,
EU summer-time rule) unless it carries ``Z`` or an offset. Feeds, algorithms and the GUI all
convert here.

- The summer-time rule (last Sunday of March to last Sunday of October, 01:00 UTC) is computed
  here, so no tz database is needed (Windows QGIS often lacks one) and the machine's own time
  zone never matters.
- The hour repeated when summer time ends (02:00–02:59 on the last Sunday of October) is read
  as its *first* pass (summer time, +02:00) unless the caller knows better (``fold=1``); a
  time in the hour skipped in March is read with the winter offset, i.e. as the clock before
  it was set forward (02:30 becomes 01:30 UTC = 03:30 summer time).
- A QDateTime without a zone (``Qt.TimeSpec.LocalTime``) means two different things:
  typed by a person (a dialog's date/time box, a naive ISO string) it is a Heilbronn wall-clock
  time, whatever zone the machine runs in (:func:`typed_instant`); read from a layer's
  date/time field it is the UTC the store wrote — QGIS reads a GeoPackage's ``…Z`` values
  without their zone — (:func:`stored_instant`).
- Times outside the years 1–9999 (a calendar-end ``9999-12-31T23:59:59-05:00``, year 0) are
  never an OverflowError: parsing answers ``None`` and conversions raise
  :class:`TimeRangeError`.

Importing this module needs nothing but Python, so the engine (``analysis/``, free of Qt) can
use it too; the functions for QDateTime values and for text import Qt when called.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

UTC = timezone.utc
ZONE_ID = "Europe/Berlin"
# Flags of a naive time that was not sure (the words of the parking store's quality column).
AMBIGUOUS_LOCAL_TIME = "ambiguous_local_time"  # the repeated hour when summer time ends
NONEXISTENT_LOCAL_TIME = "nonexistent_local_time"  # the skipped hour when it starts

_STANDARD = timedelta(hours=1)
_SUMMER = timedelta(hours=2)


class TimeRangeError(ValueError):
    """A time that falls outside the years 1–9999 once converted."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, 31)  # March and October both have 31 days
    return last - timedelta(days=(last.weekday() + 1) % 7)


def berlin_offset(moment: datetime) -> timedelta:
    """Europe/Berlin's UTC offset at the aware instant ``moment``."""
    utc = moment.astimezone(UTC)
    start = datetime.combine(_last_sunday(utc.year, 3), time(1), UTC)
    end = datetime.combine(_last_sunday(utc.year, 10), time(1), UTC)
    return _SUMMER if start <= utc < end else _STANDARD


def heilbronn_days(utc_seconds):
    """Heilbronn's calendar day (numpy ``datetime64[D]``) of each UTC instant given as seconds
    since 1970 (what :func:`to_local` gives, for many instants at once); NaT for NaN and for
    instants outside the years 1–9999. numpy is imported here: the rest of the module needs
    nothing but Python."""
    import numpy as np

    seconds = np.asarray(utc_seconds, dtype=float)
    days = np.full(seconds.shape, np.datetime64("NaT"), dtype="datetime64[D]")
    first, last = (_epoch_seconds(datetime(1, 1, 2, tzinfo=UTC)),
                   _epoch_seconds(datetime(9999, 12, 31, 21, tzinfo=UTC)))
    usable = np.isfinite(seconds) & (seconds >= first) & (seconds < last)
    millis = np.floor(seconds[usable] * 1000.0).astype(np.int64)
    years = millis.astype("datetime64[ms]").astype("datetime64[Y]").astype(np.int64) + 1970
    offset = np.full(len(millis), int(_STANDARD.total_seconds() * 1000), dtype=np.int64)
    for year in np.unique(years).tolist():
        start, end = (datetime.combine(_last_sunday(year, month), time(1), UTC)
                      for month in (3, 10))
        summer = ((years == year) & (millis >= _epoch_seconds(start) * 1000)
                  & (millis < _epoch_seconds(end) * 1000))
        offset[summer] = int(_SUMMER.total_seconds() * 1000)
    days[usable] = (millis + offset).astype("datetime64[ms]").astype("datetime64[D]")
    return days


def _epoch_seconds(moment: datetime) -> int:
    return int((moment - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())


def berlin_to_utc(local: datetime, fold: int = 0) -> tuple[datetime, str | None]:
    """The UTC instant of a naive Europe/Berlin wall-clock time, and a flag if it was unsure.

    In the hour repeated when summer time ends, ``fold`` 0 is the first (summer) and 1 the
    second (winter) pass; a time in the hour skipped when it starts is read with the winter
    offset, i.e. as the clock before it was set forward. Raises :class:`TimeRangeError`
    for a wall-clock time whose UTC instant is before the year 1.
    """
    try:
        candidates = []
        for offset in (_SUMMER, _STANDARD):
            utc = (local - offset).replace(tzinfo=UTC)
            if berlin_offset(utc) == offset:
                candidates.append(utc)
        if len(candidates) == 2:
            return candidates[min(fold, 1)], AMBIGUOUS_LOCAL_TIME
        if candidates:
            return candidates[0], None
        return (local - _STANDARD).replace(tzinfo=UTC), NONEXISTENT_LOCAL_TIME
    except OverflowError as error:
        raise TimeRangeError(f"{local.isoformat()} is outside the years 1–9999") from error


def local_to_utc(local: datetime, fold: int = 0) -> datetime:
    """The UTC instant of a naive Heilbronn wall-clock time (see :func:`berlin_to_utc`);
    an aware ``local`` keeps its own offset."""
    if local.tzinfo is not None and local.utcoffset() is not None:
        try:
            return local.astimezone(UTC)
        except OverflowError as error:
            raise TimeRangeError(f"{local.isoformat()} is outside the years 1–9999") from error
    return berlin_to_utc(local, fold)[0]


def to_local(moment: datetime) -> datetime:
    """The aware instant ``moment`` on Heilbronn's clock (a fixed-offset datetime named CET
    or CEST). Raises :class:`TimeRangeError` past the year 9999."""
    offset = berlin_offset(moment)
    try:
        return moment.astimezone(timezone(offset, "CEST" if offset == _SUMMER else "CET"))
    except OverflowError as error:
        raise TimeRangeError(f"{moment.isoformat()} is outside the years 1–9999") from error


def is_ambiguous(local: datetime) -> bool:
    """Whether the naive Heilbronn time happens twice (the repeated autumn hour)."""
    try:
        return berlin_to_utc(local)[1] == AMBIGUOUS_LOCAL_TIME
    except TimeRangeError:
        return False


def series_folds(locals_in_feed_order: list[datetime | None]) -> list[int]:
    """The fold of each naive time of one site's series, in the order the feed sent them.

    A series that runs through the repeated hour shows its clock times going back: from
    there on, the repeated hour's readings are the second pass. A series that never goes
    back cannot say which pass it is in; those stay on the first.
    """
    folds = []
    previous: datetime | None = None
    second_pass_day: date | None = None
    for local in locals_in_feed_order:
        if local is None or not is_ambiguous(local):
            folds.append(0)
            continue
        if previous is not None and local <= previous and is_ambiguous(previous):
            second_pass_day = local.date()
        folds.append(1 if second_pass_day == local.date() else 0)
        previous = local
    return folds


# Text: ISO 8601 (with or without offset, "Z", fraction, "T" or space) and German dates.
_ISO_PATTERN = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?$", re.IGNORECASE)
_GERMAN_PATTERN = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*Uhr)?$")


def parse_stamp(text: str) -> datetime | None:
    """The date/time ``text`` names, aware when it carries ``Z`` or an offset and naive
    otherwise; ``None`` when it is neither ISO 8601 nor a German date ("11.02.2024, 03:15")
    or lies outside the years 1–9999."""
    text = text.strip()
    return _iso(text) or _german(text)


def parse_instant(value: Any, fold: int = 0) -> datetime | None:
    """The UTC instant of an ISO 8601 or German date/time text (naive: Heilbronn time), or
    ``None`` when it cannot be read or is out of range."""
    if value is None:
        return None
    stamp = parse_stamp(str(value))
    if stamp is None:
        return None
    try:
        return local_to_utc(stamp, fold)
    except TimeRangeError:
        return None


def naive_local(value: Any) -> datetime | None:
    """The naive wall-clock time a value names, or ``None`` if it has an offset or none."""
    if value is None:
        return None
    stamp = parse_stamp(str(value))
    return stamp if stamp is not None and stamp.tzinfo is None else None


def _iso(text: str) -> datetime | None:
    match = _ISO_PATTERN.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0), int((fraction or "0")[:6].ljust(6, "0")))
    except ValueError:
        return None
    if offset is None:
        return stamp
    if offset.upper() == "Z":
        return stamp.replace(tzinfo=UTC)
    digits = offset[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    if delta >= timedelta(hours=24):
        return None
    return stamp.replace(tzinfo=timezone(delta if offset[0] == "+" else -delta))


def _german(text: str) -> datetime | None:
    match = _GERMAN_PATTERN.match(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:
        return None


# Qt: what a person typed, and what a layer holds.

def _wall_clock(value) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                    clock.second(), clock.msec() * 1000)


def _exact(value) -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=value.toMSecsSinceEpoch())


def typed_instant(value: Any) -> datetime | None:
    """The UTC instant of a time a person gave (a dialog, a parameter, a script).

    A QDateTime with a zone (UTC, an offset) or text with ``Z``/an offset is taken exactly; a
    QDateTime without one — what a dialog's date/time box gives, in the machine's zone — and
    naive text or a naive Python datetime are Heilbronn wall-clock times (the repeated autumn
    hour: its first pass). A QDate or date is its midnight in Heilbronn. ``None`` for no
    value; :class:`ValueError` (or :class:`TimeRangeError`) for text that is no time.
    """
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt

    if value is None or value == "":
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        if value.timeSpec() == Qt.TimeSpec.LocalTime:
            return berlin_to_utc(_wall_clock(value))[0]
        return _exact(value)
    if isinstance(value, QDate):
        return berlin_to_utc(datetime(value.year(), value.month(), value.day()))[0] \
            if value.isValid() else None
    if isinstance(value, datetime):
        return local_to_utc(value)
    if isinstance(value, date):
        return berlin_to_utc(datetime(value.year, value.month, value.day))[0]
    stamp = parse_stamp(str(value))
    if stamp is None:
        raise ValueError(f"not a date and time: {value!r}")
    return local_to_utc(stamp)


def stored_instant(value: Any) -> datetime | None:
    """The UTC instant of a value read from a layer's date/time field, or ``None``.

    A QDateTime with a zone is exact. One without a zone holds the UTC the store wrote: QGIS
    up to 3.x reads a GeoPackage's ``2025-11-18T10:00:00Z`` as 10:00 without a zone (and the
    machine's zone must not move it). Text is read as ISO 8601 (naive text: UTC as well).
    """
    from qgis.PyQt.QtCore import QDateTime, Qt

    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        if value.timeSpec() == Qt.TimeSpec.LocalTime:
            return _wall_clock(value).replace(tzinfo=UTC)
        return _exact(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, str):
        stamp = parse_stamp(value)
        if stamp is None:
            return None
        return stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
    return None


def utc_qdatetime(moment: datetime):
    """A QDateTime in UTC (``Qt.TimeSpec.UTC``) of the aware instant ``moment``."""
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

    utc = moment.astimezone(UTC)
    return QDateTime(QDate(utc.year, utc.month, utc.day),
                     QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000),
                     Qt.TimeSpec.UTC)


def like_stored(moment: datetime, sample):
    """``moment`` as a QDateTime that compares right with values like ``sample`` (a value of
    the field it is compared with).

    Values without a zone hold UTC wall-clock times (see :func:`stored_instant`); Qt compares
    two such values by their wall clocks, so the bound gets the UTC wall clock without a zone
    too. A UTC wall-clock time inside the machine's own spring-forward gap does not exist for
    Qt (such values cannot be read either): the bound moves to the end of the gap, which
    selects the same values.
    """
    from qgis.PyQt.QtCore import QDateTime, Qt, QTime

    utc = utc_qdatetime(moment)
    if sample is None or sample.timeSpec() != Qt.TimeSpec.LocalTime:
        return utc
    bound = QDateTime(utc.date(), utc.time())  # the same wall clock, Qt.TimeSpec.LocalTime
    step = 0
    while not bound.isValid() and step < 4:  # a gap lasts an hour at most
        step += 1
        hour = utc.time().hour() + step
        bound = QDateTime(utc.date().addDays(hour // 24), QTime(hour % 24, 0))
    return bound


# Text for people: Heilbronn time, the zone said.

def zone_abbreviation(moment: datetime) -> str:
    """"CET"/"CEST" (German: "MEZ"/"MESZ") of Heilbronn's clock at the instant."""
    from .i18n import tr

    return tr("CEST") if berlin_offset(moment) == _SUMMER else tr("CET")


def format_local(moment: datetime | None, seconds: bool = False, zone: bool = True,
                 with_date: bool = True) -> str:
    """A UTC instant as a planner reads it: Heilbronn time, in German "18.11.2025 11:00 MEZ",
    in English "2025-11-18 11:00 CET"; "–" for none."""
    from qgis.PyQt.QtCore import QDate, QTime

    from .i18n import tr

    if moment is None:
        return "–"
    try:
        local = to_local(moment)
    except TimeRangeError:
        return moment.isoformat()
    parts = []
    if with_date:
        # The date format is translated: German readers expect 18.11.2025.
        parts.append(QDate(local.year, local.month, local.day).toString(tr("yyyy-MM-dd")))
    parts.append(QTime(local.hour, local.minute, local.second).toString(
        "HH:mm:ss" if seconds else "HH:mm"))
    if zone:
        parts.append(zone_abbreviation(moment))
    return " ".join(parts)


def format_span(start: datetime | None, end: datetime | None) -> str:
    """A time window as a planner reads it ("18.11.2025 11:00 – 12:00 MEZ"), with "…" for an
    open end."""
    if start is None and end is None:
        return "…"
    if start is None or end is None:
        return f"{format_local(start) if start else '…'} – {format_local(end) if end else '…'}"
    try:
        same_day = to_local(start).date() == to_local(end).date()
        same_zone = berlin_offset(start) == berlin_offset(end)
    except TimeRangeError:
        same_day = same_zone = False
    if same_day and same_zone:
        return f"{format_local(start, zone=False)} – {format_local(end, with_date=False)}"
    return f"{format_local(start)} – {format_local(end)}"
