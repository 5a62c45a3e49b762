"""„Was wäre, wenn…“ live: a parking what-if for a crowd, in a few clicks.

The trainer picks a parking site (from the list or on the map), sets spaces added or removed
(or closes it), the share of drivers using parking guidance and the day and hour (Heilbronn
time), and presses *Berechnen*. In the background (progress bar, *Abbrechen*) the same engine
as ``heilbronn:parkingsearchtraffic`` — read once per hour shown, then evaluated per what-if —
gives the search traffic before and after: the map shows the difference per street segment
(less search green, more red) and a card the rounded numbers. *Zurücksetzen* returns to the
baseline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLineString,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsMapCanvas, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...processing_algs.parking_search_traffic import TOLERANCE, Prepared, prepare_what_if
from ..analysis.parking_search import SearchSummary
from ..analysis.parking_search_model import Scenario, Settings
from ..analysis.progress import Canceled
from ..store.layers import LAYER_PROPERTY
from ..toolbelt.i18n import tr
from ..toolbelt.local_time import local_to_utc
from ..toolbelt.numbers import local_number
from ..toolbelt.qgis_compat import FieldType
from ..toolbelt.tasks import PluginTask
from ..toolbelt.translation import ui_language
from .vernissage_demo import difference_renderer
from .vernissage_tour import Caption

OBJECT_NAME = "HeilbronnWhatIf"
DESTINATIONS = "parking_destinations"
PROFILES = "parking_destination_profiles"
# A click on the map picks the nearest site within this many pixels.
PICK_PX = 30
ON_STREET = "on_street"  # parking_sites.site_type of street bays
# Where a what-if saved as a station keeps its map, beside the project.
WHAT_IF_STORE = "vernissage_what_if.gpkg"


@dataclass(frozen=True)
class WhatIfInput:
    """What the trainer set: one site's change (or closing it), guidance, day and hour."""

    site: str | None
    change: int
    close: bool
    guidance_percent: int
    day: date
    hour: int
    # Street-parking sites whose bays are removed (clicked on the map).
    removed_bays: frozenset[str] = frozenset()

    def is_empty(self) -> bool:
        return (self.site is None or (self.change == 0 and not self.close)) \
            and self.guidance_percent == 0 and not self.removed_bays

    def window(self) -> tuple[str, str]:
        """The hour as UTC ISO text: the day and hour are Heilbronn's clock."""
        start = datetime(self.day.year, self.day.month, self.day.day, self.hour)
        return tuple(local_to_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")
                     for moment in (start, start + timedelta(hours=1)))

    def scenario(self) -> Scenario:
        changes = {self.site: float(self.change)} if self.site and not self.close else {}
        closed = frozenset({self.site}) if self.site and self.close else frozenset()
        return Scenario(changes, closed | self.removed_bays, self.guidance_percent / 100.0)


@dataclass(frozen=True)
class Card:
    """The numbers the card shows: baseline and what-if."""

    before: SearchSummary
    after: SearchSummary

    def lines(self) -> list[str]:
        """Rounded, in the language QGIS shows (German: 1.234,5)."""
        before, after = self.before, self.after
        change = (after.total_vehicle_km_h / before.total_vehicle_km_h - 1.0) * 100.0 \
            if before.total_vehicle_km_h > 0 else 0.0
        return [
            tr("Search traffic: {before} → {after} vehicle-km per hour ({change} %)").format(
                before=local_number(before.total_vehicle_km_h, ".0f"),
                after=local_number(after.total_vehicle_km_h, ".0f"),
                change=local_number(change, "+.0f")),
            tr("Mean search time: {before} → {after} min").format(
                before=minutes_seconds(before.mean_search_min),
                after=minutes_seconds(after.mean_search_min)),
            tr("Searching longer than 5 minutes: {before} % → {after} %").format(
                before=local_number(before.share_over_5_min * 100.0, ".0f"),
                after=local_number(after.share_over_5_min * 100.0, ".0f")),
            tr("CO₂: {before} → {after} kg per hour").format(
                before=local_number(before.co2_kg_h, ".0f"),
                after=local_number(after.co2_kg_h, ".0f")),
        ]


def _table_name(what_if: WhatIfInput) -> str:
    """A GeoPackage table per what-if, e.g. what_if_goldbeck_2141_p200_g50_20251118_11."""
    site = re.sub(r"[^a-z0-9]+", "_", (what_if.site or "none").lower()).strip("_")
    change = "closed" if what_if.close else f"{'p' if what_if.change >= 0 else 'm'}" \
        f"{abs(what_if.change)}"
    bays = f"_b{len(what_if.removed_bays)}" if what_if.removed_bays else ""
    return (f"what_if_{site}_{change}{bays}_g{what_if.guidance_percent}_"
            f"{what_if.day:%Y%m%d}_{what_if.hour:02d}")


def minutes_seconds(minutes: float) -> str:
    """3.75 → "3:45"."""
    seconds = int(round(minutes * 60.0))
    return f"{seconds // 60}:{seconds % 60:02d}"


def project_parameters(project: QgsProject) -> dict | None:
    """heilbronn:parkingsearchtraffic's inputs from the project's layers (the store's streets,
    sites and readings; destinations and their profiles when the store has them)."""
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in project.mapLayers().values() if layer.customProperty(LAYER_PROPERTY)}
    if not all(key in layers for key in ("streets", "parking_sites", "parking_occupancy")):
        return None
    parameters = {"STREETS": layers["streets"].source(),
                  "SITES": layers["parking_sites"].source(),
                  "OCCUPANCY": layers["parking_occupancy"].source()}
    store = layers["parking_sites"].source().split("|")[0]
    for key, table in (("DESTINATIONS", DESTINATIONS), ("PROFILES", PROFILES)):
        candidate = QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
        if candidate.isValid() and candidate.featureCount() > 0:
            parameters[key] = candidate.source()
    return parameters


class _Progress:
    """The engine's progress protocol over a task."""

    def __init__(self, task: PluginTask) -> None:
        self.task = task

    def setProgress(self, value: float) -> None:
        self.task.setProgress(20.0 + 0.8 * value)

    def isCanceled(self) -> bool:
        return self.task.isCanceled()


class WhatIfTask(PluginTask):
    """Reads the hour (unless it is read already) and evaluates the what-if."""

    def __init__(self, parameters: dict, what_if: WhatIfInput,
                 prepared: Prepared | None) -> None:
        super().__init__(tr("Parking what-if"))
        self.parameters, self.input, self.prepared = parameters, what_if, prepared
        self.feedback = QgsProcessingFeedback()
        self.result = None
        self.error = ""

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        try:
            if self.prepared is None:
                self.prepared = prepare_what_if(self.parameters, feedback=self.feedback)
            if self.isCanceled():
                return False
            self.setProgress(20.0)
            options = self.prepared.options
            settings = Settings(simulate=options.simulate, seed=options.seed,
                                tolerance=TOLERANCE, co2_g_per_km=options.co2_g_per_km)
            self.result = self.prepared.model.evaluate(
                self.prepared.demand, Scenario(guidance_share=options.guidance),
                self.input.scenario(), settings, _Progress(self))
        except Canceled:
            return False
        except Exception as error:  # noqa: BLE001 - the message goes to the panel
            self.error = str(error)
            return False
        return not self.isCanceled()


class WhatIfDock(QgsDockWidget):
    """The what-if panel; :meth:`calculate` and :meth:`reset` are what its buttons do."""

    def __init__(self, canvas: QgsMapCanvas, project: QgsProject,
                 add_station: Callable[[dict[str, Caption]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("What if…"), parent)
        self.setObjectName(OBJECT_NAME)
        self.canvas, self.project = canvas, project
        self._add_station = add_station
        self.task: WhatIfTask | None = None
        self.task_parameters: dict = {}
        self.card: Card | None = None
        self._layer_id = ""
        self._prepared: dict[tuple, Prepared] = {}
        self._build_ui()
        self.reload_sites()

    @property
    def layer(self) -> QgsVectorLayer | None:
        """The map of the last what-if, while the project has it."""
        return self.project.mapLayer(self._layer_id) if self._layer_id else None

    # What the buttons do.

    def reload_sites(self) -> None:
        """The project's parking sites in the list, by name."""
        self.site_combo.clear()
        self.site_combo.addItem(tr("(no site)"), None)
        layer = self._sites_layer()
        if layer is None:
            return
        features = [f for f in layer.getFeatures() if f.hasGeometry()]
        sites = sorted((str(f["name"]), str(f["site_id"]), f.geometry().asPoint())
                       for f in features)
        self._site_points = {site: point for _name, site, point in sites}
        self._site_types = {str(f["site_id"]): f["site_type"] for f in features}
        self._capacities = {str(f["site_id"]): f["capacity"] or 0 for f in features}
        for name, site, _point in sites:
            self.site_combo.addItem(name, site)

    def current_input(self) -> WhatIfInput:
        day = self.day_edit.date()
        return WhatIfInput(self.site_combo.currentData(), self.change_spin.value(),
                           self.close_box.isChecked(), self.guidance_slider.value(),
                           date(day.year(), day.month(), day.day()), self.hour_spin.value(),
                           frozenset(self.removed_bays))

    def calculate(self) -> WhatIfTask | None:
        """Evaluate the what-if in the background; the card and the map follow."""
        what_if = self.current_input()
        if what_if.is_empty():
            self._say(tr("Pick a parking site (in the list or on the map) and add or remove "
                         "spaces or close it, remove street bays on the map, or set a share "
                         "of drivers using parking guidance."))
            return None
        parameters = project_parameters(self.project)
        if parameters is None:
            self._say(tr("The project has no streets, parking sites and occupancy readings "
                         "of a store: open the demo project or add the Heilbronn layers."))
            return None
        start, end = what_if.window()
        parameters.update(TIME_START=start, TIME_END=end)
        key = (start, end)
        # What this what-if was computed from, for whoever checks it against the algorithm.
        self.task_parameters = parameters
        self.task = WhatIfTask(parameters, what_if, self._prepared.get(key))
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.taskCompleted.connect(lambda: self._done(key))
        self.task.taskTerminated.connect(lambda: self._done(key))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.calculate_button.setEnabled(False)
        self._say(tr("Calculating…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reset(self) -> None:
        """Back to the baseline: no change, no guidance, no difference on the map."""
        self.site_combo.setCurrentIndex(0)
        self.change_spin.setValue(0)
        self.close_box.setChecked(False)
        self.guidance_slider.setValue(0)
        self.removed_bays.clear()
        self._show_bays()
        self.card = None
        self.card_label.clear()
        self._remove_layer()
        self._say("")

    def save_as_station(self) -> bool:
        """The what-if's map as a station of the tour: its difference layer is written into
        ``vernissage_what_if.gpkg`` beside the project (a memory layer would not come back
        with the project), the card becomes the caption."""
        if self.layer is None or self.card is None:
            self._say(tr("Calculate a what-if first."))
            return False
        if not self.project.fileName():
            self._say(tr("Save the project first: the what-if is stored beside it."))
            return False
        path = Path(self.project.absolutePath()) / WHAT_IF_STORE
        table = _table_name(self.current_input())
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if path.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        error, message, *_rest = QgsVectorFileWriter.writeAsVectorFormatV3(
            self.layer, str(path), self.project.transformContext(), options)
        if error != QgsVectorFileWriter.WriterError.NoError:
            self._say(tr("The what-if could not be stored in {path}: {message}").format(
                path=path, message=message))
            return False
        stored = QgsVectorLayer(f"{path}|layername={table}", self.layer.name(), "ogr")
        stored.setRenderer(difference_renderer())
        self._remove_layer()
        self.project.addMapLayer(stored, False)
        self.project.layerTreeRoot().insertLayer(0, stored)
        self._layer_id = stored.id()
        self._add_station({ui_language(): Caption(self._title(), "; ".join(self.card.lines()))})
        self._say(tr("Saved as a station of the tour."))
        return True

    def _title(self) -> str:
        what_if = self.current_input()
        parts = []
        # A site picked but left as it is changes nothing: the title does not name it.
        if what_if.site and (what_if.close or what_if.change):
            name = self.site_combo.currentText()
            parts.append(tr("{site} closed").format(site=name) if what_if.close else
                         tr("{site} {change} spaces").format(
                             site=name, change=local_number(what_if.change, "+d")))
        if what_if.removed_bays:
            parts.append(tr("{count} street bays removed").format(count=self._bay_count()))
        if what_if.guidance_percent:
            parts.append(tr("{share} % guided").format(share=what_if.guidance_percent))
        return tr("What if: {what}").format(what=", ".join(parts))

    def pick_on_map(self) -> None:
        """The next click on the map chooses the nearest parking site."""
        self._previous_tool = self.canvas.mapTool()
        self.canvas.setMapTool(self.pick_tool)

    def remove_bays_on_map(self, on: bool) -> None:
        """While on, each click on the map removes the street bays of the nearest street
        parking site (a second click puts them back)."""
        if on:
            self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self.bay_tool)
        elif self.canvas.mapTool() is self.bay_tool:
            self._restore_tool(self.bay_tool)

    def detach(self, wait_ms: int = 2000) -> None:
        """Stop a what-if under way (without reporting back to a panel that goes away), take
        its map off the project and give the map tools back."""
        if self.task is not None:
            task, self.task = self.task, None
            task.taskCompleted.disconnect()
            task.taskTerminated.disconnect()
            task.cancel()
            task.waitForFinished(wait_ms)
        self._remove_layer()
        for tool in (self.pick_tool, self.bay_tool):
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)

    # The result.

    def _done(self, key: tuple) -> None:
        task, self.task = self.task, None
        self.progress.hide()
        self.cancel_button.hide()
        self.calculate_button.setEnabled(True)
        if task is None:
            return
        if task.prepared is not None:
            self._prepared[key] = task.prepared
        if task.result is None:
            self._say(task.error or tr("The what-if was canceled."))
            return
        what_if = task.result
        self.card = Card(what_if.baseline.summary, what_if.scenario.summary)
        self.card_label.setText("<br>".join(self.card.lines()))
        self._show_difference(task.prepared, what_if)
        self._say("")

    def _show_difference(self, prepared: Prepared, what_if) -> None:
        self._remove_layer()
        crs = prepared.crs.authid()
        layer = QgsVectorLayer(f"LineString?crs={crs}", tr("What if: change of search traffic"),
                               "memory")
        provider = layer.dataProvider()
        provider.addAttributes([QgsField("diff_veh_h", FieldType.Double),
                                QgsField("diff_vkm_h", FieldType.Double)])
        layer.updateFields()
        baseline, scenario = what_if.baseline, what_if.scenario
        features = []
        for edge, line in enumerate(prepared.graph.polylines):
            difference = float(scenario.vehicles_h[edge] - baseline.vehicles_h[edge])
            if abs(difference) < 1e-9:
                continue
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry(QgsLineString(line[:, 0].tolist(),
                                                          line[:, 1].tolist())))
            feature.setAttributes([difference, float(scenario.vehicle_km_h[edge]
                                                     - baseline.vehicle_km_h[edge])])
            features.append(feature)
        provider.addFeatures(features)
        layer.setRenderer(difference_renderer())
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        self._layer_id = layer.id()

    def _remove_layer(self) -> None:
        if self.layer is not None:
            self.project.removeMapLayer(self._layer_id)
        self._layer_id = ""

    def _sites_layer(self) -> QgsVectorLayer | None:
        return next((layer for layer in self.project.mapLayers().values()
                     if layer.customProperty(LAYER_PROPERTY) == "parking_sites"), None)

    def _restore_tool(self, tool) -> None:
        if self._previous_tool is not None:
            self.canvas.setMapTool(self._previous_tool)
        else:
            self.canvas.unsetMapTool(tool)

    def _nearest(self, point: QgsPointXY, sites: dict) -> str | None:
        """The site of ``sites`` (id → point) within reach of a click at ``point``."""
        layer = self._sites_layer()
        if layer is None or not sites:
            return None
        to_layer = QgsCoordinateTransform(self.canvas.mapSettings().destinationCrs(),
                                          layer.crs(), self.project)
        here = to_layer.transform(point)
        site, where = min(sites.items(), key=lambda item: item[1].distance(here))
        return site if where.distance(here) <= PICK_PX * self.canvas.mapUnitsPerPixel() \
            else None

    def _picked(self, point: QgsPointXY, _button) -> None:
        self._restore_tool(self.pick_tool)
        site = self._nearest(point, self._site_points)
        if site is None:
            self._say(tr("No parking site there: click on a site's symbol."))
        else:
            self.site_combo.setCurrentIndex(self.site_combo.findData(site))

    def _bay_clicked(self, point: QgsPointXY, _button) -> None:
        bays = {site: where for site, where in self._site_points.items()
                if self._site_types.get(site) == ON_STREET}
        site = self._nearest(point, bays)
        if site is None:
            self._say(tr("No street parking there: click on a street bay's symbol."))
            return
        self.removed_bays.symmetric_difference_update({site})
        self._show_bays()

    def _bay_count(self) -> int:
        return int(sum(self._capacities.get(site, 0) for site in self.removed_bays))

    def _show_bays(self) -> None:
        self.bays_label.setText(tr("{count} street bays removed").format(
            count=self._bay_count()) if self.removed_bays else "")

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        sites = QHBoxLayout()
        self.site_combo = QComboBox(body)
        self.site_combo.setObjectName("site")
        self.pick_button = QPushButton(tr("On the map"), body)
        self.pick_button.clicked.connect(lambda _checked=False: self.pick_on_map())
        sites.addWidget(self.site_combo, 1)
        sites.addWidget(self.pick_button)
        form.addRow(tr("Parking site"), sites)
        self.change_spin = QSpinBox(body)
        self.change_spin.setObjectName("change")
        self.change_spin.setRange(-2000, 2000)
        self.change_spin.setSingleStep(50)
        self.change_spin.setSuffix(tr(" spaces"))
        form.addRow(tr("Spaces added (+) or removed (−)"), self.change_spin)
        self.close_box = QCheckBox(tr("Close it"), body)
        form.addRow("", self.close_box)
        bays = QHBoxLayout()
        self.bays_button = QPushButton(tr("Remove street bays on the map"), body)
        self.bays_button.setObjectName("remove_bays")
        self.bays_button.setCheckable(True)
        self.bays_button.toggled.connect(self.remove_bays_on_map)
        self.bays_label = QLabel(body)
        bays.addWidget(self.bays_button)
        bays.addWidget(self.bays_label, 1)
        form.addRow("", bays)
        guidance = QHBoxLayout()
        self.guidance_slider = QSlider(Qt.Orientation.Horizontal, body)
        self.guidance_slider.setObjectName("guidance")
        self.guidance_slider.setRange(0, 100)
        self.guidance_slider.setSingleStep(10)
        self.guidance_label = QLabel("0 %", body)
        self.guidance_slider.valueChanged.connect(
            lambda value: self.guidance_label.setText(f"{value} %"))
        guidance.addWidget(self.guidance_slider, 1)
        guidance.addWidget(self.guidance_label)
        form.addRow(tr("Drivers using parking guidance"), guidance)
        when = QHBoxLayout()
        self.day_edit = QDateEdit(QDate(2025, 11, 18), body)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(tr("yyyy-MM-dd"))
        self.hour_spin = QSpinBox(body)
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setValue(11)
        self.hour_spin.setSuffix(tr(" h"))
        when.addWidget(self.day_edit)
        when.addWidget(self.hour_spin)
        form.addRow(tr("Day and hour (Heilbronn time)"), when)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.calculate_button = QPushButton(tr("Calculate"), body)
        self.calculate_button.setObjectName("calculate")
        self.calculate_button.clicked.connect(lambda _checked=False: self.calculate())
        self.reset_button = QPushButton(tr("Reset"), body)
        self.reset_button.setObjectName("reset")
        self.reset_button.clicked.connect(lambda _checked=False: self.reset())
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.cancel_button.hide()
        self.station_button = QPushButton(tr("Save as station"), body)
        self.station_button.setObjectName("save_station")
        self.station_button.clicked.connect(lambda _checked=False: self.save_as_station())
        for button in (self.calculate_button, self.reset_button, self.station_button,
                       self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.card_label = QLabel(body)
        self.card_label.setObjectName("card")
        self.card_label.setWordWrap(True)
        font = self.card_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.card_label.setFont(font)
        layout.addWidget(self.card_label)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setWidget(body)
        self.pick_tool = QgsMapToolEmitPoint(self.canvas)
        self.pick_tool.canvasClicked.connect(self._picked)
        self.bay_tool = QgsMapToolEmitPoint(self.canvas)
        self.bay_tool.canvasClicked.connect(self._bay_clicked)
        # Another map tool chosen meanwhile ends the removing.
        self.bay_tool.deactivated.connect(lambda: self.bays_button.setChecked(False))
        self._previous_tool = None
        self._site_points: dict[str, QgsPointXY] = {}
        self._site_types: dict[str, str] = {}
        self._capacities: dict[str, int] = {}
        self.removed_bays: set[str] = set()
