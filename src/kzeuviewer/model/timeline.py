"""The events of a dataset prepared for the timeline: numbers to draw, texts to show.

Everything here is numpy/pandas work done once per dataset, so that zooming,
panning and filtering only index into ready arrays. No Qt.
"""

from __future__ import annotations

import bisect
import calendar
import threading
import weakref
from collections.abc import Mapping, Sequence
from functools import cached_property

import numpy as np
import pandas as pd

from .captions import Caption
from .dataset import Dataset
from .dates import format_partial_date
from .id_index import IdIndex
from .languages import variants_column
from .locale_format import display_locale, translate
from .schema import EVENT_KINDS
from .table_query import Column, TableQuery, _CodeGroup, _column_groups, _Encoded, _row_dtype, _smallest_int, identity
from .translatable import QT_TRANSLATE_NOOP

# How each kind of event is named in lanes, filters and lists.
# English words, marked for translation: show them with translate("Kinds", word) (a "label" column does).
KIND_SINGULAR = {
    "visit": QT_TRANSLATE_NOOP("Kinds", "Visit"),
    "summit": QT_TRANSLATE_NOOP("Kinds", "Summit"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meeting"),
    "agreement": QT_TRANSLATE_NOOP("Kinds", "Agreement"),
    "award": QT_TRANSLATE_NOOP("Kinds", "Award"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}
assert set(KIND_SINGULAR) == set(EVENT_KINDS)
KIND_PLURALS = {
    "visit": QT_TRANSLATE_NOOP("Kinds", "Visits"),
    "summit": QT_TRANSLATE_NOOP("Kinds", "Summits"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meetings"),
    "agreement": QT_TRANSLATE_NOOP("Kinds", "Agreements"),
    "award": QT_TRANSLATE_NOOP("Kinds", "Awards"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}

DAY = 86400.0
YEAR = 365.25 * DAY

# ``confidence`` values (data/README.md); anything but "confirmed" is marked on screen.
CONFIRMED = "confirmed"
CONFIDENCE_LABELS = {
    "single-source": QT_TRANSLATE_NOOP("Confidence", "single source"),
    "announced": QT_TRANSLATE_NOOP("Confidence", "announced, not confirmed"),
    "uncertain": QT_TRANSLATE_NOOP("Confidence", "uncertain"),
    "unverified": QT_TRANSLATE_NOOP("Confidence", "unverified"),
    "disputed": QT_TRANSLATE_NOOP("Confidence", "disputed"),
}
# Kinds whose events are labelled first when there is not room for every title.
IMPORTANT_KINDS = ("summit", "award")

# An image caption names the most cited publishers; the CSV export has every source.
MAX_CAPTION_PUBLISHERS = 12

EVENT_COLUMNS = [
    Column("date", QT_TRANSLATE_NOOP("Tables", "Date"), "date", "date_start", "date_precision"),
    Column("title", QT_TRANSLATE_NOOP("Tables", "Title")),
    Column("kind_label", QT_TRANSLATE_NOOP("Tables", "Kind"), "label", label_context="Kinds"),
    Column("location", QT_TRANSLATE_NOOP("Tables", "Location")),
    Column("participant_names", QT_TRANSLATE_NOOP("Tables", "Participants")),
    Column("summary", QT_TRANSLATE_NOOP("Tables", "Summary")),
    Column("title_variants", QT_TRANSLATE_NOOP("Tables", "Also written")),
]
DATE_COLUMN, TITLE_COLUMN, KIND_COLUMN, LOCATION_COLUMN, PARTICIPANTS_COLUMN, SUMMARY_COLUMN, VARIANTS_COLUMN = range(7)


def _seconds(values: pd.Series) -> np.ndarray:
    """datetime64 → float seconds since the epoch (UTC, as DateAxisItem reads them); NaT → nan."""
    arr = values.to_numpy(dtype="datetime64[ns]")
    out = arr.astype("datetime64[s]").astype(np.int64).astype(float)
    out[np.isnat(arr)] = np.nan
    return out


def _years(seconds: np.ndarray) -> np.ndarray:
    """The calendar year of each time (seconds since the epoch) as float; NaN stays NaN."""
    years = np.full(len(seconds), np.nan)
    known = ~np.isnan(seconds)
    years[known] = seconds[known].astype("datetime64[s]").astype("datetime64[Y]").astype(np.int64) + 1970
    return years


def _text_codes(frame: pd.DataFrame, column: str, default: str) -> tuple[np.ndarray, np.ndarray]:
    """A text column as (codes, distinct values): stripped, empty cells as ""; ``default`` when there is no such column.

    Each distinct value is stripped once; values equal once stripped share a code.
    """
    if column not in frame.columns:
        return np.zeros(len(frame), dtype=np.int8), np.array([default], dtype=object)
    values = frame[column]
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = values.cat.codes.to_numpy(), values.cat.categories.astype(object).to_numpy()
    else:
        codes, uniques = pd.factorize(values)
    stripped = pd.Series(np.append(np.asarray(uniques, dtype=object), ""), dtype=object).astype(str).str.strip()
    merged, distinct = pd.factorize(stripped.to_numpy(dtype=object))
    codes = merged[np.where(codes < 0, len(uniques), codes)]  # -1 (empty cell): the "" appended
    return codes.astype(_smallest_int(len(distinct))), np.asarray(distinct, dtype=object)


class CodedTexts(Sequence):
    """A text per event as small codes into its distinct values (``codes``, ``values``): read by position."""

    def __init__(self, codes: np.ndarray, values: np.ndarray):
        self.codes = codes
        self.values = values

    def __getitem__(self, position):
        if isinstance(position, slice):
            return self.values[self.codes[position]].tolist()
        return self.values[self.codes[position]]

    def __len__(self) -> int:
        return len(self.codes)

    def take(self, positions) -> np.ndarray:
        return self.values[self.codes[np.asarray(positions, dtype=np.int64)]]


class TextCells(Sequence):
    """A text column of the dataset read by position (nothing copied): each cell as ``str``, empty ones as ""."""

    def __init__(self, values: pd.Series):
        if isinstance(values.dtype, pd.CategoricalDtype):
            self._coded: CodedTexts | None = CodedTexts(
                values.cat.codes.to_numpy(), np.append(values.cat.categories.astype(object).astype(str).to_numpy(), ""))
            self._cells = None
        else:
            self._coded = None
            # The column's own array (not copied): its Arrow text, or its objects.
            self._cells = values.array if isinstance(values.dtype, pd.StringDtype) else values.to_numpy(dtype=object)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if self._coded is not None:
            return str(self._coded.values[self._coded.codes[position]]) if self._coded.codes[position] >= 0 else ""
        value = self._cells[position]
        return value if isinstance(value, str) else ("" if value is None or pd.isna(value) else str(value))

    def __len__(self) -> int:
        return len(self._cells) if self._coded is None else len(self._coded)

    def take(self, positions) -> np.ndarray:
        """The texts of many positions at once (a new object array)."""
        positions = np.asarray(positions, dtype=np.int64)
        if self._coded is not None:
            return self._coded.take(positions)  # -1 reads the "" appended
        texts = np.asarray(self._cells[positions], dtype=object)
        odd = np.flatnonzero([not isinstance(t, str) for t in texts.tolist()])
        for i in odd.tolist():
            texts[i] = "" if texts[i] is None or pd.isna(texts[i]) else str(texts[i])
        return texts


class LabelTexts(Sequence):
    """Each event's label, composed when read: its title, after its date in words for a partial date.

    "June 1999 · PCA enters into force": the month or year is part of the label itself.
    """

    def __init__(self, titles: TextCells, when: WhenTexts, partial: np.ndarray):
        self.titles, self.when, self.partial = titles, when, partial

    def __getitem__(self, position):
        if isinstance(position, slice):
            return self.take(np.arange(*position.indices(len(self)))).tolist()
        title = self.titles[position]
        return f"{self.when[position]} · {title}" if self.partial[position] else title

    def __len__(self) -> int:
        return len(self.titles)

    def take(self, positions) -> np.ndarray:
        positions = np.asarray(positions, dtype=np.int64)
        texts = self.titles.take(positions)
        partial = self.partial[positions]
        if partial.any():
            texts[partial] = self.when.take(positions[partial]) + " · " + texts[partial]
        return texts


# Look-ups and string joins are done this many rows at a time: each piece holds the interpreter
# only briefly, so a window building the list in a worker thread keeps answering.
_CHUNK = 200_000


def _positions_in(index: pd.Index, values: np.ndarray) -> np.ndarray:
    """``index.get_indexer(values)`` piece by piece (-1 where absent)."""
    if not len(values):
        return np.empty(0, dtype=np.int64)
    return np.concatenate([index.get_indexer(values[i:i + _CHUNK]) for i in range(0, len(values), _CHUNK)])


def _unique_ids(values: np.ndarray) -> tuple[pd.Index, np.ndarray]:
    """An index of ``values`` without repeats (the last of each kept, as a dict of them would) and the rows kept."""
    index = pd.Index(values)
    if index.is_unique:
        return index, np.arange(len(values))
    last = ~index.duplicated(keep="last")
    return index[last], np.flatnonzero(last)


def participant_names(dataset: Dataset, separator: str = ", ", column: str = "name") -> pd.Series:
    """Each event's participants (``column`` of people.csv) joined, indexed like ``dataset.events``.

    Joined with whole-array string additions, one per participant rank (first
    participant of every event, then the second …), in pieces: a Python
    function per event took 25 s for a million events.
    """
    events = dataset.events
    participants = dataset.participants
    if participants.empty:
        return pd.Series([""] * len(events), index=events.index, dtype=object)
    person_rows = dataset.link("participants", "person_id")
    event_of = dataset.link("participants", "event_id")
    event_rows = event_ids = None
    if person_rows is not None and event_of is not None:
        # The rows the loader found for each participant: no hashing of a million ids again.
        # Only the participants' names are made strings (not a million names for a few participants).
        name = np.full(len(person_rows), "", dtype=object)
        named = person_rows >= 0
        name[named] = dataset.people[column].iloc[person_rows[named]].astype(str).to_numpy(dtype=object)
        event = event_of
    else:
        people, kept = _unique_ids(dataset.people["person_id"].astype(str).to_numpy(dtype=object))
        values = np.append(dataset.people[column].astype(str).to_numpy(dtype=object)[kept], "")
        name = values[_positions_in(people, participants["person_id"].astype(str).to_numpy(dtype=object))]
        event_ids, event_rows = _unique_ids(events["event_id"].astype(str).to_numpy(dtype=object))
        event = _positions_in(event_ids, participants["event_id"].astype(str).to_numpy(dtype=object))
    keep = (name != "") & (event >= 0)
    name, event = name[keep], event[keep] if event_rows is None else event_rows[event[keep]]
    joined = np.full(len(events), "", dtype=object)
    if len(event):
        # Each participant's rank within its event (numeric sorts: no interpreter held).
        order = np.argsort(event, kind="stable")
        grouped = event[order]
        first_of_group = np.concatenate([[0], np.flatnonzero(np.diff(grouped)) + 1])
        sizes = np.diff(np.append(first_of_group, len(grouped)))
        rank = np.empty(len(event), dtype=np.int64)
        rank[order] = np.arange(len(grouped)) - np.repeat(first_of_group, sizes)
        by_rank = np.argsort(rank, kind="stable")
        bounds = np.searchsorted(rank[by_rank], np.arange(rank.max() + 2))
        for r in range(len(bounds) - 1):
            block = by_rank[bounds[r]:bounds[r + 1]]
            for piece in range(0, len(block), _CHUNK):
                rows = block[piece:piece + _CHUNK]
                where = event[rows]
                joined[where] = name[rows] if r == 0 else joined[where] + separator + name[rows]
    if event_rows is not None and len(event_rows) < len(events):  # repeated ids: each row of an id gets its names
        joined = joined[event_rows[_positions_in(event_ids, events["event_id"].astype(str).to_numpy(dtype=object))]]
    return pd.Series(joined, index=events.index, dtype=object)


# Up to this many distinct texts, a column is kept as categories (codes of two bytes at most).
_FEW_DISTINCT = 32_000


def _compact_texts(texts: np.ndarray):
    """Texts built per event (joined names) kept compactly: equal texts as one object.

    Few distinct ones (most events without participants, or with the same
    delegation) become a categorical column: a small code per event, not a
    pointer, and the list's encoding reuses its codes. Many stay an object
    array, each distinct text once.
    """
    codes, distinct = pd.factorize(texts)
    if len(distinct) <= _FEW_DISTINCT:
        return pd.Categorical.from_codes(codes.astype(_smallest_int(len(distinct))), pd.Index(distinct, dtype=object))
    return np.asarray(distinct, dtype=object)[codes]


class WhenTexts(Sequence):
    """``describe_when`` of every event, worked out per distinct date combination on first use.

    A million events have tens of thousands of combinations (a span's start
    and end): described all at once they cost two seconds before the
    timeline could paint; most are never read (a tooltip, the details, an
    export read a few). Kept per event: a combination code; per combination:
    one row that has it (its dates are read from the dataset's columns) and
    its text once described.
    """

    def __init__(self, starts: pd.Series, ends: pd.Series, precision: pd.Series, end_precision: pd.Series):
        self._columns = [values.reset_index(drop=True) for values in (starts, ends, precision, end_precision)]
        # One integer per combination (each factor's codes are small: the product fits int64).
        key = np.zeros(len(starts), dtype=np.int64)
        for values in self._columns:
            codes, uniques = pd.factorize(values, use_na_sentinel=False)
            key *= max(len(uniques), 1)
            key += codes
            del codes
        codes, distinct = pd.factorize(key)
        del key
        self.codes = codes.astype(_smallest_int(len(distinct)))
        del codes
        self._row = np.empty(len(distinct), dtype=np.int64)
        self._row[self.codes] = np.arange(len(self.codes))  # any row of each combination will do
        self._texts = np.full(len(distinct), None, dtype=object)

    def _describe(self, code: int) -> str:
        text = self._texts[code]
        if text is None:
            row = int(self._row[code])
            text = self._texts[code] = describe_when(*(_cell(values, row) for values in self._columns))
        return text

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        position = int(position)
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self._describe(int(self.codes[position]))

    def __len__(self) -> int:
        return len(self.codes)

    def take(self, positions: np.ndarray) -> np.ndarray:
        """The texts of many positions at once (object array), each combination described once."""
        codes = self.codes[np.asarray(positions, dtype=np.int64)]
        texts = self._texts[codes]
        missing = np.flatnonzero(pd.isna(texts))
        if len(missing):
            for code in np.unique(codes[missing]).tolist():
                self._describe(code)
            texts = self._texts[codes]
        return texts


def _cell(values: pd.Series, row: int):
    """One cell as ``describe_when`` takes it: a Timestamp, a precision word, or None for an empty one."""
    value = values.iat[row]
    return None if value is None or pd.isna(value) else value


def describe_when(start, end, precision, end_precision) -> str:
    """'15 May 2023', 'June 1999', '26–27 October 2022' style, at the precision given."""
    first = format_partial_date(start, precision)
    if end is None or pd.isna(end) or end_precision is None or pd.isna(end_precision):
        return first
    last = format_partial_date(end, end_precision)
    if not last or last == first:
        return first
    start_ts, end_ts = pd.Timestamp(start), pd.Timestamp(end)
    day_first = last.startswith(f"{end_ts.day} ")  # '27 October 2022', '27 октября 2022 г.'; Kazakh puts the year first
    if precision == "day" and end_precision == "day" and start_ts.year == end_ts.year and day_first:
        if start_ts.month == end_ts.month:
            return f"{start_ts.day}–{last}"
        if display_locale().code == "en":
            return f"{start_ts.day} {start_ts.month_name()} – {last}"
    return f"{first} – {last}"


class EntryEvents:
    """The event of each entry: entries ``0 … n-1`` are the events themselves, then one per award in the Awards lane.

    Only the awards' events are kept (a million events: no array of a million
    positions saying "itself"); ``entry_events[entries]`` reads it as an array would.
    """

    def __init__(self, events: int, award_event: np.ndarray):
        self.events = int(events)
        self.award_event = np.asarray(award_event, dtype=np.int64)

    def __len__(self) -> int:
        return self.events + len(self.award_event)

    def __getitem__(self, entries):
        if np.ndim(entries) == 0:
            entry = int(entries)
            return entry if entry < self.events else int(self.award_event[entry - self.events])
        entries = np.asarray(entries, dtype=np.int64)
        events = entries.copy()
        awards = entries >= self.events
        events[awards] = self.award_event[entries[awards] - self.events]
        return events

    def per_entry(self, values: np.ndarray) -> np.ndarray:
        """A per-event array per entry: the array itself (not a copy) when no award has an entry."""
        values = np.asarray(values)
        return values if not len(self.award_event) else np.concatenate([values, values[self.award_event]])

    def of_event(self, position: int) -> np.ndarray:
        """The entries of an event, ascending: its own, then those of the awards conferred at it."""
        awards = np.flatnonzero(self.award_event == position) + self.events
        return np.concatenate([[int(position)], awards]).astype(np.int64)


class TimelineData:
    """Per-event arrays in dataset row order (position ``i`` is ``frame.iloc[i]``).

    * ``start``/``end``: the span covered, seconds; ``end`` is exclusive (the
      day after the last day), so a one-day event is one day wide.
    * ``anchor``: where the marker sits: mid-day of a precise date, or the
      middle of a partial date's month or year (a marker on 1 June would claim
      a day the source never gave).
    * ``partial``: the date is a month or a year; ``span``: drawn as a bar
      (partial, or several days long).
    """

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        # Shallow: the columns added below are new; the dataset's own are shared, not copied.
        frame = dataset.events.reset_index(drop=True).copy(deep=False)
        n = len(frame)
        codes = pd.Categorical(frame["kind"].astype(object), categories=list(EVENT_KINDS)).codes
        self.kind_codes = np.where(codes < 0, len(EVENT_KINDS) - 1, codes).astype(np.int8)
        del codes
        # Codes into the kind names: a byte per event, not a pointer to a string.
        frame["kind_label"] = pd.Categorical.from_codes(self.kind_codes, [KIND_SINGULAR[k] for k in EVENT_KINDS])
        # The title's other spellings (data in several languages): shown and searched.
        variants = variants_column("title")
        frame["title_variants"] = (frame[variants] if variants in frame.columns
                                   else pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), [""]))
        # The events' own columns; ``frame`` adds the participants' names (joined on first use:
        # a second at a million events, and only the list and exports read them).
        self.events_frame = frame
        self._frame: pd.DataFrame | None = None
        self._frame_lock = threading.Lock()
        ids = frame["event_id"]
        # The dataset's own array of ids when they are text already (they are, once loaded).
        if isinstance(ids.dtype, pd.StringDtype):
            self.ids = ids.array
        else:
            self.ids = ids.to_numpy(dtype=object) if ids.dtype == object else ids.astype(str).to_numpy(dtype=object)
        # The dataset's id index: one for every tab.
        shared = dataset.event_id_index()
        self.index_of = EventIndex(shared if len(shared) == n else self.ids)

        self.start = _seconds(frame["date_start"])
        last_day = dataset.event_span_end().reset_index(drop=True)
        self.end = _seconds(last_day) + DAY
        precision = frame["date_precision"]
        end_precision = frame["end_date_precision"]
        has_end = frame["end_date_start"].notna().to_numpy()
        self.partial = (precision != "day").to_numpy(dtype=bool) | (has_end & (end_precision != "day").to_numpy(dtype=bool))
        del has_end
        self.span = self.partial | (self.end - self.start > DAY * 1.5)
        self.anchor = np.where(self.partial, (self.start + self.end) / 2, self.start + DAY / 2)
        self.valid = ~np.isnan(self.start) & ~np.isnan(self.end)
        # Where an event counts in the density strips (``spread``) and its years are worked out when
        # read: only the view's density index keeps the partial dates' spread (8 MB less a million events).
        del last_day
        self._year_bounds: tuple[int, int] | None | bool = False  # False: not worked out yet
        self._latest_start: float | None = None  # and ``_earliest_end``: see touches_every_event
        self._earliest_end: float | None = None

        # Texts are read from the dataset's columns by position when shown, not copied per event.
        self.titles = TextCells(frame["title"])
        self.relocalize()
        self.precision = CodedTexts(*_text_codes(frame, "date_precision", ""))
        self.confidence = CodedTexts(*_text_codes(frame, "confidence", CONFIRMED))
        self.notes = TextCells(frame["note"]) if "note" in frame.columns else CodedTexts(np.zeros(n, dtype=np.int8),
                                                                                        np.array([""], dtype=object))
        # Empty means "not stated": only a stated reservation is marked.
        values = self.confidence.values
        self.uncertain = ((values != CONFIRMED) & (values != ""))[self.confidence.codes]
        self._prepare_awards(dataset)
        kind_index = {k: i for i, k in enumerate(EVENT_KINDS)}
        important_codes = [kind_index[k] for k in IMPORTANT_KINDS]
        self.important = np.isin(self.kind_codes, important_codes) | (self.awards_at > 0)

        # Date order for stepping with Left/Right; ties broken by end, then row. (An event's rank in
        # it is looked up when a key is pressed: a million ranks kept for that would cost 4 MB.)
        self.date_order = (np.lexsort((np.arange(n), self.end, self.start)) if n else np.empty(0, dtype=np.int64)).astype(np.int32)
        self._of_kinds: dict[frozenset, np.ndarray] = {}
        self._prepared_layout: LaneLayout | None = None
        self._extent: tuple[float, float] | None | bool = False  # False: not worked out yet
        # The events in a range are found by binary search on their starts (``in_range``) through
        # ``date_order``, sorted by start first (no date last): not a sorted copy (8 MB less), nor a
        # second order (4 MB). The two searches are a few dozen steps in Python (numpy's ``sorter``
        # would take the order only as intp: 4 MB more).
        lengths = (self.end - self.start)[self.valid]
        self.longest = float(lengths.max()) if len(lengths) else 0.0

    def _prepare_awards(self, dataset: Dataset) -> None:
        """Awards linked to events (awards.csv ``event_id``).

        ``awards_at``: how many awards were conferred at each event. Awards at
        an event that is not itself an award get an entry of their own in the
        Awards lane (``award_event``: the event's position; ``award_texts``).
        """
        n = len(self.ids)
        awards_at = np.zeros(n, dtype=np.int64)
        positions, texts, uncertain = [], [], []
        awards = dataset.awards
        if not awards.empty and "event_id" in awards.columns:
            # Each award's person row, as the loader found it (no mapping of every person id to a name).
            person_rows = dataset.link("awards", "person_id")
            if person_rows is None:
                person_rows = dataset.person_id_index().get_indexer(awards["person_id"].astype(str).to_numpy(dtype=object))
            names = dataset.people["name"]
            confidence = CodedTexts(*_text_codes(awards, "confidence", CONFIRMED))
            award_kind = EVENT_KINDS.index("award")
            for row, award in enumerate(awards.itertuples(index=False)):
                event_id = "" if pd.isna(award.event_id) else str(award.event_id)
                position = self.index_of.get(event_id)
                if position is None:
                    continue
                awards_at[position] += 1
                if self.kind_codes[position] == award_kind:
                    continue  # the event is the award: it is in the Awards lane already
                degree = "" if pd.isna(award.degree) else str(award.degree).strip()
                title = str(award.award) + (f", {degree} degree" if degree else "")
                name = names.iat[person_rows[row]] if person_rows[row] >= 0 else None
                person = str(award.person_id) if name is None or pd.isna(name) else str(name)
                positions.append(position)
                texts.append(f"{title}: {person}")
                uncertain.append(confidence[row] not in (CONFIRMED, ""))
        # A byte per event when no event has more than 127 awards (a million events: 1 MB, not 4).
        self.awards_at = awards_at.astype(_smallest_int(int(awards_at.max()) + 1 if n else 0))
        del awards_at
        self.award_event = np.array(positions, dtype=np.int64)
        self.award_texts = texts
        self.award_uncertain = np.array(uncertain, dtype=bool)

    @property
    def frame(self) -> pd.DataFrame:
        """Every column of the events list: the events' own, participants' names, kind labels, other spellings."""
        with self._frame_lock:  # the list may be built in a worker thread
            if self._frame is None:
                frame = self.events_frame.copy(deep=False)
                frame["participant_names"] = _compact_texts(participant_names(self.dataset).to_numpy())
                self._frame = frame
            return self._frame

    def relocalize(self) -> None:
        """Dates in words (``when``, and the labels of partial dates) in the active display locale."""
        frame = self.events_frame
        self.when = WhenTexts(frame["date_start"], frame["end_date_start"], frame["date_precision"], frame["end_date_precision"])
        # A partial date is part of the label itself: "June 1999 · PCA enters into force". Its words are
        # worked out now for every partial date (a label read while zooming finds them ready).
        self.when.take(np.flatnonzero(self.partial))
        self.label_texts = LabelTexts(self.titles, self.when, self.partial)

    def confidence_text(self, position: int) -> str:
        """'disputed', 'single source' …, or '' for a confirmed (or unrated) event."""
        if not self.uncertain[position]:
            return ""
        value = str(self.confidence[position])
        return translate("Confidence", CONFIDENCE_LABELS[value]) if value in CONFIDENCE_LABELS else value

    def __len__(self) -> int:
        return len(self.ids)

    # -- lookups ---------------------------------------------------------------
    def positions(self, event_ids) -> np.ndarray:
        """Row positions of the given ids (unknown ids are skipped)."""
        wanted = [e for e in event_ids if isinstance(e, str)]
        if not wanted:
            return np.empty(0, dtype=np.int64)
        found = self.index_of.positions(wanted)
        return np.unique(found[found >= 0]).astype(np.int64)

    def mask_of(self, event_ids) -> np.ndarray:
        mask = np.zeros(len(self), dtype=bool)
        mask[self.positions(event_ids)] = True
        return mask

    @property
    def spread(self) -> np.ndarray:
        """Where each event counts in the density strips (seconds): a partial date spread over its month or year.

        A golden-ratio sequence spreads them (no clumps, the same every time), not
        at their middle, where the year-only events of every year would stand as a
        spike each July; a precise date counts at its marker (``anchor``).
        """
        return self.spread_of(np.flatnonzero(self.partial), out=self.anchor.copy())

    @cached_property
    def entry_events(self) -> EntryEvents:
        """The event of each entry: the events, then the awards drawn in the Awards lane."""
        return EntryEvents(len(self), self.award_event)

    @cached_property
    def entry_anchor_order(self) -> np.ndarray:
        """Every entry (the events, then the awards drawn in the Awards lane) by anchor, ties in entry order.

        The sort the density index needs, done once per dataset (and kept for
        every layout of the lanes).
        """
        return np.argsort(self.entry_events.per_entry(self.anchor), kind="stable").astype(np.int32)

    def present_kinds(self) -> list[int]:
        """The kind codes some event has, in lane order: a new timeline's lanes."""
        return np.flatnonzero(np.bincount(self.kind_codes, minlength=len(EVENT_KINDS))).tolist()

    def prepare_layout(self) -> None:
        """Lay out the lanes of :meth:`present_kinds` now (a large timeline: in the loading thread)."""
        self._prepared_layout = LaneLayout(self, self.present_kinds())

    def lane_layout(self, kind_codes: Sequence[int]) -> LaneLayout:
        """The layout of these lanes: the one :meth:`prepare_layout` made, handed over once, or a new one."""
        prepared, self._prepared_layout = self._prepared_layout, None
        if prepared is not None and prepared.kinds == list(kind_codes):
            return prepared
        return LaneLayout(self, kind_codes)

    def spread_of(self, positions: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """``spread`` of the partial-date events at ``positions`` (written into ``out[positions]`` when given)."""
        positions = np.asarray(positions, dtype=np.int64)
        fraction = (positions * 0.6180339887498949) % 1.0
        values = self.start[positions] + (self.end[positions] - self.start[positions]) * fraction
        if out is None:
            return values
        out[positions] = values
        return out

    @property
    def years_first(self) -> np.ndarray:
        """The year each event begins in (float: NaN for no date)."""
        return _years(self.start)

    def year_bounds(self) -> tuple[int, int] | None:
        if self._year_bounds is False:
            first = self.start[~np.isnan(self.start)]
            last = self.end[~np.isnan(self.end)]
            if not len(first):
                self._year_bounds = None
            else:
                latest = last.max(keepdims=True) - DAY if len(last) else first.max(keepdims=True)
                self._year_bounds = int(_years(first.min(keepdims=True))[0]), int(_years(latest)[0])
        return self._year_bounds

    def in_range(self, visible_range: tuple[float, float] | None) -> np.ndarray:
        """Events any part of which lies in ``visible_range`` (seconds; None: every event)."""
        positions = self.positions_in_range(visible_range)
        if positions is None:
            return np.ones(len(self), dtype=bool)
        mask = np.zeros(len(self), dtype=bool)
        mask[positions] = True
        return mask

    def positions_in_range(self, visible_range: tuple[float, float] | None) -> np.ndarray | None:
        """Positions of the events any part of which lies in ``visible_range`` (in no set order); None: every event.

        Binary search on the sorted starts: the cost follows the events in the range, not all of them.
        """
        if visible_range is None:
            return None
        low, high = visible_range
        # Only events starting after ``low - longest`` and before ``high`` can touch the range.
        start = self.start.__getitem__  # no date (NaN) sorts last and compares as not below any time
        first = bisect.bisect_left(self.date_order, low - self.longest, key=start)
        last = bisect.bisect_left(self.date_order, high, lo=first, key=start)
        if (last - first) * 4 > len(self):
            # Most events: two comparisons over the whole arrays beat gathering most of them by position.
            with np.errstate(invalid="ignore"):
                return np.flatnonzero((self.start < high) & (self.end > low))
        # An event ends a day after its last day, so one starting after ``low`` ends after it: only
        # the ends of those starting by ``low`` are read (scattered reads, slow at a million events).
        middle = bisect.bisect_right(self.date_order, low, lo=first, hi=last, key=start)
        early = self.date_order[first:middle]
        return np.concatenate([early[self.end[early] > low], self.date_order[middle:last]])

    def touches_every_event(self, visible_range: tuple[float, float] | None) -> bool:
        """Does every event lie (in part) in ``visible_range``? (None: yes; an event without a date: no range holds it.)"""
        if visible_range is None:
            return True
        if self._latest_start is None:
            dated = bool(self.valid.all()) and len(self) > 0
            self._latest_start = float(self.start.max()) if dated else np.inf
            self._earliest_end = float(self.end.min()) if dated else -np.inf
        low, high = visible_range
        return self._latest_start < high and self._earliest_end > low

    def of_kinds(self, hidden_kinds) -> np.ndarray:
        """Events whose kind is not in ``hidden_kinds`` (do not modify the array: it is kept for the next call)."""
        key = frozenset(hidden_kinds)
        cached = self._of_kinds.get(key)
        if cached is None:
            hidden = [code for code, kind in enumerate(EVENT_KINDS) if kind in key]
            if len(self._of_kinds) > 8:
                self._of_kinds.clear()
            cached = self._of_kinds[key] = ~np.isin(self.kind_codes, hidden)
        return cached

    def kind_counts(self, mask: np.ndarray) -> np.ndarray:
        """How many events of each kind (in ``EVENT_KINDS`` order) ``mask`` holds."""
        return np.bincount(self.kind_codes[np.asarray(mask, dtype=bool)], minlength=len(EVENT_KINDS))

    def extent(self, mask: np.ndarray | None = None) -> tuple[float, float] | None:
        """(first second, last second) covered by the events in ``mask``."""
        if mask is None:
            if self._extent is False:
                self._extent = self._extent_of(self.valid)
            return self._extent
        return self._extent_of(self.valid & mask)

    def _extent_of(self, keep: np.ndarray) -> tuple[float, float] | None:
        if not keep.any():
            return None
        return float(self.start[keep].min()), float(self.end[keep].max())

    def step(self, current: str | None, direction: int, shown: np.ndarray) -> str | None:
        """The shown event before (-1) or after (+1) ``current`` in date order.

        With nothing selected (or the selection hidden), Right starts at the
        first shown event and Left at the last one.
        """
        ranks = np.flatnonzero(shown[self.date_order])  # places in date order of the shown events
        if not len(ranks):
            return None
        order = self.date_order[ranks]
        position = self.index_of.get(current) if current is not None else None
        if position is None:
            return self.ids[order[0] if direction > 0 else order[-1]]
        here = int(np.flatnonzero(self.date_order == position)[0])
        if direction > 0:
            after = np.searchsorted(ranks, here, side="right")
            return self.ids[order[after]] if after < len(order) else None
        before = np.searchsorted(ranks, here, side="left") - 1
        return self.ids[order[before]] if before >= 0 else None


class EventIndex(Mapping):
    """Event id → row position, as a read-only mapping over an :class:`IdIndex` (the dataset's, shared)."""

    def __init__(self, ids):
        self._index = ids if isinstance(ids, IdIndex) else IdIndex(ids)

    def __getitem__(self, event_id) -> int:
        position = self._index.position(event_id) if isinstance(event_id, str) else None
        if position is None:
            raise KeyError(event_id)
        return position

    def __contains__(self, event_id) -> bool:
        return isinstance(event_id, str) and event_id in self._index

    @property
    def index(self) -> IdIndex:
        """The ids' index (shared: do not modify)."""
        return self._index

    def positions(self, event_ids: list[str]) -> np.ndarray:
        """Positions of many ids at once (-1 for an unknown id)."""
        return self._index.get_indexer(event_ids)

    def __iter__(self):
        return iter(self._index.ids.tolist())

    def __len__(self) -> int:
        return len(self._index)


def describe_range(low: float, high: float) -> str:
    """A span of the time axis in words: '1989 – 2025', 'May – June 2023', '5 – 25 May 2023'.

    ``high`` is exclusive: 1 January 2022 to 1 January 2024 is "2022 – 2023".
    """
    low = min(max(low, -62_000_000_000.0), 253_000_000_000.0)
    high = min(max(high, low + 1), 253_000_000_000.0)
    first = np.datetime64(int(low), "s").astype("datetime64[D]")
    last = (np.datetime64(int(np.ceil(high)), "s") - np.timedelta64(1, "s")).astype("datetime64[D]")
    a, b = first.astype(object), last.astype(object)
    whole_years = (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31)
    if a.year != b.year:
        if whole_years or (last - first).astype(int) > 3 * 365:
            return f"{a.year} – {b.year}"
        if display_locale().code != "en":
            return f"{_month(a)} – {_month(b)}"
        return f"{calendar.month_name[a.month]} {a.year} – {calendar.month_name[b.month]} {b.year}"
    if whole_years:
        return str(a.year)
    if display_locale().code != "en":
        # Other languages put the words in their own order: whole partial dates on both sides.
        if a.month == b.month and a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]:
            return _month(a)
        if a.month != b.month and a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]:
            return f"{_month(a)} – {_month(b)}"
        return f"{display_locale().day(a.year, a.month, a.day)} – {display_locale().day(b.year, b.month, b.day)}"
    if a.month != b.month:
        return f"{calendar.month_name[a.month]} – {calendar.month_name[b.month]} {a.year}"
    if a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]:
        return f"{calendar.month_name[a.month]} {a.year}"
    return f"{a.day} – {b.day} {calendar.month_name[a.month]} {a.year}"


def _month(day) -> str:
    return display_locale().month(day.year, day.month)


def visible_span_text(data: TimelineData, state) -> str:
    """The time a :class:`~kzeuviewer.model.state.TimelineState` shows: '2014–2023', 'May – June 2023'.

    Whole years while the view spans three years or more (the Years fields say
    the same), months or days when it is narrower.
    """
    bounds = data.year_bounds()
    if bounds is None:
        return ""
    if state.visible_range is not None and state.visible_range[1] - state.visible_range[0] < 3 * YEAR:
        text = describe_range(*state.visible_range)
        # "2022 – 2023" as the Years fields write it: "2022–2023".
        return text.replace(" – ", "–") if text.replace(" – ", "").isdigit() else text
    first, last = state.years(bounds)
    return str(first) if first == last else f"{first}–{last}"


def filters_text(state) -> str:
    """The search and the hidden kinds of a timeline state, in words ('' when there are none)."""
    parts = []
    if state.search.strip():
        parts.append(translate("Captions", "search “{search}”").format(search=state.search.strip()))
    hidden = [translate("Kinds", KIND_PLURALS[kind]).lower() for kind in EVENT_KINDS if kind in state.hidden_kinds]
    if hidden:
        parts.append(translate("Captions", "without {kinds}").format(kinds=", ".join(hidden)))
    return "; ".join(parts)


def view_caption(data: TimelineData, state, listed: np.ndarray) -> Caption:
    """Caption of the timeline as a state shows it.

    The title names the events listed (``listed``: the events that pass the
    search and the kinds and lie in the visible range), the visible span and
    the filters; the sources line names the publishers behind those events.
    """
    listed = np.asarray(listed, dtype=bool)
    count = int(listed.sum())
    title = (translate("Captions", "Kazakhstan–EU relations: %Ln event", "", count) if count == 1
             else translate("Captions", "Kazakhstan–EU relations: %Ln events", "", count))
    span = visible_span_text(data, state)
    if span:
        title += f", {span}"
    filters = filters_text(state)
    if filters:
        title += f" ({filters})"
    return Caption(title=title, sources=source_publishers(data, listed))


def source_publishers(data: TimelineData, mask: np.ndarray) -> str:
    """Publishers of the sources behind the events in ``mask``, most cited first (at most 12 named)."""
    ids = [s for cell in data.frame.loc[np.asarray(mask, dtype=bool), "source_ids"].astype(str) for s in cell.split(";") if s]
    if not ids:
        return ""
    publishers = dict(
        zip(data.dataset.sources["source_id"].astype(str), data.dataset.sources["publisher"].astype(str), strict=False)
    )
    counts = pd.Series([publishers.get(s, "") for s in ids]).replace("", np.nan).dropna().value_counts(sort=True)
    names = counts.index.tolist()
    if len(names) > MAX_CAPTION_PUBLISHERS:
        rest = len(names) - MAX_CAPTION_PUBLISHERS
        names = names[:MAX_CAPTION_PUBLISHERS] + [
            translate("Captions", "and %n more (every source is in the events CSV)", "", rest)]
    return ", ".join(names)


class EventsQuery(TableQuery):
    """The events list: a TableQuery plus a row mask for the kind and year filters.

    Search and sort stay in :class:`TableQuery` (vectorised, over the distinct
    values of each column); the search looks at the title, location,
    participants and summary. The extra mask is applied after them, so the
    shown rows keep their sort order, and the rows before the mask (search
    only) give the per-kind counts of the filter check boxes.
    """

    SEARCHED = (TITLE_COLUMN, LOCATION_COLUMN, PARTICIPANTS_COLUMN, SUMMARY_COLUMN, VARIANTS_COLUMN)

    def __init__(self, data: TimelineData):
        self._row_mask: np.ndarray | None = None
        self._searched_rows = np.empty(0, dtype=np.int64)  # every row, once TableQuery has made them
        self._search_mask: np.ndarray | None = None
        self._listed_positions: np.ndarray | None = None
        self._listed_keep: np.ndarray | None = None
        self._rank: np.ndarray | None = None
        self._shared_ids = data.index_of.index
        # The titles (a million distinct texts) are encoded for search and sort when first searched,
        # sorted or filtered; until then the list reads them by position (``data.titles``). The
        # TableQuery is built over a one-value stand-in for them: its own column never encoded.
        frame = data.frame
        self._titles = data.titles
        stand_in = pd.Categorical.from_codes(np.zeros(len(frame), dtype=np.int8), [""])
        super().__init__(frame.assign(**{EVENT_COLUMNS[TITLE_COLUMN].key: stand_in}), EVENT_COLUMNS, "event_id")
        del stand_in
        self.frame = frame
        self._encoded[TITLE_COLUMN] = _EncodedOnFirstUse(self._encode_titles)
        self.rows = self._searched_rows = _narrow_rows(self.rows, self.total)  # the same array: no search yet
        self.set_search_columns(self.SEARCHED)

    def _encode_titles(self):
        """Encode the titles now (a search, sort or filter of them needs it); the code groups follow."""
        encoded = _Encoded(self.frame, self.columns[TITLE_COLUMN])
        self._encoded[TITLE_COLUMN] = encoded
        self._groups = [_CodeGroup(members, self._encoded)
                        for members in _column_groups([len(e.display) for e in self._encoded])]
        return encoded

    @property
    def titles_encoded(self) -> bool:
        """Are the titles encoded (with their search index and sort ranks) for search and sort?"""
        encoded = self._encoded[TITLE_COLUMN]
        return not isinstance(encoded, _EncodedOnFirstUse) and encoded.ready

    def encode_titles(self) -> None:
        """Encode the titles now, with their search index and sort ranks (a worker thread may do it while
        the list is painted: until it is done, the list reads the titles by position)."""
        self._encoded[TITLE_COLUMN].warm_up()

    def _titles_read_by_position(self, column: int) -> bool:
        return column == TITLE_COLUMN and isinstance(self._encoded[TITLE_COLUMN], _EncodedOnFirstUse)

    def cell(self, row: int, column: int) -> str:
        if self._titles_read_by_position(column):
            return self._titles[int(self.rows[row])]
        return super().cell(row, column)

    def column_values(self, column: int) -> np.ndarray:
        if self._titles_read_by_position(column):
            return self._titles.take(self.rows)
        return super().column_values(column)

    def values_at(self, view_rows, column: int) -> np.ndarray:
        if self._titles_read_by_position(column):
            return self._titles.take(self.rows[np.asarray(view_rows, dtype=np.int64)])
        return super().values_at(view_rows, column)

    def export_values(self, column: int) -> np.ndarray:
        if self._titles_read_by_position(column):
            return self.column_values(column)  # text: exported as shown
        return super().export_values(column)

    def _id_lookup(self):
        """The rows' ids as the timeline's id index holds them (one index of a million ids, not a second one)."""
        if self._ids is None and self._shared_ids.is_unique and len(self._shared_ids) == self.total:
            with self._ids_lock:
                if self._ids is None:
                    self._ids = (identity(self.total), self._shared_ids.ids, self._shared_ids)
        return super()._id_lookup()

    def set_search_columns(self, columns) -> None:
        """Search the searchable columns among ``columns`` (the list view passes its visible ones)."""
        wanted = self.SEARCHED if columns is None else tuple(c for c in columns if c in self.SEARCHED)
        super().set_search_columns(wanted or self.SEARCHED)

    @property
    def row_mask(self) -> np.ndarray | None:
        """The kind and range mask applied after the search (None: none)."""
        if self._row_mask is None and (self._listed_positions is not None or self._listed_keep is not None):
            mask = np.ones(self.total, dtype=bool) if self._listed_keep is None else self._listed_keep.copy()
            if self._listed_positions is not None:
                in_positions = np.zeros(self.total, dtype=bool)
                in_positions[self._listed_positions] = True
                mask &= in_positions
            self._row_mask = mask
        return self._row_mask

    def set_listed(self, positions: np.ndarray | None, keep: np.ndarray | None) -> None:
        """List the searched rows at ``positions`` (None: any) where ``keep`` is true (None: all).

        The search and the order are unchanged: only the rows they gave are
        filtered. With few positions (a zoomed-in view of a large timeline)
        they are placed by their rank in those rows, so the cost follows the
        rows listed, not the whole table.
        """
        self._listed_positions = positions
        self._listed_keep = keep
        self._row_mask = None
        self.rows = self._filter(self._searched_rows)

    def _filter(self, rows: np.ndarray) -> np.ndarray:
        """The searched ``rows`` that the listed positions and ``keep`` let through (``rows`` itself if all)."""
        positions, keep = self._listed_positions, self._listed_keep
        if positions is None:
            if keep is None:
                return rows
            kept = keep[rows]
            # Every row kept (no kind hidden): the same array, not a second one saying the same.
            return rows if kept.all() else rows[kept]
        if keep is not None:
            positions = positions[keep[positions]]
        if len(positions) * 16 < len(rows):
            if self._rank is None:
                self._rank = np.full(self.total, -1, dtype=_row_dtype(self.total))
                self._rank[rows] = np.arange(len(rows), dtype=self._rank.dtype)
            ranks = self._rank[positions]
            return rows[np.sort(ranks[ranks >= 0])]
        wanted = np.zeros(self.total, dtype=bool)
        wanted[positions] = True
        return rows[wanted[rows]]

    def _sorted_rows(self) -> np.ndarray:
        # Kept for as long as the sort holds: row numbers in 32 bits (a million rows, 4 MB).
        return _narrow_rows(super()._sorted_rows(), self.total)

    def search_mask(self) -> np.ndarray:
        """Rows matching the current search, before the kind and year filters (do not modify it)."""
        if self._search_mask is None:
            self._search_mask = np.zeros(self.total, dtype=bool)
            self._search_mask[self._searched_rows] = True
        return self._search_mask

    def shown_mask(self) -> np.ndarray:
        mask = np.zeros(self.total, dtype=bool)
        mask[self.rows] = True
        return mask

    def _refresh(self) -> None:
        # TableQuery recomputes ``rows`` here after every search, filter and sort.
        super()._refresh()
        order = self._order
        if self._search is None and self._filter_mask is None and order is not None and len(order) == len(self.rows):
            self.rows = order  # every row, sorted: the sort's own array (TableQuery hands over a wider copy)
        self._searched_rows = self.rows = _narrow_rows(self.rows, self.total)
        self._search_mask = None
        self._rank = None
        self.rows = self._filter(self._searched_rows)


class _EncodedOnFirstUse:
    """Stands for a column's encoding (``table_query._Encoded``) until something reads it: then builds it.

    ``build`` is a method of the query that holds this stand-in: it is kept as a weak
    reference, so the two make no reference cycle and a replaced list (hundreds of MB
    at a million events) is freed at once, not at the cycle collector's next full pass.
    """

    def __init__(self, build):
        self._build = weakref.WeakMethod(build)
        self._built = None

    @property
    def ready(self) -> bool:
        return False  # nothing of it is built (once built, the real encoding takes this one's place)

    def __getattr__(self, name):
        if self._built is None:
            build = self._build()
            if build is None:
                raise AttributeError(name)  # its query is gone
            self._built = build()
        return getattr(self._built, name)


def _narrow_rows(rows: np.ndarray, total: int) -> np.ndarray:
    """Numbers of rows of a ``total``-row table in 32 bits when they fit (the array itself when it is already)."""
    return rows.astype(_row_dtype(total), copy=False)


class _LaneOrder:
    """Some entries, lane by lane, sorted by a key: what :class:`LaneDensity` searches.

    Per lane: the entries (int32) in key order, all of them and those the mask
    keeps, and the keys of those kept. The keys are read from the entries' own
    array (``x_all``) or, for keys held nowhere else, from ``keys`` kept here.
    """

    def __init__(self, entries: np.ndarray, keys: np.ndarray, lane: np.ndarray, lane_count: int, x_all: np.ndarray | None,
                 by_key: bool = False):
        """``entries`` and their ``keys`` (same length; ``by_key``: already sorted by them);
        ``x_all``: the key of every entry, when ``keys`` is read from it."""
        if not by_key:
            order = np.argsort(keys, kind="stable")
            entries, keys = entries[order].astype(np.int32), keys[order]
            del order
        lanes = lane[entries]
        self._x_all = x_all
        self._all_entries = [entries[lanes == number] for number in range(lane_count)]
        self._all_keys = None if x_all is not None else [keys[lanes == number] for number in range(lane_count)]
        self.set_mask(None)

    def set_mask(self, mask: np.ndarray | None) -> None:
        self.entries, self.keys = [], []
        for number, entries in enumerate(self._all_entries):
            keep = None if mask is None else mask[entries]
            if keep is not None and not keep.all():
                entries = entries[keep]
            self.entries.append(entries)  # the lane's own array when every entry is kept: no copy
            if self._all_keys is None:
                self.keys.append(self._x_all[entries])
            else:
                keys = self._all_keys[number]
                self.keys.append(keys if keep is None or len(entries) == len(keys) else keys[keep])
        self._marked: list[tuple[np.ndarray, list[np.ndarray]]] = []

    def count(self, low: float, high: float) -> int:
        return sum(int(np.searchsorted(k, high, side="right")) - int(np.searchsorted(k, low, side="left"))
                   for k in self.keys)

    def entries_in(self, low: float, high: float) -> list[np.ndarray]:
        parts = []
        for entries, keys in zip(self.entries, self.keys, strict=True):
            first = int(np.searchsorted(keys, low, side="left"))
            last = max(first, int(np.searchsorted(keys, high, side="right")))
            parts.append(entries[first:last])
        return parts

    def _marked_places(self, weights: np.ndarray) -> list[np.ndarray]:
        """Per lane, the places (in key order) of the weighted entries (kept for the last few arrays).

        Places, not running sums: as many numbers as weighted entries (a few
        highlighted or unconfirmed ones), not one per entry.
        """
        for known, places in self._marked:
            if known is weights:
                return places
        places = [np.flatnonzero(weights[entries]).astype(np.int32) for entries in self.entries]
        self._marked = [*self._marked[-3:], (weights, places)]
        return places

    def add_histogram(self, counts: np.ndarray, edges: np.ndarray, high: float, weights: np.ndarray | None) -> None:
        """Add each lane's entries per bin (``edges``; the last bin closed at ``high``) to ``counts``."""
        marked = self._marked_places(np.asarray(weights, dtype=bool)) if weights is not None else None
        for lane, keys in enumerate(self.keys):
            cuts = np.searchsorted(keys, edges, side="left")
            cuts[-1] = np.searchsorted(keys, high, side="right")  # the last bin is closed, as in np.histogram
            if marked is not None:
                cuts = np.searchsorted(marked[lane], cuts, side="left")
            counts[lane] += np.diff(cuts)


class LaneLayout:
    """Where a timeline's entries are drawn for one choice of lanes (``kinds``, top to bottom).

    ``lane``: each event's lane (-1: not drawn, its kind has no lane or its
    date is missing); ``entry_lane`` the same per entry; ``anchor`` each
    entry's x; ``density`` the density index of the drawn entries (every one
    counted); ``span_events`` the drawn events shown as bars, by start. Built
    from the data alone: a large timeline's first layout is made in the
    loading thread (see :meth:`TimelineData.prepare_layout`).
    """

    def __init__(self, data: TimelineData, kind_codes: Sequence[int]):
        self.kinds = [int(k) for k in kind_codes]
        # Lane numbers in bytes (a handful of lanes, a million events).
        lane_of_kind = np.full(len(EVENT_KINDS), -1, dtype=np.int8)
        lane_of_kind[self.kinds] = np.arange(len(self.kinds))
        self.lane = np.where(data.valid, lane_of_kind[data.kind_codes], np.int8(-1))
        award_lane = lane_of_kind[EVENT_KINDS.index("award")]
        award_valid = data.valid[data.award_event]
        self.entry_lane = np.concatenate([self.lane, np.where(award_valid, award_lane, np.int8(-1))])
        entries = data.entry_events
        # Markers, hit tests and the mode go by the anchors; the strips by where events count (partial
        # dates spread over their month or year: only those entries are kept a second time).
        partial = np.flatnonzero(entries.per_entry(data.partial))
        self.anchor = entries.per_entry(data.anchor)  # one array for the density and the labels
        self.density = LaneDensity(self.anchor, self.entry_lane,
                                   spread=(partial, data.spread_of(entries[partial])), order=data.entry_anchor_order)
        del partial
        spans = np.flatnonzero((self.lane >= 0) & data.span)
        # By start: the bar item finds those in view by binary search.
        self.span_events = spans[np.argsort(data.start[spans], kind="stable")].astype(np.int32)


class LaneDensity:
    """How many entries each lane holds in each bin of a range of the time axis.

    Entries (events, and awards drawn in the Awards lane) are kept lane by lane,
    sorted by their x: a lane's count in each bin is the difference of two
    binary searches at the bin edges, so a histogram costs lanes × bins
    searches whatever the number of entries, and the entries of a range are a
    slice of each lane. Weighted counts (the highlighted entries, the
    unconfirmed ones) search the places of the weighted entries in each lane.
    ``set_mask`` chooses the entries counted (those shown).

    ``spread`` (entries, their x in the histograms) moves some entries in the
    histograms only (a partial date counts somewhere in its month or year,
    while its marker stands at its middle): those few are kept twice, by x and
    by their spread x; every other entry once.
    """

    def __init__(self, x, lane, spread: tuple[np.ndarray, np.ndarray] | None = None, order: np.ndarray | None = None):
        """``order``: every entry by ``x`` (a stable argsort, e.g. ``TimelineData.entry_anchor_order``), if known."""
        x = np.asarray(x, dtype=float)  # shared, not copied, when it is float64 already
        self.lane = np.asarray(lane)
        if self.lane.dtype.kind != "i":
            self.lane = self.lane.astype(np.int64)
        self.lane_count = int(self.lane.max()) + 1 if len(self.lane) and self.lane.max() >= 0 else 0
        placed = (self.lane >= 0) & ~np.isnan(x)
        moved = np.empty(0, dtype=np.int64)
        if spread is not None:
            moved, moved_x = (np.asarray(values) for values in spread)
            keep = placed[moved] & ~np.isnan(moved_x)
            moved, moved_x = moved[keep].astype(np.int64), moved_x[keep].astype(float)
            placed[moved] = False
        # Entry numbers in int32: a million entries, four bytes each in every ordered copy.
        if order is None:
            still = np.flatnonzero(placed).astype(np.int32)
        else:  # already by x: keeping the placed ones keeps their order (equal x stay in entry order)
            still = np.asarray(order)[placed[order]].astype(np.int32, copy=False)
        del placed
        self.total = len(still) + len(moved)
        stay = _LaneOrder(still, x[still], self.lane, self.lane_count, x, by_key=order is not None)
        del still
        self._by_x = [stay]
        self._by_spread = [stay]
        if len(moved):
            self._by_x.append(_LaneOrder(moved, x[moved], self.lane, self.lane_count, x))
            self._by_spread.append(_LaneOrder(moved, moved_x, self.lane, self.lane_count, None))
        self.set_mask(None)

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Count only the entries where ``mask`` is true (None: every entry in a lane)."""
        mask = None if mask is None else np.asarray(mask, dtype=bool)
        for part in {id(p): p for p in (*self._by_x, *self._by_spread)}.values():
            part.set_mask(mask)
        self.counted = self.count(-np.inf, np.inf)

    def count(self, low: float, high: float) -> int:
        """Entries with ``low <= x <= high``."""
        return sum(part.count(low, high) for part in self._by_x)

    def entries_in(self, low: float, high: float) -> np.ndarray:
        """Entry numbers with ``low <= x <= high``: lane by lane, each lane's by x."""
        parts = [entries for part in self._by_x for entries in part.entries_in(low, high)]
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int32)

    def histogram(self, low: float, high: float, bins: int, weights: np.ndarray | None = None) -> np.ndarray:
        """Counts, shape (lanes, bins): bin ``b`` holds ``low + b*w <= x < low + (b+1)*w`` (the last also ``x == high``).

        Entries given a spread x count at it. ``weights`` (a boolean per entry,
        in entry order; not changed in place afterwards) counts only some of
        them: the highlighted ones, the uncertain ones.
        """
        bins = max(int(bins), 1)
        counts = np.zeros((self.lane_count, bins), dtype=np.int64)
        if not self.lane_count or not high > low:
            return counts
        edges = np.linspace(low, high, bins + 1)
        for part in self._by_spread:
            part.add_histogram(counts, edges, high, weights)
        return counts


def bin_of(x: np.ndarray, low: float, high: float, bins: int) -> np.ndarray:
    """The bin of each x in ``bins`` equal bins from ``low`` to ``high`` (as ``np.histogram`` puts them)."""
    edges = np.linspace(low, high, bins + 1)
    which = np.searchsorted(edges, x, side="right") - 1
    return np.clip(which, 0, bins - 1)
