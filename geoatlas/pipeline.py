"""The stages of geoatlas, in order, each one line:

1. articles  - read and clean the inputs            :func:`geoatlas.articles.iter_articles`
2. mentions  - find and geocode the towns named     :func:`geoatlas.mentions.find_mentions`
3. claims    - what each sentence claims of a town  :func:`geoatlas.claims.extract_claims`
4. events    - one row per claim, a GeoDataFrame    :func:`geoatlas.events.build_events`
5. timeline  - claimed control over time            :func:`geoatlas.timeline.control_timeline`
6. outputs   - maps, snapshots, exports             :mod:`geoatlas.render`, :mod:`geoatlas.io`

The functions here chain the stages and nothing else; each stage can be
called on its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

import geopandas as gpd

from geoatlas.config import Settings
from geoatlas.gazetteer import load_gazetteer
from geoatlas.geocode.base import Geocoder
from geoatlas.records import Article, Claim, Mention, Problem

__all__ = ["read_and_find", "run_events"]

PathLike = str | os.PathLike[str]


def _online_geocoder(settings: Settings) -> Geocoder | None:
    if not settings.online:
        return None
    from geoatlas.geocode.online import GeopyGeocoder

    return GeopyGeocoder(settings=settings)


def read_and_find(
    paths: Iterable[PathLike],
    *,
    manifest: PathLike | None = None,
    settings: Settings | None = None,
    on_mentions: Callable[[Sequence[Mention]], object],
) -> tuple[int, list[Problem]]:
    """Steps 1 and 2: stream the articles and hand each one's mentions to ``on_mentions``.

    Returns the number of articles read and the problems met.
    """
    from geoatlas.articles import iter_articles
    from geoatlas.mentions import find_mentions

    settings = settings or Settings()
    gazetteer = load_gazetteer(settings)
    geocoder = _online_geocoder(settings)
    problems: list[Problem] = []
    count = 0
    for article in iter_articles(paths, manifest=manifest, settings=settings, problems=problems):
        count += 1
        on_mentions(
            find_mentions(
                article.text,
                article_id=article.article_id,
                gazetteer=gazetteer,
                settings=settings,
                geocoder=geocoder,
            )
        )
    return count, problems


def run_events(
    paths: Iterable[PathLike],
    *,
    manifest: PathLike | None = None,
    settings: Settings | None = None,
    progress: bool = False,
) -> tuple[gpd.GeoDataFrame, list[Problem], dict[str, Article]]:
    """Steps 1 to 4: articles to the event table.

    Returns the event table, the problems met (one per bad input, naming the
    file), and the articles read, by id.
    """
    from geoatlas.articles import iter_articles
    from geoatlas.claims import extract_claims
    from geoatlas.events import build_events
    from geoatlas.mentions import find_mentions

    settings = settings or Settings()
    gazetteer = load_gazetteer(settings)
    geocoder = _online_geocoder(settings)
    problems: list[Problem] = []
    articles: dict[str, Article] = {}
    claims: list[Claim] = []
    stream = iter_articles(paths, manifest=manifest, settings=settings, problems=problems)
    for article in _progress(stream, enabled=progress):
        articles[article.article_id] = article  # 1. articles
        mentions = find_mentions(  # 2. mentions
            article.text,
            article_id=article.article_id,
            gazetteer=gazetteer,
            settings=settings,
            geocoder=geocoder,
        )
        claims.extend(extract_claims(article, mentions, settings=settings))  # 3. claims
    return build_events(claims, articles), problems, articles  # 4. events


def _progress(items: Iterable[Article], *, enabled: bool) -> Iterable[Article]:
    """A tqdm progress bar on stderr (tqdm is small and turns itself off off a terminal)."""
    if not enabled:
        return items
    from tqdm import tqdm

    bar: Iterable[Article] = tqdm(
        items, desc="articles", unit=" art", mininterval=0.5, leave=False, disable=None
    )
    return bar
