"""Who says it: the speakers and sides named in a sentence, and the claimant of a claim.

The claimant is found where French news puts it: in the sentence ("selon le
ministère russe de la Défense", "Zelensky a déclaré", ", a affirmé le
ministère"), else in the sentence before it in the paragraph (a statement
that goes on: "Et d'ajouter : ..."), else at the head of the next sentence
(a quote on its own line, then "selon le communiqué du Kremlin"). A generic
claimant ("la Russie a déclaré") gives way to a specific one of the same side
in an adjacent sentence ("Selon une déclaration du ministère russe de la
Défense"). With none of these, the claim is the press's own: ``media``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from geoatlas.claims.cues import (
    ATTRIBUTION_LEAD,
    ENTITIES,
    ENTITY_SET,
    GENERIC_CLAIMANTS,
    PREPOSITIONS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    SPEECH_VERB,
    Entity,
)
from geoatlas.schema import CLAIMANTS, ClaimantSide, Side

__all__ = [
    "Attribution",
    "EntityHit",
    "continues",
    "find_attributions",
    "find_claimant",
    "find_entities",
    "next_sentence",
    "other_side",
    "previous_sentence",
    "resolve_ministry",
    "sentence_around",
]

# Sentences end at a full stop (with its closing quotes) or at any line break:
# cleaned articles put paragraphs, quotes and bullet points on lines.
_BOUNDARY: Final = re.compile(r"[.!?…]+[»\"”’)\s]*\s|\n")
_WORD: Final = re.compile(r"[\w']+")
_ANY_SPEECH: Final = re.compile(rf"\bselon\b|\bd'apres\b|\b{SPEECH_VERB}")
# "a-t-il ajouté", "elle a précisé": the speaker of the sentence before.
_PRONOUN_SPEECH: Final = re.compile(
    rf"-t-(?:il|elle|ils|elles)\b|\bd'ajouter\b|\b(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\s+"
    rf"(?:[\w'-]+\s+)?{SPEECH_VERB}"
)
_SOURCE_LEAD: Final = re.compile(r"\b(?:selon|d'apres|a\s+en\s+croire)\s+(?:[\w'-]+\s+){0,3}$")
# "des troupes russes, a-t-elle déclaré": the pronoun speaks, not the side before it.
_INVERTED_SPEAKER: Final = re.compile(r"[\s,]*(?:[\w'-]+\s+)?[\w']+-(?:t-)?(?:il|elle|ils|elles)\b")
# "Vladimir Rogov, un responsable installé par la Russie dans ..., a déclaré"
_APPOSITION_HEAD: Final = re.compile(r",\s*(?:(?:un|une|le|la|les)\s+|l')$")
_APPOSITION_SPEECH: Final = re.compile(
    rf"[^,;:.!?()]{{0,90}},\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:[\w'-]+\s+)?{SPEECH_VERB}"
)
_DETERMINERS: Final = frozenset("le la les l un une des ses leurs leur ces son sa".split())
_QUANTITIES: Final = frozenset(
    "milliers centaines dizaines plupart nombre groupe groupes unites plusieurs beaucoup "
    "millier centaine dizaine majorite reste".split()
)
_MINISTRIES: Final = frozenset({"RU MoD", "UA MoD"})
_NEIGHBOUR_REACH: Final = 1500  # characters searched for a neighbouring sentence
_MINISTRY_REACH: Final = 4000  # "le ministère" refers to a ministry named this close before


def other_side(side: Side) -> Side:
    """The enemy of ``side``."""
    return "UA" if side == "RU" else "RU"


@dataclass(frozen=True, slots=True)
class EntityHit:
    """A side or speaker named in the folded text, with its offsets."""

    start: int
    end: int
    entity: Entity
    prepositional: bool  # after "de", "contre", "aux"...: not a subject


# The same sentence is read for several links and as a neighbour: memoise per
# (article, span). A str caches its hash, so the key costs one pass per article.
@lru_cache(maxsize=512)
def find_entities(folded: str, start: int, end: int) -> tuple[EntityHit, ...]:
    """Every side or speaker named in ``folded[start:end]``, in text order.

    Examples
    --------
    >>> from geoatlas.claims.rules import fold_text
    >>> t = fold_text("Selon le ministère russe de la Défense, les forces ukrainiennes reculent.")
    >>> [(t[h.start:h.end], h.entity.side) for h in find_entities(t, 0, len(t))]
    [('ministere russe de la defense', 'RU'), ('forces ukrainiennes', 'UA')]
    """
    hits: list[EntityHit] = []
    for index, match in ENTITY_SET.finditer(folded, start, end):
        entity = ENTITIES[index]
        words = _WORD.findall(folded[max(0, match.start() - 30) : match.start()])
        words = [w.rstrip("'") for w in words]
        while len(words) > 1 and words[-1] in _DETERMINERS:  # "par les forces russes"
            words.pop()
        before = words[-1] if words else ""
        # "des milliers de soldats ukrainiens": a quantity, not a preposition.
        quantity = before in ("de", "d") and len(words) > 1 and words[-2] in _QUANTITIES
        # "selon (Vladimir) Poutine": a source, not the subject of what follows.
        source = _SOURCE_LEAD.search(folded, max(0, match.start() - 40), match.start())
        prepositional = (before in PREPOSITIONS and not quantity) or source is not None
        hits.append(EntityHit(match.start(), match.end(), entity, prepositional))
    return tuple(hits)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claimant named as the source of a statement."""

    claimant: str
    side: ClaimantSide
    start: int
    end: int


@lru_cache(maxsize=512)
def find_attributions(folded: str, start: int, end: int) -> tuple[Attribution, ...]:
    """Claimants of ``folded[start:end]`` that speak: "selon X", "X a déclaré", "a déclaré X".

    A name that only acts ("la Russie contrôle...") is no attribution.

    Examples
    --------
    >>> from geoatlas.claims.rules import fold_text
    >>> t = fold_text("La Russie a déclaré avoir pris la ville, selon des blogueurs russes.")
    >>> [a.claimant for a in find_attributions(t, 0, len(t))]
    ['RU officials', 'RU military bloggers']
    """
    found: list[Attribution] = []
    for hit in find_entities(folded, start, end):
        key = hit.entity.claimant
        if hit.entity.relative == "ministry":
            key = resolve_ministry(folded, hit.start)
        if key is None:
            continue
        before = folded[max(0, hit.start - 90) : hit.start]
        after = folded[hit.end : hit.end + 70]
        if (
            ATTRIBUTION_LEAD.search(before)
            or SPEECH_BEFORE.search(before)
            or (
                not hit.prepositional
                and SPEECH_AFTER.match(after)
                and not _INVERTED_SPEAKER.match(after)
            )
            or (
                _APPOSITION_HEAD.search(before)
                and _APPOSITION_SPEECH.match(folded, hit.end, min(len(folded), hit.end + 140))
            )
        ):
            found.append(Attribution(key, CLAIMANTS[key], hit.start, hit.end))
    return tuple(found)


def resolve_ministry(folded: str, position: int) -> str | None:
    """The ministry that a bare "le ministère" at ``position`` refers to, if named before."""
    lo = max(0, position - _MINISTRY_REACH)
    named = [
        h.entity.claimant
        for h in find_entities(folded, lo, position)
        if h.entity.claimant in _MINISTRIES
    ]
    return named[-1] if named else None


def previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """Offsets of the sentence that ends before ``start`` (within reach), if any."""
    lo = max(0, start - _NEIGHBOUR_REACH)
    window = text[lo:start]
    end = lo + len(window.rstrip())
    if end <= lo:
        return None
    begin = lo
    for match in _BOUNDARY.finditer(text, lo, end - 1):
        begin = match.end()
    if begin == lo and lo > 0:
        return None
    chunk = text[begin:end]
    begin += len(chunk) - len(chunk.lstrip())
    return (begin, end) if begin < end else None


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """Offsets of the sentence that holds ``position``."""
    lo = max(0, position - _NEIGHBOUR_REACH)
    begin = lo
    for boundary in _BOUNDARY.finditer(text, lo, position):
        begin = boundary.end()
    after = _BOUNDARY.search(text, position, min(len(text), position + _NEIGHBOUR_REACH))
    end = after.start() + len(after.group().rstrip()) if after else len(text)
    chunk = text[begin:end]
    return begin + len(chunk) - len(chunk.lstrip()), begin + len(chunk.rstrip())


def next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """Offsets of the sentence that begins after ``end`` (within reach), if any."""
    hi = min(len(text), end + _NEIGHBOUR_REACH)
    chunk = text[end:hi]
    begin = end + len(chunk) - len(chunk.lstrip())
    if begin >= hi:
        return None
    match = _BOUNDARY.search(text, begin + 1, hi)
    stop = match.start() + len(match.group().rstrip()) if match else hi
    return (begin, stop) if begin < stop else None


def _same_paragraph(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    return "\n" not in text[first[1] : second[0]]


def continues(text: str, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """Whether ``current`` goes on with ``previous`` (a quote, a lower-case start, a colon)."""
    head = text[current[0] : current[0] + 2].lstrip()
    tail = text[previous[0] : previous[1]].rstrip()[-1:]
    return bool(head) and (head[0] in "«\"“‘'" or head[0].islower() or tail not in '.!?…»”"')


Source = Literal["sentence", "neighbour", "media"]


def find_claimant(
    text: str, folded: str, sentence: tuple[int, int], position: int
) -> tuple[str, ClaimantSide, Source]:
    """The claimant of a claim whose cue is at ``position`` in ``sentence``.

    Returns the key of :data:`geoatlas.schema.CLAIMANTS`, its side, and where
    it was found.

    Examples
    --------
    >>> from geoatlas.claims.rules import fold_text
    >>> text = ("Le 5 novembre la Russie a declare que Pokrovsk etait encerclee. "
    ...         "Selon une declaration du ministere russe de la Defense les unites sont piegees.")
    >>> find_claimant(text, fold_text(text), (0, 63), 40)
    ('RU MoD', 'RU', 'sentence')
    """
    start, end = sentence
    here = find_attributions(folded, start, end)
    previous = previous_sentence(text, start)
    following = next_sentence(text, end)
    quoted = _quote_source(text, folded, sentence, position)
    if quoted is not None:
        return quoted.claimant, quoted.side, "sentence" if quoted.start < end else "neighbour"
    if here:
        before = [a for a in here if a.start < position]
        chosen = before[-1] if before else here[0]
        if chosen.claimant in GENERIC_CLAIMANTS:
            chosen = _more_specific(folded, chosen, (following, previous))
        return chosen.claimant, chosen.side, "sentence"
    goes_on = previous is not None and continues(text, previous, sentence)
    pronoun = _PRONOUN_SPEECH.search(folded, start, end) is not None
    if not (goes_on or pronoun) and _ANY_SPEECH.search(folded, start, end):
        # Someone we cannot name speaks here ("a déclaré le commandant X"):
        # the statement is not the previous sentence's.
        return "media", CLAIMANTS["media"], "media"
    if previous is not None and (goes_on or pronoun or _same_paragraph(text, previous, sentence)):
        earlier = find_attributions(folded, *previous)
        if earlier:
            return earlier[-1].claimant, earlier[-1].side, "neighbour"
    if following is not None and continues(text, sentence, following):
        head = find_attributions(folded, following[0], min(following[1], following[0] + 60))
        if head:
            return head[0].claimant, head[0].side, "neighbour"
    return "media", CLAIMANTS["media"], "media"


_QUOTE_REACH: Final = 60  # characters from a closing quote to the speaker named after it


def _quote_source(
    text: str, folded: str, sentence: tuple[int, int], position: int
) -> Attribution | None:
    """The speaker named right after the quotation that holds ``position``.

    "« Bakhmout a été prise samedi à midi », a affirmé Prigojine": the quote is
    Prigojine's, whoever else the sentence names before it. The quotation may
    run over several sentences of its paragraph ("Robotyne a été libéré. Nos
    forces avancent...", a déclaré Ganna Maliar).
    """
    paragraph_start = text.rfind("\n", 0, sentence[0]) + 1
    paragraph_end = text.find("\n", sentence[1])
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    before = text[paragraph_start:position]
    inside = (
        before.count("«") > before.count("»")
        or before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
    )
    if not inside:
        return None
    closings = [
        i for i in (text.find(q, position, paragraph_end) for q in ("»", "”", '"')) if i >= 0
    ]
    if not closings:
        return None
    closing = min(closings)
    after = find_attributions(folded, closing, min(paragraph_end, closing + _QUOTE_REACH))
    # ", a affirmé Prigojine" — not the subject of the next sentence.
    if after and not re.search(r"[.!?]", folded[closing + 1 : after[0].start]):
        return after[0]
    return None


def _more_specific(
    folded: str, chosen: Attribution, neighbours: tuple[tuple[int, int] | None, ...]
) -> Attribution:
    for span in neighbours:
        if span is None:
            continue
        for attribution in find_attributions(folded, *span):
            if attribution.side == chosen.side and attribution.claimant not in GENERIC_CLAIMANTS:
                return attribution
    return chosen
