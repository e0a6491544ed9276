"""Update the Qt Linguist sources and compile them: ``python scripts/update_translations.py``.

1. ``pyside6-lupdate`` collects every marked text (``translate(...)``,
   ``QT_TRANSLATE_NOOP(...)``) of ``src/kzeuviewer`` into
   ``resources/i18n/kzeuviewer_{ru,kk}.ts`` (new texts arrive "unfinished";
   translations already there are kept) and the plural forms of English into
   ``kzeuviewer_en.ts`` (plural messages only: "1 event", "2 events").
2. Translate the unfinished messages (Qt Linguist: ``pyside6-linguist``, or any editor).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads;
   ``tests/test_i18n.py`` fails when a checked-in ``.qm`` is older than its ``.ts``.

``--compile-only`` skips step 1.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "kzeuviewer"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "ru", "kk")


def tool(name: str) -> str:
    """A PySide6 tool beside this Python, else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-lupdate and pyside6-lrelease)")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


PLURAL_FORMS = {"en": 2, "ru": 3, "kk": 2}  # as Qt's numerus rules count them
_COUNT = re.compile(r"%L?n")


def _plural_translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms already translated in ``ts``."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if any(forms):
                found[name, message.findtext("source", "")] = forms
    return found


def mark_plurals(ts: Path, code: str, known: dict[tuple[str, str], list[str]], plural_only: bool = False) -> None:
    """Make every message with %n a plural (numerus) message, keeping its translated forms.

    pyside6-lupdate marks ``translate(context, text, "", n)`` as numerus only
    when ``n`` is a literal; our counts are variables. ``plural_only`` drops
    the other messages (English needs only its plural forms).
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            if not _COUNT.search(source):
                if plural_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or known.get((name, source), [])
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            forms = (forms + [""] * PLURAL_FORMS[code])[: PLURAL_FORMS[code]]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            if all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
        if plural_only and context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> None:
    for code in LANGUAGES:
        ts = FOLDER / f"kzeuviewer_{code}.ts"
        known = _plural_translations(ts)
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                        "-target-language", code, *python_sources(), "-ts", str(ts.relative_to(ROOT))],
                       check=True, cwd=ROOT)
        mark_plurals(ts, code, known, plural_only=code == "en")


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile every ``kzeuviewer_*.ts`` of ``folder`` into ``out`` (default: beside it); the .qm paths."""
    out = out or folder
    written = []
    for ts in sorted(folder.glob("kzeuviewer_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        # Compile beside it, then rename: a running app maps the old .qm into memory, and
        # rewriting that file in place would pull the pages from under it (SIGBUS).
        partial = qm.with_name(qm.name + ".part")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True)
        os.replace(partial, qm)
        written.append(qm)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    if not args.compile_only:
        update()
    for qm in compile_all():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
