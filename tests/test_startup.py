"""The real start-up path, as a person starts the app: ``kzeuviewer`` with no arguments."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process times from /proc")


def cpu_ticks(pid: int) -> int:
    """User + system CPU time of a process, in clock ticks."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_until_idle(process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Until the process stops using CPU for a second: the window is up and every lazy tab built."""
    deadline = time.monotonic() + timeout
    last, quiet_since = -1, None
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        ticks = cpu_ticks(process.pid)
        now = time.monotonic()
        if ticks != last:
            last, quiet_since = ticks, now
        elif now - quiet_since >= 1.0 and ticks > 0:
            return
        time.sleep(0.1)
    raise AssertionError("the app never settled")


def test_kzeuviewer_starts_on_the_bundled_data_and_closes_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-m", "kzeuviewer"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_until_idle(process)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "Error" not in err, err
    # Closing saved the window like a person closing it would.
    settings = (tmp_path / "config" / "kzeuviewer" / "kzeuviewer.ini").read_text()
    assert "tab=timeline" in settings and "geometry=" in settings
