"""The timeline with more events in view than it can mark: density strips, and markers again when zoomed in.

The threshold is lowered for these tests (1,200 events rather than a million).
"""

from __future__ import annotations

import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QWheelEvent

from kzeuviewer.model.schema import EVENT_KINDS

THRESHOLD = 150
CROWD = 1200
FIRST_DAY = np.datetime64("2003-01-01")


def crowded_events() -> str:
    """The minimal dataset's three events plus 1,200 visits and meetings in 2003–2008, some disputed."""
    from conftest import MINIMAL_DATASET

    rng = np.random.default_rng(5)
    days = np.sort(rng.integers(0, 6 * 365, CROWD))
    dates = (FIRST_DAY + days).astype(str)
    lines = textwrap.dedent(MINIMAL_DATASET["events.csv"]).strip().splitlines()
    lines = [lines[0] + ",confidence"] + [line + "," for line in lines[1:]]
    for i, date in enumerate(dates.tolist()):
        kind = "visit" if i % 3 == 0 else "meeting"
        doubt = "disputed" if i % 40 == 7 else ""
        lines.append(f"ev-gen-{i:04d},{date},,Talks no. {i},{kind},Astana,Talks,s1,{doubt}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def dense_window(qtbot, settings, make_dataset, monkeypatch):
    from kzeuviewer.ui import create_main_window
    from kzeuviewer.ui.timeline import view as view_module

    monkeypatch.setattr(view_module, "DENSITY_THRESHOLD", THRESHOLD)
    # Labels measured only when they come near the view, as for a million events.
    monkeypatch.setattr(view_module, "_MEASURE_EVERY_LABEL", 100)
    window = create_main_window(data_dir=make_dataset({"events.csv": crowded_events()}), settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("timeline")
    qtbot.wait(20)
    return window


# -- pixels ------------------------------------------------------------------------
def grab(view) -> QImage:
    QGuiApplication.processEvents()
    return view.grab().toImage()


def to_pixels(view, x: float, y: float) -> QPointF:
    return QPointF(view.mapFromScene(view.viewbox.mapViewToScene(QPointF(x, y))))


def lane_rows(view, kind: str) -> tuple[int, int, int]:
    """The lane's top, its strip's bottom (above the markers) and its marker line, in viewport pixels."""
    from kzeuviewer.ui.timeline import style

    lane = view.lane_kinds.index(EVENT_KINDS.index(kind))
    x = view.x_range()[0]
    top = to_pixels(view, x, view.lane_top[lane]).y()
    foot = to_pixels(view, x, view.lane_bottom[lane] - style.MARKER_FROM_BOTTOM_PX).y()
    return int(top) + 2, int(foot - style.MARKER_SIZE), int(foot)


def coloured_pixels(image: QImage, top: int, bottom: int, colour: str, left: int = 0, right: int | None = None) -> int:
    """Pixels of ``colour``'s hue (saturated: not the grey of bands, labels and text) in rows top..bottom."""
    want = QColor(colour).hsvHue()
    count = 0
    right = image.width() if right is None else right
    for y in range(max(top, 0), min(bottom, image.height())):
        for x in range(max(left, 0), right, 2):
            pixel = image.pixelColor(x, y)
            if pixel.hsvSaturation() > 90 and pixel.value() > 60 and abs(pixel.hsvHue() - want) <= 12:
                count += 1
    return count


def plot_columns(view) -> tuple[int, int]:
    rect = view.mapFromScene(view.viewbox.sceneBoundingRect()).boundingRect()
    return rect.left() + 2, rect.right() - 2


def events_in_view(view) -> set[str]:
    low, high = view.x_range()
    data = view.timeline
    inside = data.valid & (data.anchor >= low) & (data.anchor <= high)
    return {str(i) for i in data.ids[inside]}


def wheel(view, position: QPointF, delta: int = 120) -> None:
    event = QWheelEvent(
        position, view.viewport().mapToGlobal(position), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QGuiApplication.sendEvent(view.viewport(), event)


# -- tests --------------------------------------------------------------------------
def test_a_crowded_view_draws_density_and_the_keyboard_zooms_to_markers(qtbot, dense_window):
    from kzeuviewer.ui.style import theme

    tab = dense_window.tab("timeline")
    view = tab.view
    assert view.dense and view.density_strips.isVisible()
    assert view.plotted_ids() == []  # the marker items hold nothing: the strips stand for them
    assert len(events_in_view(view)) > THRESHOLD
    meeting = theme().kind("meeting")
    top, strip_bottom, foot = lane_rows(view, "meeting")
    left, right = plot_columns(view)
    dense_strip = coloured_pixels(grab(view), top, strip_bottom, meeting, left, right)
    assert dense_strip > 400  # the meetings' histogram fills part of the lane above its marker line

    # Zoom in around an event of the crowd with "+" until the markers come back.
    tab.select_event("ev-gen-0600")
    view.setFocus()
    presses = 0
    while view.dense and presses < 40:
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        presses += 1
    assert not view.dense and not view.density_strips.isVisible() and presses > 3
    in_view = events_in_view(view)
    assert 0 < len(in_view) <= THRESHOLD
    # Every event in view has its marker, and no hidden event has one.
    assert in_view <= set(view.plotted_ids())
    image = grab(view)
    top, strip_bottom, foot = lane_rows(view, "meeting")
    assert coloured_pixels(image, top, strip_bottom, meeting, left, right) < dense_strip / 4
    assert coloured_pixels(image, foot - 4, foot + 5, meeting, left, right) > 20  # the markers on the line

    # Zooming out again brings the strips back.
    while not view.dense and presses > 0:
        qtbot.keyClick(view, Qt.Key.Key_Minus)
        presses -= 1
    assert view.dense and view.plotted_ids() == []


def test_the_wheel_zooms_to_markers_and_clicking_one_selects_its_event(qtbot, dense_window):
    tab = dense_window.tab("timeline")
    view = tab.view
    data = view.timeline
    target = data.index_of["ev-gen-0301"]
    for _ in range(60):
        if not view.dense:
            break
        x = to_pixels(view, data.anchor[target], 0).x()
        wheel(view, QPointF(x, view.height() / 2))
        QGuiApplication.processEvents()
    assert not view.dense
    assert "ev-gen-0301" in view.plotted_ids()
    QGuiApplication.processEvents()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.marker_pos(target).toPoint())
    assert dense_window.context.selection.events == {"ev-gen-0301"}
    assert tab.detail.title_label.text() == "Talks no. 301"


def zoomed_to_markers(window):
    """The crowded timeline's view, zoomed to 60 days from event 200: few enough events for markers."""
    view = window.tab("timeline").view
    start = float(view.timeline.anchor[view.timeline.index_of["ev-gen-0200"]])
    view.show_range(start, start + 60 * 86400)
    assert not view.dense
    return view


def test_panning_in_marker_mode_loads_the_markers_of_the_new_range(qtbot, dense_window):
    from kzeuviewer.ui.style import theme

    view = zoomed_to_markers(dense_window)
    data = view.timeline
    assert events_in_view(view) <= set(view.plotted_ids())
    held = len(view.plotted_ids())
    assert held < CROWD / 2  # only the events around the view
    # Each marker is drawn where its event is: the pixel at its place has its kind's colour.
    image = grab(view)
    for event_id in sorted(events_in_view(view)):
        position = data.index_of[event_id]
        at = view.marker_pos(position).toPoint()
        colour = theme().kind(EVENT_KINDS[data.kind_codes[position]])
        assert coloured_pixels(image, at.y() - 1, at.y() + 2, colour, at.x() - 2, at.x() + 3) > 0, event_id
    later = float(data.anchor[data.index_of["ev-gen-0900"]])
    view.show_range(later, later + 60 * 86400)
    assert not view.dense
    assert events_in_view(view) <= set(view.plotted_ids())
    assert "ev-gen-0200" not in view.plotted_ids()


def test_hovering_a_bin_counts_its_events_and_clicking_it_zooms_in(qtbot, dense_window):
    view = dense_window.tab("timeline").view
    data = view.timeline
    grab(view)  # paints: the strips know their bins
    middle = to_pixels(view, float(data.anchor[data.index_of["ev-gen-0600"]]), 0).x()
    _top, strip_bottom, foot = lane_rows(view, "meeting")
    point = QPoint(int(middle), foot - 3)
    found = view.bin_at(point)
    assert found is not None
    lane, low, high, count = found
    assert view.lane_kinds[lane] == EVENT_KINDS.index("meeting")
    meetings = (data.kind_codes == EVENT_KINDS.index("meeting")) & (data.anchor >= low) & (data.anchor < high)
    assert count == int(meetings.sum()) > 0
    view._hover(point)
    assert view.hover_text.startswith(f"<b>{count} event")
    before = view.x_range()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    after = view.x_range()
    assert after[1] - after[0] == pytest.approx((before[1] - before[0]) / 8, rel=0.01)
    assert after[0] < (low + high) / 2 < after[1]
    assert dense_window.context.selection.events == set()  # a bin selects nothing


def test_highlight_doubt_marks_and_selection_show_in_density_mode(qtbot, dense_window):
    from kzeuviewer.ui.style import theme

    tab = dense_window.tab("timeline")
    view = tab.view
    assert view.dense
    left, right = plot_columns(view)
    top, strip_bottom, foot = lane_rows(view, "meeting")
    before = coloured_pixels(grab(view), top, strip_bottom, theme().highlight, left, right)
    # Ticks under the bins that hold a disputed event.
    assert coloured_pixels(grab(view), foot + 3, foot + 8, theme().warning, left, right) > 10
    dense_window.context.selection.select_years([2005])
    QGuiApplication.processEvents()
    lit = coloured_pixels(grab(view), top, strip_bottom, theme().highlight, left, right)
    assert lit > before + 100
    # The selected event keeps its title over the strips; Right steps to the next one.
    tab.select_event("ev-gen-0500")
    grab(view)
    entries, _boxes = view.labels.placed
    assert [view.label_of(e) for e in entries.tolist()] == ["Talks no. 500"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert dense_window.context.selection.current_event == "ev-gen-0501"


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_the_density_strips_export_as_an_image(qtbot, dense_window, tmp_path, theme_name):
    from kzeuviewer.ui.style import DARK, LIGHT, set_theme, theme

    set_theme(DARK if theme_name == "dark" else LIGHT)
    try:
        tab = dense_window.tab("timeline")
        assert tab.view.dense
        target = tmp_path / "dense.png"
        tab.write_view_image(target, 1000, 500)
        image = QImage(str(target))
        assert coloured_pixels(image, 0, image.height(), theme().kind("meeting")) > 500
        svg = tmp_path / "dense.svg"
        tab.write_view_image(svg, 1000, 500)
        assert "<path" in svg.read_text(encoding="utf-8")
    finally:
        set_theme(LIGHT)


def test_a_large_list_is_prepared_in_the_background_after_the_plot(qtbot, settings, make_dataset, monkeypatch):
    import threading

    from PySide6.QtWidgets import QTableView

    from kzeuviewer.ui import create_main_window
    from kzeuviewer.ui.timeline import tab as tab_module
    from kzeuviewer.ui.timeline import view as view_module

    monkeypatch.setattr(view_module, "DENSITY_THRESHOLD", THRESHOLD)
    monkeypatch.setattr(tab_module, "LIST_IN_BACKGROUND", 100)
    # The worker waits until the test lets it finish, so the "meanwhile" is certain.
    release = threading.Event()
    real_query = tab_module.EventsQuery

    def slow_query(data):
        release.wait(10)
        return real_query(data)

    monkeypatch.setattr(tab_module, "EventsQuery", slow_query)
    window = create_main_window(data_dir=make_dataset({"events.csv": crowded_events()}), settings=settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("timeline")
    total = CROWD + 3
    # The plot is there at once; the list says it is being prepared.
    assert tab.view.dense and len(tab.view.timeline) == total and tab.list_pending()
    assert tab.count_label.text() == f"Preparing the list of {total:,} events…"
    table = window.findChild(QTableView, "eventsTable")
    assert table.model().rowCount() == 0
    # A search typed meanwhile applies to the list and the plot once the list is there.
    tab.search.setText("Talks no. 1199")
    assert tab.view.shown.all()
    release.set()
    qtbot.waitUntil(lambda: not tab.list_pending(), timeout=10_000)
    assert tab.listed_ids() == ["ev-gen-1199"]
    assert table.model().rowCount() == 1
    assert tab.count_label.text() == f"1 of {total:,} events"
    assert tab.view.timeline.ids[tab.view.shown].tolist() == ["ev-gen-1199"]


def test_exports_wait_for_a_list_still_being_prepared(qtbot, settings, make_dataset, monkeypatch, tmp_path):
    import csv

    from kzeuviewer.ui import create_main_window
    from kzeuviewer.ui.timeline import tab as tab_module

    monkeypatch.setattr(tab_module, "LIST_IN_BACKGROUND", 100)
    window = create_main_window(data_dir=make_dataset({"events.csv": crowded_events()}), settings=settings)
    qtbot.addWidget(window)
    tab = window.tab("timeline")
    target = tmp_path / "events.csv"
    tab.write_view_csv(target)  # at once, whether or not the worker has finished
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == CROWD + 3 and not tab.list_pending()
    assert {row["event_id"] for row in rows} >= {"ev-gen-0000", "ev-1999-06-pca"}


def test_markers_loaded_around_the_view_take_a_new_themes_colours(qtbot, dense_window):
    from kzeuviewer.ui.style import DARK, LIGHT, set_theme

    view = zoomed_to_markers(dense_window)
    data = view.timeline
    item, events = view.marker_groups[0], view._group_events[0]
    kinds = {EVENT_KINDS[code] for code in data.kind_codes[events]}
    assert {"visit", "meeting"} <= kinds

    def colours() -> list[tuple[str, str]]:
        return [(brush.color().name(), EVENT_KINDS[kind]) for brush, kind in
                zip(item.data["brush"].tolist(), data.kind_codes[events].tolist(), strict=True)]

    assert all(colour == LIGHT.kind(kind) for colour, kind in colours())
    places_before = item.data["sourceRect"].copy()
    set_theme(DARK)
    try:
        assert all(colour == DARK.kind(kind) for colour, kind in colours())
        # The symbols are drawn again in the new colours (new places in the symbol atlas).
        assert not np.array_equal(item.data["sourceRect"], places_before)
    finally:
        set_theme(LIGHT)


def test_a_kind_ticked_while_a_search_narrows_still_leaves_the_crowd_to_the_strips(qtbot, dense_window):
    tab = dense_window.tab("timeline")
    view = tab.view
    assert view.dense and view.plotted_ids() == []  # at Fit all the crowd is drawn as strips only
    tab.search.setText("Talks no. 11")  # 111 events: few enough for markers
    qtbot.waitUntil(lambda: not view.dense)
    qtbot.mouseClick(tab.kind_checks["agreement"], Qt.MouseButton.LeftButton)  # a lane less, while narrowed
    assert not tab.kind_checks["agreement"].isChecked()
    tab.search.clear()
    qtbot.waitUntil(lambda: view.dense)
    # The crowd is back: strips, and no marker of it held or drawn over them.
    assert view.plotted_ids() == []


def test_a_dataset_without_events_clears_the_crowded_timeline(qtbot, dense_window, make_dataset):
    folder = make_dataset({
        "events.csv": "event_id,date,end_date,title,kind,location,summary,source_ids\n",
        "participants.csv": "event_id,person_id,role\n",
        "awards.csv": "award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n",
    })
    assert dense_window.open_dataset(folder) is True
    view = dense_window.tab("timeline").view
    assert len(view.timeline) == 0
    assert view.plotted_ids() == []
    assert view.density.counted == 0
