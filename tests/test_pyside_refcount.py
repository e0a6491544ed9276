"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call.

Once the count reaches zero the interpreter aborts (``none_dealloc``). From
Python 3.12 on None is immortal, so only older interpreters are at risk; the
project pins PySide6 below 6.12 there. This test fails if the installed pair
leaks again.
"""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_refcount(qapp):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    for _ in range(100):  # warm caches before counting
        widget.resize(100, 100)
    before = sys.getrefcount(None)
    for i in range(5000):
        widget.resize(100 + i % 7, 100)
        widget.setWindowTitle("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over 10000 void calls"
