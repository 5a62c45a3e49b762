"""The outputs of ``heilbronn:parkingsearchtraffic`` beyond segments, heatmap and summary:
search times per destination, the search per segment and quarter hour (time-enabled, for the
Temporal Controller), a table and a chart of the search per quarter hour."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..heilbronn_digital_plugin.analysis.parking_search_demand import Window
from ..heilbronn_digital_plugin.analysis.parking_search_model import WhatIf
from ..heilbronn_digital_plugin.analysis.street_graph import StreetGraph
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.line_chart import BLUE, ORANGE, LineChart, Series
from ..heilbronn_digital_plugin.toolbelt.local_time import to_local
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import FieldType, WkbType
from .styling import style_on_load

PERIOD_STYLE = style_path("parking_search_periods")
# Per destination: field → attribute of SearchTimeStats (and the index of a share).
_DESTINATION_STATS = (
    ("arrivals_h", "arrivals_h", None),
    ("mean_search_min", "mean_min", None),
    ("share_over_2_min", "share_over", 0),
    ("share_over_5_min", "share_over", 1),
    ("median_search_min", "median_min", None),
    ("p90_search_min", "p90_min", None),
    ("give_up_share", "give_up_share", None),
)
_SCENARIO_DESTINATION_STATS = ("mean_search_min", "share_over_5_min", "give_up_share")


def _sink(algorithm, parameters, name: str, context, fields: QgsFields, wkb_type, crs):
    sink, destination = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                                  crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, destination


def wanted(parameters: dict, name: str) -> bool:
    """Whether an optional output was asked for."""
    value = parameters.get(name)
    return value is not None and value != ""


def write_destinations(algorithm, parameters, name: str, context, crs, x: np.ndarray,
                       y: np.ndarray, names: list[str], what_if: WhatIf) -> str:
    """One point per destination with its arrivals and search times (and the scenario's)."""
    fields = QgsFields()
    fields.append(QgsField("destination", FieldType.String))
    for field, _, _ in _DESTINATION_STATS:
        fields.append(QgsField(field, FieldType.Double))
    if what_if.scenario is not None:
        for field in _SCENARIO_DESTINATION_STATS:
            fields.append(QgsField("scenario_" + field, FieldType.Double))
        fields.append(QgsField("diff_mean_search_min", FieldType.Double))
    sink, destination = _sink(algorithm, parameters, name, context, fields, WkbType.Point, crs)
    worlds = [what_if.baseline] + ([what_if.scenario] if what_if.scenario is not None else [])
    columns = [[_stat(world.places, attribute, share) for field, attribute, share
                in _DESTINATION_STATS] for world in worlds]
    for index, label in enumerate(names):
        row = int(what_if.destination_place[index]) + 1 if index < len(
            what_if.destination_place) else 0
        values = [label]
        if row <= 0:
            values += [None] * (len(fields) - 1)
        else:
            values += [_value(column[row]) for column in columns[0]]
            if what_if.scenario is not None:
                scenario = dict(zip([f for f, _, _ in _DESTINATION_STATS], columns[1]))
                values += [_value(scenario[f][row]) for f in _SCENARIO_DESTINATION_STATS]
                base, new = columns[0][1][row], columns[1][1][row]
                values.append(_value(new - base))
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x[index]),
                                                               float(y[index]))))
        feature.setAttributes(values)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return destination


def _stat(stats, attribute: str, share: int | None) -> np.ndarray:
    value = getattr(stats, attribute)
    return value[share] if share is not None else value


def _value(number: float):
    return float(number) if np.isfinite(number) else None


def _moment(seconds: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000)), Qt.TimeSpec.UTC)


def local_text(seconds: float, pattern: str = "%H:%M") -> str:
    """A moment (seconds since 1970) as Heilbronn local time, formatted with ``pattern``
    (strftime; default HH:MM)."""
    return to_local(datetime.fromtimestamp(seconds, timezone.utc)).strftime(pattern)


def write_periods(algorithm, parameters, name: str, context, crs, graph: StreetGraph,
                  window: Window, what_if: WhatIf, line_wkb) -> str:
    """The search per segment and period (only where somebody searches), with the period's
    start and end (UTC) for the Temporal Controller and its local clock time."""
    fields = QgsFields()
    for field, kind in (("segment_id", FieldType.Int), ("period_start", FieldType.DateTime),
                        ("period_end", FieldType.DateTime), ("local_time", FieldType.String),
                        ("search_veh_h", FieldType.Double), ("search_vkm_h", FieldType.Double)):
        fields.append(QgsField(field, kind))
    scenario = what_if.scenario
    if scenario is not None:
        for field in ("scenario_veh_h", "scenario_vkm_h", "diff_vkm_h"):
            fields.append(QgsField(field, FieldType.Double))
    sink, destination = _sink(algorithm, parameters, name, context, fields,
                              WkbType.LineString, crs)
    base = what_if.baseline.period_vehicles_h
    other = scenario.period_vehicles_h if scenario is not None else None
    km = graph.edge_length / 1000.0
    geometries: dict[int, QgsGeometry] = {}
    for period, (start, end) in enumerate(window.period_bounds()):
        busy = base[period] > 1e-9
        if other is not None:
            busy |= other[period] > 1e-9
        begin, finish, clock = _moment(start), _moment(end), local_text(start)
        for edge in np.flatnonzero(busy):
            if edge not in geometries:
                geometry = QgsGeometry()
                geometry.fromWkb(line_wkb(graph.polylines[edge]))
                geometries[edge] = geometry
            values = [int(edge), begin, finish, clock, float(base[period, edge]),
                      float(base[period, edge] * km[edge])]
            if other is not None:
                values += [float(other[period, edge]), float(other[period, edge] * km[edge]),
                           float((other[period, edge] - base[period, edge]) * km[edge])]
            feature = QgsFeature(fields)
            feature.setGeometry(geometries[edge])
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    style_on_load(context, destination, PERIOD_STYLE)
    return destination


def write_period_table(algorithm, parameters, name: str, context, window: Window,
                       what_if: WhatIf) -> str:
    """One row per period: its start and end (UTC) and local clock time, arrivals, search
    vehicle-km per hour, mean search time and share searching longer than 5 minutes, for the
    baseline and the scenario."""
    fields = QgsFields()
    for field, kind in (("period_start", FieldType.DateTime),
                        ("period_end", FieldType.DateTime), ("local_time", FieldType.String)):
        fields.append(QgsField(field, kind))
    measures = ("arrivals_h", "vehicle_km_h", "mean_search_min", "share_over_5_min")
    for measure in measures:
        fields.append(QgsField(measure, FieldType.Double))
    scenario = what_if.scenario
    if scenario is not None:
        for measure in measures[1:]:
            fields.append(QgsField("scenario_" + measure, FieldType.Double))
        fields.append(QgsField("diff_vehicle_km_h", FieldType.Double))
    sink, destination = _sink(algorithm, parameters, name, context, fields,
                              WkbType.NoGeometry, QgsCoordinateReferenceSystem())
    base = what_if.baseline.periods
    for period, (start, end) in enumerate(window.period_bounds()):
        values = [_moment(start), _moment(end), local_text(start)]
        values += [float(getattr(base, measure)[period]) for measure in measures]
        if scenario is not None:
            values += [float(getattr(scenario.periods, measure)[period])
                       for measure in measures[1:]]
            values.append(float(scenario.periods.vehicle_km_h[period]
                                - base.vehicle_km_h[period]))
        feature = QgsFeature(fields)
        feature.setAttributes(values)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return destination


def write_period_chart(path: str, window: Window, what_if: WhatIf, title: str) -> str:
    """Search vehicle-km per hour in every period, baseline and scenario, over local time."""
    bounds = window.period_bounds()
    hours = (bounds[:, 0] - window.start_s) / 3600.0
    series = [Series(tr("Baseline"), what_if.baseline.periods.vehicle_km_h.tolist(), BLUE)]
    if what_if.scenario is not None:
        series.append(Series(tr("Scenario"), what_if.scenario.periods.vehicle_km_h.tolist(),
                             ORANGE, dashed=True))
    step = 3.0 if window.hours > 12 else (1.0 if window.hours > 3 else 0.25)
    ticks = [(h, local_text(window.start_s + h * 3600.0))
             for h in np.arange(0.0, window.hours + 1e-9, step)]
    chart = LineChart(title, hours.tolist(), series, x_label=tr("Local time (Heilbronn)"),
                      y_label=tr("Search traffic (vehicle-km per hour)"), x_ticks=ticks)
    chart.save(path)
    return path
