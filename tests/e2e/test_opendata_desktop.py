"""Open data in the real QGIS desktop, in German, under Xvfb, with the packaged plugin: publish
from the menu's Processing dialog, serve from the menu, read the reports back through QGIS's
OGC API – Features provider into the map, and unload (which must stop the server).
opendata_script.py drives QGIS; the screenshots are build/e2e/opendata/opendata_publish.png,
opendata_port_in_use.png, opendata_serve.png and opendata_map.png."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, MIN_COLOURS, PIXEL_STEP, assert_clean_scenario, run_desktop
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("opendata_script.py")
OUT = E2E_OUT / "opendata"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory, sample_gpkg: Path) -> dict:
    port = _free_port()
    desktop = run_desktop(tmp_path_factory.mktemp("opendata_desktop"), SCRIPT, OUT,
                          env={"HEILBRONN_E2E_PORT": str(port),
                               "HEILBRONN_E2E_STORE": str(sample_gpkg)})
    return {**desktop, "port": port}


def test_qgis_ran_the_scenario_without_python_errors(desktop: dict) -> None:
    assert_clean_scenario(desktop, "unload")


def test_the_menu_opens_the_publication_dialog_and_it_publishes(desktop: dict) -> None:
    result = desktop["result"]
    assert result["publish_dialog"]["algorithm"] == "heilbronn:publishopendata"
    assert "Als Open Data veröffentlichen" in result["publish_dialog"]["title"]
    # The privacy report in the dialog's log, in German.
    log = result["publish_log"]
    for text in ("Datenschutzbericht: citizen_reports", "k (kleinste veröffentlichte Gruppe): 5",
                 "Zellen unterdrückt (weniger als k)", "Entfernte Felder:"):
        assert text in log, log[:2000]
    # German numbers: a decimal comma.
    assert re.search(r"Durch Unterdrückung entfallen: \d+ \(\d+,\d %\)", log), log[:2000]
    assert result["publish_screenshot"]
    manifest = json.loads((OUT / "publication" / "publication.json").read_text())
    assert set(manifest["datasets"]) == {"citizen_reports", "parking", "floorplans"}
    assert manifest["base_url"] == f"http://127.0.0.1:{desktop['port']}"


def test_the_serve_window_speaks_german_and_gives_the_addresses(desktop: dict) -> None:
    result = desktop["result"]
    window = result["serve_window"]
    assert window["title"] == "Offene Daten für einen Hackathon bereitstellen"
    # The folder just published is filled in.
    assert window["folder"] == str(OUT / "publication")
    status = result["serve_status"]
    url = f"http://127.0.0.1:{desktop['port']}"
    assert f"Bereitgestellt unter {url}" in status
    for text in ("Startseite", f"{url}/wfs3", "DCAT-AP.de-Katalog", f"{url}/catalog.ttl"):
        assert text in status
    assert result["serve_screenshot"]
    image = QImage(str(OUT / "opendata_serve.png"))
    assert image.width() >= 400 and image.height() >= 200


def test_a_port_in_use_is_named_in_german_with_how_to_choose_another(desktop: dict) -> None:
    result = desktop["result"]
    port = desktop["port"]
    status = result["port_in_use_status"]
    assert f"Port {port} auf 127.0.0.1 ist bereits belegt" in status
    assert f"Stellen Sie oben einen anderen Port ein, z. B. {port + 1}." in status
    assert result["port_in_use_screenshot"]


def test_a_team_reads_the_reports_from_the_api_into_the_map(desktop: dict) -> None:
    result = desktop["result"]
    assert result["api_layer_valid"]
    geojson = json.loads((OUT / "publication" / "citizen_reports" /
                          "citizen_reports.geojson").read_text(encoding="utf-8"))
    assert result["api_features"] == len(geojson["features"]) > 1000
    assert result["canvas_screenshot"] and result["map_screenshot"]
    image = QImage(str(OUT / "opendata_canvas.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), PIXEL_STEP)
               for y in range(0, image.height(), PIXEL_STEP)}
    # Points drawn over the white canvas: more than a blank or single-colour canvas.
    assert len(colours) >= MIN_COLOURS // 8


def test_unloading_the_plugin_stops_the_server(desktop: dict) -> None:
    assert desktop["result"]["server_after_unload"] is not None
    # Nothing listens on the port any more (a connection closing there may linger, as on any
    # port a server answered on; QGIS Server and the plugin's check bind past it).
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", desktop["port"]))
