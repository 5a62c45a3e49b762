"""The point layers the density and hot spot benchmarks read, as every kind of input a planner
or a model hands an algorithm (issue 11): the same points along the real Heilbronn street
network (OpenStreetMap, from the shared fixtures), denser towards the inner city, EPSG:25832.

* ``file``: a GeoPackage layer as it is;
* ``memory``: a memory layer, what a Graphical Modeler step hands on;
* ``filter``: a GeoPackage that also holds a quarter more test points, with a filter (subset
  string) that keeps exactly the points;
* ``selection``: the same GeoPackage, the points selected, *Selected features only*;
* ``edits``: a copy of the points' GeoPackage in edit mode with unsaved edits: 1 % of the
  points moved by 10 m, 1 % deleted and as many added.

Every kind holds the same number of points. The GeoPackages are built once per size under
``build/bench`` and kept. Not named ``bench_*.py``: `make bench` runs those.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from benchmark_support import REPO

FIXTURES = REPO.parent / "shared" / "fixtures"
CENTRE = (514_800.0, 5_443_300.0)  # Marktplatz, EPSG:25832
KINDS = ("file", "memory", "filter", "selection", "edits")
# The readers each kind should take (see toolbelt/point_arrays.py).
READERS = {"file": "file", "memory": "aggregates", "filter": "file", "selection": "file",
           "edits": "file"}


class PointInputs:
    """The parameter value of each kind of input (``values[kind]``), for ``INPUT=``; the
    layers live in the current project until :meth:`close`."""

    def __init__(self, count: int, workdir: Path) -> None:
        from qgis.core import (
            QgsFeatureRequest,
            QgsProcessingFeatureSourceDefinition,
            QgsProject,
            QgsVectorLayer,
        )

        self.count = count
        points = points_gpkg(count, workdir)
        with_tests = points_gpkg(count, workdir, extra=count // 4)
        uri = f"{points}|layername=points"
        filtered = QgsVectorLayer(f"{with_tests}|layername=points", "filter", "ogr")
        filtered.setSubsetString("\"kind\" = 'report'")
        selected = QgsVectorLayer(f"{with_tests}|layername=points", "selection", "ogr")
        selected.selectByIds(list(range(1, count + 1)))  # the points come first in the file
        memory = QgsVectorLayer(uri, "points", "ogr").materialize(QgsFeatureRequest())
        # A copy: Processing would hand the edited layer to a run given the file's path.
        copy = points.with_name(f"{points.stem}_to_edit.gpkg")
        if not copy.exists():
            shutil.copyfile(points, copy)
        edited = QgsVectorLayer(f"{copy}|layername=points", "edits", "ogr")
        _edit(edited, count)
        self.layers = [filtered, selected, memory, edited]
        QgsProject.instance().addMapLayers(self.layers, False)
        self.values = {"file": uri, "memory": memory, "filter": filtered,
                       "selection": QgsProcessingFeatureSourceDefinition(selected.id(), True),
                       "edits": edited}

    def close(self) -> None:
        from qgis.core import QgsProject

        self.layers[-1].rollBack()
        QgsProject.instance().removeMapLayers([layer.id() for layer in self.layers])


def _edit(layer, count: int) -> None:
    """1 % of the points moved by 10 m, 1 % deleted, as many added; not saved."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    xy = street_points(count)  # point ``fid`` is row fid - 1: written in this order

    def near(fid: int) -> QgsGeometry:
        return QgsGeometry.fromPointXY(QgsPointXY(xy[fid - 1, 0] + 10.0, xy[fid - 1, 1]))

    assert layer.startEditing()
    step = 100
    for fid in range(1, count + 1, step):
        layer.changeGeometry(fid, near(fid))
    deleted = list(range(2, count + 1, step))
    layer.deleteFeatures(deleted)
    added = []
    for number in range(len(deleted)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(near(3 + number * step))
        added.append(feature)
    layer.addFeatures(added)


_POINTS_CACHE: dict[tuple[int, int], np.ndarray] = {}


def street_points(count: int, seed: int = 2030) -> np.ndarray:
    """``count`` points along real Heilbronn streets, denser towards the centre, as
    ``(count, 2)``; the first ``n`` of a larger count are not the same points."""
    if (count, seed) in _POINTS_CACHE:
        return _POINTS_CACHE[count, seed]
    streets = _street_vertices()
    rng = np.random.default_rng(seed)
    distance = np.hypot(streets[:, 0] - CENTRE[0], streets[:, 1] - CENTRE[1])
    preference = np.exp(-distance / 2500.0) + 0.05
    picks = rng.choice(len(streets), size=count, p=preference / preference.sum())
    xy = streets[picks] + rng.normal(0.0, 15.0, size=(count, 2))
    _POINTS_CACHE[count, seed] = xy
    return xy


def points_gpkg(count: int, workdir: Path, extra: int = 0) -> Path:
    """A GeoPackage of ``count`` street points (field ``kind`` = ``report``) and, with
    ``extra``, as many test points after them (``kind`` = ``test``); cached per size."""
    from osgeo import ogr, osr

    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / (f"points_{count}.gpkg" if not extra else
                      f"points_{count}_and_{extra}_tests.gpkg")
    if path.exists():
        return path
    xy = street_points(count)
    kinds = ["report"] * count
    if extra:
        xy = np.concatenate([xy, street_points(extra, seed=2031)])
        kinds += ["test"] * extra
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    partial = path.with_suffix(".part.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    layer = dataset.CreateLayer("points", srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO"])
    layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    point = ogr.Geometry(ogr.wkbPoint)
    for (x, y), kind in zip(xy, kinds):
        feature = ogr.Feature(definition)
        feature.SetField(0, kind)
        point.SetPoint_2D(0, float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    partial.rename(path)  # never leave half a file behind for the next run
    return path


def _street_vertices() -> np.ndarray:
    from osgeo import ogr, osr

    source = ogr.Open(str(FIXTURES / "heilbronn" / "trinkwasser_hn-streets.geojson"))
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(25832)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, utm)
    vertices = []
    for feature in source.GetLayer(0):
        geometry = feature.GetGeometryRef().Clone()
        geometry.Segmentize(10.0 / 111_000.0)  # a vertex about every 10 m
        geometry.Transform(transform)
        for index in range(max(geometry.GetGeometryCount(), 1)):
            part = geometry.GetGeometryRef(index) if geometry.GetGeometryCount() else geometry
            vertices.extend(part.GetPoints())
    return np.array(vertices)[:, :2]


@contextmanager
def read_step(algorithm_module) -> Iterator[list[tuple[float, str, int]]]:
    """Time the read step inside a real run: ``(seconds, reader, points)`` of every call of
    the algorithm module's ``read_points`` while the block runs."""
    original = algorithm_module.read_points
    calls: list[tuple[float, str, int]] = []

    def timed(*args, **kwargs):
        started = time.perf_counter()
        points = original(*args, **kwargs)
        calls.append((time.perf_counter() - started, points.reader, len(points)))
        return points

    algorithm_module.read_points = timed
    try:
        yield calls
    finally:
        algorithm_module.read_points = original
