"""Parking feeds end to end: fetch (or read) a source, parse it into one batch, store it.

The public entry points, for ``heilbronn:importparking`` and the live dock's ``QgsTask``::

    batch = fetch_parking(ParkingSource("goldbeck", facilities_url, occupancies_url),
                          QgisTransport(timeout_s=30), progress=task)
    result = store_parking(gpkg_path, batch)  # from .parking_store

``progress`` is anything with ``setProgress()`` and ``isCanceled()``: a ``QgsTask`` itself or
a ``QgsProcessingFeedback``; a cancel between two requests raises ``Canceled``.

``fetch_parking`` only reads: network (through :class:`~.transport.Transport`, i.e. the QGIS
network stack with proxy and ``authcfg``), or files. Everything is fetched and parsed before
``store_parking`` writes, in one transaction, so a failure or cancel at any point leaves the
store as it was. Neither function touches Qt widgets: both are safe in a background task.

Formats (``FORMATS``): ``parkapi`` (v1 city JSON or GeoJSON, v3 parking sites), ``goldbeck``
(facilities, plus occupancies as the second source), ``sensorthings`` (a service root or a
Things URL; paged by ``@iot.nextLink``; with ``start``/``end`` all observations in between,
else the latest per Datastream), ``datex2`` (status, plus the static table as the second
source, either order), ``geojson`` (GeoJSON or OGC API Features, paged by its ``next``
link), ``csv``; ``detect`` reads the format from the first answer. Paging follows links on
the same server only, at most ``max_pages`` of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..analysis.progress import Canceled, Progress, Silent
from ..toolbelt.i18n import tr
from ..toolbelt.redact import redact
from . import decoding
from . import parking_records as pr
from .csv_parking import looks_like_csv, parse_csv_parking
from .datex2 import parse_datex2
from .geojson_parking import next_link, parse_geojson_parking
from .goldbeck import parse_goldbeck
from .limits import TooLarge, read_file
from .parkapi import parse_parkapi
from .parking_payload import load_json
from .parking_store import StoreResult, store_parking
from .positions import outside_store_area
from .sensorthings import SensorThingsReader, expand_query
from .transport import Transport, TransportError

FORMATS = ("detect", "parkapi", "goldbeck", "sensorthings", "datex2", "geojson", "csv")
TWO_PART_FORMATS = ("goldbeck", "datex2")
MAX_PAGES = 100
# One fetch asks at most this often and holds at most this many sites and readings: a server
# that pages without end (SensorThings nests pages in pages) stops with a sentence.
MAX_REQUESTS = 1000
MAX_RECORDS = 500_000

__all__ = ["FORMATS", "ParkingFeedError", "ParkingSource", "StoreResult", "detect_format",
           "fetch_parking", "format_label", "parse_parking", "store_parking"]


def format_label(code: str) -> str:
    """How dialogs and the live panel name a format of ``FORMATS``."""
    labels = {
        "detect": tr("Detect from the data"),
        "parkapi": tr("ParkAPI (v1 city, v3 parking sites)"),
        "goldbeck": tr("GOLDBECK facilities + occupancies"),
        "sensorthings": tr("OGC SensorThings API (FROST)"),
        "datex2": tr("DATEX II v2 parking status + parking table"),
        "geojson": tr("GeoJSON / OGC API Features"),
        "csv": tr("CSV"),
    }
    return labels.get(code, code)


class ParkingFeedError(Exception):
    """A source cannot be fetched or read; the message names it and what to check."""


@dataclass(frozen=True)
class ParkingSource:
    """Where parking data comes from. ``location`` and ``second`` are http(s) URLs or file
    paths; ``second`` is the GOLDBECK occupancies or the DATEX II table (or status)."""

    format: str
    location: str
    second: str = ""
    authcfg: str = ""
    start: datetime | None = None
    end: datetime | None = None
    max_pages: int = MAX_PAGES
    fields: pr.FieldMap = pr.FieldMap()

    @property
    def name(self) -> str:
        """What is stored as each site's ``source``: the location without a query string,
        which may hold a key."""
        return _without_query(self.location)


def fetch_parking(source: ParkingSource, transport: Transport,
                  progress: Progress | None = None) -> pr.ParkingBatch:
    """Fetch and parse ``source`` into one batch; nothing is written.

    Raises :class:`ParkingFeedError` (network, server, format) and
    :class:`~..analysis.progress.Canceled`.
    """
    if source.format not in FORMATS:
        raise ValueError(f"unknown parking format {source.format!r}; known: {FORMATS}")
    if (source.start and source.start.tzinfo is None) or (source.end and
                                                          source.end.tzinfo is None):
        raise ValueError("start and end must be timezone-aware")
    progress = progress or Silent()
    reader = _Reader(source, transport, progress)
    kind = source.format
    if kind == "sensorthings" and _is_url(source.location):
        batch = reader.sensorthings()
    else:
        first = reader.read(source.location)
        if kind == "detect":
            try:
                kind = detect_format(first)
            except pr.ParkingFormatError as error:
                raise ParkingFeedError(tr(
                    "The format of {location} cannot be detected: {reason}. Choose the format "
                    "yourself.").format(location=source.name, reason=error)) from None
        second = reader.read(source.second) if source.second else None
        if kind == "sensorthings" and _is_url(source.location):
            batch = reader.sensorthings()
        else:
            batch = reader.parse(kind, first, second)
    batch.source = source.name
    _check_fields(source, kind, batch)
    if not batch.sites and not batch.observations and batch.problems:
        raise ParkingFeedError(tr(
            "Nothing from {location} could be imported: all {count} records were left out, "
            "the first because {problem}. Check the format chosen and the data.").format(
                location=source.name, count=len(batch.problems),
                problem=batch.problems[0]) + _fields_hint(batch))
    if batch.sites and not batch.observations and batch.field_names and \
            not {"free", "occupied"} & set(batch.fields):
        batch.notes.append(tr(
            "No field with free or occupied spaces was found in {location} (its fields: "
            "{names}): only the sites were imported. Name the field under 'Field names: "
            "free spaces' or 'Field names: occupied spaces' (FREE_FIELD, "
            "OCCUPIED_FIELD).").format(
                location=source.name, names=_listed(batch.field_names)))
    batch.notes.extend(_duplicates(batch))
    area = outside_store_area((s.lon, s.lat) for s in batch.sites
                              if s.lon is not None and s.lat is not None)
    if area:
        batch.notes.append(area)
    if source.start is not None or source.end is not None:
        batch.observations = [o for o in batch.observations if _inside(o.observed_at, source)]
    progress.setProgress(100.0)
    return batch


DIALECT_FORMATS = ("geojson", "csv", "sensorthings")


def role_label(role: str) -> str:
    """A role of :data:`~.parking_records.ROLES` as a planner reads it."""
    return {"id": tr("id"), "name": tr("name"), "capacity": tr("capacity"),
            "free": tr("free spaces"), "occupied": tr("occupied spaces"),
            "time": tr("time")}[role]


def fields_found(batch: pr.ParkingBatch) -> str | None:
    """The sentence that says which source field was read for each role and which roles
    were not found; ``None`` for formats with fixed names (ParkAPI, GOLDBECK, DATEX II)."""
    if not batch.field_names and not batch.fields:
        return None
    read = ", ".join(f"{role_label(role)} ← “{batch.fields[role]}”" for role in pr.ROLES
                     if role in batch.fields)
    missing = ", ".join(role_label(role) for role in pr.ROLES if role not in batch.fields)
    if not missing:
        return tr("Fields read: {read}.").format(read=read)
    return tr("Fields read: {read}; not found: {missing}.").format(read=read or "–",
                                                                    missing=missing)


def _check_fields(source: ParkingSource, kind: str, batch: pr.ParkingBatch) -> None:
    """A field the planner named must be in the data; where the format has fixed names,
    the names given are not used, and the log says so."""
    given = source.fields.given()
    if not given:
        return
    if kind not in DIALECT_FORMATS:
        batch.notes.append(tr(
            "The field names you gave are used for GeoJSON, CSV and SensorThings only; "
            "{format} has fixed names, so they were not used.").format(format=kind))
        return
    if kind == "sensorthings":
        given = {role: name for role, name in given.items()
                 if role in ("capacity", "free", "occupied")}
    absent = [(role, name) for role, name in given.items() if role not in batch.fields]
    if absent and (batch.field_names or batch.sites or batch.problems):
        role, name = absent[0]
        raise ParkingFeedError(tr(
            "The field “{field}” you gave for {role} is in none of the records of "
            "{location}. Their fields are: {names}. Check the spelling.").format(
                field=name, role=role_label(role), location=source.name,
                names=_listed(batch.field_names)))


def _fields_hint(batch: pr.ParkingBatch) -> str:
    """For "nothing imported": the fields the records had, to name the right ones."""
    if not batch.field_names:
        return ""
    return " " + tr("The records have the fields {names}; if the id, free spaces or time "
                    "are among them under another name, give those names under 'Field "
                    "names' (ID_FIELD, FREE_FIELD, TIME_FIELD).").format(
                        names=_listed(batch.field_names))


def _listed(names: list[str], shown: int = 12) -> str:
    text = ", ".join(f"“{name}”" for name in names[:shown])
    return text + (f" … (+{len(names) - shown})" if len(names) > shown else "")


def _duplicates(batch: pr.ParkingBatch) -> list[str]:
    """Sentences for ids the data send more than once: the last of each is stored."""
    notes = []
    sites = [key for key, count in Counter(s.site_id for s in batch.sites).items() if count > 1]
    if sites:
        notes.append(tr(
            "{count} sites come more than once in the data (e.g. {example}); the last of each "
            "is stored.").format(count=len(sites), example=", ".join(sites[:3])))
    readings = [key for key, count in Counter((o.site_id, o.observed_at)
                                              for o in batch.observations).items() if count > 1]
    if readings:
        notes.append(tr(
            "{count} readings come more than once for the same site and time (e.g. {site} at "
            "{time} UTC); the last of each is stored.").format(
                count=len(readings), site=readings[0][0],
                time=readings[0][1].strftime("%Y-%m-%d %H:%M:%S")))
    return notes


def detect_format(data: bytes) -> str:
    """The format of a payload, from its content (not its name); raises
    :class:`~.parking_records.ParkingFormatError` when it is none of them."""
    try:
        text = decoding.decode(data[:4000]).text.lstrip()
    except decoding.PayloadError as error:
        raise pr.ParkingFormatError(str(error)) from None
    head = text[:400]
    if head.startswith("<"):
        if "d2LogicalModel" in text[:2000]:
            return "datex2"
        raise pr.ParkingFormatError(tr("it is XML but no DATEX II publication"))
    if not head.startswith(("{", "[")):
        if looks_like_csv(text):
            return "csv"
        raise pr.ParkingFormatError(tr("it is neither JSON, XML nor CSV (it starts with "
                                       "{start})").format(start=repr(head[:30])))
    document = load_json(data)
    if isinstance(document, list):
        keys = set(document[0]) if document and isinstance(document[0], dict) else set()
        if keys & {"facilityId", "definitionId", "tenantId"}:
            return "goldbeck"
        return "parkapi"
    if not isinstance(document, dict):
        raise pr.ParkingFormatError(tr("the JSON is a single value, none of the parking "
                                       "formats"))
    if "lots" in document or "items" in document:
        return "parkapi"
    if "value" in document or "@iot.id" in document:
        return "sensorthings"
    if document.get("type") == "FeatureCollection":
        features = document.get("features")
        features = features if isinstance(features, list) else []
        city = any(pr.mapping(pr.mapping(f).get("properties")).get("type") == "city"
                   for f in features[:3])
        return "parkapi" if city else "geojson"
    raise pr.ParkingFormatError(tr("the JSON is none of the parking formats"))


def parse_parking(source: ParkingSource, first: bytes, second: bytes | None = None
                  ) -> pr.ParkingBatch:
    """One document of ``source.format`` (and its second source), parsed; ``detect`` reads
    the format from ``first``. Pages are not followed (see :func:`fetch_parking`). Raises
    :class:`~.parking_records.ParkingFormatError`."""
    kind = detect_format(first) if source.format == "detect" else source.format
    fields = source.fields
    notes: list[str] = []
    first = _utf8(first, notes, second=False)
    if second is not None:
        try:
            second = _utf8(second, notes, second=True)
        except pr.ParkingFormatError as error:
            raise pr.SecondSourceError(str(error)) from None
    if kind == "goldbeck":
        batch = _goldbeck(first, second)
    elif kind == "datex2":
        batch = parse_datex2(first, second)
    elif kind == "sensorthings":
        reader = SensorThingsReader(fields)
        reader.read_things(first)
        batch = reader.batch()
    elif kind == "parkapi":
        batch = parse_parkapi(first)
    else:
        batch = {"csv": parse_csv_parking, "geojson": parse_geojson_parking}[kind](
            first, fields)
    batch.notes[:0] = notes
    return batch


def _utf8(data: bytes, notes: list[str], second: bool) -> bytes:
    """JSON and CSV in whatever encoding as UTF-8 (XML says its own encoding and is left
    as it is), with a note when the encoding was a guess; ``second``: of the second source."""

    def which(text: str) -> str:
        return tr("{problem} (second source)").format(problem=text) if second else text

    try:
        text = decoding.decode(data)
    except decoding.PayloadError as error:
        raise pr.ParkingFormatError(which(str(error))) from None
    if text.text.lstrip().startswith("<"):
        return data
    if text.note:
        notes.append(which(text.note))
    return data if text.encoding == "utf-8" else text.text.encode("utf-8")


class _Reader:
    """Fetches one source's documents, counting them for progress and cancel."""

    def __init__(self, source: ParkingSource, transport: Transport, progress: Progress):
        self.source, self.transport, self.progress = source, transport, progress
        self.requests = 0

    def read(self, location: str, params: dict[str, str] | None = None) -> bytes:
        if self.progress.isCanceled():
            raise Canceled()
        if self.requests >= MAX_REQUESTS:
            raise ParkingFeedError(tr(
                "Stopped after {count} requests to {location}: the server keeps sending more "
                "pages. Ask for a shorter time window; if that does not help, the server is "
                "failing.").format(count=self.requests, location=self.source.name))
        self.requests += 1
        self.progress.setProgress(min(90.0, 10.0 * self.requests))
        if not _is_url(location):
            return _read_file(location)
        try:
            return self.transport.fetch(location, params or {}, self.source.authcfg)
        except TransportError as error:
            if self.progress.isCanceled():
                raise Canceled() from None
            raise ParkingFeedError(str(error)) from None

    def parse(self, kind: str, first: bytes, second: bytes | None) -> pr.ParkingBatch:
        try:
            if kind == "geojson":
                return self._paged_geojson(first)
            return parse_parking(self._as(kind, self.source.location), first, second)
        except pr.SecondSourceError as error:
            raise ParkingFeedError(_unreadable(_without_query(self.source.second), kind,
                                               str(error))) from None
        except pr.ParkingFormatError as error:
            raise ParkingFeedError(_unreadable(self.source.name, kind, str(error))) from None

    def _paged_geojson(self, first: bytes) -> pr.ParkingBatch:
        batch = parse_parking(self._as("geojson", self.source.location), first)
        address, pages = self.source.location, 1
        link = next_link(first)
        while link:
            # OGC API servers may give the next page relative to the current one.
            link = urljoin(address, link)
            if not self._may_follow(link, pages, batch):
                break
            page = self.read(link)
            address, pages = link, pages + 1
            batch.extend(parse_parking(self._as("geojson", link), page))
            link = next_link(page)
        return batch

    def _as(self, kind: str, location: str) -> ParkingSource:
        """This source's document at ``location``, read as ``kind``."""
        return ParkingSource(kind, location, fields=self.source.fields)

    def sensorthings(self) -> pr.ParkingBatch:
        url = _things_url(self.source.location)
        reader = SensorThingsReader(self.source.fields)
        try:
            first = self.read(url, {"$expand": expand_query(self.source.start,
                                                             self.source.end)})
            link, pending = reader.read_things(first)
            pages = 1
            while link and self._may_follow(link, pages, reader):
                link, more = reader.read_things(self.read(link))
                pending.extend(more)
                pages += 1
            for site_id, role, stream_link in pending:
                stream_pages = 0
                while stream_link and self._may_follow(stream_link, stream_pages, reader):
                    stream_link = reader.read_observations(self.read(stream_link), site_id,
                                                           role)
                    stream_pages += 1
        except pr.ParkingFormatError as error:
            raise ParkingFeedError(_unreadable(self.source.name, "sensorthings",
                                               str(error))) from None
        return reader.batch()

    def _may_follow(self, link: str, pages: int, into: pr.ParkingBatch | SensorThingsReader
                    ) -> bool:
        """Whether to fetch a next-page link: same server, and not past ``max_pages``. Why
        not is a note about the data, not a record left out."""
        if _server(link) != _server(self.source.location):
            into.notes.append(tr("a next page on another server was not followed: "
                                    "{link}").format(link=redact(link)))
            return False
        if pages >= self.source.max_pages:
            into.notes.append(tr("stopped after {pages} pages; more are at {link}").format(
                pages=pages, link=redact(link)))
            return False
        held = len(into.sites) + (len(into.observations) if isinstance(into, pr.ParkingBatch)
                                  else len(into.readings))
        if held > MAX_RECORDS:
            raise ParkingFeedError(tr(
                "Stopped after {pages} pages from {location}: more than {limit} sites and "
                "readings, more than one import holds. Ask for a shorter time window.").format(
                    pages=pages, location=self.source.name, limit=MAX_RECORDS))
        return True


def _goldbeck(first: bytes, second: bytes | None) -> pr.ParkingBatch:
    """GOLDBECK facilities and occupancies, whichever was given first."""
    if second is not None:
        try:
            load_json(second)
        except pr.ParkingFormatError as error:
            raise pr.SecondSourceError(str(error)) from None
    document = load_json(first)
    if isinstance(document, list) and document and isinstance(document[0], dict) and \
            "facilityId" in document[0]:
        if second is None:
            raise pr.ParkingFormatError(tr("these are GOLDBECK occupancies; give the "
                                           "facilities as the first source and the "
                                           "occupancies as the second"))
        first, second = second, first
    return parse_goldbeck(first, second)


def _unreadable(location: str, kind: str, reason: str) -> str:
    return tr("The data from {location} cannot be read as {format}: {reason}. Check the "
              "address (or file) and the chosen format; if both are right, the server may be "
              "failing, so try again later.").format(location=location, format=kind,
                                                     reason=reason)


def _things_url(location: str) -> str:
    """The Things collection of a SensorThings service root, or the URL as given."""
    parts = urlsplit(location)
    if "Things" in parts.path:
        return location
    return location.split("?", 1)[0].rstrip("/") + "/Things"


def _inside(moment: datetime, source: ParkingSource) -> bool:
    return (source.start is None or moment >= source.start) and \
        (source.end is None or moment < source.end)


def _is_url(location: str) -> bool:
    return location.strip().lower().startswith(("http://", "https://"))


def _server(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _without_query(location: str) -> str:
    """A URL without its query (which may hold a key) and its password, or a file's name."""
    if not _is_url(location):
        return Path(location).name
    parts = urlsplit(location.split("?", 1)[0])
    host = parts.netloc.rsplit("@", 1)[-1]
    return redact(urlunsplit((parts.scheme, host, parts.path, "", "")))


def _read_file(location: str) -> bytes:
    """A file's bytes, refused beyond the size any feed answer may have."""
    try:
        return read_file(location)
    except TooLarge as error:
        raise ParkingFeedError(str(error)) from None
    except OSError as error:
        raise ParkingFeedError(tr("The file {path} cannot be read: {error}").format(
            path=location, error=error.strerror)) from None
