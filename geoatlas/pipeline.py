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

from geoatlas.config import Settings
from geoatlas.gazetteer import load_gazetteer
from geoatlas.geocode.base import Geocoder
from geoatlas.records import Mention, Problem

__all__ = ["read_and_find"]

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
