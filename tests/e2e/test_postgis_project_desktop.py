"""A planning office's project on a shared PostGIS store, in the real QGIS desktop under Xvfb
(German, as the office runs it): the *Live parking* panel shows the project's PostGIS store
and its sites; the same store as a role that may only read gets a sentence before anything is
fetched. postgis_project_script.py drives the desktop; the screenshots are
build/e2e/postgis_project/postgis_project*.png."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_harness import E2E_OUT, assert_clean_scenario, run_desktop
from http_server import FeedServer, Reply
from plugin_dev import REPO
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).with_name("postgis_project_script.py")
OUT = E2E_OUT / "postgis_project"
PARKAPI = REPO / "tests" / "data" / "parking" / "parkapi_v1_heilbronn_lots.json"


@pytest.fixture(scope="module")
def feed() -> Iterator[FeedServer]:
    server = FeedServer()
    server.routes["/parkapi/heilbronn"] = Reply(body=PARKAPI.read_bytes())
    yield server
    server.close()


@pytest.fixture(scope="module")
def office(provider, postgis_cluster, tmp_path_factory) -> dict:
    """A PostGIS store with a real payload's parking sites, a project of its layers saved as
    a .qgs, and the same store as a role that may only read it."""
    import processing
    from qgis.core import QgsProject

    from heilbronn_digital.heilbronn_digital_plugin.store.layers import add_store_layers
    from heilbronn_digital.heilbronn_digital_plugin.store.location import parse_store

    store = postgis_cluster.new_store()
    processing.run("heilbronn:importparking", {"SOURCE": str(PARKAPI), "STORE": store})
    viewer = postgis_cluster.read_only(parse_store(store).schema)
    project = QgsProject()
    layers = add_store_layers(store, project)
    path = tmp_path_factory.mktemp("office") / "planungsamt.qgs"
    assert project.write(str(path))
    project.clear()
    return {"store": store, "project": path, "layers": len(layers),
            "viewer": viewer}


@pytest.fixture(scope="module")
def desktop(tmp_path_factory, office: dict, feed: FeedServer) -> dict:
    return run_desktop(tmp_path_factory.mktemp("postgis_project"), SCRIPT, OUT, env={
        "HEILBRONN_E2E_PROJECT": str(office["project"]), "HEILBRONN_E2E_VIEWER": office["viewer"],
        "HEILBRONN_E2E_FEED": feed.base})


def test_the_scenario_ran_without_python_errors(desktop: dict) -> None:
    assert_clean_scenario(desktop, "unload")


def test_the_live_panel_shows_the_projects_postgis_store_and_its_sites(desktop, office):
    from heilbronn_digital.heilbronn_digital_plugin.store.core import open_store
    from heilbronn_digital.heilbronn_digital_plugin.store.location import parse_store

    result = desktop["result"]
    assert result["project_read"]
    assert len(result["layers"]) == office["layers"]
    assert all(kind == "postgres" and valid for kind, valid, _ in result["layers"])
    panel = result["panel"]
    assert parse_store(panel["store"]).identity() == \
        open_store(office["store"]).location.identity()
    names = {feature["name"] for feature in open_store(office["store"]).read_features(
        "parking_sites")}
    assert set(panel["sites"]) == names and len(names) == 4


def test_a_role_that_may_only_read_is_told_before_anything_is_fetched(desktop, feed):
    status = desktop["result"]["refusal"]["status"]
    assert "darf diesen Datenspeicher lesen, aber nicht ändern" in status, status
    assert "permission denied for table parking_sites" in status
    assert "Es wurde nichts abgerufen" in status
    assert feed.queries == []


@pytest.mark.parametrize(("key", "name"), [("project", "postgis_project"),
                                         ("read_only", "postgis_project_read_only")])
def test_the_screenshots_show_the_window(desktop, key, name):
    assert desktop["result"][f"screenshot_{key}"]
    image = QImage(str(OUT / f"{name}.png"))
    assert image.width() >= 1000 and image.height() >= 600
