"""The table query engine (Qt-free): search, filters, sort, ids, highlight spans."""

from __future__ import annotations

import functools
import random
import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model.dates import parse_date_column
from kzeuviewer.model.regex_prefilter import anchored_prefix, required_literals
from kzeuviewer.model.table_query import Column, TableQuery, fold, stable_argsort
from kzeuviewer.model.text_fold import key_buffer, key_spans, query_key, search_key

PEOPLE = [
    ("p1", "Kęstutis Jankauskas", "EU Ambassador", "EU", "Order of Dostyk", "2nd", "2024-05", 3),
    ("p2", "Josep Borrell", "High Representative", "EU", "Order of Dostyk", "1st", "2023-05-15", 5),
    ("p3", "Murat Nurtleu", "Foreign Minister", "KZ", "", "", "", 7),
    ("p4", "Łukasz Wiśniewski", "Consul", "EU member state", "Order of Parasat", "10th", "1999", np.nan),
    ("p5", "Federica Mogherini", "High Representative", "EU", "Order of Dostyk", "1st", "1999-06", 2),
    ("p2", "Josep Borrell", "High Representative", "EU", "Medal 'Astana'", "", "1999-06-02", 5),
]
COLUMNS = [
    Column("name", "Name"),
    Column("role", "Role"),
    Column("side", "Side"),
    Column("award", "Award"),
    Column("degree", "Degree", "degree"),
    Column("date", "Date", "date", "date_start", "date_precision"),
    Column("events", "Events", "integer"),
]


def make_frame(rows=PEOPLE) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["person_id", "name", "role", "side", "award", "degree", "date", "events"])
    parsed = parse_date_column(frame["date"])
    frame["date_start"] = parsed["start"]
    frame["date_precision"] = parsed["precision"]
    return frame


@pytest.fixture
def query() -> TableQuery:
    return TableQuery(make_frame(), COLUMNS, "person_id")


def names(query: TableQuery) -> list[str]:
    return query.column_values(0).tolist()


# -- search ---------------------------------------------------------------------------
def test_search_ignores_case_and_accents(query):
    assert query.set_search("Kestutis") is None
    assert names(query) == ["Kęstutis Jankauskas"]
    query.set_search("KĘSTUTIS")
    assert names(query) == ["Kęstutis Jankauskas"]
    query.set_search("lukasz wisniewski")  # Ł has no decomposition but reads as L
    assert names(query) == ["Łukasz Wiśniewski"]


def test_search_looks_at_every_column_and_formatted_values(query):
    query.set_search("june 1999")  # the date as shown, not as stored
    assert names(query) == ["Federica Mogherini", "Josep Borrell"]
    query.set_search("member")
    assert names(query) == ["Łukasz Wiśniewski"]
    query.set_search("")
    assert len(query) == query.total == 6


def test_search_only_in_the_searched_columns(query):
    query.set_search("representative")
    assert len(query) == 3
    query.set_search_columns([0, 2])  # Role no longer searched (e.g. hidden in the view)
    assert len(query) == 0
    query.set_search_columns(None)
    assert len(query) == 3


def test_regex_search_and_invalid_pattern(query):
    assert query.set_search(r"^(josep|murat)\b", regex=True) is None
    assert names(query) == ["Josep Borrell", "Murat Nurtleu", "Josep Borrell"]
    rows_before = query.rows.copy()
    error = query.set_search("(unclosed", regex=True)
    assert error is not None and error.startswith("Invalid pattern")
    assert query.search_error == error
    assert np.array_equal(query.rows, rows_before)  # rows unchanged by the bad pattern
    assert query.set_search("kestutis", regex=True) is None  # regexes also ignore accents
    assert names(query) == ["Kęstutis Jankauskas"]


def _reference(frame_display: list[list[str]], needle: str, columns) -> list[int]:
    """Brute force, one cell at a time: the query's skeleton inside the cell's."""
    key = query_key(needle)
    return [i for i, row in enumerate(frame_display) if key and any(key in _cell_key(row[c]) for c in columns)]


@functools.cache
def _cell_key(text: str) -> str:
    return search_key(text)


def test_typing_narrowing_and_backspace_match_a_plain_scan():
    """Narrowed, cached and vectorised search gives exactly the brute-force answer."""
    rng = random.Random(3)
    letters = "aeiouklmnrstęłžó "
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 12))) for _ in range(400)]
    rows = [
        (f"p{i}", rng.choice(words).title(), rng.choice(words), rng.choice(["EU", "KZ", ""]), rng.choice(words[:20]),
         rng.choice(["1st", "2nd", ""]), "", float(rng.randint(0, 3)))
        for i in range(3000)
    ]
    frame = make_frame(rows)
    query = TableQuery(frame, COLUMNS, "person_id")
    display = [[query.cell(r, c) for c in range(len(COLUMNS))] for r in range(len(query))]
    query.set_sort([(0, False)])
    searched = list(range(len(COLUMNS)))
    text = ""
    for _ in range(300):
        action = rng.random()
        if action < 0.6:
            text += rng.choice(letters + "AEKŁ")
        elif action < 0.85:
            text = text[:-1]
        else:
            text = rng.choice(words)[: rng.randint(1, 5)]
        query.set_search(text)
        expected = sorted(_reference(display, text, searched)) if text else list(range(len(display)))
        assert sorted(query.rows.tolist()) == expected, text
        shown = query.column_values(0).tolist()
        assert shown == sorted(shown, key=lambda s: (fold(s) == "", fold(s)))  # still sorted by name


def test_search_on_many_distinct_values_uses_the_character_buffer():
    """Above the loop limit the vectorised scan runs; its answer equals a plain scan."""
    rng = np.random.default_rng(5)
    alphabet = np.array(list("abcdekstuęž Ωω東"))  # Greek and CJK stay as they are: a UTF-8 buffer
    values = ["".join(rng.choice(alphabet, size=rng.integers(3, 14))) for _ in range(60_000)]
    frame = pd.DataFrame({"id": [str(i) for i in range(len(values))], "name": values})
    query = TableQuery(frame, [Column("name", "Name")], "id")
    for needle in ["st", "kes", "e k", "ęž", "zz", "a", "ω", "Ωa", "東"]:
        query.set_search(needle)
        expected = [i for i, v in enumerate(values) if query_key(needle) in search_key(v)]
        assert query.rows.tolist() == expected, needle


# -- highlight spans ---------------------------------------------------------------------
def test_match_spans_map_folded_matches_back_to_the_text(query):
    query.set_search("kes")
    assert query.match_spans("Kęstutis") == [(0, 3)]
    query.set_search("s")
    assert query.match_spans("Kęstutis Jankauskas") == [(2, 3), (7, 8), (15, 16), (18, 19)]
    query.set_search("strasse")
    assert query.match_spans("Große Straße 5") == [(6, 12)]  # ß folds to 'ss' yet maps to one char
    query.set_search(r"bor+", regex=True)
    assert query.match_spans("Josep Borrell") == [(6, 10)]
    query.set_search("(", regex=True)
    assert query.match_spans("Josep Borrell") == []  # no highlight while the pattern is invalid


# -- sort ------------------------------------------------------------------------------------
def test_sort_text_ignores_case_and_keeps_empty_cells_last_both_ways(query):
    query.set_sort([(3, False)])  # Award
    assert query.column_values(3).tolist() == [
        "Medal 'Astana'", "Order of Dostyk", "Order of Dostyk", "Order of Dostyk", "Order of Parasat", ""
    ]
    query.set_sort([(3, True)])
    assert query.column_values(3).tolist() == [
        "Order of Parasat", "Order of Dostyk", "Order of Dostyk", "Order of Dostyk", "Medal 'Astana'", ""
    ]


def test_sort_is_stable(query):
    query.set_sort([(3, False)])
    dostyk = [n for n, a in zip(names(query), query.column_values(3).tolist(), strict=True) if a == "Order of Dostyk"]
    assert dostyk == ["Kęstutis Jankauskas", "Josep Borrell", "Federica Mogherini"]  # table order
    query.set_sort([(3, True)])
    dostyk = [n for n, a in zip(names(query), query.column_values(3).tolist(), strict=True) if a == "Order of Dostyk"]
    assert dostyk == ["Kęstutis Jankauskas", "Josep Borrell", "Federica Mogherini"]


def test_degrees_sort_in_their_natural_order(query):
    query.set_sort([(4, False)])
    assert query.column_values(4).tolist() == ["1st", "1st", "2nd", "10th", "", ""]
    query.set_sort([(4, True)])
    assert query.column_values(4).tolist() == ["10th", "2nd", "1st", "1st", "", ""]


def test_partial_dates_sort_by_their_start_in_place(query):
    query.set_sort([(5, False)])
    assert query.column_values(5).tolist() == [
        "1999", "June 1999", "2 June 1999", "15 May 2023", "May 2024", ""
    ]
    query.set_sort([(5, True)])
    assert query.column_values(5).tolist() == [
        "May 2024", "15 May 2023", "2 June 1999", "June 1999", "1999", ""
    ]


def test_numbers_sort_numerically_with_empties_last(query):
    query.set_sort([(6, True)])
    assert query.column_values(6).tolist() == ["7", "5", "5", "3", "2", ""]


def test_multi_column_sort(query):
    query.set_sort([(1, False), (5, True)])  # Role, then Date newest first
    assert list(zip(query.column_values(1).tolist(), query.column_values(5).tolist(), strict=True)) == [
        ("Consul", "1999"),
        ("EU Ambassador", "May 2024"),
        ("Foreign Minister", ""),
        ("High Representative", "15 May 2023"),
        ("High Representative", "2 June 1999"),
        ("High Representative", "June 1999"),
    ]
    assert query.sort_keys == [(1, False), (5, True)]


def test_radix_argsort_equals_numpy_stable_sort():
    rng = np.random.default_rng(1)
    for bits in (3, 8, 12, 16, 17, 24, 33, 40):
        keys = rng.integers(0, 2**bits, size=5000, dtype=np.uint64)
        keys[::7] = keys[0]  # many ties
        assert np.array_equal(stable_argsort(keys, bits), np.argsort(keys, kind="stable")), bits


def test_multi_key_sort_on_many_distinct_values_matches_lexsort():
    rng = np.random.default_rng(2)
    count = 40_000
    frame = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(count)],
            "a": [f"v{x:06d}" for x in rng.integers(0, 30_000, count)],
            "b": [f"w{x:06d}" for x in rng.integers(0, 30_000, count)],
        }
    )
    frame.loc[::11, "a"] = ""
    query = TableQuery(frame, [Column("a", "A"), Column("b", "B")], "id")
    query.set_sort([(0, True), (1, False)])
    a = frame["a"].to_numpy(dtype=object)
    b = frame["b"].to_numpy(dtype=object)
    order = sorted(range(count), key=lambda i: (a[i] == "", _Desc(a[i]), b[i] == "", b[i]))
    assert query.rows.tolist() == order


class _Desc:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return self.value > other.value

    def __eq__(self, other):
        return self.value == other.value


# -- filters ---------------------------------------------------------------------------------
def test_value_filter_and_empty_cells(query):
    assert query.distinct_values(3) == [("Medal 'Astana'", 1), ("Order of Dostyk", 3), ("Order of Parasat", 1), ("", 1)]
    query.set_value_filter(3, {"Order of Dostyk"})
    assert names(query) == ["Kęstutis Jankauskas", "Josep Borrell", "Federica Mogherini"]
    query.set_value_filter(3, {""})
    assert names(query) == ["Murat Nurtleu"]
    assert query.value_filter(3) == frozenset({""})
    assert query.active_filters() == [3]
    query.set_value_filter(3, None)
    assert len(query) == 6


def test_date_range_counts_partial_dates_that_overlap(query):
    query.set_range_filter(5, pd.Timestamp("1999-06-10"), pd.Timestamp("1999-12-31"))
    # "1999" and "June 1999" reach into the range; "2 June 1999" does not; empty dates never do.
    assert names(query) == ["Łukasz Wiśniewski", "Federica Mogherini"]
    query.set_range_filter(5, pd.Timestamp("2023-01-01"), None)
    assert names(query) == ["Kęstutis Jankauskas", "Josep Borrell"]
    assert query.range_filter(5) == (pd.Timestamp("2023-01-01"), None)
    assert query.date_bounds(5) == (pd.Timestamp("1999-01-01"), pd.Timestamp("2024-05-31"))
    with pytest.raises(ValueError, match="not a date column"):
        query.set_range_filter(0, pd.Timestamp("2000-01-01"))


def test_filters_search_and_sort_combine(query):
    query.set_value_filter(2, {"EU"})
    query.set_search("order")
    query.set_sort([(5, False)])
    assert names(query) == ["Federica Mogherini", "Josep Borrell", "Kęstutis Jankauskas"]
    query.clear_filters()
    assert names(query) == ["Łukasz Wiśniewski", "Federica Mogherini", "Josep Borrell", "Kęstutis Jankauskas"]


# -- ids ---------------------------------------------------------------------------------------
def test_ids_survive_sort_and_filter(query):
    query.set_sort([(0, True)])
    assert query.id_at(0) == "p3"  # Murat first when sorting names descending
    assert query.view_rows_of_ids({"p2"}).tolist() == [3, 4]
    records = query.frame_rows_of_ids({"p2", "p4"})
    assert records.tolist() == [1, 3, 5]
    assert query.ids_of_frame_rows(records) == {"p2", "p4"}
    query.set_search("astana")
    assert query.view_rows_of_frame_rows(records).tolist() == [0]
    assert query.ids_of_rows([0]) == ["p2"]
    assert query.view_rows_of_ids({"unknown"}).tolist() == []


# -- the interface the tabs and exporters use ------------------------------------------------
def test_reading_interface_follows_search_and_sort(query):
    """What the Qt model and the exporters read: cells, column values, view frame, rows, ids."""
    query.set_search("order")
    query.set_sort([(0, True)])  # names descending
    assert len(query) == 4 and query.total == 6
    assert [query.cell(r, 0) for r in range(len(query))] == [
        "Łukasz Wiśniewski", "Kęstutis Jankauskas", "Josep Borrell", "Federica Mogherini"
    ]
    frame = query.view_frame([0, 3])
    assert list(frame.columns) == ["Name", "Award"]
    assert frame["Award"].tolist() == ["Order of Parasat", "Order of Dostyk", "Order of Dostyk", "Order of Dostyk"]
    assert query.rows.tolist() == [3, 0, 1, 4]  # frame rows, in view order
    assert query.values_at([1, 3], 0).tolist() == ["Kęstutis Jankauskas", "Federica Mogherini"]
    numbers = query.export_values(6)  # numbers as floats, NaN where the cell is empty
    assert np.isnan(numbers[0]) and numbers[1:].tolist() == [3.0, 5.0, 2.0]


def test_model_and_exporters_import_no_qt():
    code = (
        "import sys; import kzeuviewer.model.table_query, kzeuviewer.exporters.tables;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_fold_is_the_same_per_character_and_whole():
    for text in ["Kęstutis", "Ærø Straße", "ÅSA Øystein", "İzmir", "Ωμέγα"]:
        assert fold(text) == "".join(fold(c) for c in text)
    assert re.fullmatch(r"[a-z ]+", fold("Žaneta Dvořák Ó Súilleabháin"))


# -- search across scripts ------------------------------------------------------------------------
CROSS_SCRIPT = [
    ("p1", "Josep Borrell", "High Representative"),
    ("p2", "Мұрат Нұртлеу", "Министр иностранных дел"),
    ("p3", "Kęstutis Jankauskas", "EU Ambassador"),
    ("p4", "Order of Dostyk", "award"),
    ("p5", "Достық орденi", "award"),
    ("p6", "Орден Достык", "award"),
    ("p7", "Federica Mogherini", "High Representative"),
    ("p8", "Borg", "Commissioner"),
    ("p9", "Murat Nurtleu", "Foreign Minister"),
    ("p10", "Ерлан Карин", "Государственный советник"),
    ("p11", "Yerlan Karin", "State Counsellor"),
    ("p12", "Erlan Idrissov", "Minister"),
    ("p13", "Kassym-Jomart Tokayev", "President"),
    ("p14", "Токаев", "Президент"),
    ("p15", "Aigerim", "2011"),
    ("p16", "Айгерим", "2012"),
]


@pytest.fixture
def cross() -> TableQuery:
    frame = pd.DataFrame(CROSS_SCRIPT, columns=["id", "name", "role"])
    return TableQuery(frame, [Column("name", "Name"), Column("role", "Role")], "id")


def found(query: TableQuery, text: str) -> set[str]:
    assert query.set_search(text) is None
    return set(query.column_values(0).tolist())


def test_cyrillic_query_finds_latin_names_and_the_reverse(cross):
    assert found(cross, "Боррель") == {"Josep Borrell"}
    assert found(cross, "нуртлеу") == {"Мұрат Нұртлеу", "Murat Nurtleu"}
    assert found(cross, "nurtleu") == {"Мұрат Нұртлеу", "Murat Nurtleu"}
    assert found(cross, "Nurtleu Мұрат") == set()  # word order still matters
    assert found(cross, "кестутис") == {"Kęstutis Jankauskas"}
    assert found(cross, "Токаев") == {"Kassym-Jomart Tokayev", "Токаев"}
    assert found(cross, "Tokayev") == {"Kassym-Jomart Tokayev", "Токаев"}
    assert found(cross, "Айгерим") == {"Aigerim", "Айгерим"}


def test_dostyk_in_every_spelling_finds_the_others(cross):
    every = {"Order of Dostyk", "Достық орденi", "Орден Достык"}
    for spelling in ("dostyk", "достык", "Достық", "ДОСТЫҚ", "Dostyk"):
        assert found(cross, spelling) == every, spelling


def test_kazakh_letters_fold_to_russian_and_latin():
    assert search_key("ә ғ қ ң ө ұ ү һ і") == search_key("а г к н о у у х и") == "a g k n o u u kh i"
    assert search_key("Нұртлеу") == search_key("Нуртлеу") == search_key("Nurtleu") == "nurtleu"


def test_russian_ye_after_a_vowel_or_at_a_word_start(cross):
    assert found(cross, "Ерлан") == {"Ерлан Карин", "Yerlan Karin", "Erlan Idrissov"}
    assert found(cross, "Yerlan") == {"Ерлан Карин", "Yerlan Karin"}
    assert search_key("Васильев") == search_key("Vasilyev") == search_key("Vasiliev")


def test_no_false_hits_across_unrelated_names(cross):
    assert found(cross, "Бор") == {"Josep Borrell", "Borg"}
    assert found(cross, "Борг") == {"Borg"}
    assert found(cross, "Боррель") == {"Josep Borrell"}  # not Borg
    assert found(cross, "жо") == set()  # ж is zh: not the j of Josep or Jomart
    assert found(cross, "щ") == set()
    assert found(cross, "мог") == {"Federica Mogherini"}
    assert found(cross, "мур") == {"Мұрат Нұртлеу", "Murat Nurtleu"}
    assert found(cross, "2011") == {"Aigerim"}  # digits never merge: 2011 is not 201
    assert found(cross, "11") == {"Aigerim"}
    assert found(cross, "ь") == set()  # a lone soft sign has no letters to look for
    assert found(cross, "ee") == set()  # doubled vowels do not merge: no name has "ee"


def test_doubled_consonants_and_signs_are_one_letter():
    assert search_key("Borrell") == search_key("Боррель") == search_key("Borel") == "borel"
    assert search_key("Kassym") == search_key("Касым") == "kasim"
    assert search_key("EEAS Booth") == "eeas booth"  # doubled vowels stay: "ee" is not every "e"
    assert query_key("ерлан") == "erlan" and search_key("ерлан") == "ierlan"


def test_highlight_spans_are_in_the_original_text(cross):
    assert key_spans("Боррель", "Josep Borrell") == [(6, 13)]
    assert key_spans("borrell", "Боррель") == [(0, 7)]  # the soft sign goes with its letter
    assert key_spans("нуртлеу", "Мұрат Нұртлеу") == [(6, 13)]
    assert key_spans("l", "Borrell") == [(5, 7)]  # both l's of the doubled letter
    assert key_spans("z", "Жанна") == [(0, 1)]  # inside the 'zh' of one letter
    assert key_spans("kestutis", "Kęstutis") == [(0, 8)]
    assert key_spans("dost", "Order of Dostyk, Достық") == [(9, 13), (17, 21)]
    cross.set_search("Достық")
    assert cross.match_spans("Order of Dostyk") == [(9, 15)]
    assert cross.hit_columns() == {0}


def test_the_vectorised_skeleton_equals_the_one_value_version():
    """Two implementations (numpy over a joined buffer; plain Python per text) must agree."""
    rng = random.Random(11)
    alphabet = "abelnsy ЕеЁёьъЪлннаяюыйәғқңөұүһіБоррельĘęßŁł2011-’\x00Ω"
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    data, starts = key_buffer(values)
    expected = [search_key(v.replace("\x00", " ")) for v in values]
    assert data.decode("utf-8").split("\x00")[:-1] == expected
    assert [data[s : s + 4].decode("utf-8", "ignore")[:1] for s in starts[:200]] == [
        (key or "\x00")[:1] for key in expected[:200]
    ]


# -- regular expressions --------------------------------------------------------------------------
def test_required_literals_of_patterns():
    def literals(pattern):
        return required_literals(re.compile(pattern, re.IGNORECASE))

    assert literals(r"^ursula") == [["ursula"]]
    assert literals(r"jank\w+s12\b") == [["jank"], ["s12"]]
    assert literals(r"(dost|paras)\w+") == [["dost", "paras"]]
    assert literals(r"(dost|\w+)") == []  # one branch needs no literal: no requirement
    assert literals(r"a*b?c{0,2}") == []
    assert literals(r"(?:ab)+x") == [["ab"], ["x"]]
    assert anchored_prefix(re.compile(r"^urs\w")) == "urs"
    assert anchored_prefix(re.compile(r"^")) == ""  # matches every value
    assert anchored_prefix(re.compile(r"^\w")) is None
    assert anchored_prefix(re.compile(r"urs")) is None
    assert anchored_prefix(re.compile(r"(?m)^urs")) is None  # ^ may match after a newline inside a value


@pytest.mark.parametrize("storage", ["arrow", "objects", "arrow, every value distinct"])
def test_regex_search_with_prefilter_equals_a_plain_scan(storage, monkeypatch):
    from kzeuviewer.model import table_query

    monkeypatch.setattr(table_query, "_KEY_CHUNK", 4_096)  # values read, and keys built, in several pieces
    rng = np.random.default_rng(9)
    alphabet = np.array(list("abcdekstuęžДостық "))
    values = ["".join(rng.choice(alphabet, size=rng.integers(0, 14))) for _ in range(30_000)]
    values[:3] = ["x\nkes", "Żaneta", "ya"]  # a line break inside a value; a letter folding to ASCII
    if storage == "arrow, every value distinct":
        values = [f"{v}{i}" if i % 2 else f"{i} {v}" for i, v in enumerate(values)]
    text = pd.StringDtype("pyarrow", na_value=np.nan) if storage.startswith("arrow") else object
    frame = pd.DataFrame({"id": [str(i) for i in range(len(values))], "name": pd.Series(values, dtype=text)})
    query = TableQuery(frame, [Column("name", "Name")], "id")
    if storage == "arrow, every value distinct":
        assert isinstance(query._encoded[0].display, table_query.TextsThenEmpty)
    for pattern in [r"^", r"^^k", r"^kes", r"^Д", r"^ż", r"(?m)^kes", r"^(kes|dek)", r"st\b", r"(dek|tus)a", r"e.*s$", r"ęž", r"ez", r"Дост", r"(?i)ДОСТ", r"^$", r"k{2,}", r"\d{4}"]:
        assert query.set_search(pattern, regex=True) is None
        compiled = re.compile(pattern, re.IGNORECASE)
        expected = [i for i, v in enumerate(values) if compiled.search(v) or compiled.search(fold(v))]
        assert query.rows.tolist() == expected, pattern


def test_indexes_are_built_on_first_use_or_by_warm_up_with_the_same_results():
    frame = pd.DataFrame({
        "name": ["Émile", "bob", "Ann", "émile", "Zoë", ""],
        "id": ["p1", "p2", "p3", "p4", "p5", "p6"],
    })
    columns = [Column("name", "Name")]
    lazy = TableQuery(frame, columns, "id")
    assert not lazy.ready
    lazy.set_sort([(0, False)])
    lazy.set_search("emil")
    assert lazy.column_values(0).tolist() == ["Émile", "émile"]
    assert lazy.view_rows_of_ids(["p4"]).tolist() == [1]

    warmed = TableQuery(frame, columns, "id")
    warmed.warm_up()
    assert warmed.ready
    warmed.set_sort([(0, False)])
    assert warmed.column_values(0).tolist() == ["Ann", "bob", "Émile", "émile", "Zoë", ""]
    warmed.set_search("emil")
    assert warmed.column_values(0).tolist() == lazy.column_values(0).tolist()

    stopped = TableQuery(frame, columns, "id")
    stopped.warm_up(cancelled=lambda: True)
    assert not stopped.ready
