"""Derived trade values: turnover, balance, year-on-year growth and shares.

Nothing here is stored in the dataset; it is computed per series from the
published rows. Series are never mixed: a *line* is one publisher series, one
reporter, one partner scope and one currency.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from .units import parse_unit

WORLD = "World"


class TradeLine(NamedTuple):
    series: str
    reporter: str
    partner: str
    partner_scope: str
    currency: str

    @property
    def label(self) -> str:
        """'BNS · Kazakhstan → EU (EU28 incl. UK), USD'"""
        return f"{self.series} · {self.reporter} ↔ {self.partner} ({self.partner_scope}), {self.currency}"


def with_money(trade: pd.DataFrame) -> pd.DataFrame:
    """Trade rows plus ``currency`` and ``value_bn`` (billions of that currency)."""
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


def trade_lines(trade: pd.DataFrame) -> list[TradeLine]:
    """Every distinct line with a non-World partner, in a stable order."""
    frame = with_money(trade)
    frame = frame[frame["partner"].astype(str) != WORLD]
    keys = frame[["series", "reporter", "partner", "partner_scope", "currency"]].astype(str).drop_duplicates()
    keys = keys.sort_values(["series", "partner_scope", "reporter", "currency"], kind="stable")
    return [TradeLine(*row) for row in keys.itertuples(index=False)]


def _line_rows(frame: pd.DataFrame, line: TradeLine, partner: str | None = None) -> pd.DataFrame:
    mask = (
        (frame["series"].astype(str) == line.series)
        & (frame["reporter"].astype(str) == line.reporter)
        & (frame["currency"] == line.currency)
    )
    if partner is None:
        mask &= (frame["partner"].astype(str) == line.partner) & (frame["partner_scope"].astype(str) == line.partner_scope)
    else:
        mask &= frame["partner"].astype(str) == partner
    return frame[mask]


def _annual(rows: pd.DataFrame) -> pd.DataFrame:
    """Full-year, exact rows as year × flow; a (year, flow) given twice is left out."""
    rows = rows[(rows["period"].astype(str) == "") & (rows["qualifier"].astype(str) == "")]
    counts = rows.groupby(["year", "flow"], observed=True).size()
    unique_keys = counts[counts == 1].index
    rows = rows.set_index(["year", "flow"]).loc[lambda f: f.index.isin(unique_keys)]
    wide = rows["value_bn"].unstack("flow")
    return wide.reindex(columns=["export", "import", "turnover"])


def annual_flows(trade: pd.DataFrame, line: TradeLine) -> pd.DataFrame:
    """Year-indexed exports, imports, turnover, balance, growth and share (billions, %).

    Columns: ``export``, ``import``, ``turnover`` (computed as export + import
    where not published; ``turnover_derived`` says so), ``balance`` (export −
    import), ``export_growth_pct``/``import_growth_pct``/``turnover_growth_pct``
    (against the previous calendar year, only where that year exists), and
    ``export_share_pct``/``import_share_pct``/``turnover_share_pct`` (of the
    reporter's trade with the World in the same series, where published).
    """
    frame = with_money(trade)
    wide = _annual(_line_rows(frame, line)).astype(float)
    wide.index = wide.index.astype(int)
    derived = wide["turnover"].isna() & wide["export"].notna() & wide["import"].notna()
    wide.loc[derived, "turnover"] = wide.loc[derived, "export"] + wide.loc[derived, "import"]
    wide["turnover_derived"] = derived
    wide["balance"] = wide["export"] - wide["import"]
    years = wide.index.to_numpy()
    for flow in ("export", "import", "turnover"):
        previous = wide[flow].reindex(years - 1).to_numpy()
        wide[f"{flow}_growth_pct"] = (wide[flow].to_numpy() / previous - 1.0) * 100.0
    world = _annual(_world_rows(frame, line)).astype(float)
    world.index = world.index.astype(int)
    if "turnover" in world:
        missing = world["turnover"].isna()
        world.loc[missing, "turnover"] = world.loc[missing, "export"] + world.loc[missing, "import"]
    for flow in ("export", "import", "turnover"):
        total = world[flow].reindex(years).to_numpy() if flow in world else np.full(len(years), np.nan)
        wide[f"{flow}_share_pct"] = wide[flow].to_numpy() / total * 100.0
    wide.index.name = "year"
    return wide.sort_index()


def _world_rows(frame: pd.DataFrame, line: TradeLine) -> pd.DataFrame:
    """Totals with the World: from the same series, else from its parent series.

    'BNS (EU27 derived)' takes its World totals from 'BNS': the derivation only
    removed the UK from the partner side.
    """
    rows = _line_rows(frame, line, partner=WORLD)
    if rows.empty and " (" in line.series:
        parent = line._replace(series=line.series.split(" (")[0])
        rows = _line_rows(frame, parent, partner=WORLD)
    return rows
