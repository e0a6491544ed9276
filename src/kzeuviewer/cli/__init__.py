"""Command line: ``kzeuviewer`` opens the window; sub-commands run headless.

Each sub-command lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``; heavy imports happen inside ``run`` so that ``check``
never loads Qt.

Output piped into a reader that stops early (``kzeuviewer export-chart --list
| head -1``) ends quietly with exit status 141 (128 + SIGPIPE, as a shell
reports a process stopped by a closed pipe), not with a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from kzeuviewer import __version__

SUBCOMMANDS = ("check", "export_table", "export_chart", "export_all", "import_stats")
BROKEN_PIPE_STATUS = 141


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzeuviewer",
        description="Kazakhstan–EU relations viewer. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"kzeuviewer {__version__}")
    parser.add_argument("--data", metavar="DIR", help="dataset folder to open (default: the bundled dataset)")
    parser.add_argument("--view", metavar="FILE", help="open the window on a saved view (.kzview) and its dataset")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="the window's theme for this session (default: as chosen in View ▸ Theme)")
    parser.add_argument("--lang", choices=("en", "ru", "kk"),
                        help="interface language for this run (default: the one chosen in View ▸ Language, "
                             "else the system's)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"kzeuviewer.cli.{name}").add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from kzeuviewer.ui.app import run_gui

        return run_gui(data_dir=args.data, view=args.view, theme=args.theme, language=args.lang)
    try:
        status = args.run(args)
        # Flush here, not at exit: a closed pipe must raise where it is handled.
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE_STATUS


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (e.g. captured output)
        pass
