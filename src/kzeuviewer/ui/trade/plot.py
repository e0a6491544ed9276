"""The trade chart: draws a :class:`~kzeuviewer.model.charts.ChartData` with pyqtgraph.

What is drawn, and why:

- exact full-year points of a series: bars (``style == "bar"``, side by side
  per measure), a line (broken where a year is missing) or filled dots;
- every other point (approximate, a bound, part of a year, cumulative) as its
  own marker, never joined to a line: a triangle up for "more than", down for
  "less than", a diamond for "about", hollow when it covers part of a year or
  several years, with a short text tag beside it;
- a second unit (another currency) on a right axis with its own view box, so
  currencies never share an axis.

Graphics items are pooled and reused from chart to chart: creating and adding
pyqtgraph items is what made a chart switch slow, not the data.
"""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor

from kzeuviewer.model.charts import ChartData, SeriesInfo, format_value

from ..export.chart import exclude_from_export
from ..style import qcolor, theme
from .items import LegendEntry, PointTags, SeriesLegend, Tag

DASHES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine]
QUALIFIER_SYMBOLS = {">": "t1", "<": "t", "~": "d"}  # t1: triangle up, t: triangle down, d: diamond
HOVER_RADIUS_PX = 40


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
    """A value axis whose log-scale ticks read as plain numbers ('200', '0.8'), not '2·10²'."""

    def logTickStrings(self, values, scale, spacing):
        return [_plain_number(10 ** v) for v in values]


def _plain_number(value: float) -> str:
    if value >= 1 and abs(value - round(value)) < 1e-9 * value:
        return f"{round(value):,}"
    return f"{value:.3g}"


def short_tag(period: str, qualifier: str) -> str:
    """The text beside a non-exact point: '>', '~', 'Jan–Aug', 'cumulative'…"""
    lowered = period.lower()
    if "cumulative" in lowered:
        tag = "cumulative"
    elif "as stated" in lowered or "as of" in lowered:
        tag = "as stated"
    else:
        tag = period
    return f"{qualifier}{' ' if qualifier and tag else ''}{tag}".strip()


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
        self.used += 1
        return item

    def finish(self) -> None:
        for item in self.items[self.used:]:
            item.hide()
        self.used = 0


class TradePlot(pg.PlotWidget):
    """The chart widget (objectName ``tradePlot``).

    Signals: ``yearClicked(int)`` when a year inside the data is clicked;
    ``seriesToggled(str, bool)`` when a legend entry is clicked.
    """

    yearClicked = Signal(int)
    seriesToggled = Signal(str, bool)

    def __init__(self, parent=None):
        axes = {"bottom": YearAxis(orientation="bottom"), "left": ValueAxis(orientation="left"), "right": ValueAxis(orientation="right")}
        super().__init__(parent, background=qcolor(theme().plot_background), axisItems=axes)
        self.setObjectName("tradePlot")
        self.setAccessibleName("Trade chart")
        self.setMinimumHeight(260)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.getAxis("right").setGrid(False)  # one grid only: the right axis has other tick values
        plot.setLabel("bottom", "Year")
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(qcolor(theme().axis_text)))
            axis.setTextPen(pg.mkPen(qcolor(theme().axis_text)))
            axis.enableAutoSIPrefix(False)
        # The legend has its own row under the x axis: inside the plot it would hide data.
        self.legend = SeriesLegend()
        self.legend.setParentItem(plot)
        plot.layout.addItem(self.legend, 4, 1)
        self.legend.toggled.connect(self.toggle_series)
        # The right axis has its own view box (another unit), x linked to the main one.
        self.right_view = pg.ViewBox(enableMenu=False)
        self.right_view.setMouseEnabled(False, False)
        self.right_view.setZValue(-10)  # behind the main view: mouse zoom and pan go to the main view
        plot.scene().addItem(self.right_view)
        plot.getAxis("right").linkToView(self.right_view)
        self.right_view.setXLink(plot)
        plot.vb.sigResized.connect(self._sync_right_view)
        self._sync_right_view()

        self._pools = {}
        for side, view in (("left", plot.vb), ("right", self.right_view)):
            self._pools[side, "bars"] = _Pool(view, lambda: pg.BarGraphItem(x=[0], height=[0], width=0.1))
            self._pools[side, "curve"] = _Pool(view, pg.PlotCurveItem)
            self._pools[side, "scatter"] = _Pool(view, lambda: pg.ScatterPlotItem(pxMode=True, hoverable=False))
        self.tags = {"left": PointTags(), "right": PointTags()}
        plot.vb.addItem(self.tags["left"], ignoreBounds=True)
        self.right_view.addItem(self.tags["right"], ignoreBounds=True)

        self._crosshair_x = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(qcolor(theme().crosshair), style=Qt.PenStyle.DashLine))
        self._crosshair_y = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(qcolor(theme().crosshair), style=Qt.PenStyle.DashLine))
        self._hover_label = pg.TextItem(anchor=(0, 1), color=qcolor(theme().text), fill=pg.mkBrush(qcolor(theme().tooltip_fill)), border=pg.mkPen(qcolor(theme().tooltip_border)))
        self._hover_label.setTextWidth(430)  # long source titles wrap instead of leaving the plot
        self._selection_band = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(qcolor(theme().highlight_fill)), pen=pg.mkPen(None))
        for item, z in ((self._crosshair_x, 50), (self._crosshair_y, 50), (self._hover_label, 60), (self._selection_band, -5)):
            exclude_from_export(item)  # screen aids, not part of the chart
            item.setZValue(z)
            item.hide()
            plot.addItem(item, ignoreBounds=True)

        self.data: ChartData | None = None
        self.log_y = False
        self.visible_series: dict[str, bool] = {}
        self.hovered_row: int | None = None
        self._items_by_series: dict[str, list] = {}
        self._legend_names: dict[str, str] = {}  # legend text -> series label
        self._frame = pd.DataFrame()
        self._points = _PointIndex.empty()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    # -- drawing ------------------------------------------------------------------
    def show_chart(self, data: ChartData, years: tuple[int, int] | None = None, log_y: bool = False) -> None:
        """Draw ``data`` (restricted to ``years``, inclusive); log scale only where allowed."""
        plot = self.getPlotItem()
        self.hide_hover()
        self.data = data
        self.log_y = bool(log_y) and log_scale_allowed(data)
        self.visible_series = {s.label: self.visible_series.get(s.label, True) for s in data.series}
        self._items_by_series = {}
        self._legend_names = {}
        frame = data.frame
        if years is not None and len(frame):
            frame = frame[(frame["year"] >= years[0]) & (frame["year"] <= years[1])]
        self._frame = frame
        two_axes = bool(data.right_unit)
        plot.setLabel("left", data.left_unit)
        plot.setLabel("right", data.right_unit)  # setLabel shows the axis: hide it after if unused
        plot.showAxis("right", two_axes)
        for name in ("left", "right"):
            plot.getAxis(name).setLogMode(self.log_y)

        bar_measures = list(dict.fromkeys(s.measure for s in data.series if s.style == "bar"))
        point_rows: list[tuple[float, float, int, bool]] = []
        tags: dict[str, list[Tag]] = {"left": [], "right": []}
        entries: list[LegendEntry] = []
        columns = _Columns(frame)  # plain arrays: pandas indexing per series costs more than drawing
        for index, info in enumerate(data.series):
            mask = columns.series == info.label
            if not mask.any():
                continue
            color = qcolor(theme().series_colour(index))
            dash = DASHES[(index // len(theme().series)) % len(DASHES)]
            side = "right" if info.axis == "right" and two_axes else "left"
            items, markers = self._draw_series(info, columns, mask, color, dash, side, bar_measures, point_rows, tags[side])
            self._items_by_series[info.label] = items
            visible = self.visible_series[info.label]
            for item in items:
                item.setVisible(visible)
            name = info.label + (" (right axis)" if side == "right" else "")
            entries.append(LegendEntry(name, info.style, color, dash, markers, visible))
            self._legend_names[name] = info.label
        for pool in self._pools.values():
            pool.finish()
        for side, tag_item in self.tags.items():
            tag_item.hidden_series = {label for label, shown in self.visible_series.items() if not shown}
            tag_item.set_tags(tags[side])
        self.legend.set_entries(entries)
        self._points = _PointIndex.build(point_rows, columns)
        self._fit_view(frame, years)

    def _draw_series(self, info: SeriesInfo, columns, mask, color: QColor, dash, side: str, bar_measures, point_rows, tags) -> tuple[list, tuple]:
        items = []
        markers: list[tuple[str, bool]] = []
        exact = mask & columns.exact
        loose = mask & ~columns.exact
        on_right = side == "right"
        offset = 0.0
        if info.style == "bar" and exact.any():
            slots = max(len(bar_measures), 1)
            width = 0.8 / slots
            offset = (bar_measures.index(info.measure) - (slots - 1) / 2) * width
            xs, heights = columns.year[exact] + offset, columns.value[exact]
            bars = self._pools[side, "bars"].take()
            bars.setOpts(x=xs, height=heights, width=width * 0.92, brush=pg.mkBrush(color), pen=pg.mkPen(color.darker(140), width=1))
            items.append(bars)
            point_rows.extend(zip(xs.tolist(), heights.tolist(), columns.row[exact].tolist(), [on_right] * len(xs), strict=True))
        elif exact.any():
            xs, ys = columns.year[exact], self._y(columns.value[exact])
            if info.style == "line":
                gap_x, gap_y = _with_gaps(xs, ys)
                curve = self._pools[side, "curve"].take()
                curve.setData(gap_x, gap_y, pen=pg.mkPen(color, width=2, style=dash), connect="finite")
                items.append(curve)
            dots = self._pools[side, "scatter"].take()
            finite = np.isfinite(ys)
            dots.setData(xs[finite], ys[finite], symbol="o", size=7, brush=pg.mkBrush(color), pen=pg.mkPen(color))
            items.append(dots)
            markers.append(("o", False))
            point_rows.extend(zip(xs[finite].tolist(), ys[finite].tolist(), columns.row[exact][finite].tolist(), [on_right] * int(finite.sum()), strict=True))
        if loose.any():
            items.append(self._draw_loose_points(info, columns, loose, color, side, offset, point_rows, tags, markers))
        return items, tuple(dict.fromkeys(markers))

    def _draw_loose_points(self, info, columns, mask, color: QColor, side: str, offset: float, point_rows, tags, markers):
        """Approximate, partial-year and cumulative points: own markers, and a text tag each."""
        values = self._y(columns.value[mask])
        finite = np.isfinite(values)
        xs = columns.year[mask][finite] + offset
        ys = values[finite]
        qualifiers = columns.qualifier[mask][finite].tolist()
        periods = columns.period[mask][finite].tolist()
        symbols = [QUALIFIER_SYMBOLS.get(q, "o") for q in qualifiers]
        hollow = [bool(p) for p in periods]
        white, fill = pg.mkBrush(qcolor(theme().plot_background)), pg.mkBrush(color)
        scatter = self._pools[side, "scatter"].take()
        scatter.setData(xs, ys, symbol=symbols, size=10, brush=[white if h else fill for h in hollow], pen=pg.mkPen(color, width=2))
        markers.extend(zip(symbols, hollow, strict=True))
        tag_color = color.darker(125)
        on_right = side == "right"
        for x, y, period, qualifier, row in zip(xs.tolist(), ys.tolist(), periods, qualifiers, columns.row[mask][finite].tolist(), strict=True):
            point_rows.append((x, y, row, on_right))
            text = short_tag(period, qualifier)
            if text:
                tags.append(Tag(x, y, text, tag_color, info.label))
        return scatter

    def _y(self, values: np.ndarray) -> np.ndarray:
        if not self.log_y:
            return values
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(values > 0, np.log10(values), np.nan)

    def _fit_view(self, frame: pd.DataFrame, years) -> None:
        plot = self.getPlotItem()
        if years is None and len(frame):
            years = (int(frame["year"].min()), int(frame["year"].max()))
        plot.getAxis("bottom").limits = (years[0] - 0.5, years[1] + 0.5) if years is not None else None
        if years is not None:
            # Room on the right for the tags beside points of the last year.
            right = 1.6 if len(frame) and not frame["exact"].all() else 0.7
            plot.setXRange(years[0] - 0.7, years[1] + right, padding=0)
        for side, view in (("left", plot.vb), ("right", self.right_view)):
            values = frame.loc[frame["axis"] == side, "value"].to_numpy(dtype=float) if len(frame) else []
            if not self.log_y and len(values) and values.min() >= 0:
                # Values start at zero (a cut axis exaggerates changes), and both axes' zeros line up.
                view.setYRange(0, values.max() * 1.08 if values.max() > 0 else 1, padding=0)
            else:
                view.enableAutoRange(axis="y")
                view.updateAutoRange()

    def reset_view(self) -> None:
        if self.data is not None:
            self._fit_view(self._frame, None)

    def _sync_right_view(self) -> None:
        plot = self.getPlotItem()
        self.right_view.setGeometry(plot.vb.sceneBoundingRect())
        self.right_view.linkedViewChanged(plot.vb, self.right_view.XAxis)

    # -- series visibility ----------------------------------------------------------
    def toggle_series(self, legend_name: str) -> None:
        label = self._legend_names.get(legend_name, legend_name)
        self.set_series_visible(label, not self.visible_series.get(label, True))

    def set_series_visible(self, label: str, visible: bool) -> None:
        self.visible_series[label] = visible
        for item in self._items_by_series.get(label, []):
            item.setVisible(visible)
        for tag_item in self.tags.values():
            tag_item.set_series_visible(label, visible)
        for name, series in self._legend_names.items():
            if series == label:
                self.legend.set_visible_entry(name, visible)
        self.hide_hover()
        self.seriesToggled.emit(label, visible)

    # -- selection --------------------------------------------------------------------
    def highlight_years(self, years) -> None:
        years = sorted(int(y) for y in years)
        if not years:
            self._selection_band.hide()
            return
        self._selection_band.setRegion((years[0] - 0.5, years[-1] + 0.5))
        self._selection_band.show()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted() or self.data is None:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        year = int(round(vb.mapSceneToView(event.scenePos()).x()))
        if len(self._frame) and (self._frame["year"] == year).any():
            self.yearClicked.emit(year)

    # -- hover ------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos) -> None:
        vb = self.getPlotItem().vb
        hit = self.nearest_point(scene_pos) if self.data is not None and vb.sceneBoundingRect().contains(scene_pos) else None
        if hit is None:
            self.hide_hover()
        else:
            self.show_hover(hit)

    def nearest_point(self, scene_pos: QPointF, radius: float = HOVER_RADIUS_PX) -> int | None:
        """Frame row of the visible point nearest to ``scene_pos`` within ``radius`` pixels."""
        points = self._points
        if not len(points.rows):
            return None
        visible = np.array([self.visible_series.get(s, True) for s in points.series], dtype=bool)
        sx, sy = self._scene_coords(points)
        distance = np.hypot(sx - scene_pos.x(), sy - scene_pos.y())
        distance[~visible] = np.inf
        best = int(np.argmin(distance))
        return int(points.rows[best]) if distance[best] <= radius else None

    def _scene_coords(self, points) -> tuple[np.ndarray, np.ndarray]:
        sx, sy = np.empty(len(points.rows)), np.empty(len(points.rows))
        for right, view in ((False, self.getPlotItem().vb), (True, self.right_view)):
            mask = points.right == right
            if mask.any():
                t = view.childGroup.sceneTransform()
                x, y = points.x[mask], points.y[mask]
                sx[mask] = t.m11() * x + t.m21() * y + t.dx()
                sy[mask] = t.m12() * x + t.m22() * y + t.dy()
        return sx, sy

    def point_scene_pos(self, row: int) -> QPointF | None:
        """Where the point of frame row ``row`` is drawn (scene coordinates); None if not drawn."""
        points = self._points
        where = np.flatnonzero(points.rows == row)
        if not len(where):
            return None
        i = int(where[0])
        view = self.right_view if points.right[i] else self.getPlotItem().vb
        return view.mapViewToScene(QPointF(points.x[i], points.y[i]))

    def show_hover(self, row: int) -> None:
        scene_pos = self.point_scene_pos(row)
        if scene_pos is None:
            self.hide_hover()
            return
        record = self._frame.loc[row]
        vb = self.getPlotItem().vb
        view_pos = vb.mapSceneToView(scene_pos)
        self._crosshair_x.setPos(view_pos.x())
        self._crosshair_y.setPos(view_pos.y())
        self._hover_label.setHtml(hover_html(record))
        # Keep the label inside the plot: to the left of points right of centre, below points near the top.
        rect = vb.sceneBoundingRect()
        anchor_x = 1.0 if scene_pos.x() > rect.center().x() else 0.0
        anchor_y = 0.0 if scene_pos.y() < rect.top() + rect.height() * 0.4 else 1.0
        self._hover_label.setAnchor((anchor_x, anchor_y))
        self._hover_label.setPos(view_pos)
        for item in (self._crosshair_x, self._crosshair_y, self._hover_label):
            item.show()
        self.hovered_row = row

    def hide_hover(self) -> None:
        for item in (self._crosshair_x, self._crosshair_y, self._hover_label):
            item.hide()
        self.hovered_row = None

    def hover_text(self) -> str:
        return self._hover_label.textItem.toPlainText() if self._hover_label.isVisible() else ""


def log_scale_allowed(data: ChartData) -> bool:
    """Log scale makes sense for positive values drawn as lines or points, not for bars."""
    if any(s.style == "bar" for s in data.series):
        return False
    return bool(len(data.frame)) and bool((data.frame["value"] > 0).all())


def hover_html(record) -> str:
    """The hover label: year, series, exact value and unit, why it is not exact, source."""
    value = format_value(record["value"], record["unit"])
    parts = [f"<b>{int(record['year'])}</b> · {escape(str(record['series']))}", f"<b>{escape(value)}</b>"]
    if record["original_unit"] and not pd.isna(record["original_value"]) and record["original_unit"] != record["unit"]:
        parts.append(f"as published: {record['original_value']:,.10g} {escape(str(record['original_unit']))}")
    if record["status"]:
        parts.append(f"<i>{escape(str(record['status']))}</i>")
    if record["derived"] and record["derived"] != "no":
        parts.append(f"derived: {escape(str(record['derived']))}")
    if record["stated_by"]:
        parts.append(f"stated by {escape(_clip(str(record['stated_by']), 90))}")
    sources = str(record["sources"]) or str(record["source_ids"])
    parts.append(f"Source: {escape(_clip(sources, 110))}")
    return "<br>".join(parts)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _with_gaps(years: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN between non-consecutive years so a line never bridges a missing year."""
    order = np.argsort(years, kind="stable")
    years, values = years[order].astype(float), values[order].astype(float)
    if len(years) < 2:
        return years, values
    gaps = np.flatnonzero(np.diff(years) > 1)
    if not len(gaps):
        return years, values
    return np.insert(years, gaps + 1, years[gaps] + 0.5), np.insert(values, gaps + 1, np.nan)


class _Columns:
    """The chart frame's columns as arrays; ``row`` is the frame index of each point."""

    def __init__(self, frame: pd.DataFrame):
        self.series = frame["series"].to_numpy(dtype=object)
        self.year = frame["year"].to_numpy(dtype=float)
        self.value = frame["value"].to_numpy(dtype=float)
        self.exact = frame["exact"].to_numpy(dtype=bool)
        self.period = frame["period"].to_numpy(dtype=object)
        self.qualifier = frame["qualifier"].to_numpy(dtype=object)
        self.row = frame.index.to_numpy(dtype=np.int64)


class _PointIndex:
    """Drawn points in view coordinates: x, y, frame row, series, right axis or not."""

    def __init__(self, x, y, rows, right, series):
        self.x, self.y, self.rows, self.right, self.series = x, y, rows, right, series

    @classmethod
    def empty(cls) -> _PointIndex:
        return cls(np.empty(0), np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=bool), [])

    @classmethod
    def build(cls, point_rows, columns: _Columns) -> _PointIndex:
        if not point_rows:
            return cls.empty()
        x, y, rows, right = zip(*point_rows, strict=True)
        label_of = dict(zip(columns.row.tolist(), columns.series.tolist(), strict=True))
        return cls(np.array(x, dtype=float), np.array(y, dtype=float), np.array(rows, dtype=np.int64), np.array(right, dtype=bool), [label_of[r] for r in rows])
