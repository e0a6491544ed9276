"""The events list under the timeline: the shared query model plus highlight and kind colours."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPixmap

from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.timeline import KIND_COLUMN, TITLE_COLUMN, EventsQuery, TimelineData

from ..common.table_model import QueryTableModel
from ..i18n import plain_tooltip
from ..style import on_theme_changed, qcolor, theme

# data() runs for every role of every painted cell: compare plain ints.
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def doubt_icon(size: int = 12) -> QIcon:
    """The question mark of an event whose confidence is not "confirmed" (as on its marker)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(qcolor(theme().warning))
    painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), "?")
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str, size: int = 12, hollow: bool = False) -> QIcon:
    """A coloured dot: the marker of that kind on the timeline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = qcolor(theme().kind(kind))
    painter.setPen(colour)
    painter.setBrush(qcolor(theme().marker_outline) if hollow else colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class EventsTableModel(QueryTableModel):
    """Rows of an :class:`EventsQuery`; highlighted events get a tinted background.

    An event whose confidence is not "confirmed" has a question mark before
    its title, and its tooltip says why (the row's note).
    """

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self.timeline: TimelineData | None = None
        self.highlight = np.empty(0, dtype=bool)
        self.apply_theme(theme())
        on_theme_changed(self.apply_theme)

    def apply_theme(self, _t=None) -> None:
        """The row tint and the kind and doubt icons in the theme's colours."""
        self._highlight_brush = QBrush(qcolor(theme().highlight_fill))
        self._icons = [kind_icon(kind) for kind in EVENT_KINDS]
        self._doubt_icon = doubt_icon()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [_BACKGROUND, _DECORATION])

    def set_timeline(self, data: TimelineData, query: EventsQuery | None = None) -> EventsQuery:
        """Show ``data``'s events (``query``: one built already, in a worker thread)."""
        self.timeline = data
        self.highlight = np.zeros(len(data), dtype=bool)
        query = EventsQuery(data) if query is None else query
        self.set_query(query)
        return query

    def set_listed(self, positions: np.ndarray | None, keep: np.ndarray | None) -> None:
        """List the events at ``positions`` (None: any) that ``keep`` lets through (see EventsQuery.set_listed)."""
        self._relayout(lambda q: q.set_listed(positions, keep))

    def set_highlight(self, mask: np.ndarray) -> None:
        self.highlight = np.asarray(mask, dtype=bool)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1), [_BACKGROUND]
            )

    def data(self, index: QModelIndex, role=int(Qt.ItemDataRole.DisplayRole.value)):
        if role == _BACKGROUND:
            position = self._query.rows[index.row()]
            return self._highlight_brush if self.highlight[position] else None
        if role == _DECORATION:
            if index.column() == KIND_COLUMN:
                return self._icons[self.timeline.kind_codes[self._query.rows[index.row()]]]
            if index.column() == TITLE_COLUMN and self.timeline.uncertain[self._query.rows[index.row()]]:
                return self._doubt_icon
            return None
        if role == _TOOLTIP and index.column() == TITLE_COLUMN:
            position = self._query.rows[index.row()]
            doubt = self.timeline.confidence_text(position)
            if doubt:
                note = self.timeline.notes[position]
                return plain_tooltip(f"{self.timeline.titles[position]}\n? {doubt[:1].upper() + doubt[1:]}" + (f": {note}" if note else ""))
        return super().data(index, role)
