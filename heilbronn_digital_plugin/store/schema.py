"""The store's schema, declared once: every layer, its geometry, fields and source key.

Pure data (no OGR, no QGIS), so feeds, the GeoPackage writer, the layer loader and the tests
all read the same declaration. Later code depends on these layer and field names.

All geometries are in ETRS89 / UTM 32N (EPSG:25832). ``datetime`` fields hold UTC instants.
"""

from __future__ import annotations

from dataclasses import dataclass

STORE_EPSG = 25832
# Bumped when a layer or field changes, with a step in migrations.py: a store records the
# version that wrote it and is migrated forward when it is next written.
SCHEMA_VERSION = 3

# Field kinds; core.py maps them to OGR field types.
TEXT = "text"
INTEGER = "integer"
REAL = "real"
DATETIME = "datetime"

REPORT_STATUSES = ("open", "closed")
SITE_TYPES = ("garage", "on_street", "park_ride")
CONNECTOR_KINDS = ("elevator", "stairs", "escalator", "ramp")
FLAGS = (0, 1)
# The vocabulary the styles know. Not enforced: an IMDF or OSM import may bring others,
# which still load and draw with the style's fallback symbol.
SPACE_CATEGORIES = (
    "room", "corridor", "stairs", "elevator", "escalator", "ramp", "restroom", "nonpublic",
    "lobby", "office", "storage", "outdoor",
)
OPENING_CATEGORIES = ("door", "entrance", "opening", "emergency_exit")


@dataclass(frozen=True)
class Field:
    """One attribute column. ``allowed`` lists the only values a writer accepts (NULL aside)."""

    name: str
    kind: str = TEXT
    allowed: tuple | None = None


@dataclass(frozen=True)
class Layer:
    """One store table: ``geometry`` is an OGR geometry name, or ``None`` for a plain table.

    ``key`` names the source's own identifier (one or more fields): it gets a UNIQUE index and
    is what upserts match on.
    """

    name: str
    geometry: str | None
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    description: str

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"Layer {self.name!r} has no field {name!r}")


def _text(*names: str) -> tuple[Field, ...]:
    return tuple(Field(n) for n in names)


_SOURCE = Field("source")

CITY_BOUNDARY = Layer(
    "city_boundary", "MultiPolygon",
    (Field("name"), Field("municipality_key"), _SOURCE),
    key=("name",),
    description="Administrative boundary of the city.",
)
DISTRICTS = Layer(
    "districts", "MultiPolygon",
    (Field("name"), Field("district_code"), Field("population", INTEGER), _SOURCE),
    key=("name",),
    description="City districts (Stadtteile), for aggregating reports and parking by area.",
)
STREETS = Layer(
    "streets", "MultiLineString",
    (Field("name"), Field("water_hardness"), _SOURCE),
    key=("name",),
    description="Named streets, one multi-line per street name.",
)
CITIZEN_REPORTS = Layer(
    "citizen_reports", "Point",
    (
        *_text("service_request_id", "service_code", "service_name"),
        Field("status", allowed=REPORT_STATUSES),
        *_text("status_notes", "description", "agency_responsible", "address"),
        Field("requested_datetime", DATETIME),
        Field("updated_datetime", DATETIME),
        Field("expected_datetime", DATETIME),
        _SOURCE,
        # Source fields the schema does not know, kept verbatim as a JSON object.
        Field("extra_json"),
    ),
    # Ids are unique per server (and jurisdiction) only: two sources may both have a 101.
    key=("source", "service_request_id"),
    description="Citizen reports (Open311 GeoReport v2 service requests).",
)
PARKING_SITES = Layer(
    "parking_sites", "Point",
    (
        Field("site_id"),
        Field("name"),
        Field("site_type", allowed=SITE_TYPES),
        Field("capacity", INTEGER),
        *_text("address", "operator"),
        _SOURCE,
        # Snapshot of the latest reading, so the map needs no join with parking_occupancy.
        Field("free_latest", INTEGER),
        Field("occupancy_latest", REAL),
        # free, full, closed or unknown (STATUSES of feeds/parking_records.py): a closed
        # site has no free space and no occupancy, and the map shows it as closed.
        Field("status_latest"),
        Field("observed_latest", DATETIME),
        # What the source got wrong, as comma-separated flags (feeds/parking_records.py),
        # e.g. "no_position,placeholder_capacity"; NULL when nothing was wrong.
        Field("quality"),
        # Source fields the schema does not know, kept verbatim as a JSON object.
        Field("extra_json"),
    ),
    key=("site_id",),
    description="Parking garages, park-and-ride sites and on-street bays with sensors.",
)
PARKING_OCCUPANCY = Layer(
    "parking_occupancy", None,
    (
        Field("site_id"),
        Field("observed_at", DATETIME),
        Field("free", INTEGER),
        Field("occupied", INTEGER),
        Field("capacity", INTEGER),
        Field("status"),
        Field("quality"),
    ),
    key=("site_id", "observed_at"),
    description="Occupancy readings per parking site over time.",
)
INDOOR_BUILDINGS = Layer(
    "indoor_buildings", "MultiPolygon",
    (Field("building_id"), Field("name"), Field("address"), _SOURCE),
    key=("building_id",),
    description="Footprints of buildings with an indoor floorplan.",
)
INDOOR_LEVELS = Layer(
    "indoor_levels", "MultiPolygon",
    (
        Field("level_id"), Field("building_id"), Field("ordinal", INTEGER),
        Field("short_name"), Field("name"), _SOURCE,
    ),
    key=("level_id",),
    description="Floors of a building; ordinal 0 is the ground floor.",
)
INDOOR_SPACES = Layer(
    "indoor_spaces", "Polygon",
    (
        Field("space_id"), Field("level_id"), Field("building_id"), Field("ordinal", INTEGER),
        Field("category"), Field("name"), Field("accessible", INTEGER, FLAGS), _SOURCE,
    ),
    key=("space_id",),
    description="Rooms, corridors, stairwells and other spaces that tile each level.",
)
INDOOR_OPENINGS = Layer(
    "indoor_openings", "LineString",
    (
        Field("opening_id"), Field("level_id"), Field("building_id"), Field("ordinal", INTEGER),
        Field("category"), Field("width_m", REAL), Field("accessible", INTEGER, FLAGS), _SOURCE,
    ),
    key=("opening_id",),
    description="Doors and openings, drawn on the wall they pierce; width_m is the clear width.",
)
INDOOR_CONNECTORS = Layer(
    "indoor_connectors", "Point",
    (
        Field("connector_id"), Field("kind", allowed=CONNECTOR_KINDS), Field("level_id"),
        Field("ordinal", INTEGER), Field("building_id"), Field("accessible", INTEGER, FLAGS),
        # Connectors on different levels with the same shaft_id are linked vertically.
        Field("shaft_id"), Field("name"), _SOURCE,
    ),
    key=("connector_id",),
    description="Where elevators, stairs, escalators and ramps join a level.",
)
INDOOR_AMENITIES = Layer(
    "indoor_amenities", "Point",
    (
        Field("amenity_id"), Field("level_id"), Field("building_id"), Field("ordinal", INTEGER),
        Field("category"), Field("name"), _SOURCE,
    ),
    key=("amenity_id",),
    description="Points of interest inside buildings: information desks, toilets, exits.",
)
INDOOR_HAZARDS = Layer(
    "indoor_hazards", "Polygon",
    (
        Field("hazard_id"), Field("level_id"), Field("building_id"), Field("ordinal", INTEGER),
        Field("kind"), Field("description"), Field("buffer_m", REAL), _SOURCE,
    ),
    key=("hazard_id",),
    description="Temporary obstacles that routes should avoid by buffer_m metres.",
)

CITIZEN_REPORT_HISTORY = Layer(
    "citizen_report_history", None,
    (
        Field("service_request_id"),
        # The source's updated_datetime (else requested_datetime) of the status.
        Field("changed_at", DATETIME),
        Field("status", allowed=REPORT_STATUSES),
        Field("status_notes"),
        # The server's own status word when it says more than open/closed.
        Field("source_status"),
        _SOURCE,
    ),
    key=("source", "service_request_id", "changed_at", "status"),
    description="Every status of a citizen report that a sync has seen, oldest first by "
                "changed_at.",
)

# Every layer of every store (schema version 2 on: citizen_report_history too, so that no
# sync has to add a table outside its transaction).
LAYERS: tuple[Layer, ...] = (
    CITY_BOUNDARY, DISTRICTS, STREETS, CITIZEN_REPORTS, CITIZEN_REPORT_HISTORY, PARKING_SITES,
    PARKING_OCCUPANCY, INDOOR_BUILDINGS, INDOOR_LEVELS, INDOOR_SPACES, INDOOR_OPENINGS,
    INDOOR_CONNECTORS, INDOOR_AMENITIES, INDOOR_HAZARDS,
)
_BY_NAME = {layer.name: layer for layer in LAYERS}


def layer(name: str) -> Layer:
    """The declaration of a store layer by name; ``KeyError`` names the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"Unknown store layer {name!r}; known: {', '.join(_BY_NAME)}") from None
