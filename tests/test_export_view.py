"""MainWindow.export_view: the file is exactly the view on screen, and an image with its CSV is one atomic pair."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSpinBox

from kzeuviewer.exporters import ExportError


def trade(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.current_tab()
    assert tab.key == "trade"
    tab.select_chart("kz-eu-trade", "BNS")
    return tab


def csv_years(path) -> list[int]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sorted({int(row["year"]) for row in csv.DictReader(handle)})


def test_a_zoomed_chart_exports_only_the_years_in_view(bundled_window, qtbot, tmp_path):
    main_window = bundled_window
    tab = trade(main_window, qtbot)
    qtbot.waitExposed(tab.plot)
    all_years = csv_years(main_window.export_view(tmp_path / "all.csv")[0])
    assert all_years == sorted(set(tab.data.frame["year"].astype(int))) and len(all_years) >= 5
    # Zoom in on the year axis around 2019.5, as the mouse wheel does.
    viewbox = tab.plot.getPlotItem().getViewBox()
    viewbox.scaleBy(x=0.45, center=QPointF(2019.5, 0))
    year_from = main_window.findChild(QSpinBox, "tradeYearFrom")
    year_to = main_window.findChild(QSpinBox, "tradeYearTo")
    shown = (year_from.value(), year_to.value())
    assert shown != (all_years[0], all_years[-1]) and shown[0] <= 2019 <= 2020 <= shown[1]
    years = csv_years(main_window.export_view(tmp_path / "zoomed.csv")[0])
    assert years == list(range(shown[0], shown[1] + 1))
    low, _high = viewbox.viewRange()[1]
    assert low <= 0  # bars still start at zero
    assert f"{shown[0]}–{shown[1]}" in tab.view_caption().title + " " + tab.view_caption().note


def test_image_and_csv_are_written_together_or_not_at_all(main_window, qtbot, tmp_path):
    tab = trade(main_window, qtbot)
    out = tmp_path / "out"
    out.mkdir()
    png, csv_path = out / "chart.png", out / "chart.csv"
    from kzeuviewer.ui.export.files import export_view

    written = export_view(tab, png, 640, 360, with_csv=True)
    assert written == [png, csv_path]
    old_png, old_csv = png.read_bytes(), csv_path.read_bytes()
    assert QImage(str(png)).size().width() == 640
    # The CSV's place is taken by a folder: the CSV cannot be written, so the PNG must not change either.
    csv_path.unlink()
    csv_path.mkdir()
    tab.state.show_years(2019, 2020)  # a different view, so a new PNG would differ
    try:
        export_view(tab, png, 640, 360, with_csv=True)
    except ExportError as err:
        assert "chart.csv" in str(err)
    else:
        raise AssertionError("the export should have failed")
    assert png.read_bytes() == old_png
    assert sorted(p.name for p in out.iterdir()) == ["chart.csv", "chart.png"]  # no part files
    csv_path.rmdir()
    csv_path.write_bytes(old_csv)


def test_the_people_tab_exports_its_table_and_refuses_images(main_window, qtbot, tmp_path):
    main_window.show_tab("people")
    main_window.tab("people").state.search = "bor"
    path = main_window.export_view(tmp_path / "people.csv")[0]
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    assert [r[0] for r in rows[1:]] == ["Josep Borrell"]
    try:
        main_window.export_view(tmp_path / "people.png")
    except ExportError as err:
        assert "CSV or XLSX" in str(err) or ".png" in str(err)
    else:
        raise AssertionError("a picture of the People table is not an export it offers")
    assert not (tmp_path / "people.png").exists()


def test_csv_from_the_window_never_carries_a_formula(main_window, qtbot, tmp_path, make_dataset):
    from conftest import MINIMAL_DATASET

    events = MINIMAL_DATASET["events.csv"].replace("Nurtleu in Brussels", '"=HYPERLINK(""http://x.example"",""y"")"')
    assert main_window.open_dataset(make_dataset({"events.csv": events}))
    main_window.show_tab("timeline")
    path = main_window.export_view(tmp_path / "events.csv")[0]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for spreadsheets
    titles = [row["title"] for row in csv.DictReader(open(path, encoding="utf-8-sig", newline=""))]
    assert "'=HYPERLINK(\"http://x.example\",\"y\")" in titles
    assert not any(t.startswith("=") for t in titles)
