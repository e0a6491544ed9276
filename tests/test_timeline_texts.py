"""The timeline's texts read from the dataset by position (no Qt): labels, notes, dates in words, ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kzeuviewer.model import load_dataset
from kzeuviewer.model.timeline import EventsQuery, TimelineData, describe_when

BUNDLED = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def bundled():
    dataset = load_dataset(BUNDLED)
    return dataset, TimelineData(dataset)


def test_labels_are_titles_after_the_date_of_a_partial_one(bundled):
    dataset, data = bundled
    events = dataset.events.reset_index(drop=True)
    assert data.partial.any() and not data.partial.all()
    for position in range(len(data)):
        title = str(events.at[position, "title"])
        row = events.iloc[position]
        when = describe_when(row["date_start"], None if pd.isna(row["end_date_start"]) else row["end_date_start"],
                             row["date_precision"], None if pd.isna(row["end_date_precision"]) else row["end_date_precision"])
        assert data.titles[position] == title
        assert data.when[position] == when
        assert data.label_texts[position] == (f"{when} · {title}" if data.partial[position] else title)
    everything = np.arange(len(data))
    assert data.label_texts.take(everything).tolist() == [data.label_texts[i] for i in everything]
    assert data.when.take(everything[::-1]).tolist() == [data.when[i] for i in everything[::-1]]
    assert data.label_texts[2:5] == [data.label_texts[i] for i in range(2, 5)]


def test_notes_and_confidence_are_the_cells_stripped(bundled):
    dataset, data = bundled
    events = dataset.events.reset_index(drop=True)
    notes = events["note"].astype(object).where(events["note"].notna(), "").astype(str).str.strip().tolist()
    confidence = events["confidence"].astype(object).where(events["confidence"].notna(), "").astype(str).str.strip()
    assert [data.notes[i] for i in range(len(data))] == notes and any(notes)
    assert list(data.confidence) == confidence.tolist()
    np.testing.assert_array_equal(data.uncertain, ~confidence.isin(["confirmed", ""]).to_numpy())
    assert data.uncertain.any()


def test_the_timeline_and_its_list_share_the_dataset_id_index(bundled):
    dataset, data = bundled
    assert data.index_of.index is dataset.event_id_index()
    query = EventsQuery(data)
    some = [str(i) for i in data.ids[[0, 3, len(data) - 1]]]
    np.testing.assert_array_equal(query.frame_rows_of_ids([*some, "no-such-event"]), sorted(data.index_of[i] for i in some))
    assert query._id_index is dataset.event_id_index()
    assert query.ids_of_frame_rows([0, 3]) == {str(data.ids[0]), str(data.ids[3])}


def test_dates_in_words_follow_the_display_language(qapp, bundled):
    from kzeuviewer.ui import i18n

    _, data = bundled
    partial = int(np.flatnonzero(data.partial & (data.precision.take(np.arange(len(data))) == "month"))[0])
    english = data.label_texts[partial]
    try:
        i18n.set_language("ru")
        data.relocalize()
        russian = data.label_texts[partial]
        assert russian != english and russian.endswith(data.titles[partial])
        assert russian.split(" · ")[0] == data.when[partial] != english.split(" · ")[0]
    finally:
        i18n.set_language("en")
        data.relocalize()
    assert data.label_texts[partial] == english


def test_text_cells_read_empty_cells_as_empty_text():
    from kzeuviewer.model.timeline import TextCells

    plain = TextCells(pd.Series(["a", None, np.nan, 5], dtype=object))
    assert [plain[i] for i in range(4)] == ["a", "", "", "5"]
    assert plain.take([3, 1, 0]).tolist() == ["5", "", "a"]
    coded = TextCells(pd.Series(pd.Categorical(["x", None, "y", "x"])))
    assert [coded[i] for i in range(4)] == ["x", "", "y", "x"]
    assert coded.take([1, 2]).tolist() == ["", "y"]


def test_an_award_at_an_event_is_labelled_with_its_persons_name(bundled):
    dataset, data = bundled
    awards = dataset.awards
    at_events = awards[awards["event_id"].notna() & (awards["event_id"].astype(str) != "")]
    expected = []
    for award in at_events.itertuples(index=False):
        position = data.index_of[str(award.event_id)]
        if str(dataset.events.iloc[position]["kind"]) == "award":
            continue  # the event is the award itself: no entry of its own
        degree = "" if pd.isna(award.degree) else str(award.degree).strip()
        title = str(award.award) + (f", {degree} degree" if degree else "")
        expected.append(f"{title}: {dataset.person(str(award.person_id))['name']}")
    assert expected and data.award_texts == expected
