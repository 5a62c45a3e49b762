"""The presenter view: the QGIS window full screen with only the map, in large type.

Over the map: the station's caption, its number, a clock (Heilbronn time) where the station has
a time, the legend of the visible layers and the credits. A clicker's keys (PageDown/PageUp,
the arrow keys) go from station to station, the space bar plays and pauses a station's time
range, Esc returns to the QGIS window exactly as it was: panels, toolbars, menu and status bar,
window size and state, map extent, time and layer visibility, and QGIS's own title and copyright
labels on the map (View ▸ Decorations), which the presenter's clock and credits replace meanwhile.
A station the map cannot show whole (a layer missing, or not drawn at the station's scale) says
so in a note under the station number, as the panel does.
"""

from __future__ import annotations

from datetime import datetime

from qgis.core import (
    QgsColorRampLegendNode,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsLayerTree,
    QgsLayerTreeGroup,
    QgsLayerTreeModel,
    QgsLayerTreeNode,
    QgsLegendRenderer,
    QgsLegendSettings,
    QgsMapLayer,
    QgsMapLayerLegend,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QByteArray,
    QDateTime,
    QEvent,
    QLocale,
    QMetaObject,
    QObject,
    QRectF,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..store.layers import hide_blank_legend_rows
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import format_local, local_to_utc
from ..toolbelt.translation import ui_language
from .vernissage_player import navigation
from .vernissage_tour import Station

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
# Type in pixels per 1000 pixels of screen height: readable from the back of a room.
TITLE_PX, TEXT_PX, SMALL_PX = 44, 28, 18
BOX_COLOUR = QColor(255, 255, 255, 225)
TEXT_STYLE = "color: #1a1a1a; background: transparent;"
MARGIN = 24
# Padding inside a box, and its corner radius (pixels).
PADDING, RADIUS = 12, 6
NOTE_STYLE = "color: #a50f15; background: transparent;"
# QGIS's map decorations that the presenter's own boxes replace (the demo's clock is its title
# label): their C++ class and the project entries they read their settings from.
DECORATIONS = {"QgsDecorationTitle": "TitleLabel", "QgsDecorationCopyright": "CopyrightLabel"}


def clock_text(frame: QDateTime, language: str | None = None) -> str:
    """The Temporal Controller's frame as Heilbronn time with the weekday, e.g. "Dienstag,
    18.11.2025 11:00 MEZ" (the controller's digits are Heilbronn's wall clock); the weekday in
    ``language`` (default: the language QGIS shows)."""
    if not frame.isValid():
        return ""
    date, time = frame.date(), frame.time()
    wall = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    weekday = QLocale(language or ui_language()).dayName(date.dayOfWeek())
    return f"{weekday}, {format_local(local_to_utc(wall))}"


def credits_text(project: QgsProject, station: Station | None) -> str:
    """The project's credit line (View ▸ Decorations ▸ Copyright Label, whose expressions
    are evaluated as the decoration does), else the rights of the station's layers."""
    label, found = project.readEntry("CopyrightLabel", "/Label", "")
    if found and label:
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.globalScope())
        context.appendScope(QgsExpressionContextUtils.projectScope(project))
        return QgsExpression.replaceExpressionText(label, context)
    rights: list[str] = []
    for layer_id in (station.layers if station else {}):
        layer = project.mapLayer(layer_id)
        for right in (layer.metadata().rights() if layer is not None else []):
            if right not in rights:
                rights.append(right)
    return " · ".join(rights)


# The heatmaps' legends by layer id: their Python part lives as long as the layer uses them
# (a wrapper of the layer does not keep it; QGIS would then ask a bare QgsMapLayerLegend).
_HEATMAP_LEGENDS: dict[str, QgsMapLayerLegend] = {}


class HeatmapLegend(QgsMapLayerLegend):
    """A heatmap's legend entry: its colour ramp from few to many reports. QGIS gives a layer
    drawn as a heatmap no legend at all, and a reader could not tell what the colours mean."""

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802 (QGIS's name)
        layer = node_layer.layer()
        if is_heatmap(layer):
            nodes = [QgsColorRampLegendNode(node_layer, layer.renderer().colorRamp().clone(),
                                            tr("few reports"), tr("many reports"))]
        else:  # restyled since: QGIS's own legend for its new style
            nodes = QgsMapLayerLegend.defaultVectorLegend(layer).createLayerTreeModelLegendNodes(
                node_layer)
        for node in nodes:  # the legend model deletes them, not Python
            sip.transferto(node, None)
        return nodes


def is_heatmap(layer: QgsMapLayer | None) -> bool:
    return (isinstance(layer, QgsVectorLayer) and layer.renderer() is not None
            and layer.renderer().type() == "heatmapRenderer"
            and layer.renderer().colorRamp() is not None)


def give_heatmaps_a_legend(layers: list[QgsMapLayer]) -> None:
    """Each of ``layers`` drawn as a heatmap gets its colour ramp as its legend (for the
    presenter's and the handout's legends, and the layer panel's)."""
    for layer in layers:
        if not is_heatmap(layer):
            continue
        legend = _HEATMAP_LEGENDS.get(layer.id())
        if legend is None or sip.isdeleted(legend) or (
                sip.unwrapinstance(layer.legend()) != sip.unwrapinstance(legend)):
            legend = HeatmapLegend()
            layer.setLegend(legend)  # the layer deletes it
            _HEATMAP_LEGENDS[layer.id()] = legend


def legend_image(project: QgsProject, layer_ids: list[str], zoom: float = 1.0,
                 dpi: float = 96.0) -> QImage:
    """The legend of the layers ``layer_ids`` (in the project's legend order), as QGIS's print
    layouts draw it, enlarged ``zoom`` times; an empty image when none has a legend."""
    tree = QgsLayerTree()
    give_heatmaps_a_legend([project.mapLayer(layer_id) for layer_id in layer_ids])
    wanted = set(layer_ids)
    for node in project.layerTreeRoot().findLayers():
        if node.layerId() in wanted and node.layer() is not None:
            hide_blank_legend_rows(tree.addLayer(node.layer()))
    if not tree.children():
        return QImage()
    model = QgsLayerTreeModel(tree)
    settings = QgsLegendSettings()
    settings.setTitle("")
    renderer = QgsLegendRenderer(model, settings)
    dots_per_mm = dpi / 25.4 * zoom
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    context = QgsRenderContext.fromQPainter(painter)
    context.setScaleFactor(dots_per_mm)
    size = renderer.minimumSize(context)
    painter.end()
    image = QImage(max(1, int(size.width() * dots_per_mm)),
                   max(1, int(size.height() * dots_per_mm)), QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The legend draws in millimetres: the painter is scaled to them, as in QGIS Server.
    painter.scale(dots_per_mm, dots_per_mm)
    context = QgsRenderContext.fromQPainter(painter)
    context.setScaleFactor(1.0)
    renderer.drawLegend(context)
    painter.end()
    return image


def _wrap(label: QLabel, widest: int) -> None:
    """``label`` as wide as its text on one line, at most ``widest``, and as high as its
    wrapped lines need."""
    margins = label.contentsMargins()
    natural = (label.fontMetrics().horizontalAdvance(label.text()) + margins.left()
               + margins.right() + 2 * label.margin() + 2)
    width = min(natural, widest)
    label.resize(width, max(label.heightForWidth(width), label.minimumSizeHint().height()))


class Overlay(QWidget):
    """The labels over the map; clicks go through to the map."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HeilbronnVernissageOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.caption = QWidget(self)
        self.caption.setObjectName("caption")
        layout = QVBoxLayout(self.caption)
        layout.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
        self.title = QLabel(self.caption)
        self.title.setObjectName("title")
        self.title.setStyleSheet(TEXT_STYLE)
        self.title.setWordWrap(True)
        self.text = QLabel(self.caption)
        self.text.setObjectName("text")
        self.text.setStyleSheet(TEXT_STYLE)
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.number = self._box("number")
        self.note = self._box("note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.clock = self._box("clock")
        self.legend = self._box("legend")
        self.credits = self._box("credits")
        self.credits.setWordWrap(True)

    def _box(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(TEXT_STYLE)
        label.setContentsMargins(PADDING, PADDING // 2, PADDING, PADDING // 2)
        return label

    def paintEvent(self, _event) -> None:
        """A light box behind each text, so it reads on any map."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BOX_COLOUR)
        for widget in (self.caption, self.number, self.note, self.clock, self.legend,
                       self.credits):
            if widget.isVisible():
                painter.drawRoundedRect(QRectF(widget.geometry()), RADIUS, RADIUS)
        painter.end()

    def fonts(self) -> None:
        """Type sizes from the screen's height."""
        scale = max(self.height(), 600) / 1000.0
        for label, px, bold in ((self.title, TITLE_PX, True), (self.text, TEXT_PX, False),
                                (self.number, TEXT_PX, True), (self.clock, TEXT_PX, True),
                                (self.note, SMALL_PX, True), (self.credits, SMALL_PX, False)):
            font = QFont(label.font())
            font.setPixelSize(int(px * scale))
            font.setBold(bold)
            label.setFont(font)

    def place(self) -> None:
        """Number top left (a note under it), clock top right, legend right, caption bottom
        left, credits bottom right."""
        self.setGeometry(self.parentWidget().rect())
        self.fonts()
        width, height = self.width(), self.height()
        for label in (self.number, self.clock, self.legend, self.credits):
            label.adjustSize()
        self.number.move(MARGIN, MARGIN)
        self.clock.move(width - self.clock.width() - MARGIN, MARGIN)
        top = MARGIN + (self.clock.height() + MARGIN if self.clock.isVisible() else 0)
        self.legend.move(width - self.legend.width() - MARGIN, top)
        _wrap(self.note, self.legend.x() - 2 * MARGIN if self.legend.isVisible()
              else width - 2 * MARGIN)
        self.note.move(MARGIN, self.number.y() + self.number.height() + MARGIN // 2)
        # Long texts wrap: the caption in its column, the credits beside it; each box as
        # high as its lines need.
        column = min(int(width * 0.55), 1100)
        _wrap(self.credits, width - column - 3 * MARGIN)
        self.credits.move(width - self.credits.width() - MARGIN,
                          height - self.credits.height() - MARGIN)
        lines = self.caption.heightForWidth(column)
        self.caption.setFixedSize(column, lines if lines > 0 else
                                  self.caption.sizeHint().height())
        self.caption.move(MARGIN, height - self.caption.height() - MARGIN)


class PresenterView(QObject):
    """Switches the main window to the presenter view and back (:meth:`leave`, or Esc)."""

    left = pyqtSignal()

    def __init__(self, window: QMainWindow, dock) -> None:
        super().__init__(window)
        self.window = window
        self.dock = dock
        self.canvas = dock.player.canvas
        self.project: QgsProject = dock.player.project
        self.overlay: Overlay | None = None
        self._saved: dict = {}

    @property
    def active(self) -> bool:
        return self.overlay is not None

    def enter(self) -> None:
        """Full screen, only the map, the first station (or the current one)."""
        if self.active:
            return
        window = self.window
        self._saved = {
            "geometry": QByteArray(window.saveGeometry()),
            "normal_geometry": window.geometry(),
            "state": QByteArray(window.saveState()),
            "window_state": window.windowState(),
            "menu": window.menuBar().isVisible(),
            "status": window.statusBar().isVisible(),
            "bars": [w for kind in (QDockWidget, QToolBar) for w in window.findChildren(kind)
                     if w.isVisible() and w.parentWidget() is window],
            "view": self.dock.player.capture(),
            "checked": self._checked_nodes(self.project.layerTreeRoot()),
            "decorations": self._switch_decorations({scope: False for scope in
                                                     DECORATIONS.values()}),
        }
        for widget in self._saved["bars"]:
            widget.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        # Without a window manager (a kiosk, Xvfb) full screen is only a state: the window
        # covers the screen first.
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
        self.overlay = Overlay(self.canvas)
        self.overlay.show()
        self.dock.station_shown.connect(self.update)
        self.dock.noted.connect(self._noted)
        navigation(self.canvas).updateTemporalRange.connect(self._time_changed)
        # The keys reach the map (it has the focus; what it leaves goes up to the window).
        # Not a filter on the whole application: that one sees the events of objects being
        # deleted too, and converting those for Python crashed QGIS.
        for watched in self._watched():
            watched.installEventFilter(self)
        self.canvas.setFocus()
        self.dock.go_to(max(self.dock.current, 0))
        self.update()

    def leave(self) -> None:
        """Back to the QGIS window as it was before :meth:`enter`."""
        if not self.active:
            return
        for watched in self._watched():
            watched.removeEventFilter(self)
        self.dock.station_shown.disconnect(self.update)
        self.dock.noted.disconnect(self._noted)
        navigation(self.canvas).updateTemporalRange.disconnect(self._time_changed)
        self.overlay.hide()
        self.overlay.deleteLater()
        self.overlay = None
        saved, window = self._saved, self.window
        self.dock.player.show(saved["view"], animate=False)
        for node, checked in saved["checked"]:
            node.setItemVisibilityChecked(checked)
        self._switch_decorations(saved["decorations"])
        window.setWindowState(saved["window_state"])
        window.restoreGeometry(saved["geometry"])
        if saved["window_state"] == Qt.WindowState.WindowNoState:
            # Exactly where it was: restoreGeometry() places by the frame, which some window
            # managers report a few pixels off.
            window.setGeometry(saved["normal_geometry"])
        window.menuBar().setVisible(saved["menu"])
        window.statusBar().setVisible(saved["status"])
        for widget in saved["bars"]:
            widget.show()
        window.restoreState(saved["state"])
        self._saved = {}
        self.left.emit()

    def update(self, *_index) -> None:
        """Show the current station's words, number, clock, legend and credits."""
        if not self.active:
            return
        overlay, stations = self.overlay, self.dock.stations
        index = self.dock.current
        station = stations[index] if 0 <= index < len(stations) else None
        caption = station.caption() if station else None
        overlay.title.setText(caption.title if caption else "")
        overlay.text.setText(caption.text if caption else "")
        overlay.text.setVisible(bool(caption and caption.text))
        overlay.number.setText(tr("Station {number} of {count}").format(
            number=index + 1, count=len(stations)))
        overlay.credits.setText(credits_text(self.project, station))
        overlay.credits.setVisible(bool(overlay.credits.text()))
        layer_ids = list(station.layers) if station else []
        zoom = max(self.canvas.height(), 600) / 700.0
        legend = legend_image(self.project, layer_ids, zoom)
        room = self.canvas.height() * 0.6
        if legend.height() > room:  # a long legend is drawn smaller, never off the screen
            legend = legend_image(self.project, layer_ids, zoom * room / legend.height())
        overlay.legend.setPixmap(QPixmap.fromImage(legend))
        overlay.legend.setVisible(not legend.isNull())
        self._noted(self.dock.notes)
        self._time_changed()

    def _noted(self, notes: str) -> None:
        """What the map cannot show of the station, as the panel says it, on the map."""
        if not self.active:
            return
        self.overlay.note.setText(notes)
        self.overlay.note.setVisible(bool(notes))
        self.overlay.place()

    def _time_changed(self, *_range) -> None:
        if not self.active:
            return
        index, stations = self.dock.current, self.dock.stations
        station = stations[index] if 0 <= index < len(stations) else None
        controller = navigation(self.canvas)
        frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
        # While a station's time is being set the controller may pass through a range
        # without dates: no clock until it has one.
        clock = clock_text(frame.begin()) if station is not None and station.time else ""
        self.overlay.clock.setText(clock)
        self.overlay.clock.setVisible(bool(clock))
        self.overlay.place()

    def _switch_decorations(self, enabled: dict[str, bool | None]) -> dict[str, bool | None]:
        """Switch QGIS's map decorations (project entry scope → on, off, or ``None``: as
        without an entry) and return how they were. A decoration reads its settings from the
        project when one is read: it is asked to read them again. The project is not marked
        as changed."""
        project = self.project
        dirty = project.isDirty()
        before: dict[str, bool | None] = {}
        for scope, on in enabled.items():
            was, found = project.readBoolEntry(scope, "/Enabled", False)
            before[scope] = was if found else None
            if on is None:
                project.removeEntry(scope, "/Enabled")
            else:
                project.writeEntry(scope, "/Enabled", on)
        project.setDirty(dirty)
        wanted = {name for name, scope in DECORATIONS.items() if scope in enabled}
        for child in self.window.children():
            if child.metaObject().className() in wanted:
                QMetaObject.invokeMethod(child, "projectRead")
        self.canvas.refresh()
        return before

    def _watched(self) -> tuple[QWidget, ...]:
        return (self.canvas, self.window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The map canvas pans with the arrows and zooms with PageUp/PageDown: while presenting,
        # these keys belong to the tour.
        if event.type() != QEvent.Type.KeyPress or not self.active:
            if event.type() == QEvent.Type.Resize and watched is self.canvas and self.active:
                self.overlay.place()
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.dock.next_station()
        elif key in PREVIOUS_KEYS:
            self.dock.previous_station()
        elif key == Qt.Key.Key_Space:
            self.dock.player.toggle_play()
        else:
            return False
        return True

    @staticmethod
    def _checked_nodes(group: QgsLayerTreeGroup) -> list[tuple[QgsLayerTreeNode, bool]]:
        nodes = []
        for child in group.children():
            nodes.append((child, child.itemVisibilityChecked()))
            if isinstance(child, QgsLayerTreeGroup):
                nodes.extend(PresenterView._checked_nodes(child))
        return nodes
