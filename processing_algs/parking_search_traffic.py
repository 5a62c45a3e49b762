"""``heilbronn:parkingsearchtraffic``: where drivers search for parking, per street segment,
from measured occupancy; with a what-if (capacity changes, closed sites, parking guidance)
against the baseline, for a time window or every quarter hour of a day.

Thin glue: read and node the streets, read sites, readings (with a look-back before the
window), destinations and the scenario, call the engine (``analysis/parking_search_model.py``
over ``street_graph.py``, ``parking_search.py``, ``parking_search_demand.py`` and
``parking_search_sim.py``), write the segments, the heatmap (through the fast kernel
density), the summary and, when asked for, the destinations and the quarter hours
(``parking_search_outputs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
from osgeo import ogr
from qgis.analysis import QgsGeometrySnapper, QgsInternalGeometrySnapper
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..heilbronn_digital_plugin.analysis.kernel_density import (
    Kernel,
    kernel_density,
)
from ..heilbronn_digital_plugin.analysis.parking_search import SearchParameters, SearchSummary
from ..heilbronn_digital_plugin.analysis.parking_search_demand import Window, local_day
from ..heilbronn_digital_plugin.analysis.parking_search_model import (
    Demand,
    Outcome,
    ParkingModel,
    Readings,
    SearchNetwork,
    Settings,
    Sites,
    WhatIf,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.analysis.street_graph import Pieces, StreetGraph
from ..heilbronn_digital_plugin.store.layers import layer_title
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.local_time import stored_instant
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .base import HeilbronnAlgorithm
from .common import (
    TIME_END,
    TIME_FIELD,
    TIME_START,
    add_advanced,
    add_filter_parameters,
    distance_parameter,
    filter_request,
    layer_label,
    metric_crs,
    time_window,
)
from .heatmap_output import heatmap_grid, write_heatmap
from .parking_search_inputs import (
    DestinationOptions,
    guidance_share,
    listed,
    number,
    read_destinations,
    read_scenario,
    scenario_of,
    text,
)
from .parking_search_outputs import (
    local_text,
    wanted,
    write_destinations,
    write_period_chart,
    write_period_table,
    write_periods,
)
from .project_defaults import offer_project_layer
from .styling import style_on_load

STYLE = style_path("parking_search_segments")
# Street vertices closer than this (metres) are one place: snapping closes the gaps that
# digitising and reprojection leave, without moving streets noticeably.
_SAME_PLACE_M = 0.1
# A segment whose middle lies this close to a street lies on it.
_ON_STREET_M = 0.5
# Readings this long before the window give the state at its start, the turnover and the
# demand of a site before it filled.
LOOK_BACK_S = 3 * 3600.0
# How precise the simulation's totals must be: the 95 % confidence interval within ±2 %.
TOLERANCE = 0.02


@dataclass
class Options:
    """The algorithm's parameters that steer the model, read once."""

    model: SearchParameters
    snap_tolerance: float
    co2_g_per_km: float
    simulate: bool
    seed: int
    whole_day: bool
    guidance: float
    scenario_guidance: float | None


@dataclass
class Prepared:
    """What the algorithm read, before any scenario: the options, the CRS and street graph
    (with its connected parts), the sites, the model of the time window, the demand, and
    where and what each destination is (x, y, name)."""

    options: Options
    crs: QgsCoordinateReferenceSystem
    graph: StreetGraph
    parts: np.ndarray
    sites: Sites
    model: ParkingModel
    demand: Demand
    destinations: tuple[np.ndarray, np.ndarray, list[str]]


def prepare_what_if(parameters: dict, context: QgsProcessingContext | None = None,
                    feedback: QgsProcessingFeedback | None = None) -> Prepared:
    """Read once what ``heilbronn:parkingsearchtraffic`` reads (the same ``parameters``),
    for callers who evaluate several what-ifs on it, such as a panel::

        prepared = prepare_what_if({"STREETS": streets, "SITES": sites,
                                    "OCCUPANCY": readings, "TIME_START": start,
                                    "TIME_END": end, "DESTINATIONS": destinations, ...})
        what_if = prepared.model.evaluate(prepared.demand, Scenario(),
                                          Scenario({"parkapi_v1:harmonie": 200}))

    Messages about the input go to ``feedback``."""
    algorithm = ParkingSearchTrafficAlgorithm()
    algorithm.initAlgorithm()
    return algorithm.prepare(parameters, context or QgsProcessingContext(),
                             feedback or QgsProcessingFeedback())


class ParkingSearchTrafficAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "parking"
    STREETS = "STREETS"
    SITES = "SITES"
    OCCUPANCY = "OCCUPANCY"
    WHOLE_DAY = "WHOLE_DAY"
    DESTINATIONS = "DESTINATIONS"
    ARRIVALS_FIELD = "ARRIVALS_FIELD"
    PROFILES = "PROFILES"
    PROFILE_FIELD = "PROFILE_FIELD"
    DAILY_ARRIVALS_FIELD = "DAILY_ARRIVALS_FIELD"
    MODE = "MODE"
    GUIDANCE_SHARE = "GUIDANCE_SHARE"
    SEARCH_STREETS = "SEARCH_STREETS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    CRUISING_SPEED = "CRUISING_SPEED"
    GIVE_UP_DISTANCE = "GIVE_UP_DISTANCE"
    WALKING_TOLERANCE = "WALKING_TOLERANCE"
    CO2_PER_KM = "CO2_PER_KM"
    SCENARIO = "SCENARIO"
    SCENARIO_SITE_FIELD = "SCENARIO_SITE_FIELD"
    SCENARIO_CHANGE_FIELD = "SCENARIO_CHANGE_FIELD"
    SCENARIO_GUIDANCE_SHARE = "SCENARIO_GUIDANCE_SHARE"
    SEED = "SEED"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    OUTPUT = "OUTPUT"
    OUTPUT_HEATMAP = "OUTPUT_HEATMAP"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_DESTINATIONS = "OUTPUT_DESTINATIONS"
    OUTPUT_DAY = "OUTPUT_DAY"
    SINK_STYLES = {"OUTPUT": "parking_search_segments", "OUTPUT_DAY": "parking_search_periods"}
    OUTPUT_DAY_TABLE = "OUTPUT_DAY_TABLE"
    OUTPUT_DAY_CHART = "OUTPUT_DAY_CHART"
    RUNS = "RUNS"

    def name(self) -> str:
        return "parkingsearchtraffic"

    def displayName(self) -> str:
        return tr("Parking search traffic")

    def tags(self) -> list[str]:
        return tr("parking,search traffic,cruising,parksuchverkehr,occupancy,scenario,"
                  "what if,guidance,parkleitsystem,simulation,co2,garage").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Estimates on which street segments drivers search for a parking space, from the "
            "occupancy measured by sensors and garage counters, and what a change would do: "
            "spaces added or removed, a site closed, more drivers using parking guidance.\n\n"
            "Drivers head for destinations (with arrivals per hour, or per day with a "
            "time-of-day profile table); without destinations every site is one, with the "
            "arrivals its readings imply (corrected where the site was full). A driver "
            "searches the segments in order of network distance from the destination, "
            "within the walking tolerance, and gives up after the give-up distance.\n\n"
            "Simulation (default): drivers arrive one after the other and take a space if "
            "the sensors report one free at that moment and no earlier driver took it; "
            "guided drivers go straight to the nearest site reported free. Runs are "
            "repeated until the totals are known to ±2 %. Analytical estimate: a segment "
            "offers a space with the share of readings that had one, and drivers do not "
            "compete (fast, but blind to crowding).\n\n"
            "Outputs: segments with search vehicles and vehicle-km per hour, a heatmap, a "
            "summary (search traffic, mean, median and 90th percentile search time, shares "
            "searching longer than 2 and 5 minutes, CO₂, share giving up), search times per "
            "destination, and per quarter hour of the window (or of the whole day) a "
            "time-enabled segment layer, a table and a chart. With a scenario every output "
            "holds the baseline, the scenario and the difference.\n\n"
            "Times are Heilbronn local time where typed; the store keeps UTC."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.STREETS, tr("Street network (lines)"), [ProcessingSourceType.VectorLine]),
            "streets"))
        self.addParameter(QgsProcessingParameterExpression(
            self.SEARCH_STREETS,
            tr("Streets drivers search (expression; the others, e.g. pedestrian zones, only "
               "count for walking; empty: all)"), None, self.STREETS, optional=True))
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Parking sites (site_id, capacity, occupancy_latest)"),
            [ProcessingSourceType.VectorPoint]), "parking_sites"))
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.OCCUPANCY, tr("Occupancy readings (site_id, observed_at, free, occupied)"),
            [ProcessingSourceType.Vector], optional=True), "parking_occupancy"))
        add_filter_parameters(self, self.OCCUPANCY, tr("Only readings matching this expression"))
        self.parameterDefinition(TIME_FIELD).setDefaultValue("observed_at")
        self.addParameter(QgsProcessingParameterBoolean(
            self.WHOLE_DAY, tr("Every quarter hour of the whole day of the window start"),
            False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, tr("Destinations (empty: demand observed at the sites)"),
            [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ARRIVALS_FIELD, tr("Arrivals per hour (empty: 1 per destination)"), None,
            self.DESTINATIONS, ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROFILES, tr("Time-of-day profiles (profile, hour_from, hour_to, share, days)"),
            [ProcessingSourceType.Vector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PROFILE_FIELD, tr("Profile of each destination"), "profile",
            self.DESTINATIONS, ProcessingFieldParameterDataType.String, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DAILY_ARRIVALS_FIELD, tr("Arrivals per day (with profiles)"), "arrivals_day",
            self.DESTINATIONS, ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Model"), [tr("Simulation (drivers compete for spaces)"),
                                      tr("Analytical estimate (fast, no competition)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GUIDANCE_SHARE, tr("Drivers using parking guidance (%)"),
            ProcessingNumberParameterType.Double, 0.0))
        self.addParameter(distance_parameter(
            self.SNAP_TOLERANCE, tr("Snap tolerance to the street network"), 100.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CRUISING_SPEED, tr("Cruising speed while searching (km/h)"),
            ProcessingNumberParameterType.Double, SearchParameters.cruising_speed_kmh, False,
            1.0, 130.0))
        self.addParameter(distance_parameter(
            self.GIVE_UP_DISTANCE, tr("Give-up distance (search distance before giving up)"),
            SearchParameters.give_up_m, minimum=1.0))
        self.addParameter(distance_parameter(
            self.WALKING_TOLERANCE, tr("Walking tolerance (network distance to destination)"),
            SearchParameters.walking_m, minimum=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CO2_PER_KM, tr("CO₂ emissions (g per vehicle-km)"),
            ProcessingNumberParameterType.Double, 150.0, False, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCENARIO, tr("Scenario: capacity changes per site"),
            [ProcessingSourceType.Vector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SCENARIO_SITE_FIELD, tr("Scenario site id field"), "site_id", self.SCENARIO,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SCENARIO_CHANGE_FIELD,
            tr("Scenario capacity change field (+ added, − removed, “closed”)"),
            "capacity_change", self.SCENARIO, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCENARIO_GUIDANCE_SHARE,
            tr("Scenario: drivers using parking guidance (%) (empty: as in the baseline)"),
            ProcessingNumberParameterType.Double, None, optional=True))
        add_advanced(self, QgsProcessingParameterNumber(
            self.SEED, tr("Random seed of the simulation"),
            ProcessingNumberParameterType.Integer, Settings.seed))
        add_advanced(self, distance_parameter(
            self.RADIUS, tr("Heatmap radius"), 150.0, minimum=1.0))
        add_advanced(self, distance_parameter(
            self.PIXEL_SIZE, tr("Heatmap pixel size"), 10.0, minimum=0.1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Parking search traffic per segment"),
            ProcessingSourceType.VectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_HEATMAP, tr("Heatmap of parking search traffic"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, tr("Parking search summary"), ProcessingSourceType.Vector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DESTINATIONS, tr("Search times per destination"),
            ProcessingSourceType.VectorPoint, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DAY, tr("Search traffic per segment and quarter hour (time-enabled)"),
            ProcessingSourceType.VectorLine, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DAY_TABLE, tr("Search traffic per quarter hour (table)"),
            ProcessingSourceType.Vector, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_DAY_CHART, tr("Chart of search traffic per quarter hour"),
            tr("PNG image (*.png);;SVG image (*.svg)"), optional=True,
            createByDefault=False))
        for key, label in _summary_labels().items():
            self.addOutput(QgsProcessingOutputNumber(key.upper(), label))
        self.addOutput(QgsProcessingOutputNumber(self.RUNS, tr("Simulation runs")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        prepared = self.prepare(parameters, context, feedback)
        baseline, scenario = self._scenarios(parameters, context, prepared.sites,
                                             prepared.options, feedback)
        if feedback.isCanceled():
            return {}
        options = prepared.options
        settings = Settings(simulate=options.simulate, seed=options.seed, tolerance=TOLERANCE,
                            per_period=any(wanted(parameters, name) for name in (
                                self.OUTPUT_DAY, self.OUTPUT_DAY_TABLE, self.OUTPUT_DAY_CHART)),
                            co2_g_per_km=options.co2_g_per_km)
        try:
            what_if = prepared.model.evaluate(prepared.demand, baseline, scenario, settings,
                                              Slice(feedback, 22.0, 40.0))
        except Canceled:
            return {}
        self._report_summary(what_if, options, feedback)

        crs, graph = prepared.crs, prepared.graph
        results = {self.OUTPUT: self._write_segments(parameters, context, crs, graph,
                                                     prepared.parts, prepared.sites, what_if,
                                                     feedback)}
        if feedback.isCanceled():
            return {}
        feedback.setProgress(65.0)
        heatmap = self.parameterAsOutputLayer(parameters, self.OUTPUT_HEATMAP, context)
        if heatmap:
            try:
                results[self.OUTPUT_HEATMAP] = self._write_heatmap(
                    parameters, context, heatmap, crs, graph, what_if.baseline, feedback)
            except Canceled:
                return {}
        results[self.OUTPUT_SUMMARY] = self._write_summary(parameters, context, what_if)
        results.update(self._write_extras(parameters, context, crs, graph, prepared.model.window,
                                          prepared.destinations, what_if))
        for key, value in vars(what_if.baseline.summary).items():
            results[key.upper()] = value
        results[self.RUNS] = what_if.runs
        feedback.setProgress(100.0)
        return results

    def prepare(self, parameters: dict, context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Prepared:
        """Everything but the scenario, read from the layers of ``parameters``: the model of
        the time window and the demand, ready for :meth:`ParkingModel.evaluate`."""
        streets = self.parameterAsSource(parameters, self.STREETS, context)
        if streets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STREETS))
        options = self._options(parameters, context, feedback)
        request = QgsFeatureRequest()
        crs, _ = metric_crs(streets, request, context, feedback)
        graph = self._graph(streets, request, feedback)
        searchable = self._searchable(parameters, context, streets, request, graph, feedback)
        parts = graph.components()
        feedback.setProgress(10.0)
        sites = self._sites(parameters, context, crs, graph, options.snap_tolerance, feedback)
        window, readings = self._window_and_readings(parameters, context, sites, options,
                                                     feedback)
        feedback.setProgress(20.0)
        model = ParkingModel(SearchNetwork(graph, options.model, searchable), sites, readings,
                             window)
        self._report_supply(model, options,
                            parameters.get(self.OCCUPANCY) not in (None, ""), feedback)
        demand, destinations = self._demand(parameters, context, crs, graph, model, options,
                                            feedback)
        self._report_parts(graph, parts, demand.edge, feedback)
        return Prepared(options, crs, graph, parts, sites, model, demand, destinations)

    # Inputs -------------------------------------------------------------------------------

    def _options(self, parameters: dict, context: QgsProcessingContext,
                 feedback: QgsProcessingFeedback) -> Options:
        scenario_share = parameters.get(self.SCENARIO_GUIDANCE_SHARE)
        has_scenario_share = scenario_share is not None and scenario_share != ""
        return Options(
            model=SearchParameters(
                cruising_speed_kmh=self.parameterAsDouble(parameters, self.CRUISING_SPEED,
                                                          context),
                give_up_m=self.parameterAsDouble(parameters, self.GIVE_UP_DISTANCE, context),
                walking_m=self.parameterAsDouble(parameters, self.WALKING_TOLERANCE, context)),
            snap_tolerance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            co2_g_per_km=self.parameterAsDouble(parameters, self.CO2_PER_KM, context),
            simulate=self.parameterAsEnum(parameters, self.MODE, context) == 0,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            whole_day=self.parameterAsBoolean(parameters, self.WHOLE_DAY, context),
            guidance=guidance_share(
                self.parameterAsDouble(parameters, self.GUIDANCE_SHARE, context),
                tr("The share of drivers using parking guidance"), feedback),
            scenario_guidance=guidance_share(
                self.parameterAsDouble(parameters, self.SCENARIO_GUIDANCE_SHARE, context),
                tr("The scenario's share of drivers using parking guidance"), feedback)
            if has_scenario_share else None)

    def _graph(self, streets, request: QgsFeatureRequest,
               feedback: QgsProcessingFeedback) -> StreetGraph:
        """The streets noded (split where they cross, duplicates dissolved) by GEOS, after
        snapping lines to each other: GEOS nodes only exactly coincident lines, and lines
        drawn twice or reprojected differ in the last digits."""
        snapper = QgsInternalGeometrySnapper(_SAME_PLACE_M, QgsGeometrySnapper.SnapMode.PreferNodes)
        geometries = [snapper.snapFeature(feature) for feature in streets.getFeatures(request)
                      if feature.hasGeometry() and not feature.geometry().isEmpty()]
        if not geometries:
            raise QgsProcessingException(tr(
                "The street layer has no lines, so there is no network to search on. Choose a "
                "layer with the streets of the area."))
        noded = QgsGeometry.unaryUnion(geometries)
        polylines = _polylines(noded)
        if polylines is None:
            raise QgsProcessingException(tr(
                "The street lines could not be joined into a network: {error}. Repair the "
                "layer (e.g. with 'Fix geometries') and try again.").format(
                    error=noded.lastError() or tr("invalid geometry")))
        graph = StreetGraph.from_polylines(_split_where_streets_end(polylines, geometries))
        feedback.pushInfo(tr("Street network: {edges} segments between {nodes} junctions, "
                             "{km} km.").format(
            edges=local_number(graph.edge_count, ","), nodes=local_number(graph.node_count, ","),
            km=local_number(graph.edge_length.sum() / 1000.0, ".1f")))
        return graph

    def _searchable(self, parameters: dict, context: QgsProcessingContext, streets,
                    request: QgsFeatureRequest, graph: StreetGraph,
                    feedback: QgsProcessingFeedback) -> np.ndarray | None:
        """Per segment, whether drivers search it: it lies on a street that matches the
        SEARCH_STREETS expression (``None``: no expression, every street)."""
        expression = self.parameterAsExpression(parameters, self.SEARCH_STREETS, context)
        if not expression:
            return None
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr(
                "The expression for the streets drivers search is not valid: {error}").format(
                    error=parsed.parserErrorString()))
        expression_context = self.createExpressionContext(parameters, context, streets)
        parsed.prepare(expression_context)
        lines: dict[bool, list[np.ndarray]] = {True: [], False: []}
        for feature in streets.getFeatures(QgsFeatureRequest(request)):
            if not feature.hasGeometry():
                continue
            expression_context.setFeature(feature)
            lines[bool(parsed.evaluate(expression_context))].extend(
                _polylines(feature.geometry()) or [])
        searchable = np.ones(graph.edge_count, dtype=bool)
        if lines[False]:
            # A segment lies on the street its middle lies on; where a searched and an
            # unsearched street were drawn on top of each other, it is searched.
            x, y = graph.middles()
            _, _, gap = Pieces.of(lines[False]).nearest(x, y, _ON_STREET_M)
            candidate = np.flatnonzero(gap <= _ON_STREET_M)
            _, _, kept = Pieces.of(lines[True]).nearest(x[candidate], y[candidate],
                                                         _ON_STREET_M)
            searchable[candidate[kept > _ON_STREET_M]] = False
        feedback.pushInfo(tr("Drivers search {count} of {total} segments ({km} km); the "
                             "others only count for walking.").format(
            count=local_number(int(searchable.sum()), ","),
            total=local_number(graph.edge_count, ","),
            km=local_number(graph.edge_length[searchable].sum() / 1000.0, ".1f")))
        return searchable

    def _sites(self, parameters: dict, context: QgsProcessingContext,
               crs: QgsCoordinateReferenceSystem, graph: StreetGraph, tolerance: float,
               feedback: QgsProcessingFeedback) -> Sites:
        source = self.parameterAsSource(parameters, self.SITES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SITES))
        fields = source.fields()
        if fields.lookupField("site_id") < 0:
            raise QgsProcessingException(tr(
                "“{layer}”, chosen as parking sites, has no field “site_id”, which links the "
                "sites to their readings. Choose the store's layer “{sites}” or add that "
                "field.").format(layer=self._label(parameters, self.SITES, context, source),
                                 sites=layer_title("parking_sites")))
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        ids, xs, ys, capacity, occupancy = [], [], [], [], []
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                feedback.pushWarning(tr("Site “{site}” has no position and is left out.")
                                     .format(site=feature["site_id"]))
                continue
            point = geometry.centroid().asPoint()
            ids.append(str(feature["site_id"]))
            xs.append(point.x())
            ys.append(point.y())
            capacity.append(number(feature, "capacity"))
            # A site the feed reports closed offers no space (its occupancy is empty).
            occupancy.append(1.0 if text(feature, "status_latest") == "closed"
                             else number(feature, "occupancy_latest"))
        edge, along, _ = graph.snap(np.array(xs), np.array(ys), tolerance)
        far = [site for site, e in zip(ids, edge) if e < 0]
        if far:
            feedback.pushWarning(tr(
                "{count} parking sites are farther than {tolerance} m from the street "
                "network and are left out: {sites}. Check their position or raise the snap "
                "tolerance.").format(count=len(far), tolerance=local_number(tolerance, ".0f"),
                                     sites=listed(far)))
        return Sites(ids, edge, along, np.array(capacity, dtype=float),
                     np.array(occupancy, dtype=float), np.array(xs), np.array(ys))

    def _label(self, parameters: dict, name: str, context: QgsProcessingContext,
               source) -> str:
        return layer_label(self.parameterAsVectorLayer(parameters, name, context),
                           source.sourceName())

    def _readings(self, parameters: dict, context: QgsProcessingContext, sites: Sites,
                  feedback: QgsProcessingFeedback,
                  bounds: tuple[float, float] | None = None) -> Readings:
        """The readings of the snapped sites: those the filter and time window of
        ``parameters`` select, or within ``bounds`` (seconds since 1970) if given."""
        source = self.parameterAsSource(parameters, self.OCCUPANCY, context)
        empty = Readings.empty()
        if source is None:
            feedback.pushInfo(tr("No occupancy readings given: every site falls back to its "
                                 "latest occupancy rate (1 − o^c)."))
            return empty
        for name in ("site_id", "free"):
            if source.fields().lookupField(name) < 0:
                raise QgsProcessingException(tr(
                    "“{layer}”, chosen as occupancy readings, has no field “{field}”. Choose "
                    "the store's table “{readings}” (site_id, observed_at, free, occupied, "
                    "capacity).").format(
                        layer=self._label(parameters, self.OCCUPANCY, context, source),
                        field=name, readings=layer_title("parking_occupancy")))
        time_field = self.parameterAsString(parameters, TIME_FIELD, context) or "observed_at"
        if source.fields().lookupField(time_field) < 0:
            raise QgsProcessingException(tr(
                "The occupancy readings have no field “{field}” for the time of a reading. "
                "Choose it under 'Date/time field for the time window'.").format(
                    field=time_field))
        if bounds is None:
            request, _ = filter_request(self, parameters, source, context)
        else:
            # Providers compare a stored time without a zone with the UTC bounds either on
            # its digits (GeoPackage SQL, QGIS 3.22's expressions) or as the machine's local
            # time: the request is widened by the machine's offset from UTC, and each
            # reading is then kept by its UTC time (below).
            slack = max(abs(_machine_offset_s(moment)) for moment in bounds)
            request = _between(filter_request(self, {**parameters, TIME_START: None,
                                                     TIME_END: None}, source, context)[0],
                               time_field, bounds[0] - slack, bounds[1] + slack)
        index = {site: i for i, site in enumerate(sites.ids) if sites.edge[i] >= 0}
        rows, unknown, unreadable = [], set(), 0
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            site = index.get(str(feature["site_id"]))
            if site is None:
                unknown.add(str(feature["site_id"]))
                continue
            moment = _seconds(feature[time_field])
            capacity = number(feature, "capacity")
            if capacity != capacity:
                capacity = sites.capacity[site]
            free, occupied = number(feature, "free"), number(feature, "occupied")
            free = capacity - occupied if free != free else free
            occupied = capacity - free if occupied != occupied else occupied
            if moment is None or free != free:
                unreadable += 1
                continue
            if bounds is not None and not bounds[0] <= moment < bounds[1]:
                continue  # within the widened request, outside the window
            rows.append((site, moment, free, occupied))
        if unknown:
            feedback.pushInfo(tr(
                "Readings of {count} sites that are not among the snapped parking sites were "
                "ignored: {sites}.").format(count=len(unknown), sites=listed(sorted(unknown))))
        if unreadable:
            feedback.pushWarning(tr(
                "{count} readings without a time or without free spaces (nor occupied spaces "
                "and capacity) were ignored.").format(count=unreadable))
        if not rows:
            return empty
        site, moment, free, occupied = (np.array(column, dtype=float) for column in zip(*rows))
        feedback.pushInfo(tr("{count} readings of {sites} sites in the time window.").format(
            count=len(rows), sites=len(np.unique(site))))
        return Readings(site.astype(np.int64), moment, free, occupied)

    def _window_and_readings(self, parameters: dict, context: QgsProcessingContext,
                             sites: Sites, options: Options, feedback: QgsProcessingFeedback
                             ) -> tuple[Window, Readings]:
        """The time window (the whole local day with WHOLE_DAY) and the readings of the
        window with a look-back of :data:`LOOK_BACK_S` before it."""
        # Typed times are Heilbronn time whatever zone the machine runs in (common.py).
        start, end = time_window(self, parameters, context)
        start_s = start.timestamp() if start is not None else None
        end_s = end.timestamp() if end is not None else None
        if options.whole_day:
            moment = start_s if start_s is not None else end_s
            if moment is None:
                raise QgsProcessingException(tr(
                    "For every quarter hour of a whole day, name the day: set the time window "
                    "start to a moment of that day."))
            window = local_day(moment)
        elif start_s is not None and end_s is not None:
            if end_s <= start_s:
                raise QgsProcessingException(tr(
                    "The time window ends before it starts. Set its end after its start."))
            window = Window(start_s, end_s)
        else:
            # An open window: it spans the readings it holds.
            readings = self._readings(parameters, context, sites, feedback)
            first = start_s if start_s is not None else (
                float(readings.seconds.min()) if len(readings.seconds) else None)
            last = end_s if end_s is not None else (
                float(readings.seconds.max()) + Window(0, 1).period_s
                if len(readings.seconds) else None)
            if first is None or last is None or last <= first:
                first = first if first is not None else (last or 0.0) - 3600.0
                last = first + 3600.0
            return Window(first, last), readings
        return window, self._readings(parameters, context, sites, feedback,
                                      (window.start_s - LOOK_BACK_S, window.end_s))

    def _demand(self, parameters: dict, context: QgsProcessingContext,
                crs: QgsCoordinateReferenceSystem, graph: StreetGraph, model: ParkingModel,
                options: Options, feedback: QgsProcessingFeedback
                ) -> tuple[Demand, tuple[np.ndarray, np.ndarray, list[str]]]:
        """The demand, and where and what each destination is (for the destinations output)."""
        source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        if source is None:
            demand, observed = model.demand_at_sites()
            sites = model.sites
            feedback.pushInfo(tr(
                "Demand from the arrivals the sites' readings imply (increases of occupied "
                "spaces plus the departures their turnover implies): {arrivals} vehicles "
                "per hour in the time window.").format(arrivals=local_number(
                    demand.rates[sites.edge >= 0].sum() / model.window.period_count, ".0f")))
            if observed.corrected:
                feedback.pushInfo(tr(
                    "{count} sites were full in part of the window; while full they keep the "
                    "arrival rate of the hour before they filled: {sites}.").format(
                        count=len(observed.corrected),
                        sites=listed([sites.ids[i] for i in observed.corrected])))
            if observed.always_full:
                feedback.pushWarning(tr(
                    "{count} sites were full in every reading, so their demand before they "
                    "filled is unknown: only the arrivals that refill their departures are "
                    "counted, a lower bound: {sites}. Give destinations for a demand that "
                    "does not depend on supply.").format(
                        count=len(observed.always_full),
                        sites=listed([sites.ids[i] for i in observed.always_full])))
            if not demand.rates[sites.edge >= 0].sum() > 0:
                feedback.pushWarning(tr(
                    "No arrivals were observed in the time window, so nobody searches. Give "
                    "destinations with arrivals per hour, or a window with readings."))
            return demand, (sites.x, sites.y, list(sites.ids))
        profiles = self.parameterAsSource(parameters, self.PROFILES, context)
        read = read_destinations(
            source, profiles, DestinationOptions(
                self.parameterAsString(parameters, self.ARRIVALS_FIELD, context),
                self.parameterAsString(parameters, self.PROFILE_FIELD, context),
                self.parameterAsString(parameters, self.DAILY_ARRIVALS_FIELD, context)),
            crs, context, graph, options.snap_tolerance, model.window, feedback)
        return Demand(read.edge, read.along, read.rates), (read.x, read.y, read.names)

    def _scenarios(self, parameters: dict, context: QgsProcessingContext, sites: Sites,
                   options: Options, feedback: QgsProcessingFeedback):
        """The baseline (as measured, with the guidance share given) and the scenario (or
        ``None`` without a scenario table or scenario guidance share)."""
        baseline = scenario_of(None, options.guidance)
        table = self.parameterAsSource(parameters, self.SCENARIO, context)
        changes = read_scenario(
            table, self.parameterAsString(parameters, self.SCENARIO_SITE_FIELD, context),
            self.parameterAsString(parameters, self.SCENARIO_CHANGE_FIELD, context), sites,
            feedback) if table is not None else None
        if changes is None and options.scenario_guidance is None:
            return baseline, None
        share = options.guidance if options.scenario_guidance is None \
            else options.scenario_guidance
        return baseline, scenario_of(changes, share)

    # Outputs ------------------------------------------------------------------------------

    def _write_segments(self, parameters, context, crs, graph: StreetGraph, parts: np.ndarray,
                        sites: Sites, what_if: WhatIf, feedback: QgsProcessingFeedback) -> str:
        fields = QgsFields()
        for name, kind in (("segment_id", FieldType.Int), ("length_m", FieldType.Double),
                           ("network_part", FieldType.Int), ("sites", FieldType.Int),
                           ("p_free", FieldType.Double), ("p_source", FieldType.String),
                           ("search_veh_h", FieldType.Double), ("search_vkm_h", FieldType.Double),
                           ("parked_h", FieldType.Double)):
            fields.append(QgsField(name, kind))
        baseline, scenario = what_if.baseline, what_if.scenario
        if scenario is not None:
            for name in ("scenario_veh_h", "scenario_vkm_h", "scenario_parked_h", "diff_veh_h",
                         "diff_vkm_h"):
                fields.append(QgsField(name, FieldType.Double))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 WkbType.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        site_count = np.bincount(sites.edge[sites.edge >= 0], minlength=graph.edge_count)
        labels = ("", "readings", "latest occupancy")
        p_free, source = what_if.p_free, what_if.p_source
        for edge, line in enumerate(graph.polylines):
            if edge % 1000 == 0 and feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(_line_wkb(line))
            feature.setGeometry(geometry)
            values = [edge, float(graph.edge_length[edge]), int(parts[edge]),
                      int(site_count[edge]),
                      float(p_free[edge]) if source[edge] else None, labels[source[edge]],
                      float(baseline.vehicles_h[edge]), float(baseline.vehicle_km_h[edge]),
                      float(baseline.parked_h[edge])]
            if scenario is not None:
                values += [float(scenario.vehicles_h[edge]), float(scenario.vehicle_km_h[edge]),
                           float(scenario.parked_h[edge]),
                           float(scenario.vehicles_h[edge] - baseline.vehicles_h[edge]),
                           float(scenario.vehicle_km_h[edge] - baseline.vehicle_km_h[edge])]
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        style_on_load(context, destination, STYLE)
        return destination

    def _write_heatmap(self, parameters, context, output: str, crs, graph: StreetGraph,
                       result: Outcome, feedback: QgsProcessingFeedback) -> str:
        """Search vehicle-km spread over points along the segments, through the fast kernel
        density: the raster integrates to the search vehicle-km per hour."""
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        # Segments nobody searches add nothing: only the searched ones are sampled.
        searched = np.flatnonzero(result.vehicle_km_h > 0)
        x, y, edge = graph.sample(min(pixel, radius / 4.0),
                                  searched if searched.size else None)
        per_edge = np.bincount(edge, minlength=graph.edge_count)
        weights = result.vehicle_km_h[edge] / per_edge[edge]
        grid = heatmap_grid((float(x.min()), float(y.min()), float(x.max()), float(y.max())),
                            radius, pixel)
        density = kernel_density(x, y, grid, radius, weights, Kernel.QUARTIC, scaled=True,
                                 progress=Slice(feedback, 65.0, 30.0))
        # Scaled: vehicle-km per hour per square metre; per km² reads better on a legend.
        density *= 1e6
        peak = float(density.max())
        write_heatmap(output, density, grid.geotransform, crs, tr("Search traffic"),
                      tr("{value} vehicle-km/h per km²").format(value=_rounded(peak)),
                      tr("no search traffic"), context, feedback)
        return output

    def _write_summary(self, parameters, context, what_if: WhatIf) -> str:
        fields = QgsFields()
        for name, kind in (("measure", FieldType.String), ("label", FieldType.String),
                           ("unit", FieldType.String), ("baseline", FieldType.Double),
                           ("scenario", FieldType.Double), ("difference", FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT_SUMMARY, context,
                                                 fields, WkbType.NoGeometry,
                                                 QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SUMMARY))
        summaries = _summaries(what_if)
        for key, (label, unit, decimals, factor) in _summary_rows().items():
            # Rounded as a planner reads them (no 0.9657006705825854), each in its unit.
            values = [round(float(getattr(summary, key)) * factor, decimals)
                      for summary in summaries]
            feature = QgsFeature(fields)
            scenario = values[1] if len(values) > 1 else None
            feature.setAttributes([key, label, unit, values[0], scenario,
                                   None if scenario is None else
                                   round(scenario - values[0], decimals)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination

    def _write_extras(self, parameters, context, crs, graph: StreetGraph, window: Window,
                      destinations: tuple[np.ndarray, np.ndarray, list[str]],
                      what_if: WhatIf) -> dict:
        """The optional outputs: destinations, and the quarter hours as layer, table, chart."""
        results = {}
        if wanted(parameters, self.OUTPUT_DESTINATIONS):
            results[self.OUTPUT_DESTINATIONS] = write_destinations(
                self, parameters, self.OUTPUT_DESTINATIONS, context, crs, *destinations,
                what_if)
        if wanted(parameters, self.OUTPUT_DAY):
            results[self.OUTPUT_DAY] = write_periods(
                self, parameters, self.OUTPUT_DAY, context, crs, graph, window, what_if,
                _line_wkb)
        if wanted(parameters, self.OUTPUT_DAY_TABLE):
            results[self.OUTPUT_DAY_TABLE] = write_period_table(
                self, parameters, self.OUTPUT_DAY_TABLE, context, window, what_if)
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_DAY_CHART, context)
        if chart:
            title = tr("Parking search traffic, {day}").format(
                day=local_text(window.start_s, "%d.%m.%Y"))
            try:
                results[self.OUTPUT_DAY_CHART] = write_period_chart(chart, window, what_if,
                                                                    title)
            except OSError as error:
                raise QgsProcessingException(tr(
                    "The chart could not be written to {path}: {error}. Choose another "
                    "file.").format(path=chart, error=error)) from error
        return results

    # Messages -----------------------------------------------------------------------------

    @staticmethod
    def _report_parts(graph: StreetGraph, parts: np.ndarray, destination_edge: np.ndarray,
                      feedback: QgsProcessingFeedback) -> None:
        count = int(parts.max()) + 1 if parts.size else 0
        if count <= 1:
            return
        main_share = graph.edge_length[parts == 0].sum() / graph.edge_length.sum()
        elsewhere = int(((destination_edge >= 0) & (parts[np.maximum(destination_edge, 0)] > 0))
                        .sum())
        feedback.pushWarning(tr(
            "The street network falls into {count} parts that are not connected; the largest "
            "holds {share} of its length. Drivers search only within the part of their "
            "destination ({elsewhere} destinations lie outside the largest part). Connect the "
            "streets (snap their ends) if the parts are joined in reality.").format(
                count=count, share=local_number(main_share, ".0%"), elsewhere=elsewhere))

    def _report_supply(self, model: ParkingModel, options: Options, with_readings: bool,
                       feedback: QgsProcessingFeedback) -> None:
        """Say whether the window holds readings, which sites fall back to their latest
        occupancy, which are left out, and whose turnover could not be derived."""
        sites = model.sites
        if with_readings and not len(model.in_window.site):
            feedback.pushWarning(tr(
                "The time window {start} – {end} holds no occupancy readings of the sites. "
                "Every site falls back to its latest occupancy rate (1 − o^c); choose a window "
                "within the readings for measured values.").format(
                    start=local_text(model.window.start_s, "%d.%m.%Y %H:%M"),
                    end=local_text(model.window.end_s, "%d.%m.%Y %H:%M")))
        unusable = [site for site, bad in zip(sites.ids, model.unusable) if bad]
        if unusable:
            feedback.pushWarning(tr(
                "{count} parking sites have neither readings in the time window nor a "
                "capacity and latest occupancy, and are left out: {sites}. Enter their "
                "capacity, or import their readings.").format(
                    count=len(unusable), sites=listed(unusable)))
        fallback = [site for site, used in zip(sites.ids, model.fallback) if used]
        if fallback:
            feedback.pushWarning(tr(
                "{count} parking sites have no readings in the time window; their chance "
                "of a free space is 1 − o^c from their latest occupancy rate o and capacity "
                "c (a snapshot, and optimistic where spaces fill together): {sites}.")
                .format(count=len(fallback), sites=listed(fallback)))
        if not options.simulate or not len(model.readings.site):
            return
        turnover = model.turnover
        with_readings = np.zeros(len(sites.ids), dtype=bool)
        with_readings[model.readings.site] = True
        underived = [site for site, has, derived in zip(sites.ids, with_readings,
                                                         turnover.derived)
                     if has and not derived]
        if turnover.pooled_rate <= 0:
            feedback.pushWarning(tr(
                "No site's occupancy fell in the readings around the window, so no dwell time "
                "can be derived: parked cars are assumed to stay for the whole window."))
        elif underived:
            feedback.pushWarning(tr(
                "{count} sites had no departures (no fall of their occupancy) in the readings "
                "around the window, so their dwell time cannot be derived: the mean dwell time "
                "of the other sites, {hours} h, is assumed: {sites}.").format(
                    count=len(underived), hours=local_number(1.0 / turnover.pooled_rate, ".1f"),
                    sites=listed(underived)))

    @staticmethod
    def _report_summary(what_if: WhatIf, options: Options,
                        feedback: QgsProcessingFeedback) -> None:
        for title, summary in zip((tr("Baseline"), tr("Scenario")), _summaries(what_if)):
            feedback.pushInfo(title + ": " + "; ".join(
                f"{label} {local_number(getattr(summary, key) * factor, f'.{decimals}f')} "
                f"{unit}" for key, (label, unit, decimals, factor) in _summary_rows().items()))
        if not options.simulate:
            return
        precision = ", ".join(f"±{local_number(value, '.1%')}" for value in what_if.precision)
        feedback.pushInfo(tr(
            "Simulation: {runs} runs; the totals are known to {precision} (95 % confidence "
            "interval; baseline first).").format(runs=what_if.runs, precision=precision))
        if max(what_if.precision, default=0.0) > TOLERANCE:
            feedback.pushWarning(tr(
                "After {runs} runs a total is still known only to {precision}: few drivers "
                "search, so single runs differ much. Read small totals with care.").format(
                    runs=what_if.runs, precision=precision))


def _rounded(value: float) -> str:
    """Three significant digits in the user's locale, without an exponent (a legend reads
    1.910 in German, not 1,91e+03)."""
    return local_number(value, ",") if value >= 100 else local_number(value, ".3g")


def _summaries(what_if: WhatIf) -> list[SearchSummary]:
    return [what_if.baseline.summary] + (
        [what_if.scenario.summary] if what_if.scenario is not None else [])


def _summary_rows() -> dict[str, tuple[str, str, int, float]]:
    """The measures a person reads in the summary table and the log: field of
    :class:`SearchSummary` → (label, unit, decimals, factor); the measure × factor is shown,
    so a share (0–1) reads in percent. The number outputs keep the measures as they are."""
    percent = ("%", 1, 100.0)
    return {
        "arrivals_h": (tr("Arrivals"), tr("vehicles/h"), 1, 1.0),
        "total_vehicle_km_h": (tr("Total search traffic"), tr("vehicle-km/h"), 1, 1.0),
        "mean_search_m": (tr("Mean search distance per arrival"), "m", 0, 1.0),
        "mean_search_min": (tr("Mean search time per arrival"), "min", 1, 1.0),
        "median_search_min": (tr("Median search time"), "min", 1, 1.0),
        "p90_search_min": (tr("90th percentile of search time"), "min", 1, 1.0),
        "share_over_2_min": (tr("Share of arrivals searching longer than 2 minutes"),
                             *percent),
        "share_over_5_min": (tr("Share of arrivals searching longer than 5 minutes"),
                             *percent),
        "co2_kg_h": (tr("CO₂ from searching"), "kg/h", 1, 1.0),
        "give_up_share": (tr("Share of arrivals giving up"), *percent),
    }


def _summary_labels() -> dict[str, str]:
    return {key: label for key, (label, *_) in _summary_rows().items()}


def _split_where_streets_end(polylines: list[np.ndarray],
                             streets: list[QgsGeometry]) -> list[np.ndarray]:
    """The noded lines split again wherever a street line starts or ends. GEOS 3.12+ (QGIS
    3.44 on Debian sid has GEOS 3.15) merges the union's lines where exactly two of them meet,
    so a street that continues another would lose its own segments; older GEOS kept them."""
    ends = set()
    for street in streets:
        for part in street.constParts():
            for point in (part.startPoint(), part.endPoint()):
                ends.add((point.x(), point.y()))
    split = []
    for line in polylines:
        start = 0
        for index in range(1, len(line) - 1):
            if (line[index, 0], line[index, 1]) in ends:
                split.append(line[start:index + 1])
                start = index
        split.append(line[start:])
    return split


def _line_wkb(line: np.ndarray) -> bytes:
    """ISO WKB of a 2D linestring: a QgsPointXY per vertex is far slower."""
    header = np.array([(1, 2, len(line))], dtype=[("order", "u1"), ("type", "<u4"),
                                                  ("points", "<u4")])
    return header.tobytes() + np.ascontiguousarray(line, dtype="<f8").tobytes()


def _seconds(value) -> float | None:
    """Seconds since 1970 of a stored date/time (a QDateTime or ISO 8601 text, in UTC when
    it carries no zone), whatever zone the machine runs in."""
    moment = stored_instant(value)
    return moment.timestamp() if moment is not None else None


def _polylines(geometry: QgsGeometry) -> list[np.ndarray] | None:
    """The parts of a line geometry as (n, 2) arrays (``None`` when GDAL cannot read it)."""
    lines = ogr.CreateGeometryFromWkb(bytes(geometry.asWkb()))
    if lines is None:
        return None
    lines.FlattenTo2D()
    count = lines.GetGeometryCount()
    parts = [lines.GetGeometryRef(i) for i in range(count)] if count else [lines]
    return [np.array(part.GetPoints()) for part in parts if part.GetPointCount() >= 2]


def _between(request: QgsFeatureRequest, field: str, start_s: float, end_s: float
             ) -> QgsFeatureRequest:
    """``request`` narrowed to ``field`` in [start_s, end_s). The moments are written as UTC
    literals, not expression variables: a provider compiles such a filter into its own query
    (a GeoPackage answers in milliseconds instead of evaluating every reading)."""
    column = QgsExpression.quotedColumnRef(field)
    window = " AND ".join(f"{column} {operator} to_datetime('{_iso(moment)}')"
                          for operator, moment in ((">=", start_s), ("<", end_s)))
    existing = request.filterExpression()
    text = existing.expression() if existing is not None else ""
    request.setFilterExpression(f"({text}\n) AND {window}" if text else window)
    return request


def _machine_offset_s(seconds: float) -> float:
    """The machine's offset from UTC at a moment, in seconds."""
    return datetime.fromtimestamp(seconds).astimezone().utcoffset().total_seconds()


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(
        timespec="milliseconds").replace("+00:00", "Z")


