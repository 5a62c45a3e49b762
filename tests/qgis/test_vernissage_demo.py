"""The demo project's Vernissage tour, as shipped: at least six stations in German and English,
each with its layers in the project (valid, with features), the parking day playing its time
range and the route shown floor by floor."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from vernissage_support import open_demo_copy

from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_film import SIZES, map_settings
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
    build_handout,
    page_map,
)
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import hidden_by_scale
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import load_tour

# Trainers' laptops and the projectors they meet: the presenter view fills the screen.
SCREENS = ((1366, 768), (1600, 900), (1920, 1080), (1920, 1200), (2560, 1440), (1024, 768))


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


def test_every_station_draws_all_its_layers_on_any_screen_on_paper_and_in_the_film(
        demo, stations) -> None:
    """A layer with a scale range (the reports: a heatmap zoomed out, dots zoomed in) draws
    nothing outside it. Each station's extent, full screen on common screens, on its handout
    page and in the film's frames (stations with a time), is at a scale where QGIS draws every
    one of its layers: the heatmap of the first station included."""
    def hidden(station, scale: float) -> list[str]:
        return [layer.name() for layer in hidden_by_scale(demo, station, scale)]

    for number, station in enumerate(stations, start=1):
        for width, height in SCREENS:
            scale = map_settings(demo, station, QSize(width, height)).scale()
            assert hidden(station, scale) == [], (number, width, height, round(scale))
        if station.time is not None:
            for size in SIZES:
                scale = map_settings(demo, station, QSize(*size)).scale()
                assert hidden(station, scale) == [], (number, size, round(scale))
    layout = build_handout(demo, stations)
    for page, station in enumerate(stations):
        scale = page_map(layout, page).scale()
        assert hidden(station, scale) == [], (page + 1, round(scale))
    # Not vacuous: the first station's heatmap has a scale range, and it is not drawn at the
    # demo project's own inner-city scale zoomed in to the dots.
    assert hidden(stations[0], 4000) != []


def test_the_rathaus_floor_plan_fills_its_stations(demo, stations) -> None:
    """The floor plan fills the stations of the route floor by floor, with room on the right
    for the presenter's legend and below for its caption."""
    (building,) = [demo.mapLayer(i) for i in stations[-1].layers
                   if demo.mapLayer(i).source().endswith("layername=indoor_buildings")]
    footprint = building.extent()
    route = [station for station in stations if station.levels]
    assert len(route) == 2
    for station in route:
        view = QgsRectangle(*station.extent)
        assert view.contains(footprint)
        assert footprint.width() / view.width() > 0.55
        assert footprint.height() / view.height() > 0.55
        # More room right of the plan and below it than left and above.
        assert view.xMaximum() - footprint.xMaximum() > footprint.xMinimum() - view.xMinimum()
        assert footprint.yMinimum() - view.yMinimum() > view.yMaximum() - footprint.yMaximum()
