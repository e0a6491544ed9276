"""Search, filter and sort of a table without copying it: a row-order array.

A :class:`TableQuery` dictionary-encodes every shown column once (codes into a
small array of distinct display strings). Cells are read by position; search
works on the distinct strings and maps back through the codes; sorting is a
stable ``lexsort`` over integer ranks. The Qt table model only swaps the
resulting row-order array, so the same machinery serves every table in the app.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from .dates import format_partial_date

ColumnKind = Literal["text", "date", "number", "degree"]


@dataclass(frozen=True)
class Column:
    """One shown column: ``key`` names the DataFrame column."""

    key: str
    header: str
    kind: ColumnKind = "text"
    # For kind "date": the DataFrame columns holding its start and precision.
    start_key: str | None = None
    precision_key: str | None = None


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Kęstutis' → 'kestutis'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_DEGREE_RE = re.compile(r"^\s*(\d+)")


class _Encoded:
    """A column as int32 codes into distinct display strings, with sort ranks."""

    __slots__ = ("codes", "display", "folded", "rank", "empty_code")

    def __init__(self, frame: pd.DataFrame, column: Column):
        values = frame[column.key]
        if column.kind == "date":
            starts = frame[column.start_key or f"{column.key}_start"]
            precision = frame[column.precision_key or f"{column.key}_precision"].astype(object)
            pair = pd.MultiIndex.from_arrays([starts, precision])
            codes, uniques = pd.factorize(pair)
            display = [format_partial_date(s, p) for s, p in uniques]
            # Partial dates sort by their first day; a year before a month of it.
            order_key = [(pd.Timestamp(s).value if not pd.isna(s) else 0, _precision_order(p)) for s, p in uniques]
        elif column.kind == "number":
            codes, uniques = pd.factorize(values)
            display = [_format_number(v) for v in uniques]
            order_key = [float(v) for v in uniques]
        else:
            text = values.astype(object).where(values.notna(), "")
            codes, uniques = pd.factorize(text)
            display = [str(v) for v in uniques]
            if column.kind == "degree":
                order_key = [_degree_key(v) for v in display]
            else:
                order_key = [fold(v) for v in display]
        display_arr = np.array(display + [""], dtype=object)
        empty = len(display)
        codes = np.where(codes < 0, empty, codes).astype(np.int32)
        empties = [i for i, d in enumerate(display) if d == ""]
        order = sorted(range(len(display)), key=lambda i: order_key[i])
        rank = np.empty(len(display) + 1, dtype=np.int64)
        rank[order] = np.arange(len(order))
        rank[empty] = len(order)
        self.codes = codes
        self.display = display_arr
        self.folded = np.array([fold(d) for d in display] + [""], dtype=object)
        self.rank = rank
        self.empty_code = np.array(empties + [empty], dtype=np.int32)


def _precision_order(precision) -> int:
    return {"year": 0, "month": 1, "day": 2}.get(precision, 3)


def _degree_key(text: str):
    match = _DEGREE_RE.match(text)
    return (int(match.group(1)) if match else 10**6, fold(text))


def _format_number(value) -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"


class TableQuery:
    """The visible rows of ``frame`` in display order, after search, filters and sort."""

    def __init__(self, frame: pd.DataFrame, columns: list[Column], id_column: str | None = None):
        self.frame = frame.reset_index(drop=True)
        self.columns = list(columns)
        self.id_column = id_column
        self._encoded = [_Encoded(self.frame, c) for c in self.columns]
        self._ids = self.frame[id_column].astype(str).to_numpy() if id_column else None
        self.search_text = ""
        self.search_regex = False
        self.search_error: str | None = None
        self.sort_keys: list[tuple[int, bool]] = []
        self._filters: dict[int, np.ndarray] = {}  # column -> allowed codes (bool per code)
        self._matched = np.ones(len(self.frame), dtype=bool)
        self.rows = np.arange(len(self.frame), dtype=np.int64)

    # -- reading --------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.frame)

    def __len__(self) -> int:
        return len(self.rows)

    def cell(self, row: int, column: int) -> str:
        encoded = self._encoded[column]
        return encoded.display[encoded.codes[self.rows[row]]]

    def column_values(self, column: int) -> np.ndarray:
        """Display strings of one column for the visible rows, in order."""
        encoded = self._encoded[column]
        return encoded.display[encoded.codes[self.rows]]

    def distinct_values(self, column: int) -> list[tuple[str, int]]:
        """(value, row count over the whole table) for a value-checklist filter."""
        encoded = self._encoded[column]
        counts = np.bincount(encoded.codes, minlength=len(encoded.display))
        order = np.argsort(encoded.rank, kind="stable")
        return [(encoded.display[i], int(counts[i])) for i in order if counts[i]]

    def id_at(self, row: int) -> str | None:
        return None if self._ids is None else self._ids[self.rows[row]]

    def view_rows_of_ids(self, ids) -> np.ndarray:
        """Visible row numbers whose id is in ``ids``, ascending."""
        if self._ids is None or not ids:
            return np.empty(0, dtype=np.int64)
        wanted = np.isin(self._ids[self.rows], np.array(list(ids), dtype=object))
        return np.flatnonzero(wanted)

    def view_frame(self, columns: list[int] | None = None) -> pd.DataFrame:
        """The visible table as shown: display strings, rows in order, given columns."""
        columns = list(range(len(self.columns))) if columns is None else columns
        return pd.DataFrame({self.columns[c].header: self.column_values(c) for c in columns})

    # -- search ---------------------------------------------------------------
    def set_search(self, text: str, regex: bool = False) -> str | None:
        """Search every column; returns an error message for a bad pattern (rows unchanged)."""
        if regex and text:
            try:
                pattern = re.compile(text, re.IGNORECASE)
            except re.error as err:
                self.search_error = f"Invalid pattern: {err}"
                return self.search_error
        narrowing = (
            not regex and not self.search_regex and self.search_text and fold(text).startswith(fold(self.search_text))
        )
        self.search_text, self.search_regex, self.search_error = text, regex, None
        if not text:
            self._matched = np.ones(len(self.frame), dtype=bool)
        else:
            candidates = np.flatnonzero(self._matched) if narrowing else None
            self._matched = self._match(text if regex else fold(text), regex, candidates, pattern if regex else None)
        self._refresh()
        return None

    def _match(self, needle: str, regex: bool, candidates, pattern) -> np.ndarray:
        matched = np.zeros(len(self.frame), dtype=bool)
        for encoded in self._encoded:
            if regex:
                hits = np.fromiter((bool(pattern.search(d)) for d in encoded.display), bool, len(encoded.display))
            else:
                hits = np.fromiter((needle in f for f in encoded.folded), bool, len(encoded.folded))
            if candidates is None:
                matched |= hits[encoded.codes]
            else:
                matched[candidates] |= hits[encoded.codes[candidates]]
        return matched

    # -- filters --------------------------------------------------------------
    def set_value_filter(self, column: int, values) -> None:
        """Keep rows whose display value in ``column`` is one of ``values`` (None: no filter)."""
        if values is None:
            self._filters.pop(column, None)
        else:
            encoded = self._encoded[column]
            self._filters[column] = np.isin(encoded.display, np.array(list(values), dtype=object))
        self._refresh()

    def active_filters(self) -> list[int]:
        return sorted(self._filters)

    def clear_filters(self) -> None:
        self._filters.clear()
        self._refresh()

    # -- sort -----------------------------------------------------------------
    def set_sort(self, keys: list[tuple[int, bool]]) -> None:
        """Sort by (column, descending) keys, first key most significant; empty cells last."""
        self.sort_keys = list(keys)
        self._refresh()

    def _refresh(self) -> None:
        mask = self._matched.copy()
        for column, allowed in self._filters.items():
            mask &= allowed[self._encoded[column].codes]
        rows = np.flatnonzero(mask)
        if self.sort_keys:
            lex_keys = []
            for column, descending in reversed(self.sort_keys):
                encoded = self._encoded[column]
                rank = encoded.rank[encoded.codes[rows]]
                empty = np.isin(encoded.codes[rows], encoded.empty_code)
                lex_keys.append(-rank if descending else rank)
                lex_keys.append(empty)
            rows = rows[np.lexsort(lex_keys)]
        self.rows = rows.astype(np.int64)
