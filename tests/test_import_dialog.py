"""File ▸ Import statistics… as a person uses it: add files, read the preview, Apply or Cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from kzeuviewer.model import bundled_data_dir, load_dataset
from kzeuviewer.ui.importing import ImportDialog
from kzeuviewer.ui.importing import files as import_files

SAMPLES = Path(__file__).parent / "fixtures" / "samples"
MONTHLY = sorted((SAMPLES / "eurostat-monthly").glob("*.csv"))
BNS_2022 = next((SAMPLES / "bns").glob("*_2022.xls"))
# The months of 2024 that the bundle has (from the samples); the fixture removes them from its copy.
MONTHS_2024 = {"2024-02": "895498137", "2024-03": "923330640", "2024-04": "989794632",
               "2024-06": "1070077175", "2024-07": "919524382", "2024-08": "921956331"}
# A row the importer created (changed in the copy: the import puts the file's value back) ...
IMPORTED_2023_04 = "import-eurostat-2023-04-export-kazakhstan-eu27-2020-composition"
# ... and a row entered by hand (changed in the copy: the import must not overwrite it unasked).
HAND_BNS_2022_EXPORT = "BNS,2022,export,33866512.6,USD thousand,Kazakhstan,EU,EU28 incl. UK,bns-2023-xls,"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def trade_line(folder: Path, *parts: str) -> str:
    """The one line of trade.csv that contains every one of ``parts``."""
    lines = [line for line in (folder / "trade.csv").read_text(encoding="utf-8").splitlines()
             if all(p in line for p in parts)]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def dataset_copy(tmp_path) -> Path:
    """The bundled dataset, copied, without its 2024 months, with one imported and one hand-entered value edited."""
    folder = Path(shutil.copytree(bundled_data_dir(), tmp_path / "data"))
    trade = folder / "trade.csv"
    text = trade.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not any(f",{month}," in line for month in MONTHS_2024)]
    assert len(lines) - len(kept) == len(MONTHS_2024)
    text = "".join(kept)
    old_2023_04 = trade_line(folder, IMPORTED_2023_04).split(",")[3]
    assert text.count(f"export,{old_2023_04},EUR") == 1
    text = text.replace(f"export,{old_2023_04},EUR", "export,1,EUR")
    assert text.count(HAND_BNS_2022_EXPORT) == 1
    text = text.replace(HAND_BNS_2022_EXPORT, HAND_BNS_2022_EXPORT.replace("33866512.6", "33000000.0"))
    trade.write_text(text, encoding="utf-8")
    assert load_dataset(folder).problems == []
    return folder


@pytest.fixture
def downloads(tmp_path) -> Path:
    """A folder of mixed downloads: every Eurostat monthly CSV and the 2022 BNS workbook."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    for path in [*MONTHLY, BNS_2022]:
        shutil.copy2(path, folder / path.name)
    return folder


def open_import_dialog(window) -> ImportDialog:
    """File ▸ Import statistics…, as a person picks it."""
    action = window.findChild(QAction, "importStatisticsAction")
    assert action is not None and action.text() == "&Import statistics…"
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def add_folder_by_clicking(dialog, qtbot, monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.add_folder_button, Qt.MouseButton.LeftButton)


def add_files_by_clicking(dialog, qtbot, monkeypatch, paths) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)


def counts(dialog) -> dict[str, int]:
    return {key: int(dialog.findChild(QWidget, f"import{key.title()}Count").text().replace(",", ""))
            for key in ("added", "changed", "conflicts", "unchanged")}


def rows_of(dialog, kind: str) -> list[tuple[str, ...]]:
    return [row for row in dialog.preview_rows() if row[0] == kind]


def monthly_points_2024(window) -> dict[str, str]:
    """The Trade tab's table on the monthly chart: {month: "value unit" as shown} for 2024."""
    tab = window.tab("trade")
    tab.select_chart("eu-exports-monthly")
    query = tab.table.model().query
    years, values, units, statuses = (list(query.column_values(c)) for c in (0, 2, 3, 4))
    return {s.removeprefix("one month: "): f"{v} {u}" for year, v, u, s in zip(years, values, units, statuses, strict=True)
            if year == "2024" and s.startswith("one month: ")}


def test_preview_then_apply_writes_the_rows_and_reloads_the_window(main_window, qtbot, monkeypatch, dataset_copy,
                                                                  downloads):
    assert main_window.open_dataset(dataset_copy)
    assert monthly_points_2024(main_window) == {}
    dialog = open_import_dialog(main_window)
    add_folder_by_clicking(dialog, qtbot, monkeypatch, downloads)
    assert dialog.file_list.count() == len(MONTHLY) + 1 and dialog.problems == []

    # 6 months added, 1 imported month put back, the 2022 hand-entered export left as it is;
    # unchanged: the other 44 months and 23 of the workbook's 24 figures.
    assert counts(dialog) == {"added": 6, "changed": 1, "conflicts": 1, "unchanged": 44 + 23}
    added = rows_of(dialog, "Added")
    august = [row for row in added if "2024-08 export" in row[1]]
    assert len(added) == 6 and len(august) == 1
    assert august[0][2:5] == ("", "921956331", "EUR") and august[0][5].startswith("Relational_View_")
    (changed,) = rows_of(dialog, "Value changed")
    assert "Eurostat 2023 2023-04 export" in changed[1] and changed[2] == "1" and changed[3] != "1"
    (conflict,) = rows_of(dialog, "Kept (entered by hand)")
    assert "BNS 2022 export · Kazakhstan → EU (EU28 incl. UK)" in conflict[1]
    assert conflict[2:5] == ("33000000.0", "33866512.6", "USD thousand")
    assert not dialog.overwrite_box.isChecked() and dialog.overwrite_box.isEnabled()
    assert dialog.findChild(QWidget, "importSummary").text() == "Apply will write 7 rows into the dataset."

    # Typing the source address and pressing Enter previews again, but never applies: the months the
    # importer wrote before (from a mirror) now name the new address as their source.
    before = snapshot(dataset_copy)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: pytest.fail("Enter pressed a button"))
    dialog.source_url.setFocus()
    qtbot.keyClicks(dialog.source_url, "https://example.org/comext")
    qtbot.keyClick(dialog.source_url, Qt.Key.Key_Return)
    assert dialog.isVisible() and snapshot(dataset_copy) == before
    assert counts(dialog) == {"added": 6, "changed": 1 + 44, "conflicts": 1, "unchanged": 23}
    assert len(rows_of(dialog, "Source updated")) == 44 and rows_of(dialog, "Value changed") == [changed]
    assert dialog.findChild(QWidget, "importSummary").text() == "Apply will write 51 rows into the dataset."

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert main_window.statusBar().currentMessage() == "Imported 51 rows."
    assert main_window.context.dataset.path == dataset_copy
    # The window shows the new months; the files on disk have them, with the source address.
    shown = monthly_points_2024(main_window)
    assert set(shown) == set(MONTHS_2024) and shown["2024-08"] == "0.921956 EUR billion"
    assert trade_line(dataset_copy, ",2024-08,").startswith("Eurostat,2024,export,921956331,EUR,EU,Kazakhstan,")
    assert trade_line(dataset_copy, IMPORTED_2023_04).split(",")[3] == changed[3]
    assert "https://example.org/comext" in next(
        line for line in (dataset_copy / "sources.csv").read_text(encoding="utf-8").splitlines()
        if line.startswith("import-eurostat-2024-08-"))
    # The hand-entered row was not overwritten.
    assert trade_line(dataset_copy, "BNS,2022,export,", "EU28 incl. UK,bns-2023-xls").split(",")[3] == "33000000.0"


def test_cancel_writes_nothing(main_window, qtbot, monkeypatch, dataset_copy, downloads):
    assert main_window.open_dataset(dataset_copy)
    before, neighbours = snapshot(dataset_copy), sorted(dataset_copy.parent.iterdir())
    dialog = open_import_dialog(main_window)
    add_folder_by_clicking(dialog, qtbot, monkeypatch, downloads)
    assert counts(dialog)["added"] == 6 and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert snapshot(dataset_copy) == before and sorted(dataset_copy.parent.iterdir()) == neighbours
    assert monthly_points_2024(main_window) == {}


def test_a_bad_file_shows_its_problem_and_nothing_can_be_applied(main_window, qtbot, monkeypatch, dataset_copy,
                                                                 tmp_path):
    assert main_window.open_dataset(dataset_copy)
    before = snapshot(dataset_copy)
    bad = tmp_path / "comext.csv"
    text = MONTHLY[0].read_text(encoding="utf-8")
    bad.write_text(text.replace("VALUE_IN_EUR", "AMOUNT", 1), encoding="utf-8")
    dialog = open_import_dialog(main_window)
    add_files_by_clicking(dialog, qtbot, monkeypatch, [*MONTHLY, bad])
    problems = dialog.findChild(QWidget, "importProblems")
    assert problems.isVisible() and problems.toPlainText().startswith("comext.csv:1: ")
    assert dialog.findChild(QWidget, "importProblemsHeading").text() == (
        "The files have 1 problem, so nothing can be imported until it is fixed.")
    assert not dialog.apply_button.isEnabled() and dialog.preview_rows() == []
    assert dialog.apply() is False
    assert snapshot(dataset_copy) == before

    # Removing the bad file makes the preview appear.
    dialog.file_list.item(dialog.file_list.count() - 1).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not problems.isVisible() and counts(dialog)["added"] == 6 and dialog.apply_button.isEnabled()


def test_rows_entered_by_hand_are_replaced_only_when_the_box_is_ticked(main_window, qtbot, monkeypatch, dataset_copy):
    assert main_window.open_dataset(dataset_copy)
    dialog = open_import_dialog(main_window)
    add_files_by_clicking(dialog, qtbot, monkeypatch, [BNS_2022])
    # The bundle has every figure of the workbook; only the edited hand-entered row differs.
    assert counts(dialog) == {"added": 0, "changed": 0, "conflicts": 1, "unchanged": 23}
    assert len(rows_of(dialog, "Kept (entered by hand)")) == 1 and not dialog.apply_button.isEnabled()
    assert dialog.findChild(QWidget, "importSummary").text() == (
        "Nothing will be written unless you choose to replace the rows you entered by hand.")
    dialog.overwrite_box.setFocus()
    qtbot.keyClick(dialog.overwrite_box, Qt.Key.Key_Space)
    assert dialog.overwrite_box.isChecked() and dialog.plan.overwrite
    (replaced,) = rows_of(dialog, "Replaced (entered by hand)")
    assert replaced[2:4] == ("33000000.0", "33866512.6")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert main_window.statusBar().currentMessage() == "Imported 1 row."
    line = trade_line(dataset_copy, "BNS,2022,export,", ",EU,EU28 incl. UK,")
    assert line.split(",")[3] == "33866512.6" and ",import-bns-2022-export-eu-eu28-incl-uk," in line


def test_a_dataset_changed_since_the_preview_is_previewed_again(main_window, qtbot, monkeypatch, dataset_copy):
    assert main_window.open_dataset(dataset_copy)
    dialog = open_import_dialog(main_window)
    add_files_by_clicking(dialog, qtbot, monkeypatch, MONTHLY)
    assert counts(dialog)["added"] == 6
    # Someone adds the August row by hand meanwhile, with another value.
    august = "Eurostat,2024,export,5,EUR,EU,Kazakhstan,EU27 (2020 composition),s-hand,2024-08,,,,,,\n"
    sources_line = "s-hand,Typed in,Someone,,2024,,\n"
    with open(dataset_copy / "trade.csv", "a", encoding="utf-8") as handle:
        handle.write(august)
    with open(dataset_copy / "sources.csv", "a", encoding="utf-8") as handle:
        handle.write(sources_line)
    edited = snapshot(dataset_copy)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and snapshot(dataset_copy) == edited
    notice = dialog.findChild(QWidget, "importNotice")
    assert notice.isVisible() and "changed since the preview" in notice.text()
    assert notice.text().endswith("check it and press Apply again.")
    assert counts(dialog)["added"] == 5 and counts(dialog)["conflicts"] == 1
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and main_window.statusBar().currentMessage() == "Imported 6 rows."
    assert trade_line(dataset_copy, ",2024-08,").split(",")[3] == "5"


def test_the_bundled_dataset_is_never_written(main_window, qtbot, monkeypatch, tmp_path):
    # A copy stands in for the bundled dataset, so that a fault here can never write the real one.
    bundled = Path(shutil.copytree(bundled_data_dir(), tmp_path / "bundled"))
    monkeypatch.setattr(import_files, "bundled_data_dir", lambda: bundled)
    assert main_window.open_dataset(bundled)
    before = snapshot(bundled)
    september = tmp_path / "september.csv"
    september.write_text(MONTHLY[0].read_text(encoding="utf-8").replace("Aug. 2024", "Sep. 2024"), encoding="utf-8")
    dialog = open_import_dialog(main_window)
    add_files_by_clicking(dialog, qtbot, monkeypatch, [september])
    refusal = dialog.findChild(QWidget, "importRefusal")
    assert refusal.isVisible() and "Open a copy of the dataset folder first" in refusal.text()
    assert counts(dialog)["added"] == 1  # the preview is still shown
    assert not dialog.apply_button.isEnabled() and dialog.apply() is False
    assert snapshot(bundled) == before


def test_a_dataset_inside_an_installed_package_or_read_only_is_refused(tmp_path, monkeypatch):
    installed = Path(shutil.copytree(bundled_data_dir(), tmp_path / "lib" / "site-packages" / "kzeuviewer" / "data"))
    assert "Open a copy of the dataset folder first" in import_files.refusal(installed)
    own = Path(shutil.copytree(bundled_data_dir(), tmp_path / "own"))
    assert import_files.refusal(own) is None
    denied = own / "trade.csv"
    monkeypatch.setattr(import_files.os, "access", lambda path, mode: Path(path) != denied)
    assert import_files.refusal(own) == (
        f"The dataset folder {own.resolve()} cannot be written. "
        "Open a copy of the dataset folder first (File ▸ Open dataset…).")


def test_the_kind_of_a_file_comes_from_its_name_or_its_content(tmp_path):
    csv_without_suffix = tmp_path / "download"
    csv_without_suffix.write_bytes(MONTHLY[0].read_bytes())
    workbook_without_suffix = tmp_path / "table"
    workbook_without_suffix.write_bytes(BNS_2022.read_bytes())
    picture = tmp_path / "chart.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert [import_files.kind_of(p) for p in (MONTHLY[0], BNS_2022, csv_without_suffix, workbook_without_suffix)] == [
        "eurostat", "bns", "eurostat", "bns"]
    assert import_files.kind_of(picture) is None
    figures, problems = import_files.read_mixed_files([csv_without_suffix, workbook_without_suffix, picture])
    assert {f.series for f in figures} >= {"Eurostat", "BNS"}
    assert [str(p) for p in problems] == [
        "chart.png: is neither a BNS workbook (.xls) nor a Eurostat Comext CSV download (.csv)"]


def test_every_widget_is_named(main_window):
    dialog = open_import_dialog(main_window)
    for name in ("importFiles", "importAddFiles", "importAddFolder", "importRemoveFiles", "importSourceUrl",
                 "importTarget", "importPreview", "importOverwrite", "importApply", "importCancel",
                 "importAddedCount", "importChangedCount", "importConflictsCount", "importUnchangedCount"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    assert dialog.findChild(QWidget, "importSummary").text() == "Add files to see what will change."
    assert not dialog.apply_button.isEnabled()
