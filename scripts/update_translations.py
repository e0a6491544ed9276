"""Update the Qt Linguist sources and compile them: ``python scripts/update_translations.py``.

1. ``pyside6-lupdate`` collects every marked text (``translate(...)``,
   ``QT_TRANSLATE_NOOP(...)``) of ``src/kzeuviewer`` into
   ``resources/i18n/kzeuviewer_{ru,kk}.ts`` (new texts arrive "unfinished";
   translations already there are kept) and the plural forms of English into
   ``kzeuviewer_en.ts`` (``-pluralonly``: "1 event", "2 events").
2. Translate the unfinished messages (Qt Linguist: ``pyside6-linguist``, or any editor).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads;
   ``tests/test_i18n.py`` fails when a checked-in ``.qm`` is older than its ``.ts``.

``--compile-only`` skips step 1.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "kzeuviewer"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = {"en": ["-pluralonly"], "ru": [], "kk": []}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python, else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-lupdate and pyside6-lrelease)")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    for code, options in LANGUAGES.items():
        ts = FOLDER / f"kzeuviewer_{code}.ts"
        subprocess.run([tool("pyside6-lupdate"), *options, "-locations", "none", "-no-obsolete",
                        "-target-language", code, *python_sources(), "-ts", str(ts.relative_to(ROOT))],
                       check=True, cwd=ROOT)


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile every ``kzeuviewer_*.ts`` of ``folder`` into ``out`` (default: beside it); the .qm paths."""
    out = out or folder
    written = []
    for ts in sorted(folder.glob("kzeuviewer_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
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
