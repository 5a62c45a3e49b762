"""The what-if API of the parking-search engine without QGIS: a scenario in, a result out, on
a grid of streets with sensor sites; the analytical distribution of search times by hand."""

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search import (
    SearchParameters,
    analytic_search,
    search_order,
    search_time_stats,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_demand import Window
from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_model import (
    Demand,
    ParkingModel,
    Readings,
    Scenario,
    SearchNetwork,
    Settings,
    Sites,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.street_graph import StreetGraph

WINDOW = Window(0.0, 3600.0)


def test_analytical_distribution_of_search_times_by_hand():
    """Three 100 m segments with P = 1/2 each at 15 km/h (0.4 min per segment): a driver stops
    after 0.4 min with 1/2, 0.8 min with 1/4, 1.2 min with 1/8 and gives up after 1.2 min with
    1/8. Median 0.4 min, 90th percentile 1.2 min, 1/4 search longer than 1 minute."""
    graph = StreetGraph.from_polylines(
        [np.array([[i * 100.0, 0.0], [(i + 1) * 100.0, 0.0]]) for i in range(3)])
    parameters = SearchParameters(15.0, 1e9, 1e9)
    order = search_order(graph, 0, 0.0, parameters)
    result = analytic_search([order], np.full(3, 0.5), np.array([8.0]), 3)
    assert result.vehicles_h == pytest.approx([8.0, 4.0, 2.0])
    assert result.given_up_h == pytest.approx(1.0)
    stats = search_time_stats(result.distribution, 15.0, places=1)
    assert stats.arrivals_h == pytest.approx([8.0, 8.0])
    assert stats.mean_min[0] == pytest.approx(0.4 * 0.5 + 0.8 * 0.25 + 1.2 * 0.25)
    assert stats.median_min[0] == pytest.approx(0.4)
    assert stats.p90_min[0] == pytest.approx(1.2)
    assert stats.give_up_share[0] == pytest.approx(0.125)
    # With every driver guided: those who find a space anywhere (7/8) do not search at all.
    guided = analytic_search([order], np.full(3, 0.5), np.array([8.0]), 3, guidance_share=1.0)
    assert guided.vehicles_h == pytest.approx([1.0, 1.0, 1.0])
    assert search_time_stats(guided.distribution, 15.0).median_min[0] == 0.0


def _grid_city(occupancy: float, seed: int = 3):
    """A 7 × 7 grid of 100 m blocks; 24 street sites of 8 spaces on random segments, read
    every 15 minutes for four hours (three before the window) at ``occupancy``; 12
    destinations with 15 arrivals per hour each."""
    lines = []
    for i in range(8):
        for j in range(7):
            lines.append(np.array([[i * 100.0, j * 100.0], [i * 100.0, (j + 1) * 100.0]]))
            lines.append(np.array([[j * 100.0, i * 100.0], [(j + 1) * 100.0, i * 100.0]]))
    graph = StreetGraph.from_polylines(lines)
    rng = np.random.default_rng(seed)
    site_edge = rng.choice(graph.edge_count, size=24, replace=False)
    capacity = np.full(24, 8.0)
    sites = Sites([f"s{i}" for i in range(24)], site_edge, np.full(24, 50.0), capacity,
                  np.full(24, occupancy))
    times = np.arange(-3 * 3600.0, 3600.0, 900.0)
    site = np.repeat(np.arange(24), len(times))
    seconds = np.tile(times, 24)
    occupied = rng.binomial(8, occupancy, size=site.size).astype(float)
    readings = Readings(site, seconds, 8.0 - occupied, occupied)
    dest_edge = rng.choice(graph.edge_count, size=12, replace=False)
    demand = Demand(dest_edge, np.full(12, 30.0), np.full((12, 4), 15.0))
    network = SearchNetwork(graph, SearchParameters(walking_m=400.0, give_up_m=2000.0))
    return ParkingModel(network, sites, readings, WINDOW), demand


def test_without_crowding_the_simulation_agrees_with_the_analytical_estimate():
    """Half the spaces free and 3 arrivals per hour at each destination: drivers hardly meet,
    and the simulation's search traffic is within 5 % of the analytical estimate's. With 15
    per hour they compete, and the simulation finds more search than the estimate."""
    model, demand = _grid_city(0.5)
    few = Demand(demand.edge, demand.along, np.full_like(demand.rates, 3.0))
    simulated = model.evaluate(few, settings=Settings(tolerance=0.02))
    analytical = model.evaluate(few, settings=Settings(simulate=False))
    assert simulated.baseline.summary.total_vehicle_km_h == pytest.approx(
        analytical.baseline.summary.total_vehicle_km_h, rel=0.05)
    assert simulated.baseline.summary.arrivals_h == pytest.approx(36.0, rel=0.05)
    crowded = model.evaluate(demand).baseline.summary.total_vehicle_km_h
    estimate = model.evaluate(demand, settings=Settings(simulate=False)).baseline.summary
    assert crowded > 1.15 * estimate.total_vehicle_km_h


def test_a_what_if_in_and_a_result_out():
    model, demand = _grid_city(0.8)
    busiest = model.sites.ids[0]
    what_if = model.evaluate(demand, Scenario(),
                             Scenario(closed=frozenset({busiest}), guidance_share=0.0))
    base, closed = what_if.baseline, what_if.scenario
    assert what_if.runs >= Settings.min_runs
    assert max(what_if.precision) <= Settings.tolerance or what_if.runs >= Settings.max_runs
    assert closed.summary.total_vehicle_km_h >= base.summary.total_vehicle_km_h
    assert base.vehicle_km_h.sum() == pytest.approx(base.summary.total_vehicle_km_h)
    # Everybody arrives somewhere: parked or given up.
    parked = base.parked_h.sum() + base.summary.give_up_share * base.summary.arrivals_h
    assert parked == pytest.approx(base.summary.arrivals_h, rel=1e-9)
    assert closed.parked_h[model.sites.edge[0]] <= base.parked_h[model.sites.edge[0]]
    # Per destination place (row 0 is everybody).
    assert base.places.arrivals_h[1:].sum() == pytest.approx(base.summary.arrivals_h)
    assert len(what_if.destination_place) == 12


def test_seeded_and_reproducible_and_zero_guidance_is_the_baseline():
    model, demand = _grid_city(0.85)
    one = model.evaluate(demand, Scenario(), Scenario(guidance_share=0.0))
    two = model.evaluate(demand, Scenario(), Scenario(guidance_share=0.0))
    assert np.array_equal(one.baseline.vehicles_h, two.baseline.vehicles_h)
    assert np.array_equal(one.baseline.vehicles_h, one.scenario.vehicles_h)
    other = model.evaluate(demand, settings=Settings(seed=99))
    assert not np.array_equal(one.baseline.vehicles_h, other.baseline.vehicles_h)
    guided = model.evaluate(demand, Scenario(), Scenario(guidance_share=0.5))
    assert guided.scenario.summary.total_vehicle_km_h < \
        guided.baseline.summary.total_vehicle_km_h


def test_the_stated_precision_holds_between_seeds():
    """Totals of independent seeds scatter as the stated 95 % confidence interval says."""
    model, demand = _grid_city(0.9)
    totals, half_widths = [], []
    for seed in range(6):
        result = model.evaluate(demand, settings=Settings(seed=seed, tolerance=0.02))
        totals.append(result.baseline.summary.total_vehicle_km_h)
        half_widths.append(result.precision[0])
    spread = np.std(totals, ddof=1) / np.mean(totals)
    assert max(half_widths) <= 0.02
    assert spread <= 1.5 * np.mean(half_widths) / 1.96
    assert max(totals) / min(totals) - 1.0 < 0.04


def test_periods_add_up_to_the_window():
    model, demand = _grid_city(0.7)
    result = model.evaluate(demand, settings=Settings(per_period=True))
    base = result.baseline
    assert base.period_vehicles_h.shape == (4, model.network.graph.edge_count)
    assert base.period_vehicles_h.mean(axis=0) == pytest.approx(base.vehicles_h)
    assert base.periods.vehicle_km_h.mean() == pytest.approx(base.summary.total_vehicle_km_h)
    assert base.periods.arrivals_h.mean() == pytest.approx(base.summary.arrivals_h)
    analytical = model.evaluate(demand, settings=Settings(simulate=False, per_period=True))
    assert analytical.baseline.period_vehicles_h.shape == (4, model.network.graph.edge_count)
