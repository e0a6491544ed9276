"""Synthetic datasets at scale, in the real file format, for benchmarks.

``synthetic_dataset_dir(rows)`` writes a dataset folder whose people-and-awards
table (one row per person and award) has about ``rows`` rows, with realistic
strings (names with diacritics, roles, organisations), partial dates and
categories, and returns its path; ``load_dataset`` then reads it exactly as it
reads the bundled data. Folders are cached under the temp dir by size and seed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

FIRST_NAMES = (
    "Kęstutis Josep Murat Kassym-Jomart Nursultan Aigerim Dinara Askar Yerlan Zhanna Gulnara Saule Timur Dauren "
    "Federica Ursula Charles Simon Josef Annalena Emmanuel Olaf Mateusz Łukasz Jürgen Zoë Ramūnas Žaneta Øystein "
    "François Hélène Joāo Inês Ilze Kārlis Tõnis Mārtiņš Dragoș Ștefan Ágnes Gergő Zdeněk Věra Miloš Søren Björn "
    "Åsa Eero Päivi Luís Begoña Nuño Giorgio Chiara Matthias Dóra Siobhán Pádraig Nikos Eleni Marek Zuzana Aliya "
    "Bauyrzhan Yerzhan Madina Erlan Roman Kairat Mukhtar Rustam Alikhan Beibut Serik Gulshara Ainur Nurlan Arman"
).split()
LAST_NAMES = (
    "Jankauskas Borrell Nurtleu Tokayev Nazarbayev Mogherini von-der-Leyen Michel Mordue Borg Baerbock Macron "
    "Scholz Morawiecki Müller Schröder Dvořák Novák Kovačević Nagy Szabó Horváth Kowalski Wiśniewski Wójcik "
    "Petrauskas Kazlauskas Bērziņš Kalniņš Tamm Saar Virtanen Korhonen Nieminen Johansson Lindqvist Jørgensen "
    "Sørensen Hansen O'Brien Ó Súilleabháin Papadopoulos Georgiou Rossi Bianchi García Fernández Gonçalves "
    "Popescu Ionescu Dimitrov Ivanova Suleimenov Abdrakhmanov Tleuberdi Vassilenko Smailov Mamin Sagintayev "
    "Massimov Kuanyshev Atamkulov Zhumangarin Skakov Bekturov Kemelbekov Mukhamedzhanov Omarova Iskakova"
).split()
# Names as Kazakh and Russian sources print them, for the distinct case (a quarter of its people).
CYRILLIC_FIRST = "Мұрат Қасым-Жомарт Әлихан Ерлан Айгерім Жанна Гүлнара Серік Нұрлан Дәурен Иван Ольга Сергей Юрий".split()
CYRILLIC_LAST = (
    "Нұртлеу Тоқаев Смайылов Кәрін Әбдірахманов Тілеуберді Боррель Могерини Янкаускас Жұмаңғарин Сүлейменов "
    "Қуанышев Иванова Васильев Достық Ерланұлы Әшімбаев Сағынтаев"
).split()
SYLLABLES = "ka be nu ra se ti mo la zh an er ol us ik ar em in ov ev ba ly ur sa"
TITLES = (
    "Minister", "Deputy Minister", "Vice Minister", "Ambassador", "Chargé d'affaires", "Head of Delegation",
    "Director-General", "Deputy Director", "Special Representative", "Commissioner", "Member of Parliament",
    "Senator", "Adviser", "Chief Executive", "Chairman", "President", "Prime Minister", "Consul", "Attaché",
    "Head of Unit", "Secretary of State", "Permanent Representative", "Rapporteur", "Spokesperson",
)
PORTFOLIOS = (
    "Foreign Affairs", "Energy", "Trade and Integration", "Finance", "National Economy", "Industry", "Agriculture",
    "Digital Development", "Justice", "Education", "Culture and Sport", "Ecology", "Transport", "Health",
    "Internal Affairs", "Defence", "Science and Higher Education", "Labour", "Tourism", "Emergency Situations",
)
COUNTRIES = (
    "Austria Belgium Bulgaria Croatia Cyprus Czechia Denmark Estonia Finland France Germany Greece Hungary "
    "Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia Slovenia "
    "Spain Sweden"
).split()
INSTITUTIONS = (
    "European Commission", "EEAS", "European Council", "European Parliament", "Council of the EU",
    "European Investment Bank", "EBRD", "Government of Kazakhstan", "Presidential Administration",
    "Mazhilis", "Senate of Kazakhstan", "Samruk-Kazyna", "KazMunayGas", "Kazatomprom", "Astana International Financial Centre",
)
AWARDS = (
    ("Order of Dostyk", True), ("Order of Parasat", True), ("Order of Kurmet", False), ("Order of Barys", True),
    ("Order of Otan", False), ("Order of Danq", True), ("Medal 'Astana'", False), ("Medal 'Shapagat'", False),
    ("Medal '30 years of Independence'", False), ("Medal '25 years of the Constitution'", False),
    ("Medal 'Yeren enbegi ushin'", False), ("Jubilee Medal 'Astana 20 Years'", False),
)
DEGREES = ("1st", "2nd", "3rd")
CONFERRERS = (
    "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Murat Nurtleu", "Mukhtar Tleuberdi", "Askar Mamin",
    "Alikhan Smailov", "Karim Massimov", "Yerzhan Ashikbayev", "Roman Vassilenko", "Akylbek Kamaldinov",
)
PLACES = ("Astana", "Almaty", "Brussels", "Berlin", "Paris", "Rome", "Vienna", "Warsaw", "Luxembourg", "Strasbourg")
KINDS = ("visit", "summit", "meeting", "agreement", "award", "other")


def _surnames(rng: np.random.Generator, count: int) -> list[str]:
    syllables = SYLLABLES.split()
    endings = ("ov", "ova", "ev", "eva", "uly", "kyzy", "ski", "ska", "aitis", "ienė", "escu", "sen", "mann", "ić")
    made = {
        "".join(rng.choice(syllables, size=rng.integers(2, 4))).capitalize() + rng.choice(endings)
        for _ in range(count)
    }
    return list(LAST_NAMES) + sorted(made)


def _pick(rng: np.random.Generator, values, size: int, weights=None) -> np.ndarray:
    values = np.asarray(values, dtype=object)
    p = None if weights is None else np.asarray(weights, dtype=float) / np.sum(weights)
    return values[rng.choice(len(values), size=size, p=p)]


def _dates(rng: np.random.Generator, size: int) -> np.ndarray:
    """Partial dates 1992–2025: 70 % day, 20 % month, 10 % year precision."""
    days = rng.integers(np.datetime64("1992-01-01").astype(int), np.datetime64("2025-12-31").astype(int), size=size)
    text = np.datetime_as_string(days.astype("datetime64[D]"), unit="D").astype(object)
    precision = rng.choice(3, size=size, p=[0.1, 0.2, 0.7])
    text[precision == 0] = [t[:4] for t in text[precision == 0]]
    text[precision == 1] = [t[:7] for t in text[precision == 1]]
    return text


def synthetic_frames(rows: int = 1_000_000, seed: int = 7, distinct: bool = False) -> dict[str, pd.DataFrame]:
    """The dataset's tables as DataFrames of text, sized for a people table of about ``rows`` rows.

    ``distinct``: every person has a name of their own ("Kęstutis Jankauskas12",
    a quarter written in Cyrillic: "Мұрат Нұртлеу7") and at most one award, so every row of the people table shows a different
    name, as in a real register (the default repeats names, like the first
    benchmark's data: about 440,000 distinct names in a million rows).
    """
    rng = np.random.default_rng(seed)
    people_count = max(rows if distinct else rows // 2, 3)
    awarded = people_count // 2
    award_count = awarded if distinct else rows - (people_count - awarded)
    event_count = max(rows // 50, 3)
    source_count = max(rows // 200, 2)

    sources = pd.DataFrame(
        {
            "source_id": [f"src-{i:06d}" for i in range(source_count)],
            "title": [f"Report {i} on Kazakhstan–EU cooperation" for i in range(source_count)],
            "publisher": _pick(rng, ("Kazinform", "The Astana Times", "EEAS", "Akorda", "Eurostat", "BNS"), source_count),
            "url": [f"https://example.org/news/{i}" for i in range(source_count)],
            "published": _dates(rng, source_count),
            "quote": [f"A quoted sentence number {i} about the meeting." for i in range(source_count)],
        }
    )
    source_ids = sources["source_id"].to_numpy(dtype=object)

    surnames = _surnames(rng, 6000)
    first = _pick(rng, FIRST_NAMES, people_count)
    last = _pick(rng, surnames, people_count)
    initials = _pick(rng, ["", "", "", "A. ", "B. ", "M. ", "S. ", "K. "], people_count)
    names = [f"{f} {i}{s}" for f, i, s in zip(first, initials, last, strict=True)]
    if distinct:
        in_cyrillic = rng.random(people_count) < 0.25
        cyrillic_first = _pick(rng, CYRILLIC_FIRST, people_count)
        cyrillic_last = _pick(rng, CYRILLIC_LAST, people_count)
        last = np.where(in_cyrillic, cyrillic_last, last)
        names = [
            f"{f} {s}" if cyrillic else name
            for name, cyrillic, f, s in zip(names, in_cyrillic, cyrillic_first, cyrillic_last, strict=True)
        ]
        # A running number per surname makes each name unique and keeps the numbers short.
        seen: dict[str, int] = {}
        for place, (name, surname) in enumerate(zip(names, last, strict=True)):
            seen[surname] = number = seen.get(surname, 0) + 1
            names[place] = f"{name}{number}"
    sides = _pick(rng, ("KZ", "EU", "EU member state", "other"), people_count, weights=(45, 25, 25, 5))
    titles = _pick(rng, TITLES, people_count)
    portfolios = _pick(rng, PORTFOLIOS, people_count)
    countries = _pick(rng, COUNTRIES, people_count)
    roles = np.where(
        np.isin(titles, ("Ambassador", "Consul", "Chargé d'affaires", "Attaché")),
        [f"{t} of {c} to Kazakhstan" for t, c in zip(titles, countries, strict=True)],
        [f"{t} of {p}" for t, p in zip(titles, portfolios, strict=True)],
    )
    organisations = np.where(
        sides == "EU member state",
        [f"Embassy of {c} in Astana" for c in countries],
        np.where(
            sides == "KZ",
            [f"Ministry of {p} of Kazakhstan" for p in portfolios],
            _pick(rng, INSTITUTIONS, people_count),
        ),
    )
    person_ids = np.array([f"p-{i:07d}" for i in range(people_count)], dtype=object)
    people = pd.DataFrame(
        {
            "person_id": person_ids,
            "name": names,
            "role": roles,
            "organisation": organisations,
            "side": sides,
            "source_ids": _pick(rng, source_ids, people_count),
        }
    )

    event_ids = np.array([f"ev-{i:06d}" for i in range(event_count)], dtype=object)
    event_kinds = _pick(rng, KINDS, event_count, weights=(40, 10, 35, 8, 4, 3))
    event_places = _pick(rng, PLACES, event_count)
    events = pd.DataFrame(
        {
            "event_id": event_ids,
            "date": _dates(rng, event_count),
            "end_date": "",
            "title": [f"{k.capitalize()} in {p} no. {i}" for i, (k, p) in enumerate(zip(event_kinds, event_places, strict=True))],
            "kind": event_kinds,
            "location": event_places,
            "summary": [f"Talks on {p}" for p in _pick(rng, PORTFOLIOS, event_count)],
            "source_ids": _pick(rng, source_ids, event_count),
        }
    )

    participant_count = people_count
    pairs = pd.DataFrame(
        {
            "event_id": _pick(rng, event_ids, participant_count),
            "person_id": _pick(rng, person_ids, participant_count),
        }
    ).drop_duplicates()
    participants = pairs.assign(role=_pick(rng, ("host", "visitor", "delegate", ""), len(pairs)))

    award_people = np.sort(rng.choice(people_count, size=awarded, replace=False))
    extra = rng.choice(awarded, size=award_count - awarded) if award_count > awarded else np.empty(0, dtype=np.int64)
    award_person = np.sort(np.concatenate([award_people, award_people[extra]]))
    award_kind = rng.integers(0, len(AWARDS), size=award_count)
    has_degree = np.array([AWARDS[k][1] for k in range(len(AWARDS))])[award_kind]
    degrees = np.where(has_degree, _pick(rng, DEGREES, award_count), "")
    linked = rng.random(award_count) < 0.6
    awards = pd.DataFrame(
        {
            "award_id": [f"aw-{i:07d}" for i in range(award_count)],
            "person_id": person_ids[award_person],
            "award": np.array([a for a, _ in AWARDS], dtype=object)[award_kind],
            "degree": degrees,
            "date": _dates(rng, award_count),
            "conferred_by": _pick(rng, CONFERRERS, award_count),
            "event_id": np.where(linked, _pick(rng, event_ids, award_count), ""),
            "source_ids": _pick(rng, source_ids, award_count),
        }
    )
    trade = pd.DataFrame(
        {
            "series": ["BNS"], "year": [2022], "flow": ["export"], "value": ["33.9"], "unit": ["USD billion"],
            "reporter": ["Kazakhstan"], "partner": ["EU"], "partner_scope": ["EU28 incl. UK"],
            "source_ids": [source_ids[0]],
        }
    )
    return {
        "sources": sources, "people": people, "events": events, "participants": participants,
        "awards": awards, "trade": trade,
    }


def synthetic_dataset_dir(
    rows: int = 1_000_000, seed: int = 7, folder: Path | None = None, distinct: bool = False
) -> Path:
    """A dataset folder with a people table of about ``rows`` rows (written once, then reused)."""
    suffix = "-distinct" if distinct else ""
    folder = folder or Path(tempfile.gettempdir()) / f"kzeuviewer-synthetic-{rows}-{seed}{suffix}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in synthetic_frames(rows, seed, distinct).items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    done.write_text("ok\n")
    return folder
