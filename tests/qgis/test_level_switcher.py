"""The level switcher dock on real QGIS, with the store layers of a copy of the demo GeoPackage."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget

import heilbronn_digital
from heilbronn_digital.heilbronn_digital_plugin.gui.level_switcher import (
    OBJECT_NAME,
    LevelSwitcherDock,
)
from heilbronn_digital.heilbronn_digital_plugin.store.floor_levels import (
    CHOICES_ENTRY,
    PROJECT_SCOPE,
    is_floorplan_layer,
    level_expression,
)
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)

BUILDING = "hn-rathaus"
FLOORPLAN = ("indoor_levels", "indoor_spaces", "indoor_openings", "indoor_connectors",
             "indoor_amenities", "indoor_hazards")


@pytest.fixture
def store(tmp_path: Path, sample_gpkg: Path) -> Path:
    copy = tmp_path / sample_gpkg.name
    shutil.copy(sample_gpkg, copy)
    return copy


@pytest.fixture
def layers(project: QgsProject, store: Path) -> dict[str, QgsVectorLayer]:
    added = add_store_layers(store, project)
    return {layer.customProperty(LAYER_PROPERTY): layer for layer in added}


@pytest.fixture
def dock(project: QgsProject, layers) -> Iterator[LevelSwitcherDock]:
    switcher = LevelSwitcherDock(project)
    switcher.refresh()
    yield switcher
    switcher.detach()
    switcher.deleteLater()


def ogr_count(store: Path, layer: str, where: str = "1 = 1") -> int:
    """Counted by GDAL straight from the file, not through QGIS."""
    ds = ogr.Open(str(store))
    result = ds.ExecuteSQL(f'SELECT COUNT(*) FROM "{layer}" WHERE {where}')
    count = result.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(result)
    return count


def shown_ordinals(layer: QgsVectorLayer) -> set[int]:
    return {int(value) for value in layer.uniqueValues(layer.fields().lookupField("ordinal"))}


def shown_rows(layer: QgsVectorLayer) -> set[tuple[str | None, int]]:
    """(building_id, ordinal) of the features the layer shows; NULL as None on every QGIS."""
    return {(f["building_id"] if isinstance(f["building_id"], str) else None, f["ordinal"])
            for f in layer.getFeatures()}


def route_layer(rows: list[tuple[str | None, int | None]], subset: str = "") -> QgsVectorLayer:
    """A memory layer shaped like heilbronn:indoorroute's output: one line per level."""
    layer = QgsVectorLayer("LineString?crs=EPSG:25832&field=building_id:string"
                           "&field=level_id:string&field=ordinal:integer&field=kind:string",
                           "route", "memory")
    features = []
    for index, (building, ordinal) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([building, f"{building}-L{ordinal}", ordinal,
                               "walk" if index % 2 == 0 else "lift"])
        x = 515_900 + 10 * index
        feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING ({x} 5443270, {x + 5} 5443275)"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    if subset:
        layer.setSubsetString(subset)
    return layer


def test_it_lists_the_levels_of_the_sample_building(dock: LevelSwitcherDock) -> None:
    assert [dock.building_combo.itemText(i) for i in range(dock.building_combo.count())] == [
        "Rathaus Heilbronn"]
    assert [(level.ordinal, level.short_name) for level in dock.levels(BUILDING)] == [
        (0, "EG"), (1, "1. OG"), (2, "2. OG")]
    texts = [dock.level_list.item(row).text() for row in range(dock.level_list.count())]
    assert texts == ["2 \u00b7 2. OG", "1 \u00b7 1. OG", "0 \u00b7 EG"]
    assert dock.level_list.currentItem().text() == "0 \u00b7 EG"
    assert dock.choices == {BUILDING: 0}
    assert dock.hint.isHidden()


@pytest.mark.parametrize("ordinal", [2, 1, 0])
def test_switching_shows_that_level_on_every_floorplan_layer(dock, layers, store, ordinal):
    dock.select_level(ordinal)
    for name in FLOORPLAN:
        layer = layers[name]
        assert layer.isValid(), name
        assert layer.featureCount() == ogr_count(store, name, f"ordinal = {ordinal}"), name
        assert shown_ordinals(layer) == {ordinal}, name
        assert "|subset=" in layer.source(), name
    # The building footprint and the other topics are not floorplans: untouched.
    assert not is_floorplan_layer(layers["indoor_buildings"])
    for name in ("indoor_buildings", "streets", "citizen_reports", "parking_sites"):
        assert layers[name].subsetString() == ""
        assert layers[name].featureCount() == ogr_count(store, name), name


def test_other_layers_of_the_geopackage_keep_working(dock, layers, store):
    """The QGIS 3.22 WAL bug: setSubsetString on one layer of a GeoPackage broke the SQL requests
    (feature count, unique values) of its other layers with "unable to open database file"."""
    for ordinal in (1, 2, 0, 2):
        dock.select_level(ordinal)
        for name, layer in layers.items():
            assert layer.featureCount() >= 0, (name, ordinal)
            category = layer.fields().lookupField("category")
            if category >= 0:
                assert layer.uniqueValues(category), (name, ordinal)
    # Styles and labels survive the change of data source.
    assert layers["indoor_spaces"].renderer().type() == "categorizedSymbol"
    assert layers["indoor_spaces"].labelsEnabled()
    assert layers["indoor_openings"].renderer().type() == "RuleRenderer"


def test_up_and_down_stop_at_the_ends(dock, layers, store):
    assert not dock.down_button.isEnabled() and dock.up_button.isEnabled()
    dock.down_button.click()
    assert dock.choices == {BUILDING: 0}
    dock.up_button.click()
    dock.up_button.click()
    assert dock.choices == {BUILDING: 2}
    assert dock.level_list.currentItem().text() == "2 \u00b7 2. OG"
    assert not dock.up_button.isEnabled() and dock.down_button.isEnabled()
    dock.up_button.click()
    assert dock.choices == {BUILDING: 2}
    assert shown_ordinals(layers["indoor_spaces"]) == {2}
    dock.down_button.click()
    assert dock.choices == {BUILDING: 1}
    assert layers["indoor_spaces"].featureCount() == ogr_count(store, "indoor_spaces",
                                                               "ordinal = 1")


def test_clicking_a_level_in_the_list_shows_it(dock, layers):
    row = next(row for row in range(dock.level_list.count())
               if dock.level_list.item(row).text().startswith("1 "))
    dock.level_list.setCurrentRow(row)
    assert dock.choices == {BUILDING: 1}
    assert shown_ordinals(layers["indoor_hazards"]) == {1}
    dock.select_level(7)  # no such level: nothing changes
    assert dock.choices == {BUILDING: 1}


def test_the_choice_is_saved_with_the_project_and_restored(dock, project, layers, store, tmp_path):
    dock.select_level(2)
    assert project.isDirty()
    path = tmp_path / "floors.qgz"
    assert project.write(str(path))
    project.clear()
    assert dock.choices == {} and dock.level_list.count() == 0 and not dock.hint.isHidden()

    # A fresh QGIS: another project object and another dock read the file.
    reopened = QgsProject()
    fresh = LevelSwitcherDock(reopened)
    try:
        assert reopened.read(str(path))
        assert fresh.choices == {BUILDING: 2}
        assert fresh.level_list.currentItem().text() == "2 \u00b7 2. OG"
        spaces = next(layer for layer in reopened.mapLayers().values()
                      if layer.customProperty(LAYER_PROPERTY) == "indoor_spaces")
        assert shown_ordinals(spaces) == {2}
        assert spaces.featureCount() == ogr_count(store, "indoor_spaces", "ordinal = 2")
        assert not reopened.isDirty()
        saved, found = reopened.readEntry(PROJECT_SCOPE, CHOICES_ENTRY)
        assert found and BUILDING in saved
        # Switching on after the restore: the saved filter is not taken for one of the layer's
        # own, which would leave nothing to show.
        fresh.step(-1)
        assert fresh.choices == {BUILDING: 1}
        assert spaces.featureCount() == ogr_count(store, "indoor_spaces", "ordinal = 1")
        assert spaces.subsetString().count("ordinal") == 1
        # The same dock follows when its own project reads the file again.
        dock.refresh()
        assert project.read(str(path))
        assert dock.choices == {BUILDING: 2}
    finally:
        fresh.detach()
        reopened.clear()


def test_a_garbled_saved_choice_falls_back_to_the_ground_floor(dock, project, layers, tmp_path):
    path = tmp_path / "garbled.qgs"
    for garbage in ('{"hn-rathaus": 2}', "[[1, 2, 3]]", "not json", '[["hn-rathaus", "x"]]'):
        dock.select_level(2)
        project.writeEntry(PROJECT_SCOPE, CHOICES_ENTRY, garbage)
        assert project.write(str(path))
        assert project.read(str(path))
        assert dock.choices == {BUILDING: 0}, garbage
        assert shown_ordinals(layers_by_name(project)["indoor_spaces"]) == {0}, garbage


def layers_by_name(project: QgsProject) -> dict[str, QgsVectorLayer]:
    return {layer.customProperty(LAYER_PROPERTY): layer for layer in project.mapLayers().values()}


def test_a_layer_added_later_is_filtered_at_once(dock, project, layers):
    dock.select_level(1)
    route = route_layer([(BUILDING, 0), (BUILDING, 1), (BUILDING, 1), (BUILDING, 2)])
    project.addMapLayer(route)
    assert route.featureCount() == 2
    assert shown_ordinals(route) == {1}
    dock.up_button.click()
    assert route.featureCount() == 1 and shown_ordinals(route) == {2}


def test_a_geopackage_layer_added_later_is_filtered_through_its_uri(dock, project, tmp_path):
    dock.select_level(2)
    path = tmp_path / "route.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    source = route_layer([(BUILDING, 0), (BUILDING, 2), (BUILDING, 2)])
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        source, str(path), project.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    route = QgsVectorLayer(f"{path}|layername=route", "route", "ogr")
    project.addMapLayer(route)
    assert route.featureCount() == 2
    assert "subset=" in route.source()


def test_several_buildings_each_keep_their_own_level(dock, project, layers):
    annex = "Haus 'Süd'"  # a quote in an id must not break the filter
    route = route_layer([(BUILDING, 0), (BUILDING, 2), (annex, -1), (annex, 0), (annex, 3),
                         (None, 0)])
    project.addMapLayer(route)
    QCoreApplication.processEvents()  # the levels of the new building are read after the event
    assert set(dock.choices) == {BUILDING, annex, None}
    assert dock.levels(annex)[0].ordinal == -1
    assert dock.choices[annex] == 0  # its ground floor
    assert dock.building_combo.isEnabled()
    dock.select_building(annex)
    dock.up_button.click()
    assert dock.choices == {BUILDING: 0, annex: 3, None: 0}
    assert shown_rows(route) == {(BUILDING, 0), (annex, 3), (None, 0)}
    dock.select_building(BUILDING)
    dock.select_level(2)
    assert shown_rows(route) == {
        (BUILDING, 2), (annex, 3), (None, 0)}
    assert shown_ordinals(layers["indoor_spaces"]) == {2}


def test_a_filter_of_the_layer_itself_is_kept(dock, project):
    route = route_layer([(BUILDING, 0), (BUILDING, 0), (BUILDING, 1), (BUILDING, 1)],
                        subset="\"kind\" = 'walk'")
    project.addMapLayer(route)
    assert [f["ordinal"] for f in route.getFeatures()] == [0]
    dock.select_level(1)
    assert [(f["ordinal"], f["kind"]) for f in route.getFeatures()] == [(1, "walk")]
    assert "\"kind\" = 'walk'" in route.subsetString()


def test_a_styled_route_keeps_following_the_switcher(dock, project, layers):
    """Loading a style replaces a layer's custom properties, the remembered filter of its own
    among them: the level filter must never be taken for one (it was, and the route's filter
    became "(level 0) AND (level N)", which draws nothing on any level)."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path

    route = route_layer([(BUILDING, 0), (BUILDING, 1), (BUILDING, 2)])
    project.addMapLayer(route)
    route.loadNamedStyle(str(style_path("indoor_route")))
    dock.refresh()
    for ordinal in (1, 2, 0):
        dock.select_level(ordinal)
        assert shown_ordinals(route) == {ordinal}
        assert route.subsetString() == level_expression({BUILDING: ordinal})


def test_the_route_as_the_dialog_loads_it_shows_its_start_level(store, provider):
    """heilbronn:indoorroute run as its dialog does (outputs loaded into the project, styled):
    the switcher moves to the level the route starts on, each level then shows its part, and
    the steps table (no geometry) keeps every step."""
    import processing
    from qgis.core import QgsProcessingFeedback

    project = QgsProject.instance()  # where Processing loads results
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in add_store_layers(store, project)}
    dock = LevelSwitcherDock(project)
    try:
        dock.refresh()
        spaces = layers["indoor_spaces"].source()
        processing.runAndLoadResults("heilbronn:indoorroute", {
            "SPACES": layers["indoor_spaces"], "OPENINGS": layers["indoor_openings"],
            "CONNECTORS": layers["indoor_connectors"], "HAZARDS": layers["indoor_hazards"],
            "START_ROOM": "Kleiner Sitzungssaal", "END_ROOM": "Büro 2.12",
            "BARRIER_FREE": True, "OUTPUT": "TEMPORARY_OUTPUT",
            "INSTRUCTIONS": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
        for _ in range(20):  # the switcher reads new layers once the events settle
            QCoreApplication.processEvents()
        added = {layer.name(): layer for layer in project.mapLayers().values()
                 if layer.name().startswith("Route")}
        route = added["Route"]
        steps = next(layer for name, layer in added.items() if name != "Route")
        assert dock.choices == {BUILDING: 1}  # the route starts on the 1st floor
        assert shown_ordinals(route) == {1}
        assert layers["indoor_spaces"].source() != spaces  # the store layers follow too
        assert shown_ordinals(layers["indoor_spaces"]) == {1}
        dock.up_button.click()
        assert shown_ordinals(route) == {2}
        assert route.subsetString() == level_expression({BUILDING: 2})
        dock.select_level(0)
        assert route.featureCount() == 0  # the route does not pass the ground floor
        assert steps.subsetString() == "" and steps.featureCount() == 7
    finally:
        dock.detach()
        dock.deleteLater()
        project.clear()


def test_removing_the_floorplans_empties_the_list(dock, project, layers):
    project.removeMapLayers([layer.id() for name, layer in layers.items() if name in FLOORPLAN])
    QCoreApplication.processEvents()
    assert dock.choices == {} and dock.level_list.count() == 0
    assert not dock.up_button.isEnabled() and not dock.down_button.isEnabled()
    assert not dock.hint.isHidden()


def test_level_expression_quotes_ids():
    assert level_expression({"a'b": 1, None: -1}) == (
        "(\"building_id\" IS NULL AND \"ordinal\" = -1) OR "
        "(\"building_id\" = 'a''b' AND \"ordinal\" = 1)")


def test_the_plugin_adds_the_dock_and_removes_it(qgis_iface, qgis_processing, qgis_new_project,
                                                 sample_gpkg):
    window = qgis_iface.mainWindow()
    plugin = heilbronn_digital.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = window.findChild(QDockWidget, OBJECT_NAME)
        assert dock is not None and dock.isHidden()
        add_store_layers(sample_gpkg, QgsProject.instance())
        QCoreApplication.processEvents()
        assert not dock.isHidden()  # it shows itself for floorplans
        assert dock.choices == {BUILDING: 0}
        dock.hide()
        window.findChild(QAction, "mActionHeilbronnLevelSwitcher").trigger()
        assert not dock.isHidden()  # and the menu brings it back
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChild(QDockWidget, OBJECT_NAME) is None
    QgsProject.instance().clear()
