"""Reading one CSV file of a dataset: bytes → text columns, with exact line numbers.

Everything that can go wrong with the *file* (missing, unreadable, not a
regular file, larger than :data:`MAX_FILE_BYTES`, not UTF-8, not text, rows
with too many fields, an unterminated quote, a header with repeated or empty
names) is turned into :class:`Problem` values; nothing here raises on file
content, and nothing blocks on a FIFO or reads a device without end.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .problems import Problem, shown
from .translatable import QT_TRANSLATE_NOOP, Message, Number, system_error

# The largest dataset file read (documented in data/README.md): far above a
# million-row table (~130 MB), far below what exhausts memory.
MAX_FILE_BYTES = 1 << 30
# Python's csv module (used to count physical lines) refuses cells longer than
# 131,072 characters by default; pandas has no such limit, so neither do we.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))

_EOF_IN_QUOTE_RE = re.compile(r"EOF inside string starting at row (\d+)")
_BAD_LINE_RE = re.compile(r"Skipping line (\d+): expected (\d+) fields?, saw (\d+)")
_SPACE, _TAB, _COMMA, _LF, _CR, _QUOTE = b" \t,\n\r\""
# Work through the bytes in cache-sized pieces: several times faster than
# whole-array passes over a file of hundreds of megabytes.
_CHUNK = 1 << 20
# Files at least this large are scanned in a second thread while they are parsed (below it a thread costs more than it saves).
SCAN_ASIDE_FROM_BYTES = 8 << 20


def _scan_bytes(raw: bytes) -> tuple[int, bool]:
    """Count line feeds, and tell whether any cell can start or end with white space.

    One vectorised pass over the bytes instead of stripping every cell of
    every column. The parser skips spaces after a delimiter; a cell can still
    be padded where white space stands before a delimiter or a line end,
    before a closing quote, after an opening quote, after a closing quote (an
    empty quoted cell followed by text), where a tab starts a cell (the parser
    skips spaces there, not tabs), or at either end of the file. White space
    before or after an escaped quote (``""``) inside quoted text pads
    nothing: prose that quotes a name ("the ""Astana Times"" says") does not
    make the whole file be stripped.
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    if not len(data):
        return 0, False
    padded = bool(data[0] in (_SPACE, _TAB) or data[-1] in (_SPACE, _TAB))
    line_feeds = 0
    # Work arrays made once and reused for every piece: fresh ones would each cost page faults.
    work = np.empty((6, min(len(data), _CHUNK) + 4), dtype=bool)
    for start in range(0, len(data), _CHUNK):
        stop = min(start + _CHUNK, len(data))
        line_feeds += int(np.count_nonzero(data[start:stop] == _LF))
        if not padded:
            padded = _may_pad(data, start, stop, work)
    return line_feeds, padded


def _may_pad(data: np.ndarray, start: int, stop: int, work: np.ndarray) -> bool:
    """Can white space among ``data[start:stop]`` end up at either end of a cell? (see :func:`_scan_bytes`)"""
    # Two bytes of context either side; the file's ends read as line ends.
    if start >= 2 and stop + 2 <= len(data):
        window = data[start - 2 : stop + 2]
    else:
        window = np.concatenate((np.full(2 - min(start, 2), _LF, dtype=np.uint8), data[max(start - 2, 0) : stop + 2],
                                 np.full(2 - min(len(data) - stop, 2), _LF, dtype=np.uint8)))
    size, inner = len(window), len(window) - 4
    tab, space, quote, boundary, starts, found = (row[:size] for row in work)
    found = found[:inner]
    np.equal(window, _TAB, out=tab)
    np.equal(window, _SPACE, out=space)
    space |= tab
    if not space.any():
        return False
    np.equal(window, _QUOTE, out=quote)
    # Where a cell ends (delimiter, line end), and where one may start (those, or spaces the parser skips).
    np.equal(window, _COMMA, out=boundary)
    np.equal(window, _LF, out=starts)
    boundary |= starts
    np.equal(window, _CR, out=starts)
    boundary |= starts
    np.logical_or(boundary, space, out=starts)
    # White space before a cell's end; a tab where a cell starts (the parser skips spaces there, not tabs).
    if np.logical_and(space[2:-2], boundary[3:-1], out=found).any():
        return True
    if np.logical_and(tab[2:-2], starts[1:-3], out=found).any():
        return True
    # White space, then a quote that closes the cell (a quote not followed by another: no escaped pair).
    np.greater(quote[3:-1], quote[4:], out=found)
    if (found & space[2:-2]).any():
        return True
    # A quote, then white space: an opening quote, or a closing one; not the second of an escaped
    # pair inside text (a pair right after a delimiter is an empty quoted cell).
    candidates = np.flatnonzero(np.logical_and(quote[2:-2], space[3:-1], out=found)) + 2
    return bool((~(quote[candidates - 1] & ~starts[candidates - 2])).any())


@dataclass
class RawTable:
    """A file read as text columns (all ``str``, empty cells as '')."""

    frame: pd.DataFrame | None
    # Physical line (header = 1) where each row of ``frame`` starts.
    lines: np.ndarray | None = None
    problems: list[Problem] = field(default_factory=list)
    # False when no cell can start or end with white space (checked on the bytes).
    may_have_padding: bool = True

    @property
    def fatal(self) -> bool:
        return any(p.severity == "fatal" for p in self.problems)


def _fatal(name: str, message: str, line: int | None = None) -> RawTable:
    return RawTable(None, None, [Problem(name, line, None, message, "fatal")])


_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _wide_encoding_without_bom(raw: bytes) -> str | None:
    """'UTF-16 (little-endian)' etc. when NUL bytes sit where ASCII text in that encoding has them."""
    sample = np.frombuffer(raw[: 1 << 16], dtype=np.uint8)
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        usable = len(sample) - len(sample) % width
        if usable < 2 * width:
            continue
        zero = (sample[:usable].reshape(-1, width) == 0).mean(axis=0)
        # Little-endian ASCII: the first byte of each unit is text, the others NUL.
        if zero[0] < 0.1 and (zero[1:] > 0.5).all():
            return Message(QT_TRANSLATE_NOOP("Problems", "{encoding} (little-endian)"), encoding=name)
        if zero[-1] < 0.1 and (zero[:-1] > 0.5).all():
            return Message(QT_TRANSLATE_NOOP("Problems", "{encoding} (big-endian)"), encoding=name)
    return None


def _decode_check(name: str, raw: bytes) -> tuple[bytes, RawTable | None]:
    """Return UTF-8 bytes without BOM, or a fatal problem for text we cannot read."""
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                raw = raw.decode(codec).encode("utf-8")
            except UnicodeError:
                return raw, _fatal(name, Message(QT_TRANSLATE_NOOP(
                    "Problems", "the file starts like {encoding} but cannot be decoded as {encoding}; save it as UTF-8"),
                    encoding=label))
            break
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if b"\x00" in raw:
        wide = _wide_encoding_without_bom(raw)
        if wide:
            return raw, _fatal(name, Message(QT_TRANSLATE_NOOP(
                "Problems", "the file looks like {encoding} text without a byte-order mark; save it as UTF-8"),
                encoding=wide), 1)
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return raw, _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file is not CSV text (it contains NUL bytes)")), line)
    return raw, None


def _not_utf8(name: str, raw: bytes) -> RawTable | None:
    """The fatal problem for bytes that are not UTF-8, naming the first bad line."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return _fatal(
            name, Message(QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8"),
                          byte=f"0x{raw[err.start]:02x}"), line
        )
    return None


def _record_start_lines(raw: bytes) -> list[int]:
    """Physical start line of every CSV record, header included (slow path).

    Quoting as the parser reads it (spaces after a comma skipped); an
    unterminated quote makes the rest of the file one last record.
    """
    reader = csv.reader(io.StringIO(raw.decode("utf-8", errors="replace"), newline=""), skipinitialspace=True)
    starts = []
    previous_end = 0
    try:
        for _ in reader:
            starts.append(previous_end + 1)
            previous_end = reader.line_num
    except csv.Error:
        starts.append(previous_end + 1)
    return starts


def _header_cells(raw: bytes) -> list[str] | None:
    """The header record as written (pandas renames repeated and empty names), or None."""
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="replace", newline="")
    try:
        return next(csv.reader(stream, skipinitialspace=True))
    except (csv.Error, StopIteration):
        return None


def _header_problems(name: str, header: list[str], frame: pd.DataFrame, lines: np.ndarray) -> tuple[list[Problem], list[int]]:
    """Repeated and empty column names; returns the problems and the positions of empty columns to drop."""
    problems: list[Problem] = []
    first_seen: dict[str, int] = {}
    drop: list[int] = []
    for position, cell in enumerate(header):
        column = cell.strip()
        if not column:
            filled = np.flatnonzero(frame.iloc[:, position].to_numpy() != "") if len(frame) else []
            if len(filled):
                problems.append(Problem(
                    name, 1, Message(QT_TRANSLATE_NOOP("Problems", "column {number}"), number=position + 1),
                    Message(QT_TRANSLATE_NOOP("Problems", "has no name but holds values (first on line {line}); give it a name"),
                            line=int(lines[filled[0]])), "fatal",
                ))
            else:
                empty_column = (
                    Message(QT_TRANSLATE_NOOP("Problems", "the header ends with a comma: a column without name or values; ignored"))
                    if position == len(header) - 1
                    else Message(QT_TRANSLATE_NOOP("Problems", "a column without name or values; ignored"))
                )
                problems.append(Problem(
                    name, 1, Message(QT_TRANSLATE_NOOP("Problems", "column {number}"), number=position + 1), empty_column,
                    "warning",
                ))
                drop.append(position)
            continue
        if column in first_seen:
            problems.append(Problem(
                name, 1, column,
                Message(QT_TRANSLATE_NOOP("Problems", "columns {first} and {second} are both named {name}; rename or remove one"),
                        first=first_seen[column] + 1, second=position + 1, name=shown(column)), "fatal",
            ))
        else:
            first_seen[column] = position
    return problems, drop


def _unterminated_quote(name: str, raw: bytes, message: str) -> RawTable | None:
    match = _EOF_IN_QUOTE_RE.search(message)
    if not match:
        return None
    record = int(match.group(1))
    starts = _record_start_lines(raw)
    line = starts[record] if record < len(starts) else None
    return _fatal(name, Message(QT_TRANSLATE_NOOP(
        "Problems", "a quoted cell is never closed: its opening \" has no closing \" before the end of the file")), line)


_FILE_KINDS = {
    stat.S_IFIFO: QT_TRANSLATE_NOOP("Problems", "a FIFO (named pipe)"),
    stat.S_IFCHR: QT_TRANSLATE_NOOP("Problems", "a character device"),
    stat.S_IFBLK: QT_TRANSLATE_NOOP("Problems", "a block device"),
    stat.S_IFSOCK: QT_TRANSLATE_NOOP("Problems", "a socket"),
}


def read_bounded(path: Path, name: str, limit: int | None = None) -> bytes | RawTable:
    """The bytes of the regular file ``path`` (links followed), or a fatal :class:`RawTable`.

    Opened without blocking (a FIFO would otherwise wait for a writer) and
    checked on the open descriptor, so what is checked is what is read; never
    reads more than ``limit`` (default :data:`MAX_FILE_BYTES`) + 1 bytes.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file is missing")))
    except IsADirectoryError:
        return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "this is a folder, not a file")))
    except OSError as err:
        return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file cannot be read: {reason}"),
                                    reason=system_error(err)))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "this is a folder, not a file")))
        if not stat.S_ISREG(info.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), QT_TRANSLATE_NOOP("Problems", "not a regular file"))
            return _fatal(name, Message(QT_TRANSLATE_NOOP(
                "Problems", "this is {kind}, not a regular file; a dataset file must be a plain file"), kind=Message(kind)))
        too_large = _fatal(name, Message(QT_TRANSLATE_NOOP(
            "Problems", "the file is larger than {limit} bytes, the most a dataset file may have"), limit=Number(limit)))
        if info.st_size > limit:
            return too_large
        parts, total, want = [], 0, info.st_size + 1
        while True:
            chunk = os.read(fd, want)
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while being read
                return too_large
            want = min(limit + 1 - total, 1 << 20)
        return parts[0] if len(parts) == 1 else b"".join(parts)
    except OSError as err:
        return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file cannot be read: {reason}"),
                                    reason=system_error(err)))
    finally:
        os.close(fd)


# Every cell kept as text: no cell read as missing, nothing but the delimiter's spaces skipped.
_READ_OPTIONS = dict(na_filter=False, skip_blank_lines=False, skipinitialspace=True, encoding="utf-8", engine="c")
TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


def _read_text_columns(raw: bytes) -> pd.DataFrame:
    """The file's cells as Arrow-backed text columns (one buffer per column, not a Python string per cell).

    pandas' parser fills Arrow text columns straight from the bytes when it
    infers the types itself, and is several times slower when told that every
    column is text; so the file is read once with inference, and only the
    columns it read as numbers or booleans are read again as text, where
    their cells keep the spelling of the file ("007" stays "007").
    """
    frame = pd.read_csv(io.BytesIO(raw), on_bad_lines="warn", **_READ_OPTIONS)
    inferred = [i for i, dtype in enumerate(frame.dtypes) if dtype != TEXT]
    if inferred:
        # Every column read again (only those as text), not just these: with ``usecols`` the parser
        # would keep the rows with too many fields that the first read skipped.
        with warnings.catch_warnings():  # the first read reported the bad lines already
            warnings.simplefilter("ignore")
            again = pd.read_csv(io.BytesIO(raw), dtype={frame.columns[i]: TEXT for i in inferred},
                                on_bad_lines="skip", **_READ_OPTIONS)
            if again.shape != frame.shape:  # not expected (the same parse): then every column as text
                again = pd.read_csv(io.BytesIO(raw), dtype=TEXT, on_bad_lines="skip", **_READ_OPTIONS)
        for i in inferred:
            frame.isetitem(i, again.iloc[:, i].array)
    return frame


def _parse_and_scan(raw: bytes) -> tuple[pd.DataFrame, tuple[int, bool]]:
    """The text columns, and :func:`_scan_bytes` of the same bytes: side by side for a large file.

    Both let go of the interpreter for most of their work (the parser while it
    tokenises, numpy on each piece of bytes), so on two cores the scan costs
    next to nothing (at 1M + 1M rows the load took 0.86 s instead of 0.94 s).
    """
    if len(raw) < SCAN_ASIDE_FROM_BYTES:
        return _read_text_columns(raw), _scan_bytes(raw)
    with ThreadPoolExecutor(1) as pool:
        scanned = pool.submit(_scan_bytes, raw)
        return _read_text_columns(raw), scanned.result()


def read_csv_text(path: Path, name: str) -> RawTable:
    """Read ``path`` as text columns; ``name`` is how problems name the file."""
    raw = read_bounded(path, name)
    if isinstance(raw, RawTable):
        return raw
    raw, failure = _decode_check(name, raw)
    if failure:
        return failure
    if not raw or raw.isspace():
        return _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file is empty (a header row is required)")), 1)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame, (line_feeds, padded) = _parse_and_scan(raw)
        except UnicodeDecodeError:
            # Decoding is checked here, not up front: valid files pay nothing for it.
            return _not_utf8(name, raw) or _fatal(name, Message(QT_TRANSLATE_NOOP("Problems", "the file is not UTF-8 text; save it as UTF-8")))
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as err:
            message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            return _unterminated_quote(name, raw, message) or _fatal(name, Message(
                QT_TRANSLATE_NOOP("Problems", "the file is not readable as CSV: {reason}"), reason=message))

    if not isinstance(frame.index, pd.RangeIndex):
        # pandas takes a first data row with one field more than the header as
        # "the first column is the index", and that column would vanish.
        fields = len(frame.columns) + 1
        return _fatal(
            name,
            Message(QT_TRANSLATE_NOOP("Problems", "the first row has {fields} fields but the header names {columns} columns; "
                                      "name every column in the header (or remove the extra comma from the rows)"),
                    fields=fields, columns=fields - 1),
            2,
        )

    bad_records = []
    for warning in caught:
        for match in _BAD_LINE_RE.finditer(str(warning.message)):
            bad_records.append((int(match.group(1)), int(match.group(2)), int(match.group(3))))

    problems: list[Problem] = []
    physical_lines = line_feeds + (0 if raw.endswith(b"\n") else 1)
    if not bad_records and physical_lines == len(frame) + 1:
        lines = np.arange(2, len(frame) + 2)
    else:
        # Quoted newlines or skipped records shift lines: count them exactly.
        starts = _record_start_lines(raw)
        bad_numbers = {number for number, _, _ in bad_records}
        for number, expected, seen in bad_records:
            line = starts[number - 1] if number - 1 < len(starts) else number
            problems.append(
                Problem(name, line, None, Message(QT_TRANSLATE_NOOP("Problems", "expected {expected} fields, found {seen}; row skipped"),
                                                  expected=expected, seen=seen))
            )
        kept = [starts[i] for i in range(1, len(starts)) if (i + 1) not in bad_numbers]
        lines = np.asarray(kept[: len(frame)], dtype=np.int64)
        if len(lines) < len(frame):  # should not happen; keep going with record numbers
            lines = np.arange(2, len(frame) + 2)

    frame.index = pd.RangeIndex(len(frame))
    header = _header_cells(raw)
    if header is not None and len(header) == len(frame.columns):
        header_problems, drop = _header_problems(name, header, frame, lines)
        problems.extend(header_problems)
        if any(p.severity == "fatal" for p in header_problems):
            return RawTable(None, None, problems)
        keep = [i for i in range(len(header)) if i not in set(drop)]
        if drop:
            frame = frame.iloc[:, keep]
        frame.columns = [header[i].strip() for i in keep]
    else:
        frame.columns = [str(c).strip() for c in frame.columns]
    return RawTable(frame, lines, problems, may_have_padding=padded)
