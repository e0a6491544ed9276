"""Every colour the window draws, by role, in one table per theme.

Widgets never name a colour: they ask for a role (``theme().link``) and
convert with :func:`qcolor`, or build a style sheet from the theme. Colours
are "#rrggbb" or "#rrggbbaa" strings so the table stays readable and can be
checked for contrast without drawing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor

from kzeuviewer.model.schema import EVENT_KINDS

# Okabe–Ito colours first (distinguishable with the common colour-vision
# deficiencies), then a few more for charts with many series.
_SERIES_ON_LIGHT = (
    "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9",
    "#000000", "#8c564b", "#7f7f7f", "#bcbd22", "#17becf", "#9467bd",
)
# One colour per event kind, distinguishable for the common forms of colour
# blindness; the kind is always written out too (lane names, tooltips).
_KINDS_ON_LIGHT = {
    "visit": "#2f6fbf",
    "summit": "#d1572b",
    "meeting": "#1a9a8a",
    "agreement": "#7b4bb3",
    "award": "#c9971c",
    "other": "#7a8290",
}


@dataclass(frozen=True)
class Theme:
    name: str
    # Page and plots
    background: str = "#ffffff"
    plot_background: str = "#ffffff"
    text: str = "#1f2630"
    muted_text: str = "#5f6775"
    secondary_text: str = "#4b5563"
    axis_text: str = "#3c4350"
    axis_line: str = "#c5cbd3"
    grid: str = "#3c435026"
    # The timeline
    lane_band: str = "#f3f5f8"
    label_fill: str = "#ffffffd7"
    label_text: str = "#1f2630"
    pole: str = "#9aa3b0"
    marker_outline: str = "#ffffff"
    # Selection and highlight: one yellow for rings, bullets, rows and search hits
    highlight: str = "#f2a900"
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
    card_border: str = "#e1e4e8"
    quote_text: str = "#2d3440"
    # Chart furniture
    crosshair: str = "#888888"
    tooltip_fill: str = "#ffffeef0"
    tooltip_border: str = "#999999"
    legend_text: str = "#333333"
    legend_disabled: str = "#999999"
    series: tuple[str, ...] = _SERIES_ON_LIGHT
    kinds: dict[str, str] = field(default_factory=lambda: dict(_KINDS_ON_LIGHT))

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, self.kinds["other"])

    def series_colour(self, index: int) -> str:
        return self.series[index % len(self.series)]


LIGHT = Theme("light")
assert set(LIGHT.kinds) == set(EVENT_KINDS)

_current = LIGHT


def theme() -> Theme:
    """The theme in use."""
    return _current


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
"""


def set_role(widget, role: str):
    """Give ``widget`` a role of :func:`role_style_sheet`; returns the widget."""
    widget.setProperty("role", role)
    return widget
