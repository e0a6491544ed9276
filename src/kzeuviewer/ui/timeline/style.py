"""Lane names and sizes of the timeline, in one place (colours come from :mod:`kzeuviewer.ui.style`)."""

from __future__ import annotations

from kzeuviewer.model.timeline import KIND_PLURALS, KIND_SINGULAR  # noqa: F401 - lane names

# Sizes in device pixels.
MARKER_SIZE = 11
HIGHLIGHT_SIZE = 19
SELECTED_SIZE = 23
BAR_HALF_HEIGHT = 5
LABEL_FONT_PX = 12
LABEL_ROW_HEIGHT = 16
LABEL_MAX_WIDTH = 260
LABEL_GAP = 8
MAX_LABEL_ROWS = 4
# Markers sit low in their lane so that labels can stack above them.
BASELINE_OFFSET = 0.3
HIT_RADIUS = 8
