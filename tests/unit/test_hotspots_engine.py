"""The hot spot engine on cases small enough to compute by hand, and against brute force."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import (
    BandTooWide,
    Shape,
    ZeroVariance,
    aggregate,
    automatic_band,
    automatic_cell_size,
    confidence_bins,
    convex_hull,
    gi_star,
    hot_spots,
    inside_convex_polygon,
    local_moran,
    permutation_p,
    significant,
    two_sided_p,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import (
    LatticeNeighbours,
    candidate_pairs,
    distance_band,
    kth_nearest_distance,
    nearest_distance,
    pairs_within,
)

# Four cells in a row, 1 apart, band 1: each sees its left and right neighbour.
LINE_X = np.array([0.0, 1.0, 2.0, 3.0])
LINE_Y = np.zeros(4)
LINE_VALUES = np.array([4.0, 0.0, 0.0, 0.0])


def test_gi_star_by_hand():
    # n = 4, mean 1, population variance 4 − 1 = 3. Cell 0 with itself and cell 1: W = 2,
    # sum 4, z = (4 − 2·1) / (√3 · √(2·2/3)) = 1; cell 1: W = 3, sum 4, z = 1 / (√3 · 1);
    # cell 2: W = 3, sum 0, z = −3/√3; cell 3: W = 2, sum 0, z = −2/2.
    z = gi_star(LINE_VALUES, distance_band(LINE_X, LINE_Y, 1.0))
    np.testing.assert_allclose(z, [1.0, 1 / math.sqrt(3), -math.sqrt(3), -1.0], atol=1e-12)


def test_local_moran_by_hand():
    # Deviations 3, −1, −1, −1; m2 = 12/4 = 3; row-standardised lags −1, 1, −1, −1;
    # Anselin's I = z·lag/m2 = −1, −1/3, 1/3, 1/3, and esda's is (n − 1)/n of it.
    moran = local_moran(LINE_VALUES, distance_band(LINE_X, LINE_Y, 1.0))
    np.testing.assert_allclose(moran.i, [-0.75, -0.25, 0.25, 0.25], atol=1e-12)
    assert moran.quadrant.tolist() == [4, 2, 3, 3]  # HL, LH, LL, LL


def test_local_moran_moments_equal_exact_total_randomisation():
    # Every arrangement of six values on a line of six cells: the analytic mean and
    # variance of I_i must be the exact ones of the permutation distribution.
    values = np.array([5.0, 1.0, 0.0, 2.0, 2.0, 9.0])
    x = np.arange(6.0)
    neighbours = distance_band(x, np.zeros(6), 1.0)
    statistics = np.array([local_moran(values[list(order)], neighbours).i
                           for order in itertools.permutations(range(6))])
    moran = local_moran(values, neighbours)
    exact_z = (moran.i - statistics.mean(axis=0)) / statistics.std(axis=0)
    np.testing.assert_allclose(moran.z, exact_z, atol=1e-9)


def test_two_sided_p():
    np.testing.assert_allclose(two_sided_p(np.array([0.0, 1.959963985, -2.575829304])),
                               [1.0, 0.05, 0.01], atol=1e-9)


def test_benjamini_hochberg_by_hand():
    # α k/n = 0.0125, 0.025, 0.0375, 0.05: only the smallest p passes the step-up rule.
    p = np.array([0.04, 0.001, 0.5, 0.03])
    assert significant(p, 0.05, fdr=True).tolist() == [False, True, False, False]
    assert significant(p, 0.05, fdr=False).tolist() == [True, True, False, True]
    # The largest passing rank takes all smaller p-values with it (0.04 ≤ 4/5 · 0.05).
    p = np.array([0.01, 0.02, 0.03, 0.04, 0.2])
    assert significant(p, 0.05).tolist() == [True, True, True, True, False]


def test_confidence_bins():
    z = np.array([3.0, -3.0, 2.0, -1.7, 0.5])
    assert confidence_bins(z, two_sided_p(z), fdr=False).tolist() == [3, -3, 2, -1, 0]


def test_square_aggregation_by_hand():
    x = np.array([0.0, 1.0, 10.0, 25.0, 26.0])
    y = np.array([0.0, 1.0, 0.0, 25.0, 26.0])
    cells = aggregate(x, y, Shape.SQUARE, 10.0, weights=np.array([1, 2, 3, 4, np.nan]),
                      within_hull=False)
    assert len(cells.count) == 16  # rows 0…3 × columns 0…3, empty cells included
    counts = dict(zip(zip(cells.row.tolist(), cells.col.tolist()), cells.count.tolist()))
    assert counts[(0, 0)] == 2 and counts[(0, 1)] == 1 and counts[(3, 3)] == 2
    assert cells.count.sum() == 5
    assert cells.value[(cells.row == 3) & (cells.col == 3)].tolist() == [4.0]  # NaN counts 0
    at = (cells.row == 3) & (cells.col == 3)
    assert (cells.x[at][0], cells.y[at][0]) == (30.0, 30.0)


def test_study_area_is_the_convex_hull():
    # A triangle of points: the empty cells of the bounding square's upper-left half lie
    # outside the hull and are dropped; the hull's corners and its diagonal stay.
    x = np.array([0.0, 40.0, 40.0, 20.0])
    y = np.array([0.0, 0.0, 40.0, 5.0])
    hull = convex_hull(x, y)
    assert sorted(map(tuple, hull.tolist())) == [(0.0, 0.0), (40.0, 0.0), (40.0, 40.0)]
    cells = aggregate(x, y, Shape.SQUARE, 10.0)
    kept = set(zip(cells.row.tolist(), cells.col.tolist()))
    assert kept == {(row, col) for row in range(5) for col in range(5) if col >= row}
    assert cells.count.sum() == 4
    assert inside_convex_polygon(hull, np.array([30.0, 10.0]), np.array([10.0, 30.0])
                                 ).tolist() == [True, False]


def test_hexagon_holds_the_points_nearest_its_centre():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 500, 2000), rng.uniform(0, 500, 2000)
    cells = aggregate(x, y, Shape.HEXAGON, 40.0, within_hull=False)
    row, col = cells.grid.cell_of(x, y)
    cx, cy = cells.grid.centre(row, col)
    nearest = np.min((x[:, None] - cells.x[None, :]) ** 2 + (y[:, None] - cells.y[None, :]) ** 2,
                     axis=1)
    np.testing.assert_allclose((x - cx) ** 2 + (y - cy) ** 2, nearest, atol=1e-9)
    assert cells.count.sum() == 2000
    # Neighbouring hexagons are one cell size apart, six around each inner cell.
    inner = distance_band(cells.x, cells.y, 40.0).cardinality
    assert inner.max() == 6
    corners = cells.grid.vertices(cells.x[:1], cells.y[:1])[0]
    np.testing.assert_allclose(np.hypot(*(corners - [cells.x[0], cells.y[0]]).T),
                               40.0 / math.sqrt(3))


def test_distance_band_equals_brute_force():
    rng = np.random.default_rng(5)
    x = np.round(rng.uniform(0, 100, 400))
    y = np.round(rng.uniform(0, 100, 400))  # rounding makes duplicates and exact distances
    neighbours = distance_band(x, y, 7.0)
    distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    expected = (distance <= 7.0) & ~np.eye(len(x), dtype=bool)
    for i in range(len(x)):
        assert sorted(neighbours.indices[neighbours.indptr[i]:neighbours.indptr[i + 1]]) == \
            np.flatnonzero(expected[i]).tolist()
        np.testing.assert_allclose(
            neighbours.distances[neighbours.indptr[i]:neighbours.indptr[i + 1]],
            distance[i, neighbours.indices[neighbours.indptr[i]:neighbours.indptr[i + 1]]])
    narrower = neighbours.within(3.0)
    assert narrower.cardinality.tolist() == (((distance <= 3.0).sum(axis=1)) - 1).tolist()


def test_nearest_and_kth_nearest_distance():
    x = np.array([0.0, 3.0, 3.0, 100.0])
    y = np.array([0.0, 4.0, 4.0, 0.0])
    # Duplicates are one location: the nearest *other* location of the pair is 5 away.
    np.testing.assert_allclose(nearest_distance(x, y), [5.0, 5.0, 5.0, np.hypot(97, 4)])
    np.testing.assert_allclose(kth_nearest_distance(x, y, 2, 10.0)[:3], [5.0, 5.0, 5.0])
    assert np.isnan(kth_nearest_distance(x, y, 2, 10.0)[3])


def test_permutation_p_equals_exact_conditional_randomisation():
    # Seven cells on a line: every cell's exact p enumerates all subsets of the other six.
    values = np.array([9.0, 7.0, 1.0, 0.0, 2.0, 3.0, 0.5])
    x = np.arange(7.0)
    neighbours = distance_band(x, np.zeros(7), 1.0)
    simulated = permutation_p(values, neighbours, 20_000, seed=42)
    observed = neighbours.lag(values)
    for i in range(7):
        k = int(neighbours.cardinality[i])
        others = np.delete(values, i)
        sums = np.array([others[list(c)].sum() for c in itertools.combinations(range(6), k)])
        exact = min(1.0, 2 * min((sums >= observed[i]).mean(), (sums <= observed[i]).mean()))
        assert simulated[i] == pytest.approx(exact, abs=0.02)


def test_permutations_are_seeded():
    rng = np.random.default_rng(1)
    values = rng.poisson(2.0, 300).astype(float)
    x, y = np.meshgrid(np.arange(20.0), np.arange(15.0))
    neighbours = distance_band(x.ravel(), y.ravel(), 1.5)
    first = permutation_p(values, neighbours, 99, seed=7)
    assert np.array_equal(first, permutation_p(values, neighbours, 99, seed=7))
    assert not np.array_equal(first, permutation_p(values, neighbours, 99, seed=8))


def test_hot_spots_finds_a_planted_cluster_and_refuses_constant_values():
    x, y = (a.ravel() for a in np.meshgrid(np.arange(30.0), np.arange(30.0)))
    values = np.random.default_rng(2).poisson(1.0, 900).astype(float)
    values[(np.abs(x - 10) <= 2) & (np.abs(y - 10) <= 2)] += 8
    # 199 permutations cannot go below p = 0.01, which FDR over 900 cells never accepts:
    # the permutation run is judged per cell.
    for permutations, fdr in ((0, True), (199, False)):
        result = hot_spots(x, y, values, 1.5, permutations=permutations, seed=3, fdr=fdr)
        assert result.gi_bin[(x == 10) & (y == 10)][0] == 3
        assert (result.gi_bin > 0).sum() < 60
        assert result.lisa_cluster[(x == 10) & (y == 10)][0] == 1  # HH
    with pytest.raises(ZeroVariance):
        hot_spots(x, y, np.ones(900), 1.5)


def test_automatic_scale():
    rng = np.random.default_rng(4)
    # Uniform points: mean nearest-neighbour distance ≈ 0.5/√density, so the cell is ≈ 1/√density.
    x, y = rng.uniform(0, 1000, 10_000), rng.uniform(0, 1000, 10_000)
    assert automatic_cell_size(x, y) == pytest.approx(10.0, rel=0.1)
    # Clusters about 6 cells wide on a lattice: the first peak is a band of a few cells.
    gx, gy = (a.ravel() for a in np.meshgrid(np.arange(60.0), np.arange(60.0)))
    values = np.sin(gx / 6.0) + np.cos(gy / 6.0) + rng.normal(0, 0.3, len(gx))
    choice = automatic_band(gx, gy, values)
    assert choice.method in ("peak", "maximum")
    assert 1.0 <= choice.band <= 10.0
    assert len(choice.tried) == 10
    # No autocorrelation at all: the K-nearest-neighbour fallback (K = 5 % of 3600 → 30).
    noise = rng.normal(0, 1, len(gx))
    fallback = automatic_band(gx, gy, noise)
    if fallback.method == "neighbours":
        assert fallback.band == pytest.approx(math.sqrt(30 / math.pi), rel=0.2)


def test_a_far_away_outlier_does_not_set_the_first_band():
    rng = np.random.default_rng(8)
    gx, gy = (a.ravel() for a in np.meshgrid(np.arange(60.0), np.arange(60.0)))
    values = np.sin(gx / 6.0) + np.cos(gy / 6.0) + rng.normal(0, 0.3, len(gx))
    # One cell 50 km away: its nearest neighbour is 50,000 cells off, the others' is 1.
    x, y = np.append(gx, 50_000.0), np.append(gy, 0.0)
    choice = automatic_band(x, y, np.append(values, 0.0))
    assert choice.tried[0][0] == pytest.approx(1.0)
    assert 1.0 <= choice.band <= 10.0


def test_a_first_band_with_too_many_pairs_is_refused(monkeypatch):
    from heilbronn_digital.heilbronn_digital_plugin.analysis import hotspots

    # Sparse cells 100 apart plus one dense 10 x 10 patch of 2,000: the first band (the
    # sparse spacing) would make every patch cell a neighbour of every other, 4 million
    # pairs, more than the (lowered) limit.
    monkeypatch.setattr(hotspots, "_MAX_CANDIDATE_PAIRS", 1_000_000)
    rng = np.random.default_rng(9)
    gx, gy = (a.ravel() * 100.0 for a in np.meshgrid(np.arange(40.0), np.arange(40.0)))
    x = np.append(gx, rng.uniform(2000, 2010, 2000))
    y = np.append(gy, rng.uniform(2000, 2010, 2000))
    with pytest.raises(BandTooWide):
        automatic_band(x, y, rng.normal(0, 1, len(x)))


def test_candidate_pairs_bound_the_neighbour_pairs():
    rng = np.random.default_rng(10)
    x, y = rng.uniform(0, 100, 2000), rng.uniform(0, 100, 2000)
    for radius in (1.0, 5.0, 20.0):
        within = sum(len(i) for i, _, _ in pairs_within(x, y, x, y, radius))
        assert within <= candidate_pairs(x, y, radius) <= 4 * within


@pytest.mark.parametrize("shape", list(Shape))
def test_results_do_not_depend_on_a_translation(shape):
    # The same incidents in EPSG:25832 (x ≈ 500,000 m) and shifted by 10,000 km or by
    # EPSG:4647's 32,000,000 m: the same cells, the same scale and the same z-scores. The
    # coordinates are multiples of 1/8 m, so the shifted ones are exact, as a false easting is.
    rng = np.random.default_rng(23)
    x = np.concatenate([rng.normal(514_800, 400, 1500), rng.uniform(510_000, 520_000, 500)])
    y = np.concatenate([rng.normal(5_443_300, 400, 1500), rng.uniform(5_438_000, 5_448_000, 500)])
    x, y = np.round(x * 8) / 8, np.round(y * 8) / 8
    runs = []
    for shift in (0.0, 1e7, 32e6):
        size = automatic_cell_size(x + shift, y)
        cells = aggregate(x + shift, y, shape, size)
        band = automatic_band(cells.local_x, cells.local_y, cells.value)
        result = hot_spots(cells.local_x, cells.local_y, cells.value, band.band)
        runs.append((size, cells, band, result))
    (size, cells, band, result), *shifted = runs
    for (other_size, other_cells, other_band, other_result), shift in zip(shifted, (1e7, 32e6)):
        assert other_size == size
        assert np.array_equal(other_cells.row, cells.row)
        assert np.array_equal(other_cells.col, cells.col)
        assert np.array_equal(other_cells.value, cells.value)
        np.testing.assert_allclose(other_cells.x - shift, cells.x, rtol=0, atol=1e-6)
        assert other_band == band
        assert np.array_equal(other_result.gi_z, result.gi_z)
        assert np.array_equal(other_result.gi_bin, result.gi_bin)
        assert np.array_equal(other_result.lisa_cluster, result.lisa_cluster)


def test_a_hull_far_from_the_origin_keeps_its_tolerance_small():
    # A square of side 1,000 m at x = 32,000,000 m: a centre 1 m outside is outside.
    corners = np.array([[0.0, 0.0], [1000.0, 0.0], [1000.0, 1000.0], [0.0, 1000.0]])
    for shift in (0.0, 32e6):
        inside = inside_convex_polygon(corners + [shift, 0.0], np.array([500.0, 1001.0]) + shift,
                                       np.array([1000.0, 500.0]))
        assert inside.tolist() == [True, False]


@pytest.mark.parametrize("shape", list(Shape))
def test_lattice_neighbours_equal_the_distance_band(shape):
    # Neighbours from places in the lattice and from distances between centres: the same
    # cells, the same sums, for bands exactly at lattice distances (1, √3, 2 cells) too.
    rng = np.random.default_rng(12)
    x = np.concatenate([rng.normal(0, 300, 2000), rng.uniform(-1000, 1000, 500)])
    y = np.concatenate([rng.normal(0, 300, 2000), rng.uniform(-1000, 1000, 500)])
    cells = aggregate(x, y, shape, 47.3)
    weights = rng.uniform(0, 5, len(cells.count))
    for band in (20.0, 47.3, 47.3 * math.sqrt(3), 94.6, 150.0, 400.0, 1e6):
        pairs = distance_band(cells.local_x, cells.local_y, band)
        lattice = cells.neighbours(band)
        assert np.array_equal(lattice.cardinality, pairs.cardinality), band
        assert np.array_equal(lattice.lag(cells.count), pairs.lag(cells.count)), band
        np.testing.assert_allclose(lattice.lag(weights), pairs.lag(weights), rtol=1e-9)
        assert np.array_equal(lattice.within(band / 2).cardinality,
                              pairs.within(band / 2).cardinality)
    assert isinstance(cells.neighbours(100.0), LatticeNeighbours)


def test_distance_band_keeps_pairs_exactly_at_the_band_on_bucket_edges():
    # Hexagon centres exactly one band apart, at positions that fall on bucket edges: a pair
    # at the band (within the tolerance) must not be lost to rounding in the bucket index.
    rng = np.random.default_rng(1)
    for size in rng.uniform(20, 120, 40):
        cells = aggregate(rng.normal(0, 300, 600), rng.normal(0, 300, 600), Shape.HEXAGON,
                          size, within_hull=False)
        x, y = cells.local_x, cells.local_y
        distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
        expected = ((distance <= size * (1 + 1e-9)).sum(axis=1)) - 1
        assert distance_band(x, y, size).cardinality.tolist() == expected.tolist()


def test_nearest_distance_of_clusters_and_outliers_equals_brute_force():
    rng = np.random.default_rng(13)
    x = np.concatenate([rng.normal(0, 1, 3000), rng.normal(500, 50, 300), [1e5, -3e4]])
    y = np.concatenate([rng.normal(0, 1, 3000), rng.normal(0, 50, 300), [0.0, 7.0]])
    x[:10], y[:10] = x[10:20], y[10:20]  # duplicates: their own location does not count
    distance = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    distance[distance == 0] = np.inf
    np.testing.assert_allclose(nearest_distance(x, y), distance.min(axis=1), rtol=1e-12)


def test_convex_hull_of_many_points():
    rng = np.random.default_rng(14)
    angle = rng.uniform(0, 2 * np.pi, 5000)
    circle = np.stack([np.cos(angle), np.sin(angle)], 1) * 100.0
    inner = rng.uniform(-50, 50, (20000, 2))
    points = np.concatenate([circle, inner])
    hull = convex_hull(points[:, 0], points[:, 1])
    assert len(hull) == len(np.unique(circle, axis=0))  # every point on the circle, in order
    assert inside_convex_polygon(hull, points[:, 0], points[:, 1]).all()
    edge, following = np.roll(hull, -1, 0) - hull, np.roll(hull, -2, 0) - np.roll(hull, -1, 0)
    turn = edge[:, 0] * following[:, 1] - edge[:, 1] * following[:, 0]  # z of the 2-D cross
    assert (turn > 0).all()  # counter-clockwise, no collinear corners
    line = convex_hull(np.arange(5.0), np.arange(5.0) * 2)
    assert line.tolist() == [[0.0, 0.0], [4.0, 8.0]]
