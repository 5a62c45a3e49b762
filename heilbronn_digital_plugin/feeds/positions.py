"""Where a feed's positions lie against the store's CRS, and in which CRS a GeoJSON declares
them.

The store keeps everything in ETRS89 / UTM 32N (EPSG:25832), made for Europe between 6°E
and 12°E. Reports from Chicago or a campus in St Petersburg can be stored in it, but lengths
and areas there are off by kilometres: an import says so instead of storing them silently.
GeoJSON from German cities often declares its CRS with a ``crs`` member (RFC 7946 dropped it,
GDAL and many servers still write it); coordinates are then read in that CRS, not as WGS 84.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from osgeo import osr

from ..store import core
from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number

# Beyond the CRS's own area by this much (degrees) a position is "far outside": inside it the
# scale error stays below about half a percent.
MARGIN_DEG = 3.0


def outside_store_area(points: Iterable[tuple[float, float]]) -> str | None:
    """A sentence when some of the (longitude, latitude) ``points`` lie far outside the area
    the store's CRS is made for, else ``None``."""
    area = core.store_srs().GetAreaOfUse()
    points = list(points)
    outside = [(lon, lat) for lon, lat in points
               if not (area.west_lon_degree - MARGIN_DEG <= lon <= area.east_lon_degree
                       + MARGIN_DEG and area.south_lat_degree - MARGIN_DEG <= lat
                       <= area.north_lat_degree)]
    if not outside:
        return None
    lon, lat = outside[0]
    return tr(
        "{count} of {total} positions lie far outside the area ETRS89 / UTM 32N is made for "
        "(Europe between {west}°E and {east}°E), e.g. {lon}, {lat}. They are stored, but "
        "distances and areas there are distorted, by kilometres far away. Check that the data "
        "belong to your region.").format(
            count=local_number(len(outside), ","), total=local_number(len(points), ","),
            west=local_number(area.west_lon_degree, "g"),
            east=local_number(area.east_lon_degree, "g"), lon=local_number(lon, ".4f"),
            lat=local_number(lat, ".4f"))


def declared_crs(document: Any) -> osr.SpatialReference | None:
    """The CRS a GeoJSON document declares in its ``crs`` member (``EPSG:25832``,
    ``urn:ogc:def:crs:EPSG::25832``, ``…/OGC/1.3/CRS84``), in longitude/easting-first
    order; ``None`` when it declares none or WGS 84. Raises ``ValueError`` for a CRS that
    cannot be read."""
    member = document.get("crs") if isinstance(document, dict) else None
    if not isinstance(member, dict):
        return None
    properties = member.get("properties")
    name = properties.get("name") if isinstance(properties, dict) else None
    if not isinstance(name, str) or not name.strip():
        return None
    srs = osr.SpatialReference()
    try:
        failed = srs.SetFromUserInput(name.strip()) != 0
    except RuntimeError:  # GDAL's exceptions on (QGIS 3.40's Processing)
        failed = True
    if failed:
        raise ValueError(tr("its crs member names {name}, which is no known coordinate "
                            "system").format(name=repr(name)))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    return None if srs.IsSame(wgs84) or "CRS84" in name.upper() else srs


def to_wgs84(srs: osr.SpatialReference) -> osr.CoordinateTransformation:
    """From ``srs`` (easting/longitude first) to WGS 84 longitude, latitude."""
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(srs, wgs84)
