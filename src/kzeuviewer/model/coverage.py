"""Which trade and indicator rows no chart shows, and why.

A row that passes validation can still appear in none of the charts (a
reporter and partner pair no chart is about, an indicator in a unit its chart
does not draw). Such rows are not errors, but the user must be told, or they
vanish silently. The answer comes from the chart catalogue itself: every
chart is built for every series it offers, and a row counts as shown when a
point of some chart names it in ``data_rows``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .charts import CHARTS, build_chart
from .translatable import QT_TRANSLATE_NOOP, Message

_FILES = {"trade": "trade.csv", "indicators": "indicators.csv"}


@dataclass(frozen=True)
class UnshownRows:
    """Rows of one table that no chart shows, for one reason."""

    table: str  # "trade" or "indicators"
    reason: str  # a Message: English as a str, translatable in the window
    lines: tuple[int, ...]  # line numbers in the table's file

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def filename(self) -> str:
        return _FILES[self.table]

    @property
    def message(self) -> Message:
        """'2 trade rows (trade.csv lines 8, 9): no chart shows …', translatable."""
        lines = ", ".join(str(line) for line in self.lines[:10]) + (", …" if self.count > 10 else "")
        if self.table == "trade":
            return Message(QT_TRANSLATE_NOOP("Coverage", "%Ln trade rows ({file} lines {lines}): {reason}"),
                           count=self.count, one="%Ln trade row ({file} line {lines}): {reason}",
                           file=self.filename, lines=lines, reason=self.reason)
        return Message(QT_TRANSLATE_NOOP("Coverage", "%Ln indicators rows ({file} lines {lines}): {reason}"),
                       count=self.count, one="%Ln indicators row ({file} line {lines}): {reason}",
                       file=self.filename, lines=lines, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


def shown_lines(dataset) -> dict[str, set[int]]:
    """Per file name, the lines that at least one chart shows (under any of its series options)."""
    shown: dict[str, set[int]] = {name: set() for name in _FILES.values()}
    for chart_id, spec in CHARTS.items():
        for option in spec.options(dataset) or [None]:
            for refs in build_chart(dataset, chart_id, option).frame["data_rows"].tolist():
                for ref in str(refs).split(";"):
                    name, _, line = ref.rpartition(":")
                    if name in shown and line.isdigit():
                        shown[name].add(int(line))
    return shown


def _text(frame: pd.DataFrame, column: str) -> list[str]:
    if column not in frame.columns:
        return [""] * len(frame)
    return ["" if pd.isna(v) else str(v) for v in frame[column].astype(object).tolist()]


def _group(table: str, frame: pd.DataFrame, shown: set[int], keys: tuple[str, ...], describe) -> list[UnshownRows]:
    lines = frame["line"].to_numpy(dtype=np.int64) if len(frame) else np.empty(0, dtype=np.int64)
    values = list(zip(*(_text(frame, k) for k in keys), strict=True)) if len(frame) else []
    hidden: dict[tuple, list[int]] = defaultdict(list)
    kinds_shown: set[tuple] = set()
    for key, line in zip(values, lines.tolist(), strict=True):
        if line in shown:
            kinds_shown.add(key)
        else:
            hidden[key].append(line)
    return [UnshownRows(table, describe(key, key in kinds_shown), tuple(found)) for key, found in hidden.items()]


def _trade_reason(key: tuple, others_shown: bool) -> str:
    reporter, partner, flow = key
    if others_shown:
        return Message(QT_TRANSLATE_NOOP("Coverage", "other {flow} rows reported by {reporter} with partner {partner} are "
                                         "shown, these are not (e.g. the same series, scope, year and flow given twice)"),
                       flow=flow, reporter=reporter, partner=partner)
    return Message(QT_TRANSLATE_NOOP("Coverage", "no chart shows {flow} figures reported by {reporter} with partner {partner}"),
                   flow=flow, reporter=reporter, partner=partner)


def _indicator_reason(key: tuple, others_shown: bool) -> str:
    indicator, unit = key
    if others_shown:
        return Message(QT_TRANSLATE_NOOP("Coverage", "other rows of '{indicator}' in {unit} are shown, these are not"),
                       indicator=indicator, unit=unit)
    return Message(QT_TRANSLATE_NOOP("Coverage", "no chart shows the indicator '{indicator}' in the unit {unit}"),
                   indicator=indicator, unit=unit)


def unshown_rows(dataset) -> list[UnshownRows]:
    """Trade and indicator rows that no chart shows, grouped by reason (empty when every row shows)."""
    shown = shown_lines(dataset)
    groups = _group("trade", dataset.trade, shown["trade.csv"], ("reporter", "partner", "flow"), _trade_reason)
    groups += _group("indicators", dataset.indicators, shown["indicators.csv"], ("indicator", "unit"), _indicator_reason)
    return groups


def unshown_summary(groups: list[UnshownRows]) -> Message:
    """'Every trade and indicator row is shown …' or '3 trade rows and 1 indicator row are shown in no chart:'."""
    trade = sum(g.count for g in groups if g.table == "trade")
    indicators = sum(g.count for g in groups if g.table == "indicators")
    if not trade and not indicators:
        return Message(QT_TRANSLATE_NOOP("Coverage", "Every trade and indicator row is shown in at least one chart."))
    if trade and indicators:
        return Message(QT_TRANSLATE_NOOP("Coverage", "{trade} and {indicators} are shown in no chart:"),
                       trade=Message(QT_TRANSLATE_NOOP("Coverage", "%Ln trade rows"), count=trade, one="%Ln trade row"),
                       indicators=Message(QT_TRANSLATE_NOOP("Coverage", "%Ln indicator rows"), count=indicators,
                                          one="%Ln indicator row"))
    if trade:
        return Message(QT_TRANSLATE_NOOP("Coverage", "%Ln trade rows are shown in no chart:"), count=trade,
                       one="%Ln trade row is shown in no chart:")
    return Message(QT_TRANSLATE_NOOP("Coverage", "%Ln indicator rows are shown in no chart:"), count=indicators,
                   one="%Ln indicator row is shown in no chart:")
