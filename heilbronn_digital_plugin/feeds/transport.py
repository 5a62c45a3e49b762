"""HTTP for the feeds through the QGIS network stack, behind one small interface.

``QgsBlockingNetworkRequest`` honours the user's proxy, SSL exceptions and ``authcfg``
(an API key kept in the QGIS authentication database), which city networks need. Feeds only
see :class:`Transport`, so they parse bytes and never depend on how those were fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..toolbelt.i18n import tr
from .open311 import Open311FormatError, parse_requests

DEFAULT_TIMEOUT_S = 60

class TransportError(Exception):
    """A request failed; the message names the endpoint and what to check."""


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


class QgisTransport:
    """GETs through QGIS: proxy, SSL settings and ``authcfg`` apply; ``feedback`` cancels."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S,
                 feedback: QgsFeedback | None = None, hints: FeedHints | None = None) -> None:
        self.timeout_s = timeout_s
        self.feedback = feedback
        self.hints = hints or generic_hints()

    def fetch(self, url: str, params: dict[str, str], authcfg: str = "") -> bytes:
        address = QUrl(url)
        if not address.isValid() or address.scheme().lower() not in ("http", "https"):
            raise TransportError(tr("“{url}” is not an http or https address.").format(url=url))
        query = QUrlQuery(address)
        for name, value in params.items():
            query.addQueryItem(name, value)
        address.setQuery(query)
        shown = _shown(address)
        request = QNetworkRequest(address)
        request.setRawHeader(b"Accept", b"application/json, application/xml;q=0.9, */*;q=0.1")
        # A stalled server must not hang a sync for the default ten minutes or more.
        request.setTransferTimeout(int(self.timeout_s * 1000))
        # Feeds are live: never an answer from the cache. On QGIS 3.22 a request from a worker
        # thread that the server answers with an error can get an earlier cached answer to the
        # same URL instead, so a failing feed would look fine with old data: the attributes
        # alone do not prevent it, dropping the entry does.
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        cache = QgsNetworkAccessManager.instance().cache()
        if cache is not None:
            cache.remove(address)
        blocking = QgsBlockingNetworkRequest()
        if authcfg:
            blocking.setAuthCfg(authcfg)
        error = blocking.get(request, True, self.feedback)
        reply = blocking.reply()
        status = _http_status(reply)
        body = bytes(reply.content())
        if self.feedback is not None and self.feedback.isCanceled():
            raise TransportError(tr("The request to {url} was canceled.").format(url=shown))
        if status is not None and int(status) >= 400:
            raise TransportError(_http_error(shown, int(status), body, self.hints))
        # Qt aborts a transfer that outlives setTransferTimeout() as "canceled", and QGIS
        # then reports no error at all: only the reply tells a timeout apart.
        if error == QgsBlockingNetworkRequest.ErrorCode.TimeoutError or \
                reply.error() == QNetworkReply.NetworkError.OperationCanceledError:
            raise TransportError(tr(
                "{url} did not answer within {seconds} seconds. Check the network connection "
                "and proxy settings, or try again later.").format(
                    url=shown, seconds=f"{self.timeout_s:g}"))
        if error != QgsBlockingNetworkRequest.ErrorCode.NoError or status is None:
            message = blocking.errorMessage() or reply.errorString()
            if status is not None:
                raise TransportError(tr(
                    "The answer from {url} broke off ({error}). Try again; if it keeps "
                    "happening, {less}.").format(url=shown, error=message,
                                                 less=self.hints.less))
            raise TransportError(tr(
                "{url} could not be reached: {error}. Check the address, the network "
                "connection and the proxy settings.").format(url=shown, error=message))
        content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1").lower()
        if "text/html" in content_type or body.lstrip()[:15].lower().startswith(
                (b"<!doctype html", b"<html")):
            raise TransportError(tr(
                "{url} answered with a web page instead of {data}. Check the address: it "
                "should be {address}.").format(url=shown, data=self.hints.data,
                                               address=self.hints.address))
        length = reply.rawHeader(b"Content-Length")
        if length and bytes(length).isdigit() and int(bytes(length)) > len(body):
            raise TransportError(tr(
                "The answer from {url} was cut off ({received} of {expected} bytes). Try "
                "again; if it keeps happening, {less}.").format(
                    url=shown, received=len(body), expected=int(bytes(length)),
                    less=self.hints.less))
        return body


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
    """The URL for messages, without an API key that may be part of the query."""
    query = QUrlQuery(address)
    if query.hasQueryItem("api_key"):
        query.removeAllQueryItems("api_key")
        address = QUrl(address)
        address.setQuery(query)
    return address.toDisplayString()


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
    except Open311FormatError as error:
        text = str(error)
        marker = "the server answered with an error: "
        return text[len(marker):][:200] if text.startswith(marker) else ""
    return ""
