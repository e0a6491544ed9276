"""The few graphics items the timeline draws with, whatever the number of events.

Each item paints many events in one go. Sizes that must stay constant on
screen (bar thickness, minimum bar width, label text) are computed in device
pixels from the painter's transform, the way pyqtgraph's ScatterPlotItem does
it, so the same code paints on screen and into exported images (where
``resolutionScale`` enlarges them) and SVG/PDF files.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QStaticText

from kzeuviewer.model.schema import EVENT_KINDS

from ..style import qcolor, theme
from . import style
from .labels import place_labels, rows_that_fit

_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _ViewSpanningItem(pg.GraphicsObject):
    """An item that paints only inside the visible range: its bounds follow the view."""

    def boundingRect(self) -> QRectF:
        rect = self.viewRect()
        return QRectF() if rect is None else QRectF(rect)

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def _scale(self) -> float:
        """Export resolution scale (1 on screen)."""
        return float(self._exportOpts.get("resolutionScale", 1.0)) if self._exportOpts else 1.0


class LaneBands(_ViewSpanningItem):
    """Alternate light bands behind the lanes, and faint lines at the date ticks.

    The lines are drawn here rather than as pyqtgraph's axis grid, which
    replays them as part of the axis picture and made each repaint 4–7 ms
    slower; here they are one ``drawLines`` call.
    """

    def __init__(self, date_axis=None) -> None:
        super().__init__()
        self.lanes = 0
        self.date_axis = date_axis
        self.brush = QBrush(qcolor(theme().lane_band))
        major = qcolor(theme().axis_text)
        major.setAlpha(38)
        minor = qcolor(theme().axis_text)
        minor.setAlpha(16)
        self._grid_pens = [QPen(major, 1), QPen(minor, 1)]
        for pen in self._grid_pens:
            pen.setCosmetic(True)

    def set_lanes(self, count: int) -> None:
        self.lanes = count
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        rect = self.viewRect()
        if rect is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.brush)
        for lane in range(0, self.lanes, 2):
            painter.drawRect(QRectF(rect.left(), lane - 0.5, rect.width(), 1.0))
        if self.date_axis is None:
            return
        # The same ticks the axis shows, for the same width in pixels.
        left, right = fn.transformCoordinates(painter.transform(), np.array([[rect.left(), rect.right()], [0.0, 0.0]]))[0]
        width = abs(right - left) / self._scale()
        levels = self.date_axis.tickValues(rect.left(), rect.right(), width) if width > 0 else []
        top, bottom = rect.top(), rect.bottom()
        for level, (_spacing, values) in enumerate(levels[:2]):
            if values:
                painter.setPen(self._grid_pens[level])
                painter.drawLines([QLineF(v, top, v, bottom) for v in values])


class SpanItem(_ViewSpanningItem):
    """Bars for events that last several days or have a partial date.

    Multi-day events are solid; partial dates (a month, a year) are pale: the
    event happened somewhere in that span. A bar is drawn
    only once it is wider than the event's marker: narrower, the marker (hollow
    for a partial date) already covers it, and thousands of invisible bars
    would cost most of a repaint at full zoom-out.
    """

    def __init__(self) -> None:
        super().__init__()
        self.x0 = self.x1 = self.y = np.empty(0)
        self.kind = np.empty(0, dtype=np.int64)
        self.partial = np.empty(0, dtype=bool)
        self.visible = np.empty(0, dtype=bool)
        self._styles = {}
        for code, kind in enumerate(EVENT_KINDS):
            colour = qcolor(theme().kind(kind))
            solid = QColor(colour)
            solid.setAlpha(170)
            pale = QColor(colour)
            pale.setAlpha(55)
            # No outlines: a dashed one said "uncertain" well but cost 6 ms per
            # repaint for 400 bars; the hollow marker says it already.
            self._styles[(code, False)] = (QPen(Qt.PenStyle.NoPen), QBrush(solid))
            self._styles[(code, True)] = (QPen(Qt.PenStyle.NoPen), QBrush(pale))

    def set_spans(self, x0, x1, y, kind, partial) -> None:
        self.x0, self.x1, self.y = (np.asarray(a, dtype=float) for a in (x0, x1, y))
        self.kind = np.asarray(kind, dtype=np.int64)
        self.partial = np.asarray(partial, dtype=bool)
        self.visible = np.ones(len(self.x0), dtype=bool)
        self.update()

    def set_visible_mask(self, mask) -> None:
        self.visible = np.asarray(mask, dtype=bool)
        self.update()

    def device_rects(self, transform, scale: float = 1.0):
        """(indices, left, top, right, bottom) in device pixels of the bars in view."""
        rect = self.viewRect()
        keep = self.visible.copy()
        if rect is not None:
            keep &= (self.x1 >= rect.left()) & (self.x0 <= rect.right())
        index = np.flatnonzero(keep)
        if not len(index):
            empty = np.empty(0)
            return index, empty, empty, empty, empty
        start = fn.transformCoordinates(transform, np.vstack([self.x0[index], self.y[index]]))
        end = fn.transformCoordinates(transform, np.vstack([self.x1[index], self.y[index]]))
        left = np.minimum(start[0], end[0])
        right = np.maximum(start[0], end[0])
        wide = right - left > style.MARKER_SIZE * scale
        index, left, right, y = index[wide], left[wide], right[wide], start[1][wide]
        half_height = style.BAR_HALF_HEIGHT * scale
        return index, left, y - half_height, right, y + half_height

    def paint(self, painter, option, widget=None) -> None:
        scale = self._scale()
        index, left, top, right, bottom = self.device_rects(painter.transform(), scale)
        if not len(index):
            return
        painter.resetTransform()
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        left, top, right, bottom = (np.clip(a, -1e6, 1e6) for a in (left, top, right, bottom))
        groups = self.kind[index] * 2 + self.partial[index]
        for group in np.unique(groups):
            members = np.flatnonzero(groups == group)
            pen, brush = self._styles[(int(group) // 2, bool(group % 2))]
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRects(
                [QRectF(left[m], top[m], right[m] - left[m], bottom[m] - top[m]) for m in members.tolist()]
            )


class LabelLayer(_ViewSpanningItem):
    """Event titles on flag poles, chosen anew at every paint so that none overlap.

    One item draws every label: one ``drawStaticText`` per shown label (text
    laid out once and cached) instead of thousands of text items. ``placed``
    keeps what was last drawn on screen (event positions and their boxes in
    view pixels) for hit tests.
    """

    def __init__(self) -> None:
        super().__init__()
        self.anchor = self.y = np.empty(0)
        self.lane = np.empty(0, dtype=np.int64)
        self.width = np.empty(0)
        self.texts: list[str] = []
        self.visible = np.empty(0, dtype=bool)
        self.highlight = np.empty(0, dtype=bool)
        self.forced = -1
        self.placed: tuple[np.ndarray, list[QRectF]] = (np.empty(0, dtype=np.int64), [])
        self.font = QFont()
        self.font.setPixelSize(style.LABEL_FONT_PX)
        self._static: dict[int, QStaticText] = {}
        self._text_height = QFontMetricsF(self.font).height()
        self._fill = QBrush(qcolor(theme().label_fill))
        self._text_pen = QPen(qcolor(theme().label_text))
        self._pole_pen = QPen(qcolor(theme().pole), 1)
        self._highlight_pen = QPen(qcolor(theme().highlight), 1.5)
        self._selected_pen = QPen(qcolor(theme().selected), 1.5)

    def set_labels(self, anchor, y, lane, width, texts) -> None:
        """Per event: marker x and y (data), lane (-1: not drawn), label width (px) and text."""
        self.anchor = np.asarray(anchor, dtype=float)
        self.y = np.asarray(y, dtype=float)
        self.lane = np.asarray(lane, dtype=np.int64)
        self.width = np.asarray(width, dtype=float)
        self.texts = texts  # any sequence: large timelines elide on first use
        self._static.clear()
        self.visible = self.lane >= 0
        self.highlight = np.zeros(len(self.anchor), dtype=bool)
        self.forced = -1
        self.update()

    def set_visible_mask(self, mask) -> None:
        self.visible = np.asarray(mask, dtype=bool) & (self.lane >= 0)
        self.update()

    def set_highlight(self, mask) -> None:
        self.highlight = np.asarray(mask, dtype=bool)
        self.update()

    def set_forced(self, position: int | None) -> None:
        self.forced = -1 if position is None else int(position)
        self.update()

    def layout(self, transform, scale: float = 1.0):
        """Chosen events, their rows, marker x, label left edge and marker y (pixels), row height."""
        rect = self.viewRect()
        keep = self.visible.copy()
        if rect is not None:
            keep &= (self.anchor >= rect.left()) & (self.anchor <= rect.right())
        index = np.flatnonzero(keep)
        if not len(index):
            return index, np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), np.empty(0), 0.0
        points = fn.transformCoordinates(transform, np.vstack([self.anchor[index], self.y[index]]))
        # Lane height in pixels, and how far the markers sit below the lane top.
        probe = fn.transformCoordinates(transform, np.array([[0.0, 0.0], [0.0, 1.0]]))
        lane_height = abs(probe[1, 1] - probe[1, 0])
        room = lane_height * (0.5 + style.BASELINE_OFFSET) - (style.MARKER_SIZE / 2 + 3) * scale
        row_height = style.LABEL_ROW_HEIGHT * scale
        rows = rows_that_fit(lane_height, room, row_height, style.MAX_LABEL_ROWS)
        forced = -1
        if self.forced >= 0:
            hits = np.flatnonzero(index == self.forced)
            forced = int(hits[0]) if len(hits) else -1
        widths = self.width[index] * scale
        # A label that would run off the right edge slides left over its pole.
        lefts = points[0]
        if rect is not None:
            view_right = fn.transformCoordinates(transform, np.array([[rect.right()], [rect.top()]]))[0, 0]
            lefts = np.maximum(np.minimum(lefts, view_right - widths - 2 * scale), lefts - widths + 12 * scale)
        chosen, chosen_rows = place_labels(lefts, self.lane[index], widths, rows, style.LABEL_GAP * scale, forced)
        return index[chosen], chosen_rows, points[0][chosen], lefts[chosen], points[1][chosen], row_height

    def paint(self, painter, option, widget=None) -> None:
        scale = self._scale()
        events, rows, xs, lefts, ys, row_height = self.layout(painter.transform(), scale)
        on_screen = not self._exportOpts
        if not len(events):
            if on_screen:
                self.placed = (events, [])
            return
        painter.resetTransform()
        # Boxes and poles are axis-aligned: no antialiasing needed (it costs per box).
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        painter.setRenderHint(painter.RenderHint.TextAntialiasing, True)
        font = QFont(self.font)
        if scale != 1.0:
            font.setPixelSize(max(1, round(style.LABEL_FONT_PX * scale)))
        painter.setFont(font)
        marker_top = (style.MARKER_SIZE / 2 + 2) * scale
        boxes: list[QRectF] = []
        poles: list[QLineF] = []
        for event, row, x, left, y in zip(
            events.tolist(), rows.tolist(), xs.tolist(), lefts.tolist(), ys.tolist(), strict=False
        ):
            bottom = y - marker_top - 1 * scale - row * row_height
            box = QRectF(left, bottom - row_height + 2 * scale, self.width[event] * scale, row_height - 2 * scale)
            boxes.append(box)
            poles.append(QLineF(QPointF(x, y - marker_top), QPointF(x, box.bottom())))
        painter.setPen(self._pole_pen)
        painter.drawLines(poles)
        pad = 4 * scale
        for event, box in zip(events.tolist(), boxes, strict=False):
            if event == self.forced:
                painter.setPen(self._selected_pen)
            elif self.highlight[event]:
                painter.setPen(self._highlight_pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRect(box)
            painter.setPen(self._text_pen)
            if scale == 1.0:
                static = self._static.get(event)
                if static is None:
                    static = self._static[event] = QStaticText(self.texts[event])
                    static.setTextFormat(Qt.TextFormat.PlainText)
                    static.prepare(font=font)
                painter.drawStaticText(QPointF(box.left() + pad, box.top() + (box.height() - self._text_height) / 2), static)
            else:
                painter.drawText(box.adjusted(pad, 0, -pad / 2, 0), _LEFT_MIDDLE, self.texts[event])
        if on_screen:
            self.placed = (events, boxes)
