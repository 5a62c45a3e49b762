"""The live parking dock: choose a source and a store, then watch the sites fill up.

The list shows each site's free places and capacity, an occupancy bar and the age of its last
reading; sites whose reading is older than the threshold are greyed out. Refreshes run in the
background (:mod:`.parking_refresh`), so QGIS never freezes; after each one the project's
layers from that store are read again and repainted.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsAuthConfigSelect, QgsDockWidget, QgsFileWidget, QgsMessageBar
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..feeds.parking_fetch import FORMATS, format_label
from ..feeds.parking_store import StoreResult
from ..store import schema
from ..store.core import StoreError, open_store
from ..store.layers import LAYER_PROPERTY, reads_store, store_text
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import format_local, utc_now
from .parking_refresh import (
    MIN_INTERVAL_S,
    LiveRefresher,
    LiveSettings,
    SiteStatus,
    age_text,
    read_sites,
)

OBJECT_NAME = "HeilbronnParkingLive"
# How often the ages ("2 min ago") and stale marks are brought up to date between refreshes.
AGE_TICK_MS = 30_000
NAME, PLACES, OCCUPANCY, AGE = range(4)
STALE_COLOUR = QColor(140, 140, 140)


class ParkingLiveDock(QgsDockWidget):
    """Source and store settings, start/pause, and the list of sites from the store."""

    def __init__(self, project: QgsProject, message_bar: QgsMessageBar | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Live parking"), parent)
        self.setObjectName(OBJECT_NAME)
        self._project = project
        self._message_bar = message_bar
        self._sites: list[SiteStatus] = []
        self.refresher = LiveRefresher(self)
        self.refresher.started.connect(self._refresh_started)
        self.refresher.refreshed.connect(self._refreshed)
        self.refresher.warned.connect(self._warned)
        self.refresher.failed.connect(self._failed)
        self._ages = QTimer(self)
        self._ages.setInterval(AGE_TICK_MS)
        self._ages.timeout.connect(self._show_sites)
        self._build_ui()
        # The request timeout has no widget: an administrator may change it in the settings.
        self._timeout_s = LiveSettings.load().timeout_s
        self._show_settings(LiveSettings.load())
        # A project with a parking store (the demo) shows its sites here.
        self._project.readProject.connect(self._project_read)
        self._following_project = True
        self.use_project_store()
        self.reload_sites()

    # The public interface: what the buttons do, and what tests and scripts call.

    @property
    def sites(self) -> list[SiteStatus]:
        return list(self._sites)

    def settings(self) -> LiveSettings:
        """The settings as the widgets show them."""
        return LiveSettings(
            format=self.format_combo.currentData(), url=self.url_edit.text().strip(),
            second_url=self.second_edit.text().strip(), authcfg=self.auth_select.configId(),
            store=self.store_widget.filePath().strip(), interval_s=self.interval_spin.value(),
            stale_after_min=self.stale_spin.value(),
            timeout_s=self._timeout_s)

    def start(self) -> None:
        """Save the settings, refresh now and then at the interval."""
        settings = self.settings()
        settings.save()
        if self.refresher.start(settings):
            self._ages.start()
        self._update_buttons()
        self.reload_sites()

    def pause(self) -> None:
        """No more refreshes until *Start*; one under way still finishes."""
        self.refresher.pause()
        self.status_label.setText(tr("Paused."))
        self._update_buttons()

    def refresh_now(self) -> None:
        """One refresh now, whether running at the interval or paused."""
        settings = self.settings()
        problem = settings.problem()
        if problem:
            self._failed(problem)
            return
        self.refresher.settings = settings
        self.refresher.refresh_now()

    def reload_sites(self) -> None:
        """Read the sites from the store again and show them."""
        store = self.store_widget.filePath().strip()
        self._sites = read_sites(store) if store else []
        self._show_sites()

    def use_project_store(self) -> None:
        """Show the project's parking store (the GeoPackage or PostGIS store of its *Parking
        sites* layer), unless refreshes into a store are running."""
        store = project_parking_store(self._project)
        if store is not None and not self.refresher.running:
            self.store_widget.setFilePath(store)

    def shutdown(self) -> None:
        """Stop refreshing and cancel a refresh under way (the plugin unloads); once is
        enough, twice does no harm."""
        if self._following_project:
            self._project.readProject.disconnect(self._project_read)
            self._following_project = False
        self._ages.stop()
        self.refresher.shutdown()

    def _project_read(self, _document) -> None:
        self.use_project_store()

    # What a refresh brings.

    def _refresh_started(self) -> None:
        self.status_label.setText(tr("Refreshing…"))
        self.status_label.setStyleSheet("")

    def _refreshed(self, result: StoreResult) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(tr(
            "Refreshed at {time}: {sites} sites, {readings} new readings.").format(
                time=format_local(utc_now(), seconds=True, with_date=False),
                sites=result.sites_inserted + result.sites_updated,
                readings=result.readings_inserted))
        self.reload_sites()
        self._repaint_store_layers()

    def _warned(self, message: str) -> None:
        self.status_label.setText(f"{self.status_label.text()} {message}")
        if self._message_bar is not None:
            self._message_bar.pushMessage(tr("Live parking"), message,
                                          Qgis.MessageLevel.Info, 10)

    def _failed(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #b2182b;")
        self.status_label.setText(message)
        if self._message_bar is not None:
            self._message_bar.pushMessage(tr("Live parking"), message,
                                          Qgis.MessageLevel.Warning, 10)
        self._update_buttons()

    def _repaint_store_layers(self) -> None:
        """Read the project's layers from this store again (features, extent) and redraw."""
        try:
            store = open_store(self.store_widget.filePath().strip())
        except StoreError:
            return
        for layer in self._project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and reads_store(layer, store):
                layer.reload()
                layer.triggerRepaint()

    # The widgets.

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.format_combo = QComboBox(body)
        for code in FORMATS:
            self.format_combo.addItem(format_label(code), code)
        self.format_combo.setToolTip(tr("The format of the source; “Detect from the data” "
                                        "reads it from the first answer."))
        self.url_edit = QLineEdit(body)
        self.url_edit.setPlaceholderText("https://…")
        self.url_edit.setToolTip(tr("Address (or file) of the parking data."))
        self.second_edit = QLineEdit(body)
        self.second_edit.setToolTip(tr("GOLDBECK occupancies or the DATEX II table; leave "
                                       "empty for the other formats."))
        self.auth_select = QgsAuthConfigSelect(body)
        self.auth_select.setToolTip(tr("An API key from the QGIS authentication database; "
                                       "it is never stored in plain settings."))
        self.store_widget = QgsFileWidget(body)
        self.store_widget.setToolTip(tr(
            "A GeoPackage, or a shared PostGIS store: type the name of a PostgreSQL connection "
            "saved in QGIS or service=<name> (optionally schema=<name>)."))
        self.store_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.store_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.store_widget.fileChanged.connect(lambda _path: self.reload_sites())
        self.interval_spin = QSpinBox(body)
        self.interval_spin.setRange(MIN_INTERVAL_S, 24 * 3600)
        self.interval_spin.setSuffix(tr(" s"))
        self.stale_spin = QSpinBox(body)
        self.stale_spin.setRange(1, 7 * 24 * 60)
        self.stale_spin.setSuffix(tr(" min"))
        self.stale_spin.setToolTip(tr("Sites whose last reading is older are greyed out."))
        self.stale_spin.valueChanged.connect(lambda _value: self._show_sites())
        form.addRow(tr("Format"), self.format_combo)
        form.addRow(tr("Address"), self.url_edit)
        form.addRow(tr("Second address"), self.second_edit)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Store"), self.store_widget)
        form.addRow(tr("Refresh every"), self.interval_spin)
        form.addRow(tr("Stale after"), self.stale_spin)
        self.start_button = QPushButton(tr("Start"), body)
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.pause_button = QPushButton(tr("Pause"), body)
        self.pause_button.clicked.connect(lambda _checked=False: self.pause())
        self.refresh_button = QPushButton(tr("Refresh now"), body)
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh_now())
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.refresh_button):
            buttons.addWidget(button)
        self.status_label = QLabel(tr("Not started."), body)
        self.status_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, body)
        self.table.setObjectName("HeilbronnParkingLiveSites")
        self.table.setHorizontalHeaderLabels(
            [tr("Site"), tr("Free / capacity"), tr("Occupancy"), tr("Last reading")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self._update_buttons()

    def _show_settings(self, settings: LiveSettings) -> None:
        index = self.format_combo.findData(settings.format)
        self.format_combo.setCurrentIndex(max(index, 0))
        self.url_edit.setText(settings.url)
        self.second_edit.setText(settings.second_url)
        self.auth_select.setConfigId(settings.authcfg)
        self.store_widget.setFilePath(settings.store)
        self.interval_spin.setValue(settings.interval_s)
        self.stale_spin.setValue(settings.stale_after_min)

    def _update_buttons(self) -> None:
        running = self.refresher.running
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)

    def _show_sites(self) -> None:
        now = utc_now()
        threshold = self.stale_spin.value()
        self.table.setRowCount(len(self._sites))
        for row, site in enumerate(self._sites):
            stale = site.is_stale(now, threshold)
            places = f"{_number(site.free)} / {_number(site.capacity)}"
            tip = tr("Last reading older than {minutes} min.").format(minutes=threshold) \
                if stale else ""
            for column, text in ((NAME, site.name), (PLACES, places),
                                 (AGE, age_text(site.age_s(now)))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, site.site_id)
                # The age's tooltip is the reading's time on Heilbronn's clock.
                item.setToolTip(tip or (format_local(site.observed, seconds=True)
                                        if column == AGE and site.observed else text))
                if stale:
                    item.setForeground(QBrush(STALE_COLOUR))
                if column == PLACES:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, OCCUPANCY, _occupancy_bar(site, stale))


def project_parking_store(project: QgsProject) -> str | None:
    """The store (GeoPackage or PostGIS, as a STORE text) of the project's *Parking sites*
    store layer, if it has one."""
    for layer in project.mapLayers().values():
        if layer.customProperty(LAYER_PROPERTY) == schema.PARKING_SITES.name:
            store = store_text(layer)
            if store is not None:
                return store
    return None


def _number(value: int | None) -> str:
    return "–" if value is None else str(value)


def _occupancy_bar(site: SiteStatus, stale: bool) -> QProgressBar:
    """Share of places taken, green → yellow → red as on the map; empty without data."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(True)
    if site.occupancy is None:
        bar.setValue(0)
        bar.setFormat(tr("no data"))
        return bar
    percent = round(site.occupancy * 100)
    bar.setValue(percent)
    bar.setFormat(f"{percent} %")
    colour = "#1a9850" if percent < 50 else "#fee04c" if percent < 75 else \
        "#fd8d3c" if percent < 90 else "#d73027"
    if stale:
        colour = STALE_COLOUR.name()
    bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
    return bar
