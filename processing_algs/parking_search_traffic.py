"""``heilbronn:parkingsearchtraffic``: where drivers search for parking, per street segment,
from measured occupancy; with a scenario of capacity changes against the baseline.

Thin glue: read and node the streets, read sites, readings, destinations and the scenario,
call the engine (``analysis/street_graph.py``, ``analysis/parking_search.py``), write the
segments, the heatmap (through the fast kernel density) and the summary table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from osgeo import ogr
from qgis.analysis import QgsGeometrySnapper, QgsInternalGeometrySnapper
from qgis.core import (
    QgsCoordinateReferenceSystem,
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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..heilbronn_digital_plugin.analysis.kernel_density import (
    Grid,
    GridTooLarge,
    Kernel,
    kernel_density,
)
from ..heilbronn_digital_plugin.analysis.parking_search import (
    SearchParameters,
    SearchResult,
    SearchSummary,
    aggregate_probability,
    changed_free,
    changed_occupancy,
    either,
    observed_arrivals,
    search_traffic,
    step_share,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.analysis.street_graph import StreetGraph
from ..heilbronn_digital_plugin.store.layers import layer_title
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.local_time import format_span, stored_instant
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.point_arrays import number_or_nan, read_points
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from .base import HeilbronnAlgorithm
from .common import (
    TIME_FIELD,
    add_advanced,
    add_filter_parameters,
    check_numeric,
    distance_parameter,
    filter_request,
    layer_label,
    metric_crs,
    time_window,
)
from .heatmap_output import write_heatmap
from .project_defaults import offer_project_layer
from .styling import style_on_load

STYLE = style_path("parking_search_segments")
# Street vertices closer than this (metres) are one place: snapping closes the gaps that
# digitising and reprojection leave, without moving streets noticeably.
_SAME_PLACE_M = 0.1
# How many ids a message lists before it says "and N more".
_LISTED = 5


@dataclass
class Sites:
    """Parking sites snapped to the network: ids, edge (-1: too far), position on it, and the
    capacity and latest occupancy rate from the site layer (NaN where unknown)."""

    ids: list[str]
    edge: np.ndarray
    along: np.ndarray
    capacity: np.ndarray
    occupancy: np.ndarray


@dataclass
class Readings:
    """Occupancy readings of snapped sites in the window: site index, time (s), free, occupied."""

    site: np.ndarray
    seconds: np.ndarray
    free: np.ndarray
    occupied: np.ndarray


class ParkingSearchTrafficAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "parking"
    STREETS = "STREETS"
    SITES = "SITES"
    OCCUPANCY = "OCCUPANCY"
    DESTINATIONS = "DESTINATIONS"
    ARRIVALS_FIELD = "ARRIVALS_FIELD"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    CRUISING_SPEED = "CRUISING_SPEED"
    GIVE_UP_DISTANCE = "GIVE_UP_DISTANCE"
    WALKING_TOLERANCE = "WALKING_TOLERANCE"
    CO2_PER_KM = "CO2_PER_KM"
    SCENARIO = "SCENARIO"
    SCENARIO_SITE_FIELD = "SCENARIO_SITE_FIELD"
    SCENARIO_CHANGE_FIELD = "SCENARIO_CHANGE_FIELD"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    OUTPUT = "OUTPUT"
    OUTPUT_HEATMAP = "OUTPUT_HEATMAP"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def name(self) -> str:
        return "parkingsearchtraffic"

    def displayName(self) -> str:
        return tr("Parking search traffic")

    def tags(self) -> list[str]:
        return tr("parking,search traffic,cruising,parksuchverkehr,occupancy,scenario,"
                  "co2,garage").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Estimates on which street segments drivers search for a parking space, from the "
            "occupancy measured by sensors and garage counters in a time window.\n\n"
            "A driver heading to a destination searches the segments in order of network "
            "distance from it, within the walking tolerance. A segment offers a space with the "
            "share of time steps in which its sites had at least one free space (a site with "
            "no readings: 1 − o^c from its latest occupancy rate o and capacity c). The search "
            "flow on a segment is the arrivals times the probability of not having found a "
            "space before it. Drivers give up after the give-up distance or when no segment "
            "within walking tolerance is left.\n\n"
            "Destinations carry arrivals per hour; without destinations, demand is derived "
            "from the arrivals observed at the sites (increases of occupied spaces). Sites and "
            "destinations farther than the snap tolerance from a street are left out and "
            "reported.\n\n"
            "Outputs: segments with search vehicles and vehicle-km per hour, a heatmap of "
            "search vehicle-km, and a summary table (total search vehicle-km per hour, mean "
            "search distance and time per arrival, CO₂, share giving up). A scenario table of "
            "capacity changes per site (e.g. +200 at a garage, −40 on a street) adds the "
            "scenario's values and the difference against the baseline."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.STREETS, tr("Street network (lines)"), [ProcessingSourceType.VectorLine]),
            "streets"))
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Parking sites (site_id, capacity, occupancy_latest)"),
            [ProcessingSourceType.VectorPoint]), "parking_sites"))
        self.addParameter(offer_project_layer(QgsProcessingParameterFeatureSource(
            self.OCCUPANCY, tr("Occupancy readings (site_id, observed_at, free, occupied)"),
            [ProcessingSourceType.Vector], optional=True), "parking_occupancy"))
        add_filter_parameters(self, self.OCCUPANCY, tr("Only readings matching this expression"))
        self.parameterDefinition(TIME_FIELD).setDefaultValue("observed_at")
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, tr("Destinations (empty: demand observed at the sites)"),
            [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ARRIVALS_FIELD, tr("Arrivals per hour (empty: 1 per destination)"), None,
            self.DESTINATIONS, ProcessingFieldParameterDataType.Numeric, optional=True))
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
            self.SCENARIO_CHANGE_FIELD, tr("Scenario capacity change field (+ added, − removed)"),
            "capacity_change", self.SCENARIO, optional=True))
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
        for key, label in _summary_labels().items():
            self.addOutput(QgsProcessingOutputNumber(key.upper(), label))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        streets = self.parameterAsSource(parameters, self.STREETS, context)
        if streets is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.STREETS))
        model = SearchParameters(
            cruising_speed_kmh=self.parameterAsDouble(parameters, self.CRUISING_SPEED, context),
            give_up_m=self.parameterAsDouble(parameters, self.GIVE_UP_DISTANCE, context),
            walking_m=self.parameterAsDouble(parameters, self.WALKING_TOLERANCE, context))
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        co2 = self.parameterAsDouble(parameters, self.CO2_PER_KM, context)

        request = QgsFeatureRequest()
        crs, _ = metric_crs(streets, request, context, feedback)
        graph = self._graph(streets, request, feedback)
        parts = graph.components()
        feedback.setProgress(10.0)
        sites = self._sites(parameters, context, crs, graph, tolerance, feedback)
        readings = self._readings(parameters, context, sites, feedback)
        feedback.setProgress(20.0)
        destinations = self._destinations(parameters, context, crs, graph, tolerance, sites,
                                          readings, feedback)
        self._report_parts(graph, parts, destinations[0], feedback)
        change = self._scenario(parameters, context, sites, feedback)
        if feedback.isCanceled():
            return {}

        baseline_p, source = self._probability(graph, sites, readings, None, feedback)
        try:
            baseline = search_traffic(graph, baseline_p, *destinations, model,
                                      Slice(feedback, 25.0, 30.0 if change is None else 15.0))
            scenario = None
            if change is not None:
                scenario_p, _ = self._probability(graph, sites, readings, change)
                scenario = search_traffic(graph, scenario_p, *destinations, model,
                                          Slice(feedback, 40.0, 15.0))
        except Canceled:
            return {}
        summaries = [SearchSummary.of(result, model, co2)
                     for result in (baseline, scenario) if result is not None]
        self._report_summary(summaries, feedback)

        results = {}
        results[self.OUTPUT] = self._write_segments(
            parameters, context, crs, graph, parts, sites, baseline_p, source, baseline,
            scenario, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(65.0)
        heatmap = self.parameterAsOutputLayer(parameters, self.OUTPUT_HEATMAP, context)
        if heatmap:
            try:
                results[self.OUTPUT_HEATMAP] = self._write_heatmap(
                    parameters, context, heatmap, crs, graph, baseline, feedback)
            except Canceled:
                return {}
        results[self.OUTPUT_SUMMARY] = self._write_summary(parameters, context, summaries)
        for key, value in vars(summaries[0]).items():
            results[key.upper()] = value
        feedback.setProgress(100.0)
        return results

    # Inputs -------------------------------------------------------------------------------

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
        lines = ogr.CreateGeometryFromWkb(bytes(noded.asWkb()))
        if lines is None:
            raise QgsProcessingException(tr(
                "The street lines could not be joined into a network: {error}. Repair the "
                "layer (e.g. with 'Fix geometries') and try again.").format(
                    error=noded.lastError() or tr("invalid geometry")))
        lines.FlattenTo2D()
        count = lines.GetGeometryCount()
        parts = [lines.GetGeometryRef(i) for i in range(count)] if count else [lines]
        graph = StreetGraph.from_polylines([np.array(part.GetPoints()) for part in parts
                                            if part.GetPointCount() >= 2])
        feedback.pushInfo(tr("Street network: {edges} segments between {nodes} junctions, "
                             "{km} km.").format(edges=local_number(graph.edge_count, ","),
                                                    nodes=local_number(graph.node_count, ","),
                                                    km=local_number(
                                                        graph.edge_length.sum() / 1000.0, ".1f")))
        return graph

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
            capacity.append(_number(feature, "capacity"))
            occupancy.append(_number(feature, "occupancy_latest"))
        edge, along, _ = graph.snap(np.array(xs), np.array(ys), tolerance)
        far = [site for site, e in zip(ids, edge) if e < 0]
        if far:
            feedback.pushWarning(tr(
                "{count} parking sites are farther than {tolerance} m from the street "
                "network and are left out: {sites}. Check their position or raise the snap "
                "tolerance.").format(count=len(far), tolerance=local_number(tolerance, ".0f"),
                                     sites=_listed(far)))
        return Sites(ids, edge, along, np.array(capacity, dtype=float),
                     np.array(occupancy, dtype=float))

    def _label(self, parameters: dict, name: str, context: QgsProcessingContext,
               source) -> str:
        return layer_label(self.parameterAsVectorLayer(parameters, name, context),
                           source.sourceName())

    def _readings(self, parameters: dict, context: QgsProcessingContext, sites: Sites,
                  feedback: QgsProcessingFeedback) -> Readings:
        source = self.parameterAsSource(parameters, self.OCCUPANCY, context)
        empty = Readings(np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), np.empty(0))
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
        request, _ = filter_request(self, parameters, source, context)
        time_field = self.parameterAsString(parameters, TIME_FIELD, context) or "observed_at"
        if source.fields().lookupField(time_field) < 0:
            raise QgsProcessingException(tr(
                "The occupancy readings have no field “{field}” for the time of a reading. "
                "Choose it under 'Date/time field for the time window'.").format(
                    field=time_field))
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
            capacity = _number(feature, "capacity")
            if capacity != capacity:
                capacity = sites.capacity[site]
            free, occupied = _number(feature, "free"), _number(feature, "occupied")
            free = capacity - occupied if free != free else free
            occupied = capacity - free if occupied != occupied else occupied
            if moment is None or free != free:
                unreadable += 1
                continue
            rows.append((site, moment, free, occupied))
        if unknown:
            feedback.pushInfo(tr(
                "Readings of {count} sites that are not among the snapped parking sites were "
                "ignored: {sites}.").format(count=len(unknown), sites=_listed(sorted(unknown))))
        if unreadable:
            feedback.pushWarning(tr(
                "{count} readings without a time or without free spaces (nor occupied spaces "
                "and capacity) were ignored.").format(count=unreadable))
        if not rows:
            feedback.pushWarning(tr(
                "The time window {window} holds no occupancy readings of the sites. "
                "Every site falls back to its latest occupancy rate (1 − o^c); choose a window "
                "within the readings for measured values.").format(
                    window=format_span(*time_window(self, parameters, context))))
            return empty
        site, moment, free, occupied = (np.array(column, dtype=float) for column in zip(*rows))
        feedback.pushInfo(tr("{count} readings of {sites} sites in the time window.").format(
            count=len(rows), sites=len(np.unique(site))))
        return Readings(site.astype(np.int64), moment, free, occupied)

    def _destinations(self, parameters: dict, context: QgsProcessingContext,
                      crs: QgsCoordinateReferenceSystem, graph: StreetGraph, tolerance: float,
                      sites: Sites, readings: Readings, feedback: QgsProcessingFeedback
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Edge, position along it and arrivals per hour of every destination."""
        source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        if source is None:
            arrivals = observed_arrivals(readings.site, readings.seconds, readings.occupied,
                                         len(sites.ids))
            feedback.pushInfo(tr(
                "Demand from the arrivals observed at the sites: {arrivals} vehicles per "
                "hour in the time window.").format(arrivals=local_number(arrivals.sum(), ".0f")))
            if not arrivals.sum() > 0:
                feedback.pushWarning(tr(
                    "No arrivals were observed in the time window, so nobody searches. Give "
                    "destinations with arrivals per hour, or a window with readings."))
            return sites.edge, sites.along, arrivals
        field = self.parameterAsString(parameters, self.ARRIVALS_FIELD, context)
        check_numeric(source, field)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        points = read_points(source, request, [field] if field else [], feedback)
        arrivals = points.values[field] if field else np.ones(len(points))
        missing = int(np.isnan(arrivals).sum())
        if missing:
            feedback.pushWarning(tr("{count} destinations have no value in “{field}” and "
                                    "count as 0 arrivals.").format(count=missing, field=field))
        edge, along, _ = graph.snap(points.x, points.y, tolerance)
        far = np.flatnonzero(edge < 0)
        if far.size:
            feedback.pushWarning(tr(
                "{count} of {total} destinations are farther than {tolerance} m from the "
                "street network and are left out (e.g. at {where}). Check their position or "
                "raise the snap tolerance.").format(
                    count=far.size, total=len(points), tolerance=local_number(tolerance, ".0f"),
                    where=_listed([f"{points.x[i]:.0f}, {points.y[i]:.0f}" for i in far])))
        feedback.pushInfo(tr("{count} destinations with {arrivals} arrivals per hour.")
                          .format(count=len(points) - far.size,
                                  arrivals=local_number(np.nansum(arrivals[edge >= 0]), ".0f")))
        return edge, along, np.nan_to_num(arrivals)

    def _scenario(self, parameters: dict, context: QgsProcessingContext, sites: Sites,
                  feedback: QgsProcessingFeedback) -> np.ndarray | None:
        """The capacity change of every site, or ``None`` without a scenario."""
        source = self.parameterAsSource(parameters, self.SCENARIO, context)
        if source is None:
            return None
        site_field = self.parameterAsString(parameters, self.SCENARIO_SITE_FIELD, context)
        change_field = self.parameterAsString(parameters, self.SCENARIO_CHANGE_FIELD, context)
        for name in (site_field, change_field):
            if not name or source.fields().lookupField(name) < 0:
                raise QgsProcessingException(tr(
                    "The scenario table needs a site id field and a capacity change field "
                    "(e.g. site_id and capacity_change); “{field}” is not in it.").format(
                        field=name or "?"))
        # Not check_numeric: a CSV table holds its numbers as text, which _number reads.
        index = {site: i for i, site in enumerate(sites.ids)}
        change = np.zeros(len(sites.ids))
        unknown = []
        for feature in source.getFeatures():
            site = str(feature[site_field])
            value = _number(feature, change_field)
            if site not in index or value != value:
                unknown.append(site)
                continue
            change[index[site]] += value
        if unknown:
            feedback.pushWarning(tr(
                "{count} scenario rows name no known parking site or have no capacity change "
                "and are ignored: {sites}.").format(count=len(unknown), sites=_listed(unknown)))
        feedback.pushInfo(tr("Scenario: {added} spaces added, {removed} removed at "
                             "{count} sites.").format(
            added=local_number(change[change > 0].sum(), "+.0f"),
            removed=local_number(-change[change < 0].sum(), ".0f"),
            count=int((change != 0).sum())))
        return change

    # Model --------------------------------------------------------------------------------

    def _probability(self, graph: StreetGraph, sites: Sites, readings: Readings,
                     change: np.ndarray | None,
                     feedback: QgsProcessingFeedback | None = None
                     ) -> tuple[np.ndarray, np.ndarray]:
        """Per edge, the probability of a free space and where it comes from
        (0 none, 1 readings, 2 latest occupancy rate); with ``feedback``, report the sites
        that fall back or are left out."""
        change = np.zeros(len(sites.ids)) if change is None else change
        free = changed_free(readings.free, change[readings.site])
        measured_p, measured = step_share(sites.edge[readings.site], readings.seconds, free,
                                          graph.edge_count)
        with_readings = np.zeros(len(sites.ids), dtype=bool)
        with_readings[readings.site] = True
        rate, capacity = changed_occupancy(sites.occupancy, sites.capacity, change)
        aggregate = (~with_readings & (sites.edge >= 0) & np.isfinite(rate)
                     & np.isfinite(capacity))
        aggregate_p = aggregate_probability(sites.edge[aggregate], rate[aggregate],
                                            capacity[aggregate], graph.edge_count)
        if feedback is not None:
            unusable = [site for i, site in enumerate(sites.ids)
                        if sites.edge[i] >= 0 and not with_readings[i] and not aggregate[i]]
            if unusable:
                feedback.pushWarning(tr(
                    "{count} parking sites have neither readings in the time window nor a "
                    "capacity and latest occupancy, and are left out: {sites}. Enter their "
                    "capacity, or import their readings.").format(
                        count=len(unusable), sites=_listed(unusable)))
            if aggregate.any():
                feedback.pushWarning(tr(
                    "{count} parking sites have no readings in the time window; their chance "
                    "of a free space is 1 − o^c from their latest occupancy rate o and capacity "
                    "c (a snapshot, and optimistic where spaces fill together): {sites}.")
                    .format(count=int(aggregate.sum()),
                            sites=_listed([s for s, a in zip(sites.ids, aggregate) if a])))
        source = np.where(measured, 1, 0)
        source[np.bincount(sites.edge[aggregate], minlength=graph.edge_count) > 0] = 2
        return either(measured_p, aggregate_p), source

    # Outputs ------------------------------------------------------------------------------

    def _write_segments(self, parameters, context, crs, graph: StreetGraph, parts: np.ndarray,
                        sites: Sites, p_free: np.ndarray, source: np.ndarray,
                        baseline: SearchResult, scenario: SearchResult | None,
                        feedback: QgsProcessingFeedback) -> str:
        fields = QgsFields()
        for name, kind in (("segment_id", FieldType.Int), ("length_m", FieldType.Double),
                           ("network_part", FieldType.Int), ("sites", FieldType.Int),
                           ("p_free", FieldType.Double), ("p_source", FieldType.String),
                           ("search_veh_h", FieldType.Double), ("search_vkm_h", FieldType.Double)):
            fields.append(QgsField(name, kind))
        if scenario is not None:
            for name in ("scenario_veh_h", "scenario_vkm_h", "diff_veh_h", "diff_vkm_h"):
                fields.append(QgsField(name, FieldType.Double))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 WkbType.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        site_count = np.bincount(sites.edge[sites.edge >= 0], minlength=graph.edge_count)
        labels = ("", "readings", "latest occupancy")
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
                      float(baseline.vehicles_h[edge]), float(baseline.vehicle_km_h[edge])]
            if scenario is not None:
                values += [float(scenario.vehicles_h[edge]), float(scenario.vehicle_km_h[edge]),
                           float(scenario.vehicles_h[edge] - baseline.vehicles_h[edge]),
                           float(scenario.vehicle_km_h[edge] - baseline.vehicle_km_h[edge])]
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        style_on_load(context, destination, STYLE)
        return destination

    def _write_heatmap(self, parameters, context, output: str, crs, graph: StreetGraph,
                       result: SearchResult, feedback: QgsProcessingFeedback) -> str:
        """Search vehicle-km spread over points along the segments, through the fast kernel
        density: the raster integrates to the search vehicle-km per hour."""
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        x, y, edge = graph.sample(min(pixel, radius / 4.0))
        per_edge = np.bincount(edge, minlength=graph.edge_count)
        weights = result.vehicle_km_h[edge] / per_edge[edge]
        try:
            grid = Grid.around((float(x.min()), float(y.min()), float(x.max()),
                                float(y.max())), radius, pixel)
        except GridTooLarge as error:
            raise QgsProcessingException(tr(
                "A heatmap pixel size of {pixel} would make a raster of {cells} cells. Choose "
                "a larger heatmap pixel size.").format(
                    pixel=pixel, cells=f"{error.rows * error.cols:,}")) from error
        density = kernel_density(x, y, grid, radius, weights, Kernel.QUARTIC, scaled=True,
                                 progress=Slice(feedback, 65.0, 30.0))
        # Scaled: vehicle-km per hour per square metre; per km² reads better on a legend.
        density *= 1e6
        peak = float(density.max())
        write_heatmap(output, density, grid.geotransform, crs, tr("Search traffic"),
                      tr("{value} vehicle-km/h per km²").format(value=local_number(peak, ".3g")),
                      tr("no search traffic"), context, feedback)
        return output

    def _write_summary(self, parameters, context, summaries: list[SearchSummary]) -> str:
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
        for key, (label, unit, decimals) in _summary_rows().items():
            # Rounded as a planner reads them (no 0.9657006705825854), each in its unit.
            values = [round(float(getattr(summary, key)), decimals) for summary in summaries]
            feature = QgsFeature(fields)
            scenario = values[1] if len(values) > 1 else None
            feature.setAttributes([key, label, unit, values[0], scenario,
                                   None if scenario is None else
                                   round(scenario - values[0], decimals)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination

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

    @staticmethod
    def _report_summary(summaries: list[SearchSummary], feedback: QgsProcessingFeedback) -> None:
        for title, summary in zip((tr("Baseline"), tr("Scenario")), summaries):
            feedback.pushInfo(title + ": " + "; ".join(
                f"{label} {local_number(getattr(summary, key), f'.{decimals}f')} {unit}"
                for key, (label, unit, decimals) in _summary_rows().items()))


def _summary_rows() -> dict[str, tuple[str, str, int]]:
    """The summary's measures: field of :class:`SearchSummary` → (label, unit, decimals)."""
    return {
        "arrivals_h": (tr("Arrivals"), tr("vehicles/h"), 1),
        "total_vehicle_km_h": (tr("Total search traffic"), tr("vehicle-km/h"), 1),
        "mean_search_m": (tr("Mean search distance per arrival"), "m", 0),
        "mean_search_min": (tr("Mean search time per arrival"), "min", 1),
        "co2_kg_h": (tr("CO₂ from searching"), "kg/h", 1),
        "give_up_share": (tr("Share of arrivals giving up"), tr("share (0–1)"), 3),
    }


def _summary_labels() -> dict[str, str]:
    return {key: label for key, (label, _, _) in _summary_rows().items()}


def _line_wkb(line: np.ndarray) -> bytes:
    """ISO WKB of a 2D linestring: a QgsPointXY per vertex is far slower."""
    header = np.array([(1, 2, len(line))], dtype=[("order", "u1"), ("type", "<u4"),
                                                  ("points", "<u4")])
    return header.tobytes() + np.ascontiguousarray(line, dtype="<f8").tobytes()


def _number(feature: QgsFeature, name: str) -> float:
    """The field's value as a float; NaN when the field is missing, NULL or not a number."""
    if feature.fields().lookupField(name) < 0:
        return np.nan
    return number_or_nan(feature[name])


def _seconds(value) -> float | None:
    """Seconds since 1970 of a stored date/time (a QDateTime or ISO 8601 text, in UTC when
    it carries no zone), whatever zone the machine runs in."""
    moment = stored_instant(value)
    return moment.timestamp() if moment is not None else None


def _listed(items: list[str]) -> str:
    shown = ", ".join(str(item) for item in items[:_LISTED])
    more = len(items) - _LISTED
    return shown + (tr(" and {count} more").format(count=more) if more > 0 else "")
