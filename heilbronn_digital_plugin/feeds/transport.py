"""HTTP for the feeds through the QGIS network stack, behind one small interface.

``QgsNetworkAccessManager`` honours the user's proxy, SSL exceptions and ``authcfg`` (an API
key kept in the QGIS authentication database), which city networks need. Feeds only see
:class:`Transport`, so they parse bytes and never depend on how those were fetched.

A feed server may be broken or hostile, so every request is bounded (:class:`QgisTransport`):

- **time**: ``timeout_s`` bounds the whole request, not only a silence (a server that sends a
  byte every half second is cut off too), and ``total_s`` bounds all requests of one
  transport together — one sync or refresh;
- **size**: at most ``max_bytes`` are read, and a compressed answer is unpacked here, never
  beyond ``max_bytes`` (a gzip bomb stops at the limit, not in the kernel's OOM killer);
- **redirects**: at most ``MAX_REDIRECTS``, relative ones resolved, only to http(s) and never
  from https down to http, a loop named as one; the API key (``authcfg``) goes only to the
  server it was given for;
- **privacy**: answers never go through QGIS's disk cache (they may hold names, e-mail
  addresses and keys), and every credential-like URL parameter is hidden in messages
  (:func:`~..toolbelt.redact.redact`);
- **cancel**: the ``feedback`` (a ``QgsFeedback``, e.g. a ``QgsTask``'s or a Processing
  feedback) aborts the request in flight within a tenth of a second, from any thread, and so
  does QGIS quitting.

``QgsBlockingNetworkRequest`` does none of the first four (it saves every answer to the disk
cache and follows redirects without limit), so the request runs here on
``QgsNetworkAccessManager`` in a local event loop, in whatever thread calls :meth:`fetch`.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import Protocol

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..toolbelt.i18n import tr
from ..toolbelt.numbers import local_number
from ..toolbelt.redact import redact
from .limits import MAX_BYTES, megabytes
from .open311 import Open311FormatError, Open311ServerError, parse_requests

DEFAULT_TIMEOUT_S = 60
# All requests of one sync or refresh together.
DEFAULT_TOTAL_S = 30 * 60
# Per answer, packed and unpacked.
DEFAULT_MAX_BYTES = MAX_BYTES
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_POLL_MS = 100


class TransportError(Exception):
    """A request failed; the message names the endpoint (credentials hidden) and what to
    check."""


@dataclass(frozen=True)
class FeedHints:
    """The words failure messages use, so that they fit the feed: the data expected, what
    its address should be, which query parameters and access settings to check, and how to
    ask for less at once."""

    data: str
    address: str
    query: str
    access: str
    less: str


def generic_hints() -> FeedHints:
    return FeedHints(
        data=tr("data"),
        address=tr("the address of the data interface (API), not of a web page"),
        query=tr("the parameters"),
        access=tr("the API key in the authentication configuration"),
        less=tr("ask for less data at once (e.g. a shorter time window)"))


class Transport(Protocol):
    def fetch(self, url: str, params: dict[str, str], authcfg: str = "") -> bytes:
        """The body of a successful GET of ``url`` with ``params`` as the query string."""


@dataclass
class _Answer:
    """One HTTP exchange as it ended."""

    status: int | None
    error: QNetworkReply.NetworkError
    error_text: str
    body: bytes
    headers: dict[bytes, bytes]
    location: QUrl | None = None


class QgisTransport:
    """GETs through QGIS (proxy, SSL settings and ``authcfg`` apply), bounded in time, size
    and redirects, never through the disk cache; ``feedback`` cancels (see the module)."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S,
                 feedback: QgsFeedback | None = None, hints: FeedHints | None = None, *,
                 total_s: float | None = DEFAULT_TOTAL_S,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.timeout_s = timeout_s
        self.feedback = feedback
        self.hints = hints or generic_hints()
        self.total_s = total_s
        self.max_bytes = max_bytes
        self.requests = 0
        self._began: float | None = None

    def fetch(self, url: str, params: dict[str, str], authcfg: str = "") -> bytes:
        address = QUrl(url)
        if not address.isValid() or address.scheme().lower() not in ("http", "https"):
            raise TransportError(tr("“{url}” is not an http or https address.").format(
                url=redact(url)))
        query = QUrlQuery(address)
        for name, value in params.items():
            query.addQueryItem(name, value)
        address.setQuery(query)
        first = address
        seen = {address.toString()}
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._get(address, authcfg if _same_server(address, first) else "",
                               _shown(first))
            if answer.location is None:
                return self._body(_shown(address), answer)
            target = address.resolved(answer.location)
            self._check_redirect(address, target, seen)
            seen.add(target.toString())
            address = target
        raise TransportError(tr(
            "{url} redirects more than {count} times (last to {target}). Check the address; "
            "the server's redirects are not followed further.").format(
                url=_shown(first), count=MAX_REDIRECTS, target=_shown(address)))

    def _check_redirect(self, address: QUrl, target: QUrl, seen: set[str]) -> None:
        shown, to = _shown(address), _shown(target)
        scheme = target.scheme().lower()
        if not target.isValid() or scheme not in ("http", "https"):
            raise TransportError(tr(
                "{url} redirects to {target}, which is not an http or https address; it is "
                "not followed. Check the address.").format(url=shown, target=to))
        if address.scheme().lower() == "https" and scheme == "http":
            raise TransportError(tr(
                "{url} redirects from https to the unencrypted {target}; it is not followed. "
                "Use the https address the server's operator gives.").format(
                    url=shown, target=to))
        if target.toString() in seen:
            raise TransportError(tr(
                "{url} redirects in a loop (back to {target}). The server is misconfigured: "
                "tell its operator.").format(url=shown, target=to))

    def _deadline(self, shown: str) -> tuple[float, bool]:
        """When the next request must end (its own timeout, within the overall bound), and
        whether the overall bound is the nearer one."""
        now = time.monotonic()
        if self._began is None:
            self._began = now
        deadline = now + self.timeout_s
        if self.total_s is not None:
            remaining = self._began + self.total_s - now
            if remaining <= 0:
                raise TransportError(tr(
                    "Stopped before asking {url}: the requests of this run took longer than "
                    "{minutes} minutes together, the limit for one run. Try again later, or "
                    "{less}.").format(url=shown, minutes=local_number(self.total_s / 60, "g"),
                                      less=self.hints.less))
            if remaining < self.timeout_s:
                return now + remaining, True
        return deadline, False

    def _get(self, address: QUrl, authcfg: str, shown: str) -> _Answer:
        """One GET, read into memory up to ``max_bytes``, ended by the deadline, a cancel
        or QGIS quitting."""
        deadline, overall = self._deadline(shown)
        self.requests += 1
        request = QNetworkRequest(address)
        request.setRawHeader(b"Accept", b"application/json, application/xml;q=0.9, */*;q=0.1")
        # Asked for here, so Qt leaves the answer packed and _unpacked() bounds it.
        request.setRawHeader(b"Accept-Encoding", b"gzip, deflate")
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        # Qt 6 follows redirects by default; each hop is checked in fetch().
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        # A server that goes quiet is given up sooner than the deadline.
        request.setTransferTimeout(int(self.timeout_s * 1000))
        auth = QgsApplication.authManager()
        if authcfg and not auth.updateNetworkRequest(request, authcfg):
            raise TransportError(tr(
                "The authentication configuration {id} could not be applied to the request "
                "to {url}. Check it under Settings ▸ Options ▸ Authentication.").format(
                    id=authcfg, url=shown))
        manager = QgsNetworkAccessManager.instance()
        reply = manager.get(request)
        if sip.isdeleted(reply):
            # Marked so before its address could be read (see gone()): it cannot be found
            # again; the manager still owns and ends it.
            raise TransportError(self._no_answer_message(shown))
        address_of_reply = sip.unwrapinstance(reply)
        if authcfg:
            auth.updateNetworkReply(reply, authcfg)
        body = bytearray()
        ended: list[str] = []  # why the request was ended here, if it was

        # No Python slot is connected to the reply: its signals only end the local event loop
        # (C++ to C++), and the reading, the bounds and the cancel are checked here between
        # two waits (the timer wakes the loop for the deadline and the cancel). With Python
        # slots, PyQt marked the reply's wrapper deleted when the reply was, and sip kept that
        # dead wrapper for its address: the next reply Qt put at the same address came back
        # from get() as deleted ("failed unexpectedly" or "ended without an answer" for a
        # plain HTTP 500, under load). QGIS may also delete a reply under a worker's wait:
        # that ends the request with a sentence.
        def gone() -> bool:
            nonlocal reply
            if not sip.isdeleted(reply):
                return False
            # Under load PyQt marks a live reply's wrapper deleted when an earlier object at
            # the same address is cleaned up: the manager still holds the reply, found again.
            for child in manager.findChildren(QNetworkReply):
                if not sip.isdeleted(child) and sip.unwrapinstance(child) == address_of_reply:
                    reply = child
                    return False
            return True

        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(_POLL_MS)
        timer.timeout.connect(loop.quit)
        reply.readyRead.connect(loop.quit)
        reply.finished.connect(loop.quit)
        application = QCoreApplication.instance()
        quitting: list[bool] = []

        def quit_now() -> None:
            quitting.append(True)
            loop.quit()

        if application is not None:
            application.aboutToQuit.connect(quit_now)
        answer: _Answer | None = None
        try:
            timer.start()
            while not gone():
                body.extend(bytes(reply.readAll()))
                if len(body) > self.max_bytes:
                    ended.append("size")
                elif reply.isFinished():
                    answer = _answer(reply, bytes(body))
                    break
                elif quitting or (self.feedback is not None and self.feedback.isCanceled()):
                    ended.append("canceled")
                elif time.monotonic() >= deadline:
                    ended.append("time")
                else:
                    loop.exec()
                    continue
                reply.abort()
                break
        finally:
            timer.stop()
            if application is not None:
                application.aboutToQuit.disconnect(quit_now)
            if not gone():
                reply.deleteLater()
        if "canceled" in ended or quitting or (
                answer is None and self.feedback is not None and self.feedback.isCanceled()):
            raise TransportError(tr("The request to {url} was canceled.").format(url=shown))
        if "time" in ended:
            raise TransportError(self._timeout_message(shown, overall))
        if "size" in ended:
            raise TransportError(self._size_message(shown))
        if answer is None:
            raise TransportError(self._no_answer_message(shown))
        return answer

    def _no_answer_message(self, shown: str) -> str:
        return tr("The request to {url} ended without an answer. Try again; if it keeps "
                  "happening, check the proxy settings under Settings ▸ Options ▸ "
                  "Network.").format(url=shown)

    def _timeout_message(self, shown: str, overall: bool) -> str:
        if overall:
            return tr(
                "Stopped while asking {url}: the requests of this run took longer than "
                "{minutes} minutes together, the limit for one run. Try again later, or "
                "{less}.").format(url=shown, minutes=local_number(self.total_s / 60, "g"),
                                  less=self.hints.less)
        return tr(
            "{url} did not answer within {seconds} seconds. Check the network connection "
            "and proxy settings, or try again later.").format(
                url=shown, seconds=local_number(self.timeout_s, "g"))

    def _size_message(self, shown: str) -> str:
        return tr(
            "The answer from {url} is larger than {megabytes} MB and was not read further. "
            "The server may be failing; if not, {less}.").format(
                url=shown, megabytes=megabytes(self.max_bytes),
                less=self.hints.less)

    def _body(self, shown: str, answer: _Answer) -> bytes:
        """The body of a final answer, or a sentence that says why there is none."""
        status, body = answer.status, answer.body
        if status is not None and status >= 400:
            raise TransportError(_http_error(shown, status, body, self.hints))
        # Qt ends a transfer that outlives setTransferTimeout() as "canceled".
        if answer.error in (QNetworkReply.NetworkError.OperationCanceledError,
                            QNetworkReply.NetworkError.TimeoutError):
            raise TransportError(self._timeout_message(shown, False))
        if answer.error != QNetworkReply.NetworkError.NoError or status is None:
            message = redact(answer.error_text)
            if status is not None:
                raise TransportError(tr(
                    "The answer from {url} broke off ({error}). Try again; if it keeps "
                    "happening, {less}.").format(url=shown, error=message,
                                                 less=self.hints.less))
            raise TransportError(tr(
                "{url} could not be reached: {error}. Check the address, the network "
                "connection and the proxy settings.").format(url=shown, error=message))
        length = answer.headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > len(body):
            raise TransportError(tr(
                "The answer from {url} was cut off ({received} of {expected} bytes). Try "
                "again; if it keeps happening, {less}.").format(
                    url=shown, received=len(body), expected=int(length),
                    less=self.hints.less))
        body = self._unpacked(shown, body, answer.headers.get(b"content-encoding", b""))
        content_type = answer.headers.get(b"content-type", b"").decode("latin-1").lower()
        if "text/html" in content_type or body.lstrip()[:15].lower().startswith(
                (b"<!doctype html", b"<html")):
            raise TransportError(tr(
                "{url} answered with a web page instead of {data}. Check the address: it "
                "should be {address}.").format(url=shown, data=self.hints.data,
                                               address=self.hints.address))
        return body

    def _unpacked(self, shown: str, body: bytes, encoding: bytes) -> bytes:
        """``body`` unpacked as its Content-Encoding says, never beyond ``max_bytes``."""
        codings = [c.strip() for c in encoding.decode("latin-1").lower().split(",")]
        for coding in reversed([c for c in codings if c and c != "identity"]):
            if coding in ("gzip", "x-gzip"):
                wbits = 16 + zlib.MAX_WBITS
            elif coding == "deflate":
                # RFC 9110's deflate is zlib-wrapped; some servers send it raw.
                wbits = zlib.MAX_WBITS if body[:1] and body[0] & 0x0F == 8 else -zlib.MAX_WBITS
            else:
                raise TransportError(tr(
                    "{url} sent its answer packed as “{coding}”, which cannot be read here. "
                    "Tell the server's operator.").format(url=shown, coding=coding))
            body = self._inflate(shown, body, wbits)
        return body

    def _inflate(self, shown: str, data: bytes, wbits: int) -> bytes:
        out = bytearray()
        while data:
            inflater = zlib.decompressobj(wbits)
            try:
                out.extend(inflater.decompress(data, self.max_bytes + 1 - len(out)))
            except zlib.error as error:
                raise TransportError(tr(
                    "The packed answer from {url} is broken ({error}). Try again; if it keeps "
                    "happening, tell the server's operator.").format(url=shown, error=error)) \
                    from None
            if len(out) > self.max_bytes or inflater.unconsumed_tail:
                raise TransportError(self._size_message(shown))
            # A gzip stream may hold several members one after the other.
            data = inflater.unused_data if wbits > zlib.MAX_WBITS else b""
        return bytes(out)


_Error = QNetworkReply.NetworkError
# The HTTP status behind each of Qt's errors for an HTTP error answer.
_HTTP_ERRORS = {
    _Error.ProtocolInvalidOperationError: 400, _Error.AuthenticationRequiredError: 401,
    _Error.ContentAccessDenied: 403, _Error.ContentNotFoundError: 404,
    _Error.ContentOperationNotPermittedError: 405, _Error.ContentConflictError: 409,
    _Error.ContentGoneError: 410, _Error.UnknownContentError: 400,
    _Error.InternalServerError: 500, _Error.OperationNotImplementedError: 501,
    _Error.ServiceUnavailableError: 503, _Error.UnknownServerError: 500,
}


def _answer(reply: QNetworkReply, body: bytes) -> _Answer:
    """What ``reply`` ended with, read before the reply is deleted."""
    status = _http_status(reply)
    location = None
    if status in _REDIRECTS:
        target = reply.attribute(QNetworkRequest.Attribute.RedirectionTargetAttribute)
        location = target if isinstance(target, QUrl) and not target.isEmpty() else None
    return _Answer(status, reply.error(), reply.errorString(), body,
                   {bytes(k).lower(): bytes(v) for k, v in reply.rawHeaderPairs()}, location)


def _http_status(reply: QNetworkReply) -> int | None:
    """The answer's HTTP status. On QGIS 3.22 the status attribute of a request that failed
    in a worker thread can be the one of an earlier, successful answer to the same URL (a
    failing feed would look fine with old data); Qt's error code is right."""
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    failed = _HTTP_ERRORS.get(reply.error())
    if failed is not None and (status is None or int(status) < 400):
        return failed
    return None if status is None else int(status)


def _shown(address: QUrl) -> str:
    """The URL for messages, every credential in it hidden."""
    return redact(address.toString())


def _same_server(one: QUrl, other: QUrl) -> bool:
    return (one.scheme().lower(), one.host().lower(), one.port()) == \
        (other.scheme().lower(), other.host().lower(), other.port())


def _http_error(shown: str, status: int, body: bytes, hints: FeedHints) -> str:
    detail = _server_detail(body)
    return tr("{url} answered HTTP {status}{detail}: {hint}.").format(
        url=shown, status=status, detail=f" ({detail})" if detail else "",
        hint=_hint(status, hints))


def _hint(status: int, hints: FeedHints) -> str:
    """What a planner can check for an HTTP error status."""
    if status == 400:
        return tr("the server rejected the query: check {query}").format(query=hints.query)
    if status in (401, 403):
        return tr("access is refused: check {access}").format(access=hints.access)
    if status == 404:
        return tr("there is nothing at this address: check {address}").format(
            address=hints.address)
    if status == 429:
        return tr("the server asks for fewer requests: wait a while and try again")
    if status >= 500:
        return tr("the server has a problem of its own: try again later, and tell its "
                  "operator if it persists")
    return tr("check the address and {query}").format(query=hints.query)


def _server_detail(body: bytes) -> str:
    """The Open311 error description a server put into an error answer, if any."""
    try:
        parse_requests(body)
    except Open311ServerError as error:
        return error.detail[:200]
    except Open311FormatError:
        return ""
    return ""
