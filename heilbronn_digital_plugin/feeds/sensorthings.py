"""OGC SensorThings API (FROST and others): Things with Locations, Datastreams, Observations.

A Thing is a parking site; its Datastreams say, by name, description or unit, whether they
count free places, occupied places or the capacity. Observations of one Thing at the same
``phenomenonTime`` (the end of an interval) are merged into one reading. A Location is a
GeoJSON Feature or a bare geometry; without one, a Datastream's ``observedArea`` stands in
(flagged). A Thing whose Datastreams count something else (a bicycle counter) is kept and
flagged, and its observations are not readings. A Datastream whose name the patterns do
not know (a sensor's own words) is read for the role the planner names it for
(:class:`~.parking_records.FieldMap`: free, occupied, capacity).

The server pages: a Things answer ends with ``@iot.nextLink``, and an expanded Datastream may
end its Observations with ``Observations@iot.nextLink``. :class:`SensorThingsReader` is fed
page by page and returns the links still to fetch; the fetching lives in ``parking_fetch``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from ..toolbelt.i18n import tr
from ..toolbelt.local_time import UTC
from . import parking_records as pr
from .parking_payload import load_json, point_of_geojson

PREFIX = "sensorthings:"
_ROLES = (  # checked in this order: "Kapazität freier Plätze" is a capacity
    ("capacity", re.compile(r"kapazit|capacity|stellpl[aä]tze gesamt|total spaces", re.I)),
    ("free", re.compile(r"frei|free|vacant|available|verf[uü]gbar", re.I)),
    ("occupied", re.compile(r"belegt|besetzt|occupied", re.I)),
)
_CAPACITY_PROPERTIES = ("capacity", "kapazitaet", "kapazität", "stellplaetze",
                        "anzahl_stellplaetze", "totalspaces")
_TYPE_PROPERTIES = ("type", "art", "parkingtype", "site_type", "typ")


def expand_query(start: datetime | None = None, end: datetime | None = None) -> str:
    """The ``$expand`` that brings a Things page with everything a reading needs: within
    ``start``..``end`` all observations, else only the latest of each Datastream."""
    if start is None and end is None:
        observations = "Observations($orderby=phenomenonTime desc;$top=1)"
    else:
        bounds = []
        if start is not None:
            bounds.append(f"phenomenonTime ge {_iso(start)}")
        if end is not None:
            bounds.append(f"phenomenonTime lt {_iso(end)}")
        observations = (f"Observations($filter={' and '.join(bounds)};"
                        "$orderby=phenomenonTime asc;$top=1000)")
    return f"Locations,Datastreams($expand={observations})"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SensorThingsReader:
    """Collects sites and readings from Things pages and Observations pages."""

    def __init__(self, fields: pr.FieldMap | None = None) -> None:
        self.sites: dict[str, pr.ParkingSite] = {}
        self.readings: dict[tuple[str, datetime], pr.ParkingObservation] = {}
        self.problems: list[str] = []
        self.notes: list[str] = []
        given = fields.given() if fields else {}
        self.given = {given[role].lower(): role for role in ("capacity", "free", "occupied")
                      if role in given}
        self.fields: dict[str, str] = {}
        self.stream_names: list[str] = []

    def read_things(self, data: bytes) -> tuple[str | None, list[tuple[str, str, str]]]:
        """Read one Things answer (a collection or one Thing). Returns its next page link
        and, per Datastream whose Observations continue, (site_id, role, link)."""
        document = load_json(data)
        if not isinstance(document, dict) or not ("value" in document or
                                                  "@iot.id" in document):
            raise pr.ParkingFormatError(tr("this is no SensorThings answer (neither a “value” "
                                           "list nor a Thing with “@iot.id”)"))
        things = document.get("value", [document])
        if not isinstance(things, list):
            raise pr.ParkingFormatError(tr("its “value” is not a list of Things"))
        more: list[tuple[str, str, str]] = []
        for number, thing in enumerate(things, start=1):
            if not isinstance(thing, dict) or thing.get("@iot.id") is None:
                self.problems.append(tr("Thing {number} has no @iot.id").format(number=number))
                continue
            more.extend(self._thing(thing))
        return document.get("@iot.nextLink"), more

    def read_observations(self, data: bytes, site_id: str, role: str) -> str | None:
        """Read one Observations page of a Datastream; returns the next page link."""
        document = load_json(data)
        if not isinstance(document, dict) or not isinstance(document.get("value"), list):
            raise pr.ParkingFormatError(tr("this is no SensorThings Observations answer"))
        self._observations(site_id, role, document["value"])
        return document.get("@iot.nextLink")

    def batch(self) -> pr.ParkingBatch:
        batch = pr.ParkingBatch(source="", sites=list(self.sites.values()),
                                problems=list(self.problems), notes=list(self.notes),
                                fields=dict(self.fields),
                                field_names=list(self.stream_names))
        for reading in sorted(self.readings.values(), key=lambda r: (r.site_id,
                                                                      r.observed_at)):
            site = self.sites[reading.site_id]
            reading.capacity = reading.capacity if reading.capacity is not None else \
                site.capacity
            reading.free, reading.occupied = pr.complete_counts(
                reading.free, reading.occupied, reading.capacity, reading.flags)
            reading.status = pr.status_from_words([], reading.flags, reading.free)
            batch.observations.append(reading)
        return batch

    def _thing(self, thing: dict[str, Any]) -> list[tuple[str, str, str]]:
        site = pr.ParkingSite(PREFIX + str(thing["@iot.id"]), name=thing.get("name"))
        properties = thing.get("properties") if isinstance(thing.get("properties"), dict) \
            else {}
        lowered = {k.lower(): v for k, v in properties.items()}
        site.capacity = pr.capacity(next((lowered[k] for k in _CAPACITY_PROPERTIES
                                          if k in lowered), None), site.flags)
        site.site_type = pr.site_type_of(next((lowered[k] for k in _TYPE_PROPERTIES
                                               if k in lowered), None))
        site.extra = {"description": thing.get("description"), **properties}
        self._locate(site, thing)
        self.sites[site.site_id] = site
        more = []
        parking_streams = 0
        for stream in _dicts(thing.get("Datastreams")):
            name = str(stream.get("name") or "").strip()
            if name and name not in self.stream_names and len(self.stream_names) < 40:
                self.stream_names.append(name)
            # A role the planner named is read only from the Datastream named for it.
            role = self.given.get(name.lower())
            if role is None:
                role = _role(stream)
                role = None if role in self.given.values() else role
            if role is None:
                continue
            self.fields.setdefault(role, name)
            parking_streams += 1
            self._observations(site.site_id, role, stream.get("Observations") or [])
            link = stream.get("Observations@iot.nextLink")
            if link:
                more.append((site.site_id, role, str(link)))
        if thing.get("Datastreams") and not parking_streams:
            site.flags.add(pr.NO_PARKING_DATASTREAM)
        return more

    def _locate(self, site: pr.ParkingSite, thing: dict[str, Any]) -> None:
        for location in _dicts(thing.get("Locations")):
            point = point_of_geojson(location.get("location"))
            if point is not None:
                site.lon, site.lat = point
                return
        for stream in _dicts(thing.get("Datastreams")):
            point = point_of_geojson(stream.get("observedArea"))
            if point is not None:
                site.lon, site.lat = point
                site.flags.add(pr.POSITION_FROM_OBSERVED_AREA)
                return
        site.flags.add(pr.NO_POSITION)

    def _observations(self, site_id: str, role: str, observations: list[Any]) -> None:
        for observation in observations:
            if not isinstance(observation, dict):
                continue
            flags: set[str] = set()
            when = str(observation.get("phenomenonTime") or observation.get("resultTime")
                       or "")
            moment = pr.parse_time(when.split("/")[-1], flags)
            if moment is None:
                self.problems.append(tr(
                    "an observation of {site} has no readable phenomenonTime ({time})").format(
                        site=site_id, time=repr(when)))
                continue
            value = pr.count(observation.get("result"), flags)
            reading = self.readings.setdefault(
                (site_id, moment), pr.ParkingObservation(site_id, moment))
            reading.flags |= flags
            setattr(reading, role, value)


def _dicts(items: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list, skipping nulls and other junk a server may send."""
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) \
        else []


def _role(stream: dict[str, Any]) -> str | None:
    unit = pr.mapping(stream.get("unitOfMeasurement"))
    text = " ".join(str(part) for part in (stream.get("name"), stream.get("description"),
                                           unit.get("name")) if part)
    for role, pattern in _ROLES:
        if pattern.search(text):
            return role
    return None
