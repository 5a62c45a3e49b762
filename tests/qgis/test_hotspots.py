"""heilbronn:hotspots on real QGIS, on the sample citizen reports."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import (
    gi_star,
    local_moran,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import distance_band
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType


@pytest.fixture(scope="module")
def reports(sample_gpkg) -> str:
    return f"{sample_gpkg}|layername=citizen_reports"


def _run(**parameters) -> tuple[QgsVectorLayer, dict]:
    import processing

    result = processing.run("heilbronn:hotspots", {"OUTPUT": "memory:", **parameters})
    return result["OUTPUT"], result


def _column(layer: QgsVectorLayer, name: str) -> np.ndarray:
    return np.array([feature[name] for feature in layer.getFeatures()])


def _centroids(layer: QgsVectorLayer) -> tuple[np.ndarray, np.ndarray]:
    points = [feature.geometry().centroid().asPoint() for feature in layer.getFeatures()]
    return np.array([p.x() for p in points]), np.array([p.y() for p in points])


@pytest.mark.parametrize("shape", [0, 1])
def test_grid_of_the_sample_reports(provider, reports, shape):
    layer, result = _run(INPUT=reports, CELL_SHAPE=shape, CELL_SIZE=200.0, DISTANCE_BAND=450.0)
    source = QgsVectorLayer(reports, "reports", "ogr")
    counts = _column(layer, "count")
    assert counts.sum() == source.featureCount()  # every report in exactly one cell
    assert result["CELL_SIZE"] == 200.0 and result["DISTANCE_BAND"] == 450.0
    # The output's numbers are the engine's on the cells' centres: recompute them.
    x, y = _centroids(layer)
    neighbours = distance_band(x, y, 450.0)
    np.testing.assert_allclose(_column(layer, "gi_z"), gi_star(counts, neighbours), atol=1e-9)
    np.testing.assert_allclose(_column(layer, "lisa_i"), local_moran(counts, neighbours).i,
                               atol=1e-9)
    bins = _column(layer, "gi_bin")
    assert set(bins.tolist()) <= {-3, -2, -1, 0, 1, 2, 3}
    assert (bins == 3).any()  # the inner city is a hot spot of reports
    assert np.all(np.sign(bins[bins != 0]) == np.sign(_column(layer, "gi_z")[bins != 0]))
    assert set(_column(layer, "lisa_cluster").tolist()) <= {"", "HH", "LL", "HL", "LH"}
    areas = np.array([f.geometry().area() for f in layer.getFeatures()])
    expected = 200.0 ** 2 * (1.0 if shape == 1 else np.sqrt(3) / 2)
    np.testing.assert_allclose(areas, expected, rtol=1e-9)


def test_automatic_scale_is_reported(provider, reports):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)

    import processing

    log = Log()
    result = processing.run("heilbronn:hotspots", {"INPUT": reports, "OUTPUT": "memory:"},
                            context=QgsProcessingContext(), feedback=log)
    assert result["CELL_SIZE"] > 0 and result["DISTANCE_BAND"] > 0
    text = "\n".join(log.lines)
    assert "Automatic cell size" in text and "Automatic distance band" in text
    assert result["OUTPUT"].featureCount() > 30
    # ... and kept in the output's metadata, where they can be looked up later.
    abstract = result["OUTPUT"].metadata().abstract()
    assert f"Automatic cell size: {result['CELL_SIZE']:.1f} m" in abstract
    assert f"{result['DISTANCE_BAND']:.1f} m" in abstract


def test_permutations_are_seeded_and_agree_with_the_analytic_bins(provider, reports):
    common = dict(INPUT=reports, CELL_SIZE=250.0, DISTANCE_BAND=600.0, FDR=False)
    first, _ = _run(**common, PERMUTATIONS=499, SEED=5)
    again, _ = _run(**common, PERMUTATIONS=499, SEED=5)
    analytic, _ = _run(**common)
    assert np.array_equal(_column(first, "gi_p"), _column(again, "gi_p"))
    p = _column(first, "gi_p")
    assert p.min() >= 2 / 500 and p.max() <= 1.0
    # Strong analytic hot spots stay hot spots under permutation (counts are skewed, so the
    # normal approximation is bolder than the permutation distribution).
    strong = _column(analytic, "gi_bin") == 3
    assert strong.any() and np.all(_column(first, "gi_bin")[strong] >= 1)


def test_filter_and_time_window_and_refusal_below_30(provider, reports):
    with pytest.raises(QgsProcessingException, match="at least 30"):
        _run(INPUT=reports, FILTER="fid <= 10")
    start = QDateTime.fromString("2000-01-01T00:00:00", Qt.DateFormat.ISODate)
    end = QDateTime.fromString("2000-01-02T00:00:00", Qt.DateFormat.ISODate)
    with pytest.raises(QgsProcessingException, match="at least 30"):
        _run(INPUT=reports, TIME_FIELD="requested_datetime", TIME_START=start, TIME_END=end)


def _polygon_layer(values, kind: str = "Polygon") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:25832", "districts", "memory")
    layer.dataProvider().addAttributes([QgsField("reports", FieldType.Double)])
    layer.updateFields()
    features = []
    for index, value in enumerate(values):
        col, row = index % 8, index // 8
        feature = QgsFeature(layer.fields())
        square = QgsGeometry.fromRect(
            QgsGeometry.fromPointXY(QgsPointXY(col * 100.0, row * 100.0)).boundingBox()
            .buffered(50.0))
        if kind == "MultiPolygon":
            square.convertToMultiType()
        feature.setGeometry(square)
        feature.setAttributes([float(value)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("kind", ["Polygon", "MultiPolygon"])
def test_polygons_with_a_value_field(provider, tmp_path, kind):
    values = np.random.default_rng(3).poisson(3.0, 64).astype(float)
    values[:3] += 20
    output = str(tmp_path / f"{kind}.gpkg")
    path, _ = _run(INPUT=_polygon_layer(values, kind), FIELD="reports", DISTANCE_BAND=150.0,
                   OUTPUT=output)
    layer = QgsVectorLayer(path, "districts", "ogr")
    assert layer.featureCount() == 64
    assert _column(layer, "reports").tolist() == values.tolist()  # input attributes kept
    x, y = _centroids(layer)
    np.testing.assert_allclose(_column(layer, "gi_z"),
                               gi_star(values, distance_band(x, y, 150.0)), atol=1e-9)


def test_a_rerun_on_a_result_replaces_its_statistics(provider, tmp_path):
    values = np.random.default_rng(3).poisson(3.0, 64).astype(float)
    values[:3] += 20
    first, _ = _run(INPUT=_polygon_layer(values), FIELD="reports", DISTANCE_BAND=150.0,
                    OUTPUT=str(tmp_path / "first.gpkg"))
    earlier = QgsVectorLayer(first, "first", "ogr")
    changed = earlier.materialize(QgsFeatureRequest())
    index = changed.fields().lookupField("reports")
    changed.startEditing()
    for feature in changed.getFeatures():
        changed.changeAttributeValue(feature.id(), index, float(feature.id() % 5))
    changed.commitChanges()
    second, _ = _run(INPUT=changed, FIELD="reports", DISTANCE_BAND=150.0,
                     OUTPUT=str(tmp_path / "second.gpkg"))
    layer = QgsVectorLayer(second, "second", "ogr")
    assert [f.name() for f in layer.fields()].count("gi_z") == 1
    x, y = _centroids(layer)
    np.testing.assert_allclose(_column(layer, "gi_z"),
                               gi_star(_column(layer, "reports"), distance_band(x, y, 150.0)),
                               atol=1e-9)


def test_clear_refusals(provider):
    with pytest.raises(QgsProcessingException, match="same value"):
        _run(INPUT=_polygon_layer(np.ones(64)), FIELD="reports", DISTANCE_BAND=150.0)
    with pytest.raises(QgsProcessingException, match="numeric field"):
        _run(INPUT=_polygon_layer(np.ones(64)))


def test_output_is_styled_on_load(provider, reports, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = str(tmp_path / "hotspots.gpkg")
    result = processing.runAndLoadResults(
        "heilbronn:hotspots", {"INPUT": reports, "CELL_SIZE": 250.0, "OUTPUT": output},
        context=context, feedback=QgsProcessingFeedback())
    assert result["OUTPUT"] == output
    layer = QgsProject.instance().mapLayersByName("Hot spots")[0]
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert renderer.classAttribute() == "gi_bin"
    assert len(renderer.categories()) == 7
    assert renderer.categories()[0].label() == "Hot spot, 99 % confidence"
    assert "Cell size: 250.0 m" in layer.metadata().abstract()
    QgsProject.instance().removeMapLayer(layer.id())


def test_a_shapefile_output_keeps_the_scale_in_its_metadata(provider, reports, tmp_path):
    import processing

    output = tmp_path / "hotspots.shp"
    processing.run("heilbronn:hotspots", {"INPUT": reports, "CELL_SIZE": 300.0,
                                          "DISTANCE_BAND": 700.0, "OUTPUT": str(output)})
    layer = QgsVectorLayer(str(output), "shp", "ogr")
    layer.loadDefaultMetadata()  # from the .qmd beside the shapefile
    assert "Cell size: 300.0 m" in layer.metadata().abstract()
    assert "Distance band: 700.0 m" in layer.metadata().abstract()


def test_distances_are_metres_for_a_layer_in_degrees(provider, reports):
    import processing

    wgs84 = processing.run("native:reprojectlayer", {
        "INPUT": reports, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]
    layer, result = _run(INPUT=wgs84, CELL_SHAPE=1, CELL_SIZE=250.0, DISTANCE_BAND=600.0)
    assert layer.crs().authid() == "EPSG:32632"
    assert result["CELL_SIZE"] == 250.0
    areas = np.array([f.geometry().area() for f in layer.getFeatures()])
    np.testing.assert_allclose(areas, 250.0 ** 2, rtol=1e-9)
    assert _column(layer, "count").sum() == wgs84.featureCount()


def test_qgis_process_command_line(provider, sample_gpkg, tmp_path, run_algorithm_cli):
    output = tmp_path / "cli.gpkg"
    completed = run_algorithm_cli(
        "heilbronn:hotspots", INPUT=f"{sample_gpkg}|layername=citizen_reports", CELL_SHAPE=1,
        CELL_SIZE=250, OUTPUT=output)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Automatic distance band" in completed.stdout
    layer = QgsVectorLayer(str(output), "cli", "ogr")
    assert layer.featureCount() > 30
    assert "Cell size: 250.0 m" in layer.metadata().abstract()
    assert "Automatic distance band" in layer.metadata().abstract()
    assert (_column(layer, "gi_bin") == 3).any()


def test_too_few_permutations_for_the_false_discovery_rate_are_explained(provider, reports):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):
            self.warnings.append(warning)

    log = Log()
    # 9 permutations: no p-value below 0.2, so nothing survives the correction.
    result = processing.run("heilbronn:hotspots", {
        "INPUT": reports, "CELL_SIZE": 250.0, "DISTANCE_BAND": 600.0, "PERMUTATIONS": 9,
        "OUTPUT": "memory:"}, context=QgsProcessingContext(), feedback=log)
    assert not _column(result["OUTPUT"], "gi_bin").any()
    assert any("more permutations" in warning for warning in log.warnings)


@pytest.mark.parametrize("shift, crs", [(1e7, None), (32e6, "EPSG:4647")])
def test_a_translation_of_the_coordinates_changes_nothing(provider, reports, shift, crs):
    # Issue 12, item 23: the reports in EPSG:4647 (EPSG:25832 with the zone in front of the
    # easting) gave 8 % more cells and other hot and cold spots than in EPSG:25832.
    import processing

    moved = processing.run("native:translategeometry", {
        "INPUT": reports, "DELTA_X": shift, "DELTA_Y": 0.0, "OUTPUT": "memory:"})["OUTPUT"]
    if crs:
        moved = processing.run("native:assignprojection", {
            "INPUT": moved, "CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]
    here, here_result = _run(INPUT=reports)
    there, there_result = _run(INPUT=moved)
    assert there.featureCount() == here.featureCount()
    assert there_result["CELL_SIZE"] == pytest.approx(here_result["CELL_SIZE"], rel=1e-9)
    assert there_result["DISTANCE_BAND"] == pytest.approx(here_result["DISTANCE_BAND"],
                                                          rel=1e-9)
    for name in ("cell_id", "count", "neighbours", "gi_bin", "lisa_cluster"):
        assert np.array_equal(_column(there, name), _column(here, name)), name
    for name in ("gi_z", "gi_p", "lisa_i", "lisa_p"):
        np.testing.assert_allclose(_column(there, name), _column(here, name), rtol=0,
                                   atol=1e-9, err_msg=name)
    x_there, y_there = _centroids(there)
    x_here, y_here = _centroids(here)
    np.testing.assert_allclose(x_there - shift, x_here, rtol=0, atol=1e-6)
    np.testing.assert_allclose(y_there, y_here, rtol=0, atol=1e-6)
