"""The level switcher in the real QGIS desktop, under Xvfb, with the packaged plugin.

QGIS runs once, in German; level_switcher_script.py adds the Heilbronn layers through the
plugin's menu, clicks the switcher's up and down buttons and records, after each finished
render, the room labels QGIS drew and the levels of the features in view; it also saves the
project and reads it again. The expected rooms per level come from the demo GeoPackage, read
with GDAL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from osgeo import ogr
from plugin_dev import REPO
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("level_switcher_script.py")
OUT = E2E_OUT / "level_switcher"
SCREENSHOT = OUT / "level_switcher.png"
SAMPLE_GPKG = REPO / "sample_data" / "heilbronn_demo.gpkg"
FLOORPLANS = ("indoor_levels", "indoor_spaces", "indoor_openings", "indoor_connectors",
              "indoor_amenities", "indoor_hazards")
# Spaces whose label the style leaves to the connector symbol.
UNLABELLED = ("stairs", "elevator", "escalator")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> dict:
    desktop = run_desktop(tmp_path_factory.mktemp("level_switcher"), SCRIPT, OUT)
    desktop["views"] = {view["name"]: view for view in desktop["result"].get("views", [])}
    return desktop


def rooms_on(ordinal: int) -> list[str]:
    """The names the style labels on a level, read from the GeoPackage with GDAL."""
    ds = ogr.Open(str(SAMPLE_GPKG))
    layer = ds.GetLayerByName("indoor_spaces")
    layer.SetAttributeFilter(f"ordinal = {ordinal}")
    names = []
    for feature in layer:
        if feature.GetField("category") in UNLABELLED:
            continue
        accessible_wc = (feature.GetField("accessible") == 1
                         and feature.GetField("category") in ("restroom", "ramp"))
        names.append(feature.GetField("name") + (" \u267f" if accessible_wc else ""))
    return sorted(names)


def features_on(name: str, ordinal: int) -> int:
    ds = ogr.Open(str(SAMPLE_GPKG))
    layer = ds.GetLayerByName(name)
    layer.SetAttributeFilter(f"ordinal = {ordinal}")
    return layer.GetFeatureCount()


def test_qgis_ran_the_scenario_without_python_errors(desktop: dict) -> None:
    assert_clean_scenario(desktop, "record reopened")


def test_the_switcher_was_hidden_until_the_floorplans_came(desktop: dict) -> None:
    assert desktop["result"]["dock_before"] == {"exists": True, "visible": False}
    start = desktop["views"]["start"]
    assert start["dock_visible"]
    assert start["items"] == ["2 \u00b7 2. OG", "1 \u00b7 1. OG", "0 \u00b7 EG"]
    assert start["current"] == "0 \u00b7 EG"
    assert start["scale"] <= 1500, "the room labels need a floorplan scale"


@pytest.mark.parametrize(("view", "ordinal"), [("start", 0), ("up", 1), ("top", 2),
                                               ("still top", 2), ("down", 1)])
def test_each_click_shows_one_level_on_the_map(desktop: dict, view: str, ordinal: int) -> None:
    seen = desktop["views"][view]
    assert seen["current"].startswith(f"{ordinal} ")
    # The labels QGIS placed on the canvas: exactly the rooms of this level.
    assert seen["room_labels"] == rooms_on(ordinal)
    for name in FLOORPLANS:
        assert seen["layers"][name] == {"ordinals": [ordinal],
                                        "count": features_on(name, ordinal)}, name


def test_the_buttons_stop_at_the_top(desktop: dict) -> None:
    views = desktop["views"]
    assert views["start"]["up_enabled"] and not views["start"]["down_enabled"]
    assert not views["top"]["up_enabled"] and views["top"]["down_enabled"]
    assert views["still top"]["current"] == views["top"]["current"]


def test_the_level_comes_back_with_the_saved_project(desktop: dict) -> None:
    result = desktop["result"]
    assert result["saved"] and result["reopened"]
    assert result["after_new_project"] == 0
    assert not result["dirty_after_reopen"]
    reopened = desktop["views"]["reopened"]
    assert reopened["current"] == desktop["views"]["down"]["current"]
    assert reopened["room_labels"] == rooms_on(1)


def test_the_screenshot_shows_the_floorplan(desktop: dict) -> None:
    assert desktop["result"]["screenshot_saved"] and SCREENSHOT.is_file()
    image = QImage(str(SCREENSHOT))
    assert image.width() >= 1000 and image.height() >= 600
