"""Load and validate a dataset folder, once, at the edge.

Fatal problems (a missing required file or column, a file that is not UTF-8
CSV text, a repeated column name) raise :class:`DatasetError`. A bad row (a
value outside its closed vocabulary, a number that is not finite or not
plausible, a year or date outside the supported range, an end before its
start) is skipped and listed; the rest of the dataset loads. The rules are
those of ``schema`` and are documented in data/README.md. Everything is vectorised over distinct values so a
million-row file validates in about the time it takes to parse.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .csvfile import RawTable, read_csv_text
from .dataset import Dataset, id_index
from .dates import PRECISIONS, parse_date_column
from .id_index import IdIndex
from .memory import release_freed_memory
from .problems import DatasetError, Problem, invisible_characters, shown, without_invisible
from .schema import (
    ALIASES,
    CURRENCIES,
    FIRST_DATE_YEAR,
    FIRST_YEAR,
    LAST_DATE_YEAR,
    LAST_YEAR,
    MAX_VALUE,
    PERCENT,
    TABLES,
    UNIT_SCALES,
    TableSpec,
)
from .translatable import QT_TRANSLATE_NOOP, Message
from .units import parse_unit

# Text columns with few distinct values become categoricals (cheap to sort,
# filter and search); unique-ish text stays plain.
_CATEGORY_RATIO = 0.5
_ID_SPLIT = re.compile(r"\s*;\s*")


def bundled_data_dir() -> Path:
    """The dataset shipped with the package (or the repo's data/ in a checkout)."""
    installed = resources.files("kzeuviewer") / "data"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[3] / "data"


class _RowChecks:
    """Collects row-level problems for one table, vectorised by mask."""

    def __init__(self, spec: TableSpec, lines: np.ndarray):
        self.spec = spec
        self.lines = lines
        self.bad = np.zeros(len(lines), dtype=bool)
        self.problems: list[Problem] = []

    def flag(self, mask, column: str, message) -> None:
        """Skip the rows in ``mask``; ``message`` is a string or a function of the row index."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        for row in np.flatnonzero(mask):
            text = message(row) if callable(message) else message
            self.problems.append(Problem(self.spec.filename, int(self.lines[row]), column, text))
        self.bad |= mask


# Below this many rows a plain hash of the strings is as cheap as anything.
_BY_ADDRESS_FROM_ROWS = 50_000
_ADDRESS_SAMPLE = 4_096


def _factorize_text(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of an object array of strings, quicker for repetitive columns.

    The CSV parser hands out one string object per distinct value of each
    block of rows it reads, so a column of a few distinct values holds only
    a few hundred distinct objects. Those are told apart by their addresses
    (integers: hashed far faster than strings, no string is read), and only
    one string per address is hashed. Equal strings in different objects
    still become one value; the codes and their order are ``pd.factorize``'s.
    """
    if len(values) < _BY_ADDRESS_FROM_ROWS or not values.flags.c_contiguous:
        return pd.factorize(values)
    addresses = np.frombuffer(values.data, dtype=np.uintp)  # the object pointers, read as numbers
    if len(pd.unique(addresses[:_ADDRESS_SAMPLE])) > _ADDRESS_SAMPLE // 2:
        return pd.factorize(values)  # unique-ish text (ids, names): nothing to gain
    address_codes, distinct_addresses = pd.factorize(addresses)
    first_row = np.empty(len(distinct_addresses), dtype=np.int64)
    first_row[address_codes[::-1]] = np.arange(len(values) - 1, -1, -1)
    codes, uniques = pd.factorize(values[first_row])
    return codes[address_codes], uniques


class _Cells:
    """One table's text columns, each hashed at most once.

    Every check of a column (empty cells, vocabulary, unit, year, reference,
    source ids, dates) and its dictionary encoding at the end share one
    ``pd.factorize`` of it: codes per row into its distinct values, so the
    checks loop over a few distinct strings instead of a million cells.
    A column replaced during validation is forgotten with :meth:`replaced`.
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self._distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._empty: dict[str, np.ndarray] = {}

    def values(self, column: str) -> np.ndarray:
        return self.frame[column].to_numpy(dtype=object)

    def distinct(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(codes per row, distinct values as an object array); no cell is missing, so no code is -1."""
        found = self._distinct.get(column)
        if found is None:
            values = self.frame[column]
            if isinstance(values.dtype, pd.CategoricalDtype):
                codes, uniques = values.cat.codes.to_numpy(), values.cat.categories.to_numpy(dtype=object)
            elif values.dtype == object:
                codes, uniques = _factorize_text(self.values(column))
            else:  # Arrow text: dictionary-encoded by Arrow, no string object made per cell
                codes, uniques = pd.factorize(values)
            found = self._distinct[column] = (codes, np.asarray(uniques, dtype=object))
        return found

    def known(self, column: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The distinct values if some check already hashed ``column``."""
        return self._distinct.get(column)

    def empty(self, column: str) -> np.ndarray:
        found = self._empty.get(column)
        if found is None:
            hashed = self._distinct.get(column)
            if hashed is not None:
                codes, uniques = hashed
                found = (uniques == "")[codes] if len(uniques) else np.zeros(len(codes), dtype=bool)
            else:
                found = (self.frame[column] == "").to_numpy(dtype=bool, na_value=False)
            self._empty[column] = found = np.asarray(found, dtype=bool)
        return found

    def replaced(self, column: str) -> None:
        self._distinct.pop(column, None)
        self._empty.pop(column, None)


def _check_header(spec: TableSpec, frame: pd.DataFrame) -> list[Problem]:
    problems = []
    known = set(spec.required) | set(spec.known_extra)
    present = set(frame.columns)
    # A known name spoiled by an invisible character is one problem, not "missing" plus "extra".
    disguised = {}
    for column in frame.columns:
        if column not in known and invisible_characters(column):
            visible = without_invisible(column).strip()
            if visible in known:
                disguised[visible] = column
    for column in spec.required:
        if column not in present and column not in disguised:
            problems.append(Problem(spec.filename, 1, column, Message(QT_TRANSLATE_NOOP("Problems", "required column is missing")), "fatal"))
    for visible, column in disguised.items():
        problems.append(Problem(
            spec.filename, 1, visible,
            Message(QT_TRANSLATE_NOOP("Problems", "the header cell {cell} would be this column without its invisible "
                                      "character; remove it"), cell=shown(column)),
            "fatal",
        ))
    for column in frame.columns:
        if column not in known and column not in disguised.values():
            problems.append(Problem(
                spec.filename, 1, column, Message(QT_TRANSLATE_NOOP("Problems", "column is not part of the format; kept as extra")),
                "warning",
            ))
    return problems


def _as_category_if_repetitive(column: pd.Series, distinct, hashed: bool) -> pd.Series:
    """``column`` as a categorical with sorted categories if it has few distinct values.

    ``distinct()`` gives its codes and distinct values (each used by some row); ``hashed`` says that
    validation already computed them (the true count then decides, at no cost).
    """
    if not hashed:
        # A sample tells unique-ish text (names, titles) without hashing it all.
        sample = column.iloc[:10_000]
        if len(sample) >= 1_000 and sample.nunique() > _CATEGORY_RATIO * len(sample):
            return column
    # Hash first; sort only the (few) distinct values of columns that qualify.
    codes, uniques = distinct()
    if not len(column) or len(uniques) > _CATEGORY_RATIO * len(column):
        return column
    order = np.argsort(np.asarray(uniques, dtype=object), kind="stable")
    new_code = np.empty(len(order), dtype=codes.dtype)
    new_code[order] = np.arange(len(order), dtype=codes.dtype)
    categories = pd.Index(np.asarray(uniques, dtype=object)[order])
    # The codes are ours and in range: not checked again row by row.
    categorical = pd.Categorical.from_codes(new_code[codes], categories, validate=False)
    return pd.Series(categorical, index=column.index, name=column.name)


def _without_unused(codes: np.ndarray, uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes and distinct values without the values no row uses any more (their rows were skipped)."""
    used = np.bincount(codes, minlength=len(uniques)) > 0 if len(codes) else np.zeros(len(uniques), dtype=bool)
    if used.all():
        return codes, uniques
    renumber = np.cumsum(used) - 1
    return renumber[codes], uniques[used]


def _isin_by_distinct(codes: np.ndarray, uniques, allowed) -> np.ndarray:
    """``column.isin(allowed)`` computed on distinct values (cheap for repetitive columns)."""
    if not len(uniques):
        return np.zeros(len(codes), dtype=bool)
    allowed = allowed if isinstance(allowed, set | frozenset) else set(allowed)
    return np.fromiter((u in allowed for u in uniques), dtype=bool, count=len(uniques))[codes]


_NO_IDS = pd.Series([], dtype=str)


# A column naming fewer distinct ids than 1/this of the target table's rows is looked up the other way round.
_PROBE_SHARE = 8
# Up to this many names are found by comparing every id with each (a pass costs a quarter of a hash).
_COMPARE_UP_TO = 3


def _reference_positions(
    codes: np.ndarray, uniques, target: str, ids: dict[str, pd.Series], id_indexes: dict[str, IdIndex],
) -> np.ndarray:
    """Per row: the row of table ``target`` its value names (by ``target``'s ids), or -1.

    Each distinct value is looked up once. Many names: the target's ids are
    hashed once (kept in ``id_indexes`` for the next column naming them).
    A few names among many ids (a short participants list against a million
    people): the names are hashed and the ids passed over once, which costs
    less than hashing every id. The positions are kept (``Dataset.link``) so
    the tables that join people to awards and events need not hash the ids again.
    """
    if not len(uniques):
        return np.full(len(codes), -1, dtype=np.int64)
    names = pd.Index(np.asarray(uniques, dtype=object), dtype=object)
    index = id_indexes.get(target)
    target_ids = ids.get(target, _NO_IDS)
    if index is None and len(names) * _PROBE_SHARE < len(target_ids):
        values = target_ids.to_numpy(dtype=object)
        if len(names) <= _COMPARE_UP_TO:
            # One or two names: comparing is cheaper still than hashing the ids to look them up.
            found_at = np.zeros(len(values), dtype=bool)
            for name in names:
                found_at |= values == name
        else:
            found_at = pd.Series(values, dtype=object, copy=False).isin(names).to_numpy()
        rows = np.flatnonzero(found_at)
        name_of_row = names.get_indexer(pd.Index(values[rows], dtype=object))
        found = np.full(len(names), -1, dtype=np.int64)
        found[name_of_row[::-1]] = rows[::-1]  # reversed: the first row with an id wins
    else:
        if index is None:
            index = id_indexes[target] = id_index(target_ids)
        found = index.get_indexer(names)
    return np.append(found, -1).astype(np.int64)[codes]


def _fixed_categorical(codes: np.ndarray, uniques, categories: tuple[str, ...]) -> pd.Categorical:
    """Codes into ``uniques`` re-expressed against a fixed list of categories."""
    position = {c: i for i, c in enumerate(categories)}
    remap = np.array([position.get(u, -1) for u in uniques] + [-1], dtype=np.int16)
    return pd.Categorical.from_codes(remap[codes], categories=list(categories))


def _blank_rows(frame: pd.DataFrame, cells: _Cells) -> np.ndarray:
    """Rows whose every cell is empty (blank lines, lines of commas)."""
    if not len(frame.columns):
        return np.ones(len(frame), dtype=bool)
    blank = cells.empty(frame.columns[0]).copy()
    if blank.any():
        candidates = np.flatnonzero(blank)
        blank[candidates] = (frame.iloc[candidates] == "").all(axis=1).to_numpy()
    return blank


def _source_id_check(codes: np.ndarray, uniques: np.ndarray, index: pd.Index, known: set[str]):
    """Normalise ``a ; b`` lists and find unknown ids, working on distinct values.

    ``codes`` and ``uniques`` are the column's distinct values (``_Cells.distinct``).
    Returns the column as a categorical of normalised lists, a per-row mask
    of rows naming an unknown id, and a function giving that row's unknown ids.
    """
    normalised = []
    unknown = []
    for text in uniques:
        ids = [part for part in _ID_SPLIT.split(str(text).strip()) if part]
        normalised.append(";".join(ids))
        unknown.append([i for i in ids if i not in known])
    # Different spellings of one list ("a;b", "a ; b") become one category.
    list_codes, lists = pd.factorize(pd.Index(normalised, dtype=object))
    row_codes = list_codes[codes] if len(uniques) else codes
    categorical = pd.Series(pd.Categorical.from_codes(row_codes, lists), index=index)
    has_unknown = np.array([bool(u) for u in unknown] + [False], dtype=bool)[codes]
    return categorical, has_unknown, lambda row: unknown[codes[row]]


_ASCII_INTEGER = re.compile(r"[+-]?[0-9]+")


def _not_number(text: str) -> str:
    if any(c.isdigit() and not c.isascii() for c in text):
        return Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a number (write digits as 0-9, not full-width or "
                                         "other digits)"), value=shown(text))
    return Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a number"), value=shown(text))


def _canonical(value: str, allowed: tuple[str, ...], aliases: dict[str, str]) -> str | None:
    """The documented spelling of ``value`` (itself, a case variant or an alias), or None."""
    if value in allowed:
        return value
    key = " ".join(value.split()).casefold()
    for choice in allowed:
        if choice.casefold() == key:
            return choice
    for alias, choice in aliases.items():
        if alias.casefold() == key:
            return choice
    return None


def _canonical_unit(text: str) -> str | None:
    """'usd Million' → 'USD million'; '%' (or 'percent'); None if neither money nor percent."""
    if text == PERCENT or text.casefold() in ALIASES["unit"]:
        return PERCENT
    parts = text.split()
    if not 1 <= len(parts) <= 2 or parts[0].upper() not in CURRENCIES:
        return None
    if len(parts) == 1:
        return parts[0].upper()
    return f"{parts[0].upper()} {parts[1].lower()}" if parts[1].lower() in UNIT_SCALES else None


def _unit_scales(frame: pd.DataFrame, checks: _RowChecks, spec: TableSpec, cells: _Cells, blank) -> np.ndarray:
    """Normalise the ``unit`` column, flag units that are not allowed; the scale of each row (NaN if none)."""
    units = frame["unit"]
    codes, uniques = cells.distinct("unit")
    canonical = [_canonical_unit(str(u)) for u in uniques]
    money_only = spec.name == "trade"
    valid = np.array([c is not None and not (money_only and c == PERCENT) for c in canonical] + [False], dtype=bool)
    scale = np.array([
        (1.0 if c == PERCENT else parse_unit(c).factor) if c is not None else np.nan for c in canonical
    ] + [np.nan], dtype=float)
    rows = np.where(codes < 0, len(uniques), codes)
    currencies = ", ".join(CURRENCIES)
    scales = ", ".join(s for s in UNIT_SCALES if s)
    what = (Message(QT_TRANSLATE_NOOP("Problems", "a money unit")) if money_only
            else Message(QT_TRANSLATE_NOOP("Problems", "'{percent}' or a money unit"), percent=PERCENT))
    checks.flag(
        ~valid[rows] & ~cells.empty("unit") & ~blank,
        "unit",
        lambda row: Message(QT_TRANSLATE_NOOP("Problems", "{value} is not {what} (currency {currencies}, optional scale "
                                              "{scales})"), value=shown(units.iat[row]), what=what,
                            currencies=currencies, scales=scales),
    )
    if any(c is not None and c != u for c, u in zip(canonical, uniques, strict=True)):
        spelled = np.array([c if c is not None else u for c, u in zip(canonical, uniques, strict=True)] + [""], dtype=object)
        frame["unit"] = pd.array(spelled[rows], dtype=units.dtype)
        cells.replaced("unit")
    return scale[rows]


def _check_numbers(spec: TableSpec, frame: pd.DataFrame, checks: _RowChecks, cells: _Cells, blank, scale) -> None:
    """Numbers finite and at most MAX_VALUE (in currency units); years whole numbers in range."""
    for column in spec.numbers + spec.integers:
        text = frame[column]
        if column in spec.integers:
            # Years repeat: each distinct text is converted once.
            codes, uniques = cells.distinct(column)
            numbers = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
            values = np.asarray(numbers, dtype=float)[codes]
        else:
            values = np.array(pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan), dtype=float)
        given = ~cells.empty(column) & ~blank
        not_number = np.isnan(values) & given
        checks.flag(not_number, column, lambda row, t=text: _not_number(t.iat[row]))
        infinite = np.isinf(values) & given
        if column in spec.integers:
            plain = np.array([bool(_ASCII_INTEGER.fullmatch(str(u))) for u in uniques] + [False], dtype=bool)
            plain = plain[np.where(codes < 0, len(uniques), codes)]
            with np.errstate(invalid="ignore"):
                in_range = (values >= FIRST_YEAR) & (values <= LAST_YEAR)
            bad = given & ~not_number & ~(plain & in_range)
            checks.flag(
                bad, column,
                lambda row, t=text: Message(QT_TRANSLATE_NOOP(
                    "Problems", "{value} is not a year (a whole number from {first} to {last})"),
                    value=shown(t.iat[row]), first=FIRST_YEAR, last=LAST_YEAR),
            )
            values[bad | infinite] = np.nan
            frame[column] = pd.array(np.round(values), dtype="Float64").astype("Int64")
            cells.replaced(column)
            continue
        checks.flag(infinite, column, lambda row, t=text: Message(
            QT_TRANSLATE_NOOP("Problems", "{value} is not a finite number"), value=shown(t.iat[row])))
        with np.errstate(invalid="ignore", over="ignore"):
            magnitude = np.abs(values) * (scale if scale is not None else 1.0)
        too_large = (magnitude > MAX_VALUE) & ~infinite & given
        if too_large.any():
            unit = frame["unit"] if "unit" in frame.columns else None
            checks.flag(
                too_large, column,
                lambda row, t=text, u=unit: Message(QT_TRANSLATE_NOOP(
                    "Problems", "{value} is outside the plausible range (at most {limit} in the currency's units or in %)"),
                    value=f"{shown(t.iat[row])}{' ' + str(u.iat[row]) if u is not None else ''}", limit=f"{MAX_VALUE:.0e}"),
            )
        values[infinite | too_large] = np.nan
        frame[column] = pd.array(values, dtype="Float64")
        cells.replaced(column)


def _check_vocabularies(spec: TableSpec, frame: pd.DataFrame, checks: _RowChecks, cells: _Cells, blank) -> dict:
    """Closed vocabularies: documented values, their case variants and aliases; the rest flagged."""
    fixed: dict[str, tuple[np.ndarray, list]] = {}
    for column, allowed in spec.allowed.items():
        if column not in frame.columns:
            continue
        codes, uniques = cells.distinct(column)
        aliases = ALIASES.get(column, {})
        canonical = [_canonical(str(u), allowed, aliases) for u in uniques]
        valid = np.array([c is not None for c in canonical] + [True], dtype=bool)
        fixed[column] = (codes, [c if c is not None else u for c, u in zip(canonical, uniques, strict=True)])
        bad = ~valid[np.where(codes < 0, len(uniques), codes)] & ~cells.empty(column)
        listed = [a if a else "(empty)" for a in allowed]
        choices = (
            Message(QT_TRANSLATE_NOOP("Problems", "one of: {values}"), values=", ".join(listed)) if len(listed) <= 6
            else Message(QT_TRANSLATE_NOOP("Problems", "one of the {number} documented values of {column} (data/README.md)"),
                         number=len(allowed), column=column)
        )
        checks.flag(bad & ~blank, column, lambda row, c=column, ch=choices: Message(
            QT_TRANSLATE_NOOP("Problems", "{value} is not {choices}"), value=shown(frame[c].iat[row]), choices=ch))
    return fixed


def _check_date_order(frame: pd.DataFrame, checks: _RowChecks, blank) -> None:
    """An end date may not lie before its start date."""
    ends, starts = frame["end_date_end"].to_numpy(), frame["date_start"].to_numpy()
    before = ~np.isnat(ends) & ~np.isnat(starts) & (ends < starts) & ~blank
    checks.flag(
        before, "end_date",
        lambda row: Message(QT_TRANSLATE_NOOP("Problems", "end date {end} is before the start date {start}"),
                            end=shown(frame["end_date"].iat[row]), start=shown(frame["date"].iat[row])),
    )


def _strip_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell without surrounding white space, in time linear in rows × columns.

    Assigning column by column costs time quadratic in the number of columns;
    a wide file is stripped as one flat column instead.
    """
    if len(frame.columns) <= 64:
        return pd.DataFrame({column: frame[column].str.strip() for column in frame.columns}, index=frame.index)
    cells = pd.Series(frame.to_numpy(dtype=object).ravel(), dtype="str").str.strip().to_numpy(dtype=object)
    return pd.DataFrame(cells.reshape(frame.shape), columns=frame.columns, index=frame.index, dtype=object)


def _hashed_columns(spec: TableSpec) -> list[str]:
    """Columns whose checks read their distinct values, hashed before any check asks for empty cells."""
    columns = [*spec.dates, *spec.allowed, *spec.references, *spec.integers]
    if spec.numbers:
        columns.append("unit")
    if spec.has_sources:
        columns.append("source_ids")
    return columns


def _validate(
    spec: TableSpec, raw: RawTable, ids: dict[str, pd.Series], id_indexes: dict[str, IdIndex],
    links: dict[tuple[str, str], np.ndarray],
) -> tuple[pd.DataFrame, list[Problem]]:
    """Check every row of one table; ``links`` gets, per reference column, each kept row's target row (-1: none)."""
    frame = raw.frame
    if raw.may_have_padding:
        frame = _strip_cells(frame)
    cells = _Cells(frame)
    empty = cells.empty
    for column in _hashed_columns(spec):
        if column in frame.columns:
            cells.distinct(column)  # hashed now, so that its empty cells come from the codes
    blank = _blank_rows(frame, cells)
    checks = _RowChecks(spec, raw.lines)

    for column in spec.not_empty:
        checks.flag(empty(column) & ~blank, column, Message(QT_TRANSLATE_NOOP("Problems", "a value is required")))

    if spec.id_column:
        id_col = frame[spec.id_column]
        # The index of the ids answers "any repeated?" (the rows are looked for only then); kept for the
        # dataset's look-ups and other tables' references when every row stays.
        index = IdIndex(id_col)
        duplicated = np.zeros(len(frame), dtype=bool)
        if not index.is_unique:
            duplicated = index.duplicated() & ~empty(spec.id_column) & ~blank
        if duplicated.any():
            first_line = dict(zip(id_col[~duplicated].to_numpy(), raw.lines[~duplicated], strict=True))
            checks.flag(
                duplicated,
                spec.id_column,
                lambda row: Message(QT_TRANSLATE_NOOP("Problems", "duplicate id {id} (first on line {line})"),
                                    id=shown(id_col.iat[row]), line=first_line.get(id_col.iat[row], "?")),
            )

    new_columns: dict[str, object] = {}
    for column in spec.dates:
        if empty(column).all():  # e.g. an end_date nobody filled in
            new_columns[f"{column}_start"] = new_columns[f"{column}_end"] = np.full(len(frame), np.datetime64("NaT", "ns"))
            new_columns[f"{column}_precision"] = pd.Categorical.from_codes(np.full(len(frame), -1, np.int8), list(PRECISIONS))
            continue
        # Each distinct date text is parsed once; rows take their text's result.
        codes, uniques = cells.distinct(column)
        parsed = parse_date_column(pd.Series(uniques, dtype=object))
        checks.flag(
            parsed["invalid"].to_numpy()[codes] & ~blank,
            column,
            lambda row, c=column: Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
                                          value=shown(frame[c].iat[row])),
        )
        checks.flag(
            parsed["out_of_range"].to_numpy()[codes] & ~blank,
            column,
            lambda row, c=column: Message(QT_TRANSLATE_NOOP(
                "Problems", "{value} is outside the supported dates (years {first} to {last})"),
                value=shown(frame[c].iat[row]), first=FIRST_DATE_YEAR, last=LAST_DATE_YEAR),
        )
        new_columns[f"{column}_start"] = parsed["start"].to_numpy()[codes]
        new_columns[f"{column}_end"] = parsed["end"].to_numpy()[codes]
        new_columns[f"{column}_precision"] = pd.Categorical.from_codes(
            parsed["precision"].cat.codes.to_numpy()[codes], dtype=parsed["precision"].dtype
        )
    if new_columns:
        frame = pd.concat([frame, pd.DataFrame(new_columns, index=frame.index)], axis=1)
        cells.frame = frame  # the same text columns: what was hashed still holds
    if "date" in spec.dates and "end_date" in spec.dates:
        _check_date_order(frame, checks, blank)

    scale = _unit_scales(frame, checks, spec, cells, blank) if spec.numbers and "unit" in frame.columns else None
    _check_numbers(spec, frame, checks, cells, blank, scale)
    fixed = _check_vocabularies(spec, frame, checks, cells, blank)

    positions: dict[str, np.ndarray] = {}
    for column, target in spec.references.items():
        positions[column] = _reference_positions(*cells.distinct(column), target, ids, id_indexes)
        bad = (positions[column] < 0) & ~empty(column)
        checks.flag(bad & ~blank, column, lambda row, c=column, t=target: Message(
            QT_TRANSLATE_NOOP("Problems", "unknown {column} {value} (not in {table})"),
            column=c, value=shown(frame[c].iat[row]), table=t))

    if spec.has_sources and "source_ids" in frame.columns:
        normalised, has_unknown, unknown = _source_id_check(
            *cells.distinct("source_ids"), frame.index, set(ids.get("sources", _NO_IDS).tolist())
        )
        frame["source_ids"] = normalised
        cells.replaced("source_ids")
        checks.flag(
            has_unknown & ~blank, "source_ids", lambda row: Message(
                QT_TRANSLATE_NOOP("Problems", "unknown source id {ids}"), ids=", ".join(shown(u) for u in unknown(row)))
        )

    keep = ~(checks.bad | blank)
    table = frame if keep.all() else frame.loc[keep].reset_index(drop=True)
    if spec.id_column and keep.all():
        id_indexes[spec.name] = index
    lines = raw.lines[keep]
    # A file of at most MAX_FILE_BYTES has fewer lines than 32-bit integers count: half the memory.
    table["line"] = lines.astype(np.int32) if len(lines) and lines.max() < 2**31 else lines
    for column, (codes, uniques) in fixed.items():
        table[column] = _fixed_categorical(codes[keep], uniques, spec.allowed[column])
    for column, where in positions.items():
        links[(spec.name, column)] = where[keep]
    return _typed(spec, table, cells, keep), checks.problems


# Below this many rows dictionary encoding saves nothing and costs start-up time.
_ENCODE_FROM_ROWS = 5_000


def _typed(spec: TableSpec, table: pd.DataFrame, cells: _Cells, keep: np.ndarray) -> pd.DataFrame:
    """Repetitive text columns of large tables become categoricals, once, at load.

    Which ones is decided by the data: a column whose distinct values are few
    for its rows (kinds, roles, places, summaries, date text as written,
    source lists), not by its name. Columns that validation already hashed
    reuse that hash (``cells``; ``keep`` says which of its rows were kept).
    """
    if len(table) < _ENCODE_FROM_ROWS:
        return table
    skip = set(spec.numbers) | set(spec.integers) | set(spec.allowed) | {spec.id_column, "line"}
    kept_all = bool(keep.all())
    for column in table.columns:
        if column in skip or column.endswith(("_start", "_end", "_precision")):
            continue
        values = table[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            def distinct(column=column):
                codes, uniques = cells.distinct(column)
                return (codes, uniques) if kept_all else _without_unused(codes[keep], uniques)

            table[column] = _as_category_if_repetitive(values, distinct, cells.known(column) is not None)
    return table


def _empty_table(spec: TableSpec) -> pd.DataFrame:
    def empty(column: str) -> pd.Series:
        if column in spec.integers:
            return pd.Series(dtype="Int64")
        if column in spec.numbers:
            return pd.Series(dtype="Float64")
        return pd.Series(dtype=str)

    return pd.DataFrame({c: empty(c) for c in spec.required})


def load_dataset(path: str | Path | None = None) -> Dataset:
    """Load a dataset folder (None: the bundled one), or raise :class:`DatasetError`."""
    folder = Path(path) if path is not None else bundled_data_dir()
    if not folder.exists():
        raise DatasetError(folder, [Problem(str(folder), None, None, Message(QT_TRANSLATE_NOOP("Problems", "folder does not exist")), "fatal")])
    if not folder.is_dir():
        raise DatasetError(folder, [Problem(str(folder), None, None, Message(QT_TRANSLATE_NOOP("Problems", "is not a folder")), "fatal")])

    raws: dict[str, RawTable] = {}
    fatal: list[Problem] = []
    warnings: list[Problem] = []
    for spec in TABLES:
        if spec.optional and not (folder / spec.filename).exists():
            continue
        raw = read_csv_text(folder / spec.filename, spec.filename)
        if not raw.fatal:
            header = _check_header(spec, raw.frame)
            raw.problems.extend(header)
        raws[spec.name] = raw
        for problem in raw.problems:
            (fatal if problem.severity == "fatal" else warnings).append(problem)
    if fatal:
        raise DatasetError(folder, fatal)

    tables: dict[str, pd.DataFrame] = {}
    ids: dict[str, pd.Series] = {}
    id_indexes: dict[str, IdIndex] = {}
    links: dict[tuple[str, str], np.ndarray] = {}
    problems = list(warnings)
    for spec in TABLES:
        raw = raws.get(spec.name)
        if raw is None:
            tables[spec.name] = _empty_table(spec)
            continue
        table, row_problems = _validate(spec, raw, ids, id_indexes, links)
        problems.extend(row_problems)
        if spec.id_column:
            ids[spec.name] = table[spec.id_column]
        tables[spec.name] = table
    order = {spec.filename: i for i, spec in enumerate(TABLES)}
    problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
    dataset = Dataset(folder, tables, problems, id_indexes)
    for (table, column), where in links.items():
        dataset.set_link(table, column, where)
    del raws, links
    release_freed_memory()
    return dataset
