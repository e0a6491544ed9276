"""XLSX export of the people table at a million rows, beside baselines from the same run.

Prints seconds for:

- our streaming writer (``kzeuviewer.exporters.tables.write_table``) on the
  full synthetic people table (default 1,000,000 rows), with the progress
  callback the People tab uses;
- a CSV export of the same rows (same machinery), as a floor;
- the previous writer, openpyxl's write-only mode (one Python call per
  cell), on ``--baseline-rows`` rows (default 100,000) and scaled linearly
  to the full size;
- xlsxwriter's constant-memory mode the same way, if xlsxwriter is installed
  (it is not a dependency; it was the other candidate).

Also checks, after a cancelled export, that nothing is left in the target's
folder or in the system temp folder.

Run:  python benchmarks/bench_xlsx.py [--rows N] [--baseline-rows N] [--repeat K]
Target (issue 13): 1M rows <= 30 s with progress and cancel.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kzeuviewer.exporters import ExportCancelled  # noqa: E402
from kzeuviewer.exporters.tables import write_table  # noqa: E402
from kzeuviewer.model import load_dataset  # noqa: E402
from kzeuviewer.model.table_query import NUMERIC_KINDS  # noqa: E402
from kzeuviewer.model.tables import table_query  # noqa: E402
from synthetic import synthetic_dataset_dir  # noqa: E402


def timed(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rows_of(query, limit: int):
    """(headers, columns as (numeric, values)) of the first ``limit`` rows."""
    columns = list(range(len(query.columns)))
    headers = [query.columns[c].header for c in columns]
    data = [(query.columns[c].kind in NUMERIC_KINDS, query.export_values(c)[:limit]) for c in columns]
    return headers, data


def openpyxl_write(path: Path, headers, data) -> None:
    """The writer this project used before: openpyxl write-only, one Python call per cell."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="People")
    sheet.append(headers)
    illegal = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
    rows = len(data[0][1])
    for index in range(rows):
        row = []
        for numeric, values in data:
            value = values[index]
            if numeric:
                row.append(None if value != value else float(value))
            else:
                row.append(illegal.sub("", value) or None)
        sheet.append(row)
    workbook.save(path)


def xlsxwriter_write(path: Path, headers, data) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    sheet = workbook.add_worksheet("People")
    for column, header in enumerate(headers):
        sheet.write_string(0, column, header)
    rows = len(data[0][1])
    columns = [(numeric, values.tolist()) for numeric, values in data]
    for index in range(rows):
        for column, (numeric, values) in enumerate(columns):
            value = values[index]
            if numeric:
                if value == value:
                    sheet.write_number(index + 1, column, value)
            elif value:
                sheet.write_string(index + 1, column, value)
    workbook.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement (median printed)")
    args = parser.parse_args()

    dataset = load_dataset(synthetic_dataset_dir(args.rows))
    query = table_query(dataset, "people")
    total = len(query)
    print(f"people table: {total:,} rows x {len(query.columns)} columns")
    folder = Path(tempfile.mkdtemp(prefix="kzeu-bench-xlsx-"))
    updates = []

    def progress(done, rows):
        updates.append(done)
        return True

    ours = timed(lambda: write_table(query, folder / "people.xlsx", title="People", progress=progress), args.repeat)
    size = (folder / "people.xlsx").stat().st_size
    print(f"streaming XLSX writer, {total:,} rows: {ours:6.1f} s  ({size / 1e6:.0f} MB, "
          f"{len(updates) // args.repeat} progress updates)")
    csv_time = timed(lambda: write_table(query, folder / "people.csv", progress=progress), args.repeat)
    print(f"CSV of the same rows (floor):          {csv_time:6.1f} s  (XLSX / CSV = {ours / csv_time:.2f})")

    base_rows = min(args.baseline_rows, total)
    headers, data = rows_of(query, base_rows)
    scale = total / base_rows
    old = timed(lambda: openpyxl_write(folder / "old.xlsx", headers, data), args.repeat)
    print(f"openpyxl write-only, {base_rows:,} rows:  {old:6.1f} s  -> {old * scale:6.1f} s scaled to {total:,} "
          f"(ours is {old * scale / ours:.1f}x faster)")
    try:
        import xlsxwriter  # noqa: F401
    except ImportError:
        print("xlsxwriter not installed: its baseline skipped")
    else:
        other = timed(lambda: xlsxwriter_write(folder / "xw.xlsx", headers, data), args.repeat)
        print(f"xlsxwriter constant_memory, {base_rows:,} rows: {other:6.1f} s  -> {other * scale:6.1f} s scaled "
              f"(ours is {other * scale / ours:.1f}x faster)")

    # A private system temp folder for the cancelled export: other processes on this machine use /tmp too.
    private_temp = Path(tempfile.mkdtemp(prefix="kzeu-bench-systemp-"))
    tempfile.tempdir = str(private_temp)
    cancel_at = total // 2

    def cancel(done, rows):
        return done < cancel_at

    start = time.perf_counter()
    try:
        write_table(query, folder / "cancelled.xlsx", progress=cancel)
    except ExportCancelled:
        pass
    left = sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.name == "cancelled.xlsx")
    new_temp = sorted(os.listdir(private_temp))
    tempfile.tempdir = None
    private_temp.rmdir()
    print(f"cancel at {cancel_at:,} rows: {time.perf_counter() - start:.1f} s; left beside the target: {left or 'nothing'}; "
          f"new in the system temp folder: {new_temp or 'nothing'}")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
