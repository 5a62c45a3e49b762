"""What the point reader tests share: reading a layer as an algorithm does, and the
definition of right (what QGIS's feature iterator gives)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.toolbelt.point_arrays import read_points


def expected_rows(features, fields=("w",)) -> tuple[np.ndarray, int]:
    """Rows (x, y, field values…) of what QGIS iterates, sorted, and the features without
    geometry: the definition of right."""
    rows, missing = [], 0
    for feature in features:
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            missing += 1
            continue
        values = [float(feature[name]) if isinstance(feature[name], (int, float)) else np.nan
                  for name in fields]  # NULL is a QVariant on QGIS 3, None on QGIS 4
        for part in geometry.constParts():
            rows.append([part.x(), part.y(), *values])
    return sorted_rows(np.array(rows, dtype=float).reshape(-1, 2 + len(fields))), missing


def sorted_rows(rows: np.ndarray) -> np.ndarray:
    return rows[np.lexsort(rows.T[::-1])] if len(rows) else rows


def read_input(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None, fields=("w",),
          selected_only: bool = False):
    """What an algorithm reads: the source Processing makes of the input, and its layer."""
    context = QgsProcessingContext()
    context.temporaryLayerStore().addMapLayer(layer)
    source = QgsProcessingParameters.parameterAsSource(
        QgsProcessingParameterFeatureSource("INPUT", "input"),
        {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), selected_only)}, context)
    try:
        return read_points(source, request or QgsFeatureRequest(), list(fields),
                           QgsProcessingFeedback(), layer, selected_only)
    finally:
        context.temporaryLayerStore().takeMapLayer(layer)


def assert_same(points, features, fields=("w",), reader=None):
    expected, missing = expected_rows(features, fields)
    got = sorted_rows(np.column_stack([points.x, points.y]
                                  + [points.values[name] for name in fields]))
    np.testing.assert_array_equal(got, expected)
    assert points.null_geometries == missing
    if reader:
        assert points.reader == reader
