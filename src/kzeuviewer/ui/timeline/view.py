"""The timeline plot: lanes by kind on a date axis, zoom, pan, hover and click.

A handful of graphics items draw every event: one ScatterPlotItem for the
markers, one item for the bars, one for the labels, two small scatters for
the highlight and selection rings. Filtering only flips visibility flags.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QToolTip

from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.timeline import DAY, YEAR, TimelineData, describe_range

from ..style import qcolor, set_role, theme
from . import style
from .axis import LaneAxis, TimelineDateAxis
from .items import LabelLayer, LaneBands, SpanItem

ZOOM_STEP = 1.25


# Up to this many events every label is elided and measured exactly; beyond,
# widths come from per-character advances and labels are elided when drawn
# (a million Qt measuring calls take tens of seconds).
_MEASURE_EVERY_LABEL = 50_000


class _ElidedTexts:
    """Label texts elided to the maximum label width on first use."""

    def __init__(self, texts: list[str], metrics: QFontMetricsF):
        self._texts = texts
        self._metrics = metrics
        self._done: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index: int) -> str:
        text = self._done.get(index)
        if text is None:
            text = self._done[index] = self._metrics.elidedText(
                self._texts[index], Qt.TextElideMode.ElideRight, style.LABEL_MAX_WIDTH
            )
        return text


def _estimated_widths(texts: list[str], metrics: QFontMetricsF) -> np.ndarray:
    """Label widths as the sum of each character's advance (no kerning), capped like eliding."""
    joined = "".join(texts)
    code_points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    distinct = np.unique(code_points)
    advance = {int(c): metrics.horizontalAdvance(chr(int(c))) for c in distinct}
    per_char = np.array([advance[int(c)] for c in distinct], dtype=float)[np.searchsorted(distinct, code_points)]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sums = np.add.reduceat(per_char, starts) if len(per_char) else np.zeros(len(texts))
    sums[lengths == 0] = 0.0
    return np.minimum(sums, style.LABEL_MAX_WIDTH) + 8


class TimelineView(pg.PlotWidget):
    """Events of a :class:`TimelineData` in lanes. Emits event ids, never rows.

    Signals: ``eventClicked(id)`` (click on a marker, bar or label),
    ``eventActivated(id)`` (double-click; Enter on the selection),
    ``stepRequested(direction)`` (Left/Right), ``fitRequested()`` (Home).
    """

    eventClicked = Signal(str, bool)  # id, and whether Ctrl was held (add to the selection)
    eventActivated = Signal(str)
    stepRequested = Signal(int)
    fitRequested = Signal()

    def __init__(self, parent=None):
        date_axis = TimelineDateAxis()
        super().__init__(parent, background=qcolor(theme().plot_background), axisItems={"bottom": date_axis, "left": LaneAxis()})
        self.setObjectName("timelineView")
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events in lanes by kind on a date axis. Left and Right step through events, "
            "plus and minus zoom, Home fits all, Enter shows the details."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(180)
        self.timeline: TimelineData | None = None
        self.lane_kinds: list[int] = []
        self.lane = np.empty(0, dtype=np.int64)
        self.shown = np.empty(0, dtype=bool)
        self.highlight = np.empty(0, dtype=bool)
        self.lane_counts: np.ndarray | None = None
        self.selected: int | None = None
        self.hover_text = ""
        self._point_events = np.empty(0, dtype=np.int64)
        self._span_events = np.empty(0, dtype=np.int64)
        self._label_texts: list[str] = []
        self._label_widths = np.empty(0)

        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.viewbox = plot.getViewBox()
        self.viewbox.setMenuEnabled(False)
        self.viewbox.setMouseEnabled(x=True, y=False)
        self.viewbox.invertY(True)
        self.viewbox.disableAutoRange()
        axis_pen = pg.mkPen(qcolor(theme().axis_text))
        font = QFont()
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setTextPen(axis_pen)
            axis.setPen(pg.mkPen(qcolor(theme().axis_line)))
            axis.setTickFont(font)
        self.date_axis = date_axis
        date_axis.set_text_colour(theme().axis_text)
        self.viewbox.sigXRangeChanged.connect(self._update_range_title)
        # pyqtgraph moves the items to a new range only when the next paint
        # begins, and that move asks for a second paint: move them at once.
        self.viewbox.sigXRangeChanged.connect(lambda *_args: self.viewbox.updateMatrix())
        left = plot.getAxis("left")
        left.setStyle(tickLength=0, tickTextOffset=8)
        self._left_axis_width = 0
        left.setGrid(False)

        self.bands = LaneBands(date_axis)
        self.spans = SpanItem()
        self.markers = pg.ScatterPlotItem(pxMode=True, hoverable=False, antialias=True)
        self.highlight_rings = pg.ScatterPlotItem(
            pxMode=True, size=style.HIGHLIGHT_SIZE, symbol="o",
            pen=pg.mkPen(qcolor(theme().highlight), width=3), brush=pg.mkBrush(None),
        )
        self.selected_ring = pg.ScatterPlotItem(
            pxMode=True, size=style.SELECTED_SIZE, symbol="o",
            pen=pg.mkPen(qcolor(theme().selected), width=2.5), brush=pg.mkBrush(None),
        )
        guide_colour = qcolor(theme().selected)
        guide_colour.setAlpha(90)
        self.selected_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(guide_colour, width=1, style=Qt.PenStyle.DashLine))
        self.selected_line.hide()
        self.labels = LabelLayer()
        for z, item in enumerate(
            (self.bands, self.selected_line, self.spans, self.highlight_rings, self.markers, self.selected_ring, self.labels)
        ):
            item.setZValue(z - 10)
            plot.addItem(item, ignoreBounds=True)

        self.empty_label = QLabel("No events match the search and filters.", self)
        self.empty_label.setObjectName("timelineEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "muted")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.hide()

        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        label_font = QFont()
        label_font.setPixelSize(style.LABEL_FONT_PX)
        self._metrics = QFontMetricsF(label_font)

    # -- data ---------------------------------------------------------------------
    def set_data(self, data: TimelineData) -> None:
        """New events; every kind gets a lane and every event is shown."""
        self.timeline = data
        n = len(data)
        self.shown = np.ones(n, dtype=bool)
        self.highlight = np.zeros(n, dtype=bool)
        self.lane_counts = None
        self.selected = None
        # Measured once per dataset: labels are elided to a maximum width.
        if n <= _MEASURE_EVERY_LABEL:
            elide = Qt.TextElideMode.ElideRight
            self._label_texts = [self._metrics.elidedText(t, elide, style.LABEL_MAX_WIDTH) for t in data.label_texts]
            self._label_widths = np.fromiter(
                (self._metrics.horizontalAdvance(t) + 8 for t in self._label_texts), dtype=float, count=n
            )
        else:
            self._label_texts = _ElidedTexts(data.label_texts, self._metrics)
            self._label_widths = _estimated_widths(data.label_texts, self._metrics)
        extent = data.extent()
        if extent is not None:
            first, last = extent
            pad = max(YEAR, (last - first) * 0.05)
            self.viewbox.setLimits(
                xMin=first - pad, xMax=last + pad, minXRange=7 * DAY, maxXRange=(last - first) + 2 * pad
            )
        self.set_lanes([k for k in range(len(EVENT_KINDS)) if (data.kind_codes == k).any()])

    def set_lanes(self, kind_codes: list[int]) -> None:
        """One lane per kind in ``kind_codes``, top to bottom; other kinds are not drawn."""
        data = self.timeline
        if data is None:
            return
        self.lane_kinds = list(kind_codes)
        lane_of_kind = np.full(len(EVENT_KINDS), -1, dtype=np.int64)
        lane_of_kind[self.lane_kinds] = np.arange(len(self.lane_kinds))
        self.lane = np.where(data.valid, lane_of_kind[data.kind_codes], -1)
        y = self.lane + style.BASELINE_OFFSET
        drawn = self.lane >= 0

        self._point_events = np.flatnonzero(drawn)
        brushes, pens = self._marker_styles()
        codes = data.kind_codes[self._point_events]
        partial = data.partial[self._point_events].astype(np.int64)
        self.markers.setData(
            x=data.anchor[self._point_events],
            y=y[self._point_events],
            size=style.MARKER_SIZE,
            symbol="o",
            brush=[brushes[c][p] for c, p in zip(codes.tolist(), partial.tolist(), strict=False)],
            pen=[pens[c][p] for c, p in zip(codes.tolist(), partial.tolist(), strict=False)],
        )
        self._span_events = np.flatnonzero(drawn & data.span)
        s = self._span_events
        self.spans.set_spans(data.start[s], data.end[s], y[s], data.kind_codes[s], data.partial[s])
        self.labels.set_labels(data.anchor, y, self.lane, self._label_widths, self._label_texts)
        self.bands.set_lanes(len(self.lane_kinds))

        count = max(1, len(self.lane_kinds))
        self.viewbox.setLimits(yMin=-0.5, yMax=count - 0.5)
        self.viewbox.setYRange(-0.5, count - 0.5, padding=0)
        self._update_lane_ticks()
        self._apply_visibility()

    def _marker_styles(self):
        """[kind][partial] brushes and pens: filled for exact dates, hollow for partial ones."""
        brushes, pens = [], []
        for kind in EVENT_KINDS:
            colour = qcolor(theme().kind(kind))
            outline = qcolor(theme().marker_outline)
            brushes.append([pg.mkBrush(colour), pg.mkBrush(outline)])
            pens.append([pg.mkPen(outline, width=1.2), pg.mkPen(colour, width=2)])
        return brushes, pens

    def _update_lane_ticks(self) -> None:
        data = self.timeline
        ticks, longest = [], []
        for lane, code in enumerate(self.lane_kinds):
            name = style.KIND_PLURALS[EVENT_KINDS[code]]
            drawn = int(((data.kind_codes == code) & self.shown).sum()) if data is not None else 0
            count = int(self.lane_counts[code]) if self.lane_counts is not None else drawn
            ticks.append((lane + style.BASELINE_OFFSET, f"{name} ({count:,})"))
            longest.append(f"{name} ({drawn:,})")
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([ticks, []])
        # The axis drops any tick text that does not fit its width: size it to the longest
        # count it can show while zooming (all the lane's events), so that zooming never
        # resizes the axis and with it the whole plot.
        metrics = QFontMetricsF(axis.style.get("tickFont") or QFont())
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=40)
        width = int(widest + 22)
        if width != self._left_axis_width:
            self._left_axis_width = width
            axis.setWidth(width)

    def set_shown(self, mask: np.ndarray) -> None:
        """Which events pass the search and filters (unchanged: nothing is redrawn)."""
        mask = np.asarray(mask, dtype=bool)
        if mask.shape == self.shown.shape and np.array_equal(mask, self.shown):
            return
        self.shown = mask
        self._apply_visibility()
        self._update_lane_ticks()

    def set_lane_counts(self, counts: np.ndarray | None) -> None:
        """The number written after each lane's name, by kind code (None: the events shown)."""
        counts = None if counts is None else np.asarray(counts, dtype=np.int64)
        same = (counts is None and self.lane_counts is None) or (
            counts is not None and self.lane_counts is not None and np.array_equal(counts, self.lane_counts)
        )
        if not same:
            self.lane_counts = counts
            self._update_lane_ticks()

    def _apply_visibility(self) -> None:
        if self.timeline is None:
            return
        _set_points_visible(self.markers, self.shown[self._point_events])
        self.spans.set_visible_mask(self.shown[self._span_events])
        self.labels.set_visible_mask(self.shown)
        self._update_rings()
        self.empty_label.setVisible(not self.shown_drawn().any())

    def shown_drawn(self) -> np.ndarray:
        """Events actually drawn: shown and in a lane."""
        return self.shown & (self.lane >= 0) if len(self.lane) == len(self.shown) else self.shown

    def plotted_ids(self) -> list[str]:
        """Ids of the events whose markers the scatter item draws now (read back from it)."""
        if self.timeline is None or not len(self._point_events):
            return []
        visible = np.asarray(self.markers.data["visible"], dtype=bool)
        return [str(e) for e in self.timeline.ids[self._point_events[visible]]]

    def lane_names(self) -> list[str]:
        """The lane names on the left axis, top to bottom."""
        return [style.KIND_PLURALS[EVENT_KINDS[code]] for code in self.lane_kinds]

    def set_highlight(self, mask: np.ndarray) -> None:
        self.highlight = np.asarray(mask, dtype=bool)
        self.labels.set_highlight(self.highlight)
        self._update_rings()

    def set_selected(self, position: int | None) -> None:
        self.selected = position
        self.labels.set_forced(position)
        self._update_rings()

    def _update_rings(self) -> None:
        data = self.timeline
        if data is None:
            return
        drawn = self.shown_drawn()
        y = self.lane + style.BASELINE_OFFSET
        ringed = np.flatnonzero(self.highlight & drawn) if len(self.highlight) == len(drawn) else np.empty(0, int)
        self.highlight_rings.setData(x=data.anchor[ringed], y=y[ringed])
        position = self.selected
        if position is not None and drawn[position]:
            self.selected_ring.setData(x=[data.anchor[position]], y=[y[position]])
            self.selected_line.setValue(data.anchor[position])
            self.selected_line.show()
        else:
            self.selected_ring.setData(x=[], y=[])
            self.selected_line.hide()

    # -- navigation ----------------------------------------------------------------
    def fit_range(self) -> tuple[float, float] | None:
        """The time range that shows every event with a margin ("Fit all"), or None without events."""
        data = self.timeline
        extent = data.extent() if data is not None else None
        if extent is None:
            return None
        first, last = extent
        pad = max(30 * DAY, (last - first) * 0.03)
        return first - pad, last + pad

    def fit(self) -> None:
        """Show every event."""
        fit = self.fit_range()
        if fit is not None:
            self.show_range(*fit)

    def show_range(self, low: float, high: float) -> None:
        """Show ``low`` to ``high`` (seconds) on the time axis, exactly (no padding)."""
        if self.x_range() != (float(low), float(high)):
            self.viewbox.setXRange(low, high, padding=0)

    def _update_range_title(self, _viewbox=None, x_range=None) -> None:
        low, high = x_range if x_range is not None else self.x_range()
        self.date_axis.set_range_text(describe_range(low, high))

    def x_range(self) -> tuple[float, float]:
        low, high = self.viewbox.viewRange()[0]
        return float(low), float(high)

    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in, around the selected event if it is in view, else the middle."""
        low, high = self.x_range()
        centre = (low + high) / 2
        if self.selected is not None and self.timeline is not None:
            anchor = self.timeline.anchor[self.selected]
            if low <= anchor <= high:
                centre = anchor
        self.viewbox.scaleBy(x=factor, center=QPointF(centre, 0))

    def reveal(self, position: int) -> None:
        """Pan (keeping the zoom) so that the event is in view."""
        data = self.timeline
        if data is None or not data.valid[position]:
            return
        low, high = self.x_range()
        width = high - low
        margin = width * 0.08
        if data.anchor[position] < low + margin or data.anchor[position] > high - margin:
            centre = data.anchor[position]
            self.viewbox.setXRange(centre - width / 2, centre + width / 2, padding=0)

    # -- hit testing -----------------------------------------------------------------
    def event_at(self, view_pos) -> int | None:
        """The event under a point in widget (viewport) pixels: marker, bar or label."""
        data = self.timeline
        if data is None:
            return None
        point = QPointF(view_pos)
        placed_events, boxes = self.labels.placed
        for event, box in zip(placed_events.tolist(), boxes, strict=False):
            if box.contains(point) and self.shown_drawn()[event]:
                return int(event)
        scene_pos = self.mapToScene(point.toPoint())
        if not self.viewbox.sceneBoundingRect().contains(scene_pos):
            return None
        data_pos = self.viewbox.mapSceneToView(scene_pos)
        pixel_w, pixel_h = self.viewbox.viewPixelSize()
        if not pixel_w or not pixel_h:
            return None
        drawn = np.flatnonzero(self.shown_drawn())
        if not len(drawn):
            return None
        y = self.lane[drawn] + style.BASELINE_OFFSET
        dx = (data.anchor[drawn] - data_pos.x()) / pixel_w
        dy = (y - data_pos.y()) / pixel_h
        distance = np.hypot(dx, dy)
        best = int(np.argmin(distance))
        if distance[best] <= style.HIT_RADIUS:
            return int(drawn[best])
        # Bars: inside the bar (or within a marker width of it), near its lane line.
        spans = drawn[self.timeline.span[drawn]]
        if len(spans):
            y_span = self.lane[spans] + style.BASELINE_OFFSET
            left = (data.start[spans] - data_pos.x()) / pixel_w
            right = (data.end[spans] - data_pos.x()) / pixel_w
            middle = (left + right) / 2
            half = np.maximum((right - left) / 2, style.MARKER_SIZE / 2)
            inside = (np.abs(middle) <= half) & (np.abs((y_span - data_pos.y()) / pixel_h) <= style.BAR_HALF_HEIGHT + 3)
            if inside.any():
                candidates = spans[inside]
                # The shortest bar under the cursor is the most specific one.
                return int(candidates[np.argmin(data.end[candidates] - data.start[candidates])])
        return None

    def marker_pos(self, position: int) -> QPointF:
        """Where an event's marker is, in widget (viewport) pixels (for tests and tooltips)."""
        y = self.lane[position] + style.BASELINE_OFFSET
        scene = self.viewbox.mapViewToScene(QPointF(self.timeline.anchor[position], y))
        return QPointF(self.mapFromScene(scene))

    def tooltip_for(self, position: int) -> str:
        data = self.timeline
        kind = EVENT_KINDS[data.kind_codes[position]]
        precision = {"month": " (month only)", "year": " (year only)"}.get(
            str(data.frame["date_precision"].iat[position]), ""
        )
        return f"<b>{_escape(data.titles[position])}</b><br>{data.when[position]}{precision} · {style.KIND_SINGULAR[kind]}"

    def mouseMoveEvent(self, event) -> None:
        # Not the scene's sigMouseMoved: pyqtgraph drops moves that come within
        # a few ms of the previous one, and the last one decides the hover.
        super().mouseMoveEvent(event)
        if not event.buttons():
            self._hover(event.position().toPoint())

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        if self.hover_text:
            QToolTip.hideText()
        self.hover_text = ""

    def _hover(self, view_pos) -> None:
        position = self.event_at(view_pos)
        if position is None:
            if self.hover_text:
                QToolTip.hideText()
            self.hover_text = ""
            self.viewport().unsetCursor()
            return
        text = self.tooltip_for(position)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        if text != self.hover_text:
            self.hover_text = text
            QToolTip.showText(self.viewport().mapToGlobal(view_pos), text, self.viewport())

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.timeline is None:
            return
        position = self.event_at(self.mapFromScene(event.scenePos()))
        if position is None:
            return
        event.accept()
        event_id = str(self.timeline.ids[position])
        self.eventClicked.emit(event_id, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        if event.double():
            self.eventActivated.emit(event_id)

    # -- keyboard and gestures ---------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.stepRequested.emit(-1)
        elif key == Qt.Key.Key_Right:
            self.stepRequested.emit(1)
        elif key == Qt.Key.Key_Home:
            self.fitRequested.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None and self.timeline is not None:
                self.eventActivated.emit(str(self.timeline.ids[self.selected]))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def viewportEvent(self, event) -> bool:
        # Touchpad pinch (macOS/Wayland native zoom gesture) zooms the time axis.
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            centre = self.viewbox.mapSceneToView(self.mapToScene(event.position().toPoint()))
            self.viewbox.scaleBy(x=1 / (1 + event.value()), center=centre)
            event.accept()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # pyqtgraph calls resizeEvent from its own constructor, before the label exists.
        label = self.__dict__.get("empty_label")
        if label is not None:
            label.setGeometry(0, 0, self.width(), self.height())


def _set_points_visible(scatter: pg.ScatterPlotItem, visible: np.ndarray) -> None:
    """Show only some of a scatter's points, keeping their pre-rendered symbols.

    ``ScatterPlotItem.setPointsVisible`` also re-renders every symbol (60 ms
    for 10,000 points, on every keystroke in the search box); visibility
    alone is one field of its point table, which painting and hit tests read.
    """
    if len(scatter.data) != len(visible):
        scatter.setPointsVisible(visible)
        return
    scatter.data["visible"] = visible
    scatter.update()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
