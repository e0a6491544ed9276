"""Start-up: process start → first painted window showing the bundled data.

Compared with a floor process started the same way that imports the same
libraries (PySide6, pandas, numpy, pyqtgraph) and shows an empty three-tab
window. Target: app <= 1.25x the floor (medians of repeated runs).

    python benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r'''
import sys, time
launched = float(sys.argv[2])
import os
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

class FirstPaint(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.wanted(obj):
            print(f"{time.time() - launched:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            self.wanted = lambda _obj: False
        return False

app = QApplication(sys.argv[:1])
if sys.argv[1] == "floor":
    import numpy, pandas, pyqtgraph  # noqa: F401  the same imports as the app
    window = QMainWindow()
    tabs = QTabWidget()
    for title in ("Timeline", "People & awards", "Trade"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    watcher = FirstPaint(lambda obj: obj is tabs.widget(0))
else:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
    from kzeuviewer.ui.app import create_main_window
    window = create_main_window(lazy_tabs=True)
    # The first paint of the timeline plot's viewport: the bundled data is on screen.
    def is_timeline(obj):
        parent = obj.parent() if hasattr(obj, "parent") else None
        return obj.objectName() == "timelineView" or (parent is not None and parent.objectName() == "timelineView")
    watcher = FirstPaint(is_timeline)
app.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
app.exec()
'''


def run(kind: str, settings_dir: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has compiled bytecode (pip writes it); so must the
    # editable checkout, or every run pays for compiling its modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    launched = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, kind, repr(launched), settings_dir],
        capture_output=True, text=True, env=env, timeout=60,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{kind} run failed:\n{result.stdout}\n{result.stderr}")
    return float(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    floor, app = [], []
    with tempfile.TemporaryDirectory() as settings_dir:
        run("floor", settings_dir), run("app", settings_dir)  # warm the file cache
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            floor.append(run("floor", settings_dir))
            app.append(run("app", settings_dir))
    floor_median, app_median = statistics.median(floor), statistics.median(app)
    ratio = app_median / floor_median
    print(f"start-up to first paint, median of {args.runs} runs (offscreen)")
    print(f"  floor (imports + empty 3-tab window): {floor_median * 1000:7.0f} ms")
    print(f"  kzeuviewer on the bundled data      : {app_median * 1000:7.0f} ms")
    print(f"  ratio: {ratio:.2f}x  (target <= 1.25x) -> {'MET' if ratio <= 1.25 else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
