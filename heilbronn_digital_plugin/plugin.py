"""The object QGIS loads: Processing provider, menu, toolbar and translator."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject, QgsProjectDirtyBlocker
from qgis.gui import QgisInterface
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDockWidget

from ..processing_algs.provider import HeilbronnProvider
from .gui.demo_data import add_heilbronn_layers, load_demo_project
from .gui.demo_project import ReadyToShow
from .gui.help import HelpDialog
from .gui.import_reports import (
    FLOORPLAN_ALGORITHM_ID,
    PUBLISH_ALGORITHM_ID,
    open_algorithm_dialog,
    open_import_dialog,
)
from .gui.level_switcher import LevelSwitcherDock
from .gui.menu import MenuEntry, PluginMenu
from .gui.opendata_server import OpenDataServerDialog
from .gui.parking_live import ParkingLiveDock
from .gui.toolbox import show_algorithms
from .gui.vernissage import VernissageDock
from .store.layers import LAYER_PROPERTY, fit_frame_filters
from .toolbelt.field_aliases import set_field_aliases
from .toolbelt.i18n import tr
from .toolbelt.log import log
from .toolbelt.paths import ICON
from .toolbelt.tasks import cancel_our_tasks, end_idle_worker_threads
from .toolbelt.translation import install_translator, remove_translator


def _label_store_fields(*_document) -> None:
    """The store layers' field aliases in the language QGIS runs in now."""
    project = QgsProject.instance()
    blocker = QgsProjectDirtyBlocker(project)
    for layer in project.mapLayers().values():
        if layer.customProperty(LAYER_PROPERTY):
            set_field_aliases(layer)
    del blocker


class HeilbronnDigitalPlugin:
    """Desktop QGIS calls ``initGui``; qgis_process (iface ``None``) only ``initProcessing``."""

    def __init__(self, iface: QgisInterface | None) -> None:
        self.iface = iface
        # Before any tr() text exists: provider, menu and action names are made later.
        self._translator = install_translator()
        self.provider: HeilbronnProvider | None = None
        self.menu: PluginMenu | None = None
        self.level_switcher: LevelSwitcherDock | None = None
        self.parking_live: ParkingLiveDock | None = None
        self.ready_to_show: ReadyToShow | None = None
        self.opendata_server: OpenDataServerDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.vernissage: VernissageDock | None = None
        self._fits_frames = False

    def initProcessing(self) -> None:
        """Register the ``heilbronn`` Processing provider (once)."""
        if self.provider is None:
            provider = HeilbronnProvider()
            # Refused when another copy of the plugin has registered "heilbronn" already; that
            # one stays, and unload() must not take it away by its id.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self) -> None:
        """Add the provider, the *Heilbronn Digital* menu, its toolbar and the level switcher."""
        self.initProcessing()
        if self.iface is not None and self.menu is None:
            self.menu = PluginMenu(self.iface, self._entries(self.iface))
            # A saved project keeps the aliases of the language it was saved in.
            QgsProject.instance().readProject.connect(_label_store_fields)
        if self.iface is not None and self.level_switcher is None:
            # In View ▸ Panels; it shows itself when the project has floorplan layers.
            self.level_switcher = LevelSwitcherDock(QgsProject.instance(), self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.level_switcher)
            self.level_switcher.hide()
            self.level_switcher.refresh()
        if self.iface is not None and self.parking_live is None:
            # Hidden until *Live parking…*; it refreshes only after the user presses Start.
            self.parking_live = ParkingLiveDock(QgsProject.instance(), self.iface.messageBar(),
                                                self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.parking_live)
            self.parking_live.hide()
        if self.iface is not None and self.vernissage is None:
            # The trainer's tour: hidden until *Vernissage*.
            self.vernissage = VernissageDock(self.iface.mapCanvas(), QgsProject.instance(),
                                             self.level_switcher, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.vernissage)
            self.vernissage.hide()
        if self.iface is not None and not self._fits_frames:
            # Before the canvas draws a frame: QGIS's temporal filter misses the hour the
            # machine's clock skips (store.layers.fit_frame_filters).
            self.iface.mapCanvas().temporalRangeChanged.connect(self._fit_frame_filters)
            self._fits_frames = True
        if self.iface is not None and self.ready_to_show is None:
            # A project that asks for it (the demo) opens on the inner city, its day playing.
            self.ready_to_show = ReadyToShow(self.iface)

    def _fit_frame_filters(self) -> None:
        fit_frame_filters(QgsProject.instance(), self.iface.mapCanvas().temporalRange())

    def unload(self) -> None:
        """Remove everything ``initGui`` and ``initProcessing`` added, and the translator."""
        if self._fits_frames:
            self.iface.mapCanvas().temporalRangeChanged.disconnect(self._fit_frame_filters)
            self._fits_frames = False
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
            self.help_dialog = None
        if self.vernissage is not None:
            self.vernissage.detach()
            self.iface.removeDockWidget(self.vernissage)
            self.vernissage.deleteLater()
            self.vernissage = None
        if self.ready_to_show is not None:
            self.ready_to_show.detach()
            self.ready_to_show.deleteLater()
            self.ready_to_show = None
        if self.level_switcher is not None:
            self.level_switcher.detach()
            self.iface.removeDockWidget(self.level_switcher)
            self.level_switcher.deleteLater()
            self.level_switcher = None
        if self.parking_live is not None:
            self.parking_live.shutdown()
            self.iface.removeDockWidget(self.parking_live)
            self.parking_live.deleteLater()
            self.parking_live = None
        if self.opendata_server is not None:
            # The hackathon server is a process of its own: it must not outlive QGIS.
            self.opendata_server.stop()
            self.opendata_server.close()
            self.opendata_server.deleteLater()
            self.opendata_server = None
        # No task of ours may outlive the plugin's code: canceled, and waited for (briefly).
        running = cancel_our_tasks()
        if running:
            log(tr("These tasks did not end when the plugin unloaded: {tasks}").format(
                tasks=", ".join(running)), Qgis.MessageLevel.Warning)
        end_idle_worker_threads()
        if self.menu is not None:
            QgsProject.instance().readProject.disconnect(_label_store_fields)
            self.menu.remove()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self._translator)
        self._translator = None

    def _serve_open_data(self) -> None:
        """Show the hackathon server window (one for the session: it owns the server)."""
        if self.opendata_server is None:
            self.opendata_server = OpenDataServerDialog(self.iface.mainWindow())
        self.opendata_server.show()
        self.opendata_server.raise_()

    def _show_help(self) -> None:
        """Show the user guide (one window for the session, not modal: it can stay open
        beside the map)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.iface.mainWindow())
        self.help_dialog.show()
        self.help_dialog.raise_()

    @staticmethod
    def _show(dock: QDockWidget | None) -> None:
        if dock is not None:
            dock.show()
            dock.raise_()

    def _entries(self, iface: QgisInterface) -> list[MenuEntry]:
        return [
            MenuEntry(
                "mActionHeilbronnLoadDemoProject",
                tr("Load Heilbronn demo project"),
                tr(
                    "Open the Heilbronn demo project in place of the current one "
                    "(QGIS asks first whether to save unsaved changes)."
                ),
                QIcon(str(ICON)),
                lambda: load_demo_project(iface),
            ),
            MenuEntry(
                "mActionHeilbronnAddLayers",
                tr("Add Heilbronn layers"),
                tr(
                    "Add the styled Heilbronn demo layers to the current project, "
                    "one group per topic."
                ),
                QgsApplication.getThemeIcon("/mActionAddGeoPackageLayer.svg"),
                lambda: add_heilbronn_layers(iface),
            ),
            MenuEntry(
                "mActionHeilbronnImportReports",
                tr("Import citizen reports (Open311)…"),
                tr("Import or update citizen reports from an Open311 server or a saved "
                   "response into a GeoPackage, in the background."),
                QgsApplication.getThemeIcon("/mActionAddLayer.svg"),
                lambda: open_import_dialog(iface),
            ),
            MenuEntry(
                "mActionHeilbronnImportFloorplan",
                tr("Import floorplan…"),
                tr("Import a building floorplan (IMDF, OpenStreetMap indoor or a CAD export) "
                   "into a GeoPackage, in the background."),
                QgsApplication.getThemeIcon("/mActionAddOgrLayer.svg"),
                lambda: open_algorithm_dialog(iface, FLOORPLAN_ALGORITHM_ID),
            ),
            MenuEntry(
                "mActionHeilbronnLevelSwitcher",
                tr("Level switcher"),
                tr("Show the panel that shows one level of a building at a time on every "
                   "floorplan layer."),
                QgsApplication.getThemeIcon("/mActionArrowUp.svg"),
                lambda: self._show(self.level_switcher),
            ),
            MenuEntry(
                "mActionHeilbronnParkingLive",
                tr("Live parking…"),
                tr("Show the occupancy of parking sites from a live feed, refreshed in the "
                   "background."),
                QgsApplication.getThemeIcon("/mActionRefresh.svg"),
                lambda: self._show(self.parking_live),
            ),
            MenuEntry(
                "mActionHeilbronnVernissage",
                tr("Vernissage (guided tour)…"),
                tr("Show the panel of the project's guided tour: stations with captions, "
                   "presented full screen with a clicker."),
                QgsApplication.getThemeIcon("/mLayoutItemMap.svg"),
                lambda: self._show(self.vernissage),
            ),
            MenuEntry(
                "mActionHeilbronnPublishOpenData",
                tr("Publish as open data…"),
                tr("Publish citizen reports, parking and floorplans from a store as open data "
                   "(privacy rules applied, DCAT-AP.de metadata), in the background."),
                QgsApplication.getThemeIcon("/mActionFileSaveAs.svg"),
                lambda: open_algorithm_dialog(iface, PUBLISH_ALGORITHM_ID),
            ),
            MenuEntry(
                "mActionHeilbronnServeOpenData",
                tr("Serve open data to a hackathon…"),
                tr("Serve a publication on this computer with QGIS Server: OGC API – "
                   "Features, landing page and DCAT-AP.de catalogue."),
                QgsApplication.getThemeIcon("/mIconWms.svg"),
                self._serve_open_data,
            ),
            MenuEntry(
                "mActionHeilbronnAlgorithms",
                tr("Open the Heilbronn Digital algorithms"),
                tr("Show the Heilbronn Digital algorithms in the Processing toolbox."),
                QgsApplication.getThemeIcon("/processingAlgorithm.svg"),
                lambda: show_algorithms(iface),
            ),
            MenuEntry(
                "mActionHeilbronnHelp",
                tr("Help"),
                tr("Show the Heilbronn Digital documentation (also offline)."),
                QgsApplication.getThemeIcon("/mActionHelpContents.svg"),
                self._show_help,
            ),
        ]
