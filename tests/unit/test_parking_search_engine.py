"""The parking-search engine without QGIS: street graphs and searches small enough to compute
by hand."""

import numpy as np
import pytest

from heilbronn_digital.heilbronn_digital_plugin.analysis.parking_search import (
    SearchParameters,
    SearchSummary,
    aggregate_probability,
    changed_free,
    changed_occupancy,
    either,
    search_traffic,
    step_share,
)
from heilbronn_digital.heilbronn_digital_plugin.analysis.progress import Canceled
from heilbronn_digital.heilbronn_digital_plugin.analysis.street_graph import StreetGraph

FAR = SearchParameters(cruising_speed_kmh=12.0, give_up_m=1e9, walking_m=1e9)


def _line(count: int, length: float = 100.0) -> StreetGraph:
    """``count`` segments in a row along the x axis, segment i from x = i·length."""
    return StreetGraph.from_polylines(
        [np.array([[i * length, 0.0], [(i + 1) * length, 0.0]]) for i in range(count)])


def _search(graph, p, edge, along, arrivals=1.0, parameters=FAR):
    return search_traffic(graph, np.asarray(p, float), np.array([edge]), np.array([along]),
                          np.array([arrivals]), parameters)


def _small_graph() -> StreetGraph:
    """A—B 100 m (edge 0), A—C 50 m (1), B—E 200 m (2), C—F 40 m (3)."""
    a, b, c, e, f = (0.0, 0.0), (100.0, 0.0), (0.0, 50.0), (300.0, 0.0), (0.0, 90.0)
    return StreetGraph.from_polylines([np.array(pair) for pair in
                                       ((a, b), (a, c), (b, e), (c, f))])


def test_line_with_equal_p_searches_one_over_p_segments():
    graph = _line(200)
    result = _search(graph, np.full(200, 0.25), 0, 0.0, arrivals=10.0)
    expected_segments = (1 - 0.75 ** 200) / 0.25  # = 1/P up to 1e-25
    assert result.vehicles_h.sum() / 10.0 == pytest.approx(expected_segments)
    assert result.vehicles_h.sum() / 10.0 == pytest.approx(4.0)
    # The first segment is searched by everyone, the k-th by those not served before it.
    assert result.vehicles_h[:3] == pytest.approx([10.0, 7.5, 5.625])
    assert result.vehicle_km_h.sum() == pytest.approx(10 * 4.0 * 0.1)
    summary = SearchSummary.of(result, FAR, co2_g_per_km=150.0)
    assert summary.mean_search_m == pytest.approx(400.0)
    assert summary.mean_search_min == pytest.approx(0.4 / 12.0 * 60.0)  # 2 minutes
    assert summary.co2_kg_h == pytest.approx(4.0 * 0.150)
    assert summary.give_up_share == pytest.approx(0.75 ** 200)


def test_destination_in_the_middle_searches_both_ways_by_distance():
    graph = _line(5)  # destination 30 m into segment 2: nodes at x=200 (30 m), x=300 (70 m)
    found, distances = graph.edges_by_distance(2, 30.0, 1e9, 1e9)
    assert found == [2, 1, 3, 0, 4]
    assert distances == pytest.approx([0.0, 30.0, 70.0, 130.0, 170.0])


def test_small_graph_known_order_and_flows():
    graph = _small_graph()
    found, distances = graph.edges_by_distance(0, 30.0, 1e9, 1e9)
    assert found == [0, 1, 2, 3]
    assert distances == pytest.approx([0.0, 30.0, 70.0, 80.0])
    result = _search(graph, [0.5, 0.0, 0.2, 1.0], 0, 30.0)
    assert result.vehicles_h == pytest.approx([1.0, 0.5, 0.5, 0.4])
    assert result.given_up_h == pytest.approx(0.0)
    lengths_km = np.array([0.1, 0.05, 0.2, 0.04])
    assert result.vehicle_km_h == pytest.approx([1.0, 0.5, 0.5, 0.4] * lengths_km)


def test_walking_tolerance_leaves_out_far_segments_and_drivers_give_up():
    graph = _small_graph()
    # C is 80 m away: the segment beyond it is too far to walk from.
    parameters = SearchParameters(walking_m=75.0, give_up_m=1e9)
    result = _search(graph, [0.5, 0.0, 0.2, 1.0], 0, 30.0, parameters=parameters)
    assert result.vehicles_h == pytest.approx([1.0, 0.5, 0.5, 0.0])
    assert result.given_up_h == pytest.approx(0.5 * 1.0 * 0.8)


def test_give_up_distance_ends_the_search():
    graph = _line(20)
    parameters = SearchParameters(give_up_m=450.0, walking_m=1e9)
    result = _search(graph, np.full(20, 0.1), 0, 0.0, arrivals=2.0, parameters=parameters)
    # The give-up distance is reached on the fifth segment: five segments are searched.
    assert np.count_nonzero(result.vehicles_h) == 5
    assert result.vehicles_h[:5] == pytest.approx(2.0 * 0.9 ** np.arange(5))
    assert result.given_up_h == pytest.approx(2.0 * 0.9 ** 5)
    summary = SearchSummary.of(result, parameters, 0.0)
    assert summary.give_up_share == pytest.approx(0.9 ** 5)


def test_no_supply_means_everyone_gives_up():
    graph = _line(3)
    result = _search(graph, np.zeros(3), 1, 50.0, arrivals=4.0)
    assert result.vehicles_h == pytest.approx([4.0, 4.0, 4.0])
    assert result.given_up_h == pytest.approx(4.0)


def test_destinations_at_one_place_are_merged_and_unsnapped_ones_skipped():
    graph = _small_graph()
    p = np.array([0.5, 0.0, 0.2, 1.0])
    one = _search(graph, p, 0, 30.0, arrivals=3.0)
    merged = search_traffic(graph, p, np.array([0, 0, -1]), np.array([30.0, 30.2, 0.0]),
                            np.array([1.0, 2.0, 100.0]), FAR)
    assert merged.vehicles_h == pytest.approx(one.vehicles_h)
    assert merged.arrivals_h == pytest.approx(3.0)


def test_step_share_counts_steps_with_a_free_space_over_all_sites_of_a_segment():
    # Segment 0: two sites; at step 1 only the second has a space, at step 2 neither.
    edge = np.array([0, 0, 0, 0, 0, 0, 2, 2])
    step_key = np.array([1, 1, 2, 2, 3, 3, 1, 2])
    free = np.array([0, 1, 0, 0, 2, 0, 0, 0])
    share, measured = step_share(edge, step_key, free, 3)
    assert share == pytest.approx([2 / 3, 0.0, 0.0])
    assert measured.tolist() == [True, False, True]


def test_aggregate_probability_is_one_minus_o_to_the_c():
    p = aggregate_probability(np.array([0, 1, 1, 2]), np.array([0.5, 0.5, 0.5, 0.99]),
                              np.array([2, 1, 1, 500]), 4)
    assert p == pytest.approx([0.75, 0.75, 1 - 0.99 ** 500, 0.0])
    assert aggregate_probability(np.array([0]), np.array([1.0]), np.array([600]), 1) == [0.0]
    assert either(np.array([0.5, 0.0]), np.array([0.5, 0.3])) == pytest.approx([0.75, 0.3])


def test_capacity_changes():
    assert changed_free(np.array([0, 3, 5]), np.array([2, -4, -1])).tolist() == [2, 0, 4]
    rate, capacity = changed_occupancy(np.array([0.5, 0.9, 0.5]), np.array([100, 10, 10]),
                                       np.array([100, -5, -10]))
    assert rate == pytest.approx([0.25, 1.0, 1.0])
    assert capacity.tolist() == [200, 5, 0]


def test_scenario_difference_against_baseline():
    """A full garage on the destination's segment gets 1 space: nobody searches beyond it."""
    graph = _line(4)
    site_edge = np.array([0, 0, 2, 2])
    steps = np.array([1, 2, 1, 2])
    free = np.array([0, 0, 1, 0])  # garage on segment 0 full, street on segment 2 half free
    base_p, _ = step_share(site_edge, steps, free, 4)
    more_p, _ = step_share(site_edge, steps, changed_free(free, np.array([1, 1, 0, 0])), 4)
    base = _search(graph, base_p, 0, 0.0)
    more = _search(graph, more_p, 0, 0.0)
    assert base.vehicles_h == pytest.approx([1.0, 1.0, 1.0, 0.5])
    assert more.vehicles_h == pytest.approx([1.0, 0.0, 0.0, 0.0])
    assert (more.vehicle_km_h - base.vehicle_km_h).sum() == pytest.approx(-0.25)
    assert base.given_up_h == pytest.approx(0.5)
    assert more.given_up_h == pytest.approx(0.0)


def test_graph_nodes_components_snap_and_samples():
    graph = StreetGraph.from_polylines([
        np.array([[0.0, 0.0], [100.0, 0.0]]),
        np.array([[100.004, 0.0], [100.0, 50.0], [200.0, 50.0]]),  # touches within 1 cm
        np.array([[500.0, 500.0], [510.0, 500.0]]),  # an island
        np.array([[600.0, 600.0], [600.0, 600.0]]),  # zero length: dropped
    ])
    assert (graph.node_count, graph.edge_count) == (5, 3)
    assert graph.components().tolist() == [0, 0, 1]
    edge, along, distance = graph.snap(np.array([50.0, 150.0, 900.0]),
                                       np.array([10.0, 45.0, 900.0]), tolerance=20.0)
    assert edge.tolist() == [0, 1, -1]
    assert along[:2] == pytest.approx([50.0, 50.0 + 50.0])
    assert distance[:2] == pytest.approx([10.0, 5.0])
    x, y, owner = graph.sample(25.0)
    assert np.bincount(owner).tolist() == [4, 6, 1]
    assert (x[0], y[0]) == pytest.approx((12.5, 0.0))


def test_loop_street_is_left_by_the_nearer_way_round():
    """A 400 m ring from node A back to A with a 50 m spur from A: a destination 100 m or
    300 m into the ring is 100 m from A (one way round), not 300 m (the other)."""
    ring = np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 100.0], [0.0, 100.0], [0.0, 0.0]])
    graph = StreetGraph.from_polylines([ring, np.array([[0.0, 0.0], [-50.0, 0.0]])])
    assert (graph.node_count, graph.edge_count) == (2, 2)
    for along in (100.0, 300.0):
        found, distances = graph.edges_by_distance(0, along, 1e9, 1e9)
        assert found == [0, 1]
        assert distances == pytest.approx([0.0, 100.0])


def test_cancel_stops_the_search():
    class Cancel:
        def setProgress(self, value):
            pass

        def isCanceled(self):
            return True

    with pytest.raises(Canceled):
        search_traffic(_line(2), np.zeros(2), np.array([0]), np.array([0.0]),
                       np.array([1.0]), FAR, Cancel())
