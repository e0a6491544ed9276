"""Printing a view: the timeline or the chart (with its caption) on a page, a table across pages.

The picture is the same one an export draws (:func:`~.actions.view_image`),
fitted to the printable area; a table is printed row by row as the view
shows it (order, visible columns), its header repeated on every page.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from kzeuviewer.exporters import ExportError

from ..i18n import translate
from ..style import qcolor, theme
from .actions import view_image

# The picture is drawn at this many pixels per inch of paper: sharp, and quick to make.
_PICTURE_DPI = 150
_CELL_PAD = 4.0
# A column's width on paper comes from this many of its first rows, each up to this many characters.
_SAMPLE_ROWS, _SAMPLE_CHARS = 200, 40


def print_view(tab, printer: QPrinter) -> int:
    """Print ``tab``'s view on ``printer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(translate("Printing", "The printer could not be opened"))
    try:
        if getattr(tab, "exports_images", False):
            _print_picture(tab, printer, painter)
            return 1
        return _print_table(tab.table, translate("Tabs", tab.title).replace("&&", "&"), printer, painter)
    finally:
        painter.end()


def _page(printer: QPrinter) -> QRectF:
    return QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))


def _print_picture(tab, printer: QPrinter, painter: QPainter) -> None:
    page = _page(printer)
    scale = _PICTURE_DPI / printer.resolution()
    width, height = max(int(page.width() * scale), 320), max(int(page.height() * scale * 0.9), 240)
    image = view_image(tab, width, height, caption=True)
    target = QRectF(page.left(), page.top(), page.width(), page.width() * image.height() / image.width())
    painter.drawImage(target, image)


def _print_table(table, title: str, printer: QPrinter, painter: QPainter) -> int:
    query = table.query
    page = _page(printer)
    columns = table.visible_columns()
    if query is None or not columns:
        raise ExportError(translate("Printing", "There is no table to print"))
    font = QFont(table.font())
    font.setPointSizeF(8.5)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font, printer)
    row_height = metrics.height() + 2 * _CELL_PAD
    widths = _fit_widths([_natural_width(query, column, metrics) for column in columns],
                         [metrics.horizontalAdvance(translate("Tables", query.columns[c].header)) * 1.1 + 2 * _CELL_PAD for c in columns],
                         page.width())
    ink, rule = qcolor(theme().text), qcolor(theme().axis_line)
    rows_per_page = max(int((page.height() - 3 * row_height) // row_height), 1)
    total = len(query)
    pages = max((total + rows_per_page - 1) // rows_per_page, 1)
    for number in range(pages):
        if number:
            printer.newPage()
        y = page.top()
        painter.setPen(QPen(ink))
        painter.setFont(bold)
        painter.drawText(QRectF(page.left(), y, page.width(), row_height), Qt.AlignmentFlag.AlignVCenter,
                         translate("Printing", "{title} — page {page} of {pages}").format(
                             title=title, page=number + 1, pages=pages))
        y += row_height
        x = page.left()
        for column, width in zip(columns, widths, strict=True):
            _cell(painter, metrics, QRectF(x, y, width, row_height), translate("Tables", query.columns[column].header))
            x += width
        painter.setFont(font)
        y += row_height
        painter.setPen(QPen(rule))
        painter.drawLine(page.left(), y, page.right(), y)
        painter.setPen(QPen(ink))
        for row in range(number * rows_per_page, min(total, (number + 1) * rows_per_page)):
            x = page.left()
            for column, width in zip(columns, widths, strict=True):
                _cell(painter, metrics, QRectF(x, y, width, row_height), query.cell(row, column))
                x += width
            y += row_height
    return pages


def _fit_widths(natural: list[float], floors: list[float], room: float) -> list[float]:
    """Every column at least as wide as its header where room allows; the rest shared by what the cells want."""
    if sum(floors) >= room:
        return [room * f / sum(floors) for f in floors]
    wants = [max(n - f, 0.0) for n, f in zip(natural, floors, strict=True)]
    spare = room - sum(floors)
    if sum(wants) <= spare:
        extra = [spare * w / sum(wants) if sum(wants) else spare / len(wants) for w in wants]
    else:
        extra = [spare * w / sum(wants) for w in wants]
    return [f + e for f, e in zip(floors, extra, strict=True)]


def _natural_width(query, column: int, metrics: QFontMetricsF) -> float:
    """How wide a column wants to be on paper: its header, or most of its first rows' cells (capped)."""
    header = metrics.horizontalAdvance(query.columns[column].header) * 1.1  # drawn bold
    samples = sorted(metrics.horizontalAdvance(query.cell(row, column)[:_SAMPLE_CHARS])
                     for row in range(min(len(query), _SAMPLE_ROWS)))
    typical = samples[int(len(samples) * 0.9)] if samples else 0.0
    return max(header, typical, metrics.horizontalAdvance("0000")) + 2 * _CELL_PAD


def _cell(painter: QPainter, metrics: QFontMetricsF, rect: QRectF, text: str) -> None:
    inner = rect.adjusted(_CELL_PAD, 0, -_CELL_PAD, 0)
    shown = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
