"""``kzeuviewer export-table`` run as a person runs it: a separate process."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import openpyxl
import pytest


def export_table(*args, cwd=None):
    command = [sys.executable, "-m", "kzeuviewer", "export-table", *map(str, args)]
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd, env=env)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def rows_of(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_search_and_sort_like_the_gui(dataset_dir, out):
    target = out / "people.csv"
    result = export_table("--table", "people", "--out", target, "--search", "EEAS", "--sort", "name:desc",
                          "--data", dataset_dir)
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 rows" in result.stdout
    rows = rows_of(target)
    assert rows[0][:4] == ["Name", "Role", "Organisation", "Side"]
    assert [r[0] for r in rows[1:]] == ["Kęstutis Jankauskas", "Josep Borrell"]


def test_accent_insensitive_search_and_columns_to_xlsx(dataset_dir, out):
    target = out / "people.xlsx"
    result = export_table("--data", dataset_dir, "--table", "people", "--out", target, "--search", "kestutis",
                          "--columns", "name,Events attended")
    assert result.returncode == 0, result.stderr
    values = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert values == [("Name", "Events attended"), ("Kęstutis Jankauskas", 1)]


def test_data_option_before_the_command_too(dataset_dir, out):
    target = out / "events.csv"
    command = [sys.executable, "-m", "kzeuviewer", "--data", str(dataset_dir), "export-table", "--table", "events",
               "--out", str(target), "--sort", "date"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in rows_of(target)] == ["Date", "1999-06", "2022-10-26", "2023-05-15"]  # ISO for machines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--table", "persons"], "invalid choice: 'persons' (choose from 'people', 'events', 'trade')"),
        (["--table", "people", "--sort", "rank"], "unknown column 'rank' (columns: name, role, organisation"),
        (["--table", "trade", "--sort", "year:upwards"], "unknown sort direction"),
        (["--table", "people", "--columns", "name,shoe size"], "unknown column 'shoe size'"),
        (["--table", "people", "--search", "(", "--regex"], "invalid pattern"),
    ],
)
def test_usage_errors_exit_2_and_name_the_valid_choices(dataset_dir, out, args, message):
    result = export_table(*args, "--out", out / "x.csv", "--data", dataset_dir)
    assert result.returncode == 2
    assert message in result.stderr
    assert list(out.iterdir()) == []


def test_unknown_file_type_is_a_usage_error(dataset_dir, out):
    result = export_table("--table", "people", "--out", out / "people.ods", "--data", dataset_dir)
    assert result.returncode == 2
    assert "must end in .csv or .xlsx" in result.stderr
    assert list(out.iterdir()) == []


def test_unwritable_target_exits_1_and_leaves_nothing(dataset_dir, out):
    blocked = out / "people.csv"
    blocked.mkdir()  # a folder stands where the file should go
    result = export_table("--table", "people", "--out", blocked, "--data", dataset_dir)
    assert result.returncode == 1
    assert "Cannot write" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in out.iterdir()] == ["people.csv"] and blocked.is_dir()
    result = export_table("--table", "people", "--out", out / "missing" / "people.csv", "--data", dataset_dir)
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_unloadable_dataset_exits_1(tmp_path, out):
    result = export_table("--table", "people", "--out", out / "people.csv", "--data", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "cannot be loaded" in result.stderr and "folder does not exist" in result.stderr
    assert list(out.iterdir()) == []


def test_export_table_never_loads_qt(dataset_dir, out):
    code = (
        "import sys; from kzeuviewer.cli import main;"
        f"status = main(['export-table', '--table', 'trade', '--out', {str(out / 't.xlsx')!r},"
        f" '--data', {str(dataset_dir)!r}]);"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))];"
        "print(qt); sys.exit(status or (3 if qt else 0))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "t.xlsx").exists()


def test_csv_has_a_bom_unless_no_bom(dataset_dir, out):
    with_bom, plain = out / "with.csv", out / "plain.csv"
    assert export_table("--table", "people", "--out", with_bom, "--data", dataset_dir).returncode == 0
    result = export_table("--table", "people", "--out", plain, "--no-bom", "--data", dataset_dir)
    assert result.returncode == 0, result.stderr
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfName,")
    assert plain.read_bytes().startswith(b"Name,")
    assert with_bom.read_bytes()[3:] == plain.read_bytes()


def test_what_xlsx_had_to_change_is_reported(make_dataset, out):
    long_name = "Kęstutis " * 4000  # 36,000 characters, over the XLSX cell limit
    folder = make_dataset(
        {
            "people.csv": "person_id,name,role,organisation,side,source_ids\n"
            f"long,{long_name},Role,EEAS,EU,s1\n"
            "nurtleu-murat,Murat Nurtleu,Foreign Minister,Government of Kazakhstan,KZ,s1\n"
            "borrell-josep,Josep Borrell,High Representative,EEAS,EU,s1\n"
            "jankauskas-kestutis,Kęstutis Jankauskas,EU Ambassador,EEAS,EU,s2\n"
        }
    )
    result = export_table("--table", "people", "--out", out / "people.xlsx", "--data", folder)
    assert result.returncode == 0, result.stderr
    assert "Note: 1 cell longer than 32,767 characters (the XLSX limit) was cut" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--width", "0"], "--width: 0 is out of range: use 16 to 20000 pixels"),
        (["--width", "-640"], "--width: -640 is out of range"),
        (["--width", "99999999999"], "--width: 99999999999 is out of range"),
        (["--height", "0"], "--height: 0 is out of range"),
        (["--width", "wide"], "--width: 'wide' is not a whole number of pixels"),
    ],
)
def test_export_all_refuses_a_bad_size_before_anything_runs(tmp_path, args, message):
    target = tmp_path / "all"
    command = [sys.executable, "-m", "kzeuviewer", "export-all", "--out", str(target), *args,
               "--data", str(tmp_path / "no-such-dataset")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2  # a dataset that does not exist would be exit 1: it was never loaded
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()
