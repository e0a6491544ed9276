"""The Trade tab as a person uses it: choose a chart, hover, click, hide series, export."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kzeuviewer.model.charts import build_chart


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


def close_next_message_box(qtbot, seen: list) -> None:
    """When the next modal message box opens, record its text and close it."""

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


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
    label = main_window.tab("timeline").findChild(QLabel, "highlightLabel")
    assert label is not None and "2022" in label.text() and "1 event highlighted" in label.text()


def test_legend_click_hides_a_series_in_the_plot_and_the_table(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    label = "Imports · BNS · EU28 incl. UK"
    before = table_rows(tab)
    rect = tab.plot.legend.entry_rect(label)
    assert rect is not None
    position = tab.plot.mapFromScene(tab.plot.legend.mapToScene(rect.center()))
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: not tab.plot.visible_series[label])
    after = table_rows(tab)
    assert len(after) == len(before) - (before["series"] == label).sum()
    assert label not in set(after["series"])
    assert all(not item.isVisible() for item in tab.plot._items_by_series[label])
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: tab.plot.visible_series[label])
    assert len(table_rows(tab)) == len(before)


def test_year_range_limits_plot_and_table(bundled_window, qtbot):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "eu-exports-eur")
    tab.year_from.setFocus()
    tab.year_from.selectAll()
    qtbot.keyClicks(tab.year_from, "2015")
    qtbot.keyClick(tab.year_from, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.year_range()[0] == 2015)
    years = table_rows(tab)["year"]
    assert years.min() == 2015 and years.max() == tab.year_range()[1]
    low, _high = tab.plot.getPlotItem().vb.viewRange()[0]
    assert 2014 < low < 2015


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
    qtbot.keyClicks(tab.search, "imports")
    assert set(table_rows(tab)["series"]) == {"Imports · BNS · EU28 incl. UK"}


@pytest.fixture
def out(tmp_path):
    """An empty folder for exports (tmp_path also holds the test's settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def export_dialog(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.current_tab().export_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def fill(qtbot, dialog, path, fmt_keys: str, size_keys: str) -> None:
    dialog.format_box.setFocus()
    qtbot.keyClicks(dialog.format_box, fmt_keys)
    dialog.size_box.setFocus()
    qtbot.keyClicks(dialog.size_box, size_keys)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def test_ctrl_e_exports_the_chart_and_its_data(bundled_window, qtbot, out):
    tab = open_trade(bundled_window, qtbot)
    choose(qtbot, tab.chart_selector, "kz-eu-trade")
    dialog = export_dialog(bundled_window, qtbot)
    fill(qtbot, dialog, out / "trade", "PN", "1280")
    assert dialog.caption_box.isChecked()  # on by default
    if not dialog.csv_box.isChecked():
        dialog.csv_box.setFocus()
        qtbot.keyClick(dialog.csv_box, Qt.Key.Key_Space)
    assert dialog.csv_box.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    image = QImage(str(out / "trade.png"))
    assert (image.width(), image.height()) == (1280, 720)
    exported = pd.read_csv(out / "trade.csv", keep_default_na=False)
    shown = tab.visible_frame()
    assert list(exported.columns) == list(shown.columns)
    assert exported["value"].tolist() == pytest.approx(shown["value"].tolist())
    assert exported["series"].tolist() == shown["series"].tolist()
    assert sorted(p.name for p in out.iterdir()) == ["trade.csv", "trade.png"]


def test_export_dialog_remembers_the_last_choices(main_window, qtbot, out):
    open_trade(main_window, qtbot)
    dialog = export_dialog(main_window, qtbot)
    fill(qtbot, dialog, out / "chart", "PD", "3840")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (out / "chart.pdf").exists())
    assert (out / "chart.pdf").read_bytes().startswith(b"%PDF")
    again = export_dialog(main_window, qtbot)
    assert again is not dialog
    assert again.format_box.currentData() == "PDF"
    assert (again.width_box.value(), again.height_box.value()) == (3840, 2160)
    assert again.path_edit.text().startswith(str(out))
    assert not again.transparent_box.isEnabled()  # PDF: no transparency


def test_failed_export_says_why_and_leaves_nothing(main_window, qtbot, out):
    open_trade(main_window, qtbot)
    dialog = export_dialog(main_window, qtbot)
    fill(qtbot, dialog, out / "missing" / "chart", "PN", "1280")
    seen: list[str] = []
    close_next_message_box(qtbot, seen)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "missing" in seen[0] and "does not exist" in seen[0]
    assert dialog.isVisible()  # stays open to pick another place
    assert list(out.iterdir()) == []


def test_copy_chart_to_clipboard_at_the_chosen_size(main_window, qtbot, out):
    open_trade(main_window, qtbot)
    dialog = export_dialog(main_window, qtbot)
    fill(qtbot, dialog, out / "chart", "PN", "1920")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    assert list(out.iterdir()) == []


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
