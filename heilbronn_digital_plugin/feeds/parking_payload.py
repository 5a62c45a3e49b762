"""Reading the payload of a parking feed: JSON, XML, geometry; one error type for all.

The parsers get bytes. A body that is no JSON/XML at all (an HTML error page, a login page, a
cut-off answer) is a :class:`~.parking_records.ParkingFormatError` whose message says what the
bytes look like, so the caller can name the URL and what to check.
"""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
from typing import Any

from osgeo import ogr, osr

from ..toolbelt.i18n import tr
from ..toolbelt.ogr_open import ogr_geometry
from . import decoding
from .parking_records import ParkingFormatError
from .positions import declared_crs, to_wgs84

_EWKB_SRID_FLAG = 0x20000000


def load_json(data: bytes) -> Any:
    try:
        return decoding.load_json(data)[0]
    except decoding.PayloadError as error:
        raise ParkingFormatError(_what(data, str(error))) from None


def load_xml(data: bytes) -> ET.Element:
    if _looks_like_html(data):
        raise ParkingFormatError(_what(data, ""))
    try:
        return decoding.load_xml(data)
    except decoding.PayloadError as error:
        raise ParkingFormatError(str(error)) from None


def _looks_like_html(data: bytes) -> bool:
    head = decoding.decode(data[:200]).text.lstrip()[:15].lower()
    return head.startswith(("<!doctype html", "<html"))


def _what(data: bytes, otherwise: str) -> str:
    if _looks_like_html(data):
        return tr("it is a web page (HTML), not data")
    if not data.strip():
        return tr("the answer is empty")
    return otherwise


def local(tag: str) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if local(child.tag) == name]


def first(element: ET.Element, name: str) -> ET.Element | None:
    """The first descendant named ``name`` (any namespace, any depth), or ``None``."""
    for node in element.iter():
        if node is not element and local(node.tag) == name:
            return node
    return None


def first_text(element: ET.Element, name: str) -> str | None:
    node = first(element, name)
    return node.text.strip() if node is not None and node.text and node.text.strip() else None


def point_of_geojson(geometry: Any, transform: osr.CoordinateTransformation | None = None
                     ) -> tuple[float, float] | None:
    """Longitude/latitude of a GeoJSON geometry (a Feature's too): the point itself, or the
    centroid of a line or area; ``None`` when there is no readable geometry. ``transform``
    takes the coordinates from the CRS the document declares to WGS 84."""
    if isinstance(geometry, dict) and geometry.get("type") == "Feature":
        geometry = geometry.get("geometry")
    if not isinstance(geometry, dict) or not geometry.get("coordinates"):
        return None
    point = _point(ogr_geometry(ogr.CreateGeometryFromJson, json.dumps(geometry)))
    if point is None or transform is None:
        return point
    try:
        lon, lat, _ = transform.TransformPoint(*point)
    except (RuntimeError, TypeError):  # GDAL's exceptions on; a point it cannot convert
        return None
    return lon, lat


def declared_transform(document: Any) -> osr.CoordinateTransformation | None:
    """From the CRS a GeoJSON ``document`` declares to WGS 84; ``None`` for WGS 84."""
    try:
        srs = declared_crs(document)
    except ValueError as error:
        raise ParkingFormatError(str(error)) from None
    return None if srs is None else to_wgs84(srs)


def point_of_wkb_hex(text: str) -> tuple[float, float] | None:
    """Longitude/latitude of a hex WKB or PostGIS EWKB geometry (SRID assumed WGS 84)."""
    try:
        data = bytes.fromhex(text.strip())
    except ValueError:
        return None
    if len(data) < 5:
        return None
    order = "<" if data[0] == 1 else ">"
    (kind,) = struct.unpack(order + "I", data[1:5])
    if kind & _EWKB_SRID_FLAG:
        # OGR reads ISO WKB only: drop PostGIS's SRID flag and the SRID after it. Parts of a
        # multi-geometry carry no SRID, so the rest is plain WKB.
        data = data[:1] + struct.pack(order + "I", kind & ~_EWKB_SRID_FLAG) + data[9:]
    return _point(ogr_geometry(ogr.CreateGeometryFromWkb, data))


def _point(geometry: ogr.Geometry | None) -> tuple[float, float] | None:
    if geometry is None or geometry.IsEmpty():
        return None
    centre = geometry if geometry.GetGeometryName() == "POINT" else geometry.Centroid()
    return centre.GetX(), centre.GetY()
