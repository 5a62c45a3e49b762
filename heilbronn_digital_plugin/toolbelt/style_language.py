"""The plugin's styles in the language QGIS runs in.

A QML file holds one language; the styles hold English (:mod:`.style_texts` says which texts
a person reads). :func:`load_style` applies a style and translates its legend, rule
descriptions, label words and map tip words through the .ts, like every ``tr()`` string.
:func:`localise_style` does the same for a layer styled before, in either language (the demo
project is written in German, and a planner may open it with QGIS in English): it recognises
each text by its English source or its German translation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .i18n import CONTEXT
from .paths import I18N_DIR, STYLES_DIR
from .style_texts import legend_text, style_texts, translate_expression, translate_template
from .translation import QM_PREFIX


def load_style(layer: QgsMapLayer, style: Path) -> tuple[str, bool]:
    """``layer.loadNamedStyle(style)``, then its texts in the user's language."""
    message, ok = layer.loadNamedStyle(str(style))
    if ok:
        localise_style(layer)
    return message, ok


def localise_style(layer: QgsMapLayer) -> None:
    """Put every text of the plugin's styles that ``layer`` shows (legend, labels, map tip)
    into the language QGIS runs in; other texts stay as they are."""
    if not isinstance(layer, QgsVectorLayer):
        return  # the plugin's raster style (kernel density) has no words
    _localise_renderer(layer)
    _localise_labels(layer)
    layer.setMapTipTemplate(translate_template(layer.mapTipTemplate(), shown))


def shown(text: str) -> str | None:
    """``text`` (a text of the styles, in English or in a translation) as the user reads it;
    ``None`` for a text the styles do not have."""
    source = _sources().get(text)
    return None if source is None else QCoreApplication.translate(CONTEXT, source)


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    """Every text of the styles, and each of its translations, → its English source."""
    sources = {text: text for text in style_texts(STYLES_DIR)}
    for path in sorted(I18N_DIR.glob(f"{QM_PREFIX}*.qm")):
        translator = QTranslator()
        if not translator.load(str(path)):
            continue
        for source in list(sources.values()):
            # QTranslator.translate takes C strings: PyQt encodes a str as ASCII, Qt reads
            # UTF-8 bytes ("cafés").
            translated = translator.translate(CONTEXT.encode(), source.encode())
            if translated:
                sources.setdefault(translated, source)
    return sources


def _localise_renderer(layer: QgsVectorLayer) -> None:
    if layer.renderer() is None:
        return
    # Set anew, so that the Layers panel (which listens to rendererChanged) shows the new
    # legend of a layer already in the project.
    renderer = layer.renderer().clone()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            label = _legend(category.label())
            if label is not None:
                renderer.updateCategoryLabel(index, label)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, graduated in enumerate(renderer.ranges()):
            label = _legend(graduated.label())
            if label is not None:
                renderer.updateRangeLabel(index, label)
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            label = _legend(rule.label())
            if label is not None:
                rule.setLabel(label)
    layer.setRenderer(renderer)


def _legend(label: str) -> str | None:
    text = legend_text(label)
    translated = shown(text) if text else None
    return None if translated is None else label.replace(text, translated)


def _localise_labels(layer: QgsVectorLayer) -> None:
    if layer.labeling() is None:
        return
    labeling = layer.labeling().clone()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        labeling.setSettings(_localised_settings(labeling.settings()))
    elif isinstance(labeling, QgsRuleBasedLabeling):
        for rule in labeling.rootRule().descendants():
            description = _legend(rule.description())
            if description is not None:
                rule.setDescription(description)
            if rule.settings() is not None:
                rule.setSettings(_localised_settings(rule.settings()))
    layer.setLabeling(labeling)


def _localised_settings(settings: QgsPalLayerSettings) -> QgsPalLayerSettings:
    copy = QgsPalLayerSettings(settings)
    if copy.isExpression:
        copy.fieldName = translate_expression(copy.fieldName, shown)
    return copy
