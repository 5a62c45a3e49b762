"""The demo project's Vernissage tour: seven stations in German and English, ready to present.

``sample_data/build_sample_data.py`` calls :func:`compute_tour_layers` while the GeoPackage is
still closed (the analyses the tour shows are stored in it) and :func:`add_demo_tour` once the
project's layers are there. The stations: citizen reports as a heatmap; their hot spots; their
emerging hot spots; a parking day, animated; the what-if of parking guidance at the peak hour;
and a barrier-free route through the Rathaus, on the first floor and on the second floor.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeLayer,
    QgsProject,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..store.layers import INDOOR, LAYER_PROPERTY, PARKING, REPORTS, topic_title
from ..toolbelt.i18n import tr
from ..toolbelt.paths import style_path
from ..toolbelt.qgis_compat import GeometryType
from ..toolbelt.style_language import load_style
from .vernissage_tour import Caption, Station, StationTime, save_tour

EMERGING = "citizen_report_emerging_hotspots"
ROUTE = "vernissage_route"
WHAT_IF = "vernissage_parking_guidance"
HOT_SPOTS = "citizen_report_hotspots"
# The tour's own layers (their tables; demo layers of the project, named by these keys).
TOUR_LAYERS = (EMERGING, ROUTE, WHAT_IF)
# The demo's views (EPSG:25832): the core city, the market with its garages, the Rathaus.
CRS = "EPSG:25832"
# The reports' heatmap is drawn only from 1:8,000 outwards (demo_project.DOTS_FROM_SCALE): this
# view is wide enough for it full screen on any screen up to 2560 × 1440 (about 1:10,500
# there; 1:16,000 at 1600 × 1000) and on the handout's page (about 1:32,000).
CORE_CITY = (512200.0, 5441400.0, 518600.0, 5445400.0)
MARKET = (515150.0, 5442750.0, 516350.0, 5443650.0)
# The Rathaus's floor plan (48 m × 30 m) fills the presenter's map left of its legend and
# above its caption: room on the right and below.
RATHAUS = (515916.0, 5443266.0, 515994.0, 5443315.0)
WHOLE_LAYER = "whole layer"  # the extent of the station's last layer
GUIDED_PERCENT = 50.0
# The demo's barrier-free route (scripts/demo.py): on the ground floor the sample's wet floor
# covers the lift's door, so it starts upstairs.
ROUTE_FROM, ROUTE_TO = "Kleiner Sitzungssaal", "Büro 2.12"
BUILDING = "hn-rathaus"
# The demo Tuesday on Heilbronn's clock (the Temporal Controller's digits), 15-minute frames.
DAY = ("2025-11-18T00:00:00Z", "2025-11-19T00:00:00Z")
# Search traffic per hour, scenario minus baseline: less search green, more red.
DIFFERENCE_CLASSES = ((-1000.0, -2.0, "#1a9641"), (-2.0, -0.5, "#a6d96a"),
                      (-0.5, 0.5, "#d9d9d9"), (0.5, 2.0, "#fdae61"), (2.0, 1000.0, "#d7191c"))


def compute_tour_layers(gpkg_path: Path, what_if_parameters: dict) -> None:
    """The analyses the tour shows, stored in the GeoPackage: emerging hot spots of the
    reports, the barrier-free route, and heilbronn:parkingsearchtraffic with
    ``what_if_parameters`` (the demo's peak hour) against half the drivers guided."""
    import processing

    gpkg = str(gpkg_path)

    def into(table: str) -> str:
        return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"

    def layer(name: str) -> str:
        return f"{gpkg}|layername={name}"

    processing.run("heilbronn:emerginghotspots", {
        "INPUT": layer("citizen_reports"), "TIME_FIELD": "requested_datetime",
        "OUTPUT": into(EMERGING)})
    processing.run("heilbronn:indoorroute", {
        "SPACES": layer("indoor_spaces"), "OPENINGS": layer("indoor_openings"),
        "CONNECTORS": layer("indoor_connectors"), "HAZARDS": layer("indoor_hazards"),
        "START_ROOM": ROUTE_FROM, "END_ROOM": ROUTE_TO, "BARRIER_FREE": True,
        "OUTPUT": into(ROUTE), "INSTRUCTIONS": "TEMPORARY_OUTPUT"})
    processing.run("heilbronn:parkingsearchtraffic", {
        **what_if_parameters, "SCENARIO_GUIDANCE_SHARE": GUIDED_PERCENT,
        "OUTPUT": into(WHAT_IF), "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})


def difference_renderer() -> QgsGraduatedSymbolRenderer:
    """The what-if's segments by the change of search traffic per hour."""
    ranges = []
    for lower, upper, colour in DIFFERENCE_CLASSES:
        symbol = QgsSymbol.defaultSymbol(GeometryType.Line)
        symbol.setColor(QColor(colour))
        symbol.setWidth(1.4)
        label = (f"< {upper:g}" if lower <= -1000 else f"> {lower:g}" if upper >= 1000
                 else f"{lower:g} – {upper:g}")
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    return QgsGraduatedSymbolRenderer("diff_veh_h", ranges)


def tour_layer_title(table: str) -> str:
    """The name of one of the tour's own layers (by its table) in the user's language: the
    demo project, written in German, gives them these names when QGIS runs in English."""
    return {EMERGING: f"{tr('Emerging hot spots')}: {topic_title(REPORTS)}",
            WHAT_IF: tr("What if half the drivers used parking guidance?"),
            ROUTE: tr("Barrier-free route")}[table]


def add_demo_tour(gpkg_path: Path, project: QgsProject) -> list[Station]:
    """The tour's own layers (switched off, in their topics' groups) and its stations."""
    emerging = _add(project, gpkg_path, EMERGING, REPORTS, style_path("emerging_hotspots"))
    what_if = _add(project, gpkg_path, WHAT_IF, PARKING, None)
    what_if.setRenderer(difference_renderer())
    route = _add(project, gpkg_path, ROUTE, INDOOR, style_path("indoor_route"))
    layers = _store_layers(project)
    layers.update(emerging=emerging, what_if=what_if, route=route,
                  hot_spots=_by_source(project, HOT_SPOTS), density=_density(project))
    stations = [_station(layers, spec) for spec in _specs()]
    save_tour(project, stations)
    return stations


def _add(project: QgsProject, gpkg_path: Path, table: str, topic: str,
         style: Path | None) -> QgsVectorLayer:
    from .demo_project import DEMO_LAYER_PROPERTY

    layer = QgsVectorLayer(f"{gpkg_path}|layername={table}", tour_layer_title(table), "ogr")
    if style:
        load_style(layer, style)  # its legend in the plugin's language
    # A demo layer: the project names it and translates its style in QGIS's language (set
    # after the style, whose custom properties replace the layer's).
    layer.setCustomProperty(DEMO_LAYER_PROPERTY, table)
    project.addMapLayer(layer, False)
    node = QgsLayerTreeLayer(layer)
    node.setItemVisibilityChecked(False)
    project.layerTreeRoot().findGroup(topic_title(topic)).insertChildNode(0, node)
    return layer


def _store_layers(project: QgsProject) -> dict:
    return {layer.customProperty(LAYER_PROPERTY): layer
            for layer in project.mapLayers().values() if layer.customProperty(LAYER_PROPERTY)}


def _by_source(project: QgsProject, table: str):
    return next(layer for layer in project.mapLayers().values()
                if layer.source().endswith(f"layername={table}"))


def _density(project: QgsProject):
    from .demo_project import DEMO_LAYER_PROPERTY, DENSITY

    return next(layer for layer in project.mapLayers().values()
                if layer.customProperty(DEMO_LAYER_PROPERTY) == DENSITY)


def _station(layers: dict, spec: dict) -> Station:
    extent = spec["extent"]
    if extent == WHOLE_LAYER:
        # A hot spot is only hot against its surroundings: the whole area analysed.
        box = layers[spec["layers"][-1]].extent()
        box.scale(1.05)
        extent = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    return Station(
        captions={"de": Caption(*spec["de"]), "en": Caption(*spec["en"])},
        extent=extent, crs=CRS,
        layers={layers[key].id(): layers[key].name() for key in spec["layers"]},
        time=spec.get("time"), levels=[(BUILDING, spec["level"])] if "level" in spec else [],
        level_building=BUILDING if "level" in spec else None, play=spec.get("play", False))


def _specs() -> list[dict]:
    base = ["streets", "city_boundary"]
    return [
        {"layers": [*base, "density"], "extent": CORE_CITY,
         "de": ("Wo Heilbronn sich meldet",
                "5.000 Anliegen aus zwei Jahren als Heatmap: je dunkler, desto mehr Meldungen."),
         "en": ("Where Heilbronn speaks up",
                "5,000 citizen reports from two years as a heatmap: the darker, the more.")},
        {"layers": [*base, "hot_spots"], "extent": WHOLE_LAYER,
         "de": ("Hot Spots, statistisch gesichert",
                "Getis-Ord Gi*: rot, wo sich Meldungen mehr häufen als der Zufall erklärt."),
         "en": ("Hot spots, statistically sound",
                "Getis-Ord Gi*: red where reports cluster more than chance explains.")},
        {"layers": [*base, "emerging"], "extent": WHOLE_LAYER,
         "de": ("Was neu entsteht",
                "Emerging Hot Spots: wo Meldungen Monat für Monat zunehmen."),
         "en": ("What is emerging",
                "Emerging hot spots: where reports grow month by month.")},
        # The occupancy of each quarter hour only: the parking sites layer shows the latest
        # reading, the same all day.
        {"layers": ["streets", "parking_occupancy_map"], "extent": MARKET,
         "time": StationTime("2025-11-18T07:00:00Z", *DAY, 15.0), "play": True,
         "de": ("Ein Parktag in der Innenstadt",
                "Dienstag, 18. November: Parkhäuser und Straßenplätze füllen sich "
                "(Leertaste: Pause)."),
         "en": ("A parking day in the city centre",
                "Tuesday, 18 November: garages and street bays fill up (space bar: pause).")},
        {"layers": ["streets", "parking_sites", "what_if"], "extent": MARKET,
         "de": ("Was wäre, wenn … die Hälfte ein Parkleitsystem nutzt?",
                "Spitzenstunde 11–12 Uhr: grün weniger, rot mehr Parksuchverkehr."),
         "en": ("What if … half the drivers used parking guidance?",
                "Peak hour 11–12 h: green less, red more search traffic.")},
        {"layers": ["indoor_buildings", "indoor_spaces", "indoor_openings",
                    "indoor_connectors", "route"], "extent": RATHAUS, "level": 1,
         "de": ("Barrierefrei durchs Rathaus: 1. Obergeschoss",
                "Vom Kleinen Sitzungssaal ohne Stufe zum Aufzug, nur Türen ab 90 cm."),
         "en": ("Barrier-free through the Rathaus: first floor",
                "From the small council room to the lift without a step, doors of 90 cm and "
                "more only.")},
        {"layers": ["indoor_buildings", "indoor_spaces", "indoor_openings",
                    "indoor_connectors", "route"], "extent": RATHAUS, "level": 2,
         "de": ("Barrierefrei durchs Rathaus: 2. Obergeschoss",
                "Mit dem Aufzug nach oben, dann zu Büro 2.12: angekommen."),
         "en": ("Barrier-free through the Rathaus: second floor",
                "Up by lift, then to office 2.12: arrived.")},
    ]
