"""What the import dialog decides before any Qt is involved (kept Qt-free so it is easy to test).

- which importer reads a file (by its extension, else by its first bytes), so a
  folder of mixed BNS workbooks and Eurostat CSV downloads is read in one go;
- whether a dataset folder may be written at all (never the bundled dataset,
  never a folder inside an installed package, never one that is read-only);
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

from kzeuviewer.model import bundled_data_dir
from kzeuviewer.model.importers import Figure, ImportProblem, read_files
from kzeuviewer.model.importers.bns import OLE2_MAGIC, ZIP_MAGIC
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message

# Suffixes offered in the file dialog and picked up from a folder.
SUFFIXES = {".xls": "bns", ".xlsx": "bns", ".csv": "eurostat"}
INSTALLED_PACKAGE_DIRS = {"site-packages", "dist-packages"}
# The files an import rewrites; the folder itself is swapped by a rename.
WRITTEN_FILES = ("trade.csv", "sources.csv")


def kind_of(path: Path) -> str | None:
    """"bns" or "eurostat" for a file, by its suffix, else by its first bytes; None if neither."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is not None:
        return kind
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if head.startswith((OLE2_MAGIC, ZIP_MAGIC)):
        return "bns"
    try:
        first_line = head.decode("utf-8-sig").splitlines()[0] if head else ""
    except UnicodeDecodeError:
        return None
    # A Comext relational view starts with a header of quoted or comma-separated column names.
    return "eurostat" if "," in first_line and b"\0" not in head else None


def files_in_folder(folder: Path) -> list[Path]:
    """The statistics files directly in ``folder`` (not in sub-folders), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_mixed_files(paths: Iterable[Path], source_url: str = "") -> tuple[list[Figure], list[ImportProblem]]:
    """Figures and problems of files of either kind, each read by its own importer."""
    by_kind: dict[str, list[Path]] = {"bns": [], "eurostat": []}
    problems: list[ImportProblem] = []
    for path in paths:
        kind = kind_of(path)
        if kind is None:
            message = Message(QT_TRANSLATE_NOOP(
                "Import", "is neither a BNS workbook (.xls) nor a Eurostat Comext CSV download (.csv)"))
            problems.append(ImportProblem(path.name, "", message))
        else:
            by_kind[kind].append(path)
    figures: list[Figure] = []
    for kind, kind_paths in by_kind.items():
        if kind_paths:
            got, bad = read_files(kind, kind_paths)
            figures += got
            problems += bad
    return with_source_url(figures, source_url), problems


def with_source_url(figures: list[Figure], source_url: str) -> list[Figure]:
    """The figures with ``source_url`` as where they were downloaded from (as ``read_files`` does)."""
    return [replace(f, source_url=source_url) for f in figures] if source_url else list(figures)


def is_web_address(text: str) -> bool:
    """An http(s) address with a host, as the command line's ``--source-url`` requires."""
    parsed = urlparse(text.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


# Why a folder must not be written: marked for the window's languages (the dialog translates them).
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "ImportDialog", "The dataset folder cannot be found. Open a copy of the dataset folder first.")
BUNDLED_FOLDER = QT_TRANSLATE_NOOP(
    "ImportDialog", "The dataset that comes with kzeuviewer is not changed by imports. "
    "Open a copy of the dataset folder first (File ▸ Open dataset…).")
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "ImportDialog", "The dataset folder {folder} cannot be written. "
    "Open a copy of the dataset folder first (File ▸ Open dataset…).")


def refusal_reason(folder: Path) -> tuple[str, dict] | None:
    """Why an import must not write into ``folder``: a marked sentence and its values; None if it may."""
    try:
        resolved = folder.resolve()
        bundled = bundled_data_dir().resolve()
    except OSError:
        return FOLDER_MISSING, {}
    if resolved == bundled or INSTALLED_PACKAGE_DIRS & set(resolved.parts):
        return BUNDLED_FOLDER, {}
    # Applying writes a new copy next to the folder and swaps it in by renaming.
    writable = [resolved, resolved.parent] + [resolved / name for name in WRITTEN_FILES]
    if not all(os.access(p, os.W_OK) for p in writable if p.exists()):
        return READ_ONLY_FOLDER, {"folder": resolved}
    return None


def refusal(folder: Path) -> str | None:
    """Why an import must not write into ``folder`` (one English sentence), or None if it may."""
    reason = refusal_reason(folder)
    return reason[0].format(**reason[1]) if reason else None
