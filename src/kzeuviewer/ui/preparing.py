"""What the tabs show of a new dataset, built off the GUI thread.

At a million rows the People table's query takes a second to build and the
timeline's events a third of one: done in the GUI thread, the window would
freeze. Each tab class says what of its work is Qt-free
(:meth:`DataTab.prepare`); that work runs in the thread that loads the
dataset (``loading.load_with_progress``: at start-up and on File ▸ Open),
for the dataset as the window will show it (its spellings in the interface
language), and the tabs take the result from the context when they are
handed the dataset.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from kzeuviewer.model import Dataset
from kzeuviewer.model.languages import localized
from kzeuviewer.model.memory import release_freed_memory

# Datasets with at least this many rows in all are prepared with their load;
# smaller ones take a few milliseconds and are built where they are needed.
PREPARE_IN_BACKGROUND_ROWS = 100_000


def is_large(dataset: Dataset) -> bool:
    return sum(dataset.row_counts().values()) >= PREPARE_IN_BACKGROUND_ROWS


@dataclass
class PreparedTabs:
    """``shown`` (``dataset`` in ``language``) and, per tab key, what that tab's ``prepare`` built from it."""

    dataset: Dataset
    language: str
    shown: Dataset
    by_tab: dict[str, object] = field(default_factory=dict)


def tab_class(module_name: str, class_name: str):
    return getattr(importlib.import_module(module_name), class_name)


def prepare_tabs(dataset: Dataset, language: str, tabs) -> PreparedTabs:
    """Run each tab class's ``prepare`` on ``dataset`` as shown in ``language``.

    ``tabs``: (key, module name, class name) of the tabs to prepare. Any thread.
    """
    shown = localized(dataset, language)
    prepared = PreparedTabs(dataset, language, shown)
    for key, module_name, class_name in tabs:
        prepared.by_tab[key] = tab_class(module_name, class_name).prepare(shown)
    release_freed_memory()  # the builds' temporaries, kept by the C allocator otherwise
    return prepared


def tab_preparer(language: str, tabs):
    """For ``load_with_progress``: ``prepare_tabs`` of a large dataset in ``language`` (None for a small one)."""
    tabs = list(tabs)
    return lambda dataset: prepare_tabs(dataset, language, tabs) if is_large(dataset) else None
