"""``kzeuviewer import bns|eurostat FILE… --into DIR``: add publishers' figures to a dataset.

Prints the plan (rows added, changed, conflicting, unchanged); ``--dry-run``
stops there. Exit status: 0 imported (or nothing to do), 1 problems in the
files or the dataset (nothing written), 2 usage error.
"""

from __future__ import annotations

import sys

KINDS = {
    "bns": ("BNS 'Основные показатели внешней торговли' workbooks (.xls)", "FILE.xls"),
    "eurostat": ("Eurostat Comext 'Relational view' CSV downloads", "FILE.csv"),
}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import statistics files (BNS .xls, Eurostat .csv) into a dataset folder",
        description="Import publishers' statistics files into a dataset folder, showing what changes first. "
        "Exit status: 0 imported or nothing to do, 1 problems in the files (nothing written), 2 usage error.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, (what, metavar) in KINDS.items():
        sub = kinds.add_parser(kind, help=what, description=f"Import {what}.")
        sub.add_argument("files", nargs="+", metavar=metavar, help="files to import")
        sub.add_argument("--into", required=True, metavar="DIR", help="dataset folder to update")
        sub.add_argument("--dry-run", action="store_true", help="print what would change and write nothing")
        sub.add_argument("--overwrite", action="store_true",
                         help="replace rows not created by the importer where the files give another value")
        sub.add_argument("--source-url", default="", metavar="URL",
                         help="where the files were downloaded from, written into each new source row")
        sub.add_argument("-v", "--verbose", action="store_true", help="list unchanged rows too")
        sub.set_defaults(run=run)


def run(args) -> int:
    from kzeuviewer.model.importers import ImportApplyError, apply_plan, plan_import, read_files

    if args.source_url and not args.source_url.startswith(("https://", "http://")):
        print(f"--source-url must be an http(s) address, not {args.source_url!r}", file=sys.stderr)
        return 2
    figures, problems = read_files(args.kind, args.files, source_url=args.source_url)
    if problems:
        print(f"Nothing imported: {len(problems)} problems in the files:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    try:
        plan = plan_import(figures, args.into, overwrite=args.overwrite)
    except (ImportApplyError, OSError, UnicodeDecodeError) as err:
        print(f"Nothing imported: {err}", file=sys.stderr)
        return 1
    for line in plan.summary_lines(verbose=args.verbose):
        print(line)
    if plan.conflicts and not args.overwrite:
        print(f"{len(plan.conflicts)} rows not created by the importer differ from the files and were kept; "
              "--overwrite replaces them.")
    if args.dry_run:
        print("Dry run: nothing written.")
        return 0
    try:
        written = apply_plan(plan)
    except ImportApplyError as err:
        print(f"Nothing imported: {err}", file=sys.stderr)
        return 1
    if written:
        print(f"Written: {plan.folder}")
    return 0
