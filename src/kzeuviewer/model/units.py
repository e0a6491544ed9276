"""Money units such as ``USD million`` or ``EUR``: a currency and a scale."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .schema import CURRENCIES, UNIT_SCALES


class MoneyUnit(NamedTuple):
    currency: str
    scale_word: str
    factor: float


@lru_cache(maxsize=256)
def parse_unit(text: str) -> MoneyUnit | None:
    """``'USD thousand'`` → MoneyUnit('USD', 'thousand', 1e3); None if not a money unit."""
    parts = str(text).split()
    if not parts or parts[0] not in CURRENCIES or len(parts) > 2:
        return None
    scale = parts[1].lower() if len(parts) == 2 else ""
    if scale not in UNIT_SCALES:
        return None
    return MoneyUnit(parts[0], scale, UNIT_SCALES[scale])
