"""View files in the Qt-free model: every field round-trips; bad files say where and what."""

from __future__ import annotations

import json

import pytest

from kzeuviewer.model import bundled_data_dir
from kzeuviewer.model.view_file import View, ViewFileError, read_view_file, view_to_json


def full_view(dataset_path) -> View:
    view = View(dataset_path=dataset_path, tab="trade")
    view.timeline.update(search="brussels", hidden_kinds={"other", "award"}, visible_range=(1.4e9, 1.6e9),
                         list_sort=(("title", True),))
    view.people.update(search="Кестутис", regex=False, value_filters={"side": ["EU"]},
                       date_filters={"date": ("2020-01-01", "")}, sort=(("name", False), ("side", True)),
                       column_order=("side", "name"), hidden_columns={"role"})
    view.trade.update(chart="kz-eu-trade", series="BNS (EU27 derived)", x_range=(2017.5, 2020.5),
                      hidden_series={"Imports"}, log_scale=True)
    view.trade_table.update(search="2022")
    view.selection = {"events": ["e1"], "people": ["p1", "p2"], "years": [2022], "current_event": "e1",
                      "current_person": "p2", "focus": "events"}
    return view


def test_every_field_round_trips_through_a_file(tmp_path):
    data = tmp_path / "shared" / "data"
    data.mkdir(parents=True)
    path = tmp_path / "shared" / "views" / "mine.kzview"
    path.parent.mkdir()
    original = full_view(data)
    path.write_text(view_to_json(original, path, bundled_data_dir()), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "kzeuviewer-view" and document["version"] == 1
    assert document["dataset"] == {"path": "../data"}  # relative: the folder can be moved or mailed
    assert document["timeline"]["visible_range"] == ["2014-05-13T16:53:20", "2020-09-13T12:26:40"]
    read = read_view_file(path)
    assert read.dropped == []
    assert read.dataset_path.resolve() == data.resolve()
    assert read.tab == "trade"
    for name, state in original.states().items():
        assert read.states()[name] == state, name
    assert read.selection == original.selection


def test_the_bundled_dataset_is_named_not_pathed(tmp_path):
    path = tmp_path / "v.kzview"
    path.write_text(view_to_json(View(dataset_path=bundled_data_dir()), path, bundled_data_dir()), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["dataset"] == {"bundled": True}
    assert read_view_file(path).dataset_path is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "kzeuviewer-view", "version": 1,,}', ":1:"),
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b'{"format": "something-else", "version": 1}', "not a kzeuviewer view file"),
        (b"[1, 2, 3]", "not a kzeuviewer view file"),
        (b'{"format": "kzeuviewer-view", "version": 99}', "newer kzeuviewer"),
        (b'{"format": "kzeuviewer-view", "version": "one"}', "not a version number"),
    ],
)
def test_a_file_that_is_not_a_view_says_why(tmp_path, content, message):
    path = tmp_path / "bad.kzview"
    path.write_bytes(content)
    with pytest.raises(ViewFileError, match=message) as caught:
        read_view_file(path)
    assert str(path) in str(caught.value)


def test_fields_of_the_wrong_type_are_dropped_and_the_rest_applies(tmp_path):
    path = tmp_path / "odd.kzview"
    path.write_text(json.dumps({
        "format": "kzeuviewer-view", "version": 1, "tab": "charts",
        "people": {"search": "bor", "sort": "name", "colour": "red"},
        "trade": {"chart": "kz-eu-trade", "x_range": ["a", "b"]},
        "selection": {"events": "e1", "years": [2020]},
    }), encoding="utf-8")
    view = read_view_file(path)
    assert view.people.search == "bor" and view.people.sort == ()
    assert view.trade.chart == "kz-eu-trade" and view.trade.x_range is None
    assert view.tab == "timeline" and view.selection["years"] == [2020] and "events" not in view.selection
    joined = "\n".join(view.dropped)
    for where in ("tab:", "people.sort", "people.colour", "trade.x_range", "selection.events"):
        assert where in joined
