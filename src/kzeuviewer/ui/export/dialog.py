"""The export dialog of every view that draws a picture (Timeline, Trade).

Format, exact size, background, caption, the data as CSV beside the image,
or the data alone; the clipboard. The dialog only collects choices (and
remembers them in QSettings); :mod:`.files` writes, so the same code serves
the dialog, ``MainWindow.export_view``, the command line and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.model.formats import MAX_SIDE, MIN_SIDE, TRANSPARENT_FORMATS

from .. import settings as prefs
from ..i18n import translate
from ..theming import EXPORT_LOOKS

FORMATS = [("PNG", ".png"), ("JPEG", ".jpg"), ("SVG", ".svg"), ("PDF", ".pdf"), ("CSV", ".csv")]
DATA_ONLY = "CSV"
SIZE_PRESETS = [(1280, 720), (1920, 1080), (3840, 2160)]
CUSTOM = "Custom"


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    fmt: str
    width: int
    height: int
    transparent: bool
    caption: bool
    csv: bool
    look: str = "light"  # "light", "dark" or "screen"


def _labelled(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class ExportDialog(QDialog):
    """Collects an :class:`ExportChoice`; ``exportRequested`` / ``copyRequested`` carry it.

    Opened non-modally (``open()``): the receiver of ``exportRequested`` closes
    it with ``accept()`` once the files are written.
    """

    exportRequested = Signal(object)
    copyRequested = Signal(object)

    def __init__(self, settings: QSettings, suggested_name: str, title: str = "Export", parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.settings = settings
        self.format_box = _labelled(QComboBox(), "exportFormat", translate("ExportDialog", "Image format"))
        for name, suffix in FORMATS:
            label = (translate("ExportDialog", "CSV: the data only") if name == DATA_ONLY
                     else translate("ExportDialog", "{format} image ({suffix})").format(format=name, suffix=suffix))
            self.format_box.addItem(label, name)
        self.size_box = _labelled(QComboBox(), "exportSize", translate("ExportDialog", "Image size"))
        for width, height in SIZE_PRESETS:
            self.size_box.addItem(f"{width} × {height}", f"{width}x{height}")  # str data: findData matches it
        self.size_box.addItem(translate("ExportDialog", "Custom size"), CUSTOM)
        self.width_box = _labelled(QSpinBox(), "exportWidth", translate("ExportDialog", "Width in pixels"))
        self.height_box = _labelled(QSpinBox(), "exportHeight", translate("ExportDialog", "Height in pixels"))
        for box in (self.width_box, self.height_box):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setSuffix(translate("ExportDialog", " px"))
        transparent = translate("ExportDialog", "Transparent background")
        self.transparent_box = _labelled(QCheckBox(transparent), "exportTransparent", transparent)
        self.caption_box = _labelled(QCheckBox(translate("ExportDialog", "Caption with title, units and sources")),
                                     "exportCaption", translate("ExportDialog", "Draw caption"))
        also_csv = translate("ExportDialog", "Also save the data as CSV")
        self.csv_box = _labelled(QCheckBox(also_csv), "exportCsv", also_csv)
        self.path_edit = _labelled(QLineEdit(), "exportPath", translate("ExportDialog", "File name"))
        self.browse_button = _labelled(QPushButton(translate("ExportDialog", "Browse…")), "exportBrowse",
                                       translate("ExportDialog", "Choose file"))
        self.look_box = _labelled(QComboBox(), "exportLook", translate("ExportDialog", "Look of the image"))
        for look, label in zip(EXPORT_LOOKS, (translate("ExportDialog", "Light"), translate("ExportDialog", "Dark"),
                                              translate("ExportDialog", "As on screen")), strict=True):
            self.look_box.addItem(label, look)
        self.hint = QLabel()
        self.hint.setObjectName("exportHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box, 1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format_box)
        form.addRow(translate("ExportDialog", "Size:"), size_row)
        form.addRow(translate("ExportDialog", "Look:"), self.look_box)
        form.addRow("", self.transparent_box)
        form.addRow("", self.caption_box)
        form.addRow("", self.csv_box)
        form.addRow(translate("ExportDialog", "File:"), path_row)

        buttons = QDialogButtonBox()
        export_text = translate("ExportDialog", "Export")
        self.export_button = _labelled(buttons.addButton(export_text, QDialogButtonBox.ButtonRole.AcceptRole), "exportAccept", export_text)
        self.copy_button = _labelled(buttons.addButton(translate("ExportDialog", "Copy to clipboard"), QDialogButtonBox.ButtonRole.ActionRole),
                                     "exportCopy", translate("ExportDialog", "Copy the image to the clipboard"))
        cancel = _labelled(buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "exportCancel", translate("ExportDialog", "Cancel"))
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        self._restore(suggested_name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.size_box.currentIndexChanged.connect(self._size_changed)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self._export)
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self.choice()))
        cancel.clicked.connect(self.reject)
        self._format_changed()
        self._size_changed()

    # -- state ----------------------------------------------------------------------
    def _restore(self, suggested_name: str) -> None:
        s = self.settings
        fmt = prefs.get(s, prefs.EXPORT_FORMAT)
        index = self.format_box.findData(fmt)
        self.format_box.setCurrentIndex(max(index, 0))
        width = prefs.get(s, prefs.EXPORT_WIDTH)
        height = prefs.get(s, prefs.EXPORT_HEIGHT)
        preset = self.size_box.findData(f"{width}x{height}")
        self.size_box.setCurrentIndex(preset if preset >= 0 else self.size_box.count() - 1)
        self.width_box.setValue(width)
        self.height_box.setValue(height)
        self.transparent_box.setChecked(prefs.get(s, prefs.EXPORT_TRANSPARENT))
        self.caption_box.setChecked(prefs.get(s, prefs.EXPORT_CAPTION))
        self.csv_box.setChecked(prefs.get(s, prefs.EXPORT_CSV))
        self.look_box.setCurrentIndex(max(self.look_box.findData(prefs.get(s, prefs.EXPORT_LOOK)), 0))
        folder = prefs.export_folder(s)
        self.path_edit.setText(str(Path(folder) / (suggested_name + self._suffix())))

    def remember(self) -> None:
        choice = self.choice()
        s = self.settings
        prefs.put(s, prefs.EXPORT_FORMAT, choice.fmt)
        prefs.put(s, prefs.EXPORT_WIDTH, choice.width)
        prefs.put(s, prefs.EXPORT_HEIGHT, choice.height)
        prefs.put(s, prefs.EXPORT_TRANSPARENT, self.transparent_box.isChecked())
        prefs.put(s, prefs.EXPORT_CAPTION, choice.caption)
        prefs.put(s, prefs.EXPORT_CSV, choice.csv)
        prefs.put(s, prefs.EXPORT_LOOK, choice.look)
        prefs.put(s, prefs.EXPORT_FOLDER, str(choice.path.parent))

    def choice(self) -> ExportChoice:
        fmt = self.format_box.currentData()
        return ExportChoice(
            path=self._path_with_suffix(),
            fmt=fmt,
            width=self.width_box.value(),
            height=self.height_box.value(),
            transparent=self.transparent_box.isChecked() and fmt in TRANSPARENT_FORMATS,
            caption=self.caption_box.isChecked() and fmt != DATA_ONLY,
            csv=self.csv_box.isChecked() and fmt != DATA_ONLY,
            look=self.look_box.currentData(),
        )

    def _suffix(self) -> str:
        return dict(FORMATS)[self.format_box.currentData()]

    def _path_with_suffix(self) -> Path:
        """The typed path, its extension made to match the chosen format."""
        text = self.path_edit.text().strip() or "chart"
        path = Path(text).expanduser()
        suffix = self._suffix()
        known = {s for _, s in FORMATS} | {".jpeg"}
        if path.suffix.lower() in known:
            if self.format_box.currentData() == "JPEG" and path.suffix.lower() in (".jpg", ".jpeg"):
                return path
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)

    # -- reactions ------------------------------------------------------------------
    def _format_changed(self) -> None:
        fmt = self.format_box.currentData()
        can_be_transparent = fmt in TRANSPARENT_FORMATS
        image = fmt != DATA_ONLY
        self.transparent_box.setEnabled(can_be_transparent)
        for widget in (self.size_box, self.look_box, self.caption_box, self.csv_box, self.copy_button):
            widget.setEnabled(image)
        self._size_changed()
        self.path_edit.setText(str(self._path_with_suffix()))
        hints = {
            "PNG": translate("ExportDialog", "Exactly the chosen number of pixels."),
            "JPEG": translate("ExportDialog", "Exactly the chosen number of pixels; no transparency."),
            "SVG": translate("ExportDialog", "Vector image declared at the chosen pixel size."),
            "PDF": translate("ExportDialog", "One page measuring the chosen size in pixels of 1/96 inch; no transparency."),
            "CSV": translate("ExportDialog", "The data of the view as shown: the same rows, years and series, no picture."),
        }
        self.hint.setText(hints[fmt])

    def _size_changed(self) -> None:
        data = self.size_box.currentData()
        custom = data == CUSTOM and self.format_box.currentData() != DATA_ONLY
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            width, height = (int(v) for v in data.split("x"))
            self.width_box.setValue(width)
            self.height_box.setValue(height)

    def _browse(self) -> None:
        fmt = self.format_box.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(self._path_with_suffix()), f"{fmt} (*{self._suffix()})")
        if path:
            self.path_edit.setText(path)
            self.path_edit.setText(str(self._path_with_suffix()))

    def _export(self) -> None:
        # The receiver writes the files and closes the dialog on success; after a
        # failure the dialog stays open so the user can pick another place.
        self.remember()
        self.exportRequested.emit(self.choice())
