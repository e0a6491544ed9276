"""The app's tables, defined once: people, events and trade, their columns and how to query them.

``people`` (one row per person and award), ``events`` and ``trade`` are built
here from a :class:`~kzeuviewer.model.Dataset` and queried with a
:class:`~kzeuviewer.model.table_query.TableQuery`. The GUI tabs show the very
same definitions and the ``export-table`` command applies the same search and
sort, so an export from either has the same rows in the same order.
Writing the tables to files is :mod:`kzeuviewer.exporters.tables`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .dataset import Dataset
from .id_index import IdIndex
from .languages import VARIANT_SEPARATOR, distinct_combinations, variants_column
from .table_query import Column, TableQuery, is_arrow_text, with_empty_last
from .translatable import QT_TRANSLATE_NOOP


class TableSpecError(ValueError):
    """A request names a table, column or file format that does not exist; says which do."""


# -- building the frames -------------------------------------------------------
def _categorical(values: pd.Series) -> pd.Categorical:
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.array
    codes, uniques = pd.factorize(values.astype(object).where(values.notna(), ""))
    return pd.Categorical.from_codes(codes, categories=pd.Index(np.asarray(uniques, dtype=object)))


def _unique_dtype(categories: pd.Index) -> pd.CategoricalDtype:
    """The dtype of categories already known distinct (factorize made them): not hashed again to check.

    A million distinct names would otherwise be hashed a second time just to be told they are unique.
    """
    from_fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if from_fastpath is None:  # a pandas without it: checked, which is only slower
        return pd.CategoricalDtype(categories)
    return from_fastpath(categories, False)


def _row_codes(count: int):
    """The integers pandas keeps codes into ``count`` categories in (and -1): given so, they are not converted."""
    return np.int8 if count < 2**7 - 1 else np.int16 if count < 2**15 - 1 else np.int32


def _take(values: pd.Series, positions: np.ndarray):
    """``values`` at ``positions``; -1 gives an empty cell. Text stays dictionary-encoded.

    Plain text is dictionary-encoded here, over the source rows ``positions``
    use (a people table is shorter than the table of people and awards), with
    the empty cell as the last category: :class:`TableQuery` then uses these
    codes and categories as they are instead of hashing every row again.
    """
    if len(positions) and positions.max() < 0:  # no row has a value (e.g. nobody has an award)
        return _nothing(values.dtype, len(positions))
    missing = positions < 0
    safe = np.where(missing, 0, positions)
    dtype = values.dtype
    if not isinstance(dtype, pd.CategoricalDtype):
        if pd.api.types.is_datetime64_any_dtype(dtype):
            return _take_dates(values, safe, missing)
        if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            out = values.to_numpy(dtype=float, na_value=np.nan)
            out = out[safe] if len(out) else np.full(len(positions), np.nan)
            out[missing] = np.nan
            return out
        return _take_text(values, positions)
    categorical = _categorical(values)
    categories = categorical.categories
    codes = np.asarray(categorical.codes)
    if isinstance(categories.dtype, pd.StringDtype) or (
            categories.dtype == object and pd.api.types.infer_dtype(categories, skipna=False) == "string"):
        # The empty cell as the last category (where the source has an empty string, it is that one):
        # no code is -1, so TableQuery uses these codes as they are instead of a copy with -1 replaced.
        text = np.asarray(categories, dtype=object)
        kept = text != ""
        renumber = np.full(len(text) + 1, np.count_nonzero(kept), dtype=np.int64)  # the last: code -1
        renumber[:-1][kept] = np.arange(np.count_nonzero(kept))
        categories = pd.Index(np.append(text[kept], np.array([""], dtype=object)), dtype=object)
        code_type = _row_codes(len(categories))
        by_row = renumber.astype(code_type)[codes]
        empty = len(categories) - 1
        taken = by_row[safe] if len(by_row) else np.full(len(positions), empty, dtype=code_type)
        taken[missing] = empty
        return pd.Categorical.from_codes(taken, dtype=_unique_dtype(categories), validate=False)
    taken = codes[safe] if len(codes) else np.full(len(positions), -1, dtype=codes.dtype)
    taken = np.where(missing, -1, taken)
    return pd.Categorical.from_codes(taken, dtype=categorical.dtype, validate=False)


@functools.lru_cache(maxsize=2)
def _constant_codes(count: int, code: int) -> np.ndarray:
    codes = np.full(count, code, dtype=np.int8)
    codes.setflags(write=False)  # shared by every column that has no value in any row
    return codes


def _nothing(dtype, count: int):
    """A column with no value in any of its ``count`` rows: one shared array of codes, not one per column."""
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return pd.Categorical.from_codes(_constant_codes(count, -1), dtype=pd.CategoricalDtype(pd.DatetimeIndex([])),
                                         validate=False)
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype) \
            and not isinstance(dtype, pd.CategoricalDtype):
        return np.full(count, np.nan)
    return pd.Categorical.from_codes(_constant_codes(count, 0), dtype=_EMPTY_TEXT, validate=False)


_EMPTY_TEXT = pd.CategoricalDtype(pd.Index([""], dtype=object))


def _take_text(values: pd.Series, positions: np.ndarray):
    """Plain text at ``positions`` (-1: empty) as codes into its distinct values, ``""`` the last of them.

    Arrow text stays Arrow text (no string object per value); taken whole (every
    row once, in order: a people table where nobody has two awards) it is the
    column itself.
    """
    arrow = is_arrow_text(values.array)
    text = values.array if arrow else values.to_numpy(dtype=object)
    if arrow and len(positions) == len(text) and (positions == np.arange(len(text))).all():
        return text
    used_rows = np.zeros(len(text), dtype=bool)
    used_rows[positions[positions >= 0]] = True
    used = np.flatnonzero(used_rows)
    del used_rows
    # Missing values (None, NaN) get the code -1, like rows that name no source row.
    codes, uniques = pd.factorize(text if len(used) == len(text) else text[used])
    if not arrow:
        uniques = np.asarray(uniques, dtype=object)
    blank = np.flatnonzero(np.asarray(uniques == "", dtype=bool))
    if len(blank):  # an empty string among the values: the one empty cell, moved last
        codes = np.where(codes == blank[0], -1, codes - (codes > blank[0]))
        uniques = uniques[np.arange(len(uniques)) != blank[0]]
    empty = len(uniques)
    code_type = _row_codes(empty + 1)
    by_row = np.full(len(text), empty, dtype=code_type)
    by_row[used] = np.where(codes < 0, empty, codes)
    taken = np.full(len(positions), empty, dtype=code_type)
    found = positions >= 0
    taken[found] = by_row[positions[found]]
    categories = with_empty_last(uniques)
    del uniques, codes
    # An object array stays objects (pandas would otherwise make Arrow text of it: a copy of every value).
    index = pd.Index(categories, copy=False) if arrow else pd.Index(categories, dtype=object, copy=False)
    return pd.Categorical.from_codes(taken, dtype=_unique_dtype(index), validate=False)


def _take_dates(values: pd.Series, safe: np.ndarray, missing: np.ndarray) -> pd.Categorical:
    """Timestamps at positions as codes into the distinct ones (a few thousand dates over a million rows)."""
    stamps = values.to_numpy(dtype="datetime64[ns]")
    codes, uniques = pd.factorize(stamps.view(np.int64))  # NaT is one more distinct integer here
    uniques = np.asarray(uniques, dtype=np.int64)
    nat = uniques == np.iinfo(np.int64).min
    renumber = np.cumsum(~nat) - 1
    renumber[nat] = -1
    code_type = _row_codes(len(uniques) + 1)
    by_row = renumber.astype(code_type)[codes] if len(codes) else np.empty(0, dtype=code_type)
    taken = by_row[safe] if len(by_row) else np.full(len(safe), -1, dtype=code_type)
    taken[missing] = -1
    categories = pd.DatetimeIndex(uniques[~nat].view("datetime64[ns]"))
    return pd.Categorical.from_codes(taken, dtype=_unique_dtype(categories), validate=False)


def _person_ids(dataset: Dataset, row_person: np.ndarray):
    """Each row's person id, as codes into the dataset's own ids (its ``person_id_index``).

    The table's id look-ups (selection by person) then use the dataset's index
    of a million ids instead of building a second one (see ``table_query``).
    """
    ids = dataset.person_id_index().ids
    if not len(ids) or getattr(pd.CategoricalDtype, "_from_fastpath", None) is None:
        return pd.Series(ids[row_person] if len(ids) else np.empty(0, dtype=object), dtype=object, copy=False)
    # Taken unchecked: with a repeated id (a problem the loader reports) the table looks the rows' ids up on its own.
    # The categories are the dataset's own ids (Arrow text or objects), not a copy of them.
    categories = pd.Index(ids, copy=False) if is_arrow_text(ids) else pd.Index(ids, dtype=object, copy=False)
    return pd.Categorical.from_codes(row_person.astype(_row_codes(len(ids) + 1)),
                                     dtype=_unique_dtype(categories), validate=False)


def _rows_by_id(ids: IdIndex, values: np.ndarray) -> np.ndarray:
    """The row of each value in ``ids`` (-1: none); a repeated id names its first row."""
    return ids.get_indexer(values)


def _object_array(values: pd.Series) -> np.ndarray:
    """Text as an object array of ``str`` (empty for missing), without a copy when it already is one."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.astype(object)
    return values.to_numpy(dtype=object, na_value="")


def _indexer_by_distinct(index: IdIndex, values: pd.Series) -> np.ndarray:
    """``index.get_indexer(values)`` for a column with few distinct values: each looked up once."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = np.asarray(values.array.codes), values.cat.categories
    else:
        codes, uniques = pd.factorize(_object_array(values))
    found = np.append(index.get_indexer(np.asarray(uniques, dtype=object)), -1)
    return found[codes]


def people_frame(dataset: Dataset) -> pd.DataFrame:
    """One row per person and award; a person with no award once, with empty award cells.

    People keep the file's order and each person's awards theirs. Text is
    dictionary-encoded (categoricals) and counts are 32-bit: a million rows
    cost a few bytes each per column.
    """
    people = dataset.people.reset_index(drop=True)
    awards = dataset.awards.reset_index(drop=True)
    events = dataset.events.reset_index(drop=True)
    award_person = dataset.link("awards", "person_id")
    if award_person is None:
        award_person = _rows_by_id(dataset.person_id_index(), _object_array(awards["person_id"]))
    known = award_person >= 0
    award_rows = np.flatnonzero(known)
    award_person = award_person[known]
    has_award = np.zeros(len(people), dtype=bool)
    has_award[award_person] = True
    without = np.flatnonzero(~has_award)
    # Row positions in 32 bits (the tables are far below 2**31 rows): half the memory of the gathers.
    row_person = np.concatenate([award_person, without]).astype(np.int32)
    row_award = np.concatenate([award_rows, np.full(len(without), -1)]).astype(np.int32)
    order = np.argsort(row_person, kind="stable")
    row_person, row_award = row_person[order], row_award[order]
    del order

    award_event = dataset.link("awards", "event_id")
    if award_event is None:
        award_event = _indexer_by_distinct(dataset.event_id_index(), awards["event_id"])
    row_event = np.where(row_award >= 0, award_event[np.maximum(row_award, 0)] if len(awards) else -1, -1)
    # Events attended, counted through the same id index (no second hash of every person id).
    participant_person = dataset.link("participants", "person_id")
    if participant_person is None:
        participant_person = _rows_by_id(dataset.person_id_index(), _object_array(dataset.participants["person_id"]))
    attended = np.bincount(participant_person[participant_person >= 0], minlength=len(people))
    # In the narrowest integers that hold the largest count (a byte a row when nobody attended 128 events).
    attended = attended.astype(_row_codes(int(attended.max()) + 2) if len(attended) else np.int8)

    frame = pd.DataFrame(
        {
            "person_id": _person_ids(dataset, row_person),
            "award_id": _take_ids(awards["award_id"], row_award),
            "name": _take(people["name"], row_person),
            "role": _take(people["role"], row_person),
            "organisation": _take(people["organisation"], row_person),
            "side": _take(people["side"], row_person),
            "award": _take(awards["award"], row_award),
            "degree": _take(awards["degree"], row_award),
            "date": _take(awards["date"], row_award),
            "date_start": _take(awards["date_start"], row_award),
            "date_precision": _take(awards["date_precision"], row_award),
            "conferred_by": _take(awards["conferred_by"], row_award),
            # Only doubts are shown: a confirmed award leaves the cell empty.
            "award_confidence": _take(_doubts(awards), row_award),
            "event_id": _take(awards["event_id"], row_award),
            "event_title": _take(events["title"], row_event),
            "events_attended": attended[row_person] if len(attended) else np.zeros(len(row_person), np.int8),
            "also_written": _also_written((_spellings(people, "name"), row_person), (_spellings(awards, "award"), row_award)),
            "source_ids": _take(awards["source_ids"], row_award),
            "person_source_ids": _take(people["source_ids"], row_person),
        },
        copy=False,
    )
    return frame


def _take_ids(values: pd.Series, positions: np.ndarray) -> pd.Series:
    """Ids (distinct, not shown, never searched) gathered as they are: hashing them would be wasted."""
    if isinstance(values.dtype, pd.CategoricalDtype) or not len(values):
        return _take(values, positions)
    out = values.to_numpy(dtype=object, na_value="")[np.maximum(positions, 0)]
    out[positions < 0] = ""
    return pd.Series(out, dtype=object, copy=False)


def _spellings(table: pd.DataFrame, column: str) -> pd.Series | None:
    """The other-language spellings of ``column`` (see :mod:`~kzeuviewer.model.languages`), or None without any."""
    name = variants_column(column)
    if name not in table.columns:
        return None
    return table[name]


def _also_written(*parts: tuple[pd.Series | None, np.ndarray]) -> pd.Categorical:
    """Per row, every other spelling of the name and the award, so a search in any script finds the row.

    Each part is (spellings of a source table, or None; the source row of each
    table row, -1 for none). The spellings are encoded over the source rows,
    and joined once per distinct combination (a million people share a
    handful), not per row.
    """
    texts, codes_of_parts = [], []
    rows = len(parts[0][1]) if parts else 0
    for spellings, positions in parts:
        if spellings is None:
            continue
        source_codes, uniques = pd.factorize(spellings.astype(object).to_numpy(dtype=object, na_value=""))
        if not any(str(u) for u in uniques):
            continue  # no other spelling at all: nothing to join
        empty = len(uniques)
        texts.append(np.append(np.asarray(uniques, dtype=object), ""))
        source_codes = np.where(source_codes < 0, empty, source_codes)
        codes_of_parts.append(np.where(positions >= 0, source_codes[np.maximum(positions, 0)] if empty else empty, empty))
    if not texts:  # nobody is written otherwise (no pass over the rows to find that out again)
        return pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8), categories=pd.Index([""], dtype=object))
    combined, first_row = distinct_combinations([(c, len(t)) for c, t in zip(codes_of_parts, texts, strict=True)])
    part_codes = [codes[first_row] for codes in codes_of_parts]
    joined = [
        VARIANT_SEPARATOR.join(str(text[code]) for text, code in zip(texts, row, strict=True) if str(text[code]))
        for row in zip(*part_codes, strict=True)
    ]
    label_codes, labels = pd.factorize(pd.Series(joined, dtype=object))
    return pd.Categorical.from_codes(label_codes[combined], categories=pd.Index(np.asarray(labels, dtype=object)))


def _doubts(table: pd.DataFrame) -> pd.Series:
    """The ``confidence`` of each row where it is not "confirmed" (empty otherwise, and without the column)."""
    if "confidence" not in table.columns:
        return pd.Series(pd.Categorical.from_codes(np.full(len(table), -1, dtype=np.int8), categories=[]),
                         index=table.index)
    confidence = table["confidence"]
    if isinstance(confidence.dtype, pd.CategoricalDtype):
        # Decided once per category: "confirmed" (and missing) become the empty cell.
        doubts = [str(c) if str(c) != "confirmed" else "" for c in confidence.cat.categories.tolist()]
        codes, uniques = pd.factorize(pd.Series(doubts + [""], dtype=object))
        by_code = np.where(np.asarray(uniques, dtype=object)[codes] == "", -1, codes)
        return pd.Series(pd.Categorical.from_codes(by_code[np.asarray(confidence.array.codes)],
                                                   categories=pd.Index(np.asarray(uniques, dtype=object))),
                         index=table.index)
    values = confidence.astype(object).where(confidence.notna(), "").astype(str)
    return values.where(values != "confirmed", "")


def events_frame(dataset: Dataset) -> pd.DataFrame:
    events = dataset.events.reset_index(drop=True)
    counts = dataset.participants["event_id"].astype(str).value_counts()
    frame = events.copy(deep=False)
    frame["participants"] = counts.reindex(events["event_id"].astype(str), fill_value=0).to_numpy()
    return frame


def _source_titles(dataset: Dataset, source_ids: pd.Series) -> pd.Categorical:
    """'Publisher: Title; …' for each row's ``a;b`` source list, resolved once per distinct list."""
    categorical = _categorical(source_ids)
    titles = []
    for ids in categorical.categories.tolist():
        sources = dataset.sources_for(str(ids))
        titles.append(
            "; ".join(
                f"{publisher}: {title}" if publisher else title
                for publisher, title in zip(sources["publisher"].astype(str), sources["title"].astype(str), strict=True)
            )
        )
    title_codes, unique_titles = pd.factorize(pd.Series(titles, dtype=object))
    codes = np.asarray(categorical.codes)
    mapped = np.where(codes >= 0, title_codes[np.maximum(codes, 0)] if len(title_codes) else -1, -1)
    return pd.Categorical.from_codes(mapped, categories=pd.Index(np.asarray(unique_titles, dtype=object)))


def trade_frame(dataset: Dataset) -> pd.DataFrame:
    trade = dataset.trade.reset_index(drop=True)
    frame = trade.copy(deep=False)
    for column in ("period", "qualifier", "derived", "stated_by", "quote", "note"):
        if column not in frame.columns:
            frame[column] = ""
    frame["source_titles"] = _source_titles(dataset, trade["source_ids"])
    return frame


@dataclass(frozen=True)
class TableDefinition:
    """A table of the app: its columns (in default order), row id and how to build it."""

    name: str
    title: str
    columns: tuple[Column, ...]
    id_column: str | None
    build: Callable[[Dataset], pd.DataFrame]
    # The index of the ids the id column's categories are (the People table's: the dataset's person ids).
    id_index: Callable[[Dataset], IdIndex] | None = None


PEOPLE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Tables", "Name")),
    Column("role", QT_TRANSLATE_NOOP("Tables", "Role")),
    Column("organisation", QT_TRANSLATE_NOOP("Tables", "Organisation")),
    Column("side", QT_TRANSLATE_NOOP("Tables", "Side")),
    Column("award", QT_TRANSLATE_NOOP("Tables", "Award")),
    Column("degree", QT_TRANSLATE_NOOP("Tables", "Degree"), "degree"),
    Column("date", QT_TRANSLATE_NOOP("Tables", "Date"), "date", "date_start", "date_precision"),
    Column("conferred_by", QT_TRANSLATE_NOOP("Tables", "Conferred by")),
    Column("award_confidence", QT_TRANSLATE_NOOP("Tables", "Confidence")),
    Column("event_title", QT_TRANSLATE_NOOP("Tables", "Linked event")),
    Column("events_attended", QT_TRANSLATE_NOOP("Tables", "Events attended"), "integer"),
    Column("also_written", QT_TRANSLATE_NOOP("Tables", "Also written")),
)

EVENT_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Tables", "Date"), "date", "date_start", "date_precision"),
    Column("end_date", QT_TRANSLATE_NOOP("Tables", "End date"), "date", "end_date_start", "end_date_precision"),
    Column("title", QT_TRANSLATE_NOOP("Tables", "Title")),
    Column("kind", QT_TRANSLATE_NOOP("Tables", "Kind")),
    Column("location", QT_TRANSLATE_NOOP("Tables", "Location")),
    Column("participants", QT_TRANSLATE_NOOP("Tables", "Participants"), "integer"),
    Column("summary", QT_TRANSLATE_NOOP("Tables", "Summary")),
    Column("source_ids", QT_TRANSLATE_NOOP("Tables", "Sources")),
)

TRADE_COLUMNS = (
    Column("series", QT_TRANSLATE_NOOP("Tables", "Series")),
    Column("year", QT_TRANSLATE_NOOP("Tables", "Year"), "integer"),
    Column("flow", QT_TRANSLATE_NOOP("Tables", "Flow")),
    Column("value", QT_TRANSLATE_NOOP("Tables", "Value"), "decimal"),
    Column("unit", QT_TRANSLATE_NOOP("Tables", "Unit")),
    Column("reporter", QT_TRANSLATE_NOOP("Tables", "Reporter")),
    Column("partner", QT_TRANSLATE_NOOP("Tables", "Partner")),
    Column("partner_scope", QT_TRANSLATE_NOOP("Tables", "Partner scope")),
    Column("period", QT_TRANSLATE_NOOP("Tables", "Period")),
    Column("qualifier", QT_TRANSLATE_NOOP("Tables", "Qualifier")),
    Column("derived", QT_TRANSLATE_NOOP("Tables", "Derived")),
    Column("stated_by", QT_TRANSLATE_NOOP("Tables", "Stated by")),
    Column("source_ids", QT_TRANSLATE_NOOP("Tables", "Sources")),
    Column("source_titles", QT_TRANSLATE_NOOP("Tables", "Source titles")),
    Column("quote", QT_TRANSLATE_NOOP("Tables", "Quote")),
    Column("note", QT_TRANSLATE_NOOP("Tables", "Note")),
)

TABLES: dict[str, TableDefinition] = {
    "people": TableDefinition("people", "People & awards", PEOPLE_COLUMNS, "person_id", people_frame,
                              Dataset.person_id_index),
    "events": TableDefinition("events", "Events", EVENT_COLUMNS, "event_id", events_frame),
    "trade": TableDefinition("trade", "Trade", TRADE_COLUMNS, None, trade_frame),
}
TABLE_NAMES = tuple(TABLES)


def table_definition(table: str) -> TableDefinition:
    try:
        return TABLES[table]
    except KeyError:
        raise TableSpecError(f"unknown table '{table}' (choose from: {', '.join(TABLE_NAMES)})") from None


def table_query(dataset: Dataset, table: str) -> TableQuery:
    """A fresh query over ``table`` of ``dataset``: every row, every column, frame order."""
    definition = table_definition(table)
    id_index = definition.id_index(dataset) if definition.id_index is not None else None
    return TableQuery(definition.build(dataset), list(definition.columns), definition.id_column, id_index)


# -- naming columns --------------------------------------------------------------
def _normalise(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name.strip().casefold())


def column_names(columns: Sequence[Column]) -> str:
    return ", ".join(c.key for c in columns)


def resolve_column(name: str, columns: Sequence[Column]) -> int:
    """Index of a column given by key or header, case-insensitive ('conferred by' = 'conferred_by')."""
    wanted = _normalise(name)
    for index, column in enumerate(columns):
        if wanted in (_normalise(column.key), _normalise(column.header)):
            return index
    raise TableSpecError(f"unknown column '{name.strip()}' (columns: {column_names(columns)})")


def parse_sort(spec: str | None, columns: Sequence[Column]) -> list[tuple[int, bool]]:
    """'name,date:desc' → [(0, False), (6, True)], first key most significant."""
    keys: list[tuple[int, bool]] = []
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, _, direction = part.partition(":")
        direction = direction.strip().casefold()
        if direction not in ("", "asc", "desc"):
            raise TableSpecError(f"unknown sort direction '{direction}' in '{part.strip()}' (use COL or COL:desc)")
        keys.append((resolve_column(name, columns), direction == "desc"))
    return keys


def parse_columns(spec: str | None, columns: Sequence[Column]) -> list[int] | None:
    """'name,award' → [0, 4]; None or empty: every column."""
    if not spec or not spec.strip():
        return None
    return [resolve_column(part, columns) for part in spec.split(",") if part.strip()]


def apply_view(
    query: TableQuery,
    search: str | None = None,
    sort: list[tuple[int, bool]] | None = None,
    regex: bool = False,
    columns: list[int] | None = None,
) -> None:
    """Search (over ``columns``, default all) and sort a query as the GUI does."""
    if columns is not None:
        query.set_search_columns(columns)
    if sort:
        query.set_sort(sort)
    if search:
        error = query.set_search(search, regex)
        if error:
            raise TableSpecError(error)
