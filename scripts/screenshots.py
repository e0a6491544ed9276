"""Render each tab of the window offscreen to docs/screenshots/*.png.

    python scripts/screenshots.py [--size 1280x800] [--out docs/screenshots] [--suffix ""] [--theme light] [--lang en ru kk]

Each tab in each theme and language given. Light English pictures keep the
plain names (timeline.png); a dark theme adds "-dark", another language its code
("timeline-ru.png", "timeline-dark-kk.png").

Uses the bundled dataset and throw-away settings, so the pictures show what a
new user sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="", help="appended to each file name, e.g. -1920")
    parser.add_argument("--theme", action="append", choices=("light", "dark"), help="theme(s) to draw in (default light)")
    parser.add_argument("--lang", nargs="+", default=["en"], choices=["en", "ru", "kk"],
                        help="interface languages to render (other than English add -ru, -kk to the names)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kzeuviewer")
    with tempfile.TemporaryDirectory() as settings_dir:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        from kzeuviewer.ui import create_main_window
        from kzeuviewer.ui.settings import open_settings

        window = create_main_window(settings=open_settings())
        window.resize(width, height)
        window.show()
        settle(app)
        window.resize(width, height)
        # Show what a person sees after a click or two: a meeting and its people.
        window.tab("timeline").select_event("ev-2023-05-15-nurtleu-brussels")
        settle(app)
        window.tab("people").table.select_ids(["borrell-josep"])
        for name in args.theme or ["light"]:
            window.set_theme_choice(name)
            for code in args.lang:
                window.set_language(code)
                settle(app)
                suffix = ("" if name == "light" else f"-{name}") + ("" if code == "en" else f"-{code}")
                for key in ("timeline", "people", "trade"):
                    window.show_tab(key)
                    if key == "people":
                        window.tab("people").table.select_ids(["borrell-josep"])
                    settle(app)
                    path = out / f"{key}{suffix}{args.suffix}.png"
                    window.grab().save(str(path))
                    print(f"wrote {path} ({window.width()}×{window.height()})")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
