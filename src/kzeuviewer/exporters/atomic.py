"""Atomic file writes: a temporary ``.part`` file beside the target, verified, then ``os.replace``.

The API every exporter uses:

* ``atomic_write(path, write_fn, verify=None) -> Path`` — one file.
* ``atomic_group({path: write_fn, ...}, verify={path: check, ...}) -> list[Path]`` —
  several files that belong together (an image and its CSV): all are written
  and verified first, then renamed; if any step fails none is replaced and
  the existing files stay byte for byte as they were.
* ``verify_pdf(path)`` — a ``verify`` check for PDF files.
* ``scratch_dir(part)`` — a folder beside a ``.part`` file for a library's own
  temporary files (XLSX writers), removed with it.

``write_fn(temp_path)`` must create the file at the path it is given.
``verify(temp_path)`` raises (or returns ``False``) when the written file is not
right. Any failure — an exception from ``write_fn``, ``verify`` or the file
system, a cancel (:class:`ExportCancelled`), even ``KeyboardInterrupt`` —
removes the temporary files; errors are raised as :class:`ExportError` naming
the target.

What the target keeps: a symlink stays a link and the file it points to is
replaced; an existing file keeps its permission bits (a 0600 file stays 0600);
a new file gets the umask default. Temporary names stay within the file
system's name limit, so any legal file name can be written. A process killed
mid-write leaves only hidden ``.<name>.<random>.part`` files (or ``.d.part``
folders); the next export of the same target removes them. A part still held
by a running export (it is locked with ``flock``) is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
import string
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message, system_error

try:  # POSIX; elsewhere stale parts are recognised by age alone.
    import fcntl
except ImportError:  # pragma: no cover - not on Linux/macOS
    fcntl = None

WriteFn = Callable[[Path], None]
VerifyFn = Callable[[Path], object]

PART_SUFFIX = ".part"
_RANDOM_LENGTH = 8
_RANDOM_ALPHABET = string.ascii_lowercase + string.digits
# "." + stem + "." + random + ".d" + ".part": what a temporary name adds to the stem.
_OVERHEAD = 1 + 1 + _RANDOM_LENGTH + 2 + len(PART_SUFFIX)
# Without fcntl, a part older than this is taken to be left over by a dead process.
_STALE_AGE_SECONDS = 3600


class ExportError(Exception):
    """A file could not be written; the message says where and why."""


class ExportCancelled(ExportError):
    """The person cancelled a long export; nothing was written."""


# -- names ---------------------------------------------------------------------------
def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def part_stem(target: Path) -> str:
    """The part of a temporary name that identifies ``target`` (its name, shortened if needed).

    A name too long to carry the temporary suffixes is cut (on a character
    boundary) and given a hash of the full name, so two long names that share
    a beginning still have different parts.
    """
    name = target.name
    budget = _name_max(target.parent) - _OVERHEAD
    encoded = os.fsencode(name)
    if len(encoded) <= budget:
        return name
    digest = hashlib.sha1(encoded).hexdigest()[:8]
    cut = encoded[: budget - len(digest) - 1]
    # Never end inside a UTF-8 sequence: drop continuation bytes, then their lead byte.
    while cut and 0x80 <= cut[-1] < 0xC0:
        cut = cut[:-1]
    if cut and cut[-1] >= 0xC0:
        cut = cut[:-1]
    return os.fsdecode(cut) + "~" + digest


def _part_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(part_stem(target))}\.[{_RANDOM_ALPHABET}]{{{_RANDOM_LENGTH}}}(\.d)?\.part")


def _resolve_target(path: str | os.PathLike) -> Path:
    """The file that will really be replaced: a symlink's final target, never the link itself."""
    target = Path(path).expanduser()
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    return target


# -- locked parts --------------------------------------------------------------------
class _Part:
    """A temporary file beside ``target``, created empty with the umask's mode and locked while in use."""

    def __init__(self, target: Path):
        self.target = target
        folder = target.parent
        stem = part_stem(target)
        for _attempt in range(100):
            token = "".join(secrets.choice(_RANDOM_ALPHABET) for _ in range(_RANDOM_LENGTH))
            self.path = folder / f".{stem}.{token}{PART_SUFFIX}"
            try:
                # 0o666 & ~umask, as any new file; O_EXCL: never follow or reuse someone's file.
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
            except FileExistsError:
                continue
            break
        else:  # pragma: no cover - 100 collisions of 41 random bits
            raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch_path(self.path))
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.close()

    def close(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None


def scratch_path(part: Path) -> Path:
    """The folder name :func:`scratch_dir` uses for the temporary file ``part``."""
    name = part.name
    return part.with_name(name[: -len(PART_SUFFIX)] + ".d" + PART_SUFFIX)


@contextlib.contextmanager
def scratch_dir(part: str | os.PathLike) -> Iterator[Path]:
    """A folder beside the temporary file ``part`` for a library's own temporary files.

    Removed on exit, whatever happens; a folder left by a killed process is a
    stale part like any other and goes with the next export of the target.
    """
    folder = scratch_path(Path(part))
    folder.mkdir(mode=0o700)
    fd = None
    try:
        if fcntl is not None:
            fd = os.open(folder, os.O_RDONLY)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if fd is not None:
            os.close(fd)


def clear_stale_parts(target: str | os.PathLike) -> list[Path]:
    """Remove ``.part`` files and folders of ``target`` that no running export holds; returns them."""
    target = _resolve_target(target)
    folder = target.parent
    pattern = _part_pattern(target)
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not pattern.fullmatch(name):
            continue
        path = folder / name
        if _in_use(path):
            continue
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def _in_use(path: Path) -> bool:
    if fcntl is None:
        try:
            return time.time() - path.lstat().st_mtime < _STALE_AGE_SECONDS
        except OSError:
            return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot open it: not ours to judge
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


# -- writing ---------------------------------------------------------------------------
def _describe(err: BaseException) -> str:
    """Why a write failed, in words the window can translate (the system's, or an ExportError's message)."""
    if isinstance(err, OSError) and err.strerror:
        return system_error(err)
    if len(err.args) == 1 and isinstance(err.args[0], Message):
        return err.args[0]
    return str(err) or type(err).__name__


def cannot_write(target, reason) -> Message:
    """'Cannot write PATH: reason' (the reason a Message, an OSError's words, or text)."""
    return Message(QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}"), path=target, reason=reason)


def _check_folder(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot write {path}: folder {folder} does not exist"),
                                  path=target, folder=folder))


def _write_part(shown: Path, target: Path, write: WriteFn, verify: VerifyFn | None) -> _Part:
    """Write and verify one temporary file for ``target``; on failure nothing is left and ExportError raised."""
    _check_folder(target)
    clear_stale_parts(target)
    try:
        part = _Part(target)
    except OSError as err:
        raise ExportError(cannot_write(shown, _describe(err))) from err
    try:
        write(part.path)
        size = part.path.stat().st_size
        if size == 0 and target.suffix.lower() != ".csv":
            raise ExportError(cannot_write(shown, Message(QT_TRANSLATE_NOOP("Export", "nothing was written"))))
        if verify is not None and verify(part.path) is False:
            raise ExportError(cannot_write(shown, Message(QT_TRANSLATE_NOOP("Export", "the written file failed its check"))))
        os.fsync(part.fd)  # the data is on disk before the name points at it
        _keep_mode(target, part.path)
    except ExportCancelled:
        part.remove()
        raise
    except ExportError as err:
        part.remove()
        if str(err).startswith("Cannot "):
            raise
        raise ExportError(cannot_write(shown, _describe(err))) from err
    except Exception as err:
        part.remove()
        raise ExportError(cannot_write(shown, _describe(err))) from err
    except BaseException:
        part.remove()
        raise
    return part


def _keep_mode(target: Path, temp: Path) -> None:
    """An existing target's permission bits carry over; a new file keeps the umask default."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def atomic_write(path: str | os.PathLike, write: WriteFn, verify: VerifyFn | None = None) -> Path:
    """Call ``write(temp_path)``, check the result with ``verify`` and move it to ``path`` in one step.

    Returns ``path`` (user-expanded). Raises :class:`ExportError` naming the
    target (or :class:`ExportCancelled` from ``write``); the previous file is
    then untouched and no temporary file is left.
    """
    shown = Path(path).expanduser()
    target = _resolve_target(shown)
    part = _write_part(shown, target, write, verify)
    try:
        os.replace(part.path, target)
    except OSError as err:
        part.remove()
        raise ExportError(cannot_write(shown, _describe(err))) from err
    part.close()
    return shown


def atomic_group(
    writers: Mapping[str | os.PathLike, WriteFn], verify: Mapping[str | os.PathLike, VerifyFn] | None = None
) -> list[Path]:
    """Write several files as one: all of them, or none.

    Every ``writers[path](temp)`` runs and every ``verify[path](temp)`` passes
    before any target is replaced. If a rename then fails, the targets
    already replaced get their previous content back (kept through a hard
    link while renaming). Returns the paths in the order given.
    """
    checks = {Path(p).expanduser(): v for p, v in (verify or {}).items()}
    items = [(Path(p).expanduser(), w) for p, w in writers.items()]
    targets = [_resolve_target(shown) for shown, _w in items]
    if len(set(targets)) != len(targets):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot write the same file twice in one export: {files}"),
                                  files=", ".join(str(s) for s, _ in items)))
    parts: list[_Part] = []
    try:
        for (shown, write), target in zip(items, targets, strict=True):
            parts.append(_write_part(shown, target, write, checks.get(shown)))
    except BaseException:
        for part in parts:
            part.remove()
        raise
    _replace_all(items, targets, parts)
    return [shown for shown, _w in items]


def _replace_all(items, targets: list[Path], parts: list[_Part]) -> None:
    backups: list[Path | None] = []
    try:
        for target in targets:
            backups.append(_backup(target))
    except OSError as err:
        _discard(backups, parts)
        raise ExportError(cannot_write(targets[len(backups)], _describe(err))) from err
    done = 0
    try:
        for part, target in zip(parts, targets, strict=True):
            os.replace(part.path, target)
            done += 1
    except OSError as err:
        failed = items[done][0]
        for target, backup in zip(targets[:done], backups[:done], strict=True):
            with contextlib.suppress(OSError):
                if backup is None:
                    target.unlink()
                else:
                    os.replace(backup, target)
        _discard(backups, parts)
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}; no file of this export was written"),
                                  path=failed, reason=_describe(err))) from err
    _discard(backups, parts)


def _backup(target: Path) -> Path | None:
    """A hard link to the current target (a cheap copy of its old content), or None if there is none."""
    if not target.is_file():
        return None
    for _attempt in range(100):
        token = "".join(secrets.choice(_RANDOM_ALPHABET) for _ in range(_RANDOM_LENGTH))
        backup = target.with_name(f".{part_stem(target)}.{token}{PART_SUFFIX}")
        try:
            os.link(target, backup)
        except FileExistsError:
            continue
        except OSError as err:
            if err.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
                return _copy_backup(target, backup)
            raise
        return backup
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))  # pragma: no cover


def _copy_backup(target: Path, backup: Path) -> Path:
    shutil.copy2(target, backup)
    return backup


def _discard(backups, parts: list[_Part]) -> None:
    for backup in backups:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
    for part in parts:
        if part.path.exists():
            part.remove()
        else:
            part.close()


# -- checks ---------------------------------------------------------------------------
def verify_pdf(path: str | os.PathLike) -> None:
    """Raise :class:`ExportError` unless ``path`` looks like a complete PDF.

    Complete means: not empty, starts with ``%PDF-`` and ends with ``%%EOF``
    (trailing whitespace allowed). A PDF cut short by a full disk fails.
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "the PDF is empty")))
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if head != b"%PDF-":
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "not a PDF (no %PDF- header)")))
    if not tail.rstrip().endswith(b"%%EOF"):
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "incomplete PDF (it does not end with %%EOF)")))
