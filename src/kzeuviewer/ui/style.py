"""Every colour the window draws, by role, in one table per theme.

Widgets never name a colour: they ask for a role (``theme().link``) and
convert with :func:`qcolor`, or build a style sheet from the theme. Colours
are "#rrggbb" or "#rrggbbaa" strings so the table stays readable and can be
checked for contrast without drawing anything (:func:`contrast_ratio`).

There are two tables, :data:`LIGHT` and :data:`DARK`. :func:`set_theme`
switches the one in use and calls every function given to
:func:`on_theme_changed`: painters (plots, timeline items, table delegates)
re-read their colours there, since pyqtgraph does not follow the palette.
Which table is in use, and the window's palette, is decided by
:mod:`kzeuviewer.ui.theming`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QColor

from kzeuviewer.model.schema import EVENT_KINDS

# Okabe–Ito colours first (distinguishable with the common colour-vision
# deficiencies), deepened where the original is too pale for 3:1 on white
# (orange, sky blue, reddish purple), then a few more for charts with many series.
_SERIES_ON_LIGHT = (
    "#0072b2", "#c17d00", "#009e73", "#d55e00", "#b8609a", "#2b8cc4",
    "#1f1f1f", "#8c564b", "#6e6e6e", "#858500", "#128a96", "#9467bd",
)
# The same hues in the same order, lightened for a dark plot: series keep
# their place (and their dash) when the theme changes.
_SERIES_ON_DARK = (
    "#4da3e0", "#e69f00", "#1fb58c", "#ff7a3d", "#e39ac8", "#8fd3ff",
    "#ececec", "#c8a08c", "#a8a8a8", "#cfcf3a", "#35c9d9", "#b8a0e6",
)
# One colour per event kind, distinguishable for the common forms of colour
# blindness; the kind is always written out too (lane names, tooltips).
_KINDS_ON_LIGHT = {
    "visit": "#2f6fbf",
    "summit": "#d1572b",
    "meeting": "#1a9a8a",
    "agreement": "#7b4bb3",
    "award": "#a87b00",
    "other": "#737b89",
}
_KINDS_ON_DARK = {
    "visit": "#5b9cf0",
    "summit": "#f07a4e",
    "meeting": "#33c2ae",
    "agreement": "#b08ae6",
    "award": "#e0b23a",
    "other": "#9aa3b0",
}


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool = False
    # Page and plots
    background: str = "#ffffff"
    plot_background: str = "#ffffff"
    text: str = "#1f2630"
    muted_text: str = "#5f6775"
    secondary_text: str = "#4b5563"
    axis_text: str = "#3c4350"
    axis_line: str = "#c5cbd3"
    grid: str = "#3c435026"
    # The window's palette (tables, buttons, fields)
    window: str = "#f3f4f6"
    base: str = "#ffffff"
    alternate_base: str = "#f5f6f8"
    button: str = "#eceef1"
    border: str = "#b9c0ca"
    selection: str = "#2f6fbf"
    selection_text: str = "#ffffff"
    placeholder: str = "#6b7280"
    disabled_text: str = "#8a919c"
    # The timeline
    lane_band: str = "#f3f5f8"
    label_fill: str = "#ffffffd7"
    label_text: str = "#1f2630"
    pole: str = "#868f9c"
    marker_outline: str = "#ffffff"
    # Selection and highlight: one yellow for rings, bullets, rows and search hits
    highlight: str = "#c98600"
    highlight_fill: str = "#ffcc0080"
    highlight_text: str = "#141414"
    selected: str = "#111827"
    # Text roles
    link: str = "#1d5fb3"
    link_active: str = "#123e78"
    warning: str = "#8a5a00"
    error: str = "#b00020"
    # Cards (sources, quotes)
    card_background: str = "#f6f7f9"
    card_border: str = "#d5d9df"
    quote_text: str = "#2d3440"
    # Chart furniture
    crosshair: str = "#888888"
    tooltip_fill: str = "#ffffeef0"
    tooltip_border: str = "#999999"
    legend_text: str = "#333333"
    legend_disabled: str = "#8a8a8a"
    series: tuple[str, ...] = _SERIES_ON_LIGHT
    kinds: dict[str, str] = field(default_factory=lambda: dict(_KINDS_ON_LIGHT))

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, self.kinds["other"])

    def series_colour(self, index: int) -> str:
        return self.series[index % len(self.series)]

    def text_on(self, background: str) -> str:
        """Black or white, whichever reads better on ``background`` (a chip of a kind's colour)."""
        black, white = "#000000", "#ffffff"
        return black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white


LIGHT = Theme("light")
DARK = replace(
    LIGHT,
    name="dark",
    dark=True,
    background="#1f2227",
    plot_background="#1a1d21",
    text="#e6e9ee",
    muted_text="#a3abb8",
    secondary_text="#b8c0cc",
    axis_text="#c2c8d2",
    axis_line="#4f5661",
    grid="#c2c8d22e",
    window="#25282e",
    base="#1b1e22",
    alternate_base="#22262b",
    button="#30343b",
    border="#4f5661",
    selection="#336bbf",
    selection_text="#ffffff",
    placeholder="#8d95a2",
    disabled_text="#7d8591",
    lane_band="#22262c",
    label_fill="#1a1d21d7",
    label_text="#e6e9ee",
    pole="#6b7380",
    marker_outline="#1a1d21",
    highlight="#f2b400",
    highlight_fill="#e0b000c0",
    highlight_text="#141414",
    selected="#f5f7fa",
    link="#7ab8ff",
    link_active="#b3d6ff",
    warning="#e8b04f",
    error="#ff8a94",
    card_background="#282c33",
    card_border="#3d434c",
    quote_text="#d3d8df",
    crosshair="#9aa3b0",
    tooltip_fill="#2b2f36f0",
    tooltip_border="#5f6672",
    legend_text="#d5dae1",
    legend_disabled="#8a929e",
    series=_SERIES_ON_DARK,
    kinds=dict(_KINDS_ON_DARK),
)
THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}
assert set(LIGHT.kinds) == set(EVENT_KINDS) == set(DARK.kinds)
assert len(LIGHT.series) == len(DARK.series)

_current = LIGHT
_listeners: list[weakref.ref | weakref.WeakMethod] = []


def theme() -> Theme:
    """The theme in use."""
    return _current


def set_theme(new: Theme) -> bool:
    """Use ``new`` from now on and tell every listener; False (and no calls) if it is already in use."""
    global _current
    if new == _current:
        return False
    _current = new
    for listener in list(_listeners):
        function = listener()
        if function is None:
            _listeners.remove(listener)
            continue
        try:
            function(new)
        except RuntimeError as err:  # its Qt object was deleted under it
            if "already deleted" not in str(err):
                raise
            _listeners.remove(listener)
    return True


def on_theme_changed(function: Callable[[Theme], None]) -> None:
    """Call ``function(theme)`` after every :func:`set_theme`; held weakly (a bound method dies with its object)."""
    ref = weakref.WeakMethod(function) if hasattr(function, "__self__") else weakref.ref(function)
    _listeners.append(ref)


def qcolor(value: str) -> QColor:
    """'#rrggbb' or '#rrggbbaa' as a QColor (Qt itself reads '#aarrggbb')."""
    if len(value) == 9 and value.startswith("#"):
        colour = QColor(value[:7])
        colour.setAlpha(int(value[7:], 16))
        return colour
    return QColor(value)


def css(value: str) -> str:
    """A colour for a Qt style sheet (which has no '#rrggbbaa')."""
    colour = qcolor(value)
    if colour.alpha() == 255:
        return colour.name()
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"


# -- contrast (WCAG 2.x) ----------------------------------------------------------
def _rgba(value: str) -> tuple[float, float, float, float]:
    value = value.lstrip("#")
    alpha = int(value[6:8], 16) / 255 if len(value) == 8 else 1.0
    return int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255, alpha


def over(colour: str, background: str) -> str:
    """``colour`` (maybe translucent) painted over the opaque ``background``, as '#rrggbb'."""
    r, g, b, a = _rgba(colour)
    br, bg, bb, _ = _rgba(background)
    mixed = (round((a * c + (1 - a) * d) * 255) for c, d in ((r, br), (g, bg), (b, bb)))
    return "#" + "".join(f"{v:02x}" for v in mixed)


def relative_luminance(colour: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b, _ = _rgba(colour)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1 to 21) of ``foreground`` painted over ``background``."""
    fore = relative_luminance(over(foreground, background))
    back = relative_luminance(over(background, "#ffffff"))
    light, dark = max(fore, back), min(fore, back)
    return (light + 0.05) / (dark + 0.05)


def role_style_sheet(t: Theme | None = None) -> str:
    """The window's style sheet: widgets say their role with ``setProperty("role", …)``."""
    t = t or theme()
    return f"""
QLabel[role="muted"] {{ color: {css(t.muted_text)}; }}
QLabel[role="small-muted"] {{ color: {css(t.muted_text)}; font-size: 11px; }}
QLabel[role="secondary"] {{ color: {css(t.secondary_text)}; }}
QLabel[role="heading"] {{ color: {css(t.secondary_text)}; font-weight: bold; margin-top: 10px; }}
QLabel[role="warning"] {{ color: {css(t.warning)}; }}
QLabel[role="error"] {{ color: {css(t.error)}; }}
QLabel[role="quote"] {{ font-style: italic; color: {css(t.quote_text)}; }}
QFrame[role="card"] {{ background: {css(t.card_background)}; border: 1px solid {css(t.card_border)}; border-radius: 4px; }}
QPushButton[role="link"] {{ border: none; padding: 1px 0; color: {css(t.link)}; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="link"]:checked {{ font-weight: bold; color: {css(t.link_active)}; }}
QPushButton[role="link"]:disabled {{ color: {css(t.muted_text)}; }}
QToolButton[role="chip"] {{ border: 1px solid {css(t.card_border)}; border-radius: 9px; padding: 1px 8px;
    background: {css(t.card_background)}; color: {css(t.text)}; }}
QPushButton#problemsButton:enabled {{ color: {css(t.warning)}; }}
"""


def set_role(widget, role: str):
    """Give ``widget`` a role of :func:`role_style_sheet`; returns the widget."""
    widget.setProperty("role", role)
    return widget
