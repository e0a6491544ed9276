"""The words around an exported chart: title, units, sources and notes.

Built from the model alone, so the window, its exports and the command line
write the same caption for the same view.
"""

from __future__ import annotations

from dataclasses import dataclass

from .charts import ChartData

MARKER_KEY = (
    "● exact full-year figure   ▲ more than   ▼ less than   ◆ about   "
    "hollow marker: part of a year or cumulative (tag beside it)"
)


@dataclass(frozen=True)
class Caption:
    """Text drawn into the exported image: a title above, units/sources/note below."""

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
        lines = []
        if self.units:
            lines.append(f"Units: {self.units}")
        if self.note:
            lines.append(self.note)
        if self.sources:
            lines.append(f"Sources: {self.sources}")
        return lines


def caption_for(data: ChartData, dataset) -> Caption:
    """Title, units, sources and the marker key, as drawn under an exported chart."""
    return Caption(title=data.title, units=data.units_text, sources=sources_text(dataset, data.source_ids()), note=(data.note + " " + MARKER_KEY).strip())


def sources_text(dataset, source_ids: list[str]) -> str:
    """Sources grouped by publisher: 'Publisher — title' for one, the ids for several."""
    sources = dataset.sources.set_index(dataset.sources["source_id"].astype(str))
    by_publisher: dict[str, list[str]] = {}
    for sid in source_ids:
        publisher = str(sources.at[sid, "publisher"]) if sid in sources.index else ""
        by_publisher.setdefault(publisher or sid, []).append(sid)
    parts = []
    for publisher, ids in by_publisher.items():
        if len(ids) == 1 and ids[0] in sources.index:
            parts.append(f"{publisher} — {sources.at[ids[0], 'title']} [{ids[0]}]")
        elif len(ids) <= 3:
            parts.append(f"{publisher} [{', '.join(ids)}]")
        else:  # e.g. one file per year: the range says enough, the CSV lists each
            parts.append(f"{publisher} [{len(ids)} sources: {ids[0]} … {ids[-1]}]")
    return "; ".join(parts)
