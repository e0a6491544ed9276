"""Trade tab speed: switching charts, and a 3840×2160 PNG export.

1. Switching charts. The Trade tab (bundled dataset, 1280×800) switches through
   every chart in the catalogue; one switch is ``select_chart`` plus a
   synchronous repaint of the plot, so it covers building the chart's points,
   drawing and painting. Measured twice: *cold* (first visit to each chart on a
   freshly loaded dataset: points built from the data) and *warm* (charts seen
   before: their points are cached). Baseline in the same run: the
   straightforward pyqtgraph way of drawing the same (already built) points —
   ``PlotItem.clear()``, a new ``LegendItem`` and one new ``PlotDataItem`` /
   ``BarGraphItem`` / ``TextItem`` per series and tag — plus the same repaint.
   Target: median <= 100 ms.

2. A 3840×2160 PNG export of the same plot (``kz-eu-trade``, caption on):
   ``export_plot`` against pyqtgraph's plain ``ImageExporter`` (width 3840, no
   caption, hairlines) on the same plot in the same run. Target: <= 1 s.

Not part of the test run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_trade.py [rounds]
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

import pyqtgraph as pg  # noqa: E402
from pyqtgraph.exporters import ImageExporter  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kzeuviewer.model import load_dataset  # noqa: E402
from kzeuviewer.model.captions import caption_for  # noqa: E402
from kzeuviewer.model.charts import CHARTS  # noqa: E402
from kzeuviewer.ui.context import AppContext  # noqa: E402
from kzeuviewer.ui.export.chart import export_plot  # noqa: E402
from kzeuviewer.ui.style import theme  # noqa: E402
from kzeuviewer.ui.trade.plot import short_tag  # noqa: E402
from kzeuviewer.ui.trade.tab import TradeTab  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def make_tab(settings_dir: str) -> TradeTab:
    settings = QSettings(str(Path(settings_dir) / "bench.ini"), QSettings.Format.IniFormat)
    context = AppContext(load_dataset(None), settings)
    tab = TradeTab(context)
    tab.resize(1280, 800)
    tab.show()
    tab.set_dataset(context.dataset)
    QApplication.processEvents()
    return tab


def switch(tab: TradeTab, chart_id: str) -> float:
    start = time.perf_counter()
    tab.select_chart(chart_id)
    tab.plot.repaint()
    return time.perf_counter() - start


def naive_draw(widget: pg.PlotWidget, data) -> None:
    """The same points drawn the plain pyqtgraph way: new items for every chart."""
    plot = widget.getPlotItem()
    plot.clear()
    if plot.legend is not None:
        plot.legend.scene().removeItem(plot.legend)
        plot.legend = None
    plot.addLegend()
    frame = data.frame
    for index, info in enumerate(data.series):
        rows = frame[frame["series"] == info.label]
        exact, loose = rows[rows["exact"]], rows[~rows["exact"]]
        color = theme().series_colour(index)
        if info.style == "bar" and len(exact):
            plot.addItem(pg.BarGraphItem(x=exact["year"].to_numpy(float), height=exact["value"].to_numpy(float), width=0.4, brush=color, name=info.label))
        elif len(exact):
            plot.plot(exact["year"].to_numpy(float), exact["value"].to_numpy(float), pen=pg.mkPen(color, width=2) if info.style == "line" else None,
                      symbol="o", symbolBrush=color, name=info.label)
        if len(loose):
            plot.plot(loose["year"].to_numpy(float), loose["value"].to_numpy(float), pen=None, symbol="t1", symbolBrush="w", symbolPen=color,
                      name=None if len(exact) else info.label)
            for _, row in loose.iterrows():
                tag = pg.TextItem(short_tag(row["period"], row["qualifier"]), color=color, anchor=(-0.15, 0.5))
                tag.setPos(float(row["year"]), float(row["value"]))
                plot.addItem(tag)


def bench_switching(rounds: int, settings_dir: str) -> None:
    chart_ids = list(CHARTS)
    tab = make_tab(settings_dir)
    cold = [switch(tab, chart_id) for chart_id in chart_ids[1:] + chart_ids[:1]]  # first visit to each
    warm = [switch(tab, chart_id) for _ in range(rounds) for chart_id in chart_ids]
    baseline_plot = pg.PlotWidget(background="w")
    baseline_plot.resize(1280, 560)
    baseline_plot.show()
    datas = [tab.chart_data(chart_id, CHARTS[chart_id].option_for(tab.dataset, None)) for chart_id in chart_ids]
    naive = []
    for _ in range(rounds):
        for data in datas:
            start = time.perf_counter()
            naive_draw(baseline_plot, data)
            baseline_plot.repaint()
            naive.append(time.perf_counter() - start)
    print(f"Switching charts ({len(chart_ids)} charts, bundled dataset, tab 1280×800; target median <= 100 ms)")
    print(f"  trade tab, cold (points built): median {ms(statistics.median(cold))}   max {ms(max(cold))}")
    print(f"  trade tab, warm (points cached): median {ms(statistics.median(warm))}   max {ms(max(warm))}")
    print(f"  baseline, plain pyqtgraph redraw of the built points: median {ms(statistics.median(naive))}   max {ms(max(naive))}")
    print(f"  ratio baseline / warm: {statistics.median(naive) / statistics.median(warm):.1f}x;"
          f"  baseline / cold: {statistics.median(naive) / statistics.median(cold):.1f}x")
    slowest = sorted(zip(cold, chart_ids[1:] + chart_ids[:1], strict=True), reverse=True)[:3]
    print("  slowest cold switches: " + ", ".join(f"{cid} {ms(t).strip()}" for t, cid in slowest))
    tab.close()
    baseline_plot.close()


def bench_export(rounds: int, settings_dir: str) -> None:
    tab = make_tab(settings_dir)
    tab.select_chart("kz-eu-trade")
    caption = caption_for(tab.data, tab.dataset)
    folder = Path(settings_dir)
    ours, plain = [], []
    for index in range(rounds):
        start = time.perf_counter()
        export_plot(tab.plot, folder / f"ours{index}.png", 3840, 2160, caption=caption)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        exporter = ImageExporter(tab.plot.getPlotItem())
        exporter.parameters()["width"] = 3840  # height follows the on-screen aspect ratio
        exporter.export(str(folder / f"plain{index}.png"))
        plain.append(time.perf_counter() - start)
    print("3840×2160 PNG export of kz-eu-trade (target <= 1 s)")
    print(f"  export_plot (exact size, caption, scaled lines and text): median {ms(statistics.median(ours))}   max {ms(max(ours))}")
    print(f"  pyqtgraph ImageExporter (width 3840, on-screen layout, no caption): median {ms(statistics.median(plain))}   max {ms(max(plain))}")
    print(f"  ratio export_plot / ImageExporter: {statistics.median(ours) / statistics.median(plain):.2f}x")
    tab.close()


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        bench_switching(rounds, folder)
        bench_export(rounds, folder)
    app.processEvents()


if __name__ == "__main__":
    main()
