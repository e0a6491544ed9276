"""The selection shared by every view: ids of people and events, and years."""

from __future__ import annotations

from .signals import Signal


class Selection:
    """Selected ``people`` and ``events`` (ids) and ``years``.

    Views call :meth:`select` and listen to ``changed``, which carries the
    ``origin`` passed to :meth:`select` so a view can ignore its own echo.
    Ids, never row numbers, so a selection survives sorting and filtering.
    """

    changed = Signal()

    def __init__(self) -> None:
        self._people: frozenset[str] = frozenset()
        self._events: frozenset[str] = frozenset()
        self._years: frozenset[int] = frozenset()

    @property
    def people(self) -> frozenset[str]:
        return self._people

    @property
    def events(self) -> frozenset[str]:
        return self._events

    @property
    def years(self) -> frozenset[int]:
        return self._years

    def select(self, *, people=None, events=None, years=None, origin: object = None) -> bool:
        """Replace the parts given; emit ``changed(origin)`` if anything changed."""
        before = (self._people, self._events, self._years)
        if people is not None:
            self._people = frozenset(str(p) for p in people)
        if events is not None:
            self._events = frozenset(str(e) for e in events)
        if years is not None:
            self._years = frozenset(int(y) for y in years)
        changed = before != (self._people, self._events, self._years)
        if changed:
            self.changed.emit(origin)
        return changed

    def clear(self, origin: object = None) -> bool:
        return self.select(people=(), events=(), years=(), origin=origin)

    def __repr__(self) -> str:
        return f"Selection(people={sorted(self._people)}, events={sorted(self._events)}, years={sorted(self._years)})"
