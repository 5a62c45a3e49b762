"""A small HTTP server on 127.0.0.1 for feed tests: real sockets, real payloads.

Routes map a path to a :class:`Reply`, or to a function of the query parameters that returns
one, so a test can serve fixture files, generated pages and the ugly cases (error statuses,
HTML pages, bodies cut off, servers that never answer).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    # A Content-Length larger than the body: the connection closes mid-answer.
    declared_length: int | None = None
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    # Send the body one byte every ``drip_s`` seconds (a server that never goes quiet), for
    # at most ``DRIP_LIMIT_S``: a test's server must end on its own.
    drip_s: float = 0.0


DRIP_LIMIT_S = 60.0
Route = Reply | Callable[[dict[str, str]], Reply]


class FeedServer:
    """Serves ``routes`` (path -> Reply or function of the query); 404 for anything else.
    ``queries`` records every request as (path, parameters)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.queries: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server._answer(self)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        url = urlsplit(handler.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        self.queries.append((url.path, params))
        route = self.routes.get(url.path)
        if route is None:
            reply = Reply(404, "text/html", b"<html><body>Not Found</body></html>")
        else:
            reply = route(params) if callable(route) else route
        if reply.delay_s:
            time.sleep(reply.delay_s)
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(reply.declared_length or len(reply.body)))
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if reply.drip_s:
            _drip(handler, reply)
            return
        try:
            handler.wfile.write(reply.body)
        except OSError:  # the client gave up (a timeout, a size limit): that is the test
            return
        if reply.declared_length:
            handler.close_connection = True


def _drip(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    """The body byte by byte, until it is sent, the client hangs up or the limit is reached."""
    started = time.monotonic()
    try:
        for index in range(len(reply.body)):
            if time.monotonic() - started > DRIP_LIMIT_S:
                break
            handler.wfile.write(reply.body[index:index + 1])
            handler.wfile.flush()
            time.sleep(reply.drip_s)
    except OSError:  # the client gave up: what a drip server is for
        pass
    handler.close_connection = True
