"""Does the window stay responsive while a million-row dataset is opened?

A timer asks the event loop to tick every 5 ms; every gap between two ticks
is time the window could not repaint or take a click. Two ways in:

1. **File ▸ Open** of a folder with ``--rows`` events and as many people, on a
   window already showing the bundled data (every tab built).
2. **Start-up** on that folder (``create_main_window(..., lazy_tabs=True)``,
   as ``kzeuviewer --data FOLDER`` does), from the window's first paint.

Each is timed until every tab has the new data and its background work
(the events list, the People tab's search indexes) is done. Printed: the
longest gap, the gaps over 200 ms, and what ran then; the baseline is the
same measurement on the bundled dataset, in the same run (medians of
``--repeat`` runs: the machines are shared and noisy).

Target (issue 13): no gap over 200 ms ("keep the interface responsive while
anything above 200 ms runs: a progress indicator and no frozen window").

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_responsiveness.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_load import synthetic_folder  # noqa: E402

TICK_MS = 5
VERBOSE = "--verbose" in sys.argv
FROZEN_MS = 200


class Ticks:
    """Records the gaps between the ticks of a 5 ms timer (each gap: the event loop was busy)."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.at: list[float] = []  # when each gap started, in seconds from the start
        self._last = self._start = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000)
            self.at.append(self._last - self._start)
        self._last = now

    def start(self) -> None:
        self._last = self._start = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self._tick()
        return self.gaps


def busy(window) -> bool:
    """Is any tab still to be built, or any background build of a tab still running?"""
    from kzeuviewer.ui.main_window import TAB_KEYS

    tabs = window._tabs  # noqa: SLF001 - which tabs exist is what this measures
    if len(tabs) < len(TAB_KEYS):
        return True
    return window.tab("timeline").list_pending() or window.tab("people").warming_up()


def run_until_ready(app, window, start_action, limit: float = 300.0) -> tuple[float, list[float]]:
    ticks = Ticks()
    ticks.start()
    started = time.perf_counter()
    QTimer.singleShot(0, start_action)
    app.processEvents()
    while time.perf_counter() - started < limit:
        app.processEvents()
        if window is not None and not busy(window()):
            break
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    gaps = ticks.stop()
    if VERBOSE:
        longest = sorted(zip(gaps, ticks.at, strict=True), reverse=True)[:6]
        print("    longest gaps (ms at s):", ", ".join(f"{g:.0f} at {t:.2f}" for g, t in longest))
    return elapsed, gaps


def report(label: str, runs: list[tuple[float, list[float]]]) -> None:
    """Medians over the runs: time until ready, longest gap, gaps over FROZEN_MS; and each run's longest gap."""
    longest = [max(gaps, default=0.0) for _elapsed, gaps in runs]
    frozen = [[g for g in gaps if g > FROZEN_MS] for _elapsed, gaps in runs]
    middle = statistics.median(longest)
    verdict = "MET" if middle <= FROZEN_MS else "NOT MET"
    print(f"  {label:44s} ready after {statistics.median(e for e, _g in runs):5.2f} s; longest gap {middle:5.0f} ms "
          f"(runs: {', '.join(f'{g:.0f}' for g in longest)}); gaps > {FROZEN_MS} ms: "
          f"{statistics.median(len(f) for f in frozen):.0f} -> {verdict}")


def open_from_menu(app, folder: Path | None) -> tuple[float, list[float]]:
    from kzeuviewer.ui.app import create_main_window

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = create_main_window(data_dir=None, settings=settings)  # as the app starts, on the bundled data
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    result = run_until_ready(app, lambda: window, lambda: window.open_dataset(folder))
    window.close()
    return result


def start_up(app, folder: Path | None) -> tuple[float, list[float]]:
    from kzeuviewer.ui.app import create_main_window

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    holder = {}

    def start() -> None:
        window = create_main_window(data_dir=folder, settings=settings, lazy_tabs=True)
        window.resize(1280, 800)
        window.show()
        holder["window"] = window

    # The window does not exist before its dataset is read: ticks start once it is shown.
    start()
    result = run_until_ready(app, lambda: holder["window"], lambda: None)
    holder["window"].close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=None, help="reuse (or write) the dataset here")
    parser.add_argument("--verbose", action="store_true", help="also print when the longest gaps began")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each scenario (medians are printed)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    folder = synthetic_folder(args.rows, args.folder)
    from kzeuviewer.model import bundled_data_dir

    print(f"event-loop gaps (a {TICK_MS} ms timer), until every tab has the data and its background work is done")
    for name, scenario in (("File > Open", open_from_menu), ("start-up, from the first paint", start_up)):
        report(f"{name}: bundled dataset (baseline)", [scenario(app, bundled_data_dir()) for _ in range(args.repeat)])
        report(f"{name}: {args.rows:,} events + people", [scenario(app, folder) for _ in range(args.repeat)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
