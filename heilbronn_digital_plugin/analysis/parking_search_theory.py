"""The simulation against the analytical estimate over occupancy, on a real network: the
check that both agree where drivers hardly compete, and that near full occupancy the
analytical estimate underestimates search (Levy, Martens & Benenson 2013).

Pure numpy: no Qt, no QGIS. The sensors are replaced by synthetic readings in which every
space of every site is occupied with the same probability (the occupancy rate on the x axis),
drawn anew every quarter hour; the demand stays as given. The analytical estimate then sees a
chance of 1 − o^c of a free space at a site of c spaces, and the simulation sees the same
readings but lets the drivers of each quarter hour compete for the spaces they report.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .parking_search_demand import Window
from .parking_search_model import Demand, ParkingModel, Readings, SearchNetwork, Settings, Sites

# Readings this long before the window give the state at its start (as the algorithm reads).
_LOOK_BACK_S = 3 * 3600.0


@dataclass
class OccupancyCurve:
    """Per occupancy rate (0–1): the mean search time per arrival (min) in the simulation and
    in the analytical estimate, and the simulation's runs."""

    occupancy: np.ndarray
    simulated_min: np.ndarray
    analytical_min: np.ndarray
    runs: np.ndarray


def synthetic_readings(sites: Sites, window: Window, occupancy: float,
                       rng: np.random.Generator) -> Readings:
    """Every quarter hour from three hours before the window to its end, every site with a
    capacity: each space occupied with probability ``occupancy``."""
    usable = np.flatnonzero((sites.edge >= 0) & np.isfinite(sites.capacity)
                            & (sites.capacity > 0))
    times = np.arange(window.start_s - _LOOK_BACK_S, window.end_s, window.period_s)
    site = np.repeat(usable, len(times))
    seconds = np.tile(times, len(usable))
    capacity = np.repeat(sites.capacity[usable], len(times)).astype(np.int64)
    occupied = rng.binomial(capacity, occupancy).astype(float)
    return Readings(site, seconds, capacity - occupied, occupied)


def occupancy_curve(network: SearchNetwork, sites: Sites, demand: Demand, window: Window,
                    occupancies: np.ndarray, seed: int = 2013,
                    settings: Settings | None = None) -> OccupancyCurve:
    """Mean search time per arrival over ``occupancies``, simulated and analytical, for
    ``demand`` (rates for the periods of ``window``) on ``network``."""
    settings = settings or Settings()
    simulated, analytical, runs = [], [], []
    for index, occupancy in enumerate(occupancies):
        rng = np.random.default_rng([seed, index])
        readings = synthetic_readings(sites, window, float(occupancy), rng)
        model = ParkingModel(network, sites, readings, window)
        simulation = model.evaluate(demand, settings=settings)
        estimate = model.evaluate(demand, settings=Settings(simulate=False))
        simulated.append(simulation.baseline.summary.mean_search_min)
        analytical.append(estimate.baseline.summary.mean_search_min)
        runs.append(simulation.runs)
    return OccupancyCurve(np.asarray(occupancies, dtype=float), np.array(simulated),
                          np.array(analytical), np.array(runs))
