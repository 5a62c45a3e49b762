"""The demo project's Vernissage tour, as shipped: at least six stations in German and English,
each with its layers in the project (valid, with features), the parking day playing its time
range and the route shown floor by floor."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer
from vernissage_support import open_demo_copy

from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import load_tour


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> QgsProject:
    folder = tmp_path_factory.mktemp("demo")
    project = open_demo_copy(folder)
    yield project
    project.clear()


@pytest.fixture(scope="module")
def stations(demo):
    return load_tour(demo)


def test_the_tour_has_at_least_six_stations_in_german_and_english(stations) -> None:
    assert len(stations) >= 6
    for station in stations:
        for language in ("de", "en"):
            assert station.captions[language].title and station.captions[language].text
        assert station.crs == "EPSG:25832"


def test_every_station_layer_is_in_the_project_with_features(demo, stations) -> None:
    for station in stations:
        for layer_id, name in station.layers.items():
            layer = demo.mapLayer(layer_id)
            assert layer is not None, f"{name} is missing"
            assert layer.isValid(), name
            if isinstance(layer, QgsVectorLayer):
                assert layer.featureCount() > 0, name
            assert QgsRectangle(*station.extent).intersects(layer.extent()), name


def sources(demo, station) -> set[str]:
    return {demo.mapLayer(i).source().split("layername=")[-1].split("|")[0]
            for i in station.layers}


def test_the_tour_shows_what_the_issue_asks_for(demo, stations) -> None:
    shown = [sources(demo, station) for station in stations]
    assert any("citizen_reports" in s for s in shown[:1]), "reports as a heatmap first"
    assert any("citizen_report_hotspots" in s for s in shown)
    assert any("citizen_report_emerging_hotspots" in s for s in shown)
    assert any("vernissage_parking_guidance" in s for s in shown), "the what-if"
    (day,) = [station for station in stations if station.time is not None]
    assert day.play and "parking_occupancy_map" in sources(demo, day)
    assert (day.time.start, day.time.end) == ("2025-11-18T00:00:00Z", "2025-11-19T00:00:00Z")
    route = [station for station in stations if "vernissage_route" in sources(demo, station)]
    assert [dict(station.levels) for station in route] == [{"hn-rathaus": 1},
                                                           {"hn-rathaus": 2}]


def test_the_what_if_layer_shows_the_difference(demo, stations) -> None:
    layer = next(demo.mapLayer(i) for station in stations for i in station.layers
                 if demo.mapLayer(i).source().endswith("vernissage_parking_guidance"))
    assert layer.renderer().classAttribute() == "diff_veh_h"
    differences = [feature["diff_veh_h"] for feature in layer.getFeatures()]
    assert min(differences) < 0, "guidance takes search traffic off some streets"


def test_the_tour_layers_speak_the_language_qgis_runs_in(demo) -> None:
    """The demo project is written in German; opened in English QGIS (as here), the tour's
    own layers have English names and legends, like the other demo layers."""
    from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project, vernissage_demo

    layers = {layer.customProperty(demo_project.DEMO_LAYER_PROPERTY): layer
              for layer in demo.mapLayers().values()}
    emerging = layers[vernissage_demo.EMERGING]
    assert "Neuer Hotspot" in [i.label() for i in emerging.renderer().legendSymbolItems()]
    demo_project.localise(demo)
    assert {layers[key].name() for key in vernissage_demo.TOUR_LAYERS} == {
        "Emerging hot spots: Citizen reports", "Barrier-free route",
        "What if half the drivers used parking guidance?"}
    labels = [i.label() for i in emerging.renderer().legendSymbolItems()]
    assert "New hot spot" in labels and "Neuer Hotspot" not in labels
