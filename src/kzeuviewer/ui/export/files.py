"""A tab's view as files: an image, its CSV, or both as one atomic group.

Used by the export dialog, ``MainWindow.export_view`` and the clipboard copy,
so all of them write exactly what the tab's view state shows. An image and
its CSV are written together or not at all: if either fails, neither target
is touched.
"""

from __future__ import annotations

import os
from pathlib import Path

from kzeuviewer.exporters import ExportError, atomic_group, atomic_write, verify_pdf
from kzeuviewer.exporters.atomic import scratch_dir
from kzeuviewer.model.captions import Caption
from kzeuviewer.model.formats import DEFAULT_SIZE, IMAGE_FORMATS, TRANSPARENT_FORMATS, check_size
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP, Message

from ..theming import rendering_theme


def csv_path_for(image: Path) -> Path:
    """The CSV written beside an image: same name, ``.csv``."""
    return image.with_suffix(".csv")


def _image_writer(tab, suffix: str, width: int, height: int, transparent: bool, caption: Caption | None):
    """Render into a scratch file with the right extension, then hand it over as the temporary part."""

    def write(part: Path) -> None:
        with scratch_dir(part) as folder:
            scratch = folder / f"view{suffix}"
            tab.write_view_image(scratch, width, height, transparent, caption)
            os.replace(scratch, part)

    return write


def export_view(
    tab,
    path,
    width: int | None = None,
    height: int | None = None,
    *,
    transparent: bool = False,
    caption: bool | Caption = True,
    with_csv: bool = False,
    look: str | None = None,
) -> list[Path]:
    """Write ``tab``'s view to ``path``: an image by its extension, or the view's data for ``.csv``.

    ``caption`` True draws the tab's own caption (False: none; a
    :class:`Caption`: that one). ``with_csv`` also writes the data beside the
    image, atomically with it. ``look`` draws the image in the "light" or
    "dark" theme (None or "screen": as on screen). Returns the paths written; raises
    :class:`ExportError` with a message that names the file.
    """
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [atomic_write(path, tab.write_view_csv)]
    if suffix not in IMAGE_FORMATS:
        known = ", ".join(sorted({*IMAGE_FORMATS, ".csv"}))
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot export {file}: unknown format {suffix}; use one of {known}"),
                                  file=path.name, known=known,
                                  suffix=suffix or Message(QT_TRANSLATE_NOOP("Export", "(no extension)"))))
    if not getattr(tab, "exports_images", False):
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Export", "Cannot export {file}: the {tab} tab exports its table as CSV or XLSX, not images"),
            file=path.name, tab=Message(tab.title, context="Tabs")))
    width, height = width or DEFAULT_SIZE[0], height or DEFAULT_SIZE[1]
    problem = check_size(width, height)
    if problem:
        raise ExportError(Message(QT_TRANSLATE_NOOP("Export", "Cannot export {file}: {reason}"), file=path.name, reason=problem))
    fmt = IMAGE_FORMATS[suffix]
    if transparent and fmt not in TRANSPARENT_FORMATS:
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Export", "Cannot export {file}: a transparent background needs PNG or SVG, not {format}"),
            file=path.name, format=fmt))
    drawn = tab.view_caption() if caption is True else (caption or None)
    writers = {path: _image_writer(tab, suffix, width, height, transparent, drawn)}
    checks = {path: verify_pdf} if fmt == "PDF" else {}
    if with_csv:
        writers[csv_path_for(path)] = tab.write_view_csv
    with rendering_theme(look):
        return atomic_group(writers, checks)
