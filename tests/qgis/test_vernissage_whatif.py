"""„Was wäre, wenn…“ live on real QGIS, on a copy of the demo project: a what-if set through
the panel's widgets, calculated in the background, its card checked against
heilbronn:parkingsearchtraffic run directly with the same what-if; empty input, cancel and
reset."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEventLoop, Qt
from vernissage_support import open_demo_copy, what_if_parameters

from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage import VernissageDock
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_tour import load_tour
from heilbronn_digital.heilbronn_digital_plugin.gui.vernissage_whatif import (
    WhatIfDock,
    WhatIfInput,
    minutes_seconds,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

SITE = "Stadtgalerie"
# The card's measures, as the algorithm's summary table shows them: (factor, decimals) of the
# value a person reads (a share in percent).
SUMMARY_SHOWN = {"total_vehicle_km_h": (1.0, 1), "mean_search_min": (1.0, 1),
                 "share_over_5_min": (100.0, 1), "co2_kg_h": (1.0, 1)}
TASK_TIMEOUT_S = 180.0


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qgis_app) -> Iterator[QgsProject]:
    folder = tmp_path_factory.mktemp("whatif")
    project = open_demo_copy(folder)
    yield project
    project.clear()


@pytest.fixture
def tour(demo) -> Iterator[VernissageDock]:
    canvas = QgsMapCanvas()
    vernissage = VernissageDock(canvas, demo)
    yield vernissage
    vernissage.detach()
    vernissage.deleteLater()
    canvas.deleteLater()


@pytest.fixture
def dock(demo, tour, provider) -> Iterator[WhatIfDock]:
    panel = WhatIfDock(tour.player.canvas, demo, tour.add_station)
    yield panel
    panel.detach()
    panel.deleteLater()


def wait_for(dock: WhatIfDock) -> None:
    deadline = time.monotonic() + TASK_TIMEOUT_S
    while dock.task is not None and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    assert dock.task is None, "the what-if did not end"


def set_what_if(dock: WhatIfDock, change: int, guidance: int) -> None:
    dock.site_combo.setCurrentIndex(dock.site_combo.findText(SITE))
    dock.change_spin.setValue(change)
    dock.guidance_slider.setValue(guidance)
    dock.day_edit.setDate(QDate(2025, 11, 18))
    dock.hour_spin.setValue(11)


@pytest.mark.parametrize(("day", "hour", "window"), [
    (date(2025, 11, 18), 11, ("2025-11-18T10:00:00Z", "2025-11-18T11:00:00Z")),
    (date(2025, 7, 1), 11, ("2025-07-01T09:00:00Z", "2025-07-01T10:00:00Z")),
    (date(2025, 11, 18), 23, ("2025-11-18T22:00:00Z", "2025-11-18T23:00:00Z"))])
def test_day_and_hour_are_heilbronn_time(day, hour, window) -> None:
    assert WhatIfInput(None, 0, False, 50, day, hour).window() == window


def test_minutes_and_seconds() -> None:
    assert [minutes_seconds(m) for m in (0.0, 2.125, 3.75, 12.0)] == [
        "0:00", "2:08", "3:45", "12:00"]


def test_an_empty_what_if_says_what_to_pick(dock) -> None:
    assert dock.calculate_button.isEnabled()
    dock.calculate_button.click()
    assert dock.task is None
    assert "Pick a parking site" in dock.message.text()


def test_the_card_matches_the_algorithm_run_directly(dock, demo, tmp_path) -> None:
    import processing

    assert dock.site_combo.findText(SITE) > 0, "the demo's garages are in the list"
    set_what_if(dock, 200, 50)
    dock.calculate_button.click()
    assert dock.task is not None and not dock.progress.isHidden()
    wait_for(dock)
    assert dock.message.isHidden(), dock.message.text()
    card = dock.card

    result = processing.run("heilbronn:parkingsearchtraffic", {
        **dock.task_parameters, **what_if_parameters(dock.site_combo.currentData(), 200, 50.0)})
    rows = {f["measure"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    for measure, (factor, decimals) in SUMMARY_SHOWN.items():
        assert round(getattr(card.before, measure) * factor, decimals) == pytest.approx(
            rows[measure]["baseline"])
        assert round(getattr(card.after, measure) * factor, decimals) == pytest.approx(
            rows[measure]["scenario"])
    assert card.after.total_vehicle_km_h < card.before.total_vehicle_km_h

    # The map: the difference per segment, as the algorithm's diff_vkm_h.
    segments = result["OUTPUT"]
    expected = sum(f["diff_vkm_h"] for f in segments.getFeatures())
    assert sum(f["diff_vkm_h"] for f in dock.layer.getFeatures()) == pytest.approx(expected)
    assert dock.layer.renderer().classAttribute() == "diff_veh_h"
    assert demo.mapLayer(dock.layer.id()) is dock.layer
    text = dock.card_label.text()
    assert "→" in text and "vehicle-km per hour" in text and "CO₂" in text

    layer_id = dock.layer.id()
    dock.reset_button.click()
    assert demo.mapLayer(layer_id) is None and dock.card is None
    assert dock.card_label.text() == "" and dock.guidance_slider.value() == 0


def test_a_what_if_can_be_canceled(dock) -> None:
    set_what_if(dock, -100, 30)
    dock.hour_spin.setValue(15)  # an hour not read yet
    dock.calculate_button.click()
    dock.cancel_button.click()
    wait_for(dock)
    assert dock.card is None and dock.layer is None
    assert "canceled" in dock.message.text()
    assert dock.calculate_button.isEnabled() and dock.progress.isHidden()


def test_a_what_if_is_saved_as_a_station_and_comes_back_with_the_project(dock, tour,
                                                                        demo) -> None:
    stations_before = len(tour.stations)
    dock.station_button.click()
    assert "Calculate a what-if first" in dock.message.text()
    set_what_if(dock, 0, 40)
    dock.calculate_button.click()
    wait_for(dock)
    dock.station_button.click()
    assert dock.message.text() == "Saved as a station of the tour."
    stored = dock.layer.source()
    assert "vernissage_what_if.gpkg|layername=what_if_" in stored and "_g40_20251118_11" in stored
    station = tour.stations[-1] if tour.current == len(tour.stations) - 1 else \
        tour.stations[tour.current]
    assert len(tour.stations) == stations_before + 1
    assert station.caption("en").title == "What if: 40 % guided"
    assert "vehicle-km per hour" in station.caption("en").text
    assert dock.layer.id() in station.layers
    features = dock.layer.featureCount()
    assert features > 0

    path = demo.fileName()
    assert demo.write(path)
    demo.clear()
    assert demo.read(path)
    saved = load_tour(demo)[tour.current]
    layer = next(demo.mapLayer(i) for i in saved.layers
                 if demo.mapLayer(i) is not None and "what_if_" in demo.mapLayer(i).source())
    assert layer.isValid() and layer.featureCount() == features


def test_street_bays_are_removed_by_clicking_them(dock, demo) -> None:
    """Clicks on the map (the tool's own signal) at two street-parking sites and beside them;
    the what-if closes exactly those, as the algorithm does with a "closed" scenario table."""
    import processing

    canvas = dock.canvas
    canvas.resize(800, 600)
    canvas.setDestinationCrs(demo.crs())
    sites = next(layer for layer in demo.mapLayers().values()
                 if layer.source().endswith("layername=parking_sites"))
    street = sorted((f["site_id"], f.geometry().asPoint(), f["capacity"])
                    for f in sites.getFeatures() if f["site_type"] == "on_street")[:2]
    centre = street[0][1]
    canvas.setExtent(QgsRectangle(centre.x() - 300, centre.y() - 300, centre.x() + 300,
                                  centre.y() + 300))
    dock.bays_button.click()
    assert canvas.mapTool() is dock.bay_tool
    for _site, point, _capacity in street:
        dock.bay_tool.canvasClicked.emit(point, Qt.MouseButton.LeftButton)
    dock.bay_tool.canvasClicked.emit(QgsPointXY(centre.x() + 5000, centre.y()),
                                     Qt.MouseButton.LeftButton)
    assert "No street parking there" in dock.message.text()
    assert dock.removed_bays == {site for site, _point, _capacity in street}
    bays = sum(capacity for _site, _point, capacity in street)
    assert dock.bays_label.text() == f"{bays} street bays removed"
    dock.bays_button.click()
    assert canvas.mapTool() is not dock.bay_tool
    dock.day_edit.setDate(QDate(2025, 11, 18))
    dock.hour_spin.setValue(11)
    dock.calculate_button.click()
    wait_for(dock)
    table = QgsVectorLayer("None", "scenario", "memory")
    table.dataProvider().addAttributes([QgsField("site_id", FieldType.String),
                                        QgsField("change", FieldType.String)])
    table.updateFields()
    rows = []
    for site, _point, _capacity in street:
        row = QgsFeature(table.fields())
        row.setAttributes([site, "geschlossen"])
        rows.append(row)
    table.dataProvider().addFeatures(rows)
    result = processing.run("heilbronn:parkingsearchtraffic", {
        **dock.task_parameters, "SCENARIO": table, "SCENARIO_SITE_FIELD": "site_id",
        "SCENARIO_CHANGE_FIELD": "change", "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    summary = {f["measure"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    assert round(dock.card.after.total_vehicle_km_h, 1) == pytest.approx(
        summary["total_vehicle_km_h"]["scenario"])
    assert dock.card.after.total_vehicle_km_h > dock.card.before.total_vehicle_km_h
    dock.reset_button.click()
    assert dock.removed_bays == set() and dock.bays_label.text() == ""
