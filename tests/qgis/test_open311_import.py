"""Open311 import and sync over real HTTP on 127.0.0.1, through the QGIS network stack.

A small GeoReport v2 server (the FeedServer of tests/http_server.py) serves the real fixture
payloads and generated requests with the 1,000-result cap, the page/page_size extension and
updated_after, plus the ugly cases: 403/404/500, an HTML page, a cut-off body, a server that
never answers.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from http_server import FeedServer, Reply
from osgeo import ogr
from sql_rows import sql_fingerprint, sql_rows

from heilbronn_digital.heilbronn_digital_plugin.analysis.progress import Canceled
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311 import parse_datetime
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import (
    SyncError,
    import_response,
    open311_hints,
    requests_url,
    source_name,
    sync_requests,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.transport import QgisTransport

UTC = timezone.utc
T0 = datetime(2025, 1, 1, tzinfo=UTC)
HEILBRONN = (9.2185, 49.1427)


GEOREPORT = "/georeport/v2/requests.json"


class Open311Server(FeedServer):
    """A GeoReport v2 endpoint at /georeport/v2 with the behaviour a test sets (cap, paging,
    failures), and the ugly cases at /forbidden, /broken, /portal, /truncated, /cutoff, /slow."""

    def __init__(self, fixtures: Path) -> None:
        super().__init__()
        cut_off = b'[{"service_request_id": "1", "status": "open"}]'
        self.requests: list[dict] = []
        self.cap = 1000
        self.paging = False
        self.fail_after: int | None = None  # answer HTTP 500 after this many queries
        self.routes.update({
            GEOREPORT: self.georeport,
            "/toronto/requests.xml": Reply(200, "application/xml", (
                fixtures / "open311" / "open311status_toronto_requests_many.xml").read_bytes()),
            "/forbidden/requests.json": Reply(
                403, body=b'[{"code": 403, "description": "Invalid api_key"}]'),
            "/broken/requests.json": Reply(
                500, "text/html", b"<html><body><h1>Internal Server Error</h1></body></html>"),
            "/portal/requests.json": Reply(
                200, "text/html; charset=utf-8",
                b"<!DOCTYPE html><html><body>Bitte melden Sie sich an</body></html>"),
            "/truncated/requests.json": Reply(body=b'[{"service_request_id": "1", "status": "op'),
            "/cutoff/requests.json": Reply(body=cut_off, declared_length=len(cut_off) * 3),
            "/slow/requests.json": Reply(body=b"[]", delay_s=3),
        })

    @property
    def georeport_queries(self) -> list[dict[str, str]]:
        """The parameters of every query of the GeoReport endpoint, in order."""
        return [params for path, params in self.queries if path == GEOREPORT]

    def georeport(self, params: dict[str, str]) -> Reply:
        if self.fail_after is not None and len(self.georeport_queries) > self.fail_after:
            return Reply(500, body=b'[{"code": 500, "description": "database gone"}]')
        return Reply(body=json.dumps(self.answer(params)).encode())

    def answer(self, params: dict[str, str]) -> list[dict]:
        start = parse_datetime(params.get("start_date"))
        end = parse_datetime(params.get("end_date"))
        after = parse_datetime(params.get("updated_after"))
        chosen = [r for r in self.requests
                  if (start is None or parse_datetime(r["requested_datetime"]) >= start)
                  and (end is None or parse_datetime(r["requested_datetime"]) <= end)
                  and (after is None or parse_datetime(r["updated_datetime"]) > after)]
        chosen.sort(key=lambda r: r["requested_datetime"])
        if self.paging:
            size = min(int(params.get("page_size", self.cap)), self.cap)
            page = int(params.get("page", 1))
            return chosen[(page - 1) * size: page * size]
        return chosen[:self.cap]


def _request(number: int, days: float, status: str = "open",
             updated_days: float | None = None) -> dict:
    requested = T0 + timedelta(days=days)
    updated = T0 + timedelta(days=updated_days if updated_days is not None else days)
    return {
        "service_request_id": str(number), "status": status, "service_code": "011",
        "service_name": "Straßen- und Gehwegschäden", "description": f"Schlagloch {number}",
        "requested_datetime": requested.isoformat(), "updated_datetime": updated.isoformat(),
        "lat": str(HEILBRONN[1] + number * 1e-4), "long": str(HEILBRONN[0]),
        "email": "buerger@example.org", "zipcode": "74072",
    }


@pytest.fixture
def server(fixtures_dir, qgis_app):
    server = Open311Server(fixtures_dir)
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "reports.gpkg"


def _fingerprint(store: Path) -> str:
    return sql_fingerprint(
        store, "SELECT service_request_id, status, updated_datetime, extra_json, "
               "ST_AsText(geom) FROM citizen_reports ORDER BY service_request_id",
        "SELECT * FROM citizen_report_history ORDER BY fid")


def _sync(server: Open311Server, store: Path, path: str = "/georeport/v2", **options):
    options.setdefault("start", T0)
    options.setdefault("end", T0 + timedelta(days=200))
    return sync_requests(store, server.base + path, QgisTransport(1, hints=open311_hints()),
                         **options)


def test_requests_url_and_source():
    assert requests_url("https://x.de/georeport/v2") == "https://x.de/georeport/v2/requests.json"
    assert requests_url("https://x.de/georeport/v2/") == "https://x.de/georeport/v2/requests.json"
    assert requests_url("https://x.de/v2/requests.xml") == "https://x.de/v2/requests.xml"
    assert requests_url("https://x.de/v2/requests") == "https://x.de/v2/requests.json"
    assert source_name("https://x.de/v2", "hn") == "https://x.de/v2/requests.json?jurisdiction_id=hn"
    # A key in the URL would be stored with every report: parameters travel separately.
    assert requests_url("https://x.de/v2?api_key=SECRET") == "https://x.de/v2/requests.json"


def test_real_toronto_payload_over_http(server, store):
    result = _sync(server, store, "/toronto/requests.xml",
                   start=datetime(2018, 7, 1, tzinfo=UTC), end=datetime(2018, 9, 1, tzinfo=UTC))
    assert (result.received, result.inserted, result.updated) == (2, 2, 0)
    rows = sql_rows(store, "SELECT service_request_id, status, requested_datetime, source "
                        "FROM citizen_reports ORDER BY service_request_id")
    assert rows[0][:3] == ("101005420892", "open", "2018/07/30 04:01:00+00")
    assert rows[0][3] == server.base + "/toronto/requests.xml"
    assert len(sql_rows(store, "SELECT * FROM citizen_report_history")) == 2


def test_windows_split_until_complete_under_the_cap(server, store):
    server.requests = [_request(n, days=n * 0.5) for n in range(1, 301)]  # 150 days
    server.cap = 40
    result = _sync(server, store, max_results=40)
    assert result.received == 300
    assert sql_rows(store, "SELECT count(*), count(DISTINCT service_request_id), count(geom) "
                        "FROM citizen_reports") == [(300, 300, 300)]
    # No query went past 90 days, and every full answer was split.
    for query in server.georeport_queries:
        span = parse_datetime(query["end_date"]) - parse_datetime(query["start_date"])
        assert span <= timedelta(days=90)


def test_an_unreadable_record_does_not_hide_a_full_answer(server, store):
    # 60 requests under a cap of 40, one without an id: the first answer holds 40 requests
    # of which 39 are readable, and must still count as full (and be split).
    server.requests = [_request(n, days=n * 2) for n in range(1, 61)]
    server.requests[5] = {**server.requests[5], "service_request_id": ""}
    server.cap = 40
    result = _sync(server, store, max_results=40)
    assert result.received == 59
    assert any("request" in problem for problem in result.problems)


def test_page_and_page_size_extension(server, store):
    server.requests = [_request(n, days=n * 0.1) for n in range(1, 96)]
    server.paging = True
    result = _sync(server, store, page_size=20)
    assert result.received == 95
    pages = [int(q["page"]) for q in server.georeport_queries]
    assert max(pages) == 5
    assert all(q["page_size"] == "20" for q in server.georeport_queries)


def test_privacy_and_extra_fields(server, store, tmp_path):
    server.requests = [_request(1, days=1)]
    _sync(server, store)
    (extra,) = sql_rows(store, "SELECT extra_json FROM citizen_reports")[0]
    assert json.loads(extra) == {"zipcode": "74072"}
    asked = tmp_path / "with_personal_data.gpkg"
    _sync(server, asked, include_personal=True)
    (extra,) = sql_rows(asked, "SELECT extra_json FROM citizen_reports")[0]
    assert json.loads(extra)["email"] == "buerger@example.org"


def test_resync_is_incremental_updates_status_and_keeps_history(server, store):
    server.requests = [_request(n, days=n) for n in range(1, 11)]
    first = _sync(server, store)
    assert (first.inserted, first.updated, first.since) == (10, 0, None)
    server.requests[4] = _request(5, days=5, status="closed", updated_days=120)
    server.queries.clear()
    second = _sync(server, store)
    assert second.since == T0 + timedelta(days=10)
    assert all(q["updated_after"] == "2025-01-11T00:00:00Z" for q in server.georeport_queries)
    assert (second.received, second.inserted, second.updated) == (1, 0, 1)
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(10,)]
    assert sql_rows(store, "SELECT status FROM citizen_reports WHERE service_request_id = '5'") \
        == [("closed",)]
    history = sql_rows(store, "SELECT status, changed_at FROM citizen_report_history "
                           "WHERE service_request_id = '5' ORDER BY changed_at")
    assert history == [("open", "2025/01/06 00:00:00+00"),
                       ("closed", "2025/05/01 00:00:00+00")]
    # A third run finds nothing new and changes nothing.
    before = _fingerprint(store)
    third = _sync(server, store)
    assert (third.received, third.inserted, third.updated) == (0, 0, 0)
    assert _fingerprint(store) == before


def test_two_jurisdictions_with_the_same_ids_are_kept_apart(server, store):
    server.requests = [_request(n, days=n) for n in range(1, 4)]
    _sync(server, store, jurisdiction_id="heilbronn")
    server.requests = [_request(n, days=n, status="closed") for n in range(1, 4)]
    other = _sync(server, store, jurisdiction_id="neckarsulm")
    assert (other.inserted, other.updated) == (3, 0)
    rows = sql_rows(store, "SELECT source, status FROM citizen_reports "
                        "WHERE service_request_id = '1' ORDER BY source")
    assert [status for _, status in rows] == ["open", "closed"]
    assert rows[0][0].endswith("jurisdiction_id=heilbronn")


def test_a_store_keyed_by_the_old_id_alone_is_migrated(server, store):
    server.requests = [_request(n, days=n) for n in range(1, 4)]
    _sync(server, store, jurisdiction_id="heilbronn")
    ds = ogr.Open(str(store), 1)  # a store as version 0.1.0 wrote it
    ds.ExecuteSQL('DROP INDEX "ux_citizen_reports_key"')
    ds.ExecuteSQL('CREATE UNIQUE INDEX "ux_citizen_reports_key" '
                  'ON citizen_reports (service_request_id)')
    ds = None
    other = _sync(server, store, jurisdiction_id="neckarsulm")
    assert (other.inserted, other.updated) == (3, 0)
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(6,)]
    assert sql_rows(store, "SELECT name FROM pragma_index_info('ux_citizen_reports_key')") == \
        [("source",), ("service_request_id",)]


def test_an_unreadable_optional_date_keeps_the_report(server, store):
    broken = _request(1, days=1)
    broken["expected_datetime"] = "0000-00-00 00:00:00"  # what PHP back ends send for none
    server.requests = [broken, _request(2, days=2)]
    result = _sync(server, store)
    assert (result.inserted, result.problems) == (2, [])
    assert any("expected_datetime" in note and "0000-00-00" in note for note in result.notes)
    expected, extra = sql_rows(store, "SELECT expected_datetime, extra_json FROM citizen_reports "
                                   "WHERE service_request_id = '1'")[0]
    assert expected is None
    assert json.loads(extra)["expected_datetime"] == "0000-00-00 00:00:00"


@pytest.mark.parametrize(("path", "message"), [
    ("/forbidden", r"HTTP 403 \(403 Invalid api_key\): access is refused"),
    ("/nowhere", "HTTP 404.*check the endpoint URL"),
    ("/broken", "HTTP 500.*try again later"),
    ("/portal", "web page instead of Open311 data"),
    ("/truncated", "cannot be read: the JSON is broken or cut off"),
    ("/cutoff", "broke off|cut off"),
    ("/slow", "did not answer within 1 seconds"),
])
def test_failures_name_the_endpoint_and_change_nothing(server, store, path, message):
    server.requests = [_request(n, days=n) for n in range(1, 6)]
    _sync(server, store)
    before = _fingerprint(store)
    with pytest.raises(SyncError, match=message) as raised:
        _sync(server, store, path, start=T0, end=T0 + timedelta(days=10))
    assert f"{server.base}{path}" in str(raised.value)
    assert _fingerprint(store) == before


def test_network_gone_mid_way_leaves_the_store_as_it_was(server, store):
    server.requests = [_request(n, days=n) for n in range(1, 6)]
    _sync(server, store)
    before = _fingerprint(store)
    server.requests = [_request(n, days=n, status="closed", updated_days=190)
                       for n in range(1, 181)]
    server.fail_after = 1  # the second 90-day window fails
    with pytest.raises(SyncError, match="HTTP 500 .*database gone"):
        _sync(server, store)
    assert _fingerprint(store) == before


def test_cancel_leaves_the_store_as_it_was(server, store):
    server.requests = [_request(n, days=n) for n in range(1, 181)]

    class CancelAfterFirstWindow:
        calls = 0

        def setProgress(self, progress: float) -> None:
            self.calls += 1

        def isCanceled(self) -> bool:
            return self.calls > 0

    with pytest.raises(Canceled):
        _sync(server, store, progress=CancelAfterFirstWindow())
    assert not store.exists()


def test_saved_response_file(fixtures_dir, store):
    data = (fixtures_dir / "open311" / "open311status_toronto_requests_many.xml").read_bytes()
    first = import_response(store, data, "toronto.xml")
    again = import_response(store, data, "toronto.xml")
    assert (first.inserted, again.inserted, again.updated) == (2, 0, 2)
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(2,)]
    with pytest.raises(SyncError, match="not an Open311 requests response"):
        import_response(store, b"<html>oops</html>", "page.html")


def test_algorithm_syncs_from_an_endpoint(provider, server, store):
    import processing

    server.requests = [_request(n, days=n) for n in range(1, 31)]
    parameters = {"ENDPOINT": server.base + "/georeport/v2", "JURISDICTION_ID": "heilbronn",
                  "START_DATE": "2025-01-01T00:00:00Z", "STORE": str(store)}
    result = processing.run("heilbronn:importcitizenreports", parameters)
    assert (result["RECEIVED"], result["INSERTED"], result["UPDATED"]) == (30, 30, 0)
    assert result["REPORTS"] == f"{store}|layername=citizen_reports"
    assert all(q["jurisdiction_id"] == "heilbronn" for q in server.georeport_queries)
    again = processing.run("heilbronn:importcitizenreports", parameters)
    assert (again["RECEIVED"], again["INSERTED"]) == (0, 0)
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(30,)]


def test_algorithm_imports_a_saved_response(provider, fixtures_dir, store):
    import processing

    result = processing.run("heilbronn:importcitizenreports", {
        "RESPONSE_FILE": str(fixtures_dir / "open311" /
                             "open311status_toronto_requests_many.xml"),
        "STORE": str(store)})
    assert (result["RECEIVED"], result["INSERTED"]) == (2, 2)


def test_a_position_that_is_no_place_is_said_and_kept_in_extra(provider, fixtures_dir, store,
                                                                tmp_path):
    """The real Toronto answer with its first report moved to lat 999, long 500 (as a broken
    back end sends it): stored without position, with a sentence naming the report and the
    fix, the values sent kept in extra_json, and a count in the summary."""
    import processing
    from feedback_log import FeedbackLog

    data = (fixtures_dir / "open311" / "open311status_toronto_requests_many.xml").read_text()
    first = data.index("</request>")
    head = (data[:first].replace("<lat>43.691104288</lat>", "<lat>999</lat>")
            .replace("<long>-79.272306875</long>", "<long>500</long>"))
    assert head != data[:first]
    saved = tmp_path / "toronto_no_place.xml"
    saved.write_text(head + data[first:])
    log = FeedbackLog()
    result = processing.run("heilbronn:importcitizenreports", {
        "RESPONSE_FILE": str(saved), "STORE": str(store)}, feedback=log)
    assert (result["RECEIVED"], result["INSERTED"]) == (2, 2)
    assert "Report 101005420892: position 999, 500 is no place on Earth; stored without " \
           "position, the original is kept in extra_json." in log.warnings
    assert any(w.startswith("Reports stored without a position because theirs is no place on "
                            "Earth: 1 (e.g. report 101005420892)") for w in log.warnings), \
        log.warnings
    rows = dict(sql_rows(store, "SELECT service_request_id, extra_json FROM citizen_reports"))
    assert json.loads(rows["101005420892"])["lat"] == "999"
    assert json.loads(rows["101005420892"])["long"] == "500"
    assert "lat" not in json.loads(rows["101005420894"])
    geometries = dict(sql_rows(store, "SELECT service_request_id, geom IS NULL "
                                      "FROM citizen_reports"))
    assert geometries == {"101005420892": 1, "101005420894": 0}


@pytest.mark.parametrize(("parameters", "message"), [
    ({}, "either an Open311 endpoint URL or a saved response file"),
    ({"ENDPOINT": "ftp://example.org/georeport/v2"}, "not an http or https address"),
])
def test_algorithm_refuses_bad_input(provider, store, parameters, message):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        processing.run("heilbronn:importcitizenreports", {**parameters, "STORE": str(store)})


def test_algorithm_failure_says_the_store_is_unchanged(provider, server, store):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException,
                       match=r"HTTP 403.*Invalid api_key.*The store is unchanged"):
        processing.run("heilbronn:importcitizenreports", {
            "ENDPOINT": server.base + "/forbidden", "STORE": str(store)})
    assert not store.exists()  # a first sync that fails leaves no empty store behind


def test_a_server_capping_below_its_page_size_is_split_by_the_given_limit(provider, server,
                                                                         store):
    import processing

    server.cap = 100  # silently, and without paging
    server.requests = [_request(n, days=n / 4) for n in range(1, 301)]
    result = processing.run("heilbronn:importcitizenreports", {
        "ENDPOINT": server.base + "/georeport/v2", "START_DATE": "2025-01-01T00:00:00Z",
        "SERVER_MAX_RESULTS": 100, "STORE": str(store)})
    assert result["INSERTED"] == 300
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(300,)]


def test_qgis_process_command_line(provider, server, tmp_path, run_algorithm_cli):
    server.requests = [_request(n, days=n) for n in range(1, 6)]
    store = tmp_path / "cli.gpkg"
    completed = run_algorithm_cli(
        "heilbronn:importcitizenreports", ENDPOINT=f"{server.base}/georeport/v2",
        START_DATE="2025-01-01T00:00:00", STORE=store)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert sql_rows(store, "SELECT count(*) FROM citizen_reports") == [(5,)]


def test_a_resync_does_not_add_the_layer_twice(provider, server, store):
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    server.requests = [_request(n, days=n) for n in range(1, 4)]
    parameters = {"ENDPOINT": server.base + "/georeport/v2", "START_DATE": "2025-01-01T00:00:00Z",
                  "STORE": str(store)}
    project = QgsProject.instance()
    processing.run("heilbronn:importcitizenreports", parameters)
    layer = QgsVectorLayer(f"{store}|layername=citizen_reports", "reports", "ogr")
    project.addMapLayer(layer)
    try:
        context = QgsProcessingContext()
        context.setProject(project)
        processing.run("heilbronn:importcitizenreports", parameters, context=context,
                       feedback=QgsProcessingFeedback())
        assert context.layersToLoadOnCompletion() == {}
    finally:
        project.removeMapLayer(layer.id())
