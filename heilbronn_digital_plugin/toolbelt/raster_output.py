"""Write engine grids as rasters QGIS opens with a ready style."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsRasterFileWriter,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from .paths import style_path
from .qgis_compat import CrsWktVariant

_STRIP_ROWS = 256


class RasterWriteError(RuntimeError):
    """The raster could not be written; the message is GDAL's reason."""


def raster_driver(path: str) -> str:
    """The GDAL driver the file extension of ``path`` asks for (GeoTIFF without one).
    Raises :class:`RasterWriteError` for an extension that is no raster format, such as
    .csv: GDAL would otherwise write a GeoTIFF under that name."""
    extension = Path(path).suffix.lstrip(".")
    if not extension:
        return "GTiff"
    name = QgsRasterFileWriter.driverForExtension(extension)
    if not name or gdal.GetDriverByName(name) is None:
        raise RasterWriteError(f".{extension} is no raster format GDAL writes")
    return name


def write_grid(path: str, grid: np.ndarray, geotransform: tuple,
               crs: QgsCoordinateReferenceSystem, description: str = "") -> None:
    """Write a float32 grid (row 0 at the top) with its georeferencing, in the format the
    file extension asks for (GeoTIFF by default); ``description`` names the band.
    Raises :class:`RasterWriteError` with GDAL's reason, whether or not GDAL raises."""
    driver = gdal.GetDriverByName(raster_driver(path))
    # Formats such as Arc/Info ASCII can only be copied from another dataset.
    direct = driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES"
    try:
        target = driver if direct else gdal.GetDriverByName("MEM")
        dataset = target.Create("" if not direct else path, grid.shape[1], grid.shape[0], 1,
                                gdal.GDT_Float32)
        if dataset is None:
            raise RasterWriteError(gdal.GetLastErrorMsg() or f"{path} cannot be created")
        dataset.SetGeoTransform(geotransform)
        dataset.SetProjection(crs.toWkt(CrsWktVariant.PreferredGdal))
        _write_band(dataset, grid, description)
        if not direct and driver.CreateCopy(path, dataset) is None:
            raise RasterWriteError(gdal.GetLastErrorMsg() or f"{path} cannot be written")
    except RuntimeError as error:  # GDAL with exceptions enabled
        raise RasterWriteError(str(error)) from error


def _write_band(dataset, grid: np.ndarray, description: str) -> None:
    band = dataset.GetRasterBand(1)
    band.SetDescription(description)
    # In strips, flushing each, and with the statistics gathered on the way: GDAL's block
    # cache and whole-grid temporaries would otherwise hold further copies of the grid.
    total = total_squares = 0.0
    for top in range(0, grid.shape[0], _STRIP_ROWS):
        strip = grid[top:top + _STRIP_ROWS]
        band.WriteArray(strip, 0, top)
        dataset.FlushCache()
        total += float(strip.sum(dtype=np.float64))
        total_squares += float(np.square(strip, dtype=np.float64).sum())
    mean = total / grid.size
    band.SetStatistics(float(grid.min()), float(grid.max()), mean,
                       max(total_squares / grid.size - mean * mean, 0.0) ** 0.5)


def save_heatmap_style(path: str, maximum: float, minimum: float = 0.0,
                       high_label: str = "", low_label: str = "") -> Path | None:
    """Store the heatmap style beside the raster (``<name>.qml``), stretched to its values,
    so that QGIS applies it whenever the file is opened; ``None`` if the template style
    cannot be applied (the raster stays usable, only unstyled)."""
    layer = QgsRasterLayer(path, Path(path).stem, "gdal")
    layer.loadNamedStyle(str(style_path("kernel_density")))
    if not layer.isValid() or layer.renderer().type() != "singlebandpseudocolor":
        return None
    renderer = layer.renderer().clone()
    function = renderer.shader().rasterShaderFunction()
    # The template's ramp runs from 0 to 1; stretch it to the data.
    top = maximum if maximum > 0 else 1.0
    items = [QgsColorRampShader.ColorRampItem(item.value * top, item.color, item.label)
             for item in function.colorRampItemList()]
    if minimum < 0:
        items.insert(0, QgsColorRampShader.ColorRampItem(minimum, QColor(49, 54, 149), ""))
    function.setColorRampItemList(items)
    function.setMinimumValue(min(minimum, 0.0))
    function.setMaximumValue(top)
    renderer.setClassificationMin(min(minimum, 0.0))
    renderer.setClassificationMax(top)
    legend = QgsColorRampLegendNodeSettings()
    legend.setMaximumLabel(high_label)
    legend.setMinimumLabel(low_label)
    function.setLegendSettings(legend)
    layer.setRenderer(renderer)
    sidecar = Path(path).with_suffix(".qml")
    layer.saveNamedStyle(str(sidecar))
    return sidecar
