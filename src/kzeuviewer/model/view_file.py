"""View files (``.kzview``): what a person set up, kept, mailed and opened again.

A view file is UTF-8 JSON::

    {
      "format": "kzeuviewer-view",
      "version": 1,
      "dataset": {"bundled": true}            or {"path": "../my-data"},
      "tab": "timeline" | "people" | "trade",
      "timeline": {TimelineState fields},
      "people": {TableState fields},
      "trade": {TradeState fields},
      "trade_table": {TableState fields},
      "selection": {"events": [...], "people": [...], "years": [...],
                    "current_event": ..., "current_person": ..., "focus": ...}
    }

A dataset path is relative to the view file's folder where possible, so a
folder holding both can be moved or mailed. Reading is strict about the
frame (format, version, JSON) and lenient inside it: a field of the wrong
type is dropped with a message and the rest of the view still applies.
No Qt here.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .state import StateObject, TableState, TimelineState, TradeState
from .translatable import QT_TRANSLATE_NOOP, Message, Number, system_error

FORMAT = "kzeuviewer-view"
VERSION = 1
SUFFIX = ".kzview"
TABS = ("timeline", "people", "trade")
MAX_BYTES = 5_000_000  # a view is a few kilobytes; anything far larger is not one


class ViewFileError(ValueError):
    """The file is not a view this version can open; says where and why."""


@dataclass
class View:
    """Everything a view file holds, as state objects (fresh ones: nothing is bound to them)."""

    dataset_path: Path | None = None  # None: the bundled dataset
    tab: str = "timeline"
    timeline: TimelineState = field(default_factory=TimelineState)
    people: TableState = field(default_factory=TableState)
    trade: TradeState = field(default_factory=TradeState)
    trade_table: TableState = field(default_factory=TableState)
    selection: dict = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # what could not be read, in words

    def states(self) -> dict[str, StateObject]:
        return {"timeline": self.timeline, "people": self.people, "trade": self.trade, "trade_table": self.trade_table}


# -- values <-> JSON ---------------------------------------------------------------------
def _iso(seconds: float) -> str:
    return str(np.datetime64(int(round(seconds)), "s"))


def _seconds(text: str) -> float:
    return float(np.datetime64(str(text), "s").astype(np.int64))


def _plain(value):
    """A state value as JSON: tuples and sets become lists (sets sorted)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, frozenset | set):
        return sorted(_plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def state_to_json(state: StateObject) -> dict:
    values = state.values()
    out = {}
    for name, value in values.items():
        if isinstance(state, TimelineState) and name == "visible_range" and value is not None:
            out[name] = [_iso(v) for v in value]
        elif isinstance(state, TableState) and name in ("value_filters", "date_filters"):
            out[name] = {key: _plain(v) for key, v in value}
        else:
            out[name] = _plain(value)
    return out


def state_from_json(state: StateObject, data, where: str) -> list[str]:
    """Set ``state`` from ``data`` field by field; returns messages for what was dropped."""
    if not isinstance(data, dict):
        return [Message(QT_TRANSLATE_NOOP("Views", "{where}: expected an object, found {kind}; left as it was"),
                        where=where, kind=type(data).__name__)]
    dropped, values = [], {}
    for name, value in data.items():
        if name not in state.FIELDS:
            dropped.append(Message(QT_TRANSLATE_NOOP("Views", "{where}: unknown setting, ignored"), where=f"{where}.{name}"))
            continue
        try:
            if isinstance(state, TimelineState) and name == "visible_range" and value is not None:
                value = [_seconds(v) for v in value]
            if isinstance(state, TableState) and name in ("value_filters", "date_filters") and not isinstance(value, dict):
                raise TypeError(Message(QT_TRANSLATE_NOOP("Views", "expected an object of column: values")))
            if name in ("sort", "list_sort"):
                value = [(str(k), bool(d)) for k, d in value]
            if isinstance(value, str) and name not in ("search", "chart", "series"):
                raise TypeError(Message(QT_TRANSLATE_NOOP("Views", "expected a list or number, not text")))
            values[name] = value
            state._normalise(name, value)  # raises on a value of the wrong shape
        except (TypeError, ValueError, OverflowError) as err:
            values.pop(name, None)
            # A reason given as a Message is translated in the window; any other stays as the state wrote it.
            reason = err.args[0] if len(err.args) == 1 and isinstance(err.args[0], Message) else str(err)
            dropped.append(Message(QT_TRANSLATE_NOOP("Views", "{where}: {reason}; left as it was"),
                                   where=f"{where}.{name}", reason=reason))
    state.update(**values)
    return dropped


# -- files ---------------------------------------------------------------------------------
def _dataset_entry(dataset_path: Path | None, view_path: Path | None, bundled: Path) -> dict:
    if dataset_path is None or Path(dataset_path).resolve() == bundled.resolve():
        return {"bundled": True}
    folder = Path(dataset_path).resolve()
    if view_path is None:
        return {"path": str(folder)}
    try:
        return {"path": os.path.relpath(folder, view_path.resolve().parent)}
    except ValueError:  # another drive on Windows
        return {"path": str(folder)}


def view_to_json(view: View, view_path: Path | None, bundled: Path) -> str:
    """The view as JSON text; the dataset path is relative to ``view_path``'s folder (None: absolute)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "dataset": _dataset_entry(view.dataset_path, Path(view_path) if view_path is not None else None, bundled),
        "tab": view.tab,
        **{name: state_to_json(state) for name, state in view.states().items()},
        "selection": _plain(view.selection),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def read_view_file(path) -> View:
    """Read a view file; :class:`ViewFileError` when it is not one. Field problems go to ``dropped``."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: no such file"), path=path) if not path.exists()
                                else Message(QT_TRANSLATE_NOOP("Views", "{path}: not a file"), path=path))
        if path.stat().st_size > MAX_BYTES:
            raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: {size} bytes is far too large for a view file"),
                                        path=path, size=Number(path.stat().st_size)))
        raw = path.read_bytes()
    except OSError as err:
        raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: cannot be read: {reason}"),
                                    path=path, reason=system_error(err))) from None
    return parse_view(raw, str(path), path.parent)


def parse_view(raw: bytes, where: str, base: Path) -> View:
    """A view from the bytes of a view file; ``where`` names it in messages, ``base`` resolves relative paths."""
    path = where
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: not UTF-8 text (byte {byte})"),
                                    path=path, byte=err.start)) from None
    except json.JSONDecodeError as err:
        # The JSON parser's own words (err.msg) stay English: they name the syntax.
        raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{where}: not a view file: {reason}"),
                                    where=f"{path}:{err.lineno}:{err.colno}", reason=err.msg)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: not a kzeuviewer view file (its format is {format})"),
                                    path=path, format=_shown(document, "format")))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ViewFileError(Message(QT_TRANSLATE_NOOP("Views", "{path}: the version {version} is not a version number"),
                                    path=path, version=repr(version)))
    if version > VERSION:
        raise ViewFileError(Message(QT_TRANSLATE_NOOP(
            "Views", "{path}: written by a newer kzeuviewer (view format {version}; this one reads {known})"),
            path=path, version=version, known=VERSION))
    view = View()
    entry = document.get("dataset", {"bundled": True})
    if isinstance(entry, dict) and entry.get("bundled") is True:
        view.dataset_path = None
    elif isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry["path"]:
        folder = Path(entry["path"]).expanduser()
        view.dataset_path = folder if folder.is_absolute() else (Path(base) / folder)
    else:
        view.dropped.append(Message(QT_TRANSLATE_NOOP(
            "Views", "dataset: neither the bundled dataset nor a folder path; the current dataset is kept")))
        view.dataset_path = None
    tab = document.get("tab", "timeline")
    if tab in TABS:
        view.tab = tab
    else:
        view.dropped.append(Message(QT_TRANSLATE_NOOP("Views", "tab: {tab} is not one of {tabs}"),
                                    tab=repr(tab), tabs=", ".join(TABS)))
    for name, state in view.states().items():
        if name in document:
            view.dropped += state_from_json(state, document[name], name)
    selection = document.get("selection", {})
    view.selection = _read_selection(selection, view.dropped)
    return view


def _shown(document, key) -> str:
    value = document.get(key) if isinstance(document, dict) else None
    return repr(value) if value is not None else Message(QT_TRANSLATE_NOOP("Views", "missing"))


def _read_selection(data, dropped: list[str]) -> dict:
    if not isinstance(data, dict):
        dropped.append(Message(QT_TRANSLATE_NOOP("Views", "selection: expected an object; nothing selected")))
        return {}
    out: dict = {}
    for key in ("events", "people"):
        values = data.get(key, [])
        if isinstance(values, list) and all(isinstance(v, str) for v in values):
            out[key] = values
        else:
            dropped.append(Message(QT_TRANSLATE_NOOP("Views", "{where}: expected a list of ids"), where=f"selection.{key}"))
    years = data.get("years", [])
    if isinstance(years, list) and all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        out["years"] = years
    else:
        dropped.append(Message(QT_TRANSLATE_NOOP("Views", "selection.years: expected a list of whole years")))
    for key in ("current_event", "current_person", "focus"):
        value = data.get(key)
        if value is None or isinstance(value, str):
            out[key] = value
        else:
            dropped.append(Message(QT_TRANSLATE_NOOP("Views", "{where}: expected text"), where=f"selection.{key}"))
    return out
