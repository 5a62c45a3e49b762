"""``heilbronn:publishopendata``: a store as open data — privacy rules applied, GeoJSON, CSV
and GeoPackage written, DCAT-AP.de metadata and a landing page beside them, ready for QGIS
Server.

Thin glue: the parameters become :class:`publisher.Options`; everything that decides what is
published lives in ``heilbronn_digital_plugin/publish/``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSettings,
)

from ..heilbronn_digital_plugin.analysis.progress import Canceled
from ..heilbronn_digital_plugin.publish import generalise as g
from ..heilbronn_digital_plugin.publish.dcat import LICENCES, Metadata
from ..heilbronn_digital_plugin.publish.folder import FolderError
from ..heilbronn_digital_plugin.publish.formats import FormatError
from ..heilbronn_digital_plugin.publish.parking import PROFILES, QUARTER_HOURS
from ..heilbronn_digital_plugin.publish.privacy import DEFAULT_K, PrivacyError
from ..heilbronn_digital_plugin.publish.publisher import (
    DATASETS,
    Options,
    Publication,
    PublishError,
    publish,
)
from ..heilbronn_digital_plugin.publish.reports import DEFAULT_CELL_SIZE, ReportRules
from ..heilbronn_digital_plugin.publish.serve import LAST_FOLDER_SETTING
from ..heilbronn_digital_plugin.publish.server_project import (
    ServerProjectError,
    write_server_project,
)
from ..heilbronn_digital_plugin.publish.source import SourceError
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.paths import SAMPLE_GPKG
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    ProcessingFileParameterBehavior,
    ProcessingNumberParameterType,
)
from ..heilbronn_digital_plugin.toolbelt.translation import qgis_locale
from .base import HeilbronnAlgorithm
from .common import add_advanced

_GENERALISATIONS = (g.GRID, g.HEXAGONS)
_PERIODS = (g.MONTH, g.WEEK)
_RESOLUTIONS = (g.DAY, g.HOUR)
_PARKING = (QUARTER_HOURS, PROFILES)
_LICENCES = tuple(LICENCES)


class PublishOpenDataAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "opendata"
    STORE = "STORE"
    DATASETS = "DATASETS"
    K = "K"
    GENERALISATION = "GENERALISATION"
    CELL_SIZE = "CELL_SIZE"
    PERIOD = "PERIOD"
    TIME_RESOLUTION = "TIME_RESOLUTION"
    KEEP_DESCRIPTIONS = "KEEP_DESCRIPTIONS"
    PARKING_AGGREGATION = "PARKING_AGGREGATION"
    LICENCE = "LICENCE"
    BASE_URL = "BASE_URL"
    PUBLISHER = "PUBLISHER"
    PUBLISHER_URL = "PUBLISHER_URL"
    CONTRIBUTOR_ID = "CONTRIBUTOR_ID"
    CONTACT_NAME = "CONTACT_NAME"
    CONTACT_EMAIL = "CONTACT_EMAIL"
    CONTACT_URL = "CONTACT_URL"
    OUTPUT = "OUTPUT"
    CATALOGUE = "CATALOGUE"
    PUBLISHED = "PUBLISHED"
    SUPPRESSED = "SUPPRESSED"

    def name(self) -> str:
        return "publishopendata"

    def displayName(self) -> str:
        return tr("Publish as open data")

    def tags(self) -> list[str]:
        return tr("open data,dcat,dcat-ap.de,govdata,privacy,k-anonymity,geojson,csv,"
                  "hackathon,ogc api features").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Writes a publication folder from a store: citizen reports, parking and "
            "barrier-free floorplans as GeoJSON (RFC 7946), CSV (UTF-8) and GeoPackage, each "
            "dataset with a README (German and English) and a privacy report, the whole "
            "described in DCAT-AP.de 3.0 (catalog.ttl, catalog.jsonld) with a landing page "
            "(index.html) and a QGIS Server project (opendata.qgs) for “Serve open data to a "
            "hackathon…”.\n\n"
            "Privacy: only category, status and a coarse time of a report are published, never "
            "names, e-mail addresses, phone numbers, addresses, free text or the report "
            "system's ids. Positions are snapped to grid squares or counted per hexagon and "
            "month (or week); a cell with fewer than k reports is left out. Times become "
            "Heilbronn days or hours. Parking sites cover at least k spaces: single bays are "
            "published only as part of their street segment. Floorplans: public spaces only.\n\n"
            "Publishing again into the same folder updates it: the issue date stays, the "
            "modification date changes for the datasets whose content changed. A folder with "
            "other files is refused."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, tr("Store (GeoPackage)"), ProcessingFileParameterBehavior.File,
            "gpkg", str(SAMPLE_GPKG)))
        self.addParameter(QgsProcessingParameterEnum(
            self.DATASETS, tr("Datasets"), [_dataset_label(name) for name in DATASETS],
            allowMultiple=True, defaultValue=list(range(len(DATASETS)))))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, tr("k: fewest reports (or parking spaces) a published cell holds"),
            ProcessingNumberParameterType.Integer, DEFAULT_K, False, 0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GENERALISATION, tr("Positions of citizen reports"),
            [tr("Snapped to grid squares (one point per report)"),
             tr("Counted per hexagon and period")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size in metres (square side, hexagon width)"),
            ProcessingNumberParameterType.Double, DEFAULT_CELL_SIZE, False, 1.0, 100_000))
        self.addParameter(QgsProcessingParameterEnum(
            self.PERIOD, tr("Period of the hexagon counts"), [tr("Month"), tr("Week")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.TIME_RESOLUTION, tr("Time of a report (grid squares)"),
            [tr("Day"), tr("Hour")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.KEEP_DESCRIPTIONS,
            tr("Keep descriptions (e-mail addresses, phone numbers, links and known names "
               "removed)"), False))
        self.addParameter(QgsProcessingParameterEnum(
            self.PARKING_AGGREGATION, tr("Parking occupancy"),
            [tr("Time series per quarter hour"), tr("Hourly profile per weekday")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LICENCE, tr("Licence"),
            ["Datenlizenz Deutschland – Namensnennung – 2.0 (dl-by-de/2.0)",
             "Creative Commons BY 4.0 (cc-by/4.0)", "Creative Commons Zero (cc-zero)"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.BASE_URL, tr("URL the folder will be served at"), Metadata.base_url))
        defaults = Metadata()
        for name, label, value in (
                (self.PUBLISHER, tr("Publisher"), defaults.publisher_name),
                (self.PUBLISHER_URL, tr("Publisher's web site"), defaults.publisher_url),
                (self.CONTRIBUTOR_ID, tr("DCAT-AP.de contributor id (dcatde:contributorID)"),
                 defaults.contributor_id),
                (self.CONTACT_NAME, tr("Contact point"), defaults.contact_name),
                (self.CONTACT_EMAIL, tr("Contact e-mail"), defaults.contact_email),
                (self.CONTACT_URL, tr("Contact web page"), defaults.contact_url)):
            add_advanced(self, QgsProcessingParameterString(name, label, value,
                                                           optional=not value))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, tr("Publication folder")))
        self.addOutput(QgsProcessingOutputFile(self.CATALOGUE,
                                               tr("DCAT-AP.de catalogue (Turtle)")))
        self.addOutput(QgsProcessingOutputNumber(self.PUBLISHED, tr("Reports published")))
        self.addOutput(QgsProcessingOutputNumber(self.SUPPRESSED,
                                                 tr("Reports left out with their cell")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        store = self.parameterAsFile(parameters, self.STORE, context)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        options = self._options(parameters, context)
        try:
            publication = publish(store, folder, options, feedback)
        except Canceled:
            feedback.pushInfo(tr("Canceled: the folder is as it was."))
            return {}
        except (PrivacyError, PublishError, FolderError, SourceError, FormatError) as error:
            raise QgsProcessingException(str(error)) from error
        _report(publication, feedback)
        self._folder = folder
        reports = next((d.report for d in publication.datasets
                        if d.name == "citizen_reports"), None)
        feedback.setProgress(100.0)
        return {self.OUTPUT: folder, self.CATALOGUE: str(Path(folder) / "catalog.ttl"),
                self.PUBLISHED: reports.records_published if reports else 0,
                self.SUPPRESSED: reports.records_suppressed if reports else 0}

    def postProcessAlgorithm(self, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback) -> dict:
        """The QGIS Server project (a QgsProject, so in the main thread, where this runs)
        and the folder for the serve action."""
        folder = getattr(self, "_folder", None)
        if folder:
            try:
                write_server_project(folder)
            except ServerProjectError as error:
                raise QgsProcessingException(str(error)) from error
            QgsSettings().setValue(LAST_FOLDER_SETTING, folder)
        return {}

    def _options(self, parameters: dict, context: QgsProcessingContext) -> Options:
        chosen = self.parameterAsEnums(parameters, self.DATASETS, context)

        def text(name: str) -> str:
            return self.parameterAsString(parameters, name, context).strip()

        def choice(name: str, values: tuple) -> str:
            return values[self.parameterAsEnum(parameters, name, context)]

        rules = ReportRules(
            k=self.parameterAsInt(parameters, self.K, context),
            generalisation=choice(self.GENERALISATION, _GENERALISATIONS),
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            period=choice(self.PERIOD, _PERIODS),
            time_resolution=choice(self.TIME_RESOLUTION, _RESOLUTIONS),
            keep_descriptions=self.parameterAsBoolean(parameters, self.KEEP_DESCRIPTIONS,
                                                      context))
        meta = Metadata(
            base_url=text(self.BASE_URL), publisher_name=text(self.PUBLISHER),
            publisher_url=text(self.PUBLISHER_URL), contributor_id=text(self.CONTRIBUTOR_ID),
            contact_name=text(self.CONTACT_NAME), contact_email=text(self.CONTACT_EMAIL),
            contact_url=text(self.CONTACT_URL), licence=choice(self.LICENCE, _LICENCES))
        if not (meta.contact_email or meta.contact_url):
            raise QgsProcessingException(tr(
                "The contact point needs an e-mail address or a web page (DCAT-AP.de asks for "
                "one of them)."))
        return Options(tuple(DATASETS[i] for i in sorted(chosen)), rules,
                       choice(self.PARKING_AGGREGATION, _PARKING), meta)


def _dataset_label(name: str) -> str:
    return {"citizen_reports": tr("Citizen reports"), "parking": tr("Parking"),
            "floorplans": tr("Floorplans (barrier-free information)")}[name]


def _report(publication: Publication, feedback: QgsProcessingFeedback) -> None:
    language = "de" if qgis_locale().startswith("de") else "en"
    for name, reason in publication.skipped:
        feedback.pushWarning(tr("{dataset}: not published, {reason}.").format(
            dataset=_dataset_label(name), reason=reason))
    for dataset in publication.datasets:
        for line in dataset.report.lines(language):
            feedback.pushInfo(line)
        if dataset.report.everything_suppressed:
            feedback.pushWarning(tr(
                "{dataset}: every cell holds fewer than k = {k} records, so nothing was "
                "published. Choose larger cells or a smaller k.").format(
                    dataset=_dataset_label(dataset.name), k=dataset.report.k))
        feedback.pushInfo("")
    feedback.pushInfo(tr("Published {count} files into {folder}; catalogue: catalog.ttl, "
                         "landing page: index.html.").format(count=len(publication.files),
                                                             folder=publication.folder))
