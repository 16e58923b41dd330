"""``Atlas``: the event table and its timeline, with the views a notebook wants.

Thin sugar over the functions of each stage: every method delegates.

Examples
--------
>>> import geoatlas as ga
>>> atlas = ga.Atlas.from_articles("seeds/", manifest="seeds/manifest.csv")  # doctest: +SKIP
>>> atlas.timeline("Pokrovsk")  # doctest: +SKIP
>>> atlas.map()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from geoatlas.config import Settings
from geoatlas.errors import InputError
from geoatlas.names import name_key
from geoatlas.records import Article, Problem
from geoatlas.schema import GEONAMEID, PLACE, View

__all__ = ["Atlas"]

PathLike = str | os.PathLike[str]


class Atlas:
    """Events, their control timeline, and what was met on the way.

    Build one with :meth:`from_articles` or :meth:`from_events`; the
    constructor only stores what it is given.
    """

    def __init__(
        self,
        events: gpd.GeoDataFrame,
        *,
        settings: Settings | None = None,
        articles: dict[str, Article] | None = None,
        problems: Sequence[Problem] = (),
    ) -> None:
        self.events = events
        self.settings = settings or Settings()
        self.articles = articles or {}
        self.problems = list(problems)
        self._timeline: pd.DataFrame | None = None

    @classmethod
    def from_articles(
        cls,
        *paths: PathLike,
        manifest: PathLike | None = None,
        settings: Settings | None = None,
        progress: bool = False,
    ) -> Atlas:
        """Read articles (files, folders, corpora) and extract their events."""
        from geoatlas.pipeline import run_events

        if not paths:
            raise InputError("Atlas.from_articles needs at least one path")
        events, problems, articles = run_events(
            paths, manifest=manifest, settings=settings, progress=progress
        )
        return cls(events, settings=settings, articles=articles, problems=problems)

    @classmethod
    def from_events(cls, path: PathLike, *, settings: Settings | None = None) -> Atlas:
        """Load an event table written by ``geoatlas events -o`` (CSV, GeoJSON, GPKG, Parquet)."""
        from geoatlas.io.tables import read_events

        return cls(read_events(path), settings=settings)

    def timeline(self, place: str | int | None = None) -> pd.DataFrame:
        """The control timeline; of one town when ``place`` (a name or GeoNames id) is given."""
        if self._timeline is None:
            from geoatlas.timeline import control_timeline

            self._timeline = control_timeline(self.events, settings=self.settings)
        if place is None:
            return self._timeline
        tl = self._timeline
        if isinstance(place, int):
            return tl[tl[GEONAMEID] == place].reset_index(drop=True)
        ids = self._ids_named(place)
        return tl[tl[GEONAMEID].isin(ids)].reset_index(drop=True)

    def _ids_named(self, name: str) -> set[int]:
        key = name_key(name)
        from geoatlas.gazetteer import load_gazetteer

        ids = set(load_gazetteer(self.settings).town_keys.get(key, ()))
        ids |= {
            int(g)
            for g, p in zip(self.events[GEONAMEID], self.events[PLACE], strict=True)
            if name_key(p) == key
        }
        if not ids:
            raise InputError(f"no town named {name!r} in the gazetteer or the events")
        return ids

    def as_of(self, date: str | dt.date, *, view: View = "all") -> pd.DataFrame:
        """The claimed state of every town on ``date`` (one row per town)."""
        from geoatlas.timeline import as_of

        return as_of(self.timeline(), date, view=view)

    def map(self, **options: Any) -> Any:
        """A folium map with the time slider; displays inline in Jupyter.

        Options go to :func:`geoatlas.render.render_map` (``title``,
        ``offline``, ``start``, ``end``); the approximate points are those of
        this atlas' gazetteer.
        """
        from geoatlas.gazetteer import load_gazetteer
        from geoatlas.render import render_map

        options.setdefault("approximate", load_gazetteer(self.settings).approximate)
        return render_map(self.events, self.timeline(), **options)

    def plot(
        self,
        date: str | dt.date | None = None,
        *,
        dates: Sequence[str | dt.date] | None = None,
        **options: Any,
    ) -> Any:
        """A static map (matplotlib Figure) on ``date``; small multiples for ``dates``."""
        from geoatlas.render.snapshot import plot_snapshot

        chosen = list(dates) if dates else [date or _last_day(self.events)]
        return plot_snapshot(self.timeline(), chosen, **options)

    def __repr__(self) -> str:
        towns = self.events[GEONAMEID].nunique() if len(self.events) else 0
        return (
            f"<Atlas: {len(self.events)} events, {towns} towns, "
            f"{len(self.articles)} articles, {len(self.problems)} problems>"
        )


def _last_day(events: pd.DataFrame) -> dt.date:
    dates = pd.to_datetime(events["date"]).dropna()
    if dates.empty:
        raise InputError("no dated event: give a date")
    return dates.max().date()
