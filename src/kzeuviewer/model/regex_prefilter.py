"""Literal text every match of a regular expression must contain, to skip most values unread.

A search for ``jank\\w+s12\\b`` can only match values that contain "jank" and
"s12"; ``(dost|paras)\\w+`` only values containing "dost" or "paras". The
table query finds those candidates with its fast substring search and runs
the (slow, per-value) regular expression on them alone.

:func:`required_literals` reads the parsed pattern (the standard library's
own parser) and returns groups of alternatives: every group must be satisfied
by at least one of its literals. It is conservative: any construct it does
not understand contributes nothing, which only means more candidates.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, getattr(_sre_constants, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)
_AT = _sre_constants.AT
_AT_START = (_sre_constants.AT_BEGINNING, _sre_constants.AT_BEGINNING_STRING)


def _parse(pattern: re.Pattern) -> list | None:
    try:
        return list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - the pattern compiled, so this is only a parser difference
        return None


def anchored_prefix(pattern: re.Pattern) -> str | None:
    """The literal text a match must start each value with (``^ursula`` → 'ursula'), or None.

    ``""`` means the pattern is only an anchor (``^``): it matches every value.
    Not used with the MULTILINE flag, where ``^`` also matches inside a value.
    """
    parsed = _parse(pattern)
    if not parsed or pattern.flags & re.MULTILINE or parsed[0][0] is not _AT or parsed[0][1] not in _AT_START:
        return None
    rest = parsed[1:]
    while rest and rest[0][0] is _AT and rest[0][1] in _AT_START:
        rest = rest[1:]
    prefix = []
    for op, argument in rest:
        if op is not _LITERAL:
            break
        prefix.append(chr(argument))
    if not prefix and rest:
        return None
    return "".join(prefix)


def required_literals(pattern: re.Pattern) -> list[list[str]]:
    """Groups of literals; a value can match only if, for every group, it contains one of its literals.

    ``[]`` means no requirement could be found (every value is a candidate).
    """
    parsed = _parse(pattern)
    return _sequence(parsed) if parsed else []


def _sequence(items) -> list[list[str]]:
    groups: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append(["".join(run)])
            run.clear()

    for op, argument in items:
        if op is _LITERAL:
            run.append(chr(argument))
            continue
        flush()
        if op is _SUBPATTERN:
            groups.extend(_sequence(list(argument[-1])))
        elif op in _REPEATS and op is not None:
            low, _high, body = argument
            if low >= 1:
                groups.extend(_sequence(list(body)))
        elif _ATOMIC is not None and op is _ATOMIC:
            groups.extend(_sequence(list(argument)))
        elif op is _BRANCH:
            alternatives: list[str] = []
            for branch in argument[1]:
                branch_groups = _sequence(list(branch))
                if not branch_groups:
                    alternatives = []
                    break
                # The branch's most selective requirement stands for it.
                alternatives.extend(max(branch_groups, key=lambda g: min(map(len, g))))
            if alternatives:
                groups.append(alternatives)
    flush()
    return groups
