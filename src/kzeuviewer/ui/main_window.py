"""The main window: menus, three tabs, status bar. Thin: the tabs do the work."""

from __future__ import annotations

from pathlib import Path

import shiboken6
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
from kzeuviewer.model.memory import drop_source_cache, release_freed_memory
from kzeuviewer.model.tables import TableSpecError
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP
from kzeuviewer.model.view_file import SUFFIX as VIEW_SUFFIX
from kzeuviewer.model.view_file import ViewFileError

from . import i18n, theming, views
from . import settings as prefs
from .common.dialogs import ProblemsDialog, SourcesDialog, show_error
from .common.tab_base import DataTab
from .context import AppContext
from .export import files as export_files
from .history import History
from .i18n import translate
from .loading import is_bundled_path, load_with_progress
from .preparing import tab_class, tab_preparer

# (key, title, module, class). A tab's module is imported when the tab is built.
TABS = (
    ("timeline", QT_TRANSLATE_NOOP("MainWindow", "Timeline"), "kzeuviewer.ui.timeline.tab", "TimelineTab"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People && awards"), "kzeuviewer.ui.people.tab", "PeopleTab"),
    ("trade", QT_TRANSLATE_NOOP("MainWindow", "Trade"), "kzeuviewer.ui.trade.tab", "TradeTab"),
)
TAB_KEYS = [key for key, *_ in TABS]


def every_tab_preparer():
    """For ``load_with_progress``: what every tab shows of a large dataset, prepared in its worker thread
    for the interface language of now."""
    return tab_preparer(i18n.current_language(), [(key, module, name) for key, _title, module, name in TABS])


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
    def __init__(self, dataset: Dataset, settings: QSettings, lazy_tabs: bool = False, prepared=None):
        """``prepared``: what the tabs show of ``dataset``, built with its load (see :mod:`.preparing`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        i18n.keep(self, lambda: self.setAccessibleName(translate("MainWindow", "kzeuviewer main window")))
        self.settings = settings
        self.context = AppContext(dataset, settings, self, prepared)
        self.context.set_building_tabs()
        self.context.tabRequested.connect(self.show_tab)
        self.history = History(self)
        self.history.watch_selection(self.context.selection)
        self._pending_view = None  # the last session's view, applied to each tab as it is built
        self._tabs: dict[str, DataTab] = {}
        # Building a tab over a large dataset frees many temporary buffers that the C allocator
        # would keep (hundreds of MB at a million rows): once the event loop is idle, give them back.
        self._trim = QTimer(self, singleShot=True, interval=0)
        self._trim.timeout.connect(self._release_memory)
        # Searching, sorting and zooming a million rows free arrays of several MB each, which the C
        # allocator keeps too (40 MB after some typing): given back once the user pauses for a second.
        self._trim_after_use = QTimer(self, singleShot=True, interval=1000)
        self._trim_after_use.timeout.connect(self._release_memory)
        # The source lines of imported modules, dropped once no worker thread runs (see drop_source_cache).
        self._drop_sources = QTimer(self, singleShot=True, interval=250)
        self._drop_sources.timeout.connect(self._drop_source_cache)
        self.context.datasetChanged.connect(lambda _dataset: self._trim.start())
        self.setAcceptDrops(True)
        # The role style sheet lives on the application, set with the theme (View ▸ Theme).
        self.themes = theming.controller()
        self.themes.set_choice(prefs.get(settings, prefs.THEME))

        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("tabs")
        i18n.keep(self, self._retranslate_tab_bar)
        self.tab_widget.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        for key, title, _module, _cls in TABS:
            page = QWidget()
            page.setObjectName(f"{key}Page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tab_widget.addTab(page, title)  # "&&" shows one "&", not a mnemonic
            i18n.keep(self, lambda p=page, t=title: self.tab_widget.setTabText(self.tab_widget.indexOf(p), translate("MainWindow", t)))
        self.setCentralWidget(self.tab_widget)
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()

        last_tab = prefs.get(settings, prefs.WINDOW_TAB)
        self.tab_widget.setCurrentIndex(TAB_KEYS.index(last_tab) if last_tab in TAB_KEYS else 0)
        self.tab_widget.currentChanged.connect(self._on_tab_changed)
        self.ensure_tab(self.current_key())
        if lazy_tabs:
            # Paint the first tab now; build the others after the first paint (of whichever tab shows
            # first: restoring a view may bring another forward), one per turn of the event loop so the
            # window stays responsive.
            self._first_paint_watch = _FirstPaint(self.tab_widget, self._build_remaining_tabs)
        else:
            self.ensure_all_tabs()
            self._all_tabs_built()
        i18n.keep(self, self._update_status)
        i18n.keep(self, self._update_title)

    # -- memory ---------------------------------------------------------------
    def _release_memory(self) -> None:
        release_freed_memory()
        self._drop_source_cache()

    def _drop_source_cache(self) -> None:
        if not drop_source_cache():
            self._drop_sources.start()  # a worker still runs: again in a moment

    # -- tabs -----------------------------------------------------------------
    def current_key(self) -> str:
        return TAB_KEYS[max(self.tab_widget.currentIndex(), 0)]

    def ensure_tab(self, key: str) -> DataTab:
        """The tab for ``key``, built on first use."""
        tab = self._tabs.get(key)
        if tab is None:
            _key, _title, module_name, class_name = TABS[TAB_KEYS.index(key)]
            tab = tab_class(module_name, class_name)(self.context)
            tab.set_dataset(self.context.dataset)
            self._pages[key].layout().addWidget(tab)
            self._tabs[key] = tab
            self._trim.start()
            if self._pending_view is not None:
                views.apply_view_to_tab(tab, self._pending_view)
            for name, state in tab.view_states().items():
                self.history.watch(state, lambda field, value, t=tab, n=name: t.describe_change(n, field, value))
                state.changed.connect(lambda _names: self._trim_after_use.start())
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
        self.context.set_tabs_built()

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
        """An action whose ``text`` (marked with QT_TRANSLATE_NOOP("MainWindow", …)) follows the language."""
        action = QAction(self)
        i18n.keep_text(self, action, "MainWindow", text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.open_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Open dataset…"), self.open_dataset_dialog, QKeySequence.StandardKey.Open, "openAction")
        self.recent_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &bundled dataset"), lambda: self.open_dataset(None), name="openBundledAction")
        self.reload_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Reload"), self.reload_dataset, QKeySequence(Qt.Key.Key_F5), "reloadAction")
        file_menu.addSeparator()
        self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Import statistics…"), self.import_statistics, name="importStatisticsAction")
        file_menu.addSeparator()
        self.open_view_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &view…"), self.open_view_dialog, None, "actionOpenView")
        self.save_view_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Save view…"), self.save_view_dialog, QKeySequence.StandardKey.Save, "actionSaveView")
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Export…"), lambda: self.current_tab().export(), QKeySequence("Ctrl+E"), "exportAction")
        self.print_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Print…"), self.print_dialog, QKeySequence.StandardKey.Print, "actionPrint")
        self.preview_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Print pre&view…"), self.print_preview, None, "actionPrintPreview")
        file_menu.addSeparator()
        self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction")

        edit_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        # Our own actions (not QUndoStack.createUndoAction, whose prefix is fixed when it is made):
        # their words follow the language; the stack's step names follow them.
        stack = self.history.stack
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._retranslate_history())
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self)
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(lambda _text: self._retranslate_history())
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.copy_action = self._action(edit_menu, QT_TRANSLATE_NOOP("MainWindow", "&Copy"), lambda: self.current_tab().copy_selection(), QKeySequence.StandardKey.Copy, "copyAction")
        self.find_action = self._action(edit_menu, QT_TRANSLATE_NOOP("MainWindow", "&Find"), self.focus_search, QKeySequence.StandardKey.Find, "findAction")

        view_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        for number, (key, title, *_rest) in enumerate(TABS, start=1):
            self._action(view_menu, title, lambda _=False, k=key: self.show_tab(k), QKeySequence(f"Ctrl+{number}"), f"show{key.title()}Action")
        view_menu.addSeparator()
        theme_menu = self._menu(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Theme"))
        theme_menu.setObjectName("themeMenu")
        self._build_theme_menu(theme_menu)
        self._build_language_menu(view_menu)

        help_menu = self._menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(help_menu, QT_TRANSLATE_NOOP("MainWindow", "Data &sources…"), self.show_sources, name="sourcesAction")
        self._action(help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About kzeuviewer"), self.show_about, name="aboutAction")
        i18n.keep(self, self._retranslate_history)

    def _retranslate_tab_bar(self) -> None:
        self.tab_widget.setAccessibleName(translate("MainWindow", "Views"))
        # Qt names the tab bar's scroll buttons once, when it makes them: name them again in the new language.
        for button, text in (("ScrollLeftButton", "Scroll Left"), ("ScrollRightButton", "Scroll Right")):
            for child in self.tab_widget.tabBar().findChildren(QWidget, button):
                child.setAccessibleName(translate("QTabBar", text))

    def _menu(self, parent, title: str):
        """A menu whose ``title`` (marked with QT_TRANSLATE_NOOP("MainWindow", …)) follows the language."""
        menu = parent.addMenu("")
        i18n.keep_text(self, menu, "MainWindow", title, "setTitle")
        return menu

    def _build_language_menu(self, view_menu) -> None:
        """View ▸ Language: each language by its own name; the choice switches now and is remembered."""
        self.language_menu = self._menu(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_actions = {}
        for code, name in i18n.LANGUAGE_NAMES.items():
            action = self.language_menu.addAction(name)  # never translated: a reader finds their own language
            action.setObjectName(f"language{code.title()}Action")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        i18n.keep(self, self._check_language_action)

    def _check_language_action(self) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())

    def set_language(self, code: str) -> None:
        """Switch the interface to ``code`` ("en", "ru", "kk") now, and remember the choice."""
        code = i18n.set_language(code)
        prefs.put(self.settings, prefs.LANGUAGE, code)

    def _retranslate_history(self) -> None:
        """Edit ▸ Undo/Redo with the step they would undo or redo ("&Undo sort by Name")."""
        stack = self.history.stack
        if not shiboken6.isValid(stack):
            return  # the window is closing: the stack says its last words as it goes
        undo, redo = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setText(translate("MainWindow", "&Undo {step}").format(step=undo) if undo
                                 else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo {step}").format(step=redo) if redo
                                 else translate("MainWindow", "&Redo"))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _build_theme_menu(self, menu) -> None:
        group = QActionGroup(self)
        self.theme_actions = {}
        names = (QT_TRANSLATE_NOOP("MainWindow", "&System"), QT_TRANSLATE_NOOP("MainWindow", "&Light"),
                 QT_TRANSLATE_NOOP("MainWindow", "&Dark"))
        for choice, text in zip(theming.CHOICES, names, strict=True):
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
            action = self.recent_menu.addAction(translate("MainWindow", "No recent datasets"))
            action.setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(i18n.mnemonic_safe(path), lambda p=path: self.open_dataset(p))

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
        i18n.keep(self, lambda: self.problems_button.setAccessibleName(translate("MainWindow", "Dataset problems")))
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
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dataset_label.setText(translate("MainWindow", "Dataset: bundled") if bundled
                                   else translate("MainWindow", "Dataset: {name}").format(name=dataset.name))
        self.dataset_label.setToolTip(i18n.plain_tooltip(dataset.path))  # a tooltip is HTML when it looks like it
        counts = dataset.row_counts()
        # Plain names as counts: lupdate recognises a plural message only so.
        events, people, awards = counts["events"], counts["people"], counts["awards"]
        figures, sources = counts["trade"] + counts["indicators"], counts["sources"]
        self.counts_label.setText(" · ".join((
            translate("MainWindow", "%Ln events", "", events),
            translate("MainWindow", "%Ln people", "", people),
            translate("MainWindow", "%Ln awards", "", awards),
            translate("MainWindow", "%Ln trade figures", "", figures),
            translate("MainWindow", "%Ln sources", "", sources),
        )))
        problems = len(dataset.problems)
        self.problems_button.setText(translate("MainWindow", "No problems") if not problems
                                     else translate("MainWindow", "⚠ %Ln problems", "", problems))
        self.problems_button.setEnabled(bool(problems))

    def _update_title(self) -> None:
        dataset = self.context.dataset
        name = translate("MainWindow", "bundled dataset") if self.is_bundled(dataset) else dataset.name
        # The platform adds the application's name where it shows one; the title does not repeat it.
        self.setWindowTitle(translate("MainWindow", "Kazakhstan–EU relations — {name}").format(name=name))

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
            translate("MainWindow", "About kzeuviewer"),
            f"<h3>kzeuviewer {__version__}</h3>"
            + translate("MainWindow", "<p>Relations between Kazakhstan and the European Union: meetings, "
                        "people and awards, trade and investment — every fact with its source.</p>")
            + translate("MainWindow", "<p>Dataset: <code>{path}</code></p>").format(path=i18n.escape(self.context.dataset.path))
            + translate("MainWindow", "<p>Licence: MIT. Data: see Help ▸ Data sources for each source's publisher.</p>"),
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
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save view"), str(start),
                                              translate("MainWindow", "kzeuviewer view") + f" (*{VIEW_SUFFIX})")
        if not path:
            return
        path = Path(path) if Path(path).suffix else Path(path + VIEW_SUFFIX)
        try:
            self.save_view(path)
        except ExportError as err:
            show_error(self, translate("MainWindow", "View not saved"), i18n.render(err))
            return
        prefs.put(self.settings, prefs.EXPORT_FOLDER, str(path.parent))
        self.statusBar().showMessage(translate("MainWindow", "Saved the view to {path}").format(path=path), 8000)

    def open_view_dialog(self) -> None:
        start = prefs.export_folder(self.settings)
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open view"), str(start),
                                              translate("MainWindow", "kzeuviewer view") + f" (*{VIEW_SUFFIX});;"
                                              + translate("MainWindow", "All files") + " (*)")
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
            show_error(self, translate("MainWindow", "View not opened"),
                       i18n.render(err) + "\n" + translate("MainWindow", "The current view is unchanged."))
            return False
        folder = view.dataset_path
        current = self.context.dataset
        same = self.is_bundled(current) if folder is None else _same_folder(folder, current.path)
        if not same:
            if folder is not None and not Path(folder).is_dir():
                folder = QFileDialog.getExistingDirectory(
                    self, translate("MainWindow", "The view's dataset folder {folder} is gone: choose its new place")
                    .format(folder=folder), str(Path.home())
                )
                if not folder:
                    self.statusBar().showMessage(translate("MainWindow", "View not opened: its dataset folder is gone."), 8000)
                    return False
            if not self.open_dataset(folder):
                return False
        dropped = views.apply_view(self, view)
        self.history.restart()
        self.statusBar().showMessage(translate("MainWindow", "Opened the view {name}").format(name=Path(path).name), 8000)
        if dropped:
            show_error(self, translate("MainWindow", "Part of the view was left out"),
                       translate("MainWindow", "The view was opened, but some of it does not fit the current dataset."),
                       "\n".join(i18n.render(part) for part in dropped))
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
            show_error(self, translate("MainWindow", "Not printed"), i18n.render(err))
            return
        self.statusBar().showMessage(translate("MainWindow", "Printed %n pages", "", pages), 8000)

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
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Open dataset folder"), start)
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
        self.statusBar().showMessage(translate("MainWindow", "Loading dataset…"))
        try:
            dataset, prepared = load_with_progress(self, path, prepare=every_tab_preparer())
        except DatasetError as err:
            QApplication.restoreOverrideCursor()
            self.statusBar().showMessage(
                translate("MainWindow", "The dataset was not opened; the current one is still loaded."), 8000)
            details = "\n".join(i18n.render(p) for p in err.problems)
            show_error(
                self,
                translate("MainWindow", "Dataset not opened"),
                translate("MainWindow", "The dataset at {path} cannot be opened ({summary}). "
                          "The current dataset is still loaded.").format(path=err.path, summary=i18n.render(err.summary)),
                details,
            )
            return False
        except Exception as err:  # noqa: BLE001 - any surprise keeps the current data
            QApplication.restoreOverrideCursor()
            show_error(self, translate("MainWindow", "Dataset not opened"),
                       translate("MainWindow", "The dataset at {path} cannot be opened: {error}").format(path=path, error=err))
            return False
        QApplication.restoreOverrideCursor()
        self.context.set_dataset(dataset, prepared)
        self.history.restart()  # a new dataset starts a new history
        prefs.remember_dataset(self.settings, None if self.is_bundled(dataset) else dataset.path)
        self._update_status()
        self._update_title()
        message = (translate("MainWindow", "Reloaded {path}") if reloading
                   else translate("MainWindow", "Opened {path}")).format(path=dataset.path)
        if dataset.problems:
            problems = len(dataset.problems)
            message += translate("MainWindow", " — %Ln rows skipped or warnings; see the problems counter", "", problems)
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
