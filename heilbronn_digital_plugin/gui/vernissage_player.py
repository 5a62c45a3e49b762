"""Captures the map as a station and shows a station on the map, with a short animated flight.

The canvas, the project's layer tree, the Temporal Controller and the level switcher are what a
station remembers (:mod:`.vernissage_tour`); :class:`StationPlayer` reads them into a station and
sets them from one. Used by the Vernissage panel, the presenter view and the handout.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsInterval,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsTemporalNavigationObject,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import (
    QDateTime,
    QEasingCurve,
    QObject,
    Qt,
    QTimer,
    QVariantAnimation,
    pyqtSignal,
)

from ..store.floor_levels import floorplan_layers, level_expression, show_level
from ..toolbelt.qgis_compat import AnimationState, TemporalNavigationMode
from .level_switcher import LevelSwitcherDock
from .vernissage_tour import Station, StationTime

# Long enough to see where the map goes, short enough not to keep the crowd waiting.
FLIGHT_MS = 700
# A playing station shows each frame this long once it is drawn, then the next one.
FRAME_HOLD_MS = 1000


def iso(moment: QDateTime) -> str:
    """The controller's date/time as ISO text that keeps its time spec (``Z`` for UTC)."""
    return moment.toString(Qt.DateFormat.ISODate)


def from_iso(text: str) -> QDateTime:
    return QDateTime.fromString(text, Qt.DateFormat.ISODate)


def navigation(canvas: QgsMapCanvas) -> QgsTemporalNavigationObject:
    """The canvas's Temporal Controller (the desktop's dock drives a navigation object; a bare
    canvas gets one of its own, so stations with a time work there too)."""
    controller = canvas.temporalController()
    if isinstance(controller, QgsTemporalNavigationObject):
        return controller
    controller = QgsTemporalNavigationObject(canvas)
    canvas.setTemporalController(controller)
    return controller


def _groups(group: QgsLayerTreeGroup) -> list[QgsLayerTreeGroup]:
    found = []
    for child in group.children():
        if isinstance(child, QgsLayerTreeGroup):
            found.append(child)
            found.extend(_groups(child))
    return found


def hidden_by_scale(project: QgsProject, station: Station, scale: float) -> list[QgsMapLayer]:
    """The station's layers that QGIS does not draw at ``scale`` (1:scale): their scale range
    (Layer Properties ▸ Rendering) leaves it out, so the map shows nothing of them there."""
    layers = [project.mapLayer(layer_id) for layer_id in station.layers]
    return [layer for layer in layers
            if layer is not None and not layer.isInScaleRange(scale)]


def show_levels(project: QgsProject, station: Station) -> None:
    """The station's level per building on every floorplan layer of ``project`` (for a map
    without the level switcher: the handout and film of `make demo`)."""
    if station.levels:
        expression = level_expression(dict(station.levels))
        for layer in floorplan_layers(project):
            show_level(layer, expression)


class StationPlayer(QObject):
    """Reads a station from the map and shows one on it."""

    # Emitted when a station's flight has ended and everything is set (tests, presenter).
    arrived = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas, project: QgsProject,
                 level_switcher: LevelSwitcherDock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.project = project
        self.level_switcher = level_switcher
        self._flight = QVariantAnimation(self)
        self._flight.setStartValue(0.0)
        self._flight.setEndValue(1.0)
        self._flight.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._flight.valueChanged.connect(self._fly)
        self._flight.finished.connect(self._landed)
        self._from = QgsRectangle()
        self._to = QgsRectangle()
        self._pending: Station | None = None
        # The station shown last, once it has landed.
        self.shown: Station | None = None
        # Playing a time range: a frame is held once drawn, then the next one is asked for.
        # Not the Temporal Controller's own animation, which asks for the next frame every
        # second whether drawn or not: the occupancy of a quarter hour takes seconds to draw
        # on a slow laptop, so the crowd would see none of them.
        self._playing = False
        self._play_once_drawn = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(FRAME_HOLD_MS)
        self._hold.timeout.connect(self._next_frame)
        canvas.mapCanvasRefreshed.connect(self._drawn)

    # What a station remembers.

    def capture(self) -> Station:
        """The map as it is now, as a station without a caption."""
        extent = self.canvas.extent()
        root = self.project.layerTreeRoot()
        layers = {node.layerId(): node.layer().name() for node in root.findLayers()
                  if node.layer() is not None and node.isVisible()}
        station = Station(
            extent=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
            crs=self.canvas.mapSettings().destinationCrs().authid(),
            layers=layers,
            time=self._capture_time(),
        )
        if self.level_switcher is not None and self.level_switcher.choices:
            station.levels = list(self.level_switcher.choices.items())
            station.level_building = self.level_switcher.active_building
        return station

    def _capture_time(self) -> StationTime | None:
        controller = navigation(self.canvas)
        if controller.navigationMode() != TemporalNavigationMode.Animated:
            return None
        extents = controller.temporalExtents()
        frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
        return StationTime(frame=iso(frame.begin()), start=iso(extents.begin()),
                           end=iso(extents.end()),
                           step_minutes=controller.frameDuration().seconds() / 60.0)

    # Showing a station.

    def missing_layers(self, station: Station) -> list[str]:
        """The names of the station's layers that the project no longer has."""
        return [name for layer_id, name in station.layers.items()
                if self.project.mapLayer(layer_id) is None]

    def show(self, station: Station, animate: bool = True) -> list[str]:
        """Show ``station``: layers, level and time at once, then the flight to its extent
        (``arrived`` when it has landed). Returns the names of its missing layers: the rest of
        the station is shown all the same."""
        self._flight.stop()
        self.shown = None
        self._show_layers(station)
        self.show_levels(station)
        self._show_time(station)
        self._pending = station
        target = self._target_extent(station)
        if target is None or not animate or self.canvas.extent().isEmpty():
            if target is not None:
                self.canvas.setExtent(target)
            self._landed()
        else:
            self._from = QgsRectangle(self.canvas.extent())
            self._to = target
            self._flight.setDuration(FLIGHT_MS)
            self._flight.start()
        return self.missing_layers(station)

    def flying(self) -> bool:
        return self._flight.state() == QVariantAnimation.State.Running

    def _target_extent(self, station: Station) -> QgsRectangle | None:
        xmin, ymin, xmax, ymax = station.extent
        if xmax <= xmin or ymax <= ymin:
            return None
        extent = QgsRectangle(xmin, ymin, xmax, ymax)
        crs = QgsCoordinateReferenceSystem(station.crs) if station.crs else None
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        if crs is not None and crs.isValid() and crs != canvas_crs:
            transform = QgsCoordinateTransform(crs, canvas_crs, self.project)
            extent = transform.transformBoundingBox(extent)
        return extent

    def _fly(self, value: float) -> None:
        if self._to.isEmpty():
            return
        t = float(value)
        start, end = self._from, self._to
        self.canvas.setExtent(QgsRectangle(
            start.xMinimum() + (end.xMinimum() - start.xMinimum()) * t,
            start.yMinimum() + (end.yMinimum() - start.yMinimum()) * t,
            start.xMaximum() + (end.xMaximum() - start.xMaximum()) * t,
            start.yMaximum() + (end.yMaximum() - start.yMaximum()) * t))
        self.canvas.refresh()

    def _landed(self) -> None:
        if self._pending is None:
            return
        if not self._to.isEmpty():
            self.canvas.setExtent(self._to)
        self._to = QgsRectangle()
        station, self._pending = self._pending, None
        self.shown = station
        self.canvas.refresh()
        # A station that plays starts once its first frame is on the map.
        self._play_once_drawn = station.play and station.time is not None
        self.arrived.emit()

    def _show_layers(self, station: Station) -> None:
        root = self.project.layerTreeRoot()
        wanted = set(station.layers)
        for node in root.findLayers():
            node.setItemVisibilityChecked(node.layerId() in wanted)
        for group in _groups(root):
            group.setItemVisibilityChecked(
                any(node.layerId() in wanted for node in group.findLayers()))

    def show_levels(self, station: Station) -> None:
        """Show the station's level per building: through the level switcher (which then
        shows it too), else on the floorplan layers directly."""
        if not station.levels:
            return
        if self.level_switcher is None:
            show_levels(self.project, station)
            return
        for building, ordinal in station.levels:
            self.level_switcher.select_building(building)
            self.level_switcher.select_level(ordinal)
        self.level_switcher.select_building(station.level_building)

    def _show_time(self, station: Station) -> None:
        controller = navigation(self.canvas)
        self.pause()
        if station.time is None:
            controller.setNavigationMode(TemporalNavigationMode.NavigationOff)
            return
        time = station.time
        # Range and step first: switched on before them the controller shows (and announces)
        # a range without dates.
        controller.setTemporalExtents(
            QgsDateTimeRange(from_iso(time.start), from_iso(time.end), True, False))
        controller.setFrameDuration(QgsInterval(time.step_minutes * 60.0))
        controller.setNavigationMode(TemporalNavigationMode.Animated)
        controller.setCurrentFrameNumber(
            controller.findBestFrameNumberForFrameStart(from_iso(time.frame)))

    def playing(self) -> bool:
        """Whether the frames go on (the Temporal Controller's own animation counts too)."""
        return self._playing or \
            navigation(self.canvas).animationState() == AnimationState.Forward

    def play(self) -> None:
        """Go through the time range from the frame shown, each frame held once drawn."""
        controller = navigation(self.canvas)
        if controller.navigationMode() != TemporalNavigationMode.Animated:
            return
        controller.pause()
        self._playing = True
        if not self.canvas.isDrawing():
            self._hold.start()  # else once drawn (_drawn)

    def pause(self) -> None:
        navigation(self.canvas).pause()
        self._playing = self._play_once_drawn = False
        self._hold.stop()

    def toggle_play(self) -> None:
        """Play or pause the time range (the space bar at a station with a time)."""
        if self.playing() or self._play_once_drawn:
            self.pause()
        else:
            self.play()

    def _drawn(self) -> None:
        if self._play_once_drawn:
            self._play_once_drawn = False
            self.play()
        elif self._playing:
            self._hold.start()

    def _next_frame(self) -> None:
        """The next frame (the map redraws, then :meth:`_drawn`); at the end the day stops."""
        controller = navigation(self.canvas)
        if not self._playing or controller.navigationMode() != TemporalNavigationMode.Animated:
            self._playing = False
            return
        if controller.currentFrameNumber() >= controller.totalFrameCount() - 1:
            self._playing = False
            return
        controller.next()
