"""The control timeline: who is claimed to control each town, over time, per claimant side.

From the event table, :func:`control_timeline` builds intervals of claimed
control, one table with four views:

* ``all``: every claim; where the two sides claim different controllers
  within ``dispute_window_days`` of each other, the town is ``disputed``;
* ``RU``, ``UA``: as claimed by each side (the latest claim of that side);
* ``third``: as claimed by independent analysts and the media.

Only dated events count: an undated article says nothing about *when*.
:func:`as_of` reads the state of every town on one day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pandas as pd

from geoatlas.config import Settings
from geoatlas.errors import InputError
from geoatlas.schema import (
    CLAIMANT,
    CLAIMANT_SIDE,
    CONFIDENCE,
    CONTROLLER,
    DATE,
    EVENT_ID,
    EVENT_IDS,
    GEONAMEID,
    LAT,
    LON,
    PLACE,
    POPULATION,
    PUBLISHED,
    STATE,
    STATUS,
    TIMELINE_COLUMNS,
    VALID_FROM,
    VALID_TO,
    VIEW,
    VIEWS,
    View,
)

__all__ = ["as_of", "control_timeline"]

_SIDES = ("RU", "UA")


def control_timeline(
    events: pd.DataFrame,
    *,
    settings: Settings | None = None,
    window_days: int | None = None,
    populations: dict[int, int] | None = None,
) -> pd.DataFrame:
    """Intervals of claimed control per town and view.

    Parameters
    ----------
    events : DataFrame
        The event table (:func:`geoatlas.events.build_events`).
    settings : Settings, optional
        ``dispute_window_days`` comes from here unless ``window_days`` is given.
    window_days : int, optional
        Claims of the two sides this many days apart or closer, with different
        controllers, make the town ``disputed`` in the ``all`` view.
    populations : dict, optional
        ``geonameid -> population`` for marker sizes; default: the gazetteer's.

    Returns
    -------
    DataFrame
        Columns :data:`geoatlas.schema.TIMELINE_COLUMNS`; ``valid_to`` is
        exclusive and NaT while the state still holds.
    """
    settings = settings or Settings()
    window = dt.timedelta(days=settings.dispute_window_days if window_days is None else window_days)
    missing = {DATE, GEONAMEID, CONTROLLER, CLAIMANT_SIDE} - set(events.columns)
    if missing:
        raise InputError(f"not an event table: missing columns {sorted(missing)}")
    dated = events[events[DATE].notna() & (events[CONTROLLER].astype(str) != "")]
    if populations is None:
        populations = _gazetteer_populations([int(i) for i in dated[GEONAMEID].unique()], settings)
    rows: list[dict[str, Any]] = []
    sort_keys = [DATE, PUBLISHED, EVENT_ID] if PUBLISHED in dated else [DATE, EVENT_ID]
    for _, town in dated.sort_values(sort_keys, kind="stable").groupby(GEONAMEID, sort=True):
        claims: list[dict[str, Any]] = [
            {str(k): v for k, v in row.items()} for row in town.to_dict("records")
        ]
        for view in VIEWS:
            subset = claims if view == "all" else [c for c in claims if c[CLAIMANT_SIDE] == view]
            if subset:
                rows.extend(_intervals(subset, view, window, populations))
    frame = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    for column in (VALID_FROM, VALID_TO):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    frame[GEONAMEID] = frame[GEONAMEID].astype("int64")
    frame[POPULATION] = frame[POPULATION].astype("int64")
    return frame


def _gazetteer_populations(ids: Sequence[int], settings: Settings) -> dict[int, int]:
    from geoatlas.gazetteer import load_gazetteer

    places = load_gazetteer(settings).places
    return {int(i): places[int(i)].population for i in ids if int(i) in places}


def _day(value: Any) -> dt.date:
    return pd.Timestamp(value).date()


def _latest(claims: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The claim that speaks last; on one day, the most confident."""
    last_day = max(_day(c[DATE]) for c in claims)
    same_day = [c for c in claims if _day(c[DATE]) == last_day]
    return max(same_day, key=lambda c: float(c.get(CONFIDENCE, 0.0)))


def _state_on(
    day: dt.date, claims: Sequence[dict[str, Any]], view: View, window: dt.timedelta
) -> tuple[str, list[dict[str, Any]]] | None:
    """The claimed state on ``day`` and the claims it rests on; None before the first claim."""
    known = [c for c in claims if _day(c[DATE]) <= day]
    if not known:
        return None
    latest = _latest(known)
    if view != "all":
        return str(latest[CONTROLLER]), [latest]
    recent = [c for c in known if _day(c[DATE]) > day - window]
    by_side = {
        side: _latest(side_claims)
        for side in _SIDES
        if (side_claims := [c for c in recent if c[CLAIMANT_SIDE] == side])
    }
    if len(by_side) == 2 and len({str(c[CONTROLLER]) for c in by_side.values()}) == 2:
        return "disputed", list(by_side.values())
    return str(latest[CONTROLLER]), [latest]


def _intervals(
    claims: Sequence[dict[str, Any]], view: View, window: dt.timedelta, populations: dict[int, int]
) -> list[dict[str, Any]]:
    days = {_day(c[DATE]) for c in claims}
    if view == "all":
        # A dispute may end when a claim leaves the window.
        days |= {_day(c[DATE]) + window for c in claims}
    first = claims[0]
    rows: list[dict[str, Any]] = []
    for day in sorted(days):
        found = _state_on(day, claims, view, window)
        if found is None:
            continue
        state, basis = found
        ids = [str(c[EVENT_ID]) for c in basis]
        if rows and rows[-1][STATE] == state:
            rows[-1][EVENT_IDS] = _merge(rows[-1][EVENT_IDS], ids)
            continue
        if rows:
            rows[-1][VALID_TO] = day
        lead = basis[-1]
        rows.append(
            {
                GEONAMEID: int(first[GEONAMEID]),
                PLACE: first[PLACE],
                LAT: float(first[LAT]),
                LON: float(first[LON]),
                POPULATION: int(populations.get(int(first[GEONAMEID]), 0)),
                VIEW: view,
                STATE: state,
                VALID_FROM: day,
                VALID_TO: None,
                STATUS: "disputed" if state == "disputed" else str(lead[STATUS]),
                CLAIMANT: " / ".join(sorted({str(c[CLAIMANT]) for c in basis})),
                EVENT_IDS: ids,
            }
        )
    for row in rows:
        row[EVENT_IDS] = "|".join(row[EVENT_IDS])
    return rows


def _merge(kept: list[str], new: list[str]) -> list[str]:
    return kept + [i for i in new if i not in kept]


def as_of(
    timeline: pd.DataFrame, date: str | dt.date | pd.Timestamp, *, view: View = "all"
) -> pd.DataFrame:
    """The state of every town on ``date`` in one view: the intervals that hold that day.

    Examples
    --------
    >>> import pandas as pd
    >>> tl = pd.DataFrame({"geonameid": [1], "place": ["X"], "lat": [48.0], "lon": [37.0],
    ...     "population": [10], "view": ["all"], "state": ["RU"],
    ...     "valid_from": [pd.Timestamp("2025-12-01")], "valid_to": [pd.NaT],
    ...     "status": ["captured"], "claimant": ["RU MoD"], "event_ids": ["e1"]})
    >>> as_of(tl, "2025-12-02")["state"].tolist(), len(as_of(tl, "2025-11-30"))
    (['RU'], 0)
    """
    if view not in VIEWS:
        raise InputError(f"unknown view {view!r}; expected one of {list(VIEWS)}")
    day = pd.Timestamp(date).normalize()
    rows = timeline[
        (timeline[VIEW] == view)
        & (timeline[VALID_FROM] <= day)
        & (timeline[VALID_TO].isna() | (timeline[VALID_TO] > day))
    ]
    return rows.reset_index(drop=True)
