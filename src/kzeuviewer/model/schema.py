"""The dataset format: which files, which columns, which values are allowed.

This is the single description that the loader validates against and that
``data/README.md`` documents for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_KINDS = ("visit", "summit", "meeting", "agreement", "award", "other")
SIDES = ("KZ", "EU", "EU member state", "other")
FLOWS = ("export", "import", "turnover")
# Money units keep their currency; the scale word says what one unit is worth.
UNIT_SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
CURRENCIES = ("USD", "EUR")
DATE_PATTERN = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
QUALIFIERS = ("", ">", "<", "~")
YES_NO = ("", "yes", "no")
_FIGURE_EXTRAS = ("period", "qualifier", "derived", "stated_by", "quote", "note")


@dataclass(frozen=True)
class TableSpec:
    """One CSV file of a dataset folder."""

    name: str
    filename: str
    required: tuple[str, ...]
    # Documented optional columns: no warning when present (see data/README.md).
    known_extra: tuple[str, ...] = ()
    id_column: str | None = None
    # Columns whose empty cell is a row error.
    not_empty: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    integers: tuple[str, ...] = ()
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # column -> table whose id it must name (empty cells allowed unless in not_empty)
    references: dict[str, str] = field(default_factory=dict)
    # An optional table may be absent from a dataset folder.
    optional: bool = False
    has_sources: bool = True


SOURCES = TableSpec(
    name="sources",
    filename="sources.csv",
    required=("source_id", "title", "publisher", "url", "published", "quote"),
    known_extra=("note",),
    id_column="source_id",
    not_empty=("source_id", "title"),
    dates=("published",),
    has_sources=False,
)

PEOPLE = TableSpec(
    name="people",
    filename="people.csv",
    required=("person_id", "name", "role", "organisation", "side", "source_ids"),
    known_extra=("period", "quote", "confidence", "note"),
    id_column="person_id",
    not_empty=("person_id", "name", "side", "source_ids"),
    allowed={"side": SIDES},
)

EVENTS = TableSpec(
    name="events",
    filename="events.csv",
    required=("event_id", "date", "end_date", "title", "kind", "location", "summary", "source_ids"),
    known_extra=("quote", "confidence", "note"),
    id_column="event_id",
    not_empty=("event_id", "date", "title", "kind", "source_ids"),
    dates=("date", "end_date"),
    allowed={"kind": EVENT_KINDS},
)

PARTICIPANTS = TableSpec(
    name="participants",
    filename="participants.csv",
    required=("event_id", "person_id", "role"),
    not_empty=("event_id", "person_id"),
    references={"event_id": "events", "person_id": "people"},
    has_sources=False,
)

AWARDS = TableSpec(
    name="awards",
    filename="awards.csv",
    required=("award_id", "person_id", "award", "degree", "date", "conferred_by", "event_id", "source_ids"),
    known_extra=("place", "quote", "confidence", "note"),
    id_column="award_id",
    not_empty=("award_id", "person_id", "award", "source_ids"),
    dates=("date",),
    references={"person_id": "people", "event_id": "events"},
)

TRADE = TableSpec(
    name="trade",
    filename="trade.csv",
    required=("series", "year", "flow", "value", "unit", "reporter", "partner", "partner_scope", "source_ids"),
    known_extra=_FIGURE_EXTRAS + ("coverage",),
    not_empty=("series", "year", "flow", "value", "unit", "source_ids"),
    integers=("year",),
    numbers=("value",),
    allowed={"flow": FLOWS, "qualifier": QUALIFIERS, "derived": YES_NO},
)

INDICATORS = TableSpec(
    name="indicators",
    filename="indicators.csv",
    required=("series", "year", "indicator", "value", "unit", "source_ids"),
    known_extra=_FIGURE_EXTRAS + ("partner_scope",),
    not_empty=("series", "year", "indicator", "value", "unit", "source_ids"),
    integers=("year",),
    numbers=("value",),
    allowed={"qualifier": QUALIFIERS, "derived": YES_NO},
    optional=True,
)

# Load order matters: a table may only reference tables loaded before it.
TABLES: tuple[TableSpec, ...] = (SOURCES, PEOPLE, EVENTS, PARTICIPANTS, AWARDS, TRADE, INDICATORS)
TABLES_BY_NAME = {spec.name: spec for spec in TABLES}
