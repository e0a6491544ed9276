"""A large timeline lays out its lanes in a worker thread when a kind is hidden or shown.

The click on a kind's check box returns at once; the plot keeps its lanes
until the new ones are ready; the newest request wins; exports wait for the
lanes the state asks for. The bundled data is treated as a large timeline
here (the size from which lanes are laid out aside is set to zero), and the
worker's layout waits until a test releases it.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.ui.timeline import lane_worker, view

VISIT, MEETING = EVENT_KINDS.index("visit"), EVENT_KINDS.index("meeting")


@pytest.fixture
def aside(bundled_window, monkeypatch):
    """The timeline tab, its lanes laid out in a worker that waits for ``release``; ``installed`` lists the lanes
    shown, ``laid_out`` those the worker finished."""
    monkeypatch.setattr(view, "LANES_ASIDE_FROM", 0)
    release, failing, laid_out = threading.Event(), [], []
    real = lane_worker.LaneLayout

    def slow_layout(data, kinds):
        try:
            assert release.wait(20)
            if failing:
                raise RuntimeError("laying out failed")
            return real(data, kinds)
        finally:
            laid_out.append(list(kinds))

    monkeypatch.setattr(lane_worker, "LaneLayout", slow_layout)
    bundled_window.show_tab("timeline")
    tab = bundled_window.tab("timeline")
    installed = []
    original = tab.view._install_lanes

    def spy(layout):
        installed.append(list(layout.kinds))
        original(layout)

    monkeypatch.setattr(tab.view, "_install_lanes", spy)
    yield tab, release, failing, installed, laid_out
    release.set()


def click(qtbot, tab, kind: str) -> None:
    qtbot.mouseClick(tab.kind_checks[kind], Qt.MouseButton.LeftButton)


def test_hiding_a_kind_keeps_the_lanes_until_the_new_ones_are_laid_out(aside, qtbot):
    tab, release, _failing, installed, _laid_out = aside
    before, counted = list(tab.view.lane_kinds), tab.view.density.counted
    assert VISIT in before
    click(qtbot, tab, "visit")  # returns while the worker waits
    assert not tab.kind_checks["visit"].isChecked()
    assert tab.view.lane_kinds == before and installed == []
    assert "visit" in tab.state.hidden_kinds
    release.set()
    qtbot.waitUntil(lambda: VISIT not in tab.view.lane_kinds)
    assert installed == [[k for k in before if k != VISIT]]
    # The strips count what is shown: every entry in a lane (awards at visits went with them) but the visits.
    shown = int((tab.view._entries_visible() & (tab.view._entry_lane >= 0)).sum())
    assert tab.view.density.counted == shown < counted - int((tab.timeline.kind_codes == VISIT).sum()) + 1


def test_the_newest_request_wins(aside, qtbot):
    tab, release, _failing, installed, _laid_out = aside
    before = list(tab.view.lane_kinds)
    click(qtbot, tab, "visit")
    click(qtbot, tab, "meeting")
    release.set()
    wanted = [k for k in before if k not in (VISIT, MEETING)]
    qtbot.waitUntil(lambda: tab.view.lane_kinds == wanted)
    qtbot.wait(50)  # the first request's layout, delivered too, is dropped
    assert installed == [wanted]


def test_showing_the_kind_again_before_the_layout_arrives_keeps_the_lanes(aside, qtbot):
    tab, release, _failing, installed, _laid_out = aside
    before, counted = list(tab.view.lane_kinds), tab.view.density.counted
    click(qtbot, tab, "visit")
    click(qtbot, tab, "visit")
    release.set()
    qtbot.wait(100)
    assert tab.view.lane_kinds == before and installed == []
    assert tab.view.lane_worker.pending_kinds is None
    assert tab.view.density.counted == counted  # every visit counted again in the strips


def test_an_export_draws_the_lanes_the_state_asks_for(aside, qtbot, tmp_path):
    tab, release, _failing, _installed, _laid_out = aside
    click(qtbot, tab, "visit")
    threading.Timer(0.2, release.set).start()
    tab.write_view_image(tmp_path / "timeline.png", 800, 500)  # waits for the layout
    assert VISIT not in tab.view.lane_kinds
    assert (tmp_path / "timeline.png").stat().st_size > 1000


def test_a_failed_layout_is_done_again_in_the_window(aside, qtbot):
    tab, release, failing, installed, _laid_out = aside
    failing.append(True)
    click(qtbot, tab, "visit")
    release.set()
    qtbot.waitUntil(lambda: VISIT not in tab.view.lane_kinds)


def test_a_language_switch_meanwhile_lays_out_the_lanes_asked_for_without_waiting(aside, qtbot):
    tab, release, _failing, installed, laid_out = aside
    before = list(tab.view.lane_kinds)
    click(qtbot, tab, "visit")
    window = tab.window()
    # The lanes are renamed and laid out again at once: not after the worker (which is still held).
    window.findChild(type(window.open_action), "languageRuAction").trigger()
    wanted = [k for k in before if k != VISIT]
    assert tab.view.lane_kinds == wanted and installed[-1] == wanted
    assert tab.view.lane_worker.pending_kinds is None and laid_out == []  # nothing waited for the worker
    shown = len(installed)
    release.set()
    qtbot.wait(50)  # the worker's layout, delivered too, is dropped
    assert len(installed) == shown
    window.findChild(type(window.open_action), "languageEnAction").trigger()
