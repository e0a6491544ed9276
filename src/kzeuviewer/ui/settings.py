"""Remembered state (geometry, last tab, datasets), read defensively.

Settings written by another version, edited by hand or half-written by a
crash must never stop the app: every read checks its type and falls back to
the default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def open_settings() -> QSettings:
    """The app's settings store (tests redirect it with ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kzeuviewer", "kzeuviewer")


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_int(settings: QSettings, key: str, default: int = 0) -> int:
    value = settings.value(key, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray | bytes) else None


def read_list(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v]


def recent_datasets(settings: QSettings) -> list[str]:
    return read_list(settings, "datasets/recent")[:MAX_RECENT]


def remember_dataset(settings: QSettings, path: Path | None) -> None:
    """Record the dataset just opened (None: the bundled one)."""
    text = "" if path is None else str(Path(path).resolve())
    settings.setValue("datasets/last", text)
    if text:
        recent = [r for r in recent_datasets(settings) if r != text]
        settings.setValue("datasets/recent", ([text] + recent)[:MAX_RECENT])
