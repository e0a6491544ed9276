"""A date axis for the timeline: years, months or days, computed with numpy.

pyqtgraph's DateAxisItem converts every tick between UTC and local time with
QDateTime calls (hundreds per repaint over thirty years of months); measured
here that was a third of a zoom's re-render time. The timeline's dates are
calendar dates, shown in UTC, so ticks come straight from ``datetime64``
ranges, and minor ticks are only made where they are at least a few pixels
apart.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem

from kzeuviewer.model.locale_format import display_locale

from .. import i18n
from ..style import qcolor, theme

DAY = 86400.0
YEAR = 365.2425 * DAY
MONTH = YEAR / 12

# The spacing handed to tickStrings tells it which format a level uses.
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_LABELS = MONTH * 1.0001  # months labelled "Jan", under year ticks
_MONTH_TITLES = MONTH * 1.0002  # months labelled "June 2023", over day ticks
_MINOR = 1.0  # unlabelled ticks

_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)

MIN_LABEL_GAP_PX = 56
MIN_TICK_GAP_PX = 6


def _seconds(values: np.ndarray) -> list[float]:
    return values.astype("datetime64[s]").astype(np.int64).astype(float).tolist()


def _clamp_range(low: float, high: float):
    """The visible range as datetime64 days, kept inside years 1..9998."""
    low = min(max(low, -62_000_000_000.0), 253_000_000_000.0)
    high = min(max(high, low + 1), 253_000_000_000.0)
    return np.datetime64(int(low), "s").astype("datetime64[D]"), np.datetime64(int(high), "s").astype("datetime64[D]")


class TimelineDateAxis(pg.AxisItem):
    """Bottom axis in seconds since 1970 (UTC): "1995", "Mar", "June 2023", "15"."""

    RANGE_TEXT_HEIGHT = 16

    def __init__(self, **kwargs):
        super().__init__("bottom", **kwargs)
        self.enableAutoSIPrefix(False)
        # The visible span in words under the ticks ("5 – 25 May 2023"), so a
        # "May" or "15" always has its year in sight. Drawn here with one
        # drawText: pyqtgraph's axis label (a rich-text item) doubled the cost
        # of a repaint.
        self.range_text = ""
        self._text_pen = QPen(qcolor(theme().axis_text))
        # The levels below already space their labels; pyqtgraph's own crowding
        # limits would hide month names that fit.
        self.setStyle(textFillLimits=[(0, 0.95), (2, 0.92), (4, 0.92), (6, 0.92)])

    def set_range_text(self, text: str) -> None:
        if text != self.range_text:
            self.range_text = text
            self.update()

    def set_text_colour(self, colour) -> None:
        self._text_pen = QPen(qcolor(colour))
        self.update()

    def _updateHeight(self):
        # Room for the span text under the tick labels.
        fixed = self.fixedHeight
        if fixed is None:
            text_height = self.textHeight if self.style["autoExpandTextSpace"] else self.style["tickTextHeight"]
            self.fixedHeight = text_height + self.style["tickTextOffset"][1] + max(0, self.style["tickLength"])
            self.fixedHeight += self.RANGE_TEXT_HEIGHT
        try:
            super()._updateHeight()
        finally:
            self.fixedHeight = fixed

    def paint(self, painter, option, widget=None):
        super().paint(painter, option, widget)
        if self.range_text:
            rect = self.mapRectFromParent(self.geometry())
            painter.setPen(self._text_pen)
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            band = QRectF(rect.left(), rect.bottom() - self.RANGE_TEXT_HEIGHT, rect.width(), self.RANGE_TEXT_HEIGHT)
            painter.drawText(band, _CENTRE, self.range_text)

    def boundingRect(self):
        # pyqtgraph drops tick text that pokes past this rectangle (with the grid
        # on, whatever hideOverlappingLabels says): allow a year at the very edge.
        return super().boundingRect().adjusted(-18, 0, 18, 0)

    def tickValues(self, minVal, maxVal, size):
        """The ticks of the level that suits the zoom, inside [minVal, maxVal]."""
        levels = self._levels(minVal, maxVal, size)
        return [(spacing, [v for v in values if minVal <= v <= maxVal]) for spacing, values in levels]

    def _levels(self, minVal, maxVal, size):
        if size <= 0 or not maxVal > minVal:
            return []
        px_per_day = size / ((maxVal - minVal) / DAY)
        first, last = _clamp_range(minVal, maxVal)
        px_per_year = px_per_day * YEAR / DAY
        if px_per_year < 280:
            step = next((s for s in _YEAR_STEPS if s * px_per_year >= MIN_LABEL_GAP_PX), _YEAR_STEPS[-1])
            years = np.arange(first.astype("datetime64[Y]"), last.astype("datetime64[Y]") + np.timedelta64(1, "Y"), dtype="datetime64[Y]")
            numbers = years.astype(np.int64) + 1970
            majors = years[numbers % step == 0]
            levels = [(step * YEAR, _seconds(majors))]
            if step == 1 and px_per_year / 12 >= MIN_TICK_GAP_PX:
                months = np.arange(first.astype("datetime64[M]"), last.astype("datetime64[M]") + np.timedelta64(1, "M"), dtype="datetime64[M]")
                levels.append((_MINOR, _seconds(months[months.astype(np.int64) % 12 != 0])))
            elif step > 1:
                minor_step = 1 if px_per_year >= MIN_TICK_GAP_PX else step // 5 if step >= 5 else step
                minors = years[(numbers % minor_step == 0) & (numbers % step != 0)] if minor_step else years[:0]
                levels.append((_MINOR, _seconds(minors)))
            return levels
        months = np.arange(first.astype("datetime64[M]"), last.astype("datetime64[M]") + np.timedelta64(1, "M"), dtype="datetime64[M]")
        px_per_month = px_per_day * MONTH / DAY
        if px_per_month < 300:
            years = months[months.astype(np.int64) % 12 == 0]
            others = months[months.astype(np.int64) % 12 != 0]
            levels = [(YEAR, _seconds(years))]
            labelled = px_per_month >= 28
            levels.append((_MONTH_LABELS if labelled else _MINOR, _seconds(others)))
            return levels
        step = next((s for s in _DAY_STEPS if s * px_per_day >= 26), _DAY_STEPS[-1])
        days = np.arange(first, last + 1, dtype="datetime64[D]")
        day_numbers = (days - days.astype("datetime64[M]")).astype(np.int64) + 1
        to_next_month = ((days.astype("datetime64[M]") + np.timedelta64(1, "M")).astype("datetime64[D]") - days).astype(np.int64)
        # Day 1 is the month's own tick; skip days crowding the next month's.
        keep = (day_numbers != 1) & ((day_numbers - 1) % step == 0) & (to_next_month >= max(2, step // 2 + 1))
        return [(_MONTH_TITLES, _seconds(months)), (step * DAY, _seconds(days[keep]))]

    def tickStrings(self, values, scale, spacing):
        if spacing == _MINOR or not len(values):
            return ["" for _ in values]
        stamps = np.array([int(v) for v in values], dtype="datetime64[s]")
        if spacing >= YEAR * 0.99:
            return [str(int(y) + 1970) for y in stamps.astype("datetime64[Y]").astype(np.int64)]
        if spacing == _MONTH_LABELS:
            names = i18n.locale()  # month names in the interface language
            return [names.standaloneMonthName(int(m) % 12 + 1, QLocale.FormatType.ShortFormat)
                    for m in stamps.astype("datetime64[M]").astype(np.int64)]
        if spacing == _MONTH_TITLES:
            months = stamps.astype("datetime64[M]").astype(np.int64)
            words = display_locale()
            return [words.month(int(m) // 12 + 1970, int(m) % 12 + 1) for m in months]
        days = stamps.astype("datetime64[D]")
        return [str(int(d) + 1) for d in (days - days.astype("datetime64[M]")).astype(np.int64)]


class LaneAxis(pg.AxisItem):
    """The left axis: lane names. They do not change when the time axis zooms or
    pans, so on screen they are kept as a pixmap instead of being redrawn on
    every repaint; exports draw them as text again (SVG/PDF keep vector text).
    """

    def __init__(self, **kwargs):
        super().__init__("left", **kwargs)
        # Lanes have no unit to scale: no label rebuilt as rich text whenever the range moves.
        self.enableAutoSIPrefix(False)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setExportMode(self, export, opts=None):
        cache = QGraphicsItem.CacheMode.NoCache if export else QGraphicsItem.CacheMode.DeviceCoordinateCache
        self.setCacheMode(cache)
        return super().setExportMode(export, opts)
