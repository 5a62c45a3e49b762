"""What several algorithms share: the filter and time window on the input, numeric-field
checks, reprojection of geographic input, optional distances and advanced parameters."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContextScope,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
)

from ..heilbronn_digital_plugin.toolbelt.i18n import tr

FILTER = "FILTER"
TIME_FIELD = "TIME_FIELD"
TIME_START = "TIME_START"
TIME_END = "TIME_END"


def add_advanced(algorithm: QgsProcessingAlgorithm,
                 parameter: QgsProcessingParameterDefinition) -> None:
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    algorithm.addParameter(parameter)


def add_filter_parameters(algorithm: QgsProcessingAlgorithm, input_name: str,
                          filter_label: str) -> None:
    """FILTER, TIME_FIELD, TIME_START and TIME_END on the input ``input_name``."""
    algorithm.addParameter(QgsProcessingParameterExpression(
        FILTER, filter_label, None, input_name, optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        TIME_FIELD, tr("Date/time field for the time window"), None, input_name,
        QgsProcessingParameterField.DateTime, optional=True))
    algorithm.addParameter(QgsProcessingParameterDateTime(
        TIME_START, tr("Time window start (inclusive)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterDateTime(
        TIME_END, tr("Time window end (exclusive)"), optional=True))


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
        clauses.append(f"({expression}\n)")  # the line break ends a trailing -- comment
    time_field = algorithm.parameterAsString(parameters, TIME_FIELD, context)
    window = {"heilbronn_time_start": (TIME_START, ">="), "heilbronn_time_end": (TIME_END, "<")}
    bounds = {variable: (algorithm.parameterAsDateTime(parameters, name, context), operator)
              for variable, (name, operator) in window.items()}
    bounds = {variable: bound for variable, bound in bounds.items() if bound[0].isValid()}
    if bounds and not time_field:
        raise QgsProcessingException(tr(
            "A time window needs a date/time field: choose one under "
            "'Date/time field for the time window'."))
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
    """The CRS to compute in, and whether ``request`` now reprojects to it: distances in
    degrees are a bug, so a geographic source is read in its UTM zone."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs, False
    crs = utm_crs(source)
    request.setDestinationCrs(crs, context.transformContext())
    feedback.pushInfo(tr(
        "The layer is in a geographic CRS (degrees). It was reprojected to {crs} so that "
        "distances are in metres.").format(crs=crs.authid()))
    return crs, True


def optional_distance(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                      context: QgsProcessingContext) -> float | None:
    """A distance the user may leave empty (or 0) for automatic."""
    value = parameters.get(name)
    if value is None or value == "":
        return None
    distance = algorithm.parameterAsDouble(parameters, name, context)
    return distance if distance > 0 else None


def utm_crs(source) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of the layer's centre (ETRS89 zones in Europe are the same grid)."""
    centre = source.sourceExtent().center()
    zone = min(max(int((centre.x() + 180.0) // 6.0) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")
