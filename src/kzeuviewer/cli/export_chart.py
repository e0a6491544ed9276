"""``kzeuviewer export-chart``: write one chart as an image or its data as CSV, headless.

Exit status: 0 written; 1 the dataset or the file could not be read/written
(nothing is left behind); 2 usage error (unknown chart, series or file type;
the message lists the valid ones).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kzeuviewer.model.charts import CHARTS, UnknownChartError, chart_spec
from kzeuviewer.model.formats import DEFAULT_SIZE, IMAGE_FORMATS, TRANSPARENT_FORMATS, check_size

IMAGE_SUFFIXES = tuple(IMAGE_FORMATS)
SUFFIXES = IMAGE_SUFFIXES + (".csv",)
TRANSPARENT_SUFFIXES = tuple(s for s, f in IMAGE_FORMATS.items() if f in TRANSPARENT_FORMATS)


class UsageError(Exception):
    """A bad request: reported with the valid choices, exit status 2."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export-chart",
        help="export a trade chart as PNG/JPEG/SVG/PDF or its data as CSV",
        description="Export one chart of the Trade tab without opening a window. The format comes from the "
        f"extension of --out ({' '.join(SUFFIXES)}). Exit status: 0 written, 1 read/write failure, 2 usage error.",
    )
    parser.add_argument("chart", nargs="?", metavar="CHART", help="chart id (see --list)")
    parser.add_argument("--list", action="store_true", help="list the chart ids with their titles and series")
    parser.add_argument("--out", metavar="FILE", help="file to write")
    parser.add_argument("--width", type=int, default=DEFAULT_SIZE[0], metavar="W", help=f"image width in pixels (default {DEFAULT_SIZE[0]})")
    parser.add_argument("--height", type=int, default=DEFAULT_SIZE[1], metavar="H", help=f"image height in pixels (default {DEFAULT_SIZE[1]})")
    parser.add_argument("--transparent", action="store_true", help="transparent background (PNG and SVG)")
    parser.add_argument("--no-caption", action="store_true", help="leave out the title, units and sources caption")
    parser.add_argument("--theme", dest="look", choices=("light", "dark"), default="light",
                        help="colours of the image (default light, as a figure in a report)")
    parser.add_argument("--series", metavar="NAME", help="publisher series, for charts that offer a choice (see --list)")
    parser.add_argument("--view", metavar="FILE", help="render the chart of a saved view (.kzview): its chart, series, "
                        "years and hidden series, on its dataset — the same file the window's export writes")
    # SUPPRESS: without --data here, the top-level `kzeuviewer --data DIR export-chart …` value stays.
    parser.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS, help="dataset folder (default: the bundled dataset)")
    parser.set_defaults(run=run)


def use_offscreen_qt_without_display() -> None:
    """Headless runs: Qt's offscreen platform when there is no display to talk to."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def qt_app():
    """The QApplication (created if needed), for rendering without a window."""
    use_offscreen_qt_without_display()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def load(args):
    """The dataset of ``--data`` (or the bundled one); prints the problems and returns None if it cannot load."""
    from kzeuviewer.model import DatasetError, load_dataset

    try:
        return load_dataset(getattr(args, "data", None))
    except DatasetError as err:
        print(f"Dataset at {err.path} cannot be loaded:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return None


def list_charts(dataset=None) -> str:
    """The chart ids with titles and series; then how many trade and indicator rows no chart shows, and why."""
    lines = []
    for chart_id, spec in CHARTS.items():
        lines.append(f"{chart_id:<22} {spec.title}")
        options = spec.options(dataset) if dataset is not None else []
        if options:
            default = spec.option_for(dataset, None)
            lines.append(f"{'':<22}   --series: {', '.join(repr(o) for o in options)} (default {default!r})")
    if dataset is not None:
        from kzeuviewer.model.coverage import unshown_rows, unshown_summary

        groups = unshown_rows(dataset)
        lines.append("")
        lines.append(unshown_summary(groups))
        lines.extend(f"  {group}" for group in groups)
    return "\n".join(lines)


def check_request(args, dataset) -> tuple[str, str | None, Path]:
    """(chart id, series option, output path), or UsageError naming the valid choices."""
    if not args.chart:
        raise UsageError(f"a CHART is required; valid charts: {', '.join(CHARTS)}")
    try:
        spec = chart_spec(args.chart)
    except UnknownChartError as err:
        raise UsageError(str(err)) from None
    if not args.out:
        raise UsageError("--out FILE is required")
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"unknown file type {suffix or '(none)'!r} for {out.name}; valid: {' '.join(SUFFIXES)}")
    if args.transparent and suffix not in TRANSPARENT_SUFFIXES:
        raise UsageError(f"--transparent needs {' or '.join(TRANSPARENT_SUFFIXES)}, not {suffix}")
    problem = check_size(args.width, args.height)
    if problem:
        raise UsageError(f"--width/--height: {problem}")
    try:
        option = spec.option_for(dataset, args.series)
    except ValueError as err:
        raise UsageError(str(err)) from None
    return spec.chart_id, option, out


def write_chart(dataset, chart_id: str, option: str | None, out: Path, width: int, height: int,
                transparent: bool = False, caption: bool = True, look: str = "light") -> Path:
    """Write the chart (image by extension) or its data (.csv). Raises ExportError on failure."""
    from kzeuviewer.exporters import atomic_write, write_frame_csv
    from kzeuviewer.model.charts import build_chart

    data = build_chart(dataset, chart_id, option)
    if out.suffix.lower() == ".csv":
        return atomic_write(out, lambda temp: write_frame_csv(temp, data.frame))
    qt_app()
    from kzeuviewer.model.captions import caption_for
    from kzeuviewer.ui.export.chart import export_plot
    from kzeuviewer.ui.theming import rendering_theme
    from kzeuviewer.ui.trade.plot import TradePlot

    plot = TradePlot()  # never shown: export lays it out at the requested size
    try:
        plot.show_chart(data, None, data.log_default)
        with rendering_theme(look):
            return export_plot(plot, out, width, height, transparent, caption_for(data, dataset) if caption else None)
    finally:
        plot.deleteLater()


def run_view(args) -> int:
    """``--view FILE``: the Trade tab of the saved view, exported as the window exports it."""
    from kzeuviewer.exporters.atomic import ExportError

    from .view_window import ViewProblem, open_view_window

    clash = [name for name, given in (("CHART", args.chart), ("--series", args.series),
                                      ("--data", getattr(args, "data", None)), ("--list", args.list)) if given]
    problem = (f"{', '.join(clash)} cannot be combined with --view (the view says which chart and dataset)" if clash
               else "--out FILE is required" if not args.out else None)
    out = Path(args.out).expanduser() if args.out else None
    if problem is None and out.suffix.lower() not in SUFFIXES:
        problem = f"unknown file type {out.suffix or '(none)'!r} for {out.name}; valid: {' '.join(SUFFIXES)}"
    if problem is None and args.transparent and out.suffix.lower() not in TRANSPARENT_SUFFIXES:
        problem = f"--transparent needs {' or '.join(TRANSPARENT_SUFFIXES)}, not {out.suffix}"
    problem = problem or (f"--width/--height: {check_size(args.width, args.height)}" if check_size(args.width, args.height) else None)
    if problem:
        print(f"kzeuviewer export-chart: error: {problem}", file=sys.stderr)
        return 2
    try:
        window = open_view_window(args.view)
    except ViewProblem as err:
        print(f"kzeuviewer export-chart: {err}", file=sys.stderr)
        return 1
    from kzeuviewer.ui.export.files import export_view

    try:
        written = export_view(window.tab("trade"), out, args.width, args.height,
                              transparent=args.transparent, caption=not args.no_caption)
    except ExportError as err:
        print(f"kzeuviewer export-chart: {err}", file=sys.stderr)
        return 1
    print(f"Wrote {written[0]}")
    return 0


def run(args) -> int:
    from kzeuviewer.exporters.atomic import ExportError

    if args.view:
        return run_view(args)
    if args.list:
        dataset = load(args)
        print(list_charts(dataset))
        return 0 if dataset is not None else 1
    dataset = load(args)
    if dataset is None:
        return 1
    try:
        chart_id, option, out = check_request(args, dataset)
    except UsageError as err:
        print(f"kzeuviewer export-chart: error: {err}", file=sys.stderr)
        return 2
    try:
        path = write_chart(dataset, chart_id, option, out, args.width, args.height, args.transparent, not args.no_caption,
                           getattr(args, "look", "light"))
    except ExportError as err:
        print(f"kzeuviewer export-chart: {err}", file=sys.stderr)
        return 1
    print(f"Wrote {path}")
    return 0
