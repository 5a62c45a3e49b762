"""GeoJSON and OGC API Features with occupancy properties, German or English field names.

Each feature is a site and, when it carries a free count or an occupancy, one reading. Field
names vary by publisher, so each property is looked up under the names in ``FIELD_NAMES``
(first match wins), or under the name the planner gives for it (:class:`~.parking_records.
FieldMap`); everything else is kept in ``extra``. The batch says which property it read for
each role and which properties the features had. Times like "11.02.2024, 03:15" are
German wall-clock times (Europe/Berlin); without a time on the feature the collection's
``timeStamp`` is used. A percentage occupancy ("auslastung": 63.0) fills a missing free count.
The ``next`` link of an OGC API answer is returned by :func:`next_link` for the fetcher.
"""

from __future__ import annotations

from typing import Any

from ..toolbelt.i18n import tr
from . import parking_records as pr
from .parking_payload import declared_transform, load_json, point_of_geojson

PREFIX = "geojson:"
# The property names a batch remembers for the sentence on what was found.
MAX_NAMES_LISTED = 40
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "site_id", "nummer", "nr", "identifier", "kennung"),
    "name": ("name", "bezeichnung", "title", "titel"),
    "type": ("art", "type", "typ", "kategorie", "site_type", "lot_type"),
    "free": ("frei", "free", "freie_plaetze", "free_spaces", "available", "vacant",
             "freiplaetze"),
    "occupied": ("belegt", "occupied", "besetzt", "occupied_spaces"),
    "capacity": ("gesamt", "capacity", "stellplaetze_gesamt", "kapazitaet", "kapazität",
                 "total", "anz_plaetze", "stellplaetze"),
    "occupancy": ("auslastung", "occupancy", "occupancy_rate", "belegung"),
    "time": ("received", "zeitstempel", "timestamp", "observed_at", "last_updated",
             "aktualisiert", "stand", "datum", "zeit", "time"),
    "state": ("status", "situation", "state", "zustand"),
    "street": ("strasse", "straße", "street"),
    "house": ("hausnr", "hausnummer", "housenumber"),
    "address": ("address", "adresse", "anschrift"),
    "operator": ("betreiber", "operator", "operator_name"),
}


def parse_geojson_parking(data: bytes, fields: pr.FieldMap | None = None) -> pr.ParkingBatch:
    document = load_json(data)
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise pr.ParkingFormatError(tr("this is no GeoJSON FeatureCollection"))
    batch = pr.ParkingBatch(source="")
    default_time = document.get("timeStamp")
    transform = declared_transform(document)
    features = document.get("features") or []
    if not isinstance(features, list):
        raise pr.ParkingFormatError(tr("its “features” member is not a list of features"))
    names = field_names(fields)
    given_id = bool(fields and fields.id.strip())
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            batch.problems.append(tr("feature {number} is no GeoJSON feature").format(
                number=number))
            continue
        properties = dict(pr.mapping(feature.get("properties")))
        seen(batch, properties)
        # The feature's own id, unless the planner named a property for it.
        raw_id = None if given_id else feature.get("id")
        if raw_id in (None, ""):
            raw_id = _take(properties, "id", names, batch.fields)
        else:
            batch.fields.setdefault("id", "id")
        if raw_id in (None, ""):
            batch.problems.append(tr("feature {number} has no id").format(number=number))
            continue
        site, observation = record_from_properties(
            PREFIX + str(raw_id), properties,
            point_of_geojson(feature.get("geometry"), transform), default_time,
            names=names, found=batch.fields)
        batch.sites.append(site)
        if observation is not None:
            batch.observations.append(observation)
    matched, returned = document.get("numberMatched"), document.get("numberReturned")
    if isinstance(matched, int) and isinstance(returned, int) and matched > returned and \
            next_link(data) is None:
        # Features not sent are no records left out: a note about the answer.
        batch.notes.append(tr("the server has {matched} features but sent {returned}").format(
            matched=matched, returned=returned))
    return batch


def next_link(data: bytes) -> str | None:
    """The ``rel="next"`` link of an OGC API Features answer, if there is one."""
    document = load_json(data)
    for link in document.get("links") or [] if isinstance(document, dict) else []:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return str(link["href"])
    return None


def field_names(fields: pr.FieldMap | None = None) -> dict[str, tuple[str, ...]]:
    """The names looked up per role: ``FIELD_NAMES``, where the planner named a field only
    that one (lower-cased, as lookups are)."""
    names = dict(FIELD_NAMES)
    for role, given in (fields.given() if fields else {}).items():
        names[role] = (given.lower(),)
    return names


def seen(batch: pr.ParkingBatch, properties: dict[str, Any]) -> None:
    """Remember the property names of a record, for the sentence on what was found."""
    if len(batch.field_names) < MAX_NAMES_LISTED:
        batch.field_names.extend(name for name in properties
                                 if name is not None and name not in batch.field_names)


def record_from_properties(site_id: str, properties: dict[str, Any],
                           point: tuple[float, float] | None, default_time: Any = None,
                           fold: int = 0, names: dict[str, tuple[str, ...]] | None = None,
                           found: dict[str, str] | None = None
                           ) -> tuple[pr.ParkingSite, pr.ParkingObservation | None]:
    """A site and its reading from flat properties (a GeoJSON feature, a CSV row).

    ``properties`` is consumed: what is left after the known fields is the site's extra.
    ``names`` are the names looked up per role (:func:`field_names`); ``found`` collects
    the property read for each role.
    """
    names = names or FIELD_NAMES
    found = {} if found is None else found

    def take(role: str) -> Any:
        return _take(properties, role, names, found)

    site = pr.ParkingSite(site_id)
    site.name = _text(take("name"))
    site.site_type = pr.site_type_of(properties.get(_key(properties, "type", names)))
    if point is None:
        site.flags.add(pr.NO_POSITION)
    else:
        site.lon, site.lat = point
    street, house = _text(take("street")), _text(take("house"))
    site.address = _text(take("address")) or \
        (" ".join(p for p in (street, house) if p) or None)
    site.operator = _text(take("operator"))
    reading: set[str] = set()
    site.capacity = pr.capacity(take("capacity"), reading)
    free = pr.count(take("free"), reading)
    occupied = pr.count(take("occupied"), reading)
    percent = pr.real(take("occupancy"), reading)
    states = _take_all(properties, "state")
    time_key = _key(properties, "time", names)
    if time_key:
        found.setdefault("time", time_key)
    when = properties.get(time_key) if time_key else None
    site.flags |= reading & {pr.NO_CAPACITY, pr.PLACEHOLDER_CAPACITY, pr.NUMBER_AS_TEXT}
    site.extra = properties
    if free is None and occupied is None and percent is None:
        return site, None
    if time_key:
        del properties[time_key]
    flags = set(reading)
    moment = pr.parse_time(when if when not in (None, "") else default_time, flags, fold)
    if moment is None:
        site.flags |= flags & {pr.BAD_TIME, pr.NO_TIME}
        return site, None
    if free is None and occupied is None and site.capacity is not None:
        occupied = round(site.capacity * percent / 100.0)
    free, occupied = pr.complete_counts(free, occupied, site.capacity, flags)
    status = pr.status_from_words(states, flags, free)
    return site, pr.ParkingObservation(site_id, moment, free, occupied, site.capacity,
                                       status, flags)


def _key(properties: dict[str, Any], role: str,
         names: dict[str, tuple[str, ...]] = FIELD_NAMES) -> str | None:
    lowered = {str(name).strip().lower(): name for name in properties if name is not None}
    for candidate in names[role]:
        if candidate in lowered:
            return lowered[candidate]
    return None


def _take(properties: dict[str, Any], role: str,
          names: dict[str, tuple[str, ...]] = FIELD_NAMES,
          found: dict[str, str] | None = None) -> Any:
    """Remove and return the first property that plays ``role``, noting it in ``found``."""
    key = _key(properties, role, names)
    if key is None:
        return None
    if found is not None:
        found.setdefault(role, str(key))
    return properties.pop(key)


def _take_all(properties: dict[str, Any], role: str) -> list[Any]:
    """Remove and return every property that plays ``role`` (status and situation)."""
    lowered = {name.lower(): name for name in properties}
    return [properties.pop(lowered[c]) for c in FIELD_NAMES[role] if c in lowered]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if not text or text.upper() == "N/A" else text
