"""Messages the model builds (validation problems, export, view-file and import errors, rows no chart shows)
reach the window in its language, while the command line keeps printing exactly the English it always did."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from conftest import MINIMAL_DATASET
from kzeuviewer.model import DatasetError, load_dataset
from kzeuviewer.model.coverage import unshown_rows, unshown_summary
from kzeuviewer.model.problems import Problem
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message, Number
from kzeuviewer.ui import i18n
from kzeuviewer.ui.common import dialogs

ROOT = Path(__file__).resolve().parents[1]
# Words of the English messages: none may be left in a translated problem line.
ENGLISH_WORDS = re.compile(
    r"\b(is|not|a|an|the|of|one|number|date|duplicate|first|on|line|required|value|unknown|source|"
    r"missing|column|expected|fields|found|row|skipped|fatal|problems?|cannot|write|folder|file|exist)\b"
)


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.set_language("en")


def rows(table: str, *lines: str) -> str:
    return MINIMAL_DATASET[table] + "".join(f"        {line}\n" for line in lines)


BROKEN_ROWS = {
    "people.csv": rows("people.csv", "nurtleu-murat,Dup,Role,Org,KZ,s1", "x-1,,Role,Org,XX,s9"),
    "trade.csv": rows("trade.csv", "BNS,2021,export,abc,USD billion,Kazakhstan,EU,EU27,s2",
                      "BNS,20x1,export,1,USD billion,Kazakhstan,EU,EU27,s2"),
}
# What `kzeuviewer check` printed for BROKEN_ROWS before the messages became translatable: byte for byte.
CHECK_OUTPUT = """\
6 problems (6 rows skipped, 0 warnings):
  people.csv:5: person_id: duplicate id 'nurtleu-murat' (first on line 2)
  people.csv:6: name: a value is required
  people.csv:6: side: 'XX' is not one of: KZ, EU, EU member state, other
  people.csv:6: source_ids: unknown source id 's9'
  trade.csv:8: value: 'abc' is not a number
  trade.csv:9: year: '20x1' is not a number
"""


def captured_problems_dialog(window, monkeypatch):
    """Click the problems counter as a person does; the dialog is kept instead of blocking."""
    shown = []
    monkeypatch.setattr(dialogs.ProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    window.problems_button.click()
    assert len(shown) == 1
    return shown[0]


# -- the Problems dialog and the load-error dialog -----------------------------------------------------------
@pytest.mark.parametrize("code, expected", [
    ("ru", ["повторный идентификатор 'nurtleu-murat' (впервые в строке 2)", "значение обязательно",
            "'XX' не является одним из: KZ, EU, EU member state, other", "неизвестный идентификатор источника 's9'",
            "'abc' — не число", "'20x1' — не число"]),
    ("kk", ["қайталанған идентификатор 'nurtleu-murat' (алғаш 2-жолда)", "мән міндетті",
            "'XX' KZ, EU, EU member state, other мәндерінің бірі емес", "белгісіз дереккөз идентификаторы 's9'",
            "'abc' сан емес", "'20x1' сан емес"]),
])
def test_the_problems_dialog_speaks_the_window_language(make_dataset, settings, qtbot, monkeypatch, code, expected):
    from kzeuviewer.ui import create_main_window

    window = create_main_window(data_dir=make_dataset(BROKEN_ROWS), settings=settings, language=code)
    qtbot.addWidget(window)
    dialog = captured_problems_dialog(window, monkeypatch)
    lines = dialog.text.toPlainText().splitlines()
    prefixes = ["people.csv:5: person_id: ", "people.csv:6: name: ", "people.csv:6: side: ",
                "people.csv:6: source_ids: ", "trade.csv:8: value: ", "trade.csv:9: year: "]
    # FILE:LINE: COLUMN: stays as it is, the quoted values are the data's own, the words are translated.
    assert lines == [prefix + text for prefix, text in zip(prefixes, expected, strict=True)]
    for line in lines:
        message = line.split(": ", 3)[-1]
        message = re.sub(r"'[^']*'|KZ, EU, EU member state, other", "", message)
        assert not ENGLISH_WORDS.search(message), line
    # The header counts in the language's plural forms; switching the language live rewrites the lines.
    header = dialog.header.text()
    assert {"ru": "6 проблем в <code>", "kk": "ішінде 6 ақау:"}[code] in header
    window.set_language("en")
    assert dialog.text.toPlainText().splitlines()[0] == "people.csv:5: person_id: duplicate id 'nurtleu-murat' (first on line 2)"


def fatal_overrides(count: int) -> dict:
    """A dataset with exactly ``count`` fatal problems (files missing)."""
    files = ["sources.csv", "people.csv", "events.csv", "participants.csv", "awards.csv"]
    return {name: None for name in files[:count]}


@pytest.mark.parametrize("code, forms", [
    ("ru", {1: "1 критическая проблема", 2: "2 критические проблемы", 5: "5 критических проблем"}),
    ("kk", {1: "1 шешуші ақау", 2: "2 шешуші ақау", 5: "5 шешуші ақау"}),
    ("en", {1: "1 fatal problem", 2: "2 fatal problems", 5: "5 fatal problems"}),
])
def test_the_load_error_dialog_counts_and_lists_in_the_language(main_window, make_dataset, errors, code, forms):
    main_window.set_language(code)
    for count, form in forms.items():
        folder = make_dataset(fatal_overrides(count))
        assert not main_window.open_dataset(folder)
        title, text, details = errors[-1]
        assert f"({form})" in text and str(folder) in text
        assert details.splitlines()[0] == {"ru": "sources.csv: файла нет", "kk": "sources.csv: файл жоқ",
                                           "en": "sources.csv: the file is missing"}[code]
        assert len(details.splitlines()) == count
    assert len(errors) == 3


def test_the_command_line_keeps_its_english_byte_for_byte(make_dataset):
    folder = make_dataset(BROKEN_ROWS)
    result = subprocess.run([sys.executable, "-m", "kzeuviewer", "check", str(folder)],
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "LANG": "ru_RU.UTF-8"})
    assert result.returncode == 1
    assert result.stdout.endswith(CHECK_OUTPUT), result.stdout
    broken = make_dataset(fatal_overrides(2))
    result = subprocess.run([sys.executable, "-m", "kzeuviewer", "check", str(broken)],
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "LANG": "ru_RU.UTF-8"})
    assert result.stderr == (f"Dataset at {broken} cannot be loaded (2 fatal problems):\n"
                             "  sources.csv: the file is missing\n  people.csv: the file is missing\n")


# -- the Message value ------------------------------------------------------------------------------------------
def test_a_message_is_its_english_text_and_translates_in_the_window(qapp):
    message = Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a number"), value="'abc'")
    assert message == "'abc' is not a number" and str(message) == "'abc' is not a number"
    assert str(Problem("trade.csv", 9, "value", message)) == "trade.csv:9: value: 'abc' is not a number"
    i18n.set_language("ru")
    assert i18n.render(message) == "'abc' — не число"
    assert i18n.render(Problem("trade.csv", 9, "value", message)) == "trade.csv:9: value: 'abc' — не число"
    # Numbers inside a message are written the language's way.
    big = Message(QT_TRANSLATE_NOOP("Problems", "the file is larger than {limit} bytes, the most a dataset file may have"),
                  limit=Number(1_000_000))
    assert str(big).startswith("the file is larger than 1,000,000 bytes")
    assert i18n.render(big) == "файл больше 1\xa0000\xa0000 байт — предельного размера файла набора данных"
    # A copy (a pickle) is the same message, still translatable.
    import copy
    import pickle

    for clone in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert clone == message and i18n.render(clone) == "'abc' — не число"
    # Any text that is not a Message stays as it is.
    assert i18n.render("plain text") == "plain text"


def test_a_dataset_error_is_rendered_whole(make_dataset, qapp):
    with pytest.raises(DatasetError) as caught:
        load_dataset(make_dataset(fatal_overrides(1)))
    english = str(caught.value)
    assert english.endswith("(1 fatal problem):\nsources.csv: the file is missing")
    i18n.set_language("kk")
    assert i18n.render(caught.value).endswith("(1 шешуші ақау):\nsources.csv: файл жоқ")
    assert str(caught.value) == english  # the exception itself keeps its English


def test_rows_no_chart_shows_are_explained_in_the_language(make_dataset, qapp):
    folder = make_dataset({
        "trade.csv": rows("trade.csv", "Eurostat,2022,export,5,EUR billion,EU,World,World,s1",
                          "Eurostat,2023,export,6,EUR billion,EU,World,World,s1"),
        "indicators.csv": rows("indicators.csv", "Official statements,2022,Trade turnover growth (stated),4,USD billion,s1"),
    })
    groups = unshown_rows(load_dataset(folder))
    assert [str(g) for g in groups] == [
        "2 trade rows (trade.csv lines 8, 9): no chart shows export figures reported by EU with partner World",
        "1 indicators row (indicators.csv line 3): no chart shows the indicator 'Trade turnover growth (stated)' "
        "in the unit USD billion",
    ]
    assert unshown_summary(groups) == "2 trade rows and 1 indicator row are shown in no chart:"
    i18n.set_language("ru")
    assert [i18n.render(g.message) for g in groups] == [
        "2 строки торговли (trade.csv, строки 8, 9): ни одна диаграмма не показывает данные export, "
        "представленные EU с партнёром World",
        "1 строка показателей (indicators.csv, строки 3): ни одна диаграмма не показывает показатель "
        "«Trade turnover growth (stated)» в единице USD billion",
    ]
    assert i18n.render(unshown_summary(groups)) == "2 строки торговли и 1 строка показателей не показаны ни на одной диаграмме:"


# -- export, view files, import -------------------------------------------------------------------------------
@pytest.mark.parametrize("code, words", [
    ("ru", ("Не удалось записать", "папки", "не существует", "Это каталог")),
    ("kk", ("жазу мүмкін болмады", "бумасы жоқ", "Бұл каталог")),
])
def test_a_failed_export_is_explained_in_the_language(main_window, tmp_path, errors, code, words):
    from kzeuviewer.ui.export.dialog import ExportDialog

    main_window.set_language(code)
    main_window.show_tab("trade")
    main_window.export_action.trigger()
    dialog = main_window.findChild(ExportDialog, "exportDialog")
    missing_folder = tmp_path / "no such folder" / "chart.png"
    dialog.path_edit.setText(str(missing_folder))
    dialog._export()
    blocked = tmp_path / "chart.png"
    blocked.mkdir()  # a folder stands where the image should go
    dialog.path_edit.setText(str(blocked))
    dialog._export()
    assert len(errors) == 2 and dialog.isVisible()  # the dialog stays open to pick another place
    texts = [text for _title, text, _details in errors]
    assert str(missing_folder) in texts[0] and str(blocked) in texts[1]
    for word in words:
        assert word in " ".join(texts), texts
    words_only = " ".join(texts)
    for path in (missing_folder, missing_folder.parent, blocked):
        words_only = words_only.replace(str(path), "")
    assert not ENGLISH_WORDS.search(words_only), texts


def test_a_broken_view_file_is_explained_in_the_language(main_window, tmp_path, errors):
    from kzeuviewer.ui import views

    main_window.set_language("ru")
    not_a_view = tmp_path / "notes.kzeuview"
    not_a_view.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    assert not main_window.open_view(not_a_view)
    assert errors[-1][1].startswith(f"{not_a_view}: это не файл вида kzeuviewer (его формат — 'something else')")
    newer = tmp_path / "newer.kzeuview"
    newer.write_text(json.dumps({"format": "kzeuviewer-view", "version": 99}), encoding="utf-8")
    assert not main_window.open_view(newer)
    assert "записан более новой версией kzeuviewer" in errors[-1][1]

    main_window.set_language("kk")
    odd = tmp_path / "odd.kzeuview"
    view = json.loads(views.view_json(main_window, None))
    view["tab"] = "moon"
    view["selection"] = {"events": "not a list"}
    odd.write_text(json.dumps(view), encoding="utf-8")
    assert main_window.open_view(odd)
    title, text, details = errors[-1]
    assert "қойынды: 'moon' мыналардың бірі емес: timeline, people, trade" in details
    assert "selection.events: идентификаторлар тізімі күтілді" in details


def test_the_import_dialog_lists_file_problems_in_the_language(main_window, tmp_path, monkeypatch):
    from kzeuviewer.ui.importing import ImportDialog

    not_comext = tmp_path / "figures.csv"
    not_comext.write_text("a,b\n1,2\n", encoding="utf-8")
    unknown = tmp_path / "notes.xls"
    unknown.write_bytes(b"not a workbook")
    main_window.set_language("kk")
    main_window.findChild(type(main_window.open_action), "importStatisticsAction").trigger()
    dialog = main_window.findChild(ImportDialog, "importDialog")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(not_comext), str(unknown)], ""))
    dialog.add_files_button.click()
    lines = dialog.problems_view.toPlainText().splitlines()
    assert lines == [
        "notes.xls: Excel 97–2003 (.xls) кітабы емес",
        "figures.csv:1: бұл Comext реляциялық көрінісі емес (REPORTER, PARTNER, PRODUCT, FLOW, STAT_PROCEDURE, PERIOD, "
        "VALUE_IN_EUR бағандары жоқ; артық бағандар: a, b); "
        "күтілген бағандар: REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR",
    ], lines
    main_window.set_language("ru")  # the open dialog follows a language change
    assert dialog.problems_view.toPlainText().splitlines()[0] == "notes.xls: не является книгой Excel 97–2003 (.xls)"


def test_the_problems_dialog_wraps_long_lines(make_dataset, settings, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPlainTextEdit

    from kzeuviewer.ui import create_main_window

    window = create_main_window(data_dir=make_dataset(BROKEN_ROWS), settings=settings, language="ru")
    qtbot.addWidget(window)
    dialog = captured_problems_dialog(window, monkeypatch)
    assert dialog.text.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth


def test_every_message_template_is_translated_with_its_placeholders():
    """A translation that loses '{value}' would drop the data from the message: each keeps every placeholder."""
    import xml.etree.ElementTree as ET

    contexts = {"Problems", "Coverage", "Export", "Import", "Views", "SystemErrors"}
    checked = 0
    for code in ("ru", "kk"):
        root = ET.parse(ROOT / "resources" / "i18n" / f"kzeuviewer_{code}.ts").getroot()
        for context in root.iter("context"):
            if context.findtext("name") not in contexts:
                continue
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                for form in forms:
                    assert sorted(re.findall(r"\{\w+\}", form)) == sorted(re.findall(r"\{\w+\}", source)), (code, source, form)
                    assert ("%Ln" in form) == ("%Ln" in source), (code, source, form)
                    checked += 1
    assert checked > 300

