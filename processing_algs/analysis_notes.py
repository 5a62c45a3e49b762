"""The choices an analysis makes, said once: to the log while it runs, and into the metadata
of its output layer (Layer Properties ▸ Metadata), so an automatic cell size or distance band
travels with the file and can be looked up months later."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..heilbronn_digital_plugin.toolbelt.ogr_open import ogr_open


class AnalysisNotes:
    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        self.feedback = feedback
        self.lines: list[str] = []

    def note(self, text: str) -> None:
        """Log ``text`` and keep it for the output's metadata."""
        self.feedback.pushInfo(text)
        self.lines.append(text)

    def metadata(self, title: str) -> QgsLayerMetadata:
        metadata = QgsLayerMetadata()
        metadata.setTitle(title)
        metadata.setAbstract("\n".join(self.lines))
        return metadata

    def write(self, context: QgsProcessingContext, destination: str,
              title: str) -> QgsLayerMetadata:
        """Give the output ``destination`` (its sink already closed) this metadata; a
        GeoPackage keeps it in the file, other formats in a ``.qmd`` beside it. Returns the
        metadata, for the layer Processing loads into the project."""
        metadata = self.metadata(title)
        layer = QgsProcessingUtils.mapLayerFromString(destination, context)
        if layer is None:
            return metadata
        layer.setMetadata(metadata)
        if layer.providerType() == "ogr":
            _saved_in_file(layer, metadata)
        return metadata


def _saved_in_file(layer: QgsMapLayer, metadata: QgsLayerMetadata) -> None:
    """QGIS saves a GeoPackage layer's metadata only when the URI names the layer."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    if not parts.get("layerName") and path.lower().endswith(".gpkg"):
        dataset = ogr_open(path)
        if dataset is None or dataset.GetLayerCount() != 1:
            return
        name = dataset.GetLayer(0).GetName()
        dataset = None
        layer = QgsVectorLayer(f"{Path(path)}|layername={name}", layer.name(), "ogr")
        layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
