"""The fast point readers give exactly what QGIS's feature iterator gives, for every kind of
input a model or a planner hands over: a file, a memory layer, a filter (subset string), a
selection, unsaved edits, an expression filter; or they step aside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr
from point_checks import assert_same, read_input
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.point_arrays import input_layer
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

POINTS = [  # (wkt or None, weight or None)
    ("POINT (512000 5444000)", 1.0),
    (None, 2.0),
    ("POINT (512100.5 5444200.25)", None),
    ("POINT EMPTY", 4.0),
    ("POINT (511900 5443900)", -3.0),
]


def _many(count: int = 300, seed: int = 1) -> list[tuple[str | None, float | None]]:
    """Distinct weights, so that a point read with another point's weight is noticed."""
    rng = np.random.default_rng(seed)
    rows = [(f"POINT ({x:.3f} {y:.3f})", float(i) if i % 17 else None)
            for i, (x, y) in enumerate(rng.uniform(0, 1000, (count, 2)) + [512000, 5444000])]
    rows[5] = (None, 5.0)
    rows[9] = ("POINT EMPTY", 9.0)
    return rows


def _write(path: Path, driver: str, geometry_type=ogr.wkbPoint, rows=POINTS) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("points", srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    for number, (wkt, weight) in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        if weight is not None:
            feature.SetField("w", weight)
        feature.SetField("kind", "odd" if number % 2 else "even")
        if wkt is not None:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry_type == ogr.wkbPoint25D and not geometry.IsEmpty():
                geometry.Set3D(True)
            if ogr.GT_Flatten(geometry_type) == ogr.wkbMultiPoint:
                geometry = ogr.ForceToMultiPoint(geometry)
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    dataset = None
    return str(path) + ("|layername=points" if driver == "GPKG" else "")


@pytest.mark.parametrize("driver, suffix, geometry_type", [
    ("GPKG", ".gpkg", ogr.wkbPoint),
    ("GPKG", ".gpkg", ogr.wkbPoint25D),
    ("ESRI Shapefile", ".shp", ogr.wkbPoint),
    ("GeoJSON", ".geojson", ogr.wkbPoint),
])
def test_plain_files_are_read_by_gdal(qgis_app, tmp_path, driver, suffix, geometry_type):
    rows = POINTS if driver == "GPKG" else [row for row in POINTS if row[0] != "POINT EMPTY"]
    uri = _write(tmp_path / f"points{suffix}", driver, geometry_type, rows)
    layer = QgsVectorLayer(uri, "points", "ogr")
    assert layer.isValid()
    points = read_input(layer)
    assert_same(points, layer.getFeatures(), reader="file")
    assert len(points) == 3
    assert np.isnan(points.values["w"]).sum() == 1


def test_a_layer_without_attributes(qgis_app, tmp_path):
    layer = QgsVectorLayer(_write(tmp_path / "points.gpkg", "GPKG"), "points", "ogr")
    assert_same(read_input(layer, fields=()), layer.getFeatures(), fields=(), reader="file")


@pytest.fixture
def gpkg(qgis_app, tmp_path) -> QgsVectorLayer:
    return QgsVectorLayer(_write(tmp_path / "many.gpkg", "GPKG", rows=_many()), "many", "ogr")


@pytest.fixture
def memory(gpkg) -> QgsVectorLayer:
    layer = gpkg.materialize(QgsFeatureRequest())
    assert layer.providerType() == "memory" and layer.featureCount() == 300
    return layer


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
def test_a_filter_selection_and_both(request, kind):
    layer = request.getfixturevalue(kind)
    reader = "file" if kind == "gpkg" else "aggregates"
    layer.setSubsetString('"kind" = \'odd\'')
    assert_same(read_input(layer), layer.getFeatures(), reader=reader)
    layer.setSubsetString("")
    layer.selectByIds(list(range(2, 300, 3)) + [6, 10])  # with the null and empty geometry
    assert_same(read_input(layer, selected_only=True), layer.getSelectedFeatures(), reader=reader)
    layer.setSubsetString('"w" > 100')
    assert_same(read_input(layer, selected_only=True), layer.getSelectedFeatures(), reader=reader)
    layer.removeSelection()
    assert len(read_input(layer, selected_only=True)) == 0


def test_a_whole_memory_layer_without_fields(memory):
    # The Graphical Modeler's case, the fastest way: null geometries are counted, not read.
    assert_same(read_input(memory, fields=()), memory.getFeatures(), fields=(), reader="aggregates")
    _edit(memory)
    try:
        assert_same(read_input(memory, fields=()), memory.getFeatures(), fields=(),
                     reader="aggregates")
    finally:
        memory.rollBack()


def _edit(layer: QgsVectorLayer) -> None:
    """Add, move, delete and re-weigh features, without saving."""
    assert layer.startEditing()
    ids = sorted(layer.allFeatureIds())
    for x in (511000.0, 511100.0):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 5443000.0)))
        feature["w"] = x / 1000.0
        feature["kind"] = "odd"
        assert layer.addFeature(feature)
    layer.changeGeometry(ids[20], QgsGeometry.fromPointXY(QgsPointXY(510000.0, 5440000.0)))
    layer.changeGeometry(ids[21], QgsGeometry())
    layer.changeAttributeValue(ids[30], layer.fields().lookupField("w"), 1234.5)
    layer.changeAttributeValue(ids[31], layer.fields().lookupField("w"), None)
    layer.deleteFeatures([ids[40], ids[41], ids[61]])


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
def test_unsaved_edits(request, kind):
    layer = request.getfixturevalue(kind)
    reader = "file" if kind == "gpkg" else "aggregates"
    _edit(layer)
    try:
        assert layer.isModified()
        assert_same(read_input(layer), layer.getFeatures(), reader=reader)
        layer.selectByIds(list(range(0, 300, 2)) + [min(layer.allFeatureIds())])
        assert_same(read_input(layer, selected_only=True), layer.getSelectedFeatures(),
                     reader=reader)
        layer.removeSelection()
    finally:
        layer.rollBack()
    # Rolled back: the file again.
    assert_same(read_input(layer), layer.getFeatures(), reader=reader)


def test_a_filter_set_before_editing_stays_with_the_edits(gpkg):
    gpkg.setSubsetString('"kind" = \'even\'')
    _edit(gpkg)
    try:
        assert_same(read_input(gpkg), gpkg.getFeatures(), reader="file")
    finally:
        gpkg.rollBack()


@pytest.mark.parametrize("kind", ["gpkg", "memory"])
def test_an_expression_filter_is_left_to_qgis_aggregates(request, kind):
    layer = request.getfixturevalue(kind)
    expression = '"w" >= 150 or "w" is null'
    points = read_input(layer, QgsFeatureRequest().setFilterExpression(expression))
    assert_same(points, layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)),
                 reader="aggregates")
    # With a selection as well, QGIS's aggregate would drop the selection: the iterator reads.
    layer.selectByIds(list(range(0, 300, 2)))
    points = read_input(layer, QgsFeatureRequest().setFilterExpression(expression),
                   selected_only=True)
    selected = set(layer.selectedFeatureIds())
    assert_same(points, [feature for feature in layer.getFeatures(
        QgsFeatureRequest().setFilterExpression(expression)) if feature.id() in selected],
        reader="iterator")


def test_virtual_fields_come_from_qgis(gpkg):
    gpkg.addExpressionField('"w" * 2', QgsField("double_w", FieldType.Double))
    points = read_input(gpkg, fields=("double_w",))
    assert_same(points, gpkg.getFeatures(), fields=("double_w",), reader="aggregates")
    assert read_input(gpkg).reader == "file"


def test_multipoints_and_3d_points_in_memory(qgis_app, tmp_path):
    rows = _many(50) + [("MULTIPOINT ((1 2), (3 4), (5 6))", 7.0), ("MULTIPOINT EMPTY", 8.0)]
    for geometry_type in (ogr.wkbMultiPoint, ogr.wkbPoint25D):
        selected = rows if geometry_type == ogr.wkbMultiPoint else rows[:50]
        uri = _write(tmp_path / f"{geometry_type}.gpkg", "GPKG", geometry_type, selected)
        layer = QgsVectorLayer(uri, "points", "ogr").materialize(QgsFeatureRequest())
        assert_same(read_input(layer), layer.getFeatures(), reader="aggregates")
        assert_same(read_input(layer, fields=()), layer.getFeatures(), fields=(),
                     reader="aggregates")


def test_a_reprojection_is_left_to_the_iterator(gpkg):
    request = QgsFeatureRequest().setDestinationCrs(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    points = read_input(gpkg, request)
    assert points.reader == "iterator"
    assert 8.9 < points.x.min() < 9.3 and 49.0 < points.y.min() < 49.2


def test_zipped_files_and_other_sources_are_read_by_qgis(qgis_app, tmp_path):
    # Two layers in one zip: the file reader must never read the wrong one.
    for name in ("a", "b"):
        _write(tmp_path / f"{name}.shp", "ESRI Shapefile",
               rows=[row for row in POINTS if row[0] != "POINT EMPTY"])
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in tmp_path.glob("[ab].*"):
            bundle.write(path, path.name)
    layer = QgsVectorLayer(f"/vsizip/{archive}/b.shp", "b", "ogr")
    assert layer.isValid()
    points = read_input(layer)
    assert points.reader == "aggregates"
    assert_same(points, layer.getFeatures())
    # A whole SELECT statement as the filter goes to QGIS too.
    gpkg = QgsVectorLayer(_write(tmp_path / "p.gpkg", "GPKG", rows=_many(40)), "p", "ogr")
    assert gpkg.setSubsetString('SELECT * FROM "points" WHERE "w" > 10')
    points = read_input(gpkg)
    assert points.reader == "aggregates"
    assert_same(points, gpkg.getFeatures())


def test_the_processing_input_names_the_layer_and_its_selection(gpkg):
    from qgis.core import QgsProcessingAlgorithm

    class Algorithm(QgsProcessingAlgorithm):
        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))

    algorithm = Algorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(gpkg)
    source = gpkg.id()
    assert input_layer(algorithm, {"INPUT": source}, "INPUT", context) == (gpkg, False)
    selected = QgsProcessingFeatureSourceDefinition(source, True)
    assert input_layer(algorithm, {"INPUT": selected}, "INPUT", context) == (gpkg, True)
    limited = QgsProcessingFeatureSourceDefinition(source, False, 2)
    assert input_layer(algorithm, {"INPUT": limited}, "INPUT", context) == (None, False)
