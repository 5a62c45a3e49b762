"""The indoor route in the real QGIS desktop, under Xvfb, with the packaged plugin, in German.

indoor_route_script.py opens the demo project through the plugin's menu, runs the route from its
dialog with start and destination chosen from the room lists, then shows each level of the
Rathaus with the level switcher and grabs the canvas with and without the route. Here the pixels
that differ are counted: the route must draw on the two levels it passes (1. OG and 2. OG) and
nowhere on the ground floor. Screenshots: build/e2e/indoor_route/.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("indoor_route_script.py")
OUT = E2E_OUT / "indoor_route"
# A route line 2-3 px wide over tens of metres at this scale: hundreds of pixels. Labels that
# move when the route is hidden stay far below this.
MIN_ROUTE_PIXELS = 300
# Text is not drawn to the same bits twice: the map's clock came out up to 4/255 different
# between two grabs of one frame. The route changes a pixel's colour by far more.
SAME_COLOUR = 24


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return run_desktop(tmp_path_factory.mktemp("indoor_route"), SCRIPT, OUT,
                       env={"TZ": "Europe/Berlin"})


def _pixels(path: Path) -> np.ndarray:
    """The image's pixels as rows × columns × 4 bytes (B, G, R, unused)."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    data = image.constBits().asstring(image.sizeInBytes())
    return np.frombuffer(data, dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].astype(np.int16)


def route_pixels(ordinal: int) -> int:
    """Pixels of the canvas whose colour changes when the route is hidden on level
    ``ordinal``."""
    with_route = _pixels(OUT / f"level_{ordinal}_route.png")
    without = _pixels(OUT / f"level_{ordinal}_plain.png")
    assert with_route.shape == without.shape
    return int((np.abs(with_route - without).max(axis=2) > SAME_COLOUR).sum())


def test_qgis_ran_the_scenario_without_python_errors(desktop: dict) -> None:
    assert_clean_scenario(desktop, "grab level 2 without it")


def test_the_dialog_offers_the_projects_floorplan_and_room_lists(desktop: dict) -> None:
    result = desktop["result"]
    assert result["defaults"] == {"SPACES": "Räume", "OPENINGS": "Türen",
                                  "CONNECTORS": "Aufzüge und Treppen",
                                  "HAZARDS": "Gefahrenstellen"}
    for rooms in result["room_lists"].values():
        assert "Büro 2.12 \u00b7 2. OG" in rooms and "Kleiner Sitzungssaal \u00b7 1. OG" in rooms
    assert all(value.startswith("hn-rathaus-") for value in result["chosen"].values())


def test_the_route_came_in_and_shows_its_start_level(desktop: dict) -> None:
    result = desktop["result"]
    assert result["route"]["features"] >= 1
    assert result["level_after_route"] == {"hn-rathaus": 1}


@pytest.mark.parametrize("ordinal", [1, 2])
def test_the_route_draws_on_each_level_it_passes(desktop: dict, ordinal: int) -> None:
    grabs = desktop["result"]["grabs"]
    assert grabs[f"level_{ordinal}_route.png"]["level"] == {"hn-rathaus": ordinal}
    assert grabs[f"level_{ordinal}_route.png"]["route_features"] >= 1
    assert route_pixels(ordinal) >= MIN_ROUTE_PIXELS, OUT / f"level_{ordinal}_route.png"


def test_the_route_draws_nothing_on_the_ground_floor(desktop: dict) -> None:
    assert desktop["result"]["grabs"]["level_0_route.png"]["route_features"] == 0
    assert route_pixels(0) == 0
