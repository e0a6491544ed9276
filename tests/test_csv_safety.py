"""CSV exports that a spreadsheet opens safely: formula-like text neutralised, numbers intact, UTF-8 with a BOM."""

from __future__ import annotations

import csv
import shutil
import subprocess

import numpy as np
import openpyxl
import pandas as pd
import pytest

from kzeuviewer.exporters.csv_safety import neutralise_cell, neutralise_texts, write_csv, write_frame_csv
from kzeuviewer.exporters.tables import export_table, write_table
from kzeuviewer.model import load_dataset
from kzeuviewer.model.table_query import Column, TableQuery

HOSTILE = ['=cmd|\' /C calc\'!A0', '=HYPERLINK("http://x.example","y")', "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx"]


def read_rows(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_triggers_get_a_leading_apostrophe(text):
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Kęstutis", "", "a=b", "1-2", "'quoted", " =padded", "E=mc2"])
def test_other_text_is_unchanged(text):
    assert neutralise_cell(text) == text


def test_neutralise_texts_handles_each_value_of_a_column():
    values = np.array(["=a", "b", "=a", "", "-c"], dtype=object)
    assert neutralise_texts(values).tolist() == ["'=a", "b", "'=a", "", "'-c"]


def test_write_csv_neutralises_text_but_not_numbers(tmp_path):
    path = tmp_path / "a.csv"
    write_csv(path, ["name", "value"], [["-x", -5.2], ["=1+1", -3], ["ok", float("nan")], ["@y", float("inf")]])
    assert read_rows(path) == [["name", "value"], ["'-x", "-5.2"], ["'=1+1", "-3"], ["ok", ""], ["'@y", "inf"]]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    write_csv(path, ["name"], [["Kęstutis"]], bom=False)
    assert path.read_bytes() == "name\r\nKęstutis\r\n".encode()


def test_write_frame_csv_keeps_numeric_columns_and_neutralises_text_and_headers(tmp_path):
    frame = pd.DataFrame(
        {
            "series": ["=evil()", "BNS", None],
            "year": [2021, 2022, 2023],
            "value": [-5.2, 6.0, np.nan],
            "kind": pd.Categorical(["+x", "export", "+x"]),
            "=total": [1, 2, 3],
        }
    )
    path = tmp_path / "chart.csv"
    write_frame_csv(path, frame)
    assert read_rows(path) == [
        ["series", "year", "value", "kind", "'=total"],
        ["'=evil()", "2021", "-5.2", "'+x", "1"],
        ["BNS", "2022", "6.0", "export", "2"],
        ["", "2023", "", "'+x", "3"],
    ]
    assert frame["series"][0] == "=evil()"  # the caller's frame is not changed


def people_with(make_dataset, *names):
    rows = "\n".join(f'p{i},"{n.replace(chr(34), chr(34) * 2)}",Role,Org,EU,s1' for i, n in enumerate(names))
    return load_dataset(make_dataset({"people.csv": "person_id,name,role,organisation,side,source_ids\n" + rows + "\n",
                                      "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
                                      "participants.csv": "event_id,person_id,role\n"}))


def test_table_export_neutralises_every_hostile_name(make_dataset, tmp_path):
    names = ['=HYPERLINK("http://x.example","y")', "+1+2", "-1+2", "@SUM(A1)", "Kęstutis Jankauskas"]
    dataset = people_with(make_dataset, *names)
    path = tmp_path / "people.csv"
    export_table(dataset, "people", path, columns="name,events attended")
    rows = read_rows(path)
    assert rows[0] == ["Name", "Events attended"]
    assert [r[0] for r in rows[1:]] == ["'" + n for n in names[:4]] + ["Kęstutis Jankauskas"]
    assert [r[1] for r in rows[1:]] == ["0"] * 5


def test_negative_numbers_in_numeric_columns_stay_numbers(tmp_path):
    frame = pd.DataFrame({"label": ["-5.2", "loss"], "value": [-5.2, -1200.0]})
    query = TableQuery(frame, [Column("label", "Label"), Column("value", "Value", "decimal")], None)
    path = tmp_path / "t.csv"
    write_table(query, path)
    # A text column's "-5.2" is neutralised; the numeric column's -5.2 is a number.
    assert read_rows(path) == [["Label", "Value"], ["'-5.2", "-5.2"], ["loss", "-1200"]]


def test_bom_by_default_and_plain_utf8_on_request(make_dataset, tmp_path):
    dataset = people_with(make_dataset, "Kęstutis", "Дмитрий Иванов")
    export_table(dataset, "people", tmp_path / "bom.csv")
    export_table(dataset, "people", tmp_path / "plain.csv", bom=False)
    assert (tmp_path / "bom.csv").read_bytes() == b"\xef\xbb\xbf" + (tmp_path / "plain.csv").read_bytes()
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"Name,")
    assert read_rows(tmp_path / "plain.csv", "utf-8")[2][0] == "Дмитрий Иванов"


def soffice_to_xlsx(source, out_dir, tmp_path):
    """Convert a CSV with LibreOffice as its import dialog would (character set detected: filter option 0)."""
    command = [
        shutil.which("soffice"), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
        "--infilter=Text - txt - csv (StarCalc):44,34,0,1", "--convert-to", "xlsx", "--outdir", str(out_dir),
        str(source),
    ]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    return openpyxl.load_workbook(out_dir / (source.stem + ".xlsx")).active


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_export_as_text_in_the_right_encoding(make_dataset, tmp_path):
    formula = '=HYPERLINK("http://x.example","y")'
    dataset = people_with(make_dataset, formula, "Kęstutis Jankauskas", "Дмитрий Иванов")
    path = tmp_path / "people.csv"
    export_table(dataset, "people", path, columns="name,events attended")
    out = tmp_path / "converted"
    out.mkdir()
    sheet = soffice_to_xlsx(path, out, tmp_path)
    cells = {c.coordinate: c for row in sheet.iter_rows() for c in row}
    assert cells["A1"].value == "Name"  # the BOM is not part of the header
    assert cells["A2"].data_type == "s" and formula in cells["A2"].value  # text, not a live link "y"
    assert cells["A3"].value == "Kęstutis Jankauskas"
    assert cells["A4"].value == "Дмитрий Иванов"
    assert cells["B2"].value == 0 and cells["B2"].data_type == "n"



def test_export_all_chart_csvs_are_neutralised(make_dataset, tmp_path):
    from kzeuviewer.cli.export_all import _write_chart_csv
    from kzeuviewer.model.charts import CHARTS

    trade = """\
        series,year,flow,value,unit,reporter,partner,partner_scope,source_ids
        =1+2,2021,export,24.1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        =1+2,2022,export,33.9,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        """
    dataset = load_dataset(make_dataset({"trade.csv": trade}))
    chart_id = "kz-eu-trade"
    path = tmp_path / "chart.csv"
    _write_chart_csv(dataset, chart_id, CHARTS[chart_id].option_for(dataset, None), path, bom=True)
    rows = read_rows(path)
    cells = [cell for row in rows for cell in row]
    assert "'=1+2" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    values = [row[rows[0].index("value")] for row in rows[1:]]
    assert values == ["24.1", "33.9"]
