"""Headless timeline exports (as ``kzeuviewer export-all`` uses them)."""

from __future__ import annotations

import csv

from PySide6.QtGui import QImage

from kzeuviewer.model import load_dataset
from kzeuviewer.ui.timeline.export import export_events_csv, export_timeline_image


def test_export_events_csv_without_a_window(dataset_dir, tmp_path):
    dataset = load_dataset(dataset_dir)
    target = export_events_csv(dataset, tmp_path / "events.csv")
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["event_id"] for r in rows] == ["ev-1999-06-pca", "ev-2022-10-26-summit", "ev-2023-05-15-brussels"]
    summit = rows[1]
    assert summit["date_text"] == "26–27 October 2022"
    assert summit["participants"] == "Kęstutis Jankauskas"
    assert summit["participant_ids"] == "jankauskas-kestutis"
    chosen = export_events_csv(dataset, tmp_path / "two.csv", ["ev-2023-05-15-brussels", "ev-1999-06-pca"])
    with chosen.open(encoding="utf-8-sig") as handle:
        assert [r["event_id"] for r in csv.DictReader(handle)] == ["ev-2023-05-15-brussels", "ev-1999-06-pca"]


def test_export_timeline_image_without_a_window(qapp, dataset_dir, tmp_path):
    dataset = load_dataset(dataset_dir)
    target = export_timeline_image(dataset, tmp_path / "timeline.png", 1200, 600)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 600)
    colours = {image.pixelColor(x, y).name() for y in range(0, 600, 3) for x in range(0, 1200, 3)}
    assert len(colours) > 20  # axes, lanes, markers and text, not a blank page


def test_a_failed_export_leaves_the_old_file(qapp, dataset_dir, tmp_path, monkeypatch):
    """The write fails half-way (the file being written vanishes under the writer): the old file stays."""
    import pytest

    from kzeuviewer.exporters.atomic import ExportError
    from kzeuviewer.ui.export import chart

    dataset = load_dataset(dataset_dir)
    target = export_timeline_image(dataset, tmp_path / "timeline.png", 800, 400)
    old = target.read_bytes()
    assert QImage(str(target)).width() == 800

    render = chart.render_plot_image
    sabotaged = []

    def render_then_break_the_file(*args, **kwargs):
        image = render(*args, **kwargs)  # the real rendering of the new image
        for part in tmp_path.glob(".timeline.png.*.part"):
            # What the writer is about to fill now points into a folder that does not exist.
            part.unlink()
            part.symlink_to(tmp_path / "gone" / "file.png")
            sabotaged.append(part)
        return image

    monkeypatch.setattr(chart, "render_plot_image", render_then_break_the_file)
    with pytest.raises(ExportError, match="timeline.png"):
        export_timeline_image(dataset, target, 1200, 600)
    assert sabotaged  # the failure happened during the write, after rendering
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset", "timeline.png"]


def test_the_doubt_marked_on_screen_is_in_the_csv(tmp_path):
    import csv

    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import TimelineData

    dataset = load_dataset()
    data = TimelineData(dataset)
    target = export_events_csv(dataset, tmp_path / "events.csv")
    rows = list(csv.DictReader(open(target, encoding="utf-8-sig", newline="")))
    doubtful = {r["event_id"]: r for r in rows if r["confidence"] not in ("", "confirmed")}
    assert doubtful and all(r["note"] for r in doubtful.values())
    on_screen = {str(data.ids[i]) for i in range(len(data)) if data.confidence_text(i)}
    assert set(doubtful) == on_screen
