"""Which theme the window wears: System, Light or Dark, switched live.

*Light* and *Dark* set the Fusion style and a complete palette built from
the theme's own colour table (:func:`palette_for`), so every widget, plot
and painter draws from one table. *System* leaves style and palette to the
platform and picks the table that matches what the widgets actually draw:
the palette decides (a dark window with light text gets the Dark table). It
is re-read whenever the platform says its colour scheme changed
(``QStyleHints.colorSchemeChanged``) and on every application palette change
(``QEvent.ApplicationPaletteChange``, which is how desktop themes reach Qt on
Linux). Going by the palette rather than by ``colorScheme()`` alone keeps the
plots in step with the tables where a style ignores the scheme.

Switching is live: :func:`kzeuviewer.ui.style.set_theme` tells every painter
(see :func:`~kzeuviewer.ui.style.on_theme_changed`), and the window's role
style sheet is set again on the application. Nothing is rebuilt: selection,
zoom and scroll positions stay.

Exports can wear another theme than the screen for the time they draw:
:func:`rendering_theme`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from .style import DARK, LIGHT, THEMES, Theme, qcolor, role_style_sheet, set_theme, theme

SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT.name, DARK.name)
# What an export may look like: a theme by name, or as the screen is now.
SCREEN_LOOK = "screen"
EXPORT_LOOKS = (LIGHT.name, DARK.name, SCREEN_LOOK)


def palette_for(t: Theme) -> QPalette:
    """A complete palette (every role, every colour group) from the theme's table."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: t.window,
        role.WindowText: t.text,
        role.Base: t.base,
        role.AlternateBase: t.alternate_base,
        role.ToolTipBase: t.tooltip_fill[:7],
        role.ToolTipText: t.text,
        role.PlaceholderText: t.placeholder,
        role.Text: t.text,
        role.Button: t.button,
        role.ButtonText: t.text,
        role.BrightText: t.error,
        role.Highlight: t.selection,
        role.HighlightedText: t.selection_text,
        role.Link: t.link,
        role.LinkVisited: t.link_active,
    }
    # Bevels and frames, derived from the button colour as Fusion expects.
    button = qcolor(t.button)
    shades = {
        role.Light: button.lighter(150 if t.dark else 130),
        role.Midlight: button.lighter(125 if t.dark else 115),
        role.Mid: button.darker(130),
        role.Dark: button.darker(170 if t.dark else 150),
        role.Shadow: button.darker(300),
    }
    for name, value in colours.items():
        palette.setColor(name, qcolor(value))
    for name, value in shades.items():
        palette.setColor(name, value)
    if hasattr(role, "Accent"):  # Qt 6.6+
        palette.setColor(role.Accent, qcolor(t.selection))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(disabled, name, qcolor(t.disabled_text))
    palette.setColor(disabled, role.Highlight, qcolor(t.border))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    """Does ``palette`` draw light text on a dark window?"""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


class _PaletteWatcher(QWidget):
    """Never shown: receives the application palette changes every widget receives."""

    def __init__(self, on_change):
        super().__init__()
        self.setObjectName("themePaletteWatcher")
        self._on_change = on_change

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._on_change()
        return super().event(event)


class ThemeController(QObject):
    """Applies a choice (``"system"``, ``"light"``, ``"dark"``) to the application.

    ``choiceChanged(str)`` fires after :meth:`set_choice` changed the choice;
    the theme table itself announces through :func:`~kzeuviewer.ui.style.on_theme_changed`.
    """

    choiceChanged = Signal(str)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("themeController")
        self.app = app
        self.choice = ""
        self._platform_style = app.style().name()
        self._applying = False
        self._watcher = _PaletteWatcher(self._palette_changed)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+
            hints.colorSchemeChanged.connect(self._scheme_changed)

    # -- choosing ------------------------------------------------------------------
    def set_choice(self, choice: str) -> None:
        """Wear ``choice`` from now on; unknown names mean System."""
        choice = choice if choice in CHOICES else SYSTEM
        changed = choice != self.choice
        self.choice = choice
        self._applying = True
        try:
            if choice == SYSTEM:
                if self.app.style().name().lower() != self._platform_style.lower():
                    style = QStyleFactory.create(self._platform_style)
                    if style is not None:
                        self.app.setStyle(style)
                # A palette that resolves nothing falls back to the platform's and the style's.
                self.app.setPalette(QPalette())
                table = self.system_theme()
            else:
                table = THEMES[choice]
                if self.app.style().name().lower() != "fusion":
                    self.app.setStyle("Fusion")
                self.app.setPalette(palette_for(table))
        finally:
            self._applying = False
        self._use(table)
        if changed:
            self.choiceChanged.emit(choice)

    def system_theme(self) -> Theme:
        """The table that matches the platform's palette (and with it its colour scheme)."""
        return DARK if palette_is_dark(self.app.palette()) else LIGHT

    def _use(self, table: Theme) -> None:
        sheet = role_style_sheet(table)
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)
        set_theme(table)

    # -- following the platform --------------------------------------------------------
    def _palette_changed(self) -> None:
        if self._applying or self.choice != SYSTEM:
            return
        self._use(self.system_theme())

    def _scheme_changed(self, *_args) -> None:
        if self.choice == SYSTEM:
            # Let the platform's new palette in (Qt has sent it already where it follows the scheme).
            self.set_choice(SYSTEM)


def controller() -> ThemeController:
    """The application's theme controller (created on first use; needs a QApplication)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("Themes need a QApplication")
    found = app.findChild(ThemeController, "themeController")
    return found if found is not None else ThemeController(app)


@contextlib.contextmanager
def rendering_theme(look: str | None) -> Iterator[Theme]:
    """Draw with the theme ``look`` ("light", "dark"; "screen" or None: as on screen) inside the block.

    Only the painters change (plots, timeline items), not the window's
    palette: the screen shows its own theme again when the block ends.
    """
    before = theme()
    wanted = THEMES.get(look or SCREEN_LOOK, before)
    set_theme(wanted)
    try:
        yield wanted
    finally:
        set_theme(before)
