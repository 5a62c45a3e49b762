"""The styles speak the plugin's language (issue 9): legends, rule descriptions, label words and
map tip words of styles/*.qml in German when QGIS runs in German, in English otherwise, with
every expression (field names, comparisons, the Heilbronn-time conversion) unchanged; a layer
styled in one language (the demo project is written in German) is put into the other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from heilbronn_digital.heilbronn_digital_plugin.store.layers import LAYER_PROPERTY, add_store_layers
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import (
    STYLES_DIR,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import (
    load_style,
    localise_style,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_texts import (
    qml_texts,
    translate_template,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.time_expressions import (
    utc_to_wall_clock,
)
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.translation import (
    install_translator,
    remove_translator,
)

# Every vector style (the raster one, kernel density, has no words).
STYLES = sorted(path for path in STYLES_DIR.glob("*.qml") if path.stem != "kernel_density")


def texts_of(layer: QgsVectorLayer) -> dict[str, object]:
    """Everything of a layer's style a person reads, and the expressions behind it."""
    renderer = layer.renderer()
    legend = [item.label() for item in renderer.legendSymbolItems()] if renderer else []
    labels = []
    labeling = layer.labeling()
    if labeling is not None:
        for provider in labeling.subProviders():
            settings = labeling.settings(provider)
            labels.append(settings.fieldName)
        if hasattr(labeling, "rootRule"):
            labels += [rule.description() for rule in labeling.rootRule().descendants()]
    return {"legend": legend, "labels": labels, "tip": layer.mapTipTemplate()}


def styled(path: Path) -> QgsVectorLayer:
    """A memory layer of the style's geometry, styled with it."""
    kind = re.search(r"<layerGeometryType>(\d)<", path.read_text(encoding="utf-8")).group(1)
    geometry = {"0": "Point", "1": "LineString", "2": "Polygon"}[kind]
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:25832", path.stem, "memory")
    assert load_style(layer, path)[1], path
    return layer


def test_the_style_files_hold_english(qgis_app):
    """The .qml files are the English source, as every tr() string is."""
    german_words = {"Gemeldet", "Frei", "Stand", "geschlossen", "belegt", "offen", "erledigt",
                    "barrierefrei", "Ebene", "Treppe", "Aufzug", "keine Daten", "Uhr"}
    for path in STYLES:
        found = {word for word in german_words for text in qml_texts(path) if word in text}
        assert found == set(), path.name


@pytest.mark.parametrize("path", STYLES, ids=lambda path: path.stem)
def test_each_style_reads_german_in_german_and_english_in_english(qgis_app, path):
    english = texts_of(styled(path))
    translator = install_translator("de")
    try:
        german = texts_of(styled(path))
    finally:
        remove_translator(translator)
    words = set(qml_texts(path)) - {"m", "Status:", "Information", "Foyer", "Graffiti",
                                    "Park + Ride", "Defibrillator (AED)"}
    if words:
        assert german != english, path.name
    # Expressions keep every character but their words: with the words taken out, the
    # German and the English expressions are the same.
    assert len(german["legend"]) == len(english["legend"])
    assert len(german["labels"]) == len(english["labels"])

    def skeleton(text: str) -> str:
        return translate_template(text, lambda _word: "·")

    assert skeleton(german["tip"]) == skeleton(english["tip"])


@pytest.mark.parametrize("path", STYLES, ids=lambda path: path.stem)
def test_a_style_goes_from_one_language_to_the_other_and_back(qgis_app, path):
    english = texts_of(styled(path))
    translator = install_translator("de")
    try:
        layer = styled(path)
        german = texts_of(layer)
    finally:
        remove_translator(translator)
    localise_style(layer)  # QGIS in English opens a layer styled in German
    assert texts_of(layer) == english
    translator = install_translator("de")
    try:
        localise_style(layer)
        assert texts_of(layer) == german
    finally:
        remove_translator(translator)


def test_parking_in_german_and_english_on_heilbronn_time(qgis_app, machine_tz):
    """The garage's map tip: the words follow the language, the time is Heilbronn's in both
    (13:30 UTC on 1 July is 15:30 in summer time), the closed label follows the status."""
    values = {}
    for language in ("en", "de"):
        translator = install_translator("de") if language == "de" else None
        try:
            layer = QgsVectorLayer(
                "Point?crs=EPSG:25832&field=site_id:string&field=name:string&field=site_type:string"
                "&field=free_latest:integer&field=capacity:integer&field=status_latest:string"
                "&field=occupancy_latest:double&field=observed_latest:datetime"
                "&field=address:string&field=source:string", "sites", "memory")
            assert load_style(layer, STYLES_DIR / "parking_sites.qml")[1]
            feature = QgsFeature(layer.fields())
            feature.setAttributes(["p:1", "Harmonie", "garage", 30, 120, "open", 0.75,
                                   QDateTime.fromString("2025-07-01T13:30:00Z",
                                                        Qt.DateFormat.ISODate),
                                   "Allee 28", "ParkAPI"])
            context = QgsExpressionContext(
                QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            context.setFeature(feature)
            values[language] = QgsExpression.replaceExpressionText(layer.mapTipTemplate(),
                                                                   context)
            rule = next(rule for rule in layer.labeling().rootRule().descendants()
                        if rule.settings() is not None)
            feature["status_latest"] = "closed"
            context.setFeature(feature)
            values[f"label-{language}"] = QgsExpression(
                rule.settings().fieldName).evaluate(context)
            values[f"legend-{language}"] = [item.label() for item in
                                            layer.renderer().legendSymbolItems()]
        finally:
            remove_translator(translator)
    assert "Car park" in values["en"] and "Free: <b>30</b> of 120 (75 % occupied)" in \
        values["en"] and "As of: 01.07.2025 15:30 (Heilbronn time)" in values["en"]
    assert "Parkhaus" in values["de"] and "Frei: <b>30</b> von 120 (75 % belegt)" in \
        values["de"] and "Stand: 01.07.2025 15:30 Uhr" in values["de"]
    assert (values["label-en"], values["label-de"]) == ("Harmonie\nclosed",
                                                        "Harmonie\ngeschlossen")
    assert "75–90 % occupied" in values["legend-en"]
    assert "75–90 % belegt" in values["legend-de"]


def test_the_reports_tip_keeps_its_time_conversion(qgis_app, german_ui):
    layer = styled(STYLES_DIR / "citizen_reports.qml")
    template = layer.mapTipTemplate()
    assert "Gemeldet:" in template and "'offen'" in template and "'erledigt'" in template
    assert "\"status\" = 'open'" in template  # the value compared stays the stored one
    for field in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert utc_to_wall_clock(f'"{field}"') in template


def test_store_layers_speak_german_when_qgis_does(project: QgsProject, sample_gpkg, german_ui):
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in add_store_layers(sample_gpkg, project)}
    legend = {name: [item.label() for item in layer.renderer().legendSymbolItems()]
              for name, layer in layers.items() if layer.renderer() is not None}
    assert "Straßenschaden" in legend["citizen_reports"]
    assert "frei (unter 50 %)" in legend["parking_sites"]
    assert "Büro" in legend["indoor_spaces"]
    assert "Tür / Durchgang" in legend["indoor_openings"]
