"""heilbronn:kerneldensity on real QGIS, against QGIS's own heatmap algorithm."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType


def _run(algorithm: str, **parameters) -> np.ndarray:
    import processing

    result = processing.run(algorithm, parameters)
    return _read(result["OUTPUT"])


def _read(path: str) -> tuple[np.ndarray, tuple, str]:
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = 0.0  # QGIS marks pixels no point reaches as no-data
    return values, dataset.GetGeoTransform(), dataset.GetProjection()


def _assert_parity(ours, theirs, tolerance=1e-3):
    values, transform, projection = ours
    reference, reference_transform, reference_projection = theirs
    assert values.shape == reference.shape
    assert transform == pytest.approx(reference_transform, abs=1e-6)
    assert QgsCoordinateReferenceSystem.fromWkt(projection) == \
        QgsCoordinateReferenceSystem.fromWkt(reference_projection)
    assert np.abs(values - reference).max() <= tolerance * np.abs(reference).max()


@pytest.fixture(scope="module")
def police_reports(fixtures_dir) -> QgsVectorLayer:
    """100 real geocoded police reports in Heilbronn, as a memory layer in EPSG:25832."""
    records = json.loads((fixtures_dir / "heilbronn" /
                          "crimemap_police_reports_heilbronn_subset.json").read_text("utf-8"))
    layer = _memory_layer("Point", "EPSG:4326", [("weight", FieldType.Double)])
    features = []
    for index, record in enumerate(records):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record["lon"], record["lat"])))
        feature.setAttributes([float(index % 4)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    import processing

    return processing.run("native:reprojectlayer", {
        "INPUT": layer, "TARGET_CRS": "EPSG:25832", "OUTPUT": "memory:"})["OUTPUT"]


def _memory_layer(kind: str, crs: str, fields) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs}", "points", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    return layer


@pytest.mark.parametrize("kernel", range(5))
def test_exact_parity_with_qgis_heatmap_for_every_kernel(provider, police_reports, tmp_path,
                                                         kernel):
    common = dict(INPUT=police_reports, RADIUS=300.0, PIXEL_SIZE=20.0, WEIGHT_FIELD="weight",
                  KERNEL=kernel, DECAY=0.25, OUTPUT_VALUE=0)
    theirs = _run("qgis:heatmapkerneldensityestimation", **common,
                  OUTPUT=str(tmp_path / "qgis.tif"))
    ours = _run("heilbronn:kerneldensity", **common, OUTPUT=str(tmp_path / "ours.tif"))
    _assert_parity(ours, theirs)


@pytest.mark.parametrize("kernel", [0, 3, 4])
def test_binned_parity_with_qgis_heatmap_on_the_sample_reports(provider, sample_gpkg, tmp_path,
                                                               kernel):
    layer = f"{sample_gpkg}|layername=citizen_reports"
    common = dict(INPUT=layer, RADIUS=200.0, PIXEL_SIZE=10.0, KERNEL=kernel)
    theirs = _run("qgis:heatmapkerneldensityestimation", **common,
                  OUTPUT=str(tmp_path / "qgis.tif"))
    ours = _run("heilbronn:kerneldensity", **common, METHOD=2, OUTPUT=str(tmp_path / "ours.tif"))
    _assert_parity(ours, theirs)


def test_scaled_output_integrates_to_the_number_of_points(provider, police_reports, tmp_path):
    values, transform, _ = _run("heilbronn:kerneldensity", INPUT=police_reports, RADIUS=300.0,
                                PIXEL_SIZE=5.0, OUTPUT_VALUE=1, OUTPUT=str(tmp_path / "s.tif"))
    assert values.sum() * transform[1] ** 2 == pytest.approx(police_reports.featureCount(),
                                                             rel=5e-3)
    qgis_values, _, _ = _run("qgis:heatmapkerneldensityestimation", INPUT=police_reports,
                             RADIUS=300.0, PIXEL_SIZE=5.0, OUTPUT_VALUE=1,
                             OUTPUT=str(tmp_path / "q.tif"))
    # QGIS 3.22's scaled quartic uses 116/5 · 15/16 where the integral asks for 3; QGIS 3.40's
    # integrates to the number of points, as ours does.
    factor = 116 / 5 * 15 / 16 / 3 if qgis_values.sum() > 2 * values.sum() else 1.0
    np.testing.assert_allclose(values * factor, qgis_values, atol=1e-4 * qgis_values.max())


def test_output_carries_a_ready_style(provider, police_reports, tmp_path):
    output = tmp_path / "styled.tif"
    _run("heilbronn:kerneldensity", INPUT=police_reports, RADIUS=300.0, PIXEL_SIZE=25.0,
         OUTPUT=str(output))
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(str(output), "heatmap")
    assert output.with_suffix(".qml").is_file()
    assert layer.renderer().type() == "singlebandpseudocolor"
    assert layer.renderer().classificationMax() == pytest.approx(
        float(gdal.Open(str(output)).ReadAsArray().max()), rel=1e-6)


def test_output_is_styled_when_processing_loads_it(provider, police_reports, tmp_path):
    """What the toolbox does: run, then load the result into the project."""
    import processing
    from qgis.core import QgsProject

    result = processing.runAndLoadResults("heilbronn:kerneldensity", {
        "INPUT": police_reports, "RADIUS": 300.0, "PIXEL_SIZE": 25.0,
        "OUTPUT": str(tmp_path / "loaded.tif")})
    loaded = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source() == result["OUTPUT"]]
    try:
        assert len(loaded) == 1
        assert loaded[0].renderer().type() == "singlebandpseudocolor"
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in loaded])


def test_null_geometries_and_multipoints_like_qgis(provider, tmp_path):
    layer = _memory_layer("MultiPoint", "EPSG:25832", [("w", FieldType.Double)])
    features = []
    for index, wkt in enumerate(["MultiPoint((512000 5444000),(512150 5444090))", None,
                                 "MultiPoint((512400 5443800))"]):
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([None if index == 2 else 2.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    common = dict(INPUT=layer, RADIUS=120.0, PIXEL_SIZE=7.0, WEIGHT_FIELD="w")
    theirs = _run("qgis:heatmapkerneldensityestimation", **common, OUTPUT=str(tmp_path / "q.tif"))
    ours = _run("heilbronn:kerneldensity", **common, OUTPUT=str(tmp_path / "o.tif"))
    _assert_parity(ours, theirs)


def test_filter_and_time_window_select_the_same_points(provider, sample_gpkg, tmp_path):
    import processing

    layer = f"{sample_gpkg}|layername=citizen_reports"
    start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt.TimeSpec.UTC)
    end = QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt.TimeSpec.UTC)
    condition = ("\"service_name\" = 'Straßenschaden' AND \"requested_datetime\" >= "
                 "to_datetime('2025-01-01T00:00:00Z') AND \"requested_datetime\" < "
                 "to_datetime('2025-07-01T00:00:00Z')")
    subset = processing.run("native:extractbyexpression", {
        "INPUT": layer, "EXPRESSION": condition, "OUTPUT": "memory:"})["OUTPUT"]
    assert 0 < subset.featureCount() < QgsVectorLayer(layer).featureCount()
    expected = _run("heilbronn:kerneldensity", INPUT=subset, RADIUS=250.0, PIXEL_SIZE=25.0,
                    OUTPUT=str(tmp_path / "subset.tif"))
    filtered = _run("heilbronn:kerneldensity", INPUT=layer, RADIUS=250.0, PIXEL_SIZE=25.0,
                    FILTER="\"service_name\" = 'Straßenschaden' -- a comment ends the line",
                    TIME_FIELD="requested_datetime", TIME_START=start, TIME_END=end,
                    OUTPUT=str(tmp_path / "filtered.tif"))
    _assert_parity(filtered, expected, tolerance=1e-6)


def test_selected_features_only(provider, police_reports, tmp_path):
    from qgis.core import QgsFeatureRequest, QgsProject

    layer = police_reports.materialize(QgsFeatureRequest())  # selecting must not leak
    layer.selectByIds(layer.allFeatureIds()[:10])
    QgsProject.instance().addMapLayer(layer, False)
    try:
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        values, _, _ = _run("heilbronn:kerneldensity", INPUT=selected, RADIUS=100.0,
                            PIXEL_SIZE=10.0, OUTPUT_VALUE=1, OUTPUT=str(tmp_path / "sel.tif"))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert values.sum() * 100 == pytest.approx(10, rel=0.01)


@pytest.mark.parametrize("kind", ["memory", "filter", "selection", "edits"])
def test_every_kind_of_input_gives_the_heatmap_of_its_points(provider, sample_gpkg, tmp_path,
                                                             kind):
    # What QGIS itself writes out of the input (its own iterator) is the reference: our fast
    # readers must give the same raster, weights and all.
    import shutil

    import processing
    from qgis.core import QgsFeatureRequest, QgsProject

    copy = tmp_path / "reports.gpkg"
    shutil.copyfile(sample_gpkg, copy)
    layer = QgsVectorLayer(f"{copy}|layername=citizen_reports", "reports", "ogr")
    value = layer
    if kind == "memory":
        layer = value = layer.materialize(QgsFeatureRequest())
    elif kind == "filter":
        layer.setSubsetString("\"service_name\" = 'Straßenschaden'")
    elif kind == "selection":
        layer.selectByIds(layer.allFeatureIds()[::3])
    else:
        assert layer.startEditing()
        ids = layer.allFeatureIds()
        for fid in ids[:200]:
            point = layer.getFeature(fid).geometry().asPoint()
            layer.changeGeometry(fid, QgsGeometry.fromPointXY(
                QgsPointXY(point.x() + 40.0, point.y())))
        layer.deleteFeatures(ids[200:400])
        layer.changeAttributeValue(ids[500], layer.fields().lookupField("status"), "closed")
    QgsProject.instance().addMapLayer(layer, False)
    try:
        if kind == "selection":
            value = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        reference = processing.run("native:savefeatures", {
            "INPUT": value, "OUTPUT": str(tmp_path / "reference.gpkg")})["OUTPUT"]
        parameters = {"RADIUS": 250.0, "PIXEL_SIZE": 25.0, "WEIGHT_FIELD": "fid"}
        ours = _run("heilbronn:kerneldensity", INPUT=value, OUTPUT=str(tmp_path / "ours.tif"),
                    **parameters)
        expected = _run("heilbronn:kerneldensity", INPUT=reference,
                        OUTPUT=str(tmp_path / "expected.tif"), **parameters)
    finally:
        if layer.isEditable():
            layer.rollBack()
        QgsProject.instance().removeMapLayer(layer.id())
    # The raster is float32 and edited points are summed in another order than the file's:
    # a pixel may round to the neighbouring float32 (2⁻²³ of the largest value at most).
    _assert_parity(ours, expected, tolerance=2.0 ** -22)


def test_geographic_input_is_reprojected_to_metres(provider, fixtures_dir, tmp_path):
    source = fixtures_dir / "heilbronn" / "crimemap_police_reports_heilbronn_subset.json"
    records = json.loads(source.read_text("utf-8"))
    layer = _memory_layer("Point", "EPSG:4326", [])
    for record in records:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record["lon"], record["lat"])))
        layer.dataProvider().addFeature(feature)
    values, transform, projection = _run("heilbronn:kerneldensity", INPUT=layer, RADIUS=300.0,
                                         PIXEL_SIZE=20.0, OUTPUT=str(tmp_path / "geo.tif"))
    assert QgsCoordinateReferenceSystem.fromWkt(projection).authid() == "EPSG:32632"
    assert transform[1] == 20.0
    assert values.max() > 1.0


@pytest.mark.parametrize("parameters, message", [
    (dict(PIXEL_SIZE=0.001), "cells"),
    (dict(WEIGHT_FIELD="kind"), "not numbers"),
    (dict(TIME_START=QDateTime(2025, 1, 1, 0, 0)), "date/time field"),
    (dict(FILTER="\"kind\" = 'nothing like this'"), "no points"),
    (dict(FILTER="\"kind\" = "), "not valid"),
])
def test_bad_input_gets_a_clear_sentence(provider, parameters, message, tmp_path):
    import processing

    layer = _memory_layer("Point", "EPSG:25832", [("kind", FieldType.String)])
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(512000, 5444000)))
    feature.setAttributes(["Graffiti"])
    layer.dataProvider().addFeature(feature)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("heilbronn:kerneldensity", {
            "INPUT": layer, "RADIUS": 100.0, "PIXEL_SIZE": 10.0,
            "OUTPUT": str(tmp_path / "bad.tif"), **parameters})


def test_empty_layer_is_refused(provider, tmp_path):
    import processing

    layer = _memory_layer("Point", "EPSG:25832", [])
    with pytest.raises(QgsProcessingException, match="no points"):
        processing.run("heilbronn:kerneldensity", {
            "INPUT": layer, "RADIUS": 100.0, "PIXEL_SIZE": 10.0,
            "OUTPUT": str(tmp_path / "empty.tif")})


def test_runs_inside_a_model(provider, sample_gpkg, tmp_path):
    """The Graphical Modeler path: a model with our algorithm as a child step."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("heatmap model", "tests")
    child = QgsProcessingModelChildAlgorithm("heilbronn:kerneldensity")
    child.setChildId("kde")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromStaticValue(
        f"{sample_gpkg}|layername=citizen_reports")])
    for name, value in (("RADIUS", 300.0), ("PIXEL_SIZE", 50.0)):
        child.addParameterSources(name, [
            QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("heatmap")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"heatmap": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    target = str(tmp_path / "model.tif")
    results, ok = model.run({"kde:heatmap": target}, QgsProcessingContext(),
                            QgsProcessingFeedback())
    assert ok
    assert _read(target)[0].max() > 0


def test_qgis_process_command_line(provider, sample_gpkg, tmp_path, run_algorithm_cli):
    output = tmp_path / "cli.tif"
    completed = run_algorithm_cli(
        "heilbronn:kerneldensity", INPUT=f"{sample_gpkg}|layername=citizen_reports",
        RADIUS=250, PIXEL_SIZE=20, KERNEL=0, OUTPUT=output)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    values, transform, _ = _read(str(output))
    assert transform[1] == 20.0
    assert values.max() > 0
    assert math.isfinite(values.sum())
