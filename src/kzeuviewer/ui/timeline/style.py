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
# Labels are placed at most this wide (a short title), then widened to the
# whole title where their row is free.
SHORT_LABEL_WIDTH = 170
LABEL_GAP = 8
# A lane is its markers' band plus its rows of labels and a margin; markers sit at the bottom.
MARKER_FROM_BOTTOM_PX = 12
MARKER_BAND_PX = MARKER_FROM_BOTTOM_PX + MARKER_SIZE / 2 + 3
LANE_TOP_MARGIN_PX = 4
# Rows a lane asks for at most when the timeline shares out its height.
MAX_LABEL_ROWS = 12
HIT_RADIUS = 8
# The question mark beside the marker of an event whose confidence is not "confirmed"
# (the symbol's square; the glyph takes a third of it, right of the marker).
DOUBT_MARK_SIZE = 26
# Density mode: bins this many pixels wide.
DENSITY_BIN_PX = 3
