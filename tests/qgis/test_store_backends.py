"""The import algorithms, the layers they load, *Add Heilbronn layers* and the level switcher,
on both backends: a GeoPackage and PostGIS (the session's throwaway cluster) — plus what only
a shared store has: QGIS connections and the authentication database (never a password in a
project, setting or log), roles, and connections that fail.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from plugin_dev import REPO
from sql_rows import store_rows

from heilbronn_digital.heilbronn_digital_plugin.store import core, schema
from heilbronn_digital.heilbronn_digital_plugin.store.floor_levels import (
    floorplan_layers,
    level_expression,
    read_levels,
    show_level,
)
from heilbronn_digital.heilbronn_digital_plugin.store.layers import LAYER_PROPERTY, add_store_layers

FIXTURES = REPO.parent / "shared" / "fixtures"
PARKAPI = REPO / "tests" / "data" / "parking" / "parkapi_v1_heilbronn_lots.json"
OPEN311 = FIXTURES / "open311" / "open311status_toronto_requests_many.xml"
OSM = FIXTURES / "osm_indoor" / "openindoor6_house.osm"
SECRET = "Pl4nungs-Geheimnis"


def _run(algorithm: str, parameters: dict, project=None) -> dict:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    if project is not None:
        context.setProject(project)
    return processing.run(f"heilbronn:{algorithm}", parameters, context=context,
                          feedback=QgsProcessingFeedback())


def _import_everything(store: str) -> dict:
    return {
        "parking": _run("importparking", {"SOURCE": str(PARKAPI), "STORE": store}),
        "reports": _run("importcitizenreports", {"RESPONSE_FILE": str(OPEN311), "STORE": store}),
        "floorplan": _run("importfloorplan", {"INPUT": str(OSM), "STORE": store}),
    }


def test_every_import_writes_either_backend_and_a_rerun_duplicates_nothing(
        provider, store_target: str):
    first = _import_everything(store_target)
    assert first["parking"]["READINGS_INSERTED"] == 4
    assert first["reports"]["INSERTED"] == 2
    assert first["floorplan"]["SPACES_COUNT"] == 5
    again = _import_everything(store_target)
    assert (again["parking"]["READINGS_INSERTED"], again["parking"]["READINGS_UPDATED"]) == (0, 4)
    assert (again["reports"]["INSERTED"], again["reports"]["UPDATED"]) == (0, 2)
    counts = store_rows(store_target, "SELECT (SELECT count(*) FROM {parking_occupancy}) AS a, "
                                      "(SELECT count(*) FROM {citizen_reports}) AS b, "
                                      "(SELECT count(*) FROM {indoor_spaces}) AS c")
    assert counts == [(4, 2, 5)]
    assert core.open_store(store_target).version() == schema.SCHEMA_VERSION
    # The outputs name layers QGIS opens, on the right provider.
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    context = QgsProcessingContext()  # owns the layer
    layer = QgsProcessingUtils.mapLayerFromString(first["parking"]["SITES"], context)
    assert layer is not None and layer.isValid() and layer.featureCount() == 4
    assert layer.providerType() == ("postgres" if "schema=" in store_target else "ogr")


def test_add_heilbronn_layers_and_the_level_switcher_on_either_backend(
        provider, store_target: str, project):
    _import_everything(store_target)
    layers = add_store_layers(store_target, project)
    names = {layer.customProperty(LAYER_PROPERTY) for layer in layers}
    assert {"parking_sites", "parking_occupancy_map", "citizen_reports", "indoor_spaces",
            "indoor_levels"} <= names
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert layer.metadata().title(), layer.name()
        assert layer.isSpatial() == (layer.renderer() is not None), layer.name()
    sites = next(layer for layer in layers if layer.customProperty(LAYER_PROPERTY) ==
                 "parking_sites")
    assert sites.featureCount() == 4
    # A second click adds nothing.
    assert {layer.id() for layer in add_store_layers(store_target, project)} == {
        layer.id() for layer in layers}
    # The level switcher reads every level of the building (one DISTINCT query per layer),
    # whatever level the layers show, and shows one level at a time.
    floorplans = floorplan_layers(project)
    assert floorplans
    levels = read_levels(floorplans)
    (building, found), = levels.items()
    assert [level.ordinal for level in found] == [0, 1, 2]
    spaces = next(layer for layer in floorplans
                  if layer.customProperty(LAYER_PROPERTY) == "indoor_spaces")
    shown_ground = spaces.featureCount()
    show_level(spaces, level_expression({building: 1}))
    assert spaces.featureCount() != shown_ground or spaces.featureCount() > 0
    assert {f["ordinal"] for f in spaces.getFeatures()} == {1}


def test_a_temporal_controller_frame_is_answered_by_the_database_on_either_backend(
        provider, store_target: str, project, request):
    """One frame of *Occupancy over time* as the map renderer asks for it: the layer's
    temporal filter reaches the database with the frame's ends as constants (compiled for
    PostgreSQL as for GDAL), and the style's rules choose the frame's readings of what it
    returns. A filter PostgreSQL refuses (QGIS 3.22 sent ``1 AND …`` for a constant
    condition) is an error in the server's log, after which QGIS reads every reading of the
    store for each frame and filters them itself."""
    from occupancy_frames import FRAME, frame_features, frame_request
    from qgis.core import QgsAbstractFeatureIterator

    from heilbronn_digital.heilbronn_digital_plugin.feeds import parking_records as pr
    from heilbronn_digital.heilbronn_digital_plugin.feeds.parking_store import store_parking

    nine = datetime(2025, 11, 18, 9, 0, tzinfo=timezone.utc)  # 10:00 in Heilbronn
    store_parking(store_target, pr.ParkingBatch("test", sites=[
        pr.ParkingSite(f"s{i}", f"Site {i}", "garage", 100, lon=9.22 + i / 1000, lat=49.14)
        for i in range(3)], observations=[
        pr.ParkingObservation(f"s{i}", nine + step * FRAME, free=(10 * step + i) % 100,
                              capacity=100)
        for i in range(3) for step in range(24)]))
    (layer,) = [layer for layer in add_store_layers(store_target, project)
                if layer.customProperty(LAYER_PROPERTY) == core.OCCUPANCY_MAP]
    server_log = (request.getfixturevalue("postgis_cluster").root / "server.log"
                  if layer.providerType() == "postgres" else None)
    logged = server_log.stat().st_size if server_log else 0
    # The frame 10:30-10:45 on the Temporal Controller's clock (Heilbronn time).
    ten_thirty = datetime(2025, 11, 18, 10, 30)
    read = layer.dataProvider().getFeatures(frame_request(layer, ten_thirty))
    # The database returns the frame and the quarter hours before it that the largest UTC
    # offset could shift into it (2 h 15 min), not the six hours stored.
    assert 3 <= sum(1 for _ in read) <= 3 * 10
    assert read.compileStatus() == QgsAbstractFeatureIterator.CompileStatus.Compiled
    assert sorted(feature["free"] for feature in frame_features(layer, ten_thirty)) == [20, 21, 22]
    if server_log:
        with server_log.open(encoding="utf-8", errors="replace") as log:
            log.seek(logged)
            assert "ERROR" not in log.read()


# -- What only a shared store has -----------------------------------------------------------


@pytest.fixture(scope="module")
def cluster(postgis_cluster):
    postgis_cluster.psql_admin(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner') THEN "
        f"CREATE ROLE planner LOGIN SUPERUSER PASSWORD '{SECRET}'; END IF; END $$")
    return postgis_cluster


def _auth_config(user: str, password: str) -> str:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName(f"PostGIS {user}")
    config.setConfig("username", user)
    config.setConfig("password", password)
    ok = manager.storeAuthenticationConfig(config)
    assert ok if isinstance(ok, bool) else ok[0]
    return config.id()


def _save_connection(name: str, cluster, authcfg: str) -> None:
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = (f"host=127.0.0.1 port={cluster.port} dbname=heilbronn authcfg={authcfg}")
    metadata.saveConnection(metadata.createConnection(uri, {}), name)


def test_a_saved_connection_with_credentials_in_the_auth_database_keeps_the_password_secret(
        provider, cluster, tmp_path: Path, project):
    from qgis.core import QgsApplication, QgsMessageLog, QgsSettings

    logged: list[str] = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, *_: logged.append(message))
    authcfg = _auth_config("planner", SECRET)
    _save_connection("Stadtplanung Test", cluster, authcfg)
    store = f"Stadtplanung Test schema=planung_{tmp_path.name[-8:].lower().replace('-', '_')}"
    result = _run("importparking", {"SOURCE": str(PARKAPI), "STORE": store}, project)
    assert result["READINGS_INSERTED"] == 4
    assert SECRET not in repr(result)
    layers = add_store_layers(store, project)
    assert all(layer.isValid() for layer in layers)
    for layer in layers:
        assert SECRET not in layer.source()
        assert authcfg in layer.source()
    saved = tmp_path / "office.qgs"
    assert project.write(str(saved))
    QgsSettings().sync()
    texts = [saved.read_text(encoding="utf-8"), *logged]
    settings_file = Path(QgsSettings().fileName())
    if settings_file.is_file():
        texts.append(settings_file.read_text(encoding="utf-8", errors="replace"))
    assert not [text for text in texts if SECRET in text]
    # The credentials came from the auth database: without it, the password is missing.
    QgsMessageLog.logMessage("checked", "test")


def test_a_wrong_password_or_host_gets_a_sentence_without_the_password(provider, cluster):
    from qgis.core import QgsProcessingException

    wrong = _auth_config("planner", "falsch-" + SECRET)
    store = (f"host=127.0.0.1 port={cluster.port} dbname=heilbronn authcfg={wrong} "
             "schema=nowhere")
    with pytest.raises(QgsProcessingException) as raised:
        _run("importparking", {"SOURCE": str(PARKAPI), "STORE": store})
    message = str(raised.value)
    assert "Cannot connect to PostgreSQL host=127.0.0.1" in message
    assert "password authentication failed" in message
    assert SECRET not in message
    with pytest.raises(QgsProcessingException, match="does not belong in the store text"):
        _run("importparking", {"SOURCE": str(PARKAPI),
                               "STORE": f"{cluster.conninfo} password={SECRET}"})
    closed = "host=127.0.0.1 port=1 dbname=heilbronn user=postgres"
    with pytest.raises(QgsProcessingException, match=r"Cannot connect to PostgreSQL "
                                                     r"host=127.0.0.1 port=1.*Check the "
                                                     r"connection"):
        _run("importparking", {"SOURCE": str(PARKAPI), "STORE": closed})
    with pytest.raises(QgsProcessingException, match="no PostgreSQL connection “Nirgendwo”") \
            as raised:
        _run("importparking", {"SOURCE": str(PARKAPI), "STORE": "Nirgendwo"})
    assert "Traceback" not in str(raised.value)


def test_a_schema_that_is_not_ours_and_a_database_without_postgis_are_refused(
        provider, cluster):
    from qgis.core import QgsProcessingException

    cluster.psql_admin("CREATE SCHEMA IF NOT EXISTS fremd; "
                       "CREATE TABLE IF NOT EXISTS fremd.kataster (id int)")
    with pytest.raises(QgsProcessingException, match=r"schema fremd .* holds tables that are "
                                                     r"not a Heilbronn Digital store "
                                                     r"\(kataster\)"):
        _run("importparking", {"SOURCE": str(PARKAPI),
                               "STORE": f"{cluster.conninfo} schema=fremd"})
    assert store_rows(f"{cluster.conninfo} schema=fremd",
                      "SELECT count(*) FROM pg_tables WHERE schemaname = 'fremd'") == [(1,)]
    cluster.psql_admin("DROP DATABASE IF EXISTS ohne_postgis", database="postgres")
    cluster.psql_admin("CREATE DATABASE ohne_postgis", database="postgres")
    plain = f"host=127.0.0.1 port={cluster.port} dbname=ohne_postgis user={cluster.user}"
    with pytest.raises(QgsProcessingException, match="PostGIS is not installed in the "
                                                     "database.*CREATE EXTENSION postgis"):
        _run("importparking", {"SOURCE": str(PARKAPI), "STORE": plain})


def _readme_roles_sql() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### Roles.*?```sql\n(.*?)```", readme, re.DOTALL)
    assert block, "the README's Shared store section has a ```sql block under ### Roles"
    return block.group(1)


def test_the_roles_of_the_readme_let_a_viewer_read_and_never_write(provider, cluster):
    from qgis.core import QgsProcessingException

    cluster.psql_admin(_readme_roles_sql().replace("'…'", f"'{SECRET}'"))
    feeds = f"host=127.0.0.1 port={cluster.port} dbname=heilbronn user=feeds"
    viewer = f"host=127.0.0.1 port={cluster.port} dbname=heilbronn user=viewer_test"
    cluster.psql_admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                       "'viewer_test') THEN CREATE ROLE viewer_test LOGIN IN ROLE "
                       "heilbronn_reader; END IF; END $$")
    result = _run("importparking", {"SOURCE": str(PARKAPI), "STORE": feeds})
    assert result["READINGS_INSERTED"] == 4
    owners = store_rows(feeds, "SELECT DISTINCT tableowner FROM pg_tables "
                               "WHERE schemaname = 'heilbronn_digital'")
    assert owners == [("heilbronn_writer",)]
    assert store_rows(viewer, "SELECT count(*) FROM {parking_occupancy}") == [(4,)]
    with pytest.raises(QgsProcessingException, match=r"may read this store but not change "
                                                     r"it \(permission denied for table "
                                                     r"parking_sites\)\. Imports.*writer role"):
        _run("importparking", {"SOURCE": str(PARKAPI), "STORE": viewer})
    assert store_rows(viewer, "SELECT count(*) FROM {parking_occupancy}") == [(4,)]


def test_a_new_postgis_store_gets_its_schema_version_and_provenance(cluster):
    target = cluster.new_store()
    notes = core.create_store(target)
    assert notes and "Created the store PostgreSQL" in notes[0]
    core.set_provenance(target, "streets", core.Provenance(
        "Straßen", "Streets of Heilbronn", "© OpenStreetMap contributors", "ODbL-1.0"))
    assert "<title>Straßen</title>" in core.open_store(target).provenance_document("streets")
    assert store_rows(target, "SELECT obj_description('{streets}'::regclass)") == [
        ("Streets of Heilbronn",)]
