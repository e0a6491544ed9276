"""Marking model texts for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate``
recognises the call by its name and puts ``text`` in the ``.ts`` files under
``context``. The window shows it with ``QCoreApplication.translate(context, text)``
(``kzeuviewer.ui.i18n.translate``); scripts, the command line and exported files
keep the English text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
