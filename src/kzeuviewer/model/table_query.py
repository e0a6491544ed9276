"""Search, filter and sort of a table without copying it: a row-order array.

A :class:`TableQuery` dictionary-encodes every shown column once (small
integer codes into an array of distinct display strings). Cells are read by
position; search works on the distinct strings and maps back through the
codes; sorting is a stable radix sort over integer ranks. The Qt table model
only swaps the resulting row-order array, so the same machinery serves every
table in the app.

Why it stays fast at a million rows (see ``benchmarks/bench_people_table.py``):

- search looks at each column's *distinct* strings, as their search
  skeletons (``text_fold``: case, accents and Cyrillic/Latin spellings folded
  away) held as one character buffer with a per-string bitmask of the
  characters it contains, so a one-letter needle is a bit test and longer ones
  scan only candidates;
- a regular expression is only run on the values that contain the literal
  text every match needs (``regex_prefilter``), found by that same search;
- typing narrows: a needle that contains the previous one only re-checks the
  strings and rows the previous one matched, and recent results are cached so
  Backspace is free;
- the sort order of all rows is computed only when the sort keys change; search
  and filters then pick rows out of it with one boolean gather.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from .display import CELL_CHARS
from .id_index import IdIndex
from .locale_format import display_locale, format_number, translate
from .regex_prefilter import anchored_prefix, required_literals
from .text_fold import fold, fold_with_map, key_buffer, key_spans, query_key

__all__ = ["Column", "NUMERIC_KINDS", "TableQuery", "fold", "fold_with_map", "stable_argsort"]

ColumnKind = Literal["text", "date", "number", "degree", "integer", "decimal", "label"]
NUMERIC_KINDS = ("number", "integer", "decimal")


@dataclass(frozen=True)
class Column:
    """One shown column: ``key`` names the DataFrame column.

    Kinds: ``text``; ``date`` (partial dates, sorted by their first day);
    ``degree`` ("1st" before "2nd"); ``number`` (thousands separators, two
    decimals), ``integer`` (as is: years, counts) and ``decimal`` (separators,
    only the decimals the value has); ``label`` (a word of the app's own
    vocabulary, such as an event kind, shown in the display language:
    ``translate(header_context, value)`` with the context in ``label_context``).
    """

    key: str
    header: str
    kind: ColumnKind = "text"
    # For kind "date": the DataFrame columns holding its start and precision.
    start_key: str | None = None
    precision_key: str | None = None
    # For kind "label": the translation context of its values, and the separator of a value made of
    # several words of the vocabulary ("Exports · BNS · EU27": each part translated on its own).
    label_context: str = "Labels"
    label_separator: str | None = None


def translate_label(value: str, context: str, separator: str | None = None) -> str:
    """A label in the display language; with ``separator``, each of its parts on its own."""
    if not value:
        return value
    if separator is None:
        return translate(context, value)
    return separator.join(translate(context, part) for part in value.split(separator))


_DEGREE_RE = re.compile(r"^\s*(\d+)")
_MIN_INT = np.iinfo(np.int64).min


def is_arrow_text(values) -> bool:
    """``values`` is an array of text held by Arrow (one buffer, not a string object per value)."""
    return isinstance(values, pd.api.extensions.ExtensionArray) and isinstance(values.dtype, pd.StringDtype) \
        and values.dtype.storage == "pyarrow"


def _is_text_array(values) -> bool:
    return is_arrow_text(values) or isinstance(values, TextsThenEmpty) or (isinstance(values, np.ndarray) and values.dtype == object)


class TextsThenEmpty:
    """Distinct texts held by a table (its own Arrow column, not copied), then the empty cell ``""``.

    What :class:`_Encoded` keeps as ``display`` for a column whose every value
    differs (titles, names): reads like an array of ``len(texts) + 1`` strings.
    """

    __slots__ = ("texts",)

    def __init__(self, texts):
        self.texts = texts

    def __len__(self) -> int:
        return len(self.texts) + 1

    def __getitem__(self, key):
        count = len(self.texts)
        if isinstance(key, slice):
            start, stop, step = key.indices(count + 1)
            if step != 1:
                return np.asarray(self, dtype=object)[key]
            if stop <= count:
                return self.texts[start:stop]
            piece = np.empty(max(stop - start, 0), dtype=object)  # up to the empty cell, which ends it
            piece[:-1] = np.asarray(self.texts[start:count], dtype=object)
            if len(piece):
                piece[-1] = ""
            return piece
        if isinstance(key, (int, np.integer)):
            key = int(key) + (count + 1 if key < 0 else 0)
            return "" if key == count else self.texts[key]
        positions = np.asarray(key, dtype=np.int64)
        empty = positions == count
        taken = np.full(len(positions), "", dtype=object)
        if count and not empty.all():
            taken[~empty] = np.asarray(self.texts.take(positions[~empty]), dtype=object)
        return taken

    def __eq__(self, other) -> np.ndarray:
        return np.append(np.asarray(self.texts == other, dtype=bool), other == "")

    __hash__ = None

    def tolist(self) -> list[str]:
        return [*self.texts.tolist(), ""]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        out = with_empty_last(np.asarray(self.texts, dtype=object))
        return out if dtype is None else out.astype(dtype)


def with_empty_last(texts):
    """``texts`` (Arrow text or an object array) followed by the empty cell ``""``, in one new array.

    An object array is built in place and not copied again: at a million distinct names each copy is 8 MB.
    """
    if is_arrow_text(texts):
        return texts._concat_same_type([texts, texts._from_sequence([""], dtype=texts.dtype)])
    out = np.empty(len(texts) + 1, dtype=object)
    out[:-1] = texts
    out[-1] = ""
    return out


def texts_at(texts, positions: np.ndarray) -> np.ndarray:
    """``texts[positions]`` as an object array of ``str``, whether ``texts`` is Arrow text or objects."""
    taken = texts[positions]
    return np.asarray(taken, dtype=object) if is_arrow_text(taken) else taken


@functools.lru_cache(maxsize=4)
def identity(count: int) -> np.ndarray:
    """``0, 1, … count - 1`` (row numbers, or codes of a column whose values all differ), read-only.

    One array for every table and column of that length (a People table and an
    events list of a million rows each share 4 MB instead of four copies).
    """
    rows = np.arange(count, dtype=_row_dtype(count))
    rows.setflags(write=False)
    return rows


def _codes(values: pd.Series) -> np.ndarray:
    """A categorical column's codes, as the column holds them (``.cat.codes`` makes a Series: a copy)."""
    return np.asarray(values.array.codes)


def _row_dtype(rows: int) -> type:
    """The integers row positions of a table of ``rows`` rows are kept in."""
    return np.int32 if rows < 2**31 else np.int64


def _smallest_int(count: int) -> type:
    for dtype in (np.int8, np.int16, np.int32):
        if count <= np.iinfo(dtype).max:
            return dtype
    return np.int64


# -- search over the distinct strings of one column -----------------------------
# One bit per character class; a string's mask has the bits of every character
# it contains. Letters and digits have a bit of their own (exact for a
# one-letter needle); everything else shares hashed bits (a pre-filter only).
def _char_bit(code: int) -> int:
    if 97 <= code <= 122:  # a-z
        return code - 97
    if 48 <= code <= 57:  # 0-9
        return 26 + code - 48
    if code in (0, 32):  # separator and space: in nearly every string, useless as a filter
        return -1
    return 36 + code % 28


def _bit_lut() -> np.ndarray:
    """``_char_bit`` for every BMP code point at once (a Python loop costs start-up time)."""
    codes = np.arange(65536, dtype=np.int64)
    bits = 36 + codes % 28
    letters = (codes >= 97) & (codes <= 122)
    digits = (codes >= 48) & (codes <= 57)
    bits[letters] = codes[letters] - 97
    bits[digits] = 26 + codes[digits] - 48
    lut = np.left_shift(np.uint64(1), bits.astype(np.uint64))
    lut[[0, 32]] = 0
    return lut


_BIT_LUT = _bit_lut()
# Candidates below this count are checked with Python's substring search.
_LOOP_LIMIT = 20_000
_BITMASK_CHUNK = 1 << 16
_KEY_CHUNK = 1 << 16
_SCAN_CHUNK = 1 << 18


class _TextIndex:
    """The search skeletons (``text_fold.search_key``) of a column's distinct strings, as one buffer.

    ``text`` holds every skeleton in UTF-8 followed by a NUL (``bytes.find``
    over a few candidates), ``buffer`` is a numpy view of the same bytes (for
    the vectorised scan), ``starts`` where each begins (the narrowest integers
    that hold the buffer's length; a skeleton ends at its NUL, one before the
    next start, so no array of ends is kept) and ``bits`` a per-string mask of
    the bytes it contains.
    """

    __slots__ = ("buffer", "text", "starts", "bits", "count")

    def __init__(self, values):
        """``values``: the distinct strings (a list, or an array that slices: read a piece at a time)."""
        self.count = len(values)
        # A piece at a time: a million names as Python strings at once would leave the small-object
        # allocator's arenas holed for good once freed (tens of MB of the process that stay).
        parts, starts, offset = [], [], 0
        for first in range(0, self.count, _KEY_CHUNK):
            piece = values[first:first + _KEY_CHUNK]
            data, piece_starts = key_buffer(piece if isinstance(piece, list) else piece.tolist())
            parts.append(data)
            starts.append(piece_starts + offset)
            offset += len(data)
        self.text = b"".join(parts) if len(parts) != 1 else parts[0]
        del parts
        self.buffer = np.frombuffer(self.text, dtype=np.uint8)
        width = np.int32 if len(self.buffer) < 2**31 else np.int64
        self.starts = np.concatenate(starts).astype(width) if starts else np.empty(0, dtype=width)
        del starts
        self.bits = self._bitmasks()

    def _ends(self, indices: np.ndarray) -> np.ndarray:
        """Where the skeletons at ``indices`` end (their NUL)."""
        following = indices + 1
        ends = np.full(len(indices), len(self.buffer) - 1, dtype=np.int64)
        inside = following < self.count
        ends[inside] = self.starts[following[inside]] - 1
        return ends

    def _bitmasks(self) -> np.ndarray:
        """OR of the character bits of each string, computed in chunks to bound memory."""
        count = self.count
        bits = np.zeros(count, dtype=np.uint64)
        for first in range(0, count, _BITMASK_CHUNK):
            last = min(first + _BITMASK_CHUNK, count)
            begin = self.starts[first]
            end = self.starts[last] if last < count else len(self.buffer)
            chunk = self.buffer[begin:end]
            bits[first:last] = np.bitwise_or.reduceat(_BIT_LUT[chunk], self.starts[first:last] - begin)
        return bits

    def find(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Bool per distinct string: its skeleton contains ``needle`` (a skeleton too; only among ``within``)."""
        needle_bytes = needle.encode("utf-8")
        codes = list(needle_bytes)
        if not codes or 0 in codes:
            return np.zeros(self.count, dtype=bool)
        required = np.uint64(0)
        for code in codes:
            required |= _BIT_LUT[code]
        candidates = (self.bits & required) == required if required else np.ones(self.count, dtype=bool)
        if within is not None:
            candidates &= within
        if len(codes) == 1 and 0 <= _char_bit(codes[0]) < 36:
            return candidates  # the bit is exact for a letter or digit
        indices = np.flatnonzero(candidates)
        if len(indices) <= _LOOP_LIMIT:
            text, starts = self.text, self.starts
            hits = np.zeros(self.count, dtype=bool)
            bounds = zip(indices.tolist(), starts[indices].tolist(), self._ends(indices).tolist(), strict=True)
            found = [i for i, start, end in bounds if text.find(needle_bytes, start, end) >= 0]
            hits[found] = True
            return hits
        return self._scan(codes) & candidates

    def _scan(self, codes: list[int]) -> np.ndarray:
        """Vectorised substring search over the whole buffer.

        The first two characters are compared over the buffer a chunk at a
        time (work arrays that stay in cache and are reused, so no large
        temporaries); the rest only at the few positions still matching.
        """
        buffer = self.buffer
        length = len(codes)
        last_start = len(buffer) - length  # the last position a match can start at
        hits = np.zeros(self.count, dtype=bool)
        if last_start < 0:
            return hits
        equal = np.empty(_SCAN_CHUNK, dtype=bool)
        second = np.empty(_SCAN_CHUNK, dtype=bool)
        found = []
        for begin in range(0, last_start + 1, _SCAN_CHUNK):
            span = min(_SCAN_CHUNK, last_start + 1 - begin)
            match = np.equal(buffer[begin : begin + span], codes[0], out=equal[:span])
            if length > 1:
                match &= np.equal(buffer[begin + 1 : begin + 1 + span], codes[1], out=second[:span])
            positions = np.flatnonzero(match)
            for offset in range(2, length):
                positions = positions[buffer[positions + (begin + offset)] == codes[offset]]
            if len(positions):
                found.append(positions + begin)
        if found:
            positions = np.concatenate(found)
            # Searched in the starts' own integer type: no widened copy of them per keystroke.
            positions = positions.astype(self.starts.dtype, copy=False)
            hits[np.searchsorted(self.starts, positions, side="right") - 1] = True
        return hits

    def starting_with(self, key: str) -> np.ndarray:
        """Bool per distinct string: its skeleton starts with ``key``."""
        codes = list(key.encode("utf-8"))
        if not codes or 0 in codes:
            return np.zeros(self.count, dtype=bool)
        hits = np.ones(self.count, dtype=bool)
        limit = len(self.buffer) - 1
        for offset, code in enumerate(codes):
            # Past a string's end the gather reads its NUL (or the next string), which never equals a
            # letter of the key at that place and the NUL stops the comparison.
            hits &= self.buffer[np.minimum(self.starts + offset, limit)] == code
        return hits


# -- one encoded column ---------------------------------------------------------
class _Encoded:
    """A column as small integer codes into distinct display strings, with sort ranks.

    The last code (``len(display) - 1``) is the empty cell. ``rank_asc`` and
    ``rank_desc`` give each code its place in either direction with every
    empty cell last; ``rank_bits`` is how many bits a rank needs.

    Only the codes and display strings (what a paint needs) are built up
    front; the search index and the sort ranks (a second or more for a
    million distinct names) are built on first use, or ahead of it by
    :meth:`warm_up` while the table is already on screen. A lock keeps a
    warm-up in another thread and a first use from building them twice.
    """

    __slots__ = (
        "codes", "display", "kind", "is_empty", "date_start", "date_end", "values",
        "_folded", "_order_key", "_index", "_ranks", "_lock", "iso",
    )

    def __init__(self, frame: pd.DataFrame, column: Column):
        self.date_start = self.date_end = self.values = self.iso = None
        self._folded: dict[int, str] | None = None
        self._index: _TextIndex | None = None
        self._ranks: tuple[np.ndarray, int, int] | None = None  # ascending ranks, non-empty count, bits
        self._lock = threading.Lock()
        self.kind = column.kind
        if column.kind == "date":
            codes, display, order_key = self._dates(frame, column)
        elif column.kind in NUMERIC_KINDS:
            codes, display, order_key = self._numbers(frame[column.key], column.kind)
        else:
            codes, display = self._text(frame[column.key])
            if column.kind == "label":
                display = [translate_label(d, column.label_context, column.label_separator) for d in display]
            order_key = None
        self._order_key = order_key
        count = len(display)
        # A dictionary that already ends with an empty string (the People table's text columns, see
        # tables.py) is used as it is, that entry being the empty cell: no copy of a million names.
        shared = _is_text_array(display) and count > 0 and display[-1] == ""
        empty = count - 1 if shared else count
        codes = np.asarray(codes)
        if len(codes) and codes.min() < 0:
            codes = np.where(codes < 0, empty, codes)
        if not (codes.dtype.kind == "i" and codes.dtype.itemsize <= 4 and empty <= np.iinfo(codes.dtype).max):
            codes = codes.astype(_smallest_int(empty))
        # Narrow codes that hold every value are kept as given: a categorical's own, not a copy.
        self.codes = codes
        self.display = display if shared else with_empty_last(display)
        self.is_empty = np.asarray(self.display == "", dtype=bool)

    # -- built on first use ------------------------------------------------------
    @property
    def index(self) -> _TextIndex:
        """The search skeletons of the distinct strings."""
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = _TextIndex(self.display)
        return self._index

    @property
    def rank_asc(self) -> np.ndarray:
        return self._sort_ranks()[0]

    @property
    def rank_desc(self) -> np.ndarray:
        # Derived on each use (one pass, for a descending sort) rather than kept: 4 MB at a million names.
        rank_asc, filled, _bits = self._sort_ranks()
        return np.where(self.is_empty, filled, filled - 1 - rank_asc).astype(rank_asc.dtype, copy=False)

    @property
    def rank_bits(self) -> int:
        return self._sort_ranks()[2]

    @property
    def ready(self) -> bool:
        return self._index is not None and self._ranks is not None

    def warm_up(self) -> None:
        """Build everything a first search or sort would."""
        self._sort_ranks()
        self.index  # noqa: B018 - built for its side effect

    def _sort_ranks(self) -> tuple[np.ndarray, int, int]:
        if self._ranks is None:
            with self._lock:
                if self._ranks is None:
                    self._ranks = self._build_ranks()
        return self._ranks

    def _build_ranks(self) -> tuple[np.ndarray, int, int]:
        count = len(self.display) - 1
        order_key = self._order_key
        if self.kind == "degree":
            order_key = [_degree_key(d) for d in self.display[:count].tolist()]
        if order_key is None:
            # Case- and accent-insensitive order; ties keep the display order.
            if count:
                folded = np.empty(count, dtype=np.dtypes.StringDType())
                for first in range(0, count, _KEY_CHUNK):  # a piece at a time, as the search index
                    last = min(first + _KEY_CHUNK, count)
                    folded[first:last] = [fold(d) for d in self.display[first:last].tolist()]
                order = np.argsort(folded, kind="stable")
                del folded
            else:
                order = np.empty(0, dtype=np.int64)
        else:
            order = np.array(sorted(range(count), key=order_key.__getitem__), dtype=np.int64)
        # Ranks: distinct non-empty values 0..n-1 in order; every empty cell n (in the narrowest integers).
        nonempty_order = order[~self.is_empty[order]]
        filled = len(nonempty_order)
        rank_asc = np.full(count + 1, filled, dtype=_smallest_int(filled))
        rank_asc[nonempty_order] = np.arange(filled)
        return rank_asc, filled, max(int(filled).bit_length(), 1)

    def _text(self, values: pd.Series):
        if isinstance(values.dtype, pd.CategoricalDtype):
            # Reuse the loader's dictionary: no pass over the rows at all.
            codes, categories = _codes(values), values.cat.categories
            if len(categories) > 2 * len(codes):
                # A few rows of a large dictionary (a slice of a big table): only the values they use,
                # or every search and sort would work through all the others.
                present = np.zeros(len(categories) + 1, dtype=bool)
                present[codes] = True  # -1, an empty cell, marks the extra last slot
                kept = np.flatnonzero(present[:-1])
                renumber = np.full(len(categories) + 1, -1, dtype=np.int64)
                renumber[kept] = np.arange(len(kept))
                codes, categories = renumber[codes], categories[kept]
            return codes, _as_text(categories)
        if is_arrow_text(values.array):
            codes, uniques = pd.factorize(values.array)
            if len(uniques) == len(values):
                # Every value differs (titles, names): the column itself is the dictionary, in row order.
                return identity(len(values)), TextsThenEmpty(values.array)
            return codes, _as_text(uniques)
        # Missing values (None, NaN) get the code -1, the empty cell: no separate pass to find them.
        codes, uniques = pd.factorize(values.to_numpy(dtype=object))
        return codes, _as_text(uniques)

    def _numbers(self, values: pd.Series, kind: str):
        numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        codes, uniques = pd.factorize(numbers)
        self.values = np.append(np.asarray(uniques, dtype=float), np.nan)
        formatter = {"number": _format_number, "integer": _format_integer, "decimal": _format_decimal}[kind]
        display = [formatter(v) for v in uniques]
        return codes, display, [float(v) for v in uniques]

    def _dates(self, frame: pd.DataFrame, column: Column):
        starts = frame[column.start_key or f"{column.key}_start"]
        level = _precision_levels(frame[column.precision_key or f"{column.key}_precision"])
        if _is_date_categorical(starts):
            codes, uniques = _encoded_date_pairs(starts, level)
        else:
            stamp = _day_stamps(starts)
            # One integer per (first day, precision) pair: cheap to factorize.
            combined = np.where(stamp == _MIN_INT, _MIN_INT, stamp // _DAY_NS * 4 + level)
            codes, uniques = pd.factorize(combined)
            uniques = np.asarray(uniques, dtype=np.int64)
        days = uniques // 4
        levels = uniques % 4
        display, iso, firsts, lasts = _partial_dates(days, levels, uniques == _MIN_INT)
        codes = np.where(codes >= 0, codes, len(display))
        self.date_start = np.append(firsts, np.datetime64("NaT", "ns"))
        self.date_end = np.append(lasts, np.datetime64("NaT", "ns"))
        self.iso = np.array(iso + [""], dtype=object)
        # Partial dates sort by their first day; a year before a month of it.
        order_key = list(zip(days.tolist(), levels.tolist(), strict=True))
        return codes, display, order_key

    def hits_for(self, pattern: re.Pattern, literals: list[list[str]] | None = None,
                 prefix: str | None = None) -> np.ndarray:
        """Bool per code: the pattern matches its display or its folded form.

        ``literals`` (see ``regex_prefilter.required_literals``) narrow the
        values worth trying: each group's literals are looked up with the fast
        substring search over the skeletons, and only values holding one of
        every group's literals are read by the pattern. ``prefix``
        (``regex_prefilter.anchored_prefix``) does the same for the text a
        match must start with; ``""`` (a bare ``^``) matches every value.
        """
        count = len(self.display)
        if prefix == "":
            return np.ones(count, dtype=bool)
        candidates = None
        if prefix and prefix[0].isascii() and (key := query_key(prefix)):
            candidates = self.index.starting_with(key)
        for group in sorted(literals or [], key=lambda g: -min(map(len, g)))[:_LITERAL_GROUPS]:
            keys = [query_key(literal) for literal in group]
            if not all(keys):
                continue  # a literal with an empty skeleton (a lone soft sign) rules nothing out
            found = np.zeros(count, dtype=bool)
            for key in keys:
                found |= self.index.find(key, candidates)
            candidates = found if candidates is None else candidates & found
        indices = np.arange(count) if candidates is None else np.flatnonzero(candidates)
        search, folded = pattern.search, self._folded_for_regex
        hits = np.zeros(count, dtype=bool)
        # The values read a piece at a time, each piece taken at once (Arrow text: one gather, not a
        # read per value). An ASCII value's folded form is its lower case, which the case-insensitive
        # pattern already covers.
        for first in range(0, len(indices), _KEY_CHUNK):
            piece = indices[first:first + _KEY_CHUNK]
            texts = texts_at(self.display, piece).tolist()
            hits[[i for i, d in zip(piece.tolist(), texts, strict=True)
                  if search(d) or (not d.isascii() and search(folded(i, d)))]] = True
        return hits

    def _folded_for_regex(self, code: int, text: str) -> str:
        """``fold(text)``, remembered: a regular expression is tried on both forms, keystroke after keystroke."""
        if self._folded is None:
            self._folded = {}
        folded = self._folded.get(code)
        if folded is None:
            folded = self._folded[code] = fold(text)
        return folded


def _as_text(values) -> np.ndarray:
    """Distinct values as an object array of ``str`` (usually they already are: no copy per value).

    Arrow text stays Arrow text (a buffer, not a string object per value).
    """
    if isinstance(values, (pd.Index, pd.Series)) and is_arrow_text(values.array):
        values = values.array
    if is_arrow_text(values):
        return values
    array = np.asarray(values, dtype=object)
    if pd.api.types.infer_dtype(array, skipna=False) == "string":
        return array
    return np.array([str(v) for v in array.tolist()], dtype=object)


_PRECISION_LEVELS = {"year": 0, "month": 1, "day": 2}  # 3: no (known) precision


_DAY_NS = 86_400_000_000_000


def _is_date_categorical(values: pd.Series) -> bool:
    return isinstance(values.dtype, pd.CategoricalDtype) and pd.api.types.is_datetime64_any_dtype(values.cat.categories.dtype)


def _day_stamps(starts: pd.Series) -> np.ndarray:
    """Nanosecond stamps (int64) of a column of first days (not dictionary-encoded); NaT is ``_MIN_INT``."""
    return pd.to_datetime(pd.Series(starts, copy=False)).to_numpy(dtype="datetime64[ns]").view(np.int64)


def _encoded_date_pairs(starts: pd.Series, level: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes per row and the distinct (first day * 4 + level) pairs, for dictionary-encoded first days.

    The pairs are numbered from the start's code and the level (a small
    range: counted, not hashed), which spares factorizing a million integers.
    A missing start is one pair whatever its precision, ``_MIN_INT``.
    """
    start_codes = _codes(starts).astype(np.int64)
    key = np.where(start_codes < 0, 0, (start_codes + 1) * 4 + level)
    present = np.bincount(key, minlength=1) > 0
    keys = np.flatnonzero(present)
    renumber = np.zeros(len(present), dtype=np.int64)
    renumber[keys] = np.arange(len(keys))
    stamps = starts.cat.categories.to_numpy(dtype="datetime64[ns]").view(np.int64)
    start_of_key = np.append(stamps, _MIN_INT)[keys // 4 - 1]  # key 0 (missing): -1, the NaT
    uniques = np.where(keys == 0, _MIN_INT, start_of_key // _DAY_NS * 4 + keys % 4)
    return renumber[key], uniques


def _precision_levels(precision: pd.Series) -> np.ndarray:
    """The level of each row's precision (``_PRECISION_LEVELS``; 3 where missing or unknown)."""
    precision = pd.Series(precision, copy=False)
    if isinstance(precision.dtype, pd.CategoricalDtype):
        # Looked up once per category, then gathered by code (-1, missing, takes the last entry).
        by_code = [_PRECISION_LEVELS.get(c, 3) for c in precision.cat.categories.tolist()] + [3]
        return np.asarray(by_code, dtype=np.int64)[_codes(precision)]
    return precision.astype(object).map(_PRECISION_LEVELS).fillna(3).to_numpy(dtype=np.int64)


def _partial_dates(days: np.ndarray, levels: np.ndarray, missing: np.ndarray):
    """Display strings, ISO strings, first and last days of distinct (day number, precision level) pairs.

    The same words as ``dates.format_partial_date``, ``iso_partial_date`` and
    ``span_end`` give, with the calendar arithmetic done on whole arrays (no
    Timestamp per distinct date: thousands of them in a large table).
    """
    first = np.where(missing, 0, days).astype("datetime64[D]")
    year_start = first.astype("datetime64[Y]")
    month_start = first.astype("datetime64[M]")
    years = (year_start.astype(np.int64) + 1970).tolist()
    months = (month_start.astype(np.int64) % 12 + 1).tolist()
    month_days = ((first - month_start.astype("datetime64[D]")).astype(np.int64) + 1).tolist()
    year_end = (year_start + 1).astype("datetime64[D]") - 1
    month_end = (month_start + 1).astype("datetime64[D]") - 1
    last = np.where(levels == 0, year_end, np.where(levels == 1, month_end, first))
    nat = np.datetime64("NaT", "ns")
    firsts = np.where(missing, nat, first.astype("datetime64[ns]"))
    lasts = np.where(missing, nat, last.astype("datetime64[ns]"))
    locale = display_locale()
    display, iso = [], []
    for year, month, day, level, gone in zip(years, months, month_days, levels.tolist(), missing.tolist(), strict=True):
        if gone or level == 3:
            display.append("")
            iso.append("")
        elif level == 0:
            display.append(locale.year(year))
            iso.append(f"{year:04d}")
        elif level == 1:
            display.append(locale.month(year, month))
            iso.append(f"{year:04d}-{month:02d}")
        else:
            display.append(locale.day(year, month, day))
            iso.append(f"{year:04d}-{month:02d}-{day:02d}")
    return display, iso, firsts, lasts


def _degree_key(text: str):
    match = _DEGREE_RE.match(text)
    return (int(match.group(1)) if match else 10**6, fold(text))


def _format_number(value) -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if not np.isfinite(value):
        return f"{value:,}"
    return format_number(value, 0 if value.is_integer() else 2)


def _format_integer(value) -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    return f"{value:.0f}" if value.is_integer() else _format_decimal(value)


def _format_decimal(value) -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if not np.isfinite(value):
        return f"{value:,}"
    digits = f"{value:.6f}".rstrip("0").split(".")[1]
    return format_number(value, len(digits))


# -- sorting ------------------------------------------------------------------
def stable_argsort(key: np.ndarray, bits: int) -> np.ndarray:
    """Stable argsort of non-negative integers below ``2**bits``.

    numpy sorts 8- and 16-bit integers with a radix sort (about ten times
    faster than its stable sort of wider integers), so wider keys are sorted
    16 bits at a time, least significant digit first.
    """
    if bits <= 8:
        return np.argsort(key.astype(np.uint8), kind="stable")
    if bits <= 16:
        return np.argsort(key.astype(np.uint16), kind="stable")
    key = key.astype(np.uint64, copy=False)
    perm: np.ndarray | None = None
    for shift in range(0, bits, 16):
        width = min(16, bits - shift)
        source = key if perm is None else key[perm]
        digit = (source >> np.uint64(shift)) & np.uint64((1 << width) - 1)
        order = np.argsort(digit.astype(np.uint8 if width <= 8 else np.uint16), kind="stable")
        perm = order if perm is None else perm[order]
    return perm


class _SearchResult:
    """Rows matching one needle over some columns: per-column hits and a row mask."""

    __slots__ = ("needle", "columns", "hits", "mask", "count", "_rows")

    def __init__(self, needle: str, columns: tuple[int, ...], hits: dict[int, np.ndarray], mask: np.ndarray):
        self.needle = needle
        self.columns = columns
        self.hits = hits
        self.mask = mask
        self.count = int(np.count_nonzero(mask))
        self._rows: np.ndarray | None = None

    @property
    def rows(self) -> np.ndarray:
        if self._rows is None:
            self._rows = np.flatnonzero(self.mask).astype(_row_dtype(len(self.mask)), copy=False)
        return self._rows


_CACHE_SIZE = 8
# The most selective literal groups of a regular expression used to pick candidates.
_LITERAL_GROUPS = 2
# Columns whose distinct counts multiply to at most this share one combined
# code per row, so a search reads one small array for several columns.
_GROUP_CAPACITY = 1 << 16


def _column_groups(sizes: list[int]) -> list[list[int]]:
    """Pack columns (by code count) into groups whose product fits ``_GROUP_CAPACITY``."""
    groups: list[tuple[list[int], int]] = []
    for column in sorted(range(len(sizes)), key=lambda c: -sizes[c]):
        for place, (members, product) in enumerate(groups):
            if product * sizes[column] <= _GROUP_CAPACITY:
                groups[place] = (members + [column], product * sizes[column])
                break
        else:
            groups.append(([column], sizes[column]))
    return [members for members, _ in groups]


class _CodeGroup:
    """Several columns' codes as one: ``combined = ((c0 * n1) + c1) * n2 + c2 …``."""

    __slots__ = ("columns", "sizes", "codes")

    def __init__(self, columns: list[int], encoded: list[_Encoded]):
        self.columns = columns
        self.sizes = [len(encoded[c].display) for c in columns]
        if len(columns) == 1:
            self.codes = encoded[columns[0]].codes
            return
        combined = np.zeros(len(encoded[columns[0]].codes), dtype=np.uint16)
        for column, size in zip(columns, self.sizes, strict=True):
            combined *= np.uint16(size)
            combined += encoded[column].codes.astype(np.uint16)
        self.codes = combined

    def hit_table(self, hits: dict[int, np.ndarray]) -> np.ndarray | None:
        """Bool per combined code: any member column matches (None: none can)."""
        parts = [hits.get(c) for c in self.columns]
        if not any(p is not None and p.any() for p in parts):
            return None
        table = None
        for part, size in zip(parts, self.sizes, strict=True):
            part = part if part is not None else np.zeros(size, dtype=bool)
            table = part if table is None else (table[:, None] | part[None, :]).ravel()
        return table


class TableQuery:
    """The visible rows of ``frame`` in display order, after search, filters and sort."""

    def __init__(self, frame: pd.DataFrame, columns: list[Column], id_column: str | None = None,
                 id_index: IdIndex | None = None):
        """``id_index``: an index of the id column's categories, in their order (the People table's are the
        dataset's person ids): row ids are then looked up through it, not hashed again."""
        self._given_id_index = id_index
        index = frame.index
        plain_index = isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
        self.frame = frame if plain_index else frame.reset_index(drop=True)
        self.columns = list(columns)
        self.id_column = id_column
        self._encoded = [_Encoded(self.frame, c) for c in self.columns]
        sizes = [len(e.display) for e in self._encoded]
        self._groups = [_CodeGroup(members, self._encoded) for members in _column_groups(sizes)]
        self._ids: tuple[np.ndarray, np.ndarray, IdIndex] | None = None
        self._ids_lock = threading.Lock()
        self.search_text = ""
        self.search_regex = False
        self.search_error: str | None = None
        self.sort_keys: list[tuple[int, bool]] = []
        self._search_columns: tuple[int, ...] = tuple(range(len(self.columns)))
        self._search: _SearchResult | None = None
        self._pattern: re.Pattern | None = None
        self._needle = ""
        self._literals: list[list[str]] = []
        self._prefix: str | None = None
        self._cache: OrderedDict[tuple, _SearchResult] = OrderedDict()
        self._span_cache: dict[str, list[tuple[int, int]]] = {}
        self._filters: dict[int, np.ndarray] = {}  # column -> allowed codes (bool per code)
        self._filter_specs: dict[int, tuple[str, object]] = {}  # column -> ("values", set) | ("range", (a, b))
        self._filter_mask: np.ndarray | None = None
        self._order: np.ndarray | None = None  # every row, sorted; None: frame order
        self._inverse_order: np.ndarray | None = None
        self.rows = identity(len(self.frame))

    # -- built on first use ------------------------------------------------------
    @property
    def _id_codes(self) -> np.ndarray | None:
        ids = self._id_lookup()
        return None if ids is None else ids[0]

    @property
    def _id_values(self) -> np.ndarray | None:
        ids = self._id_lookup()
        return None if ids is None else ids[1]

    @property
    def _id_index(self) -> IdIndex | None:
        ids = self._id_lookup()
        return None if ids is None else ids[2]

    def _id_lookup(self) -> tuple[np.ndarray, np.ndarray, IdIndex] | None:
        """Row ids as codes into distinct ids, and an index of those (built on first use)."""
        if not self.id_column:
            return None
        if self._ids is None:
            with self._ids_lock:
                if self._ids is None:
                    self._ids = self._build_id_lookup(self.frame[self.id_column])
        return self._ids

    def _build_id_lookup(self, values: pd.Series) -> tuple[np.ndarray, np.ndarray, IdIndex]:
        given = self._given_id_index
        if isinstance(values.dtype, pd.CategoricalDtype):
            categories = values.cat.categories
            # The categories are the given index's ids (the dataset's own): one index of a million ids serves both.
            if given is not None and len(given) == len(categories) and given.is_unique:
                return _codes(values).astype(_smallest_int(len(given)), copy=False), given.ids, given
            # Categories that repeat an id are not a dictionary: the rows' ids are then hashed here.
            if given is None and categories.is_unique:
                id_values = _as_text(categories)
                return _codes(values).astype(_smallest_int(len(id_values)), copy=False), id_values, IdIndex(id_values)
        id_codes, id_uniques = pd.factorize(values if is_arrow_text(values.array) else values.to_numpy(dtype=object))
        id_values = _as_text(id_uniques)
        return id_codes.astype(_smallest_int(len(id_values)), copy=False), id_values, IdIndex(id_values)

    @property
    def ready(self) -> bool:
        """True once every search index, sort rank and id look-up is built."""
        return (self._ids is not None or not self.id_column) and all(e.ready for e in self._encoded)

    def warm_up(self, cancelled=lambda: False) -> None:
        """Build what first searches, sorts and selections need, ahead of them.

        Safe to run in a worker thread while the table is shown: each piece is
        built once, under a lock, whichever thread asks first. ``cancelled`` is
        asked between pieces (e.g. another dataset was opened meanwhile).
        """
        steps = [lambda e=e: e._sort_ranks() for e in self._encoded]
        steps.append(self._id_lookup)
        steps += [lambda e=e: e.index for e in self._encoded]
        for step in steps:
            if cancelled():
                return
            step()

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
        return texts_at(encoded.display, encoded.codes[self.rows])

    def values_at(self, view_rows, column: int) -> np.ndarray:
        """Display strings of one column for some visible rows (view row numbers)."""
        encoded = self._encoded[column]
        return texts_at(encoded.display, encoded.codes[self.rows[np.asarray(view_rows, dtype=np.int64)]])

    def export_values(self, column: int) -> np.ndarray:
        """Like :meth:`column_values`, but for machines: numbers as floats (NaN where empty), dates ISO ('1999-06')."""
        encoded = self._encoded[column]
        if encoded.iso is not None:
            return encoded.iso[encoded.codes[self.rows]]
        if encoded.values is None:
            return self.column_values(column)
        return encoded.values[encoded.codes[self.rows]]

    def relocalize(self) -> None:
        """Rebuild the display strings of date and number columns in the active display locale.

        Codes, sort ranks and filters stay as they are (a value filter keeps
        the same cells under their new words); the search runs again on the
        new words.
        """
        renamed: dict[int, dict[str, str]] = {}
        for position, column in enumerate(self.columns):
            if column.kind not in ("date", "label") and column.kind not in NUMERIC_KINDS:
                continue
            old = self._encoded[position]
            new = _Encoded(self.frame, column)
            renamed[position] = dict(zip(old.display.tolist(), new.display.tolist(), strict=True))
            self._encoded[position] = new
        if not renamed:
            return
        sizes = [len(e.display) for e in self._encoded]
        self._groups = [_CodeGroup(members, self._encoded) for members in _column_groups(sizes)]
        for position, names in renamed.items():
            spec = self._filter_specs.get(position)
            if spec is not None and spec[0] == "values":
                values = {names.get(v, v) for v in spec[1]}
                self._filter_specs[position] = ("values", frozenset(values))
        self._cache.clear()
        self.set_search(self.search_text, self.search_regex)

    def distinct_values(self, column: int) -> list[tuple[str, int]]:
        """(value, row count over the whole table) for a value-checklist filter, in sort order.

        Every kind of empty cell is one entry, ``""``, listed last.
        """
        encoded = self._encoded[column]
        counts = np.bincount(encoded.codes, minlength=len(encoded.display))
        order = np.argsort(encoded.rank_asc, kind="stable")
        result = [(encoded.display[i], int(counts[i])) for i in order if counts[i] and not encoded.is_empty[i]]
        empties = int(counts[encoded.is_empty].sum())
        if empties:
            result.append(("", empties))
        return result

    def date_bounds(self, column: int) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """First and last day any date of a date column covers (None if it has none)."""
        encoded = self._encoded[column]
        if encoded.date_start is None:
            return None
        # Counting the codes (one pass) finds the used ones without sorting a million of them.
        used = np.bincount(encoded.codes, minlength=len(encoded.display)) > 0
        used &= ~encoded.is_empty
        if not used.any():
            return None
        return pd.Timestamp(encoded.date_start[used].min()), pd.Timestamp(encoded.date_end[used].max())

    def id_at(self, row: int) -> str | None:
        if self._id_codes is None:
            return None
        return self._id_values[self._id_codes[self.rows[row]]]

    def ids_of_rows(self, rows) -> list[str]:
        """Distinct ids of the given visible rows, in first-seen order."""
        if self._id_codes is None:
            return []
        rows = np.asarray(rows, dtype=np.int64)
        codes = self._id_codes[self.rows[rows]]
        _, first = np.unique(codes, return_index=True)
        return self._id_values[codes[np.sort(first)]].tolist()

    def view_rows_of_ids(self, ids) -> np.ndarray:
        """Visible row numbers whose id is in ``ids``, ascending."""
        wanted = self._wanted_id_codes(ids)
        if wanted is None:
            return np.empty(0, dtype=np.int64)
        return np.flatnonzero(wanted[self._id_codes[self.rows]])

    def _wanted_id_codes(self, ids) -> np.ndarray | None:
        if self._id_codes is None or not ids:
            return None
        positions = self._id_index.get_indexer([str(i) for i in ids])
        positions = positions[positions >= 0]
        if not len(positions):
            return None
        wanted = np.zeros(len(self._id_values), dtype=bool)
        wanted[positions] = True
        return wanted

    def frame_rows_of_ids(self, ids) -> np.ndarray:
        """Rows of the whole table (visible or not) whose id is in ``ids``, ascending."""
        wanted = self._wanted_id_codes(ids)
        if wanted is None:
            return np.empty(0, dtype=np.int64)
        return np.flatnonzero(wanted[self._id_codes])

    def ids_of_frame_rows(self, frame_rows) -> frozenset[str]:
        if self._id_codes is None or not len(frame_rows):
            return frozenset()
        codes = np.unique(self._id_codes[np.asarray(frame_rows, dtype=np.int64)])
        return frozenset(self._id_values[codes].tolist())

    def view_rows_of_frame_rows(self, frame_rows) -> np.ndarray:
        """Where the given table rows are shown now (visible ones only), ascending."""
        frame_rows = np.asarray(frame_rows, dtype=np.int64)
        if not len(frame_rows):
            return np.empty(0, dtype=np.int64)
        wanted = np.zeros(len(self.frame), dtype=bool)
        wanted[frame_rows] = True
        return np.flatnonzero(wanted[self.rows])

    def view_frame(self, columns: list[int] | None = None) -> pd.DataFrame:
        """The visible table as shown: display strings, rows in order, given columns."""
        columns = list(range(len(self.columns))) if columns is None else columns
        return pd.DataFrame({self.columns[c].header: self.column_values(c) for c in columns})

    # -- search ---------------------------------------------------------------
    def set_search(self, text: str, regex: bool = False) -> str | None:
        """Search the searched columns; returns an error message for a bad pattern (rows unchanged)."""
        pattern = None
        if regex and text:
            try:
                pattern = re.compile(text, re.IGNORECASE)
            except (re.error, OverflowError, RecursionError) as err:
                self.search_error = f"Invalid pattern: {err}"
                return self.search_error
        self.search_text, self.search_regex, self.search_error = text, regex, None
        self._pattern = pattern
        self._needle = query_key(text) if text and not regex else ""
        self._literals = required_literals(pattern) if pattern is not None else []
        self._prefix = anchored_prefix(pattern) if pattern is not None else None
        self._span_cache.clear()
        self._search = self._run_search() if text else None
        self._refresh()
        return None

    def set_search_columns(self, columns) -> None:
        """Search only these columns (None: all), e.g. the ones a view shows."""
        wanted = tuple(sorted(set(range(len(self.columns))) if columns is None else {int(c) for c in columns}))
        if wanted == self._search_columns:
            return
        self._search_columns = wanted
        if self.search_text and self.search_error is None:
            self._search = self._run_search()
            self._refresh()

    def hit_columns(self) -> set[int]:
        """Searched columns with at least one matching value (where highlights can show)."""
        if self._search is None:
            return set()
        return {c for c, hits in self._search.hits.items() if hits.any()}

    def match_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) character spans of ``text`` that the current search matches."""
        if not self.search_text or self.search_error or not text:
            return []
        text = text[: CELL_CHARS + 1]  # only what a cell can show is highlighted
        spans = self._span_cache.get(text)
        if spans is None:
            spans = self._spans(text)
            if len(self._span_cache) > 4096:
                self._span_cache.clear()
            self._span_cache[text] = spans
        return spans

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if self._pattern is None:
            return key_spans(self.search_text, text)
        spans = [m.span() for m in self._pattern.finditer(text) if m.end() > m.start()]
        if spans:
            return spans
        folded, origin = fold_with_map(text)
        found = [m.span() for m in self._pattern.finditer(folded) if m.end() > m.start()]
        if origin is None:
            return found
        return [(origin[s], origin[e - 1] + 1) for s, e in found]

    def _run_search(self) -> _SearchResult:
        columns = self._search_columns
        key = (self.search_regex, self.search_text if self.search_regex else self._needle, columns)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if self._pattern is not None:
            hits = {c: self._encoded[c].hits_for(self._pattern, self._literals, self._prefix) for c in columns}
            previous = None
        else:
            previous = self._narrowing_source(columns)
            hits = {
                c: self._encoded[c].index.find(self._needle, None if previous is None else previous.hits[c])
                for c in columns
            }
        result = _SearchResult(key[1], columns, hits, self._rows_matching(hits, previous))
        self._cache[key] = result
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return result

    def _narrowing_source(self, columns) -> _SearchResult | None:
        """The most recent plain search whose needle the new one contains: its matches bound ours."""
        for (regex, needle, cols), result in reversed(self._cache.items()):
            if not regex and cols == columns and needle and needle in self._needle:
                return result
        return None

    def _rows_matching(self, hits: dict[int, np.ndarray], previous: _SearchResult | None) -> np.ndarray:
        total = len(self.frame)
        tables = [(group.codes, table) for group in self._groups if (table := group.hit_table(hits)) is not None]
        if previous is not None and previous.count < total // 4:
            # Only rows the shorter needle matched can match the longer one.
            candidates = previous.rows
            matched = np.zeros(len(candidates), dtype=bool)
            for codes, table in tables:
                matched |= table[codes[candidates]]
            mask = np.zeros(total, dtype=bool)
            mask[candidates[matched]] = True
            return mask
        if not tables:
            return np.zeros(total, dtype=bool)
        mask = tables[0][1][tables[0][0]]
        for codes, table in tables[1:]:
            mask |= table[codes]
        return mask

    # -- filters --------------------------------------------------------------
    def set_value_filter(self, column: int, values) -> None:
        """Keep rows whose display value in ``column`` is one of ``values`` (None: no filter).

        ``""`` stands for every empty cell.
        """
        if values is None:
            self._filters.pop(column, None)
            self._filter_specs.pop(column, None)
        else:
            values = {str(v) for v in values}
            encoded = self._encoded[column]
            self._filters[column] = np.isin(encoded.display, np.array(sorted(values), dtype=object))
            self._filter_specs[column] = ("values", frozenset(values))
        self._update_filter_mask()
        self._refresh()

    def set_range_filter(self, column: int, first=None, last=None) -> None:
        """Keep rows of a date column whose date overlaps [first, last] (days; None: open end).

        A partial date covers its whole month or year. With both ends None the
        filter is removed.
        """
        encoded = self._encoded[column]
        if encoded.date_start is None:
            raise ValueError(f"column {self.columns[column].header!r} is not a date column")
        if first is None and last is None:
            self._filters.pop(column, None)
            self._filter_specs.pop(column, None)
        else:
            first_ts = pd.Timestamp(first).normalize() if first is not None else None
            last_ts = pd.Timestamp(last).normalize() if last is not None else None
            allowed = ~encoded.is_empty
            with np.errstate(invalid="ignore"):
                if first_ts is not None:
                    allowed &= encoded.date_end >= first_ts.to_datetime64()
                if last_ts is not None:
                    allowed &= encoded.date_start <= last_ts.to_datetime64()
            self._filters[column] = allowed
            self._filter_specs[column] = ("range", (first_ts, last_ts))
        self._update_filter_mask()
        self._refresh()

    def value_filter(self, column: int) -> frozenset[str] | None:
        spec = self._filter_specs.get(column)
        return spec[1] if spec and spec[0] == "values" else None

    def range_filter(self, column: int) -> tuple[pd.Timestamp | None, pd.Timestamp | None] | None:
        spec = self._filter_specs.get(column)
        return spec[1] if spec and spec[0] == "range" else None

    def active_filters(self) -> list[int]:
        return sorted(self._filters)

    def clear_filters(self) -> None:
        self._filters.clear()
        self._filter_specs.clear()
        self._update_filter_mask()
        self._refresh()

    def _update_filter_mask(self) -> None:
        mask = None
        for column, allowed in self._filters.items():
            keep = allowed[self._encoded[column].codes]
            mask = keep if mask is None else mask & keep
        self._filter_mask = mask

    # -- sort -----------------------------------------------------------------
    def set_sort(self, keys: list[tuple[int, bool]]) -> None:
        """Sort by (column, descending) keys, first key most significant; empty cells last.

        Stable: rows that compare equal keep the table's order.
        """
        self.sort_keys = [(int(c), bool(d)) for c, d in keys]
        self._order = self._sorted_rows().astype(_row_dtype(len(self.frame)), copy=False) if self.sort_keys else None
        self._inverse_order = None
        self._refresh()

    def _sorted_rows(self) -> np.ndarray:
        total_bits = sum(self._encoded[c].rank_bits for c, _ in self.sort_keys)
        if total_bits > 63:
            lex_keys = [self._rank_of_rows(c, d) for c, d in reversed(self.sort_keys)]
            return np.lexsort(lex_keys)
        composite = None
        for column, descending in self.sort_keys:
            bits = self._encoded[column].rank_bits
            rank = self._rank_of_rows(column, descending).astype(np.uint64)
            composite = rank if composite is None else (composite << np.uint64(bits)) | rank
        return stable_argsort(composite, total_bits)

    def _rank_of_rows(self, column: int, descending: bool) -> np.ndarray:
        encoded = self._encoded[column]
        return (encoded.rank_desc if descending else encoded.rank_asc)[encoded.codes]

    # -- the visible rows ------------------------------------------------------
    def _refresh(self) -> None:
        mask = self._search.mask if self._search is not None else None
        if self._filter_mask is not None:
            mask = self._filter_mask if mask is None else mask & self._filter_mask
        order = self._order
        if order is None:
            rows = identity(len(self.frame)) if mask is None else np.flatnonzero(mask)
        elif mask is None:
            rows = order
        elif self._search is not None and self._search.count < len(order) // 32:
            # Few matches: place them by their position in the sorted order.
            if self._inverse_order is None:
                self._inverse_order = np.empty(len(order), dtype=order.dtype)
                self._inverse_order[order] = np.arange(len(order), dtype=order.dtype)
            positions = np.sort(self._inverse_order[np.flatnonzero(mask)])
            rows = order[positions]
        else:
            rows = order[mask[order]]
        # Row positions in 32 bits below 2**31 rows: half the memory of every row array kept.
        self.rows = rows.astype(_row_dtype(len(self.frame)), copy=False)
