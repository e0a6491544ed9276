"""``kzeuviewer check [PATH]``: validate a dataset folder and summarise it."""

from __future__ import annotations

import sys

from kzeuviewer.model import DatasetError, load_dataset


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate a dataset folder",
        description="Validate a dataset folder (default: the bundled dataset). "
        "Exit status: 0 clean, 1 problems found (all listed), 2 usage error.",
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="dataset folder")
    parser.set_defaults(run=run)


def run(args) -> int:
    path = args.path if args.path is not None else args.data
    try:
        dataset = load_dataset(path)
    except DatasetError as err:
        print(f"Dataset at {err.path} cannot be loaded:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"Dataset: {dataset.path}")
    for table, count in dataset.row_counts().items():
        print(f"  {table:<13} {count:>9,} rows")
    if not dataset.problems:
        print("No problems found.")
        return 0
    errors = sum(p.severity == "error" for p in dataset.problems)
    warnings = len(dataset.problems) - errors
    print(f"{len(dataset.problems)} problems ({errors} rows skipped, {warnings} warnings):")
    for problem in dataset.problems:
        print(f"  {problem}")
    return 1
