"""From imported figures to a dataset: the plan (what would change) and applying it.

The plan compares each figure with ``trade.csv`` of a dataset folder by its
identity (series, year, period, flow, reporter, partner, EU scope):

- **added**: no such row yet;
- **changed**: a row the importer created earlier (its only source id starts
  with ``import-``) now gets another value or other provenance (old → new);
- **conflict**: a row the importer did not create (entered by hand) gives
  another value; it is left as it is unless the plan is made with
  ``overwrite=True``;
- **unchanged**: the same row is already there (an importer row identical to
  the new one, or a hand-entered row with the same exact value: that row is
  kept as it is, with its own sources).

Applying writes the whole dataset atomically: the folder is copied to a
sibling temporary folder, the new ``trade.csv`` and ``sources.csv`` are written
there and loaded as a check, and only then is the folder swapped in by two
renames (undone if the second fails). Rows and lines that do not change are
copied byte for byte; added rows go at the end of their file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..loader import load_dataset
from ..problems import DatasetError
from ..translatable import QT_TRANSLATE_NOOP, Message, joined
from .bns import read_bns_workbook
from .eurostat import read_eurostat_csv
from .figures import (
    IMPORT_SOURCE_PREFIX,
    SOURCE_COLUMNS,
    TRADE_COLUMNS,
    Figure,
    ImportProblem,
    row_key,
)

READERS = {"bns": read_bns_workbook, "eurostat": read_eurostat_csv}
TRADE_FILE, SOURCES_FILE = "trade.csv", "sources.csv"


def _joined(problems) -> str:
    """Problems on one line, '; ' between them (each translated in the window)."""
    return joined(problems, "; ")


class ImportApplyError(Exception):
    """The plan cannot be made or written; the dataset folder is left as it was."""


# -- reading the publishers' files ------------------------------------------------------
def read_files(kind: str, paths, source_url: str = "") -> tuple[list[Figure], list[ImportProblem]]:
    """Figures of every file of one kind ("bns" or "eurostat"), and every problem found.

    If any problem is returned, nothing should be imported: the figures of the
    other files are still returned so that a preview can show them.
    """
    if kind not in READERS:
        raise ValueError(f"unknown kind of file {kind!r}; valid: {', '.join(READERS)}")
    figures: list[Figure] = []
    problems: list[ImportProblem] = []
    for order, path in enumerate(paths):
        path = Path(path)
        if not path.is_file():
            problems.append(ImportProblem(path.name, "", Message(QT_TRANSLATE_NOOP("Import", "file not found")) if not path.exists()
                                          else Message(QT_TRANSLATE_NOOP("Import", "is not a file"))))
            continue
        try:
            got, bad = READERS[kind](path, order)
        except Exception as err:  # a reader bug or a file the library chokes on: still a message, not a traceback
            got, bad = [], [ImportProblem(path.name, "", Message(QT_TRANSLATE_NOOP("Import", "cannot be read: {reason}"),
                                                       reason=f"{type(err).__name__}: {err}"))]
        figures += [replace(f, source_url=source_url) for f in got] if source_url else got
        problems += bad
    return figures, problems


@dataclass(frozen=True)
class Superseded:
    """Two files give the same row different values; ``kept`` is used (the later publication)."""

    kept: Figure
    dropped: Figure


def select_figures(figures: list[Figure]) -> tuple[list[Figure], list[Superseded]]:
    """One figure per row: the highest precedence wins (later publication, then later file)."""
    best: dict[tuple, Figure] = {}
    for figure in figures:
        current = best.get(figure.key)
        if current is None or (figure.precedence, figure.order) > (current.precedence, current.order):
            best[figure.key] = figure
    superseded = [
        Superseded(best[f.key], f) for f in figures
        if f is not best[f.key] and not _same_number(f.value, best[f.key].value)
    ]
    return [f for f in figures if f is best[f.key]], superseded


# -- the dataset's CSV files as records with their exact text ------------------------------
@dataclass
class _Record:
    fields: list[str]
    text: str  # the record's own text, line end included
    line: int  # physical line where it starts

    def as_dict(self, header: list[str]) -> dict[str, str]:
        return {c: (self.fields[i] if i < len(self.fields) else "") for i, c in enumerate(header)}


@dataclass
class _CsvFile:
    name: str
    bom: str
    header_text: str
    header: list[str]
    records: list[_Record]
    newline: str
    digest: str

    @classmethod
    def read(cls, path: Path) -> _CsvFile:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        text = text[len(bom):]
        physical = re.findall(r"[^\n]*\n|[^\n]+$", text)
        reader = csv.reader(physical)
        chunks: list[tuple[list[str], str, int]] = []
        start = 0
        for fields in reader:
            chunks.append((fields, "".join(physical[start:reader.line_num]), start + 1))
            start = reader.line_num
        if not chunks:
            raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "{file} is empty"), file=path.name))
        header_fields, header_text, _ = chunks[0]
        newline = "\r\n" if header_text.endswith("\r\n") else "\n"
        records = [_Record(f, t, line) for f, t, line in chunks[1:]]
        return cls(path.name, bom, header_text, [h.strip() for h in header_fields], records, newline,
                   hashlib.sha256(raw).hexdigest())

    def rows(self):
        """(record index, row dict) of every non-blank record."""
        for index, record in enumerate(self.records):
            if any(f.strip() for f in record.fields):
                yield index, record.as_dict(self.header)

    def format(self, row: dict[str, str], header: list[str]) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator=self.newline).writerow([row.get(c, "") for c in header])
        return out.getvalue()

    def render(self, replaced: dict[int, dict[str, str]], appended: list[dict[str, str]], columns: tuple[str, ...]) -> str:
        """The file with ``replaced`` records rewritten and ``appended`` rows added at the end.

        Columns of ``columns`` that the file lacks and that the new rows fill are added to the header.
        """
        new_rows = list(replaced.values()) + appended
        missing = [c for c in columns if c not in self.header and any(r.get(c) for r in new_rows)]
        header = self.header + missing
        parts = [self.bom + (self.format(dict(zip(header, header, strict=True)), header) if missing else self.header_text)]
        for index, record in enumerate(self.records):
            if index in replaced:
                parts.append(self.format(replaced[index], header))
            elif missing and any(f.strip() for f in record.fields):
                body = record.text.rstrip("\r\n")
                parts.append(body + "," * (len(header) - max(len(record.fields), len(self.header)))
                             + record.text[len(body):])
            else:
                parts.append(record.text)
        if parts[-1] and not parts[-1].endswith("\n"):
            parts[-1] += self.newline
        parts += [self.format(row, header) for row in appended]
        return "".join(parts)


def _same_number(a: str, b: str) -> bool:
    try:
        return Decimal(str(a).strip()) == Decimal(str(b).strip())
    except (InvalidOperation, ValueError):
        return False


def is_imported_row(row: dict[str, str]) -> bool:
    """True for a trade row the importer created: its only source id starts with ``import-``."""
    ids = [s for s in re.split(r"\s*;\s*", str(row.get("source_ids", "")).strip()) if s]
    return len(ids) == 1 and ids[0].startswith(IMPORT_SOURCE_PREFIX)


def _differs(old: dict[str, str], new: dict[str, str], columns) -> bool:
    for column in columns:
        a, b = str(old.get(column, "") or "").strip(), str(new.get(column, "") or "").strip()
        if column == "value" and _same_number(a, b):
            continue
        if a != b:
            return True
    return False


# -- the plan ----------------------------------------------------------------------------
@dataclass
class RowChange:
    """One figure in the preview: what it does to ``trade.csv``."""

    kind: str  # "added", "changed", "conflict" or "unchanged"
    figure: Figure
    old_row: dict[str, str] | None = None
    old_line: int | None = None  # line of the existing row in trade.csv
    _record: int | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return self.figure.label

    @property
    def new_value(self) -> str:
        return self.figure.value

    @property
    def old_value(self) -> str | None:
        return None if self.old_row is None else self.old_row.get("value", "")

    @property
    def unit(self) -> str:
        return self.figure.unit

    @property
    def value_changed(self) -> bool:
        return self.old_row is not None and not _same_number(self.old_value, self.new_value)

    @property
    def origin(self) -> str:
        """'FILE, sheet '2022', cell B23' / 'FILE, lines 2–28'."""
        return f"{self.figure.file}, {self.figure.location}"

    def describe(self) -> str:
        value = f"{self.new_value} {self.unit}"
        if self.kind == "added":
            return f"+ {self.label}: {value}  [{self.origin}]"
        where = f"{TRADE_FILE}:{self.old_line}"
        if self.kind == "changed":
            what = f"{self.old_value} -> {self.new_value} {self.unit}" if self.value_changed else f"{value} (provenance updated)"
            return f"~ {self.label}: {what}  [{where}; {self.origin}]"
        if self.kind == "conflict":
            return (f"! {self.label}: {where} (not created by the importer) has {self.old_value} {self.old_row.get('unit', '')}, "
                    f"the file gives {value}  [{self.origin}]")
        return f"= {self.label}: {value}  [{where}]"


@dataclass
class ImportPlan:
    """What importing ``figures`` into ``folder`` would do; see the module docstring."""

    folder: Path
    added: list[RowChange]
    changed: list[RowChange]
    conflicts: list[RowChange]
    unchanged: list[RowChange]
    superseded: list[Superseded]
    overwrite: bool
    _trade: _CsvFile = field(repr=False)
    _sources: _CsvFile = field(repr=False)
    _problem_count: int = field(default=0, repr=False)

    @property
    def writes(self) -> list[RowChange]:
        """The changes that applying writes (conflicts only with ``overwrite``)."""
        return self.added + self.changed + (self.conflicts if self.overwrite else [])

    @property
    def has_changes(self) -> bool:
        return bool(self.writes)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "changed": len(self.changed), "conflicts": len(self.conflicts),
                "unchanged": len(self.unchanged)}

    def summary_lines(self, verbose: bool = False) -> list[str]:
        """The preview as text: one headline, then one line per row that changes or conflicts."""
        c = self.counts()
        conflicts = f"{c['conflicts']} conflicts with rows not created by the importer"
        conflicts += (" (replaced)" if self.overwrite else " (left as they are)") if c["conflicts"] else ""
        lines = [f"Import into {self.folder}: {c['added']} rows added, {c['changed']} changed, {conflicts}, "
                 f"{c['unchanged']} unchanged."]
        for change in self.added + self.changed + self.conflicts + (self.unchanged if verbose else []):
            lines.append("  " + change.describe())
        for s in self.superseded:
            lines.append(f"  * {s.kept.label}: {s.kept.value} from {s.kept.file}, {s.kept.location} is used; "
                         f"{s.dropped.file}, {s.dropped.location} gives {s.dropped.value} (earlier publication)")
        if not self.has_changes:
            lines.append("Nothing to write: the dataset already has these figures.")
        return lines

    def rendered(self) -> dict[str, str]:
        """The new text of ``trade.csv`` and ``sources.csv``."""
        trade_replaced: dict[int, dict[str, str]] = {}
        trade_added: list[dict[str, str]] = []
        for change in self.writes:
            if change._record is None:
                trade_added.append(change.figure.trade_row())
            else:
                trade_replaced[change._record] = change.figure.trade_row()
        source_index = {row.get("source_id", "").strip(): i for i, row in self._sources.rows()}
        sources_replaced: dict[int, dict[str, str]] = {}
        sources_added: list[dict[str, str]] = []
        for change in self.writes:
            row = change.figure.source_row()
            index = source_index.get(row["source_id"])
            if index is None:
                sources_added.append(row)
            else:
                sources_replaced[index] = row
        return {
            TRADE_FILE: self._trade.render(trade_replaced, trade_added, TRADE_COLUMNS),
            SOURCES_FILE: self._sources.render(sources_replaced, sources_added, SOURCE_COLUMNS),
        }


def plan_import(figures: list[Figure], folder: str | Path, overwrite: bool = False) -> ImportPlan:
    """Compare ``figures`` with the dataset in ``folder`` (it must load); nothing is written."""
    folder = Path(folder)
    try:
        dataset = load_dataset(folder)
    except DatasetError as err:
        raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "{folder} is not a dataset that loads: {problems}"),
                                       folder=folder, problems=_joined(err.problems))) from None
    trade = _CsvFile.read(folder / TRADE_FILE)
    sources = _CsvFile.read(folder / SOURCES_FILE)
    source_rows = {row.get("source_id", "").strip(): row for _, row in sources.rows()}
    by_key: dict[tuple, list[tuple[int, dict[str, str]]]] = {}
    for index, row in trade.rows():
        by_key.setdefault(row_key(row), []).append((index, row))
    selected, superseded = select_figures(figures)
    plan = ImportPlan(folder, [], [], [], [], superseded, overwrite, trade, sources, len(dataset.problems))
    for figure in selected:
        existing = by_key.get(figure.key, [])
        own = [(i, r) for i, r in existing if is_imported_row(r)]
        if own:
            index, row = own[0]
            line = trade.records[index].line
            old_source = source_rows.get(figure.source_id)
            if old_source is not None and not figure.source_url and old_source.get("url", "").strip():
                # Files imported again without saying where they came from keep the address given before.
                figure = replace(figure, source_url=old_source["url"].strip())
            stale = (_differs(row, figure.trade_row(), TRADE_COLUMNS) or old_source is None
                     or _differs(old_source, figure.source_row(), SOURCE_COLUMNS))
            (plan.changed if stale else plan.unchanged).append(RowChange(
                "changed" if stale else "unchanged", figure, row, line, index))
        elif existing:
            agreeing = [(i, r) for i, r in existing
                        if _same_number(r.get("value", ""), figure.value) and not r.get("qualifier", "").strip()]
            index, row = (agreeing or existing)[0]
            kind = "unchanged" if agreeing else "conflict"
            (plan.unchanged if agreeing else plan.conflicts).append(
                RowChange(kind, figure, row, trade.records[index].line, index))
        else:
            plan.added.append(RowChange("added", figure))
    # Added rows are appended in reading order of a table: by line, then time.
    plan.added.sort(key=lambda c: (c.figure.series, c.figure.partner, c.figure.partner_scope, c.figure.year,
                                   c.figure.period, ("turnover", "export", "import").index(c.figure.flow)))
    return plan


# -- applying ------------------------------------------------------------------------------
def _write_file(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def apply_plan(plan: ImportPlan) -> bool:
    """Write the plan's changes to its folder, all files or none; True if anything was written.

    Raises :class:`ImportApplyError` (the folder untouched) if the files
    changed since the plan was made, or if the new dataset would not load or
    would have more problems than the old one.
    """
    if not plan.has_changes:
        return False
    folder = plan.folder
    for csv_file in (plan._trade, plan._sources):
        current = hashlib.sha256((folder / csv_file.name).read_bytes()).hexdigest()
        if current != csv_file.digest:
            raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "{file} changed since the preview; preview the import again"),
                                           file=folder / csv_file.name))
    texts = plan.rendered()
    token = uuid.uuid4().hex[:8]
    staging = folder.parent / f".{folder.name}.import-{token}"
    previous = folder.parent / f".{folder.name}.before-import-{token}"
    try:
        shutil.copytree(folder, staging, symlinks=True)
        for name, text in texts.items():
            _write_file(staging / name, text)
        try:
            staged = load_dataset(staging)
        except DatasetError as err:
            raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "the imported dataset would not load: {problems}"),
                                           problems=_joined(err.problems))) from None
        if len(staged.problems) > plan._problem_count:
            new = list(staged.problems)[:5]
            raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "the imported dataset would have new problems: {problems}"),
                                           problems=_joined(new)))
        os.rename(folder, previous)
        try:
            os.rename(staging, folder)
        except OSError:
            os.rename(previous, folder)
            raise
    except OSError as err:
        raise ImportApplyError(Message(QT_TRANSLATE_NOOP("Import", "cannot write the dataset at {folder}: {reason}"),
                                       folder=folder, reason=str(err))) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(previous, ignore_errors=True)
    return True
