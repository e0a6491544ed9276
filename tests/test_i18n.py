"""The interface in English, Russian and Kazakh: every text translated, switched live, dates and numbers per language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from kzeuviewer.model import load_dataset
from kzeuviewer.model.dates import format_date_range, format_partial_date
from kzeuviewer.model.locale_format import EnglishLocale, display_locale, set_display_locale
from kzeuviewer.model.tables import table_query
from kzeuviewer.ui import i18n
from kzeuviewer.ui import settings as prefs

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "i18n"
NBSP = "\xa0"

# Texts that are the same in every language, and rightly so.
SAME_IN_EVERY_LANGUAGE = {
    "English", "Русский", "Қазақша",  # each language by its own name
    "kzeuviewer",  # the app's name
    ".*",  # the regular-expression button
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every test leaves the app in English, as the rest of the suite expects it."""
    yield
    i18n.set_language("en")


# -- the translation files ------------------------------------------------------------------
def test_checked_in_qm_files_are_compiled_from_the_ts_files(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    fresh = update_translations.compile_all(TRANSLATIONS, tmp_path)
    assert sorted(p.name for p in fresh) == ["kzeuviewer_en.qm", "kzeuviewer_kk.qm", "kzeuviewer_ru.qm"]
    for qm in fresh:
        assert (TRANSLATIONS / qm.name).read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/update_translations.py"


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_message_is_left_unfinished(code):
    text = (TRANSLATIONS / f"kzeuviewer_{code}.ts").read_text(encoding="utf-8")
    messages = text.count("<message")
    assert messages > 400
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text and "<numerusform></numerusform>" not in text


def test_qt_ships_its_own_russian_and_kazakh_translations():
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_ru.qm").exists() and (folder / "qtbase_kk.qm").exists()
    i18n.set_language("kk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
    i18n.set_language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


# -- choosing the language --------------------------------------------------------------------
def test_the_language_comes_from_the_option_then_the_choice_then_the_system(settings, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "kk")
    assert i18n.choose_language(None, settings) == "kk"
    prefs.put(settings, prefs.LANGUAGE, "ru")
    assert i18n.choose_language(None, settings) == "ru"
    assert i18n.choose_language("en", settings) == "en"
    prefs.put(settings, prefs.LANGUAGE, "de")  # not ours: the system's
    assert i18n.choose_language(None, settings) == "kk"
    assert [i18n.normalize(c) for c in ("ru_RU", "kk-KZ", "EN", "de", "", None)] == ["ru", "kk", "en", None, None, None]


def test_the_command_line_takes_a_language_for_one_run():
    from kzeuviewer.cli import build_parser

    assert build_parser().parse_args(["--lang", "kk"]).lang == "kk"
    assert build_parser().parse_args([]).lang is None
    result = subprocess.run([sys.executable, "-m", "kzeuviewer", "--lang", "de"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "invalid choice: 'de'" in result.stderr


def test_create_main_window_takes_the_language(qtbot, settings, dataset_dir):
    from kzeuviewer.ui import create_main_window

    window = create_main_window(data_dir=dataset_dir, settings=settings, language="kk")
    qtbot.addWidget(window)
    assert window.tab_widget.tabText(0) == "Хронология"
    assert window.tab_widget.tabText(2) == "Сауда"
    assert window.language_actions["kk"].isChecked() and not window.language_actions["en"].isChecked()
    assert prefs.get(settings, prefs.LANGUAGE) == ""  # one run's choice is not remembered


# -- every text translated ----------------------------------------------------------------------
def widget_texts(named_widgets) -> dict[tuple, str]:
    """The texts of ``(name, widget)`` pairs: a button's or label's text, a field's placeholder, tooltips, accessible names."""
    texts: dict[tuple, str] = {}
    for name, widget in named_widgets:
        if isinstance(widget, QAbstractButton | QLabel):
            texts[("text", name)] = widget.text()
        if isinstance(widget, QLineEdit):
            texts[("placeholder", name)] = widget.placeholderText()
        texts[("tooltip", name)] = widget.toolTip()
        texts[("accessible", name)] = widget.accessibleName()
    return texts


def visible_texts(window) -> dict[tuple, str]:
    """Every text a person reads in the window, by where it is: menus, actions, tabs, buttons, labels, tooltips, headers."""
    texts: dict[tuple, str] = {}

    def menu_texts(menu: QMenu, path: str) -> None:
        texts[("menu", path)] = menu.title()
        for number, action in enumerate(menu.actions()):
            if action.isSeparator():
                continue
            where = f"{path}/{number}"
            texts[("action", where)] = action.text()
            texts[("action tip", where)] = action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            if action.menu() is not None:
                menu_texts(action.menu(), where)

    for number, action in enumerate(window.menuBar().actions()):
        menu_texts(action.menu(), str(number))
    window._fill_recent_menu()
    menu_texts(window.recent_menu, "recent")
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            texts[("tab", tabs.objectName(), index)] = tabs.tabText(index)
    texts.update(widget_texts((w.objectName() or f"{type(w).__name__}@{id(w)}", w) for w in window.findChildren(QWidget)))
    for key in ("timeline", "people", "trade"):
        tab = window.tab(key)
        for view in tab.findChildren(QAbstractItemView):
            model = view.model()
            if isinstance(model, QAbstractTableModel):
                for column in range(model.columnCount()):
                    texts[("header", view.objectName(), column)] = str(model.headerData(column, _horizontal()) or "")
    timeline = window.tab("timeline")
    for number, name in enumerate(timeline.view.lane_names()):
        texts[("lane", number)] = name
    plot = window.tab("trade").plot.getPlotItem()
    texts[("axis", "bottom")] = plot.getAxis("bottom").labelText
    texts[("axis", "left")] = plot.getAxis("left").labelText
    for number, entry in enumerate(window.tab("trade").plot.legend.entries):
        texts[("legend", number)] = entry.label
    return texts


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def is_language_neutral(text: str) -> bool:
    """Numbers, symbols, names of languages: nothing to translate."""
    words = re.sub(r"[\d\s.,:;()\[\]/%+−–\-—…▾▲▼●✕&×|·'\"“”*?]+", " ", text).split()
    return not words or text in SAME_IN_EVERY_LANGUAGE


def data_values(window) -> set[str]:
    """Texts that come from the dataset (names, titles, publishers): they stay as the data has them."""
    dataset = window.context.dataset
    values = {str(dataset.path)}  # a path is the file system's, in any language
    for frame in (dataset.people, dataset.events, dataset.sources, dataset.trade, dataset.indicators, dataset.awards):
        for column in frame.columns:
            if frame[column].dtype == object or str(frame[column].dtype) in ("category", "string", "str"):
                values.update(str(v) for v in frame[column].dropna().unique())
    return values


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_text_of_the_window_is_translated(main_window, code):
    main_window.ensure_all_tabs()
    english = visible_texts(main_window)
    main_window.set_language(code)
    translated = visible_texts(main_window)
    data = data_values(main_window)
    same = sorted(
        f"{where}: {text!r}" for where, text in english.items()
        if text and translated.get(where) == text and not is_language_neutral(text) and text not in data
        and not (where[0] == "legend" and all(part in data or is_language_neutral(part) for part in text.split(" · ")))
    )
    assert not same, f"{len(same)} texts are still English in {code}:\n" + "\n".join(same)
    # The walk saw the window's texts, not an empty window.
    assert sum(bool(t) for t in english.values()) > 150


def test_a_missing_translation_is_found(main_window):
    """The walk above catches a text nobody translated (a control added without translate())."""
    main_window.ensure_all_tabs()
    untranslated = QCheckBox("Show the moon", main_window.tab("trade"))
    untranslated.setObjectName("moonBox")
    english = visible_texts(main_window)
    main_window.set_language("ru")
    translated = visible_texts(main_window)
    assert translated[("text", "moonBox")] == english[("text", "moonBox")] == "Show the moon"


# -- switching live --------------------------------------------------------------------------------
def test_switching_language_retranslates_the_open_window(main_window, qtbot, settings):
    main_window.ensure_all_tabs()
    timeline, people, trade = (main_window.tab(k) for k in ("timeline", "people", "trade"))
    main_window.show_tab("trade")
    title_en = trade.title_label.text()
    assert title_en.startswith("Kazakhstan")
    assert trade.plot.getPlotItem().getAxis("bottom").labelText == "Year"

    main_window.findChild(type(main_window.open_action), "languageRuAction").trigger()

    assert prefs.get(settings, prefs.LANGUAGE) == "ru"
    assert main_window.menuBar().actions()[0].text() == "&Файл"
    assert main_window.tab_widget.tabText(1) == "Люди и награды"
    # The chart: its title, axis, units, legend and caption.
    assert trade.title_label.text().startswith("Экспорт, импорт и товарооборот Казахстана с ЕС") or \
        trade.title_label.text().startswith("Торговля Казахстана с ЕС")
    plot = trade.plot.getPlotItem()
    assert plot.getAxis("bottom").labelText == "Год"
    assert plot.getAxis("left").labelText == "млрд USD"
    assert [e.label.split(" · ")[0] for e in trade.plot.legend.entries][:2] == ["Экспорт", "Импорт"]
    assert "Единицы: млрд USD." in trade.note_label.text() and "Источники:" in trade.note_label.text()
    assert trade.count_label.text().startswith(("2 из 2", "4 из 4", "3 из 3")) or " из " in trade.count_label.text()
    # The status bar.
    assert main_window.counts_label.text() == "3 события · 3 человека · 1 награда · 7 торговых показателей · 2 источника"
    assert main_window.dataset_label.text().startswith("Набор данных:")
    # The timeline: lanes, kind boxes, list headers and dates.
    assert timeline.view.lane_names() == ["Визиты", "Саммиты", "Соглашения"]
    assert timeline.kind_checks["visit"].text() == "Визиты (1)"
    header = timeline.table_model.headerData(0, _horizontal())
    assert header.startswith("Дата")
    dates = {timeline.table_model.query.cell(r, 0) for r in range(len(timeline.table_model.query))}
    assert dates == {"15 мая 2023 г.", "июнь 1999", "26 октября 2022 г."}
    assert people.model.headerData(0, _horizontal()).startswith("Имя")
    date_column = [c.key for c in people.model.query.columns].index("date")
    assert "15 мая 2023 г." in {people.model.query.cell(r, date_column) for r in range(len(people.model.query))}

    main_window.set_language("kk")
    assert timeline.view.lane_names() == ["Сапарлар", "Саммиттер", "Келісімдер"]
    dates = {timeline.table_model.query.cell(r, 0) for r in range(len(timeline.table_model.query))}
    assert dates == {"2023 жылғы 15 мамыр", "1999 жылғы маусым", "2022 жылғы 26 қазан"}
    assert plot.getAxis("bottom").labelText == "Жыл"

    main_window.set_language("en")
    assert trade.title_label.text() == title_en
    assert main_window.counts_label.text() == "3 events · 3 people · 1 award · 7 trade figures · 2 sources"
    assert timeline.view.lane_names() == ["Visits", "Summits", "Agreements"]


def test_plural_forms_in_each_language(main_window):
    assert main_window.problems_button.text() == "No problems"
    forms = {}
    for code in ("en", "ru", "kk"):
        main_window.set_language(code)
        forms[code] = [i18n.translate("MainWindow", "⚠ %Ln problems", "", n) for n in (1, 2, 5, 21, 1000)]
    assert forms["en"] == ["⚠ 1 problem", "⚠ 2 problems", "⚠ 5 problems", "⚠ 21 problems", "⚠ 1,000 problems"]
    assert forms["ru"] == ["⚠ 1 проблема", "⚠ 2 проблемы", "⚠ 5 проблем", "⚠ 21 проблема", f"⚠ 1{NBSP}000 проблем"]
    assert forms["kk"] == ["⚠ 1 ақау", "⚠ 2 ақау", "⚠ 5 ақау", "⚠ 21 ақау", f"⚠ 1{NBSP}000 ақау"]


# -- dates and numbers --------------------------------------------------------------------------------
def test_dates_in_each_language(qapp):
    may = pd.Timestamp("2023-05-15")
    june = pd.Timestamp("1999-06-01")
    expected = {
        "en": ("15 May 2023", "June 1999", "1999"),
        "ru": ("15 мая 2023 г.", "июнь 1999", "1999"),
        "kk": ("2023 жылғы 15 мамыр", "1999 жылғы маусым", "1999"),
    }
    for code, (day, month, year) in expected.items():
        words = i18n.QtDisplayLocale(code)
        assert format_partial_date(may, "day", words) == day
        assert format_partial_date(june, "month", words) == month  # partial dates stay partial
        assert format_partial_date(june, "year", words) == year
    assert format_date_range(may, pd.Timestamp("2023-05-16"), "day", "day", i18n.QtDisplayLocale("ru")) == \
        "15 мая 2023 г. – 16 мая 2023 г."


def test_numbers_in_each_language(qapp):
    assert i18n.QtDisplayLocale("en").number(1234567.5, 1) == "1,234,567.5"
    assert i18n.QtDisplayLocale("ru").number(1234567.5, 1) == f"1{NBSP}234{NBSP}567,5"
    assert i18n.QtDisplayLocale("kk").number(1234567.5, 1) == f"1{NBSP}234{NBSP}567,5"
    assert EnglishLocale().number(1234567.5, 1) == "1,234,567.5"


def test_tables_show_the_language_and_files_stay_neutral(qapp, dataset_dir, tmp_path):
    from kzeuviewer.exporters.tables import export_table
    from kzeuviewer.model.charts import format_value

    dataset = load_dataset(dataset_dir)
    i18n.set_language("ru")
    query = table_query(dataset, "trade")
    values = query.column_values([c.key for c in query.columns].index("value")).tolist()
    assert "24,1" in values and f"10{NBSP}350{NBSP}000{NBSP}000" in values
    assert format_value(24.1, "USD billion") == "24,100 млрд USD"
    assert format_value(1234.5, "USD billion") == f"1{NBSP}234,5 млрд USD"
    events = table_query(dataset, "events")
    assert set(events.column_values(0)) == {"15 мая 2023 г.", "июнь 1999", "26 октября 2022 г."}
    # Files for machines: ISO dates and dot decimals whatever the language.
    export_table(dataset, "events", tmp_path / "events.csv")
    export_table(dataset, "trade", tmp_path / "trade.csv")
    events_csv = (tmp_path / "events.csv").read_text(encoding="utf-8-sig")
    assert "2023-05-15" in events_csv and "1999-06" in events_csv and "мая" not in events_csv
    trade_csv = (tmp_path / "trade.csv").read_text(encoding="utf-8-sig")
    assert "24.1" in trade_csv and "24,1" not in trade_csv


def test_the_model_speaks_english_without_a_window():
    set_display_locale(None)
    assert display_locale().code == "en"
    assert format_partial_date(pd.Timestamp("1999-06-01"), "month") == "June 1999"


def test_every_translate_call_reaches_the_ts_files():
    """lupdate reads no f-string and no call it cannot parse: every marked text must be in the .ts files."""
    import ast
    import xml.etree.ElementTree as ET

    known = set()
    for context in ET.parse(TRANSLATIONS / "kzeuviewer_ru.ts").getroot().iter("context"):
        known.update((context.findtext("name"), m.findtext("source")) for m in context.iter("message"))
    marked = []
    for path in (ROOT / "src" / "kzeuviewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                marked.append((path.name, node.lineno, node.args[0].value, node.args[1].value))
    assert len(marked) > 400
    missing = [f"{f}:{line}: {ctx}: {text!r}" for f, line, ctx, text in marked if (ctx, text) not in known]
    assert not missing, "not in the .ts files (inside an f-string? run scripts/update_translations.py):\n" + "\n".join(missing)


# -- the import dialog ------------------------------------------------------------------------------
def dialog_texts(dialog) -> dict[tuple, str]:
    """Every text a person reads in the import dialog: title, labels, buttons, tooltips, headers, change kinds."""
    from PySide6.QtWidgets import QTableWidget

    texts = {("title",): dialog.windowTitle(), ("accessible", "dialog"): dialog.accessibleName()}
    # Numbered, not by id(): the texts of two dialogs (one per language) are compared.
    texts.update(widget_texts((w.objectName() or f"{type(w).__name__}#{n}", w) for n, w in enumerate(dialog.findChildren(QWidget))))
    table = dialog.findChild(QTableWidget, "importPreview")
    for column in range(table.columnCount()):
        texts[("header", column)] = table.horizontalHeaderItem(column).text()
    for row in range(table.rowCount()):
        texts[("change", row)] = table.item(row, 0).text()  # the other cells are the files' figures
    return texts


def test_the_import_dialog_opened_in_kazakh_has_no_english_left(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kzeuviewer.ui.importing import ImportDialog

    monthly = sorted((ROOT / "tests" / "fixtures" / "samples" / "eurostat-monthly").glob("*.csv"))
    main_window.set_language("kk")
    main_window.findChild(type(main_window.open_action), "importStatisticsAction").trigger()
    dialog = main_window.findChild(ImportDialog, "importDialog")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in monthly], ""))
    dialog.add_files_button.click()
    assert dialog.preview.rowCount() > 0  # the walk sees a preview with rows, not an empty dialog
    kazakh = dialog_texts(dialog)
    main_window.set_language("en")  # the same dialog, retranslated: what stays the same was never translated
    english = dialog_texts(dialog)
    assert english[("title",)] == "Import statistics" and kazakh[("title",)] == "Статистиканы импорттау"
    assert english[("header", 0)] == "Change" and english[("change", 0)] in ("Added", "Value changed", "Source updated")
    data = {str(dialog.folder())}
    same = sorted(f"{where}: {text!r}" for where, text in english.items()
                  if text and kazakh.get(where) == text and not is_language_neutral(text) and text not in data)
    assert not same, f"{len(same)} texts of the import dialog are still English in kk:\n" + "\n".join(same)
    assert sum(bool(t) for t in english.values()) > 40
