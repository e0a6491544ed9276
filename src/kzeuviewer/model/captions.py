"""The words around a chart: title, units, what is drawn, sources.

Built from the model alone — the chart's points and the view (years shown,
series hidden) — so the window, its exports and the command line write the
same caption for the same view.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .charts import ChartData, coverage_counts
from .locale_format import display_locale, translate

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
        units = translate("Captions", "Units: {units}.").format(units=self.units) if self.units else ""
        first = " ".join(part for part in (units, self.note) if part)
        if first:
            lines.append(first)
        if self.sources:
            lines.append(translate("Captions", "Sources: {sources}").format(sources=self.sources))
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
        note=" ".join(part for part in (translate("Charts", data.note) if data.note else "", drawn_text(data, shown)) if part),
    )


def view_title(data: ChartData, shown: pd.DataFrame, hidden=frozenset()) -> str:
    """'Chart title, 2018–2020; Imports hidden': the chart, the span shown and what is left out."""
    title = translate("Charts", data.title)
    span = span_text(shown)
    if span:
        title += f", {span}"
    hidden_labels = [s.label for s in data.series if s.label in hidden]
    if hidden_labels:
        names = short_names(data)
        if len(hidden_labels) <= 2:
            title += "; " + translate("Captions", "{series} hidden").format(
                series=translate("Captions", " and ").join(names[label] for label in hidden_labels))
        else:
            count = len(hidden_labels)  # a plain name: lupdate sees the call as a plural only so
            title += "; " + translate("Captions", "%n series hidden", "", count)
    return title


def span_text(shown: pd.DataFrame) -> str:
    """'2018–2020', '2021', 'Mar 2020 – Aug 2024' (months); '' for no points."""
    if not len(shown):
        return ""
    periods = shown["period"].astype(str)
    months = periods.str.fullmatch(r"\d{4}-(0[1-9]|1[0-2])")
    if months.all():
        first, last = sorted(periods)[0], sorted(periods)[-1]
        text = [_month_text(int(p[:4]), int(p[5:7])) for p in (first, last)]
        return text[0] if first == last else f"{text[0]} – {text[1]}"
    low, high = int(shown["year"].min()), int(shown["year"].max())
    return str(low) if low == high else f"{low}–{high}"


def _month_text(year: int, month: int) -> str:
    """'Mar 2020' in English (short, for titles); the display locale's month and year elsewhere."""
    locale = display_locale()
    return f"{_MONTHS[month - 1]} {year}" if locale.code == "en" else locale.month(year, month)


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
        return translate("Captions", "{left} (upper panel); {right} (lower panel)").format(
            left=translate("Units", data.left_unit), right=translate("Units", data.right_unit))
    return "; ".join(translate("Units", u) for u in units if u)


def drawn_text(data: ChartData, shown: pd.DataFrame) -> str:
    """What the marks mean, from the series shown: 'Bars: Exports, Imports; line: Turnover. ▲ more than …'."""
    if not len(shown):
        return translate("Captions", "No data in the years shown.")
    present = set(shown["series"])
    groups: dict[str, list[str]] = {}
    for series in data.series:
        if series.label in present and (shown.loc[shown["series"] == series.label, "exact"]).any():
            # The first part of a label names the measure ('Exports'): scopes and publishers are in the legend.
            name = translate("Series", series.label.split(" · ")[0])
            if name not in groups.setdefault(series.style, []):
                groups[series.style].append(name)
    # The first word of the sentence is capitalised, the others not; one line is "Line", several "lines".
    words = {
        ("bar", True): translate("Captions", "Bars"), ("bar", False): translate("Captions", "bars"),
        ("line", True): translate("Captions", "Lines"), ("line", False): translate("Captions", "lines"),
        ("line1", True): translate("Captions", "Line"), ("line1", False): translate("Captions", "line"),
        ("points", True): translate("Captions", "Dots"), ("points", False): translate("Captions", "dots"),
    }
    parts = []
    for style in ("bar", "line", "points"):
        labels = groups.get(style, [])
        if not labels:
            continue
        word = words[("line1" if style == "line" and len(labels) == 1 else style, not parts)]
        count = len(labels)
        listed = (", ".join(labels) if count <= _MAX_NAMES and sum(map(len, labels)) <= 90
                  else translate("Captions", "%n series", "", count))
        parts.append(f"{word}: {listed}")
    sentence = "; ".join(parts) + "." if parts else ""
    key = marker_key(shown)
    return " ".join(p for p in (sentence, key) if p)


def marker_key(shown: pd.DataFrame) -> str:
    """The key of the markers shown, only those present."""
    loose = shown[~shown["exact"]]
    if not len(loose):
        return ""
    symbols = {">": translate("Captions", "▲ more than"), "<": translate("Captions", "▼ less than"),
               "~": translate("Captions", "◆ about")}
    parts = [text for q, text in symbols.items() if (loose["qualifier"] == q).any()]
    hollow_reasons = []
    periods = loose["period"].astype(str)
    if periods.str.fullmatch(r"\d{4}\s*[–-]\s*\d{4}").any():
        hollow_reasons.append(translate("Captions", "several years"))
    if periods.str.contains("cumulative", case=False).any():
        hollow_reasons.append(translate("Captions", "cumulative"))
    if (periods.ne("") & ~periods.str.contains("cumulative", case=False) & ~periods.str.fullmatch(r"\d{4}\s*[–-]\s*\d{4}")).any():
        hollow_reasons.append(translate("Captions", "part of a year"))
    partial = [c for c in loose["coverage"].astype(str) if (counts := coverage_counts(c)) and counts[0] < counts[1]]
    if partial:
        hollow_reasons.append(translate("Captions", "not every reporter (count beside it)"))
    if hollow_reasons:
        parts.append(translate("Captions", "hollow: {reasons}").format(reasons=", ".join(hollow_reasons)))
    return translate("Captions", "Markers: {markers}.").format(markers="; ".join(parts)) if parts else ""


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
        by_publisher.setdefault(publisher or translate("Captions", "unnamed publisher"), []).append(sid)
    parts = []
    for publisher, ids in by_publisher.items():
        if len(ids) == 1 and ids[0] in sources.index:
            title = str(sources.at[ids[0], "title"])
            parts.append(f"{publisher}: {_clip(title, 60)}")
        else:
            count = len(ids)
            parts.append(translate("Captions", "{publisher} (%n documents)", "", count).format(publisher=publisher))
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
    more = translate("Captions", "; %n more publishers (each point's source is in the CSV)", "", rest)
    return "; ".join(kept) + (more if rest else "")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
