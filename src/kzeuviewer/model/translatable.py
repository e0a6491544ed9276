"""Marking model texts for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged (a ``str`` that
remembers its context); ``pyside6-lupdate`` recognises the call by its name and
puts ``text`` in the ``.ts`` files under ``context``. The window shows it with
``QCoreApplication.translate(context, text)`` (``kzeuviewer.ui.i18n.translate``);
scripts, the command line and exported files keep the English text.

A sentence with values in it is a :class:`Message`: it *is* its English text (a
``str``, so the command line, logs, files and every comparison see exactly the
English they always saw) and it also keeps its template and arguments, so the
window can say it in the chosen language (``kzeuviewer.ui.i18n.render``)::

    Message(QT_TRANSLATE_NOOP("Problems", "{value} is not a number"), value=shown(text))
    Message(QT_TRANSLATE_NOOP("Problems", "%Ln fatal problems"), count=n, one="%Ln fatal problem")

Templates name their arguments in braces (``str.format``); a count is ``%Ln``
(Qt's numerus form: Russian has three plural forms, Kazakh and English two).
Values quoted from the user's data are arguments and are never translated; an
argument may itself be a :class:`Message` (translated in turn) or a
:class:`Number` (written with the language's digits and separators).
"""

from __future__ import annotations

from collections.abc import Mapping


class Source(str):
    """A marked text: the English source, knowing the translation context it was marked in."""

    context: str

    def __new__(cls, context: str, text: str) -> Source:
        source = super().__new__(cls, text)
        source.context = context
        return source

    def __reduce__(self):
        return (Source, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:  # noqa: N802 - the name lupdate looks for
    return Source(context, text)


class Number:
    """A quantity inside a message: '1,234' in English, '1 234' in Russian (``decimals`` after the point)."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: float, decimals: int = 0):
        self.value = value
        self.decimals = decimals

    def __str__(self) -> str:
        return f"{self.value:,.{self.decimals}f}"

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.decimals})"


def english_count(text: str, count: int) -> str:
    """``%Ln`` and ``%n`` of a plural template written out as English writes a count."""
    return text.replace("%Ln", f"{count:,}").replace("%n", f"{count}")


class Message(str):
    """An English sentence that also knows how to be translated (see the module's text).

    ``template`` comes from :func:`QT_TRANSLATE_NOOP` (or give ``context``);
    ``count`` makes it a plural message whose English is ``one`` when the count is 1.
    """

    context: str
    template: str
    args: Mapping[str, object]
    count: int | None
    one: str | None

    def __new__(
        cls, template: str, *, context: str | None = None, count: int | None = None, one: str | None = None,
        **args: object,
    ) -> Message:
        context = context or getattr(template, "context", None)
        if not context:
            raise ValueError("a Message needs its translation context: mark the template with QT_TRANSLATE_NOOP")
        english = str(one if count == 1 and one is not None else template)
        if count is not None:
            english = english_count(english, count)
        if args:
            english = english.format(**{name: str(value) for name, value in args.items()})
        message = super().__new__(cls, english)
        message.context = context
        message.template = str(template)
        message.args = dict(args)
        message.count = count
        message.one = one
        return message

    def __reduce__(self):  # copies and pickles stay translatable
        return (_rebuild_message, (self.template, self.context, self.count, self.one, self.args))


def _rebuild_message(template: str, context: str, count: int | None, one: str | None, args: dict) -> Message:
    return Message(template, context=context, count=count, one=one, **args)


class Joined(str):
    """Several messages as one text, ``separator`` between them; the window translates each part."""

    parts: tuple
    separator: str

    def __new__(cls, parts, separator: str) -> Joined:
        parts = tuple(parts)
        text = super().__new__(cls, separator.join(str(part) for part in parts))
        text.parts = parts
        text.separator = separator
        return text

    def __reduce__(self):
        return (Joined, (self.parts, self.separator))


def joined(parts, separator: str) -> Joined:
    """``separator.join(parts)``, keeping each part translatable."""
    return Joined(parts, separator)


# What the operating system says most often when a file cannot be read or written
# (the C library's own words): marked here, so the window can say them in its language.
SYSTEM_ERRORS = (
    QT_TRANSLATE_NOOP("SystemErrors", "Permission denied"),
    QT_TRANSLATE_NOOP("SystemErrors", "No such file or directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "No space left on device"),
    QT_TRANSLATE_NOOP("SystemErrors", "Read-only file system"),
    QT_TRANSLATE_NOOP("SystemErrors", "Is a directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "Not a directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "File exists"),
    QT_TRANSLATE_NOOP("SystemErrors", "File name too long"),
    QT_TRANSLATE_NOOP("SystemErrors", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("SystemErrors", "Input/output error"),
    QT_TRANSLATE_NOOP("SystemErrors", "Operation not permitted"),
    QT_TRANSLATE_NOOP("SystemErrors", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("SystemErrors", "File too large"),
    QT_TRANSLATE_NOOP("SystemErrors", "Device or resource busy"),
)


def system_error(err: BaseException) -> Message:
    """The reason an operating-system call failed (``err.strerror``, else the error's text), translatable."""
    text = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return Message(text, context="SystemErrors")
