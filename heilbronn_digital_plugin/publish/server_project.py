"""The QGIS project that QGIS Server serves a publication from (``opendata.qgs``): every
published table as a layer, offered as an OGC API – Features collection under its table name.

It lies in the publication folder, beside the data it reads (relative paths), so the folder is
a complete QGIS Server deployment: ``qgis_mapserver`` on a laptop at a hackathon, or the
same folder under a city's FastCGI QGIS Server.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..toolbelt.i18n import tr
from ..toolbelt.ogr_open import ogr_open
from ..toolbelt.qgis_compat import server_properties
from .folder import SERVER_PROJECT, read_manifest


class ServerProjectError(Exception):
    """The folder is not a publication, or a layer of it cannot be read."""


def write_server_project(folder: str | Path) -> Path:
    """Write ``opendata.qgs`` for the publication in ``folder``; returns its path."""
    folder = Path(folder).resolve()
    manifest = read_manifest(folder)
    if manifest is None:
        raise ServerProjectError(tr(
            "{folder} is not an open-data publication (it has no publication.json). Publish "
            "into it first with “Publish as open data…”.").format(folder=folder))
    project = QgsProject()
    project.setTitle(tr("Open data: Heilbronn"))
    layer_ids = []
    for relative in sorted(f for f in manifest.files if f.endswith(".gpkg")):
        path = folder / relative
        for table in _tables(path):
            layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
            if not layer.isValid():
                raise ServerProjectError(tr("QGIS cannot read the table {table} of {path}.")
                                         .format(table=table, path=path))
            # The collection id of the API is the layer's short name.
            server_properties(layer).setShortName(table)
            server_properties(layer).setTitle(table)
            project.addMapLayer(layer)
            layer_ids.append(layer.id())
    project.writeEntry("WFSLayers", "/", layer_ids)
    # The CRSs the API offers besides CRS84: the city's and the web map's.
    project.writeEntry("WMSCrsList", "/", ["EPSG:4326", "EPSG:25832", "EPSG:3857"])
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", project.title())
    project.writeEntry("WMSServiceAbstract", "/", tr(
        "Citizen reports, parking and barrier-free floorplans, generalised to protect privacy. "
        "DCAT-AP.de catalogue: catalog.ttl, catalog.jsonld."))
    project.writeEntryBool("Paths", "/Absolute", False)
    target = folder / SERVER_PROJECT
    # QGIS would keep the old project as opendata.qgs~, a file the publication did not list.
    target.unlink(missing_ok=True)
    if not project.write(str(target)):
        raise ServerProjectError(tr("The server project {path} cannot be written: {error}")
                                 .format(path=target, error=project.error()))
    project.clear()
    return target


def _tables(path: Path) -> list[str]:
    ds = ogr_open(path)
    if ds is None:
        raise ServerProjectError(tr("{path} cannot be opened.").format(path=path))
    try:
        return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    finally:
        ds = None
