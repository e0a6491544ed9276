"""What the importers produce: figures read from a publisher's file, and problems.

A :class:`Figure` is one number as the publisher prints it (or as derived
from printed numbers), with everything needed to become one ``trade.csv`` row
and its own ``sources.csv`` row naming the file and the sheet and cell (BNS)
or the lines (Eurostat). Readers never raise on file content: they return
:class:`ImportProblem` values that say where and what.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

# Every source row the importer writes has an id starting with this; a trade row
# whose only source is such an id was created by the importer (see data/README.md).
IMPORT_SOURCE_PREFIX = "import-"

TRADE_COLUMNS = (
    "series", "year", "flow", "value", "unit", "reporter", "partner", "partner_scope", "source_ids",
    "period", "qualifier", "derived", "stated_by", "quote", "note",
)
SOURCE_COLUMNS = ("source_id", "title", "publisher", "url", "published", "quote", "note")


@dataclass(frozen=True)
class ImportProblem:
    """A reason a file cannot be imported: ``FILE:SHEET:CELL: message`` or ``FILE:LINE: message``."""

    file: str
    where: str  # "SHEET:CELL", "LINE" or "" (the whole file)
    message: str

    def located(self) -> tuple[str, str]:
        """The language-neutral ``FILE:WHERE`` and the message (a Message the window translates)."""
        return (f"{self.file}:{self.where}" if self.where else self.file), self.message

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Figure:
    """One figure for ``trade.csv`` with its provenance.

    ``value`` is text, exactly as it will be written (as printed by the
    publisher, or the derivation's result at the printed precision).
    ``precedence`` orders figures of the same row from different files: the
    higher one is kept (BNS: the later publication, whose figures are revised).
    """

    series: str
    year: int
    flow: str
    value: str
    unit: str
    reporter: str
    partner: str
    partner_scope: str
    period: str
    derived: str
    note: str
    file: str
    location: str  # "sheet '2022', cell B23" / "lines 2–28"
    source_title: str
    source_publisher: str
    source_quote: str
    source_note: str
    precedence: int = 0
    order: int = field(default=0, compare=False)
    # Where the person got the files (a download page or a mirror), if they say.
    source_url: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two trade rows the same figure (the value aside)."""
        return row_key(self.trade_row())

    @property
    def source_id(self) -> str:
        year = "" if self.period.startswith(str(self.year)) else str(self.year)  # '2024-08' names its year
        parts = [self.series, year, self.period, self.flow, self.partner, self.partner_scope]
        return IMPORT_SOURCE_PREFIX + "-".join(slug(p) for p in parts if slug(p))

    @property
    def label(self) -> str:
        """'BNS 2022 turnover · Kazakhstan → EU (EU28 incl. UK)' — for previews and messages."""
        when = f"{self.year} {self.period}" if self.period else str(self.year)
        return f"{self.series} {when} {self.flow} · {self.reporter} → {self.partner} ({self.partner_scope})"

    def trade_row(self) -> dict[str, str]:
        return {
            "series": self.series, "year": str(self.year), "flow": self.flow, "value": self.value, "unit": self.unit,
            "reporter": self.reporter, "partner": self.partner, "partner_scope": self.partner_scope,
            "source_ids": self.source_id, "period": self.period, "qualifier": "", "derived": self.derived,
            "stated_by": "", "quote": "", "note": self.note,
        }

    def source_row(self) -> dict[str, str]:
        return {
            "source_id": self.source_id, "title": self.source_title, "publisher": self.source_publisher,
            "url": self.source_url, "published": "", "quote": self.source_quote, "note": self.source_note,
        }


def row_key(row: dict[str, str]) -> tuple[str, ...]:
    """Identity of a trade row: series, year, part of year, flow, reporter, partner, EU scope."""
    return tuple(
        str(row.get(c, "") or "").strip()
        for c in ("series", "year", "period", "flow", "reporter", "partner", "partner_scope")
    )


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ('EU28 incl. UK' -> 'eu28-incl-uk')."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def file_digest(path: Path) -> str:
    """The first 12 hex digits of the file's SHA-256: tells two downloads of one name apart."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def decimal_text(value: Decimal) -> str:
    """A decimal as plain text: no exponent, no thousands separators."""
    return format(value, "f")


def to_decimal(number: float | str) -> Decimal | None:
    """The shortest decimal that reads back as ``number`` (None if it is not a number)."""
    try:
        result = Decimal(repr(number) if isinstance(number, float) else str(number).strip())
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def round_to(value: Decimal, decimals: int | None) -> Decimal:
    """Round half away from zero, as a spreadsheet does when it prints a number."""
    if decimals is None:
        return value
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def line_ranges(lines: list[int]) -> str:
    """[2, 3, 4, 7] -> '2–4, 7'."""
    spans: list[list[int]] = []
    for line in sorted(lines):
        if spans and line == spans[-1][1] + 1:
            spans[-1][1] = line
        else:
            spans.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)
