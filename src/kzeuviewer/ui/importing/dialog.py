"""File ▸ Import statistics…: publishers' files previewed against the open dataset, then applied.

The dialog is not modal: the window and its data stay as they are while the
person adds files and reads the preview. Nothing is written until Apply, and
Apply writes the whole dataset at once (:func:`apply_plan`) and reloads it in
the window. Reading uses the Qt-free importers; this module only shows what
they found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.model.importers import (
    Figure,
    ImportApplyError,
    ImportPlan,
    ImportProblem,
    RowChange,
    apply_plan,
    plan_import,
)
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from ..i18n import translate
from ..style import qcolor, set_role, theme
from .files import files_in_folder, is_web_address, read_mixed_files, refusal_reason, with_source_url

PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Change"), QT_TRANSLATE_NOOP("ImportDialog", "Figure"),
    QT_TRANSLATE_NOOP("ImportDialog", "Now in the dataset"), QT_TRANSLATE_NOOP("ImportDialog", "From the files"),
    QT_TRANSLATE_NOOP("ImportDialog", "Unit"), QT_TRANSLATE_NOOP("ImportDialog", "Read from"),
)
CHANGE_LABELS = {"added": QT_TRANSLATE_NOOP("ImportDialog", "Added"),
                 "conflict": QT_TRANSLATE_NOOP("ImportDialog", "Kept (entered by hand)")}
VALUE_CHANGED_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "Value changed")
# The same value, with a new file, cell or address as its source.
SOURCE_UPDATED_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "Source updated")
REPLACED_LABEL = QT_TRANSLATE_NOOP("ImportDialog", "Replaced (entered by hand)")
# The counts above the preview: key, caption, accessible name.
COUNT_CAPTIONS = (
    ("added", QT_TRANSLATE_NOOP("ImportDialog", "Rows added:"), QT_TRANSLATE_NOOP("ImportDialog", "Rows added")),
    ("changed", QT_TRANSLATE_NOOP("ImportDialog", "Rows updated:"), QT_TRANSLATE_NOOP("ImportDialog", "Rows updated")),
    ("conflicts", QT_TRANSLATE_NOOP("ImportDialog", "Conflicts with rows entered by hand:"),
     QT_TRANSLATE_NOOP("ImportDialog", "Conflicts with rows entered by hand")),
    ("unchanged", QT_TRANSLATE_NOOP("ImportDialog", "Unchanged:"), QT_TRANSLATE_NOOP("ImportDialog", "Unchanged")),
)
# Start widths of the preview's columns (fitted to the rows once there are any); the last one stretches.
COLUMN_WIDTHS = (190, 440, 130, 130, 110)


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


def file_filter() -> str:
    """The file dialog's filter in the current language (the patterns stay as they are)."""
    return ";;".join((
        translate("ImportDialog", "Statistics files") + " (*.xls *.csv)",
        translate("ImportDialog", "BNS workbooks") + " (*.xls)",
        translate("ImportDialog", "Eurostat CSV downloads") + " (*.csv)",
        translate("ImportDialog", "All files") + " (*)",
    ))


class BusyCursor:
    """A wait cursor over the whole application while reading or writing."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *exc) -> None:
        QApplication.restoreOverrideCursor()


class ImportDialog(QDialog):
    """Collects files, shows problems or the plan, and applies it to the window's dataset.

    Public API (what the menu, the tests and a script use): :meth:`add_files`,
    :meth:`add_folder`, :meth:`set_source_url`, :attr:`plan`, :attr:`problems`,
    :meth:`preview_rows`, :meth:`apply`. Cancel (or closing) writes nothing.
    """

    def __init__(self, window):
        super().__init__(window)
        self.main_window = window
        self.setObjectName("importDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1180, 720)
        self.paths: list[Path] = []
        self.problems: list[ImportProblem] = []
        self.plan: ImportPlan | None = None
        self._figures: list[Figure] = []  # as read, without a source address
        self._plan_error: Exception | None = None  # the dataset folder cannot be compared with
        self._refusal: tuple[str, dict] | None = None  # why the folder must not be written (marked text, values)
        self._notice = None  # a function that writes the notice in the current language
        self._last_folder = str(Path.home())
        self._build()
        window.context.datasetChanged.connect(self._dataset_changed)
        self._following = True
        self._refresh_target()
        i18n.keep(self, self.retranslate)  # writes every text, then shows the state

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = intro = set_role(QLabel(), "secondary")
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)

        self.file_list = _named(QListWidget(), "importFiles")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setMinimumHeight(90)
        self.file_list.setMaximumHeight(150)  # the preview below gets the room
        self.add_files_button = _named(QPushButton(), "importAddFiles")
        self.add_folder_button = _named(QPushButton(), "importAddFolder")
        self.remove_button = _named(QPushButton(), "importRemoveFiles")
        file_buttons = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)

        self.source_url = _named(QLineEdit(), "importSourceUrl")
        self.target_label = _named(QLabel(), "importTarget")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target_label.setWordWrap(True)
        form = QFormLayout()
        self.source_url_caption = QLabel()
        self.source_url_caption.setBuddy(self.source_url)
        self.target_caption = QLabel()
        form.addRow(self.source_url_caption, self.source_url)
        form.addRow(self.target_caption, self.target_label)

        self.refusal_label = set_role(_named(QLabel(), "importRefusal"), "error")
        self.refusal_label.setWordWrap(True)

        self.problems_heading = set_role(_named(QLabel(), "importProblemsHeading"), "error")
        self.problems_heading.setWordWrap(True)
        self.problems_view = _named(QPlainTextEdit(), "importProblems")
        self.problems_view.setReadOnly(True)
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.summary_label = _named(QLabel(), "importSummary")
        self.summary_label.setWordWrap(True)
        self.counts = {}
        self.count_captions = {}
        counts_row = QHBoxLayout()
        for key, _caption, _name in COUNT_CAPTIONS:
            value = _named(QLabel("0"), f"import{key.title()}Count")
            self.counts[key] = value
            caption = set_role(QLabel(), "muted")
            self.count_captions[key] = caption
            caption.setBuddy(value)
            counts_row.addWidget(caption)
            counts_row.addWidget(value)
            counts_row.addSpacing(18)
        counts_row.addStretch(1)

        self.preview = _named(QTableWidget(0, len(PREVIEW_COLUMNS)), "importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.preview.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)

        self.overwrite_box = _named(QCheckBox(), "importOverwrite")
        self.superseded_label = set_role(_named(QLabel(), "importSuperseded"), "muted")
        self.superseded_label.setWordWrap(True)
        self.notice_label = set_role(_named(QLabel(), "importNotice"), "warning")
        self.notice_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.apply_button = _named(buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole), "importApply")
        self.cancel_button = _named(buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "importCancel")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(files_row)
        layout.addLayout(form)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(counts_row)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.overwrite_box)
        layout.addWidget(self.superseded_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(buttons)
        # Enter in the address field must never apply: no button is pressed by Enter.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.source_url.editingFinished.connect(self._source_url_changed)
        self.overwrite_box.toggled.connect(lambda _checked: self._replan())
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        """Every text of the dialog in the current language: at construction and after a language change."""
        self.setWindowTitle(translate("ImportDialog", "Import statistics"))
        self.setAccessibleName(translate("ImportDialog", "Import statistics"))
        self.intro.setText(translate(
            "ImportDialog", "Add the publishers' own files: BNS workbooks (.xls) and Eurostat Comext CSV downloads "
            "(.csv). Nothing in the dataset changes until you press Apply."))
        self.file_list.setAccessibleName(translate("ImportDialog", "Files to import"))
        self.add_files_button.setText(translate("ImportDialog", "Add files…"))
        self.add_files_button.setAccessibleName(translate("ImportDialog", "Add files"))
        self.add_folder_button.setText(translate("ImportDialog", "Add folder…"))
        self.add_folder_button.setAccessibleName(translate("ImportDialog", "Add every file of a folder"))
        self.remove_button.setText(translate("ImportDialog", "Remove"))
        self.remove_button.setAccessibleName(translate("ImportDialog", "Remove the selected files"))
        self.source_url_caption.setText(translate("ImportDialog", "Source address:"))
        self.source_url.setAccessibleName(translate("ImportDialog", "Source address"))
        self.source_url.setPlaceholderText(
            translate("ImportDialog", "https://… where the files were downloaded from (optional)"))
        self.target_caption.setText(translate("ImportDialog", "Into dataset:"))
        self.target_label.setAccessibleName(translate("ImportDialog", "Dataset folder that will be changed"))
        self.refusal_label.setAccessibleName(translate("ImportDialog", "Why the import cannot be applied"))
        self.problems_heading.setAccessibleName(translate("ImportDialog", "Problems heading"))
        self.problems_view.setAccessibleName(translate("ImportDialog", "Problems in the files"))
        self.summary_label.setAccessibleName(translate("ImportDialog", "Summary of the changes"))
        for key, caption, name in COUNT_CAPTIONS:
            self.count_captions[key].setText(translate("ImportDialog", caption))
            self.counts[key].setAccessibleName(translate("ImportDialog", name))
        self.preview.setAccessibleName(translate("ImportDialog", "Preview of the changes"))
        self.preview.setHorizontalHeaderLabels([translate("ImportDialog", c) for c in PREVIEW_COLUMNS])
        self.overwrite_box.setText(translate("ImportDialog", "Replace rows I entered by hand"))
        self.overwrite_box.setAccessibleName(translate("ImportDialog", "Replace rows I entered by hand"))
        self.overwrite_box.setToolTip(
            translate("ImportDialog", "Rows you typed into trade.csv are kept unless you tick this box."))
        self.superseded_label.setAccessibleName(translate("ImportDialog", "Figures given by two files"))
        self.notice_label.setAccessibleName(translate("ImportDialog", "Notice"))
        self.apply_button.setText(translate("ImportDialog", "Apply"))
        self.apply_button.setAccessibleName(translate("ImportDialog", "Apply the import"))
        self.cancel_button.setAccessibleName(translate("ImportDialog", "Cancel: write nothing"))
        self._write_refusal()
        if self._notice is not None:
            self.notice_label.setText(self._notice())
        self._show()

    # -- choosing files -------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("ImportDialog", "Add statistics files"), self._last_folder, file_filter())
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.add_files(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ImportDialog", "Add every statistics file of a folder"), self._last_folder)
        if folder:
            self._last_folder = folder
            self.add_folder(folder)

    def add_folder(self, folder) -> None:
        """Add the .xls and .csv files directly in ``folder`` (BNS and Eurostat may be mixed)."""
        found = files_in_folder(Path(folder))
        if not found:
            self._set_notice(lambda: translate("ImportDialog", "The folder {folder} has no .xls or .csv files.")
                             .format(folder=folder))
            self._show()
            return
        self.add_files(found)

    def add_files(self, paths) -> None:
        """Add files (a file already in the list is not added twice) and read them all again."""
        known = {p.resolve() for p in self.paths}
        for path in map(Path, paths):
            if path.resolve() not in known:
                known.add(path.resolve())
                self.paths.append(path)
                item_text = path.name
                self.file_list.addItem(item_text)
                self.file_list.item(self.file_list.count() - 1).setToolTip(str(path))
        self._read()

    def remove_selected(self) -> None:
        rows = sorted((self.file_list.row(i) for i in self.file_list.selectedItems()), reverse=True)
        for row in rows:
            self.file_list.takeItem(row)
            del self.paths[row]
        if rows:
            self._read()

    def set_source_url(self, url: str) -> None:
        """Where the files were downloaded from, written into each new source row."""
        self.source_url.setText(url)
        self._source_url_changed()

    # -- reading and planning ------------------------------------------------------------------
    def folder(self) -> Path:
        return Path(self.main_window.context.dataset.path)

    def _read(self) -> None:
        """Read every file again (the order of the files decides between equal publications)."""
        self._set_notice(None)
        with BusyCursor():
            self._figures, self.problems = read_mixed_files(self.paths)
        self._replan()

    def _source_url_changed(self) -> None:
        if self._figures or self.problems:
            self._replan()

    def _url_problem(self) -> str | None:
        url = self.source_url.text().strip()
        if url and not is_web_address(url):
            return translate("ImportDialog", "The source address must start with https:// or http://, not “{url}”.").format(url=url)
        return None

    def _replan(self) -> None:
        """Compare what was read with the dataset folder as it is now; writes nothing."""
        self.plan = None
        self._plan_error = None
        if self._figures and not self.problems and self._url_problem() is None:
            figures = with_source_url(self._figures, self.source_url.text().strip())
            try:
                with BusyCursor():
                    self.plan = plan_import(figures, self.folder(), overwrite=self.overwrite_box.isChecked())
            except (ImportApplyError, OSError, UnicodeDecodeError) as err:
                self._plan_error = err  # rendered when shown, so it follows the language
        self._show()

    def _dataset_changed(self, _dataset) -> None:
        """The window opened another dataset: preview against that one."""
        self._refresh_target()
        if self._figures or self.problems:
            self._replan()

    def _refresh_target(self) -> None:
        self.target_label.setText(str(self.folder()))
        self._refusal = refusal_reason(self.folder())
        self._write_refusal()

    def _write_refusal(self) -> None:
        if self._refusal is None:
            self.refusal_label.setText("")
        else:
            text, values = self._refusal
            self.refusal_label.setText(translate("ImportDialog", text).format(**values))
        self.refusal_label.setVisible(self._refusal is not None)

    def _set_notice(self, write) -> None:
        """Show ``write()`` (a function, so the words follow the language) as the notice; None: no notice."""
        self._notice = write
        self.notice_label.setText(write() if write is not None else "")

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        problem_lines = [i18n.render(p) for p in self.problems]
        if self._url_problem():
            problem_lines.append(self._url_problem())
        if self._plan_error:
            problem_lines.append(i18n.render(self._plan_error))
        if self.problems:
            problems = len(self.problems)
            heading = translate("ImportDialog", "The files have %Ln problems, so nothing can be imported "
                                "until they are fixed.", "", problems)
        elif problem_lines:
            heading = translate("ImportDialog", "The import cannot be previewed; nothing will be written.")
        else:
            heading = ""
        self.problems_heading.setText(heading)
        self.problems_view.setPlainText("\n".join(problem_lines))
        for widget in (self.problems_heading, self.problems_view):
            widget.setVisible(bool(problem_lines))

        plan = self.plan
        counts = plan.counts() if plan else dict.fromkeys(self.counts, 0)
        for key, label in self.counts.items():
            label.setText(i18n.locale().toString(counts[key]))
        self.summary_label.setText(self._summary(plan, bool(problem_lines)))
        self._fill_preview(plan)
        self.overwrite_box.setEnabled(bool(plan and plan.conflicts))
        superseded = plan.superseded if plan else []
        given_twice = len(superseded)
        self.superseded_label.setText(translate(
            "ImportDialog", "%Ln figures are given by two files with different values; the later publication is used.",
            "", given_twice) if superseded else "")
        self.superseded_label.setToolTip("\n".join(
            translate("ImportDialog", "{figure}: {kept} ({kept_file}) is used, not {dropped} ({dropped_file})").format(
                figure=s.kept.label, kept=s.kept.value, kept_file=s.kept.file,
                dropped=s.dropped.value, dropped_file=s.dropped.file)
            for s in superseded))
        self.superseded_label.setVisible(bool(superseded))
        self.notice_label.setVisible(bool(self.notice_label.text()))
        self.remove_button.setEnabled(bool(self.paths))
        self.apply_button.setEnabled(self.can_apply())

    def _summary(self, plan: ImportPlan | None, blocked: bool) -> str:
        if not self.paths:
            return translate("ImportDialog", "Add files to see what will change.")
        if blocked or plan is None:
            return translate("ImportDialog", "Nothing will be imported.")
        writes = len(plan.writes)
        if not writes and plan.conflicts:
            return translate("ImportDialog", "Nothing will be written unless you choose to replace the rows "
                             "you entered by hand.")
        if not writes:
            return translate("ImportDialog", "Nothing to write: the dataset already has these figures.")
        return translate("ImportDialog", "Apply will write %Ln rows into the dataset.", "", writes)

    def _fill_preview(self, plan: ImportPlan | None) -> None:
        changes: list[RowChange] = (plan.added + plan.changed + plan.conflicts) if plan else []
        self.preview.setRowCount(len(changes))
        warning = qcolor(theme().warning)
        for row, change in enumerate(changes):
            if change.kind == "conflict":
                kind = REPLACED_LABEL if plan.overwrite else CHANGE_LABELS["conflict"]
            elif change.kind == "changed":
                kind = VALUE_CHANGED_LABEL if change.value_changed else SOURCE_UPDATED_LABEL
            else:
                kind = CHANGE_LABELS[change.kind]
            kind = translate("ImportDialog", kind)
            old = "" if change.old_row is None else change.old_value
            old_unit = "" if change.old_row is None else change.old_row.get("unit", "").strip()
            if old_unit and old_unit != change.unit:  # e.g. a hand-entered row in USD billion
                old = f"{old} {old_unit}"
            origin = change.origin if change.old_line is None else translate(
                "ImportDialog", "{origin}; trade.csv line {line}").format(origin=change.origin, line=change.old_line)
            cells = (kind, change.label, old, change.new_value, change.unit, origin)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(change.describe())
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if change.kind == "conflict" and column == 0:
                    item.setForeground(warning)
                self.preview.setItem(row, column, item)
        if changes:
            for column in range(len(COLUMN_WIDTHS)):
                self.preview.resizeColumnToContents(column)

    def preview_rows(self) -> list[tuple[str, ...]]:
        """The preview table as text, row by row (what the person reads)."""
        return [tuple(self.preview.item(r, c).text() for c in range(self.preview.columnCount()))
                for r in range(self.preview.rowCount())]

    def can_apply(self) -> bool:
        return (self.plan is not None and self.plan.has_changes and not self.problems
                and self._refusal is None and self._url_problem() is None)

    # -- applying -------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Write the plan into the dataset folder, reload it in the window; True if written."""
        self._refresh_target()
        if not self.can_apply():
            self._show()
            return False
        plan = self.plan
        try:
            with BusyCursor():
                apply_plan(plan)
        except ImportApplyError as err:
            # Most often the dataset's files changed since the preview: show the preview as it is now.
            self._replan()
            failure = err  # the except clause forgets err; the notice is written again on a language change
            self._set_notice(lambda: translate(
                "ImportDialog", "Nothing was written: {reason}. The preview has been made again from the files "
                "as they are now; check it and press Apply again.").format(reason=i18n.render(failure)))
            self._show()
            return False
        written = len(plan.writes)
        self.accept()  # stops following the window's dataset before it is reloaded
        if self.main_window.open_dataset(plan.folder):
            self.main_window.statusBar().showMessage(
                translate("ImportDialog", "Imported %Ln rows.", "", written), 10000)
        return True

    def done(self, result: int) -> None:
        if self._following:
            self._following = False
            self.main_window.context.datasetChanged.disconnect(self._dataset_changed)
        super().done(result)
