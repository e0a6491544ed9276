"""Dialogs of the main window: validation problems, data sources, errors."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.model import Dataset, Problem
from kzeuviewer.model.table_query import Column, TableQuery
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from ..i18n import translate
from .table_model import QueryTableModel


def is_web_link(url: str) -> bool:
    """Only http(s) links are ever handed to the browser."""
    parsed = urlparse(url.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def open_web_link(url: str) -> bool:
    if not is_web_link(url):
        return False
    return QDesktopServices.openUrl(QUrl(url.strip()))


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A clear error message; the full list goes in the expandable details."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote paths and dataset text: never markup
    if details:
        box.setDetailedText(details)
    box.exec()


class ProblemsDialog(QDialog):
    """Every validation problem as ``FILE:LINE: COLUMN: message``, filterable."""

    def __init__(self, problems: list[Problem], dataset_path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.resize(860, 480)
        self._lines: list[str] = []
        errors = sum(p.severity == "error" for p in problems)
        count, warnings = len(problems), len(problems) - errors
        header = self.header = QLabel()
        header.setObjectName("problemsHeader")
        header.setWordWrap(True)
        self.filter = QLineEdit(clearButtonEnabled=True)
        self.filter.setObjectName("problemsFilter")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("problemsText")

        def retranslate() -> None:
            self.setWindowTitle(translate("ProblemsDialog", "Dataset problems"))
            # The path is the dataset's: escaped once, so it shows as typed and never as markup.
            header.setText(
                translate("ProblemsDialog", "%n problems in <code>{path}</code>:", "", count)
                .format(path=i18n.escape(dataset_path))
                + " " + translate("ProblemsDialog", "%n rows were skipped,", "", errors)
                + " " + translate("ProblemsDialog", "%n warnings changed nothing.", "", warnings)
            )
            self.filter.setPlaceholderText(translate("ProblemsDialog", "Filter problems…"))
            self.filter.setAccessibleName(translate("ProblemsDialog", "Filter problems"))
            self.text.setAccessibleName(translate("ProblemsDialog", "Problems"))
            # The problems in the current language; their FILE:LINE and the quoted values stay as they are.
            self._lines = [i18n.render(p) for p in problems]
            self._apply_filter(self.filter.text())

        i18n.keep(self, retranslate)
        # Long messages (Russian ones above all) wrap at the window's edge instead of running off it.
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.filter)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        shown = [line for line in self._lines if needle in line.casefold()]
        self.text.setPlainText("\n".join(shown))


SOURCE_COLUMNS = [
    Column("source_id", QT_TRANSLATE_NOOP("Tables", "Id")),
    Column("title", QT_TRANSLATE_NOOP("Tables", "Title")),
    Column("publisher", QT_TRANSLATE_NOOP("Tables", "Publisher")),
    Column("published", QT_TRANSLATE_NOOP("Tables", "Published"), "date"),
    Column("url", QT_TRANSLATE_NOOP("Tables", "Link")),
    Column("quote", QT_TRANSLATE_NOOP("Tables", "Quote")),
]


_LINK_COLUMN = [c.key for c in SOURCE_COLUMNS].index("url")


class SourcesDialog(QDialog):
    """A searchable list of every source; double-click opens its link."""

    def __init__(self, dataset: Dataset, parent=None):
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.resize(1100, 600)
        self.model = QueryTableModel(TableQuery(dataset.sources, SOURCE_COLUMNS, "source_id"), self)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setObjectName("sourcesSearch")
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 330, 190, 100, 260, 400)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        hint = QLabel()
        hint.setEnabled(False)

        def retranslate() -> None:
            self.setWindowTitle(translate("SourcesDialog", "Data sources — {name}").format(name=dataset.name))
            self.search.setPlaceholderText(translate("SourcesDialog", "Search sources…"))
            self.search.setAccessibleName(translate("SourcesDialog", "Search sources"))
            self.table.setAccessibleName(translate("SourcesDialog", "Sources"))
            hint.setText(translate("SourcesDialog", "Double-click a row to open its link in the browser. A title in [brackets] is supplied by the dataset: the source has none."))
            self._update_count()

        i18n.keep(self, retranslate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.model.set_search)
        self.model.rowsChanged.connect(self._update_count)
        self.table.doubleClicked.connect(self._open_link)

    def _update_count(self) -> None:
        query = self.model.query
        total = query.total
        self.count.setText(translate("SourcesDialog", "{shown} of %Ln sources", "", total)
                           .format(shown=i18n.locale().toString(len(query))))

    def _open_link(self, index) -> None:
        url = self.model.query.cell(index.row(), _LINK_COLUMN)
        open_web_link(url)
