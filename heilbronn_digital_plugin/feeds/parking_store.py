"""Write a :class:`~.parking_records.ParkingBatch` into the store in one transaction.

- Sites upsert by ``site_id``; a value the new batch lacks (a DATEX II status without its
  table, a GOLDBECK reading without the facility) keeps the stored one instead of erasing it.
- Readings upsert by (``site_id``, ``observed_at``): a re-run, an overlapping time window or
  a duplicate reading in the feed never adds a second row.
- A site's snapshot (``free_latest``, ``occupancy_latest``, ``status_latest``,
  ``observed_latest``) only moves forward in time: an out-of-order or old reading never
  replaces a newer one. A closed site's snapshot has no free space and no occupancy.

OGR only (no QGIS), so it runs in a ``QgsTask`` as well as in Processing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from osgeo import ogr

from ..store import core, schema
from . import parking_records as pr

SITES = schema.PARKING_SITES.name
READINGS = schema.PARKING_OCCUPANCY.name
# Kept from the stored site when the new batch has no value for them.
_KEPT = ("name", "site_type", "capacity", "address", "operator", "extra_json", core.GEOMETRY)
_SNAPSHOT = ("free_latest", "occupancy_latest", "status_latest", "observed_latest")


# The tables a parking write changes (for Store.check_writable before a feed is fetched).
PARKING_LAYERS = (SITES, READINGS)


@dataclass(frozen=True)
class StoreResult:
    sites_inserted: int
    sites_updated: int
    readings_inserted: int
    readings_updated: int


def store_parking(store: core.Target, batch: pr.ParkingBatch) -> StoreResult:
    """Upsert ``batch`` into ``store`` (a GeoPackage path, created if missing, or a PostGIS
    store): all or nothing. Raises :class:`~..store.core.StoreError` naming the record that
    failed."""
    for site in batch.sites:
        pr.check_position(site)
    readings = _unique_readings(batch.observations)
    newest: dict[str, pr.ParkingObservation] = {}
    for reading in readings.values():
        if reading.free is None and reading.occupied is None:
            continue
        best = newest.get(reading.site_id)
        if best is None or reading.observed_at > best.observed_at:
            newest[reading.site_id] = reading
    transform = core.wgs84_to_store()
    sites = {site.site_id: site for site in batch.sites}
    for site_id in {o.site_id for o in batch.observations} - set(sites):
        sites[site_id] = pr.ParkingSite(site_id, flags={pr.NO_STATIC_RECORD})
    reading_rows = [{"site_id": r.site_id, "observed_at": r.observed_at, "free": r.free,
                     "occupied": r.occupied, "capacity": r.capacity, "status": r.status,
                     "quality": pr.flags_text(r.flags)} for r in readings.values()]

    def batches(reader: core.Reader) -> dict[str, list[dict[str, Any]]]:
        # Inside the write transaction: the stored snapshot is the latest any writer made.
        stored = _stored_sites(reader, set(sites))
        site_rows = [_site_row(site, batch.source, stored.get(site.site_id),
                               newest.get(site.site_id), transform) for site in sites.values()]
        return {SITES: site_rows, READINGS: reading_rows}

    written = core.write_layers(store, batches)
    return StoreResult(written[SITES].inserted, written[SITES].updated,
                       written[READINGS].inserted, written[READINGS].updated)


def _unique_readings(observations: list[pr.ParkingObservation]
                     ) -> dict[tuple[str, datetime], pr.ParkingObservation]:
    """One reading per key, at the store's millisecond precision; the feed's last wins."""
    unique: dict[tuple[str, datetime], pr.ParkingObservation] = {}
    for reading in observations:
        stamp = reading.observed_at
        moment = stamp.replace(microsecond=0) + timedelta(
            milliseconds=round(stamp.microsecond / 1000))
        unique[(reading.site_id, moment)] = reading
    return unique


def _site_row(site: pr.ParkingSite, source: str, stored: dict[str, Any] | None,
              newest: pr.ParkingObservation | None, transform: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "site_id": site.site_id, "name": site.name, "site_type": site.site_type,
        "capacity": site.capacity, "address": site.address, "operator": site.operator,
        "source": source, "quality": pr.flags_text(site.flags),
        "extra_json": json.dumps(site.extra, ensure_ascii=False, sort_keys=True, default=str)
        if site.extra else None,
    }
    if site.lon is not None and site.lat is not None:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(site.lon, site.lat)
        point.Transform(transform)
        row[core.GEOMETRY] = point
    stored = stored or {}
    for name in _KEPT:
        if row.get(name) is None and stored.get(name) is not None:
            row[name] = stored[name]
    row.update({name: stored.get(name) for name in _SNAPSHOT})
    before = stored.get("observed_latest")
    if newest is not None and (before is None or newest.observed_at > before):
        places = newest.capacity if newest.capacity is not None else row["capacity"]
        row["free_latest"] = newest.free
        row["occupancy_latest"] = _occupancy(newest, places)
        row["status_latest"] = newest.status
        row["observed_latest"] = newest.observed_at
    return row


def _occupancy(reading: pr.ParkingObservation, places: int | None) -> float | None:
    """The share of places taken, 0..1 (clipped: counters overshoot), if it can be known;
    none for a closed site, which is not full but offers nothing."""
    if not places or reading.status == "closed":
        return None
    occupied = reading.occupied if reading.occupied is not None else \
        places - reading.free if reading.free is not None else None
    return None if occupied is None else min(max(occupied / places, 0.0), 1.0)


def _stored_sites(reader: core.Reader, site_ids: set[str]) -> dict[str, dict[str, Any]]:
    """The stored sites among ``site_ids``: their fields, geometry (WKB) and snapshot."""
    found = {}
    for feature in reader.features(SITES):
        site_id = feature.GetField("site_id")
        if site_id not in site_ids:
            continue
        row = {name: feature.GetField(name) for name in _KEPT if name != core.GEOMETRY}
        row.update({name: feature.GetField(name) for name in _SNAPSHOT[:3]})
        index = feature.GetFieldIndex("observed_latest")
        if feature.IsFieldSetAndNotNull(index):
            row["observed_latest"] = core.datetime_from_ogr(feature.GetFieldAsDateTime(index))
        geometry = feature.GetGeometryRef()
        row[core.GEOMETRY] = bytes(geometry.ExportToWkb()) if geometry else None
        found[site_id] = row
    return found
