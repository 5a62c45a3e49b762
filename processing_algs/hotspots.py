"""``heilbronn:hotspots``: Getis-Ord Gi* and Local Moran's I hot spots, like ArcGIS Pro's
Optimized Hot Spot Analysis: incidents counted into a hexagon or square grid (or polygons with
a value), the scale chosen automatically when left empty."""

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
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..heilbronn_digital_plugin.analysis.hotspots import (
    CLUSTERS,
    Shape,
    ZeroVariance,
    aggregate,
    hot_spots,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.point_arrays import input_layer, read_points
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .analysis_notes import AnalysisNotes
from .base import HeilbronnAlgorithm
from .common import (
    add_advanced,
    add_filter_parameters,
    check_numeric,
    distance_parameter,
    filter_request,
    layer_label,
    metric_crs,
    optional_distance,
)
from .hot_spot_common import MIN_FEATURES, cell_geometries, cell_size, distance_band
from .project_defaults import offer_project_layer
from .styling import style_on_load

STYLE = style_path("hotspots")
_CANCEL_CHECK = 10_000  # features written between two looks at Cancel


class HotSpotsAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "density"
    INPUT = "INPUT"
    FIELD = "FIELD"
    CELL_SHAPE = "CELL_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    DISTANCE_BAND = "DISTANCE_BAND"
    FDR = "FDR"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    SINK_STYLES = {"OUTPUT": "hotspots"}

    def name(self) -> str:
        return "hotspots"

    def displayName(self) -> str:
        return tr("Hot spot analysis (Getis-Ord Gi*, Local Moran's I)")

    def tags(self) -> list[str]:
        return tr("hotspot,hot spot,cold spot,getis-ord,gi*,lisa,local moran,cluster,"
                  "optimized hot spot analysis").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Finds where incidents concentrate more than chance would explain (hot spots) and "
            "where they are rarer (cold spots), like ArcGIS Pro's Optimized Hot Spot Analysis.\n\n"
            "Points (optionally weighted, filtered by an expression and a time window) are "
            "counted into a hexagon or square grid; polygons (e.g. districts) are analysed "
            "with the value of a field. Every cell is compared with its neighbours within the "
            "distance band by Getis-Ord Gi* (gi_z, gi_p, gi_bin from -3 = cold spot with 99 % "
            "confidence to +3 = hot spot with 99 % confidence) and by Local Moran's I "
            "(lisa_i, lisa_p, lisa_cluster HH, LL, HL, LH).\n\n"
            "Leave the cell size empty to derive it from the distances between incidents, and "
            "the distance band empty to find it by incremental spatial autocorrelation (the "
            "first peak, else the maximum, else the mean distance to the nearest neighbours); "
            "the chosen values are written to the log and to the output layer's metadata, and "
            "returned as outputs. Distances are metres: a layer in degrees is reprojected to "
            "its UTM zone first.\n\n"
            "p-values are two-sided, from the normal distribution or, with permutations, from "
            "conditional permutations (seeded, so results repeat). The false discovery rate "
            "correction (on by default) keeps chance hot spots out of the bins when many cells "
            "are tested. At least 30 incidents are needed."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Incident points or polygons"),
            [ProcessingSourceType.VectorPoint, ProcessingSourceType.VectorPolygon]),
            "citizen_reports"))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, tr("Weight (points) or value (polygons) field"), None, self.INPUT,
            ProcessingFieldParameterDataType.Numeric, optional=True))
        add_filter_parameters(self, self.INPUT, tr("Only features matching this expression"))
        self.addParameter(QgsProcessingParameterEnum(
            self.CELL_SHAPE, tr("Grid cell shape (points)"), [tr("Hexagon"), tr("Square")],
            defaultValue=0))
        self.addParameter(distance_parameter(
            self.CELL_SIZE, tr("Cell size in metres (empty: automatic)"), optional=True))
        self.addParameter(distance_parameter(
            self.DISTANCE_BAND, tr("Distance band in metres (empty: automatic)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FDR, tr("Correct for multiple testing (false discovery rate)"), True))
        add_advanced(self, QgsProcessingParameterNumber(
            self.PERMUTATIONS, tr("Permutations (0: analytic p-values)"),
            ProcessingNumberParameterType.Integer, 0, False, 0, 99_999))
        add_advanced(self, QgsProcessingParameterNumber(
            self.SEED, tr("Random seed of the permutations"),
            ProcessingNumberParameterType.Integer, 1, False, 0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Hot spots"), ProcessingSourceType.VectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.CELL_SIZE, tr("Cell size used")))
        self.addOutput(QgsProcessingOutputNumber(self.DISTANCE_BAND, tr("Distance band used")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field = self.parameterAsString(parameters, self.FIELD, context)
        check_numeric(source, field)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Polygon
        if polygons and not field:
            raise QgsProcessingException(tr(
                "Polygons need a value to compare: choose a numeric field under 'Weight "
                "(points) or value (polygons) field', e.g. the number of reports per district."))
        chosen_size = optional_distance(self, parameters, self.CELL_SIZE, context)
        chosen_band = optional_distance(self, parameters, self.DISTANCE_BAND, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)

        request, filtered = filter_request(self, parameters, source, context)
        crs, reprojected = metric_crs(source, request, context, feedback)
        filtered = filtered or reprojected
        notes = AnalysisNotes(feedback)
        label = layer_label(self.parameterAsVectorLayer(parameters, self.INPUT, context),
                            source.sourceName())
        notes.note(tr("Getis-Ord Gi* and Local Moran's I of “{layer}”.").format(layer=label))

        if polygons:
            fields, cells = self._polygon_cells(source, request, field, filtered, notes)
        else:
            fields, cells = self._point_cells(parameters, source, request, field, filtered,
                                              chosen_size, context, notes)
        if feedback.isCanceled():
            return {}
        x, y, values = cells["x"], cells["y"], cells["value"]
        if not np.std(values) > 0:
            raise QgsProcessingException(self._zero_variance(polygons))

        try:
            band = distance_band(x, y, values, chosen_band, notes, Slice(feedback, 25.0, 25.0),
                                 cells["weights"])
            result = hot_spots(x, y, values, band, permutations, seed, fdr,
                               Slice(feedback, 50.0, 40.0), cells["weights"])
        except Canceled:
            return {}
        except ZeroVariance as error:
            raise QgsProcessingException(self._zero_variance(polygons)) from error
        lonely = int((result.neighbours == 0).sum())
        if lonely:
            feedback.pushWarning(tr(
                "{count} cells have no neighbour within the distance band {band} m; their "
                "statistics rest on themselves alone. A larger distance band avoids this.")
                .format(count=lonely, band=local_number(band, ".1f")))
        if permutations and fdr and not result.gi_bin.any():
            feedback.pushWarning(tr(
                "No cell is significant. With {permutations} permutations no p-value can be "
                "below {smallest}, which the false discovery rate correction over {cells} "
                "cells may reject: more permutations, or analytic p-values (0), can tell.").format(
                    permutations=permutations,
                    smallest=local_number(2.0 / (permutations + 1), ".4f"),
                    cells=len(values)))
        notes.note(tr("p-values from {permutations} conditional permutations (seed {seed}).")
                   .format(permutations=permutations, seed=seed) if permutations else
                   tr("p-values from the normal distribution (analytic)."))
        notes.note(tr("False discovery rate correction: on.") if fdr else
                   tr("False discovery rate correction: off."))
        notes.note(tr("{hot} hot spot and {cold} cold spot cells at 90 % confidence or "
                      "more, of {cells}.").format(
            hot=int((result.gi_bin > 0).sum()), cold=int((result.gi_bin < 0).sum()),
            cells=len(values)))

        # Polygons keep their own type (districts are often multipolygons); cells are polygons.
        geometry_type = source.wkbType() if polygons else WkbType.Polygon
        sink, destination = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # Python numbers once per column, and one feature object refilled for every cell (the
        # sink copies it): a million points make up to 100,000 cells, and a Python wrapper
        # per feature would cost more than the statistics.
        stats = zip(result.neighbours.tolist(), result.gi_z.tolist(), result.gi_p.tolist(),
                    result.gi_bin.tolist(), result.lisa_i.tolist(), result.lisa_p.tolist(),
                    [CLUSTERS[cluster] for cluster in result.lisa_cluster.tolist()])
        feature = QgsFeature(fields)
        for index, (attributes, geometry, row) in enumerate(
                zip(cells["attributes"], cells["geometry"], stats)):
            if index % _CANCEL_CHECK == 0 and feedback.isCanceled():
                return {}
            feature.setGeometry(geometry)
            feature.setAttributes(attributes + list(row))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink  # closes the file, so its metadata can be written
        metadata = notes.write(context, destination, tr("Hot spots"))
        style_on_load(context, destination, STYLE, metadata=metadata)
        feedback.setProgress(100.0)
        return {self.OUTPUT: destination, self.CELL_SIZE: cells["size"],
                self.DISTANCE_BAND: band}

    def _point_cells(self, parameters: dict, source, request: QgsFeatureRequest, field: str,
                     filtered: bool, chosen_size: float | None, context: QgsProcessingContext,
                     notes: AnalysisNotes) -> tuple[QgsFields, dict]:
        feedback = notes.feedback
        names = [field] if field else []
        layer, selected_only = input_layer(self, parameters, self.INPUT, context)
        points = read_points(source, request, names, feedback, layer, selected_only)
        if points.null_geometries:
            feedback.pushInfo(tr("{count} features without geometry were skipped.").format(
                count=points.null_geometries))
        if len(points) < MIN_FEATURES:
            raise QgsProcessingException(tr(
                "Only {count} incidents{where}: hot spot analysis needs at least {minimum} to "
                "tell a concentration from chance. Widen the time window or the filter, or "
                "use a larger area.").format(
                    count=len(points), minimum=MIN_FEATURES,
                    where=tr(" match the filter and time window") if filtered else ""))
        shape = Shape(self.parameterAsEnum(parameters, self.CELL_SHAPE, context))
        size = cell_size(points.x, points.y, chosen_size, notes)
        weights = points.values[field] if field else None
        grid = aggregate(points.x, points.y, shape, size, weights)
        notes.note(tr("{points} incidents in {cells} {shape} cells.").format(
            points=len(points), cells=len(grid.count),
            shape=tr("hexagonal") if shape == Shape.HEXAGON else tr("square")))
        feedback.setProgress(20.0)
        fields = QgsFields()
        fields.append(QgsField("cell_id", FieldType.Int))
        fields.append(QgsField("count", FieldType.Int))
        if field:
            fields.append(QgsField("weight", FieldType.Double))
        for result_field in _result_fields():
            fields.append(result_field)
        counts = grid.count.astype(np.int64).tolist()
        attributes = ([[index, count, value] for index, (count, value)
                       in enumerate(zip(counts, grid.value.tolist()))] if field else
                      [[index, count] for index, count in enumerate(counts)])
        # Neighbours from the cells' places in the lattice, distances from their centres
        # relative to the grid: no absolute coordinate enters the statistics (issue 12,
        # item 23), and wide bands cost no pair lists.
        return fields, {"x": grid.local_x, "y": grid.local_y, "value": grid.value, "size": size,
                        "weights": grid.neighbours, "attributes": attributes,
                        "geometry": cell_geometries(grid)}

    def _polygon_cells(self, source, request: QgsFeatureRequest, field: str, filtered: bool,
                       notes: AnalysisNotes) -> tuple[QgsFields, dict]:
        feedback = notes.feedback
        index = source.fields().lookupField(field)
        # A rerun on an earlier result must not keep the old statistics: drop input fields
        # that carry the names of the new ones.
        result_names = {result.name() for result in _result_fields()}
        kept = [i for i, f in enumerate(source.fields()) if f.name() not in result_names]
        if len(kept) < source.fields().count():
            feedback.pushInfo(tr("The input's own hot spot fields are replaced by new ones."))
        xs, ys, values, attributes, geometries = [], [], [], [], []
        skipped = 0
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
            value = feature.attribute(index)
            if geometry.isNull() or geometry.isEmpty() or value is None or value != value \
                    or (hasattr(value, "isNull") and value.isNull()):
                skipped += 1
                continue
            centre = geometry.centroid().asPoint()
            xs.append(centre.x())
            ys.append(centre.y())
            values.append(float(value))
            attributes.append([feature.attributes()[i] for i in kept])
            geometries.append(geometry)
        if skipped:
            feedback.pushWarning(tr(
                "{count} polygons without geometry or without a value in “{field}” were "
                "skipped.").format(count=skipped, field=field))
        if len(values) < MIN_FEATURES:
            raise QgsProcessingException(tr(
                "Only {count} polygons with a value{where}: hot spot analysis needs at least "
                "{minimum}. Use smaller areas (or points on a grid) to have enough.").format(
                    count=len(values), minimum=MIN_FEATURES,
                    where=tr(" match the filter") if filtered else ""))
        notes.note(tr("{count} polygons with a value in “{field}”; distances between them "
                      "are measured between their centroids.").format(count=len(values),
                                                                        field=field))
        fields = QgsFields()
        for i in kept:
            fields.append(source.fields().at(i))
        for result_field in _result_fields():
            fields.append(result_field)
        return fields, {"x": np.array(xs), "y": np.array(ys), "value": np.array(values),
                        "size": 0.0, "weights": None, "attributes": attributes,
                        "geometry": geometries}

    @staticmethod
    def _zero_variance(polygons: bool) -> str:
        if polygons:
            return tr("Every polygon has the same value, so no place stands out: there are "
                      "no hot or cold spots to find. Check the value field.")
        return tr("Every cell holds the same number of incidents, so no place stands out: "
                  "there are no hot or cold spots to find. Try a smaller cell size.")


def _result_fields() -> list[QgsField]:
    return [QgsField("neighbours", FieldType.Int), QgsField("gi_z", FieldType.Double),
            QgsField("gi_p", FieldType.Double), QgsField("gi_bin", FieldType.Int),
            QgsField("lisa_i", FieldType.Double), QgsField("lisa_p", FieldType.Double),
            QgsField("lisa_cluster", FieldType.String)]
