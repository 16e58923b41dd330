"""The spelling table (tests/data/): press spellings to GeoNames ids, and sentences with no town.

Each row is a case; the summary tests also measure the rates that issue 2 sets
for held-out spellings (at least 95 % resolved within 10 km, at most one false
place), so a regression shows as a number, not only as failed rows.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from geoatlas.gazetteer import Gazetteer
from geoatlas.mentions import find_mentions
from geoatlas.records import Mention, Place
from tests.conftest import DATA


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


SPELLINGS = _rows("spellings.csv")
NEGATIVES = _rows("negatives.csv")
REGIONS = _rows("regions.csv")


def _km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _mention_of(row: dict[str, str], gazetteer: Gazetteer) -> Mention | None:
    """The town mention at the spelling's place in its context sentence."""
    spelling = row["spelling"]
    text = row["context"] or f"Les combats continuent à {spelling}."
    at = text.find(spelling)
    for m in find_mentions(text, gazetteer=gazetteer):
        overlaps = at >= 0 and m.start < at + len(spelling) and at < m.end
        if m.kind == "town" and (m.text == spelling or overlaps):
            return m
    return None


def _expected(row: dict[str, str], gazetteer: Gazetteer) -> Place:
    return gazetteer.place(int(row["geonameid"]))


@pytest.mark.parametrize(
    "row", SPELLINGS, ids=[f"{r['category']}:{r['spelling']}" for r in SPELLINGS]
)
def test_spelling_resolves_to_its_place(row: dict[str, str], gazetteer: Gazetteer) -> None:
    mention = _mention_of(row, gazetteer)
    assert mention is not None and mention.place is not None, (
        f"{row['spelling']!r} not found in {row['context']!r}"
    )
    assert mention.place.geonameid == int(row["geonameid"]), (mention.place, mention.reason)


def test_spelling_table_rates(gazetteer: Gazetteer) -> None:
    """The acceptance rates of issue 2, measured on the whole table."""
    assert len(SPELLINGS) >= 150
    within = 0
    for row in SPELLINGS:
        mention = _mention_of(row, gazetteer)
        if mention is not None and mention.place is not None:
            within += _km(mention.place, _expected(row, gazetteer)) <= 10.0
    assert within / len(SPELLINGS) >= 0.95


@pytest.mark.parametrize("row", NEGATIVES, ids=[r["sentence"][:40] for r in NEGATIVES])
def test_negative_sentence_names_no_town(row: dict[str, str], gazetteer: Gazetteer) -> None:
    towns = [
        (m.text, m.place.name)
        for m in find_mentions(row["sentence"], gazetteer=gazetteer)
        if m.kind == "town" and m.place
    ]
    assert towns == [], row["note"]


def test_negatives_rate(gazetteer: Gazetteer) -> None:
    assert len(NEGATIVES) >= 40
    false = sum(
        1
        for row in NEGATIVES
        if any(m.kind == "town" for m in find_mentions(row["sentence"], gazetteer=gazetteer))
    )
    assert false <= 1


@pytest.mark.parametrize("row", REGIONS, ids=[r["sentence"][:40] for r in REGIONS])
def test_region_mentions_are_regions(row: dict[str, str], gazetteer: Gazetteer) -> None:
    mentions = find_mentions(row["sentence"], gazetteer=gazetteer)
    for name in row["region_text"].split("|"):
        found = [m for m in mentions if m.text == name]
        assert found, f"{name!r} not found"
        assert all(m.kind == "region" for m in found), [(m.text, m.kind, m.reason) for m in found]
    assert not [m for m in mentions if m.kind == "town" and m.text in row["region_text"].split("|")]


def test_table_files_are_where_the_tests_read_them() -> None:
    for name in ("spellings.csv", "negatives.csv", "regions.csv"):
        assert (Path(DATA) / name).exists()
