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
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QStaticText

from kzeuviewer.model.display import clip
from kzeuviewer.model.schema import EVENT_KINDS

from ..style import Theme, qcolor, theme
from . import style
from .labels import extend_widths, place_labels

_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# The same bar drawn more often than this looks no different (see SpanItem.paint).
_MAX_STACKED = 8


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
        self.lane_top = self.lane_bottom = np.empty(0)
        self.date_axis = date_axis
        self.apply_theme(theme())

    def apply_theme(self, t: Theme) -> None:
        self.brush = QBrush(qcolor(t.lane_band))
        major = qcolor(t.axis_text)
        major.setAlpha(46 if t.dark else 38)
        minor = qcolor(t.axis_text)
        minor.setAlpha(20 if t.dark else 16)
        self._grid_pens = [QPen(major, 1), QPen(minor, 1)]
        for pen in self._grid_pens:
            pen.setCosmetic(True)
        self.update()

    def set_lanes(self, top, bottom) -> None:
        """Each lane's top and bottom (data units)."""
        self.lane_top = np.asarray(top, dtype=float)
        self.lane_bottom = np.asarray(bottom, dtype=float)
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        rect = self.viewRect()
        if rect is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.brush)
        for top, bottom in zip(self.lane_top[::2].tolist(), self.lane_bottom[::2].tolist(), strict=False):
            painter.drawRect(QRectF(rect.left(), top, rect.width(), bottom - top))
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
        self._by_start, self._longest = False, 0.0
        self.apply_theme(theme())

    def apply_theme(self, t: Theme) -> None:
        self._styles = {}
        for code, kind in enumerate(EVENT_KINDS):
            colour = qcolor(t.kind(kind))
            solid = QColor(colour)
            solid.setAlpha(170)
            pale = QColor(colour)
            pale.setAlpha(55)
            # No outlines: a dashed one said "uncertain" well but cost 6 ms per
            # repaint for 400 bars; the hollow marker says it already.
            self._styles[(code, False)] = (QPen(Qt.PenStyle.NoPen), QBrush(solid))
            self._styles[(code, True)] = (QPen(Qt.PenStyle.NoPen), QBrush(pale))
        self.update()

    def set_spans(self, x0, x1, y, kind, partial) -> None:
        # Dates need float64; heights (pixels) keep float32 and kinds a byte when given so.
        self.x0, self.x1 = (np.asarray(a, dtype=float) for a in (x0, x1))
        self.y = _floats(y)
        self.kind = np.asarray(kind)
        if self.kind.dtype.kind != "i":
            self.kind = self.kind.astype(np.int64)
        self.partial = np.asarray(partial, dtype=bool)
        self.visible = np.ones(len(self.x0), dtype=bool)
        # Bars given by their start (the view gives them so): those in view are found by binary search.
        with np.errstate(invalid="ignore"):
            self._by_start = bool(len(self.x0) and (np.diff(self.x0) >= 0).all() and not np.isnan(self.x0).any())
            self._longest = float(np.nanmax(self.x1 - self.x0)) if self._by_start else 0.0
        self.update()

    def set_visible_mask(self, mask) -> None:
        self.visible = np.asarray(mask, dtype=bool)
        self.update()

    def set_y(self, y) -> None:
        """New heights of the bars (the lanes were resized)."""
        self.y = _floats(y)
        self.update()

    def device_rects(self, transform, scale: float = 1.0):
        """(indices, left, top, right, bottom) in device pixels of the bars in view."""
        rect = self.viewRect()
        if rect is not None and self._by_start:
            # Only bars starting after ``left - longest`` and up to ``right`` can reach into view.
            first = int(np.searchsorted(self.x0, rect.left() - self._longest, side="left"))
            last = int(np.searchsorted(self.x0, rect.right(), side="right"))
            near = np.arange(first, last)
            index = near[self.visible[first:last] & (self.x1[first:last] >= rect.left())]
        else:
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
        transform = painter.transform()
        index, left, top, right, bottom = self.device_rects(transform, scale)
        if not len(index):
            return
        # Bars reaching past the view end at its edges: zoomed in on a large timeline, hundreds of
        # year-long bars become the same rectangle. Each distinct one is drawn at most
        # _MAX_STACKED times (pale bars stacked that deep are as dark as they get).
        rect = self.viewRect()
        if rect is not None:
            ends = fn.transformCoordinates(transform, np.array([[rect.left(), rect.right()], [0.0, 0.0]]))[0]
            low, high = float(ends.min()) - 2, float(ends.max()) + 2
            left, right = np.clip(left, low, high), np.clip(right, low, high)
        top, bottom = np.clip(top, -1e6, 1e6), np.clip(bottom, -1e6, 1e6)
        groups = self.kind[index] * 2 + self.partial[index]
        # One integer per (look, left, right, top) in whole pixels, 16 bits each (a view is narrower).
        fields = [np.clip(np.round(v) - np.floor(start.min()), 0, 0xFFFF).astype(np.int64)
                  for v, start in ((left, left), (right, left), (top, top))]
        keys = ((groups.astype(np.int64) << 48) | (fields[0] << 32) | (fields[1] << 16) | fields[2])
        _keys, first, counts = np.unique(keys, return_index=True, return_counts=True)
        chosen = np.repeat(first, np.minimum(counts, _MAX_STACKED))
        left, top, right, bottom, groups = left[chosen], top[chosen], right[chosen], bottom[chosen], groups[chosen]
        painter.resetTransform()
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        for group in np.unique(groups):
            members = np.flatnonzero(groups == group)
            pen, brush = self._styles[(int(group) // 2, bool(group % 2))]
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRects(
                [QRectF(left[m], top[m], right[m] - left[m], bottom[m] - top[m]) for m in members.tolist()]
            )


class LabelLayer(_ViewSpanningItem):
    """Titles above their markers, stacked in rows per lane, chosen anew at every paint so that none overlap.

    Works on *entries*: the events, then the awards drawn in the Awards lane.
    One item draws every label (one ``drawStaticText`` per label, text laid out
    once and cached) instead of thousands of text items. Labels are placed at
    their short width (see :func:`place_labels`) and then widened to the whole
    title where their row is free. ``placed`` keeps what was last drawn on
    screen (entries and their boxes in view pixels) for hit tests, and
    ``shown_count``/``candidate_count`` how many of the entries in view got a
    label.
    """

    countsChanged = Signal(int, int)  # labels drawn, entries in view (after a screen paint)

    def __init__(self) -> None:
        super().__init__()
        self.anchor = self.y = np.empty(0)
        self.lane = np.empty(0, dtype=np.int64)
        self.full = np.empty(0)
        self._short: np.ndarray | float = np.empty(0)
        self.texts: list[str] = []
        self.visible = np.empty(0, dtype=bool)
        self.highlight = np.empty(0, dtype=bool)
        self.important = np.empty(0, dtype=bool)
        self.lane_top = self.lane_bottom = np.empty(0)
        self.forced: frozenset[int] = frozenset()
        # Density mode: the lanes are histograms; only the selected event keeps its title.
        self.only_forced = False
        # The visible entries with low <= anchor <= high, by binary search (the view's LaneDensity);
        # None: worked out here from the masks (every entry each paint).
        self.entries_between = None
        # And how many there are (density mode counts them without listing a million entries).
        self.count_between = None
        # Large timelines measure labels when they are first laid out: called with entries whose width is NaN.
        self.measure = None
        self.placed: tuple[np.ndarray, list[QRectF]] = (np.empty(0, dtype=np.int64), [])
        self.counts = (0, 0)
        self.font = QFont()
        self.font.setPixelSize(style.LABEL_FONT_PX)
        self._metrics = QFontMetricsF(self.font)
        self._static: dict[tuple[int, str], QStaticText] = {}
        self._elided: dict[tuple[int, int], str] = {}
        self._whole: dict[int, str] = {}  # entry -> its whole label
        self._text_height = self._metrics.height()
        self.apply_theme(theme())

    def apply_theme(self, t: Theme) -> None:
        self._fill = QBrush(qcolor(t.label_fill))
        self._text_pen = QPen(qcolor(t.label_text))
        self._pole_pen = QPen(qcolor(t.pole), 1)
        self._highlight_pen = QPen(qcolor(t.highlight), 1.5)
        self._selected_pen = QPen(qcolor(t.selected), 1.5)
        self.update()

    def set_labels(self, anchor, y, lane, full, short, texts, important) -> None:
        """Per entry: marker x and y (data), lane (-1: not drawn), full and short label widths (px), text, importance.

        ``short`` may be one width for all: each label's short width is then its
        full one up to that (worked out when laid out, not kept per entry).
        """
        # Kept as given when the type fits (shared with the view, not copied): x as float64 (dates
        # need it), y and widths (pixels) as float32 too, lanes in any integer type.
        self.anchor = np.asarray(anchor, dtype=float)
        self.y = _floats(y)
        self.lane = np.asarray(lane)
        if self.lane.dtype.kind != "i":
            self.lane = self.lane.astype(np.int64)
        self.full = _floats(full)
        self._short = float(short) if np.ndim(short) == 0 else np.minimum(_floats(short), self.full)
        self.texts = texts  # any sequence: large timelines elide on first use
        self.important = np.asarray(important, dtype=bool)
        self._static.clear()
        self._elided.clear()
        self._whole.clear()
        self.visible = self.lane >= 0
        self.highlight = np.zeros(len(self.anchor), dtype=bool)
        self.forced = frozenset()
        self.update()

    def short_widths(self, index: np.ndarray) -> np.ndarray:
        """The short label widths (px, float) of the entries at ``index``."""
        if isinstance(self._short, float):
            return np.minimum(self.full[index].astype(float), self._short)
        return self._short[index].astype(float)

    def set_widths(self, index: np.ndarray, widths: np.ndarray, short: float) -> None:
        """The labels of ``index`` measured: their full widths, and short ones up to ``short``."""
        self.full[index] = widths
        if not isinstance(self._short, float):
            self._short[index] = np.minimum(widths, short)

    def set_lane_geometry(self, top, bottom) -> None:
        """Each lane's top and bottom (data units, y down) and so how many label rows it has."""
        self.lane_top = np.asarray(top, dtype=float)
        self.lane_bottom = np.asarray(bottom, dtype=float)
        self.update()

    def set_visible_mask(self, mask) -> None:
        self.visible = np.asarray(mask, dtype=bool) & (self.lane >= 0)
        self.update()

    def set_highlight(self, mask) -> None:
        self.highlight = np.asarray(mask, dtype=bool)
        self.update()

    def set_forced(self, entries) -> None:
        """Entries always labelled, in their lane's first row (the selected event and its awards)."""
        self.forced = frozenset(int(e) for e in entries)
        self.update()

    def rows_per_lane(self, transform, scale: float = 1.0) -> np.ndarray:
        """How many label rows each lane has at this transform."""
        if not len(self.lane_top):
            return np.zeros(0, dtype=np.int64)
        ys = fn.transformCoordinates(transform, np.vstack([np.zeros(len(self.lane_top) * 2), np.concatenate([self.lane_top, self.lane_bottom])]))[1]
        heights = np.abs(ys[len(self.lane_top):] - ys[: len(self.lane_top)])
        room = heights - (style.MARKER_BAND_PX + style.LANE_TOP_MARGIN_PX) * scale
        return np.maximum(np.floor(room / (style.LABEL_ROW_HEIGHT * scale)), 0).astype(np.int64)

    def priorities(self, index: np.ndarray) -> np.ndarray:
        """Rank of each candidate: highlighted (1), important (2), the rest (3)."""
        rank = np.full(len(index), 3, dtype=np.int64)
        rank[self.important[index]] = 2
        if len(self.highlight) == len(self.anchor):
            rank[self.highlight[index]] = 1
        return rank

    def layout(self, transform, scale: float = 1.0):
        """Chosen entries, rows, marker x, label left, label width, marker y (pixels), row height."""
        rect = self.viewRect()
        if self.only_forced and rect is not None and self.count_between is not None:
            # Density mode labels only the forced entries: the others in view are only counted.
            candidates = self.count_between(rect.left(), rect.right())
            forced = np.array(sorted(self.forced), dtype=np.int64)
            forced = forced[(forced >= 0) & (forced < len(self.anchor))]
            with np.errstate(invalid="ignore"):
                keep = self.visible[forced] & (self.anchor[forced] >= rect.left()) & (self.anchor[forced] <= rect.right())
            return self._place(forced[keep], candidates, rect, transform, scale)
        if rect is not None and self.entries_between is not None:
            index = np.sort(self.entries_between(rect.left(), rect.right()))
        else:
            keep = self.visible.copy()
            if rect is not None:
                keep &= (self.anchor >= rect.left()) & (self.anchor <= rect.right())
            index = np.flatnonzero(keep)
        candidates = len(index)
        if self.only_forced:
            index = index[np.isin(index, list(self.forced))] if self.forced else index[:0]
        return self._place(index, candidates, rect, transform, scale)

    def _place(self, index: np.ndarray, candidates: int, rect, transform, scale: float):
        """``layout`` for the entries ``index`` (ascending) out of ``candidates`` in view."""
        empty = np.empty(0)
        if not len(index):
            return index, np.empty(0, dtype=np.int64), empty, empty, empty, empty, 0.0, candidates
        unmeasured = index[np.isnan(self.full[index])]
        if len(unmeasured) and self.measure is not None:
            self.measure(unmeasured)
        points = fn.transformCoordinates(transform, np.vstack([self.anchor[index], self.y[index]]))
        rows = self.rows_per_lane(transform, scale)
        row_height = style.LABEL_ROW_HEIGHT * scale
        short = self.short_widths(index) * scale
        full = self.full[index].astype(float) * scale
        xs = points[0]
        lefts = xs.copy()
        right_edge = np.inf
        if rect is not None:
            edges = fn.transformCoordinates(transform, np.array([[rect.left(), rect.right()], [rect.top(), rect.top()]]))[0]
            left_edge, right_edge = float(edges.min()), float(edges.max())
            # A label that would run off the right edge ends at its marker instead.
            flip = (xs + short > right_edge) & (xs - short >= left_edge)
            lefts[flip] = xs[flip] - short[flip]
            full = np.where(flip, short, full)
        forced = -1
        forced_entries = [int(i) for i in np.flatnonzero(np.isin(index, list(self.forced)))] if self.forced else []
        priority = self.priorities(index)
        if forced_entries:
            priority[forced_entries] = 0
            forced = forced_entries[0]
        gap = style.LABEL_GAP * scale
        chosen, chosen_rows = place_labels(lefts, self.lane[index], short, rows, gap, forced, priority)
        widths = extend_widths(lefts[chosen], chosen_rows, self.lane[index][chosen], short[chosen], full[chosen], right_edge, gap)
        return index[chosen], chosen_rows, xs[chosen], lefts[chosen], widths, points[1][chosen], row_height, candidates

    def _text(self, entry: int, width_px: float) -> str:
        """The entry's title, elided to ``width_px`` (unscaled pixels) unless it fits."""
        whole = self._whole.get(entry)
        if whole is None:
            # Kept once read: a large timeline's labels are composed when read (title, date in words).
            if len(self._whole) > 20_000:
                self._whole.clear()
            whole = self._whole[entry] = self.texts[entry]
        if width_px >= self.full[entry] - 0.5:
            return whole
        key = (entry, int(width_px))
        text = self._elided.get(key)
        if text is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            text = self._elided[key] = self._metrics.elidedText(clip(whole), Qt.TextElideMode.ElideRight, width_px - 8)
        return text

    def paint(self, painter, option, widget=None) -> None:
        scale = self._scale()
        entries, rows, xs, lefts, widths, ys, row_height, candidates = self.layout(painter.transform(), scale)
        on_screen = not self._exportOpts
        if on_screen and self.counts != (len(entries), candidates):
            self.counts = (len(entries), candidates)
            self.countsChanged.emit(*self.counts)
        if not len(entries):
            if on_screen:
                self.placed = (entries, [])
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
        for row, x, left, width, y in zip(rows.tolist(), xs.tolist(), lefts.tolist(), widths.tolist(), ys.tolist(), strict=False):
            bottom = y - marker_top - 1 * scale - row * row_height
            box = QRectF(left, bottom - row_height + 2 * scale, width, row_height - 2 * scale)
            boxes.append(box)
            poles.append(QLineF(QPointF(x, y - marker_top), QPointF(x, box.bottom())))
        painter.setPen(self._pole_pen)
        painter.drawLines(poles)
        pad = 4 * scale
        entry_list = entries.tolist()
        # Boxes never overlap: drawn first, a batch per outline (fewer calls than a box at a time),
        # then the texts over them.
        painter.setBrush(self._fill)
        selected = [box for entry, box in zip(entry_list, boxes, strict=False) if entry in self.forced]
        marked = self.highlight[entries] if len(self.highlight) == len(self.anchor) else np.zeros(len(entries), dtype=bool)
        highlighted = [box for entry, box, mark in zip(entry_list, boxes, marked.tolist(), strict=False)
                       if mark and entry not in self.forced]
        plain = [box for entry, box, mark in zip(entry_list, boxes, marked.tolist(), strict=False)
                 if not mark and entry not in self.forced]
        for pen, group in ((Qt.PenStyle.NoPen, plain), (self._highlight_pen, highlighted), (self._selected_pen, selected)):
            if group:
                painter.setPen(pen)
                painter.drawRects(group)
        painter.setPen(self._text_pen)
        for entry, box in zip(entry_list, boxes, strict=False):
            text = self._text(entry, box.width() / scale)
            if scale == 1.0:
                # Keyed by the text shown: a zoom step changes a box's width, rarely its elided text.
                key = (entry, text)
                static = self._static.get(key)
                if static is None:
                    if len(self._static) > 5_000:
                        self._static.clear()
                    static = self._static[key] = QStaticText(text)
                    static.setTextFormat(Qt.TextFormat.PlainText)
                    static.prepare(font=font)
                painter.drawStaticText(QPointF(box.left() + pad, box.top() + (box.height() - self._text_height) / 2), static)
            else:
                painter.drawText(box.adjusted(pad, 0, -pad / 2, 0), _LEFT_MIDDLE, text)
        if on_screen:
            self.placed = (entries, boxes)


class DensityStrips(_ViewSpanningItem):
    """Per-lane histograms of the entries in view, for when there are more than pixels can show.

    The visible range is cut into bins ``DENSITY_BIN_PX`` device pixels wide;
    each lane draws its count per bin as a filled step outline rising from
    the lane's marker line (tallest bin of the lane in view = the lane's
    height), the highlighted entries over it in the highlight colour, and a
    warning-coloured bar hanging under each bin for its entries whose
    confidence is not "confirmed" (same scale, a few pixels at most). One path per lane and layer: no object per
    event or per bin. ``drawn`` keeps the last screen layout for hit tests.
    """

    def __init__(self) -> None:
        super().__init__()
        self.density = None
        self.lane_kinds: list[int] = []
        self.lane_top = self.lane_foot = np.empty(0)
        self.highlight: np.ndarray | None = None
        self.uncertain: np.ndarray | None = None
        self.drawn: tuple[float, float, int, np.ndarray] | None = None  # low, high, bins, counts
        self.apply_theme(theme())

    def apply_theme(self, t: Theme) -> None:
        self._brushes = []
        for kind in EVENT_KINDS:
            colour = qcolor(t.kind(kind))
            colour.setAlpha(200 if t.dark else 185)
            self._brushes.append(QBrush(colour))
        self._highlight_brush = QBrush(qcolor(t.highlight))
        self._doubt_brush = QBrush(qcolor(t.warning))
        self.update()

    def set_density(self, density, lane_kinds) -> None:
        self.density = density
        self.lane_kinds = list(lane_kinds)
        self.update()

    def set_lane_geometry(self, top, foot) -> None:
        """Each lane's top and marker line (data units, y down)."""
        self.lane_top = np.asarray(top, dtype=float)
        self.lane_foot = np.asarray(foot, dtype=float)
        self.update()

    def set_weights(self, highlight, uncertain) -> None:
        """Booleans per entry: highlighted, and not confirmed."""
        self.highlight = None if highlight is None or not np.any(highlight) else np.asarray(highlight, dtype=bool)
        self.uncertain = None if uncertain is None or not np.any(uncertain) else np.asarray(uncertain, dtype=bool)
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        rect = self.viewRect()
        density = self.density
        if rect is None or density is None or not len(self.lane_top) or rect.width() <= 0:
            return
        scale = self._scale()
        transform = painter.transform()
        low, high = rect.left(), rect.right()
        ys = np.concatenate([self.lane_top, self.lane_foot])
        xs = fn.transformCoordinates(transform, np.vstack([np.array([low, high] + [low] * len(ys)), np.concatenate([[0.0, 0.0], ys])]))
        left, right = float(xs[0][0]), float(xs[0][1])
        lane_count = len(self.lane_top)
        top_px, foot_px = xs[1][2:2 + lane_count], xs[1][2 + lane_count:]
        bins = max(1, int(abs(right - left) / (style.DENSITY_BIN_PX * scale)))
        counts = density.histogram(low, high, bins)
        lit = density.histogram(low, high, bins, self.highlight) if self.highlight is not None else None
        doubt = density.histogram(low, high, bins, self.uncertain) if self.uncertain is not None else None
        if not self._exportOpts:
            self.drawn = (low, high, bins, counts)
        edges = np.linspace(left, right, bins + 1)
        painter.resetTransform()
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        margin = (style.LANE_TOP_MARGIN_PX + 2) * scale
        minimum = 1.5 * scale  # one event in a bin stays visible
        for lane in range(min(lane_count, counts.shape[0])):
            lane_counts = counts[lane]
            peak = lane_counts.max()
            if not peak:
                continue
            foot = float(foot_px[lane])
            # The tallest bin stops short of the lane's top, so neighbouring lanes stay apart.
            room = max((foot - float(top_px[lane]) - margin) * 0.88, 4 * scale)
            unit = room / peak
            kind = self.lane_kinds[lane] if lane < len(self.lane_kinds) else len(EVENT_KINDS) - 1
            painter.fillPath(_steps(edges, foot, _heights(lane_counts, unit, minimum)), self._brushes[kind])
            if lit is not None and lit[lane].any():
                painter.fillPath(_steps(edges, foot, _heights(lit[lane], unit, minimum)), self._highlight_brush)
            if doubt is not None and doubt[lane].any():
                # The unconfirmed ones hang below the line, at the same scale (a few pixels at most).
                below = np.minimum(_heights(doubt[lane], unit, minimum), 6 * scale)
                painter.fillPath(_steps(edges, foot + 2 * scale, -below), self._doubt_brush)


def _heights(counts: np.ndarray, unit: float, minimum: float) -> np.ndarray:
    return np.where(counts > 0, np.maximum(counts * unit, minimum), 0.0)


def _steps(edges: np.ndarray, base: float, heights: np.ndarray):
    """A closed step outline: each bin a flat top ``heights`` above ``base`` (device y grows down)."""
    tops = base - heights
    x = np.concatenate([[edges[0]], np.repeat(edges, 2)[1:-1], [edges[-1]]])
    y = np.concatenate([[base], np.repeat(tops, 2), [base]])
    return fn.arrayToQPath(x, y, connect="all")


def _floats(values) -> np.ndarray:
    """``values`` as a float array: float32 or float64 kept as they are, anything else as float64."""
    values = np.asarray(values)
    return values if values.dtype in (np.float32, np.float64) else values.astype(float)
