"""Heilbronn time in QGIS expressions: the map's clock, and the time-enabled layers.

QGIS keeps the Temporal Controller in UTC: its date boxes are UTC boxes, a project stores its
range with "Z", and ``@map_start_time`` is a UTC date/time. Read as it is, the demo Tuesday
(00:00–24:00 in Heilbronn) shows as "17.11. 23:00 to 18.11. 23:00", whatever the machine's
time zone. So the plugin's layers put the Temporal Controller on Heilbronn's wall clock: the
controller's digits are Heilbronn time (the project's range is 2025-11-18T00:00 to
2025-11-19T00:00), and each layer converts its UTC times to that clock in its style:

- ``parking_occupancy_map`` draws the readings of a frame with :func:`frame_filter`, in its
  rules: only ``@map_start_time`` and ``@map_end_time`` are converted. QGIS 3.22 does not
  compile for GDAL or PostgreSQL what uses these variables (they are not static in the map's
  scope), so the rules alone would have QGIS read the whole store for each frame. The layer is
  therefore also time-enabled on ``observed_at`` itself, with 2 h 15 min as each reading's
  duration: QGIS sends that temporal filter, the frame's ends as constants, to the store
  (the index on ``observed_at``), and it keeps every reading that the frame may show under
  either UTC offset (a quarter hour plus two hours before the frame's end); the rules then
  choose the frame's readings out of these ten quarter hours. The style's top-level rules end
  with an empty ``ELSE`` rule without symbol: a rule-based renderer with it asks for no filter
  of its own, which would otherwise be joined to the temporal filter with ``AND`` and keep
  both from being compiled (the empty rule inside it keeps QGIS from counting the readings
  it catches as drawn, for Identify and the legend);
- ``citizen_reports`` gives each report its Heilbronn time with :func:`utc_to_wall_clock`,
  and so do the map tips of the reports and parking layers (``styles/*.qml``).

The summer-time rule is the EU's (last Sunday of March to last Sunday of October, 01:00
UTC), as in :mod:`.local_time`. On the Temporal Controller's clock the hour repeated at the end
of summer time is shown once, as its first pass (the second pass's readings are in no frame),
and the hour skipped in spring shows the readings after the switch. Every function only uses
the date/time's own digits (``month()``, ``hour()``, …), never the machine's zone: the same
answer under TZ=UTC and Europe/Berlin.

One exception is QGIS's own: it writes the ends of a layer's temporal filter as
``make_datetime()`` of the frame's digits, which QGIS reads on the *machine's* clock. Where the
machine's zone skips an hour (Heilbronn's own, the last Sunday of March, 02:00–02:59), such an
end names no time: the filter then selects nothing (GeoPackage) or fails (PostgreSQL). For the
frames whose filter would have such an end, :func:`machine_clock_skips` tells the plugin to
draw the occupancy map from its rules alone (see ``store.layers.fit_frame_filters``).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QDateTime, Qt


def _after_last_sunday_at(moment: str, month: int, hour: int) -> str:
    """``moment`` is in ``month`` on or after its last Sunday at ``hour`` (of its own
    clock). The last Sunday of March and October is the 25th or later, so the Sunday on or
    before a day is the last one when it is the 25th or later."""
    sunday = f"day({moment}) - day_of_week({moment})"  # day_of_week: 0 is Sunday
    return (f"(month({moment}) = {month} AND {sunday} >= 25 AND "
            f"(day_of_week({moment}) > 0 OR hour({moment}) >= {hour}))")


def _summer(moment: str, starts_at: int, ends_at: int) -> str:
    return (f"((month({moment}) > 3 AND month({moment}) < 10) OR "
            f"{_after_last_sunday_at(moment, 3, starts_at)} OR "
            f"(month({moment}) = 10 AND NOT {_after_last_sunday_at(moment, 10, ends_at)}))")


def utc_is_summer(utc: str) -> str:
    """Expression: the UTC date/time ``utc`` falls in Heilbronn's summer time."""
    return _summer(utc, 1, 1)


def wall_clock_is_summer(wall: str) -> str:
    """Expression: the Heilbronn wall-clock date/time ``wall`` is read as summer time: from
    03:00 on the last Sunday of March (the skipped 02:00–02:59 is read with the winter
    offset, as the clock before it was set forward) to 03:00 on the last Sunday of October
    (the repeated 02:00–02:59 is read as its first pass), as :mod:`.local_time` reads a
    typed time."""
    return _summer(wall, 3, 3)


def wall_clock_to_utc(wall: str) -> str:
    """Expression: the UTC date/time of the Heilbronn wall-clock date/time ``wall``."""
    return f"({wall} - make_interval(hours:=if({wall_clock_is_summer(wall)}, 2, 1)))"


def utc_to_wall_clock(utc: str) -> str:
    """Expression: the Heilbronn wall clock of the UTC date/time ``utc``, as a date/time
    without zone, so that it compares digit by digit with the Temporal Controller's."""
    wall = f"({utc} + make_interval(hours:=if({utc_is_summer(utc)}, 2, 1)))"
    return (f"make_datetime(year({wall}), month({wall}), day({wall}), hour({wall}), "
            f"minute({wall}), second({wall}))")


def frame_filter(field: str, lasts_s: float) -> str:
    """Expression: a reading at ``field`` (UTC), standing for ``lasts_s`` seconds from its
    time, is shown in the map's frame, whose times are Heilbronn wall-clock times. Only the
    frame's start is converted, its end is the start plus the frame's length: a frame ending
    across a summer-time switch (02:45–03:00 that spring night) keeps its quarter hour. So
    the comparison is with two constants (compiled for GDAL and
    PostgreSQL where the map variables are static; in QGIS 3.22's map they are not, see the
    module). Without a frame both ends are NULL and nothing is shown. No ``@map_start_time IS NOT
    NULL`` guard: QGIS 3.22 sends that constant to PostgreSQL as ``1 AND …``, which fails, and
    QGIS then reads every reading of the store for each frame.

    The exact test comes after a quick one with the frame under either offset (UTC+1 or UTC+2,
    no summer-time rule): the store sends the rules ten quarter hours of each site (see the
    module), and while QGIS 3.22's map variables are not static each rule would work out the
    summer-time rule for every one of them; the quick test turns most away first."""
    start = wall_clock_to_utc("@map_start_time")
    end = f"({start} + (@map_end_time - @map_start_time))"
    either = " OR ".join(
        f"(\"{field}\" > (@map_start_time - make_interval(hours:={hours}, seconds:={lasts_s:g}))"
        f" AND \"{field}\" < (@map_end_time - make_interval(hours:={hours})))"
        for hours in (1, 2))
    return (f"(({either}) AND "
            f"\"{field}\" > ({start} - make_interval(seconds:={lasts_s:g})) AND "
            f"\"{field}\" < {end})")


def clock_label() -> str:
    """The text of the map's clock (QGIS's title decoration): the frame's start on Heilbronn's
    clock with its zone, in German when the project variable ``heilbronn_digital_language``
    (which the plugin sets to the language QGIS runs in) says ``de``; empty while the
    Temporal Controller is off."""
    summer = wall_clock_is_summer("@map_start_time")
    german = (f"format_date(@map_start_time, 'dddd, d. MMMM yyyy, HH:mm', 'de') || ' Uhr ' || "
              f"if({summer}, 'MESZ', 'MEZ')")
    english = (f"format_date(@map_start_time, 'dddd, d MMMM yyyy, HH:mm', 'en') || ' ' || "
               f"if({summer}, 'CEST', 'CET')")
    return (f"[% if(@map_start_time IS NULL, '', "
            f"if(coalesce(@heilbronn_digital_language, 'de') = 'de', {german}, {english})) %]")


def machine_clock_skips(moment: QDateTime) -> bool:
    """The date and time digits of ``moment`` name no time on the machine's clock: they fall
    in the hour a summer-time zone skips (QGIS's ``make_datetime()`` of them is invalid)."""
    if not moment.isValid():
        return False
    local = QDateTime(moment.date(), moment.time(), Qt.TimeSpec.LocalTime)
    # Qt 5 makes such a time invalid; Qt 6 moves it past the gap.
    return not local.isValid() or local.date() != moment.date() or local.time() != moment.time()
