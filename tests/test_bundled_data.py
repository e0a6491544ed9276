"""The bundled dataset itself: what a reader sees is clean, labelled as the fact base labels it, and sourced.

These tests read ``data/*.csv`` as plain CSV (not through the loader), so a
failure names the file, line and column of the offending cell.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from kzeuviewer.model import bundled_data_dir, load_dataset

DATA = Path(bundled_data_dir())
FACT_TABLES = ("people", "events", "awards", "trade", "indicators")
# Tracking parameters and hosts of search results or redirects: never a source's address.
TRACKING_PARAMS = re.compile(r"^(utm_|_ylt|_ylu|fbclid|gclid|s_it$)")
REDIRECT_HOSTS = ("enow.com", "r.search.yahoo.com", "search.yahoo.com", "bing.com", "t.co", "l.facebook.com")
# IMF DOTS mirror: EU members reporting in the years the fact base gives fewer than 27 (facts/trade_imf_dots_usd.csv).
PARTIAL_DOTS_YEARS = {1992: 6, 1993: 18, 1994: 24, 1995: 25, 1996: 26, 1997: 26, 1999: 26, 2001: 26, 2002: 26, 2003: 26, 2005: 26}


def read(name: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of ``data/<name>.csv``; line 1 is the header."""
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return [(reader.line_num, row) for row in reader]


def documented_confidence_values() -> list[str]:
    """The values listed under **`confidence`** in data/README.md."""
    text = (DATA / "README.md").read_text(encoding="utf-8")
    block = text.split("- **`confidence`**", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^\s+- `([a-z-]+)`:", block, flags=re.MULTILINE)


def test_no_internal_marker_in_any_text():
    offenders = [
        f"{path.name}:{line}: {column}"
        for path in sorted(DATA.glob("*.csv"))
        for line, row in read(path.stem)
        for column, cell in row.items()
        if cell and re.search(r"\bSEED\b", cell)
    ]
    assert offenders == []


def test_source_urls_are_plain_http_addresses():
    problems = []
    for line, row in read("sources"):
        url, where = row["url"], f"sources.csv:{line}: {row['source_id']}"
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
            problems.append(f"{where}: not an http(s) address")
        if not url.isascii():
            problems.append(f"{where}: raw non-ASCII characters")
        if "%25" in url or re.search(r"%(?![0-9A-Fa-f]{2})", url):
            problems.append(f"{where}: double-encoded or broken percent escape")
        if ";" in parts.path or any(TRACKING_PARAMS.match(key) for key, _ in parse_qsl(parts.query)):
            problems.append(f"{where}: tracking parameters")
        host = parts.netloc.lower().removeprefix("www.")
        if any(host == h or host.endswith("." + h) for h in REDIRECT_HOSTS) or "/url?" in url:
            problems.append(f"{where}: search or redirect address")
    assert problems == []


def test_confidence_values_are_the_documented_vocabulary():
    vocabulary = documented_confidence_values()
    assert vocabulary == ["confirmed", "single-source", "announced", "uncertain", "unverified", "disputed"]
    used = set()
    for name in ("people", "events", "awards"):
        for line, row in read(name):
            value = row["confidence"]
            used.add(value)
            assert value in vocabulary, f"{name}.csv:{line}: confidence {value!r}"
            if value != "confirmed":
                assert row["note"].strip(), f"{name}.csv:{line}: a {value} row must give its reason in note"
    assert {"announced", "single-source", "uncertain", "unverified", "disputed"} <= used


def expected_from_fact_base(wording: str) -> set[str] | None:
    """The labels the fact base's own confidence wording allows (None: it does not restrict the label)."""
    lowered = wording.lower()
    if "unverified" in lowered:
        return {"unverified"}
    if "announced" in lowered or "in advance" in lowered:
        return {"announced", "disputed"}
    if "uncertain" in lowered or "year inferred" in lowered:
        return {"uncertain", "disputed"}
    if "single" in lowered or re.search(r"\bfrom .+ only\b", lowered):
        return {"single-source"}
    return None


def test_confidence_never_claims_more_than_the_fact_base():
    """The note repeats the fact base's wording; the label must follow it (e.g. 'announced same day' is not confirmed)."""
    checked = 0
    for name in ("people", "events", "awards"):
        for line, row in read(name):
            match = re.search(r"Fact[- ]base(?: confidence)?: (.*?)(?:\.$|\. [A-Z]|$)", row["note"])
            wording = match.group(1) if match else row["note"] if row["note"].startswith("UNVERIFIED") else ""
            allowed = expected_from_fact_base(wording)
            if allowed is None:
                continue
            checked += 1
            assert row["confidence"] in allowed, f"{name}.csv:{line}: {row['confidence']!r} but the fact base says {wording!r}"
    assert checked >= 12


def test_every_fact_row_resolves_its_sources():
    known = {row["source_id"] for _, row in read("sources")}
    for name in FACT_TABLES:
        for line, row in read(name):
            ids = [s.strip() for s in row["source_ids"].split(";")]
            assert ids and all(ids), f"{name}.csv:{line}: empty source_ids"
            assert set(ids) <= known, f"{name}.csv:{line}: unknown sources {sorted(set(ids) - known)}"
    people = {row["person_id"] for _, row in read("people")}
    events = {row["event_id"] for _, row in read("events")}
    for line, row in read("participants"):
        assert row["person_id"] in people and row["event_id"] in events, f"participants.csv:{line}"


def test_imf_mirror_rows_say_how_many_members_reported():
    rows = [(line, row) for line, row in read("trade") if row["series"] == "IMF DOTS mirror (derived)"]
    assert len(rows) == 29
    for line, row in rows:
        year = int(row["year"])
        expected = PARTIAL_DOTS_YEARS.get(year, 27)
        assert row["coverage"] == f"{expected}/27", f"trade.csv:{line}: {year} coverage {row['coverage']!r}"
        assert f"{expected} of 27 members reporting" in row["note"], f"trade.csv:{line}"
    others = [line for line, row in read("trade") if row["series"] != "IMF DOTS mirror (derived)" and row["coverage"]]
    assert others == []


def test_bundled_dataset_loads_without_any_problem():
    """The coverage column is documented in the schema: no 'kept as extra' warning, no row problem."""
    dataset = load_dataset(None)
    assert [str(p) for p in dataset.problems] == []
    assert "coverage" in dataset.trade.columns


def test_seed_share_rows_quote_the_seed_and_say_investment():
    seed = [row for _, row in read("indicators") if "govkz-2023-05-18" in row["source_ids"] and row["value"] == "30"]
    assert {row["indicator"] for row in seed} == {"EU share of KZ trade turnover", "EU share of investment"}
    for row in seed:
        assert "more than 30% of Kazakhstan’s foreign trade and investments" in row["quote"]
        assert row["qualifier"] == ">"


def test_people_are_named_in_full():
    for line, row in read("people"):
        name = re.sub(r"\s*\(.*?\)", "", row["name"]).strip()  # "(Japarov)": a second spelling, not a given name
        assert len(name.split()) >= 2, f"people.csv:{line}: {row['name']!r} is a surname only"


def test_seed_source_title_describes_the_article():
    titles = {row["source_id"]: row["title"] for _, row in read("sources")}
    assert "working visit to Brussels" in titles["govkz-2023-05-18"]
    assert "begin official" not in titles["govkz-2023-05-18"]
