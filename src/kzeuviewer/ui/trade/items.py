"""Two light graphics items for the trade chart: the legend and the point tags.

pyqtgraph's LegendItem builds a label widget and a sample item per entry, and a
TextItem is a whole QGraphicsTextItem: with 15 series and 20 tagged points a
chart switch spent most of its time creating them. These items draw every
entry (or tag) in one ``paint`` call instead.

Both stay correct in exports: the legend draws with non-cosmetic pens in its
own unscaled coordinates (so it scales with the export painter), and the tags
read the export's resolution scale like pyqtgraph's own pixel-sized markers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from ..i18n import translate
from ..style import Theme, qcolor, theme


@dataclass
class LegendEntry:
    label: str
    style: str  # "bar", "line" or "points"
    color: QColor
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    markers: tuple[tuple[str, bool], ...] = (("o", False),)  # (symbol, hollow) as drawn
    visible: bool = True


class SeriesLegend(pg.GraphicsWidget):
    """Entries in as many columns as fit; a click on an entry emits ``toggled(label)``."""

    toggled = Signal(str)

    SAMPLE_W = 26.0
    GAP = 16.0
    PAD = 4.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        self._font = QFont()
        self._font.setPointSizeF(max(self._font.pointSizeF() - 0.5, 7.0))
        self.text_color = qcolor(theme().legend_text)
        self.setSizePolicy(pg.QtWidgets.QSizePolicy.Policy.Expanding, pg.QtWidgets.QSizePolicy.Policy.Fixed)

    def apply_theme(self, t: Theme) -> None:
        self.text_color = qcolor(t.legend_text)
        self.update()

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = entries
        self._relayout()

    def set_visible_entry(self, label: str, visible: bool) -> None:
        for entry in self.entries:
            if entry.label == label:
                entry.visible = visible
        self.update()

    # -- layout ------------------------------------------------------------------
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self._font)

    def _label_widths(self) -> list[float]:
        metrics = self._metrics()
        return [self.SAMPLE_W + 6 + metrics.horizontalAdvance(e.label) + self.GAP for e in self.entries]

    def _grid(self, width: float) -> tuple[int, int, list[float]]:
        """(columns, rows, column widths): the most columns (≤ 4) whose widest labels fit ``width``.

        Entries fill column by column, so related series (listed together) stay together.
        """
        if not self.entries:
            return 0, 0, []
        widths = self._label_widths()
        available = width - 2 * self.PAD
        for columns in range(min(4, len(widths)), 0, -1):
            rows = math.ceil(len(widths) / columns)
            column_widths = [max(widths[c * rows:(c + 1) * rows], default=0.0) for c in range(columns)]
            if sum(column_widths) <= available or columns == 1:
                used = math.ceil(len(widths) / rows)
                return used, rows, column_widths[:used]
        return 1, len(widths), [max(widths)]

    def _relayout(self) -> None:
        _columns, rows, _widths = self._grid(self.size().width() or 800.0)
        height = rows * (self._metrics().height() + 3) + (2 * self.PAD if rows else 0)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event) -> None:
        self._relayout()

    # -- painting ----------------------------------------------------------------
    def cells(self) -> list[QRectF]:
        """Where each entry is drawn (local coordinates), for the current width."""
        columns, rows, column_widths = self._grid(self.size().width())
        if not columns:
            return []
        row_h = self._metrics().height() + 3
        lefts = [self.PAD + sum(column_widths[:c]) for c in range(columns)]
        return [
            QRectF(lefts[column], self.PAD + row * row_h, column_widths[column], row_h)
            for column, row in (divmod(index, rows) for index in range(len(self.entries)))
        ]

    def paint(self, painter: QPainter, *args) -> None:
        cells = self.cells()
        if not cells:
            return
        metrics = self._metrics()
        row_h = metrics.height() + 3
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._font)
        for entry, cell in zip(self.entries, cells, strict=True):
            sample = QRectF(cell.left(), cell.top() + 1, self.SAMPLE_W, row_h - 2)
            painter.setOpacity(1.0 if entry.visible else 0.3)
            self._paint_sample(painter, entry, sample)
            painter.setPen(QPen(self.text_color if entry.visible else qcolor(theme().legend_disabled)))
            text_rect = QRectF(sample.right() + 6, cell.top(), cell.width() - self.SAMPLE_W - 8, row_h)
            text = metrics.elidedText(entry.label + ("" if entry.visible else translate("TradePlot", " (hidden)")), Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setOpacity(1.0)

    @staticmethod
    def _paint_sample(painter: QPainter, entry: LegendEntry, rect: QRectF) -> None:
        center = rect.center()
        pen = QPen(entry.color, 2.0, entry.dash)
        pen.setCosmetic(False)  # scales with an export's painter
        if entry.style == "bar":
            painter.setPen(QPen(entry.color.darker(140), 1.0))
            painter.setBrush(QBrush(entry.color))
            painter.drawRect(QRectF(center.x() - 6, rect.top() + 2, 12, rect.height() - 4))
            return
        if entry.style == "line":
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left() + 1, center.y()), QPointF(rect.right() - 1, center.y()))
        step = 9.0
        start = center.x() - step * (len(entry.markers) - 1) / 2
        marker_pen = QPen(entry.color, 1.5)
        marker_pen.setCosmetic(False)
        painter.setPen(marker_pen)
        for i, (symbol, hollow) in enumerate(entry.markers[:3]):
            # pyqtgraph's unit-size symbol paths, scaled here so the pen keeps its width.
            path = QTransform.fromTranslate(start + i * step, center.y()).map(QTransform.fromScale(8.0, 8.0).map(Symbols[symbol]))
            painter.setBrush(QBrush(qcolor(theme().plot_background) if hollow else entry.color))
            painter.drawPath(path)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size().width(), self.size().height())

    # -- clicks ------------------------------------------------------------------
    def entry_at(self, pos: QPointF) -> LegendEntry | None:
        for cell, entry in zip(self.cells(), self.entries, strict=True):
            if cell.contains(pos):
                return entry
        return None

    def entry_rect(self, label: str) -> QRectF | None:
        for cell, entry in zip(self.cells(), self.entries, strict=True):
            if entry.label == label:
                return cell
        return None

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.entry_at(event.pos())
        if entry is not None:
            event.accept()
            self.toggled.emit(entry.label)


@dataclass(frozen=True)
class Tag:
    x: float
    y: float
    text: str
    color: QColor
    series: str


class PointTags(pg.GraphicsObject):
    """Short texts ('> Jan–Aug', '~', '6/27 reporting') beside points, drawn at a fixed pixel size.

    Lives in a view box's data coordinates; add it with ``ignoreBounds=True``.
    Tags never overlap one another and never leave the view: each is placed
    right of its point, else left, above or below it, a little further out
    each try; a tag with no free place is left out (the table and the hover
    still say it). The same text at the same place (two series stating the
    same figure) is drawn once.
    """

    PIXEL_SIZE = 10.5
    GAP = 7.0  # pixels between a point and its tag

    def __init__(self):
        super().__init__()
        self.tags: list[Tag] = []
        self.hidden_series: set[str] = set()
        self.placed: list[tuple[QRectF, Tag]] = []  # device rects of the last paint, for checks
        self.placed_bounds = QRectF()  # the view's rect in that paint's device coordinates

    def set_tags(self, tags: list[Tag]) -> None:
        self.prepareGeometryChange()
        self.tags = tags
        self.update()

    def set_series_visible(self, series: str, visible: bool) -> None:
        (self.hidden_series.discard if visible else self.hidden_series.add)(series)
        self.update()

    def boundingRect(self) -> QRectF:
        # Texts extend in pixels beyond the points: cover the whole view.
        view = self.viewRect()
        return view if view is not None else QRectF()

    def layout(self, transform: QTransform, bounds: QRectF, metrics: QFontMetricsF, scale: float = 1.0) -> list[tuple[QRectF, Tag]]:
        """Where each shown tag goes (device rects within ``bounds``), first come first placed."""
        placed: list[tuple[QRectF, Tag]] = []
        seen: set[tuple[str, int, int]] = set()
        height = metrics.height()
        gap = self.GAP * scale
        for tag in self.tags:
            if tag.series in self.hidden_series or not (math.isfinite(tag.x) and math.isfinite(tag.y)):
                continue
            at = transform.map(QPointF(tag.x, tag.y))
            if not bounds.contains(at):
                continue  # the point is out of view: so is its tag
            key = (tag.text, round(at.x() / 3), round(at.y() / 3))
            if key in seen:
                continue
            width = metrics.horizontalAdvance(tag.text) + 2 * scale
            for dx, dy in _CANDIDATES:
                if dx > 0:
                    left = at.x() + gap * dx
                elif dx < 0:
                    left = at.x() - gap * -dx - width
                else:
                    left = at.x() - width / 2
                top = at.y() - height / 2 + dy * (height + gap / 2)
                rect = QRectF(left, top, width, height)
                if bounds.contains(rect) and not any(rect.intersects(other) for other, _tag in placed):
                    placed.append((rect, tag))
                    seen.add(key)
                    break
        return placed

    def paint(self, painter: QPainter, *args) -> None:
        self.placed = []
        if not self.tags:
            return
        scale = self._exportOpts.get("resolutionScale", 1.0) if self._exportOpts else 1.0
        transform = painter.transform()
        view = self.getViewBox()
        if view is None:
            return
        # The view's rectangle in device coordinates: tags stay inside it.
        bounds = transform.mapRect(self.mapRectFromItem(view, view.boundingRect()))
        font = QFont()
        font.setPixelSize(max(1, round(self.PIXEL_SIZE * scale)))
        metrics = QFontMetricsF(font)
        self.placed = self.layout(transform, bounds, metrics, scale)
        self.placed_bounds = bounds
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for rect, tag in self.placed:
            painter.setPen(QPen(tag.color))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag.text)
        painter.restore()


# Places to try, in order: (side: 1 right, -1 left, 0 centred; rows up (-) or down (+)).
_CANDIDATES = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1),
               (0, -2), (0, 2), (1, -2), (1, 2), (-1, -2), (-1, 2), (3, 0), (-3, 0)]
