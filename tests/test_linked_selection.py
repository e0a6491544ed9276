"""One selection across the three tabs, driven by clicks: person → event → year.

After every step the shared selection, each tab's highlight and each detail panel agree.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

KESTUTIS, BORRELL, NURTLEU = "jankauskas-kestutis", "borrell-josep", "nurtleu-murat"
BRUSSELS, SUMMIT, PCA = "ev-2023-05-15-brussels", "ev-2022-10-26-summit", "ev-1999-06-pca"


def highlighted_events(window) -> set[str]:
    tab = window.tab("timeline")
    return {str(tab.timeline.ids[i]) for i in range(len(tab.timeline)) if tab.view.highlight[i]}


def click_people_row(qtbot, window, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.show_tab("people")
    table = window.tab("people").table
    model = table.model()
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index(name)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, table.visualRect(model.index(row, 0)).center())


def click_marker(qtbot, window, event_id: str) -> None:
    window.show_tab("timeline")
    view = window.tab("timeline").view
    qtbot.waitExposed(view)
    point = view.marker_pos(view.timeline.index_of[event_id]).toPoint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_year(qtbot, window, year: int) -> None:
    window.show_tab("trade")
    tab = window.tab("trade")
    qtbot.waitExposed(tab.plot)
    frame = tab.visible_frame()
    row = int(frame.index[frame["year"] == year][0])
    point = tab.plot.mapFromScene(tab.plot.point_scene_pos(row))
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def year_band_shown(window) -> bool:
    return any(marks.band.isVisible() for marks in window.tab("trade").plot._hover)


def people_selected(window) -> set[str]:
    return set(window.tab("people").table.selected_ids())


def events_list_selection(window) -> list[str]:
    table = window.findChild(QTableView, "eventsTable")
    query = table.model().query
    return [query.id_at(i.row()) for i in table.selectionModel().selectedRows()]


def test_person_then_event_then_year(main_window, qtbot):
    selection = main_window.context.selection

    # 1. A person in the People table.
    click_people_row(qtbot, main_window, "Kęstutis Jankauskas")
    assert selection.people == {KESTUTIS} and selection.events == frozenset() and selection.focus == "people"
    assert main_window.tab("people").details.name_label.text() == "Kęstutis Jankauskas"
    assert highlighted_events(main_window) == {SUMMIT}  # the meeting he attended
    timeline = main_window.tab("timeline")
    assert "Kęstutis Jankauskas" in timeline.highlight_label.text()
    assert timeline.selected_id is None and timeline.detail.title_label is None  # no event chosen

    # 2. An event on the Timeline: it and its participants replace the person.
    click_marker(qtbot, main_window, BRUSSELS)
    assert selection.events == {BRUSSELS} and selection.current_event == BRUSSELS
    assert selection.people == {BORRELL, NURTLEU}
    assert timeline.detail.title_label.text() == "Nurtleu in Brussels"
    assert events_list_selection(main_window) == [BRUSSELS]
    assert people_selected(main_window) == {BORRELL, NURTLEU}  # what People shows is the selection
    assert highlighted_events(main_window) == set()  # the event itself carries the selected ring
    assert not timeline.highlight_label.isVisible()  # no "highlighted: with Kęstutis" left over

    # 3. A year on a trade chart: it replaces the event and its people.
    click_year(qtbot, main_window, 2022)
    assert selection.years == {2022} and selection.events == frozenset() and selection.people == frozenset()
    assert people_selected(main_window) == set()
    assert highlighted_events(main_window) == {SUMMIT}
    assert "in 2022" in timeline.highlight_label.text()
    assert timeline.selected_id is None and timeline.detail.title_label is None
    assert year_band_shown(main_window)


def test_a_new_dataset_clears_the_selection_after_the_tabs_have_it(main_window, qtbot, dataset_dir):
    click_year(qtbot, main_window, 2022)
    assert year_band_shown(main_window)
    assert main_window.open_dataset(dataset_dir)
    assert main_window.context.selection.is_empty()
    assert not year_band_shown(main_window)  # no year band survives
    assert highlighted_events(main_window) == set()
