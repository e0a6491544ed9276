"""Atomic file writes: a temporary file beside the target, then ``os.replace``.

A failed write leaves no partial file and never clobbers the previous one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """A file could not be written; the message says where and why."""


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` and move the result to ``path`` in one step.

    ``write`` must create the file at the temporary path it is given. Any
    exception (from ``write`` or the file system) removes the temporary file
    and is raised as :class:`ExportError` naming the target.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {target}: folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise ExportError(f"Cannot write {target}: {err.strerror or err}") from err
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        if not temp.exists() or (temp.stat().st_size == 0 and target.suffix.lower() != ".csv"):
            raise ExportError(f"Cannot write {target}: nothing was written")
        _match_default_permissions(temp)
        os.replace(temp, target)
    except ExportError:
        _remove(temp)
        raise
    except Exception as err:
        _remove(temp)
        detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err) or type(err).__name__
        raise ExportError(f"Cannot write {target}: {detail}") from err
    return target


def _match_default_permissions(path: Path) -> None:
    """mkstemp creates 0600 files; give the result the usual umask-based mode."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
