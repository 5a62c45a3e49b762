"""A floorplan as CAD delivers it (issue 12, item 15): a DXF drawn by GDAL's own DXF writer,
and the same converted to GeoJSON, with rooms as closed polylines on layers named by an
office's convention, a facade line, a door on a door layer and no level field. The planner
gives one level; closed rings become spaces typed by their layer names; the facade is no
door; a text in a room names it; the log says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedback_log import FeedbackLog
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException
from sql_rows import sql_rows

X, Y = 516_300.0, 5_443_200.0


def _ring(layer: str, a: float, b: float, c: float, e: float) -> tuple[str, str]:
    return layer, (f"LINESTRING ({X + a} {Y + b}, {X + c} {Y + b}, {X + c} {Y + e}, "
                   f"{X + a} {Y + e}, {X + a} {Y + b})")


ENTITIES = [
    _ring("ABY_Zone_ZIND", 0, 0, 10, 8),
    _ring("A_Raum_Flur", 10, 0, 30, 4),
    _ring("A_Treppe", 30, 0, 35, 8),
    ("A_Fassade", f"LINESTRING ({X - 0.3} {Y - 0.3}, {X + 35.3} {Y - 0.3})"),
    ("A_Fassade", f"LINESTRING ({X - 0.3} {Y + 8.3}, {X + 35.3} {Y + 8.3})"),
    ("A_Tuer", f"LINESTRING ({X + 10} {Y + 1}, {X + 10} {Y + 2})"),
]
# Texts as CAD draws room numbers: one in the zone room, one outside every room.
TEXTS = [("A_Raumnummer", f"POINT ({X + 5} {Y + 4})", "WC 0.12"),
         ("A_Raumnummer", f"POINT ({X + 50} {Y + 4})", "Hof")]


@pytest.fixture
def drawing(tmp_path: Path) -> dict[str, Path]:
    """The drawing as DXF (written by GDAL's DXF driver) and as GeoJSON (ogr2ogr of it)."""
    dxf = tmp_path / "og1_grundriss.dxf"
    ds = ogr.GetDriverByName("DXF").CreateDataSource(str(dxf))
    layer = ds.CreateLayer("entities")
    for cad_layer, wkt in ENTITIES:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("Layer", cad_layer)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    for cad_layer, wkt, text in TEXTS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("Layer", cad_layer)
        feature.SetStyleString(f'LABEL(f:"Arial",t:"{text}")')  # a TEXT entity
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    geojson = tmp_path / "og1_grundriss.geojson"
    gdal.VectorTranslate(str(geojson), str(dxf), format="GeoJSON")
    return {"dxf": dxf, "geojson": geojson}


@pytest.mark.parametrize("kind", ["geojson", "dxf"])
def test_closed_polylines_become_rooms_on_the_level_given(provider, drawing, tmp_path, kind):
    import processing

    store = tmp_path / "indoor.gpkg"
    log = FeedbackLog()
    result = processing.run("heilbronn:importfloorplan", {
        "INPUT": str(drawing[kind]), "LEVEL": "1. OG", "BUILDING_ID": "rathaus",
        "STORE": str(store)}, feedback=log)
    assert result["SPACES_COUNT"] == 3
    spaces = sql_rows(store, "SELECT category, level_id, round(ST_Area(geom), 1) "
                             "FROM indoor_spaces ORDER BY space_id")
    assert sorted(spaces) == [("corridor", "rathaus:L1", 80.0),
                              ("restroom", "rathaus:L1", 80.0), ("stairs", "rathaus:L1", 40.0)]
    # The text in the zone names it and says what it is; texts are no amenities.
    assert sql_rows(store, "SELECT name FROM indoor_spaces WHERE category = 'restroom'") == [
        ("WC 0.12",)]
    assert result["AMENITIES_COUNT"] == 0
    # The door on the door layer touches the room and the corridor; the facades are no doors.
    assert result["OPENINGS_COUNT"] == 1
    assert sql_rows(store, "SELECT ordinal FROM indoor_levels") == [(1,)]
    assert any("2 open lines on CAD layers whose names say no door (A_Fassade)" in line
               for line in log.lines)
    # The stairwell is a vertical connector, as from any other format.
    assert result["CONNECTORS_COUNT"] == 1


def test_a_drawing_without_a_level_asks_for_one(provider, drawing, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="give one level for the whole file"):
        processing.run("heilbronn:importfloorplan", {
            "INPUT": str(drawing["geojson"]), "STORE": str(tmp_path / "indoor.gpkg")})
    with pytest.raises(QgsProcessingException, match="'Dach' is neither a number"):
        processing.run("heilbronn:importfloorplan", {
            "INPUT": str(drawing["geojson"]), "LEVEL": "Dach",
            "STORE": str(tmp_path / "indoor.gpkg")})
    assert not (tmp_path / "indoor.gpkg").exists()
