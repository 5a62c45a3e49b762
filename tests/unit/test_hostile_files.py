"""Files as an attacker sends them: archives that unpack to gigabytes, files far beyond what a
feed holds. Each is refused before it is in memory, with a sentence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import FloorplanFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.imdf import read_imdf
from heilbronn_digital.heilbronn_digital_plugin.feeds.limits import MAX_BYTES, TooLarge, read_file
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingFeedError,
    ParkingSource,
    fetch_parking,
)

LEVEL = b'{"type": "FeatureCollection", "features": []}'


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """An IMDF archive of a few hundred kB whose unit.geojson unpacks to 160 MB of spaces."""
    path = tmp_path_factory.mktemp("bomb") / "venue.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("level.geojson", LEVEL)
        with archive.open("unit.geojson", "w", force_zip64=True) as unit:
            chunk = b" " * (1 << 20)
            for _ in range(160):
                unit.write(chunk)
    assert path.stat().st_size < 1 << 20
    return path


def test_an_imdf_zip_bomb_is_refused_before_it_is_unpacked(zip_bomb):
    before = _peak_rss_mb()
    with pytest.raises(FloorplanFormatError, match="unit.geojson in venue.zip unpacks to 160 MB"):
        read_imdf(zip_bomb)
    assert _peak_rss_mb() - before < 100


def test_an_imdf_folder_with_a_huge_file_is_refused(tmp_path):
    (tmp_path / "level.geojson").write_bytes(LEVEL)
    with (tmp_path / "unit.geojson").open("wb") as unit:
        unit.truncate(MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(FloorplanFormatError, match="more than the 64 MB"):
        read_imdf(tmp_path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "parking.json"
    with huge.open("wb") as file:
        file.truncate(MAX_BYTES + 1)
    with pytest.raises(TooLarge, match="parking.json is larger than 64 MB"):
        read_file(huge)
    with pytest.raises(ParkingFeedError, match="larger than 64 MB"):
        fetch_parking(ParkingSource("detect", str(huge)), transport=None)
