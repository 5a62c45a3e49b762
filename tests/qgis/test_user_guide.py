"""The user guide that Help shows: German when QGIS runs in German, English otherwise; every
screenshot there, every contents link leading to its heading, every menu entry named as the
menu shows it in that language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from qgis.core import QgsSettings

from heilbronn_digital.heilbronn_digital_plugin.gui.help import (
    GUIDE_DIR,
    MAX_IMAGE_WIDTH,
    HelpDialog,
    guide_path,
    heading_anchor,
)
from heilbronn_digital.heilbronn_digital_plugin.plugin import HeilbronnDigitalPlugin
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import I18N_DIR

LANGUAGES = ("de", "en")
# A screenshot of the plugin, not an icon or a placeholder.
MIN_SCREENSHOT_PX = 200
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
CONTENTS_LINK = re.compile(r"\]\(#([^)]+)\)")


def ts_translations() -> dict[str, str]:
    """English source → German translation, from the committed .ts file."""
    import xml.etree.ElementTree as ElementTree

    tree = ElementTree.parse(I18N_DIR / "heilbronn_digital_de.ts")
    return {message.findtext("source"): message.findtext("translation") or ""
            for message in tree.iter("message")}


@pytest.fixture
def user_locale(qgis_app) -> Iterator[QgsSettings]:
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    yield settings
    settings.setValue("locale/userLocale", before)


@pytest.mark.parametrize(("locale", "language"), [("de_DE", "de"), ("de", "de"),
                                                  ("en_US", "en"), ("fr_FR", "en")])
def test_help_picks_the_guide_in_the_language_qgis_shows(user_locale, locale, language):
    user_locale.setValue("locale/userLocale", locale)
    assert guide_path() == GUIDE_DIR / f"{language}.md"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screenshot_of_the_guide_is_there_and_fits(qgis_app, language):
    text = guide_path(language).read_text(encoding="utf-8")
    names = IMAGE.findall(text)
    assert len(names) >= 5
    assert all(name.startswith(f"images/{language}/") for name in names)
    dialog = HelpDialog(language=language)
    try:
        images = dialog.images()
        assert sorted(images) == sorted(names)
        for name, image in images.items():
            assert not image.isNull(), f"{name} is missing: run scripts/guide_screenshots.py"
            assert min(image.width(), image.height()) >= MIN_SCREENSHOT_PX, name
        # Shown at the width the format gives, else (0) at the image's own.
        shown = {image_format.name(): image_format.width() or images[image_format.name()].width()
                 for image_format in (fragment.charFormat().toImageFormat()
                                      for fragment in dialog._image_fragments())}
        assert all(0 < width <= MAX_IMAGE_WIDTH for width in shown.values()), shown
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contents_link_leads_to_its_heading(qgis_app, language):
    text = guide_path(language).read_text(encoding="utf-8")
    links = CONTENTS_LINK.findall(text)
    assert len(links) >= 10
    dialog = HelpDialog(language=language)
    try:
        anchors = set()
        block = dialog.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                anchors.update(iterator.fragment().charFormat().anchorNames())
                iterator += 1
            block = block.next()
        assert set(links) <= anchors, sorted(set(links) - anchors)
        # QTextBrowser scrolls to them: the later heading further down.
        dialog.resize(900, 700)
        dialog.show()
        scrolled = []
        for link in (links[0], links[-1]):
            dialog.browser.scrollToAnchor(link)
            scrolled.append(dialog.browser.verticalScrollBar().value())
        assert scrolled[0] < scrolled[1]
    finally:
        dialog.deleteLater()


def test_heading_anchors_are_githubs():
    assert heading_anchor("Parksuchverkehr: Was wäre, wenn …") == "parksuchverkehr-was-wäre-wenn-"
    assert heading_anchor("Citizen reports: import, heatmap, hot spots") == (
        "citizen-reports-import-heatmap-hot-spots")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_names_every_menu_entry_as_the_menu_shows_it(qgis_iface, language):
    plugin = HeilbronnDigitalPlugin(qgis_iface)
    # The entries' English texts (QGIS runs in English here), German from the .ts file.
    entries = [entry.text for entry in plugin._entries(qgis_iface)]
    german = ts_translations()
    text = guide_path(language).read_text(encoding="utf-8")
    shown = [german[entry] if language == "de" else entry for entry in entries]
    assert [entry for entry in shown if entry.replace("&", "") not in text] == []


def test_the_guide_is_for_planners_not_developers():
    for language in LANGUAGES:
        text = guide_path(language).read_text(encoding="utf-8")
        assert not re.search(r"\bmake \w|apt-get|\.venv|pytest|qgis_process", text)
