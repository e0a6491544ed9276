"""Derived trade values: turnover, balance, year-on-year growth and shares.

Nothing here is stored in the dataset; it is computed per series from the
published rows. Series are never mixed: a *line* is one publisher series, one
reporter, one partner scope and one currency.

Only exact full-year rows count (empty ``period`` and ``qualifier``); a
(year, flow) given twice in one line is ambiguous and left out. The work is
done on plain arrays: the tables are small and a chart switch must stay fast.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import numpy as np
import pandas as pd

from .units import parse_unit

WORLD = "World"
FLOWS = ("export", "import", "turnover")


class TradeLine(NamedTuple):
    series: str
    reporter: str
    partner: str
    partner_scope: str
    currency: str

    @property
    def label(self) -> str:
        """'BNS · Kazakhstan ↔ EU (EU28 incl. UK), USD'"""
        return f"{self.series} · {self.reporter} ↔ {self.partner} ({self.partner_scope}), {self.currency}"


def with_money(trade: pd.DataFrame) -> pd.DataFrame:
    """Trade rows plus ``currency`` and ``value_bn`` (billions of that currency).

    Works on any frame with ``value`` and ``unit`` (indicators too: a unit
    that is not money, such as '%', gets an empty currency and NaN).
    """
    frame = trade.copy()
    units = frame["unit"].astype(str)
    parsed = {u: parse_unit(u) for u in units.unique()}
    frame["currency"] = units.map(lambda u: parsed[u].currency if parsed[u] else "")
    factor = units.map(lambda u: parsed[u].factor if parsed[u] else np.nan).astype(float)
    frame["value_bn"] = frame["value"].astype(float).to_numpy() * factor.to_numpy() / 1e9
    for column in ("period", "qualifier"):
        if column not in frame.columns:
            frame[column] = ""
    return frame


def text_column(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A column as an object array of stripped strings ('' where missing or absent)."""
    if column not in frame.columns:
        return np.full(len(frame), "", dtype=object)
    values = frame[column].astype(object)
    return np.array(["" if pd.isna(v) else str(v).strip() for v in values.tolist()], dtype=object)


def trade_lines(trade: pd.DataFrame) -> list[TradeLine]:
    """Every distinct line with a non-World partner, in a stable order."""
    frame = with_money(trade)
    frame = frame[frame["partner"].astype(str) != WORLD]
    keys = frame[["series", "reporter", "partner", "partner_scope", "currency"]].astype(str).drop_duplicates()
    keys = keys.sort_values(["series", "partner_scope", "reporter", "currency"], kind="stable")
    return [TradeLine(*row) for row in keys.itertuples(index=False)]


class MoneyRows:
    """``with_money`` rows as arrays, for repeated line lookups without pandas overhead."""

    def __init__(self, trade: pd.DataFrame, money: pd.DataFrame | None = None):
        money = with_money(trade) if money is None else money
        self.frame = money
        self.text = {c: text_column(money, c) for c in ("series", "reporter", "partner", "partner_scope", "flow", "period", "qualifier")}
        self.currency = text_column(money, "currency")
        self.year = money["year"].to_numpy(dtype=float)
        self.value_bn = money["value_bn"].to_numpy(dtype=float)
        self.exact = (self.text["period"] == "") & (self.text["qualifier"] == "")

    def line_mask(self, line: TradeLine, partner: str | None = None) -> np.ndarray:
        t = self.text
        mask = (t["series"] == line.series) & (t["reporter"] == line.reporter) & (self.currency == line.currency)
        if partner is None:
            return mask & (t["partner"] == line.partner) & (t["partner_scope"] == line.partner_scope)
        return mask & (t["partner"] == partner)

    def annual(self, mask: np.ndarray) -> dict[str, dict[int, float]]:
        """Exact full-year values by flow and year; a (year, flow) given twice is left out."""
        mask = mask & self.exact
        years = self.year[mask].astype(int).tolist()
        flows = self.text["flow"][mask].tolist()
        values = self.value_bn[mask].tolist()
        counts = Counter(zip(years, flows, strict=True))
        out: dict[str, dict[int, float]] = {flow: {} for flow in FLOWS}
        for year, flow, value in zip(years, flows, values, strict=True):
            if counts[(year, flow)] == 1 and flow in out:
                out[flow][year] = value
        return out


def annual_flows(trade: pd.DataFrame, line: TradeLine, rows: MoneyRows | None = None) -> pd.DataFrame:
    """Year-indexed exports, imports, turnover, balance, growth and share (billions, %).

    Columns: ``export``, ``import``, ``turnover`` (computed as export + import
    where not published; ``turnover_derived`` says so), ``balance`` (export −
    import), ``export_growth_pct``/``import_growth_pct``/``turnover_growth_pct``
    (against the previous calendar year, only where that year exists), and
    ``export_share_pct``/``import_share_pct``/``turnover_share_pct`` (of the
    reporter's trade with the World in the same series, where published).
    ``rows`` (a :class:`MoneyRows` of ``trade``) saves re-parsing on repeated calls.
    """
    rows = MoneyRows(trade) if rows is None else rows
    own = rows.annual(rows.line_mask(line))
    years = sorted(set().union(*(own[flow].keys() for flow in FLOWS)))
    columns = {flow: np.array([own[flow].get(y, np.nan) for y in years], dtype=float) for flow in FLOWS}
    derived = np.isnan(columns["turnover"]) & ~np.isnan(columns["export"]) & ~np.isnan(columns["import"])
    columns["turnover"] = np.where(derived, columns["export"] + columns["import"], columns["turnover"])
    result = {flow: columns[flow] for flow in FLOWS}
    result["turnover_derived"] = derived
    result["balance"] = columns["export"] - columns["import"]
    for flow in FLOWS:
        by_year = dict(zip(years, columns[flow].tolist(), strict=True))
        previous = np.array([by_year.get(y - 1, np.nan) for y in years], dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            result[f"{flow}_growth_pct"] = (columns[flow] / previous - 1.0) * 100.0
    world = _world_totals(rows, line)
    for flow in FLOWS:
        total = np.array([world[flow].get(y, np.nan) for y in years], dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            result[f"{flow}_share_pct"] = columns[flow] / total * 100.0
    frame = pd.DataFrame(result, index=pd.Index(np.array(years, dtype=int), name="year"))
    frame["turnover_derived"] = frame["turnover_derived"].astype(bool)
    return frame


def _world_totals(rows: MoneyRows, line: TradeLine) -> dict[str, dict[int, float]]:
    """Totals with the World: from the same series, else from its parent series.

    'BNS (EU27 derived)' takes its World totals from 'BNS': the derivation only
    removed the UK from the partner side. Turnover not published is export + import.
    """
    mask = rows.line_mask(line, partner=WORLD)
    if not mask.any() and " (" in line.series:
        mask = rows.line_mask(line._replace(series=line.series.split(" (")[0]), partner=WORLD)
    world = rows.annual(mask)
    for year in set(world["export"]) & set(world["import"]):
        world["turnover"].setdefault(year, world["export"][year] + world["import"][year])
    return world
