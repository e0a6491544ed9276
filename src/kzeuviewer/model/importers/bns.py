"""Kazakhstan Bureau of National Statistics workbooks (``.xls``, Excel 97–2003).

"Основные показатели внешней торговли Республики Казахстан": one sheet per year
or period, one row per country or group, columns Товарооборот / Экспорт /
Импорт (each "Всего" plus a share) in thousand USD. Layouts differ between
years (blank rows, the name of the label column, leading spaces, formats), so
every row and column is found by its label, never by position.

From each sheet this reads the world total ("Всего"), the EU row ("Страны ЕС")
as printed, the United Kingdom row, and, where the sheet lists the UK among the
EU members, the EU27 series derived as EU total minus the UK row.
Values are stored as printed: the cell rounded to the decimals of its number
format ('#,##0.0' → one decimal), which is what a reader of the table sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import xlrd

from ..translatable import QT_TRANSLATE_NOOP, Message, system_error
from .figures import Figure, ImportProblem, decimal_text, file_digest, round_to, to_decimal

PUBLISHER = "Kazakhstan Bureau of National Statistics"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

FLOW_LABELS = {"товарооборот": "turnover", "экспорт": "export", "импорт": "import"}
UNIT_LABELS = {"тыс. долларов сша": "USD thousand", "млн. долларов сша": "USD million"}
EU_LABEL = "страны ес"
NON_EU_LABEL = "страны вне ес"
WORLD_LABEL = "всего"
UK_LABELS = ("соединенное королевство", "великобритания")
MONTHS = {
    "январь": "Jan", "февраль": "Feb", "март": "Mar", "апрель": "Apr", "май": "May", "июнь": "Jun",
    "июль": "Jul", "август": "Aug", "сентябрь": "Sep", "октябрь": "Oct", "ноябрь": "Nov", "декабрь": "Dec",
}
# "за январь-декабрь 2019 года", "за 2022 год", "за январь-июнь 2023 года"
_PERIOD_RE = re.compile(r"за\s+(?:январ[ья]\s*-\s*([а-я]+)\s+)?(\d{4})\s*год", re.IGNORECASE)
_HEADER_SCAN_ROWS = 20


def normalise(text: object) -> str:
    """A label as compared: trimmed, single-spaced, lower case, 'ё' as 'е'."""
    return re.sub(r"\s+", " ", str(text)).strip().lower().replace("ё", "е")


@dataclass
class _Layout:
    header_row: int
    label_col: int
    flow_cols: dict[str, int]
    unit: str
    year: int
    period: str
    title: str


def _decimals(format_str: str) -> int | None:
    """Decimals a number format prints ('#,##0.0' → 1, '0' → 0); None for 'General' (as stored)."""
    section = format_str.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", section)
    if not re.search(r"[0#?]", section):
        return None
    if "." not in section:
        return 0
    return len(re.findall(r"[0#?]", section.split(".", 1)[1]))


class _SheetReader:
    def __init__(self, book: xlrd.Book, sheet: xlrd.sheet.Sheet, file: str):
        self.book, self.sheet, self.file = book, sheet, file

    def problem(self, row: int | None, col: int | None, message: str) -> ImportProblem:
        cell = xlrd.cellname(row, col) if row is not None and col is not None else "A1"
        return ImportProblem(self.file, f"{self.sheet.name}:{cell}", message)

    def text(self, row: int, col: int) -> str:
        value = self.sheet.cell_value(row, col)
        return value if isinstance(value, str) else ""

    def has_numbers(self) -> bool:
        return any(
            self.sheet.cell_type(r, c) == xlrd.XL_CELL_NUMBER
            for r in range(self.sheet.nrows) for c in range(self.sheet.ncols)
        )

    def layout(self) -> _Layout | ImportProblem:
        sheet = self.sheet
        header_row = None
        for r in range(min(sheet.nrows, _HEADER_SCAN_ROWS)):
            found = {FLOW_LABELS[normalise(self.text(r, c))]: c for c in range(sheet.ncols)
                     if normalise(self.text(r, c)) in FLOW_LABELS}
            if len(found) == len(FLOW_LABELS):
                header_row, flow_cols = r, found
                break
        if header_row is None:
            return self.problem(0, 0, Message(QT_TRANSLATE_NOOP(
                "Import", "unknown layout: no header row with the columns 'Товарооборот', 'Экспорт' and 'Импорт'")))
        label_cols = [c for c in range(sheet.ncols) if normalise(self.text(header_row, c)).startswith("наименование")]
        if not label_cols:
            return self.problem(header_row, 0, Message(QT_TRANSLATE_NOOP(
                "Import", "unknown layout: no 'Наименование …' column in the header row")))
        unit = period_match = None
        title = ""
        for r in range(header_row + 1):
            for c in range(sheet.ncols):
                text = normalise(self.text(r, c))
                unit = unit or UNIT_LABELS.get(text)
                if not period_match and (match := _PERIOD_RE.search(text)):
                    period_match, title_row = match, r
                if text.startswith("основные показатели") and not title:
                    title = re.sub(r"\s+", " ", self.text(r, c)).strip()
        if unit is None:
            return self.problem(header_row, label_cols[0], Message(QT_TRANSLATE_NOOP(
                "Import", "unknown layout: no unit ('тыс. долларов США') above the table")))
        if period_match is None:
            return self.problem(0, 0, Message(QT_TRANSLATE_NOOP("Import", "unknown layout: no period title ('за … год') above the table")))
        last_month = period_match.group(1)
        if last_month and last_month.lower() not in MONTHS:
            return self.problem(title_row, 0, Message(QT_TRANSLATE_NOOP("Import", "period '{period}' does not parse (unknown month)"),
                                                     period=period_match.group(0)))
        month = MONTHS[last_month.lower()] if last_month else "Dec"
        period = "" if month == "Dec" else f"Jan–{month}"
        return _Layout(header_row, label_cols[0], flow_cols, unit, int(period_match.group(2)), period, title)

    def find_rows(self, layout: _Layout) -> dict[str, int]:
        """Row numbers of the world total, the EU row, the first non-EU row and the UK, by label."""
        rows: dict[str, int] = {}
        for r in range(layout.header_row + 1, self.sheet.nrows):
            label = normalise(self.text(r, layout.label_col))
            if label.startswith(WORLD_LABEL) and "world" not in rows:
                rows["world"] = r
            elif label == EU_LABEL and "eu" not in rows:
                rows["eu"] = r
            elif label.startswith(NON_EU_LABEL) and "eu" in rows and "non_eu" not in rows:
                rows["non_eu"] = r
            elif label.startswith(UK_LABELS) and "uk" not in rows:
                rows["uk"] = r
        return rows

    def value(self, row: int, col: int) -> tuple[Decimal, int | None] | ImportProblem:
        """The stored number and the decimals its format prints."""
        cell = self.sheet.cell(row, col)
        if cell.ctype != xlrd.XL_CELL_NUMBER:
            shown = repr(cell.value) if cell.value != "" else Message(QT_TRANSLATE_NOOP("Import", "an empty cell"))
            return self.problem(row, col, Message(QT_TRANSLATE_NOOP("Import", "{value} is not a number"), value=shown))
        number = to_decimal(float(cell.value))
        if number is None:
            return self.problem(row, col, Message(QT_TRANSLATE_NOOP("Import", "{value} is not a number"),
                                                  value=repr(cell.value)))
        format_str = self.book.format_map[self.book.xf_list[cell.xf_index].format_key].format_str
        return number, _decimals(format_str)


def _open(path: Path, name: str) -> xlrd.Book | ImportProblem:
    try:
        head = path.read_bytes()[:8]
    except OSError as err:
        return ImportProblem(name, "", Message(QT_TRANSLATE_NOOP("Import", "cannot be read: {reason}"), reason=system_error(err)))
    if head.startswith(ZIP_MAGIC):
        return ImportProblem(
            name, "", Message(QT_TRANSLATE_NOOP(
                "Import", "is an Excel 2007+ (.xlsx) workbook with an .xls name; BNS tables are read as the "
                "Excel 97–2003 .xls files the Bureau publishes (download the .xls again)")),
        )
    if head != OLE2_MAGIC:
        return ImportProblem(name, "", Message(QT_TRANSLATE_NOOP("Import", "is not an Excel 97–2003 (.xls) workbook")))
    try:
        return xlrd.open_workbook(str(path), formatting_info=True, on_demand=False)
    except (xlrd.XLRDError, ValueError, AssertionError, IndexError, KeyError, EOFError) as err:
        return ImportProblem(name, "", Message(QT_TRANSLATE_NOOP("Import", "cannot be read as an .xls workbook: {reason}"),
                                               reason=str(err)))


def read_bns_workbook(path: str | Path, order: int = 0) -> tuple[list[Figure], list[ImportProblem]]:
    """Figures of every sheet of one BNS workbook, or the problems that prevent reading it.

    Sheets without any number (notes, methodology) are skipped. ``order`` is
    kept on the figures so that callers can tell files apart in argument order.
    """
    path = Path(path)
    name = path.name
    book = _open(path, name)
    if isinstance(book, ImportProblem):
        return [], [book]
    digest = file_digest(path)
    sheets = [_SheetReader(book, sheet, name) for sheet in book.sheets()]
    layouts: list[tuple[_SheetReader, _Layout]] = []
    problems: list[ImportProblem] = []
    for reader in sheets:
        if not reader.has_numbers():
            continue
        layout = reader.layout()
        if isinstance(layout, ImportProblem):
            problems.append(layout)
        else:
            layouts.append((reader, layout))
    if not layouts and not problems:
        problems.append(ImportProblem(name, "", Message(QT_TRANSLATE_NOOP("Import", "has no sheet with figures"))))
    # The later publication revises the earlier years: its figures take precedence.
    precedence = max((layout.year for _, layout in layouts), default=0)
    figures: list[Figure] = []
    for reader, layout in layouts:
        sheet_figures, sheet_problems = _sheet_figures(reader, layout, digest, precedence, order)
        figures += sheet_figures
        problems += sheet_problems
    return (figures if not problems else []), problems


def _sheet_figures(reader: _SheetReader, layout: _Layout, digest: str, precedence: int, order: int):
    rows = reader.find_rows(layout)
    sheet_name = reader.sheet.name
    label_header = (layout.header_row, layout.label_col)
    problems = []
    if "eu" not in rows:
        problems.append(reader.problem(*label_header, "no row 'Страны ЕС' in this column"))
    if "world" not in rows:
        problems.append(reader.problem(*label_header, "no world total row 'Всего' in this column"))
    if "eu" in rows and "non_eu" not in rows:
        problems.append(reader.problem(rows["eu"], layout.label_col,
                                       "unknown layout: the EU members after 'Страны ЕС' are not closed by 'Страны вне ЕС'"))
    if problems:
        return [], problems
    members = range(rows["eu"] + 1, rows["non_eu"])
    member_count = sum(1 for r in members if normalise(reader.text(r, layout.label_col)))
    uk_row = rows.get("uk")
    uk_is_member = uk_row is not None and uk_row in members
    scope = "EU28 incl. UK" if uk_is_member else "EU27"
    title = layout.title or "Основные показатели внешней торговли Республики Казахстан"
    when = f"{layout.year} ({layout.period})" if layout.period else str(layout.year)

    def label_of(row: int) -> str:
        return re.sub(r"\s+", " ", reader.text(row, layout.label_col)).strip()

    def make(series, flow, value, partner, partner_scope, derived, note, location, quote, how) -> Figure:
        return Figure(
            series=series, year=layout.year, flow=flow, value=value, unit=layout.unit, reporter="Kazakhstan",
            partner=partner, partner_scope=partner_scope, period=layout.period, derived=derived, note=note,
            file=reader.file, location=location,
            source_title=f"BNS '{title}' – {reader.file}, sheet '{sheet_name}', {location}",
            source_publisher=PUBLISHER, source_quote=quote,
            source_note=f"Imported by kzeuviewer from the file {reader.file} (SHA-256 {digest}…), sheet '{sheet_name}' "
            f"({when}), {how}. Values in {layout.unit} ('{_unit_text(layout.unit)}').",
            precedence=precedence, order=order,
        )

    figures: list[Figure] = []
    for flow, col in layout.flow_cols.items():
        column_name = reader.text(layout.header_row, col).strip()
        cells = {}
        for what in ("eu", "world", "uk"):
            if what not in rows:
                continue
            got = reader.value(rows[what], col)
            if isinstance(got, ImportProblem):
                problems.append(got)
            else:
                cells[what] = got
        if problems:
            continue
        printed = {what: decimal_text(round_to(number, decimals)) for what, (number, decimals) in cells.items()}
        eu_cell = xlrd.cellname(rows["eu"], col)
        members_text = f"{scope}: {member_count} members listed"
        figures.append(make(
            "BNS", flow, printed["eu"], "EU", scope, "no",
            f"Row 'Страны ЕС' as printed, sheet '{sheet_name}', cell {eu_cell} ({members_text}).",
            f"cell {eu_cell}", label_of(rows["eu"]),
            f"row '{label_of(rows['eu'])}', column '{column_name}', cell {eu_cell} ({members_text})",
        ))
        world_cell = xlrd.cellname(rows["world"], col)
        figures.append(make(
            "BNS", flow, printed["world"], "World", "World", "no",
            f"Kazakhstan's total trade with all countries, sheet '{sheet_name}', cell {world_cell}.",
            f"cell {world_cell}", label_of(rows["world"]),
            f"row '{label_of(rows['world'])}', column '{column_name}', cell {world_cell}",
        ))
        if uk_row is None:
            continue
        uk_cell = xlrd.cellname(uk_row, col)
        inside = "listed among the EU members" if uk_is_member else "not among the EU members"
        figures.append(make(
            "BNS", flow, printed["uk"], "United Kingdom", "United Kingdom", "no",
            f"UK row of sheet '{sheet_name}', cell {uk_cell} ({inside}).",
            f"cell {uk_cell}", label_of(uk_row),
            f"row '{label_of(uk_row)}', column '{column_name}', cell {uk_cell}",
        ))
        if uk_is_member:
            (eu_number, eu_decimals), (uk_number, _) = cells["eu"], cells["uk"]
            derived = decimal_text(round_to(eu_number - uk_number, eu_decimals))
            figures.append(make(
                "BNS (EU27 derived)", flow, derived, "EU", "EU27", "yes",
                f"Derived on import: published 'Страны ЕС' ({scope}) minus the UK row of the same sheet "
                f"'{sheet_name}' (cells {eu_cell} − {uk_cell}, as stored, rounded to the printed precision; "
                f"UK {flow} {printed['uk']} thous. USD).",
                f"cells {eu_cell} − {uk_cell}", "",
                f"EU27 derived: cell {eu_cell} ('Страны ЕС', {eu_number}) minus cell {uk_cell} "
                f"('{label_of(uk_row)}', {uk_number}), column '{column_name}'",
            ))
    return figures, problems


def _unit_text(unit: str) -> str:
    return {v: k for k, v in UNIT_LABELS.items()}[unit].replace("сша", "США")
