"""A server on 127.0.0.1 that accepts connections and never answers: the worst a feed can do
to a client that has no deadline of its own (used by the tests of a clean exit)."""

from __future__ import annotations

import socket
import threading


class SilentServer:
    """Accepts on ``base`` and holds every connection open without a byte; ``accepted``
    counts the connections."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._held: list[socket.socket] = []
        self.accepted = 0
        self.base = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _address = self._socket.accept()
            except OSError:  # closed
                return
            self._held.append(connection)
            self.accepted += 1

    def close(self) -> None:
        self._socket.close()
        for connection in self._held:
            connection.close()
        self._thread.join(timeout=5)
