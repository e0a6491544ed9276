"""Qt table model over a :class:`~kzeuviewer.model.table_query.TableQuery`.

It holds no data of its own: ``data()`` reads one display string by position
and returns ``None`` at once for roles it does not serve. Search, filter and
sort run in the query (vectorised) and the model only announces the new row
order.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from kzeuviewer.model.table_query import TableQuery

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROOT = QModelIndex()


class QueryTableModel(QAbstractTableModel):
    """Rows of a TableQuery; ``rowsChanged`` fires after every search/filter/sort."""

    rowsChanged = Signal()

    def __init__(self, query: TableQuery | None = None, parent=None):
        super().__init__(parent)
        self._query = query

    @property
    def query(self) -> TableQuery | None:
        return self._query

    def set_query(self, query: TableQuery | None) -> None:
        self.beginResetModel()
        self._query = query
        self.endResetModel()
        self.rowsChanged.emit()

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        if parent.isValid() or self._query is None:
            return 0
        return len(self._query)

    def columnCount(self, parent=_ROOT) -> int:
        if parent.isValid() or self._query is None:
            return 0
        return len(self._query.columns)

    def data(self, index, role=_DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        return self._query.cell(index.row(), index.column())

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY or self._query is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._query.columns[section].header
        return str(section + 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Single-key sort, as a QTableView header click asks for it."""
        self.set_sort([(column, order == Qt.SortOrder.DescendingOrder)])

    # -- query operations, announced as layout changes ------------------------
    def _relayout(self, change) -> object:
        if self._query is None:
            return None
        self.layoutAboutToBeChanged.emit()
        result = change(self._query)
        self.layoutChanged.emit()
        self.rowsChanged.emit()
        return result

    def set_search(self, text: str, regex: bool = False) -> str | None:
        """Returns an error message for an invalid pattern (rows then stay as they were)."""
        if self._query is None:
            return None
        if regex:
            try:
                re.compile(text)
            except re.error as err:
                return f"Invalid pattern: {err}"
        return self._relayout(lambda q: q.set_search(text, regex))

    def set_sort(self, keys: list[tuple[int, bool]]) -> None:
        self._relayout(lambda q: q.set_sort(keys))

    def set_value_filter(self, column: int, values) -> None:
        self._relayout(lambda q: q.set_value_filter(column, values))

    def clear_filters(self) -> None:
        self._relayout(lambda q: q.clear_filters())
