"""Save View, Open View, --view and the session that comes back, as a person uses them."""

from __future__ import annotations

import json
import shutil

from PySide6.QtWidgets import QFileDialog

from kzeuviewer.ui import create_main_window

BORRELL, BRUSSELS = "borrell-josep", "ev-2023-05-15-brussels"


def set_up_a_view(window) -> None:
    people = window.tab("people")
    people.state.update(search="o", sort=(("name", True),), value_filters={"side": ["EU"]}, hidden_columns={"role"})
    timeline = window.tab("timeline")
    timeline.state.update(hidden_kinds={"agreement"}, list_sort=(("title", True),))
    timeline.state.show_years(2022, 2023)
    trade = window.tab("trade")
    trade.select_chart("kz-eu-trade")
    trade.state.update(hidden_series={trade.data.series[0].label})
    trade.state.show_years(2021, 2022)
    trade.table_state.update(search="2022", sort=(("value", True),))
    window.context.selection.select_events(window.context.dataset, [BRUSSELS], origin="test")
    window.show_tab("people")


def assert_same_view(window, other) -> None:
    for key in ("timeline", "people", "trade"):
        mine, theirs = window.tab(key).view_states(), other.tab(key).view_states()
        for name, state in mine.items():
            assert theirs[name] == state, name


def test_a_saved_view_opens_in_a_fresh_window_with_every_setting(main_window, qtbot, settings, tmp_path, dataset_dir):
    set_up_a_view(main_window)
    path = main_window.save_view(tmp_path / "mine.kzview")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "kzeuviewer-view" and document["tab"] == "people"

    fresh = create_main_window(data_dir=None, settings=settings)  # the bundled dataset
    qtbot.addWidget(fresh)
    assert fresh.open_view(path)
    assert fresh.context.dataset.path.resolve() == dataset_dir.resolve()
    assert_same_view(fresh, main_window)
    people = fresh.tab("people")
    assert people.search.text() == "o" and people.table.isColumnHidden(1)
    assert (fresh.tab("trade").year_from.value(), fresh.tab("trade").year_to.value()) == (2021, 2022)
    assert fresh.tab("timeline").state.years(None) == (2022, 2023)
    assert fresh.current_key() == "people"
    assert fresh.context.selection.events == {BRUSSELS} and BORRELL in fresh.context.selection.people
    assert people.table.selected_ids() == fresh.context.selection.people


def test_a_bad_view_file_keeps_the_current_view(main_window, tmp_path, errors):
    set_up_a_view(main_window)
    before = main_window.tab("people").state.values()
    for name, content in {"broken.kzview": "{not json", "other.kzview": '{"format": "x", "version": 1}',
                          "future.kzview": '{"format": "kzeuviewer-view", "version": 7}'}.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        assert not main_window.open_view(tmp_path / name)
        assert str(tmp_path / name) in errors[-1][1]
    assert main_window.tab("people").state.values() == before


def test_what_the_dataset_lacks_is_dropped_and_listed(main_window, tmp_path, errors):
    path = main_window.save_view(tmp_path / "v.kzview")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["people"]["sort"] = [["no_such_column", False], ["name", True]]
    document["selection"] = {"events": ["ev-not-here"], "people": [BORRELL], "years": [], "focus": "people"}
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main_window.open_view(path)
    assert main_window.tab("people").state.sort == (("name", True),)
    assert main_window.context.selection.people == {BORRELL}
    title, _text, details = errors[-1]
    assert "left out" in title and "no_such_column" in details and "1 selected id is not in this dataset" in details


def test_a_gone_dataset_folder_is_asked_for(main_window, qtbot, tmp_path, make_dataset, monkeypatch, errors):
    data = make_dataset()
    other = create_main_window(data_dir=data, settings=main_window.settings)
    qtbot.addWidget(other)
    other.tab("people").state.update(search="kes")
    path = other.save_view(tmp_path / "v.kzview")
    moved = tmp_path / "moved"
    shutil.move(str(data), moved)
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a[1]) or "")
    assert not main_window.open_view(path)  # the person cancelled: nothing changes
    assert "is gone" in asked[0] and main_window.tab("people").state.search == ""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(moved))
    assert main_window.open_view(path)
    assert main_window.context.dataset.path.resolve() == moved.resolve()
    assert main_window.tab("people").state.search == "kes"


def test_the_view_option_opens_the_window_on_the_view(main_window, qtbot, settings, tmp_path):
    set_up_a_view(main_window)
    path = main_window.save_view(tmp_path / "v.kzview")
    window = create_main_window(settings=settings, view=path)
    qtbot.addWidget(window)
    assert window.tab("people").state == main_window.tab("people").state
    assert window.current_key() == "people"


def test_restart_brings_the_last_view_back(qtbot, settings, dataset_dir):
    first = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(first)
    first.show()
    set_up_a_view(first)
    first.close()
    again = create_main_window(settings=settings, lazy_tabs=True)  # as the app starts: no --data, lazy tabs
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: len(again.tabs()) == 3)
    assert again.current_key() == "people"
    assert_same_view(again, first)
    qtbot.waitUntil(lambda: again.context.selection.events == {BRUSSELS})
    assert not again.undo_action.isEnabled()  # restoring is no step to undo
