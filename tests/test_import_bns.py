"""BNS workbooks: every sheet, the EU row as printed, the UK row, the world total, EU27 derived."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import xlrd

from kzeuviewer.model.importers import read_bns_workbook, read_files

BNS = Path(__file__).parent / "fixtures" / "samples" / "bns"
WORKBOOK_2022 = BNS / "Основные показатели внешней торговли по странам_2022.xls"
WORKBOOK_2019 = BNS / "Основные показатели внешней торговли_2019.xls"


def by_label(figures):
    return {(f.series, f.year, f.flow, f.partner, f.partner_scope): f for f in figures}


def row_where(sheet, text):
    """Row index of the first cell in column A whose stripped text is ``text`` (read here, independently)."""
    return next(r for r in range(sheet.nrows) if str(sheet.cell_value(r, 0)).strip() == text)


def test_2022_workbook_eu_turnover_as_printed_and_eu27_derived():
    figures, problems = read_bns_workbook(WORKBOOK_2022)
    assert problems == []
    got = by_label(figures)
    eu = got[("BNS", 2022, "turnover", "EU", "EU28 incl. UK")]
    derived = got[("BNS (EU27 derived)", 2022, "turnover", "EU", "EU27")]
    # The figures: 41,875 million USD as printed, 40,029 without the UK.
    assert round(float(eu.value) / 1000) == 41875 and round(float(derived.value) / 1000) == 40029
    assert (eu.unit, eu.reporter, eu.derived, derived.derived) == ("USD thousand", "Kazakhstan", "no", "yes")

    # The same numbers read straight from the cells.
    sheet = xlrd.open_workbook(str(WORKBOOK_2022)).sheet_by_name("2022")
    eu_row, uk_row = row_where(sheet, "Страны ЕС"), row_where(sheet, "Соединенное Королевство")
    eu_cell, uk_cell = Decimal(repr(sheet.cell_value(eu_row, 1))), Decimal(repr(sheet.cell_value(uk_row, 1)))
    one_decimal = Decimal("0.1")
    assert Decimal(eu.value) == eu_cell.quantize(one_decimal, ROUND_HALF_UP) == Decimal("41875385.2")
    assert Decimal(derived.value) == (eu_cell - uk_cell).quantize(one_decimal, ROUND_HALF_UP) == Decimal("40028729.4")
    uk = got[("BNS", 2022, "turnover", "United Kingdom", "United Kingdom")]
    assert Decimal(uk.value) == uk_cell.quantize(one_decimal, ROUND_HALF_UP)
    # The source names the cell it came from.
    assert eu.location == f"cell {xlrd.cellname(eu_row, 1)}"
    assert f"sheet '2022', cell {xlrd.cellname(eu_row, 1)}" in eu.source_row()["title"]
    assert WORKBOOK_2022.name in eu.source_row()["title"] and eu.source_row()["quote"] == "Страны ЕС"


def test_every_sheet_every_flow_and_the_world_total():
    figures, problems = read_files("bns", sorted(BNS.glob("*.xls")))
    assert problems == []
    years = {(f.file, f.year) for f in figures}
    assert years == {
        (WORKBOOK_2019.name, 2018), (WORKBOOK_2019.name, 2019),
        ("Основные показатели внешней торговли_2020.xls", 2019), ("Основные показатели внешней торговли_2020.xls", 2020),
        (WORKBOOK_2022.name, 2021), (WORKBOOK_2022.name, 2022),
    }
    # Per sheet: 3 flows × (EU, World, UK, EU27 derived).
    assert len(figures) == 6 * 12
    world = by_label(read_bns_workbook(WORKBOOK_2019)[0])[("BNS", 2018, "export", "World", "World")]
    sheet = xlrd.open_workbook(str(WORKBOOK_2019)).sheet_by_name("12_2018")
    total_row = next(r for r in range(sheet.nrows) if str(sheet.cell_value(r, 0)).startswith("Всего"))
    export_col = next(c for c in range(sheet.ncols) if sheet.cell_value(3, c) == "Экспорт")
    assert Decimal(world.value) == Decimal(repr(sheet.cell_value(total_row, export_col))) == Decimal("61111221.4")
    # 2018–2022 tables list the UK among the EU members: every EU row is EU28 incl. UK, with an EU27 derivation.
    eu_rows = [f for f in figures if f.series == "BNS" and f.partner == "EU"]
    assert {f.partner_scope for f in eu_rows} == {"EU28 incl. UK"}
    assert all("28 members listed" in f.note for f in eu_rows)
    assert sum(f.series == "BNS (EU27 derived)" for f in figures) == len(eu_rows)


def test_the_eu_scope_follows_the_members_listed(tmp_path):
    """Without the UK among the members listed, 'Страны ЕС' is EU27 and nothing is derived."""
    path = patched_copy(tmp_path, WORKBOOK_2019, "Соединенное Королевство", "Соединенное Королевств0")
    figures, problems = read_bns_workbook(path)
    assert problems == []
    eu = [f for f in figures if f.partner == "EU"]
    assert {(f.series, f.partner_scope) for f in eu} == {("BNS", "EU27")}
    assert all("27 members listed" not in f.note and "28 members listed" in f.note for f in eu)  # 28 rows, no UK
    assert not [f for f in figures if f.partner == "United Kingdom"]


def patched_copy(tmp_path, source: Path, old: str, new: str) -> Path:
    raw = source.read_bytes()
    old_bytes, new_bytes = old.encode("utf-16-le"), new.encode("utf-16-le")
    assert len(old_bytes) == len(new_bytes) and raw.count(old_bytes) >= 1
    path = tmp_path / source.name
    path.write_bytes(raw.replace(old_bytes, new_bytes))
    return path


def test_workbook_without_the_eu_row_names_sheet_and_cell(tmp_path):
    path = patched_copy(tmp_path, WORKBOOK_2022, "Страны ЕС", "Страны ЕЭ")
    figures, problems = read_bns_workbook(path)
    assert figures == []
    messages = [str(p) for p in problems]
    assert f"{path.name}:2022:A5: no row 'Страны ЕС' in this column" in messages
    assert f"{path.name}:2021:A5: no row 'Страны ЕС' in this column" in messages


def test_unknown_layout_is_refused(tmp_path):
    path = patched_copy(tmp_path, WORKBOOK_2019, "Товарооборот", "Товарообороd")
    figures, problems = read_bns_workbook(path)
    assert figures == [] and len(problems) == 2
    assert all(re.match(rf"{re.escape(path.name)}:12_201[89]:A1: unknown layout", str(p)) for p in problems)


def test_xlsx_renamed_xls_is_refused_with_a_clear_message(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active["A1"] = "Страны ЕС"
    path = tmp_path / "renamed.xls"
    book.save(path)
    figures, problems = read_files("bns", [path])
    assert figures == []
    assert [str(p) for p in problems] == [
        "renamed.xls: is an Excel 2007+ (.xlsx) workbook with an .xls name; BNS tables are read as the "
        "Excel 97–2003 .xls files the Bureau publishes (download the .xls again)"
    ]


def test_not_a_workbook_and_missing_file(tmp_path):
    text = tmp_path / "notes.xls"
    text.write_text("Страны ЕС,1\n", encoding="utf-8")
    _, problems = read_files("bns", [text, tmp_path / "absent.xls"])
    assert [str(p) for p in problems] == [
        "notes.xls: is not an Excel 97–2003 (.xls) workbook",
        "absent.xls: file not found",
    ]
