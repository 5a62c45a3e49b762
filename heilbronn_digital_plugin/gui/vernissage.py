"""The Vernissage panel: a guided tour of stations for trainers.

The trainer brings the map where it should be (extent, layers, time, level) and presses *Add*;
the station gets a caption in German and English below the list. Stations are reordered with
the arrows (or by dragging), deleted, re-taken from the map, and saved in the project. *Next* and
*Previous* (also PageDown/PageUp and the arrow keys, as a presentation clicker sends them) fly
from station to station; *Present* switches to the full-screen presenter view.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsMapLayer, QgsPrintLayout, QgsProject
from qgis.gui import QgsDockWidget, QgsMapCanvas
from qgis.PyQt.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number
from .level_switcher import LevelSwitcherDock
from .vernissage_film import (
    DEFAULT_FPS,
    SIZES,
    FilmExport,
    FilmSettings,
    find_encoder,
    no_encoder_message,
)
from .vernissage_handout import build_handout, export_handout, handout_name, page_map
from .vernissage_player import StationPlayer, hidden_by_scale
from .vernissage_presenter import PresenterView
from .vernissage_tour import Caption, Station, load_tour, save_tour
from .vernissage_whatif import WhatIfDock

OBJECT_NAME = "HeilbronnVernissage"
LANGUAGES = ("de", "en")
# Keys a presentation clicker sends for "next" and "previous" (the list's own Up/Down move its
# selection, which shows the station as well).
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left)
# The minimum scale QGIS gives a new layer: no limit in practice.
UNLIMITED_SCALE = 1e8


def scale_sentence(layer: QgsMapLayer, scale: float) -> str:
    """Says that ``layer`` is not drawn at 1:``scale`` and at which scales QGIS draws it."""
    # QGIS's "minimum" scale is the most zoomed-out one it draws a layer at, its "maximum"
    # the most zoomed-in one; 0 is no limit, and so is a new layer's 1:100,000,000.
    near, far = layer.maximumScale(), layer.minimumScale()
    far = 0.0 if far >= UNLIMITED_SCALE else far
    if near and far:
        text = tr("{layer} is not drawn at 1:{scale}: QGIS draws it only between 1:{near} "
                  "and 1:{far}.")
    elif far:
        text = tr("{layer} is not drawn at 1:{scale}: QGIS draws it only closer than 1:{far} "
                  "(zoom in).")
    else:
        text = tr("{layer} is not drawn at 1:{scale}: QGIS draws it only from 1:{near} "
                  "outwards (zoom out).")
    return text.format(layer=layer.name(), scale=local_number(scale, ","),
                       near=local_number(near, ","), far=local_number(far, ","))


class VernissageDock(QgsDockWidget):
    """The stations of the project's tour: add, edit, reorder, delete, go through them."""

    # A station is shown (its index): the presenter view follows.
    station_shown = pyqtSignal(int)
    # What the map cannot show of the station at hand changed (empty: nothing); the presenter
    # view shows it too.
    noted = pyqtSignal(str)

    def __init__(self, canvas: QgsMapCanvas, project: QgsProject,
                 level_switcher: LevelSwitcherDock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Vernissage"), parent)
        self.setObjectName(OBJECT_NAME)
        self._project = project
        self.player = StationPlayer(canvas, project, level_switcher, self)
        self.player.arrived.connect(self._arrived)
        self._stations: list[Station] = []
        self._current = -1
        # What the map cannot show of the station shown, taken or added last.
        self.notes = ""
        self.presenter: PresenterView | None = None
        self.film: FilmExport | None = None
        self.what_if: WhatIfDock | None = None
        self._build_ui()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        self._attached = True
        self._project_read()

    # The public interface: what the buttons do, and what tests and scripts call.

    @property
    def stations(self) -> list[Station]:
        return list(self._stations)

    @property
    def current(self) -> int:
        """The index of the station shown last, or -1."""
        return self._current

    def add_station(self, captions: dict[str, Caption] | None = None) -> Station:
        """The map as it is now, as a new station after the current one (at the end when none
        is current); it becomes current, with ``captions`` or an empty caption to fill in."""
        station = self.player.capture()
        station.captions = dict(captions or {})
        at = self._current + 1 if 0 <= self._current < len(self._stations) else len(self._stations)
        self._stations.insert(at, station)
        self._save()
        self._current = at
        self._update_list()
        self._note(self._notes(station))
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
        self._note(self._notes(captured))

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
        self._note("")  # until it has landed (_arrived)
        self.player.show(self._stations[index], animate)
        self.station_shown.emit(index)

    def next_station(self) -> None:
        self.go_to(self._current + 1)

    def previous_station(self) -> None:
        self.go_to(max(self._current - 1, 0))

    def export_handout(self, path: Path) -> QgsPrintLayout | None:
        """The tour as a print layout in the project (*Project ▸ Layouts*) and as a PDF at
        ``path``, one page per station; returns the layout."""
        if not self._stations:
            return None
        layout = build_handout(self._project, self._stations)
        levels = self.player.capture()
        export_handout(layout, self._stations, path, self.player.show_levels)
        self.player.show_levels(levels)
        # A page's map has its own scale: say which layers it leaves out.
        notes = []
        for page, station in enumerate(self._stations):
            scale = page_map(layout, page).scale()
            notes += [tr("Page {page}: {note}").format(page=page + 1,
                                                       note=scale_sentence(layer, scale))
                      for layer in hidden_by_scale(self._project, station, scale)]
        self._say("\n".join([tr("Handout written: {path}").format(path=path), *notes]))
        return layout

    def _ask_handout(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Handout (PDF)"), str(Path.home() / f"{handout_name()}.pdf"),
            tr("PDF files (*.pdf)"))
        if path:
            self.export_handout(Path(path))

    def export_film(self, mp4: Path) -> FilmExport | None:
        """The current station's time range as ``mp4`` and a GIF beside it, at the size and
        frame rate chosen in the panel, in the background (progress bar, *Cancel*)."""
        if not self._valid(self._current) or self.film is not None:
            return None
        width, height = self.size_combo.currentData()
        settings = FilmSettings(width, height, self.fps_spin.value(), mp4,
                                mp4.with_suffix(".gif"))
        station = self._stations[self._current]
        self.player.show_levels(station)
        self.film = FilmExport(self._project, station, settings, parent=self)
        self.film.progress.connect(lambda value: self.film_progress.setValue(int(value)))
        self.film.finished.connect(self._film_finished)
        self.film_progress.setValue(0)
        self.film_progress.show()
        self.cancel_film_button.show()
        self.film_button.setEnabled(False)
        self.film.start()
        return self.film

    def _film_finished(self, ok: bool, message: str) -> None:
        settings = self.film.settings
        self.film = None
        self.film_progress.hide()
        self.cancel_film_button.hide()
        self._update_list()
        self._say(tr("Film written: {mp4} and {gif}").format(mp4=settings.mp4,
                                                            gif=settings.gif.name)
                  if ok else message)

    def _ask_film(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Film (MP4 and GIF)"), str(Path.home() / "vernissage.mp4"),
            tr("MP4 videos (*.mp4)"))
        if path:
            self.export_film(Path(path).with_suffix(".mp4"))

    def show_what_if(self) -> WhatIfDock | None:
        """The „Was wäre, wenn…“ panel, docked beside this one."""
        window = self._main_window()
        if window is None:
            return None
        if self.what_if is None:
            self.what_if = WhatIfDock(self.player.canvas, self._project, self.add_station,
                                      window)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.what_if)
        self.what_if.reload_sites()
        self.what_if.show()
        self.what_if.raise_()
        return self.what_if

    def _main_window(self) -> QMainWindow | None:
        window = self.parentWidget()
        while window is not None and not isinstance(window, QMainWindow):
            window = window.parentWidget()
        return window

    def present(self) -> None:
        """Switch the main window to the presenter view (Esc returns)."""
        if not self._stations:
            return
        if self.presenter is None:
            window = self._main_window()
            if window is None:
                return
            self.presenter = PresenterView(window, self)
        self.presenter.enter()

    def detach(self) -> None:
        """Stop following the project and leave the presenter view (before the dock is
        deleted)."""
        if self.presenter is not None:
            self.presenter.leave()
        if self.film is not None:
            self.film.stop()
            self.film = None
        if self.what_if is not None:
            self.what_if.detach()
            window = self._main_window()
            if window is not None:
                window.removeDockWidget(self.what_if)
            self.what_if.deleteLater()
            self.what_if = None
        if self._attached:
            self._project.readProject.disconnect(self._project_read)
            self._project.cleared.disconnect(self._project_cleared)
            self._attached = False

    # Reacting to the project.

    def _project_read(self, *_document) -> None:
        self._stations = load_tour(self._project)
        self._current = -1
        self._update_list()
        self._note("")

    def _project_cleared(self) -> None:
        self._stations = []
        self._current = -1
        self._update_list()

    def _valid(self, index: int) -> bool:
        return 0 <= index < len(self._stations)

    def _arrived(self) -> None:
        """The current station has landed: say what of it the map cannot show."""
        station = self.player.shown
        if self._valid(self._current) and station is self._stations[self._current]:
            self._note(self._notes(station))

    def _note(self, notes: str) -> None:
        self.notes = notes
        self._say(notes)
        self.noted.emit(notes)

    def _notes(self, station: Station) -> str:
        """What the map, as it is now, cannot show of ``station``: its missing layers, and
        its layers that are not drawn at the map's scale."""
        notes = []
        missing = self.player.missing_layers(station)
        if missing:
            notes.append(tr("Missing layers (the rest of the station is shown): {names}")
                         .format(names=", ".join(missing)))
        scale = self.player.canvas.scale()
        notes += [scale_sentence(layer, scale)
                  for layer in hidden_by_scale(self._project, station, scale)]
        return "\n".join(notes)

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
        self.present_button.clicked.connect(lambda _checked=False: self.present())
        buttons.addWidget(self.previous_button, 1, 0)
        buttons.addWidget(self.next_button, 1, 1)
        buttons.addWidget(self.present_button, 1, 2, 1, 3)
        self.handout_button = QPushButton(tr("Handout (PDF)…"), body)
        self.handout_button.setObjectName("handout")
        self.handout_button.setIcon(QgsApplication.getThemeIcon("/mActionNewLayout.svg"))
        self.handout_button.setToolTip(tr("The whole tour as a PDF, one page per station, "
                                          "through a print layout you can also edit"))
        self.handout_button.clicked.connect(lambda _checked=False: self._ask_handout())
        buttons.addWidget(self.handout_button, 2, 0, 1, 3)
        self.what_if_button = QPushButton(tr("What if…"), body)
        self.what_if_button.setObjectName("what_if")
        self.what_if_button.setToolTip(tr("Parking what-ifs live: a site's spaces, parking "
                                          "guidance, day and hour"))
        self.what_if_button.clicked.connect(lambda _checked=False: self.show_what_if())
        buttons.addWidget(self.what_if_button, 2, 3, 1, 2)
        layout.addLayout(buttons)

        film = QHBoxLayout()
        self.film_button = QPushButton(tr("Film…"), body)
        self.film_button.setObjectName("film")
        self.film_button.setIcon(QgsApplication.getThemeIcon("/mTemporalNavigationAnimated.svg"))
        self.film_button.setToolTip(tr("The station's time range as MP4 and animated GIF, "
                                       "caption and clock burnt in"))
        self.film_button.clicked.connect(lambda _checked=False: self._ask_film())
        self.size_combo = QComboBox(body)
        self.size_combo.setObjectName("film_size")
        for width, height in SIZES:
            self.size_combo.addItem(f"{width} × {height}", (width, height))
        self.size_combo.setCurrentIndex(1)
        self.fps_spin = QSpinBox(body)
        self.fps_spin.setObjectName("film_fps")
        self.fps_spin.setRange(1, 30)
        self.fps_spin.setValue(DEFAULT_FPS)
        self.fps_spin.setSuffix(tr(" frames/s"))
        self.film_progress = QProgressBar(body)
        self.film_progress.setRange(0, 100)
        self.film_progress.hide()
        self.cancel_film_button = QToolButton(body)
        self.cancel_film_button.setText(tr("Cancel"))
        self.cancel_film_button.clicked.connect(
            lambda _checked=False: self.film.cancel() if self.film else None)
        self.cancel_film_button.hide()
        for widget in (self.film_button, self.size_combo, self.fps_spin, self.film_progress,
                       self.cancel_film_button):
            film.addWidget(widget)
        layout.addLayout(film)
        self.encoder_note = QLabel(body)
        self.encoder_note.setWordWrap(True)
        if find_encoder() is None:
            self.encoder_note.setText(no_encoder_message())
        else:
            self.encoder_note.hide()
        layout.addWidget(self.encoder_note)

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
        self.handout_button.setEnabled(bool(self._stations))
        self.film_button.setEnabled(selected and self.film is None
                                    and self._stations[self._current].time is not None
                                    and find_encoder() is not None)

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
