"""Open311 GeoReport v2: parse ``services`` and ``requests`` responses, JSON or XML.

Bytes in, plain records out (no network, no QGIS; only Qt's translation for the sentences),
so a saved response file and a live endpoint go through the same code and tests can feed the
real payloads.

Real servers break the spec in many small ways, so the parser takes them as they are: empty
XML elements, omitted fields, ``is_array`` attributes, legacy names (``servicerequest_id``,
``status_note``), ``extended_attributes`` (Klarschiff, Mark-a-Spot), numbers as strings,
timestamps with and without a UTC offset. Fields the store has no column for are kept in
``extra``; personal data is dropped unless the caller asks for it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from ..toolbelt.i18n import tr
from . import decoding

# Personal data some servers return to authorised clients. Matched at any depth
# (extended_attributes too), so privacy does not depend on where a server puts it.
PERSONAL_FIELDS = frozenset({
    "email", "e_mail", "mail", "first_name", "last_name", "name", "full_name", "phone",
    "telephone", "author", "author_email", "device_id", "account_id", "user_id",
})
# Server status words that mean the request is finished; every other status counts as open.
# The server's own word is kept in extra["source_status"].
_CLOSED_WORDS = frozenset({
    "closed", "close", "done", "resolved", "solved", "completed", "processed", "rejected",
    "archived", "erledigt", "abgeschlossen", "geschlossen", "abgelehnt", "gelöst",
})
_TEXT_FIELDS = ("service_code", "service_name", "description", "agency_responsible", "address")
_DATETIME_FIELDS = ("requested_datetime", "updated_datetime", "expected_datetime")
# Legacy or vendor spellings of standard fields.
_ALIASES = {"servicerequest_id": "service_request_id", "status_note": "status_notes",
            "lon": "long", "lng": "long", "latitude": "lat", "longitude": "long"}
_ID_FIELDS = ("service_request_id",)
# Times outside these years are placeholders ("9999-12-31T23:59:59" for never): stored empty.
PLAUSIBLE_YEARS = (1970, 2100)
_RECORD_TAGS = frozenset({"request", "service_request", "service", "error"})
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?$", re.IGNORECASE)


class Open311FormatError(ValueError):
    """The bytes are not an Open311 response; the message says what they look like."""


class Open311ServerError(Open311FormatError):
    """The response is the server's own error; ``detail`` is what the server said."""

    def __init__(self, detail: str) -> None:
        super().__init__(tr("the server answered with an error: {error}").format(error=detail))
        self.detail = detail


@dataclass
class ParsedRequests:
    """Records ready for the store layout, one sentence per record that was skipped
    (``problems``), one per value that was kept only in ``extra`` (``notes``) and one per
    thing to know about the answer as a whole (``warnings``: an encoding guessed, ids sent
    twice). ``no_place`` lists the reports stored without position because theirs is no
    place on Earth."""

    records: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    no_place: list[str] = field(default_factory=list)


def parse_requests(data: bytes, *, include_personal: bool = False,
                   naive_tz: tzinfo = timezone.utc) -> ParsedRequests:
    """Parse a GeoReport v2 ``requests`` response (JSON or XML).

    Each record has the ``citizen_reports`` field names (``status`` is ``open`` or
    ``closed``; datetimes are timezone-aware UTC), ``lon``/``lat`` in WGS 84 (or ``None``),
    and ``extra``: every other source field, by name. ``naive_tz`` is the zone a server
    means by timestamps without an offset.
    """
    result = ParsedRequests([])
    items = _items(_decode(data, result.warnings), ("service_requests", "requests", "request",
                                                    "service_request"))
    for number, item in enumerate(items, start=1):
        record = _request(item, include_personal, naive_tz, result)
        if record is None:
            result.problems.append(tr(
                "request {number} has no service_request_id, so it cannot be stored or "
                "updated").format(number=number))
        else:
            result.records.append(record)
    twice = [key for key, count in Counter(r["service_request_id"] for r in result.records
                                           ).items() if count > 1]
    if twice:
        result.warnings.append(tr(
            "{count} service_request_id values come more than once in one answer (e.g. "
            "{example}); the last of each is stored").format(
                count=len(twice), example=", ".join(twice[:3])))
    return result


def parse_services(data: bytes) -> list[dict[str, Any]]:
    """Parse a GeoReport v2 ``services`` response (JSON or XML) into plain dicts.

    ``service_code`` is text, ``metadata`` a bool, ``keywords`` a list of words; other
    fields are kept as the server sent them.
    """
    services = []
    for item in _items(_decode(data), ("services", "service")):
        service = {_ALIASES.get(k, k): _blank_to_none(v) for k, v in item.items()}
        code = service.get("service_code")
        if code is None:
            continue  # a service without a code cannot be asked for or matched
        service["service_code"] = _text(code)
        service["metadata"] = str(service.get("metadata")).strip().lower() == "true"
        keywords = service.get("keywords")
        if isinstance(keywords, str):
            keywords = [word.strip() for word in keywords.split(",") if word.strip()]
        service["keywords"] = list(keywords or [])
        services.append(service)
    return services


def parse_datetime(value: Any, naive_tz: tzinfo = timezone.utc) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime; ``None`` for empty values.

    Accepts ``Z``, ``+02:00``, ``+0200`` and ``+02`` offsets, a space for ``T``, fractions
    of a second and plain dates; Python 3.9's ``fromisoformat`` reads only some of these.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = _ISO.match(str(value).strip())
    if match is None:
        raise ValueError(tr("{value} is not an ISO 8601 date and time").format(
            value=repr(value)))
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0), micro)
    except ValueError:  # "0000-00-00 00:00:00", "…T24:00:00"
        raise ValueError(tr("{value} is not a valid date and time").format(
            value=repr(value))) from None
    if offset is None:
        zone = naive_tz
    elif offset.upper() == "Z":
        zone = timezone.utc
    else:
        digits = offset[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        if delta >= timedelta(hours=24):
            raise ValueError(tr("{value} has no valid UTC offset").format(value=repr(value)))
        zone = timezone(delta if offset[0] == "+" else -delta)
    try:
        moment = stamp.replace(tzinfo=zone).astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:59:59-05:00, a common "never"
        raise ValueError(tr("{value} lies beyond the calendar once in UTC").format(
            value=repr(value))) from None
    if not PLAUSIBLE_YEARS[0] <= moment.year <= PLAUSIBLE_YEARS[1]:
        raise ValueError(tr("{value} is a placeholder, not a date (outside the years "
                            "{first}–{last})").format(value=repr(value),
                                                      first=PLAUSIBLE_YEARS[0],
                                                      last=PLAUSIBLE_YEARS[1]))
    return moment


def _decode(data: bytes, warnings: list[str] | None = None) -> Any:
    """JSON or XML (told apart by the first character), as lists and dicts; a note on an
    encoding that had to be guessed goes to ``warnings``."""
    try:
        text = decoding.decode(data)
    except decoding.PayloadError as error:
        raise Open311FormatError(str(error)) from None
    stripped = text.text.strip()
    if not stripped:
        raise Open311FormatError(tr("the response is empty"))
    head = stripped[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html") or "<html" in head:
        raise Open311FormatError(tr("the response is an HTML page, not Open311 JSON or XML"))
    if text.note and warnings is not None:
        warnings.append(text.note)
    try:
        if stripped[0] in "[{":
            return decoding.load_json(stripped.encode("utf-8"))[0]
        if stripped[0] == "<":
            # XML names its own encoding: the parser reads the bytes as they came.
            root = decoding.load_xml(data)
            return {root.tag: _xml_value(root)}
    except decoding.PayloadError as error:
        raise Open311FormatError(str(error)) from None
    raise Open311FormatError(tr("the response is neither JSON nor XML (it starts {start})")
                             .format(start=repr(stripped[:40])))


def _xml_value(element: ET.Element) -> Any:
    """An element as JSON would have it: text, a dict of children, or a list."""
    children = list(element)
    if not children:
        text = (element.text or "").strip()
        if element.get("is_array", "").lower() == "true":
            return []
        return text or None
    if element.get("is_array", "").lower() == "true":
        return [_xml_value(child) for child in children]
    value: dict[str, Any] = {}
    repeated: set[str] = set()
    for child in children:
        item = _xml_value(child)
        if child.tag not in value:
            value[child.tag] = item
            continue
        # A repeated tag is a list (e.g. several <status_note> in extended_attributes).
        if child.tag not in repeated:
            value[child.tag] = [value[child.tag]]
            repeated.add(child.tag)
        value[child.tag].append(item)
    # A container of records (<service_requests><request>…) is a list even with one record.
    tags = {child.tag for child in children}
    if len(tags) == 1 and tags <= _RECORD_TAGS:
        only = tags.pop()
        return value[only] if only in repeated else [value[only]]
    return value


def _items(decoded: Any, wrappers: tuple[str, ...]) -> list[dict[str, Any]]:
    """The list of objects inside a response, unwrapping the containers servers use."""
    value = decoded
    while isinstance(value, dict):
        errors = value.get("errors", value.get("error"))
        if errors is not None and len(value) == 1:
            raise Open311ServerError(_error_text(errors))
        inner = next((value[key] for key in wrappers if key in value), None)
        if inner is None:
            # A single object, e.g. the answer for one service_request_id.
            return [value] if any(key in value for key in (*_ID_FIELDS, "servicerequest_id",
                                                             "service_code")) else []
        value = inner
    if value is None:
        return []  # an empty XML container: <service_requests/>
    if not isinstance(value, list):
        raise Open311FormatError(tr("the response holds no list of records"))
    items = [item for item in value if isinstance(item, dict)]
    if items and all(set(item) <= {"code", "description"} for item in items):
        raise Open311ServerError(_error_text(items))
    return items


def _error_text(errors: Any) -> str:
    errors = errors if isinstance(errors, list) else [errors]
    parts = []
    for error in errors:
        if isinstance(error, dict):
            parts.append(" ".join(str(error[k]) for k in ("code", "description") if error.get(k)))
        else:
            parts.append(str(error))
    return "; ".join(part for part in parts if part) or tr("no details")


def _request(item: dict[str, Any], include_personal: bool, naive_tz: tzinfo,
             result: ParsedRequests) -> dict[str, Any] | None:
    """The record of one request (``None`` without a service_request_id); what was kept
    only in extra_json goes to ``result.notes``."""
    source = {}
    for key, value in item.items():
        name = _ALIASES.get(key, key)
        # The standard spelling wins when a server sends both.
        if name not in source or key == name:
            source[name] = _blank_to_none(value)
    identifier = source.pop("service_request_id", None)
    if identifier is None or isinstance(identifier, (dict, list)):
        return None
    record: dict[str, Any] = {"service_request_id": _text(identifier)}
    for name in _TEXT_FIELDS:
        value = source.pop(name, None)
        record[name] = None if value is None else _text(value)
    for name in _DATETIME_FIELDS:
        value = source.get(name)
        try:
            record[name] = parse_datetime(value, naive_tz)
        except ValueError as error:
            # e.g. "0000-00-00 00:00:00" from PHP back ends: the report is still worth
            # keeping; the raw value stays in extra.
            record[name] = None
            result.notes.append(tr("{id}: {field} {error}; stored empty, the original is kept "
                                   "in extra_json").format(id=record["service_request_id"],
                                                           field=name, error=error))
            continue
        source.pop(name, None)
    raw_status = source.pop("status", None)
    status_word = _text(raw_status).strip().lower() if raw_status is not None else "open"
    record["status"] = "closed" if status_word in _CLOSED_WORDS else "open"
    if raw_status is not None and status_word != record["status"]:
        source["source_status"] = raw_status
    notes = source.pop("status_notes", None)
    record["status_notes"] = _notes(notes)
    if isinstance(notes, (dict, list)):
        source["status_notes"] = notes  # Mark-a-Spot's list of notes, kept whole
    lon, lat = source.pop("long", None), source.pop("lat", None)
    record["lon"], record["lat"] = _coordinates(lon, lat)
    if record["lon"] is None and not _no_position(lon, lat):
        # A position that is no place (lat 999, "abc", ±1e308): kept as sent, never stored as
        # a point, and said, so that the source can be corrected.
        source["lat"], source["long"] = lat, lon
        result.no_place.append(record["service_request_id"])
        result.notes.append(tr(
            "{id}: position {lat}, {lon} is no place on Earth; stored without position, the "
            "original is kept in extra_json").format(id=record["service_request_id"],
                                                     lat=_shown(lat), lon=_shown(lon)))
    if not include_personal:
        source = _without_personal(source)
    # Empty elements say nothing; dropping them keeps extra_json to what the server told us.
    record["extra"] = {k: v for k, v in source.items() if v is not None}
    return record


def _notes(notes: Any) -> str | None:
    """The latest status note as text (Mark-a-Spot sends a list of note objects)."""
    if notes is None:
        return None
    if isinstance(notes, list):
        return _notes(notes[-1]) if notes else None
    if isinstance(notes, dict):
        for key in ("status_note", "status_notes", "note", "text", "description"):
            if notes.get(key):
                return _text(notes[key])
        return None
    return _text(notes)


def _coordinates(lon: Any, lat: Any) -> tuple[float | None, float | None]:
    try:
        x, y = float(lon), float(lat)
    except (TypeError, ValueError, OverflowError):
        return None, None
    # 0/0 is how some servers say "no location"; out-of-range values are not a place.
    if (x == 0.0 and y == 0.0) or not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
        return None, None
    return x, y


def _no_position(lon: Any, lat: Any) -> bool:
    """Whether the request gives no position at all: both fields empty, or 0/0 (how some
    servers say "no location")."""
    if lon is None and lat is None:
        return True
    try:
        return float(lon) == 0.0 and float(lat) == 0.0
    except (TypeError, ValueError, OverflowError):
        return False


def _without_personal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_personal(v) for k, v in value.items()
                if k.lower() not in PERSONAL_FIELDS}
    if isinstance(value, list):
        return [_without_personal(v) for v in value]
    return value


def _shown(value: Any) -> str:
    return "–" if value is None else _text(value)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()
