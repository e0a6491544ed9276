"""Loading a dataset with 1,000,000 events and 1,000,000 people.

Target (issue 13): ``load_dataset`` (parse + validate + type) within 1.5x the
time of pandas' plain ``read_csv`` of the same files, measured in the same run
(medians of interleaved runs, by wall time and by CPU time).

pandas 3 with pyarrow reads text into Arrow columns without a Python string
per cell, which makes its plain ``read_csv`` several times faster than it was
with object columns; pandas 3.1 also parses a large file given by its path in
several threads at once (its CPU time exceeds its wall time). Both are printed: plain ``read_csv`` as it is (the
target's baseline), and ``read_csv(dtype=object)``, a string object per cell
(what the baseline measured before the text moved to Arrow).

    python benchmarks/bench_load.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from kzeuviewer.model import load_dataset

GIVEN = ["Murat", "Josep", "Simon", "Kęstutis", "Aleška", "Federica", "Roman", "Ursula", "Péter", "Margulan"]
FAMILY = ["Nurtleu", "Borrell", "Mordue", "Jankauskas", "Simkić", "Mogherini", "Vassilenko", "von der Leyen", "Szijjártó"]
ROLES = ["Minister of Foreign Affairs", "Ambassador", "Deputy Minister", "Head of Delegation", "Commissioner", "Adviser"]
ORGS = ["Government of Kazakhstan", "EEAS", "European Commission", "European Council", "Kazakhstan MFA", "Council of the EU"]
SIDES = ["KZ", "EU", "EU member state", "other"]
KINDS = ["visit", "summit", "meeting", "agreement", "award", "other"]
PLACES = ["Astana", "Brussels", "Almaty", "Luxembourg", "Samarkand", "Cholpon-Ata", ""]


def synthetic_folder(rows: int, folder: Path | None = None) -> Path:
    """``folder`` (default: one per row count in the temp folder) holding ``rows`` events and people, written if missing."""
    folder = folder or Path(tempfile.gettempdir()) / f"kzeuviewer-memory-{rows}"
    if not (folder / "events.csv").exists():
        print(f"writing {rows:,} events + {rows:,} people to {folder} …", flush=True)
        write_synthetic(folder, rows)
    return folder


def write_synthetic(folder: Path, rows: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({
        "source_id": [f"s{i}" for i in range(200)],
        "title": [f"Source {i}" for i in range(200)],
        "publisher": "The Astana Times",
        "url": [f"https://example.org/{i}" for i in range(200)],
        "published": "2023-05",
        "quote": "a quote",
    }).to_csv(folder / "sources.csv", index=False)

    ids = np.arange(rows)
    given = np.array(GIVEN)[rng.integers(0, len(GIVEN), rows)]
    family = np.array(FAMILY)[rng.integers(0, len(FAMILY), rows)]
    pd.DataFrame({
        "person_id": np.char.add("p", ids.astype(str)),
        "name": np.char.add(np.char.add(given.astype(str), " "), np.char.add(family.astype(str), ids.astype(str))),
        "role": np.array(ROLES)[rng.integers(0, len(ROLES), rows)],
        "organisation": np.array(ORGS)[rng.integers(0, len(ORGS), rows)],
        "side": np.array(SIDES)[rng.integers(0, len(SIDES), rows)],
        "source_ids": np.char.add("s", rng.integers(0, 200, rows).astype(str)),
    }).to_csv(folder / "people.csv", index=False)

    days = rng.integers(0, 33 * 365, rows)
    dates = (np.datetime64("1993-01-01") + days).astype(str)
    precision = rng.integers(0, 10, rows)
    dates = np.where(precision == 0, np.char.ljust(dates, 4).astype("U4"), np.where(precision == 1, dates.astype("U7"), dates))
    pd.DataFrame({
        "event_id": np.char.add("e", ids.astype(str)),
        "date": dates,
        "end_date": "",
        "title": np.char.add("Meeting on cooperation no. ", ids.astype(str)),
        "kind": np.array(KINDS)[rng.integers(0, len(KINDS), rows)],
        "location": np.array(PLACES)[rng.integers(0, len(PLACES), rows)],
        "summary": "Talks on trade, energy, transport and visa facilitation.",
        "source_ids": np.char.add("s", rng.integers(0, 200, rows).astype(str)),
    }).to_csv(folder / "events.csv", index=False)

    (folder / "participants.csv").write_text("event_id,person_id,role\ne0,p0,host\n")
    (folder / "awards.csv").write_text("award_id,person_id,award,degree,date,conferred_by,event_id,source_ids\n")
    (folder / "trade.csv").write_text("series,year,flow,value,unit,reporter,partner,partner_scope,source_ids\n")


FILES = ("sources", "people", "events", "participants", "awards", "trade")


def plain_read(folder: Path) -> None:
    for name in FILES:
        pd.read_csv(folder / f"{name}.csv")


def object_read(folder: Path) -> None:
    for name in FILES:
        pd.read_csv(folder / f"{name}.csv", dtype=object)


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def interleaved_medians(first, second, repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Alternate the two so that machine noise hits both alike; medians of (wall, CPU)."""
    a, b = [], []
    for _ in range(repeat):
        a.append(timed(first))
        b.append(timed(second))

    def medians(runs):
        return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

    return medians(a), medians(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"writing synthetic dataset: {args.rows:,} events + {args.rows:,} people …", flush=True)
        write_synthetic(folder, args.rows)
        size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        dataset = load_dataset(folder)
        assert len(dataset.events) == args.rows and len(dataset.people) == args.rows, dataset
        baseline, ours = interleaved_medians(lambda: plain_read(folder), lambda: load_dataset(folder), args.repeat)
        objects, _ = interleaved_medians(lambda: object_read(folder), lambda: None, args.repeat)
    print(f"files: {size:.0f} MB; median of {args.repeat} interleaved runs")
    for label, index in (("wall", 0), ("CPU", 1)):
        ratio = ours[index] / baseline[index]
        print(f"  {label:4s}: pandas.read_csv (plain, baseline) {baseline[index]:6.2f} s; "
              f"load_dataset {ours[index]:6.2f} s; ratio {ratio:.2f}x (target <= 1.50x -> "
              f"{'MET' if ratio <= 1.5 else 'NOT MET'})")
        print(f"        pandas.read_csv(dtype=object) {objects[index]:6.2f} s; "
              f"load_dataset / that {ours[index] / objects[index]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
