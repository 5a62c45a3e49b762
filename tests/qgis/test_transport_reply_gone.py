"""A reply that QGIS deletes while the transport waits on it (seen in the live refresh on
QGIS 3.22 and 3.40, where PyQt then aborted QGIS) ends the request with a sentence."""

from __future__ import annotations

import pytest
from qgis.core import QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtNetwork import QNetworkReply
from silent_server import SilentServer

from heilbronn_digital.heilbronn_digital_plugin.feeds.transport import (
    QgisTransport,
    TransportError,
)


def test_a_reply_deleted_under_the_wait_ends_the_request_with_a_sentence(qgis_app):
    server = SilentServer()
    deleted = []

    def delete_the_replies() -> None:
        for reply in QgsNetworkAccessManager.instance().findChildren(QNetworkReply):
            sip.delete(reply)
            deleted.append(reply)

    try:
        QTimer.singleShot(300, delete_the_replies)
        with pytest.raises(TransportError, match="ended without an answer"):
            QgisTransport(timeout_s=30).fetch(f"{server.base}/requests.json", {})
    finally:
        server.close()
    assert deleted, "the test deleted no reply: it proves nothing"
