"""The Trade tab as a person uses it: choose a chart, hover, click, hide series, export."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from kzeuviewer.model.charts import build_chart

TRADE_CSV = Path(__file__).resolve().parents[1] / "data" / "trade.csv"


def bns_rows(flow: str, scope: str = "EU28 incl. UK") -> dict[int, float]:
    """Kazakhstan's BNS figures with the EU from data/trade.csv, read here with the csv module: year -> USD billion."""
    with TRADE_CSV.open(encoding="utf-8", newline="") as handle:
        return {
            int(row["year"]): float(row["value"]) / 1e6  # the file holds thousand USD
            for row in csv.DictReader(handle)
            if row["series"] == "BNS" and row["reporter"] == "Kazakhstan" and row["partner"] == "EU"
            and row["partner_scope"] == scope and row["flow"] == flow and not row["period"]
        }


def open_trade(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.current_tab()
    assert tab.key == "trade"
    return tab


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a combo box with the keyboard, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def table_rows(tab) -> pd.DataFrame:
    """What the data table shows: (year, series) per row, in order."""
    query = tab.table.model().query
    return pd.DataFrame({"year": [int(v) for v in query.column_values(0)], "series": list(query.column_values(1))})


def view_point(plot, row: int) -> QPoint:
    return plot.mapFromScene(plot.point_scene_pos(row))


def test_charts_are_chosen_with_the_selector_and_the_table_lists_their_points(main_window, qtbot):
    tab = open_trade(main_window, qtbot)
    assert tab.chart_selector.objectName() == "chartSelector" and tab.plot.objectName() == "tradePlot"
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    expected = build_chart(main_window.context.dataset, "kz-eu-trade", "BNS").frame
    shown = table_rows(tab)
    assert sorted(zip(shown["year"], shown["series"], strict=True)) == sorted(zip(expected["year"], expected["series"], strict=True))
    assert tab.series_selector.isVisibleTo(tab) and tab.series_selector.currentData() == "BNS"
    choose(qtbot, tab.chart_selector, "eu-exports-eur")
    shown = table_rows(tab)
    assert shown["series"].str.contains("Eurostat").all()
    assert not tab.series_selector.isVisibleTo(tab)  # this chart offers no series choice
    assert tab.plot.getPlotItem().getAxis("left").labelText == "EUR billion"


def test_hover_shows_value_unit_year_and_source_of_the_nearest_point(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    frame = tab.visible_frame()
    row = int(frame.index[(frame["series"] == "Exports · BNS · EU28 incl. UK") & (frame["year"] == 2022)][0])
    target = view_point(tab.plot, row) + QPoint(3, 2)  # near, not exactly on, the point
    qtbot.mouseMove(tab.plot.viewport(), target)
    qtbot.waitUntil(lambda: tab.plot.hovered_row == row)
    text = tab.plot.hover_text()
    assert "2022" in text and "Exports · BNS · EU28 incl. UK" in text
    assert "33.867 USD billion" in text and "33,866,512.6 USD thousand" in text
    assert "Bureau of National Statistics" in text


def test_clicking_a_year_selects_it_for_the_timeline(main_window, qtbot):
    tab = open_trade(main_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    frame = tab.visible_frame()
    row = int(frame.index[frame["year"] == 2022][0])
    with qtbot.waitSignal(main_window.context.selection.changed) as blocker:
        qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_point(tab.plot, row))
    assert blocker.args[0].origin is tab and blocker.args[0].added_years == {2022}
    assert main_window.context.selection.years == {2022}
    band = tab.plot._hover[0].band
    assert band.isVisible() and band.getRegion() == pytest.approx((2021.5, 2022.5))
    label = main_window.tab("timeline").findChild(QLabel, "highlightLabel")
    assert label is not None and "2022" in label.text() and "1 event highlighted" in label.text()


def test_log_scale_only_where_it_makes_sense(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-investment")
    assert tab.log_scale.isEnabled() and tab.log_scale.isChecked()
    assert tab.plot.getPlotItem().getAxis("left").logMode
    choose(qtbot, tab.chart_selector, "kz-eu-balance")  # bars and negative values: no log
    assert not tab.log_scale.isEnabled() and not tab.log_scale.isChecked()


def test_search_filters_the_table(main_window, qtbot):
    tab = open_trade(main_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "imports ·")
    assert set(table_rows(tab)["series"]) == {"Imports · BNS · EU28 incl. UK"}


def test_reloading_the_dataset_redraws_the_chart(main_window, qtbot, make_dataset):
    tab = open_trade(main_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    changed = make_dataset({"trade.csv": """\
        series,year,flow,value,unit,reporter,partner,partner_scope,source_ids
        BNS,2020,export,10,USD billion,Kazakhstan,EU,EU28 incl. UK,s1
        BNS,2021,export,12,USD billion,Kazakhstan,EU,EU28 incl. UK,s1
        """})
    assert main_window.open_dataset(changed)
    assert tab.chart_id() == "kz-eu-trade"
    assert table_rows(tab)["year"].tolist() == [2020, 2021]
    assert tab.visible_frame()["value"].tolist() == pytest.approx([10.0, 12.0])


# -- the view state: zoom, pan, years, legend, and the files of the view -------------
def main_view(tab):
    return tab.plot.getPlotItem().vb


def test_zooming_the_view_box_changes_years_table_axis_and_csv(bundled_window, qtbot, tmp_path):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    assert (tab.year_from.objectName(), tab.year_to.objectName()) == ("tradeYearFrom", "tradeYearTo")
    assert (tab.year_from.value(), tab.year_to.value()) == (2018, 2023)
    main_view(tab).setXRange(2018.6, 2020.7, padding=0)  # what a wheel zoom ends with
    assert tab.state.x_range == pytest.approx((2018.6, 2020.7))
    assert (tab.year_from.value(), tab.year_to.value()) == (2019, 2020)
    assert set(table_rows(tab)["year"]) == {2019, 2020}
    assert tab.count_label.text() == f"{len(table_rows(tab))} of 18 points"
    low, high = main_view(tab).viewRange()[1]
    assert low <= 0 < high  # bars still start at zero
    assert high < 1.2 * max(bns_rows("turnover")[y] for y in (2019, 2020))  # and the axis fits the years in view
    assert tab.view_caption().title.endswith(", 2019–2020")
    tab.write_view_csv(tmp_path / "view.csv")
    written = pd.read_csv(tmp_path / "view.csv", keep_default_na=False)
    assert set(written["year"]) == {2019, 2020}
    exports = written[written["series"] == "Exports · BNS · EU28 incl. UK"].set_index("year")["value"]
    expected = bns_rows("export")
    assert exports.to_dict() == pytest.approx({2019: expected[2019], 2020: expected[2020]})


def test_wheel_and_drag_move_only_the_year_axis(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    view = main_view(tab)
    before_x = view.viewRange()[0]
    centre = tab.plot.mapFromScene(view.sceneBoundingRect().center())
    qtbot.mouseMove(tab.plot.viewport(), centre)
    wheel = QWheelEventFactory(tab.plot.viewport(), centre, 240)  # two notches away from the person: zoom in
    QGuiApplication.sendEvent(tab.plot.viewport(), wheel)
    qtbot.waitUntil(lambda: tab.state.x_range is not None)
    low, high = tab.state.x_range
    assert before_x[0] < low < high < before_x[1]
    assert (tab.year_from.value(), tab.year_to.value()) == tab.state.years((2018, 2023))
    assert view.viewRange()[1][0] <= 0  # zero stays in the value axis
    zoomed = tab.state.x_range
    qtbot.mousePress(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    pause = 1000 // pg.getConfigOption("mouseRateLimit") + 5  # pyqtgraph drops moves closer than this, as a hand never makes
    for step in range(1, 11):
        qtbot.wait(pause)
        qtbot.mouseMove(tab.plot.viewport(), centre + QPoint(12 * step, 5 * step))
    qtbot.mouseRelease(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(120, 50))
    assert tab.state.x_range[0] < zoomed[0]  # dragged right: earlier years come into view
    assert tab.state.x_range[1] - tab.state.x_range[0] == pytest.approx(zoomed[1] - zoomed[0])
    assert view.viewRange()[1][0] <= 0  # a drag never moves the value axis
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.state.x_range is None
    assert (tab.year_from.value(), tab.year_to.value()) == (2018, 2023)


def QWheelEventFactory(widget, pos: QPoint, delta: int):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    global_pos = widget.mapToGlobal(pos)
    return QWheelEvent(QPointF(pos), QPointF(global_pos), P(0, 0), P(0, delta), Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)


def test_typing_years_sets_the_view(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-exports-eur")
    tab.year_from.setFocus()
    tab.year_from.selectAll()
    qtbot.keyClicks(tab.year_from, "2015")
    qtbot.keyClick(tab.year_from, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.state.x_range is not None)
    assert tab.state.x_range == (2014.5, 2024.5)
    years = table_rows(tab)["year"]
    assert years.min() == 2015 and years.max() == 2024
    low, _high = main_view(tab).viewRange()[0]
    assert low == pytest.approx(2014.5)


def test_switching_charts_keeps_the_years_clamped_or_resets_them(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-share")
    tab.state.show_years(2019, 2021)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    assert (tab.year_from.value(), tab.year_to.value()) == (2019, 2021)
    assert set(table_rows(tab)["year"]) == {2019, 2020, 2021}
    choose(qtbot, tab.chart_selector, "eu-share")
    tab.state.show_years(1995, 2019)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")  # BNS starts in 2018: clamped
    assert (tab.year_from.value(), tab.year_to.value()) == (2018, 2019)
    choose(qtbot, tab.chart_selector, "eu-share")
    tab.state.show_years(1995, 2000)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")  # none of those years: all of them
    assert tab.state.x_range is None and (tab.year_from.value(), tab.year_to.value()) == (2018, 2023)


def test_the_last_chart_and_series_come_back_from_the_settings(bundled_window, qtbot, tmp_path):
    from kzeuviewer.ui.context import AppContext
    from kzeuviewer.ui.trade.tab import TradeTab

    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-growth")
    choose(qtbot, tab.series_selector, "IMF DOTS")
    tab.context.settings.sync()
    settings = QSettings(tab.context.settings.fileName(), QSettings.Format.IniFormat)
    again = TradeTab(AppContext(bundled_window.context.dataset, settings))
    qtbot.addWidget(again)
    again.set_dataset(bundled_window.context.dataset)
    assert (again.state.chart, again.state.series) == ("kz-eu-growth", "IMF DOTS")
    assert again.chart_selector.currentData() == "kz-eu-growth"
    assert again.series_selector.currentData() == "IMF DOTS"


def test_legend_click_hides_a_series_in_plot_table_caption_and_csv(bundled_window, qtbot, tmp_path):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    label = "Imports · BNS · EU28 incl. UK"
    before = table_rows(tab)
    rect = tab.plot.legend.entry_rect(label)
    assert rect is not None
    position = tab.plot.mapFromScene(tab.plot.legend.mapToScene(rect.center()))
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: label in tab.state.hidden_series)
    after = table_rows(tab)
    assert len(after) == len(before) - (before["series"] == label).sum()
    assert label not in set(after["series"])
    assert not tab.plot.series_shown(label)
    assert "Imports · EU28 incl. UK hidden" in tab.view_caption().title
    assert tab.title_label.text() == tab.view_caption().title
    tab.write_view_csv(tmp_path / "shown.csv")
    written = pd.read_csv(tmp_path / "shown.csv", keep_default_na=False)
    assert label not in set(written["series"])
    assert len(written) == len(after)
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: label not in tab.state.hidden_series)
    assert len(table_rows(tab)) == len(before) and tab.plot.series_shown(label)


def test_caption_follows_the_series_names_publishers_and_fits_three_lines(bundled_window, qtbot):
    from kzeuviewer.ui.export.chart import _FOOTER_PX, _MARGIN, _caption_font, _wrapped_lines

    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    choose(qtbot, tab.series_selector, "IMF DOTS")
    caption = tab.view_caption()
    assert "turnover" not in caption.note.lower()  # IMF DOTS gives exports only
    assert "Bars: Exports." in caption.note
    assert "bns-" not in caption.sources and "imf-" not in caption.sources.lower()
    assert "International Monetary Fund" in caption.sources or "IMF" in caption.sources
    font = _caption_font(_FOOTER_PX)
    for chart in ("kz-eu-trade", "compare-turnover", "kz-eu-growth", "eu-exports-eur", "eu-share"):
        choose(qtbot, tab.chart_selector, chart)
        lines = [line for paragraph in tab.view_caption().footer_lines() for line in _wrapped_lines(paragraph, font, 1280 - 2 * _MARGIN)]
        assert len(lines) <= 3, (chart, lines)


def test_exported_image_has_the_title_shown_in_the_window(bundled_window, qtbot, tmp_path):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    tab.state.show_years(2019, 2021)
    tab.write_view_image(tmp_path / "view.svg", 1280, 720, caption=tab.view_caption())
    title = ET.parse(tmp_path / "view.svg").getroot().find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text == tab.title_label.text()
    assert title.text.endswith(", 2019–2021")
    tab.write_view_image(tmp_path / "view.png", 1280, 720, caption=tab.view_caption())
    image = QImage(str(tmp_path / "view.png"))
    assert (image.width(), image.height()) == (1280, 720)
    assert tab.export_name() == "kz-eu-trade_BNS_2019-2021"


def test_copy_with_no_rows_selected_copies_the_chart(main_window, qtbot):
    tab = open_trade(main_window, qtbot)
    QGuiApplication.clipboard().clear()
    assert tab.copy_selection()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1280, 720)


# -- charts a reader can read -------------------------------------------------------------
def test_two_units_get_two_panels_sharing_the_year_axis(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-exports-eur")
    plot = tab.plot
    assert plot.lower_view.isVisible() and plot.lower_axis.isVisible()
    assert plot.getPlotItem().getAxis("left").labelText == "EUR billion" and plot.lower_axis.labelText == "USD billion"
    # Stacked, not overlaid (the layout settles on the next turn of the event loop).
    qtbot.waitUntil(lambda: plot.lower_view.sceneBoundingRect().top() >= main_view(tab).sceneBoundingRect().bottom())
    assert plot.lower_view.sceneBoundingRect().height() > 100
    main_view(tab).setXRange(2005.5, 2015.5, padding=0)
    assert plot.lower_view.viewRange()[0] == pytest.approx([2005.5, 2015.5])
    assert plot.lower_view.viewRange()[1][0] <= 0 and main_view(tab).viewRange()[1][0] <= 0
    assert "EUR billion (upper panel); USD billion (lower panel)" in tab.note_label.text()
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    assert not plot.lower_view.isVisible()


def placed_tags(plot):
    return [(rect, tag, tags.placed_bounds) for tags in plot.tags if tags.isVisible() for rect, tag in tags.placed]


def assert_tags_apart_and_inside(placed, chart):
    for i, (rect, tag, bounds) in enumerate(placed):
        assert bounds.contains(rect), (chart, tag.text)
        for other, other_tag, other_bounds in placed[i + 1:]:
            if other_bounds == bounds:
                assert not rect.intersects(other), (chart, tag.text, other_tag.text)


def test_annotations_never_overlap_nor_leave_the_plot_in_the_app_and_the_export(bundled_window, qtbot):
    from kzeuviewer.ui.export.chart import render_plot_image

    tab = open_trade(bundled_window, qtbot)
    drawn = 0
    for chart in ("compare-turnover", "compare-imports", "eu-investment", "eu-exports-eur", "kz-eu-growth", "eu-share"):
        choose(qtbot, tab.chart_selector, chart)
        tab.plot.grab()  # paint as the screen does
        placed = placed_tags(tab.plot)
        assert_tags_apart_and_inside(placed, chart)
        drawn += len(placed)
        render_plot_image(tab.plot, 1280, 720, caption=tab.view_caption())
        assert_tags_apart_and_inside(placed_tags(tab.plot), chart + " (export)")
    assert drawn > 20


def test_tag_layout_merges_repeats_and_keeps_tags_inside(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTransform

    from kzeuviewer.ui.trade.items import PointTags, Tag

    tags = PointTags()
    ink = QColor("black")
    tags.set_tags([
        Tag(2023, 160, "> cumulative", ink, "a"), Tag(2023, 160, "> cumulative", ink, "b"),  # one figure, two series
        Tag(2023, 170, "> cumulative", ink, "c"), Tag(2024.9, 50, "> as stated", ink, "d"),  # near the right edge
    ])
    bounds = QRectF(0, 0, 400, 300)
    # x: 2020..2025 over 400 px; y: 0..200 upwards over 300 px.
    transform = QTransform(80, 0, 0, -1.5, -2020 * 80, 300)
    placed = tags.layout(transform, bounds, QFontMetricsF(QFont()))
    texts = [tag.series for _rect, tag in placed]
    assert texts == ["a", "c", "d"]  # b repeats a at the same place: drawn once
    rects = [rect for rect, _tag in placed]
    assert all(bounds.contains(rect) for rect in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert rects[2].right() <= transform.map(QPointF(2024.9, 50)).x()  # no room on the right: left of its point


def test_the_zero_of_the_value_axis_is_labelled(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    axis = tab.plot.getPlotItem().getAxis("left")
    low, high = main_view(tab).viewRange()[1]
    ticks = [v for _spacing, values in axis.tickValues(low, high, main_view(tab).height()) for v in values]
    assert 0.0 in ticks and low < 0 < high  # on the axis, with room for its label
    assert "0" in axis.tickStrings([0.0], 1, 10)


def test_hover_anywhere_on_a_bar_names_value_unit_published_figure_note_and_source(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    frame = tab.visible_frame()
    row = int(frame.index[(frame["series"] == "Exports · BNS · EU28 incl. UK") & (frame["year"] == 2021)][0])
    top = tab.plot.point_scene_pos(row)
    zero = main_view(tab).mapViewToScene(QPointF(main_view(tab).mapSceneToView(top).x(), 0))
    middle = tab.plot.mapFromScene((top + zero) / 2)  # half way down the bar, far from its top
    qtbot.mouseMove(tab.plot.viewport(), middle)
    qtbot.waitUntil(lambda: tab.plot.hovered_row == row)
    text = tab.plot.hover_text()
    assert abs(middle.y() - tab.plot.mapFromScene(top).y()) > 60  # beyond the reach of "nearest marker"
    expected = bns_rows("export")[2021]
    assert f"{expected:,.3f} USD billion" in text
    assert f"as published: {expected * 1e6:,.10g} USD thousand" in text
    assert "Note: Row 'Страны ЕС' as printed" in text and "Source: " in text


def test_partial_coverage_is_hollow_with_the_count_of_reporters(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-exports-eur")
    lower_tags = tab.plot.tags[1].tags
    assert any(tag.text == "6/27 reporting" and tag.x == 1992 for tag in lower_tags)
    frame = tab.visible_frame()
    row = int(frame.index[(frame["year"] == 1992) & frame["series"].str.contains("IMF DOTS mirror")][0])
    tab.plot.show_hover(row)
    assert "reporters: 6 of 27" in tab.plot.hover_text() and "partial coverage" in tab.plot.hover_text()
    shown = tab.table.model().query
    reporters = TABLE_COLUMN("Reporters")
    assert "6/27" in set(shown.column_values(reporters)) and "Note" in [c.header for c in shown.columns]


def type_letters(widget, text: str) -> None:
    """Key presses carrying each letter, as a Russian keyboard layout sends them (QTest types ASCII only)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def TABLE_COLUMN(header: str) -> int:
    from kzeuviewer.ui.trade.tab import TABLE_COLUMNS

    return [c.header for c in TABLE_COLUMNS].index(header)


def test_growth_over_several_years_is_its_own_marker_with_its_period(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-growth")
    label = next(s.label for s in tab.plot.data.series if s.label.endswith("(2019–2023)"))
    items = tab.plot._items_by_series[label]
    assert len(items) == 1 and isinstance(items[0], pg.ScatterPlotItem)  # a marker, no line
    assert [p.symbol() for p in items[0].points()] == ["s"]
    assert any(tag.series == label and tag.text == "2019–2023" for tag in tab.plot.tags[0].tags)


def test_monthly_chart_has_months_on_the_year_axis_in_eur(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-exports-monthly")
    assert tab.plot.getPlotItem().getAxis("left").labelText == "EUR billion"
    assert (tab.year_from.value(), tab.year_to.value()) == (2019, 2024)
    frame = tab.visible_frame()
    row = int(frame.index[frame["period"] == "2020-03"][0])
    at = main_view(tab).mapSceneToView(tab.plot.point_scene_pos(row))
    assert at.x() == pytest.approx(2020 + 2.5 / 12)
    for box, year in ((tab.year_to, "2020"), (tab.year_from, "2020")):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, year)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert tab.state.x_range == (2020.0, 2021.0)
    assert set(table_rows(tab)["year"]) == {2020}


def test_rows_no_chart_shows_are_named_on_the_tab(main_window, qtbot, make_dataset):
    from conftest import MINIMAL_DATASET

    trade_csv = MINIMAL_DATASET["trade.csv"].rstrip() + "\n        Eurostat,2022,export,5,EUR billion,EU,World,World,s1\n"
    assert main_window.open_dataset(make_dataset({"trade.csv": trade_csv}))
    tab = open_trade(main_window, qtbot)
    assert tab.unshown_label.isVisible()
    assert tab.unshown_label.text().startswith("1 trade or indicator row of this dataset appears in no chart.")
    assert "reported by EU with partner World" in tab.unshown_label.toolTip()
    assert main_window.open_dataset(make_dataset())
    assert not tab.unshown_label.isVisible()


@pytest.mark.parametrize("start", ["ru", "en"])
def test_trade_table_headers_fit_in_russian(qtbot, settings, dataset_dir, start):
    """Started in Russian, or switched to it live from English: no header is cut."""
    from kzeuviewer.ui import create_main_window, i18n

    window = create_main_window(data_dir=dataset_dir, settings=settings, language=start)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        bar = window.tab_widget.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
        tab = window.current_tab()
        assert tab.key == "trade"
        window.set_language("ru")
        header = tab.table.horizontalHeader()
        texts = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
        assert "Отчитавшиеся" in texts
        metrics = header.fontMetrics()
        cut = [t for c, t in enumerate(texts) if header.sectionSize(c) < metrics.horizontalAdvance(t) + metrics.averageCharWidth()]
        assert cut == []
    finally:
        i18n.set_language("en")


def test_the_table_names_series_in_the_legend_language_and_files_stay_english(bundled_window, qtbot, tmp_path):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    series = TABLE_COLUMN("Series")
    english = tab.table_frame()["series"].tolist()
    assert any(label.startswith("Exports · ") for label in english)
    bundled_window.set_language("ru")
    try:
        model = tab.table.model()
        shown = [model.index(row, series).data() for row in range(model.rowCount())]
        assert any(text.startswith("Экспорт · ") for text in shown)
        assert not any(text.startswith(("Exports", "Imports")) for text in shown)
        assert model.rowCount() == len(english)
        # Typing the Russian word finds the rows; the frame written to files keeps the English label.
        tab.search.setFocus()
        type_letters(tab.search, "Экспорт")
        qtbot.waitUntil(lambda: tab.search.text() == "Экспорт")
        assert 0 < model.rowCount() < len(english)
        assert all(label.startswith("Exports · ") for label in tab.table_frame()["series"])
    finally:
        bundled_window.set_language("en")
