"""Which event titles to write, so that labels never overlap. Pure numpy, no Qt.

Labels hang on flag poles above their marker, in a few rows per lane. In
screen space, left to right, each label takes the lowest row that is free at
its marker; a label that fits no row is not drawn (zooming in makes room).
The sweep jumps over candidates that cannot fit with ``searchsorted``, so its
Python loop runs about once per *placed* label, however many events are
visible: cheap enough to redo on every repaint, even with 10,000 events.
"""

from __future__ import annotations

import numpy as np


def place_labels(
    x: np.ndarray,
    lane: np.ndarray,
    width: np.ndarray,
    rows: int,
    gap: float,
    forced: int = -1,
) -> tuple[np.ndarray, np.ndarray]:
    """Choose labels to draw.

    ``x`` is each candidate's left edge in pixels, ``lane`` its lane and
    ``width`` its label width in pixels. ``forced`` (a candidate index, or -1)
    is always labelled, in row 0 (the selected event). Returns the chosen
    candidate indices and the row of each.
    """
    x = np.asarray(x, dtype=float)
    lane = np.asarray(lane)
    width = np.asarray(width, dtype=float)
    chosen: list[int] = []
    chosen_rows: list[int] = []
    if rows < 1 or not len(x):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    for lane_number in np.unique(lane):
        members = np.flatnonzero(lane == lane_number)
        order = members[np.argsort(x[members], kind="stable")]
        xs = x[order]
        right = np.full(rows, -np.inf)
        reserved: tuple[float, float] | None = None
        if forced >= 0 and lane[forced] == lane_number:
            reserved = (x[forced], x[forced] + width[forced])
            chosen.append(int(forced))
            chosen_rows.append(0)
        i = 0
        count = len(order)
        while i < count:
            candidate = order[i]
            left = xs[i]
            if candidate == forced:
                i += 1
                continue
            if reserved is not None and left + gap >= reserved[0]:
                # Past the start of the forced label: row 0 is taken until its end.
                right[0] = max(right[0], reserved[1])
                reserved = None
            placed_row = -1
            for row in range(rows):
                if left < right[row] + gap:
                    continue
                if row == 0 and reserved is not None and left + width[candidate] + gap > reserved[0]:
                    continue
                placed_row = row
                break
            if placed_row >= 0:
                right[placed_row] = left + width[candidate]
                chosen.append(int(candidate))
                chosen_rows.append(placed_row)
            # The next candidate that could fit anywhere starts at the lowest row end.
            jump = int(np.searchsorted(xs, right.min() + gap, side="left"))
            i = max(i + 1, jump)
    return np.array(chosen, dtype=np.int64), np.array(chosen_rows, dtype=np.int64)


def rows_that_fit(lane_height_px: float, baseline_px: float, row_height: float, max_rows: int) -> int:
    """How many label rows fit between the top of a lane and its markers."""
    return int(max(0, min(max_rows, (baseline_px - 2) // row_height))) if lane_height_px > 0 else 0
