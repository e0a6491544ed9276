"""Data in more than one language: the chosen language's spelling where a row gives one, every spelling searchable."""

from __future__ import annotations

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
