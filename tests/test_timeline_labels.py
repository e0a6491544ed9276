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
