"""A density grid checked and written as a styled raster output: shared by the kernel density
and the parking search traffic heatmaps."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ..heilbronn_digital_plugin.analysis.kernel_density import MAX_CELLS, Grid, GridTooLarge
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.raster_output import (
    RasterWriteError,
    raster_driver,
    save_heatmap_style,
    write_grid,
)
from .styling import style_on_load


def check_heatmap_output(output: str) -> None:
    """Refuse, before anything is computed, an output whose extension is no raster format
    (``kd.csv``): GDAL would write a GeoTIFF under that name."""
    try:
        raster_driver(output)
    except RasterWriteError as error:
        raise QgsProcessingException(_unwritable(output, error)) from error


def _unwritable(output: str, error: Exception) -> str:
    return tr("The heatmap could not be written to {path}: {error}. Check that the folder "
              "exists and is writable, or choose a GeoTIFF (.tif) output.").format(
                  path=output, error=error)


def write_heatmap(output: str, density: np.ndarray, geotransform: tuple,
                  crs: QgsCoordinateReferenceSystem, band_name: str, high_label: str,
                  low_label: str, context: QgsProcessingContext,
                  feedback: QgsProcessingFeedback) -> None:
    """Write ``density`` to ``output`` with a transparent-to-red style beside it (and on the
    layer when Processing loads it); a sentence instead of a traceback when it cannot."""
    try:
        write_grid(output, density, geotransform, crs, band_name)
    except RasterWriteError as error:
        raise QgsProcessingException(_unwritable(output, error)) from error
    style = save_heatmap_style(output, float(density.max()), float(density.min()),
                               high_label, low_label)
    if style is None:
        feedback.pushWarning(tr("The heatmap style could not be applied; the raster is "
                                "written without it."))
    else:
        style_on_load(context, output, style)


def heatmap_grid(extent: tuple[float, float, float, float], radius: float,
                 pixel_size: float) -> Grid:
    """The raster around points spanning ``extent``, refused before it is allocated when it
    would have more than ``MAX_CELLS`` cells, with a sentence naming what to change: the
    radius when it is what grows the raster, else the pixel size."""
    try:
        return Grid.around(extent, radius, pixel_size)
    except GridTooLarge as error:
        raise QgsProcessingException(_too_large(error, extent, radius, pixel_size)) from error


def _too_large(error: GridTooLarge, extent: tuple[float, float, float, float], radius: float,
               pixel_size: float) -> str:
    """Why the raster would be too large, naming the radius when it is what grows it."""
    cells = local_number(error.rows * error.cols, ",")
    width, height = extent[2] - extent[0], extent[3] - extent[1]
    fits = largest_radius(width, height, pixel_size, MAX_CELLS)
    if 2 * radius > max(width, height) and fits > 0:
        return tr(
            "A radius of {radius} m grows the raster that far beyond the points on every side: "
            "with pixels of {pixel} m it would have {rows} × {cols} = {cells} cells, more than "
            "the {limit} this algorithm accepts. Choose a radius of at most {fits} m.").format(
                radius=local_number(radius, ","), pixel=local_number(pixel_size, "g"),
                rows=local_number(error.rows, ","), cols=local_number(error.cols, ","),
                cells=cells, limit=local_number(MAX_CELLS, ","), fits=local_number(fits, ","))
    return tr(
        "A pixel size of {pixel} would make a raster of {rows} × {cols} = {cells} cells, "
        "more than the {limit} this algorithm accepts. Choose a larger pixel size, e.g. "
        "{suggestion}.").format(
            pixel=local_number(pixel_size, "g"), rows=local_number(error.rows, ","),
            cols=local_number(error.cols, ","), cells=cells, limit=local_number(MAX_CELLS, ","),
            suggestion=local_number(_suggest_pixel_size(extent, radius), ".2f"))


def largest_radius(width: float, height: float, pixel_size: float, cells: int) -> float:
    """The largest radius whose raster around points spanning ``width`` × ``height`` stays
    within ``cells`` pixels: (width + 2r)(height + 2r) = cells × pixel²; 0 when none does."""
    area = cells * pixel_size * pixel_size
    root = (width + height) ** 2 - 4 * (width * height - area)
    return max((-(width + height) + root ** 0.5) / 4, 0.0) if root >= 0 else 0.0


def _suggest_pixel_size(extent: tuple[float, float, float, float], radius: float) -> float:
    width = extent[2] - extent[0] + 2 * radius
    height = extent[3] - extent[1] + 2 * radius
    return max((width * height / (MAX_CELLS / 4)) ** 0.5, 0.01)
