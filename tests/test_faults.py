"""Faults inside the window: an exception in a slot, a dataset that a view cannot show at start-up."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from kzeuviewer.model import bundled_data_dir
from kzeuviewer.ui import create_main_window
from kzeuviewer.ui.app import install_error_hook
from kzeuviewer.ui.trade.tab import TradeTab


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_and_every_tab_is_redrawn(main_window, qtbot, errors, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook(main_window)
    trade = main_window.tab("trade")
    trade.table_model.set_query(None)  # a tab left half-updated by the failing slot
    redrawn = []
    main_window.context.datasetChanged.connect(redrawn.append)

    def broken_slot():
        raise RuntimeError("a bug in a slot")

    emitter = _Emitter()
    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    assert errors and errors[-1][0] == "Something went wrong" and "a bug in a slot" in errors[-1][1]
    assert redrawn == [main_window.context.dataset]
    assert trade.table_model.query is not None and trade.table_model.rowCount() > 0


def test_a_remembered_dataset_a_view_cannot_show_falls_back_to_the_bundled_one(qtbot, settings, dataset_dir, monkeypatch):
    from kzeuviewer.ui import settings as prefs

    prefs.remember_dataset(settings, dataset_dir)
    original = TradeTab.set_dataset

    def fails_on_that_dataset(self, dataset):
        if dataset.path.resolve() == dataset_dir.resolve():
            raise ValueError("Cannot set range [0, inf]")
        original(self, dataset)

    monkeypatch.setattr(TradeTab, "set_dataset", fails_on_that_dataset)
    window = create_main_window(settings=settings)
    qtbot.addWidget(window)
    assert window.context.dataset.path.resolve() == bundled_data_dir().resolve()
    assert "could not be shown" in window.statusBar().currentMessage()
    assert prefs.get(settings, prefs.DATASET_LAST) == ""  # the next start is clean too
