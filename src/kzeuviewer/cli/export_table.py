"""``kzeuviewer export-table``: write the people, events or trade table to CSV or XLSX, headless.

Same definitions, search and sort as the GUI tables (``kzeuviewer.model.tables``).
CSV is UTF-8 with a byte-order mark (so spreadsheets read accents right) unless
``--no-bom``; text cells a spreadsheet would evaluate as formulas get a leading ``'``.
Exit status: 0 written, 1 the dataset could not be loaded or the file not
written (nothing is left behind), 2 usage error (unknown table, column,
direction or file type; invalid pattern).
"""

from __future__ import annotations

import argparse
import sys

from kzeuviewer.model.tables import TABLE_NAMES, TABLES, column_names


def add_parser(subparsers) -> None:
    columns = "; ".join(f"{name}: {column_names(TABLES[name].columns)}" for name in TABLE_NAMES)
    parser = subparsers.add_parser(
        "export-table",
        help="export the people, events or trade table to CSV or XLSX",
        description="Export a table as the app shows it, after an optional search and sort. "
        "Exit status: 0 written, 1 load or write failure (nothing left behind), 2 usage error.",
        epilog=f"Columns — {columns}. Names may also be given as shown in the app, e.g. 'Conferred by'.",
    )
    parser.add_argument("--table", required=True, choices=TABLE_NAMES, help="which table")
    parser.add_argument("--out", required=True, metavar="FILE", help="output file: .csv (UTF-8 with a BOM) or .xlsx")
    parser.add_argument("--no-bom", dest="bom", action="store_false",
                        help="write CSV as plain UTF-8, without the byte-order mark spreadsheets use to detect it")
    parser.add_argument("--search", metavar="TEXT", help="keep rows containing TEXT in any column "
                        "(ignores case and accents)")
    parser.add_argument("--regex", action="store_true", help="treat --search as a regular expression")
    parser.add_argument("--sort", metavar="COL[:desc],...", help="sort keys, most significant first")
    parser.add_argument("--columns", metavar="COL,...", help="columns to write, in this order (default: all)")
    parser.add_argument("--view", metavar="FILE", help="export the table of a saved view (.kzview) as the window "
                        "shows it: people (CSV or XLSX), events (the Timeline's list, CSV) or trade (the chart's "
                        "data table, CSV)")
    # Also accepted after the sub-command; SUPPRESS keeps a --data given before it.
    parser.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS,
                        help="dataset folder (default: the bundled dataset)")
    parser.set_defaults(run=run)


def _usage_error(message: str) -> int:
    print(f"kzeuviewer export-table: error: {message}", file=sys.stderr)
    return 2


def run_view(args) -> int:
    """``--view FILE``: the table as the saved view filters and sorts it, written by the window's own export."""
    from pathlib import Path

    from kzeuviewer.exporters import ExportError
    from kzeuviewer.model.tables import TableSpecError

    from .view_window import ViewProblem, open_view_window

    clash = [name for name, given in (("--search", args.search), ("--regex", args.regex), ("--sort", args.sort),
                                      ("--columns", args.columns), ("--data", getattr(args, "data", None)),
                                      ("--no-bom", not args.bom)) if given]
    if clash:
        return _usage_error(f"{', '.join(clash)} cannot be combined with --view (the view holds the search, "
                            "filters, sort and columns)")
    suffix = Path(args.out).suffix.lower()
    allowed = (".csv", ".xlsx") if args.table == "people" else (".csv",)
    if suffix not in allowed:
        return _usage_error(f"with --view the {args.table} table is written as {' or '.join(allowed)}, not {suffix or '(none)'}")
    try:
        window = open_view_window(args.view)
    except ViewProblem as err:
        print(f"kzeuviewer export-table: {err}", file=sys.stderr)
        return 1
    tab = {"people": "people", "events": "timeline", "trade": "trade"}[args.table]
    window.show_tab(tab)
    try:
        written = window.export_view(args.out)
    except (ExportError, TableSpecError) as err:
        print(f"kzeuviewer export-table: {err}", file=sys.stderr)
        return 1
    print(f"Wrote the {args.table} table of the view to {written[0]}")
    return 0


def run(args) -> int:
    from kzeuviewer.exporters import ExportError

    if args.view:
        return run_view(args)
    from kzeuviewer.exporters.tables import check_format, export_table
    from kzeuviewer.model import DatasetError, load_dataset
    from kzeuviewer.model.tables import TableSpecError, parse_columns, parse_sort

    definition = TABLES[args.table]
    try:
        # Every usage error is reported before the (possibly slow) dataset load.
        check_format(args.out)
        sort = parse_sort(args.sort, definition.columns)
        columns = parse_columns(args.columns, definition.columns)
        if args.regex and args.search:
            import re

            try:
                re.compile(args.search)
            except re.error as err:
                raise TableSpecError(f"invalid pattern for --search: {err}") from None
    except TableSpecError as err:
        return _usage_error(str(err))
    try:
        dataset = load_dataset(getattr(args, "data", None))
    except DatasetError as err:
        print(f"Dataset at {err.path} cannot be loaded:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    try:
        report = export_table(dataset, args.table, args.out, search=args.search, sort=sort, regex=args.regex,
                              columns=columns, bom=args.bom)
    except TableSpecError as err:
        return _usage_error(str(err))
    except ExportError as err:
        print(f"kzeuviewer export-table: {err}", file=sys.stderr)
        return 1
    rows = report.rows
    print(f"Wrote {rows:,} {'row' if rows == 1 else 'rows'} of the {args.table} table to {args.out}")
    for note in report.notes:
        print(f"Note: {note}")
    return 0
