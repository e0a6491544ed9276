"""The selection shared by every view: events, people and years, by id.

What a tab shows as selected *is* this selection; no tab keeps its own copy.
The rules that link the three kinds live here too, so every tab follows the
same ones:

- selecting events selects their participants (the People table shows them);
- selecting people highlights the events they took part in;
- selecting years highlights the events in those years;
- a new choice replaces the selection and its highlights; *adding* (Ctrl+click)
  extends it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .signals import Signal

EVENTS, PEOPLE, YEARS = "events", "people", "years"


@dataclass(frozen=True)
class SelectionChange:
    """What one change did; ``origin`` is who made it (a view can ignore its own echo)."""

    added_events: frozenset[str] = frozenset()
    removed_events: frozenset[str] = frozenset()
    added_people: frozenset[str] = frozenset()
    removed_people: frozenset[str] = frozenset()
    added_years: frozenset[int] = frozenset()
    removed_years: frozenset[int] = frozenset()
    current_event_changed: bool = False
    current_person_changed: bool = False
    focus_changed: bool = False
    origin: object = None

    def __bool__(self) -> bool:
        return any(
            (
                self.added_events, self.removed_events, self.added_people, self.removed_people,
                self.added_years, self.removed_years, self.current_event_changed,
                self.current_person_changed, self.focus_changed,
            )
        )

    @property
    def events_changed(self) -> bool:
        return bool(self.added_events or self.removed_events or self.current_event_changed)

    @property
    def people_changed(self) -> bool:
        return bool(self.added_people or self.removed_people or self.current_person_changed)

    @property
    def years_changed(self) -> bool:
        return bool(self.added_years or self.removed_years)


class Selection:
    """Selected ``events``, ``people`` (ids) and ``years``; a ``current_event`` and ``current_person``.

    ``focus`` says what the person chose last (``"events"``, ``"people"`` or
    ``"years"``): it decides which events are highlighted. ``changed`` emits a
    :class:`SelectionChange`. Ids, never row numbers, so a selection survives
    sorting and filtering.
    """

    changed = Signal()

    def __init__(self) -> None:
        self._events: frozenset[str] = frozenset()
        self._people: frozenset[str] = frozenset()
        self._years: frozenset[int] = frozenset()
        self._current_event: str | None = None
        self._current_person: str | None = None
        self._focus: str | None = None

    # -- reading ----------------------------------------------------------------------
    @property
    def events(self) -> frozenset[str]:
        return self._events

    @property
    def people(self) -> frozenset[str]:
        return self._people

    @property
    def years(self) -> frozenset[int]:
        return self._years

    @property
    def current_event(self) -> str | None:
        return self._current_event

    @property
    def current_person(self) -> str | None:
        return self._current_person

    @property
    def focus(self) -> str | None:
        return self._focus

    def is_empty(self) -> bool:
        return not (self._events or self._people or self._years)

    def highlighted_events(self, dataset) -> frozenset[str]:
        """The events the timeline marks for this selection."""
        if self._focus == PEOPLE:
            return frozenset(dataset.events_of_people(self._people))
        if self._focus == YEARS:
            return frozenset(dataset.events_in_years(self._years))
        if self._focus == EVENTS:
            return self._events
        return frozenset()

    # -- changing -----------------------------------------------------------------------
    def set(
        self,
        *,
        events=(),
        people=(),
        years=(),
        current_event: str | None = None,
        current_person: str | None = None,
        focus: str | None = None,
        origin: object = None,
    ) -> SelectionChange:
        """Replace the whole selection; emit ``changed`` if anything changed."""
        events = frozenset(str(e) for e in events)
        people = frozenset(str(p) for p in people)
        years = frozenset(int(y) for y in years)
        current_event = current_event if current_event in events else (min(events) if len(events) == 1 else None)
        current_person = current_person if current_person in people else (min(people) if len(people) == 1 else None)
        change = SelectionChange(
            added_events=events - self._events,
            removed_events=self._events - events,
            added_people=people - self._people,
            removed_people=self._people - people,
            added_years=years - self._years,
            removed_years=self._years - years,
            current_event_changed=current_event != self._current_event,
            current_person_changed=current_person != self._current_person,
            focus_changed=focus != self._focus,
            origin=origin,
        )
        if change:
            self._events, self._people, self._years = events, people, years
            self._current_event, self._current_person, self._focus = current_event, current_person, focus
            self.changed.emit(change)
        return change

    def clear(self, origin: object = None) -> SelectionChange:
        return self.set(origin=origin)

    def select_events(self, dataset, event_ids, *, add: bool = False, current: str | None = None, origin=None) -> SelectionChange:
        """Events and, with them, their participants; ``add`` keeps what was selected."""
        events = set(event_ids)
        if add and self._focus == EVENTS:
            events |= self._events
        current = current if current is not None else self._keep_or_last(None if add else self._current_event, events, event_ids)
        return self.set(
            events=events,
            people=dataset.people_of_events(events),
            current_event=current,
            focus=EVENTS if events else None,
            origin=origin,
        )

    def select_people(self, person_ids, *, add: bool = False, current: str | None = None,
                      keep_event: bool = False, origin=None) -> SelectionChange:
        """People; their events are highlighted. ``keep_event`` keeps the current event selected
        (a participant chosen in that event's detail panel)."""
        people = set(person_ids)
        if add and self._focus == PEOPLE:
            people |= self._people
        current = current if current is not None else self._keep_or_last(None if add else self._current_person, people, person_ids)
        event = self._current_event if keep_event else None
        return self.set(
            events=[event] if event else (),
            people=people,
            current_event=event,
            current_person=current,
            focus=PEOPLE if people else None,
            origin=origin,
        )

    def select_years(self, years, *, add: bool = False, origin=None) -> SelectionChange:
        """Years (clicked on a trade chart); the events in them are highlighted."""
        chosen = {int(y) for y in years}
        if add and self._focus == YEARS:
            chosen |= self._years
        return self.set(years=chosen, focus=YEARS if chosen else None, origin=origin)

    @staticmethod
    def _keep_or_last(current, chosen, given):
        """The current item while it stays chosen, else the last one given (the one just clicked)."""
        if current in chosen:
            return current
        given = list(given)
        return given[-1] if given else None

    def retain(self, dataset, origin: object = None) -> SelectionChange:
        """Drop ids that ``dataset`` does not have (after a reload of the same data)."""
        events = {e for e in self._events if dataset.event(e) is not None}
        people = {p for p in self._people if dataset.person(p) is not None}
        return self.set(
            events=events, people=people, years=self._years,
            current_event=self._current_event, current_person=self._current_person,
            focus=self._focus, origin=origin,
        )

    def __repr__(self) -> str:
        return (
            f"Selection(events={sorted(self._events)}, people={sorted(self._people)}, years={sorted(self._years)}, "
            f"current_event={self._current_event!r}, current_person={self._current_person!r}, focus={self._focus!r})"
        )
