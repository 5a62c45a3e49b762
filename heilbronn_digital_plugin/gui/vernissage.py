"""The Vernissage panel: a guided tour of stations for trainers.

The trainer brings the map where it should be (extent, layers, time, level) and presses *Add*;
the station gets a caption in German and English below the list. Stations are reordered with
the arrows (or by dragging), deleted, re-taken from the map, and saved in the project. *Next* and
*Previous* (also PageDown/PageUp and the arrow keys, as a presentation clicker sends them) fly
from station to station; *Present* switches to the full-screen presenter view.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget, QgsMapCanvas
from qgis.PyQt.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import tr
from .level_switcher import LevelSwitcherDock
from .vernissage_player import StationPlayer
from .vernissage_tour import Caption, Station, load_tour, save_tour

OBJECT_NAME = "HeilbronnVernissage"
LANGUAGES = ("de", "en")
# Keys a presentation clicker sends for "next" and "previous" (the list's own Up/Down move its
# selection, which shows the station as well).
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left)


class VernissageDock(QgsDockWidget):
    """The stations of the project's tour: add, edit, reorder, delete, go through them."""

    # The presenter view is asked for (the plugin owns it: it changes the main window).
    present_requested = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas, project: QgsProject,
                 level_switcher: LevelSwitcherDock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Vernissage"), parent)
        self.setObjectName(OBJECT_NAME)
        self._project = project
        self.player = StationPlayer(canvas, project, level_switcher, self)
        self._stations: list[Station] = []
        self._current = -1
        self._build_ui()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        self._project_read()

    # The public interface: what the buttons do, and what tests and scripts call.

    @property
    def stations(self) -> list[Station]:
        return list(self._stations)

    @property
    def current(self) -> int:
        """The index of the station shown last, or -1."""
        return self._current

    def add_station(self) -> Station:
        """The map as it is now, as a new station after the current one (at the end when none
        is current); it becomes current, with an empty caption to fill in."""
        station = self.player.capture()
        at = self._current + 1 if 0 <= self._current < len(self._stations) else len(self._stations)
        self._stations.insert(at, station)
        self._save()
        self._current = at
        self._update_list()
        self.title_edits["de"].setFocus()
        return station

    def retake_station(self) -> None:
        """Take the current station's view (extent, layers, time, level) from the map again;
        its caption stays."""
        if not self._valid(self._current):
            return
        captured = self.player.capture()
        captured.captions = self._stations[self._current].captions
        captured.play = self._stations[self._current].play
        self._stations[self._current] = captured
        self._save()

    def delete_station(self) -> None:
        if not self._valid(self._current):
            return
        del self._stations[self._current]
        self._current = min(self._current, len(self._stations) - 1)
        self._save()
        self._update_list()

    def move_station(self, offset: int) -> None:
        """Move the current station ``offset`` places (-1 up, +1 down)."""
        target = self._current + offset
        if not (self._valid(self._current) and self._valid(target)):
            return
        stations = self._stations
        stations[self._current], stations[target] = stations[target], stations[self._current]
        self._current = target
        self._save()
        self._update_list()

    def go_to(self, index: int, animate: bool = True) -> None:
        """Show station ``index`` on the map (with the flight unless ``animate`` is off)."""
        if not self._valid(index):
            return
        self._current = index
        self._update_list()
        missing = self.player.show(self._stations[index], animate)
        self._say(tr("Missing layers (the rest of the station is shown): {names}").format(
            names=", ".join(missing)) if missing else "")

    def next_station(self) -> None:
        self.go_to(self._current + 1)

    def previous_station(self) -> None:
        self.go_to(max(self._current - 1, 0))

    def detach(self) -> None:
        """Stop following the project (before the dock is deleted)."""
        self._project.readProject.disconnect(self._project_read)
        self._project.cleared.disconnect(self._project_cleared)

    # Reacting to the project.

    def _project_read(self, *_document) -> None:
        self._stations = load_tour(self._project)
        self._current = -1
        self._update_list()
        self._say("")

    def _project_cleared(self) -> None:
        self._stations = []
        self._current = -1
        self._update_list()

    def _valid(self, index: int) -> bool:
        return 0 <= index < len(self._stations)

    def _save(self) -> None:
        save_tour(self._project, self._stations)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # The widgets.

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.list = QListWidget(body)
        self.list.setObjectName("stations")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.currentRowChanged.connect(self._row_picked)
        self.list.model().rowsMoved.connect(self._rows_dragged)
        layout.addWidget(self.list)

        buttons = QGridLayout()
        self.previous_button = self._button(tr("Previous"), "/mActionArrowLeft.svg",
                                            self.previous_station, "previous")
        self.next_button = self._button(tr("Next"), "/mActionArrowRight.svg",
                                        self.next_station, "next")
        self.add_button = self._button(tr("Add"), "/symbologyAdd.svg", self.add_station, "add")
        self.retake_button = self._button(tr("Take view from map"), "/mActionRefresh.svg",
                                          self.retake_station, "retake")
        self.up_button = self._button(tr("Move up"), "/mActionArrowUp.svg",
                                      lambda: self.move_station(-1), "up")
        self.down_button = self._button(tr("Move down"), "/mActionArrowDown.svg",
                                        lambda: self.move_station(1), "down")
        self.delete_button = self._button(tr("Delete"), "/symbologyRemove.svg",
                                          self.delete_station, "delete")
        for column, button in enumerate((self.add_button, self.retake_button, self.up_button,
                                         self.down_button, self.delete_button)):
            buttons.addWidget(button, 0, column)
        self.present_button = QPushButton(tr("Present"), body)
        self.present_button.setObjectName("present")
        self.present_button.setIcon(QgsApplication.getThemeIcon("/mActionZoomFullExtent.svg"))
        self.present_button.setToolTip(tr("Full-screen presenter view (Esc returns)"))
        self.present_button.clicked.connect(self.present_requested.emit)
        buttons.addWidget(self.previous_button, 1, 0)
        buttons.addWidget(self.next_button, 1, 1)
        buttons.addWidget(self.present_button, 1, 2, 1, 3)
        layout.addLayout(buttons)

        form = QFormLayout()
        self.title_edits: dict[str, QLineEdit] = {}
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for language, label in (("de", tr("German")), ("en", tr("English"))):
            title = QLineEdit(body)
            title.setObjectName(f"title_{language}")
            title.setPlaceholderText(tr("Title"))
            text = QPlainTextEdit(body)
            text.setObjectName(f"text_{language}")
            text.setPlaceholderText(tr("One or two sentences for the audience"))
            text.setMaximumHeight(64)
            title.editingFinished.connect(lambda code=language: self._caption_edited(code))
            text.textChanged.connect(lambda code=language: self._caption_edited(code))
            form.addRow(tr("Title ({language})").format(language=label), title)
            form.addRow(tr("Text ({language})").format(language=label), text)
            self.title_edits[language], self.text_edits[language] = title, text
        layout.addLayout(form)
        self.message = QLabel(body)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.setWidget(body)

        # A clicker's keys while the list has the focus (the presenter view has its own); the
        # list would take PageDown and the arrows for itself.
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            if event.key() in NEXT_KEYS:
                self.next_station()
                return True
            if event.key() in PREVIOUS_KEYS:
                self.previous_station()
                return True
        return super().eventFilter(watched, event)

    def _button(self, tip: str, icon: str, run, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: run())
        return button

    def _update_list(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, station in enumerate(self._stations, start=1):
                title = station.caption().title or tr("(no title)")
                item = QListWidgetItem(f"{number}. {title}", self.list)
                if station.time is not None:
                    item.setIcon(QgsApplication.getThemeIcon("/mIndicatorTemporal.svg"))
            self.list.setCurrentRow(self._current)
        self._show_caption()
        selected = self._valid(self._current)
        for button in (self.retake_button, self.delete_button):
            button.setEnabled(selected)
        self.up_button.setEnabled(selected and self._current > 0)
        self.down_button.setEnabled(selected and self._current < len(self._stations) - 1)
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(self._current < len(self._stations) - 1)
        self.present_button.setEnabled(bool(self._stations))

    def _show_caption(self) -> None:
        station = self._stations[self._current] if self._valid(self._current) else None
        for language in LANGUAGES:
            caption = station.captions.get(language, Caption()) if station else Caption()
            for edit, text in ((self.title_edits[language], caption.title),
                               (self.text_edits[language], caption.text)):
                with QSignalBlocker(edit):
                    if isinstance(edit, QLineEdit):
                        edit.setText(text)
                    else:
                        edit.setPlainText(text)
                edit.setEnabled(station is not None)

    def _caption_edited(self, language: str) -> None:
        if not self._valid(self._current):
            return
        title = self.title_edits[language].text().strip()
        text = self.text_edits[language].toPlainText().strip()
        if self._stations[self._current].captions.get(language) == Caption(title, text):
            return
        self._stations[self._current].captions[language] = Caption(title, text)
        self._save()
        item = self.list.item(self._current)
        if item is not None:
            station = self._stations[self._current]
            item.setText(f"{self._current + 1}. {station.caption().title or tr('(no title)')}")

    def _row_picked(self, row: int) -> None:
        if self._valid(row) and row != self._current:
            self.go_to(row)

    def _rows_dragged(self, _parent, start: int, _end: int, _destination, row: int) -> None:
        # Qt's row is the place before the move: one less when dropped further down.
        target = row - 1 if row > start else row
        station = self._stations.pop(start)
        self._stations.insert(target, station)
        self._current = target
        self._save()
        # Not inside the model's own signal: the list is rebuilt once the move has ended.
        QTimer.singleShot(0, self._update_list)
