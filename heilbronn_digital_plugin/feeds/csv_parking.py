"""CSV lists of parking sites, optionally with readings: semicolon or comma, UTF-8 or Latin-1.

The position comes from a hex WKB/EWKB column (``geom``, ``wkb``, ``geometry``) or from
longitude/latitude columns (``lon``/``lat``, ``x-koord``/``y-koord``, ``laengengrad``…);
``N/A`` and empty cells are no value. Other columns are read by the same names as GeoJSON
properties (``geojson_parking.FIELD_NAMES``), or by the names the planner gives. A file may
hold several rows per site (a time series): each row with a free or occupied count is one
reading. Naive times are
Europe/Berlin; when a site's series runs through the hour repeated at the end of summer
time, its clock going back tells the two passes apart.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..toolbelt.i18n import tr
from ..toolbelt.local_time import naive_local, series_folds
from . import decoding
from . import parking_records as pr
from .geojson_parking import field_names, record_from_properties, seen
from .parking_payload import point_of_wkb_hex

PREFIX = "csv:"
_WKB = ("geom", "wkb", "geometry", "the_geom", "wkb_geometry")
_LON = ("lon", "lng", "longitude", "x-koord", "x_koord", "laengengrad", "längengrad", "x")
_LAT = ("lat", "latitude", "y-koord", "y_koord", "breitengrad", "y")


def parse_csv_parking(data: bytes, fields: pr.FieldMap | None = None) -> pr.ParkingBatch:
    rows = _rows(data)
    batch = pr.ParkingBatch(source="")
    sites: dict[str, pr.ParkingSite] = {}
    names = field_names(fields)
    folds = _folds(rows, names)
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        properties = {k: v for k, v in row.items() if k is not None}
        seen(batch, properties)
        id_column = _column(properties, names["id"])
        raw_id = properties.pop(id_column) if id_column is not None else None
        if raw_id in (None, "", "N/A"):
            batch.problems.append(tr("line {number} has no id").format(number=number))
            continue
        batch.fields.setdefault("id", id_column)
        point = _point(properties)
        site, observation = record_from_properties(PREFIX + raw_id.strip(), properties,
                                                   point, fold=folds[number - 2],
                                                   names=names, found=batch.fields)
        # Every CSV cell is text: a number in it is no fault.
        site.flags.discard(pr.NUMBER_AS_TEXT)
        sites.setdefault(site.site_id, site)
        if observation is not None:
            observation.flags.discard(pr.NUMBER_AS_TEXT)
            batch.observations.append(observation)
    batch.sites = list(sites.values())
    return batch


def looks_like_csv(text: str) -> bool:
    """Whether ``text`` starts with a CSV header line: printable names between ``;`` or
    ``,`` (random bytes, a binary file or one word are not)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if not header or header.startswith(("<", "{", "[")):
        return False
    if any(not char.isprintable() for char in header.replace("\t", " ").rstrip("\r")):
        return False
    return header.count(";") + header.count(",") >= 1


def _rows(data: bytes) -> list[dict[str, str]]:
    try:
        text = decoding.decode(data).text.lstrip("\ufeff")
    except decoding.PayloadError as error:
        raise pr.ParkingFormatError(str(error)) from None
    if not looks_like_csv(text):
        raise pr.ParkingFormatError(tr("this is no CSV file with a header line (names "
                                       "separated by ; or ,)"))
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    try:
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:  # a NUL byte, a field beyond the csv module's limit
        raise pr.ParkingFormatError(tr("the CSV cannot be read ({error})").format(
            error=error)) from None


def _column(properties: dict[str, Any], names: tuple[str, ...]) -> str | None:
    lowered = {name.strip().lower(): name for name in properties}
    return next((lowered[name] for name in names if name in lowered), None)


def _pop(properties: dict[str, Any], names: tuple[str, ...]) -> Any:
    column = _column(properties, names)
    return properties.pop(column) if column is not None else None


def _point(properties: dict[str, Any]) -> tuple[float, float] | None:
    """The site's position; the coordinate columns are removed, as they are the geometry."""
    wkb = _pop(properties, _WKB)
    lon, lat = _pop(properties, _LON), _pop(properties, _LAT)
    if wkb and str(wkb).strip().upper() != "N/A":
        point = point_of_wkb_hex(str(wkb))
        if point is not None:
            return point
    x, y = pr.real(lon, set()), pr.real(lat, set())
    return (x, y) if x is not None and y is not None else None


def _folds(rows: list[dict[str, str]], names: dict[str, tuple[str, ...]]) -> list[int]:
    """Each row's fold (see ``parking_records.series_folds``), per site in file order."""
    lowered = {name.strip().lower(): name for name in (rows[0] if rows else {}) if name}
    time_column = next((lowered[n] for n in names["time"] if n in lowered), None)
    id_column = next((lowered[n] for n in names["id"] if n in lowered), None)
    if time_column is None:
        return [0] * len(rows)
    by_site: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_site.setdefault(str(row.get(id_column)), []).append(index)
    folds = [0] * len(rows)
    for indexes in by_site.values():
        locals_ = [naive_local(rows[i].get(time_column)) for i in indexes]
        for index, fold in zip(indexes, series_folds(locals_)):
            folds[index] = fold
    return folds
