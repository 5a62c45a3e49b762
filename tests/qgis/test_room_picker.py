"""Rooms are chosen, not typed: the indoor route's dialog offers the rooms of the project's
spaces layer as a searchable list ("Büro 2.12 · 2. OG") and a pick on the map, and hands the
room's space_id to the algorithm. Real Processing dialog, real canvas, real mouse click."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
from qgis.PyQt.QtTest import QTest

from heilbronn_digital.heilbronn_digital_plugin.gui.level_switcher import LevelSwitcherDock
from heilbronn_digital.heilbronn_digital_plugin.gui.room_picker import RoomWidgetWrapper
from heilbronn_digital.heilbronn_digital_plugin.store.layers import (
    LAYER_PROPERTY,
    add_store_layers,
)


@pytest.fixture
def project(tmp_path: Path, sample_gpkg: Path, qgis_iface):
    store = tmp_path / "rathaus.gpkg"
    shutil.copy(sample_gpkg, store)
    project = QgsProject.instance()
    project.clear()
    layers = {layer.customProperty(LAYER_PROPERTY): layer
              for layer in add_store_layers(store, project)}
    switcher = LevelSwitcherDock(project)
    switcher.refresh()
    yield layers, switcher
    switcher.detach()
    switcher.deleteLater()
    project.clear()


@pytest.fixture
def dialog(provider, project, qgis_iface, monkeypatch):
    import processing
    from qgis.gui import QgsBrowserGuiModel

    # pytest-qgis's interface has no browser model; the dialog's file widgets want one.
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    dialog = processing.createAlgorithmDialog("heilbronn:indoorroute")
    dialog.show()
    yield dialog
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.processEvents()


def _pickers(dialog) -> dict[str, RoomWidgetWrapper]:
    wrappers = dialog.mainWidget().wrappers
    return {name: wrappers[name] for name in ("START_ROOM", "END_ROOM")}


def test_the_dialog_lists_every_room_with_its_level(dialog):
    picker = _pickers(dialog)["START_ROOM"]
    assert isinstance(picker, RoomWidgetWrapper)
    labels = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert "Büro 2.12 \u00b7 2. OG" in labels
    assert "Kleiner Sitzungssaal \u00b7 1. OG" in labels
    assert labels.index("Kleiner Sitzungssaal \u00b7 1. OG") < labels.index(
        "Büro 2.12 \u00b7 2. OG")  # lower levels first
    wcs = [label for label in labels if label.startswith("WC \u00b7")]
    assert len(wcs) >= 2  # one per level, told apart by the level


def test_a_room_chosen_from_the_list_reaches_the_algorithm_as_its_id(dialog):
    pickers = _pickers(dialog)
    start, end = pickers["START_ROOM"], pickers["END_ROOM"]
    start.combo.setCurrentIndex(start.combo.findText("Kleiner Sitzungssaal \u00b7 1. OG"))
    # Searching: typing part of a name offers the matching rooms.
    QTest.keyClicks(end.combo.lineEdit(), "ro 2.1")  # QTest types ASCII only
    completer = end.combo.completer()
    found = [completer.completionModel().index(row, 0).data()
             for row in range(completer.completionCount())]
    assert "Büro 2.12 \u00b7 2. OG" in found and all("ro 2.1" in text for text in found)
    end.combo.setCurrentIndex(end.combo.findText("Büro 2.12 \u00b7 2. OG"))
    parameters = dialog.createProcessingParameters()
    assert parameters["START_ROOM"].startswith("hn-rathaus-L1-")
    assert parameters["END_ROOM"].startswith("hn-rathaus-L2-")
    # What the dialog hands over is a room the algorithm knows.
    import processing

    result = processing.run("heilbronn:indoorroute", {**parameters, "OUTPUT": "memory:",
                                                      "INSTRUCTIONS": "memory:"})
    steps = [f["text_en"] for f in result["INSTRUCTIONS"].getFeatures()]
    assert "Kleiner Sitzungssaal" in steps[0] and "Büro 2.12" in steps[-1]


def test_a_room_is_picked_on_the_map_on_the_level_shown(dialog, project, qgis_iface):
    layers, switcher = project
    switcher.select_level(2)
    spaces = layers["indoor_spaces"]
    room = next(spaces.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"name\" = 'Büro 2.12'")))
    canvas = qgis_iface.mapCanvas()
    canvas.setLayers([spaces])
    canvas.setDestinationCrs(spaces.crs())
    canvas.resize(600, 400)
    extent = QgsRectangle(spaces.extent())
    extent.scale(1.1)
    canvas.setExtent(extent)
    canvas.refresh()
    picker = _pickers(dialog)["END_ROOM"]
    picker.pick_button.click()
    tool = picker._tool
    assert tool is not None and canvas.mapTool() is tool
    centre = room.geometry().pointOnSurface().asPoint()
    pixel = canvas.getCoordinateTransform().transform(centre)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(round(pixel.x()), round(pixel.y())))
    assert picker.value() == room["space_id"]
    assert picker.combo.currentText() == "Büro 2.12 \u00b7 2. OG"
    assert canvas.mapTool() is not tool  # the planner's own tool is back
