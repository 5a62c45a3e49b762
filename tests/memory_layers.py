"""Memory layers in EPSG:25832 built from rows, for algorithm tests."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsVectorLayer

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType


def memory_layer(kind: str, fields: list[tuple[str, FieldType]], rows: list) -> QgsVectorLayer:
    """A memory layer of geometry ``kind`` ("Point", "LineString", "None"); each row is
    (geometry or None, attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:25832", kind, "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
