"""``heilbronn:importcitizenreports``: Open311 GeoReport v2 service requests into the store.

Thin glue: read parameters, run the sync (or import a saved response), report. The fetching,
window splitting, parsing and the one-transaction upsert live in ``feeds/``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..heilbronn_digital_plugin.analysis.progress import Canceled
from ..heilbronn_digital_plugin.feeds.limits import TooLarge, read_file
from ..heilbronn_digital_plugin.feeds.open311_sync import (
    MAX_RESULTS,
    OPEN311_LAYERS,
    SyncError,
    SyncResult,
    import_response,
    open311_hints,
    source_name,
    sync_requests,
)
from ..heilbronn_digital_plugin.feeds.transport import DEFAULT_TIMEOUT_S, QgisTransport
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.local_time import format_local
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    ProcessingFileParameterBehavior,
    ProcessingNumberParameterType,
)
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


class ImportCitizenReportsAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "import"
    ENDPOINT = "ENDPOINT"
    RESPONSE_FILE = "RESPONSE_FILE"
    JURISDICTION_ID = "JURISDICTION_ID"
    AUTHCFG = "AUTHCFG"
    START_DATE = "START_DATE"
    INCLUDE_PERSONAL_DATA = "INCLUDE_PERSONAL_DATA"
    TIMEOUT = "TIMEOUT"
    SERVER_MAX_RESULTS = "SERVER_MAX_RESULTS"
    STORE = "STORE"
    REPORTS = "REPORTS"
    RECEIVED = "RECEIVED"
    INSERTED = "INSERTED"
    UPDATED = "UPDATED"

    def name(self) -> str:
        return "importcitizenreports"

    def displayName(self) -> str:
        return tr("Import citizen reports (Open311)")

    def tags(self) -> list[str]:
        return tr("open311,georeport,citizen reports,anliegen,maengelmelder,import,sync").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Imports citizen reports (service requests) from an Open311 GeoReport v2 endpoint, "
            "or from a saved requests response (JSON or XML), into the layer citizen_reports "
            "of a store: a GeoPackage (created if it does not exist) or a shared PostGIS store "
            "(a saved PostgreSQL connection or service=…).\n\n"
            "A sync asks the server in windows of at most 90 days and splits a window until "
            "its answer is complete (servers return at most 1,000 reports per query); "
            "servers with the page/page_size extension are paged. Running it again asks only "
            "for reports updated since the last sync from the same endpoint and updates them "
            "by endpoint and service_request_id: nothing is duplicated, and each status a "
            "report had is kept in the table citizen_report_history. Without a start date, a "
            "first sync fetches the last 90 days and a re-run starts at the oldest stored "
            "report. A server that returns fewer than 1,000 reports per query without saying "
            "so needs its limit under 'Most reports the server returns per query'.\n\n"
            "If the server fails, answers with an error or a web page, or the answer is cut "
            "off, nothing in the store changes. An API key belongs in an authentication "
            "configuration. E-mail addresses, names and phone numbers some servers send are "
            "not stored unless you tick 'Include personal data'. The start date is Heilbronn "
            "local time; timestamps from the server without a time zone are read as UTC."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterString(
            self.ENDPOINT, tr("Open311 endpoint URL (GeoReport v2 base)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.RESPONSE_FILE, tr("…or a saved requests response (JSON or XML)"),
            ProcessingFileParameterBehavior.File, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.JURISDICTION_ID, tr("jurisdiction_id"), optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, tr("Authentication (API key)"), optional=True))
        self.addParameter(time_parameter(
            self.START_DATE, tr("Reports requested since (Heilbronn time)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_PERSONAL_DATA, tr("Include personal data (e-mail, names, phone)"),
            defaultValue=False))
        add_advanced(self, QgsProcessingParameterNumber(
            self.TIMEOUT, tr("Timeout per request (seconds)"),
            ProcessingNumberParameterType.Double, DEFAULT_TIMEOUT_S, False, 1.0, 3600.0))
        add_advanced(self, QgsProcessingParameterNumber(
            self.SERVER_MAX_RESULTS, tr("Most reports the server returns per query"),
            ProcessingNumberParameterType.Integer, MAX_RESULTS, False, 1))
        self.addParameter(offer_project_store(store_parameter(self.STORE)))
        self.addOutput(QgsProcessingOutputVectorLayer(self.REPORTS, tr("Citizen reports")))
        for name, description in ((self.RECEIVED, tr("Reports received")),
                                  (self.INSERTED, tr("New reports")),
                                  (self.UPDATED, tr("Updated reports"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        endpoint = self.parameterAsString(parameters, self.ENDPOINT, context).strip()
        response = self.parameterAsFile(parameters, self.RESPONSE_FILE, context)
        jurisdiction = self.parameterAsString(parameters, self.JURISDICTION_ID, context).strip()
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        start = parameter_instant(self, parameters, self.START_DATE, context)
        personal = self.parameterAsBoolean(parameters, self.INCLUDE_PERSONAL_DATA, context)
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        max_results = self.parameterAsInt(parameters, self.SERVER_MAX_RESULTS, context)
        store = store_from_parameter(self, parameters, self.STORE, context, OPEN311_LAYERS)
        if bool(endpoint) == bool(response):
            raise QgsProcessingException(tr(
                "Give either an Open311 endpoint URL or a saved response file (not both)."))
        if personal:
            feedback.pushWarning(tr(
                "Personal data is stored as the server sends it. Keep the store "
                "confidential and delete the data when it is no longer needed."))
        try:
            if response:
                data = _read(response)
                result = import_response(store, data, Path(response).name,
                                         include_personal=personal)
            else:
                feedback.pushInfo(tr("Syncing {source} into {store}.").format(
                    source=source_name(endpoint, jurisdiction), store=store.label))
                transport = QgisTransport(timeout, feedback, open311_hints())
                result = sync_requests(
                    store, endpoint, transport, start=start, jurisdiction_id=jurisdiction,
                    authcfg=authcfg, include_personal=personal, page_size=max_results,
                    max_results=max_results, progress=feedback)
        except Canceled:
            feedback.pushInfo(tr("Canceled: the store is unchanged."))
            return {}
        except SyncError as error:
            raise QgsProcessingException(tr("{error} The store is unchanged.").format(
                error=error)) from error
        report_store_notes(store, feedback)
        _report(result, feedback)
        self._store = store
        feedback.setProgress(100.0)
        return {self.STORE: store.text, self.REPORTS: store.layer_string("citizen_reports"),
                self.RECEIVED: result.received, self.INSERTED: result.inserted,
                self.UPDATED: result.updated}

    def postProcessAlgorithm(self, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback) -> dict:
        store = getattr(self, "_store", None)
        if store:
            load_store_layer(context, store, "citizen_reports", self.REPORTS)
        aliases_on_load(context)
        return {}


def _read(path: str) -> bytes:
    try:
        return read_file(path)
    except TooLarge as error:
        raise QgsProcessingException(str(error)) from error
    except OSError as error:
        raise QgsProcessingException(tr("The file {path} cannot be read: {error}").format(
            path=path, error=error.strerror)) from error


def _report(result: SyncResult, feedback: QgsProcessingFeedback) -> None:
    if result.since is not None:
        feedback.pushInfo(tr("Asked only for reports updated after {since}.").format(
            since=format_local(result.since, seconds=True)))
    feedback.pushInfo(tr(
        "{received} reports received: {inserted} new, {updated} updated, {history} status "
        "changes recorded ({queries} queries).").format(
            received=result.received, inserted=result.inserted, updated=result.updated,
            history=result.history_rows, queries=result.queries))
    if result.no_place:
        feedback.pushWarning(tr(
            "Reports stored without a position because theirs is no place on Earth: {count} "
            "(e.g. report {example}). The original values are kept in extra_json; correct "
            "them at the source.").format(count=local_number(len(result.no_place), ","),
                                          example=result.no_place[0]))
    for warning in result.warnings:
        feedback.pushWarning(tr("Note: {note}").format(note=warning))
    _warn(feedback, [tr("Left out: {problem}").format(problem=p) for p in result.problems],
          tr("… and {count} more reports skipped."))
    _warn(feedback, [tr("Report {note}.").format(note=n) for n in result.notes],
          tr("… and {count} more reports with a value kept only in extra_json."))


def _warn(feedback: QgsProcessingFeedback, warnings: list[str], more: str,
          shown: int = 20) -> None:
    """The first ``shown`` warnings, then how many more there are: a log of thousands of
    lines helps nobody."""
    for warning in warnings[:shown]:
        feedback.pushWarning(warning)
    if len(warnings) > shown:
        feedback.pushWarning(more.format(count=len(warnings) - shown))
