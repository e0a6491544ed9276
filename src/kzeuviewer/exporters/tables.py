"""Writing the app's tables (:mod:`kzeuviewer.model.tables`) to CSV and XLSX.

``write_table`` writes a query's visible rows and columns in order and
returns a :class:`TableExportReport`; ``export_table`` applies a search and
sort first, as the ``export-table`` command does. Files are written
atomically (:mod:`.atomic`): a failure or a cancel leaves the old file as it
was and no temporary file behind.

CSV: UTF-8 with a byte-order mark unless ``bom=False`` (spreadsheets then read
accents and Cyrillic right); text cells that a spreadsheet would evaluate are
neutralised (:mod:`.csv_safety`); numbers are written as numbers.
XLSX: :mod:`.xlsx` (what it changes to fit a sheet is counted in the report).

No Qt here: this module runs headless.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kzeuviewer.model.dataset import Dataset
from kzeuviewer.model.table_query import NUMERIC_KINDS, TableQuery
from kzeuviewer.model.tables import (
    TableSpecError,
    apply_view,
    parse_columns,
    parse_sort,
    table_definition,
    table_query,
)
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message, Number

from .atomic import ExportCancelled, ExportError, atomic_write
from .csv_safety import neutralise_texts, open_csv
from .xlsx import XlsxCancelled, XlsxColumn, write_xlsx

FORMATS = (".csv", ".xlsx")
XLSX_MAX_ROWS = 1_048_576 - 1  # one row is the header
_CHUNK = 20_000

ProgressCallback = Callable[[int, int], bool]

__all__ = [
    "FORMATS",
    "XLSX_MAX_ROWS",
    "ExportCancelled",
    "TableExportReport",
    "check_format",
    "export_table",
    "write_table",
    "write_view",
]

_CANCELLED = Message(QT_TRANSLATE_NOOP("Export", "Export cancelled; nothing was written"))


@dataclass
class TableExportReport:
    """What an export wrote: rows, and sentences about cells changed to fit the format (XLSX only)."""

    rows: int
    notes: list[str] = field(default_factory=list)


def check_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise TableSpecError(Message(QT_TRANSLATE_NOOP(
            "Export", "cannot tell the format of '{path}' (file names must end in {formats})"),
            path=path, formats=" or ".join(FORMATS)))
    return suffix


# -- CSV ------------------------------------------------------------------------------
def _csv_numbers(values: np.ndarray) -> list:
    """Numbers as the CSV shows them: whole numbers without '.0', others in full; NaN empty, inf as 'inf'."""
    out = []
    for value in values.tolist():
        if value is None or value != value:
            out.append("")
        elif float(value).is_integer() and abs(value) < 1e16:
            out.append(f"{value:.0f}")
        else:
            out.append(repr(float(value)))
    return out


def _write_csv(path: Path, headers, data, rows: int, progress: ProgressCallback | None, bom: bool) -> None:
    with open_csv(path, bom=bom) as handle:
        writer = csv.writer(handle)
        writer.writerow(neutralise_texts(headers).tolist())
        for first in range(0, rows, _CHUNK):
            last = min(first + _CHUNK, rows)
            chunk = [
                _csv_numbers(values[first:last]) if column.kind in NUMERIC_KINDS
                else neutralise_texts(values[first:last]).tolist()
                for column, values in data
            ]
            writer.writerows(zip(*chunk, strict=True))
            if progress is not None and progress(last, rows) is False:
                raise ExportCancelled(_CANCELLED)


# -- XLSX -----------------------------------------------------------------------------
def _width(header: str, values: np.ndarray) -> float:
    sample = [len(str(v)) for v in values[:200].tolist()]
    return float(min(max([len(header)] + sample) + 2, 60))


def _write_xlsx(path: Path, headers, data, title: str, progress: ProgressCallback | None) -> list[str]:
    columns = [
        XlsxColumn(header, values, column.kind in NUMERIC_KINDS, _width(header, values))
        for header, (column, values) in zip(headers, data, strict=True)
    ]
    try:
        return write_xlsx(path, title, columns, progress, _CHUNK).notes()
    except XlsxCancelled:
        raise ExportCancelled(_CANCELLED) from None


# -- the public functions ----------------------------------------------------------------
def write_table(
    query: TableQuery,
    path: str | Path,
    columns: list[int] | None = None,
    title: str = "Table",
    progress: ProgressCallback | None = None,
    bom: bool = True,
) -> TableExportReport:
    """Write the query's visible rows (in order) and ``columns`` (in that order) to CSV or XLSX.

    Text is written as shown; numbers as numbers. ``progress(done, total)``
    is called as rows are written; returning ``False`` cancels
    (:class:`ExportCancelled`). Written atomically: on any failure
    :class:`ExportError` is raised and no file is left behind. ``bom``
    applies to CSV only.
    """
    suffix = check_format(path)
    columns = list(range(len(query.columns))) if columns is None else list(columns)
    rows = len(query)
    if suffix == ".xlsx" and rows > XLSX_MAX_ROWS:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Export", "Cannot write {path}: {rows} rows is more than an XLSX sheet holds ({limit}); "
            "export to CSV, or narrow the table with a search or filter"),
            path=path, rows=Number(rows), limit=Number(XLSX_MAX_ROWS)))
    headers = [query.columns[c].header for c in columns]
    data = [(query.columns[c], query.export_values(c)) for c in columns]
    notes: list[str] = []
    if suffix == ".csv":
        atomic_write(path, lambda temp: _write_csv(temp, headers, data, rows, progress, bom))
    else:

        def write(temp: Path) -> None:
            notes.extend(_write_xlsx(temp, headers, data, title, progress))

        atomic_write(path, write)
    return TableExportReport(rows, notes)


def write_view(
    query: TableQuery,
    path: str | Path,
    columns: list[int] | None = None,
    title: str = "Table",
    progress: ProgressCallback | None = None,
    bom: bool = True,
) -> int:
    """:func:`write_table`, returning only the number of rows written."""
    return write_table(query, path, columns, title, progress, bom).rows


def export_table(
    dataset: Dataset,
    table: str,
    path: str | Path,
    search: str | None = None,
    sort: str | list[tuple[int, bool]] | None = None,
    regex: bool = False,
    columns: str | list[int] | None = None,
    progress: ProgressCallback | None = None,
    bom: bool = True,
) -> TableExportReport:
    """Write ``table`` of ``dataset`` after a search and sort, as the GUI would show it.

    ``sort`` is 'COL[:desc],...' or [(column, descending)]; ``columns`` is
    'COL,...' or indices (default: every column). Returns what was written.
    Raises :class:`TableSpecError` for an unknown table, column, direction,
    file format or an invalid pattern, and :class:`ExportError` when the file
    cannot be written.
    """
    definition = table_definition(table)
    check_format(path)
    sort_keys = parse_sort(sort, definition.columns) if isinstance(sort, str) or sort is None else list(sort)
    shown = parse_columns(columns, definition.columns) if isinstance(columns, str) or columns is None else list(columns)
    if regex and search:
        try:
            re.compile(search)
        except re.error as err:
            raise TableSpecError(f"invalid pattern: {err}") from None
    query = table_query(dataset, table)
    apply_view(query, search, sort_keys, regex, shown)
    return write_table(query, path, shown, definition.title, progress, bom)
