"""A side panel in a splitter that folds away in narrow windows, with a button that says so.

Below ``narrow_width`` pixels the panel collapses (once, when the window
becomes narrow: a person who opens it again keeps it open); above it, a panel
folded by the width comes back. The checkable button shows and flips the
state; the splitter handle stays wide enough to see and drag. However the
window is resized or the handle dragged, the main side keeps at least
``main_share`` of the width, and the panel its minimum width while open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QSplitter, QToolButton

from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n

HANDLE_WIDTH = 9  # wide enough to see the grip and to hit with a mouse


class PanelCollapser(QObject):
    """Folds the last widget of ``splitter`` (the panel) next to its first (the main side)."""

    def __init__(self, splitter: QSplitter, button: QAbstractButton, narrow_width: int = 1000,
                 main_share: float = 0.5, open_width: int = 360):
        super().__init__(splitter)
        self.splitter = splitter
        self.button = button
        self.narrow_width = narrow_width
        self.main_share = main_share
        self.open_width = open_width
        self._folded_by_width = False
        self._narrow = False
        splitter.setChildrenCollapsible(False)
        for index in range(splitter.count()):
            splitter.setCollapsible(index, index == splitter.count() - 1)
        splitter.setHandleWidth(HANDLE_WIDTH)
        button.setCheckable(True)
        button.setChecked(True)
        button.toggled.connect(self.set_open)
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        self._balance_timer = QTimer(self)
        self._balance_timer.setSingleShot(True)
        self._balance_timer.setInterval(0)
        self._balance_timer.timeout.connect(self._after_resize)

    @property
    def panel(self):
        return self.splitter.widget(self.splitter.count() - 1)

    def is_open(self) -> bool:
        return self.splitter.sizes()[-1] > 0

    def set_open(self, open_: bool) -> None:
        """Show the panel (at its last or default width, within the main side's share) or fold it."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if open_ and sizes[-1] == 0:
            width = max(self.panel.minimumSizeHint().width(), self.panel.minimumWidth(), self.open_width)
            width = min(width, max(int(total * (1 - self.main_share)), self.panel.minimumWidth()))
            self.splitter.setSizes([total - width, width])
            self._folded_by_width = False
        elif not open_ and sizes[-1] > 0:
            self.splitter.setSizes([total, 0])
        self._sync_button()

    def _sync_button(self) -> None:
        open_ = self.is_open()
        if self.button.isChecked() != open_:
            self.button.blockSignals(True)
            self.button.setChecked(open_)
            self.button.blockSignals(False)

    def _moved(self, *_args) -> None:
        self._folded_by_width = False
        self._keep_main_share()
        self._sync_button()

    def _keep_main_share(self) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        least = min(int(self.splitter.width() * self.main_share + 0.5), total - self.panel.minimumWidth())
        if sizes[-1] > 0 and sizes[0] < least:
            self.splitter.setSizes([least, total - least])

    def eventFilter(self, obj, event) -> bool:
        if obj is self.splitter and event.type() == QEvent.Type.Resize:
            self._balance_timer.start()  # after the splitter has shared out the new width
        return False

    def _after_resize(self) -> None:
        narrow = self.splitter.width() < self.narrow_width
        if narrow and not self._narrow and self.is_open():
            self.set_open(False)
            self._folded_by_width = True
        elif not narrow and self._narrow and self._folded_by_width:
            self.set_open(True)
        self._narrow = narrow
        self._keep_main_share()
        self._sync_button()


def details_toggle(name: str) -> QToolButton:
    """The button that shows and hides a tab's details panel."""
    button = QToolButton()
    button.setObjectName(name)
    i18n.keep_text(button, button, "DetailsToggle", QT_TRANSLATE_NOOP("DetailsToggle", "Details"))
    i18n.keep_text(button, button, "DetailsToggle", QT_TRANSLATE_NOOP("DetailsToggle", "Show the details panel"),
                   "setAccessibleName")
    i18n.keep_text(button, button, "DetailsToggle", QT_TRANSLATE_NOOP("DetailsToggle", "Show or hide the details panel"),
                   "setToolTip")
    button.setCheckable(True)
    return button
