"""The occupancy on the map: the store's view parking_occupancy_map, time-enabled for the
Temporal Controller on Heilbronn's clock (frames are Heilbronn wall-clock times; the layer
converts only the frame's ends to UTC, see toolbelt/time_expressions.py), the parking styles
(green → yellow → red, a hollow grey "no data", "name / free / capacity" labels, map tips in
Berlin time) and the demo project's time settings."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from occupancy_frames import (
    FRAME,
    axis_time,
    draw,
    frame_context,
    frame_features,
    frame_map,
    frame_request,
    frame_scope,
)
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsAbstractFeatureIterator,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking
from heilbronn_digital.heilbronn_digital_plugin.store import core
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import DEMO_PROJECT
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import TemporalUnit

UTC = timezone.utc
# Frames on the Temporal Controller's clock: Heilbronn wall-clock times (naive).
TUESDAY = datetime(2025, 11, 18, 0, 0)
MORNING = datetime(2025, 11, 18, 10, 0)  # the frame of the small store's 09:00 UTC reading
CET = timedelta(hours=1)
YELLOW = QColor(254, 224, 76)
RED = QColor(215, 48, 39)


@pytest.fixture
def project(qgis_app) -> Iterator[QgsProject]:
    project = QgsProject()
    yield project
    project.clear()


@pytest.fixture
def sample(project: QgsProject, sample_gpkg: Path, tmp_path: Path) -> dict[str, QgsVectorLayer]:
    store = tmp_path / sample_gpkg.name
    shutil.copy(sample_gpkg, store)
    return {layer.customProperty(LAYER_PROPERTY): layer
            for layer in add_store_layers(store, project)}


@pytest.fixture
def small(project: QgsProject, tmp_path: Path) -> dict[str, QgsVectorLayer]:
    """Three sites computable by hand: a garage with 120 of 380 free (a winter reading), a
    street bay that is full (a summer reading) and a garage without capacity or readings."""
    sites = [pr.ParkingSite("t:g", name="Garage", site_type="garage", capacity=380,
                            lon=9.22, lat=49.14),
             pr.ParkingSite("t:s", name="Bucht", site_type="on_street", capacity=4,
                            lon=9.21, lat=49.14),
             pr.ParkingSite("t:n", name="Ohne", site_type="garage", lon=9.20, lat=49.14)]
    readings = [pr.ParkingObservation("t:g", datetime(2025, 11, 18, 9, 0, tzinfo=UTC), 120,
                                      260, 380, ""),
                pr.ParkingObservation("t:s", datetime(2025, 7, 1, 9, 0, tzinfo=UTC), 0, 4, 4,
                                      "")]
    store = tmp_path / "small.gpkg"
    store_parking(store, pr.ParkingBatch("t", sites, readings))
    return {layer.customProperty(LAYER_PROPERTY): layer
            for layer in add_store_layers(store, project)}


def wall_clock(stored) -> datetime:
    """The Heilbronn wall-clock time of a stored reading time (its UTC digits)."""
    utc = datetime(stored.date().year(), stored.date().month(), stored.date().day(),
                   stored.time().hour(), stored.time().minute(), tzinfo=UTC)
    return utc.astimezone(ZoneInfo("Europe/Berlin")).replace(tzinfo=None)


def readings_at(store: str, moment: datetime) -> int:
    ds = ogr.Open(store)
    # GDAL 3.6 writes whole seconds as "…:00.000Z", GDAL 3.10 (Debian 13) as "…:00Z".
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S")
    result = ds.ExecuteSQL("SELECT count(*) FROM parking_occupancy WHERE observed_at IN "
                           f"('{stamp}.000Z', '{stamp}Z')")
    try:
        return result.GetNextFeature().GetField(0)
    finally:
        ds.ReleaseResultSet(result)


def context_for(layer: QgsVectorLayer, feature,
                start: datetime | None = None) -> QgsExpressionContext:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.appendScope(frame_scope(start))
    context.setFeature(feature)
    return context


def feature_of(layer: QgsVectorLayer, site_id: str):
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(
        f"\"site_id\" = '{site_id}'")))


def test_the_view_is_a_point_layer_with_typed_fields(tmp_path):
    store = tmp_path / "new.gpkg"
    core.create_store(store)
    core.create_store(store)  # a second call keeps the one view
    ds = ogr.Open(str(store))
    layer = ds.GetLayerByName(core.OCCUPANCY_MAP)
    assert layer is not None and layer.GetGeomType() == ogr.wkbPoint
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "25832"
    defn = layer.GetLayerDefn()
    types = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType()
             for i in range(defn.GetFieldCount())}
    assert types["observed_at"] == ogr.OFTDateTime
    assert types["free"] == types["capacity"] == types["site_capacity"] == ogr.OFTInteger


def test_one_reading_per_site_in_each_frame_of_the_day(sample, machine_tz):
    """Each quarter hour of the Heilbronn day shows the readings taken then (UTC one hour
    earlier in November), whatever the machine's time zone."""
    layer = sample[core.OCCUPANCY_MAP]
    properties = layer.temporalProperties()
    # The style's rules choose each frame's readings; the layer's temporal filter only keeps
    # GDAL from reading the whole week (see test_a_frame_reads_only_the_readings_near_it).
    assert properties.isActive()
    assert properties.mode() == Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField
    store = layer.source().split("|")[0]
    total = 0
    for step in range(96):
        start = TUESDAY + step * FRAME
        features = frame_features(layer, start)
        per_site = Counter(feature["site_id"] for feature in features)
        assert all(count == 1 for count in per_site.values()), start
        assert len(features) == readings_at(store, start - CET) > 0, start
        # The stored UTC clock time: QGIS 3.40 reads it as a UTC QDateTime (ISODate adds a
        # "Z"), QGIS 3.22 without a time spec, so the digits are compared.
        assert {feature["observed_at"].toString("yyyy-MM-ddTHH:mm:ss") for feature in features} \
            == {(start - CET).strftime("%Y-%m-%dT%H:%M:%S")}
        total += len(features)
    assert total == 96 * readings_at(store, TUESDAY - CET)


def render_frame(layer: QgsVectorLayer, start: datetime) -> QImage:
    """The map of ``layer`` alone in the frame starting at ``start``, as the canvas draws it."""
    return draw(frame_map([layer], layer.extent(), QSize(1600, 1200), start)).renderedImage()


def rules_alone(layer: QgsVectorLayer) -> QgsVectorLayer:
    """``layer`` as the style drew it before issue 14: only redrawn per frame, the rules alone
    choosing the frame's readings (and QGIS reading every reading of the store to do so)."""
    anchor = layer.clone()
    anchor.temporalProperties().setMode(Qgis.VectorTemporalMode.RedrawLayerOnly)
    renderer: QgsRuleBasedRenderer = anchor.renderer()
    (catch_all,) = [rule for rule in renderer.rootRule().children() if rule.isElse()]
    renderer.rootRule().removeChild(catch_all)
    return anchor


def test_a_frame_reads_only_the_readings_near_it_and_draws_as_the_rules_alone(sample,
                                                                              tmp_path):
    """Issue 14: the map renderer asks GDAL for a frame's readings through the layer's temporal
    filter, with the frame's times as constants, compiled to SQL on the indexed
    ``observed_at`` (the rules use ``@map_start_time``, which QGIS 3.22 does not compile);
    the map is the same as when the rules alone chose the readings out of the whole week."""
    layer = sample[core.OCCUPANCY_MAP]
    week = layer.featureCount()
    for start in (TUESDAY + timedelta(hours=8), TUESDAY + timedelta(hours=17, minutes=45)):
        read = layer.dataProvider().getFeatures(frame_request(layer, start))
        count = sum(1 for _ in read)
        assert read.compileStatus() == QgsAbstractFeatureIterator.CompileStatus.Compiled
        # The frame and the two hours and a quarter before it (the largest UTC offset), of
        # the week's 30,240 readings: 45 sites' quarter hours.
        assert 45 <= count <= 10 * 45 < week
        shown = frame_features(layer, start)
        assert len(shown) == 45
        # The other readings read count as not drawn (QGIS's Identify and legend ask so).
        context = frame_context(layer, start)
        renderer = layer.renderer().clone()
        renderer.startRender(context, layer.fields())
        try:
            drawn = set()
            for feature in layer.getFeatures(frame_request(layer, start)):
                context.expressionContext().setFeature(feature)
                if renderer.willRenderFeature(feature, context):
                    drawn.add(feature.id())
        finally:
            renderer.stopRender(context)
        assert drawn == {feature.id() for feature in shown}
        image = render_frame(layer, start)
        image.save(str(tmp_path / f"frame_{start:%H%M}.png"))
        assert image == render_frame(rules_alone(layer), start), start
        # The garages and street bays in their occupancy colours, as their symbols say.
        colours = {QColor(image.pixel(x, y)).name() for x in range(image.width())
                   for y in range(image.height())}
        fills = [_look(layer, feature)[0] for feature in shown]
        assert {fill.name() for fill in fills if fill.alpha() == 255} <= colours


def test_a_reading_lasts_fifteen_minutes(sample):
    layer = sample[core.OCCUPANCY_MAP]
    ten = TUESDAY + timedelta(hours=11)
    # A five-minute frame inside the quarter hour still shows that quarter's reading ...
    inside = frame_features(layer, ten + timedelta(minutes=5), timedelta(minutes=5))
    assert {f["observed_at"].toString("HH:mm") for f in inside} == {
        (ten - CET).strftime("%H:%M")}
    # ... and a frame that ends where the next reading starts does not show that one.
    before = frame_features(layer, ten - timedelta(minutes=10), timedelta(minutes=10))
    assert {f["observed_at"].toString("HH:mm") for f in before} == {
        (ten - CET - FRAME).strftime("%H:%M")}


def test_the_map_layer_draws_every_reading(sample):
    """Every feature of a frame gets a symbol from the occupancy style."""
    layer = sample[core.OCCUPANCY_MAP]
    noon = TUESDAY + timedelta(hours=12)
    renderer = layer.renderer().clone()
    context = frame_context(layer, noon)
    renderer.startRender(context, layer.fields())
    try:
        for feature in frame_features(layer, noon):
            context.expressionContext().setFeature(feature)
            assert renderer.symbolsForFeature(feature, context), feature["site_id"]
    finally:
        renderer.stopRender(context)


def _look(layer: QgsVectorLayer, feature) -> tuple[QColor, QColor, Qt.PenStyle]:
    """Fill colour, outline colour and outline style of the marker drawn for ``feature``
    (a reading: in the frame of its time)."""
    renderer = layer.renderer().clone()
    # A reading in the frame of its time, a site on a map without a time range.
    reading = layer.fields().indexOf("observed_at") >= 0
    context = frame_context(layer, wall_clock(feature["observed_at"]) if reading else None)
    renderer.startRender(context, layer.fields())
    try:
        context.expressionContext().setFeature(feature)
        (symbol,) = renderer.symbolsForFeature(feature, context)
        marker = symbol.symbolLayer(0)
        return QColor(marker.color()), QColor(marker.strokeColor()), marker.strokeStyle()
    finally:
        renderer.stopRender(context)


@pytest.mark.parametrize("name", ["parking_sites", core.OCCUPANCY_MAP])
def test_occupancy_colours_and_the_hollow_no_data_symbol(small, name):
    layer = small[name]
    assert _look(layer, feature_of(layer, "t:g"))[0] == YELLOW  # 260 of 380 taken: 68 %
    assert _look(layer, feature_of(layer, "t:s"))[0] == RED
    if name == "parking_sites":  # the site without capacity has no reading on the map
        fill, outline, style = _look(layer, feature_of(layer, "t:n"))
        assert fill.alpha() == 0 and style == Qt.PenStyle.DashLine
        assert outline.red() == outline.green() == outline.blue() > 0  # grey


def test_a_reading_without_capacity_has_the_no_data_look(small):
    layer = small[core.OCCUPANCY_MAP]
    feature = feature_of(layer, "t:g")
    feature["capacity"] = None
    feature["site_capacity"] = None
    fill, _outline, style = _look(layer, feature)
    assert fill.alpha() == 0 and style == Qt.PenStyle.DashLine


@pytest.mark.parametrize(("name", "site_id", "text"), [
    ("parking_sites", "t:g", "Garage\n120 / 380"),
    ("parking_sites", "t:n", "Ohne\n– / ?"),
    (core.OCCUPANCY_MAP, "t:g", "Garage\n120 / 380"),
])
def test_garage_labels_read_name_and_free_over_capacity(small, name, site_id, text):
    layer = small[name]
    assert layer.labelsEnabled()
    rules = [rule for rule in layer.labeling().rootRule().descendants() if rule.settings()]
    feature = feature_of(layer, site_id)
    # The sites are labelled on a map without a time range, the readings in a frame.
    context = context_for(layer, feature, MORNING if name == core.OCCUPANCY_MAP else None)
    shown = [QgsExpression(rule.settings().fieldName).evaluate(context) for rule in rules
             if QgsExpression(rule.filterExpression() or "TRUE").evaluate(context)]
    assert shown == [text]


@pytest.mark.parametrize(("name", "site_id", "berlin"), [
    ("parking_sites", "t:g", "18.11.2025 10:00"),  # CET, UTC+1
    ("parking_sites", "t:s", "01.07.2025 11:00"),  # CEST, UTC+2
    (core.OCCUPANCY_MAP, "t:g", "18.11.2025 10:00"),
])
def test_map_tips_show_berlin_time(small, machine_tz, name, site_id, berlin):
    layer = small[name]
    feature = feature_of(layer, site_id)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(),
                                              context_for(layer, feature))
    assert f"As of: {berlin} (Heilbronn time)" in tip
    assert "UTC" not in tip


def test_no_data_tip(small):
    layer = small["parking_sites"]
    tip = QgsExpression.replaceExpressionText(
        layer.mapTipTemplate(), context_for(layer, feature_of(layer, "t:n")))
    assert "no data" in tip and "As of: –" in tip


def test_the_demo_project_opens_on_tuesday_in_quarter_hours(qgis_app):
    project = QgsProject()
    assert project.read(str(DEMO_PROJECT))
    try:
        settings = project.timeSettings()
        extent = settings.temporalRange()
        # Heilbronn's Tuesday, 00:00 to 24:00, on the controller's clock (see the module).
        assert extent.begin() == axis_time(TUESDAY)
        assert extent.end() == axis_time(TUESDAY + 96 * FRAME)
        assert settings.timeStep() == 15 and settings.timeStepUnit() == TemporalUnit.Minutes
        (layer,) = [layer for layer in project.mapLayers().values()
                    if layer.customProperty(LAYER_PROPERTY) == core.OCCUPANCY_MAP]
        assert layer.isValid() and layer.temporalProperties().isActive()
        assert len(frame_features(layer, TUESDAY + timedelta(hours=8))) > 0
    finally:
        project.clear()


def drawn_labels(layers: list[QgsVectorLayer], start: datetime | None) -> list[tuple[str, str]]:
    """(layer, text) of every label QGIS places on a map of ``layers``, with the frame
    starting at ``start`` as its time range, or none."""
    extent = layers[-1].extent()
    extent.grow(500)
    job = draw(frame_map(layers, extent, QSize(600, 600), start))
    names = {layer.id(): layer.customProperty(LAYER_PROPERTY) for layer in layers}
    return sorted((names[label.layerID], label.labelText) for label in
                  job.takeLabelingResults().allLabels())


def test_the_map_shows_the_latest_reading_or_the_frame_never_both(small):
    """Without a time range the sites show their latest reading and the occupancy layer draws
    nothing (not the whole week on top of each other); in a frame of the Temporal Controller
    the occupancy layer labels the garage and the sites' label gives way."""
    layers = [small[core.OCCUPANCY_MAP], small["parking_sites"]]
    assert drawn_labels(layers, None) == [("parking_sites", "Garage\n120 / 380"),
                                          ("parking_sites", "Ohne\n– / ?")]
    assert drawn_labels(layers, MORNING) == [(core.OCCUPANCY_MAP, "Garage\n120 / 380")]
    assert drawn_labels(layers, MORNING + FRAME) == []
