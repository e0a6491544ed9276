"""The Timeline tab, driven as a person would: typing, clicking, keys, export."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox, QTableView, QToolTip

VISIT = "ev-2023-05-15-brussels"
PCA = "ev-1999-06-pca"
SUMMIT = "ev-2022-10-26-summit"


# -- helpers -------------------------------------------------------------------
def timeline(window):
    return window.tab("timeline")


def listed_titles(window) -> list[str]:
    table = window.findChild(QTableView, "eventsTable")
    model = table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def plotted(window) -> set[str]:
    return set(timeline(window).view.plotted_ids())


def click_row(qtbot, window, title: str) -> None:
    table = window.findChild(QTableView, "eventsTable")
    row = listed_titles(window).index(title)
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def marker_point(window, event_id: str) -> QPoint:
    view = timeline(window).view
    return view.marker_pos(view.timeline.index_of[event_id]).toPoint()


# -- search and filters -----------------------------------------------------------
def test_search_filters_list_and_plot_as_you_type(qtbot, main_window):
    search = main_window.findChild(QLineEdit, "eventsSearch")
    count = timeline(main_window).count_label
    assert listed_titles(main_window) == ["PCA enters into force", "EU–Central Asia meeting", "Nurtleu in Brussels"]
    assert count.text() == "3 events"

    qtbot.keyClicks(search, "brussels")  # title and location of the visit only
    assert listed_titles(main_window) == ["Nurtleu in Brussels"]
    assert plotted(main_window) == {VISIT}
    assert count.text() == "1 of 3 events"

    search.clear()
    qtbot.keyClicks(search, "kestutis")  # a participant's name, accents folded
    assert listed_titles(main_window) == ["EU–Central Asia meeting"]
    assert plotted(main_window) == {SUMMIT}

    search.clear()
    qtbot.keyClicks(search, "partnership")  # in the summary only
    assert listed_titles(main_window) == ["PCA enters into force"]
    assert plotted(main_window) == {PCA}

    search.clear()
    qtbot.keyClicks(search, "no such thing")
    assert listed_titles(main_window) == []
    assert plotted(main_window) == set()
    assert count.text() == "0 of 3 events"
    assert timeline(main_window).view.empty_label.isVisibleTo(timeline(main_window).view)


def test_kind_counts_follow_the_search(qtbot, main_window):
    visits = main_window.findChild(QCheckBox, "kindFilter_visit")
    agreements = main_window.findChild(QCheckBox, "kindFilter_agreement")
    assert visits.text() == "Visits (1)"
    qtbot.keyClicks(main_window.findChild(QLineEdit, "eventsSearch"), "pca")
    assert visits.text() == "Visits (0)"
    assert agreements.text() == "Agreements (1)"


def test_unticking_a_kind_removes_it_from_list_and_plot(qtbot, main_window):
    visits = main_window.findChild(QCheckBox, "kindFilter_visit")
    view = timeline(main_window).view
    assert "Visits" in view.lane_names()

    qtbot.mouseClick(visits, Qt.MouseButton.LeftButton, pos=QPoint(4, visits.height() // 2))
    assert not visits.isChecked()
    assert "Nurtleu in Brussels" not in listed_titles(main_window)
    assert plotted(main_window) == {PCA, SUMMIT}
    assert "Visits" not in view.lane_names()

    qtbot.mouseClick(visits, Qt.MouseButton.LeftButton, pos=QPoint(4, visits.height() // 2))
    assert plotted(main_window) == {PCA, SUMMIT, VISIT}
    assert len(listed_titles(main_window)) == 3


def test_year_range_filters_and_fit_all_restores(qtbot, main_window):
    first = main_window.findChild(QSpinBox, "yearFromSpin")
    assert (first.minimum(), main_window.findChild(QSpinBox, "yearToSpin").maximum()) == (1999, 2023)
    first.lineEdit().selectAll()
    qtbot.keyClicks(first.lineEdit(), "2022")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert listed_titles(main_window) == ["EU–Central Asia meeting", "Nurtleu in Brussels"]
    assert plotted(main_window) == {SUMMIT, VISIT}
    view = timeline(main_window).view
    low, _high = view.x_range()
    assert low > view.timeline.end[view.timeline.index_of[PCA]]  # June 1999 is out of view

    qtbot.mouseClick(main_window.findChild(QPushButton, "fitAllButton"), Qt.MouseButton.LeftButton)
    assert first.value() == 1999
    assert len(listed_titles(main_window)) == 3


def test_sorting_the_list_keeps_the_selection(qtbot, main_window):
    click_row(qtbot, main_window, "EU–Central Asia meeting")
    table = main_window.findChild(QTableView, "eventsTable")
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(1) + 20, 5))
    assert listed_titles(main_window) == ["EU–Central Asia meeting", "Nurtleu in Brussels", "PCA enters into force"]
    selected = table.selectionModel().selectedRows()
    assert [listed_titles(main_window)[i.row()] for i in selected] == ["EU–Central Asia meeting"]


# -- selection and details ---------------------------------------------------------
def test_selecting_a_row_shows_details_with_sources_and_participants(qtbot, main_window):
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    tab = timeline(main_window)
    assert main_window.context.selection.events == {VISIT}
    detail = tab.detail
    assert detail.title_label.text() == "Nurtleu in Brussels"
    assert detail.findChild(type(detail.title_label), "eventDate").text() == "15 May 2023"
    assert detail.findChild(type(detail.title_label), "eventLocation").text() == "Brussels"
    assert set(detail.participant_buttons) == {"nurtleu-murat", "borrell-josep"}
    assert set(detail.source_boxes) == {"s1"}
    quotes = [label.text() for label in detail.source_boxes["s1"].findChildren(type(detail.title_label), "sourceQuote")]
    assert quotes == ["“met senior officials on May 15”"]
    link = detail.source_buttons["s1"]
    assert link.toolTip() == "https://astanatimes.com/?p=69270"
    assert tab.view.selected == tab.timeline.index_of[VISIT]


def test_partial_date_is_a_span_labelled_honestly(qtbot, main_window):
    tab = timeline(main_window)
    click_row(qtbot, main_window, "PCA enters into force")
    assert tab.detail.findChild(type(tab.detail.title_label), "eventDate").text() == (
        "June 1999 — the source gives the month, not the day"
    )
    position = tab.timeline.index_of[PCA]
    assert tab.view.labels.texts[position] == "June 1999 · PCA enters into force"
    spans = tab.view.spans
    index = list(tab.view._span_events).index(position)
    import pandas as pd

    assert pd.Timestamp(spans.x0[index], unit="s") == pd.Timestamp("1999-06-01")
    assert pd.Timestamp(spans.x1[index], unit="s") == pd.Timestamp("1999-07-01")
    assert "June 1999 (month only)" in tab.view.tooltip_for(position)


def test_clicking_a_marker_selects_the_event_everywhere(qtbot, main_window):
    tab = timeline(main_window)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(main_window, SUMMIT))
    assert main_window.context.selection.events == {SUMMIT}
    assert tab.detail.title_label.text() == "EU–Central Asia meeting"
    table = main_window.findChild(QTableView, "eventsTable")
    rows = table.selectionModel().selectedRows()
    assert [listed_titles(main_window)[i.row()] for i in rows] == ["EU–Central Asia meeting"]


def test_hover_shows_date_title_and_kind(qtbot, main_window):
    view = timeline(main_window).view
    qtbot.mouseMove(view.viewport(), marker_point(main_window, VISIT))
    qtbot.waitUntil(lambda: "Nurtleu in Brussels" in view.hover_text)
    assert "15 May 2023" in view.hover_text and "Visit" in view.hover_text
    assert "Nurtleu in Brussels" in QToolTip.text()
    qtbot.mouseMove(view.viewport(), QPoint(5, 5))  # off every event: the tooltip goes
    qtbot.waitUntil(lambda: view.hover_text == "")
    QToolTip.hideText()


def test_clicking_a_participant_selects_them_and_jumps_to_people(qtbot, main_window):
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    detail = timeline(main_window).detail
    qtbot.mouseClick(detail.participant_buttons["borrell-josep"], Qt.MouseButton.LeftButton)
    assert main_window.context.selection.people == {"borrell-josep"}
    assert main_window.context.selection.events == {VISIT}
    jump = main_window.findChild(QPushButton, "showInPeopleButton")
    assert jump.isVisible() and "Josep Borrell" in jump.text()
    qtbot.mouseClick(jump, Qt.MouseButton.LeftButton)
    assert main_window.current_key() == "people"


def test_source_links_open_only_web_addresses(qtbot, main_window, monkeypatch, make_dataset):
    opened = []
    monkeypatch.setattr("kzeuviewer.ui.timeline.detail.open_web_link", lambda url: opened.append(url) or True)
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    detail = timeline(main_window).detail
    qtbot.mouseClick(detail.source_buttons["s1"], Qt.MouseButton.LeftButton)
    assert opened == ["https://astanatimes.com/?p=69270"]

    folder = make_dataset({"sources.csv": """\
        source_id,title,publisher,url,published,quote
        s1,Nurtleu visits Brussels,The Astana Times,file:///etc/passwd,2023-05,"a quote"
        s2,Cooperation Council,Kazinform,https://example.org/cc,2023-10-23,"a quote"
        """})
    assert main_window.open_dataset(folder)
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    link = timeline(main_window).detail.source_buttons["s1"]
    assert not link.isEnabled()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened == ["https://astanatimes.com/?p=69270"]


# -- keyboard -------------------------------------------------------------------------
def test_left_right_step_through_shown_events_in_date_order(qtbot, main_window):
    view = timeline(main_window).view
    view.setFocus()
    selection = main_window.context.selection
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selection.events == {PCA}
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selection.events == {SUMMIT}
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selection.events == {VISIT}
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the last one stays selected
    assert selection.events == {VISIT}
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert selection.events == {SUMMIT}

    # Hidden events are skipped.
    summits = main_window.findChild(QCheckBox, "kindFilter_summit")
    summits.setChecked(False)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert selection.events == {PCA}
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selection.events == {VISIT}


def test_left_right_in_the_list_step_events_too(qtbot, main_window):
    click_row(qtbot, main_window, "PCA enters into force")
    table = main_window.findChild(QTableView, "eventsTable")
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert main_window.context.selection.events == {SUMMIT}


def test_enter_opens_details_and_home_fits_all(qtbot, main_window):
    tab = timeline(main_window)
    view = tab.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    width_before = view.x_range()[1] - view.x_range()[0]
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.x_range()[1] - view.x_range()[0]
    assert zoomed < width_before * 0.5
    qtbot.keyClick(view, Qt.Key.Key_Home)
    low, high = view.x_range()
    assert low <= tab.timeline.start.min() and high >= tab.timeline.end.max()

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.detail.hasFocus()
    assert tab.detail.title_label.text() == "PCA enters into force"


def test_wheel_zooms_the_time_axis(qtbot, main_window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view = timeline(main_window).view
    before = view.x_range()
    centre = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    event = QWheelEvent(
        centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QGuiApplication.sendEvent(view.viewport(), event)
    after = view.x_range()
    assert after[1] - after[0] < (before[1] - before[0]) * 0.9


def test_dragging_pans_the_time_axis(qtbot, main_window):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    view = timeline(main_window).view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)  # zoomed in, there is room to pan
    low, high = view.x_range()
    viewport = view.viewport()
    start = QPointF(viewport.width() / 2, viewport.height() / 2)

    def send(kind, position, buttons):
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, position, viewport.mapToGlobal(position), button, buttons, Qt.KeyboardModifier.NoModifier)
        QGuiApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        send(QEvent.Type.MouseMove, start + QPointF(-20 * step, 0), Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, start + QPointF(-200, 0), Qt.MouseButton.NoButton)
    new_low, new_high = view.x_range()
    assert new_low > low and new_high > high  # dragged left: later dates come into view
    assert new_high - new_low == pytest.approx(high - low)


def test_ctrl_f_focuses_the_search_and_copy_copies_the_event(qtbot, main_window):
    main_window.find_action.trigger()
    assert main_window.findChild(QLineEdit, "eventsSearch").hasFocus()
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    main_window.copy_action.trigger()
    text = QGuiApplication.clipboard().text().splitlines()
    assert text[0].split("\t")[:3] == ["Date", "Title", "Kind"]
    assert text[1].split("\t")[:3] == ["15 May 2023", "Nurtleu in Brussels", "Visit"]


# -- linked selection --------------------------------------------------------------------
def test_people_selected_elsewhere_highlight_their_events(qtbot, main_window):
    tab = timeline(main_window)
    main_window.context.selection.select_people(["borrell-josep"], origin="people tab")
    highlighted = {str(tab.timeline.ids[i]) for i in range(len(tab.timeline)) if tab.view.highlight[i]}
    assert highlighted == {VISIT}
    assert "1 event highlighted" in tab.highlight_label.text() and "Josep Borrell" in tab.highlight_label.text()
    table = main_window.findChild(QTableView, "eventsTable")
    row = listed_titles(main_window).index("Nurtleu in Brussels")
    assert table.model().index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    other = listed_titles(main_window).index("PCA enters into force")
    assert table.model().index(other, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    qtbot.mouseClick(main_window.findChild(QPushButton, "clearHighlightButton"), Qt.MouseButton.LeftButton)
    assert main_window.context.selection.people == frozenset()
    assert not tab.view.highlight.any()


def test_years_chosen_elsewhere_highlight_events_of_those_years(qtbot, main_window):
    tab = timeline(main_window)
    main_window.context.selection.select_years([1999], origin="trade tab")
    assert {str(tab.timeline.ids[i]) for i in range(len(tab.timeline)) if tab.view.highlight[i]} == {PCA}
    assert "in 1999" in tab.highlight_label.text()


def test_an_event_selected_elsewhere_is_shown_here(qtbot, main_window):
    tab = timeline(main_window)
    main_window.context.selection.select_events(main_window.context.dataset, [SUMMIT], origin="people tab")
    assert tab.detail.title_label.text() == "EU–Central Asia meeting"
    table = main_window.findChild(QTableView, "eventsTable")
    assert [listed_titles(main_window)[i.row()] for i in table.selectionModel().selectedRows()] == [
        "EU–Central Asia meeting"
    ]
    # Selecting here is announced once, with this tab as origin (no echo loop).
    origins = []
    main_window.context.selection.changed.connect(origins.append)
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    assert [change.origin for change in origins] == [tab]


def test_reloading_another_dataset_rebuilds_the_tab(qtbot, main_window, make_dataset):
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    folder = make_dataset({"events.csv": """\
        event_id,date,end_date,title,kind,location,summary,source_ids
        ev-2023-05-15-brussels,2023-05-15,,Nurtleu in Brussels,visit,Brussels,Meetings with Borrell,s1
        ev-1999-06-pca,1999-06,,PCA enters into force,agreement,,Partnership and Cooperation Agreement,s2
        ev-2022-10-26-summit,2022-10-26,2022-10-27,EU–Central Asia meeting,summit,Astana,First regional meeting,s2
        ev-2024-award,2024,,An award,award,,,s1
        """})
    assert main_window.open_dataset(folder)
    tab = timeline(main_window)
    assert len(listed_titles(main_window)) == 4
    assert "Awards" in tab.view.lane_names()
    assert tab.detail.event_id is None


# -- export -------------------------------------------------------------------------------
def open_export_dialog(qtbot, window):
    window.export_action.trigger()
    dialog = timeline(window).export_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_export_filtered_events_as_csv(qtbot, main_window, tmp_path):
    qtbot.keyClicks(main_window.findChild(QLineEdit, "eventsSearch"), "a")
    main_window.findChild(QCheckBox, "kindFilter_summit").setChecked(False)
    dialog = open_export_dialog(qtbot, main_window)
    qtbot.mouseClick(dialog.csv_radio, Qt.MouseButton.LeftButton)
    target = tmp_path / "events.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["event_id"] for r in rows] == [PCA, VISIT]
    pca, visit = rows
    assert (pca["date"], pca["date_text"], pca["date_precision"]) == ("1999-06", "June 1999", "month")
    assert visit["participants"] == "Murat Nurtleu; Josep Borrell"
    assert visit["source_urls"] == "https://astanatimes.com/?p=69270"
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("extension", [".png", ".svg", ".pdf"])
def test_export_the_view_as_an_image(qtbot, main_window, tmp_path, extension):
    dialog = open_export_dialog(qtbot, main_window)
    index = dialog.format_combo.findData(extension)
    dialog.format_combo.setCurrentIndex(index)
    dialog.width_spin.setValue(1000)
    dialog.height_spin.setValue(500)
    dialog.path_edit.setText(str(tmp_path / "timeline.png"))  # the extension follows the format
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / f"timeline{extension}"
    assert target.exists() and target.stat().st_size > 1000
    if extension == ".png":
        image = QImage(str(target))
        assert (image.width(), image.height()) == (1000, 500)
        assert _has_colour(image, "#2f6fbf")  # a visit marker
        assert _has_colour(image, "#d1572b")  # a summit marker
    elif extension == ".svg":
        root = ET.parse(target).getroot()
        assert root.get("width", "").startswith("1000") and root.get("height", "").startswith("500")
        text = target.read_text(encoding="utf-8")
        assert "Nurtleu in Brussels" in text and "Visits (1)" in text
    else:
        assert target.read_bytes().startswith(b"%PDF")


def _has_colour(image: QImage, colour: str, tolerance: int = 30) -> bool:
    from PySide6.QtGui import QColor

    want = QColor(colour)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - want.red()) < tolerance
                and abs(pixel.green() - want.green()) < tolerance
                and abs(pixel.blue() - want.blue()) < tolerance
            ):
                return True
    return False
