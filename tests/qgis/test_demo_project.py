"""The demo project ready to show (issue 9, item 6): what sample_data/build_sample_data.py writes
into it and what the plugin does when it opens; the clock and the frames on Heilbronn's clock
under TZ=UTC and TZ=Europe/Berlin, across both summer-time switches.

What a person sees in the real desktop (the docked Temporal Controller, the drawn clock and
garages) is checked by the planner's-day tour in tests/e2e/test_tour_desktop.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from occupancy_frames import FRAME, axis_time, draw, frame_features, frame_map, frame_range
from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsHeatmapRenderer,
    QgsLayerTreeModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QDateTime, QSize, Qt
from qgis.PyQt.QtGui import QColor

import heilbronn_digital
from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking
from heilbronn_digital.heilbronn_digital_plugin.gui import demo_project
from heilbronn_digital.heilbronn_digital_plugin.gui.parking_live import ParkingLiveDock
from heilbronn_digital.heilbronn_digital_plugin.store import core
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    TOPIC_PROPERTY,
    add_store_layers,
    fit_frame_filters,
    layer_title,
    topic_title,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import DEMO_PROJECT, SAMPLE_GPKG
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.time_expressions import (
    clock_label,
    frame_filter,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.translation import (
    install_translator,
    remove_translator,
)

UTC = timezone.utc


@pytest.fixture
def demo(qgis_app, tmp_path: Path) -> Iterator[QgsProject]:
    """A copy of the committed demo project, read into a project of its own."""
    for source in (DEMO_PROJECT, SAMPLE_GPKG):
        shutil.copy(source, tmp_path / source.name)
    project = QgsProject()
    assert project.read(str(tmp_path / DEMO_PROJECT.name)), project.error()
    yield project
    project.clear()


@pytest.fixture
def german(qgis_app) -> Iterator[None]:
    translator = install_translator("de")
    assert translator is not None, "the German translation is not compiled (make qm)"
    yield
    remove_translator(translator)


def by_key(project: QgsProject) -> dict[str, object]:
    layers = {}
    for layer in project.mapLayers().values():
        key = layer.customProperty(LAYER_PROPERTY) or \
            layer.customProperty(demo_project.DEMO_LAYER_PROPERTY)
        if key:
            layers[key] = layer
    return layers


def test_the_demo_asks_to_be_opened_ready_to_show(demo):
    assert demo.readBoolEntry(demo_project.SCOPE, demo_project.READY_TO_SHOW)[0]
    # 08:00 in 15-minute frames from midnight: the garages begin to fill.
    assert demo.readNumEntry(demo_project.SCOPE, demo_project.FIRST_FRAME)[0] == 32
    assert demo.readBoolEntry(demo_project.CLOCK, "/Enabled")[0]
    assert demo.readEntry(demo_project.CLOCK, "/Label")[0] == clock_label()
    assert "OpenStreetMap" in demo.readEntry("CopyrightLabel", "/Label")[0]


def test_reports_are_a_heatmap_zoomed_out_and_dots_zoomed_in(demo):
    layers = by_key(demo)
    reports, density = layers["citizen_reports"], layers[demo_project.DENSITY]
    assert isinstance(density.renderer(), QgsHeatmapRenderer)
    assert density.source() == reports.source()
    assert reports.hasScaleBasedVisibility() and density.hasScaleBasedVisibility()
    # The inner city opens at about 1:12,000: the heatmap; from 1:8,000 on the dots.
    assert density.isInScaleRange(12000) and not reports.isInScaleRange(12000)
    assert reports.isInScaleRange(5000) and not density.isInScaleRange(5000)
    # The day that plays is a parking day: the reports stay on the map.
    assert not reports.temporalProperties().isActive()
    assert not density.temporalProperties().isActive()


def test_layer_names_are_those_add_heilbronn_layers_gives(demo, german):
    for layer in demo.mapLayers().values():
        name = layer.customProperty(LAYER_PROPERTY)
        if name:
            assert layer.name() == layer_title(name)
    assert by_key(demo)[core.OCCUPANCY_MAP].name() == "Belegung im Zeitverlauf"
    assert by_key(demo)[demo_project.DENSITY].name() == "Anliegen (Dichte)"


def test_localise_gives_english_names_in_english_without_marking_the_project_changed(demo):
    assert not demo.isDirty()
    demo_project.localise(demo)
    assert not demo.isDirty()
    layers = by_key(demo)
    assert layers[core.OCCUPANCY_MAP].name() == "Occupancy over time"
    assert layers[demo_project.DENSITY].name() == "Reports (density)"
    assert layers[demo_project.HOT_SPOTS].name() == "Hot spots: Citizen reports"
    topics = {group.customProperty(TOPIC_PROPERTY): group.name()
              for group in demo.layerTreeRoot().findGroups(True)}
    assert topics["parking"] == topic_title("parking") == "Parking"
    scope = QgsExpressionContextUtils.projectScope(demo)
    assert scope.variable(demo_project.LANGUAGE_VARIABLE) == "en"


def clock_text(wall: datetime, language: str) -> str:
    """The clock's text while the map shows the frame starting at ``wall`` (Heilbronn time on
    the Temporal Controller's clock)."""
    context = QgsExpressionContext()
    scope = QgsExpressionContextScope()
    scope.setVariable("map_start_time", axis_time(wall), True)
    scope.setVariable("map_end_time", axis_time(wall + timedelta(minutes=15)), True)
    scope.setVariable(demo_project.LANGUAGE_VARIABLE, language, True)
    context.appendScope(scope)
    return QgsExpression.replaceExpressionText(clock_label(), context)


@pytest.mark.parametrize(("language", "words"), [("de", "Parkhäuser"), ("en", "Car parks")])
def test_the_credit_line_speaks_the_language_of_the_clock(demo, language, words):
    context = QgsExpressionContext()
    scope = QgsExpressionContextScope()
    scope.setVariable(demo_project.LANGUAGE_VARIABLE, language, True)
    context.appendScope(scope)
    label = demo.readEntry("CopyrightLabel", "/Label")[0]
    assert label == demo_project.map_credit()
    text = QgsExpression.replaceExpressionText(label, context)
    assert text.startswith("© Stadt Heilbronn" if language == "de" else "© City of Heilbronn")
    assert words in text and "OpenStreetMap" in text and "[%" not in text


@pytest.mark.parametrize(("wall", "german", "english"), [
    (datetime(2025, 11, 18, 8, 0), "Dienstag, 18. November 2025, 08:00 Uhr MEZ",
     "Tuesday, 18 November 2025, 08:00 CET"),
    (datetime(2025, 7, 1, 11, 15), "Dienstag, 1. Juli 2025, 11:15 Uhr MESZ",
     "Tuesday, 1 July 2025, 11:15 CEST"),
    # The spring switch: 01:45 is winter time, 03:00 summer time.
    (datetime(2025, 3, 30, 1, 45), "Sonntag, 30. März 2025, 01:45 Uhr MEZ",
     "Sunday, 30 March 2025, 01:45 CET"),
    (datetime(2025, 3, 30, 3, 0), "Sonntag, 30. März 2025, 03:00 Uhr MESZ",
     "Sunday, 30 March 2025, 03:00 CEST"),
    # The autumn switch: the repeated hour is shown as its first pass (summer time).
    (datetime(2025, 10, 26, 2, 30), "Sonntag, 26. Oktober 2025, 02:30 Uhr MESZ",
     "Sunday, 26 October 2025, 02:30 CEST"),
    (datetime(2025, 10, 26, 3, 0), "Sonntag, 26. Oktober 2025, 03:00 Uhr MEZ",
     "Sunday, 26 October 2025, 03:00 CET"),
])
def test_the_clock_reads_heilbronn_time(qgis_app, machine_tz, wall, german, english):
    assert clock_text(wall, "de") == german
    assert clock_text(wall, "en") == english


def test_the_clock_is_empty_while_the_temporal_controller_is_off(qgis_app):
    assert QgsExpression.replaceExpressionText(clock_label(), QgsExpressionContext()) == ""


@pytest.fixture
def switch_nights(qgis_app, tmp_path: Path) -> Iterator[tuple[QgsProject, QgsVectorLayer]]:
    """One garage read every 15 minutes through both summer-time switch nights of 2025."""
    site = pr.ParkingSite("t:g", name="Garage", site_type="garage", capacity=100,
                          lon=9.22, lat=49.14)
    readings = []
    for night in (datetime(2025, 3, 29, 22, 0, tzinfo=UTC),
                  datetime(2025, 10, 25, 22, 0, tzinfo=UTC)):
        for step in range(6 * 4):
            readings.append(pr.ParkingObservation(
                "t:g", night + step * timedelta(minutes=15), step, None, None, ""))
    store = tmp_path / "nights.gpkg"
    store_parking(store, pr.ParkingBatch("t", [site], readings))
    project = QgsProject()
    layers = add_store_layers(store, project)
    yield project, next(layer for layer in layers
                        if layer.customProperty(LAYER_PROPERTY) == core.OCCUPANCY_MAP)
    project.clear()


@pytest.mark.parametrize(("wall", "utc"), [
    (datetime(2025, 3, 30, 1, 30), "2025-03-30T00:30"),  # CET
    (datetime(2025, 3, 30, 1, 45), "2025-03-30T00:45"),  # CET, the frame ends at 02:00
    # 02:00–02:59 does not exist that night: read as the clock before it was set forward.
    (datetime(2025, 3, 30, 2, 15), "2025-03-30T01:15"),
    (datetime(2025, 3, 30, 2, 30), "2025-03-30T01:30"),
    # Ends at 03:00 summer time, an hour before its start in UTC: a quarter hour all the same.
    (datetime(2025, 3, 30, 2, 45), "2025-03-30T01:45"),
    (datetime(2025, 3, 30, 3, 15), "2025-03-30T01:15"),  # CEST
    # The frame's filter starts 2 h 15 min earlier: in the skipped hour, too.
    (datetime(2025, 3, 30, 4, 30), "2025-03-30T02:30"),
    (datetime(2025, 3, 30, 5, 15), "2025-03-30T03:15"),
    (datetime(2025, 10, 26, 1, 45), "2025-10-25T23:45"),  # CEST
    (datetime(2025, 10, 26, 2, 15), "2025-10-26T00:15"),  # the repeated hour, first pass
    (datetime(2025, 10, 26, 2, 45), "2025-10-26T00:45"),  # ends at 03:00, winter time
    (datetime(2025, 10, 26, 3, 0), "2025-10-26T02:00"),  # CET
])
def test_each_frame_of_a_switch_night_shows_the_reading_of_its_heilbronn_time(
        switch_nights, machine_tz, wall, utc, request):
    if (Qgis.QGIS_VERSION_INT < 34000 and machine_tz == "Europe/Berlin"
            and utc.startswith("2025-03-30T02")):
        # QGIS 3.22's GeoPackage reader builds a date/time from the stored UTC digits on the
        # machine's clock (ignoring the "Z"): in the hour that clock skips they name no time,
        # and the reading's time is empty. QGIS 3.40 reads them as UTC.
        request.applymarker(pytest.mark.xfail(strict=True, reason="QGIS 3.22 reads a UTC "
                                              "time in the machine's skipped hour as empty"))
    project, layer = switch_nights
    # What the plugin does before the map canvas or a film draws a frame.
    fit_frame_filters(project, frame_range(wall))
    shown = frame_features(layer, wall)
    assert [f["observed_at"].toString("yyyy-MM-ddTHH:mm") for f in shown] == [utc]


def test_the_occupancy_style_chooses_each_frame_with_the_frame_filter(switch_nights):
    """The style carries the expression written out: it is frame_filter's, rule by rule."""
    _, layer = switch_nights
    timed = [rule for rule in layer.renderer().rootRule().children() if not rule.isElse()]
    assert len(timed) == 3
    assert all(frame_filter('observed_at', 899.999) in rule.filterExpression() for rule in timed)


@pytest.mark.parametrize(("wall", "filtered"), [
    (datetime(2025, 3, 30, 1, 30), True),
    (datetime(2025, 3, 30, 1, 45), False),  # ends at 02:00
    (datetime(2025, 3, 30, 2, 45), True),  # starts at 00:30, ends at 03:00
    (datetime(2025, 3, 30, 4, 0), True),  # starts at 01:45
    (datetime(2025, 3, 30, 4, 15), False),  # starts at 02:00
    (datetime(2025, 3, 30, 5, 15), True),  # starts at 03:00
    (datetime(2025, 10, 26, 2, 15), True),
])
@pytest.mark.parametrize("machine_tz", ["Europe/Berlin"], indirect=True)
def test_only_frames_whose_filter_names_a_skipped_time_read_the_whole_store(
        switch_nights, machine_tz, wall, filtered):
    """On a machine in Heilbronn's zone; every other frame keeps the fast filter."""
    project, layer = switch_nights
    fit_frame_filters(project, frame_range(wall))
    fitted = layer.temporalProperties().mode()
    assert (fitted == Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField) == filtered
    assert (fitted == Qgis.VectorTemporalMode.RedrawLayerOnly) != filtered
    assert not project.isDirty()


@pytest.mark.parametrize("machine_tz", ["Europe/Berlin"], indirect=True)
def test_the_garage_draws_in_every_frame_around_the_skipped_hour(switch_nights, machine_tz):
    """Drawn by QGIS's map renderer as the canvas draws a frame once the plugin has fitted
    the filter; without the fit the frames ending in the skipped hour are empty."""
    project, layer = switch_nights
    extent = layer.extent().buffered(0.005 if layer.crs().isGeographic() else 500.0)
    walls = [datetime(2025, 3, 30, 1, 30) + step * FRAME for step in range(7)]

    def coloured(wall: datetime) -> int:
        image = draw(frame_map([layer], extent, QSize(120, 120), wall)).renderedImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if QColor(image.pixel(x, y)).saturation() > 60)

    unfitted = [coloured(wall) for wall in walls]
    fitted = []
    for wall in walls:
        fit_frame_filters(project, frame_range(wall))
        fitted.append(coloured(wall))
    assert all(count > 20 for count in fitted), fitted
    # 01:30 ends at 01:45; 01:45–02:30 end in the skipped hour.
    assert unfitted[0] > 20 and unfitted[1:5] == [0, 0, 0, 0], unfitted


@pytest.mark.parametrize("machine_tz", ["Europe/Berlin"], indirect=True)
def test_the_plugin_fits_the_filter_before_the_map_canvas_draws_a_frame(
        qgis_iface, qgis_processing, switch_nights, machine_tz):
    """The canvas of the desktop: the plugin follows its frames (the Temporal Controller sets
    them); the frame's map is drawn after the plugin has fitted the filter."""
    _, night = switch_nights
    project = QgsProject.instance()
    plugin = heilbronn_digital.classFactory(qgis_iface)
    plugin.initGui()
    canvas = qgis_iface.mapCanvas()
    try:
        (layer,) = [layer for layer in add_store_layers(night.source().split("|")[0], project)
                    if layer.customProperty(LAYER_PROPERTY) == core.OCCUPANCY_MAP]
        project.setDirty(False)
        modes = []
        for wall in (datetime(2025, 3, 30, 2, 15), datetime(2025, 3, 30, 3, 15)):
            canvas.setTemporalRange(frame_range(wall))
            modes.append(layer.temporalProperties().mode())
        assert modes == [Qgis.VectorTemporalMode.RedrawLayerOnly,
                         Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField]
        assert not project.isDirty()
    finally:
        canvas.setTemporalRange(QgsDateTimeRange(QDateTime(), QDateTime()))
        plugin.unload()
        project.clear()


def test_the_live_panel_shows_the_store_of_a_project_when_it_is_read(demo, tmp_path):
    dock = ParkingLiveDock(demo, QgsMessageBar())
    try:
        assert Path(dock.store_widget.filePath()) == tmp_path / SAMPLE_GPKG.name
        assert dock.table.rowCount() == 46
        other = QgsProject()
        copy = tmp_path / "other"
        copy.mkdir()
        for source in (DEMO_PROJECT, SAMPLE_GPKG):
            shutil.copy(source, copy / source.name)
        live = ParkingLiveDock(other, QgsMessageBar())
        assert other.read(str(copy / DEMO_PROJECT.name))
        assert Path(live.store_widget.filePath()) == copy / SAMPLE_GPKG.name
        live.shutdown()
        other.clear()
    finally:
        dock.shutdown()


def test_ready_to_show_opens_on_the_inner_city_without_marking_the_project_changed(
        qgis_iface, tmp_path):
    for source in (DEMO_PROJECT, SAMPLE_GPKG):
        shutil.copy(source, tmp_path / source.name)
    ready = demo_project.ReadyToShow(qgis_iface)
    project = QgsProject.instance()
    try:
        assert project.read(str(tmp_path / DEMO_PROJECT.name))
        ready.apply()
        canvas = qgis_iface.mapCanvas()
        view = project.viewSettings().defaultViewExtent()
        assert canvas.extent().intersects(view)
        assert abs(canvas.extent().center().x() - view.center().x()) < 1
        assert not project.isDirty()
    finally:
        ready.detach()
        project.clear()


def test_the_occupancy_legend_in_the_layer_tree_has_no_blank_rows(demo):
    """The occupancy map's closing ELSE rule has neither label nor symbol: not a row."""
    (node,) = [node for node in demo.layerTreeRoot().findLayers()
               if node.layer().customProperty(LAYER_PROPERTY) == core.OCCUPANCY_MAP]
    model = QgsLayerTreeModel(demo.layerTreeRoot())
    rows = [row.data(Qt.ItemDataRole.DisplayRole) for row in model.layerLegendNodes(node)]
    assert len(rows) == 13
    assert "" not in rows and rows[-1] == "geschlossen"


def test_the_german_demo_project_opens_in_english_with_english_styles(demo):
    """Legends and map tips too (toolbelt/style_language.py), not only layer names."""
    layers = {layer.customProperty(LAYER_PROPERTY) or
              layer.customProperty(demo_project.DEMO_LAYER_PROPERTY): layer
              for layer in demo.mapLayers().values()}
    sites = layers["parking_sites"]
    assert "frei (unter 50 %)" in [i.label() for i in sites.renderer().legendSymbolItems()]
    demo_project.localise(demo)
    assert not demo.isDirty()
    assert "free (below 50 %)" in [i.label() for i in sites.renderer().legendSymbolItems()]
    assert "Free:" in sites.mapTipTemplate() and "Frei:" not in sites.mapTipTemplate()
    hot_spots = layers[demo_project.HOT_SPOTS]
    assert "Hot spot, 99 % confidence" in [
        i.label() for i in hot_spots.renderer().legendSymbolItems()]
    destinations = layers[demo_project.DESTINATIONS]
    assert "Retail" in [i.label() for i in destinations.renderer().legendSymbolItems()]


def test_any_project_with_the_plugins_layers_opens_with_styles_in_the_users_language(
        qgis_app, qgis_iface, tmp_path, sample_gpkg):
    """A project saved with QGIS in German, opened with QGIS in English: the legends and map
    tips of its Heilbronn layers follow (the layer names are the project's own)."""
    store = tmp_path / "store.gpkg"
    shutil.copy(sample_gpkg, store)
    saved = QgsProject()
    translator = install_translator("de")
    try:
        add_store_layers(str(store), saved)
    finally:
        remove_translator(translator)
    assert saved.write(str(tmp_path / "colleague.qgz"))
    saved.clear()
    ready = demo_project.ReadyToShow(qgis_iface)
    project = QgsProject.instance()
    try:
        assert project.read(str(tmp_path / "colleague.qgz"))
        qgis_app.processEvents()  # the plugin localises once QGIS has read the project
        sites = next(layer for layer in project.mapLayers().values()
                     if layer.customProperty(LAYER_PROPERTY) == "parking_sites")
        legend = [item.label() for item in sites.renderer().legendSymbolItems()]
        assert "free (below 50 %)" in legend and "frei (unter 50 %)" not in legend
        assert "Free:" in sites.mapTipTemplate()
        assert sites.name() == "Parkstandorte"
        assert not project.isDirty()
    finally:
        ready.detach()
        project.clear()
