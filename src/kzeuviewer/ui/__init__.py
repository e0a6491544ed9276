"""The Qt user interface: the only package that imports PySide6 or pyqtgraph."""

from __future__ import annotations

import os

# pyqtgraph must bind to PySide6 even where another Qt binding is installed.
# Every ui module is imported through this package, so this runs first.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def create_main_window(data_dir=None, settings=None, lazy_tabs: bool = False, view=None, language: str | None = None):
    """Build the main window on ``data_dir`` (None: the last or the bundled dataset), or on a view file.

    ``language``: "en", "ru" or "kk" (None: the remembered choice, else the system's).
    A QApplication must exist. Returns the QMainWindow, not yet shown.
    """
    from .app import create_main_window as create

    return create(data_dir=data_dir, settings=settings, lazy_tabs=lazy_tabs, view=view, language=language)


__all__ = ["create_main_window"]
