"""heilbronn:emerginghotspots on real QGIS, on the sample citizen reports."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from heilbronn_digital.heilbronn_digital_plugin.analysis.emerging_hotspots import CATEGORIES
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style
from heilbronn_digital.processing_algs.emerging_hotspots import legend_labels
from heilbronn_digital.processing_algs.hot_spot_common import MIN_FEATURES


@pytest.fixture(scope="module")
def reports(sample_gpkg) -> str:
    return f"{sample_gpkg}|layername=citizen_reports"


def _run(**parameters) -> tuple[QgsVectorLayer, dict]:
    import processing

    result = processing.run("heilbronn:emerginghotspots",
                            {"OUTPUT": "memory:", "TIME_FIELD": "requested_datetime",
                             **parameters})
    return result["OUTPUT"], result


def _column(layer: QgsVectorLayer, name: str) -> np.ndarray:
    return np.array([feature[name] for feature in layer.getFeatures()])


@pytest.mark.parametrize("shape", [0, 1])
def test_monthly_emerging_hot_spots_of_the_sample_reports(provider, reports, shape):
    layer, result = _run(INPUT=reports, CELL_SHAPE=shape, CELL_SIZE=400.0, DISTANCE_BAND=900.0)
    source = QgsVectorLayer(reports, "reports", "ogr")
    assert _column(layer, "count").sum() == source.featureCount()
    assert result["TIME_STEPS"] == 24  # the months of 2024 and 2025
    assert result["CELL_SIZE"] == 400.0 and result["DISTANCE_BAND"] == 900.0
    categories = _column(layer, "category")
    assert set(categories) <= set(CATEGORIES)
    labels = legend_labels()
    assert _column(layer, "category_label").tolist() == [labels[c] for c in categories]
    hot, cold = _column(layer, "hot_steps"), _column(layer, "cold_steps")
    assert ((hot >= 0) & (hot <= 24) & (cold >= 0) & (hot + cold <= 24)).all()
    # A cell hot in at least 90 % of the months (22 of 24) must be one of the four
    # long-lived hot categories, and a category other than "no pattern" needs a hot or cold
    # step: the rules hold on real data, not only on the hand-made series.
    mostly = categories[hot >= 22]
    assert set(mostly) <= {"intensifying_hot", "persistent_hot", "diminishing_hot",
                           "historical_hot"}
    assert ((categories == "no_pattern") | (hot + cold > 0)).all()
    assert (categories != "no_pattern").any()
    p = _column(layer, "trend_p")
    assert ((p >= 0) & (p <= 1)).all()


def test_automatic_cell_size_and_band(provider, reports):
    layer, result = _run(INPUT=reports)
    assert result["CELL_SIZE"] > 0 and result["DISTANCE_BAND"] > 0
    assert _column(layer, "count").sum() == 5000


def test_a_far_away_report_does_not_blow_up_the_automatic_band(provider, reports):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=requested_datetime:datetime", "r",
                           "memory")
    source = QgsVectorLayer(reports, "reports", "ogr")
    features = []
    for original in source.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(original.geometry())
        feature.setAttributes([original["requested_datetime"]])
        features.append(feature)
    far = QgsFeature(features[0])
    far.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(565000.0, 5443000.0)))  # 50 km east
    layer.dataProvider().addFeatures([*features, far])
    result, outputs = _run(INPUT=layer)
    assert outputs["DISTANCE_BAND"] < 5000.0
    assert _column(result, "count").sum() == 5001
    assert "Automatic distance band" in result.metadata().abstract()


def test_style_and_translated_legend(provider, reports, german_ui):
    layer, _ = _run(INPUT=reports, CELL_SIZE=400.0, DISTANCE_BAND=900.0)
    assert load_style(layer, style_path("emerging_hotspots"))[1]
    renderer = layer.renderer()
    assert renderer.classAttribute() == "category"
    assert {str(c.value()) for c in renderer.categories()} == set(CATEGORIES)
    assert all(c.label() == legend_labels()[str(c.value())] for c in renderer.categories())
    assert "Neuer Hotspot" in {c.label() for c in renderer.categories()}
    QgsProject.instance().removeAllMapLayers()


@pytest.mark.parametrize(("parameters", "message"), [
    ({"TIME_FIELD": "status"}, "date"),
    ({"TIME_STEP": 3}, "at least 10"),
    ({"FILTER": "\"fid\" <= 20"}, f"at least {MIN_FEATURES}"),
])
def test_refusals(provider, reports, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        _run(INPUT=reports, CELL_SIZE=400.0, DISTANCE_BAND=900.0, **parameters)


def test_qgis_process_command_line(provider, sample_gpkg, tmp_path, run_algorithm_cli):
    output = tmp_path / "cli.gpkg"
    completed = run_algorithm_cli(
        "heilbronn:emerginghotspots", INPUT=f"{sample_gpkg}|layername=citizen_reports",
        TIME_FIELD="requested_datetime", TIME_STEP=1, CELL_SIZE=400, DISTANCE_BAND=900,
        OUTPUT=output)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "24 time steps" in completed.stdout
    layer = QgsVectorLayer(str(output), "cli", "ogr")
    assert layer.featureCount() > 30
    assert (_column(layer, "count") > 0).all()  # only cells with incidents, as in ArcGIS
    assert set(_column(layer, "category")) <= set(CATEGORIES)
