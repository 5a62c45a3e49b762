"""A line chart as PNG or SVG, drawn with Qt.

matplotlib is not part of every QGIS installation (the macOS bundle and OSGeo4W's network
install lack it), while Qt's painter and SVG generator always come with QGIS; the charts the
plugin draws (a value per quarter hour, a curve over a parameter) need no more than axes,
grid, lines and a legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

# Colours that stay apart for colour-blind readers (Okabe & Ito).
BLUE, ORANGE, GREEN, GREY = "#0072B2", "#D55E00", "#009E73", "#666666"


@dataclass
class Series:
    """One line: its legend label, a y value per x (NaN: a gap), colour, dashed or not, and
    whether its points are marked."""

    label: str
    values: Sequence[float]
    colour: str = BLUE
    dashed: bool = False
    markers: bool = False


@dataclass
class LineChart:
    """A chart of ``series`` over ``x``; ``x_ticks`` are (x, label) pairs. Axis ranges come
    from the data (y from 0). The legend sits in the top right corner of the plot, or the top
    left with ``legend_left`` (where the lines rise to the right)."""

    title: str
    x: Sequence[float]
    series: list[Series]
    x_label: str = ""
    y_label: str = ""
    x_ticks: Sequence[tuple[float, str]] = ()
    subtitle: str = ""
    legend_left: bool = False
    width: int = 960
    height: int = 480

    def save(self, path: str | Path) -> None:
        """Write the chart to ``path``: SVG for a .svg name, else PNG."""
        path = str(path)
        if path.lower().endswith(".svg"):
            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(QSize(self.width, self.height))
            generator.setViewBox(QRectF(0, 0, self.width, self.height))
            generator.setTitle(self.title)
            painter = QPainter(generator)
            self._paint(painter)
            painter.end()
            return
        image = QImage(self.width, self.height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter)
        painter.end()
        if not image.save(path):
            raise OSError(f"Cannot write the chart to {path}")

    def _paint(self, painter: QPainter) -> None:
        width, height = self.width, self.height
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        font = QFont()
        font.setPixelSize(15)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        left, right = 78, 44
        top = 56 if not self.subtitle else 76
        bottom = 70
        plot = QRectF(left, top, width - left - right, height - top - bottom)
        values = [v for s in self.series for v in s.values if _finite(v)]
        y_max = max(values + [0.0])
        step = _nice_step(y_max / 5.0 if y_max > 0 else 1.0)
        y_top = step * max(math.ceil(y_max / step - 1e-9), 1)
        xs = [float(x) for x in self.x]
        x_min, x_max = (min(xs), max(xs)) if xs else (0.0, 1.0)
        if x_max <= x_min:
            x_max = x_min + 1.0

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + (x - x_min) / (x_max - x_min) * plot.width(),
                           plot.bottom() - y / y_top * plot.height())

        # Title and subtitle.
        title_font = QFont(font)
        title_font.setPixelSize(19)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(left, 8, width - left - right, 30),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.title)
        painter.setFont(font)
        if self.subtitle:
            painter.setPen(QColor(GREY))
            painter.drawText(QRectF(left, 38, width - left - right, 24),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.subtitle)
        # Grid and y axis.
        grid = QPen(QColor("#dddddd"))
        grid.setWidthF(1.0)
        for index in range(int(round(y_top / step)) + 1):
            y = index * step
            point = at(x_min, y)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
            painter.setPen(QColor("black"))
            label = _number(y, step)
            painter.drawText(QRectF(0, point.y() - 10, left - 8, 20),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
        ticks = list(self.x_ticks) or _ticks(x_min, x_max)
        for x, label in ticks:
            point = at(float(x), 0.0)
            painter.setPen(grid)
            painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(point.x() - 40, plot.bottom() + 4, 80, 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             label)
        axis = QPen(QColor("black"))
        axis.setWidthF(1.2)
        painter.setPen(axis)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if self.x_label:
            painter.drawText(QRectF(left, height - 40, plot.width(), 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             self.x_label)
        if self.y_label:
            painter.save()
            painter.translate(16, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             self.y_label)
            painter.restore()
        # The lines.
        for series in self.series:
            pen = QPen(QColor(series.colour))
            pen.setWidthF(2.4)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            path = QPainterPath()
            drawing = False
            for x, y in zip(xs, series.values):
                if not _finite(y):
                    drawing = False
                    continue
                point = at(x, float(y))
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
            painter.drawPath(path)
            if series.markers:
                painter.setBrush(QColor(series.colour))
                for x, y in zip(xs, series.values):
                    if _finite(y):
                        painter.drawEllipse(at(x, float(y)), 3.5, 3.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        # The legend, top right inside the plot.
        entries = [s for s in self.series if s.label]
        if entries:
            line_height = metrics.height() + 4
            box_width = max(metrics.horizontalAdvance(s.label) for s in entries) + 48
            box_left = plot.left() + 8 if self.legend_left else plot.right() - box_width - 8
            box = QRectF(box_left, plot.top() + 8, box_width, line_height * len(entries) + 8)
            painter.setPen(QColor("#bbbbbb"))
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRect(box)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for index, series in enumerate(entries):
                y = box.top() + 4 + line_height * (index + 0.5)
                pen = QPen(QColor(series.colour))
                pen.setWidthF(2.4)
                if series.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 34, y))
                painter.setPen(QColor("black"))
                painter.drawText(QRectF(box.left() + 40, y - line_height / 2, box_width - 44,
                                        line_height),
                                 int(Qt.AlignmentFlag.AlignLeft
                                     | Qt.AlignmentFlag.AlignVCenter), series.label)


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


def _nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``raw``."""
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if factor * power >= raw - 1e-12:
            return factor * power
    return 10.0 * power


def _ticks(low: float, high: float) -> list[tuple[float, str]]:
    """About eight round ticks between ``low`` and ``high``, labelled to their step."""
    step = _nice_step((high - low) / 8.0)
    first = math.ceil(low / step) * step
    values = [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]
    return [(value, _number(value, step)) for value in values]


def _number(value: float, step: float) -> str:
    decimals = max(0, -int(math.floor(math.log10(step)))) if step < 1 else 0
    return f"{value:.{decimals}f}"
