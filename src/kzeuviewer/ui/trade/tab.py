"""The Trade tab: a chart chosen from the catalogue, its data table, and the view as files.

What is on screen is one :class:`~kzeuviewer.model.state.TradeState`
(``self.state``): the chart and series, the years in view, the series hidden
and the log scale. Every control writes to it — the selectors, the Years
fields, zoom and pan on the chart, a legend click, "Reset zoom" — and
everything redraws from its ``changed`` signal: the plot, the Years fields,
the data table (exactly the points in view), the title and caption, and the
files written by :meth:`write_view_image` and :meth:`write_view_csv`.

Clicking a year puts it in the shared selection (Ctrl+click adds), so the
Timeline highlights that year's events; the band on the chart follows the
shared selection.
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
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.exporters import ExportError, atomic_write, write_frame_csv
from kzeuviewer.model.captions import Caption, caption_for
from kzeuviewer.model.charts import CHARTS, FRAME_COLUMNS, SERIES_SEPARATOR, ChartData, build_chart, format_value
from kzeuviewer.model.coverage import unshown_rows
from kzeuviewer.model.locale_format import generation
from kzeuviewer.model.state import TableState, TradeState
from kzeuviewer.model.table_query import Column, TableQuery
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from .. import settings as prefs
from ..common.dialogs import show_error
from ..common.tab_base import DataTab
from ..common.table_model import QueryTableModel
from ..common.table_view import DataTableView
from ..common.widgets import year_spin_box
from ..export.chart import copy_plot_to_clipboard, export_plot
from ..i18n import translate
from ..style import set_role
from .plot import TradePlot, log_scale_allowed

TABLE_COLUMNS = [
    Column("year", QT_TRANSLATE_NOOP("Tables", "Year"), "integer"),
    # The app's words in a series label ("Exports", "Imports") in the display language, as in the legend.
    Column("series", QT_TRANSLATE_NOOP("Tables", "Series"), "label", label_context="Series", label_separator=SERIES_SEPARATOR),
    Column("value", QT_TRANSLATE_NOOP("Tables", "Value"), "decimal"),
    Column("unit", QT_TRANSLATE_NOOP("Tables", "Unit")),
    Column("status", QT_TRANSLATE_NOOP("Tables", "Not exact because")),
    Column("coverage", QT_TRANSLATE_NOOP("Tables", "Reporters")),
    Column("note", QT_TRANSLATE_NOOP("Tables", "Note")),
    Column("publisher", QT_TRANSLATE_NOOP("Tables", "Publisher")),
    Column("scope", QT_TRANSLATE_NOOP("Tables", "EU scope")),
    Column("derived", QT_TRANSLATE_NOOP("Tables", "Derived")),
    Column("stated_by", QT_TRANSLATE_NOOP("Tables", "Stated by")),
    Column("sources", QT_TRANSLATE_NOOP("Tables", "Sources")),
    Column("data_rows", QT_TRANSLATE_NOOP("Tables", "Data rows")),
]
COLUMN_WIDTHS = (56, 330, 110, 95, 230, 80, 260, 150, 170, 120, 170, 360, 120)
CLIPBOARD_SIZE = (1280, 720)
DEFAULT_CHART = "kz-eu-trade"


class TradeTab(DataTab):
    key = "trade"
    title = QT_TRANSLATE_NOOP("Tabs", "Trade")
    exports_images = True

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.setObjectName("tradeTab")
        self.dataset = None
        self.data: ChartData | None = None
        self.state = TradeState()
        self._restored = False  # the last chart is read from the settings once, at the first dataset
        self._quiet = False  # True while set_dataset sets the state: it redraws everything once after
        self._cache: dict[tuple[str, str | None], ChartData] = {}
        self._query: TableQuery | None = None
        self._headers_language = -1  # the language generation the table's widths were fitted in

        self.chart_selector = QComboBox()
        self.chart_selector.setObjectName("chartSelector")
        for chart_id in CHARTS:
            self.chart_selector.addItem("", chart_id)  # titles and tooltips: retranslate()
        # Long chart titles must not set the window's minimum width.
        self.chart_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_selector.setMinimumContentsLength(18)
        self.series_selector = QComboBox()
        self.series_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.series_selector.setMinimumContentsLength(8)
        self.series_selector.setObjectName("seriesSelector")
        self.year_from = year_spin_box("tradeYearFrom", "")
        self.year_to = year_spin_box("tradeYearTo", "")
        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("logScale")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetZoom")

        # Two rows, so a narrow window (800 px) still fits every control.
        choice_row = QHBoxLayout()
        self.chart_label = QLabel()
        choice_row.addWidget(self.chart_label)
        choice_row.addWidget(self.chart_selector, 3)
        self.series_label = QLabel()
        choice_row.addWidget(self.series_label)
        choice_row.addWidget(self.series_selector, 1)
        view_row = QHBoxLayout()
        self.years_label = QLabel()
        view_row.addWidget(self.years_label)
        view_row.addWidget(self.year_from)
        view_row.addWidget(QLabel("–"))
        view_row.addWidget(self.year_to)
        view_row.addSpacing(8)
        view_row.addWidget(self.log_scale)
        view_row.addWidget(self.reset_button)
        view_row.addStretch(1)

        self.title_label = QLabel()
        self.title_label.setObjectName("chartTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # series names come from the dataset
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.plot = TradePlot()
        self.note_label = QLabel()
        self.note_label.setObjectName("chartNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setObjectName("tradeSearch")
        self.count_label = QLabel()
        self.count_label.setObjectName("tradeCount")
        self.table_model = QueryTableModel(None, self)
        # The data table's own view (search, sort, columns), kept while charts and years change.
        self.table_state = TableState()
        self.table_model.bind(self.table_state)
        self.table = DataTableView(settings=context.settings, settings_key="trade")
        self.table.setObjectName("tradeTable")
        self.table.setModel(self.table_model)

        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.title_label)
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
        # Rows of the dataset that no chart draws must not vanish silently.
        self._unshown_groups: list = []
        self.unshown_label = QLabel()
        self.unshown_label.setObjectName("unshownRows")
        self.unshown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unshown_label.setWordWrap(True)
        set_role(self.unshown_label, "warning")
        self.unshown_label.hide()
        table_layout.addWidget(self.unshown_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("tradeSplitter")
        self.splitter.addWidget(chart_area)
        self.splitter.addWidget(table_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(9)
        # At 800×600 the table still shows five rows under its header.
        rows = self.table.verticalHeader().defaultSectionSize()
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        header = max(self.table.horizontalHeader().sizeHint().height(), self.table.fontMetrics().height() + 8)
        self.table.setMinimumHeight(header + 5 * rows + scroll_bar + 2 * self.table.frameWidth() + 2)
        layout = QVBoxLayout(self)
        layout.addLayout(choice_row)
        layout.addLayout(view_row)
        layout.addWidget(self.splitter, 1)

        # Person -> state.
        self.chart_selector.currentIndexChanged.connect(self._chart_chosen)
        self.series_selector.currentIndexChanged.connect(self._series_chosen)
        self.year_from.valueChanged.connect(self._years_typed)
        self.year_to.valueChanged.connect(self._years_typed)
        self.log_scale.toggled.connect(lambda on: setattr(self.state, "log_scale", on))
        self.reset_button.clicked.connect(lambda: setattr(self.state, "x_range", None))
        self.plot.xRangeChanged.connect(lambda x_range: setattr(self.state, "x_range", x_range))
        self.plot.seriesToggled.connect(self.toggle_series)
        self.plot.yearClicked.connect(self._year_clicked)
        self.search.textChanged.connect(self._search_changed)
        self.table_state.changed.connect(self._table_state_changed)
        self.table.horizontalScrollBar().valueChanged.connect(lambda _v: self._update_count())
        self.table_model.rowsChanged.connect(self._update_count)
        # State -> screen.
        self.state.changed.connect(self._state_changed)
        context.selection.changed.connect(self._selection_changed)
        i18n.keep(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the tab in the current language; the chart, its caption and table are built again."""
        for index, spec in enumerate(CHARTS.values()):
            self.chart_selector.setItemText(index, translate("Charts", spec.title))
            self.chart_selector.setItemData(index, translate("Charts", spec.description), Qt.ItemDataRole.ToolTipRole)
        self.chart_selector.setAccessibleName(translate("TradeTab", "Chart"))
        self.series_selector.setAccessibleName(translate("TradeTab", "Publisher series"))
        self.series_selector.setToolTip(translate("TradeTab", "Which publisher's series to show (publisher and EU scope)"))
        self.year_from.setAccessibleName(translate("TradeTab", "First year"))
        self.year_to.setAccessibleName(translate("TradeTab", "Last year"))
        self.log_scale.setText(translate("TradeTab", "Log scale"))
        self.log_scale.setAccessibleName(translate("TradeTab", "Logarithmic value axis"))
        self.reset_button.setText(translate("TradeTab", "Reset zoom"))
        self.reset_button.setAccessibleName(translate("TradeTab", "Reset zoom"))
        self.reset_button.setToolTip(translate("TradeTab", "Show every year of the chart"))
        self.chart_label.setText(translate("TradeTab", "Chart:"))
        self.series_label.setText(translate("TradeTab", "Series:"))
        self.years_label.setText(translate("TradeTab", "Years:"))
        self.title_label.setAccessibleName(translate("TradeTab", "Chart title"))
        self.search.setPlaceholderText(translate("TradeTab", "Filter the table…"))
        self.search.setAccessibleName(translate("TradeTab", "Filter the chart's data table"))
        self.table.setAccessibleName(translate("TradeTab", "Data points of the chart"))
        self.unshown_label.setAccessibleName(translate("TradeTab", "Rows no chart shows"))
        self._write_unshown_rows()
        if self.dataset is not None and not self._quiet:
            # Chart titles, notes, units and numbers are words of the chart data: build it again.
            self._cache.clear()
            self._state_changed(frozenset({"chart"}))

    # -- DataTab contract -------------------------------------------------------
    @staticmethod
    def prepare(dataset) -> list:
        """The rows no chart shows (every chart is built to know): found with the load of a large dataset."""
        return unshown_rows(dataset)

    def set_dataset(self, dataset) -> None:
        self.dataset = dataset
        self._cache.clear()
        if self._restored:
            chart, series = self.state.chart, self.state.series
        else:
            # The settings say which chart was shown last; read before anything else sets the state.
            chart = prefs.get(self.context.settings, prefs.TRADE_CHART)
            series = None
            self._restored = True
        if chart not in CHARTS:
            chart = DEFAULT_CHART
        series = self._series_for(chart, series)
        data = self._data_or_none(chart, series)
        labels = {s.label for s in data.series} if data is not None else set()
        self._quiet = True
        try:
            self.state.update(
                chart=chart, series=series, hidden_series=self.state.hidden_series & labels,
                x_range=self._range_on(data, self.state.x_range),
            )
        finally:
            self._quiet = False
        self._state_changed(frozenset(TradeState.FIELDS))
        self._show_unshown_rows(dataset)

    def _show_unshown_rows(self, dataset) -> None:
        prepared = self.context.take_prepared(self.key, dataset)
        self._unshown_groups = prepared if prepared is not None else unshown_rows(dataset)
        self._write_unshown_rows()

    def _write_unshown_rows(self) -> None:
        """The note on rows no chart shows, in the current language (the details stay the dataset's words)."""
        groups = self._unshown_groups
        count = sum(group.count for group in groups)
        if count:
            self.unshown_label.setText(translate(
                "TradeTab", "%n trade and indicator rows of this dataset appear in no chart. "
                "Hover here to see which and why.", "", count))
            self.unshown_label.setToolTip("\n".join(i18n.render(group.message) for group in groups))
        self.unshown_label.setVisible(bool(count))

    def search_field(self) -> QLineEdit:
        return self.search

    def copy_selection(self) -> bool:
        """Selected table rows with headers; with no rows selected, the chart as an image."""
        if self.table.copy_selection(True):
            return True
        if self.data is None:
            return False
        try:
            copy_plot_to_clipboard(self.plot, *CLIPBOARD_SIZE, caption=self.view_caption())
        except ExportError as err:
            show_error(self, translate("TradeTab", "Chart not copied"), i18n.render(err))
            return False
        return True

    # -- the view as files ------------------------------------------------------
    def export_name(self) -> str:
        """'kz-eu-trade_BNS_2018-2020': chart, series and the years shown."""
        parts = [self.state.chart]
        if self.state.series:
            parts.append("".join(c if c.isalnum() else "-" for c in self.state.series).strip("-"))
        years = self.shown_years()
        if years is not None:
            parts.append(f"{years[0]}-{years[1]}" if years[0] != years[1] else str(years[0]))
        return "_".join(parts)

    def view_caption(self) -> Caption:
        """The caption of the view: the title shown above the chart, units, what is drawn, sources."""
        if self.data is None:
            return Caption(title=translate("Charts", CHARTS[self.state.chart].title) if self.state.chart in CHARTS else "")
        return caption_for(self.data, self.dataset, self.state)

    def write_view_image(self, path: Path, width: int, height: int, transparent: bool = False,
                         caption: Caption | None = None) -> None:
        if self.data is None:
            raise ExportError(translate("TradeTab", "Cannot write {name}: there is no chart to export").format(name=Path(path).name))
        export_plot(self.plot, path, width, height, transparent, caption)

    def write_view_csv(self, path: Path) -> None:
        """The points of the table, in its order: every column of the chart's frame."""
        frame = self.table_frame()
        atomic_write(path, lambda temp: write_frame_csv(temp, frame))

    # -- chart choice -------------------------------------------------------------
    def chart_id(self) -> str | None:
        return self.state.chart if self.dataset is not None else None

    def option(self) -> str | None:
        return self.state.series

    def select_chart(self, chart_id: str, option: str | None = None) -> None:
        """Show ``chart_id`` (with ``option`` if it offers that series); the years shown stay, clamped."""
        if chart_id not in CHARTS:
            raise KeyError(chart_id)
        if self.dataset is None:
            self.state.choose_chart(chart_id, option)
            return
        series = self._series_for(chart_id, option)
        data = self._data_or_none(chart_id, series)
        self.state.update(chart=chart_id, series=series, hidden_series=frozenset(), log_scale=None,
                          x_range=self._range_on(data, self.state.x_range))

    def _chart_chosen(self) -> None:
        chart_id = self.chart_selector.currentData()
        if chart_id is not None and chart_id != self.state.chart:
            self.select_chart(chart_id)

    def _series_chosen(self) -> None:
        option = self.series_selector.currentData()
        if option is None or option == self.state.series or self.dataset is None:
            return
        data = self._data_or_none(self.state.chart, option)
        self.state.update(series=option, hidden_series=frozenset(), x_range=self._range_on(data, self.state.x_range))

    def _series_for(self, chart_id: str, wanted: str | None) -> str | None:
        """``wanted`` if the chart offers it, else the one last chosen for that chart, else its default."""
        spec = CHARTS[chart_id]
        options = spec.options(self.dataset)
        if wanted not in options:
            wanted = prefs.get(self.context.settings, prefs.TRADE_SERIES.of(chart=chart_id)) or None
        return spec.option_for(self.dataset, wanted if wanted in options else None)

    def chart_data(self, chart_id: str, option: str | None) -> ChartData:
        key = (chart_id, option)
        if key not in self._cache:
            self._cache[key] = build_chart(self.dataset, chart_id, option)
        return self._cache[key]

    def _data_or_none(self, chart_id: str, option: str | None) -> ChartData | None:
        try:
            return self.chart_data(chart_id, option)
        except Exception:  # noqa: BLE001 - reported when drawn
            return None

    def _range_on(self, data: ChartData | None, x_range) -> tuple[float, float] | None:
        """The years now shown, as a range of ``data``'s axis: clamped to its years; None if it has none of them."""
        years = self.shown_years()
        if x_range is None or years is None or data is None or data.year_bounds() is None:
            return None
        bounds = data.year_bounds()
        first, last = max(years[0], bounds[0]), min(years[1], bounds[1])
        if first > last or (first, last) == bounds:
            return None
        return _years_range(data, first, last)

    # -- state -> screen --------------------------------------------------------------
    def _state_changed(self, names: frozenset[str]) -> None:
        if self._quiet or self.dataset is None:
            return
        state = self.state
        if names & {"chart", "series"}:
            if not self._load():
                return
        elif "log_scale" in names:
            self._draw()
        else:
            if "hidden_series" in names:
                self.plot.set_hidden_series(state.hidden_series)
            if "x_range" in names:
                self.plot.set_x_range(state.x_range)
        if self.data is None:
            return
        self._show_years()
        self._refresh_table()
        self._show_caption()

    def _load(self) -> bool:
        """Show the state's chart: selectors, log box, plot. False if it cannot be drawn."""
        state = self.state
        spec = CHARTS[state.chart]
        self._sync_selectors(spec)
        prefs.put(self.context.settings, prefs.TRADE_CHART, state.chart)
        if state.series:
            prefs.put(self.context.settings, prefs.TRADE_SERIES.of(chart=state.chart), state.series)
        try:
            self.data = self.chart_data(state.chart, state.series)
        except Exception as err:  # noqa: BLE001 - a broken dataset must not take the tab down
            self.data = None
            self.plot.getPlotItem().clear()
            self.title_label.setText(translate("Charts", spec.title))
            self.note_label.setText(translate("TradeTab", "This chart cannot be drawn from the current dataset: {error}").format(error=err))
            self.table_model.set_query(None)
            return False
        self._draw()
        return True

    def _sync_selectors(self, spec) -> None:
        options = spec.options(self.dataset)
        for box in (self.chart_selector, self.series_selector):
            box.blockSignals(True)
        self.chart_selector.setCurrentIndex(self.chart_selector.findData(self.state.chart))
        self.series_selector.clear()
        for option in options:
            self.series_selector.addItem(option, option)
        if self.state.series in options:
            self.series_selector.setCurrentIndex(options.index(self.state.series))
        for box in (self.chart_selector, self.series_selector):
            box.blockSignals(False)
        self.series_selector.setVisible(bool(options))
        self.series_label.setVisible(bool(options))

    def log_scale_on(self) -> bool:
        """The log scale in effect: the state's choice, else the chart's default; never where not allowed."""
        if self.data is None or not log_scale_allowed(self.data):
            return False
        return self.data.log_default if self.state.log_scale is None else self.state.log_scale

    def _draw(self) -> None:
        allowed = log_scale_allowed(self.data)
        self.log_scale.blockSignals(True)
        self.log_scale.setEnabled(allowed)
        self.log_scale.setToolTip("" if allowed else translate("TradeTab", "Not for bars, zero or negative values"))
        self.log_scale.setChecked(self.log_scale_on())
        self.log_scale.blockSignals(False)
        self.plot.show_chart(self.data, self.state.x_range, self.log_scale_on(), self.state.hidden_series)
        self.plot.highlight_years(self.context.selection.years)

    def shown_years(self) -> tuple[int, int] | None:
        """The first and last year in view (the Years fields); None with no chart or no year in view."""
        if self.data is None:
            return None
        bounds = self.data.year_bounds()
        if bounds is None or not self.data.monthly:
            return self.state.years(bounds)
        # Months: every year with a month in view.
        shown = self.data.visible_frame(self.state.x_range)
        if not len(shown):
            return None
        return int(shown["year"].min()), int(shown["year"].max())

    def _show_years(self) -> None:
        bounds = self.data.year_bounds() or (2000, 2000)
        years = self.shown_years() or bounds
        for box, value in ((self.year_from, years[0]), (self.year_to, years[1])):
            box.blockSignals(True)
            box.setRange(*bounds)
            box.setValue(value)
            box.blockSignals(False)

    def _years_typed(self) -> None:
        if self.data is None or self.data.year_bounds() is None:
            return
        first, last = self.year_from.value(), self.year_to.value()
        if first > last:
            # Keep the range valid: move the other end along.
            if self.sender() is self.year_from:
                last = first
            else:
                first = last
        if (first, last) == self.data.year_bounds():
            self.state.x_range = None
        else:
            self.state.x_range = _years_range(self.data, first, last)
        self._show_years()  # the other field, if it moved along

    def toggle_series(self, label: str) -> None:
        """Hide a shown series, show a hidden one (a legend click)."""
        hidden = set(self.state.hidden_series)
        hidden ^= {label}
        self.state.hidden_series = hidden

    def _show_caption(self) -> None:
        caption = self.view_caption()
        self.title_label.setText(caption.title)
        self.note_label.setText("\n".join(caption.footer_lines()))

    # -- what is shown ------------------------------------------------------------
    def visible_frame(self) -> pd.DataFrame:
        """The points shown now: in the years in view, of series not hidden (before the table's search)."""
        if self.data is None:
            return pd.DataFrame(columns=FRAME_COLUMNS)
        return self.data.visible_frame(self.state.x_range, self.state.hidden_series)

    def table_frame(self) -> pd.DataFrame:
        """The table's rows, in its order, with every column of the chart's frame."""
        if self._query is None:
            return pd.DataFrame(columns=FRAME_COLUMNS)
        return self._query.frame.iloc[self._query.rows][FRAME_COLUMNS].reset_index(drop=True)

    def _refresh_table(self) -> None:
        """The table lists the visible points; the search and the sort the person chose stay."""
        query = TableQuery(self.visible_frame(), TABLE_COLUMNS)
        self._query = query
        header = self.table.horizontalHeader()
        # A model reset forgets the column widths: keep the person's, else start from ours.
        kept = header.count() == len(TABLE_COLUMNS)
        widths = [header.sectionSize(c) for c in range(header.count())] if kept else list(COLUMN_WIDTHS)
        self.table_model.set_query(query)
        # Our defaults, and any width when the language has changed, never narrower than the header's text.
        fit = not kept or self._headers_language != generation()
        self._headers_language = generation()
        char = self.table.fontMetrics().averageCharWidth()
        for column, width in enumerate(widths):
            if fit:
                width = max(width, header.sectionSizeHint(column) + 3 * char)
            header.resizeSection(column, width)

    def _search_changed(self, text: str) -> None:
        self.table_model.set_search(text)

    def _table_state_changed(self, names: frozenset[str]) -> None:
        if "search" in names and self.search.text() != self.table_state.search:
            self.search.blockSignals(True)
            self.search.setText(self.table_state.search)
            self.search.blockSignals(False)

    # -- view state -------------------------------------------------------------------
    def view_states(self) -> dict:
        return {"trade": self.state, "trade_table": self.table_state}

    def accept_view_state(self, name: str, values: dict) -> tuple[dict, list[str]]:
        if name != "trade":
            keys = {c.key for c in TABLE_COLUMNS}
            values = dict(values)
            lost = [translate("TradeTab", "trade table: no column {column!r} to sort by").format(column=k)
                    for k, _d in values["sort"] if k not in keys]
            values["sort"] = tuple((k, d) for k, d in values["sort"] if k in keys)
            return values, lost
        values, lost = dict(values), []
        if values["chart"] not in CHARTS:
            lost.append(translate("TradeTab", "trade: there is no chart {chart!r}; showing {default!r}")
                        .format(chart=values["chart"], default=DEFAULT_CHART))
            values.update(chart=DEFAULT_CHART, series=None, hidden_series=frozenset())
        elif self.dataset is not None and values["series"] is not None:
            options = CHARTS[values["chart"]].options(self.dataset)
            if values["series"] not in options:
                lost.append(translate("TradeTab", "trade: the chart has no series {series!r} in this dataset")
                            .format(series=values["series"]))
                values["series"] = None
        return values, lost

    def describe_change(self, name: str, field: str, value) -> str:
        if name == "trade" and field == "chart" and value in CHARTS:
            return translate("TradeTab", "chart “{title}”").format(title=translate("Charts", CHARTS[value].title))
        if field == "sort":
            headers = {c.key: c.header for c in TABLE_COLUMNS}
            return (translate("TradeTab", "sort by {columns}").format(
                columns=", ".join(translate("Tables", headers.get(k, k)) for k, _d in value))
                if value else translate("TradeTab", "unsorted"))
        return ""

    def _update_count(self) -> None:
        query = self.table_model.query
        total = len(self.data.frame) if self.data is not None else 0
        text = "" if query is None else translate("TradeTab", "{shown} of %Ln points", "", total).format(
            shown=i18n.locale().toString(len(query)))
        out_of_sight = self.table.hits_out_of_sight() if query is not None and len(query) else []
        if out_of_sight:
            # e.g. "2022" matching a 2021 row through a source file's name: say where.
            text += " · " + translate("TradeTab", "matched in: {columns}").format(columns=", ".join(out_of_sight))
        self.count_label.setText(text)

    # -- selection ------------------------------------------------------------------
    def _year_clicked(self, year: int, add: bool) -> None:
        self.context.selection.select_years([year], add=add, origin=self)

    def _selection_changed(self, change) -> None:
        if change.years_changed:
            self.plot.highlight_years(self.context.selection.years)


def _years_range(data: ChartData, first: int, last: int) -> tuple[float, float]:
    """The axis range that shows years ``first``..``last``: bar centres ± ½, or whole years of months."""
    if data.monthly:
        return (float(first), float(last + 1))
    return (first - 0.5, last + 0.5)


__all__ = ["TradeTab", "caption_for", "format_value"]
