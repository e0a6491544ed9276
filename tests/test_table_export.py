"""Table definitions and their CSV/XLSX export (Qt-free)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import numpy as np
import openpyxl
import pandas as pd
import pytest

from kzeuviewer.exporters import ExportCancelled, ExportError
from kzeuviewer.exporters import tables as table_exports
from kzeuviewer.exporters.tables import export_table, write_table, write_view
from kzeuviewer.exporters.xlsx import CUT_MARKER, MAX_CELL_CHARS
from kzeuviewer.model import load_dataset
from kzeuviewer.model.table_query import Column, TableQuery
from kzeuviewer.model.tables import TableSpecError, parse_sort, table_query


@pytest.fixture
def dataset(dataset_dir):
    return load_dataset(dataset_dir)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the exported files (the dataset lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_people_table_has_one_row_per_person_and_award(make_dataset):
    folder = make_dataset(
        {
            "awards.csv": """\
                award_id,person_id,award,degree,date,conferred_by,event_id,source_ids
                aw-1,borrell-josep,Order of Dostyk,1st,2023-05-15,Murat Nurtleu,ev-2023-05-15-brussels,s1
                aw-2,borrell-josep,Medal 'Astana',,2018,,,s2
                """
        }
    )
    query = table_query(load_dataset(folder), "people")
    view = query.view_frame()
    assert view["Name"].tolist() == ["Murat Nurtleu", "Josep Borrell", "Josep Borrell", "Kęstutis Jankauskas"]
    assert view["Award"].tolist() == ["", "Order of Dostyk", "Medal 'Astana'", ""]
    assert view["Date"].tolist() == ["", "15 May 2023", "2018", ""]
    assert view["Linked event"].tolist() == ["", "Nurtleu in Brussels", "", ""]
    assert view["Events attended"].tolist() == ["1", "1", "1", "1"]
    assert [query.id_at(r) for r in range(len(query))] == [
        "nurtleu-murat", "borrell-josep", "borrell-josep", "jankauskas-kestutis"
    ]


def test_csv_export_equals_the_view(dataset, tmp_path):
    path = tmp_path / "people.csv"
    rows = export_table(dataset, "people", path, search="ee", sort="side:desc,name").rows
    query = table_query(dataset, "people")
    query.set_sort(parse_sort("side:desc,name", query.columns))
    query.set_search("ee")
    content = read_csv(path)
    assert rows == len(query) == 2
    assert content[0] == [c.header for c in query.columns]
    date = [c.header for c in query.columns].index("Date")
    shown = query.view_frame().values.tolist()
    # What is shown, except that dates are ISO for machines ("15 May 2023" on screen).
    assert [r[:date] + r[date + 1:] for r in content[1:]] == [r[:date] + r[date + 1:] for r in shown]
    assert [r[date] for r in content[1:]] == ["2023-05-15", ""] and [r[date] for r in shown] == ["15 May 2023", ""]
    assert [r[0] for r in content[1:]] == ["Josep Borrell", "Kęstutis Jankauskas"]  # accents kept, UTF-8
    assert path.read_bytes().startswith("\ufeffName,".encode())  # a BOM tells spreadsheets it is UTF-8
    assert path.read_bytes().decode("utf-8-sig").count("Kęstutis") == 1


def test_columns_choose_and_order_what_is_written(dataset, tmp_path):
    path = tmp_path / "people.csv"
    export_table(dataset, "people", path, columns="award, Name", sort="name")
    assert read_csv(path) == [
        ["Award", "Name"], ["Order of Dostyk", "Josep Borrell"], ["", "Kęstutis Jankauskas"], ["", "Murat Nurtleu"]
    ]


def test_xlsx_export_equals_the_view_with_numbers_as_numbers(dataset, tmp_path):
    path = tmp_path / "trade.xlsx"
    export_table(dataset, "trade", path, sort="year:desc,value")
    query = table_query(dataset, "trade")
    query.set_sort(parse_sort("year:desc,value", query.columns))
    sheet = openpyxl.load_workbook(path).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == [c.header for c in query.columns]
    assert sheet["A1"].font.bold
    view = query.view_frame().values.tolist()
    assert len(values) - 1 == len(view)
    for written, shown in zip(values[1:], view, strict=True):
        assert ["" if v is None else v for v in written[:1] + written[2:3]] == [shown[0], shown[2]]
        assert written[1] == int(shown[1])  # Year as a number
        assert written[3] == pytest.approx(float(shown[3].replace(",", "")))  # Value as a number
    assert [r[3] for r in values[1:]] == [8, 33.9, 84.6, 10350000000, 6, 24.1]


def test_text_that_looks_like_a_formula_stays_text(make_dataset, tmp_path):
    folder = make_dataset(
        {
            "people.csv": """\
                person_id,name,role,organisation,side,source_ids
                evil,=HYPERLINK("http://x"),"=1+1",EEAS,EU,s1
                nurtleu-murat,Murat Nurtleu,Foreign Minister,Government of Kazakhstan,KZ,s1
                borrell-josep,Josep Borrell,High Representative,EEAS,EU,s1;s2
                jankauskas-kestutis,Kęstutis Jankauskas,EU Ambassador,EEAS,EU,s2
                """
        }
    )
    path = tmp_path / "people.xlsx"
    export_table(load_dataset(folder), "people", path, search="=")
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == '=HYPERLINK("http://x")'
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].data_type == "s"


def test_events_and_trade_tables(dataset, tmp_path):
    events = table_query(dataset, "events").view_frame()
    assert events["Date"].tolist() == ["15 May 2023", "June 1999", "26 October 2022"]
    assert events["End date"].tolist() == ["", "", "27 October 2022"]
    assert events["Participants"].tolist() == ["2", "0", "1"]
    trade = table_query(dataset, "trade").view_frame()
    assert trade["Value"].tolist()[-1] == "10,350,000,000"
    assert trade["Source titles"].tolist()[-1] == "The Astana Times: Nurtleu visits Brussels"


def test_unknown_names_are_reported_with_the_valid_ones(dataset, out):
    with pytest.raises(TableSpecError, match="choose from: people, events, trade"):
        export_table(dataset, "persons", out / "x.csv")
    with pytest.raises(TableSpecError, match=r"unknown column 'rank' \(columns: name, role"):
        export_table(dataset, "people", out / "x.csv", sort="rank")
    with pytest.raises(TableSpecError, match=r"\.csv or \.xlsx"):
        export_table(dataset, "people", out / "x.ods")
    with pytest.raises(TableSpecError, match="sort direction"):
        export_table(dataset, "people", out / "x.csv", sort="name:up")
    with pytest.raises(TableSpecError, match="invalid pattern"):
        export_table(dataset, "people", out / "x.csv", search="(", regex=True)
    assert list(out.iterdir()) == []


def test_failed_write_leaves_nothing_and_keeps_the_old_file(dataset, out):
    with pytest.raises(ExportError, match="does not exist"):
        export_table(dataset, "people", out / "missing" / "people.csv")
    target = out / "people.xlsx"
    target.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(ExportError, match="Cannot write"):
        export_table(dataset, "people", target)
    assert sorted(os.listdir(out)) == ["people.xlsx"] and target.is_dir()

    previous = out / "old.csv"
    previous.write_text("previous content\n", encoding="utf-8")

    def fail(done, total):
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        write_view(table_query(dataset, "people"), previous, progress=fail)
    assert previous.read_text(encoding="utf-8") == "previous content\n"
    assert sorted(os.listdir(out)) == ["old.csv", "people.xlsx"]


def test_xlsx_refuses_more_rows_than_a_sheet_holds(dataset, out, monkeypatch):
    monkeypatch.setattr(table_exports, "XLSX_MAX_ROWS", 2)
    with pytest.raises(ExportError, match="more than an XLSX sheet holds"):
        export_table(dataset, "people", out / "people.xlsx")
    assert list(out.iterdir()) == []
    export_table(dataset, "people", out / "people.csv")  # CSV has no such limit
    assert len(read_csv(out / "people.csv")) == 4


# -- XLSX: hostile text and numbers ---------------------------------------------------------
def hostile_query(names, values):
    frame = pd.DataFrame({"name": names, "value": values})
    return TableQuery(frame, [Column("name", "Name"), Column("value", "Value", "decimal")], None)


def sheet_xml(path):
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(package.read(name))  # every part is well-formed XML
        return package.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_xml_illegal_characters_are_replaced_and_reported(tmp_path):
    path = tmp_path / "t.xlsx"
    names = ["bad\ufffechar", "worse\uffff", "bell\x07 and nul\x00", "tab\tand\nnewline", "fine"]
    report = write_table(hostile_query(names, [1.0] * 5), path)
    sheet_xml(path)
    values = [r[0] for r in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    assert values == ["bad\ufffdchar", "worse\ufffd", "bell\ufffd and nul\ufffd", "tab\tand\nnewline", "fine"]
    assert report.notes == [
        "3 cells had characters XLSX cannot store (control characters, U+FFFE/U+FFFF); they are shown as \ufffd"
    ]


def test_error_like_and_number_like_text_stays_text(tmp_path):
    path = tmp_path / "t.xlsx"
    names = ["#N/A", "#DIV/0!", "00123", "=1+1", "TRUE", "_x0041_"]
    write_table(hostile_query(names, [1.0] * 6), path)
    sheet = openpyxl.load_workbook(path).active
    cells = [sheet.cell(row, 1) for row in range(2, 8)]
    assert [c.data_type for c in cells] == ["s"] * 6
    assert [c.value for c in cells[:5]] == names[:5]
    assert "_x005F_x0041_" in sheet_xml(path)  # Excel would otherwise read _x0041_ as "A"


def test_cells_longer_than_excel_holds_are_cut_with_a_marker_and_counted(tmp_path):
    path = tmp_path / "t.xlsx"
    long_text = "ę" * 40_000
    emoji = "😀" * 20_000  # 40,000 UTF-16 units
    report = write_table(hostile_query([long_text, emoji, long_text, "short"], [1.0] * 4), path)
    values = [r[0] for r in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    assert values[0].endswith(CUT_MARKER) and len(values[0]) == MAX_CELL_CHARS
    assert values[0] == values[2] and values[3] == "short"
    assert values[1].endswith(CUT_MARKER) and set(values[1][: -len(CUT_MARKER)]) == {"😀"}
    assert len(values[1].encode("utf-16-le")) // 2 <= MAX_CELL_CHARS
    assert report.notes == [
        "3 cells longer than 32,767 characters (the XLSX limit) were cut and end with '… [cut]'"
    ]


def test_infinite_numbers_are_written_as_text_and_reported(tmp_path):
    path = tmp_path / "t.xlsx"
    report = write_table(hostile_query(["a", "b", "c", "d"], [float("inf"), -float("inf"), np.nan, -5.2]), path)
    values = [r[1] for r in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    assert values == ["inf", "-inf", None, -5.2]
    assert report.notes == ["2 infinite numbers were written as the text 'inf'"]


def test_xlsx_progress_and_cancel_leave_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(table_exports, "_CHUNK", 10)
    query = hostile_query([f"n{i}" for i in range(95)], [float(i) for i in range(95)])
    seen = []
    write_table(query, tmp_path / "done.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(d, 95) for d in (10, 20, 30, 40, 50, 60, 70, 80, 90, 95)]
    assert openpyxl.load_workbook(tmp_path / "done.xlsx").active.max_row == 96
    target = tmp_path / "cancel.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_table(query, target, progress=lambda done, total: done < 50)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancel.xlsx", "done.xlsx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_xlsx(dataset, tmp_path):
    path = tmp_path / "trade.xlsx"
    export_table(dataset, "trade", path, sort="year:desc,value", columns="series,year,value,source titles")
    out = tmp_path / "converted"
    out.mkdir()
    command = [shutil.which("soffice"), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
               "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), str(path)]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    rows = read_csv(out / "trade.csv")
    assert rows[0] == ["Series", "Year", "Value", "Source titles"]
    assert rows[1] == ["BNS", "2022", "8", "Kazinform: Cooperation Council"]
    assert [r[2] for r in rows[1:]] == ["8", "33.9", "84.6", "10350000000", "6", "24.1"]
