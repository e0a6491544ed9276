"""How dates and numbers read on screen, without Qt: a hook the window fills in.

The model builds display strings (table cells, chart hovers, captions) but must
not import Qt, so it asks the active :class:`DisplayLocale` for the words: the
window installs one backed by ``QLocale`` for the chosen language
(``kzeuviewer.ui.i18n``); scripts, the command line and files for machines get
:class:`EnglishLocale`, the neutral default ("2 June 1999", "1,234.5").

Files written for machines never go through this hook: they keep ISO dates
(:func:`kzeuviewer.model.dates.iso_partial_date`) and dot decimals.
"""

from __future__ import annotations

from typing import Protocol

# English month names, fixed: ``calendar.month_name`` formats each one with strftime on every
# look-up (thousands per table of dates) and follows the process's C locale, which Qt sets
# from the environment.
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


class DisplayLocale(Protocol):
    """Words for partial dates and digits for numbers in one language."""

    code: str

    def year(self, year: int) -> str: ...

    def month(self, year: int, month: int) -> str: ...

    def day(self, year: int, month: int, day: int) -> str: ...

    def number(self, value: float, decimals: int, grouping: bool = True) -> str: ...

    def text(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class EnglishLocale:
    """British English, as the app spoke before it had languages: '2 June 1999', '1,234.5'."""

    code = "en"

    def year(self, year: int) -> str:
        return f"{year}"

    def month(self, year: int, month: int) -> str:
        return f"{_MONTH_NAMES[month]} {year}"

    def day(self, year: int, month: int, day: int) -> str:
        return f"{day} {_MONTH_NAMES[month]} {year}"

    def number(self, value: float, decimals: int, grouping: bool = True) -> str:
        return f"{value:{',' if grouping else ''}.{decimals}f}"

    def text(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n >= 0:
            return source.replace("%Ln", f"{n:,}").replace("%n", f"{n}")
        return source


_active: DisplayLocale = EnglishLocale()
_generation = 0


def display_locale() -> DisplayLocale:
    """The locale display strings are built in now."""
    return _active


def set_display_locale(locale: DisplayLocale | None) -> None:
    """Use ``locale`` (None: English) for display strings built from now on."""
    global _active, _generation
    _active = locale if locale is not None else EnglishLocale()
    _generation += 1


def generation() -> int:
    """A number that changes with every :func:`set_display_locale`: caches of display strings compare it."""
    return _generation


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the display language: the model's ``QCoreApplication.translate``, without Qt.

    ``pyside6-lupdate`` finds calls by this name, so model texts reach the
    ``.ts`` files like the window's. English (no window) returns ``source``
    with ``%n``/``%Ln`` replaced by ``n``: give English plurals their own
    source text (``"%n event"`` for one, ``"%n events"`` for more).
    """
    return _active.text(context, source, disambiguation, n)


def format_number(value: float, decimals: int = 0, grouping: bool = True) -> str:
    """``value`` with ``decimals`` digits after the separator, grouped, in the active locale."""
    return _active.number(float(value), decimals, grouping)
