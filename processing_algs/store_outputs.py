"""Store layers that an import adds to the project when it is done: once, titled and styled.

Called from ``postProcessAlgorithm``, which runs in the main thread: the project's layers must
not be read from the worker thread that runs ``processAlgorithm`` in the Processing dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
)

from ..heilbronn_digital_plugin.store.layers import layer_title
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from .styling import style_on_load


def check_store(store: str) -> None:
    """Refuse, before anything is fetched, a store an import cannot write: not a GeoPackage,
    a read-only file, or a file in a read-only folder, where SQLite cannot create the
    journal it writes beside the file (and then fails with "no such table")."""
    if not store.lower().endswith(".gpkg"):
        raise QgsProcessingException(tr(
            "The store must be a GeoPackage file ending in .gpkg, not {path}.").format(
                path=store))
    path = Path(store)
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise QgsProcessingException(tr(
            "The store {path} is read-only. Make it writable, or copy it and import into the "
            "copy.").format(path=store))
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise QgsProcessingException(tr(
            "The folder {folder} is read-only, so the store {name} in it cannot be written "
            "(a GeoPackage needs to write a journal file beside it). Copy the store to a "
            "writable folder, or choose another.").format(folder=folder, name=path.name))


def load_store_layer(context: QgsProcessingContext, store: str, layer_name: str, output: str,
                     uri: str = "", then: Callable[[QgsMapLayer], None] | None = None) -> None:
    """Load ``layer_name`` of the GeoPackage ``store`` (at ``uri``, by default the whole
    table) when the algorithm ends, unless the project shows it already: a re-import must not
    add it twice (the layer reads the new rows from the file by itself)."""
    project = context.project()
    if project is None or shows_store_layer(project, store, layer_name):
        return
    uri = uri or f"{store}|layername={layer_name}"
    details = QgsProcessingContext.LayerDetails(layer_title(layer_name), project, output)
    context.addLayerToLoadOnCompletion(uri, details)
    style = style_path(layer_name)
    if style.is_file():
        style_on_load(context, uri, style, then)


def shows_store_layer(project: QgsProject, store: str, layer_name: str) -> bool:
    """Whether a layer of ``project`` reads ``layer_name`` of the GeoPackage ``store``."""
    target = Path(store).resolve()
    for layer in project.mapLayers().values():
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        if parts.get("layerName") == layer_name and parts.get("path") and \
                Path(parts["path"]).resolve() == target:
            return True
    return False
