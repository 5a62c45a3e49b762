"""``heilbronn:runfeeds``: the unattended feed service as an algorithm, for ``qgis_process``
from a systemd timer or cron: run every configured feed once, log to a file, fail (exit code
1) when a feed failed. The work is in ``feeds/service.py``."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..heilbronn_digital_plugin.feeds.open311_sync import open311_hints
from ..heilbronn_digital_plugin.feeds.service import (
    OPEN311,
    ServiceConfigError,
    log_line,
    read_config,
    run_feeds,
)
from ..heilbronn_digital_plugin.feeds.transport import QgisTransport
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import ProcessingFileParameterBehavior
from .base import HeilbronnAlgorithm


class RunFeedsAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "import"
    CONFIG = "CONFIG"
    LOG = "LOG"
    FEEDS = "FEEDS"
    FAILED = "FAILED"

    def name(self) -> str:
        return "runfeeds"

    def displayName(self) -> str:
        return tr("Run the configured feeds (feed service)")

    def tags(self) -> list[str]:
        return tr("feed service,sync,cron,systemd,unattended,postgis,open311,parking").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Runs every feed of a configuration file once — Open311 endpoints and parking "
            "feeds, each into its store (a GeoPackage or a shared PostGIS store) — and writes a "
            "line per feed to the log file. Meant for GIS staff who keep a shared store "
            "current without an open QGIS: run it with qgis_process from a systemd timer or "
            "cron (README: Shared store (PostGIS), Feed service).\n\n"
            "Each feed runs in its own transaction: a feed that fails leaves its store as it "
            "was, is logged with the reason, and the others still run; the algorithm then "
            "fails, so qgis_process exits with a non-zero code. Running it again neither "
            "duplicates nor loses a record. API keys and database passwords belong in the "
            "QGIS authentication database (authcfg = … in the file), never in the file.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            self.CONFIG, tr("Feed configuration (.ini)"),
            ProcessingFileParameterBehavior.File, extension="ini"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.LOG, tr("Log file (appended; empty: the one in the configuration)"),
            tr("Log files (*.log *.txt)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.FEEDS, tr("Feeds run")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Feeds failed")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        try:
            config = read_config(self.parameterAsFile(parameters, self.CONFIG, context))
        except ServiceConfigError as error:
            raise QgsProcessingException(str(error)) from error
        log_text = self.parameterAsFileOutput(parameters, self.LOG, context)
        log_path = Path(log_text) if log_text else config.log
        log = _open_log(log_path)

        def say(text: str) -> None:
            feedback.pushInfo(text)
            if log is not None:
                log.write(log_line(text) + "\n")
                log.flush()

        def transport_for(feed):
            hints = open311_hints() if feed.kind == OPEN311 else None
            return QgisTransport(config.timeout_s, feedback, hints)

        try:
            outcomes = run_feeds(config, transport_for, say)
        finally:
            if log is not None:
                log.close()
        failed = [o for o in outcomes if not o.ok]
        if failed or len(outcomes) < len(config.feeds):
            raise QgsProcessingException(tr(
                "{failed} of {count} feeds failed: {names}.{log}").format(
                    failed=len(config.feeds) - (len(outcomes) - len(failed)),
                    count=len(config.feeds), names=", ".join(o.feed.title for o in failed),
                    log=tr(" See the log {path}.").format(path=log_path) if log_path else ""))
        return {self.FEEDS: len(outcomes), self.FAILED: 0}


def _open_log(path: Path | None):
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("a", encoding="utf-8")
    except OSError as error:
        raise QgsProcessingException(tr(
            "The log file {path} cannot be written: {error}. Choose another LOG.").format(
                path=path, error=error.strerror)) from error
