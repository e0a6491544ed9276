"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, kept at their precision.

Parsed dates are nanosecond timestamps, so only years FIRST_DATE_YEAR to
LAST_DATE_YEAR are accepted: a date outside pandas' nanosecond range would
otherwise wrap around silently (9999-12-31 became 1816, 1600 became 2184).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .locale_format import DisplayLocale, display_locale
from .schema import DATE_PATTERN, FIRST_DATE_YEAR, LAST_DATE_YEAR

_DATE_RE = re.compile(DATE_PATTERN)
PRECISIONS = ("year", "month", "day")


def in_date_range(text: str) -> bool:
    """Whether a date matching the pattern lies in the supported years."""
    return FIRST_DATE_YEAR <= int(text.strip()[:4]) <= LAST_DATE_YEAR


def parse_partial_date(text: str) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """First day, last day and precision of a partial date, or None if invalid or out of range."""
    text = text.strip()
    if not _DATE_RE.fullmatch(text) or not in_date_range(text):
        return None
    precision = PRECISIONS[text.count("-")]
    try:
        start = pd.Timestamp(text if precision == "day" else text + ("-01" if precision == "month" else "-01-01"))
    except ValueError:
        return None
    return start, span_end(start, precision), precision


def span_end(start: pd.Timestamp, precision: str | None) -> pd.Timestamp:
    """Last day a partial date stands for: the end of its year or month, or the day itself."""
    if precision == "year":
        return start + pd.offsets.YearEnd(0)
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    return start


def parse_date_column(values: pd.Series) -> pd.DataFrame:
    """Vectorised parse of a text column of partial dates.

    Returns columns ``start``, ``end`` (datetime64[ns], NaT where empty or invalid),
    ``precision`` (category), ``invalid`` (bool: non-empty but unparseable) and
    ``out_of_range`` (bool: a date outside years FIRST_DATE_YEAR–LAST_DATE_YEAR).
    Distinct values are parsed once, so a million rows with a few thousand
    distinct dates costs little.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    n = len(uniques)
    # One extra slot at the end stands for empty cells (and NaN codes).
    starts = np.full(n + 1, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    ends = starts.copy()
    precision_codes = np.full(n + 1, -1, dtype=np.int8)
    invalid = np.zeros(n + 1, dtype=bool)
    out_of_range = np.zeros(n + 1, dtype=bool)
    for i, text in enumerate(uniques):
        text = str(text)
        if not text.strip():
            continue
        parsed = parse_partial_date(text)
        if parsed is None:
            if _DATE_RE.fullmatch(text.strip()) and not in_date_range(text):
                out_of_range[i] = True
            else:
                invalid[i] = True
            continue
        starts[i], ends[i] = parsed[0].to_datetime64(), parsed[1].to_datetime64()
        precision_codes[i] = PRECISIONS.index(parsed[2])
    rows = np.where(codes < 0, n, codes)
    return pd.DataFrame(
        {
            "start": starts[rows],
            "end": ends[rows],
            "precision": pd.Categorical.from_codes(precision_codes[rows], categories=list(PRECISIONS)),
            "invalid": invalid[rows],
            "out_of_range": out_of_range[rows],
        },
        index=values.index,
    )


def format_partial_date(start, precision, locale: DisplayLocale | None = None) -> str:
    """Show a date at the precision the source gave: '1999', 'June 1999', '2 June 1999'.

    The words come from ``locale`` (default: the active display locale, see
    :mod:`.locale_format`): 'июнь 1999', '15 мая 2023 г.', '2023 жылғы 15 мамыр'.
    """
    if start is None or pd.isna(start) or precision is None or pd.isna(precision):
        return ""
    ts = pd.Timestamp(start)
    locale = locale if locale is not None else display_locale()
    if precision == "year":
        return locale.year(ts.year)
    if precision == "month":
        return locale.month(ts.year, ts.month)
    return locale.day(ts.year, ts.month, ts.day)


def iso_partial_date(start, precision) -> str:
    """The same date for machines, at its precision: '1999', '1999-06', '1999-06-02'."""
    if start is None or pd.isna(start) or precision is None or pd.isna(precision):
        return ""
    ts = pd.Timestamp(start)
    if precision == "year":
        return f"{ts.year:04d}"
    if precision == "month":
        return f"{ts.year:04d}-{ts.month:02d}"
    return f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"


def format_date_range(start, end, precision, end_precision=None, locale: DisplayLocale | None = None) -> str:
    """'26–27 October 2022' style ranges where an end date is known."""
    first = format_partial_date(start, precision, locale)
    if end is None or pd.isna(end) or end_precision is None or pd.isna(end_precision):
        return first
    return f"{first} – {format_partial_date(end, end_precision, locale)}"
