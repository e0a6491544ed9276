"""Group-atomic writes: an image and its CSV are both written, or neither is, and an old pair survives."""

from __future__ import annotations

import os

import pytest

from kzeuviewer.exporters.atomic import ExportError, atomic_group, verify_pdf


def writer(content: bytes):
    def write(temp):
        temp.write_bytes(content)

    return write


def fail(temp):
    temp.write_bytes(b"half a CSV")
    raise OSError(28, "No space left on device")


@pytest.fixture
def old_pair(tmp_path):
    png, csv = tmp_path / "chart.png", tmp_path / "chart.csv"
    png.write_bytes(b"old png")
    csv.write_bytes(b"old csv")
    return png, csv


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_both_files_are_written(tmp_path, old_pair):
    png, csv = old_pair
    written = atomic_group({png: writer(b"new png"), csv: writer(b"new csv")})
    assert written == [png, csv]
    assert (png.read_bytes(), csv.read_bytes()) == (b"new png", b"new csv")
    assert names(tmp_path) == ["chart.csv", "chart.png"]


def test_a_failing_csv_leaves_the_old_png_and_csv(tmp_path, old_pair):
    png, csv = old_pair
    with pytest.raises(ExportError, match=r"chart\.csv: No space left on device"):
        atomic_group({png: writer(b"new png"), csv: fail})
    assert (png.read_bytes(), csv.read_bytes()) == (b"old png", b"old csv")
    assert names(tmp_path) == ["chart.csv", "chart.png"]


def test_a_failing_csv_leaves_no_new_png_either(tmp_path):
    png, csv = tmp_path / "chart.png", tmp_path / "chart.csv"
    with pytest.raises(ExportError):
        atomic_group({png: writer(b"new png"), csv: fail})
    assert names(tmp_path) == []


def test_a_rename_that_fails_rolls_back_the_files_already_replaced(tmp_path, old_pair):
    png, _csv = old_pair
    blocked = tmp_path / "chart-data.csv"
    blocked.mkdir()  # a folder where the CSV should go: writing works, the final rename fails
    new_png = tmp_path / "fresh.png"
    with pytest.raises(ExportError, match="no file of this export was written"):
        atomic_group({png: writer(b"new png"), new_png: writer(b"fresh"), blocked: writer(b"new csv")})
    assert png.read_bytes() == b"old png"
    assert not new_png.exists()
    assert blocked.is_dir() and list(blocked.iterdir()) == []
    assert names(tmp_path) == ["chart-data.csv", "chart.csv", "chart.png"]


def test_a_failed_check_renames_nothing(tmp_path, old_pair):
    pdf, csv = tmp_path / "chart.pdf", old_pair[1]
    pdf.write_bytes(b"%PDF-1.4 old %%EOF")
    with pytest.raises(ExportError, match=r"chart\.pdf: incomplete PDF"):
        atomic_group({csv: writer(b"new csv"), pdf: writer(b"%PDF-1.4 cut sho")}, verify={pdf: verify_pdf})
    assert csv.read_bytes() == b"old csv" and pdf.read_bytes() == b"%PDF-1.4 old %%EOF"
    assert names(tmp_path) == ["chart.csv", "chart.pdf", "chart.png"]


def test_hard_links_and_modes_of_the_old_files_are_not_disturbed_by_a_failure(tmp_path, old_pair):
    png, csv = old_pair
    png.chmod(0o600)
    twin = tmp_path / "twin.png"
    os.link(png, twin)
    with pytest.raises(ExportError):
        atomic_group({png: writer(b"new png"), csv: fail})
    assert os.stat(png).st_ino == os.stat(twin).st_ino and twin.read_bytes() == b"old png"
    assert oct(png.stat().st_mode & 0o777) == "0o600"


def test_the_same_file_twice_is_refused(tmp_path):
    target = tmp_path / "a.csv"
    link = tmp_path / "b.csv"
    target.write_bytes(b"x")
    link.symlink_to(target)
    with pytest.raises(ExportError, match="same file twice"):
        atomic_group({target: writer(b"1"), link: writer(b"2")})
    assert target.read_bytes() == b"x"
