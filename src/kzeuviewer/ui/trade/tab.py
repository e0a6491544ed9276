"""The Trade tab: a chart chosen from the catalogue, its data table, and export.

The chart's points come from :mod:`kzeuviewer.model.charts`. The year range and
the legend (series shown or hidden) decide which points are *shown*; the table
lists exactly those points and "Export" writes exactly those (image and CSV).
Clicking a year puts it in the shared selection, so the Timeline highlights
that year's events.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.exporters.atomic import ExportError, atomic_write
from kzeuviewer.model.captions import MARKER_KEY, caption_for
from kzeuviewer.model.charts import CHARTS, ChartData, build_chart, format_value
from kzeuviewer.model.table_query import Column, TableQuery

from .. import settings as prefs
from ..common.dialogs import show_error
from ..common.tab_base import DataTab
from ..common.table_model import QueryTableModel
from ..common.table_view import DataTableView
from ..common.widgets import year_spin_box
from ..export.chart import copy_plot_to_clipboard, export_plot
from ..export.chart_dialog import ExportChoice, ExportDialog
from .plot import TradePlot, log_scale_allowed

TABLE_COLUMNS = [
    Column("year", "Year", "integer"),
    Column("series", "Series"),
    Column("value", "Value", "decimal"),
    Column("unit", "Unit"),
    Column("status", "Not exact because"),
    Column("publisher", "Publisher"),
    Column("scope", "EU scope"),
    Column("derived", "Derived"),
    Column("stated_by", "Stated by"),
    Column("sources", "Sources"),
    Column("data_rows", "Data rows"),
]
CLIPBOARD_SIZE = (1280, 720)


class TradeTab(DataTab):
    key = "trade"
    title = "Trade"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.setObjectName("tradeTab")
        self.dataset = None
        self.data: ChartData | None = None
        self._cache: dict[tuple[str, str | None], ChartData] = {}
        self._queries: dict[tuple[str, str | None], TableQuery] = {}
        self.export_dialog: ExportDialog | None = None

        self.chart_selector = QComboBox()
        self.chart_selector.setObjectName("chartSelector")
        self.chart_selector.setAccessibleName("Chart")
        for chart_id, spec in CHARTS.items():
            self.chart_selector.addItem(spec.title, chart_id)
            self.chart_selector.setItemData(self.chart_selector.count() - 1, spec.description, Qt.ItemDataRole.ToolTipRole)
        # Long chart titles must not set the window's minimum width.
        self.chart_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_selector.setMinimumContentsLength(18)
        self.series_selector = QComboBox()
        self.series_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.series_selector.setMinimumContentsLength(8)
        self.series_selector.setObjectName("seriesSelector")
        self.series_selector.setAccessibleName("Publisher series")
        self.series_selector.setToolTip("Which publisher's series to show (publisher and EU scope)")
        self.year_from = year_spin_box("yearFrom", "First year")
        self.year_to = year_spin_box("yearTo", "Last year")
        self.log_scale = QCheckBox("Log scale")
        self.log_scale.setObjectName("logScale")
        self.log_scale.setAccessibleName("Logarithmic value axis")
        self.reset_button = QPushButton("Reset zoom")
        self.reset_button.setObjectName("resetZoom")
        self.reset_button.setAccessibleName("Reset zoom")
        self.export_button = QPushButton("Export…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName("Export chart")
        self.export_button.setToolTip("Export the chart as PNG, JPEG, SVG or PDF, and its data as CSV (Ctrl+E)")

        # Two rows, so a narrow window (800 px) still fits every control.
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel("Chart:"))
        choice_row.addWidget(self.chart_selector, 3)
        self.series_label = QLabel("Series:")
        choice_row.addWidget(self.series_label)
        choice_row.addWidget(self.series_selector, 1)
        view_row = QHBoxLayout()
        view_row.addWidget(QLabel("Years:"))
        view_row.addWidget(self.year_from)
        view_row.addWidget(QLabel("–"))
        view_row.addWidget(self.year_to)
        view_row.addSpacing(8)
        view_row.addWidget(self.log_scale)
        view_row.addWidget(self.reset_button)
        view_row.addStretch(1)
        view_row.addWidget(self.export_button)

        self.plot = TradePlot()
        self.note_label = QLabel()
        self.note_label.setObjectName("chartNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit(placeholderText="Filter the table…", clearButtonEnabled=True)
        self.search.setObjectName("tradeSearch")
        self.search.setAccessibleName("Filter the chart's data table")
        self.count_label = QLabel()
        self.count_label.setObjectName("tradeCount")
        self.table_model = QueryTableModel(None, self)
        self.table = DataTableView(settings=context.settings, settings_key="trade")
        self.table.setObjectName("tradeTable")
        self.table.setAccessibleName("Data points of the chart")
        self.table.setModel(self.table_model)

        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.plot, 1)
        chart_layout.addWidget(self.note_label)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        table_layout.addLayout(search_row)
        table_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("tradeSplitter")
        self.splitter.addWidget(chart_area)
        self.splitter.addWidget(table_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(choice_row)
        layout.addLayout(view_row)
        layout.addWidget(self.splitter, 1)

        self.chart_selector.currentIndexChanged.connect(self._chart_changed)
        self.series_selector.currentIndexChanged.connect(self._series_changed)
        self.year_from.valueChanged.connect(self._years_changed)
        self.year_to.valueChanged.connect(self._years_changed)
        self.log_scale.toggled.connect(self._redraw)
        self.reset_button.clicked.connect(self.plot.reset_view)
        self.export_button.clicked.connect(self.export)
        self.search.textChanged.connect(self._search_changed)
        self.plot.yearClicked.connect(self._year_clicked)
        self.plot.seriesToggled.connect(lambda *_: self._refresh_table())
        self.table_model.rowsChanged.connect(self._update_count)
        context.selection.changed.connect(self._selection_changed)
        # Ctrl+E is the window's File ▸ Export action, which calls export() on the current tab.

    # -- DataTab contract -------------------------------------------------------
    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self._cache.clear()
        self._queries.clear()
        chart_id = self.chart_id() or prefs.get(self.context.settings, prefs.TRADE_CHART)
        if chart_id not in CHARTS:
            chart_id = "kz-eu-trade"
        self.select_chart(chart_id, prefs.get(self.context.settings, prefs.TRADE_SERIES.of(chart=chart_id)) or None)

    def search_field(self) -> QLineEdit:
        return self.search

    def copy_selection(self) -> bool:
        """Selected table rows with headers; with no rows selected, the chart as an image."""
        if self.table.copy_selection(True):
            return True
        if self.data is None:
            return False
        try:
            copy_plot_to_clipboard(self.plot, *CLIPBOARD_SIZE, caption=caption_for(self.data, self.dataset))
        except ExportError as err:
            show_error(self, "Chart not copied", str(err))
            return False
        return True

    def export(self) -> None:
        """Open the export dialog (non-modal, so the chart stays visible behind it)."""
        if self.data is None:
            return
        if self.export_dialog is not None:
            self.export_dialog.close()
        dialog = ExportDialog(self.context.settings, self.chart_id() or "chart", self)
        dialog.exportRequested.connect(lambda choice: self._export_requested(dialog, choice))
        dialog.copyRequested.connect(self._copy_requested)
        self.export_dialog = dialog
        dialog.open()

    # -- chart choice -------------------------------------------------------------
    def chart_id(self) -> str | None:
        return self.chart_selector.currentData()

    def option(self) -> str | None:
        return self.series_selector.currentData() if self.series_selector.count() else None

    def select_chart(self, chart_id: str, option: str | None = None) -> None:
        """Show ``chart_id`` (with ``option`` if it offers that series)."""
        index = self.chart_selector.findData(chart_id)
        if index < 0:
            raise KeyError(chart_id)
        self._pending_option = option
        if index == self.chart_selector.currentIndex():
            self._chart_changed()
        else:
            self.chart_selector.setCurrentIndex(index)

    def _chart_changed(self) -> None:
        chart_id = self.chart_id()
        if chart_id is None or self.dataset is None:
            return
        spec = CHARTS[chart_id]
        options = spec.options(self.dataset)
        wanted = getattr(self, "_pending_option", None)
        self._pending_option = None
        self.series_selector.blockSignals(True)
        self.series_selector.clear()
        for option in options:
            self.series_selector.addItem(option, option)
        chosen = spec.option_for(self.dataset, wanted if wanted in options else None)
        if chosen is not None:
            self.series_selector.setCurrentIndex(options.index(chosen))
        self.series_selector.blockSignals(False)
        self.series_selector.setVisible(bool(options))
        self.series_label.setVisible(bool(options))
        prefs.put(self.context.settings, prefs.TRADE_CHART, chart_id)
        self._load(reset_years=True, reset_log=True)

    def _series_changed(self) -> None:
        chart_id = self.chart_id()
        if chart_id is not None and self.option() is not None:
            prefs.put(self.context.settings, prefs.TRADE_SERIES.of(chart=chart_id), self.option())
        self._load(reset_years=True, reset_log=False)

    def chart_data(self, chart_id: str, option: str | None) -> ChartData:
        key = (chart_id, option)
        if key not in self._cache:
            self._cache[key] = build_chart(self.dataset, chart_id, option)
        return self._cache[key]

    def _load(self, reset_years: bool, reset_log: bool) -> None:
        chart_id = self.chart_id()
        if chart_id is None or self.dataset is None:
            return
        try:
            data = self.chart_data(chart_id, self.option())
        except Exception as err:  # noqa: BLE001 - a broken dataset must not take the tab down
            self.data = None
            self.plot.getPlotItem().clear()
            self.note_label.setText(f"This chart cannot be drawn from the current dataset: {err}")
            self.table_model.set_query(None)
            return
        self.data = data
        self.plot.visible_series = {}
        years = data.frame["year"] if len(data.frame) else pd.Series([2000], dtype=int)
        low, high = int(years.min()), int(years.max())
        for box in (self.year_from, self.year_to):
            box.blockSignals(True)
            box.setRange(low, high)
        if reset_years:
            self.year_from.setValue(low)
            self.year_to.setValue(high)
        for box in (self.year_from, self.year_to):
            box.blockSignals(False)
        allowed = log_scale_allowed(data)
        self.log_scale.blockSignals(True)
        self.log_scale.setEnabled(allowed)
        self.log_scale.setToolTip("" if allowed else "Not for bars, zero or negative values")
        if reset_log or not allowed:
            self.log_scale.setChecked(allowed and data.log_default)
        self.log_scale.blockSignals(False)
        note = data.note if len(data.frame) else "No data for this chart in the current dataset."
        self.note_label.setText(f"{note}\n{MARKER_KEY}")
        self._redraw()

    def _years_changed(self) -> None:
        if self.year_from.value() > self.year_to.value():
            # Keep the range valid: move the other end along.
            other = self.year_to if self.sender() is self.year_from else self.year_from
            other.blockSignals(True)
            other.setValue(self.sender().value())
            other.blockSignals(False)
        self._redraw()

    def year_range(self) -> tuple[int, int]:
        return self.year_from.value(), self.year_to.value()

    def _redraw(self) -> None:
        if self.data is None:
            return
        self.plot.show_chart(self.data, self.year_range(), self.log_scale.isChecked())
        self.plot.highlight_years(self.context.selection.years)
        self._refresh_table()

    # -- what is shown ------------------------------------------------------------
    def visible_frame(self) -> pd.DataFrame:
        """The points shown now: within the year range, of series not hidden in the legend."""
        if self.data is None:
            return pd.DataFrame()
        frame = self.data.frame
        low, high = self.year_range()
        shown = [label for label, visible in self.plot.visible_series.items() if visible]
        mask = (frame["year"] >= low) & (frame["year"] <= high) & frame["series"].isin(shown)
        return frame[mask].reset_index(drop=True)

    def _refresh_table(self) -> None:
        """Show the visible points in the table: the chart's query, filtered by years and legend."""
        if self.data is None:
            return
        key = (self.chart_id(), self.option())
        query = self._queries.get(key)
        if query is None:
            # Encoding a table costs more than filtering it: one query per chart, filtered after.
            query = self._queries[key] = TableQuery(self.data.frame, TABLE_COLUMNS)
        low, high = self.year_range()
        query.set_value_filter(0, [v for v, _n in query.distinct_values(0) if low <= int(v.replace(",", "")) <= high])
        query.set_value_filter(1, [label for label, shown in self.plot.visible_series.items() if shown])
        query.set_search(self.search.text())
        header = self.table.horizontalHeader()
        # A model reset forgets the column widths: keep the person's, else start from ours.
        widths = [header.sectionSize(c) for c in range(header.count())] if header.count() == len(TABLE_COLUMNS) else list(COLUMN_WIDTHS)
        self.table_model.set_query(query)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _search_changed(self, text: str) -> None:
        self.table_model.set_search(text)

    def _update_count(self) -> None:
        query = self.table_model.query
        self.count_label.setText("" if query is None else f"{len(query)} of {query.total} points")

    # -- selection ------------------------------------------------------------------
    def _year_clicked(self, year: int) -> None:
        self.context.selection.select_years([year], origin=self)

    def _selection_changed(self, change) -> None:
        if change.years_changed:
            self.plot.highlight_years(self.context.selection.years)

    # -- export ---------------------------------------------------------------------
    def export_to(self, choice: ExportChoice) -> bool:
        """Write the chart (and its CSV) as chosen; a failure is shown and leaves nothing behind."""
        if self.data is None:
            return False
        caption = caption_for(self.data, self.dataset) if choice.caption else None
        written: list[Path] = []
        try:
            written.append(export_plot(self.plot, choice.path, choice.width, choice.height, choice.transparent, caption))
            if choice.csv:
                csv_path = choice.path.with_suffix(".csv")
                frame = self.visible_frame()
                written.append(atomic_write(csv_path, lambda temp: frame.to_csv(temp, index=False, encoding="utf-8")))
        except ExportError as err:
            show_error(self, "Chart not exported", str(err))
            return False
        names = " and ".join(p.name for p in written)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(f"Exported {names} to {choice.path.parent}", 8000)
        return True

    def _export_requested(self, dialog: ExportDialog, choice: ExportChoice) -> None:
        if self.export_to(choice):
            dialog.accept()

    def _copy_requested(self, choice: ExportChoice) -> None:
        if self.data is None:
            return
        caption = caption_for(self.data, self.dataset) if choice.caption else None
        try:
            copy_plot_to_clipboard(self.plot, choice.width, choice.height, caption=caption)
        except ExportError as err:
            show_error(self, "Chart not copied", str(err))
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(f"Chart copied to the clipboard ({choice.width} × {choice.height})", 5000)

COLUMN_WIDTHS = (56, 330, 110, 95, 230, 150, 170, 120, 170, 360, 120)


__all__ = ["TradeTab", "caption_for", "format_value"]
