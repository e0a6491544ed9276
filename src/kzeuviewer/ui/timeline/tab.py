"""The Timeline tab: the meeting timeline, its events list and the detail panel.

The three views show one state: the events that pass the search and the
kind and year filters (``EventsQuery``), the selected event (by id) and the
events highlighted because of the shared selection (people chosen in another
tab, years clicked on the Trade tab).
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
)

from kzeuviewer.model import Dataset
from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.selection import PEOPLE, YEARS
from kzeuviewer.model.timeline import DATE_COLUMN, EventsQuery, TimelineData

from .. import settings as prefs
from ..common.tab_base import DataTab
from ..common.table_view import DataTableView
from ..common.widgets import year_spin_box
from ..export.timeline_dialog import TimelineExportDialog
from ..style import css, theme
from . import style
from .detail import EventDetailPanel
from .export import export_view_image, timeline_caption, write_events_csv
from .table import EventsTableModel, kind_icon
from .view import ZOOM_STEP, TimelineView

# Default column widths, in characters (DataTableView remembers what the user sets).
COLUMN_WIDTHS = {"date": 19, "title": 46, "kind_label": 14, "location": 14, "participant_names": 34, "summary": 60}


class TimelineTab(DataTab):
    key = "timeline"
    title = "Timeline"

    def __init__(self, context, parent=None):
        self.timeline: TimelineData | None = None
        self.query: EventsQuery | None = None
        self.export_dialog: TimelineExportDialog | None = None
        self._syncing = False
        self._loading = False
        self._full_years = (1990, 2030)
        super().__init__(context, parent)
        self.setObjectName("timelineTab")
        self._build()
        context.selection.changed.connect(self._on_selection_changed)

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("eventsSearch")
        self.search.setAccessibleName("Search events")
        self.search.setPlaceholderText("Search titles, summaries, places and people…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(520)
        self.count_label = QLabel()
        self.count_label.setObjectName("eventsCountLabel")
        self.count_label.setAccessibleName("Number of events shown")

        self.year_from = year_spin_box("yearFromSpin", "First year shown")
        self.year_to = year_spin_box("yearToSpin", "Last year shown")
        self.zoom_out_button = self._tool_button("zoomOutButton", "−", "Zoom out (−)")
        self.zoom_in_button = self._tool_button("zoomInButton", "+", "Zoom in (+)")
        self.fit_button = QPushButton("Fit all")
        self.fit_button.setObjectName("fitAllButton")
        self.fit_button.setAccessibleName("Fit all events (Home)")
        self.fit_button.setToolTip("Show every year and fit all listed events in view (Home)")

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addStretch(1)
        years_label = QLabel("Years")
        years_label.setBuddy(self.year_from)
        top.addWidget(years_label)
        top.addWidget(self.year_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.year_to)
        top.addSpacing(10)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.fit_button)

        self.kind_checks: dict[str, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(10)
        for kind in EVENT_KINDS:
            check = QCheckBox(style.KIND_PLURALS[kind])
            check.setObjectName(f"kindFilter_{kind}")
            check.setAccessibleName(f"Show {style.KIND_PLURALS[kind].lower()}")
            check.setIcon(kind_icon(kind))
            check.setChecked(True)
            check.setToolTip(f"Show {style.KIND_PLURALS[kind].lower()} on the timeline and in the list")
            check.toggled.connect(self._kinds_changed)
            self.kind_checks[kind] = check
            kinds_row.addWidget(check)
        self.highlight_label = QLabel()
        self.highlight_label.setObjectName("highlightLabel")
        self.highlight_label.setAccessibleName("Highlighted events")
        # Never widen the window for it: at small widths it is cut, with the full text as tooltip.
        self.highlight_label.setMinimumWidth(1)
        self.highlight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_highlight_button = QPushButton("Clear highlight")
        self.clear_highlight_button.setObjectName("clearHighlightButton")
        self.clear_highlight_button.setAccessibleName("Clear the highlight of selected people and years")
        self.clear_highlight_button.setFlat(True)
        self.clear_highlight_button.setCursor(Qt.CursorShape.PointingHandCursor)
        kinds_row.addStretch(1)
        kinds_row.addWidget(self.highlight_label)
        kinds_row.addWidget(self.clear_highlight_button)

        self.view = TimelineView()
        self.table_model = EventsTableModel(self)
        self.table = DataTableView(settings=self.context.settings, settings_key="timeline")
        self.table.setObjectName("eventsTable")
        self.table.setAccessibleName("Events list")
        self.table.setModel(self.table_model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.set_default_widths(COLUMN_WIDTHS)
        # The last column is the summary, free text: let it take the remaining width.
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)

        self.detail = EventDetailPanel()

        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("timelineSplitter")
        self.left_splitter.addWidget(self.view)
        self.left_splitter.addWidget(self.table)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setChildrenCollapsible(False)
        # Proportions; the splitter scales them to the space it gets.
        self.left_splitter.setSizes([640, 360])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("timelineDetailSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.detail)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        self.main_splitter.setSizes([900, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(kinds_row)
        layout.addWidget(self.main_splitter, 1)
        self._restore_splitters()

        self.search.textChanged.connect(self._search_changed)
        self.year_from.valueChanged.connect(lambda _v: self._years_changed(self.year_from))
        self.year_to.valueChanged.connect(lambda _v: self._years_changed(self.year_to))
        self.fit_button.clicked.connect(self.fit_all)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.clear_highlight_button.clicked.connect(self._clear_highlight)
        self.table_model.rowsChanged.connect(self._rows_changed)
        self.table.selectedIdsChanged.connect(self._table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_details())
        self.view.eventClicked.connect(lambda event_id, add: self.select_event(event_id, add=add))
        self.view.eventActivated.connect(lambda _id: self.open_details())
        self.view.stepRequested.connect(self.step)
        self.view.fitRequested.connect(self.fit_all)
        self.detail.personClicked.connect(self._person_clicked)
        self.detail.showPersonRequested.connect(self._show_person)
        self.left_splitter.splitterMoved.connect(self._save_splitters)
        self.main_splitter.splitterMoved.connect(self._save_splitters)

    @staticmethod
    def _tool_button(name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setText(text)
        button.setAutoRaise(True)
        button.setMinimumWidth(28)
        return button

    # -- DataTab contract -----------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        self.timeline = TimelineData(dataset)
        sort_keys = list(self.query.sort_keys) if self.query is not None else [(DATE_COLUMN, False)]
        self._syncing = self._loading = True
        try:
            self.query = self.table_model.set_timeline(self.timeline)
            self.table_model.set_sort(sort_keys)
            self.view.set_data(self.timeline)
            bounds = self.timeline.year_bounds() or (2000, 2000)
            self._full_years = bounds
            for spin, value in ((self.year_from, bounds[0]), (self.year_to, bounds[1])):
                spin.blockSignals(True)
                spin.setRange(bounds[0], bounds[1])
                spin.setValue(value)
                spin.blockSignals(False)
            present = {EVENT_KINDS[c] for c in np.unique(self.timeline.kind_codes)}
            for kind, check in self.kind_checks.items():
                check.setEnabled(kind in present)
        finally:
            self._syncing = self._loading = False
        self._apply_filters()
        if self.search.text():
            self.table_model.set_search(self.search.text())
        self.view.fit()
        self._on_selection_changed()

    def search_field(self) -> QLineEdit:
        return self.search

    def copy_selection(self) -> bool:
        """Copy the selected event's row of the list (visible columns, with headers)."""
        return self.table.copy_selection(with_headers=True)

    def export(self) -> None:
        if self.timeline is None:
            return
        folder = prefs.export_folder(self.context.settings)
        dialog = TimelineExportDialog(self, len(self.query), folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.caption_edit.setText(timeline_caption(self.timeline, self.shown_mask())["title"])
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()

    # -- export ------------------------------------------------------------------------------
    def export_image(self, path, width: int, height: int, transparent: bool = False, caption: str | None = None) -> Path:
        """The timeline as currently shown (range, filters, highlight) at width×height pixels."""
        full_caption = None
        if caption:
            full_caption = timeline_caption(self.timeline, self.shown_mask(), self.filter_description(), title=caption)
        return export_view_image(self.view, path, width, height, transparent=transparent, caption=full_caption)

    def export_csv(self, path) -> Path:
        """The listed events, in the list's order."""
        return write_events_csv(self.timeline, path, self.query.rows)

    def _exported(self, path: str) -> None:
        prefs.put(self.context.settings, prefs.EXPORT_FOLDER, str(Path(path).parent))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(f"Exported {path}", 8000)

    def filter_description(self) -> str:
        parts = []
        if self.search.text().strip():
            parts.append(f"search “{self.search.text().strip()}”")
        hidden = [style.KIND_PLURALS[k].lower() for k, c in self.kind_checks.items() if c.isEnabled() and not c.isChecked()]
        if hidden:
            parts.append("without " + ", ".join(hidden))
        years = (self.year_from.value(), self.year_to.value())
        if years != tuple(self._full_years):
            parts.append(f"years {years[0]}–{years[1]}")
        return "; ".join(parts)

    # -- filtering ----------------------------------------------------------------------------
    def shown_mask(self) -> np.ndarray:
        return self.query.shown_mask() if self.query is not None else np.empty(0, dtype=bool)

    def _checked_kind_codes(self) -> list[int]:
        return [code for code, kind in enumerate(EVENT_KINDS) if self.kind_checks[kind].isChecked()]

    def _filter_mask(self) -> np.ndarray:
        data = self.timeline
        kinds = np.isin(data.kind_codes, self._checked_kind_codes())
        first, last = self.year_from.value(), self.year_to.value()
        if (first, last) == tuple(self._full_years):
            return kinds
        return kinds & data.in_years(first, last)

    def _apply_filters(self) -> None:
        if self.timeline is None:
            return
        self.table_model.set_row_mask(self._filter_mask())

    def _search_changed(self, text: str) -> None:
        self.table_model.set_search(text)

    def _kinds_changed(self) -> None:
        if self.timeline is None:
            return
        present = set(np.unique(self.timeline.kind_codes).tolist())
        self.view.set_lanes([c for c in self._checked_kind_codes() if c in present])
        self._apply_filters()

    def _years_changed(self, changed: QSpinBox) -> None:
        if self.timeline is None:
            return
        first, last = self.year_from.value(), self.year_to.value()
        if first > last:
            # Keep the range valid by moving the other end along.
            other = self.year_to if changed is self.year_from else self.year_from
            other.blockSignals(True)
            other.setValue(changed.value())
            other.blockSignals(False)
            first, last = self.year_from.value(), self.year_to.value()
        self._apply_filters()
        self.view.show_years(first, last)

    def fit_all(self) -> None:
        """Every year again, and all listed events in view."""
        if self.timeline is None:
            return
        changed = (self.year_from.value(), self.year_to.value()) != tuple(self._full_years)
        for spin, value in zip((self.year_from, self.year_to), self._full_years, strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        if changed:
            self._apply_filters()
        self.view.fit()

    def _rows_changed(self) -> None:
        if self.timeline is None or self.query is None or self._loading:
            return
        shown = self.query.shown_mask()
        self.view.set_shown(shown)
        total = len(self.timeline)
        count = int(shown.sum())
        self.count_label.setText(f"{count:,} events" if count == total else f"{count:,} of {total:,} events")
        # Kind counts: what each box would show with the current search and years.
        base = self.query.search_mask()
        first, last = self.year_from.value(), self.year_to.value()
        if (first, last) != tuple(self._full_years):
            base &= self.timeline.in_years(first, last)
        counts = np.bincount(self.timeline.kind_codes[base], minlength=len(EVENT_KINDS))
        for code, kind in enumerate(EVENT_KINDS):
            self.kind_checks[kind].setText(f"{style.KIND_PLURALS[kind]} ({counts[code]})")
        if self.selected_id is not None:
            position = self.timeline.index_of[self.selected_id]
            self.detail.show_event(self.timeline, position, hidden=not shown[position])
            self._sync_detail_person()

    # -- selection ----------------------------------------------------------------------------
    # The selected event is the shared selection's current event: this tab keeps no copy.
    @property
    def selected_id(self) -> str | None:
        current = self.context.selection.current_event
        return current if self.timeline is not None and current in self.timeline.index_of else None

    def select_event(self, event_id: str | None, add: bool = False) -> None:
        """Choose ``event_id`` (None: no event); ``add`` keeps the events already chosen (Ctrl+click)."""
        if self.timeline is None:
            return
        selection = self.context.selection
        if event_id is None or event_id not in self.timeline.index_of:
            selection.select_events(self.timeline.dataset, (), origin=self)
            return
        events = [event_id] if not add else [*sorted(selection.events), event_id]
        selection.select_events(self.timeline.dataset, events, add=add, current=event_id, origin=self)

    def _select_table_row(self, event_id: str | None) -> None:
        """Point the list at ``event_id`` (or nothing); the list does not echo this back."""
        self.table.select_ids([event_id] if event_id is not None else [])

    def _table_selection_changed(self, ids) -> None:
        if self._syncing or not ids:
            return
        wanted = [i for i in ids if i != self.selected_id] or list(ids)
        self.select_event(sorted(wanted)[0])

    def step(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) listed event in date order."""
        if self.timeline is None:
            return
        target = self.timeline.step(self.selected_id, direction, self.shown_mask())
        if target is not None:
            self.select_event(target)

    def open_details(self) -> None:
        """Bring the detail panel into view and give it the keyboard focus."""
        sizes = self.main_splitter.sizes()
        if len(sizes) == 2 and sizes[1] < self.detail.minimumWidth():
            self.main_splitter.setSizes([max(sizes[0] - 380, 200), 380])
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_selection_changed(self, change=None) -> None:
        """Show the shared selection: the current event, its details, and the highlight."""
        data = self.timeline
        if data is None:
            return
        selection = self.context.selection
        event_id = self.selected_id
        position = data.index_of[event_id] if event_id is not None else None
        self.view.set_selected(position)
        self._select_table_row(event_id)
        if change is None or change.current_event_changed or change.events_changed:
            if position is not None:
                self.view.reveal(position)
                self.detail.show_event(data, position, hidden=not self.shown_mask()[position])
            else:
                self.detail.show_event(None, None)
        mask = data.mask_of(set(selection.highlighted_events(data.dataset)) - {event_id})
        self.view.set_highlight(mask)
        self.table_model.set_highlight(mask)
        self._update_highlight_label(int(mask.sum()))
        self._sync_detail_person()

    def _sync_detail_person(self) -> None:
        self.detail.set_person(self.context.selection.current_person)

    def _update_highlight_label(self, count: int) -> None:
        selection = self.context.selection
        reasons = []
        if selection.focus == PEOPLE and self.timeline is not None:
            names = []
            for person_id in sorted(selection.people):
                person = self.timeline.dataset.person(person_id)
                names.append(str(person["name"]) if person is not None else person_id)
            reasons.append("with " + (", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")))
        if selection.focus == YEARS:
            years = sorted(selection.years)
            reasons.append("in " + (str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}" if years[-1] - years[0] + 1 == len(years) else ", ".join(map(str, years))))
        visible = bool(reasons)
        self.highlight_label.setVisible(visible)
        self.clear_highlight_button.setVisible(visible)
        if visible:
            noun = "event" if count == 1 else "events"
            text = f"{count} {noun} highlighted: {' or '.join(reasons)}"
            self.highlight_label.setText(f"<span style='color:{css(theme().highlight)}'>●</span> {html.escape(text)}")
            self.highlight_label.setToolTip(text)

    def _clear_highlight(self) -> None:
        """Keep the chosen event; forget the people and years that highlighted others."""
        self.select_event(self.selected_id)

    def _person_clicked(self, person_id: str) -> None:
        self.context.selection.select_people([person_id], keep_event=True, origin=self)

    def _show_person(self, person_id: str) -> None:
        self.context.selection.select_people([person_id], keep_event=True, origin=self)
        self.context.show_tab("people")

    # -- keys in the events list -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
                self.step(-1 if key == Qt.Key.Key_Left else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_details()
                return True
        return super().eventFilter(watched, event)

    # -- remembered layout -------------------------------------------------------------------------
    def _save_splitters(self, *_args) -> None:
        prefs.put(self.context.settings, prefs.TIMELINE_SPLITTER, self.main_splitter.saveState())
        prefs.put(self.context.settings, prefs.TIMELINE_LEFT_SPLITTER, self.left_splitter.saveState())

    def _restore_splitters(self) -> None:
        for key, splitter in ((prefs.TIMELINE_SPLITTER, self.main_splitter), (prefs.TIMELINE_LEFT_SPLITTER, self.left_splitter)):
            state = prefs.get(self.context.settings, key)
            if state is not None:
                splitter.restoreState(state)

