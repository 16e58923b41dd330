"""The control timeline: intervals per town and view, disputes, and the state on a day."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geoatlas.events import build_events
from geoatlas.records import Claim, Place
from geoatlas.timeline import as_of, control_timeline

LYMAN = Place(704204, "Lyman", 48.99, 37.81, "UA", "05", "Donetsk", 20066, True)
POKROVSK = Place(704422, "Pokrovsk", 48.28, 37.18, "UA", "05", "Donetsk", 60127, True)


def _claim(
    place: Place,
    day: str,
    status: str,
    actor: str,
    controller: str,
    claimant: str,
    side: str,
    article: str,
) -> Claim:
    return Claim(
        article_id=article,
        place=place,
        place_as_written=place.name,
        status=status,  # type: ignore[arg-type]
        actor=actor,  # type: ignore[arg-type]
        controller=controller,  # type: ignore[arg-type]
        claimant=claimant,
        claimant_side=side,  # type: ignore[arg-type]
        date=dt.date.fromisoformat(day),
        date_precision="day",
        confidence=0.9,
        quote=f"{place.name}: {status} by {actor}",
        start=0,
        end=len(place.name),
    )


@pytest.fixture
def events() -> pd.DataFrame:
    return build_events(
        [
            _claim(LYMAN, "2022-05-27", "captured", "RU", "RU", "RU MoD", "RU", "a1"),
            _claim(LYMAN, "2022-10-01", "withdrawn", "RU", "UA", "RU MoD", "RU", "a2"),
            _claim(LYMAN, "2022-10-01", "recaptured", "UA", "UA", "UA MoD", "UA", "a2"),
            _claim(POKROVSK, "2025-11-05", "encircled", "RU", "UA", "RU MoD", "RU", "a3"),
            _claim(POKROVSK, "2025-12-01", "captured", "RU", "RU", "RU General Staff", "RU", "a4"),
            _claim(POKROVSK, "2025-12-03", "denied", "UA", "UA", "UA General Staff", "UA", "a5"),
        ]
    )


def test_intervals_follow_the_claims(events: pd.DataFrame) -> None:
    tl = control_timeline(events, window_days=7)
    lyman = tl[(tl.geonameid == LYMAN.geonameid) & (tl.view == "all")]
    assert lyman[["state", "valid_from"]].values.tolist() == [
        ["RU", pd.Timestamp("2022-05-27")],
        ["UA", pd.Timestamp("2022-10-01")],
    ]
    assert lyman.valid_to.iloc[0] == pd.Timestamp("2022-10-01")
    assert pd.isna(lyman.valid_to.iloc[-1])
    assert lyman.population.iloc[0] == 20066


def test_sides_disagreeing_within_the_window_is_disputed(events: pd.DataFrame) -> None:
    tl = control_timeline(events, window_days=7)
    assert as_of(tl, "2025-12-02").set_index("place").state["Pokrovsk"] == "RU"
    # Kyiv denies on 3 December: within a week of Moscow's claim, the sides disagree.
    on_4th = as_of(tl, "2025-12-04").set_index("place")
    assert on_4th.state["Pokrovsk"] == "disputed"
    assert set(on_4th.claimant["Pokrovsk"].split(" / ")) == {"RU General Staff", "UA General Staff"}
    # Once Moscow's claim has left the window, the latest claim stands.
    assert as_of(tl, "2025-12-09").set_index("place").state["Pokrovsk"] == "UA"


def test_window_is_configurable(events: pd.DataFrame) -> None:
    tl = control_timeline(events, window_days=1)
    assert as_of(tl, "2025-12-04").set_index("place").state["Pokrovsk"] == "UA"


def test_views_per_claimant_side(events: pd.DataFrame) -> None:
    tl = control_timeline(events)
    ru = as_of(tl, "2025-12-10", view="RU").set_index("place").state
    ua = as_of(tl, "2025-12-10", view="UA").set_index("place").state
    assert ru["Pokrovsk"] == "RU" and ua["Pokrovsk"] == "UA"
    assert as_of(tl, "2025-12-10", view="third").empty


def test_before_any_claim_a_town_has_no_state(events: pd.DataFrame) -> None:
    tl = control_timeline(events)
    assert "Pokrovsk" not in set(as_of(tl, "2022-10-02").place)


def test_undated_events_are_left_out(events: pd.DataFrame) -> None:
    undated = events.copy()
    undated["date"] = pd.NaT
    assert control_timeline(undated).empty


def test_unknown_view_is_refused(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="unknown view 'moscow'"):
        as_of(control_timeline(events), "2025-01-01", view="moscow")  # type: ignore[arg-type]


def test_events_table_one_row_per_claim(events: pd.DataFrame) -> None:
    assert len(events) == 6
    assert events.crs.to_epsg() == 4326
    assert events.event_id.is_unique
    twice = build_events(
        [_claim(LYMAN, "2022-10-01", "withdrawn", "RU", "UA", "RU MoD", "RU", "a2")] * 2
    )
    assert len(twice) == 1
