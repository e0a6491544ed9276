"""Validation problems, reported as ``FILE:LINE: COLUMN: message``.

A problem is always printed on one line: line breaks and other control
characters inside a column name or a quoted cell are escaped, so a hostile
cell cannot forge further report lines.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .translatable import QT_TRANSLATE_NOOP, Message

# Characters that do not show on screen but change what a cell means.
_INVISIBLE = {"\u00a0", "\u00ad", "\u034f", "\u115f", "\u1160", "\u3164", "\ufeff", "\ufffe", "\uffff"}
_SHOWN_LIMIT = 80


def plural(count: int, word: str, many: str | None = None) -> str:
    """``plural(1, "fatal problem")`` → '1 fatal problem'; 2 → '2 fatal problems'."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def _is_invisible(char: str) -> bool:
    return char in _INVISIBLE or unicodedata.category(char) in ("Cf", "Zl", "Zp")


def _escape_char(char: str) -> str:
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    return f"<U+{ord(char):04X}>"


def one_line(text: str) -> str:
    """``text`` with control and invisible characters written out (``\\n``, ``<U+200B>``)."""
    if text.isprintable() and (text.isascii() or not any(_is_invisible(c) for c in text)):
        return text
    return "".join(_escape_char(c) if not c.isprintable() or _is_invisible(c) else c for c in text)


def invisible_characters(text: str) -> list[str]:
    """Names of the invisible or control characters in ``text`` ('U+200B ZERO WIDTH SPACE', …)."""
    if text.isascii() and text.isprintable():
        return []
    found = dict.fromkeys(c for c in text if _is_invisible(c) or (not c.isprintable() and c not in "\n\r\t"))
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}" for c in found]


def without_invisible(text: str) -> str:
    """``text`` without its invisible characters (zero-width spaces, BOMs, …)."""
    if text.isascii():
        return text
    return "".join(c for c in text if not _is_invisible(c))


def shown(value, limit: int = _SHOWN_LIMIT) -> str:
    """A cell value quoted for a message: one line, long values cut, hidden characters named.

    ``'KZ<U+200B>' (contains an invisible U+200B ZERO WIDTH SPACE)``
    """
    text = str(value)
    cut = len(text) > limit
    quoted = f"'{one_line(text[:limit])}{'…' if cut else ''}'"
    if cut:
        quoted += f" ({len(text):,} characters)"
    hidden = invisible_characters(text[:10_000])
    if hidden:
        quoted += f" (contains an invisible {', '.join(hidden)})"
    return quoted


class DatasetError(Exception):
    """A dataset cannot be loaded at all; ``problems`` lists every fatal reason.

    The window says it in its language with ``kzeuviewer.ui.i18n.render``.
    """

    def __init__(self, path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"Cannot load the dataset at {path} ({self.summary}):\n{lines}")

    @property
    def summary(self) -> Message:
        """'1 fatal problem', '3 fatal problems'."""
        return Message(QT_TRANSLATE_NOOP("Problems", "%Ln fatal problems"), count=len(self.problems),
                       one="%Ln fatal problem")


def problem_where(problem: Problem) -> tuple[str, str | None]:
    """``FILE:LINE`` (one line, language-neutral) and the column as given (None for a whole file or row)."""
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    if not problem.column:
        return one_line(where), None
    return one_line(where), problem.column


@dataclass(frozen=True, order=True)
class Problem:
    """One validation problem. ``message`` (and a ``column`` that is a description, such as
    'column 3') may be a :class:`~kzeuviewer.model.translatable.Message`: its ``str`` is the
    English text printed here, and the window translates it."""

    file: str
    line: int | None
    column: str | None
    message: str
    # "fatal" rejects the dataset, "error" skips one row, "warning" changes nothing.
    severity: str = "error"

    def __str__(self) -> str:
        where, column = problem_where(self)
        if column is None:  # a problem of the whole file or row: "FILE:LINE: message"
            return f"{where}: {one_line(self.message)}"
        return f"{where}: {shown_column(column)}: {one_line(self.message)}"


def shown_column(column: str) -> str:
    """A column name for a problem line: one line, and a megabyte-long header cell named, not printed whole."""
    return one_line(column[:_SHOWN_LIMIT]) + ("…" if len(column) > _SHOWN_LIMIT else "")
