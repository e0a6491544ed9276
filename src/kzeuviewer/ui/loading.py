"""Loading a dataset, and waiting for other threads' work, without freezing the window.

Small folders load in the calling thread (the bundled data takes about 50 ms).
Large ones are read and validated in a worker thread while a progress dialog
keeps the window painted; the call still returns only when loading is done,
so callers stay simple. :func:`wait_while` does the same for work already
running in another thread (a large events list an export needs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from kzeuviewer.model import Dataset, bundled_data_dir, load_dataset

from . import i18n
from .i18n import translate

# Folders with more CSV bytes than this load in the background.
LARGE_DATASET_BYTES = 5_000_000


class _LoadThread(QThread):
    loaded = Signal()  # read and checked; now preparing the tabs

    def __init__(self, path, prepare=None, parent=None):
        super().__init__(parent)
        self.path = path
        self.prepare = prepare
        self.dataset: Dataset | None = None
        self.prepared = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.dataset = load_dataset(self.path)
        except BaseException as err:  # noqa: BLE001 - handed back to the GUI thread
            self.error = err
            return
        if self.prepare is not None:
            self.loaded.emit()
            try:
                self.prepared = self.prepare(self.dataset)
            except Exception:  # noqa: BLE001 - the data loaded: the tabs build what they need themselves
                self.prepared = None


def is_bundled_path(path) -> bool:
    """Is ``path`` the dataset shipped with the package?"""
    try:
        return Path(path).resolve() == bundled_data_dir().resolve()
    except OSError:
        return False


def dataset_bytes(path) -> int:
    folder = Path(path) if path is not None else bundled_data_dir()
    try:
        return sum(f.stat().st_size for f in folder.glob("*.csv") if f.is_file())
    except OSError:
        return 0


def load_with_progress(parent: QWidget | None, path, prepare=None) -> tuple[Dataset, object | None]:
    """``load_dataset(path)``, showing progress for large folders; raises what it raises.

    For a large folder, ``prepare(dataset)`` also runs in the worker thread (what the
    tabs show of it, see :mod:`.preparing`); returns the dataset and its result
    (None for small folders, or without ``prepare``).
    """
    size = dataset_bytes(path)
    if size < LARGE_DATASET_BYTES:
        return load_dataset(path), None
    name = Path(path).name if path is not None else translate("Loading", "bundled dataset")
    megabytes = i18n.locale().toString(float(size / 1e6), "f", 0)
    dialog = _busy_dialog(parent, "loadingDialog", translate("Loading", "Opening dataset"),
                          translate("Loading", "Reading and checking {name} ({size} MB)…").format(name=name, size=megabytes))
    thread = _LoadThread(path, prepare)
    thread.loaded.connect(lambda: dialog.setLabelText(translate("Loading", "Preparing the tables and charts…")))
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.setLabelText(translate("Loading", "Preparing the tables and charts…"))
    QApplication.processEvents()
    dialog.close()
    dialog.deleteLater()
    if thread.error is not None:
        raise thread.error
    return thread.dataset, thread.prepared


def wait_while(parent: QWidget | None, busy: Callable[[], bool], title: str, label: str) -> None:
    """Run the event loop until ``busy()`` is false, behind a progress dialog (nothing if it is false already).

    For work another thread is doing that the caller needs now: the window
    keeps painting, and signals from that thread are delivered meanwhile.
    """
    if not busy():
        return
    dialog = _busy_dialog(parent, "waitDialog", title, label)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: None if busy() else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    dialog.close()
    dialog.deleteLater()


def _busy_dialog(parent: QWidget | None, name: str, title: str, label: str) -> QProgressDialog:
    """A shown, window-modal progress dialog without a bar's end or a Cancel button (the work cannot stop half-way)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    return dialog
