"""How a source's title is shown: a title in [brackets] was written for the dataset, not by the source."""

from __future__ import annotations

from .translatable import QT_TRANSLATE_NOOP

# Shown in the window with translate("Sources", SUPPLIED_TITLE_NOTE).
SUPPLIED_TITLE_NOTE = QT_TRANSLATE_NOOP("Sources", "Title supplied by the dataset; the source has none.")


def shown_title(title: str) -> tuple[str, bool]:
    """The title to show and whether the dataset supplied it (a ``[description]`` in sources.csv)."""
    text = str(title).strip()
    if len(text) > 2 and text.startswith("[") and text.endswith("]"):
        return text[1:-1].strip(), True
    return text, False
