"""The live parking dock's logic, apart from its widgets: settings, the background refresh and
the list of sites with their latest reading.

A refresh fetches the source and writes the store in a ``QgsTask`` (the QGIS network stack,
``QgsBlockingNetworkRequest``, blocks only that worker thread); a ``QTimer`` in the main thread
starts one at the user's interval, never a second while one is under way.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeedback,
    QgsSettings,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..analysis.progress import Canceled
from ..feeds.parking_fetch import ParkingFeedError, ParkingSource, fetch_parking
from ..feeds.parking_store import PARKING_LAYERS, StoreResult, store_parking
from ..feeds.transport import QgisTransport
from ..store import schema
from ..store.core import StoreError, datetime_from_ogr, open_store
from ..toolbelt.i18n import tr
from ..toolbelt.log import log
from ..toolbelt.tasks import PluginTask

SETTINGS_GROUP = "heilbronn_digital/parking_live"
# The shortest interval the dock offers; the refresher itself accepts any from one second.
MIN_INTERVAL_S = 10
# All requests of one refresh together take at most this many times the request timeout.
REFRESH_TIMEOUTS = 5


@dataclass
class LiveSettings:
    """What the dock remembers between sessions, in ``QgsSettings``. ``authcfg`` is only the
    id of an entry in the QGIS authentication database: the key itself never leaves it."""

    format: str = "detect"
    url: str = ""
    second_url: str = ""
    authcfg: str = ""
    store: str = ""
    interval_s: int = 300
    stale_after_min: int = 30
    timeout_s: int = 60

    @classmethod
    def load(cls, settings: QgsSettings | None = None) -> LiveSettings:
        settings = settings or QgsSettings()
        loaded = cls()
        for field in fields(cls):
            default = getattr(loaded, field.name)
            value = settings.value(f"{SETTINGS_GROUP}/{field.name}", default)
            try:
                setattr(loaded, field.name, type(default)(value))
            except (TypeError, ValueError):
                setattr(loaded, field.name, default)
        return loaded

    def save(self, settings: QgsSettings | None = None) -> None:
        settings = settings or QgsSettings()
        for field in fields(self):
            settings.setValue(f"{SETTINGS_GROUP}/{field.name}", getattr(self, field.name))

    def source(self) -> ParkingSource:
        return ParkingSource(self.format, self.url.strip(), self.second_url.strip(),
                             self.authcfg)

    def problem(self) -> str:
        """Why a refresh cannot start with these settings, or ``""``."""
        if not self.url.strip():
            return tr("Enter the address (or file) of the parking data source.")
        if not self.store.strip():
            return tr("Choose the store the readings are saved in: a GeoPackage, a saved "
                      "PostgreSQL connection or service=….")
        return ""


@dataclass(frozen=True)
class SiteStatus:
    """One parking site as the dock lists it: the store's latest snapshot."""

    site_id: str
    name: str
    free: int | None
    capacity: int | None
    occupancy: float | None
    observed: datetime | None

    def age_s(self, now: datetime) -> float | None:
        return None if self.observed is None else (now - self.observed).total_seconds()

    def is_stale(self, now: datetime, stale_after_min: float) -> bool:
        """No reading at all, or the last one older than the threshold."""
        age = self.age_s(now)
        return age is None or age > stale_after_min * 60


def read_sites(store: str | Path) -> list[SiteStatus]:
    """The parking sites of ``store`` with their latest reading: those with a reading first,
    each part by name; none when the store does not exist yet (or cannot be read: the refresh
    says why)."""
    try:
        features = list(open_store(store).read_features(schema.PARKING_SITES.name))
    except StoreError:
        return []
    sites = [SiteStatus(
        site_id=feature.GetField("site_id"),
        name=feature.GetField("name") or feature.GetField("site_id"),
        free=feature.GetField("free_latest"),
        capacity=feature.GetField("capacity"),
        occupancy=feature.GetField("occupancy_latest"),
        observed=_utc(feature, "observed_latest")) for feature in features]
    return sorted(sites, key=lambda site: (site.observed is None, site.name.casefold(),
                                           site.site_id))


def age_text(seconds: float | None) -> str:
    """How old a reading is, for a planner: "2 min ago", "3 h ago", "no reading"."""
    if seconds is None:
        return tr("no reading")
    seconds = max(seconds, 0.0)
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return tr("{minutes} min ago").format(minutes=int(seconds // 60))
    if seconds < 2 * 86400:
        return tr("{hours} h ago").format(hours=int(seconds // 3600))
    return tr("{days} days ago").format(days=int(seconds // 86400))


def _utc(feature: ogr.Feature, name: str) -> datetime | None:
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    return datetime_from_ogr(feature.GetFieldAsDateTime(index))


class RefreshTask(PluginTask):
    """Fetch the source and store it, in a worker thread. ``result`` or ``error`` (a sentence
    for the planner) is set when it ends; a cancel (also QGIS's own when it quits) aborts the
    request in flight and leaves the store as it was."""

    def __init__(self, source: ParkingSource, store: str, timeout_s: float) -> None:
        super().__init__(tr("Refreshing live parking data"))
        self.source, self.store, self.timeout_s = source, store, timeout_s
        self.result: StoreResult | None = None
        self.problems: list[str] = []
        self.error = ""
        # Cancels a request in flight, not only between two requests.
        self._feedback = QgsFeedback()

    def run(self) -> bool:
        try:
            store = open_store(self.store)
            try:
                store.check_writable(PARKING_LAYERS)
            except StoreError as error:  # said before the feed is fetched
                self.error = tr("{reason}. Nothing was fetched; the stored readings are "
                                "unchanged.").format(reason=str(error).rstrip("."))
                return False
            # A refresh that outlives a few timeouts would hold up the next ones.
            transport = QgisTransport(self.timeout_s, self._feedback,
                                      total_s=REFRESH_TIMEOUTS * self.timeout_s)
            batch = fetch_parking(self.source, transport, progress=self)
            if self.isCanceled():
                return False
            self.result = store_parking(store, batch)
            self.problems = list(batch.problems)
            return True
        except Canceled:
            return False
        except ParkingFeedError as error:
            self.error = str(error)
        except StoreError as error:
            if not str(self.store).strip().lower().endswith(".gpkg"):  # PostGIS
                self.error = tr("The readings could not be saved in {store}: {error}. The "
                                "stored readings are unchanged.").format(
                                    store=self.store, error=str(error).rstrip("."))
            else:
                self.error = tr("The readings could not be saved in {store}: {error}. Check "
                                "that the file is a GeoPackage you may write to.").format(
                                    store=self.store, error=error)
        except ValueError as error:
            self.error = tr("The source settings are not valid: {error}").format(error=error)
        except Exception:  # noqa: BLE001 - a planner gets a sentence, the log the details
            log(traceback.format_exc(), Qgis.MessageLevel.Critical)
            self.error = tr("The refresh failed unexpectedly; the stored readings are "
                            "unchanged. The details are in the Heilbronn Digital log.")
        return False

    def cancel(self) -> None:
        self._feedback.cancel()
        super().cancel()


class LiveRefresher(QObject):
    """Starts a :class:`RefreshTask` now and then every ``interval_s`` until paused.

    Signals (main thread): ``started``; ``refreshed(StoreResult)`` after a successful one;
    ``warned(str)`` after one whose feed had records with problems (details in the log);
    ``failed(str)`` with a sentence for the planner.
    """

    started = pyqtSignal()
    refreshed = pyqtSignal(object)
    warned = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = LiveSettings()
        self._task: RefreshTask | None = None
        # New settings while a refresh is under way: refresh again with them once it ends.
        self._again = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_now)

    @property
    def running(self) -> bool:
        """Refreshing at the interval (not paused)."""
        return self._timer.isActive()

    @property
    def busy(self) -> bool:
        """A refresh is under way."""
        return self._task is not None

    def start(self, settings: LiveSettings) -> bool:
        """Refresh now and then at the interval; ``False`` (and ``failed``) when the settings
        are incomplete."""
        self.settings = settings
        problem = settings.problem()
        if problem:
            self.failed.emit(problem)
            return False
        self._timer.start(max(settings.interval_s, 1) * 1000)
        self._again = self._task is not None
        self.refresh_now()
        return True

    def pause(self) -> None:
        """No further refreshes; one under way still finishes."""
        self._timer.stop()

    def refresh_now(self) -> None:
        """One refresh in the background, unless one is under way already."""
        if self._task is not None or self.settings.problem():
            return
        task = RefreshTask(self.settings.source(), self.settings.store,
                           self.settings.timeout_s)
        task.taskCompleted.connect(self._completed)
        task.taskTerminated.connect(self._terminated)
        self._task = task
        QgsApplication.taskManager().addTask(task)
        self.started.emit()

    def shutdown(self) -> None:
        """Stop the timer and cancel a refresh under way (the plugin unloads)."""
        self._timer.stop()
        self._again = False
        task, self._task = self._task, None
        if task is not None:
            task.taskCompleted.disconnect(self._completed)
            task.taskTerminated.disconnect(self._terminated)
            task.cancel()

    def _completed(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            self.refreshed.emit(task.result)
            if task.problems:
                for problem in task.problems:
                    log(problem, Qgis.MessageLevel.Warning)
                self.warned.emit(tr(
                    "{count} records of the feed had problems: kept and flagged, or left out. "
                    "The details are in the Heilbronn Digital log.").format(
                        count=len(task.problems)))
        self._refresh_again()

    def _terminated(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            self.failed.emit(task.error or tr("The refresh was canceled; the stored readings "
                                              "are unchanged."))
        self._refresh_again()

    def _refresh_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh_now()
