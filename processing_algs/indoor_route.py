"""``heilbronn:indoorroute``: the fastest (or barrier-free) route through a venue's floorplans,
from a room or point to a room or point, across levels and buildings, around hazards."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..heilbronn_digital_plugin.analysis.indoor_graph import Graph, build_graph
from ..heilbronn_digital_plugin.analysis.indoor_instructions import instructions
from ..heilbronn_digital_plugin.analysis.indoor_route import (
    DEFAULT_MIN_DOOR_WIDTH,
    DEFAULT_WALKING_SPEED,
    DEFAULT_WHEELCHAIR_SPEED,
    AmbiguousRoom,
    Blocker,
    NoRoute,
    Options,
    OutsideSpaces,
    Place,
    UnknownRoom,
    find_room,
    point_place,
    room_place,
    route,
    similar_rooms,
)
from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.store.floor_levels import request_level
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.numbers import local_number
from ..heilbronn_digital_plugin.toolbelt.paths import style_path
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import (
    FieldType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from ..heilbronn_digital_plugin.toolbelt.translation import qgis_locale
from .base import HeilbronnAlgorithm
from .common import add_advanced, utm_crs
from .indoor_route_input import all_levels, read_floorplan
from .project_defaults import offer_project_layer
from .styling import style_on_load

STYLE = style_path("indoor_route")
# By name, so that loading the algorithm (qgis_process) needs no GUI module.
ROOM_PICKER = (f"{__package__.rsplit('.', 1)[0]}.heilbronn_digital_plugin.gui.room_picker."
               "RoomWidgetWrapper")


class IndoorRouteAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "indoor"
    SPACES = "SPACES"
    OPENINGS = "OPENINGS"
    CONNECTORS = "CONNECTORS"
    HAZARDS = "HAZARDS"
    START_ROOM = "START_ROOM"
    START_POINT = "START_POINT"
    START_LEVEL = "START_LEVEL"
    END_ROOM = "END_ROOM"
    END_POINT = "END_POINT"
    END_LEVEL = "END_LEVEL"
    BARRIER_FREE = "BARRIER_FREE"
    MIN_DOOR_WIDTH = "MIN_DOOR_WIDTH"
    WALKING_SPEED = "WALKING_SPEED"
    WHEELCHAIR_SPEED = "WHEELCHAIR_SPEED"
    OUTPUT = "OUTPUT"
    SINK_STYLES = {"OUTPUT": "indoor_route"}
    INSTRUCTIONS = "INSTRUCTIONS"
    LENGTH = "LENGTH"
    TIME = "TIME"
    STEPS = "STEPS"

    def name(self) -> str:
        return "indoorroute"

    def displayName(self) -> str:
        return tr("Indoor route (barrier-free, around hazards)")

    def tags(self) -> list[str]:
        return tr("indoor,route,routing,navigation,barrier-free,wheelchair,elevator,floorplan,"
                  "wayfinding").split(",")

    def shortHelpString(self) -> str:
        return tr(
            "Finds the fastest way through the floorplans of a venue, from a room (by name or "
            "id) or a point on a level to a room or a point, across levels and buildings.\n\n"
            "Paths run from door to door through each space and stay inside it, bending "
            "around corners; elevators, stairs, escalators and ramps with the same shaft_id "
            "join the levels. Hazards, grown by their buffer_m, are avoided in every mode.\n\n"
            "Barrier-free: no stairs or escalators, no door narrower than the minimum width "
            "(a door of unknown width only when marked accessible), no space, door or "
            "connector marked inaccessible (accessible = 0). When there is no barrier-free "
            "route, the message names what blocks it.\n\n"
            "Outputs: the route as lines per level (building_id, level_id, ordinal, leg, "
            "length_m, time_s), so a level filter shows the right part; step-by-step "
            "instructions in German and English (also in the log); total length and time. "
            "Times use the walking speed, or the wheelchair speed when barrier-free, plus "
            "fixed times for elevators (wait and ride), stairs, escalators and ramps.")

    def initAlgorithm(self, config=None) -> None:
        polygons = ProcessingSourceType.VectorPolygon
        lines, points = ProcessingSourceType.VectorLine, ProcessingSourceType.VectorPoint
        for name, label, kinds, layer in (
                (self.SPACES, tr("Spaces (rooms, corridors)"), [polygons], "indoor_spaces"),
                (self.OPENINGS, tr("Openings (doors)"), [lines], "indoor_openings"),
                (self.CONNECTORS, tr("Vertical connectors (elevators, stairs)"), [points],
                 "indoor_connectors"),
                (self.HAZARDS, tr("Hazards"), [polygons, points], "indoor_hazards")):
            # The dialog offers the project's floorplan layers, so a planner's edits count;
            # hazards may be left out.
            self.addParameter(offer_project_layer(QgsProcessingParameterVectorLayer(
                name, label, kinds, None, name == self.HAZARDS), layer))
        for room, point, level, which in (
                (self.START_ROOM, self.START_POINT, self.START_LEVEL, tr("Start")),
                (self.END_ROOM, self.END_POINT, self.END_LEVEL, tr("Destination"))):
            room_parameter = QgsProcessingParameterString(
                room, tr("{which}: room (name or space_id)").format(which=which),
                optional=True)
            # The dialog offers the rooms as a list and a pick on the map; scripts still give
            # a name or space_id.
            room_parameter.setMetadata({"widget_wrapper": {"class": ROOM_PICKER}})
            self.addParameter(room_parameter)
            self.addParameter(QgsProcessingParameterPoint(
                point, tr("{which}: point (instead of a room)").format(which=which),
                optional=True))
            self.addParameter(QgsProcessingParameterNumber(
                level, tr("{which}: level of the point (ordinal)").format(which=which),
                ProcessingNumberParameterType.Integer, 0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.BARRIER_FREE, tr("Barrier-free (wheelchair)"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_DOOR_WIDTH, tr("Minimum door width, barrier-free (m)"),
            ProcessingNumberParameterType.Double, DEFAULT_MIN_DOOR_WIDTH, False, 0.0, 10.0))
        add_advanced(self, QgsProcessingParameterNumber(
            self.WALKING_SPEED, tr("Walking speed (m/s)"), ProcessingNumberParameterType.Double,
            DEFAULT_WALKING_SPEED, False, 0.1, 10.0))
        add_advanced(self, QgsProcessingParameterNumber(
            self.WHEELCHAIR_SPEED, tr("Wheelchair speed (m/s)"),
            ProcessingNumberParameterType.Double, DEFAULT_WHEELCHAIR_SPEED, False, 0.1, 10.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Route"), ProcessingSourceType.VectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.INSTRUCTIONS, tr("Route instructions (all levels)"),
            ProcessingSourceType.Vector))
        self.addOutput(QgsProcessingOutputNumber(self.LENGTH, tr("Route length (m)")))
        self.addOutput(QgsProcessingOutputNumber(self.TIME, tr("Route time (s)")))
        self.addOutput(QgsProcessingOutputString(self.STEPS, tr("Instructions")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        # Before any reading: a start and a destination are needed.
        for room, point, which in ((self.START_ROOM, self.START_POINT, tr("start")),
                                   (self.END_ROOM, self.END_POINT, tr("destination"))):
            if not self.parameterAsString(parameters, room, context).strip() \
                    and parameters.get(point) in (None, ""):
                raise QgsProcessingException(tr(
                    "Choose the {which}: a room (name or space_id) or a point with its "
                    "level.").format(which=which))
        layers = {}
        for name in (self.SPACES, self.OPENINGS, self.CONNECTORS, self.HAZARDS):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is None and name == self.HAZARDS and not parameters.get(name):
                layers[name] = None
                continue
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            layers[name] = all_levels(layer, feedback)
        crs = layers[self.SPACES].crs()
        if crs.isGeographic():
            crs = utm_crs(layers[self.SPACES], context)
            feedback.pushInfo(tr("The floorplan is in a geographic CRS (degrees). It was "
                                 "reprojected to {crs} so that distances are in metres.")
                              .format(crs=crs.authid()))
        options = Options(
            barrier_free=self.parameterAsBoolean(parameters, self.BARRIER_FREE, context),
            min_door_width=self.parameterAsDouble(parameters, self.MIN_DOOR_WIDTH, context),
            walking_speed=self.parameterAsDouble(parameters, self.WALKING_SPEED, context),
            wheelchair_speed=self.parameterAsDouble(parameters, self.WHEELCHAIR_SPEED, context))

        plan = read_floorplan(layers[self.SPACES], layers[self.OPENINGS],
                              layers[self.CONNECTORS], layers[self.HAZARDS], crs, context,
                              feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(20.0)
        try:
            graph = build_graph(plan, Slice(feedback, 20.0, 60.0))
        except Canceled:
            return {}
        self._report_problems(graph, feedback)
        start = self._place(parameters, context, graph, crs, self.START_ROOM, self.START_POINT,
                            self.START_LEVEL, tr("start"))
        end = self._place(parameters, context, graph, crs, self.END_ROOM, self.END_POINT,
                          self.END_LEVEL, tr("destination"))
        try:
            found = route(graph, start, end, options)
        except NoRoute as failure:
            raise QgsProcessingException(self._no_route(graph, start, end, failure)) from None
        feedback.setProgress(90.0)
        steps = instructions(graph, found)

        destination = self._write_legs(parameters, context, found, crs)
        table = self._write_steps(parameters, context, steps)
        language = "de" if qgis_locale().lower().startswith("de") else "en"
        lines = [f"{step.number}. {step.text[language]}" for step in steps]
        for line in lines:
            feedback.pushInfo(line)
        feedback.pushInfo(tr("Route: {length} m, {minutes} min ({mode}).").format(
            length=local_number(found.length, ".0f"),
            minutes=local_number(found.seconds / 60.0, ".1f"),
            mode=tr("barrier-free") if options.barrier_free else tr("walking")))
        first = next((leg for leg in found.legs if leg.building), None)
        # Shown first on the level the route starts on (the level switcher reads the wish).
        style_on_load(context, destination, STYLE, then=None if first is None else
                      lambda layer: request_level(layer, first.building, first.ordinal))
        feedback.setProgress(100.0)
        return {self.OUTPUT: destination, self.INSTRUCTIONS: table, self.LENGTH: found.length,
                self.TIME: found.seconds, self.STEPS: "\n".join(lines)}

    def _place(self, parameters: dict, context: QgsProcessingContext, graph: Graph,
               crs: QgsCoordinateReferenceSystem, room_name: str, point_name: str,
               level_name: str, which: str) -> Place:
        room = self.parameterAsString(parameters, room_name, context).strip()
        if room:
            try:
                return room_place(graph, find_room(graph, room))
            except UnknownRoom:
                similar = similar_rooms(graph, room)
                if similar:
                    raise QgsProcessingException(tr(
                        "No room has the name or space_id “{room}” (the {which}). Did you "
                        "mean {rooms}?").format(
                            room=room, which=which,
                            rooms=tr(" or ").join(_space_name(graph, i) for i in similar))
                    ) from None
                raise QgsProcessingException(tr(
                    "No room has the name or space_id “{room}” (the {which}), nor one like "
                    "it. Choose the room from the list in the dialog, or check its name in "
                    "the spaces layer, e.g. “{example}”.").format(
                        room=room, which=which, example=_example(graph))) from None
            except AmbiguousRoom as ambiguous:
                ids = ", ".join(graph.plan.spaces.ids[i] for i in ambiguous.matches[:6])
                raise QgsProcessingException(tr(
                    "{count} spaces are called “{room}” (the {which}). Give the space_id of "
                    "the one you mean instead: {ids}.").format(
                        count=len(ambiguous.matches), room=room, which=which,
                        ids=ids)) from None
        point = self.parameterAsPoint(parameters, point_name, context, crs)
        level = self.parameterAsInt(parameters, level_name, context)
        try:
            return point_place(graph, (point.x(), point.y()), level)
        except OutsideSpaces:
            raise QgsProcessingException(tr(
                "The {which} point ({x}, {y}) lies in no space of level {level}. Pick "
                "a point inside a room or corridor of that level, or check the level "
                "(ordinal).").format(which=which, x=local_number(point.x(), ".1f"),
                                     y=local_number(point.y(), ".1f"),
                                     level=level)) from None

    def _report_problems(self, graph: Graph, feedback: QgsProcessingFeedback) -> None:
        problems, plan = graph.problems, graph.plan
        if problems.doors_without_space:
            feedback.pushWarning(tr(
                "{count} openings touch no space on their level and are left out: {ids}.")
                .format(count=len(problems.doors_without_space),
                        ids=_some(plan.openings.ids, problems.doors_without_space)))
        if problems.connectors_outside:
            feedback.pushWarning(tr(
                "{count} connectors lie in no space of their level and are left out: {ids}.")
                .format(count=len(problems.connectors_outside),
                        ids=_some(plan.connectors.ids, problems.connectors_outside)))
        if problems.connectors_alone:
            feedback.pushWarning(tr(
                "{count} connectors have no partner with the same shaft_id on another level "
                "and lead nowhere: {ids}.").format(
                    count=len(problems.connectors_alone),
                    ids=_some(plan.connectors.ids, problems.connectors_alone)))

    def _no_route(self, graph: Graph, start: Place, end: Place, failure: NoRoute) -> str:
        journey = tr("from {start} to {end}").format(
            start=_space_name(graph, start.space), end=_space_name(graph, end.space))
        if not failure.blockers:
            return tr("There is no route {journey}: no door, connector or entrance joins them "
                      "in the floorplan. Check that the doors touch both spaces and that "
                      "connectors of one elevator or staircase share a shaft_id.").format(
                          journey=journey)
        reasons = "; ".join(_blocker_text(graph, b) for b in failure.blockers[:5])
        if any(b.kind != "hazard" for b in failure.blockers):
            return tr("There is no barrier-free route {journey}. The way would need: "
                      "{reasons}. Choose other places, open these, or route without "
                      "'Barrier-free'.").format(journey=journey, reasons=reasons)
        if failure.barrier_free:
            return tr("There is no barrier-free route {journey} around the hazards. It is "
                      "blocked by: {reasons}. Remove the hazard once it is cleared, or lower "
                      "its buffer_m.").format(journey=journey, reasons=reasons)
        return tr("There is no route {journey} around the hazards. It is blocked by: "
                  "{reasons}. Remove the hazard once it is cleared, or lower its buffer_m.")\
            .format(journey=journey, reasons=reasons)

    def _write_legs(self, parameters: dict, context: QgsProcessingContext, found,
                    crs: QgsCoordinateReferenceSystem) -> str:
        fields = QgsFields()
        for name, kind in (("building_id", FieldType.String), ("level_id", FieldType.String),
                           ("ordinal", FieldType.Int), ("leg", FieldType.Int),
                           ("length_m", FieldType.Double), ("time_s", FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 WkbType.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for number, leg in enumerate(found.legs, start=1):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY(
                [QgsPointXY(float(x), float(y)) for x, y in leg.xy]))
            feature.setAttributes([leg.building, leg.level, leg.ordinal, number,
                                   round(leg.length, 2), round(leg.seconds, 1)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination

    def _write_steps(self, parameters: dict, context: QgsProcessingContext, steps) -> str:
        fields = QgsFields()
        for name, kind in (("step", FieldType.Int), ("building_id", FieldType.String),
                           ("ordinal", FieldType.Int), ("text_de", FieldType.String),
                           ("text_en", FieldType.String), ("length_m", FieldType.Double),
                           ("time_s", FieldType.Double)):
            fields.append(QgsField(name, kind))
        sink, destination = self.parameterAsSink(parameters, self.INSTRUCTIONS, context, fields,
                                                 WkbType.NoGeometry,
                                                 QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.INSTRUCTIONS))
        for step in steps:
            feature = QgsFeature(fields)
            feature.setAttributes([step.number, step.building, step.ordinal, step.text["de"],
                                   step.text["en"], round(step.metres, 2),
                                   round(step.seconds, 1)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination


def _some(ids: list[str], indices: list[int], limit: int = 5) -> str:
    shown = ", ".join(ids[i] for i in indices[:limit])
    return shown + (" …" if len(indices) > limit else "")


def _space_name(graph: Graph, space: int) -> str:
    spaces = graph.plan.spaces
    name = spaces.names[space] or spaces.ids[space]
    return f"“{name}” ({tr('level {ordinal}').format(ordinal=int(spaces.ordinal[space]))})"


def _example(graph: Graph) -> str:
    names = [n for n in graph.plan.spaces.names if n]
    return names[0] if names else graph.plan.spaces.ids[0]


def _blocker_text(graph: Graph, blocker: Blocker) -> str:
    plan = graph.plan
    if blocker.kind == "space":
        return tr("the space {name} is marked inaccessible").format(
            name=_space_name(graph, blocker.index))
    if blocker.kind == "door":
        door = blocker.index
        label = tr("the door {id} on level {ordinal}").format(
            id=plan.openings.ids[door], ordinal=int(plan.openings.ordinal[door]))
        return {
            "door_closed": tr("{door} is marked inaccessible"),
            "door_narrow": tr("{door} is only {width} m wide"),
            "door_width_unknown": tr("{door} has no known width and is not marked accessible"),
        }[blocker.reason].format(door=label,
                                 width=local_number(float(plan.openings.width[door]), ".2f"))
    if blocker.kind == "connector":
        c = blocker.index
        label = tr("“{name}” ({kind}, {id}) on level {ordinal}").format(
            name=plan.connectors.names[c] or plan.connectors.ids[c],
            kind=_kind_word(plan.connectors.kinds[c]), id=plan.connectors.ids[c],
            ordinal=int(plan.connectors.ordinal[c]))
        if blocker.reason == "connector_kind":
            return tr("{connector} cannot be used with a wheelchair").format(connector=label)
        return tr("{connector} is marked inaccessible (closed)").format(connector=label)
    hazards = plan.hazards
    return tr("the hazard “{name}” ({id}) on level {ordinal}").format(
        name=hazards.names[blocker.index] or hazards.ids[blocker.index],
        id=hazards.ids[blocker.index], ordinal=int(hazards.ordinal[blocker.index]))


def _kind_word(kind: str) -> str:
    return {"elevator": tr("elevator"), "stairs": tr("stairs"), "escalator": tr("escalator"),
            "ramp": tr("ramp")}.get(kind, kind)
