"""The demo project's Vernissage tour, as shipped: at least six stations in German and English,
each with its layers in the project (valid, with features), the parking day playing its time
range and the route shown floor by floor."""

from __future__ import annotations

import gc

import pytest
from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampLegendNode,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemScaleBar,
    QgsLayoutSize,
    QgsMarkerSymbol,
    QgsNumericFormatContext,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage
from vernissage_support import open_demo_copy

from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_film import SIZES, map_settings
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
    build_handout,
    page_map,
)
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import hidden_by_scale
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import load_tour
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import LayoutUnit

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


@pytest.fixture(scope="module")
def handout(demo, stations):
    return build_handout(demo, stations)


def scale_labels(scale_bar) -> list[str]:
    numbers = scale_bar.numericFormat()
    return [numbers.formatDouble(mark * scale_bar.unitsPerSegment(), QgsNumericFormatContext())
            for mark in range(scale_bar.numberOfSegments() + 1)]


def label_width(scale_bar, text: str) -> float:
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import text_mm

    text_format = scale_bar.textFormat()
    return text_mm(text, text_format.size(), family=text_format.font().family())


def test_the_scale_bar_labels_never_touch(handout, stations) -> None:
    """Each page's scale bar has two round segments, each wider than its widest label by the
    gap (labels are centred on the marks), and counts in kilometres on the wide stations."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
        SCALE_LABEL_GAP_MM,
    )

    bars = sorted((item for item in handout.items() if isinstance(item, QgsLayoutItemScaleBar)),
                  key=lambda bar: int(bar.linkedMap().id().split("_")[1]))
    assert len(bars) == len(stations)
    units = []
    for bar in bars:
        labels = scale_labels(bar)
        widest = max(label_width(bar, label) for label in labels)
        assert bar.numberOfSegments() == 2 and bar.numberOfSegmentsLeft() == 0
        metres = bar.unitsPerSegment() * {"km": 1000.0, "m": 1.0}[bar.unitLabel()]
        segment_mm = metres / (bar.linkedMap().scale() / 1000.0)  # 1 mm is scale / 1000 m
        assert segment_mm >= widest + SCALE_LABEL_GAP_MM, labels
        assert segment_mm * 2 < 100.0  # half the map's width at most
        units.append((bar.unitLabel(), labels))
    # The hot spot stations span the city: 2 km segments, as "0 2 4 km".
    assert units[1] == ("km", ["0", "2", "4"]), units


def test_the_scale_bar_rule_holds_at_any_scale() -> None:
    """From a room (1:100) to the region (1:1,000,000): the segment's round length leaves its
    widest label the gap on paper."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
        SCALE_LABEL_GAP_MM,
        SCALE_SEGMENT_MIN_MM,
        scale_bar_segment,
        text_mm,
    )

    numbers = QgsBasicNumericFormat()

    def label_mm(metres: float) -> float:
        return text_mm(numbers.formatDouble(metres, QgsNumericFormatContext()), 12.0)

    for scale in (100, 333, 1000, 2400, 10000, 31600, 77000, 250000, 1000000):
        metres_per_mm = scale / 1000.0
        segment = scale_bar_segment(metres_per_mm, label_mm)
        segment_mm = segment / metres_per_mm
        assert segment_mm >= label_mm(2 * segment) + SCALE_LABEL_GAP_MM, scale
        assert segment_mm >= SCALE_SEGMENT_MIN_MM
        assert segment_mm < 2.5 * max(SCALE_SEGMENT_MIN_MM, label_mm(2 * segment) + 3.0), scale


def page_image(layout, page: int) -> QImage:
    """Page ``page`` (from 0) as the PDF draws it, at 50 dpi (about 2 pixels per mm)."""
    image = QgsLayoutExporter(layout).renderPageToImage(page, QSize(), 50)
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def ink(image: QImage, left_mm: float, top_mm: float, right_mm: float,
        bottom_mm: float) -> int:
    """How many pixels in the page's rectangle (mm) are not white."""
    per_mm = image.width() / 297.0
    count = 0
    for x in range(int(left_mm * per_mm), min(image.width(), int(right_mm * per_mm))):
        for y in range(int(top_mm * per_mm), min(image.height(), int(bottom_mm * per_mm))):
            if QColor(image.pixel(x, y)).lightness() < 200:
                count += 1
    return count


def test_the_rathaus_legend_fits_its_page(demo, stations, handout) -> None:
    """The longest legend (a floor of the Rathaus, classes with long names) is wrapped in its
    column, whose size it needs at most: nothing cut, nothing beyond the page's right margin,
    nothing below the map's foot."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
        MAP_H,
        MAP_TOP,
        MARGIN,
        SIDE_X,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_player import show_levels

    for page, station in enumerate(stations):
        if not station.levels:
            continue
        show_levels(demo, station)
        # The legend as large as its contents need: still inside its column and the page.
        legend = next(item for item in handout.items() if isinstance(item, QgsLayoutItemLegend)
                      and item.linkedMap().id() == f"map_{page + 1}")
        column = legend.rect()
        image = page_image(handout, page)  # the legend knows its map's scale once drawn
        legend.setResizeToContents(True)
        try:
            legend.adjustBoxSize()
            needed = legend.rect()
        finally:
            legend.setResizeToContents(False)
            legend.attemptResize(QgsLayoutSize(column.width(), column.height(),
                                               LayoutUnit.Millimeters))
        assert needed != column and needed.width() > 40.0, "the legend's own size"
        assert needed.width() <= column.width() and needed.height() <= column.height(), (
            page + 1, needed, column)
        assert ink(image, SIDE_X, MAP_TOP, 297.0 - MARGIN, MAP_TOP + MAP_H) > 500, "a legend"
        assert ink(image, 297.0 - MARGIN + 1.0, 0.0, 297.0, 210.0) == 0, page + 1
        assert ink(image, SIDE_X, MAP_TOP + MAP_H + 1.0, 297.0, 210.0) == 0, page + 1


def test_the_heatmap_has_its_colour_ramp_in_the_legends(demo, stations, handout) -> None:
    """Page 1's heatmap is in its legend as a colour ramp from few to many reports, drawn in
    the legend's column; the presenter's legend shows the same ramp."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_handout import (
        MAP_TOP,
        SIDE_X,
    )
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_presenter import (
        legend_image,
    )

    (heatmap,) = [demo.mapLayer(i) for i in stations[0].layers
                  if demo.mapLayer(i).renderer().type() == "heatmapRenderer"]
    legend = next(item for item in handout.items() if isinstance(item, QgsLayoutItemLegend)
                  and item.linkedMap().id() == "map_1")
    node = legend.model().rootGroup().findLayer(heatmap)
    nodes = legend.model().layerLegendNodes(node)
    assert [type(n) for n in nodes] == [QgsColorRampLegendNode]
    ramp = nodes[0]
    assert (ramp.ramp().color(1.0).name(), ramp.ramp().color(0.0).name()) == (
        heatmap.renderer().colorRamp().color(1.0).name(),
        heatmap.renderer().colorRamp().color(0.0).name())
    settings = ramp.settings()
    assert (settings.minimumLabel(), settings.maximumLabel()) == ("few reports", "many reports")

    def reds(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
        return sum(1 for x in range(left, right) for y in range(top, bottom)
                   if QColor(image.pixel(x, y)).red() > 150 > QColor(image.pixel(x, y)).green()
                   + 60)

    page = page_image(handout, 0)
    per_mm = page.width() / 297.0
    assert reds(page, int(SIDE_X * per_mm), int(MAP_TOP * per_mm), page.width(),
                int((MAP_TOP + 40) * per_mm)) > 20
    # The presenter has only the layer's id: the legend outlives every Python wrapper of it.
    layer_id = heatmap.id()
    del heatmap, legend, node, nodes, ramp
    gc.collect()
    for _ in range(2):
        image = legend_image(demo, [layer_id]).convertToFormat(QImage.Format.Format_ARGB32)
        gc.collect()
        assert reds(image, 0, 0, image.width(), image.height()) > 20
    heatmap = demo.mapLayer(layer_id)
    tree = QgsLayerTree()
    node = tree.addLayer(heatmap)
    # Restyled as dots, the layer has QGIS's own legend again.
    renderer = heatmap.renderer().clone()
    heatmap.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({})))
    try:
        assert type(heatmap.legend().createLayerTreeModelLegendNodes(node)[0]).__name__ == (
            "QgsSymbolLegendNode")
    finally:
        heatmap.setRenderer(renderer)


def test_the_parking_day_legends_have_no_blank_rows(demo, stations, handout) -> None:
    """The occupancy map's closing ELSE rule (neither label nor symbol) is no row, neither in
    the handout's legend nor in the presenter's, where it was a gap of two rows."""
    from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_presenter import (
        legend_image,
    )
    from heilbronn_digital.heilbronn_digital_plugin.store.core import OCCUPANCY_MAP
    from heilbronn_digital.heilbronn_digital_plugin.store.layers import LAYER_PROPERTY

    (page, station), = [(page, station) for page, station in enumerate(stations)
                        if any(demo.mapLayer(i).customProperty(LAYER_PROPERTY) == OCCUPANCY_MAP
                               for i in station.layers)]
    occupancy = next(demo.mapLayer(i) for i in station.layers
                     if demo.mapLayer(i).customProperty(LAYER_PROPERTY) == OCCUPANCY_MAP)
    legend = next(item for item in handout.items() if isinstance(item, QgsLayoutItemLegend)
                  and item.linkedMap().id() == f"map_{page + 1}")
    node = legend.model().rootGroup().findLayer(occupancy)
    rows = [row.data(Qt.ItemDataRole.DisplayRole) for row in legend.model().layerLegendNodes(node)]
    assert len(rows) == 13 and "" not in rows, rows

    image = legend_image(demo, station.layers).convertToFormat(QImage.Format.Format_ARGB32)
    inked = [y for y in range(image.height())
             if any(QColor.fromRgba(image.pixel(x, y)).alpha() for x in range(image.width()))]
    # A legend row is about 20 pixels high here: a blank one would be a gap of that.
    assert max(b - a for a, b in zip(inked, inked[1:])) < 20
