"""heilbronn:importparking over real HTTP on 127.0.0.1, through the QGIS network stack.

Every format is served from the real fixture payloads (SensorThings from a small FROST-like
server with paging and a $filter on phenomenonTime), plus the ugly cases: 404, 500, a
server that never answers, an HTML page, a body cut off.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from http_server import FeedServer, Reply
from sql_rows import sql_fingerprint, sql_rows

UTC = timezone.utc
DATA = Path(__file__).resolve().parent.parent / "data" / "parking"
# SensorThings: one garage reporting free places every 15 minutes through the night the
# clocks go back (2025-10-26 00:00 to 04:00 UTC).
STA_START = datetime(2025, 10, 26, 0, 0, tzinfo=UTC)
STA_READINGS = 16
STA_PAGE = 6
JSON = "application/json"
XML = "application/xml"


def _observations(params: dict[str, str]) -> list[dict]:
    """The readings a query's $filter on phenomenonTime asks for (in the $expand or top)."""
    text = params.get("$expand", "") + params.get("$filter", "")
    bounds = {op: datetime.fromisoformat(value.replace("Z", "+00:00")) for op, value in
              re.findall(r"phenomenonTime (ge|lt) (\S+?Z)", text)}
    every = [STA_START + timedelta(minutes=15 * i) for i in range(STA_READINGS)]
    chosen = [t for t in every
              if bounds.get("ge", t) <= t < bounds.get("lt", t + timedelta(days=1))]
    if "$top=1)" in text:  # no window: the latest reading only
        chosen = every[-1:]
    return [{"phenomenonTime": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "result": 100 - i}
            for i, t in enumerate(every) if t in chosen]


class Feeds(FeedServer):
    def __init__(self, fixtures: Path) -> None:
        super().__init__()
        folder = fixtures / "parkapi"
        self.add("/goldbeck/facilities", folder / "heilbronn_goldbeck_facilities.json")
        self.add("/goldbeck/occupancies", folder / "heilbronn_goldbeck_occupancies.json")
        self.add("/parkapi/v1/heilbronn", DATA / "parkapi_v1_heilbronn_lots.json")
        self.add("/parkapi/v3/parking-sites", DATA / "parkapi_v3_parking_sites.json")
        self.add("/datex2/status", fixtures / "datex2" / "vrs_bondorf-realtime.xml", XML)
        self.add("/datex2/table", fixtures / "datex2" / "vrs_bondorf-static.xml", XML)
        self.add("/csv/neckarsulm.csv", folder / "neckarsulm.csv", "text/csv")
        hamburg = json.loads((fixtures / "ogcapi_features" /
                              "hamburg_garages_live.geojson").read_text("utf-8"))
        for link in hamburg["links"]:
            if link["rel"] == "next":
                link["href"] = "items2?offset=10"  # relative to /ogc/items
        self.routes["/ogc/items"] = Reply(body=json.dumps(hamburg).encode())
        self.routes["/ogc/items2"] = Reply(body=json.dumps({
            "type": "FeatureCollection", "links": [], "features": [
                {"type": "Feature", "id": 10099, "geometry": {
                    "type": "Point", "coordinates": [10.0, 53.55]},
                 "properties": {"name": "Seite zwei", "frei": 5, "gesamt": 50,
                                "received": "11.02.2024, 03:15"}}]}).encode())
        self.routes["/sta/v1.1/Things"] = self.things
        self.routes["/sta/v1.1/Datastreams(11)/Observations"] = self.more_observations
        self.routes["/broken/facilities"] = Reply(500, "text/html", b"<html>Fehler</html>")
        self.routes["/portal/facilities"] = Reply(
            200, "text/html; charset=utf-8", b"<!DOCTYPE html><html>Bitte anmelden</html>")
        self.routes["/truncated/facilities"] = Reply(body=b'[{"id": 2141, "name": "Bollw')
        self.routes["/cutoff/facilities"] = Reply(body=b'[{"id": 1}]', declared_length=400)
        self.routes["/slow/facilities"] = Reply(body=b"[]", delay_s=3)

    def add(self, path: str, file: Path, content_type: str = JSON) -> None:
        self.routes[path] = Reply(200, content_type, file.read_bytes())

    def things(self, params: dict[str, str]) -> Reply:
        if params.get("$skip") == "1":
            return Reply(body=json.dumps({"value": [{
                "@iot.id": 2, "name": "Straßenparken Allee", "properties": {"type": "street"},
                "Locations": [{"location": {"type": "Point", "coordinates": [9.224, 49.142]}}],
                "Datastreams": []}]}).encode())
        observations = _observations(params)
        stream = {"name": "Freie Stellplätze", "Observations": observations[:STA_PAGE]}
        if len(observations) > STA_PAGE:
            stream["Observations@iot.nextLink"] = (
                f"{self.base}/sta/v1.1/Datastreams(11)/Observations?$skip={STA_PAGE}&"
                f"$filter={_filter_of(params)}")
        return Reply(body=json.dumps({
            "value": [{"@iot.id": 1, "name": "Parkhaus Harmonie",
                       "properties": {"capacity": 100, "art": "Tiefgarage"},
                       "Locations": [{"location": {"type": "Feature", "geometry": {
                           "type": "Point", "coordinates": [9.225386, 49.142295]}}}],
                       "Datastreams": [stream]}],
            "@iot.nextLink": f"{self.base}/sta/v1.1/Things?$skip=1"}).encode())

    def more_observations(self, params: dict[str, str]) -> Reply:
        rest = _observations(params)[int(params["$skip"]):]
        return Reply(body=json.dumps({"value": rest}).encode())


def _filter_of(params: dict[str, str]) -> str:
    match = re.search(r"\$filter=([^;)]*)", params.get("$expand", ""))
    return match.group(1) if match else ""


@pytest.fixture
def feeds(fixtures_dir, qgis_app):
    server = Feeds(fixtures_dir)
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "parking.gpkg"


def _fingerprint(store: Path) -> str:
    return sql_fingerprint(
        store, "SELECT site_id, name, capacity, free_latest, observed_latest, quality, "
               "ST_AsText(geom) FROM parking_sites ORDER BY site_id",
        "SELECT * FROM parking_occupancy ORDER BY site_id, observed_at")


def _run(store: Path, format_name: str, source: str, **more) -> dict:
    import processing

    from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import FORMATS

    parameters = {"FORMAT": FORMATS.index(format_name), "SOURCE": source, "STORE": str(store),
                  "TIMEOUT": 1, **more}
    return processing.run("heilbronn:importparking", parameters)


@pytest.mark.parametrize(("format_name", "path", "second", "sites", "readings"), [
    ("goldbeck", "/goldbeck/facilities", "/goldbeck/occupancies", 38, 9),
    ("goldbeck", "/goldbeck/occupancies", "/goldbeck/facilities", 38, 9),  # either order
    ("parkapi", "/parkapi/v1/heilbronn", "", 4, 4),
    ("parkapi", "/parkapi/v3/parking-sites", "", 3, 2),
    ("datex2", "/datex2/status", "/datex2/table", 1, 1),
    ("geojson", "/ogc/items", "", 11, 11),  # the fixture's page and a next page
    ("csv", "/csv/neckarsulm.csv", "", 41, 0),
    ("detect", "/datex2/table", "/datex2/status", 1, 1),
    ("detect", "/goldbeck/facilities", "/goldbeck/occupancies", 38, 9),
    ("detect", "/ogc/items", "", 11, 11),
])
def test_every_format_over_http(provider, feeds, store, format_name, path, second, sites,
                                readings):
    result = _run(store, format_name, feeds.base + path,
                  SECOND_SOURCE=feeds.base + second if second else "")
    assert (result["SITES_RECEIVED"], result["READINGS_RECEIVED"]) == (sites, readings)
    assert result["READINGS_INSERTED"] == readings
    assert result["SITES"] == f"{store}|layername=parking_sites"
    assert result["OCCUPANCY"] == f"{store}|layername=parking_occupancy"
    assert sql_rows(store, "SELECT count(*) FROM parking_sites") == [(sites,)]
    assert sql_rows(store, "SELECT count(*) FROM parking_occupancy") == [(readings,)]
    assert sql_rows(store, "SELECT DISTINCT source FROM parking_sites") == [(feeds.base + path,)]


def test_sensorthings_pages_window_and_resync(provider, feeds, store):
    first = _run(store, "sensorthings", feeds.base + "/sta/v1.1",
                 START="2025-10-26T00:00:00Z", END="2025-10-26T02:00:00Z")
    assert (first["SITES_RECEIVED"], first["READINGS_INSERTED"]) == (2, 8)
    # The window went to the server as $filter, and both kinds of next link were followed.
    (path, params), *rest = feeds.queries
    assert "phenomenonTime ge 2025-10-26T00:00:00Z and phenomenonTime lt " \
           "2025-10-26T02:00:00Z" in params["$expand"]
    assert {p for p, _ in rest} == {"/sta/v1.1/Things",
                                    "/sta/v1.1/Datastreams(11)/Observations"}
    # An overlapping window adds only what is new.
    second = _run(store, "sensorthings", feeds.base + "/sta/v1.1/Things",
                  START="2025-10-26T01:00:00Z", END="2025-10-26T05:00:00Z")
    assert (second["READINGS_RECEIVED"], second["READINGS_INSERTED"],
            second["READINGS_UPDATED"]) == (12, 8, 4)
    # GDAL 3.6 writes whole seconds as "…:00.000Z", GDAL 3.10 (Debian 13) as "…:00Z".
    assert [tuple(str(v).replace(".000Z", "Z") for v in row) for row in sql_rows(
        store, "SELECT count(*), count(DISTINCT observed_at), min(observed_at), "
               "max(observed_at) FROM parking_occupancy")] == [
        ("16", "16", "2025-10-26T00:00:00Z", "2025-10-26T03:45:00Z")]
    assert sql_rows(store, "SELECT free_latest, occupancy_latest, observed_latest FROM "
                        "parking_sites WHERE site_id = 'sensorthings:1'") == [
        (85, pytest.approx(0.15), "2025/10/26 03:45:00+00")]
    # Without a window: the latest reading only; nothing new, nothing doubled.
    latest = _run(store, "sensorthings", feeds.base + "/sta/v1.1")
    assert (latest["READINGS_RECEIVED"], latest["READINGS_INSERTED"]) == (1, 0)
    assert sql_rows(store, "SELECT count(*) FROM parking_occupancy") == [(16,)]


def test_resync_changes_nothing(provider, feeds, store):
    source = feeds.base + "/goldbeck/facilities"
    second = feeds.base + "/goldbeck/occupancies"
    _run(store, "goldbeck", source, SECOND_SOURCE=second)
    before = _fingerprint(store)
    again = _run(store, "goldbeck", source, SECOND_SOURCE=second)
    assert (again["READINGS_INSERTED"], again["READINGS_UPDATED"]) == (0, 9)
    assert _fingerprint(store) == before


@pytest.mark.parametrize(("path", "message"), [
    ("/nowhere/facilities", "HTTP 404"),
    ("/broken/facilities", "HTTP 500.*try again later"),
    ("/portal/facilities", "web page"),
    ("/truncated/facilities", "cannot be read as goldbeck: the JSON is broken or cut off"),
    ("/cutoff/facilities", "broke off|cut off"),
    ("/slow/facilities", "did not answer within 1 seconds"),
])
def test_failures_name_the_url_and_change_nothing(provider, feeds, store, path, message):
    from qgis.core import QgsProcessingException

    _run(store, "parkapi", feeds.base + "/parkapi/v1/heilbronn")
    before = _fingerprint(store)
    with pytest.raises(QgsProcessingException, match=message) as raised:
        _run(store, "goldbeck", feeds.base + path,
             SECOND_SOURCE=feeds.base + "/goldbeck/occupancies")
    assert feeds.base + path in str(raised.value)
    assert "The store is unchanged" in str(raised.value)
    assert _fingerprint(store) == before


def test_a_failing_second_source_changes_nothing_either(provider, feeds, store):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="HTTP 404"):
        _run(store, "datex2", feeds.base + "/datex2/status",
             SECOND_SOURCE=feeds.base + "/datex2/gone")
    assert not store.exists()


def test_files_and_bad_input(provider, fixtures_dir, store):
    from qgis.core import QgsProcessingException

    result = _run(store, "detect", str(fixtures_dir / "parkapi" / "ParkAPI_v1_Heilbronn.geojson"))
    assert result["SITES_RECEIVED"] == 8
    with pytest.raises(QgsProcessingException, match="cannot be read"):
        _run(store, "csv", str(fixtures_dir / "nope.csv"))
    with pytest.raises(QgsProcessingException, match="ending in .gpkg"):
        _run(store.with_suffix(".shp"), "csv", str(fixtures_dir / "parkapi" / "neckarsulm.csv"))
    with pytest.raises(QgsProcessingException, match="time window is empty"):
        _run(store, "sensorthings", "http://127.0.0.1:9/sta", START="2025-10-27T00:00:00Z",
             END="2025-10-26T00:00:00Z")


def test_qgis_process_command_line(provider, feeds, tmp_path, run_algorithm_cli):
    store = tmp_path / "cli.gpkg"
    completed = run_algorithm_cli(
        "heilbronn:importparking", FORMAT=0, SOURCE=f"{feeds.base}/datex2/status",
        SECOND_SOURCE=f"{feeds.base}/datex2/table", STORE=store)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert sql_rows(store, "SELECT site_id, name, capacity, free_latest FROM parking_sites") == [
        ("datex2:1035", "P+R Bondorf", 314, 215)]


def test_cancel_between_pages_stores_nothing(feeds, store):
    from heilbronn_digital.heilbronn_digital_plugin.analysis.progress import Canceled
    from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
        ParkingSource,
        fetch_parking,
    )
    from heilbronn_digital.heilbronn_digital_plugin.feeds.transport import QgisTransport

    class CancelAfterFirstPage:
        calls = 0

        def setProgress(self, progress: float) -> None:
            self.calls += 1

        def isCanceled(self) -> bool:
            return self.calls >= 1

    source = ParkingSource("sensorthings", feeds.base + "/sta/v1.1",
                           start=STA_START, end=STA_START + timedelta(hours=4))
    with pytest.raises(Canceled):
        fetch_parking(source, QgisTransport(timeout_s=1), CancelAfterFirstPage())
    assert [path for path, _ in feeds.queries] == ["/sta/v1.1/Things"]
    assert not store.exists()


def test_layers_load_once_and_styled(provider, feeds, store):
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import FORMATS

    parameters = {"FORMAT": FORMATS.index("datex2"), "SOURCE": feeds.base + "/datex2/status",
                  "SECOND_SOURCE": feeds.base + "/datex2/table", "STORE": str(store)}
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    processing.run("heilbronn:importparking", parameters, context=context,
                   feedback=QgsProcessingFeedback())
    to_load = context.layersToLoadOnCompletion()
    assert sorted(to_load) == sorted([f"{store}|layername=parking_sites",
                                      f"{store}|layername=parking_occupancy"])
    sites = f"{store}|layername=parking_sites"
    assert context.layerToLoadOnCompletionDetails(sites).postProcessor() is not None
    layers = [project.addMapLayer(QgsVectorLayer(uri, "shown", "ogr")) for uri in to_load]
    try:
        again = QgsProcessingContext()
        again.setProject(project)
        processing.run("heilbronn:importparking", parameters, context=again,
                       feedback=QgsProcessingFeedback())
        assert again.layersToLoadOnCompletion() == {}
    finally:
        for layer in layers:
            project.removeMapLayer(layer.id())
