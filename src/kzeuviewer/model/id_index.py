"""Finding a table's rows by id: the ids' hashes, sorted, instead of a hash table of the ids."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .text_hash import text_hashes


def _id_array(values):
    """The ids as the table holds them: an object array, or an Arrow text array (not copied either way)."""
    if isinstance(values, (pd.Index, pd.Series)):
        values = values.array
    if isinstance(values.dtype, pd.StringDtype):
        return values
    return _object_array(values)


def _object_array(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    if isinstance(values, (pd.Index, pd.Series, pd.api.extensions.ExtensionArray)):
        return values.to_numpy(dtype=object)
    return np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=object)


class IdIndex:
    """A table's ids by row, looked up by hash.

    Keeps the ids' hashes (32 bits of them) sorted and the rows in that order:
    8 bytes an id (8 MB at a million ids, where the hash table of a pandas
    Index over the same strings takes 34 MB), built in about 0.05 s from the
    ids' bytes (:mod:`.text_hash`), without a Python string per id. A look-up binary-searches
    the hashes and then compares the ids themselves, so two ids with the same
    hash never answer for each other. An id on several rows gives its first.
    ``ids`` is the table's own array (shared, not copied; do not modify it):
    an object array, or the Arrow text array a loaded table keeps its ids in.
    """

    __slots__ = ("ids", "_hashes", "_rows", "_unique")

    def __init__(self, ids):
        self.ids = _id_array(ids)
        count = len(self.ids)
        if count >= 2**32:
            raise ValueError(f"{count} ids: more than an index of 32-bit rows holds")
        # One 64-bit key per id, the hash's low 32 bits above the row: a plain (unstable, quick) sort
        # orders by hash and, among equal hashes, by row, so a repeated id gives its first row.
        keys = (text_hashes(self.ids).astype(np.uint64) << np.uint64(32)) | np.arange(count, dtype=np.uint64)
        keys.sort()
        self._hashes = (keys >> np.uint64(32)).astype(np.uint32)
        self._rows = (keys & np.uint64(0xFFFFFFFF)).astype(np.int64 if count >= 2**31 else np.int32)
        self._unique: bool | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, value) -> bool:
        return self.position(value) is not None

    def position(self, value) -> int | None:
        """The first row whose id is ``value`` (None: no row)."""
        row = int(self.get_indexer([value])[0])
        return None if row < 0 else row

    def get_indexer(self, values: Iterable) -> np.ndarray:
        """The first row of each of ``values`` (-1: no row has it), as int64."""
        values = _object_array(values)
        rows = np.full(len(values), -1, dtype=np.int64)
        if not len(values) or not len(self.ids):
            return rows
        wanted = text_hashes(values)
        places = np.minimum(np.searchsorted(self._hashes, wanted), len(self._hashes) - 1)
        same_hash = self._hashes[places] == wanted
        candidate = self._rows[places].astype(np.int64)
        found = same_hash & (self.at(candidate) == values)
        rows[found] = candidate[found]
        # The first id with that hash is another one (a collision): the others with it are compared.
        for i in np.flatnonzero(same_hash & ~found).tolist():
            rows[i] = self._row_among_equal_hashes(int(places[i]), values[i], wanted[i])
        return rows

    def at(self, rows: np.ndarray) -> np.ndarray:
        """The ids of ``rows`` as an object array (strings made for these rows only)."""
        return np.asarray(self.ids[rows], dtype=object)

    def _row_among_equal_hashes(self, place: int, value, value_hash) -> int:
        """The first row whose id is ``value`` among the run of ids hashed to ``value_hash`` from ``place``."""
        while place < len(self._hashes) and self._hashes[place] == value_hash:
            row = int(self._rows[place])  # within a run, rows ascend (the sort was stable)
            if self.ids[row] == value:
                return row
            place += 1
        return -1

    @property
    def is_unique(self) -> bool:
        """No id is on two rows (worked out once: only ids with equal hashes are compared)."""
        if self._unique is None:
            equal = np.flatnonzero(self._hashes[1:] == self._hashes[:-1])
            if not len(equal):
                self._unique = True
            else:
                rows = self._rows[np.union1d(equal, equal + 1)]
                self._unique = not pd.Series(self.at(rows), dtype=object).duplicated().any()
        return self._unique

    def duplicated(self) -> np.ndarray:
        """Per row: its id is on an earlier row too."""
        if self.is_unique:
            return np.zeros(len(self.ids), dtype=bool)
        return pd.Series(self.ids, copy=False).duplicated(keep="first").to_numpy(dtype=bool)
