"""The compact data a map carries: towns, control intervals per view, and claims for popups.

A map of 100,000 events cannot carry one GeoJSON feature and one pre-rendered
popup per event (folium's plain ``Timeline`` reaches 18.5 MB that way), so the
tables are reduced to what the browser needs:

* ``towns``: one row per town ``[geonameid, place, lat, lon, population, radius,
  approximate]``, the last the km a point placed only approximately may be off (0 for
  a surveyed point: see :attr:`geoatlas.gazetteer.Gazetteer.approximate`);
* ``intervals``: per view, one row per control interval
  ``[town, state, first_day, end_day, status, claimant]`` (days since 1970-01-01,
  ``end_day`` exclusive, integers index :attr:`MapPayload.labels`);
* ``claims``: per town, its claims in date order, as columns of integers into
  string tables (quotes, articles, sources), gzip-compressed and decoded by the
  browser on the first popup.

Every string that came from an article (quote, place as written, source, url,
claimant, actor, status) is HTML-escaped here, once, so the browser only ever
inserts escaped text; a url becomes a link only when it is http(s).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import gzip
import html
import json
import math
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

import pandas as pd

from geoatlas.errors import InputError
from geoatlas.render.palette import radius_for
from geoatlas.schema import (
    ACTOR,
    ARTICLE_ID,
    CLAIMANT,
    CLAIMANT_SIDE,
    CLAIMANT_SIDES,
    DATE,
    DATE_PRECISION,
    DATE_PRECISIONS,
    EVENT_ID,
    EVENT_IDS,
    GEONAMEID,
    LAT,
    LON,
    PLACE,
    PLACE_AS_WRITTEN,
    POPULATION,
    PUBLISHED,
    QUOTE,
    SOURCE,
    STATE,
    STATUS,
    TIMELINE_COLUMNS,
    TIMELINE_STATES,
    URL,
    VALID_FROM,
    VALID_TO,
    VIEW,
    VIEWS,
    View,
)

__all__ = [
    "DEFAULT_MAX_QUOTES",
    "EVENT_COLUMNS_USED",
    "TIMELINE_COLUMNS_USED",
    "MapPayload",
    "build_payload",
    "decode_claims",
    "encode_claims",
    "escape_text",
    "safe_url",
    "to_script_json",
]

TIMELINE_COLUMNS_USED: Final[tuple[str, ...]] = tuple(c for c in TIMELINE_COLUMNS if c != EVENT_IDS)
"""Timeline columns the map reads (``event_ids`` is not needed: popups list every claim)."""

EVENT_COLUMNS_USED: Final[tuple[str, ...]] = (
    EVENT_ID,
    ARTICLE_ID,
    PUBLISHED,
    SOURCE,
    URL,
    GEONAMEID,
    PLACE_AS_WRITTEN,
    LAT,
    LON,
    DATE,
    DATE_PRECISION,
    STATUS,
    ACTOR,
    CLAIMANT,
    CLAIMANT_SIDE,
    QUOTE,
)
"""Event columns the popups read."""

_EPOCH: Final = pd.Timestamp("1970-01-01")
_DAY: Final = pd.Timedelta(days=1)
_NO_DAY: Final = -1  # in integer day columns: no date known

DEFAULT_MAX_QUOTES: Final = 10
"""Quotes a map embeds per town and claimant side (latest first).

Quotes are most of a map's bytes: at 100,000 synthetic events (70,000 distinct
sentences) the claims table takes 5.9 MB gzipped and base64-encoded with every
quote, 2.8 MB with ten per town and side (27,600 quotes), and the whole map
4.4 MB, within issue 4's 5 MB (benchmarks/bench_map.py). Older claims stay
listed, with date, status, claimant and source link.
"""

# When there are no events at all the map still opens on the theatre of war:
# the extent of Ukraine (Natural Earth admin-0), padded by a degree.
_THEATRE_BOUNDS: Final = ((43.4, 21.1), (53.4, 41.2))


@dataclass(frozen=True, slots=True)
class MapPayload:
    """Everything a map draws, in compact, escaped, JSON-ready form.

    Attributes
    ----------
    towns : list of list
        ``[geonameid, place, lat, lon, population, radius]`` per town, by geonameid.
    intervals : dict
        View -> ``[town index, state index, first day, end day, label, label]`` rows.
    labels : list of str
        Escaped strings the intervals index (the status and claimant opening them).
    claims : dict
        Columns of the claims table, grouped by town (see :func:`build_payload`).
    first_day, last_day : int
        The slider's range, days since 1970-01-01, both included.
    bounds : tuple
        ``((south, west), (north, east))`` of the events (else of the towns).
    """

    towns: list[list[Any]]
    intervals: dict[View, list[list[int]]]
    labels: list[str]
    claims: dict[str, list[Any]]
    first_day: int
    last_day: int
    bounds: tuple[tuple[float, float], tuple[float, float]]


def escape_text(value: object) -> str:
    """Return ``value`` as HTML-escaped text; missing values become ``""``.

    Braces become character references too: branca renders the output of
    folium's templates a second time as Jinja, where an article's ``{{ ... }}``
    would be evaluated (server-side template injection), not shown.

    Examples
    --------
    >>> escape_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> escape_text("{{ 7*7 }}")
    '&#123;&#123; 7*7 &#125;&#125;'
    >>> escape_text(None)
    ''
    """
    if _is_missing(value):
        return ""
    return html.escape(str(value), quote=True).translate(_BRACES)


_BRACES: Final = str.maketrans({"{": "&#123;", "}": "&#125;"})


def safe_url(value: object) -> str:
    """Return ``value`` escaped for an ``href`` if it is an http(s) url, else ``""``.

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1&c=2")
    'https://example.org/a?b=1&amp;c=2'
    >>> safe_url("javascript:alert(1)")
    ''
    """
    if _is_missing(value):
        return ""
    text = str(value).strip()
    if any(ord(char) < 0x20 or char.isspace() for char in text):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return html.escape(text, quote=True)


_JINJA_OPENER: Final = re.compile(r"\{(?=[{%#])")


def to_script_json(value: object) -> str:
    """Serialise ``value`` compactly for a ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as JSON escapes so that no string can
    close the script element or open a comment (the rule of Jinja's
    ``htmlsafe_json_dumps``, without its spaces, which cost megabytes here);
    so is a ``{`` that would open a Jinja tag (see :func:`escape_text`).

    Examples
    --------
    >>> to_script_json({"q": "</script>"})
    '{"q":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    # In compact JSON a structural "{" is followed by '"' or "}", so a "{" before
    # "{", "%" or "#" is inside a string: escaping it keeps Jinja from reading it.
    text = _JINJA_OPENER.sub(r"\\u007b", text)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def encode_claims(claims: dict[str, list[Any]]) -> str:
    """Return the claims table as base64 of gzip of compact JSON (deterministic: mtime 0).

    Gzip because quotes are most of a large map's bytes and compress about
    threefold; the browser's ``DecompressionStream`` reads it natively.
    """
    raw = json.dumps(claims, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    packed = gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0)
    return base64.b64encode(packed).decode("ascii")


def decode_claims(blob: str) -> dict[str, list[Any]]:
    """Invert :func:`encode_claims`.

    Examples
    --------
    >>> decode_claims(encode_claims({"day": [1, 2]}))
    {'day': [1, 2]}
    """
    data: dict[str, list[Any]] = json.loads(gzip.decompress(base64.b64decode(blob)))
    return data


def build_payload(
    events: pd.DataFrame,
    timeline: pd.DataFrame,
    *,
    start: object = None,
    end: object = None,
    max_quotes: int | None = DEFAULT_MAX_QUOTES,
    approximate: Mapping[int, float] | None = None,
) -> MapPayload:
    """Reduce the event table and the control timeline to a :class:`MapPayload`.

    Parameters
    ----------
    events : pandas.DataFrame
        The event table (``geoatlas.schema.EVENT_COLUMNS``); a GeoDataFrame works as is.
    timeline : pandas.DataFrame
        The control timeline (``geoatlas.schema.TIMELINE_COLUMNS``).
    start, end : date-like, optional
        The slider's first and last day; default: the first interval's start and
        the last day any interval or event mentions. Intervals are clipped to them.
    max_quotes : int or None
        Quotes kept per town and claimant side, the latest first; older claims
        are listed without their sentence. ``None`` keeps every quote.
    approximate : mapping, optional
        ``geonameid -> km`` of the towns whose point is only approximate; their
        popups say so and their markers are dashed. Default: none.

    Returns
    -------
    MapPayload

    Raises
    ------
    InputError
        A column is missing, a view or state is outside its vocabulary, an
        interval has no start, or ``start`` is after ``end``.
    """
    _require_columns(timeline, TIMELINE_COLUMNS_USED, "timeline")
    _require_columns(events, EVENT_COLUMNS_USED, "events")
    _check_vocabulary(timeline, VIEW, VIEWS)
    _check_vocabulary(timeline, STATE, TIMELINE_STATES)

    valid_from = _to_days(timeline[VALID_FROM], VALID_FROM)
    valid_to = _to_days(timeline[VALID_TO], VALID_TO)
    if (valid_from == _NO_DAY).any():
        row = timeline.index[int((valid_from == _NO_DAY).to_numpy().argmax())]
        raise InputError(f"timeline row {row!r} has no valid_from; every interval needs a start")
    event_days = _to_days(events[DATE], DATE)
    first_day, last_day = _slider_range(valid_from, valid_to, event_days, start, end)

    towns, town_index = _build_towns(timeline, approximate or {})
    labels: list[str] = []
    label_index: dict[str, int] = {}

    def label(value: object) -> int:
        text = escape_text(value)
        if text not in label_index:
            label_index[text] = len(labels)
            labels.append(text)
        return label_index[text]

    intervals: dict[View, list[list[int]]] = {view: [] for view in VIEWS}
    state_codes = {state: code for code, state in enumerate(TIMELINE_STATES)}
    order = timeline.assign(ga_from=valid_from, ga_to=valid_to).sort_values(
        [GEONAMEID, VIEW, "ga_from"], kind="stable"
    )
    rows = zip(
        *(
            order[c].tolist()
            for c in (GEONAMEID, VIEW, STATE, "ga_from", "ga_to", STATUS, CLAIMANT)
        ),
        strict=True,
    )
    for geonameid, view, state, begin, stop, status, claimant in rows:
        begin_clipped = max(begin, first_day)
        stop_clipped = last_day + 1 if stop == _NO_DAY else min(stop, last_day + 1)
        if begin_clipped >= stop_clipped:
            continue
        intervals[view].append(
            [
                town_index[int(geonameid)],
                state_codes[state],
                begin_clipped,
                stop_clipped,
                label(status),
                label(claimant),
            ]
        )

    return MapPayload(
        towns=towns,
        intervals=intervals,
        labels=labels,
        claims=_build_claims(events, event_days, town_index, max_quotes),
        first_day=first_day,
        last_day=last_day,
        bounds=_find_bounds(events, timeline),
    )


# --- helpers ---------------------------------------------------------------


def _is_missing(value: object) -> bool:
    if isinstance(value, str):
        return False
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def _require_columns(table: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise InputError(f"{what} must be a pandas DataFrame, got {type(table).__name__}")
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise InputError(
            f"{what} table lacks column(s) {', '.join(missing)}; "
            f"it has: {', '.join(map(str, table.columns)) or 'no columns'}"
        )


def _check_vocabulary(table: pd.DataFrame, column: str, allowed: Sequence[str]) -> None:
    bad = sorted({str(value) for value in table[column].unique() if value not in allowed})
    if bad:
        raise InputError(
            f"timeline column {column!r} has value(s) {', '.join(map(repr, bad))}; "
            f"expected one of {', '.join(allowed)}"
        )


def _to_days(values: pd.Series, column: str) -> pd.Series:
    """Days since 1970-01-01 as integers; missing dates become ``_NO_DAY``."""
    try:
        # "mixed": ISO strings, dates and timestamps alike, each parsed on its own.
        stamps = pd.to_datetime(values, errors="raise", format="mixed")
    except (TypeError, ValueError) as error:
        raise InputError(f"column {column!r} holds values that are not dates: {error}") from error
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_convert(None)
    days = (stamps.dt.floor("D") - _EPOCH) // _DAY
    return days.fillna(_NO_DAY).astype("int64")


def _to_day(value: object, name: str) -> int:
    try:
        stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise InputError(f"{name}={value!r} is not a date (try '2024-02-17')") from error
    if pd.isna(stamp):
        raise InputError(f"{name}={value!r} is not a date (try '2024-02-17')")
    return int((stamp.floor("D").tz_localize(None) - _EPOCH) // _DAY)


def _slider_range(
    valid_from: pd.Series,
    valid_to: pd.Series,
    event_days: pd.Series,
    start: object,
    end: object,
) -> tuple[int, int]:
    if start is not None:
        first_day = _to_day(start, "start")
    elif len(valid_from):
        first_day = int(valid_from.min())
    elif (event_days != _NO_DAY).any():
        first_day = int(event_days[event_days != _NO_DAY].min())
    else:
        first_day = _to_day(dt.date.today(), "start")
    if end is not None:
        last_day = _to_day(end, "end")
    else:
        candidates = [
            int(series[series != _NO_DAY].max())
            for series in (valid_from, event_days)
            if (series != _NO_DAY).any()
        ]
        if (valid_to != _NO_DAY).any():
            candidates.append(int(valid_to[valid_to != _NO_DAY].max()) - 1)
        last_day = max([first_day, *candidates])
    if first_day > last_day:
        raise InputError(f"start ({first_day} days) is after end ({last_day} days)")
    return first_day, last_day


def _build_towns(
    timeline: pd.DataFrame, approximate: Mapping[int, float]
) -> tuple[list[list[Any]], dict[int, int]]:
    firsts = timeline.drop_duplicates(GEONAMEID).sort_values(GEONAMEID, kind="stable")
    towns: list[list[Any]] = []
    index: dict[int, int] = {}
    rows = zip(*(firsts[c].tolist() for c in (GEONAMEID, PLACE, LAT, LON, POPULATION)), strict=True)
    for geonameid, place, lat, lon, population in rows:
        people = 0 if _is_missing(population) else int(population)
        index[int(geonameid)] = len(towns)
        towns.append(
            [
                int(geonameid),
                escape_text(place),
                round(float(lat), 5),
                round(float(lon), 5),
                people,
                radius_for(people),
                round(float(approximate.get(int(geonameid), 0.0)), 1),
            ]
        )
    return towns, index


class _Strings:
    """An interning table: each distinct escaped string is stored once."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._index: dict[Hashable, int] = {}

    def add(self, value: str) -> int:
        position = self._index.get(value)
        if position is None:
            position = self._index[value] = len(self.values)
            self.values.append(value)
        return position


def _build_claims(
    events: pd.DataFrame,
    event_days: pd.Series,
    town_index: dict[int, int],
    max_quotes: int | None,
) -> dict[str, list[Any]]:
    """Columns of the claims of mapped towns, grouped by town and in date order.

    ``offsets[t]:offsets[t+1]`` are the rows of town ``t``; ``day`` is -1 when
    undated; ``written`` is -1 when the place was written as the gazetteer names it;
    ``quote`` is -1 when the quote was left out (``max_quotes``).
    """
    strings = _Strings()
    quotes = _Strings()
    # Statuses, claimants and sources repeat thousands of times: escape each once.
    escape = functools.lru_cache(maxsize=65_536)(escape_text)
    article_rows: list[list[Any]] = []
    article_index: dict[str, int] = {}
    published_days = _to_days(events[PUBLISHED], PUBLISHED)
    precision_codes = {precision: code for code, precision in enumerate(DATE_PRECISIONS)}
    side_codes = {side: code for code, side in enumerate(CLAIMANT_SIDES)}

    towns = events[GEONAMEID].map(
        lambda value: -1 if _is_missing(value) else town_index.get(int(value), -1)
    )
    sort_day = event_days.where(event_days != _NO_DAY, published_days)
    table = events.assign(
        ga_town=towns.to_numpy(),
        ga_day=event_days.to_numpy(),
        ga_sort=sort_day.replace(_NO_DAY, 10**9).to_numpy(),
        ga_published=published_days.to_numpy(),
    )
    table = table[table["ga_town"] >= 0].sort_values(
        ["ga_town", "ga_sort", EVENT_ID], kind="stable"
    )
    if max_quotes is not None and max_quotes < 0:
        raise InputError(f"max_quotes={max_quotes!r}: expected a count >= 0, or None for all")
    latest_rank = table.groupby(["ga_town", CLAIMANT_SIDE], dropna=False).cumcount(ascending=False)
    table = table.assign(ga_quoted=latest_rank < max_quotes if max_quotes is not None else True)
    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "day",
            "precision",
            "status",
            "actor",
            "claimant",
            "side",
            "quote",
            "article",
            "written",
        )
    }
    counts = [0] * len(town_index)
    places = _town_names(events, town_index)
    rows = zip(
        *(
            table[column].tolist()
            for column in (
                "ga_town",
                "ga_day",
                "ga_published",
                ARTICLE_ID,
                SOURCE,
                URL,
                PLACE_AS_WRITTEN,
                DATE_PRECISION,
                STATUS,
                ACTOR,
                CLAIMANT,
                CLAIMANT_SIDE,
                QUOTE,
                "ga_quoted",
            )
        ),
        strict=True,
    )
    for (
        town,
        day,
        published,
        article_id,
        source,
        url,
        place_as_written,
        precision,
        status,
        actor,
        claimant,
        claimant_side,
        quote,
        quoted,
    ) in rows:
        counts[town] += 1
        article = article_index.get(str(article_id))
        if article is None:
            article = article_index[str(article_id)] = len(article_rows)
            article_rows.append([strings.add(escape(source)), safe_url(url), published])
        written = escape(place_as_written)
        columns["day"].append(day)
        columns["precision"].append(precision_codes.get(precision, _NO_DAY))
        columns["status"].append(strings.add(escape(status)))
        columns["actor"].append(strings.add(escape(actor)))
        columns["claimant"].append(strings.add(escape(claimant)))
        columns["side"].append(side_codes.get(claimant_side, _NO_DAY))
        columns["quote"].append(quotes.add(escape(quote)) if quoted else _NO_DAY)
        columns["article"].append(article)
        columns["written"].append(
            _NO_DAY if not written or written == places.get(town) else strings.add(written)
        )
    offsets = [0]
    for count in counts:
        offsets.append(offsets[-1] + count)
    return {
        **columns,
        "offsets": offsets,
        "strings": strings.values,
        "quotes": quotes.values,
        "articles": article_rows,
    }


def _town_names(events: pd.DataFrame, town_index: dict[int, int]) -> dict[int, str]:
    """The escaped gazetteer name of each mapped town, as the events spell it."""
    if PLACE not in events.columns:
        return {}
    names: dict[int, str] = {}
    for geonameid, place in zip(events[GEONAMEID], events[PLACE], strict=True):
        if _is_missing(geonameid):
            continue
        town = town_index.get(int(geonameid))
        if town is not None and town not in names:
            names[town] = escape_text(place)
    return names


def _find_bounds(
    events: pd.DataFrame, timeline: pd.DataFrame
) -> tuple[tuple[float, float], tuple[float, float]]:
    for table in (events, timeline):
        lat = pd.to_numeric(table[LAT], errors="coerce").dropna()
        lon = pd.to_numeric(table[LON], errors="coerce").dropna()
        if len(lat) and len(lon):
            return (
                (round(float(lat.min()), 5), round(float(lon.min()), 5)),
                (round(float(lat.max()), 5), round(float(lon.max()), 5)),
            )
    return _THEATRE_BOUNDS
