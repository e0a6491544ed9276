"""Saving and opening views: the window's state as a view file, and back.

Every tab lends its state objects (:meth:`DataTab.view_states`); a view file
is those states, the current tab, the dataset and the selection. Opening one
loads its dataset if needed (the current data stays on failure), then sets
every state, so the widgets follow as they do for any other change.
"""

from __future__ import annotations

from pathlib import Path

from kzeuviewer.exporters import atomic_write
from kzeuviewer.model import bundled_data_dir
from kzeuviewer.model.view_file import View, ViewFileError, parse_view, read_view_file, view_to_json

from .history import selection_snapshot
from .i18n import translate


def current_view(window) -> View:
    """The window's view as it is now (every tab is built first)."""
    window.ensure_all_tabs()
    dataset = window.context.dataset
    view = View(dataset_path=None if window.is_bundled(dataset) else dataset.path, tab=window.current_key())
    targets = view.states()
    for tab in window.tabs():
        for name, state in tab.view_states().items():
            if name in targets:
                targets[name].update(**state.values())
    view.selection = selection_snapshot(window.context.selection)
    return view


def view_json(window, path: Path | None) -> str:
    """The view as a view file's text; the dataset path relative to ``path``'s folder (None: absolute)."""
    return view_to_json(current_view(window), Path(path) if path is not None else None, bundled_data_dir())


def session_view(window, text: str) -> View | None:
    """The view kept at the last close, if it was of the dataset now open."""
    if not text:
        return None
    try:
        view = parse_view(text.encode("utf-8"), "the last session", Path.home())
    except ViewFileError:
        return None  # a damaged or older record is no reason to bother the person
    dataset = window.context.dataset
    if view.dataset_path is None:
        return view if window.is_bundled(dataset) else None
    try:
        return view if Path(view.dataset_path).resolve() == Path(dataset.path).resolve() else None
    except OSError:
        return None


def save_view(window, path) -> Path:
    """Write the window's view to ``path`` atomically; raises ExportError."""
    text = view_json(window, Path(path))
    return atomic_write(path, lambda temp: Path(temp).write_text(text, encoding="utf-8"))


def apply_view(window, view: View) -> list[str]:
    """Set every tab's state and the selection from ``view`` (its dataset is open); returns what was dropped."""
    window.ensure_all_tabs()
    dropped = list(view.dropped)
    for tab in window.tabs():
        dropped += apply_view_to_tab(tab, view)
    dropped += apply_selection(window, view.selection)
    window.show_tab(view.tab)
    return dropped


def apply_view_to_tab(tab, view: View) -> list[str]:
    """Set ``tab``'s states from ``view``; returns what did not fit."""
    wanted, dropped = view.states(), []
    for name, state in tab.view_states().items():
        if name in wanted:
            values, lost = tab.accept_view_state(name, wanted[name].values())
            dropped += lost
            state.update(**values)
    return dropped


def apply_selection(window, chosen: dict) -> list[str]:
    """Select what ``chosen`` names that the open dataset has; says how many ids it lacks."""
    dataset = window.context.dataset
    events = [e for e in chosen.get("events", []) if dataset.event(e) is not None]
    people = [p for p in chosen.get("people", []) if dataset.person(p) is not None]
    missing = len(chosen.get("events", [])) - len(events) + len(chosen.get("people", [])) - len(people)
    focus = chosen.get("focus") if chosen.get("focus") in ("events", "people", "years") else None
    window.context.selection.set(
        events=events, people=people, years=chosen.get("years", []),
        current_event=chosen.get("current_event"), current_person=chosen.get("current_person"), focus=focus,
        origin=window,
    )
    if missing:
        return [translate("Views", "selection: %n selected ids are not in this dataset and were left out", "", missing)]
    return []


def read_view(path) -> View:
    """The view in ``path``; ViewFileError when it is not one."""
    return read_view_file(path)
