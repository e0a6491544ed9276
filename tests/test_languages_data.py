"""Data in more than one language: the chosen language's spelling where a row gives one, every spelling searchable."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzeuviewer.model import load_dataset
from kzeuviewer.model.languages import localized
from kzeuviewer.model.tables import table_query


def test_the_bundled_spellings_come_from_their_rows_sources():
    dataset = load_dataset()
    person = dataset.person("idrissov-erlan")
    assert person["name_ru"] == "Ерлан Идрисов"
    assert "Ерлан Идрисов" in person["quote"]  # the spelling is the source's own, not a translation
    assert "rferl-30033641" in person["source_ids"]
    award = dataset.awards.set_index("award_id").loc["aw-2019-07-02-mogherini-federica"]
    assert award["award_ru"] == "орден «Достық» («Дружба»)" and "«Достық» («Дружба»)" in award["quote"]


def test_a_language_shows_its_spelling_and_keeps_the_others_searchable():
    dataset = load_dataset()
    russian = localized(dataset, "ru")
    assert russian.person("idrissov-erlan")["name"] == "Ерлан Идрисов"
    assert russian.person("borrell-josep")["name"] == "Josep Borrell"  # no Russian spelling given: as it is
    assert dataset.person("idrissov-erlan")["name"] == "Erlan Idrissov"  # the loaded data is untouched
    english = localized(dataset, "en")
    query = table_query(english, "people")
    query.set_search("Идрисов")
    assert [query.cell(r, 0) for r in range(len(query))] == ["Erlan Idrissov"]
    also = [c.key for c in query.columns].index("also_written")
    assert query.cell(0, also) == "Ерлан Идрисов"
    query = table_query(russian, "people")
    query.set_search("Idrissov")
    assert [query.cell(r, 0) for r in range(len(query))] == ["Ерлан Идрисов"]


def test_the_window_switches_the_names_with_the_language(bundled_window, qtbot):
    bundled_window.show_tab("people")
    people = bundled_window.tab("people")
    qtbot.keyClicks(people.search, "idris")
    assert [people.model.index(r, 0).data() for r in range(people.model.rowCount())] == ["Erlan Idrissov"]
    bundled_window.context.selection.select_people(["idrissov-erlan"], origin="test")
    bundled_window.set_language("ru")
    try:
        assert [people.model.index(r, 0).data() for r in range(people.model.rowCount())] == ["Ерлан Идрисов"]
        assert bundled_window.context.selection.people == {"idrissov-erlan"}  # a language switch keeps the selection
        assert people.details.name_label.text() == "Ерлан Идрисов"
    finally:
        bundled_window.set_language("en")


def test_a_large_table_is_localized_once_per_distinct_spelling_and_english_keeps_the_loaded_column(make_dataset):
    roles = [("Ambassador", "Посол"), ("Minister", ""), ("Adviser", "Советник")]
    lines = ["person_id,name,role,organisation,side,source_ids,name_ru,role_ru"]
    for i in range(6_000):
        role, role_ru = roles[i % 3]
        name_ru = "Ерлан Идрисов" if i == 5 else ""
        lines.append(f"p{i},Person {i},{role},EEAS,EU,s1,{name_ru},{role_ru}")
    dataset = load_dataset(make_dataset({
        "people.csv": "\n".join(lines) + "\n",
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    }))
    assert dataset.problems == []
    russian = localized(dataset, "ru").people
    assert russian["role"].astype(str).tolist()[:3] == ["Посол", "Minister", "Советник"]
    assert isinstance(russian["role"].dtype, pd.CategoricalDtype)  # 3 spellings, not 6,000 strings
    assert russian["role_variants"].astype(str).tolist()[:3] == ["Ambassador", "", "Adviser"]
    assert russian["name"].tolist()[4:7] == ["Person 4", "Ерлан Идрисов", "Person 6"]
    assert russian["name_variants"].tolist()[4:7] == ["", "Person 5", ""]
    english = localized(dataset, "en").people
    # Nothing to change: the loaded column itself, not a copy of it.
    assert np.shares_memory(english["role"].array.codes, dataset.people["role"].array.codes)
    assert english["role_variants"].astype(str).tolist()[:3] == ["Посол", "", "Советник"]
    assert english["name_variants"].tolist()[5] == "Ерлан Идрисов"
    assert dataset.people["role"].astype(str).tolist()[0] == "Ambassador"  # the loaded data is untouched


def test_other_spellings_are_joined_per_row_whatever_the_combination():
    from kzeuviewer.model.tables import _also_written

    # Spellings of the source tables' rows, and the source row of each table row (-1: none).
    names = pd.Series(["Ерлан Идрисов", "", "Федерика Могерини", None], dtype=object)
    name_rows = np.array([0, 1, 2, 3, 2, 3])
    awards = pd.Series(["орден «Достық»", "Ерлан Идрисов", ""], dtype=object)
    award_rows = np.array([-1, 2, 0, 1, -1, 2])
    joined = _also_written((names, name_rows), (awards, award_rows), (None, name_rows))
    assert list(joined) == ["Ерлан Идрисов", "", "Федерика Могерини · орден «Достық»", "Ерлан Идрисов",
                            "Федерика Могерини", ""]
    assert sorted(joined.categories) == sorted({"", "Ерлан Идрисов", "Федерика Могерини · орден «Достық»", "Федерика Могерини"})
