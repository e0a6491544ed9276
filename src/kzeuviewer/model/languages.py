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


def _text(values: pd.Series) -> pd.Series:
    return values.astype(object).where(values.notna(), "").astype(str).str.strip()


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
            spellings = {"": _text(table[column])}
            for code in LANGUAGE_CODES:
                if f"{column}_{code}" in table.columns:
                    spellings[code] = _text(table[f"{column}_{code}"])
            wanted = spellings.get(language if language in spellings else "", spellings[""])
            shown = wanted.where(wanted != "", spellings[""])
            table[column] = shown.to_numpy(dtype=object)
            others = pd.DataFrame(spellings)
            table[variants_column(column)] = [
                VARIANT_SEPARATOR.join(dict.fromkeys(v for v in row if v and v != here))
                for row, here in zip(others.itertuples(index=False, name=None), shown.tolist(), strict=True)
            ]
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
