"""The byte scan that decides whether a file's cells need trimming: never wrong when a cell is padded.

A cell the scan calls unpadded is kept as the parser read it, so a missed
padded cell would keep its white space (and fail its vocabulary, say). Text
that merely quotes something (``""`` inside quoted prose) must not make a
whole file be trimmed.
"""

from __future__ import annotations

import random
import warnings

import pytest

from kzeuviewer.model import csvfile
from kzeuviewer.model.loader import bundled_data_dir


def padded_cells(raw: bytes) -> list[str] | None:
    """The cells the parser reads with white space at either end (None: not CSV it can read)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            frame = csvfile._read_text_columns(raw)
        except Exception:  # noqa: BLE001 - random bytes: some are no CSV at all
            return None
    return [c for c in frame.to_numpy(dtype=object).ravel().tolist() if isinstance(c, str) and c != c.strip(" \t")]


@pytest.mark.parametrize("chunk", [5, 1 << 20])  # pieces far smaller than a line, and the real size
def test_no_padded_cell_goes_unnoticed_in_random_files(monkeypatch, chunk):
    monkeypatch.setattr(csvfile, "_CHUNK", chunk)
    pieces = ["a", "b", " ", "\t", '"', '""', ",", "\n", "\r\n", ' "', '" ', ',"', '",']
    rng = random.Random(chunk)
    readable = flagged = 0
    for _ in range(4_000):
        raw = ("x,y,z\n" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) + "\n").encode()
        padded = padded_cells(raw)
        if padded is None:
            continue
        readable += 1
        said = csvfile._scan_bytes(raw)[1]
        flagged += said
        assert said or not padded, (raw, padded)
    assert readable > 2_000 and flagged < readable  # many readable files, not every one called padded


@pytest.mark.parametrize("body", [
    'a,"" b,c\n',  # an empty quoted cell, then text: " b"
    "a,\tb,c\n",  # the parser skips spaces after a comma, not tabs
    'a," b",c\n', 'a,"b ",c\n', "a,b ,c\n", 'a,"b" ,c\n', "a,b,c \r\n",
])
def test_each_way_of_padding_a_cell_is_seen(body):
    raw = ("x,y,z\n" + body).encode()
    assert padded_cells(raw), body
    assert csvfile._scan_bytes(raw)[1]


def test_quoted_prose_with_escaped_quotes_needs_no_trimming():
    raw = (b'x,y,z\n1,"the ""Astana Times"" says ""hi""; ""yes""",c\n'
           b'2,"""quoted"" first",c\n3,"ends ""quoted""",c\n')
    assert padded_cells(raw) == []
    assert csvfile._scan_bytes(raw) == (4, False)


def test_the_bundled_files_need_no_trimming():
    for path in sorted(bundled_data_dir().glob("*.csv")):
        assert csvfile._scan_bytes(path.read_bytes())[1] is False, path.name
