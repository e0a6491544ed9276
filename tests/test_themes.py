"""Themes: contrast measured from the tables, live switches read back from the pixels, exports in their own look."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QAction, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kzeuviewer.ui import settings as prefs
from kzeuviewer.ui import style, theming
from kzeuviewer.ui.style import DARK, LIGHT, contrast_ratio, over

THEMES = [LIGHT, DARK]


@pytest.fixture(autouse=True)
def back_to_system(qapp):
    """Every test leaves the application as it found it: System, with the platform's palette."""
    yield
    theming.controller().set_choice(theming.SYSTEM)
    QApplication.instance().setPalette(QPalette())


# -- contrast, from the tables --------------------------------------------------------------
def text_pairs(t: style.Theme) -> dict[str, tuple[str, str]]:
    """Every text colour on every background it is drawn on (translucent fills composited as drawn)."""
    pairs = {}
    for name, background in (("window", t.window), ("base", t.base), ("background", t.background),
                             ("alternate rows", t.alternate_base)):
        for role in ("text", "muted_text", "secondary_text", "link", "warning", "error"):
            pairs[f"{role} on {name}"] = (getattr(t, role), background)
    pairs.update({
        "text on button": (t.text, t.button),
        "placeholder on base": (t.placeholder, t.base),
        "selected row text": (t.selection_text, t.selection),
        "link on card": (t.link, t.card_background),
        "active link on card": (t.link_active, t.card_background),
        "source meta on card": (t.muted_text, t.card_background),
        "quote on card": (t.quote_text, t.card_background),
        "axis labels": (t.axis_text, t.plot_background),
        "legend": (t.legend_text, t.plot_background),
        "timeline label on a lane band": (t.label_text, over(t.label_fill, t.lane_band)),
        "timeline label on the plot": (t.label_text, over(t.label_fill, t.plot_background)),
        "hover label": (t.text, over(t.tooltip_fill, t.plot_background)),
        "search hit": (t.highlight_text, over(t.highlight_fill, t.base)),
        "search hit in a selected row": (t.highlight_text, t.highlight),
    })
    for kind, colour in t.kinds.items():
        pairs[f"{kind} chip"] = (t.text_on(colour), colour)
    return pairs


def mark_pairs(t: style.Theme) -> dict[str, tuple[str, str]]:
    """Series, markers and rings against the plot (and the timeline's lane bands)."""
    pairs = {f"series {i} {c}": (c, t.plot_background) for i, c in enumerate(t.series)}
    for kind, colour in t.kinds.items():
        pairs[f"{kind} marker"] = (colour, t.plot_background)
        pairs[f"{kind} marker on a band"] = (colour, t.lane_band)
    for role in ("highlight", "selected", "warning", "crosshair"):
        pairs[f"{role} mark"] = (getattr(t, role), t.plot_background)
    return pairs


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_text_reads_at_wcag_aa_on_its_background(t):
    low = {name: round(contrast_ratio(*pair), 2) for name, pair in text_pairs(t).items() if contrast_ratio(*pair) < 4.5}
    assert not low, f"{t.name}: text below 4.5:1: {low}"


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_series_and_markers_stand_out_from_the_plot(t):
    low = {name: round(contrast_ratio(*pair), 2) for name, pair in mark_pairs(t).items() if contrast_ratio(*pair) < 3.0}
    assert not low, f"{t.name}: marks below 3:1: {low}"


def test_contrast_ratio_is_wcags():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert over("#00000080", "#ffffff") == "#7f7f7f"


def test_dark_series_keep_the_light_ones_hues_in_order():
    """A series keeps its place when the theme changes: same number of colours, hue close to its light twin."""
    from PySide6.QtGui import QColor

    assert len(LIGHT.series) == len(DARK.series)
    for light, dark in zip(LIGHT.series, DARK.series, strict=True):
        a, b = QColor(light), QColor(dark)
        if a.hsvSaturation() > 60 and b.hsvSaturation() > 60:
            gap = abs(a.hsvHue() - b.hsvHue())
            assert min(gap, 360 - gap) <= 25, (light, dark)


# -- pixels of an open window -----------------------------------------------------------------
def grab(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    array = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return array[:, : image.width(), 2::-1].astype(float)  # RGB


def luminance(rgb: np.ndarray) -> float:
    return float((0.2126 * rgb[..., 0] + 0.7152 * rgb[..., 1] + 0.0722 * rgb[..., 2]).mean())


def hex_at(rgb: np.ndarray, x: int, y: int) -> str:
    r, g, b = (int(v) for v in rgb[y, x])
    return f"#{r:02x}{g:02x}{b:02x}"


def trigger(window, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def views(window, qtbot) -> dict[str, np.ndarray]:
    """The pixels of the plots and tables, each tab shown in turn."""
    shots = {}
    for key, names in (("timeline", ("timelineView", "eventsTable")), ("people", ("peopleTable",)),
                       ("trade", ("tradePlot", "tradeTable"))):
        window.show_tab(key)
        qtbot.wait(1)
        for name in names:
            widget = window.findChild(QWidget, name)
            target = widget.viewport() if name.endswith("Table") else widget
            shots[name] = grab(target)
    return shots


@pytest.fixture
def window(bundled_window, qtbot):
    bundled_window.resize(1280, 800)
    bundled_window.ensure_all_tabs()
    qtbot.waitUntil(lambda: bundled_window.tab("timeline").view.width() > 400)
    return bundled_window


def test_switching_theme_repaints_plots_and_tables_live(window, qtbot, settings):
    timeline = window.tab("timeline")
    timeline.select_event("ev-2023-05-15-nurtleu-brussels")
    timeline.zoom(0.5)
    x_range = timeline.view.x_range()
    trade_view = window.tab("trade").plot.view_x_range()
    table_before = timeline.table

    trigger(window, "themeDarkAction")
    dark = views(window, qtbot)
    assert prefs.get(settings, prefs.THEME) == "dark"
    assert window.findChild(QAction, "themeDarkAction").isChecked()
    for name in ("timelineView", "tradePlot"):
        assert hex_at(dark[name], 2, 2) == DARK.plot_background, name
        assert luminance(dark[name]) < 70, name
    for name in ("eventsTable", "peopleTable", "tradeTable"):
        assert luminance(dark[name]) < 80, name

    trigger(window, "themeLightAction")
    light = views(window, qtbot)
    for name in ("timelineView", "tradePlot"):
        assert hex_at(light[name], 2, 2) == LIGHT.plot_background, name
        assert luminance(light[name]) > 200, name
    for name in ("eventsTable", "peopleTable", "tradeTable"):
        assert luminance(light[name]) > 180, name

    # Nothing was rebuilt: the same table, the same selection, the same zoom.
    assert timeline.table is table_before
    assert timeline.view.x_range() == pytest.approx(x_range)
    assert window.tab("trade").plot.view_x_range() == pytest.approx(trade_view)
    assert window.context.selection.events == frozenset({"ev-2023-05-15-nurtleu-brussels"})


def test_markers_labels_and_series_take_the_dark_colours(window, qtbot):
    trigger(window, "themeDarkAction")
    shots = views(window, qtbot)
    colours = {hex_at(shots["timelineView"], x, y) for y in range(0, shots["timelineView"].shape[0], 2)
               for x in range(0, shots["timelineView"].shape[1], 2)}
    assert DARK.kind("visit") in colours and LIGHT.kind("visit") not in colours
    assert DARK.lane_band in colours and LIGHT.lane_band not in colours
    trade = shots["tradePlot"]
    trade_colours = {hex_at(trade, x, y) for y in range(0, trade.shape[0], 2) for x in range(0, trade.shape[1], 2)}
    assert DARK.series[0] in trade_colours and LIGHT.series[0] not in trade_colours


def test_system_theme_follows_an_application_palette_change(window, qtbot):
    trigger(window, "themeSystemAction")
    assert not style.theme().dark
    QApplication.instance().setPalette(theming.palette_for(DARK))  # as a desktop theme reaches Qt
    qtbot.waitUntil(lambda: style.theme().dark)
    shots = views(window, qtbot)
    assert hex_at(shots["timelineView"], 2, 2) == DARK.plot_background
    assert hex_at(shots["tradePlot"], 2, 2) == DARK.plot_background
    QApplication.instance().setPalette(QPalette())
    qtbot.waitUntil(lambda: not style.theme().dark)
    assert hex_at(grab(window.tab("trade").plot), 2, 2) == LIGHT.plot_background


def test_light_and_dark_ignore_the_platform_palette(window, qtbot):
    trigger(window, "themeLightAction")
    QApplication.instance().setPalette(theming.palette_for(DARK))
    qtbot.wait(10)
    assert style.theme() is LIGHT


def test_theme_is_remembered_for_the_next_window(qtbot, settings):
    from kzeuviewer.ui import create_main_window

    prefs.put(settings, prefs.THEME, "dark")
    window = create_main_window(settings=settings)
    qtbot.addWidget(window)
    assert style.theme() is DARK
    assert window.findChild(QAction, "themeDarkAction").isChecked()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).name() == DARK.base


# -- exports in their own look ---------------------------------------------------------------------
def corner(path) -> str:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    return image.pixelColor(3, 3).name()


@pytest.mark.parametrize("look", ["light", "dark"])
def test_export_draws_in_the_chosen_look_and_leaves_the_screen_alone(window, qtbot, tmp_path, look):
    from kzeuviewer.ui.export.files import export_view

    screen = "light" if look == "dark" else "dark"
    trigger(window, f"theme{screen.title()}Action")
    for key in ("trade", "timeline"):
        window.show_tab(key)
        path = export_view(window.tab(key), tmp_path / f"{key}.png", 800, 450, caption=False, look=look)[0]
        assert corner(path) == style.THEMES[look].plot_background, key
    assert style.theme().name == screen
    assert hex_at(grab(window.tab("trade").plot), 2, 2) == style.THEMES[screen].plot_background


def test_export_dialog_offers_the_look_and_remembers_it(window, qtbot, settings):
    from kzeuviewer.ui.export.dialog import ExportDialog

    dialog = ExportDialog(settings, "chart")
    qtbot.addWidget(dialog)
    assert [dialog.look_box.itemData(i) for i in range(dialog.look_box.count())] == ["light", "dark", "screen"]
    assert dialog.choice().look == "light"  # a figure for a report, unless asked otherwise
    dialog.look_box.setCurrentIndex(1)
    dialog.remember()
    again = ExportDialog(settings, "chart")
    qtbot.addWidget(again)
    assert again.choice().look == "dark"


@pytest.mark.parametrize("look", ["light", "dark"])
def test_cli_export_chart_theme(tmp_path, look):
    target = tmp_path / "chart.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    args = ["export-chart", "kz-eu-trade", "--out", str(target), "--width", "640", "--height", "360", "--no-caption"]
    if look == "dark":
        args += ["--theme", "dark"]
    result = subprocess.run([sys.executable, "-m", "kzeuviewer", *args], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert corner(target) == style.THEMES[look].plot_background
