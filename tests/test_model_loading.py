"""Loading and validating dataset folders: every kind of bad input, no Qt."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model import DatasetError, load_dataset


def problem_lines(dataset) -> list[str]:
    return [str(p) for p in dataset.problems]


def test_minimal_dataset_loads_clean(dataset_dir):
    dataset = load_dataset(dataset_dir)
    assert dataset.problems == []
    assert dataset.row_counts() == {
        "sources": 2, "people": 3, "events": 3, "participants": 3, "awards": 1, "trade": 6, "indicators": 1,
    }


def test_partial_dates_keep_their_precision(dataset_dir):
    events = load_dataset(dataset_dir).events.set_index("event_id")
    pca = events.loc["ev-1999-06-pca"]
    assert pca["date_precision"] == "month"
    assert pca["date_start"] == pd.Timestamp("1999-06-01")
    assert pca["date_end"] == pd.Timestamp("1999-06-30")
    summit = events.loc["ev-2022-10-26-summit"]
    assert summit["end_date_end"] == pd.Timestamp("2022-10-27")


# -- fatal problems: the dataset is rejected -----------------------------------

def test_missing_required_file_is_fatal(make_dataset):
    folder = make_dataset({"events.csv": None})
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    assert [str(p) for p in caught.value.problems] == ["events.csv: the file is missing"]


def test_optional_indicators_file_may_be_absent(make_dataset):
    dataset = load_dataset(make_dataset({"indicators.csv": None}))
    assert dataset.problems == []
    assert len(dataset.indicators) == 0


def test_missing_required_column_is_fatal(make_dataset):
    folder = make_dataset({"people.csv": "person_id,name,role,side,source_ids\np1,A,B,KZ,s1\n"})
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    assert "people.csv:1: organisation: required column is missing" in [str(p) for p in caught.value.problems]


def test_file_that_is_not_utf8_is_fatal_with_its_line(make_dataset):
    latin1 = "person_id,name,role,organisation,side,source_ids\np1,A,B,C,KZ,s1\np2,Kęstutis,B,C,EU,s1\n"
    folder = make_dataset({"people.csv": latin1.replace("ę", "e").replace("Kestutis", "K\xe9stutis").encode("latin-1")})
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    (problem,) = caught.value.problems
    assert problem.file == "people.csv" and problem.line == 3
    assert "not UTF-8" in problem.message


def test_binary_file_is_not_csv(make_dataset):
    folder = make_dataset({"awards.csv": b"PK\x03\x04\x00\x00binary zip content"})
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    assert "not CSV text" in str(caught.value)


def test_empty_file_is_fatal(make_dataset):
    with pytest.raises(DatasetError, match=r"trade.csv:1: the file is empty"):
        load_dataset(make_dataset({"trade.csv": ""}))


def test_missing_folder_and_file_instead_of_folder(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        load_dataset(tmp_path / "nowhere")
    afile = tmp_path / "afile.csv"
    afile.write_text("x")
    with pytest.raises(DatasetError, match="not a folder"):
        load_dataset(afile)


# -- row problems: the row is skipped and listed --------------------------------

def test_bad_date_skips_row(make_dataset):
    folder = make_dataset({"events.csv": """\
        event_id,date,end_date,title,kind,location,summary,source_ids
        e1,2023-02-30,,Impossible day,visit,,,s1
        e2,June 1999,,Words,visit,,,s1
        e3,2023-05-15,,Fine,visit,,,s1
        """, "participants.csv": "event_id,person_id,role\n", "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"})
    dataset = load_dataset(folder)
    assert dataset.events["event_id"].tolist() == ["e3"]
    assert problem_lines(dataset) == [
        "events.csv:2: date: '2023-02-30' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
        "events.csv:3: date: 'June 1999' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
    ]


def test_non_numeric_value_skips_row(make_dataset):
    folder = make_dataset({"trade.csv": """\
        series,year,flow,value,unit,reporter,partner,partner_scope,source_ids
        BNS,2021,export,24.1,USD billion,Kazakhstan,EU,EU27,s1
        BNS,2022,export,about 30,USD billion,Kazakhstan,EU,EU27,s1
        BNS,20x2,export,30,USD billion,Kazakhstan,EU,EU27,s1
        BNS,2022,export,30,roubles,Kazakhstan,EU,EU27,s1
        """})
    dataset = load_dataset(folder)
    assert dataset.trade["year"].tolist() == [2021]
    assert problem_lines(dataset) == [
        "trade.csv:3: value: 'about 30' is not a number",
        "trade.csv:4: year: '20x2' is not a number",
        "trade.csv:5: unit: 'roubles' is not a money unit (currency USD, EUR, optional scale thousand, million, billion)",
    ]


def test_duplicate_id_keeps_first_and_names_its_line(make_dataset):
    folder = make_dataset({"sources.csv": """\
        source_id,title,publisher,url,published,quote
        s1,First,P,https://a.example,,q
        s2,Second,P,https://b.example,,q
        s1,Again,P,https://c.example,,q
        """})
    dataset = load_dataset(folder)
    assert dataset.sources["title"].tolist() == ["First", "Second"]
    assert problem_lines(dataset) == ["sources.csv:4: source_id: duplicate id 's1' (first on line 2)"]


def test_unknown_references_skip_rows(make_dataset):
    folder = make_dataset({
        "participants.csv": "event_id,person_id,role\nev-2023-05-15-brussels,nobody,\nev-missing,borrell-josep,\n",
        "people.csv": """\
            person_id,name,role,organisation,side,source_ids
            nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1;s404
            borrell-josep,Josep Borrell,HR,EEAS,EU,s1
            jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2
            """,
    })
    dataset = load_dataset(folder)
    assert problem_lines(dataset)[:3] == [
        "people.csv:2: source_ids: unknown source id 's404'",
        "participants.csv:2: person_id: unknown person_id 'nobody' (not in people)",
        "participants.csv:3: event_id: unknown event_id 'ev-missing' (not in events)",
    ]
    assert "nurtleu-murat" not in set(dataset.people["person_id"])


def test_unknown_kind_flow_side_skip_rows(make_dataset):
    folder = make_dataset({
        "people.csv": "person_id,name,role,organisation,side,source_ids\np1,A,B,C,Martian,s1\n"
        "borrell-josep,Josep Borrell,HR,EEAS,EU,s1\nnurtleu-murat,M N,FM,Gov,KZ,s1\njankauskas-kestutis,K J,A,E,EU,s2\n",
        "events.csv": "event_id,date,end_date,title,kind,location,summary,source_ids\n"
        "ev-2023-05-15-brussels,2023-05-15,,T,party,,,s1\nev-2022-10-26-summit,2022-10-26,,T,summit,,,s1\n",
        "trade.csv": "series,year,flow,value,unit,reporter,partner,partner_scope,source_ids\n"
        "BNS,2021,smuggling,1,USD,Kazakhstan,EU,EU27,s1\n",
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    })
    lines = problem_lines(load_dataset(folder))
    assert "people.csv:2: side: 'Martian' is not one of: KZ, EU, EU member state, other" in lines
    assert "events.csv:2: kind: 'party' is not one of: visit, summit, meeting, agreement, award, other" in lines
    assert "trade.csv:2: flow: 'smuggling' is not one of: export, import, turnover" in lines


def test_empty_required_cell_skips_row(make_dataset):
    folder = make_dataset({"people.csv": MINIMAL_PEOPLE + "p9,,role,org,EU,s1\n"})
    assert problem_lines(load_dataset(folder)) == ["people.csv:5: name: a value is required"]


def test_row_with_too_many_fields_is_skipped_with_its_line(make_dataset):
    folder = make_dataset({"people.csv": MINIMAL_PEOPLE + "p9,Extra,role,org,EU,s1,surplus,more\np10,Fine,r,o,KZ,s1\n"})
    dataset = load_dataset(folder)
    assert problem_lines(dataset) == ["people.csv:5: expected 6 fields, found 8; row skipped"]
    assert dataset.people["person_id"].tolist()[-1] == "p10"
    assert dataset.people["line"].tolist()[-1] == 6


def test_unknown_column_is_a_warning_and_kept(make_dataset):
    people = MINIMAL_PEOPLE.replace("side,source_ids", "side,source_ids,twitter").replace("KZ,s1", "KZ,s1,@mfa")
    dataset = load_dataset(make_dataset({"people.csv": people}))
    assert [p.severity for p in dataset.problems] == ["warning"]
    assert str(dataset.problems[0]) == "people.csv:1: twitter: column is not part of the format; kept as extra"
    assert "@mfa" in dataset.people["twitter"].astype(str).tolist()


# -- awkward but valid files ----------------------------------------------------

MINIMAL_PEOPLE = (
    "person_id,name,role,organisation,side,source_ids\n"
    "nurtleu-murat,Murat Nurtleu,FM,Gov,KZ,s1\n"
    "borrell-josep,Josep Borrell,HR,EEAS,EU,s1\n"
    "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
)


def test_bom_crlf_quoted_newlines_blank_lines_and_spaces(make_dataset):
    events = (
        "\ufeffevent_id , date,end_date,title,kind,location,summary,source_ids\r\n"
        "ev-2023-05-15-brussels, 2023-05-15 ,,\"Visit, with comma\",visit , Brussels ,\"two\r\nline summary\", s1 ; s2 \r\n"
        "\r\n"
        "   \r\n"
        "ev-1999-06-pca,1999-06,,PCA,agreement,,,s2\r\n"
        "ev-2022-10-26-summit,2022-10-26,2022-10-27,Summit,summit,Astana,,s2\r\n"
        "ev-bad,1999-13,,Bad month,agreement,,,s2\r\n"
    )
    dataset = load_dataset(make_dataset({"events.csv": events.encode("utf-8")}))
    frame = dataset.events.set_index("event_id")
    assert list(frame.index) == ["ev-2023-05-15-brussels", "ev-1999-06-pca", "ev-2022-10-26-summit"]
    brussels = frame.loc["ev-2023-05-15-brussels"]
    assert brussels["title"] == "Visit, with comma"
    assert brussels["location"] == "Brussels"
    assert brussels["summary"] == "two\r\nline summary"
    assert brussels["source_ids"] == "s1;s2"
    assert brussels["date_start"] == pd.Timestamp("2023-05-15")
    # The quoted newline and the blank lines still count: the bad row is on line 8.
    assert problem_lines(dataset) == [
        "events.csv:8: date: '1999-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
    ]
    assert frame.loc["ev-1999-06-pca", "line"] == 6


def test_utf16_file_with_bom_is_read(make_dataset):
    people = MINIMAL_PEOPLE.encode("utf-16")
    dataset = load_dataset(make_dataset({"people.csv": people}))
    assert "Kęstutis Jankauskas" in dataset.people["name"].tolist()


def test_header_only_files_give_empty_tables(make_dataset):
    folder = make_dataset({
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    })
    dataset = load_dataset(folder)
    assert len(dataset.participants) == 0 and len(dataset.awards) == 0
    assert dataset.problems == []


def test_fifty_megabyte_file_loads(make_dataset, tmp_path):
    row = "ev-{i},2001-{m:02d}-01,,A meeting about cooperation number {i},meeting,Astana,{pad},s1\n"
    pad = "x" * 400
    parts = ["event_id,date,end_date,title,kind,location,summary,source_ids\n"]
    parts.extend(row.format(i=i, m=i % 12 + 1, pad=pad) for i in range(110_000))
    text = "".join(parts)
    assert len(text) > 50_000_000
    dataset = load_dataset(make_dataset({
        "events.csv": text,
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    }))
    assert len(dataset.events) == 110_000
    assert dataset.problems == []


@pytest.mark.parametrize("seed", range(40))
def test_garbage_never_raises_anything_but_dataset_error(make_dataset, seed):
    rng = random.Random(seed)
    alphabet = b'abc,;"\n\r\t \x00\xff\xfe\xc3\xa9-0123456789'
    garbage = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
    header_then_garbage = b"person_id,name,role,organisation,side,source_ids\n" + garbage
    target = rng.choice(["people.csv", "events.csv", "trade.csv", "sources.csv"])
    content = header_then_garbage if target == "people.csv" and seed % 2 else garbage
    try:
        dataset = load_dataset(make_dataset({target: content}))
    except DatasetError as err:
        assert err.problems and all(p.severity == "fatal" for p in err.problems)
    else:
        assert all(str(p) for p in dataset.problems)


def test_reference_rows_found_at_load_match_the_ids_after_bad_rows_are_dropped(make_dataset):
    folder = make_dataset({
        "people.csv": """\
        person_id,name,role,organisation,side,source_ids
        p1,Ann,Minister,MFA,KZ,s1
        p1,Ann again,Minister,MFA,KZ,s1
        p2,Bob,Ambassador,EEAS,EU,s1
        """,
        "awards.csv": """\
        award_id,person_id,award,degree,date,conferred_by,event_id,source_ids
        a1,p2,Order of Dostyk,2nd,2019-05-01,President,,s1
        a2,nobody,Order of Dostyk,2nd,2019-05-01,President,,s1
        a3,p1,Order of Dostyk,1st,2020,President,,s1
        """,
    })
    dataset = load_dataset(folder)
    assert dataset.people["person_id"].tolist() == ["p1", "p2"]  # the repeated p1 is skipped
    assert dataset.awards["award_id"].tolist() == ["a1", "a3"]  # the unknown person is skipped
    rows = dataset.link("awards", "person_id")
    assert rows.tolist() == [1, 0]
    assert dataset.people["person_id"].iloc[rows].tolist() == dataset.awards["person_id"].tolist()
    # A table replaced after loading has no recorded rows any more.
    dataset.tables["awards"] = dataset.awards.iloc[:1]
    assert dataset.link("awards", "person_id") is None


def _many_events(count: int, bad_kind_at: int | None = None) -> str:
    places = ["Astana", "Brussels", "Almaty", ""]
    lines = ["event_id,date,end_date,title,kind,location,summary,source_ids"]
    for i in range(count):
        kind = "parade" if i == bad_kind_at else ("visit", "summit")[i % 2]
        place = "Luxembourg" if i == bad_kind_at else places[i % len(places)]
        lines.append(f"ev-{i},20{i % 20:02d}-0{i % 9 + 1},,Meeting number {i},{kind},{place},Talks,s{1 + i % 2}")
    return "\n".join(lines) + "\n"


def test_a_large_table_keeps_every_value_with_its_repetitive_text_dictionary_encoded(make_dataset):
    count = 12_000
    dataset = load_dataset(make_dataset({
        "events.csv": _many_events(count),
        "participants.csv": "event_id,person_id,role\nev-7,borrell-josep,host\nev-11999,nurtleu-murat,\n"
                            "ev-3,borrell-josep,\nev-7,nurtleu-murat,\nev-500,borrell-josep,\nev-9,borrell-josep,\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"
                      "aw-1,borrell-josep,Order of Dostyk,1st,2023-05-15,Murat Nurtleu,ev-11998,s1\n",
    }))
    events = dataset.events
    assert dataset.problems == [] and len(events) == count
    # Chosen by their count of distinct values, not by name: dates as written and places repeat, titles do not.
    for column in ("date", "end_date", "location", "summary", "source_ids"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype), column
        categories = events[column].cat.categories.tolist()
        assert categories == sorted(categories), column
    assert not isinstance(events["title"].dtype, pd.CategoricalDtype)
    assert not isinstance(events["event_id"].dtype, pd.CategoricalDtype)
    assert events["date"].astype(str).tolist()[:3] == ["2000-01", "2001-02", "2002-03"]
    assert events["location"].astype(str).tolist()[:5] == ["Astana", "Brussels", "Almaty", "", "Astana"]
    assert events["title"].iloc[11_999] == "Meeting number 11999"
    assert events["date_start"].iloc[1] == pd.Timestamp("2001-02-01")
    assert events["line"].tolist()[:2] == [2, 3]
    # A few events named among 12,000 (five by the participants, one by the award): found without
    # hashing every event id, at the right rows.
    assert dataset.link("participants", "event_id").tolist() == [7, 11_999, 3, 7, 500, 9]
    assert dataset.link("participants", "person_id").tolist() == [1, 0, 1, 0, 1, 1]
    assert dataset.link("awards", "event_id").tolist() == [11_998]


def test_a_value_only_on_a_skipped_row_leaves_no_category_behind(make_dataset):
    dataset = load_dataset(make_dataset({
        "events.csv": _many_events(6_000, bad_kind_at=10),
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    }))
    assert [(p.line, p.column) for p in dataset.problems] == [(12, "kind")]
    locations = dataset.events["location"]
    assert isinstance(locations.dtype, pd.CategoricalDtype)
    assert "Luxembourg" not in locations.cat.categories
    assert len(dataset.events) == 5_999


def test_hashing_by_string_object_gives_pandas_codes_even_for_equal_strings_in_different_objects():
    from kzeuviewer.model.loader import _factorize_text

    words = ["kind", "summit", "", "visit"]
    # Each block of 3,000 rows has its own string object per word, as the CSV parser hands them out:
    # equal strings in different objects must still be one value.
    blocks = [["".join(list(word)) for word in words] for _ in range(20)]
    values = np.array([blocks[i // 3_000][i % 4] for i in range(60_000)], dtype=object)
    values[59_999] = "late newcomer"
    assert len({id(v) for v in values}) > len(set(values))
    codes, uniques = _factorize_text(values)
    expected_codes, expected_uniques = pd.factorize(values)
    assert codes.tolist() == expected_codes.tolist()
    assert list(uniques) == list(expected_uniques)


def test_text_is_held_by_arrow_and_cells_that_look_like_numbers_keep_their_spelling(make_dataset):
    people = ("person_id,name,role,organisation,side,source_ids,code,flag\n"
              "007,Murat Nurtleu,FM,Gov,KZ,s1,1.50,True\n"
              "010,Josep Borrell,HR,EEAS,EU,s1,2.0,False\n")
    participants = "event_id,person_id,role\nev-2023-05-15-brussels,007,host\n"
    awards = "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"
    dataset = load_dataset(make_dataset({"people.csv": people, "participants.csv": participants, "awards.csv": awards}))
    assert [p.severity for p in dataset.problems] == ["warning", "warning"]  # the two extra columns
    frame = dataset.people
    # Read as numbers, booleans or text by the parser's guess; kept as the file spells them.
    assert frame["person_id"].tolist() == ["007", "010"]
    assert frame["code"].tolist() == ["1.50", "2.0"]
    assert frame["flag"].tolist() == ["True", "False"]
    for column in ("person_id", "name", "code", "flag"):
        assert isinstance(frame[column].dtype, pd.StringDtype) and frame[column].dtype.storage == "pyarrow", column
    assert dataset.person("007")["name"] == "Murat Nurtleu"
    assert dataset.link("participants", "person_id").tolist() == [0]
    # Numbers of the format are still numbers.
    assert dataset.trade["value"].dtype == "Float64" and dataset.trade["year"].dtype == "Int64"


def test_a_row_with_too_many_fields_in_a_file_with_numbers_is_skipped_and_the_rest_keep_their_values(make_dataset):
    # Numbers are read again as text: that read must skip the same rows as the first.
    trade = ("series,year,flow,value,unit,reporter,partner,partner_scope,source_ids\n"
             "BNS,2021,export,24.1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n"
             "BNS,2021,import,6.0,USD billion,Kazakhstan,EU,EU28 incl. UK,s2,EXTRA,FIELD\n"
             "BNS,2022,export,33.90,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n")
    dataset = load_dataset(make_dataset({"trade.csv": trade}))
    assert [str(p) for p in dataset.problems] == ["trade.csv:3: expected 9 fields, found 11; row skipped"]
    assert dataset.trade["value"].tolist() == [24.1, 33.9]
    assert dataset.trade["year"].tolist() == [2021, 2022]
    assert dataset.trade["line"].tolist() == [2, 4]


@pytest.mark.parametrize("padded", [False, True])
def test_a_large_file_scanned_beside_its_parse_reads_as_one_after_the_other(tmp_path, monkeypatch, padded):
    from kzeuviewer.model import csvfile

    rows = "".join(f'r{i},"two\nlines {i}",{i % 10:03d}\n' if i % 500 == 7 else f"r{i},name {i},{i % 10:03d}\n"
                   for i in range(5_000))
    path = tmp_path / "table.csv"
    path.write_text("id,name,code\n" + rows + ("r,x ,1\n" if padded else ""), encoding="utf-8")
    monkeypatch.setattr(csvfile, "SCAN_ASIDE_FROM_BYTES", 1 << 60)
    one_after_the_other = csvfile.read_csv_text(path, "table.csv")
    monkeypatch.setattr(csvfile, "SCAN_ASIDE_FROM_BYTES", 0)
    side_by_side = csvfile.read_csv_text(path, "table.csv")
    assert side_by_side.frame.equals(one_after_the_other.frame)
    assert side_by_side.may_have_padding == one_after_the_other.may_have_padding == padded
    assert side_by_side.lines.tolist() == one_after_the_other.lines.tolist()
    assert side_by_side.lines[8] == 11 and side_by_side.lines[-1] == len(side_by_side.frame) + 1 + 10
