"""The window from 800×600 to 4K: panels fold, the plots keep their share, tables keep rows, nothing clips."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QSplitter


@pytest.fixture
def small_window(bundled_window, qtbot):
    bundled_window.resize(800, 600)
    bundled_window.ensure_all_tabs()
    qtbot.waitUntil(lambda: bundled_window.width() == 800 and bundled_window.height() == 600)
    qtbot.waitUntil(lambda: not bundled_window.tab("timeline").details_collapser.is_open())
    return bundled_window


def test_the_window_fits_800_by_600(small_window, qtbot):
    for key in ("timeline", "people", "trade"):
        small_window.show_tab(key)
        qtbot.wait(1)
        hint = small_window.minimumSizeHint()
        assert hint.width() <= 800 and hint.height() <= 600, (key, hint)
        tab = small_window.tab(key)
        # The tab gets at least what it needs: no control is squeezed below its minimum.
        assert tab.width() >= tab.minimumSizeHint().width() and tab.height() >= tab.minimumSizeHint().height(), key
    assert small_window.size().width() == 800


def test_timeline_details_fold_and_the_plot_keeps_half_the_width(small_window, qtbot):
    tab = small_window.tab("timeline")
    small_window.show_tab("timeline")
    tab.select_event("ev-2023-05-15-nurtleu-brussels")
    button = tab.details_button
    assert button.isVisible() and not button.isChecked()
    assert tab.main_splitter.sizes()[-1] == 0
    assert tab.main_splitter.handleWidth() >= 8  # a handle a person can see and grab
    assert tab.view.width() >= 0.9 * tab.width()

    button.click()
    qtbot.waitUntil(lambda: tab.detail.width() >= tab.detail.minimumWidth())
    assert button.isChecked()
    assert tab.view.width() >= tab.width() / 2
    # Dragging the handle far left never takes the plot below half.
    tab.main_splitter.moveSplitter(50, 1)
    qtbot.wait(1)
    assert tab.view.width() >= tab.main_splitter.width() / 2 - 1
    assert tab.detail.width() >= tab.detail.minimumWidth()


def test_wide_window_brings_the_folded_details_back(small_window, qtbot):
    tab = small_window.tab("timeline")
    small_window.resize(1400, 800)
    qtbot.waitUntil(lambda: tab.details_collapser.is_open())
    assert tab.details_button.isChecked()
    assert tab.detail.width() >= tab.detail.minimumWidth()
    people = small_window.tab("people")
    small_window.show_tab("people")
    qtbot.waitUntil(lambda: people.details_collapser.is_open())


def test_people_details_fold_behind_a_button(small_window, qtbot):
    small_window.show_tab("people")
    people = small_window.tab("people")
    qtbot.waitUntil(lambda: not people.details_collapser.is_open())
    assert people.details_button.isVisible()
    people.details_button.click()
    qtbot.waitUntil(lambda: people.details.width() >= people.details.minimumWidth())
    assert people.table.width() >= people.width() / 2


def test_trade_table_shows_five_rows_at_800_by_600(small_window, qtbot):
    small_window.show_tab("trade")
    trade = small_window.tab("trade")
    qtbot.waitUntil(lambda: trade.table.viewport().height() > 0)
    rows = trade.table.verticalHeader().defaultSectionSize()
    assert trade.table.viewport().height() >= 5 * rows
    assert trade.plot.height() >= trade.plot.minimumHeight() >= 180


def test_no_panel_can_be_dragged_to_nothing(small_window, qtbot):
    small_window.resize(1280, 800)
    for key in ("timeline", "people", "trade"):
        small_window.show_tab(key)
        tab = small_window.tab(key)
        qtbot.wait(1)
        folding = getattr(tab, "details_collapser", None)
        for splitter in tab.findChildren(QSplitter):
            for handle in range(1, splitter.count()):
                for far in (0, 10_000):  # drag each handle to either end
                    splitter.moveSplitter(far, handle)
                    qtbot.wait(1)
                    for index, size in enumerate(splitter.sizes()):
                        if folding is not None and splitter is folding.splitter and index == splitter.count() - 1:
                            continue  # the details panel folds on purpose, behind its button
                        assert size >= 60, (key, splitter.objectName(), handle, far, splitter.sizes())


def test_scale_factor_two_draws_4k_sharp(tmp_path):
    """QT_SCALE_FACTOR=2 on a 1920×1080 logical window is a 3840×2160 picture, text and markers twice as big."""
    script = textwrap.dedent(f"""
        import os, sys, tempfile
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from kzeuviewer.ui import create_main_window
        from kzeuviewer.ui.settings import open_settings
        window = create_main_window(settings=open_settings())
        window.resize(1920, 1080)
        window.show()
        for _ in range(5):
            app.processEvents()
        pixmap = window.grab()
        view = window.tab("timeline").view
        print(pixmap.width(), pixmap.height(), pixmap.devicePixelRatio(), view.grab().width(), view.width(),
              window.fontMetrics().height())
    """)
    results = {}
    for factor in ("1", "2"):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=factor)
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
        results[factor] = [float(v) for v in result.stdout.split()]
    width, height, ratio, view_pixels, view_width, font = results["2"]
    assert (width, height, ratio) == (3840, 2160, 2.0)
    assert view_pixels == 2 * view_width  # the plot is drawn at device resolution, not scaled up
    assert font == results["1"][5]  # logical font size unchanged: twice the pixels on screen
