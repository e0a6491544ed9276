"""The words around a chart: title, units, what is drawn, sources.

Built from the model alone — the chart's points and the view (years shown,
series hidden) — so the window, its exports and the command line write the
same caption for the same view.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .charts import ChartData, coverage_counts

MARKER_KEY = (
    "● exact full-year figure   ▲ more than   ▼ less than   ◆ about   "
    "hollow marker: part of a year, several years, cumulative or not every reporter (tag beside it)"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Beyond this, a list of names becomes a count: the caption must stay within three lines.
_MAX_NAMES = 4
_MAX_SOURCES_CHARS = 170


@dataclass(frozen=True)
class Caption:
    """Text drawn around an exported chart: a title above, units/note/sources below."""

    title: str = ""
    units: str = ""
    sources: str = ""
    note: str = ""

    @classmethod
    def coerce(cls, value) -> Caption | None:
        if value is None or isinstance(value, Caption):
            return value
        if isinstance(value, str):
            return cls(title=value) if value.strip() else None
        if isinstance(value, dict):
            return cls(**{k: str(v) for k, v in value.items() if k in cls.__dataclass_fields__})
        raise TypeError(f"caption must be a Caption, str, dict or None, not {type(value).__name__}")

    def footer_lines(self) -> list[str]:
        """Units and note share a paragraph, sources get their own: two paragraphs, short ones."""
        lines = []
        first = " ".join(part for part in (f"Units: {self.units}." if self.units else "", self.note) if part)
        if first:
            lines.append(first)
        if self.sources:
            lines.append(f"Sources: {self.sources}")
        return lines


def caption_for(data: ChartData, dataset, view=None) -> Caption:
    """The caption of ``data`` as a view shows it.

    ``view`` is anything with ``x_range`` and ``hidden_series`` (a
    :class:`~kzeuviewer.model.state.TradeState`); None shows every point.
    """
    x_range = getattr(view, "x_range", None)
    hidden = frozenset(getattr(view, "hidden_series", frozenset()))
    shown = data.visible_frame(x_range, hidden)
    return Caption(
        title=view_title(data, shown, hidden),
        units=units_text(data, shown),
        sources=sources_text(dataset, _source_ids(shown)),
        note=" ".join(part for part in (data.note, drawn_text(data, shown)) if part),
    )


def view_title(data: ChartData, shown: pd.DataFrame, hidden=frozenset()) -> str:
    """'Chart title, 2018–2020; Imports hidden': the chart, the span shown and what is left out."""
    title = data.title
    span = span_text(shown)
    if span:
        title += f", {span}"
    hidden_labels = [s.label for s in data.series if s.label in hidden]
    if hidden_labels:
        names = short_names(data)
        if len(hidden_labels) <= 2:
            title += "; " + " and ".join(names[label] for label in hidden_labels) + " hidden"
        else:
            title += f"; {len(hidden_labels)} series hidden"
    return title


def span_text(shown: pd.DataFrame) -> str:
    """'2018–2020', '2021', 'Mar 2020 – Aug 2024' (months); '' for no points."""
    if not len(shown):
        return ""
    periods = shown["period"].astype(str)
    months = periods.str.fullmatch(r"\d{4}-(0[1-9]|1[0-2])")
    if months.all():
        first, last = sorted(periods)[0], sorted(periods)[-1]
        text = [f"{_MONTHS[int(p[5:7]) - 1]} {p[:4]}" for p in (first, last)]
        return text[0] if first == last else f"{text[0]} – {text[1]}"
    low, high = int(shown["year"].min()), int(shown["year"].max())
    return str(low) if low == high else f"{low}–{high}"


def short_names(data: ChartData) -> dict[str, str]:
    """Each series without the label parts every series shares ('Imports · EU27' when all are BNS)."""
    parts = [s.label.split(" · ") for s in data.series]
    common = set(parts[0]).intersection(*parts[1:]) if len(parts) > 1 else set()
    names = {}
    for series, pieces in zip(data.series, parts, strict=True):
        kept = [p for p in pieces if p not in common]
        names[series.label] = " · ".join(kept) if kept else series.label
    return names


def units_text(data: ChartData, shown: pd.DataFrame) -> str:
    units = list(dict.fromkeys(shown["unit"].tolist())) if len(shown) else [data.left_unit]
    if len(units) > 1 and data.right_unit:
        return f"{data.left_unit} (upper panel); {data.right_unit} (lower panel)"
    return "; ".join(u for u in units if u)


def drawn_text(data: ChartData, shown: pd.DataFrame) -> str:
    """What the marks mean, from the series shown: 'Bars: Exports, Imports; line: Turnover. ▲ more than …'."""
    if not len(shown):
        return "No data in the years shown."
    present = set(shown["series"])
    groups: dict[str, list[str]] = {}
    for series in data.series:
        if series.label in present and (shown.loc[shown["series"] == series.label, "exact"]).any():
            # The first part of a label names the measure ('Exports'): scopes and publishers are in the legend.
            name = series.label.split(" · ")[0]
            if name not in groups.setdefault(series.style, []):
                groups[series.style].append(name)
    words = {"bar": "Bars", "line": "lines", "points": "dots"}
    parts = []
    for style in ("bar", "line", "points"):
        labels = groups.get(style, [])
        if not labels:
            continue
        word = words[style].capitalize() if not parts else words[style]
        if style == "line" and len(labels) == 1:
            word = "Line" if not parts else "line"
        listed = ", ".join(labels) if len(labels) <= _MAX_NAMES and sum(map(len, labels)) <= 90 else f"{len(labels)} series"
        parts.append(f"{word}: {listed}")
    sentence = "; ".join(parts) + "." if parts else ""
    key = marker_key(shown)
    return " ".join(p for p in (sentence, key) if p)


def marker_key(shown: pd.DataFrame) -> str:
    """The key of the markers shown, only those present."""
    loose = shown[~shown["exact"]]
    if not len(loose):
        return ""
    symbols = {">": "▲ more than", "<": "▼ less than", "~": "◆ about"}
    parts = [text for q, text in symbols.items() if (loose["qualifier"] == q).any()]
    hollow_reasons = []
    periods = loose["period"].astype(str)
    if periods.str.fullmatch(r"\d{4}\s*[–-]\s*\d{4}").any():
        hollow_reasons.append("several years")
    if periods.str.contains("cumulative", case=False).any():
        hollow_reasons.append("cumulative")
    if (periods.ne("") & ~periods.str.contains("cumulative", case=False) & ~periods.str.fullmatch(r"\d{4}\s*[–-]\s*\d{4}")).any():
        hollow_reasons.append("part of a year")
    partial = [c for c in loose["coverage"].astype(str) if (counts := coverage_counts(c)) and counts[0] < counts[1]]
    if partial:
        hollow_reasons.append("not every reporter (count beside it)")
    if hollow_reasons:
        parts.append("hollow: " + ", ".join(hollow_reasons))
    return "Markers: " + "; ".join(parts) + "." if parts else ""


def _source_ids(shown: pd.DataFrame) -> list[str]:
    seen: dict[str, None] = {}
    for ids in shown["source_ids"].tolist() if len(shown) else []:
        for sid in str(ids).split(";"):
            if sid.strip():
                seen.setdefault(sid.strip(), None)
    return list(seen)


def sources_text(dataset, source_ids: list[str]) -> str:
    """Sources by publisher: 'Publisher: title' for one, 'Publisher (5 documents)' for several."""
    sources = dataset.sources.set_index(dataset.sources["source_id"].astype(str))
    by_publisher: dict[str, list[str]] = {}
    for sid in source_ids:
        publisher = str(sources.at[sid, "publisher"]) if sid in sources.index else ""
        by_publisher.setdefault(publisher or "unnamed publisher", []).append(sid)
    parts = []
    for publisher, ids in by_publisher.items():
        if len(ids) == 1 and ids[0] in sources.index:
            title = str(sources.at[ids[0], "title"])
            parts.append(f"{publisher}: {_clip(title, 60)}")
        else:
            parts.append(f"{publisher} ({len(ids)} documents)")
    text = "; ".join(parts)
    if len(text) <= _MAX_SOURCES_CHARS:
        return text
    # Too many to list on one line: the publishers only, then a count; the CSV names every source.
    names = list(by_publisher)
    kept: list[str] = []
    for name in names:
        if len("; ".join([*kept, name])) > _MAX_SOURCES_CHARS - 30:
            break
        kept.append(name)
    rest = len(names) - len(kept)
    return "; ".join(kept) + (f"; {rest} more publishers (each point's source is in the CSV)" if rest else "")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
