"""Store layers that an import adds to the project when it is done: once, titled and styled.

Called from ``postProcessAlgorithm``, which runs in the main thread: the project's layers must
not be read from the worker thread that runs ``processAlgorithm`` in the Processing dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsMapLayer, QgsProcessingContext, QgsProject, QgsProviderRegistry

from ..heilbronn_digital_plugin.store.layers import layer_title
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from .styling import style_on_load


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
