"""What the algorithm dialogs offer first: the project's layer of the right kind (recognised by
the store's schema, not by its name), never a layer of another kind, never the plugin's shipped
files; imports write to the project's store and never to a temporary file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import SAMPLE_GPKG
from heilbronn_digital.processing_algs.project_defaults import (
    project_store,
    store_table_of,
)

# algorithm, parameter, the store table its dialog should offer
EXPECTED = [
    ("heilbronn:kerneldensity", "INPUT", "citizen_reports"),
    ("heilbronn:hotspots", "INPUT", "citizen_reports"),
    ("heilbronn:emerginghotspots", "INPUT", "citizen_reports"),
    ("heilbronn:parkingsearchtraffic", "STREETS", "streets"),
    ("heilbronn:parkingsearchtraffic", "SITES", "parking_sites"),
    ("heilbronn:parkingsearchtraffic", "OCCUPANCY", "parking_occupancy"),
    ("heilbronn:indoorroute", "SPACES", "indoor_spaces"),
    ("heilbronn:indoorroute", "OPENINGS", "indoor_openings"),
    ("heilbronn:indoorroute", "CONNECTORS", "indoor_connectors"),
    ("heilbronn:indoorroute", "HAZARDS", "indoor_hazards"),
]
IMPORTS = ("heilbronn:importcitizenreports", "heilbronn:importparking",
           "heilbronn:importfloorplan")


@pytest.fixture
def store(tmp_path: Path, sample_gpkg: Path) -> Path:
    copy = tmp_path / "planning_office.gpkg"
    shutil.copy(sample_gpkg, copy)
    return copy


@pytest.fixture
def project(store: Path):
    """The global project (the one dialogs read), with the store's layers, renamed as a
    planner might, below a layer of the shipped demo file."""
    project = QgsProject.instance()
    project.clear()
    shipped = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=parking_sites", "Demo-Parken", "ogr")
    project.addMapLayer(shipped)
    layers = add_store_layers(store, project)
    for layer in layers:
        layer.setName(f"Mein {layer.name()}")
    yield project
    project.clear()


def _dialog_defaults(algorithm_id: str) -> dict:
    """The parameter defaults of a fresh algorithm, as a dialog builds it."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    return {p.name(): p.defaultValue() for p in algorithm.parameterDefinitions()}


@pytest.mark.parametrize(("algorithm_id", "parameter", "table"), EXPECTED)
def test_each_input_offers_the_projects_layer_of_its_kind(provider, project, store,
                                                          algorithm_id, parameter, table):
    default = _dialog_defaults(algorithm_id)[parameter]
    layer = project.mapLayer(default)
    assert layer is not None, f"{parameter} offers {default!r}"
    assert layer.customProperty(LAYER_PROPERTY) == table
    assert str(store) in layer.source()  # not the shipped demo file


@pytest.mark.parametrize("algorithm_id", IMPORTS)
def test_imports_offer_the_projects_store(provider, project, store, algorithm_id):
    assert Path(_dialog_defaults(algorithm_id)["STORE"]) == store.resolve()


def test_without_a_project_nothing_is_offered(provider):
    QgsProject.instance().clear()
    assert _dialog_defaults("heilbronn:parkingsearchtraffic")["SITES"] is None
    assert _dialog_defaults("heilbronn:indoorroute")["SPACES"] is None
    assert _dialog_defaults("heilbronn:importcitizenreports")["STORE"] is None


def test_only_the_shipped_file_offers_nothing(provider):
    project = QgsProject.instance()
    project.clear()
    try:
        project.addMapLayer(QgsVectorLayer(f"{SAMPLE_GPKG}|layername=indoor_spaces", "Räume",
                                           "ogr"))
        assert _dialog_defaults("heilbronn:indoorroute")["SPACES"] is None
        assert project_store(project) is None
    finally:
        project.clear()


def test_a_layer_is_known_by_its_schema_not_its_name(store):
    # Opened by hand (no property), then copied into memory (no source table either).
    opened = QgsVectorLayer(f"{store}|layername=parking_sites", "Anliegen", "ogr")
    assert store_table_of(opened) == "parking_sites"
    copy = opened.materialize(QgsFeatureRequest())
    copy.setName("parking_sites")
    assert store_table_of(copy) == "parking_sites"
    reports = QgsVectorLayer(f"{store}|layername=citizen_reports", "Parkplätze", "ogr")
    assert store_table_of(reports) == "citizen_reports"
    other = QgsVectorLayer("Point?field=site_id:string", "parking_sites", "memory")
    assert store_table_of(other) is None


def test_the_route_reads_the_projects_rooms(provider, project, store):
    """A room the planner renamed in the project's store is found by its new name: the
    route reads the project's layers, not the shipped GeoPackage."""
    import processing

    ds = ogr.Open(str(store), 1)
    ds.ExecuteSQL("UPDATE indoor_spaces SET name = 'Trauzimmer' "
                  "WHERE name = 'Kleiner Sitzungssaal'")
    ds = None
    for layer in project.mapLayers().values():
        layer.reload()
    parameters = {name: value for name, value in
                  _dialog_defaults("heilbronn:indoorroute").items() if value is not None}
    result = processing.run("heilbronn:indoorroute", {
        **parameters, "START_ROOM": "Trauzimmer", "END_ROOM": "Büro 2.12",
        "OUTPUT": "memory:", "INSTRUCTIONS": "memory:"})
    assert result["LENGTH"] > 0
    with pytest.raises(QgsProcessingException, match="Kleiner Sitzungssaal"):
        processing.run("heilbronn:indoorroute", {
            **parameters, "START_ROOM": "Kleiner Sitzungssaal", "END_ROOM": "Büro 2.12",
            "OUTPUT": "memory:", "INSTRUCTIONS": "memory:"})


def test_an_import_never_writes_to_a_temporary_store(provider, tmp_path, fixtures_dir):
    import processing

    QgsProject.instance().clear()
    with pytest.raises(QgsProcessingException, match="temporary"):
        processing.run("heilbronn:importparking", {
            "SOURCE": str(tmp_path / "nothing.json"), "STORE": "TEMPORARY_OUTPUT"})


def test_messages_name_layers_as_the_layer_tree_does(provider, project):
    import processing

    reports = next(layer for layer in project.mapLayers().values()
                   if layer.customProperty(LAYER_PROPERTY) == "citizen_reports")
    defaults = _dialog_defaults("heilbronn:parkingsearchtraffic")
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("heilbronn:parkingsearchtraffic", {
            "STREETS": defaults["STREETS"], "SITES": reports.id(),
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    assert f"“{reports.name()}”" in str(refused.value)
    assert "parking_sites" not in str(refused.value)
