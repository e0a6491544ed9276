"""What File ▸ Export and Copy do for a view that draws a picture."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from kzeuviewer.exporters import ExportError

from .. import i18n
from .. import settings as prefs
from ..common.dialogs import show_error
from ..i18n import translate
from ..theming import rendering_theme
from .dialog import DATA_ONLY, ExportChoice, ExportDialog
from .files import export_view


def open_export_dialog(tab) -> ExportDialog:
    """The export dialog for ``tab`` (non-modal: the view stays visible behind it)."""
    dialog = ExportDialog(tab.context.settings, tab.export_name(), translate("ExportDialog", "Export {view}").format(view=translate("Tabs", tab.title).lower()), tab)
    dialog.exportRequested.connect(lambda choice: _export(tab, dialog, choice))
    dialog.copyRequested.connect(lambda choice: copy_view(tab, choice.width, choice.height, choice.caption, choice.look))
    dialog.open()
    return dialog


def _export(tab, dialog: ExportDialog, choice: ExportChoice) -> None:
    try:
        written = export_view(
            tab, choice.path, choice.width, choice.height,
            transparent=choice.transparent, caption=choice.caption, with_csv=choice.csv and choice.fmt != DATA_ONLY,
            look=choice.look,
        )
    except ExportError as err:
        # The dialog stays open so the person can pick another place.
        show_error(tab, translate("ExportDialog", "Not exported"), i18n.render(err))
        return
    prefs.put(tab.context.settings, prefs.EXPORT_FOLDER, str(Path(choice.path).parent))
    _status(tab, translate("ExportDialog", "Exported {files} to {folder}").format(
        files=translate("ExportDialog", " and ").join(p.name for p in written), folder=Path(choice.path).parent))
    dialog.accept()


def view_image(tab, width: int, height: int, caption: bool = True, look: str | None = None) -> QImage:
    """The view as an image in memory, drawn exactly as a PNG export would be (in the theme ``look``)."""
    with tempfile.TemporaryDirectory(prefix="kzeuviewer-") as folder, rendering_theme(look):
        path = Path(folder) / "view.png"
        tab.write_view_image(path, width, height, False, tab.view_caption() if caption else None)
        image = QImage(str(path))
    if image.isNull():
        raise ExportError(translate("ExportDialog", "The view could not be drawn"))
    return image


def copy_view(tab, width: int, height: int, caption: bool = True, look: str | None = None) -> bool:
    try:
        image = view_image(tab, width, height, caption, look)
    except ExportError as err:
        show_error(tab, translate("ExportDialog", "Not copied"), i18n.render(err))
        return False
    QGuiApplication.clipboard().setImage(image)
    _status(tab, translate("ExportDialog", "Copied the view to the clipboard ({width} × {height})").format(width=width, height=height))
    return True


def _status(tab, message: str) -> None:
    window = tab.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 8000)
