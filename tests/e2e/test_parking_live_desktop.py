"""The live parking dock in the real QGIS desktop, under Xvfb, with the packaged plugin.

This test serves the GOLDBECK feed on 127.0.0.1 (the real fixture payloads; a second
occupancies answer, three seconds slow, where garage 2141 has 50 cars more and a reading of
now). parking_live_script.py opens the dock from the menu, refreshes into a fresh GeoPackage,
shows its layers, and refreshes from the slow answer while a 50 ms timer in the GUI thread
ticks: the GUI must not freeze while the answer is pending.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from http_server import FeedServer, Reply
from osgeo import ogr
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("parking_live_script.py")
OUT = E2E_OUT / "parking_live"
SCREENSHOT = OUT / "parking_live.png"
SLOW_S = 3.0
MAX_GAP_S = 0.5
CHANGED = 2141
MORE_CARS = 50


def slow_occupancies(fixtures: Path) -> bytes:
    occupancies = json.loads((fixtures / "parkapi" / "heilbronn_goldbeck_occupancies.json")
                             .read_text())
    for reading in occupancies:
        if reading["facilityId"] == CHANGED:
            reading["valuesFrom"] = datetime.now(ZoneInfo("Europe/Berlin")).replace(
                tzinfo=None).isoformat(timespec="milliseconds")
            for counter in reading["counters"]:
                if counter.get("freePlaces") is not None and counter["freePlaces"] >= MORE_CARS:
                    counter["freePlaces"] -= MORE_CARS
                    counter["occupiedPlaces"] += MORE_CARS
    return json.dumps(occupancies).encode()


@pytest.fixture(scope="module")
def feed(goldbeck_feed: FeedServer, fixtures_dir: Path) -> FeedServer:
    goldbeck_feed.routes["/slow/occupancies"] = Reply(body=slow_occupancies(fixtures_dir),
                                                      delay_s=SLOW_S)
    return goldbeck_feed


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory, feed: FeedServer) -> dict:
    return run_desktop(tmp_path_factory.mktemp("parking_live"), SCRIPT, OUT,
                       env={"HEILBRONN_E2E_FEED": feed.base})


def stored_places(site_id: str) -> str:
    """The dock's "free / capacity" text for a site, from the store read with GDAL."""
    ds = ogr.Open(str(OUT / "parking_live.gpkg"))
    layer = ds.GetLayerByName("parking_sites")
    layer.SetAttributeFilter(f"site_id = '{site_id}'")
    feature = layer.GetNextFeature()
    free, capacity = feature.GetField("free_latest"), feature.GetField("capacity")
    return f"{'–' if free is None else free} / {'–' if capacity is None else capacity}"


def test_qgis_ran_the_scenario_without_python_errors(desktop: dict) -> None:
    assert_clean_scenario(desktop, "pause and unload")


def test_the_menu_opens_the_hidden_dock(desktop: dict) -> None:
    result = desktop["result"]
    assert result["dock_before"] == {"exists": True, "visible": False}
    assert result["dock_visible"]


def test_the_first_refresh_filled_the_store_and_the_list(desktop: dict) -> None:
    first = desktop["result"]["first"]
    assert first["running"]
    ds = ogr.Open(str(OUT / "parking_live.gpkg"))
    assert len(first["rows"]) == ds.GetLayerByName("parking_sites").GetFeatureCount() > 0
    assert "parking_sites" in desktop["result"]["layers"]


def test_the_gui_kept_ticking_while_the_slow_answer_was_pending(desktop: dict) -> None:
    slow = desktop["result"]["slow"]
    assert desktop["result"]["busy_after_click"]
    # The refresh waited for the slow server, and meanwhile the GUI thread ran its timer.
    assert slow["seconds"] >= SLOW_S * 0.9
    assert slow["ticks"] >= slow["seconds"] / 0.05 * 0.5
    assert slow["max_gap_s"] < MAX_GAP_S, slow


def test_the_list_shows_the_new_reading(desktop: dict) -> None:
    result = desktop["result"]
    site = f"goldbeck:{CHANGED}"
    before, after = result["first"]["rows"][site], result["slow"]["rows"][site]
    assert after[1] == stored_places(site) != before[1]
    assert after[2] != before[2]  # the age: a reading of now instead of December 2025


def test_the_screenshot_shows_the_dock(desktop: dict) -> None:
    assert desktop["result"]["screenshot_saved"] and SCREENSHOT.is_file()
    image = QImage(str(SCREENSHOT))
    assert image.width() >= 1000 and image.height() >= 600


def test_pause_and_unload(desktop: dict) -> None:
    assert desktop["result"]["paused"] and desktop["result"]["dock_after_unload"]
