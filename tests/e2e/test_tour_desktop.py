"""A planner's day in the real QGIS desktop, under Xvfb, with the packaged plugin: in German
with TZ=Europe/Berlin, and in English with TZ=UTC (the Heilbronn clock must not care).

tour_script.py walks the day (see there) and records what a person sees; this module judges
it: the demo opens ready to show, three frames of the parking day show the right clock and
each garage in the colour of its occupancy in that frame, the heatmap runs from its dialog on
the layer the dialog offers, Help shows the user guide in the language QGIS speaks, each panel
opens, and no text of ours in the German tour is English. Screenshots: build/e2e/tour-<lang>/
(``guide-*.png`` are the user guide's, copied by scripts/guide_screenshots.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from plugin_dev import REPO
from qgis.PyQt.QtGui import QColor, QImage

SCRIPT = Path(__file__).with_name("tour_script.py")
TS_FILE = REPO / "heilbronn_digital_plugin" / "i18n" / "heilbronn_digital_de.ts"
ZONES = {"de": "Europe/Berlin", "en": "UTC"}
CLOCKS = {
    "de": ["Dienstag, 18. November 2025, 08:00 Uhr MEZ",
           "Dienstag, 18. November 2025, 12:00 Uhr MEZ",
           "Dienstag, 18. November 2025, 17:30 Uhr MEZ"],
    "en": ["Tuesday, 18 November 2025, 08:00 CET",
           "Tuesday, 18 November 2025, 12:00 CET",
           "Tuesday, 18 November 2025, 17:30 CET"],
}
FRAME_STARTS = ["2025-11-18 08:00", "2025-11-18 12:00", "2025-11-18 17:30"]
# The garages' fill by occupancy, as the README and the style's legend give them.
CLASS_COLOURS = ((0.5, QColor(26, 152, 80)), (0.75, QColor(254, 224, 76)),
                 (0.9, QColor(253, 141, 60)), (float("inf"), QColor(215, 48, 39)))
COLOUR_TOLERANCE = 24
MIN_GARAGES_IN_VIEW = 8
GUIDE_SCREENS = ("guide-menu", "guide-demo", "guide-frames", "guide-level_switcher",
                 "guide-live_parking", "guide-algorithm_dialog")
# Words that only an English sentence has; two of them in one text of ours in the German tour
# is English that slipped through (a missing or wrong translation).
ENGLISH_WORDS = {"the", "of", "and", "with", "from", "into", "is", "are", "this", "your",
                 "which", "when", "runs", "for", "or"}


def out(language: str) -> Path:
    return E2E_OUT / f"tour-{language}"


@pytest.fixture(scope="module", params=["de", "en"])
def tour(request, tmp_path_factory: pytest.TempPathFactory) -> dict:
    language = request.param
    desktop = run_desktop(tmp_path_factory.mktemp(f"tour-{language}"), SCRIPT, out(language),
                          lang=language, env={"TZ": ZONES[language]})
    desktop["language"] = language
    return desktop


def ts_pairs() -> dict[str, str]:
    """English source → German translation of every text of ours."""
    tree = ElementTree.parse(TS_FILE)
    return {message.findtext("source") or "": message.findtext("translation") or ""
            for message in tree.iter("message")}


def german() -> dict[str, str]:
    """English source → German translation of every text of ours, where they differ."""
    return {source: target for source, target in ts_pairs().items()
            if target and source != target and re.search("[A-Za-z]{3}", source)}


def class_colour(ratio: float) -> QColor:
    return next(colour for bound, colour in CLASS_COLOURS if ratio < bound)


def close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= COLOUR_TOLERANCE


def test_the_tour_ran_without_errors_or_warnings_of_ours(tour):
    assert_clean_scenario(tour, "unload")
    assert tour["result"]["unloaded"]


def test_the_demo_opens_ready_to_show(tour):
    demo = tour["result"]["demo"]
    assert not demo["dirty"]
    assert demo["temporal_dock_visible"] and demo["animated"] and demo["frame"] == 32
    assert demo["live_store"].endswith("heilbronn_demo.gpkg")
    # The inner city at a readable scale, not the whole city.
    assert demo["scale"] < 20_000
    occupancy = {"de": "Belegung im Zeitverlauf", "en": "Occupancy over time"}
    assert occupancy[tour["language"]] in demo["layers"]
    other = "en" if tour["language"] == "de" else "de"
    assert occupancy[other] not in demo["layers"]


# What the demo's styles say, in each language: a legend entry of the garages and the words of
# the garages' and the reports' map tips (the project is written in German).
STYLE_WORDS = {
    "de": {"legend": "frei (unter 50 %)", "parking_sites": ("Frei:", "Stand:"),
           "citizen_reports": ("Status:", "Gemeldet:", "Aktualisiert:")},
    "en": {"legend": "free (below 50 %)", "parking_sites": ("Free:", "As of:"),
           "citizen_reports": ("Status:", "Reported:", "Updated:")},
}


def test_the_demo_styles_speak_the_language_of_qgis(tour):
    words = STYLE_WORDS[tour["language"]]
    other = STYLE_WORDS["en" if tour["language"] == "de" else "de"]
    legend = tour["result"]["texts"]["layers panel"]
    assert words["legend"] in legend and other["legend"] not in legend
    tips = tour["result"]["map_tips"]
    for layer in ("parking_sites", "citizen_reports"):
        tip = "\n".join(tips[layer])
        assert all(word in tip for word in words[layer]), tip
        assert not any(word in tip for word in other[layer] if word != "Status:"), tip


def test_three_frames_show_heilbronn_time_on_the_clock(tour):
    frames = tour["result"]["frames"]
    assert [frame["start"] for frame in frames] == FRAME_STARTS
    assert [frame["clock"] for frame in frames] == CLOCKS[tour["language"]]


def test_each_garage_shows_the_colour_of_its_occupancy_in_the_frame(tour):
    classes_per_frame = []
    for frame in tour["result"]["frames"]:
        width, height = frame["canvas"]
        garages = [garage for garage in frame["garages"] if garage["ratio"] is not None
                   and 0 <= garage["x"] < width and 0 <= garage["y"] < height]
        assert len(garages) >= MIN_GARAGES_IN_VIEW, frame["garages"]
        wrong = [(garage["name"], round(garage["ratio"], 2), garage["pixels"])
                 for garage in garages
                 if not any(close(QColor(pixel), class_colour(garage["ratio"]))
                            for pixel in garage["pixels"])]
        assert wrong == [], f"frame {frame['start']}: see {out(tour['language'])}"
        classes_per_frame.append({garage["name"]: class_colour(garage["ratio"]).name()
                                  for garage in garages})
    # The day plays: the morning's colours are not the afternoon's.
    assert classes_per_frame[0] != classes_per_frame[1] or (
        classes_per_frame[1] != classes_per_frame[2])


def test_the_heatmap_runs_from_its_dialog_on_the_layer_it_offers(tour):
    result = tour["result"]
    assert result["heatmap_input"] == "citizen_reports"
    assert len(result["heatmap_added"]) == 1


def test_help_shows_the_user_guide_in_the_language_qgis_speaks(tour):
    help_shown = tour["result"]["help"]
    assert help_shown["count"] == 1
    assert help_shown["guide"] == f"{tour['language']}.md"
    titles = {"de": ("Heilbronn Digital – Hilfe", "Heilbronn Digital – Benutzerhandbuch"),
              "en": ("Heilbronn Digital – Help", "Heilbronn Digital – user guide")}
    assert (help_shown["title"], help_shown["first_line"]) == titles[tour["language"]]
    assert len(help_shown["images"]) >= 5
    assert all(width > 0 and height > 0 for width, height in help_shown["images"].values())


def test_each_panel_opens(tour):
    result = tour["result"]
    assert result["level_switcher_visible"]
    live = result["live_parking"]
    assert live["visible"] and live["rows"] > 0 and live["store"].endswith("heilbronn_demo.gpkg")
    # Every other entry of the menu opened something (a dialog, a panel or the toolbox).
    walked = result["walk"]
    assert len(walked) == len(result["menu"]) - 2
    assert sorted(result["algorithms"]) == sorted(
        name for name in result["algorithms"] if name.startswith("heilbronn:"))
    assert len(result["algorithms"]) >= 9


def test_the_screenshots_show_something(tour):
    screens = {screen["name"]: screen["saved"] for screen in tour["result"]["screens"]}
    assert all(screens[name] for name in GUIDE_SCREENS), screens
    for name in GUIDE_SCREENS:
        image = QImage(str(out(tour["language"]) / f"{name}.png"))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 20, name


def english_in(text: str, sources: dict[str, str]) -> bool:
    """``text`` is one of our English texts, or starts with one (a label with a colon, a
    menu entry with "…"), or reads as an English sentence."""
    if text in sources or any(text.startswith(source) and len(source) >= 12
                              for source in sources):
        return True
    words = set(re.findall(r"[a-z]+", text.lower()))
    return len(text.split()) >= 4 and len(words & ENGLISH_WORDS) >= 2


# Each of the next two tests runs for its own language only (the same module-wide tour, not
# a second run of the desktop): a skip for the other language read like a skipped tour in the
# CI summary.
@pytest.mark.parametrize("tour", ["de"], indirect=True)
def test_no_english_text_of_ours_in_the_german_tour(tour):
    sources = german()
    # The dialogs' field lists show the layers' field names: data, not texts of ours.
    fields = set(tour["result"]["field_names"])
    assert "capacity" in fields
    found = {(place, text) for place, texts in tour["result"]["texts"].items()
             for text in texts if text not in fields and english_in(text, sources)}
    assert sorted(found) == []


@pytest.mark.parametrize("tour", ["en"], indirect=True)
def test_the_english_tour_speaks_english(tour):
    # German words that are English words of ours too ("Start") are no leak.
    translations = set(german().values()) - set(ts_pairs())
    menu = tour["result"]["menu"]
    assert menu[0]["text"] == "Load Heilbronn demo project"
    found = {(place, text) for place, texts in tour["result"]["texts"].items()
             for text in texts if text in translations}
    assert sorted(found) == []
