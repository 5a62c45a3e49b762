"""The demo GeoPackage and project: deterministic, in EPSG:25832, realistic, and a project that
opens from any folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsPointXY, QgsProject

from heilbronn_digital.heilbronn_digital_plugin.store import core, migrations, schema
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import SAMPLE_DATA_DIR

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "sample_data" / "build_sample_data.py"
BERLIN = ZoneInfo("Europe/Berlin")
WEEK_START = datetime(2025, 11, 16, 23, 0, tzinfo=timezone.utc)  # Monday 0:00 in Heilbronn
WEEK_STEPS = 7 * 96
NUMPY_ITEM = "HEILBRONN_BUILT_WITH_NUMPY"  # GDAL metadata: the numpy the build drew with


def _build(out: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(home))
    home.mkdir(mode=0o700, exist_ok=True)
    return subprocess.run([sys.executable, str(SCRIPT), "--output-dir", str(out)], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def builds(tmp_path_factory, fixtures_dir) -> list[Path]:
    """Two fresh builds of the demo data, each in its own folder."""
    outs = []
    for name in ("first", "second"):
        out = tmp_path_factory.mktemp(name)
        result = _build(out, tmp_path_factory.mktemp(f"{name}_home"))
        assert result.returncode == 0, result.stderr
        outs.append(out)
    return outs


def _rounded(text: str) -> str:
    """WKT with coordinates to the millimetre, so PROJ versions may differ in the last bits."""
    return re.sub(r"-?\d+\.\d+(e-?\d+)?", lambda m: f"{float(m.group()):.3f}", text)


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every layer's rows (attributes and geometry), in a stable order; of the schema
    version table only the version (its rows say when a build ran)."""
    ds = ogr.Open(str(path))
    contents = {}
    for index in range(ds.GetLayerCount()):
        layer = ds.GetLayer(index)
        if layer.GetName() == migrations.VERSION_TABLE:
            contents[layer.GetName()] = sorted(f.GetField("version") for f in layer)
            continue
        rows = []
        for feature in layer:
            values = tuple(round(v, 9) if isinstance(v, float) else v
                           for v in (feature.GetField(i) for i in range(feature.GetFieldCount())))
            geometry = feature.GetGeometryRef()
            rows.append((values, _rounded(geometry.ExportToIsoWkt()) if geometry else None))
        contents[layer.GetName()] = sorted(rows, key=repr)
    return contents


def _built_with_numpy(path: Path) -> str | None:
    return ogr.Open(str(path)).GetMetadataItem(NUMPY_ITEM)


def _feature_release(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def _records(path: Path, layer: str) -> list[dict]:
    ds = ogr.Open(str(path))
    return [dict(feature.items(), geometry=feature.GetGeometryRef().Clone()
                 if feature.GetGeometryRef() else None) for feature in ds.GetLayerByName(layer)]


def _utc(text: str) -> datetime:
    """An OGR datetime string ("2025/11/16 23:00:00+00") as an aware datetime."""
    return datetime.strptime(text, "%Y/%m/%d %H:%M:%S+00").replace(tzinfo=timezone.utc)


def test_two_builds_write_the_same_layer_contents(builds):
    first, second = (_contents(out / "heilbronn_demo.gpkg") for out in builds)
    assert set(first) == {layer.name for layer in schema.LAYERS} | {
        "citizen_report_hotspots", core.OCCUPANCY_MAP, migrations.VERSION_TABLE,
        "parking_destinations", "parking_destination_profiles"}
    for name in first:
        assert first[name] == second[name], f"{name} differs between two builds"
    assert [_built_with_numpy(out / "heilbronn_demo.gpkg") for out in builds] == [
        np.__version__, np.__version__]


def test_committed_sample_equals_a_fresh_build(builds, sample_gpkg):
    built_with = _built_with_numpy(sample_gpkg)
    assert built_with, "sample_data/heilbronn_demo.gpkg is stale: rerun build_sample_data.py"
    if _feature_release(built_with) != _feature_release(np.__version__):
        # NEP 19: a Generator's distributions may change between numpy feature releases, so the
        # same seeds need not draw the same data; the two-builds test still holds here.
        pytest.skip(f"sample_data/heilbronn_demo.gpkg was built with numpy {built_with}; "
                    f"numpy {np.__version__} need not draw the same random streams (NEP 19)")
    fresh, committed = _contents(builds[0] / "heilbronn_demo.gpkg"), _contents(sample_gpkg)
    for name in fresh:
        assert committed[name] == fresh[name], (
            f"sample_data/heilbronn_demo.gpkg is stale in {name}: rerun build_sample_data.py")


def test_missing_fixtures_stop_the_build_with_a_clear_message(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), "--output-dir", str(tmp_path),
                             "--fixtures", str(tmp_path / "nowhere")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "fixtures are missing" in result.stderr
    assert not list(tmp_path.glob("heilbronn_demo.*"))


def test_every_layer_is_etrs89_utm32_and_the_file_is_small(sample_gpkg):
    assert sample_gpkg.stat().st_size < 15e6
    ds = ogr.Open(str(sample_gpkg))
    for declaration in schema.LAYERS:
        layer = ds.GetLayerByName(declaration.name)
        if declaration.geometry is not None:
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "25832", declaration.name
            extent = layer.GetExtent() if layer.GetFeatureCount() else None
            if extent:  # (minx, maxx, miny, maxy) around Heilbronn in metres
                assert 500_000 < extent[0] < extent[1] < 530_000, declaration.name
                assert 5_430_000 < extent[2] < extent[3] < 5_460_000, declaration.name


def test_layer_counts_are_in_the_promised_ranges(sample_gpkg):
    ds = ogr.Open(str(sample_gpkg))
    counts = {declaration.name: ds.GetLayerByName(declaration.name).GetFeatureCount()
              for declaration in schema.LAYERS}
    assert counts["city_boundary"] == 1
    assert counts["streets"] == 1072
    assert 4500 <= counts["citizen_reports"] <= 5500
    assert counts["districts"] == 0  # no open district polygons in the fixtures
    assert counts["indoor_buildings"] == 1
    assert counts["indoor_levels"] == 3
    assert counts["indoor_connectors"] == 9  # elevator and two stairs on each level
    assert counts["indoor_hazards"] >= 2
    sites = _records(sample_gpkg, "parking_sites")
    kinds = Counter(site["site_type"] for site in sites)
    assert 10 <= kinds["garage"] <= 25
    bays = sum(site["capacity"] for site in sites if site["site_type"] == "on_street")
    assert 250 <= bays <= 350
    measured = sum(1 for site in sites if site["capacity"] is not None)
    assert counts["parking_occupancy"] == measured * WEEK_STEPS


def test_destinations_are_synthetic_and_calibrated_to_the_readings(sample_gpkg, qgis_app):
    """The destinations' weekday arrivals add up to what the readings of Tuesday 18 November
    imply at the sites within 500 m of them (the plugin's own estimate); every profile covers
    each hour of each day type once; the layer says it is synthetic."""
    from qgis.core import QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_demand import (
        ProfileRow,
        Profiles,
        SiteSeries,
        local_day,
        site_arrivals,
        turnover,
    )

    destinations = _records(sample_gpkg, "parking_destinations")
    assert 20 <= len(destinations) <= 60
    assert all(d["arrivals_day"] > 0 and d["profile"] for d in destinations)
    profiles = _records(sample_gpkg, "parking_destination_profiles")
    table = Profiles.from_rows([ProfileRow(p["profile"], p["days"], p["hour_from"],
                                           p["hour_to"], p["share"]) for p in profiles])
    assert not table.notes.gaps and not table.notes.overlaps and not table.notes.unreadable
    assert {d["profile"] for d in destinations} <= table.profile_names()
    weekday = Counter()
    for row in profiles:
        if row["days"] == "weekday":
            weekday[row["profile"]] += row["share"]
    assert all(abs(total - 1.0) < 1e-3 for total in weekday.values())

    ds = ogr.Open(str(sample_gpkg))
    places = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())
              for f in ds.GetLayerByName("parking_destinations")]
    sites = {}
    for feature in ds.GetLayerByName("parking_sites"):
        point = feature.GetGeometryRef()
        if min(np.hypot(point.GetX() - x, point.GetY() - y) for x, y in places) <= 500.0:
            sites[feature["site_id"]] = len(sites)
    rows = [(sites[r["site_id"]], _utc(r["observed_at"]).timestamp(), r["free"], r["occupied"])
            for r in _records(sample_gpkg, "parking_occupancy") if r["site_id"] in sites]
    site, seconds, free, occupied = (np.array(column, dtype=float) for column in zip(*rows))
    series = SiteSeries.of(site.astype(np.int64), seconds, free, occupied)
    day = local_day(datetime(2025, 11, 18, 12, tzinfo=BERLIN).timestamp())
    implied = site_arrivals(series, turnover(series, len(sites)), len(sites), day)
    total = implied.rates.sum() * day.period_s / 3600.0
    assert sum(d["arrivals_day"] for d in destinations) == pytest.approx(total, rel=0.01)
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=parking_destinations", "d", "ogr")
    assert "SYNTHETIC" in layer.metadata().abstract()
    assert layer.metadata().licenses() == ["CC0-1.0"]


def test_real_garages_are_handled_honestly(sample_gpkg):
    sites = {site["site_id"]: site for site in _records(sample_gpkg, "parking_sites")}
    garages = [s for s in sites.values() if s["site_type"] == "garage"]
    assert not any("E-Laden" in s["name"] or "E-Charge" in s["name"] for s in garages)
    assert all(s["capacity"] is None or 0 < s["capacity"] < 9999 for s in garages)
    # Known capacities: GOLDBECK's live counter and the city's list.
    assert sites["goldbeck:2141"]["capacity"] == 380
    assert sites["parkapi_v1:stadtgalerie"]["capacity"] == 660
    # A facility without counters stays on the map without pretending to know its capacity.
    no_data = [s for s in garages if s["capacity"] is None]
    assert no_data and all(s["occupancy_latest"] is None for s in no_data)


def test_occupancy_week_has_the_rhythms_of_a_city(sample_gpkg):
    readings = _records(sample_gpkg, "parking_occupancy")
    sites = {site["site_id"]: site for site in _records(sample_gpkg, "parking_sites")}
    stamps = sorted({r["observed_at"] for r in readings})
    assert len(stamps) == WEEK_STEPS
    assert _utc(stamps[0]) == WEEK_START
    assert _utc(stamps[-1]) == WEEK_START + timedelta(minutes=15 * (WEEK_STEPS - 1))
    assert all(r["free"] + r["occupied"] == r["capacity"] and r["free"] >= 0 for r in readings)
    assert {r["status"] for r in readings} == {"free", "full"}

    def share(site_id: str, day: int, hour: float) -> float:
        at = WEEK_START + timedelta(days=day, hours=hour)
        reading = next(r for r in readings if r["site_id"] == site_id and _utc(
            r["observed_at"]) == at)
        return reading["occupied"] / reading["capacity"]

    inner_city = [s for s in sites if s.startswith("parkapi_v1:")]
    # Full on the Saturday market morning, quiet at night.
    assert max(share(s, 5, 11) for s in inner_city) >= 0.97
    assert all(share(s, 2, 3) < 0.35 for s in inner_city)
    # The snapshot on each site is one of its readings.
    for site in sites.values():
        if site["capacity"] is not None:
            reading = next(r for r in readings if r["site_id"] == site["site_id"]
                           and r["observed_at"] == site["observed_latest"])
            assert site["free_latest"] == reading["free"]
            assert site["occupancy_latest"] == pytest.approx(
                reading["occupied"] / reading["capacity"], abs=1e-3)


def test_citizen_reports_are_realistic(sample_gpkg):
    reports = _records(sample_gpkg, "citizen_reports")
    ids = [r["service_request_id"] for r in reports]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"HN-(2024|2025)-\d{6}", i) for i in ids)
    assert {r["status"] for r in reports} == {"open", "closed"}
    local = {i: _utc(r["requested_datetime"]).astimezone(BERLIN) for i, r in enumerate(reports)}
    assert min(local.values()).year == 2024 and max(local.values()).year == 2025
    assert all(6 <= t.hour <= 22 for t in local.values())
    weekdays = Counter(t.weekday() for t in local.values())
    assert weekdays[0] > weekdays[2] > weekdays[5]

    def months(category: str, wanted: tuple[int, ...]) -> int:
        return sum(1 for i, r in enumerate(reports)
                   if r["service_name"] == category and local[i].month in wanted)

    assert months("Straßenschaden", (2, 3)) > 1.5 * months("Straßenschaden", (7, 8))
    assert months("Beleuchtung", (12, 1)) > 2 * months("Beleuchtung", (6, 7))
    assert months("Grünfläche", (6, 7)) > 3 * months("Grünfläche", (12, 1))
    closed = [local[i] for i, r in enumerate(reports) if r["status"] == "closed"]
    still_open = [local[i] for i, r in enumerate(reports) if r["status"] == "open"]
    assert sum(t.timestamp() for t in closed) / len(closed) < sum(
        t.timestamp() for t in still_open) / len(still_open)
    for r in reports:
        assert _utc(r["updated_datetime"]) >= _utc(r["requested_datetime"])
        if r["status"] == "closed":
            assert r["status_notes"] and not r["status_notes"].startswith("In Bearbeitung")
            assert r["expected_datetime"] is None
    boundary = _records(sample_gpkg, "city_boundary")[0]["geometry"].Buffer(50)
    assert all(boundary.Contains(r["geometry"]) for r in reports)


def test_reports_cluster_at_the_hotspots(sample_gpkg):
    reports = _records(sample_gpkg, "citizen_reports")
    marktplatz = ogr.CreateGeometryFromWkt("POINT (515973 5443298)")
    near = sum(1 for r in reports if r["geometry"].Distance(marktplatz) < 300)
    # 300 m around the Marktplatz is far less than 1 % of the city's streets.
    assert near > 0.03 * len(reports)


def test_floorplan_levels_are_tiled_by_valid_spaces(sample_gpkg):
    levels = {r["ordinal"]: r for r in _records(sample_gpkg, "indoor_levels")}
    spaces = _records(sample_gpkg, "indoor_spaces")
    openings = _records(sample_gpkg, "indoor_openings")
    assert sorted(levels) == [0, 1, 2]
    assert [levels[o]["short_name"] for o in (0, 1, 2)] == ["EG", "1. OG", "2. OG"]
    for ordinal, level in levels.items():
        on_level = [s for s in spaces if s["ordinal"] == ordinal]
        assert all(s["geometry"].IsValid() for s in on_level)
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for space in on_level:
            union = union.Union(space["geometry"])
        footprint = level["geometry"]
        assert union.SymDifference(footprint).GetArea() < 0.01
        assert sum(s["geometry"].GetArea() for s in on_level) == pytest.approx(
            footprint.GetArea(), abs=0.01)  # no overlaps
        categories = Counter(s["category"] for s in on_level)
        assert categories["stairs"] == 2 and categories["elevator"] == 1
        assert categories["corridor"] == 1 and categories["restroom"] == 1
        for door in (o for o in openings if o["ordinal"] == ordinal):
            line = door["geometry"]
            assert line.Length() == pytest.approx(door["width_m"])
            walls = [s for s in on_level if s["geometry"].Boundary().Distance(line) < 1e-6
                     and s["geometry"].Boundary().Intersection(line).Length() > 0.5]
            expected = 1 if door["category"] in ("entrance", "emergency_exit") else 2
            assert len(walls) == expected, door["opening_id"]
            assert door["accessible"] == int(door["width_m"] >= 0.9)
    widths = [o["width_m"] for o in openings if o["category"] == "door"]
    assert 0.8 in widths and sum(0.9 <= w <= 1.2 for w in widths) > len(widths) / 2


def _datasources(project_file: Path) -> list[str]:
    with zipfile.ZipFile(project_file) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        text = archive.read(name).decode("utf-8")
    return [s for s in re.findall(r"<datasource>([^<]*)</datasource>", text) if s]


@pytest.mark.parametrize("which", ["committed", "fresh"])
def test_project_opens_from_another_folder(which, builds, qgis_app, tmp_path):
    # Only copied from: reading never changes the committed files.
    source = SAMPLE_DATA_DIR if which == "committed" else builds[0]
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    for name in ("heilbronn_demo.gpkg", "heilbronn_demo.qgz"):
        shutil.copy(source / name, elsewhere / name)
    sources = _datasources(elsewhere / "heilbronn_demo.qgz")
    assert sources and all(s.startswith("./heilbronn_demo.gpkg|layername=") for s in sources)
    project = QgsProject()
    assert project.read(str(elsewhere / "heilbronn_demo.qgz")), project.error()
    layers = list(project.mapLayers().values())
    assert len(layers) == len(sources)
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert Path(layer.source().split("|")[0]).parent == elsewhere
    assert project.crs().authid() == "EPSG:25832"
    extent = project.viewSettings().defaultViewExtent()
    assert extent.contains(QgsPointXY(515973, 5443298)) and extent.width() < 5000  # inner city
    assert "OpenStreetMap" in project.metadata().abstract()
    project.clear()


def test_project_shows_the_hot_spots_of_the_reports(builds, qgis_app):
    project = QgsProject()
    assert project.read(str(builds[0] / "heilbronn_demo.qgz")), project.error()
    (layer,) = [layer for layer in project.mapLayers().values()
                if layer.source().endswith("layername=citizen_report_hotspots")]
    assert layer.renderer().classAttribute() == "gi_bin"
    bins = [feature["gi_bin"] for feature in layer.getFeatures()]
    assert 3 in bins and sum(bins) != 0
    assert "125.0 m" in layer.metadata().abstract()  # the cell size, in either language
    assert "SYNTHETIC" in layer.metadata().abstract()
    node = project.layerTreeRoot().findLayer(layer.id())
    assert not node.itemVisibilityChecked()  # switched on by the user, not cluttering the map
    project.clear()
