"""Serving a publication to a hackathon: QGIS Server's ``qgis_mapserver`` over the folder's
``opendata.qgs``, with the plugin's server API for the landing page, catalogue and files.

Why QGIS Server: it is the QGIS of the desktop (same GDAL, same PyQGIS, one package on Debian
and in OSGeo4W), it answers OGC API – Features with HTML pages, ``bbox``, ``datetime``,
``limit`` and ``offset``, and the same folder runs unchanged under a city's FastCGI QGIS
Server. ``qgis_mapserver`` is QGIS's development server: one request at a time, enough for
a hackathon on a laptop, not for the city's portal.

No QGIS import here: ``make opendata`` and the plugin's menu action both start the server
through :func:`start`.
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number
from .folder import FOLDER_VARIABLE, SERVER_PROJECT
from .landing import CATALOGUE_TTL

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# QGIS settings: the last publication folder and the port of the serve action.
LAST_FOLDER_SETTING = "heilbronn_digital/opendata/folder"
PORT_SETTING = "heilbronn_digital/opendata/port"
_STARTUP_S = 60.0
# What QGIS Server logs when the plugin's serverClassFactory fails.
_PLUGIN_FAILED = "Error loading server plugin"


class ServeError(Exception):
    """The server cannot start; the message says why and what to do."""


class PortInUse(ServeError):
    def __init__(self, host: str, port: int, hint: str) -> None:
        super().__init__(tr(
            "Port {port} on {host} is already in use (another server, or an open-data server "
            "started before). Choose another port: {hint}").format(port=port, host=host,
                                                                   hint=hint))
        self.port = port


@dataclass
class Server:
    """A running ``qgis_mapserver``; :meth:`stop` ends it."""

    process: subprocess.Popen
    host: str
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout_s: float = 5.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout_s)

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def find_mapserver(prefix: str | Path | None = None) -> str | None:
    """The ``qgis_mapserver`` program: on the PATH, else beside the QGIS in ``prefix``."""
    found = shutil.which("qgis_mapserver")
    if found:
        return found
    if prefix:
        for candidate in ("bin/qgis_mapserver", "bin/qgis_mapserver.exe",
                          "bin/qgis_mapserver.bat", "MacOS/qgis_mapserver"):
            path = Path(prefix) / candidate
            if path.is_file():
                return str(path)
    return None


def check_port(host: str, port: int, hint: str) -> None:
    """Raise :class:`PortInUse` when ``host:port`` is taken."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if os.name != "nt":
            # As QGIS Server binds: connections of a server stopped a moment ago (TIME_WAIT)
            # do not hold the port, a program listening on it does. (On Windows the option
            # would let two servers share a port.)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE",
                                                                       -1)):
                raise PortInUse(host, port, hint) from error
            raise ServeError(tr("The server cannot listen on {host}:{port}: {error}").format(
                host=host, port=port, error=error.strerror)) from error


def start(folder: str | Path, plugins_dir: str | Path, host: str = DEFAULT_HOST,
          port: int = DEFAULT_PORT, log_path: str | Path | None = None,
          mapserver: str | None = None, port_hint: str = "") -> Server:
    """Start ``qgis_mapserver`` on ``host:port`` over the publication in ``folder`` (its
    ``opendata.qgs`` must exist: :func:`server_project.write_server_project`).
    ``plugins_dir`` is the folder that holds this plugin, so the server loads its API."""
    folder = Path(folder).resolve()
    project = folder / SERVER_PROJECT
    if not project.is_file():
        raise ServeError(tr("{folder} has no server project {project}: publish into it "
                            "first.").format(folder=folder, project=SERVER_PROJECT))
    check_port(host, port, port_hint)
    program = mapserver or find_mapserver()
    if program is None:
        raise ServeError(tr(
            "QGIS Server (qgis_mapserver) is not installed. On Debian and Ubuntu: sudo "
            "apt-get install qgis-server-bin qgis-server-wfs3; on Windows: the "
            "“qgis-server” package of the OSGeo4W installer."))
    log_path = Path(log_path or Path(tempfile.gettempdir()) / f"heilbronn-opendata-{port}.log")
    env = dict(os.environ)
    env.update({
        "QGIS_PLUGINPATH": str(Path(plugins_dir).resolve()),
        "QGIS_PROJECT_FILE": str(project),
        FOLDER_VARIABLE: str(folder),
        "QGIS_SERVER_LOG_STDERR": "1",
        "QGIS_SERVER_LOG_LEVEL": "1",
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
    })
    log = log_path.open("w", encoding="utf-8")
    try:
        process = subprocess.Popen([program, "-p", str(project), f"{host}:{port}"], env=env,
                                   stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    except OSError as error:
        raise ServeError(tr("{program} cannot be started: {error}").format(
            program=program, error=error.strerror)) from error
    finally:
        log.close()
    return Server(process, host, port, log_path)


def ready(server: Server, timeout_s: float = 2.0) -> bool:
    """Whether the server answers its catalogue (one request, bounded in time). QGIS Server
    answers what it does not know with an XML exception and status 200, so the media type
    shows whether the plugin's server API answered."""
    try:
        with urllib.request.urlopen(f"{server.url}/{CATALOGUE_TTL}", timeout=timeout_s) as r:
            return r.status == 200 and r.headers.get("Content-Type", "").startswith(
                "text/turtle")
    except (urllib.error.URLError, OSError):
        return False


def wait_until_ready(server: Server, timeout_s: float = _STARTUP_S) -> None:
    """Block until the server answers; stop it and say why when it does not."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not server.running():
            raise ServeError(tr("QGIS Server stopped at start-up:\n{log}").format(
                log=server.log_tail()))
        if ready(server):
            return
        if _PLUGIN_FAILED in server.log_tail(200):
            server.stop()
            raise ServeError(tr("QGIS Server could not load the plugin's server part:\n"
                                "{log}").format(log=server.log_tail(40)))
        time.sleep(0.3)
    server.stop()
    raise ServeError(tr("QGIS Server did not answer within {seconds} s:\n{log}").format(
        seconds=local_number(timeout_s, ".0f"), log=server.log_tail()))
