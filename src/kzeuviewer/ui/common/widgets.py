"""Small widgets more than one tab builds the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


def year_spin_box(name: str, accessible_name: str) -> QSpinBox:
    """A year field that acts when the year is complete, not on every digit."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible_name)
    box.setRange(1900, 2100)
    # Typing "2005" must not filter or redraw at "2", "20" and "200" on the way.
    box.setKeyboardTracking(False)
    return box
