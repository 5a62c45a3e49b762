"""Reading a store for publication: layers as plain records, times as aware UTC instants.

Through OGR, which opens a GeoPackage path and a PostGIS data source (``PG:service=…``)
alike, so the publication does not depend on the backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from osgeo import ogr

from ..store import schema
from ..toolbelt.i18n import tr
from ..toolbelt.ogr_open import ogr_open

GEOMETRY = "geometry"
_UTC_TZFLAG = 100


class SourceError(Exception):
    """The store cannot be read; the message names it."""


@dataclass
class Store:
    """An open store; :meth:`read` returns ``None`` for a layer it does not have."""

    name: str
    ds: ogr.DataSource

    def has(self, layer_name: str) -> bool:
        return self.ds.GetLayerByName(layer_name) is not None

    def count(self, layer_name: str) -> int:
        lyr = self.ds.GetLayerByName(layer_name)
        return 0 if lyr is None else lyr.GetFeatureCount()

    def read(self, layer_name: str) -> list[dict[str, Any]] | None:
        """Every feature of ``layer_name``: field values by name (datetimes as aware UTC
        instants), and its geometry as WKB (EPSG:25832) under ``GEOMETRY``."""
        lyr = self.ds.GetLayerByName(layer_name)
        if lyr is None:
            return None
        defn = lyr.GetLayerDefn()
        fields = [(i, defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetType())
                  for i in range(defn.GetFieldCount())]
        records = []
        lyr.ResetReading()
        for feature in lyr:
            record: dict[str, Any] = {}
            for index, name, kind in fields:
                if not feature.IsFieldSetAndNotNull(index):
                    record[name] = None
                elif kind == ogr.OFTDateTime:
                    record[name] = _instant(feature.GetFieldAsDateTime(index))
                else:
                    record[name] = feature.GetField(index)
            geometry = feature.GetGeometryRef()
            record[GEOMETRY] = (None if geometry is None or geometry.IsEmpty()
                                else bytes(geometry.ExportToIsoWkb()))
            records.append(record)
        return records

    def close(self) -> None:
        self.ds = None


def open_store(store: str | Path) -> Store:
    """Open a store read-only; a sentence names the file when it is missing or not a store."""
    name = str(store)
    if not name.startswith("PG:") and not Path(name).is_file():
        raise SourceError(tr("The store {store} does not exist. Choose the GeoPackage that "
                             "the imports write to.").format(store=name))
    ds = ogr_open(name)
    if ds is None:
        raise SourceError(tr("{store} cannot be opened as a store (not a GeoPackage or "
                             "PostGIS data source).").format(store=name))
    known = {layer.name for layer in schema.LAYERS}
    present = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    if not known & present:
        raise SourceError(tr("{store} is not a Heilbronn Digital store: it has none of the "
                             "store's layers (citizen_reports, parking_sites, indoor_spaces, "
                             "…).").format(store=name))
    return Store(name, ds)


def _instant(parts: list) -> datetime | None:
    year, month, day, hour, minute, second, tzflag = parts
    if year == 0:
        return None
    stamp = datetime(year, month, day, hour, minute, tzinfo=timezone.utc) + timedelta(
        seconds=round(second, 3))
    # The store keeps UTC; a value written with another offset is converted, one without
    # any (flag 0 or 1) is taken as the store's UTC.
    if tzflag > 1 and tzflag != _UTC_TZFLAG:
        stamp -= timedelta(minutes=(tzflag - _UTC_TZFLAG) * 15)
    return stamp
