"""``--view FILE`` for the export commands: the window's own export of a saved view, headless.

The view is opened in a real (never shown) main window and written by the
same code as File ▸ Export, so the command line and the window give the same
bytes for a CSV and the same pixels for an image.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


class ViewProblem(Exception):
    """The view file, or its dataset, cannot be opened; the message says which and why."""


def open_view_window(path):
    """A main window on the view in ``path``: its dataset, tab states and selection.

    Raises :class:`ViewProblem`. What the dataset lacks is left out and listed on stderr.
    """
    from .export_chart import qt_app

    qt_app()
    from PySide6.QtCore import QSettings

    from kzeuviewer.model import DatasetError, load_dataset
    from kzeuviewer.model.view_file import ViewFileError
    from kzeuviewer.ui import views
    from kzeuviewer.ui.main_window import MainWindow

    try:
        view = views.read_view(path)
    except ViewFileError as err:
        raise ViewProblem(str(err)) from None
    if view.dataset_path is not None and not Path(view.dataset_path).is_dir():
        raise ViewProblem(f"{path}: its dataset folder {view.dataset_path} is gone")
    try:
        dataset = load_dataset(view.dataset_path)
    except DatasetError as err:
        raise ViewProblem(f"{path}: its dataset cannot be loaded: " + "; ".join(str(p) for p in err.problems)) from None
    # Settings of a throw-away window: the person's own stay untouched.
    folder = tempfile.mkdtemp(prefix="kzeuviewer-cli-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(dataset, settings)
    for line in views.apply_view(window, view):
        print(f"Left out of the view: {line}", file=sys.stderr)
    return window
