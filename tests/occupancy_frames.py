"""What the map shows of a time-enabled layer in one frame of the Temporal Controller: the
request QGIS's map renderer makes (QgsVectorLayerRenderer: the renderer's filter and the
layer's temporal filter, with the frame's map variables), and the features it draws of what
that request returns (the plugin's layers choose their frame in their style's rules, see
toolbelt/time_expressions.py); and the map drawn as the map canvas draws it in that frame.

A frame is given by its start on the Temporal Controller's clock, Heilbronn time, as a naive
datetime (the digits the controller shows)."""

from __future__ import annotations

from datetime import datetime, timedelta

from qgis.core import (
    QgsDateTimeRange,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, Qt, QTime

FRAME = timedelta(minutes=15)


def axis_time(wall: datetime) -> QDateTime:
    """A Heilbronn wall-clock time as the Temporal Controller holds it (its digits, "UTC")."""
    return QDateTime(QDate(wall.year, wall.month, wall.day),
                     QTime(wall.hour, wall.minute, wall.second), Qt.TimeSpec.UTC)


def frame_range(start: datetime, length: timedelta = FRAME) -> QgsDateTimeRange:
    """The frame [start, start + length) as the Temporal Controller gives it to the map."""
    return QgsDateTimeRange(axis_time(start), axis_time(start + length), True, False)


def frame_scope(start: datetime | None, length: timedelta = FRAME) -> QgsExpressionContextScope:
    """The variables QGIS sets while the map shows the frame [start, start + length) (none
    without a frame). Not static, as QGIS 3.22's map settings scope has them: so nothing that
    uses them is compiled for GDAL or PostgreSQL."""
    scope = QgsExpressionContextScope()
    if start is not None:
        scope.setVariable("map_start_time", axis_time(start), False)
        scope.setVariable("map_end_time", axis_time(start + length), False)
    return scope


def frame_context(layer: QgsVectorLayer, start: datetime | None,
                  length: timedelta = FRAME) -> QgsRenderContext:
    """The render context the map renderer draws ``layer`` in: the global, project and layer
    variables and the frame's (none without a frame)."""
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.expressionContext().appendScope(frame_scope(start, length))
    return context


def frame_request(layer: QgsVectorLayer, start: datetime,
                  length: timedelta = FRAME) -> QgsFeatureRequest:
    """The request the map renderer makes for ``layer`` in the frame: the renderer's filter
    and the layer's temporal filter (the frame's ends as constants), with the frame's
    variables. It may return more than the frame shows: see :func:`frame_features`."""
    context = frame_context(layer, start, length)
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        expression = renderer.filter(layer.fields())
    finally:
        renderer.stopRender(context)
    request = QgsFeatureRequest()
    if expression and expression != "TRUE":
        request.combineFilterExpression(expression)
    temporal_context = QgsVectorLayerTemporalContext()
    temporal_context.setLayer(layer)
    temporal = layer.temporalProperties().createFilterString(temporal_context,
                                                             frame_range(start, length))
    if temporal:
        request.combineFilterExpression(temporal)
    request.setExpressionContext(context.expressionContext())
    return request


def frame_features(layer: QgsVectorLayer, start: datetime, length: timedelta = FRAME) -> list:
    """The features the layer draws in the frame [start, start + length): those of the
    renderer's request that the renderer gives a symbol."""
    context = frame_context(layer, start, length)
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        drawn = []
        for feature in layer.getFeatures(frame_request(layer, start, length)):
            context.expressionContext().setFeature(feature)
            if renderer.symbolsForFeature(feature, context):
                drawn.append(feature)
        return drawn
    finally:
        renderer.stopRender(context)


def frame_map(layers: list[QgsVectorLayer], extent: QgsRectangle, size: QSize,
              start: datetime | None, length: timedelta = FRAME) -> QgsMapSettings:
    """The settings of a map of ``layers`` (in the first one's CRS) over ``extent``, ``size``
    pixels, as the map canvas has them in the frame [start, start + length), or without a
    time range when ``start`` is None: with the map's variables, @map_start_time among them
    while it shows a time range."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(size)
    if start is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(frame_range(start, length))
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(context)
    return settings


def draw(settings: QgsMapSettings) -> QgsMapRendererSequentialJob:
    """The map of ``settings`` drawn: the finished job, with its image and its labels."""
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job
