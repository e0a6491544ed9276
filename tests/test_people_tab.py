"""The People & awards tab, driven as a person would: typing, clicking, menus, shortcuts."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

BORRELL, NURTLEU, KESTUTIS = "borrell-josep", "nurtleu-murat", "jankauskas-kestutis"
BRUSSELS = "ev-2023-05-15-brussels"


@pytest.fixture
def tab(main_window, qtbot):
    main_window.show_tab("people")
    people = main_window.tab("people")
    qtbot.waitExposed(people.table)
    return people


def shown_names(tab) -> list[str]:
    model = tab.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def header_texts(tab) -> list[str]:
    model = tab.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def click_header(qtbot, tab, column: int, shift: bool = False) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, modifier, QPoint(x, header.height() // 2))


def click_row(qtbot, tab, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = tab.table.visualRect(tab.table.model().index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def row_of(tab, name: str) -> int:
    return shown_names(tab).index(name)


def selected_names(tab) -> list[str]:
    return [tab.table.model().index(r, 0).data() for r in tab.table.selected_view_rows().tolist()]


def right_click(widget, position: QPoint) -> None:
    """What the window system sends on a right click (QTest's mouse clicks send no context menu event)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position))
    QApplication.sendEvent(widget, event)


def run_menu_action(qtbot, open_menu, action_name: str) -> None:
    """Open a context menu the way a person does and pick one of its actions."""
    picked = []

    def pick():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        action = menu.findChild(type(menu.actions()[0]), action_name)
        picked.append(action.text())
        menu.hide()
        action.trigger()

    QTimer.singleShot(0, pick)
    open_menu()
    qtbot.waitUntil(lambda: bool(picked))


def yellow_pixels(image, rect) -> int:
    count = 0
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom(), 2):
            color = QColor(image.pixel(x, y))
            if color.red() > 220 and color.green() > 170 and color.blue() < 160:
                count += 1
    return count


# -- search ---------------------------------------------------------------------------------
def test_typing_narrows_the_rows_and_highlights_the_match(tab, qtbot):
    assert tab.count_label.text() == "3 of 3 rows"
    qtbot.keyClicks(tab.search, "kes")
    assert shown_names(tab) == ["Kęstutis Jankauskas"]  # accent-insensitive: "kes" finds "Kęs"
    assert tab.count_label.text() == "1 of 3 rows"
    tab.table.viewport().repaint()
    image = tab.table.viewport().grab().toImage()
    name_cell = tab.table.visualRect(tab.table.model().index(0, 0))
    role_cell = tab.table.visualRect(tab.table.model().index(0, 1))
    assert yellow_pixels(image, name_cell) > 5
    assert yellow_pixels(image, role_cell) == 0
    qtbot.keyClicks(tab.search, "tutis jank")
    assert shown_names(tab) == ["Kęstutis Jankauskas"]
    tab.search.clear()
    assert shown_names(tab) == ["Murat Nurtleu", "Josep Borrell", "Kęstutis Jankauskas"]
    tab.table.viewport().repaint()
    image = tab.table.viewport().grab().toImage()
    assert yellow_pixels(image, tab.table.viewport().rect()) == 0


def test_ctrl_f_focuses_the_search(main_window, tab, qtbot):
    tab.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.search.hasFocus())
    assert tab.search.objectName() == "peopleSearch" and tab.search.accessibleName()


def test_invalid_regex_shows_an_inline_error_and_keeps_the_rows(tab, qtbot):
    qtbot.mouseClick(tab.regex, Qt.MouseButton.LeftButton)
    assert tab.regex.isChecked()
    qtbot.keyClicks(tab.search, "^(jos|mur")
    assert tab.error_label.isVisible()
    assert tab.error_label.text().startswith("Invalid pattern")
    assert len(shown_names(tab)) == 3  # the last valid search ("^" matches all) still applies
    qtbot.keyClicks(tab.search, ")")
    assert not tab.error_label.isVisible()
    assert shown_names(tab) == ["Murat Nurtleu", "Josep Borrell"]


# -- sort -------------------------------------------------------------------------------------
def test_header_click_sorts_and_shift_click_adds_keys(tab, qtbot):
    side, name = 3, 0
    click_header(qtbot, tab, side)
    assert header_texts(tab)[side] == "Side ▲"
    assert shown_names(tab) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"]  # EU, EU, KZ (stable)
    click_header(qtbot, tab, name, shift=True)
    click_header(qtbot, tab, name, shift=True)  # a second Shift+click flips the secondary key
    headers = header_texts(tab)
    assert (headers[side], headers[name]) == ("Side ▲1", "Name ▼2")
    assert shown_names(tab) == ["Kęstutis Jankauskas", "Josep Borrell", "Murat Nurtleu"]
    click_header(qtbot, tab, side, shift=True)
    assert shown_names(tab) == ["Murat Nurtleu", "Kęstutis Jankauskas", "Josep Borrell"]  # KZ first now
    click_header(qtbot, tab, name)  # a plain click sorts by that column alone
    headers = header_texts(tab)
    assert (headers[side], headers[name]) == ("Side", "Name ▲")
    assert shown_names(tab) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"]


# -- filters ------------------------------------------------------------------------------------
def test_column_filter_and_search_combine_and_clear_in_one_click(tab, qtbot):
    bar = tab.filter_bar
    qtbot.mouseClick(bar.buttons["side"], Qt.MouseButton.LeftButton)
    popup = bar.popup
    qtbot.waitExposed(popup)
    items = {popup.list.item(i).data(Qt.ItemDataRole.UserRole): popup.list.item(i) for i in range(popup.list.count())}
    assert set(items) == {"EU", "KZ"}
    assert items["EU"].text() == "EU  (2)"
    rect = popup.list.visualItemRect(items["KZ"])
    popup.list.setCurrentItem(items["KZ"])
    qtbot.keyClick(popup.list, Qt.Key.Key_Space)  # Space toggles the current checkbox
    assert items["KZ"].checkState() == Qt.CheckState.Unchecked, rect
    qtbot.mouseClick(popup.apply_button, Qt.MouseButton.LeftButton)
    assert shown_names(tab) == ["Josep Borrell", "Kęstutis Jankauskas"]
    chip = bar.chips["side"]
    assert chip.text().startswith("Side: EU")
    qtbot.keyClicks(tab.search, "ambassador")
    assert shown_names(tab) == ["Kęstutis Jankauskas"]
    assert tab.count_label.text() == "1 of 3 rows"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert "side" not in bar.chips
    assert shown_names(tab) == ["Kęstutis Jankauskas"]  # the search still applies
    tab.search.clear()
    assert len(shown_names(tab)) == 3


def test_date_range_filter(tab, qtbot):
    bar = tab.filter_bar
    qtbot.mouseClick(bar.buttons["date"], Qt.MouseButton.LeftButton)
    popup = bar.popup
    popup.from_edit.setDate(popup.from_edit.date().addDays(-1))
    assert popup.use_from.isChecked()
    qtbot.mouseClick(popup.apply_button, Qt.MouseButton.LeftButton)
    assert shown_names(tab) == ["Josep Borrell"]  # people without an award date drop out
    assert bar.chips["date"].text().startswith("Date: from 14 May 2023")
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_names(tab)) == 3 and not bar.chips


# -- copy ---------------------------------------------------------------------------------------
def test_ctrl_c_copies_the_selected_rows_with_headers(tab, qtbot):
    click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    click_row(qtbot, tab, row_of(tab, "Murat Nurtleu"), Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == [c.header for c in tab.model.query.columns]
    assert lines[1].split("\t") == [
        "Murat Nurtleu", "Foreign Minister", "Government of Kazakhstan", "KZ", "", "", "", "", "", "", "1", ""
    ]
    assert lines[2].split("\t")[:7] == [
        "Josep Borrell", "High Representative", "EEAS", "EU", "Order of Dostyk", "1st", "15 May 2023"
    ]
    assert len(lines) == 3


def test_context_menu_copies_without_headers(tab, qtbot):
    row = row_of(tab, "Kęstutis Jankauskas")
    click_row(qtbot, tab, row)
    position = tab.table.visualRect(tab.table.model().index(row, 1)).center()
    run_menu_action(
        qtbot,
        lambda: right_click(tab.table.viewport(), position),
        "copyWithoutHeadersAction",
    )
    assert QGuiApplication.clipboard().text() == "Kęstutis Jankauskas\tEU Ambassador\tEEAS\tEU\t\t\t\t\t\t\t1\t\n"


# -- columns --------------------------------------------------------------------------------------
def test_hidden_columns_are_not_searched_and_are_remembered(main_window, tab, qtbot, settings):
    header = tab.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(1) + 5, 5)
    run_menu_action(
        qtbot,
        lambda: right_click(header.viewport(), position),
        "columnAction_role",
    )
    assert tab.table.isColumnHidden(1)
    qtbot.keyClicks(tab.search, "ambassador")  # only in the hidden Role column
    assert shown_names(tab) == []
    header.moveSection(header.visualIndex(4), 0)  # drag Award to the front
    assert tab.table.visible_columns()[:2] == [4, 0]
    main_window.close()

    from kzeuviewer.ui import create_main_window

    again = create_main_window(data_dir=main_window.context.dataset.path, settings=settings)
    qtbot.addWidget(again)
    people = again.tab("people")
    assert people.table.isColumnHidden(1)
    assert people.table.visible_columns()[:2] == [4, 0]


# -- export ---------------------------------------------------------------------------------------
def view_as_shown(tab) -> list[list[str]]:
    query, columns = tab.model.query, tab.table.visible_columns()
    rows = [[query.columns[c].header for c in columns]]
    shown = query.view_frame(columns)
    for position, c in enumerate(columns):  # files for machines keep ISO dates ("2023-05-15")
        if query.columns[c].kind == "date":
            shown.iloc[:, position] = query.export_values(c)
    rows += shown.values.tolist()
    return rows


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_view_as_shown(main_window, tab, qtbot, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"people{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(tab.search, "ee")  # Borrell and Kęstutis (EEAS)
    click_header(qtbot, tab, 0)
    click_header(qtbot, tab, 0)  # Name descending
    tab.table.set_column_hidden(5, True)  # Degree
    main_window.export_action.trigger()  # File ▸ Export… (Ctrl+E)
    assert target.exists()
    expected = view_as_shown(tab)
    assert [r[0] for r in expected[1:]] == ["Kęstutis Jankauskas", "Josep Borrell"]
    assert "Degree" not in expected[0] and "Organisation" in expected[0]
    if suffix == ".csv":
        with open(target, encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(target).active
        written = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert written == expected
    assert str(target) in main_window.statusBar().currentMessage()


def test_export_to_an_unwritable_place_explains_and_leaves_nothing(tab, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr("kzeuviewer.ui.people.tab.show_error", lambda parent, title, text, details="": errors.append(text))
    target = tmp_path / "no such folder" / "people.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_button.click()
    assert len(errors) == 1 and "does not exist" in errors[0] and str(target) in errors[0]
    blocked = tmp_path / "people.xlsx"
    blocked.mkdir()
    assert not tab.export_to(str(blocked))
    assert "Cannot write" in errors[1]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("dataset", "settings")) == ["people.xlsx"]
    assert blocked.is_dir() and not any(blocked.iterdir())


# -- linked selection -------------------------------------------------------------------------------
def test_selecting_rows_selects_people_for_every_tab(main_window, tab, qtbot):
    selection = main_window.context.selection
    with qtbot.waitSignal(tab.table.selectedIdsChanged):
        click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    assert selection.people == {BORRELL}
    assert tab.details.name_label.text() == "Josep Borrell"
    details = tab.details.text.toPlainText()
    assert "Order of Dostyk, 1st degree" in details
    assert "met senior officials on May 15" in details  # the source's quote
    click_row(qtbot, tab, row_of(tab, "Murat Nurtleu"), Qt.KeyboardModifier.ControlModifier)
    assert selection.people == {BORRELL, NURTLEU}


def test_an_event_selected_elsewhere_selects_its_participants(main_window, tab, qtbot):
    timeline = main_window.tab("timeline")
    click_row(qtbot, tab, row_of(tab, "Kęstutis Jankauskas"))
    main_window.context.selection.select_events(main_window.context.dataset, [BRUSSELS], origin=timeline)
    assert tab.table.selected_ids() == {BORRELL, NURTLEU}
    assert sorted(selected_names(tab)) == ["Josep Borrell", "Murat Nurtleu"]
    # What the table shows is the shared selection: Kęstutis went, the event stays.
    assert main_window.context.selection.events == {BRUSSELS}
    assert main_window.context.selection.people == {BORRELL, NURTLEU}


def test_selection_survives_sort_search_and_filter(main_window, tab, qtbot):
    click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    click_header(qtbot, tab, 0)
    assert selected_names(tab) == ["Josep Borrell"]
    assert tab.table.currentIndex().data() == "Josep Borrell"  # the keyboard cursor follows its row
    qtbot.keyClicks(tab.search, "kes")  # Borrell is hidden now ...
    assert selected_names(tab) == []
    assert main_window.context.selection.people == {BORRELL}  # ... but still selected
    tab.search.clear()
    assert selected_names(tab) == ["Josep Borrell"]
    assert tab.table.selected_ids() == {BORRELL}


def test_clicking_an_attended_event_selects_it_and_shows_the_timeline(main_window, tab, qtbot):
    click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    events = tab.details.events
    assert events.count() == 1 and "Nurtleu in Brussels (host)" in events.item(0).text()
    rect = events.visualItemRect(events.item(0))
    qtbot.mouseClick(events.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.context.selection.events == {BRUSSELS}
    assert main_window.current_key() == "timeline"


def test_a_new_dataset_clears_the_selection_and_keeps_the_sort(main_window, tab, qtbot, dataset_dir):
    click_header(qtbot, tab, 0)
    click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    assert main_window.open_dataset(dataset_dir)
    assert tab.table.selected_ids() == frozenset()
    assert header_texts(tab)[0] == "Name ▲"
    assert shown_names(tab) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"]


def test_round_trip_with_the_timeline_events_list(main_window, tab, qtbot):
    """Click an event in the Timeline's list: its participants are selected here; and back."""
    from kzeuviewer.ui.common.table_view import DataTableView

    main_window.show_tab("timeline")
    events_list = main_window.tab("timeline").findChild(DataTableView, "eventsTable")
    qtbot.waitExposed(events_list)
    row = int(events_list.query.view_rows_of_ids({BRUSSELS})[0])
    rect = events_list.visualRect(events_list.model().index(row, 0))
    qtbot.mouseClick(events_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.context.selection.events == {BRUSSELS}
    assert tab.table.selected_ids() == {BORRELL, NURTLEU}

    main_window.show_tab("people")
    click_row(qtbot, tab, row_of(tab, "Kęstutis Jankauskas"))
    assert main_window.context.selection.people == {KESTUTIS}
    assert main_window.context.selection.events == frozenset()


# -- view state -------------------------------------------------------------------------------
def test_what_the_person_does_is_the_tab_state(tab, qtbot):
    """Typing, sorting, filtering and hiding a column are written to the Qt-free TableState."""
    qtbot.keyClicks(tab.search, "bor")
    assert tab.state.search == "bor" and shown_names(tab) == ["Josep Borrell"]
    tab.search.clear()
    click_header(qtbot, tab, 0)
    click_header(qtbot, tab, 3, shift=True)
    assert tab.state.sort == (("name", False), ("side", False))
    assert header_texts(tab)[0] == "Name ▲1" and header_texts(tab)[3] == "Side ▲2"
    qtbot.mouseClick(tab.filter_bar.buttons["side"], Qt.MouseButton.LeftButton)
    popup = tab.filter_bar.popup
    items = {popup.list.item(i).data(Qt.ItemDataRole.UserRole): popup.list.item(i) for i in range(popup.list.count())}
    items["KZ"].setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(popup.apply_button, Qt.MouseButton.LeftButton)
    assert tab.state.value_filters == (("side", ("EU",)),)
    tab.table.set_column_hidden(1, True)  # what the Columns menu's check box does
    assert tab.state.hidden_columns == {"role"}


def test_a_state_set_from_outside_shows_in_every_widget(tab, qtbot):
    """An undo or a view file sets the state; the search box, chips, header and rows follow."""
    tab.state.update(search="kes", sort=(("name", True),), value_filters={"side": ["EU"]}, hidden_columns={"organisation"})
    assert tab.search.text() == "kes"
    assert shown_names(tab) == ["Kęstutis Jankauskas"]
    assert "side" in tab.filter_bar.chips
    assert header_texts(tab)[0] == "Name ▼"
    assert tab.table.isColumnHidden(2) and not tab.table.isColumnHidden(1)
    tab.state.reset()
    assert tab.search.text() == "" and len(shown_names(tab)) == 3 and not tab.filter_bar.chips
    assert not tab.table.isColumnHidden(2)


def test_the_view_state_carries_over_to_a_new_dataset(main_window, tab, qtbot, dataset_dir):
    tab.state.update(search="o", sort=(("name", True),))
    before = shown_names(tab)
    assert main_window.open_dataset(dataset_dir)
    assert tab.search.text() == "o" and shown_names(tab) == before


# -- what the search matched -----------------------------------------------------------------
def test_a_match_out_of_sight_is_named_beside_the_count(main_window, tab, qtbot):
    main_window.resize(800, 600)
    tab.table.horizontalScrollBar().setValue(0)
    header = tab.table.horizontalHeader()
    linked = [c.key for c in tab.model.query.columns].index("event_title")
    qtbot.waitUntil(lambda: header.sectionViewportPosition(linked) >= tab.table.viewport().width())
    qtbot.keyClicks(tab.search, "brussels")  # only Borrell's linked event says Brussels
    assert shown_names(tab) == ["Josep Borrell"]
    assert tab.matched_label.isVisible() and tab.matched_label.text() == "matched in: Linked event"
    tab.table.horizontalScrollBar().setValue(tab.table.horizontalScrollBar().maximum())
    assert not tab.matched_label.isVisible()  # the column is in view: its highlight shows it


def test_an_empty_result_says_so_and_a_hidden_person_is_flagged(main_window, tab, qtbot):
    click_row(qtbot, tab, row_of(tab, "Josep Borrell"))
    qtbot.keyClicks(tab.search, "Schmidt")
    assert shown_names(tab) == []
    assert tab.empty_label.isVisible() and tab.empty_label.text() == "No people match “Schmidt”."
    assert "hides this person" in tab.details.note_label.text()
    tab.search.clear()
    assert not tab.empty_label.isVisible() and not tab.details.note_label.isVisible()


def test_an_unverified_award_is_marked_in_the_table_and_the_panel(bundled_window, qtbot):
    bundled_window.show_tab("people")
    tab = bundled_window.tab("people")
    qtbot.keyClicks(tab.search, "Costa")
    query = tab.model.query
    column = [c.key for c in query.columns].index("award_confidence")
    friendship = [r for r in range(len(query)) if query.cell(r, 4).startswith("Order of Friendship")]
    assert friendship and query.cell(friendship[0], column) == "unverified"
    click_row(qtbot, tab, friendship[0])
    assert "⚠ unverified" in tab.details.text.toPlainText()


# -- searching while the search indexes are built in the background ------------------------
@pytest.fixture
def slow_build(tab, monkeypatch):
    """The tab starts a background build (as after opening a large dataset) that ends when released.

    Searches wait for a build only in tables this large: made 0 here, so the bundled table behaves as
    a million-row one does while its indexes are being built.
    """
    import threading

    from kzeuviewer.ui.people import tab as people_module

    monkeypatch.setattr(people_module, "DEFER_FROM_ROWS", 0)
    release, failure = threading.Event(), []
    query_class = type(tab.model.query)
    real = query_class.warm_up

    def slow_warm_up(query, cancelled=lambda: False):
        assert release.wait(20)
        if failure:
            raise RuntimeError("the build failed")
        real(query, cancelled)

    monkeypatch.setattr(query_class, "warm_up", slow_warm_up)
    tab._warm_up(tab.dataset)
    tab.table.viewport().update()  # the build starts after the table's next paint
    yield release, failure
    release.set()


ALL = ["Murat Nurtleu", "Josep Borrell", "Kęstutis Jankauskas"]


def test_a_search_typed_during_the_build_waits_for_it_and_the_window_does_not(tab, qtbot, slow_build):
    release, _failure = slow_build
    qtbot.waitUntil(lambda: tab._warm_thread.is_alive())
    qtbot.keyClicks(tab.search, "kes")  # returns at once: nothing waits for the build
    assert tab.state.search == "kes"
    assert shown_names(tab) == ALL
    assert tab.count_label.text() == "Preparing the search…"
    qtbot.keyClicks(tab.search, "t")
    release.set()
    qtbot.waitUntil(lambda: shown_names(tab) == ["Kęstutis Jankauskas"])
    assert tab.count_label.text() == "1 of 3 rows"
    tab.search.clear()  # once built, searches apply as they are typed
    assert shown_names(tab) == ALL


def test_a_sort_asked_for_during_the_build_waits_for_it(tab, qtbot, slow_build):
    release, _failure = slow_build
    qtbot.waitUntil(lambda: tab._warm_thread.is_alive())
    click_header(qtbot, tab, 3)  # Side: EU, EU, KZ once sorted
    assert tab.state.sort == (("side", False),)
    assert shown_names(tab) == ALL and tab.count_label.text() == "Preparing the sort…"
    assert "▲" not in header_texts(tab)[3]  # the header shows the order the rows are in
    release.set()
    qtbot.waitUntil(lambda: shown_names(tab) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"])
    assert "▲" in header_texts(tab)[3] and tab.count_label.text() == "3 of 3 rows"


@pytest.mark.parametrize("together", [False, True])  # set after the sort, or with it in one step (undo, a view file)
def test_a_filter_set_during_the_build_applies_at_once(tab, qtbot, slow_build, together):
    release, _failure = slow_build
    qtbot.waitUntil(lambda: tab._warm_thread.is_alive())
    if together:
        tab.state.update(sort=(("side", False),), value_filters=(("side", ("KZ",)),))
    else:
        click_header(qtbot, tab, 3)
        tab.model.set_value_filter(3, {"KZ"})  # a filter needs no index
    assert shown_names(tab) == ["Murat Nurtleu"]
    assert tab.count_label.text() == "Preparing the sort…"  # the sort still waits
    release.set()
    qtbot.waitUntil(lambda: "▲" in header_texts(tab)[3])
    assert shown_names(tab) == ["Murat Nurtleu"] and tab.count_label.text() == "1 of 3 rows"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the failure is the point
def test_a_failed_build_leaves_no_search_waiting(tab, qtbot, slow_build):
    release, failure = slow_build
    qtbot.waitUntil(lambda: tab._warm_thread.is_alive())
    qtbot.keyClicks(tab.search, "borrell")
    assert shown_names(tab) == ALL
    failure.append(True)
    release.set()
    qtbot.waitUntil(lambda: shown_names(tab) == ["Josep Borrell"])


def test_an_export_during_the_build_writes_the_rows_the_search_asks_for(tab, qtbot, slow_build, tmp_path):
    import threading

    release, _failure = slow_build
    qtbot.waitUntil(lambda: tab._warm_thread.is_alive())
    qtbot.keyClicks(tab.search, "kes")
    assert shown_names(tab) == ALL
    threading.Timer(0.3, release.set).start()
    path = tmp_path / "people.csv"
    tab.write_table(path)  # waits for the build behind a progress dialog
    with path.open(encoding="utf-8-sig") as handle:
        assert [row[0] for row in csv.reader(handle)][1:] == ["Kęstutis Jankauskas"]
    assert shown_names(tab) == ["Kęstutis Jankauskas"]
