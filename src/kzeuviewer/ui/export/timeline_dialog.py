"""File ▸ Export on the Timeline tab: the view as an image, or the listed events as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from kzeuviewer.exporters.atomic import ExportError

from ..common.dialogs import show_error

IMAGE_FORMATS = {"PNG image": ".png", "SVG drawing": ".svg", "PDF document": ".pdf", "JPEG image": ".jpg"}


class TimelineExportDialog(QDialog):
    """Chooses what to export and where; the tab's ``export_image``/``export_csv`` write.

    Failures are shown in an error dialog and the dialog stays open;
    ``exported(path)`` fires after a file was written.
    """

    exported = Signal(str)

    def __init__(self, tab, shown_count: int, start_folder: Path, parent=None):
        super().__init__(parent)
        self.tab = tab
        self.setObjectName("timelineExportDialog")
        self.setWindowTitle("Export timeline")
        self.setMinimumWidth(520)

        self.image_radio = QRadioButton("Timeline image, as currently shown (zoom, filters, highlights)")
        self.image_radio.setObjectName("exportImageRadio")
        self.image_radio.setAccessibleName("Export the timeline as an image")
        self.csv_radio = QRadioButton(f"Events list as CSV ({shown_count} events, as filtered and sorted)")
        self.csv_radio.setObjectName("exportCsvRadio")
        self.csv_radio.setAccessibleName("Export the listed events as CSV")
        self.image_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.image_radio)
        group.addButton(self.csv_radio)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormatCombo")
        self.format_combo.setAccessibleName("Image format")
        for name, extension in IMAGE_FORMATS.items():
            self.format_combo.addItem(f"{name} ({extension})", extension)
        self.width_spin = self._size_spin("exportWidthSpin", "Image width in pixels", 1600)
        self.height_spin = self._size_spin("exportHeightSpin", "Image height in pixels", 900)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        size_row.addWidget(QLabel("pixels"))
        size_row.addStretch(1)
        self.transparent_check = QCheckBox("Transparent background")
        self.transparent_check.setObjectName("exportTransparentCheck")
        self.transparent_check.setAccessibleName("Transparent background")
        self.caption_edit = QLineEdit()
        self.caption_edit.setObjectName("exportCaptionEdit")
        self.caption_edit.setAccessibleName("Caption under the image")
        self.caption_edit.setPlaceholderText("No caption")

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPathEdit")
        self.path_edit.setAccessibleName("File to write")
        browse = QPushButton("Browse…")
        browse.setObjectName("exportBrowseButton")
        browse.setAccessibleName("Choose the file to write")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.form = QFormLayout()
        self.form.addRow("Format:", self.format_combo)
        self.form.addRow("Size:", size_row)
        self.form.addRow("", self.transparent_check)
        self.form.addRow("Caption:", self.caption_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("exportCancelButton")
        cancel.setAccessibleName("Close without exporting")
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName("Write the file")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>What to export</b>"))
        layout.addWidget(self.image_radio)
        layout.addWidget(self.csv_radio)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(QLabel("<b>File</b>"))
        layout.addLayout(path_row)
        layout.addWidget(buttons)

        self._folder = start_folder
        self.path_edit.setText(str(start_folder / "kzeuviewer-timeline.png"))
        self.image_radio.toggled.connect(self._kind_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._kind_changed()

    @staticmethod
    def _size_spin(name: str, accessible: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(200, 10000)
        spin.setSingleStep(100)
        spin.setValue(value)
        return spin

    def kind(self) -> str:
        return "image" if self.image_radio.isChecked() else "csv"

    def extension(self) -> str:
        return self.format_combo.currentData() if self.kind() == "image" else ".csv"

    def _kind_changed(self) -> None:
        image = self.kind() == "image"
        for widget in (self.format_combo, self.width_spin, self.height_spin, self.transparent_check, self.caption_edit):
            widget.setEnabled(image)
        self._retarget_extension()

    def _format_changed(self) -> None:
        self.transparent_check.setEnabled(self.kind() == "image" and self.extension() != ".jpg")
        self._retarget_extension()

    def _retarget_extension(self) -> None:
        """Keep the file name's extension in step with the chosen format."""
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        self.path_edit.setText(str(path.with_suffix(self.extension())))

    def _browse(self) -> None:
        extension = self.extension()
        pattern = f"*{extension}" + (" *.jpeg" if extension == ".jpg" else "")
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export timeline", self.path_edit.text(), f"{extension[1:].upper()} files ({pattern})"
        )
        if path:
            self.path_edit.setText(path)
            self._retarget_extension()

    def _export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            show_error(self, "Nothing exported", "Choose a file to write first.")
            return
        path = Path(text).expanduser()
        if path.suffix.lower() not in (self.extension(), ".jpeg" if self.extension() == ".jpg" else ""):
            path = path.with_suffix(self.extension())
        try:
            if self.kind() == "image":
                written = self.tab.export_image(
                    path,
                    self.width_spin.value(),
                    self.height_spin.value(),
                    transparent=self.transparent_check.isEnabled() and self.transparent_check.isChecked(),
                    caption=self.caption_edit.text().strip() or None,
                )
            else:
                written = self.tab.export_csv(path)
        except ExportError as err:
            show_error(self, "Export failed", str(err))
            return
        except Exception as err:  # noqa: BLE001 - any failure becomes a clear message, never a traceback
            show_error(self, "Export failed", f"Cannot write {path}: {err}")
            return
        self.exported.emit(str(written))
        self.accept()
