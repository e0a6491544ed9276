"""The Timeline tab, driven as a person would: typing, clicking, keys, export."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QToolTip

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


def year_field(window, name: str) -> QSpinBox:
    return window.findChild(QSpinBox, name)


def type_year(qtbot, field: QSpinBox, year: int) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), str(year))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def seconds(day: str) -> float:
    return pd.Timestamp(day).timestamp()


def test_typing_years_shows_those_years_and_fit_all_restores(qtbot, main_window):
    tab = timeline(main_window)
    first, last = year_field(main_window, "timelineYearFrom"), year_field(main_window, "timelineYearTo")
    assert (first.minimum(), last.maximum()) == (1999, 2023)
    assert (first.value(), last.value()) == (1999, 2023)

    type_year(qtbot, first, 2022)
    # The plot shows exactly 1 January 2022 to the end of 2023; the list, those events.
    assert tab.view.x_range() == (seconds("2022-01-01"), seconds("2024-01-01"))
    assert tab.state.visible_range == tab.view.x_range()
    qtbot.waitUntil(lambda: listed_titles(main_window) == ["EU–Central Asia meeting", "Nurtleu in Brussels"])
    assert tab.count_label.text() == "2 of 3 events"
    assert main_window.findChild(QCheckBox, "kindFilter_agreement").text() == "Agreements (0)"

    type_year(qtbot, last, 2022)
    assert tab.view.x_range() == (seconds("2022-01-01"), seconds("2023-01-01"))
    qtbot.waitUntil(lambda: listed_titles(main_window) == ["EU–Central Asia meeting"])
    # A first year after the last one takes the last one along.
    type_year(qtbot, first, 2023)
    assert (first.value(), last.value()) == (2023, 2023)
    assert tab.view.x_range() == (seconds("2023-01-01"), seconds("2024-01-01"))

    qtbot.mouseClick(main_window.findChild(QPushButton, "fitAllButton"), Qt.MouseButton.LeftButton)
    assert tab.state.visible_range is None
    assert (first.value(), last.value()) == (1999, 2023)
    low, high = tab.view.x_range()
    assert low < tab.timeline.start.min() and high > tab.timeline.end.max()
    qtbot.waitUntil(lambda: len(listed_titles(main_window)) == 3)
    assert tab.count_label.text() == "3 events"


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


def test_clicking_a_bar_away_from_its_marker_selects_its_event(qtbot, main_window):
    from PySide6.QtCore import QPointF

    tab = timeline(main_window)
    view = tab.view
    data = view.timeline
    pca = data.index_of["ev-1999-06-pca"]  # June 1999: a bar over the month, its marker in the middle
    start, end = float(data.start[pca]), float(data.end[pca])
    view.show_range(start - 20 * 86400, end + 20 * 86400)
    qtbot.wait(10)
    near_start = QPointF(start + 2 * 86400, float(view.event_y[pca]))
    point = QPointF(view.mapFromScene(view.viewbox.mapViewToScene(near_start))).toPoint()
    assert (point - marker_point(main_window, "ev-1999-06-pca")).manhattanLength() > 40  # far from the marker
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert main_window.context.selection.events == {"ev-1999-06-pca"}


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


def wheel(view, position: QPointF, delta: int = 240) -> None:
    event = QWheelEvent(
        position, view.viewport().mapToGlobal(position), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QGuiApplication.sendEvent(view.viewport(), event)


def years_of(x_range, bounds) -> tuple[int, int]:
    """The years any part of which is in ``x_range``, within ``bounds``: worked out here, not by the app."""
    low, high = (pd.Timestamp(v, unit="s") for v in x_range)
    last = (high - pd.Timedelta(seconds=1)).year
    return max(low.year, bounds[0]), min(last, bounds[1])


def test_wheel_zoom_moves_the_years_list_counts_and_exports(qtbot, main_window, tmp_path):
    tab = timeline(main_window)
    view = tab.view
    before = view.x_range()
    for _ in range(2):
        wheel(view, QPointF(marker_point(main_window, VISIT)))
    after = view.x_range()
    assert after[1] - after[0] < (before[1] - before[0]) * 0.5
    assert tab.state.visible_range == after
    first, last = years_of(after, (1999, 2023))
    assert 2000 < first < 2022 and last == 2023  # June 1999 went out of view, May 2023 stayed
    fields = year_field(main_window, "timelineYearFrom"), year_field(main_window, "timelineYearTo")
    assert (fields[0].value(), fields[1].value()) == (first, last)
    qtbot.waitUntil(lambda: listed_titles(main_window) == ["EU–Central Asia meeting", "Nurtleu in Brussels"])
    assert tab.count_label.text() == "2 of 3 events"
    assert main_window.findChild(QCheckBox, "kindFilter_agreement").text() == "Agreements (0)"

    assert tab.view_caption().title == f"Kazakhstan–EU relations: 2 events, {first}–{last}"
    assert tab.export_name() == f"timeline_{first}-{last}"
    target = tmp_path / "view.csv"
    tab.write_view_csv(target)
    with target.open(encoding="utf-8-sig") as handle:
        assert [row["event_id"] for row in csv.DictReader(handle)] == [SUMMIT, VISIT]


def test_dragging_pans_the_time_axis_and_the_state(qtbot, main_window):
    tab = timeline(main_window)
    view = tab.view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)  # zoomed in, there is room to pan
    low, high = view.x_range()
    assert tab.state.visible_range == (low, high)
    years_before = year_field(main_window, "timelineYearFrom").value()
    viewport = view.viewport()
    start = QPointF(viewport.width() / 2, viewport.height() / 2)

    def send(kind, position, buttons):
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, position, viewport.mapToGlobal(position), button, buttons, Qt.KeyboardModifier.NoModifier)
        QGuiApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    pause = 1000 // pg.getConfigOption("mouseRateLimit") + 5  # pyqtgraph drops moves closer than this
    for step in range(1, 11):
        qtbot.wait(pause)
        send(QEvent.Type.MouseMove, start + QPointF(-20 * step, 0), Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, start + QPointF(-200, 0), Qt.MouseButton.NoButton)
    new_low, new_high = view.x_range()
    assert new_low > low and new_high > high  # dragged left: later dates come into view
    assert new_high - new_low == pytest.approx(high - low)
    assert tab.state.visible_range == (new_low, new_high)
    assert year_field(main_window, "timelineYearFrom").value() == years_of((new_low, new_high), (1999, 2023))[0]
    assert year_field(main_window, "timelineYearFrom").value() > years_before


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


def detail_title(tab) -> str | None:
    return tab.detail.title_label.text() if tab.detail.title_label is not None else None


def highlighted_ids(tab) -> set[str]:
    return {str(tab.timeline.ids[i]) for i in range(len(tab.timeline)) if tab.view.highlight[i]}


def test_person_then_event_then_year(qtbot, main_window):
    """Each step replaces the last: details, highlight and its label follow the shared selection."""
    tab = timeline(main_window)
    selection = main_window.context.selection
    label, bullet = tab.highlight_label, tab.highlight_bullet

    # A person: chosen in the panel of their event, their events are highlighted.
    click_row(qtbot, main_window, "EU–Central Asia meeting")
    qtbot.mouseClick(tab.detail.participant_buttons["jankauskas-kestutis"], Qt.MouseButton.LeftButton)
    assert selection.people == {"jankauskas-kestutis"} and selection.events == {SUMMIT}
    assert detail_title(tab) == "EU–Central Asia meeting"
    assert tab.detail.participant_buttons["jankauskas-kestutis"].isChecked()
    assert highlighted_ids(tab) == set()  # the one event is the selected one, ringed as such
    main_window.context.selection.select_people(["borrell-josep"], origin="people tab")
    assert tab.detail.event_id is None and tab.detail.findChild(QLabel, "eventDetailsEmpty") is not None
    assert highlighted_ids(tab) == {VISIT}
    assert label.isVisibleTo(tab) and bullet.isVisibleTo(tab)
    assert label.text() == "1 event highlighted: with Josep Borrell"

    # An event clicked on the plot: the person's highlight goes, the event's participants come.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(main_window, SUMMIT))
    assert selection.events == {SUMMIT} and selection.people == {"jankauskas-kestutis"}
    assert detail_title(tab) == "EU–Central Asia meeting"
    assert tab.view.selected == tab.timeline.index_of[SUMMIT]
    assert highlighted_ids(tab) == set()
    assert not label.isVisibleTo(tab) and not bullet.isVisibleTo(tab)

    # A year clicked on the Trade tab: its events are highlighted, no event is current.
    selection.select_years([2023], origin="trade tab")
    assert tab.detail.event_id is None
    assert tab.view.selected is None
    assert highlighted_ids(tab) == {VISIT}
    assert label.text() == "1 event highlighted: in 2023"
    table = main_window.findChild(QTableView, "eventsTable")
    rows = {title: i for i, title in enumerate(listed_titles(main_window))}
    assert table.model().index(rows["Nurtleu in Brussels"], 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert table.model().index(rows["EU–Central Asia meeting"], 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_ctrl_click_on_a_marker_adds_the_event(qtbot, main_window):
    tab = timeline(main_window)
    selection = main_window.context.selection
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(main_window, VISIT))
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
        pos=marker_point(main_window, SUMMIT),
    )
    assert selection.events == {VISIT, SUMMIT}
    assert selection.current_event == SUMMIT
    assert selection.people == {"nurtleu-murat", "borrell-josep", "jankauskas-kestutis"}
    assert detail_title(tab) == "EU–Central Asia meeting"
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(main_window, PCA))
    assert selection.events == {PCA}  # a plain click starts afresh


def test_the_highlight_label_never_reads_names_as_markup(qtbot, main_window, make_dataset):
    folder = make_dataset({"people.csv": """\
        person_id,name,role,organisation,side,source_ids
        nurtleu-murat,Murat <b>Nurtleu</b> & Co,Foreign Minister,Government of Kazakhstan,KZ,s1
        borrell-josep,Josep Borrell,High Representative,EEAS,EU,s1;s2
        jankauskas-kestutis,Kęstutis Jankauskas,EU Ambassador,EEAS,EU,s2
        """})
    assert main_window.open_dataset(folder)
    tab = timeline(main_window)
    main_window.context.selection.select_people(["nurtleu-murat"], origin="people tab")
    label = tab.highlight_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "1 event highlighted: with Murat <b>Nurtleu</b> & Co"
    # Drawn as written, tags and all (read as markup, the tags would vanish and the label shrink).
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_selecting_an_event_out_of_view_brings_it_into_view_and_the_list(qtbot, main_window):
    tab = timeline(main_window)
    type_year(qtbot, year_field(main_window, "timelineYearFrom"), 2022)
    qtbot.waitUntil(lambda: "PCA enters into force" not in listed_titles(main_window))
    main_window.context.selection.select_events(main_window.context.dataset, [PCA], origin="people tab")
    low, high = tab.view.x_range()
    anchor = tab.timeline.anchor[tab.timeline.index_of[PCA]]
    assert low < anchor < high
    assert tab.state.visible_range == (low, high)
    assert "PCA enters into force" in listed_titles(main_window)
    table = main_window.findChild(QTableView, "eventsTable")
    assert [listed_titles(main_window)[i.row()] for i in table.selectionModel().selectedRows()] == ["PCA enters into force"]
    assert year_field(main_window, "timelineYearFrom").value() <= 1999


def test_the_state_drives_the_widgets(qtbot, main_window):
    """A view state set from outside (a saved view, the command line) shows in every widget."""
    tab = timeline(main_window)
    tab.state.update(search="brussels", hidden_kinds={"summit"}, visible_range=(seconds("2023-01-01"), seconds("2024-01-01")))
    assert main_window.findChild(QLineEdit, "eventsSearch").text() == "brussels"
    assert not main_window.findChild(QCheckBox, "kindFilter_summit").isChecked()
    assert main_window.findChild(QCheckBox, "kindFilter_visit").isChecked()
    assert "Summits" not in tab.view.lane_names()
    assert tab.view.x_range() == (seconds("2023-01-01"), seconds("2024-01-01"))
    assert (year_field(main_window, "timelineYearFrom").value(), year_field(main_window, "timelineYearTo").value()) == (2023, 2023)
    assert listed_titles(main_window) == ["Nurtleu in Brussels"]
    assert tab.view_caption().title == "Kazakhstan–EU relations: 1 event, 2023 (search “brussels”; without summits)"
    # Narrower than a few years, the caption names months or days as the axis does.
    tab.state.update(search="", hidden_kinds=(), visible_range=(seconds("2023-05-01"), seconds("2023-06-01")))
    assert tab.view_caption().title == "Kazakhstan–EU relations: 1 event, May 2023"
    assert tab.export_name() == "timeline_2023"
    tab.state.visible_range = (seconds("2022-10-20"), seconds("2023-06-01"))
    assert tab.view_caption().title == "Kazakhstan–EU relations: 2 events, October 2022 – May 2023"


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


# -- export ----------------------------------------------------------------------------------
def test_export_the_filtered_events_as_csv(qtbot, main_window, tmp_path):
    tab = timeline(main_window)
    qtbot.keyClicks(main_window.findChild(QLineEdit, "eventsSearch"), "a")
    main_window.findChild(QCheckBox, "kindFilter_summit").setChecked(False)
    assert tab.state.search == "a" and tab.state.hidden_kinds == {"summit"}
    target = tmp_path / "events.csv"
    tab.write_view_csv(target)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["event_id"] for r in rows] == [PCA, VISIT]
    pca, visit = rows
    assert (pca["date"], pca["date_text"], pca["date_precision"]) == ("1999-06", "June 1999", "month")
    assert visit["participants"] == "Murat Nurtleu; Josep Borrell"
    assert visit["source_urls"] == "https://astanatimes.com/?p=69270"
    assert not list(tmp_path.glob("*.part"))
    assert tab.view_caption().title == "Kazakhstan–EU relations: 2 events, 1999–2023 (search “a”; without summits)"


def test_the_list_order_is_the_csv_order(qtbot, main_window, tmp_path):
    tab = timeline(main_window)
    table = main_window.findChild(QTableView, "eventsTable")
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(1) + 20, 5))
    assert tab.state.list_sort == (("title", False),)
    tab.write_view_csv(tmp_path / "sorted.csv")
    with (tmp_path / "sorted.csv").open(encoding="utf-8-sig") as handle:
        assert [r["title"] for r in csv.DictReader(handle)] == listed_titles(main_window) == [
            "EU–Central Asia meeting", "Nurtleu in Brussels", "PCA enters into force",
        ]


def test_an_exported_image_shows_the_visible_range(qtbot, main_window, tmp_path):
    from kzeuviewer.ui.style import theme

    tab = timeline(main_window)
    agreement = theme().kind("agreement")  # the PCA's marker, June 1999
    tab.write_view_image(tmp_path / "all.png", 1000, 500, caption=tab.view_caption())
    assert _has_colour(QImage(str(tmp_path / "all.png")), agreement)

    type_year(qtbot, year_field(main_window, "timelineYearFrom"), 2022)
    caption = tab.view_caption()
    assert caption.title == "Kazakhstan–EU relations: 2 events, 2022–2023"
    tab.write_view_image(tmp_path / "zoomed.png", 1000, 500, caption=caption)
    image = QImage(str(tmp_path / "zoomed.png"))
    assert (image.width(), image.height()) == (1000, 500)
    assert not _has_colour(image, agreement)  # 1999 is out of the exported view too
    assert _has_colour(image, theme().kind("visit")) and _has_colour(image, theme().kind("summit"))
    # The export leaves the view as it was.
    assert tab.view.x_range() == (seconds("2022-01-01"), seconds("2024-01-01"))
    assert tab.state.visible_range == tab.view.x_range()

    tab.write_view_image(tmp_path / "zoomed.svg", 1000, 500, caption=caption)
    root = ET.parse(tmp_path / "zoomed.svg").getroot()
    titles = [element.text for element in root.iter() if element.tag.endswith("title")]
    assert caption.title in titles
    text = (tmp_path / "zoomed.svg").read_text(encoding="utf-8")
    assert "Nurtleu in Brussels" in text and "Visits (1)" in text and "Agreements" in text


@pytest.mark.parametrize("extension", [".png", ".svg", ".pdf"])
def test_export_the_view_as_an_image(qtbot, main_window, tmp_path, extension):
    tab = timeline(main_window)
    target = tmp_path / f"timeline{extension}"
    tab.write_view_image(target, 1000, 500, caption=tab.view_caption())
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


def test_a_bracketed_source_title_is_explained(qtbot, main_window, make_dataset):
    from conftest import MINIMAL_DATASET

    sources = MINIMAL_DATASET["sources.csv"].replace("Nurtleu visits Brussels", "[Press release on the visit]")
    assert main_window.open_dataset(make_dataset({"sources.csv": sources}))
    click_row(qtbot, main_window, "Nurtleu in Brussels")
    detail = timeline(main_window).detail
    titles = [label.text() for label in detail.findChildren(QLabel, "sourceTitle")]
    assert "Press release on the visit" in titles and not any(t.startswith("[") for t in titles)
    notes = detail.findChildren(QLabel, "suppliedTitleNote")
    assert len(notes) == 1 and notes[0].text() == "Title supplied by the dataset; the source has none."


def test_a_huge_title_is_cut_on_screen_and_kept_whole_in_the_data(qtbot, main_window, make_dataset, tmp_path):
    from conftest import MINIMAL_DATASET
    from kzeuviewer.model.display import CELL_CHARS, DETAIL_CHARS

    huge = "Nurtleu in Brussels " + "x" * 2_000_000
    assert main_window.open_dataset(make_dataset({"events.csv": MINIMAL_DATASET["events.csv"].replace("Nurtleu in Brussels", huge)}))
    tab = timeline(main_window)
    tab.select_event(VISIT)
    shown = tab.detail.title_label.text()
    assert shown.startswith("Nurtleu in Brussels x") and shown.endswith("…") and len(shown) == DETAIL_CHARS + 1
    table = main_window.findChild(QTableView, "eventsTable")
    row = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    cells = [table.model().index(r, 1).data() for r in range(len(row))]
    assert any(len(c) == CELL_CHARS + 1 and c.endswith("…") for c in cells)
    path = main_window.export_view(tmp_path / "events.csv")[0]
    assert huge in path.read_text(encoding="utf-8-sig")  # nothing of the data is lost


def test_a_large_lists_first_search_and_title_sort_wait_for_its_titles_without_losing_a_keystroke(
    qtbot, main_window, monkeypatch, tmp_path
):
    import threading

    from kzeuviewer.model.timeline import TITLE_COLUMN, EventsQuery
    from kzeuviewer.ui.timeline import table as events_table

    # Every list counts as large here; its titles are encoded only once the test lets the worker go on.
    monkeypatch.setattr(events_table, "ENCODE_TITLES_IN_BACKGROUND", 0)
    release = threading.Event()
    encode = EventsQuery.encode_titles
    monkeypatch.setattr(EventsQuery, "encode_titles", lambda query: (release.wait(10), encode(query))[1])
    agreements = main_window.findChild(QCheckBox, "kindFilter_agreement")
    counts = main_window.findChild(QLabel, "eventsCountLabel")
    before = listed_titles(main_window)

    qtbot.keyClicks(main_window.findChild(QLineEdit, "eventsSearch"), "meeting")
    header = main_window.findChild(QTableView, "eventsTable").horizontalHeader()
    title_header = QPoint(header.sectionViewportPosition(TITLE_COLUMN) + header.sectionSize(TITLE_COLUMN) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_header)
    # Meanwhile every key landed in the field, the list is as it was, and the tab says why.
    assert main_window.findChild(QLineEdit, "eventsSearch").text() == "meeting"
    assert listed_titles(main_window) == before and agreements.text() == "Agreements (1)"
    assert "Preparing the search of 3 titles" in counts.text()

    # An export meanwhile waits for them (the window painting) and writes what the field asks for.
    QTimer.singleShot(50, release.set)
    written = main_window.export_view(tmp_path / "events.csv")
    with open(written[0], encoding="utf-8-sig", newline="") as handle:
        exported = [row["title"] for row in csv.DictReader(handle)]
    assert exported == ["EU–Central Asia meeting", "Nurtleu in Brussels"]
    qtbot.waitUntil(lambda: "Preparing" not in counts.text())
    # Then both apply: the titles with "meeting" (summaries count too), by title; the kind counts follow.
    assert listed_titles(main_window) == ["EU–Central Asia meeting", "Nurtleu in Brussels"]
    assert agreements.text() == "Agreements (0)" and counts.text() == "2 of 3 events"
    assert timeline(main_window).state.list_sort == (("title", False),)


def test_titles_that_fail_to_encode_in_the_worker_are_encoded_where_the_search_waits(qtbot, main_window, monkeypatch):
    import threading

    from kzeuviewer.model.timeline import EventsQuery
    from kzeuviewer.ui.timeline import table as events_table

    monkeypatch.setattr(events_table, "ENCODE_TITLES_IN_BACKGROUND", 0)
    encode = EventsQuery.encode_titles
    workers = []

    def fails_in_a_worker(query):
        if threading.current_thread() is not threading.main_thread():
            workers.append(threading.current_thread().name)
            raise MemoryError("no room for the titles")
        encode(query)

    monkeypatch.setattr(EventsQuery, "encode_titles", fails_in_a_worker)
    counts = main_window.findChild(QLabel, "eventsCountLabel")
    qtbot.keyClicks(main_window.findChild(QLineEdit, "eventsSearch"), "pca")
    qtbot.waitUntil(lambda: "Preparing" not in counts.text())
    assert workers == ["timeline-titles"]  # tried once in the background, not again and again
    assert listed_titles(main_window) == ["PCA enters into force"]
