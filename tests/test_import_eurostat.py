"""Eurostat Comext relational-view CSVs: monthly member-state sums, annual EU27 totals, bad files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kzeuviewer.model.importers import parse_period, read_eurostat_csv, read_files

SAMPLES = Path(__file__).parent / "fixtures" / "samples"
MONTHLY = SAMPLES / "eurostat-monthly"
AUG_2024 = MONTHLY / "Relational_View_2024-11-17T07_25_35.876Z.csv"
FEB_2019 = MONTHLY / "Relational_View_2024-11-17T07_32_07.744Z.csv"  # the UK still reports
ANNUAL_2016_FR = SAMPLES / "eurostat-annual" / "Relational_View_2024-11-25T10_45_38.711Z.csv"
HEADER = "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n"


def rows_of(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def members_sum(path):
    """Independent sum: rows that are neither aggregates nor the UK."""
    rows = [r for r in rows_of(path) if not r["REPORTER"].startswith(("Euro", "United Kingdom"))]
    return sum(int(r["VALUE_IN_EUR"]) for r in rows), len(rows)


def test_monthly_file_sums_member_states_and_keeps_the_month():
    figures, problems = read_eurostat_csv(AUG_2024)
    assert problems == [] and len(figures) == 1
    figure = figures[0]
    total, count = members_sum(AUG_2024)
    eu27_row = next(r for r in rows_of(AUG_2024) if r["REPORTER"].startswith("European Union - 27"))
    assert int(figure.value) == total == int(eu27_row["VALUE_IN_EUR"]) == 921956331
    assert (figure.year, figure.period, figure.flow, figure.unit) == (2024, "2024-08", "export", "EUR")
    assert (figure.reporter, figure.partner, figure.partner_scope, figure.derived) == (
        "EU", "Kazakhstan", "EU27 (2020 composition)", "yes")
    assert f"{count} of the 27 EU members reported" in figure.note and count == 27
    assert "lines 2–28" in figure.source_row()["title"] and AUG_2024.name in figure.source_row()["title"]
    assert "gives the same total" in figure.note


def test_every_monthly_sample_matches_its_own_eu27_row():
    figures, problems = read_files("eurostat", sorted(MONTHLY.glob("*.csv")))
    assert problems == [] and len(figures) == 51
    assert {f.year for f in figures} == {2019, 2020, 2021, 2022, 2023, 2024}
    assert all(len(f.period) == 7 and f.period.startswith(str(f.year)) for f in figures)  # 'YYYY-MM', never a year
    for figure in figures:
        path = MONTHLY / figure.file
        eu27 = next(r for r in rows_of(path) if r["REPORTER"].startswith("European Union - 27"))
        assert int(figure.value) == members_sum(path)[0] == int(eu27["VALUE_IN_EUR"]), figure.file


def test_the_united_kingdom_is_listed_but_not_summed():
    figure = read_eurostat_csv(FEB_2019)[0][0]
    uk = next(r for r in rows_of(FEB_2019) if r["REPORTER"] == "United Kingdom")
    assert int(figure.value) == members_sum(FEB_2019)[0] == 415607408
    assert f"United Kingdom (line 28, {uk['VALUE_IN_EUR']} EUR) is not summed" in figure.note
    assert figure.period == "2019-02"


def test_annual_file_takes_the_eu27_row_for_kazakhstan_also_in_french():
    figures, problems = read_eurostat_csv(ANNUAL_2016_FR)
    assert problems == [] and len(figures) == 1
    figure = figures[0]
    row = next(r for r in rows_of(ANNUAL_2016_FR) if r["PARTNER"] == "Kazakhstan")
    assert row["FLOW"] == "EXPORTATION" and row["REPORTER"].startswith("Union européenne - 27 pays")
    assert int(figure.value) == int(row["VALUE_IN_EUR"]) == 4777231569
    assert (figure.year, figure.period, figure.derived) == (2016, "", "no")  # a full year
    assert figure.location == "line 177"


@pytest.mark.parametrize(("text", "expected"), [
    ("Aug. 2024", (2024, 8, 8, "2024-08")),
    ("201901-Jan. 2019", (2019, 1, 1, "2019-01")),
    ("201952-Jan.-Dec. 2019", (2019, 1, 12, "")),
    ("Jan.-Dec. 2018", (2018, 1, 12, "")),
    ("May 2020", (2020, 5, 5, "2020-05")),
    ("Jan.-Mar. 2021", (2021, 1, 3, "Jan–Mar")),
])
def test_periods_parse(text, expected):
    period = parse_period(text)
    assert (period.year, period.first_month, period.last_month, period.text) == expected


@pytest.mark.parametrize("text", ["2024-08", "August 2024", "201902-Jan. 2019", "202052-Jan.-Dec. 2019", "Dec.-Jan. 2020", ""])
def test_periods_that_do_not_parse(text):
    assert parse_period(text) is None


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'Austria,Kazakhstan,TOTAL-Total,2-EXPORT,T-Total,Aug. 2024,100\n'


def test_other_columns_are_refused(tmp_path):
    path = write(tmp_path, "wide.csv", "REPORTER,PARTNER,PRODUCT,FLOW,PERIOD,VALUE_IN_EUR,QUANTITY_IN_100KG\n"
                 "Austria,Kazakhstan,TOTAL-Total,2-EXPORT,Aug. 2024,100,5\n")
    figures, problems = read_eurostat_csv(path)
    assert figures == []
    assert [str(p) for p in problems] == [
        "wide.csv:1: not a Comext relational view (missing STAT_PROCEDURE; unexpected QUANTITY_IN_100KG); "
        "expected the columns REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR"
    ]


def test_non_numeric_value_and_bad_period_name_their_lines(tmp_path):
    path = write(tmp_path, "bad.csv", HEADER + GOOD
                 + "Belgium,Kazakhstan,TOTAL-Total,2-EXPORT,T-Total,Aug. 2024,1 2x\n"
                 + "Czechia,Kazakhstan,TOTAL-Total,2-EXPORT,T-Total,August 2024,7\n"
                 + "Narnia,Kazakhstan,TOTAL-Total,2-EXPORT,T-Total,Aug. 2024,7\n")
    figures, problems = read_eurostat_csv(path)
    assert figures == []
    assert [str(p) for p in problems] == [
        "bad.csv:3: VALUE_IN_EUR '1 2x' is not a number",
        "bad.csv:4: PERIOD 'August 2024' does not parse (expected e.g. 'Aug. 2024', '201901-Jan. 2019' or "
        "'201952-Jan.-Dec. 2019')",
        "bad.csv:5: REPORTER 'Narnia' is neither an EU member state nor an EU aggregate",
    ]


def test_no_kazakhstan_row_and_not_utf8(tmp_path):
    other = write(tmp_path, "china.csv", HEADER + GOOD.replace("Kazakhstan", "China"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + GOOD.replace("Austria", "Österreich")).encode("latin-1"))
    _, problems = read_files("eurostat", [other, latin])
    assert str(problems[0]) == "china.csv: has no row with PARTNER 'Kazakhstan' reported by the EU or its members"
    assert str(problems[1]).startswith("latin.csv:2: is not UTF-8 text")


def test_a_part_of_the_product_range_is_not_summed(tmp_path):
    path = write(tmp_path, "chapter.csv", HEADER + GOOD.replace("TOTAL-Total", "27-Mineral fuels"))
    assert [str(p) for p in read_eurostat_csv(path)[1]] == [
        "chapter.csv:2: PRODUCT '27-Mineral fuels' is not the total (only PRODUCT and STAT_PROCEDURE 'Total' can be summed)"
    ]
