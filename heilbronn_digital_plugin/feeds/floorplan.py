"""What every floorplan reader (IMDF, OSM indoor, plain CAD exports) produces: records for the
store's indoor layers, plus what it had to skip or repair, said in sentences.

Readers fill a :class:`Floorplan` in the source's CRS with the layer field names of
``store/schema.py``; :mod:`.floorplan_checks` then reprojects, repairs and checks it, and
:mod:`.floorplan_store` writes it. Ids are prefixed with the source by the readers, so two
imports never collide and a re-import of the same source updates its records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from osgeo import ogr, osr

from ..store import schema
from ..toolbelt.i18n import tr

BUILDINGS = schema.INDOOR_BUILDINGS.name
LEVELS = schema.INDOOR_LEVELS.name
SPACES = schema.INDOOR_SPACES.name
OPENINGS = schema.INDOOR_OPENINGS.name
CONNECTORS = schema.INDOOR_CONNECTORS.name
AMENITIES = schema.INDOOR_AMENITIES.name
HAZARDS = schema.INDOOR_HAZARDS.name
INDOOR_LAYERS = (BUILDINGS, LEVELS, SPACES, OPENINGS, CONNECTORS, AMENITIES, HAZARDS)

# Plugin space categories by the words sources use for them (IMDF unit categories, OSM room=*
# values, German and English CAD room types). Matched after lower-casing; an IMDF category
# such as "restroom.female.wheelchair" is looked up whole, then by its first part.
_SPACE_WORDS = {
    "room": ("room", "unspecified", "auditorium", "classroom", "laboratory", "library",
             "kitchen", "foodservice", "fitnessroom", "firstaid", "lounge", "theater",
             "movietheater", "recreation", "shower", "mothersroom", "privatelounge",
             "smokingarea", "conference", "class", "lecture", "shop", "raum", "hörsaal",
             "seminarraum", "küche", "besprechung", "besprechungsraum", "sitzungssaal",
             "saal", "labor", "bibliothek", "cafeteria", "kantine"),
    "corridor": ("corridor", "walkway", "walkway.island", "footbridge", "movingwalkway",
                 "platform", "area", "hallway", "flur", "gang", "korridor", "verkehrsfläche",
                 "durchgang", "halle"),
    "lobby": ("lobby", "waitingroom", "entrance", "foyer", "eingang", "eingangshalle",
              "wartebereich", "warteraum"),
    "office": ("office", "conferenceroom", "huddleroom", "phoneroom", "büro", "buero",
               "arbeitsraum", "sekretariat"),
    "storage": ("storage", "mailroom", "serverroom", "lager", "abstellraum", "archiv",
                "technik", "technikraum"),
    "stairs": ("stairs", "steps", "staircase", "stairwell", "treppe", "treppenhaus",
               "treppenraum"),
    "elevator": ("elevator", "lift", "aufzug", "fahrstuhl"),
    "escalator": ("escalator", "rolltreppe", "fahrtreppe"),
    "ramp": ("ramp", "rampe"),
    "restroom": ("restroom", "toilet", "toilets", "wc", "toilette", "sanitär", "dusche"),
    "nonpublic": ("nonpublic", "structure", "column", "brick", "concrete", "drywall", "glass",
                  "wood", "opentobelow", "private", "shaft", "schacht", "nicht öffentlich",
                  "nichtöffentlich", "wand"),
    "outdoor": ("outdoor", "terrace", "vegetation", "road", "parking", "fieldofplay",
                "unenclosedarea", "terrasse", "balkon", "hof", "außenbereich"),
}
SPACE_CATEGORY_OF = {word: category for category, words in _SPACE_WORDS.items()
                     for word in words}
# No building has more floors (the tallest has 163) or deeper basements: an ordinal beyond is
# a broken value (1e308), not a level.
MAX_ORDINAL = 200
# Spaces a wheelchair cannot use whatever the source says.
NOT_ACCESSIBLE = frozenset({"stairs", "escalator"})


def ordinal_of(number: float) -> int | None:
    """A level ordinal from a number: whole and within ±``MAX_ORDINAL``, else ``None``."""
    try:
        value = float(number)
    except OverflowError:  # an integer beyond any float
        return None
    if not math.isfinite(value) or not value.is_integer() or abs(value) > MAX_ORDINAL:
        return None
    return int(value)


def space_category(word: Any) -> str | None:
    """The plugin's space category for a source's word, or ``None`` when it is unknown."""
    if word is None:
        return None
    text = str(word).strip().lower()
    if text in SPACE_CATEGORY_OF:
        return SPACE_CATEGORY_OF[text]
    return SPACE_CATEGORY_OF.get(text.split(".")[0])


@dataclass
class Floorplan:
    """Indoor records of one source, ready for checks. ``records`` maps each indoor layer
    to its records (field names of the schema, ``geometry`` an ``ogr.Geometry`` in ``crs``).
    A space may also carry ``source_category``, the source's own word, for the message about
    a category the plugin does not know; the store has no column for it.

    ``problems`` says, one sentence each, what was skipped or repaired and why; ``skipped``
    and ``repaired`` count the records concerned; ``ignored`` counts source features the
    store has no layer for (IMDF details, fixtures), by kind.
    """

    source: str
    crs: osr.SpatialReference
    records: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in INDOOR_LAYERS})
    problems: list[str] = field(default_factory=list)
    skipped: int = 0
    repaired: int = 0
    ignored: dict[str, int] = field(default_factory=dict)

    def add(self, layer: str, record: dict[str, Any]) -> None:
        """Add a copy of ``record``; its geometry is copied too, because the checks transform
        geometries in place and a reader may use one geometry for several records."""
        record = {"source": self.source, **record}
        if record.get("geometry") is not None:
            record["geometry"] = record["geometry"].Clone()
        self.records[layer].append(record)

    def skip(self, message: str) -> None:
        self.problems.append(message)
        self.skipped += 1

    def repair(self, message: str) -> None:
        self.problems.append(message)
        self.repaired += 1

    def note(self, message: str) -> None:
        """A problem that neither skips nor repairs a record (e.g. an unknown category)."""
        self.problems.append(message)

    def ignore(self, kind: str, count: int = 1) -> None:
        self.ignored[kind] = self.ignored.get(kind, 0) + count


def rename_building(plan: Floorplan, building_id: str = "", name: str = "") -> bool:
    """File everything under the building ``building_id`` and/or call it ``name``, for
    sources with one building or none; ``False`` (and a note) when the source has several,
    which keep their own ids and names."""
    buildings = plan.records[BUILDINGS]
    if len(buildings) > 1:
        plan.note(tr("The source has {count} buildings, so the building id or name you gave "
                     "is not used: each building keeps its own.").format(count=len(buildings)))
        return False
    if not buildings:
        if not building_id:
            return False
        plan.add(BUILDINGS, {"building_id": building_id})
    if name:
        buildings[0]["name"] = name
    if building_id:
        buildings[0]["building_id"] = building_id
        for level in plan.records[LEVELS]:
            level["building_id"] = building_id
    return True


class FloorplanFormatError(ValueError):
    """The input is not a floorplan of the expected format; the message says why."""


def wgs84() -> osr.SpatialReference:
    """WGS 84 in longitude, latitude order, as GeoJSON and OSM give coordinates."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def geodesic_length(line: ogr.Geometry) -> float | None:
    """The length in metres of a WGS 84 line, measured in a transverse Mercator projection
    centred on it (exact to millimetres for a door): door widths must not take on the scale
    error of UTM 32N for buildings far from Heilbronn. ``None`` when the line is not on the
    globe (its coordinates are checked, and it is left out, later)."""
    lon, lat = line.GetPoint_2D(0)
    if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
        return None
    local = osr.SpatialReference()
    local.SetWellKnownGeogCS("WGS84")
    local.SetTM(lat, lon, 1.0, 0.0, 0.0)
    measured = line.Clone()
    try:
        transform = osr.CoordinateTransformation(wgs84(), local)
    except RuntimeError:  # GDAL's exceptions on (QGIS 3.40's Processing does that)
        return None
    if transform is None or measured.Transform(transform) != ogr.OGRERR_NONE:
        return None
    length = measured.Length()
    return length if math.isfinite(length) else None
