"""Fuzz every feed parser with mutated real payloads: never an exception that is not ours.

Each parser (Open311 JSON/XML, every parking format, IMDF, OSM indoor, plain floorplans) gets
mutations of the real payloads in ../shared/fixtures (see ``tests/fuzz_payloads.py``): cut off,
bytes flipped, nested thousands deep, numbers beyond 64 bit, odd encodings, records repeated.
What comes out must be a result or one of the plugin's own format errors (whose message a
planner reads); floorplans also go through the checks, and parking batches into a store.

``make test`` runs a smoke size (``FUZZ_CASES`` unset: a few hundred cases per payload);
``make fuzz`` runs thousands (``FUZZ_CASES=3000``) with a seed of its own
(``FUZZ_SEED``). A failing case is saved under ``build/fuzz/`` with its mutation and seed.
"""

from __future__ import annotations

import json
import math
import os
import traceback
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzz_payloads import mutants
from osgeo import ogr

from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan import FloorplanFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.floorplan_checks import prepare
from heilbronn_digital.heilbronn_digital_plugin.feeds.imdf import parse_imdf, read_imdf
from heilbronn_digital.heilbronn_digital_plugin.feeds.limits import TooLarge
from heilbronn_digital.heilbronn_digital_plugin.feeds.open311 import (
    Open311FormatError,
    _decode,
    parse_requests,
    parse_services,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.osm_indoor import parse_osm_indoor
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_fetch import (
    ParkingSource,
    detect_format,
    parse_parking,
)
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_records import ParkingFormatError
from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking
from heilbronn_digital.heilbronn_digital_plugin.feeds.plain_floorplan import read_plain_floorplan

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO.parent / "shared" / "fixtures"
DATA = REPO / "tests" / "data"
OURS = (Open311FormatError, ParkingFormatError, FloorplanFormatError, TooLarge)
CASES = int(os.environ.get("FUZZ_CASES", "120"))
SEED = int(os.environ.get("FUZZ_SEED", "20261204"))
# Parking batches written to a store: every STORE_EVERY-th case (a write takes ~0.1 s).
STORE_EVERY = 15


def _open311_json() -> bytes:
    """The Toronto requests as a JSON answer (the fixtures hold the XML one)."""
    xml = (FIXTURES / "open311" / "open311status_toronto_requests_many.xml").read_bytes()
    decoded = _decode(xml)
    return json.dumps(next(iter(decoded.values())), ensure_ascii=False).encode()


def _parking(kind: str, second: bytes | None = None, swap: bool = False) -> Callable:
    def run(data: bytes, case: int, tmp: Path) -> None:
        detect_format(data)
        first, other = (second, data) if swap else (data, second)
        batch = parse_parking(ParkingSource(kind, "fuzz"), first, other)
        if case % STORE_EVERY == 0:
            store_parking(tmp / "parking.gpkg", batch)
            _assert_finite_positions(tmp / "parking.gpkg")
    return run


def _assert_finite_positions(store: Path) -> None:
    """No site stored at infinity (GDAL writes such a point, and every map breaks on it)."""
    ds = ogr.Open(str(store))
    for feature in ds.GetLayerByName("parking_sites"):
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            assert all(math.isfinite(v) for v in geometry.GetEnvelope()), \
                feature.GetField("site_id")


def _imdf(kind: str) -> Callable:
    files = read_imdf(FIXTURES / "imdf" / "spbstu_polytech")

    def run(data: bytes, case: int, tmp: Path) -> None:
        prepare(parse_imdf({**files, kind: data}, "fuzz"))
    return run


def _osm(data: bytes, case: int, tmp: Path) -> None:
    prepare(parse_osm_indoor(data, "fuzz"))


def _plain(data: bytes, case: int, tmp: Path) -> None:
    path = tmp / f"plain_{case}.geojson"
    path.write_bytes(data)
    try:
        prepare(read_plain_floorplan(str(path), "level", "indoor", "fuzz"))
    finally:
        path.unlink()


def _targets() -> dict[str, tuple[bytes, Callable]]:
    parkapi = FIXTURES / "parkapi"
    datex2 = FIXTURES / "datex2"
    read = Path.read_bytes
    facilities = read(parkapi / "heilbronn_goldbeck_facilities.json")
    occupancies = read(parkapi / "heilbronn_goldbeck_occupancies.json")
    status = read(datex2 / "vrs_bondorf-realtime.xml")
    table = read(datex2 / "vrs_bondorf-static.xml")
    toronto = read(FIXTURES / "open311" / "open311status_toronto_requests_many.xml")
    return {
        "open311_xml": (toronto, lambda d, c, t: parse_requests(d, include_personal=c % 2 == 0)),
        "open311_json": (_open311_json(), lambda d, c, t: parse_requests(d)),
        "open311_services": (read(FIXTURES / "open311" / "open311status_giessen_services.xml"),
                             lambda d, c, t: parse_services(d)),
        "parkapi_v1": (read(DATA / "parking" / "parkapi_v1_heilbronn_lots.json"),
                       _parking("parkapi")),
        "parkapi_v1_geojson": (read(parkapi / "ParkAPI_v1_Heilbronn.geojson"),
                               _parking("parkapi")),
        "parkapi_v3": (read(DATA / "parking" / "parkapi_v3_parking_sites.json"),
                       _parking("parkapi")),
        "goldbeck_facilities": (facilities, _parking("goldbeck", occupancies)),
        "goldbeck_occupancies": (occupancies, _parking("goldbeck", facilities, swap=True)),
        "sensorthings": (read(FIXTURES / "sensorthings" /
                              "hamburg_iot_Thing_7648_expand_Datastreams_Sensor.json"),
                         _parking("sensorthings")),
        "datex2_status": (status, _parking("datex2", table)),
        "datex2_table": (table, _parking("datex2", status)),
        "datex2_stuttgart": (read(datex2 / "stuttgart-realtime.xml"), _parking("datex2")),
        "geojson_hamburg": (read(FIXTURES / "ogcapi_features" / "hamburg_garages_live.geojson"),
                            _parking("geojson")),
        "csv_neckarsulm": (read(parkapi / "neckarsulm.csv"), _parking("csv")),
        "imdf_unit": (read(FIXTURES / "imdf" / "spbstu_polytech" / "unit.geojson"),
                      _imdf("unit")),
        "imdf_level": (read(FIXTURES / "imdf" / "spbstu_polytech" / "level.geojson"),
                       _imdf("level")),
        "imdf_opening": (read(FIXTURES / "imdf" / "spbstu_polytech" / "opening.geojson"),
                         _imdf("opening")),
        "osm_indoor": (read(FIXTURES / "osm_indoor" / "openindoor6_house.osm"), _osm),
        "plain_geojson": (read(FIXTURES / "osm_indoor" / "openindoor6_house.geojson"), _plain),
    }


TARGETS = _targets()
# Floorplans take longer per case (GDAL, GEOS): a tenth of the cases.
SLOW = {"imdf_unit", "imdf_level", "imdf_opening", "osm_indoor", "plain_geojson"}


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_mutated_payloads_never_raise_what_is_not_ours(name, tmp_path):
    payload, parse = TARGETS[name]
    parse(payload, 1, tmp_path)  # the real payload itself reads
    count = max(10, CASES // 10) if name in SLOW else CASES
    failures = []
    seed = SEED + zlib.crc32(name.encode())
    for case, (mutation, data) in enumerate(mutants(payload, count, seed)):
        try:
            parse(data, case, tmp_path)
        except OURS:
            pass
        except Exception:  # noqa: BLE001 - the point: anything else is a defect
            failures.append(_save(name, case, mutation, data, traceback.format_exc()))
            if len(failures) >= 5:
                break
    assert not failures, "\n\n".join(failures)


def _save(name: str, case: int, mutation: str, data: bytes, trace: str) -> str:
    folder = REPO / "build" / "fuzz"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}_{case}.bin"
    path.write_bytes(data)
    return f"{name} case {case} ({mutation}, seed {SEED}), saved as {path}:\n{trace}"
