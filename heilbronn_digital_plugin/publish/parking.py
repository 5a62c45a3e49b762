"""Parking for publication: the sites with capacity and type, and their occupancy as a time
series of quarter hours (or as hourly profiles per weekday).

The rule for single bays: a bay sensor's readings tell when one car comes and goes, often the
same neighbour's every day. So every published site covers at least k bays: garages and
park-and-ride sites are published as they are; an on-street site of fewer than k bays (or of
unknown capacity; a garage of fewer than k spaces likewise) is published only as part of its
street segment, the small sites on the same street within 100 m of each other taken
together, under a segment id of its own and at the segment's centre. A segment of fewer than
k bays is not published, and a quarter hour of a site is published only when the sites that
reported in it hold at least k bays.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from osgeo import ogr

from ..store.schema import PARKING_SITES
from . import generalise as g
from . import tables as t
from .privacy import DEFAULT_K, PrivacyReport
from .source import GEOMETRY

DATASET = "parking"
QUARTER_HOURS = "quarter_hours"
PROFILES = "profiles"
# Sites on the same street this close to each other form one segment.
SEGMENT_GAP_M = 100.0
# A site is on the nearest street within this distance.
STREET_SEARCH_M = 50.0
_PUBLIC_TYPES = ("garage", "park_ride")
_SITE_FIELDS = ("site_id", "name", "site_type", "capacity", "address", "operator")
_WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                "Sonntag")


@dataclass(frozen=True)
class ParkingRules:
    k: int = DEFAULT_K
    aggregation: str = QUARTER_HOURS


@dataclass
class _Site:
    """A published site: a garage, an on-street segment, or the sites merged into one."""

    site_id: str
    name: str | None
    site_type: str | None
    capacity: int
    address: str | None
    operator: str | None
    x: float
    y: float
    members: dict[str, int]  # store site_id → capacity


_SITE_COLUMNS = (
    t.Column("site_id", t.TEXT, "Kennung des Parkplatzes oder Straßenabschnitts",
             "id of the car park or street segment"),
    t.Column("name", t.TEXT, "Name", "name"),
    t.Column("site_type", t.TEXT, "Art: garage (Parkhaus), park_ride (P+R), on_street "
             "(Straßenabschnitt)", "kind: garage, park_ride, on_street (street segment)"),
    t.Column("capacity", t.INTEGER, "Stellplätze", "parking spaces"),
    t.Column("sensors", t.INTEGER, "Zahl der Sensorstandorte, die der Abschnitt zusammenfasst",
             "number of sensor sites the segment combines"),
    t.Column("address", t.TEXT, "Adresse (bei Straßenabschnitten die Straße)",
             "address (the street for street segments)"),
    t.Column("operator", t.TEXT, "Betreiber", "operator"),
)


def publish_parking(sites: list[dict], readings: list[dict], streets: list[dict] | None,
                    rules: ParkingRules) -> tuple[list[t.Table], PrivacyReport]:
    """The published sites and occupancy tables and what the privacy rules did."""
    report = PrivacyReport(DATASET, rules.k, records_read=len(sites))
    published, merged, suppressed, shift = _sites(sites, streets, rules.k)
    report.cells_published = len(published)
    report.cells_suppressed = len(suppressed)
    report.records_suppressed = sum(len(group) for group in suppressed)
    report.records_published = sum(len(site.members) for site in published)
    report.max_displacement_m = shift
    report.fact("sites_merged_into_segments", merged,
                "Straßensensoren mit weniger als k Stellplätzen, in Abschnitte zusammengefasst",
                "On-street sensor sites of fewer than k spaces merged into segments")
    without_position = len(sites) - sum(1 for s in sites if s.get(GEOMETRY))
    if without_position:
        report.fact("sites_without_position", without_position,
                    "Standorte ohne Position (nicht veröffentlicht)",
                    "Sites without a position (not published)")
    removed = (set(PARKING_SITES.field_names) | {n for s in sites for n in s}) - {
        GEOMETRY, *_SITE_FIELDS}
    removed |= {f"parking_occupancy.{name}" for name in ("status", "quality")}
    report.fields_removed = sorted(removed)
    site_table = t.Table(
        "parking_sites", "Parkplätze und Parkhäuser", "Car parks and parking garages", "Point",
        _SITE_COLUMNS, [_site_row(site) for site in published])
    if rules.aggregation == PROFILES:
        occupancy, slots, dropped = _profiles(published, readings, rules.k)
    else:
        occupancy, slots, dropped = _quarter_hours(published, readings, rules.k)
    report.fact("readings_read", len(readings), "Belegungsmeldungen gelesen", "Readings read")
    report.fact("time_slots_published", slots, "Veröffentlichte Zeitabschnitte",
                "Time slots published")
    if dropped:
        report.fact("time_slots_suppressed", dropped,
                    "Zeitabschnitte unterdrückt (gemeldete Stellplätze weniger als k)",
                    "Time slots suppressed (spaces reporting fewer than k)")
    if report.everything_suppressed:
        report.note(f"Kein Standort umfasst mindestens k = {rules.k} Stellplätze: nichts wurde "
                    "veröffentlicht.",
                    f"No site covers at least k = {rules.k} spaces: nothing was published.")
    return [site_table, occupancy], report


def _sites(sites: list[dict], streets: list[dict] | None, k: int
           ) -> tuple[list[_Site], int, list[list[str]], float | None]:
    """Published sites, how many small sites were merged, the groups left out and the
    largest shift of a merged site."""
    published: list[_Site] = []
    small: list[tuple[dict, float, float]] = []
    lines = _street_lines(streets)
    for record in sites:
        wkb = record.get(GEOMETRY)
        if wkb is None or not record.get("site_id"):
            continue
        point = ogr.CreateGeometryFromWkb(wkb)
        x, y = point.GetX(), point.GetY()
        capacity = record.get("capacity")
        # A garage of unknown size is a public facility; the quarter hours it reports in are
        # still checked against k.
        public = record.get("site_type") in _PUBLIC_TYPES
        if (capacity or 0) >= k or (capacity is None and public):
            # A garage's address is the public facility's; an on-street site is named by its
            # street only (a sensor system's address may be the house in front).
            address = record.get("address") if public else _nearest_street(lines, x, y)
            published.append(_Site(record["site_id"], record.get("name"),
                                   record.get("site_type"), capacity or 0, address,
                                   record.get("operator"), x, y,
                                   {record["site_id"]: capacity or 0}))
        else:
            small.append((record, x, y))
    suppressed: list[list[str]] = []
    shift = 0.0 if published else None
    numbers: dict[str, int] = defaultdict(int)
    for street, group in _segments(small, lines):
        capacity = sum(record.get("capacity") or 0 for record, _, _ in group)
        if capacity < k:
            suppressed.append([record["site_id"] for record, _, _ in group])
            continue
        cx = float(np.mean([x for _, x, _ in group]))
        cy = float(np.mean([y for _, _, y in group]))
        shift = max(shift or 0.0, max(math.hypot(x - cx, y - cy) for _, x, y in group))
        numbers[street] += 1
        slug = re.sub(r"[^a-z0-9]+", "-", (street or "street").lower()).strip("-")
        label = street or "Straße"
        published.append(_Site(
            f"segment:{slug}:{numbers[street]}", f"{label}, Abschnitt {numbers[street]}",
            "on_street", capacity, street,
            group[0][0].get("operator"), cx, cy,
            {record["site_id"]: record.get("capacity") or 0 for record, _, _ in group}))
    merged = sum(len(site.members) for site in published if site.site_id.startswith("segment:"))
    return published, merged, suppressed, shift


def _street_lines(streets: list[dict] | None) -> list[tuple[str, ogr.Geometry]]:
    return [(s["name"], ogr.CreateGeometryFromWkb(s[GEOMETRY]))
            for s in streets or () if s.get(GEOMETRY) and s.get("name")]


def _nearest_street(lines: list[tuple[str, ogr.Geometry]], x: float, y: float) -> str | None:
    """The name of the street within ``STREET_SEARCH_M`` of the point, if any."""
    point = ogr.CreateGeometryFromWkb(t.point_wkb(x, y))
    best, best_distance = None, STREET_SEARCH_M
    for name, line in lines:
        west, east, south, north = line.GetEnvelope()
        if not (west - best_distance <= x <= east + best_distance and
                south - best_distance <= y <= north + best_distance):
            continue
        distance = line.Distance(point)
        if distance <= best_distance:
            best, best_distance = name, distance
    return best


def _segments(small: list[tuple[dict, float, float]], lines: list[tuple[str, ogr.Geometry]]):
    """Groups of small sites: by nearest street, then chains of sites at most
    ``SEGMENT_GAP_M`` apart."""
    by_street: dict[str | None, list] = defaultdict(list)
    for item in small:
        by_street[_nearest_street(lines, item[1], item[2])].append(item)
    for street in sorted(by_street, key=lambda s: s or ""):
        items = sorted(by_street[street], key=lambda i: (i[1], i[2]))
        for cluster in _chains(items):
            yield street, cluster


def _chains(items: list) -> list[list]:
    """Single-linkage clusters of ``(record, x, y)`` with links up to ``SEGMENT_GAP_M``."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, xi, yi) in enumerate(items):
        for j in range(i + 1, len(items)):
            if math.hypot(items[j][1] - xi, items[j][2] - yi) <= SEGMENT_GAP_M:
                parent[root(j)] = root(i)
    clusters: dict[int, list] = defaultdict(list)
    for i, item in enumerate(items):
        clusters[root(i)].append(item)
    return list(clusters.values())


def _site_row(site: _Site) -> dict:
    return {"site_id": site.site_id, "name": site.name, "site_type": site.site_type,
            "capacity": site.capacity or None, "sensors": len(site.members),
            "address": site.address, "operator": site.operator,
            GEOMETRY: t.point_wkb(site.x, site.y)}


def _occupied(reading: dict) -> tuple[float, float] | None:
    """(occupied, capacity) of a reading, from whichever of free/occupied it has."""
    capacity = reading.get("capacity")
    occupied, free = reading.get("occupied"), reading.get("free")
    if occupied is None and free is not None and capacity is not None:
        occupied = capacity - free
    if occupied is None or capacity is None or capacity <= 0:
        return None
    if not (math.isfinite(occupied) and 0 <= occupied <= capacity):
        return None
    return float(occupied), float(capacity)


def _slot_means(published: list[_Site], readings: list[dict], slot_of
                ) -> dict[tuple[str, object], dict[str, list]]:
    """Per published site and slot: each member's readings (occupied, capacity)."""
    owner = {member: site for site in published for member in site.members}
    slots: dict[tuple[str, object], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for reading in readings:
        site = owner.get(reading.get("site_id"))
        moment = reading.get("observed_at")
        value = _occupied(reading)
        if site is None or moment is None or value is None:
            continue
        slots[(site.site_id, slot_of(moment))][reading["site_id"]].append(value)
    return slots


def _combine(members: dict[str, list]) -> tuple[float, float, int]:
    """Occupied and capacity summed over the members (each member's mean), and the number of
    readings."""
    occupied = sum(float(np.mean([o for o, _ in values])) for values in members.values())
    capacity = sum(float(np.mean([c for _, c in values])) for values in members.values())
    return occupied, capacity, sum(len(values) for values in members.values())


_SITE_ID = t.Column("site_id", t.TEXT, "Kennung wie in parking_sites", "id as in parking_sites")
_MEASURES = (
    t.Column("occupied", t.REAL, "belegte Stellplätze (Mittel)", "occupied spaces (mean)"),
    t.Column("free", t.REAL, "freie Stellplätze (Mittel)", "free spaces (mean)"),
    t.Column("capacity", t.INTEGER, "Stellplätze, die gemeldet haben", "spaces that reported"),
    t.Column("occupancy", t.REAL, "Auslastung (0 bis 1)", "occupancy (0 to 1)"),
    t.Column("readings", t.INTEGER, "Zahl der Einzelmeldungen", "number of readings"),
)


def _slot_rows(published: list[_Site], readings: list[dict], k: int, slot_of, order,
               slot_columns) -> tuple[list[dict], int]:
    """One row per published site and slot (``slot_columns(slot)`` names it), and how many
    slots were left out because the sites that reported in them hold fewer than k spaces."""
    slots = _slot_means(published, readings, slot_of)
    positions = {site.site_id: _site_row(site)[GEOMETRY] for site in published}
    rows, dropped = [], 0
    for (site_id, slot), members in sorted(slots.items(), key=order):
        occupied, capacity, count = _combine(members)
        if capacity < k:
            dropped += 1
            continue
        rows.append({"site_id": site_id, **slot_columns(slot),
                     "occupied": round(occupied, 1), "free": round(capacity - occupied, 1),
                     "capacity": round(capacity), "occupancy": round(occupied / capacity, 3),
                     "readings": count, GEOMETRY: positions[site_id]})
    return rows, dropped


def _quarter_hours(published: list[_Site], readings: list[dict], k: int
                   ) -> tuple[t.Table, int, int]:
    rows, dropped = _slot_rows(
        published, readings, k, g.quarter_hour,
        lambda item: (item[0][1].timestamp(), item[0][0]),
        lambda start: {"period_start": start})
    columns = (_SITE_ID,
               t.Column("period_start", t.DATETIME, "Beginn der Viertelstunde (mit Zeitzone)",
                        "start of the quarter hour (with its offset)"),
               *_MEASURES)
    return (t.Table("parking_occupancy", "Parkplatzbelegung je Viertelstunde",
                    "Parking occupancy per quarter hour", "Point", columns, rows,
                    time_column="period_start"), len(rows), dropped)


def _profiles(published: list[_Site], readings: list[dict], k: int
              ) -> tuple[t.Table, int, int]:
    def weekday_hour(moment: datetime) -> tuple[int, int]:
        stamp = g.local(moment)
        return stamp.isoweekday(), stamp.hour

    rows, dropped = _slot_rows(
        published, readings, k, weekday_hour, lambda item: item[0],
        lambda slot: {"weekday": slot[0], "weekday_name": _WEEKDAYS_DE[slot[0] - 1],
                      "hour": slot[1]})
    columns = (_SITE_ID,
               t.Column("weekday", t.INTEGER, "Wochentag (1 = Montag … 7 = Sonntag)",
                        "weekday (1 = Monday … 7 = Sunday)"),
               t.Column("weekday_name", t.TEXT, "Wochentag", "weekday (German name)"),
               t.Column("hour", t.INTEGER, "Stunde (Ortszeit Heilbronn, 0 bis 23)",
                        "hour (Heilbronn local time, 0 to 23)"),
               *_MEASURES)
    return (t.Table("parking_profiles", "Parkplatzbelegung nach Wochentag und Stunde",
                    "Parking occupancy by weekday and hour", "Point", columns, rows),
            len(rows), dropped)
