"""Which levels the floorplan layers of a project have, and how a layer is limited to one level.

A floorplan layer is any vector layer with a ``building_id`` and an ``ordinal`` field: the
store's indoor_* layers, and also a route or an import added later. Each building shows one
level (ordinal) at a time; the choice is a ``{building_id: ordinal}`` mapping, saved with the
project as QgsProject entries.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from qgis.core import (
    QgsDataProvider,
    QgsDataSourceUri,
    QgsExpression,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProject,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..toolbelt.ogr_open import ogr_open
from ..toolbelt.qgis_compat import FeatureRequestFlag

BUILDING_FIELD = "building_id"
ORDINAL_FIELD = "ordinal"
SHORT_NAME_FIELD = "short_name"
NAME_FIELD = "name"

# The layer's own subset string (a user's filter), kept apart from the level filter.
OWN_SUBSET_PROPERTY = "heilbronn_digital/own_subset"
PROJECT_SCOPE = "heilbronn_digital"
CHOICES_ENTRY = "level_switcher/levels"
ACTIVE_ENTRY = "level_switcher/building"
# store/layers.py opens the floorplan layers with this filter (ground floor); it is replaced
# by the switcher's, not kept as the layer's own filter.
STORE_LEVEL_FILTER = re.compile(r'^\s*"?ordinal"?\s*=\s*-?\d+\s*$', re.IGNORECASE)

Building = str | None
Choices = dict[Building, int]


@dataclass(frozen=True)
class Level:
    """One level of one building; ``short_name`` and ``name`` are empty when no layer has them."""

    building_id: Building
    ordinal: int
    short_name: str = ""
    name: str = ""


def is_floorplan_layer(layer: QgsMapLayer | None) -> bool:
    """True for a valid vector layer with ``building_id`` and ``ordinal`` fields."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    names = layer.fields().names()
    return BUILDING_FIELD in names and ORDINAL_FIELD in names


def floorplan_layers(project: QgsProject) -> list[QgsVectorLayer]:
    """The project's floorplan layers, in a stable order (by layer id)."""
    layers = project.mapLayers()
    return [layers[key] for key in sorted(layers) if is_floorplan_layer(layers[key])]


def read_levels(layers: list[QgsVectorLayer]) -> dict[Building, list[Level]]:
    """Every level of every building found in ``layers`` (not only the level shown), lowest
    ordinal first. Names come from a layer that has ``short_name`` (the store's levels)."""
    found: dict[tuple[Building, int], Level] = {}
    for layer in layers:
        for building, ordinal, short_name, name in _level_rows(layer):
            key = (building, ordinal)
            known = found.get(key)
            if known is None or (short_name and not known.short_name):
                found[key] = Level(building, ordinal, short_name, name)
    levels: dict[Building, list[Level]] = {}
    for building, ordinal in sorted(found, key=lambda key: (key[0] or "", key[1])):
        levels.setdefault(building, []).append(found[(building, ordinal)])
    return levels


def building_names(project: QgsProject) -> dict[str, str]:
    """``building_id`` → name, from layers that describe buildings (building_id and name but no
    ordinal, like the store's indoor_buildings)."""
    names: dict[str, str] = {}
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            continue
        fields = layer.fields().names()
        if BUILDING_FIELD not in fields or NAME_FIELD not in fields or ORDINAL_FIELD in fields:
            continue
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
        request.setSubsetOfAttributes([BUILDING_FIELD, NAME_FIELD], layer.fields())
        for feature in layer.getFeatures(request):
            building, name = _text(feature[BUILDING_FIELD]), _text(feature[NAME_FIELD])
            if building and name:
                names.setdefault(building, name)
    return names


def default_ordinal(levels: list[Level]) -> int:
    """The level a building shows first: the ground floor (0), else the one nearest to it."""
    return min((level.ordinal for level in levels), key=lambda ordinal: (abs(ordinal), -ordinal))


def level_expression(choices: Choices) -> str:
    """The filter that shows, for each building, its chosen level: valid both as OGR SQL (in
    the URI of a GeoPackage layer) and as a QGIS expression (memory and other providers)."""
    ordinal = QgsExpression.quotedColumnRef(ORDINAL_FIELD)
    building = QgsExpression.quotedColumnRef(BUILDING_FIELD)
    terms = []
    for building_id, level in sorted(choices.items(), key=lambda item: item[0] or ""):
        where = (f"{building} IS NULL" if building_id is None
                 else f"{building} = {QgsExpression.quotedString(building_id)}")
        terms.append(f"({where} AND {ordinal} = {int(level)})")
    return " OR ".join(terms)


def show_level(layer: QgsVectorLayer, expression: str) -> bool:
    """Limit ``layer`` to ``expression`` (keeping a filter of its own); ``True`` if it changed.

    A layer of the OGR provider gets the filter in its URI through setDataSource, which keeps
    style and labels: on QGIS 3.22, setSubsetString on one layer of a GeoPackage in WAL mode
    breaks the SQL requests of every other layer of that file ("unable to open database file").
    Other providers (memory, PostGIS) take the subset string directly.
    """
    wanted = _combined(_remember_own_filter(layer), expression)
    if layer.subsetString() == wanted:
        return False
    if layer.providerType() == "ogr":
        registry = QgsProviderRegistry.instance()
        parts = registry.decodeUri("ogr", layer.source())
        parts["subset"] = wanted
        layer.setDataSource(registry.encodeUri("ogr", parts), layer.name(), "ogr",
                            QgsDataProvider.ProviderOptions())
    else:
        layer.setSubsetString(wanted)
    return True


def save_choices(project: QgsProject, choices: Choices, active: Building) -> None:
    """Store the chosen levels and the building on show in the project file."""
    pairs = [[building, int(ordinal)] for building, ordinal in choices.items()]
    project.writeEntry(PROJECT_SCOPE, CHOICES_ENTRY, json.dumps(pairs))
    project.writeEntry(PROJECT_SCOPE, ACTIVE_ENTRY, json.dumps(active))


def load_choices(project: QgsProject) -> tuple[Choices, Building]:
    """The chosen levels and building saved in the project; empty when there are none or when
    the entries are not ours to read (a hand-edited project)."""
    pairs_text, _found = project.readEntry(PROJECT_SCOPE, CHOICES_ENTRY, "[]")
    active_text, _found = project.readEntry(PROJECT_SCOPE, ACTIVE_ENTRY, "null")
    try:
        pairs = json.loads(pairs_text)
        active = json.loads(active_text)
        choices = {_text(building): int(ordinal) for building, ordinal in pairs}
    except (TypeError, ValueError):
        return {}, None
    return choices, _text(active)


def _level_rows(layer: QgsVectorLayer):
    """(building, ordinal, short name, name) of every level ``layer`` has features on,
    whatever level it shows: one ``SELECT DISTINCT`` in the database for a GeoPackage (or
    other OGR file) and for PostGIS, not a pass over every feature."""
    fields = layer.fields().names()
    # Only the store's levels layer names levels; elsewhere "name" is a room's name.
    named = SHORT_NAME_FIELD in fields
    columns = [BUILDING_FIELD, ORDINAL_FIELD] + (
        [SHORT_NAME_FIELD] + ([NAME_FIELD] if NAME_FIELD in fields else []) if named else [])
    rows = _distinct_rows(layer, columns)
    if rows is None:
        rows = _feature_rows(layer, columns)
    for row in rows:
        values = dict(zip(columns, row))
        ordinal = _ordinal(values[ORDINAL_FIELD])
        if ordinal is None:
            continue
        yield (_text(values[BUILDING_FIELD]), ordinal,
               _text(values.get(SHORT_NAME_FIELD)) or "", _text(values.get(NAME_FIELD)) or "")


def _distinct_rows(layer: QgsVectorLayer, columns: list[str]) -> list | None:
    """The distinct ``columns`` under the layer's own filter, asked of the database; ``None``
    where the provider cannot be asked (memory layers), or the query fails."""
    own = own_filter(layer)
    selected = ", ".join(QgsExpression.quotedColumnRef(c) for c in columns)
    where = f" WHERE {own}" if own else ""
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        ds = ogr_open(parts.get("path", ""))
        if ds is None or not parts.get("layerName"):
            return None
        table = QgsExpression.quotedColumnRef(parts["layerName"])
        result = ds.ExecuteSQL(f"SELECT DISTINCT {selected} FROM {table}{where}")
        if result is None:
            return None
        try:
            return [[f.GetField(i) for i in range(len(columns))] for f in result]
        finally:
            ds.ReleaseResultSet(result)
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        table = (f"{QgsExpression.quotedColumnRef(uri.schema())}."
                 f"{QgsExpression.quotedColumnRef(uri.table())}")
        try:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            connection = metadata.createConnection(layer.source(), {})
            return connection.executeSql(f"SELECT DISTINCT {selected} FROM {table}{where}")
        except QgsProviderConnectionException:
            return None
    return None


def _feature_rows(layer: QgsVectorLayer, columns: list[str]) -> list:
    """The same rows by reading every feature, the level filter lifted while reading (memory
    layers and other providers, which have no WAL trouble)."""
    shown = layer.subsetString()
    layer.setSubsetString(own_filter(layer))
    try:
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
        request.setSubsetOfAttributes(columns, layer.fields())
        return [[feature[c] for c in columns] for feature in layer.getFeatures(request)]
    finally:
        layer.setSubsetString(shown)


def all_levels_layer(layer: QgsVectorLayer) -> QgsVectorLayer | None:
    """A second, read-only layer on the same GeoPackage/OGR source without the level filter
    (the layer's own filter kept), or ``None`` where that is not possible. Never
    setSubsetString on the shown layer of a GeoPackage (see show_level)."""
    if layer.providerType() != "ogr":
        return None
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", layer.source())
    parts["subset"] = own_filter(layer)
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    reader = QgsVectorLayer(registry.encodeUri("ogr", parts), layer.name(), "ogr", options)
    return reader if reader.isValid() else None


def own_filter(layer: QgsVectorLayer) -> str:
    """The layer's filter apart from the level: as the switcher remembered it, else the
    current filter unless that is the store's level filter."""
    own = layer.customProperty(OWN_SUBSET_PROPERTY)
    if own is None and OWN_SUBSET_PROPERTY in layer.customPropertyKeys():
        own = ""  # remembered empty: QGIS 3.40 reads a saved "" back as NULL (None)
    if own is None:
        current = layer.subsetString()
        own = "" if STORE_LEVEL_FILTER.match(current) else current
    return str(own)


def _remember_own_filter(layer: QgsVectorLayer) -> str:
    """:func:`own_filter`, remembered the first time the switcher sees the layer, before it
    replaces the filter with its own."""
    own = own_filter(layer)
    layer.setCustomProperty(OWN_SUBSET_PROPERTY, own)
    return own


def _combined(own: str, level: str) -> str:
    if own and level:
        return f"({own}) AND ({level})"
    return own or level


def _ordinal(value: object) -> int | None:
    try:
        return None if value is None or _is_null(value) else int(value)
    except (TypeError, ValueError):
        return None


def _text(value: object) -> str | None:
    return None if value is None or _is_null(value) else str(value)


def _is_null(value: object) -> bool:
    # PyQGIS gives NULL as a QVariant (QGIS 3.22) or as None (QGIS 3.40).
    is_null = getattr(value, "isNull", None)
    return bool(is_null()) if callable(is_null) else False
