"""A feed server on 127.0.0.1 that behaves as broken and hostile servers do, bounded in time.

Routes (each a class of input seen in the field, issue 12):

- ``/loop/a`` ↔ ``/loop/b``: a redirect cycle; ``/chain/0`` … ``/chain/30``: a long chain;
- ``/relative/requests.json``: ``Location: /ok/requests.json`` (relative) to a real answer;
- ``/tofile``, ``/toftp``: redirects to ``file:`` and ``ftp:``; ``/downgrade``: https → http
  is tested with a fake https URL, so it is not served;
- ``/drip``: one byte every half second (never quiet, never done);
- ``/endless/requests.json``: an Open311 server that answers every query with 1,000 new ids;
- ``/endless/parking.geojson``: OGC API Features pages of 100 new sites, each with a next;
- ``/bomb``: gzip-encoded, 1 MB that unpacks to 1 GiB of zeros; ``/big``: 5 MB plain;
- ``/personal/requests.json``: Open311 reports with names, e-mail addresses and phone
  numbers (``PERSONAL`` lists the strings that must never reach the disk);
- ``/forbidden``: 403 for any query (to see what an error message shows of the URL).

The drip ends after ``http_server.DRIP_LIMIT_S`` at the latest, so a broken client cannot
keep a test server alive.
"""

from __future__ import annotations

import gzip
import itertools
import json
import zlib
from functools import lru_cache

from http_server import FeedServer, Reply

PERSONAL = ("anna.muster@example.org", "+49 7131 5620", "Anna Muster")
BOMB_SIZE = 1 << 30


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """1 GiB of zeros, gzip-packed into about 1 MB (built once per test session)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    parts = [packer.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(packer.flush())
    return b"".join(parts)


def open311_request(number: int, **more: str) -> dict:
    return {"service_request_id": str(number), "status": "open", "service_code": "011",
            "service_name": "Straßenschaden", "description": f"Schlagloch {number}",
            "requested_datetime": "2025-01-02T10:00:00Z",
            "updated_datetime": "2025-01-02T10:00:00Z", "lat": "49.1427", "long": "9.2185",
            **more}


class HostileServer(FeedServer):
    def __init__(self) -> None:
        super().__init__()
        self.ids = itertools.count(1)
        ok = json.dumps([open311_request(1)]).encode()
        self.routes.update({
            "/loop/a": _redirect(f"{self.base}/loop/b"),
            "/loop/b": _redirect("/loop/a"),
            "/relative/requests.json": _redirect("/ok/requests.json"),
            "/ok/requests.json": Reply(body=ok),
            "/tofile": _redirect("file:///etc/passwd"),
            "/toftp": _redirect("ftp://127.0.0.1/feed.json"),
            "/drip": Reply(body=b"[" + b" " * 500 + b"]", drip_s=0.5),
            "/endless/requests.json": self.endless,
            "/endless/parking.geojson": self.endless_parking,
            "/bomb": Reply(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
            "/small-gzip": Reply(body=gzip.compress(ok), headers={"Content-Encoding": "gzip"}),
            "/big": Reply(body=b"[" + b" " * (5 << 20) + b"]"),
            "/personal/requests.json": Reply(body=json.dumps([open311_request(
                7, email=PERSONAL[0], phone=PERSONAL[1], first_name="Anna",
                last_name="Muster", name=PERSONAL[2])]).encode()),
            "/forbidden": Reply(403, body=b'{"error": "invalid key"}'),
        })
        for step in range(31):
            self.routes[f"/chain/{step}"] = _redirect(f"/chain/{step + 1}")

    def endless(self, params: dict[str, str]) -> Reply:
        """1,000 reports never seen before, whatever the window or page."""
        return Reply(body=json.dumps(
            [open311_request(next(self.ids)) for _ in range(1000)]).encode())

    def endless_parking(self, params: dict[str, str]) -> Reply:
        """An OGC API Features page of 100 sites never seen before, always with a next page
        (relative, as OGC API servers write it)."""
        page = int(params.get("page", "1"))
        features = [{"type": "Feature", "id": f"p{next(self.ids)}",
                     "geometry": {"type": "Point", "coordinates": [9.22, 49.14]},
                     "properties": {"frei": 5, "gesamt": 10,
                                    "timestamp": "2025-12-03T13:35:00+01:00"}}
                    for _ in range(100)]
        return Reply(body=json.dumps({
            "type": "FeatureCollection", "features": features,
            "links": [{"rel": "next", "href": f"parking.geojson?page={page + 1}"}]}).encode())

    def hits(self, prefix: str) -> int:
        return sum(1 for path, _ in self.queries if path.startswith(prefix))


def _redirect(location: str) -> Reply:
    return Reply(302, "text/html", b"<html>moved</html>", headers={"Location": location})
