"""heilbronn:parkingsearchtraffic on real QGIS: a network small enough to compute by hand, the
sample city at peak and at night, bad input, and the qgis_process command line."""

from __future__ import annotations

import pytest
from feedback_log import FeedbackLog as Messages
from memory_layers import memory_layer as _layer
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

X0, Y0 = 514_000.0, 5_443_000.0
PEAK = ("2025-11-18T10:00:00Z", "2025-11-18T11:00:00Z")  # 11–12 h in Heilbronn, a Tuesday
NIGHT = ("2025-11-18T02:00:00Z", "2025-11-18T03:00:00Z")
SIMULATION, ANALYTICAL = 0, 1


def _point(x: float, y: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def _moment(minutes: int) -> QDateTime:
    return QDateTime.fromString("2025-11-18T10:00:00Z", Qt.DateFormat.ISODate).addSecs(
        60 * minutes)


@pytest.fixture
def street_line() -> dict:
    """A 300 m street, its middle 100 m drawn twice (the noding must dissolve the overlap and
    split the street into three 100 m segments), with side streets of 80 m at both ends;
    site A (2 spaces, readings: full, then 1 free) on the middle segment, site B (1 space,
    no readings, latest occupancy 0.5) on the last one."""
    streets = _layer("LineString", [("name", FieldType.String)], [
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0 + 300, Y0)]), ["Lange"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 100, Y0), QgsPointXY(X0 + 200, Y0)]),
         ["Lange, Mitte"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0, Y0 + 80)]), ["Quer 1"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 300, Y0 - 80), QgsPointXY(X0 + 300, Y0)]),
         ["Quer 2"]),
    ])
    site_fields = [("site_id", FieldType.String), ("capacity", FieldType.Int),
                   ("occupancy_latest", FieldType.Double)]
    sites = _layer("Point", site_fields, [
        (_point(150, 5), ["A", 2, 0.5]),
        (_point(250, -5), ["B", 1, 0.5]),
        (_point(100, 5000), ["far away", 10, 0.1]),
        (_point(60, 90), ["no capacity", None, None]),
    ])
    reading_fields = [("site_id", FieldType.String), ("observed_at", FieldType.DateTime),
                      ("free", FieldType.Int), ("occupied", FieldType.Int),
                      ("capacity", FieldType.Int)]
    readings = _layer("None", reading_fields, [
        (None, ["A", _moment(0), 0, 2, 2]),
        (None, ["A", _moment(15), None, 1, 2]),  # free from capacity − occupied
        (None, ["A", _moment(24 * 60), 2, 0, 2]),  # the next day: outside the window
    ])
    destinations = _layer("Point", [("arrivals", FieldType.Double)], [
        (_point(10, 3), [4.0]),
        (_point(10, 9000), [50.0]),  # 9 km from every street
    ])
    return {"STREETS": streets, "SITES": sites, "OCCUPANCY": readings,
            "TIME_START": _moment(0), "TIME_END": _moment(60),
            "DESTINATIONS": destinations, "ARRIVALS_FIELD": "arrivals",
            "CRUISING_SPEED": 15.0, "CO2_PER_KM": 150.0, "WALKING_TOLERANCE": 1000.0,
            "MODE": ANALYTICAL, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}


def _run(parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run("heilbronn:parkingsearchtraffic", parameters, feedback=feedback)


def _by_position(layer: QgsVectorLayer) -> dict[tuple[float, float], QgsFeature]:
    """Segments keyed by their middle (x, y) relative to X0, Y0, rounded to metres."""
    segments = {}
    for feature in layer.getFeatures():
        middle = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        segments[(round(middle.x() - X0), round(middle.y() - Y0))] = feature
    return segments


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _summary(layer: QgsVectorLayer) -> dict[str, QgsFeature]:
    return {feature["measure"]: feature for feature in layer.getFeatures()}


def test_hand_computed_line(provider, street_line):
    """Destination 10 m into the first segment, 4 arrivals/h. Order by network distance:
    L1 (0 m), Quer 1 (10 m), L2 (90 m), L3 (190 m), Quer 2 (290 m). P(L2) = 1/2 (one of two
    readings with a space), P(L3) = 1 − 0.5¹ = 1/2, no space elsewhere. Flows 4, 4, 4, 2, 1;
    one driver in four gives up."""
    messages = Messages()
    result = _run(street_line, messages)
    segments = _by_position(result["OUTPUT"])
    assert sorted(segments) == [(0, 40), (50, 0), (150, 0), (250, 0), (300, -40)]
    flows = {place: segment["search_veh_h"] for place, segment in segments.items()}
    assert flows == pytest.approx({(50, 0): 4.0, (0, 40): 4.0, (150, 0): 4.0, (250, 0): 2.0,
                                   (300, -40): 1.0})
    assert segments[(150, 0)]["p_free"] == pytest.approx(0.5)
    assert segments[(150, 0)]["p_source"] == "readings"
    assert segments[(250, 0)]["p_free"] == pytest.approx(0.5)
    assert segments[(250, 0)]["p_source"] == "latest occupancy"
    assert _is_null(segments[(50, 0)]["p_free"])
    vehicle_km = 0.1 * 4 + 0.08 * 4 + 0.1 * 4 + 0.1 * 2 + 0.08 * 1
    assert segments[(300, -40)]["search_vkm_h"] == pytest.approx(0.08)
    summary = _summary(result["OUTPUT_SUMMARY"])
    assert summary["total_vehicle_km_h"]["baseline"] == pytest.approx(vehicle_km)
    assert result["TOTAL_VEHICLE_KM_H"] == pytest.approx(vehicle_km)
    assert result["ARRIVALS_H"] == pytest.approx(4.0)
    assert result["MEAN_SEARCH_M"] == pytest.approx(vehicle_km * 1000 / 4)  # 350 m
    assert result["MEAN_SEARCH_MIN"] == pytest.approx(vehicle_km / 4 / 15 * 60)  # 1.4 min
    assert result["CO2_KG_H"] == pytest.approx(vehicle_km * 0.150)
    assert result["GIVE_UP_SHARE"] == pytest.approx(0.25)
    assert _is_null(summary["give_up_share"]["scenario"])
    # Each bad input is named, and the rest is still computed.
    text = "\n".join(messages.warnings)
    assert "far away" in text and "1 of 2 destinations" in text
    assert "no capacity" in text
    assert "latest occupancy rate" in text and ": B" in text


def test_geographic_input_is_computed_in_metres(provider, street_line):
    """The same network, sites and destinations in WGS 84: reprojected to UTM, same result."""
    import processing

    def in_degrees(layer: QgsVectorLayer) -> QgsVectorLayer:
        return processing.run("native:reprojectlayer", {
            "INPUT": layer, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]

    geographic = {**street_line, **{name: in_degrees(street_line[name])
                                    for name in ("STREETS", "SITES", "DESTINATIONS")}}
    result = _run(geographic)
    assert result["OUTPUT"].crs().authid() == "EPSG:32632"
    lengths = sorted(f["length_m"] for f in result["OUTPUT"].getFeatures())
    assert lengths == pytest.approx([80, 80, 100, 100, 100], abs=0.01)
    assert result["TOTAL_VEHICLE_KM_H"] == pytest.approx(1.4, rel=1e-4)
    assert result["GIVE_UP_SHARE"] == pytest.approx(0.25)


def test_scenario_difference(provider, street_line):
    """One more space at site B: o = 0.5 · 1/2 = 0.25, P = 1 − 0.25² = 15/16."""
    scenario = _layer("None", [("site_id", FieldType.String), ("capacity_change", FieldType.Int)],
                      [(None, ["B", 1]), (None, ["unknown site", 5])])
    messages = Messages()
    result = _run({**street_line, "SCENARIO": scenario}, messages)
    segments = _by_position(result["OUTPUT"])
    assert segments[(250, 0)]["p_free"] == pytest.approx(0.5)  # the baseline's
    assert segments[(300, -40)]["scenario_veh_h"] == pytest.approx(4 * 0.5 / 16)
    assert segments[(300, -40)]["diff_veh_h"] == pytest.approx(4 * 0.5 / 16 - 1.0)
    summary = _summary(result["OUTPUT_SUMMARY"])
    give_up = summary["give_up_share"]
    # The summary table is rounded as a planner reads it: a share in percent, to 1 decimal.
    assert give_up["unit"] == "%"
    assert give_up["baseline"] == pytest.approx(25.0)
    # 4 · ½ reach L3, 4 · ½ · 1/16 get past it and give up after Quer 2.
    assert give_up["scenario"] == pytest.approx(100 * 0.5 / 16, abs=0.05)
    assert give_up["difference"] == pytest.approx(100 * (0.5 / 16 - 0.25), abs=0.1)
    total = summary["total_vehicle_km_h"]
    assert total["difference"] == pytest.approx(total["scenario"] - total["baseline"])
    diff = sum(f["diff_vkm_h"] for f in result["OUTPUT"].getFeatures())
    assert diff == pytest.approx(total["difference"], abs=0.05)  # to 0.1 vehicle-km/h
    assert any("unknown site" in warning for warning in messages.warnings)


def test_window_without_readings_falls_back_and_still_computes(provider, street_line):
    messages = Messages()
    later = {**street_line, "TIME_START": _moment(600), "TIME_END": _moment(660)}
    result = _run(later, messages)
    assert any("holds no occupancy readings" in warning for warning in messages.warnings)
    segments = _by_position(result["OUTPUT"])
    assert segments[(150, 0)]["p_free"] == pytest.approx(1 - 0.5 ** 2)  # A: o = 0.5, c = 2
    assert segments[(150, 0)]["p_source"] == "latest occupancy"
    assert result["TOTAL_VEHICLE_KM_H"] > 0


def test_no_streets_is_a_clear_message(provider, street_line):
    empty = _layer("LineString", [("name", FieldType.String)], [])
    with pytest.raises(QgsProcessingException, match="no lines"):
        _run({**street_line, "STREETS": empty})


@pytest.fixture(scope="module")
def city(provider, sample_gpkg) -> dict:
    """The sample city at peak and at night, with the same demand (1 arrival per hour at
    every parking site), so that only the measured occupancy differs."""
    common = {"STREETS": f"{sample_gpkg}|layername=streets",
              "SITES": f"{sample_gpkg}|layername=parking_sites",
              "OCCUPANCY": f"{sample_gpkg}|layername=parking_occupancy",
              "DESTINATIONS": f"{sample_gpkg}|layername=parking_sites",
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    return {name: _run({**common, "TIME_START": start, "TIME_END": end})
            for name, (start, end) in (("peak", PEAK), ("night", NIGHT))}


def _near_full_sites(result: dict, full: list[QgsGeometry]) -> float:
    """Search vehicle-km per hour on segments within 300 m of the sites that were full."""
    return sum(f["search_vkm_h"] for f in result["OUTPUT"].getFeatures()
               if any(f.geometry().distance(site) <= 300.0 for site in full))


def test_sample_city_peak_against_night(city, sample_gpkg):
    peak, night = city["peak"], city["night"]
    assert peak["ARRIVALS_H"] == night["ARRIVALS_H"] > 40
    # Full streets and garages at peak: longer searches and more drivers giving up.
    assert peak["MEAN_SEARCH_M"] > 2 * night["MEAN_SEARCH_M"]
    assert peak["GIVE_UP_SHARE"] > 5 * night["GIVE_UP_SHARE"]
    # Search concentrates around the sites without a free space all peak hour long.
    full = [f.geometry() for f in peak["OUTPUT"].getFeatures() if f["p_source"] == "readings"
            and f["p_free"] == 0.0]
    assert len(full) >= 3
    assert _near_full_sites(peak, full) > 3 * _near_full_sites(night, full)
    # At night hardly anyone searches beyond the street of the destination.
    assert night["MEAN_SEARCH_M"] < 250.0
    for result in (peak, night):
        segments = result["OUTPUT"]
        assert sum(f["search_vkm_h"] for f in segments.getFeatures()) == \
            pytest.approx(result["TOTAL_VEHICLE_KM_H"])


def test_with_observed_demand_search_vanishes_at_night(provider, sample_gpkg):
    common = {"STREETS": f"{sample_gpkg}|layername=streets",
              "SITES": f"{sample_gpkg}|layername=parking_sites",
              "OCCUPANCY": f"{sample_gpkg}|layername=parking_occupancy",
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    peak, night = (_run({**common, "TIME_START": start, "TIME_END": end})
                   for start, end in (PEAK, NIGHT))
    assert night["ARRIVALS_H"] < 0.2 * peak["ARRIVALS_H"]
    assert night["TOTAL_VEHICLE_KM_H"] < 0.2 * peak["TOTAL_VEHICLE_KM_H"]


def test_sample_city_observed_demand_and_heatmap(provider, sample_gpkg, tmp_path):
    """Default demand (observed arrivals) and a heatmap that integrates to the search
    vehicle-km: values are per km², pixels are 20 m = 0.0004 km²."""
    result = _run({"STREETS": f"{sample_gpkg}|layername=streets",
                   "SITES": f"{sample_gpkg}|layername=parking_sites",
                   "OCCUPANCY": f"{sample_gpkg}|layername=parking_occupancy",
                   "TIME_START": PEAK[0], "TIME_END": PEAK[1], "PIXEL_SIZE": 20.0,
                   "OUTPUT": str(tmp_path / "segments.gpkg"),
                   "OUTPUT_HEATMAP": str(tmp_path / "heatmap.tif"),
                   "OUTPUT_SUMMARY": str(tmp_path / "summary.csv")})
    assert result["ARRIVALS_H"] > 100
    dataset = gdal.Open(result["OUTPUT_HEATMAP"])
    values = dataset.GetRasterBand(1).ReadAsArray().astype(float)
    assert dataset.GetGeoTransform()[1] == 20.0
    assert values.sum() * 0.0004 == pytest.approx(result["TOTAL_VEHICLE_KM_H"], rel=0.02)
    assert (tmp_path / "heatmap.qml").is_file()


def test_qgis_process_command_line(sample_gpkg, tmp_path, run_algorithm_cli):
    scenario = tmp_path / "scenario.csv"
    scenario.write_text("site_id,capacity_change\nparkapi_v1:harmonie,200\n"
                        "demo:os-004,-14\n", encoding="utf-8")
    completed = run_algorithm_cli(
        "heilbronn:parkingsearchtraffic",
        STREETS=f"{sample_gpkg}|layername=streets",
        SITES=f"{sample_gpkg}|layername=parking_sites",
        OCCUPANCY=f"{sample_gpkg}|layername=parking_occupancy",
        TIME_START=PEAK[0], TIME_END=PEAK[1], SCENARIO=scenario,
        OUTPUT=tmp_path / "segments.gpkg", OUTPUT_HEATMAP=tmp_path / "heatmap.tif",
        OUTPUT_SUMMARY=tmp_path / "summary.csv")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    rows = (tmp_path / "summary.csv").read_text("utf-8").splitlines()
    assert rows[0] == "measure,label,unit,baseline,scenario,difference"
    values = {row.split(",")[0]: row.split(",")[3:] for row in rows[1:]}
    baseline, scenario_value, difference = (float(v) for v in values["total_vehicle_km_h"])
    assert baseline > 0 and difference == pytest.approx(scenario_value - baseline)
    assert "TOTAL_VEHICLE_KM_H" in completed.stdout
