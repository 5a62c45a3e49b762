"""Plain floorplans, as CAD exports deliver them (GeoJSON, GeoPackage or any vector file GDAL
reads), into a :class:`~.floorplan.Floorplan`.

The user names the field that holds the level (``0``, ``-1``, ``EG``, ``1. OG``, ``UG``, …)
and, optionally, the one that holds the room type (German or English words: ``Büro``,
``Flur``, ``Treppe``, ``Aufzug``, ``WC``, …). Polygons become spaces, lines doors, points
amenities. A name comes from a field called name, Name, Bezeichnung, Raumname or Raumnummer,
an id from a field called id (else the feature number); ids are ``plain:<file>:<id>``.

A file without a coordinate system, or one whose "WGS 84" coordinates are obviously metres
(GeoJSON written without its ``crs``), is read as ETRS89 / UTM 32N, and the log says so.
"""

from __future__ import annotations

import re
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..store import gpkg
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
                         source: str, building_id: str = "") -> Floorplan:
    """A floorplan from the vector file ``path`` (``file.gpkg|layername=rooms`` picks a
    layer); ``source`` names the import. Ids are the building's (``building_id``, else one
    named after ``source``), the level's and the feature's: CAD exports number rooms per
    floor, and two buildings' files are often called alike."""
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
    for wanted in (level_field, room_type_field):
        if wanted and wanted not in fields:
            raise FloorplanFormatError(tr(
                "{path} has no field “{field}”. Its fields are: {fields}.").format(
                    path=Path(filename).name, field=wanted, fields=", ".join(fields)))
    plan = Floorplan(f"plain {source}", _crs(layer, Path(filename).name))
    if plan.crs is None:
        plan.crs = gpkg.store_srs()
        plan.note(tr("{file} does not say its coordinate system, or its coordinates are not "
                     "degrees: it was read as ETRS89 / UTM 32N (EPSG:25832).").format(
                         file=Path(filename).name))
    _Reader(plan, source, building_id, fields, level_field, room_type_field).read(layer)
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
        self.building = building_id or f"plain:{source}"
        self.levels: dict[int, str] = {}
        self.keys: set[str] = set()

    def read(self, layer: ogr.Layer) -> None:
        self.plan.add(BUILDINGS, {"building_id": self.building, "name": self.source})
        for feature in layer:
            self._feature(feature)

    def _feature(self, feature: ogr.Feature) -> None:
        raw_id = feature.GetField(self.id_field) if self.id_field else None
        name = raw_id if raw_id not in (None, "") else feature.GetFID()
        value = feature.GetField(self.level_field)
        ordinal = parse_level(value)
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
        record = {"level_id": self._level(ordinal), gpkg.GEOMETRY: geometry,
                  "name": feature.GetField(self.name_field) if self.name_field else None}
        kind = ogr.GT_Flatten(geometry.GetGeometryType())
        if kind in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
            category = space_category(room_type) if self.room_type_field else "room"
            self.plan.add(SPACES, {**record, "space_id": key, "category": category,
                                   "source_category": room_type})
        elif kind in (ogr.wkbLineString, ogr.wkbMultiLineString):
            record.pop("name")
            self.plan.add(OPENINGS, {**record, "opening_id": key, "category": "door",
                                     gpkg.GEOMETRY: ogr.ForceToLineString(geometry)})
        elif kind in (ogr.wkbPoint, ogr.wkbMultiPoint):
            self.plan.add(AMENITIES, {**record, "amenity_id": key, "category": room_type})
        else:
            self.plan.ignore(ogr.GeometryTypeToName(kind))

    def _level(self, ordinal: int) -> str:
        if ordinal not in self.levels:
            self.levels[ordinal] = f"{self.building}:L{ordinal}"
            self.plan.add(LEVELS, {"level_id": self.levels[ordinal],
                                   "building_id": self.building, "ordinal": ordinal,
                                   "short_name": str(ordinal)})
        return self.levels[ordinal]
