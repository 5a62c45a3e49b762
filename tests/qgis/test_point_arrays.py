"""The fast (GDAL Arrow) point reader gives what the QGIS iterator gives, or steps aside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.point_arrays import (
    read_points,
    read_points_fast,
    whole_layer,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType

POINTS = [  # (wkt or None, weight or None)
    ("POINT (512000 5444000)", 1.0),
    (None, 2.0),
    ("POINT (512100.5 5444200.25)", None),
    ("POINT EMPTY", 4.0),
    ("POINT (511900 5443900)", -3.0),
]


def _write(path: Path, driver: str, geometry_type=ogr.wkbPoint, rows=POINTS) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("points", srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    for wkt, weight in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if weight is not None:
            feature.SetField("w", weight)
        if wkt is not None:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry_type == ogr.wkbPoint25D and not geometry.IsEmpty():
                geometry.Set3D(True)
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    dataset = None
    return str(path) + ("|layername=points" if driver == "GPKG" else "")


def _both(layer: QgsVectorLayer, fields=("w",)):
    slow = read_points(layer, QgsFeatureRequest(), list(fields), QgsProcessingFeedback())
    return read_points_fast(layer, list(fields)), slow


def _assert_same(fast, slow):
    assert fast is not None, "the fast reader stepped aside for a plain file"
    order_fast, order_slow = np.lexsort((fast.y, fast.x)), np.lexsort((slow.y, slow.x))
    np.testing.assert_array_equal(fast.x[order_fast], slow.x[order_slow])
    np.testing.assert_array_equal(fast.y[order_fast], slow.y[order_slow])
    for name in slow.values:
        np.testing.assert_array_equal(fast.values[name][order_fast],
                                      slow.values[name][order_slow])
    assert fast.null_geometries == slow.null_geometries


@pytest.mark.parametrize("driver, suffix, geometry_type", [
    ("GPKG", ".gpkg", ogr.wkbPoint),
    ("GPKG", ".gpkg", ogr.wkbPoint25D),
    ("ESRI Shapefile", ".shp", ogr.wkbPoint),
    ("GeoJSON", ".geojson", ogr.wkbPoint),
])
def test_plain_files_read_the_same_both_ways(qgis_app, tmp_path, driver, suffix, geometry_type):
    rows = POINTS if driver == "GPKG" else [row for row in POINTS if row[0] != "POINT EMPTY"]
    uri = _write(tmp_path / f"points{suffix}", driver, geometry_type, rows)
    layer = QgsVectorLayer(uri, "points", "ogr")
    assert layer.isValid()
    fast, slow = _both(layer)
    _assert_same(fast, slow)
    assert len(slow) == 3
    assert np.isnan(slow.values["w"]).sum() == 1


def test_a_layer_without_attributes(qgis_app, tmp_path):
    uri = _write(tmp_path / "points.gpkg", "GPKG")
    fast, slow = _both(QgsVectorLayer(uri, "points", "ogr"), fields=())
    _assert_same(fast, slow)


def _layer(tmp_path: Path) -> QgsVectorLayer:
    return QgsVectorLayer(_write(tmp_path / "points.gpkg", "GPKG"), "points", "ogr")


def test_subset_string_is_left_to_qgis(qgis_app, tmp_path):
    layer = _layer(tmp_path)
    layer.setSubsetString('"w" > 0')
    assert read_points_fast(layer, ["w"]) is None


def test_unsaved_edits_are_left_to_qgis(qgis_app, tmp_path):
    layer = _layer(tmp_path)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(512500, 5444500)))
    layer.addFeature(feature)
    try:
        assert read_points_fast(layer, ["w"]) is None
        assert len(read_points(layer, QgsFeatureRequest(), ["w"], QgsProcessingFeedback())) == 4
    finally:
        layer.rollBack()


def test_virtual_fields_are_left_to_qgis(qgis_app, tmp_path):
    layer = _layer(tmp_path)
    layer.addExpressionField('"w" * 2', QgsField("double_w", FieldType.Double))
    assert read_points_fast(layer, ["double_w"]) is None
    assert read_points_fast(layer, ["w"]) is not None


def test_zipped_files_are_left_to_qgis(qgis_app, tmp_path):
    # Two layers in one zip: the fast reader must never read the wrong one.
    for name in ("a", "b"):
        _write(tmp_path / f"{name}.shp", "ESRI Shapefile")
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in tmp_path.glob("[ab].*"):
            bundle.write(path, path.name)
    layer = QgsVectorLayer(f"/vsizip/{archive}/b.shp", "b", "ogr")
    assert layer.isValid()
    assert read_points_fast(layer, ["w"]) is None


def test_only_whole_inputs_take_the_fast_path(qgis_app, tmp_path):
    layer = _layer(tmp_path)
    assert whole_layer(layer.source(), layer) is layer
    assert whole_layer(QgsProcessingFeatureSourceDefinition(layer.source(), True), layer) is None
    limited = QgsProcessingFeatureSourceDefinition(layer.source(), False, 2)
    assert whole_layer(limited, layer) is None
