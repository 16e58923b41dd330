"""The decisions that turn a sentence and its town mentions into claims, one function each.

Everything reads the *folded* article (:func:`fold_text`): same length and
offsets as the original, lower case, no accents. A cue (see
:mod:`geoatlas.claims.cues`) is *linked* to a group of coordinated towns when
only small words stand between them (:func:`link_cues`); a link is then kept
or dropped (:func:`is_hedged`, :func:`find_negation`, :func:`find_denial`) and
given a side (:func:`find_actor`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, Literal

from geoatlas.claims.claimants import (
    EntityHit,
    find_entities,
    other_side,
    previous_sentence,
    resolve_named,
)
from geoatlas.claims.cues import (
    AFTER_GAP_WORDS,
    AGENT_LEAD,
    AUXILIARIES,
    BRACKETED_DENIAL,
    CLAUSE_BREAK,
    CONSOLIDATING,
    COUNT,
    CUE_SET,
    CUES,
    DAY_OF_MONTH,
    DENIAL_SET,
    DENIALS,
    FLANK_ASIDE_BEFORE,
    HEDGE_AFTER,
    HEDGE_BEFORE,
    INFINITIVE_REALISED,
    LOCATIVE_PHRASE,
    MONTHS,
    NEGATION_MARKER,
    NEGATION_SCOPE,
    NOT_YET,
    NOUN_GOVERNOR,
    NOUN_PREDICATE_HEDGE,
    OBJECT_CUE_SET,
    OBJECT_CUES,
    OBJECT_GAP_WORDS,
    PARTIAL_WORDS,
    PARTLY,
    POSSESSIVE,
    REFERENCE_BEFORE,
    SIDE_ADJECTIVE,
    SPEECH_VERB,
    STATEMENTS,
    TIME_AGO,
    TRAILING_DENIAL,
    TROOPS,
    WEEKDAYS,
    Cue,
)
from geoatlas.names import name_key
from geoatlas.records import Mention
from geoatlas.schema import CLAIMANTS, Side

__all__ = [
    "ADJECTIVE_DENIALS",
    "CLITIC",
    "CueHit",
    "Group",
    "Link",
    "find_actor",
    "find_clause_start",
    "find_cues",
    "find_denial",
    "find_denier",
    "find_negation",
    "find_trailing_denial",
    "find_voice",
    "fold_text",
    "group_mentions",
    "in_future_participle",
    "is_assessed",
    "is_attempt",
    "is_clitic_for_town",
    "is_distance_reference",
    "is_hedged",
    "link_cues",
    "trailing_denial_start",
]


# --- folding ---------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    """One character for one character, so folded offsets are the article's offsets."""
    table: dict[int, str] = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update({ord(c): f for c, f in zip("œŒæÆßøØłŁđĐ", "ooaasoolldd", strict=True)})
    # Quotation marks become spaces: « dans Lyman » reads as "dans Lyman".
    table.update({ord(c): " " for c in '«»“”„‟"‹›'})
    table.update({ord(c): "'" for c in "’‘‛`´ʼ′"})
    table.update({ord(c): "-" for c in "‐‑‒–—―−"})
    table.update({ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u200a\u2002\u2003"})
    return table


_FOLD: Final = _build_fold_table()


def fold_text(text: str) -> str:
    """Lower-case ``text``, strip accents and normalise punctuation, keeping its length.

    Examples
    --------
    >>> fold_text("S’est emparé de « Lyman »")
    "s'est empare de   lyman  "
    >>> len(fold_text("Pokrovsk (Krasnoarmeysk)")) == len("Pokrovsk (Krasnoarmeysk)")
    True
    >>> fold_text("Le groupe (...) a pris")
    'le groupe       a pris'
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: fold one by one
        return text.translate(_FOLD)
    # Most characters are ASCII and an article has a dozen others ("é", "à", "’"...):
    # replacing each of those throughout is faster than translating the whole text.
    # The one ASCII quotation mark is replaced apart ('Des "combats acharnés" à X').
    # The non-ASCII characters are those of the UTF-8 bytes less the ASCII ones (a regex
    # finding them costs a match each).
    others = lowered.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    for char in set(others.decode("utf-8", "surrogatepass")):
        lowered = lowered.replace(char, char.translate(_FOLD))
    lowered = lowered.replace('"', " ")
    if "(" in lowered or "[" in lowered:
        # a cut in a quotation: "le groupement Centre (...) a libéré X" (its subject and verb)
        for cut in _CUTS:
            lowered = lowered.replace(cut, " " * len(cut))
    return lowered


_CUTS: Final = ("(...)", "[...]", "(\u2026)", "[\u2026]")
_ASCII: Final = bytes(range(128))


# --- towns: groups and landmarks ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """Coordinated mentions ("Pokrovsk et Kupiansk", "Pokrovsk (Krasnoarmeysk)").

    ``reference`` is set when the group is only a landmark ("à 32 km au sud
    de X", "vers X et Y"): no cue before it reaches it.
    """

    members: tuple[Mention, ...]
    reference: bool

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


_ALIAS_GAP: Final = re.compile(
    # ("X, connue en russe sous le nom de Y")
    r"^[\s,)]*(?:\(|\[|(?:,\s*)?(?:connue?s?\s+(?:en\s+(?:russe|ukrainien)\s+)?sous\s+le\s+nom\s+de|"
    r"appelee?s?|alias|"
    r"ou\s+encore|en\s+russe|en\s+ukrainien)\b)[\s(]*"
    # "X (également connu sous le nom de Y)"
    r"(?:(?:egalement\s+|aussi\s+)?(?:connue?s?\s+sous\s+le\s+nom\s+(?:de\s+|d')|"
    r"appelee?s?\s+))?"
    # "X (anciennement Y)", "X (ex-Y)": the town's former name.
    # "X (le nom russe de Y, ndlr)": the other side's name for it.
    r"(?:(?:anciennement|autrefois|ex-?|ancien\s+nom\s*:?|nom\s+sovietique\s*:?|"
    r"(?:le\s+|son\s+)?nom\s+(?:russe|ukrainien|sovietique)\s+(?:de\s+|d')?)\s*)?$"
)
# "le 3 mars", "ce mardi 1er octobre 2024": a day
_DAY = (
    rf"(?:(?:le|ce)\s+)?(?:(?:{WEEKDAYS.replace(' ', '|')})\s+)?(?:\d{{1,2}}|1er)\s+"
    rf"(?:{MONTHS.replace(' ', '|')})(?:\s+\d{{4}})?"
)
_COORDINATION: Final = re.compile(
    # "retirer ses forces de X (Nord-est) en septembre, et de Y en novembre": a gloss in
    # brackets and the month of the first, then the next
    r"^(?:\s*\([^()]{1,20}\))?"
    rf"(?:\s+(?:en|fin|debut|mi-)\s*(?:{MONTHS.replace(' ', '|')})(?:\s+\d{{4}})?(?=\s*,))?"
    r"(?P<appositives>(?:[\s)]*,[^,;:.!?()]{0,90}){0,2})"
    # "la prise de X le 29 avril et de Y la veille": the day of the first, then the next
    rf"(?:\s+{_DAY})?"
    r"[\s,)]*(?:et|ou|ainsi\s+que|de\s+meme\s+que|comme|puis)\s+"
    r"(?:(?:de|d'|du|a|la|l'|le|les|sa|son|ville|villes|localite|localites|village|villages|cite|"
    r"voisin|voisine|voisins|voisines|jumelle|proche|\d+(?:[.,]\d+)?\s*%|"
    # "le port clé de X et la capitale régionale de Y"
    r"capitale|regionale|port|"
    # "environ 50 % de la ville de X et plus de 50 % du territoire de la ville de Y"
    r"plus|moins|environ|pres|territoire|"
    # "Irpin, Boutcha, Gostomel et toute la région de Kiev ont été libérées"
    r"toute|region|oblast|"
    # "dans le Donbass et particulièrement à Bakhmout et Soledar"
    r"particulierement|notamment|surtout|principalement|aussi|egalement)\s*)*$"
)
# "X (anciennement Y), Z", "s'est emparé de X (région de R), de Y et Z"
_ENUMERATION: Final = re.compile(r"^\s*\)?\s*,\s*(?:de\s+|d'|pour\s+)?$")
_PARENTHESIS: Final = re.compile(r"\([^()]*\)")
_TOKEN: Final = re.compile(r"[a-z0-9%]+")
_REFERENCE_REACH: Final = 80


# A site named after a town (rules.REFERENCE_BEFORE), right before the name.
_SITE_BEFORE: Final = re.compile(
    r"\b(?:routes?|autoroutes?|troncons?|voies?|usines?|ponts?|barrages?|gares?|aeroports?|"
    r"mines?|acieries?|centrales?)"
    # ("la centrale nucléaire de Zaporijjia, occupée par les Russes": the plant is)
    r"(?:\s+(?:nucleaire|thermique|hydroelectrique|electrique|ferroviaire|routiere?|"
    r"metallurgique|chimique))?"
    r"\s+(?:(?:de|d'|du|des|entre)\s*)?(?:(?:la|le|l')\s*)?"
    r"(?:(?:ville|localite|village)\s+(?:de\s+|d'))?$"
)


def is_distance_reference(folded: str, start: int, floor: int = 0) -> bool:
    """Whether the town at ``start`` is a landmark: a distance, a direction, a site, a region.

    Examples
    --------
    >>> t = fold_text("la ville de Kourakhove, située à 32 km au sud de Pokrovsk")
    >>> is_distance_reference(t, t.index("pokrovsk")), is_distance_reference(t, 12)
    (True, False)
    """
    lo = max(floor, start - _REFERENCE_REACH)
    return bool(
        REFERENCE_BEFORE.search(folded, lo, start) or FLANK_ASIDE_BEFORE.search(folded, lo, start)
    )


def _blank(folded: str, start: int, end: int, spans: Sequence[Mention]) -> str:
    """``folded[start:end]`` with the mentions inside it made blank."""
    chunk = list(folded[start:end])
    for m in spans:
        if m.start >= start and m.end <= end:
            chunk[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(chunk)


def _is_appositive(text: str) -> bool:
    """A comma-separated aside with no verb and no cue ("un centre logistique clé")."""
    words = set(_TOKEN.findall(_COMPASS_EAST.sub(" ", text)))
    return not (words & (AUXILIARIES - {"a"})) and not any(
        # a noun ("essentielle pour le contrôle des routes") is no predicate
        not (hit.cue.verb_only and _after_determiner(text, hit.start, 0))
        for hit in find_cues(text, 0, len(text))
    )


_COMPASS_EAST: Final = re.compile(r"\b(?:nord|sud)-est\b|\bl'est\b")  # the east, not "is"


_REGION_NOUN: Final = re.compile(r"\b(?:region|oblast|province)\s+(?:de\s+|d'|du\s+)$")
# "la région de", "dans les régions de", "la région du village de": a translated "the area of"
_AREA_WORDS: Final = (
    r"(?:la\s+region|les\s+regions)\s+(?:(?:du|des)\s+(?:village|localite|colonie)s?\s+)?"
    r"(?:de\s+|d')"
)
_AREA_NOUN: Final = re.compile(rf"\b(?:(?:dans|de)\s+)?{_AREA_WORDS}$")


def _village_area(folded: str, mention: Mention) -> bool:
    """Whether "la région de X" is a translated "the area of" a village ("combats dans la
    région de Novoivanovka"). :mod:`geoatlas.mentions` has decided it: a town named right
    after "la région de" is one too small to be a district's seat; a larger one is a region."""
    return (
        mention.kind == "town"
        and _AREA_NOUN.search(folded, max(0, mention.start - 40), mention.start) is not None
    )


def group_mentions(folded: str, mentions: Sequence[Mention], sentence_start: int) -> list[Group]:
    """Coordinated mentions of one sentence, grouped, in text order.

    ``X, Y et Z`` is one group; ``X, Y`` alone is two (a comma without a
    coordinator may separate clauses).
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    chains: list[list[tuple[Mention, str]]] = []
    asides: list[Mention] = []
    for mention in ordered:
        if chains and _is_aside(folded, chains[-1][-1][0], mention):
            # "X dans la région de Z, ainsi que Y": the region only locates X,
            # the list of towns goes on past it.
            asides.append(mention)
            continue
        if (
            chains
            and asides
            and asides[-1].kind == "town"
            and asides[-1].start > chains[-1][-1][0].end
            and _ASIDE_GOES_ON.fullmatch(folded, asides[-1].end, mention.start)
        ):
            # "la prise de X, la progression vers Z et Y": Y is a landmark like Z.
            asides.append(mention)
            continue
        if chains:
            last = chains[-1][-1][0]
            if mention.start < last.end:  # overlapping spans: keep the first
                continue
            gap = _blank(folded, last.end, mention.start, ordered)
            # A cue in between ("X (localité reprise aux Russes) et Y") or a landmark
            # ("X et à l'ouest de Y") ends the list.
            joint = ""
            if next(CUE_SET.finditer(gap), None) is None and (
                not is_distance_reference(folded, mention.start, last.end)
                or (mention.kind == "region" and _REGION_CLOSES.search(gap))
            ):
                joint = _joint(gap)
            if (
                joint == "comma"
                and last.kind == "region"
                and mention.kind == "town"
                and _REGION_NOUN.search(folded, max(0, last.start - 20), last.start)
            ):
                # "deux localités de la région de R, X et Y": the towns are in apposition
                # to the phrase the region ends; they do not continue it.
                joint = ""
            if joint == "coord" and len(chains[-1]) == 1 and _between_qualified(folded, last):
                # "la route entre le port assiégé de X et Y": the cue qualifies X alone;
                # Y is the road's other end, not a second besieged town
                joint = ""
            if joint == "coord" and _SUCH_AS.search(gap):
                # "à l'ouest de Kharkiv, des villes comme X, Y": examples of a noun of their
                # own, not more of the town before
                joint = ""
            first = chains[-1][0][0]
            if (
                not joint
                and _TOWNS_NOUN_AGAIN.fullmatch(gap)
                and _TOWNS_NOUN_BEFORE.search(folded, max(0, first.start - 30), first.start)
            ):
                joint = "again"
            if (
                joint == "comma"
                and len(chains[-1]) > 1
                and chains[-1][-1][1] == "coord"
                and _AND_OR.search(
                    closed_gap := _blank(folded, chains[-1][-2][0].end, last.start, ordered)
                )
                # ("X et d'autres villes, dont Y, Z et W": the list after "dont" goes on)
                and not _OTHERS_INCLUDING.fullmatch(closed_gap)
                and not _REPEATED_PREPOSITION.search(gap)
                # ("X et Y de la République populaire de Donetsk, Z de la région de Kharkov":
                # Moscow's lists go on region by region)
                and not _IN_REGION_GAP.match(gap)
            ):
                # "Située entre X et Y, Z est occupée": "et" closed the list; Z starts anew
                # ("dans la région de R, ainsi que X, Y et Z" goes on).
                joint = ""
            if joint:
                chains[-1].append((mention, joint))
                continue
        chains.append([(mention, "")])
    groups = []
    for chain in chains:
        # A bare comma binds only when a coordinator closes the list.
        parts: list[list[Mention]] = [[]]
        closed = (
            any(j == "coord" for _, j in chain)
            or _CLOSED_BY_UNKNOWN.match(folded, chain[-1][0].end) is not None
            or _CLOSED_BY_OTHERS.match(folded, chain[-1][0].end) is not None
            or _CLOSED_BY_VERB.match(folded, chain[-1][0].end) is not None
            or (
                _CLOSED_BY_BRACKET.match(folded, chain[-1][0].end) is not None
                and _OPEN_BRACKET.search(folded, max(0, chain[0][0].start - 3), chain[0][0].start)
                is not None
            )
            or _repeats_preposition(folded, chain)
        )
        for mention, joint in chain:
            if joint == "comma" and not closed:
                parts.append([])
            parts[-1].append(mention)
        for part in parts:
            first = part[0]
            reference = is_distance_reference(folded, first.start, sentence_start)
            groups.append(Group(tuple(part), reference and not _village_area(folded, first)))
    groups.extend(Group((m,), True) for m in asides)
    groups.sort(key=lambda g: g.start)
    return groups


# "entre le port assiégé de X": "entre" opens a pair whose first end a cue qualifies
_BETWEEN_OPEN: Final = re.compile(r"\bentre\s+(?P<phrase>[^,;:.!?()]{0,50})$")


def _between_qualified(folded: str, first: Mention) -> bool:
    """Whether ``first`` opens "entre ... X et Y" with a cue between "entre" and X."""
    match = _BETWEEN_OPEN.search(folded, max(0, first.start - 60), first.start)
    return match is not None and next(CUE_SET.finditer(match["phrase"]), None) is not None


_AND_OR: Final = re.compile(r"\b(?:et|ou)\b")
# "la bataille pour X et Y, pour Z": the preposition said again goes on with the list
_REPEATED_PREPOSITION: Final = re.compile(r",\s*(?:pour|de|d')\s*$")
# so does a noun of towns said again: "les villes de X et Y, les communes de Z et W sont
# passées sous le contrôle de ..."
_TOWNS_NOUN: Final = (
    r"(?:les|des)\s+(?:villes|communes|villages|localites|bourgs|hameaux)\s+(?:de\s+|d')"
)
_TOWNS_NOUN_AGAIN: Final = re.compile(rf"\s*,\s*{_TOWNS_NOUN}")  # used with .fullmatch
_TOWNS_NOUN_BEFORE: Final = re.compile(rf"\b{_TOWNS_NOUN}$")

# --- names the gazetteer lacks, inside a list of towns ----------------------------------

# "citant les localités de Grouzké, Roubijné et Petrivka", "retirées de Berdytchi,
# Semenivka et Novomykhaïlivka": a village the gazetteer lacks must not cut the list the
# claim reaches its other towns through.
_CAPITALISED: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+)?")
_LIST_LEAD: Final = re.compile(r"(?:[,:]|\bet|\bde|\bdes|\bd'|\bdu)\s*$")
_LIST_TAIL: Final = re.compile(r"\s*,\s*|\s+(?=et\s)")
_LIST_JOINT: Final = re.compile(
    r"(?:[\s,]|\bet\b|\bde\b|\bd'|\b(?:le|la|l')\s*(?:village|ville|localite|bourg|hameau)\b)*"
)  # used with .fullmatch


def blank_unlisted_names(text: str, folded: str, mentions: Sequence[Mention]) -> str:
    """``folded`` with the unknown names of town lists made blank.

    A capitalised name no mention covers is blanked, with its comma, when it
    stands in a list ("de X, ", ", X et ") right next to a town the mention
    stage found; the last name of a list ("X, Y et Z") becomes
    :data:`UNKNOWN_NAME` characters, so that its "et" still closes the list.
    The offsets are kept: every other rule reads the list as if the name were
    one of its towns or not there.

    Examples
    --------
    >>> from geoatlas.records import Mention, Place
    >>> text = "les localités de Grouzké, Petrivka et Zoloty Kolodiaz"
    >>> p = Place(1, "Petrivka", 48.5, 37.1, "UA", "05", "Donetsk", 0, True)
    >>> ms = [Mention("a", 26, 34, "Petrivka", text, 0, len(text), p)]
    >>> blank_unlisted_names(text, fold_text(text), ms)[17:]
    '         petrivka et _______________'
    """
    towns = sorted((m.start, m.end) for m in mentions if m.kind == "town")
    if not towns:
        return folded
    named = sorted((m.start, m.end) for m in mentions)
    named_starts = [a for a, _ in named]
    town_starts = [a for a, _ in towns]
    chars: list[str] | None = None
    for match in _near_towns(text, towns):
        start, end = match.span()
        # Cheap tests first: most capitalised words stand in no list.
        if not _LIST_LEAD.search(folded, max(0, start - 8), start):
            # "a libéré Soukhetske, Souvorove et ...": a list's head right after its cue;
            # blanked up to the town after it, the cue reaches that town.
            head_end = _list_head_end(folded, town_starts, start, end)
            if (
                head_end is not None
                and not _is_named(named, named_starts, start, end)
                and not find_entities(folded, start, end)
            ):
                if chars is None:
                    chars = list(folded)
                chars[start:head_end] = " " * (head_end - start)
            continue
        if _FORCE_NAME_BEFORE.search(folded, max(0, start - 30), start):
            continue  # "la libération de X par les troupes du Sud et de Y": a unit's name
        closes = _LIST_CLOSER.search(folded, max(0, start - 24), start) is not None
        tail = _LIST_TAIL.match(folded, end)
        after_tail = tail.end() if tail is not None else end
        if tail is None and not closes:
            continue
        if _is_named(named, named_starts, start, end):
            continue
        if not _is_listed_with_a_town(folded, towns, start, after_tail):
            continue
        if find_entities(folded, start, end):
            continue  # "aux mains des Russes, et Odessa": a side, not a village
        if chars is None:
            chars = list(folded)
        if closes:
            chars[start:end] = UNKNOWN_NAME * (end - start)
        else:
            stop = after_tail if tail is not None and "," in tail.group() else end
            if (
                tail is not None
                and "," not in tail.group()
                and not folded[max(0, start - 8) : start].rstrip().endswith(",")
            ):
                # "les villages de Staraya Sorochina et Nikolaevka": the list's head, with
                # its "et"; the next town heads the list.
                joint = _HEAD_AND.match(folded, end)
                stop = joint.end() if joint is not None else end
            chars[start:stop] = " " * (stop - start)
    return folded if chars is None else "".join(chars)


_HEAD_AND: Final = re.compile(r"\s+et\s+(?:de\s+|d')?")
# the name of a unit or a group of forces ("les troupes du Sud", "le groupement de l'Est")
_FORCE_NAME_BEFORE: Final = re.compile(
    r"\b(?:troupes|groupes?|groupements?|forces|unites|armees?|districts?\s+militaires?)"
    r"(?:\s+de\s+(?:troupes|forces))?\s+(?:du|de\s+l'|de)\s*$"
)


def _is_named(
    named: Sequence[tuple[int, int]], named_starts: Sequence[int], start: int, end: int
) -> bool:
    """Whether a mention covers part of ``start:end``."""
    i = bisect.bisect_left(named_starts, end)
    return any(a < end and start < b for a, b in named[max(0, i - 3) : i])


def _list_head_end(folded: str, town_starts: Sequence[int], start: int, end: int) -> int | None:
    """Where the town after an unknown name at ``start`` begins, if the name heads a list
    right after a cue ("a libéré Soukhetske, Souvorove et Rodynske")."""
    i = bisect.bisect_left(town_starts, end)
    after = town_starts[i] if i < len(town_starts) else None
    if (
        after is None
        or after - end > _LIST_GAP
        or _LIST_JOINT.fullmatch(folded, end, after) is None
        or not folded[max(0, start - 1) : start].isspace()
    ):
        return None
    lo = max(0, start - _CUE_REACH)
    if not any(hit.end >= start - 1 for hit in find_cues(folded, lo, start)):
        return None
    return after


_CUE_REACH: Final = 40  # characters: the longest cue before its object


def _near_towns(text: str, towns: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The capitalised words close enough to a town to be listed with it."""
    windows: list[list[int]] = []
    for a, b in towns:
        lo, hi = max(0, a - _LIST_REACH), min(len(text), b + _LIST_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from _CAPITALISED.finditer(text, lo, hi)


_LIST_REACH: Final = 80  # a name of up to two words, its comma and "et de"


def _is_listed_with_a_town(
    folded: str, towns: Sequence[tuple[int, int]], start: int, end: int
) -> bool:
    """A town found right before ``start`` or right after ``end``, only list words between."""
    after = next((a for a, _ in towns if a >= end), None)
    before = next((b for _, b in reversed(towns) if b <= start), None)
    return (
        after is not None
        and after - end <= _LIST_GAP
        and _LIST_JOINT.fullmatch(folded, end, after) is not None
    ) or (
        before is not None
        and start - before <= _LIST_GAP
        and _LIST_JOINT.fullmatch(folded, before, start) is not None
    )


_LIST_GAP: Final = 24  # characters of ", et le village de " between two listed names


UNKNOWN_NAME: Final = "_"
"""What stands, in the folded text, for a name the gazetteer lacks that closes a list."""
# "..., Y et X", "..., Y et le village de X": the name closes the list.
_TOWN_NOUN_OF: Final = r"(?:(?:le|la|l')\s*(?:village|ville|localite|bourg|hameau)\s+(?:de\s+|d'))"
# ("les localités de X et de Kleban-Byk")
_LIST_CLOSER: Final = re.compile(rf"\bet(?:\s+{_TOWN_NOUN_OF}|\s+de|\s+d')?\s*$")
_CLOSED_BY_UNKNOWN: Final = re.compile(rf"\s*,?\s*et\s+(?:{_TOWN_NOUN_OF}|de\s+|d')?{UNKNOWN_NAME}")
# "ont pris le contrôle de X, de Y et de 15 autres villes": the others, uncounted here,
# close the list.
_CLOSED_BY_OTHERS: Final = re.compile(
    rf"\s*,?\s*(?:et|ainsi\s+que)\s+(?:de\s+|d')?{COUNT}\s+autres\s+"
    r"(?:villes|localites|villages|bourgs|hameaux)\b|"
    # "ont libéré X, Y et plusieurs quartiers au nord de Z": parts of another town
    r"\s*,?\s*et\s+(?:plusieurs|certains|quelques|des|les)\s+quartiers\b"
)
# "ont pris le contrôle des villages de X, Y et ont atteint ...": the "et" joins the verbs,
# and the list X, Y ends there.
_CLOSED_BY_VERB: Final = re.compile(
    r"\s+et\s+(?:ont|a|avaient|avait|sont|est)\s|"
    # "les localités d'Irpin, Boutcha, Gostomel avaient été libérées": the list is the subject
    r"\s+(?:ont|avaient|sont|etaient|furent)\s"
)
# "se sont emparés de la première (Stepove, Lastochkyne, Sieverne)": a list in brackets.
_CLOSED_BY_BRACKET: Final = re.compile(r"\s*\)")
# "ont expulsé la Russie de Boutcha, d'Irpin, de Borodyanka": the preposition said again
# before each town makes a list of three or more without "et".
_PREPOSITION_AGAIN: Final = re.compile(r"\s*,\s*(?:de\s+|d')")


_PREPOSITION_BEFORE: Final = re.compile(r"(?:\bde\s+|\bd')$")


def _repeats_preposition(folded: str, chain: Sequence[tuple[Mention, str]]) -> bool:
    first = chain[0][0].start
    return (
        len(chain) >= 3
        and _PREPOSITION_BEFORE.search(folded, max(0, first - 4), first) is not None
        and all(
            _PREPOSITION_AGAIN.fullmatch(folded, a.end, b.start)
            for (a, _), (b, _) in itertools.pairwise(chain)
        )
    )


_OPEN_BRACKET: Final = re.compile(r"\(\s*$")


# "X, Y et toute la région de Z": a region closing a list of towns is one of its members.
_REGION_CLOSES: Final = re.compile(r"\bet\s+(?:toute\s+)?(?:la\s+|l')(?:region|oblast)\b")

_LOCATING_REGION: Final = re.compile(
    # "X dans la région de Z", "X (région de Z)", "X, oblast de Z"
    # ("X dans le nord de la région de Z", "X et Y de la République populaire de Donetsk")
    # ("X et Y, situés dans l'oblast de Z, ainsi que W")
    r"^[\s,(]*(?:situee?s?\s+)?(?:(?:dans|en)\s+(?:la\s+|le\s+|l')?|de\s+la\s+)?"
    r"(?:(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+de\s+la\s+)?"
    r"(?:region|oblast|province|republique\s+populaire)\s+(?:(?:de|du)\s+|d')$|"
    # "X, dans le Donbass (est), et Y": a region named alone
    r"^[\s,(]*(?:dans|en)\s+(?:la\s+|le\s+|l')?$"
)


_LANDMARK_ASIDE: Final = re.compile(r"^\s*[,(]")


# "vers Z et Y" goes on with the landmark; "près de Z, et Y" closes it (Y joins the list).
_ASIDE_GOES_ON: Final = re.compile(r"\s+(?:et|ou)\s+(?:de\s+|d'|du\s+)?")


def _is_aside(folded: str, last: Mention, mention: Mention) -> bool:
    """Whether ``mention`` only says where the town ``last`` lies.

    "X dans la région de Z, ainsi que Y", "X, près de Z, et Y": Z is no
    member of the list X, Y.
    """
    if last.kind != "town":
        return False
    gap = folded[last.end : mention.start]
    if mention.kind == "region":
        return _LOCATING_REGION.match(gap) is not None
    return _LANDMARK_ASIDE.match(gap) is not None and is_distance_reference(
        folded, mention.start, last.end
    )


# "X dans le nord de la région de Donetsk, et Y": where X lies (the region's name blanked)
_IN_REGION_GAP: Final = re.compile(
    r"^\s+(?:(?:dans|en)\s+(?:(?:le|l')\s*(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|"
    r"sud-est|sud-ouest)\s+de\s+)?|de\s+)la\s+(?:region|republique\s+populaire)\s+"
    r"(?:de\s+|d')\s*(?=,)"
)


# "le contrôle total de X et d'autres villes voisines, dont Y, Z et W": the towns after
# "dont" are among those the cue names with X.
_OTHERS_INCLUDING: Final = re.compile(
    r"\s*[»\"]?\s*(?:et|ainsi\s+que)\s+(?:d'autres|de\s+nombreuses\s+autres|plusieurs\s+autres|"
    r"un\s+certain\s+nombre\s+(?:d'autres|de))\s+(?:villes|localites|villages|colonies|"
    r"agglomerations)(?:\s+voisin\w*)?\s*,\s*(?:dont|notamment|y\s+compris|parmi\s+lesquel\w+)"
    r"\s+(?:de\s+|d')?"
)  # used with .fullmatch


def _joint(gap: str) -> str:
    """How two mentions separated by ``gap`` are joined: alias, coordination, comma, or not."""
    if _ALIAS_GAP.match(gap):
        return "alias"
    if _OTHERS_INCLUDING.fullmatch(gap):
        return "coord"
    if gap == "-":
        return "coord"  # "l'agglomération Pokrovsk-Myrnohrad": twin towns named as one
    gap = _IN_REGION_GAP.sub(" ", gap)
    stripped = LOCATIVE_PHRASE.sub(" ", _PARENTHESIS.sub(" ", gap))
    match = _COORDINATION.match(stripped)
    if match and _is_appositive(match.group("appositives")):
        return "coord"
    if _ENUMERATION.match(stripped):
        return "comma"
    return ""


# --- cues and how they reach a town --------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in the folded text."""

    cue: Cue
    start: int
    end: int


def find_cues(folded: str, start: int, end: int) -> list[CueHit]:
    """Every cue in ``folded[start:end]``.

    Examples
    --------
    >>> t = fold_text("Les forces russes ont pris le contrôle de Pokrovsk.")
    >>> [(h.cue.name, h.cue.status) for h in find_cues(t, 0, len(t))]
    [('pris le contrôle', 'captured')]
    """
    return [CueHit(CUES[i], m.start(), m.end()) for i, m in CUE_SET.finditer(folded, start, end)]


@lru_cache(maxsize=64)
def sentence_cues(folded: str, start: int, end: int) -> tuple[CueHit, ...]:
    """:func:`find_cues` of a whole sentence, searched once for the rules and the claims model."""
    return tuple(find_cues(folded, start, end))


Voice = Literal["active", "passive", "noun", "bare"]

_PASSIVE_AUX: Final = frozenset(
    "ete etre est sont etait etaient fut furent soit soient reste restent demeure demeurent".split()
)
_ACTIVE_AUX: Final = frozenset(
    "a ont avait avaient avoir ayant eu as avons avez s'est s'etait s'etaient".split()
)
_DETERMINERS: Final = frozenset("la sa leur cette une l".split())
_SKIPPABLE: Final = frozenset(
    "et deja totalement entierement completement officiellement desormais finalement "
    "egalement aussi recemment nouvellement fraichement effectivement pleinement rapidement bien "
    "probablement "
    "vraisemblablement ainsi alors donc enfin encore toutefois pourtant "
    # a negation keeps the tense: "n'ont pas seulement occupé X", "n'ont jamais occupé X"
    "pas seulement uniquement simplement jamais".split()
)
_PARTICIPLE: Final = re.compile(r"(?:e|ee|es|ees|is|ise|ises)$")
_CLAUSE_PUNCT: Final = re.compile(r"[,;:.!?()]")


def find_voice(folded: str, hit: CueHit, floor: int) -> Voice:
    """Voice of a participle cue: active ("ont capturé"), passive ("a été capturée"),
    a noun ("la capture de"), or bare ("X, capturée par").

    Examples
    --------
    >>> t = fold_text("Pokrovsk a été encerclée et occupée.")
    >>> find_voice(t, find_cues(t, 0, len(t))[1], 0)
    'passive'
    >>> t = fold_text("L'armée a les villes occupées de Tokmak dans son viseur.")
    >>> find_voice(t, find_cues(t, 0, len(t))[0], 0)
    'bare'
    """
    window = folded[max(floor, hit.start - 60) : hit.start]
    punct = list(_CLAUSE_PUNCT.finditer(window))
    if punct:
        window = window[punct[-1].end() :]
    words = re.findall(r"[\w']+", window)
    if (words and words[-1] in _DETERMINERS | _PLURAL_DETERMINERS) or window.endswith("l'"):
        return "noun"  # "la prise de X", "les prises de X et Y"
    if (words and words[-1] == "se") or window.rstrip().endswith("s'"):
        return "active"
    for word in reversed(words[-4:]):
        if word in _PASSIVE_AUX:
            return "passive"
        if word in _ACTIVE_AUX or word.endswith("'a") or word.endswith("'ont"):
            return "active"
        if word in _PLURAL_DETERMINERS:
            # "a les villes occupées de X dans son viseur": a noun's adjective, no tense.
            break
        if word in _SKIPPABLE or _PARTICIPLE.search(word):
            continue
        break
    return "bare"


_PLURAL_DETERMINERS: Final = frozenset("les des ces ses leurs nos vos mes tes".split())


Direction = Literal["before", "after", "relative", "object"]


@dataclass(frozen=True, slots=True)
class Link:
    """A cue tied to the towns it speaks of.

    ``direction``: the town after the cue (``before``), before it (``after``),
    before "où" and a fight (``relative``), or the antecedent of the cue's
    relative pronoun ("X, que Kiev a repris", "X, dont Moscou a revendiqué la
    prise": ``object``).
    """

    hit: CueHit
    group: Group
    towns: tuple[Mention, ...]
    direction: Direction
    voice: Voice
    partial: bool = False
    anaphora: bool = False  # "X : ... la prise de la ville"


# "la ville dévastée d'", "la localité stratégique de": the town's own noun phrase.
_TOWN_HEAD: Final = re.compile(
    # ("la ville-front de X")
    # ("s'étaient emparées du village frontalier de X": the cue took the determiner)
    r"(?:\b(?:la|cette|une|du|le)\s+|^\s*)(?:petite\s+|grande\s+)?(?:ville|localite|cite|bourg|"
    # ("la libération de la localité voisine X": the name right after)
    r"village|agglomeration|colonie)(?:-[a-z]+)?(?:\s+[\w-]+){0,2}?"
    r"(?:\s+(?:de|d')|(?<=\svoisine)|(?<=\svoisin))\s*$"
    # "les villes clés de X et de Y", "les villes-clés de X" (not "les villages voisins de
    # X", the villages around it)
    r"|\b(?:les|ces)\s+(?:villes|localites|cites|bourgs|villages|agglomerations)"
    r"(?:-[a-z]+|(?:\s+(?!voisin|proche|environn|limitroph|alentour)[\w-]+){1,2}?)"
    r"\s+(?:de|d')\s*$"
    # "les deux villes (adjacentes) de X et Y": counted, so the towns named
    r"|\b(?:les|ces)\s+(?:deux|trois|quatre|cinq)\s+(?:villes|localites|villages)"
    r"(?:\s+(?!voisin|proche|environn|limitroph|alentour)[\w-]+)?\s+(?:de|d')\s*$"
    # "des combats se déroulent dans la voisine X": the neighbour, named
    r"|\b(?:la|le|sa|son|leur)\s+voisine?\s*$"
)


# "a repris aux forces russes le village de X": whom it was taken from.
_FROM_SIDE: Final = re.compile(
    r"\b(?:aux|a\s+l'|a\s+la)\s*(?:[\w'-]+\s+){0,2}?(?:russes?|ukrainiens?|ukrainiennes?|"
    r"separatistes|russie|ukraine|moscou|kiev|kyiv)\b"
)


# "libèrent une nouvelle ville à Donetsk": a town of that region, not the region's town.
_LOCATED_OBJECT: Final = re.compile(
    r"\b(?:un|une|deux|trois|quatre|cinq|plusieurs|\d+)\s+(?:[\w'-]+\s+)?(?:villes?|villages?|"
    r"localites?|bourgs?|hameaux?|colonies?)\s+(?:a|dans|en)\s*$"
)


# "la prise d'une autre commune, Berkhivka": an indefinite noun, then the town's name after
# a comma ("pris la ville, Bakhmout étant encerclée" is another clause).
_NAMED_AFTER: Final = re.compile(
    r"\bune?\s+(?:autre\s+|nouvelle\s+|petite\s+)?(?:ville|localite|commune|"
    r"village|bourg|hameau|agglomeration)\s*,\s*$"
)


# "des localités telles qu'X et Y", "des villes comme X", "d'importants noeuds logistiques tels
# qu'X": the towns are examples of the noun.
_SUCH_AS: Final = re.compile(
    r"(?:\b(?:des|les|de|plusieurs|quelques)\s+|\bd')?"
    r"(?:(?:importants|importantes|grands|grandes|petits|petites|nombreux|nombreuses)\s+)?"
    r"\b(?:villes|localites|villages|bourgs|colonies|agglomerations|"
    r"(?:noeuds|centres|carrefours|places\s+fortes|bastions)(?:\s+[a-z]+)?)\s+"
    # ("plusieurs villes stratégiques de l'est de l'Ukraine, telle qu'X")
    r"(?:[^,;:.!?]{0,50}?,\s*)?(?:(?:telles?|tels?)\s+(?:que\s+|qu')|comme\s+)\s*$"
)

# "se retirant de la rive ouest du Dniepr, y compris la ville de X": an area, then the
# town it includes.
_INCLUDING: Final = re.compile(
    r"^\s*(?:(?:de|du|des)\s+|d')?(?:(?:la|le|les)\s+|l')?"
    r"(?:rive|rives|region|oblast|zone|zones|secteur|territoire|district|raion|"
    # "avoir reconquis quelque 1.000 km2 dans cette région ..., en particulier la ville de X"
    # ("ont repris 2 km2 ... dans la zone de X, notamment les villages d'Y et Z")
    r"(?:(?:quelque|plus\s+de|pres\s+de|environ)\s+)?\d[\d .]*\s*(?:km2|km²|kilometres\s+carres))"
    # ("« nous avons libéré environ 500 km2 » notamment les localités de X, Y": the quote
    # marks fold to spaces)
    r"(?:[^,;:.!?]|\.(?=\d)){0,60}?,?\s*\b(?:y\s+compris|notamment|en\s+particulier)\s+"
    r"(?:(?:la|le)\s+(?:ville|village|localite|cite)\s+(?:de\s+|d')|"
    r"les\s+(?:villes|villages|localites)\s+(?:de\s+|d')|de\s+|d')?\s*$"
)

# "depuis plus de 40 jours", "depuis des mois": how long something has gone on.
_SINCE = (
    r"\bdepuis\s+(?:(?:plus|pres|moins)\s+(?:de|d')\s*|bientot\s+)?"
    r"(?:des|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|"
    r"de\s+longs|un|une)\s+(?:longs?\s+|longues?\s+)?(?:heures|jours|semaines|mois|ans|annees|an)\b"
)
# "assiègent depuis plus de 40 jours la ville de X": how long, not where.
_DURATION: Final = re.compile(
    _SINCE + r"|"
    # "ont conquis au cours des dernières heures les villages de X et Y": when, not where
    r"\bau\s+cours\s+(?:de\s+la|du|des)\s+(?:(?:dernieres?|derniers|\d+)\s+)?"
    r"(?:heures|jours|semaines|mois|nuit|journee|week-end)\b(?:\s+(?:dernieres?|derniers))?|"
    # "a pris le contrôle ces dernières semaines des villages de X et Y"
    r"\b(?:ces|ses)\s+(?:dernieres|derniers)\s+(?:heures|jours|semaines|mois)\b|"
    # "ont repris il y a quelques jours X"
    rf"\b{TIME_AGO}\b|"
    # "est entrée, vendredi 11 novembre, dans Kherson", "ont pris, le 3 mars, la ville de X",
    # "ont conquis ce mardi 1er octobre 2024 la ville de X"
    rf"\s*,\s*{_DAY}\s*,|\b{_DAY}\b|"
    # "encerclaient, hier, Severodonetsk", "ont pris, lundi soir, X", "ont repris, selon
    # Kiev, le village de X": a day or a source set off by commas
    rf"\s*,\s*(?:(?:hier|avant-hier|aujourd'hui|{WEEKDAYS.replace(' ', '|')})"
    r"(?:\s+(?:matin|soir|apres-midi))?|(?:selon|d'apres)\s+[^,;:.!?]{1,40}?)\s*,|"
    # "ont arraché ce matin, le hameau de X"
    r"\bce\s+(?:matin|soir|apres-midi|week-end)\b\s*,?|"
    # "ont repris à la fin du mois de mars 2022 les villes de X et Y", "ont pris en mai X"
    rf"\b(?:(?:a\s+la\s+|au\s+)(?:fin|debut|mi-|milieu)\w*\s+(?:du\s+mois\s+)?(?:de\s+|d')|"
    rf"(?:fin|debut|mi-)\s*|en\s+)(?:{MONTHS.replace(' ', '|')})(?:\s+\d{{4}})?\b|"
    # "tient encore, pour quelques heures, le village de X"
    r"\s*,\s*(?:pour|pendant|durant)\s+(?:encore\s+)?(?:quelques|plusieurs|deux|trois|\d+)\s+"
    r"(?:heures|jours|semaines|mois)\s*,|"
    # "a affirmé avoir capturé dans cette région les localités de X et Y": where, told
    # before the object
    r"\bdans\s+(?:cette|ce)\s+(?:region|zone|secteur|direction|oblast)\b(?!\s*(?:de|d'|du)\b)"
)


# "capturant, entre autres, le village de X": one of the places taken, set off by commas
_AMONG_OTHERS: Final = re.compile(r"^\s*,\s*(?:entre\s+autres|notamment|en\s+particulier)\s*,")


# "ne contrôlent plus aucune partie de X": none of it, the whole town
_NO_PART: Final = re.compile(
    r"\baucune\s+(?:des\s+)?part(?:ie)?s?\s+(?:de\s+la\s+ville\s+)?(?:de\b|d')"
)


# "toutes les parties de X", "tous les quartiers de X": all of it
_ALL_PARTS: Final = re.compile(
    r"\b(?:toutes\s+les\s+(?:parties|zones)|tous\s+les\s+(?:quartiers|districts))\s+(?:de\b|d')"
)


# "une partie croissante, voire la majorité, de X": the aside says how much, no more
_RATHER: Final = re.compile(r"\s*,\s*(?:voire|sinon|ou\s+meme)\s+([^,;:.!?]{1,30}),")


# "contrôlaient non seulement totalement la ville de X, mais": the town and more
_NOT_ONLY: Final = re.compile(r"\bnon\s+seulement\b")


# "ont pris le contrôle de 15 km² du territoire de X": an area of the town, a part of it
_SQUARE_KM: Final = re.compile(
    r"\b\d[\d .,]*\s*(?:km2|km²|kilometres\s+carres|hectares)\s+(?:du\s+territoire\s+)?"
    r"(?:de\b|d'|du\b)\s*(?:la\s+ville\s+(?:de\b|d'))?\s*$"
)


# "contrôlent environ trente pour cent de X": a share in words, a part of the town
_PER_CENT: Final = re.compile(
    r"\b(?:dix|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|"
    r"quatre-vingt-dix|\d+)(?:[\s-]+\w+)?\s+pour\s*cent\b"
)


# "la libération complète et le nettoyage du village de X": the clearing that follows it
_AND_CLEARING: Final = re.compile(r"\bet\s+(?:le|au)\s+(?:nettoyage|deminage|ratissage)\b")


_ORDINAL: Final = re.compile(r"\d{1,2}(?:e|eme|er)")
# "Après avoir libéré et nettoyé X": a second participle of the same deed, with its object
_AND_CLEARED: Final = re.compile(r"\bet\s+(?:nettoy|securis|ratiss)\w*")


def _object_gap(gap: str) -> tuple[bool, bool]:
    """Whether a cue reaches a town across ``gap``, and whether only part of the town."""
    gap = _DURATION.sub(" ", _SUCH_AS.sub(" ", _NAMED_AFTER.sub(" ", _INCLUDING.sub(" ", gap))))
    gap = _PER_CENT.sub(" partie ", gap)
    gap = _SQUARE_KM.sub(" partie de ", _AMONG_OTHERS.sub(" ", gap))
    gap = _ALL_PARTS.sub(" ", _NO_PART.sub(" ", gap))
    gap = _RATHER.sub(r" \1 ", _NOT_ONLY.sub(" ", _AND_CLEARING.sub(" ", gap)))
    gap = _AND_CLEARED.sub(" ", gap)
    if re.search(r"[,;:.!?]", gap) or _LOCATED_OBJECT.search(gap):
        return False, False
    gap = _TOWN_HEAD.sub(" ", _FROM_SIDE.sub(" ", gap))
    words = _TOKEN.findall(gap)
    if len(words) > 8:
        return False, False
    partial = False
    for word in words:
        if word in PARTIAL_WORDS:
            partial = True
        elif word.rstrip("%").isdigit():  # "70% de X", "70 % de X": part of the town
            partial = partial or "%" in gap
        elif _ORDINAL.fullmatch(word) or (word == "et" and partial):
            # "le 3e microdistrict de X"; "la partie centrale et orientale de X"
            continue
        elif word not in OBJECT_GAP_WORDS:
            return False, False
    return True, partial


def _subject_gap(
    folded: str, start: int, end: int, mentions: Sequence[Mention], cues: Sequence[CueHit]
) -> str | None:
    """The words between a town and an ``after`` cue, if they let the cue describe it.

    Other participles in between are coordinated with the cue ("a été
    encerclée et occupée") and do not count.
    """
    gap = _blank(folded, start, end, mentions)
    for other in cues:
        if start <= other.start and other.end <= end and other.cue.direction != "before":
            # the other predicate's own agent and time go with it (:data:`_OTHER_CUE_AGENT`)
            agent = _OTHER_CUE_AGENT.match(folded, other.end, end)
            stop = agent.end() if agent else other.end
            gap = gap[: other.start - start] + " " * (stop - other.start) + gap[stop - start :]
    gap = _PARENTHESIS.sub(" ", gap)
    located = _RELATIVE_ASIDE.match(gap) or _WHO_ASIDE.match(gap) or _WHERE_ASIDE.match(gap)
    if located:
        # "Irpin (Ukraine) située à l'ouest du pays et de Kiev, a été reprise": where it lies
        gap = gap[located.end() :]
    by_aside = _BY_ASIDE.match(gap)
    if by_aside:
        # "X, précédemment abandonné par les troupes ukrainiennes, demeure dans la zone
        # grise": the aside's participle is a cue of its own (blanked above).
        gap = gap[by_aside.end() :]
    head_who = _HEAD_WHO.match(gap)
    if head_who and not any(start < m.start < end for m in mentions):
        # "Kramatorsk, cité minière qui résiste encore": the relative is the town's noun's.
        gap = gap[head_who.end() :]
    if _HEAD_APPOSITION.match(gap) and not any(
        start < m.start < end and m.kind == "town" for m in mentions
    ):
        # "X, grande ville du Sud évacuée par les forces de Moscou": the participle agrees
        # with the town's own noun, set beside it (past a region: "X, zone du Donbass
        # contrôlée par Kiev").
        return ""
    # "X est, depuis un an et demi, le théâtre de combats": how long, set off by commas
    gap = _TIME_ASIDE.sub(" ", gap)
    # "près de la ville d'Izioum, pour l'heure tenue par les Russes": for now, no aside
    gap = _FOR_NOW.sub(" ", gap)
    # "X, qui, selon le président Vladimir Poutine, est désormais contrôlée par": whose word
    gap = _SOURCE_ASIDE.sub(" ", gap)
    aside = _ASIDE.match(gap)
    if aside and _is_appositive(aside.group(1) or aside.group(2)):
        # "Koupiansk, nœud ferroviaire du nord-est de l'Ukraine, était sous le contrôle de":
        # an aside with no verb between the town and its predicate.
        if aside.group(1) is not None and _HEAD_APPOSITION.match(gap, aside.end() - 1):
            # "X, port stratégique du Sud-Est, ville assiégée depuis 40 jours": a second
            # apposition, its noun the town's
            return ""
        gap = gap[aside.end() :]
    gap = LOCATIVE_PHRASE.sub(" ", gap)
    gap = _AS_WELL_AS.sub(" ", gap)
    # "X et une bande de territoire de la taille du Lancashire ont été libérés": a conjoined
    # area shares the plural predicate
    gap = _AND_AREA.sub(" ", gap)
    # "X, cité ravagée par les combats et prise par Moscou": the first of two predicates
    gap = _RAVAGED_AND.sub(" ", gap)
    if re.search(r"[;:.!?]", gap):
        return None
    words = _TOKEN.findall(gap)
    if len(words) > 10 or any(w not in AFTER_GAP_WORDS and not w.isdigit() for w in words):
        return None
    return " ".join(words)


# "X a été occupé pendant trois mois par les Russes et vient de", "X, encore aux mains des
# Russes il y a quelques jours et désormais libérée": a coordinated predicate's own agent and
# time, up to the "et" that joins the next one
_OTHER_CUE_AGENT: Final = re.compile(
    r"(?:\s+(?:pendant|durant)\s+(?:[\w'-]+\s+){0,2}?(?:heures|jours|semaines|mois|ans)\b)?"
    r"(?:\s+(?:par\s+)?(?:les|l')?\s*(?:(?:forces|troupes|soldats|armee)\s+)?"
    r"(?:russes?|ukrainien\w*|occupants|envahisseurs)\b)?"
    r"(?:\s+(?:il\s+y\s+a|depuis|pendant|durant)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:heures|jours|semaines|mois|ans)\b)?"
    r"\s+et(?:\s+(?:desormais|aujourd'hui|maintenant|depuis\s+peu|enfin))?\b"
)
_FOR_NOW_WORDS: Final = r"pour\s+(?:l'instant|le\s+moment|l'heure)"
_TIME_ASIDE: Final = re.compile(
    r",\s*(?:(?:depuis|pendant|durant)\s[^,;:.!?()]{1,50}|"
    # "X, qui, pour l'instant, résiste encore"
    rf"{_FOR_NOW_WORDS}|a\s+ce\s+jour|jusqu'(?:ici|a\s+present)),"
)
_FOR_NOW: Final = re.compile(rf"\b{_FOR_NOW_WORDS}\b")
_SOURCE_ASIDE: Final = re.compile(r",\s*(?:selon|d'apres)\s[^,;:.!?()]{1,60},")
# ", nœud ferroviaire du nord-est de l'Ukraine," and " - le centre de la frénésie médiatique -"
# (between dashes, the aside may hold its own commas: "X - un point clé, essentiel pour -")
_ASIDE: Final = re.compile(r"\s*,([^,;:.!?()]{1,160}),|\s+-\s([^-;:.!?()]{1,160})\s-")
# An apposition's opening: a comma, or a dash between spaces (folded from "–")
_COMMA_OR_DASH: Final = r"(?:,|\s-(?=\s))"
_HEAD_WHO: Final = re.compile(
    r"\s*,\s*(?:(?:la|une|cette)\s+)?(?:(?!(?:et|ou|mais)\b)[\w'-]+\s+){0,2}?"
    r"(?:ville|localite|village|cite|bourg|agglomeration|capitale)"
    r"(?:\s+(?!(?:est|sont|etait|etaient|a|ont|avait|et|ou|mais|que)\b)[\w'-]+){0,3}?\s*(?=qui\b)"
)
# (", et la ville est": a clause of its own)
_HEAD_APPOSITION: Final = re.compile(
    # ("à l'orée de X – ville aux mains des forces russes")
    rf"\s*{_COMMA_OR_DASH}\s*(?:(?:la|une|cette)\s+)?(?:(?!(?:et|ou|mais)\b)[\w'-]+\s+){{0,2}}?"
    r"(?:ville|localite|village|cite|bourg|agglomeration|capitale|zone)"
    r"(?:\s+(?!(?:est|sont|etait|etaient|a|ont|avait|et|ou|mais|qui|que)\b)[\w'-]+){0,6}\s*$"
)
_REGION_APPOSITION: Final = re.compile(r"\s*(?:[\w'-]+\s+)?(?:region|province|oblast)s?\b")
_BY_ASIDE: Final = re.compile(r"\s*,\s*(?:[a-z]+ment\s+)?\s*par\s+[^,;:.!?()]{1,60},")
# (the comma before it may be missing: "Irpin (Ukraine) située à l'ouest de Kiev, a été")
_RELATIVE_ASIDE: Final = re.compile(
    r"\s*,?\s*(?:qui\s+(?:se\s+trouv(?:e|ent)|(?:est|sont|etait|etaient)\s+situee?s?)|situee?s?|"
    r"localisee?s?)\b"
    # ("situées près de la ville d'Artemovsk (Bakhmut),": an alias in brackets; "située sur
    # la rivière R, à 120 km au sud-est de Y,": two places)
    # (not a relative after: ", au sud de Y, laquelle est contrôlée" is said of Y)
    r"(?:(?:[^,;:.!?()]|\([^,;:.!?()]{1,40}\)){1,120},){1,2}"
    r"(?!\s*(?:laquelle|lequel|lesquelles|lesquels|qui|dont)\b)"
)
# "Avdiivka, qui était un nœud de résistance important pour Kiev, est tombée": what the town
# was, set off by commas before its predicate.
_WHO_ASIDE: Final = re.compile(
    r"\s*,\s*qui\s+(?:etait|est|fut|a\s+ete|avait\s+ete|constitu(?:e|ait)|represent(?:e|ait)|"
    # ("qui comptait 27.000 habitants avant la guerre,": a number's dot)
    r"abrit(?:e|ait)|compt(?:e|ait)|englob(?:e|ait)|compren(?:d|ait))\s"
    r"(?:[^,;:.!?()]|\.(?=\d)){1,120},"
)
# "La ville de Lyman, où l'occupant venait d'organiser un référendum, est repassée sous",
# "X et Y, que les troupes russes défendaient jusqu'alors, ont été reconquises": what was
# done there or to it before, set off by commas
_WHERE_ASIDE: Final = re.compile(r"\s*,\s*(?:ou|que|qu')\s*[^,;:.!?()]{1,160},")

# "Lyman et Sviatoguirsk, ainsi que 15 autres localités, ont été libérées"
_AS_WELL_AS: Final = re.compile(r"\bainsi\s+que\b")
# "X, cité ravagée par les combats et prise par Moscou": a first predicate of what befell
# the town, coordinated with the cue
_RAVAGED_AND: Final = re.compile(
    r"\b(?:ravag|detrui|devast|pilonn|bombard|meurtri)\w*\s+par\s+(?:les|des|de\s+violents|"
    r"d'intenses)\s+(?:combats|bombardements|frappes|affrontements)\s+et\b"
)
_AND_AREA: Final = re.compile(
    r"^\s*et\s+(?:une|la|les|ses|leurs|des|plusieurs|d'autres)\s+(?:[\w-]+\s+)?"
    r"(?:bandes?|parties?|zones?|territoires?|environs|alentours|villages?|localites?|"
    r"quartiers?|banlieues?|faubourgs?)\b[^,;:.!?()]{0,50}?"
    r"(?=\s+(?:ont|sont|avaient|etaient|furent)\s)"
)


_PLURAL_AUX: Final = frozenset("sont ont etaient furent restent demeurent".split())
# The first word of a cue that has no number: "aux mains de", "sous contrôle".
_NUMBERLESS: Final = frozenset("aux sous entre".split())
_COMMA_GAP: Final = re.compile(
    r"\s*,\s*(?:(?:encore|toujours|desormais|aujourd'hui|deja|alors|maintenant)\s+)*"
)
_PLURAL_VERBS: Final = frozenset("font faisaient".split())  # "X et Y font l'objet de combats"
# "X, où des combats ont lieu", "X, pour lequel des combats ont déjà lieu"
_RELATIVE: Final = re.compile(
    # ("la ville de X, dans la région de R, où")
    r"[\s,]*(?:(?:dans|en)\s+(?:la\s+|l')?(?:region|oblast)\s+(?:de\s+|d'|du\s+)[\w'-]+\s*,\s*)?"
    r"(?:ou|dans\s+laquelle|dans\s+lequel|dans\s+lesquel(?:le)?s|"
    r"pour\s+(?:lequel|laquelle|lesquel(?:le)?s))\s"
)
_RELATIVE_CONTESTED: Final = re.compile(
    r"\b(?:combats?|affrontements?)\b|\b(?:s'|se\s+)(?:affront|batt)(?:ent|aient|ait)\b"
)
_RELATIVE_END: Final = re.compile(r"[;.!?]")


def link_cues(
    folded: str,
    sentence: tuple[int, int],
    groups: Sequence[Group],
    mentions: Sequence[Mention],
    text: str,
) -> list[Link]:
    """Tie each cue of a sentence to the group of towns it speaks of.

    A ``before`` cue reaches the first group after it when only small words
    stand between ("ont pris lundi la ville de X"); an ``after`` cue reaches
    the last group before it ("X et Y, deux grandes villes détenues par"),
    all of it when the verb is plural, else its last town. A landmark group
    ("vers X et Y") is reached only by a bare participle after it. A town
    followed by "où" takes the encirclement or fighting of that clause. Also:
    a headline's topic ("X : ... la prise de la ville"), towns listed after a
    cue about "plusieurs villes" ("..., notamment X et Y"), and a town among
    the localities a cue names ("vingt localités, dont la ville de X"), a
    town named in apposition to "un village" ("a conquis un village, X"), and
    the antecedent of a relative pronoun that is the cue's object ("X, que
    Kiev a déclaré avoir repris", "X, dont Moscou a revendiqué la prise").
    """
    start, end = sentence
    links: list[Link] = []
    hits = sentence_cues(folded, start, end)
    for hit in hits:
        if hit.cue.verb_only and _after_determiner(folded, hit.start, start):
            continue  # "le contrôle de X" is a noun, not "contrôle X"
        voice: Voice = "bare"
        if hit.cue.direction == "voice":
            voice = find_voice(folded, hit, start)
            if hit.cue.active_only and voice != "active":
                continue
        if hit.cue.direction == "before" or (
            hit.cue.direction == "voice" and voice in ("active", "noun", "bare")
        ):
            link = (
                _link_before(folded, hit, groups, voice, end)
                or _link_topic(folded, hit, groups, voice, sentence)
                or _link_listed(folded, hit, groups, sentence, subject=False, voice=voice)
            )
            if link:
                links.append(link)
                if _AND_MORE_LISTED.match(folded, link.group.end, end):
                    # "la libération de X et de trois localités voisines : Y, Z et W"
                    listed = _link_listed(folded, hit, groups, sentence, subject=False, voice=voice)
                    if listed is not None and listed.group.start > link.group.end:
                        links.append(listed)
                if voice == "bare" and any(m.kind == "town" for m in link.towns):
                    # "avancé près de X et Y et repris le village de Z": the participle
                    # has its object; it says nothing of the towns before it. ("X, ville
                    # assiégée du Donbass": a region after it is the town's, no object.)
                    continue
        if hit.cue.direction == "after" or (
            hit.cue.direction == "voice" and voice in ("passive", "bare")
        ):
            link = _link_after(folded, hit, groups, mentions, hits, voice, start) or _link_listed(
                folded, hit, groups, sentence, subject=True
            )
            if link:
                links.append(link)
    links.extend(_link_relative(folded, text, groups, end))
    links.extend(_link_object(folded, groups, sentence))
    links.extend(_link_fronted(folded, groups, sentence))
    links.extend(_link_clitic(folded, groups, sentence))
    links.extend(_link_possessive(folded, groups))
    links.extend(_link_fronted_participle(folded, hits, groups, sentence, links))
    links.extend(_link_bare_withdrawal(folded, groups, sentence, links))
    links.extend(_link_fight_frame(folded, groups, sentence, links))
    links.extend(_link_likewise(folded, groups, links))
    links.extend(_link_also(folded, groups, hits, links))
    return links


# "les villages de X et Y avaient été repris, ainsi que le village de Z", "a libéré X et la
# mine de K ainsi que de grandes portions de Z": a town added to what the cue reached.
# ("X reste aux mains des occupants, tout comme Y")
_ALSO: Final = re.compile(
    r"[^.;:!?]{0,60}?\b(?:ainsi\s+que|tout\s+comme)\s+(?:de\s+|d')?(?:(?:les|la|le|l')\s*)?"
    r"(?P<part>(?:(?:grandes?|larges?|importantes?)\s+)?(?:portions?|parties?|quartiers?)\s+"
    r"(?:de\s+la\s+ville\s+)?(?:de\s+|d'|du\s+))?"
    r"(?:(?:villes?|localites?|villages?|bourgs?)\s+(?:de\s+|d'|du\s+))?$"
)


# "contrôlent le nord de X et la partie centrale de Y": part of the next town too.
_AND_PART: Final = re.compile(
    r"\s*,?\s*et\s+(?:de\s+|d')?(?:(?:la|une|les|des|plusieurs|certains|quelques)\s+"
    r"(?:grande\s+)?(?:partie|parties|moitie|"
    r"majorite|plupart|quartiers?)(?:\s+(?:centrale|nord|sud|est|ouest|orientale|occidentale|"
    r"septentrionale|meridionale))?(?:\s+(?:au|a\s+l')\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)?|"
    r"(?:le|l')\s*(?:nord|sud|est|ouest|centre))\s+"
    r"(?:de\s+|d'|du\s+)(?:la\s+ville\s+(?:de\s+|d'))?"
)


def _link_also(
    folded: str, groups: Sequence[Group], hits: Sequence[CueHit], links: Sequence[Link]
) -> list[Link]:
    """A town added with "ainsi que" after the towns a cue reached, or part of one after "et"
    ("le nord de X et la partie centrale de Y"): the cue reaches it too."""
    found = []
    linked = {id(m) for link in links for m in link.towns}
    for link in links:
        if link.direction not in ("before", "after"):
            continue
        anchor = max(link.group.end, link.hit.end)
        # (past a region that locates the towns reached: "des villages de X et Y, situés dans
        # l'oblast de R, ainsi que de Z")
        group = next(
            (g for g in groups if g.start >= anchor and any(m.kind == "town" for m in g.members)),
            None,
        )
        if group is None or group.reference or any(id(m) in linked for m in group.members):
            continue
        also = _ALSO.fullmatch(folded, anchor, group.start)
        part = also is not None and bool(also["part"])
        if also is None and link.direction == "before":
            also = _AND_PART.fullmatch(folded, anchor, group.start)
            part = True
        if also is None or any(anchor <= other.start < group.start for other in hits):
            continue
        found.append(Link(link.hit, group, group.members, link.direction, link.voice, part))
    return found


# "ont été recapturées ce samedi, suivies dimanche par celles de Y": the same cue, more towns.
_FOLLOWED: Final = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s*,\s*suivi(?:e|es|s)?\s+(?:[\w'-]+\s+){0,3}?par\s+"
    r"(?:celui|celle|ceux|celles)\s+(?:de\s+|d'|du\s+)(?:(?:la\s+)?(?:villes?|localites?|"
    r"villages?)\s+(?:de\s+|d'))?"
)
# "a conquis le village de X, puis le 26 juillet, celui de Y": the same cue, another town.
_LIKEWISE: Final = re.compile(
    # ("de la perte de X à celle, plus récente, de la ville de Y")
    # ("reprenant le village de X dans le sud, puis celui de Y": where X lies, first)
    r"(?:\s+(?:dans|au)\s+(?:le\s+|l')?(?:sud|nord|est|ouest|centre)(?:-(?:est|ouest))?)?"
    # ("la capture de X, une ville stratégique de l'est, ainsi que celle de Y": an apposition)
    r"(?:\s*,\s*(?:une?|la|le)\s+(?:ville|localite|cite|village|bourg)\b[^,;:.!?]{0,60}?(?=\s*,))?"
    r"\s*,?\s*(?:(?:et|puis|ainsi\s+que|de\s+meme\s+que|a)\s+)?"
    # only a date or an adverb in between: a verb would start another claim
    rf"(?:(?:le|la|l'|au|en|\d{{1,2}}|1er|{WEEKDAYS.replace(' ', '|')}|{MONTHS.replace(' ', '|')}|"
    r"aussi|egalement|ensuite|enfin|plus|tard|lendemain|veille|jour|semaine|matin|soir|"
    # "puis dans la foulée celle de Y"
    r"dans|foulee|peu|apres|rapidement)[\s,]+)"
    # "s'est emparée de X, ..., et de celle de Y"
    r"{0,4}?(?:de\s+|d')?(?:celui|celle|ceux|celles)(?:\s*,\s*plus\s+[\w-]+\s*,)?\s+(?:de|d'|du)\s*"
    r"(?:(?:la\s+ville|la\s+localite|le\s+village)\s+(?:de\s+|d'))?$|"
    # "la libération de X par les troupes du Centre et de Y par celles de l'Est"
    r"\s+par\s+(?:les?|la|l')\s*[^.;:!?,]{0,40}?\s+et\s+(?:de\s+|d')"
)


def _link_likewise(folded: str, groups: Sequence[Group], links: Sequence[Link]) -> list[Link]:
    """A town named as "celui de Y" after a town a cue reached: the cue reaches it too."""
    found = []
    linked = {id(m) for link in links for m in link.towns}
    for link in links:
        if link.direction == "after" and link.voice == "passive":
            # "X et Y ont été recapturées samedi, suivies dimanche par celles de Z et W"
            group = next((g for g in groups if g.start >= link.hit.end), None)
            if (
                group is not None
                and not group.reference
                and not any(id(m) in linked for m in group.members)
                and _FOLLOWED.fullmatch(folded, link.hit.end, group.start)
            ):
                found.append(Link(link.hit, group, group.members, "after", link.voice))
            continue
        if link.direction != "before":
            continue
        following = [g for g in groups if g.start >= link.group.end]
        # Landmarks in between are asides: "le village de X, au sud de Z, et celui de Y".
        asides = list(itertools.takewhile(lambda g: g.reference, following))
        following = following[len(asides) :]
        if not following or any(id(m) in linked for m in following[0].members):
            continue
        group = following[0]
        gap = folded[max([link.group.end, *(g.end for g in asides)]) : group.start]
        if _LIKEWISE.fullmatch(gap) and len(gap) < 80:
            found.append(Link(link.hit, group, group.members, "before", link.voice))
    return found


# "le retrait des troupes russes", "les forces russes se sont retirées": no "de X" after.
_BARE_WITHDRAWAL: Final = re.compile(
    # "après le retrait forcé des militaires russes"
    r"\b(?:retrait|repli|depart)\s+(?:(?:force|total|complet|progressif|ordonne|organise|precipite|tactique)\s+)?(?:des|de\s+ses|de\s+leurs|de)\s+"
    r"(?:[\w'-]+\s+)?(?:troupes|forces|soldats|unites|militaires)"
    r"(?:\s+(?:russes|ukrainien(?:ne)?s))?\b|"
    # ("les forces ukrainiennes qui la défendaient s'étant retirées")
    r"\b(?:se\s+sont|s'est|s'etaient|s'etait|s'etant)\s+(?:[\w'-]+\s+)?(?:retire|replie)(?:e|es|s)?\b|"
    # "les troupes ukrainiennes se replient en masse"
    r"\bse\s+(?:retir|repli)(?:ent|aient|ait)\b|"
    # "on profite du retrait des Russes", "depuis le retrait russe de cette zone"
    r"\b(?:retrait|repli|depart)\s+(?:des\s+russes|des\s+ukrainiens|russe|ukrainien)\b"
)
# Where the withdrawal goes ("se sont retirées vers X", "sur la rive gauche") is no town left.
_WITHDRAWAL_ONWARD: Final = re.compile(
    # ("en masse", "en bon ordre" is how, not where)
    # ("de cette zone" is the town's sector: "dans la ville de X ... depuis le retrait russe de
    # cette zone"; "le retrait russe le 11 novembre de la rive droite": past its day)
    rf"(?:\s+{_DAY})?"
    # ("sur de nouvelles positions" is where they went, not what they left: the town)
    r"\s*(?:(?:des|de|du)\b(?!\s+(?:cette\s+zone|ce\s+secteur)\b)|d'|vers\b|"
    r"sur\b(?!\s+(?:de\s+nouvelles|d'autres|des)\s+(?:positions|lignes)\b)|"
    r"en\b(?!\s+(?:masse|bon\s+ordre|desordre|hate)\b)|a\b|"
    r"jusqu|derriere\b|au-dela\b|dans\b)"
)
# "X, dans l'est de la région de Donetsk, après le retrait ...": where the town lies
_WHERE_IT_LIES: Final = re.compile(
    r"(?:^|,)\s*(?:situee?\s+)?dans\s+(?:l'(?:est|ouest)\s+|le\s+(?:nord|sud)(?:-est|-ouest)?\s+)?"
    r"(?:de\s+la\s+|du\s+)?(?:region|oblast)\s+(?:de\s+|d')$|"
    r"\(\s*(?:region|oblast)\s+(?:de\s+|d')$|"
    # ("la petite ville de X, dans le Donbass, ...")
    r",\s*(?:situee?\s+)?dans\s+le\s+$"
)
_WITHDRAWN_BARE: Final = Cue("retrait (seule ville)", r"retrait", "withdrawn", "before", 0.7,
                             side_in_cue="actor")  # fmt: skip


def _link_bare_withdrawal(
    folded: str, groups: Sequence[Group], sentence: tuple[int, int], links: Sequence[Link]
) -> list[Link]:
    """A withdrawal that names no place, in a sentence about one town only: from that town.

    "Les forces ukrainiennes sont entrées dans Kherson après le retrait des
    troupes russes": Kherson is the only place the withdrawal can be from.
    """
    if any(link.hit.cue.status == "withdrawn" for link in links):
        return []
    # (a capital abroad, "un revers pour Moscou", is no place left)
    towns = [
        g
        for g in groups
        if not g.reference
        and any(m.kind == "town" and m.place and m.place.theatre for m in g.members)
    ]
    places = {m.place.geonameid for g in towns for m in g.members if m.place and m.place.theatre}
    if len(places) != 1 or any(
        m.kind != "town" and not _WHERE_IT_LIES.search(folded, max(0, m.start - 50), m.start)
        for g in groups
        for m in g.members
    ):
        return []
    for match in _BARE_WITHDRAWAL.finditer(folded, *sentence):
        if _WITHDRAWAL_ONWARD.match(folded, match.end(), sentence[1]):
            continue
        hit = CueHit(_WITHDRAWN_BARE, match.start(), match.end())
        return [Link(hit, towns[0], towns[0].members, "before", "bare")]
    return []


# "À Stepnohirsk, les combats défensifs se poursuivent": a fronted place, then the fight.
# "Dans l'est de X, les combats se poursuivent": a part of the town.
_FRONTED_PLACE: Final = re.compile(
    # ("Le porte-parole a indiqué qu'à X, les attaques se poursuivent")
    # ("Autour de X, les forces ukrainiennes sont partiellement encerclées")
    r"(?:^|[,;:]|\s-|\bet|\bqu')\s*(?:(?:a|dans)\s+|(?P<around>autour\s+(?:de\s+|d'|du\s+)))(?:"
    # ("Dans la ville voisine de X, ...", "dans les villes de X et Y, ...")
    r"(?:la\s+(?:ville|localite|commune)|le\s+(?:village|bourg)|"
    r"les\s+(?:villes|localites|villages))(?:\s+(?:voisine?|assiegee?|"
    r"martyre|strategique|frontaliere?|ukrainienne?|russe|industrielle|miniere))?\s+d(?:e\s+|')|"
    r"(?P<part>(?:l'|le\s+|la\s+|les\s+)(?:est|ouest|nord|sud|centre|nord-est|nord-ouest|"
    r"sud-est|sud-ouest|(?:partie|quartiers?|faubourgs?|peripherie)(?:\s+[a-z-]+)?)\s+"
    r"(?:de\s+la\s+ville\s+)?(?:de\s+|d'|du\s+)))?$"
)
# one aside after the fronted town, before its clause: "Dans la ville de X, au sud de Y sur
# la rivière Dnipro, les forces ukrainiennes maintenaient leurs positions", "À X, au sud de
# l'Ukraine, l'armée russe a été contrainte de se replier"
_FRONTED_ASIDE: Final = r"(?:\s*,\s*[^,;:.!?]{0,60}?(?=\s*,))?"
_FRONTED_FIGHT: Final = re.compile(
    _FRONTED_ASIDE + r"\s*,\s*(?:[\w'-]+\s+){0,5}?(?P<fight>combats?|affrontements?|batailles?|"
    r"operations?\s+d'assaut|assauts?|(?:se\s+|s')(?:battent|battaient|affrontent|affrontaient)|"
    # "À X, les attaques russes se poursuivent" (a side's attacks that go on, not a strike)
    r"attaques\s+(?:russes|ukrainiennes)\s+(?:se\s+poursuivent|continuent|sont\s+"
    r"(?:constantes|incessantes|quotidiennes))|"
    # "À Redkodub, la situation reste confuse": who holds it is unclear; it is fought over.
    r"situation\s+(?:est|reste|demeure|restait|etait)\s+(?:[\w'-]+\s+)?confuse)\b"
)


# "À Myrnohrad, les forces ukrainiennes maintiennent leurs positions": they hold the town.
_HOLDS: Final = (
    r"(?P<hold>(?:maint(?:ien|en)|conserv|gard)\w*\s+(?:toujours\s+|encore\s+)?"
    r"(?:leurs?|ses|sa|nos|notre)\s+positions?|tien(?:t|nent|nait|naient)\s+(?:toujours\s+|encore\s+)?"
    r"(?:bon|le\s+coup|(?:leurs?|ses|sa|nos|notre)\s+positions?)|resist(?:e|ent|ait|aient)|renforc\w*\s+(?:leur|sa|la)\s+defense)\b"
)
# ("À X, un porte-parole a confirmé que les forces ukrainiennes maintenaient leurs positions")
# ("À X, les attaques russes se poursuivent, mais les unités ukrainiennes maintiennent leurs
# positions": past the other side's clause)
_FRONTED_HOLD: Final = re.compile(
    _FRONTED_ASIDE + r"\s*,\s*(?:[^,;:.!?]{0,70}?\b(?:que\s+|qu'))?"
    r"(?:[^,;:.!?]{0,70}?,\s*mais\s+)?(?:[\w'-]+\s+){0,5}?" + _HOLDS
)
_BUT_HOLD: Final = re.compile(r"[^.;:!?]{0,70}?,\s*mais\s+(?:[\w'-]+\s+){0,5}?" + _HOLDS)
# "la ville de Toretsk, où les forces ukrainiennes maintiennent leur position": the same
# clause after "où".
_WHERE_HOLD: Final = re.compile(r"(?:[\w'-]+\s+){0,5}?" + _HOLDS)
# "À X, au sud de l'Ukraine, l'armée russe a été contrainte de se replier": the clause's
# subject left X (one aside allowed after the town).
_FRONTED_WITHDRAWAL: Final = re.compile(
    _FRONTED_ASIDE + r"\s*,\s*(?:[\w'-]+\s+){0,5}?(?P<leave>"
    r"(?:(?:a|ont|avait|avaient)\s+(?:ete\s+)?)?(?:contraint|oblige|force)e?s?\s+"
    r"(?:de\s+se\s+(?:replier|retirer)|a\s+(?:se\s+)?(?:replier|retirer|reculer))|"
    r"(?:se\s+sont|s'est|s'etaient|s'etait)\s+(?:[\w'-]+\s+)?(?:retire|replie)e?s?)\b"
)
# "À X, les troupes ukrainiennes sont encerclées", "dans les villes de X et Y — l'ennemi s'est
# retrouvé bloqué et encerclé": the clause's subject is the side encircled there.
_FRONTED_TRAPPED: Final = re.compile(
    _FRONTED_ASIDE + r"\s*(?:,|\s-)\s*(?:[\w'-]+\s+){0,2}?(?:troupes|forces|soldats|unites|"
    r"militaires|combattants|garnisons?|defenseurs|brigades?|bataillons?|l'ennemi)"
    r"(?:\s+[\w'-]+){0,2}?\s+(?P<trapped>(?:est|sont|etait|etaient|(?:se\s+sont|s'est|"
    r"se\s+retrouvent|se\s+retrouve)(?:\s+retrouvee?s?)?)\s+"
    r"(?:[\w'-]+\s+et\s+)?(?:(?:partiellement|presque|quasiment|pratiquement|totalement|"
    r"completement|desormais|deja)\s+)?(?:encercl|pieg)(?:e|ee|es|ees))\b"
)
# "À X, ville voisine, la logistique est perturbée ; il n'y a pas d'encerclement": none there
_FRONTED_NO_POCKET: Final = re.compile(
    _FRONTED_ASIDE + r"\s*,\s*(?:[^.!?]{0,80}?[;,]\s*)?il\s+n'y\s+a\s+(?:pas|aucun)\s+"
    r"(?:d'|de\s+)?(?P<pocket>encerclement|blocus)\b"
)
# "À Tchasiv Yar, les troupes russes ne contrôlent que la partie occidentale de la ville",
# "À X, ils ont occupé de nouvelles rangées de maisons": part of the town, a fight for it.
_FRONTED_PART: Final = re.compile(
    _FRONTED_ASIDE
    + r"\s*[,:]\s*(?:[\w'-]+\s+){0,5}?(?P<part>ne\s+control\w*\s+(?:plus\s+|encore\s+)?qu(?:e|')|"
    # ("ont pris le contrôle de plusieurs quartiers")
    r"(?:ont|a|avaient|avait)\s+(?:pris\s+le\s+controle\s+(?:de\s+|d')|(?:pris|occupe|capture|conquis|investi)\w*\s+)"
    r"(?:une|la|des|de|plusieurs|quelques)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:partie|parties|quartiers?|rangees|maisons|rues|immeubles|batiments)|"
    r"control\w*\s+(?:desormais\s+|deja\s+)?(?:une|la)\s+(?:grande\s+|petite\s+|majeure\s+)?"
    r"partie|"
    # "À X, les forces russes consolident leurs gains" (as cues' "consolidé ses positions à")
    rf"{CONSOLIDATING})\b"
)


def _link_fronted(folded: str, groups: Sequence[Group], sentence: tuple[int, int]) -> list[Link]:
    """A town fronted by "à" at the head of a clause whose subject is the fighting or a holder.

    "À X, les combats se poursuivent" says that X itself is fought over, as
    "les combats se poursuivent à X" does; "À X, les forces ukrainiennes
    maintiennent leurs positions" that they hold X, the clause's subject.
    """
    links = []
    for group in groups:
        if not any(m.kind == "town" for m in group.members):
            continue
        place = _FRONTED_PLACE.search(folded[sentence[0] : group.start])
        # ("autour de X" is a landmark, but the fight or the pocket set after it is X's)
        if place is None or (group.reference and place["around"] is None):
            continue
        part_of = place["part"] is not None
        fight = _FRONTED_FIGHT.match(folded, group.end, sentence[1])
        if fight is not None:
            cue = _SIDE_ATTACKS if fight["fight"].startswith("attaques") else _FIGHT
            hit = CueHit(cue, fight.start("fight"), fight.end("fight"))
            links.append(Link(hit, group, group.members, "relative", "bare", part_of))
            # "..., mais les unités ukrainiennes maintiennent leurs positions": and a holder
            held = _BUT_HOLD.match(folded, fight.end("fight"), sentence[1])
            if held is not None:
                hit = CueHit(_HOLD, held.start("hold"), held.end("hold"))
                links.append(Link(hit, group, group.members, "before", "bare", part_of))
            continue
        part = _FRONTED_PART.match(folded, group.end, sentence[1])
        if part is not None:
            # Read as a cue before its town, so that the subject in between is the actor.
            hit = CueHit(_PART, part.start("part"), part.end("part"))
            links.append(Link(hit, group, group.members, "before", "bare", partial=True))
            continue
        hold = _FRONTED_HOLD.match(folded, group.end, sentence[1])
        if hold is not None:
            # Read as a cue before its town, so that the subject in between is the holder.
            hit = CueHit(_HOLD, hold.start("hold"), hold.end("hold"))
            links.append(Link(hit, group, group.members, "before", "bare", part_of))
            continue
        leave = _FRONTED_WITHDRAWAL.match(folded, group.end, sentence[1])
        if leave is not None:
            # "À X, au sud de l'Ukraine, l'armée russe a été contrainte de se replier"
            hit = CueHit(_LEAVE, leave.start("leave"), leave.end("leave"))
            links.append(Link(hit, group, group.members, "before", "bare", part_of))
            continue
        trapped = _FRONTED_TRAPPED.match(folded, group.end, sentence[1])
        if trapped is not None:
            hit = CueHit(_TRAPPED, trapped.start("trapped"), trapped.end("trapped"))
            links.append(Link(hit, group, group.members, "before", "bare", part_of))
            continue
        pocket = _FRONTED_NO_POCKET.match(folded, group.end, sentence[1])
        if pocket is not None:
            # "À X, la logistique est perturbée ; il n'y a pas d'encerclement": the denial
            # the rules read before the noun
            hit = CueHit(_POCKET, pocket.start("pocket"), pocket.end("pocket"))
            links.append(Link(hit, group, group.members, "before", "noun", part_of))
    return links


# A town named before, then "y" or "en" for it with a verb of the ground war: "Les forces
# russes y sont entrées mardi", "les forces ukrainiennes y maintiennent leurs positions",
# "les troupes russes en ont pris le contrôle fin mai", "elles s'en sont retirées".
# claims.__init__ finds the pronoun and its town (_find_anaphors); _link_clitic reads the verb.
_CLITIC_VERB = (
    r"\s+(?P<aux>(?:sont|est|etaient|etait|seraient|serait|etre|ont|a|avaient|avait|auraient|"
    r"aurait|avoir)\s+)?(?:(?:deja|toujours|encore|finalement|desormais|bien|pas|jamais|"
    r"totalement|entierement|completement)\s+){0,2}(?:"
    r"(?P<enter>entre(?:e|es|s)?\b|entr(?:ent|aient|ait)\b|penetre\w*)|"
    r"(?P<hold>(?:maint(?:ien|en)\w*|tien(?:t|nent|nait|naient))\s+(?:toujours\s+|encore\s+)?"
    r"(?:leurs?|ses|des|nos|sa)\s+positions?|retranche\w*)|"
    r"(?P<take>pris\s+le\s+controle|empare\w*|(?:hisse|plante)\w*\s+(?:le|son|leur|un)\s+drapeau)|"
    r"(?P<leave>(?:retir|repli)\w*|(?:ete\s+)?chasse\w*)|"
    # "les soldats russes qui s'y trouvent désormais piégés": the subject is encircled there
    r"(?P<trapped>(?:trouv\w*\s+(?:(?:desormais|deja|toujours|encore|maintenant)\s+)?)?"
    r"(?:encercl|pieg|assieg)(?:e|ee|es|ees)\b)|"
    # "des combats s'y déroulaient encore" (the subject checked in _link_clitic)
    # ("des combats acharnés y ont lieu", "les affrontements y font rage")
    r"(?P<fight>deroul\w*|poursui\w*|lieu\b|(?:font|faisaient|fait|faisait)\s+rage\b))"
)
CLITIC: Final = re.compile(
    # not "il y a", "il n'y a"; the first letter looked ahead lets the search skip the text's
    # other words fast (this scan of each article took 3 % of the claims' time)
    r"(?=[nsye])\b(?:n')?(?P<reflexive>s')?(?P<pronoun>y|en)(?<!\bil\sy)(?<!\bil\sn'y)(?="
    + _CLITIC_VERB
    + ")"
)
"""A pronoun "y" or "en" that stands for a town, before a verb of the ground war."""
_CLITIC_VERB_AT: Final = re.compile(_CLITIC_VERB)
_TAKE: Final = Cue("en ont pris le contrôle", r"pris", "captured", "before", 0.75)
_ENTER: Final = Cue("y sont entrés", r"entr", "contested", "before", 0.75)
_CLITIC_FIGHT: Final = Cue(
    "des combats s'y déroulent", r"deroul|poursui", "contested", "before", 0.75
)
_CLITIC_TRAPPED: Final = Cue(
    "s'y trouvent piégés", r"pieg|encercl", "encircled", "before", 0.75, victim_subject=True
)
_FIGHTS_BEFORE: Final = re.compile(
    r"\b(?:combats|affrontements|batailles|combats\s+de\s+rue)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:ne\s+|n')?(?:s')?$"
)


# "dès" folds to "des": "sa capture dès le 11 janvier" is the town's, "sa capture des villages"
# is not
_DES_AS_FROM: Final = (
    r"(?:le|l'|la|les|\d|hier|ce|cette|avant|apres|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)\b"
)
# "Si X ne représente que deux kilomètres carrés, sa chute est un coup dur", "Les forces russes
# ont revendiqué sa prise": the possessive stands for the town named before (not "sa prise
# de X", which names its own, nor "sa prise de parole").
TOWN_POSSESSIVE: Final = re.compile(
    r"(?=s)\b(?P<pronoun>sa|son)\s+(?P<noun>chute|prise|capture|liberation|reprise|perte|conquete|"
    r"encerclement)\b(?!\s+(?:(?:de|d'|du)\b(?!\s*controle\b)|des\b(?!\s+" + _DES_AS_FROM + r")|"
    r"en\s+(?:charge|compte)\b))"
)
"""A possessive before a noun of the ground war that stands for a town."""
_POSSESSED: Final = {
    "chute": Cue("sa chute", r"chute", "captured", "before", 0.8, noun=True, agentive=False),
    "prise": Cue("sa prise", r"prise", "captured", "before", 0.85, noun=True),
    "capture": Cue("sa capture", r"capture", "captured", "before", 0.85, noun=True),
    "conquete": Cue("sa conquête", r"conquete", "captured", "before", 0.85, noun=True),
    "liberation": Cue(
        "sa libération", r"liberation", "captured", "before", 0.85, noun=True, speaker_gains=True
    ),
    "reprise": Cue("sa reprise", r"reprise", "recaptured", "before", 0.85, noun=True),
    "perte": Cue("sa perte", r"perte", "captured", "before", 0.8, noun=True, inverse=True),
    "encerclement": Cue("son encerclement", r"encerclement", "encircled", "before", 0.8, noun=True),
}


def _link_possessive(folded: str, groups: Sequence[Group]) -> list[Link]:
    """The noun after a possessive that stands for a town (:data:`TOWN_POSSESSIVE`)."""
    links = []
    for group in groups:
        if len(group.members) != 1:
            continue
        found = TOWN_POSSESSIVE.match(folded, group.start)
        if found is None or found.end("pronoun") != group.end:
            continue
        hit = CueHit(_POSSESSED[found["noun"]], found.start("noun"), found.end("noun"))
        links.append(Link(hit, group, group.members, "before", "noun"))
    return links


def is_clitic_for_town(match: re.Match[str]) -> bool:
    """Whether a :data:`CLITIC` match can stand for a town: "en" as a preposition ("en
    pénétrant") cannot; "en" needs a reflexive ("s'en retirer") or an auxiliary."""
    return (
        match["pronoun"] == "y"
        or match["reflexive"] is not None
        or (
            (verb := _CLITIC_VERB_AT.match(match.string, match.end())) is not None
            and (
                verb["aux"] is not None
                # "l'armée russe a annoncé qu'elle en retirait ses troupes": a finite verb
                # (:data:`_FINITE`'s endings, or the present "retire"), which the preposition
                # never precedes ("en retirant" is a gerund's)
                or (
                    verb["leave"] is not None
                    and (_FINITE.search(verb["leave"]) is not None or verb["leave"] == "retire")
                )
            )
        )
    )


def _link_clitic(folded: str, groups: Sequence[Group], sentence: tuple[int, int]) -> list[Link]:
    """The verb after a pronoun that stands for a town (:data:`CLITIC`).

    Read as a cue before its town, as a fronted town's is: the clause's subject,
    before the pronoun, is the actor.
    """
    links = []
    for group in groups:
        if len(group.members) != 1 or folded[group.start : group.end] not in ("y", "en"):
            continue
        verb = _CLITIC_VERB_AT.match(folded, group.end, sentence[1])
        if verb is None:
            continue
        kind = next(
            k for k in ("enter", "hold", "take", "leave", "trapped", "fight") if verb[k] is not None
        )
        if kind == "fight" and not _FIGHTS_BEFORE.search(folded, sentence[0], group.start):
            continue  # "l'offensive s'y poursuit" may be a strike's; fights are named
        cue = {
            "enter": _ENTER,
            "hold": _HOLD,
            "take": _TAKE,
            "leave": _LEAVE,
            "fight": _CLITIC_FIGHT,
            "trapped": _CLITIC_TRAPPED,
        }[kind]
        hit = CueHit(cue, verb.start(kind), verb.end(kind))
        links.append(Link(hit, group, group.members, "before", "bare"))
    return links


# "Prise par les Russes en mai, la ville de X ...", "Reconquis ce week-end, le village de X",
# "Encerclées par les troupes russes, les cités de X, Y et Z sont ...": a participle at the
# head of the sentence, then the town as the main clause's subject.
_SENTENCE_HEAD: Final = re.compile(r"[\s\"«(-]*$")
_PARTICIPLE_END: Final = re.compile(r"(?:e|ee|es|ees|is|ise|ises|it|ite|its|ites|u|ue|us|ues)$")
_TO_FRONTED_SUBJECT: Final = re.compile(
    r"[^,;:.!?()]{0,60},\s*(?:(?:la|le|l'|cette|ce|les|ces)\s*(?:petites?\s+|grandes?\s+)?"
    r"(?:villes?|localites?|villages?|cites?|bourgs?|hameaux?|communes?|agglomerations?)"
    r"\s+(?:de\s+|d'))?$"
)


def _link_fronted_participle(
    folded: str,
    hits: Sequence[CueHit],
    groups: Sequence[Group],
    sentence: tuple[int, int],
    links: Sequence[Link],
) -> list[Link]:
    """The town the participle opening the sentence describes, if no other link took it."""
    taken = {id(link.hit) for link in links}
    found = []
    for hit in hits:
        if hit.cue.direction not in ("voice", "after") or id(hit) in taken:
            continue
        if _SENTENCE_HEAD.match(folded, sentence[0], hit.start) is None:
            continue
        first = folded[hit.start : hit.end].split()[0]
        if not _PARTICIPLE_END.search(first):
            continue
        group = next((g for g in groups if g.start >= hit.end), None)
        if group is None or group.reference:
            continue
        if _TO_FRONTED_SUBJECT.fullmatch(folded, hit.end, group.start) is None:
            continue
        towns = tuple(m for m in group.members if m.kind == "town")
        if towns:
            found.append(Link(hit, group, towns, "after", "passive"))
        break
    return found


# --- the fighting frame: a town where the clause's fighting takes place ------------------

# The words of a fight, wherever they stand in the clause: "les combats ont duré tout le
# week-end à X", "des assauts ... ont pénétré dans la partie ouest de X", "130 attaques
# repoussées ..., notamment à X, Y et Z". A side adjective right after is part of it.
_FIGHT_WORD: Final = re.compile(
    # (not "le champ de bataille")
    r"\b(?:combats?|affrontements?|confrontations?|"
    r"(?<!champ\sde\s)(?<!champs\sde\s)batailles?|hostilites|"
    # (not "une contre-offensive à Koursk", a campaign in a region)
    r"assauts?|attaques?|contre-attaques?|(?<!contre-)offensives?|"
    r"accrochages?|fusillades?|penetr(?:e|ee|es|ees|ent|aient|ait|er)|"
    r"infiltr\w*|(?:se\s+|s')(?:batt|affront)\w*|(?:pris|prendre|prennent)\s+pied|"
    r"implant(?:e|ee|es|ees|ent|aient|er)|grignot\w*|maison\s+par\s+maison|"
    r"rue\s+par\s+rue|de\s+maison\s+en\s+maison|groupes?\s+d'assaut|"
    # what is left of a side in the town: "des poches adverses subsistent dans la partie
    # centrale de X", "à X, demeurent des unités de l'armée russe"
    r"poches?\s+(?:de\s+resistance|adverses?|ennemies?)|"
    r"(?:demeur|subsist|rest)(?:e|ent|ait|aient)\s+(?:encore\s+)?(?:des|quelques)\s+"
    r"(?:unites|soldats|groupes|troupes|poches)|"
    r"(?:progress|avanc)(?:e|ee|ees|es|ent|aient|ait|ion)|progresser|avancer|"
    r"oper(?:ent|aient|ait)|actions?\s+(?:d'assaut|offensives?)|"
    # not "des opérations de déminage se poursuivaient à X"
    r"operations?(?!\s+(?:humanitaires?\b|(?:de\s+|d')(?:deminage|sauvetage|secours|evacuation|"
    r"recherche|deblaiement|reconstruction|vote)\b))|"
    r"(?:se\s+sont|s'est|s'etaient|s'etait)\s+(?:[\w'-]+\s+)?install\w*)\b"
    # An air strike is no fight for the town: "une attaque de drones contre X".
    r"(?![^.;:!?]{0,30}?\b(?:drones?|missiles?|roquettes?|aerien\w*|frappes?|bombard\w*|"
    r"obus|artillerie|kamikazes?|shaheds?|balistiques?)\b)"
    r"(?:\s+(?:russes?|ukrainien(?:ne)?s?|ennemie?s?))?"
)
# What puts the town where the fighting is: "à X", "dans la ville de X", "à l'intérieur de
# X", "contre les colonies de X et de Y", "dans la partie ouest de X", "dans les faubourgs
# de X" (a part of the town; its periphery stays a landmark).
_FIGHT_PLACE: Final = re.compile(
    r"(?:\b(?:a|dans|en|pour|contre|sur|pour\s+(?:le\s+)?controle\s+(?:de|d'|du|des))\s*"
    r"(?:(?:la|les|l')\s*)?"
    # "dans la ville dévastée de X", "pour le contrôle de la localité voisine de X"
    r"(?:(?:ville|villes|localite|localites|village|villages|colonie|colonies|agglomeration|"
    r"cite|bourg|commune|communes)(?:\s+[a-z-]+)?\s+(?:de\s+|d'|du\s+))?"
    r"|\ba\s+l'interieur\s+(?:meme\s+)?(?:de\s+la\s+ville\s+)?(?:de\s+|d')"
    # ("dans la région du village de X": a translated "the area of" a village; mentions
    # make a district's seat after "la région de" a region, which no fight frame takes)
    rf"|\bdans\s+{_AREA_WORDS}"
    # ("dans le centre de X", "au centre de X"; not "dans le quartier de X", a district of
    # that name)
    r"|(?:\b(?:dans|a|sur|contre)\s+(?:les|la|l'|le(?=\s+centre\b))\s*|"
    r"\bau\s+(?=centre\b)|\baux\s+)"
    # ("dans les micro-quartiers de X": a translated Russian "microdistricts")
    # (not "au centre de commandement de X", a site)
    r"(?:faubourgs?|(?:micro-?)?quartiers?|microdistricts?|parties?|centre(?!\s+de\s+commandement)|"
    r"zones?\s+(?:urbaines?|baties?))(?:\s+[\w-]+){0,3}?\s+(?:de\s+|d'|du\s+)"
    r"(?:(?:la|l')\s*(?:ville|localite|village|agglomeration)\s+(?:de\s+|d'))?)$"
)
_OUTSKIRTS: Final = re.compile(r"\b(?:faubourgs?|quartiers?|parties?|centre)\b")
_TOWARDS: Final = re.compile(r"\s*(?:sur|contre|pour)\b")
# "à X, situé au nord de Z, ainsi qu'à Y": the fight that reached X reaches Y.
# ("combats à X ainsi qu'au Donbass à Y": past a region)
_AND_THERE: Final = re.compile(
    r"(?:\bet|\bainsi\s+qu'|\bainsi\s+que|\bde\s+meme\s+qu')\s*"
    r"(?:(?:au|aux|en|dans\s+(?:le|la|l'))\s*[\w-]+\s+)?$"
)
_SPEECH: Final = re.compile(rf"\b{SPEECH_VERB}")
_FRAME_REACH: Final = 30  # words between the fight and the town: one clause


def _names_a_front(group: Group) -> bool:
    """Whether a town of ``group`` has its region's name (Donetsk, Zaporizhzhia, Kursk)."""
    return any(
        m.place is not None and name_key(m.place.name) == name_key(m.place.admin1)
        for m in group.members
    )


def _link_fight_frame(
    folded: str, groups: Sequence[Group], sentence: tuple[int, int], links: Sequence[Link]
) -> list[Link]:
    """A town that no cue reached, named as the place of the clause's fighting: contested.

    The cues above need their words next to the town; a fight is often told
    with the place further on ("les combats ont duré tout le week-end à X",
    "des combats se déroulaient à l'intérieur de la ville de X") or listed
    after the count of attacks ("130 attaques repoussées, notamment à X et
    Y"). The town must follow a locative ("à", "dans", "contre", "dans la
    partie ouest de"), in the same clause as the fight; a landmark ("près
    de", "en direction de", "à 10 km de") stays a landmark. The actor is a
    side named with the fight, else whatever the usual rules find.
    """
    start, end = sentence
    linked = {id(m) for link in links for m in link.towns}
    found = []
    for group in groups:
        if not any(m.kind == "town" for m in group.members):
            continue
        if any(id(m) in linked for m in group.members):
            continue
        lead_start = max(start, group.start - 60)
        place = _FIGHT_PLACE.search(folded[lead_start : group.start])
        if place is None:
            continue
        place_start = lead_start + place.start()
        if group.reference and not _OUTSKIRTS.search(place.group()):
            continue
        clause = find_clause_start(folded, start, group.start)
        before = [
            m for m in _FIGHT_WORD.finditer(folded, clause, group.start)
            if len(_TOKEN.findall(folded[m.end() : group.start])) <= _FRAME_REACH
        ]  # fmt: skip
        if (
            before
            and _frame_is_open(folded, before[-1].end(), group, groups)
            and not (
                before[-1].group().startswith("offensive")
                and (_TOWARDS.match(place.group()) or _names_a_front(group))
            )
        ):
            # ("l'offensive russe à X", not "l'offensive-éclair ratée sur Kiev", "les conditions
            # d'une offensive sur X": an offensive "sur" a town aims at it; nor "l'offensive
            # russe à Donetsk", "des offensives reprennent à Zaporijjia": the region's front)
            hit = _frame_hit(folded, before[-1], group.start)
            found.append(Link(hit, group, group.members, "before", "bare"))
            continue
        # the fight of a cue's link too: "combats à X ainsi qu'au Donbass à Y"
        previous = max(
            (
                link
                for link in [*links, *found]
                if link.group.end <= group.start and link.hit.cue.status == "contested"
            ),
            key=lambda link: link.group.end,
            default=None,
        )
        if (
            previous is not None
            and previous.direction == "before"
            and not any(
                previous.group.end <= g.start < group.start
                and not g.reference
                and any(m.kind == "town" for m in g.members)
                for g in groups
            )
            and len(_TOKEN.findall(folded[previous.group.end : group.start])) <= _FRAME_REACH
            and _AND_THERE.search(folded[max(start, place_start - 40) : place_start])
        ):
            found.append(Link(previous.hit, group, group.members, "before", "bare"))
            continue
        stop = _RELATIVE_END.search(folded, group.end, end)
        after = _FIGHT_WORD.search(folded, group.end, stop.start() if stop else end)
        if (
            after is not None
            and find_clause_start(folded, start, after.start()) <= group.start
            and len(_TOKEN.findall(folded[group.end : after.start()])) <= 8
            and not _STRIKE_ON_SITE.match(folded, after.end(), end)
        ):
            # ("à X, 30 attaques ennemies ont été repoussées")
            hit = _frame_hit(folded, after, min(stop.start() if stop else end, after.end() + 60))
            found.append(Link(hit, group, group.members, "relative", "bare"))
    return found


# "à X, une attaque a été menée contre un bâtiment abritant 200 soldats": a strike on a site
# in the town, no fight for it.
_STRIKE_ON_SITE: Final = re.compile(
    r"[^.;:!?]{0,50}?\bcontre\s+(?:un|une|le|la|les|des|l')\s*(?:[\w-]+\s+)?"
    r"(?:batiments?|depots?|entrepots?|bases?|casernes?|qg|quartiers?\s+generaux|"
    r"postes?\s+de\s+commandement|ponts?|centrales?|usines?|hotels?|ecoles?)\b"
)


def _frame_is_open(folded: str, fight_end: int, group: Group, groups: Sequence[Group]) -> bool:
    """Whether the fight before ``group`` can still be about it.

    Not past another town ("combats à X, cinq blessés à Y": the fight is X's), a
    speech verb ("combats près de X, a déclaré le commandement à Kiev"), a source
    ("selon le commandement à Kiev") or a hedge ("les combats à venir pour X").
    """
    if any(
        # ("de durs combats sur le front sud de Z à X": Z a landmark)
        fight_end <= other.start and other.end <= group.start and not other.reference
        for other in groups
    ):
        return False
    between = folded[fight_end : group.start]
    # "des attaques étaient signalées à X": a passive participle names no speaker.
    between = _PASSIVE_SPEECH.sub(" ", between)
    # ("28 assauts près de X, selon le commandement de l'armée à Kiev": the source's seat)
    return not (
        HEDGE_BEFORE.search(between) or _SPEECH.search(between) or _SOURCE_LEAD_WORD.search(between)
    )


_SOURCE_LEAD_WORD: Final = re.compile(r"\bselon\b|\bd'apres\b")


_PASSIVE_SPEECH: Final = re.compile(
    rf"\b(?:est|sont|etait|etaient|a\s+ete|ont\s+ete)\s+(?:[a-z]+\s+){{0,2}}?{SPEECH_VERB}"
)


def _frame_hit(folded: str, fight: re.Match[str], until: int) -> CueHit:
    # An attack told by a side that names no attacker was its enemy's ("80 attaques
    # ennemies repoussées, notamment à X"); a fight or an entry says nothing of who.
    # Repelled, the attack leaves the town to the other side ("130 attaques ennemies avaient
    # été repoussées, notamment à X": held by the side that repelled them).
    if _ATTACK_WORD.match(folded, fight.start()) is None:
        return CueHit(_FIGHT_FRAME, fight.start(), fight.end())
    repelled = _REPELLED_WORD.search(folded, fight.end(), until) is not None
    frame = _REPELLED_ATTACK_FRAME if repelled else _ATTACK_FRAME
    return CueHit(frame, fight.start(), fight.end())


_ATTACK_WORD: Final = re.compile(r"(?:attaques?|assauts?|contre-attaques?|actions?\s+d'assaut)\b")
_FIGHT_FRAME: Final = Cue(
    "combats (dans la phrase)", r"combats", "contested", "before", 0.6, side_in_cue="actor"
)
_ATTACK_FRAME: Final = Cue(
    "attaques (dans la phrase)", r"attaques", "contested", "before", 0.6,
    side_in_cue="actor", attack=True,
)  # fmt: skip
_REPELLED_ATTACK_FRAME: Final = replace(
    _ATTACK_FRAME, name="attaques repoussées (dans la phrase)", repelled=True
)
# The verbs of a repelled attack ("repoussées", "stoppé", "déjoué", "contrecarrées").
REPELLED_VERB: Final = r"(?:repouss|stopp|dejou|contrecarr)\w*"
_REPELLED_WORD: Final = re.compile(rf"\b{REPELLED_VERB}")


_DETERMINER_WORDS: Final = frozenset(
    "le la les du au aux son sa ses leur leurs un une sous de d l total plein ce cette notre "
    "nos votre aucun aucune".split()
)


def _after_determiner(folded: str, position: int, floor: int) -> bool:
    words = re.findall(r"[a-z]+", folded[max(floor, position - 20) : position])
    return bool(words) and words[-1] in _DETERMINER_WORDS


def _link_before(
    folded: str, hit: CueHit, groups: Sequence[Group], voice: Voice, end: int
) -> Link | None:
    group = next((g for g in groups if g.start >= hit.end), None)
    if group is None or group.start > end:
        return None
    gap = folded[hit.end : group.start]
    if _village_area(folded, group.members[0]):
        gap = _AREA_NOUN.sub(" ", gap)  # "combats dans la région de" a village: at it
    reaches, partial = _object_gap(gap)
    if not reaches and _AND_TOWN.match(gap):
        reaches = True
    if not reaches or group.reference:
        listed = _link_as_well_as(folded, hit, group, voice)
        if listed is not None:
            return listed
    # A landmark phrase the cue itself spells out ("l'entrée des forces russes dans les
    # faubourgs de X") is part of the claim, not a mere landmark.
    if group.reference and hit.cue.status == "withdrawn" and _AREA_OF.fullmatch(gap):
        # "ses troupes avaient quitté la zone de X": they left X's area, so X.
        return Link(hit, group, group.members, "before", voice)
    if group.reference and not (
        reaches and (_TOWN_HEAD_ONLY.fullmatch(gap) or _town_adjective(folded, hit, gap))
    ):
        if not any(m.kind == "town" for m in group.members):
            # "dans deux localités de la région de R, X et Y": the towns come after it.
            return _link_apposed(folded, hit, groups, voice, end) or _link_among(
                folded, hit, groups, voice, end
            )
        # "la prise d'un autre village situé à 20 km de Pokrovsk, Memryk": the village is
        # named past the town that locates it.
        return _link_apposed(folded, hit, groups, voice, end) or _link_among(
            folded, hit, groups, voice, end
        )
    if not reaches:
        among = _AMONG.match(gap)
        if among is None:
            if not any(m.kind == "town" for m in group.members):
                # "la prise de nouvelles localités, principalement dans le Donbass, dont le
                # village de X": past a region's aside.
                return _link_apposed(folded, hit, groups, voice, end) or _link_among(
                    folded, hit, groups, voice, end
                )
            return _link_apposed(folded, hit, groups, voice, end)
        reaches, partial = _object_gap(gap[among.end() :])
        if not reaches:
            return None
    if not any(m.kind == "town" for m in group.members):
        # "ont progressé dans plusieurs localités du Donbass, notamment à X": the towns
        # named past the region are the cue's
        among_towns = _link_among(folded, hit, groups, voice, end)
        if among_towns is not None:
            return among_towns
    return Link(hit, group, group.members, "before", voice, partial)


_AREA_OF: Final = re.compile(
    r"\s*(?:(?:la|le|les|de\s+la|du|des)\s+)?"
    # "se sont retirées des faubourgs de Kharkiv": out of the town's edge, out of the town
    r"(?:zone|secteur|faubourgs|banlieues?|abords|environs|alentours|peripherie)\s+"
    r"(?:de\s+|d'|du\s+)"
)


def _town_adjective(folded: str, hit: CueHit, gap: str) -> bool:
    """Whether the cue is a state said of the town's noun, right before the town: "au nord
    de la ville occupée de X" locates by X and says that X is occupied."""
    return _OF_ONLY.fullmatch(gap) is not None and _is_town_adjective(folded, hit)


def _is_town_adjective(folded: str, hit: CueHit) -> bool:
    """Whether the cue is a state (``stative``) that qualifies a town's noun: "la ville
    occupée de X" (not "la plus grande ville occupée de R", a superlative of the region's
    towns)."""
    return (
        hit.cue.stative is not None
        and _THE_TOWN_NOUN.search(folded, max(0, hit.start - 16), hit.start) is not None
    )


_OF_ONLY: Final = re.compile(r"\s*(?:de|d'|du)\s*")
_THE_TOWN_NOUN: Final = re.compile(
    r"\b(?:la|le|l'|une|un|cette|ce)\s*(?:ville|cite|localite|bourg|village)\s+$"
)
# "l'étau se resserre autour de la ville de X": nothing but the town's head noun between.
# ("la ville orientale de X" too; "la ville voisine de X" is another town)
_TOWN_HEAD_ONLY: Final = re.compile(
    r"\s*(?:(?:la|le|les|l')\s*(?:ville|localite|village|cite|agglomeration|bourg|commune)\s+"
    r"(?:(?:orientale|occidentale|meridionale|septentrionale|ukrainienne|strategique|"
    r"industrielle|miniere|portuaire|frontaliere)\s+)?(?:de\s+|d'|du\s+))?"
)


# "... dans la région de Donetsk, ainsi que X, Y et Z": the cue's other objects.
_AS_WELL_AS_TOWNS: Final = re.compile(
    r"^[\s,]*(?:ainsi\s+que|de\s+meme\s+que)\s+(?:(?:les|la|le|l')\s*)?"
    r"(?:(?:villes?|localites?|villages?|bourgs?)\s+(?:de\s+|d'|du\s+))?$"
)
_AS_WELL_AS_REACH: Final = 12  # words between the cue and the region: one clause


def _link_as_well_as(folded: str, hit: CueHit, group: Group, voice: Voice) -> Link | None:
    """Towns the cue reaches past a region: "a pris des villages dans la région de Z, ainsi que A".

    The region (and what locates in it) is not the town list's head; the
    towns after "ainsi que" are the cue's objects all the same.
    """
    gap = folded[hit.end : group.start]
    if re.search(r"[,;:.!?]", gap) or len(_TOKEN.findall(gap)) > _AS_WELL_AS_REACH:
        return None
    members = group.members
    for index in range(1, len(members)):
        if any(m.kind == "town" for m in members[:index]):
            return None
        joint = folded[members[index - 1].end : members[index].start]
        if _AS_WELL_AS_TOWNS.match(joint):
            towns = members[index:]
            return Link(hit, Group(towns, False), towns, "before", voice)
    return None


# "a conquis un nouveau village dans l'est de l'Ukraine, Otcheretyné, ..."
_APPOSED_NAME: Final = re.compile(
    r"\s*(?:d')?(?:un|une)\s+(?:[\w'-]+\s+){0,2}?(?:village|localite|ville|bourg|bourgade|"
    # ("ont libéré un autre village : X")
    r"hameau|agglomeration)\b[^.;:!?,]{0,70}(?:,\s*|\s:\s*|\b(?:appelee?s?|nommee?s?|baptisee?s?|"
    r"denommee?s?)\s+)$|"
    # "s'est emparée d'un autre port clé, celui de X", "la reprise de deux villages, ceux de X"
    r"\s*(?:de\s+|d')?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs)\s+"
    r"[^.;:!?,]{0,70},\s*(?:celui|celle|ceux|celles)\s+(?:de\s+|d')$|"
    # "ont saisi deux villages, X et Y"
    r"\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs)\s+(?:[\w'-]+\s+){0,2}?"
    # (after a village the gazetteer lacks, made blank: "deux villages, X et Y")
    r"(?:villages|localites|villes|bourgs|hameaux|agglomerations|colonies)\b[^.;:!?,]{0,40},\s*"
    r"(?:et\s+)?$"
)
_APPOSITION_END: Final = re.compile(r"\s*(?:[,.;:!?()]|$|et\s+[\w'-]+\s*[,.;:!?()])")


def _link_among(
    folded: str, hit: CueHit, groups: Sequence[Group], voice: Voice, end: int
) -> Link | None:
    """Towns named among the places a cue took, past a region: "récupérer 500 km2 de
    territoires dans la région de R – notamment les localités de X, Y". Takings, and
    fights in towns counted before ("ont progressé dans plusieurs localités du Donbass,
    notamment à X, Y"): a fight "dans la région de R" is the region's."""
    if hit.cue.status not in ("captured", "recaptured", "contested"):
        return None
    # past a town that only locates ("repris 2 km2 dans la zone de B, notamment les
    # villages de X et Y")
    group = next(
        (
            g
            for g in groups
            if g.start >= hit.end and not g.reference and any(m.kind == "town" for m in g.members)
        ),
        None,
    )
    if group is None or group.start > end:
        return None
    gap = folded[hit.end : group.start]
    among = _AMONG.match(gap)
    if among is None or not _object_gap(gap[among.end() :])[0]:
        return None
    if hit.cue.status == "contested" and not _TOWNS_COUNTED.match(gap):
        return None
    return Link(hit, group, group.members, "before", voice)


_TOWNS_COUNTED: Final = re.compile(
    rf"\s*(?:dans|a|en)?\s*(?:des|{COUNT})\s+"
    r"(?:localites|villes|villages|bourgades|agglomerations|communes)\b"
)


def _link_apposed(
    folded: str, hit: CueHit, groups: Sequence[Group], voice: Voice, end: int
) -> Link | None:
    """A town named in apposition to the cue's object: "la prise d'un village, X"."""
    members = [m for g in groups for m in g.members]
    for group in groups:
        if group.start < hit.end or group.start > end:
            continue
        if group.reference or not any(m.kind == "town" for m in group.members):
            continue  # "un village près de Pokrovsk, X": the landmark is part of the phrase
        gap = _blank(folded, hit.end, group.start, members)
        if _APPOSED_NAME.match(gap) and _APPOSITION_END.match(folded, group.end, end):
            return Link(hit, group, group.members, "before", voice)
        return None
    return None


# "la libération du combinat (Azovstal) et de la ville de Marioupol": the town is named.
_AND_TOWN: Final = re.compile(
    r"[^.;:!?]{0,60}?\bet\s+(?:de\s+|d')?(?:la\s+)?(?:ville|localite|cite|agglomeration)\s+"
    r"(?:de\s+|d')\s*$"
)
# "avoir repris plus de vingt localités en 24 heures, dont la ville d'Izioum"
_AMONG: Final = re.compile(
    # "récupérer 500 km2 de territoires – notamment les localités de X, Y"
    # "d'importants noeuds logistiques tels qu'X, Y et Z"
    # ("ont libéré sept colonies dans la région de R, à savoir X, Y et Z": a translated
    # "settlements")
    r"[^.;:!?]{0,80}\b(?:localites|villes|villages|bourgades|agglomerations|communes|colonies|"
    r"hameaux|"
    r"territoires|km2|km²|kilometres\s+carres|noeuds|"
    # "se sont retirées des faubourgs de Kiev, notamment des villes d'X et de Y"
    r"faubourgs|banlieues?|environs|alentours)(?!\w)"
    # ("capturer les localités concernées dans la partie sud, en particulier X")
    r"[^.;:!?]{0,60}?(?:(?:[,)–—]|\s-|\(\.\.\.\))\s*(?:dont|notamment|parmi\s+lesquel\w+|"
    r"y\s+compris|a\s+savoir|en\s+particulier)\b|\s+dont(?=\s+les\s+plus\s)|\s+tel(?:le)?s\s+(?:que\b|qu'))"
    # "... de nos villes et villages (...) dont les plus récents sont X, Y et Z", "d'autres
    # villes proches dont les plus notables sont X, Y"
    r"(?:\s+les\s+plus\s+(?:recent(?:e)?s|notables|importante?s|grande?s)\s+sont)?"
)


_TOPIC: Final = re.compile(r"\s*:")
_THE_TOWN: Final = re.compile(r"(?:la|cette)\s+(?:ville|localite|cite|agglomeration)\b")


def _link_topic(
    folded: str, hit: CueHit, groups: Sequence[Group], voice: Voice, sentence: tuple[int, int]
) -> Link | None:
    """A headline's topic: "Pokrovsk : l'armée russe revendique la prise de la ville"."""
    if not groups or folded[sentence[0] : groups[0].start].strip():
        return None
    topic = groups[0]
    if not _TOPIC.match(folded, topic.end) or topic.end > hit.start:
        return None
    town = _THE_TOWN.search(folded, hit.end, min(sentence[1], hit.end + 60))
    if town is None or not _object_gap(folded[hit.end : town.start()])[0]:
        return None
    return Link(hit, topic, topic.members, "before", voice, anaphora=True)


_APPOSITION_CLOSE: Final = re.compile(r"\s*,")
_CONTRAST: Final = re.compile(r",\s*mais\s+(?:plutot\s+|bien\s+)?(?:des|de|du|d'|les|la|le|l')")
_APPOSED_TO_NOUN: Final = re.compile(
    r"\b(?:ville|villes|localite|cite|capitale|village|bourg|agglomeration|place\s+forte|"
    r"bastion|noeud\s+\w+|port)(?:\s+[\w'-]+)?\s*,\s*$"
)


def _link_after(
    folded: str,
    hit: CueHit,
    groups: Sequence[Group],
    mentions: Sequence[Mention],
    cues: Sequence[CueHit],
    voice: Voice,
    start: int,
) -> Link | None:
    # A region in between is a locative ("Volchansk dans la région de Kharkov, ont été").
    candidates = [
        g
        for g in reversed(groups)
        if g.end <= hit.start
        and any(m.kind == "town" for m in g.members)
        and not _of_the_towns_of(folded, g, start)
        # "X et Y (dans la communauté de Z) sont sous le contrôle de": Z only locates Y
        and not _in_brackets(folded, g, start, hit.start)
    ]
    group = candidates[0] if candidates else None
    if group is None or group.start < start:
        return None
    if hit.cue.status == "encircled" and folded[group.start : group.end] == "y":
        # "les soldats russes qui s'y trouvent piégés": the verb after the pronoun is read
        # with its subject (_link_clitic), who is the side trapped, not the encircler
        return None
    if len(candidates) > 1 and candidates[1].start >= start:
        # "Levadné, qui se trouve entre les villes de Zaporijjia et Donetsk, avait été
        # repris": the towns of a relative aside only locate the subject.
        located = candidates[1]
        aside = _RELATIVE_ASIDE.match(folded, located.end, hit.start) or _WHO_ASIDE.match(
            folded, located.end, hit.start
        )
        if (
            aside
            and group.start < aside.end()
            # "Yampil, située à 30 km de Kreminna, ville contrôlée par les Russes": the
            # noun set off after the landmark names the landmark; the cue is its own.
            and not _NOUN_AFTER_LANDMARK.match(folded, group.end, hit.start)
        ):
            gap = _subject_gap(folded, aside.end(), hit.start, mentions, cues)
            if gap is not None:
                group = located
    if (
        len(candidates) > 1
        and candidates[1].start >= start
        and not candidates[1].reference
        and _LANDMARK_APPOSITION.fullmatch(folded, candidates[1].end, group.start)
        # a landmark, or any town inside a noun phrase with no verb ("X, un important
        # complexe urbain dans la ceinture de défense nord de Y, soit tombée")
        and (group.reference or _is_appositive(folded[candidates[1].end : group.start]))
        and _APPOSITION_CLOSE.match(folded, group.end, hit.start)
        and _BARE_PARTICIPLE_GAP.fullmatch(folded, group.end, hit.start)
        # not "à l'ouest de la ville de Bakhmut, occupée par les Russes": a town named as
        # such takes the participle after it; nor "au sud de Bakhmout, ville devenue": the
        # noun names the landmark
        and not _TOWN_NOUN_BEFORE.search(folded, max(start, group.start - 30), group.start)
        and not _NOUN_APPOSED_TO_LANDMARK.match(folded, group.end, hit.start)
    ):
        # "Avdeïevka, une cité industrielle à 20 km de Donetsk, aujourd'hui prise en
        # tenaille": the landmark is inside the town's apposition, which the comma closes.
        return Link(hit, candidates[1], candidates[1].members[-1:], "after", voice)
    if _CONTRAST.search(folded, group.end, hit.start):
        # "il ne s'agit pas de X et Y, mais plutôt des régions de Z et W, libérées par":
        # the participle is the contrasted noun's.
        return None
    gap = _predicate_gap(folded, group.end, hit.start, mentions, cues)
    closing = _APPOSITION_CLOSE.match(folded, group.end, hit.start)
    if (
        gap is None
        and closing is not None
        and _APPOSED_TO_NOUN.search(folded, max(start, group.start - 40), group.start)
    ):
        # "dont la grande ville, Kherson, a été prise": the town set off by commas after
        # the noun it names; the second comma closes it.
        gap = _predicate_gap(folded, closing.end(), hit.start, mentions, cues)
    apposed = None
    predicate = None
    if gap is None:
        # "Tokmak, un noeud routier et ferroviaire occupé par les Russes"
        apposed = _APPOSITIVE.match(folded, group.end, hit.start)
        if apposed is not None and _REGION_APPOSITION.match(folded, apposed.end("determiner")):
            return None  # "Kharkiv, une région stratégique occupée par": the region's
        if apposed is None:
            predicate = _NOUN_PREDICATE.match(folded, group.end, hit.start)
            if predicate is None and _NOUN_CUE.match(folded, hit.start):
                predicate = _NOUN_CUE_PREDICATE.match(folded, group.end, hit.start)
        gap = "" if apposed or predicate else None
    if gap is None:
        return None
    words = set(gap.split())
    if voice == "bare" and folded[group.end : hit.start].split() in (["et"], ["puis"]):
        # "ont progressé à l'ouest de X et occupé Y", "ont envahi X et occupé l'hôpital": a
        # second verb of the subject's, its auxiliary left out, not a state of X.
        return None
    who = bool(_WHO.match(folded, group.end, hit.start))
    if (
        group.reference
        and not who
        and _SITE_BEFORE.search(folded, max(start, group.start - 40), group.start)
    ):
        # "le tronçon de route Pokrovskoïe-Houliaïpole, déjà coupé par les forces russes",
        # "l'usine de X, occupée": the participle is the site's.
        return None
    apposed_noun = bool(_NOUN_APPOSED_TO_LANDMARK.match(folded, group.end, hit.start))
    # "à 10 km au nord de X, qui reste ...": a direction, not the north of X.
    directional = group.reference and (who or apposed_noun)
    if directional:
        # "Les attaques venaient d'Ilyinka, qui est passée sous le contrôle de l'armée
        # russe": whatever its preposition, the antecedent of "qui" is the subject; so
        # too the noun set off after a landmark ("une petite localité au sud de Bakhmout,
        # ville devenue l'épicentre des combats").
        group = Group(group.members, reference=False)
    if (
        group.reference
        and hit.cue.needs_agent
        and not folded[group.end : hit.start].strip()
        and not _TOWN_NOUN_BEFORE.search(folded, max(start, group.start - 30), group.start)
    ):
        # "un district au sud de X aux mains des forces russes": the district is held;
        # "près de la ville de X contrôlée par l'armée russe": the town is.
        return None
    if group.reference and (
        words & (AUXILIARIES | _CONDITIONALS) or _AUXILIARY_IN_CUE.match(folded, hit.start)
    ):
        # "X, dans le sud-est de la région de Zaporijia, soit passée sous contrôle russe",
        # "X et Y, proches de Z, ne sont pas sous le contrôle total de": the landmark is in
        # a locative; the subject is the town before it.
        earlier = candidates[1] if len(candidates) > 1 else None
        if earlier is None or earlier.start < start or earlier.reference:
            return None
        gap = _predicate_gap(folded, earlier.end, hit.start, mentions, cues)
        if gap is None:
            return None
        group, words = earlier, set(gap.split())
    head = _NOUN_HEAD.search(folded, max(start, group.start - 40), group.start)
    if (
        head
        and not {head.group("noun"), head.group("next"), _compound_head(head.group("noun"))}
        & _TOWN_OR_PART
        and not group.reference
        and not who
        and not _TOWN_APPOSITION.match(folded, group.end, hit.start)
        and not _disagrees(head["noun"], folded, group.end, hit)
    ):
        # "la bataille de X est perdue": the battle is, not X; "la petite ville de X" is X.
        return None
    # "L'aciérie, défendue par les forces ukrainiennes à Marioupol, est passée sous contrôle
    # russe": a town after "à" is where the subject is, not the subject, unless the
    # subject is troops there and the cue an encirclement ("les forces à X sont encerclées").
    # So too with the verb in the cue: "les soldats tués à X sont ukrainiens".
    finite = bool(words & AUXILIARIES)
    if (
        (finite or _COPULA_CUE.match(folded, hit.start))
        and hit.cue.status not in ("encircled", "contested")
        # ("À Kherson, qui est sous contrôle russe depuis mars, ...": the relative's
        # antecedent is the town)
        and not who
        and _LOCATIVE_BEFORE.search(folded, max(start, group.start - 6), group.start)
    ):
        return None
    cue_words = folded[hit.start : hit.end].split()
    # "ne sont pas sous le contrôle total de": the verb after "ne" tells the number.
    cue_text = cue_words[1] if cue_words[0] == "ne" and len(cue_words) > 1 else cue_words[0]
    # "X et Y passent / passaient sous contrôle" (not "tient", "revient")
    third_plural = cue_text.endswith("aient") or re.search(r"[^i]ent$", cue_text) is not None
    plural = cue_text.endswith("s") or third_plural or cue_text in _PLURAL_VERBS | _PLURAL_AUX
    plural = plural or bool(words & _PLURAL_AUX)
    # "X et Y, deux autres villes de la région sous contrôle ukrainien"
    apposed = apposed or _APPOSITIVE.match(folded, group.end, hit.start)
    plural = plural or bool(apposed and apposed.group("determiner") in _PLURAL_APPOSITION)
    # "Kramatorsk et Sloviansk, encore aux mains ukrainiennes": a cue with no number set
    # off by a comma after a list is said of all of it.
    plural = plural or bool(
        cue_text in _NUMBERLESS and _COMMA_GAP.fullmatch(folded, group.end, hit.start)
    )
    plural = plural or bool(predicate and predicate.group("verb") in _PLURAL_PREDICATE)
    # "l'agglomération de Pokrovsk-Myrnohrad est encerclée": twin towns named as one
    plural = plural or any(
        folded[a.end : b.start] == "-" for a, b in itertools.pairwise(group.members)
    )
    towns = group.members if plural else group.members[-1:]
    if not plural and len(group.members) > 1:
        # "X (Y), précédemment abandonné": Y is X's other name, X the town written first
        last, before = group.members[-1], group.members[-2]
        if _ALIAS_GAP.match(folded[before.end : last.start]):
            towns = (before,)
    # "Les zones résidentielles de X ont été libérées": part of the town.
    partial = (
        not group.reference
        and not directional
        and bool(
            _PARTIAL_BEFORE.search(folded, max(start, group.start - 60), group.start)
            # "X est presque entièrement tombée sous le contrôle de": most of it, a part
            or NEARLY_ALL.search(folded, group.end, hit.start)
            or _PARTLY.search(folded, group.end, hit.start)
        )
    )
    voice = "passive" if words & AUXILIARIES else voice
    return Link(hit, group, towns, "after", voice, partial)


# ("X est désormais principalement contrôlée par", "en grande partie occupée par")
_PARTLY: Final = re.compile(rf"\b(?:principalement|majoritairement|essentiellement|{PARTLY})\b")


def _in_brackets(folded: str, group: Group, start: int, end: int) -> bool:
    """Whether ``group`` stands inside brackets that close before ``end``."""
    opened = folded.rfind("(", start, group.start)
    return opened > folded.rfind(")", start, group.start) and ")" in folded[group.end : end]


def _predicate_gap(
    folded: str, start: int, end: int, mentions: Sequence[Mention], cues: Sequence[CueHit]
) -> str | None:
    """``_subject_gap``, or the auxiliary of a second predicate of the town.

    "X se trouve dans la région de R et a été capturé par": X is the subject of both.
    """
    gap = _subject_gap(folded, start, end, mentions, cues)
    if gap is not None:
        return gap
    shared = _SHARED_SUBJECT.fullmatch(folded, start, end)
    if shared is None or any(start <= c.start < end for c in cues):
        return None
    return " ".join((shared["rest"] or "").split())


_SHARED_SUBJECT: Final = re.compile(
    r"\s+(?:se\s+trouve|se\s+situe|est\s+situee?|etait\s+situee?|compte|comptait|abrite|"
    r"abritait)\b[^,;:.!?()]{0,80}?\s+et\s+(?P<rest>(?:(?:a|ont|avait|avaient)\s+ete|"
    r"est|sont|etait|etaient)\s+(?:[a-z]+ment\s+)?)?"
)
# "les troupes de Donetsk, la ville sous contrôle russe": the apposition names the town.
# ", une cité industrielle à 20 kilomètres de": a noun phrase that ends on the landmark.
_LANDMARK_APPOSITION: Final = re.compile(r"\s*,\s*(?:une?|la|le|l')\s*[^,;:.!?()]{1,80}")
# ", aujourd'hui ": a comma and at most two adverbs before the cue.
_BARE_PARTICIPLE_GAP: Final = re.compile(r"\s*,\s*(?:[a-z']+\s+){0,2}")
_NOUN_AFTER_LANDMARK: Final = re.compile(
    r"\s*,\s*(?:(?:la|une|cette|le|un)\s+)?(?:[\w'-]+\s+)?(?:ville|localite|village|cite|bourg|"
    r"bourgade)\b"
)
# "au sud de Bakhmout, ville devenue l'épicentre des combats" (not "de Donetsk, la ville est
# contrôlée par", the sentence's subject)
_NOUN_APPOSED_TO_LANDMARK: Final = re.compile(
    rf"\s*{_COMMA_OR_DASH}\s*(?:(?:une|un)\s+(?:[\w'-]+\s+)?)?(?:ville|localite|village|cite|bourg|bourgade)\b"
)
_TOWN_APPOSITION: Final = re.compile(
    # ("la chute de X, port stratégique du Sud-Est, ville assiégée depuis 40 jours")
    rf"\s*{_COMMA_OR_DASH}(?:[^,;:.!?()]{{1,60}},)?\s*(?:(?:la|une|cette|le|un)\s+)?(?:[\w'-]+\s+)?"
    r"(?:ville|localite|village|cite|bourg|bourgade)\b"
)
_WHO: Final = re.compile(r"[\s)]*,\s*(?:qui|laquelle|lequel|lesquel(?:le)?s)\s")
_AUXILIARY_IN_CUE: Final = re.compile(
    r"(?:(?:ne\s+|n')(?:est|sont|etait|etaient|soient)|reste|restent|restait|restaient|"
    r"demeure|demeurent)\b"
)

# "la bataille de X", "la défense de X": the head of the noun phrase is the subject.
_NOUN_HEAD: Final = re.compile(
    r"(?:\b(?:la|le|les|un|une|cette|ce|ces)\s+|\bl')(?P<noun>[a-z-]+)(?:\s+(?P<next>[a-z-]+))?\s+"
    r"(?:de|d'|du)\s*$"
)
# "la ville-clé de X, contrôlée par": a town's noun with a qualifier joined to it is the
# town's ("la ville-jumelle de X" is another town, its twin)
_OTHER_TOWN_QUALIFIERS: Final = frozenset("jumelle jumelles soeur soeurs voisine voisines".split())


def _compound_head(noun: str) -> str:
    """The head of a hyphenated noun ("ville-cle": "ville"), unless the qualifier makes it
    another town; else ``noun``."""
    head, _, qualifier = noun.partition("-")
    return head if qualifier and qualifier not in _OTHER_TOWN_QUALIFIERS else noun


# a feminine singular participle set off after the town: "les militaires ukrainiens de
# Marioupol, assiégée par les forces russes" (the town is besieged, not the soldiers)
_SINGULAR_FEMININE: Final = re.compile(r"[a-z]+ee|(?:re)?(?:prise|conquise)")
_COMMA_ONLY: Final = re.compile(r"\s*,\s*(?:(?:deja|desormais|aujourd'hui|toujours|encore)\s+)?")
# "le contrôle de X, déjà prise en tenaille": a masculine noun no feminine participle is of
_MASCULINE_HEADS: Final = frozenset("controle siege secteur front axe assaut sort".split())


def _disagrees(noun: str, folded: str, town_end: int, hit: CueHit) -> bool:
    """Whether the participle at ``hit``, set off by a comma after the town, cannot agree
    with the plural or masculine ``noun`` the town's name depends on."""
    words = folded[hit.start : hit.end].split()
    return (
        (noun.endswith(("s", "x")) or noun in _MASCULINE_HEADS)
        and bool(words)
        and _SINGULAR_FEMININE.fullmatch(words[0]) is not None
        and _COMMA_ONLY.fullmatch(folded, town_end, hit.start) is not None
    )


_TOWN_OR_PART: Final = PARTIAL_WORDS | frozenset(
    "ville villes localite localites village villages cite bourg bourgade hameau commune cas "
    "colonie colonies hameaux communes bourgades cites "
    "agglomeration centre peripherie banlieue faubourgs partie parties ensemble reste "
    "totalite quasi-totalite periph "
    # "le port stratégique de X est soumis à un blocus": a port city (its installations are a
    # site, cues.REFERENCE_BEFORE)
    "port ports".split()
)
_LOCATIVE_BEFORE: Final = re.compile(r"\b(?:a|dans|en)\s*$")
_COPULA_CUE: Final = re.compile(
    r"(?:est|sont|etait|etaient|reste|restent|restait|restaient|demeure|demeurent|sera|"
    r"seront|restera|resteront)\b"
)
# ("la ville russe de X contrôlée par l'Ukraine"; not "la ville voisine de X": another town)
_TOWN_NOUN_BEFORE: Final = re.compile(
    r"\b(?:ville|localite|cite|village|bourg)\s+(?:(?!voisine|proche)[a-z]+\s+)?(?:de\s+|d')$"
)
# "Tokmak, un noeud routier et ferroviaire occupé par les Russes"; "Kramatorsk, la plus grande
# cité minière de la région de Donetsk et autre bastion des troupes ukrainiennes": a noun
# phrase set off by a comma, with no verb, no relative pronoun and no other town in it.
_APPOSITIVE: Final = re.compile(
    # (or set off by a dash: "Sloviansk - l'une des deux plus grandes villes ...")
    # (the determiner a whole word: "les" is not "le" and "s")
    r"[\s,]*(?:,|\s[-\u2013\u2014])\s*"
    r"(?P<determiner>un|une|le|la|l'|ce|cette|les|ces|deux|trois|quatre|toutes|tous|d'autres)"
    r"\b\s*"
    r"(?:(?!(?:a|ont|est|sont|etait|etaient|avait|avaient|qui|que|qu'|ou|dont|se|s')\s)"
    r"[\w'-]+\s+){1,12}$"
)
# "X et Y, séparées par une rivière, constituent la dernière agglomération encore sous
# contrôle ukrainien": the towns are the subject of a noun predicate that the cue ends.
_PREDICATE_HEAD: Final = (
    r"[^.;:!?]{0,60}?\b(?P<verb>constitu(?:e|ent|ait|aient)|est|sont|reste|restent|demeure|"
    r"demeurent|etait|etaient|represent(?:e|ent|ait|aient))\s+"
    r"(?:la|le|les|l'|un|une|l'une\s+des|l'un\s+des)\s*"
)
_NOUN_PREDICATE: Final = re.compile(
    _PREDICATE_HEAD + r"(?:[\w'-]+\s+){0,5}?"
    # ("Izioum était l'un des nombreux sites clé repris aux Russes")
    r"(?:villes?|agglomerations?|conurbations?|localites?|bastions?|cites?|capitales?|"
    r"villages?|bourgs?|sites?)\s+"
    r"(?:(?!(?:qui|que|qu'|ou|dont|a|ont)\s)[\w'-]+\s+){0,4}$"
)
# "X et Y constituent les derniers bastions de la résistance ukrainienne": the cue is the
# predicate's noun itself.
_NOUN_CUE_PREDICATE: Final = re.compile(_PREDICATE_HEAD + r"(?:[\w'-]+\s+){0,2}?$")
_NOUN_CUE: Final = re.compile(r"(?:bastions?|places?\s+fortes?|avant-postes?)\b")
_PLURAL_PREDICATE: Final = frozenset(
    {"constituent", "constituaient", "sont", "restent", "demeurent", "etaient", "representent",
     "representaient"}
)  # fmt: skip
# "X et Y, toutes deux sous contrôle russe"
_PLURAL_APPOSITION: Final = frozenset(
    {"les", "ces", "deux", "trois", "quatre", "toutes", "tous", "d'autres"}
)
# "Sloviansk, l'une des deux plus grandes villes de Donetsk toujours sous le contrôle de
# l'Ukraine": a name after "des villes de" is the region the towns are in.
_OF_THE_TOWNS_OF: Final = re.compile(
    r"\bdes\s+(?:[\w'-]+\s+){0,4}(?:villes|localites|villages|cites)\s+(?:[\w'-]+\s+)?"
    r"(?:de|d')\s*$"
)
_EACH_OF: Final = re.compile(r"\bet\s+(?:de\s+|d')")
_ONE_OF: Final = re.compile(r"\b(?:l'une?|une?)\s+$")


def _of_the_towns_of(folded: str, group: Group, start: int) -> bool:
    """Whether ``group`` follows "des villes de" as the region the towns are in.

    Not a list with "de" before each town: "près des villes de X et de Y, occupées
    par les Russes" names the towns; "l'une des villes de X et de Y" their regions.
    """
    found = _OF_THE_TOWNS_OF.search(folded, max(start, group.start - 60), group.start)
    if found is None:
        return False
    listed = _EACH_OF.search(folded, group.start, group.end) is not None
    return not listed or bool(_ONE_OF.search(folded, max(start, found.start() - 8), found.start()))


_PARTIAL_BEFORE: Final = re.compile(
    # ("l'est de", not "c'est le cas de"; "au nord de X" is outside it)
    # ("45 % de X": "%" is no word, so it stands outside the \b)
    r"(?:%|(?<!toutes\sles\s)(?<!tous\sles\s)"  # "toutes les parties de X": all of it
    r"\b(?:partie|parties|moitie|majorite|plupart|tiers|quart|quartiers?|zones?|districts?|"
    # "une part importante de X" (not "de part et d'autre de X", "à part X")
    r"(?<!\bde\s)(?<!\ba\s)part|"
    # "la quasi-totalité de X est tombée": most of it, a part
    r"(?<=quasi-)totalite|(?<=presque\s)totalite|(?<=presque\sla\s)totalite|"
    r"(?<=l')est|"
    # ("en direction du sud de X", "vers le nord de X": outside it too)
    r"(?<!au\s)(?<!direction\sdu\s)(?<!vers\sle\s)"
    r"(?:ouest|nord|sud|nord-est|nord-ouest|sud-est|sud-ouest)))"
    r"(?:\s+[\w'][\w'-]*){0,2}?\s+(?:de|d'|du)\s*"
    r"(?:la\s+(?:ville|localite|cite)\s+(?:de\s+|d')|le\s+village\s+(?:de\s+|d'))?$"
)


# A plural noun for places, which a list of towns may follow.
# ("deux verrous encore contrôlés par l'armée ukrainienne, X et Y")
_PLACES: Final = (
    r"\b(?:villes|localites|villages|bourgades|agglomerations|colonies|hameaux|verrous|bastions)\b"
)
# "Plusieurs villes ... sont repassées sous le contrôle de Kiev, notamment Izioum et Koupiansk";
# an area: "3000 kilomètres carrés avaient été repris aux forces russes, y compris Izioum"
_TOWNS_SUBJECT: Final = re.compile(rf"{_PLACES}|\b(?:km2|km²|kilometres\s+carres|territoires?)\b")
# "Les colonies de la région de R qui sont sous le contrôle de l'armée russe : X, Y": the
# places' noun heads the relative clause the cue is in.
_TOWNS_WHO: Final = re.compile(rf"{_PLACES}[^.;:!?]{{0,80}}?\bqui\s+[^.;:!?]*$")
# ("Parmi les villes ... libérées, on trouve X et Y"; "Dans les villes libérées de la région
# de R, des massacres ont été constatés, comme à X ou à Y")
_LISTED_AFTER: Final = re.compile(
    r"[^.;:!?]{0,80}?,\s*(?:notamment|dont|comme(?:\s+a)?|a\s+savoir|parmi\s+lesquel\w+|"
    r"on\s+(?:y\s+)?(?:trouve|retrouve|compte)|"
    r"(?:en\s+)?citant|nommement|en\s+particulier|y\s+compris)\s+"
    r"(?:(?:la|les)\s+(?:villes?|localites?|villages?|colonies)\s+(?:de|d')\s*)?$"
)


# "ont libéré cinq localités dans le district de Beryslav : X, Y, Z": the places' noun
# after the cue, then a colon or a dash ("deux localités supplémentaires – X et Y").
# "... d'autres villes proches dont les plus notables sont X, Y": the list's introducer.
_THE_MOST: Final = r"\bdont\s+les\s+plus\s+(?:recent(?:e)?s|notables|importante?s|grande?s)\s+sont"
_COLON_AFTER_TOWNS: Final = re.compile(
    rf"[^.;:!?]{{0,60}}?{_PLACES}[^.;:!?]{{0,90}}?(?::[\s,]*|\s-\s*|{_THE_MOST}\s+)$|"
    # "revendiquer trois localités, X le 7 juillet, Y ...": a counted noun, then a comma
    # ("occupent deux grandes villes, au bord de la mer Noire, X et Y": and an aside)
    rf"[^.;:!?]{{0,30}}?\b{COUNT}\s+(?:nouvelles\s+|autres\s+|grandes\s+|petites\s+)?{_PLACES}"
    r"(?:\s*,\s*(?:au|a|dans|en|sur|pres)\b[^,;:.!?]{1,40})?\s*,\s*$"
)
# "... de X et de trois localités voisines : Y, Z": more places after the cue's town.
_AND_MORE_LISTED: Final = re.compile(
    r"\s*,?\s*(?:et|ainsi\s+que)\s+(?:de\s+|d')?(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|"
    rf"neuf|dix|plusieurs|quelques)\s+(?:autres\s+)?|autres\s+){_PLACES}[^.;:!?]{{0,40}}?"
    rf"(?::|{_THE_MOST})"
)
# "trois localités avaient été prises : X, Y et Z": the places' noun was the subject.
_COLON: Final = re.compile(r"[^.;:!?]{0,60}?:[\s,]*$")
_PLACES_RIGHT_BEFORE: Final = re.compile(rf"{_PLACES}(?:\s+[\w'-]+){{0,3}}\s*$")
_APPOSED_LIST: Final = re.compile(r"\s*,\s*$")
_AGENT_THEN_LIST: Final = re.compile(
    r"\s*(?:les\s+|la\s+|le\s+|l')?(?:[\w'-]+\s+){0,2}?[\w'-]+\s*,\s*$"
)


def _link_listed(
    folded: str,
    hit: CueHit,
    groups: Sequence[Group],
    sentence: tuple[int, int],
    *,
    subject: bool,
    voice: Voice = "active",
) -> Link | None:
    """Towns listed after a cue about a number of places.

    ``subject``: the places' noun is the cue's subject ("plusieurs villes ...
    sont repassées sous le contrôle de Kiev, notamment X et Y", "trois
    localités avaient été prises : X, Y et Z"); otherwise its object, before
    a colon ("ont libéré cinq localités ... : X, Y, Z"). Each item may carry
    an aside on its region ("X dans la région de R, Y ...").
    """
    if subject:
        clause_start = find_clause_start(folded, sentence[0], hit.start)
        if not (
            _TOWNS_SUBJECT.search(folded, clause_start, hit.start)
            or _TOWNS_WHO.search(folded, sentence[0], hit.start)
        ):
            return None
        introducers: tuple[re.Pattern[str], ...] = (_LISTED_AFTER, _COLON)
        if _PLACES_RIGHT_BEFORE.search(folded, clause_start, hit.start):
            # "les deux dernières villes encore sous contrôle ukrainien, X et Y": the list
            # is in apposition to the places the cue qualifies ("deux verrous encore
            # contrôlés par l'armée ukrainienne, X et Y": past the agent).
            introducers += (
                (_APPOSED_LIST, _AGENT_THEN_LIST) if hit.cue.needs_agent else (_APPOSED_LIST,)
            )
    else:
        introducers = (_COLON_AFTER_TOWNS,)
    # The list begins with the first group right after its introducer (regions may come before).
    after = [g for g in groups if g.start >= hit.end]
    first = next(
        (
            n
            for n, g in enumerate(after)
            if any(i.match(folded, hit.end, g.start) for i in introducers)
        ),
        None,
    )
    if first is None or after[first].reference:
        return None
    after = after[first:]
    group = after[0]
    # A region grouped with the next item ("... de Kharkiv et Siversk") is its aside.
    items = [ts for g in after if (ts := [m for m in g.members if m.kind == "town"])]
    if not items:
        return None
    towns = list(items[0])
    for previous, following in itertools.pairwise(items):
        if not _LIST_ITEM_GAP.match(folded, previous[-1].end, following[0].start):
            break
        if is_distance_reference(folded, following[0].start, sentence[0]):
            break
        towns.extend(following)
    if len(towns) < 2 and _APPOSED_LIST.fullmatch(folded, hit.end, group.start):
        return None  # "Les villages repris, X reste menacée": a clause, not a list
    if subject:
        return Link(hit, group, tuple(towns), "after", "passive")
    # "contrôlent une partie croissante, voire la majorité, de deux autres villes – X et Y"
    # (the words before the places' noun: "trois villages dans cette zone : X" is all of X)
    before_places = re.split(_PLACES, folded[hit.end : group.start], maxsplit=1)[0]
    # ("tient toujours plusieurs localités : X, Y": a count of the places, all of each)
    partial = not _PART_NOT_COUNT.isdisjoint(_TOKEN.findall(before_places))
    # ("occupent deux villes : X et Y" is a state, "ont occupé deux villes" an event)
    return Link(hit, group, tuple(towns), "before", voice, partial)


_PART_NOT_COUNT: Final = PARTIAL_WORDS - {"plusieurs", "certains", "certaines"}


# Between two items of a list: a comma or "et", after an aside on the item's region.
_LIST_ITEM_GAP: Final = re.compile(
    r"(?:\s*(?:dans|en)\s+(?:la\s+|l')?(?:region|oblast|province)\b[^,;:.!?]{0,50})?"
    # ("X le 7 juillet, Y le 26 juillet et Z": each item's day)
    rf"(?:\s+(?:le\s+)?{DAY_OF_MONTH})?"
    r"\s*(?:,|\bet\b|\bou\b)\s*(?:et\s+)?$"
    # a bulletin's lines: "X, Y – Direction Z;" then the next line of names
    # (names the gazetteer lacks may open the next line)
    r"|\s*[-–]\s*direction\s+[\w'-]+\s*;\s*(?:[\w'-]+\s*,\s*){0,3}$"
)


def _link_relative(folded: str, text: str, groups: Sequence[Group], end: int) -> list[Link]:
    links = []
    for group in groups:
        last = group.members[-1]
        head = _RELATIVE.match(folded, last.end, end)
        if head is None:
            continue
        # "où" folds to "ou" ("or"): in accented text, insist on the accent.
        word = text[head.end() - 3 : head.end()].strip().lower()
        if word == "ou" and "é" in text[max(0, last.start - 400) : end].lower():
            continue
        if (
            group.reference
            and word in ("ou", "où")
            and _BETWEEN.search(folded, max(0, group.start - 40), group.start)
        ):
            continue  # "sur le front entre X et Y où de violents combats": the front's
        stop = _RELATIVE_END.search(folded, head.end(), end)
        clause_end = stop.start() if stop else end
        for hit in find_cues(folded, head.end(), clause_end):
            if hit.cue.status == "encircled" and hit.cue.direction != "before":
                links.append(Link(hit, group, (last,), "relative", "bare"))
        for match in _RELATIVE_CONTESTED.finditer(folded, head.end(), clause_end):
            fight = CueHit(_FIGHT, match.start(), match.end())
            links.append(Link(fight, group, (last,), "relative", "bare"))
        if word in ("ou", "où"):
            # "X, où les troupes russes pénètrent depuis octobre": they fight for X.
            entry = _WHERE_ENTER.match(folded, head.end(), clause_end)
            if entry is not None:
                hit = CueHit(_ENTRY, entry.start("who"), entry.end())
                links.append(Link(hit, group, (last,), "relative", "bare"))
        hold = _WHERE_HOLD.match(folded, head.end(), clause_end) if word in ("ou", "où") else None
        if hold is not None:
            # Read as a cue before its town, so that the subject in between is the holder.
            hit = CueHit(_HOLD, hold.start("hold"), hold.end("hold"))
            links.append(Link(hit, group, (last,), "before", "bare"))
    for index, group in enumerate(groups):
        # "X, d'où ont été chassées les troupes russes": they left X.
        head = _FROM_WHERE.match(folded, group.end, end)
        if head is None:
            continue
        if group.reference:
            # "X, un village à 4 km à l'est de Z, d'où ...": the landmark is in X's apposition;
            # "approcher X depuis la direction de Z, d'où ...": no apposition, so Z.
            # "à 10 km de Z, d'où ..." is the place 10 km away: neither.
            before = groups[index - 1] if index else None
            gap = folded[before.end : group.start] if before is not None else ""
            if before is not None and gap.lstrip().startswith(","):
                if before.reference or not _is_appositive(gap):
                    continue
                group = before
            elif not _DIRECTION_OF.search(folded, max(0, group.start - 30), group.start):
                continue
        last = group.members[-1]
        stop = _RELATIVE_END.search(folded, head.end(), end)
        left = _LEFT_FROM_WHERE.search(folded, head.end(), stop.start() if stop else end)
        if left is not None:
            hit = CueHit(_WITHDRAWN_FROM_WHERE, left.start(), left.end())
            links.append(Link(hit, group, (last,), "relative", "bare"))
    return links


_FROM_WHERE: Final = re.compile(r"[\s,]*d'ou\s")
_DIRECTION_OF: Final = re.compile(r"\bdirection\s+(?:de\s+|d'|du\s+)$")
_LEFT_FROM_WHERE: Final = re.compile(
    r"\b(?:(?:ont|a|avaient|avait)\s+ete\s+)?(?:chass|expuls|delog)\w*\s+(?:les|des)\s+"
    r"(?:[\w'-]+\s+)?(?:troupes|forces|unites|soldats)\s+(?:russes|ukrainiennes)\b|"
    r"\b(?:les|des)\s+(?:troupes|forces|unites|soldats)\s+(?:russes|ukrainiennes)\s+"
    r"(?:se\s+sont|s'etaient|s'est|s'etait)\s+(?:[\w'-]+\s+)?(?:retire|replie)\w*"
)
_WITHDRAWN_FROM_WHERE: Final = Cue(
    "d'où ... chassées", r"chass", "withdrawn", "after", 0.75, side_in_cue="actor"
)


_FIGHT: Final = Cue("combats (où)", r"combats", "contested", "after", 0.75)
# "À X, les attaques russes se poursuivent": the side named attacks
_SIDE_ATTACKS: Final = Cue(
    "à X, les attaques russes", r"attaques", "contested", "after", 0.75, side_in_cue="actor"
)
_BETWEEN: Final = re.compile(r"\bentre\s+(?:les\s+(?:villes|localites|villages)\s+(?:de\s+|d'))?$")
_WHERE_ENTER: Final = re.compile(
    r"\s*(?P<who>(?:(?:les\s+|des\s+)?(?:troupes|forces|unites|soldats|combattants)\s+"
    r"(?:russes|ukrainiennes)|les\s+russes|les\s+ukrainiens)"
    r"\s+(?:(?:[a-z]+ment|deja|toujours|encore)\s+)?(?:penetr|progress|avanc|s'infiltr|infiltr|"
    # "X, où les Russes sont entrés la semaine dernière"
    r"(?:sont|etaient)\s+(?:(?:[a-z]+ment|deja)\s+)?entre|entr(?:ent|aient|ait)\b)\w*|"
    # "X, où sont entrés les combattants du groupe « Ouest »": the subject after the verb
    r"(?:sont|etaient)\s+(?:(?:[a-z]+ment|deja)\s+)?entre(?:e|s|es)?\s+(?:les|des)\s+(?:troupes|forces|"
    r"unites|soldats|combattants)\b[^,;:.!?]{0,40})"
)
_ENTRY: Final = Cue(
    "où les troupes pénètrent", r"penetr", "contested", "after", 0.75, side_in_cue="actor"
)
_HOLD: Final = Cue("à X, tiennent", r"positions", "held", "before", 0.75)
_LEAVE: Final = Cue("à X, se retirent", r"retir", "withdrawn", "before", 0.75)
_PART: Final = Cue("à X, une partie", r"partie", "contested", "before", 0.75)
_TRAPPED: Final = Cue(
    "à X, sont encerclés", r"encercl", "encircled", "before", 0.75, victim_subject=True
)
_POCKET: Final = Cue("à X, encerclement", r"encerclement", "encircled", "before", 0.75, noun=True)

# The antecedent, an apposition, then the pronoun: "X, un village de la région de Donetsk
# que", "la ville de X, dont", "X qu'".
_OBJECT_PRONOUN: Final = re.compile(
    r"(?:[\s)]*,\s*(?:(?:un|une|le|la|autre|grande|petite|ville|village|localite|cite|bourg|"
    r"agglomeration|noeud|noud|"
    # "Marioupol, port stratégique du sud-est de l'Ukraine dont les forces russes ..."
    r"port|capitale|carrefour|verrou|hub|forteresse|"
    # "X, Y et Z, villages que l'armée ukrainienne a dit avoir repris"
    r"villes|villages|localites|cites|deux|trois|quatre|"
    r"bastion|centre|place|situee?s?|"
    # "Bakhmout, théâtre de longs combats et dont Moscou a revendiqué la prise", "X, au
    # cœur des combats depuis huit mois et que Wagner a revendiquée"
    r"theatre|au\s+(?:cour|centre))\s|l')[^,;:.!?()]{0,100}?)?"
    # "la ville de X, dans le sud, que Kiev a reconquise": where it lies, set off by commas
    r"(?:[\s)]*,\s*(?:dans|au)\s+(?:le\s+|l')?(?:nord|sud|est|ouest|centre)(?:-\w+)?"
    r"(?:\s+(?:de|du|des|d')\s*[^,;:.!?()]{0,40}?)?(?=\s*,))?[\s)]*,?\s*"
    # (a word boundary first: "stratégique dont" holds no "que")
    r"(?P<pronoun>\bque\b|\bqu'|\bdont\b)"
)
_OBJECT_END: Final = re.compile(r"[,;:.!?]")
# The cue has an object of its own: the pronoun is not its object.
_OWN_OBJECT: Final = re.compile(
    r"\s*(?:(?:le|la|les|un|une|des|du|de|ses|leurs?|son|sa|plusieurs|nos|notre)\b(?!\s+\d)|"
    r"l'|d')"
    # A time is no object: "X, que Kiev a reconquise la semaine dernière".
    r"(?!\s*(?:semaine|mois|veille|lendemain|nuit|matinee|journee|soiree|week-?end|an|annee|"
    r"ete|automne|hiver|printemps|jour)\b)"
)
_CONTROL_OBJECT: Final = re.compile(r"\s*(?:le\s+|son\s+|leur\s+)?(?:plein\s+)?controle\b")
_PREPOSITION_END: Final = re.compile(r"(?:\b(?:de|du|des|sur|a|dans|en|pour|contre)|d')\s*$")
_FINITE: Final = re.compile(r"(?:ent|ait|aient|a)$")  # ("a": the passé simple, "libéra")


# "X de la région de R", "X, dans la région de R": where the town lies.
_OF_REGION: Final = re.compile(
    r"[\s,(]*(?:(?:dans|en|de)\s+(?:la\s+|le\s+|l')?)?(?:region|oblast|province)\s+"
    r"(?:(?:de|du)\s+|d')"
)


def _link_object(folded: str, groups: Sequence[Group], sentence: tuple[int, int]) -> list[Link]:
    """A town that is the object of a relative clause's cue.

    "X, un village que Kiev a déclaré avoir repris", "X que les Russes occupent",
    "X, dont la Russie a revendiqué la capture", "X, dont l'armée s'est emparée".
    """
    start, end = sentence
    links = []
    for index, group in enumerate(groups):
        after = group.end
        if not any(m.kind == "town" for m in group.members):
            continue
        region = groups[index + 1] if index + 1 < len(groups) else None
        if (
            region is not None
            and not any(m.kind == "town" for m in region.members)
            and _OF_REGION.fullmatch(folded, group.end, region.start)
        ):
            # "le village de Soudja de la région de Koursk, dont Kiev revendique la prise"
            after = region.end
        # A landmark is an antecedent too: "autour de X, dont l'Ukraine a repris le contrôle".
        head = _OBJECT_PRONOUN.match(folded, after, end)
        if head is None:
            continue
        pronoun = head.group("pronoun")
        if (
            pronoun != "dont"
            and "," not in head.group()
            and _LOCATIVE_BEFORE.search(folded, max(start, group.start - 6), group.start)
        ):
            continue  # "a déclaré à Kramatorsk que ...": a conjunction, not a relative
        stop = _OBJECT_END.search(folded, head.end(), end)
        clause_end = stop.start() if stop else end
        hits = find_cues(folded, head.end(), clause_end)
        if pronoun == "dont":
            hits += [
                CueHit(OBJECT_CUES[i], m.start(), m.end())
                for i, m in OBJECT_CUE_SET.finditer(folded, head.end(), clause_end)
            ]
        for hit in sorted(hits, key=lambda h: h.start):
            link = _object_link(folded, hit, group, groups, pronoun == "dont", start, clause_end)
            if link is not None:
                links.append(link)
                break
    return links


def _object_link(
    folded: str,
    hit: CueHit,
    group: Group,
    groups: Sequence[Group],
    dont: bool,
    start: int,
    clause_end: int,
) -> Link | None:
    """``hit`` as the cue whose object (or complement, with "dont") is ``group``, if it is."""
    cue = hit.cue
    if cue.denial_only or cue.status == "contested":
        return None
    if _PREPOSITION_END.search(folded, hit.start, hit.end):
        return None  # "s'est emparée de", "pris le contrôle de": the complement follows
    after = folded[hit.end : clause_end]
    following = next((g for g in groups if g.start >= hit.end), None)
    if (
        following is not None
        and following.start < clause_end
        and _object_gap(folded[hit.end : following.start])[0]
    ):
        return None  # "qu'ils ont pris Pokrovsk": the cue has its own town
    voice: Voice = "active"
    if cue.direction == "voice":
        voice = find_voice(folded, hit, start)
        if cue.active_only and voice != "active":
            return None
    elif cue.noun:
        voice = "noun"
    elif cue.verb_only and _after_determiner(folded, hit.start, start):
        return None
    if dont:
        if re.match(r"\s*(?:(?:de|du|des)\b|d')", after):
            return None
        # "dont elle a repris le contrôle", "dont Moscou a revendiqué la prise",
        # "dont l'armée s'est emparée"
        if not (
            voice == "noun"
            or (voice == "active" and cue.direction == "voice" and _CONTROL_OBJECT.match(after))
            or cue in OBJECT_CUES
        ):
            return None
    else:
        if voice == "noun" or _OWN_OBJECT.match(after):
            return None
        if voice == "bare":
            if not _FINITE.search(folded[hit.start : hit.end]):
                return None
        elif voice != "active":
            return None
    word = folded[hit.start : hit.end].split()[-1]
    towns = group.members if word.endswith("s") else group.members[-1:]
    return Link(hit, group, towns, "object", voice)


# --- keep or drop ------------------------------------------------------------------------


def find_clause_start(folded: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins ("que", ";", "mais"... or the sentence)."""
    begin = sentence_start
    for match in CLAUSE_BREAK.finditer(folded, sentence_start, position):
        begin = match.end()
    return begin


# "sont parvenues à entrer dans X et à pénétrer dans Y", "ont pu percer les lignes russes
# et prendre le contrôle du village de X": the second infinitive shares the first's
# "parvenues à", "ont pu"
_AND_TO: Final = re.compile(r"\bet\s+(?:(?:a|de|d')\s*)?$")
_INFINITIVE_BEFORE_AND: Final = re.compile(r"\b[a-z]+(?:er|ir|re)\s+")


def _realised_before_and(lead: str) -> bool:
    """Whether an infinitive after "et à" is coordinated with a realised one before it."""
    joined = _AND_TO.search(lead)
    if joined is None:
        return False
    before = _last_words(lead[: joined.start()], 10) + " "
    for infinitive in _INFINITIVE_BEFORE_AND.finditer(before):
        if INFINITIVE_REALISED.search(_last_words(before[: infinitive.start()], 6) + " "):
            return True
    return False


def _last_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[-count:]) if words else ""


# "Avant de quitter Kherson, les occupants ont détruit ...": done before a past event.
_FRONTED_BEFORE: Final = re.compile(r"\s*avant\s+(?:de|d')\s*$")
_PAST_MAIN: Final = re.compile(
    r"[^,;:.!?]*,\s*(?:[\w'-]+\s+){0,5}?(?:ont|a|avaient|avait|sont|etaient|etait)\s"
)


# "l'armée ukrainienne est bien décidée à défendre X": resolved to keep a town it holds
# (to take one is still to come: "décidés à prendre X").
_RESOLVED_TO: Final = re.compile(
    r"\b(?:decide|determine|resolu|engage)e?s?\s+a\s+(?:[a-z]+\s+){0,2}?$"
)

# "Il a ensuite fallu 26 mois aux forces russes pour avancer de 11 km et entrer dans X": what
# it took so long to do was done.
_TOOK_TO: Final = re.compile(
    r"\bil\s+(?:leur\s+|lui\s+)?(?:a|avait|aura)\s+(?:[a-z]+\s+)?fallu\b[^.;!?]{0,80}?"
    r"\bpour\s+(?:[\w'-]+\s+){0,10}?$"
)


def _done_before(folded: str, lead: str, link: Link, sentence_end: int) -> bool:
    return (
        _FRONTED_BEFORE.fullmatch(lead) is not None
        and _PAST_MAIN.match(folded, link.group.end, sentence_end) is not None
    )


# "n'a ni confirmé ni démenti la prise de X", "s'est gardé de démentir ou de confirmer son
# repli de X": the speaker says neither.
_NEITHER: Final = re.compile(
    r"\bconfirm\w*\s+(?:ni|ou)\s+(?:de\s+|d')?(?:(?:le|la|les)\s+|l')?(?:dement|infirm)\w*|"
    r"\b(?:dement|infirm)\w*\s+(?:ni|ou)\s+(?:de\s+|d')?(?:(?:le|la|les)\s+|l')?confirm\w*"
)


# "a ordonné à ses troupes de": an order to someone (a hedge, but a withdrawal ordered is told)
_ORDERED_TO: Final = re.compile(r"ordonn\w*\s+(?:a|au|aux)\s")


def is_hedged(
    folded: str,
    link: Link,
    clause_start: int,
    sentence_end: int,
    *,
    denied: bool = False,
) -> bool:
    """Whether the claim is a future, a condition, an attempt or a goal, not a fact.

    ``denied``: the claim is the object of a denial, which French puts in the
    conditional ("dément que X serait tombée"): the conditional is no hedge then.

    Examples
    --------
    >>> from geoatlas.records import Mention
    >>> t = fold_text("La Russie tente de prendre Pokrovsk.")
    >>> m = Mention("a", 27, 35, "Pokrovsk", t, 0, len(t), None)
    >>> [hit] = find_cues(t, 0, len(t))
    >>> is_hedged(t, Link(hit, Group((m,), False), (m,), "before", "bare"), 0, len(t))
    True
    """
    hit = link.hit
    if _FUTURE_TENSE.search(folded, hit.start, hit.end):
        return True  # "ils l'entoureront et s'en empareront": the cue's verb in the future
    if (
        _CONDITIONAL_VERB.search(folded, hit.start, hit.end)
        and not denied
        and (
            not _REPORT_SOURCE.search(folded, max(0, clause_start - _SOURCE_REACH), sentence_end)
            or _HYPOTHESIS.search(folded, max(0, clause_start - _SOURCE_REACH), sentence_end)
        )
    ):
        # "les forces russes contrôleraient X" is reported only with its source ("selon
        # des blogueurs"); "sans l'aide américaine, ils contrôleraient X" is a supposition;
        # "Kiev dément que les Russes contrôleraient X" is the denial's own mood
        return True
    # "on craint que X tombe": a fear of it, whatever clause the town opens.
    if _FEARED.search(folded, max(0, min(hit.start, link.group.start) - 80), hit.start):
        return True
    if _NEITHER.search(folded, max(clause_start, hit.start - 80), hit.start):
        return True
    if (
        link.direction == "after"
        and _ONCE.search(folded, max(0, link.group.start - 30), link.group.start)
        and _FUTURE_MAIN.search(folded, hit.end, min(sentence_end, hit.end + 100))
    ):
        return True  # "Une fois Pokrovsk prise, l'armée russe pourrait ...": a supposition
    if (
        link.direction == "after"
        and not denied
        and _SUBJUNCTIVE.search(folded, link.group.end, hit.start)
        and not _CONCESSIVE.search(folded, max(0, link.group.start - 20), link.group.start)
    ):
        # "il est peu probable que X ait été reprise": the subjunctive is the mood of what
        # governs it, a doubt or a wish; only "bien que X ait été reprise" grants it.
        return True
    lead = folded[clause_start : hit.start]
    if link.direction in ("after", "relative"):
        # The hedge may precede the town: "Si Pokrovsk tombe", "Pokrovsk pourrait être prise".
        lead = folded[find_clause_start(folded, clause_start, link.group.start) : hit.start]
    if (
        hit.cue.infinitive
        and not INFINITIVE_REALISED.search(_last_words(lead, 6) + " ")
        and not _realised_before_and(lead)
        and not (hit.cue.status == "held" and _RESOLVED_TO.search(_last_words(lead, 4) + " "))
        and not _TOOK_TO.search(lead + " ")
        and not _done_before(folded, lead, link, sentence_end)
    ):
        return True
    # An aside before a comma is not the claim's mood: "En raison d'une menace
    # d'encerclement, les troupes se sont retirées".
    aside_end = lead.rsplit(",", 1)[-1]
    if link.direction in ("after", "relative") and not aside_end.strip():
        # "Si X, la plus grande ville occupée de la région, tombe": an apposition between
        # the town and its verb; the mood is before the town.
        aside_end = lead.split(",", 1)[0]
    window = _last_words(aside_end, 8) + " "
    if _ATTRIBUTIVE.match(folded, hit.start) or _is_town_adjective(folded, hit):
        # "exigeant la capitulation de la ville assiégée de X": the siege is granted by the
        # demand, not demanded (a cue that holds its own noun is an adjective of the town's);
        # so is "tentent de reprendre la ville occupée de X"
        window = ""
    for hedge in HEDGE_BEFORE.finditer(window):
        # A denied claim is reported in the conditional: "dément que X serait tombée"; and
        # the press reports a claim in it: "les forces russes auraient capturé X".
        if hedge.group() in _CONDITIONALS and (
            denied
            or (
                _REPORTED_CONDITIONAL.match(window, hedge.end())
                and not _COUNTERFACTUAL.search(lead)
            )
        ):
            continue
        # An analyst's past ("les forces ukrainiennes ont probablement libéré X") is
        # an assessment of a fact; "entièrement ou presque" is all of it.
        if _ASSESSED_PAST.search(window, 0, hedge.start()) and _LIKELY.fullmatch(hedge.group()):
            continue
        if hedge.group().startswith("sembl") and _SEEMS_TO.fullmatch(window, hedge.end()):
            continue
        if hedge.group() == "presque" and window[: hedge.start()].endswith(" ou "):
            continue
        if hedge.group() == "si" and _STILL_STATE.match(window, hedge.end()):
            continue  # "Si X est encore tenue par les Ukrainiens, Y est ...": granted, not supposed
        if hedge.group() == "si" and _PAST_FACT.match(
            f"{window}{folded[hit.start : hit.end]} ", hedge.end()
        ):
            continue  # "Si l'armée russe a annoncé la prise de X, l'Ukraine a démenti"
        if hedge.group() == "si" and _REPORTED_CONTRAST.match(
            f"{window}{folded[hit.start : hit.end]} ", hedge.end()
        ):
            continue  # "Si Moscou déclare avoir libéré X, Kiev dément": a contrast, not a condition
        if hit.cue.status == "withdrawn" and _ORDERED_TO.match(hedge.group()):
            continue  # "l'Ukraine a ordonné à ses troupes de se retirer de X": they did
        if NEARLY_ALL.match(window, hedge.start()):
            continue  # "presque entièrement tombée": most of it, told as a part (contested)
        if link.partial and hedge.group().startswith("partiel"):
            continue  # "X est partiellement contrôlée par": a part of it (contested)
        if (
            hit.cue.status == "held"
            and folded.endswith("ant", hit.start, hit.end)
            and not folded.endswith(" en ", 0, hit.start)
            and any(CUE_SET.finditer(window[hedge.end() :]))
        ):
            # "une menace d'encerclement des unités défendant X": the hedge bears on the
            # noun after it; the participle describes the units, as a fact
            continue
        if (
            hit.cue.status == "contested"
            and hedge.group().startswith("tentative")
            and _REPELLED.search(folded, link.group.end, sentence_end)
        ):
            continue  # "une tentative de percée à X, nos défenseurs l'ont repoussée": a fight
        return True
    # (the noun after a possessive that stands for the town: "sa prise permettrait")
    tail_from = max(link.group.end, hit.end) if link.direction == "before" else hit.end
    alias = _ALIAS_AFTER.match(folded, tail_from, sentence_end)
    if alias is not None:
        # "la libération de Dzerjinsk (Toretsk) pourrait avoir lieu": past the other name
        tail_from = alias.end()
    aside = _DASH_ASIDE.match(folded, tail_from, sentence_end)
    if aside is not None:
        # "un assaut contre Kherson - la seule capitale régionale prise - pourrait être
        # imminent": the verb is past the aside.
        tail_from = aside.end()
    tail = folded[tail_from : min(sentence_end, tail_from + 90)]
    # A noun's own verb: "la bataille de Kherson n'aura pas lieu".
    noun = link.direction in ("before", "object") and (hit.cue.noun or link.voice == "noun")
    if noun and NOUN_PREDICATE_HEDGE.match(tail):
        return True
    apposed = _COMMA_ASIDE.match(folded, tail_from, sentence_end) if noun else None
    if apposed is not None and NOUN_PREDICATE_HEDGE.match(
        folded[apposed.end() : min(sentence_end, apposed.end() + 90)]
    ):
        # "La prise de X, située à 5 km de la frontière, serait le gain le plus important":
        # the noun's verb is past the town's apposition.
        return True
    if (
        noun
        and _INDEFINITE.search(folded, max(clause_start, hit.start - 8), hit.start)
        and not _DONE_INDEFINITE.search(folded, max(clause_start, hit.start - 60), hit.start)
    ):
        # "Une prise rapide de X marquerait un revers": a taking supposed, not told ("les
        # forces russes avaient effectué une « retraite tactique » de X" is told)
        return True
    if (
        link.direction in ("before", "object")
        and hit.cue.status == "contested"
        and (_OVER_BEFORE.search(folded, clause_start, hit.start) or _OVER_AFTER.match(tail))
    ):
        # "après la bataille de X", "la bataille de X fut couronnée ...": a fight of the past,
        # no claim on the town today.
        return True
    return bool(HEDGE_AFTER.match(tail))


_INDEFINITE: Final = re.compile(r"(?<![\w'-])une\s+$")
_DONE_INDEFINITE: Final = re.compile(
    r"\b(?:a|ont|avait|avaient|ayant)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:effectue|fait|opere|mene|acheve|termine|annonce|entame|commence|realise|amorce)\s+une\s+$"
)
_SUBJUNCTIVE: Final = re.compile(r"\b(?:ait|aient)\s+ete\b")
_CONCESSIVE: Final = re.compile(r"\b(?:bien|quoi)\s*(?:que|qu')\s*$")
_ALIAS_AFTER: Final = re.compile(r"\s*(?:\([^()]{0,60}\)|\))")
_DASH_ASIDE: Final = re.compile(r"\s+-\s[^-.;:!?]{1,200}?\s-(?=\s)")
_COMMA_ASIDE: Final = re.compile(
    r"\s*,\s*(?:situee?s?|qui|dont|ou|une?|la|le|l')\b[^,.;:!?()]{1,100},"
)
_OVER_BEFORE: Final = re.compile(
    r"\b(?:apres|compar\w*\s+(?:[\w'-]+\s+){0,3}?a|(?:se\s+)?souv\w*\s+de)\s+(?:la|les)\s+$"
)
_OVER_AFTER: Final = re.compile(
    # the fight's own verb, right after its town (not ", ce qui lui a permis de")
    r"^\s*(?:(?:deja|finalement|alors)\s+)?(?:fut|furent|a\s+permis|avait\s+permis|avai(?:t|ent)\s+dure|"
    r"a\s+pris\s+fin|s'est\s+(?:achevee|terminee|soldee)|(?:est|etait)\s+terminee)\b"
)
_REPELLED: Final = re.compile(r"\b(?:repouss|dejou|stopp|echou|avort)\w*")


# a verb in the future tense, third person ("prendra", "s'empareront", "tiendront"; not the
# passé simple "entra", nor "environs", "vrai"); not a copula ("est et sera toujours
# ukrainien" is a holding)
_CONDITIONAL_VERB: Final = re.compile(r"\bcontroler(?:ait|aient)\b")
# a source named in the sentence: "selon ..." (_SOURCE_LEAD_WORD) and the like
_REPORT_SOURCE: Final = re.compile(
    _SOURCE_LEAD_WORD.pattern + r"|\ba\s+en\s+croire\b|\bde\s+sources?\b|\bsources?\s+"
    r"(?:russes?|ukrainiennes?|militaires?|locales?|proches?)\b|\brapport\w*|\bblogueurs?\b"
)
_HYPOTHESIS: Final = re.compile(r"(?<!\bmeme\s)\bsi\b|\bsans\b|\bd'ici\b|\bsinon\b")
_SOURCE_REACH: Final = 120  # characters before the clause: "Selon des blogueurs, ..."
_FUTURE_TENSE: Final = re.compile(
    r"\b(?!(?:s|rest|demeur)er(?:a|ont)\b)\w+(?:er|ir|dr|vr)(?:a|ont)\b"
)


def in_future_participle(folded: str, sentence_start: int, anchor: int) -> bool:
    """Whether the claim at ``anchor`` is in a participle going on a main verb in the future.

    "Si cette avancée est avérée, les forces russes prendront le contrôle de l'oblast,
    donnant ensuite la priorité aux avancées à Siversk": the advance at Siversk is to come.
    """
    participles = list(_PARTICIPLE_CLAUSE.finditer(folded, sentence_start, anchor))
    return bool(participles) and (
        _FUTURE_TENSE.search(folded, sentence_start, participles[-1].start()) is not None
    )


# ", donnant ensuite", ", en ouvrant": a present participle set off by a comma (not a
# speaker's: "Moscou poursuivra ses offensives, citant la récente prise de X" tells of a fact)
_PARTICIPLE_CLAUSE: Final = re.compile(
    r",\s*(?:en\s+)?(?!(?:cit|affirm|declar|soulign|rappel|evoqu|mentionn|estim|assur|precis|"
    r"ajout|indiqu|annonc|expliqu|not|salu|invoqu|reconnaiss|admett|revendiqu)ant\b)[a-z]{3,}ant\b"
)

_FEARED: Final = re.compile(
    r"(?:\b(?:crai(?:n|gn)\w*|redout\w*|peur)\s+(?:[\w'-]+\s+){0,4}?|"
    # "éviter que X ne tombe aux mains de l'ennemi", "empêcher que X soit encerclée": a
    # prevention, as a fear
    r"\b(?:evit|empech)\w*\s+|"
    # "une question de jours avant que X ne soit libérée", "a ordonné que X soit pris"
    r"\bquestion\s+de\s+(?:jours|semaines|mois|heures|temps)\s+avant\s+|\bordonn\w*\s+|"
    # "On attend bien sûr que Kherson soit libérée": a hope
    r"\battend\w*\s+(?:[\w'-]+\s+){0,3}?|"
    # "Nous ne voyons aucun signe que la Russie quitte Kherson": no sign of it
    r"\baucune?\s+(?:signes?|preuves?|indications?|indices?|confirmation)\s+)"
    r"qu(?:e\b|')[^.;:!?]*$"
)
_ONCE: Final = re.compile(
    r"\bune\s+fois\s+(?:que\s+|qu')?(?:(?:la|les)\s+(?:villes?|localites?)\s+(?:de\s+|d'))?$"
)
# The main clause after "une fois X prise": a future or a conditional ("Une fois Avdiivka
# prise, les Russes ont avancé" is a fact).
_FUTURE_MAIN: Final = re.compile(
    r"\b(?:pourr|devr|ser|aur|fer|ir)(?:a|ai|ait|aient|ont|as)\b|\b(?:va|vont)\s|"
    r"\b\w{3,}(?:era|eront|erait|eraient|ira|iront|irait|iraient)\b"
)
_CONDITIONALS: Final = frozenset("aurait auraient serait seraient".split())
# The conditional right before the cue is the press's way to report a claim it has not
# checked ("les forces russes auraient capturé X, selon Moscou", "X aurait été prise"),
# not a condition; "auraient l'intention de prendre X" stays one.
_REPORTED_CONDITIONAL: Final = re.compile(
    # "il y aurait également eu des combats à X"
    r"\s*(?:(?:ete|deja|egalement|aussi|ainsi|finalement|entierement|totalement|completement|"
    # "la ville serait presque entièrement sous le contrôle des Russes"
    r"presque|quasiment|pratiquement|bien|desormais|eu\s+(?:de|des|d')?)\s*)*$"
)
_LIKELY: Final = re.compile(r"probablement|vraisemblablement|\bsemble(?:nt)?\b")
# "les forces ukrainiennes semblent contrôler X", "semblent avoir pris X": an assessment.
_SEEMS_TO: Final = re.compile(r"\s+(?:avoir\s+|etre\s+)?")
# "si" and the passé composé contrast two facts ("si les Russes prenaient X" and "s'ils
# avaient pris X" suppose).
_PAST_FACT: Final = re.compile(
    # a participle, not an infinitive after "à" ("si les Russes parviennent à prendre X")
    r"\s+(?:[\w'-]+\s+){0,3}?(?:a|ont)\s+(?:deja\s+)?[a-z]+(?:e|i|is|it|u|t)s?"
    r"(?<!er)(?<!ir)(?<!dre)(?<!tre)\s"
)
# ... or a claim reported in the present ("Si Moscou revendique la prise de X, Kiev dément");
# not "si Moscou affirme que X tombera", whose clause is read on its own.
_REPORTED_CONTRAST: Final = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?(?:affirm|declar|assur|revendiqu|annonc|pretend|soutien|dit\b|"
    r"disent\b)[a-z]*\s+(?!que\b|qu')(?:[\w'-]+\s+)?(?:avoir\b|la\b|le\b|l'|d)"
)
# A "si" that grants a state ("Si X est encore tenue par ..., Y est presque conquise"), not
# one that supposes an event ("Si X tombe", "si X est prise").
_STILL_STATE: Final = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?(?:est|sont|reste|restent|demeure|demeurent)\s+"
    r"(?:encore|toujours)\s"
)


def is_assessed(folded: str, link: Link, clause_start: int) -> bool:
    """Whether an analyst tells the claim as likely: "ont probablement pris X" (ISW's way).

    Such a claim is kept (:func:`is_hedged` lets it through), with less confidence.
    """
    lead = _last_words(folded[clause_start : link.hit.start].rsplit(",", 1)[-1], 8)
    return _LIKELY.search(lead) is not None


_ASSESSED_PAST: Final = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:deja\s+)?(?:\((?:\s*[\w'-]+){1,3}\s*\)\s*)?$"
)  # "ont (en réalité) probablement capturé X": an aside may stand before the adverb
# ... unless the condition is stated: "si elle avait eu des réserves, la Russie aurait pris X".
_COUNTERFACTUAL: Final = re.compile(r"\b(?:si|s'ils?|sans|sinon|autrement)\b")

# "les forces russes tentent de conquérir X", "la tentative de s'emparer de X": an attack.
# "cherchent à prendre X" is a goal, not yet an attack: it stays a hedge.
_ATTEMPT: Final = re.compile(
    r"\b(?:tent(?:e|ent|ait|aient|ant)|(?:ont|a|avaient|avait)\s+tente|"
    r"tentatives?|"
    r"essai(?:e|ent|ait|aient)|essay(?:e|ent|ait|aient|ant)|s'efforc(?:e|ent|ait|aient)|"
    # "n'a pas réussi à prendre complètement X", "ont échoué à s'emparer de X": a failed
    # attack, a fight; "à l'offensive pour prendre X": an attack under way.
    r"(?:n'(?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?reussi)|"
    r"(?:ont|a|avaient|avait)\s+echoue|echou(?:e|ent|ait|aient))\s+"
    r"(?:(?:toujours|encore|depuis\s+\w+\s+\w+|en\s+vain|"
    r"desesperement|activement|totalement)\s+)*(?:de\s+|d'|a\s+)$|"
    r"\b(?:est|sont|etaient|etait)\s+a\s+l'offensive\s+pour\s+$|"
    # "nos unités avaient commencé à prendre d'assaut le village": begun, not done
    r"\bcommenc(?:e|ent|ait|aient|ant|er)\s+a\s+$|"
    # "les forces russes se battent pour la prise de X" (but "lors des combats pour la prise
    # de X" looks back on a capture)
    r"\b(?:lutt(?:ent|aient|ait|ant|er)|(?:se\s+)?batt(?:ent|aient|ait|ant|re)|"
    r"combatt(?:ent|aient|ait|ant|re))\s+(?:[\w'-]+\s+){0,4}?pour\s+(?:la\s+|le\s+|l')$|"
    # "la bataille pour la prise de X fait rage": the fight for it
    r"(?<!\blors\sde\s)(?<!\blors\sdes\s)\b(?:bataille|lutte)\s+(?:acharnee\s+|feroce\s+)?"
    r"pour\s+(?:la\s+|le\s+|l')$|"
    # "les tentatives de l'ennemi pour s'emparer de X"
    r"\btentatives?\s+(?:(?:russes?|ukrainiennes?|ennemies?)\s+)?"
    r"(?:(?:de\s+l'|des\s+|du\s+)\s*(?:[\w'-]+\s+){0,2}?)?pour\s+$|"
    # "affirment être en train de prendre le contrôle complet de X": not taken yet
    r"\ben\s+train\s+(?:de\s+|d')$|"
    r"\bn'(?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?pu\s+$|"
    # "concentrent leurs attaques ... dans le but de prendre X", "ont lancé une attaque au
    # sud de la ville pour établir le contrôle sur X": an attack under way for the town.
    # (carried out, not prepared: "préparent une offensive pour prendre X" is a plan).
    r"\b(?:lanc|men|concentr|poursuiv|intensifi|multipli|redoubl|accentu)\w*\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:attaques?|assauts?|offensives?)\b[^.;:!?]{0,60}?"
    r"\b(?:dans\s+le\s+but\s+(?:de|d')|afin\s+(?:de|d')|pour|en\s+vue\s+(?:de|d'))\s*$"
)
# ... unless it has gone on for a while: "cherchent à prendre Bakhmout depuis des mois",
# "ville que Moscou cherche à conquérir depuis des semaines" is a fight for the town.
_SEEKING: Final = re.compile(r"\bcherch(?:e|ent|ait|aient)\s+(?:depuis\s+\w+\s+\w+\s+)?a\s+$")
_FOR_A_WHILE: Final = re.compile(r"[^,;:.!?]{0,40}?" + _SINCE)
_TRY: Final = re.compile(
    r"\b(?:tent(?:e|ent|ait|aient|ant)|essai(?:e|ent)|essay(?:e|ent|ait|aient|ant)|"
    r"(?:ont|a|avaient|avait)\s+(?:tente|essaye))\s+(?:de|d')"
)
_ATTEMPTED: Final = frozenset({"captured", "recaptured", "encircled", "contested"})
# A cue that opens with the town's noun: "la ville assiégée de X"
_ATTRIBUTIVE: Final = re.compile(r"(?:ville|cite|localite|bourg|village)\s")
# "presque entièrement", "quasiment totalement": most of the town, not all of it ("entièrement
# ou presque entièrement" is all of it).
NEARLY_ALL: Final = re.compile(
    r"(?<!\bou\s)\b(?:presque|quasi\w*)(?:\s+|-)(?:entierement|totalement|completement|integralement|"
    r"(?:la\s+)?totalite)\b"
)
# "quasiment encerclée", "partiellement encerclées": not encircled yet, fought for.
_NEARLY: Final = re.compile(r"\b(?:quasi\w*|presque|pratiquement|partiellement|semi)\s*$")
# ... "a quasiment perdu le contrôle de X": not lost yet, fought for (a state, "X est
# presque tombée", is no claim: held-out set 15)
_NEARLY_DONE: Final = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:quasi\w*|presque|pratiquement)\s*$"
)
_FAILED: Final = re.compile(r"\bn'(?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?(?:reussi|pu)\b")


def is_failed_attempt(folded: str, link: Link, clause_start: int) -> bool:
    """ "n'a pas réussi à prendre X": for an attempt, the negation is the attempt's own.

    Call it on a link :func:`is_attempt` accepted; the fight is told, not denied.
    """
    lead = folded[clause_start : link.hit.start].rsplit(",", 1)[-1]
    return _FAILED.search(lead) is not None


def is_attempt(folded: str, link: Link, clause_start: int) -> bool:
    """Whether a capture or an encirclement is told as an attempt under way: a fight.

    "Les forces russes tentent de conquérir X" says that X is attacked, not
    taken; a hedge before the attempt ("pourraient tenter de") keeps it a
    hedge.

    Examples
    --------
    >>> from geoatlas.records import Mention
    >>> t = fold_text("Les Russes tentent de prendre Pokrovsk.")
    >>> m = Mention("a", 30, 38, "Pokrovsk", t, 0, len(t), None)
    >>> [hit] = find_cues(t, 0, len(t))
    >>> is_attempt(t, Link(hit, Group((m,), False), (m,), "before", "bare"), 0)
    True
    """
    hit = link.hit
    if hit.cue.status == "encircled" and _NEARLY.search(folded, max(0, hit.start - 20), hit.start):
        return True
    if hit.cue.status in ("captured", "recaptured") and _NEARLY_DONE.search(
        folded, max(0, hit.start - 30), hit.start
    ):
        return True  # "l'Ukraine a quasiment perdu le contrôle de X", "ont presque pris X"
    if hit.cue.status not in _ATTEMPTED or link.direction not in ("before", "object"):
        return False
    lead = folded[clause_start : hit.start].rsplit(",", 1)[-1]
    if hit.cue.status == "contested":
        # "tentent de mener des actions d'assaut contre X": attacking is fighting.
        attempt = _TRY.search(_last_words(lead, 6) + " ")
    else:
        attempt = _ATTEMPT.search(lead)
        if attempt is None:
            seeking = _SEEKING.search(lead)
            after = max(hit.end, link.group.end)
            if seeking is not None and _FOR_A_WHILE.match(folded, after, after + 90):
                attempt = seeking
    if attempt is None:
        return False
    return not HEDGE_BEFORE.search(_last_words(lead[: attempt.start()], 6) + " ")


Negation = Literal["none", "negated", "governing", "not_yet", "partial"]

_NEGATION_GLUE: Final = frozenset(
    "pas plus jamais point nullement guere a ont est sont ete etait etaient avait avaient "
    "avoir etre se s'est s'etait toujours vraiment completement totalement entierement "
    "integralement encore "
    # "affirmait que Myrnohrad n'était soi-disant pas encerclée": the writer's doubt
    "soi disant".split()
)
# "n'ont pas entièrement pris X": not all of it, so a part (find_negation's "partial")
_WHOLLY_WORDS: Final = frozenset({"entierement", "totalement", "completement", "integralement"})

# A comma or "et", then a finite verb: the negation closed with the clause before it
# ("n'est pas encerclée et est sous le contrôle de l'armée").
_NEW_VERB: Final = re.compile(
    r"(?:,|\bet\b|\bmais\b)\s*(?:[\w']+\s+)?"
    r"(?:a|ont|est|sont|s'est|se\s+sont|avait|avaient|etait|etaient|reste|restent|demeure)(?:\s|$)"
)


# The rest of a negated subject: "aucun [soldat russe] n'est entré".
_NEGATED_SUBJECT: Final = re.compile(r"(?:\s+[\w'-]+){1,3}\s+")


def find_negation(folded: str, link: Link, clause_start: int) -> Negation:
    """Whether the cue is negated, and whether the negation bears on the cue itself.

    ``governing``: "n'a pas été prise", "ne s'est pas retiré de" (a side saying
    so denies); ``negated``: a negation elsewhere in the clause ("n'a pas
    confirmé la prise de"), which drops the claim; ``not_yet``: "pas encore";
    ``partial``: "n'ont pas entièrement pris le contrôle de X", a part of it taken.
    """
    hit = link.hit
    lead_from = clause_start
    if link.direction != "before":
        lead_from = max(clause_start, link.group.end)
    lead = _last_words(folded[lead_from : hit.start], 8)
    tail = " ".join(folded[hit.end : hit.end + 30].split()[:2])
    if hit.cue.status == "held" and NOT_YET.search(folded, hit.start, hit.end):
        return "none"  # "X n'est toujours pas tombée": a hold, its negation its own
    if NOT_YET.search(f"{lead} {folded[hit.start : hit.end]} {tail}"):
        return "not_yet"
    markers = list(NEGATION_MARKER.finditer(lead))
    if not markers:
        return "none"
    marker = markers[-1]
    after_marker = lead[marker.end() :]
    scope = f"{after_marker} {folded[hit.start : hit.end]} {tail}"
    if (
        marker.group().startswith("n")
        and not NEGATION_SCOPE.search(scope)
        # "aucun soldat russe n'est entré dans X": the subject carries the negation
        and not any(
            m.group().startswith("aucun")
            and _NEGATED_SUBJECT.fullmatch(lead, m.end(), marker.start())
            for m in markers[:-1]
        )
    ):
        return "none"  # "ne ... que" restricts, it does not negate
    if _NEW_VERB.search(after_marker):
        return "none"  # "..., dans laquelle ils n'ont aucune issue, s'est formée après la prise"
    between = re.findall(r"[\w']+", after_marker)
    if all(w in _NEGATION_GLUE for w in between):
        if hit.cue.status in ("captured", "recaptured") and _WHOLLY_WORDS & set(between):
            return "partial"
        return "governing"
    return "negated"


@dataclass(frozen=True, slots=True)
class DenialHit:
    """A denial word bearing on a claim."""

    name: str
    start: int
    end: int


# A denial reaches its object clause, not a new statement after it ("..., affirmant que").
_DENIAL_BLOCK: Final = re.compile(
    r"[;:.!?]|\bmais\b|\btandis\b|\blorsque\b|\bcar\b|\bpuisque\b|\balors\b|\bpendant\b|"
    r"\b(?:affirmant|assurant|precisant|ajoutant|indiquant|expliquant|soulignant|declarant|"
    r"confirmant)\b|"
    # "dément les allégations russes sur X et confirme que la défense de Y se poursuit": a
    # statement of the denier's own
    r"\bet\s+(?:(?:a|ont)\s+)?(?:affirm|assur|precis|ajout|indiqu|expliqu|soulign|declar|confirm)"
    r"\w*\s+(?:que|qu')|"
    # "démenti par l'état-major ukrainien, qui contrôlait encore l'ouest de la ville": the
    # relative tells of the denier; it is asserted, not denied.
    r"\bpar\s[^,;:.!?]{1,60},\s*qui\s|"
    # "démentie par Kiev selon qui des combats se poursuivaient à X": the denier's own account
    r"\bpar\s[^,;:.!?]{1,60}?\bselon\s+(?:qui|lequel|laquelle|lesquels|lesquelles|eux|elle|lui)\b"
)


def find_denial(folded: str, link: Link, sentence: tuple[int, int]) -> DenialHit | None:
    """A denial ("dément", "rejette", "n'est pas vrai") that bears on the linked claim.

    Examples
    --------
    >>> from geoatlas.records import Mention
    >>> t = fold_text("Kiev dément la prise de Bakhmout.")
    >>> m = Mention("a", 24, 32, "Bakhmout", t, 0, len(t), None)
    >>> [hit] = find_cues(t, 0, len(t))
    >>> find_denial(t, Link(hit, Group((m,), False), (m,), "before", "noun"), (0, len(t))).name
    'dément'
    """
    start, end = sentence
    first = min(link.hit.start, link.group.start)
    last = max(link.hit.end, link.group.end)
    for index, match in DENIAL_SET.finditer(folded, start, end):
        denial = DENIALS[index]
        if _REFRAINED.search(folded, max(start, match.start() - 40), match.start()):
            continue  # "s'est gardé de démentir ou de confirmer", "sans démentir"
        if denial.place != "before" and match.start() >= last:
            span = (last, match.start())
        elif denial.place != "after" and match.end() <= first:
            span = (match.end(), first)
            if (
                denial.name == "prétendu"
                and len(folded[match.end() : first].split()) > _QUALIFIED_REACH
            ):
                # "La soi-disant « administration » de X affirme que ...": the word
                # qualifies a noun of its own, not the claim further on.
                continue
        elif link.hit.cue is _POCKET and link.group.end <= match.start() < link.hit.start:
            # a fronted town, then the denial of the pocket after it: "À X, il n'y a pas
            # d'encerclement"
            span = (match.end(), link.hit.start)
        else:
            continue
        # "de fausses déclarations affirmant la prise de X": the participle tells the
        # statement that is false; after a verb ("Kiev dément, affirmant que...") it
        # starts another statement.
        block = _NOUN_DENIAL_BLOCK if denial.name in NOUN_DENIALS else _DENIAL_BLOCK
        if not block.search(folded, *span):
            return DenialHit(denial.name, match.start(), match.end())
    return None


_REFRAINED: Final = re.compile(
    r"\b(?:gard\w*\s+de|sans|refus\w*\s+de|absten\w*\s+de|evit\w*\s+de|"
    # "En dépit des démentis de Kiev, Moscou a annoncé la prise de X": the claim stands
    # (and the denial is Kiev's: find_trailing_denial)
    r"en\s+depit\s+(?:des|de\s+ses|de\s+leurs)|malgre\s+(?:les|des|ses|leurs))\s+$"
)
# "En dépit des démentis du côté ukrainien, ...": who denies, before the comma.
_CONCESSIVE_DENIAL: Final = re.compile(
    r"\b(?:en\s+depit\s+(?:des|de\s+ses|de\s+leurs)|malgre\s+(?:les|des|ses|leurs))\s+"
    r"(?P<denial>dementis?\b[^,;:.!?()]{0,50})"
)
# Words between "prétendu" and the claim it qualifies: "un prétendu encerclement", "des
# informations prétendument sur la capture de".
_QUALIFIED_REACH: Final = 2
NOUN_DENIALS: Final = frozenset({"fausses informations", "rien ne confirme"})
"""Denials that name the false statement ("de fausses déclarations affirmant ...")."""
_NOUN_DENIAL_BLOCK: Final = re.compile(
    r"[;:.!?]|\bmais\b|\btandis\b|\blorsque\b|\bcar\b|\bpuisque\b|\balors\b|\bpendant\b"
)


def find_trailing_denial(
    folded: str, link: Link, sentence: tuple[int, int], claimant_side: Side | None
) -> tuple[Side, str | None] | None:
    """A denial by another speaker right after the claim ("..., Kiev dément"), or set
    before it as a concession ("En dépit des démentis de Kiev, ...").

    Returns the denier's side and claimant key ("une affirmation démentie par
    l'armée ukrainienne": UA, "UA General Staff"), or ``None``.

    Examples
    --------
    >>> from geoatlas.records import Mention
    >>> t = fold_text("Moscou revendique la prise de Bakhmout, Kiev dément.")
    >>> m = Mention("a", 30, 38, "Bakhmout", t, 0, len(t), None)
    >>> [hit] = find_cues(t, 0, len(t))
    >>> link = Link(hit, Group((m,), False), (m,), "before", "noun")
    >>> find_trailing_denial(t, link, (0, len(t)), "RU")
    ('UA', 'UA officials')
    """
    # "..., revendiquée par la Russie mais démentie par l'Ukraine": the denier follows "mais"
    begin, stop = trailing_denial_start(folded, link, sentence), sentence[1]
    if begin is None:
        fronted = _CONCESSIVE_DENIAL.search(
            folded, sentence[0], min(link.hit.start, link.group.start)
        )
        if fronted is None:
            return None
        begin, stop = fronted.span("denial")
    for hit in find_entities(folded, begin, stop):
        side = _side_of(hit, folded, claimant_side)
        if side is not None:
            key = hit.entity.claimant
            if hit.entity.relative == "named":
                key = resolve_named(folded, hit.start)
            return side, key
    return None


def _trailing_denial(folded: str, link: Link, sentence: tuple[int, int]) -> re.Match[str] | None:
    at = max(link.hit.end, link.group.end)
    return TRAILING_DENIAL.match(folded, at, sentence[1]) or BRACKETED_DENIAL.match(
        folded, at, sentence[1]
    )


def trailing_denial_start(folded: str, link: Link, sentence: tuple[int, int]) -> int | None:
    """Where a denial right after the claim begins ("..., ce que dément Kiev"), if one does."""
    found = _trailing_denial(folded, link, sentence)
    if found is None:
        return None
    but = folded.find(" mais ", found.start(), found.end())
    return found.start() if but < 0 else but


ADJECTIVE_DENIALS: Final = frozenset({"prétendu", "impossible de dire que"})
"""Denials that qualify the claim ("un prétendu encerclement") rather than a verb's."""


def find_denier(
    folded: str,
    denial: DenialHit,
    entities: Sequence[EntityHit],
    sentence_start: int,
    claimant_side: Side | None,
    *,
    after_claim: bool = False,
) -> Side | None:
    """The side that denies: the subject of the denial verb, else the speaker's side.

    ``after_claim``: the denial follows the claim ("les déclarations des Russes selon
    lesquelles ... sont des mensonges"): its subject is the claim, the speaker denies.
    """
    clause_start = find_clause_start(folded, sentence_start, denial.start)
    # "les déclarations de Poutine (selon lesquelles X est tombée) étaient fausses": who
    # says so, named before ("des blogueurs russes ont déclaré que ..."), else Putin's enemy.
    caller = _caller_of_false(
        folded,
        entities,
        sentence_start if after_claim else clause_start,
        denial.start,
        claimant_side,
    )
    if after_claim or (denial.name in ADJECTIVE_DENIALS and claimant_side is not None):
        # "un prétendu encerclement": the one who calls it so is the speaker.
        return caller if after_claim and caller is not None else claimant_side
    subject = _subject(folded, entities, clause_start, denial.start, claimant_side)
    if subject is None and caller is not None:
        return caller
    if subject is None and denial.name == "rien ne confirme" and claimant_side is not None:
        # "aucun fait ne vient confirmer les déclarations du Kremlin selon lesquelles...":
        # the claim is the Kremlin's; the one who doubts it is its enemy.
        return other_side(claimant_side)
    if (
        subject is not None
        and denial.name in NOUN_DENIALS
        and _SPREADS.search(folded, clause_start, denial.start)
    ):
        # "les Russes ont diffusé de fausses déclarations": who spreads them is not who
        # calls them false.
        return other_side(subject)
    return subject if subject is not None else claimant_side


def _caller_of_false(
    folded: str,
    entities: Sequence[EntityHit],
    lo: int,
    hi: int,
    claimant_side: Side | None,
) -> Side | None:
    """Who calls false the statements of a side named in ``lo:hi`` ("les déclarations de
    Poutine"): the subject named before them, else the author's enemy; None if none named.
    """
    for hit in reversed(entities):
        if (
            lo <= hit.start
            and hit.end <= hi
            and _STATEMENTS_OF.search(folded, max(lo, hit.start - 40), hit.start)
        ):
            speaker = _subject(folded, entities, lo, hit.start, claimant_side)
            if speaker is not None:
                return speaker
            return None if hit.entity.side is None else other_side(hit.entity.side)
    return None


_STATEMENTS_OF: Final = re.compile(
    rf"\b{STATEMENTS}\s+(?:[\w'-]+\s+)?(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')$"
)
_SPREADS: Final = re.compile(r"\b(?:diffus|propag|repand|relai|relay|colport|fabriqu)\w*")


# --- who does it -----------------------------------------------------------------------

# "par son armée", "par leurs troupes": a side named by a possessive
_OWN_ARMY: Final = re.compile(
    r"\b(?:son|sa|ses|leur|leurs|notre|nos)\s+(?:armee|troupes|forces|soldats)\b"
)
ActorSource = Literal[
    "cue",
    "agent",
    "subject",
    "pronoun",
    "encircled",
    "default",
    "claimant",
    "country",
    "article",
    "none",
    "model",  # the claims model's likelier side (geoatlas.claims.model)
]


def _side_of(hit: EntityHit, folded: str, claimant_side: Side | None) -> Side | None:
    entity = hit.entity
    if entity.side is not None:
        return entity.side
    if entity.relative == "own":
        return claimant_side
    if entity.relative == "enemy" and claimant_side is not None:
        return other_side(claimant_side)
    if entity.relative == "named":
        side = None if (key := resolve_named(folded, hit.start)) is None else CLAIMANTS[key]
        return side if side in ("RU", "UA") else None
    return None


def _agent(
    folded: str,
    position: int,
    end: int,
    claimant_side: Side | None,
    *,
    lead: bool = True,
    from_loser: bool = False,
) -> Side | None:
    """The side after "par", "aux mains des", "sous le contrôle de" at ``position``.

    With ``from_loser``, a bare "aux" names whom the town was taken from
    ("reprise aux Russes"): the actor is their enemy.
    """
    begin = position
    if lead:
        found = AGENT_LEAD.match(folded, position, end)
        if found is None or _NAMED_BY.search(folded, max(0, position - 60), position):
            return None
        begin = found.end()
        if from_loser and _FROM.match(found.group()):
            side = _agent(folded, begin, end, claimant_side, lead=False)
            return other_side(side) if side is not None else None
    # The name may come a few words on: "par les forces de Wagner".
    reach = _AGENT_REACH.match(folded, begin, end)
    stop = reach.end() if reach else begin
    for hit in find_entities(folded, begin, min(end, stop + 40)):
        if hit.start <= stop:
            return _side_of(hit, folded, claimant_side)
    return None


_APPOSED_AFTER: Final = re.compile(r"\s*,")
_FALLING: Final = frozenset({"tombé", "chute", "chute (dont)", "la première ville à tomber"})
_REGION_ASIDE: Final = re.compile(
    r"\s*,\s*dans\s+la\s+(?:region|province|oblast)\s+(?:de\s+|d')[\w'-]+\s*,(?=\s*par\b)"
)
_SUBJECT_PRONOUN: Final = re.compile(r"[\s,]*(?:ils|elles)\b")
_THEY_BEFORE: Final = re.compile(r"\b(?:ils|elles)\s+(?:[\w'-]+\s+){0,3}$")
_OUR_WORDS: Final = re.compile(r"\b(?:notre|nos|nous)\b")
# "« Nos soldats tiennent bon. Ils ont repoussé ... »": then "ils" are ours.
_OUR_TROOPS: Final = re.compile(
    r"\b(?:notre|nos)\s+(?:[\w'-]+\s+)?(?:troupes|armee|soldats|forces|combattants|unites|"
    r"militaires|defenseurs|hommes|gars|brigades?|garnison)\b"
)
_LOSS_FOR: Final = re.compile(
    r"\b(?:revers|coup\s+dur|defaite|camouflet|echec|humiliation)\s+(?:[\w'-]+\s+){0,4}?pour\s+|"
    # "la chute d'Izium a été la pire défaite de Moscou"
    r"\b(?:pire|plus\s+grande?|plus\s+lourde|grave|lourde|cuisante|nouvelle)\s+(?:defaite|revers)\s+"
    r"(?:de\s+|d'|du\s+)(?=\S)"
)
_AGENT_REACH: Final = re.compile(r"[\s,]*(?:[\w'-]+\s+){0,3}")
# "X, appelée Y par les Ukrainiens": who names the town, not who took it.
_NAMED_BY: Final = re.compile(
    r"\b(?:appel|nomm|surnomm|baptis|rebaptis|renomm)(?:e|ee|es|ees)\s+(?:[\w'-]+[\s-]+){0,3}?[\w'-]+$"
)
# ("reprise aux mains des Russes": from their hands)
_FROM: Final = re.compile(r"[\s,]*(?:[\w'-]+\s+)*?aux(?:\s+mains\s+(?:des|de|du|d'))?\s*$")


_PARTICIPIAL: Final = re.compile(
    r"(?:\bapres\s+(?:avoir|etre)\s+(?:[\w'-]+\s+)?|\bavant\s+(?:de\s+|d'))$"
)
_MAIN_SUBJECT_REACH: Final = 40
_GERUND_EN: Final = re.compile(r"\ben\s+$")


def _is_gerund(folded: str, clause_start: int, hit: CueHit) -> bool:
    """ "En prenant le contrôle de X, l'armée ukrainienne ...": the main clause's subject acts."""
    first = folded[hit.start : hit.end].split(maxsplit=1)
    return (
        bool(first)
        and first[0].endswith("ant")
        and _GERUND_EN.search(folded, clause_start, hit.start) is not None
    )


# "Forte de son succès dans la reprise de X, l'Ukraine ...", "Avec la reprise de X, l'armée
# ukrainienne ...": the subject's own gain ("Après la reprise de X, les Russes ont bombardé
# la ville" says nothing of who retook it).
_FRONTED_LEAD: Final = re.compile(
    r"[\s\W]*(?:avec|grace\s+a|fort(?:e|s|es)?\s+de|(?:depuis|apres)\s+(?:sa|son|leur)\b)"
    r"[^,;:.!?]*$"
)
# "Après la libération de X, les forces russes se sont rapprochées": the liberator is the
# main clause's subject (a word each side uses of its own gains, so it names no side itself).
_FRONTED_GAIN_LEAD: Final = re.compile(r"[\s\W]*(?:depuis|apres)\s+l[ae]\s+$")
# Concessive only: "Depuis la perte d'Avdiivka, l'armée russe a intensifié ..." names the
# winner.
_FRONTED_LOSS: Final = re.compile(r"[\s\W]*(?:malgre|en\s+depit\s+de)\s+(?:la|sa|leur)\s+$")
_FRONTED_REACH: Final = 120  # characters from the town to the main clause's subject
# The main clause's subject opens it: ", l'armée ukrainienne", not ", la défense des forces".
_CLAUSE_OPENING: Final = re.compile(r",\s*(?:(?:le|la|les|l'|leurs?|ses|son|sa|nos|notre)\s*)?$")
_FORCED: Final = re.compile(
    r"\b(?:forc(?:e|ee|ees|ant|ent|ait|aient|er)|contrai(?:nt|nte|nts|ntes|gnant|gnent|gnait|"
    r"gnaient|ndre)|oblig(?:e|ee|es|ees|eant|ent|eait|eaient|er))\s+"
    r"(?P<made>(?:[\w'-]+\s+){1,4}?)(?:a|de|d')\s*$"
)


def _qualified_by_participle(
    folded: str,
    link: Link,
    entities: Sequence[EntityHit],
    clause_start: int,
    claimant_side: Side | None,
) -> Side | None:
    """ "la garnison ukrainienne assiégée de X": the side of the troops an encirclement's
    participle right after qualifies; they are encircled, not encircling."""
    if link.hit.cue.status != "encircled" or link.voice != "bare":
        return None
    if not _PARTICIPLE.search(folded[link.hit.start : link.hit.end].split()[0]):
        return None  # "les forces russes assiègent X": the verb's subject encircles
    if link.direction == "before" and _DIRECT_OBJECT.fullmatch(
        folded, link.hit.end, link.group.start
    ):
        return None  # "l'armée russe assiège X" (folded, "assiégé"): a verb and its object
    return _side_right_before(folded, entities, clause_start, link.hit.start, claimant_side)


_RIGHT_AFTER: Final = re.compile(r"\s*")
_IN_RETREAT: Final = " en "  # "les forces ukrainiennes en retraite de X"
# "encercle X", "assiège la ville de X": the town right after the verb, with no preposition
_DIRECT_OBJECT: Final = re.compile(
    r"\s*(?:(?:la|le|les|l')\s*(?:villes?|localites?|villages?|cite)\s+(?:de\s+|d'))?"
)


def _side_right_before(
    folded: str,
    entities: Sequence[EntityHit],
    clause_start: int,
    at: int,
    claimant_side: Side | None,
) -> Side | None:
    """The side of the troops named right before ``at`` in the clause, if any."""
    before = [e for e in entities if clause_start <= e.start and e.end <= at]
    if not before or _RIGHT_AFTER.fullmatch(folded, before[-1].end, at) is None:
        return None
    return _side_of(before[-1], folded, claimant_side)


def _participle_noun(
    folded: str,
    entities: Sequence[EntityHit],
    clause_start: int,
    hit: CueHit,
    claimant_side: Side | None,
) -> Side | None:
    """ "un ultimatum aux soldats ukrainiens défendant X": the side a present participle
    right after qualifies does it, not the clause's subject."""
    if not folded[hit.start : hit.end].split()[0].endswith("ant"):
        return None
    return _side_right_before(folded, entities, clause_start, hit.start, claimant_side)


# "les forces ukrainiennes à X", "les soldats dans la ville de X": troops at the town.
_LOCATED_AT: Final = re.compile(
    # not "les troupes russes sont à l'offensive à X": they attack it
    r"\s+(?:(?!(?:l'|a\s+l')?(?:offensive|attaque|assaut)\b)[\w'-]+\s+){0,3}?"
    r"(?:a|dans|en|au\s+sein\s+de)\s+"
    # ("combattant encore dans la ville occupée de X")
    r"(?:(?:la\s+|le\s+|l')?(?:ville|localite|cite|village|poche)\s+(?:[\w'-]+\s+)?(?:de\s+|d'))?"
)
_TRAILING_PARTICIPIAL: Final = re.compile(r",\s*apres\s+(?:avoir|etre)\s+(?:[\w'-]+\s+)?$")


def _subject(
    folded: str,
    entities: Sequence[EntityHit],
    lo: int,
    hi: int,
    claimant_side: Side | None,
    *,
    strict: bool = True,
) -> Side | None:
    """The side named last in ``folded[lo:hi]``; if ``strict``, not after a preposition.

    A side named right before "et <cue>" with a side named before it is the object of
    the verb before ("l'armée russe a tué 200 soldats ukrainiens et pris X"): the
    subject is the one before. A side followed by "qui" is the subject of the relative
    clause the cue is in ("face aux forces russes qui sont à l'offensive après s'être
    emparées de X"), even after a preposition.
    """
    for hit in reversed([hit for hit in entities if lo <= hit.start and hit.end <= hi]):
        if _RELATIVE_SUBJECT.fullmatch(folded, hit.end, hi):
            side = _side_of(hit, folded, claimant_side)
            if side is not None:
                return side
        if not hit.prepositional:
            break  # "... qui ... dans l'est de l'Ukraine après s'être emparées": not a subject
    inside = [
        hit
        for hit in entities
        if lo <= hit.start and hit.end <= hi and not (strict and hit.prepositional)
    ]
    for index in range(len(inside) - 1, -1, -1):
        hit = inside[index]
        if index and _COORDINATED_VERB.fullmatch(folded, hit.end, hi):
            continue
        if _OPEN_RELATIVE.search(folded, lo, hit.start) and _CLOSING_COMMA.match(
            folded, hit.end, hi
        ):
            # "L'armée russe, qui tente d'encercler l'armée ukrainienne, s'est emparée de X":
            # the object of a relative set off by commas
            continue
        if _AND_THEN.search(folded, max(hit.end, hi - 40), hi) and _OBJECT_OF_VERB.search(
            folded, max(lo, hit.start - 60), hit.start
        ):
            # "ont chassé les Ukrainiens de X et se sont emparés de Y": the object of the
            # verb before; the cue's subject is the one before it, or unsaid ("Ils ont ...")
            continue
        if (
            strict
            and _SOURCE_LEAD.fullmatch(folded, lo, hit.start)
            and _FRONTED_CLOSE.match(folded, hit.end, hi)
            and not _TROOP_WORD.search(folded, hit.start, hit.end)
        ):
            # "Selon le porte-parole de l'armée, le major général Igor Konachenkov, quatre
            # bataillons sont encerclés à X": the source set off before the clause
            continue
        side = _side_of(hit, folded, claimant_side)
        if side is not None:
            return side
    return None


# A relative clause opened after a comma and still open where the side is named, and the
# comma that closes it before the cue (:func:`_subject`)
_OPEN_RELATIVE: Final = re.compile(
    r",\s*(?:qui|dont|(?:par|dans|sur|avec|pour)\s+(?:lequel|laquelle|lesquels|lesquelles)|"
    # ("Les troupes russes, après avoir percé les défenses des forces ukrainiennes, ont pris")
    r"apres\s+(?:avoir|etre|s'etre))\s[^,;:.!?]*$"
)
_CLOSING_COMMA: Final = re.compile(r"[^,;:.!?]*,")
# the clause opens on "selon" (not "selon laquelle", a relative clause)
_SOURCE_LEAD: Final = re.compile(r"[\s\"«]*selon\s(?!(?:laquelle|lequel|lesquel))[^.;:!?]*")
_FRONTED_CLOSE: Final = re.compile(r"[\s)]*,")
_TROOP_WORD: Final = re.compile(rf"\b(?:{TROOPS}|occupants|ennemi)\b")
# "... forces russes qui sont à l'offensive dans l'est après s'être emparées de": up to the cue,
# within the relative clause (no comma: "qui occupaient X, reprenant la ville" is not theirs).
_RELATIVE_SUBJECT: Final = re.compile(r"[\s)]*,?\s*qui\s[^,;:()]*")
# "ont chassé les Ukrainiens": a side right after an auxiliary and its participle
_OBJECT_OF_VERB: Final = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:[a-z]+ment\s+)?[a-z]+(?:e|es|i|is|u|us)\s+$"
)
_AND_THEN: Final = re.compile(r"[\s,]et\s+(?:[\w']+\s+){0,3}$")
_COORDINATED_VERB: Final = re.compile(
    # ("a éliminé 2 680 soldats ukrainiens et deux chars, et pris le contrôle de X")
    r"(?:\s+et\s+[^,;:.!?]{1,40}?)?\s*,?\s+et\s+"
    r"(?:(?:a|ont|avoir|avait|avaient|aurait|auraient)\s+)?(?:[a-z]+ment\s+)?"
)


def _governing_subject(
    folded: str,
    entities: Sequence[EntityHit],
    lo: int,
    hi: int,
    claimant_side: Side | None,
) -> Side | None:
    """The subject of the verb that governs a noun cue ("Moscou a annoncé la prise de")."""
    for hit in reversed(entities):
        if lo <= hit.start and hit.end <= hi and not hit.prepositional:
            if NOUN_GOVERNOR.match(folded[hit.end : hi] + " ") or (
                _FOR_THE_DEED.fullmatch(folded, hit.end, hi)
                and _PRAISE.search(folded, max(0, hit.start - 250), hit.start)
            ):
                return _side_of(hit, folded, claimant_side)
            return None
    return None


# Who announced a noun cue: "l'annonce faite hier par la Russie de la libération de X".
_ANNOUNCED_BY: Final = re.compile(
    r"\b(?:annonce|revendication|affirmation|declaration|proclamation)s?\s+(?:[\w'-]+\s+){0,3}?"
    r"par\s+(?:la\s+|le\s+|les\s+|l')?(?:(?P<RU>russie|moscou|kremlin|russes|armee\s+russe)|"
    r"(?P<UA>ukraine|kiev|kyiv|ukrainiens|armee\s+ukrainienne))\s+(?:de\s+la\s+|du\s+|de\s+l'|des\s+)$"
)
# Praise for a deed names its doer: "des félicitations ont été reçues par le 252e régiment
# de fusiliers motorisés pour la libération du village de X".
_FOR_THE_DEED: Final = re.compile(
    r"\s*(?:[\w'-]+\s+){0,4}?pour\s+(?:la\s+|le\s+|l')[^,;:!?]{0,40}"  # the cue included
)
_PRAISE: Final = re.compile(r"\b(?:felicit|remerci|decor|recompens|medaill)\w*[^.!?\n]*$")


# "fait état d'assauts à X", "signale des attaques contre X": the attack the subject reports
_REPORTS_ATTACK: Final = re.compile(
    rf"\b{SPEECH_VERB}\s+(?:(?:de|des|du|d'une?|une?|les|la|le|l'|d')\s*)?"
    r"(?:(?:nouveaux|nouvelles|nouvel|nouvelle|violents|violentes|intenses|multiples|plusieurs|"
    r"nombreux|nombreuses|incessants|incessantes)\s+)?$"
)


def _side_in_cue(folded: str, hit: CueHit) -> Side | None:
    match = SIDE_ADJECTIVE.search(folded, hit.start, hit.end)
    if match is None:
        return None
    return "RU" if match.lastgroup == "RU" else "UA"


def find_actor(
    folded: str,
    link: Link,
    entities: Sequence[EntityHit],
    sentence: tuple[int, int],
    clause_start: int,
    claimant_side: Side | None,
) -> tuple[Side | None, ActorSource]:
    """The side that does what the cue says (captures, withdraws, holds, encircles).

    In order: a side inside the cue ("sous contrôle ukrainien"); the agent
    ("prise par les Russes"); for an encirclement told from inside ("les
    forces ukrainiennes à X étaient en position d'encerclement"), the enemy
    of the side encircled; the subject ("les troupes russes ont pris");
    a pronoun or possessive ("ses troupes") resolved to the side named
    before in the sentence, else the speaker's; the cue's usual side
    ("occupé": RU); for a noun or a passive, the speaker's side. A cue that
    names the loser ("perdu", "perte de") gives the loser's enemy.
    Pass ``claimant_side=None`` to accept only a side the sentence names.

    Examples
    --------
    >>> from geoatlas.records import Mention
    >>> t = fold_text("La prise de Pokrovsk par les Russes.")
    >>> m = Mention("a", 12, 20, "Pokrovsk", t, 0, len(t), None)
    >>> [hit] = find_cues(t, 0, len(t))
    >>> link = Link(hit, Group((m,), False), (m,), "before", "noun")
    >>> find_actor(t, link, [], (0, len(t)), 0, None)
    ('RU', 'agent')
    """
    cue = link.hit.cue
    side, source = _explicit_side(folded, link, entities, sentence, clause_start, claimant_side)
    if side is None and cue.default_actor is not None:
        side, source = cue.default_actor, "default"
    if (
        source == "subject"
        and cue.attack
        and _REPORTS_ATTACK.search(folded, clause_start, link.hit.start)
    ):
        # "l'armée ukrainienne fait état d'assauts à X": the subject reports the attack.
        side, source = None, "none"
    if side is None and cue.attack and claimant_side is not None:
        # "l'attaque en cours contre X", reported by Kiev: the attacker is Kiev's enemy.
        side, source = other_side(claimant_side), "claimant"
    if (
        side is None
        and claimant_side is not None
        and link.direction == "before"
        and _UNNAMED_FORCES.fullmatch(folded, clause_start, link.hit.start) is not None
    ):
        # "« Les forces ont repris le contrôle du village de X », a affirmé l'armée russe":
        # the speaker's own forces, named as a subject (so not "X a été prise", said of a
        # town its side lost)
        side, source = claimant_side, "pronoun"
    if (
        side is None
        and claimant_side is not None
        and (cue.status != "contested" or cue.speaker_gains)
        and (link.direction != "before" or link.voice == "noun" or cue.noun or cue.speaker_gains)
    ):
        side, source = claimant_side, "claimant"
    if side is None:
        return None, "none"
    return (other_side(side) if cue.inverse else side), source


# The subject of the speaker's own report, its side unsaid: "les forces ont repris".
_UNNAMED_FORCES: Final = re.compile(
    r"[\s\"'«»]*(?:les\s+)?(?:forces|troupes|unites|soldats|combattants|"
    # "les parachutistes (de la brigade) Sitcheslavsky ont pris le contrôle de X"
    r"parachutistes|fantassins|marines|(?:brigades?|bataillons?)\s+[\w'-]+)"
    r"(?:\s*\([^()]{1,40}\))?(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:ont|avaient)\s+(?:[\w'-]+\s+)?"
)
_ATTACK_NOUN: Final = re.compile(r"\b(?:attaques?|assauts?|offensives?)\b")
_SIDE_AFTER_NOUN: Final = re.compile(
    r"\s+(?:(?P<RU>russes?)|(?P<UA>ukrainiennes?)|(?P<enemy>ennemie?s?|adverses?))\b"
)


def _attacker_in_cue(
    folded: str, hit: CueHit, entities: Sequence[EntityHit], claimant_side: Side | None
) -> Side | None:
    noun = _ATTACK_NOUN.search(folded, hit.start, hit.end)
    if noun is None:
        return None
    adjective = _SIDE_AFTER_NOUN.match(folded, noun.end())
    if adjective is not None and adjective.lastgroup == "enemy":
        # "les troupes ont repoussé six attaques ennemies à X", says Moscou: Kiev's attacks
        return None if claimant_side is None else other_side(claimant_side)
    if adjective is not None:
        return "RU" if adjective.lastgroup == "RU" else "UA"
    for entity in entities:
        if noun.end() <= entity.start and entity.end <= hit.end:
            side = _side_of(entity, folded, claimant_side)
            if side is not None:
                return side
    return None


def _explicit_side(
    folded: str,
    link: Link,
    entities: Sequence[EntityHit],
    sentence: tuple[int, int],
    clause_start: int,
    claimant_side: Side | None,
) -> tuple[Side | None, ActorSource]:
    hit, cue = link.hit, link.hit.cue
    in_cue = _side_in_cue(folded, hit) if cue.side_in_cue else None
    if in_cue is None and cue.side_in_cue:
        # "sous le contrôle de l'ennemi": a side named relative to the speaker.
        inside = [e for e in entities if hit.start <= e.start and e.end <= hit.end]
        in_cue = _side_of(inside[-1], folded, claimant_side) if inside else None
    if in_cue is None and cue.side_in_cue and _OWN_ARMY.search(folded, hit.start, hit.end):
        # "L'Ukraine célébrait la libération par son armée de Kherson": the possessive's
        # owner, the sentence's subject (the first side it names; not "La Russie a subi
        # un revers contre l'Ukraine en annonçant le retrait de ses forces").
        owners = [e for e in entities if sentence[0] <= e.start and e.end <= hit.start]
        owner = _side_of(owners[0], folded, claimant_side) if owners else None
        if owner is not None and cue.side_in_cue == "victim":
            return other_side(owner), "encircled"  # "Kiev dément l'encerclement de ses troupes"
        if owner is not None:
            return owner, "subject"
    if in_cue is not None:
        return (in_cue, "cue") if cue.side_in_cue == "actor" else (other_side(in_cue), "encircled")
    if cue.attack and cue.status == "held":
        # "ont repoussé deux attaques menées par des unités des forces armées ukrainiennes
        # dans les zones de X", "repoussé des attaques ukrainiennes à X": the attackers are
        # named in the cue; the side that repelled them holds X.
        attacker = _attacker_in_cue(folded, hit, entities, claimant_side)
        if attacker is not None:
            return other_side(attacker), "cue"
    if cue.needs_agent:  # "détenues par", "aux mains des": the cue ends where the agent begins
        return _agent(folded, hit.end, sentence[1], claimant_side, lead=False), "agent"
    # (after the noun when a possessive before it stands for the town: "sa prise par")
    agent_from = max(link.group.end, hit.end) if link.direction == "before" else hit.end
    region = _REGION_ASIDE.match(folded, agent_from) if link.direction == "before" else None
    if region is not None:
        # "la libération de X, Y et Z, dans la région de Donetsk, par les unités du groupe Sud"
        agent_from = region.end()
    # ("tombée aux mains des Russes", "la chute de X aux mains des Russes": into their hands)
    taking = cue.status in ("captured", "recaptured") and cue.name not in _FALLING
    agent = None
    # ("l'armée russe a abandonné la ville de X aux forces de Kiev": in the active voice, who
    # is left the town receives it; the subject left)
    handed_over = link.voice == "active" and cue.status == "withdrawn"
    if not handed_over and not (
        link.direction == "before" and _APPOSED_AFTER.match(folded, agent_from)
    ):
        # "avoir reconquis Irpin, aux mains des Russes depuis février": after a comma, the
        # town's former state, not the one who took it.
        agent = _agent(folded, agent_from, sentence[1], claimant_side, from_loser=taking)
    if agent is not None:
        return (other_side(agent) if cue.agent_is_enemy else agent), "agent"
    withdrawal = cue.status == "withdrawn" and (cue.noun or link.voice == "noun")
    if link.direction in ("before", "object") and (cue.inverse or not cue.agentive or withdrawal):
        # "la perte de Lyman est un revers pour l'armée russe": the loser is named after;
        # "le repli de Kherson sonne comme un revers pour Moscou": the loser left.
        loss = _LOSS_FOR.search(folded, max(link.group.end, hit.end), sentence[1])
        loser = _agent(folded, loss.end(), sentence[1], claimant_side, lead=False) if loss else None
        if loser is not None:
            return (loser if cue.inverse or withdrawal else other_side(loser)), "subject"
    if link.direction in ("after", "relative"):
        if cue.status != "encircled":
            return None, "none"
        # Told from inside: "les forces ukrainiennes à X étaient encerclées",
        # "X, où des milliers de soldats ukrainiens étaient piégés".
        lo = link.group.end if link.direction == "relative" else clause_start
        inside = [
            e
            for e in entities
            if e.start >= link.group.end
            or _LOCATED_AT.fullmatch(folded, e.end, link.group.start) is not None
        ]
        # Not a side named before the town in another clause: "Pokrovsk est sous le contrôle
        # des forces russes, Mirnohrad est encerclée".
        encircled = _subject(folded, inside, lo, hit.start, claimant_side, strict=False)
        if encircled is not None:
            return other_side(encircled), "encircled"
        return None, "none"
    if not cue.agentive:
        return None, "none"
    forced = _FORCED.search(folded, clause_start, hit.start) if cue.infinitive else None
    if forced is not None:
        # "forçant les troupes de Moscou à quitter X": the one made to do it; "ont forcé
        # l'ennemi à quitter X": the forcer's enemy.
        made = _subject(
            folded, entities, forced.start("made"), forced.end("made"), None, strict=False
        )
        if made is None:
            forcer = _subject(folded, entities, clause_start, forced.start(), claimant_side)
            made = other_side(forcer) if forcer is not None else None
        return made, ("subject" if made is not None else "none")
    if cue.noun or link.voice == "noun":
        # The governing verb may be part of the cue ("a annoncé le contrôle de").
        subject = _governing_subject(folded, entities, clause_start, hit.end, claimant_side)
        if subject is None and folded.endswith(_IN_RETREAT, clause_start, hit.start):
            # "les restes des forces ukrainiennes en retraite de X": the troops in retreat
            subject = _side_right_before(
                folded, entities, clause_start, hit.start - len(_IN_RETREAT), claimant_side
            )
        if subject is None:
            # "l'annonce faite hier par la Russie de la libération de X"
            announced = _ANNOUNCED_BY.search(folded, max(clause_start, hit.start - 120), hit.start)
            if announced is not None:
                subject = "UA" if announced.group("UA") else "RU"
    else:
        subject = _participle_noun(folded, entities, clause_start, hit, claimant_side)
        if subject is None:
            subject = _subject(folded, entities, clause_start, hit.start, claimant_side)
    if subject is None and (
        _PARTICIPIAL.search(folded, clause_start, hit.start)
        or _is_gerund(folded, clause_start, hit)
    ):
        # "après avoir libéré X, les unités russes sont entrées ...", "avant de quitter X,
        # les occupants ont détruit ...": the main clause's subject.
        comma = folded.find(",", link.group.end, sentence[1])
        if comma >= 0:
            after = [e for e in entities if comma < e.start <= comma + _MAIN_SUBJECT_REACH]
            subject = _subject(folded, after[:1], comma, sentence[1], claimant_side)
        if subject is None and _TRAILING_PARTICIPIAL.search(folded, sentence[0], hit.start):
            # "L'Ukraine a assuré que la région est libérée, après avoir repris X": the
            # subject named before it.
            subject = _subject(folded, entities, sentence[0], hit.start, claimant_side)
    if subject is None and (
        (
            cue.status in ("captured", "recaptured")
            and cue.agentive
            and (
                _FRONTED_LEAD.match(folded, sentence[0], hit.start)
                or (cue.speaker_gains and _FRONTED_GAIN_LEAD.match(folded, sentence[0], hit.start))
            )
        )
        # "Malgré la perte de Kherson, l'armée russe continue ...": the loser is the main
        # clause's subject (the cue names the loser).
        or (cue.inverse and _FRONTED_LOSS.match(folded, sentence[0], hit.start))
    ):
        # "Depuis la reprise de Kherson, située sur la rive droite, l'armée ukrainienne mène
        # ...": a taking told in a fronted phrase is the main clause subject's (the subject
        # opens the clause: not "la défense des forces armées ukrainiennes").
        after = [
            e
            for e in entities
            if link.group.end < e.start <= link.group.end + _FRONTED_REACH
            and not e.prepositional
            and _CLAUSE_OPENING.search(folded, max(0, e.start - 20), e.start)
        ]
        subject = _subject(folded, after[:1], link.group.end, sentence[1], claimant_side)
    victim = _qualified_by_participle(folded, link, entities, clause_start, claimant_side)
    if victim is not None:
        return other_side(victim), "encircled"
    if subject is not None and cue.victim_subject:
        return other_side(subject), "encircled"
    if subject is not None:
        return subject, "subject"
    if POSSESSIVE.search(folded, clause_start, hit.start):
        # "les affirmations de Moscou selon lesquelles ses troupes...": the side named last.
        earlier = _subject(folded, entities, sentence[0], clause_start, claimant_side, strict=False)
        if earlier is None and _SUBJECT_PRONOUN.match(folded, clause_start, hit.start):
            # "Ils ont déjà pénétré dans cette localité": the subject of the sentence before.
            previous = previous_sentence(folded, sentence[0])
            if previous is not None:
                before = find_entities(folded, *previous)
                # its subject, not a source after "selon" ("Les forces russes avancent,
                # selon Kiev. Elles ont conquis X")
                earlier = _subject(folded, before, *previous, claimant_side) or _subject(
                    folded, before, *previous, claimant_side, strict=False
                )
        owner = earlier if earlier is not None else claimant_side
        if (
            owner is not None
            and _THEY_BEFORE.search(folded, clause_start, hit.start)
            and _OUR_WORDS.search(folded, *sentence)
            and not _OUR_TROOPS.search(folded, max(0, sentence[0] - 300), hit.start)
        ):
            # "« Notre front s'est effondré », a déclaré le général ukrainien. « Ils sont
            # entrés dans X »": in the speaker's own words, "ils" are the enemy.
            owner = other_side(owner)
        if owner is not None and cue.victim_subject:
            # "l'armée ukrainienne reconnaît que plusieurs de ses unités sont encerclées à X"
            return other_side(owner), "encircled"
        if owner is not None:
            return owner, "pronoun"
    return None, "none"
