"""A minimal Qt-free signal: ``connect`` callbacks, ``emit`` to call them.

Bound methods are held weakly, so a view that goes away (a closed window's
tab) stops being called without having to disconnect. Plain functions and
lambdas are held strongly, as in Qt.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable


class SignalInstance:
    def __init__(self) -> None:
        self._slots: list[Callable[[], Callable | None]] = []

    def connect(self, callback: Callable) -> Callable:
        if inspect.ismethod(callback):
            self._slots.append(weakref.WeakMethod(callback))
        else:
            self._slots.append(lambda callback=callback: callback)
        return callback

    def disconnect(self, callback: Callable) -> None:
        self._slots = [slot for slot in self._slots if slot() not in (None, callback)]

    def emit(self, *args) -> None:
        for slot in list(self._slots):
            callback = slot()
            if callback is None:
                self._slots.remove(slot)
            else:
                callback(*args)


class Signal:
    """Declared on a class; each instance gets its own :class:`SignalInstance`."""

    def __set_name__(self, owner, name: str) -> None:
        self._name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        instance = obj.__dict__.get(self._name)
        if instance is None:
            instance = obj.__dict__[self._name] = SignalInstance()
        return instance
