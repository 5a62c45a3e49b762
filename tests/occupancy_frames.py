"""What the map shows of a time-enabled layer in one frame of the Temporal Controller: the
request QGIS's map renderer makes, with the frame's map variables (the plugin's layers choose
their frame in their style's rules, see toolbelt/time_expressions.py).

A frame is given by its start on the Temporal Controller's clock, Heilbronn time, as a naive
datetime (the digits the controller shows)."""

from __future__ import annotations

from datetime import datetime, timedelta

from qgis.core import (
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

FRAME = timedelta(minutes=15)


def axis_time(wall: datetime) -> QDateTime:
    """A Heilbronn wall-clock time as the Temporal Controller holds it (its digits, "UTC")."""
    return QDateTime(QDate(wall.year, wall.month, wall.day),
                     QTime(wall.hour, wall.minute, wall.second), Qt.TimeSpec.UTC)


def frame_scope(start: datetime | None, length: timedelta = FRAME) -> QgsExpressionContextScope:
    """The variables QGIS sets while the map shows the frame [start, start + length) (none
    without a frame)."""
    scope = QgsExpressionContextScope()
    if start is not None:
        scope.setVariable("map_start_time", axis_time(start), True)
        scope.setVariable("map_end_time", axis_time(start + length), True)
    return scope


def frame_request(layer: QgsVectorLayer, start: datetime,
                  length: timedelta = FRAME) -> QgsFeatureRequest:
    """The request the map renderer makes for ``layer`` in the frame: the renderer's filter,
    with the frame's variables (so GDAL gets the frame's ends as constants)."""
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.expressionContext().appendScope(frame_scope(start, length))
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        expression = renderer.filter(layer.fields())
    finally:
        renderer.stopRender(context)
    request = QgsFeatureRequest()
    if expression and expression != "TRUE":
        request.setFilterExpression(expression)
    request.setExpressionContext(context.expressionContext())
    return request


def frame_features(layer: QgsVectorLayer, start: datetime, length: timedelta = FRAME) -> list:
    """The features the layer shows in the frame [start, start + length)."""
    return list(layer.getFeatures(frame_request(layer, start, length)))
