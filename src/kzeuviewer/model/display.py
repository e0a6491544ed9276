"""How much of a long text is put on screen.

A dataset may hold a cell of megabytes (a pasted document as a title). The
data keeps every character (search and exports see them all); what is laid
out, measured and highlighted is cut here once, so a huge cell never costs
seconds per paint or keystroke.
"""

from __future__ import annotations

# A table cell, a label or a tooltip: far more than any column or label can show.
CELL_CHARS = 1_000
# A detail panel, where text wraps over many lines.
DETAIL_CHARS = 5_000


def clip(text: str, limit: int = CELL_CHARS) -> str:
    """``text`` cut to ``limit`` characters, with "…" when something was left out."""
    return text if len(text) <= limit else text[:limit] + "…"
