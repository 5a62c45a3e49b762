"""Points from a PostGIS layer (the session's throwaway cluster) are read by one query and give
exactly what QGIS's feature iterator gives: with the layer's filter, a selection, an extent,
a reprojection, multipoints, 3D points, a table packed in parts, dates on Heilbronn's calendar
and credentials from the authentication database — each both as PostgreSQL's binary COPY
(psycopg2) and as hex text through QGIS's connection (a QGIS without psycopg2); and what the
query cannot say (an expression filter, unsaved edits, a key that is no integer) is left to the
iterator. Heatmaps and emerging hot spots of a PostGIS layer equal those of the same points in
a GeoPackage."""

from __future__ import annotations

import sys
import uuid

import numpy as np
import pytest
from osgeo import gdal
from point_checks import assert_same, read_input
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from heilbronn_digital.heilbronn_digital_plugin.toolbelt import point_arrays
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.point_arrays import read_dated_points
from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import FeatureRequestFlag

SECRET = "Punkte-Geheimnis"


def _rows(count: int = 300, seed: int = 3) -> list[tuple[str, str]]:
    """(geometry SQL, weight SQL): distinct weights, some NULL, a NULL and an empty point."""
    rng = np.random.default_rng(seed)
    # Plain floats: numpy 2's repr ('np.float64(…)') is no WKT.
    rows = [(f"ST_GeomFromText('POINT({float(x)!r} {float(y)!r})', 25832)",
             repr(float(i)) if i % 17 else "NULL")
            for i, (x, y) in enumerate(rng.uniform(0, 1000, (count, 2)) + [512000, 5444000])]
    rows[5] = ("NULL", "5.0")
    rows[9] = ("ST_GeomFromText('POINT EMPTY', 25832)", "9.0")
    return rows


@pytest.fixture(scope="module")
def schema(postgis_cluster) -> str:
    """Tables of points in a schema of this module: ``points`` (integer key, as the store
    writes them), ``points_z``, ``points_4326``, ``multipoints`` and ``text_key``."""
    name = f"points_{uuid.uuid4().hex[:8]}"
    rows = _rows()
    values = ", ".join(f"({i + 1}, {geometry}, {weight}, '{'odd' if i % 2 else 'even'}')"
                       for i, (geometry, weight) in enumerate(rows))
    postgis_cluster.psql_admin(f"""
CREATE SCHEMA {name};
CREATE TABLE {name}.points (fid integer PRIMARY KEY, geom geometry(Point, 25832),
                            w double precision, kind text);
INSERT INTO {name}.points VALUES {values};
CREATE TABLE {name}.points_z (fid bigint PRIMARY KEY, geom geometry(PointZ, 25832),
                              w numeric);
INSERT INTO {name}.points_z SELECT fid, ST_Force3D(geom, fid), w FROM {name}.points
    WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom);
CREATE TABLE {name}.points_4326 (fid integer PRIMARY KEY, geom geometry(Point, 4326),
                                 w double precision);
INSERT INTO {name}.points_4326 SELECT fid, ST_Transform(geom, 4326), w FROM {name}.points;
CREATE TABLE {name}.multipoints (fid integer PRIMARY KEY, geom geometry(MultiPoint, 25832),
                                 w integer);
INSERT INTO {name}.multipoints
    SELECT fid / 3, ST_Multi(ST_Collect(geom)), max(fid) FROM {name}.points
    WHERE fid % 5 <> 0 GROUP BY fid / 3;
INSERT INTO {name}.multipoints VALUES (1000, 'MULTIPOINT EMPTY'::geometry, 1), (1001, NULL, 2);
CREATE TABLE {name}.text_key (id text PRIMARY KEY, geom geometry(Point, 25832), w real);
INSERT INTO {name}.text_key SELECT 'k' || fid, geom, w FROM {name}.points;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'analyst') THEN
    CREATE ROLE analyst LOGIN PASSWORD '{SECRET}'; END IF; END $$;
GRANT USAGE ON SCHEMA {name} TO analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA {name} TO analyst;
""")
    return name


def _layer(cluster, schema: str, table: str, key: str = "fid", subset: str = "",
           conninfo: str | None = None) -> QgsVectorLayer:
    uri = QgsDataSourceUri(conninfo or cluster.conninfo)
    uri.setDataSource(schema, table, "geom", subset, key)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid(), table
    return layer


@pytest.fixture
def points(qgis_app, postgis_cluster, schema) -> QgsVectorLayer:
    return _layer(postgis_cluster, schema, "points")


@pytest.fixture(params=["binary", "text"])
def transport(request, monkeypatch) -> str:
    """How the packed points come over: ``binary``, PostgreSQL's binary COPY through psycopg2
    (QGIS's connection must not be asked then), or ``text``, hex through QGIS's connection,
    as in a QGIS without psycopg2."""
    if request.param == "binary":
        pytest.importorskip("psycopg2", reason="psycopg2 is not installed (python3-psycopg2, "
                            "which Debian's python3-qgis depends on): the binary COPY is not "
                            "read here")

        def not_asked(*args):
            pytest.fail("The points came through QGIS's connection, not as binary COPY.")

        monkeypatch.setattr(point_arrays, "_executed", not_asked)
    else:
        monkeypatch.setitem(sys.modules, "psycopg2", None)  # import psycopg2 fails
    return request.param


def test_a_table_of_points_is_read_by_one_query(points, transport):
    assert_same(read_input(points), points.getFeatures(), reader="postgis")
    assert_same(read_input(points, fields=()), points.getFeatures(), fields=(), reader="postgis")
    read = read_input(points)
    assert (len(read), read.null_geometries) == (298, 2)
    assert np.isnan(read.values["w"]).sum() == 18  # every 17th, from the first


def test_the_filter_and_the_selection_are_honoured(points, transport):
    points.setSubsetString("\"kind\" = 'odd'")
    assert_same(read_input(points), points.getFeatures(), reader="postgis")
    points.setSubsetString("")
    points.selectByIds(list(range(3, 300, 3)) + [6, 10])  # with the null and the empty point
    assert_same(read_input(points, selected_only=True), points.getSelectedFeatures(),
                 reader="postgis")
    points.setSubsetString('"w" > 100')  # a filter and a selection together
    points.selectByIds(list(range(3, 300, 3)))
    read = read_input(points, selected_only=True)
    assert_same(read, points.getSelectedFeatures(), reader="postgis")
    assert 0 < len(read) < 99
    points.removeSelection()
    empty = read_input(points, selected_only=True)
    assert (len(empty), empty.reader) == (0, "postgis")


def test_an_extent_as_the_provider_applies_it(points, transport):
    extent = QgsRectangle(512200, 5444100, 512700.5, 5444650)
    for exact in (False, True):
        request = QgsFeatureRequest().setFilterRect(extent)
        if exact:
            request.setFlags(FeatureRequestFlag.ExactIntersect)
        read = read_input(points, request)
        assert_same(read, points.getFeatures(request), reader="postgis")
        assert 0 < len(read) < 200


def test_a_reprojection_is_qgis_own(points, postgis_cluster, schema, transport):
    context = QgsProject.instance().transformContext()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    request = QgsFeatureRequest().setDestinationCrs(wgs84, context)
    read = read_input(points, request)
    assert_same(read, points.getFeatures(request), reader="postgis")
    assert 9.1 < read.x.min() < read.x.max() < 9.3
    # A layer in degrees read in metres (what the algorithms do), with an extent in metres.
    degrees = _layer(postgis_cluster, schema, "points_4326")
    utm = QgsCoordinateReferenceSystem("EPSG:32632")
    request = QgsFeatureRequest().setDestinationCrs(utm, context)
    assert_same(read_input(degrees, request), degrees.getFeatures(request), reader="postgis")
    request.setFilterRect(QgsRectangle(512200, 5444100, 512700, 5444650))
    read = read_input(degrees, request)
    assert_same(read, degrees.getFeatures(request), reader="postgis")
    assert 0 < len(read) < 200


def test_multipoints_and_3d_points(qgis_app, postgis_cluster, schema, transport):
    multipoints = _layer(postgis_cluster, schema, "multipoints")
    read = read_input(multipoints)
    assert_same(read, multipoints.getFeatures(), reader="postgis")
    assert read.null_geometries == 2  # MULTIPOINT EMPTY and NULL
    multipoints.selectByIds([1, 2, 1000])
    assert_same(read_input(multipoints, selected_only=True), multipoints.getSelectedFeatures(),
                 reader="postgis")
    points_z = _layer(postgis_cluster, schema, "points_z")  # a bigint key, numeric weights
    assert_same(read_input(points_z), points_z.getFeatures(), reader="postgis")
    points_z.selectByIds(sorted(points_z.allFeatureIds())[::7])
    assert_same(read_input(points_z, selected_only=True), points_z.getSelectedFeatures(),
                 reader="postgis")


def test_credentials_come_from_the_authentication_database(qgis_app, postgis_cluster,
                                                           schema, transport):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName("PostGIS analyst")
    config.setConfig("username", "analyst")
    config.setConfig("password", SECRET)
    stored = manager.storeAuthenticationConfig(config)
    assert stored if isinstance(stored, bool) else stored[0]
    conninfo = (f"host=127.0.0.1 port={postgis_cluster.port} dbname=heilbronn "
                f"authcfg={config.id()}")
    layer = _layer(postgis_cluster, schema, "points", conninfo=conninfo)
    assert SECRET not in layer.source()
    assert_same(read_input(layer), layer.getFeatures(), reader="postgis")


def test_what_the_query_cannot_say_is_left_to_the_iterator(points, postgis_cluster, schema,
                                                            transport):
    expression = '"w" >= 150 or "w" is null'
    request = QgsFeatureRequest().setFilterExpression(expression)
    assert_same(read_input(points, request), points.getFeatures(request), reader="iterator")
    # A selection by a text key: only QGIS knows which row a feature id is.
    text_key = _layer(postgis_cluster, schema, "text_key", key="id")
    assert read_input(text_key).reader == "postgis"
    text_key.selectByIds(sorted(text_key.allFeatureIds())[::4])
    assert_same(read_input(text_key, selected_only=True), text_key.getSelectedFeatures(),
                 reader="iterator")
    # Unsaved edits are not in the table yet.
    assert points.startEditing()
    try:
        feature = QgsFeature(points.fields())
        feature.setAttributes([5000, 1.5, "odd"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(511000.0, 5443000.0)))
        assert points.addFeature(feature)
        assert_same(read_input(points), points.getFeatures(), reader="iterator")
    finally:
        points.rollBack()
    assert read_input(points).reader == "postgis"


def test_a_table_in_parts_is_read_whole(qgis_app, postgis_cluster, schema, transport):
    """A table of many pages is packed in parts (one per parallel worker and the leader) by
    page; a part whose rows all lack a point, and rows added after the table's size was
    read, are counted as the iterator counts them."""
    table = f"many_{transport}"
    postgis_cluster.psql_admin(f"""
CREATE TABLE {schema}.{table} (fid integer PRIMARY KEY, geom geometry(Point, 25832),
                               w double precision);
INSERT INTO {schema}.{table}
    SELECT g, CASE WHEN g > 8000 THEN ST_SetSRID(ST_MakePoint(512000 + g % 997 + 0.25,
                                                              5444000 + g % 991), 25832) END,
           CASE WHEN g % 13 > 0 THEN g / 7.0 END
    FROM generate_series(1, 20000) AS g;
ANALYZE {schema}.{table};""")
    layer = _layer(postgis_cluster, schema, table)
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(
        layer.source(), {})
    srid, multi, cuts = point_arrays._point_table(connection, QgsDataSourceUri(layer.source()))
    assert len(cuts) == 2  # three parts: the leader and PostgreSQL's two workers by default
    postgis_cluster.psql_admin(  # beyond the pages the parts were cut from: the last part
        f"INSERT INTO {schema}.{table} VALUES (20001, 'POINT(511000 5443000)', 1.5), "
        f"(20002, NULL, 2.5)")
    read = read_input(layer)
    assert_same(read, layer.getFeatures(), reader="postgis")
    assert (len(read), read.null_geometries) == (12001, 8001)
    layer.setSubsetString("fid <= 8000 OR fid = 20002")  # only rows without a point
    read = read_input(layer)
    assert (len(read), read.null_geometries, read.reader) == (0, 8001, "postgis")


def test_a_heatmap_from_postgis_equals_the_one_from_a_geopackage(provider, postgis_cluster,
                                                                 schema, tmp_path):
    import processing

    gpkg = tmp_path / "points.gpkg"
    gdal.VectorTranslate(str(gpkg), f"PG:{postgis_cluster.conninfo}", options=(
        f'-f GPKG -nlt POINT -sql "SELECT fid, geom, w FROM {schema}.points" -nln points'))
    rasters = []
    for layer in (_layer(postgis_cluster, schema, "points"),
                  QgsVectorLayer(f"{gpkg}|layername=points", "points", "ogr")):
        QgsProject.instance().addMapLayer(layer)
        try:
            result = processing.run("heilbronn:kerneldensity", {
                "INPUT": layer.id(), "RADIUS": 150, "PIXEL_SIZE": 20, "WEIGHT_FIELD": "w",
                "OUTPUT": str(tmp_path / f"{layer.providerType()}.tif")})
        finally:
            QgsProject.instance().removeMapLayer(layer.id())
        dataset = gdal.Open(result["OUTPUT"])
        rasters.append((dataset.GetGeoTransform(), dataset.ReadAsArray()))
    (postgis_transform, postgis), (gpkg_transform, geopackage) = rasters
    assert postgis_transform == gpkg_transform
    assert np.nanmax(postgis) > 0
    np.testing.assert_allclose(postgis, geopackage, rtol=1e-9, atol=1e-12)


# Instants around Heilbronn's midnights and summer-time switches, NULL, and an impossible
# year; as timestamptz, as timestamp without zone (holding UTC, as the store writes it) and
# as date.
INSTANTS = ["2025-03-29 22:59:59+00", "2025-03-29 23:00:00+00", "2025-03-30 00:59:59+00",
            "2025-03-30 01:00:00+00", "2025-10-25 21:59:59.999+00", "2025-10-25 22:00:00+00",
            "2025-10-26 00:59:59+00", "2025-10-26 01:00:00+00", "2025-12-31 23:00:00+00",
            "1999-07-14 21:30:00+00", None]


@pytest.fixture(scope="module")
def dated(postgis_cluster, schema) -> str:
    rows = ", ".join(
        f"({i + 1}, ST_SetSRID(ST_MakePoint({512000 + i}, {5444000 + i}), 25832), "
        + (f"'{moment}'::timestamptz, '{moment}'::timestamptz AT TIME ZONE 'UTC', "
           f"('{moment}'::timestamptz AT TIME ZONE 'UTC')::date)" if moment else
           "NULL, NULL, NULL)")
        for i, moment in enumerate(INSTANTS * 3))
    postgis_cluster.psql_admin(f"""
CREATE TABLE {schema}.dated (fid integer PRIMARY KEY, geom geometry(Point, 25832),
                             at_tz timestamptz, at_utc timestamp, on_day date);
INSERT INTO {schema}.dated VALUES {rows}, (1000, NULL, now(), now(), current_date);""")
    return "dated"


@pytest.mark.parametrize("field", ["at_tz", "at_utc", "on_day"])
def test_heilbronn_days_from_one_query_are_the_iterators(postgis_cluster, schema, dated,
                                                         field, transport):
    from heilbronn_digital.processing_algs.emerging_hotspots import _dated, _read_dated_points

    layer = _layer(postgis_cluster, schema, dated)
    layer.selectByIds(list(range(1, 34, 2)))
    for selected_only in (False, True):
        feedback = QgsProcessingFeedback()
        found = read_dated_points(layer, QgsFeatureRequest(), field, selected_only, feedback)
        assert found is not None and found[0].reader == "postgis"
        source = layer if not selected_only else layer.materialize(
            QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds()))
        expected = _read_dated_points(source, QgsFeatureRequest(),
                                      source.fields().lookupField(field), feedback)
        got = _dated(*found, feedback)
        assert sorted(zip(*(column.tolist() for column in got))) == \
            sorted(zip(*(column.tolist() for column in expected)))
    days = sorted(set(found[1][~np.isnat(found[1])].astype(str)))
    if field != "on_day":  # the UTC date of a late evening is the next Heilbronn day
        assert {"2025-03-30", "2025-10-26", "2026-01-01"} <= set(days)


def test_emerging_hot_spots_of_a_postgis_layer_equal_the_geopackages(
        provider, postgis_cluster, sample_gpkg, tmp_path):
    import processing

    name = f"reports_{uuid.uuid4().hex[:8]}"
    gdal.VectorTranslate(f"PG:{postgis_cluster.conninfo}", str(sample_gpkg), options=(
        f"-f PostgreSQL -nln public.{name} -lco FID=fid -lco GEOMETRY_NAME=geom "
        "citizen_reports"))
    layers = [_layer(postgis_cluster, "public", name),
              QgsVectorLayer(f"{sample_gpkg}|layername=citizen_reports", "reports", "ogr")]
    assert read_dated_points(layers[0], QgsFeatureRequest(), "requested_datetime", False,
                             QgsProcessingFeedback()) is not None  # the one-query reader
    outputs = []
    for layer in layers:
        QgsProject.instance().addMapLayer(layer)
        try:
            result = processing.run("heilbronn:emerginghotspots", {
                "INPUT": layer.id(), "TIME_FIELD": "requested_datetime", "CELL_SIZE": 400.0,
                "DISTANCE_BAND": 900.0, "OUTPUT": "memory:"})
        finally:
            QgsProject.instance().removeMapLayer(layer.id())
        outputs.append(sorted(
            (feature.geometry().asWkt(3), feature["count"], feature["category"],
             feature["hot_steps"], feature["cold_steps"])
            for feature in result["OUTPUT"].getFeatures()))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10
