"""GOLDBECK Parking Services API (Stadtwerke Heilbronn): facilities plus occupancies.

Two answers belong together: ``facilities`` (name, position, address) and ``occupancies``
(counters per facility), matched by ``facilityId``. What the real feed does:

- Each facility has several counters: ``TOTAL``, ``SHORT_TERM_PARKER``, ``CONTRACT_PARKER``,
  ``PREPAID_PARKER``… The ``TOTAL`` counter is the garage; when it is missing or empty
  (``maxPlaces`` 0 and status ``UNKNOWN``) the short-term counter stands in (flagged).
- ``maxPlaces`` 9999 is a placeholder ("no limit"), not a capacity; contract counters report
  negative ``freePlaces`` when more contract holders are in than places are assigned.
- Some facilities have no ``position`` (operator system records), many are charging sites
  ("E-Laden", "E-Charge"), not garages: they are kept, without a site type, and flagged.
- ``valuesFrom`` is a naive local time (Europe/Berlin).
"""

from __future__ import annotations

from typing import Any

from ..toolbelt.i18n import tr
from . import parking_records as pr
from .parking_payload import load_json

PREFIX = "goldbeck:"
_CHARGING_WORDS = ("e-laden", "e-charge", "ladestation", "ladepunkt")
_USED_FACILITY_FIELDS = {"id", "name", "position", "postalAddress"}


def parse_goldbeck(facilities: bytes, occupancies: bytes | None = None) -> pr.ParkingBatch:
    """Sites from a ``facilities`` answer, and readings from an ``occupancies`` answer."""
    items = load_json(facilities)
    if not isinstance(items, list) or any(isinstance(i, dict) and "facilityId" in i
                                          for i in items[:1]):
        raise pr.ParkingFormatError(tr("this is not a GOLDBECK facilities list (a JSON array "
                                       "of facilities with id and name)"))
    batch = pr.ParkingBatch(source="")
    capacities: dict[str, int | None] = {}
    readings = _occupancies(occupancies) if occupancies is not None else {}
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or item.get("id") in (None, ""):
            batch.problems.append(tr("facility {number} has no id").format(number=number))
            continue
        site = _site(item, readings.get(str(item["id"])))
        capacities[site.site_id] = site.capacity
        batch.sites.append(site)
    for facility_id, reading in readings.items():
        site_id = PREFIX + facility_id
        if site_id not in capacities:
            batch.sites.append(pr.ParkingSite(site_id, flags={pr.NO_POSITION,
                                                              pr.NO_STATIC_RECORD}))
        observation = _observation(site_id, reading)
        if observation is not None:
            batch.observations.append(observation)
    return batch


def _occupancies(data: bytes) -> dict[str, dict[str, Any]]:
    items = load_json(data)
    if not isinstance(items, list) or any(not isinstance(i, dict) or "facilityId" not in i
                                          for i in items[:1]):
        raise pr.ParkingFormatError(tr("this is not a GOLDBECK occupancies list (a JSON array "
                                       "of objects with facilityId and counters)"))
    return {str(item["facilityId"]): item for item in items
            if isinstance(item, dict) and item.get("facilityId") is not None}


def _site(item: dict[str, Any], reading: dict[str, Any] | None) -> pr.ParkingSite:
    name = " ".join(str(item.get("name") or "").split()) or None
    site = pr.ParkingSite(PREFIX + str(item["id"]), name=name)
    site.extra = {k: v for k, v in item.items() if k not in _USED_FACILITY_FIELDS}
    position = pr.mapping(item.get("position"))
    site.lon = pr.real(position.get("longitude"), site.flags)
    site.lat = pr.real(position.get("latitude"), site.flags)
    if site.lon is None or site.lat is None:
        site.lon = site.lat = None
        site.flags.add(pr.NO_POSITION)
    site.address = _address(pr.mapping(item.get("postalAddress")))
    if name and any(word in name.lower() for word in _CHARGING_WORDS):
        site.flags.add(pr.CHARGING_SITE)
    elif site.lon is not None:
        site.site_type = "garage"
    counter, _ = _main_counter(reading.get("counters") or [] if reading else [])
    if counter is not None:
        site.capacity = pr.capacity(counter.get("maxPlaces"), site.flags)
    return site


def _address(address: dict[str, Any]) -> str | None:
    street = " ".join(str(p) for p in (address.get("street1"), address.get("street2")) if p)
    town = " ".join(str(p) for p in (address.get("zip"), address.get("city")) if p)
    return ", ".join(p for p in (street, town) if p) or None


def _main_counter(counters: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, bool]:
    """The counter that stands for the whole facility, and whether it is a stand-in."""
    counters = [c for c in counters if isinstance(c, dict)]

    def kind(counter: dict[str, Any]) -> str:
        return str(pr.mapping(counter.get("type")).get("type", ""))

    def empty(counter: dict[str, Any]) -> bool:
        return counter.get("maxPlaces") in (0, None) and counter.get("status") in ("UNKNOWN",
                                                                                   None)

    # A facility may have several TOTAL counters (with, without, only reservations): the
    # first real one that is not for reservations only stands for the garage.
    totals = [c for c in counters if kind(c) == "TOTAL" and not empty(c)]
    total = next((c for c in totals if pr.mapping(c.get("type")).get("reservationStatus")
                  != "ONLY_RESERVATIONS"), totals[0] if totals else None)
    if total is not None:
        return total, False
    short = next((c for c in counters if kind(c) == "SHORT_TERM_PARKER"), None)
    if short is not None:
        return short, True
    return next((c for c in counters if kind(c) == "TOTAL"), None), False


def _observation(site_id: str, reading: dict[str, Any]) -> pr.ParkingObservation | None:
    counter, stand_in = _main_counter(reading.get("counters") or [])
    if counter is None:
        return None  # a facility without counters reports nothing
    flags: set[str] = set()
    if stand_in:
        flags.add(pr.TOTAL_COUNTER_MISSING)
    observed_at = pr.parse_time(reading.get("valuesFrom"), flags)
    if observed_at is None:
        return None
    places = pr.capacity(counter.get("maxPlaces"), flags)
    free = pr.count(counter.get("freePlaces"), flags)
    occupied = pr.count(counter.get("occupiedPlaces"), flags)
    free, occupied = pr.complete_counts(free, occupied, places, flags)
    status = pr.status_from_words([counter.get("status")], flags, free)
    return pr.ParkingObservation(site_id, observed_at, free, occupied, places, status, flags)
