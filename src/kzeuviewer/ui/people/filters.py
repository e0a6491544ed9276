"""Per-column filters over a :class:`QueryTableModel`: value checklists and date ranges.

A :class:`FilterBar` has one button per filterable column; each opens a small
popup. Active filters show as chips ("Side: EU ✕") that clear with one
click, and "Clear filters" clears them all.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.model.locale_format import display_locale
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from ..common.table_model import QueryTableModel
from ..i18n import translate
from ..style import set_role

# Shown for empty cells in a filter (marked here, translated where shown).
EMPTY_LABEL = QT_TRANSLATE_NOOP("Filters", "(empty)")


def _empty_label() -> str:
    return translate("Filters", EMPTY_LABEL)
_VALUE_ROLE = Qt.ItemDataRole.UserRole


def _date(timestamp) -> QDate:
    ts = pd.Timestamp(timestamp)
    return QDate(ts.year, ts.month, ts.day)


def _timestamp(date: QDate) -> pd.Timestamp:
    return pd.Timestamp(date.year(), date.month(), date.day())



def _apply_cancel(prefix: str, apply_name: str, cancel_name: str):
    """Apply (default) and Cancel buttons of a filter popup, named for tests and screen readers."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
    apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
    apply_button.setObjectName(f"{prefix}Apply")
    apply_button.setAccessibleName(apply_name)
    apply_button.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName(f"{prefix}Cancel")
    cancel.setAccessibleName(cancel_name)
    return buttons, apply_button, cancel

class _Popup(QFrame):
    """A small window under its button that closes when the person clicks elsewhere."""

    def __init__(self, parent, name: str):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_under(self, button: QWidget) -> None:
        self.adjustSize()
        self.move(button.mapToGlobal(button.rect().bottomLeft()))
        self.show()


class ValueFilterPopup(_Popup):
    """A checklist of a column's values with their row counts."""

    applied = Signal(object)  # set of values, or None for "every value"

    def __init__(self, parent, header: str, values: list[tuple[str, int]], chosen):
        super().__init__(parent, "valueFilterPopup")
        self.setAccessibleName(translate("Filters", "Filter {column}").format(column=header))
        self.find = QLineEdit(placeholderText=translate("Filters", "Find a value of {column}…").format(column=header),
                              clearButtonEnabled=True)
        self.find.setObjectName("valueFilterFind")
        self.find.setAccessibleName(translate("Filters", "Find a value of {column}").format(column=header))
        self.list = QListWidget()
        self.list.setObjectName("valueFilterList")
        self.list.setAccessibleName(translate("Filters", "Values of {column}").format(column=header))
        self.list.setUniformItemSizes(True)
        for value, count in values:
            item = QListWidgetItem(f"{value or _empty_label()}  ({i18n.locale().toString(count)})")
            item.setData(_VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen is None or value in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.all_button = QPushButton(translate("Filters", "All"))
        self.all_button.setObjectName("valueFilterAll")
        self.all_button.setAccessibleName(translate("Filters", "Check every value"))
        self.none_button = QPushButton(translate("Filters", "None"))
        self.none_button.setObjectName("valueFilterNone")
        self.none_button.setAccessibleName(translate("Filters", "Uncheck every value"))
        self.buttons, self.apply_button, cancel = _apply_cancel(
            "valueFilter", translate("Filters", "Apply the {column} filter").format(column=header),
            translate("Filters", "Close without changing the filter"))
        self.all_button.clicked.connect(lambda: self._check_shown(True))
        self.none_button.clicked.connect(lambda: self._check_shown(False))
        self.apply_button.clicked.connect(self._apply)
        cancel.clicked.connect(self.close)
        self.find.textChanged.connect(self._find)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{i18n.escape(header)}</b>"))
        layout.addWidget(self.find)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        width = max(self.list.sizeHintForColumn(0) + 40, 260)
        self.list.setMinimumWidth(min(width, 520))
        shown_rows = min(max(self.list.count(), 3), 12)
        self.list.setFixedHeight(shown_rows * max(self.list.sizeHintForRow(0), 1) + 2 * self.list.frameWidth() + 4)
        self.find.setVisible(self.list.count() > 12)

    def _find(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(state)

    def checked_values(self) -> set[str]:
        return {
            self.list.item(i).data(_VALUE_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }

    def _apply(self) -> None:
        chosen = self.checked_values()
        self.applied.emit(None if len(chosen) == self.list.count() else chosen)
        self.close()


class DateRangePopup(_Popup):
    """From and To dates (each optional) for a date column."""

    applied = Signal(object, object)  # first, last (Timestamp or None each)

    def __init__(self, parent, header: str, bounds, current):
        super().__init__(parent, "dateFilterPopup")
        self.setAccessibleName(translate("Filters", "Filter {column} by date").format(column=header))
        low, high = bounds if bounds else (pd.Timestamp("1990-01-01"), pd.Timestamp.today())
        first, last = current if current else (None, None)
        self.use_from = QCheckBox(translate("Filters", "From"))
        self.use_from.setObjectName("dateFilterUseFrom")
        self.use_from.setAccessibleName(translate("Filters", "Limit the earliest date"))
        self.use_to = QCheckBox(translate("Filters", "To"))
        self.use_to.setObjectName("dateFilterUseTo")
        self.use_to.setAccessibleName(translate("Filters", "Limit the latest date"))
        self.from_edit = self._date_edit("dateFilterFrom", translate("Filters", "Earliest date"), first if first is not None else low)
        self.to_edit = self._date_edit("dateFilterTo", translate("Filters", "Latest date"), last if last is not None else high)
        self.use_from.setChecked(first is not None)
        self.use_to.setChecked(last is not None)
        self.use_from.toggled.connect(self.from_edit.setEnabled)
        self.use_to.toggled.connect(self.to_edit.setEnabled)
        self.from_edit.setEnabled(first is not None)
        self.to_edit.setEnabled(last is not None)
        self.from_edit.dateChanged.connect(lambda _d: self.use_from.setChecked(True))
        self.to_edit.dateChanged.connect(lambda _d: self.use_to.setChecked(True))
        form = QFormLayout()
        form.addRow(self.use_from, self.from_edit)
        form.addRow(self.use_to, self.to_edit)
        note = QLabel(translate("Filters", "A partial date (a year, a month) counts if any of it is in the range."))
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons, self.apply_button, cancel = _apply_cancel(
            "dateFilter", translate("Filters", "Apply the {column} range").format(column=header),
            translate("Filters", "Close without changing the range"))
        self.apply_button.clicked.connect(self._apply)
        cancel.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{i18n.escape(header)}</b>"))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(280)

    def _date_edit(self, name: str, accessible: str, value) -> QDateEdit:
        edit = QDateEdit(_date(value))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setLocale(i18n.locale())
        edit.setDisplayFormat("yyyy 'ж'. d MMMM" if i18n.current_language() == "kk" else "d MMMM yyyy")
        return edit

    def _apply(self) -> None:
        first = _timestamp(self.from_edit.date()) if self.use_from.isChecked() else None
        last = _timestamp(self.to_edit.date()) if self.use_to.isChecked() else None
        self.applied.emit(first, last)
        self.close()


def _describe_values(values) -> str:
    shown = sorted(v or _empty_label() for v in values)
    if not shown:
        return translate("Filters", "nothing")
    if len(shown) <= 2:
        return ", ".join(shown)
    more = len(shown) - 1
    return translate("Filters", "{first} and %n more", "", more).format(first=shown[0])


def _describe_range(first, last) -> str:
    def text(ts):
        return display_locale().day(ts.year, ts.month, ts.day)

    if first is not None and last is not None:
        return f"{text(first)} – {text(last)}"
    if first is not None:
        return translate("Filters", "from {date}").format(date=text(first))
    return translate("Filters", "until {date}").format(date=text(last))


class FilterBar(QWidget):
    """Filter buttons for some columns of a model, and chips for the active filters."""

    def __init__(self, model: QueryTableModel, filters: list[tuple[str, str]], name_prefix: str, parent=None):
        """``filters``: (column key, "values" | "dates") in button order."""
        super().__init__(parent)
        self.model = model
        self.filters = list(filters)
        self.name_prefix = name_prefix
        self.popup: _Popup | None = None
        self.buttons: dict[str, QToolButton] = {}
        self.chips: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        i18n.keep(self, lambda: label.setText(translate("Filters", "Filter:")))
        layout.addWidget(label)
        for key, _kind in self.filters:
            button = QToolButton()
            button.setObjectName(f"{name_prefix}Filter_{key}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, k=key: self.open_filter(k))
            self.buttons[key] = button
            layout.addWidget(button)
        self.chip_area = QHBoxLayout()
        self.chip_area.setSpacing(4)
        layout.addSpacing(12)
        layout.addLayout(self.chip_area)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName(f"{name_prefix}ClearFilters")
        self.clear_button.setFlat(True)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self.clear_all)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        i18n.keep(self, self.refresh)

    def _column(self, key: str) -> int:
        query = self.model.query
        return [c.key for c in query.columns].index(key)

    def _header(self, key: str) -> str:
        return translate("Tables", self.model.query.columns[self._column(key)].header)

    def refresh(self) -> None:
        """Update button captions and chips from the query's active filters."""
        query = self.model.query
        self.clear_button.setText(translate("Filters", "Clear filters"))
        self.clear_button.setAccessibleName(translate("Filters", "Clear every filter"))
        for key, button in self.buttons.items():
            header = self._header(key) if query is not None else key
            active = query is not None and self._column(key) in query.active_filters()
            button.setText(i18n.mnemonic_safe(f"{header} ▾" if not active else f"{header} ● ▾"))
            button.setAccessibleName(translate("Filters", "Filter by {column} (active)").format(column=header) if active
                                     else translate("Filters", "Filter by {column}").format(column=header))
            button.setToolTip(translate("Filters", "Show only some values of {column}").format(column=header))
            button.setEnabled(query is not None)
        for chip in self.chips.values():
            self.chip_area.removeWidget(chip)
            chip.deleteLater()
        self.chips.clear()
        if query is not None:
            for key, kind in self.filters:
                column = self._column(key)
                if column not in query.active_filters():
                    continue
                if kind == "values":
                    description = _describe_values(query.value_filter(column) or ())
                    tooltip = ", ".join(sorted(v or _empty_label() for v in query.value_filter(column) or ()))
                else:
                    description = _describe_range(*query.range_filter(column))
                    tooltip = description
                chip = QToolButton()
                chip.setObjectName(f"{self.name_prefix}FilterChip_{key}")
                chip.setText(i18n.mnemonic_safe(f"{self._header(key)}: {description}  ✕"))
                chip.setToolTip(i18n.plain_tooltip(f"{self._header(key)}: {tooltip}\n"
                                                   + translate("Filters", "Click to remove this filter")))
                chip.setAccessibleName(translate("Filters", "Remove the {column} filter").format(column=self._header(key)))
                set_role(chip, "chip")
                chip.clicked.connect(lambda _=False, k=key: self.clear_filter(k))
                self.chips[key] = chip
                self.chip_area.addWidget(chip)
        self.clear_button.setVisible(bool(self.chips))

    # -- actions ------------------------------------------------------------------
    def open_filter(self, key: str) -> _Popup | None:
        query = self.model.query
        if query is None:
            return None
        column = self._column(key)
        kind = dict(self.filters)[key]
        if self.popup is not None:
            self.popup.close()
        if kind == "values":
            popup = ValueFilterPopup(self, self._header(key), query.distinct_values(column), query.value_filter(column))
            popup.applied.connect(lambda values, c=column: self._apply_values(c, values))
        else:
            popup = DateRangePopup(self, self._header(key), query.date_bounds(column), query.range_filter(column))
            popup.applied.connect(lambda first, last, c=column: self._apply_range(c, first, last))
        popup.destroyed.connect(lambda *_: setattr(self, "popup", None))
        self.popup = popup
        popup.show_under(self.buttons[key])
        return popup

    def _apply_values(self, column: int, values) -> None:
        self.model.set_value_filter(column, values)
        self._changed()

    def _apply_range(self, column: int, first, last) -> None:
        self.model.set_range_filter(column, first, last)
        self._changed()

    def clear_filter(self, key: str) -> None:
        column = self._column(key)
        if dict(self.filters)[key] == "values":
            self.model.set_value_filter(column, None)
        else:
            self.model.set_range_filter(column, None, None)
        self._changed()

    def clear_all(self) -> None:
        self.model.clear_filters()
        self._changed()

    def _changed(self) -> None:
        self.refresh()
