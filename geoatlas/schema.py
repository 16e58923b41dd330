"""Column names and closed vocabularies shared by every stage.

Tables are (Geo)DataFrames; their columns are named here once, so a renamed
column is one edit and a typo is a NameError rather than a silent KeyError.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# --- closed vocabularies -------------------------------------------------

Status = Literal["captured", "recaptured", "withdrawn", "held", "contested", "encircled", "denied"]
"""What a claim says of a town."""

Side = Literal["RU", "UA"]
"""A belligerent: the side that acts (captures, withdraws, holds...)."""

Controller = Literal["RU", "UA", "contested"]
"""Who controls a town after a claim, as claimed."""

TimelineState = Literal["RU", "UA", "contested", "disputed"]
"""A town's state on the map: ``disputed`` when the sides' claims disagree."""

ClaimantSide = Literal["RU", "UA", "third"]
"""Which side the speaker belongs to; ``third`` for media, analysts, others."""

DatePrecision = Literal["day", "month", "published", "unknown"]
"""How an event date was found: a day or month in the text, the publication date only, or none."""

MentionKind = Literal["town", "region"]
"""A mention names a populated place, or an administrative region ("région de Koursk")."""

PublishedFrom = Literal["manifest", "corpus", "html", "text", "mentioned", "none"]
"""Where an article's publication date came from. ``text`` is a dateline or a
byline; ``mentioned`` is the latest full date the text mentions (an embedded post's):
the article appeared on or after it, so that date is a lower bound."""

View = Literal["all", "RU", "UA", "third"]
"""A timeline view: every claim, or the claims of one claimant side."""

STATUSES: Final[tuple[Status, ...]] = get_args(Status)
SIDES: Final[tuple[Side, ...]] = get_args(Side)
CONTROLLERS: Final[tuple[Controller, ...]] = get_args(Controller)
TIMELINE_STATES: Final[tuple[TimelineState, ...]] = get_args(TimelineState)
CLAIMANT_SIDES: Final[tuple[ClaimantSide, ...]] = get_args(ClaimantSide)
DATE_PRECISIONS: Final[tuple[DatePrecision, ...]] = get_args(DatePrecision)
VIEWS: Final[tuple[View, ...]] = get_args(View)

CLAIMANTS: Final[dict[str, ClaimantSide]] = {
    "RU MoD": "RU",
    "RU General Staff": "RU",
    "Kremlin": "RU",
    "RU officials": "RU",
    "RU military bloggers": "RU",
    "Wagner": "RU",
    "DPR authorities": "RU",
    "UA General Staff": "UA",
    "UA MoD": "UA",
    "UA president": "UA",
    "UA officials": "UA",
    "ISW": "third",
    "DeepState": "third",
    "media": "third",
}
"""Normalised claimants and the side each speaks for."""

# --- mention table (``geoatlas places``) ---------------------------------

ARTICLE_ID: Final = "article_id"
START: Final = "start"
END: Final = "end"
TEXT: Final = "text"
PLACE: Final = "place"
GEONAMEID: Final = "geonameid"
LAT: Final = "lat"
LON: Final = "lon"
COUNTRY: Final = "country"
ADMIN1: Final = "admin1"
SCORE: Final = "score"
KIND: Final = "kind"
REASON: Final = "reason"

MENTION_COLUMNS: Final[tuple[str, ...]] = (
    ARTICLE_ID,
    START,
    END,
    TEXT,
    PLACE,
    GEONAMEID,
    LAT,
    LON,
    COUNTRY,
    ADMIN1,
    SCORE,
    KIND,
    REASON,
)

# --- event table ---------------------------------------------------------

EVENT_ID: Final = "event_id"
PUBLISHED: Final = "published"
SOURCE: Final = "source"
URL: Final = "url"
PLACE_AS_WRITTEN: Final = "place_as_written"
DATE: Final = "date"
DATE_PRECISION: Final = "date_precision"
STATUS: Final = "status"
ACTOR: Final = "actor"
CONTROLLER: Final = "controller"
CLAIMANT: Final = "claimant"
CLAIMANT_SIDE: Final = "claimant_side"
CONFIDENCE: Final = "confidence"
QUOTE: Final = "quote"
GEOMETRY: Final = "geometry"

EVENT_COLUMNS: Final[tuple[str, ...]] = (
    EVENT_ID,
    ARTICLE_ID,
    PUBLISHED,
    SOURCE,
    URL,
    PLACE,
    GEONAMEID,
    PLACE_AS_WRITTEN,
    COUNTRY,
    ADMIN1,
    LAT,
    LON,
    DATE,
    DATE_PRECISION,
    STATUS,
    ACTOR,
    CONTROLLER,
    CLAIMANT,
    CLAIMANT_SIDE,
    CONFIDENCE,
    QUOTE,
    START,
    END,
)
"""The event table's columns, in order (plus ``geometry``, a WGS84 point)."""

# --- control timeline ----------------------------------------------------

VIEW: Final = "view"
STATE: Final = "state"
VALID_FROM: Final = "valid_from"
VALID_TO: Final = "valid_to"
POPULATION: Final = "population"
EVENT_IDS: Final = "event_ids"

TIMELINE_COLUMNS: Final[tuple[str, ...]] = (
    GEONAMEID,
    PLACE,
    LAT,
    LON,
    POPULATION,
    VIEW,
    STATE,
    VALID_FROM,
    VALID_TO,
    STATUS,
    CLAIMANT,
    EVENT_IDS,
)
"""One row per interval of claimed control of one town in one view.

``valid_from`` is the first day of the state, ``valid_to`` the first day it no
longer holds (exclusive), or NaT while it still holds.
"""
