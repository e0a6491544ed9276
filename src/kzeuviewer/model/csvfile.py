"""Reading one CSV file of a dataset: bytes → text columns, with exact line numbers.

Everything that can go wrong with the *file* (missing, unreadable, not UTF-8,
not text, rows with too many fields) is turned into :class:`Problem` values;
nothing here raises on file content.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .problems import Problem

_BAD_LINE_RE = re.compile(r"Skipping line (\d+): expected (\d+) fields?, saw (\d+)")
_SPACE, _TAB, _COMMA, _LF, _CR, _QUOTE = b" \t,\n\r\""
# Work through the bytes in cache-sized pieces: several times faster than
# whole-array passes over a file of hundreds of megabytes.
_CHUNK = 1 << 20


def _scan_bytes(raw: bytes) -> tuple[int, bool]:
    """Count line feeds, and tell whether any cell can be padded with white space.

    The parser already skips spaces after a delimiter; a cell is padded only
    where white space stands before a delimiter, a line end or a quote, after
    a quote, or at either end of the file. One vectorised pass over the bytes
    instead of stripping every cell of every column.
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    if not len(data):
        return 0, False
    padded = bool(data[0] in (_SPACE, _TAB) or data[-1] in (_SPACE, _TAB))
    line_feeds = 0
    for start in range(0, len(data), _CHUNK):
        piece = data[start : start + _CHUNK + 1]
        line_feeds += int(np.count_nonzero(piece[:_CHUNK] == _LF))
        if padded:
            continue
        space = piece == _SPACE
        space |= piece == _TAB
        if not space.any():
            continue
        following = piece[1:]
        boundary = following == _COMMA
        boundary |= following == _LF
        boundary |= following == _CR
        boundary |= following == _QUOTE
        padded = bool((space[:-1] & boundary).any() or (space[1:] & (piece[:-1] == _QUOTE)).any())
    return line_feeds, padded


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


def _decode_check(name: str, raw: bytes) -> tuple[bytes, RawTable | None]:
    """Return UTF-8 bytes without BOM, or a fatal problem for text we cannot read."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return raw, _fatal(name, "starts like UTF-16 but cannot be decoded as UTF-16")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return raw, _fatal(name, "is not a CSV text file (it contains NUL bytes)", line)
    return raw, None


def _not_utf8(name: str, raw: bytes) -> RawTable | None:
    """The fatal problem for bytes that are not UTF-8, naming the first bad line."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return _fatal(
            name, f"is not UTF-8 text (byte 0x{raw[err.start]:02x} cannot be decoded); save it as UTF-8", line
        )
    return None


def _record_start_lines(raw: bytes) -> list[int]:
    """Physical start line of every CSV record, header included (slow path)."""
    reader = csv.reader(io.StringIO(raw.decode("utf-8"), newline=""))
    starts = []
    previous_end = 0
    for _ in reader:
        starts.append(previous_end + 1)
        previous_end = reader.line_num
    return starts


def read_csv_text(path: Path, name: str) -> RawTable:
    """Read ``path`` as text columns; ``name`` is how problems name the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _fatal(name, "file is missing")
    except IsADirectoryError:
        return _fatal(name, "is a folder, not a file")
    except OSError as err:
        return _fatal(name, f"cannot be read: {err.strerror or err}")
    raw, failure = _decode_check(name, raw)
    if failure:
        return failure
    if not raw or raw.isspace():
        return _fatal(name, "is empty (a header row is required)", 1)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                io.BytesIO(raw),
                dtype=str,
                na_filter=False,
                skip_blank_lines=False,
                skipinitialspace=True,
                on_bad_lines="warn",
                encoding="utf-8",
                engine="c",
            )
        except UnicodeDecodeError:
            # Decoding is checked here, not up front: valid files pay nothing for it.
            return _not_utf8(name, raw) or _fatal(name, "is not UTF-8 text; save it as UTF-8")
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as err:
            message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            return _fatal(name, f"is not readable as CSV: {message}")

    bad_records = []
    for warning in caught:
        for match in _BAD_LINE_RE.finditer(str(warning.message)):
            bad_records.append((int(match.group(1)), int(match.group(2)), int(match.group(3))))

    problems: list[Problem] = []
    line_feeds, padded = _scan_bytes(raw)
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
                Problem(name, line, None, f"expected {expected} fields, found {seen}; row skipped")
            )
        kept = [starts[i] for i in range(1, len(starts)) if (i + 1) not in bad_numbers]
        lines = np.asarray(kept[: len(frame)], dtype=np.int64)
        if len(lines) < len(frame):  # should not happen; keep going with record numbers
            lines = np.arange(2, len(frame) + 2)

    frame.columns = [str(c).strip() for c in frame.columns]
    frame.index = pd.RangeIndex(len(frame))
    return RawTable(frame, lines, problems, may_have_padding=padded)
