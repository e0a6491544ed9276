"""Label collision handling: chosen labels never overlap, at any zoom."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from kzeuviewer.ui.timeline.labels import place_labels


def overlaps(x, lane, width, chosen, rows, gap):
    boxes = sorted(zip(lane[chosen], rows, x[chosen], x[chosen] + width[chosen], strict=True))
    for (l1, r1, _a1, b1), (l2, r2, a2, _b2) in zip(boxes, boxes[1:], strict=False):
        if (l1, r1) == (l2, r2) and a2 < b1 + gap:
            return True
    return False


@pytest.mark.parametrize("seed", range(5))
def test_chosen_labels_never_overlap_and_fill_free_rows(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    x = rng.uniform(0, 1500, n)
    lane = rng.integers(0, 6, n)
    width = rng.uniform(40, 260, n)
    chosen, rows = place_labels(x, lane, width, rows=3, gap=8)
    assert len(chosen) == len(set(chosen.tolist()))
    assert rows.min() >= 0 and rows.max() <= 2
    assert not overlaps(x, lane, width, chosen, rows, 8)
    # Greedy: an event that was left out could not have fitted any row at its place.
    ends = {}
    for c, r in zip(chosen.tolist(), rows.tolist(), strict=True):
        ends.setdefault((lane[c], r), []).append((x[c], x[c] + width[c]))
    for candidate in rng.choice(np.setdiff1d(np.arange(n), chosen), 50, replace=False):
        for row in range(3):
            intervals = ends.get((lane[candidate], row), [])
            blocked = any(a - 8 < x[candidate] < b + 8 for a, b in intervals)
            assert blocked


def test_the_forced_label_is_always_drawn_in_the_first_row():
    x = np.array([0.0, 10, 20, 30, 40])
    lane = np.zeros(5, dtype=int)
    width = np.full(5, 100.0)
    chosen, rows = place_labels(x, lane, width, rows=1, gap=4, forced=2)
    assert chosen.tolist() == [2]
    assert dict(zip(chosen.tolist(), rows.tolist(), strict=True))[2] == 0
    assert not overlaps(x, lane, width, chosen, rows, 4)


def test_no_room_means_no_labels():
    chosen, _rows = place_labels(np.array([1.0, 2.0]), np.array([0, 0]), np.array([50.0, 50.0]), rows=0, gap=4)
    assert len(chosen) == 0


def test_labels_drawn_in_the_window_do_not_overlap_when_zooming(qtbot, bundled_window):
    tab = bundled_window.tab("timeline")
    view = tab.view
    view.setFocus()

    def drawn_boxes():
        view.viewport().repaint()
        return view.labels.placed

    for _zoom in range(6):
        events, boxes = drawn_boxes()
        assert len(events) == len(boxes) > 0
        for i, first in enumerate(boxes):
            for second in boxes[i + 1:]:
                assert not first.intersects(second)
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    # Zoomed in, the selected event's title is always written.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    events, _boxes = drawn_boxes()
    assert view.selected in events.tolist()


# -- stacking by rule -----------------------------------------------------------------------
def test_priority_decides_who_gets_the_rows():
    from kzeuviewer.ui.timeline.labels import place_labels

    # Three labels on top of each other and one row: left to right the first would win.
    x = np.array([0.0, 10.0, 20.0])
    lane = np.zeros(3, dtype=int)
    width = np.full(3, 100.0)
    chosen, _rows = place_labels(x, lane, width, rows=1, gap=4)
    assert chosen.tolist() == [0]
    chosen, _rows = place_labels(x, lane, width, rows=1, gap=4, priority=np.array([3, 3, 2]))
    assert chosen.tolist() == [2]
    # With two rows the important one takes the first, the next in line the second.
    chosen, rows = place_labels(x, lane, width, rows=2, gap=4, priority=np.array([3, 3, 2]))
    assert dict(zip(chosen.tolist(), rows.tolist(), strict=True)) == {2: 0, 0: 1}
    # Rows per lane: a lane without rows gets no label, another lane its own count.
    chosen, rows = place_labels(
        np.array([0.0, 0.0, 0.0]), np.array([0, 1, 1]), np.full(3, 50.0), rows=np.array([0, 2]), gap=4
    )
    assert sorted(zip(chosen.tolist(), rows.tolist(), strict=True)) == [(1, 0), (2, 1)]


def test_lanes_share_the_height_by_what_they_need():
    from kzeuviewer.ui.timeline.view import share_height

    # Room for six rows: the crowded lane may not take them all from a lane that needs three.
    heights = share_height([12, 3, 1], height=3 * 20 + 6 * 16, base=20, row=16)
    rows = np.round((heights - 20) / 16).astype(int).tolist()
    assert rows == [2, 3, 1]
    assert heights.sum() == pytest.approx(3 * 20 + 6 * 16)
    # Room to spare: every lane gets what it asks for, and the rest is shared out.
    heights = share_height([2, 1], height=400, base=20, row=16)
    assert heights.sum() == pytest.approx(400)
    assert heights[0] - heights[1] == pytest.approx(16)


def test_a_label_widens_to_its_whole_title_where_its_row_is_free():
    from kzeuviewer.ui.timeline.labels import extend_widths

    lefts = np.array([0.0, 300.0, 0.0])
    rows = np.array([0, 0, 1])
    lanes = np.zeros(3, dtype=int)
    short = np.full(3, 100.0)
    full = np.array([500.0, 400.0, 600.0])
    widths = extend_widths(lefts, rows, lanes, short, full, right_edge=1000.0, gap=8)
    assert widths.tolist() == [292.0, 400.0, 600.0]  # up to its neighbour; whole; whole


# -- the bundled data at Fit all ----------------------------------------------------------------
SEED = "ev-2023-05-15-nurtleu-brussels"


def labelled(view) -> tuple[list[str], list]:
    view.viewport().repaint()
    entries, boxes = view.labels.placed
    return [str(view.timeline.ids[view._entry_event[e]]) for e in entries.tolist()], boxes, entries


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_at_fit_all_the_seed_every_summit_and_their_awards_carry_labels(qtbot, bundled_window, size):
    bundled_window.resize(*size)
    tab = bundled_window.tab("timeline")
    view = tab.view
    qtbot.waitUntil(lambda: view.labels.placed[0].size > 0)
    qtbot.mouseClick(tab.fit_button, Qt.MouseButton.LeftButton)
    view.layout_lanes()
    ids, boxes, entries = labelled(view)
    data = view.timeline
    summits = {str(i) for i in data.ids[data.kind_codes == 1]}
    assert len(summits) == 3
    assert SEED in ids and summits <= set(ids)
    # The awards conferred at the seed's visit are in the Awards lane, with their titles.
    award_entries = view.award_entries(data.index_of[SEED])
    assert len(award_entries) == 2
    assert set(award_entries) <= set(entries.tolist())
    assert {view.label_of(e) for e in award_entries} == {
        "Order of Dostyk (Friendship), 1st degree: Josep Borrell",
        "Order of Dostyk (Friendship), 2nd degree: Simon Mordue",
    }
    assert "Awards (3)" in [text for _y, text in view.getPlotItem().getAxis("left")._tickLevels[0]]
    for i, first in enumerate(boxes):
        for second in boxes[i + 1:]:
            assert not first.intersects(second)
    # Labels sit at their marker: the box starts (or, at the right edge, ends) at it, inside the plot.
    plot_right = view.mapFromScene(view.viewbox.sceneBoundingRect().topRight()).x()
    for entry, box in zip(entries.tolist(), boxes, strict=True):
        x = view.entry_pos(entry).x()
        assert min(abs(box.left() - x), abs(box.right() - x)) < 1.0
        assert box.right() <= plot_right + 1
    # Titles left out are counted, never silently dropped.
    drawn, candidates = view.labels.counts
    assert drawn == len(boxes) and candidates == len(data) + 2
    if drawn < candidates:
        qtbot.waitUntil(lambda: view.labels_note.isVisible())
        assert view.labels_note.text().startswith(f"{drawn} of {candidates} titles shown")


def test_in_a_small_window_important_titles_come_first(qtbot, bundled_window):
    bundled_window.resize(1024, 600)
    tab = bundled_window.tab("timeline")
    view = tab.view
    qtbot.waitUntil(lambda: view.labels.placed[0].size > 0)
    view.layout_lanes()
    ids, boxes, _entries = labelled(view)
    data = view.timeline
    # Fewer rows than titles: the seed (awards were conferred at it) wins over its neighbours.
    assert SEED in ids
    labelled_summits = [i for i in ids if data.kind_codes[data.index_of[i]] == 1]
    assert labelled_summits
    drawn, candidates = view.labels.counts
    assert drawn < candidates
    qtbot.waitUntil(lambda: view.labels_note.isVisible())
    assert view.labels_note.text().startswith(f"{drawn} of {candidates} titles shown")
    for i, first in enumerate(boxes):
        for second in boxes[i + 1:]:
            assert not first.intersects(second)


def test_zoomed_in_a_title_is_written_whole_and_awards_lead_to_their_event(qtbot, bundled_window):
    from PySide6.QtWidgets import QLineEdit

    bundled_window.resize(1920, 1080)
    tab = bundled_window.tab("timeline")
    view = tab.view
    data = view.timeline
    seed = data.index_of[SEED]
    ids, boxes, _entries = labelled(view)
    assert boxes[ids.index(SEED)].width() < view.labels.full[seed]  # at Fit all its title is cut
    qtbot.keyClicks(bundled_window.findChild(QLineEdit, "eventsSearch"), "Mordue")
    tab.state.visible_range = (data.anchor[seed] - 2 * 86400, data.anchor[seed] + 900 * 86400)
    assert tab.view.x_range() == tab.state.visible_range
    ids, boxes, _entries = labelled(view)
    box = boxes[ids.index(SEED)]
    assert box.width() == pytest.approx(view.labels.full[seed])  # room to its right: the whole title
    assert view.labels.counts[0] == view.labels.counts[1]
    qtbot.waitUntil(lambda: not view.labels_note.isVisible())
    # Clicking the award's marker in the Awards lane selects the event it was conferred at.
    award = view.award_entries(seed)[0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.entry_pos(award).toPoint())
    assert bundled_window.context.selection.events == {SEED}


# -- confidence and notes -----------------------------------------------------------------------
DISPUTED = "ev-1992-relations-protocol-disputed"


def test_uncertain_events_are_marked_on_the_plot_in_the_list_and_explained_in_the_panel(qtbot, bundled_window):
    from PySide6.QtWidgets import QLabel, QTableView

    tab = bundled_window.tab("timeline")
    view = tab.view
    data = view.timeline
    marked = {str(data.ids[i]) for i in view._doubt_events[np.asarray(view.doubt_marks.data["visible"], dtype=bool)]}
    expected = {str(i) for i, c in zip(data.ids, data.confidence, strict=True) if c not in ("confirmed", "")}
    assert len(expected) == 16 and marked == expected and DISPUTED in marked
    assert "ev-2023-05-15-nurtleu-brussels" not in marked
    assert "Disputed: Conflicts with ev-1993-02-02" in view.tooltip_for(data.index_of[DISPUTED])

    table = bundled_window.findChild(QTableView, "eventsTable")
    model = table.model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    disputed_row = titles.index(data.titles[data.index_of[DISPUTED]])
    seed_row = titles.index(data.titles[data.index_of[SEED]])
    assert rows  # the list is filled
    assert model.index(disputed_row, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(seed_row, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert "? Disputed: Conflicts with" in model.index(disputed_row, 1).data(Qt.ItemDataRole.ToolTipRole)

    table.scrollTo(model.index(disputed_row, 1))
    rect = table.visualRect(model.index(disputed_row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bundled_window.context.selection.events == {DISPUTED}
    mark = tab.detail.findChild(QLabel, "eventConfidence")
    note = tab.detail.findChild(QLabel, "eventNote")
    assert mark is not None and mark.text().startswith("? Disputed")
    assert note is not None and note.text() == data.notes[data.index_of[DISPUTED]]
    assert note.text().startswith("Conflicts with ev-1993-02-02-diplomatic-relations")

    # A confirmed event: no mark, its note (when it has one) still shown.
    table.scrollTo(model.index(seed_row, 1))
    click = table.visualRect(model.index(seed_row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=click.center())
    assert tab.detail.findChild(QLabel, "eventConfidence") is None


def test_a_label_elided_at_any_width_reads_as_qt_elides_it_and_whole_where_it_fits(qapp):
    from PySide6.QtCore import Qt as QtNamespace

    from kzeuviewer.ui.timeline.items import LabelLayer

    layer = LabelLayer()
    text = "Meeting on cooperation in transport, energy and visa facilitation no. 12345"
    full = layer._metrics.horizontalAdvance(text) + 8
    layer.set_labels([0.0], [0.0], [0], [full], [full], [text], [False])
    rng = np.random.default_rng(5)
    # Whole pixels (the elided texts are kept per whole pixel of width), narrowing, widening, at random.
    widths = np.concatenate([np.arange(int(full) - 1, 30, -7), np.arange(30, int(full) - 1, 5), rng.integers(30, int(full) - 1, 200)])
    for width in widths.astype(float).tolist():
        expected = layer._metrics.elidedText(text, QtNamespace.TextElideMode.ElideRight, width - 8)
        assert layer._text(0, width) == expected, width
    assert layer._text(0, full) == layer._text(0, full + 40) == text


def test_bars_given_by_start_are_found_in_view_as_a_full_scan_finds_them(qtbot):
    import pyqtgraph as pg

    from kzeuviewer.ui.timeline.items import SpanItem

    rng = np.random.default_rng(4)
    n = 4000
    x0 = np.sort(rng.uniform(0, 10_000, n))
    x1 = x0 + rng.exponential(40, n) + 1
    x1[::97] += 3000  # a few long bars start far left of the view and reach into it
    kind = rng.integers(0, 6, n)
    partial = rng.random(n) < 0.3
    shown = rng.random(n) < 0.8
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(800, 300)
    plot.show()
    shuffle = rng.permutation(n)
    items = []
    for order in (np.arange(n), shuffle):  # by start (binary search), and not (every bar checked)
        item = SpanItem()
        item.set_spans(x0[order], x1[order], np.full(n, 0.5, dtype=np.float32), kind[order], partial[order])
        item.set_visible_mask(shown[order])
        plot.addItem(item)
        items.append((item, order))
    assert items[0][0]._by_start and not items[1][0]._by_start
    for low, high in ((4000, 4600), (0, 10_000), (9_990, 12_000), (-500, 60)):
        plot.setXRange(low, high, padding=0)
        qtbot.wait(1)
        found = []
        for item, order in items:
            transform = item.deviceTransform(plot.viewportTransform())
            index, left, top, right, bottom = item.device_rects(transform)
            found.append(sorted(zip(order[index].tolist(), np.round(left, 6).tolist(), np.round(right, 6).tolist(), strict=True)))
        assert found[0] == found[1]
        brute = np.flatnonzero(shown & (x1 >= low) & (x0 <= high))
        assert {i for i, _l, _r in found[0]} <= set(brute.tolist())
        assert found[0]
