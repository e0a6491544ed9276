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
    if details:
        box.setDetailedText(details)
    box.exec()


class ProblemsDialog(QDialog):
    """Every validation problem as ``FILE:LINE: COLUMN: message``, filterable."""

    def __init__(self, problems: list[Problem], dataset_path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle("Dataset problems")
        self.resize(860, 480)
        self._lines = [str(p) for p in problems]
        errors = sum(p.severity == "error" for p in problems)
        header = QLabel(
            f"<b>{len(problems)}</b> problems in <code>{dataset_path}</code>: "
            f"{errors} rows were skipped, {len(problems) - errors} warnings changed nothing."
        )
        header.setWordWrap(True)
        self.filter = QLineEdit(placeholderText="Filter problems…", clearButtonEnabled=True)
        self.filter.setObjectName("problemsFilter")
        self.filter.setAccessibleName("Filter problems")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("problemsText")
        self.text.setAccessibleName("Problems")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.filter)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self._apply_filter("")

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        shown = [line for line in self._lines if needle in line.casefold()]
        self.text.setPlainText("\n".join(shown))


SOURCE_COLUMNS = [
    Column("source_id", "Id"),
    Column("title", "Title"),
    Column("publisher", "Publisher"),
    Column("published", "Published", "date"),
    Column("url", "Link"),
    Column("quote", "Quote"),
]


_LINK_COLUMN = [c.key for c in SOURCE_COLUMNS].index("url")


class SourcesDialog(QDialog):
    """A searchable list of every source; double-click opens its link."""

    def __init__(self, dataset: Dataset, parent=None):
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(f"Data sources — {dataset.name}")
        self.resize(1100, 600)
        self.model = QueryTableModel(TableQuery(dataset.sources, SOURCE_COLUMNS, "source_id"), self)
        self.search = QLineEdit(placeholderText="Search sources…", clearButtonEnabled=True)
        self.search.setObjectName("sourcesSearch")
        self.search.setAccessibleName("Search sources")
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setAccessibleName("Sources")
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
        hint = QLabel("Double-click a row to open its link in the browser. A title in [brackets] is supplied by the dataset: the source has none.")
        hint.setEnabled(False)
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
        self._update_count()

    def _update_count(self) -> None:
        query = self.model.query
        self.count.setText(f"{len(query)} of {query.total} sources")

    def _open_link(self, index) -> None:
        url = self.model.query.cell(index.row(), _LINK_COLUMN)
        open_web_link(url)
