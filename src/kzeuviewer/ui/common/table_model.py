"""Qt table model over a :class:`~kzeuviewer.model.table_query.TableQuery`.

It holds no data of its own: ``data()`` reads one display string by position
and returns ``None`` at once for roles it does not serve. Search, filter and
sort run in the query (vectorised) and the model only announces the new row
order. Persistent indexes (the view's current cell, its selection) follow
their records through every change.

Bound to a :class:`~kzeuviewer.model.state.TableState` (:meth:`bind`), the
state is the one owner of search, filters and sort: the setters below write
the state, and the query follows the state's ``changed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal

from kzeuviewer.model.display import clip
from kzeuviewer.model.locale_format import generation
from kzeuviewer.model.state import TableState, apply_table_state
from kzeuviewer.model.table_query import NUMERIC_KINDS, TableQuery

from ..i18n import plain_tooltip, translate

_DISPLAY = Qt.ItemDataRole.DisplayRole
# data() is called for every role of every painted cell: compare plain ints.
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()
# What needs a query's search indexes or sort ranks (the rest of a table's state does not).
_WAIT_FOR_INDEXES = frozenset({"search", "regex", "sort"})


def sort_marker(keys: list[tuple[int, bool]], column: int) -> str:
    """' ▲', ' ▼2' …: a column's place and direction among the sort keys ('' if not a key)."""
    for place, (key_column, descending) in enumerate(keys, start=1):
        if key_column == column:
            arrow = "▼" if descending else "▲"
            return f" {arrow}{place}" if len(keys) > 1 else f" {arrow}"
    return ""


class QueryTableModel(QAbstractTableModel):
    """Rows of a TableQuery; ``rowsChanged`` fires after every search/filter/sort."""

    rowsChanged = Signal()

    def __init__(self, query: TableQuery | None = None, parent=None):
        super().__init__(parent)
        self._query = query
        self._query_generation = generation()  # the display locale the query's words were built in
        # DataTableView shows every sort key in the header text ("Name ▲1"); a
        # plain QTableView with Qt's own sort indicator leaves this off.
        self.show_sort_markers = False
        self._alignment: list = []
        self._state: TableState | None = None
        self.dropped: list[str] = []  # parts of the state the query could not apply
        # Set by a tab whose query builds its search indexes and sort ranks in a worker thread: true
        # while it does. A search or sort then waits (the state keeps it) instead of the window.
        self.deferred: Callable[[], bool] = lambda: False
        self.pending: frozenset[str] = frozenset()  # the state's fields waiting for that
        self._update_columns()

    @property
    def query(self) -> TableQuery | None:
        return self._query

    @property
    def state(self) -> TableState | None:
        return self._state

    def bind(self, state: TableState) -> None:
        """Make ``state`` the owner of search, filters and sort."""
        if self._state is not None:
            self._state.changed.disconnect(self._state_changed)
        self._state = state
        state.changed.connect(self._state_changed)
        if self._query is not None:
            self._relayout(self._apply_all)

    def _apply_all(self, query: TableQuery) -> None:
        self.dropped = apply_table_state(self._state, query)

    def set_query(self, query: TableQuery | None) -> None:
        self.beginResetModel()
        self._query = query
        self.pending = frozenset()  # the whole state is applied below
        self._query_generation = generation()
        if query is not None and self._state is not None:
            self._apply_all(query)
        self._update_columns()
        self.endResetModel()
        self.rowsChanged.emit()

    def _column_keys(self) -> list[str]:
        return [c.key for c in self._query.columns] if self._query is not None else []

    def _state_changed(self, names: frozenset[str]) -> None:
        if self._query is None or not names & {"search", "regex", "value_filters", "date_filters", "sort"}:
            return
        state = self._state
        if not names & {"value_filters", "date_filters", "sort"} and state.regex:  # a search alone: checked first
            try:
                re.compile(state.search)
            except (re.error, OverflowError, RecursionError) as err:
                self._query.search_error = translate("Tables", "Invalid pattern: {error}").format(error=err)
                self.rowsChanged.emit()
                return
        if self.deferred() and names & _WAIT_FOR_INDEXES:
            self.pending |= names & _WAIT_FOR_INDEXES
            names -= _WAIT_FOR_INDEXES
            if not names & {"value_filters", "date_filters"}:
                self.rowsChanged.emit()  # rows unchanged; the count says what is being prepared
                return
        if names & {"value_filters", "date_filters", "sort"}:
            self._relayout(lambda q: apply_table_state(state, q, names))
        else:
            self._relayout(lambda q: q.set_search(state.search, state.regex))
        if "sort" in names and self._query.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._query.columns) - 1)

    def apply_pending(self) -> None:
        """Apply what of the state waited for the query's indexes (see ``deferred``)."""
        if self.pending and self._query is not None and self._state is not None:
            names, self.pending = self.pending, frozenset()
            self._state_changed(names)

    def _update_columns(self) -> None:
        columns = self._query.columns if self._query is not None else []
        self._alignment = [_RIGHT if c.kind in NUMERIC_KINDS else None for c in columns]

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        if parent.isValid() or self._query is None:
            return 0
        return len(self._query)

    def columnCount(self, parent=_ROOT) -> int:
        if parent.isValid() or self._query is None:
            return 0
        return len(self._query.columns)

    def data(self, index, role=_DISPLAY_ROLE):
        if role == _DISPLAY_ROLE:
            return clip(self._query.cell(index.row(), index.column()))
        if role == _TOOLTIP_ROLE:  # dataset text: shown as typed, never as HTML
            return plain_tooltip(clip(self._query.cell(index.row(), index.column())))
        if role == _ALIGNMENT_ROLE:
            return self._alignment[index.column()]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY or self._query is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._query.columns):
                return None
            # Headers are marked QT_TRANSLATE_NOOP("Tables", …) where the columns are defined.
            header = translate("Tables", self._query.columns[section].header)
            return header + sort_marker(self._query.sort_keys, section) if self.show_sort_markers else header
        return str(section + 1)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.relocalize()
        return super().event(event)

    def relocalize(self) -> None:
        """Dates and numbers in the new language's words, headers in its language; same rows, same order."""
        if self._query is not None and self._query_generation != generation():
            self._relayout(lambda query: query.relocalize())
            self._query_generation = generation()
        if self._query is not None and self._query.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._query.columns) - 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Single-key sort, as a QTableView header click asks for it (a negative column: unsorted)."""
        self.set_sort([(column, order == Qt.SortOrder.DescendingOrder)] if column >= 0 else [])

    # -- query operations, announced as layout changes ------------------------
    def _relayout(self, change) -> object:
        if self._query is None:
            return None
        self.layoutAboutToBeChanged.emit()
        old_rows = self._query.rows
        persistent = self.persistentIndexList()
        result = change(self._query)
        if persistent:
            self._follow_records(persistent, old_rows)
        self.layoutChanged.emit()
        self.rowsChanged.emit()
        return result

    def _follow_records(self, persistent: list, old_rows: np.ndarray) -> None:
        """Move persistent indexes to the new row of the record they pointed at (or drop them)."""
        new_rows = self._query.rows
        records = [old_rows[i.row()] if 0 <= i.row() < len(old_rows) else -1 for i in persistent]
        wanted = np.zeros(self._query.total, dtype=bool)
        wanted[[r for r in records if r >= 0]] = True
        # A boolean gather over the new rows beats building a full position array.
        found = np.flatnonzero(wanted[new_rows])
        place = dict(zip(new_rows[found].tolist(), found.tolist(), strict=True))
        moved = []
        for index, record in zip(persistent, records, strict=True):
            target = place.get(int(record), -1) if record >= 0 else -1
            moved.append(self.index(target, index.column()) if target >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    def set_search(self, text: str, regex: bool = False) -> str | None:
        """Returns an error message for an invalid pattern (rows then stay as they were)."""
        if self._query is None:
            return None
        if self._state is not None:
            self._query.search_error = None
            self._state.update(search=text, regex=regex)
            return self._query.search_error
        if text == self._query.search_text and regex == self._query.search_regex and not self._query.search_error:
            return None
        if regex:
            try:
                re.compile(text)
            except (re.error, OverflowError, RecursionError) as err:
                self._query.search_error = translate("Tables", "Invalid pattern: {error}").format(error=err)
                return self._query.search_error
        return self._relayout(lambda q: q.set_search(text, regex))

    def set_search_columns(self, columns) -> None:
        self._relayout(lambda q: q.set_search_columns(columns))

    def set_sort(self, keys: list[tuple[int, bool]]) -> None:
        if self._state is not None:
            names = self._column_keys()
            self._state.sort = [(names[c], d) for c, d in keys if 0 <= c < len(names)]
            return
        self._relayout(lambda q: q.set_sort(keys))
        if self._query is not None and self._query.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._query.columns) - 1)

    def set_value_filter(self, column: int, values) -> None:
        if self._state is not None:
            key = self._column_keys()[column]
            self._state.value_filters = self._state.with_value_filter(key, None if values is None else sorted(values))
            return
        self._relayout(lambda q: q.set_value_filter(column, values))

    def set_range_filter(self, column: int, first=None, last=None) -> None:
        if self._state is not None:
            key = self._column_keys()[column]
            self._state.date_filters = self._state.with_date_filter(
                key, first.date().isoformat() if first is not None else "", last.date().isoformat() if last is not None else ""
            )
            return
        self._relayout(lambda q: q.set_range_filter(column, first, last))

    def clear_filters(self) -> None:
        if self._state is not None:
            self._state.update(value_filters=(), date_filters=())
            return
        self._relayout(lambda q: q.clear_filters())
