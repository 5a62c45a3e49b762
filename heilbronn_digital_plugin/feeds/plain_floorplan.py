"""Plain floorplans, as CAD exports deliver them (GeoJSON, GeoPackage or any vector file GDAL
reads), into a :class:`~.floorplan.Floorplan`.

The user names the field that holds the level (``0``, ``-1``, ``EG``, ``1. OG``, ``UG``, …)
and, optionally, the one that holds the room type (German or English words: ``Büro``,
``Flur``, ``Treppe``, ``Aufzug``, ``WC``, …). Polygons become spaces, lines doors, points
amenities. A name comes from a field called name, Name, Bezeichnung, Raumname or Raumnummer,
an id from a field called id (else the feature number); ids are ``plain:<file>:<id>``.

A file without a coordinate system, or one whose "WGS 84" coordinates are obviously metres
(GeoJSON written without its ``crs``), is read as ETRS89 / UTM 32N, and the log says so.

CAD drawings (a DXF, or a DXF converted to GeoJSON) draw rooms as closed polylines on layers
named by the office's convention (``A_Raum_Flur``, ``ABY_Zone_ZIND``), facades and walls as
open lines, and carry no level: a closed ring is a space, the room type comes from the
words of its CAD layer name when no room type field is named, a text inside a room names it
(and types it where the layer did not: "WC 0.12"), open lines are doors only on a layer
whose name says door (facades and walls are counted, not imported), and the planner gives
one level for the whole file.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..store import core
from ..toolbelt.i18n import tr
from .floorplan import (
    AMENITIES,
    BUILDINGS,
    LEVELS,
    OPENINGS,
    SPACES,
    Floorplan,
    FloorplanFormatError,
    ordinal_of,
    space_category,
)

# A polyline whose ends lie this close (in the file's units, metres or degrees: a tenth of a
# millimetre, or about a centimetre) is closed: CAD snaps a room's last corner onto its first.
CLOSED_GAP = 1e-4
NAME_FIELDS = ("name", "bezeichnung", "raumname", "raumnummer", "room", "label")
ID_FIELDS = ("id", "raum_id", "room_id", "space_id")
# German floor names: Erdgeschoss, Obergeschoss, Untergeschoss, Kellergeschoss, Dachgeschoss
# is not a fixed number and is not guessed.
_GROUND = re.compile(r"^(eg|erdgeschoss|ground|gf|g)$")
_UPPER = re.compile(r"^(\d+)\.?\s*(og|obergeschoss|stock|etage)$|^og\s*(\d+)$")
_LOWER = re.compile(r"^(\d+)?\.?\s*(ug|untergeschoss|kg|kellergeschoss|keller)$|^ug\s*(\d+)$")


def parse_level(value: object) -> int | None:
    """The ordinal of a level value: numbers (``2``, ``"-1"``, ``"2.0"``) and German floor
    names (``EG`` 0, ``1. OG`` 1, ``OG2`` 2, ``UG``/``KG`` -1, ``2. UG`` -2); ``None`` if it
    is neither."""
    if value is None:
        return None
    text = str(value).strip().lower()
    try:
        return ordinal_of(float(text.replace(",", ".")))
    except ValueError:
        pass
    if _GROUND.match(text):
        return 0
    upper = _UPPER.match(text)
    if upper:
        return ordinal_of(int(upper.group(1) or upper.group(3)))
    lower = _LOWER.match(text)
    if lower:
        return ordinal_of(-int(lower.group(1) or lower.group(3) or 1))
    return None


def read_plain_floorplan(path: str, level_field: str, room_type_field: str | None,
                         source: str, building_id: str = "", level: str = "") -> Floorplan:
    """A floorplan from the vector file ``path`` (``file.gpkg|layername=rooms`` picks a
    layer); ``source`` names the import. Ids are the building's (``building_id``, else one
    named after ``source``), the level's and the feature's: CAD exports number rooms per
    floor, and two buildings' files are often called alike. ``level`` (a number or a floor
    name) is the level of every feature without one in ``level_field``, or of all of them
    when no field is named."""
    ordinal = parse_level(level) if level.strip() else None
    if level.strip() and ordinal is None:
        raise FloorplanFormatError(tr(
            "The level {value} is neither a number nor a floor name such as EG or 1. OG.")
            .format(value=repr(level)))
    filename, _, layer_name = path.partition("|layername=")
    try:
        ds = gdal.OpenEx(filename, gdal.OF_VECTOR)
    except (RuntimeError, UnicodeDecodeError):
        # GDAL's exceptions on (QGIS 3.40's Processing does that); their message may quote
        # bytes of the file that are not UTF-8.
        ds = None
    if ds is None:
        raise FloorplanFormatError(tr("{path} is not a vector file GDAL can read.").format(
            path=filename))
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        raise FloorplanFormatError(tr("{path} has no layer {layer}.").format(
            path=filename, layer=layer_name or "0"))
    fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
              for i in range(layer.GetLayerDefn().GetFieldCount())]
    if not level_field and ordinal is None:
        raise FloorplanFormatError(tr(
            "A plain floorplan needs its level: name the field that says on which level each "
            "room is, or give one level for the whole file (a CAD drawing of one floor)."))
    for wanted in (level_field, room_type_field):
        if wanted and wanted not in fields:
            raise FloorplanFormatError(tr(
                "{path} has no field “{field}”. Its fields are: {fields}.").format(
                    path=Path(filename).name, field=wanted, fields=", ".join(fields)))
    plan = Floorplan(f"plain {source}", _crs(layer, Path(filename).name))
    if plan.crs is None:
        plan.crs = core.store_srs()
        plan.note(tr("{file} does not say its coordinate system, or its coordinates are not "
                     "degrees: it was read as ETRS89 / UTM 32N (EPSG:25832).").format(
                         file=Path(filename).name))
    reader = _Reader(plan, source, building_id, fields, level_field, room_type_field)
    reader.level = ordinal
    reader.read(layer)
    return plan


def _crs(layer: ogr.Layer, filename: str) -> osr.SpatialReference | None:
    """The layer's CRS, or ``None`` when it has none or claims degrees for metres."""
    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs.IsGeographic():
        minx, maxx, miny, maxy = layer.GetExtent()
        if min(minx, miny) < -180 or maxx > 180 or maxy > 90:
            return None
    return srs


class _Reader:
    def __init__(self, plan: Floorplan, source: str, building_id: str, fields: list[str],
                 level_field: str, room_type_field: str | None) -> None:
        self.plan, self.source = plan, source
        self.level_field, self.room_type_field = level_field, room_type_field
        lower = {name.lower(): name for name in fields}
        self.name_field = next((lower[n] for n in NAME_FIELDS if n in lower), None)
        self.id_field = next((lower[n] for n in ID_FIELDS if n in lower), None)
        # The entity's CAD layer and a text entity's words (GDAL's DXF driver's fields).
        self.cad_layer_field = lower.get("layer")
        self.text_field = lower.get("text") if self.cad_layer_field else None
        self.labels: list[tuple[str, ogr.Geometry, str]] = []
        self.level: int | None = None
        self.left_lines: dict[str, int] = {}
        self.building = building_id or f"plain:{source}"
        self.levels: dict[int, str] = {}
        self.keys: set[str] = set()

    def read(self, layer: ogr.Layer) -> None:
        self.plan.add(BUILDINGS, {"building_id": self.building, "name": self.source})
        for feature in layer:
            self._feature(feature)
        self._name_spaces()
        if self.left_lines:
            count = sum(self.left_lines.values())
            self.plan.ignore(tr("lines on CAD layers that are no doors"), count)
            self.plan.note(tr("{count} open lines on CAD layers whose names say no door "
                              "({layers}) were not imported: facades and walls are no "
                              "doors.").format(count=count, layers=", ".join(
                                  sorted(self.left_lines)[:8])))

    def _feature(self, feature: ogr.Feature) -> None:
        raw_id = feature.GetField(self.id_field) if self.id_field else None
        name = raw_id if raw_id not in (None, "") else feature.GetFID()
        value = feature.GetField(self.level_field) if self.level_field else None
        ordinal = parse_level(value)
        if ordinal is None and value in (None, "") and self.level is not None:
            ordinal = self.level
        geometry = feature.GetGeometryRef()
        if ordinal is None:
            self.plan.skip(tr("Feature {id}: the level {value} in field “{field}” is neither a "
                              "number nor a floor name such as EG or 1. OG; it is left "
                              "out.").format(id=name, value=repr(value), field=self.level_field))
            return
        key = f"{self.building}:L{ordinal}:{name}"
        if key in self.keys:
            self.plan.note(tr("Feature {id} appears more than once on level {ordinal}; the "
                              "repeat is kept as {key}.").format(
                                  id=name, ordinal=ordinal, key=f"{key}#{feature.GetFID()}"))
            key = f"{key}#{feature.GetFID()}"
        self.keys.add(key)
        if geometry is None:
            self.plan.skip(tr("Feature {id} has no geometry and is left out.").format(id=key))
            return
        room_type = feature.GetField(self.room_type_field) if self.room_type_field else None
        cad_layer = feature.GetField(self.cad_layer_field) if self.cad_layer_field else None
        kind = ogr.GT_Flatten(geometry.GetGeometryType())
        outline = closed_rings(geometry) if kind in (ogr.wkbLineString,
                                                     ogr.wkbMultiLineString) else None
        if outline is not None:
            geometry, kind = outline, ogr.wkbMultiPolygon
        elif kind in (ogr.wkbLineString, ogr.wkbMultiLineString) and cad_layer and \
                cad_kind(cad_layer) != "door":
            self.left_lines[cad_layer] = self.left_lines.get(cad_layer, 0) + 1
            return
        record = {"level_id": self._level(ordinal), core.GEOMETRY: geometry,
                  "name": feature.GetField(self.name_field) if self.name_field else None}
        if kind in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
            if self.room_type_field:
                category = space_category(room_type)
            elif cad_layer:
                room_type = cad_layer
                category = cad_kind(cad_layer)
                category = None if category == "door" else category
            else:
                category = "room"
            self.plan.add(SPACES, {**record, "space_id": key, "category": category,
                                   "source_category": room_type})
        elif kind in (ogr.wkbLineString, ogr.wkbMultiLineString):
            record.pop("name")
            self.plan.add(OPENINGS, {**record, "opening_id": key, "category": "door",
                                     core.GEOMETRY: ogr.ForceToLineString(geometry)})
        elif kind in (ogr.wkbPoint, ogr.wkbMultiPoint) and self.text_field and \
                (feature.GetField(self.text_field) or "").strip():
            # A CAD text in a room is its label ("Büro 1.07"), not an amenity.
            self.labels.append((record["level_id"], geometry.Clone(),
                                " ".join(feature.GetField(self.text_field).split())))
        elif kind in (ogr.wkbPoint, ogr.wkbMultiPoint):
            self.plan.add(AMENITIES, {**record, "amenity_id": key, "category": room_type})
        else:
            self.plan.ignore(ogr.GeometryTypeToName(kind))

    def _name_spaces(self) -> None:
        """Give each CAD text to the space on its level that holds it: as its name, and as
        its category where the layer name told none or only "room" ("WC 0.12": a
        restroom)."""
        spaces = self.plan.records[SPACES]
        unplaced = 0
        for level_id, point, text in self.labels:
            space = next((s for s in spaces if s["level_id"] == level_id and
                          s[core.GEOMETRY].Contains(point)), None)
            if space is None:
                unplaced += 1
                continue
            space["name"] = space.get("name") or text
            told = next((c for c in map(space_category, text.lower().split()) if c), None)
            if told and space.get("category") in (None, "room"):
                space["category"] = told
        if unplaced:
            self.plan.ignore(tr("CAD texts in no room"), unplaced)

    def _level(self, ordinal: int) -> str:
        if ordinal not in self.levels:
            self.levels[ordinal] = f"{self.building}:L{ordinal}"
            self.plan.add(LEVELS, {"level_id": self.levels[ordinal],
                                   "building_id": self.building, "ordinal": ordinal,
                                   "short_name": str(ordinal)})
        return self.levels[ordinal]


# Words in CAD layer names beyond the room types every reader knows (floorplan.py).
_CAD_WORDS = {"zone": "room", "raeume": "room", "räume": "room", "rooms": "room",
              "space": "room", "spaces": "room", "stair": "stairs", "treppen": "stairs",
              "toiletten": "restroom", "sanitaer": "restroom", "verkehr": "corridor",
              "verkehrsflaeche": "corridor", "tür": "door", "tuer": "door", "türen": "door",
              "tueren": "door", "door": "door", "doors": "door", "öffnung": "door",
              "oeffnung": "door", "opening": "door"}


def cad_kind(layer_name: str) -> str | None:
    """What a CAD layer name says its entities are: a space category, "door", or ``None``
    when no word of it is known. "A_Raum_Flur" is a corridor (the most specific word
    wins: the last known one), "A-Tuer" a door, "ABY_Zone_ZIND" a room."""
    words = [w for w in re.split(r"[\s_\-.:|/]+", str(layer_name).lower()) if w]
    kinds = [space_category(w) or _CAD_WORDS.get(w) for w in words]
    known = [k for k in kinds if k is not None]
    return known[-1] if known else None


def closed_rings(geometry: ogr.Geometry) -> ogr.Geometry | None:
    """A (multi)line whose every part ends where it starts, as polygons: a room as CAD
    draws it (a closed polyline); ``None`` when a part is open or has under three corners."""
    parts = [geometry] if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbLineString \
        else [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    polygons = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        points = [part.GetPoint_2D(i) for i in range(part.GetPointCount())]
        if len(points) < 4 or math.dist(points[0], points[-1]) > CLOSED_GAP:
            return None
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in points[:-1] + points[:1]:
            ring.AddPoint_2D(x, y)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        polygons.AddGeometry(polygon)
    return polygons if polygons.GetGeometryCount() else None
