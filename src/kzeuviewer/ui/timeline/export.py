"""Timeline exports: the events as CSV, the timeline as an image.

``kzeuviewer export-all`` and the Timeline tab's ``write_view_*`` methods both
use these. Every file is written through
:func:`~kzeuviewer.exporters.atomic.atomic_write`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from kzeuviewer.exporters import atomic_write, write_frame_csv
from kzeuviewer.model import Dataset
from kzeuviewer.model.state import TimelineState
from kzeuviewer.model.timeline import TimelineData, participant_names, view_caption

CSV_COLUMNS = [
    "event_id", "date", "end_date", "date_text", "date_precision", "title", "kind", "location",
    "participants", "participant_ids", "summary", "confidence", "note", "source_ids", "source_urls",
]


def _column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """An optional text column, empty where the dataset does not have it."""
    if name not in frame.columns:
        return np.full(len(frame), "", dtype=object)
    return frame[name].astype(object).where(frame[name].notna(), "").astype(str).to_numpy()


def events_csv_frame(data: TimelineData, positions: Sequence[int] | np.ndarray | None = None) -> pd.DataFrame:
    """The events at ``positions`` (default: all, in date order) as exported rows.

    Dates keep the file's partial form ("1999-06") next to the text shown in
    the app ("June 1999"), so a reader never mistakes a month for a day.
    """
    if positions is None:
        positions = data.date_order
    positions = np.asarray(positions, dtype=np.int64)
    frame = data.frame.iloc[positions]
    dataset = data.dataset
    names = participant_names(dataset, "; ").to_numpy()[positions]
    people_ids = participant_names(dataset, "; ", "person_id").to_numpy()[positions]
    urls = dict(zip(dataset.sources["source_id"].astype(str), dataset.sources["url"].astype(str), strict=False))

    def source_urls(ids: str) -> str:
        return " ; ".join(urls[s] for s in str(ids).split(";") if s and urls.get(s))

    ids = frame["event_id"].astype(str)
    return pd.DataFrame(
        {
            "event_id": ids.to_numpy(),
            "date": frame["date"].astype(str).to_numpy(),
            "end_date": frame["end_date"].astype(str).to_numpy(),
            "date_text": data.when.take(positions).tolist(),
            "date_precision": frame["date_precision"].astype(object).fillna("").to_numpy(),
            "title": frame["title"].astype(str).to_numpy(),
            "kind": frame["kind"].astype(str).to_numpy(),
            "location": frame["location"].astype(str).to_numpy(),
            "participants": names,
            "participant_ids": people_ids,
            "summary": frame["summary"].astype(str).to_numpy(),
            # The doubt marked on screen ("?") goes with the row, with its reason.
            "confidence": _column(frame, "confidence"),
            "note": _column(frame, "note"),
            "source_ids": frame["source_ids"].astype(str).to_numpy(),
            "source_urls": [source_urls(s) for s in frame["source_ids"].tolist()],
        },
        columns=CSV_COLUMNS,
    )


def write_events_csv(data: TimelineData, path, positions=None) -> Path:
    frame = events_csv_frame(data, positions)
    return atomic_write(path, lambda temp: write_frame_csv(temp, frame))


def export_events_csv(dataset: Dataset, path, event_ids: Sequence[str] | None = None) -> Path:
    """Write events as CSV: ``event_ids`` in that order, or every event in date order."""
    data = TimelineData(dataset)
    positions = None if event_ids is None else [data.index_of[e] for e in event_ids if e in data.index_of]
    return write_events_csv(data, path, positions)


def export_view_image(view, path, width: int, height: int, transparent: bool = False, caption=None) -> Path:
    """Export a :class:`TimelineView` through the shared chart exporter."""
    from ..export.chart import export_plot

    return export_plot(view, path, width, height, transparent=transparent, caption=caption)


def export_timeline_image(dataset: Dataset, path, width: int = 1600, height: int = 900) -> Path:
    """The whole timeline of ``dataset`` as PNG/JPEG/SVG/PDF (from the extension).

    Works headless: a QApplication must exist, no window is shown.
    """
    from .view import TimelineView

    data = TimelineData(dataset)
    view = TimelineView()
    try:
        view.resize(width, height)
        view.set_data(data)
        view.fit()
        caption = view_caption(data, TimelineState(), data.in_range(None))
        result = export_view_image(view, path, width, height, caption=caption)
    finally:
        view.deleteLater()
    return Path(result) if result is not None else Path(path)
