"""``heilbronn:importfloorplan`` on real QGIS: every format on the fixtures, re-imports that
update, the ugly inputs, refusals that leave the store as it was, styled layers, the
qgis_process command line and the menu's dialog."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingFeedback
from sql_rows import sql_fingerprint, sql_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import INDOOR_LAYERS

ALGORITHM = "heilbronn:importfloorplan"
UGLY_OSM = Path(__file__).resolve().parent.parent / "data" / "floorplans" / "ugly_indoor.osm"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "indoor.gpkg"


@pytest.fixture
def imdf(fixtures_dir: Path) -> Path:
    return fixtures_dir / "imdf" / "spbstu_polytech"


def _counts(store: Path) -> dict[str, int]:
    return {layer: sql_rows(store, f"SELECT count(*) FROM {layer}")[0][0]
            for layer in INDOOR_LAYERS}


def _fingerprint(store: Path) -> str:
    return sql_fingerprint(store, *(f"SELECT * FROM {layer} ORDER BY fid"
                                    for layer in INDOOR_LAYERS))


def _fixture_count(folder: Path, kind: str) -> int:
    return len(json.loads((folder / f"{kind}.geojson").read_text(encoding="utf-8"))["features"])


def _run(parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run(ALGORITHM, parameters, feedback=feedback or QgsProcessingFeedback())


class Log(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm says, and may be canceled from the start."""

    def __init__(self, cancel: bool = False) -> None:
        super().__init__()
        self.lines: list[str] = []
        if cancel:
            self.cancel()

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
        self.lines.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.lines.append(warning)


def test_imdf_folder_lands_in_the_store_in_25832(provider, imdf, store):
    result = _run({"INPUT": str(imdf), "STORE": str(store)})
    expected = {"BUILDINGS": _fixture_count(imdf, "building"),
                "LEVELS": _fixture_count(imdf, "level"),
                "SPACES": _fixture_count(imdf, "unit"),
                "OPENINGS": _fixture_count(imdf, "opening"),
                "AMENITIES": _fixture_count(imdf, "amenity")}
    for output, count in expected.items():
        assert result[f"{output}_COUNT"] == count, output
    assert result["CONNECTORS_COUNT"] > 0 and result["HAZARDS_COUNT"] == 0
    assert (result["SKIPPED"], result["REPAIRED"]) == (0, 0)
    assert result["SPACES"] == f"{store}|layername=indoor_spaces"
    counts = _counts(store)
    assert counts["indoor_spaces"] == expected["SPACES"]
    ds = ogr.Open(str(store))
    assert ds.GetLayerByName("indoor_spaces").GetSpatialRef().GetAuthorityCode(None) == "25832"
    # St Petersburg (30.37° E, 60.0° N) in UTM 32N: far east of the zone, but where it is.
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    back = osr.CoordinateTransformation(ds.GetLayerByName("indoor_spaces").GetSpatialRef(),
                                        wgs84)
    feature = ds.GetLayerByName("indoor_spaces").GetNextFeature()
    point = feature.GetGeometryRef().Centroid()
    point.Transform(back)
    assert point.GetX() == pytest.approx(30.37, abs=0.02)
    assert point.GetY() == pytest.approx(60.0, abs=0.02)


def test_reimport_updates_instead_of_duplicating(provider, imdf, store, tmp_path):
    _run({"INPUT": str(imdf), "STORE": str(store)})
    first = _counts(store)
    # The same export again, from a zip archive, with one room renamed.
    changed = tmp_path / "changed"
    shutil.copytree(imdf, changed)
    units = json.loads((changed / "unit.geojson").read_text(encoding="utf-8"))
    unit_id = units["features"][0]["id"]
    units["features"][0]["properties"]["name"] = {"de": "Sitzungssaal"}
    (changed / "unit.geojson").chmod(0o644)
    (changed / "unit.geojson").write_text(json.dumps(units), encoding="utf-8")
    archive = tmp_path / "changed.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in changed.iterdir():
            zipped.write(file, file.name)
    log = Log()
    _run({"INPUT": str(archive), "STORE": str(store)}, log)
    assert _counts(store) == first
    assert sql_rows(store, "SELECT name FROM indoor_spaces WHERE space_id = "
                        f"'imdf:{unit_id}'") == [("Sitzungssaal",)]
    assert any("0 new" in line for line in log.lines)


def test_two_sources_in_one_store_do_not_collide(provider, imdf, fixtures_dir, store):
    _run({"INPUT": str(imdf / "manifest.json"), "STORE": str(store)})
    before = _counts(store)
    result = _run({"INPUT": str(fixtures_dir / "osm_indoor" / "openindoor6_house.osm"),
                   "STORE": str(store)})
    after = _counts(store)
    assert after["indoor_spaces"] == before["indoor_spaces"] + result["SPACES_COUNT"]
    assert after["indoor_levels"] == before["indoor_levels"] + result["LEVELS_COUNT"]
    assert sql_rows(store, "SELECT DISTINCT source FROM indoor_spaces ORDER BY source") == [
        ("IMDF spbstu_polytech",), ("OSM openindoor6_house",)]


def test_osm_fixture(provider, fixtures_dir, store):
    result = _run({"INPUT": str(fixtures_dir / "osm_indoor" / "openindoor6_house.osm"),
                   "FORMAT": 2, "STORE": str(store)})
    assert (result["BUILDINGS_COUNT"], result["LEVELS_COUNT"], result["SPACES_COUNT"]) == (
        1, 3, 5)
    assert sql_rows(store, "SELECT ordinal, count(*) FROM indoor_spaces GROUP BY ordinal") == [
        (0, 1), (1, 1), (2, 3)]


def test_ugly_osm_keeps_what_is_usable_and_says_what_not(provider, store):
    log = Log()
    result = _run({"INPUT": str(UGLY_OSM), "STORE": str(store)}, log)
    assert (result["SKIPPED"], result["REPAIRED"]) == (4, 1)
    assert result["OPENINGS_COUNT"] == 3 and result["CONNECTORS_COUNT"] == 6
    text = "\n".join(log.lines)
    assert "4 left out, 1 repaired" in text
    assert "osm:ugly_indoor:n-503 on level osm:w100:L0 touches no space" in text
    assert "osm:ugly_indoor:w-9: level=0.5" in text
    assert sql_rows(store, "SELECT width_m, accessible FROM indoor_openings WHERE opening_id = "
                        "'osm:ugly_indoor:n-501'") == [(0.9, 1)]


def _plain_geojson(path: Path) -> Path:
    """Two rooms and a door of a CAD export in EPSG:25832, with a crs member."""
    def box(x0, y0, x1, y1):
        return [[[515000 + x, 5443000 + y] for x, y in
                 ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0))]]
    features = [
        {"type": "Feature", "properties": {"Ebene": "EG", "Nutzung": "Büro", "Name": "B 1"},
         "geometry": {"type": "Polygon", "coordinates": box(0, 0, 5, 5)}},
        {"type": "Feature", "properties": {"Ebene": "EG", "Nutzung": "Flur", "Name": "Flur"},
         "geometry": {"type": "Polygon", "coordinates": box(5, 0, 15, 5)}},
        {"type": "Feature", "properties": {"Ebene": "EG", "Nutzung": "Tür", "Name": None},
         "geometry": {"type": "LineString",
                      "coordinates": [[515005, 5443002], [515005, 5443003]]}},
    ]
    path.write_text(json.dumps({
        "type": "FeatureCollection", "features": features,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}}))
    return path


def test_plain_cad_export_with_building_override(provider, store, tmp_path):
    plan = _plain_geojson(tmp_path / "rathaus_eg.geojson")
    parameters = {"INPUT": str(plan), "LEVEL_FIELD": "Ebene", "ROOM_TYPE_FIELD": "Nutzung",
                  "BUILDING_ID": "RATHAUS", "BUILDING_NAME": "Rathaus", "STORE": str(store)}
    result = _run(parameters)
    assert (result["SPACES_COUNT"], result["OPENINGS_COUNT"]) == (2, 1)
    assert sql_rows(store, "SELECT building_id, name FROM indoor_buildings") == [
        ("RATHAUS", "Rathaus")]
    assert sql_rows(store, "SELECT category, building_id, ordinal FROM indoor_spaces "
                        "ORDER BY category") == [("corridor", "RATHAUS", 0),
                                                 ("office", "RATHAUS", 0)]
    assert sql_rows(store, "SELECT width_m FROM indoor_openings") == [(1.0,)]
    _run(parameters)
    assert _counts(store)["indoor_spaces"] == 2


@pytest.mark.parametrize(("parameters", "message"), [
    ({"INPUT": "{tmp}/missing.osm"}, "does not exist"),
    ({"INPUT": "{tmp}/plan.txt"}, "cannot be told from its name"),
    ({"INPUT": "{tmp}/plan.geojson"}, "needs its level"),
    ({"INPUT": "{tmp}/plan.geojson", "LEVEL_FIELD": "Etage"},
     "has no field “Etage”. Its fields are: Ebene.*The store is unchanged"),
    ({"INPUT": "{tmp}/plan.txt", "FORMAT": 2},
     "is not an OpenStreetMap file.*The store is unchanged"),
    ({"INPUT": "{tmp}/plan.zip"}, "cannot be told from its name"),
    ({"INPUT": "{tmp}/broken.zip"}, "broken.zip is not a readable .zip archive"),
    ({"INPUT": "{tmp}/plan.zip", "FORMAT": 1},
     "not an IMDF archive: level.geojson, unit.geojson missing"),
    ({"INPUT": "{tmp}/plan.geojson", "LEVEL_FIELD": "Ebene", "STORE": "{tmp}/store.sqlite"},
     "store.sqlite. is not a store. A store is a GeoPackage file ending in .gpkg"),
    ({"INPUT": "{tmp}/plan.geojson", "LEVEL_FIELD": "Ebene", "STORE": "{tmp}/plan.txt.gpkg"},
     "could not be written to .*plan.txt.gpkg: Cannot open the GeoPackage.*The store is "
     "unchanged.$"),
])
def test_refusals_leave_the_store_unchanged(provider, imdf, store, tmp_path, parameters,
                                            message):
    from qgis.core import QgsProcessingException

    _run({"INPUT": str(imdf), "STORE": str(store)})
    before = _fingerprint(store)
    (tmp_path / "plan.txt").write_text("not a floorplan")
    (tmp_path / "plan.txt.gpkg").write_text("not a GeoPackage either")
    (tmp_path / "plan.geojson").write_text(json.dumps({
        "type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"Ebene": "EG"},
             "geometry": {"type": "Point", "coordinates": [9.2, 49.1]}}]}))
    with zipfile.ZipFile(tmp_path / "plan.zip", "w") as zipped:
        zipped.writestr("readme.txt", "no IMDF here")
    (tmp_path / "broken.zip").write_bytes((tmp_path / "plan.zip").read_bytes()[:40])
    values = {name: value.format(tmp=tmp_path) if isinstance(value, str) else value
              for name, value in parameters.items()}
    with pytest.raises(QgsProcessingException, match=message):
        _run({"STORE": str(store), **values})
    assert _fingerprint(store) == before


def test_nothing_usable_is_refused(provider, store, tmp_path):
    from qgis.core import QgsProcessingException

    plan = tmp_path / "levels.geojson"
    plan.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"Ebene": "Dach"},
         "geometry": {"type": "Point", "coordinates": [9.2, 49.1]}}]}))
    with pytest.raises(QgsProcessingException,
                       match="Nothing in levels.geojson could be imported \\(left out: 1; "
                             "the first reason: Feature 0: the level 'Dach'"):
        _run({"INPUT": str(plan), "LEVEL_FIELD": "Ebene", "STORE": str(store)})
    assert not store.exists()


def test_cancel_leaves_the_store_unchanged(provider, imdf, store):
    log = Log(cancel=True)
    assert _run({"INPUT": str(imdf), "STORE": str(store)}, log) == {}
    assert not store.exists()
    assert any("Canceled" in line for line in log.lines)


def test_layers_load_styled_on_one_level_and_once(provider, imdf, store):
    import processing
    from qgis.core import QgsProject

    from heilbronn_digital.heilbronn_digital_plugin.store.layers import LAYER_PROPERTY

    project = QgsProject.instance()
    project.clear()
    try:
        processing.runAndLoadResults(ALGORITHM, {"INPUT": str(imdf), "STORE": str(store)})
        layers = {layer.customProperty(LAYER_PROPERTY): layer
                  for layer in project.mapLayers().values()}
        # Hazards has no records: not loaded.
        assert set(layers) == set(INDOOR_LAYERS) - {"indoor_hazards"}
        spaces = layers["indoor_spaces"]
        assert spaces.renderer().type() == "categorizedSymbol"
        assert {c.value() for c in spaces.renderer().categories()} >= {"room", "stairs"}
        assert spaces.subsetString() == '"ordinal" = 0'
        assert layers["indoor_buildings"].subsetString() == ""
        processing.runAndLoadResults(ALGORITHM, {"INPUT": str(imdf), "STORE": str(store)})
        assert len(project.mapLayers()) == len(layers)
    finally:
        project.clear()


def test_qgis_process_command_line(provider, fixtures_dir, tmp_path, run_algorithm_cli):
    store = tmp_path / "cli.gpkg"
    completed = run_algorithm_cli(
        ALGORITHM, INPUT=fixtures_dir / "osm_indoor" / "openindoor6_house.osm", STORE=store)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "SPACES_COUNT:\t5" in completed.stdout
    assert _counts(store)["indoor_spaces"] == 5


def test_menu_action_opens_the_import_dialog(qgis_iface, provider, monkeypatch):
    from processing.gui import ParametersPanel
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from heilbronn_digital.heilbronn_digital_plugin.gui.import_reports import (
        FLOORPLAN_ALGORITHM_ID,
        open_algorithm_dialog,
    )

    # As in test_plugin: the stand-in iface has no browser model for the parameter widgets.
    monkeypatch.setattr(ParametersPanel, "iface", None)
    dialog = open_algorithm_dialog(qgis_iface, FLOORPLAN_ALGORITHM_ID)
    try:
        assert isinstance(dialog, AlgorithmDialog) and dialog.isVisible()
        assert dialog.algorithm().id() == ALGORITHM
    finally:
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_sample_building_as_a_cad_export_imports_whole(provider, sample_gpkg, store,
                                                          tmp_path):
    """The sample Rathaus written out the way a CAD export looks (one file, rooms and doors,
    German field names) comes back with every room and door on its level."""
    sample = ogr.Open(str(sample_gpkg))
    features = []
    for layer_name, kind in (("indoor_spaces", None), ("indoor_openings", "Tür")):
        for feature in sample.GetLayerByName(layer_name):
            features.append({"type": "Feature", "properties": {
                "Ebene": feature.GetField("ordinal"), "Name": feature.GetField("name")
                if layer_name == "indoor_spaces" else None,
                "Nutzung": kind or feature.GetField("category"),
                "Breite": feature.GetField("width_m") if kind else None},
                "geometry": json.loads(feature.GetGeometryRef().ExportToJson())})
    plan = tmp_path / "rathaus.geojson"
    plan.write_text(json.dumps({
        "type": "FeatureCollection", "features": features,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}}))
    result = _run({"INPUT": str(plan), "LEVEL_FIELD": "Ebene", "ROOM_TYPE_FIELD": "Nutzung",
                   "STORE": str(store)})
    expected = {layer: sql_rows(sample_gpkg, f"SELECT count(*) FROM {layer}")[0][0]
                for layer in ("indoor_spaces", "indoor_openings")}
    assert result["SPACES_COUNT"] == expected["indoor_spaces"]
    assert result["OPENINGS_COUNT"] == expected["indoor_openings"]
    assert result["SKIPPED"] == 0
    per_level = "SELECT ordinal, category, count(*) FROM indoor_spaces GROUP BY 1, 2 ORDER BY 1, 2"
    assert sql_rows(store, per_level) == sql_rows(sample_gpkg, per_level)
