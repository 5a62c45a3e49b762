"""Start and destination of an indoor route are chosen, not typed: a searchable list of the
rooms of the dialog's spaces layer ("Büro 2.12 · 2. OG") and a pick on the map (the room
clicked on the level shown).

Used by ``heilbronn:indoorroute``'s dialog through the parameter's ``widget_wrapper``
metadata; scripts keep passing a name or space_id. The value is the room's ``space_id`` (names
like "WC" repeat on every level), or the text typed when it is no room of the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QToolButton, QWidget

from ..store.floor_levels import (
    BUILDING_FIELD,
    ORDINAL_FIELD,
    all_levels_layer,
    floorplan_layers,
    own_filter,
    read_levels,
)
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import FeatureRequestFlag

try:  # Processing's Python widget wrappers: there in the desktop, where the dialog is.
    from processing.gui.wrappers import WidgetWrapper
except ImportError:  # pragma: no cover - qgis_process without the Processing plugin
    WidgetWrapper = object

SPACES_PARAMETER = "SPACES"
# How close a click must be to a room (in map units) when it hits no room exactly.
_PICK_TOLERANCE = 0.5


@dataclass(frozen=True)
class Room:
    """One entry of the list: what the planner reads, and the id the route is given."""

    space_id: str
    name: str
    ordinal: int
    label: str


def rooms_of(layer: QgsVectorLayer | None, project: QgsProject | None = None) -> list[Room]:
    """Every space of ``layer`` on every level (a level filter is lifted), named with its
    level's short name ("Büro 2.12 · 2. OG"), sorted by level then name."""
    if layer is None or not layer.isValid() or "space_id" not in layer.fields().names():
        return []
    reader = layer
    if layer.subsetString() != own_filter(layer):
        reader = all_levels_layer(layer) or layer
    names = _level_names(project or QgsProject.instance())
    fields = [f for f in ("space_id", "name", BUILDING_FIELD, ORDINAL_FIELD)
              if f in layer.fields().names()]
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
    request.setSubsetOfAttributes(fields, reader.fields())
    rooms = []
    for feature in reader.getFeatures(request):
        space_id = _text(feature["space_id"])
        if not space_id:
            continue
        name = _text(feature["name"]) if "name" in fields else None
        building = _text(feature[BUILDING_FIELD]) if BUILDING_FIELD in fields else None
        ordinal = _integer(feature[ORDINAL_FIELD]) if ORDINAL_FIELD in fields else None
        level = names.get((building, ordinal)) or (
            tr("level {ordinal}").format(ordinal=ordinal) if ordinal is not None else "")
        label = " \u00b7 ".join(part for part in (name or space_id, level) if part)
        rooms.append(Room(space_id, name or "", ordinal if ordinal is not None else 0, label))
    return sorted(rooms, key=lambda room: (room.ordinal, room.label.casefold()))


def room_at(layer: QgsVectorLayer, point: QgsPointXY) -> str | None:
    """The ``space_id`` of the room of ``layer`` at ``point`` (layer CRS) on the level the
    layer shows; the nearest within a hand's breadth when the click is on a wall."""
    area = QgsRectangle(point.x() - _PICK_TOLERANCE, point.y() - _PICK_TOLERANCE,
                        point.x() + _PICK_TOLERANCE, point.y() + _PICK_TOLERANCE)
    spot = QgsGeometry.fromPointXY(point)
    best: tuple[float, str] | None = None
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(area)):
        space_id = _text(feature["space_id"])
        geometry = feature.geometry()
        if not space_id or geometry is None or geometry.isEmpty():
            continue
        distance = 0.0 if geometry.contains(spot) else geometry.distance(spot)
        if best is None or distance < best[0]:
            best = (distance, space_id)
    return best[1] if best is not None else None


class RoomWidgetWrapper(WidgetWrapper):
    """The room picker in the indoor route's dialog."""

    def createWidget(self, **_kwargs) -> QWidget:
        self._rooms: list[Room] = []
        self._layer: QgsVectorLayer | None = None
        self._tool: QgsMapToolEmitPoint | None = None
        self._previous_tool = None
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(widget)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(tr("Type to search, or pick on the map"))
        self.combo.setToolTip(tr("Choose a room from the list (type a part of its name to "
                                 "search) or pick it on the map."))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.currentTextChanged.connect(lambda _text: self.widgetValueHasChanged.emit(self))
        self.pick_button = QToolButton(widget)
        self.pick_button.setText("\u2026")
        self.pick_button.setToolTip(tr("Pick the room on the map (on the level shown)"))
        self.pick_button.clicked.connect(lambda _checked=False: self.pick_on_map())
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.pick_button)
        return widget

    def postInitialize(self, wrappers) -> None:
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == SPACES_PARAMETER:
                self.set_spaces(wrapper.parameterValue())
                wrapper.widgetValueHasChanged.connect(
                    lambda changed: self.set_spaces(changed.parameterValue()))

    def set_spaces(self, value) -> None:
        """List the rooms of the spaces layer ``value`` (a layer, its id or source)."""
        self._layer = _as_layer(value)
        typed = self.value()
        self._rooms = rooms_of(self._layer)
        self.combo.blockSignals(True)
        self.combo.clear()
        for room in self._rooms:
            self.combo.addItem(room.label, room.space_id)
        self.combo.blockSignals(False)
        self.setValue(typed)

    def setValue(self, value) -> None:
        text = "" if value is None else str(value)
        index = self.combo.findData(text)
        if index < 0:
            index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(text)
        self.widgetValueHasChanged.emit(self)

    def value(self) -> str:
        if not hasattr(self, "combo"):
            return ""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.combo.itemData(index)) if index >= 0 and text else text

    def pick_on_map(self) -> None:
        """Let the planner click the room on the map; the dialog steps aside meanwhile."""
        canvas = self._canvas()
        if canvas is None or self._layer is None:
            return
        self._previous_tool = canvas.mapTool()
        self._tool = QgsMapToolEmitPoint(canvas)
        self._tool.canvasClicked.connect(self._picked)
        canvas.setMapTool(self._tool)
        if self.dialog is not None:
            self.dialog.showMinimized()

    def _picked(self, point: QgsPointXY, _button) -> None:
        canvas = self._canvas()
        layer = self._layer
        if canvas is not None and layer is not None:
            to_layer = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                              layer.crs(), QgsProject.instance())
            space_id = room_at(layer, to_layer.transform(point))
            if space_id is not None:
                self.setValue(space_id)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)
            else:
                canvas.unsetMapTool(self._tool)
        self._tool = None
        if self.dialog is not None:
            self.dialog.showNormal()
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _canvas(self):
        canvas = self.widgetContext().mapCanvas() if self.widgetContext() else None
        if canvas is None:
            import qgis.utils

            canvas = qgis.utils.iface.mapCanvas() if qgis.utils.iface else None
        return canvas


def _as_layer(value) -> QgsVectorLayer | None:
    if isinstance(value, QgsVectorLayer):
        return value
    if not value:
        return None
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def _level_names(project: QgsProject) -> dict[tuple[str | None, int], str]:
    return {(level.building_id, level.ordinal): level.short_name
            for levels in read_levels(floorplan_layers(project)).values()
            for level in levels if level.short_name}


def _text(value) -> str | None:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    text = str(value).strip()
    return text or None


def _integer(value) -> int | None:
    try:
        return None if _text(value) is None else int(value)
    except (TypeError, ValueError):
        return None

