"""Hashes computed on the UTF-8 bytes of many values at once: equal text, equal hash, wherever it is held."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from kzeuviewer.model import text_hash
from kzeuviewer.model.text_hash import HASHED_BYTES, text_hashes

TEXT = pd.StringDtype("pyarrow", na_value=np.nan)
VALUES = ["", "a", "b", "ab", "ba", "Qazaqstan", "Қазақстан", "Kęstutis Jankauskas", "e1", "e10", "x" * 300, "x" * 299 + "y"]


def by_value(values, hashes) -> dict[str, int]:
    found: dict[str, int] = {}
    for value, value_hash in zip(values, hashes.tolist(), strict=True):
        assert found.setdefault(value, value_hash) == value_hash, value
    return found


def test_the_same_text_hashes_alike_in_objects_arrow_text_slices_and_chunks():
    expected = by_value(VALUES, text_hashes(np.array(VALUES, dtype=object)))
    shuffled = [VALUES[i] for i in np.random.default_rng(3).permutation(len(VALUES))] * 3
    held = {
        "objects": np.array(shuffled, dtype=object),
        "arrow text": pd.array(shuffled, dtype=TEXT),
        "a slice of it": pd.array(["?", *shuffled], dtype=TEXT)[1:],
        "chunks": pd.arrays.ArrowStringArray(pa.chunked_array(
            [pa.array(shuffled[:5], pa.large_string()), pa.array(shuffled[5:], pa.large_string())])),
        "32-bit offsets": pa.array(shuffled, pa.string()),
    }
    for name, values in held.items():
        hashes = text_hashes(values)
        assert hashes.dtype == np.uint32 and len(hashes) == len(shuffled), name
        assert by_value(shuffled, hashes) == expected, name


def test_pieces_hash_as_one_pass_does(monkeypatch):
    values = [f"person-{i}" if i % 5 else "y" * (i % 700) for i in range(5_000)]
    whole = text_hashes(np.array(values, dtype=object))
    monkeypatch.setattr(text_hash, "_PIECE_BYTES", 97)
    assert np.array_equal(text_hashes(np.array(values, dtype=object)), whole)


def test_distinct_values_rarely_share_a_hash():
    # 32 bits over 200,000 ids: about five pairs expected by chance.
    for values in ([f"e{i}" for i in range(200_000)], [f"{i:08d}" for i in range(200_000)],
                   [f"Murat Nurtleu {i}" for i in range(200_000)],
                   [f"{letter}-{i}" for letter in "ABCDEFGHIJ" for i in range(20_000)]):  # only the first byte differs
        hashes = text_hashes(np.array(values, dtype=object))
        assert len(hashes) - len(np.unique(hashes)) < 30


def test_only_the_leading_bytes_and_the_length_of_a_long_value_count():
    stem = "z" * HASHED_BYTES
    first, second, longer = text_hashes(np.array([stem + "a", stem + "b", stem + "ab"], dtype=object)).tolist()
    assert first == second  # told apart by comparing the ids, after the hash
    assert longer != first


@pytest.mark.parametrize("values", [[], [None], [1, "1"], [["a"], "b"]])
def test_values_that_are_not_text_hash_as_their_text_or_as_empty(values):
    hashes = text_hashes(np.array(values, dtype=object) if values else np.empty(0, dtype=object))
    assert len(hashes) == len(values)
    if values == [1, "1"]:
        assert hashes[0] == hashes[1]
