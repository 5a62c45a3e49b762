"""ParkAPI: v1 city responses (``lots``), v1 city GeoJSON files, v3 ``parking-sites``.

- v1 city JSON: ``{"last_updated", "lots": [{"id", "name", "free", "total", "state",
  "coords": {"lat", "lng"}, "lot_type", "address"}]}``. Real feeds send ``state`` values the
  schema does not list ("many"), numbers as strings and ``coords`` null. ParkAPI v1 writes
  ``last_updated`` in UTC without an offset, so naive times here are UTC, not Berlin.
- v1 city GeoJSON: the static list of a city's lots (``name``, ``total``, ``address``,
  ``type`` "Parkhaus"/"Tiefgarage"); its first feature may describe the city itself.
- v3: ``{"items": [{"id", "name", "lat", "lon", "capacity", "type", "park_and_ride_type",
  "realtime_free_capacity", "realtime_capacity", "realtime_opening_status",
  "realtime_data_updated_at"}]}``; decimals arrive as strings.
"""

from __future__ import annotations

from typing import Any

from ..toolbelt.i18n import tr
from ..toolbelt.local_time import naive_local
from . import parking_records as pr
from .parking_payload import declared_transform, load_json, point_of_geojson

V1_PREFIX = "parkapi_v1:"
V3_PREFIX = "parkapi_v3:"
V1_STATES = ("open", "closed", "nodata", "unknown")
def parse_parkapi(data: bytes) -> pr.ParkingBatch:
    """Any of the three ParkAPI shapes; which one is read from the document itself."""
    document = load_json(data)
    if isinstance(document, dict) and isinstance(document.get("lots"), list):
        return _v1_lots(document)
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        return _v1_geojson(document)
    items = document.get("items") if isinstance(document, dict) else document
    if isinstance(items, list):
        return _v3(items)
    raise pr.ParkingFormatError(tr("this is no ParkAPI answer (neither a v1 city with “lots”, "
                                   "a v1 GeoJSON city file, nor v3 parking sites with "
                                   "“items”)"))


def _v1_lots(document: dict[str, Any]) -> pr.ParkingBatch:
    batch = pr.ParkingBatch(source="")
    updated = _utc_time(document.get("last_updated"))
    for number, lot in enumerate(document["lots"], start=1):
        if not isinstance(lot, dict) or not str(lot.get("id") or "").strip():
            batch.problems.append(tr("lot {number} has no id").format(number=number))
            continue
        site = pr.ParkingSite(V1_PREFIX + str(lot["id"]).strip(), name=lot.get("name"))
        coords = pr.mapping(lot.get("coords"))
        site.lon, site.lat = (pr.real(coords.get("lng"), site.flags),
                              pr.real(coords.get("lat"), site.flags))
        if site.lon is None or site.lat is None:
            site.lon = site.lat = None
            site.flags.add(pr.NO_POSITION)
        site.site_type = pr.site_type_of(lot.get("lot_type"))
        site.capacity = pr.capacity(lot.get("total"), site.flags)
        site.address = lot.get("address") or None
        site.extra = {k: v for k, v in lot.items() if k not in
                      ("id", "name", "coords", "lot_type", "total", "address", "free", "state")}
        batch.sites.append(site)
        flags: set[str] = set()
        moment = pr.parse_time(updated, flags) if updated else None
        if moment is None:
            continue
        free = pr.count(lot.get("free"), flags)
        free, occupied = pr.complete_counts(free, None, site.capacity, flags)
        status = pr.status_from_words([lot.get("state")], flags, free)
        if lot.get("state") not in V1_STATES:
            flags.add(pr.UNKNOWN_STATE)  # "many" means free places but is not in the schema
        batch.observations.append(pr.ParkingObservation(
            site.site_id, moment, free, occupied, site.capacity, status, flags))
    return batch


def _utc_time(value: Any) -> Any:
    """ParkAPI v1 times are UTC; a naive one gets its "Z" so it is not read as Berlin."""
    local = naive_local(value)
    return f"{local.isoformat()}Z" if local is not None else value


def _v1_geojson(document: dict[str, Any]) -> pr.ParkingBatch:
    batch = pr.ParkingBatch(source="")
    transform = declared_transform(document)
    features = document.get("features")
    for number, feature in enumerate(features if isinstance(features, list) else [], start=1):
        if not isinstance(feature, dict):
            batch.problems.append(tr("feature {number} is no GeoJSON feature").format(
                number=number))
            continue
        properties = pr.mapping(feature.get("properties"))
        if properties.get("type") == "city":
            continue  # the city itself, not a lot
        name = str(properties.get("name") or "").strip()
        if not name:
            batch.problems.append(tr("feature {number} has no name, which is its id").format(
                number=number))
            continue
        site = pr.ParkingSite(V1_PREFIX + str(properties.get("id") or pr.slug(name)), name=name)
        point = point_of_geojson(feature.get("geometry"), transform)
        if point is None:
            site.flags.add(pr.NO_POSITION)
        else:
            site.lon, site.lat = point
        site.site_type = pr.site_type_of(properties.get("type"))
        site.capacity = pr.capacity(properties.get("total"), site.flags)
        site.address = properties.get("address") or None
        site.extra = {k: v for k, v in properties.items()
                      if k not in ("id", "name", "total", "address")}
        batch.sites.append(site)
    return batch


def _v3(items: list[Any]) -> pr.ParkingBatch:
    batch = pr.ParkingBatch(source="")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or item.get("id") in (None, ""):
            batch.problems.append(tr("parking site {number} has no id").format(number=number))
            continue
        site = pr.ParkingSite(V3_PREFIX + str(item["id"]), name=item.get("name"))
        site.lon = pr.real(item.get("lon"), site.flags)
        site.lat = pr.real(item.get("lat"), site.flags)
        if site.lon is None or site.lat is None:
            site.lon = site.lat = None
            site.flags.add(pr.NO_POSITION)
        ride = item.get("park_and_ride_type") or []
        site.site_type = ("park_ride" if ride and ride != ["NO"] else
                          pr.site_type_of(item.get("type")))
        site.capacity = pr.capacity(item.get("capacity"), site.flags)
        site.address = item.get("address") or None
        site.operator = item.get("operator_name") or None
        site.extra = {k: v for k, v in item.items() if k not in _V3_USED}
        batch.sites.append(site)
        if item.get("realtime_data_updated_at") is None and \
                item.get("realtime_free_capacity") is None:
            continue
        flags: set[str] = set()
        moment = pr.parse_time(item.get("realtime_data_updated_at"), flags)
        if moment is None:
            batch.problems.append(tr("the reading of parking site {id} has no readable "
                                     "realtime_data_updated_at").format(id=item["id"]))
            continue
        places = pr.capacity(item.get("realtime_capacity"), flags) or site.capacity
        free = pr.count(item.get("realtime_free_capacity"), flags)
        free, occupied = pr.complete_counts(free, None, places, flags)
        status = pr.status_from_words([item.get("realtime_opening_status")], flags, free)
        batch.observations.append(pr.ParkingObservation(
            site.site_id, moment, free, occupied, places, status, flags))
    return batch


_V3_USED = {"id", "name", "lat", "lon", "type", "park_and_ride_type", "capacity", "address",
            "operator_name", "realtime_data_updated_at", "realtime_free_capacity",
            "realtime_capacity", "realtime_opening_status"}
