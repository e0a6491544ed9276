"""The events list under the timeline: the shared query model plus highlight and kind colours."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPixmap

from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.timeline import KIND_COLUMN, TITLE_COLUMN, EventsQuery, TimelineData

from ..common.table_model import QueryTableModel
from ..i18n import plain_tooltip
from ..style import on_theme_changed, qcolor, theme

# From this many events a list's titles are encoded in a worker thread (a million: about 0.7 s).
ENCODE_TITLES_IN_BACKGROUND = 100_000

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

    # A large list's titles are encoded (in a worker thread; delivered on the GUI thread): the sort that
    # waited for them is applied, and the tab applies its search again (``titlesReady``).
    _titlesEncoded = Signal(object)
    titlesReady = Signal()

    def __init__(self, parent=None):
        super().__init__(None, parent)
        self._encoding: EventsQuery | None = None  # the list whose titles a worker is encoding
        self._pending_sort: list[tuple[int, bool]] | None = None  # a header click that waits for the titles
        self._titlesEncoded.connect(self._titles_arrived, Qt.ConnectionType.QueuedConnection)
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
        self._pending_sort = None  # it waited for another list's titles
        query = EventsQuery(data) if query is None else query
        self.set_query(query)
        return query

    def set_listed(self, positions: np.ndarray | None, keep: np.ndarray | None) -> None:
        """List the events at ``positions`` (None: any) that ``keep`` lets through (see EventsQuery.set_listed)."""
        self._relayout(lambda q: q.set_listed(positions, keep))

    def set_search(self, text: str, regex: bool = False) -> str | None:
        if text and not self._titles_ready():
            return None  # the tab's state keeps the text; it is applied again on titlesReady
        return super().set_search(text, regex)

    def set_sort(self, keys: list[tuple[int, bool]]) -> None:
        if any(column == TITLE_COLUMN for column, _descending in keys) and not self._titles_ready():
            self._pending_sort = list(keys)
            return
        self._pending_sort = None
        super().set_sort(keys)

    def preparing_titles(self) -> bool:
        """Are a large list's titles being encoded (a search or sort of them waits for it)?"""
        return self._encoding is not None and self._encoding is self._query

    def _titles_ready(self) -> bool:
        """Can the titles be searched and sorted now? A small list's are encoded at once; a large list's
        (a million titles take most of a second) in a worker thread, while the list stays as it is and
        keystrokes keep landing in the search field: False until it is done."""
        query = self._query
        if not isinstance(query, EventsQuery) or query.titles_encoded:
            return True
        if query.total < ENCODE_TITLES_IN_BACKGROUND:
            query.encode_titles()
            return True
        if self._encoding is not query:
            def work() -> None:
                try:
                    query.encode_titles()
                except Exception:  # noqa: BLE001, S110 - encoded again on the GUI thread, which reports the error
                    pass
                finally:
                    self._titlesEncoded.emit(query)

            self._encoding = query
            threading.Thread(target=work, name="timeline-titles", daemon=True).start()
            self.rowsChanged.emit()  # the tab says what is being prepared
        return False

    def _titles_arrived(self, query) -> None:
        if query is self._encoding:
            self._encoding = None
        if query is not self._query:
            return  # a list replaced meanwhile
        if not query.titles_encoded:
            query.encode_titles()  # the worker failed: here, where an error is reported (and not retried forever)
        if self._pending_sort is not None:
            self.set_sort(self._pending_sort)
        self.rowsChanged.emit()  # the tab no longer says the search is being prepared
        self.titlesReady.emit()

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
