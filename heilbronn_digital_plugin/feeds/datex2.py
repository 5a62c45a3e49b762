"""DATEX II v2 parking: status publications, matched by id to the static table.

Status (dynamic) comes as ``parkingStatusPublication`` (``parkingRecordStatus`` with
``parkingOccupancy``) or ``parkingFacilityTableStatusPublication`` (``parkingFacilityStatus``
with ``totalNumberOf{Occupied,Vacant}ParkingSpaces``); the static table as
``parkingFacilityTablePublication`` (``parkingFacility``) or ``parkingTablePublication``
(``parkingRecord``). A status names its facility by ``id``; real publishers decorate it
("1035[P+R Bondorf]" for the table's "1035"), so a reference also matches the id before its
bracket. A status without a table entry still yields a site (flagged, no position).
Element names are read without their namespace, so v2.2 and v2.3 documents both work.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..toolbelt.i18n import tr
from . import parking_records as pr
from .parking_payload import children, first, first_text, load_xml, local

PREFIX = "datex2:"
_STATIC = ("parkingFacility", "parkingRecord")
_STATUS = ("parkingFacilityStatus", "parkingRecordStatus")
_DECORATION = re.compile(r"\s*\[.*\]\s*$")
_URBAN_TYPES = {"onstreetparking": "on_street", "offstreetparking": "garage"}
# Every DATEX II parking layout but "unknown" and "other" is off-street.
_OFF_STREET_LAYOUTS = {"multistorey", "singlelevel", "underground",
                       "undergroundandmultistorey", "automatedparkinggarage", "openspace",
                       "covered", "nested", "field"}
# Status words: the site's (facility's) status and whether it is open at all.
_WORDS = _STATUS + ("parkingSiteStatus", "parkingSiteOpeningStatus",
                    "parkingFacilityOpeningStatus")


def _not_datex() -> str:
    return tr("this is no DATEX II document (no d2LogicalModel)")


def parse_datex2(first_document: bytes, second_document: bytes | None = None
                 ) -> pr.ParkingBatch:
    """Sites and readings from a status and/or a table publication, in either order."""
    roots = [load_xml(first_document)]
    if local(roots[0].tag) != "d2LogicalModel":
        raise pr.ParkingFormatError(_not_datex())
    if second_document is not None:
        try:
            roots.append(load_xml(second_document))
        except pr.ParkingFormatError as error:
            raise pr.SecondSourceError(str(error)) from None
        if local(roots[1].tag) != "d2LogicalModel":
            raise pr.SecondSourceError(_not_datex())
    batch = pr.ParkingBatch(source="")
    sites: dict[str, pr.ParkingSite] = {}
    for root in roots:
        for element in _records(root, _STATIC):
            site = _site(element)
            if site is None:
                batch.problems.append(tr("a parking facility has no id"))
            else:
                sites[site.site_id] = site
    for root in roots:
        for element in _records(root, _STATUS):
            reference = _reference(element)
            if reference is None:
                batch.problems.append(tr("a parking status has no facility reference"))
                continue
            site_id = PREFIX + _DECORATION.sub("", reference)
            if site_id not in sites:
                sites[site_id] = _site_from_status(site_id, reference)
            observation = _observation(site_id, element, sites[site_id].capacity)
            if observation is None:
                batch.problems.append(tr(
                    "the status of {site} has no readable time (or the epoch, 1970-01-01, "
                    "for never)").format(site=site_id))
            else:
                batch.observations.append(observation)
    batch.sites = list(sites.values())
    return batch


def _records(root: ET.Element, names: tuple[str, ...]) -> list[ET.Element]:
    """Elements named ``names`` that are records, not the status word of the same name
    (``parkingFacilityStatus`` is both the record and, inside it, its status words)."""
    return [node for node in root.iter() if local(node.tag) in names and len(node)]


def _site(element: ET.Element) -> pr.ParkingSite | None:
    raw_id = element.get("id")
    if not raw_id:
        return None
    site = pr.ParkingSite(PREFIX + _DECORATION.sub("", raw_id))
    site.name = _name(element)
    site.capacity = pr.capacity(first_text(element, "totalParkingCapacity")
                                or first_text(element, "parkingNumberOfSpaces"), site.flags)
    site.flags.discard(pr.NUMBER_AS_TEXT)  # XML has only text; that is no fault
    latitude = first_text(element, "latitude")
    longitude = first_text(element, "longitude")
    site.lat, site.lon = pr.real(latitude, set()), pr.real(longitude, set())
    if site.lat is None or site.lon is None:
        site.lat = site.lon = None
        site.flags.add(pr.NO_POSITION)
    site.site_type = _type(element, site.name)
    operator = first(element, "operator") or first(element, "owner")
    if operator is not None:
        site.operator = first_text(operator, "value") or first_text(operator, "contactName")
    site.extra = {"layout": first_text(element, "parkingFacilityLayout"),
                  "version": element.get("version")}
    site.extra = {k: v for k, v in site.extra.items() if v}
    return site


def _name(element: ET.Element) -> str | None:
    for name in ("parkingFacilityName", "parkingName", "parkingSiteName"):
        node = first(element, name)
        if node is not None:
            return first_text(node, "value")
    return None


def _type(element: ET.Element, name: str | None) -> str:
    """The site type from the structured fields first: the usage (park and ride), then
    on- or off-street (``urbanParkingSiteType``), then the layout (a multi-storey, an
    underground or an open lot is off-street); only then the name, by whole words, since
    a name is mostly an address ("lot" in "Charlottenstraße", "Straße" in any street)."""
    usage = " ".join(node.text or "" for node in element.iter()
                     if local(node.tag) == "parkingUsageScenario")
    xsi_type = element.get("{http://www.w3.org/2001/XMLSchema-instance}type") or ""
    if "parkandride" in (usage + xsi_type).lower() or first(element, "parkAndRide") is not None:
        return "park_ride"
    urban = (first_text(element, "urbanParkingSiteType") or "").lower()
    if urban in _URBAN_TYPES:
        return _URBAN_TYPES[urban]
    if _name_says_park_and_ride(name):
        return "park_ride"
    for layout in ("parkingLayout", "parkingFacilityLayout"):
        if (first_text(element, layout) or "").lower() in _OFF_STREET_LAYOUTS:
            return "garage"
    if pr.site_type_of(first_text(element, "parkingSiteType")) is not None:
        return pr.site_type_of(first_text(element, "parkingSiteType"))
    return "garage"  # a DATEX II parking facility is off-street unless it says otherwise


def _name_says_park_and_ride(name: str | None) -> bool:
    text = re.sub(r"\s*([+&])\s*", r"\1", (name or "").lower())
    return "park and ride" in text or any(
        word in ("p+r", "park+ride", "park&ride", "p&r") for word in text.split())


def _reference(element: ET.Element) -> str | None:
    for name in ("parkingFacilityReference", "parkingRecordReference"):
        node = next(iter(children(element, name)), None)
        if node is not None and node.get("id"):
            return node.get("id")
    return None


def _site_from_status(site_id: str, reference: str) -> pr.ParkingSite:
    match = re.search(r"\[(.*)\]", reference)
    name = match.group(1).strip() if match else None
    return pr.ParkingSite(site_id, name=name,
                          site_type="park_ride" if _name_says_park_and_ride(name) else "garage",
                          flags={pr.NO_POSITION, pr.NO_STATIC_RECORD})


def _observation(site_id: str, element: ET.Element, site_capacity: int | None
                 ) -> pr.ParkingObservation | None:
    flags: set[str] = set()
    when = (first_text(element, "parkingFacilityStatusTime")
            or first_text(element, "parkingStatusOriginTime")
            or first_text(element, "parkingRecordStatusTime"))
    moment = pr.parse_time(when, flags)
    if moment is None:
        return None
    occupied = pr.count(first_text(element, "totalNumberOfOccupiedParkingSpaces")
                        or first_text(element, "parkingNumberOfOccupiedSpaces"), flags)
    free = pr.count(first_text(element, "totalNumberOfVacantParkingSpaces")
                    or first_text(element, "parkingNumberOfVacantSpaces"), flags)
    places = pr.capacity(first_text(element, "totalParkingCapacityOverride")
                         or first_text(element, "parkingNumberOfSpacesOverride"), flags)
    if places is None:
        places = site_capacity
    if places is None and free is not None and occupied is not None and free + occupied > 0:
        places = free + occupied
    flags.discard(pr.NUMBER_AS_TEXT)
    free, occupied = pr.complete_counts(free, occupied, places, flags)
    words = [node.text for node in element.iter()
             if node is not element and local(node.tag) in _WORDS and not len(node)]
    status = pr.status_from_words(words, flags, free)
    return pr.ParkingObservation(site_id, moment, free, occupied, places, status, flags)
