"""The contract between the main window and each tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ..context import AppContext


class DataTab(QWidget):
    """A tab of the main window. Subclasses set ``key`` and ``title``.

    The window calls :meth:`set_dataset` after every (re)load, and routes the
    Edit ▸ Find (Ctrl+F), Edit ▸ Copy (Ctrl+C) and File ▸ Export (Ctrl+E)
    actions to the current tab.
    """

    key = ""
    title = ""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        context.datasetChanged.connect(self.set_dataset)

    def set_dataset(self, dataset) -> None:
        raise NotImplementedError

    def search_field(self) -> QLineEdit | None:
        """The search box that Ctrl+F focuses, if the tab has one."""
        return None

    def copy_selection(self) -> bool:
        """Copy what is selected to the clipboard; False if nothing was copied."""
        return False

    def export(self) -> None:
        """Open this tab's export dialog."""
