"""The dataset format: which files, which columns, which values are allowed.

This is the single description that the loader validates against and that
``data/README.md`` documents for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .languages import optional_columns

EVENT_KINDS = ("visit", "summit", "meeting", "agreement", "award", "other")
SIDES = ("KZ", "EU", "EU member state", "other")
FLOWS = ("export", "import", "turnover")
# Money units keep their currency; the scale word says what one unit is worth.
UNIT_SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
CURRENCIES = ("USD", "EUR")
PERCENT = "%"
# ASCII digits only: Python's \d also matches full-width and other scripts' digits.
DATE_PATTERN = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"
# Dates must lie in these years (inclusive). The bounds sit inside the range of
# pandas' nanosecond timestamps (1677-09-21 … 2262-04-11) that every consumer of
# the date columns uses, so no date can wrap around into another one.
FIRST_DATE_YEAR, LAST_DATE_YEAR = 1700, 2200
# ``year`` of trade and indicator rows: a whole number in this range.
FIRST_YEAR, LAST_YEAR = 1900, 2100
# A figure's magnitude, in the currency's units (value × scale) or in %, may not exceed this:
# world trade is ~10^13 USD a year, so anything larger is a typing error, and charts stay drawable.
MAX_VALUE = 1e15
QUALIFIERS = ("", ">", "<", "~")
YES_NO = ("", "yes", "no")
CONFIDENCES = ("", "confirmed", "single-source", "announced", "uncertain", "unverified", "disputed")
REPORTERS = ("Kazakhstan", "EU", "Press")
PARTNERS = ("EU", "Kazakhstan", "World", "United Kingdom", "European countries")
PARTNER_SCOPES = (
    "EU28 incl. UK",
    "EU27",
    "EU27 (2020 composition)",
    "EU27 (consistent with BNS minus UK)",
    'EU27 ("since Britain’s exit")',
    "EU variable composition (incl. UK in 2019)",
    "EU (27 at the time)",
    "EU28",
    "EU",
    '"European countries" (wider than EU?)',
    "World",
    "United Kingdom",
)
INDICATORS = (
    "EU share of KZ trade turnover",
    "EU share of KZ exports",
    "EU share of KZ imports",
    "Trade turnover growth (stated)",
    "Trade turnover growth (derived)",
    "Trade turnover growth since 2019 (stated)",
    "KZ exports to EU growth (stated)",
    "KZ imports from European countries growth (stated)",
    "Trade balance in Kazakhstan's favour",
    "FDI from the EU",
    "FDI from the EU growth (stated)",
    "Investment from the EU",
    "Investment from the EU growth (stated)",
    "EU share of FDI",
    "EU share of investment",
    "EU share of FDI stock",
    "Total FDI inflow into Kazakhstan",
    "Mirror gap: EU-reported exports vs KZ-reported imports",
)
# Other spellings accepted in closed vocabularies and replaced at load by the
# documented value (data/README.md). Every vocabulary also matches regardless
# of case ("Export" → "export").
_KAZAKHSTAN = {"KZ": "Kazakhstan", "KAZ": "Kazakhstan", "Republic of Kazakhstan": "Kazakhstan"}
_EU = {"EU27": "EU", "EU28": "EU", "European Union": "EU"}
ALIASES: dict[str, dict[str, str]] = {
    "side": {"Kazakhstan": "KZ", "KAZ": "KZ", "European Union": "EU"},
    "reporter": {**_KAZAKHSTAN, **_EU},
    "partner": {**_KAZAKHSTAN, **_EU, "UK": "United Kingdom", "GB": "United Kingdom", "GBR": "United Kingdom",
                "WLD": "World"},
    "flow": {"exports": "export", "imports": "import"},
    "unit": {"percent": PERCENT},
}
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
    # Closed vocabularies: column -> the values allowed ("" allows an empty cell).
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
    known_extra=("note",) + optional_columns("sources"),
    id_column="source_id",
    not_empty=("source_id", "title"),
    dates=("published",),
    has_sources=False,
)

PEOPLE = TableSpec(
    name="people",
    filename="people.csv",
    required=("person_id", "name", "role", "organisation", "side", "source_ids"),
    known_extra=("period", "quote", "confidence", "note") + optional_columns("people"),
    id_column="person_id",
    not_empty=("person_id", "name", "side", "source_ids"),
    allowed={"side": SIDES, "confidence": CONFIDENCES},
)

EVENTS = TableSpec(
    name="events",
    filename="events.csv",
    required=("event_id", "date", "end_date", "title", "kind", "location", "summary", "source_ids"),
    known_extra=("quote", "confidence", "note") + optional_columns("events"),
    id_column="event_id",
    not_empty=("event_id", "date", "title", "kind", "source_ids"),
    dates=("date", "end_date"),
    allowed={"kind": EVENT_KINDS, "confidence": CONFIDENCES},
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
    known_extra=("place", "quote", "confidence", "note") + optional_columns("awards"),
    id_column="award_id",
    not_empty=("award_id", "person_id", "award", "source_ids"),
    dates=("date",),
    allowed={"confidence": CONFIDENCES},
    references={"person_id": "people", "event_id": "events"},
)

TRADE = TableSpec(
    name="trade",
    filename="trade.csv",
    required=("series", "year", "flow", "value", "unit", "reporter", "partner", "partner_scope", "source_ids"),
    known_extra=_FIGURE_EXTRAS + ("coverage",),
    not_empty=("series", "year", "flow", "value", "unit", "reporter", "partner", "partner_scope", "source_ids"),
    integers=("year",),
    numbers=("value",),
    allowed={
        "flow": FLOWS, "reporter": REPORTERS, "partner": PARTNERS, "partner_scope": PARTNER_SCOPES,
        "qualifier": QUALIFIERS, "derived": YES_NO,
    },
)

INDICATORS = TableSpec(
    name="indicators",
    filename="indicators.csv",
    required=("series", "year", "indicator", "value", "unit", "source_ids"),
    known_extra=_FIGURE_EXTRAS + ("partner_scope",),
    not_empty=("series", "year", "indicator", "value", "unit", "source_ids"),
    integers=("year",),
    numbers=("value",),
    allowed={
        "indicator": INDICATORS, "partner_scope": ("",) + PARTNER_SCOPES, "qualifier": QUALIFIERS, "derived": YES_NO,
    },
    optional=True,
)

# Load order matters: a table may only reference tables loaded before it.
TABLES: tuple[TableSpec, ...] = (SOURCES, PEOPLE, EVENTS, PARTICIPANTS, AWARDS, TRADE, INDICATORS)
