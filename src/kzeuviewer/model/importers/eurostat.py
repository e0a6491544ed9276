"""Eurostat Comext "Relational view" CSV downloads (EU trade with Kazakhstan, EUR).

Columns ``REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR``.
Two shapes are read:

- monthly files: one row per reporting member state (plus aggregate rows such
  as "European Union - 27 countries (…)" and "Euro area …"). The member-state
  rows of the 27 current members are summed to an EU total; the count of
  members that reported is kept in the note, and the file's own EU27 row is
  compared with the sum. The United Kingdom (a member until 2020) is listed in
  the note but not summed: the series is the EU in its 2020 composition.
- annual files: one row "European Union - 27 countries (…)" per partner; the
  Kazakhstan row is the figure.

``PERIOD`` is "Aug. 2024", "201901-Jan. 2019" (month), "201952-Jan.-Dec. 2019"
or "Jan.-Dec. 2018" (year). A month is kept as a month: ``period`` '2024-08';
a full year has an empty ``period``; any other run of months is a part year
('Jan–Mar'), never shown as a full year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..csvfile import read_csv_text
from ..translatable import QT_TRANSLATE_NOOP, Message
from .figures import Figure, ImportProblem, decimal_text, file_digest, line_ranges

PUBLISHER = "Eurostat Comext"
COLUMNS = ("REPORTER", "PARTNER", "PRODUCT", "FLOW", "STAT_PROCEDURE", "PERIOD", "VALUE_IN_EUR")
PARTNER = "Kazakhstan"
SCOPE = "EU27 (2020 composition)"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MEMBER_STATES = (
    "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France",
    "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
    "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
)
FORMER_MEMBERS = ("United Kingdom",)
# Aggregates as Comext labels them (English and French downloads).
EU27_AGGREGATE = re.compile(r"^(European Union - 27 countries|Union européenne - 27 pays)\b")
OTHER_AGGREGATE = re.compile(r"^(European Union|Union européenne|Euro area|Zone euro|Extra-|Intra-)")
FLOWS = {"export": "export", "exportation": "export", "import": "import", "importation": "import"}

_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_PERIOD_RE = re.compile(rf"^(?:(\d{{6}})-)?{_MONTH}(?:\s*-\s*{_MONTH})?\s+(\d{{4}})$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True)
class Period:
    year: int
    first_month: int
    last_month: int

    @property
    def text(self) -> str:
        """'' for a full year, '2024-08' for a month, 'Jan–Mar' for another run of months."""
        if (self.first_month, self.last_month) == (1, 12):
            return ""
        if self.first_month == self.last_month:
            return f"{self.year}-{self.first_month:02d}"
        return f"{MONTHS[self.first_month - 1]}–{MONTHS[self.last_month - 1]}"


def parse_period(text: str) -> Period | None:
    """'Aug. 2024', '201901-Jan. 2019', '201952-Jan.-Dec. 2019', 'Jan.-Dec. 2018' → Period; else None."""
    match = _PERIOD_RE.match(text.strip())
    if not match:
        return None
    code, first, last, year = match.groups()

    def month(name: str) -> int:
        return MONTHS.index(name[:3].title()) + 1

    first_month = month(first)
    last_month = month(last) if last else first_month
    if last_month < first_month:
        return None
    period = Period(int(year), first_month, last_month)
    if code:  # 'YYYYMM-…': the code must agree with the label (52 = the whole year)
        code_year, code_month = int(code[:4]), int(code[4:])
        expected = 52 if (first_month, last_month) == (1, 12) and last else last_month
        if code_year != period.year or code_month not in (expected, last_month):
            return None
    return period


def _code_label(text: str) -> str:
    """'2-EXPORT' → 'export', 'TOTAL-Total' → 'total': the label after a code."""
    return text.split("-", 1)[1].strip().lower() if re.match(r"^\w+-", text) else text.strip().lower()


@dataclass
class _Group:
    period_text: str
    period: Period
    flow: str
    members: list[tuple[str, int, Decimal]] = field(default_factory=list)  # (reporter, line, value)
    former: list[tuple[str, int, Decimal]] = field(default_factory=list)
    eu27_rows: list[tuple[int, Decimal]] = field(default_factory=list)
    flow_text: str = ""


def read_eurostat_csv(path: str | Path, order: int = 0) -> tuple[list[Figure], list[ImportProblem]]:
    """EU figures (trade with Kazakhstan) of one Comext relational-view CSV, or its problems."""
    path = Path(path)
    name = path.name
    raw = read_csv_text(path, name)
    if raw.fatal:
        return [], [ImportProblem(name, str(p.line) if p.line else "", p.message) for p in raw.problems]
    frame = raw.frame
    problems = [ImportProblem(name, str(p.line), p.message) for p in raw.problems]
    columns = list(frame.columns)
    if sorted(columns) != sorted(COLUMNS):
        missing = [c for c in COLUMNS if c not in columns]
        other = [c for c in columns if c not in COLUMNS]
        details = [
            *([Message(QT_TRANSLATE_NOOP("Import", "missing {columns}"), columns=", ".join(missing))] if missing else []),
            *([Message(QT_TRANSLATE_NOOP("Import", "unexpected {columns}"), columns=", ".join(other))] if other else []),
        ]
        detail = details[0] if len(details) == 1 else Message(
            QT_TRANSLATE_NOOP("Import", "{first}; {second}"), first=details[0], second=details[1])
        return [], [ImportProblem(name, "1", Message(QT_TRANSLATE_NOOP(
            "Import", "not a Comext relational view ({detail}); expected the columns {columns}"),
            detail=detail, columns=",".join(COLUMNS)))]
    groups: dict[tuple[str, str], _Group] = {}
    for index, row in enumerate(frame.itertuples(index=False)):
        line = int(raw.lines[index])
        record = dict(zip(columns, (str(v).strip() for v in row), strict=True))
        if not any(record.values()) or record["PARTNER"] != PARTNER:
            continue
        for column in ("PRODUCT", "STAT_PROCEDURE"):
            if _code_label(record[column]) != "total":
                problems.append(ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
                    "Import", "{column} '{value}' is not the total (only PRODUCT and STAT_PROCEDURE 'Total' can be summed)"),
                    column=column, value=record[column])))
        flow = FLOWS.get(_code_label(record["FLOW"]))
        if flow is None:
            problems.append(ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
                "Import", "FLOW '{value}' is neither EXPORT nor IMPORT"), value=record["FLOW"])))
        period = parse_period(record["PERIOD"])
        if period is None:
            problems.append(ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
                "Import", "PERIOD '{value}' does not parse (expected e.g. 'Aug. 2024', '201901-Jan. 2019' or "
                "'201952-Jan.-Dec. 2019')"), value=record["PERIOD"])))
        value_text = record["VALUE_IN_EUR"].replace(" ", "")
        if not _NUMBER_RE.match(value_text):
            problems.append(ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
                "Import", "VALUE_IN_EUR '{value}' is not a number"), value=record["VALUE_IN_EUR"])))
        reporter = record["REPORTER"]
        kind = ("eu27" if EU27_AGGREGATE.match(reporter) else "aggregate" if OTHER_AGGREGATE.match(reporter)
                else "member" if reporter.startswith(MEMBER_STATES) else "former" if reporter.startswith(FORMER_MEMBERS)
                else None)
        if kind is None:
            problems.append(ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
                "Import", "REPORTER '{value}' is neither an EU member state nor an EU aggregate"), value=reporter)))
        if problems or kind == "aggregate":
            continue
        group = groups.setdefault((record["PERIOD"], flow), _Group(record["PERIOD"], period, flow))
        group.flow_text = record["FLOW"]
        value = Decimal(value_text)
        if kind == "eu27":
            group.eu27_rows.append((line, value))
        else:
            (group.members if kind == "member" else group.former).append((reporter, line, value))
    if problems:
        return [], problems
    if not groups:
        return [], [ImportProblem(name, "", Message(QT_TRANSLATE_NOOP(
            "Import", "has no row with PARTNER '{partner}' reported by the EU or its members"), partner=PARTNER))]
    digest = file_digest(path)
    figures = []
    for group in groups.values():
        figure = _figure(group, name, digest, order)
        if isinstance(figure, ImportProblem):
            problems.append(figure)
        else:
            figures.append(figure)
    return (figures if not problems else []), problems


def _figure(group: _Group, name: str, digest: str, order: int) -> Figure | ImportProblem:
    period = group.period
    when = f"PERIOD '{group.period_text}'"
    common = {
        "year": period.year, "flow": group.flow, "unit": "EUR", "reporter": "EU", "partner": PARTNER,
        "partner_scope": SCOPE, "period": period.text, "file": name, "source_publisher": PUBLISHER,
        "source_quote": "", "order": order,
    }
    part_year = "" if not period.text or period.first_month == period.last_month else "PART OF THE YEAR. "
    if group.members:
        reporters = {r for r, _, _ in group.members}
        if len(reporters) != len(group.members):
            return ImportProblem(name, str(group.members[0][1]), Message(QT_TRANSLATE_NOOP(
                "Import", "a member state is listed twice for {when}"), when=when))
        total = sum((v for _, _, v in group.members), Decimal(0))
        lines = line_ranges([line for _, line, _ in group.members])
        count = len(group.members)
        check = ""
        for line, value in group.eu27_rows:
            check += (f" The file's own EU27 row (line {line}) gives the same total." if value == total else
                      f" The file's own EU27 row (line {line}) gives {decimal_text(value)} EUR, not the sum.")
        former = "".join(f" {r.split(' (')[0]} (line {line}, {decimal_text(v)} EUR) is not summed: not in the EU27."
                         for r, line, v in group.former)
        note = (f"{part_year}Sum of the member-state rows: {count} of the 27 EU members reported exports to "
                f"Kazakhstan in {when} (lines {lines} of {name}).{check}{former}")
        if group.flow == "import":
            note = note.replace("exports to", "imports from")
        return Figure(
            series="Eurostat", value=decimal_text(total), derived="yes", note=note, location=f"lines {lines}",
            source_title=f"Eurostat Comext 'Relational view' – {name}, lines {lines} ({when})",
            source_note=f"Imported by kzeuviewer from the file {name} (SHA-256 {digest}…): sum of VALUE_IN_EUR of "
            f"{count} member-state rows (lines {lines}), PARTNER {PARTNER}, FLOW {group.flow_text}, {when}.{check}{former}",
            precedence=0, **common,
        )
    if len(group.eu27_rows) != 1:
        line = group.eu27_rows[1][0] if group.eu27_rows else group.former[0][1]
        return ImportProblem(name, str(line), Message(QT_TRANSLATE_NOOP(
            "Import", "no single EU27 row or member-state rows for {when}"), when=when))
    line, value = group.eu27_rows[0]
    return Figure(
        series="Eurostat", value=decimal_text(value), derived="no",
        note=f"{part_year}Comext value, {when}, reporter 'European Union – 27 countries (AT … SK)', excl. UK; "
        f"flow {group.flow_text}; product TOTAL; line {line} of {name}.",
        location=f"line {line}",
        source_title=f"Eurostat Comext 'Relational view' – {name}, line {line} ({when})",
        source_note=f"Imported by kzeuviewer from the file {name} (SHA-256 {digest}…): line {line}, reporter "
        f"'European Union - 27 countries', PARTNER {PARTNER}, FLOW {group.flow_text}, {when}, VALUE_IN_EUR.",
        precedence=0, **common,
    )
