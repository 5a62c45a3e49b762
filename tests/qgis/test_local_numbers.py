"""Numbers as a planner reads them: in the locale of the language QGIS runs in (German
"1.234,5", English "1,234.5"), never "-0", without exponents, and so in the plugin's messages."""

from __future__ import annotations

import math

import pytest
from feedback_log import FeedbackLog

from heilbronn_digital.heilbronn_digital_plugin.feeds.limits import TooLarge, read_file
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.numbers import local_number
from heilbronn_digital.processing_algs.parking_search_inputs import guidance_share

GERMAN = {
    (1234.5, ".1f"): "1.234,5",
    (1234567, ","): "1.234.567",
    (1910.4, ","): "1.910",
    (-0.04, ".1f"): "0,0",
    (-0.4, "+.0f"): "0",
    (12.0, "+.0f"): "+12",
    (0.247, ".1%"): "24,7\u202f%",
    (0.000123, ".3g"): "0,000123",
    (0.5, "g"): "0,5",
    (None, ".1f"): "–",
    (math.nan, ".1f"): "–",
    (math.inf, ","): "–",
}
ENGLISH = {
    (1234.5, ".1f"): "1,234.5",
    (1234567, ","): "1,234,567",
    (-0.04, ".1f"): "0.0",
    (0.247, ".1%"): "24.7%",
    (0.5, "g"): "0.5",
}


@pytest.mark.parametrize(("value", "spec"), list(GERMAN))
def test_numbers_in_german(ui_locale, value, spec) -> None:
    ui_locale("de_DE")
    assert local_number(value, spec) == GERMAN[(value, spec)]


@pytest.mark.parametrize(("value", "spec"), list(ENGLISH))
def test_numbers_in_english(ui_locale, value, spec) -> None:
    ui_locale("en_US")
    assert local_number(value, spec) == ENGLISH[(value, spec)]


def test_a_feed_limit_reads_in_german(ui_locale, german_ui, tmp_path) -> None:
    ui_locale("de_DE")
    big = tmp_path / "occupancy.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    with pytest.raises(TooLarge) as refused:
        read_file(big, limit=int(1.5 * 1024 * 1024))
    assert "ist größer als 1,5 MB" in str(refused.value)


def test_a_parking_warning_reads_in_german(ui_locale, german_ui) -> None:
    ui_locale("de_DE")
    log = FeedbackLog()
    assert guidance_share(1234.5, "Anteil mit Parkleitsystem", log) == 1.0
    assert log.warnings == ["Anteil mit Parkleitsystem beträgt 1.234,5 % und liegt außerhalb "
                            "von 0–100 %: 100 % wird angenommen."]
