"""The chart catalogue: stable chart ids, and exactly the points each chart shows.

Qt-free. The Trade tab draws a chart from :class:`ChartData`, its data table
lists ``ChartData.frame`` and "Export data as CSV" writes that same frame, so
what is drawn, listed and exported cannot drift apart.

Rules the catalogue keeps (see data/README.md, "Trade and indicator conventions"):

- Money is shown in billions of its own currency; USD and EUR never share an
  axis (``axis`` is "left" or "right", each with one unit).
- A series is one publisher, one EU scope, one currency; its label says so.
- Only exact full-year figures (no ``period``, no ``qualifier``) are joined by
  lines or drawn as bars; approximate (>, <, ~), partial-year and cumulative
  figures are separate points (``exact`` is False) and say why in ``status``.
- A figure over several years (``period`` such as "2019–2023", e.g. growth
  since 2019) is never put on a year-on-year series: it is its own series,
  plotted at its end year, and its ``period`` names the span for the caption.
- A sum over several reporters says how many of them reported in
  ``coverage`` ("6/27": 6 of the 27 EU members, IMF DOTS mirror). Fewer than
  all is a partial sum: not ``exact``, and ``status`` says so, so a renderer
  draws it hollow with the tag; an empty ``coverage`` means not applicable.
- Derived values computed here (turnover where not published, balance,
  growth) say ``derived = "computed by kzeuviewer"`` and name the rows they
  come from in ``data_rows``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from .locale_format import format_number, translate
from .trade import FLOWS, MoneyRows, TradeLine, annual_flows, text_column, trade_lines, with_money
from .translatable import QT_TRANSLATE_NOOP

Style = Literal["bar", "line", "points"]
Axis = Literal["left", "right"]
COMPUTED = QT_TRANSLATE_NOOP("Charts", "computed by kzeuviewer")
KAZAKHSTAN, EU = "Kazakhstan", "EU"
# Publishers of one-off figures: never drawn as a connected line.
STATEMENT_SERIES = ("Official statements", "Press reports", "Third-party analysis")
# The first part of series labels: the window shows them translated ("Series" context), files keep them.
FLOW_NAMES = {
    "export": QT_TRANSLATE_NOOP("Series", "Exports"),
    "import": QT_TRANSLATE_NOOP("Series", "Imports"),
    "turnover": QT_TRANSLATE_NOOP("Series", "Turnover"),
    "balance": QT_TRANSLATE_NOOP("Series", "Balance"),
}
_SERIES_WORDS = (
    QT_TRANSLATE_NOOP("Series", "Exports growth"),
    QT_TRANSLATE_NOOP("Series", "Imports growth"),
    QT_TRANSLATE_NOOP("Series", "Turnover growth"),
    QT_TRANSLATE_NOOP("Series", "Balance (exports − imports)"),
    QT_TRANSLATE_NOOP("Series", "EU exports to Kazakhstan"),
)
# Units the charts write (money in billions of its currency); the window translates them, files keep them.
_UNIT_WORDS = (
    QT_TRANSLATE_NOOP("Units", "USD billion"),
    QT_TRANSLATE_NOOP("Units", "EUR billion"),
    QT_TRANSLATE_NOOP("Units", "KZT billion"),
)
# The ``measure`` of stated growth over several years: never drawn on a year-on-year series.
MULTI_YEAR_GROWTH = "growth over several years"

# Columns of a chart's frame, in order: the CSV export has exactly these.
# Between the words of a series label: "Exports · BNS · EU27" (flow, publisher, EU scope).
SERIES_SEPARATOR = " · "

FRAME_COLUMNS = [
    "series",
    "year",
    "value",
    "unit",
    "axis",
    "exact",
    "status",
    "period",
    "qualifier",
    "coverage",
    "measure",
    "publisher",
    "scope",
    "derived",
    "stated_by",
    "source_ids",
    "sources",
    "original_value",
    "original_unit",
    "data_rows",
    "note",
]


@dataclass(frozen=True)
class SeriesInfo:
    """How one series is drawn. ``measure`` groups bars into slots (exports left of imports)."""

    label: str
    style: Style
    axis: Axis
    unit: str
    measure: str
    publisher: str
    scope: str


@dataclass
class ChartData:
    """One chart as shown: its points (``frame``), series, axes and caption text."""

    chart_id: str
    title: str
    option: str | None
    frame: pd.DataFrame
    series: list[SeriesInfo]
    left_unit: str
    right_unit: str = ""
    log_default: bool = False
    note: str = ""

    @property
    def units_text(self) -> str:
        if self.right_unit:
            return translate("Captions", "{left} (upper panel); {right} (lower panel)").format(
                left=translate("Units", self.left_unit), right=translate("Units", self.right_unit))
        return translate("Units", self.left_unit)

    def source_ids(self) -> list[str]:
        """Distinct source ids of the points, in order of first appearance."""
        seen: dict[str, None] = {}
        for ids in self.frame["source_ids"].tolist():
            for sid in str(ids).split(";"):
                if sid.strip():
                    seen.setdefault(sid.strip(), None)
        return list(seen)

    def points_of(self, label: str) -> pd.DataFrame:
        return self.frame[self.frame["series"] == label]

    @property
    def monthly(self) -> bool:
        """True for a chart of months: its x axis counts time, not bar slots per year (see :func:`point_x`)."""
        return bool(len(self.frame)) and bool(is_month_period(self.frame["period"]).any())

    def x_positions(self) -> np.ndarray:
        """Where each point sits on the year axis (see :func:`point_x`)."""
        return point_x(self.frame)

    def year_bounds(self) -> tuple[int, int] | None:
        """The first and last year with a point; None for an empty chart."""
        if not len(self.frame):
            return None
        years = self.frame["year"]
        return int(years.min()), int(years.max())

    def visible_mask(self, x_range: tuple[float, float] | None, hidden_series=frozenset()) -> np.ndarray:
        """Which points a view shows: inside ``x_range`` (None: all) and of a series not hidden.

        A year's point sits at the year (its bar's centre), a month's at its
        middle; a point is shown when that position is in the range, so the
        years of an annual view are ``ceil(low)..floor(high)``.
        """
        mask = ~self.frame["series"].isin(list(hidden_series)).to_numpy(dtype=bool)
        if x_range is not None and len(self.frame):
            x = self.x_positions()
            mask &= (x >= x_range[0] - 1e-9) & (x <= x_range[1] + 1e-9)
        return mask

    def visible_frame(self, x_range: tuple[float, float] | None, hidden_series=frozenset()) -> pd.DataFrame:
        """Exactly the points a view shows, in the chart's order (what its table lists and its CSV holds)."""
        return self.frame[self.visible_mask(x_range, hidden_series)].reset_index(drop=True)


@dataclass(frozen=True)
class ChartSpec:
    """A catalogue entry. ``options`` lists the series one can choose (may be empty)."""

    chart_id: str
    title: str
    description: str
    build: Callable[[object, str | None], ChartData] = field(repr=False)
    options: Callable[[object], list[str]] = field(default=lambda dataset: [], repr=False)
    default_option: str | None = None
    log_default: bool = False

    def option_for(self, dataset, option: str | None) -> str | None:
        """The option to use: ``option`` if valid, else the default/first available; ValueError if unknown."""
        choices = self.options(dataset)
        if not choices:
            if option:
                raise ValueError(f"chart {self.chart_id!r} has no series to choose")
            return None
        if option is None:
            return self.default_option if self.default_option in choices else choices[0]
        if option not in choices:
            raise ValueError(f"unknown series {option!r} for chart {self.chart_id!r}; valid: {', '.join(choices)}")
        return option


class UnknownChartError(KeyError):
    def __init__(self, chart_id: str):
        super().__init__(chart_id)
        self.chart_id = chart_id

    def __str__(self) -> str:
        return f"unknown chart {self.chart_id!r}; valid charts: {', '.join(CHARTS)}"


# -- public API ------------------------------------------------------------------
def chart_ids() -> list[str]:
    return list(CHARTS)


def chart_spec(chart_id: str) -> ChartSpec:
    try:
        return CHARTS[chart_id]
    except KeyError:
        raise UnknownChartError(chart_id) from None


def build_chart(dataset, chart_id: str, option: str | None = None) -> ChartData:
    """The points of ``chart_id`` on ``dataset`` (``option``: the series to show, where the chart offers a choice)."""
    spec = chart_spec(chart_id)
    chosen = spec.option_for(dataset, option)
    data = spec.build(dataset, chosen)
    data.log_default = spec.log_default
    return data


def format_value(value: float, unit: str) -> str:
    """A value as the hover and table show it: enough digits to be exact to the data."""
    if value is None or pd.isna(value):
        return ""
    if unit == "%":
        decimals = len(f"{value:.5f}".rstrip("0").split(".")[1])
        return format_number(value, decimals) + " %"
    magnitude = abs(value)
    decimals = 1 if magnitude >= 100 else 3 if magnitude >= 0.1 else 4
    return f"{format_number(value, decimals)} {translate('Units', unit)}"


_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def is_month_period(periods: pd.Series) -> pd.Series:
    """True where ``period`` names one month ('YYYY-MM', as the Eurostat importer writes it)."""
    return periods.astype(str).str.match(_MONTH.pattern).fillna(False).astype(bool)


def point_x(frame: pd.DataFrame) -> np.ndarray:
    """Position on the year axis: the year (a bar's centre).

    On a chart of months (some ``period`` 'YYYY-MM') the axis counts time: a
    month sits at year + (month − ½)/12 and a figure for a whole year at its
    middle, year + ½.
    """
    x = frame["year"].to_numpy(dtype=float).copy()
    if len(frame):
        months = is_month_period(frame["period"]).to_numpy(dtype=bool)
        if months.any():
            month = frame["period"][months].astype(str).str[5:7].astype(int).to_numpy()
            x[months] += (month - 0.5) / 12
            x[~months] += 0.5
    return x


# -- per-dataset preparation -------------------------------------------------------
class _Table:
    """One table (trade or indicators) as arrays: text columns, year, value, value in billions."""

    TEXT = ("series", "flow", "indicator", "unit", "reporter", "partner", "partner_scope", "period", "qualifier",
            "coverage", "derived", "stated_by", "source_ids", "note", "currency")

    def __init__(self, money: pd.DataFrame, filename: str):
        self.filename = filename
        self.text = {c: text_column(money, c) for c in self.TEXT}
        self.year = money["year"].to_numpy(dtype=float).astype(int) if len(money) else np.empty(0, dtype=int)
        self.value = money["value"].to_numpy(dtype=float) if len(money) else np.empty(0)
        self.value_bn = money["value_bn"].to_numpy(dtype=float) if len(money) else np.empty(0)
        self.line = money["line"].to_numpy(dtype=int) if "line" in money.columns else np.zeros(len(money), dtype=int)

    def __len__(self) -> int:
        return len(self.year)

    def __getitem__(self, column: str) -> np.ndarray:
        return self.text[column]


class _Prepared:
    """What every chart of one dataset needs, computed once: arrays, source names, flows per line."""

    def __init__(self, dataset):
        # The trade table, not the dataset: this is the value of a weak dictionary keyed by the dataset,
        # and a reference back to its key would keep every dataset ever charted in memory.
        self.trade_table = dataset.trade
        self.trade_rows = MoneyRows(dataset.trade)
        self.trade = _Table(self.trade_rows.frame, "trade.csv")
        self.indicators = _Table(with_money(dataset.indicators), "indicators.csv")
        sources = dataset.sources
        ids, publishers, titles = (text_column(sources, c) for c in ("source_id", "publisher", "title"))
        self.source_names = {sid: (f"{pub}: {title}" if pub else title) for sid, pub, title in zip(ids, publishers, titles, strict=True)}
        self._flows: dict[TradeLine, pd.DataFrame] = {}
        self._kz_eu_lines: list[TradeLine] | None = None

    def flows(self, line: TradeLine) -> pd.DataFrame:
        if line not in self._flows:
            self._flows[line] = annual_flows(self.trade_table, line, self.trade_rows)
        return self._flows[line]

    def describe_sources(self, source_ids: str) -> str:
        ids = [s.strip() for s in str(source_ids).split(";") if s.strip()]
        return " | ".join(self.source_names.get(s, s) for s in ids)

    def kz_eu_lines(self) -> list[TradeLine]:
        """Lines with Kazakhstan reporting on the EU from publishers of annual statistics.

        Within a publisher, the scope covering the earlier years comes first
        (BNS: EU28 incl. UK 2018–22, then EU27 2023).
        """
        if self._kz_eu_lines is None:
            lines = [
                line for line in (trade_lines(self.trade_table) if len(self.trade) else [])
                if line.reporter == KAZAKHSTAN and line.partner == EU and line.series not in STATEMENT_SERIES
            ]
            t = self.trade
            publishers = list(dict.fromkeys(line.series for line in lines))

            def first_year(line: TradeLine) -> int:
                mask = (t["series"] == line.series) & (t["partner_scope"] == line.partner_scope) & (t["partner"] == line.partner)
                return int(t.year[mask].min()) if mask.any() else 0

            self._kz_eu_lines = sorted(lines, key=lambda line: (publishers.index(line.series), first_year(line)))
        return self._kz_eu_lines


_PREPARED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _prepared(dataset) -> _Prepared:
    prepared = _PREPARED.get(dataset)
    if prepared is None:
        prepared = _PREPARED[dataset] = _Prepared(dataset)
    return prepared


# -- helpers: rows to points ---------------------------------------------------------
_YEAR_SPAN = re.compile(r"\d{4}\s*[–-]\s*\d{4}")


def is_year_span(period: str) -> bool:
    """True for a period of several whole years, such as '2019–2023' (growth since 2019, stated in 2023)."""
    return bool(_YEAR_SPAN.fullmatch(period.strip()))


def coverage_counts(coverage: str) -> tuple[int, int] | None:
    """'6/27' -> (6, 27): how many reporters of how many a summed value covers; None if not stated."""
    reported, _, total = coverage.partition("/")
    if reported.strip().isdigit() and total.strip().isdigit():
        return int(reported), int(total)
    return None


def _is_partial(coverage: str) -> bool:
    counts = coverage_counts(coverage)
    return bool(counts) and counts[0] < counts[1]


def _status(period: str, qualifier: str, coverage: str = "") -> str:
    """Why a point is not an exact full-year figure ('' if it is)."""
    parts = []
    if qualifier == ">":
        parts.append("more than (lower bound)")
    elif qualifier == "<":
        parts.append("less than (upper bound)")
    elif qualifier == "~":
        parts.append("approximate")
    elif qualifier:
        parts.append(f"qualifier {qualifier}")
    if period:
        lowered = period.lower()
        if "cumulative" in lowered:
            parts.append(f"cumulative: {period}")
        elif "as stated" in lowered or "as of" in lowered:
            parts.append(period)
        elif is_year_span(period):
            parts.append(f"over several years: {period}, not year on year")
        else:
            parts.append(f"part of the year: {period}")
    counts = coverage_counts(coverage)
    if counts and counts[0] < counts[1]:
        parts.append(f"partial coverage: {counts[0]} of {counts[1]} reporters")
    return "; ".join(parts)


def _monthly_rows(table: _Table) -> np.ndarray:
    """Rows of one month ('YYYY-MM'): shown on the monthly chart only, never as a loose point of a year."""
    return is_month_period(pd.Series(table["period"], dtype=object)).to_numpy(dtype=bool)


def _money_unit(currency: str) -> str:
    return f"{currency} billion"


def _points(
    prep: _Prepared,
    table: _Table,
    mask: np.ndarray,
    label: Callable[[dict], str],
    *,
    axis_of: Callable[[dict], Axis] = lambda r: "left",
    measure_of: Callable[[dict], str] = lambda r: r["flow"] or r["indicator"],
) -> pd.DataFrame:
    """Published rows (trade or indicators) as chart points, money in billions of its currency."""
    records = []
    for i in np.flatnonzero(mask).tolist():
        rec = {c: table.text[c][i] for c in _Table.TEXT}
        is_money = bool(rec["currency"])
        status = _status(rec["period"], rec["qualifier"], rec["coverage"])
        records.append({
            "series": label(rec),
            "year": int(table.year[i]),
            "value": float(table.value_bn[i] if is_money else table.value[i]),
            "unit": _money_unit(rec["currency"]) if is_money else rec["unit"],
            "axis": axis_of(rec),
            "exact": not status,
            "status": status,
            "period": rec["period"],
            "qualifier": rec["qualifier"],
            "coverage": rec["coverage"],
            "measure": measure_of(rec),
            "publisher": rec["series"],
            "scope": rec["partner_scope"],
            "derived": rec["derived"] or "no",
            "stated_by": rec["stated_by"],
            "source_ids": rec["source_ids"],
            "sources": prep.describe_sources(rec["source_ids"]),
            "original_value": float(table.value[i]),
            "original_unit": rec["unit"],
            "data_rows": f"{table.filename}:{int(table.line[i])}",
            "note": rec["note"],
        })
    return pd.DataFrame.from_records(records, columns=FRAME_COLUMNS) if records else _empty_frame()


def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in FRAME_COLUMNS})


def _finish(frames: list[pd.DataFrame], styles: dict[str, Style]) -> tuple[pd.DataFrame, list[SeriesInfo]]:
    """Concatenate point frames (series order kept), type the columns, describe the series."""
    frames = [f for f in frames if not f.empty]
    if not frames:
        return _empty_frame(), []
    frame = pd.concat(frames, ignore_index=True)
    frame = frame.astype({"year": "int64", "value": "float64", "exact": "bool", "original_value": "float64"})
    firsts = frame.drop_duplicates("series")
    series = [
        SeriesInfo(r["series"], styles.get(r["series"], "points"), r["axis"], r["unit"], r["measure"], r["publisher"], r["scope"])
        for r in firsts.to_dict("records")
    ]
    order = {s.label: i for i, s in enumerate(series)}
    keys = np.lexsort((~frame["exact"].to_numpy(), frame["year"].to_numpy(), frame["series"].map(order).to_numpy()))
    frame = frame.iloc[keys].reset_index(drop=True)
    return frame[FRAME_COLUMNS], series


def _styles(frame: pd.DataFrame, statistical: Style = "line") -> dict[str, Style]:
    """Statistical series as lines (or bars); statements and press figures as points."""
    if frame.empty:
        return {}
    pairs = frame[["series", "publisher"]].drop_duplicates().itertuples(index=False)
    return {label: "points" if publisher in STATEMENT_SERIES else statistical for label, publisher in pairs}


def _units_of(frame: pd.DataFrame, axis: Axis) -> str:
    units = frame.loc[frame["axis"] == axis, "unit"].unique().tolist() if len(frame) else []
    if len(units) > 1:
        # A bug, not a data problem: the builders must keep one unit per axis.
        raise AssertionError(f"axis {axis} would mix units {units}")
    return units[0] if units else ""


def _currency_axis(rec: dict) -> Axis:
    return "right" if rec.get("currency") == "EUR" else "left"


def _scope_suffix(scope: str) -> str:
    return f" · {scope}" if scope else ""


def _kz_eu_series_options(dataset) -> list[str]:
    return list(dict.fromkeys(line.series for line in _prepared(dataset).kz_eu_lines()))


def _computed_points(prep: _Prepared, line: TradeLine, column: str, measure: str, unit: str, label: str) -> pd.DataFrame:
    """Values of ``annual_flows`` for one line (flows, balance, growth) as points naming their rows."""
    flows = prep.flows(line)
    if column not in flows.columns or flows.empty:
        return _empty_frame()
    t = prep.trade
    in_line = prep.trade_rows.line_mask(line) & prep.trade_rows.exact
    index = {(int(t.year[i]), t["flow"][i]): i for i in np.flatnonzero(in_line).tolist()}
    base_flow = column.split("_")[0]
    records = []
    for year, value in zip(flows.index.tolist(), flows[column].tolist(), strict=True):
        if value is None or np.isnan(value):
            continue
        published = index.get((year, column)) if column in FLOWS else None
        if published is not None:
            used, derived = [published], t["derived"][published] or "no"
        elif column.endswith("growth_pct"):
            used, derived = [index[k] for k in ((year - 1, base_flow), (year, base_flow)) if k in index], COMPUTED
        else:  # balance, or turnover computed from exports and imports
            used, derived = [index[k] for k in ((year, "export"), (year, "import")) if k in index], COMPUTED
        source_ids = ";".join(dict.fromkeys(s for i in used for s in t["source_ids"][i].split(";") if s))
        # A sum over fewer reporters than all (IMF DOTS mirror) stays partial in every value computed from it.
        partial = [t["coverage"][i] for i in used if _is_partial(t["coverage"][i])]
        coverage = t["coverage"][published] if published is not None else (partial[0] if partial else "")
        status = _status("", "", coverage) if published is not None or not partial else f"computed from partial coverage: {partial[0]} reporters"
        records.append({
            "series": label,
            "year": int(year),
            "value": float(value),
            "unit": unit,
            "axis": "left",
            "exact": not status,
            "status": status,
            "period": "",
            "qualifier": "",
            "coverage": coverage,
            "measure": measure,
            "publisher": line.series,
            "scope": line.partner_scope,
            "derived": derived,
            "stated_by": "",
            "source_ids": source_ids,
            "sources": prep.describe_sources(source_ids),
            "original_value": float(t.value[published]) if published is not None else np.nan,
            "original_unit": t["unit"][published] if published is not None else "",
            "data_rows": ";".join(f"trade.csv:{int(t.line[i])}" for i in used),
            "note": _computed_note(column) if derived == COMPUTED else (t["note"][published] if published is not None else ""),
        })
    return pd.DataFrame.from_records(records, columns=FRAME_COLUMNS) if records else _empty_frame()


def _computed_note(column: str) -> str:
    if column == "balance":
        return translate("Charts", "Exports minus imports of the same series, year and EU scope.")
    if column.endswith("growth_pct"):
        return translate("Charts", "Change on the previous calendar year of the same series and EU scope.")
    return translate("Charts", "Exports plus imports of the same series, year and EU scope (turnover not published).")


# -- chart builders ---------------------------------------------------------------
def _lines_of(prep: _Prepared, option: str | None) -> list[TradeLine]:
    return [line for line in prep.kz_eu_lines() if line.series == option]


def _build_kz_eu_trade(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    frames, styles = [], {}
    for line in _lines_of(prep, option):
        unit = _money_unit(line.currency)
        for flow, style in (("export", "bar"), ("import", "bar"), ("turnover", "line")):
            label = f"{FLOW_NAMES[flow]} · {line.series} · {line.partner_scope}"
            points = _computed_points(prep, line, flow, flow, unit, label)
            if not points.empty:
                frames.append(points)
                styles[label] = style
    frame, series = _finish(frames, styles)
    return ChartData(
        "kz-eu-trade", translate("Charts", "Kazakhstan's trade with the EU — {option}").format(option=option), option, frame, series, _units_of(frame, "left"),
        note=translate("Charts", "Reported by Kazakhstan. Each EU scope is its own series."),
    )


def _build_balance(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    frames, styles = [], {}
    for line in _lines_of(prep, option):
        label = f"Balance (exports − imports) · {line.series} · {line.partner_scope}"
        points = _computed_points(prep, line, "balance", "balance", _money_unit(line.currency), label)
        if not points.empty:
            frames.append(points)
            styles[label] = "bar"
    left_units = {u for f in frames for u in f["unit"].unique()}

    def axis(rec: dict) -> Axis:
        # A stated balance shares the left axis only if it is in the same currency.
        unit = _money_unit(rec["currency"]) if rec["currency"] else rec["unit"]
        return "left" if not left_units or unit in left_units else "right"

    ind = prep.indicators
    stated = np.char.startswith(ind["indicator"].astype(str), "Trade balance") if len(ind) else np.zeros(0, bool)
    frames.append(_points(
        prep, ind, stated, lambda r: f"{r['indicator']} · {r['series']}{_scope_suffix(r['partner_scope'])} ({r['currency'] or r['unit']})",
        axis_of=axis, measure_of=lambda r: "balance (stated)",
    ))
    frame, series = _finish(frames, styles)
    return ChartData(
        "kz-eu-balance", translate("Charts", "Kazakhstan's trade balance with the EU — {option}").format(option=option), option, frame, series,
        _units_of(frame, "left"), _units_of(frame, "right"),
        note=translate("Charts", "Positive: Kazakhstan exports more to the EU than it imports. Stated figures in another currency are in their own panel below."),
    )


_TRADE_GROWTH_PREFIXES = ("Trade turnover growth", "KZ exports to EU growth", "KZ imports from")


def _indicator_mask(prep: _Prepared, test: Callable[[str], bool], unit: str | None = None) -> np.ndarray:
    ind = prep.indicators
    names = ind["indicator"]
    mask = np.array([test(name) for name in names.tolist()], dtype=bool)
    if unit is not None:
        mask &= ind["unit"] == unit
    return mask


def _build_growth(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    frames, styles = [], {}
    for line in _lines_of(prep, option):
        for flow in FLOWS:
            label = f"{FLOW_NAMES[flow]} growth · {line.series} · {line.partner_scope}"
            points = _computed_points(prep, line, f"{flow}_growth_pct", f"{flow} growth", "%", label)
            if not points.empty:
                frames.append(points)
                styles[label] = "line"
    growth = _indicator_mask(prep, lambda n: n.startswith(_TRADE_GROWTH_PREFIXES), "%")
    spans = np.array([is_year_span(p) for p in prep.indicators["period"].tolist()], dtype=bool)
    stated = _points(
        prep, prep.indicators, growth & ~spans,
        lambda r: f"{r['indicator']} · {r['series']}{_scope_suffix(r['partner_scope'])}", measure_of=lambda r: r["indicator"],
    )
    # Growth over several years (e.g. 2019–2023) is never a year-on-year point: its own series, named with its span.
    multi_year = _points(
        prep, prep.indicators, growth & spans,
        lambda r: f"{r['indicator']} · {r['series']}{_scope_suffix(r['partner_scope'])} ({r['period']})",
        measure_of=lambda r: MULTI_YEAR_GROWTH,
    )
    frames += [stated, multi_year]
    styles.update(_styles(stated))
    styles.update({label: "points" for label in multi_year["series"].unique()})
    frame, series = _finish(frames, styles)
    return ChartData(
        "kz-eu-growth", translate("Charts", "Year-on-year growth of Kazakhstan–EU trade — {option}").format(option=option), option, frame, series, "%",
        note=translate("Charts", "Lines: computed from full-year figures of one series and scope. Points: growth rates as stated (some on part of a year); growth over several years is its own series, at its end year, tagged with its span (e.g. 2019–2023)."),
    )


def _build_eu_share(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    frame = _points(
        prep, prep.indicators, _indicator_mask(prep, lambda n: n.startswith("EU share of KZ")),
        lambda r: f"{r['indicator'].replace('EU share of KZ ', 'Share of ')} · {r['series']}{_scope_suffix(r['partner_scope'])}",
        measure_of=lambda r: r["indicator"],
    )
    frame, series = _finish([frame], _styles(frame))
    return ChartData(
        "eu-share", translate("Charts", "The EU's share of Kazakhstan's foreign trade"), None, frame, series, "%",
        note=translate("Charts", "Share of Kazakhstan's trade with all countries. EU28 (with the UK) and EU27 shares are separate series."),
    )


def _build_eu_exports_eur(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    t = prep.trade
    # Monthly rows belong to the monthly chart: here they would be loose "part of the year" points.
    mask = (t["reporter"] == EU) & (t["partner"] == KAZAKHSTAN) & (t["flow"] == "export") & ~_monthly_rows(t)
    frame = _points(
        prep, t, mask, lambda r: f"EU exports to Kazakhstan · {r['series']} · {r['partner_scope']} ({r['currency']})",
        # EUR on the left: this chart is about the Eurostat series; USD (IMF mirror) on the right.
        axis_of=lambda r: "left" if r["currency"] == "EUR" else "right", measure_of=lambda r: "EU exports to Kazakhstan",
    )
    styles = _styles(frame)
    for label in styles:
        if label.startswith("EU exports to Kazakhstan · Eurostat · EU27"):
            styles[label] = "bar"
    frame, series = _finish([frame], styles)
    return ChartData(
        "eu-exports-eur", translate("Charts", "EU exports to Kazakhstan (EU-reported, EUR; IMF mirror in USD)"), None, frame, series,
        _units_of(frame, "left"), _units_of(frame, "right"),
        note=translate("Charts", "EUR above (Eurostat and EU statements); USD below (sum of EU members' reports to the IMF). Currencies are never converted."),
    )


_COMPARE_NAMES = {
    "export": ("compare-exports", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's exports to the EU")),
    "import": ("compare-imports", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's imports from the EU")),
    "turnover": ("compare-turnover", QT_TRANSLATE_NOOP("Charts", "Kazakhstan–EU trade turnover")),
}
_MIRRORED = {"export": "import", "import": "export", "turnover": "turnover"}
_EU_VIEW = {"export": "EU exports to KZ", "import": "EU imports from KZ", "turnover": "EU-reported turnover"}


def _build_compare(flow: str) -> Callable[[object, str | None], ChartData]:
    """One flow of Kazakhstan–EU trade as every publisher states it; the EU's view on the mirrored flow."""
    chart_id, name = _COMPARE_NAMES[flow]

    def label(r: dict) -> str:
        if r["reporter"] == EU:
            return f"{_EU_VIEW[r['flow']]} · {r['series']} · {r['partner_scope']} ({r['currency']})"
        return f"{r['series']} · {r['partner_scope']} ({r['currency']})"

    def build(dataset, option: str | None) -> ChartData:
        prep = _prepared(dataset)
        t = prep.trade
        kz_side = np.isin(t["reporter"], [KAZAKHSTAN, "Press"]) & ~np.isin(t["partner"], ["World", "United Kingdom"]) & (t["flow"] == flow)
        eu_side = (t["reporter"] == EU) & (t["partner"] == KAZAKHSTAN) & (t["flow"] == _MIRRORED[flow])
        frame = _points(prep, t, (kz_side | eu_side) & ~_monthly_rows(t), label, axis_of=_currency_axis, measure_of=lambda r: flow)
        frame, series = _finish([frame], _styles(frame))
        return ChartData(
            chart_id, translate("Charts", "{name}: publishers and EU scopes compared").format(name=translate("Charts", name)), None, frame, series,
            _units_of(frame, "left"), _units_of(frame, "right"),
            note=translate("Charts", "Each publisher and EU scope is its own series; EU-reported figures are the mirror flow. USD above, EUR below."),
        )

    return build


def _build_investment(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    wanted = {"FDI from the EU", "Investment from the EU", "Total FDI inflow into Kazakhstan"}
    frame = _points(
        prep, prep.indicators, _indicator_mask(prep, lambda n: n in wanted),
        lambda r: f"{r['indicator']} · {r['series']} ({r['currency'] or r['unit']})",
        axis_of=_currency_axis, measure_of=lambda r: r["indicator"],
    )
    frame, series = _finish([frame], {})  # all points: these figures are not a series over time
    return ChartData(
        "eu-investment", translate("Charts", "Investment from the EU in Kazakhstan (stated figures)"), None, frame, series,
        _units_of(frame, "left"), _units_of(frame, "right"),
        note=translate("Charts", "Points, not lines: annual, part-year and cumulative figures from different statements. USD above, EUR below."),
    )


def _build_investment_percent(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    growth = {"FDI from the EU growth (stated)", "Investment from the EU growth (stated)"}
    shares = ("EU share of FDI", "EU share of investment")
    frame = _points(
        prep, prep.indicators, _indicator_mask(prep, lambda n: n.startswith(shares) or n in growth),
        lambda r: f"{r['indicator']} · {r['series']}", measure_of=lambda r: r["indicator"],
    )
    frame, series = _finish([frame], {})
    return ChartData(
        "eu-investment-share", translate("Charts", "The EU's share of investment in Kazakhstan, and stated investment growth"), None, frame, series, "%",
        note=translate("Charts", "Shares on different bases (FDI flows, FDI stock, cumulative, 'investment' without saying FDI) as stated; growth rates as stated."),
    )


def _build_partner_totals(partner: str, chart_id: str, title: str, note: str) -> Callable[[object, str | None], ChartData]:
    def build(dataset, option: str | None) -> ChartData:
        prep = _prepared(dataset)
        t = prep.trade
        frame = _points(
            prep, t, (t["reporter"] == KAZAKHSTAN) & (t["partner"] == partner),
            lambda r: f"{FLOW_NAMES.get(r['flow'], r['flow'])} · {r['series']} ({r['currency']})", axis_of=_currency_axis,
        )
        frame, series = _finish([frame], _styles(frame))
        return ChartData(chart_id, translate("Charts", title), None, frame, series, _units_of(frame, "left"),
                         _units_of(frame, "right"), note=translate("Charts", note))

    return build


def _build_mirror_gap(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    frame = _points(
        prep, prep.indicators, _indicator_mask(prep, lambda n: n.startswith("Mirror gap")),
        lambda r: f"{r['indicator']} · {r['series']}", measure_of=lambda r: r["indicator"],
    )
    frame, series = _finish([frame], {})
    return ChartData(
        "mirror-gap", translate("Charts", "Mirror gap: EU-reported exports vs Kazakhstan-reported imports"), None, frame, series, "%",
        note=translate("Charts", "As computed by a third party (currencies differ between the two sides)."),
    )


CHARTS: dict[str, ChartSpec] = {
    spec.chart_id: spec
    for spec in (
        ChartSpec("kz-eu-trade", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's exports to, imports from and turnover with the EU"),
                  QT_TRANSLATE_NOOP("Charts", "Exports and imports as bars, turnover as a line, as far as the publisher gives them."),
                  _build_kz_eu_trade, _kz_eu_series_options, "BNS"),
        ChartSpec("kz-eu-balance", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's trade balance with the EU"),
                  QT_TRANSLATE_NOOP("Charts", "Exports minus imports for one publisher series, with stated balances."),
                  _build_balance, _kz_eu_series_options, "BNS"),
        ChartSpec("kz-eu-growth", QT_TRANSLATE_NOOP("Charts", "Year-on-year growth of Kazakhstan–EU trade (%)"),
                  QT_TRANSLATE_NOOP("Charts", "Computed growth of one publisher series, with stated growth rates."),
                  _build_growth, _kz_eu_series_options, "BNS"),
        ChartSpec("eu-share", QT_TRANSLATE_NOOP("Charts", "The EU's share of Kazakhstan's foreign trade (%)"),
                  QT_TRANSLATE_NOOP("Charts", "Published and stated shares of the EU in Kazakhstan's trade."), _build_eu_share),
        ChartSpec("eu-exports-eur", QT_TRANSLATE_NOOP("Charts", "EU exports to Kazakhstan (Eurostat, EUR)"),
                  QT_TRANSLATE_NOOP("Charts", "EU-reported exports in EUR on their own axis; the IMF mirror in USD."), _build_eu_exports_eur),
        ChartSpec("compare-exports", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's exports to the EU: publishers compared"),
                  QT_TRANSLATE_NOOP("Charts", "BNS vs IMF DOTS vs statements, EU27 vs EU28 incl. UK."), _build_compare("export")),
        ChartSpec("compare-imports", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's imports from the EU: publishers compared"),
                  QT_TRANSLATE_NOOP("Charts", "BNS vs statements, and the EU's own export figures."), _build_compare("import")),
        ChartSpec("compare-turnover", QT_TRANSLATE_NOOP("Charts", "Kazakhstan–EU trade turnover: publishers compared"),
                  QT_TRANSLATE_NOOP("Charts", "BNS vs statements and press, EU27 vs EU28 incl. UK."), _build_compare("turnover")),
        ChartSpec("eu-investment", QT_TRANSLATE_NOOP("Charts", "Investment from the EU (stated figures)"),
                  QT_TRANSLATE_NOOP("Charts", "FDI and investment figures as points; annual, part-year and cumulative."),
                  _build_investment, log_default=True),
        ChartSpec("eu-investment-share", QT_TRANSLATE_NOOP("Charts", "EU share of investment and stated investment growth (%)"),
                  QT_TRANSLATE_NOOP("Charts", "Shares of FDI on the bases stated, and stated growth."), _build_investment_percent),
        ChartSpec("uk-trade", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's trade with the United Kingdom"),
                  QT_TRANSLATE_NOOP("Charts", "The UK rows: the difference between EU28 and EU27."),
                  _build_partner_totals("United Kingdom", "uk-trade", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's trade with the United Kingdom"),
                                        QT_TRANSLATE_NOOP("Charts", "Included in BNS 'EU countries' for 2018–2022; never part of the IMF and Eurostat EU27 rows."))),
        ChartSpec("kz-world-trade", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's trade with all countries"),
                  QT_TRANSLATE_NOOP("Charts", "Kazakhstan's totals: the base of the EU shares."),
                  _build_partner_totals("World", "kz-world-trade", QT_TRANSLATE_NOOP("Charts", "Kazakhstan's trade with all countries"),
                                        QT_TRANSLATE_NOOP("Charts", "Kazakhstan's totals with the World, used for the EU shares."))),
        ChartSpec("mirror-gap", QT_TRANSLATE_NOOP("Charts", "Mirror gap: EU-reported exports vs Kazakhstan-reported imports (%)"),
                  QT_TRANSLATE_NOOP("Charts", "The gap between the two sides' records, as computed by a third party."), _build_mirror_gap),
    )
}


# -- Eurostat monthly ----------------------------------------------------------------
# Monthly rows carry ``period`` 'YYYY-MM' (see data/README.md); the Trade tab places
# a monthly point at its month, e.g. x = year + (month - 0.5) / 12.
_MONTH_PERIOD = r"^\d{4}-(0[1-9]|1[0-2])$"


def _build_eu_exports_monthly(dataset, option: str | None) -> ChartData:
    prep = _prepared(dataset)
    t = prep.trade
    monthly = ((t["reporter"] == EU) & (t["partner"] == KAZAKHSTAN) & (t["flow"] == "export") & (t["currency"] == "EUR")
               & pd.Series(t["period"], dtype=object).str.match(_MONTH_PERIOD).fillna(False).to_numpy(dtype=bool))
    months = _points(
        prep, t, monthly, lambda r: f"EU exports to Kazakhstan by month · {r['series']} · {r['partner_scope']} (EUR)",
        measure_of=lambda r: "EU exports to Kazakhstan (month)",
    )
    if not months.empty:
        months["status"] = "one month: " + months["period"]
        months = months.sort_values("period", kind="stable").reset_index(drop=True)  # kept within each year
    # Calendar-year sums only where all twelve months of one series and scope are there, once each.
    sums = []
    for (label, year), group in months.groupby(["series", "year"], sort=False) if not months.empty else []:
        if len(group) != 12 or group["period"].nunique() != 12:
            continue
        first = group.iloc[0]
        ids = ";".join(dict.fromkeys(s for ids in group["source_ids"] for s in str(ids).split(";") if s))
        sums.append({
            **{c: first[c] for c in ("unit", "axis", "publisher", "scope", "original_unit")},
            "series": label.replace("by month", "sum of 12 months"), "year": int(year),
            "value": float(group["value"].sum()), "exact": True, "status": "", "period": "", "qualifier": "",
            "measure": "EU exports to Kazakhstan (sum of 12 months)", "derived": COMPUTED, "stated_by": "",
            "source_ids": ids, "sources": prep.describe_sources(ids),
            "original_value": float(group["original_value"].sum()),
            "data_rows": ";".join(group["data_rows"]),
            "note": f"Sum of the 12 monthly values of {year}, computed by kzeuviewer; shown only for complete years.",
        })
    frames = [months, pd.DataFrame.from_records(sums, columns=FRAME_COLUMNS) if sums else _empty_frame()]
    styles = {label: "line" for label in months["series"].unique()} if not months.empty else {}
    styles.update({s["series"]: "points" for s in sums})
    frame, series = _finish(frames, styles)
    return ChartData(
        "eu-exports-monthly", translate("Charts", "Eurostat monthly: EU exports to Kazakhstan (EUR)"), None, frame, series,
        _units_of(frame, "left"),
        note=translate("Charts", "One point per month (period YYYY-MM), EUR. Calendar-year sums only for years with all 12 months; a part year is never shown as a year."),
    )


CHARTS["eu-exports-monthly"] = ChartSpec(
    "eu-exports-monthly", QT_TRANSLATE_NOOP("Charts", "Eurostat monthly: EU exports to Kazakhstan (EUR)"),
    QT_TRANSLATE_NOOP("Charts", "EU exports to Kazakhstan month by month, with sums for complete years only."), _build_eu_exports_monthly,
)
