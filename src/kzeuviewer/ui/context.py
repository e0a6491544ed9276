"""What every tab shares: the dataset, the id-based selection, and the settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal

from kzeuviewer.model import Dataset, Selection
from kzeuviewer.model.languages import localized

from . import i18n


class AppContext(QObject):
    """Owned by the main window and handed to every tab.

    ``datasetChanged`` fires after a new dataset replaced the old one;
    ``tabRequested`` asks the window to bring a tab ("timeline", "people",
    "trade") to the front, e.g. after clicking a person in the timeline.
    """

    datasetChanged = Signal(object)
    tabRequested = Signal(str)

    def __init__(self, dataset: Dataset, settings: QSettings, parent=None, prepared=None):
        super().__init__(parent)
        self._loaded = self._dataset = dataset
        self._prepared: dict[str, object] = {}  # per tab key, built off the GUI thread for ``_dataset``
        self._tabs_built = True  # a window says when it is building its tabs (a lone tab never waits)
        self._after_tabs_built: list = []
        self._take(dataset, prepared)
        self.selection = Selection()
        self.settings = settings

    def event(self, event) -> bool:
        # The window hands its children the language change: show the data's own spellings for it.
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        return super().event(event)

    @property
    def dataset(self) -> Dataset:
        """The dataset as shown: in the interface language where its rows give that spelling."""
        return self._dataset

    def _follow_language(self) -> None:
        shown = localized(self._loaded, i18n.current_language())
        if shown is not self._dataset and (shown is not self._loaded or self._dataset is not self._loaded):
            self._dataset = shown
            self._prepared = {}
            self.datasetChanged.emit(shown)  # the same rows and ids: the selection stays

    def set_dataset(self, dataset: Dataset, prepared=None) -> None:
        """Show ``dataset``; ``prepared`` (a ``PreparedTabs`` for it) holds what the tabs' workers built."""
        self._take(dataset, prepared)
        self.datasetChanged.emit(self._dataset)
        # Ids from the old dataset mean nothing in the new one. Cleared after
        # the tabs have the new data, so no tab looks old ids up in it.
        self.selection.clear(origin=self)

    def _take(self, dataset: Dataset, prepared) -> None:
        self._loaded = dataset
        if prepared is not None and prepared.dataset is dataset and prepared.language == i18n.current_language():
            self._dataset = prepared.shown
            self._prepared = dict(prepared.by_tab)
        else:
            self._dataset = localized(dataset, i18n.current_language())
            self._prepared = {}

    def when_tabs_built(self, start) -> None:
        """Call ``start`` (it starts background work) on the next turn once the window has built every tab.

        A worker thread shares the interpreter: started while tabs are still
        being built, it would make building them many times slower.
        """
        if self._tabs_built:
            QTimer.singleShot(0, self, start)
        else:
            self._after_tabs_built.append(start)

    def set_building_tabs(self) -> None:
        """The window is building its tabs: background work asked for meanwhile waits for :meth:`set_tabs_built`."""
        self._tabs_built = False

    def set_tabs_built(self) -> None:
        """The window has built every tab: background work waiting for that may start."""
        self._tabs_built = True
        waiting, self._after_tabs_built = self._after_tabs_built, []
        for start in waiting:
            QTimer.singleShot(0, self, start)

    def take_prepared(self, key: str, dataset: Dataset) -> object | None:
        """What a worker built for tab ``key`` from ``dataset`` (handed out once), or None."""
        if dataset is not self._dataset:
            return None
        return self._prepared.pop(key, None)

    def show_tab(self, key: str) -> None:
        self.tabRequested.emit(key)
