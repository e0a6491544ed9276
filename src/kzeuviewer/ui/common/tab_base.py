"""The contract between the main window and each tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QWidget

from kzeuviewer.model.captions import Caption

from ..context import AppContext


class DataTab(QWidget):
    """A tab of the main window. Subclasses set ``key`` and ``title``.

    The window calls :meth:`set_dataset` after every (re)load, and routes the
    Edit ▸ Find (Ctrl+F), Edit ▸ Copy (Ctrl+C) and File ▸ Export (Ctrl+E)
    actions to the current tab.

    A tab whose view can be exported as a picture implements the three
    ``*_view_*`` methods; all of them read the tab's view state, so the image,
    its caption and its CSV show exactly what is on screen. They write to the
    path they are given and raise :class:`~kzeuviewer.exporters.atomic.ExportError`
    on failure; making a group of files atomic is the caller's job
    (:mod:`kzeuviewer.ui.export.files`).
    """

    key = ""
    title = ""
    exports_images = False

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        context.datasetChanged.connect(self.set_dataset)

    def set_dataset(self, dataset) -> None:
        raise NotImplementedError

    @staticmethod
    def prepare(dataset) -> object | None:
        """The Qt-free part of :meth:`set_dataset` for ``dataset``, safe to run in a worker thread.

        For a large dataset the window runs it off the GUI thread; ``set_dataset``
        then finds its result with ``context.take_prepared(self.key, dataset)``
        (None: nothing was prepared, build it now).
        """
        return None

    def search_field(self) -> QLineEdit | None:
        """The search box that Ctrl+F focuses, if the tab has one."""
        return None

    def copy_selection(self) -> bool:
        """Copy what is selected to the clipboard; False if nothing was copied."""
        return False

    def export(self) -> None:
        """Open this tab's export dialog (the picture views share one)."""
        if self.exports_images:
            from ..export.actions import open_export_dialog

            self.export_dialog = open_export_dialog(self)

    # -- view state ---------------------------------------------------------------------
    def view_states(self) -> dict:
        """This tab's state objects by their name in a view file ("people", "trade_table", …)."""
        return {}

    def accept_view_state(self, name: str, values: dict) -> tuple[dict, list[str]]:
        """``values`` for the state ``name`` from a view file, without what this dataset lacks; and what was left out."""
        return values, []

    def describe_change(self, name: str, field: str, value) -> str:
        """Words for an undo step ("sort by Name"); "" for the generic words."""
        return ""

    # -- the view as files --------------------------------------------------------------
    def export_name(self) -> str:
        """A file name stem for this view ("timeline", "kz-eu-trade_2018-2020")."""
        return self.key

    def view_caption(self) -> Caption:
        """Title, units, sources and notes of the view as it is now (years, filters, hidden series)."""
        raise NotImplementedError

    def write_view_image(self, path: Path, width: int, height: int, transparent: bool = False,
                         caption: Caption | None = None) -> None:
        """The view as shown, at ``width`` × ``height`` pixels, in the format of ``path``'s extension."""
        raise NotImplementedError

    def write_view_csv(self, path: Path) -> None:
        """The data of the view as shown: exactly the rows and series on screen."""
        raise NotImplementedError
