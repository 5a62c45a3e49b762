"""A parking site its feed reports closed (DATEX II ``parkingSiteOpeningStatus``, issue 12
item 14) is closed on the map and in its map tip, and no supply for the search model."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedback_log import FeedbackLog
from memory_layers import memory_layer
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

SHOTS = Path(__file__).resolve().parents[2] / "build" / "e2e"
NS = "http://datex2.eu/schema/2/2_0"
HEAD = (f'<d2LogicalModel xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<payloadPublication xsi:type="GenericPublication"><genericPublicationExtension>')
TAIL = "</genericPublicationExtension></payloadPublication></d2LogicalModel>"
TABLE = HEAD + """<parkingTablePublication><parkingTable>
<parkingRecord xsi:type="UrbanParkingSite" id="harmonie" version="1">
<parkingName><values><value lang="de">Harmonie</value></values></parkingName>
<parkingNumberOfSpaces>120</parkingNumberOfSpaces>
<parkingLocation><pointByCoordinates><pointCoordinates><latitude>49.1423</latitude>
<longitude>9.2254</longitude></pointCoordinates></pointByCoordinates></parkingLocation>
<urbanParkingSiteType>offStreetParking</urbanParkingSiteType>
</parkingRecord></parkingTable></parkingTablePublication>""" + TAIL
STATUS = HEAD + """<parkingStatusPublication><parkingRecordStatus xsi:type="ParkingSiteStatus">
<parkingRecordReference id="harmonie" targetClass="ParkingRecord" version="1"/>
<parkingStatusOriginTime>2025-11-04T08:15:00+01:00</parkingStatusOriginTime>
<parkingSiteOpeningStatus>closed</parkingSiteOpeningStatus>
<parkingOccupancy><parkingNumberOfVacantSpaces>0</parkingNumberOfVacantSpaces>
</parkingOccupancy></parkingRecordStatus></parkingStatusPublication>""" + TAIL


@pytest.fixture
def store(provider, tmp_path: Path) -> Path:
    import processing

    (tmp_path / "table.xml").write_text(TABLE, "utf-8")
    (tmp_path / "status.xml").write_text(STATUS, "utf-8")
    path = tmp_path / "closed.gpkg"
    processing.run("heilbronn:importparking", {
        "FORMAT": 4, "SOURCE": str(tmp_path / "status.xml"),
        "SECOND_SOURCE": str(tmp_path / "table.xml"), "STORE": str(path)})
    return path


def _rules(layer: QgsVectorLayer, feature: QgsFeature) -> list[str]:
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.expressionContext().setFeature(feature)
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        return [rule.label() for rule in renderer.rootRule().rulesForFeature(feature, context)]
    finally:
        renderer.stopRender(context)


def _tip(layer: QgsVectorLayer, feature: QgsFeature) -> str:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_a_closed_site_is_drawn_and_described_as_closed(project: QgsProject, store: Path):
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in add_store_layers(store, project)}
    sites = layers["parking_sites"]
    (site,) = sites.getFeatures()
    assert (site["status_latest"], site["free_latest"]) == ("closed", 0)
    # The test session's QGIS speaks English (German: tests/qgis/test_style_language.py).
    assert _rules(sites, site) == ["closed"]
    assert "closed" in _tip(sites, site) and "occupied" not in _tip(sites, site)
    frames = layers["parking_occupancy_map"]
    (reading,) = frames.getFeatures()
    assert reading["status"] == "closed"
    # The temporal layer draws only inside an animation frame (@map_start_time set).
    scope = QgsExpressionContextUtils.globalProjectLayerScopes(frames)
    context = QgsRenderContext()
    context.expressionContext().appendScopes(scope)
    frame = context.expressionContext()
    # A frame around the reading (08:15 in Heilbronn): the controller's digits are
    # Heilbronn wall-clock time.
    for name, digits in (("map_start_time", "2025-11-04T08:15:00Z"),
                         ("map_end_time", "2025-11-04T08:30:00Z")):
        frame.lastScope().setVariable(name, QDateTime.fromString(digits,
                                                                 Qt.DateFormat.ISODate))
    frame.setFeature(reading)
    renderer = frames.renderer().clone()
    renderer.startRender(context, frames.fields())
    try:
        labels = [rule.label() for rule in renderer.rootRule().rulesForFeature(reading,
                                                                              context)]
    finally:
        renderer.stopRender(context)
    assert labels == ["closed"]
    assert "closed" in _tip(frames, reading)


def test_a_closed_site_is_drawn_dark(project: QgsProject, store: Path):
    """Rendered as the map canvas would: the dark grey square of the closed rule, no green,
    yellow or red of an occupancy (saved under build/e2e/ to look at)."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in add_store_layers(store, project)}
    sites = layers["parking_sites"]
    settings = QgsMapSettings()
    settings.setLayers([sites])
    settings.setDestinationCrs(sites.crs())
    settings.setOutputSize(QSize(200, 200))
    settings.setExtent(sites.extent().buffered(60.0))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / "hostile_closed_site.png"))
    colours = [QColor(image.pixel(x, y)) for x in range(200) for y in range(200)]
    dark = sum(1 for c in colours if max(abs(c.red() - 70), abs(c.green() - 70),
                                         abs(c.blue() - 70)) <= 12)
    coloured = sum(1 for c in colours if max(c.red(), c.green(), c.blue()) -
                   min(c.red(), c.green(), c.blue()) > 60)
    assert dark >= 30 and coloured == 0
    labels = [label.labelText for label in job.takeLabelingResults().allLabels()]
    assert labels == ["Harmonie\nclosed"]


def test_a_closed_site_offers_no_space_to_the_search_model(provider):
    import processing

    x0, y0 = 514_000.0, 5_443_000.0
    streets = memory_layer("LineString", [("name", FieldType.String)], [
        (QgsGeometry.fromPolylineXY([QgsPointXY(x0 + a, y0), QgsPointXY(x0 + b, y0)]), [name])
        for a, b, name in ((0, 150, "Lange 1"), (150, 300, "Lange 2"))])
    sites = memory_layer("Point", [("site_id", FieldType.String), ("capacity", FieldType.Int),
                              ("occupancy_latest", FieldType.Double),
                              ("status_latest", FieldType.String)], [
        (QgsGeometry.fromPointXY(QgsPointXY(x0 + 50, y0 + 5)), ["open", 10, 0.5, "free"]),
        (QgsGeometry.fromPointXY(QgsPointXY(x0 + 250, y0 + 5)), ["closed", 10, None,
                                                                  "closed"])])
    destinations = memory_layer("Point", [("arrivals", FieldType.Double)], [
        (QgsGeometry.fromPointXY(QgsPointXY(x0 + 150, y0 + 3)), [4.0])])
    start = QDateTime.fromString("2025-11-18T10:00:00Z", Qt.DateFormat.ISODate)
    messages = FeedbackLog()
    result = processing.run("heilbronn:parkingsearchtraffic", {
        "STREETS": streets, "SITES": sites, "DESTINATIONS": destinations,
        "ARRIVALS_FIELD": "arrivals", "TIME_START": start, "TIME_END": start.addSecs(3600),
        "MODE": 1, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
        feedback=messages)
    p_free = {round(f.geometry().interpolate(f.geometry().length() / 2).asPoint().x() - x0):
              f["p_free"] for f in result["OUTPUT"].getFeatures()}
    # The open site: 1 − 0.5¹⁰; the closed one: nothing, as if full.
    assert p_free[75] == pytest.approx(1 - 0.5 ** 10)
    assert p_free[225] == 0
    assert not any("left out" in warning and "closed" in warning
                   for warning in messages.warnings)
