"""Small event and timeline tables in the schema's shape, shared by the map tests.

Three towns, dated so that the states change at known days:

* Avdiivka (1001): Ukraine until 2024-02-17, Russia after; Russia and Ukraine's
  own views agree.
* Kupiansk (1002): Russia from 2022-03-01, retaken 2022-09-10; on 2024-11-01
  Russia claims it again while Ukraine says it holds: ``disputed`` in the
  combined view, red in Russia's view, blue in Ukraine's.
* Robotyne (1003): contested from 2023-08-28, seen only by the media.

A later swap to the seed pipeline replaces the ``tables`` fixture alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from geoatlas.schema import EVENT_COLUMNS, TIMELINE_COLUMNS

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(__file__).resolve().parents[2] / "geoatlas/render/assets/node_modules"


def _require(condition: bool, message: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: browser tests must run)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require(CHROMIUM.exists(), f"{CHROMIUM} not found: apt-get install chromium")
    _require((NODE_MODULES / "leaflet").is_dir(), "npm assets missing: run `make setup`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


HOSTILE_QUOTE = (
    "Moscou revendique Avdiïvka <script>window.__pwned = 'script'</script>"
    " <img src=x onerror=\"window.__pwned = 'img'; alert(1)\"> {{ 7*7 }} {% raw %}"
)


@dataclass(frozen=True)
class Tables:
    events: pd.DataFrame
    timeline: pd.DataFrame


_TOWNS = {
    1001: ("Avdiivka", 48.139, 37.742, 31_940),
    1002: ("Kupiansk", 49.710, 37.615, 26_600),
    1003: ("Robotyne", 47.445, 35.838, 480),
}


def _interval(
    gid: int,
    view: str,
    state: str,
    start: str,
    end: str | None,
    status: str,
    claimant: str,
    ids: list[str],
) -> dict[str, object]:
    place, lat, lon, population = _TOWNS[gid]
    return {
        "geonameid": gid,
        "place": place,
        "lat": lat,
        "lon": lon,
        "population": population,
        "view": view,
        "state": state,
        "valid_from": pd.Timestamp(start),
        "valid_to": pd.Timestamp(end) if end else pd.NaT,
        "status": status,
        "claimant": claimant,
        "event_ids": ids,
    }


def _event(
    eid: str,
    article: str,
    gid: int,
    date: str | None,
    precision: str,
    status: str,
    actor: str | None,
    controller: str,
    claimant: str,
    side: str,
    quote: str,
    *,
    source: str = "AFP",
    url: str = "https://www.example.org/article",
    written: str | None = None,
    published: str | None = None,
) -> dict[str, object]:
    place, lat, lon, _ = _TOWNS[gid]
    return {
        "event_id": eid,
        "article_id": article,
        "published": pd.Timestamp(published or date or "2024-12-01"),
        "source": source,
        "url": url,
        "place": place,
        "geonameid": gid,
        "place_as_written": written or place,
        "country": "UA",
        "admin1": "Donetsk",
        "lat": lat,
        "lon": lon,
        "date": pd.Timestamp(date) if date else pd.NaT,
        "date_precision": precision,
        "status": status,
        "actor": actor,
        "controller": controller,
        "claimant": claimant,
        "claimant_side": side,
        "confidence": 0.9,
        "quote": quote,
        "start": 0,
        "end": len(place),
    }


def make_tables(quote_e2: str = "Moscou revendique la prise d'Avdiïvka.") -> Tables:
    """The three-town scenario; ``quote_e2`` is the quote of Russia's capture of Avdiivka."""
    timeline = pd.DataFrame(
        [
            _interval(
                1001, "all", "UA", "2023-10-10", "2024-02-17", "held", "UA General Staff", ["e1"]
            ),
            _interval(1001, "all", "RU", "2024-02-17", None, "captured", "RU MoD", ["e2"]),
            _interval(
                1001, "UA", "UA", "2023-10-10", "2024-02-17", "held", "UA General Staff", ["e1"]
            ),
            _interval(
                1001, "UA", "RU", "2024-02-17", None, "withdrawn", "UA General Staff", ["e3"]
            ),
            _interval(1001, "RU", "RU", "2024-02-17", None, "captured", "RU MoD", ["e2"]),
            _interval(1002, "all", "RU", "2022-03-01", "2022-09-10", "captured", "RU MoD", ["e4"]),
            _interval(
                1002,
                "all",
                "UA",
                "2022-09-10",
                "2024-11-01",
                "recaptured",
                "UA General Staff",
                ["e5"],
            ),
            _interval(
                1002, "all", "disputed", "2024-11-01", None, "captured", "RU MoD", ["e6", "e7"]
            ),
            _interval(1002, "RU", "RU", "2022-03-01", None, "captured", "RU MoD", ["e4", "e6"]),
            _interval(
                1002, "UA", "UA", "2022-09-10", None, "held", "UA General Staff", ["e5", "e7"]
            ),
            _interval(1003, "all", "contested", "2023-08-28", None, "contested", "ISW", ["e8"]),
            _interval(1003, "third", "contested", "2023-08-28", None, "contested", "ISW", ["e8"]),
        ],
        columns=list(TIMELINE_COLUMNS),
    )
    events = pd.DataFrame(
        [
            _event(
                "e1",
                "a1",
                1001,
                "2023-10-10",
                "day",
                "held",
                "UA",
                "UA",
                "UA General Staff",
                "UA",
                "Les forces ukrainiennes tiennent toujours Avdiïvka.",
                source="Le Monde",
                url="https://www.lemonde.fr/international/article/2023/10/11/avdiivka.html",
                written="Avdiïvka",
            ),
            _event(
                "e2",
                "a2",
                1001,
                "2024-02-17",
                "day",
                "captured",
                "RU",
                "RU",
                "RU MoD",
                "RU",
                quote_e2,
                source="AFP & Reuters",
                url="https://www.afp.com/fr/a2?id=1&lang=fr",
            ),
            _event(
                "e3",
                "a3",
                1001,
                "2024-02-17",
                "day",
                "withdrawn",
                "UA",
                "RU",
                "UA General Staff",
                "UA",
                "Kyiv annonce le retrait de ses troupes d'Avdiïvka.",
                source="RFI",
                url="javascript:window.__pwned='url'",
            ),
            _event(
                "e4",
                "a4",
                1002,
                "2022-03",
                "month",
                "captured",
                "RU",
                "RU",
                "RU MoD",
                "RU",
                "Les troupes russes sont entrées dans Koupiansk.",
                source="France 24",
                url="https://www.france24.com/fr/a4",
                written="Koupiansk",
                published="2022-03-02",
            ),
            _event(
                "e5",
                "a5",
                1002,
                "2022-09-10",
                "day",
                "recaptured",
                "UA",
                "UA",
                "UA General Staff",
                "UA",
                "L'armée ukrainienne a repris Koupiansk.",
                source="Libération",
                url="http://www.liberation.fr/a5",
                written="Koupiansk",
            ),
            _event(
                "e6",
                "a6",
                1002,
                "2024-11-01",
                "day",
                "captured",
                "RU",
                "RU",
                "RU MoD",
                "RU",
                "Moscou affirme avoir pris Koupiansk.",
                source="Le Figaro",
                url="https://www.lefigaro.fr/a6",
                written="Koupiansk",
            ),
            _event(
                "e7",
                "a7",
                1002,
                None,
                "unknown",
                "held",
                "UA",
                "UA",
                "UA General Staff",
                "UA",
                "Kyiv dément et assure tenir Koupiansk.",
                source="Ouest-France",
                url="https://www.ouest-france.fr/a7",
                written="Koupiansk",
                published="2024-11-02",
            ),
            _event(
                "e8",
                "a8",
                1003,
                "2023-08-28",
                "day",
                "contested",
                None,
                "contested",
                "ISW",
                "third",
                "Les combats se poursuivent à Robotyne, selon l'ISW.",
                source="La Croix",
                url="https://www.la-croix.com/a8",
            ),
        ],
        columns=list(EVENT_COLUMNS),
    )
    return Tables(events=events, timeline=timeline)


@pytest.fixture(scope="session")
def tables() -> Tables:
    """The scenario the map tests read (never modified in place: tests copy)."""
    return make_tables()


@pytest.fixture
def hostile_tables() -> Tables:
    return make_tables(quote_e2=HOSTILE_QUOTE)
