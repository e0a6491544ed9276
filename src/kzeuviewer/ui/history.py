"""Undo and redo of view changes: every change of a state object or the selection is a step.

The history watches the Qt-free state objects, not the widgets: whatever
changed a state (a click, a key, a view file) is undone the same way, and an
undo is just another change of the state that the widgets follow. Typing in
a search box is one step per pause, a zoom or pan gesture one step.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from kzeuviewer.model.selection import Selection
from kzeuviewer.model.state import StateObject

UNDO_LIMIT = 200
# Changes of these fields within this many seconds of the last one join it.
MERGE_SECONDS = {"search": 1.0, "visible_range": 0.8, "x_range": 0.8}

FIELD_WORDS = {
    "search": "search",
    "regex": "regular expression search",
    "value_filters": "filter",
    "date_filters": "date filter",
    "sort": "sort",
    "column_order": "column order",
    "hidden_columns": "columns shown",
    "hidden_kinds": "kinds shown",
    "visible_range": "zoom",
    "list_sort": "sort",
    "chart": "chart",
    "series": "series",
    "x_range": "zoom",
    "hidden_series": "series shown",
    "log_scale": "log scale",
}


class _StateStep(QUndoCommand):
    def __init__(self, history: History, state: StateObject, before: dict, after: dict, text: str, merge_id: int):
        super().__init__(text)
        self.history, self.state, self.before, self.after = history, state, before, after
        self.merge_id = merge_id
        self.at = time.monotonic()
        self._done = True  # pushed after the change happened

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other) -> bool:
        if other.id() != self.merge_id or other.state is not self.state or set(other.after) != set(self.after):
            return False
        window = max(MERGE_SECONDS.get(name, 0.0) for name in self.after)
        if other.at - self.at > window:
            return False
        self.after, self.at = other.after, other.at
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.history.replay(self.state, self.after)

    def undo(self) -> None:
        self.history.replay(self.state, self.before)


class _SelectionStep(QUndoCommand):
    def __init__(self, history: History, before: dict, after: dict):
        super().__init__("selection")
        self.history, self.before, self.after = history, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.history.replay_selection(self.after)

    def undo(self) -> None:
        self.history.replay_selection(self.before)


def selection_snapshot(selection: Selection) -> dict:
    return {
        "events": selection.events, "people": selection.people, "years": selection.years,
        "current_event": selection.current_event, "current_person": selection.current_person,
        "focus": selection.focus,
    }


class History(QObject):
    """A QUndoStack fed by state objects and the selection."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._states: dict[int, StateObject] = {}
        self._snapshots: dict[int, dict] = {}
        self._describers: dict[int, Callable] = {}
        self._replaying = False
        self._selection: Selection | None = None
        self._selection_snapshot: dict = {}

    # -- what is watched ---------------------------------------------------------------
    def watch(self, state: StateObject, describe: Callable[[str, object], str] | None = None) -> None:
        """Record every change of ``state``; ``describe(field, new value)`` names a step ("sort by Name")."""
        self._states[id(state)] = state
        self._snapshots[id(state)] = state.values()
        if describe is not None:
            self._describers[id(state)] = describe
        state.changed.connect(lambda names, s=state: self._state_changed(s, names))

    def watch_selection(self, selection: Selection) -> None:
        self._selection = selection
        self._selection_snapshot = selection_snapshot(selection)
        selection.changed.connect(self._selection_changed)

    def restart(self) -> None:
        """Forget every step (a new dataset starts a new history) and take the states as they are now."""
        self.stack.clear()
        for key, state in self._states.items():
            self._snapshots[key] = state.values()
        if self._selection is not None:
            self._selection_snapshot = selection_snapshot(self._selection)

    # -- recording -----------------------------------------------------------------------
    def _state_changed(self, state: StateObject, names: frozenset[str]) -> None:
        before_all = self._snapshots.get(id(state), state.FIELDS)
        now = state.values()
        self._snapshots[id(state)] = now
        if self._replaying:
            return
        before = {n: before_all[n] for n in names}
        after = {n: now[n] for n in names}
        describe = self._describers.get(id(state))
        words = [describe(n, now[n]) if describe else "" for n in sorted(names)]
        words = [w or FIELD_WORDS.get(n, n) for w, n in zip(words, sorted(names), strict=True)]
        mergeable = all(n in MERGE_SECONDS for n in names)
        merge_id = (hash((id(state), tuple(sorted(names)))) & 0x3FFFFFFF) if mergeable else -1
        self.stack.push(_StateStep(self, state, before, after, ", ".join(dict.fromkeys(words)), merge_id))

    def _selection_changed(self, change) -> None:
        now = selection_snapshot(self._selection)
        before, self._selection_snapshot = self._selection_snapshot, now
        if self._replaying or change.origin is self:
            return
        self.stack.push(_SelectionStep(self, before, now))

    # -- replaying -------------------------------------------------------------------------
    def replay(self, state: StateObject, values: dict) -> None:
        self._replaying = True
        try:
            state.update(**values)
        finally:
            self._replaying = False

    def replay_selection(self, values: dict) -> None:
        self._replaying = True
        try:
            self._selection.set(origin=self, **values)
        finally:
            self._replaying = False
