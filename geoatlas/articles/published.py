"""The publication date of an article, from its HTML markup or from its text.

:func:`geoatlas.articles.read_articles` tries, in order: the manifest, the
corpus ``published`` column, the HTML metadata (:func:`find_published_in_html`)
and the text (:func:`find_published_in_text`); failing all four the article
is undated (``published=None``) and its events carry no date rather than a
guessed one.

The text is searched *after* cleaning, so that a date in a reader comment or
a teaser never dates the article; cleaning keeps datelines and bylines for
this reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from geoatlas.dates import find_explicit_dates

__all__ = ["PublishedInText", "find_published_in_html", "find_published_in_text", "scan_published"]

# A dateline is near the top; past these lines a date belongs to the story.
_DATELINE_LINES = 3
_DATELINE_MAX_CHARS = 80
_BYLINE_MAX_CHARS = 200

# What may stand beside the date on a dateline: "Publié le", "Mis à jour le",
# a time ("à 14h30", "08:15 GMT"), separators.
_DATELINE_FILLER = re.compile(
    r"\b(?:publi[ée]e?|mise?\s+[àa]\s+jour|actualis[ée]e?|posted|published|updated|le|on|[àa]|at"
    r"|gmt|utc|cet|cest)\b|\d{1,2}\s*(?:h|:)\s*\d{0,2}|[+-]\d{2}:?\d{2}|[\W_]",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(?:par|by|publi[ée]e?|mise?\s+[àa]\s+jour|posted|published)\b"
    r"|\b(?:publi[ée]e?|mise?\s+[àa]\s+jour)\s+le\b",
    re.IGNORECASE,
)

Rule = Literal["dateline", "byline", "latest"]


@dataclass(frozen=True, slots=True)
class PublishedInText:
    """What the text says of its publication date.

    ``date`` and ``rule`` (which line gave it) are None when the text has no
    usable full date; ``invalid`` quotes a dateline or byline whose date is
    impossible ("mardi 31 février 2025"), so that the reader can report it.
    """

    date: dt.date | None
    rule: Rule | None
    invalid: str | None = None


def _is_dateline(line: str, start: int, end: int) -> bool:
    if len(line.strip()) > _DATELINE_MAX_CHARS:
        return False
    rest = line[:start] + " " + line[end:]
    return _DATELINE_FILLER.sub("", rest).strip() == ""


def scan_published(text: str, *, today: dt.date | None = None) -> PublishedInText:
    """Find the publication date in an article's text, saying which rule gave it.

    Rules, first that applies:

    1. a *dateline*: one of the first three non-empty lines is a full date
       alone ("mardi 2 décembre 2025", "Publié le 3 décembre 2025 à 8h15");
    2. a *byline*: a short line that starts with "Par"/"Publié"/"Mis à jour"
       (or says "publié le") and holds a full date ("Par Tyler Durden pour
       ZeroHedge, le 1er décembre 2025");
    3. the *latest* full date of the text not after ``today`` (an embedded
       post's "January 5, 2025"): an article cannot be older than what it
       quotes, and cannot be from the future.

    A full date has its year written; "le 1er décembre" alone dates nothing.

    Parameters
    ----------
    text : str
        The article text (cleaned).
    today : datetime.date, optional
        Dates after this day are ignored (default: the current date).

    Returns
    -------
    PublishedInText

    Examples
    --------
    >>> scan_published("mardi 2 décembre 2025\\n\\nLundi, la Russie a annoncé...")
    PublishedInText(date=datetime.date(2025, 12, 2), rule='dateline', invalid=None)
    """
    today = today or dt.date.today()
    invalid: str | None = None
    lines = text.split("\n")
    top = [line for line in lines if line.strip()][:_DATELINE_LINES]
    for line in top:
        for start, end, expression, date in find_explicit_dates(line):
            if not _is_dateline(line, start, end):
                continue
            if date is None:
                invalid = invalid or expression
            elif date <= today:
                return PublishedInText(date, "dateline", invalid)
    for line in lines:
        if len(line.strip()) > _BYLINE_MAX_CHARS or not _BYLINE.search(line):
            continue
        for _, _, expression, date in find_explicit_dates(line):
            if date is None:
                invalid = invalid or expression
            elif date <= today:
                return PublishedInText(date, "byline", invalid)
    dates = [d for _, _, _, d in find_explicit_dates(text) if d is not None and d <= today]
    if dates:
        return PublishedInText(max(dates), "latest", invalid)
    return PublishedInText(None, None, invalid)


def find_published_in_text(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """The publication date written in an article's text, or None.

    See :func:`scan_published` for the rules (dateline, byline, latest full date).

    Examples
    --------
    >>> find_published_in_text("Par Tyler Durden pour ZeroHedge, le 1er décembre 2025")
    datetime.date(2025, 12, 1)
    >>> find_published_in_text("Ce 1er octobre, le ministère a déclaré...") is None
    True
    """
    return scan_published(text, today=today).date


# Class or id tokens of reader-comment containers (WordPress, Blogger, Disqus):
# their <time> elements date the comments, not the article.
_COMMENT_TOKEN = re.compile(
    r"^(?:comments?|comment[-_].*|.*[-_]comments?|commentlist|comments[-_]area|disqus.*|respond"
    r"|replies|reactions?)$",
    re.IGNORECASE,
)


def _drop_comment_sections(tree: Any) -> None:
    """Remove the reader-comment containers of an lxml tree, in place."""
    doomed = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in {"html", "body"}
        and any(
            _COMMENT_TOKEN.match(token)
            for token in f"{element.get('class', '')} {element.get('id', '')}".split()
        )
    ]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def find_published_in_html(html: str) -> dt.date | None:
    """The publication date in a page's markup, or None.

    htmldate (the library trafilatura delegates dates to) reads the
    ``article:published_time``-style meta tags, JSON-LD, ``<time>`` elements
    and date-like classes ("byline", "date"). ``extensive_search=False``
    keeps it to the markup: a date picked from the page text (a "related
    articles" box) is worse than the text rules of
    :func:`find_published_in_text`. ``original_date=True`` prefers the first
    publication over an update. Reader-comment containers are removed first:
    htmldate would otherwise take a comment's ``<time>`` for the article's
    (measured on ``tests/data/articles/page.html`` without its meta tag and
    byline: it answered the comment's 5 December).

    Examples
    --------
    >>> meta = '<meta property="article:published_time" content="2025-12-03T08:15:00+01:00">'
    >>> html = f"<html><head>{meta}</head><body><p>Texte.</p></body></html>"
    >>> find_published_in_html(html)
    datetime.date(2025, 12, 3)
    """
    # Imported where used: they load lxml and date tables.
    from htmldate import find_date
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    _drop_comment_sections(tree)
    found = find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None
