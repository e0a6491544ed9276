"""The trade chart: draws a :class:`~kzeuviewer.model.charts.ChartData` with pyqtgraph.

What is drawn, and why:

- exact full-year points of a series: bars (``style == "bar"``, side by side
  per measure), a line (broken where a year or month is missing) or filled dots;
- every other point (approximate, a bound, part of a year, several years,
  cumulative, not every reporter) as its own marker, never joined to a line:
  a triangle up for "more than", down for "less than", a diamond for "about",
  a square for a figure over several years; hollow when it covers part of a
  year, several years or only some reporters, with a short text tag beside it;
- a second unit (another currency) in its own panel *below*, with its own
  value axis and the same year axis: two units never share a plot.

The plot does not decide what is shown: the Trade tab's
:class:`~kzeuviewer.model.state.TradeState` does. The plot draws a chart with
the hidden series and year range it is given, and reports what the person
did (``xRangeChanged`` on zoom and pan, ``seriesToggled`` on a legend click,
``yearClicked``) for the tab to write into the state.

Zoom and pan act on the year axis only; the value axes fit the points in
view (bars from zero). Graphics items are pooled and reused from chart to
chart: creating and adding pyqtgraph items is what made a chart switch slow.
"""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor

from kzeuviewer.model.charts import (
    SERIES_SEPARATOR,
    ChartData,
    SeriesInfo,
    coverage_counts,
    format_value,
    is_month_period,
    is_year_span,
    point_x,
)
from kzeuviewer.model.locale_format import format_number

from .. import i18n
from ..export.chart import exclude_from_export
from ..i18n import translate
from ..style import Theme, on_theme_changed, qcolor, theme
from .items import LegendEntry, PointTags, SeriesLegend, Tag

DASHES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine]
QUALIFIER_SYMBOLS = {">": "t1", "<": "t", "~": "d"}  # t1: triangle up, t: triangle down, d: diamond
SPAN_SYMBOL = "s"  # a figure over several years: a square, never on a year-on-year line
HOVER_RADIUS_PX = 40
MAIN, LOWER = 0, 1  # the panels: the first unit above, a second unit below


class YearAxis(pg.AxisItem):
    """An x axis of whole years: ticks only on integers, labelled without decimals."""

    STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
    # Ticks only within the data's years: the padding beside the last year is room for tags, not a year.
    limits: tuple[float, float] | None = None

    def tickValues(self, minVal, maxVal, size):
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        if self.limits is not None:
            minVal, maxVal = max(minVal, self.limits[0]), min(maxVal, self.limits[1])
            if maxVal < minVal:
                return []
        fits = max(size / 48.0, 1.0)  # one label per ~48 px
        step = next((s for s in self.STEPS if (maxVal - minVal) / s <= fits), self.STEPS[-1])
        first = math.ceil(minVal / step) * step
        return [(float(step), [float(v) for v in np.arange(first, maxVal + 1e-9, step)])]

    def tickStrings(self, values, scale, spacing):
        return [str(int(round(v))) for v in values]


class ValueAxis(pg.AxisItem):
    """A value axis whose log-scale ticks read as plain numbers ('200', '0.8'), and whose 0 is always labelled."""

    def tickValues(self, minVal, maxVal, size):
        levels = super().tickValues(minVal, maxVal, size)
        if self.logMode or not levels or not (minVal <= 0 <= maxVal):
            return levels
        # The zero line is where bars start: label it even when the tick spacing skips it.
        if not any(abs(v) < 1e-12 for _spacing, values in levels for v in values):
            spacing, values = levels[0]
            levels = [(spacing, sorted([*values, 0.0])), *levels[1:]]
        return levels

    def logTickStrings(self, values, scale, spacing):
        return [_plain_number(10 ** v) for v in values]


def _plain_number(value: float) -> str:
    if value >= 1 and abs(value - round(value)) < 1e-9 * value:
        return format_number(round(value), 0)
    text = f"{value:.3g}"
    # The decimal separator of the display locale ("0,5" in Russian and Kazakh); exponents stay as they are.
    return text if "e" in text else text.replace(".", format_number(0.5, 1)[1])


def short_tag(period: str, qualifier: str, coverage: str = "") -> str:
    """The text beside a non-exact point: '>', '~', 'Jan–Aug', 'cumulative', '6/27 reporting'…"""
    lowered = period.lower()
    if "cumulative" in lowered:
        tag = translate("TradePlot", "cumulative")
    elif "as stated" in lowered or "as of" in lowered:
        tag = translate("TradePlot", "as stated")
    else:
        tag = period
    text = f"{qualifier}{' ' if qualifier and tag else ''}{tag}".strip()
    counts = coverage_counts(coverage)
    if counts and counts[0] < counts[1]:
        text = translate("TradePlot", "{text} {reported}/{members} reporting").format(
            text=text, reported=counts[0], members=counts[1]).strip()
    return text


def series_name(label: str) -> str:
    """A series label for people: its words in the interface language ('Exports · BNS · EU27' → 'Экспорт · BNS · EU27').

    Only the words of the app's vocabulary are translated (marked in model/charts.py);
    publishers, scopes and indicator names from the dataset stay as they are.
    """
    return SERIES_SEPARATOR.join(translate("Series", part) for part in label.split(SERIES_SEPARATOR))


class _Pool:
    """Items of one kind in one view box, reused: ``take()`` the next, ``finish()`` hides the rest."""

    def __init__(self, view: pg.ViewBox, make):
        self.view, self.make, self.items, self.used = view, make, [], 0

    def take(self):
        if self.used == len(self.items):
            item = self.make()
            self.view.addItem(item)
            self.items.append(item)
        item = self.items[self.used]
        item.show()
        self.used += 1
        return item

    def finish(self) -> None:
        for item in self.items[self.used:]:
            item.hide()
        self.used = 0


class _HoverMarks:
    """Crosshair and label of one panel (screen aids: never exported)."""

    def __init__(self, view: pg.ViewBox):
        self.x_line = pg.InfiniteLine(angle=90, movable=False)
        self.y_line = pg.InfiniteLine(angle=0, movable=False)
        self.label = pg.TextItem(anchor=(0, 1))
        self.label.setTextWidth(430)  # long source titles wrap instead of leaving the plot
        self.band = pg.LinearRegionItem(movable=False, pen=pg.mkPen(None))
        self.apply_theme(theme())
        for item, z in ((self.x_line, 50), (self.y_line, 50), (self.label, 60), (self.band, -5)):
            exclude_from_export(item)
            item.setZValue(z)
            item.hide()
            view.addItem(item, ignoreBounds=True)

    def apply_theme(self, t: Theme) -> None:
        dashed = pg.mkPen(qcolor(t.crosshair), style=Qt.PenStyle.DashLine)
        self.x_line.setPen(dashed)
        self.y_line.setPen(dashed)
        self.label.setColor(qcolor(t.text))
        self.label.fill = pg.mkBrush(qcolor(t.tooltip_fill))
        self.label.border = pg.mkPen(qcolor(t.tooltip_border))
        self.label.update()
        self.band.setBrush(pg.mkBrush(qcolor(t.highlight_fill)))
        self.band.update()

    def hide(self) -> None:
        for item in (self.x_line, self.y_line, self.label):
            item.hide()


class TradePlot(pg.PlotWidget):
    """The chart widget (objectName ``tradePlot``); its main view box's x axis is in years.

    Signals: ``yearClicked(int, bool)`` (the year, and whether Ctrl was held)
    when a year with data is clicked; ``seriesToggled(str)`` when a legend entry
    is clicked (the series label: the owner decides what to hide);
    ``xRangeChanged(object)`` with ``(low, high)`` when the person zooms or
    pans (not when :meth:`set_x_range` moves the view).
    """

    yearClicked = Signal(int, bool)
    seriesToggled = Signal(str)
    xRangeChanged = Signal(object)

    def __init__(self, parent=None):
        axes = {"bottom": YearAxis(orientation="bottom"), "left": ValueAxis(orientation="left")}
        super().__init__(parent, axisItems=axes)
        self.setObjectName("tradePlot")
        self.setMinimumHeight(180)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.vb.setMouseEnabled(x=True, y=False)  # zoom and pan along the years; values fit the view
        # A second unit gets its own panel below: value axis, view box (x linked) and year axis.
        self.lower_view = pg.ViewBox(enableMenu=False)
        self.lower_view.setMouseEnabled(x=True, y=False)
        self.lower_view.setXLink(plot.vb)
        self.lower_axis = ValueAxis(orientation="left")
        self.lower_axis.linkToView(self.lower_view)
        self.lower_axis.setGrid(int(0.25 * 255))
        self.lower_years = YearAxis(orientation="bottom")
        self.lower_years.linkToView(self.lower_view)
        for axis in (plot.getAxis("left"), plot.getAxis("bottom"), self.lower_axis, self.lower_years):
            axis.enableAutoSIPrefix(False)
        self._lower_shown = False
        i18n.keep(self, self._retranslate_axes)
        # The legend has its own row under the plot: inside the plot it would hide data.
        self.legend = SeriesLegend()
        self.legend.setParentItem(plot)
        plot.layout.addItem(self.legend, 7, 1)
        self.legend.toggled.connect(self._legend_clicked)
        self.views = (plot.vb, self.lower_view)

        self._pools = {}
        for panel, view in enumerate(self.views):
            self._pools[panel, "bars"] = _Pool(view, lambda: pg.BarGraphItem(x=[0], height=[0], width=0.1))
            self._pools[panel, "curve"] = _Pool(view, pg.PlotCurveItem)
            self._pools[panel, "scatter"] = _Pool(view, lambda: pg.ScatterPlotItem(pxMode=True, hoverable=False))
        self.tags = (PointTags(), PointTags())
        for view, tags in zip(self.views, self.tags, strict=True):
            view.addItem(tags, ignoreBounds=True)
        self._hover = (_HoverMarks(plot.vb), _HoverMarks(self.lower_view))

        self.data: ChartData | None = None
        self.log_y = False
        self.hovered_row: int | None = None
        self._hidden: frozenset[str] = frozenset()  # as last drawn; the owner's state decides it
        self._items_by_series: dict[str, list] = {}
        self._legend_names: dict[str, str] = {}  # legend text -> series label
        self._frame = pd.DataFrame()
        self._points = _PointIndex.empty()
        self._full_x: tuple[float, float] | None = None
        self._moving = False  # True while set_x_range moves the view: not a person's zoom
        plot.vb.sigXRangeChanged.connect(self._x_range_moved)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.apply_theme(theme())
        on_theme_changed(self.apply_theme)

    def apply_theme(self, t: Theme) -> None:
        """Every colour again from ``t``: background, axes, grid, legend, hover marks, and the series redrawn."""
        self.setBackground(qcolor(t.plot_background))
        plot = self.getPlotItem()
        for axis in (plot.getAxis("left"), plot.getAxis("bottom"), self.lower_axis, self.lower_years):
            axis.setPen(pg.mkPen(qcolor(t.axis_text)))
            axis.setTextPen(pg.mkPen(qcolor(t.axis_text)))
        self.legend.apply_theme(t)
        for marks in self._hover:
            marks.apply_theme(t)
        if self.data is not None:
            # Same chart, same years in view, same hidden series: only the colours change.
            self.show_chart(self.data, self.view_x_range(), self.log_y, self._hidden)

    # -- drawing ------------------------------------------------------------------
    def show_chart(self, data: ChartData, x_range: tuple[float, float] | None = None, log_y: bool = False,
                   hidden=frozenset()) -> None:
        """Draw every point of ``data``; show ``x_range`` of the year axis (None: all years).

        ``hidden`` names series drawn but not shown (their legend entry says
        so); log scale only where :func:`log_scale_allowed`.
        """
        plot = self.getPlotItem()
        self.hide_hover()
        self.data = data
        self.log_y = bool(log_y) and log_scale_allowed(data)
        self._hidden = frozenset(hidden)
        self._items_by_series = {}
        self._legend_names = {}
        frame = data.frame
        self._frame = frame
        two_panels = bool(data.right_unit)
        self._show_lower_panel(two_panels)
        plot.setLabel("left", translate("Units", data.left_unit))
        self.lower_axis.setLabel(translate("Units", data.right_unit) if two_panels else "")
        for axis in (plot.getAxis("left"), self.lower_axis):
            axis.setLogMode(self.log_y)

        bar_measures = {panel: list(dict.fromkeys(s.measure for s in data.series if s.style == "bar" and self._panel(s, two_panels) == panel))
                        for panel in (MAIN, LOWER)}
        point_rows: list[tuple] = []
        tags: tuple[list[Tag], list[Tag]] = ([], [])
        entries: list[LegendEntry] = []
        columns = _Columns(frame)  # plain arrays: pandas indexing per series costs more than drawing
        for index, info in enumerate(data.series):
            mask = columns.series == info.label
            if not mask.any():
                continue
            color = qcolor(theme().series_colour(index))
            dash = DASHES[(index // len(theme().series)) % len(DASHES)]
            panel = self._panel(info, two_panels)
            items, markers = self._draw_series(info, columns, mask, color, dash, panel, bar_measures[panel], point_rows, tags[panel])
            self._items_by_series[info.label] = items
            visible = info.label not in self._hidden
            for item in items:
                item.setVisible(visible)
            name = series_name(info.label) + (translate("TradePlot", " (lower panel)") if panel == LOWER else "")
            entries.append(LegendEntry(name, info.style, color, dash, markers, visible))
            self._legend_names[name] = info.label
        for pool in self._pools.values():
            pool.finish()
        for panel, tag_item in enumerate(self.tags):
            tag_item.hidden_series = set(self._hidden)
            tag_item.set_tags(tags[panel])
        self.legend.set_entries(entries)
        self._points = _PointIndex.build(point_rows, columns)
        self._set_limits(frame)
        self.set_x_range(x_range)

    def _retranslate_axes(self) -> None:
        """The accessible name and the year axis labels; the chart's own words come with its data."""
        self.setAccessibleName(translate("TradePlot", "Trade chart"))
        self.lower_years.setLabel(translate("TradePlot", "Year"))
        bottom = self.getPlotItem().getAxis("bottom")
        bottom.setLabel("" if self._lower_shown else translate("TradePlot", "Year"))
        bottom.showLabel(not self._lower_shown)

    @staticmethod
    def _panel(info: SeriesInfo, two_panels: bool) -> int:
        return LOWER if two_panels and info.axis == "right" else MAIN

    def _show_lower_panel(self, shown: bool) -> None:
        """Add or remove the lower panel's row (an empty grid row takes no height)."""
        if shown == self._lower_shown:
            return
        layout = self.getPlotItem().layout
        items = ((self.lower_axis, 4, 0), (self.lower_view, 4, 1), (self.lower_years, 5, 1))
        for item, row, column in items:
            if shown:
                layout.addItem(item, row, column)
                item.show()
            else:
                layout.removeItem(item)
                item.hide()
        layout.setRowStretchFactor(4, 100 if shown else 1)
        # One "Year" label, under the lowest panel.
        self.getPlotItem().getAxis("bottom").setLabel("" if shown else translate("TradePlot", "Year"))
        self.getPlotItem().getAxis("bottom").showLabel(not shown)
        self._lower_shown = shown

    def _draw_series(self, info: SeriesInfo, columns, mask, color: QColor, dash, panel: int, bar_measures, point_rows, tags) -> tuple[list, tuple]:
        items = []
        markers: list[tuple[str, bool]] = []
        exact = mask & columns.exact
        loose = mask & ~columns.exact
        offset = 0.0
        if info.style == "bar" and exact.any():
            slots = max(len(bar_measures), 1)
            width = 0.8 / slots
            offset = (bar_measures.index(info.measure) - (slots - 1) / 2) * width if info.measure in bar_measures else 0.0
            xs, heights = columns.x[exact] + offset, columns.value[exact]
            bars = self._pools[panel, "bars"].take()
            bars.setOpts(x=xs, height=heights, width=width * 0.92, brush=pg.mkBrush(color), pen=pg.mkPen(color.darker(140), width=1))
            items.append(bars)
            point_rows.extend((x, h, row, panel, width * 0.92) for x, h, row in zip(xs.tolist(), heights.tolist(), columns.row[exact].tolist(), strict=True))
        elif exact.any():
            xs, ys = columns.x[exact], self._y(columns.value[exact])
            if info.style == "line":
                gap_x, gap_y = _with_gaps(xs, ys, columns.step)
                curve = self._pools[panel, "curve"].take()
                curve.setData(gap_x, gap_y, pen=pg.mkPen(color, width=2, style=dash), connect="finite")
                items.append(curve)
            dots = self._pools[panel, "scatter"].take()
            finite = np.isfinite(ys)
            dots.setData(xs[finite], ys[finite], symbol="o", size=7 if columns.step == 1 else 5, brush=pg.mkBrush(color), pen=pg.mkPen(color))
            items.append(dots)
            markers.append(("o", False))
            point_rows.extend((x, y, row, panel, 0.0) for x, y, row in zip(xs[finite].tolist(), ys[finite].tolist(), columns.row[exact][finite].tolist(), strict=True))
        if loose.any():
            items.append(self._draw_loose_points(info, columns, loose, color, panel, offset, point_rows, tags, markers))
        return items, tuple(dict.fromkeys(markers))

    def _draw_loose_points(self, info, columns, mask, color: QColor, panel: int, offset: float, point_rows, tags, markers):
        """Approximate, partial-year, multi-year, cumulative and partial-coverage points: own markers, a tag each."""
        values = self._y(columns.value[mask])
        finite = np.isfinite(values)
        xs = columns.x[mask][finite] + offset
        ys = values[finite]
        qualifiers = columns.qualifier[mask][finite].tolist()
        periods = columns.period[mask][finite].tolist()
        coverages = columns.coverage[mask][finite].tolist()
        symbols = [SPAN_SYMBOL if is_year_span(p) else QUALIFIER_SYMBOLS.get(q, "o") for p, q in zip(periods, qualifiers, strict=True)]
        hollow = [bool(p) or _partial(c) for p, c in zip(periods, coverages, strict=True)]
        white, fill = pg.mkBrush(qcolor(theme().plot_background)), pg.mkBrush(color)
        scatter = self._pools[panel, "scatter"].take()
        scatter.setData(xs, ys, symbol=symbols, size=10, brush=[white if h else fill for h in hollow], pen=pg.mkPen(color, width=2))
        markers.extend(zip(symbols, hollow, strict=True))
        tag_color = color if theme().dark else color.darker(125)  # text: a shade deeper than the marker on white
        for x, y, period, qualifier, coverage, row in zip(xs.tolist(), ys.tolist(), periods, qualifiers, coverages,
                                                          columns.row[mask][finite].tolist(), strict=True):
            point_rows.append((x, y, row, panel, 0.0))
            text = short_tag(period, qualifier, coverage)
            if text:
                tags.append(Tag(x, y, text, tag_color, info.label))
        return scatter

    def _y(self, values: np.ndarray) -> np.ndarray:
        if not self.log_y:
            return values
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(values > 0, np.log10(values), np.nan)

    # -- the year axis ------------------------------------------------------------------
    def _set_limits(self, frame: pd.DataFrame) -> None:
        """The whole chart's x range (with room for tags), and how far zoom and pan may go."""
        plot = self.getPlotItem()
        if not len(frame):
            self._full_x = None
            plot.getAxis("bottom").limits = self.lower_years.limits = None
            return
        x = point_x(frame)
        first, last = float(np.floor(x.min())), float(np.floor(x.max()))
        monthly = bool(is_month_period(frame["period"]).any())
        # Room on the right for the tags beside points of the last year.
        right = 1.6 if not frame["exact"].all() else 0.7
        self._full_x = (first - 0.1, last + 1.1) if monthly else (first - 0.7, last + right)
        ticks = (first, last + 1) if monthly else (first - 0.5, last + 0.5)
        plot.getAxis("bottom").limits = self.lower_years.limits = ticks
        span = self._full_x[1] - self._full_x[0]
        self._moving = True  # limits can move the view: that is not the person zooming
        try:
            for view in self.views:
                view.setLimits(xMin=self._full_x[0] - span, xMax=self._full_x[1] + span,
                               minXRange=0.25 if monthly else 0.9, maxXRange=3 * span)
        finally:
            self._moving = False

    def set_x_range(self, x_range: tuple[float, float] | None) -> None:
        """Show ``x_range`` of the year axis (None: the whole chart); the value axes fit the points in view."""
        target = x_range if x_range is not None else self._full_x
        if target is not None:
            current = self.getPlotItem().vb.viewRange()[0]
            if abs(current[0] - target[0]) > 1e-9 or abs(current[1] - target[1]) > 1e-9:
                self._moving = True
                try:
                    self.getPlotItem().vb.setXRange(*target, padding=0)
                finally:
                    self._moving = False
        self.fit_values()

    def view_x_range(self) -> tuple[float, float]:
        low, high = self.getPlotItem().vb.viewRange()[0]
        return float(low), float(high)

    def _x_range_moved(self, _view, x_range) -> None:
        self.hide_hover()
        self.fit_values()
        if not self._moving:
            self.xRangeChanged.emit((float(x_range[0]), float(x_range[1])))

    def fit_values(self) -> None:
        """Each value axis fits the points shown in view; bars (and all-positive values) start at zero."""
        if self.data is None:
            return
        points = self._points
        low, high = self.view_x_range()
        shown = np.array([s not in self._hidden for s in points.series], dtype=bool) if len(points.rows) else np.zeros(0, bool)
        in_view = shown & (points.x + points.bar_w / 2 >= low) & (points.x - points.bar_w / 2 <= high)
        for panel, view in enumerate(self.views):
            mask = in_view & (points.panel == panel)
            values = points.y[mask]
            values = values[np.isfinite(values)]
            if not len(values):
                values = points.y[(points.panel == panel) & shown]  # nothing in view: the whole series' scale
                values = values[np.isfinite(values)]
            if not len(values):
                view.setYRange(0, 1, padding=0)
                continue
            low_v, high_v = float(values.min()), float(values.max())
            if self.log_y:
                pad = max((high_v - low_v) * 0.08, 0.1)
                view.setYRange(low_v - pad, high_v + pad, padding=0)
                continue
            bars = bool((points.bar_w[mask] > 0).any())
            if low_v >= 0 or bars:
                low_v = min(low_v, 0.0)  # a cut axis exaggerates changes: from zero
            high_v = max(high_v, 0.0)
            pad = (high_v - low_v) * 0.08 or 1.0
            # A sliver below zero, so the 0 tick label fits on the axis (the bars still start at 0).
            view.setYRange(low_v - (pad if low_v < 0 else pad * 0.5), high_v + pad, padding=0)

    def reset_view(self) -> None:
        self.set_x_range(None)

    # -- series visibility ----------------------------------------------------------
    def _legend_clicked(self, legend_name: str) -> None:
        self.seriesToggled.emit(self._legend_names.get(legend_name, legend_name))

    def set_hidden_series(self, hidden) -> None:
        """Show every series but those in ``hidden``; the value axes refit."""
        self._hidden = frozenset(hidden)
        for label, items in self._items_by_series.items():
            for item in items:
                item.setVisible(label not in self._hidden)
        for tag_item in self.tags:
            tag_item.hidden_series = set(self._hidden)
            tag_item.update()
        for name, label in self._legend_names.items():
            self.legend.set_visible_entry(name, label not in self._hidden)
        self.hide_hover()
        self.fit_values()

    def series_shown(self, label: str) -> bool:
        """Is ``label`` drawn and visible (read from the items, for checks)."""
        items = self._items_by_series.get(label, [])
        return bool(items) and all(item.isVisible() for item in items)

    # -- selection --------------------------------------------------------------------
    def highlight_years(self, years) -> None:
        years = sorted(int(y) for y in years)
        for marks in self._hover:
            if not years:
                marks.band.hide()
                continue
            marks.band.setRegion((years[0] - 0.5, years[-1] + 0.5))
            marks.band.show()

    def _view_at(self, scene_pos) -> int | None:
        for panel, view in enumerate(self.views):
            if view.isVisible() and view.sceneBoundingRect().contains(scene_pos):
                return panel
        return None

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted() or self.data is None:
            return
        panel = self._view_at(event.scenePos())
        if panel is None:
            return
        x = self.views[panel].mapSceneToView(event.scenePos()).x()
        year = int(math.floor(x)) if self.data.monthly else int(round(x))
        if len(self._frame) and (self._frame["year"] == year).any():
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.yearClicked.emit(year, add)

    # -- hover ------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos) -> None:
        hit = self.point_at(scene_pos) if self.data is not None and self._view_at(scene_pos) is not None else None
        if hit is None:
            self.hide_hover()
        else:
            self.show_hover(hit)

    def point_at(self, scene_pos: QPointF, radius: float = HOVER_RADIUS_PX) -> int | None:
        """Frame row under ``scene_pos``: a bar it lies on (anywhere on it), else the nearest marker within ``radius`` px."""
        points = self._points
        if not len(points.rows):
            return None
        visible = np.array([s not in self._hidden for s in points.series], dtype=bool)
        panel = self._view_at(scene_pos)
        visible &= points.panel == panel
        view = self.views[panel] if panel is not None else None
        if view is not None:
            at = view.mapSceneToView(scene_pos)
            on_bar = visible & (points.bar_w > 0) & (np.abs(points.x - at.x()) <= points.bar_w / 2) \
                & (at.y() >= np.minimum(points.y, 0)) & (at.y() <= np.maximum(points.y, 0))
            if on_bar.any():
                return int(points.rows[np.flatnonzero(on_bar)[0]])
        return self.nearest_point(scene_pos, radius, visible)

    def nearest_point(self, scene_pos: QPointF, radius: float = HOVER_RADIUS_PX, among=None) -> int | None:
        """Frame row of the visible point nearest to ``scene_pos`` within ``radius`` pixels."""
        points = self._points
        if not len(points.rows):
            return None
        visible = among if among is not None else np.array([s not in self._hidden for s in points.series], dtype=bool)
        sx, sy = self._scene_coords(points)
        distance = np.hypot(sx - scene_pos.x(), sy - scene_pos.y())
        distance[~visible] = np.inf
        best = int(np.argmin(distance))
        return int(points.rows[best]) if distance[best] <= radius else None

    def _scene_coords(self, points) -> tuple[np.ndarray, np.ndarray]:
        sx, sy = np.full(len(points.rows), np.nan), np.full(len(points.rows), np.nan)
        for panel, view in enumerate(self.views):
            mask = points.panel == panel
            if mask.any():
                t = view.childGroup.sceneTransform()
                x, y = points.x[mask], points.y[mask]
                sx[mask] = t.m11() * x + t.m21() * y + t.dx()
                sy[mask] = t.m12() * x + t.m22() * y + t.dy()
        return sx, sy

    def point_scene_pos(self, row: int) -> QPointF | None:
        """Where the point of frame row ``row`` is drawn (scene coordinates; a bar's top); None if not drawn."""
        points = self._points
        where = np.flatnonzero(points.rows == row)
        if not len(where):
            return None
        i = int(where[0])
        return self.views[int(points.panel[i])].mapViewToScene(QPointF(points.x[i], points.y[i]))

    def point_panel(self, row: int) -> int | None:
        where = np.flatnonzero(self._points.rows == row)
        return int(self._points.panel[where[0]]) if len(where) else None

    def show_hover(self, row: int) -> None:
        scene_pos = self.point_scene_pos(row)
        if scene_pos is None:
            self.hide_hover()
            return
        panel = self.point_panel(row)
        self.hide_hover()
        view, marks = self.views[panel], self._hover[panel]
        record = self._frame.loc[row]
        view_pos = view.mapSceneToView(scene_pos)
        marks.x_line.setPos(view_pos.x())
        marks.y_line.setPos(view_pos.y())
        marks.label.setHtml(hover_html(record))
        # Keep the label inside the plot: to the left of points right of centre, below points near the top.
        rect = view.sceneBoundingRect()
        anchor_x = 1.0 if scene_pos.x() > rect.center().x() else 0.0
        anchor_y = 0.0 if scene_pos.y() < rect.top() + rect.height() * 0.4 else 1.0
        marks.label.setAnchor((anchor_x, anchor_y))
        marks.label.setPos(view_pos)
        for item in (marks.x_line, marks.y_line, marks.label):
            item.show()
        self.hovered_row = row

    def hide_hover(self) -> None:
        for marks in self._hover:
            marks.hide()
        self.hovered_row = None

    def hover_text(self) -> str:
        for marks in self._hover:
            if marks.label.isVisible():
                return marks.label.textItem.toPlainText()
        return ""


def log_scale_allowed(data: ChartData) -> bool:
    """Log scale makes sense for positive values drawn as lines or points, not for bars."""
    if any(s.style == "bar" for s in data.series):
        return False
    return bool(len(data.frame)) and bool((data.frame["value"] > 0).all())


def _partial(coverage: str) -> bool:
    counts = coverage_counts(str(coverage))
    return bool(counts) and counts[0] < counts[1]


def hover_html(record) -> str:
    """The hover label: when, series, value and unit, as published, why not exact, note, source."""
    value = format_value(record["value"], record["unit"])
    period = str(record["period"])
    when = period if period and not is_year_span(period) and period[:4] == str(int(record["year"])) else str(int(record["year"]))
    parts = [f"<b>{escape(when)}</b> · {escape(series_name(str(record['series'])))}", f"<b>{escape(value)}</b>"]
    if record["original_unit"] and not pd.isna(record["original_value"]) and record["original_unit"] != record["unit"]:
        original = f"{record['original_value']:.10g}"
        if "e" not in original:
            original = i18n.locale().toString(float(record["original_value"]), "f", len(original.partition(".")[2]))
        parts.append(translate("TradePlot", "as published: {value} {unit}").format(
            value=original, unit=escape(str(record["original_unit"]))))
    if record["status"]:
        parts.append(f"<i>{escape(str(record['status']))}</i>")
    counts = coverage_counts(str(record["coverage"]))
    if counts:
        parts.append(translate("TradePlot", "reporters: {reported} of {members}").format(reported=counts[0], members=counts[1]))
    if record["derived"] and record["derived"] != "no":
        parts.append(translate("TradePlot", "derived: {how}").format(how=escape(translate("Charts", str(record["derived"])))))
    if record["stated_by"]:
        parts.append(translate("TradePlot", "stated by {who}").format(who=escape(_clip(str(record["stated_by"]), 90))))
    if record["note"]:
        parts.append(translate("TradePlot", "Note: {note}").format(note=escape(_clip(translate("Charts", str(record["note"])), 200))))
    sources = str(record["sources"]) or str(record["source_ids"])
    parts.append(translate("TradePlot", "Source: {source}").format(source=escape(_clip(sources, 110))))
    return "<br>".join(parts)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _with_gaps(xs: np.ndarray, values: np.ndarray, step: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN between points more than one step apart, so a line never bridges a missing year or month."""
    order = np.argsort(xs, kind="stable")
    xs, values = xs[order].astype(float), values[order].astype(float)
    if len(xs) < 2:
        return xs, values
    gaps = np.flatnonzero(np.diff(xs) > step * 1.5)
    if not len(gaps):
        return xs, values
    return np.insert(xs, gaps + 1, xs[gaps] + step / 2), np.insert(values, gaps + 1, np.nan)


class _Columns:
    """The chart frame's columns as arrays; ``row`` is the frame index of each point, ``x`` its axis position."""

    def __init__(self, frame: pd.DataFrame):
        self.series = frame["series"].to_numpy(dtype=object)
        months = is_month_period(frame["period"]).to_numpy(dtype=bool) if len(frame) else np.zeros(0, bool)
        self.x = point_x(frame)
        self.step = 1.0 / 12 if len(frame) and bool(months.any()) else 1.0
        self.value = frame["value"].to_numpy(dtype=float)
        # A month is exact on an axis of months: it joins its series' line (its status still says "one month").
        self.exact = frame["exact"].to_numpy(dtype=bool) | months
        self.period = frame["period"].to_numpy(dtype=object)
        self.qualifier = frame["qualifier"].to_numpy(dtype=object)
        self.coverage = frame["coverage"].astype(str).to_numpy(dtype=object)
        self.row = frame.index.to_numpy(dtype=np.int64)


class _PointIndex:
    """Drawn points in view coordinates: x, y, frame row, panel, bar width (0: a marker), series."""

    def __init__(self, x, y, rows, panel, bar_w, series):
        self.x, self.y, self.rows, self.panel, self.bar_w, self.series = x, y, rows, panel, bar_w, series

    @classmethod
    def empty(cls) -> _PointIndex:
        return cls(np.empty(0), np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0), [])

    @classmethod
    def build(cls, point_rows, columns: _Columns) -> _PointIndex:
        if not point_rows:
            return cls.empty()
        x, y, rows, panel, bar_w = zip(*point_rows, strict=True)
        label_of = dict(zip(columns.row.tolist(), columns.series.tolist(), strict=True))
        return cls(np.array(x, dtype=float), np.array(y, dtype=float), np.array(rows, dtype=np.int64),
                   np.array(panel, dtype=np.int64), np.array(bar_w, dtype=float), [label_of[r] for r in rows])
