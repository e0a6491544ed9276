"""The People & awards tab: who is who, what Kazakhstan decorated them with, and where they met.

One row per person and award (``kzeuviewer.exporters.tables`` defines the
table, so the tab, its exports and ``kzeuviewer export-table`` agree). Search
as you type, per-column filters, multi-key sort, copy and export; selecting
rows selects those people in the shared selection, and selecting an event
elsewhere selects its participants here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.exporters import ExportError
from kzeuviewer.exporters.tables import FORMATS, ExportCancelled, write_view
from kzeuviewer.model.memory import release_freed_memory
from kzeuviewer.model.state import TableState
from kzeuviewer.model.tables import TABLES, TableSpecError, table_query
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from .. import settings as prefs
from ..common.collapsible import PanelCollapser, details_toggle
from ..common.dialogs import show_error
from ..common.tab_base import DataTab
from ..common.table_model import QueryTableModel
from ..common.table_view import DataTableView
from ..i18n import translate
from ..loading import wait_while
from ..style import set_role
from .details import PersonDetails
from .filters import FilterBar

# Columns with a value checklist, and the date range, in the filter bar's order.
FILTERS = [("side", "values"), ("award", "values"), ("degree", "values"), ("organisation", "values"), ("date", "dates")]
# Starting column widths, in characters.
WIDTHS = {
    "name": 24, "role": 30, "organisation": 28, "side": 14, "award": 26, "degree": 7, "date": 20,
    "conferred_by": 22, "event_title": 28, "events_attended": 8,
}
# Exports this large show a progress dialog (and can be cancelled).
_PROGRESS_ROWS = 20_000
# From this many rows a search or sort asked for while the search indexes and sort ranks are built in
# the background waits for them (the count says so) instead of the window: at a million names they
# take a second or more.
DEFER_FROM_ROWS = 100_000


class _AfterPaint(QObject):
    """Calls ``then`` once, right after ``widget`` next paints."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class PeopleTab(DataTab):
    key = "people"
    title = QT_TRANSLATE_NOOP("Tabs", "People & awards")
    _warmedUp = Signal(object)  # the query whose background build ended (sent from the worker thread)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.definition = TABLES["people"]
        self.dataset = None
        # The table's view (search, filters, sort, columns): the one owner, kept across datasets.
        self.state = TableState()
        self.model = QueryTableModel(parent=self)
        self._warm_cancel = threading.Event()
        self._warming = None  # the query whose search indexes a worker is building (searches wait for it)
        self.model.deferred = lambda: self._warming is not None and self._warming is self.model.query
        self.model.bind(self.state)

        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setObjectName("peopleSearch")
        self.regex = QToolButton()
        self.regex.setObjectName("peopleRegex")
        self.regex.setText(".*")
        self.regex.setCheckable(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Where the search matched when that column is scrolled out of view (the row shows no mark).
        self.matched_label = QLabel()
        self.matched_label.setObjectName("peopleMatchedIn")
        self.matched_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.matched_label, "warning")
        self.columns_button = QToolButton()
        self.columns_button.setObjectName("peopleColumns")
        self.export_button = QPushButton()
        self.export_button.setObjectName("peopleExport")
        self.error_label = QLabel()
        self.error_label.setObjectName("peopleSearchError")
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.filter_bar = FilterBar(self.model, FILTERS, "people")
        self.table = DataTableView(settings=context.settings, settings_key="people")
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.set_default_widths(WIDTHS)
        self.table.set_fill_columns(["role", "event_title"])
        self.details = PersonDetails()
        self.details.setMinimumWidth(260)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.regex)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addWidget(self.matched_label)
        top.addSpacing(8)
        top.addWidget(self.columns_button)
        top.addWidget(self.export_button)
        self.details_button = details_toggle("peopleDetailsToggle")
        top.addWidget(self.details_button)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("peopleEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.empty_label, "muted")
        self.empty_label.hide()
        table_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self._restore_splitter()
        # Narrow windows fold the details away; the button brings them back.
        self.details_collapser = PanelCollapser(self.splitter, self.details_button, narrow_width=900)

        self.state.changed.connect(self._state_changed)
        self._warmedUp.connect(self._warm_up_ended)
        self.search.textChanged.connect(self._run_search)
        self.regex.toggled.connect(self._run_search)
        self.model.rowsChanged.connect(self._update_count)
        self.table.horizontalScrollBar().valueChanged.connect(lambda _v: self._update_count())
        self.table.selectedIdsChanged.connect(self._on_table_selection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_details())
        self.columns_button.clicked.connect(self._show_columns_menu)
        self.export_button.clicked.connect(self.export)
        self.details.eventActivated.connect(self._show_event)
        self.splitter.splitterMoved.connect(self._save_splitter)
        context.selection.changed.connect(self._on_shared_selection)
        i18n.keep(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the tab in the current language: set at construction and after a language change."""
        self.search.setAccessibleName(translate("PeopleTab", "Search people and awards"))
        self.search.setPlaceholderText(translate("PeopleTab", "Search names, roles, organisations, awards, events…  (Ctrl+F)"))
        self.search.setToolTip(translate("PeopleTab", "Searches the shown columns as you type; ignores case and accents"))
        self.regex.setAccessibleName(translate("PeopleTab", "Search with a regular expression"))
        self.regex.setToolTip(translate("PeopleTab", "Regular expression search"))
        self.count_label.setAccessibleName(translate("PeopleTab", "Rows shown"))
        self.matched_label.setAccessibleName(translate("PeopleTab", "Columns the search matched out of view"))
        self.columns_button.setAccessibleName(translate("PeopleTab", "Choose columns"))
        self.columns_button.setText(translate("PeopleTab", "Columns ▾"))
        self.columns_button.setToolTip(translate("PeopleTab", "Hide, show or reset columns (also: right-click a column header)"))
        self.export_button.setText(translate("PeopleTab", "Export…"))
        self.export_button.setAccessibleName(translate("PeopleTab", "Export the table as shown"))
        self.export_button.setToolTip(translate("PeopleTab", "Export the rows and columns as shown to CSV or Excel (Ctrl+E)"))
        self.error_label.setAccessibleName(translate("PeopleTab", "Search error"))
        self.table.setAccessibleName(translate("PeopleTab", "People and awards"))
        self.empty_label.setAccessibleName(translate("PeopleTab", "Nothing matches"))
        # Wide enough for any count, so typing never shifts the layout.
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            translate("PeopleTab", "{shown} of %Ln rows", "", 1_000_000).format(shown=i18n.locale().toString(1_000_000))))
        self._update_count()

    # -- DataTab ------------------------------------------------------------------
    @staticmethod
    def prepare(dataset):
        """The table's query (its frame and encoded columns): a second at a million rows."""
        return table_query(dataset, "people")

    def set_dataset(self, dataset) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            query = self.context.take_prepared(self.key, dataset)
            if query is None:  # not prepared with the load (a small dataset): built here
                query = table_query(dataset, "people")
            self.dataset = dataset
            self.model.set_query(query)  # applies the state: search, filters and sort carry over
            self._show_search_error()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.filter_bar.refresh()
        self._update_count()
        self._update_details()
        # Build the look-ups a first click needs while the person is still looking at the new data.
        self.context.when_tabs_built(lambda d=dataset: self._warm_up(d))

    def _warm_up(self, dataset) -> None:
        if dataset is not self.dataset or self.model.query is None:
            return
        # Search indexes, sort ranks and id look-ups take seconds at a million distinct names:
        # built in a worker thread while the table is already on screen (a first use waits for it).
        # Started once the table has painted, so the first paint does not share the interpreter with it.
        self._warm_cancel.set()
        self._warm_cancel = cancel = threading.Event()
        query = self.model.query
        thread = threading.Thread(
            target=self._warm_up_in_background, args=(dataset, query, cancel, self._warmedUp.emit),
            name="people-warm-up", daemon=True,
        )
        self._warm_thread = thread

        def start() -> None:
            if cancel.is_set():
                return  # another dataset came first
            # Searches wait for the build only once it runs: one that never starts holds nothing up.
            self._warming = query if query.total >= DEFER_FROM_ROWS else None
            thread.start()

        viewport = self.table.viewport()
        if viewport.isVisible():
            self._after_paint = _AfterPaint(viewport, start)
        else:
            start()

    def warming_up(self) -> bool:
        """Is the background build of search indexes and look-ups still to finish (keystrokes may wait)?"""
        thread = getattr(self, "_warm_thread", None)
        return thread is not None and (thread.is_alive() or thread.ident is None)

    @staticmethod
    def _warm_up_in_background(dataset, query, cancel: threading.Event, ended) -> None:
        try:
            query.warm_up(cancelled=cancel.is_set)
            if cancel.is_set():
                return
            if query.total:
                person_id = query.id_at(0)
                dataset.person(person_id)
                dataset.person_awards(person_id)
                dataset.person_events(person_id)
                query.view_rows_of_ids([person_id])
            if len(dataset.events):
                dataset.people_of_events([str(dataset.events["event_id"].iloc[0])])
            release_freed_memory()  # the build's temporaries, kept by the C allocator otherwise
        finally:
            try:
                ended(query)  # whatever happened: a search or sort must not wait for good
            except RuntimeError:  # the tab is gone (its window closed meanwhile): nothing waits
                pass

    def _settle(self) -> None:
        """Apply a search or sort still waiting for the background build (an export writes the rows the
        state asks for), waiting for the build behind a progress dialog: the window keeps painting."""
        if not self.model.pending:
            return
        thread = self._warm_thread  # only a build that runs is waited for
        if threading.current_thread() is threading.main_thread():
            wait_while(self.window(), thread.is_alive, translate("PeopleTab", "Preparing the table"), self._preparing_text())
        if thread.ident is not None:
            thread.join()
        self._warm_up_ended(self._warming)

    def _warm_up_ended(self, query) -> None:
        """The background build for ``query`` is over: a search or sort asked for meanwhile applies now."""
        if query is not self._warming:
            return  # an earlier dataset's
        self._warming = None
        self.model.apply_pending()
        self._show_search_error()

    def _preparing_text(self) -> str:
        if self.model.pending & {"search", "regex"}:
            return translate("PeopleTab", "Preparing the search…")
        return translate("PeopleTab", "Preparing the sort…")

    def view_states(self) -> dict:
        return {"people": self.state}

    def accept_view_state(self, name: str, values: dict) -> tuple[dict, list[str]]:
        """Keep what names columns of this table; list the rest."""
        keys = {c.key for c in self.model.query.columns} if self.model.query is not None else set()
        values, lost = dict(values), []
        for field in ("value_filters", "date_filters"):
            unknown = [k for k, _v in values[field] if k not in keys]
            values[field] = tuple((k, v) for k, v in values[field] if k in keys)
            lost += [translate("PeopleTab", "people: no column {column!r} to filter on").format(column=k) for k in unknown]
        unknown = [k for k, _d in values["sort"] if k not in keys]
        values["sort"] = tuple((k, d) for k, d in values["sort"] if k in keys)
        lost += [translate("PeopleTab", "people: no column {column!r} to sort by").format(column=k) for k in unknown]
        values["column_order"] = tuple(k for k in values["column_order"] if k in keys)
        values["hidden_columns"] = frozenset(k for k in values["hidden_columns"] if k in keys)
        return values, lost

    def describe_change(self, name: str, field: str, value) -> str:
        query = self.model.query
        headers = {c.key: c.header for c in query.columns} if query is not None else {}
        if field == "sort":
            return (translate("PeopleTab", "sort by {columns}").format(columns=", ".join(translate("Tables", headers.get(k, k)) for k, _d in value))
                    if value else translate("PeopleTab", "unsorted"))
        if field == "value_filters" or field == "date_filters":
            keys = [k for k, _v in value]
            return (translate("PeopleTab", "filter on {columns}").format(columns=", ".join(translate("Tables", headers.get(k, k)) for k in keys))
                    if keys else translate("PeopleTab", "clear filters"))
        return ""

    def search_field(self) -> QLineEdit:
        return self.search

    def copy_selection(self) -> bool:
        return self.table.copy_selection(True)

    def export(self) -> None:
        folder = str(prefs.export_folder(self.context.settings))
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("PeopleTab", "Export people and awards"),
            str(Path(folder) / "people-and-awards.csv"),
            translate("PeopleTab", "CSV file") + " (*.csv);;" + translate("PeopleTab", "Excel workbook") + " (*.xlsx)",
        )
        if not path:
            return
        if Path(path).suffix.lower() not in FORMATS:
            path += ".xlsx" if "xlsx" in chosen else ".csv"
        self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the table as shown (rows, order, visible columns) to ``path``; errors get a dialog."""
        query = self.model.query
        if query is None:
            return False
        progress = None
        if len(query) > _PROGRESS_ROWS:
            progress = QProgressDialog(translate("PeopleTab", "Exporting…"), translate("PeopleTab", "Cancel"), 0, len(query), self)
            progress.setObjectName("exportProgress")
            progress.setWindowTitle(translate("PeopleTab", "Export"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            rows = self.write_table(path, report if progress is not None else None)
        except ExportCancelled:
            return False
        except (ExportError, TableSpecError) as err:
            show_error(self, translate("PeopleTab", "Export failed"), i18n.render(err))
            return False
        finally:
            if progress is not None:
                progress.close()
        prefs.put(self.context.settings, prefs.EXPORT_FOLDER, str(Path(path).parent))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(translate("PeopleTab", "Exported %Ln rows to {path}", "", rows).format(path=path), 8000)
        return True

    def write_table(self, path, progress=None) -> int:
        """The table as shown (rows, order, visible columns) to ``path`` (.csv or .xlsx), no dialog.

        Raises ExportError (or TableSpecError for an unknown format); returns the rows written.
        """
        query = self.model.query
        if query is None:
            raise ExportError(translate("PeopleTab", "Cannot export {name}: no dataset is loaded").format(name=Path(path).name))
        self._settle()
        return write_view(query, path, self.table.visible_columns(), self.definition.title, progress)

    # -- search -------------------------------------------------------------------
    def _run_search(self, *_args) -> None:
        self.model.set_search(self.search.text(), self.regex.isChecked())
        self._show_search_error()

    def _show_search_error(self) -> None:
        query = self.model.query
        error = query.search_error if query is not None else None
        self.error_label.setText(error or "")
        self.error_label.setVisible(bool(error))

    def _state_changed(self, names: frozenset[str]) -> None:
        """Show a state set from outside the widgets (undo, a view file) in them."""
        if "search" in names and self.search.text() != self.state.search:
            self.search.blockSignals(True)
            self.search.setText(self.state.search)
            self.search.blockSignals(False)
        if "regex" in names and self.regex.isChecked() != self.state.regex:
            self.regex.blockSignals(True)
            self.regex.setChecked(self.state.regex)
            self.regex.blockSignals(False)
        if names & {"search", "regex"}:
            self._show_search_error()
        if names & {"value_filters", "date_filters"}:
            self.filter_bar.refresh()
        self._update_count()

    def _update_count(self) -> None:
        query = self.model.query
        if query is None:
            self.count_label.setText("")
            return
        total = query.total
        if self.model.pending:  # (shorter than any count: the field keeps its width)
            self.count_label.setText(self._preparing_text())
        else:
            self.count_label.setText(translate("PeopleTab", "{shown} of %Ln rows", "", total)
                                     .format(shown=i18n.locale().toString(len(query))))
        out_of_sight = self.table.hits_out_of_sight() if len(query) else []
        self.matched_label.setText(translate("PeopleTab", "matched in: {columns}").format(columns=", ".join(out_of_sight))
                                   if out_of_sight else "")
        self.matched_label.setVisible(bool(out_of_sight))
        empty = len(query) == 0 and query.total > 0
        if empty:
            search = f"“{self.state.search}”" if self.state.search else ""
            filters = bool(self.state.value_filters or self.state.date_filters)
            if search and filters:
                text = translate("PeopleTab", "No people match {search} with the filters set.").format(search=search)
            elif search:
                text = translate("PeopleTab", "No people match {search}.").format(search=search)
            elif filters:
                text = translate("PeopleTab", "No people match the filters set.")
            else:
                text = translate("PeopleTab", "No people match.")
            self.empty_label.setText(text)
        self.empty_label.setVisible(empty)
        self._update_details()

    def _show_columns_menu(self) -> None:
        menu = self.table.build_header_menu()
        menu.exec(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft()))
        menu.deleteLater()

    # -- linked selection -------------------------------------------------------------
    # What the table shows as selected is the shared selection; it keeps no copy.
    def _on_table_selection(self, ids) -> None:
        current = self.table.currentIndex()
        query = self.model.query
        current_id = query.id_at(current.row()) if current.isValid() and query is not None else None
        self.context.selection.select_people(ids, current=current_id if current_id in ids else None, origin=self)

    def _on_shared_selection(self, change) -> None:
        if self.dataset is None:
            return
        if change.origin is not self and change.people_changed:
            self.table.select_ids(self.context.selection.people)
        self._update_details()

    def _show_event(self, event_id: str) -> None:
        self.context.selection.select_events(self.dataset, [event_id], origin=self)
        self.context.show_tab("timeline")

    def _update_details(self) -> None:
        selection = self.context.selection
        people = selection.people
        person = selection.current_person or (min(people) if people else None)
        query = self.model.query
        hidden = person is not None and query is not None and len(query.view_rows_of_ids([person])) == 0
        self.details.show_person(self.dataset, person, len(people), hidden=hidden)

    # -- layout memory -------------------------------------------------------------------
    def _restore_splitter(self) -> None:
        state = prefs.get(self.context.settings, prefs.PEOPLE_SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([900, 360])

    def _save_splitter(self, *_args) -> None:
        prefs.put(self.context.settings, prefs.PEOPLE_SPLITTER, self.splitter.saveState())
