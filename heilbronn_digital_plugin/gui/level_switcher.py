"""The level switcher: a dock that shows one level of each building across all floorplan layers.

Each building keeps its own level. Buildings from different sources do not share a numbering
(an OSM building's level 1 need not be an IMDF venue's ordinal 1, a split-level annex joins the
main building half a floor up), so one ordinal for all would show mismatched floors. Pick the
building in the list, then its level; the other buildings stay where they were.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsMapLayer, QgsProject, QgsProjectDirtyBlocker
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSignalBlocker, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..store.floor_levels import (
    SHOW_LEVEL_PROPERTY,
    Building,
    Choices,
    Level,
    building_names,
    default_ordinal,
    floorplan_layers,
    is_floorplan_layer,
    level_expression,
    load_choices,
    read_levels,
    save_choices,
    show_level,
    take_requested_level,
)
from ..toolbelt.i18n import tr

OBJECT_NAME = "HeilbronnLevelSwitcher"


class LevelSwitcherDock(QgsDockWidget):
    """Lists the buildings and levels of the project's floorplan layers and shows one level per
    building. Follows the project: layers added later, a project read or cleared."""

    def __init__(self, project: QgsProject, parent: QWidget | None = None) -> None:
        super().__init__(tr("Level switcher"), parent)
        self.setObjectName(OBJECT_NAME)
        self._project = project
        self._levels: dict[Building, list[Level]] = {}
        self._choices: Choices = {}
        self._active: Building = None
        self._build_ui()
        # Several layers arrive one signal at a time (a project, add_store_layers): read the
        # levels once after the last of them.
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(0)
        self._reread.timeout.connect(self.refresh)
        project.layersAdded.connect(self._layers_added)
        project.layersRemoved.connect(self._layers_removed)
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)

    # The public interface: what the buttons do, and what tests and scripts call.

    @property
    def choices(self) -> Choices:
        """The level (ordinal) shown per building."""
        return dict(self._choices)

    @property
    def active_building(self) -> Building:
        return self._active

    def levels(self, building: Building) -> list[Level]:
        """The levels of ``building``, lowest first."""
        return list(self._levels.get(building, []))

    def refresh(self) -> None:
        """Read the buildings and levels of all floorplan layers again and show the choice on
        every one of them; a building seen for the first time starts on its ground floor."""
        self._reread.stop()
        had_levels = bool(self._levels)
        self._levels = read_levels(floorplan_layers(self._project))
        choices = {building: ordinal for building, ordinal in self._choices.items()
                   if any(level.ordinal == ordinal for level in self._levels.get(building, []))}
        for building, levels in self._levels.items():
            choices.setdefault(building, default_ordinal(levels))
        requested = [take_requested_level(layer) for layer in floorplan_layers(self._project)]
        for building, ordinal in filter(None, requested):
            # A new route asks for the level it starts on: show that, not an empty floor.
            if any(level.ordinal == ordinal for level in self._levels.get(building, [])):
                choices[building] = ordinal
                self._active = building
        self._choices = choices
        if any(requested):
            self._save()
        if self._active not in self._levels:
            self._active = next(iter(self._levels), None)
        self._update_ui()
        self._apply()
        if self._levels and not had_levels:
            self.show()

    def select_building(self, building: Building) -> None:
        """Make ``building`` the one whose level the list and the buttons change."""
        if building in self._levels and building != self._active:
            self._active = building
            self._save()
            self._update_ui()

    def select_level(self, ordinal: int) -> None:
        """Show level ``ordinal`` of the active building on every floorplan layer."""
        if not any(level.ordinal == ordinal for level in self.levels(self._active)):
            return
        if self._choices.get(self._active) != ordinal:
            self._choices[self._active] = ordinal
            self._save()
            self._apply()
        self._update_ui()

    def step(self, direction: int) -> None:
        """One level up (``+1``) or down (``-1``) in the active building; nothing at the ends."""
        ordinals = [level.ordinal for level in self.levels(self._active)]
        current = self._choices.get(self._active)
        if current not in ordinals:
            return
        index = ordinals.index(current) + direction
        if 0 <= index < len(ordinals):
            self.select_level(ordinals[index])

    def detach(self) -> None:
        """Stop following the project (before the plugin unloads)."""
        self._reread.stop()
        self._project.layersAdded.disconnect(self._layers_added)
        self._project.layersRemoved.disconnect(self._layers_removed)
        self._project.readProject.disconnect(self._project_read)
        self._project.cleared.disconnect(self._project_cleared)

    # Following the project.

    def _layers_added(self, layers: list[QgsMapLayer]) -> None:
        added = [layer for layer in layers if is_floorplan_layer(layer)]
        if not added:
            return
        for layer in added:
            # Processing styles a result (and a route asks for its start level) only after
            # adding it to the project: read the wish when it comes.
            layer.customPropertyChanged.connect(self._property_changed)
        # At once for the buildings known, so a new layer never shows all levels on top of
        # each other; the levels it brings (a new building) are read after the last layer.
        if self._choices:
            expression = level_expression(self._choices)
            for layer in added:
                if show_level(layer, expression):
                    layer.triggerRepaint()
        self._reread.start()

    def _property_changed(self, key: str) -> None:
        if key == SHOW_LEVEL_PROPERTY:
            self._reread.start()

    def _layers_removed(self, _layer_ids: list[str]) -> None:
        self._reread.start()

    def _project_read(self, *_document) -> None:
        # The saved levels are in the layers' URIs already; re-applying them is not an edit.
        blocker = QgsProjectDirtyBlocker(self._project)
        self._choices, self._active = load_choices(self._project)
        self.refresh()
        del blocker

    def _project_cleared(self) -> None:
        self._reread.stop()
        self._levels, self._choices, self._active = {}, {}, None
        self._update_ui()

    def _apply(self) -> None:
        if not self._choices:
            return
        expression = level_expression(self._choices)
        for layer in floorplan_layers(self._project):
            if show_level(layer, expression):
                layer.triggerRepaint()

    def _save(self) -> None:
        save_choices(self._project, self._choices, self._active)

    # The widgets.

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.building_label = QLabel(tr("Building"), body)
        self.building_combo = QComboBox(body)
        self.building_combo.setObjectName("HeilbronnLevelSwitcherBuilding")
        self.building_combo.setToolTip(tr("The building whose level the list shows; each "
                                          "building keeps its own level."))
        self.building_combo.currentIndexChanged.connect(self._building_picked)
        self.level_list = QListWidget(body)
        self.level_list.setObjectName("HeilbronnLevelSwitcherLevels")
        self.level_list.setToolTip(tr("Click a level to show it on all floorplan layers."))
        self.level_list.currentItemChanged.connect(self._level_picked)
        self.up_button = self._button(body, "/mActionArrowUp.svg", tr("One level up"), +1)
        self.down_button = self._button(body, "/mActionArrowDown.svg", tr("One level down"), -1)
        self.reload_button = QToolButton(body)
        self.reload_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.reload_button.setToolTip(tr("Read the levels of the floorplan layers again, "
                                          "for example after an import."))
        self.reload_button.clicked.connect(self.refresh)
        self.hint = QLabel(tr("This project has no floorplan layers: they are layers with the "
                              "fields building_id and ordinal, such as those of "
                              "Heilbronn Digital \u25b8 Add Heilbronn layers."), body)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        layout.addWidget(self.building_label)
        layout.addWidget(self.building_combo)
        layout.addWidget(QLabel(tr("Level"), body))
        layout.addWidget(self.level_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.setWidget(body)
        self._update_ui()

    def _button(self, parent: QWidget, icon: str, tip: str, direction: int) -> QToolButton:
        button = QToolButton(parent)
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: self.step(direction))
        return button

    def _update_ui(self) -> None:
        buildings = list(self._levels)
        names = building_names(self._project) if buildings else {}
        with QSignalBlocker(self.building_combo):
            self.building_combo.clear()
            for building in buildings:
                self.building_combo.addItem(_building_text(building, names), building)
            if self._active in buildings:
                self.building_combo.setCurrentIndex(buildings.index(self._active))
        chosen = self._choices.get(self._active)
        with QSignalBlocker(self.level_list):
            self.level_list.clear()
            # Top floor first, as on a lift's panel.
            for level in reversed(self.levels(self._active)):
                item = QListWidgetItem(_level_text(level))
                item.setData(Qt.ItemDataRole.UserRole, level.ordinal)
                item.setToolTip(level.name or _level_text(level))
                self.level_list.addItem(item)
                if level.ordinal == chosen:
                    self.level_list.setCurrentItem(item)
        ordinals = [level.ordinal for level in self.levels(self._active)]
        self.up_button.setEnabled(bool(ordinals) and chosen is not None and chosen < ordinals[-1])
        self.down_button.setEnabled(bool(ordinals) and chosen is not None and chosen > ordinals[0])
        self.building_combo.setEnabled(len(buildings) > 1)
        self.level_list.setEnabled(bool(ordinals))
        self.hint.setVisible(not buildings)

    def _building_picked(self, index: int) -> None:
        if index >= 0:
            self.select_building(self.building_combo.itemData(index))

    def _level_picked(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.select_level(int(item.data(Qt.ItemDataRole.UserRole)))


def _building_text(building: Building, names: dict[str, str]) -> str:
    if building is None:
        return tr("(no building_id)")
    return names.get(building, building)


def _level_text(level: Level) -> str:
    """``2 · 2. OG``: the ordinal first, so levels without a short name still read clearly."""
    return f"{level.ordinal} \u00b7 {level.short_name}" if level.short_name else str(level.ordinal)
