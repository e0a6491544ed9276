"""What every tab shares: the dataset, the id-based selection, and the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from kzeuviewer.model import Dataset, Selection


class AppContext(QObject):
    """Owned by the main window and handed to every tab.

    ``datasetChanged`` fires after a new dataset replaced the old one;
    ``tabRequested`` asks the window to bring a tab ("timeline", "people",
    "trade") to the front, e.g. after clicking a person in the timeline.
    """

    datasetChanged = Signal(object)
    tabRequested = Signal(str)

    def __init__(self, dataset: Dataset, settings: QSettings, parent=None):
        super().__init__(parent)
        self._dataset = dataset
        self.selection = Selection()
        self.settings = settings

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    def set_dataset(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self.datasetChanged.emit(dataset)
        # Ids from the old dataset mean nothing in the new one. Cleared after
        # the tabs have the new data, so no tab looks old ids up in it.
        self.selection.clear(origin=self)

    def show_tab(self, key: str) -> None:
        self.tabRequested.emit(key)
