"""A project whose layers come from a PostGIS store (the session's throwaway cluster): the
import dialogs offer that store and the live parking panel shows it and its sites — also
after the project is saved and opened again, and as the saved QGIS connection the planner
knows when there is one."""

from __future__ import annotations

from pathlib import Path

import pytest
from plugin_dev import REPO
from qgis.core import QgsApplication, QgsProject, QgsProviderRegistry, QgsVectorLayer
from qgis.gui import QgsMessageBar

from heilbronn_digital.heilbronn_digital_plugin.gui.parking_live import ParkingLiveDock
from heilbronn_digital.heilbronn_digital_plugin.store.core import open_store
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    add_store_layers,
    store_text,
)
from heilbronn_digital.heilbronn_digital_plugin.store.location import parse_store
from heilbronn_digital.processing_algs.project_defaults import project_store

PARKAPI = REPO / "tests" / "data" / "parking" / "parkapi_v1_heilbronn_lots.json"
IMPORTS = ("heilbronn:importcitizenreports", "heilbronn:importparking",
           "heilbronn:importfloorplan")


@pytest.fixture(scope="module")
def store(provider, postgis_cluster) -> str:
    """A PostGIS store with the parking sites and readings of a real ParkAPI payload."""
    import processing

    text = postgis_cluster.new_store()
    result = processing.run("heilbronn:importparking", {"SOURCE": str(PARKAPI), "STORE": text})
    assert result["SITES_RECEIVED"] > 0
    return text


@pytest.fixture
def project(store):
    """The global project (the one dialogs read) with the store's layers, and a shipped-like
    GeoPackage layer of another kind below them."""
    project = QgsProject.instance()
    project.clear()
    layers = add_store_layers(store, project)
    assert {layer.providerType() for layer in layers} == {"postgres"}
    yield project
    project.clear()


def _same_store(text: str | None, store: str) -> bool:
    return text is not None and \
        parse_store(text).identity() == open_store(store).location.identity()


@pytest.mark.parametrize("algorithm_id", IMPORTS)
def test_imports_offer_the_projects_postgis_store(project, store, algorithm_id):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    offered = algorithm.parameterDefinition("STORE").defaultValue()
    assert _same_store(offered, store)
    assert "password" not in offered
    assert offered == project_store(project)


def test_the_live_panel_shows_the_projects_postgis_store_and_its_sites(project, store,
                                                                       tmp_path: Path):
    sites = len(list(open_store(store).read_features("parking_sites")))
    dock = ParkingLiveDock(project, QgsMessageBar())
    try:
        assert _same_store(dock.store_widget.filePath(), store)
        assert len(dock.sites) == sites > 0
        # Saved and opened again: the panel follows the project.
        saved = tmp_path / "office.qgs"
        assert project.write(str(saved))
        dock.store_widget.setFilePath(str(tmp_path / "elsewhere.gpkg"))
        project.clear()
        assert project.read(str(saved))
        assert all(layer.isValid() for layer in project.mapLayers().values())
        assert _same_store(dock.store_widget.filePath(), store)
        dock.reload_sites()
        assert len(dock.sites) == sites
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_a_saved_connection_is_offered_by_its_name(project, store, postgis_cluster):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = "Stadtplanung Projekt"
    metadata.saveConnection(metadata.createConnection(
        f"host=127.0.0.1 port={postgis_cluster.port} dbname=heilbronn "
        f"user={postgis_cluster.user}", {"saveUsername": True}), name)
    try:
        schema = parse_store(store).schema
        assert project_store(project) == f"{name} schema={schema}"
        assert _same_store(project_store(project), store)
    finally:
        metadata.deleteConnection(name)
    assert project_store(project).startswith("host=127.0.0.1 ")


def test_a_layer_of_no_store_gives_no_store_text(qgis_app, tmp_path):
    memory = QgsVectorLayer("Point?field=site_id:string", "parking_sites", "memory")
    assert store_text(memory) is None
    geojson = tmp_path / "sites.geojson"
    geojson.write_text('{"type": "FeatureCollection", "features": []}')
    assert store_text(QgsVectorLayer(str(geojson), "sites", "ogr")) is None
