"""Real faults: a full file system (a 64 KB tmpfs) and a process killed with SIGKILL mid-export."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from kzeuviewer.exporters.atomic import ExportError, atomic_group, atomic_write
from kzeuviewer.exporters.tables import write_table
from kzeuviewer.model.table_query import Column, TableQuery


def big_query(rows: int) -> TableQuery:
    frame = pd.DataFrame({"name": [f"Name number {i} Kęstutis" for i in range(rows)], "value": range(rows)})
    return TableQuery(frame, [Column("name", "Name"), Column("value", "Value", "integer")], None)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_full_disk_keeps_the_old_export_byte_for_byte(small_disk, suffix):
    target = small_disk / f"people{suffix}"
    old = b"the previous export " * 100
    target.write_bytes(old)
    with pytest.raises(ExportError, match="No space left on device"):
        write_table(big_query(20_000), target)
    assert target.read_bytes() == old
    assert sorted(p.name for p in small_disk.iterdir()) == [target.name]


def test_a_full_disk_in_a_group_keeps_the_old_pair(small_disk):
    png, csv = small_disk / "chart.png", small_disk / "chart.csv"
    png.write_bytes(b"old png")
    csv.write_bytes(b"old csv")
    with pytest.raises(ExportError, match="No space left on device"):
        atomic_group({png: lambda t: t.write_bytes(b"new png"), csv: lambda t: t.write_bytes(b"x" * 200_000)})
    assert (png.read_bytes(), csv.read_bytes()) == (b"old png", b"old csv")
    assert sorted(p.name for p in small_disk.iterdir()) == ["chart.csv", "chart.png"]
    atomic_write(csv, lambda t: t.write_bytes(b"small enough"))  # space was given back
    assert csv.read_bytes() == b"small enough"


KILLED_EXPORT = textwrap.dedent(
    """
    import sys, time
    import pandas as pd
    from kzeuviewer.exporters.tables import write_table
    from kzeuviewer.model.table_query import Column, TableQuery

    rows = 200_000
    frame = pd.DataFrame({"name": [f"Name number {i}" for i in range(rows)], "value": range(rows)})
    query = TableQuery(frame, [Column("name", "Name"), Column("value", "Value", "integer")], None)

    def progress(done, total):
        if done >= total // 2:
            print("half written", flush=True)
            time.sleep(60)  # killed here
        return True

    write_table(query, sys.argv[1], progress=progress)
    """
)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_sigkill_mid_export_leaves_only_parts_that_the_next_export_clears(tmp_path, suffix):
    folder = tmp_path / "out"
    folder.mkdir()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    target = folder / f"people{suffix}"
    target.write_bytes(b"previous export")
    env = dict(os.environ, TMPDIR=str(system_temp), PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(target)], stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout.readline() == b"half written\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    left = sorted(p.name for p in folder.iterdir() if p.name != target.name)
    assert len(left) == 1 and left[0].startswith(f".{target.name}.") and left[0].endswith(".part")
    assert (folder / left[0]).stat().st_size > 0  # half an export really was on disk
    assert target.read_bytes() == b"previous export"
    assert list(system_temp.iterdir()) == []  # nothing in the system temp folder

    assert write_table(big_query(10), target).rows == 10
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
