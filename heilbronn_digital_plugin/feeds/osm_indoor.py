"""OpenStreetMap Simple Indoor Tagging from an ``.osm`` file (read by GDAL's OSM driver) into a
:class:`~.floorplan.Floorplan`.

``indoor=room|corridor|area`` ways and multipolygons become spaces, ``indoor=level`` outlines
name their level, ``building=*`` outlines are the buildings (features outside every building
go to one building per file), ``door=*`` and ``entrance=*`` nodes become doors (drawn along
the wall they sit on by the checks), ``highway=elevator`` nodes elevators, other ``amenity=*``
nodes amenities. ``level=*`` may list several levels (``0;1``), ranges (``-1-2``) and
``repeat_on=*`` more; a feature on several levels is stored once per level (``<id>@<level>``)
and, for elevators and stairs, linked as one shaft. ``wheelchair=*`` and ``width=*`` say
whether a wheelchair passes.

Ids are ``osm:n<id>`` / ``osm:w<id>`` / ``osm:r<id>`` for objects from the OSM database (unique
worldwide); a file's own negative ids (drawn in JOSM, not uploaded) get the file name too.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from osgeo import gdal, ogr

from ..store import core
from ..toolbelt.i18n import tr
from .floorplan import (
    AMENITIES,
    BUILDINGS,
    CONNECTORS,
    LEVELS,
    OPENINGS,
    SPACES,
    Floorplan,
    FloorplanFormatError,
    ordinal_of,
    space_category,
    wgs84,
)

TAGS = ("indoor", "level", "repeat_on", "level:ref", "door", "entrance", "wheelchair",
        "highway", "stairs", "conveying", "ramp", "room", "amenity", "toilets", "building",
        "name", "ref", "width", "access", "elevator", "emergency", "tourism")
# GDAL's OSM driver reads only the tags its configuration lists. Closed ways are turned into
# polygons here, not through the configuration: that works whatever GDAL version reads them.
_CONFIG = "\n".join(
    [f"[{layer}]\nosm_id=yes\n" + ("osm_way_id=yes\n" if layer == "multipolygons" else "")
     + f"attributes={','.join(TAGS)}\nother_tags=no"
     for layer in ("points", "lines", "multipolygons")]
    + ["[multilinestrings]\nosm_id=yes\nattributes=name",
       "[other_relations]\nosm_id=yes\nattributes=name"]) + "\n"
SPACE_INDOOR = ("room", "corridor", "area")
_WHEELCHAIR = {"yes": 1, "designated": 1, "no": 0, "limited": 0}
_LEVEL_RANGE = re.compile(r"^(-?\d+)-(-?\d+)$")
# Building containment in degrees: about 10 cm, for doors drawn on the building outline.
_ON_OUTLINE_DEG = 1e-6


@dataclass
class _Element:
    key: str
    tags: dict[str, str]
    geometry: ogr.Geometry


def parse_osm_indoor(data: bytes, source: str) -> Floorplan:
    """A floorplan from the bytes of an ``.osm`` (XML) or ``.osm.pbf`` file; ``source``
    names the import (the file name without suffix)."""
    plan = Floorplan(f"OSM {source}", wgs84())
    elements = _read(data, source, plan)
    _Builder(plan, source).build(elements)
    return plan


def parse_levels(value: str | None) -> list[int] | None:
    """The whole levels a ``level=*`` or ``repeat_on=*`` value names: ``"0;1"`` → [0, 1],
    ``"-1-2"`` → [-1, 0, 1, 2]; ``[]`` when empty, ``None`` when it is not a list of whole
    levels (``"0.5"``, ``"EG"``)."""
    if value is None or not value.strip():
        return []
    levels: set[int] = set()
    for part in value.replace(",", ";").split(";"):
        part = part.strip()
        match = _LEVEL_RANGE.match(part)
        numbers = [int(n) for n in match.groups()] if match else \
            [int(part)] if re.fullmatch(r"-?\d+", part) else None
        if numbers is None or any(ordinal_of(n) is None for n in numbers):
            return None  # not a level, or beyond any building ("0-99999999")
        levels.update(range(min(numbers), max(numbers) + 1))
    return sorted(levels)


def parse_width(value: str | None) -> float | None:
    """A ``width=*`` value in metres: ``"0.9"``, ``"0,9"``, ``"90 cm"``, ``"0.9 m"``."""
    if not value:
        return None
    match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(cm|m)?\s*", value)
    if match is None:
        return None
    number = float(match.group(1).replace(",", "."))
    return number / 100.0 if match.group(2) == "cm" else number


def _read(data: bytes, source: str, plan: Floorplan) -> list[_Element]:
    name = f"/vsimem/heilbronn_osm_{uuid.uuid4().hex}"
    suffix = ".osm.pbf" if data[:64].find(b"OSMHeader") >= 0 else ".osm"
    gdal.FileFromMemBuffer(name + suffix, data)
    gdal.FileFromMemBuffer(name + ".ini", _CONFIG.encode())
    try:
        # Negative ids (JOSM drafts) need the driver's plain indexing.
        try:
            ds = gdal.OpenEx(name + suffix, gdal.OF_VECTOR, allowed_drivers=["OSM"],
                             open_options=[f"CONFIG_FILE={name}.ini", "USE_CUSTOM_INDEXING=NO"])
            error = gdal.GetLastErrorMsg() if ds is None else ""
        except (RuntimeError, UnicodeDecodeError) as raised:  # GDAL's exceptions on (QGIS
            ds, error = None, str(raised)  # 3.40's Processing does that)
        if ds is None:
            raise FloorplanFormatError(tr(
                "{source} is not an OpenStreetMap file (.osm): {error}").format(
                    source=source, error=error or tr("unreadable")))
        elements = []
        while True:
            try:
                feature, layer = ds.GetNextFeature()
            except (RuntimeError, UnicodeDecodeError) as raised:  # exceptions on, as above
                raise FloorplanFormatError(tr(
                    "{source} is not an OpenStreetMap file (.osm): {error}").format(
                        source=source, error=str(raised))) from None
            if feature is None:
                break
            element = _element(feature, layer.GetName(), source)
            if element is None:
                plan.ignore("osm " + layer.GetName())
            else:
                elements.append(element)
        ds = None
        return elements
    finally:
        gdal.Unlink(name + suffix)
        gdal.Unlink(name + ".ini")


def _element(feature: ogr.Feature, layer: str, source: str) -> _Element | None:
    tags = {}
    for tag in TAGS:
        index = feature.GetFieldIndex(tag.replace(":", "_"))
        if index >= 0 and feature.IsFieldSetAndNotNull(index):
            tags[tag] = feature.GetFieldAsString(index).strip()
    geometry = feature.GetGeometryRef()
    if geometry is None:
        return None
    geometry = geometry.Clone()
    if layer == "points":
        kind, osm_id = "n", feature.GetField("osm_id")
    elif layer == "multipolygons":
        way = feature.GetField("osm_way_id")
        kind, osm_id = ("w", way) if way else ("r", feature.GetField("osm_id"))
    elif layer == "lines" and _closed(geometry):
        kind, osm_id = "w", feature.GetField("osm_id")
        geometry = ogr.ForceToPolygon(geometry)
    else:
        return None
    osm_id = str(osm_id)
    key = f"osm:{kind}{osm_id}" if not osm_id.startswith("-") else \
        f"osm:{source}:{kind}{osm_id}"
    return _Element(key, tags, geometry)


def _closed(line: ogr.Geometry) -> bool:
    count = line.GetPointCount()
    return count >= 4 and line.GetPoint_2D(0) == line.GetPoint_2D(count - 1)


class _Builder:
    """Turns OSM elements into floorplan records, building by building, level by level."""

    def __init__(self, plan: Floorplan, source: str) -> None:
        self.plan, self.source = plan, source
        self.buildings: list[_Element] = []
        self.levels: dict[tuple[str, int], dict[str, Any]] = {}

    def build(self, elements: list[_Element]) -> None:
        self.buildings = [e for e in elements if e.tags.get("building")
                          and not e.tags.get("indoor") and _is_area(e.geometry)]
        for building in self.buildings:
            self.plan.add(BUILDINGS, {"building_id": building.key,
                                      "name": building.tags.get("name"),
                                      core.GEOMETRY: building.geometry})
        for element in elements:
            if element in self.buildings:
                continue
            indoor = element.tags.get("indoor")
            if indoor == "level" and _is_area(element.geometry):
                self._level_outline(element)
            elif indoor in SPACE_INDOOR and _is_area(element.geometry):
                self._space(element)
            elif _is_point(element.geometry):
                self._node(element)
            else:
                self.plan.ignore("osm " + (indoor or "way"))

    def _node(self, element: _Element) -> None:
        tags = element.tags
        if tags.get("door") or tags.get("entrance"):
            self._door(element)
        elif tags.get("highway") == "elevator":
            levels = self._levels_of(element)
            if levels == []:
                self.plan.skip(tr("Elevator {id} has no level tag and is left out. Add the "
                                  "levels it serves, e.g. level=0-3.").format(id=element.key))
            for ordinal in levels or []:
                level = self._level(element, ordinal)
                self.plan.add(CONNECTORS, {
                    "connector_id": _on_level(element, ordinal, multiple=True),
                    "kind": "elevator", "level_id": level, "shaft_id": element.key,
                    "accessible": _WHEELCHAIR.get(tags.get("wheelchair", ""), 1),
                    "name": tags.get("name") or tags.get("ref"),
                    core.GEOMETRY: element.geometry})
        elif tags.get("amenity") or tags.get("tourism") == "information":
            category = tags.get("amenity") or "information"
            levels = self._levels_of(element)
            for ordinal in levels if levels else [None]:
                self.plan.add(AMENITIES, {
                    "amenity_id": _on_level(element, ordinal, len(levels or []) > 1),
                    "level_id": None if ordinal is None else self._level(element, ordinal),
                    "category": category, "name": tags.get("name"),
                    core.GEOMETRY: element.geometry})
        else:
            self.plan.ignore("osm node")

    def _door(self, element: _Element) -> None:
        tags = element.tags
        if tags.get("entrance") == "emergency" or tags.get("emergency") == "yes":
            category = "emergency_exit"
        elif tags.get("entrance"):
            category = "entrance"
        elif tags.get("door") == "no":
            category = "opening"
        else:
            category = "door"
        accessible = _WHEELCHAIR.get(tags.get("wheelchair", ""))
        if tags.get("door") == "revolving" and accessible is None:
            accessible = 0
        levels = self._levels_of(element)
        # A door without a level gets the level of the spaces it touches (in the checks).
        for ordinal in levels if levels else [None]:
            self.plan.add(OPENINGS, {
                "opening_id": _on_level(element, ordinal, len(levels or []) > 1),
                "level_id": None if ordinal is None else self._level(element, ordinal),
                "category": category, "width_m": parse_width(tags.get("width")),
                "accessible": accessible, core.GEOMETRY: element.geometry})

    def _space(self, element: _Element) -> None:
        tags = element.tags
        raw, category = _space_category(tags)
        levels = self._levels_of(element)
        if not levels:
            if levels is not None:
                self.plan.skip(tr("Space {id} has no level tag and is left out. Add "
                                  "level=* to it.").format(id=element.key))
            return
        for ordinal in levels:
            self.plan.add(SPACES, {
                "space_id": _on_level(element, ordinal, len(levels) > 1),
                "level_id": self._level(element, ordinal), "category": category,
                "source_category": raw, "name": tags.get("name") or tags.get("ref"),
                "accessible": _WHEELCHAIR.get(tags.get("wheelchair", "")),
                core.GEOMETRY: element.geometry.Clone()})

    def _level_outline(self, element: _Element) -> None:
        for ordinal in self._levels_of(element) or []:
            self._level(element, ordinal)
            level = self.levels[(self._building(element), ordinal)]
            level[core.GEOMETRY] = element.geometry.Clone()
            level["name"] = element.tags.get("name") or level["name"]
            level["short_name"] = element.tags.get("level:ref") or level["short_name"]

    def _levels_of(self, element: _Element) -> list[int] | None:
        """The element's levels (level=* and repeat_on=*); ``None`` after reporting a value
        that is not a list of whole levels."""
        levels = []
        for tag in ("level", "repeat_on"):
            parsed = parse_levels(element.tags.get(tag))
            if parsed is None:
                self.plan.skip(tr("{id}: {tag}={value} is not a list of whole levels (such "
                                  "as 0, 0;1 or -1-2); the element is left out.").format(
                                      id=element.key, tag=tag, value=element.tags[tag]))
                return None
            levels += parsed
        return sorted(set(levels))

    def _level(self, element: _Element, ordinal: int) -> str:
        """The id of the element's level ``ordinal`` in its building, made when first used."""
        building = self._building(element)
        if (building, ordinal) not in self.levels:
            self.plan.add(LEVELS, {"level_id": f"{building}:L{ordinal}",
                                   "building_id": building, "ordinal": ordinal,
                                   "short_name": str(ordinal), "name": None})
            # plan.add copies; keep the stored record so outlines can fill it later.
            self.levels[(building, ordinal)] = self.plan.records[LEVELS][-1]
        return self.levels[(building, ordinal)]["level_id"]

    def _building(self, element: _Element) -> str:
        """The building containing the element, or the file's building for the rest."""
        point = element.geometry if _is_point(element.geometry) else \
            element.geometry.PointOnSurface()
        for building in self.buildings:
            if building.geometry.Distance(point) <= _ON_OUTLINE_DEG:
                return building.key
        key = f"osm:{self.source}"
        if all(b["building_id"] != key for b in self.plan.records[BUILDINGS]):
            self.plan.add(BUILDINGS, {"building_id": key, "name": self.source,
                                      core.GEOMETRY: None})
        return key


def _space_category(tags: dict[str, str]) -> tuple[str, str | None]:
    """The source's word and the plugin category of an indoor space."""
    if tags.get("highway") == "elevator" or tags.get("elevator") == "yes":
        return "elevator", "elevator"
    if tags.get("conveying") and (tags.get("stairs") == "yes" or
                                  tags.get("highway") == "steps"):
        return "escalator", "escalator"
    if tags.get("stairs") == "yes" or tags.get("highway") == "steps":
        return "stairs", "stairs"
    if tags.get("ramp") == "yes":
        return "ramp", "ramp"
    if tags.get("amenity") == "toilets" or tags.get("toilets") == "yes":
        return "toilets", "restroom"
    if tags.get("access") in ("private", "no"):
        return f"access={tags['access']}", "nonpublic"
    if tags.get("room"):
        return tags["room"], space_category(tags["room"])
    indoor = tags["indoor"]
    return indoor, "corridor" if indoor in ("corridor", "area") else "room"


def _on_level(element: _Element, ordinal: int | None, multiple: bool) -> str:
    return f"{element.key}@{ordinal}" if multiple else element.key


def _is_area(geometry: ogr.Geometry) -> bool:
    return ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon)


def _is_point(geometry: ogr.Geometry) -> bool:
    return ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbPoint
