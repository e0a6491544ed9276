"""Load and validate a dataset folder, once, at the edge.

Fatal problems (a missing required file or column, a file that is not UTF-8
CSV text) raise :class:`DatasetError`. A bad row is skipped and listed; the
rest of the dataset loads. Everything is vectorised over distinct values so a
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
from .problems import DatasetError, Problem
from .schema import CURRENCIES, TABLES, UNIT_SCALES, TableSpec
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
    present = list(frame.columns)
    for column in spec.required:
        if column not in present:
            problems.append(Problem(spec.filename, 1, column, "required column is missing", "fatal"))
    for column in present:
        if column not in spec.required and column not in spec.known_extra:
            problems.append(
                Problem(spec.filename, 1, column, "column is not part of the format; kept as extra", "warning")
            )
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


def _known_ids(codes: np.ndarray, uniques, known: pd.Series) -> np.ndarray:
    """Per row: does its value occur in ``known`` (another table's ids)?

    Hashes the smaller side: a few references into a million ids cost a scan,
    not a million-entry set.
    """
    if not len(uniques):
        return np.zeros(len(codes), dtype=bool)
    uniques = pd.Index(uniques)
    if len(uniques) < len(known):
        present = known[known.isin(uniques)].unique()
        found = uniques.isin(present)
    else:
        found = uniques.isin(known)
    return np.asarray(found, dtype=bool)[codes]


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


def _validate(spec: TableSpec, raw: RawTable, ids: dict[str, pd.Series]) -> tuple[pd.DataFrame, list[Problem]]:
    frame = raw.frame
    if raw.may_have_padding:
        for column in frame.columns:
            frame[column] = frame[column].str.strip()
    blank = _blank_rows(frame)
    empty_cache: dict[str, np.ndarray] = {}

    def empty(column: str) -> np.ndarray:
        if column not in empty_cache:
            empty_cache[column] = frame[column].to_numpy() == ""
        return empty_cache[column]
    checks = _RowChecks(spec, raw.lines)

    for column in spec.not_empty:
        checks.flag(empty(column) & ~blank, column, "a value is required")

    if spec.id_column:
        id_col = frame[spec.id_column]
        duplicated = id_col.duplicated(keep="first").to_numpy() & ~empty(spec.id_column) & ~blank
        if duplicated.any():
            first_line = dict(zip(id_col[~duplicated].to_numpy(), raw.lines[~duplicated], strict=True))
            checks.flag(
                duplicated,
                spec.id_column,
                lambda row: f"duplicate id '{id_col.iat[row]}' (first on line {first_line.get(id_col.iat[row], '?')})",
            )

    for column in spec.dates:
        if empty(column).all():  # e.g. an end_date nobody filled in
            frame[f"{column}_start"] = frame[f"{column}_end"] = np.full(len(frame), np.datetime64("NaT", "ns"))
            frame[f"{column}_precision"] = pd.Categorical.from_codes(np.full(len(frame), -1, np.int8), list(PRECISIONS))
            continue
        parsed = parse_date_column(frame[column])
        checks.flag(
            parsed["invalid"].to_numpy() & ~blank,
            column,
            lambda row, c=column: f"'{frame[c].iat[row]}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
        )
        frame[f"{column}_start"] = parsed["start"]
        frame[f"{column}_end"] = parsed["end"]
        frame[f"{column}_precision"] = parsed["precision"]

    for column in spec.numbers + spec.integers:
        values = pd.to_numeric(frame[column], errors="coerce")
        not_number = values.isna().to_numpy() & ~empty(column)
        checks.flag(not_number & ~blank, column, lambda row, c=column: f"'{frame[c].iat[row]}' is not a number")
        if column in spec.integers:
            whole = values.isna() | (values == values.round())
            checks.flag(~whole.to_numpy() & ~blank, column, lambda row, c=column: f"'{frame[c].iat[row]}' is not a whole number")
            frame[column] = values.round().astype("Int64")
        else:
            frame[column] = values.astype("Float64")

    fixed: dict[str, tuple[np.ndarray, object]] = {}
    for column, allowed in spec.allowed.items():
        if column not in frame.columns:
            continue
        codes, uniques = fixed[column] = pd.factorize(frame[column])
        bad = ~_isin_by_distinct(codes, uniques, allowed) & ~empty(column)
        choices = ", ".join(a if a else "(empty)" for a in allowed)
        checks.flag(bad & ~blank, column, lambda row, c=column, ch=choices: f"'{frame[c].iat[row]}' is not one of: {ch}")

    if spec.name == "trade":
        units = frame["unit"]
        codes, uniques = pd.factorize(units)
        valid = np.array([parse_unit(u) is not None for u in uniques], dtype=bool)
        bad = ~valid[codes] if len(uniques) else np.zeros(len(frame), bool)
        currencies = ", ".join(CURRENCIES)
        scales = ", ".join(s for s in UNIT_SCALES if s)
        checks.flag(
            bad & ~empty("unit") & ~blank,
            "unit",
            lambda row: f"'{units.iat[row]}' is not a money unit (currency {currencies}, optional scale {scales})",
        )

    for column, target in spec.references.items():
        col = frame[column]
        bad = ~_known_ids(*pd.factorize(col), ids.get(target, _NO_IDS)) & ~empty(column)
        checks.flag(bad & ~blank, column, lambda row, c=column, t=target: f"unknown {c} '{frame[c].iat[row]}' (not in {t})")

    if spec.has_sources and "source_ids" in frame.columns:
        normalised, has_unknown, unknown = _source_id_check(frame["source_ids"], set(ids.get("sources", _NO_IDS).tolist()))
        frame["source_ids"] = normalised
        checks.flag(
            has_unknown & ~blank, "source_ids", lambda row: "unknown source id " + ", ".join(f"'{u}'" for u in unknown(row))
        )

    keep = ~(checks.bad | blank)
    table = frame if keep.all() else frame.loc[keep].reset_index(drop=True)
    table["line"] = raw.lines[keep]
    for column, (codes, uniques) in fixed.items():
        table[column] = _fixed_categorical(codes[keep], uniques, spec.allowed[column])
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
        raise DatasetError(folder, [Problem(str(folder), None, None, "folder does not exist", "fatal")])
    if not folder.is_dir():
        raise DatasetError(folder, [Problem(str(folder), None, None, "is not a folder", "fatal")])

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
    problems = list(warnings)
    for spec in TABLES:
        raw = raws.get(spec.name)
        if raw is None:
            tables[spec.name] = _empty_table(spec)
            continue
        table, row_problems = _validate(spec, raw, ids)
        problems.extend(row_problems)
        if spec.id_column:
            ids[spec.name] = table[spec.id_column]
        tables[spec.name] = _typed(spec, table)
    order = {spec.filename: i for i, spec in enumerate(TABLES)}
    problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
    return Dataset(folder, tables, problems)
