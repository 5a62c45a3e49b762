"""The handout: the whole tour as a print layout, one A4 page per station (map, legend,
caption, clock, credits, scale bar, north arrow), and its PDF.

The layout is added to the project (*Project ▸ Layouts*), so the trainer can open and edit it in
QGIS's layout designer before printing. The PDF is drawn page by page: before each page the
station's level is shown on the floorplan layers (a level is a filter on the layer itself, so
one level at a time), and the project's level is put back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerLegendUtils,
    QgsNumericFormatContext,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QMarginsF, Qt
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ..store.layers import hide_blank_legend_rows
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import (
    DistanceUnit,
    LayoutUnit,
    LegendComponent,
    ScaleBarSegmentSizeMode,
)
from .vernissage_player import from_iso
from .vernissage_presenter import clock_text, credits_text, give_heatmaps_a_legend, is_heatmap
from .vernissage_tour import Station

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 10.0
MAP_W, MAP_H = 200.0, 150.0
MAP_TOP = 34.0
SIDE_X = MARGIN + MAP_W + 5.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"
PDF_DPI = 200
# The title's line beside the station number, and its largest type (points).
NUMBER_W = 40.0
TITLE_W = PAGE_W - 2 * MARGIN - NUMBER_W - 5.0
TITLE_PT = 22.0
POINTS_PER_MM = 72.0 / 25.4
WRAP = "\n"
# The legend column beside the map: its type (points), and the room its words have beside the
# symbols (mm), with some to spare for the renderer's type.
LEGEND_TITLE_PT, LEGEND_LAYER_PT, LEGEND_ITEM_PT = 14.0, 11.0, 10.0
LEGEND_W = PAGE_W - MARGIN - SIDE_X
LEGEND_TEXT_W = LEGEND_W - 2 * 2.0 - 12.0 - 2 * 2.0 - 4.0  # box space, symbol, its spacing
# Scale bar: two segments of a round length, each wider than its labels by at least the gap.
SCALE_BAR_SEGMENTS = 2
ROUND_LENGTHS = (1.0, 2.0, 2.5, 5.0)
SCALE_LABEL_GAP_MM = 3.0
SCALE_SEGMENT_MIN_MM = 15.0


def handout_name() -> str:
    return tr("Vernissage handout")


def page_map(layout: QgsPrintLayout, page: int) -> QgsLayoutItemMap:
    """The map on page ``page`` (from 0) of a handout."""
    return layout.itemById(_map_id(page))


def _map_id(page: int) -> str:
    return f"map_{page + 1}"


def _label(layout: QgsPrintLayout, text: str, page: int, x: float, y: float, w: float,
           h: float, size: float, bold: bool = False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("Sans Serif")
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+: setFont is deprecated there
        text_format = QgsTextFormat()
        text_format.setFont(font)
        text_format.setSize(size)
        text_format.setColor(QColor(26, 26, 26))
        label.setTextFormat(text_format)
    else:
        font.setPointSizeF(size)
        label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, LayoutUnit.Millimeters), page=page)
    label.attemptResize(QgsLayoutSize(w, h, LayoutUnit.Millimeters))
    return label


def _north_arrow() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / NORTH_ARROW
        if candidate.is_file():
            return str(candidate)
    return ""


def frame_range(station: Station) -> QgsDateTimeRange | None:
    """The Temporal Controller's frame a station shows (``None`` without a time)."""
    if station.time is None:
        return None
    start = from_iso(station.time.frame)
    return QgsDateTimeRange(start, start.addSecs(int(station.time.step_minutes * 60)), True,
                            False)


def build_handout(project: QgsProject, stations: list[Station],
                  language: str | None = None) -> QgsPrintLayout:
    """The tour as a print layout in ``project`` (one A4 landscape page per station), in place
    of an earlier handout of the same name."""
    manager = project.layoutManager()
    old = manager.layoutByName(handout_name())
    if old is not None:
        manager.removeLayout(old)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(handout_name())
    pages = layout.pageCollection()
    pages.page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    for _ in stations[1:]:
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        pages.addPage(page)
    arrow = _north_arrow()
    for number, station in enumerate(stations):
        _station_page(layout, project, station, number, len(stations), language, arrow)
    manager.addLayout(layout)
    return layout


def text_mm(text: str, points: float, bold: bool = False, family: str = "Sans Serif") -> float:
    """How wide ``text`` is on paper (mm) at ``points``."""
    font = QFont(family)
    font.setBold(bold)
    font.setPixelSize(100)
    # At s points the text is advance / 100 * s points wide.
    return QFontMetricsF(font).horizontalAdvance(text) / 100.0 * points / POINTS_PER_MM


def fitted_points(text: str, width_mm: float, largest: float, bold: bool = False) -> float:
    """The type size (points) at which ``text`` fits on one line of ``width_mm``, at most
    ``largest``: a long title is set smaller rather than wrapped into the map."""
    width = text_mm(text, largest, bold)
    if width <= 0:
        return largest
    return min(largest, 0.95 * largest * width_mm / width)  # 5 % spare for the renderer


def wrapped(text: str, width_mm: float, points: float) -> str:
    """``text`` broken between words (``WRAP``) into lines of at most ``width_mm`` at
    ``points``; a single word longer than that keeps its line."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_mm(f"{lines[-1]} {word}", points) <= width_mm:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return WRAP.join(lines) or text


def scale_bar_segment(metres_per_mm: float, label_mm: Callable[[float], float]) -> float:
    """The length (metres) of each of a scale bar's segments at ``metres_per_mm`` on paper:
    the shortest round length whose segments are at least ``SCALE_SEGMENT_MIN_MM`` long and
    wider than their widest label (``label_mm(metres)`` of the labels' values) by the gap, so
    that neighbouring labels, each centred on its mark, never touch."""
    for exponent in range(-2, 9):
        for first in ROUND_LENGTHS:
            metres = first * 10.0 ** exponent
            widest = max(label_mm(metres * mark) for mark in range(SCALE_BAR_SEGMENTS + 1))
            if metres / metres_per_mm >= max(SCALE_SEGMENT_MIN_MM, widest + SCALE_LABEL_GAP_MM):
                return metres
    raise ValueError(f"no scale bar at {metres_per_mm} m per mm")


def _scale_bar(layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> QgsLayoutItemScaleBar:
    """A scale bar of two round segments below the map, in kilometres from 1 km on."""
    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    text = scale_bar.textFormat()
    numbers = scale_bar.numericFormat()

    def label_mm(metres: float) -> float:
        value = metres / 1000.0 if kilometres else metres
        return text_mm(numbers.formatDouble(value, QgsNumericFormatContext()), text.size(),
                       family=text.font().family())

    # 1 mm on paper is scale / 1000 metres; labels of kilometres are the shorter from 1 km.
    metres_per_mm = map_item.scale() / 1000.0
    kilometres = False
    segment = scale_bar_segment(metres_per_mm, label_mm)
    if segment >= 1000.0:
        kilometres = True
        segment = scale_bar_segment(metres_per_mm, label_mm)
    scale_bar.setUnits(DistanceUnit.Kilometers if kilometres else DistanceUnit.Meters)
    scale_bar.setUnitLabel("km" if kilometres else "m")
    scale_bar.setSegmentSizeMode(ScaleBarSegmentSizeMode.Fixed)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setNumberOfSegments(SCALE_BAR_SEGMENTS)
    scale_bar.setUnitsPerSegment(segment / 1000.0 if kilometres else segment)
    return scale_bar


def _station_page(layout: QgsPrintLayout, project: QgsProject, station: Station, page: int,
                  count: int, language: str | None, arrow: str) -> None:
    caption = station.caption(language)
    _label(layout, caption.title, page, MARGIN, 8.0, TITLE_W, 11.0,
           fitted_points(caption.title, TITLE_W, TITLE_PT, bold=True), bold=True)
    _label(layout, caption.text, page, MARGIN, 20.0, MAP_W + 77.0, 12.0, 12.0)
    _label(layout, tr("Station {number} of {count}").format(number=page + 1, count=count),
           page, PAGE_W - MARGIN - NUMBER_W, 9.0, NUMBER_W, 8.0, 11.0)

    layers = [node.layer() for node in project.layerTreeRoot().findLayers()
              if node.layerId() in station.layers and node.layer() is not None]
    map_item = QgsLayoutItemMap(layout)
    map_item.setId(_map_id(page))
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, MAP_TOP, LayoutUnit.Millimeters), page=page)
    map_item.attemptResize(QgsLayoutSize(MAP_W, MAP_H, LayoutUnit.Millimeters))
    if station.crs:
        map_item.setCrs(QgsCoordinateReferenceSystem(station.crs))
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    frame = frame_range(station)
    if frame is not None:
        map_item.setIsTemporal(True)
        map_item.setTemporalRange(frame)
    if station.extent[2] > station.extent[0]:
        # zoomToExtent() keeps the item's size, but needs an extent to start from.
        map_item.setExtent(QgsRectangle(*station.extent))
        map_item.attemptResize(QgsLayoutSize(MAP_W, MAP_H, LayoutUnit.Millimeters))
        map_item.zoomToExtent(QgsRectangle(*station.extent))

    if frame is not None:
        _label(layout, clock_text(frame.begin(), language), page, SIDE_X, MAP_TOP,
               PAGE_W - MARGIN - SIDE_X, 12.0, 10.0, bold=True)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    _legend_type(legend)
    give_heatmaps_a_legend(layers)
    model = legend.model()
    root = model.rootGroup()
    root.removeAllChildren()
    # Long names, of layers and of their classes, are wrapped onto lines of the column's
    # width, never cut off at the page's edge.
    legend.setWrapString(WRAP)
    for layer in layers:
        node = root.addLayer(layer)
        node.setCustomProperty("legend/title-label",
                               wrapped(layer.name(), LEGEND_TEXT_W, LEGEND_LAYER_PT))
        for index, legend_node in enumerate(model.layerLegendNodes(node)):
            label = legend_node.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(label, str) and label:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(
                    node, index, wrapped(label, LEGEND_TEXT_W, LEGEND_ITEM_PT))
        hide_blank_legend_rows(node)
        model.refreshLayerLegend(node)
    # Only what the map shows, in the column beside it: a long legend is cut, never spills
    # onto the next page. QGIS's filter knows no heatmap's colours and would drop its ramp.
    legend.setLegendFilterByMapEnabled(not any(is_heatmap(layer) for layer in layers))
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    legend_top = MAP_TOP + (16.0 if frame else 0.0)
    legend.attemptMove(QgsLayoutPoint(SIDE_X, legend_top, LayoutUnit.Millimeters), page=page)
    legend.attemptResize(QgsLayoutSize(LEGEND_W, MAP_TOP + MAP_H - legend_top,
                                       LayoutUnit.Millimeters))

    scale_bar = _scale_bar(layout, map_item)
    layout.addLayoutItem(scale_bar)
    scale_bar.attemptMove(QgsLayoutPoint(MARGIN + 3.0, MAP_TOP + MAP_H - 14.0,
                                         LayoutUnit.Millimeters), page=page)
    if arrow:
        north = QgsLayoutItemPicture(layout)
        north.setPicturePath(arrow)
        north.setLinkedMap(map_item)
        layout.addLayoutItem(north)
        north.attemptMove(QgsLayoutPoint(MARGIN + MAP_W - 16.0, MAP_TOP + 3.0,
                                         LayoutUnit.Millimeters), page=page)
        north.attemptResize(QgsLayoutSize(12.0, 12.0, LayoutUnit.Millimeters))
    _label(layout, credits_text(project, station), page, MARGIN, MAP_TOP + MAP_H + 3.0,
           PAGE_W - 2 * MARGIN, 8.0, 8.0)


def _legend_type(legend: QgsLayoutItemLegend) -> None:
    """The legend's type, a little smaller than QGIS's own so that a floor's legend fits."""
    for style, points in ((LegendComponent.Title, LEGEND_TITLE_PT),
                          (LegendComponent.Group, LEGEND_LAYER_PT),
                          (LegendComponent.Subgroup, LEGEND_LAYER_PT),
                          (LegendComponent.SymbolLabel, LEGEND_ITEM_PT)):
        legend_style = legend.style(style)
        if hasattr(legend_style, "textFormat"):  # QGIS 3.30+: font() is deprecated there
            text_format = legend_style.textFormat()
            text_format.setSize(points)
            legend_style.setTextFormat(text_format)
        else:
            font = legend_style.font()
            font.setPointSizeF(points)
            legend_style.setFont(font)
        legend.setStyle(style, legend_style)


def export_handout(layout: QgsPrintLayout, stations: list[Station], path: Path,
                   before_page: Callable[[Station], None] | None = None) -> None:
    """Write the handout ``layout`` as a PDF (text stays text), one page per station;
    ``before_page(station)`` sets what the layout cannot hold per page (the level shown)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF()))
    writer.setTitle(handout_name())
    writer.setCreator("Heilbronn Digital")
    exporter = QgsLayoutExporter(layout)
    # Text as text, so that the PDF can be searched and read aloud: QGIS 3.40 and 3.44 draw
    # label items as outlines unless told otherwise (3.22 drew them as text).
    context = layout.renderContext()
    text_format = context.textRenderFormat()
    context.setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
    painter = QPainter(writer)
    try:
        for number, station in enumerate(stations):
            if number:
                writer.newPage()
            if before_page is not None:
                before_page(station)
            exporter.renderPage(painter, number)
    finally:
        painter.end()
        context.setTextRenderFormat(text_format)
