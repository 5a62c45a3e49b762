"""Installs the plugin's Qt translator for the language QGIS runs in."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

QM_PREFIX = "heilbronn_digital_"


def qgis_locale() -> str:
    """The locale QGIS shows its own texts in, e.g. ``de_DE`` or ``de``.

    ``--lang`` on the command line only reaches ``translation()``; without it QGIS writes the
    chosen (or system) locale to ``locale/userLocale`` at start-up. qgis_process sets neither,
    so the system locale is the last resort.
    """
    app = QgsApplication.instance()
    translation = app.translation() if isinstance(app, QgsApplication) else ""
    return translation or QgsSettings().value("locale/userLocale", "") or QLocale().name()


def ui_language() -> str:
    """``"de"`` when QGIS shows German, else ``"en"``: the two languages the plugin speaks."""
    return "de" if qgis_locale().lower().startswith("de") else "en"


def qm_path(locale: str, directory: Path = I18N_DIR) -> Path | None:
    """The compiled translation for ``locale`` (``de_DE`` falls back to ``de``), if shipped."""
    for code in dict.fromkeys((locale, locale.split("_")[0])):
        candidate = directory / f"{QM_PREFIX}{code}.qm"
        if code and candidate.is_file():
            return candidate
    return None


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the translator for ``locale`` (default: QGIS's); ``None`` when English is shown.

    Keep the returned object: Qt stops translating once Python frees it.
    """
    path = qm_path(locale or qgis_locale())
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator` (a ``None`` translator was never installed)."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
