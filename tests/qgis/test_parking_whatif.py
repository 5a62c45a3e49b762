"""heilbronn:parkingsearchtraffic's what-ifs on the demo data: they move, in the expected
direction; parking guidance; the simulation against the analytical estimate; the day profile
outputs; and bad input named and assumed around."""

from __future__ import annotations

import numpy as np
import pytest
from demo_parking import SEARCH_STREETS  # the demo's pedestrian zones and alleys
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

PEAK = ("2025-11-18T10:00:00Z", "2025-11-18T11:00:00Z")  # 11–12 h in Heilbronn, a Tuesday
QUIET = ("2025-11-18T20:00:00Z", "2025-11-18T21:00:00Z")  # 21–22 h
SIMULATION, ANALYTICAL = 0, 1



class Messages(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text: str) -> None:
        self.infos.append(text)
        super().pushInfo(text)


@pytest.fixture(scope="module")
def demo(provider, sample_gpkg) -> dict:
    """The demo city at the weekday peak with the sample destinations and their profiles."""
    return {"STREETS": f"{sample_gpkg}|layername=streets", "SEARCH_STREETS": SEARCH_STREETS,
            "SITES": f"{sample_gpkg}|layername=parking_sites",
            "OCCUPANCY": f"{sample_gpkg}|layername=parking_occupancy",
            "TIME_START": PEAK[0], "TIME_END": PEAK[1],
            "DESTINATIONS": f"{sample_gpkg}|layername=parking_destinations",
            "PROFILES": f"{sample_gpkg}|layername=parking_destination_profiles",
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}


def _run(parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run("heilbronn:parkingsearchtraffic", parameters, feedback=feedback)


def _table(rows: list[tuple], fields: list[tuple[str, object]]) -> QgsVectorLayer:
    layer = QgsVectorLayer("None", "table", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind) for name, kind in fields])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _scenario(*rows: tuple[str, object]) -> QgsVectorLayer:
    return _table([(site, str(change)) for site, change in rows],
                  [("site_id", FieldType.String), ("capacity_change", FieldType.String)])


def _totals(result: dict) -> tuple[float, float]:
    row = {f["measure"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    return row["total_vehicle_km_h"]["baseline"], row["total_vehicle_km_h"]["scenario"]


def test_readme_what_if_moves(provider, sample_gpkg):
    """The README's example (Harmonie +200, the 14 bays in Sichererstraße removed), with the
    demand the readings imply: Harmonie is not full at the peak, so its 200 spaces change
    nothing; the drivers who parked in Sichererstraße must search elsewhere: more search."""
    messages = Messages()
    result = _run({"STREETS": f"{sample_gpkg}|layername=streets",
                   "SITES": f"{sample_gpkg}|layername=parking_sites",
                   "OCCUPANCY": f"{sample_gpkg}|layername=parking_occupancy",
                   "TIME_START": PEAK[0], "TIME_END": PEAK[1],
                   "SCENARIO": _scenario(("parkapi_v1:harmonie", 200), ("demo:os-004", -14)),
                   "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
                  messages)
    baseline, scenario = _totals(result)
    assert scenario > baseline * 1.01
    diff = sum(f["diff_vkm_h"] for f in result["OUTPUT"].getFeatures())
    assert diff == pytest.approx(scenario - baseline, abs=1e-6)
    assert any("demo:os-004" in w and "closed" in w for w in messages.warnings)
    assert any("runs" in info for info in messages.infos)


def test_closing_a_garage_used_at_the_peak_increases_search(demo):
    base = _run({**demo, "OUTPUT_DESTINATIONS": "TEMPORARY_OUTPUT"})
    used = [f for f in base["OUTPUT"].getFeatures() if f["sites"] > 0 and f["parked_h"] > 5]
    assert used  # drivers park at the garages at the peak
    closed = _run({**demo, "SCENARIO": _scenario(("parkapi_v1:stadtgalerie", "closed"))})
    baseline, scenario = _totals(closed)
    assert baseline == pytest.approx(base["TOTAL_VEHICLE_KM_H"])
    assert scenario > 1.2 * baseline


def test_adding_spaces_where_the_street_is_full_decreases_search(demo, sample_gpkg):
    """Untere Neckarstraße (demo:os-003) is full in most readings of the peak hour."""
    readings = QgsVectorLayer(f"{sample_gpkg}|layername=parking_occupancy", "r", "ogr")
    free = [f["free"] for f in readings.getFeatures(
        "\"site_id\" = 'demo:os-003' AND \"observed_at\" >= '2025-11-18T10:00:00' "
        "AND \"observed_at\" < '2025-11-18T11:00:00'")]
    assert len(free) == 4 and sum(value == 0 for value in free) >= 3
    result = _run({**demo, "SCENARIO": _scenario(("demo:os-003", 20))})
    baseline, scenario = _totals(result)
    assert scenario < 0.95 * baseline


def test_more_guidance_never_increases_search(demo):
    """The guidance curve at the peak: 0 % equals the unguided baseline, and every step up
    cuts search."""
    totals = []
    for share in (0, 25, 50, 75, 100):
        baseline, scenario = _totals(_run({**demo, "SCENARIO_GUIDANCE_SHARE": share}))
        totals.append(scenario)
        if share == 0:
            assert scenario == baseline
    assert all(later < earlier for earlier, later in zip(totals, totals[1:]))
    assert totals[-1] < 0.5 * totals[0]


def test_simulation_agrees_with_the_estimate_when_the_city_is_quiet(demo):
    """21–22 h: few arrivals and free spaces everywhere, so drivers do not compete."""
    quiet = {**demo, "TIME_START": QUIET[0], "TIME_END": QUIET[1]}
    simulated = _run(quiet)["TOTAL_VEHICLE_KM_H"]
    estimated = _run({**quiet, "MODE": ANALYTICAL})["TOTAL_VEHICLE_KM_H"]
    assert simulated == pytest.approx(estimated, rel=0.05)


def test_near_full_the_estimate_underestimates_search(demo):
    """The occupancy curve on the demo network (synthetic readings at each occupancy): with
    few drivers both agree at low occupancy; with the peak's drivers near full occupancy
    the simulation's search is far above the analytical estimate (Levy et al. 2013)."""
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_model import (
        Demand,
    )
    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_theory import (
        occupancy_curve,
    )
    from heilbronn_digital.processing_algs.parking_search_traffic import prepare_what_if

    prepared = prepare_what_if(demo)
    model, demand = prepared.model, prepared.demand
    few = Demand(demand.edge, demand.along, demand.rates * 0.1)
    low = occupancy_curve(model.network, prepared.sites, few, model.window, np.array([0.3]))
    assert low.simulated_min[0] == pytest.approx(low.analytical_min[0], rel=0.05)
    full = occupancy_curve(model.network, prepared.sites, demand, model.window,
                           np.array([0.5, 0.99]))
    assert full.simulated_min[1] > 1.5 * full.analytical_min[1]
    assert full.simulated_min[1] > 2.0 * full.simulated_min[0]


def test_search_times_per_destination_and_overall(demo):
    result = _run({**demo, "OUTPUT_DESTINATIONS": "TEMPORARY_OUTPUT"})
    rows = list(result["OUTPUT_DESTINATIONS"].getFeatures())
    assert len(rows) == 28
    assert sum(f["arrivals_h"] for f in rows) == pytest.approx(result["ARRIVALS_H"])
    for f in rows:
        assert 0 <= f["share_over_5_min"] <= f["share_over_2_min"] <= 1
        assert f["median_search_min"] <= f["p90_search_min"]
    assert 0 < result["SHARE_OVER_5_MIN"] < result["SHARE_OVER_2_MIN"] < 1
    assert result["MEDIAN_SEARCH_MIN"] <= result["P90_SEARCH_MIN"]
    assert result["RUNS"] >= 32


def test_whole_day_writes_quarter_hours_as_layer_table_and_chart(demo, tmp_path):
    """The Tuesday in 96 quarter hours, baseline and scenario: a time-enabled segment layer
    (its style makes the Temporal Controller animate it), a table and a chart (PNG and
    SVG) whose two lines are drawn."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.time_expressions import (
        utc_to_wall_clock,
    )

    result = _run({**demo, "WHOLE_DAY": True,
                   "SCENARIO": _scenario(("parkapi_v1:stadtgalerie", -300)),
                   "OUTPUT_DAY": str(tmp_path / "day.gpkg"),
                   "OUTPUT_DAY_TABLE": str(tmp_path / "day_table.csv"),
                   "OUTPUT_DAY_CHART": str(tmp_path / "day.png")})
    assert result["OUTPUT_DAY_CHART"] == str(tmp_path / "day.png")
    table = QgsVectorLayer(str(tmp_path / "day_table.csv"), "table", "ogr")
    rows = list(table.getFeatures())
    assert len(rows) == 96
    assert rows[0]["local_time"] == "00:00" and rows[44]["local_time"] == "11:00"
    base = np.array([float(r["vehicle_km_h"]) for r in rows])
    scenario = np.array([float(r["scenario_vehicle_km_h"]) for r in rows])
    assert base[:20].sum() < base[36:60].sum()  # more search by day than at night
    assert scenario.sum() > base.sum()
    layer = QgsVectorLayer(str(tmp_path / "day.gpkg"), "day", "ogr")
    assert layer.featureCount() > 1000
    assert layer.loadNamedStyle(str(style_path("parking_search_periods")))[1]
    # The Temporal Controller runs on Heilbronn's wall clock (toolbelt/time_expressions.py):
    # the layer's UTC times are converted to it, whatever the machine's time zone.
    temporal = layer.temporalProperties()
    assert temporal.isActive()
    assert temporal.startExpression() == utc_to_wall_clock('"period_start"')
    assert temporal.endExpression() == utc_to_wall_clock('"period_end"')
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    eleven = next(layer.getFeatures("\"local_time\" = '11:00'"))
    context.setFeature(eleven)
    wall = QgsExpression(temporal.startExpression()).evaluate(context)
    assert (wall.date().day(), wall.time().hour(), wall.time().minute()) == (18, 11, 0)
    image = QImage(str(tmp_path / "day.png"))
    assert image.width() == 960
    colours = {image.pixelColor(x, y).name() for x in range(0, 960, 2) for y in range(0, 480, 2)}
    assert {QColor("#0072b2").name(), QColor("#d55e00").name()} <= colours
    svg = tmp_path / "day.svg"
    _run({**demo, "WHOLE_DAY": True, "MODE": ANALYTICAL, "OUTPUT_DAY_CHART": str(svg)})
    assert svg.read_text("utf-8").count("<path") >= 1


def test_bad_input_is_named_and_the_rest_computed(demo):
    """Destinations without arrivals, a profile table with a gap and an overlap, a guidance
    share outside 0–100 %, a scenario removing more spaces than exist."""
    destinations = QgsVectorLayer("Point?crs=EPSG:25832", "d", "memory")
    destinations.dataProvider().addAttributes([
        QgsField("name", FieldType.String), QgsField("profile", FieldType.String),
        QgsField("arrivals_day", FieldType.Double)])
    destinations.updateFields()
    source = QgsVectorLayer(demo["DESTINATIONS"], "sample", "ogr")
    features = []
    for index, feature in enumerate(source.getFeatures()):
        copy = QgsFeature(destinations.fields())
        copy.setGeometry(feature.geometry())
        amount = None if index == 0 else feature["arrivals_day"]
        copy.setAttributes([feature["name"], "office" if index < 5 else "retail", amount])
        features.append(copy)
    destinations.dataProvider().addFeatures(features)
    profiles = _table([("office", "", 7, 12, 0.6), ("office", "", 11, 18, 0.4),
                       ("retail", "", 9, 13, 0.5), ("retail", "", 14, 20, 0.5)],
                      [("profile", FieldType.String), ("days", FieldType.String),
                       ("hour_from", FieldType.Double), ("hour_to", FieldType.Double),
                       ("share", FieldType.Double)])
    messages = Messages()
    first = features[0]["name"]
    result = _run({**demo, "DESTINATIONS": destinations, "PROFILES": profiles,
                   "GUIDANCE_SHARE": 130,
                   "SCENARIO": _scenario(("demo:os-003", -50), ("nowhere", 5))}, messages)
    text = "\n".join(messages.warnings + messages.infos)
    assert first in text and "count as 0 arrivals" in text
    assert "overlaps" in text and "row" in text
    assert "13:00–14:00" in text and "no arrivals are assumed" in text
    assert "130 %" in text and "100 % is assumed" in text
    assert "demo:os-003" in text and "taken as closed" in text
    assert "nowhere" in text
    assert result["ARRIVALS_H"] > 0 and result["TOTAL_VEHICLE_KM_H"] >= 0


def test_dwell_times_that_cannot_be_derived_are_named(demo, sample_gpkg):
    """Readings of one site that never fall: its dwell time is the others'."""
    readings = QgsVectorLayer(f"{sample_gpkg}|layername=parking_occupancy", "r", "ogr")
    readings.setSubsetString("\"site_id\" <> 'demo:os-003' OR \"free\" = 0")
    messages = Messages()
    _run({**demo, "OCCUPANCY": readings}, messages)
    assert any("demo:os-003" in w and "dwell time" in w for w in messages.warnings)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin"])
def test_the_machine_zone_changes_nothing(demo, sample_gpkg, monkeypatch, zone):
    """The store's UTC readings mean the same on a machine in Heilbronn as on a server in
    UTC, also from a memory layer, whose provider evaluates the time filter itself on the
    machine's clock (a GeoPackage compiles it to SQL)."""
    import time

    readings = QgsVectorLayer(f"{sample_gpkg}|layername=parking_occupancy", "r", "ogr")
    in_memory = readings.materialize(QgsFeatureRequest().setFilterExpression(
        "\"observed_at\" >= '2025-11-18T06:00:00' AND \"observed_at\" < '2025-11-18T15:00:00'"))
    reference = _run({**demo, "MODE": ANALYTICAL})["TOTAL_VEHICLE_KM_H"]
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        from_file = _run({**demo, "MODE": ANALYTICAL})["TOTAL_VEHICLE_KM_H"]
        from_memory = _run({**demo, "MODE": ANALYTICAL, "OCCUPANCY": in_memory})
    finally:
        monkeypatch.undo()
        time.tzset()
    assert from_file == pytest.approx(reference, rel=1e-9)
    assert from_memory["TOTAL_VEHICLE_KM_H"] == pytest.approx(reference, rel=1e-9)
