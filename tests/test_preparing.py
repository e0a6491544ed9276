"""A large dataset's tabs are prepared in a worker thread: the window keeps painting meanwhile.

"Large" is lowered to every dataset here, so the small test data takes the
same path as a million rows does.
"""

from __future__ import annotations

import threading

import pytest

from kzeuviewer.ui.people.tab import PeopleTab
from kzeuviewer.ui.timeline.tab import TimelineTab

PEOPLE = """\
    person_id,name,role,organisation,side,source_ids
    kallas-kaja,Kaja Kallas,High Representative,EEAS,EU,s1
    tokayev-kassym-jomart,Kassym-Jomart Tokayev,President,Government of Kazakhstan,KZ,s2
    """


@pytest.fixture
def every_dataset_large(monkeypatch):
    from kzeuviewer.ui import loading, preparing

    monkeypatch.setattr(loading, "LARGE_DATASET_BYTES", 0)
    monkeypatch.setattr(preparing, "PREPARE_IN_BACKGROUND_ROWS", 0)


@pytest.fixture
def preparations(monkeypatch):
    """Each tab class's ``prepare``, recorded: (tab key, thread it ran in, what it built)."""
    calls = []
    for key, cls in (("people", PeopleTab), ("timeline", TimelineTab)):
        original = cls.prepare

        def spy(dataset, key=key, original=original):
            built = original(dataset)
            calls.append((key, threading.current_thread(), built))
            return built

        monkeypatch.setattr(cls, "prepare", staticmethod(spy))
    return calls


def shown_names(window) -> list[str]:
    model = window.tab("people").table.model()
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def listed_titles(window) -> list[str]:
    model = window.tab("timeline").table.model()
    return sorted(model.index(row, 1).data() for row in range(model.rowCount()))


def test_opening_a_large_dataset_prepares_the_tabs_off_the_gui_thread(
    main_window, make_dataset, every_dataset_large, preparations
):
    folder = make_dataset({"people.csv": PEOPLE, "participants.csv": "event_id,person_id,role\n",
                           "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"})
    assert main_window.open_dataset(folder) is True

    by_tab = {key: (thread, built) for key, thread, built in preparations}
    assert set(by_tab) == {"people", "timeline"}
    assert all(thread is not threading.main_thread() for thread, _built in by_tab.values())
    # The tabs show what the worker built, not a second build of their own.
    assert main_window.tab("people").model.query is by_tab["people"][1]
    assert main_window.tab("timeline").timeline is by_tab["timeline"][1]
    assert by_tab["timeline"][1]._prepared_layout is None  # the lanes laid out in the worker were taken
    assert len(preparations) == 2
    assert shown_names(main_window) == ["Kaja Kallas", "Kassym-Jomart Tokayev"]


def test_the_timeline_lanes_are_laid_out_in_the_worker_and_drawn_as_laid_out(
    main_window, make_dataset, every_dataset_large, monkeypatch
):
    from kzeuviewer.model import timeline as model_timeline

    threads = []
    original = model_timeline.LaneLayout.__init__

    def spy(layout, *args, **kwargs):
        threads.append(threading.current_thread())
        original(layout, *args, **kwargs)

    monkeypatch.setattr(model_timeline.LaneLayout, "__init__", spy)
    folder = make_dataset({"awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"})
    assert main_window.open_dataset(folder) is True

    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    tab = main_window.tab("timeline")
    data, view = tab.timeline, tab.view
    # Every event with a date is counted in the strips, in the lane of its kind.
    assert view.density.counted == int(data.valid.sum()) > 0
    assert view.lane_kinds == sorted(set(data.kind_codes.tolist()))
    # Lanes chosen later are laid out where they are asked for.
    view.set_lanes(view.lane_kinds[:1])
    assert len(threads) == 2 and threads[1] is threading.main_thread()
    assert view.density.counted == int((data.valid & (data.kind_codes == view.lane_kinds[0])).sum())


def test_the_trade_tab_finds_rows_no_chart_shows_with_the_load(main_window, make_dataset, every_dataset_large, monkeypatch):
    from kzeuviewer.ui.trade import tab as trade_tab

    threads = []
    original = trade_tab.unshown_rows

    def spy(dataset):
        threads.append(threading.current_thread())
        return original(dataset)

    monkeypatch.setattr(trade_tab, "unshown_rows", spy)
    folder = make_dataset({"trade.csv": """\
        series,year,flow,value,unit,reporter,partner,partner_scope,source_ids
        BNS,2021,export,24.1,USD billion,Kazakhstan,EU,EU27,s2
        Eurostat,2022,export,5,EUR billion,EU,World,World,s1
        """})
    assert main_window.open_dataset(folder) is True
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    label = main_window.tab("trade").unshown_label
    assert label.text() == "1 trade or indicator row of this dataset appears in no chart. Hover here to see which and why."
    assert "no chart shows export figures reported by EU with partner World" in label.toolTip()


def test_a_prepared_table_without_rows_is_used_as_it_is(main_window, make_dataset, every_dataset_large, preparations):
    folder = make_dataset({"people.csv": "person_id,name,role,organisation,side,source_ids\n",
                           "participants.csv": "event_id,person_id,role\n",
                           "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"})
    assert main_window.open_dataset(folder) is True
    built = {key: value for key, _thread, value in preparations}
    assert len(built["people"]) == 0
    assert main_window.tab("people").model.query is built["people"]  # empty, and still not built a second time
    assert main_window.tab("timeline").timeline is built["timeline"]
    assert shown_names(main_window) == []


def test_a_failed_preparation_still_shows_the_new_data(main_window, make_dataset, every_dataset_large, monkeypatch):
    def broken(dataset):
        raise MemoryError("no room for the table's indexes")

    monkeypatch.setattr(PeopleTab, "prepare", staticmethod(broken))
    folder = make_dataset({"people.csv": PEOPLE, "participants.csv": "event_id,person_id,role\n",
                           "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n"})
    assert main_window.open_dataset(folder) is True
    assert main_window.context.dataset.path == folder
    assert shown_names(main_window) == ["Kaja Kallas", "Kassym-Jomart Tokayev"]


def test_starting_on_a_large_dataset_shows_progress_and_prepares_every_tab_with_the_load(
    qtbot, settings, dataset_dir, every_dataset_large, preparations, monkeypatch
):
    from kzeuviewer.ui import create_main_window, loading

    shown = []
    monkeypatch.setattr(loading.QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    window = create_main_window(data_dir=dataset_dir, settings=settings, lazy_tabs=True)
    qtbot.addWidget(window)
    assert shown and shown[0].startswith(f"Reading and checking {dataset_dir.name}")
    window.show()
    qtbot.waitUntil(lambda: len(window.tabs()) == 3)
    by_tab = {key: (thread, built) for key, thread, built in preparations}
    assert len(preparations) == 2 and all(thread is not threading.main_thread() for thread, _built in by_tab.values())
    assert window.tab("people").model.query is by_tab["people"][1]
    assert window.tab("timeline").timeline is by_tab["timeline"][1]
    assert shown_names(window) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"]


def test_what_was_prepared_for_one_language_is_not_used_for_another(main_window):
    from kzeuviewer.ui.preparing import prepare_tabs

    context, people = main_window.context, main_window.tab("people")
    dataset = context.dataset
    tabs = [("people", "kzeuviewer.ui.people.tab", "PeopleTab")]
    in_kazakh = prepare_tabs(dataset, "kk", tabs)
    context.set_dataset(dataset, in_kazakh)  # the window is in English: the Kazakh preparation is left aside
    assert people.model.query is not in_kazakh.by_tab["people"]
    assert context.take_prepared("people", context.dataset) is None

    in_english = prepare_tabs(dataset, "en", tabs)
    context.set_dataset(dataset, in_english)
    assert people.model.query is in_english.by_tab["people"]
    assert shown_names(main_window) == ["Josep Borrell", "Kęstutis Jankauskas", "Murat Nurtleu"]


def test_background_work_waits_until_the_window_has_built_every_tab(qtbot, settings, dataset_dir, monkeypatch):
    from kzeuviewer.ui import create_main_window
    from kzeuviewer.ui.timeline import tab as timeline_tab

    monkeypatch.setattr(timeline_tab, "LIST_IN_BACKGROUND", 1)  # this small list is built in a worker too
    starts = []  # (the tab, how many of the window's tabs were built then)
    real_start = timeline_tab.TimelineTab._start_list_build

    def start(self, build):
        starts.append((self, len(window.tabs())))
        real_start(self, build)

    monkeypatch.setattr(timeline_tab.TimelineTab, "_start_list_build", start)
    window = create_main_window(data_dir=dataset_dir, settings=settings, lazy_tabs=True)
    qtbot.addWidget(window)
    window.show()
    timeline = window.tab("timeline")
    qtbot.waitUntil(lambda: not timeline.list_pending())
    assert [built for tab, built in starts if tab is timeline] == [3]  # windows of earlier tests may start theirs too
    assert sorted(timeline.listed_ids()) == ["ev-1999-06-pca", "ev-2022-10-26-summit", "ev-2023-05-15-brussels"]


def test_a_tab_on_its_own_starts_its_background_work_at_once(qtbot, settings, monkeypatch):
    from kzeuviewer.model import load_dataset
    from kzeuviewer.ui.context import AppContext
    from kzeuviewer.ui.timeline import tab as timeline_tab

    monkeypatch.setattr(timeline_tab, "LIST_IN_BACKGROUND", 1)
    dataset = load_dataset()
    tab = TimelineTab(AppContext(dataset, settings))  # as the benchmarks build one: no window
    qtbot.addWidget(tab)
    tab.set_dataset(dataset)
    assert tab.list_pending()
    qtbot.waitUntil(lambda: not tab.list_pending())
    assert len(tab.listed_ids()) == len(dataset.events)


def test_an_export_while_the_events_list_is_built_waits_behind_a_dialog_with_the_window_painting(
    main_window, make_dataset, every_dataset_large, monkeypatch, qtbot, tmp_path
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from kzeuviewer.ui.timeline import tab as timeline_tab

    monkeypatch.setattr(timeline_tab, "LIST_IN_BACKGROUND", 0)
    release = threading.Event()
    build_list = timeline_tab.EventsQuery

    def slow_list(data):
        release.wait(10)  # until the test has seen the window waiting
        return build_list(data)

    monkeypatch.setattr(timeline_tab, "EventsQuery", slow_list)
    assert main_window.open_dataset(make_dataset()) is True
    main_window.show_tab("timeline")
    tab = main_window.tab("timeline")
    qtbot.waitUntil(lambda: tab._list_thread is not None and tab._list_thread.is_alive())
    assert tab.list_pending()

    seen = []

    def look_while_exporting() -> None:
        dialog = main_window.findChild(QProgressDialog, "waitDialog")
        seen.append(dialog.labelText() if dialog is not None and dialog.isVisible() else None)
        release.set()

    QTimer.singleShot(50, look_while_exporting)
    written = main_window.export_view(tmp_path / "timeline.png")

    # The event loop ran during the export (the timer fired) and a dialog said why it waited.
    assert seen and seen[0] is not None and "Preparing the list of" in seen[0]
    assert not tab.list_pending()
    assert written == [tmp_path / "timeline.png"] and written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert tab.table_model.rowCount() == len(tab.timeline)
