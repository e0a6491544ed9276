"""The Timeline tab: the meeting timeline, its events list and the detail panel.

The tab owns one :class:`~kzeuviewer.model.state.TimelineState` (``self.state``):
the search box, the kind boxes, the Years fields and the plot's zoom and pan
write to it, and everything redraws from its ``changed``. The list holds the
events that pass the search and the kinds *and* lie in the visible range;
the plot draws every event that passes the search and the kinds. The selected
event and the highlight come from the shared selection. Exports read the
same state, so a file shows what the screen shows.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
)

from kzeuviewer.exporters.atomic import ExportError
from kzeuviewer.model import Dataset
from kzeuviewer.model.captions import Caption
from kzeuviewer.model.memory import release_freed_memory
from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.selection import PEOPLE, YEARS
from kzeuviewer.model.state import TimelineState
from kzeuviewer.model.timeline import EVENT_COLUMNS, EventsQuery, TimelineData, view_caption
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from .. import settings as prefs
from ..common.collapsible import PanelCollapser, details_toggle
from ..common.tab_base import DataTab
from ..common.table_view import DataTableView
from ..common.widgets import year_spin_box
from ..i18n import translate
from ..loading import wait_while
from ..style import Theme, on_theme_changed, qcolor, theme
from . import style
from .detail import EventDetailPanel
from .export import export_view_image, write_events_csv
from .table import EventsTableModel, kind_icon
from .view import ZOOM_STEP, TimelineView

# Default column widths, in characters (DataTableView remembers what the user sets).
COLUMN_WIDTHS = {"date": 23, "title": 46, "kind_label": 14, "location": 14, "participant_names": 34, "summary": 60}
COLUMN_KEYS = [column.key for column in EVENT_COLUMNS]
# A view range this close to "Fit all" (as a share of its width) is "Fit all".
_FIT_TOLERANCE = 1e-9
# From this many events on, the events list (participants' names joined, every column encoded for
# search and sort: seconds at a million) is built in a worker thread once the plot has painted;
# the count above the list says it is being prepared. Smaller timelines build it at once.
LIST_IN_BACKGROUND = 200_000


class TimelineTab(DataTab):
    key = "timeline"
    title = QT_TRANSLATE_NOOP("Tabs", "Timeline")
    exports_images = True
    # A worker thread's finished list: (build number, EventsQuery or the exception), delivered on the GUI thread.
    _listBuilt = Signal(int, object)

    def __init__(self, context, parent=None):
        self.timeline: TimelineData | None = None
        self.query: EventsQuery | None = None
        self.state = TimelineState()
        self._syncing = False
        self._loading = True
        self._bounds: tuple[int, int] | None = None
        self._detail_shown: tuple[str | None, bool] | None = None
        self._listed_key = None  # what the list was last narrowed to: visible range, hidden kinds, search
        self._lane_counts_of = None
        self._lane_counts = None
        self._searched_counts = None
        self._list_build = 0  # numbers the list builds; a finished build for an older dataset is dropped
        self._list_thread: threading.Thread | None = None
        self._list_result: dict[int, object] = {}
        super().__init__(context, parent)
        self._listBuilt.connect(self._list_arrived, Qt.ConnectionType.QueuedConnection)
        self.setObjectName("timelineTab")
        # Zoom and pan change the visible range many times a second: the list
        # follows on the next turn of the event loop, once; the plot at once.
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(0)
        self._list_timer.timeout.connect(self._update_list)
        self._build()
        self.state.changed.connect(self._state_changed)
        context.selection.changed.connect(self._on_selection_changed)

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.view = TimelineView()
        self.search = QLineEdit()
        self.search.setObjectName("eventsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(520)
        self.count_label = QLabel()
        self.count_label.setObjectName("eventsCountLabel")

        self.year_from = year_spin_box("timelineYearFrom", "")
        self.year_to = year_spin_box("timelineYearTo", "")
        self.zoom_out_button = self._tool_button("zoomOutButton", "−")
        self.zoom_in_button = self._tool_button("zoomInButton", "+")
        self.fit_button = QPushButton()
        self.fit_button.setObjectName("fitAllButton")

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.view.labels_note)
        top.addStretch(1)
        years_label = self.years_label = QLabel()
        years_label.setBuddy(self.year_from)
        top.addWidget(years_label)
        top.addWidget(self.year_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.year_to)
        top.addSpacing(10)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.fit_button)
        self.details_button = details_toggle("timelineDetailsToggle")
        top.addWidget(self.details_button)

        self.kind_checks: dict[str, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(10)
        for kind in EVENT_KINDS:
            check = QCheckBox()
            check.setObjectName(f"kindFilter_{kind}")
            check.setIcon(kind_icon(kind))
            check.setChecked(True)
            check.toggled.connect(self._kind_boxes_changed)
            self.kind_checks[kind] = check
            kinds_row.addWidget(check)
        # The bullet is the highlight's colour; the text beside it is plain text
        # (it quotes names from the dataset, never read as markup).
        self.highlight_bullet = QLabel("●")
        self.highlight_bullet.setObjectName("highlightBullet")
        self.highlight_bullet.setTextFormat(Qt.TextFormat.PlainText)
        self._colour_legend(theme())
        on_theme_changed(self._colour_legend)
        self.highlight_label = QLabel()
        self.highlight_label.setTextFormat(Qt.TextFormat.PlainText)
        self.highlight_label.setObjectName("highlightLabel")
        # Never widen the window for it: at small widths it is cut, with the full text as tooltip.
        self.highlight_label.setMinimumWidth(1)
        self.highlight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_highlight_button = QPushButton()
        self.clear_highlight_button.setObjectName("clearHighlightButton")
        self.clear_highlight_button.setFlat(True)
        self.clear_highlight_button.setCursor(Qt.CursorShape.PointingHandCursor)
        kinds_row.addStretch(1)
        kinds_row.addWidget(self.highlight_bullet)
        kinds_row.addWidget(self.highlight_label)
        kinds_row.addWidget(self.clear_highlight_button)

        self.table_model = EventsTableModel(self)
        self.table = DataTableView(settings=self.context.settings, settings_key="timeline")
        self.table.setObjectName("eventsTable")
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
        # Narrow windows fold the details away (the plot keeps at least half the width); the button brings them back.
        self.details_collapser = PanelCollapser(self.main_splitter, self.details_button)

        self.search.textChanged.connect(self._search_typed)
        self.year_from.valueChanged.connect(lambda _v: self._years_typed(self.year_from))
        self.year_to.valueChanged.connect(lambda _v: self._years_typed(self.year_to))
        self.fit_button.clicked.connect(self.fit_all)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.view.viewbox.sigXRangeChanged.connect(self._view_range_changed)
        self.clear_highlight_button.clicked.connect(self._clear_highlight)
        self.table_model.rowsChanged.connect(self._rows_changed)
        self.table_model.titlesReady.connect(lambda: self._apply_state(frozenset({"search"})))  # it waited for the titles
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
        i18n.keep(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the tab in the current language: set at construction and after a language change."""
        self.search.setAccessibleName(translate("TimelineTab", "Search events"))
        self.search.setPlaceholderText(translate("TimelineTab", "Search titles, summaries, places and people…"))
        self.count_label.setAccessibleName(translate("TimelineTab", "Number of events shown"))
        self.year_from.setAccessibleName(translate("TimelineTab", "First year shown"))
        self.year_to.setAccessibleName(translate("TimelineTab", "Last year shown"))
        self.years_label.setText(translate("TimelineTab", "Years"))
        for button, tip in ((self.zoom_out_button, translate("TimelineTab", "Zoom out (−)")),
                            (self.zoom_in_button, translate("TimelineTab", "Zoom in (+)"))):
            button.setAccessibleName(tip)
            button.setToolTip(tip)
        self.fit_button.setText(translate("TimelineTab", "Fit all"))
        self.fit_button.setAccessibleName(translate("TimelineTab", "Fit all events (Home)"))
        self.fit_button.setToolTip(translate("TimelineTab", "Show every event (Home)"))
        for kind, check in self.kind_checks.items():
            plural = translate("Kinds", style.KIND_PLURALS[kind])
            check.setText(plural)
            check.setAccessibleName(translate("TimelineTab", "Show {kinds}").format(kinds=plural.lower()))
            check.setToolTip(translate("TimelineTab", "Show {kinds} on the timeline and in the list").format(kinds=plural.lower()))
        self.highlight_label.setAccessibleName(translate("TimelineTab", "Highlighted events"))
        self.clear_highlight_button.setText(translate("TimelineTab", "Clear highlight"))
        self.clear_highlight_button.setAccessibleName(translate("TimelineTab", "Clear the highlight of selected people and years"))
        self.table.setAccessibleName(translate("TimelineTab", "Events list"))
        if self.timeline is not None and not self._loading:
            # Words that depend on the data: counts, dates in labels and lists, the highlight, the details.
            self.view.relocalize()
            self._update_list()
            self._rows_changed()
            self._detail_shown = None
            self._show_detail()
            self._on_selection_changed()

    @staticmethod
    def _tool_button(name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setMinimumWidth(28)
        return button

    # -- DataTab contract -----------------------------------------------------------------
    @staticmethod
    def prepare(dataset: Dataset) -> TimelineData:
        """The events' arrays, and their lanes laid out (the density strips' sort and index)."""
        data = TimelineData(dataset)
        data.prepare_layout()
        return data

    def set_dataset(self, dataset: Dataset) -> None:
        """New events: the search, hidden kinds and list order stay; the view fits all."""
        self._list_timer.stop()
        self._loading = True
        self._list_build += 1
        try:
            prepared = self.context.take_prepared(self.key, dataset)
            self.timeline = prepared if prepared is not None else TimelineData(dataset)
            self.query = None
            self._listed_key = self._lane_counts_of = None
            background = len(self.timeline) >= LIST_IN_BACKGROUND
            if background:
                self.table_model.set_query(None)
            else:
                self.query = self.table_model.set_timeline(self.timeline)
            self.view.set_data(self.timeline)
            self._bounds = self.timeline.year_bounds()
            low, high = self._bounds or (2000, 2000)
            for spin in (self.year_from, self.year_to):
                spin.blockSignals(True)
                spin.setRange(low, high)
                spin.blockSignals(False)
            present = {EVENT_KINDS[c] for c in self.timeline.present_kinds()}
            for kind, check in self.kind_checks.items():
                check.setEnabled(kind in present)
            self._detail_shown = None
            self.state.visible_range = None
        finally:
            self._loading = False
        self._apply_state(frozenset(TimelineState.FIELDS))
        self._on_selection_changed()
        if background:
            self._rows_changed()  # "Preparing the list of … events"
            # Once every tab has the new data: a worker would slow the others' building.
            self.context.when_tabs_built(lambda build=self._list_build: self._start_list_build(build))

    # -- the events list built in a worker thread (large timelines) --------------------------------
    def list_pending(self) -> bool:
        """Is the events list still being prepared (large timelines build it in a worker thread)?"""
        return self.timeline is not None and self.query is None

    def _start_list_build(self, build: int) -> None:
        if build != self._list_build or not self.list_pending():
            return  # a newer dataset came, or the list was built meanwhile (_ensure_list)
        build, data = self._list_build, self.timeline

        def work() -> None:
            try:
                result = EventsQuery(data)
                result.frame_rows_of_ids([])  # the id look-up a selection needs, built here too
            except Exception as error:  # handed to the GUI thread, raised there
                result = error
            release_freed_memory()  # the build's temporaries, kept by the C allocator otherwise
            self._list_result[build] = result
            try:
                self._listBuilt.emit(build, result)
            except RuntimeError:
                pass  # the tab was closed meanwhile

        self._list_thread = threading.Thread(target=work, name="timeline-list", daemon=True)
        self._list_thread.start()

    def _list_arrived(self, build: int, result) -> None:
        if build != self._list_build or self.query is not None or self.timeline is None:
            return  # an older dataset's, or already installed by _ensure_list
        self._install_list(result)

    def _ensure_list(self) -> None:
        """Wait for a list still being built, and for a search waiting for its titles (exports and the
        list's own readers need what the search field says).

        A worker still building either is waited for behind a progress dialog: the
        window keeps painting (a million events: up to a few seconds after opening).
        """
        if not self.list_pending():
            if self.table_model.preparing_titles():
                wait_while(self.window(), self.table_model.preparing_titles,
                           translate("TimelineTab", "Preparing the list"),
                           translate("TimelineTab", "Preparing the search of %Ln titles…", "", len(self.timeline)))
            return
        thread = self._list_thread
        if thread is not None and thread.is_alive() and threading.current_thread() is threading.main_thread():
            wait_while(self.window(), lambda: thread.is_alive() and self.list_pending(),
                       translate("TimelineTab", "Preparing the list"),
                       translate("TimelineTab", "Preparing the list of %Ln events…", "", len(self.timeline)))
            if not self.list_pending():
                return  # delivered meanwhile (_list_arrived)
        if thread is not None:
            thread.join()
        result = self._list_result.get(self._list_build)
        if result is None:  # no worker (it never started): build here
            result = EventsQuery(self.timeline)
        self._install_list(result)

    def _install_list(self, result) -> None:
        self._list_result.clear()
        if isinstance(result, Exception):
            raise result
        self.query = result
        self.table_model.set_timeline(self.timeline, result)
        self._listed_key = self._lane_counts_of = None
        self._apply_state(frozenset(TimelineState.FIELDS))
        self._on_selection_changed()

    # -- view state -------------------------------------------------------------------
    def view_states(self) -> dict:
        return {"timeline": self.state}

    def accept_view_state(self, name: str, values: dict) -> tuple[dict, list[str]]:
        values = dict(values)
        unknown = sorted(k for k in values["hidden_kinds"] if k not in EVENT_KINDS)
        values["hidden_kinds"] = frozenset(k for k in values["hidden_kinds"] if k in EVENT_KINDS)
        return values, [translate("TimelineTab", "timeline: there is no kind of event {kind!r}").format(kind=k) for k in unknown]

    def describe_change(self, name: str, field: str, value) -> str:
        if field == "visible_range":
            return translate("TimelineTab", "zoom") if value is not None else translate("TimelineTab", "fit all")
        return ""

    def search_field(self) -> QLineEdit:
        return self.search

    def copy_selection(self) -> bool:
        """Copy the selected event's row of the list (visible columns, with headers)."""
        return self.table.copy_selection(with_headers=True)

    # -- the view as files -----------------------------------------------------------------
    def export_name(self) -> str:
        """'timeline', or 'timeline_2014-2023' when the view shows only some years."""
        if self.timeline is None or self.state.visible_range is None or self._bounds is None:
            return self.key
        first, last = self.state.years(self._bounds)
        if (first, last) == self._bounds:
            return self.key
        return f"{self.key}_{first}" if first == last else f"{self.key}_{first}-{last}"

    def view_caption(self) -> Caption:
        """'Kazakhstan–EU relations: 12 events, 2014–2023 (search “x”; without visits)' and the publishers."""
        if self.timeline is None:
            return Caption(title=translate("TimelineTab", "Kazakhstan–EU relations: no events"))
        self._flush_list()
        return view_caption(self.timeline, self.state, self.listed_mask())

    def write_view_image(self, path: Path, width: int, height: int, transparent: bool = False,
                         caption: Caption | None = None) -> None:
        """The timeline as shown (visible range, filters, selection and highlight) at width×height."""
        self._flush_list()
        export_view_image(self.view, path, width, height, transparent=transparent, caption=caption)

    def write_view_csv(self, path: Path) -> None:
        """The listed events, in the list's order."""
        if self.timeline is None:
            raise ExportError(translate("TimelineTab", "Cannot write {path}: no dataset is open").format(path=path))
        self._flush_list()
        self._ensure_list()
        write_events_csv(self.timeline, path, self.query.rows)

    # -- what is listed and drawn -------------------------------------------------------------
    def listed_mask(self) -> np.ndarray:
        """Events in the list: they pass the search and the kinds and lie in the visible range."""
        self._ensure_list()
        self._flush_list()
        return self.query.shown_mask() if self.query is not None else np.empty(0, dtype=bool)

    def listed_ids(self) -> list[str]:
        """Ids of the listed events, in the list's order."""
        self._ensure_list()
        self._flush_list()
        return [] if self.query is None else [str(i) for i in self.timeline.ids[self.query.rows]]

    def _drawn_mask(self) -> np.ndarray:
        """Events the plot draws: they pass the search and the kinds (any date; every one while the list is prepared)."""
        kinds = self.timeline.of_kinds(self.state.hidden_kinds)
        return kinds if self.query is None else self.query.search_mask() & kinds

    # -- widgets write to the state ------------------------------------------------------------
    def _search_typed(self, text: str) -> None:
        if not self._syncing:
            self.state.search = text

    def _colour_legend(self, t: Theme) -> None:
        """The kind boxes' dots and the highlight bullet in the theme's colours."""
        for kind, check in self.kind_checks.items():
            check.setIcon(kind_icon(kind))
        palette = self.highlight_bullet.palette()
        palette.setColor(self.highlight_bullet.foregroundRole(), qcolor(t.highlight))
        self.highlight_bullet.setPalette(palette)

    def _kind_boxes_changed(self) -> None:
        if not self._syncing:
            self.state.hidden_kinds = {kind for kind, check in self.kind_checks.items() if not check.isChecked()}

    def _years_typed(self, changed: QSpinBox) -> None:
        if self._syncing or self.timeline is None:
            return
        first, last = self.year_from.value(), self.year_to.value()
        if first > last:
            # The end that was not typed in moves along.
            first, last = (first, first) if changed is self.year_from else (last, last)
        self.state.show_years(first, last)

    def _view_range_changed(self, _viewbox=None, x_range=None) -> None:
        """Zoom, pan, reveal: the plot's range becomes the state's (Fit all's range is None)."""
        if self._syncing or self._loading or self.timeline is None:
            return
        low, high = (float(v) for v in (x_range if x_range is not None else self.view.x_range()))
        self.state.visible_range = None if self._is_fit_range(low, high) else (low, high)

    def _is_fit_range(self, low: float, high: float) -> bool:
        fit = self.view.fit_range()
        if fit is None:
            return True
        tolerance = (fit[1] - fit[0]) * _FIT_TOLERANCE
        return abs(low - fit[0]) <= tolerance and abs(high - fit[1]) <= tolerance

    def fit_all(self) -> None:
        """Every event in view (the button and Home)."""
        self.state.visible_range = None

    def zoom(self, factor: float) -> None:
        """``factor`` < 1 zooms in (the + and − buttons and keys)."""
        self.view.zoom(factor)

    def _on_sort_changed(self) -> None:
        if self.query is None or self._syncing:
            return
        keys = tuple((COLUMN_KEYS[column], descending) for column, descending in self.query.sort_keys)
        self.state.list_sort = keys

    # -- the state redraws the widgets ------------------------------------------------------------
    def _state_changed(self, names: frozenset[str]) -> None:
        if not self._loading and self.timeline is not None:
            self._apply_state(names)

    def _apply_state(self, names: frozenset[str]) -> None:
        state, data = self.state, self.timeline
        if data is None:
            return
        self._syncing = True
        try:
            if "search" in names and self.search.text() != state.search:
                self.search.setText(state.search)
            if "hidden_kinds" in names:
                for kind, check in self.kind_checks.items():
                    check.setChecked(kind not in state.hidden_kinds)
                present = set(data.present_kinds())
                self.view.request_lanes([
                    code for code, kind in enumerate(EVENT_KINDS) if code in present and kind not in state.hidden_kinds
                ])
            if "visible_range" in names:
                fit = self.view.fit_range()
                target = state.visible_range or fit
                if target is not None:
                    self.view.show_range(*target)
                years = state.years(self._bounds)
                if years is not None:
                    self.year_from.setValue(years[0])
                    self.year_to.setValue(years[1])
            if "list_sort" in names:
                columns = [(COLUMN_KEYS.index(key), descending) for key, descending in state.list_sort if key in COLUMN_KEYS]
                if self.query is not None and list(self.query.sort_keys) != columns:
                    self.table_model.set_sort(columns)
            if "search" in names and self.query is not None:
                self.table_model.set_search(state.search)
        finally:
            self._syncing = False
        # The plot may not show exactly what was asked (its limits): the state follows the plot.
        if "visible_range" in names:
            self._view_range_changed()
        if names & {"search", "hidden_kinds"}:
            self._update_list()
        elif "visible_range" in names:
            self._list_timer.start()

    def _flush_list(self) -> None:
        """Bring a list update that waits for the event loop forward (exports read the list), and lanes
        still being laid out (exports draw them)."""
        self.view.flush_lanes()
        if self._list_timer.isActive():
            self._list_timer.stop()
            self._update_list()

    def _update_list(self) -> None:
        """The list, counts and lanes for the current search, kinds and visible range."""
        self._list_timer.stop()
        if self.timeline is None or self.query is None:
            return
        data = self.timeline
        # Positions from binary search on the sorted starts: zoomed in on a large timeline,
        # the work follows the events in view, not the whole table.
        # A range holding every event lists them all, as Fit all does: zooming and panning at (nearly)
        # Fit all then leaves the list as it is, not a million positions gathered per step.
        visible_range = self.state.visible_range
        every_event = data.touches_every_event(visible_range)
        in_range = None if every_event else data.positions_in_range(visible_range)
        kinds = data.of_kinds(self.state.hidden_kinds)
        key = (None if every_event else visible_range, frozenset(self.state.hidden_kinds), self.query.search_mask())
        if self._listed_key is None or self._listed_key[:2] != key[:2] or self._listed_key[2] is not key[2]:
            self._listed_key = key
            self.table_model.set_listed(in_range, kinds)
        searched = self.query.search_mask()
        # A lane counts what it draws at any date (so zooming never redraws the lane names);
        # the Awards lane also holds the awards conferred at other events.
        if self._lane_counts_of is not searched:
            self._lane_counts_of = searched
            self._searched_counts = data.kind_counts(searched)
            self._lane_counts = self._searched_counts.copy()
            self._lane_counts[EVENT_KINDS.index("award")] += int(searched[data.award_event].sum())
        counts = self._searched_counts if in_range is None else np.bincount(
            data.kind_codes[in_range[searched[in_range]]], minlength=len(EVENT_KINDS))
        for code, kind in enumerate(EVENT_KINDS):
            self.kind_checks[kind].setText(f"{translate('Kinds', style.KIND_PLURALS[kind])} ({i18n.locale().toString(int(counts[code]))})")
        lane_counts = self._lane_counts
        self.view.set_lane_counts(lane_counts)

    def _rows_changed(self) -> None:
        if self.timeline is None or self._loading:
            return
        total = len(self.timeline)
        if self.query is None:
            self.count_label.setText(translate("TimelineTab", "Preparing the list of %Ln events…", "", total))
            self.view.set_shown(self._drawn_mask())
            return
        count = len(self.query)
        if self.table_model.preparing_titles():
            self.count_label.setText(translate("TimelineTab", "Preparing the search of %Ln titles…", "", total))
        else:
            self.count_label.setText(translate("TimelineTab", "%Ln events", "", count) if count == total
                                     else translate("TimelineTab", "{shown} of %Ln events", "", total).format(shown=i18n.locale().toString(count)))
        self.view.set_shown(self._drawn_mask())
        self._on_sort_changed()
        self._show_detail()

    def _show_detail(self) -> None:
        """The selected event in the detail panel (rebuilt only when it or its hidden note changes)."""
        event_id = self.selected_id
        hidden = event_id is not None and not self.view.shown[self.timeline.index_of[event_id]]
        if self._detail_shown == (event_id, hidden):
            return
        self._detail_shown = (event_id, hidden)
        if event_id is None:
            self.detail.show_event(None, None)
        else:
            self.detail.show_event(self.timeline, self.timeline.index_of[event_id], hidden=hidden)
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
        if self.query is None or (event_id is None and not self.table.selectionModel().hasSelection()):
            return
        self.table.select_ids([event_id] if event_id is not None else [])

    def _table_selection_changed(self, ids) -> None:
        if self._syncing or not ids:
            return
        wanted = [i for i in ids if i != self.selected_id] or list(ids)
        self.select_event(sorted(wanted)[0])

    def step(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) event on the plot in date order (the view follows)."""
        if self.timeline is None:
            return
        target = self.timeline.step(self.selected_id, direction, self._drawn_mask() & self.timeline.valid)
        if target is not None:
            self.select_event(target)

    def open_details(self) -> None:
        """Bring the detail panel into view and give it the keyboard focus."""
        sizes = self.main_splitter.sizes()
        if len(sizes) == 2 and sizes[1] < self.detail.minimumWidth():
            self.details_collapser.set_open(True)
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
        if change is None or change.current_event_changed or change.events_changed:
            if position is not None:
                self.view.reveal(position)
                self._flush_list()  # the list holds the revealed event before it is selected in it
            self._detail_shown = None
            self._show_detail()
        self._select_table_row(event_id)
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
            more = len(names) - 3
            listed = ", ".join(names[:3]) + (translate("TimelineTab", " and %n more", "", more) if more > 0 else "")
            reasons.append(translate("TimelineTab", "with {names}").format(names=listed))
        if selection.focus == YEARS:
            years = sorted(selection.years)
            years_text = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}" if years[-1] - years[0] + 1 == len(years) else ", ".join(map(str, years))
            reasons.append(translate("TimelineTab", "in {years}").format(years=years_text))
        visible = bool(reasons)
        self.highlight_bullet.setVisible(visible)
        self.highlight_label.setVisible(visible)
        self.clear_highlight_button.setVisible(visible)
        if visible:
            text = translate("TimelineTab", "%n events highlighted: {reasons}", "", count).format(
                reasons=translate("TimelineTab", " or ").join(reasons))
            self.highlight_label.setText(text)  # plain text: names from the dataset are never markup
            self.highlight_label.setToolTip(i18n.plain_tooltip(text))

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

