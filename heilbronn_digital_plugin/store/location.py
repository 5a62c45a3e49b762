"""Where a store lives, as a planner names it: a GeoPackage path, a saved QGIS PostgreSQL
connection, or a libpq ``service=`` from ``pg_service.conf``.

The ``STORE`` text of every algorithm and of the live panel goes through :func:`parse_store`:

- ``…/heilbronn.gpkg`` — a GeoPackage (created when missing);
- ``service=heilbronn`` — any libpq key=value string (``host=… port=… dbname=… user=…``,
  ``sslmode=…``), with two keys of ours: ``schema=`` (default ``heilbronn_digital``) and
  ``authcfg=`` (credentials from the QGIS authentication database);
- ``Stadtplanung`` or ``Stadtplanung schema=planung`` — a PostgreSQL connection saved in QGIS
  (*Browser ▸ PostgreSQL ▸ New Connection*), with its service, host, authentication config.

A password is never part of a STORE text, a project, a setting or a log: it comes from the
QGIS authentication database, ``pg_service.conf``/``.pgpass``, or the saved connection, and is
only handed to the database driver in memory (:meth:`StoreLocation.ogr_name`).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from ..toolbelt.i18n import tr

GPKG = "gpkg"
POSTGIS = "postgis"
DEFAULT_SCHEMA = "heilbronn_digital"
# libpq's connection keys a STORE text may carry (a password is refused, see above).
_LIBPQ_KEYS = ("service", "host", "hostaddr", "port", "dbname", "user", "sslmode",
               "connect_timeout", "application_name", "sslrootcert", "sslcert", "sslkey",
               "target_session_attrs")
_OUR_KEYS = ("schema", "authcfg")
_SECRET_KEYS = ("password", "passfile", "sslpassword")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_KEYS_START = re.compile(
    r"(?:^|[/\\])((?:" + "|".join(_LIBPQ_KEYS + _OUR_KEYS + _SECRET_KEYS) + r")\s*=.*)$",
    re.IGNORECASE | re.DOTALL)
# A path the file widget made of a typed connection name: "./Stadtplanung".
_PATHLIKE = re.compile(r"^(\.{1,2}|[A-Za-z]:)?[/\\]")
_SCHEMA_SUFFIX = re.compile(r"^(?P<name>.*?)\s+schema=(?P<schema>\S+)\s*$")


class StoreLocationError(ValueError):
    """A STORE text that names no store; the message says what is accepted."""


@dataclass(frozen=True)
class StoreLocation:
    """A parsed STORE text. ``keys`` are the libpq keys (no password); ``connection`` the name
    of a saved QGIS connection."""

    kind: str
    path: Path | None = None
    keys: tuple[tuple[str, str], ...] = ()
    connection: str = ""
    authcfg: str = ""
    schema: str = DEFAULT_SCHEMA
    text: str = field(default="", compare=False)

    @property
    def is_postgis(self) -> bool:
        return self.kind == POSTGIS

    @property
    def label(self) -> str:
        """How messages name the store: never with a password."""
        if self.kind == GPKG:
            return str(self.path)
        where = f'"{self.connection}"' if self.connection else " ".join(
            f"{key}={value}" for key, value in self.keys)
        return f"PostgreSQL {where} (schema {self.schema})"

    def resolved_keys(self) -> dict[str, str]:
        """The libpq keys with the credentials of the saved connection or of ``authcfg``
        (QGIS authentication database) filled in. In memory only: the result may hold a
        password and must never be written or shown."""
        keys = dict(self.keys)
        authcfg = self.authcfg
        if self.connection:
            saved, saved_authcfg = _saved_connection(self.connection)
            keys = {**saved, **keys}
            authcfg = authcfg or saved_authcfg
        if authcfg:
            keys.update(_auth_credentials(authcfg, self.label))
        return keys

    def ogr_name(self, keys: dict[str, str] | None = None) -> str:
        """The data source name for ``ogr.Open`` (``PG:…`` with credentials, in memory);
        ``keys``: :meth:`resolved_keys` already at hand."""
        if self.kind == GPKG:
            return str(self.path)
        keys = self.resolved_keys() if keys is None else keys
        return "PG:" + " ".join(f"{key}={_quote(value)}" for key, value in keys.items() if value)

    def qgis_uri(self, table: str, geometry: str | None, wkb_type: int | None = None,
                 key: str = "fid", subset: str = "") -> str:
        """The URI of ``table`` for QGIS's ``postgres`` provider: service, host, database,
        user and the authentication config id, never a password (QGIS would save it in the
        project)."""
        from qgis.core import QgsDataSourceUri

        keys = dict(self.keys)
        authcfg = self.authcfg
        if self.connection:
            saved, saved_authcfg = _saved_connection(self.connection)
            saved.pop("password", None)
            keys = {**saved, **keys}
            authcfg = authcfg or saved_authcfg
        uri = QgsDataSourceUri(" ".join(f"{k}={_quote(v)}" for k, v in keys.items() if v))
        if authcfg:
            uri.setAuthConfigId(authcfg)
            uri.setUsername("")
        uri.setDataSource(self.schema, table, geometry or "", subset, key)
        # A view's key is fid of parking_occupancy: unique, and checking it reads every row.
        uri.setParam("checkPrimaryKeyUnicity", "0")
        if geometry:
            from .schema import STORE_EPSG

            uri.setSrid(str(STORE_EPSG))
            if wkb_type is not None:
                uri.setWkbType(wkb_type)
        return uri.uri(False)

    def identity(self) -> tuple:
        """What a QGIS layer of this store has in common with it: the resolved GeoPackage
        path, or the database (service, host, port, name) and schema."""
        if self.kind == GPKG:
            return (GPKG, str(Path(self.path).resolve()))
        keys = self.resolved_keys()
        return (POSTGIS, keys.get("service", ""), keys.get("host", ""),
                keys.get("port", "") or "5432", keys.get("dbname", ""), self.schema)


def parse_store(text: str) -> StoreLocation:
    """The store a STORE text names; :class:`StoreLocationError` says what is accepted."""
    raw = (text or "").strip()
    if not raw:
        raise StoreLocationError(_accepted(""))
    if raw.lower().endswith(".gpkg"):
        return StoreLocation(GPKG, path=Path(raw), text=raw)
    body = raw[3:] if raw[:3].upper() == "PG:" else raw
    # Processing's file widget puts a folder in front of what was typed ("./service=…").
    keys = _KEYS_START.search(body)
    if keys:
        return _from_keys(keys.group(1), raw)
    body = re.split(r"[/\\]", body)[-1] if _PATHLIKE.match(body) else body
    match = _SCHEMA_SUFFIX.match(body)
    name, schema = (match["name"], match["schema"]) if match else (body, DEFAULT_SCHEMA)
    if not name.strip() or "." in Path(name).suffix:
        raise StoreLocationError(_accepted(raw))
    return StoreLocation(POSTGIS, connection=name.strip(), schema=_schema(schema, raw),
                         text=raw)


def _from_keys(body: str, raw: str) -> StoreLocation:
    try:
        tokens = shlex.split(body)
    except ValueError:
        raise StoreLocationError(_accepted(raw)) from None
    keys: list[tuple[str, str]] = []
    ours = {"schema": DEFAULT_SCHEMA, "authcfg": ""}
    for token in tokens:
        key, sep, value = token.partition("=")
        key = key.strip().lower()
        if not sep:
            raise StoreLocationError(_accepted(raw))
        if key in _SECRET_KEYS:
            raise StoreLocationError(tr(
                "A password does not belong in the store text (it would be saved in projects "
                "and logs). Keep it in the QGIS authentication database and give its id as "
                "authcfg=…, or in pg_service.conf / .pgpass and give service=…."))
        if key in _OUR_KEYS:
            ours[key] = value
        elif key in _LIBPQ_KEYS:
            keys.append((key, value))
        else:
            raise StoreLocationError(tr(
                "{key}= is not a PostgreSQL connection key. Known: {known}.").format(
                    key=key, known=", ".join(_LIBPQ_KEYS + _OUR_KEYS)))
    if not keys:
        raise StoreLocationError(_accepted(raw))
    return StoreLocation(POSTGIS, keys=tuple(keys), authcfg=ours["authcfg"],
                         schema=_schema(ours["schema"], raw), text=raw)


def _schema(name: str, raw: str) -> str:
    if not _IDENTIFIER.match(name):
        raise StoreLocationError(tr(
            "The schema name “{name}” in “{store}” must be lowercase letters, digits and _ "
            "(starting with a letter), e.g. heilbronn_digital.").format(name=name, store=raw))
    return name


def _accepted(raw: str) -> str:
    accepted = tr("A store is a GeoPackage file ending in .gpkg, the name of a PostgreSQL "
                  "connection saved in QGIS, or service=<name> from pg_service.conf "
                  "(optionally with schema=<schema>, default heilbronn_digital).")
    if not raw:
        return accepted
    return tr("“{store}” is not a store. {accepted}").format(store=raw, accepted=accepted)


def _quote(value: str) -> str:
    """A libpq conninfo value, quoted when it needs it."""
    if value and re.fullmatch(r"[^\s'\\]+", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _saved_connection(name: str) -> tuple[dict[str, str], str]:
    """The libpq keys and authentication config of a PostgreSQL connection saved in QGIS."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except Exception:  # QgsProviderConnectionException: none of that name
        connection = None
    if connection is None:
        known = sorted(metadata.connections()) if metadata is not None else []
        listed = ", ".join(f"“{n}”" for n in known) or "–"
        raise StoreLocationError(tr(
            "There is no PostgreSQL connection “{name}” saved in QGIS (saved: {saved}). A "
            "GeoPackage store must end in .gpkg; a PostgreSQL store is a saved connection "
            "name or service=<name>.").format(name=name, saved=listed))
    uri = QgsDataSourceUri(connection.uri())
    keys = {"service": uri.service(), "host": uri.host(), "port": uri.port(),
            "dbname": uri.database(), "user": uri.username(), "password": uri.password()}
    if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer,):
        keys["sslmode"] = QgsDataSourceUri.encodeSslMode(uri.sslMode())
    return {k: v for k, v in keys.items() if v}, uri.authConfigId()


def _auth_credentials(authcfg: str, label: str) -> dict[str, str]:
    """User and password of a QGIS authentication config (Basic), in memory only."""
    from qgis.core import QgsApplication, QgsDataSourceUri

    manager = QgsApplication.authManager()
    if manager is None or authcfg not in manager.configIds():
        raise StoreLocationError(tr(
            "The authentication configuration {authcfg} of {store} is not in this QGIS "
            "profile's authentication database: create it (Settings ▸ Options ▸ "
            "Authentication) or give the store as a saved connection.").format(
                authcfg=authcfg, store=label))
    ok, items = manager.updateDataSourceUriItems([], authcfg, "postgres")
    if not ok:
        raise StoreLocationError(tr(
            "The authentication configuration {authcfg} of {store} could not be read (is the "
            "master password set?).").format(authcfg=authcfg, store=label))
    uri = QgsDataSourceUri(" ".join(items))
    return {k: v for k, v in (("user", uri.username()), ("password", uri.password())) if v}

