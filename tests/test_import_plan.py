"""The import plan (added / changed / conflict / unchanged), idempotence and atomic writing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kzeuviewer.model import load_dataset
from kzeuviewer.model.importers import (
    ImportApplyError,
    apply_plan,
    is_imported_row,
    plan_import,
    read_files,
    select_figures,
)
from kzeuviewer.model.importers import plan as plan_module

SAMPLES = Path(__file__).parent / "fixtures" / "samples"
MONTHLY = sorted((SAMPLES / "eurostat-monthly").glob("*.csv"))[:3]  # Aug, Jul, Jun 2024
ANNUAL_2022 = SAMPLES / "eurostat-annual" / "Relational_View_2024-11-17T08_31_40.163Z.csv"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def figures_of(paths):
    figures, problems = read_files("eurostat", paths)
    assert problems == []
    return figures


FULL_TRADE = """\
series,year,flow,value,unit,reporter,partner,partner_scope,source_ids,period,qualifier,derived,stated_by,quote,note
BNS,2022,export,33.9,USD billion,Kazakhstan,EU,EU28 incl. UK,s1,,,no,,,"a note, quoted"
"""
FULL_SOURCES = """\
source_id,title,publisher,url,published,quote,note
s1,A title,A publisher,https://example.org,,,
"""


def test_first_import_adds_rows_and_sources_then_changes_nothing(make_dataset):
    dataset_dir = make_dataset({"trade.csv": FULL_TRADE, "sources.csv": FULL_SOURCES + "s2,B,B,,,,\n"})
    before = snapshot(dataset_dir)
    plan = plan_import(figures_of(MONTHLY), dataset_dir)
    assert plan.counts() == {"added": 3, "changed": 0, "conflicts": 0, "unchanged": 0}
    assert [c.figure.period for c in plan.added] == ["2024-06", "2024-07", "2024-08"]
    assert apply_plan(plan) is True
    dataset = load_dataset(dataset_dir)
    assert dataset.problems == []
    trade = dataset.trade
    months = trade[trade["period"].astype(str).str.match(r"\d{4}-\d{2}$")]
    assert sorted(months["value"].tolist()) == [919524382, 921956331, 1070077175]
    assert all(is_imported_row(r) for r in months.to_dict("records"))
    sources = dataset.sources.set_index("source_id")
    for ids in months["source_ids"]:
        assert "lines 2–2" in sources.loc[ids, "title"] and "Relational_View" in sources.loc[ids, "title"]
    # Untouched lines are byte for byte what they were; the new rows follow them.
    after = snapshot(dataset_dir)
    assert after["trade.csv"].startswith(before["trade.csv"]) and after["sources.csv"].startswith(before["sources.csv"])
    assert {k: v for k, v in after.items() if k not in ("trade.csv", "sources.csv")} == {
        k: v for k, v in before.items() if k not in ("trade.csv", "sources.csv")}

    again = plan_import(figures_of(MONTHLY), dataset_dir)
    assert again.counts() == {"added": 0, "changed": 0, "conflicts": 0, "unchanged": 3}
    assert apply_plan(again) is False and snapshot(dataset_dir) == after


def test_an_imported_row_with_another_value_is_changed_old_to_new(dataset_dir):
    apply_plan(plan_import(figures_of(MONTHLY), dataset_dir))
    trade = dataset_dir / "trade.csv"
    trade.write_text(trade.read_text(encoding="utf-8").replace(",921956331,", ",900000000,"), encoding="utf-8")
    plan = plan_import(figures_of(MONTHLY), dataset_dir)
    assert plan.counts() == {"added": 0, "changed": 1, "conflicts": 0, "unchanged": 2}
    change = plan.changed[0]
    assert (change.old_value, change.new_value, change.value_changed) == ("900000000", "921956331", True)
    assert change.describe().startswith("~ Eurostat 2024 2024-08 export · EU → Kazakhstan (EU27 (2020 composition)): "
                                        "900000000 -> 921956331 EUR  [trade.csv:")
    apply_plan(plan)
    assert ",921956331," in trade.read_text(encoding="utf-8") and ",900000000," not in trade.read_text(encoding="utf-8")


HAND_ROW = "Eurostat,2022,export,{value},EUR,EU,Kazakhstan,EU27 (2020 composition),s1\n"


def with_hand_row(make_dataset, value: str) -> Path:
    from conftest import MINIMAL_DATASET

    return make_dataset({"trade.csv": MINIMAL_DATASET["trade.csv"] + "        " + HAND_ROW.format(value=value)})


def test_a_hand_entered_row_with_another_value_is_a_conflict_and_kept(make_dataset):
    folder = with_hand_row(make_dataset, "10300000000")
    before = snapshot(folder)
    plan = plan_import(figures_of([ANNUAL_2022]), folder)
    assert plan.counts() == {"added": 0, "changed": 0, "conflicts": 1, "unchanged": 0}
    conflict = plan.conflicts[0]
    assert (conflict.old_value, conflict.new_value, conflict.old_line) == ("10300000000", "10347711062", 8)
    assert "trade.csv:8 (not created by the importer) has 10300000000 EUR, the file gives 10347711062 EUR" in conflict.describe()
    assert apply_plan(plan) is False and snapshot(folder) == before

    forced = plan_import(figures_of([ANNUAL_2022]), folder, overwrite=True)
    assert apply_plan(forced) is True
    rows = load_dataset(folder).trade
    row = rows[(rows["year"] == 2022) & (rows["partner_scope"] == "EU27 (2020 composition)")]
    assert row["value"].tolist() == [10347711062] and is_imported_row(row.iloc[0].to_dict())


def test_a_hand_entered_row_with_the_same_value_is_unchanged_and_keeps_its_source(make_dataset):
    folder = with_hand_row(make_dataset, "10347711062.0")
    before = snapshot(folder)
    plan = plan_import(figures_of([ANNUAL_2022]), folder)
    assert plan.counts() == {"added": 0, "changed": 0, "conflicts": 0, "unchanged": 1}
    assert apply_plan(plan) is False and snapshot(folder) == before


def test_the_later_publication_wins_and_the_difference_is_shown():
    figures = figures_of([MONTHLY[0]])
    older = figures[0]
    newer = type(older)(**{**older.__dict__, "value": "1", "precedence": 1})
    chosen, superseded = select_figures([older, newer])
    assert chosen == [newer] and [(s.kept, s.dropped) for s in superseded] == [(newer, older)]


def test_a_failed_write_leaves_the_old_files_byte_identical(dataset_dir, monkeypatch):
    before = snapshot(dataset_dir)
    plan = plan_import(figures_of(MONTHLY), dataset_dir)
    real_write = plan_module._write_file

    def fail_on_sources(path, text):
        if path.name == "sources.csv":
            raise OSError(28, "No space left on device")
        real_write(path, text)

    monkeypatch.setattr(plan_module, "_write_file", fail_on_sources)
    with pytest.raises(ImportApplyError, match="No space left on device"):
        apply_plan(plan)
    assert snapshot(dataset_dir) == before
    assert sorted(p.name for p in dataset_dir.parent.iterdir()) == ["dataset"]  # no temporary folder left


def test_a_failed_swap_puts_the_old_folder_back(dataset_dir, monkeypatch):
    before = snapshot(dataset_dir)
    plan = plan_import(figures_of(MONTHLY), dataset_dir)
    real_rename = os.rename
    calls = []

    def second_rename_fails(src, dst):
        calls.append((src, dst))
        if len(calls) == 2:
            raise OSError(13, "Permission denied")
        real_rename(src, dst)

    monkeypatch.setattr(plan_module.os, "rename", second_rename_fails)
    with pytest.raises(ImportApplyError, match="Permission denied"):
        apply_plan(plan)
    assert snapshot(dataset_dir) == before
    assert sorted(p.name for p in dataset_dir.parent.iterdir()) == ["dataset"]


def test_a_dataset_edited_after_the_preview_is_not_overwritten(dataset_dir):
    plan = plan_import(figures_of(MONTHLY), dataset_dir)
    trade = dataset_dir / "trade.csv"
    trade.write_text(trade.read_text(encoding="utf-8") + "BNS,2023,export,1,USD billion,Kazakhstan,EU,EU27,s1\n",
                     encoding="utf-8")
    edited = snapshot(dataset_dir)
    with pytest.raises(ImportApplyError, match="changed since the preview"):
        apply_plan(plan)
    assert snapshot(dataset_dir) == edited


def test_a_folder_that_is_not_a_dataset_is_refused(tmp_path):
    with pytest.raises(ImportApplyError, match="is not a dataset that loads"):
        plan_import(figures_of(MONTHLY), tmp_path)


def test_a_dataset_without_the_optional_columns_gets_them(make_dataset):
    from conftest import MINIMAL_DATASET

    folder = make_dataset()
    assert MINIMAL_DATASET["trade.csv"].split("\n")[0].strip().endswith("source_ids")
    apply_plan(plan_import(figures_of(MONTHLY[:1]), folder))
    dataset = load_dataset(folder)
    assert dataset.problems == []
    assert {"period", "derived", "note"} <= set(dataset.trade.columns)
    assert dataset.trade["period"].tolist()[-1] == "2024-08" and len(dataset.trade) == 7
    shutil.rmtree(folder)
