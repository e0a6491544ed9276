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
from .dataset import Dataset
from .dates import PRECISIONS, parse_date_column
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


def _as_category_if_repetitive(column: pd.Series) -> pd.Series:
    # A sample tells unique-ish text (names, titles) without hashing it all.
    sample = column.iloc[:10_000]
    if len(sample) >= 1_000 and sample.nunique() > _CATEGORY_RATIO * len(sample):
        return column
    # Hash first; sort only the (few) distinct values of columns that qualify.
    codes, uniques = pd.factorize(column)
    if not len(column) or len(uniques) > _CATEGORY_RATIO * len(column):
        return column
    order = np.argsort(np.asarray(uniques, dtype=object), kind="stable")
    new_code = np.empty(len(order), dtype=codes.dtype)
    new_code[order] = np.arange(len(order), dtype=codes.dtype)
    categories = pd.Index(np.asarray(uniques, dtype=object)[order])
    return pd.Series(pd.Categorical.from_codes(new_code[codes], categories), index=column.index, name=column.name)


def _isin_by_distinct(codes: np.ndarray, uniques, allowed) -> np.ndarray:
    """``column.isin(allowed)`` computed on distinct values (cheap for repetitive columns)."""
    if not len(uniques):
        return np.zeros(len(codes), dtype=bool)
    allowed = allowed if isinstance(allowed, set | frozenset) else set(allowed)
    return np.fromiter((u in allowed for u in uniques), dtype=bool, count=len(uniques))[codes]


_NO_IDS = pd.Series([], dtype=str)


def _id_index(ids: pd.Series) -> pd.Index:
    """Another table's ids as an object Index: its hash table is built once and serves every look-up after."""
    return pd.Index(ids.to_numpy(dtype=object, na_value=""), dtype=object)


def _reference_positions(codes: np.ndarray, uniques, target: pd.Index) -> np.ndarray:
    """Per row: the row of ``target`` (another table's ids) its value names, or -1.

    Each distinct value is looked up once. The positions are kept (``Dataset.link``)
    so the tables that join people to awards and events need not hash the ids again.
    """
    if not len(uniques):
        return np.full(len(codes), -1, dtype=np.int64)
    found = target.get_indexer(pd.Index(np.asarray(uniques, dtype=object), dtype=object))
    return np.append(found, -1).astype(np.int64)[codes]


def _fixed_categorical(codes: np.ndarray, uniques, categories: tuple[str, ...]) -> pd.Categorical:
    """Codes into ``uniques`` re-expressed against a fixed list of categories."""
    position = {c: i for i, c in enumerate(categories)}
    remap = np.array([position.get(u, -1) for u in uniques] + [-1], dtype=np.int16)
    return pd.Categorical.from_codes(remap[codes], categories=list(categories))


def _blank_rows(frame: pd.DataFrame) -> np.ndarray:
    """Rows whose every cell is empty (blank lines, lines of commas)."""
    if not len(frame.columns):
        return np.ones(len(frame), dtype=bool)
    blank = frame.iloc[:, 0].to_numpy() == ""
    if blank.any():
        candidates = np.flatnonzero(blank)
        blank[candidates] = (frame.iloc[candidates] == "").all(axis=1).to_numpy()
    return blank


def _source_id_check(column: pd.Series, known: set[str]):
    """Normalise ``a ; b`` lists and find unknown ids, working on distinct values.

    Returns the column as a categorical of normalised lists, a per-row mask
    of rows naming an unknown id, and a function giving that row's unknown ids.
    """
    codes, uniques = pd.factorize(column)
    normalised = []
    unknown = []
    for text in uniques:
        ids = [part for part in _ID_SPLIT.split(str(text).strip()) if part]
        normalised.append(";".join(ids))
        unknown.append([i for i in ids if i not in known])
    # Different spellings of one list ("a;b", "a ; b") become one category.
    list_codes, lists = pd.factorize(pd.Index(normalised, dtype=object))
    row_codes = list_codes[codes] if len(uniques) else codes
    categorical = pd.Series(pd.Categorical.from_codes(row_codes, lists), index=column.index)
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


def _unit_scales(frame: pd.DataFrame, checks: _RowChecks, spec: TableSpec, empty, blank) -> np.ndarray:
    """Normalise the ``unit`` column, flag units that are not allowed; the scale of each row (NaN if none)."""
    units = frame["unit"]
    codes, uniques = pd.factorize(units)
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
        ~valid[rows] & ~empty("unit") & ~blank,
        "unit",
        lambda row: Message(QT_TRANSLATE_NOOP("Problems", "{value} is not {what} (currency {currencies}, optional scale "
                                              "{scales})"), value=shown(units.iat[row]), what=what,
                            currencies=currencies, scales=scales),
    )
    if any(c is not None and c != u for c, u in zip(canonical, uniques, strict=True)):
        spelled = np.array([c if c is not None else u for c, u in zip(canonical, uniques, strict=True)] + [""], dtype=object)
        frame["unit"] = pd.array(spelled[rows], dtype=units.dtype)
    return scale[rows]


def _check_numbers(spec: TableSpec, frame: pd.DataFrame, checks: _RowChecks, empty, blank, scale) -> None:
    """Numbers finite and at most MAX_VALUE (in currency units); years whole numbers in range."""
    for column in spec.numbers + spec.integers:
        text = frame[column]
        values = np.array(pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan), dtype=float)
        given = ~empty(column) & ~blank
        not_number = np.isnan(values) & given
        checks.flag(not_number, column, lambda row, t=text: _not_number(t.iat[row]))
        infinite = np.isinf(values) & given
        if column in spec.integers:
            codes, uniques = pd.factorize(text)
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


def _check_vocabularies(spec: TableSpec, frame: pd.DataFrame, checks: _RowChecks, empty, blank) -> dict:
    """Closed vocabularies: documented values, their case variants and aliases; the rest flagged."""
    fixed: dict[str, tuple[np.ndarray, list]] = {}
    for column, allowed in spec.allowed.items():
        if column not in frame.columns:
            continue
        codes, uniques = pd.factorize(frame[column])
        aliases = ALIASES.get(column, {})
        canonical = [_canonical(str(u), allowed, aliases) for u in uniques]
        valid = np.array([c is not None for c in canonical] + [True], dtype=bool)
        fixed[column] = (codes, [c if c is not None else u for c, u in zip(canonical, uniques, strict=True)])
        bad = ~valid[np.where(codes < 0, len(uniques), codes)] & ~empty(column)
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


def _validate(
    spec: TableSpec, raw: RawTable, ids: dict[str, pd.Series], id_indexes: dict[str, pd.Index],
    links: dict[tuple[str, str], np.ndarray],
) -> tuple[pd.DataFrame, list[Problem]]:
    """Check every row of one table; ``links`` gets, per reference column, each kept row's target row (-1: none)."""
    frame = raw.frame
    if raw.may_have_padding:
        frame = _strip_cells(frame)
    blank = _blank_rows(frame)
    empty_cache: dict[str, np.ndarray] = {}

    def empty(column: str) -> np.ndarray:
        if column not in empty_cache:
            empty_cache[column] = frame[column].to_numpy() == ""
        return empty_cache[column]
    checks = _RowChecks(spec, raw.lines)

    for column in spec.not_empty:
        checks.flag(empty(column) & ~blank, column, Message(QT_TRANSLATE_NOOP("Problems", "a value is required")))

    id_index = None
    if spec.id_column:
        id_col = frame[spec.id_column]
        # One hash of the ids answers "any repeated?" and then serves other tables' references.
        id_index = _id_index(id_col)
        duplicated = np.zeros(len(frame), dtype=bool)
        if not id_index.is_unique:
            duplicated = id_col.duplicated(keep="first").to_numpy() & ~empty(spec.id_column) & ~blank
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
        parsed = parse_date_column(frame[column])
        checks.flag(
            parsed["invalid"].to_numpy() & ~blank,
            column,
            lambda row, c=column: Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
                                          value=shown(frame[c].iat[row])),
        )
        checks.flag(
            parsed["out_of_range"].to_numpy() & ~blank,
            column,
            lambda row, c=column: Message(QT_TRANSLATE_NOOP(
                "Problems", "{value} is outside the supported dates (years {first} to {last})"),
                value=shown(frame[c].iat[row]), first=FIRST_DATE_YEAR, last=LAST_DATE_YEAR),
        )
        new_columns[f"{column}_start"] = parsed["start"].to_numpy()
        new_columns[f"{column}_end"] = parsed["end"].to_numpy()
        new_columns[f"{column}_precision"] = parsed["precision"].array
    if new_columns:
        frame = pd.concat([frame, pd.DataFrame(new_columns, index=frame.index)], axis=1)
    if "date" in spec.dates and "end_date" in spec.dates:
        _check_date_order(frame, checks, blank)

    scale = _unit_scales(frame, checks, spec, empty, blank) if spec.numbers and "unit" in frame.columns else None
    _check_numbers(spec, frame, checks, empty, blank, scale)
    fixed = _check_vocabularies(spec, frame, checks, empty, blank)

    positions: dict[str, np.ndarray] = {}
    for column, target in spec.references.items():
        col = frame[column]
        target_index = id_indexes.get(target)
        if target_index is None:
            target_index = id_indexes[target] = _id_index(ids.get(target, _NO_IDS))
        positions[column] = _reference_positions(*pd.factorize(col), target_index)
        bad = (positions[column] < 0) & ~empty(column)
        checks.flag(bad & ~blank, column, lambda row, c=column, t=target: Message(
            QT_TRANSLATE_NOOP("Problems", "unknown {column} {value} (not in {table})"),
            column=c, value=shown(frame[c].iat[row]), table=t))

    if spec.has_sources and "source_ids" in frame.columns:
        normalised, has_unknown, unknown = _source_id_check(frame["source_ids"], set(ids.get("sources", _NO_IDS).tolist()))
        frame["source_ids"] = normalised
        checks.flag(
            has_unknown & ~blank, "source_ids", lambda row: Message(
                QT_TRANSLATE_NOOP("Problems", "unknown source id {ids}"), ids=", ".join(shown(u) for u in unknown(row)))
        )

    keep = ~(checks.bad | blank)
    table = frame if keep.all() else frame.loc[keep].reset_index(drop=True)
    table["line"] = raw.lines[keep]
    for column, (codes, uniques) in fixed.items():
        table[column] = _fixed_categorical(codes[keep], uniques, spec.allowed[column])
    for column, where in positions.items():
        links[(spec.name, column)] = where[keep]
    if id_index is not None and len(table) == len(id_index):
        id_indexes[spec.name] = id_index
    return table, checks.problems


# Below this many rows dictionary encoding saves nothing and costs start-up time.
_ENCODE_FROM_ROWS = 5_000


def _typed(spec: TableSpec, table: pd.DataFrame) -> pd.DataFrame:
    """Repetitive text columns of large tables become categoricals, once, at load."""
    if len(table) < _ENCODE_FROM_ROWS:
        return table
    # Date text is kept as written; its parsed _start/_end/_precision columns serve queries.
    skip = set(spec.numbers) | set(spec.integers) | set(spec.allowed) | set(spec.dates) | {spec.id_column, "line"}
    for column in table.columns:
        if column in skip or column.endswith(("_start", "_end", "_precision")):
            continue
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column].dtype):
            table[column] = _as_category_if_repetitive(table[column])
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
    id_indexes: dict[str, pd.Index] = {}
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
        tables[spec.name] = _typed(spec, table)
    order = {spec.filename: i for i, spec in enumerate(TABLES)}
    problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
    dataset = Dataset(folder, tables, problems)
    for (table, column), where in links.items():
        dataset.set_link(table, column, where)
    return dataset
