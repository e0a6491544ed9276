"""Per-lane density of the timeline (no Qt): counts per lane and bin, events in a range."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model.timeline import LaneDensity, bin_of


def brute_force(x, lane, lanes, low, high, bins, keep=None):
    """Each lane's np.histogram over [low, high], entry by entry."""
    keep = np.ones(len(x), dtype=bool) if keep is None else keep
    out = np.zeros((lanes, bins), dtype=np.int64)
    for number in range(lanes):
        chosen = x[(lane == number) & keep & (x >= low) & (x <= high)]
        out[number] = np.histogram(chosen, bins=bins, range=(low, high))[0]
    return out


@pytest.fixture
def entries():
    rng = np.random.default_rng(3)
    n = 20_000
    x = rng.uniform(0, 1_000, n)
    x[:500] = np.round(x[:500])  # many on the bin edges
    lane = rng.integers(-1, 4, n)  # -1: not drawn
    x[7] = np.nan
    return x, lane


@pytest.mark.parametrize(("low", "high", "bins"), [(0, 1000, 400), (100, 350, 250), (123.4, 124.9, 7), (-50, 2000, 1)])
def test_counts_per_lane_and_bin_equal_a_brute_force_count(entries, low, high, bins):
    x, lane = entries
    density = LaneDensity(x, lane)
    counts = density.histogram(low, high, bins)
    assert counts.shape == (4, bins)
    np.testing.assert_array_equal(counts, brute_force(x, lane, 4, low, high, bins))
    assert counts.sum() == density.count(low, high)


def test_the_bins_follow_the_visible_range(entries):
    x, lane = entries
    density = LaneDensity(x, lane)
    wide = density.histogram(0, 1000, 100)
    narrow = density.histogram(0, 100, 100)
    # The first tenth of the wide view is ten narrow bins in one.
    np.testing.assert_array_equal(wide[:, :10], narrow.reshape(4, 10, 10).sum(axis=2))
    in_range = (lane >= 0) & (x >= 0) & (x <= 100)
    assert narrow.sum() == in_range.sum() == density.count(0, 100)
    assert sorted(density.entries_in(0, 100).tolist()) == np.flatnonzero(in_range).tolist()


def test_a_mask_and_weights_count_only_some_entries(entries):
    x, lane = entries
    density = LaneDensity(x, lane)
    shown = np.arange(len(x)) % 3 == 0
    highlighted = np.arange(len(x)) % 5 == 0
    density.set_mask(shown)
    np.testing.assert_array_equal(density.histogram(0, 1000, 50), brute_force(x, lane, 4, 0, 1000, 50, shown))
    np.testing.assert_array_equal(density.histogram(0, 1000, 50, weights=highlighted),
                                  brute_force(x, lane, 4, 0, 1000, 50, shown & highlighted))
    assert density.count(0, 1000) == int((shown & (lane >= 0) & ~np.isnan(x)).sum())


def test_spread_entries_count_at_their_spread_in_histograms_and_at_x_elsewhere(entries):
    x, lane = entries
    rng = np.random.default_rng(5)
    moved = np.flatnonzero(rng.random(len(x)) < 0.15)
    moved = moved[moved != 7]
    spread_x = x.copy()
    spread_x[moved] = rng.uniform(0, 1_000, len(moved))
    spread_x[moved[:40]] = np.round(spread_x[moved[:40]])  # on bin edges too
    density = LaneDensity(x, lane, spread=(moved, spread_x[moved]))
    shown = np.arange(len(x)) % 3 != 0
    highlighted = np.arange(len(x)) % 7 == 0
    for mask in (None, shown):
        density.set_mask(mask)
        keep = np.ones(len(x), dtype=bool) if mask is None else mask
        np.testing.assert_array_equal(density.histogram(0, 1000, 37), brute_force(spread_x, lane, 4, 0, 1000, 37, keep))
        np.testing.assert_array_equal(density.histogram(200, 300, 9, weights=highlighted),
                                      brute_force(spread_x, lane, 4, 200, 300, 9, keep & highlighted))
        # Counts and entries in a range go by x (where the markers stand), each entry once.
        in_range = keep & (lane >= 0) & (x >= 250) & (x <= 400)
        assert density.count(250, 400) == in_range.sum()
        assert sorted(density.entries_in(250, 400).tolist()) == np.flatnonzero(in_range).tolist()
        assert density.counted == int((keep & (lane >= 0) & ~np.isnan(x)).sum())


def test_an_order_sorted_beforehand_gives_the_same_index_as_sorting_here(entries):
    x, lane = entries
    moved = np.arange(100, 3_000, 7)
    spread = (moved, x[moved] + 0.5)
    order = np.argsort(x, kind="stable").astype(np.int32)  # what TimelineData.entry_anchor_order holds
    sorted_here = LaneDensity(x, lane, spread=spread)
    sorted_before = LaneDensity(x, lane, spread=spread, order=order)
    for mask in (None, np.arange(len(x)) % 4 != 0):
        sorted_here.set_mask(mask)
        sorted_before.set_mask(mask)
        for low, high in ((0, 1000), (0.0, 1.0), (499.0, 501.0), (250.5, 250.5)):
            # Entries in x order, ties in entry order: the very same arrays, not only the same counts.
            np.testing.assert_array_equal(sorted_before.entries_in(low, high), sorted_here.entries_in(low, high))
            np.testing.assert_array_equal(sorted_before.histogram(low, high + 1, 13), sorted_here.histogram(low, high + 1, 13))


def test_the_timeline_orders_its_entries_by_anchor_once():
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import EntryEvents, TimelineData

    data = TimelineData(load_dataset())
    anchor = EntryEvents(len(data), data.award_event).per_entry(data.anchor)
    order = data.entry_anchor_order
    assert len(order) == len(data) + len(data.award_event) and len(data.award_event) > 0
    assert sorted(order.tolist()) == list(range(len(anchor)))
    placed = anchor[order][~np.isnan(anchor[order])]
    assert (np.diff(placed) >= 0).all()
    assert data.entry_anchor_order is order  # worked out once, then kept


def test_bin_of_agrees_with_numpy_at_the_edges():
    edges = np.linspace(0.1, 0.7, 61)
    x = np.concatenate([edges, np.nextafter(edges, -np.inf)[1:], np.nextafter(edges, np.inf)[:-1]])
    which = bin_of(x, 0.1, 0.7, 60)
    counts = np.bincount(which, minlength=60)
    np.testing.assert_array_equal(counts, np.histogram(x, bins=60, range=(0.1, 0.7))[0])


def test_no_lanes_or_an_empty_range_counts_nothing():
    density = LaneDensity(np.array([1.0, 2.0]), np.array([-1, -1]))
    assert density.histogram(0, 3, 5).shape == (0, 5)
    density = LaneDensity(np.array([1.0, 2.0]), np.array([0, 1]))
    assert density.histogram(2, 2, 5).sum() == 0
    assert density.count(5, 9) == 0


def test_partial_dates_count_spread_over_their_month_or_year(tmp_path):
    from conftest import MINIMAL_DATASET, write_dataset
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import TimelineData

    rows = "".join(f"ev-y{i},2010,,Year only {i},meeting,,x,s1\n" for i in range(1200))
    events = MINIMAL_DATASET["events.csv"].rstrip() + "\n" + rows
    data = TimelineData(load_dataset(write_dataset(tmp_path / "data", {"events.csv": events})))
    exact = ~data.partial
    np.testing.assert_array_equal(data.spread[exact], data.anchor[exact])
    pca = data.index_of["ev-1999-06-pca"]
    assert data.start[pca] <= data.spread[pca] < data.end[pca]
    year = data.partial & (data.years_first == 2010)
    assert year.sum() == 1200
    assert ((data.spread[year] >= data.start[year]) & (data.spread[year] < data.end[year])).all()
    # Every month of 2010 holds about a twelfth of them, not all in July.
    months = np.bincount(data.spread[year].astype("datetime64[s]").astype("datetime64[M]").astype(int) % 12, minlength=12)
    assert months.min() >= 80 and months.max() <= 120


@pytest.fixture
def crowded_data(tmp_path):
    from conftest import MINIMAL_DATASET, write_dataset
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import TimelineData

    rng = np.random.default_rng(11)
    days = rng.integers(0, 3000, 900)
    rows = "".join(
        f"ev-c{i},{np.datetime64('2001-01-01') + d},{'' if i % 7 else np.datetime64('2001-01-01') + d + 20},"
        f"Talks {i % 13},{'visit' if i % 3 else 'meeting'},,x,s1\n" for i, d in enumerate(days.tolist()))
    events = MINIMAL_DATASET["events.csv"].rstrip() + "\n" + rows
    return TimelineData(load_dataset(write_dataset(tmp_path / "data", {"events.csv": events})))


def test_positions_in_a_range_are_the_events_touching_it(crowded_data):
    data = crowded_data
    # Ranges starting exactly where events start or end (an event ending there does not touch it).
    edges = [(float(data.start[k]), float(data.start[k]) + 4e6) for k in (5, 300)]
    edges += [(float(data.end[k]), float(data.end[k]) + 4e6) for k in (7, 450)]
    for low, high in ((9.9e8, 1.0e9), (1.05e9, 1.2e9), (0, 1), (-1e12, 1e12), *edges):
        brute = np.flatnonzero(data.valid & (data.start < high) & (data.end > low))
        assert sorted(data.positions_in_range((low, high)).tolist()) == brute.tolist()
    assert data.positions_in_range(None) is None


@pytest.mark.parametrize("span", [30 * 86400.0, 2e8])  # few rows (placed by rank), many (a mask)
def test_the_list_narrowed_to_a_range_keeps_the_search_and_the_order(crowded_data, span):
    from kzeuviewer.model.timeline import TITLE_COLUMN, EventsQuery

    data = crowded_data
    query = EventsQuery(data)
    query.set_sort([(TITLE_COLUMN, True)])
    query.set_search("talks")
    ordered = query.rows.copy()
    low = 1.0e9
    positions = data.positions_in_range((low, low + span))
    keep = data.of_kinds({"meeting"})
    query.set_listed(positions, keep)
    wanted = set(positions.tolist()) & set(np.flatnonzero(keep).tolist())
    assert query.rows.tolist() == [r for r in ordered.tolist() if r in wanted]
    assert 0 < len(query.rows) < len(ordered)
    assert query.row_mask.sum() == len(wanted)
    # A new search keeps the narrowing.
    query.set_search("talks 1")
    assert set(query.rows.tolist()) <= wanted and all("1" in data.titles[r] for r in query.rows.tolist())


def test_participant_names_are_joined_in_file_order(tmp_path):
    from conftest import write_dataset
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import participant_names

    participants = """\
        event_id,person_id,role
        ev-2022-10-26-summit,jankauskas-kestutis,
        ev-2023-05-15-brussels,nurtleu-murat,visitor
        ev-2022-10-26-summit,nurtleu-murat,
        ev-2023-05-15-brussels,borrell-josep,host
        ev-2022-10-26-summit,borrell-josep,
        """
    dataset = load_dataset(write_dataset(tmp_path / "data", {"participants.csv": participants}))
    names = dict(zip(dataset.events["event_id"], participant_names(dataset), strict=True))
    assert names == {
        "ev-2023-05-15-brussels": "Murat Nurtleu, Josep Borrell",
        "ev-1999-06-pca": "",
        "ev-2022-10-26-summit": "Kęstutis Jankauskas, Murat Nurtleu, Josep Borrell",
    }
    ids = dict(zip(dataset.events["event_id"], participant_names(dataset, "; ", "person_id"), strict=True))
    assert ids["ev-2022-10-26-summit"] == "jankauskas-kestutis; nurtleu-murat; borrell-josep"


def test_participant_names_from_the_loaders_rows_match_those_found_by_id():
    from kzeuviewer.model import Dataset, load_dataset
    from kzeuviewer.model.timeline import participant_names

    loaded = load_dataset()  # the bundled data: events with several participants each
    assert loaded.link("participants", "person_id") is not None and loaded.link("participants", "event_id") is not None
    by_ids = Dataset(loaded.path, dict(loaded.tables), loaded.problems)  # no rows from the loader: ids are looked up
    assert by_ids.link("participants", "person_id") is None
    for column in ("name", "person_id"):
        linked = participant_names(loaded, "; ", column).tolist()
        assert linked == participant_names(by_ids, "; ", column).tolist()
        assert sum(bool(names) for names in linked) >= 10


def test_the_list_keeps_one_array_of_32_bit_rows_when_nothing_narrows_it(crowded_data):
    from kzeuviewer.model.timeline import TITLE_COLUMN, EventsQuery

    data = crowded_data
    query = EventsQuery(data)
    every_kind = data.of_kinds(set())
    query.set_listed(None, every_kind)
    assert query.rows.tolist() == list(range(len(data)))
    assert query.rows.dtype == np.int32
    assert query.rows is query._searched_rows  # not a second array saying the same
    query.set_sort([(TITLE_COLUMN, False)])
    titles = [data.titles[r] for r in query.rows.tolist()]
    assert sorted(query.rows.tolist()) == list(range(len(data)))
    assert [t.casefold() for t in titles] == sorted(t.casefold() for t in titles)
    assert query.rows.dtype == np.int32 and query.rows is query._order  # the sort's own array
    query.set_listed(None, data.of_kinds({"meeting"}))
    assert query.rows.dtype == np.int32
    assert query.rows.tolist() == [r for r in query._order.tolist() if data.kind_codes[r] != 2]


def test_the_lists_participants_are_kept_as_codes_when_few_distinct(tmp_path):
    from conftest import write_dataset
    from kzeuviewer.model import load_dataset
    from kzeuviewer.model.timeline import PARTICIPANTS_COLUMN, EventsQuery, TimelineData, participant_names

    participants = """\
        event_id,person_id,role
        ev-2022-10-26-summit,jankauskas-kestutis,
        ev-2022-10-26-summit,borrell-josep,
        ev-2023-05-15-brussels,borrell-josep,host
        """
    dataset = load_dataset(write_dataset(tmp_path / "data", {"participants.csv": participants}))
    data = TimelineData(dataset)
    column = data.frame["participant_names"]
    assert isinstance(column.dtype, pd.CategoricalDtype)
    assert column.astype(str).tolist() == participant_names(dataset).tolist()
    query = EventsQuery(data)
    by_id = dict(zip(data.ids[query.rows].tolist(), query.column_values(PARTICIPANTS_COLUMN).tolist(), strict=True))
    assert by_id == {"ev-2022-10-26-summit": "Kęstutis Jankauskas, Josep Borrell",
                     "ev-2023-05-15-brussels": "Josep Borrell", "ev-1999-06-pca": ""}
    query.set_search("borrell")
    assert sorted(data.ids[query.rows].tolist()) == ["ev-2022-10-26-summit", "ev-2023-05-15-brussels"]


def test_the_lists_titles_are_encoded_only_once_searched_or_sorted(crowded_data):
    from kzeuviewer.model.timeline import TITLE_COLUMN, EventsQuery, _EncodedOnFirstUse

    data = crowded_data
    titles = [data.titles[i] for i in range(len(data))]
    query = EventsQuery(data)
    query.set_listed(None, data.of_kinds({"meeting"}))
    shown = [titles[r] for r in query.rows.tolist()]
    assert query.column_values(TITLE_COLUMN).tolist() == shown
    assert [query.cell(row, TITLE_COLUMN) for row in range(len(query))] == shown
    assert query.values_at([2, 0], TITLE_COLUMN).tolist() == [shown[2], shown[0]]
    assert query.export_values(TITLE_COLUMN).tolist() == shown
    assert query.view_frame([TITLE_COLUMN]).iloc[:, 0].tolist() == shown
    assert isinstance(query._encoded[TITLE_COLUMN], _EncodedOnFirstUse)  # read by position so far
    query.set_search("talks 1")
    assert not isinstance(query._encoded[TITLE_COLUMN], _EncodedOnFirstUse)
    expected = [r for r in range(len(data)) if "talks 1" in titles[r].lower() and data.kind_codes[r] != 2]
    assert sorted(query.rows.tolist()) == expected
    assert query.column_values(TITLE_COLUMN).tolist() == [titles[r] for r in query.rows.tolist()]
    sorted_query = EventsQuery(data)
    sorted_query.set_sort([(TITLE_COLUMN, True)])
    ordered = sorted_query.column_values(TITLE_COLUMN).tolist()
    assert [t.casefold() for t in ordered] == sorted((t.casefold() for t in titles), reverse=True)
