"""The seed articles as a regression suite: the events issue 3 expects, and none it forbids."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geoatlas.pipeline import run_events
from tests.conftest import SEEDS

POKROVSK, VOVCHANSK, KUPIANSK, KRAMATORSK = 704422, 689304, 703656, 704508
SLOVIANSK, MYRNOHRAD, KURAKHOVE, LYMAN = 693468, 710035, 695357, 704204
RU_SIDE = {"RU MoD", "RU General Staff", "Kremlin", "RU officials", "DPR authorities", "Wagner"}


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    table, problems, _ = run_events([SEEDS], manifest=SEEDS / "manifest.csv")
    assert not problems
    return table


@pytest.fixture(scope="module")
def undated_events() -> pd.DataFrame:
    table, _, _ = run_events([SEEDS])
    return table


def _rows(events: pd.DataFrame, seed: str, geonameid: int) -> pd.DataFrame:
    return events[events.article_id.str.startswith(seed) & (events.geonameid == geonameid)]


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


@pytest.mark.parametrize("seed", ["000", "002"])
def test_pokrovsk_captured_by_russia(events: pd.DataFrame, seed: str) -> None:
    rows = _rows(events, seed, POKROVSK)
    captured = rows[
        (rows.status == "captured") & (rows.actor == "RU") & rows.claimant.isin(RU_SIDE)
    ]
    assert not captured.empty, rows[["status", "actor", "claimant", "quote"]]
    assert {_day(d) for d in captured.date} & {dt.date(2025, 12, 1), dt.date(2025, 11, 30)}
    assert set(captured.claimant_side) == {"RU"}
    assert set(captured.controller) == {"RU"}


def test_vovchansk_captured_by_russia(events: pd.DataFrame) -> None:
    rows = _rows(events, "002", VOVCHANSK)
    captured = rows[(rows.status == "captured") & (rows.actor == "RU")]
    assert {_day(d) for d in captured.date} & {dt.date(2025, 12, 1), dt.date(2025, 11, 30)}


@pytest.mark.parametrize("town", [POKROVSK, KUPIANSK])
def test_encircled_by_russia_per_ru_mod(events: pd.DataFrame, town: int) -> None:
    rows = _rows(events, "001", town)
    hit = rows[(rows.status == "encircled") & (rows.actor == "RU") & (rows.claimant == "RU MoD")]
    assert not hit.empty, rows[["status", "actor", "claimant"]]
    assert {_day(d) for d in hit.date} == {dt.date(2025, 11, 5)}


def test_no_attempt_read_as_capture(events: pd.DataFrame) -> None:
    rows = _rows(events, "001", POKROVSK)
    assert "captured" not in set(rows.status)  # "La Russie a cherche a controler Pokrovsk"


@pytest.mark.parametrize("town", [KRAMATORSK, SLOVIANSK])
def test_held_by_ukraine_per_media(events: pd.DataFrame, town: int) -> None:
    rows = _rows(events, "000", town)
    assert not rows[
        (rows.status == "held") & (rows.actor == "UA") & (rows.claimant == "media")
    ].empty


def test_myrnohrad_encircled_or_contested(events: pd.DataFrame) -> None:
    assert set(_rows(events, "000", MYRNOHRAD).status) & {"encircled", "contested"}


def test_kurakhove_captured_per_ru_mod(events: pd.DataFrame) -> None:
    rows = _rows(events, "003", KURAKHOVE)
    hit = rows[(rows.status == "captured") & (rows.actor == "RU") & (rows.claimant == "RU MoD")]
    assert {_day(d) for d in hit.date} == {dt.date(2025, 1, 6)}


def test_pokrovsk_only_a_distance_in_003(events: pd.DataFrame) -> None:
    assert _rows(events, "003", POKROVSK).empty


def test_lyman_withdrawn_by_russia_and_recaptured_by_ukraine(events: pd.DataFrame) -> None:
    rows = _rows(events, "004", LYMAN)
    withdrawn = rows[
        (rows.status == "withdrawn") & (rows.actor == "RU") & (rows.claimant == "RU MoD")
    ]
    recaptured = rows[
        (rows.status == "recaptured") & (rows.actor == "UA") & (rows.claimant == "UA MoD")
    ]
    assert {_day(d) for d in withdrawn.date} == {dt.date(2022, 10, 1)}
    assert {_day(d) for d in recaptured.date} == {dt.date(2022, 10, 1)}


def test_nothing_from_comments_or_world_cities(events: pd.DataFrame) -> None:
    assert set(events.country) <= {"UA", "RU"}
    assert not {"Odesa", "Kherson", "Kharkiv", "Miami", "Geneva", "Paris", "Moscow"} & set(
        events.place
    )
    quotes = " ".join(events.quote)
    assert "Répondre" not in quotes and "commentaires" not in quotes


def test_every_event_quotes_its_article(events: pd.DataFrame) -> None:
    for row in events.itertuples():
        text = (SEEDS / f"{row.article_id}.txt").read_text(encoding="utf-8")
        assert row.quote.split("\n")[0][:60] in text
        assert row.place_as_written in row.quote


def test_without_manifest_dates_come_from_the_text(undated_events: pd.DataFrame) -> None:
    p002 = _rows(undated_events, "002", POKROVSK)
    assert {_day(d) for d in p002.date} & {dt.date(2025, 12, 1), dt.date(2025, 11, 30)}
    k003 = _rows(undated_events, "003", KURAKHOVE)
    assert {_day(d) for d in k003.date if _day(d)} <= {dt.date(2025, 1, 5), dt.date(2025, 1, 6)}
    assert not k003.empty
    # 004 has no year anywhere: its events carry no date rather than a guessed one.
    assert _rows(undated_events, "004", LYMAN).date.isna().all()
