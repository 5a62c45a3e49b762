"""Feed requests against a hostile server on 127.0.0.1, through the QGIS network stack.

Each test is a class of input seen in the field (issue 12): redirect loops and chains,
relative redirects, redirects to other schemes, a server that drips, endless paging, a gzip
bomb, answers with personal data (which must never reach the disk cache) and keys in URLs
(which must never reach a message or the log). Every case ends within seconds.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hostile_server import PERSONAL, HostileServer
from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager, QgsSettings

from heilbronn_digital.heilbronn_digital_plugin.feeds.open311_sync import (
    MAX_RECORDS,
    SyncError,
    sync_requests,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    MAX_PAGES,
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.transport import (
    MAX_REDIRECTS,
    QgisTransport,
    TransportError,
)

UTC = timezone.utc
T0 = datetime(2025, 1, 1, tzinfo=UTC)
SECRETS = ("K-SECRET-1", "T-SECRET-2", "P-SECRET-3", "S3CRET-TOKEN")


@pytest.fixture
def hostile(qgis_app):
    server = HostileServer()
    yield server
    server.close()


def _fetch(server: HostileServer, path: str, params: dict | None = None, **options) -> bytes:
    options.setdefault("timeout_s", 5)
    return QgisTransport(**options).fetch(server.base + path, params or {})


def _peak_rss_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc/self/status")


def test_a_redirect_loop_stops_at_once_with_a_sentence(hostile):
    with pytest.raises(TransportError, match="redirects in a loop") as raised:
        _fetch(hostile, "/loop/a")
    # The loop is seen at its first repetition: A, B and nothing more.
    assert hostile.hits("/loop/") == 2
    assert f"{hostile.base}/loop/a" in str(raised.value)


def test_a_long_redirect_chain_stops_after_a_few(hostile):
    with pytest.raises(TransportError, match=f"redirects more than {MAX_REDIRECTS} times"):
        _fetch(hostile, "/chain/0")
    assert hostile.hits("/chain/") == MAX_REDIRECTS + 1


def test_a_relative_redirect_is_followed(hostile):
    answer = json.loads(_fetch(hostile, "/relative/requests.json"))
    assert answer[0]["service_request_id"] == "1"
    assert [path for path, _ in hostile.queries] == ["/relative/requests.json",
                                                     "/ok/requests.json"]


@pytest.mark.parametrize("path", ["/tofile", "/toftp"])
def test_a_redirect_to_another_scheme_is_refused(hostile, path):
    with pytest.raises(TransportError, match="not an http or https address; it is not followed"):
        _fetch(hostile, path)


def test_a_dripping_server_is_timed_out_as_a_whole(hostile):
    # The drip never goes quiet, so only a bound on the whole request can end it with this
    # sentence; without one the server stops after DRIP_LIMIT_S with the body cut off.
    with pytest.raises(TransportError, match="did not answer within 2 seconds"):
        _fetch(hostile, "/drip", timeout_s=2)
    assert hostile.hits("/drip") == 1


def test_one_bound_for_all_requests_of_a_run(hostile):
    # Each request alone may take 30 s: the sentence names the overall bound of 2 s.
    transport = QgisTransport(timeout_s=30, total_s=2)
    with pytest.raises(TransportError, match="took longer than 0.0333333 minutes together"):
        transport.fetch(hostile.base + "/drip", {})
    with pytest.raises(TransportError, match="Stopped before asking"):
        transport.fetch(hostile.base + "/ok/requests.json", {})
    assert transport.requests == 1
    assert hostile.hits("/ok/") == 0


def test_a_gzip_bomb_is_unpacked_only_up_to_the_limit(hostile):
    before = _peak_rss_mb()
    with pytest.raises(TransportError, match="larger than 64 MB and was not read further"):
        _fetch(hostile, "/bomb", timeout_s=30)
    # 1 GiB unpacked would show; the limit and one packed answer may.
    assert _peak_rss_mb() - before < 400


def test_a_packed_answer_is_unpacked(hostile):
    assert json.loads(_fetch(hostile, "/small-gzip"))[0]["service_request_id"] == "1"


def test_an_answer_is_not_read_past_the_limit(hostile):
    with pytest.raises(TransportError, match="larger than 1 MB"):
        _fetch(hostile, "/big", max_bytes=1 << 20)


def test_a_cancel_from_another_thread_aborts_the_request_in_flight(hostile):
    feedback = QgsFeedback()
    timer = threading.Timer(0.5, feedback.cancel)
    timer.start()
    # Without the cancel the request would end after 30 s as "did not answer".
    with pytest.raises(TransportError, match="was canceled"):
        _fetch(hostile, "/drip", timeout_s=30, feedback=feedback)
    timer.join()


def test_endless_paging_stops_within_seconds_and_stores_nothing(hostile, tmp_path):
    store = tmp_path / "reports.gpkg"
    with pytest.raises(SyncError, match=f"more than {MAX_RECORDS} reports") as raised:
        sync_requests(store, hostile.base + "/endless", QgisTransport(5),
                      start=T0, end=T0 + timedelta(days=1))
    # The bound in requests: one answer of 1,000 past the record limit, not 4.5 minutes.
    assert hostile.hits("/endless/") == MAX_RECORDS // 1000 + 1
    assert "later start date" in str(raised.value)
    assert not store.exists()


def test_endless_parking_pages_stop_at_the_page_bound_with_a_sentence(hostile):
    batch = fetch_parking(ParkingSource("geojson", hostile.base + "/endless/parking.geojson"),
                          QgisTransport(5))
    assert hostile.hits("/endless/parking") == MAX_PAGES
    assert len(batch.sites) == MAX_PAGES * 100
    assert any(f"stopped after {MAX_PAGES} pages" in note for note in batch.notes)
    assert batch.problems == []


def test_keys_in_urls_never_reach_a_message_or_the_log(hostile, provider, tmp_path):
    logged: list[str] = []

    def collect(message: str, *_args) -> None:
        logged.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        with pytest.raises(TransportError) as raised:
            _fetch(hostile, "/forbidden", {"apikey": SECRETS[0], "token": SECRETS[1],
                                           "page": "2"})
        text = str(raised.value)
        assert "HTTP 403" in text and "page=2" in text
        url = (f"http://user:{SECRETS[2]}@127.0.0.1:{hostile.httpd.server_port}/forbidden"
               f"?access_token={SECRETS[3]}")
        with pytest.raises(ParkingFeedError) as parking:
            fetch_parking(ParkingSource("parkapi", url), QgisTransport(5))
        import processing
        from qgis.core import QgsProcessingException, QgsProcessingFeedback

        class Recorder(QgsProcessingFeedback):
            def __init__(self) -> None:
                super().__init__()
                self.lines: list[str] = []

            def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
                self.lines.append(info)

            def pushWarning(self, warning: str) -> None:  # noqa: N802
                self.lines.append(warning)

            def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
                self.lines.append(error)

        recorder = Recorder()
        with pytest.raises(QgsProcessingException) as algorithm:
            processing.run("heilbronn:importparking", {
                "SOURCE": url, "STORE": str(tmp_path / "p.gpkg"), "TIMEOUT": 5}, feedback=recorder)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    everything = "\n".join([text, str(parking.value), str(algorithm.value), *recorder.lines,
                            *logged])
    assert "HTTP 403" in str(algorithm.value)
    for secret in SECRETS:
        assert secret not in everything


def _files_containing(folder: Path, needles: tuple[str, ...]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n}" for n in needles if n.encode() in data]
    return found


@pytest.fixture
def disk_cache(qgis_app, tmp_path):
    """QGIS's network disk cache in a folder of its own, as the desktop has it in the profile
    (the test application starts without a cache folder, so nothing would be cached)."""
    settings = QgsSettings()
    before = settings.value("cache/directory")
    folder = tmp_path / "profile" / "cache"
    settings.setValue("cache/directory", str(folder))
    # Only this re-reads the setting (the Python wrapper's setCacheDirectory() does not
    # reach the cache QGIS shares between threads).
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    yield folder
    QgsNetworkAccessManager.instance().cache().clear()
    if before is None:
        settings.remove("cache/directory")
    else:
        settings.setValue("cache/directory", before)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def test_the_disk_cache_fixture_caches(hostile, disk_cache):
    """The check below could not fail if QGIS's cache kept nothing at all."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl(hostile.base + "/personal/requests.json?probe=1"))
    QgsBlockingNetworkRequest().get(request, True)
    assert _files_containing(disk_cache, PERSONAL[:1])


def test_feed_answers_never_reach_the_disk_cache(hostile, disk_cache, tmp_path):
    store = tmp_path / "reports.gpkg"
    sync_requests(store, hostile.base + "/personal", QgisTransport(5),
                  start=T0, end=T0 + timedelta(days=5), include_personal=False)
    with pytest.raises(ParkingFeedError, match="Nothing from"):  # Open311, not ParkAPI
        fetch_parking(ParkingSource("parkapi", f"{hostile.base}/personal/requests.json"
                                               f"?token={SECRETS[3]}"), QgisTransport(5))
    assert hostile.hits("/personal/") == 2
    needles = (*PERSONAL, SECRETS[3])
    assert _files_containing(disk_cache, needles) == []
    assert _files_containing(Path(QgsApplication.qgisSettingsDirPath()), needles) == []
