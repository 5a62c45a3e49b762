"""The real-desktop tests (QGIS under Xvfb): every test here is skipped without xvfb-run, and
the fixtures they share. Their plain helpers are in desktop_harness.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from http_server import FeedServer, Reply

HERE = Path(__file__).parent
NEEDS_XVFB = pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (`make test` installs it)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(NEEDS_XVFB)


@pytest.fixture(scope="module")
def goldbeck_feed(fixtures_dir: Path) -> Iterator[FeedServer]:
    """The GOLDBECK feed on 127.0.0.1, its real fixture payloads at /facilities and
    /occupancies, for desktop_steps.start_goldbeck; a module may add routes."""
    server = FeedServer()
    folder = fixtures_dir / "parkapi"
    for name in ("facilities", "occupancies"):
        server.routes[f"/{name}"] = Reply(
            body=(folder / f"heilbronn_goldbeck_{name}.json").read_bytes())
    yield server
    server.close()
