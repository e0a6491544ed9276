"""Hostile values: figures, years, dates and vocabularies that must be row problems, never tracebacks."""

from __future__ import annotations

import pandas as pd
import pytest

from kzeuviewer.model import load_dataset
from kzeuviewer.model.coverage import unshown_rows, unshown_summary

TRADE_HEADER = "series,year,flow,value,unit,reporter,partner,partner_scope,source_ids\n"
GOOD_TRADE = "BNS,2021,export,24.1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n"
EVENTS_HEADER = "event_id,date,end_date,title,kind,location,summary,source_ids\n"
EMPTY_LINKS = {
    "participants.csv": "event_id,person_id,role\n",
    "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
}


def messages(dataset) -> list[str]:
    return [str(p) for p in dataset.problems]


def load_trade(make_dataset, *rows: str):
    return load_dataset(make_dataset({"trade.csv": TRADE_HEADER + GOOD_TRADE + "".join(rows)}))


# -- values -----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "unit", "message"), [
    ("inf", "USD billion", "'inf' is not a finite number"),
    ("-Infinity", "USD billion", "'-Infinity' is not a finite number"),
    ("1e309", "USD billion", "'1e309' is not a finite number"),
    ("nan", "USD billion", "'nan' is not a number"),
    ("1e306", "USD thousand",
     "'1e306' USD thousand is outside the plausible range (at most 1e+15 in the currency's units or in %)"),
    ("2e6", "USD billion",
     "'2e6' USD billion is outside the plausible range (at most 1e+15 in the currency's units or in %)"),
    ("１２", "USD billion", "'１２' is not a number (write digits as 0-9, not full-width or other digits)"),
])
def test_values_must_be_finite_and_plausible(make_dataset, value, unit, message):
    dataset = load_trade(make_dataset, f"BNS,2022,export,{value},{unit},Kazakhstan,EU,EU28 incl. UK,s2\n")
    assert messages(dataset) == [f"trade.csv:3: value: {message}"]
    assert dataset.trade["value"].tolist() == [24.1]


def test_largest_plausible_value_loads(make_dataset):
    dataset = load_trade(make_dataset, "BNS,2022,export,1e12,USD thousand,Kazakhstan,EU,EU28 incl. UK,s2\n")
    assert messages(dataset) == []
    assert dataset.trade["value"].tolist() == [24.1, 1e12]


def test_indicator_percent_values_are_checked_too(make_dataset):
    indicators = (
        "series,year,indicator,value,unit,source_ids\n"
        "BNS,2022,EU share of KZ exports,inf,%,s1\n"
        "BNS,2022,EU share of KZ exports,38.5,percent,s1\n"
        "BNS,2022,EU share of KZ exports,38.5,roubles,s1\n"
    )
    dataset = load_dataset(make_dataset({"indicators.csv": indicators}))
    assert messages(dataset) == [
        "indicators.csv:2: value: 'inf' is not a finite number",
        "indicators.csv:4: unit: 'roubles' is not '%' or a money unit (currency USD, EUR, optional scale thousand, million, billion)",
    ]
    assert dataset.indicators["unit"].tolist() == ["%"]


# -- years ------------------------------------------------------------------------------

@pytest.mark.parametrize("year", ["inf", "1e309", "1e20", "99999999999", "-5", "1899", "2101", "2021.5", "２０２１", "2.021e3"])
def test_implausible_years_are_row_problems(make_dataset, year):
    dataset = load_trade(make_dataset, f"BNS,{year},export,1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n")
    [problem] = dataset.problems
    assert (problem.file, problem.line, problem.column) == ("trade.csv", 3, "year")
    assert problem.message.startswith(f"'{year}' is not a")
    assert dataset.trade["year"].tolist() == [2021]


def test_years_at_the_bounds_load_as_integers(make_dataset):
    dataset = load_trade(
        make_dataset,
        "BNS,1900,export,1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n",
        "BNS,2100,export,1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2\n",
    )
    assert messages(dataset) == []
    assert dataset.trade["year"].tolist() == [2021, 1900, 2100]
    assert str(dataset.trade["year"].dtype) == "Int64"


# -- dates ------------------------------------------------------------------------------

def load_events(make_dataset, *rows: str):
    return load_dataset(make_dataset({"events.csv": EVENTS_HEADER + "".join(rows), **EMPTY_LINKS}))


@pytest.mark.parametrize("date", ["9999-12-31", "1600", "1699-12", "2201-01-01", "0000"])
def test_dates_outside_the_supported_years_are_row_problems(make_dataset, date):
    dataset = load_events(make_dataset, f"ev-a,{date},,Out of range,visit,,,s1\n", "ev-b,2023-05-15,,Fine,visit,,,s1\n")
    assert messages(dataset) == [
        f"events.csv:2: date: '{date}' is outside the supported dates (years 1700 to 2200)"
    ]
    assert dataset.events["event_id"].tolist() == ["ev-b"]


def test_dates_at_the_supported_bounds_keep_their_day(make_dataset):
    dataset = load_events(make_dataset, "ev-a,1700-01-01,,First,visit,,,s1\n", "ev-b,2200-12-31,,Last,visit,,,s1\n",
                          "ev-c,2200,,Year,visit,,,s1\n")
    assert messages(dataset) == []
    frame = dataset.events.set_index("event_id")
    assert frame.loc["ev-a", "date_start"] == pd.Timestamp("1700-01-01")
    assert frame.loc["ev-b", "date_start"] == pd.Timestamp("2200-12-31")
    assert frame.loc["ev-c", "date_end"] == pd.Timestamp("2200-12-31")


@pytest.mark.parametrize(("date", "message"), [
    ("２０２３-05-15", "'２０２３-05-15' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("-5", "'-5' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
])
def test_full_width_and_negative_dates_are_row_problems(make_dataset, date, message):
    dataset = load_events(make_dataset, f"ev-a,{date},,T,visit,,,s1\n")
    assert messages(dataset) == [f"events.csv:2: date: {message}"]


def test_end_date_before_start_date_is_a_row_problem(make_dataset):
    dataset = load_events(
        make_dataset,
        "ev-a,2022-10-26,2022-10-25,Backwards,summit,,,s1\n",
        "ev-b,2022-10,2022,Year contains month,summit,,,s1\n",
        "ev-c,2022-10-26,2022-10-26,Same day,summit,,,s1\n",
    )
    assert messages(dataset) == ["events.csv:2: end_date: end date '2022-10-25' is before the start date '2022-10-26'"]
    assert dataset.events["event_id"].tolist() == ["ev-b", "ev-c"]


# -- vocabularies -------------------------------------------------------------------------

def test_documented_aliases_and_case_variants_are_normalised(make_dataset):
    dataset = load_trade(
        make_dataset,
        "BNS,2022,Export,1,usd billion,KZ,EU27,EU28 incl. UK,s2\n",
        "BNS,2022,imports,1,USD billion,KAZ,European Union,EU28 incl. UK,s2\n",
        "Eurostat,2022,export,1,EUR,EU28,kz,EU27,s1\n",
        "BNS,2022,export,1,USD billion,Kazakhstan,UK,United Kingdom,s2\n",
    )
    assert messages(dataset) == []
    trade = dataset.trade
    assert trade["flow"].astype(str).tolist() == ["export", "export", "import", "export", "export"]
    assert trade["reporter"].astype(str).tolist() == ["Kazakhstan", "Kazakhstan", "Kazakhstan", "EU", "Kazakhstan"]
    assert trade["partner"].astype(str).tolist() == ["EU", "EU", "EU", "Kazakhstan", "United Kingdom"]
    assert trade["unit"].astype(str).tolist()[1] == "USD billion"


def test_reporter_kz_rows_now_reach_the_charts(make_dataset):
    """The reported case: 'KZ' as reporter used to pass check and show in no chart."""
    from kzeuviewer.model.charts import build_chart

    dataset = load_trade(make_dataset, "BNS,2022,export,33.9,USD billion,KZ,EU,EU28 incl. UK,s2\n")
    frame = build_chart(dataset, "compare-exports").frame
    assert "trade.csv:3" in frame["data_rows"].tolist()


@pytest.mark.parametrize(("column", "row", "message"), [
    ("reporter", "BNS,2022,export,1,USD billion,Mars,EU,EU27,s2\n",
     "'Mars' is not one of: Kazakhstan, EU, Press"),
    ("partner", "BNS,2022,export,1,USD billion,Kazakhstan,China,EU27,s2\n",
     "'China' is not one of: EU, Kazakhstan, World, United Kingdom, European countries"),
    ("partner_scope", "BNS,2022,export,1,USD billion,Kazakhstan,EU,EU29,s2\n",
     "'EU29' is not one of the 12 documented values of partner_scope (data/README.md)"),
    ("reporter", "BNS,2022,export,1,USD billion,,EU,EU27,s2\n", "a value is required"),
])
def test_trade_vocabularies_are_enforced(make_dataset, column, row, message):
    dataset = load_trade(make_dataset, row)
    assert messages(dataset) == [f"trade.csv:3: {column}: {message}"]
    assert len(dataset.trade) == 1


def test_indicator_names_and_confidence_are_enforced(make_dataset):
    indicators = "series,year,indicator,value,unit,source_ids\nBNS,2022,Happiness index,7,%,s1\n"
    events = EVENTS_HEADER.replace("source_ids\n", "source_ids,confidence\n") + "ev-a,2022,,T,visit,,,s1,probably\n"
    dataset = load_dataset(make_dataset({"indicators.csv": indicators, "events.csv": events, **EMPTY_LINKS}))
    assert messages(dataset) == [
        "events.csv:2: confidence: 'probably' is not one of the 7 documented values of confidence (data/README.md)",
        "indicators.csv:2: indicator: 'Happiness index' is not one of the 18 documented values of indicator (data/README.md)",
    ]


# -- rows no chart shows ---------------------------------------------------------------------

def test_unshown_rows_names_count_lines_and_reason(make_dataset):
    indicators = (
        "series,year,indicator,value,unit,source_ids\n"
        "Official statements,2022,FDI from the EU,12.5,USD billion,s1\n"
        "Official statements,2022,Trade turnover growth (stated),4,USD billion,s1\n"
    )
    folder = make_dataset({
        "trade.csv": TRADE_HEADER + GOOD_TRADE
        + "Press reports,2012,turnover,40.3,USD billion,Press,World,World,s1\n"
        + "Eurostat,2022,export,5,EUR billion,EU,World,World,s1\n"
        + "Eurostat,2023,export,6,EUR billion,EU,World,World,s1\n",
        "indicators.csv": indicators,
    })
    groups = unshown_rows(load_dataset(folder))
    assert [(g.table, g.lines, g.reason) for g in groups] == [
        ("trade", (3,), "no chart shows turnover figures reported by Press with partner World"),
        ("trade", (4, 5), "no chart shows export figures reported by EU with partner World"),
        ("indicators", (3,), "no chart shows the indicator 'Trade turnover growth (stated)' in the unit USD billion"),
    ]
    assert unshown_summary(groups) == "3 trade rows and 1 indicator row are shown in no chart:"
    assert str(groups[1]) == (
        "2 trade rows (trade.csv lines 4, 5): no chart shows export figures reported by EU with partner World"
    )


def test_bundled_dataset_shows_every_row():
    groups = unshown_rows(load_dataset())
    assert groups == []
    assert unshown_summary(groups) == "Every trade and indicator row is shown in at least one chart."


def test_export_chart_list_says_how_many_rows_no_chart_shows_and_why(make_dataset):
    from kzeuviewer.cli.export_chart import list_charts

    folder = make_dataset({"trade.csv": TRADE_HEADER + GOOD_TRADE
                           + "Press reports,2012,turnover,40.3,USD billion,Press,World,World,s1\n"})
    text = list_charts(load_dataset(folder))
    assert text.splitlines()[-2:] == [
        "1 trade row is shown in no chart:",
        "  1 trade row (trade.csv line 3): no chart shows turnover figures reported by Press with partner World",
    ]
