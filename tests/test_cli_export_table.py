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
    assert [r[0] for r in rows_of(target)] == ["Date", "June 1999", "26 October 2022", "15 May 2023"]


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
