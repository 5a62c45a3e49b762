"""``heilbronn:emerginghotspots``: where problems are new, intensifying, persistent,
diminishing, sporadic, oscillating or historical, like ArcGIS Pro's Emerging Hot Spot
Analysis: incidents counted per grid cell and time step, Gi* on the space-time cube, a
Mann–Kendall trend per cell, one category per cell."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..heilbronn_digital_plugin.analysis.emerging_hotspots import (
    CATEGORIES,
    MIN_TIME_STEPS,
    CubeTooLarge,
    TimeStep,
    emerging_hot_spots,
    space_time_cube,
    time_step_index,
)
from ..heilbronn_digital_plugin.analysis.hotspots import (
    Aggregation,
    Shape,
    ZeroVariance,
    aggregate,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.local_time import (
    TimeRangeError,
    stored_instant,
    to_local,
)
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.point_arrays import (
    PointArrays,
    input_layer,
    read_dated_points,
)
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .analysis_notes import AnalysisNotes
from .base import HeilbronnAlgorithm
from .common import (
    FILTER,
    TIME_END,
    TIME_FIELD,
    TIME_START,
    distance_parameter,
    filter_request,
    layer_label,
    metric_crs,
    optional_distance,
    time_parameter,
)
from .hot_spot_common import (
    AUTOMATIC_MAX_CELLS,
    MIN_FEATURES,
    cell_geometries,
    cell_size,
    distance_band,
)
from .project_defaults import offer_project_layer
from .styling import style_on_load

STYLE = style_path("emerging_hotspots")
# Julian day number of 1970-01-01: QDate.toJulianDay() minus this is numpy's day count.
_EPOCH_JULIAN_DAY = 2440588
# An automatic cell size is grown until the cube has at most this many bins (cells × steps):
# one incident per cell, as in the hot spot analysis, leaves most bins of a month empty and
# the space-time neighbour lists far larger than a desktop's memory.
AUTOMATIC_MAX_BINS = 50_000


class EmergingHotSpotsAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "density"
    INPUT = "INPUT"
    # The filter and time window of common.filter_request read these parameter names.
    TIME_FIELD = TIME_FIELD
    TIME_STEP = "TIME_STEP"
    CELL_SHAPE = "CELL_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    DISTANCE_BAND = "DISTANCE_BAND"
    TIME_NEIGHBOURS = "TIME_NEIGHBOURS"
    OUTPUT = "OUTPUT"
    SINK_STYLES = {"OUTPUT": "emerging_hotspots"}
    TIME_STEPS = "TIME_STEPS"

    def name(self) -> str:
        return "emerginghotspots"

    def displayName(self) -> str:
        return tr("Emerging hot spot analysis (space-time Gi*, Mann-Kendall)")

    def tags(self) -> list[str]:
        return tr("emerging hot spot,hotspot,space-time,trend,mann-kendall,getis-ord,gi*,"
                  "new,intensifying,persistent,diminishing,sporadic,oscillating,historical"
                  ).split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Finds where hot and cold spots of incidents are new, consecutive, intensifying, "
            "persistent, diminishing, sporadic, oscillating or historical, like ArcGIS Pro's "
            "Emerging Hot Spot Analysis.\n\n"
            "Points (optionally filtered by an expression and a time window) are counted per "
            "hexagon or square cell and per week, month, quarter or year. Every cell and time "
            "step is compared "
            "with its neighbours by Getis-Ord Gi*: the cells within the distance band in the "
            "same step and, with them, the same cells in the previous time steps "
            "(neighbourhood time steps). A bin is hot or cold at 90 % confidence, with false "
            "discovery rate correction. The Mann-Kendall test on each cell's Gi* z-scores tells "
            "whether clustering grows stronger or weaker (trend_z, trend_p).\n\n"
            "Each cell gets one category (category, category_label) and the number of hot and "
            "cold time steps (hot_steps, cold_steps); cells without any incident are left out, "
            "as in ArcGIS. Leave the cell size and distance band "
            "empty to choose them as the hot spot analysis does; the values used are written "
            "to the log and to the output layer's metadata. Distances are metres: a layer in "
            "degrees is reprojected to its UTM zone first. At least 30 incidents and 10 time "
            "steps are needed."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Incident points"), [ProcessingSourceType.VectorPoint]),
            "citizen_reports"))
        self.addParameter(QgsProcessingParameterField(
            self.TIME_FIELD, tr("Date/time field"), None, self.INPUT,
            ProcessingFieldParameterDataType.DateTime))
        self.addParameter(QgsProcessingParameterExpression(
            FILTER, tr("Only features matching this expression"), None, self.INPUT,
            optional=True))
        self.addParameter(time_parameter(
            TIME_START, tr("Time window start (Heilbronn time, inclusive)")))
        self.addParameter(time_parameter(
            TIME_END, tr("Time window end (Heilbronn time, exclusive)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.TIME_STEP, tr("Time step"),
            [tr("Week"), tr("Month"), tr("Quarter"), tr("Year")], defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.CELL_SHAPE, tr("Grid cell shape"), [tr("Hexagon"), tr("Square")],
            defaultValue=0))
        self.addParameter(distance_parameter(
            self.CELL_SIZE, tr("Cell size in metres (empty: automatic)"), optional=True))
        self.addParameter(distance_parameter(
            self.DISTANCE_BAND, tr("Distance band in metres (empty: automatic)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIME_NEIGHBOURS, tr("Neighbourhood time steps"),
            ProcessingNumberParameterType.Integer, 1, False, 0, 100))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Emerging hot spots"), ProcessingSourceType.VectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.CELL_SIZE, tr("Cell size used")))
        self.addOutput(QgsProcessingOutputNumber(self.DISTANCE_BAND, tr("Distance band used")))
        self.addOutput(QgsProcessingOutputNumber(self.TIME_STEPS, tr("Number of time steps")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        time_index = source.fields().lookupField(time_field)
        if time_index < 0 or source.fields().at(time_index).type() not in (
                FieldType.DateTime, FieldType.Date):
            raise QgsProcessingException(tr(
                "Emerging hot spots need the date of each incident: choose a date or date/time "
                "field under 'Date/time field' (“{field}” is not one).").format(field=time_field))
        unit = TimeStep(self.parameterAsEnum(parameters, self.TIME_STEP, context))
        shape = Shape(self.parameterAsEnum(parameters, self.CELL_SHAPE, context))
        chosen_size = optional_distance(self, parameters, self.CELL_SIZE, context)
        chosen_band = optional_distance(self, parameters, self.DISTANCE_BAND, context)
        time_neighbours = self.parameterAsInt(parameters, self.TIME_NEIGHBOURS, context)

        request, filtered = filter_request(self, parameters, source, context)
        crs, _ = metric_crs(source, request, context, feedback)
        layer, selected_only = input_layer(self, parameters, self.INPUT, context)
        dated = read_dated_points(layer, request, time_field, selected_only, feedback)
        if dated is not None:  # a PostGIS layer, in one query
            x, y, days = _dated(*dated, feedback)
        else:
            x, y, days = _read_dated_points(source, request, time_index, feedback)
        if feedback.isCanceled():
            return {}
        if len(x) < MIN_FEATURES:
            raise QgsProcessingException(tr(
                "Only {count} incidents with a location and a date{where}: emerging hot spot "
                "analysis needs at least {minimum}. Widen the filter or use a larger area."
            ).format(count=len(x), minimum=MIN_FEATURES,
                     where=tr(" match the filter") if filtered else ""))
        step_of = time_step_index(days, unit)
        steps = int(step_of.max()) + 1
        if steps < MIN_TIME_STEPS:
            raise QgsProcessingException(tr(
                "The incidents span only {steps} time steps; a trend needs at least {minimum}. "
                "Choose a shorter time step (e.g. month instead of quarter) or more data."
            ).format(steps=steps, minimum=MIN_TIME_STEPS))

        notes = AnalysisNotes(feedback)
        label = layer_label(self.parameterAsVectorLayer(parameters, self.INPUT, context),
                            source.sourceName())
        notes.note(tr("Emerging hot spots of “{layer}”: Gi* per cell and {step}, Mann–Kendall "
                      "trend per cell.").format(layer=label, step=_step_name(unit)))
        size = cell_size(x, y, chosen_size, notes,
                         min(AUTOMATIC_MAX_CELLS, AUTOMATIC_MAX_BINS // steps))
        # ArcGIS analyses the locations with at least one incident in at least one step (when
        # no analysis mask is given): empty cells would dilute the cube with all-zero series.
        grid = _occupied(aggregate(x, y, shape, size))
        cells = len(grid.count)
        cube = space_time_cube(_cell_of_points(grid, x, y), step_of, cells, steps)
        notes.note(tr("{points} incidents in {cells} cells and {steps} time steps.")
                   .format(points=len(x), cells=cells, steps=steps))
        feedback.setProgress(20.0)
        try:
            # Each time step holds the spatial pairs again, and the previous steps' cells.
            band = distance_band(grid.local_x, grid.local_y, grid.count, chosen_band, notes,
                                 Slice(feedback, 20.0, 20.0),
                                 time_steps=steps * (time_neighbours + 1))
            notes.note(tr("Time neighbours: {lags} time steps before and after.").format(
                lags=time_neighbours))
            result = emerging_hot_spots(grid.local_x, grid.local_y, cube, band, time_neighbours,
                                        progress=Slice(feedback, 40.0, 50.0))
        except Canceled:
            return {}
        except CubeTooLarge as error:
            raise QgsProcessingException(tr(
                "{cells} cells × {steps} time steps with this distance band and {lags} "
                "neighbourhood time steps make more space-time neighbours than fit in memory. "
                "Choose a larger cell size, a smaller distance band or a longer time step."
            ).format(cells=cells, steps=steps, lags=time_neighbours)) from error
        except ZeroVariance as error:
            raise QgsProcessingException(tr(
                "Every cell holds the same number of incidents in every time step, so nothing "
                "stands out. Try a smaller cell size or a shorter time step.")) from error

        labels = legend_labels()
        fields = QgsFields()
        for name, kind in (("cell_id", FieldType.Int), ("count", FieldType.Int),
                           ("category", FieldType.String), ("category_label", FieldType.String),
                           ("trend_z", FieldType.Double), ("trend_p", FieldType.Double),
                           ("hot_steps", FieldType.Int), ("cold_steps", FieldType.Int)):
            fields.append(QgsField(name, kind))
        sink, destination = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WkbType.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for index, geometry in enumerate(cell_geometries(grid)):
            if feedback.isCanceled():
                return {}
            code = CATEGORIES[int(result.category[index])]
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                index, int(grid.count[index]), code, labels[code],
                float(result.trend_z[index]), float(result.trend_p[index]),
                int(result.hot_steps[index]), int(result.cold_steps[index])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink  # closes the file, so its metadata can be written
        found = np.bincount(result.category, minlength=len(CATEGORIES))
        notes.note(", ".join(f"{labels[code]}: {int(number)}"
                             for code, number in zip(CATEGORIES, found) if number))
        metadata = notes.write(context, destination, tr("Emerging hot spots"))
        style_on_load(context, destination, STYLE, metadata=metadata)
        feedback.setProgress(100.0)
        return {self.OUTPUT: destination, self.CELL_SIZE: size,
                self.DISTANCE_BAND: band, self.TIME_STEPS: steps}


def _step_name(unit: TimeStep) -> str:
    return (tr("week"), tr("month"), tr("quarter"), tr("year"))[unit]


def _read_dated_points(source, request: QgsFeatureRequest, time_index: int,
                       feedback: QgsProcessingFeedback
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Coordinates and calendar day (numpy datetime64[D]) of every point with a date; the day
    is Heilbronn's (a date/time is stored in UTC), so a report at 00:30 on the first of a
    month is in that month, not in the one before."""
    request.setSubsetOfAttributes([time_index])
    xs, ys, days = [], [], []
    undated = 0
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        value = feature.attribute(time_index)
        date = _heilbronn_day(value) if isinstance(value, QDateTime) else value
        if geometry.isNull() or geometry.isEmpty() or not isinstance(date, QDate) \
                or not date.isValid():
            undated += 1
            continue
        parts = (geometry.asMultiPoint() if QgsWkbTypes.isMultiType(geometry.wkbType())
                 else [geometry.asPoint()])
        for point in parts:
            xs.append(point.x())
            ys.append(point.y())
            days.append(date.toJulianDay() - _EPOCH_JULIAN_DAY)
    if undated:
        feedback.pushWarning(tr("{count} features without geometry or date were skipped.")
                             .format(count=undated))
    return (np.array(xs, dtype=float), np.array(ys, dtype=float),
            np.array(days, dtype=np.int64).astype("datetime64[D]"))


def _dated(points: PointArrays, days: np.ndarray, feedback: QgsProcessingFeedback
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What :func:`_read_dated_points` gives, from points read with their days."""
    dated = ~np.isnat(days)
    undated = points.null_geometries + int((~dated).sum())
    if undated:
        feedback.pushWarning(tr("{count} features without geometry or date were skipped.")
                             .format(count=undated))
    return points.x[dated], points.y[dated], days[dated]


def _heilbronn_day(value: QDateTime) -> QDate | None:
    moment = stored_instant(value)
    try:
        local = to_local(moment) if moment is not None else None
    except TimeRangeError:  # past the year 9999 in Heilbronn: no usable date
        return None
    return QDate(local.year, local.month, local.day) if local is not None else None


def _occupied(grid: Aggregation) -> Aggregation:
    """The cells of ``grid`` that hold at least one incident."""
    keep = grid.count > 0
    return Aggregation(grid.grid, grid.row[keep], grid.col[keep], grid.x[keep], grid.y[keep],
                       grid.count[keep], grid.value[keep])


def _cell_of_points(grid: Aggregation, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Index into the aggregation's cells of the cell holding each point (cells with points
    are always kept)."""
    row, col = grid.grid.cell_of(x, y)
    width = int(max(col.max(), grid.col.max()) - min(col.min(), grid.col.min())) + 1
    cell_keys = (grid.row - grid.row.min()) * width + (grid.col - grid.col.min())
    point_keys = (row - grid.row.min()) * width + (col - grid.col.min())
    order = np.argsort(cell_keys)
    return order[np.searchsorted(cell_keys[order], point_keys)]


def legend_labels() -> dict[str, str]:
    """Legend text of each category code."""
    return {
        "no_pattern": tr("No pattern detected"),
        "new_hot": tr("New hot spot"), "consecutive_hot": tr("Consecutive hot spot"),
        "intensifying_hot": tr("Intensifying hot spot"),
        "persistent_hot": tr("Persistent hot spot"),
        "diminishing_hot": tr("Diminishing hot spot"), "sporadic_hot": tr("Sporadic hot spot"),
        "oscillating_hot": tr("Oscillating hot spot"),
        "historical_hot": tr("Historical hot spot"),
        "new_cold": tr("New cold spot"), "consecutive_cold": tr("Consecutive cold spot"),
        "intensifying_cold": tr("Intensifying cold spot"),
        "persistent_cold": tr("Persistent cold spot"),
        "diminishing_cold": tr("Diminishing cold spot"),
        "sporadic_cold": tr("Sporadic cold spot"),
        "oscillating_cold": tr("Oscillating cold spot"),
        "historical_cold": tr("Historical cold spot"),
    }
