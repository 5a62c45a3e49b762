"""add_store_layers on real QGIS: styled layers in topic groups, described, never duplicated."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from occupancy_frames import axis_time
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from heilbronn_digital.heilbronn_digital_plugin.store import core, schema
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    CATALOGUE,
    DEFAULT_ORDINAL,
    LAYER_PROPERTY,
    TOPIC_PROPERTY,
    TOPICS,
    add_store_layers,
    layer_title,
    level_filter,
    topic_title,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import STYLES_DIR
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.time_expressions import utc_to_wall_clock

RENDERERS = {
    "citizen_reports": "categorizedSymbol",
    "parking_sites": "RuleRenderer",
    "indoor_spaces": "categorizedSymbol",
    "indoor_openings": "RuleRenderer",
    "indoor_connectors": "categorizedSymbol",
    "indoor_amenities": "categorizedSymbol",
    "indoor_hazards": "singleSymbol",
    "indoor_levels": "singleSymbol",
    "indoor_buildings": "singleSymbol",
    "streets": "singleSymbol",
    "city_boundary": "singleSymbol",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, sample_gpkg: Path) -> Path:
    """A copy of the demo GeoPackage: QGIS rewrites the header of a file it opens."""
    copy = tmp_path_factory.mktemp("store") / sample_gpkg.name
    shutil.copy(sample_gpkg, copy)
    return copy


@pytest.fixture
def added(project: QgsProject, store: Path) -> dict[str, QgsVectorLayer]:
    layers = add_store_layers(store, project)
    return {layer.customProperty(LAYER_PROPERTY): layer for layer in layers}


def _groups(project: QgsProject) -> list[QgsLayerTreeGroup]:
    return [node for node in project.layerTreeRoot().children()
            if isinstance(node, QgsLayerTreeGroup)]


def test_catalogue_covers_the_schema_and_every_style_exists():
    assert [e.name for e in CATALOGUE] != []
    # Every schema layer but the status history (a table for queries, not for the map), and
    # the occupancy view that create_store() adds for the map.
    assert {e.name for e in CATALOGUE} == {layer.name for layer in schema.LAYERS} - {
        "citizen_report_history"} | {core.OCCUPANCY_MAP}
    for entry in CATALOGUE:
        assert entry.topic in TOPICS
        if entry.style is not None:
            root = ET.parse(entry.style).getroot()
            assert root.tag == "qgis" and root.get("version", "").startswith("3."), entry.name
    assert {p.stem for p in STYLES_DIR.glob("*.qml")} >= {
        e.name for e in CATALOGUE if e.styled}


def test_layers_go_into_topic_groups_in_order(project, added, store):
    groups = _groups(project)
    assert [g.name() for g in groups] == [topic_title(t) for t in TOPICS]
    assert [g.customProperty(TOPIC_PROPERTY) for g in groups] == list(TOPICS)
    # Every layer with features, none without: the sample has no districts.
    ds = ogr.Open(str(store))
    with_features = {e.name for e in CATALOGUE
                     if ds.GetLayerByName(e.name).GetFeatureCount() > 0}
    assert set(added) == with_features
    assert "districts" not in added
    catalogue_order = [e.name for e in CATALOGUE]
    for group in groups:
        names = [node.layer().customProperty(LAYER_PROPERTY) for node in group.findLayers()]
        assert names == sorted(names, key=catalogue_order.index)
        assert all(next(e for e in CATALOGUE if e.name == n).topic ==
                   group.customProperty(TOPIC_PROPERTY) for n in names)
    indoor = [n.layer().customProperty(LAYER_PROPERTY) for n in groups[2].findLayers()]
    assert indoor.index("indoor_amenities") < indoor.index("indoor_openings") < indoor.index(
        "indoor_spaces")
    for name, layer in added.items():
        assert layer.name() == layer_title(name)
        assert layer.isValid()


def test_styles_give_the_expected_renderers(added):
    for name, renderer in RENDERERS.items():
        assert added[name].renderer().type() == renderer, name
    reports = added["citizen_reports"].renderer()
    assert reports.classAttribute() == "service_name"
    services = set(added["citizen_reports"].uniqueValues(
        added["citizen_reports"].fields().lookupField("service_name")))
    assert services <= {c.value() for c in reports.categories()}
    assert not added["citizen_reports"].labelsEnabled()
    spaces = added["indoor_spaces"]
    assert set(spaces.uniqueValues(spaces.fields().lookupField("category"))) <= {
        c.value() for c in spaces.renderer().categories()}
    parking_rules = [r.filterExpression() for r in
                     added["parking_sites"].renderer().rootRule().descendants()]
    assert '"occupancy_latest" IS NULL' in parking_rules
    assert any("width_m" in r.filterExpression() for r in
               added["indoor_openings"].renderer().rootRule().descendants())
    assert added["parking_sites"].labelsEnabled() and added["streets"].labelsEnabled()


def test_every_feature_gets_a_symbol(added, qgis_app):
    """No category or rule is missing: each feature is drawn by some symbol."""
    from qgis.core import QgsRenderContext

    for name in RENDERERS:
        layer = added[name]
        context = QgsRenderContext()
        context.expressionContext().appendScopes(
            QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        renderer = layer.renderer().clone()
        renderer.startRender(context, layer.fields())
        try:
            for feature in layer.getFeatures(QgsFeatureRequest().setLimit(2000)):
                context.expressionContext().setFeature(feature)
                assert renderer.symbolsForFeature(feature, context), (name, feature.id())
        finally:
            renderer.stopRender(context)


def test_metadata_carries_source_and_attribution(added):
    streets = added["streets"].metadata()
    assert "OpenStreetMap" in streets.rights()[0] and streets.licenses() == ["ODbL-1.0"]
    boundary = added["city_boundary"].metadata()
    assert "Stadt Heilbronn" in boundary.rights()[0] and boundary.licenses() == ["CC-BY-4.0"]
    assert "GOLDBECK" in added["parking_sites"].metadata().rights()[0]
    assert "SYNTHETIC" in added["citizen_reports"].metadata().abstract()
    assert "INVENTED" in added["indoor_spaces"].metadata().abstract()
    for name, layer in added.items():
        metadata = layer.metadata()
        assert metadata.title() and metadata.abstract() and metadata.rights(), name


def test_a_second_call_adds_nothing(project, added, store):
    tree_before = [(g.name(), [n.layerId() for n in g.findLayers()]) for g in _groups(project)]
    again = add_store_layers(str(store), project)
    assert [layer.id() for layer in again] == [layer.id() for layer in added.values()]
    assert len(project.mapLayers()) == len(added)
    assert [(g.name(), [n.layerId() for n in g.findLayers()])
            for g in _groups(project)] == tree_before


def test_floorplan_shows_the_ground_floor(added):
    for entry in CATALOGUE:
        if entry.per_level and entry.name in added:
            layer = added[entry.name]
            assert layer.subsetString() == level_filter(DEFAULT_ORDINAL)
            ordinals = layer.uniqueValues(layer.fields().lookupField("ordinal"))
            assert ordinals == {DEFAULT_ORDINAL}, entry.name
    assert added["indoor_buildings"].subsetString() == ""


def test_reports_are_temporal_and_their_map_tip_escapes_html(added):
    layer = added["citizen_reports"]
    temporal = layer.temporalProperties()
    assert temporal.isActive()
    request = QgsFeatureRequest().setFilterExpression("\"description\" LIKE '%<->%'")
    feature = next(layer.getFeatures(request))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    assert "&lt;-&gt;" in tip and "<->" not in tip
    assert feature["service_name"] in tip
    # Stored in UTC, shown in Heilbronn's time.
    requested = feature["requested_datetime"]
    utc = datetime(*requested.date().getDate(), requested.time().hour(),
                   requested.time().minute(), tzinfo=timezone.utc)
    assert f"Reported: {utc.astimezone(ZoneInfo('Europe/Berlin')):%d.%m.%Y %H:%M}" in tip


def test_reports_follow_the_temporal_controller_on_heilbronn_time(added, machine_tz):
    """A report shows in the frame of its Heilbronn time (the controller's clock), not of its
    UTC time, whatever the machine's time zone."""
    layer = added["citizen_reports"]
    temporal = layer.temporalProperties()
    assert temporal.mode() == Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions
    assert temporal.startExpression() == utc_to_wall_clock('"requested_datetime"')
    feature = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)))
    requested = feature["requested_datetime"]
    utc = datetime(*requested.date().getDate(), requested.time().hour(),
                   requested.time().minute(), requested.time().second(), tzinfo=timezone.utc)
    wall = utc.astimezone(ZoneInfo("Europe/Berlin")).replace(tzinfo=None)

    def shown(start: datetime) -> set:
        frame = QgsDateTimeRange(axis_time(start), axis_time(start + timedelta(minutes=1)),
                                 True, False)
        expression = temporal.createFilterString(QgsVectorLayerTemporalContext(), frame)
        return {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(
            expression))}

    minute = wall.replace(second=0)
    assert feature.id() in shown(minute)
    assert feature.id() not in shown(minute - (utc.astimezone(ZoneInfo("Europe/Berlin"))
                                               .utcoffset()))


@pytest.mark.parametrize(("utc", "berlin"), [
    ("2025-03-30T00:59:00Z", "30.03.2025 01:59"), ("2025-03-30T01:00:00Z", "30.03.2025 03:00"),
    ("2025-10-26T00:59:00Z", "26.10.2025 02:59"), ("2025-10-26T01:00:00Z", "26.10.2025 02:00"),
    ("2025-12-31T23:30:00Z", "01.01.2026 00:30"),
])
def test_map_tip_times_cross_the_dst_switch(added, machine_tz, utc, berlin):
    # Planners run QGIS in Europe/Berlin: the tip must not read the machine's clock.
    layer = added["citizen_reports"]
    feature = QgsFeature(layer.fields())
    feature["requested_datetime"] = QDateTime.fromString(utc, Qt.DateFormat.ISODate)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    assert f"Reported: {berlin}" in tip


def test_a_store_with_few_layers_gets_few_groups(project, tmp_path):
    store = tmp_path / "own.gpkg"
    core.create_store(store)
    core.write_records(store, "streets", [
        {"name": "Kaiserstraße", core.GEOMETRY: "LINESTRING (515900 5443270, 516050 5443240)"}])
    layers = add_store_layers(store, project)
    assert [layer.customProperty(LAYER_PROPERTY) for layer in layers] == ["streets"]
    assert [g.name() for g in _groups(project)] == [topic_title("city")]
    # Without provenance in the GeoPackage the catalogue still gives a title.
    assert layers[0].metadata().title() == layer_title("streets")


# The indoor styles, drawn for real: features made for the purpose, one style each.
BARRIER_FREE_BLUE = (0, 94, 184)
NARROW_RED = (200, 40, 30)


def _styled_memory_layer(kind: str, geometry: str, fields: str,
                         rows: list[tuple[str, list]]) -> QgsVectorLayer:
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:25832&{fields}", kind, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    message, ok = layer.loadNamedStyle(str(STYLES_DIR / f"{kind}.qml"))
    assert ok, message
    return layer


def _render(layer: QgsVectorLayer, extent: tuple[float, float, float, float],
            size: tuple[int, int] = (400, 200)):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(*size))
    settings.setExtent(QgsRectangle(*extent))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings.scale()


def _pixels_like(image, colour: tuple[int, int, int], columns: range) -> int:
    """Pixels within a small distance of ``colour`` (antialiasing blurs edges)."""
    from qgis.PyQt.QtGui import QColor

    count = 0
    for x in columns:
        for y in range(image.height()):
            pixel = QColor(image.pixel(x, y))
            if sum(abs(a - b) for a, b in zip((pixel.red(), pixel.green(), pixel.blue()),
                                              colour)) < 40:
                count += 1
    return count


def test_a_barrier_free_restroom_elevator_and_ramp_are_framed_blue(qgis_app):
    """Left of each pair accessible, right not: only the left one gets the blue frame."""
    fields = "field=category:string&field=name:string&field=accessible:integer"
    for category in ("restroom", "elevator", "ramp"):
        layer = _styled_memory_layer("indoor_spaces", "Polygon", fields, [
            ("POLYGON ((0 0, 8 0, 8 8, 0 8, 0 0))", [category, "A", 1]),
            ("POLYGON ((12 0, 20 0, 20 8, 12 8, 12 0))", [category, "B", 0]),
        ])
        image, _scale = _render(layer, (-1, -1, 21, 9))
        half = image.width() // 2
        left = _pixels_like(image, BARRIER_FREE_BLUE, range(0, half))
        right = _pixels_like(image, BARRIER_FREE_BLUE, range(half, image.width()))
        assert left > 100 and right == 0, (category, left, right)
    # An ordinary room is never framed, whatever its flag says.
    room = _styled_memory_layer("indoor_spaces", "Polygon", fields, [
        ("POLYGON ((0 0, 8 0, 8 8, 0 8, 0 0))", ["room", "A", 1])])
    image, _scale = _render(room, (-1, -1, 21, 9))
    assert _pixels_like(image, BARRIER_FREE_BLUE, range(image.width())) == 0


def test_doors_wide_enough_are_cased_blue_and_narrow_ones_red(qgis_app):
    fields = "field=category:string&field=width_m:double&field=accessible:integer"
    layer = _styled_memory_layer("indoor_openings", "LineString", fields, [
        ("LINESTRING (1 4, 9 4)", ["door", 0.9, 1]),      # exactly wide enough
        ("LINESTRING (12 4, 20 4)", ["door", 0.8, 1]),    # narrower than a wheelchair
    ])
    image, _scale = _render(layer, (0, 0, 21, 8))
    half = image.width() // 2
    assert _pixels_like(image, BARRIER_FREE_BLUE, range(0, half)) > 50
    assert _pixels_like(image, NARROW_RED, range(0, half)) == 0
    assert _pixels_like(image, BARRIER_FREE_BLUE, range(half, image.width())) == 0
    assert _pixels_like(image, NARROW_RED, range(half, image.width())) > 50


def test_every_space_category_of_the_schema_has_its_own_symbol(added):
    renderer = added["indoor_spaces"].renderer()
    values = [c.value() for c in renderer.categories()]
    assert set(schema.SPACE_CATEGORIES) | {"walkway", ""} <= set(values)
    labels = [c.label() for c in renderer.categories()]
    assert len(set(labels)) == len(labels)
    assert {c.value() for c in added["indoor_connectors"].renderer().categories()} == set(
        schema.CONNECTOR_KINDS)


def test_indoor_labels_appear_only_at_floorplan_scales(added):
    for name, at_most in (("indoor_spaces", 1500), ("indoor_hazards", 1500),
                          ("indoor_amenities", 1500), ("indoor_openings", 1500)):
        layer = added[name]
        settings = layer.labeling().settings()
        assert layer.labelsEnabled() and settings.scaleVisibility, name
        # minimumScale is the most zoomed-out denominator that still shows labels.
        assert 0 < settings.minimumScale <= at_most, (name, settings.minimumScale)
        assert settings.maximumScale <= 1, name
    spaces = added["indoor_spaces"]
    label = QgsExpression(spaces.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(spaces))
    texts = {}
    for feature in spaces.getFeatures():
        context.setFeature(feature)
        texts[feature["name"]] = label.evaluate(context)
    assert texts["WC (barrierefrei)"].endswith("\u267f")  # the wheelchair sign
    assert texts["Flur EG"] == "Flur EG"
    assert texts["Aufzug"] is None  # the connector's symbol says it


def test_indoor_symbols_need_no_internet(added):
    """Every SVG is embedded or ships with QGIS: a planner's laptop at the Vernissage is offline."""
    from qgis.core import QgsPathResolver, QgsSymbolLayerUtils

    svgs = []
    for name in ("indoor_spaces", "indoor_connectors", "indoor_amenities", "indoor_hazards",
                 "indoor_openings"):
        text = (STYLES_DIR / f"{name}.qml").read_text(encoding="utf-8")
        assert "http://" not in text.replace("http://mrcc.com/qgis.dtd", "") \
            and "https://" not in text, name
        for symbol in _symbols(added[name].renderer()):
            for layer in _symbol_layers(symbol):
                if hasattr(layer, "path") and callable(layer.path):
                    svgs.append(layer.path())
    assert len(svgs) >= 10
    for path in svgs:
        if path.startswith("base64:"):
            continue
        resolved = QgsSymbolLayerUtils.svgSymbolNameToPath(path, QgsPathResolver())
        assert resolved and Path(resolved).is_file(), path


def _symbols(renderer) -> list:
    from qgis.core import QgsRenderContext

    return renderer.symbols(QgsRenderContext())


def _symbol_layers(symbol) -> list:
    layers = []
    for layer in symbol.symbolLayers():
        layers.append(layer)
        if layer.subSymbol() is not None:
            layers.extend(_symbol_layers(layer.subSymbol()))
    return layers
