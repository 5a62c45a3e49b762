"""The film: a station's time range (the parking day) as MP4 and animated GIF, caption and clock
burnt in, to take home.

Each frame of the Temporal Controller's range is drawn by QGIS's map renderer (in its own
threads: the panel stays responsive), the caption, the clock (Heilbronn time) and the credits
are painted over it, and the frames go to a real encoder: ffmpeg from the system where
installed, else the binary of the ``imageio-ffmpeg`` package. Encoding runs as a background
task; both steps report progress and can be canceled.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QObject, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..store.layers import fit_frame_filters
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import MapSettingsFlag
from ..toolbelt.tasks import PluginTask
from .vernissage_player import from_iso
from .vernissage_presenter import clock_text, credits_text
from .vernissage_tour import Station

SIZES = ((640, 360), (960, 540), (1280, 720), (1920, 1080))
# A film of a whole day at 15-minute frames is 96 frames: 8 per second make 12 s.
DEFAULT_FPS = 8
ENCODE_TIMEOUT_S = 600
_POLL_S = 0.1


@dataclass
class FilmSettings:
    """What to write: the frame size, the frame rate and the files (either may be ``None``)."""

    width: int = 960
    height: int = 540
    fps: float = DEFAULT_FPS
    mp4: Path | None = None
    gif: Path | None = None


class EncodingError(Exception):
    """The encoder failed or is missing; the message says what to do."""


def find_encoder() -> str | None:
    """ffmpeg from the system, else the one the ``imageio-ffmpeg`` package ships."""
    system = shutil.which("ffmpeg")
    if system:
        return system
    try:
        import imageio_ffmpeg  # optional: a pip package, not part of QGIS

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        return None


def no_encoder_message() -> str:
    return tr("No video encoder: install ffmpeg (on Debian and Ubuntu: apt install ffmpeg) "
              "or the Python package imageio-ffmpeg to export films.")


def frame_ranges(station: Station) -> list[QgsDateTimeRange]:
    """The Temporal Controller's frames of the station's range, in order."""
    if station.time is None:
        return []
    start, end = from_iso(station.time.start), from_iso(station.time.end)
    step = int(round(station.time.step_minutes * 60))
    frames = []
    begin = start
    while step > 0 and begin < end:
        frames.append(QgsDateTimeRange(begin, begin.addSecs(step), True, False))
        begin = begin.addSecs(step)
    return frames


def map_settings(project: QgsProject, station: Station, size: QSize) -> QgsMapSettings:
    """The station's map (layers, extent, CRS) at ``size`` pixels, ready for a frame."""
    settings = QgsMapSettings()
    settings.setLayers([node.layer() for node in project.layerTreeRoot().findLayers()
                        if node.layerId() in station.layers and node.layer() is not None])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(station.crs)
                               if station.crs else project.crs())
    settings.setOutputSize(size)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(MapSettingsFlag.Antialiasing, True)
    settings.setTransformContext(project.transformContext())
    settings.setExtent(QgsRectangle(*station.extent))
    settings.setIsTemporal(True)
    return settings


def burn_in(image: QImage, title: str, clock: str, credits: str) -> None:
    """Clock (top right), caption (bottom left) and a credit line (under it) onto ``image``."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    height = image.height()
    pad = max(6, height // 60)
    bottom = height - pad
    # Drawn from the bottom up: the credits, then the caption above them.
    for text, px, bold, corner in ((credits, height // 45, False, "bottom"),
                                   (title, height // 18, True, "bottom"),
                                   (clock, height // 24, True, "top_right")):
        if not text:
            continue
        font = QFont("Sans Serif")
        font.setPixelSize(max(px, 9))
        font.setBold(bold)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, image.width() - 4 * pad)
        width = metrics.horizontalAdvance(text) + 2 * pad
        box_height = metrics.height() + pad
        if corner == "top_right":
            box = QRectF(image.width() - width - pad, pad, width, box_height)
        else:
            box = QRectF(pad, bottom - box_height, width, box_height)
            bottom -= box_height + pad / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, pad / 2, pad / 2)
        painter.setPen(QColor(26, 26, 26))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()


def encode(ffmpeg: str, frames: Path, fps: float, settings: FilmSettings,
           canceled: Callable[[], bool] = lambda: False) -> None:
    """``frames``/frame_00000.png … into the MP4 and the GIF of ``settings``."""
    pattern = str(frames / "frame_%05d.png")
    jobs = []
    if settings.mp4 is not None:
        jobs.append([ffmpeg, "-y", "-v", "error", "-framerate", f"{fps:g}", "-i", pattern,
                     "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                     "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2", str(settings.mp4)])
    if settings.gif is not None:
        jobs.append([ffmpeg, "-y", "-v", "error", "-framerate", f"{fps:g}", "-i", pattern,
                     "-vf", "split[a][b];[a]palettegen[p];[b][p]paletteuse",
                     str(settings.gif)])
    for command in jobs:
        _run(command, canceled)


def _run(command: list[str], canceled: Callable[[], bool]) -> None:
    # The encoder's messages go to a file: a pipe nobody reads while waiting could fill up.
    with tempfile.TemporaryFile() as errors, subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=errors) as process:
        deadline = time.monotonic() + ENCODE_TIMEOUT_S
        while process.poll() is None:
            if canceled() or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise EncodingError(tr("The film was canceled.") if canceled() else
                                    tr("The encoder took longer than {s} s.").format(
                                        s=ENCODE_TIMEOUT_S))
            time.sleep(_POLL_S)
        if process.returncode != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise EncodingError(tr("The encoder failed: {error}").format(
                error=lines[-1] if lines else process.returncode))


class _EncodeTask(PluginTask):
    def __init__(self, ffmpeg: str, frames: Path, settings: FilmSettings) -> None:
        super().__init__(tr("Encoding the Vernissage film"))
        self.ffmpeg, self.frames, self.settings = ffmpeg, frames, settings
        self.error = ""

    def run(self) -> bool:
        try:
            encode(self.ffmpeg, self.frames, self.settings.fps, self.settings, self.isCanceled)
        except (EncodingError, OSError) as error:
            self.error = str(error)
            return False
        return True


class FilmExport(QObject):
    """Draws a station's frames one after the other, then encodes them in a task."""

    progress = pyqtSignal(float)  # 0 to 100
    finished = pyqtSignal(bool, str)  # success, message

    def __init__(self, project: QgsProject, station: Station, settings: FilmSettings,
                 language: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project, self.station, self.settings = project, station, settings
        self.frames = frame_ranges(station)
        self._base = map_settings(project, station, QSize(settings.width, settings.height))
        caption = station.caption(language)
        self._title = caption.title
        self._credits = credits_text(project, station)
        self._language = language
        self._folder = tempfile.TemporaryDirectory(prefix="heilbronn-film-")
        self._job: QgsMapRendererParallelJob | None = None
        # The job whose frame was saved last: kept until the next one ends, as a job must not
        # be deleted while it emits its own ``finished`` (QGIS's canvas defers it likewise).
        self._done_job: QgsMapRendererParallelJob | None = None
        self._task: _EncodeTask | None = None
        self._next = 0
        self._canceled = False
        self.ffmpeg = find_encoder()

    def start(self) -> None:
        """Draw the frames in the background, then encode (``finished`` at the end)."""
        problem = self._problem()
        if problem:
            self._end(False, problem)
            return
        self._render(0)

    def run_blocking(self) -> None:
        """Everything at once, for scripts (`make demo`); raises :class:`EncodingError`."""
        problem = self._problem()
        if problem:
            raise EncodingError(problem)
        for index in range(len(self.frames)):
            job = QgsMapRendererParallelJob(self._settings(index))
            job.start()
            job.waitForFinished()
            self._save(index, job.renderedImage())
        encode(self.ffmpeg, Path(self._folder.name), self.settings.fps, self.settings)
        self._folder.cleanup()

    def cancel(self) -> None:
        self._canceled = True
        if self._job is not None:
            self._job.cancelWithoutBlocking()
        if self._task is not None:
            self._task.cancel()

    def stop(self, wait_ms: int = 2000) -> None:
        """Cancel and wait (up to ``wait_ms`` for the encoder) without reporting back: for a
        panel that goes away while a film is under way."""
        self._canceled = True
        if self._job is not None:
            self._job.finished.disconnect(self._rendered)
            self._job.cancel()  # blocks until the renderer's threads have stopped
            self._job = None
        if self._task is not None:
            self._task.taskCompleted.disconnect()
            self._task.taskTerminated.disconnect()
            self._task.cancel()
            self._task.waitForFinished(wait_ms)
            self._task = None
        self._folder.cleanup()

    def _problem(self) -> str:
        if not self.frames:
            return tr("This station has no time range to film: take it again with the "
                      "Temporal Controller on.")
        if self.ffmpeg is None:
            return no_encoder_message()
        return ""

    def _settings(self, index: int) -> QgsMapSettings:
        """The frame's map: its time range, and the variables QGIS's map canvas gives a map
        (``@map_start_time`` …), which time-filtered styles read: without them the occupancy
        map's rules match nothing and the film shows the same map in every frame."""
        settings = QgsMapSettings(self._base)
        settings.setTemporalRange(self.frames[index])
        fit_frame_filters(self.project, self.frames[index])
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.globalScope())
        context.appendScope(QgsExpressionContextUtils.projectScope(self.project))
        context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
        settings.setExpressionContext(context)
        return settings

    def _save(self, index: int, image: QImage) -> None:
        burn_in(image, self._title, clock_text(self.frames[index].begin(), self._language),
                self._credits)
        image.save(str(Path(self._folder.name) / f"frame_{index:05d}.png"))

    def _render(self, index: int) -> None:
        self._next = index
        self._job = QgsMapRendererParallelJob(self._settings(index))
        self._job.finished.connect(self._rendered)
        self._job.start()

    def _rendered(self) -> None:
        job, self._job = self._job, None
        self._done_job = job
        if self._canceled:
            self._end(False, tr("The film was canceled."))
            return
        self._save(self._next, job.renderedImage())
        done = self._next + 1
        self.progress.emit(80.0 * done / len(self.frames))
        if done < len(self.frames):
            self._render(done)
            return
        self._task = _EncodeTask(self.ffmpeg, Path(self._folder.name), self.settings)
        self._task.taskCompleted.connect(lambda: self._end(True, ""))
        self._task.taskTerminated.connect(
            lambda: self._end(False, self._task.error or tr("The film was canceled.")))
        QgsApplication.taskManager().addTask(self._task)

    def _end(self, ok: bool, message: str) -> None:
        self._folder.cleanup()
        if ok:
            self.progress.emit(100.0)
        self.finished.emit(ok, message)
