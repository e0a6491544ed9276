"""How long a zoom or pan of the timeline takes to re-render with 10,000 events.

Each step changes the visible range (zoom in/out by 1.25x or pan by 15%) and
then repaints the plot synchronously; the time covers both, including the
label layout. Three scenes are measured in the same run, on the same widget
size and the same sequence of range changes:

* ``timeline``: the real TimelineView with 10,000 synthetic events;
* ``tab``:      the whole Timeline tab (view, events list, Years fields, counts),
  each step a range change on the view's ViewBox as a wheel or drag makes it,
  then the event loop runs as it would: ``tab-idle`` is the time until nothing
  is pending (plot, list narrowed to the visible range, fields and counts all
  repainted); ``tab-cpu`` the CPU time of the same (steadier when other
  programs share the machine); ``tab-plot`` is when the plot's repaint
  *started*, so it shows whether the list work delays the plot;
* ``floor``:    an empty PlotWidget with the timeline's date axis (the cost
  of the axis and the view itself: what no timeline can go below);
* ``floor-pg``: an empty plot with pyqtgraph's DateAxisItem and its grid, for
  scale (it converts every tick to local time with QDateTime calls);
* ``naive``:    the same events drawn the straightforward way: one TextItem per
  event (every title, no collision handling) over one scatter of markers.

Target: median <= 30 ms for ``timeline``. Not part of the test run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline.py [events] [--skip-naive]

(building the naive scene takes about 15 s on this machine; --skip-naive leaves it out)

A million events (issue 13), ``--events 1000000``: the scenes above on 10,000
events are the baseline, measured in the same run, then on the large dataset:

* ``first-paint``: from the loaded dataset to the first paint of the
  timeline, through ``MainWindow`` as the app opens (the Timeline tab built
  first, the other tabs after its first paint), beside the same at 10,000;
* ``all-visible``: zoom and pan steps while (nearly) every event is in view
  (density strips), each as the event loop runs it, list included;
* ``10k-visible``: the same steps zoomed to about 10,000 events in view
  (markers and titles); both beside the 10,000-event ``tab-idle`` baseline;
* ``kind toggle``: a kind hidden and shown again by its check box: the click,
  the longest turn of the event loop after it, and the time until the new
  lanes (laid out in a worker thread) are shown.

Targets: first paint <= 3 s; steps <= 100 ms with all visible, <= 20 ms at
10k visible; no step over 200 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WIDTH, HEIGHT = 1280, 560
WORDS = (
    "EU Kazakhstan cooperation council committee visit summit agreement partnership energy raw materials "
    "transport investment forum ministerial round negotiations Astana Brussels Almaty delegation strategy "
    "Central Asia roadmap memorandum signed adopted official working meeting"
).split()
KINDS = ["visit", "summit", "meeting", "agreement", "award", "other"]


def write_synthetic_dataset(folder: Path, events: int, seed: int = 7) -> Path:
    """A valid dataset folder with ``events`` events over 1990–2025 (partial dates, spans, people)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sources = pd.DataFrame(
        {
            "source_id": [f"s{i}" for i in range(500)],
            "title": [f"Source {i}" for i in range(500)],
            "publisher": [f"Publisher {i % 40}" for i in range(500)],
            "url": [f"https://example.org/{i}" for i in range(500)],
            "published": ["2020-01-01"] * 500,
            "quote": ["a quote"] * 500,
        }
    )
    people = pd.DataFrame(
        {
            "person_id": [f"p{i}" for i in range(300)],
            "name": [f"Person {i}" for i in range(300)],
            "role": ["Minister"] * 300,
            "organisation": ["Government"] * 300,
            "side": rng.choice(["KZ", "EU"], 300),
            "source_ids": ["s1"] * 300,
        }
    )
    first = np.datetime64("1990-01-01")
    days = rng.integers(0, 365 * 36, events)
    starts = (first + days.astype("timedelta64[D]")).astype("datetime64[D]")
    kind_of_date = rng.choice(np.array(["day", "month", "year", "span"]), events, p=[0.8, 0.1, 0.04, 0.06])
    day_text = starts.astype(str)
    # Vectorised (a million events): month and year dates are the day's text cut short.
    dates = np.where(kind_of_date == "month", day_text.astype("U7"),
                     np.where(kind_of_date == "year", day_text.astype("U4"), day_text))
    lengths = rng.integers(1, 5, events).astype("timedelta64[D]")
    ends = np.where(kind_of_date == "span", (starts + lengths).astype(str), "")
    word_index = rng.integers(0, len(WORDS), (events, 11))
    word_count = rng.integers(3, 12, events)
    words = np.array(WORDS)[word_index]
    titles = [" ".join(row[:count]) for row, count in zip(words.tolist(), word_count.tolist(), strict=True)]
    ids = np.char.add("ev", np.arange(events).astype(str))
    frame = pd.DataFrame(
        {
            "event_id": ids,
            "date": dates,
            "end_date": ends,
            "title": titles,
            "kind": rng.choice(KINDS, events, p=[0.25, 0.05, 0.35, 0.15, 0.05, 0.15]),
            "location": rng.choice(["Astana", "Brussels", "Almaty", ""], events),
            "summary": titles,
            "source_ids": np.char.add("s", (np.arange(events) % 500).astype(str)),
            # A few events whose date or facts rest on one source: the question marks.
            "confidence": rng.choice(np.array(["confirmed", "single-source"]), events, p=[0.98, 0.02]),
        }
    )
    participants = pd.DataFrame(
        {
            "event_id": np.repeat(ids, 2),
            "person_id": np.char.add("p", rng.integers(0, 300, events * 2).astype(str)),
            "role": "",
        }
    ).drop_duplicates(["event_id", "person_id"])
    empty_trade = "series,year,flow,value,unit,reporter,partner,partner_scope,source_ids\n"
    sources.to_csv(folder / "sources.csv", index=False)
    people.to_csv(folder / "people.csv", index=False)
    frame.to_csv(folder / "events.csv", index=False)
    participants.to_csv(folder / "participants.csv", index=False)
    (folder / "awards.csv").write_text("award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n")
    (folder / "trade.csv").write_text(empty_trade)
    return folder


def range_steps(view_box, count: int, wide: bool = False):
    """The same zoom/pan sequence for every scene: in ×4, pans, out ×4, ...

    ``wide``: one step in and out, small pans: the view keeps (nearly) everything it showed.
    """
    pattern = ["in", "in", "pan+", "in", "in", "pan-", "pan-", "out", "out", "pan+", "out", "out"]
    if wide:
        pattern = ["in", "pan+", "pan-", "out"]
    for i in range(count):
        step = pattern[i % len(pattern)]
        low, high = view_box.viewRange()[0]
        width = high - low
        if step == "in":
            view_box.setXRange(low + width * 0.1, high - width * 0.1, padding=0)
        elif step == "out":
            view_box.setXRange(low - width * 0.125, high + width * 0.125, padding=0)
        else:
            shift = width * (0.15 if step == "pan+" else -0.15) * (0.2 if wide else 1)
            view_box.setXRange(low + shift, high + shift, padding=0)
        yield step


def measure(widget, view_box, app, count: int) -> list[float]:
    """Milliseconds per range change + synchronous repaint."""
    times = []
    steps = range_steps(view_box, count)
    for _ in range(count):
        app.processEvents()
        start = time.perf_counter()
        next(steps)
        widget.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_tab(tab, app, count: int, wide: bool = False) -> tuple[list[float], list[float], list[float]]:
    """Per step, as the event loop runs it (no forced repaint), in ms: until the plot's
    repaint starts, until idle, and the CPU time until idle (steadier on a shared machine).

    A step is a range change as a wheel or drag makes it; then the event loop
    runs until nothing is pending: the plot repaints, the list, the Years
    fields and the counts follow, and they repaint.
    """
    from PySide6.QtCore import QEvent, QObject

    class PlotPainted(QObject):
        at = 0.0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                # Filters see an event before its widget does: the paint starts now.
                PlotPainted.at = time.perf_counter()
            return False

    watcher = PlotPainted()
    tab.view.viewport().installEventFilter(watcher)
    plot_times, idle_times, cpu_times = [], [], []
    steps = range_steps(tab.view.viewbox, count, wide)
    for _ in range(count):
        app.processEvents()
        app.processEvents()
        PlotPainted.at = 0.0
        cpu = time.process_time()
        start = time.perf_counter()
        next(steps)
        app.processEvents()
        app.processEvents()
        end = time.perf_counter()
        cpu_times.append((time.process_time() - cpu) * 1000)
        idle_times.append((end - start) * 1000)
        plot_times.append(((PlotPainted.at or end) - start) * 1000)
    tab.view.viewport().removeEventFilter(watcher)
    return plot_times, idle_times, cpu_times


def tab_widget(dataset, folder: Path):
    from PySide6.QtCore import QSettings

    from kzeuviewer.ui.context import AppContext
    from kzeuviewer.ui.timeline.tab import TimelineTab

    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    context = AppContext(dataset, settings)
    tab = TimelineTab(context)
    tab.set_dataset(dataset)
    tab.resize(WIDTH + 400, HEIGHT + 420)
    return context, tab


def floor_widget(stock_axis: bool = False):
    from kzeuviewer.ui.timeline.axis import TimelineDateAxis

    axis = pg.DateAxisItem(orientation="bottom", utcOffset=0) if stock_axis else TimelineDateAxis()
    widget = pg.PlotWidget(background="w", axisItems={"bottom": axis})
    if stock_axis:
        widget.getPlotItem().showGrid(x=True, alpha=0.12)  # a stock date plot's vertical grid
    widget.getPlotItem().getViewBox().setMouseEnabled(y=False)
    return widget


def naive_widget(data):
    """One TextItem per event with its title, over one scatter of markers."""
    widget = floor_widget(stock_axis=True)
    plot = widget.getPlotItem()
    lane = data.kind_codes.astype(float)
    plot.addItem(pg.ScatterPlotItem(x=data.anchor, y=lane, size=10, brush="b"))
    for x, y, title in zip(data.anchor.tolist(), lane.tolist(), data.titles, strict=True):
        text = pg.TextItem(title, color="k", anchor=(0, 1))
        text.setPos(x, y)
        plot.addItem(text, ignoreBounds=True)
    plot.setYRange(-0.5, 5.5, padding=0)
    return widget


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"{name:<10} median {statistics.median(times):7.1f} ms   p90 {p90:7.1f} ms   max {max(times):7.1f} ms   (n={len(times)})"


def first_paint_through_window(dataset, app, folder: Path) -> tuple[float, float, object]:
    """Seconds from the loaded dataset to the timeline's first paint, as the app opens its window,
    and to the events list being ready too."""
    from PySide6.QtCore import QEvent, QObject, QSettings

    from kzeuviewer.ui import settings as prefs
    from kzeuviewer.ui.main_window import MainWindow

    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    prefs.put(settings, prefs.WINDOW_TAB, "timeline")
    painted = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not painted \
                    and watched.parent() is not None and watched.parent().objectName() == "timelineView":
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    app.installEventFilter(watch)
    # The window builds its other tabs after the timeline's first paint, on the GUI thread:
    # note when, to tell their stalls from the timeline's.
    other_builds = []
    real_ensure = MainWindow.ensure_tab

    def ensure_tab(self, key):
        began = time.perf_counter()
        try:
            return real_ensure(self, key)
        finally:
            if key != "timeline":
                other_builds.append((began, time.perf_counter()))

    MainWindow.ensure_tab = ensure_tab
    start = time.perf_counter()
    window = MainWindow(dataset, settings, lazy_tabs=True)
    window.resize(WIDTH + 400, HEIGHT + 420)
    window.show()
    while not painted and time.perf_counter() - start < 600:
        app.processEvents()
    app.removeEventFilter(watch)
    first_paint = (painted[0] if painted else time.perf_counter()) - start
    # Large timelines prepare the events list in a worker thread after the first paint: how long
    # the event loop could not turn meanwhile (the longest gap between two turns) says how responsive it stayed.
    tab = window.tab("timeline")
    gaps, last = [], time.perf_counter()
    while tab.list_pending() and time.perf_counter() - start < 600:
        app.processEvents()
        now = time.perf_counter()
        gaps.append((last, now))
        time.sleep(0.005)
        last = time.perf_counter()
    MainWindow.ensure_tab = real_ensure
    first_paint_through_window.longest_gap = max((b - a for a, b in gaps), default=0.0)
    first_paint_through_window.longest_own_gap = max(
        (b - a for a, b in gaps if not any(a < end and begin < b for begin, end in other_builds)), default=0.0)
    return first_paint, time.perf_counter() - start, window


def main() -> int:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    events = int(numbers[0]) if numbers else 10_000
    if "--events" in sys.argv:
        return main_large(int(sys.argv[sys.argv.index("--events") + 1]))
    skip_naive = "--skip-naive" in sys.argv
    app = QApplication.instance() or QApplication([])
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import TimelineData
    from kzeuviewer.ui.timeline.view import TimelineView

    with tempfile.TemporaryDirectory() as folder:
        dataset = load_dataset(write_synthetic_dataset(Path(folder) / "synthetic", events))
    started = time.perf_counter()
    data = TimelineData(dataset)
    view = TimelineView()
    view.resize(WIDTH, HEIGHT)
    view.set_data(data)
    view.fit()
    view.show()
    app.processEvents()
    view.viewport().repaint()
    print(f"{events:,} events; prepare + first paint {(time.perf_counter() - started) * 1000:.0f} ms")
    (first, last) = view.x_range()

    results = {}
    results["timeline"] = measure(view, view.viewbox, app, 120)
    labels = len(view.labels.placed[0])
    view.hide()

    with tempfile.TemporaryDirectory() as folder:
        _context, tab = tab_widget(dataset, Path(folder))
        tab.show()
        app.processEvents()
        tab.view.viewbox.setXRange(first, last, padding=0)
        results["tab-plot"], results["tab-idle"], results["tab-cpu"] = measure_tab(tab, app, 120)
        tab.hide()

    for name, stock in (("floor", False), ("floor-pg", True)):
        floor = floor_widget(stock)
        floor.resize(WIDTH, HEIGHT)
        floor.getPlotItem().getViewBox().setXRange(first, last, padding=0)
        floor.show()
        app.processEvents()
        results[name] = measure(floor, floor.getPlotItem().getViewBox(), app, 120)
        floor.hide()

    if not skip_naive:
        started = time.perf_counter()
        naive = naive_widget(data)
        naive.resize(WIDTH, HEIGHT)
        naive.getPlotItem().getViewBox().setXRange(first, last, padding=0)
        naive.show()
        app.processEvents()
        print(f"naive scene built in {(time.perf_counter() - started) * 1000:.0f} ms ({events:,} text items)")
        results["naive"] = measure(naive, naive.getPlotItem().getViewBox(), app, 12)
        naive.hide()

    print()
    for name, times in results.items():
        print(summary(name, times))
    timeline_median = statistics.median(results["timeline"])
    print()
    print(f"tab-idle / timeline: {statistics.median(results['tab-idle']) / timeline_median:.2f}x")
    print(f"timeline / floor: {timeline_median / statistics.median(results['floor']):.2f}x")
    print(f"pg DateAxisItem floor / timeline: {statistics.median(results['floor-pg']) / timeline_median:.2f}x")
    if "naive" in results:
        print(f"naive / timeline: {statistics.median(results['naive']) / timeline_median:.1f}x")
    print(f"labels drawn in the last timeline frame: {labels}")
    for name in ("timeline", "tab-idle", "tab-cpu"):
        median = statistics.median(results[name])
        verdict = "OK" if median <= 30 else "OVER TARGET"
        print(f"target: {name} median <= 30 ms -> {median:.1f} ms {verdict}")
    return 0


def toggle_kinds(tab, app) -> tuple[list[float], list[float], list[float]]:
    """Hide and show kinds by clicking their check boxes: per click, ms of the click's handler, of the
    longest turn of the event loop after it, and until the new lanes are shown (laid out in a worker)."""
    clicks, turns, totals = [], [], []
    for kind in ["visit", "meeting", "visit", "meeting", "summit", "summit"]:
        start = time.perf_counter()
        tab.kind_checks[kind].click()
        clicks.append((time.perf_counter() - start) * 1000)
        longest, quiet = 0.0, 0
        while quiet < 3:  # until the lanes are in and the loop has nothing left to do
            turn = time.perf_counter()
            app.processEvents()
            longest = max(longest, time.perf_counter() - turn)
            quiet = quiet + 1 if tab.view.lane_worker.pending_kinds is None else 0
            time.sleep(0.002)
        turns.append(longest * 1000)
        totals.append((time.perf_counter() - start) * 1000)
    return clicks, turns, totals


def _events_in_view(tab) -> int:
    low, high = tab.view.x_range()
    return int(tab.timeline.in_range((low, high)).sum())


def main_large(events: int) -> int:
    """The million-event scenes beside the 10,000-event baseline (see the module text)."""
    app = QApplication.instance() or QApplication([])
    from kzeuviewer.model import load_dataset

    root = Path(tempfile.gettempdir()) / "kzeuviewer-bench-timeline"
    results, lines = {}, []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        datasets = {}
        for size in (10_000, events):
            folder = root / f"events-{size}"
            if not (folder / "events.csv").exists():
                print(f"writing {size:,} events to {folder} …", flush=True)
                write_synthetic_dataset(folder, size)
            datasets[size] = load_dataset(folder)
        for size in (10_000, events):
            seconds, ready, window = first_paint_through_window(datasets[size], app, scratch)
            results[f"first-paint {size:,}"] = seconds
            results[f"list-ready {size:,}"] = ready
            print(f"first paint of the timeline, {size:,} events: {seconds:6.2f} s; events list ready: {ready:6.2f} s "
                  f"(longest turn of the event loop meanwhile: {first_paint_through_window.longest_gap * 1000:.0f} ms; "
                  f"{first_paint_through_window.longest_own_gap * 1000:.0f} ms outside the other tabs' builds)",
                  flush=True)
            tab = window.tab("timeline")
            for _ in range(5):
                app.processEvents()
            if size == 10_000:
                (first, last) = tab.view.x_range()
                _plot, idle, cpu = measure_tab(tab, app, 120)
                results["tab-idle 10k (baseline)"] = idle
                results["tab-cpu 10k (baseline)"] = cpu
                tab.view.viewbox.setXRange(first, last, padding=0)
                results["view 10k (baseline)"] = measure(tab.view, tab.view.viewbox, app, 120)
            else:
                print(f"  events in view at Fit all: {_events_in_view(tab):,}; density mode: {tab.view.dense}")
                _plot, idle, cpu = measure_tab(tab, app, 60, wide=True)
                results["all-visible"] = idle
                results["all-visible cpu"] = cpu
                print(f"  events in view after the steps: {_events_in_view(tab):,}")
                low, high = tab.view.x_range()
                centre = (low + high) / 2
                # Events are not spread evenly: the width is corrected until about 10,000 are in view.
                for _ in range(4):
                    width = (high - low) * 10_000 / max(_events_in_view(tab), 1)
                    tab.view.viewbox.setXRange(centre - width / 2, centre + width / 2, padding=0)
                    for _ in range(5):
                        app.processEvents()
                    low, high = tab.view.x_range()
                    if abs(_events_in_view(tab) - 10_000) < 300:
                        break
                print(f"  zoomed to {_events_in_view(tab):,} events in view; density mode: {tab.view.dense}")
                zoomed = tab.view.x_range()
                _plot, idle, cpu = measure_tab(tab, app, 120)
                results["10k-visible"] = idle
                results["10k-visible cpu"] = cpu
                tab.view.viewbox.setXRange(*zoomed, padding=0)
                results["10k-visible view"] = measure(tab.view, tab.view.viewbox, app, 120)
                results["kind toggle"], results["kind toggle turn"], results["kind toggle lanes"] = toggle_kinds(tab, app)
            window.close()
            window.deleteLater()
            app.processEvents()
    print()
    for name, value in results.items():
        if isinstance(value, list):
            lines.append(summary(name[:24].ljust(24), value))
    print("\n".join(lines))
    base = statistics.median(results["tab-idle 10k (baseline)"])
    view_base = statistics.median(results["view 10k (baseline)"])
    print()
    paint_small, paint_large = results["first-paint 10,000"], results[f"first-paint {events:,}"]
    print(f"first paint: {paint_large:.2f} s at {events:,} vs {paint_small:.2f} s at 10,000 "
          f"({paint_large / paint_small:.1f}x); target <= 3 s -> {'MET' if paint_large <= 3 else 'NOT MET'}")
    print(f"events list ready (built in a worker thread after the first paint): {results[f'list-ready {events:,}']:.2f} s "
          f"at {events:,} vs {results['list-ready 10,000']:.2f} s at 10,000")
    for name, target in (("all-visible", 100), ("10k-visible", 20)):
        median = statistics.median(results[name])
        print(f"{name}: median {median:.1f} ms, max {max(results[name]):.1f} ms vs baseline tab-idle 10k {base:.1f} ms "
              f"({median / base:.2f}x); target <= {target} ms -> {'MET' if median <= target else 'NOT MET'}; "
              f"no step > 200 ms -> {'MET' if max(results[name]) <= 200 else 'NOT MET'}")
    stall = max(max(results["kind toggle"]), max(results["kind toggle turn"]))
    print(f"kind hidden/shown at {events:,}: click {statistics.median(results['kind toggle']):.0f} ms median, "
          f"longest stall {stall:.0f} ms; new lanes shown after {statistics.median(results['kind toggle lanes']):.0f} ms "
          f"median (laid out in a worker); no stall > 200 ms -> {'MET' if stall <= 200 else 'NOT MET'}")
    median = statistics.median(results["10k-visible view"])
    print(f"10k-visible view (plot only, as the 'timeline' scene): median {median:.1f} ms vs baseline view 10k "
          f"{view_base:.1f} ms ({median / view_base:.2f}x); target <= 20 ms -> {'MET' if median <= 20 else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
