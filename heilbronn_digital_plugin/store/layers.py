"""Bring the store's layers into a QGIS project: styled, described and grouped by topic.

The catalogue below is the one place that says which topic, style and title a store layer
has; the demo project builder and the plugin's "Add Heilbronn layers" action both go through
:func:`add_store_layers`.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsDateTimeRange,
    QgsInterval,
    QgsLayerMetadata,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsProjectDirtyBlocker,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..toolbelt.field_aliases import set_field_aliases
from ..toolbelt.i18n import tr
from ..toolbelt.log import log
from ..toolbelt.paths import style_path
from ..toolbelt.style_language import load_style
from ..toolbelt.time_expressions import machine_clock_skips
from .core import OCCUPANCY_MAP, Store, StoreError, Target, open_store
from .core import rows as core_rows
from .location import GPKG, POSTGIS, StoreLocationError, parse_store

# Custom properties that mark what this module added, so a second call finds it again.
LAYER_PROPERTY = "heilbronn_digital/store_layer"
TOPIC_PROPERTY = "heilbronn_digital/topic"

REPORTS, PARKING, INDOOR, CITY = "reports", "parking", "indoor", "city"
# Top to bottom in the layer tree: the garages (coloured by occupancy) draw above the
# reports' heatmap, which would tint them out of their legend's colours.
TOPICS = (PARKING, REPORTS, INDOOR, CITY)
# The level a floorplan shows until the user picks another.
DEFAULT_ORDINAL = 0


@dataclass(frozen=True)
class StoreLayer:
    """How one store layer appears in QGIS. ``styled``: styles/<name>.qml exists.
    ``per_level``: a floorplan layer that shows one level (ordinal) at a time.
    ``described_by``: the store layer whose source and licence it shows (a view has no
    metadata of its own)."""

    name: str
    topic: str
    styled: bool = True
    per_level: bool = False
    described_by: str | None = None

    @property
    def title(self) -> str:
        return layer_title(self.name)

    @property
    def style(self) -> Path | None:
        return style_path(self.name) if self.styled else None


# Top to bottom within each topic: points above lines above polygons.
CATALOGUE: tuple[StoreLayer, ...] = (
    StoreLayer("citizen_reports", REPORTS),
    # Time-enabled (styles/parking_occupancy_map.qml): the Temporal Controller animates it.
    StoreLayer("parking_occupancy_map", PARKING, described_by="parking_occupancy"),
    StoreLayer("parking_sites", PARKING),
    StoreLayer("parking_occupancy", PARKING, styled=False),
    StoreLayer("indoor_amenities", INDOOR, per_level=True),
    StoreLayer("indoor_connectors", INDOOR, per_level=True),
    StoreLayer("indoor_openings", INDOOR, per_level=True),
    StoreLayer("indoor_hazards", INDOOR, per_level=True),
    StoreLayer("indoor_spaces", INDOOR, per_level=True),
    StoreLayer("indoor_levels", INDOOR, per_level=True),
    StoreLayer("indoor_buildings", INDOOR),
    StoreLayer("streets", CITY),
    StoreLayer("districts", CITY),
    StoreLayer("city_boundary", CITY),
)


def topic_title(topic: str) -> str:
    """The layer tree group name of a topic, in the user's language."""
    return {
        REPORTS: tr("Citizen reports"),
        PARKING: tr("Parking"),
        INDOOR: tr("Indoor"),
        CITY: tr("City base map"),
    }[topic]


def layer_title(name: str) -> str:
    """The name a store layer gets in the layer tree, in the user's language."""
    return {
        "citizen_reports": tr("Reports"),
        "parking_sites": tr("Parking sites"),
        "parking_occupancy": tr("Occupancy readings"),
        "parking_occupancy_map": tr("Occupancy over time"),
        "indoor_amenities": tr("Amenities"),
        "indoor_connectors": tr("Elevators and stairs"),
        "indoor_openings": tr("Doors"),
        "indoor_hazards": tr("Hazards"),
        "indoor_spaces": tr("Rooms"),
        "indoor_levels": tr("Levels"),
        "indoor_buildings": tr("Buildings"),
        "streets": tr("Streets"),
        "districts": tr("Districts"),
        "city_boundary": tr("City boundary"),
    }[name]


def level_filter(ordinal: int) -> str:
    """The subset string that shows one level of the floorplan layers."""
    return f'"ordinal" = {int(ordinal)}'


def fit_frame_filters(project: QgsProject, frame: QgsDateTimeRange) -> None:
    """Let the occupancy map of ``project`` draw the frame ``frame`` (the Temporal Controller's
    digits, Heilbronn time): call before a map of that frame is drawn.

    The layer is time-enabled on ``observed_at`` (styles/parking_occupancy_map.qml) only so that
    QGIS sends a filter on the frame to the store; its rules choose what the frame shows. In
    a frame whose filter would end in the hour the machine's clock skips, QGIS's filter selects
    nothing (:mod:`..toolbelt.time_expressions`): there the layer is only redrawn, and its rules
    read the whole store, a few frames a year. The mode is not saved as a change of the
    project."""
    blocker = QgsProjectDirtyBlocker(project)
    for layer in project.mapLayers().values():
        properties = layer.temporalProperties()
        if (layer.customProperty(LAYER_PROPERTY) != OCCUPANCY_MAP
                or not properties.startField() or properties.fixedDuration() <= 0):
            continue
        lasts = QgsInterval(properties.fixedDuration(), properties.durationUnits())
        first = frame.begin().addMSecs(-round(lasts.seconds() * 1000))
        skipped = machine_clock_skips(first) or machine_clock_skips(frame.end())
        mode = (Qgis.VectorTemporalMode.RedrawLayerOnly if skipped
                else Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
        if properties.mode() != mode:
            properties.setMode(mode)
    del blocker


def add_store_layers(store: Target, project: QgsProject | None = None
                     ) -> list[QgsVectorLayer]:
    """Add every layer of ``store`` (a GeoPackage path or a PostGIS STORE text) that has
    features to ``project``.

    Each layer gets its style from ``styles/``, its title, abstract, rights and licence from
    the store's metadata, and a place in its topic's group. A layer this function added
    before (same store, same layer) is reused, groups are reused too, so calling it again
    adds only what is missing. Returns the layers in catalogue order.
    """
    project = project or QgsProject.instance()
    opened = open_store(store)
    filled = _filled_layers(opened)
    root = project.layerTreeRoot()
    layers = []
    for topic in TOPICS:
        entries = [e for e in CATALOGUE if e.topic == topic and e.name in filled]
        if not entries:
            continue
        group = _topic_group(root, topic)
        for entry in entries:
            layer = _added_before(project, opened, entry.name)
            if layer is None:
                layer = _load(opened, entry)
                project.addMapLayer(layer, False)
                hide_blank_legend_rows(group.insertLayer(_position(group, entry), layer))
            layers.append(layer)
    return layers


def hide_blank_legend_rows(node: QgsLayerTreeLayer) -> None:
    """Rules with neither label nor symbol are not legend rows: the occupancy map's closing
    ``ELSE`` rule (:mod:`..toolbelt.time_expressions`) would be two blank rows. For the layer
    panel and for any legend made of a layer tree of its own."""
    renderer = node.layer().renderer()
    items = renderer.legendSymbolItems() if renderer is not None else []
    shown = [index for index, item in enumerate(items)
             if item.label() or item.symbol() is not None]
    if len(shown) < len(items):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, shown)


def store_table(layer: QgsMapLayer) -> tuple[tuple, str] | None:
    """(store identity, table) of a QGIS layer that reads a GeoPackage or PostGIS table;
    compare with ``Store.location.identity()``."""
    provider = layer.providerType()
    if provider == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if not parts.get("path") or not parts.get("layerName"):
            return None
        return (GPKG, str(Path(parts["path"]).resolve())), parts["layerName"]
    if provider == "postgres":
        uri = QgsDataSourceUri(layer.source())
        return (POSTGIS, uri.service(), uri.host(), uri.port() or "5432", uri.database(),
                uri.schema()), uri.table()
    return None


def store_text(layer: QgsMapLayer) -> str | None:
    """The STORE text of the store ``layer`` reads, as the imports and the live panel take it:
    the GeoPackage's path, or for PostGIS the saved QGIS connection of the layer's database
    (else its libpq keys and ``authcfg``) with the layer's schema; never a password (a saved
    connection or the authentication database brings it). ``None`` for any other layer."""
    found = store_table(layer)
    if found is None:
        return None
    if found[0][0] == GPKG:
        return found[0][1] if found[0][1].lower().endswith(".gpkg") else None
    uri = QgsDataSourceUri(layer.source())
    connection = _saved_connection_of(uri)
    if connection and _parses_as(f"{connection} schema={uri.schema()}", connection):
        return f"{connection} schema={uri.schema()}"
    keys = {"service": uri.service(), "host": uri.host(), "port": uri.port(),
            "dbname": uri.database(), "user": "" if uri.authConfigId() else uri.username(),
            "authcfg": uri.authConfigId()}
    if uri.sslMode() != QgsDataSourceUri.SslMode.SslPrefer:
        keys["sslmode"] = QgsDataSourceUri.encodeSslMode(uri.sslMode())
    # Quoted as parse_store splits them (shlex).
    text = " ".join(f"{key}={shlex.quote(value)}" for key, value in keys.items() if value)
    text += f" schema={uri.schema()}"
    if not _parses_as(text, ""):
        return None  # e.g. a schema name that no STORE text can give
    return text


def _parses_as(text: str, connection: str) -> bool:
    """Whether ``text`` is a STORE text of the saved ``connection`` (or of libpq keys)."""
    try:
        return parse_store(text).connection == connection
    except StoreLocationError:
        return False


def _saved_connection_of(uri: QgsDataSourceUri) -> str | None:
    """The name of a PostgreSQL connection saved in QGIS for the same database, user and
    authentication config as ``uri`` (a name a planner recognises), if any."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    wanted = _database_of(uri)
    for name, connection in sorted(metadata.connections().items()):
        if _database_of(QgsDataSourceUri(connection.uri())) == wanted:
            return name
    return None


def _database_of(uri: QgsDataSourceUri) -> tuple:
    return (uri.service(), uri.host(), uri.port() or "5432", uri.database(),
            uri.authConfigId(), "" if uri.authConfigId() else uri.username())


def reads_store(layer: QgsMapLayer, store: Store, layer_name: str | None = None) -> bool:
    """Whether ``layer`` reads a table (``layer_name``, or any) of ``store``."""
    found = store_table(layer)
    try:
        if found is None or found[0] != store.location.identity():
            return False
    except StoreLocationError:  # a connection no longer saved: not this layer's store
        return False
    return layer_name is None or found[1] == layer_name


def _filled_layers(store: Store) -> set[str]:
    """The catalogue layers of ``store`` that have at least one feature."""
    try:
        ds = store.open_read()
    except StoreError as error:
        raise FileNotFoundError(str(error)) from error
    if ds is None:
        raise FileNotFoundError(f"{store.label} is not a readable store")
    filled = set()
    for entry in CATALOGUE:
        if store.backend.has_table(ds, entry.name) and core_rows(
                ds, f"SELECT 1 FROM {store.table(entry.name)} LIMIT 1"):
            filled.add(entry.name)
    return filled


def _load(store: Store, entry: StoreLayer) -> QgsVectorLayer:
    subset = level_filter(DEFAULT_ORDINAL) if entry.per_level else ""
    uri, provider = store.layer_uri(entry.name, subset)
    layer = QgsVectorLayer(uri, entry.title, provider)
    if not layer.isValid():
        raise RuntimeError(f"QGIS cannot open layer {entry.name} of {store.label}")
    layer.setCustomProperty(LAYER_PROPERTY, entry.name)
    if entry.style is not None:
        message, ok = load_style(layer, entry.style)
        if not ok:
            log(tr("The style {style} could not be applied: {message}").format(
                style=entry.style, message=message), Qgis.MessageLevel.Warning)
    set_field_aliases(layer)
    layer.setMetadata(store_metadata(store, entry.described_by or entry.name,
                                     layer.metadata(), entry.title))
    return layer


def store_metadata(store: Store, layer_name: str, metadata: QgsLayerMetadata,
                   title: str) -> QgsLayerMetadata:
    """Title, abstract, rights and licence of ``layer_name`` from the store's metadata
    document (QGIS reads a GeoPackage's by itself, but not PostGIS's, and a view is described
    by its table's); ``metadata`` when there is none. A layer without provenance still gets a
    title."""
    document = store.provenance_document(layer_name)
    parsed = QDomDocument()
    if document and parsed.setContent(document):
        metadata = QgsLayerMetadata()
        metadata.readMetadataXml(parsed.documentElement())
    if not metadata.title():
        metadata.setTitle(title)
    return metadata


def _added_before(project: QgsProject, store: Store, name: str) -> QgsVectorLayer | None:
    for layer in project.mapLayers().values():
        if layer.customProperty(LAYER_PROPERTY) == name and reads_store(layer, store, name):
            return layer
    return None


def _topic_group(root: QgsLayerTreeGroup, topic: str) -> QgsLayerTreeGroup:
    """The topic's group, created in topic order among the groups this module made."""
    position = 0
    for index, node in enumerate(root.children()):
        node_topic = node.customProperty(TOPIC_PROPERTY)
        if node_topic == topic and isinstance(node, QgsLayerTreeGroup):
            return node
        if node_topic in TOPICS and TOPICS.index(node_topic) < TOPICS.index(topic):
            position = index + 1
    group = root.insertGroup(position, topic_title(topic))
    group.setCustomProperty(TOPIC_PROPERTY, topic)
    return group


def _position(group: QgsLayerTreeGroup, entry: StoreLayer) -> int:
    """Where ``entry`` goes in its group: after the catalogue layers that precede it."""
    order = [e.name for e in CATALOGUE]
    position = 0
    for index, node in enumerate(group.children()):
        layer = node.layer() if isinstance(node, QgsLayerTreeLayer) else None
        name = layer.customProperty(LAYER_PROPERTY) if layer is not None else None
        if name in order and order.index(name) < order.index(entry.name):
            position = index + 1
    return position
