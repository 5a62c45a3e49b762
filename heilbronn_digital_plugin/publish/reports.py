"""Citizen reports for publication: category, status and a coarse time at a generalised
position, and nothing else.

Two generalisations:

- ``GRID``: each report at the centre of its grid square, with its Heilbronn day (or hour);
  a square holding fewer than k reports (over the whole time span) is left out whole.
- ``HEXAGONS``: counts per hexagon, period (month or ISO week) and category; a hexagon-period
  cell holding fewer than k reports is left out whole. Reports without a date have no period
  and are left out (counted in the report).

Published fields: ``category``, ``category_code``, ``status`` and the time; the source's id,
description, status notes, address, agency, media URLs and ``extra_json`` stay behind. With
``keep_descriptions`` the description is published after :class:`privacy.Scrubber`
(grid only: a count has no description).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from osgeo import ogr

from ..analysis.hotspots import Shape
from ..store.schema import CITIZEN_REPORTS
from . import generalise as g
from . import tables as t
from .privacy import DEFAULT_K, PrivacyReport, Scrubber, json_keys, personal_names
from .source import GEOMETRY

DATASET = "citizen_reports"
# The store fields a publication reads; every other field is listed as removed.
PUBLISHED_FROM = ("service_code", "service_name", "status", "requested_datetime")
DEFAULT_CELL_SIZE = 200.0


@dataclass(frozen=True)
class ReportRules:
    """How citizen reports are generalised. ``cell_size`` in metres (square side or hexagon
    width across the flats)."""

    k: int = DEFAULT_K
    generalisation: str = g.GRID
    cell_size: float = DEFAULT_CELL_SIZE
    period: str = g.MONTH
    time_resolution: str = g.DAY
    keep_descriptions: bool = False


_CATEGORY = t.Column("category", t.TEXT, "Kategorie des Anliegens (z. B. Straßenschaden)",
                     "category of the report (e.g. road damage)")
_CATEGORY_CODE = t.Column("category_code", t.TEXT, "Code der Kategorie im Anliegen-Management",
                          "code of the category in the city's report system")
_CELL = t.Column("cell_id", t.TEXT,
                 "Zelle: Rechtswert und Hochwert ihres Mittelpunkts in Metern (ETRS89 / UTM 32N)",
                 "cell: easting and northing of its centre in metres (ETRS89 / UTM 32N)")


def publish_reports(records: list[dict], rules: ReportRules) -> tuple[t.Table, PrivacyReport]:
    """The published table of ``records`` (store rows of ``citizen_reports``) and what the
    privacy rules did."""
    report = PrivacyReport(DATASET, rules.k, records_read=len(records))
    report.fields_removed = _removed_fields(records, rules)
    x, y, positioned = _positions(records)
    if len(records) > len(positioned):
        report.fact("records_without_position", len(records) - len(positioned),
                    "Meldungen ohne Position (nicht veröffentlicht)",
                    "Reports without a position (not published)")
    records = [records[i] for i in positioned]
    without_date = sum(1 for r in records if r.get("requested_datetime") is None)
    if without_date:
        report.fact("records_without_date", without_date, "Meldungen ohne Datum",
                    "Reports without a date")
    if rules.generalisation == g.HEXAGONS:
        table = _hexagons(records, x, y, rules, report)
    else:
        table = _grid(records, x, y, rules, report)
    if report.everything_suppressed:
        report.note(
            f"Keine Zelle enthält mindestens k = {rules.k} Meldungen: nichts wurde "
            "veröffentlicht. Wählen Sie größere Zellen oder ein kleineres k.",
            f"No cell holds at least k = {rules.k} reports: nothing was published. Choose "
            "larger cells or a smaller k.")
    return table, report


def _grid(records: list[dict], x: np.ndarray, y: np.ndarray, rules: ReportRules,
          report: PrivacyReport) -> t.Table:
    grid = g.lattice(Shape.SQUARE, rules.cell_size)
    row, col = grid.cell_of(x, y)
    cx, cy = grid.centre(row, col)
    sizes = g.group_sizes(np.stack([row, col], axis=1))
    keep = sizes >= rules.k
    _count_cells(report, np.stack([row, col], axis=1), keep)
    report.max_displacement_m = g.displacement(x[keep], y[keep], cx[keep], cy[keep])
    hourly = rules.time_resolution == g.HOUR
    time_column = (t.Column("hour", t.DATETIME, "Stunde der Meldung (Beginn, Ortszeit Heilbronn)",
                            "hour of the report (start, Heilbronn local time)")
                   if hourly else
                   t.Column("date", t.DATE, "Tag der Meldung (Ortszeit Heilbronn)",
                            "day of the report (Heilbronn local time)"))
    columns = [_CATEGORY, _CATEGORY_CODE,
               t.Column("status", t.TEXT, "Bearbeitungsstand: open (offen) oder closed "
                        "(erledigt)", "status: open or closed"), time_column, _CELL]
    scrubber = None
    if rules.keep_descriptions:
        names = [name for r in records for name in personal_names(r.get("extra_json"))]
        scrubber = Scrubber(names)
        columns.append(t.Column(
            "description", t.TEXT, "Beschreibung; E-Mail-Adressen, Telefonnummern, Links und "
            "bekannte Namen entfernt ([…])", "description; e-mail addresses, phone numbers, "
            "links and known names removed ([…])"))
    ids = g.cell_ids(cx, cy)
    rows = []
    for i in np.flatnonzero(keep):
        record = records[i]
        moment = record.get("requested_datetime")
        published = {
            "category": record.get("service_name"),
            "category_code": record.get("service_code"),
            "status": record.get("status"),
            time_column.name: (None if moment is None else
                               g.local_hour(moment) if hourly else g.local_day(moment)),
            "cell_id": ids[i],
            GEOMETRY: t.point_wkb(cx[i], cy[i]),
        }
        if scrubber is not None:
            published["description"] = scrubber.scrub(record.get("description"))
        rows.append(published)
    if scrubber is not None:
        # Categories are the server's list, but a server may put anything there.
        for published in rows:
            published["category"] = scrubber.scrub(published["category"])
        _scrub_facts(report, scrubber)
    # In time and cell order: the order of the store (its ids) says nothing to publish.
    rows.sort(key=lambda r: (str(r[time_column.name] or ""), r["cell_id"], r["category"] or ""))
    report.records_published = len(rows)
    return t.Table(DATASET, "Bürgeranliegen (Anliegen-Management), generalisiert",
                   "Citizen reports (issue reporting), generalised", "Point", tuple(columns),
                   rows, time_column=time_column.name)


def _hexagons(records: list[dict], x: np.ndarray, y: np.ndarray, rules: ReportRules,
              report: PrivacyReport) -> t.Table:
    dated = np.array([r.get("requested_datetime") is not None for r in records], dtype=bool)
    if (~dated).any():
        report.note(
            f"{int((~dated).sum())} Meldungen ohne Datum gehören zu keinem Zeitraum und "
            "fehlen in den Zählungen.",
            f"{int((~dated).sum())} reports without a date belong to no period and are not "
            "counted.")
    records = [r for r, d in zip(records, dated) if d]
    x, y = x[dated], y[dated]
    grid = g.lattice(Shape.HEXAGON, rules.cell_size)
    row, col = grid.cell_of(x, y)
    cx, cy = grid.centre(row, col)
    periods = [g.period(g.local_day(r["requested_datetime"]), rules.period) for r in records]
    labels = sorted({p[0] for p in periods})
    period_index = np.array([labels.index(p[0]) for p in periods], dtype=np.int64)
    keys = np.stack([row, col, period_index], axis=1) if len(records) else np.zeros((0, 3))
    sizes = g.group_sizes(keys)
    keep = sizes >= rules.k
    _count_cells(report, keys, keep)
    report.records_suppressed += int((~dated).sum())
    report.max_displacement_m = g.displacement(x[keep], y[keep], cx[keep], cy[keep])
    counts: dict[tuple, dict] = {}
    for i in np.flatnonzero(keep):
        key = (int(row[i]), int(col[i]), periods[i][0], records[i].get("service_name"))
        entry = counts.setdefault(key, {
            "cx": cx[i], "cy": cy[i], "period": periods[i], "cell_reports": int(sizes[i]),
            "code": records[i].get("service_code"), "open": 0, "closed": 0})
        entry["closed" if records[i].get("status") == "closed" else "open"] += 1
    corners = grid.vertices(np.array([e["cx"] for e in counts.values()]),
                            np.array([e["cy"] for e in counts.values()]))
    rows = []
    for (key, entry), ring in zip(counts.items(), corners):
        label, first, last = entry["period"]
        rows.append({
            "cell_id": g.cell_ids(np.array([entry["cx"]]), np.array([entry["cy"]]))[0],
            "period": label, "period_start": first, "period_end": last,
            "category": key[3], "category_code": entry["code"],
            "reports": entry["open"] + entry["closed"], "open": entry["open"],
            "closed": entry["closed"], "cell_reports": entry["cell_reports"],
            GEOMETRY: t.polygon_wkb(ring.tolist()),
        })
    rows.sort(key=lambda r: (r["period"], r["cell_id"], r["category"] or ""))
    report.records_published = int(keep.sum())
    word = "Monat" if rules.period == g.MONTH else "Kalenderwoche"
    columns = (
        _CELL,
        t.Column("period", t.TEXT, f"Zeitraum ({word}, z. B. 2025-03 oder 2025-W10)",
                 f"period ({rules.period}, e.g. 2025-03 or 2025-W10)"),
        t.Column("period_start", t.DATE, "erster Tag des Zeitraums (Ortszeit Heilbronn)",
                 "first day of the period (Heilbronn local time)"),
        t.Column("period_end", t.DATE, "letzter Tag des Zeitraums", "last day of the period"),
        _CATEGORY, _CATEGORY_CODE,
        t.Column("reports", t.INTEGER, "Meldungen dieser Kategorie in Zelle und Zeitraum",
                 "reports of this category in the cell and period"),
        t.Column("open", t.INTEGER, "davon offen", "of which open"),
        t.Column("closed", t.INTEGER, "davon erledigt", "of which closed"),
        t.Column("cell_reports", t.INTEGER,
                 "Meldungen aller Kategorien in Zelle und Zeitraum (mindestens k)",
                 "reports of all categories in the cell and period (at least k)"),
    )
    return t.Table(DATASET, "Bürgeranliegen (Anliegen-Management) je Sechseck und Zeitraum",
                   "Citizen reports (issue reporting) per hexagon and period", "Polygon",
                   columns, rows, time_column="period_start", end_column="period_end")


def _count_cells(report: PrivacyReport, keys: np.ndarray, keep: np.ndarray) -> None:
    if len(keys) == 0:
        return
    report.cells_published = len(np.unique(keys[keep], axis=0)) if keep.any() else 0
    report.cells_suppressed = len(np.unique(keys[~keep], axis=0)) if (~keep).any() else 0
    report.records_suppressed = int((~keep).sum())


def _scrub_facts(report: PrivacyReport, scrubber: Scrubber) -> None:
    counts = scrubber.counts
    report.fact("descriptions_scrubbed", {"emails": counts.emails, "phones": counts.phones,
                                          "urls": counts.urls, "names": counts.names},
                "Aus Beschreibungen entfernt (E-Mail, Telefon, Links, Namen)",
                "Removed from descriptions (e-mail, phone, links, names)")
    report.note(
        "Beschreibungen sind Freitext: Namen, die der Speicher nicht als Namen kennt, und "
        "Adressen erkennt keine Regel. Lesen Sie die Beschreibungen vor der Veröffentlichung.",
        "Descriptions are free text: names the store does not know as names, and addresses, "
        "are recognised by no rule. Read the descriptions before you publish them.")


def _removed_fields(records: list[dict], rules: ReportRules) -> list[str]:
    published = set(PUBLISHED_FROM)
    if rules.keep_descriptions and rules.generalisation == g.GRID:
        published.add("description")
    present = {name for r in records for name in r if name != GEOMETRY}
    present |= set(CITIZEN_REPORTS.field_names)
    removed = sorted(present - published)
    keys = sorted({key for r in records for key in json_keys(r.get("extra_json"))})
    removed += [f"extra_json.{key}" for key in keys]
    return removed


def _positions(records: list[dict]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    xs, ys, kept = [], [], []
    for index, record in enumerate(records):
        wkb = record.get(GEOMETRY)
        if wkb is None:
            continue
        point = ogr.CreateGeometryFromWkb(wkb)
        if point is None or point.IsEmpty():
            continue
        x, y = point.GetX(), point.GetY()
        if np.isfinite(x) and np.isfinite(y):
            xs.append(x)
            ys.append(y)
            kept.append(index)
    return np.array(xs, dtype=float), np.array(ys, dtype=float), kept
