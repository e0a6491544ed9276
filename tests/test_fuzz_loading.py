"""Fuzzing ``load_dataset``: random bytes, random CSV structure, random numbers and dates.

Seeded and a fixed number of cases (a few seconds). Whatever the input, the
only exception allowed is :class:`DatasetError`, every problem prints on one
line, and a dataset that loads holds only rows that obey the documented rules.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model import DatasetError, load_dataset
from kzeuviewer.model.schema import (
    EVENT_KINDS,
    FIRST_DATE_YEAR,
    FIRST_YEAR,
    FLOWS,
    LAST_DATE_YEAR,
    LAST_YEAR,
    MAX_VALUE,
    PARTNERS,
    REPORTERS,
)
from kzeuviewer.model.units import parse_unit

CASES = 100

TRICKY_NUMBERS = [
    "inf", "-inf", "Infinity", "nan", "NaN", "1e309", "-1e309", "1e306", "1e20", "99999999999", "-5", "0", "-0",
    "２０２１", "1,5", "1_000", "0x10", "2021.0", "2021.5", " 2022 ", "+2022", "1e3", "", "  ", "\u200b2022",
    "12.5", "-3.25", "1e15", "1e16", "4.9e-324",
]
TRICKY_DATES = [
    "9999-12-31", "1600", "1677-09-21", "2262-04-12", "0000", "2023-02-30", "2023-13", "2023-00-01", "-5",
    "２０２３", "2023-5-1", "2023-05-15", "1999-06", "1700-01-01", "2200-12-31", "2201", "", " 2001 ",
    "2001-02-29", "2000-02-29", "1e3", "\ufeff2020",
]
TRICKY_WORDS = [
    "KZ", "kaz", "EU27", "European Union", "World", "UK", "Press", "export", "Imports", "turnover", "smuggling",
    "USD billion", "usd thousand", "EUR", "%", "roubles", "", "EU\n9999.csv:1: fake", "\u200bEU", '"', '""', ",",
    "=cmd|' /C calc'!A0", "x" * 300,
]
FILES = ["sources.csv", "people.csv", "events.csv", "participants.csv", "awards.csv", "trade.csv", "indicators.csv"]


def random_cell(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(TRICKY_NUMBERS)
    if pick < 0.55:
        return rng.choice(TRICKY_DATES)
    if pick < 0.8:
        return rng.choice(TRICKY_WORDS)
    if pick < 0.9:
        return repr(rng.uniform(-1e18, 1e18))
    return "".join(rng.choice('ab ,;"\n\r\t-0123456789.eé\u200b') for _ in range(rng.randint(0, 12)))


def quoted(cell: str, rng: random.Random) -> str:
    needs = any(c in cell for c in ',"\n\r') or rng.random() < 0.1
    if needs and rng.random() < 0.95:  # now and then leave it unquoted on purpose
        return '"' + cell.replace('"', '""') + '"'
    return cell


def random_csv(header: list[str], rng: random.Random) -> bytes:
    header = list(header)
    if rng.random() < 0.15:
        header.append(rng.choice(["", header[0], "extra", "name\u200b"]))
    lines = [",".join(header)]
    for _ in range(rng.randint(0, 8)):
        width = len(header) + (rng.choice([-2, -1, 1, 2]) if rng.random() < 0.15 else 0)
        lines.append(",".join(quoted(random_cell(rng), rng) for _ in range(max(width, 0))))
    text = rng.choice(["\n", "\r\n"]).join(lines) + ("\n" if rng.random() < 0.8 else "")
    data = text.encode("utf-8")
    if rng.random() < 0.05:
        data = b"\xef\xbb\xbf" + data
    return data


def valid_rows_for_trade_or_events(header_of: dict, file: str, rng: random.Random) -> bytes:
    """Rows that are valid except for one random cell in a number or date column."""
    if file == "trade.csv":
        rows = []
        for _ in range(rng.randint(1, 6)):
            rows.append([
                "BNS", rng.choice(TRICKY_NUMBERS + ["2021", "2022"]), rng.choice(["export", "import", "Export", "smuggle"]),
                rng.choice(TRICKY_NUMBERS + ["24.1"]), rng.choice(["USD billion", "usd thousand", "EUR", "%", "bn"]),
                rng.choice(["Kazakhstan", "KZ", "EU", "Mars"]), rng.choice(["EU", "World", "UK", "China"]),
                rng.choice(["EU27", "World", "EU29"]), "s1",
            ])
    else:
        rows = []
        for i in range(rng.randint(1, 6)):
            rows.append([
                f"ev-{i}", rng.choice(TRICKY_DATES), rng.choice(TRICKY_DATES + [""] * 5), "Title",
                rng.choice(list(EVENT_KINDS) + ["party"]), "", "", "s1",
            ])
    lines = [",".join(header_of[file])] + [",".join(quoted(c, rng) for c in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


HEADERS = {
    "sources.csv": ["source_id", "title", "publisher", "url", "published", "quote"],
    "people.csv": ["person_id", "name", "role", "organisation", "side", "source_ids"],
    "events.csv": ["event_id", "date", "end_date", "title", "kind", "location", "summary", "source_ids"],
    "participants.csv": ["event_id", "person_id", "role"],
    "awards.csv": ["award_id", "person_id", "award", "degree", "date", "conferred_by", "event_id", "source_ids"],
    "trade.csv": ["series", "year", "flow", "value", "unit", "reporter", "partner", "partner_scope", "source_ids"],
    "indicators.csv": ["series", "year", "indicator", "value", "unit", "source_ids"],
}


def hostile_files(rng: random.Random) -> dict[str, bytes]:
    kind = rng.choice(["bytes", "structure", "values", "values"])
    target = rng.choice(FILES)
    if kind == "bytes":
        alphabet = bytes(range(256)) if rng.random() < 0.3 else b'abc,;"\n\r\t \x00\xff\xfe\xc3\xa9-0123456789'
        return {target: bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))}
    if kind == "structure":
        return {target: random_csv(HEADERS[target], rng)}
    file = rng.choice(["trade.csv", "events.csv"])
    files = {file: valid_rows_for_trade_or_events(HEADERS, file, rng)}
    if file == "events.csv":  # nothing may refer to the replaced events
        files["participants.csv"] = b"event_id,person_id,role\n"
        files["awards.csv"] = ",".join(HEADERS["awards.csv"]).encode() + b"\n"
    return files


def assert_only_valid_rows(dataset) -> None:
    trade = dataset.trade
    if len(trade):
        years = trade["year"].to_numpy(dtype=float, na_value=np.nan)
        assert not np.isnan(years).any() and (years >= FIRST_YEAR).all() and (years <= LAST_YEAR).all()
        units = trade["unit"].astype(str).tolist()
        scales = [parse_unit(u).factor for u in units]  # every unit is a money unit
        values = trade["value"].to_numpy(dtype=float, na_value=np.nan)
        assert all(math.isfinite(v) and abs(v) * s <= MAX_VALUE for v, s in zip(values, scales, strict=True))
        assert set(trade["flow"].astype(str)) <= set(FLOWS)
        assert set(trade["reporter"].astype(str)) <= set(REPORTERS)
        assert set(trade["partner"].astype(str)) <= set(PARTNERS)
    events = dataset.events
    if len(events):
        starts = events["date_start"]
        assert starts.notna().all()
        assert (starts.dt.year >= FIRST_DATE_YEAR).all() and (events["date_end"].dt.year <= LAST_DATE_YEAR).all()
        ends = events["end_date_end"]
        assert ((ends >= starts) | ends.isna()).all()
        assert set(events["kind"].astype(str)) <= set(EVENT_KINDS)
        assert pd.api.types.is_datetime64_ns_dtype(starts.dtype)


@pytest.mark.parametrize("seed", range(CASES))
def test_fuzzed_datasets_load_or_fail_cleanly(make_dataset, seed):
    rng = random.Random(seed)
    folder = make_dataset(hostile_files(rng))
    try:
        dataset = load_dataset(folder)
    except DatasetError as err:
        assert err.problems and all(p.severity == "fatal" for p in err.problems)
        assert all("\n" not in str(p) for p in err.problems)
        return
    assert all("\n" not in str(p) and "\r" not in str(p) for p in dataset.problems)
    assert_only_valid_rows(dataset)


EXPORT_CASES = 25


@pytest.mark.parametrize("seed", range(EXPORT_CASES))
def test_every_exporter_writes_complete_files_or_nothing(make_dataset, tmp_path, seed):
    """Fuzzed datasets that load go through every table and chart exporter: complete files, nothing else."""
    import csv
    import zipfile

    from kzeuviewer.exporters import ExportError, atomic_write, write_frame_csv
    from kzeuviewer.exporters.tables import export_table
    from kzeuviewer.model.charts import CHARTS, build_chart
    from kzeuviewer.model.tables import TABLE_NAMES

    rng = random.Random(1000 + seed)
    files = hostile_files(rng)
    if rng.random() < 0.5:  # also tricky text in the names that reach every table
        rows = "".join(f"p{i},{quoted(rng.choice(TRICKY_WORDS), rng)},r,o,EU,s1\n" for i in range(5))
        files["people.csv"] = ("person_id,name,role,organisation,side,source_ids\n" + rows).encode()
    try:
        dataset = load_dataset(make_dataset(files))
    except DatasetError:
        return
    out = tmp_path / f"out{seed}"
    out.mkdir()
    expected = set()
    for table in TABLE_NAMES:
        for suffix in (".csv", ".xlsx"):
            target = out / f"{table}{suffix}"
            try:
                export_table(dataset, table, target)
            except ExportError:
                assert not target.exists()
                continue
            expected.add(target.name)
            if suffix == ".csv":
                with open(target, encoding="utf-8-sig", newline="") as handle:
                    rows = list(csv.reader(handle))
                assert rows and all(not cell.startswith(("=", "+", "@")) for row in rows[1:] for cell in row
                                    if not _is_number(cell))
            else:
                with zipfile.ZipFile(target) as workbook:
                    assert workbook.testzip() is None
    for chart_id, spec in CHARTS.items():
        for option in spec.options(dataset) or [None]:
            frame = build_chart(dataset, chart_id, option).frame
            target = out / f"{chart_id}-{option or 'all'}.csv".replace(" ", "_").replace("/", "_")
            atomic_write(target, lambda temp, frame=frame: write_frame_csv(temp, frame))
            expected.add(target.name)
    assert {p.name for p in out.iterdir()} == expected  # no part files, nothing half-written


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
