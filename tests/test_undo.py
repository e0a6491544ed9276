"""Edit ▸ Undo and Redo over view changes, driven through the window as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

BORRELL = "borrell-josep"


def people(main_window, qtbot):
    main_window.show_tab("people")
    tab = main_window.tab("people")
    qtbot.waitExposed(tab.table)
    return tab


def click_header(qtbot, tab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def names(tab) -> list[str]:
    model = tab.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_and_sort_undo_and_redo_from_the_menu(main_window, qtbot):
    tab = people(main_window, qtbot)
    undo, redo = main_window.undo_action, main_window.redo_action
    assert not undo.isEnabled()
    qtbot.keyClicks(tab.search, "o")  # one pause in typing: one step
    click_header(qtbot, tab, 0)
    assert undo.text() == "&Undo sort by Name"
    sorted_names = names(tab)
    undo.trigger()
    assert tab.state.sort == ()
    assert tab.table.model().headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert undo.text() == "&Undo search"
    undo.trigger()
    assert tab.search.text() == "" and len(names(tab)) == 3
    redo.trigger()
    redo.trigger()
    assert tab.search.text() == "o" and names(tab) == sorted_names
    assert redo.text() == "&Redo" and not redo.isEnabled()


def test_typing_is_one_step_per_pause(main_window, qtbot):
    tab = people(main_window, qtbot)
    qtbot.keyClicks(tab.search, "kes")
    assert main_window.history.stack.count() == 1
    main_window.undo_action.trigger()
    assert tab.search.text() == ""


def test_ctrl_y_and_ctrl_shift_z_redo(main_window, qtbot):
    assert {s.toString() for s in main_window.redo_action.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}
    assert main_window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_the_selection_is_undone_too(main_window, qtbot):
    tab = people(main_window, qtbot)
    rect = tab.table.visualRect(tab.table.model().index(names(tab).index("Josep Borrell"), 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.context.selection.people == {BORRELL}
    main_window.undo_action.trigger()
    assert main_window.context.selection.people == frozenset()
    assert tab.table.selected_ids() == frozenset()
    main_window.redo_action.trigger()
    assert tab.table.selected_ids() == {BORRELL}


def test_opening_a_dataset_starts_a_new_history(main_window, qtbot, dataset_dir):
    tab = people(main_window, qtbot)
    click_header(qtbot, tab, 0)
    assert main_window.undo_action.isEnabled()
    assert main_window.open_dataset(dataset_dir)
    assert not main_window.undo_action.isEnabled()
    assert tab.state.sort == (("name", False),)  # the view itself stays


def test_a_hundred_steps_can_be_undone(main_window, qtbot):
    tab = people(main_window, qtbot)
    for step in range(120):
        tab.state.sort = (("name", bool(step % 2)),)
    assert main_window.history.stack.count() >= 100
    for _ in range(100):
        main_window.undo_action.trigger()
    assert tab.state.sort == (("name", True),)  # step 19 of 0..119


def test_chart_zoom_and_legend_changes_undo_one_step_each(bundled_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    from test_trade_tab import QWheelEventFactory, choose, open_trade

    window = bundled_window
    tab = open_trade(window, qtbot)
    window.history.restart()
    choose(qtbot, tab.chart_selector, "kz-world-trade")
    assert tab.state.chart == "kz-world-trade"
    # One wheel gesture (several notches in a row) is one step.
    view = tab.plot.getPlotItem().getViewBox()
    centre = tab.plot.mapFromScene(view.sceneBoundingRect().center())
    steps_before = window.history.stack.count()
    for _ in range(3):
        QGuiApplication.sendEvent(tab.plot.viewport(), QWheelEventFactory(tab.plot.viewport(), centre, 120))
    qtbot.waitUntil(lambda: tab.state.x_range is not None)
    assert window.history.stack.count() == steps_before + 1
    assert window.undo_action.text().endswith("zoom")
    label = tab.data.series[0].label
    rect = tab.plot.legend.entry_rect(label)
    qtbot.mouseClick(tab.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.plot.mapFromScene(tab.plot.legend.mapToScene(rect.center())))
    qtbot.waitUntil(lambda: label in tab.state.hidden_series)
    window.undo_action.trigger()
    assert label not in tab.state.hidden_series and tab.plot.series_shown(label)
    window.undo_action.trigger()
    assert tab.state.x_range is None
    window.undo_action.trigger()
    assert tab.state.chart != "kz-world-trade" and tab.chart_selector.currentData() == tab.state.chart


def test_a_timeline_kind_filter_undoes(main_window, qtbot):
    main_window.show_tab("timeline")
    tab = main_window.tab("timeline")
    box = tab.kind_checks["summit"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert "summit" in tab.state.hidden_kinds and not box.isChecked()
    main_window.undo_action.trigger()
    assert "summit" not in tab.state.hidden_kinds and box.isChecked()
