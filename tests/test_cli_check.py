"""``kzeuviewer check`` run as a person would, in a subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest


def run_cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "kzeuviewer", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_check_bundled_dataset_is_clean(tmp_path):
    result = run_cli("check", cwd=tmp_path)  # any directory: the data ships with the package
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems found." in result.stdout
    assert "events" in result.stdout


def test_check_lists_row_problems_and_exits_1(make_dataset):
    folder = make_dataset({"people.csv": (
        "person_id,name,role,organisation,side,source_ids\n"
        "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1\n"
        "borrell-josep,Josep Borrell,HR,EEAS,Brussels,s1\n"
        "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
    )})
    result = run_cli("check", str(folder))
    assert result.returncode == 1
    assert "people.csv:3: side: 'Brussels' is not one of: KZ, EU, EU member state, other" in result.stdout
    assert re.search(r"people +2 rows", result.stdout)


def test_check_fatal_dataset_exits_1_with_message(make_dataset):
    folder = make_dataset({"sources.csv": None})
    result = run_cli("check", str(folder))
    assert result.returncode == 1
    assert "sources.csv: the file is missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_usage_error_exits_2():
    result = run_cli("check", "a", "b")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_check_counts_in_singular_and_plural(make_dataset):
    one_row = make_dataset({"people.csv": (
        "person_id,name,role,organisation,side,source_ids\n"
        "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1\n"
        "borrell-josep,Josep Borrell,HR,EEAS,EU,s1\n"
        "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
        "p4,Someone,R,O,Martian,s1\n"
    )})
    result = run_cli("check", str(one_row))
    assert result.returncode == 1
    assert "1 problem (1 row skipped, 0 warnings):" in result.stdout

    one_fatal = make_dataset({"sources.csv": None})
    result = run_cli("check", str(one_fatal))
    assert "cannot be loaded (1 fatal problem):" in result.stderr
    two_fatal = make_dataset({"sources.csv": None, "events.csv": None})
    assert "cannot be loaded (2 fatal problems):" in run_cli("check", str(two_fatal)).stderr


def test_check_output_escapes_line_breaks_in_cells(make_dataset):
    folder = make_dataset({"people.csv": (
        "person_id,name,role,organisation,side,source_ids\n"
        "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1\n"
        "borrell-josep,Josep Borrell,HR,EEAS,EU,s1\n"
        'jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,"EU\n9999.csv:1: fake: forged line",s2\n'
    )})
    result = run_cli("check", str(folder))
    forged = [line for line in result.stdout.splitlines() if "fake" in line]
    assert forged == [
        "  people.csv:4: side: 'EU\\n9999.csv:1: fake: forged line' is not one of: KZ, EU, EU member state, other"
    ]


def test_check_crash_exits_3_with_one_line(make_dataset, monkeypatch, capsys):
    """An unexpected exception is not 'problems found': distinct status, no traceback."""
    from kzeuviewer.cli import check, main

    def broken(path):
        raise RuntimeError("something\nunexpected")

    monkeypatch.setattr(check, "load_dataset", broken)
    assert main(["check", str(make_dataset())]) == 3
    err = capsys.readouterr().err
    assert err == (
        "kzeuviewer check: internal error, the dataset could not be checked: RuntimeError: something\\nunexpected\n"
    )


def run_with_closed_stdout(*args):
    """Start the CLI with its stdout a pipe whose reader has already gone (like ``| head`` exiting)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "kzeuviewer", *args], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [("export-chart", "--list"), ("check",)])
def test_closed_output_pipe_ends_without_traceback(args):
    result = run_with_closed_stdout(*args)
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
    assert result.returncode == 141
