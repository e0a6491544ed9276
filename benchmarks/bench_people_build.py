"""Building the People tab at a million rows: loaded dataset → first painted table.

Through the real window: a ``MainWindow`` is shown on a small dataset, then
its People tab is given the big one (``PeopleTab.set_dataset``) and the clock
stops when the table's viewport has painted. Printed beside two baselines
from the same run:

- the plain pandas way to build the same rows (people left-joined with their
  awards, ``DataFrame.merge``), and
- a ``QTableView`` over a trivial ``QAbstractTableModel`` of those rows
  (``DataFrame.iat`` per cell), set → first paint.

Then: how long the search indexes and sort ranks take to finish in the
background (the tab is usable meanwhile), and a first sort by Name once they
have. Target (issue 13): tab built <= 1 s; sort by a text column <= 100 ms.

Each case is measured ``--repeat`` times (the dataset given to the tab again each
time) and the medians printed, the baselines' medians beside them.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_people_build.py [--rows N] [--cases distinct,repeated] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from synthetic import synthetic_dataset_dir  # noqa: E402

_ROOT = QModelIndex()


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, widget) -> None:
    watch = FirstPaint()
    widget.installEventFilter(watch)
    widget.update()
    while not watch.painted:
        app.processEvents()
    widget.removeEventFilter(watch)


class FrameModel(QAbstractTableModel):
    """The baseline model: a DataFrame read cell by cell."""

    def __init__(self, frame: pd.DataFrame):
        super().__init__()
        self.frame = frame

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.frame.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.frame.iat[index.row(), index.column()]
            return "" if pd.isna(value) else str(value)
        return None


def plain_frame(dataset) -> pd.DataFrame:
    people = dataset.people[["person_id", "name", "role", "organisation", "side"]]
    awards = dataset.awards[["person_id", "award", "degree", "date", "conferred_by", "event_id"]]
    return people.merge(awards, on="person_id", how="left", sort=False)


def measure(app, window, dataset) -> dict[str, float]:
    gc.collect()
    start = time.perf_counter()
    frame = plain_frame(dataset)
    merge = time.perf_counter() - start
    view = QTableView()
    view.resize(1280, 800)
    view.show()
    until_painted(app, view.viewport())
    start = time.perf_counter()
    view.setModel(FrameModel(frame))
    until_painted(app, view.viewport())
    plain_view = time.perf_counter() - start
    view.close()
    del view, frame
    gc.collect()

    tab = window.tab("people")
    window.show_tab("people")
    # Unsorted, as a first build is: the state (and with it the last run's sort by Name) carries over.
    tab.state.update(sort=())
    until_painted(app, tab.table.viewport())
    start = time.perf_counter()
    tab.set_dataset(dataset)
    until_painted(app, tab.table.viewport())
    build = time.perf_counter() - start
    query = tab.model.query
    while not query.ready or any(t.name == "people-warm-up" for t in threading.enumerate()):
        app.processEvents()
        time.sleep(0.005)
    ready = time.perf_counter() - start

    header = tab.table.horizontalHeader()
    sorts = []
    for _ in range(3):
        x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
        begin = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, header.height() // 2))
        app.processEvents()
        sorts.append(time.perf_counter() - begin)
    return {"merge": merge, "plain_view": plain_view, "build": build, "ready": ready,
            "sort": statistics.median(sorts), "rows": len(query)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--cases", default="distinct,repeated")
    parser.add_argument("--repeat", type=int, default=3, help="measurements per case (medians are printed)")
    args = parser.parse_args()
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.loader import bundled_data_dir
    from kzeuviewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_dataset(bundled_data_dir()), settings, lazy_tabs=True)
    window.resize(1280, 800)
    window.show()
    for case in [c.strip() for c in args.cases.split(",") if c.strip()]:
        dataset = load_dataset(synthetic_dataset_dir(args.rows, distinct=case == "distinct"))
        runs = [measure(app, window, dataset) for _ in range(max(args.repeat, 1))]
        result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        builds = ", ".join(f"{run['build'] * 1000:.0f}" for run in runs)
        base = result["merge"] + result["plain_view"]
        print(f"\n=== {case}: {int(result['rows']):,} rows, medians of {len(runs)} ===")
        print(f"  baseline: pandas merge {result['merge'] * 1000:7.0f} ms + QTableView over it "
              f"{result['plain_view'] * 1000:5.0f} ms = {base * 1000:7.0f} ms")
        print(f"  People tab set_dataset -> first paint: {result['build'] * 1000:7.0f} ms "
              f"({result['build'] / base:.2f}x baseline; target <= 1000 ms -> "
              f"{'MET' if result['build'] <= 1 else 'NOT MET'}; runs: {builds} ms)")
        print(f"  search indexes, sort ranks, id look-ups ready (worker thread): {result['ready'] * 1000:7.0f} ms")
        print(f"  sort by Name (header click, median of 3): {result['sort'] * 1000:7.1f} ms "
              f"(target <= 100 ms -> {'MET' if result['sort'] <= 0.1 else 'NOT MET'})")
        del dataset
        gc.collect()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
