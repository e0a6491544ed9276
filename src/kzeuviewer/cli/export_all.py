"""``kzeuviewer export-all --out DIR``: every chart (PNG + CSV), the timeline image and every table as CSV.

CSV files are UTF-8 with a byte-order mark unless ``--no-bom``, and text a
spreadsheet would run as a formula gets a leading ``'``.

One progress line per file. A file that fails is reported and the run goes
on; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzeuviewer.model.formats import DEFAULT_SIZE, MAX_SIDE, MIN_SIDE

from .export_chart import load, qt_app, use_offscreen_qt_without_display, write_chart


def _side(text: str) -> int:
    """An image side in pixels, MIN_SIDE to MAX_SIDE; anything else is a usage error (exit 2) before any work."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of pixels") from None
    if not MIN_SIDE <= value <= MAX_SIDE:
        raise argparse.ArgumentTypeError(f"{value} is out of range: use {MIN_SIDE} to {MAX_SIDE} pixels")
    return value


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export-all",
        help="export every chart, the timeline and every table into a folder",
        description="Write every trade chart as PNG and CSV, the timeline as PNG and each table as CSV into DIR "
        "(created if missing). Exit status: 0 all written, 1 something failed (listed), 2 usage error.",
    )
    parser.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    parser.add_argument("--width", type=_side, default=DEFAULT_SIZE[0], metavar="W", help=f"image width (default {DEFAULT_SIZE[0]})")
    parser.add_argument("--height", type=_side, default=DEFAULT_SIZE[1], metavar="H", help=f"image height (default {DEFAULT_SIZE[1]})")
    parser.add_argument("--no-bom", dest="bom", action="store_false",
                        help="write the table CSVs as plain UTF-8, without a byte-order mark")
    parser.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS, help="dataset folder (default: the bundled dataset)")
    parser.set_defaults(run=run)


def _jobs(dataset, folder: Path, width: int, height: int, bom: bool = True):
    """(file, function writing it) for everything export-all writes, in order."""
    from kzeuviewer.exporters.tables import export_table
    from kzeuviewer.model.charts import CHARTS
    from kzeuviewer.model.tables import TABLE_NAMES

    for chart_id, spec in CHARTS.items():
        option = spec.option_for(dataset, None)
        image = folder / f"chart-{chart_id}.png"
        yield image, lambda p=image, c=chart_id, o=option: write_chart(dataset, c, o, p, width, height)
        data = folder / f"chart-{chart_id}.csv"
        yield data, lambda p=data, c=chart_id, o=option: _write_chart_csv(dataset, c, o, p, bom)
    timeline = folder / "timeline.png"
    yield timeline, lambda: _export_timeline(dataset, timeline, width, height)
    for table in TABLE_NAMES:
        path = folder / f"table-{table}.csv"
        yield path, lambda p=path, t=table: export_table(dataset, t, p, search=None, sort=None, bom=bom)


def _write_chart_csv(dataset, chart_id: str, option: str | None, path: Path, bom: bool) -> Path:
    """The chart's data as a spreadsheet-safe CSV (formula-like text neutralised, BOM unless --no-bom)."""
    from kzeuviewer.exporters import atomic_write, write_frame_csv
    from kzeuviewer.model.charts import build_chart

    frame = build_chart(dataset, chart_id, option).frame
    return atomic_write(path, lambda temp: write_frame_csv(temp, frame, bom=bom))


def _export_timeline(dataset, path: Path, width: int, height: int):
    qt_app()
    from kzeuviewer.ui.timeline.export import export_timeline_image

    return export_timeline_image(dataset, path, width, height)


def run(args) -> int:
    from kzeuviewer.exporters.atomic import ExportError

    use_offscreen_qt_without_display()
    folder = Path(args.out).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        print(f"kzeuviewer export-all: cannot create {folder}: {err.strerror or err}", file=sys.stderr)
        return 1
    dataset = load(args)
    if dataset is None:
        return 1
    jobs = list(_jobs(dataset, folder, args.width, args.height, args.bom))
    failures = 0
    for number, (path, job) in enumerate(jobs, start=1):
        prefix = f"[{number:>2}/{len(jobs)}]"
        try:
            job()
        except (ExportError, OSError, ValueError) as err:
            failures += 1
            print(f"{prefix} FAILED {path.name}: {err}", flush=True)
            continue
        print(f"{prefix} wrote {path}", flush=True)
    if failures:
        print(f"{failures} of {len(jobs)} files could not be written.", file=sys.stderr)
        return 1
    print(f"Done: {len(jobs)} files in {folder}")
    return 0
