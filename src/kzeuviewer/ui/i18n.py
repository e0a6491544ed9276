"""The interface language: English, Russian or Kazakh, switched live.

Texts are marked with :func:`translate` (``QCoreApplication.translate``, which
``pyside6-lupdate`` finds by name) or, outside Qt, with
:func:`kzeuviewer.model.translatable.QT_TRANSLATE_NOOP`. :func:`set_language`
installs our translator and Qt's own (``qtbase_ru.qm``, ``qtbase_kk.qm``, for
standard dialogs and buttons), makes ``QLocale`` of the language the default
and hands the model a :class:`QtDisplayLocale` for dates and numbers; then
every widget receives ``QEvent.LanguageChange``.

A widget keeps its texts current with :func:`keep`: the function that sets
the texts runs once now and again after every language change, so building
and retranslating share one piece of code.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator

from kzeuviewer.model import locale_format
from kzeuviewer.model.problems import DatasetError, Problem, one_line, problem_where, shown_column
from kzeuviewer.model.translatable import Joined, Message, Number

from . import settings as prefs

LANGUAGES = ("en", "ru", "kk")
# Each language by its own name, as the View ▸ Language menu lists it.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
# By name, not by QLocale's enums: making those Python enums (hundreds of languages
# and countries) costs tens of milliseconds at start-up.
_QT_LOCALES = {"en": QLocale("en_GB"), "ru": QLocale("ru_RU"), "kk": QLocale("kk_KZ")}

_state: dict = {"language": "en", "translators": [], "templates": {}}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``%n`` and plural forms from ``n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def render(value) -> str:
    """A model message in the current language: a :class:`Message`, a :class:`Problem`, a
    :class:`DatasetError`, or anything else (its ``str``).

    English is exactly the model's own text (what the command line prints). Other
    languages translate the template (plural forms from its count), fill in the
    arguments (nested messages translated too, :class:`Number` in the language's
    digits) and keep the ``FILE:LINE: COLUMN:`` prefix of a problem as it is.
    """
    if current_language() == "en":
        return str(value)
    if isinstance(value, Problem):
        where, column = problem_where(value)
        # A column that is a description ('column 3') is translated; a column name is the data's own.
        shown = (shown_column(render(column)) if isinstance(column, Message) else shown_column(column)) if column else None
        english = str(value.message)
        message = render(value.message)
        # Translations hold no control characters: only a message whose English (its arguments) needed
        # escaping is escaped again, which spares a scan of every Cyrillic character.
        if one_line(english) != english:
            message = one_line(message)
        parts = [where] + ([shown] if shown is not None else []) + [message]
        return ": ".join(parts)
    if isinstance(value, DatasetError):
        return translate("Problems", "Cannot load the dataset at {path} ({summary}):").format(
            path=value.path, summary=render(value.summary)) + "\n" + "\n".join(render(p) for p in value.problems)
    if isinstance(value, Message):
        text = _translated_template(value.context, value.template, -1 if value.count is None else value.count)
        if not value.args:
            return text
        try:
            return text.format(**{name: _render_argument(arg) for name, arg in value.args.items()})
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: say it in English
            return str(value)
    located = getattr(value, "located", None)
    if callable(located):  # an import problem: 'FILE:SHEET:CELL: message'
        where, message = located()
        return f"{where}: {render(message)}"
    if isinstance(value, Joined):
        return value.separator.join(render(part) for part in value.parts)
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], Message | Joined):
        return render(value.args[0])  # ExportError, ViewFileError, ImportApplyError… raised with a Message
    if isinstance(value, Number):
        return _render_argument(value)
    return str(value)


def _translated_template(context: str, template: str, count: int) -> str:
    """``translate`` of a message template, remembered until the language changes.

    A broken dataset can list a million problems built from a few dozen
    templates: the Problems dialog renders them all at once.
    """
    key = (context, template, count)
    cache = _state["templates"]
    text = cache.get(key)
    if text is None:
        text = translate(context, template, None, count)
        if len(cache) > 10_000:  # counts differ from message to message: keep the cache bounded
            cache.clear()
        cache[key] = text
    return text


def _render_argument(value) -> str:
    if isinstance(value, Number):
        return locale().toString(float(value.value), "f", value.decimals)
    return render(value)


def translations_dir() -> Path:
    """Our compiled ``.qm`` files: inside the installed package, or the checkout's resources/."""
    installed = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "resources" / "i18n"


def normalize(code: str | None) -> str | None:
    """'ru', 'ru_RU', 'kk-KZ', 'EN' → a supported code; None for anything else."""
    if not code:
        return None
    short = str(code).strip().replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else None


def system_language() -> str:
    """The system's language if we speak it (any of its UI languages), else English."""
    for name in QLocale.system().uiLanguages():
        code = normalize(name)
        if code:
            return code
    return "en"


def choose_language(requested: str | None, settings: QSettings | None) -> str:
    """``--lang`` for this run, else the remembered choice, else the system's language."""
    code = normalize(requested)
    if code:
        return code
    if settings is not None:
        code = normalize(prefs.get(settings, prefs.LANGUAGE))
        if code:
            return code
    return system_language()


def current_language() -> str:
    return _state["language"]


def locale(code: str | None = None) -> QLocale:
    """``QLocale`` of ``code`` (default: the current language)."""
    return QLocale(_QT_LOCALES[code or current_language()])


def set_language(code: str) -> str:
    """Switch the whole interface to ``code`` now; returns the code used (English for an unknown one)."""
    code = normalize(code) or "en"
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English has a .qm too: its plural forms ("1 problem", "2 problems").
    wanted = [(str(translations_dir()), f"kzeuviewer_{code}")]
    if code != "en":
        wanted.insert(0, (qt_folder, f"qtbase_{code}"))
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _state["translators"].append(translator)
    _state["language"] = code
    _state["templates"] = {}
    QLocale.setDefault(locale(code))
    locale_format.set_display_locale(QtDisplayLocale(code))
    # installTranslator posts LanguageChange; deliver it now so the caller sees the new texts.
    app.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return code


class _Retranslator(QObject):
    """Runs its owner's text setters again when the language changes (the event reaches every child)."""

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.setObjectName("_i18nRetranslator")
        self.appliers: list[Callable[[], None]] = []

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            for apply in list(self.appliers):
                apply()
            return True
        return super().event(event)


def keep(owner: QObject, apply: Callable[[], None]) -> None:
    """Call ``apply`` now and after every language change, for as long as ``owner`` lives."""
    retranslator = owner.findChild(_Retranslator, "_i18nRetranslator", Qt.FindChildOption.FindDirectChildrenOnly)
    if retranslator is None:
        retranslator = _Retranslator(owner)
    retranslator.appliers.append(apply)
    apply()


def keep_text(owner: QObject, target, context: str, source: str, setter: str = "setText") -> None:
    """``target.setter(translate(context, source))`` now and after every language change.

    Mark ``source`` with ``QT_TRANSLATE_NOOP(context, ...)`` where it is written so lupdate finds it.
    """
    keep(owner, lambda: getattr(target, setter)(translate(context, source)))


def escape(text) -> str:
    """Dataset text to put inside rich text (a label set to RichText, an HTML message): shown as typed."""
    return html.escape(str(text), quote=False)


def plain_tooltip(text) -> str:
    """A tooltip that shows ``text`` as typed.

    Qt shows a tooltip as HTML when it looks like HTML (``Qt.mightBeRichText``):
    such text is escaped once inside an explicit ``<qt>`` block; other text is
    left alone, so an '&' is not shown as '&amp;'.
    """
    text = str(text)
    if not QtGui_might_be_rich_text(text):
        return text
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


def QtGui_might_be_rich_text(text: str) -> bool:  # noqa: N802 - Qt's own test, imported late
    from PySide6.QtGui import Qt as QtGuiNamespace

    return QtGuiNamespace.mightBeRichText(text)


def mnemonic_safe(text) -> str:
    """Text for a menu or button label: every '&' shown, none taken as a shortcut key."""
    return str(text).replace("&", "&&")


class QtDisplayLocale:
    """Dates and numbers as ``QLocale`` writes them in one language (the model's DisplayLocale).

    Russian: '15 мая 2023 г.', month alone 'июнь 1999' (nominative). Kazakh:
    QLocale writes '2023 ж. 15 мамыр'; Kazakh style guides write the year as
    '2023 жылғы 15 мамыр' and a month alone as '1999 жылғы маусым', which we follow.
    """

    def __init__(self, code: str):
        self.code = code
        self._locale = locale(code)

    def year(self, year: int) -> str:
        return f"{year}"

    def _month_name(self, month: int) -> str:
        return self._locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)

    def month(self, year: int, month: int) -> str:
        if self.code == "kk":
            return f"{year} жылғы {self._month_name(month).lower()}"
        return f"{self._month_name(month)} {year}"

    def day(self, year: int, month: int, day: int) -> str:
        genitive = self._locale.monthName(month, QLocale.FormatType.LongFormat)
        if self.code == "kk":
            return f"{year} жылғы {day} {genitive.lower()}"
        if self.code == "ru":
            return f"{day} {genitive} {year} г."
        return f"{day} {genitive} {year}"

    def text(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)

    def number(self, value: float, decimals: int, grouping: bool = True) -> str:
        number_locale = QLocale(self._locale)
        if not grouping:
            number_locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return number_locale.toString(float(value), "f", decimals)
