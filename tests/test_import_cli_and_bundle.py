"""``kzeuviewer import`` end to end, the refreshed bundle, and the monthly chart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzeuviewer.cli import main
from kzeuviewer.model import bundled_data_dir, load_dataset
from kzeuviewer.model.charts import COMPUTED, build_chart
from kzeuviewer.model.importers import is_imported_row, plan_import, read_files

SAMPLES = Path(__file__).parent / "fixtures" / "samples"
BNS_FILES = sorted((SAMPLES / "bns").glob("*.xls"))
MONTHLY = sorted((SAMPLES / "eurostat-monthly").glob("*.csv"))
ANNUAL = sorted((SAMPLES / "eurostat-annual").glob("*.csv"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def bundle_copy(tmp_path) -> Path:
    return Path(shutil.copytree(bundled_data_dir(), tmp_path / "data"))


def test_the_refreshed_bundle_passes_check(capsys):
    assert main(["check"]) == 0
    assert "No problems found." in capsys.readouterr().out


@pytest.mark.parametrize(("kind", "files"), [("bns", BNS_FILES), ("eurostat", ANNUAL + MONTHLY)])
def test_every_sample_agrees_with_the_bundle(kind, files, bundle_copy):
    """Where the samples and today's rows overlap, the figures are equal: importing them changes nothing."""
    figures, problems = read_files(kind, files)
    assert problems == []
    plan = plan_import(figures, bundle_copy)
    assert (plan.added, plan.changed, plan.conflicts, plan.superseded) == ([], [], [], [])
    assert len(plan.unchanged) == len(figures) - (12 if kind == "bns" else 0)  # 2019 is in two workbooks
    # The BNS figures match the hand-entered rows; the Eurostat months match the rows the importer wrote.
    if kind == "bns":
        assert not any(is_imported_row(c.old_row) for c in plan.unchanged)


def test_the_bundle_has_the_eurostat_months_2019_to_2024():
    trade = load_dataset(None).trade
    months = trade[trade["period"].astype(str).str.match(r"^\d{4}-\d{2}$")]
    assert len(months) == 51 and sorted(set(months["year"])) == [2019, 2020, 2021, 2022, 2023, 2024]
    assert set(months["series"]) == {"Eurostat"} and set(months["unit"]) == {"EUR"}
    assert all(is_imported_row(r) for r in months.to_dict("records"))
    august = months[months["period"] == "2024-08"].iloc[0]
    assert august["value"] == 921956331 and "27 of the 27 EU members reported" in august["note"]


def test_cli_dry_run_prints_the_plan_and_writes_nothing(make_dataset, capsys):
    folder = make_dataset()
    before = snapshot(folder)
    assert main(["import", "eurostat", *map(str, MONTHLY[:2]), "--into", str(folder), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 rows added, 0 changed, 0 conflicts with rows not created by the importer, 0 unchanged." in out
    assert "+ Eurostat 2024 2024-07 export" in out and "Dry run: nothing written." in out
    assert snapshot(folder) == before


def test_cli_imports_then_finds_nothing_to_do(make_dataset, capsys):
    folder = make_dataset()
    args = ["import", "bns", *map(str, BNS_FILES), "--into", str(folder)]
    assert main(args) == 0
    out = capsys.readouterr().out
    # The small dataset's hand-entered BNS rows (rounded USD billion) differ: conflicts, kept as they are.
    assert "55 rows added, 0 changed, 5 conflicts with rows not created by the importer (left as they are)" in out
    assert "! BNS 2022 export · Kazakhstan → EU (EU28 incl. UK): trade.csv:4 (not created by the importer) has 33.9 " \
           "USD billion, the file gives 33866512.6 USD thousand" in out
    assert f"Written: {folder}" in out
    trade = load_dataset(folder).trade
    eu_2022 = trade[(trade["year"] == 2022) & (trade["flow"] == "turnover") & (trade["partner"] == "EU")]
    assert sorted(eu_2022["value"].tolist()) == [40028729.4, 41875385.2]
    after = snapshot(folder)
    assert main(args) == 0
    assert "Nothing to write" in capsys.readouterr().out and snapshot(folder) == after


def test_source_url_is_written_and_kept_on_a_later_import_without_it(make_dataset, capsys):
    folder = make_dataset()
    url = "https://example.org/comext-downloads"
    assert main(["import", "eurostat", str(MONTHLY[0]), "--into", str(folder), "--source-url", url]) == 0
    sources = load_dataset(folder).sources
    imported = sources[sources["source_id"].astype(str).str.startswith("import-")]
    assert len(imported) == 1 and imported["url"].astype(str).tolist() == [url]
    before = snapshot(folder)
    assert main(["import", "eurostat", str(MONTHLY[0]), "--into", str(folder)]) == 0
    assert "Nothing to write" in capsys.readouterr().out
    assert snapshot(folder) == before
    assert main(["import", "eurostat", str(MONTHLY[0]), "--into", str(folder), "--source-url", "file:///etc"]) == 2
    assert snapshot(folder) == before


def test_cli_bad_file_exits_1_names_the_line_and_writes_nothing(make_dataset, tmp_path, capsys):
    folder = make_dataset()
    before = snapshot(folder)
    bad = tmp_path / "bad.csv"
    bad.write_text("REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n"
                   "Austria,Kazakhstan,TOTAL-Total,2-EXPORT,T-Total,Aug. 2024,n/a\n", encoding="utf-8")
    assert main(["import", "eurostat", str(MONTHLY[0]), str(bad), "--into", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "bad.csv:2: VALUE_IN_EUR 'n/a' is not a number" in captured.err and "Traceback" not in captured.err
    assert snapshot(folder) == before


def test_cli_usage_errors_exit_2(capsys):
    for args in (["import", "bns", "a.xls"], ["import", "xlsx", "a.xls", "--into", "x"], ["import"]):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2
    capsys.readouterr()


def test_monthly_chart_shows_months_and_only_complete_years(make_dataset):
    bundled = build_chart(load_dataset(None), "eu-exports-monthly")
    assert len(bundled.frame) == 51 and not bundled.frame["exact"].any()  # no complete year among the samples
    assert bundled.left_unit == "EUR billion" and (bundled.frame["status"].str.startswith("one month: ")).all()

    def month_row(month: int, value: int) -> str:
        return f"Eurostat,2021,export,{value},EUR,EU,Kazakhstan,EU27 (2020 composition),s1,2021-{month:02d}\n"

    header = "series,year,flow,value,unit,reporter,partner,partner_scope,source_ids,period\n"
    eleven = header + "".join(month_row(m, m * 1_000_000) for m in range(1, 12))
    data = build_chart(load_dataset(make_dataset({"trade.csv": eleven})), "eu-exports-monthly")
    assert len(data.frame) == 11 and data.frame["exact"].sum() == 0
    twelve = eleven + month_row(12, 12_000_000)
    data = build_chart(load_dataset(make_dataset({"trade.csv": twelve})), "eu-exports-monthly")
    year = data.frame[data.frame["exact"]]
    assert len(year) == 1 and year.iloc[0]["original_value"] == 78_000_000 and year.iloc[0]["derived"] == COMPUTED
    assert year.iloc[0]["value"] == pytest.approx(0.078) and len(year.iloc[0]["data_rows"].split(";")) == 12
    assert data.frame[~data.frame["exact"]]["period"].tolist() == [f"2021-{m:02d}" for m in range(1, 13)]
