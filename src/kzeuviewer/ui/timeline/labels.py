"""Which event titles to write, and in which row, so that labels never overlap. Pure numpy, no Qt.

Labels stack above their markers in rows, lane by lane, the way vis-timeline
stacks items: each label takes the lowest row that is free at its place. When
the rows run out, the labels that stay are chosen by rule, not by position:
``priority`` ranks them (the selected event first, then highlighted events and
search hits, then important ones such as summits and awards, then the rest),
and a whole rank is placed before the next one starts.

Within a rank the sweep runs left to right and jumps over candidates that
cannot fit with ``searchsorted``, so its Python loop runs about once per
*placed* label however many events are visible: cheap enough to redo on every
repaint, even with 10,000 events.
"""

from __future__ import annotations

from bisect import bisect_left, insort

import numpy as np


class _Row:
    """Occupied intervals of one label row (sorted, never overlapping)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def is_free(self, low: float, high: float) -> bool:
        index = bisect_left(self.ends, low)
        return index >= len(self.starts) or self.starts[index] >= high

    def take(self, low: float, high: float) -> None:
        index = bisect_left(self.starts, low)
        self.starts.insert(index, low)
        insort(self.ends, high)


def place_labels(
    x: np.ndarray,
    lane: np.ndarray,
    width: np.ndarray,
    rows,
    gap: float,
    forced: int = -1,
    priority: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Choose labels to draw and their rows.

    ``x`` is each candidate's left edge in pixels, ``lane`` its lane and
    ``width`` its label width in pixels. ``rows`` is the number of label rows,
    one for every lane or an array indexed by lane number. ``forced`` (a
    candidate index, or -1) is always labelled, in row 0 (the selected event).
    ``priority`` (lower first; default: all equal) decides who gets a row when
    there are not enough. Returns the chosen candidate indices and their rows.
    """
    x = np.asarray(x, dtype=float)
    lane = np.asarray(lane)
    width = np.asarray(width, dtype=float)
    priority = np.zeros(len(x), dtype=np.int64) if priority is None else np.asarray(priority)
    chosen: list[int] = []
    chosen_rows: list[int] = []
    if not len(x):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    for lane_number in np.unique(lane):
        count = int(rows if np.ndim(rows) == 0 else rows[int(lane_number)])
        if count < 1:
            continue
        members = np.flatnonzero(lane == lane_number)
        taken = [_Row() for _ in range(count)]
        if forced >= 0 and lane[forced] == lane_number:
            taken[0].take(x[forced] - gap, x[forced] + width[forced] + gap)
            chosen.append(int(forced))
            chosen_rows.append(0)
            members = members[members != forced]
        for rank in np.unique(priority[members]):
            tier = members[priority[members] == rank]
            _sweep(tier[np.argsort(x[tier], kind="stable")], x, width, taken, gap, chosen, chosen_rows)
    return np.array(chosen, dtype=np.int64), np.array(chosen_rows, dtype=np.int64)


def _sweep(order, x, width, taken: list[_Row], gap: float, chosen: list[int], chosen_rows: list[int]) -> None:
    """Left to right, each candidate of one rank into the lowest free row."""
    xs = x[order]
    right = np.full(len(taken), -np.inf)  # where this rank's last label in each row ends
    placed: list[tuple[int, float, float]] = []
    i, count = 0, len(order)
    while i < count:
        candidate = order[i]
        left = xs[i]
        end = left + width[candidate]
        for row, occupied in enumerate(taken):
            if left < right[row] + gap or not occupied.is_free(left - gap, end + gap):
                continue
            right[row] = end
            placed.append((row, left, end))
            chosen.append(int(candidate))
            chosen_rows.append(row)
            break
        # No candidate starting before the lowest row end can fit anywhere.
        jump = int(np.searchsorted(xs, right.min() + gap, side="left"))
        i = max(i + 1, jump)
    # The next rank must keep clear of this one.
    for row, left, end in placed:
        taken[row].take(left, end)


def rows_that_fit(lane_height_px: float, baseline_px: float, row_height: float, max_rows: int) -> int:
    """How many label rows fit between the top of a lane and its markers."""
    return int(max(0, min(max_rows, (baseline_px - 2) // row_height))) if lane_height_px > 0 else 0


def extend_widths(lefts: np.ndarray, rows: np.ndarray, lanes: np.ndarray, short: np.ndarray, full: np.ndarray,
                  right_edge: float, gap: float) -> np.ndarray:
    """Widen placed labels towards their full width, up to the next label in their row (or the edge).

    Placement uses each label's short width so that as many events as
    possible get one; afterwards a label whose row is empty to its right
    shows its whole title.
    """
    widths = np.asarray(short, dtype=float).copy()
    if not len(lefts):
        return widths
    order = np.lexsort((lefts, rows, lanes))
    for position, index in enumerate(order.tolist()):
        following = order[position + 1] if position + 1 < len(order) else -1
        same_row = following >= 0 and rows[following] == rows[index] and lanes[following] == lanes[index]
        limit = (lefts[following] - gap) if same_row else right_edge
        room = limit - lefts[index]
        widths[index] = max(widths[index], min(full[index], room))
    return widths
