"""The QGIS project that QGIS Server serves a publication from (``opendata.qgs``): every
published table as a layer, offered as an OGC API – Features collection under its table name.

It lies in the publication folder, beside the data it reads (relative paths), so the folder is
a complete QGIS Server deployment: ``qgis_mapserver`` on a laptop at a hackathon, or the
same folder under a city's FastCGI QGIS Server.

The layers read ``opendata_api.gpkg``, a copy of the publication's GeoPackages made for the
API: QGIS Server (3.22 to 3.44) writes a GeoPackage's date-times without their offset
("2025-11-18T10:00:00.000", UTC, which a hackathon team reads as local time). In the copy every
instant is ISO 8601 text in UTC with its "Z", as in the GeoJSON and CSV files, and the layer's
time dimension names those fields, so ``datetime=`` still filters: QGIS Server compares text
fields through ``to_datetime()``, which keeps the offset.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsProject, QgsVectorLayer, QgsVectorLayerServerProperties

from ..toolbelt.i18n import tr
from ..toolbelt.ogr_open import ogr_open
from ..toolbelt.qgis_compat import server_properties
from .folder import SERVER_DATA, SERVER_PROJECT, read_manifest

# OGR's time zone flag: 100 is UTC, each step 15 minutes; 0 unknown, 1 local time.
_UTC_TZFLAG = 100


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
    served = _write_served_data(folder, sorted(f for f in manifest.files
                                               if f.endswith(".gpkg")))
    project = QgsProject()
    project.setTitle(tr("Open data: Heilbronn"))
    layer_ids = []
    for table in served:
        path = folder / SERVER_DATA
        layer = QgsVectorLayer(f"{path}|layername={table.name}", table.name, "ogr")
        if not layer.isValid():
            raise ServerProjectError(tr("QGIS cannot read the table {table} of {path}.")
                                     .format(table=table.name, path=path))
        # The collection id of the API is the layer's short name.
        server_properties(layer).setShortName(table.name)
        server_properties(layer).setTitle(table.name)
        if table.instants:
            # What ``datetime=`` filters by: the first instant, to the period's end if any.
            layer.serverProperties().addWmsDimension(
                QgsVectorLayerServerProperties.WmsDimensionInfo(
                    "time", table.instants[0], table.end or ""))
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


@dataclass(frozen=True)
class _Served:
    """A table of the served GeoPackage: its date-time fields (now text) in order, and the
    one that ends each row's period (``*_end``), if any."""

    name: str
    instants: tuple[str, ...]
    end: str | None


def _write_served_data(folder: Path, sources: list[str]) -> list[_Served]:
    """Copy every table of the publication's GeoPackages ``sources`` into ``SERVER_DATA``,
    date-times as ISO 8601 text in UTC ("2025-11-18T10:00:00Z"). Written beside and moved
    into place, so a server reading the old copy is never shown half a file."""
    target = folder / SERVER_DATA
    temporary = folder / f".{SERVER_DATA}"
    temporary.unlink(missing_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    gdal.ErrorReset()
    out = driver.CreateDataSource(str(temporary))
    if out is None:
        raise ServerProjectError(tr("The server data {path} cannot be written: {error}").format(
            path=temporary, error=gdal.GetLastErrorMsg()))
    served = []
    try:
        for relative in sources:
            path = folder / relative
            ds = ogr_open(path)
            if ds is None:
                raise ServerProjectError(tr("{path} cannot be opened.").format(path=path))
            for index in range(ds.GetLayerCount()):
                served.append(_copy_layer(ds.GetLayer(index), out, path))
            ds = None
    finally:
        out = None
    os.replace(temporary, target)
    return served


def _copy_layer(source: ogr.Layer, out: ogr.DataSource, path: Path) -> _Served:
    defn = source.GetLayerDefn()
    name = source.GetName()
    options = ["FID=fid", "GEOMETRY_NAME=geom"]
    layer = out.CreateLayer(name, source.GetSpatialRef(), source.GetGeomType(), options)
    instants = []
    for index in range(defn.GetFieldCount()):
        field = defn.GetFieldDefn(index)
        if field.GetType() == ogr.OFTDateTime:
            instants.append(index)
            field = ogr.FieldDefn(field.GetName(), ogr.OFTString)
        if layer is None or layer.CreateField(field) != 0:
            raise ServerProjectError(tr("The table {table} of {path} cannot be copied for the "
                                        "server: {error}").format(
                                            table=name, path=path, error=gdal.GetLastErrorMsg()))
    layer.StartTransaction()
    for feature in source:
        copy = ogr.Feature(layer.GetLayerDefn())
        copy.SetFrom(feature)
        for index in instants:
            if feature.IsFieldSetAndNotNull(index):
                copy.SetField(index, _utc_text(feature.GetFieldAsDateTime(index), name))
        if layer.CreateFeature(copy) != 0:
            raise ServerProjectError(tr("The table {table} of {path} cannot be copied for the "
                                        "server: {error}").format(
                                            table=name, path=path, error=gdal.GetLastErrorMsg()))
    layer.CommitTransaction()
    names = tuple(defn.GetFieldDefn(i).GetName() for i in instants)
    ends = [n for n in names[1:] if n.endswith("_end")]
    return _Served(name, names, ends[0] if ends else None)


def _utc_text(parts: list, table: str) -> str:
    """OGR's ``[year, month, day, hour, minute, second, tz flag]`` as ISO 8601 UTC with "Z".
    The publication writes every instant with its offset (UTC in a GeoPackage)."""
    year, month, day, hour, minute, second, flag = parts
    if flag < _UTC_TZFLAG - 56 or flag > _UTC_TZFLAG + 56:
        raise ServerProjectError(tr("The table {table} holds a time without its offset; "
                                    "publish again.").format(table=table))
    moment = datetime(year, month, day, hour, minute, int(second),
                      tzinfo=timezone(timedelta(minutes=15 * (flag - _UTC_TZFLAG))))
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
