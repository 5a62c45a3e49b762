"""The parking-search simulation without QGIS: drivers placed by hand on a street small enough
to follow every one of them."""

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search import (
    SearchParameters,
    search_order,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_demand import Window
from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search_sim import (
    BIN_S,
    Drivers,
    build_orders,
    build_supply,
    draw_drivers,
    simulate_batch,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.street_graph import StreetGraph

PARAMETERS = SearchParameters(cruising_speed_kmh=15.0, give_up_m=1e9, walking_m=1e9)
WINDOW = Window(0.0, 3600.0)
BINS = 400
A, B = 0, 1  # site A on the first segment, B on the last


def _street():
    """Three 100 m segments in a row; A 50 m into the first, B 50 m into the third; one
    destination at the start of the first."""
    graph = StreetGraph.from_polylines(
        [np.array([[i * 100.0, 0.0], [(i + 1) * 100.0, 0.0]]) for i in range(3)])
    site_edge, site_along = np.array([0, 2]), np.array([50.0, 50.0])
    places = [(0, 0.0)] + list(zip(site_edge, site_along))
    raw = [search_order(graph, e, a, PARAMETERS) for e, a in places]
    orders = build_orders([(o.edges, o.distances, o.lengths) for o in raw], site_edge, 2,
                          graph.edge_count, 15.0 / 3.6, destination_places=1)
    return orders


def _supply(free_a, free_b, occupied=(9, 5), turnover=(0.0, 0.0)):
    """Readings at 0 and 15 min: A and B with these free and occupied spaces."""
    site = np.array([A, A, B, B])
    seconds = np.array([0.0, 900.0, 0.0, 900.0])
    free = np.array([free_a, free_a, free_b, free_b], dtype=float)
    occ = np.array([occupied[0], occupied[0], occupied[1], occupied[1]], dtype=float)
    rate = np.array([turnover[0], turnover[0], turnover[1], turnover[1]])
    return build_supply(WINDOW, BINS, 2, site, seconds, free, occ, rate, np.full(2, np.nan))


def _drivers(bins, guided=None, place=0):
    n = len(bins)
    uniform = np.ones(n) if guided is None else np.where(guided, 0.0, 1.0)
    return Drivers(np.full((1, n), place), np.array([bins]), np.zeros((1, n), dtype=np.int64),
                   uniform[None], np.ones((1, n)), np.ones((1, n), dtype=bool))


def _run(orders, supply, drivers, guidance=0.0, worlds=None, dwell_bins=(1000, 1000)):
    frees = worlds if worlds is not None else [supply.free]
    return simulate_batch(orders, frees, [guidance] * len(frees), supply.next_reading,
                          np.array([*dwell_bins, 1000]), drivers)


def test_orders_list_sites_in_search_order_with_their_distances():
    orders = _street()
    assert orders.sites[0].tolist() == [A, B]
    assert orders.distance_m[0].tolist() == [100.0, 300.0]  # whole segments
    # 200 m at 15 km/h is 48 s: the third segment is reached in the fourth bin.
    assert orders.reach_bins[0].tolist() == [0, int(200 / (15 / 3.6) // BIN_S)]
    assert orders.giveup_m[0] == 300.0
    # B's own place searches B's segment first, then back towards A.
    assert orders.sites[orders.site_place[B]].tolist() == [B, A]


def test_two_drivers_compete_for_one_space():
    """A has one free space: the first driver takes it, the second searches on to B."""
    orders = _street()
    out = _run(orders, _supply(1, 5), _drivers([0, 4]))
    assert out.slot[0].tolist() == [0, 1]
    assert out.site[0].tolist() == [A, B]
    distance = orders.slot_distance()[out.order_place[0], out.slot[0]]
    assert distance.tolist() == [100.0, 300.0]


def test_the_next_reading_counts_the_simulated_driver_itself():
    """At 15 min A's sensor again reports one free space (the first driver is among the
    occupied now): a driver after that reading finds it."""
    orders = _street()
    out = _run(orders, _supply(1, 5), _drivers([0, 4, 62]))
    assert out.site[0].tolist() == [A, B, A]


def test_departures_free_spaces_between_readings():
    """A is full with 10 cars leaving at 0.6 per car and hour: the first departure is expected
    after -ln(0.9)/0.6 h = 632 s, so a driver at 600 s searches on and one at 645 s parks."""
    orders = _street()
    out = _run(orders, _supply(0, 5, occupied=(10, 5), turnover=(0.6, 0.0)),
               _drivers([40, 43]))
    assert out.site[0].tolist() == [B, A]


def test_nobody_free_means_giving_up_after_everything_searched():
    orders = _street()
    out = _run(orders, _supply(0, 0), _drivers([0]))
    assert out.slot[0, 0] == orders.gave_up_slot
    assert out.site[0, 0] == 2  # none
    assert orders.slot_distance()[0, orders.gave_up_slot] == 300.0


def test_guided_driver_goes_straight_to_a_free_site():
    """A is full, B has a space: the guided driver drives straight to B and does not search;
    a second guided driver is sent to B too, finds it taken on arrival and searches on from
    B (B's segment, then back past A): he gives up after 300 m."""
    orders = _street()
    out = _run(orders, _supply(0, 1), _drivers([0, 1], guided=[True, True]), guidance=1.0)
    assert out.slot[0, 0] == orders.direct_slot
    assert out.site[0, 0] == B
    assert orders.slot_distance()[out.order_place[0, 0], out.slot[0, 0]] == 0.0
    assert out.order_place[0, 1] == orders.site_place[B]
    assert out.slot[0, 1] == orders.gave_up_slot
    assert orders.slot_distance()[out.order_place[0, 1], out.slot[0, 1]] == 300.0


def test_without_guidance_share_nobody_is_guided():
    orders = _street()
    unguided = _run(orders, _supply(0, 1), _drivers([0, 1]))
    zero = _run(orders, _supply(0, 1), _drivers([0, 1], guided=[True, True]), guidance=0.0)
    assert (unguided.slot == zero.slot).all() and (unguided.site == zero.site).all()


def test_a_driver_moved_by_the_scenario_keeps_his_new_space_beyond_the_reading():
    """Baseline: A and B have one space each at every reading. Scenario: A closed. The first
    driver parks at A in the baseline, at B in the scenario, and stays: after the next
    reading B is still taken in the scenario (the sensors only know the baseline), so the
    second driver gives up there, while in the baseline he parks at A."""
    orders = _street()
    supply = _supply(1, 1)
    closed = supply.changed(np.array([-10.0, 0.0]))
    out = _run(orders, supply, _drivers([0, 70]), worlds=[supply.free, closed])
    assert out.site[0].tolist() == [A, A]  # baseline lane
    assert out.site[1].tolist() == [B, 2]  # scenario lane: second driver found nothing
    assert out.slot[1, 1] == orders.gave_up_slot


def test_drawn_drivers_match_the_expected_arrivals():
    """10 per hour in each quarter hour: 2.5 per quarter, rounded up or down at random."""
    rng = np.random.default_rng(7)
    drivers = draw_drivers(np.full((1, 4), 10.0), WINDOW, 400, rng, dummy_place=5)
    per_run = drivers.valid.sum(axis=1)
    assert set(per_run.tolist()) <= set(range(8, 13))
    assert per_run.mean() == pytest.approx(10.0, abs=0.15)
    # In time order, each in its quarter hour; padding points at the dummy place.
    for run in range(400):
        arrival = drivers.arrival[run, drivers.valid[run]]
        assert (np.diff(arrival) >= 0).all()
    assert (drivers.arrival[drivers.valid] // int(900 / BIN_S)
            == drivers.period[drivers.valid]).all()
    assert (drivers.place[~drivers.valid] == 5).all()
