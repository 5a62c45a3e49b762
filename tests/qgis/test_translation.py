"""The German translation covers every tr() string, compiles, and shows when QGIS is German."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTranslator
from qgis.PyQt.QtWidgets import QMenu

import heilbronn_digital
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import CONTEXT, tr

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_translations.py"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load_script()


@pytest.fixture(scope="module")
def german(build) -> dict[str, str]:
    return build.read_ts(build.ts_path("de"))


@pytest.fixture(scope="module")
def compiled_qm(build) -> Path:
    subprocess.run([sys.executable, str(SCRIPT), "--compile"], check=True, cwd=REPO)
    return build.ts_path("de").with_suffix(".qm")


def test_every_tr_call_has_a_literal_string(build) -> None:
    assert build.extract().unreadable == []


def test_the_ts_translates_every_tr_string(build) -> None:
    extraction = build.extract()
    assert len(extraction.locations) > 10
    assert build.missing_translations("de", extraction) == [], (
        "run `make translations` and translate the new strings in "
        "heilbronn_digital_plugin/i18n/heilbronn_digital_de.ts"
    )


def test_the_ts_has_no_unfinished_entry(build) -> None:
    text = build.ts_path("de").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


# Strings that read the same in German: names, formats, units and loanwords.
SAME_IN_GERMAN = {
    "Heilbronn Digital", "&Heilbronn Digital", "OGC SensorThings API (FROST)",
    "GeoJSON / OGC API Features", "CSV", "GeoPackage (*.gpkg)", " s", " min", "Format",
    "Start", "jurisdiction_id", "Route", "Triweight", "Epanechnikov", "Heatmap", "Name",
    "Status", "Route: {length} m, {minutes} min ({mode}).", "OGC API – Features",
    "Vernissage", "Text ({language})", "OK {feed}: {message}",
    # The styles' words (styles/*.qml).
    "Status:", "Information", "Foyer", "Graffiti", "Park + Ride", "Defibrillator (AED)", "m",
}


def test_no_translation_is_the_english_left_in_place(german) -> None:
    """A German entry identical to its English source is an English leftover, unless the
    string reads the same in both languages (listed above)."""
    leftovers = sorted(source for source, translation in german.items()
                       if translation == source and source not in SAME_IN_GERMAN)
    assert leftovers == []
    assert not SAME_IN_GERMAN - set(german), "drop strings the code no longer uses"


def test_a_translation_is_no_text_of_another_kind(german) -> None:
    """A translation that is a piece of documentation or code (it happened: "Import
    floorplan…" read "the dialog of `heilbronn:importfloorplan`; …") is wrong."""
    suspicious = {source: translation for source, translation in german.items()
                  if "`" in translation and "`" not in source
                  or "heilbronn:" in translation and "heilbronn:" not in source}
    assert suspicious == {}


def test_translations_keep_the_placeholders(german) -> None:
    """A lost or renamed {placeholder} would make str.format fail in German only."""
    broken = {
        source: translation
        for source, translation in german.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation))
    }
    assert broken == {}


def test_the_qm_compiles_and_translates(compiled_qm) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled_qm))
    assert translator.translate(CONTEXT, "Help") == "Hilfe"


@pytest.fixture
def qgis_locale() -> Iterator[QgsSettings]:
    """Set the QGIS user locale for one test, as the QGIS options dialog does."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    yield settings
    if previous is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous)


def load_plugin(iface) -> tuple[object, list[str], list[str]]:
    """Load the plugin and return it with its action texts and algorithm names."""
    plugin = heilbronn_digital.classFactory(iface)
    plugin.initGui()
    menu = iface.mainWindow().findChild(QMenu, "mHeilbronnDigitalMenu")
    texts = [action.text() for action in menu.actions()]
    names = [algorithm.displayName() for algorithm in plugin.provider.algorithms()]
    return plugin, texts, names


def unload(plugin) -> None:
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_german_shows_when_qgis_runs_in_german(
    compiled_qm, german, qgis_locale, qgis_iface, qgis_processing
) -> None:
    qgis_locale.setValue("locale/userLocale", "de_DE")
    plugin, texts, names = load_plugin(qgis_iface)
    try:
        assert "Heilbronn-Demoprojekt laden" in texts
        assert "Hilfe" in texts
        assert set(texts) <= set(german.values())
        assert "Kerndichte (schnelle Heatmap)" in names
        assert (
            QgsApplication.processingRegistry().providerById("heilbronn").longName()
            == (german["Heilbronn Digital: analyses for the digital city"])
        )
    finally:
        unload(plugin)
    assert tr("Help") == "Help", "unload() must remove the translator"


def test_english_shows_otherwise(compiled_qm, qgis_locale, qgis_iface, qgis_processing) -> None:
    qgis_locale.setValue("locale/userLocale", "en_GB")
    plugin, texts, names = load_plugin(qgis_iface)
    unload(plugin)
    assert "Load Heilbronn demo project" in texts
    assert "Kernel density (fast heatmap)" in names
