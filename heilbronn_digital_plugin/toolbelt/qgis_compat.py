"""QGIS 3.22 to 4.x in one place: the enums and field types whose home moved between them.

QGIS 3.30 and 3.36 moved many enums from their classes into ``Qgis`` (``QgsWkbTypes.Type`` →
``Qgis.WkbType``, ``QgsProcessing.SourceType`` → ``Qgis.ProcessingSourceType``, …) and 3.38
made fields speak ``QMetaType.Type`` instead of ``QVariant.Type``, which PyQt6 (QGIS 4) no
longer has. The old homes still answer on QGIS 3.x, with deprecation warnings, but not on QGIS 4.
So the plugin names these members only through the namespaces below, which are spelled like the
new ``Qgis`` enums and hold the new member where the running QGIS has it, else the scoped old
member (``tests/qgis/test_qt6_ready.py`` checks that QGIS 3.38+ gets every new one, so a
misspelt new name cannot hide behind the old one).

Everything else is written the one way that works from 3.22 to 4: fully scoped enums
(``Qt.AlignmentFlag.AlignCenter``, ``QgsFeatureSink.Flag.FastInsert``), ``exec()``,
``qgis.PyQt``. ``tests/unit/test_qt6_ready.py`` enforces it.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsAggregateCalculator,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsLegendStyle,
    QgsMapSettings,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsScaleBarSettings,
    QgsTemporalNavigationObject,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT: int = Qgis.versionInt()

_HOMES = {
    "Qgis": Qgis,
    "QgsAggregateCalculator": QgsAggregateCalculator,
    "QgsCoordinateReferenceSystem": QgsCoordinateReferenceSystem,
    "QgsFeatureRequest": QgsFeatureRequest,
    "QgsFields": QgsFields,
    "QgsLegendStyle": QgsLegendStyle,
    "QgsMapSettings": QgsMapSettings,
    "QgsProcessing": QgsProcessing,
    "QgsProcessingParameterDefinition": QgsProcessingParameterDefinition,
    "QgsProcessingParameterField": QgsProcessingParameterField,
    "QgsProcessingParameterFile": QgsProcessingParameterFile,
    "QgsProcessingParameterNumber": QgsProcessingParameterNumber,
    "QgsProperty": QgsProperty,
    "QgsScaleBarSettings": QgsScaleBarSettings,
    "QgsTemporalNavigationObject": QgsTemporalNavigationObject,
    "QgsUnitTypes": QgsUnitTypes,
    "QgsWkbTypes": QgsWkbTypes,
}


def _resolve(path: str):
    home, *names = path.split(".")
    value = _HOMES[home]
    for name in names:
        value = getattr(value, name)
    return value


def _pick(new: str, old: str):
    """The enum member at the dotted path ``new`` where the running QGIS has it, else at
    ``old`` (``"Qgis.WkbType.Point"``, ``"QgsWkbTypes.Type.Point"``)."""
    try:
        return _resolve(new)
    except AttributeError:
        return _resolve(old)


class FieldType:
    """Field types for ``QgsField(name, FieldType.Int)`` and to compare ``field.type()`` with:
    ``QMetaType.Type`` on QGIS 3.38+ (and 4), ``QVariant.Type`` before."""

    if QGIS_VERSION_INT >= 33800:
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
    else:
        Int = QVariant.Type.Int
        LongLong = QVariant.Type.LongLong
        Double = QVariant.Type.Double
        String = QVariant.Type.String
        Bool = QVariant.Type.Bool
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime


class ProcessingSourceType:
    """Layer types of Processing sources (``Qgis.ProcessingSourceType``, QGIS 3.36)."""

    Vector = _pick("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
    VectorAnyGeometry = _pick("Qgis.ProcessingSourceType.VectorAnyGeometry",
                              "QgsProcessing.SourceType.TypeVectorAnyGeometry")
    VectorPoint = _pick("Qgis.ProcessingSourceType.VectorPoint",
                        "QgsProcessing.SourceType.TypeVectorPoint")
    VectorLine = _pick("Qgis.ProcessingSourceType.VectorLine",
                       "QgsProcessing.SourceType.TypeVectorLine")
    VectorPolygon = _pick("Qgis.ProcessingSourceType.VectorPolygon",
                          "QgsProcessing.SourceType.TypeVectorPolygon")


class ProcessingNumberParameterType:
    """``QgsProcessingParameterNumber`` types (``Qgis.ProcessingNumberParameterType``, 3.36)."""

    Integer = _pick("Qgis.ProcessingNumberParameterType.Integer",
                    "QgsProcessingParameterNumber.Type.Integer")
    Double = _pick("Qgis.ProcessingNumberParameterType.Double",
                   "QgsProcessingParameterNumber.Type.Double")


class ProcessingFieldParameterDataType:
    """``QgsProcessingParameterField`` data types (``Qgis.ProcessingFieldParameterDataType``)."""

    Any = _pick("Qgis.ProcessingFieldParameterDataType.Any",
                "QgsProcessingParameterField.DataType.Any")
    Numeric = _pick("Qgis.ProcessingFieldParameterDataType.Numeric",
                    "QgsProcessingParameterField.DataType.Numeric")
    String = _pick("Qgis.ProcessingFieldParameterDataType.String",
                   "QgsProcessingParameterField.DataType.String")
    DateTime = _pick("Qgis.ProcessingFieldParameterDataType.DateTime",
                     "QgsProcessingParameterField.DataType.DateTime")


class ProcessingFileParameterBehavior:
    """``QgsProcessingParameterFile`` behaviours (``Qgis.ProcessingFileParameterBehavior``)."""

    File = _pick("Qgis.ProcessingFileParameterBehavior.File",
                 "QgsProcessingParameterFile.Behavior.File")
    Folder = _pick("Qgis.ProcessingFileParameterBehavior.Folder",
                   "QgsProcessingParameterFile.Behavior.Folder")


class ProcessingParameterFlag:
    """Flags of Processing parameters (``Qgis.ProcessingParameterFlag``, 3.36)."""

    Advanced = _pick("Qgis.ProcessingParameterFlag.Advanced",
                     "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
    Optional = _pick("Qgis.ProcessingParameterFlag.Optional",
                     "QgsProcessingParameterDefinition.Flag.FlagOptional")


class FeatureRequestFlag:
    """``QgsFeatureRequest`` flags (``Qgis.FeatureRequestFlag``, 3.36)."""

    NoGeometry = _pick("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
    ExactIntersect = _pick("Qgis.FeatureRequestFlag.ExactIntersect",
                           "QgsFeatureRequest.Flag.ExactIntersect")


class WkbType:
    """Geometry types of layers and sinks (``Qgis.WkbType``, 3.30)."""

    Unknown = _pick("Qgis.WkbType.Unknown", "QgsWkbTypes.Type.Unknown")
    NoGeometry = _pick("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
    Point = _pick("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
    MultiPoint = _pick("Qgis.WkbType.MultiPoint", "QgsWkbTypes.Type.MultiPoint")
    LineString = _pick("Qgis.WkbType.LineString", "QgsWkbTypes.Type.LineString")
    Polygon = _pick("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")


class GeometryType:
    """Point, line or polygon (``Qgis.GeometryType``, 3.30)."""

    Point = _pick("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
    Line = _pick("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
    Polygon = _pick("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")


class DistanceUnit:
    """``Qgis.DistanceUnit`` (3.30)."""

    Meters = _pick("Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")
    Kilometers = _pick("Qgis.DistanceUnit.Kilometers",
                       "QgsUnitTypes.DistanceUnit.DistanceKilometers")


class LayoutUnit:
    """``Qgis.LayoutUnit`` (3.30)."""

    Millimeters = _pick("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")


class ScaleBarSegmentSizeMode:
    """How a scale bar sizes its segments (``Qgis.ScaleBarSegmentSizeMode``; there by 3.40)."""

    Fixed = _pick("Qgis.ScaleBarSegmentSizeMode.Fixed",
                  "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed")


class LegendComponent:
    """The parts of a layout legend that have a style (``Qgis.LegendComponent``, 3.42)."""

    _SINCE = 34200  # the QGIS version that moved it, where later than 3.38

    Title = _pick("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
    Group = _pick("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
    Subgroup = _pick("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
    SymbolLabel = _pick("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")


class TemporalUnit:
    """``Qgis.TemporalUnit`` (3.30)."""

    Minutes = _pick("Qgis.TemporalUnit.Minutes", "QgsUnitTypes.TemporalUnit.TemporalMinutes")


class RenderUnit:
    """``Qgis.RenderUnit`` (3.30)."""

    MapUnits = _pick("Qgis.RenderUnit.MapUnits", "QgsUnitTypes.RenderUnit.RenderMapUnits")


class TemporalNavigationMode:
    """The Temporal Controller's modes (``Qgis.TemporalNavigationMode``, 3.36)."""

    Animated = _pick("Qgis.TemporalNavigationMode.Animated",
                     "QgsTemporalNavigationObject.NavigationMode.Animated")
    NavigationOff = _pick("Qgis.TemporalNavigationMode.Disabled",
                          "QgsTemporalNavigationObject.NavigationMode.NavigationOff")


class MapSettingsFlag:
    """How a map is drawn (``Qgis.MapSettingsFlag``, 3.22 moved it into ``Qgis``)."""

    Antialiasing = _pick("Qgis.MapSettingsFlag.Antialiasing",
                         "QgsMapSettings.Flag.Antialiasing")


class AnimationState:
    """Whether the Temporal Controller plays (``Qgis.AnimationState``, 3.36)."""

    Forward = _pick("Qgis.AnimationState.Forward",
                    "QgsTemporalNavigationObject.AnimationState.Forward")
    Idle = _pick("Qgis.AnimationState.Idle", "QgsTemporalNavigationObject.AnimationState.Idle")


class FieldOrigin:
    """Where a field of a layer comes from (``Qgis.FieldOrigin``, 3.38)."""

    Provider = _pick("Qgis.FieldOrigin.Provider", "QgsFields.FieldOrigin.OriginProvider")


class CrsWktVariant:
    """WKT flavours (``Qgis.CrsWktVariant``, 3.36)."""

    PreferredGdal = _pick("Qgis.CrsWktVariant.PreferredGdal",
                          "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL")


class Aggregate:
    """Aggregates of ``QgsVectorLayer.aggregate()`` (``Qgis.Aggregate``, 3.36)."""

    GeometryCollect = _pick("Qgis.Aggregate.GeometryCollect",
                            "QgsAggregateCalculator.Aggregate.GeometryCollect")
    ArrayAggregate = _pick("Qgis.Aggregate.ArrayAggregate",
                           "QgsAggregateCalculator.Aggregate.ArrayAggregate")


class FeatureRequestFilterType:
    """What a ``QgsFeatureRequest`` filters by (``Qgis.FeatureRequestFilterType``, 3.36)."""

    NoFilter = _pick("Qgis.FeatureRequestFilterType.NoFilter",
                     "QgsFeatureRequest.FilterType.FilterNone")
    Expression = _pick("Qgis.FeatureRequestFilterType.Expression",
                       "QgsFeatureRequest.FilterType.FilterExpression")


class PropertyType:
    """Kinds of ``QgsProperty`` (``Qgis.PropertyType``, 3.36)."""

    Static = _pick("Qgis.PropertyType.Static", "QgsProperty.Type.StaticProperty")


def server_properties(layer):
    """Where a layer's short name and title for QGIS Server are set: its ``serverProperties()``
    from QGIS 3.38 on (the layer's own ``setShortName``/``setTitle`` are deprecated there and
    gone in QGIS 4), the layer itself before."""
    properties = layer.serverProperties()
    return properties if hasattr(properties, "setShortName") else layer
