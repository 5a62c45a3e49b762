"""Apple's Indoor Mapping Data Format (IMDF 1.0, an OGC community standard): an archive (.zip)
or folder of GeoJSON files (``manifest.json``, ``venue``, ``building``, ``footprint``,
``level``, ``unit``, ``opening``, ``amenity``, ``anchor``, ``occupant``, …) into a
:class:`~.floorplan.Floorplan`.

Real exports bend the spec, and the reader takes them as they are: names as language maps or
plain strings (German, then English, then any language), building outlines on the building
instead of a footprint, levels without buildings, ordinals as strings, opening points instead
of lines, unknown keys (``unit_categoty``) and unknown categories. Units become spaces,
openings doors, amenities amenities; an occupant's name names its unit when the unit has none.
Fixtures, details, kiosks and other kinds the store has no layer for are counted, not read.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from osgeo import ogr

from ..store import core
from ..toolbelt.i18n import tr
from ..toolbelt.ogr_open import ogr_geometry
from . import decoding
from .floorplan import (
    AMENITIES,
    BUILDINGS,
    LEVELS,
    OPENINGS,
    SPACES,
    Floorplan,
    FloorplanFormatError,
    geodesic_length,
    ordinal_of,
    space_category,
    wgs84,
)
from .limits import MAX_ARCHIVE_BYTES, MAX_BYTES, megabytes

READ_KINDS = ("manifest", "address", "venue", "building", "footprint", "level", "unit",
              "opening", "amenity", "anchor", "occupant")
# Names are picked in this order of languages; then any other language.
LANGUAGES = ("de", "de-DE", "en", "en-US", "en-GB")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
# Door types a wheelchair cannot pass.
_BARRIER_DOORS = ("revolving", "turnstile")
_RESTRICTED = ("employeesonly", "restricted")
_AMENITY_CATEGORIES = {"restroom": "toilets", "information": "information",
                       "defibrillator": "aed", "drinkingfountain": "drinking_water",
                       "emergencyexit": "exit"}


def read_imdf(path: str | Path) -> dict[str, bytes]:
    """The files of an IMDF archive or folder by kind (``unit``, ``level``, …); files may sit
    in a subfolder and end in ``.geojson`` or ``.json``. Sizes are checked before anything
    is unpacked (see :mod:`.limits`): a "zip bomb" is refused with a sentence."""
    path = Path(path)
    if path.is_file() and path.name.lower() == "manifest.json":
        path = path.parent
    files: dict[str, bytes] = {}
    try:
        if path.is_dir():
            members = {}
            for member in sorted(path.rglob("*")):
                kind = _kind(member.name)
                if kind and member.is_file() and kind not in members:
                    members[kind] = member
            _check_sizes(path, {kind: m.stat().st_size for kind, m in members.items()})
            files = {kind: member.read_bytes() for kind, member in members.items()}
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                entries = {}
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    kind = _kind(PurePosixPath(info.filename).name)
                    if kind and not info.is_dir() and kind not in entries:
                        entries[kind] = info
                # The sizes an archive declares bound what zipfile unpacks.
                _check_sizes(path, {kind: i.file_size for kind, i in entries.items()})
                files = {kind: archive.read(info) for kind, info in entries.items()}
        else:
            raise FloorplanFormatError(tr(
                "{path} is neither an IMDF folder nor a .zip archive.").format(path=path))
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise FloorplanFormatError(tr("{path} cannot be read: {error}").format(
            path=path, error=error)) from error
    return files


def _check_sizes(path: Path, sizes: dict[str, int]) -> None:
    for kind, size in sizes.items():
        if size > MAX_BYTES:
            raise FloorplanFormatError(tr(
                "The IMDF file {kind}.geojson in {path} unpacks to {size} MB, more than the "
                "{limit} MB a floorplan file may have. Check that it is the right "
                "archive.").format(kind=kind, path=path.name, size=megabytes(size),
                                   limit=megabytes(MAX_BYTES)))
    if sum(sizes.values()) > MAX_ARCHIVE_BYTES:
        raise FloorplanFormatError(tr(
            "The IMDF files in {path} unpack to {size} MB together, more than the {limit} MB "
            "a floorplan may have. Check that it is the right archive.").format(
                path=path.name, size=megabytes(sum(sizes.values())),
                limit=megabytes(MAX_ARCHIVE_BYTES)))


def _kind(filename: str) -> str | None:
    stem, _, suffix = filename.lower().rpartition(".")
    return stem if suffix in ("geojson", "json") and stem else None


def parse_imdf(files: Mapping[str, bytes], source: str) -> Floorplan:
    """A floorplan from IMDF files by kind (see :func:`read_imdf`); ``source`` names the
    import in the ``source`` field and in ids that are not UUIDs."""
    if "unit" not in files or "level" not in files:
        missing = ", ".join(f"{k}.geojson" for k in ("level", "unit") if k not in files)
        raise FloorplanFormatError(tr(
            "This is not an IMDF archive: {missing} missing.").format(missing=missing))
    reader = _Reader(files, source)
    reader.read()
    return reader.plan


class _Reader:
    def __init__(self, files: Mapping[str, bytes], source: str) -> None:
        self.source = source
        self.plan = Floorplan(f"IMDF {source}", wgs84())
        self.features = {kind: _features(kind, data) for kind, data in files.items()
                         if kind != "manifest"}
        for kind, features in self.features.items():
            if kind not in READ_KINDS:
                self.plan.ignore(kind, len(features))

    def key(self, raw: Any) -> str:
        """The stored id: a UUID is unique by itself, any other id only within its file."""
        text = str(raw)
        return f"imdf:{text}" if _UUID.match(text) else f"imdf:{self.source}:{text}"

    def read(self) -> None:
        addresses = {f.get("id"): _address(_props(f)) for f in self.features.get("address", [])}
        self._levels(self._buildings(addresses))
        unit_levels = self._spaces()
        self._openings()
        self._amenities(unit_levels)

    def _buildings(self, addresses: dict) -> set[str]:
        outlines: dict[str, list[ogr.Geometry]] = {}
        for footprint in self.features.get("footprint", []):
            if _props(footprint).get("category", "ground") != "ground":
                continue  # aerial and subterranean footprints are not the ground outline
            geometry = _geometry(footprint)
            for building_id in _props(footprint).get("building_ids") or []:
                if geometry is not None:
                    outlines.setdefault(building_id, []).append(geometry)
        keys = set()
        for building in self.features.get("building", []):
            props = _props(building)
            geometry = _merged(outlines.get(building.get("id"))) or _geometry(building)
            key = self.key(building.get("id"))
            keys.add(key)
            self.plan.add(BUILDINGS, {
                "building_id": key, "name": pick_name(props.get("name")),
                "address": addresses.get(props.get("address_id")), core.GEOMETRY: geometry})
        return keys

    def _levels(self, buildings: set[str]) -> None:
        for level in self.features.get("level", []):
            props = _props(level)
            owners = [self.key(b) for b in props.get("building_ids") or []]
            building = next((b for b in owners if b in buildings), None)
            if building is None:
                building = self._venue_building()
            self.plan.add(LEVELS, {
                "level_id": self.key(level.get("id")), "building_id": building,
                "ordinal": _ordinal(props), "short_name": pick_name(props.get("short_name")),
                "name": pick_name(props.get("name")), core.GEOMETRY: _geometry(level)})

    def _venue_building(self) -> str:
        """The building for levels that name none: the venue, added once."""
        venues = self.features.get("venue") or [{}]
        key = self.key(venues[0].get("id") or "venue")
        if all(b["building_id"] != key for b in self.plan.records[BUILDINGS]):
            self.plan.add(BUILDINGS, {"building_id": key,
                                      "name": pick_name(_props(venues[0]).get("name")),
                                      core.GEOMETRY: _geometry(venues[0])})
        return key

    def _spaces(self) -> dict[str, str | None]:
        """Adds the units as spaces; returns the stored level id by IMDF unit id."""
        occupied = self._occupant_names()
        unit_levels = {}
        for unit in self.features.get("unit", []):
            props = _props(unit)
            raw = props.get("category")
            category = space_category(raw)
            if props.get("restriction") in _RESTRICTED and category not in (
                    "stairs", "elevator", "escalator", "ramp", "corridor", "restroom"):
                category = "nonpublic"
            # A unit on a level the archive lacks is reported by the checks.
            level = self.key(props["level_id"]) if props.get("level_id") else None
            unit_levels[unit.get("id")] = level
            self.plan.add(SPACES, {
                "space_id": self.key(unit.get("id")), "level_id": level,
                "category": category, "source_category": raw,
                "name": pick_name(props.get("name")) or occupied.get(unit.get("id"))
                or pick_name(props.get("alt_name")),
                "accessible": _accessible(props.get("accessibility"), raw),
                core.GEOMETRY: _geometry(unit)})
        return unit_levels

    def _occupant_names(self) -> dict[str, str]:
        anchors = {a.get("id"): _props(a).get("unit_id") for a in self.features.get("anchor", [])}
        names = {}
        for occupant in self.features.get("occupant", []):
            unit = anchors.get(_props(occupant).get("anchor_id"))
            name = pick_name(_props(occupant).get("name"))
            if unit and name:
                names.setdefault(unit, name)
        return names

    def _openings(self) -> None:
        for opening in self.features.get("opening", []):
            props = _props(opening)
            raw = props.get("category")
            door = props.get("door") if isinstance(props.get("door"), Mapping) else None
            door_type = str((door or {}).get("type") or "")
            if raw == "emergencyexit":
                category = "emergency_exit"
            elif raw == "pedestrian.principal":
                category = "entrance"
            elif door is None or door_type == "open":
                category = "opening"
            else:
                category = "door"
            accessible = _accessible(props.get("accessibility"), None)
            if door_type.startswith(_BARRIER_DOORS):
                accessible = 0
            level = props.get("level_id")
            geometry = _geometry(opening)
            is_line = geometry is not None and \
                ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbLineString
            self.plan.add(OPENINGS, {
                "opening_id": self.key(opening.get("id")),
                "level_id": self.key(level) if level else None, "category": category,
                "accessible": accessible,
                # IMDF draws an opening across its width.
                "width_m": _width(geometry) if is_line else None,
                core.GEOMETRY: geometry})

    def _amenities(self, unit_levels: dict[str, str]) -> None:
        for amenity in self.features.get("amenity", []):
            props = _props(amenity)
            units = props.get("unit_ids") or []
            level = next((unit_levels[u] for u in units if unit_levels.get(u)), None)
            raw = str(props.get("category") or "")
            category = _AMENITY_CATEGORIES.get(raw.split(".")[0], raw or None)
            self.plan.add(AMENITIES, {
                "amenity_id": self.key(amenity.get("id")), "level_id": level,
                "category": category, "name": pick_name(props.get("name")),
                core.GEOMETRY: _geometry(amenity)})


def pick_name(value: Any) -> str | None:
    """A name from an IMDF language map: German, then English, then the first language;
    a plain string is taken as it is."""
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, Mapping) or not value:
        return None
    for language in LANGUAGES:
        if isinstance(value.get(language), str) and value[language].strip():
            return value[language].strip()
    for text in value.values():
        if isinstance(text, str) and text.strip():
            return text.strip()
    return None


def _features(kind: str, data: bytes) -> list[dict]:
    try:
        document = decoding.load_json(data)[0]
    except decoding.PayloadError as error:
        raise FloorplanFormatError(tr(
            "The IMDF file {kind}.geojson is not readable JSON ({error}).").format(
                kind=kind, error=error)) from None
    if isinstance(document, Mapping) and isinstance(document.get("features"), list):
        return [f for f in document["features"] if isinstance(f, Mapping)]
    if isinstance(document, list):
        return [f for f in document if isinstance(f, Mapping)]
    return []


def _props(feature: Mapping) -> Mapping:
    props = feature.get("properties")
    return props if isinstance(props, Mapping) else {}


def _geometry(feature: Mapping) -> ogr.Geometry | None:
    geometry = feature.get("geometry")
    if not isinstance(geometry, Mapping) or not geometry.get("coordinates"):
        return None
    parsed = ogr_geometry(ogr.CreateGeometryFromJson, json.dumps(geometry))
    return parsed if parsed is not None and not parsed.IsEmpty() else None


def _width(line: ogr.Geometry) -> float | None:
    length = geodesic_length(line)
    return None if length is None else round(length, 2)


def _merged(geometries: list[ogr.Geometry] | None) -> ogr.Geometry | None:
    if not geometries:
        return None
    merged = geometries[0]
    for geometry in geometries[1:]:
        merged = merged.Union(geometry)
    return merged


def _ordinal(props: Mapping) -> int | None:
    value = props.get("ordinal")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return ordinal_of(number)


def _accessible(accessibility: Any, category: Any) -> int | None:
    """1 when the source lists wheelchair access, 0 for stairs and escalators, else unknown."""
    if space_category(category) in ("stairs", "escalator"):
        return 0
    codes = accessibility if isinstance(accessibility, list) else [accessibility]
    codes = [str(c).lower() for c in codes if c]
    return 1 if "wheelchair" in codes or str(category).endswith(".wheelchair") else None


def _address(props: Mapping) -> str | None:
    street = " ".join(str(props[k]) for k in ("address", "unit") if props.get(k))
    town = " ".join(str(props[k]) for k in ("postal_code", "locality") if props.get(k))
    return ", ".join(part for part in (street, town) if part) or None
