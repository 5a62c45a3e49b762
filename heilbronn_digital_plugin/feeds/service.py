"""The unattended feed service: run every configured feed once into its store, write a line
per feed to a log file, and say whether all of them succeeded.

GIS staff keep a shared store current without an open QGIS: ``qgis_process run
heilbronn:runfeeds -- CONFIG=/etc/heilbronn-digital/feeds.ini`` from a systemd timer or cron
(README: *Shared store (PostGIS)*, *Feed service*). The configuration is an INI file::

    [service]
    store = service=heilbronn           ; the default store of every feed
    log = /var/log/heilbronn-digital/feeds.log
    timeout = 60                        ; seconds per request

    [open311 Mängelmelder]
    endpoint = https://example.org/georeport/v2
    jurisdiction_id = heilbronn.de
    authcfg = abc1234                   ; the API key, in the QGIS authentication database

    [parking Stadtwerke]
    format = goldbeck
    source = https://example.org/goldbeck/facilities
    second_source = https://example.org/goldbeck/occupancies

Each feed runs in its own transaction: a failing feed (server down, broken answer, store not
writable) is logged with its sentence and the others still run. Secrets never appear in the
file (only ``authcfg`` ids) and never in the log (the transport hides keys in URLs, the store
names itself without its password).
"""

from __future__ import annotations

import configparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..analysis.progress import Canceled
from ..store import core
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import to_local, utc_now
from .open311_sync import MAX_RESULTS, OPEN311_LAYERS, SyncError, sync_requests
from .parking_fetch import FORMATS, ParkingFeedError, ParkingSource, fetch_parking
from .parking_store import PARKING_LAYERS, store_parking
from .transport import Transport

OPEN311, PARKING = "open311", "parking"
SERVICE = "service"
_KEYS = {
    SERVICE: {"store", "log", "timeout"},
    OPEN311: {"endpoint", "jurisdiction_id", "authcfg", "include_personal_data",
              "server_max_results", "store"},
    PARKING: {"format", "source", "second_source", "authcfg", "store"},
}
_REQUIRED = {OPEN311: ("endpoint",), PARKING: ("source",)}
_SECRETS = ("password", "passwd", "secret", "token", "apikey", "api_key", "key")


class ServiceConfigError(ValueError):
    """The configuration cannot be used; the message names the file, section and key."""


@dataclass(frozen=True)
class Feed:
    """One configured feed: ``kind`` is ``open311`` or ``parking``; ``options`` its keys."""

    kind: str
    name: str
    store: str
    options: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass(frozen=True)
class ServiceConfig:
    feeds: tuple[Feed, ...]
    log: Path | None = None
    timeout_s: float = 60.0


@dataclass(frozen=True)
class Outcome:
    feed: Feed
    ok: bool
    message: str


def read_config(path: str | Path) -> ServiceConfig:
    """The feeds of the INI file ``path``; :class:`ServiceConfigError` names what is wrong."""
    path = Path(path)
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise ServiceConfigError(tr("The feed configuration {path} cannot be read: {error}").format(
            path=path, error=error)) from None
    service = parser[SERVICE] if parser.has_section(SERVICE) else {}
    _check_keys(path, SERVICE, SERVICE, service)
    default_store = service.get("store", "").strip()
    feeds = []
    for section in parser.sections():
        if section == SERVICE:
            continue
        kind, _, name = section.partition(" ")
        kind = kind.strip().lower()
        if kind not in (OPEN311, PARKING) or not name.strip():
            raise ServiceConfigError(tr(
                "{path}: the section [{section}] is neither [open311 <name>] nor "
                "[parking <name>].").format(path=path, section=section))
        options = {key: value.strip() for key, value in parser[section].items()}
        _check_keys(path, section, kind, options)
        for required in _REQUIRED[kind]:
            if not options.get(required):
                raise ServiceConfigError(tr("{path}: [{section}] needs {key} = ….").format(
                    path=path, section=section, key=required))
        if kind == PARKING and options.setdefault("format", "detect") not in FORMATS:
            raise ServiceConfigError(tr(
                "{path}: [{section}] format = {value} is not one of {known}.").format(
                    path=path, section=section, value=options["format"],
                    known=", ".join(FORMATS)))
        store = options.pop("store", "") or default_store
        if not store:
            raise ServiceConfigError(tr(
                "{path}: [{section}] has no store: give store = … there or under [service]."
            ).format(path=path, section=section))
        feeds.append(Feed(kind, name.strip(), store, options))
    if not feeds:
        raise ServiceConfigError(tr("{path} configures no feed: add a section [open311 <name>] "
                                    "or [parking <name>].").format(path=path))
    try:
        timeout = float(service.get("timeout", "60"))
    except ValueError:
        raise ServiceConfigError(tr("{path}: [service] timeout must be a number of seconds."
                                    ).format(path=path)) from None
    log = service.get("log", "").strip()
    return ServiceConfig(tuple(feeds), Path(log) if log else None, timeout)


def _check_keys(path: Path, section: str, kind: str, options) -> None:
    for key in options:
        if key.lower() in _SECRETS or "password" in key.lower():
            raise ServiceConfigError(tr(
                "{path}: [{section}] {key} = … looks like a secret. Keep secrets in the QGIS "
                "authentication database and give its id as authcfg = ….").format(
                    path=path, section=section, key=key))
        if key not in _KEYS[kind]:
            raise ServiceConfigError(tr(
                "{path}: [{section}] has an unknown key {key} (known: {known}).").format(
                    path=path, section=section, key=key, known=", ".join(sorted(_KEYS[kind]))))


def run_feeds(config: ServiceConfig, transport_for: Callable[[Feed], Transport],
              say: Callable[[str], None]) -> list[Outcome]:
    """Run every feed once, each in its own transaction; ``say`` gets one line per feed
    (and one at the start and end). A failure of one feed does not stop the others."""
    outcomes = []
    say(tr("Feed service: {count} feeds.").format(count=len(config.feeds)))
    for feed in config.feeds:
        try:
            message = _run(feed, transport_for(feed))
            outcomes.append(Outcome(feed, True, message))
            say(tr("OK {feed}: {message}").format(feed=feed.title, message=message))
        except Canceled:
            outcomes.append(Outcome(feed, False, tr("canceled")))
            say(tr("CANCELED {feed}: the store is unchanged.").format(feed=feed.title))
            break
        except (SyncError, ParkingFeedError, core.StoreError, ValueError) as error:
            text = str(error).rstrip(".")
            outcomes.append(Outcome(feed, False, text))
            say(tr("FAILED {feed}: {error}. Its store is unchanged.").format(
                feed=feed.title, error=text))
    failed = [o for o in outcomes if not o.ok]
    say(tr("Feed service done: {ok} of {count} feeds succeeded.").format(
        ok=len(outcomes) - len(failed), count=len(config.feeds)))
    return outcomes


def _run(feed: Feed, transport: Transport) -> str:
    options = feed.options
    store = core.open_store(feed.store)
    # A store this run cannot write is said before the feed is fetched.
    store.check_writable(OPEN311_LAYERS if feed.kind == OPEN311 else PARKING_LAYERS)
    if feed.kind == OPEN311:
        result = sync_requests(
            store, options["endpoint"], transport,
            jurisdiction_id=options.get("jurisdiction_id", ""),
            authcfg=options.get("authcfg", ""),
            include_personal=options.get("include_personal_data", "").lower() in (
                "1", "yes", "true", "on"),
            page_size=int(options.get("server_max_results") or MAX_RESULTS),
            max_results=int(options.get("server_max_results") or MAX_RESULTS))
        return tr("{received} reports received: {inserted} new, {updated} updated, into "
                  "{store}.").format(received=result.received, inserted=result.inserted,
                                     updated=result.updated, store=store.label)
    source = ParkingSource(options["format"], options["source"],
                           options.get("second_source", ""), authcfg=options.get("authcfg", ""))
    batch = fetch_parking(source, transport)
    result = store_parking(store, batch)
    return tr("{sites} sites and {readings} readings received: {new} readings new, {updated} "
              "updated, into {store}.").format(
                  sites=len(batch.sites), readings=len(batch.observations),
                  new=result.readings_inserted, updated=result.readings_updated,
                  store=store.label)


def log_line(text: str, now: datetime | None = None) -> str:
    """``text`` after the time in Heilbronn (with its offset, so the log is unambiguous)."""
    local = to_local(now or utc_now())
    return f"{local.isoformat(sep=' ', timespec='seconds')} {text}"
