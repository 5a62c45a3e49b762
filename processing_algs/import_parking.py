"""``heilbronn:importparking``: parking sites and occupancy from a feed or file into the store.

Thin glue: read parameters, fetch and parse (``feeds/parking_fetch.py``), upsert in one
transaction (``feeds/parking_store.py``), report, load the styled layers.
"""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..heilbronn_digital_plugin.analysis.progress import Canceled
from ..heilbronn_digital_plugin.feeds.parking_fetch import (
    FORMATS,
    TWO_PART_FORMATS,
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
    fields_found,
    format_label,
)
from ..heilbronn_digital_plugin.feeds.parking_records import ROLES, FieldMap, ParkingBatch
from ..heilbronn_digital_plugin.feeds.parking_store import (
    PARKING_LAYERS,
    StoreResult,
    store_parking,
)
from ..heilbronn_digital_plugin.feeds.transport import DEFAULT_TIMEOUT_S, QgisTransport
from ..heilbronn_digital_plugin.store.core import StoreError
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import ProcessingNumberParameterType
from .base import HeilbronnAlgorithm
from .common import add_advanced, parameter_instant, time_parameter
from .project_defaults import offer_project_store
from .store_outputs import (
    load_store_layer,
    report_store_notes,
    store_from_parameter,
    store_parameter,
)
from .styling import aliases_on_load

SITES_LAYER = "parking_sites"
READINGS_LAYER = "parking_occupancy"
MAX_WARNINGS = 20


class ImportParkingAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "import"
    FORMAT = "FORMAT"
    SOURCE = "SOURCE"
    SECOND_SOURCE = "SECOND_SOURCE"
    AUTHCFG = "AUTHCFG"
    START = "START"
    END = "END"
    TIMEOUT = "TIMEOUT"
    # The source's own field names per role (FieldMap): ID_FIELD, NAME_FIELD, …
    FIELD_PARAMETERS = {role: f"{role.upper()}_FIELD" for role in ROLES}
    STORE = "STORE"
    SITES = "SITES"
    OCCUPANCY = "OCCUPANCY"
    SITES_RECEIVED = "SITES_RECEIVED"
    READINGS_RECEIVED = "READINGS_RECEIVED"
    READINGS_INSERTED = "READINGS_INSERTED"
    READINGS_UPDATED = "READINGS_UPDATED"

    def name(self) -> str:
        return "importparking"

    def displayName(self) -> str:
        return tr("Import parking occupancy")

    def tags(self) -> list[str]:
        return tr("parking,parken,occupancy,belegung,parkapi,goldbeck,sensorthings,frost,"
                  "datex,ogc api,geojson,csv,import,sync").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Imports parking sites and their occupancy from a feed (http or https URL) or a "
            "saved file into the layers parking_sites and parking_occupancy of a store: a "
            "GeoPackage (created if it does not exist) or a shared PostGIS store (a saved "
            "PostgreSQL connection or service=…).\n\n"
            "Formats: ParkAPI (v1 city JSON or GeoJSON, v3 parking sites); GOLDBECK "
            "facilities, with the occupancies as second source; OGC SensorThings (FROST), "
            "given as service root or Things URL, following its pages, with all readings in "
            "the time window or else the latest one; DATEX II v2 parking status, with the "
            "static parking table as second source; GeoJSON or OGC API Features with "
            "occupancy properties (German or English names); CSV with a WKB or lon/lat "
            "column. 'Detect' recognises the format from the data.\n\n"
            "Readings are matched by site and time: running the import again, or with an "
            "overlapping time window, never duplicates a reading, and a site's latest "
            "free count only moves forward in time. Times without a time zone, in the feed and "
            "in the time window, are Heilbronn local time (Europe/Berlin, summer time "
            "included); the store keeps UTC.\n\n"
            "Feeds often break their own rules. A doubtful record is kept and its problems "
            "are named in the quality column (e.g. no_position, placeholder_capacity, "
            "unknown_state). If the server fails, answers with an error or a web page, or "
            "the answer is cut off, nothing in the store changes. An API key belongs in an "
            "authentication configuration.\n\n"
            "A GeoJSON or CSV feed with its own field names, or a SensorThings server whose "
            "Datastreams are named in its own words: name the fields for id, name, "
            "capacity, free spaces, occupied spaces and time under the advanced parameters. "
            "The log says which field was read for each and which were not found.\n\n"
            "A site the feed reports closed is stored as closed: no free space, and nobody "
            "counted as parked. The map draws it as closed."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), options=[format_label(code) for code in FORMATS],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, tr("URL or file")))
        self.addParameter(QgsProcessingParameterString(
            self.SECOND_SOURCE,
            tr("Second URL or file (GOLDBECK occupancies, DATEX II parking table)"),
            optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, tr("Authentication (API key)"), optional=True))
        self.addParameter(time_parameter(
            self.START, tr("Readings from (Heilbronn time, inclusive)")))
        self.addParameter(time_parameter(
            self.END, tr("Readings until (Heilbronn time, exclusive)")))
        add_advanced(self, QgsProcessingParameterNumber(
            self.TIMEOUT, tr("Timeout per request (seconds)"),
            ProcessingNumberParameterType.Double, DEFAULT_TIMEOUT_S, False, 1.0, 3600.0))
        for role, label in _field_labels().items():
            add_advanced(self, QgsProcessingParameterString(
                self.FIELD_PARAMETERS[role], label, optional=True))
        self.addParameter(offer_project_store(store_parameter(self.STORE)))
        self.addOutput(QgsProcessingOutputVectorLayer(self.SITES, tr("Parking sites")))
        self.addOutput(QgsProcessingOutputVectorLayer(self.OCCUPANCY, tr("Occupancy readings")))
        for name, description in ((self.SITES_RECEIVED, tr("Sites received")),
                                  (self.READINGS_RECEIVED, tr("Readings received")),
                                  (self.READINGS_INSERTED, tr("New readings")),
                                  (self.READINGS_UPDATED, tr("Updated readings"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        kind = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        location = self.parameterAsString(parameters, self.SOURCE, context).strip()
        second = self.parameterAsString(parameters, self.SECOND_SOURCE, context).strip()
        store = store_from_parameter(self, parameters, self.STORE, context, PARKING_LAYERS)
        if not location:
            raise QgsProcessingException(tr("Give the URL or file to import from."))
        if second and kind not in (*TWO_PART_FORMATS, "detect"):
            feedback.pushWarning(tr("The second URL or file is used only for GOLDBECK and "
                                    "DATEX II; it is ignored."))
            second = ""
        source = ParkingSource(
            kind, location, second,
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context),
            start=parameter_instant(self, parameters, self.START, context),
            end=parameter_instant(self, parameters, self.END, context),
            fields=FieldMap(**{role: self.parameterAsString(parameters, name, context)
                               for role, name in self.FIELD_PARAMETERS.items()}))
        if source.start and source.end and source.start >= source.end:
            raise QgsProcessingException(tr(
                "The time window is empty: its start must be before its end."))
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        feedback.pushInfo(tr("Importing {source} into {store}.").format(source=source.name,
                                                                        store=store.label))
        try:
            batch = fetch_parking(source, QgisTransport(timeout, feedback), feedback)
            if feedback.isCanceled():
                raise Canceled()
            result = store_parking(store, batch)
        except Canceled:
            feedback.pushInfo(tr("Canceled: the store is unchanged."))
            return {}
        except ParkingFeedError as error:
            raise QgsProcessingException(tr("{error} The store is unchanged.").format(
                error=error)) from error
        except StoreError as error:
            raise QgsProcessingException(tr(
                "The parking data could not be written to {store}: {error}. The store is "
                "unchanged.").format(store=store.label, error=error)) from error
        report_store_notes(store, feedback)
        _report(batch, result, feedback)
        outputs = {self.STORE: store.text, self.SITES_RECEIVED: len(batch.sites),
                   self.READINGS_RECEIVED: len(batch.observations),
                   self.READINGS_INSERTED: result.readings_inserted,
                   self.READINGS_UPDATED: result.readings_updated}
        for output, layer_name in self._layers():
            outputs[output] = store.layer_string(layer_name)
        self._store = store
        feedback.setProgress(100.0)
        return outputs

    def postProcessAlgorithm(self, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback) -> dict:
        store = getattr(self, "_store", None)
        if store:
            for output, layer_name in self._layers():
                load_store_layer(context, store, layer_name, output)
        aliases_on_load(context)
        return {}

    def _layers(self) -> tuple[tuple[str, str], ...]:
        return (self.SITES, SITES_LAYER), (self.OCCUPANCY, READINGS_LAYER)


def _field_labels() -> dict[str, str]:
    return {"id": tr("Field names: id (GeoJSON, CSV)"),
            "name": tr("Field names: name (GeoJSON, CSV)"),
            "capacity": tr("Field names: capacity (GeoJSON, CSV; SensorThings Datastream)"),
            "free": tr("Field names: free spaces (GeoJSON, CSV; SensorThings Datastream)"),
            "occupied": tr("Field names: occupied spaces (GeoJSON, CSV; SensorThings "
                           "Datastream)"),
            "time": tr("Field names: time (GeoJSON, CSV)")}


def _report(batch: ParkingBatch, result: StoreResult, feedback: QgsProcessingFeedback) -> None:
    feedback.pushInfo(tr(
        "{sites} sites received ({sites_new} new, {sites_updated} updated); {readings} "
        "readings ({readings_new} new, {readings_updated} already stored and updated).").format(
            sites=len(batch.sites), sites_new=result.sites_inserted,
            sites_updated=result.sites_updated, readings=len(batch.observations),
            readings_new=result.readings_inserted, readings_updated=result.readings_updated))
    found = fields_found(batch)
    if found:
        feedback.pushInfo(found)
    flagged = Counter(flag for site in batch.sites for flag in site.flags)
    flagged.update(flag for reading in batch.observations for flag in reading.flags)
    for flag, number in sorted(flagged.items()):
        feedback.pushWarning(tr(
            "{count} records are marked “{flag}” in the quality column.").format(
                count=number, flag=flag))
    for note in batch.notes[:MAX_WARNINGS]:
        feedback.pushWarning(tr("Note: {note}").format(note=note))
    for problem in batch.problems[:MAX_WARNINGS]:
        feedback.pushWarning(tr("Left out: {problem}").format(problem=problem))
    if len(batch.problems) > MAX_WARNINGS:
        feedback.pushWarning(tr("… and {count} more records left out.").format(
            count=len(batch.problems) - MAX_WARNINGS))
