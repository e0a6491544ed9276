"""Loading a dataset without freezing the window.

Small folders load in the calling thread (the bundled data takes about 50 ms).
Large ones are read and validated in a worker thread while a progress dialog
keeps the window painted; the call still returns only when loading is done,
so callers stay simple.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
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
    dialog = QProgressDialog(translate("Loading", "Reading and checking {name} ({size} MB)…").format(name=name, size=megabytes),
                             "", 0, 0, parent)
    dialog.setObjectName("loadingDialog")
    dialog.setWindowTitle(translate("Loading", "Opening dataset"))
    dialog.setCancelButton(None)  # validation cannot stop half-way without losing its result
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.show()
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
