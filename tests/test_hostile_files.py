"""Hostile files: not regular files, huge cells, wide headers, odd encodings and broken quoting.

Each case is its own small dataset; the outcome asserted is the exact problem
(file, line, column, message) or the exact rows loaded.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys

import pytest

from kzeuviewer.model import DatasetError, csvfile, load_dataset

PEOPLE_HEADER = "person_id,name,role,organisation,side,source_ids\n"
PEOPLE = (
    PEOPLE_HEADER
    + "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1\n"
    + "borrell-josep,Josep Borrell,HR,EEAS,EU,s1\n"
    + "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
)


def fatal_lines(folder) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    return [str(p) for p in caught.value.problems]


def check_in_subprocess(folder, timeout=60):
    """``kzeuviewer check`` in a child process: a hang fails the test instead of stalling the suite."""
    return subprocess.run(
        [sys.executable, "-m", "kzeuviewer", "check", str(folder)],
        capture_output=True, text=True, timeout=timeout,
    )


# -- not a regular file, or too large ----------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_as_people_csv_is_refused_without_hanging(make_dataset):
    folder = make_dataset({"people.csv": None})
    os.mkfifo(folder / "people.csv")
    result = check_in_subprocess(folder)
    assert result.returncode == 1, result.stderr
    assert "people.csv: this is a FIFO (named pipe), not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_symlink_to_dev_zero_is_refused_without_reading_it(make_dataset):
    folder = make_dataset({"people.csv": None})
    os.symlink("/dev/zero", folder / "people.csv")
    result = check_in_subprocess(folder)
    assert result.returncode == 1, result.stderr
    assert "people.csv: this is a character device, not a regular file" in result.stderr


def test_symlink_to_a_regular_file_is_read(make_dataset, tmp_path):
    target = tmp_path / "elsewhere.csv"
    target.write_text(PEOPLE, encoding="utf-8")
    folder = make_dataset({"people.csv": None})
    os.symlink(target, folder / "people.csv")
    assert len(load_dataset(folder).people) == 3


def test_file_larger_than_the_cap_is_refused(make_dataset, monkeypatch):
    folder = make_dataset({"people.csv": PEOPLE})
    monkeypatch.setattr(csvfile, "MAX_FILE_BYTES", len(PEOPLE.encode()) - 1)
    lines = fatal_lines(folder)
    assert f"people.csv: the file is larger than {len(PEOPLE.encode()) - 1} bytes, the most a dataset file may have" in lines
    monkeypatch.setattr(csvfile, "MAX_FILE_BYTES", max(f.stat().st_size for f in folder.iterdir()))
    assert len(load_dataset(folder).people) == 3


def test_folder_in_place_of_a_file(make_dataset):
    folder = make_dataset({"people.csv": None})
    (folder / "people.csv").mkdir()
    assert fatal_lines(folder) == ["people.csv: this is a folder, not a file"]


# -- cells and headers that are very large -------------------------------------------

def test_huge_quoted_cell_with_multiline_cell_and_malformed_row(make_dataset):
    huge = "x" * 200_000  # beyond the csv module's default 131,072-character field limit
    people = (
        PEOPLE_HEADER
        + f'nurtleu-murat,Murat Nurtleu,"{huge}",Gov,KZ,s1\n'
        + 'borrell-josep,Josep Borrell,"High\nRepresentative",EEAS,EU,s1\n'
        + "p-extra,Too,Many,Fields,EU,s1,surplus\n"
        + "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
    )
    dataset = load_dataset(make_dataset({"people.csv": people}))
    roles = dict(zip(dataset.people["person_id"], dataset.people["role"], strict=True))
    assert roles["nurtleu-murat"] == huge
    assert roles["borrell-josep"] == "High\nRepresentative"
    assert [str(p) for p in dataset.problems] == ["people.csv:5: expected 6 fields, found 7; row skipped"]
    assert dataset.people["line"].tolist() == [2, 3, 6]


def test_one_hundred_thousand_columns_load_with_one_warning_each(make_dataset):
    extras = [f"extra{i}" for i in range(100_000)]
    people = (
        PEOPLE_HEADER.strip() + "," + ",".join(extras) + "\n"
        + "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1," + ",".join(" v " for _ in extras) + "\n"
    )
    dataset = load_dataset(make_dataset({"people.csv": people}))
    warnings = [p for p in dataset.problems if p.severity == "warning"]
    assert len(warnings) == 100_000
    assert str(warnings[0]) == "people.csv:1: extra0: column is not part of the format; kept as extra"
    assert dataset.people["extra99999"].tolist() == ["v"]


# -- encodings --------------------------------------------------------------------

@pytest.mark.parametrize(("codec", "label"), [
    ("utf-16-le", "UTF-16 (little-endian)"),
    ("utf-16-be", "UTF-16 (big-endian)"),
    ("utf-32-le", "UTF-32 (little-endian)"),
    ("utf-32-be", "UTF-32 (big-endian)"),
])
def test_wide_encodings_without_bom_are_named(make_dataset, codec, label):
    folder = make_dataset({"people.csv": PEOPLE.encode(codec)})
    assert fatal_lines(folder) == [
        f"people.csv:1: the file looks like {label} text without a byte-order mark; save it as UTF-8"
    ]


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf32_with_bom_is_read(make_dataset, bom):
    codec = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    dataset = load_dataset(make_dataset({"people.csv": bom + PEOPLE.encode(codec)}))
    assert "Kęstutis Jankauskas" in dataset.people["name"].tolist()


# -- header cells -------------------------------------------------------------------

def test_duplicate_header_names_are_fatal_and_name_both_columns(make_dataset):
    people = PEOPLE_HEADER.replace("source_ids\n", "source_ids,name\n") + "p1,A,B,C,KZ,s1,Other\n"
    assert fatal_lines(make_dataset({"people.csv": people})) == [
        "people.csv:1: name: columns 2 and 7 are both named 'name'; rename or remove one"
    ]


def test_trailing_comma_in_header_is_a_warning_naming_it(make_dataset):
    people = PEOPLE.replace("source_ids\n", "source_ids,\n", 1)
    dataset = load_dataset(make_dataset({"people.csv": people}))
    assert [str(p) for p in dataset.problems] == [
        "people.csv:1: column 7: the header ends with a comma: a column without name or values; ignored"
    ]
    assert list(dataset.people.columns[:6]) == PEOPLE_HEADER.strip().split(",")
    assert len(dataset.people) == 3


def test_unnamed_column_with_values_is_fatal(make_dataset):
    people = PEOPLE_HEADER.replace("source_ids\n", "source_ids,\n") + "p1,A,B,C,KZ,s1,\np2,A,B,C,KZ,s1,lost?\n"
    assert fatal_lines(make_dataset({"people.csv": people})) == [
        "people.csv:1: column 7: has no name but holds values (first on line 3); give it a name"
    ]


@pytest.mark.parametrize(("char", "name"), [("\u200b", "ZERO WIDTH SPACE"), ("\ufeff", "ZERO WIDTH NO-BREAK SPACE")])
def test_invisible_character_in_a_header_is_named(make_dataset, char, name):
    people = PEOPLE.replace("name,role", f"name{char},role", 1)
    lines = fatal_lines(make_dataset({"people.csv": people}))
    code = f"U+{ord(char):04X}"
    assert lines == [
        f"people.csv:1: name: the header cell 'name<{code}>' (contains an invisible {code} {name}) "
        "would be this column without its invisible character; remove it"
    ]


def test_invisible_character_in_a_row_is_named(make_dataset):
    people = PEOPLE.replace("Gov,KZ,s1", "Gov,\u200bKZ,s1")
    dataset = load_dataset(make_dataset({"people.csv": people}))
    assert str(dataset.problems[0]) == (
        "people.csv:2: side: '<U+200B>KZ' (contains an invisible U+200B ZERO WIDTH SPACE) "
        "is not one of: KZ, EU, EU member state, other"
    )


def test_bom_in_the_middle_of_a_file_is_named(make_dataset):
    # Two files glued together: the second one's BOM and header become a row.
    people = PEOPLE + "\ufeff" + PEOPLE_HEADER
    dataset = load_dataset(make_dataset({"people.csv": people}))
    messages = [str(p) for p in dataset.problems]
    assert "people.csv:5: side: 'side' is not one of: KZ, EU, EU member state, other" in messages
    assert "people.csv:5: source_ids: unknown source id 'source_ids'" in messages
    assert len(dataset.people) == 3


# -- quoting --------------------------------------------------------------------------

def test_unterminated_quote_names_the_line_it_starts_on(make_dataset):
    people = PEOPLE + 'p4,"Never closed,B,C,KZ,s1\np5,E,F,G,EU,s1\n'
    assert fatal_lines(make_dataset({"people.csv": people})) == [
        "people.csv:5: a quoted cell is never closed: its opening \" has no closing \" before the end of the file"
    ]


def test_cell_line_breaks_cannot_forge_report_lines(make_dataset):
    forged = 'p4,A,B,C,"EU\n9999.csv:1: fake: all good",s1\n'
    dataset = load_dataset(make_dataset({"people.csv": PEOPLE + forged}))
    [problem] = dataset.problems
    assert str(problem) == (
        "people.csv:5: side: 'EU\\n9999.csv:1: fake: all good' is not one of: KZ, EU, EU member state, other"
    )
    assert "\n" not in str(problem)


def test_rows_with_one_field_more_than_the_header_are_not_shifted(make_dataset):
    """pandas would silently turn the first column into an index and drop it."""
    people = PEOPLE_HEADER + "".join(f"X{i},{row}\n" for i, row in enumerate(PEOPLE.splitlines()[1:]))
    assert fatal_lines(make_dataset({"people.csv": people})) == [
        "people.csv:2: the first row has 7 fields but the header names 6 columns; "
        "name every column in the header (or remove the extra comma from the rows)"
    ]


def test_a_megabyte_header_cell_is_named_not_printed_whole(make_dataset):
    long_name = "n" * 1_000_000
    people = PEOPLE.replace("source_ids\n", f"source_ids,{long_name}\n", 1).replace(",s1\n", ",s1,\n").replace(",s2\n", ",s2,\n")
    [warning] = load_dataset(make_dataset({"people.csv": people})).problems
    assert str(warning) == f"people.csv:1: {'n' * 80}…: column is not part of the format; kept as extra"
