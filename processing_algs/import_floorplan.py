"""``heilbronn:importfloorplan``: IMDF, OSM indoor or plain CAD floorplans into the store.

Thin glue: pick the reader, run the checks, write in one transaction, report and load the
styled indoor layers. Reading, repairing and writing live in ``feeds/``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..heilbronn_digital_plugin.analysis.progress import Canceled, Slice
from ..heilbronn_digital_plugin.feeds.floorplan import (
    AMENITIES,
    BUILDINGS,
    CONNECTORS,
    HAZARDS,
    INDOOR_LAYERS,
    LEVELS,
    OPENINGS,
    SPACES,
    Floorplan,
    FloorplanFormatError,
    rename_building,
)
from ..heilbronn_digital_plugin.feeds.floorplan_checks import prepare
from ..heilbronn_digital_plugin.feeds.floorplan_store import (
    FloorplanStoreError,
    ImportResult,
    write_floorplan,
)
from ..heilbronn_digital_plugin.feeds.imdf import parse_imdf, read_imdf
from ..heilbronn_digital_plugin.feeds.limits import TooLarge, read_file
from ..heilbronn_digital_plugin.feeds.osm_indoor import parse_osm_indoor
from ..heilbronn_digital_plugin.feeds.plain_floorplan import read_plain_floorplan
from ..heilbronn_digital_plugin.store.core import Store
from ..heilbronn_digital_plugin.store.layers import (
    DEFAULT_ORDINAL,
    LAYER_PROPERTY,
    layer_title,
    level_filter,
)
from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.qgis_compat import ProcessingFileParameterBehavior
from .base import HeilbronnAlgorithm
from .project_defaults import offer_project_store
from .store_outputs import (
    load_store_layer,
    report_store_notes,
    store_from_parameter,
    store_parameter,
)
from .styling import aliases_on_load

DETECT, IMDF, OSM, PLAIN = range(4)
# Output name of each indoor layer and of its count, in the order they are reported.
LAYER_OUTPUTS = ((BUILDINGS, "BUILDINGS"), (LEVELS, "LEVELS"), (SPACES, "SPACES"),
                 (OPENINGS, "OPENINGS"), (CONNECTORS, "CONNECTORS"), (AMENITIES, "AMENITIES"),
                 (HAZARDS, "HAZARDS"))
_PLAIN_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".fgb", ".gml", ".kml", ".dxf")
# Problems listed one by one in the log; the rest are counted.
MAX_LISTED = 30


class ImportFloorplanAlgorithm(HeilbronnAlgorithm):
    GROUP_ID = "import"
    FORMAT = "FORMAT"
    INPUT = "INPUT"
    LEVEL_FIELD = "LEVEL_FIELD"
    LEVEL = "LEVEL"
    ROOM_TYPE_FIELD = "ROOM_TYPE_FIELD"
    BUILDING_ID = "BUILDING_ID"
    BUILDING_NAME = "BUILDING_NAME"
    STORE = "STORE"
    SKIPPED = "SKIPPED"
    REPAIRED = "REPAIRED"

    def name(self) -> str:
        return "importfloorplan"

    def displayName(self) -> str:
        return tr("Import floorplan (IMDF, OSM indoor, CAD)")

    def tags(self) -> list[str]:
        return tr("imdf,osm,openstreetmap,indoor,floorplan,grundriss,gebäude,cad,import").split(
            ",")

    def shortHelpString(self) -> str:
        return tr(
            "Imports a building floorplan into the indoor layers of a store (a GeoPackage, or a "
            "shared PostGIS store: a saved PostgreSQL connection or service=…) "
            "(buildings, levels, spaces, doors, elevators and stairs, amenities), in ETRS89 / "
            "UTM 32N. The store is created if it does not exist.\n\n"
            "Formats: an IMDF archive (.zip) or folder (choose its manifest.json); an "
            "OpenStreetMap file (.osm) with Simple Indoor Tagging (indoor=room, corridor, area, "
            "level; level=* with lists such as 0;1 and ranges such as -1-2; door=*, "
            "highway=elevator, wheelchair=*); or a plain GeoJSON or GeoPackage from a CAD "
            "export, where you name the field with the level (numbers or EG, 1. OG, UG) and "
            "optionally the field with the room type. 'Detect' decides by the file name.\n\n"
            "A CAD drawing of one floor (DXF, or converted to GeoJSON) has no level field: give "
            "its level instead. Closed polylines become rooms, their CAD layer names (such as "
            "A_Raum_Flur or A_Treppe) give the room type, and lines on layers that are no "
            "doors (facades, walls) are counted, not imported.\n\n"
            "Ids are kept from the source with a prefix, so importing the same source again "
            "updates its records instead of adding them twice. Everything is written in one "
            "transaction: if the import fails, the store is unchanged.\n\n"
            "What cannot be used is left out and listed in the log, naming the record: spaces "
            "without a level, doors that touch no space, unreadable levels. Invalid outlines "
            "are repaired, unknown room types stored as 'room', two levels with one ordinal "
            "reported. Elevators, stairs, escalators and ramps that overlap on different levels "
            "are linked as one shaft.\n\n"
            "The building id and name replace those of a source with one building or none "
            "(plain files, OSM files without a building outline).")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"),
            [tr("Detect from the file name"), tr("IMDF (archive or folder)"),
             tr("OpenStreetMap indoor (.osm)"), tr("Plain GeoJSON/GeoPackage (CAD export)")],
            defaultValue=DETECT))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Floorplan file (for an IMDF folder: its manifest.json)"),
            ProcessingFileParameterBehavior.File,
            # "(*)", not QGIS's default "(*.*)": scripts may pass an IMDF folder's path.
            fileFilter=tr("Floorplans (*.zip *.json *.geojson *.osm *.pbf *.gpkg);;"
                          "All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.LEVEL_FIELD, tr("Level field (plain files only)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LEVEL, tr("Level of the whole file (plain files without a level field, e.g. "
                           "EG or 1. OG)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ROOM_TYPE_FIELD, tr("Room type field (plain files only)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BUILDING_ID, tr("Building id (replaces the source's)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BUILDING_NAME, tr("Building name (replaces the source's)"), optional=True))
        self.addParameter(offer_project_store(store_parameter(self.STORE)))
        for layer, output in LAYER_OUTPUTS:
            self.addOutput(QgsProcessingOutputVectorLayer(output, layer_title(layer)))
            self.addOutput(QgsProcessingOutputNumber(
                f"{output}_COUNT", tr("{layer}: records written").format(
                    layer=layer_title(layer))))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Records left out")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, tr("Records repaired")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        path = self.parameterAsFile(parameters, self.INPUT, context)
        chosen = self.parameterAsEnum(parameters, self.FORMAT, context)
        level_field = self.parameterAsString(parameters, self.LEVEL_FIELD, context).strip()
        level = self.parameterAsString(parameters, self.LEVEL, context).strip()
        room_type_field = self.parameterAsString(
            parameters, self.ROOM_TYPE_FIELD, context).strip()
        building_id = self.parameterAsString(parameters, self.BUILDING_ID, context).strip()
        building_name = self.parameterAsString(parameters, self.BUILDING_NAME, context).strip()
        store = store_from_parameter(self, parameters, self.STORE, context, INDOOR_LAYERS)
        if not path or not Path(path.partition("|")[0]).exists():
            raise QgsProcessingException(tr("The floorplan {path} does not exist.").format(
                path=path))
        kind = chosen if chosen != DETECT else detect_format(path)
        if kind == PLAIN and not level_field and not level:
            raise QgsProcessingException(tr(
                "A plain floorplan needs its level: name the field that says on which level "
                "each room is, or give one level for the whole file (a CAD drawing of one "
                "floor)."))
        try:
            plan = _read(kind, path, level_field, room_type_field or None, building_id, level)
            feedback.setProgress(20.0)
            if building_id or building_name:
                rename_building(plan, building_id, building_name)
            prepare(plan, Slice(feedback, 20.0, 60.0))
            if not any(plan.records[layer] for layer, _ in LAYER_OUTPUTS[1:]):
                raise FloorplanFormatError(tr(
                    "Nothing in {path} could be imported (left out: {count}; the first "
                    "reason: {reason})").format(
                        path=Path(path).name, count=plan.skipped,
                        reason=plan.problems[0] if plan.problems else "-"))
            if feedback.isCanceled():
                raise Canceled()
            result = write_floorplan(store, plan)
        except Canceled:
            feedback.pushInfo(tr("Canceled: the store is unchanged."))
            return {}
        except (FloorplanFormatError, FloorplanStoreError) as error:
            raise QgsProcessingException(tr("{error} The store is unchanged.").format(
                error=str(error).rstrip(".") + ".")) from error
        report_store_notes(store, feedback)
        _report(plan.source, result, feedback)
        outputs = {self.STORE: store.text, self.SKIPPED: result.skipped,
                   self.REPAIRED: result.repaired}
        for layer, output in LAYER_OUTPUTS:
            outputs[output] = store.layer_string(layer)
            outputs[f"{output}_COUNT"] = result.count(layer)
        self._store = store
        self._written = [layer for layer, _ in LAYER_OUTPUTS if result.count(layer)]
        feedback.setProgress(100.0)
        return outputs

    def postProcessAlgorithm(self, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback) -> dict:
        store = getattr(self, "_store", None)
        if store:
            outputs = dict(LAYER_OUTPUTS)
            for layer in self._written:
                _load_on_completion(context, store, layer, outputs[layer])
        aliases_on_load(context)
        return {}


def detect_format(path: str) -> int:
    """IMDF for folders, manifest.json and .zip archives with IMDF files; OSM for .osm and
    .pbf; plain for other vector files. Refuses, with a sentence, what it cannot tell."""
    target = Path(path.partition("|")[0])
    name = target.name.lower()
    if target.is_dir() or name == "manifest.json":
        return IMDF
    if name.endswith(".zip"):
        try:
            with zipfile.ZipFile(target) as archive:
                names = [Path(n).name.lower() for n in archive.namelist()]
        except (zipfile.BadZipFile, OSError) as error:
            raise QgsProcessingException(tr(
                "{file} is not a readable .zip archive ({error}). Export or download it "
                "again.").format(file=target.name, error=error)) from error
        if "unit.geojson" in names or "manifest.json" in names:
            return IMDF
    if name.endswith((".osm", ".pbf")):
        return OSM
    if name.endswith(_PLAIN_SUFFIXES):
        return PLAIN
    raise QgsProcessingException(tr(
        "The format of {file} cannot be told from its name: choose it under 'Format'.").format(
            file=target.name))


def _read(kind: int, path: str, level_field: str, room_type_field: str | None,
          building_id: str, level: str = "") -> Floorplan:
    target = Path(path.partition("|")[0])
    source = target.parent.name if target.name.lower() == "manifest.json" else \
        target.name.split(".")[0]
    if kind == IMDF:
        return parse_imdf(read_imdf(target), source)
    if kind == OSM:
        try:
            data = read_file(target)
        except (TooLarge, OSError) as error:
            raise FloorplanFormatError(str(error)) from error
        return parse_osm_indoor(data, source)
    return read_plain_floorplan(path, level_field, room_type_field, source, building_id,
                                level)


def _report(source: str, result: ImportResult, feedback: QgsProcessingFeedback) -> None:
    counts = ", ".join(f"{layer_title(layer)} {result.count(layer)}"
                       for layer, _ in LAYER_OUTPUTS)
    new = sum(w.inserted for w in result.written.values())
    updated = sum(w.updated for w in result.written.values())
    feedback.pushInfo(tr("{source}: {counts} ({new} new, {updated} updated); {skipped} left "
                         "out, {repaired} repaired.").format(
                             source=source, counts=counts, new=new, updated=updated,
                             skipped=result.skipped, repaired=result.repaired))
    if result.ignored:
        feedback.pushInfo(tr("Not imported (the store has no layer for them): {kinds}.").format(
            kinds=", ".join(f"{kind} {count}" for kind, count in sorted(result.ignored.items()))))
    for problem in result.problems[:MAX_LISTED]:
        feedback.pushWarning(problem)
    if len(result.problems) > MAX_LISTED:
        feedback.pushWarning(tr("… and {count} more.").format(
            count=len(result.problems) - MAX_LISTED))


def _load_on_completion(context: QgsProcessingContext, store: Store, layer: str,
                        output: str) -> None:
    """Load ``layer`` when the algorithm ends: marked as a store layer (so the plugin's level
    switcher finds it) and, for floorplan layers, showing one level."""
    subset = "" if layer == BUILDINGS else level_filter(DEFAULT_ORDINAL)

    def mark(loaded: QgsMapLayer) -> None:
        loaded.setCustomProperty(LAYER_PROPERTY, layer)

    load_store_layer(context, store, layer, output, subset, mark)
