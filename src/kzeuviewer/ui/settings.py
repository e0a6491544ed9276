"""Remembered state: every settings key, its type and its default, in one registry.

Settings written by another version, edited by hand or half-written by a
crash must never stop the app: every read checks the type (and range) and
falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kzeuviewer.model.formats import MAX_SIDE, MIN_SIDE

MAX_RECENT = 8


@dataclass(frozen=True)
class Key:
    """One remembered value. ``name`` may hold ``{placeholders}`` filled by :meth:`of`."""

    name: str
    default: object
    kind: type
    low: int | None = None
    high: int | None = None

    def of(self, **parts) -> Key:
        return Key(self.name.format(**parts), self.default, self.kind, self.low, self.high)


WINDOW_GEOMETRY = Key("window/geometry", None, bytes)
WINDOW_TAB = Key("window/tab", "timeline", str)
# "system", "light" or "dark" (see kzeuviewer.ui.theming).
THEME = Key("window/theme", "system", str)
# The interface language chosen in View ▸ Language ("en", "ru", "kk"); "" follows the system.
LANGUAGE = Key("window/language", "", str)
DATASET_LAST = Key("datasets/last", "", str)
DATASET_RECENT = Key("datasets/recent", (), list)

EXPORT_FOLDER = Key("export/folder", "", str)
EXPORT_FORMAT = Key("export/format", "PNG", str)
EXPORT_WIDTH = Key("export/width", 1920, int, MIN_SIDE, MAX_SIDE)
EXPORT_HEIGHT = Key("export/height", 1080, int, MIN_SIDE, MAX_SIDE)
EXPORT_TRANSPARENT = Key("export/transparent", False, bool)
EXPORT_CAPTION = Key("export/caption", True, bool)
EXPORT_CSV = Key("export/csv", False, bool)
# How an exported image looks: "light", "dark" or "screen" (as on screen).
EXPORT_LOOK = Key("export/look", "light", str)
TABLE_EXPORT_FORMAT = Key("export/tableFormat", ".csv", str)
# The whole view at the last close (a view file's JSON), restored with its dataset.
SESSION_VIEW = Key("session/view", "", str)

TIMELINE_SPLITTER = Key("timeline/splitter", None, bytes)
TIMELINE_LEFT_SPLITTER = Key("timeline/leftSplitter", None, bytes)
PEOPLE_SPLITTER = Key("people/splitter", None, bytes)
TRADE_SPLITTER = Key("trade/splitter", None, bytes)
TRADE_CHART = Key("trade/chart", "kz-eu-trade", str)
TRADE_SERIES = Key("trade/series/{chart}", "", str)

# A table's column layout: "{table}" is timeline, people or trade.
TABLE_COLUMN_ORDER = Key("{table}/columns/order", (), list)
TABLE_HIDDEN_COLUMNS = Key("{table}/columns/hidden", (), list)
TABLE_COLUMN_WIDTHS = Key("{table}/columns/widths", (), list)


def open_settings() -> QSettings:
    """The app's settings store (tests redirect it with ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kzeuviewer", "kzeuviewer")


def get(settings: QSettings, key: Key):
    """The value of ``key``, or its default when missing or of the wrong type or range."""
    value = settings.value(key.name)
    if value is None:
        return key.default
    if key.kind is str:
        return value if isinstance(value, str) else key.default
    if key.kind is bool:
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower(), key.default)
    if key.kind is int:
        try:
            number = int(value)
        except (TypeError, ValueError, OverflowError):
            return key.default
        if (key.low is not None and number < key.low) or (key.high is not None and number > key.high):
            return key.default
        return number
    if key.kind is bytes:
        return value if isinstance(value, QByteArray | bytes) else key.default
    if key.kind is list:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return list(key.default)
        return [v for v in value if isinstance(v, str) and v]
    return key.default


def put(settings: QSettings, key: Key, value) -> None:
    settings.setValue(key.name, list(value) if key.kind is list else value)


def recent_datasets(settings: QSettings) -> list[str]:
    return get(settings, DATASET_RECENT)[:MAX_RECENT]


def remember_dataset(settings: QSettings, path: Path | None) -> None:
    """Record the dataset just opened (None: the bundled one)."""
    text = "" if path is None else str(Path(path).resolve())
    put(settings, DATASET_LAST, text)
    if text:
        recent = [r for r in recent_datasets(settings) if r != text]
        put(settings, DATASET_RECENT, ([text] + recent)[:MAX_RECENT])


def export_folder(settings: QSettings) -> Path:
    """Where the last export went, if it still exists; else the home folder."""
    folder = Path(get(settings, EXPORT_FOLDER) or Path.home())
    return folder if folder.is_dir() else Path.home()
