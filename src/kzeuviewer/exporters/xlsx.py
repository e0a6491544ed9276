"""A streaming XLSX writer for one sheet of text and number columns.

Why not a library: a million rows of the people table took 83 s with
openpyxl's write-only mode and ~40 s with xlsxwriter's constant-memory mode,
both spending their time in a Python call per cell, and both keep temporary
files in the system temp folder. Here each column is handled a chunk at a
time, each *distinct* value is turned into its XML once, rows are formatted
from one template, and the sheet is deflated straight into the output file
(``zipfile``, stdlib): no temporary file at all, constant memory per chunk,
and a progress callback between chunks that can cancel.
(``benchmarks/bench_xlsx.py`` measures all three.)

What a cell becomes:

* text is always a text cell (inline string): ``=1+1`` is never a formula,
  ``#N/A`` never an error cell, ``00123`` never a number;
* characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone
  surrogates, U+FFFE, U+FFFF) are replaced with U+FFFD "�" and counted;
* text longer than Excel's 32,767-character cell limit is cut, ends with
  :data:`CUT_MARKER` and is counted;
* numbers are numbers; empty (NaN) numbers are empty cells; ``inf``/``-inf``
  are written as the text ``inf``/``-inf`` and counted.

The counts come back in an :class:`XlsxReport` whose :meth:`~XlsxReport.notes`
a caller shows to the person.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd

MAX_CELL_CHARS = 32_767  # in UTF-16 code units, as Excel counts
CUT_MARKER = "… [cut]"
REPLACEMENT = "\ufffd"
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel reads _xHHHH_ in text as an escaped character; a literal one is escaped itself.
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

ProgressCallback = Callable[[int, int], object]


class XlsxCancelled(Exception):
    """The progress callback returned False."""


@dataclass
class XlsxReport:
    """What had to change for the data to fit in a sheet (numbers of cells)."""

    rows: int = 0
    replaced_characters: int = 0
    cut_cells: int = 0
    infinite_numbers: int = 0
    cut_examples: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        """Sentences for the person, empty when nothing changed."""
        notes = []
        if self.cut_cells:
            notes.append(
                f"{self.cut_cells:,} {_cells(self.cut_cells)} longer than {MAX_CELL_CHARS:,} characters "
                f"(the XLSX limit) {'was' if self.cut_cells == 1 else 'were'} cut and end with '{CUT_MARKER}'"
            )
        if self.replaced_characters:
            notes.append(
                f"{self.replaced_characters:,} {_cells(self.replaced_characters)} had characters XLSX cannot store "
                f"(control characters, U+FFFE/U+FFFF); they are shown as {REPLACEMENT}"
            )
        if self.infinite_numbers:
            notes.append(
                f"{self.infinite_numbers:,} infinite {'number was' if self.infinite_numbers == 1 else 'numbers were'} "
                "written as the text 'inf'"
            )
        return notes


def _cells(count: int) -> str:
    return "cell" if count == 1 else "cells"


@dataclass(frozen=True)
class XlsxColumn:
    """One column to write: a header, ``numeric`` (floats, NaN empty) or text values, and a width in characters."""

    header: str
    values: np.ndarray
    numeric: bool = False
    width: float | None = None


# -- cell values ---------------------------------------------------------------------
def clean_text(text: str, report: XlsxReport | None = None, count: int = 1) -> str:
    """``text`` as it can be stored in a cell (see the module notes); counts changes in ``report``."""
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub(REPLACEMENT, text)
        if report is not None:
            report.replaced_characters += count
    if len(text) > MAX_CELL_CHARS // 2:
        units = text.encode("utf-16-le")
        if len(units) // 2 > MAX_CELL_CHARS:
            keep = (MAX_CELL_CHARS - len(CUT_MARKER.encode("utf-16-le")) // 2) * 2
            # errors="ignore" drops half a surrogate pair at the cut.
            text = units[:keep].decode("utf-16-le", errors="ignore") + CUT_MARKER
            if report is not None:
                report.cut_cells += count
    return text


def _text_xml(text: str) -> str:
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", escape(text))


def _text_fragment(text: str) -> str:
    """The part of a ``<c>`` element after its reference, for a text cell."""
    if not text:
        return "/>"
    return f' t="inlineStr"><is><t xml:space="preserve">{_text_xml(text)}</t></is></c>'


def _number_fragment(value: float, report: XlsxReport, count: int) -> str:
    if math.isnan(value):
        return "/>"
    if math.isinf(value):
        report.infinite_numbers += count
        return _text_fragment("inf" if value > 0 else "-inf")
    if value.is_integer() and abs(value) < 1e15:
        return f"><v>{int(value)}</v></c>"
    return f"><v>{value!r}</v></c>"


def _fragments(column: XlsxColumn, first: int, last: int, report: XlsxReport) -> np.ndarray:
    """XML for the cells of ``column`` in rows [first, last), each distinct value built once."""
    values = column.values[first:last]
    if column.numeric:
        values = np.asarray(values, dtype=float)
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    counts = np.bincount(codes, minlength=len(uniques))
    if column.numeric:
        built = [_number_fragment(float(v), report, int(n)) for v, n in zip(uniques.tolist(), counts.tolist(), strict=True)]
    else:
        built = [
            _text_fragment(clean_text(v, report, int(n)) if isinstance(v, str) else "")
            for v, n in zip(uniques.tolist(), counts.tolist(), strict=True)
        ]
    return np.array(built, dtype=object)[codes]


# -- the package -----------------------------------------------------------------------
def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_name(title: str) -> str:
    """A legal sheet name: no []:*?/\\, at most 31 characters, never empty."""
    name = _SHEET_NAME_FORBIDDEN.sub(" ", _ILLEGAL_XML.sub(REPLACEMENT, title))[:31].strip()
    return name or "Table"


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""

_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/></Relationships>"""

# Style 0: default; style 1: bold (the header row).
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""

_SHEET_START = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<dimension ref="A1:{last_cell}"/>\
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>"""

_SHEET_END = "</sheetData></worksheet>"


def _row_template(count: int) -> str:
    """'<row r="{0}"><c r="A{0}"{1}<c r="B{0}"{2}…</row>' for str.format, braces of data never involved."""
    cells = "".join(f'<c r="{column_letter(i)}{{0}}"{{{i + 1}}}' for i in range(count))
    return f'<row r="{{0}}">{cells}</row>'


def write_xlsx(
    path: str | Path,
    title: str,
    columns: Sequence[XlsxColumn],
    progress: ProgressCallback | None = None,
    chunk: int = 20_000,
) -> XlsxReport:
    """Write ``columns`` (equal lengths) as one sheet named after ``title``, a bold frozen header row first.

    ``progress(rows_done, rows_total)`` is called after each chunk; returning
    ``False`` raises :class:`XlsxCancelled` (the caller removes the file).
    """
    report = XlsxReport()
    rows = len(columns[0].values) if columns else 0
    report.rows = rows
    count = max(len(columns), 1)
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{c.width:.1f}" customWidth="1"/>'
        for i, c in enumerate(columns)
        if c.width
    )
    template = _row_template(len(columns))
    # The header's cells carry style 1, bold.
    header = template.format(
        1, *(f' s="1" t="inlineStr"><is><t xml:space="preserve">{_text_xml(clean_text(c.header))}</t></is></c>'
             for c in columns)
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/workbook.xml", _WORKBOOK.format(name=escape(sheet_name(title), {'"': "&quot;"})))
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        package.writestr("xl/styles.xml", _STYLES)
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            last_cell = f"{column_letter(count - 1)}{rows + 1}"
            sheet.write(_SHEET_START.format(last_cell=last_cell, cols=f"<cols>{cols}</cols>" if cols else "").encode())
            sheet.write(header.encode("utf-8"))
            for first in range(0, rows, chunk):
                last = min(first + chunk, rows)
                cells = [_fragments(column, first, last, report) for column in columns]
                text = "".join(map(template.format, range(first + 2, last + 2), *cells))
                sheet.write(text.encode("utf-8"))
                if progress is not None and progress(last, rows) is False:
                    raise XlsxCancelled
            sheet.write(_SHEET_END.encode())
    return report
