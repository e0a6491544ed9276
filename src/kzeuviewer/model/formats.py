"""What can be exported, and how big: one table for the window and the command line."""

from __future__ import annotations

from .translatable import QT_TRANSLATE_NOOP, Message

# Extension -> image format name. The format always comes from the file name.
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG", ".pdf": "PDF"}
TRANSPARENT_FORMATS = ("PNG", "SVG")
TABLE_FORMATS = (".csv", ".xlsx")
# Exports larger than this keep this layout and are drawn scaled up, so text
# and lines keep their proportions (a 4K export looks like a sharp 720p one).
REFERENCE_SIZE = (1280, 720)
DEFAULT_SIZE = (1920, 1080)
MIN_SIDE = 16
MAX_SIDE = 20000


def check_size(width: int, height: int) -> str | None:
    """Why ``width`` × ``height`` cannot be exported, or None when it can."""
    for name, value in (("width", width), ("height", height)):
        if not isinstance(value, int) or isinstance(value, bool):
            return (Message(QT_TRANSLATE_NOOP("Export", "width must be a whole number of pixels")) if name == "width"
                    else Message(QT_TRANSLATE_NOOP("Export", "height must be a whole number of pixels")))
        if not MIN_SIDE <= value <= MAX_SIDE:
            return (Message(QT_TRANSLATE_NOOP("Export", "width must be between {min} and {max} pixels, not {value}"),
                            min=MIN_SIDE, max=MAX_SIDE, value=value) if name == "width"
                    else Message(QT_TRANSLATE_NOOP("Export", "height must be between {min} and {max} pixels, not {value}"),
                                 min=MIN_SIDE, max=MAX_SIDE, value=value))
    return None
