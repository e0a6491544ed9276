"""``kzeuviewer check [PATH]``: validate a dataset folder and summarise it.

Exit status: 0 clean; 1 problems found (all listed); 2 usage error; 3 the check
itself failed (an unexpected error, reported in one line: a bug to report,
not a verdict on the data).
"""

from __future__ import annotations

import sys

from kzeuviewer.model import DatasetError, load_dataset
from kzeuviewer.model.problems import one_line, plural

CLEAN, PROBLEMS, USAGE, CRASHED = 0, 1, 2, 3


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate a dataset folder",
        description="Validate a dataset folder (default: the bundled dataset). "
        "Exit status: 0 clean, 1 problems found (all listed), 2 usage error, "
        "3 the check failed unexpectedly (one-line message).",
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="dataset folder")
    parser.set_defaults(run=run)


def run(args) -> int:
    path = args.path if args.path is not None else args.data
    try:
        return _check(path)
    except (BrokenPipeError, KeyboardInterrupt):
        raise  # handled by the command line's main
    except Exception as err:  # noqa: BLE001 - any failure here is a bug, reported in one line
        print(
            f"kzeuviewer check: internal error, the dataset could not be checked: "
            f"{type(err).__name__}: {one_line(str(err))[:500]}",
            file=sys.stderr,
        )
        return CRASHED


def _check(path) -> int:
    try:
        dataset = load_dataset(path)
    except DatasetError as err:
        print(f"Dataset at {one_line(str(err.path))} cannot be loaded ({err.summary}):", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return PROBLEMS
    print(f"Dataset: {one_line(str(dataset.path))}")
    for table, count in dataset.row_counts().items():
        print(f"  {table:<13} {count:>9,} rows")
    if not dataset.problems:
        print("No problems found.")
        return CLEAN
    errors = sum(p.severity == "error" for p in dataset.problems)
    warnings = len(dataset.problems) - errors
    print(f"{plural(len(dataset.problems), 'problem')} ({plural(errors, 'row')} skipped, {plural(warnings, 'warning')}):")
    for problem in dataset.problems:
        print(f"  {problem}")
    return PROBLEMS
