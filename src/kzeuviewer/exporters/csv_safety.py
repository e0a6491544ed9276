"""CSV files that a spreadsheet opens safely and reads in the right encoding.

Formula injection: a spreadsheet evaluates a cell that starts with ``=``,
``+``, ``-`` or ``@`` (and, after import quirks, with a tab or carriage
return), so a dataset name such as ``=HYPERLINK("http://x.example","y")``
would become a live link. Every text cell starting with one of those gets a
leading ``'`` (the OWASP rule); a spreadsheet shows the text as typed.
Numbers stay numbers: only ``str`` cells (and text columns of a DataFrame)
are touched, so ``-5.2`` in a numeric column stays ``-5.2``.

Encoding: files meant for people (table and chart exports) are UTF-8 with a
byte-order mark by default, which is how Excel and LibreOffice know the file
is UTF-8 ("Kęstutis", Cyrillic names). ``bom=False`` writes plain UTF-8 for
machine-facing files.

Every CSV writer of the app goes through :func:`write_csv`,
:func:`write_frame_csv` or, for column-wise writers, :func:`neutralise_texts`
with :func:`open_csv`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from typing import IO

import numpy as np
import pandas as pd

FORMULA_TRIGGERS = frozenset("=+-@\t\r")


def neutralise_cell(text: str) -> str:
    """``text`` with a leading ``'`` if a spreadsheet would read it as a formula."""
    return "'" + text if text[:1] in FORMULA_TRIGGERS else text


def neutralise_texts(values: Sequence[str] | np.ndarray) -> np.ndarray:
    """:func:`neutralise_cell` over a column of text (each distinct value handled once)."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=False)
    safe = np.array([neutralise_cell(u) if isinstance(u, str) else u for u in uniques.tolist()], dtype=object)
    return safe[codes] if len(safe) else np.asarray(values, dtype=object)


def csv_encoding(bom: bool) -> str:
    return "utf-8-sig" if bom else "utf-8"


def open_csv(path: str | os.PathLike, *, bom: bool = True) -> IO[str]:
    """A text handle for a CSV file: UTF-8 (with a BOM unless ``bom=False``), no newline translation."""
    return open(path, "w", encoding=csv_encoding(bom), newline="")


def _safe_cell(value):
    if isinstance(value, str):
        return neutralise_cell(value)
    if isinstance(value, float) and value != value:  # NaN: an empty cell
        return ""
    return value


def write_csv(path: str | os.PathLike, header: Sequence[str], rows: Iterable[Sequence], *, bom: bool = True) -> None:
    """Write ``header`` and ``rows`` to ``path`` as CSV; text cells neutralised, numbers as numbers.

    ``None`` and NaN become empty cells; ``inf`` is written as ``inf``.
    Use inside :func:`~kzeuviewer.exporters.atomic.atomic_write` for an atomic file.
    """
    with open_csv(path, bom=bom) as handle:
        writer = csv.writer(handle)
        writer.writerow([_safe_cell(h) for h in header])
        writer.writerows([_safe_cell(v) for v in row] for row in rows)


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells and column names are neutralised; numeric columns untouched."""
    safe = frame.copy(deep=False)
    for name in safe.columns:
        column = safe[name]
        if pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_datetime64_any_dtype(column.dtype):
            continue
        safe[name] = column.astype(object).map(lambda v: neutralise_cell(v) if isinstance(v, str) else v)
    safe.columns = [neutralise_cell(c) if isinstance(c, str) else c for c in safe.columns]
    return safe


def write_frame_csv(path: str | os.PathLike, frame: pd.DataFrame, *, bom: bool = True) -> None:
    """Write a DataFrame (without its index) as CSV with :func:`safe_frame`'s neutralised text."""
    safe_frame(frame).to_csv(path, index=False, encoding=csv_encoding(bom))
