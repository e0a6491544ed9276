"""Data in more than one language: the chosen language's spelling where a row has one.

A dataset's text columns are in English (or the language of the source); a
row may add ``name_ru``, ``name_kk``, ``title_ru`` … (data/README.md). The
window shows the chosen language's column where the row fills it, and every
other spelling in an "also written" column, so a search in any script finds
the row and nothing is hidden. No translation happens here: only spellings
the dataset gives, each under the row's own sources.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd

LANGUAGE_CODES = ("ru", "kk")
# Per table, the text columns that may have ``<column>_ru`` and ``<column>_kk``.
LOCALIZED_COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("name", "role", "organisation"),
    "events": ("title", "summary", "location"),
    "awards": ("award",),
    "sources": ("title",),
}
VARIANT_SEPARATOR = " · "


def optional_columns(table: str) -> tuple[str, ...]:
    """The documented ``<column>_<language>`` columns of ``table``."""
    return tuple(f"{column}_{code}" for column in LOCALIZED_COLUMNS.get(table, ()) for code in LANGUAGE_CODES)


def variants_column(column: str) -> str:
    return f"{column}_variants"


def _distinct_texts(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Codes per row into the column's distinct texts (stripped; a missing cell is ""), the last being ""."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = values.cat.codes.to_numpy(), values.cat.categories.tolist()
    else:
        codes, uniques = pd.factorize(values.to_numpy(dtype=object))
        uniques = list(uniques)
    texts = [str(u).strip() for u in uniques] + [""]
    return np.where(codes < 0, len(uniques), codes), texts


def distinct_combinations(columns: list[tuple[np.ndarray, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Each row's combination of values across ``columns``, and the first row of each combination.

    ``columns`` are (codes per row, from 0, and how many distinct values). Returns a code per row,
    numbered in order of first appearance, and per code the row where it first appears: the work
    per combination is then done once, on that row, not once per row.
    """
    combination = np.zeros(len(columns[0][0]) if columns else 0, dtype=np.int64)
    for codes, count in columns:
        combination, _ = pd.factorize(combination * max(count, 1) + codes)
    combination = np.asarray(combination, dtype=np.int64)
    first_row = np.empty(int(combination.max()) + 1 if len(combination) else 0, dtype=np.int64)
    first_row[combination[::-1]] = np.arange(len(combination) - 1, -1, -1)
    return combination, first_row


def _as_column(codes: np.ndarray, texts: list[str]) -> pd.Categorical | np.ndarray:
    """Texts per row: a categorical when they repeat (a row per distinct text), else plain strings."""
    values = np.array(texts, dtype=object)
    if len(texts) * 2 > len(codes):
        return values[codes]
    categories, positions = np.unique(values, return_inverse=True)
    return pd.Categorical.from_codes(positions[codes], categories=pd.Index(categories, dtype=object))


def _localized_column(table: pd.DataFrame, column: str, language: str):
    """``column`` in ``language`` (None: as it is) and the other spellings of each row.

    Worked out once per distinct combination of spellings, not per row: at a
    million rows most combinations repeat (roles, organisations, places).
    """
    codes = [_distinct_texts(table[column])]
    languages = [""]
    for code in LANGUAGE_CODES:
        if f"{column}_{code}" in table.columns:
            codes.append(_distinct_texts(table[f"{column}_{code}"]))
            languages.append(code)
    combination, first_row = distinct_combinations([(row_codes, len(texts)) for row_codes, texts in codes])
    wanted = languages.index(language) if language in languages else 0
    shown_texts, variant_texts = [], []
    for row in first_row.tolist():
        spellings = [texts[row_codes[row]] for row_codes, texts in codes]
        here = spellings[wanted] or spellings[0]
        shown_texts.append(here)
        variant_texts.append(VARIANT_SEPARATOR.join(dict.fromkeys(v for v in spellings if v and v != here)))
    # The original spelling chosen everywhere: the column stays as loaded (no copy of it).
    unchanged = wanted == 0 and all(t == str(u).strip() for t, u in zip(shown_texts, table[column].iloc[first_row], strict=True))
    shown = None if unchanged and not table[column].hasnans else _as_column(combination, shown_texts)
    return shown, _as_column(combination, variant_texts)


def localized(dataset, language: str):
    """``dataset`` as shown in ``language``: its spellings where given, the others in ``*_variants``.

    Returns ``dataset`` itself when it has no spellings in other languages.
    Ids, row order and everything else stay the same.
    """
    tables = dict(dataset.tables)
    changed = False
    for name, columns in LOCALIZED_COLUMNS.items():
        table = tables.get(name)
        if table is None:
            continue
        present = [c for c in columns if any(f"{c}_{code}" in table.columns for code in LANGUAGE_CODES)]
        if not present:
            continue
        table = table.copy(deep=False)
        for column in present:
            shown, variants = _localized_column(table, column, language)
            if shown is not None:
                table[column] = shown
            table[variants_column(column)] = variants
        tables[name] = table
        changed = True
    if not changed:
        return dataset
    clone = copy.copy(dataset)
    clone.tables = tables
    # Row positions found at load still hold: the rows are the same, in the same order.
    clone._links = {
        key: (tables[key[0]], positions) if frame is dataset.tables.get(key[0]) else (frame, positions)
        for key, (frame, positions) in dataset._links.items()
    }
    return clone
