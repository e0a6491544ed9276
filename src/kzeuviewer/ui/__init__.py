"""The Qt user interface: the only package that imports PySide6 or pyqtgraph."""

from __future__ import annotations

import gc
import os

# pyqtgraph must bind to PySide6 even where another Qt binding is installed.
# Every ui module is imported through this package, so this runs first.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy  # noqa: E402, F401  (the libraries every window uses, imported before the freeze below)
import pandas  # noqa: E402, F401
import pyqtgraph  # noqa: E402, F401
from PySide6 import QtWidgets  # noqa: E402, F401

# The objects these imports made (about 100,000) live as long as the process. Moved to the
# collector's permanent generation, no full collection walks them again: the window's start-up no
# longer pays one (about 50 ms, bench_startup.py), and the collections while it runs are shorter.
gc.freeze()


def create_main_window(data_dir=None, settings=None, lazy_tabs: bool = False, view=None, language: str | None = None):
    """Build the main window on ``data_dir`` (None: the last or the bundled dataset), or on a view file.

    ``language``: "en", "ru" or "kk" (None: the remembered choice, else the system's).
    A QApplication must exist. Returns the QMainWindow, not yet shown.
    """
    from .app import create_main_window as create

    return create(data_dir=data_dir, settings=settings, lazy_tabs=lazy_tabs, view=view, language=language)


__all__ = ["create_main_window"]
