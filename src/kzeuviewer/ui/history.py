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
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .i18n import translate

UNDO_LIMIT = 200
SELECTION_WORD = QT_TRANSLATE_NOOP("History", "selection")
# Changes of these fields within this many seconds of the last one join it.
MERGE_SECONDS = {"search": 1.0, "visible_range": 0.8, "x_range": 0.8}

# Words for a step when the tab has none of its own; translated when the step is shown.
FIELD_WORDS = {
    "search": QT_TRANSLATE_NOOP("History", "search"),
    "regex": QT_TRANSLATE_NOOP("History", "regular expression search"),
    "value_filters": QT_TRANSLATE_NOOP("History", "filter"),
    "date_filters": QT_TRANSLATE_NOOP("History", "date filter"),
    "sort": QT_TRANSLATE_NOOP("History", "sort"),
    "column_order": QT_TRANSLATE_NOOP("History", "column order"),
    "hidden_columns": QT_TRANSLATE_NOOP("History", "columns shown"),
    "hidden_kinds": QT_TRANSLATE_NOOP("History", "kinds shown"),
    "visible_range": QT_TRANSLATE_NOOP("History", "zoom"),
    "list_sort": QT_TRANSLATE_NOOP("History", "sort"),
    "chart": QT_TRANSLATE_NOOP("History", "chart"),
    "series": QT_TRANSLATE_NOOP("History", "series"),
    "x_range": QT_TRANSLATE_NOOP("History", "zoom"),
    "hidden_series": QT_TRANSLATE_NOOP("History", "series shown"),
    "log_scale": QT_TRANSLATE_NOOP("History", "log scale"),
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
        super().__init__(SELECTION_WORD)
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
        mergeable = all(n in MERGE_SECONDS for n in names)
        merge_id = (hash((id(state), tuple(sorted(names)))) & 0x3FFFFFFF) if mergeable else -1
        self.stack.push(_StateStep(self, state, before, after, self._step_words(state, after), merge_id))

    def _step_words(self, state: StateObject, after: dict) -> str:
        """Words for a change of ``state`` to ``after`` ("sort by Name"), in the current language."""
        describe = self._describers.get(id(state))
        names = sorted(after)
        words = [describe(n, after[n]) if describe else "" for n in names]
        words = [w or translate("History", FIELD_WORDS.get(n, n)) for w, n in zip(words, names, strict=True)]
        return ", ".join(dict.fromkeys(words))

    # -- the words shown -------------------------------------------------------------------
    def step_text(self, command: QUndoCommand | None) -> str:
        """The words of a step in the current language (its text was fixed in the language of its day)."""
        if isinstance(command, _StateStep):
            return self._step_words(command.state, command.after)
        if isinstance(command, _SelectionStep):
            return translate("History", SELECTION_WORD)
        return command.text() if command is not None else ""

    def undo_text(self) -> str:
        """What Edit ▸ Undo would undo, in the current language ("" when nothing)."""
        return self.step_text(self.stack.command(self.stack.index() - 1)) if self.stack.canUndo() else ""

    def redo_text(self) -> str:
        """What Edit ▸ Redo would redo, in the current language ("" when nothing)."""
        return self.step_text(self.stack.command(self.stack.index())) if self.stack.canRedo() else ""

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
