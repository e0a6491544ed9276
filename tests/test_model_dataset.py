"""Joins, derived trade values and the shared selection — all without Qt."""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

from kzeuviewer.model import (
    Selection,
    TradeLine,
    annual_flows,
    format_date_range,
    format_partial_date,
    load_dataset,
    parse_partial_date,
    trade_lines,
)


@pytest.fixture
def dataset(dataset_dir):
    return load_dataset(dataset_dir)


def test_joins_between_people_events_and_awards(dataset):
    assert dataset.event_participants("ev-2023-05-15-brussels")[["person_id", "participant_role"]].values.tolist() == [
        ["nurtleu-murat", "visitor"],
        ["borrell-josep", "host"],
    ]
    assert dataset.person_events("borrell-josep")["event_id"].tolist() == ["ev-2023-05-15-brussels"]
    assert dataset.person_awards("borrell-josep")["degree"].tolist() == ["1st"]
    assert dataset.events_of_people(["jankauskas-kestutis", "nurtleu-murat"]) == {
        "ev-2022-10-26-summit", "ev-2023-05-15-brussels",
    }
    assert dataset.people_of_events(["ev-2023-05-15-brussels"]) == {"nurtleu-murat", "borrell-josep"}
    assert dataset.event_counts_by_person.to_dict() == {"nurtleu-murat": 1, "borrell-josep": 1, "jankauskas-kestutis": 1}


def test_lookups_by_id_find_rows_miss_unknown_ids_and_take_the_first_of_a_repeated_id(dataset):
    assert dataset.person("borrell-josep")["person_id"] == "borrell-josep"
    assert dataset.person("nobody") is None
    assert dataset.event("ev-2023-05-15-brussels")["event_id"] == "ev-2023-05-15-brussels"
    assert dataset.event("") is None
    first = dataset.sources["source_id"].iloc[0]
    assert dataset.sources_for(f"unknown;{first}")["source_id"].tolist() == [first]
    # A table put together by hand may repeat an id: its first row answers, as in the People table.
    people = pd.concat([dataset.people.iloc[[0]].assign(name="First row"), dataset.people], ignore_index=True)
    dataset.tables["people"] = people
    del dataset.__dict__["_person_index"]
    assert dataset.person(people["person_id"].iloc[0])["name"] == "First row"


def test_sources_resolve_in_order(dataset):
    person = dataset.person("borrell-josep")
    assert dataset.sources_for(person["source_ids"])["publisher"].tolist() == ["The Astana Times", "Kazinform"]


def test_events_in_years_uses_partial_date_spans(dataset):
    assert dataset.events_in_years([1999]) == {"ev-1999-06-pca"}
    assert dataset.events_in_years([2022, 2023]) == {"ev-2022-10-26-summit", "ev-2023-05-15-brussels"}
    assert dataset.events_in_years([2000]) == set()


def test_annual_flows_derive_turnover_balance_growth_and_share(dataset):
    line = TradeLine("BNS", "Kazakhstan", "EU", "EU28 incl. UK", "USD")
    assert line in trade_lines(dataset.trade)
    flows = annual_flows(dataset.trade, line)
    assert flows.loc[2022, "turnover"] == pytest.approx(41.9)
    assert bool(flows.loc[2022, "turnover_derived"]) is True
    assert flows.loc[2022, "balance"] == pytest.approx(25.9)
    assert flows.loc[2022, "export_growth_pct"] == pytest.approx((33.9 / 24.1 - 1) * 100)
    assert math.isnan(flows.loc[2021, "export_growth_pct"])  # no 2020 to compare with
    assert flows.loc[2022, "export_share_pct"] == pytest.approx(33.9 / 84.6 * 100)


def test_currencies_are_separate_lines(dataset):
    lines = trade_lines(dataset.trade)
    assert {line.currency for line in lines} == {"USD", "EUR"}
    eurostat = next(line for line in lines if line.series == "Eurostat")
    flows = annual_flows(dataset.trade, eurostat)
    assert flows.loc[2022, "export"] == pytest.approx(10.35)  # billions of EUR, never converted


@pytest.mark.parametrize(
    ("text", "shown"),
    [("1999", "1999"), ("1999-06", "June 1999"), ("2023-05-15", "15 May 2023")],
)
def test_partial_dates_are_shown_honestly(text, shown):
    start, _end, precision = parse_partial_date(text)
    assert format_partial_date(start, precision) == shown


def test_date_range_shows_both_ends():
    start, _, precision = parse_partial_date("2022-10-26")
    end, _, end_precision = parse_partial_date("2022-10-27")
    assert format_date_range(start, end, precision, end_precision) == "26 October 2022 – 27 October 2022"


def test_selection_emits_what_changed_with_origin():
    selection = Selection()
    seen = []
    selection.changed.connect(seen.append)
    assert selection.select_people(["a", "b"], origin="people-tab")
    assert not selection.select_people(["b", "a"], origin="people-tab")  # same set: no signal
    selection.select_years([2022], origin="trade-tab")
    assert [c.origin for c in seen] == ["people-tab", "trade-tab"]
    assert seen[0].added_people == {"a", "b"} and not seen[0].removed_people
    # A new choice replaces the old one: the people go, the year comes.
    assert seen[1].removed_people == {"a", "b"} and seen[1].added_years == {2022}
    assert selection.people == frozenset() and selection.years == {2022}
    selection.clear()
    assert selection.is_empty() and seen[-1].removed_years == {2022}


def test_selecting_an_event_selects_its_participants_and_replaces_people(dataset):
    selection = Selection()
    selection.select_people(["jankauskas-kestutis"])
    selection.select_events(dataset, ["ev-2023-05-15-brussels"])
    assert selection.events == {"ev-2023-05-15-brussels"}
    assert selection.people == {"nurtleu-murat", "borrell-josep"}
    assert selection.current_event == "ev-2023-05-15-brussels"
    # Highlights follow what was chosen last: the event, not its participants' other events.
    assert selection.highlighted_events(dataset) == {"ev-2023-05-15-brussels"}
    selection.select_people(["jankauskas-kestutis"])
    assert selection.events == frozenset() and selection.current_event is None
    assert selection.highlighted_events(dataset) == {"ev-2022-10-26-summit"}


def test_adding_extends_only_the_same_kind(dataset):
    selection = Selection()
    selection.select_events(dataset, ["ev-2023-05-15-brussels"])
    selection.select_events(dataset, ["ev-2022-10-26-summit"], add=True)
    assert selection.events == {"ev-2023-05-15-brussels", "ev-2022-10-26-summit"}
    assert selection.current_event == "ev-2022-10-26-summit"
    assert "jankauskas-kestutis" in selection.people and "borrell-josep" in selection.people
    selection.select_years([1999], add=True)  # another kind: replaces
    assert selection.events == frozenset() and selection.years == {1999}
    assert selection.highlighted_events(dataset) == {"ev-1999-06-pca"}


def test_a_participant_chosen_in_an_event_keeps_the_event(dataset):
    selection = Selection()
    selection.select_events(dataset, ["ev-2023-05-15-brussels"])
    change = selection.select_people(["borrell-josep"], keep_event=True)
    assert selection.current_event == "ev-2023-05-15-brussels"
    assert selection.people == {"borrell-josep"} and selection.current_person == "borrell-josep"
    assert change.removed_people == {"nurtleu-murat"} and not change.current_event_changed


def test_model_imports_no_qt():
    code = (
        "import sys, kzeuviewer.model, kzeuviewer.model.state, kzeuviewer.model.selection, kzeuviewer.exporters, "
        "kzeuviewer.cli.check; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_bundled_dataset_loads_and_every_fact_has_a_source():
    dataset = load_dataset()
    assert [p for p in dataset.problems if p.severity != "warning"] == []
    for name in ("people", "events", "awards", "trade", "indicators"):
        table = dataset.tables[name]
        assert len(table) > 0, name
        assert (table["source_ids"].astype(str) != "").all(), name
    known = set(dataset.sources["source_id"])
    for name in ("people", "events", "awards", "trade", "indicators"):
        for ids in dataset.tables[name]["source_ids"].astype(str):
            assert set(ids.split(";")) <= known


def test_selection_holds_views_weakly():
    import gc

    class View:
        def __init__(self):
            self.calls = 0

        def on_change(self, change):
            self.calls += 1

    selection = Selection()
    kept, dropped = View(), View()
    selection.changed.connect(kept.on_change)
    selection.changed.connect(dropped.on_change)
    del dropped
    gc.collect()
    selection.select_years([1993])
    assert kept.calls == 1
    selection.changed.disconnect(kept.on_change)
    selection.select_years([1994])
    assert kept.calls == 1
