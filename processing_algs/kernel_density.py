"""``heilbronn:kerneldensity``: a fast drop-in for QGIS's heatmap (kernel density estimation).

Parameters that mean the same as in ``qgis:heatmapkerneldensityestimation`` keep its names and
enum order, so existing models and scripts only change the algorithm id.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..heilbronn_digital_plugin.analysis.kernel_density import (
    MAX_BINNED_FACTOR,
    BinnedTooFine,
    Kernel,
    kernel_density,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.point_arrays import (
    PointArrays,
    input_layer,
    read_points,
)
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from .base import HeilbronnAlgorithm
from .common import (
    add_advanced,
    add_filter_parameters,
    check_numeric,
    distance_parameter,
    filter_request,
    metric_crs,
)
from .heatmap_output import check_heatmap_output, heatmap_grid, write_heatmap
from .project_defaults import offer_project_layer

METHODS = ("auto", "exact", "binned")


class KernelDensityAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "density"
    INPUT = "INPUT"
    RADIUS = "RADIUS"
    RADIUS_FIELD = "RADIUS_FIELD"
    PIXEL_SIZE = "PIXEL_SIZE"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    KERNEL = "KERNEL"
    DECAY = "DECAY"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    METHOD = "METHOD"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "kerneldensity"

    def displayName(self) -> str:
        return tr("Kernel density (fast heatmap)")

    def tags(self) -> list[str]:
        return tr("heatmap,kde,kernel density,density,hotspot,points,raster").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Creates a density (heatmap) raster from a point layer, like QGIS's Heatmap "
            "(Kernel Density Estimation) but many times faster on large layers.\n\n"
            "The output grid has the same size, extent and georeferencing as QGIS's heatmap "
            "and raw values agree with it; scaled values integrate to 1 per unit of weight. "
            "Points can be filtered by an expression and by a time window on a date/time "
            "field. Radius and pixel size are metres: a point layer whose CRS is not in "
            "metres (degrees, feet) is reprojected to its UTM zone first.\n\n"
            "Method: 'auto' computes few points exactly like QGIS and many points by linear "
            "binning and FFT convolution (error below 0.1 % of the maximum for realistic data; "
            "the uniform kernel's hard edge is blurred by one pixel). 'exact' forces the exact "
            "computation.\n\n"
            "The output is styled from transparent (no density) to dark red."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Point layer"), [ProcessingSourceType.VectorPoint]),
            "citizen_reports"))
        self.addParameter(distance_parameter(self.RADIUS, tr("Radius in metres"), 100.0))
        self.addParameter(QgsProcessingParameterField(
            self.RADIUS_FIELD, tr("Radius from field (metres)"), None, self.INPUT,
            ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, tr("Output raster pixel size in metres"),
            ProcessingNumberParameterType.Double,
            10.0, False, 0.0))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, tr("Weight from field"), None, self.INPUT,
            ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.KERNEL, tr("Kernel shape"),
            [tr("Quartic"), tr("Triangular"), tr("Uniform"), tr("Triweight"), tr("Epanechnikov")],
            defaultValue=0))
        add_advanced(self, QgsProcessingParameterNumber(
            self.DECAY, tr("Decay ratio (triangular kernels only)"),
            ProcessingNumberParameterType.Double, 0.0, True, -100.0, 100.0))
        add_advanced(self, QgsProcessingParameterEnum(
            self.OUTPUT_VALUE, tr("Output value scaling"), [tr("Raw"), tr("Scaled")],
            defaultValue=0))
        add_filter_parameters(self, self.INPUT, tr("Only points matching this expression"))
        add_advanced(self, QgsProcessingParameterEnum(
            self.METHOD, tr("Method"), [tr("Automatic"), tr("Exact (like QGIS)"),
                                        tr("Binned (FFT)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Heatmap")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        radius_field = self.parameterAsString(parameters, self.RADIUS_FIELD, context)
        pixel_size = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        kernel = Kernel(self.parameterAsEnum(parameters, self.KERNEL, context))
        decay = self.parameterAsDouble(parameters, self.DECAY, context)
        scaled = self.parameterAsEnum(parameters, self.OUTPUT_VALUE, context) == 1
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        check_heatmap_output(output)

        for field in (weight_field, radius_field):
            check_numeric(source, field)
        if pixel_size <= 0:
            raise QgsProcessingException(tr("The pixel size must be greater than zero."))
        if not radius_field and radius <= 0:
            raise QgsProcessingException(tr("The radius must be greater than zero."))

        request, filtered = filter_request(self, parameters, source, context)
        crs, _ = metric_crs(source, request, context, feedback)

        fields = [f for f in (weight_field, radius_field) if f]
        layer, selected_only = input_layer(self, parameters, self.INPUT, context)
        points = read_points(source, request, fields, feedback, layer, selected_only)
        if feedback.isCanceled():
            return {}
        self._report_input(points, weight_field, radius_field, feedback)
        if len(points) == 0:
            raise QgsProcessingException(tr(
                "The input layer has no points{where}, so there is nothing to draw a heatmap "
                "from. Check the layer{checks}.").format(
                    where=tr(" matching the filter and time window") if filtered else "",
                    checks=tr(", the filter expression and the time window") if filtered else ""))

        radii = points.values[radius_field] if radius_field else radius
        max_radius = float(max(_nan_max(radii), 0.0)) if radius_field else radius
        grid = heatmap_grid(points.extent, max_radius, pixel_size)
        feedback.pushInfo(tr("Raster of {rows} × {cols} cells, {points} points.").format(
            rows=grid.rows, cols=grid.cols, points=len(points)))

        weights = points.values[weight_field] if weight_field else None
        try:
            density = kernel_density(points.x, points.y, grid, radii, weights, kernel, decay,
                                     scaled, method, Slice(feedback, 20.0, 75.0))
        except Canceled:
            return {}
        except BinnedTooFine as error:
            raise QgsProcessingException(tr(
                "A radius of {radius} m is far below the pixel size of {pixel} m: the binned "
                "method would need more than {limit} lattice nodes per pixel and work for "
                "hours. Choose the automatic or exact method, or smaller pixels.").format(
                    radius=local_number(error.radius, "g"),
                    pixel=local_number(error.pixel_size, "g"),
                    limit=local_number(MAX_BINNED_FACTOR, ","))) from error
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        peak = float(density.max())
        write_heatmap(output, density, grid.geotransform, crs, tr("Density"),
                      tr("high ({value})").format(value=local_number(peak, ".4g")),
                      tr("none (0)"), context, feedback)
        feedback.setProgress(100.0)
        return {self.OUTPUT: output}

    @staticmethod
    def _report_input(points: PointArrays, weight_field: str, radius_field: str,
                      feedback: QgsProcessingFeedback) -> None:
        if points.null_geometries:
            feedback.pushInfo(tr("{count} features without geometry were skipped.").format(
                count=points.null_geometries))
        for field, meaning in ((weight_field, tr("weight 0")), (radius_field, tr("skipped"))):
            if field:
                missing = int((points.values[field] != points.values[field]).sum())
                if missing:
                    feedback.pushWarning(tr(
                        "{count} points have no value in “{field}” ({meaning}).").format(
                            count=missing, field=field, meaning=meaning))


def _nan_max(values) -> float:
    finite = values[values == values]
    return float(finite.max()) if finite.size else 0.0

