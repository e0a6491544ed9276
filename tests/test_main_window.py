"""The main window as a person uses it: menus, keys, datasets, settings."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog

from kzeuviewer.ui import create_main_window
from kzeuviewer.ui.common import dialogs as dialogs_module


@pytest.fixture
def opened_dialogs(monkeypatch):
    """Modal dialogs are shown non-modally and collected."""
    dialogs = []

    def fake_exec(self):
        dialogs.append(self)
        self.show()
        return 0

    monkeypatch.setattr(dialogs_module.ProblemsDialog, "exec", fake_exec)
    monkeypatch.setattr(dialogs_module.SourcesDialog, "exec", fake_exec)
    return dialogs


def trigger(window, name: str) -> None:
    action = window.findChild(type(window.open_action), name)
    assert action is not None, name
    action.trigger()


def test_window_has_the_three_tabs_and_named_widgets(main_window):
    tabs = main_window.findChild(type(main_window.tab_widget), "tabs")
    shown = [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]
    assert shown == ["Timeline", "People & awards", "Trade"]
    assert tabs.accessibleName()
    assert "3 events" in main_window.counts_label.text()
    assert main_window.problems_button.text() == "No problems"


def test_ctrl_number_switches_tabs(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "trade"
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "people"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "timeline"


def test_opening_a_broken_dataset_keeps_the_current_one(main_window, make_dataset, monkeypatch, errors):
    before = main_window.context.dataset
    broken = make_dataset({"events.csv": None, "people.csv": "person_id,name\n"})
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(broken))
    trigger(main_window, "openAction")
    assert main_window.context.dataset is before
    assert "3 events" in main_window.counts_label.text()
    events_table = main_window.findChild(QAbstractItemView, "eventsTable")
    people_table = main_window.findChild(QAbstractItemView, "peopleTable")
    assert events_table.model().rowCount() == 3  # the old events are still on screen
    assert people_table.model().rowCount() == 3
    (title, text, details) = errors[0]
    assert title == "Dataset not opened"
    assert "still loaded" in text
    assert "events.csv: the file is missing" in details
    assert "people.csv:1: organisation: required column is missing" in details


def test_row_problems_load_the_rest_and_show_the_counter(main_window, make_dataset, monkeypatch, opened_dialogs):
    folder = make_dataset({"events.csv": """\
        event_id,date,end_date,title,kind,location,summary,source_ids
        ev-2023-05-15-brussels,2023-05-15,,Nurtleu in Brussels,visit,Brussels,,s1
        ev-1999-06-pca,1999-06,,PCA,treaty,,,s2
        ev-2022-10-26-summit,2022-10-26,,Summit,summit,Astana,,s2
        """})
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    trigger(main_window, "openAction")
    assert "2 events" in main_window.counts_label.text()
    assert main_window.problems_button.text() == "⚠ 1 problem"
    main_window.problems_button.click()
    (dialog,) = opened_dialogs
    assert dialog.text.toPlainText() == (
        "events.csv:3: kind: 'treaty' is not one of: visit, summit, meeting, agreement, award, other"
    )


def test_problems_dialog_filters_as_you_type(qtbot, make_dataset):
    from kzeuviewer.model import load_dataset

    dataset = load_dataset(make_dataset({"people.csv": (
        "person_id,name,role,organisation,side,source_ids\n"
        "nurtleu-murat,Murat Nurtleu,FM,Gov,Kazakh,s1\n"
        "borrell-josep,Josep Borrell,HR,EEAS,EU,s9\n"
        "jankauskas-kestutis,Kęstutis Jankauskas,Amb,EEAS,EU,s2\n"
    )}))
    dialog = dialogs_module.ProblemsDialog(dataset.problems, str(dataset.path))
    qtbot.addWidget(dialog)
    assert len(dialog.text.toPlainText().splitlines()) == len(dataset.problems) >= 2
    qtbot.keyClicks(dialog.filter, "source id")
    assert dialog.text.toPlainText() == "people.csv:3: source_ids: unknown source id 's9'"


def test_drop_a_folder_opens_it(main_window, make_dataset):
    folder = make_dataset({"participants.csv": "event_id,person_id,role\n"})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    assert main_window.context.dataset.path == folder
    assert len(main_window.context.dataset.participants) == 0


def test_a_dataset_replaced_by_file_open_is_let_go(main_window, make_dataset, qtbot):
    import gc
    import weakref

    # Every tab has drawn the first dataset (the trade charts keep what they prepared of it).
    for key in ("trade", "people", "timeline"):
        main_window.show_tab(key)
        qtbot.wait(10)
    context = main_window.context
    first = [weakref.ref(context.dataset), weakref.ref(context._loaded)]  # as shown, and as loaded
    assert main_window.open_dataset(make_dataset()) is True
    qtbot.wait(10)
    gc.collect()
    # Nothing holds the first dataset any more: a million rows opened after it would not stay in memory.
    assert [ref() for ref in first] == [None] * len(first)


def test_the_old_events_list_goes_when_a_new_dataset_is_shown_without_waiting_for_the_cycle_collector(
    main_window, make_dataset, qtbot
):
    import gc
    import weakref

    main_window.show_tab("timeline")
    tab = main_window.tab("timeline")
    old = weakref.ref(tab.query)
    gc.disable()
    try:
        assert main_window.open_dataset(make_dataset()) is True
        qtbot.wait(10)
        # Freed when the last reference went (a million events' list is hundreds of MB until then).
        assert old() is None
    finally:
        gc.enable()


def test_every_tab_is_built_after_the_first_paint_whichever_tab_shows_first(qtbot, settings, dataset_dir):
    window = create_main_window(data_dir=dataset_dir, settings=settings, lazy_tabs=True)
    qtbot.addWidget(window)
    started = []
    window.context.when_tabs_built(lambda: started.append(True))  # as the tabs' background work waits
    # Another tab than the one built first is brought forward before anything was painted
    # (as restoring the last session's view does).
    window.show_tab("people" if window.current_key() != "people" else "trade")
    window.show()
    qtbot.waitUntil(lambda: len(window.tabs()) == 3 and started == [True])


def test_reload_reads_the_files_again(main_window, qtbot):
    folder = main_window.context.dataset.path
    with open(folder / "events.csv", "a", encoding="utf-8") as handle:
        handle.write("ev-2024-visit,2024,,Another visit,visit,Astana,,s1\n")
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    assert "4 events" in main_window.counts_label.text()


def test_settings_round_trip(qtbot, settings, dataset_dir, make_dataset):
    other = make_dataset()
    window = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.open_dataset(other)
    window.show_tab("trade")
    window.resize(790, 503)  # within the offscreen screen's 800×600
    expected = (window.width(), window.height())
    assert expected != (1280, 800)
    window.close()

    again = create_main_window(settings=settings)  # no --data: the last dataset
    qtbot.addWidget(again)
    assert again.context.dataset.path == other
    assert again.current_key() == "trade"
    assert (again.width(), again.height()) == expected
    again.recent_menu.aboutToShow.emit()
    recent = [a.text() for a in again.recent_menu.actions()]
    assert recent[:2] == [str(other.resolve()), str(dataset_dir.resolve())]


def test_missing_last_dataset_falls_back_to_bundled(qtbot, settings, tmp_path):
    settings.setValue("datasets/last", str(tmp_path / "gone"))
    window = create_main_window(settings=settings)
    qtbot.addWidget(window)
    assert window.dataset_label.text() == "Dataset: bundled"
    assert "is gone" in window.statusBar().currentMessage()


def test_corrupt_settings_never_stop_the_app(qtbot, settings):
    path = settings.fileName()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0garbage)\ntab=42\n[datasets]\nrecent=@Invalid()\nlast=7\n")
    settings.sync()
    window = create_main_window(settings=type(settings)(path, type(settings).Format.IniFormat))
    qtbot.addWidget(window)
    assert window.current_key() == "timeline"
    assert window.dataset_label.text() == "Dataset: bundled"


def test_unknown_data_dir_on_start_shows_error_and_bundled(qtbot, settings, tmp_path, errors):
    window = create_main_window(data_dir=tmp_path / "missing", settings=settings)
    qtbot.addWidget(window)
    assert errors and "cannot be opened" in errors[0][1]
    assert window.dataset_label.text() == "Dataset: bundled"


def test_data_sources_dialog_is_searchable(main_window, qtbot, opened_dialogs):
    trigger(main_window, "sourcesAction")
    (dialog,) = opened_dialogs
    assert dialog.model.rowCount() == 2
    qtbot.keyClicks(dialog.search, "kazinform")
    assert dialog.model.rowCount() == 1
    assert dialog.count.text() == "1 of 2 sources"
    assert dialog.model.query.cell(0, 0) == "s2"


def test_only_web_links_are_opened(monkeypatch):
    opened = []
    monkeypatch.setattr(dialogs_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert dialogs_module.open_web_link("https://astanatimes.com/?p=69270")
    assert not dialogs_module.open_web_link("file:///etc/passwd")
    assert not dialogs_module.open_web_link("javascript:alert(1)")
    assert opened == ["https://astanatimes.com/?p=69270"]


def test_find_focuses_the_current_tabs_search(main_window, qtbot):
    field = main_window.current_tab().search_field()
    if field is None:
        pytest.skip("the current tab has no search box yet")
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field


@pytest.mark.parametrize(
    "name",
    ["tabs", "timelineView", "eventsTable", "eventsSearch", "peopleTable", "peopleSearch", "tradePlot", "chartSelector"],
)
def test_stable_object_names_with_accessible_names(main_window, name):
    from PySide6.QtWidgets import QWidget

    widget = main_window.findChild(QWidget, name)
    assert widget is not None, name
    assert widget.accessibleName(), name


def test_large_dataset_loads_in_the_background_with_progress(main_window, make_dataset, monkeypatch, errors):
    from kzeuviewer.ui import loading

    shown = []
    monkeypatch.setattr(loading, "LARGE_DATASET_BYTES", 0)  # every folder counts as large
    monkeypatch.setattr(loading.QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    folder = make_dataset({"participants.csv": "event_id,person_id,role\n"})
    assert main_window.open_dataset(folder) is True
    assert main_window.context.dataset.path == folder
    assert len(main_window.context.dataset.participants) == 0
    assert shown and shown[0].startswith(f"Reading and checking {folder.name}")

    broken = make_dataset({"trade.csv": None})
    assert main_window.open_dataset(broken) is False
    assert main_window.context.dataset.path == folder  # the failed load kept the data
    assert "trade.csv: the file is missing" in errors[-1][2]


def test_reload_open_and_title_read_right(main_window, qtbot, monkeypatch, dataset_dir):
    main_window.reload_action.trigger()
    assert main_window.statusBar().currentMessage().startswith("Reloaded ")
    assert main_window.windowTitle().startswith("Kazakhstan–EU relations — ")
    assert "kzeuviewer" not in main_window.windowTitle()  # the platform adds the app's name
    starts = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title, start: starts.append(start) or "")
    main_window.open_action.trigger()
    assert starts[-1] == str(dataset_dir.parent)
    main_window.open_dataset(None)
    main_window.open_action.trigger()
    assert starts[-1] == str(os.path.expanduser("~"))  # not inside the installed package


def test_hand_edited_settings_never_break_the_export_dialog(main_window, qtbot, settings):
    settings.setValue("export/width", "99999999999")
    settings.setValue("export/height", "-3")
    settings.setValue("export/caption", "perhaps")
    main_window.show_tab("trade")
    main_window.export_action.trigger()
    dialog = main_window.current_tab().export_dialog
    qtbot.waitExposed(dialog)
    assert (dialog.width_box.value(), dialog.height_box.value()) == (1920, 1080)  # the defaults
    assert dialog.caption_box.isChecked()
    dialog.reject()


def test_memory_freed_by_a_build_is_given_back_once_idle(qtbot, settings, dataset_dir, monkeypatch):
    from kzeuviewer.ui import main_window

    trims = []
    monkeypatch.setattr(main_window, "release_freed_memory", lambda: trims.append("trim"))
    window = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.tabs()) == 3 and len(trims) >= 1)
    qtbot.wait(50)
    built = len(trims)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # File ▸ Reload: every tab takes the new dataset
    qtbot.waitUntil(lambda: len(trims) > built)
    # Coalesced: once when the event loop is idle again, not once per tab.
    qtbot.wait(50)
    assert len(trims) == built + 1


def test_the_source_lines_cached_by_imports_are_dropped_once_no_worker_runs(qtbot, settings, dataset_dir):
    import linecache
    import threading

    from kzeuviewer.model.memory import drop_source_cache

    window = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.tabs()) == 3)
    # Every import after PySide6 has its source read by PySide6's import hook and kept by linecache.
    linecache.getlines(threading.__file__)
    assert linecache.cache
    # Not while another thread runs (linecache is not safe to clear under a reader), nor from a worker.
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=True)
    worker.start()
    answers = []
    probe = threading.Thread(target=lambda: answers.append(drop_source_cache()))
    probe.start()
    probe.join()
    assert answers == [False] and drop_source_cache() is False and linecache.cache
    # The window tries again until the worker is done, then the lines go.
    qtbot.keyClick(window, Qt.Key.Key_F5)  # File ▸ Reload: a new dataset, memory released when idle
    qtbot.wait(400)
    assert linecache.cache
    release.set()
    worker.join()
    qtbot.waitUntil(lambda: not linecache.cache, timeout=3000)


def test_memory_freed_by_searching_is_given_back_once_the_user_pauses(qtbot, settings, dataset_dir, monkeypatch):
    from kzeuviewer.ui import main_window

    window = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.tabs()) == 3)
    qtbot.wait(50)
    trims = []
    monkeypatch.setattr(main_window, "release_freed_memory", lambda: trims.append("trim"))
    window.show_tab("people")
    field = window.tab("people").search_field()
    for char in "borrell":
        qtbot.keyClick(field, char)
        qtbot.wait(100)  # typing: no pause of a second yet
    assert trims == []
    qtbot.waitUntil(lambda: trims == ["trim"], timeout=3000)  # one, once the typing stopped
    qtbot.wait(1200)
    assert trims == ["trim"]
