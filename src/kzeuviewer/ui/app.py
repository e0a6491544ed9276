"""Starting the app: pick the dataset, build the window, run the event loop."""

from __future__ import annotations

import signal
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kzeuviewer.model import DatasetError, bundled_data_dir, load_dataset
from kzeuviewer.model.view_file import ViewFileError

from . import i18n, views
from . import settings as prefs
from .common.dialogs import show_error
from .loading import is_bundled_path, load_with_progress
from .main_window import MainWindow, every_tab_preparer

GUI_SWITCH_INTERVAL = 0.0002  # seconds


def resource_path(name: str) -> Path:
    """A file from resources/ (installed inside the package, or the checkout's)."""
    installed = Path(__file__).resolve().parents[1] / "resources" / name
    if installed.exists():
        return installed
    return Path(__file__).resolve().parents[3] / "resources" / name


def _initial_dataset(data_dir, settings):
    """The dataset to open first, what its load prepared for the tabs (large datasets), and a status message about any fallback.

    A large dataset is read with a progress dialog, and the tabs' work on it is done in the same worker thread.
    """
    prepare = every_tab_preparer()

    def bundled(message: str = ""):
        return load_dataset(None), None, message

    if data_dir is not None:
        try:
            return (*load_with_progress(None, data_dir, prepare), "")
        except DatasetError as err:
            show_error(
                None,
                i18n.translate("App", "Dataset not opened"),
                i18n.translate("App", "The dataset at {path} cannot be opened; the bundled dataset is shown instead.")
                .format(path=err.path),
                "\n".join(i18n.render(p) for p in err.problems),
            )
            return bundled(i18n.translate("App", "Could not open {path}; showing the bundled dataset.").format(path=data_dir))
    last = prefs.get(settings, prefs.DATASET_LAST)
    if last:
        if not Path(last).is_dir():
            return bundled(i18n.translate(
                "App", "The last dataset ({path}) is gone; showing the bundled dataset.").format(path=last))
        try:
            return (*load_with_progress(None, last, prepare), "")
        except DatasetError:
            return bundled(i18n.translate(
                "App", "The last dataset ({path}) cannot be opened; showing the bundled dataset.").format(path=last))
    return bundled()


def install_error_hook(window) -> None:
    """An exception escaping a slot gets a dialog, and every tab is redrawn from the model.

    PySide6 only prints such exceptions and carries on, which can leave a tab
    half-updated (rows of the previous dataset, say). Redrawing every tab from
    the dataset that is loaded puts them back in step; nothing is saved or lost.
    """
    previous = sys.excepthook
    handling = []

    def hook(kind, value, trace) -> None:
        if issubclass(kind, KeyboardInterrupt) or handling:
            previous(kind, value, trace)
            return
        handling.append(True)
        try:
            details = "".join(traceback.format_exception(kind, value, trace))
            sys.stderr.write(details)  # kept for a bug report
            show_error(window, i18n.translate("App", "Something went wrong"),
                       f"{kind.__name__}: {value}\n"
                       + i18n.translate("App", "The views were redrawn from the loaded data; nothing was lost."), details)
            try:
                window.context.set_dataset(window.context.dataset)
            except Exception:  # noqa: BLE001 - the dialog above already told the person
                sys.stderr.write(traceback.format_exc())
        finally:
            handling.clear()

    sys.excepthook = hook


def create_main_window(data_dir=None, settings=None, lazy_tabs: bool = False, view=None,
                       language: str | None = None) -> MainWindow:
    """The window on ``data_dir`` (None: the last or the bundled dataset), or on the view file ``view``.

    With neither, the last session's view comes back with its dataset.
    ``language`` ("en", "ru", "kk") for this window; None: the remembered choice, else the system's.
    """
    # Worker threads (loading, the events list, search indexes) share the interpreter with the window:
    # each Qt call gives it up, and getting it back waits up to the switch interval (5 ms by default).
    # A shorter one keeps a window that makes many Qt calls answering while they run: at 0.2 ms the
    # longest stall opening a million rows fell from about 240 ms to 140 ms (bench_responsiveness.py).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    settings = settings if settings is not None else prefs.open_settings()
    i18n.set_language(i18n.choose_language(language, settings))
    if view is not None and data_dir is None:
        try:
            data_dir = views.read_view(view).dataset_path or bundled_data_dir()
        except ViewFileError:
            pass  # open_view below says what is wrong with it
        if data_dir is not None and not Path(data_dir).is_dir():
            data_dir = None  # open_view offers to pick the folder
    dataset, prepared, message = _initial_dataset(data_dir, settings)
    try:
        window = MainWindow(dataset, settings, lazy_tabs=lazy_tabs, prepared=prepared)
    except Exception as err:  # noqa: BLE001 - a dataset that breaks a view must not stop the app for good
        if is_bundled_path(dataset.path):
            raise
        # The remembered (or given) dataset passed validation but a view cannot show it: start on the
        # bundled data, forget the remembered one so the next start works too, and say why.
        prefs.put(settings, prefs.DATASET_LAST, "")
        message = i18n.translate("App", "The dataset at {path} could not be shown ({error}); showing the bundled dataset.").format(
            path=dataset.path, error=f"{type(err).__name__}: {err}")
        dataset = load_dataset(None)
        data_dir = view = None
        window = MainWindow(dataset, settings, lazy_tabs=lazy_tabs)
    if data_dir is not None and not message:
        # A dataset opened with --data is as recent as one opened from the menu.
        prefs.remember_dataset(settings, dataset.path)
    if message:
        window.statusBar().showMessage(message, 15000)
    if view is not None:
        window.open_view(view)
    elif data_dir is None:
        session = views.session_view(window, prefs.get(settings, prefs.SESSION_VIEW))
        if session is not None:
            window.restore_view_lazily(session)
    return window


def run_gui(data_dir=None, view=None, theme=None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kzeuviewer")
    app.setOrganizationName("kzeuviewer")
    app.setApplicationDisplayName("kzeuviewer")
    app.setDesktopFileName("kzeuviewer")
    icon = resource_path("kzeuviewer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        window = create_main_window(data_dir=data_dir, lazy_tabs=True, view=view, language=language)
    except DatasetError as err:
        show_error(None, i18n.translate("App", "kzeuviewer cannot start"), i18n.render(err))
        return 1
    install_error_hook(window)
    if theme is not None:  # --theme: this session only; View ▸ Theme remembers a choice
        window.themes.set_choice(theme)
    window.show()
    _close_on_signals(app, window)
    return app.exec()


def _close_on_signals(app: QApplication, window) -> None:
    """Ctrl+C in the terminal, or a polite kill, closes the window as the person would (settings saved)."""

    def close(*_args) -> None:
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    # Python runs signal handlers only between bytecodes: wake the interpreter a few times a second.
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
