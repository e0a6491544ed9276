"""``kzeuviewer check`` run as a person would, in a subprocess."""

from __future__ import annotations

import re
import subprocess
import sys


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
    assert "sources.csv: -: file is missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_usage_error_exits_2():
    result = run_cli("check", "a", "b")
    assert result.returncode == 2
    assert "usage:" in result.stderr
