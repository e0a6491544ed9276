"""Writing validation problems in Russian for the Problems dialog, against their English.

The dialog renders every problem of a dataset when it opens (and again on a
language change). Baseline: ``str(problem)``, the English the command line
prints, measured in the same run. Prints medians of interleaved runs.

    python benchmarks/bench_problem_messages.py [--problems 200000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from conftest import MINIMAL_DATASET, write_dataset  # noqa: E402
from kzeuviewer.model import load_dataset  # noqa: E402
from kzeuviewer.ui import i18n  # noqa: E402

BROKEN = {
    "people.csv": MINIMAL_DATASET["people.csv"]
    + "        nurtleu-murat,Dup,Role,Org,KZ,s1\n        x-1,,Role,Org,XX,s9\n",
    "events.csv": MINIMAL_DATASET["events.csv"]
    + "        ev-bad,2023-13-45,,T,visit,,,s1\n        ev-order,2023-05-10,2023-05-01,T,visit,,,s1\n",
    "trade.csv": MINIMAL_DATASET["trade.csv"]
    + "        BNS,20x1,export,1,USD billion,Kazakhstan,EU,EU27,s2\n        BNS,2021,export,abc,USD billion,Kazakhstan,EU,EU27,s2\n"
    + "        BNS,2021,export,5,furlongs,Kazakhstan,EU,EU27,s2\n        BNS,2021,sideways,5,USD,Kazakhstan,EU,EU27,s2\n",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841 - translators need an application
    with tempfile.TemporaryDirectory() as folder:
        dataset = load_dataset(write_dataset(Path(folder) / "broken", BROKEN))
    problems = (dataset.problems * (args.problems // len(dataset.problems) + 1))[: args.problems]
    english, russian = [], []
    i18n.set_language("ru")
    for _ in range(args.repeat):
        start = time.perf_counter()
        [str(p) for p in problems]
        english.append(time.perf_counter() - start)
        start = time.perf_counter()
        [i18n.render(p) for p in problems]
        russian.append(time.perf_counter() - start)
    en, ru = statistics.median(english), statistics.median(russian)
    print(f"{len(problems):,} problems ({len(dataset.problems)} distinct messages repeated)")
    print(f"  English str(problem) (baseline): {en * 1000:8.1f} ms  ({en / len(problems) * 1e6:.2f} µs each)")
    print(f"  Russian i18n.render(problem):    {ru * 1000:8.1f} ms  ({ru / len(problems) * 1e6:.2f} µs each)")
    print(f"  ratio: {ru / en:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
