"""Atomic writes of one file: what the target keeps, temporary names, stale parts, failures and cancels."""

from __future__ import annotations

import errno
import fcntl
import os
import stat

import pytest

from kzeuviewer.exporters.atomic import (
    ExportCancelled,
    ExportError,
    atomic_write,
    clear_stale_parts,
    part_stem,
    scratch_dir,
    verify_pdf,
)


def writer(content: bytes):
    def write(temp):
        temp.write_bytes(content)

    return write


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_an_existing_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "secret.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write(target, writer(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.chmod(0o640)
    atomic_write(target, writer(b"newer"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_umask_default(tmp_path, umask_022):
    atomic_write(tmp_path / "a.csv", writer(b"x"))
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o644
    os.umask(0o077)
    atomic_write(tmp_path / "b.csv", writer(b"x"))
    assert stat.S_IMODE((tmp_path / "b.csv").stat().st_mode) == 0o600


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "data.csv"
    real.write_bytes(b"old")
    real.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert atomic_write(link, writer(b"new")) == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == [] and leftovers(real_folder) == []


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "missing.csv")
    atomic_write(link, writer(b"made"))
    assert link.is_symlink() and (tmp_path / "missing.csv").read_bytes() == b"made"


@pytest.mark.parametrize("length", [244, 255])
def test_any_legal_file_name_can_be_written(tmp_path, length):
    name = "k" * (length - 4) + ".csv"
    seen = []

    def write(temp):
        seen.append(temp.name)
        temp.write_bytes(b"x")

    atomic_write(tmp_path / name, write)
    assert (tmp_path / name).read_bytes() == b"x"
    assert len(os.fsencode(seen[0])) <= 255 and seen[0].endswith(".part")
    assert leftovers(tmp_path) == []


def test_long_names_that_share_a_beginning_have_different_parts(tmp_path):
    first = tmp_path / ("ę" * 120 + "-first.csv")
    second = tmp_path / ("ę" * 120 + "-second.csv")
    assert part_stem(first) != part_stem(second)
    assert len(os.fsencode(part_stem(first))) <= 255 - 17
    part_stem(first).encode("utf-8")  # cut on a character boundary


def test_stale_parts_of_the_same_target_are_cleared_on_the_next_export(tmp_path):
    target = tmp_path / "people.csv"
    stale_file = tmp_path / ".people.csv.abcd1234.part"
    stale_file.write_bytes(b"partial " * 1000)
    stale_folder = tmp_path / ".people.csv.efgh5678.d.part"
    stale_folder.mkdir()
    (stale_folder / "tmpXYZ").write_bytes(b"library temp")
    other = tmp_path / ".events.csv.abcd1234.part"
    other.write_bytes(b"another target's part")
    unrelated = tmp_path / ".people.csv.backup"
    unrelated.write_bytes(b"not ours")

    atomic_write(target, writer(b"new"))
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == [".events.csv.abcd1234.part", ".people.csv.backup"]


def test_a_part_in_use_by_a_running_export_is_left_alone(tmp_path):
    target = tmp_path / "people.csv"
    busy = tmp_path / ".people.csv.busy0000.part"
    busy.write_bytes(b"being written")
    fd = os.open(busy, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert clear_stale_parts(target) == []
        atomic_write(target, writer(b"new"))
        assert busy.exists()
    finally:
        os.close(fd)
    assert clear_stale_parts(target) == [busy]


def test_a_failing_writer_leaves_the_old_file_and_no_part(tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old image")

    def fail(temp):
        temp.write_bytes(b"half")
        raise RuntimeError("renderer crashed")

    with pytest.raises(ExportError, match=r"Cannot write .*chart\.png: renderer crashed"):
        atomic_write(target, fail)
    assert target.read_bytes() == b"old image"
    assert leftovers(tmp_path) == []


def test_disk_full_mid_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "people.csv"
    target.write_bytes(b"previous export\n")

    def fill_then_fail(temp):
        with open(temp, "wb") as handle:
            handle.write(b"x" * 100_000)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(ExportError, match="No space left on device"):
        atomic_write(target, fill_then_fail)
    assert target.read_bytes() == b"previous export\n"
    assert leftovers(tmp_path) == []


def test_a_cancel_removes_the_part_and_says_cancelled(tmp_path):
    target = tmp_path / "people.xlsx"
    target.write_bytes(b"old")

    def cancelled(temp):
        temp.write_bytes(b"partial")
        with scratch_dir(temp) as scratch:
            (scratch / "library-temp").write_bytes(b"big")
            raise ExportCancelled("Export cancelled; nothing was written")

    with pytest.raises(ExportCancelled):
        atomic_write(target, cancelled)
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_an_interrupt_removes_the_part_and_is_not_swallowed(tmp_path):
    def interrupted(temp):
        temp.write_bytes(b"partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "a.csv", interrupted)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_result_is_refused_except_for_csv(tmp_path):
    with pytest.raises(ExportError, match="nothing was written"):
        atomic_write(tmp_path / "a.png", lambda temp: None)
    atomic_write(tmp_path / "empty.csv", lambda temp: None)
    assert (tmp_path / "empty.csv").read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["empty.csv"]


def test_verify_hook_refuses_a_bad_file(tmp_path):
    target = tmp_path / "a.svg"
    target.write_bytes(b"<svg>old</svg>")
    with pytest.raises(ExportError, match="failed its check"):
        atomic_write(target, writer(b"<svg>"), verify=lambda temp: temp.read_bytes().endswith(b"</svg>"))
    assert target.read_bytes() == b"<svg>old</svg>" and leftovers(tmp_path) == []
    atomic_write(target, writer(b"<svg>new</svg>"), verify=lambda temp: temp.read_bytes().endswith(b"</svg>"))
    assert target.read_bytes() == b"<svg>new</svg>"


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (PDF[: len(PDF) // 2], "does not end with %%EOF"),
        (b"<html>" + PDF[6:], "no %PDF- header"),
    ],
)
def test_verify_pdf_refuses_empty_truncated_and_foreign_files(tmp_path, content, problem):
    target = tmp_path / "chart.pdf"
    target.write_bytes(PDF)
    with pytest.raises(ExportError, match=problem):
        atomic_write(target, writer(content), verify=verify_pdf)
    assert target.read_bytes() == PDF and leftovers(tmp_path) == []


def test_verify_pdf_accepts_a_complete_pdf_with_trailing_whitespace(tmp_path):
    atomic_write(tmp_path / "chart.pdf", writer(PDF + b"\r\n  \n"), verify=verify_pdf)
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF-")


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "nowhere" / "a.csv", writer(b"x"))
