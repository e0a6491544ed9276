"""The chart catalogue (Qt-free): which points each chart shows, their units, labels and sources."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from kzeuviewer.model import load_dataset
from kzeuviewer.model.captions import caption_for
from kzeuviewer.model.charts import (
    CHARTS,
    COMPUTED,
    FRAME_COLUMNS,
    MULTI_YEAR_GROWTH,
    UnknownChartError,
    build_chart,
    chart_ids,
    coverage_counts,
    format_value,
    is_year_span,
    point_x,
)
from kzeuviewer.model.state import TradeState


@pytest.fixture(scope="module")
def bundled():
    return load_dataset(None)


def all_charts(dataset):
    """Every chart with every series it offers."""
    for chart_id, spec in CHARTS.items():
        for option in spec.options(dataset) or [None]:
            yield chart_id, option, build_chart(dataset, chart_id, option)


def test_chart_ids_are_stable_and_unique():
    ids = chart_ids()
    assert len(ids) == len(set(ids))
    assert {"kz-eu-trade", "kz-eu-balance", "kz-eu-growth", "eu-share", "eu-exports-eur", "compare-exports",
            "compare-turnover", "eu-investment"} <= set(ids)


def test_every_trade_and_indicator_row_is_shown_somewhere(bundled):
    shown = set()
    for _chart_id, _option, data in all_charts(bundled):
        for rows in data.frame["data_rows"]:
            shown.update(r for r in rows.split(";") if r)
    expected = {f"trade.csv:{n}" for n in bundled.trade["line"]} | {f"indicators.csv:{n}" for n in bundled.indicators["line"]}
    assert expected - shown == set()


def test_each_axis_has_one_unit_and_currencies_never_share_one(bundled):
    for chart_id, option, data in all_charts(bundled):
        frame = data.frame
        assert list(frame.columns) == FRAME_COLUMNS
        for axis, unit in (("left", data.left_unit), ("right", data.right_unit)):
            units = set(frame.loc[frame["axis"] == axis, "unit"])
            assert units <= {unit}, (chart_id, option, axis, units)
        if data.right_unit:
            assert data.left_unit.split()[0] != data.right_unit.split()[0], (chart_id, data.left_unit, data.right_unit)


def test_eur_series_stay_in_eur_on_their_own_axis(bundled):
    data = build_chart(bundled, "eu-exports-eur")
    eurostat = data.frame[data.frame["publisher"] == "Eurostat"]
    assert set(eurostat["unit"]) == {"EUR billion"} and set(eurostat["axis"]) == {"left"}
    row = eurostat[(eurostat["year"] == 2022) & eurostat["exact"]].iloc[0]
    assert row["value"] == pytest.approx(10347711062 / 1e9)  # never converted to USD
    assert row["original_value"] == 10347711062 and row["original_unit"] == "EUR"
    mirror = data.frame[data.frame["publisher"].str.startswith("IMF")]
    assert set(mirror["unit"]) == {"USD billion"} and set(mirror["axis"]) == {"right"}


def test_published_values_keep_their_source_and_row(bundled):
    data = build_chart(bundled, "kz-eu-trade", "BNS")
    row = data.frame[(data.frame["series"] == "Exports · BNS · EU28 incl. UK") & (data.frame["year"] == 2022)].iloc[0]
    assert row["value"] == pytest.approx(33866512.6 / 1e6)  # USD thousand as published → USD billion
    assert (row["unit"], row["original_unit"]) == ("USD billion", "USD thousand")
    assert row["source_ids"] == "bns-2023-xls" and row["derived"] == "no"
    line = int(row["data_rows"].split(":")[1])
    published = bundled.trade[bundled.trade["line"] == line].iloc[0]
    assert (published["series"], published["flow"], int(published["year"])) == ("BNS", "export", 2022)
    assert "Bureau of National Statistics" in row["sources"]


def test_series_labels_carry_publisher_and_eu_scope(bundled):
    data = build_chart(bundled, "kz-eu-trade", "BNS")
    labels = [s.label for s in data.series]
    assert "Exports · BNS · EU28 incl. UK" in labels and "Exports · BNS · EU27" in labels  # 2018–22 vs 2023: two series
    compare = build_chart(bundled, "compare-exports")
    scopes = {(s.publisher, s.scope) for s in compare.series}
    assert {("BNS", "EU28 incl. UK"), ("BNS (EU27 derived)", "EU27"), ("IMF DOTS", "EU27 (2020 composition)")} <= scopes
    for info in compare.series:
        assert info.publisher.split(" (")[0] in info.label


def test_approximate_and_partial_figures_are_never_exact(bundled):
    for chart_id, _option, data in all_charts(bundled):
        frame = data.frame
        # A month ('YYYY-MM') is a point of its own on the monthly chart; it is still not a full-year figure.
        loose = (frame["qualifier"] != "") | (frame["period"] != "")
        assert not frame.loc[loose, "exact"].any(), chart_id
        assert (frame.loc[loose, "status"] != "").all(), chart_id
    turnover = build_chart(bundled, "compare-turnover").frame
    jan_aug = turnover[(turnover["year"] == 2022) & (turnover["period"] == "Jan–Aug")].iloc[0]
    assert jan_aug["status"] == "more than (lower bound); part of the year: Jan–Aug"


def test_statements_and_investment_are_points_not_lines(bundled):
    for info in build_chart(bundled, "eu-investment").series:
        assert info.style == "points"
    for info in build_chart(bundled, "compare-turnover").series:
        if info.publisher in ("Official statements", "Press reports"):
            assert info.style == "points"
    assert build_chart(bundled, "eu-investment").log_default is True


def test_balance_and_growth_are_computed_within_one_line(bundled):
    growth = build_chart(bundled, "kz-eu-growth", "BNS").frame
    row = growth[(growth["series"] == "Exports growth · BNS · EU28 incl. UK") & (growth["year"] == 2022)].iloc[0]
    assert row["value"] == pytest.approx((33866512.6 / 24109309.9 - 1) * 100)
    assert row["derived"] == COMPUTED and len(row["data_rows"].split(";")) == 2
    # 2023 is EU27, 2022 EU28 incl. UK: no growth across the change of scope.
    assert growth[(growth["year"] == 2023) & growth["series"].str.startswith("Exports growth · BNS")].empty
    balance = build_chart(bundled, "kz-eu-balance", "BNS").frame
    row = balance[(balance["year"] == 2022) & (balance["scope"] == "EU28 incl. UK")].iloc[0]
    assert row["value"] == pytest.approx((33866512.6 - 8008872.5) / 1e6)


def test_turnover_not_published_is_computed_and_says_so(make_dataset):
    dataset = load_dataset(make_dataset())
    data = build_chart(dataset, "kz-eu-trade", "BNS")
    turnover = data.points_of("Turnover · BNS · EU28 incl. UK").set_index("year")
    assert turnover.loc[2022, "value"] == pytest.approx(33.9 + 8.0)
    assert turnover.loc[2022, "derived"] == COMPUTED
    assert math.isnan(turnover.loc[2022, "original_value"])


def test_small_dataset_without_indicators_builds_every_chart(make_dataset):
    dataset = load_dataset(make_dataset({"indicators.csv": None}))
    for chart_id, _option, data in all_charts(dataset):
        assert list(data.frame.columns) == FRAME_COLUMNS, chart_id
    assert build_chart(dataset, "eu-investment").frame.empty


def test_unknown_chart_and_series_name_the_valid_ones(bundled):
    with pytest.raises(UnknownChartError) as err:
        build_chart(bundled, "no-such-chart")
    assert "kz-eu-trade" in str(err.value)
    with pytest.raises(ValueError, match="BNS \\(EU27 derived\\)"):
        build_chart(bundled, "kz-eu-trade", "Nobody")
    with pytest.raises(ValueError, match="no series"):
        build_chart(bundled, "eu-share", "BNS")


def test_format_value_keeps_enough_digits():
    assert format_value(33.8665126, "USD billion") == "33.867 USD billion"
    assert format_value(263.58, "USD billion") == "263.6 USD billion"
    assert format_value(0.8, "USD billion") == "0.800 USD billion"
    assert format_value(30.89809, "%") == "30.89809 %"
    assert format_value(39.7, "%") == "39.7 %"


def test_chart_model_imports_no_qt():
    code = "import sys, kzeuviewer.model.charts; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_growth_over_several_years_is_never_on_a_year_on_year_series(bundled):
    spans_seen = 0
    for chart_id, option, data in all_charts(bundled):
        frame = data.frame
        spans = frame["period"].map(is_year_span)
        styles = {s.label: s for s in data.series}
        for label, points in frame.groupby("series"):
            span = spans[points.index]
            if not span.any():
                continue
            spans_seen += int(span.sum())
            # A series holds either year-on-year figures or figures over several years, never both.
            assert span.all(), (chart_id, option, label)
            assert styles[label].measure == MULTI_YEAR_GROWTH and styles[label].style == "points", (chart_id, label)
            assert not points["exact"].any() and all(period in label for period in points["period"]), (chart_id, label)
    assert spans_seen
    growth = build_chart(bundled, "kz-eu-growth", "BNS").frame
    since_2019 = growth[growth["data_rows"] == "indicators.csv:81"].iloc[0]
    assert (since_2019["value"], since_2019["year"], since_2019["period"]) == (36.2, 2023, "2019–2023")
    assert since_2019["status"] == "over several years: 2019–2023, not year on year"
    year_on_year = growth[growth["series"] != since_2019["series"]]
    assert not year_on_year["period"].map(is_year_span).any()


def test_imf_mirror_points_carry_how_many_eu_members_reported(bundled):
    frame = build_chart(bundled, "eu-exports-eur").frame
    mirror = frame[frame["publisher"] == "IMF DOTS mirror (derived)"].set_index("year")
    assert len(mirror) == 29 and (mirror["coverage"] != "").all()
    assert (mirror.loc[1992, "coverage"], mirror.loc[1993, "coverage"], mirror.loc[1998, "coverage"]) == ("6/27", "18/27", "27/27")
    assert coverage_counts(mirror.loc[1992, "coverage"]) == (6, 27)
    partial = mirror[mirror["coverage"] != "27/27"]
    assert len(partial) == 11
    assert not partial["exact"].any()  # a partial sum is never drawn as an exact full-coverage figure
    assert mirror.loc[1993, "status"] == "partial coverage: 18 of 27 reporters"
    assert mirror.loc[1998, "exact"] and mirror.loc[1998, "status"] == ""
    others = frame[frame["publisher"] != "IMF DOTS mirror (derived)"]
    assert (others["coverage"] == "").all()


# -- the view of a chart: positions, visible points, caption -----------------------------
def test_monthly_rows_are_only_on_the_monthly_chart(bundled):
    month = r"^\d{4}-(0[1-9]|1[0-2])$"
    monthly = build_chart(bundled, "eu-exports-monthly")
    assert monthly.frame["period"].str.match(month).sum() == 51
    for chart_id in ("eu-exports-eur", "compare-imports"):
        frame = build_chart(bundled, chart_id).frame
        assert not frame["period"].str.match(month).any(), chart_id
        assert not frame["status"].str.contains("part of the year: 20").any(), chart_id


def test_months_sit_inside_their_year_on_the_axis(bundled):
    data = build_chart(bundled, "eu-exports-monthly")
    x = point_x(data.frame)
    months = data.frame["period"].str.slice(5, 7).astype(int)
    assert x.tolist() == pytest.approx((data.frame["year"] + (months - 0.5) / 12).tolist())
    assert data.monthly and not build_chart(bundled, "eu-exports-eur").monthly


def test_visible_frame_is_the_years_in_range_of_series_not_hidden(bundled):
    data = build_chart(bundled, "kz-eu-trade", "BNS")
    shown = data.visible_frame((2018.6, 2020.7), {"Imports · BNS · EU28 incl. UK"})
    assert set(shown["year"]) == {2019, 2020}
    assert "Imports · BNS · EU28 incl. UK" not in set(shown["series"])
    assert len(shown) == 4  # exports and turnover of the EU28 scope, two years
    assert len(data.visible_frame(None)) == len(data.frame)


def test_caption_says_years_and_hidden_series_and_names_publishers(bundled):
    data = build_chart(bundled, "kz-eu-trade", "BNS")
    view = TradeState(chart="kz-eu-trade", series="BNS")
    view.show_years(2018, 2020)
    view.hidden_series = {"Imports · BNS · EU28 incl. UK"}
    caption = caption_for(data, bundled, view)
    assert caption.title == "Kazakhstan's trade with the EU — BNS, 2018–2020; Imports · EU28 incl. UK hidden"
    assert "Bars: Exports; line: Turnover." in caption.note
    assert "Bureau of National Statistics" in caption.sources and "bns-20" not in caption.sources
    dots = caption_for(build_chart(bundled, "kz-eu-trade", "IMF DOTS"), bundled)
    assert "turnover" not in dots.note.lower() and "Bars: Exports." in dots.note
    mirror = caption_for(build_chart(bundled, "eu-exports-eur"), bundled)
    assert "not every reporter" in mirror.note  # the hollow markers of partial coverage (6 of 27 in 1992) are explained


def test_caption_of_months_names_the_months(bundled):
    data = build_chart(bundled, "eu-exports-monthly")
    view = TradeState(chart="eu-exports-monthly", x_range=(2020.0, 2021.0))
    caption = caption_for(data, bundled, view)
    # The bundle's months of 2020 run Feb, Mar, Apr, Jun … Dec (data/trade.csv): the caption names those shown.
    assert caption.title.endswith(", Feb 2020 – Dec 2020")
