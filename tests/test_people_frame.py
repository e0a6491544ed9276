"""The People table's frame is dictionary-encoded; it must read, sort, search, export and select as plain text does."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model import Dataset, load_dataset
from kzeuviewer.model.dates import format_partial_date, iso_partial_date, span_end
from kzeuviewer.model.loader import bundled_data_dir
from kzeuviewer.model.table_query import Column, TableQuery
from kzeuviewer.model.tables import PEOPLE_COLUMNS, _also_written, _take, people_frame, table_query

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bundled():
    return load_dataset(bundled_data_dir())


@pytest.fixture(scope="module", params=["bundled", "repeated", "distinct"])
def any_dataset(request, bundled, tmp_path_factory):
    """The bundled data (other spellings, doubts), and the benchmarks' synthetic people at a few thousand rows."""
    if request.param == "bundled":
        return bundled
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from synthetic import synthetic_frames
    finally:
        sys.path.remove(str(BENCHMARKS))
    folder = tmp_path_factory.mktemp(request.param)
    for name, frame in synthetic_frames(3_000, seed=3, distinct=request.param == "distinct").items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    return load_dataset(folder)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The same frame with every categorical column as plain objects (what the table was built from before)."""
    plain = {}
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object) if not pd.api.types.is_datetime64_any_dtype(column.cat.categories.dtype) \
                else pd.Series(np.asarray(column, dtype="datetime64[ns]"))
        plain[name] = column
    return pd.DataFrame(plain)


def _text_buffers(texts) -> list[int]:
    """Where the characters of Arrow text are in memory (equal lists: the same text, not a copy)."""
    return [chunk.buffers()[2].address for chunk in texts._pa_array.chunks]


def _pair(dataset):
    frame = people_frame(dataset)
    encoded = TableQuery(frame, list(PEOPLE_COLUMNS), "person_id")
    plain = TableQuery(_plain(frame), list(PEOPLE_COLUMNS), "person_id")
    return frame, encoded, plain


def _table(query: TableQuery) -> list[list[str]]:
    return [query.column_values(c).tolist() for c in range(len(query.columns))]


def test_the_frame_keeps_text_dates_and_ids_dictionary_encoded(bundled):
    frame = people_frame(bundled)
    for name in ("person_id", "award", "date", "date_start", "event_title", "also_written"):
        assert isinstance(frame[name].dtype, pd.CategoricalDtype), name
    assert frame["events_attended"].dtype == np.int8  # counts below 127: a byte a row
    # Nobody has two awards here, so the rows are the people in order: their plain text columns are
    # the dataset's own Arrow text, and the table shows the names from there (every name differs).
    assert len(frame) == len(bundled.people)
    for name in ("name", "role"):
        assert _text_buffers(frame[name].array) == _text_buffers(bundled.people[name].array), name
    query = TableQuery(frame, list(PEOPLE_COLUMNS), "person_id")
    assert _text_buffers(query._encoded[0].display.texts) == _text_buffers(bundled.people["name"].array)
    assert query.column_values(0).tolist() == bundled.people["name"].tolist()


def test_encoded_columns_show_sort_search_and_export_as_plain_text(any_dataset):
    _frame, encoded, plain = _pair(any_dataset)
    assert encoded.total == plain.total > 60
    assert _table(encoded) == _table(plain)
    for column in range(len(PEOPLE_COLUMNS)):
        for descending in (False, True):
            encoded.set_sort([(column, descending)])
            plain.set_sort([(column, descending)])
            assert encoded.rows.tolist() == plain.rows.tolist(), (PEOPLE_COLUMNS[column].key, descending)
    for needle in ("a", "orden", "2019", "посол", "nazarbayev", "medal", "ов", "12"):
        encoded.set_search(needle)
        plain.set_search(needle)
        assert encoded.rows.tolist() == plain.rows.tolist(), needle
        assert [encoded.export_values(c).tolist() for c in range(len(PEOPLE_COLUMNS))] == \
               [plain.export_values(c).tolist() for c in range(len(PEOPLE_COLUMNS))]
    encoded.set_search("")
    plain.set_search("")
    side = [c.key for c in PEOPLE_COLUMNS].index("side")
    assert encoded.distinct_values(side) == plain.distinct_values(side)
    date = [c.key for c in PEOPLE_COLUMNS].index("date")
    assert encoded.date_bounds(date) == plain.date_bounds(date)


def test_selection_by_person_id_uses_the_datasets_index(bundled):
    query = table_query(bundled, "people")
    person = bundled.people["person_id"].iloc[3]
    rows = query.frame_rows_of_ids([person])
    assert len(rows) >= 1
    assert set(query.frame["name"].iloc[rows]) == {bundled.people["name"].iloc[3]}
    assert query.ids_of_frame_rows(rows) == frozenset([person])
    # One hash table of the ids, the dataset's.
    assert query._id_index is bundled.person_id_index()
    query.set_sort([(0, True)])
    view = query.view_rows_of_ids([person])
    assert [query.id_at(r) for r in view] == [person] * len(rows)
    assert query.ids_of_rows(view) == [person]


def test_a_repeated_person_id_still_selects_every_row_of_it(dataset_dir):
    # The loader keeps the first of repeated ids; a dataset built otherwise may still repeat one.
    loaded = load_dataset(dataset_dir)
    tables = dict(loaded.tables)
    people = loaded.people
    again = people.iloc[[1]].assign(name="Josep Borrell (again)")
    tables["people"] = pd.concat([people, again], ignore_index=True)
    dataset = Dataset(loaded.path, tables, [])
    query = table_query(dataset, "people")
    rows = query.frame_rows_of_ids(["borrell-josep"])
    assert sorted(query.frame["name"].astype(str).iloc[rows]) == ["Josep Borrell", "Josep Borrell (again)"]
    assert query.ids_of_frame_rows(rows) == frozenset(["borrell-josep"])
    assert [query.id_at(r) for r in range(len(query))] == [
        "nurtleu-murat", "borrell-josep", "jankauskas-kestutis", "borrell-josep"]
    assert query.view_rows_of_ids(["borrell-josep"]).tolist() == [1, 3]


def test_text_taken_at_positions_puts_the_empty_cell_last():
    values = pd.Series(["b", "", None, "a", "b"], dtype=object)
    taken = _take(values, np.array([0, 1, 2, 3, 4, -1, 3]))
    assert list(taken.categories) == ["b", "a", ""]
    assert list(np.asarray(taken)) == ["b", "", "", "a", "b", "", "a"]
    query = TableQuery(pd.DataFrame({"x": taken}), [Column("x", "X")])
    assert query.column_values(0).tolist() == ["b", "", "", "a", "b", "", "a"]
    query.set_sort([(0, False)])
    assert query.column_values(0).tolist() == ["a", "a", "b", "b", "", "", ""]
    assert query.distinct_values(0) == [("a", 2), ("b", 2), ("", 3)]


@pytest.mark.parametrize("encoded", [False, True])
def test_partial_dates_show_as_the_scalar_formatting_does(encoded):
    rng = np.random.default_rng(5)
    days = np.concatenate([rng.integers(-25_000, 25_000, 300), [-1, 0, 59, 11_016, 11_017, -25_567]])
    starts = days.astype("datetime64[D]").astype("datetime64[ns]")
    precisions = np.array(["year", "month", "day", None], dtype=object)[rng.integers(0, 4, len(days))]
    # A year or month starts on its first day, as the loader gives them.
    for i, precision in enumerate(precisions):
        if precision == "year":
            starts[i] = starts[i].astype("datetime64[Y]").astype("datetime64[ns]")
        elif precision == "month":
            starts[i] = starts[i].astype("datetime64[M]").astype("datetime64[ns]")
    starts[5] = np.datetime64("NaT")
    column = pd.Series(starts)
    positions = np.arange(len(days))
    if encoded:
        column = pd.Series(_take(column, positions))
    frame = pd.DataFrame({"date": [""] * len(days), "date_start": column,
                          "date_precision": pd.Categorical(precisions, categories=["year", "month", "day"])})
    query = TableQuery(frame, [Column("date", "Date", "date", "date_start", "date_precision")])
    encoded_column = query._encoded[0]
    for row in range(len(days)):
        start, precision = pd.Timestamp(starts[row]), precisions[row]
        code = encoded_column.codes[row]
        assert query.cell(row, 0) == format_partial_date(start, precision), (start, precision)
        assert query.export_values(0)[row] == iso_partial_date(start, precision)
        if pd.isna(start):
            assert pd.isna(encoded_column.date_start[code])
            continue
        assert pd.Timestamp(encoded_column.date_start[code]) == start
        assert pd.Timestamp(encoded_column.date_end[code]) == span_end(start, precision)


def test_a_few_rows_of_the_table_search_and_sort_only_their_own_values(any_dataset):
    frame = people_frame(any_dataset)
    subset = frame.iloc[:10].reset_index(drop=True)
    query = TableQuery(subset, list(PEOPLE_COLUMNS), "person_id")
    plain = TableQuery(_plain(subset), list(PEOPLE_COLUMNS), "person_id")
    name = query._encoded[0]
    assert len(name.display) <= 11  # the slice's names (and the empty cell), not every name of the table
    assert _table(query) == _table(plain)
    query.set_sort([(0, True)])
    plain.set_sort([(0, True)])
    assert query.rows.tolist() == plain.rows.tolist()
    query.set_search("a")
    plain.set_search("a")
    assert query.rows.tolist() == plain.rows.tolist()


def test_without_other_spellings_every_row_is_written_one_way():
    blank = _also_written((None, np.array([0, 1, 2])), (pd.Series(["", None], dtype=object), np.array([0, -1, 1])))
    assert list(blank) == ["", "", ""]
    some = _also_written((None, np.array([0, 1, 2])), (pd.Series(["", "Достық"], dtype=object), np.array([0, -1, 1])))
    assert list(some) == ["", "", "Достық"]


def test_arrow_text_taken_at_positions_puts_the_empty_cell_last_and_stays_arrow():
    values = pd.Series(["b", "", None, "a", "b"], dtype=pd.StringDtype("pyarrow", na_value=np.nan))
    taken = _take(values, np.array([0, 1, 2, 3, 4, -1, 3]))
    assert isinstance(taken.categories.dtype, pd.StringDtype)  # the distinct values stay Arrow text
    assert list(taken.categories) == ["b", "a", ""]
    assert list(np.asarray(taken)) == ["b", "", "", "a", "b", "", "a"]
    query = TableQuery(pd.DataFrame({"x": taken}), [Column("x", "X")])
    query.set_sort([(0, False)])
    assert query.column_values(0).tolist() == ["a", "a", "b", "b", "", "", ""]
    assert query.distinct_values(0) == [("a", 2), ("b", 2), ("", 3)]
    # Every row once, in order: the column itself, read in place.
    assert _take(values, np.arange(5)) is values.array


def test_without_any_award_the_award_columns_share_one_array_of_empty_cells(make_dataset):
    dataset = load_dataset(make_dataset({
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"}))
    frame = people_frame(dataset)
    award_columns = ("award_id", "award", "degree", "date", "conferred_by", "event_id", "event_title", "source_ids")
    codes = [np.asarray(frame[c].array.codes) for c in award_columns]
    assert all(np.shares_memory(codes[0], c) for c in codes[1:])  # a byte a row once, not once per column
    assert frame["date_start"].isna().all()
    query = TableQuery(frame, list(PEOPLE_COLUMNS), "person_id")
    keys = [c.key for c in PEOPLE_COLUMNS]
    for column in ("award", "degree", "date", "conferred_by"):
        assert query.column_values(keys.index(column)).tolist() == [""] * len(dataset.people), column
    query.set_sort([(keys.index("award"), False), (keys.index("name"), True)])
    assert query.column_values(keys.index("name")).tolist() == sorted(dataset.people["name"], reverse=True)
    query.set_search("borrell")
    assert query.column_values(keys.index("name")).tolist() == ["Josep Borrell"]
