"""Parity with PySAL esda (installed from requirements-dev.txt; the plugin never imports it):
Gi* z-scores equal ``G_Local(star=True, transform="B").Zs`` and Local Moran's I equals
``Moran_Local.Is`` to 1e-6 on the same weights, and our weights equal libpysal's
``DistanceBand``."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import (
    Shape,
    aggregate,
    gi_star,
    local_moran,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import distance_band

esda = pytest.importorskip(
    "esda", reason="esda is not installed: `.venv/bin/pip install -c .venv/constraints.txt "
    "-r requirements-dev.txt` installs it")
libpysal = pytest.importorskip("libpysal")


@pytest.fixture(scope="module")
def cells():
    rng = np.random.default_rng(11)
    # Clustered incidents, as reports are: a dense centre and a sparse rest.
    x = np.concatenate([rng.normal(0, 300, 4000), rng.uniform(-2000, 2000, 1000)])
    y = np.concatenate([rng.normal(0, 300, 4000), rng.uniform(-2000, 2000, 1000)])
    return {shape: aggregate(x, y, shape, 100.0) for shape in Shape}


def _w(neighbours):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # islands and disconnected components are fine here
        return libpysal.weights.W(neighbours.as_dict(), silence_warnings=True)


@pytest.mark.parametrize("shape", list(Shape))
@pytest.mark.parametrize("band", [150.0, 260.0])
def test_weights_equal_libpysal_distance_band(cells, shape, band):
    cell = cells[shape]
    reference = libpysal.weights.DistanceBand(np.c_[cell.x, cell.y], band, binary=True,
                                              silence_warnings=True)
    ours = distance_band(cell.x, cell.y, band).as_dict()
    assert all(sorted(reference.neighbors[i]) == ours[i] for i in range(len(cell.x)))


@pytest.mark.parametrize("shape", list(Shape))
@pytest.mark.parametrize("band", [150.0, 260.0])
def test_gi_star_and_local_moran_equal_esda(cells, shape, band):
    cell = cells[shape]
    neighbours = distance_band(cell.x, cell.y, band)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gi = esda.G_Local(cell.value, _w(neighbours), star=True, transform="B",
                          permutations=0)
        moran = esda.Moran_Local(cell.value, _w(neighbours), permutations=0)
    np.testing.assert_allclose(gi_star(cell.value, neighbours), gi.Zs, rtol=0, atol=1e-6)
    ours = local_moran(cell.value, neighbours)
    np.testing.assert_allclose(ours.i, moran.Is, rtol=0, atol=1e-6)
    assert np.array_equal(ours.quadrant, moran.q)
