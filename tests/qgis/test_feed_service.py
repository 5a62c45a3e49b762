"""The unattended feed service (heilbronn:runfeeds) as GIS staff run it: qgis_process with a
configuration file, against feeds served on 127.0.0.1, into a GeoPackage and into PostGIS.
Two runs leave the expected records and no duplicates; a failing feed is logged and the others
still run; the exit code says whether every feed succeeded."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from http_server import FeedServer, Reply
from sql_rows import store_rows

from heilbronn_digital.heilbronn_digital_plugin.feeds.service import (
    ServiceConfigError,
    log_line,
    read_config,
)

PARKAPI = Path(__file__).resolve().parent.parent / "data" / "parking" / \
    "parkapi_v1_heilbronn_lots.json"
LINE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+0[12]:00 ")


@pytest.fixture
def server():
    served = FeedServer()
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    requests = [{"service_request_id": f"HN-{n}", "status": "open",
                 "service_name": "Schlagloch", "lat": 49.14 + n / 1000, "long": 9.22,
                 "requested_datetime": (yesterday + timedelta(minutes=n)).isoformat(),
                 "updated_datetime": (yesterday + timedelta(minutes=n)).isoformat()}
                for n in range(3)]
    served.routes["/georeport/v2/requests.json"] = Reply(body=json.dumps(requests).encode())
    served.routes["/parkapi/heilbronn"] = Reply(body=PARKAPI.read_bytes())
    served.routes["/kaputt/facilities"] = Reply(
        500, "text/html", b"<html><body>Internal Server Error</body></html>")
    yield served
    served.close()


def _config(folder: Path, server: FeedServer, store: str, failing: bool = True) -> Path:
    text = f"""
[service]
store = {store}
log = {folder / 'logs' / 'feeds.log'}
timeout = 10

[open311 Mängelmelder]
endpoint = {server.base}/georeport/v2

[parking Stadtwerke]
format = parkapi
source = {server.base}/parkapi/heilbronn
"""
    if failing:
        text += f"""
[parking Kaputt]
format = goldbeck
source = {server.base}/kaputt/facilities
second_source = {server.base}/kaputt/occupancies
"""
    path = folder / "feeds.ini"
    path.write_text(text, encoding="utf-8")
    return path


def _counts(store: str) -> list[tuple]:
    return store_rows(store, "SELECT (SELECT count(*) FROM {citizen_reports}) AS reports, "
                             "(SELECT count(*) FROM {parking_occupancy}) AS readings, "
                             "(SELECT count(*) FROM {parking_sites}) AS sites")


def test_two_runs_keep_the_store_current_and_a_failing_feed_does_not_stop_the_others(
        run_algorithm_cli, server, store_target: str, tmp_path: Path):
    config = _config(tmp_path, server, store_target)
    log = tmp_path / "logs" / "feeds.log"
    first = run_algorithm_cli("heilbronn:runfeeds", CONFIG=config)
    assert first.returncode != 0, first.stdout
    assert "1 of 3 feeds failed: parking Kaputt" in first.stderr + first.stdout
    lines = log.read_text(encoding="utf-8").splitlines()
    assert all(LINE.match(line) for line in lines), lines
    text = "\n".join(lines)
    assert "OK open311 Mängelmelder: 3 reports received: 3 new, 0 updated" in text
    assert "OK parking Stadtwerke: 4 sites and 4 readings received: 4 readings new" in text
    assert re.search(r"FAILED parking Kaputt: .*HTTP 500.*Its store is unchanged", text), text
    assert "Feed service done: 2 of 3 feeds succeeded." in text
    assert _counts(store_target) == [(3, 4, 4)]

    second = run_algorithm_cli("heilbronn:runfeeds", CONFIG=config)
    assert second.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "OK open311 Mängelmelder: 3 reports received: 0 new, 3 updated" in text
    assert "4 readings received: 0 readings new, 4 updated" in text
    assert _counts(store_target) == [(3, 4, 4)]

    healthy = _config(tmp_path, server, store_target, failing=False)
    third = run_algorithm_cli("heilbronn:runfeeds", CONFIG=healthy)
    assert third.returncode == 0, third.stdout + third.stderr
    assert "Feed service done: 2 of 2 feeds succeeded." in log.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "message"), [
    ("[parking X]\nsource = a\n", "has no store"),
    ("[service]\nstore = a.gpkg\n[parking X]\nsource = a\npassword = x\n", "looks like a secret"),
    ("[service]\nstore = a.gpkg\n[parking X]\nsorce = a\n", "unknown key sorce"),
    ("[service]\nstore = a.gpkg\n[weather X]\nsource = a\n", "neither"),
    ("[service]\nstore = a.gpkg\n[parking X]\nformat = nope\nsource = a\n", "format = nope"),
    ("[service]\nstore = a.gpkg\n", "configures no feed"),
])
def test_a_bad_configuration_gets_a_sentence(tmp_path: Path, text: str, message: str):
    path = tmp_path / "feeds.ini"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ServiceConfigError, match=message):
        read_config(path)


def test_log_lines_carry_heilbronn_time_with_its_offset():
    winter = datetime(2025, 1, 15, 12, 0, tzinfo=timezone.utc)
    summer = datetime(2025, 7, 15, 12, 0, tzinfo=timezone.utc)
    assert log_line("x", winter) == "2025-01-15 13:00:00+01:00 x"
    assert log_line("x", summer) == "2025-07-15 14:00:00+02:00 x"
