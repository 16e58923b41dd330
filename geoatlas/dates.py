"""French date expressions, resolved against an article's publication date.

News French dates events relative to the day the article appeared: "lundi",
"hier", "la veille", "le 30 novembre" (no year), "début novembre". This
module finds such expressions in a text (:func:`find_date_expressions`),
turns one into a calendar day or month (:func:`resolve_date`), and picks the
date of one sentence (:func:`date_of_sentence`).

Who does what, and why
----------------------
*Finding* expressions is done here with regular expressions, because
``dateparser.search`` reports false positives on ordinary words and misses
the French article/weekday prefixes ("Ce 1er octobre").

*Resolving* a calendar date (a day and a month, with or without a year, in
French, English or digits) is left to dateparser: it knows month names with
and without accents, abbreviations ("déc.", "Jan."), ordinals ("1er",
"5th") and the D/M/Y order, rejects impossible days ("31 février"), and with
``RELATIVE_BASE`` set to the publication date and ``PREFER_DATES_FROM='past'``
it infers the missing year exactly as we want: the most recent such day not
after publication (measured with dateparser 1.5: "2 décembre" on 2 December
2025 gives that very day, "3 décembre" gives 3 December 2024).

Our own rules cover what dateparser 1.5 gets wrong or does not parse at all
(measured on the publication date Tuesday 2 December 2025):

- a weekday equal to the publication's weekday: "mardi" gives 25 November,
  where news French means the publication day itself;
- "samedi soir", "lundi dernier", "lundi prochain", "la veille", "ce matin",
  "dans la nuit de mardi à mercredi", "Ce 1er octobre": no result;
- "début novembre", "fin novembre", "mi-novembre", "en février dernier": no
  result, and "en octobre" gives the publication's day of October.

Conventions
-----------
- A weekday is the most recent such day on or before publication ("lundi
  dernier": strictly before; "lundi prochain": strictly after).
- "dans la nuit de mardi à mercredi" is dated Tuesday, the day the night
  begins (the same for "la nuit du 1er au 2 décembre": 1 December).
- "la veille" is the day before publication (it may refer to another day of
  the story; the publication is the only anchor we have).
- A sentence that opens by counting from the day told before it ("Le
  lendemain, ...", "Cinq jours plus tard, ...", "Le même jour, ...") is dated
  from the last day its context names, not from the publication.
- A month ("en octobre", "début novembre", "fin novembre") is dated the 1st
  of that month with precision ``"month"``; without a year it is the most
  recent such month not after the publication month.
- Without a publication date, only expressions with an explicit year can be
  resolved; the others give ``(None, "unknown")``.
- An impossible date ("31 février") is not a date: ``(None, "unknown")``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

import ahocorasick

from geoatlas.schema import DatePrecision

__all__ = [
    "counts_from_before",
    "date_of_sentence",
    "find_date_expressions",
    "find_explicit_dates",
    "resolve_date",
]

# --- vocabulary -------------------------------------------------------------

_SP = r"[^\S\n]+"  # horizontal whitespace (NBSP included); an expression never spans lines
_APOS = r"['’ʼ]"
_WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_FR_MONTH_FULL = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[ée]cembre)"
)
# Abbreviations need their dot, so that "oct" or "nov" inside a word never counts.
_FR_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[ée]cembre|janv\.|f[ée]vr\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.)"
)
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(?:1(?:er|re|ᵉʳ)|premier|3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DAY_PREFIX = (
    rf"(?:le|ce|du|au|d[èe]s{_SP}le|depuis{_SP}le|jusqu{_APOS}au|avant{_SP}le|apr[èe]s{_SP}le)"
)
_PART_OF_DAY = r"(?:matin|soir|apr[èe]s-midi|midi|soir[ée]e|matin[ée]e)"
_NOT_OF = rf"(?!{_SP}(?:du|de|des|d{_APOS})(?!\w))"
# "en octobre", "début novembre", "au début du mois de novembre", "mi-novembre", "au mois d'août"
_MONTH_PREFIX = (
    rf"(?:(?:en|d[ée]but|fin|courant|d[èe]s|depuis|au{_SP}d[ée]but|[àa]{_SP}la{_SP}fin){_SP}"
    rf"(?:(?:du{_SP}mois{_SP})?(?:de{_SP}|d{_APOS}))?"
    rf"|(?:au|le){_SP}mois{_SP}(?:de{_SP}|d{_APOS})|(?:[àa]{_SP}la{_SP})?mi-)"
)

_MONTH_NUMBERS = {
    "jan": 1,
    "fev": 2,
    "feb": 2,
    "mar": 3,
    "avr": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "jun": 6,
    "juil": 7,
    "jul": 7,
    "aou": 8,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_NUMBER_WORDS = {
    "un": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}


def _fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents ("Décembre" -> "decembre")."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_number(word: str) -> int:
    folded = _fold(word).rstrip(".")
    for prefix in (folded[:4], folded[:3]):
        if prefix in _MONTH_NUMBERS:
            return _MONTH_NUMBERS[prefix]
    raise ValueError(f"not a month name: {word!r}")  # unreachable: the patterns admit months only


def _weekday_number(word: str) -> int:
    return _WEEKDAY_NAMES.index(_fold(word))


# --- the grammar --------------------------------------------------------------

_Kind = Literal[
    "numeric",
    "iso",
    "english",
    "calendar",
    "night_dates",
    "night_weekdays",
    "weekday",
    "relative",
    "days_ago",
    "month",
    "month_relative",
]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


_PATTERNS: tuple[tuple[_Kind, re.Pattern[str]], ...] = (
    (
        "numeric",
        _compile(
            r"(?<![\d/.])(?P<day>3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?P<month>1[0-2]|0?[1-9])"
            rf"(?P=sep)(?P<year>{_YEAR})(?![\d/])"
        ),
    ),
    (
        "iso",
        _compile(
            rf"(?<![\d-])(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
        ),
    ),
    (
        "english",
        _compile(
            rf"\b(?:(?P<month>{_EN_MONTH}){_SP}(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?"
            rf"|(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{_SP}(?:of{_SP})?(?P<month2>{_EN_MONTH}),?)"
            rf"{_SP}(?P<year>{_YEAR})\b"
        ),
    ),
    (
        "night_dates",
        _compile(
            rf"\b(?:dans{_SP})?la{_SP}nuit{_SP}du{_SP}(?P<day>{_DAY})(?:{_SP}(?P<month1>{_FR_MONTH}))?"
            rf"{_SP}au{_SP}(?P<day2>{_DAY}){_SP}(?P<month>{_FR_MONTH})(?:{_SP}(?P<year>{_YEAR}))?(?!\w)"
        ),
    ),
    (
        "calendar",
        _compile(
            rf"\b(?:{_DAY_PREFIX}{_SP})?(?:(?P<weekday>{_WEEKDAY}){_SP})?(?P<day>{_DAY}){_SP}"
            rf"(?P<month>{_FR_MONTH})(?:{_SP}(?P<year>{_YEAR})\b)?(?!\w)"
        ),
    ),
    (
        "night_weekdays",
        _compile(
            rf"\b(?:dans{_SP})?la{_SP}nuit{_SP}(?:de|du){_SP}(?P<weekday>{_WEEKDAY})"
            rf"(?:{_SP}(?:au|à|a){_SP}(?P<weekday2>{_WEEKDAY}))?\b"
        ),
    ),
    (
        "weekday",
        _compile(
            rf"\b(?:(?:ce|le|d[èe]s|depuis){_SP})?(?P<weekday>{_WEEKDAY})"
            rf"(?:{_SP}(?P<part>{_PART_OF_DAY}))?"
            rf"(?:{_SP}(?P<rel>dernier|pass[ée]|prochain))?(?!\w)"
        ),
    ),
    (
        "relative",
        _compile(
            # "à la veille du sommet" is the eve of something else, not of publication.
            rf"(?P<word>\bavant-hier|\bapr[èe]s-demain|\bl{_APOS}avant-veille{_NOT_OF}"
            rf"|\bla{_SP}veille{_NOT_OF}"
            rf"|\bhier|\bdemain|\baujourd{_APOS}hui|\bce{_SP}matin|\bce{_SP}soir|\bce{_SP}midi"
            rf"|\bcet{_SP}apr[èe]s-midi|\bcette{_SP}nuit|\bla{_SP}nuit{_SP}derni[èe]re"
            # "Plus tôt dans la journée, l'armée russe a annoncé ...": the day of the
            # report (not "dans la journée de mardi", a weekday's)
            rf"|\b(?:plus{_SP}t[ôo]t{_SP})?dans{_SP}la{_SP}journ[ée]e(?!{_SP}d))"
            rf"(?:{_SP}(?:au{_SP})?{_PART_OF_DAY})?(?!\w)"
        ),
    ),
    (
        "days_ago",
        _compile(
            rf"\bil{_SP}y{_SP}a{_SP}(?P<count>\d{{1,2}}|un|deux|trois|quatre|cinq|six|sept|huit"
            rf"|neuf|dix){_SP}jours?\b"
        ),
    ),
    (
        "month",
        _compile(
            rf"\b(?:(?P<prefix>{_MONTH_PREFIX})(?P<month>{_FR_MONTH_FULL})"
            # "en février et mars 2022": the year said once, after the second month
            rf"(?:{_SP}(?:et|ou|à|a){_SP}{_FR_MONTH_FULL}(?={_SP}{_YEAR}\b))?"
            rf"(?:{_SP}(?P<rel>dernier|pass[ée]|prochain)|{_SP}(?P<year>{_YEAR}))?"
            rf"|(?P<month_y>{_FR_MONTH_FULL}){_SP}(?P<year_y>{_YEAR}))(?!\w)"
        ),
    ),
    (
        "month_relative",
        _compile(
            rf"\b(?:(?:au{_SP}cours{_SP}du|durant{_SP}le|pendant{_SP}le|le){_SP}mois{_SP}"
            rf"(?P<rel>dernier|pass[ée]|prochain)|(?P<this>ce{_SP}mois-ci|ce{_SP}mois))(?!\w)"
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class _Found:
    """One expression found in a text: its span, its kind and the regex match."""

    start: int
    end: int
    kind: _Kind
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.group(0)


# What each kind of expression cannot do without (lower-case substrings or a
# regex): a pattern runs only over text that holds one, so that a sentence is
# not searched by all fifteen patterns (the date search was the claims
# stage's largest cost).
_FR_MONTH_HINTS = (
    "janv", "fevr", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "août", "sept",
    "oct", "nov", "decem", "décem", "dec.", "déc.",
)  # fmt: skip
_EN_MONTH_HINTS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "sep",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "oct.", "nov.", "dec.",
)  # fmt: skip
_KIND_HINTS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "numeric": re.compile(r"\d[/.]\d"),
    "iso": re.compile(r"\d-\d"),
    "english": _EN_MONTH_HINTS,
    "night_dates": ("nuit",),
    "calendar": _FR_MONTH_HINTS,
    "night_weekdays": ("nuit",),
    "weekday": _WEEKDAY_NAMES,
    "relative": ("hier", "veille", "demain", "aujourd", "matin", "soir", "midi", "nuit", "journ"),
    "days_ago": ("jour",),
    "month": _FR_MONTH_HINTS,
    "month_relative": ("mois",),
}


def _build_hint_automaton() -> ahocorasick.Automaton:
    """Every literal hint, mapped to the kinds it admits: one pass finds them all."""
    kinds: dict[str, set[str]] = {}
    for kind, hint in _KIND_HINTS.items():
        if not isinstance(hint, re.Pattern):
            for word in hint:
                kinds.setdefault(word, set()).add(kind)
    automaton = ahocorasick.Automaton()
    for word, admitted in kinds.items():
        automaton.add_word(word, frozenset(admitted))
    automaton.make_automaton()
    return automaton


_HINTS: Final = _build_hint_automaton()
_PATTERN_HINTS: Final = {k: h for k, h in _KIND_HINTS.items() if isinstance(h, re.Pattern)}


def _kinds_present(lowered: str) -> set[str]:
    """The kinds of expression whose hint ``lowered`` holds."""
    present: set[str] = set()
    for _, kinds in _HINTS.iter(lowered):
        present |= kinds
    present.update(k for k, pattern in _PATTERN_HINTS.items() if pattern.search(lowered))
    return present


def _find(text: str, kinds: frozenset[str] | None = None) -> list[_Found]:
    """Every expression of ``text``, longest first on overlaps, in text order.

    ``kinds``: only these kinds of expression (the others are not looked for).
    """
    present = _kinds_present(text.lower())
    if kinds is not None:
        present &= kinds
    candidates = [
        _Found(m.start(), m.end(), kind, m)
        for kind, pattern in _PATTERNS
        if kind in present
        for m in pattern.finditer(text)
    ]
    # Longest first, so that "mardi 2 décembre 2025" wins over "mardi" and
    # "avant-hier" over "hier"; ties go to the earlier pattern (more specific).
    order = {kind: rank for rank, (kind, _) in enumerate(_PATTERNS)}
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start, order[f.kind]))
    taken: list[_Found] = []
    for found in candidates:
        if all(found.end <= t.start or found.start >= t.end for t in taken):
            taken.append(found)
    taken.sort(key=lambda f: f.start)
    return taken


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Find the date expressions of ``text``.

    Parameters
    ----------
    text : str
        Any text (an article, a sentence).

    Returns
    -------
    list of (int, int, str)
        ``(start, end, expression as written)``, in text order, never
        overlapping; ``text[start:end] == expression``.

    Examples
    --------
    >>> find_date_expressions("Lundi, la Russie a annoncé la prise de la ville le 30 novembre.")
    [(0, 5, 'Lundi'), (48, 62, 'le 30 novembre')]
    """
    return [(f.start, f.end, f.text) for f in _find(text)]


# --- resolution -------------------------------------------------------------

_Status = Literal["ok", "impossible", "needs_published"]


@dataclass(frozen=True, slots=True)
class _Resolved:
    date: dt.date | None
    precision: DatePrecision
    status: _Status


_UNKNOWN_IMPOSSIBLE = _Resolved(None, "unknown", "impossible")
_UNKNOWN_UNANCHORED = _Resolved(None, "unknown", "needs_published")

# Bases for dateparser when the expression carries its own year, and to tell
# an absolute expression (same answer from both) from a relative one.
_NEUTRAL_BASES = (dt.date(2001, 6, 15), dt.date(2013, 2, 9))


@lru_cache(maxsize=256)
def _parse_with_dateparser(expression: str, base: dt.date) -> tuple[dt.date, str] | None:
    """Parse ``expression`` with dateparser relative to ``base``: (date, period) or None."""
    from dateparser.date import DateDataParser  # heavy import, needed only here

    parser = DateDataParser(
        languages=["fr", "en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
        },
    )
    data = parser.get_date_data(expression)
    if data.date_obj is None or data.period is None:
        return None
    return data.date_obj.date(), data.period


def _normalize_day(day: str) -> str:
    """ "1er", "1re", "1ᵉʳ", "premier" -> "1", which every dateparser locale reads."""
    return "1" if re.fullmatch(r"1(?:er|re|ᵉʳ)|premier", day, re.IGNORECASE) else day


def _resolve_calendar(
    day: str, month: str, year: str | None, published: dt.date | None
) -> _Resolved:
    """A day and a month (and maybe a year): dateparser does the calendar."""
    if year is None and published is None:
        # Validate the day anyway, so that "31 février" stays "impossible".
        probe = _parse_with_dateparser(f"{_normalize_day(day)} {month} 2000", _NEUTRAL_BASES[0])
        return _UNKNOWN_UNANCHORED if probe is not None else _UNKNOWN_IMPOSSIBLE
    core = f"{_normalize_day(day)} {month}" + (f" {year}" if year else "")
    parsed = _parse_with_dateparser(core, published or _NEUTRAL_BASES[0])
    if parsed is None:
        return _UNKNOWN_IMPOSSIBLE
    return _Resolved(parsed[0], "day", "ok")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _resolve_weekday(weekday: int, rel: str | None, published: dt.date) -> dt.date:
    rel = _fold(rel) if rel else None
    if rel == "prochain":
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if rel in {"dernier", "passe"} and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


_REPORTING_LAG = dt.timedelta(days=1)

_RELATIVE_OFFSETS = {
    "avant-hier": -2,
    "apres-demain": 2,
    "l'avant-veille": -2,
    "la veille": -1,
    "hier": -1,
    "demain": 1,
    "aujourd'hui": 0,
    "ce matin": 0,
    "ce soir": 0,
    "ce midi": 0,
    "cet apres-midi": 0,
    "cette nuit": 0,
    "la nuit derniere": -1,
    "dans la journee": 0,
    "plus tot dans la journee": 0,
}


def _resolve_found(
    found: _Found, published: dt.date | None, *, lower_bound: bool = False
) -> _Resolved:
    """Resolve one found expression (see the module docstring for the rules).

    With ``lower_bound``, ``published`` is only the earliest day the article
    can have appeared (the date of a post it quotes): weekdays are then read
    from the day after it, the usual lag between a post and the report of it.
    """
    g = found.match.group
    kind = found.kind
    if kind in {"numeric", "iso"}:
        try:
            return _Resolved(dt.date(int(g("year")), int(g("month")), int(g("day"))), "day", "ok")
        except ValueError:
            return _UNKNOWN_IMPOSSIBLE
    if kind == "english":
        parsed = _parse_with_dateparser(found.text, _NEUTRAL_BASES[0])
        return _Resolved(parsed[0], "day", "ok") if parsed else _UNKNOWN_IMPOSSIBLE
    if kind == "calendar":
        return _resolve_calendar(g("day"), g("month"), g("year"), published)
    if kind == "night_dates":
        # The night belongs to its first day; "du 31 au 1er décembre" began in November.
        second_month = _month_number(g("month"))
        first_month = _month_number(g("month1")) if g("month1") else second_month
        if g("month1") is None and int(_normalize_day(g("day"))) > int(_normalize_day(g("day2"))):
            first_month = _shift_month(2000, second_month, -1)[1]
        year = g("year")
        if year and first_month > second_month:
            year = str(int(year) - 1)
        return _resolve_calendar(g("day"), _FR_MONTH_NAMES[first_month], year, published)
    if kind == "month":
        month = _month_number(g("month") or g("month_y"))
        return _resolve_month(month, g("rel"), g("year") or g("year_y"), published)
    if published is None:
        return _UNKNOWN_UNANCHORED
    if kind in {"weekday", "night_weekdays"}:
        rel = g("rel") if kind == "weekday" else None
        if lower_bound:
            # The press reports within a day or so of what it quotes.
            published = published + _REPORTING_LAG
        return _Resolved(
            _resolve_weekday(_weekday_number(g("weekday")), rel, published), "day", "ok"
        )
    if kind == "relative":
        word = re.sub(r"\s+", " ", _fold(g("word")).replace("’", "'").replace("ʼ", "'"))
        return _Resolved(published + dt.timedelta(days=_RELATIVE_OFFSETS[word]), "day", "ok")
    if kind == "days_ago":
        count = g("count")
        days = int(count) if count.isdigit() else _NUMBER_WORDS[_fold(count)]
        return _Resolved(published - dt.timedelta(days=days), "day", "ok")
    # month_relative
    delta = 0 if g("this") else (1 if _fold(g("rel")) == "prochain" else -1)
    year, month = _shift_month(published.year, published.month, delta)
    return _Resolved(dt.date(year, month, 1), "month", "ok")


_FR_MONTH_NAMES = (
    "",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _resolve_month(
    month: int, rel: str | None, year: str | None, published: dt.date | None
) -> _Resolved:
    if year is not None:
        return _Resolved(dt.date(int(year), month, 1), "month", "ok")
    if published is None:
        return _UNKNOWN_UNANCHORED
    rel = _fold(rel) if rel else None
    if rel == "prochain":
        resolved_year = published.year if month > published.month else published.year + 1
    elif rel in {"dernier", "passe"}:
        resolved_year = published.year if month < published.month else published.year - 1
    else:
        resolved_year = published.year if month <= published.month else published.year - 1
    return _Resolved(dt.date(resolved_year, month, 1), "month", "ok")


def _resolve_with_dateparser(expression: str, published: dt.date | None) -> _Resolved:
    """Fallback for an expression outside our grammar ("5 janv. 2025", "Jan 5th 2025").

    dateparser's ``period`` gives the precision; a week or a year is not a
    precision geoatlas has, so it counts as unknown. Parsing against two
    different bases tells an absolute expression (same date) from a relative
    one, which needs the publication date.
    """
    absolute = [_parse_with_dateparser(expression, base) for base in _NEUTRAL_BASES]
    if absolute[0] is not None and absolute[0] == absolute[1]:
        parsed: tuple[dt.date, str] | None = absolute[0]
    elif published is None:
        return _UNKNOWN_UNANCHORED if absolute[0] is not None else _UNKNOWN_IMPOSSIBLE
    else:
        parsed = _parse_with_dateparser(expression, published)
    if parsed is None:
        return _UNKNOWN_IMPOSSIBLE
    day, period = parsed
    if period in {"day", "time"}:
        return _Resolved(day, "day", "ok")
    if period == "month":
        return _Resolved(day.replace(day=1), "month", "ok")
    return _UNKNOWN_IMPOSSIBLE


def _resolve_expression(expression: str, published: dt.date | None) -> _Resolved:
    found = _find(expression)
    if found:
        longest = max(found, key=lambda f: f.end - f.start)
        return _resolve_found(longest, published)
    return _resolve_with_dateparser(expression.strip(), published)


def resolve_date(
    expression: str, published: dt.date | None
) -> tuple[dt.date | None, DatePrecision]:
    """Resolve one French (or English) date expression against a publication date.

    Parameters
    ----------
    expression : str
        A date expression as written: "le 1er décembre", "Ce 1er octobre",
        "lundi", "samedi soir", "hier", "la veille", "début novembre",
        "mardi 2 décembre 2025", "January 5, 2025", "05/11/2025"; accents may
        be missing ("decembre"). If it holds several, the longest counts.
    published : datetime.date or None
        The article's publication date, the anchor of relative expressions.

    Returns
    -------
    (datetime.date or None, DatePrecision)
        The day (precision ``"day"``), or the 1st of the month (precision
        ``"month"``); ``(None, "unknown")`` for an impossible date, an
        expression that is not a date, or a relative one without
        ``published``.

    Examples
    --------
    >>> import datetime as dt
    >>> resolve_date("dimanche", dt.date(2025, 12, 2))
    (datetime.date(2025, 11, 30), 'day')
    >>> resolve_date("début novembre", dt.date(2025, 12, 2))
    (datetime.date(2025, 11, 1), 'month')
    >>> resolve_date("31 février 2025", None)
    (None, 'unknown')
    """
    resolved = _resolve_expression(expression, published)
    return resolved.date, resolved.precision


_EXPLICIT_KINDS: Final = frozenset({"numeric", "iso", "english", "calendar"})


def find_explicit_dates(text: str) -> list[tuple[int, int, str, dt.date | None]]:
    """Find the full dates of ``text``: the ones whose year is written.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (int, int, str, datetime.date or None)
        ``(start, end, expression, date)`` in text order; ``date`` is None
        for an impossible date ("31 février 2025"), which is kept so that a
        caller can report it.

    Examples
    --------
    >>> find_explicit_dates("Par Tyler Durden, le 1er décembre 2025")
    [(18, 38, 'le 1er décembre 2025', datetime.date(2025, 12, 1))]
    """
    explicit: list[tuple[int, int, str, dt.date | None]] = []
    # Only the kinds that can hold a year are looked for: on a whole article this was a
    # quarter of the cost of reading it. No longer expression of another kind hides them
    # then: "dans la nuit du 1er au 2 décembre 2025" gives its 2 December 2025.
    for found in _find(text, _EXPLICIT_KINDS):
        has_year = "year" in found.match.groupdict() and found.match.group("year") is not None
        if has_year:
            resolved = _resolve_found(found, None)
            explicit.append((found.start, found.end, found.text, resolved.date))
    return explicit


def _pick(
    candidates: list[tuple[_Found, _Resolved]], choose: Callable[[list[_Found]], _Found]
) -> tuple[_Found, _Resolved] | None:
    """The chosen day-precision candidate, else the chosen month-precision one."""
    for precision in ("day", "month"):
        pool = [(f, r) for f, r in candidates if r.status == "ok" and r.precision == precision]
        if pool:
            chosen = choose([f for f, _ in pool])
            return next((f, r) for f, r in pool if f is chosen)
    return None


# "depuis qu'elle a perdu Marioupol en mai, l'armée a reculé lundi": a clause
# that dates another event than the main one; it runs to the next comma,
# semicolon or colon (a short clause is the common case in the press).
_OTHER_EVENT_CLAUSE: Final = re.compile(
    r"\b(?:depuis|apres|après|avant|alors)\s+qu(?:e\b|'|’)[^,;:]*|"
    # "X, qui comptait 10 000 habitants avant le début de l'offensive en février 2022": the
    # war's start dates no claim of the sentence
    r"\b(?:avant|depuis)\s+(?:(?:le\s+d[ée]but|le\s+lancement)\s+(?:de\s+|d[’'])"
    r"(?:l[’']|la\s+|le\s+)(?:offensive|invasion|guerre|conflit)|"
    r"l[’']invasion|la\s+guerre|le\s+conflit)\b[^,;:]*",
    re.IGNORECASE,
)


def _clauses_without(sentence: str, anchor: int) -> list[tuple[int, int]]:
    """The spans of the "depuis que / après que / avant que / alors que"
    clauses of ``sentence`` that do not hold ``anchor``."""
    return [
        (m.start(), m.end())
        for m in _OTHER_EVENT_CLAUSE.finditer(sentence)
        if not m.start() <= anchor < m.end()
    ]


# "Le lendemain, ...", "Cinq jours plus tard, ...", "Le même jour, ...": at the head of a
# sentence, a day counted from the one told before it.
_COUNTED_FROM_BEFORE: Final = re.compile(
    r"^\W*(?:(?:et|mais|puis|or)\s+)?(?:(?:le|ce)\s+m[eê]me\s+jour|le\s+(?P<next>lendemain)|"
    r"le\s+(?P<second>surlendemain)|(?P<count>\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|"
    # ("Deux jours après, ...", not "Deux jours après la chute de X, ...": counted from that)
    r"neuf|dix)\s+jours?\s+(?:plus\s+tard|apr[eè]s(?=\s*,)))\b",
    re.IGNORECASE,
)


def counts_from_before(sentence: str) -> bool:
    """Whether ``sentence`` opens with a day counted from the one told before it.

    >>> counts_from_before("Cinq jours plus tard, Moscou annonçait la reprise de Soudja.")
    True
    >>> counts_from_before("Moscou a annoncé la reprise de Soudja cinq jours plus tard.")
    False
    """
    return _COUNTED_FROM_BEFORE.match(sentence) is not None


def _counted_days(match: re.Match[str]) -> int:
    if match.group("next"):
        return 1
    if match.group("second"):
        return 2
    count = match.group("count")
    if count is None:
        return 0  # "le même jour"
    return int(count) if count.isdigit() else _NUMBER_WORDS[_fold(count)]


def _first(pool: list[_Found]) -> _Found:
    return pool[0]


def _nearest_to(anchor: int) -> Callable[[list[_Found]], _Found]:
    def choose(pool: list[_Found]) -> _Found:
        # The distance from the anchor to the expression (0 inside it); ties
        # go to the earlier expression, as without an anchor.
        return min(pool, key=lambda f: max(f.start - anchor, anchor - f.end, 0))

    return choose


# "Des vidéos montraient ... lundi 12 janvier. L'armée russe a continué sa progression
# depuis, ...": the text has moved on from the day told; "depuis" alone means since then.
_SINCE_THEN: Final = re.compile(
    r"\bdepuis(?:\s+lors|\s+cette\s+date|\s+ce\s+jour)?\s*(?=[,.;:!?)]|$)", re.IGNORECASE
)

# "... Kourakhové en décembre. Car, pour l'instant, l'Ukraine ne concède pas la chute de X":
# a sentence told in the present of the article is not dated by the day told before it.
_NOW: Final = re.compile(
    rf"\bpour\s+l{_APOS}instant\b|\bpour\s+le\s+moment\b|\b[aà]\s+l{_APOS}heure\s+actuelle\b|"
    r"\bactuellement\b|\b[aà]\s+ce\s+jour\b",
    re.IGNORECASE,
)


# "le premier anniversaire de la libération de X", "le 2e anniversaire de": years before.
_ANNIVERSARY: Final = re.compile(
    r"\b(?P<nth>premier|1er|deuxi[eè]me|second|2e|troisi[eè]me|3e|quatri[eè]me|4e)\s+"
    r"anniversaire\s+(?:de|d)\b",
    re.IGNORECASE,
)
_NTH_YEARS: Final = {
    "premier": 1, "1er": 1, "deuxieme": 2, "deuxième": 2, "second": 2, "2e": 2,
    "troisieme": 3, "troisième": 3, "3e": 3, "quatrieme": 4, "quatrième": 4, "4e": 4,
}  # fmt: skip


def _anniversary_years(sentence: str, anchor: int | None) -> int:
    """How many years before its date the claim at ``anchor`` is, if it is an anniversary's.

    The anniversary must govern the claim: right before it, in the same clause. With no
    anchor, any anniversary of the sentence counts.
    """
    for match in _ANNIVERSARY.finditer(sentence, 0, len(sentence) if anchor is None else anchor):
        between = sentence[match.end() : match.end() if anchor is None else anchor]
        if len(between) <= 40 and not re.search(r"[,;:!?]", between):
            return _NTH_YEARS[match["nth"].lower()]
    return 0


def _years_before(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` years earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


_SINCE: Final = re.compile(r"\bdepuis\s+(?:le\s+|la\s+)?$", re.IGNORECASE)


def _is_since(text: str, found: _Found) -> bool:
    """Whether ``found`` is the start of a span ("depuis début juin", "depuis le 5 mai")."""
    return found.text.lower().startswith("depuis") or bool(
        _SINCE.search(text, max(0, found.start - 12), found.start)
    )


def _outdated(context: str, found: _Found, resolved: _Resolved, published: dt.date | None) -> bool:
    """Whether the date told before a sentence no longer dates it.

    - the text has moved on from it: "... lundi 12 janvier. L'armée a progressé depuis.";
    - it is the month of publication ("Nous sommes en mars 2026. Pokrovsk tient toujours."):
      the publication day is in that month and says more than its 1st.
    """
    if _SINCE_THEN.search(context, found.end):
        return True
    return (
        published is not None
        and resolved.precision == "month"
        and resolved.date is not None
        and (resolved.date.year, resolved.date.month) == (published.year, published.month)
    )


# "occupée par des séparatistes en 2014", "au printemps 2022": a year gone by, with no day
# and no month. The event is not of the day of publication, and its day is unknown.
_PAST_YEAR: Final = re.compile(
    rf"\b(?:en|au{_SP}printemps|[àa]{_SP}l['’](?:[ée]t[ée]|automne|hiver)|d[ée]but|fin|courant)"
    rf"{_SP}(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_PAST_YEAR_REACH: Final = 80  # characters from the claim's cue
_CLAUSE_MARK: Final = re.compile(r"[,;:()]")


def _year_gone_by(sentence: str, anchor: int | None, published: dt.date) -> str | None:
    """The expression of a year before ``published`` that dates the claim at ``anchor``:
    in its clause ("occupée par des séparatistes en 2014"), or opening the sentence ("En
    2022, ..."); not "la ville, qui comptait 60 000 habitants en 2021"."""
    for match in _PAST_YEAR.finditer(sentence):
        if int(match["year"]) >= published.year:
            continue
        if anchor is None or not sentence[: match.start()].strip(' «"“'):
            return match.group()
        lo, hi = sorted((anchor, match.start()))
        if hi - lo <= _PAST_YEAR_REACH and not _CLAUSE_MARK.search(sentence, lo, hi):
            return match.group()
    return None


def date_of_sentence(
    sentence: str,
    published: dt.date | None,
    *,
    context: str = "",
    published_is_lower_bound: bool = False,
    anchor: int | None = None,
) -> tuple[dt.date | None, DatePrecision, str | None]:
    """Date the event a sentence tells of.

    The first expression of ``sentence`` that resolves to a day wins, else
    the first that resolves to a month; failing both, the last such
    expression of ``context`` (the sentences before it in the paragraph: the
    nearest one counts), unless the context has moved on from it ("depuis,"),
    it is only the month of publication, or the sentence is told in the
    present ("pour l'instant", "actuellement"); failing that, the publication
    date, unless a year before it dates the claim ("occupée par des séparatistes en
    2014"): then the day is unknown.

    With ``anchor`` (the offset, in ``sentence``, of the claim's cue or
    town), a sentence that tells of several events is dated per claim: the
    expression nearest to the anchor wins, and an expression inside a
    "depuis que / après que / avant que / alors que" clause that does not
    hold the anchor is skipped (it dates another event).

    Parameters
    ----------
    sentence : str
        The sentence.
    published : datetime.date or None
        The article's publication date.
    context : str, optional
        Text before the sentence, searched when the sentence has no date.
    published_is_lower_bound : bool
        ``published`` is only the earliest possible day (an article dated by a
        post it quotes, ``Article.published_from == "mentioned"``): weekdays
        are then read from the day after it.
    anchor : int, optional
        Offset in ``sentence`` of the claim's cue or town; None: the first
        expression wins.

    Returns
    -------
    (datetime.date or None, DatePrecision, str or None)
        The date, its precision and the expression as written. With no
        expression: ``(published, "published", None)``, or
        ``(None, "unknown", None)`` for an undated article. An undated
        article's relative expression cannot be resolved:
        ``(None, "unknown", expression)``. Impossible dates are ignored.

    Examples
    --------
    >>> import datetime as dt
    >>> date_of_sentence("Lundi, la Russie a annoncé la prise de Pokrovsk.", dt.date(2025, 12, 2))
    (datetime.date(2025, 12, 1), 'day', 'Lundi')
    >>> date_of_sentence("La Russie a annoncé la prise de Pokrovsk.", dt.date(2025, 12, 2))
    (datetime.date(2025, 12, 2), 'published', None)
    >>> s = "Depuis qu'elle a perdu Marioupol en mai, l'armée a reculé lundi à Lyman."
    >>> date_of_sentence(s, dt.date(2022, 6, 8), anchor=s.index("reculé"))
    (datetime.date(2022, 6, 6), 'day', 'lundi')
    """
    bound = published_is_lower_bound
    counted = _COUNTED_FROM_BEFORE.match(sentence)
    if counted is not None and context:
        # "Le 8 mars, ... Cinq jours plus tard, le ministère annonçait ...": 13 March.
        told = [(f, _resolve_found(f, published, lower_bound=bound)) for f in _find(context)]
        base = _pick(told, lambda pool: pool[-1])
        if base is not None and base[1].precision == "day" and base[1].date is not None:
            day = base[1].date + dt.timedelta(days=_counted_days(counted))
            return day, "day", counted.group().strip(" ,")
    # "Engagées depuis début juin dans une contre-offensive, les forces ont repris X": when
    # something began is no date of what the sentence tells.
    found_in_sentence = [f for f in _find(sentence) if not _is_since(sentence, f)]
    choose: Callable[[list[_Found]], _Found] = _first
    if anchor is not None:
        other = _clauses_without(sentence, anchor)
        found_in_sentence = [
            f for f in found_in_sentence if not any(a <= f.start < b for a, b in other)
        ]
        choose = _nearest_to(anchor)
    in_sentence = [(f, _resolve_found(f, published, lower_bound=bound)) for f in found_in_sentence]
    picked = _pick(in_sentence, choose)
    if picked is None and context and not _NOW.search(sentence):
        in_context = [(f, _resolve_found(f, published, lower_bound=bound)) for f in _find(context)]
        picked = _pick(in_context, lambda pool: pool[-1])
        if picked is not None and _outdated(context, *picked, published):
            picked = None
    if picked is not None:
        found, resolved = picked
        years = _anniversary_years(sentence, anchor)
        if years and resolved.date is not None and resolved.precision in ("day", "month"):
            # "Samedi, l'Ukraine célébrait le premier anniversaire de la libération de X": the
            # event is a year before the day the sentence names.
            return _years_before(resolved.date, years), resolved.precision, found.text
        return resolved.date, resolved.precision, found.text
    if published is not None:
        gone = _year_gone_by(sentence, anchor, published)
        if gone is not None:
            return None, "unknown", gone
        return published, "published", None
    unanchored = next((f.text for f, r in in_sentence if r.status == "needs_published"), None)
    return None, "unknown", unanchored
