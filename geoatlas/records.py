"""The single items that flow between stages: frozen, slotted dataclasses.

Every record keeps its provenance (article id, the text as written, the
sentence and character offsets), so any row on a map can be traced back to
the words it came from.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field

from geoatlas.schema import (
    ClaimantSide,
    Controller,
    DatePrecision,
    MentionKind,
    PublishedFrom,
    Side,
    Status,
)

__all__ = ["Article", "Candidate", "Claim", "Mention", "Place", "Problem"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article, cleaned, with what is known of where and when it appeared.

    ``text`` is the article body alone; ``removed`` keeps what cleaning cut
    (banners, teasers, the comment section) so that a user can audit it.
    """

    article_id: str
    text: str
    path: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom = "none"
    source: str | None = None
    url: str | None = None
    title: str | None = None
    removed: tuple[str, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input: reported, never raised mid-run."""

    path: str
    message: str
    article_id: str | None = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (GeoNames populated place, or a curated row)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: str
    admin1: str
    population: int
    theatre: bool

    def __reduce__(self) -> tuple[type[Place], tuple[object, ...]]:
        # The gazetteer's index cache pickles some 22,000 places: a plain
        # constructor call pickles and loads several times faster than the
        # dataclass' per-field state.
        return (Place, _place_fields(self))


_place_fields = operator.attrgetter(
    "geonameid", "name", "lat", "lon", "country", "admin1_code", "admin1", "population", "theatre"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to, with the score that ranked it."""

    place: Place
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in an article.

    ``start``/``end`` are character offsets of ``text`` (as written) in the
    article text; ``sentence`` spans ``sentence_start``..``sentence_end``.
    ``place`` is ``None`` when nothing could be resolved (the online geocoder
    was off, say); ``candidates`` lists what was considered, best first.
    """

    article_id: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    sentence_end: int
    place: Place | None
    candidates: tuple[Candidate, ...] = ()
    score: float = 0.0
    reason: str = ""
    kind: MentionKind = "town"


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence claims about one town, by whom, and when.

    ``quote`` is the sentence as written; ``start``/``end`` are the offsets of
    the place mention the claim is about.
    """

    article_id: str
    place: Place
    place_as_written: str
    status: Status
    actor: Side | None
    controller: Controller | None
    claimant: str
    claimant_side: ClaimantSide
    date: dt.date | None
    date_precision: DatePrecision
    confidence: float
    quote: str
    start: int
    end: int
    cues: tuple[str, ...] = field(default=())
