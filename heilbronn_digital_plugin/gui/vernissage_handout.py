"""The handout: the whole tour as a print layout, one A4 page per station (map, legend,
caption, clock, credits, scale bar, north arrow), and its PDF.

The layout is added to the project (*Project ▸ Layouts*), so the trainer can open and edit it in
QGIS's layout designer before printing. The PDF is drawn page by page: before each page the
station's level is shown on the floorplan layers (a level is a filter on the layer itself, so
one level at a time), and the project's level is put back afterwards.
"""

from __future__ import annotations

import textwrap
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
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QMarginsF
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import LayoutUnit
from .vernissage_player import from_iso
from .vernissage_presenter import clock_text, credits_text
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
# Legend names wrap at this many characters (the legend column beside the map).
LEGEND_CHARS = 34
WRAP = "\n"


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


def fitted_points(text: str, width_mm: float, largest: float, bold: bool = False) -> float:
    """The type size (points) at which ``text`` fits on one line of ``width_mm``, at most
    ``largest``: a long title is set smaller rather than wrapped into the map."""
    font = QFont("Sans Serif")
    font.setBold(bold)
    font.setPixelSize(100)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if advance <= 0:
        return largest
    # At s points the text is advance / 100 * s points wide; 5 % spare for the renderer.
    return min(largest, 0.95 * width_mm * POINTS_PER_MM * 100.0 / advance)


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
    root = legend.model().rootGroup()
    root.removeAllChildren()
    # A long layer name is wrapped onto lines of the column's width, never cut off.
    legend.setWrapString(WRAP)
    for layer in layers:
        node = root.addLayer(layer)
        node.setCustomProperty("legend/title-label", WRAP.join(
            textwrap.wrap(layer.name(), LEGEND_CHARS)) or layer.name())
    # Only what the map shows, in the column beside it: a long legend is cut, never spills
    # onto the next page.
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    layout.addLayoutItem(legend)
    legend_top = MAP_TOP + (16.0 if frame else 0.0)
    legend.attemptMove(QgsLayoutPoint(SIDE_X, legend_top, LayoutUnit.Millimeters), page=page)
    legend.attemptResize(QgsLayoutSize(PAGE_W - MARGIN - SIDE_X, MAP_TOP + MAP_H - legend_top,
                                       LayoutUnit.Millimeters))

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize()
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
