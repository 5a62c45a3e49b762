"""The open-data server over real HTTP on 127.0.0.1: QGIS Server (qgis_mapserver) over a
publication of the demo store, with the plugin's server API for the landing page, the
DCAT-AP.de catalogue and the files; and QGIS's own OGC API – Features provider reading a
collection back."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pytest
from plugin_dev import PLUGIN_PATH, REPO
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from heilbronn_digital.heilbronn_digital_plugin.publish import serve
from heilbronn_digital.heilbronn_digital_plugin.publish.dcat import Metadata
from heilbronn_digital.heilbronn_digital_plugin.publish.publisher import Options, publish
from heilbronn_digital.heilbronn_digital_plugin.publish.reports import ReportRules
from heilbronn_digital.heilbronn_digital_plugin.publish.server_project import (
    write_server_project,
)

WFS3 = "/wfs3"
UTC = timezone.utc
INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(qgis_app, sample_gpkg, tmp_path_factory):
    if serve.find_mapserver() is None:
        pytest.fail("qgis_mapserver is missing: `make test` installs qgis-server-bin and "
                    "qgis-server-wfs3.")
    port = _free_port()
    folder = tmp_path_factory.mktemp("opendata") / "publication"
    publish(sample_gpkg, folder, Options(metadata=Metadata(base_url=f"http://127.0.0.1:{port}")))
    write_server_project(folder)
    running = serve.start(folder, PLUGIN_PATH, port=port,
                          log_path=tmp_path_factory.mktemp("log") / "server.log")
    try:
        serve.wait_until_ready(running)
        yield running, folder
    finally:
        running.stop()
    assert not running.running()


def _get(url: str, accept: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def _json(url: str) -> dict:
    status, content_type, body = _get(url)
    assert status == 200, body[:300]
    assert "json" in content_type
    return json.loads(body)


def _items(base: str, collection: str, query: str) -> dict:
    return _json(f"{base}{WFS3}/collections/{collection}/items.json?{query}")


def test_landing_page_and_catalogue_with_their_media_types(server):
    running, folder = server
    status, content_type, body = _get(f"{running.url}/")
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode("utf-8")
    assert "Offene Daten" in page and "catalog.ttl" in page and f"{running.url}/wfs3" in page
    status, content_type, body = _get(f"{running.url}/catalog.ttl")
    assert (status, content_type) == (200, "text/turtle; charset=utf-8")
    assert body == (folder / "catalog.ttl").read_bytes()
    turtle = Graph().parse(data=body.decode("utf-8"), format="turtle")
    status, content_type, body = _get(f"{running.url}/catalog.jsonld")
    assert (status, content_type) == (200, "application/ld+json")
    assert len(Graph().parse(data=body.decode("utf-8"), format="json-ld")) == len(turtle)


def test_a_portal_harvests_the_catalogue_as_ckanext_dcat_does(server):
    """The steps of ckanext-dcat's RDF harvester (CKAN, GovData): a HEAD request for the
    size, a GET, the format from the media type, one dataset per IRI (its guid), and paging
    only where the catalogue says so (hydra)."""
    running, folder = server
    url = f"{running.url}/catalog.ttl"
    head = urllib.request.Request(url, method="HEAD")
    with urllib.request.urlopen(head, timeout=30) as answer:
        assert answer.status == 200
        length = int(answer.headers["Content-Length"])
        assert answer.read() == b""
    status, content_type, body = _get(url)
    assert status == 200 and length == len(body) == (folder / "catalog.ttl").stat().st_size
    graph = Graph().parse(data=body.decode("utf-8"), format=content_type.split(";")[0])
    hydra = "http://www.w3.org/ns/hydra/core#"
    assert not [p for p in graph.predicates() if str(p).startswith(hydra)]
    dcat, dct = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
    catalogue = next(graph.subjects(RDF.type, URIRef(f"{dcat}Catalog")))
    guids = set(graph.objects(catalogue, URIRef(f"{dcat}dataset")))
    assert guids == {URIRef(f"{running.url}/#dataset-{name}")
                     for name in ("citizen_reports", "parking", "floorplans")}
    for guid in guids:
        assert str(graph.value(guid, URIRef(f"{dct}identifier"))) == str(guid)
        assert graph.value(guid, URIRef(f"{dct}title")) is not None
        assert graph.value(guid, URIRef(f"{dcat}distribution")) is not None
    # Older harvesters ask for ?page=2 and stop at a 404 or at the same content.
    status, _, again = _get(f"{url}?page=2")
    assert status == 404 or again == body
    # A portal that asks for JSON-LD gets the same graph.
    status, content_type, body = _get(f"{running.url}/catalog.jsonld")
    assert isomorphic(Graph().parse(data=body.decode("utf-8"),
                                    format=content_type.split(";")[0]), graph)


def test_every_download_url_of_the_catalogue_answers_the_file(server):
    running, folder = server
    turtle = Graph().parse(folder / "catalog.ttl", format="turtle")
    download = "http://www.w3.org/ns/dcat#downloadURL"
    urls = sorted(str(o) for _, p, o in turtle if str(p) == download)
    # GeoJSON and CSV per table (1 + 2 + 4 tables), one GeoPackage per dataset.
    assert len(urls) == 2 * (1 + 2 + 4) + 3
    expected_types = {".geojson": "application/geo+json", ".csv": "text/csv; charset=utf-8",
                      ".gpkg": "application/geopackage+sqlite3"}
    for url in urls:
        status, content_type, body = _get(url)
        relative = url.removeprefix(f"{running.url}/")
        assert status == 200, url
        assert content_type == expected_types[Path(relative).suffix]
        assert body == (folder / relative).read_bytes()


def test_nothing_outside_the_publication_is_served(server):
    running, folder = server
    (folder.parent / "secret.txt").write_text("not for the public")
    for path in ("/publication.json", "/opendata.qgs", "/citizen_reports/nothing.csv",
                 "/../secret.txt", "/citizen_reports/..%2F..%2Fsecret.txt"):
        status, _, body = _get(f"{running.url}{path}")
        assert b"not for the public" not in body
        assert status == 404 or b"ServiceException" in body, path


def test_collections_are_listed(server):
    running, _ = server
    collections = _json(f"{running.url}{WFS3}/collections.json")["collections"]
    assert {c["id"] for c in collections} == {
        "citizen_reports", "parking_sites", "parking_occupancy", "indoor_spaces",
        "indoor_doors", "indoor_connectors", "indoor_amenities"}
    html = _get(f"{running.url}{WFS3}/collections.html")
    assert html[0] == 200 and html[1].startswith("text/html")


def test_items_page_with_limit_and_offset(server):
    running, _ = server
    first = _items(running.url, "citizen_reports", "limit=10&offset=0")
    second = _items(running.url, "citizen_reports", "limit=5&offset=5")
    both = _items(running.url, "citizen_reports", "limit=5&offset=10")
    assert first["type"] == "FeatureCollection"
    assert [f["id"] for f in first["features"]][5:] == [f["id"] for f in second["features"]]
    assert len(both["features"]) == 5
    assert not {f["id"] for f in both["features"]} & {f["id"] for f in first["features"]}
    assert any(link["rel"] == "next" for link in first["links"])


def test_items_filtered_by_bbox(server):
    running, _ = server
    west, south, east, north = 9.21, 49.135, 9.225, 49.145
    page = _items(running.url, "citizen_reports",
                  f"limit=1000&bbox={west},{south},{east},{north}")
    assert 0 < len(page["features"]) < 1000
    for feature in page["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert west <= lon <= east and south <= lat <= north


def _instant(text: str) -> datetime:
    """An ISO 8601 instant that must carry its offset ("Z" or "+01:00")."""
    assert INSTANT.fullmatch(text), f"{text!r} is no instant with an offset"
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_items_filtered_by_datetime(server):
    running, folder = server
    window = "2025-11-18T10:00:00Z/2025-11-18T11:00:00Z"
    page = _items(running.url, "parking_occupancy", f"limit=1000&datetime={window}")
    published = json.loads((folder / "parking" / "parking_occupancy.geojson").read_text(
        encoding="utf-8"))["features"]
    # The file's times carry Heilbronn's offset (11:00+01:00 to 12:00+01:00), the API's are
    # UTC with "Z": the same instants. On the served text times QGIS Server 3.22, 3.40 and
    # 3.44 all include both ends of the interval.
    first, last = datetime(2025, 11, 18, 10, tzinfo=UTC), datetime(2025, 11, 18, 11, tzinfo=UTC)
    expected = sorted(_instant(f["properties"]["period_start"]) for f in published
                      if first <= _instant(f["properties"]["period_start"]) <= last)
    served = sorted(_instant(f["properties"]["period_start"]) for f in page["features"])
    assert served == expected and len(served) > 100, (served[:3], expected[:3])
    assert all(f["properties"]["period_start"].endswith("Z") for f in page["features"])
    reports = _items(running.url, "citizen_reports", "limit=1000&datetime=2025-03-01/2025-03-31")
    assert reports["features"]
    assert {f["properties"]["date"][:7] for f in reports["features"]} == {"2025-03"}


def test_every_instant_the_api_serves_carries_its_offset(server):
    """A hackathon team reads "2025-11-18T10:00:00.000" as local time, an hour off: every
    date-time served is ISO 8601 with "Z" (a day stays a plain date)."""
    running, _ = server
    seen = 0
    for collection in _json(f"{running.url}{WFS3}/collections.json")["collections"]:
        page = _items(running.url, collection["id"], "limit=50")
        for feature in page["features"]:
            for value in feature["properties"].values():
                if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\dT", value):
                    _instant(value)
                    seen += 1
    assert seen > 0


def test_items_filtered_by_an_attribute(server):
    running, _ = server
    page = _items(running.url, "citizen_reports", "limit=1000&category=Graffiti")
    assert page["features"]
    assert {f["properties"]["category"] for f in page["features"]} == {"Graffiti"}


def test_items_are_valid_geojson(server):
    running, _ = server
    for collection, kind in (("citizen_reports", "Point"), ("indoor_spaces", "Polygon"),
                             ("indoor_doors", "LineString")):
        page = _items(running.url, collection, "limit=20")
        assert page["type"] == "FeatureCollection" and page["features"]
        for feature in page["features"]:
            assert feature["type"] == "Feature" and "properties" in feature
            geometry = feature["geometry"]
            assert geometry["type"] == kind
            flat = json.dumps(geometry["coordinates"]).replace("[", "").replace("]", "")
            values = [float(v) for v in flat.split(",")]
            lons, lats = values[0::2], values[1::2]
            # WGS 84 longitude/latitude in Heilbronn, not UTM metres.
            assert all(9.0 < v < 9.4 for v in lons) and all(49.0 < v < 49.3 for v in lats)
        if kind == "Polygon":
            for feature in page["features"]:
                ring = feature["geometry"]["coordinates"][0]
                area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
                # Closed, and counterclockwise as RFC 7946 asks of an exterior ring.
                assert ring[0] == ring[-1] and area > 0


def test_qgis_reads_a_collection_through_its_oapif_provider(server):
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    running, _ = server
    layer = QgsVectorLayer(f"url='{running.url}{WFS3}' typename='parking_sites'",
                           "parking sites", "OAPIF")
    assert layer.isValid(), layer.error().summary()
    features = list(layer.getFeatures())
    assert len(features) == 46
    names = {f["name"] for f in features}
    assert "Am Bollwerksturm" in names
    assert {f["site_type"] for f in features} == {"garage", "on_street"}
    assert layer.crs().authid() in ("OGC:CRS84", "EPSG:4326")
    reports = QgsVectorLayer(f"url='{running.url}{WFS3}' typename='citizen_reports'",
                             "reports", "OAPIF")
    assert reports.isValid()
    inner_city = QgsRectangle(9.21, 49.135, 9.225, 49.145)
    selected = list(reports.getFeatures(QgsFeatureRequest().setFilterRect(inner_city)))
    assert selected and all(inner_city.contains(f.geometry().asPoint()) for f in selected)


def test_a_port_in_use_is_named_with_how_to_choose_another(server, tmp_path):
    running, folder = server
    with pytest.raises(serve.PortInUse) as raised:
        serve.start(folder, PLUGIN_PATH, port=running.port,
                    port_hint="make opendata OPENDATA_PORT=8001")
    message = str(raised.value)
    assert f"Port {running.port} on 127.0.0.1 is already in use" in message
    assert "make opendata OPENDATA_PORT=8001" in message


def test_make_opendata_names_a_port_in_use_before_it_publishes(server, tmp_path):
    running, _ = server
    env = {**os.environ, "OPENDATA_PORT": str(running.port)}
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "opendata.py")], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert (f"Port {running.port} on 127.0.0.1 is already in use" in done.stdout
            and f"make opendata OPENDATA_PORT={running.port + 1}" in done.stdout), done.stdout
    assert "Publishing" not in done.stdout


def test_publishing_again_while_served_serves_the_new_publication(qgis_app, sample_gpkg,
                                                                   tmp_path):
    """A hackathon runs for a day: the city publishes again into the served folder, and the
    API and the catalogue answer with the new publication at once."""
    port = _free_port()
    folder = tmp_path / "publication"
    metadata = Metadata(base_url=f"http://127.0.0.1:{port}")
    reports_only = ("citizen_reports",)
    publish(sample_gpkg, folder, Options(datasets=reports_only, metadata=metadata))
    write_server_project(folder)
    running = serve.start(folder, PLUGIN_PATH, port=port, log_path=tmp_path / "server.log")
    try:
        serve.wait_until_ready(running)
        before = _items(running.url, "citizen_reports", "limit=1")["numberMatched"]
        publish(sample_gpkg, folder, Options(datasets=reports_only, metadata=metadata,
                                             reports=ReportRules(k=20)))
        write_server_project(folder)
        after = _items(running.url, "citizen_reports", "limit=1")["numberMatched"]
        published = json.loads((folder / "citizen_reports" / "privacy_report.json").read_text(
            encoding="utf-8"))["records_published"]
        assert after == published < before
        _, _, turtle = _get(f"{running.url}/catalog.ttl")
        assert turtle == (folder / "catalog.ttl").read_bytes()
        assert b"k = 20" in turtle
    finally:
        running.stop()
