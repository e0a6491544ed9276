"""``--view FILE`` on the command line gives what the window's own export of that view gives."""

from __future__ import annotations

import json
import shutil

from PySide6.QtGui import QImage

from kzeuviewer.cli import main
from kzeuviewer.model import bundled_data_dir


def set_up(window):
    trade = window.tab("trade")
    trade.select_chart("kz-eu-trade", "BNS")
    trade.state.update(hidden_series={trade.data.series[-1].label})
    trade.state.show_years(2019, 2022)
    trade.table_state.sort = (("value", True),)
    window.tab("people").state.update(search="o", sort=(("name", True),), hidden_columns={"role"})
    window.tab("timeline").state.update(search="visit")


def test_export_chart_with_a_view_equals_the_window_export(bundled_window, tmp_path, capsys):
    set_up(bundled_window)
    view = bundled_window.save_view(tmp_path / "v.kzview")
    bundled_window.show_tab("trade")
    window_png, window_csv = bundled_window.export_view(tmp_path / "window.png", 960, 540)[0], \
        bundled_window.export_view(tmp_path / "window.csv")[0]
    assert main(["export-chart", "--view", str(view), "--out", str(tmp_path / "cli.png"), "--width", "960", "--height", "540"]) == 0
    assert main(["export-chart", "--view", str(view), "--out", str(tmp_path / "cli.csv")]) == 0
    assert (tmp_path / "cli.csv").read_bytes() == window_csv.read_bytes()
    cli_image, window_image = QImage(str(tmp_path / "cli.png")), QImage(str(window_png))
    assert cli_image.size() == window_image.size() and cli_image.width() == 960
    assert cli_image == window_image  # every pixel


def test_export_table_with_a_view_equals_the_window_export(bundled_window, tmp_path):
    set_up(bundled_window)
    view = bundled_window.save_view(tmp_path / "v.kzview")
    for table, tab in (("people", "people"), ("events", "timeline"), ("trade", "trade")):
        bundled_window.show_tab(tab)
        expected = bundled_window.export_view(tmp_path / f"window-{table}.csv")[0].read_bytes()
        out = tmp_path / f"cli-{table}.csv"
        assert main(["export-table", "--view", str(view), "--table", table, "--out", str(out)]) == 0
        assert out.read_bytes() == expected, table
    people_rows = (tmp_path / "cli-people.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "Role" not in people_rows[0] and len(people_rows) > 2


def test_bad_views_exit_1_and_bad_combinations_exit_2(tmp_path, capsys):
    broken = tmp_path / "broken.kzview"
    broken.write_text("{", encoding="utf-8")
    assert main(["export-chart", "--view", str(broken), "--out", str(tmp_path / "x.png")]) == 1
    assert "broken.kzview:1:" in capsys.readouterr().err
    data = shutil.copytree(bundled_data_dir(), tmp_path / "data")
    gone = tmp_path / "gone.kzview"
    gone.write_text(json.dumps({"format": "kzeuviewer-view", "version": 1, "dataset": {"path": "data"}}), encoding="utf-8")
    shutil.rmtree(data)
    assert main(["export-table", "--view", str(gone), "--table", "people", "--out", str(tmp_path / "p.csv")]) == 1
    assert "is gone" in capsys.readouterr().err
    assert main(["export-chart", "kz-eu-trade", "--view", str(gone), "--out", str(tmp_path / "x.png")]) == 2
    assert main(["export-table", "--view", str(gone), "--table", "events", "--out", str(tmp_path / "e.xlsx")]) == 2
    assert main(["export-table", "--view", str(gone), "--table", "people", "--search", "x", "--out", str(tmp_path / "p.csv")]) == 2
    assert not any(p.suffix in (".png", ".csv", ".xlsx") for p in tmp_path.iterdir())
