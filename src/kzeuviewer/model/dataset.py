"""The loaded dataset: one typed DataFrame per table, and the joins between them."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from .id_index import IdIndex
from .problems import Problem


class Dataset:
    """All tables of one dataset folder, validated and typed.

    Tables: ``sources``, ``people``, ``events``, ``participants``, ``awards``,
    ``trade`` and ``indicators``. Each keeps the file's columns (extra ones
    too), plus ``line`` (where the row is in its file) and, for each date
    column ``c``, ``c_start``/``c_end`` (datetime64) and ``c_precision``.
    """

    def __init__(self, path: Path, tables: dict[str, pd.DataFrame], problems: list[Problem],
                 id_indexes: dict[str, IdIndex] | None = None):
        """``id_indexes``: indexes of the tables' ids made already (by the loader), by table name."""
        self.path = Path(path)
        self.tables = tables
        self.problems = problems
        self._links: dict[tuple[str, str], tuple[pd.DataFrame, np.ndarray]] = {}
        for table, index in (id_indexes or {}).items():
            attribute = _INDEX_ATTRIBUTES.get(table)
            if attribute is not None and len(index) == len(tables[table]):
                self.__dict__[attribute] = index  # what the cached property below would build

    # -- rows another table's ids name ------------------------------------------
    def set_link(self, table: str, column: str, positions: np.ndarray) -> None:
        """Remember, for each row of ``table``, the row of the table its ``column`` names (-1: none)."""
        frame = self.tables[table]
        if len(positions) != len(frame):
            raise ValueError(f"{table}.{column}: {len(positions)} positions for {len(frame)} rows")
        self._links[(table, column)] = (frame, np.asarray(positions, dtype=np.int64))

    def link(self, table: str, column: str) -> np.ndarray | None:
        """Rows named by ``table.column`` as found at load (None if unknown or the table was replaced since)."""
        entry = self._links.get((table, column))
        if entry is None or entry[0] is not self.tables.get(table) or len(entry[1]) != len(entry[0]):
            return None
        return entry[1]

    # -- tables ---------------------------------------------------------------
    @property
    def sources(self) -> pd.DataFrame:
        return self.tables["sources"]

    @property
    def people(self) -> pd.DataFrame:
        return self.tables["people"]

    @property
    def events(self) -> pd.DataFrame:
        return self.tables["events"]

    @property
    def participants(self) -> pd.DataFrame:
        return self.tables["participants"]

    @property
    def awards(self) -> pd.DataFrame:
        return self.tables["awards"]

    @property
    def trade(self) -> pd.DataFrame:
        return self.tables["trade"]

    @property
    def indicators(self) -> pd.DataFrame:
        return self.tables["indicators"]

    @property
    def name(self) -> str:
        return self.path.name or str(self.path)

    def row_counts(self) -> dict[str, int]:
        return {name: len(frame) for name, frame in self.tables.items()}

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.row_counts().items())
        return f"Dataset({str(self.path)!r}, {counts}, problems={len(self.problems)})"

    # -- lookups by id --------------------------------------------------------
    # An IdIndex per id column (built on first use, unless the loader made it, and kept): shared by
    # every tab, so a million ids are hashed once.
    @cached_property
    def _source_index(self) -> IdIndex:
        return id_index(self.sources["source_id"])

    @cached_property
    def _person_index(self) -> IdIndex:
        return id_index(self.people["person_id"])

    @cached_property
    def _event_index(self) -> IdIndex:
        return id_index(self.events["event_id"])

    def event_id_index(self) -> IdIndex:
        """The events' ids by row (shared: built once, for every user)."""
        return self._event_index

    def person_id_index(self) -> IdIndex:
        """The people's ids by row (shared: built once, for every user)."""
        return self._person_index

    def person(self, person_id: str) -> pd.Series | None:
        pos = _rows_of(self._person_index, [person_id])[0]
        return None if pos < 0 else self.people.iloc[pos]

    def event(self, event_id: str) -> pd.Series | None:
        pos = _rows_of(self._event_index, [event_id])[0]
        return None if pos < 0 else self.events.iloc[pos]

    def sources_for(self, source_ids) -> pd.DataFrame:
        """The source rows named by a ``a;b`` list (or a list of ids), in that order."""
        if isinstance(source_ids, str):
            source_ids = [s for s in source_ids.split(";") if s]
        positions = _rows_of(self._source_index, source_ids)
        return self.sources.iloc[positions[positions >= 0]]

    # -- joins ----------------------------------------------------------------
    @cached_property
    def _participants_by_event(self) -> dict[str, np.ndarray]:
        return _group_positions(self.participants["event_id"])

    @cached_property
    def _participants_by_person(self) -> dict[str, np.ndarray]:
        return _group_positions(self.participants["person_id"])

    @cached_property
    def _awards_by_person(self) -> dict[str, np.ndarray]:
        return _group_positions(self.awards["person_id"])

    def event_participants(self, event_id: str) -> pd.DataFrame:
        """People at an event, with their ``participant_role`` there."""
        rows = self.participants.iloc[self._participants_by_event.get(event_id, [])]
        positions = _rows_of(self._person_index, rows["person_id"].tolist())
        people = self.people.iloc[positions[positions >= 0]].reset_index(drop=True)
        people["participant_role"] = rows["role"].astype(str).to_numpy()
        return people

    def person_events(self, person_id: str) -> pd.DataFrame:
        """Events a person took part in, oldest first."""
        rows = self.participants.iloc[self._participants_by_person.get(person_id, [])]
        positions = _rows_of(self._event_index, rows["event_id"].tolist())
        return self.events.iloc[positions[positions >= 0]].sort_values("date_start", kind="stable")

    def person_awards(self, person_id: str) -> pd.DataFrame:
        return self.awards.iloc[self._awards_by_person.get(person_id, [])]

    def events_of_people(self, person_ids) -> set[str]:
        result: set[str] = set()
        event_ids = self.participants["event_id"].to_numpy()
        for pid in person_ids:
            result.update(event_ids[self._participants_by_person.get(pid, [])].tolist())
        return result

    def people_of_events(self, event_ids) -> set[str]:
        result: set[str] = set()
        person_ids = self.participants["person_id"].to_numpy()
        for eid in event_ids:
            result.update(person_ids[self._participants_by_event.get(eid, [])].tolist())
        return result

    def events_in_years(self, years) -> set[str]:
        """Events whose span touches any of the given years."""
        years = set(int(y) for y in years)
        if not years:
            return set()
        first = self.events["date_start"].dt.year
        last = self.event_span_end().dt.year
        mask = np.zeros(len(self.events), dtype=bool)
        for year in years:
            mask |= ((first <= year) & (last >= year)).to_numpy(dtype=bool, na_value=False)
        return set(self.events.loc[mask, "event_id"].tolist())

    def event_span_end(self) -> pd.Series:
        """Last day of each event: its end_date's last day if given, else its date's."""
        events = self.events
        return events["end_date_end"].fillna(events["date_end"])

    @cached_property
    def event_counts_by_person(self) -> pd.Series:
        """Number of events each person attended (0 for none), indexed by person_id."""
        counts = self.participants["person_id"].astype(str).value_counts()
        return counts.reindex(self.people["person_id"].astype(str), fill_value=0)


_INDEX_ATTRIBUTES = {"sources": "_source_index", "people": "_person_index", "events": "_event_index"}


def id_index(ids: pd.Series) -> IdIndex:
    """A table's ids by row, for look-ups (over the table's own array: the tables are not changed in place)."""
    return IdIndex(ids)


def _rows_of(index: IdIndex, ids) -> np.ndarray:
    """The row of each id in ``index`` (-1: none); an id on several rows gives its first."""
    return index.get_indexer(list(ids))


def _group_positions(column: pd.Series) -> dict[str, np.ndarray]:
    codes, uniques = pd.factorize(column.astype(str))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return {str(u): order[bounds[i]:bounds[i + 1]] for i, u in enumerate(uniques)}
