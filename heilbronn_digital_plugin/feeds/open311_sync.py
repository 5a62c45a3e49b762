"""Sync Open311 service requests into the store: complete, incremental, all or nothing.

GeoReport v2 servers answer at most 90 days or 1,000 requests per query, so the time range is
cut into windows that are split again until every window's answer is complete; servers with the
``page``/``page_size`` extension are paged instead. Everything is fetched first and written in
one transaction afterwards: a sync that fails or is canceled half-way leaves the store as it
was, and a re-run neither duplicates nor loses a report (upsert by ``service_request_id``).

A re-run asks only for requests updated since the newest ``updated_datetime`` already stored
from the same endpoint, through the ``updated_after`` parameter that some servers add to the
spec; a server that ignores it answers with more than needed, which the upsert absorbs.
Each status a sync sees is kept in ``citizen_report_history``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from osgeo import ogr

from ..analysis.progress import Canceled, Progress, Silent
from ..store import core, schema
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import format_local
from .open311 import Open311FormatError, ParsedRequests, parse_requests
from .positions import outside_store_area
from .transport import FeedHints, Transport, TransportError

REPORTS = schema.CITIZEN_REPORTS.name
HISTORY = schema.CITIZEN_REPORT_HISTORY.name
# The tables a sync changes (for Store.check_writable before anything is fetched).
OPEN311_LAYERS = (REPORTS, HISTORY)
MAX_WINDOW = timedelta(days=90)
MAX_RESULTS = 1000
# Below this a window is not split further: more reports than a server returns per query
# within one minute means the server caps far below the spec's 1,000.
MIN_WINDOW = timedelta(minutes=1)
# A server that ignores ``page`` answers every page alike; this bounds a broken one.
MAX_PAGES = 1000
# What one sync holds in memory and asks at most: a server that keeps sending new reports
# (endless paging, a window that never gets complete) is stopped within seconds, not after
# hours and gigabytes. Far above a city's reports in a sync: sync in parts beyond it.
MAX_RECORDS = 100_000
MAX_QUERIES = 2_000


class SyncError(Exception):
    """The sync cannot complete; the message names the endpoint and what to check."""


@dataclass
class SyncResult:
    """What a sync did. ``since`` is the updated_datetime it asked from (None: everything)."""

    received: int = 0
    inserted: int = 0
    updated: int = 0
    history_rows: int = 0
    queries: int = 0
    since: datetime | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Sentences about the data as a whole (encoding, ids sent twice, far-away positions).
    warnings: list[str] = field(default_factory=list)
    # Reports stored without position because theirs is no place on Earth (lat 999).
    no_place: list[str] = field(default_factory=list)


def requests_url(endpoint: str) -> str:
    """The ``requests`` URL of a GeoReport v2 endpoint given as its base or in full.
    A query string is dropped: parameters travel separately, and an API key belongs in the
    QGIS authentication database, not in a URL that is stored with every report."""
    parts = urlsplit(endpoint.strip())
    path = parts.path
    if not path.lower().endswith(("/requests.json", "/requests.xml")):
        base = path.rstrip("/")
        path = f"{base}.json" if base.lower().endswith("/requests") else f"{base}/requests.json"
    # A user name and password in the URL would be stored too.
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, host, path, "", ""))


def open311_hints() -> FeedHints:
    """Failure messages in the words of GeoReport v2 (for :class:`QgisTransport`)."""
    return FeedHints(
        data=tr("Open311 data"),
        address=tr("the endpoint URL (the GeoReport v2 base, e.g. "
                   "https://example.org/georeport/v2), not a portal's web page"),
        query=tr("the start date, jurisdiction_id and service code"),
        access=tr("the API key in the authentication configuration and the jurisdiction_id"),
        less=tr("choose a later start date"))


def source_name(endpoint: str, jurisdiction_id: str = "") -> str:
    """The ``source`` stored with each report: where it came from, so syncs of different
    endpoints into one store each resume from their own last update."""
    url = requests_url(endpoint)
    return f"{url}?jurisdiction_id={jurisdiction_id}" if jurisdiction_id else url


def sync_requests(store: core.Target, endpoint: str, transport: Transport, *,
                  start: datetime | None = None, end: datetime | None = None,
                  jurisdiction_id: str = "",
                  authcfg: str = "", include_personal: bool = False,
                  naive_tz: tzinfo = timezone.utc, page_size: int = MAX_RESULTS,
                  max_results: int = MAX_RESULTS, progress: Progress | None = None
                  ) -> SyncResult:
    """Fetch the requests of ``endpoint`` requested from ``start`` to ``end`` (default: now)
    and upsert them into ``store`` (a GeoPackage, created if missing, or PostGIS).

    Without ``start`` a re-run starts at the oldest request stored from this endpoint, so
    updates to old requests are found too, and a first run at 90 days before ``end``.

    Raises :class:`SyncError` for network, server and format failures and
    :class:`~..analysis.progress.Canceled` when ``progress`` is canceled; in both cases the
    store is unchanged.
    """
    progress = progress or Silent()
    end = end or datetime.now(timezone.utc)
    source = source_name(endpoint, jurisdiction_id)
    start = start or _stored(store, source, "MIN(requested_datetime)") or end - MAX_WINDOW
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    if start >= end:
        raise SyncError(tr("The start date {start} is not before the end {end}.").format(
            start=format_local(start), end=format_local(end)))
    result = SyncResult(since=last_update(store, source))
    params = {"jurisdiction_id": jurisdiction_id} if jurisdiction_id else {}
    if result.since is not None:
        params["updated_after"] = _iso(result.since)
    fetcher = _Fetcher(transport, requests_url(endpoint), params, authcfg, include_personal,
                       naive_tz, page_size, max_results, result, progress, start, end)
    records: dict[str, dict[str, Any]] = {}
    window_start = start
    while window_start < end:
        window_end = min(window_start + MAX_WINDOW, end)
        fetcher.window(window_start, window_end, records)
        window_start = window_end
    result.received = len(records)
    _check_usable(result, records.values(), requests_url(endpoint))
    _store(store, records.values(), source, result)
    progress.setProgress(100.0)
    return result


def import_response(store: core.Target, data: bytes, source: str, *,
                    include_personal: bool = False, naive_tz: tzinfo = timezone.utc
                    ) -> SyncResult:
    """Upsert the requests of a saved GeoReport v2 response (JSON or XML) into ``store``."""
    try:
        parsed = parse_requests(data, include_personal=include_personal, naive_tz=naive_tz)
    except Open311FormatError as error:
        raise SyncError(tr("{source} is not an Open311 requests response: {error}.").format(
            source=source, error=error)) from None
    result = SyncResult(received=len(parsed.records), problems=parsed.problems,
                        notes=parsed.notes, warnings=parsed.warnings,
                        no_place=list(dict.fromkeys(parsed.no_place)))
    records = {record["service_request_id"]: record for record in parsed.records}
    _check_usable(result, records.values(), source)
    _store(store, records.values(), source, result)
    return result


def _check_usable(result: SyncResult, records: Any, source: str) -> None:
    """Refuse an answer of which nothing could be read (0 of N is no success), and warn about
    positions far outside the store's CRS area."""
    if not result.received and result.problems:
        raise SyncError(tr(
            "Nothing from {source} could be imported: all {count} reports were left out, the "
            "first because {problem}. Check that this is an Open311 GeoReport v2 answer.").format(
                source=source, count=len(result.problems),
                problem=result.problems[0]))
    area = outside_store_area((r["lon"], r["lat"]) for r in records if r["lon"] is not None)
    if area:
        result.warnings.append(area)


def last_update(store: core.Target, source: str) -> datetime | None:
    """The newest ``updated_datetime`` stored from ``source``, or ``None``."""
    return _stored(store, source, "MAX(updated_datetime)")


def _stored(store: core.Target, source: str, aggregate: str) -> datetime | None:
    """A datetime aggregate over the reports stored from ``source``; ``None`` if none."""
    try:
        opened = core.open_store(store)
        rows = opened.query(f"SELECT {aggregate} FROM {opened.table(REPORTS)} "
                            f"WHERE source = {core.sql_literal(source)}")
    except core.StoreError as error:
        raise SyncError(str(error)) from error
    return core.parse_stored_datetime(rows[0][0]) if rows else None


class _Fetcher:
    """Fetches one time window completely, paging or splitting it as the server needs."""

    def __init__(self, transport: Transport, url: str, params: dict[str, str], authcfg: str,
                 include_personal: bool, naive_tz: tzinfo, page_size: int, max_results: int,
                 result: SyncResult, progress: Progress, start: datetime, end: datetime
                 ) -> None:
        self.transport, self.url, self.params, self.authcfg = transport, url, params, authcfg
        self.include_personal, self.naive_tz = include_personal, naive_tz
        self.page_size, self.max_results = page_size, max_results
        self.result, self.progress = result, progress
        self.start, self.span = start, (end - start).total_seconds()
        self.held = 0  # reports received so far (windows overlap: an upper bound)

    def window(self, start: datetime, end: datetime, into: dict[str, dict[str, Any]]) -> None:
        found, complete = self._pages(start, end)
        if not complete:
            if end - start <= MIN_WINDOW:
                raise SyncError(tr(
                    "{url} returns only part of the reports requested between {start} and "
                    "{end}, even for one minute. The server caps its answers below what a "
                    "sync needs; ask its operator.").format(
                        url=self.url, start=_iso(start), end=_iso(end)))
            middle = start + (end - start) / 2
            self.window(start, middle, into)
            self.window(middle, end, into)
            return
        for record in found:
            # A request on a window boundary comes twice; the later answer is as new or newer.
            into[record["service_request_id"]] = record
        if self.progress.isCanceled():
            raise Canceled()
        self.progress.setProgress(95.0 * (end - self.start).total_seconds() / self.span)

    def _pages(self, start: datetime, end: datetime) -> tuple[list[dict[str, Any]], bool]:
        """The window's requests, and whether they are all of them."""
        found: dict[str, dict[str, Any]] = {}
        for page in range(1, MAX_PAGES + 1):
            records, answered = self._query(start, end, page)
            new = [r for r in records if r["service_request_id"] not in found]
            found.update((r["service_request_id"], r) for r in records)
            # Count what the server sent, skipped records included: a full answer with one
            # unreadable record is still a full answer, and the window must be split.
            if answered < min(self.page_size, self.max_results):
                return list(found.values()), True  # a short page is the last one
            if not new:
                # The server ignores ``page`` and sent the same full answer again.
                return list(found.values()), False
        return list(found.values()), False

    def _query(self, start: datetime, end: datetime, page: int
               ) -> tuple[list[dict[str, Any]], int]:
        """The readable requests of one answer, and how many requests the answer held."""
        if self.progress.isCanceled():
            raise Canceled()
        params = {**self.params, "start_date": _iso(start), "end_date": _iso(end),
                  "page": str(page), "page_size": str(self.page_size)}
        if self.result.queries >= MAX_QUERIES:
            raise SyncError(tr(
                "The sync from {url} was stopped after {queries} queries: the server's "
                "answers never became complete. Choose a later start date and sync in parts; "
                "if that does not help, the server is failing.").format(
                    url=self.url, queries=self.result.queries))
        self.result.queries += 1
        try:
            body = self.transport.fetch(self.url, params, self.authcfg)
        except TransportError as error:
            raise SyncError(str(error)) from error
        try:
            parsed: ParsedRequests = parse_requests(body, include_personal=self.include_personal,
                                                    naive_tz=self.naive_tz)
        except Open311FormatError as error:
            raise SyncError(tr(
                "The answer from {url} for {start} to {end} cannot be read: {error}. Check "
                "the endpoint URL; if it is right, the server may be failing, so try again "
                "later.").format(url=self.url, start=_iso(start), end=_iso(end),
                                 error=error)) from None
        self.result.problems.extend(parsed.problems)
        self.result.notes.extend(parsed.notes)
        self.result.warnings.extend(w for w in parsed.warnings if w not in self.result.warnings)
        # Windows overlap: a report comes again, and is counted once.
        self.result.no_place = list(dict.fromkeys(self.result.no_place + parsed.no_place))
        self.held += len(parsed.records)
        if self.held > MAX_RECORDS:
            raise SyncError(tr(
                "The sync from {url} was stopped: the server sent more than {limit} reports "
                "({queries} queries, the last for {start} to {end}), more than one sync "
                "holds. Choose a later start date and sync in parts; if the server keeps "
                "sending new reports for the same dates, it is failing.").format(
                    url=self.url, limit=MAX_RECORDS, queries=self.result.queries,
                    start=_iso(start), end=_iso(end)))
        return parsed.records, len(parsed.records) + len(parsed.problems)


def _store(store: core.Target, records: Any, source: str, result: SyncResult) -> None:
    transform = core.wgs84_to_store()
    reports, history = [], []
    for record in records:
        reports.append(_report(record, source, transform))
        changed_at = record["updated_datetime"] or record["requested_datetime"]
        if changed_at is None:
            continue  # without any time there is no moment to file the status under
        extended = record["extra"].get("extended_attributes")
        detailed = extended.get("detailed_status") if isinstance(extended, Mapping) else None
        history.append({
            "service_request_id": record["service_request_id"], "changed_at": changed_at,
            "status": record["status"], "status_notes": record["status_notes"],
            "source_status": record["extra"].get("source_status", detailed), "source": source,
        })
    try:
        # Creating or migrating the store is part of this one transaction: a sync that fails
        # leaves the store exactly as it was, and no new file behind.
        written = core.write_layers(store, {REPORTS: reports, HISTORY: history})
    except core.StoreError as error:
        raise SyncError(tr("The reports could not be written to {store}: {error}").format(
            store=store, error=error)) from error
    result.inserted = written[REPORTS].inserted
    result.updated = written[REPORTS].updated
    result.history_rows = written[HISTORY].inserted


def _report(record: dict[str, Any], source: str, transform: Any) -> dict[str, Any]:
    report = {name: record[name] for name in schema.CITIZEN_REPORTS.field_names
              if name in record}
    report["source"] = source
    report["extra_json"] = (json.dumps(record["extra"], ensure_ascii=False, sort_keys=True)
                            if record["extra"] else None)
    if record["lon"] is not None:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(record["lon"], record["lat"])
        point.Transform(transform)
        report[core.GEOMETRY] = point
    return report


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
