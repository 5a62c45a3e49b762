"""What several algorithms share: the filter and time window on the input, times typed in
Heilbronn time, numeric-field checks, reprojection to a CRS in metres, distances in metres and
advanced parameters."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextScope,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.local_time import like_stored, typed_instant
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    DistanceUnit,
    FeatureRequestFlag,
    ProcessingFieldParameterDataType,
    ProcessingParameterFlag,
)

FILTER = "FILTER"
TIME_FIELD = "TIME_FIELD"
TIME_START = "TIME_START"
TIME_END = "TIME_END"


def add_advanced(algorithm: QgsProcessingAlgorithm,
                 parameter: QgsProcessingParameterDefinition) -> None:
    parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
    algorithm.addParameter(parameter)


def add_filter_parameters(algorithm: QgsProcessingAlgorithm, input_name: str,
                          filter_label: str) -> None:
    """FILTER, TIME_FIELD, TIME_START and TIME_END on the input ``input_name``."""
    algorithm.addParameter(QgsProcessingParameterExpression(
        FILTER, filter_label, None, input_name, optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        TIME_FIELD, tr("Date/time field for the time window"), None, input_name,
        ProcessingFieldParameterDataType.DateTime, optional=True))
    algorithm.addParameter(time_parameter(
        TIME_START, tr("Time window start (Heilbronn time, inclusive)")))
    algorithm.addParameter(time_parameter(
        TIME_END, tr("Time window end (Heilbronn time, exclusive)")))


def time_parameter(name: str, description: str) -> QgsProcessingParameterDateTime:
    """An optional date and time, read as Heilbronn local time (:func:`parameter_instant`);
    the description says so, since the dialog's box shows no zone."""
    return QgsProcessingParameterDateTime(name, description, optional=True)


def parameter_instant(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                      context: QgsProcessingContext) -> datetime | None:
    """The UTC instant of a date/time parameter, ``None`` when it is empty.

    What a dialog's date/time box gives (a QDateTime in the machine's zone) and text or a
    Python datetime without a zone are Heilbronn wall-clock times, whatever zone the machine
    runs in; text with ``Z`` or an offset (``qgis_process``, scripts) and a QDateTime in UTC
    are taken exactly (see ``toolbelt/local_time.py``). Text is read here, not by QGIS, which
    loses a time in the machine's summer-time gap and every Python datetime.
    """
    value = parameters.get(name)
    if not isinstance(value, (str, datetime, date, QDateTime, QDate, type(None))):
        value = algorithm.parameterAsDateTime(parameters, name, context)  # an expression
    try:
        return typed_instant(value)
    except ValueError as error:
        definition = algorithm.parameterDefinition(name)
        raise QgsProcessingException(tr(
            "“{value}” ({parameter}) is not a date and time. Write it as Heilbronn time, e.g. "
            "2025-11-18 11:00, or with a zone, e.g. 2025-11-18T10:00:00Z.").format(
                value=value, parameter=definition.description() if definition else name)
        ) from error


def filter_request(algorithm: QgsProcessingAlgorithm, parameters: dict, source,
                   context: QgsProcessingContext) -> tuple[QgsFeatureRequest, bool]:
    """The feature request for the filter and time window, and whether it filters."""
    clauses = []
    # parameterAsExpression() silently drops an invalid expression; we want to say so.
    expression = algorithm.parameterAsString(parameters, FILTER, context)
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr(
                "The filter expression is not valid: {error}").format(
                    error=parsed.parserErrorString()))
        # A field the layer lacks would match nothing, and be blamed on the data.
        fields = source.fields()
        missing = sorted(name for name in parsed.referencedColumns()
                         if name != QgsFeatureRequest.ALL_ATTRIBUTES and
                         fields.lookupField(name) < 0)
        if missing:
            raise QgsProcessingException(tr(
                "The filter names the field “{field}”, which the layer does not have. Its "
                "fields are: {fields}.").format(field=missing[0],
                                               fields=", ".join(fields.names())))
        clauses.append(f"({expression}\n)")  # the line break ends a trailing -- comment
    time_field = algorithm.parameterAsString(parameters, TIME_FIELD, context)
    window = {"heilbronn_time_start": (TIME_START, ">="), "heilbronn_time_end": (TIME_END, "<")}
    bounds = {variable: (parameter_instant(algorithm, parameters, name, context), operator)
              for variable, (name, operator) in window.items()}
    bounds = {variable: bound for variable, bound in bounds.items() if bound[0] is not None}
    if bounds and not time_field:
        raise QgsProcessingException(tr(
            "A time window needs a date/time field: choose one under "
            "'Date/time field for the time window'."))
    if bounds:  # compared as the field's values are read (see local_time.like_stored)
        sample = _first_value(source, time_field)
        bounds = {variable: (like_stored(moment, sample), operator)
                  for variable, (moment, operator) in bounds.items()}
    # The moments travel as expression variables, so no date is ever formatted as text.
    column = QgsExpression.quotedColumnRef(time_field) if time_field else ""
    clauses += [f"{column} {operator} @{variable}" for variable, (_, operator) in bounds.items()]
    request = QgsFeatureRequest()
    if clauses:
        expression_context = algorithm.createExpressionContext(parameters, context, source)
        scope = QgsExpressionContextScope()
        for variable, (moment, _) in bounds.items():
            scope.setVariable(variable, moment)
        expression_context.appendScope(scope)
        request.setFilterExpression(" AND ".join(clauses))
        request.setExpressionContext(expression_context)
    return request, bool(clauses)


def store_destination(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                      context: QgsProcessingContext) -> str:
    """The store file an import writes into; never a temporary file, which QGIS deletes
    when it closes (and the imported data with it): the planner is asked to choose."""
    path = algorithm.parameterAsFileOutput(parameters, name, context)
    temporary = Path(QgsProcessingUtils.tempFolder()).resolve()
    if not path or Path(path).resolve().is_relative_to(temporary):
        raise QgsProcessingException(tr(
            "Choose the store to import into: a GeoPackage file, e.g. the one your project's "
            "layers come from (it is created if it does not exist). A temporary file would "
            "be deleted when QGIS closes, and the imported data with it."))
    return path


def time_window(algorithm: QgsProcessingAlgorithm, parameters: dict,
                context: QgsProcessingContext) -> tuple[datetime | None, datetime | None]:
    """The UTC instants of TIME_START and TIME_END (``None`` where empty)."""
    return (parameter_instant(algorithm, parameters, TIME_START, context),
            parameter_instant(algorithm, parameters, TIME_END, context))


def _first_value(source, field: str) -> QDateTime | None:
    """A non-NULL date/time of ``field``: how the layer's provider hands its times over."""
    index = source.fields().lookupField(field)
    if index < 0:
        return None
    request = (QgsFeatureRequest()
               .setFilterExpression(f"{QgsExpression.quotedColumnRef(field)} IS NOT NULL")
               .setFlags(FeatureRequestFlag.NoGeometry)
               .setSubsetOfAttributes([index]).setLimit(1))
    for feature in source.getFeatures(request):
        value = feature.attribute(index)
        return value if isinstance(value, QDateTime) else None
    return None


def check_numeric(source, name: str) -> None:
    """Refuse, with a sentence, a field that is missing or does not hold numbers."""
    if not name:
        return
    index = source.fields().lookupField(name)
    if index < 0:
        raise QgsProcessingException(tr("The layer has no field “{field}”.").format(field=name))
    field = source.fields().at(index)
    if not field.isNumeric():
        raise QgsProcessingException(tr(
            "The field “{field}” holds {kind} values, not numbers. Choose a numeric field, or "
            "convert it with the Field Calculator (e.g. to_real(\"{field}\")).").format(
                field=name, kind=field.typeName()))


def metric_crs(source, request: QgsFeatureRequest, context: QgsProcessingContext,
               feedback: QgsProcessingFeedback) -> tuple[QgsCoordinateReferenceSystem, bool]:
    """The CRS to compute in, and whether ``request`` now reprojects to it. Distances are
    metres (see :func:`distance_parameter`), so a layer in degrees (or feet) is read in its
    UTM zone."""
    crs = source.sourceCrs()
    if crs.mapUnits() == DistanceUnit.Meters:
        return crs, False
    metric = utm_crs(source, context)
    request.setDestinationCrs(metric, context.transformContext())
    feedback.pushInfo(tr(
        "The layer's CRS {crs} is not in metres. It was reprojected to {utm} so that "
        "distances are in metres.").format(crs=crs.authid() or crs.description(),
                                            utm=metric.authid()))
    return metric, True


def distance_parameter(name: str, description: str, default: float | None = None,
                       optional: bool = False, minimum: float = 0.0
                       ) -> QgsProcessingParameterDistance:
    """A distance in metres whatever the input's CRS: the algorithms compute in metres
    (:func:`metric_crs`), and a distance in the units of a layer in degrees would be read as
    metres after the reprojection."""
    parameter = QgsProcessingParameterDistance(name, description, default, "", optional,
                                               minimum)
    parameter.setDefaultUnit(DistanceUnit.Meters)
    return parameter


def optional_distance(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                      context: QgsProcessingContext) -> float | None:
    """A distance in metres the user may leave empty (or 0) for automatic."""
    value = parameters.get(name)
    if value is None or value == "":
        return None
    distance = algorithm.parameterAsDouble(parameters, name, context)
    return distance if distance > 0 else None


def utm_crs(source, context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of the layer's centre (ETRS89 zones in Europe are the same grid)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext())
    centre = transform.transform(source.sourceExtent().center())
    zone = min(max(int((centre.x() + 180.0) // 6.0) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


def layer_label(layer: QgsVectorLayer | None, fallback: str = "") -> str:
    """How messages name a layer: as the planner sees it in the layer tree or, for a layer
    opened by path (which Processing names after the file), its table, which says more;
    ``fallback`` without one."""
    if layer is None:
        return fallback
    if QgsProject.instance().mapLayer(layer.id()) is layer:
        return layer.name()
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or layer.name()
