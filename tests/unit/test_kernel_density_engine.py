"""The kernel density engine without QGIS: hand-computed cases and the two methods agreeing."""

import math

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.kernel_density import (
    MAX_CELLS,
    Grid,
    GridTooLarge,
    Kernel,
    buffer_pixels,
    kernel_density,
    kernel_profile,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.progress import Canceled

X0, Y0 = 512_000.0, 5_444_000.0


def _density(x, y, radius=100.0, pixel=10.0, **kwargs):
    x, y = np.atleast_1d(np.asarray(x, float)), np.atleast_1d(np.asarray(y, float))
    grid = Grid.around((x.min(), y.min(), x.max(), y.max()), radius, pixel)
    return grid, kernel_density(x, y, grid, radius, **kwargs)


def test_grid_matches_qgis_layout():
    grid = Grid.around((X0, Y0, X0 + 995.0, Y0 + 400.0), 100.0, 10.0)
    assert (grid.cols, grid.rows) == (math.ceil(1195 / 10) + 1, math.ceil(600 / 10) + 1)
    assert grid.geotransform == (X0 - 100, 10.0, 0.0, Y0 + 500, 0.0, -10.0)


def test_buffer_rounds_like_qgis():
    assert buffer_pixels(200, 5) == 40
    assert buffer_pixels(100, 7) == 15  # remainder 2 map units > 0.5
    assert buffer_pixels(100.4, 10) == 10  # remainder 0.4 map units: not rounded up


@pytest.mark.parametrize("method", ["exact", "binned"])
def test_single_point_on_a_pixel_centre_gives_the_kernel(method):
    # The grid starts one radius west of the point: with radius 105 and pixel 10 the point
    # sits on the centre of pixel (10, 10).
    grid, density = _density(X0, Y0, radius=105.0, method=method)
    assert density.shape == (22, 22)
    assert density[10, 10] == pytest.approx(1.0, abs=1e-6)
    assert density[10, 12] == pytest.approx((1 - (20 / 105) ** 2) ** 2, abs=1e-6)
    assert density[10, 0] == pytest.approx((1 - (100 / 105) ** 2) ** 2, abs=1e-6)
    assert density[0, 0] == 0.0


@pytest.mark.parametrize("kernel", list(Kernel))
def test_scaled_output_integrates_to_the_total_weight(kernel):
    grid, density = _density([X0, X0 + 300], [Y0, Y0 + 50], radius=200.0, pixel=2.0,
                             weights=np.array([2.0, 3.0]), kernel=kernel, decay=0.5,
                             scaled=True)
    assert density.sum() * grid.pixel_size ** 2 == pytest.approx(5.0, rel=5e-3)


def test_raw_profiles_by_hand():
    d = np.array([0.0, 50.0, 100.0, 150.0])
    r = 100.0
    assert kernel_profile(Kernel.QUARTIC, d, r).tolist() == [1.0, 0.5625, 0.0, 0.0]
    assert kernel_profile(Kernel.TRIWEIGHT, d, r).tolist() == [1.0, 0.421875, 0.0, 0.0]
    assert kernel_profile(Kernel.EPANECHNIKOV, d, r).tolist() == [1.0, 0.75, 0.0, 0.0]
    assert kernel_profile(Kernel.UNIFORM, d, r).tolist() == [1.0, 1.0, 1.0, 0.0]
    assert kernel_profile(Kernel.TRIANGULAR, d, r, decay=0.5).tolist() == [1.0, 0.75, 0.5, 0.0]


def test_triangular_with_too_negative_decay_cannot_be_scaled():
    with pytest.raises(ValueError, match="decay"):
        kernel_profile(Kernel.TRIANGULAR, np.array([0.0]), 10.0, decay=-0.5, scaled=True)


@pytest.mark.parametrize("kernel", [Kernel.QUARTIC, Kernel.TRIWEIGHT, Kernel.EPANECHNIKOV])
def test_binned_agrees_with_exact_on_dense_points(kernel):
    rng = np.random.default_rng(7)
    x = X0 + rng.normal(0, 400, 20_000)
    y = Y0 + rng.normal(0, 400, 20_000)
    grid = Grid.around((x.min(), y.min(), x.max(), y.max()), 200.0, 5.0)
    exact = kernel_density(x, y, grid, 200.0, kernel=kernel, method="exact")
    binned = kernel_density(x, y, grid, 200.0, kernel=kernel, method="binned")
    assert np.abs(exact - binned).max() <= 1e-3 * exact.max()


def test_identical_points_add_up():
    _, one = _density(X0, Y0, radius=105.0)
    _, many = _density([X0] * 1000, [Y0] * 1000, radius=105.0, method="binned")
    np.testing.assert_allclose(many, 1000 * one, rtol=1e-5, atol=1e-3)


def test_zero_and_negative_weights():
    x, y = [X0, X0 + 5000], [Y0, Y0]
    grid, density = _density(x, y, weights=np.array([0.0, -2.0]))
    assert density.max() == 0.0
    assert density.min() == pytest.approx(-2.0, abs=0.05)
    assert np.all(density[:, : grid.cols // 2] == 0.0)


def test_nan_weight_counts_as_zero_and_nan_coordinates_are_skipped():
    x = np.array([X0, np.nan, X0 + 50])
    y = np.array([Y0, Y0, np.nan])
    grid = Grid.around((X0, Y0, X0, Y0), 100.0, 10.0)
    density = kernel_density(x, y, grid, 100.0, weights=np.array([np.nan, 1.0, 1.0]))
    assert density.max() == 0.0


def test_points_at_the_edge_of_the_extent_keep_their_whole_kernel():
    # Radius 100 at pixel 7 makes QGIS's block stick out of the raster for a lone point
    # (QGIS then drops it); here the whole disk must be there.
    grid, density = _density(X0, Y0, radius=100.0, pixel=7.0, method="exact")
    assert density.max() == pytest.approx(1.0, abs=0.01)
    assert density.sum() * 49 == pytest.approx(math.pi * 100 ** 2 / 3, rel=0.02)


def test_per_point_radius():
    x = np.array([X0, X0 + 1000])
    y = np.array([Y0, Y0])
    radius = np.array([50.0, 200.0])
    grid = Grid.around((X0, Y0, X0 + 1000, Y0), 200.0, 5.0)
    density = kernel_density(x, y, grid, radius, scaled=True, method="exact")
    left = density[:, : grid.cols // 2].sum() * 25
    right = density[:, grid.cols // 2:].sum() * 25
    assert left == pytest.approx(1.0, rel=0.01) and right == pytest.approx(1.0, rel=0.01)


def test_too_many_cells_is_refused_with_the_numbers():
    with pytest.raises(GridTooLarge) as error:
        Grid.around((0.0, 0.0, 100_000.0, 100_000.0), 100.0, 1.0)
    assert error.value.rows * error.value.cols > MAX_CELLS
    assert "cells" in str(error.value)


def test_cancel_stops_the_computation():
    class CancelAtOnce:
        def setProgress(self, progress):
            pass

        def isCanceled(self):
            return True

    with pytest.raises(Canceled):
        _density([X0, X0 + 10], [Y0, Y0], progress=CancelAtOnce())


def test_no_usable_points_give_an_empty_raster():
    grid = Grid.around((X0, Y0, X0 + 10, Y0 + 10), 50.0, 5.0)
    assert kernel_density(np.array([X0]), np.array([Y0]), grid, 0.0).max() == 0.0
    assert kernel_density(np.empty(0), np.empty(0), grid, 50.0).max() == 0.0
