"""Make a :class:`~.floorplan.Floorplan` fit for the store: reproject to EPSG:25832, repair
invalid polygons, drop what cannot be placed, draw door points as door lines, fill level
attributes and derive vertical connectors from stair, elevator, escalator and ramp spaces.

Every record that is skipped or repaired leaves one sentence in ``plan.problems`` naming it,
so a planner can fix the source; what is usable is kept.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from osgeo import gdal, ogr, osr

from ..analysis.progress import Progress, Silent, step
from ..store import core, schema
from ..toolbelt.i18n import tr
from .floorplan import (
    AMENITIES,
    BUILDINGS,
    CONNECTORS,
    HAZARDS,
    LEVELS,
    NOT_ACCESSIBLE,
    OPENINGS,
    SPACES,
    Floorplan,
)
from .floorplan import wgs84 as floorplan_wgs84
from .positions import outside_store_area

GEOMETRY = core.GEOMETRY
# How far (m) a door may lie from a space's outline and still count as its door: exports
# round coordinates and draw doors in the middle of a wall's thickness.
TOUCH_TOLERANCE_M = 0.5
# The length of a door line drawn for a door point whose width the source does not give.
DEFAULT_DOOR_LINE_M = 1.0
# Two connector spaces on different levels belong to one shaft when their overlap covers
# this share of the smaller one.
SHAFT_OVERLAP = 0.25
# Smaller polygons (m²) are slivers of drawing errors, not spaces.
MIN_AREA_M2 = 0.01
# No building, level or room is wider (the largest airport terminals are about 3 km long):
# wider records have broken coordinates.
MAX_EXTENT_M = 10_000.0
_ON_LEVEL = (SPACES, OPENINGS, CONNECTORS, AMENITIES, HAZARDS)


def prepare(plan: Floorplan, progress: Progress | None = None) -> Floorplan:
    """Check and repair ``plan`` in place (see the module text); returns it, in EPSG:25832."""
    progress = progress or Silent()
    # GDAL would print each self-intersection it finds; plan.problems says it once, better.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        _prepare(plan, progress)
    finally:
        gdal.PopErrorHandler()
    return plan


def _prepare(plan: Floorplan, progress: Progress) -> None:
    _drop_repeated_ids(plan)
    _reproject(plan, progress)
    levels = _check_levels(plan)
    for layer in _ON_LEVEL:
        plan.records[layer] = [r for r in plan.records[layer] if _placed(plan, layer, r, levels)]
    plan.records[SPACES] = _valid_polygons(plan, SPACES, "space_id")
    plan.records[HAZARDS] = _valid_polygons(plan, HAZARDS, "hazard_id")
    _check_categories(plan)
    _check_openings(plan, progress)
    _derive_connectors(plan)
    _fill_missing_outlines(plan)


def _drop_repeated_ids(plan: Floorplan) -> None:
    """One record per id and layer, the last the source gives (as the store would keep it),
    and a sentence when a source repeats ids."""
    for layer, records in plan.records.items():
        key = schema.layer(layer).key[0]
        last = {record.get(key): index for index, record in enumerate(records)}
        if len(last) == len(records):
            continue
        repeated = sorted({str(record.get(key)) for index, record in enumerate(records)
                           if last[record.get(key)] != index})
        plan.note(tr("{what}: {count} ids come more than once in the source (e.g. {example}); "
                     "the last of each is imported.").format(
                         count=len(repeated), what=_what(layer), example=", ".join(repeated[:3])))
        plan.records[layer] = [r for i, r in enumerate(records) if last[r.get(key)] == i]


def _note_far_away(plan: Floorplan, geometries: list[ogr.Geometry]) -> None:
    """A sentence when the floorplan lies far outside the area of the store's CRS."""
    to_wgs84 = osr.CoordinateTransformation(plan.crs, floorplan_wgs84())
    points = []
    for geometry in geometries:
        centre = geometry.Centroid()
        if centre is None or centre.IsEmpty():
            continue
        try:
            lon, lat, _ = to_wgs84.TransformPoint(centre.GetX(), centre.GetY())
        except RuntimeError:  # GDAL's exceptions on
            continue
        if math.isfinite(lon) and math.isfinite(lat):
            points.append((lon, lat))
    area = outside_store_area(points)
    if area:
        plan.note(area)


def _reproject(plan: Floorplan, progress: Progress) -> None:
    target = core.store_srs()
    transform = None if plan.crs.IsSame(target) else osr.CoordinateTransformation(
        plan.crs, target)
    # Outlines say where the floorplan is; a sample of spaces does for sources without them.
    _note_far_away(plan, [r[GEOMETRY] for layer in (BUILDINGS, LEVELS, SPACES) for r in
                          plan.records[layer][:200] if r.get(GEOMETRY) is not None
                          and _finite(r[GEOMETRY])])
    total = sum(len(records) for records in plan.records.values())
    done = 0
    for layer, records in plan.records.items():
        kept = []
        for record in records:
            done += 1
            if done % 200 == 0:
                step(progress, done, total, 0.0, 30.0)
            geometry = record.get(GEOMETRY)
            if geometry is not None and not _usable_coordinates(plan, layer, record,
                                                                transform):
                continue
            kept.append(record)
        plan.records[layer] = kept


def _usable_coordinates(plan: Floorplan, layer: str, record: dict[str, Any],
                        transform: osr.CoordinateTransformation | None) -> bool:
    """Reprojects the record's geometry; ``False`` (and a sentence) when its coordinates are
    no numbers, out of range, cannot be converted, or span more than a venue can."""
    geometry = record[GEOMETRY]
    what, key = _what(layer), _id(layer, record)
    if not _finite(geometry):
        plan.skip(tr("{what} {id}: its coordinates are not finite numbers; it is left "
                     "out.").format(what=what, id=key))
        return False
    if plan.crs.IsGeographic():
        minx, maxx, miny, maxy = geometry.GetEnvelope()
        if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
            plan.skip(tr("{what} {id}: its coordinates lie outside the range of longitude "
                         "and latitude (±180°, ±90°); it is left out. Check the file's "
                         "coordinate system.").format(what=what, id=key))
            return False
    if transform is not None and (geometry.Transform(transform) != ogr.OGRERR_NONE
                                  or not _finite(geometry)):
        plan.skip(tr("{what} {id}: its coordinates cannot be converted to ETRS89 / UTM 32N; "
                     "check the file's coordinate system.").format(what=what, id=key))
        return False
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    if max(maxx - minx, maxy - miny) > MAX_EXTENT_M:
        plan.skip(tr("{what} {id} is {km} km across, more than any building: its coordinates "
                     "are wrong; it is left out.").format(
                         what=what, id=key, km=f"{max(maxx - minx, maxy - miny) / 1000:.0f}"))
        return False
    return True


def _finite(geometry: ogr.Geometry) -> bool:
    if not all(math.isfinite(value) for value in geometry.GetEnvelope()):
        return False
    # An envelope may step over a NaN; the text never does.
    text = geometry.ExportToIsoWkt().lower()
    return "nan" not in text and "inf" not in text


def _check_levels(plan: Floorplan) -> dict[str, dict[str, Any]]:
    """The usable levels by id; warns about two levels of a building with one ordinal."""
    levels: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[str, int], str] = {}
    kept = []
    for level in plan.records[LEVELS]:
        if level.get("ordinal") is None:
            plan.skip(tr("Level {id}: it has no ordinal (floor number), so it and everything "
                         "on it is left out. Give the level an ordinal.").format(
                             id=level["level_id"]))
            continue
        key = (level.get("building_id"), level["ordinal"])
        if key in seen:
            plan.note(tr("Level {id} has the same ordinal {ordinal} as level {other} of the "
                         "same building: both are kept and shown together as one floor. "
                         "Check the ordinals if they are different floors.").format(
                             id=level["level_id"], ordinal=level["ordinal"], other=seen[key]))
        seen.setdefault(key, level["level_id"])
        levels[level["level_id"]] = level
        kept.append(level)
    plan.records[LEVELS] = kept
    return levels


def _placed(plan: Floorplan, layer: str, record: dict[str, Any],
            levels: dict[str, dict[str, Any]]) -> bool:
    """Whether ``record`` has a known level and a geometry; fills its ordinal and building."""
    if record.get(GEOMETRY) is None:
        plan.skip(tr("{what} {id} has no geometry and is left out.").format(
            what=_what(layer), id=_id(layer, record)))
        return False
    if not _fits(layer, record):
        plan.skip(tr("{what} {id} is drawn as {kind}, which this layer cannot hold; it is left "
                     "out.").format(what=_what(layer), id=_id(layer, record),
                                    kind=record[GEOMETRY].GetGeometryName()))
        return False
    level = levels.get(record.get("level_id"))
    if level is None:
        if layer == OPENINGS and record.get("level_id") is None:
            return True  # placed by the spaces it touches, in _check_openings
        reason = (tr("has no level") if record.get("level_id") is None else
                  tr("is on the unknown level {level}").format(level=record["level_id"]))
        plan.skip(tr("{what} {id} {reason} and is left out. Give it a level that the "
                     "floorplan defines.").format(what=_what(layer), id=_id(layer, record),
                                                  reason=reason))
        return False
    record["ordinal"] = level["ordinal"]
    record["building_id"] = level.get("building_id")
    return True


def _fits(layer: str, record: dict[str, Any]) -> bool:
    """Whether the record's geometry suits its layer, after simplifying one-part
    multi-geometries (doors may also be points: the checks draw them as lines)."""
    geometry = record[GEOMETRY]
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind in (ogr.wkbMultiPoint, ogr.wkbMultiLineString) and \
            geometry.GetGeometryCount() == 1:
        geometry = record[GEOMETRY] = geometry.GetGeometryRef(0).Clone()
        kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if layer == OPENINGS:
        return kind in (ogr.wkbLineString, ogr.wkbPoint)
    if layer in (CONNECTORS, AMENITIES):
        return kind == ogr.wkbPoint
    return kind in (ogr.wkbPolygon, ogr.wkbMultiPolygon)


def _valid_polygons(plan: Floorplan, layer: str, key: str) -> list[dict[str, Any]]:
    """Polygons as the store takes them: invalid ones repaired with MakeValid, multi-part ones
    split into one record per part (ids ``<id>#2``, ``#3``, …), empty ones left out."""
    kept = []
    for record in plan.records[layer]:
        geometry = record[GEOMETRY]
        if not geometry.IsValid():
            repaired = geometry.MakeValid()
            parts = _polygons(repaired) if repaired is not None else []
            if not parts:
                plan.skip(tr("{what} {id}: its outline is not a valid polygon and cannot be "
                             "repaired; it is left out.").format(
                                 what=_what(layer), id=record[key]))
                continue
            plan.repair(tr("{what} {id}: its outline was not a valid polygon (e.g. it crosses "
                           "itself) and was repaired.").format(what=_what(layer), id=record[key]))
        else:
            parts = _polygons(geometry)
        if not parts:
            plan.skip(tr("{what} {id} has no area and is left out.").format(
                what=_what(layer), id=record[key]))
            continue
        for number, part in enumerate(parts, start=1):
            suffix = "" if number == 1 else f"#{number}"
            kept.append({**record, key: record[key] + suffix, GEOMETRY: part})
        if len(parts) > 1:
            plan.note(tr("{what} {id} has {count} separate parts; each is stored as a space of "
                         "its own ({id}#2, …).").format(what=_what(layer), id=record[key],
                                                        count=len(parts)))
    return kept


def _polygons(geometry: ogr.Geometry | None) -> list[ogr.Geometry]:
    """The polygons with area in ``geometry`` (any collection), largest first; none for
    ``None`` (what MakeValid answers when GEOS cannot repair)."""
    if geometry is None:
        return []
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbPolygon:
        parts = [geometry.Clone()] if geometry.GetArea() >= MIN_AREA_M2 else []
    elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        parts = [p for i in range(geometry.GetGeometryCount())
                 for p in _polygons(geometry.GetGeometryRef(i))]
    else:
        parts = []
    for part in parts:
        part.FlattenTo2D()
    return sorted(parts, key=lambda p: -p.GetArea())


def _check_categories(plan: Floorplan) -> None:
    for space in plan.records[SPACES]:
        if space.get("category") is None:
            space["category"] = "room"
            plan.note(tr("Space {id}: the category {category} is unknown and was stored as "
                         "'room'.").format(id=space["space_id"],
                                           category=repr(space.get("source_category")))
                      )
        if space["category"] in NOT_ACCESSIBLE:
            space["accessible"] = 0
    for connector in plan.records[CONNECTORS]:
        if connector.get("kind") not in schema.CONNECTOR_KINDS:
            plan.note(tr("Connector {id}: the kind {kind} is unknown and was stored as "
                         "'stairs'.").format(id=connector["connector_id"],
                                             kind=repr(connector.get("kind"))))
            connector["kind"] = "stairs"


def _check_openings(plan: Floorplan, progress: Progress) -> None:
    """Keep openings that touch a space of their level; door points become door lines."""
    by_level: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for space in plan.records[SPACES]:
        by_level[space["level_id"]].append(space)
    on_level = {level: _SpaceIndex(spaces) for level, spaces in by_level.items()}
    everywhere = _SpaceIndex(plan.records[SPACES])
    empty = _SpaceIndex([])
    kept = []
    openings = plan.records[OPENINGS]
    for number, opening in enumerate(openings, start=1):
        if number % 50 == 0:
            step(progress, number, len(openings), 30.0, 40.0)
        if opening.get("level_id") is None and not _place_by_spaces(plan, opening, everywhere):
            continue
        touching = on_level.get(opening["level_id"], empty).touching(opening[GEOMETRY])
        if not touching:
            plan.skip(tr("Opening {id} on level {level} touches no space of that level and "
                         "is left out. Move it onto the wall between two spaces.").format(
                             id=opening["opening_id"], level=opening["level_id"]))
            continue
        if ogr.GT_Flatten(opening[GEOMETRY].GetGeometryType()) == ogr.wkbPoint:
            opening[GEOMETRY] = _door_line(opening[GEOMETRY], touching[0][GEOMETRY],
                                           opening.get("width_m") or DEFAULT_DOOR_LINE_M)
        elif opening.get("width_m") is None:
            # A door drawn as a line spans the opening: its length is the width.
            opening["width_m"] = round(opening[GEOMETRY].Length(), 2)
        kept.append(opening)
    plan.records[OPENINGS] = kept


def _place_by_spaces(plan: Floorplan, opening: dict[str, Any], spaces: _SpaceIndex) -> bool:
    """Give a door without a level the level of the spaces it touches, when that is one."""
    levels = {space["level_id"]: space for space in spaces.touching(opening[GEOMETRY])}
    if len(levels) != 1:
        where = (tr("touches no space") if not levels else
                 tr("touches spaces on the levels {levels}").format(
                     levels=", ".join(sorted(levels))))
        plan.skip(tr("Opening {id} has no level and {where}; it is left out. Give it a "
                     "level.").format(id=opening["opening_id"], where=where))
        return False
    space = next(iter(levels.values()))
    for name in ("level_id", "ordinal", "building_id"):
        opening[name] = space[name]
    return True


class _SpaceIndex:
    """Spaces in a grid of square cells, so finding the spaces near a door looks at a few
    candidates instead of every space of the level (thousands in a large venue). A space or
    door spanning more than ``MAX_CELLS`` cells (kilometres: broken coordinates) is not put
    into the grid but checked against everything: the index never grows with the extent."""

    CELL_M = 10.0
    MAX_CELLS = 10_000

    def __init__(self, spaces: list[dict[str, Any]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        self.entries: list[tuple] = []
        self.large: list[tuple] = []
        for space in spaces:
            envelope = space[GEOMETRY].GetEnvelope()
            entry = (envelope, space[GEOMETRY].Boundary(), space)
            self.entries.append(entry)
            cells = self._cells(envelope)
            if cells is None:
                self.large.append(entry)
                continue
            for cell in cells:
                self.cells[cell].append(entry)

    def _cells(self, envelope: tuple[float, float, float, float]
               ) -> list[tuple[int, int]] | None:
        minx, maxx, miny, maxy = envelope
        size, margin = self.CELL_M, TOUCH_TOLERANCE_M
        if not all(math.isfinite(v) for v in envelope):
            return None
        columns = range(math.floor((minx - margin) / size), math.floor((maxx + margin) / size) + 1)
        rows = range(math.floor((miny - margin) / size), math.floor((maxy + margin) / size) + 1)
        if len(columns) * len(rows) > self.MAX_CELLS:
            return None
        return [(i, j) for i in columns for j in rows]

    def touching(self, geometry: ogr.Geometry) -> list[dict[str, Any]]:
        """The spaces whose outline is within the tolerance of ``geometry``, nearest first."""
        minx, maxx, miny, maxy = envelope = geometry.GetEnvelope()
        margin = TOUCH_TOLERANCE_M
        cells = self._cells(envelope)
        candidates = self.entries if cells is None else \
            [entry for cell in cells for entry in self.cells.get(cell, ())] + self.large
        near, seen = [], set()
        for (sx0, sx1, sy0, sy1), boundary, space in candidates:
            if id(space) in seen or sx0 - margin > maxx or sx1 + margin < minx or \
                    sy0 - margin > maxy or sy1 + margin < miny:
                continue
            seen.add(id(space))
            distance = boundary.Distance(geometry)
            if distance <= margin:
                near.append((distance, space))
        near.sort(key=lambda pair: pair[0])
        return [space for _, space in near]


def _door_line(point: ogr.Geometry, polygon: ogr.Geometry, width: float) -> ogr.Geometry:
    """A line ``width`` long along the wall of ``polygon`` nearest to ``point``, centred on
    the point's foot on that wall: how the store draws doors."""
    px, py = point.GetX(), point.GetY()
    best = None
    for ring_index in range(polygon.GetGeometryCount()):
        ring = polygon.GetGeometryRef(ring_index)
        for i in range(ring.GetPointCount() - 1):
            (ax, ay), (bx, by) = ring.GetPoint_2D(i), ring.GetPoint_2D(i + 1)
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            if length2 == 0:
                continue
            t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
            fx, fy = ax + t * dx, ay + t * dy
            distance = math.hypot(px - fx, py - fy)
            if best is None or distance < best[0]:
                best = (distance, fx, fy, dx, dy, math.sqrt(length2))
    _, fx, fy, dx, dy, length = best
    ux, uy = dx / length * width / 2, dy / length * width / 2
    line = ogr.Geometry(ogr.wkbLineString)
    line.AddPoint_2D(fx - ux, fy - uy)
    line.AddPoint_2D(fx + ux, fy + uy)
    return line


def _derive_connectors(plan: Floorplan) -> None:
    """One connector per stair, elevator, escalator and ramp space, at a point inside it;
    such spaces that overlap on different levels of a building share a ``shaft_id``."""
    shafts = [s for s in plan.records[SPACES] if s["category"] in schema.CONNECTOR_KINDS]
    parent = {s["space_id"]: s["space_id"] for s in shafts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, a in enumerate(shafts):
        for b in shafts[i + 1:]:
            if (a["building_id"], a["category"]) == (b["building_id"], b["category"]) and \
                    a["level_id"] != b["level_id"] and _overlap(a[GEOMETRY], b[GEOMETRY]):
                low, high = sorted((root(a["space_id"]), root(b["space_id"])))
                parent[high] = low
    existing = {c["connector_id"] for c in plan.records[CONNECTORS]}
    for space in shafts:
        if space["space_id"] in existing:
            continue
        accessible = space.get("accessible")
        if accessible is None:
            accessible = int(space["category"] not in NOT_ACCESSIBLE)
        plan.records[CONNECTORS].append({
            "connector_id": space["space_id"], "kind": space["category"],
            "level_id": space["level_id"], "ordinal": space["ordinal"],
            "building_id": space["building_id"], "accessible": accessible,
            "shaft_id": root(space["space_id"]), "name": space.get("name"),
            "source": space["source"], GEOMETRY: space[GEOMETRY].PointOnSurface(),
        })


def _overlap(a: ogr.Geometry, b: ogr.Geometry) -> bool:
    if not a.Intersects(b):
        return False
    shared = a.Intersection(b)
    return shared is not None and \
        shared.GetArea() >= SHAFT_OVERLAP * min(a.GetArea(), b.GetArea())


def _fill_missing_outlines(plan: Floorplan) -> None:
    """A level without an outline gets the union of its spaces; a building without one the
    union of its levels (sources such as OSM often draw neither)."""
    spaces_on: dict[str, list[ogr.Geometry]] = defaultdict(list)
    for space in plan.records[SPACES]:
        spaces_on[space["level_id"]].append(space[GEOMETRY])
    levels_of: dict[str, list[ogr.Geometry]] = defaultdict(list)
    for level in plan.records[LEVELS]:
        if level.get(GEOMETRY) is None and spaces_on[level["level_id"]]:
            level[GEOMETRY] = _union(spaces_on[level["level_id"]])
        if level.get(GEOMETRY) is not None:
            level[GEOMETRY] = _valid_area(level[GEOMETRY])
            levels_of[level.get("building_id")].append(level[GEOMETRY])
    for building in plan.records[BUILDINGS]:
        if building.get(GEOMETRY) is None and levels_of[building["building_id"]]:
            building[GEOMETRY] = _union(levels_of[building["building_id"]])
        if building.get(GEOMETRY) is not None:
            building[GEOMETRY] = _valid_area(building[GEOMETRY])


def _union(geometries: list[ogr.Geometry]) -> ogr.Geometry:
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for geometry in geometries:
        for part in _polygons(geometry if geometry.IsValid() else geometry.MakeValid()):
            collection.AddGeometry(part)
    return collection.UnionCascaded()


def _valid_area(geometry: ogr.Geometry) -> ogr.Geometry | None:
    """A MultiPolygon of the areas in ``geometry``, repaired if needed (outlines are only
    drawn, so their repair is not reported)."""
    parts = _polygons(geometry if geometry.IsValid() else geometry.MakeValid())
    if not parts:
        return None
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        multi.AddGeometry(part)
    return multi


def _what(layer: str) -> str:
    return {SPACES: tr("Space"), OPENINGS: tr("Opening"), CONNECTORS: tr("Connector"),
            AMENITIES: tr("Amenity"), HAZARDS: tr("Hazard"), LEVELS: tr("Level"),
            BUILDINGS: tr("Building")}[layer]


def _id(layer: str, record: dict[str, Any]) -> str:
    key = schema.layer(layer).key[0]
    return str(record.get(key))
