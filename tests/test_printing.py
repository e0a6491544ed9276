"""File ▸ Print: a picture view on one page, a table across pages with its header on each."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter


def pdf_printer(path, page=QPageSize.PageSizeId.A4, landscape=False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(page))
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def page_count(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def pdf_text(path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_people_table_prints_on_pages_with_the_header_repeated(bundled_window, tmp_path):
    bundled_window.show_tab("people")
    people = bundled_window.tab("people")
    rows = people.model.rowCount()
    target = tmp_path / "people.pdf"
    pages = bundled_window.print_view(pdf_printer(target, QPageSize.PageSizeId.A5, landscape=True))
    assert pages >= 2 and page_count(target) == pages
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed; page count checked")
    chunks = text.split("\f")
    for number, chunk in enumerate([c for c in chunks if c.strip()], start=1):
        assert f"page {number} of {pages}" in chunk
        assert "Name" in chunk and "Role" in chunk and "Side" in chunk  # the header on every page
    first = people.model.index(0, 0).data()
    last = people.model.index(rows - 1, 0).data()
    assert first[:5] in chunks[0] and last[:5] in [c for c in chunks if c.strip()][-1]


def test_the_chart_prints_on_one_page_with_its_caption(bundled_window, tmp_path):
    bundled_window.show_tab("trade")
    target = tmp_path / "chart.pdf"
    assert bundled_window.print_view(pdf_printer(target)) == 1
    assert page_count(target) == 1
    assert target.stat().st_size > 20_000  # the chart's picture is on the page


def test_the_timeline_prints_on_one_page(bundled_window, tmp_path):
    bundled_window.show_tab("timeline")
    target = tmp_path / "timeline.pdf"
    assert bundled_window.print_view(pdf_printer(target)) == 1
    assert page_count(target) == 1
