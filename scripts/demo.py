"""`make demo`: the demo project, its analyses and a rendered map, headless; plus the real
QGIS desktop with the plugin when there is a display.

Writes build/demo/ (the heatmap GeoTIFF with its style, a copy of the project with the
heatmap added, and heilbronn_demo.png) and prints where everything is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from demo_vernissage import vernissage_demo
from plugin_dev import PLUGIN_NAME, REPO, link_plugin, use_plugin_and_processing

OUT = REPO / "build" / "demo"
PROFILES = REPO / "build" / "qgis-profiles"


# Trainers show the demo in German; HEILBRONN_DEMO_LANG=en gives English (texts and numbers).
DEMO_LANGUAGE = "en" if os.environ.get("HEILBRONN_DEMO_LANG", "de") == "en" else "de"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(parents=True, exist_ok=True)
    use_plugin_and_processing()

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLocale

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.translation import install_translator

    # The demo speaks its language in its numbers too ("53 m, 1,4 min" in German), as QGIS
    # started with --lang does: the plugin's numbers follow QGIS's translation, the maps'
    # scale bars Qt's default locale.
    QgsApplication.setTranslation(DEMO_LANGUAGE)
    QLocale.setDefault(QLocale({"de": "de_DE", "en": "en_GB"}[DEMO_LANGUAGE]))
    app = QgsApplication([], False)
    app.initQgis()
    # Kept until the list of files is printed: Qt stops translating once it is freed.
    translator = install_translator(DEMO_LANGUAGE)  # noqa: F841
    try:
        _print_outputs(_run_demo(), _has_display())
    finally:
        app.exitQgis()
    if _has_display():
        _start_desktop()
    return 0


def _print_outputs(outputs: list[tuple[str, Path]], desktop: bool) -> None:
    """Where everything is, in the demo's language."""
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr

    rows = [*outputs, (tr("QGIS desktop"), tr("starting with the demo project (profile in "
                                               "{profiles})").format(profiles=PROFILES))
            ] if desktop else outputs
    width = max(len(label) for label, _ in rows)
    print("\n" + tr("Heilbronn Digital demo"))
    for label, where in rows:
        print(f"  {label:<{width}}  {where}")
    if not desktop:
        print("  " + tr("(no display: the QGIS desktop is not started; run `make demo` in a "
                        "desktop session to open it)"))


def _run_demo() -> list[tuple[str, Path]]:
    from processing.core.Processing import Processing
    from qgis.core import (
        QgsApplication,
        QgsProject,
        QgsRasterLayer,
        QgsVectorLayer,
    )

    from heilbronn_digital.heilbronn_digital_plugin.store.layers import REPORTS, topic_title
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import (
        DEMO_PROJECT,
        SAMPLE_GPKG,
        style_path,
    )
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import GeometryType
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style
    from heilbronn_digital.processing_algs.provider import HeilbronnProvider

    Processing.initialize()
    provider = HeilbronnProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    # Work on copies: SQLite may rewrite a GeoPackage it opens, and the shipped one must stay
    # as committed. The project's relative paths then point at the copy.
    gpkg, project_file = OUT / SAMPLE_GPKG.name, OUT / DEMO_PROJECT.name
    shutil.copy(SAMPLE_GPKG, gpkg)
    shutil.copy(DEMO_PROJECT, project_file)

    reports = f"{gpkg}|layername=citizen_reports"
    heatmap = OUT / "citizen_reports_heatmap.tif"
    processing.run("heilbronn:kerneldensity", {
        "INPUT": reports, "RADIUS": 250.0, "PIXEL_SIZE": 10.0, "KERNEL": 0,
        "OUTPUT": str(heatmap)})
    hotspots = OUT / "citizen_reports_hotspots.gpkg"
    processing.run("heilbronn:hotspots", {"INPUT": reports, "OUTPUT": str(hotspots)})
    emerging = OUT / "citizen_reports_emerging_hotspots.gpkg"
    processing.run("heilbronn:emerginghotspots", {
        "INPUT": reports, "TIME_FIELD": "requested_datetime", "OUTPUT": str(emerging)})

    project = QgsProject.instance()
    if not project.read(str(project_file)):
        raise SystemExit(f"Cannot open the demo project {project_file}: {project.error()}")
    # The Vernissage tour's handout and parking-day film, from the project as shipped.
    vernissage_outputs = vernissage_demo(project, OUT, os.environ.get("HEILBRONN_DEMO_LANG",
                                                                      "de"))
    root = project.layerTreeRoot()
    # The shipped project has hot spots of its own (125 m cells); this run's automatic ones
    # take their place rather than sit beside them under the same name.
    for shipped in project.mapLayers().values():
        if shipped.source().endswith("layername=citizen_report_hotspots"):
            project.removeMapLayer(shipped)
    heatmap_layer = QgsRasterLayer(str(heatmap), f"{tr('Heatmap')}: {topic_title(REPORTS)}")
    project.addMapLayer(heatmap_layer, False)
    root.addLayer(heatmap_layer)  # bottom of the legend: drawn under everything
    hotspot_layer = QgsVectorLayer(str(hotspots), f"{tr('Hot spots')}: {topic_title(REPORTS)}")
    load_style(hotspot_layer, style_path("hotspots"))
    emerging_layer = QgsVectorLayer(str(emerging),
                                    f"{tr('Emerging hot spots')}: {topic_title(REPORTS)}")
    load_style(emerging_layer, style_path("emerging_hotspots"))
    for analysis in (emerging_layer, hotspot_layer):  # each a map of its own
        project.addMapLayer(analysis, False)
        root.insertLayer(0, analysis).setItemVisibilityChecked(False)
    demo_project = OUT / "heilbronn_demo_with_analyses.qgz"
    project.write(str(demo_project))

    points = [layer for layer in project.mapLayers().values()
              if isinstance(layer, QgsVectorLayer) and layer.isSpatial()
              and layer.geometryType() == GeometryType.Point]
    map_png = OUT / "heilbronn_demo.png"
    _render_layout(project, map_png, project.title(), None, [heatmap_layer, *points])
    base = [layer for layer in project.mapLayers().values()
            if layer.source().endswith(("layername=streets", "layername=city_boundary"))]
    hotspot_png = OUT / "heilbronn_hotspots.png"
    # The whole city: a hot spot is only hot against its surroundings.
    _render_layout(project, hotspot_png, hotspot_layer.name(), [*base, hotspot_layer],
                   [hotspot_layer], hotspot_layer.extent())
    emerging_png = OUT / "heilbronn_emerging_hotspots.png"
    _render_layout(project, emerging_png, emerging_layer.name(), [*base, emerging_layer],
                   [emerging_layer], emerging_layer.extent())
    parking_outputs = _parking_search_demo(project, gpkg, base)
    indoor_outputs = _indoor_route_demo(gpkg)
    QgsApplication.processingRegistry().removeProvider(provider)
    return [(tr("rendered map"), map_png), (tr("hot spot map"), hotspot_png),
            (tr("emerging hot spot map"), emerging_png), *parking_outputs,
            (tr("heatmap (GeoTIFF + .qml)"), heatmap), (tr("hot spots (GeoPackage)"), hotspots),
            (tr("emerging hot spots (GeoPackage)"), emerging),
            (tr("project with the analyses"), demo_project), (tr("demo project"), project_file),
            (tr("demo GeoPackage"), gpkg), *indoor_outputs, *vernissage_outputs]


# A barrier-free route between two rooms on different levels of the sample Rathaus. (On the
# ground floor the sample's wet floor covers the elevator door, so the route starts upstairs.)
INDOOR_FROM, INDOOR_TO = "Kleiner Sitzungssaal", "Büro 2.12"


def _indoor_route_demo(gpkg: Path) -> list[tuple[str, Path]]:
    """heilbronn:indoorroute barrier-free in the sample building: the route and its steps in
    build/demo/, one map per level of the route in heilbronn_indoor_route.png, and the steps
    printed in the demo's language."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.i18n import tr
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.numbers import local_number
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import style_path
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.style_language import load_style

    route_file = OUT / "heilbronn_indoor_route.gpkg"
    steps_file = OUT / "heilbronn_indoor_route_steps.csv"
    for stale in (route_file, steps_file):
        stale.unlink(missing_ok=True)
    store = {name.upper(): f"{gpkg}|layername=indoor_{name}"
             for name in ("spaces", "openings", "connectors", "hazards")}
    result = processing.run("heilbronn:indoorroute", {
        **store, "START_ROOM": INDOOR_FROM, "END_ROOM": INDOOR_TO, "BARRIER_FREE": True,
        "OUTPUT": str(route_file), "INSTRUCTIONS": str(steps_file)})
    route = QgsVectorLayer(str(route_file), tr("Route"), "ogr")
    ordinals = sorted({feature["ordinal"] for feature in route.getFeatures()})
    steps = QgsVectorLayer(str(steps_file), "steps", "ogr")
    lines = [f"{feature['step']}. {feature[f'text_{DEMO_LANGUAGE}']}"
             for feature in steps.getFeatures()]
    # In the demo's language, like the steps: "53 m, 1,4 min" in German.
    summary = f"{local_number(result['LENGTH'])} m, {local_number(result['TIME'] / 60, '.1f')} min"
    # The title is the demo's own text, so it follows the language of the steps.
    title = {"de": "Barrierefreie Route", "en": "Barrier-free route"}[DEMO_LANGUAGE]
    title = f"{title}: {INDOOR_FROM} → {INDOOR_TO}"
    print(f"\n{title} ({summary})")
    print("\n".join(f"  {line}" for line in lines))

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    maps = []
    for ordinal in ordinals:
        layers = []
        for name in ("spaces", "openings", "hazards", "connectors"):
            layer = QgsVectorLayer(f"{gpkg}|layername=indoor_{name}|subset=\"ordinal\" = "
                                   f"{ordinal}", name, "ogr")
            load_style(layer, style_path(f"indoor_{name}"))
            layers.append(layer)
        leg = QgsVectorLayer(f"{route_file}|subset=\"ordinal\" = {ordinal}", tr("Route"), "ogr")
        load_style(leg, style_path("indoor_route"))
        layers.append(leg)
        for layer in layers:
            project.addMapLayer(layer, False)
        maps.append((_level_name(gpkg, ordinal), layers))
    png = OUT / "heilbronn_indoor_route.png"
    _render_levels(project, png, title, maps, [summary, *lines])
    return [(tr("indoor route map"), png), (tr("indoor route (GeoPackage)"), route_file),
            (tr("indoor route steps (CSV)"), steps_file)]


def _level_name(gpkg: Path, ordinal: int) -> str:
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    levels = QgsVectorLayer(f"{gpkg}|layername=indoor_levels", "levels", "ogr")
    request = QgsFeatureRequest().setFilterExpression(f'"ordinal" = {int(ordinal)}')
    for feature in levels.getFeatures(request):
        return feature["name"] or feature["short_name"]
    return str(ordinal)


def _render_levels(project, png: Path, title_text: str, maps, lines: list[str]) -> None:
    """One map per level side by side (``maps``: (caption, layers bottom to top)), each at
    the extent of the level's spaces, the ``lines`` of text below, the title, the credits."""
    from qgis.core import (
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QFont

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import LayoutUnit

    layout = QgsLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(297, 210, LayoutUnit.Millimeters))
    width = (287 - 5 * (len(maps) - 1)) / len(maps)

    def label(text: str, x: float, y: float, w: float, size: int, bold=False) -> None:
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        item.setFont(QFont("Sans", size, QFont.Weight.Bold if bold else QFont.Weight.Normal))
        item.attemptMove(QgsLayoutPoint(x, y, LayoutUnit.Millimeters))
        height = size * 0.7 * (text.count("\n") + 1)
        item.attemptResize(QgsLayoutSize(w, height, LayoutUnit.Millimeters))
        layout.addLayoutItem(item)

    label(title_text, 5, 4, 287, 16, bold=True)
    for number, (caption, layers) in enumerate(maps):
        x = 5 + number * (width + 5)
        label(caption, x, 20, width, 11)
        map_item = QgsLayoutItemMap(layout)
        map_item.attemptMove(QgsLayoutPoint(x, 30, LayoutUnit.Millimeters))
        map_item.attemptResize(QgsLayoutSize(width, 120, LayoutUnit.Millimeters))
        map_item.setCrs(project.crs())
        map_item.setFrameEnabled(True)
        map_item.setLayers(list(reversed(layers)))
        map_item.setKeepLayerSet(True)
        layout.addLayoutItem(map_item)
        extent = layers[0].extent()
        extent.grow(3.0)
        map_item.setExtent(_fit(extent, width / 120))
    label("\n".join(lines), 5, 154, 287, 8)
    label(" · ".join(_credits(project)), 5, 198, 287, 6)
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 110)
    if image.isNull() or not image.save(str(png)):
        raise SystemExit(f"Rendering the indoor route to {png} failed.")


def _parking_search_demo(project, gpkg: Path, base: list) -> list[tuple[str, Path]]:
    """heilbronn:parkingsearchtraffic on the demo data: map, guidance, day profile and theory
    plot (scripts/demo_parking.py)."""
    from demo_parking import parking_demo

    return parking_demo(project, gpkg, base, OUT, _render_layout)


def _render_layout(project, png: Path, title_text: str, layers, legend_layers,
                   extent=None) -> None:
    """A print layout: the map (``layers`` bottom to top, or the project's visible layers, at
    ``extent`` or the project's start extent), a legend of ``legend_layers``, a scale bar and
    the credits."""
    from qgis.core import (
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QFont

    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.qgis_compat import LayoutUnit

    layout = QgsLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 210, LayoutUnit.Millimeters))

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(5, 18, LayoutUnit.Millimeters))
    map_item.attemptResize(QgsLayoutSize(210, 178, LayoutUnit.Millimeters))
    map_item.setCrs(project.crs())
    map_item.setFrameEnabled(True)
    if layers is not None:
        map_item.setLayers(list(reversed(layers)))  # the map wants them top to bottom
        map_item.setKeepLayerSet(True)
    layout.addLayoutItem(map_item)
    extent = extent or project.viewSettings().defaultViewExtent()
    map_item.setExtent(_fit(extent if not extent.isEmpty() else _layers_extent(project),
                            210 / 178))

    title = QgsLayoutItemLabel(layout)
    title.setText(title_text or "Heilbronn Digital")
    title.setFont(QFont("Sans", 18, QFont.Weight.Bold))
    title.attemptMove(QgsLayoutPoint(5, 4, LayoutUnit.Millimeters))
    title.attemptResize(QgsLayoutSize(287, 12, LayoutUnit.Millimeters))
    layout.addLayoutItem(title)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only what the map shows
    _legend_of(legend, legend_layers)
    legend.setResizeToContents(False)
    legend.attemptMove(QgsLayoutPoint(218, 18, LayoutUnit.Millimeters))
    legend.attemptResize(QgsLayoutSize(76, 178, LayoutUnit.Millimeters))
    layout.addLayoutItem(legend)

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize()
    scale_bar.attemptMove(QgsLayoutPoint(8, 182, LayoutUnit.Millimeters))
    layout.addLayoutItem(scale_bar)

    credits = QgsLayoutItemLabel(layout)
    credits.setText(" · ".join(_credits(project)))
    credits.setFont(QFont("Sans", 6))
    credits.attemptMove(QgsLayoutPoint(5, 198, LayoutUnit.Millimeters))
    credits.attemptResize(QgsLayoutSize(287, 10, LayoutUnit.Millimeters))
    layout.addLayoutItem(credits)

    # renderPageToImage, not exportToImage: the latter tries to georeference the PNG through
    # GDAL, which cannot update PNGs and prints an error.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 110)
    if image.isNull() or not image.save(str(png)):
        raise SystemExit(f"Rendering the demo map to {png} failed.")


def _fit(extent, aspect: float):
    """``extent`` grown around its centre to the frame's width/height ratio: setExtent would
    otherwise stretch the frame to the extent's shape."""
    from qgis.core import QgsRectangle

    width, height = extent.width(), extent.height()
    width, height = max(width, height * aspect), max(height, width / aspect)
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def _legend_of(legend, layers) -> None:
    """Exactly these layers, in this order: the base map explains itself."""
    from qgis.core import QgsLayerTreeLayer

    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        root.addChildNode(QgsLayerTreeLayer(layer))


def _credits(project) -> list[str]:
    """The attribution of every layer, once each, as the layers' metadata states it."""
    lines = []
    for layer in project.mapLayers().values():
        rights = layer.metadata().rights()
        for line in (rights if isinstance(rights, list) else [rights]):
            if line and line not in lines:
                lines.append(line)
    return lines


def _layers_extent(project):
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    extent = QgsRectangle()
    for layer in project.mapLayers().values():
        transform = QgsCoordinateTransform(layer.crs(), project.crs(), project)
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("CI") and \
        shutil.which("qgis") is not None


def _start_desktop() -> None:
    """QGIS in a throwaway profile under build/, with the plugin enabled and the project open."""
    profile = PROFILES / "profiles" / "default"
    link_plugin(profile / "python" / "plugins" / PLUGIN_NAME)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    if not ini.exists():
        ini.write_text(f"[PythonPlugins]\n{PLUGIN_NAME}=true\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    # setsid -f: QGIS runs on in its own session after `make demo` has returned.
    subprocess.run(
        ["setsid", "-f", "qgis", "--noversioncheck", "--nologo", "--profiles-path",
         str(PROFILES), "--project", str(OUT / "heilbronn_demo_with_analyses.qgz")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


if __name__ == "__main__":
    sys.exit(main())
