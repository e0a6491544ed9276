"""``DataTableView``: the app's one table view, over a :class:`QueryTableModel`.

- Click a header to sort ascending, again for descending; Shift+click adds
  (or flips) a secondary key. Each key's place shows in its header: "Name ▲1".
- Cells matching the search have the matching text highlighted.
- Ctrl+C copies the selected cells as tab-separated text with headers; the
  context menu also copies without headers.
- The header's context menu hides and shows columns; drag a header to
  reorder. Both are remembered in QSettings under the key the caller gives.
- Selection is kept as table records and exposed as ids (``selected_ids``,
  ``select_ids``, ``selectedIdsChanged``), so it survives sort, filter and
  search.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from .. import i18n
from .. import settings as prefs
from ..i18n import translate
from ..style import qcolor, theme
from .table_model import QueryTableModel


class SortHeader(QHeaderView):
    """Horizontal header that remembers which modifier keys the last click held."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.click_modifiers = Qt.KeyboardModifier.NoModifier
        self.setSectionsClickable(True)
        self.setSectionsMovable(True)
        self.setHighlightSections(False)
        self.setSortIndicatorShown(False)  # the model writes "▲1" into the header text
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("tableHeader")
        i18n.keep(self, lambda: self.setAccessibleName(
            translate("DataTableView", "Column headers: click to sort, Shift+click to add a sort key")))

    def mousePressEvent(self, event) -> None:
        self.click_modifiers = event.modifiers()
        super().mousePressEvent(event)


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the spans the current search matched highlighted."""

    def paint(self, painter, option, index) -> None:
        model = index.model()
        query = getattr(model, "query", None)
        text = index.data()
        spans = query.match_spans(text) if query is not None and text else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        width = metrics.horizontalAdvance(shown)
        left = rect.right() - width + 1 if opt.displayAlignment & Qt.AlignmentFlag.AlignRight else rect.left()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(option.rect)
        # The elided text keeps its start, so spans before the ellipsis stay in place.
        visible = len(shown) - (1 if shown != text else 0)
        top = rect.top() + max((rect.height() - metrics.height()) // 2, 0)
        marks = []
        for start, end in spans:
            if start >= visible:
                break
            end = min(end, visible)
            x0 = left + metrics.horizontalAdvance(shown[:start])
            x1 = left + metrics.horizontalAdvance(shown[:end])
            marks.append(QRect(x0, top, max(x1 - x0, 1), min(metrics.height(), rect.height())))
        for mark in marks:
            painter.fillRect(mark, qcolor(theme().highlight if selected else theme().highlight_fill))
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setFont(opt.font)
        text_rect = QRect(left, rect.top(), width + 1, rect.height())
        painter.setPen(opt.palette.color(group, role))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
        # Matched text is dark on its yellow mark, also in a selected row.
        painter.setPen(qcolor(theme().highlight_text))
        for mark in marks:
            painter.setClipRect(mark.intersected(option.rect))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


def _read_widths(entries: list[str]) -> dict[str, int]:
    """'name=180' entries as remembered in the settings; anything malformed is skipped."""
    widths = {}
    for entry in entries:
        key, _, value = entry.partition("=")
        if value.isdigit() and 0 < int(value) < 5000:
            widths[key] = int(value)
    return widths


def _clean_cell(text: str) -> str:
    """A cell in tab-separated text: no tabs or line breaks inside."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


class DataTableView(QTableView):
    """A table over a :class:`QueryTableModel`; see the module notes for what it does."""

    selectedIdsChanged = Signal(object)  # frozenset[str], after the person changed the selection

    def __init__(self, parent=None, settings: QSettings | None = None, settings_key: str = ""):
        super().__init__(parent)
        self._settings = settings
        self._settings_key = settings_key
        self._selected_rows = np.empty(0, dtype=np.int64)  # records (table rows), not view rows
        self._syncing = False
        self._restoring = False
        self._default_widths: dict[str, int] = {}
        header = SortHeader(self)
        self.setHorizontalHeader(header)
        header.sectionClicked.connect(self._on_header_clicked)
        header.sectionMoved.connect(self._on_columns_rearranged)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No stretched last column: a wide count column of right-aligned numbers reads badly.
        header.setStretchLastSection(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_cell_menu)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures a million rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._highlight = HighlightDelegate(self)

    # -- model ------------------------------------------------------------------
    def setModel(self, model) -> None:
        old = self.model()
        if isinstance(old, QueryTableModel):
            old.layoutAboutToBeChanged.disconnect(self._before_rows_change)
            old.rowsChanged.disconnect(self._after_rows_change)
            old.modelAboutToBeReset.disconnect(self._before_rows_change)
            old.modelReset.disconnect(self._after_reset)
        super().setModel(model)
        if isinstance(model, QueryTableModel):
            model.show_sort_markers = True
            if model.state is not None:
                model.state.changed.connect(self.apply_column_state)
            model.layoutAboutToBeChanged.connect(self._before_rows_change)
            model.rowsChanged.connect(self._after_rows_change)
            model.modelAboutToBeReset.connect(self._before_rows_change)
            model.modelReset.connect(self._after_reset)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._after_reset()

    @property
    def query(self):
        model = self.model()
        return model.query if isinstance(model, QueryTableModel) else None

    def _before_rows_change(self) -> None:
        # Qt moves or drops selected rows during the change; ours is re-applied after.
        self._syncing = True

    def _after_rows_change(self) -> None:
        self._apply_selection(scroll=False)
        self._syncing = False
        self._update_highlight()

    def _after_reset(self) -> None:
        self._syncing = False
        self._selected_rows = np.empty(0, dtype=np.int64)
        self._restore_columns()
        self._update_highlight()

    def _update_highlight(self) -> None:
        """Highlight only in columns with a match: the others keep Qt's faster painting."""
        query = self.query
        hits = query.hit_columns() if query is not None else set()
        for column in range(len(query.columns) if query is not None else 0):
            self.setItemDelegateForColumn(column, self._highlight if column in hits else None)
        self.viewport().update()

    # -- sorting ----------------------------------------------------------------
    def _on_header_clicked(self, column: int) -> None:
        model = self.model()
        if not isinstance(model, QueryTableModel) or model.query is None:
            return
        keys = list(model.query.sort_keys)
        if self.horizontalHeader().click_modifiers & Qt.KeyboardModifier.ShiftModifier:
            for place, (key_column, descending) in enumerate(keys):
                if key_column == column:
                    keys[place] = (column, not descending)
                    break
            else:
                keys.append((column, False))
        elif len(keys) == 1 and keys[0][0] == column:
            keys = [(column, not keys[0][1])]
        else:
            keys = [(column, False)]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            model.set_sort(keys)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._scroll_to_selection()

    def clear_sort(self) -> None:
        model = self.model()
        if isinstance(model, QueryTableModel):
            model.set_sort([])

    # -- selection by ids -------------------------------------------------------
    def selected_ids(self) -> frozenset[str]:
        query = self.query
        return query.ids_of_frame_rows(self._selected_rows) if query is not None else frozenset()

    def select_ids(self, ids, scroll: bool = True) -> None:
        """Select every row of these ids (also rows hidden now); does not emit selectedIdsChanged."""
        query = self.query
        if query is None:
            return
        self._selected_rows = query.frame_rows_of_ids(ids)
        self._apply_selection(scroll=scroll)

    def _apply_selection(self, scroll: bool) -> None:
        query = self.query
        selection_model = self.selectionModel()
        if query is None or selection_model is None:
            return
        rows = query.view_rows_of_frame_rows(self._selected_rows)
        selection = QItemSelection()
        last_column = max(len(query.columns) - 1, 0)
        if len(rows):
            breaks = np.flatnonzero(np.diff(rows) != 1)
            starts = rows[np.concatenate(([0], breaks + 1))]
            ends = rows[np.concatenate((breaks, [len(rows) - 1]))]
            model = self.model()
            for first, last in zip(starts.tolist(), ends.tolist(), strict=True):
                selection.select(model.index(first, 0), model.index(last, last_column))
        was_syncing = self._syncing
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection_model.select(selection, flags)
            # After a search or sort the current cell follows its own record (the model moves
            # it); only a new selection from elsewhere moves it onto the selected rows.
            if scroll and len(rows):
                current = selection_model.currentIndex()
                if not current.isValid() or current.row() not in set(rows[:1000].tolist()):
                    selection_model.setCurrentIndex(
                        self.model().index(int(rows[0]), max(current.column(), 0)),
                        QItemSelectionModel.SelectionFlag.NoUpdate,
                    )
        finally:
            self._syncing = was_syncing
        if scroll:
            self._scroll_to_selection()

    def _scroll_to_selection(self) -> None:
        query = self.query
        if query is None or not len(self._selected_rows):
            return
        rows = query.view_rows_of_frame_rows(self._selected_rows)
        if len(rows):
            self.scrollTo(self.model().index(int(rows[0]), 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def selected_view_rows(self) -> np.ndarray:
        """Selected rows as shown now, ascending."""
        selection_model = self.selectionModel()
        if selection_model is None:
            return np.empty(0, dtype=np.int64)
        parts = [np.arange(r.top(), r.bottom() + 1) for r in selection_model.selection()]
        if not parts:
            return np.empty(0, dtype=np.int64)
        return np.unique(np.concatenate(parts)).astype(np.int64)

    def _on_selection_changed(self, *_args) -> None:
        if self._syncing:
            return
        query = self.query
        if query is None:
            return
        before = self.selected_ids()
        self._selected_rows = np.sort(query.rows[self.selected_view_rows()])
        after = self.selected_ids()
        if after != before:
            self.selectedIdsChanged.emit(after)

    # -- columns ----------------------------------------------------------------
    def hits_out_of_sight(self) -> list[str]:
        """Headers of searched columns with matches that are scrolled out of view (a match there shows no mark)."""
        query = self.query
        if query is None:
            return []
        header = self.horizontalHeader()
        width = self.viewport().width()
        out = []
        for column in sorted(query.hit_columns()):
            if header.isSectionHidden(column):
                continue
            left = header.sectionViewportPosition(column)
            if left + header.sectionSize(column) <= 0 or left >= width:
                out.append(translate("Tables", query.columns[column].header))
        return out

    def visible_columns(self) -> list[int]:
        """Logical indices of the shown columns, in the order they are shown."""
        header = self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]

    def _column_keys(self) -> list[str]:
        query = self.query
        return [c.key for c in query.columns] if query is not None else []

    def set_column_hidden(self, column: int, hidden: bool) -> None:
        if hidden and len(self.visible_columns()) <= 1:
            return  # the last visible column stays
        self.setColumnHidden(column, hidden)
        self._columns_changed()

    def show_all_columns(self) -> None:
        for column in range(len(self._column_keys())):
            self.setColumnHidden(column, False)
        self._columns_changed()

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for target in range(header.count()):
            header.moveSection(header.visualIndex(target), target)
        self.show_all_columns()

    def _on_columns_rearranged(self, *_args) -> None:
        self._columns_changed()

    def _columns_changed(self) -> None:
        model = self.model()
        if isinstance(model, QueryTableModel):
            model.set_search_columns(self.visible_columns())
        self._save_columns()
        self._write_column_state()

    # -- columns as view state ----------------------------------------------------
    def _write_column_state(self) -> None:
        model = self.model()
        state = model.state if isinstance(model, QueryTableModel) else None
        keys = self._column_keys()
        if state is None or not keys or self._restoring:
            return
        header = self.horizontalHeader()
        order = [keys[header.logicalIndex(v)] for v in range(header.count())]
        hidden = {keys[c] for c in range(len(keys)) if header.isSectionHidden(c)}
        self._applying_state = True
        try:
            state.update(column_order=() if order == keys else order, hidden_columns=hidden)
        finally:
            self._applying_state = False

    def apply_column_state(self, names=frozenset({"column_order", "hidden_columns"})) -> None:
        """Show the columns the bound state names (order and hidden), e.g. after an undo or a view file."""
        model = self.model()
        state = model.state if isinstance(model, QueryTableModel) else None
        keys = self._column_keys()
        if state is None or not keys or getattr(self, "_applying_state", False):
            return
        if not names & {"column_order", "hidden_columns"}:
            return
        self._restoring = True
        try:
            order = [k for k in state.column_order if k in keys] or keys
            self._arrange_columns(keys, order + [k for k in keys if k not in order], set(state.hidden_columns) & set(keys))
        finally:
            self._restoring = False
        if isinstance(model, QueryTableModel):
            model.set_search_columns(self.visible_columns())
        self._save_columns()

    def set_default_widths(self, widths: dict[str, int]) -> None:
        """Column widths in characters, used where no width was remembered."""
        self._default_widths = dict(widths)
        self._restore_columns()

    def set_fill_columns(self, keys: list[str]) -> None:
        """Columns that share out spare width while the user has not sized any column."""
        self._fill_keys = list(keys)
        self._fill_spare_width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fill_spare_width()

    def _fill_spare_width(self) -> None:
        keys = self._column_keys()
        if not getattr(self, "_fill_keys", None) or not keys or self._user_sized():
            return
        header = self.horizontalHeader()
        columns = [keys.index(k) for k in self._fill_keys if k in keys and not header.isSectionHidden(keys.index(k))]
        spare = self.viewport().width() - header.length()
        if not columns or spare < 8:
            return
        self._restoring = True  # a fill is not a choice of the user's to remember
        try:
            for column in columns:
                header.resizeSection(column, header.sectionSize(column) + spare // len(columns))
        finally:
            self._restoring = False

    def _user_sized(self) -> bool:
        if self._settings is None or not self._settings_key:
            return False
        return bool(prefs.get(self._settings, prefs.TABLE_COLUMN_WIDTHS.of(table=self._settings_key)))

    def _on_section_resized(self, *_args) -> None:
        if not self._restoring:
            self._save_columns()

    def _save_columns(self) -> None:
        if self._settings is None or not self._settings_key or self._restoring:
            return
        keys = self._column_keys()
        header = self.horizontalHeader()
        order = [keys[header.logicalIndex(v)] for v in range(header.count())]
        hidden = [keys[c] for c in range(len(keys)) if header.isSectionHidden(c)]
        widths = [f"{keys[c]}={header.sectionSize(c)}" for c in range(len(keys)) if not header.isSectionHidden(c)]
        prefs.put(self._settings, prefs.TABLE_COLUMN_ORDER.of(table=self._settings_key), order)
        prefs.put(self._settings, prefs.TABLE_HIDDEN_COLUMNS.of(table=self._settings_key), hidden)
        prefs.put(self._settings, prefs.TABLE_COLUMN_WIDTHS.of(table=self._settings_key), widths)

    def _arrange_columns(self, keys: list[str], order: list[str], hidden: set[str]) -> None:
        """Columns in ``order`` (keys), ``hidden`` ones hidden; the last column never goes."""
        header = self.horizontalHeader()
        for target, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), target)
        if len(hidden) >= len(keys):
            hidden = set()
        for column, key in enumerate(keys):
            self.setColumnHidden(column, key in hidden)

    def _restore_columns(self) -> None:
        keys = self._column_keys()
        if not keys:
            return
        header = self.horizontalHeader()
        self._restoring = True
        try:
            if self._settings is not None and self._settings_key:
                order = [k for k in prefs.get(self._settings, prefs.TABLE_COLUMN_ORDER.of(table=self._settings_key)) if k in keys]
                hidden = set(prefs.get(self._settings, prefs.TABLE_HIDDEN_COLUMNS.of(table=self._settings_key))) & set(keys)
                widths = _read_widths(prefs.get(self._settings, prefs.TABLE_COLUMN_WIDTHS.of(table=self._settings_key)))
            else:
                order, hidden, widths = [], set(), {}
            char = self.fontMetrics().averageCharWidth()
            for column, key in enumerate(keys):
                width = widths.get(key)
                if width is None and key in self._default_widths:
                    # Never narrower than the header's own text (and a sort marker).
                    width = max(self._default_widths[key] * char + 16, header.sectionSizeHint(column) + 3 * char)
                if width:
                    header.resizeSection(column, max(width, 30))
            self._arrange_columns(keys, order, hidden)
        finally:
            self._restoring = False
        model = self.model()
        if isinstance(model, QueryTableModel):
            model.set_search_columns(self.visible_columns())
            if model.state is not None and (model.state.column_order or model.state.hidden_columns):
                self.apply_column_state()  # a state set before the data came (a view file) wins
            else:
                self._write_column_state()

    # -- menus ------------------------------------------------------------------
    def build_header_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        query = self.query
        if query is not None:
            shown = set(self.visible_columns())
            for column, spec in enumerate(query.columns):
                action = menu.addAction(translate("Tables", spec.header))
                action.setObjectName(f"columnAction_{spec.key}")
                action.setCheckable(True)
                action.setChecked(column in shown)
                action.setEnabled(not (column in shown and len(shown) == 1))
                action.toggled.connect(lambda checked, c=column: self.set_column_hidden(c, not checked))
            menu.addSeparator()
        menu.addAction(translate("DataTableView", "Show all columns"), self.show_all_columns).setObjectName("showAllColumnsAction")
        menu.addAction(translate("DataTableView", "Reset column order"), self.reset_columns).setObjectName("resetColumnsAction")
        clear = menu.addAction(translate("DataTableView", "Clear sort"), self.clear_sort)
        clear.setObjectName("clearSortAction")
        clear.setEnabled(bool(query is not None and query.sort_keys))
        return menu

    def _show_header_menu(self, position) -> None:
        menu = self.build_header_menu()
        menu.exec(self.horizontalHeader().viewport().mapToGlobal(position))
        menu.deleteLater()

    def build_cell_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("tableMenu")
        has_selection = bool(len(self.selected_view_rows()))
        # The shortcut is only shown: Edit ▸ Copy owns Ctrl+C.
        shortcut = QKeySequence(QKeySequence.StandardKey.Copy).toString(QKeySequence.SequenceFormat.NativeText)
        copy = menu.addAction(translate("DataTableView", "Copy") + f"\t{shortcut}", lambda: self.copy_selection(True))
        copy.setObjectName("copyWithHeadersAction")
        copy.setEnabled(has_selection)
        plain = menu.addAction(translate("DataTableView", "Copy without headers"), lambda: self.copy_selection(False))
        plain.setObjectName("copyWithoutHeadersAction")
        plain.setEnabled(has_selection)
        menu.addSeparator()
        menu.addAction(translate("DataTableView", "Select all"), self.selectAll).setObjectName("selectAllAction")
        return menu

    def _show_cell_menu(self, position) -> None:
        menu = self.build_cell_menu()
        menu.exec(self.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- copy -------------------------------------------------------------------
    def selection_tsv(self, with_headers: bool = True) -> str:
        """The selected rows' visible cells as tab-separated lines, optionally under a header line."""
        query = self.query
        rows = self.selected_view_rows()
        if query is None or not len(rows):
            return ""
        columns = self.visible_columns()
        lines = []
        if with_headers:
            lines.append("\t".join(_clean_cell(translate("Tables", query.columns[c].header)) for c in columns))
        values = [[_clean_cell(v) for v in query.values_at(rows, c).tolist()] for c in columns]
        lines.extend("\t".join(row) for row in zip(*values, strict=True))
        return "\n".join(lines) + "\n"

    def copy_selection(self, with_headers: bool = True) -> bool:
        text = self.selection_tsv(with_headers)
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        return True

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection(True)
            event.accept()
            return
        super().keyPressEvent(event)
