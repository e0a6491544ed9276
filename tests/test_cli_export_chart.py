"""``kzeuviewer export-chart`` and ``export-all`` run as a person runs them: a separate, headless process."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from kzeuviewer.model import load_dataset
from kzeuviewer.model.charts import CHARTS, build_chart


def kzeuviewer(*args, cwd=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "kzeuviewer", *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


def png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_list_prints_every_chart_id_with_its_title():
    result = kzeuviewer("export-chart", "--list")
    assert result.returncode == 0, result.stderr
    for chart_id, spec in CHARTS.items():
        assert f"{chart_id}" in result.stdout and spec.title in result.stdout
    assert "'BNS (EU27 derived)'" in result.stdout


def test_png_export_without_a_display_has_the_exact_size(out):
    target = out / "trade.png"
    result = kzeuviewer("export-chart", "kz-eu-trade", "--out", target, "--width", 1500, "--height", 700, "--series", "BNS (EU27 derived)")
    assert result.returncode == 0, result.stderr
    assert png_size(target) == (1500, 700)
    assert str(target) in result.stdout
    assert [p.name for p in out.iterdir()] == ["trade.png"]


@pytest.mark.parametrize("suffix", [".svg", ".pdf", ".jpg"])
def test_vector_and_jpeg_exports(out, suffix):
    target = out / f"chart{suffix}"
    result = kzeuviewer("export-chart", "eu-investment", "--out", target, "--no-caption")
    assert result.returncode == 0, result.stderr
    head = target.read_bytes()[:64]
    assert {".svg": b"<?xml", ".pdf": b"%PDF", ".jpg": b"\xff\xd8\xff"}[suffix] in head


def test_csv_export_equals_the_chart_model(out, make_dataset):
    folder = make_dataset()
    target = out / "data.csv"
    result = kzeuviewer("--data", folder, "export-chart", "kz-eu-trade", "--out", target)
    assert result.returncode == 0, result.stderr
    exported = pd.read_csv(target, keep_default_na=False)
    expected = build_chart(load_dataset(folder), "kz-eu-trade").frame
    assert list(exported.columns) == list(expected.columns)
    assert exported["series"].tolist() == expected["series"].tolist()
    assert exported["year"].tolist() == expected["year"].tolist()
    assert exported["value"].tolist() == pytest.approx(expected["value"].tolist())
    assert exported["source_ids"].tolist() == expected["source_ids"].tolist()


def test_data_option_after_the_command_works_too(out, make_dataset):
    folder = make_dataset()
    target = out / "data.csv"
    result = kzeuviewer("export-chart", "eu-exports-eur", "--data", folder, "--out", target)
    assert result.returncode == 0, result.stderr
    assert pd.read_csv(target)["value"].tolist() == pytest.approx([10.35])  # the small dataset's one Eurostat row


def test_unknown_chart_exits_2_listing_the_valid_ones(out):
    result = kzeuviewer("export-chart", "no-such-chart", "--out", out / "x.png")
    assert result.returncode == 2
    assert "no-such-chart" in result.stderr
    assert all(chart_id in result.stderr for chart_id in CHARTS)
    assert list(out.iterdir()) == []


def test_unknown_extension_exits_2_listing_the_valid_ones(out):
    result = kzeuviewer("export-chart", "kz-eu-trade", "--out", out / "chart.gif")
    assert result.returncode == 2
    for suffix in (".png", ".jpg", ".jpeg", ".svg", ".pdf", ".csv"):
        assert suffix in result.stderr
    assert list(out.iterdir()) == []


def test_unknown_series_and_bad_options_exit_2(out):
    series = kzeuviewer("export-chart", "kz-eu-trade", "--series", "Nobody", "--out", out / "x.png")
    assert series.returncode == 2 and "BNS (EU27 derived)" in series.stderr
    transparent = kzeuviewer("export-chart", "kz-eu-trade", "--transparent", "--out", out / "x.jpg")
    assert transparent.returncode == 2 and ".png" in transparent.stderr
    missing = kzeuviewer("export-chart", "kz-eu-trade")
    assert missing.returncode == 2 and "--out" in missing.stderr
    assert list(out.iterdir()) == []


def test_write_failure_exits_1_and_leaves_nothing(out):
    (out / "taken.png").mkdir()  # a folder where the file should go: the final rename fails
    result = kzeuviewer("export-chart", "kz-eu-trade", "--out", out / "taken.png")
    assert result.returncode == 1
    assert "taken.png" in result.stderr
    assert [p.name for p in out.iterdir()] == ["taken.png"] and not any((out / "taken.png").iterdir())
    missing = kzeuviewer("export-chart", "kz-eu-trade", "--out", out / "no" / "such" / "x.csv")
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_a_bad_size_is_a_usage_error_that_writes_nothing(out):
    target = out / "chart.svg"
    target.write_text("old chart", encoding="utf-8")
    result = kzeuviewer("export-chart", "kz-eu-trade", "--width", 0, "--out", target)
    assert result.returncode == 2
    assert target.read_text(encoding="utf-8") == "old chart"


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_a_full_disk_keeps_the_previous_export_byte_for_byte(small_disk, suffix):
    """The failure comes while writing (about 12 KB free, the chart needs more): the old file stays whole."""
    target = small_disk / f"chart{suffix}"
    old = b"%PDF-1.4 previous export %%EOF" if suffix == ".pdf" else b"\x89PNG previous export"
    target.write_bytes(old)
    (small_disk / "filler").write_bytes(b"x" * 48 * 1024)  # a nearly full disk: about 12 KB left
    result = kzeuviewer("export-chart", "kz-eu-trade", "--width", 3840, "--height", 2160, "--out", target)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Wrote" not in result.stdout
    assert target.read_bytes() == old
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", target.name])  # no part file left


def test_broken_dataset_exits_1(out, make_dataset):
    broken = make_dataset({"trade.csv": None})
    result = kzeuviewer("--data", broken, "export-chart", "kz-eu-trade", "--out", out / "x.png")
    assert result.returncode == 1
    assert "trade.csv" in result.stderr
    assert list(out.iterdir()) == []


def test_export_all_writes_every_chart_the_timeline_and_the_tables(tmp_path):
    target = tmp_path / "everything"  # created by the command
    result = kzeuviewer("export-all", "--out", target)
    assert result.returncode == 0, result.stderr + result.stdout
    names = {p.name for p in target.iterdir()}
    for chart_id in CHARTS:
        assert {f"chart-{chart_id}.png", f"chart-{chart_id}.csv"} <= names
    assert "timeline.png" in names
    assert {"table-people.csv", "table-events.csv", "table-trade.csv"} <= names
    progress = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == len(names)
    assert png_size(target / "chart-kz-eu-trade.png") == (1920, 1080)
    assert not any(name.endswith(".part") for name in names)
