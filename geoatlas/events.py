"""The event table: one row per claim, a GeoDataFrame that geopandas, folium and QGIS take as is.

A row is one (article, place, status, actor, claimant): an article that
repeats a claim ("Pokrovsk ... Krasnoarmeysk ...") gives one row, with the
first sentence that makes it and the highest confidence. Columns are
:data:`geoatlas.schema.EVENT_COLUMNS`, plus ``geometry`` (WGS84 points).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import geopandas as gpd
import pandas as pd

from geoatlas.records import Article, Claim
from geoatlas.schema import (
    ACTOR,
    ARTICLE_ID,
    CLAIMANT,
    DATE,
    END,
    EVENT_COLUMNS,
    EVENT_ID,
    GEONAMEID,
    LAT,
    LON,
    PUBLISHED,
    START,
    STATUS,
)

__all__ = ["build_events", "empty_events", "event_id"]

_DATE_COLUMNS = (PUBLISHED, DATE)
_INT_COLUMNS = (GEONAMEID, START, END)


def event_id(article_id: str, geonameid: int, status: str, actor: str | None, claimant: str) -> str:
    """A stable id for one claim of one article: the same inputs give the same id, run after run.

    Examples
    --------
    >>> a = event_id("004", 704204, "withdrawn", "RU", "RU MoD")
    >>> a == event_id("004", 704204, "withdrawn", "RU", "RU MoD"), len(a)
    (True, 16)
    """
    text = "\x1f".join((article_id, str(geonameid), status, actor or "", claimant))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def empty_events() -> gpd.GeoDataFrame:
    """An event table with no rows and every column, typed."""
    return _typed(pd.DataFrame({c: [] for c in EVENT_COLUMNS}))


def build_events(
    claims: Iterable[Claim], articles: Mapping[str, Article] | None = None
) -> gpd.GeoDataFrame:
    """Turn claims into the event table.

    Parameters
    ----------
    claims : iterable of Claim
        From :func:`geoatlas.claims.extract_claims`, any number of articles.
    articles : mapping, optional
        ``article_id -> Article``, for the publication date, source and URL.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per (article, place, status, actor, claimant), sorted by
        date, place and article; CRS EPSG:4326.
    """
    articles = articles or {}
    best: dict[str, dict[str, Any]] = {}
    for claim in claims:
        ident = event_id(
            claim.article_id, claim.place.geonameid, claim.status, claim.actor, claim.claimant
        )
        row = _row(ident, claim, articles.get(claim.article_id))
        kept = best.get(ident)
        # Keep the first sentence that makes the claim, with the best confidence seen.
        if kept is None:
            best[ident] = row
        elif row["confidence"] > kept["confidence"]:
            kept["confidence"] = row["confidence"]
    if not best:
        return empty_events()
    frame = pd.DataFrame(list(best.values()), columns=list(EVENT_COLUMNS))
    frame = frame.sort_values(
        [DATE, GEONAMEID, ARTICLE_ID, START], na_position="last", kind="stable"
    )
    return _typed(frame.reset_index(drop=True))


def _row(ident: str, claim: Claim, article: Article | None) -> dict[str, Any]:
    place = claim.place
    return {
        EVENT_ID: ident,
        ARTICLE_ID: claim.article_id,
        PUBLISHED: article.published if article else None,
        "source": (article.source if article else None) or "",
        "url": (article.url if article else None) or "",
        "place": place.name,
        GEONAMEID: place.geonameid,
        "place_as_written": claim.place_as_written,
        "country": place.country,
        "admin1": place.admin1,
        LAT: place.lat,
        LON: place.lon,
        DATE: claim.date,
        "date_precision": claim.date_precision,
        STATUS: claim.status,
        ACTOR: claim.actor or "",
        "controller": claim.controller or "",
        CLAIMANT: claim.claimant,
        "claimant_side": claim.claimant_side,
        "confidence": round(float(claim.confidence), 3),
        "quote": claim.quote,
        START: claim.start,
        END: claim.end,
    }


def _typed(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Give every column its dtype and make the GeoDataFrame (points from lat/lon)."""
    frame = frame.copy()
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column], errors="coerce").astype("datetime64[ns]")
    for column in _INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column]).astype("int64")
    for column in (LAT, LON, "confidence"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    for column in EVENT_COLUMNS:
        if column not in (*_DATE_COLUMNS, *_INT_COLUMNS, LAT, LON, "confidence"):
            frame[column] = frame[column].fillna("").astype(str)
    geometry = gpd.points_from_xy(frame[LON], frame[LAT], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame[list(EVENT_COLUMNS)], geometry=geometry, crs="EPSG:4326")
