"""Colours, lane names and sizes of the timeline, in one place."""

from __future__ import annotations

from kzeuviewer.model.timeline import KIND_PLURALS, KIND_SINGULAR  # noqa: F401 - names used with the colours

# One colour per event kind. Chosen to stay distinguishable for the common
# forms of colour blindness (blue/orange/teal/purple/gold/grey) and to print
# well on white; the kind is also always written out (lane names, tooltip).
KIND_COLORS = {
    "visit": "#2f6fbf",
    "summit": "#d1572b",
    "meeting": "#1a9a8a",
    "agreement": "#7b4bb3",
    "award": "#c9971c",
    "other": "#7a8290",
}

BACKGROUND = "#ffffff"
LANE_BAND = "#f3f5f8"
AXIS_TEXT = "#3c4350"
LABEL_TEXT = "#1f2630"
LABEL_FILL = (255, 255, 255, 215)
POLE = "#9aa3b0"
HIGHLIGHT = "#f2a900"
SELECTED = "#111827"

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
