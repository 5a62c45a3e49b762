"""Floorplans for publication: the barrier-free information of public buildings.

Published: the publicly accessible spaces (rooms, corridors, lobbies, stairwells, elevators,
ramps, toilets, …) with category, name and whether they are barrier-free; doors with their
clear width; elevators, stairs, escalators and ramps; amenities such as barrier-free toilets,
information desks and defibrillators. Left out: spaces marked non-public (``nonpublic``,
``storage``), the doors that lead into them and whatever stands inside them, and the hazards
(temporary, described in free text).
"""

from __future__ import annotations

from osgeo import ogr

from . import tables as t
from .privacy import PrivacyReport
from .source import GEOMETRY

DATASET = "floorplans"
NON_PUBLIC = frozenset({"nonpublic", "storage"})
# A door leads into a space whose outline is this close to the door's middle.
_DOOR_REACH_M = 0.3

_BUILDING = t.Column("building_id", t.TEXT, "Kennung des Gebäudes", "id of the building")
_ORDINAL = t.Column("ordinal", t.INTEGER, "Ebene (0 = Erdgeschoss, 1 = 1. OG, -1 = 1. UG)",
                    "level (0 = ground floor, 1 = first floor, -1 = first basement)")
_LEVEL = t.Column("level", t.TEXT, "Kurzname der Ebene (z. B. EG, 1. OG)",
                  "short name of the level (e.g. EG, 1. OG)")
_ACCESSIBLE = t.Column("accessible", t.INTEGER, "barrierefrei: 1 ja, 0 nein, leer unbekannt",
                       "barrier-free: 1 yes, 0 no, empty unknown")
_NAME = t.Column("name", t.TEXT, "Bezeichnung", "name")


def publish_floorplans(layers: dict[str, list[dict] | None]
                       ) -> tuple[list[t.Table], PrivacyReport]:
    """The published floorplan tables from the store's ``indoor_*`` records."""
    spaces = layers.get("indoor_spaces") or []
    report = PrivacyReport(DATASET, 0, records_read=len(spaces), k_applies=False)
    levels = {r.get("level_id"): r.get("short_name") or r.get("name")
              for r in layers.get("indoor_levels") or []}
    public = [s for s in spaces if s.get("category") not in NON_PUBLIC and s.get(GEOMETRY)]
    hidden = [(s.get("building_id"), s.get("ordinal"), ogr.CreateGeometryFromWkb(s[GEOMETRY]))
              for s in spaces if s.get("category") in NON_PUBLIC and s.get(GEOMETRY)]

    def in_hidden(record: dict, reach: float) -> bool:
        """Whether a point (or a door's middle) lies within ``reach`` of a non-public space
        of its building and level."""
        anchor = ogr.CreateGeometryFromWkb(record[GEOMETRY])
        if anchor.GetDimension() == 1:
            anchor = anchor.Value(anchor.Length() / 2.0)
        return any(building == record.get("building_id") and ordinal == record.get("ordinal")
                   and shape.Distance(anchor) <= reach for building, ordinal, shape in hidden)

    def level_of(record: dict) -> str | None:
        return levels.get(record.get("level_id"))

    space_rows = [{"space_id": s.get("space_id"), "building_id": s.get("building_id"),
                   "ordinal": s.get("ordinal"), "level": level_of(s),
                   "category": s.get("category"), "name": s.get("name"),
                   "accessible": s.get("accessible"), GEOMETRY: s[GEOMETRY]} for s in public]
    doors = [d for d in layers.get("indoor_openings") or [] if d.get(GEOMETRY)]
    door_rows = [{"opening_id": d.get("opening_id"), "building_id": d.get("building_id"),
                  "ordinal": d.get("ordinal"), "level": level_of(d),
                  "category": d.get("category"), "width_m": d.get("width_m"),
                  "accessible": d.get("accessible"), GEOMETRY: d[GEOMETRY]}
                 for d in doors if not in_hidden(d, _DOOR_REACH_M)]
    connectors = [c for c in layers.get("indoor_connectors") or [] if c.get(GEOMETRY)]
    connector_rows = [{"connector_id": c.get("connector_id"), "kind": c.get("kind"),
                       "building_id": c.get("building_id"), "ordinal": c.get("ordinal"),
                       "level": level_of(c), "shaft_id": c.get("shaft_id"),
                       "name": c.get("name"), "accessible": c.get("accessible"),
                       GEOMETRY: c[GEOMETRY]}
                      for c in connectors if not in_hidden(c, 0.0)]
    amenities = [a for a in layers.get("indoor_amenities") or [] if a.get(GEOMETRY)]
    amenity_rows = [{"amenity_id": a.get("amenity_id"), "building_id": a.get("building_id"),
                     "ordinal": a.get("ordinal"), "level": level_of(a),
                     "category": a.get("category"), "name": a.get("name"),
                     GEOMETRY: a[GEOMETRY]} for a in amenities if not in_hidden(a, 0.0)]
    report.records_published = len(space_rows)
    for key, read, kept, de, en in (
            ("spaces_left_out", len(spaces), len(space_rows),
             "Nicht öffentliche Räume weggelassen", "Non-public spaces left out"),
            ("doors_left_out", len(doors), len(door_rows),
             "Türen in nicht öffentliche Räume weggelassen",
             "Doors into non-public spaces left out"),
            ("connectors_left_out", len(connectors), len(connector_rows),
             "Aufzüge/Treppen in nicht öffentlichen Räumen weggelassen",
             "Elevators/stairs inside non-public spaces left out"),
            ("amenities_left_out", len(amenities), len(amenity_rows),
             "Ausstattung in nicht öffentlichen Räumen weggelassen",
             "Amenities inside non-public spaces left out")):
        report.fact(key, read - kept, de, en)
    hazards = len(layers.get("indoor_hazards") or [])
    report.fact("hazards_not_published", hazards,
                "Gefahrenstellen nicht veröffentlicht (vorübergehend, Freitext)",
                "Hazards not published (temporary, free text)")
    report.fields_removed = ["indoor_hazards", "level_id", "source"]
    report.note("Öffentliche Gebäude enthalten keine personenbezogenen Daten; k wird hier nicht "
                "angewendet. Raumnamen werden so veröffentlicht, wie sie im Plan stehen: prüfen "
                "Sie, dass kein Raum nach einer Person benannt ist.",
                "Public buildings hold no personal data; k does not apply here. Room names "
                "are published as the plan has them: check that no room is named after a "
                "person.")
    return ([
        t.Table("indoor_spaces", "Öffentlich zugängliche Räume", "Publicly accessible spaces",
                "Polygon", (
                    t.Column("space_id", t.TEXT, "Kennung des Raums", "id of the space"),
                    _BUILDING, _ORDINAL, _LEVEL,
                    t.Column("category", t.TEXT, "Art (room, corridor, elevator, restroom, …)",
                             "kind (room, corridor, elevator, restroom, …)"),
                    _NAME, _ACCESSIBLE), space_rows),
        t.Table("indoor_doors", "Türen mit lichter Breite", "Doors with their clear width",
                "LineString", (
                    t.Column("opening_id", t.TEXT, "Kennung der Tür", "id of the door"),
                    _BUILDING, _ORDINAL, _LEVEL,
                    t.Column("category", t.TEXT, "Art (door, entrance, emergency_exit, "
                             "opening)", "kind (door, entrance, emergency_exit, opening)"),
                    t.Column("width_m", t.REAL, "lichte Breite", "clear width", "m"),
                    _ACCESSIBLE), door_rows),
        t.Table("indoor_connectors", "Aufzüge, Treppen und Rampen",
                "Elevators, stairs and ramps", "Point", (
                    t.Column("connector_id", t.TEXT, "Kennung", "id"),
                    t.Column("kind", t.TEXT, "Art (elevator, stairs, escalator, ramp)",
                             "kind (elevator, stairs, escalator, ramp)"),
                    _BUILDING, _ORDINAL, _LEVEL,
                    t.Column("shaft_id", t.TEXT, "gleiche Kennung = verbunden über die Ebenen",
                             "same id = linked across levels"),
                    _NAME, _ACCESSIBLE), connector_rows),
        t.Table("indoor_amenities", "Ausstattung (barrierefreie WCs, Information, Defibrillator, "
                "…)", "Amenities (barrier-free toilets, information, defibrillator, …)",
                "Point", (
                    t.Column("amenity_id", t.TEXT, "Kennung", "id"),
                    _BUILDING, _ORDINAL, _LEVEL,
                    t.Column("category", t.TEXT, "Art (toilets_wheelchair, information, aed, …)",
                             "kind (toilets_wheelchair, information, aed, …)"),
                    _NAME), amenity_rows),
    ], report)
