"""Give an algorithm's output its style and its field aliases when Processing loads it into the
project.

Processing loads result layers without their default (sidecar) style, so the style is applied
by a layer post-processor once the layer is in the project; the fields get their aliases in the
user's language (``toolbelt/field_aliases.py``) there too, styled or not.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
)

from ..heilbronn_digital_plugin.toolbelt.field_aliases import set_field_aliases
from ..heilbronn_digital_plugin.toolbelt.style_language import load_style


class _StyleFromFile(QgsProcessingLayerPostProcessorInterface):
    # QGIS keeps only a plain pointer to a post-processor: Python must keep it alive.
    _alive: list[_StyleFromFile] = []

    def __init__(self, style: Path | None, then: Callable[[QgsMapLayer], None] | None,
                 metadata: QgsLayerMetadata | None) -> None:
        super().__init__()
        self.style, self.then, self.metadata = style, then, metadata
        _StyleFromFile._alive.append(self)

    def postProcessLayer(self, layer: QgsMapLayer, context, feedback) -> None:
        if self.style is not None:
            load_style(layer, self.style)
        set_field_aliases(layer)
        if self.then is not None:
            self.then(layer)
        if self.metadata is not None:
            layer.setMetadata(self.metadata)
        layer.triggerRepaint()
        _StyleFromFile._alive.remove(self)


def style_on_load(context: QgsProcessingContext, output: str, style: Path,
                  then: Callable[[QgsMapLayer], None] | None = None,
                  metadata: QgsLayerMetadata | None = None) -> None:
    """If Processing will load ``output`` into the project, style it with the QML ``style``
    (its texts in the user's language), then call ``then`` on the layer and give it
    ``metadata`` (which a shapefile, unlike a GeoPackage, does not bring along)."""
    if context.willLoadLayerOnCompletion(output):
        details = context.layerToLoadOnCompletionDetails(output)
        details.setPostProcessor(_StyleFromFile(style, then, metadata))


def aliases_on_load(context: QgsProcessingContext) -> None:
    """Give every output Processing will load that has no post-processor yet (no style) its
    field aliases."""
    for output in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(output)
        if details.postProcessor() is None:
            details.setPostProcessor(_StyleFromFile(None, None, None))


def style_fields(style: Path) -> set[str]:
    """The attribute names the QML ``style`` reads: its renderer's ``attr``, label fields and
    every ``"name"`` in its expressions (rule filters, labels, map tip)."""
    names: set[str] = set()
    for element in ET.parse(style).getroot().iter():
        texts = [*element.attrib.values(), element.text or ""]
        for key in ("attr", "fieldName"):
            value = element.get(key, "")
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
                names.add(value)
        for text in texts:
            names.update(re.findall(r'"([^"]+)"', text))
    return names
