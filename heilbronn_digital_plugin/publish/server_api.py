"""The publication's own pages on QGIS Server: the landing page, the DCAT-AP.de catalogue
and the published files, at the same paths as in the publication folder, beside the OGC API
– Features that QGIS Server answers under ``/wfs3``.

A QGIS Server Python plugin API (loaded through ``serverClassFactory`` in the plugin's
``__init__.py``). It serves only files the folder's manifest lists, so no request can reach
any other file; and only for a project that lies in a publication folder, so installed on a
server for other projects it answers nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsMessageLog
from qgis.PyQt.QtCore import QUrl
from qgis.server import QgsServerApi, QgsServerApiContext, QgsServerInterface

from .folder import FOLDER_VARIABLE, read_manifest
from .landing import CATALOGUE_JSONLD, CATALOGUE_TTL, LANDING
from .publisher import DATASETS

# The name of QGIS Server's own landing page API.
QGIS_LANDING_PAGE = "Landing Page"
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".ttl": "text/turtle; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".json": "application/json",
    ".geojson": "application/geo+json",
    ".csv": "text/csv; charset=utf-8",
    ".gpkg": "application/geopackage+sqlite3",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_ROOT_FILES = {"", LANDING, CATALOGUE_TTL, CATALOGUE_JSONLD}


class OpenDataApi(QgsServerApi):
    """Answers ``/``, ``/index.html``, ``/catalog.ttl``, ``/catalog.jsonld`` and
    ``/<dataset>/<file>`` from the publication folder."""

    def name(self) -> str:
        return "Heilbronn Digital open data"

    def description(self) -> str:
        return "Landing page, DCAT-AP.de catalogue and files of an open-data publication"

    def rootPath(self) -> str:
        return "/"

    def accept(self, url: QUrl) -> bool:
        relative = url.path().lstrip("/")
        if relative in _ROOT_FILES:
            return True
        # Only a dataset's folder: QGIS Server asks its APIs in no fixed order, and
        # /wfs3/collections.json must reach the OGC API.
        parts = relative.split("/")
        return (len(parts) == 2 and parts[0] in DATASETS and bool(parts[1])
                and Path(parts[1]).suffix in MEDIA_TYPES)

    def executeRequest(self, context: QgsServerApiContext) -> None:
        response = context.response()
        method = context.request().method()
        if method not in (context.request().GetMethod, context.request().HeadMethod):
            response.sendError(405, "Only GET and HEAD are allowed here.")
            return
        relative = context.request().url().path().lstrip("/") or LANDING
        folder = _folder(context)
        manifest = read_manifest(folder) if folder is not None else None
        if manifest is None or relative not in set(manifest.files):
            response.sendError(404, f"Not found: /{relative}")
            return
        try:
            data = (folder / relative).read_bytes()
        except OSError as error:
            QgsMessageLog.logMessage(f"Cannot read {folder / relative}: {error}",
                                     "Heilbronn Digital")
            response.sendError(500, "The file cannot be read.")
            return
        response.setStatusCode(200)
        response.setHeader("Content-Type", MEDIA_TYPES.get(Path(relative).suffix,
                                                           "application/octet-stream"))
        # Hackathon web apps fetch from their own origin.
        response.setHeader("Access-Control-Allow-Origin", "*")
        if method == context.request().GetMethod:
            response.write(data)
        else:
            # HEAD: the size without the body (a harvester such as ckanext-dcat asks for it
            # first); QGIS would send Content-Length: 0.
            response.setHeader("Content-Length", str(len(data)))


class OpenDataServerPlugin:
    """What ``serverClassFactory`` returns: registers :class:`OpenDataApi` and keeps it.

    QGIS Server asks its APIs in no fixed order (a hash), so when QGIS's own landing page
    (package qgis-server-landingpage) is installed, "/" would go to it or to us by chance.
    A server started to serve a publication (``HEILBRONN_OPENDATA_FOLDER`` set, as the
    plugin's launcher does) therefore takes QGIS's landing page out."""

    def __init__(self, server_iface: QgsServerInterface) -> None:
        registry = server_iface.serviceRegistry()
        if os.environ.get(FOLDER_VARIABLE):
            registry.unregisterApi(QGIS_LANDING_PAGE)
        self.api = OpenDataApi(server_iface)
        registry.registerApi(self.api)


def _folder(context: QgsServerApiContext) -> Path | None:
    project = context.project()
    if project is not None and project.fileName():
        folder = Path(project.fileName()).resolve().parent
        if read_manifest(folder) is not None:
            return folder
    configured = os.environ.get(FOLDER_VARIABLE)
    return Path(configured).resolve() if configured else None
