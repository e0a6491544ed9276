"""The timeline plot: lanes by kind on a date axis, zoom, pan, hover and click.

A handful of graphics items draw every event: one scatter item for the
markers, each point in one of a few looks (kind, exact or partial date:
drawn from the symbol atlas, so pyqtgraph builds no style per point), one
item for the bars, one for the labels, two small scatters for the
highlight and selection rings. Filtering only flips
visibility flags.

With more than ``DENSITY_THRESHOLD`` events in view the lanes show their
density instead (:class:`~.items.DensityStrips`, per-lane histograms at the
plot's pixel width) and the markers, bars and titles step aside; zooming in
brings them back. When the timeline holds more events than that, the marker
items only ever hold the events in and around the view.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QLabel, QToolTip

from kzeuviewer.model.display import clip
from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.timeline import DAY, YEAR, EntryEvents, LaneDensity, TimelineData, bin_of, describe_range

from .. import i18n
from ..i18n import translate
from ..style import Theme, on_theme_changed, qcolor, set_role, theme
from . import style
from .axis import LaneAxis, TimelineDateAxis
from .items import DensityStrips, LabelLayer, LaneBands, SpanItem
from .labels import place_labels
from .lane_worker import LaneWorker

ZOOM_STEP = 1.25
# More entries than this in view: the lanes show their density, not markers and titles.
# At 1280 pixels that is about 15 events per pixel; 10,000 events at "Fit all" stay markers.
DENSITY_THRESHOLD = 20_000
# A click on a density bin zooms in this much around it.
DENSITY_CLICK_ZOOM = 8
# Timelines with at least this many events lay out new lanes (a kind hidden or shown) in a worker thread.
LANES_ASIDE_FROM = 100_000


# Up to this many events every label is measured exactly; beyond, widths come
# from per-character advances (a million Qt measuring calls take tens of seconds).
_MEASURE_EVERY_LABEL = 50_000
# Labels measured exactly when they come near the view of a large timeline, at most this many at once.
_MEASURE_AT_ONCE = 2_000


def _estimated_widths(texts: list[str], metrics: QFontMetricsF) -> np.ndarray:
    """Label widths as the sum of each character's advance (no kerning)."""
    if not texts:
        return np.zeros(0)
    joined = "".join(texts)
    code_points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    distinct = np.unique(code_points)
    advance = {int(c): metrics.horizontalAdvance(chr(int(c))) for c in distinct}
    advances = np.array([advance[int(c)] for c in distinct], dtype=float)
    if int(distinct[-1]) < 0x30000:
        # A table by code point: one gather instead of a binary search per character.
        table = np.zeros(int(distinct[-1]) + 1)
        table[distinct] = advances
        per_char = table[code_points]
    else:
        per_char = advances[np.searchsorted(distinct, code_points)]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sums = np.add.reduceat(per_char, starts) if len(per_char) else np.zeros(len(texts))
    sums[lengths == 0] = 0.0
    return sums + 8


def _measured_widths(texts: list[str], metrics: QFontMetricsF) -> np.ndarray:
    """Label widths (text plus padding), measured exactly up to a size where that gets slow."""
    if len(texts) > _MEASURE_EVERY_LABEL:
        return _estimated_widths(texts, metrics)
    return np.fromiter((metrics.horizontalAdvance(t) + 8 for t in texts), dtype=float, count=len(texts))


class EntryTexts(Sequence):
    """The label of each entry: the events' labels (composed when read), then the awards' of the Awards lane."""

    def __init__(self, events, awards: list[str]):
        self.events, self.awards = events, awards

    def __getitem__(self, entry):
        if isinstance(entry, slice):
            return self.take(np.arange(*entry.indices(len(self)))).tolist()
        entry = int(entry)
        return self.events[entry] if entry < len(self.events) else self.awards[entry - len(self.events)]

    def __len__(self) -> int:
        return len(self.events) + len(self.awards)

    def take(self, entries) -> np.ndarray:
        """The labels of many entries at once (object array)."""
        entries = np.asarray(entries, dtype=np.int64)
        texts = np.empty(len(entries), dtype=object)
        of_event = entries < len(self.events)
        texts[of_event] = self.events.take(entries[of_event])
        if not of_event.all():
            awards = np.array(self.awards, dtype=object)
            texts[~of_event] = awards[entries[~of_event] - len(self.events)]
        return texts


def share_height(demand, height: float, base: float, row: float, essential=None) -> np.ndarray:
    """Lane heights (pixels): each lane's base band plus rows for its labels, within ``height``.

    ``demand`` is how many label rows each lane would use, ``essential`` how
    many its important labels need (default: one). Rows are handed out in
    rounds, one per lane that still wants more, first up to what is essential
    and then up to the demand; space left over is shared out evenly.
    """
    demand = np.maximum(np.asarray(demand, dtype=np.int64), 1)
    lanes = len(demand)
    if not lanes:
        return np.zeros(0)
    essential = np.ones(lanes, dtype=np.int64) if essential is None else np.asarray(essential, dtype=np.int64)
    essential = np.clip(essential, 1, demand)
    free = max(0, int((height - lanes * base) // row))
    rows = np.zeros(lanes, dtype=np.int64)
    for target in (essential, demand):
        # A round gives a row to each lane still short of the target, the smallest wants first,
        # so a crowded lane cannot take every row from a lane that needs two or three.
        while free > 0 and (rows < target).any():
            short = np.flatnonzero(rows < target)
            for lane in short[np.argsort(target[short], kind="stable")]:
                if free == 0:
                    break
                rows[lane] += 1
                free -= 1
    heights = base + rows * row
    spare = height - heights.sum()
    if spare > 0:
        heights = heights + spare / lanes
    return heights.astype(float)


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

    def __init__(self, parent=None, density_threshold: int | None = None):
        self.density_threshold = DENSITY_THRESHOLD if density_threshold is None else int(density_threshold)
        self.dense = False
        self.density: LaneDensity | None = None
        self._windowed = False
        self._loaded_range: tuple[float, float] | None = None
        date_axis = TimelineDateAxis()
        # No pyqtgraph context menus: the timeline has its own actions (and their menus cost start-up time).
        super().__init__(parent, axisItems={"bottom": date_axis, "left": LaneAxis()}, enableMenu=False)
        self.setObjectName("timelineView")
        i18n.keep(self, self._retranslate_accessibility)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(180)
        self.timeline: TimelineData | None = None
        self.lane_kinds: list[int] = []
        self.lane = np.empty(0, dtype=np.int64)
        self.event_y = np.empty(0)
        self.lane_top = self.lane_bottom = np.empty(0)
        self.shown = np.empty(0, dtype=bool)
        self.highlight = np.empty(0, dtype=bool)
        self.lane_counts: np.ndarray | None = None
        self.selected: int | None = None
        self.hover_text = ""
        self._point_events = np.empty(0, dtype=np.int64)
        self._loaded_events = np.empty(0, dtype=bool)
        self._span_events = np.empty(0, dtype=np.int64)
        # Entries: every event, then each award conferred at an event, drawn in the Awards lane.
        self._entry_event = EntryEvents(0, np.empty(0, dtype=np.int64))
        self._entry_full = np.empty(0)
        self._entry_texts: list[str] = []
        self._lane_signature = None
        self._entry_lane = np.empty(0, dtype=np.int64)
        self._award_entries = np.empty(0, dtype=np.int64)
        self._doubt_events = np.empty(0, dtype=np.int64)

        plot = self.getPlotItem()
        for name in ("top", "right"):  # hidden, but pyqtgraph would rebuild their labels as rich text at every zoom
            plot.getAxis(name).enableAutoSIPrefix(False)
        plot.hideButtons()
        self.viewbox = plot.getViewBox()
        self.viewbox.setMouseEnabled(x=True, y=False)
        self.viewbox.invertY(True)
        self.viewbox.disableAutoRange()
        font = QFont()
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        for name in ("bottom", "left"):
            plot.getAxis(name).setTickFont(font)
        self.date_axis = date_axis
        self.viewbox.sigXRangeChanged.connect(self._update_range_title)
        # pyqtgraph moves the items to a new range only when the next paint
        # begins, and that move asks for a second paint: move them at once.
        self.viewbox.sigXRangeChanged.connect(lambda *_args: self.viewbox.updateMatrix())
        self.viewbox.sigXRangeChanged.connect(lambda *_args: self._update_mode())
        left = plot.getAxis("left")
        left.setStyle(tickLength=0, tickTextOffset=8)
        self._left_axis_width = 0
        left.setGrid(False)

        self.bands = LaneBands(date_axis)
        self.spans = SpanItem()
        # One marker item for every event marker, each point in its look (kind, exact or partial date):
        # every marker of a small timeline, built once; those in and around the view of a large one,
        # loaded again and again (one item paints faster than an item per look).
        self.marker_groups = [
            LookScatter(pxMode=True, hoverable=False, antialias=True, size=style.MARKER_SIZE, symbol="o")
        ]
        self._group_events = [np.empty(0, dtype=np.int64) for _ in self.marker_groups]
        self.density_strips = DensityStrips()
        self.density_strips.hide()
        self.award_markers = UniformScatter(
            pxMode=True, hoverable=False, antialias=True, size=style.MARKER_SIZE, symbol="d",
        )
        # Events whose confidence is not "confirmed" carry a small question mark.
        self.doubt_marks = UniformScatter(
            pxMode=True, hoverable=False, antialias=True, size=style.DOUBT_MARK_SIZE, symbol=_doubt_symbol(), pen=pg.mkPen(None),
        )
        self.highlight_rings = UniformScatter(pxMode=True, size=style.HIGHLIGHT_SIZE, symbol="o", brush=pg.mkBrush(None))
        self.selected_ring = pg.ScatterPlotItem(pxMode=True, size=style.SELECTED_SIZE, symbol="o", brush=pg.mkBrush(None))
        self.selected_line = pg.InfiniteLine(angle=90, movable=False)
        self.selected_line.hide()
        self.labels = LabelLayer()
        for z, item in enumerate(
            (self.bands, self.selected_line, self.density_strips, self.spans, self.highlight_rings, *self.marker_groups,
             self.award_markers, self.doubt_marks, self.selected_ring, self.labels)
        ):
            item.setZValue(z - 10)
            plot.addItem(item, ignoreBounds=True)

        self.empty_label = QLabel(self)
        i18n.keep(self, lambda: self.empty_label.setText(translate("TimelineView", "No events match the search and filters.")))
        self.empty_label.setObjectName("timelineEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "muted")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.hide()

        # Never silently none: when titles are left out, say how many and how to see them.
        # (The tab places this beside its event count: over the plot, each new text repainted it.)
        self.labels_note = _ElidedLabel()
        self.labels_note.setObjectName("timelineLabelsNote")
        # Never widen the window for it (a long language cuts it; the tooltip has it all).
        self.labels_note.setMinimumWidth(1)
        set_role(self.labels_note, "muted")
        # Cut at narrow widths rather than widen the window (the whole text is its tooltip).
        self.labels_note.setMinimumWidth(1)
        self.labels_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.labels_note.hide()
        self.labels.countsChanged.connect(self._show_labels_note, Qt.ConnectionType.QueuedConnection)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.layout_lanes)
        self.lane_worker = LaneWorker(self)
        self.lane_worker.laidOut.connect(self._lanes_laid_out)

        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        label_font = QFont()
        label_font.setPixelSize(style.LABEL_FONT_PX)
        self._metrics = QFontMetricsF(label_font)
        self.apply_theme(theme())
        on_theme_changed(self.apply_theme)

    def apply_theme(self, t: Theme) -> None:
        """Every colour of the plot again from ``t``: background, axes, lanes, markers, rings, labels."""
        self.setBackground(qcolor(t.plot_background))
        plot = self.getPlotItem()
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setTextPen(pg.mkPen(qcolor(t.axis_text)))
            axis.setPen(pg.mkPen(qcolor(t.axis_line)))
        self.date_axis.set_text_colour(t.axis_text)
        self.award_markers.setBrush(pg.mkBrush(qcolor(t.kind("award"))))
        self.award_markers.setPen(pg.mkPen(qcolor(t.marker_outline), width=1.2))
        self.doubt_marks.setBrush(pg.mkBrush(qcolor(t.warning)))
        self.highlight_rings.setPen(pg.mkPen(qcolor(t.highlight), width=3))
        self.selected_ring.setPen(pg.mkPen(qcolor(t.selected), width=2.5))
        guide_colour = qcolor(t.selected)
        guide_colour.setAlpha(90)
        self.selected_line.setPen(pg.mkPen(guide_colour, width=1, style=Qt.PenStyle.DashLine))
        for item in (self.bands, self.spans, self.labels, self.density_strips):
            item.apply_theme(t)
        self._restyle_markers(t)

    def _restyle_markers(self, t: Theme) -> None:
        self.marker_groups[0].set_styles(*self._look_styles(t))

    def _look_styles(self, t: Theme | None = None) -> tuple[list, list]:
        """Pens and brushes by look (``kind * 2 + 1`` for a partial date, ``kind * 2`` for a precise one)."""
        brushes, pens = self._marker_styles(t)
        return ([pens[look // 2][look % 2] for look in range(len(EVENT_KINDS) * 2)],
                [brushes[look // 2][look % 2] for look in range(len(EVENT_KINDS) * 2)])

    # -- data ---------------------------------------------------------------------
    def set_data(self, data: TimelineData) -> None:
        """New events; every kind gets a lane and every event is shown."""
        self.timeline = data
        n = len(data)
        self.shown = np.ones(n, dtype=bool)
        self.highlight = np.zeros(n, dtype=bool)
        self.lane_counts = None
        self.selected = None
        # Measured once per dataset.
        self._entry_event = data.entry_events
        self._entry_texts = EntryTexts(data.label_texts, data.award_texts)
        self._entry_full = self._initial_widths()
        self._lane_signature = None
        self.lane_kinds = []
        extent = data.extent()
        if extent is not None:
            first, last = extent
            pad = max(YEAR, (last - first) * 0.05)
            self.viewbox.setLimits(
                xMin=first - pad, xMax=last + pad, minXRange=7 * DAY, maxXRange=(last - first) + 2 * pad
            )
        # New data: the lanes are laid out again even when the kinds are the same (an empty dataset's none too).
        self.set_lanes(data.present_kinds(), force=True)

    def request_lanes(self, kind_codes: list[int]) -> None:
        """:meth:`set_lanes`, laid out in a worker thread for a large timeline (its lanes stay until then)."""
        data = self.timeline
        if data is None or len(data) < LANES_ASIDE_FROM or self.density is None:
            self.set_lanes(kind_codes)
        elif list(kind_codes) == self.lane_kinds:
            self.lane_worker.cancel()  # back to the lanes shown: nothing to wait for
        elif list(kind_codes) != self.lane_worker.pending_kinds:
            self.lane_worker.request(data, kind_codes)

    def flush_lanes(self) -> None:
        """Lanes still being laid out in a worker: wait for them and show them now."""
        self.lane_worker.flush()

    def _lanes_laid_out(self, result) -> None:
        kinds, layout = result
        if layout is None:  # laying out failed in the worker: again here, where an error is reported
            self.set_lanes(kinds)
        else:
            self._install_lanes(layout)

    def set_lanes(self, kind_codes: list[int], force: bool = False) -> None:
        """One lane per kind in ``kind_codes``, top to bottom; other kinds are not drawn."""
        self.lane_worker.cancel()
        data = self.timeline
        if data is None or (not force and list(kind_codes) == self.lane_kinds and self.density is not None):
            return
        self._install_lanes(data.lane_layout(kind_codes))

    def _install_lanes(self, layout) -> None:
        data = self.timeline
        self.lane_kinds = layout.kinds
        self.lane, self._entry_lane, self.density = layout.lane, layout.entry_lane, layout.density
        visible = self._entries_visible()
        if not visible.all():
            self.density.set_mask(visible)
        del visible
        self.density_strips.set_density(self.density, self.lane_kinds)
        # Beyond the threshold the marker items hold only the entries around the view (see _update_mode):
        # decided by every entry drawn, not by those a search shows now, which change without a new layout.
        self._windowed = self.density.total > self.density_threshold
        self._loaded_range = None
        self._load_points(np.empty(0, dtype=np.int64) if self._windowed else None)
        self._span_events = spans = layout.span_events
        self.spans.set_spans(data.start[spans], data.end[spans], np.zeros(len(spans), dtype=np.float32), data.kind_codes[spans],
                             data.partial[spans])
        # Short widths: the full ones up to SHORT_LABEL_WIDTH, worked out when laid out (not kept per entry).
        entries = self._entry_event
        self.labels.set_labels(
            layout.anchor, np.zeros(len(entries), dtype=np.float32), self._entry_lane, self._entry_full,
            style.SHORT_LABEL_WIDTH,
            self._entry_texts, entries.per_entry(data.important) | (np.arange(len(entries)) >= len(data)),
        )
        self.labels.entries_between = self.density.entries_in
        self.labels.count_between = self.density.count
        self.labels.measure = self._ensure_widths
        self._lane_signature = None
        self.layout_lanes()
        self._apply_visibility()
        self._update_density_weights()
        self._update_mode()

    # -- what the marker items hold ------------------------------------------------------
    def _initial_widths(self) -> np.ndarray:
        """Label widths measured now, or NaN (measured when the entries come near the view) for large timelines."""
        if len(self._entry_texts) <= _MEASURE_EVERY_LABEL:
            return _measured_widths(self._entry_texts, self._metrics).astype(np.float32)
        # Pixels: float32 is exact enough, and half the size at a million labels.
        return np.full(len(self._entry_texts), np.nan, dtype=np.float32)

    def _ensure_widths(self, entries: np.ndarray) -> None:
        """Measure the labels of ``entries`` not measured yet."""
        entries = np.asarray(entries, dtype=np.int64)
        missing = entries[np.isnan(self._entry_full[entries])]
        if not len(missing):
            return
        texts = self._entry_texts.take(missing).tolist()
        # A zoom step may bring tens of thousands into reach: estimate those (exact Qt measuring
        # costs a few microseconds a label); a handful at a time are measured exactly.
        widths = _measured_widths(texts, self._metrics) if len(texts) <= _MEASURE_AT_ONCE else _estimated_widths(texts, self._metrics)
        self._entry_full[missing] = widths
        if len(self.labels.full) == len(self._entry_full):
            self.labels.set_widths(missing, widths, style.SHORT_LABEL_WIDTH)

    def _load_points(self, entries: np.ndarray | None) -> None:
        """Give the marker items the entries ``entries`` (None: every entry in a lane)."""
        data = self.timeline
        n = len(data)
        if entries is None:
            keep_event = self.lane >= 0
            keep_award = self._entry_lane[n:] >= 0
            self._ensure_widths(np.flatnonzero(self._entry_lane >= 0))
        else:
            entries = np.asarray(entries, dtype=np.int64)
            keep_event = np.zeros(n, dtype=bool)
            keep_event[entries[entries < n]] = True
            keep_event &= self.lane >= 0
            keep_award = np.zeros(len(data.award_event), dtype=bool)
            keep_award[entries[entries >= n] - n] = True
            keep_award &= self._entry_lane[n:] >= 0
            self._ensure_widths(entries)
        self._loaded_events = keep_event
        self._point_events = np.flatnonzero(keep_event)
        y = self.event_y if len(self.event_y) == n else np.zeros(n)
        events = self._point_events
        self._group_events[0] = events
        item = self.marker_groups[0]
        looks = data.kind_codes[events].astype(np.int64) * 2 + data.partial[events]
        item.set_points(data.anchor[events], y[events], looks, *self._look_styles())
        item.setVisible(len(events) > 0)  # an empty item still costs its paint call
        self._award_entries = np.flatnonzero(keep_award)
        award_y = self.labels.y[n:] if len(self.labels.y) == len(self._entry_lane) else np.zeros(len(keep_award))
        self.award_markers.setData(x=data.anchor[data.award_event[self._award_entries]], y=award_y[self._award_entries])
        self._doubt_events = np.flatnonzero(keep_event & data.uncertain)
        self.doubt_marks.setData(x=data.anchor[self._doubt_events], y=y[self._doubt_events])
        self._apply_point_visibility()

    def _update_mode(self) -> None:
        """Density or markers for the entries in view; around the view, the markers the items hold."""
        if self.timeline is None or self.density is None:
            return
        low, high = self.x_range()
        dense = self.density.count(low, high) > self.density_threshold
        changed = dense != self.dense
        if changed:
            self.dense = dense
            self.density_strips.setVisible(dense)
            self.spans.setVisible(not dense)
            self.labels.only_forced = dense
            self.labels.update()
            if getattr(self, "_labels_counts", None) and not self.labels_note.isHidden():
                self._show_labels_note(*self._labels_counts)
        if dense:
            # Whatever the items hold (a range loaded, or one loaded before a search changed what is shown) goes.
            if self._windowed and (self._loaded_range is not None or len(self._point_events) or len(self._award_entries)):
                self._loaded_range = None
                self._load_points(np.empty(0, dtype=np.int64))
                self._update_rings()
        elif self._windowed:
            loaded = self._loaded_range
            if loaded is None or low < loaded[0] or high > loaded[1]:
                width = high - low
                first, last = low - width / 2, high + width / 2
                if self.density.count(first, last) > 2 * self.density_threshold:
                    first, last = low, high
                self._loaded_range = (first, last)
                self._load_points(self.density.entries_in(first, last))
                self._update_rings()

    # -- lane heights -----------------------------------------------------------------
    def _label_demand(self, width_px: float) -> tuple[np.ndarray, np.ndarray]:
        """Label rows each lane would use at Fit all, ``width_px`` wide: for its important labels, and for all."""
        lanes = len(self.lane_kinds)
        fit = self.fit_range()
        visible = self._entries_visible()
        essential, demand = np.ones(lanes, dtype=np.int64), np.ones(lanes, dtype=np.int64)
        if fit is None or not visible.any():
            return essential, demand
        if visible.sum() > self.density_threshold:
            # Density at "Fit all": every lane is full; share the height evenly.
            return essential, np.full(lanes, style.MAX_LABEL_ROWS, dtype=np.int64)
        self._ensure_widths(np.flatnonzero(visible))
        low, high = fit
        for needed, keep in ((essential, visible & self.labels.important), (demand, visible)):
            index = np.flatnonzero(keep)
            x = (self.labels.anchor[index] - low) / (high - low) * width_px
            short = self.labels.short_widths(index)
            # Near the right edge a label ends at its marker (as drawn).
            x = np.where((x + short > width_px) & (x - short >= 0), x - short, x)
            chosen, rows = place_labels(x, self._entry_lane[index], short, style.MAX_LABEL_ROWS, style.LABEL_GAP)
            if len(chosen):
                np.maximum.at(needed, self._entry_lane[index][chosen], rows + 1)
        return essential, demand

    def layout_lanes(self) -> None:
        """Share the height out among the lanes by the label rows each needs, and place markers at their lane's foot."""
        self._relayout_timer.stop()
        data = self.timeline
        if data is None:
            return
        rect = self.viewbox.boundingRect()
        height = rect.height() if rect.height() > 60 else max(self.height() - 60, 200)
        width = rect.width() if rect.width() > 60 else max(self.width() - 120, 400)
        essential, demand = self._label_demand(width)
        heights = share_height(
            demand, height, style.MARKER_BAND_PX + style.LANE_TOP_MARGIN_PX, style.LABEL_ROW_HEIGHT, essential
        )
        signature = (tuple(self.lane_kinds), tuple(np.round(heights).astype(int).tolist()))
        if signature == self._lane_signature:
            return
        self._lane_signature = signature
        bottom = np.cumsum(heights)
        top = bottom - heights
        self.lane_top, self.lane_bottom = top, bottom
        foot = bottom - style.MARKER_FROM_BOTTOM_PX
        foot32 = foot.astype(np.float32)  # pixels of a lane's height: float32 holds them exactly enough
        entry_y = (np.where(self._entry_lane >= 0, foot32[np.maximum(self._entry_lane, 0)], np.float32(np.nan)) if len(foot)
                   else np.full(len(self._entry_lane), np.nan, dtype=np.float32))
        # The events are the first entries (the same lanes): their heights are a view of the entries'.
        self.event_y = entry_y[:len(data)]
        for item, events in zip(self.marker_groups, self._group_events, strict=True):
            _move_points(item, self.event_y[events])
        _move_points(self.award_markers, entry_y[len(data):][self._award_entries])
        _move_points(self.doubt_marks, self.event_y[self._doubt_events])
        self.spans.set_y(self.event_y[self._span_events])
        self.labels.y = entry_y
        self.labels.set_lane_geometry(top, bottom)
        self.density_strips.set_lane_geometry(top, foot)
        self.bands.set_lanes(top, bottom)
        total = float(bottom[-1]) if len(bottom) else 1.0
        self.viewbox.setLimits(yMin=0, yMax=total)
        self.viewbox.setYRange(0, total, padding=0)
        self._update_lane_ticks()
        self._update_rings()

    def _entries_visible(self) -> np.ndarray:
        """Entries drawn now: events shown in their lane, awards of shown events when the Awards lane is there."""
        data = self.timeline
        if data is None:
            return np.empty(0, dtype=bool)
        return (self._entry_lane >= 0) & self._entry_event.per_entry(self.shown)

    def _marker_styles(self, t: Theme | None = None):
        """[kind][partial] brushes and pens: filled for exact dates, hollow for partial ones."""
        t = t or theme()
        brushes, pens = [], []
        for kind in EVENT_KINDS:
            colour = qcolor(t.kind(kind))
            outline = qcolor(t.marker_outline)
            brushes.append([pg.mkBrush(colour), pg.mkBrush(outline)])
            pens.append([pg.mkPen(outline, width=1.2), pg.mkPen(colour, width=2)])
        return brushes, pens

    def _update_lane_ticks(self) -> None:
        data = self.timeline
        ticks, longest = [], []
        for lane, code in enumerate(self.lane_kinds):
            name = translate("Kinds", style.KIND_PLURALS[EVENT_KINDS[code]])
            drawn = int(((data.kind_codes == code) & self.shown).sum()) if data is not None else 0
            count = int(self.lane_counts[code]) if self.lane_counts is not None else drawn
            if code == EVENT_KINDS.index("award") and data is not None:
                drawn += int(self.shown[data.award_event].sum())
            ticks.append((float(self.lane_bottom[lane] - style.MARKER_FROM_BOTTOM_PX) if lane < len(self.lane_bottom) else lane,
                          f"{name} ({i18n.locale().toString(count)})"))
            longest.append(f"{name} ({i18n.locale().toString(drawn)})")
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
        # Lanes being laid out count what is shown when they arrive: the old ones are not counted again.
        if self.density is not None and self.lane_worker.pending_kinds is None:
            visible = self._entries_visible()
            self.density.set_mask(visible)
            if self._windowed:
                self._loaded_range = None  # the marker items hold shown entries only: load them again
        self._apply_visibility()
        self._update_mode()
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

    def _apply_point_visibility(self) -> None:
        """The marker items show the shown entries among those they hold."""
        for item, events in zip(self.marker_groups, self._group_events, strict=True):
            _set_points_visible(item, self.shown[events])
        n = len(self.timeline)
        award_shown = (self._entry_lane[n:] >= 0) & self.shown[self.timeline.award_event]
        _set_points_visible(self.award_markers, award_shown[self._award_entries])
        _set_points_visible(self.doubt_marks, self.shown[self._doubt_events])

    def _apply_visibility(self) -> None:
        if self.timeline is None:
            return
        self._apply_point_visibility()
        entries = self._entries_visible()
        self.spans.set_visible_mask(self.shown[self._span_events])
        self.labels.set_visible_mask(entries)
        self._update_rings()
        self.empty_label.setVisible(not self.shown_drawn().any())
        # What the lanes ask for depends on what is shown: share the height again (once per turn).
        self._relayout_timer.start()

    def shown_drawn(self) -> np.ndarray:
        """Events actually drawn: shown and in a lane."""
        return self.shown & (self.lane >= 0) if len(self.lane) == len(self.shown) else self.shown

    def plotted_ids(self) -> list[str]:
        """Ids of the events whose markers the scatter item draws now (read back from it)."""
        if self.timeline is None:
            return []
        plotted = [events[np.asarray(item.data["visible"], dtype=bool)]
                   for item, events in zip(self.marker_groups, self._group_events, strict=True) if len(events)]
        if not plotted:
            return []
        return [str(e) for e in self.timeline.ids[np.sort(np.concatenate(plotted))]]

    def _retranslate_accessibility(self) -> None:
        self.setAccessibleName(translate("TimelineView", "Timeline"))
        self.setAccessibleDescription(translate(
            "TimelineView", "Events in lanes by kind on a date axis. Left and Right step through events, "
            "plus and minus zoom, Home fits all, Enter shows the details."))

    def relocalize(self) -> None:
        """Lane names, dates in labels and the labels note in the current language (same view, same events)."""
        data = self.timeline
        if data is None:
            return
        data.relocalize()
        self._entry_texts = EntryTexts(data.label_texts, data.award_texts)
        self._entry_full = self._initial_widths()
        # The lanes asked for (perhaps still being laid out in a worker), laid out once, here.
        pending = self.lane_worker.pending_kinds
        self.set_lanes(self.lane_kinds if pending is None else pending, force=True)
        self.set_highlight(self.highlight)
        self.set_selected(self.selected)
        self._update_lane_ticks()
        if not self.labels_note.isHidden() and getattr(self, "_labels_counts", None):
            self._show_labels_note(*self._labels_counts)
        self.getPlotItem().getAxis("bottom").picture = None  # month names on the date axis
        self.getPlotItem().getAxis("bottom").update()

    def lane_names(self) -> list[str]:
        """The lane names on the left axis, top to bottom."""
        return [translate("Kinds", style.KIND_PLURALS[EVENT_KINDS[code]]) for code in self.lane_kinds]

    def set_highlight(self, mask: np.ndarray) -> None:
        self.highlight = np.asarray(mask, dtype=bool)
        self.labels.set_highlight(self._entry_event.per_entry(self.highlight) if len(self.highlight) else self.highlight)
        self._update_density_weights()
        self._update_rings()

    def _update_density_weights(self) -> None:
        data = self.timeline
        if data is None or len(self.highlight) != len(data):
            return
        entries = self._entry_event
        self.density_strips.set_weights(entries.per_entry(self.highlight),
                                        entries.per_entry(data.uncertain) & (np.arange(len(entries)) < len(data)))

    def set_selected(self, position: int | None) -> None:
        """The selected event: ringed, and its title (and its awards') always written."""
        self.selected = position
        self.labels.set_forced([] if position is None else self._entry_event.of_event(position).tolist())
        self._update_rings()

    def _update_rings(self) -> None:
        data = self.timeline
        if data is None:
            return
        drawn = self.shown_drawn()
        y = self.event_y
        if len(y) != len(drawn):
            return
        # Rings only around markers the items hold (none in density mode: the strips show the highlight).
        loaded = self._loaded_events if len(self._loaded_events) == len(drawn) else drawn
        ringed = np.flatnonzero(self.highlight & drawn & loaded) if len(self.highlight) == len(drawn) else np.empty(0, int)
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
        """The event under a point in widget (viewport) pixels: marker, bar, label or one of its awards."""
        data = self.timeline
        if data is None:
            return None
        point = QPointF(view_pos)
        placed_entries, boxes = self.labels.placed
        visible = self._entries_visible()
        for entry, box in zip(placed_entries.tolist(), boxes, strict=False):
            if box.contains(point) and visible[entry]:
                return int(self._entry_event[entry])
        scene_pos = self.mapToScene(point.toPoint())
        if not self.viewbox.sceneBoundingRect().contains(scene_pos):
            return None
        data_pos = self.viewbox.mapSceneToView(scene_pos)
        pixel_w, pixel_h = self.viewbox.viewPixelSize()
        if not pixel_w or not pixel_h:
            return None
        if self.dense:
            # Density mode: only the selected event has a marker to hit.
            entries = self._entry_event.of_event(self.selected) if self.selected is not None else np.empty(0, int)
            entries = entries[visible[entries]]
        else:
            low, high = self.x_range()
            margin = style.HIT_RADIUS * pixel_w
            entries = self.density.entries_in(low - margin, high + margin) if self.density is not None else np.flatnonzero(visible)
        if not len(entries):
            return None
        dx = (self.labels.anchor[entries] - data_pos.x()) / pixel_w
        dy = (self.labels.y[entries] - data_pos.y()) / pixel_h
        distance = np.hypot(dx, dy)
        best = int(np.argmin(distance))
        if distance[best] <= style.HIT_RADIUS:
            return int(self._entry_event[entries[best]])
        if self.dense:
            return None
        # Bars: inside the bar (or within a marker width of it), near its lane line. Only bars that reach
        # within half a marker of the pointer can hold it: found by binary search, not a pass over every event.
        reach = style.MARKER_SIZE / 2 * pixel_w
        near = data.positions_in_range((data_pos.x() - reach, data_pos.x() + reach))
        near = np.flatnonzero(data.span) if near is None else near
        spans = near[data.span[near] & self.shown[near] & (self.lane[near] >= 0)]
        if len(spans):
            y_span = self.event_y[spans]
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

    def entry_pos(self, entry: int) -> QPointF:
        """Where an entry's marker is (an event's, or an award's in the Awards lane), in viewport pixels."""
        scene = self.viewbox.mapViewToScene(QPointF(self.labels.anchor[entry], self.labels.y[entry]))
        return QPointF(self.mapFromScene(scene))

    def award_entries(self, position: int) -> list[int]:
        """The entries of the awards conferred at an event (in the Awards lane)."""
        return [int(e) for e in self._entry_event.of_event(position) if e >= len(self.timeline)]

    def label_of(self, entry: int) -> str:
        return self._entry_texts[entry]

    def marker_pos(self, position: int) -> QPointF:
        """Where an event's marker is, in widget (viewport) pixels (for tests and tooltips)."""
        scene = self.viewbox.mapViewToScene(QPointF(self.timeline.anchor[position], self.event_y[position]))
        return QPointF(self.mapFromScene(scene))

    def tooltip_for(self, position: int) -> str:
        data = self.timeline
        kind = EVENT_KINDS[data.kind_codes[position]]
        precision = {"month": translate("TimelineView", " (month only)"), "year": translate("TimelineView", " (year only)")}.get(
            str(data.precision[position]), ""
        )
        kind_name = translate("Kinds", style.KIND_SINGULAR[kind])
        text = f"<b>{_escape(clip(data.titles[position]))}</b><br>{_escape(data.when[position])}{precision} · {kind_name}"
        doubt = data.confidence_text(position)
        if doubt:
            text += f"<br>? {_escape(doubt.capitalize())}" + (f": {_escape(data.notes[position])}" if data.notes[position] else "")
        return text

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

    def bin_at(self, view_pos) -> tuple[int, float, float, int] | None:
        """In density mode, the bin under a point in viewport pixels: (lane, low, high, events), or None."""
        drawn = self.density_strips.drawn
        if not self.dense or drawn is None or self.timeline is None:
            return None
        scene_pos = self.mapToScene(QPointF(view_pos).toPoint())
        if not self.viewbox.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.viewbox.mapSceneToView(scene_pos)
        low, high, bins, counts = drawn
        lanes = np.flatnonzero((self.lane_top <= point.y()) & (point.y() < self.lane_bottom))
        if not len(lanes) or not high > low or lanes[0] >= counts.shape[0]:
            return None
        lane = int(lanes[0])
        which = int(bin_of(np.array([point.x()]), low, high, bins)[0])
        width = (high - low) / bins
        return lane, low + which * width, low + (which + 1) * width, int(counts[lane, which])

    def bin_tooltip(self, lane: int, low: float, high: float, count: int) -> str:
        kind = translate("Kinds", style.KIND_PLURALS[EVENT_KINDS[self.lane_kinds[lane]]])
        events = translate("TimelineView", "%n events", "", count)
        hint = translate("TimelineView", "Click to zoom in")
        return f"<b>{_escape(events)}</b><br>{_escape(kind)} · {_escape(describe_range(low, high))}<br>{_escape(hint)}"

    def _hover(self, view_pos) -> None:
        position = self.event_at(view_pos)
        found = self.bin_at(view_pos) if position is None else None
        if found is not None and found[3] > 0:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            text = self.bin_tooltip(*found)
            if text != self.hover_text:
                self.hover_text = text
                QToolTip.showText(self.viewport().mapToGlobal(view_pos), text, self.viewport())
            return
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
        view_pos = self.mapFromScene(event.scenePos())
        position = self.event_at(view_pos)
        if position is None:
            found = self.bin_at(view_pos)
            if found is not None and found[3] > 0:
                # A click on a bin zooms in around it (never further than the plot allows).
                event.accept()
                low, high = self.x_range()
                centre = (found[1] + found[2]) / 2
                half = (high - low) / DENSITY_CLICK_ZOOM / 2
                self.viewbox.setXRange(centre - half, centre + half, padding=0)
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
        # pyqtgraph calls resizeEvent from its own constructor, before the labels exist.
        label = self.__dict__.get("empty_label")
        if label is not None:
            label.setGeometry(0, 0, self.width(), self.height())
            self._relayout_timer.start()

    def _show_labels_note(self, drawn: int, candidates: int) -> None:
        if drawn >= candidates or not candidates:
            self.labels_note.hide()
            return
        self._labels_counts = (drawn, candidates)
        if self.dense:
            self.labels_note.setText(translate(
                "TimelineView", "%Ln events in view, drawn as their density: zoom in to see each one", "", candidates))
        else:
            self.labels_note.setText(translate("TimelineView", "{drawn} of %n titles shown: zoom in or hover for the others",
                                               "", candidates).format(drawn=drawn))
        self.labels_note.setToolTip(self.labels_note.text())
        self.labels_note.show()


class UniformScatter(pg.ScatterPlotItem):
    """A scatter whose points all share one look (symbol, size, pen, brush).

    pyqtgraph looks each new point's style up in its symbol atlas, one Python
    tuple per point (10 µs: a third of a second for 25,000 markers coming
    into view); here the first point's place in the atlas serves them all.
    """

    def updateSpots(self, dataSet=None):
        data = self.data if dataSet is None else dataSet
        if self.opts["pxMode"] and self.opts["useCache"] and len(data):
            unset = data["sourceRect"]["w"] == 0
            if unset.any():
                first = np.flatnonzero(unset)[:1]
                looks = list(zip(*self._style(["symbol", "size", "pen", "brush"], data=data, idx=first), strict=True))
                data["sourceRect"][unset] = self.fragmentAtlas[looks][0]
                self._maybeRebuildAtlas()
                self._updateMaxSpotSizes(data=data)
                self.invalidate()
                return
        super().updateSpots(dataSet)


class LookScatter(pg.ScatterPlotItem):
    """A scatter whose points each have one of a few looks (a pen and brush each; one symbol and size).

    pyqtgraph looks each new point's style up in its symbol atlas, one Python
    tuple per point (10 µs: a quarter of a second for 25,000 markers coming
    into view); here each look is looked up once and its place in the atlas
    given to all its points.
    """

    _looks: np.ndarray | None = None

    def set_points(self, x, y, looks, pens, brushes) -> None:
        """Points at ``x``, ``y``, each drawn with ``pens[look]`` and ``brushes[look]``."""
        self._looks = np.asarray(looks, dtype=np.int64)
        self._pens, self._brushes = _objects(pens), _objects(brushes)
        self.setData(x=x, y=y)  # its updateSpots gives the points their looks

    def set_styles(self, pens, brushes) -> None:
        """New pens and brushes for the same looks (a theme change)."""
        self._pens, self._brushes = _objects(pens), _objects(brushes)
        if len(self.data):
            self.data["sourceRect"] = 0
            self.updateSpots()

    def updateSpots(self, dataSet=None):
        data = self.data if dataSet is None else dataSet
        looks = self._looks
        if not (len(data) and looks is not None and len(looks) == len(data)
                and self.opts["pxMode"] and self.opts["useCache"]):
            super().updateSpots(dataSet)
            return
        data["pen"] = self._pens[looks]
        data["brush"] = self._brushes[looks]
        unset = data["sourceRect"]["w"] == 0
        if unset.any():
            distinct, first = np.unique(looks, return_index=True)
            styles = list(zip(*self._style(["symbol", "size", "pen", "brush"], data=data, idx=first), strict=True))
            places = np.empty(int(distinct.max()) + 1, dtype=data["sourceRect"].dtype)
            places[distinct] = self.fragmentAtlas[styles]
            data["sourceRect"][unset] = places[looks[unset]]
            self._maybeRebuildAtlas()
            self._updateMaxSpotSizes(data=data)
            self.invalidate()


def _objects(values) -> np.ndarray:
    """A list of Qt objects as a numpy object array (numpy would otherwise look inside them)."""
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


class _ElidedLabel(QLabel):
    """A one-line label that ends in "…" where it is cut, rather than in half a word."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)
        painter.end()


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


def _move_points(scatter: pg.ScatterPlotItem, y: np.ndarray) -> None:
    """New y for every point of a scatter, keeping its symbols (a full setData re-renders them)."""
    if len(scatter.data) != len(y):
        return
    scatter.data["y"] = y
    scatter.bounds = [None, None]
    scatter.prepareGeometryChange()
    scatter.informViewBoundsChanged()
    scatter.update()


def _doubt_symbol() -> QPainterPath:
    """A question mark above and right of the point.

    pyqtgraph scales a symbol to its size (a unit square centred on the point)
    and clips what lies outside, so the glyph is drawn small in that square's
    right half, clear of the marker and of the label row above it.
    """
    path = QPainterPath()
    font = QFont()
    font.setBold(True)
    path.addText(0, 0, font, "?")
    box = path.boundingRect()
    scale = 0.34 / max(box.width(), box.height())
    transform = QTransform()
    transform.translate(0.36, -0.12)
    transform.scale(scale, scale)
    transform.translate(-box.center().x(), -box.center().y())
    return transform.map(path)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
