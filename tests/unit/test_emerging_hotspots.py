"""The emerging hot spot engine on series short enough to check by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.emerging_hotspots import (
    CATEGORIES,
    TimeStep,
    TooFewTimeSteps,
    categorise,
    emerging_hot_spots,
    mann_kendall,
    space_time_cube,
    space_time_neighbours,
    time_step_index,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.hotspots import gi_star
from heilbronn_digital.heilbronn_digital_plugin.analysis.spatial_weights import distance_band

H, C, _ = 1, -1, 0  # a significant hot bin, a cold one, neither
UP, DOWN, FLAT = (3.0, 0.001), (-3.0, 0.001), (0.5, 0.6)  # Mann–Kendall z and p


def category(series: list[int], trend: tuple[float, float] = FLAT) -> str:
    number = categorise(np.array([series]), np.array([trend[0]]), np.array([trend[1]]))
    return CATEGORIES[int(number[0])]


@pytest.mark.parametrize(("series", "trend", "expected"), [
    ([_, _, _, _, _, _, _, _, _, H], FLAT, "new_hot"),
    ([C, _, _, _, _, _, _, _, _, H], FLAT, "new_hot"),  # the first rule that fits wins
    ([_, _, _, _, _, _, _, H, H, H], FLAT, "consecutive_hot"),
    ([_, H, H, H, H, H, H, H, H, H], UP, "intensifying_hot"),      # 9 of 10 = 90 %
    ([_, H, H, H, H, H, H, H, H, H], FLAT, "persistent_hot"),
    ([H, H, H, H, H, H, H, H, H, H], DOWN, "diminishing_hot"),
    ([_, H, _, _, H, H, _, _, H, H], FLAT, "sporadic_hot"),  # hot before the final run
    ([_, H, _, _, C, _, _, _, _, H], FLAT, "oscillating_hot"),
    ([H, H, H, H, H, H, H, H, H, _], FLAT, "historical_hot"),
    ([_, _, _, _, _, _, _, _, _, C], FLAT, "new_cold"),
    ([_, _, _, _, _, _, _, _, C, C], FLAT, "consecutive_cold"),
    ([C, C, C, C, C, C, C, C, C, C], DOWN, "intensifying_cold"),  # z falls: colder
    ([C, C, C, C, C, _, C, C, C, C], FLAT, "persistent_cold"),
    ([C, C, C, C, C, C, C, C, C, C], UP, "diminishing_cold"),
    ([C, _, C, _, _, _, _, _, _, C], FLAT, "sporadic_cold"),
    ([_, C, _, H, _, _, _, _, _, C], FLAT, "oscillating_cold"),
    ([_, _, H, H, _, _, _, _, C, C], FLAT, "consecutive_cold"),  # earlier hot allowed
    ([C, C, C, C, C, C, C, C, C, _], FLAT, "historical_cold"),
    ([_, _, _, _, _, _, _, _, _, _], FLAT, "no_pattern"),
    ([H, H, H, _, _, _, _, _, _, _], FLAT, "no_pattern"),  # hot once, less than 90 %
    ([_, H, H, H, H, H, H, H, H, _], FLAT, "no_pattern"),  # 80 % is not 90 %
])
def test_categories(series, trend, expected):
    assert category(series, trend) == expected


def test_consecutive_turns_persistent_at_ninety_percent():
    # Nine final hot steps of ten are 90 %: no longer "consecutive" but persistent.
    assert category([_] + [H] * 9) == "persistent_hot"
    assert category([_] * 2 + [H] * 8) == "consecutive_hot"


def test_mann_kendall_by_hand():
    # 1, 2, 3, 4, 5: all 10 pairs rise, S = 10, var = 5·4·15/18 = 50/3,
    # z = (10 − 1)/√(50/3) = 2.2045; p = erfc(z/√2).
    result = mann_kendall(np.array([[1.0, 2.0, 3.0, 4.0, 5.0]]))
    z = 9 / math.sqrt(50 / 3)
    assert result.s[0] == 10
    assert result.z[0] == pytest.approx(z)
    assert result.p[0] == pytest.approx(math.erfc(z / math.sqrt(2)))


def test_mann_kendall_ties_and_decrease():
    # 3, 1, 1, 0: pairs (3,1) −, (3,1) −, (3,0) −, (1,1) 0, (1,0) −, (1,0) −: S = −5.
    # One tie group of 2: var = (4·3·13 − 2·1·9)/18 = 138/18; z = (−5 + 1)/√var.
    result = mann_kendall(np.array([[3.0, 1.0, 1.0, 0.0]]))
    assert result.s[0] == -5
    assert result.z[0] == pytest.approx(-4 / math.sqrt(138 / 18))


def test_mann_kendall_constant_series_has_no_trend():
    result = mann_kendall(np.zeros((1, 12)))
    assert result.z[0] == 0 and result.p[0] == 1


def test_time_step_index():
    times = np.array(["2024-01-31T23:00", "2024-02-01", "2024-04-01", "2025-01-01"],
                     dtype="datetime64[s]")
    assert time_step_index(times, TimeStep.MONTH).tolist() == [0, 1, 3, 12]
    assert time_step_index(times, TimeStep.QUARTER).tolist() == [0, 0, 1, 4]
    assert time_step_index(times, TimeStep.YEAR).tolist() == [0, 0, 0, 1]
    # 2024-01-01 was a Monday: Sunday the 7th ends week 0, Monday the 8th starts week 1.
    week = np.array(["2024-01-01", "2024-01-07", "2024-01-08"], dtype="datetime64[D]")
    assert time_step_index(week, TimeStep.WEEK).tolist() == [0, 0, 1]


def test_space_time_cube_counts():
    cube = space_time_cube(np.array([0, 0, 1, 1]), np.array([0, 0, 2, 1]), 2, 3)
    assert cube.tolist() == [[2, 0, 0], [0, 1, 1]]


def test_space_time_neighbours_by_hand():
    # Two cells 1 apart, three steps, one previous step: bin t·2 + c.
    spatial = distance_band(np.array([0.0, 1.0]), np.zeros(2), 1.0)
    cube = space_time_neighbours(spatial, 3, 1)
    assert cube.as_dict() == {0: [1], 1: [0], 2: [0, 1, 3], 3: [0, 1, 2],
                              4: [2, 3, 5], 5: [2, 3, 4]}
    assert space_time_neighbours(spatial, 3, 0).as_dict() == {0: [1], 1: [0], 2: [3], 3: [2],
                                                               4: [5], 5: [4]}


def test_gi_star_of_the_cube_is_the_flat_gi_star_on_its_neighbours():
    # Brute force: the Gi* of one bin from its neighbourhood written out by hand.
    counts = np.array([[0.0, 1, 0, 2, 0, 0, 5, 1, 0, 3, 0, 4],
                       [2.0, 0, 1, 0, 0, 3, 0, 0, 2, 0, 1, 0],
                       [1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]])
    x = np.array([0.0, 1.0, 5.0])
    result = emerging_hot_spots(x, np.zeros(3), counts, 1.0, 1, fdr=False)
    flat = counts.ravel()  # any order: mean and deviation are global
    n, mean, deviation = flat.size, flat.mean(), flat.std()
    # Cell 0 at step 6: itself, cell 1 at step 6, cells 0 and 1 at step 5.
    local = counts[0, 6] + counts[1, 6] + counts[0, 5] + counts[1, 5]
    z = (local - 4 * mean) / (deviation * math.sqrt(4 * (n - 4) / (n - 1)))
    assert result.gi_z[0, 6] == pytest.approx(z)
    # And the engine's cube equals gi_star on the cube's neighbours.
    neighbours = space_time_neighbours(distance_band(x, np.zeros(3), 1.0), 12, 1)
    np.testing.assert_allclose(result.gi_z.T.ravel(), gi_star(counts.T.ravel(), neighbours))


def test_emerging_hot_spots_finds_a_new_hot_spot():
    # 40 quiet cells on a line; cell 20 and its neighbours burst in the final step only.
    rng = np.random.default_rng(3)
    counts = rng.poisson(1.0, (40, 12)).astype(float)
    counts[19:22, -1] = 30
    result = emerging_hot_spots(np.arange(40.0), np.zeros(40), counts, 1.0)
    assert CATEGORIES[result.category[20]] == "new_hot"
    assert result.hot_steps[20] == 1 and result.cold_steps[20] == 0


def test_too_few_time_steps():
    with pytest.raises(TooFewTimeSteps):
        emerging_hot_spots(np.arange(3.0), np.zeros(3), np.ones((3, 9)), 1.0)
