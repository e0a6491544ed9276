"""Rows found by id through sorted hashes: right rows, collisions told apart, one index shared from the load on."""

from __future__ import annotations

import numpy as np
import pytest

from kzeuviewer.model import id_index as id_index_module
from kzeuviewer.model import load_dataset
from kzeuviewer.model.id_index import IdIndex


def test_ids_give_their_rows_unknown_ones_none_and_a_repeated_id_its_first_row():
    index = IdIndex(np.array(["ev-b", "ev-a", "ev-c", "ev-a"], dtype=object))
    assert index.get_indexer(["ev-a", "ev-c", "nope", "ev-b", ""]).tolist() == [1, 2, -1, 0, -1]
    assert index.position("ev-c") == 2 and index.position("nope") is None
    assert "ev-b" in index and "ev-z" not in index
    assert not index.is_unique
    assert index.duplicated().tolist() == [False, False, False, True]


def test_values_that_are_not_text_are_never_found():
    index = IdIndex(np.array(["1", "2"], dtype=object))
    assert index.get_indexer([1, None, float("nan"), "2"]).tolist() == [-1, -1, -1, 1]


def test_an_empty_table_finds_nothing():
    index = IdIndex(np.empty(0, dtype=object))
    assert len(index) == 0 and index.is_unique
    assert index.get_indexer(["a"]).tolist() == [-1]


@pytest.fixture
def every_hash_equal(monkeypatch):
    """Every id hashes alike: every look-up meets a collision."""
    monkeypatch.setattr(id_index_module, "text_hashes", lambda values: np.full(len(values), 7, dtype=np.uint32))


def test_ids_with_equal_hashes_are_told_apart_by_the_ids_themselves(every_hash_equal):
    index = IdIndex(np.array(["x", "y", "z", "y"], dtype=object))
    assert index.get_indexer(["z", "y", "q", "x"]).tolist() == [2, 1, -1, 0]
    assert not index.is_unique
    assert IdIndex(np.array(["x", "y", "z"], dtype=object)).is_unique


@pytest.fixture
def events_csv_with_a_repeated_id(dataset_dir, tmp_path):
    import shutil

    folder = tmp_path / "repeated"
    shutil.copytree(dataset_dir, folder)
    lines = (folder / "events.csv").read_text(encoding="utf-8").splitlines()
    # The first event's row again, in the middle: the loader reports and drops it.
    lines.insert(2, lines[1])
    (folder / "events.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_loader_hands_its_index_to_the_dataset_when_every_row_stays(dataset_dir):
    dataset = load_dataset(dataset_dir)
    # Made by the loader's duplicate check, not again on first use.
    assert isinstance(vars(dataset).get("_event_index"), IdIndex)
    assert isinstance(vars(dataset).get("_person_index"), IdIndex)
    ids = dataset.events["event_id"].tolist()
    assert dataset.event_id_index().get_indexer(ids).tolist() == list(range(len(ids)))


def test_a_dropped_row_leaves_the_dataset_an_index_of_the_rows_it_kept(events_csv_with_a_repeated_id):
    dataset = load_dataset(events_csv_with_a_repeated_id)
    assert any("duplicate id" in str(problem) for problem in dataset.problems)
    ids = dataset.events["event_id"].tolist()
    assert len(set(ids)) == len(ids)
    assert dataset.event_id_index().get_indexer(ids).tolist() == list(range(len(ids)))
    last = ids[-1]
    assert dataset.event(last)["event_id"] == last


def test_an_id_on_many_rows_gives_its_first_whatever_the_sort_did():
    ids = np.array([f"id-{i % 7}" for i in range(5_000)], dtype=object)
    index = IdIndex(ids)
    assert index.get_indexer([f"id-{i}" for i in range(7)]).tolist() == list(range(7))
    assert index.duplicated().sum() == 5_000 - 7


def test_ids_that_are_not_text_are_indexed_by_their_text():
    index = IdIndex(np.array([["a"], "b"], dtype=object))
    assert index.get_indexer(["b", "a"]).tolist() == [1, -1]


def test_ids_held_by_arrow_are_found_like_ids_held_as_objects():
    """A loaded table's ids are Arrow text: the index reads them in place and answers as for objects."""
    import pandas as pd

    values = [f"p{i % 900}" if i % 3 else f"person-{i}" for i in range(3_000)]
    arrow = IdIndex(pd.Series(values, dtype=pd.StringDtype("pyarrow", na_value=np.nan)))
    objects = IdIndex(np.array(values, dtype=object))
    assert isinstance(arrow.ids.dtype, pd.StringDtype)  # not copied into string objects
    wanted = [*values[::7], "nope", "", "p1", 5]
    assert arrow.get_indexer(wanted).tolist() == objects.get_indexer(wanted).tolist()
    assert arrow.duplicated().tolist() == objects.duplicated().tolist()
    assert arrow.is_unique == objects.is_unique is False


def test_a_million_ids_meet_equal_hashes_and_still_give_the_right_rows():
    # 32 bits of hash over a million ids: about a hundred pairs share one, each told apart by the ids.
    ids = np.array([f"e{i}" for i in range(1_000_000)], dtype=object)
    index = IdIndex(ids)
    assert (index._hashes[1:] == index._hashes[:-1]).any()
    assert index.is_unique
    sample = np.arange(0, 1_000_000, 997)
    assert index.get_indexer(ids[sample]).tolist() == sample.tolist()
    assert np.array_equal(index.get_indexer(ids), np.arange(1_000_000))


def test_long_ids_that_share_the_hashed_bytes_are_told_apart():
    from kzeuviewer.model.text_hash import HASHED_BYTES

    stem = "x" * HASHED_BYTES
    ids = np.array([stem + "a", stem + "b", "short", stem + "a" + "c"], dtype=object)
    index = IdIndex(ids)
    assert index.get_indexer([stem + "b", stem + "a", stem, stem + "ac", "short"]).tolist() == [1, 0, -1, 3, 2]
    assert index.is_unique
