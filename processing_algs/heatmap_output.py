"""A density grid written as a styled raster output: shared by the kernel density and the
parking search traffic heatmaps."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.raster_output import (
    RasterWriteError,
    save_heatmap_style,
    write_grid,
)
from .styling import style_on_load


def write_heatmap(output: str, density: np.ndarray, geotransform: tuple,
                  crs: QgsCoordinateReferenceSystem, band_name: str, high_label: str,
                  low_label: str, context: QgsProcessingContext,
                  feedback: QgsProcessingFeedback) -> None:
    """Write ``density`` to ``output`` with a transparent-to-red style beside it (and on the
    layer when Processing loads it); a sentence instead of a traceback when it cannot."""
    try:
        write_grid(output, density, geotransform, crs, band_name)
    except RasterWriteError as error:
        raise QgsProcessingException(tr(
            "The heatmap could not be written to {path}: {error}. Check that the folder "
            "exists and is writable, or choose a GeoTIFF (.tif) output.").format(
                path=output, error=error)) from error
    style = save_heatmap_style(output, float(density.max()), float(density.min()),
                               high_label, low_label)
    if style is None:
        feedback.pushWarning(tr("The heatmap style could not be applied; the raster is "
                                "written without it."))
    else:
        style_on_load(context, output, style)
