"""What the person sees, as plain objects: one state per tab and per table.

Widgets bind to these objects: they write what the person did and redraw on
``changed``, which carries the names of the fields that changed. Exports,
captions, view files and the command line read the same objects, so the
screen and a file never disagree. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, ClassVar

import numpy as np

from .signals import Signal


class StateObject:
    """Named fields with defaults; every change emits ``changed(frozenset(names))``.

    ``state.search = "x"`` and ``state.update(search="x", regex=True)`` both
    work; ``update`` changes several fields as one step (one emission). Each
    field's value is normalised by ``_normalise_<name>`` when the subclass has
    one, so equal views compare equal.
    """

    changed = Signal()
    FIELDS: ClassVar[dict[str, Any]] = {}

    def __init__(self, **values) -> None:
        object.__setattr__(self, "_values", {name: self._normalise(name, default) for name, default in self.FIELDS.items()})
        if values:
            self.update(**values)

    # -- fields -----------------------------------------------------------------------
    def __getattr__(self, name: str):
        values = self.__dict__.get("_values")
        if values is not None and name in values:
            return values[name]
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value) -> None:
        if name in self.FIELDS:
            self.update(**{name: value})
        else:
            object.__setattr__(self, name, value)

    def _normalise(self, name: str, value):
        normalise = getattr(type(self), f"_normalise_{name}", None)
        return normalise(value) if normalise is not None else value

    def update(self, **values) -> frozenset[str]:
        """Set several fields at once; emit one ``changed`` naming those that changed."""
        changed = set()
        for name, value in values.items():
            if name not in self.FIELDS:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            value = self._normalise(name, value)
            if self._values[name] != value:
                self._values[name] = value
                changed.add(name)
        names = frozenset(changed)
        if names:
            self.changed.emit(names)
        return names

    def reset(self) -> frozenset[str]:
        """Every field back to its default."""
        return self.update(**self.FIELDS)

    def values(self) -> dict[str, Any]:
        """A copy of every field (the values are immutable)."""
        return dict(self._values)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other._values == self._values

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._values.items() if v != self.FIELDS[k])
        return f"{type(self).__name__}({fields})"


def _text(value) -> str:
    return "" if value is None else str(value)


def _names(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(str(v) for v in (values or ()))


def _float_range(value) -> tuple[float, float] | None:
    """``(low, high)`` with low < high and both finite, or None."""
    if value is None:
        return None
    low, high = (float(v) for v in value)
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return None
    return (low, high)


# -- tables -----------------------------------------------------------------------------
class TableState(StateObject):
    """A table's view: search, filters, sort and columns, all by column *key*.

    - ``value_filters``: key -> the values kept (a tuple, sorted);
    - ``date_filters``: key -> (first, last) ISO dates, either may be "";
    - ``sort``: ((key, descending), ...) — the first key sorts first;
    - ``column_order`` and ``hidden_columns``: keys; an empty order is the default.
    """

    FIELDS: ClassVar[dict[str, Any]] = {
        "search": "",
        "regex": False,
        "value_filters": (),
        "date_filters": (),
        "sort": (),
        "column_order": (),
        "hidden_columns": frozenset(),
    }

    _normalise_search = staticmethod(_text)
    _normalise_regex = staticmethod(bool)
    _normalise_hidden_columns = staticmethod(_names)

    @staticmethod
    def _normalise_value_filters(value) -> tuple:
        items = dict(value).items() if value else ()
        return tuple(sorted((str(k), tuple(sorted(str(v) for v in values))) for k, values in items if values is not None))

    @staticmethod
    def _normalise_date_filters(value) -> tuple:
        items = dict(value).items() if value else ()
        out = []
        for key, (first, last) in items:
            first, last = _text(first), _text(last)
            if first or last:
                out.append((str(key), (first, last)))
        return tuple(sorted(out))

    @staticmethod
    def _normalise_sort(value) -> tuple:
        keys, seen = [], set()
        for key, descending in value or ():
            if str(key) not in seen:
                seen.add(str(key))
                keys.append((str(key), bool(descending)))
        return tuple(keys)

    @staticmethod
    def _normalise_column_order(value) -> tuple:
        return tuple(str(k) for k in (value or ()))

    # Convenience views of the tuples.
    def value_filter(self, key: str) -> tuple[str, ...] | None:
        return dict(self.value_filters).get(key)

    def date_filter(self, key: str) -> tuple[str, str] | None:
        return dict(self.date_filters).get(key)

    def with_value_filter(self, key: str, values) -> tuple:
        """``value_filters`` with ``key`` set to ``values`` (None: no filter on it)."""
        filters = dict(self.value_filters)
        if values is None:
            filters.pop(key, None)
        else:
            filters[key] = tuple(values)
        return self._normalise_value_filters(filters)

    def with_date_filter(self, key: str, first: str = "", last: str = "") -> tuple:
        filters = dict(self.date_filters)
        filters[key] = (first, last)
        return self._normalise_date_filters(filters)


_QUERY_FIELDS = frozenset({"search", "regex", "value_filters", "date_filters", "sort"})


def apply_table_state(state: TableState, query, names=None) -> list[str]:
    """Make ``query`` (a :class:`~kzeuviewer.model.table_query.TableQuery`) show ``state``.

    ``names``: only these fields changed (None: all). Returns what could not be
    applied (unknown column keys, a bad pattern), as messages; the rest is applied.
    """
    import pandas as pd

    names = _QUERY_FIELDS if names is None else frozenset(names) & _QUERY_FIELDS
    index = {column.key: i for i, column in enumerate(query.columns)}
    dropped: list[str] = []
    if names & {"value_filters", "date_filters"}:
        query.clear_filters()
        for key, values in state.value_filters:
            if key in index:
                query.set_value_filter(index[key], values)
            else:
                dropped.append(f"filter on unknown column {key!r}")
        for key, (first, last) in state.date_filters:
            if key not in index:
                dropped.append(f"date filter on unknown column {key!r}")
                continue
            try:
                bounds = [pd.Timestamp(day) if day else None for day in (first, last)]
            except ValueError:
                dropped.append(f"date filter on {key!r} with a date that does not parse")
                continue
            query.set_range_filter(index[key], *bounds)
    if "sort" in names:
        sort = []
        for key, descending in state.sort:
            if key in index:
                sort.append((index[key], descending))
            else:
                dropped.append(f"sort by unknown column {key!r}")
        query.set_sort(sort)
    if names & {"search", "regex"} and (state.search, state.regex) != (query.search_text, query.search_regex):
        error = query.set_search(state.search, state.regex)
        if error:
            dropped.append(error)
    return dropped


# -- the timeline -----------------------------------------------------------------------
SECONDS_PER_DAY = 86400.0


def year_start(year: int) -> float:
    """1 January of ``year`` as seconds since the epoch (the timeline's x unit)."""
    return float(np.datetime64(f"{int(year):04d}-01-01", "s").astype(np.int64))


def year_of(seconds: float) -> int:
    return int(np.datetime64(int(math.floor(seconds)), "s").astype("datetime64[Y]").astype(int) + 1970)


class TimelineState(StateObject):
    """The timeline's view.

    ``visible_range`` is the time axis shown, in seconds since the epoch
    (None: fit every event). The years shown follow from it (:meth:`years`),
    and the events listed are those that pass the search and the kinds *and*
    lie in the visible range: zooming is filtering by time.
    """

    FIELDS: ClassVar[dict[str, Any]] = {
        "search": "",
        "hidden_kinds": frozenset(),
        "visible_range": None,
        "list_sort": (("date", False),),
    }

    _normalise_search = staticmethod(_text)
    _normalise_hidden_kinds = staticmethod(_names)
    _normalise_visible_range = staticmethod(_float_range)
    _normalise_list_sort = staticmethod(TableState._normalise_sort)

    def years(self, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
        """The first and last year any part of which is in view, within ``bounds`` (the data's years)."""
        if self.visible_range is None:
            return bounds
        low, high = self.visible_range
        first, last = year_of(low), year_of(math.nextafter(high, -math.inf))
        if bounds is not None:
            first, last = max(first, bounds[0]), min(last, bounds[1])
            if first > last:
                first = last = bounds[0] if high <= year_start(bounds[0]) else bounds[1]
        return first, last

    def show_years(self, first: int, last: int) -> frozenset[str]:
        """Show whole years ``first`` to ``last`` (the Years fields)."""
        first, last = sorted((int(first), int(last)))
        return self.update(visible_range=(year_start(first), year_start(last + 1)))

    def is_range_limited(self, bounds: tuple[int, int] | None, extent: tuple[float, float] | None) -> bool:
        """Does the view hide any time with events (``extent``: the events' first and last instant)?"""
        if self.visible_range is None or extent is None:
            return False
        return self.visible_range[0] > extent[0] or self.visible_range[1] < extent[1]


# -- trade charts -------------------------------------------------------------------------
class TradeState(StateObject):
    """The Trade tab's view.

    ``x_range`` is the year axis shown (None: every year of the chart). A year
    is shown when its bar's centre is in view, so the years are
    ``ceil(low)`` to ``floor(high)``, and showing years a..b sets the range to
    a − ½ .. b + ½. ``log_scale`` None means the chart's own default.
    """

    FIELDS: ClassVar[dict[str, Any]] = {
        "chart": "kz-eu-trade",
        "series": None,
        "x_range": None,
        "hidden_series": frozenset(),
        "log_scale": None,
    }

    _normalise_chart = staticmethod(_text)
    _normalise_x_range = staticmethod(_float_range)
    _normalise_hidden_series = staticmethod(_names)

    @staticmethod
    def _normalise_series(value):
        return None if value in (None, "") else str(value)

    @staticmethod
    def _normalise_log_scale(value):
        return None if value is None else bool(value)

    def years(self, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
        """The years shown, within ``bounds`` (the chart's years)."""
        if self.x_range is None:
            return bounds
        first, last = math.ceil(self.x_range[0] - 1e-9), math.floor(self.x_range[1] + 1e-9)
        if bounds is not None:
            first, last = max(first, bounds[0]), min(last, bounds[1])
        if first > last:
            return None
        return first, last

    def show_years(self, first: int, last: int) -> frozenset[str]:
        first, last = sorted((int(first), int(last)))
        return self.update(x_range=(first - 0.5, last + 0.5))

    def choose_chart(self, chart: str, series: str | None = None) -> frozenset[str]:
        """Another chart: its series choice and hidden series start afresh; the years stay."""
        return self.update(chart=chart, series=series, hidden_series=frozenset(), log_scale=None)
