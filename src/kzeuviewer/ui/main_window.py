"""The main window: menus, three tabs, status bar. Thin: the tabs do the work."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer import __version__
from kzeuviewer.exporters import ExportError
from kzeuviewer.model import Dataset, DatasetError
from kzeuviewer.model.tables import TableSpecError
from kzeuviewer.model.view_file import SUFFIX as VIEW_SUFFIX
from kzeuviewer.model.view_file import ViewFileError

from . import settings as prefs
from . import theming, views
from .common.dialogs import ProblemsDialog, SourcesDialog, show_error
from .common.tab_base import DataTab
from .context import AppContext
from .export import files as export_files
from .history import History
from .loading import is_bundled_path, load_with_progress

# (key, title, module, class). A tab's module is imported when the tab is built.
TABS = (
    ("timeline", "Timeline", "kzeuviewer.ui.timeline.tab", "TimelineTab"),
    ("people", "People && awards", "kzeuviewer.ui.people.tab", "PeopleTab"),
    ("trade", "Trade", "kzeuviewer.ui.trade.tab", "TradeTab"),
)
TAB_KEYS = [key for key, *_ in TABS]


class _FirstPaint(QObject):
    """Calls ``then`` once, soon after ``widget`` or a child of it was first painted."""

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self._then = then
        self._widget = widget
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self._widget.isAncestorOf(obj):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    def __init__(self, dataset: Dataset, settings: QSettings, lazy_tabs: bool = False):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName("kzeuviewer main window")
        self.settings = settings
        self.context = AppContext(dataset, settings, self)
        self.context.tabRequested.connect(self.show_tab)
        self.history = History(self)
        self.history.watch_selection(self.context.selection)
        self._pending_view = None  # the last session's view, applied to each tab as it is built
        self._tabs: dict[str, DataTab] = {}
        self.setAcceptDrops(True)
        # The role style sheet lives on the application, set with the theme (View ▸ Theme).
        self.themes = theming.controller()
        self.themes.set_choice(prefs.get(settings, prefs.THEME))

        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("tabs")
        self.tab_widget.setAccessibleName("Views")
        self.tab_widget.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        for key, title, _module, _cls in TABS:
            page = QWidget()
            page.setObjectName(f"{key}Page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tab_widget.addTab(page, title)  # "&&" shows one "&", not a mnemonic
        self.setCentralWidget(self.tab_widget)
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()

        last_tab = prefs.get(settings, prefs.WINDOW_TAB)
        self.tab_widget.setCurrentIndex(TAB_KEYS.index(last_tab) if last_tab in TAB_KEYS else 0)
        self.tab_widget.currentChanged.connect(self._on_tab_changed)
        self.ensure_tab(self.current_key())
        if lazy_tabs:
            # Paint the first tab now; build the others after the first paint,
            # one per turn of the event loop so the window stays responsive.
            self._first_paint_watch = _FirstPaint(self._pages[self.current_key()], self._build_remaining_tabs)
        else:
            self.ensure_all_tabs()
            self._all_tabs_built()
        self._update_status()
        self._update_title()

    # -- tabs -----------------------------------------------------------------
    def current_key(self) -> str:
        return TAB_KEYS[max(self.tab_widget.currentIndex(), 0)]

    def ensure_tab(self, key: str) -> DataTab:
        """The tab for ``key``, built on first use."""
        tab = self._tabs.get(key)
        if tab is None:
            _key, _title, module_name, class_name = TABS[TAB_KEYS.index(key)]
            cls = getattr(importlib.import_module(module_name), class_name)
            tab = cls(self.context)
            tab.set_dataset(self.context.dataset)
            self._pages[key].layout().addWidget(tab)
            self._tabs[key] = tab
            if self._pending_view is not None:
                views.apply_view_to_tab(tab, self._pending_view)
            for name, state in tab.view_states().items():
                self.history.watch(state, lambda field, value, t=tab, n=name: t.describe_change(n, field, value))
        return tab

    def restore_view_lazily(self, view) -> None:
        """Apply ``view`` (the last session's) to the tabs built now and to the others when they are built."""
        self._pending_view = view
        for tab in self.tabs():
            views.apply_view_to_tab(tab, view)
        self.show_tab(view.tab)
        if len(self._tabs) == len(TAB_KEYS):
            self._all_tabs_built()

    def _all_tabs_built(self) -> None:
        if self._pending_view is not None:
            views.apply_selection(self, self._pending_view.selection)
            self._pending_view = None
        # Building and laying out the tabs may have moved their views: that is no step to undo.
        self.history.restart()

    def _build_remaining_tabs(self) -> None:
        missing = [key for key in TAB_KEYS if key not in self._tabs]
        if missing:
            self.ensure_tab(missing[0])
            QTimer.singleShot(0, self._build_remaining_tabs)
        else:
            self._all_tabs_built()

    def ensure_all_tabs(self) -> None:
        for key in TAB_KEYS:
            self.ensure_tab(key)

    def tab(self, key: str) -> DataTab:
        return self.ensure_tab(key)

    def current_tab(self) -> DataTab:
        return self.ensure_tab(self.current_key())

    def show_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.ensure_tab(key)
            self.tab_widget.setCurrentIndex(TAB_KEYS.index(key))

    def _on_tab_changed(self, index: int) -> None:
        key = TAB_KEYS[index]
        self.ensure_tab(key)
        prefs.put(self.settings, prefs.WINDOW_TAB, key)

    # -- menus ----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open dataset…", self.open_dataset_dialog, QKeySequence.StandardKey.Open, "openAction")
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, "Open &bundled dataset", lambda: self.open_dataset(None), name="openBundledAction")
        self.reload_action = self._action(file_menu, "&Reload", self.reload_dataset, QKeySequence(Qt.Key.Key_F5), "reloadAction")
        file_menu.addSeparator()
        self._action(file_menu, "&Import statistics…", self.import_statistics, name="importStatisticsAction")
        file_menu.addSeparator()
        self.open_view_action = self._action(file_menu, "Open &view…", self.open_view_dialog, None, "actionOpenView")
        self.save_view_action = self._action(file_menu, "&Save view…", self.save_view_dialog, QKeySequence.StandardKey.Save, "actionSaveView")
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, "&Export…", lambda: self.current_tab().export(), QKeySequence("Ctrl+E"), "exportAction")
        self.print_action = self._action(file_menu, "&Print…", self.print_dialog, QKeySequence.StandardKey.Print, "actionPrint")
        self.preview_action = self._action(file_menu, "Print pre&view…", self.print_preview, None, "actionPrintPreview")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "quitAction")

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.history.stack.createUndoAction(self, "&Undo")
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.history.stack.createRedoAction(self, "&Redo")
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.copy_action = self._action(edit_menu, "&Copy", lambda: self.current_tab().copy_selection(), QKeySequence.StandardKey.Copy, "copyAction")
        self.find_action = self._action(edit_menu, "&Find", self.focus_search, QKeySequence.StandardKey.Find, "findAction")

        view_menu = bar.addMenu("&View")
        for number, (key, title, *_rest) in enumerate(TABS, start=1):
            self._action(view_menu, title, lambda _=False, k=key: self.show_tab(k), QKeySequence(f"Ctrl+{number}"), f"show{key.title()}Action")
        view_menu.addSeparator()
        self._build_theme_menu(view_menu.addMenu("&Theme"))

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Data &sources…", self.show_sources, name="sourcesAction")
        self._action(help_menu, "&About kzeuviewer", self.show_about, name="aboutAction")

    def _build_theme_menu(self, menu) -> None:
        group = QActionGroup(self)
        self.theme_actions = {}
        for choice, text in zip(theming.CHOICES, ("&System", "&Light", "&Dark"), strict=True):
            action = self._action(menu, text, lambda _=False, c=choice: self.set_theme_choice(c), name=f"theme{choice.title()}Action")
            action.setCheckable(True)
            group.addAction(action)
            self.theme_actions[choice] = action
        self.themes.choiceChanged.connect(self._check_theme_action)
        self._check_theme_action(self.themes.choice)

    def set_theme_choice(self, choice: str) -> None:
        """Wear ``choice`` ("system", "light", "dark") now, and next time."""
        self.themes.set_choice(choice)
        prefs.put(self.settings, prefs.THEME, self.themes.choice)

    def _check_theme_action(self, choice: str) -> None:
        if choice in self.theme_actions:
            self.theme_actions[choice].setChecked(True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = prefs.recent_datasets(self.settings)
        if not recent:
            action = self.recent_menu.addAction("No recent datasets")
            action.setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_dataset(p))

    def focus_search(self) -> None:
        field = self.current_tab().search_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    # -- status bar -----------------------------------------------------------
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.dataset_label = QLabel()
        self.dataset_label.setObjectName("datasetLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.problems_button = QPushButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setAccessibleName("Dataset problems")
        self.problems_button.setFlat(True)
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_button.clicked.connect(self.show_problems)
        for widget in (self.dataset_label, self._separator(), self.counts_label, self._separator(), self.problems_button):
            if isinstance(widget, QLabel):
                widget.setContentsMargins(6, 0, 6, 0)
            status.addPermanentWidget(widget)

    @staticmethod
    def _separator() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _update_status(self) -> None:
        dataset = self.context.dataset
        bundled = self.is_bundled(dataset)
        self.dataset_label.setText(f"Dataset: {'bundled' if bundled else dataset.name}")
        self.dataset_label.setToolTip(str(dataset.path))
        counts = dataset.row_counts()
        self.counts_label.setText(
            f"{counts['events']:,} events · {counts['people']:,} people · {counts['awards']:,} awards · "
            f"{counts['trade'] + counts['indicators']:,} trade figures · {counts['sources']:,} sources"
        )
        problems = len(dataset.problems)
        self.problems_button.setText("No problems" if not problems else f"⚠ {problems} problems")
        self.problems_button.setEnabled(bool(problems))

    def _update_title(self) -> None:
        dataset = self.context.dataset
        name = "bundled dataset" if self.is_bundled(dataset) else dataset.name
        # The platform adds the application's name where it shows one; the title does not repeat it.
        self.setWindowTitle(f"Kazakhstan–EU relations — {name}")

    @staticmethod
    def is_bundled(dataset: Dataset) -> bool:
        return is_bundled_path(dataset.path)

    def show_problems(self) -> None:
        dataset = self.context.dataset
        ProblemsDialog(dataset.problems, str(dataset.path), self).exec()

    def show_sources(self) -> None:
        SourcesDialog(self.context.dataset, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About kzeuviewer",
            f"<h3>kzeuviewer {__version__}</h3>"
            "<p>Relations between Kazakhstan and the European Union: meetings, "
            "people and awards, trade and investment — every fact with its source.</p>"
            f"<p>Dataset: <code>{self.context.dataset.path}</code></p>"
            "<p>Licence: MIT. Data: see Help ▸ Data sources for each source's publisher.</p>",
        )

    # -- views ------------------------------------------------------------------
    def tabs(self) -> list[DataTab]:
        """The tabs built so far, in tab order."""
        return [self._tabs[key] for key in TAB_KEYS if key in self._tabs]

    def save_view(self, path) -> Path:
        """Write the current view (tabs, states, selection, dataset) to a view file; raises ExportError."""
        return views.save_view(self, path)

    def save_view_dialog(self) -> None:
        start = prefs.export_folder(self.settings) / f"view{VIEW_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, "Save view", str(start), f"kzeuviewer view (*{VIEW_SUFFIX})")
        if not path:
            return
        path = Path(path) if Path(path).suffix else Path(path + VIEW_SUFFIX)
        try:
            self.save_view(path)
        except ExportError as err:
            show_error(self, "View not saved", str(err))
            return
        prefs.put(self.settings, prefs.EXPORT_FOLDER, str(path.parent))
        self.statusBar().showMessage(f"Saved the view to {path}", 8000)

    def open_view_dialog(self) -> None:
        start = prefs.export_folder(self.settings)
        path, _ = QFileDialog.getOpenFileName(self, "Open view", str(start), f"kzeuviewer view (*{VIEW_SUFFIX});;All files (*)")
        if path:
            self.open_view(path)

    def open_view(self, path) -> bool:
        """Open a view file: its dataset (asking for the folder if it is gone), then every state.

        A file that is not a view, or a dataset that cannot be opened, leaves
        the current data and view as they are. Parts of the view that do not fit
        the dataset are left out and listed.
        """
        try:
            view = views.read_view(path)
        except ViewFileError as err:
            show_error(self, "View not opened", f"{err}\nThe current view is unchanged.")
            return False
        folder = view.dataset_path
        current = self.context.dataset
        same = self.is_bundled(current) if folder is None else _same_folder(folder, current.path)
        if not same:
            if folder is not None and not Path(folder).is_dir():
                folder = QFileDialog.getExistingDirectory(
                    self, f"The view's dataset folder {folder} is gone: choose its new place", str(Path.home())
                )
                if not folder:
                    self.statusBar().showMessage("View not opened: its dataset folder is gone.", 8000)
                    return False
            if not self.open_dataset(folder):
                return False
        dropped = views.apply_view(self, view)
        self.history.restart()
        self.statusBar().showMessage(f"Opened the view {Path(path).name}", 8000)
        if dropped:
            show_error(self, "Part of the view was left out",
                       "The view was opened, but some of it does not fit the current dataset.", "\n".join(dropped))
        return True

    # -- printing ---------------------------------------------------------------
    def print_view(self, printer) -> int:
        """Print the current tab's view on ``printer`` (a QPrinter); returns the pages printed."""
        from .export.printing import print_view

        return print_view(self.current_tab(), printer)

    def _printer(self):
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.current_tab().exports_images:
            # A table of ten columns reads better across the long side of the page.
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self._print_or_say(printer)

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(self._printer(), self)
        dialog.setObjectName("printPreviewDialog")
        dialog.paintRequested.connect(self._print_or_say)
        dialog.exec()

    def _print_or_say(self, printer) -> None:
        try:
            pages = self.print_view(printer)
        except ExportError as err:
            show_error(self, "Not printed", str(err))
            return
        self.statusBar().showMessage(f"Printed {pages} {'page' if pages == 1 else 'pages'}", 8000)

    # -- export -----------------------------------------------------------------
    def export_view(self, path, width: int | None = None, height: int | None = None) -> list[Path]:
        """Write the current tab's view to ``path``, no dialog: exactly what is on screen.

        An image by the extension (.png .jpg .svg .pdf, with the caption) or the
        view's data (.csv; the People table also .xlsx). Raises ExportError.
        """
        tab = self.current_tab()
        if not tab.exports_images:
            try:
                tab.write_table(path)
            except TableSpecError as err:
                raise ExportError(str(err)) from err
            return [Path(path)]
        return export_files.export_view(tab, path, width, height)

    # -- datasets -------------------------------------------------------------
    def open_dataset_dialog(self) -> None:
        # Beside the open dataset, or at home: never inside the installed package.
        dataset = self.context.dataset
        start = str(Path.home() if self.is_bundled(dataset) else dataset.path.parent)
        folder = QFileDialog.getExistingDirectory(self, "Open dataset folder", start)
        if folder:
            self.open_dataset(folder)

    def import_statistics(self) -> None:
        """Preview publishers' files (BNS, Eurostat) against this dataset; Apply writes and reloads it."""
        from .importing import ImportDialog  # the importers load only when asked for

        dialog = self.findChild(ImportDialog, "importDialog")
        if dialog is None or not dialog.isVisible():
            dialog = ImportDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def reload_dataset(self) -> None:
        self.open_dataset(self.context.dataset.path, reloading=True)

    def open_dataset(self, path, reloading: bool = False) -> bool:
        """Load ``path`` (None: bundled); on a fatal problem keep the current data."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.statusBar().showMessage("Loading dataset…")
        try:
            dataset = load_with_progress(self, path)
        except DatasetError as err:
            QApplication.restoreOverrideCursor()
            self.statusBar().showMessage("The dataset was not opened; the current one is still loaded.", 8000)
            details = "\n".join(str(p) for p in err.problems)
            show_error(
                self,
                "Dataset not opened",
                f"The dataset at {err.path} cannot be opened ({err.summary}). "
                "The current dataset is still loaded.",
                details,
            )
            return False
        except Exception as err:  # noqa: BLE001 - any surprise keeps the current data
            QApplication.restoreOverrideCursor()
            show_error(self, "Dataset not opened", f"The dataset at {path} cannot be opened: {err}")
            return False
        QApplication.restoreOverrideCursor()
        self.context.set_dataset(dataset)
        self.history.restart()  # a new dataset starts a new history
        prefs.remember_dataset(self.settings, None if self.is_bundled(dataset) else dataset.path)
        self._update_status()
        self._update_title()
        message = f"Reloaded {dataset.path}" if reloading else f"Opened {dataset.path}"
        if dataset.problems:
            message += f" — {len(dataset.problems)} rows skipped or warnings; see the problems counter"
        self.statusBar().showMessage(message, 8000)
        return True

    # -- drag and drop --------------------------------------------------------
    def _dropped_folder(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).is_dir():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_folder(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        folder = self._dropped_folder(event)
        if folder:
            event.acceptProposedAction()
            self.open_dataset(folder)

    # -- geometry -------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = prefs.get(self.settings, prefs.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The whole view comes back next time (with the same dataset).
        prefs.put(self.settings, prefs.SESSION_VIEW, views.view_json(self, None))
        prefs.put(self.settings, prefs.WINDOW_GEOMETRY, self.saveGeometry())
        prefs.put(self.settings, prefs.WINDOW_TAB, self.current_key())
        self.settings.sync()
        super().closeEvent(event)


def _same_folder(a, b) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
