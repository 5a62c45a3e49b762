"""The demo project, ready to show: what sample_data/build_sample_data.py writes into it, and
what the plugin does when it opens.

A project entry (:func:`mark_ready_to_show`) asks the plugin, whenever such a project is read
(:class:`ReadyToShow`; the demo project, however it is opened), to

- **open on the inner city** (the project's default view; QGIS itself zooms a fresh window out
  to every layer);
- **play its day**: the Temporal Controller docked and shown, animating, on the first frame;
  a clock on the map (QGIS's title decoration) shows the frame's time on Heilbronn's clock
  (see :mod:`..toolbelt.time_expressions`), a credit line the data's sources;
- **speak the user's language** (:func:`localise`): the layer and group names *Add Heilbronn
  layers* gives, the styles' legends, labels and map tips, and the clock's words (the project
  is written in German).

Zoomed out, the 5,000 reports are a heatmap ("Reports (density)"); from 1:8,000 on, dots by
category (:func:`add_reports_density`).
"""

from __future__ import annotations

from qgis.core import (
    QgsExpressionContextUtils,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsHeatmapRenderer,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.gui import QgisInterface
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget
from qgis.PyQt.QtXml import QDomDocument

from ..store.layers import LAYER_PROPERTY, REPORTS, TOPIC_PROPERTY, layer_title, topic_title
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import RenderUnit, TemporalNavigationMode
from ..toolbelt.style_language import localise_style
from ..toolbelt.time_expressions import clock_label
from ..toolbelt.translation import ui_language

SCOPE = "heilbronn_digital"
READY_TO_SHOW = "ready_to_show/enabled"
FIRST_FRAME = "ready_to_show/first_frame"
# The project variable the clock reads its language from (@heilbronn_digital_language).
LANGUAGE_VARIABLE = "heilbronn_digital_language"
# QGIS's title decoration (View ▸ Decorations ▸ Title Label) and its project entries.
CLOCK = "TitleLabel"
CLOCK_TOP_RIGHT = 2
DEMO_LAYER_PROPERTY = "heilbronn_digital/demo_layer"
DENSITY, HOT_SPOTS, DESTINATIONS = "reports_density", "hotspots", "destinations"
# The scale from which the reports are dots; zoomed out further they are a heatmap.
DOTS_FROM_SCALE = 8000
DENSITY_RADIUS_M = 90
# QGIS's own names of the Temporal Controller's dock and its animation button (3.22 to 3.44).
TEMPORAL_DOCK = "Temporal Controller"
ANIMATED_BUTTON = "mNavigationAnimated"
# Tall enough for its two rows of buttons, so the map keeps the room.
TEMPORAL_DOCK_HEIGHT = 110


def demo_layer_title(key: str) -> str:
    """The name of a demo layer that is not a store layer, in the user's language."""
    if key == HOT_SPOTS:
        return f"{tr('Hot spots')}: {topic_title(REPORTS)}"
    if key == DESTINATIONS:
        # Imported on use: the algorithms' module is not needed to name the other layers.
        from ...processing_algs.parking_search_inputs import destinations_title

        return destinations_title()
    return tr("Reports (density)")


def mark_ready_to_show(project: QgsProject, first_frame: int) -> None:
    """Ask the plugin to open the project ready to show (see the module), playing its time
    range from ``first_frame``; put a clock on the map (top right, white box)."""
    project.writeEntry(SCOPE, READY_TO_SHOW, True)
    project.writeEntry(SCOPE, FIRST_FRAME, first_frame)
    QgsExpressionContextUtils.setProjectVariable(project, LANGUAGE_VARIABLE, "de")
    project.writeEntry(CLOCK, "/Enabled", True)
    project.writeEntry(CLOCK, "/Label", clock_label())
    project.writeEntry(CLOCK, "/Placement", CLOCK_TOP_RIGHT)
    project.writeEntry(CLOCK, "/BackgroundColor", "255,255,255,215")
    project.writeEntry(CLOCK, "/MarginH", 1)
    project.writeEntry(CLOCK, "/MarginV", 1)
    project.writeEntry(CLOCK, "/Font", decoration_font(13, bold=True))


def map_credit() -> str:
    """The credit line on the map (QGIS's copyright decoration, which reads expressions like
    the clock): in the clock's language, the project variable :data:`LANGUAGE_VARIABLE`."""
    german = ("© Stadt Heilbronn (CC BY 4.0) · © OpenStreetMap (ODbL) · Parkhäuser: "
              "SWHN/GOLDBECK via ParkAPI · übrige Daten synthetisch")
    english = ("© City of Heilbronn (CC BY 4.0) · © OpenStreetMap (ODbL) · Car parks: "
               "SWHN/GOLDBECK via ParkAPI · other data synthetic")
    return (f"[% if(coalesce(@{LANGUAGE_VARIABLE}, 'de') = 'de', '{german}', "
            f"'{english}') %]")


def decoration_font(size: float, bold: bool = False) -> str:
    """The text format of a QGIS map decoration, as its project entry ``/Font`` holds it."""
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(34, 34, 34))
    document = QDomDocument()
    document.appendChild(text.writeXml(document, QgsReadWriteContext()))
    return document.toString()


def add_reports_density(project: QgsProject) -> QgsVectorLayer:
    """The reports as a heatmap below ``DOTS_FROM_SCALE``, the dots from there on; neither
    follows the Temporal Controller (the demo plays a parking day, and the reports of one
    quarter hour would be none)."""
    (reports,) = [layer for layer in project.mapLayers().values()
                  if layer.customProperty(LAYER_PROPERTY) == "citizen_reports"]
    reports.temporalProperties().setIsActive(False)
    reports.setScaleBasedVisibility(True)
    reports.setMinimumScale(DOTS_FROM_SCALE)  # the most zoomed-out scale with dots
    density = QgsVectorLayer(reports.source(), demo_layer_title(DENSITY), "ogr")
    density.setCustomProperty(DEMO_LAYER_PROPERTY, DENSITY)
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(DENSITY_RADIUS_M)
    renderer.setRadiusUnit(RenderUnit.MapUnits)
    ramp = QgsGradientColorRamp(QColor(255, 255, 178, 0), QColor(189, 0, 38, 230))
    ramp.setStops([QgsGradientStop(0.15, QColor(254, 217, 118, 140)),
                   QgsGradientStop(0.4, QColor(253, 141, 60, 190)),
                   QgsGradientStop(0.7, QColor(240, 59, 32, 215))])
    renderer.setColorRamp(ramp)
    density.setRenderer(renderer)
    density.setScaleBasedVisibility(True)
    density.setMaximumScale(DOTS_FROM_SCALE)  # the most zoomed-in scale with the heatmap
    density.setMetadata(reports.metadata())
    project.addMapLayer(density, False)
    group = project.layerTreeRoot().findGroup(topic_title(REPORTS))
    position = [child.layer() for child in group.children()
                if isinstance(child, QgsLayerTreeLayer)].index(reports) + 1
    group.insertChildNode(position, QgsLayerTreeLayer(density))
    return density


def localise(project: QgsProject) -> None:
    """Give the project's Heilbronn layers and groups their names in the language QGIS runs
    in (the names *Add Heilbronn layers* gives), their legends, labels and map tips too, and
    the clock its language, without marking the project as changed."""
    dirty = project.isDirty()
    QgsExpressionContextUtils.setProjectVariable(project, LANGUAGE_VARIABLE, ui_language())
    for layer in project.mapLayers().values():
        store_name = layer.customProperty(LAYER_PROPERTY)
        demo_key = layer.customProperty(DEMO_LAYER_PROPERTY)
        if store_name:
            layer.setName(layer_title(store_name))
        elif demo_key:
            layer.setName(demo_layer_title(demo_key))
        if store_name or demo_key:
            localise_style(layer)
    for group in project.layerTreeRoot().findGroups(True):
        topic = group.customProperty(TOPIC_PROPERTY)
        if isinstance(group, QgsLayerTreeGroup) and topic:
            group.setName(topic_title(topic))
    project.setDirty(dirty)


class ReadyToShow(QObject):
    """Opens a project that asks for it ready to show: inner city, language, day playing."""

    def __init__(self, iface: QgisInterface) -> None:
        super().__init__(iface.mainWindow())
        self._iface = iface
        QgsProject.instance().readProject.connect(self._project_read)

    def detach(self) -> None:
        QgsProject.instance().readProject.disconnect(self._project_read)

    def _project_read(self, _document) -> None:
        enabled, _found = QgsProject.instance().readBoolEntry(SCOPE, READY_TO_SHOW, False)
        # After QGIS has read the project into the canvas and the Temporal Controller.
        QTimer.singleShot(0, self.apply if enabled else self.localise_styles)

    @staticmethod
    def localise_styles() -> None:
        """Any project: the legends, labels and map tips of the plugin's layers in the
        language QGIS runs in (a colleague saved the project with QGIS in German), without
        marking the project as changed; layer names stay as the project has them."""
        project = QgsProject.instance()
        dirty = project.isDirty()
        for layer in project.mapLayers().values():
            if layer.customProperty(LAYER_PROPERTY) or \
                    layer.customProperty(DEMO_LAYER_PROPERTY):
                localise_style(layer)
        project.setDirty(dirty)

    def apply(self) -> None:
        project = QgsProject.instance()
        dirty = project.isDirty()
        localise(project)
        view = project.viewSettings().defaultViewExtent()
        if not view.isEmpty():
            self._iface.mapCanvas().setReferencedExtent(view)
        frame, _found = project.readNumEntry(SCOPE, FIRST_FRAME, 0)
        self.play(frame)
        project.setDirty(dirty)

    def play(self, frame: int) -> None:
        """Dock and show the Temporal Controller, animate, stand on ``frame``."""
        window = self._iface.mainWindow()
        dock = window.findChild(QDockWidget, TEMPORAL_DOCK)
        navigation = self._iface.mapCanvas().temporalController()
        if dock is not None:
            if window.dockWidgetArea(dock) != Qt.DockWidgetArea.BottomDockWidgetArea:
                window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.show()
            dock.raise_()
            button = dock.findChild(QAbstractButton, ANIMATED_BUTTON)
            if button is not None:
                button.click()
            window.resizeDocks([dock], [TEMPORAL_DOCK_HEIGHT], Qt.Orientation.Vertical)
        # A canvas outside the desktop (tests) has a controller that cannot animate.
        if navigation is not None and hasattr(navigation, "setNavigationMode"):
            if navigation.navigationMode() != TemporalNavigationMode.Animated:
                navigation.setNavigationMode(TemporalNavigationMode.Animated)
            navigation.setCurrentFrameNumber(frame)
