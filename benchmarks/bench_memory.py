"""Memory of the whole window at a million events and a million people, and over a soak.

1. Writes the load benchmark's dataset (``--rows`` events and as many people),
   opens the real ``MainWindow`` on it with every tab built (and the People
   tab's background build of search indexes finished), and prints the
   process's resident memory (RSS) beside the CSV bytes on disk and beside
   the RSS of the same process before the dataset was loaded (Qt, pandas and
   pyqtgraph imported: the floor). Also where the bytes go: each table's
   DataFrame column by column, and how much the process grew for each tab.
2. Soak: types ``--keystrokes`` search keystrokes into the People tab (words
   typed, then cleared) and drives ``--zooms`` zoom steps on the Timeline's
   view (``window.tab("timeline").view.zoom``), and compares the RSS after
   all of them with the RSS after the first 100 of each.
3. Opens the same folder again through ``MainWindow.open_dataset`` (File ▸ Open)
   and prints the RSS after it beside the RSS before: the replaced dataset must
   be freed (no garbage-collector pass is forced), and the process's peak.

Targets (issue 13): window <= 3x the CSV bytes; soak growth <= 1.05x.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--rows 1000000] [--keystrokes 10000] [--zooms 2000]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_load import synthetic_folder  # noqa: E402

WORDS = ("jankauskas12", "borrell", "minister", "astana", "mogherini7", "ursula", "kęstutis", "p12345")


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def peak_rss_bytes() -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def mb(value: float) -> str:
    return f"{value / 1e6:8.0f} MB"


def print_growth(after_first: int | None, after_all: int) -> None:
    """A soak's RSS growth beside its target (nothing when it was too short to measure after the first 100)."""
    if after_first:
        growth = after_all / after_first
        print(f"  RSS after 100: {mb(after_first)}; after all: {mb(after_all)}; growth {growth:.3f}x "
              f"(target <= 1.05x -> {'MET' if growth <= 1.05 else 'NOT MET'})")


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def wait_for(app, busy, limit: float = 300.0) -> float:
    """Run the event loop while ``busy()`` (at most ``limit`` seconds); how long it took."""
    start = time.perf_counter()
    while busy() and time.perf_counter() - start < limit:
        app.processEvents()
        time.sleep(0.02)
    return time.perf_counter() - start


def column_breakdown(frame) -> str:
    """The columns of a DataFrame by deep size, largest first."""
    sizes = frame.memory_usage(deep=True, index=False).sort_values(ascending=False)
    return ", ".join(f"{column} {size / 1e6:.0f} ({frame[column].dtype})" for column, size in sizes.items() if size >= 1e6)


def keystrokes(app, field, count: int):
    """Type words letter by letter (clearing between words) until ``count`` keystrokes; yields after each."""
    typed = 0
    while typed < count:
        for word in WORDS:
            field.clear()
            for char in word:
                QTest.keyClick(field, char)
                app.processEvents()
                typed += 1
                yield typed
                if typed >= count:
                    return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keystrokes", type=int, default=10_000)
    parser.add_argument("--zooms", type=int, default=2_000)
    parser.add_argument("--folder", type=Path, default=None, help="reuse (or write) the dataset here")
    args = parser.parse_args()

    from kzeuviewer.model import load_dataset
    from kzeuviewer.ui.main_window import TAB_KEYS, MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    folder = synthetic_folder(args.rows, args.folder)
    csv_bytes = sum(f.stat().st_size for f in folder.glob("*.csv"))
    gc.collect()
    floor = rss_bytes()

    start = time.perf_counter()
    dataset = load_dataset(folder)
    gc.collect()
    loaded = rss_bytes()
    print(f"load_dataset: {time.perf_counter() - start:6.1f} s")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    # Tabs built one by one (what lazy_tabs=False does at once) to see what each one costs.
    window = MainWindow(dataset, settings, lazy_tabs=True)
    tab_growth = {}
    previous = loaded
    for key in TAB_KEYS:
        window.ensure_tab(key)
        settle(app)
        gc.collect()
        tab_growth[key] = rss_bytes() - previous
        previous += tab_growth[key]
    window.resize(1280, 800)
    window.show()
    settle(app)
    while window.tab("timeline").list_pending():  # a large events list is built in a worker thread
        app.processEvents()
        time.sleep(0.01)
    gc.collect()
    tab_growth["(shown and painted, events list built)"] = rss_bytes() - previous
    previous += tab_growth["(shown and painted, events list built)"]
    people = window.tab("people")
    waited = wait_for(app, people.warming_up)
    wait_for(app, lambda: True, limit=0.5)  # the window at rest: what it does once its work is done (see MainWindow._release_memory)
    gc.collect()
    tab_growth["(People search indexes, background)"] = rss_bytes() - previous
    print(f"window with every tab built and shown: {time.perf_counter() - start:6.1f} s "
          f"(of which {waited:.1f} s waiting for the People tab's background build)")
    gc.collect()
    whole = rss_bytes()

    print(f"\nCSV files on disk: {mb(csv_bytes)}")
    print(f"process before loading (floor):       {mb(floor)}")
    print(f"after load_dataset:                   {mb(loaded)}  (+{mb(loaded - floor).strip()} over the floor)")
    for name in ("events", "people"):
        frame = dataset.tables[name]
        print(f"  {name:7s} DataFrame (deep):       {mb(frame.memory_usage(deep=True).sum())}")
        print(f"    MB by column: {column_breakdown(frame)}")
    for key, growth in tab_growth.items():
        print(f"  + {key:36s} {mb(growth)}")
    print(f"whole window (RSS):                   {mb(whole)}")
    ratio = whole / csv_bytes
    above_floor = (whole - floor) / csv_bytes
    print(f"  RSS / CSV bytes: {ratio:.2f}x; (RSS - floor) / CSV bytes: {above_floor:.2f}x  "
          f"(target <= 3x -> {'MET' if ratio <= 3 else 'NOT MET'})")

    window.show_tab("people")
    settle(app)
    field = people.search_field()
    after_first = None
    start = time.perf_counter()
    for typed in keystrokes(app, field, args.keystrokes):
        if typed == 100:
            gc.collect()
            after_first = rss_bytes()
    field.clear()
    settle(app)
    gc.collect()
    after_keys = rss_bytes()
    print(f"\nsoak: {args.keystrokes:,} search keystrokes in {time.perf_counter() - start:6.1f} s")
    print_growth(after_first, after_keys)

    timeline = window.tab("timeline")
    window.show_tab("timeline")
    settle(app)
    view = timeline.view
    after_first = None
    start = time.perf_counter()
    for step in range(1, args.zooms + 1):
        # In and out in runs of ten, so the view keeps coming back over the same range.
        view.zoom(0.8 if (step // 10) % 2 == 0 else 1.25)
        app.processEvents()
        if step == 100:
            gc.collect()
            after_first = rss_bytes()
    gc.collect()
    after_zooms = rss_bytes()
    print(f"soak: {args.zooms:,} zoom steps in {time.perf_counter() - start:6.1f} s")
    print_growth(after_first, after_zooms)

    # 3. The same folder opened again (File > Open): the replaced dataset and what the tabs built of it
    # must go (no collector pass is forced: what reference counting does not free, stays).
    del dataset, frame  # this script's own references to the first dataset
    start = time.perf_counter()
    window.open_dataset(folder)
    wait_for(app, lambda: window.tab("timeline").list_pending() or people.warming_up())
    wait_for(app, lambda: True, limit=0.5)  # at rest, as above
    again = rss_bytes()
    print(f"\nopened again (File > Open): {time.perf_counter() - start:6.1f} s; RSS {mb(again)} "
          f"({again / after_zooms:.2f}x the RSS before; peak of the process {mb(peak_rss_bytes())})")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
