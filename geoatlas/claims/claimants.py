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
    CLAIMED_BY,
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
    "Person",
    "continues",
    "find_attributions",
    "find_claimant",
    "find_entities",
    "find_people",
    "next_sentence",
    "other_side",
    "previous_sentence",
    "resolve_named",
    "sentence_around",
]

# Sentences end at a full stop (with its closing quotes) or at any line break:
# cleaned articles put paragraphs, quotes and bullet points on lines.
# r"[.!?…]+[»\"”’)\s]*\s|\n", written to start with a character class: the engine then
# skips to the next stop or line break instead of trying both branches at every character.
_BOUNDARY: Final = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?<!\b[A-Z]\.)(?<!\bMM\.)(?<!\bMme\.)(?<!\bDr\.)"
    r"[.!?…]*[»\"”’)\s]*\s|(?<=\n))"
)
_WORD: Final = re.compile(r"[\w']+")
_AFTER_COMMA: Final = re.compile(r",\s*(?:(?:le|la|les|l'|un|une|des|ses|leurs?|ces|son|sa)\s*)*$")
_ACTION_NOUNS: Final = frozenset(
    "avancee avancees progression progressions offensive attaque attaques assaut assauts "
    "percee retrait repli tirs frappes bombardements arrivee entree presence depart".split()
)
_WHO_AFTER: Final = re.compile(r"(?:\s+(?:russes?|ukrainien(?:ne)?s?))?\s*,?\s*qui\b")
_ANY_SPEECH: Final = re.compile(rf"\bselon\b|\bd'apres\b|\b{SPEECH_VERB}")
# "a-t-il ajouté", "elle a précisé": the speaker of the sentence before.
_PRONOUN_SPEECH: Final = re.compile(
    rf"-t-(?:il|elle|ils|elles)\b|\bd'ajouter\b|\b(?:il|elle|ils|elles)\s+"
    rf"(?:(?:a|ont|avait|avaient)\s+(?:[\w'-]+\s+)?)?{SPEECH_VERB}"
)
# "Il a réaffirmé que", "Il revendique la prise de X": a sentence opened by a pronoun that
# speaks ...
_OPENING_PRONOUN_SPEECH: Final = re.compile(
    rf"[\W\d_]*(?:il|elle|ils|elles)\s+(?:(?:a|ont|avait|avaient)\s+(?:[\w'-]+\s+)?)?{SPEECH_VERB}"
)
# ... or a pronoun inverted after its verb: "Tout au plus revendique-t-il la prise de X",
# "« ... », a-t-elle déclaré"
_INVERTED_PRONOUN_SPEECH: Final = re.compile(
    rf"\b{SPEECH_VERB}-(?:t-)?(?:il|elle|ils|elles)\b|"
    rf"\b(?:a|ont|avait|avaient)-t-(?:il|elle|ils|elles)\s+(?:[\w'-]+\s+)?{SPEECH_VERB}"
)
# "selon laquelle les forces ukrainiennes ont pris X" is a relative clause: its subject speaks
# for no one.
_SOURCE_LEAD: Final = re.compile(
    r"\b(?:selon(?!\s+(?:laquelle|lequel|lesquel))|d'apres|a\s+en\s+croire)\s+(?:[\w'-]+\s+){0,3}$"
)
# "des troupes russes, a-t-elle déclaré": the pronoun speaks, not the side before it.
_INVERTED_SPEAKER: Final = re.compile(r"[\s,]*(?:[\w'-]+\s+)?[\w']+-(?:t-)?(?:il|elle|ils|elles)\b")
# "Vladimir Rogov, un responsable installé par la Russie dans ..., a déclaré"
_APPOSITION_HEAD: Final = re.compile(r",\s*(?:(?:un|une|le|la|les)\s+|l')$")
_APPOSITION_SPEECH: Final = re.compile(
    rf"[^,;:.!?()]{{0,90}},\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:[\w'-]+\s+)?{SPEECH_VERB}"
)
# "Hanna Maliar, la vice-ministre ukrainienne de la Défense, a confirmé": the name, its
# apposition, then its speech verb.
_APPOSED_THEN_SPEECH: Final = re.compile(
    # "Hanna Malyar, vice-ministre de la défense, continue d'affirmer que"
    r",\s*(?:(?:le|la|les|un|une)\s+|l'|(?:vice-)?(?:ministre|porte-parole|chef|commandant)\b)"
    r"[^,;:.!?()]{0,90},\s*"
    rf"(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:[\w'-]+\s+)?(?:d'|de\s+)?{SPEECH_VERB}"
)
_DETERMINERS: Final = frozenset("le la les l un une des ses leurs leur ces son sa".split())
_QUANTITIES: Final = frozenset(
    "milliers centaines dizaines plupart nombre groupe groupes unites plusieurs beaucoup "
    "millier centaine dizaine majorite reste formations detachements poignee "
    # "une partie de la garnison ukrainienne s'est retirée", "les restes des forces ..."
    "partie moitie restes elements vingtaine trentaine quarantaine cinquantaine".split()
)
_NAMED_BY: Final = {
    "minist": frozenset({"RU MoD", "UA MoD"}),
    # "l'armée russe" is the Russian MoD's voice, "l'armée ukrainienne" the General Staff's
    "armee": frozenset({"RU MoD", "UA General Staff"}),
}
_NEIGHBOUR_REACH: Final = 1500  # characters searched for a neighbouring sentence
_NEAR_REACH: Final = 400
_NAMED_REACH: Final = 4000  # "le ministère", "l'armée" refer to one named this close before


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


_COUNTRY: Final = re.compile(r"\b(?:ukraine|russie)$")
_COUNTRY_AS_PLACE: Final = re.compile(
    r"(?:\ben|\b(?:est|ouest|nord|sud|centre)(?:-(?:est|ouest))?\s+de)\s+$"
)


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
        if _COUNTRY.search(match.group()) and _COUNTRY_AS_PLACE.search(
            folded, max(0, match.start() - 20), match.start()
        ):
            continue  # "la guerre en Ukraine", "une ville de l'est de l'Ukraine": a place
        words = _WORD.findall(folded[max(0, match.start() - 30) : match.start()])
        words = [w.rstrip("'") for w in words]
        # "ont stoppé l'avancée des envahisseurs russes": the side is the complement of an
        # action's noun, not the subject ("le commandement des forces ukrainiennes" is).
        noun = words[-2].split("'")[-1] if len(words) > 1 else ""
        complement = (
            len(words) > 1
            and words[-1] in ("des", "du")
            and noun in _ACTION_NOUNS
            # "le retrait des troupes russes qui occupaient X": the relative's subject
            and _WHO_AFTER.match(folded, match.end()) is None
        )
        while len(words) > 1 and words[-1] in _DETERMINERS:  # "par les forces russes"
            words.pop()
        before = words[-1] if words else ""
        if before and _AFTER_COMMA.search(folded, max(0, match.start() - 30), match.start()):
            before = ""  # "Depuis, l'armée ukrainienne a repris": an adverb, then the subject
        # "des milliers de soldats ukrainiens": a quantity, not a preposition.
        # ("quelques formations éparses de militants ukrainiens": one adjective between)
        quantity = before in ("de", "d") and any(w in _QUANTITIES for w in words[-3:-1])
        # "selon (Vladimir) Poutine": a source, not the subject of what follows.
        source = _SOURCE_LEAD.search(folded, max(0, match.start() - 40), match.start())
        prepositional = (
            (before in PREPOSITIONS and not quantity) or complement or source is not None
        )
        hits.append(EntityHit(match.start(), match.end(), entity, prepositional))
    return tuple(hits)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claimant named as the source of a statement."""

    claimant: str
    side: ClaimantSide
    start: int
    end: int


# --- people the article introduces: "Serhii Cherevatyi, le porte-parole ... des forces
# ukrainiennes", then "a déclaré Cherevatyi" three sentences on.

_TITLE: Final = (
    r"(?:porte-parole|chef|cheffe|commandant|commandante|ministre|vice-ministre|president|"
    r"vice-president|general|colonel|lieutenant-colonel|lieutenant|capitaine|major|officier|"
    r"responsable|dirigeant|dirigeante|gouverneur|conseiller|conseillere|maire|secretaire|"
    r"directeur|directrice|representant|representante|adjoint|adjointe|blogueur|blogueuse|"
    # ("le patron de Wagner a affirmé avoir pris le contrôle complet de X")
    r"correspondant|correspondante|depute|deputee|senateur|patron|patronne|fondateur)"
)
# "Cherevatyi, le porte-parole militaire du groupe oriental des forces ukrainiennes"
_INTRODUCED_AFTER: Final = re.compile(
    rf"\b(?P<name>[a-z][\w'-]{{2,}})\s*,\s*(?:(?:le|la|l'|un|une|son|sa|leur)\s*)?"
    rf"(?:[a-z-]+\s+){{0,2}}?{_TITLE}\b"
    r"(?P<rest>[^,.;:!?()«»\"]{0,100})"
)
# "le porte-parole de l'armée ukrainienne Serhii Cherevatyi a déclaré", "le porte-parole
# du ministère russe de la Défense, Igor Konachenkov, a ...": a title, then a full name.
_TITLE_WORD: Final = re.compile(rf"\b{_TITLE}\b")
_NAME_AFTER_TITLE: Final = re.compile(
    r"[^,.;:!?()«»\"]{0,90}?,?\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){1,2}(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]{2,})"
    r"(?=\s*,|\s+(?:a|avait|aurait)\s)"
)
# A full name: capitalised words, the surname last ("Serhii Cherevatyi", "Dmitri Peskov").
_FIRST_NAME: Final = re.compile(r"(?:^|[\s(«\"])[A-ZÀ-ÖØ-Þ][\w'’-]+\s+$")
_SIDE_WORD: Final = re.compile(r"\b(?:(?P<ru>russes?|prorusses?)|(?P<ua>ukrainien(?:ne)?s?))\b")
# "a déclaré le porte-parole de l'armée ukrainienne", "a indiqué un commandant des forces
# russes": the verb, a title, then the side the titled speaker speaks for.
_OF_WORDS: Final = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
_OF: Final = _OF_WORDS + "$"
_TITLED_SPEAKER: Final = re.compile(
    rf"\b{SPEECH_VERB}\s+(?:[\w'-]+\s+){{0,2}}?(?:(?:le|la|un|une|son|leur)\s+|l')"
    rf"(?:[a-z-]+\s+)?{_TITLE}\s+(?:[a-z'-]+\s+){{0,5}}?{_OF}"
)
# "un représentant de DeepState affirme": the titled person speaks for what follows "de".
_TITLE_OF: Final = re.compile(rf"\b{_TITLE}\s+(?:[a-z'-]+\s+){{0,2}}?{_OF}")
# "les forces russes ont pris X, a déclaré l'armée ukrainienne": the verb after the comma
# is the postposed speaker's, not the subject's.
_POSTPOSED_SPEECH: Final = re.compile(
    rf"[\w'-]\s*,\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:[\w'-]+\s+)?{SPEECH_VERB}$"
)
# "«X a été libérée des troupes russes», a écrit le ministère": the speaker follows its
# verb; the side before the comma ends the quotation.
_SPEAKER_AFTER_VERB: Final = re.compile(
    rf"[\s,]*,\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?{SPEECH_VERB}\s+"
    r"(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|mme)\s|l'|m\.|mm\.)"
)
# "Le chef de l'occupation russe à Kherson, Vladimir Saldo, a admis": the name between
# commas (blanked in the folded text, as every unknown capitalised word is) is the
# speaker's own, and the verb is the speaker's, not a postposed one's.
_APPOSED_NAME: Final = re.compile(
    rf",\s{{4,}},?\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:[\w'-]+\s+){{0,2}}?{SPEECH_VERB}$"
)
# SPEECH_BEFORE with a wider reach: "a déclaré samedi Serhii Cherevatyi" puts a day and a
# first name between the verb and the surname.
_SPOKEN_BEFORE: Final = re.compile(rf"\b{SPEECH_VERB}\s+(?:[\w'-]+\s+){{0,3}}$")


@dataclass(frozen=True, slots=True)
class Person:
    """A speaker the article introduces with a title and a side."""

    name: str  # folded surname, as the article repeats it
    claimant: str
    side: ClaimantSide


@lru_cache(maxsize=32)
def find_people(text: str, folded: str) -> tuple[Person, ...]:
    """The people ``folded`` introduces with a title and a side, by surname.

    News names a speaker in full once, with what they are ("Serhii Cherevatyi,
    le porte-parole militaire du groupe oriental des forces ukrainiennes"),
    then by surname alone ("a déclaré Cherevatyi"). The claimant is the
    institution named in the title when it is one ("le porte-parole du
    ministère russe de la Défense": RU MoD), else the side's officials. A
    surname introduced for both sides, or that is a common French word
    (wordfreq), is left out.

    Examples
    --------
    >>> from geoatlas.claims.rules import fold_text
    >>> text = "Serhii Cherevatyi, le porte-parole des forces ukrainiennes, a parlé."
    >>> find_people(text, fold_text(text))
    (Person(name='cherevatyi', claimant='UA General Staff', side='UA'),)
    """
    text, folded = _without_locative_brackets(text, folded)
    introduced: list[tuple[str, int, int]] = []  # surname, where its title's words are
    for match in _INTRODUCED_AFTER.finditer(folded):
        if _is_full_name(text, match.start("name"), match.end("name")):
            introduced.append((match.group("name"), match.start("rest"), match.end("rest")))
    for title in _TITLE_WORD.finditer(folded):
        named = _NAME_AFTER_TITLE.match(text, title.end())
        if named is not None:
            introduced.append((folded[named.start("name") : named.end("name")], *named.span()))
    found: dict[str, Person | None] = {}
    for name, start, end in introduced:
        person = _person(folded, name, start, end)
        if person is None or _is_common(name) or (name in found and found[name] is None):
            continue
        known = found.get(name)
        found[name] = person if known is None or known.side == person.side else None
    return tuple(p for p in found.values() if p is not None)


# "un responsable de l'administration russe dans la région de Kharkov (dans l'est de
# l'Ukraine), Vitali Gantchev": the bracket only locates; the title reads on past it.
_LOCATIVE_BRACKET: Final = re.compile(r"\((?:dans|a|au|en|pres)\b[^()]{0,80}\)")


def _without_locative_brackets(text: str, folded: str) -> tuple[str, str]:
    """``text`` and ``folded`` with their locative brackets blanked, offsets kept."""
    spans = [m.span() for m in _LOCATIVE_BRACKET.finditer(folded)]
    if not spans:
        return text, folded
    texts, foldeds, last = [], [], 0
    for start, end in spans:
        texts += [text[last:start], " " * (end - start)]
        foldeds += [folded[last:start], " " * (end - start)]
        last = end
    return "".join([*texts, text[last:]]), "".join([*foldeds, folded[last:]])


def _is_full_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a capitalised surname after a capitalised first name.

    "encerclé Vuhledar, le porte-parole du Kremlin": no first name, no person.
    """
    surname = text[start:end]
    return (
        surname[:1].isupper()
        and not surname.isupper()
        and bool(_FIRST_NAME.search(text, max(0, start - 30), start))
    )


def _person(folded: str, name: str, start: int, end: int) -> Person | None:
    """The claimant a title names between ``start`` and ``end``."""
    for hit in find_entities(folded, start, end):
        key = hit.entity.claimant
        if hit.entity.relative == "named":
            key = resolve_named(folded, hit.start)
        side = hit.entity.side if key is None else CLAIMANTS[key]
        if side in ("RU", "UA"):
            return Person(name, key if key is not None else f"{side} officials", side)
    adjective = _SIDE_WORD.search(folded, start, min(end, start + 40))
    if adjective is None:
        return None
    side = "RU" if adjective.group("ru") else "UA"
    return Person(name, f"{side} officials", side)


def _is_common(word: str) -> bool:
    from wordfreq import zipf_frequency  # loads its French list on first use only

    return bool(zipf_frequency(word, "fr") >= _COMMON_ZIPF)


_COMMON_ZIPF: Final = 2.5  # "region" 4.9, "ville" 5.5; "cherevatyi", "malyar" 0


def _person_attributions(
    folded: str, start: int, end: int, people: tuple[Person, ...]
) -> list[Attribution]:
    if not people:
        return []
    names = re.compile(r"\b(?:" + "|".join(re.escape(p.name) for p in people) + r")\b")
    by_name = {p.name: p for p in people}
    found = []
    for match in names.finditer(folded, start, end):
        before = folded[max(0, match.start() - 90) : match.start()]
        after = folded[match.end() : match.end() + 70]
        if (
            ATTRIBUTION_LEAD.search(before)
            or _SPOKEN_BEFORE.search(before)
            or (SPEECH_AFTER.match(after) and not _INVERTED_SPEAKER.match(after))
        ):
            person = by_name[match.group()]
            found.append(Attribution(person.claimant, person.side, match.start(), match.end()))
    return found


# "la reprise de X, qui n'a pas été confirmée par la Russie": Russia said nothing.
_UNSAID_BY: Final = re.compile(
    r"\bn'(?:a|ont|avait|avaient|est|etait)\s+(?:pas|jamais)\s+(?:encore\s+)?(?:ete\s+)?"
    r"[\w'-]+\s+(?:par\s+)?(?:[\w'-]+\s+|[a-z]')?$"
)


@lru_cache(maxsize=512)
def find_attributions(
    folded: str, start: int, end: int, people: tuple[Person, ...] = ()
) -> tuple[Attribution, ...]:
    """Claimants of ``folded[start:end]`` that speak: "selon X", "X a déclaré", "a déclaré X".

    A name that only acts ("la Russie contrôle...") is no attribution. A
    surname among ``people``, those the article introduced with a title and a
    side (:func:`find_people`), speaks for that side.

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
        if hit.entity.relative == "named" or (
            hit.entity.relative == "own" and folded.startswith("l'armee", hit.start)
        ):
            # "« ... », a indiqué l'armée": the army named before speaks (as a subject
            # "l'armée" is the speaker's own, :func:`geoatlas.claims.rules.find_actor`)
            key = resolve_named(folded, hit.start)
        if key is None:
            continue
        before = folded[max(0, hit.start - 90) : hit.start]
        after = folded[hit.end : hit.end + 70]
        speaks_after = SPEECH_AFTER.match(after)
        if (
            ATTRIBUTION_LEAD.search(before)
            or (SPEECH_BEFORE.search(before) and not _UNSAID_BY.search(before))
            or _TITLED_SPEAKER.search(before)
            or (
                (not hit.prepositional or _TITLE_OF.search(before) is not None)
                and speaks_after is not None
                and not _INVERTED_SPEAKER.match(after)
                and not _SPEAKER_AFTER_VERB.match(after)
                and (
                    not _POSTPOSED_SPEECH.search(speaks_after.group())
                    or _APPOSED_NAME.search(speaks_after.group()) is not None
                )
            )
            or (
                _APPOSITION_HEAD.search(before)
                and _APPOSITION_SPEECH.match(folded, hit.end, min(len(folded), hit.end + 140))
            )
            or (
                not hit.prepositional
                and _APPOSED_THEN_SPEECH.match(folded, hit.end, min(len(folded), hit.end + 140))
            )
        ):
            found.append(Attribution(key, CLAIMANTS[key], hit.start, hit.end))
    named = [(a.start, a.end) for a in found]
    for person in _person_attributions(folded, start, end, people):
        if not any(a < person.end and person.start < b for a, b in named):
            found.append(person)
    return tuple(sorted(found, key=lambda a: a.start))


def resolve_named(folded: str, position: int) -> str | None:
    """The ministry or army that a bare "le ministère" or "l'armée" at ``position`` refers
    to, if named before.

    Only a ministry named as one counts: troops speak through their ministry, but "«X a
    été libérée des troupes russes», a écrit le ministère" is not the Russian one's; and
    only an army named as one ("l'armée ukrainienne ... a indiqué l'armée").
    """
    noun = "armee" if folded.startswith("l'armee", position) else "minist"
    lo = max(0, position - _NAMED_REACH)
    named = [
        h.entity.claimant
        for h in find_entities(folded, lo, position)
        if h.entity.claimant in _NAMED_BY[noun] and noun in folded[h.start : h.end]
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
    # The last boundary: looked for near the end first, as most sentences are short.
    for near in (max(lo, end - _NEAR_REACH), lo):
        for match in _BOUNDARY.finditer(text, near, end - 1):
            begin = match.end()
        if begin > lo or near == lo:
            break
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
    text: str, folded: str, sentence: tuple[int, int], position: int, stop: int | None = None
) -> tuple[str, ClaimantSide, Source]:
    """The claimant of a claim whose cue is at ``position`` in ``sentence``.

    Returns the key of :data:`geoatlas.schema.CLAIMANTS`, its side, and where
    it was found. A speaker at or after ``stop`` is not the claim's: "Les Russes
    ont pris X, ce que dément Kiev" (``stop`` at the denial) is not Kiev's claim.

    Examples
    --------
    >>> from geoatlas.claims.rules import fold_text
    >>> text = ("Le 5 novembre la Russie a declare que Pokrovsk etait encerclee. "
    ...         "Selon une declaration du ministere russe de la Defense les unites sont piegees.")
    >>> find_claimant(text, fold_text(text), (0, 63), 40)
    ('RU MoD', 'RU', 'sentence')
    """
    start, end = sentence
    people = find_people(text, folded)
    here = [
        a for a in find_attributions(folded, start, end, people) if stop is None or a.start < stop
    ]
    contrast = _FRONTED_CONTRAST.match(folded, start, end)
    if contrast is not None and contrast.end() <= position:
        # "Alors que Moscou revendique la prise de X, les troupes ukrainiennes continuent de
        # combattre en périphérie de la ville": the speaker of the clause set against the
        # sentence does not tell the rest of it
        here = [a for a in here if a.start >= contrast.end()]
    claimed = _claimed_by(folded, position, end)
    if claimed is not None:
        return claimed, CLAIMANTS[claimed], "sentence"
    previous = previous_sentence(text, start)
    following = next_sentence(text, end)
    quoted = _quote_source(text, folded, sentence, position)
    if quoted is not None:
        return quoted.claimant, quoted.side, "sentence" if quoted.start < end else "neighbour"
    if here:
        # ("X, dont la prise avait été revendiquée par Moscou, et signalent des combats à
        # Y": the agent of a claim's noun speaks for that claim alone)
        before = [
            a
            for a in here
            if a.start < position
            and not _CLAIM_AGENT_BEFORE.search(folded, max(start, a.start - 40), a.start)
        ]
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
        earlier = find_attributions(folded, *previous, people)
        if earlier:
            return earlier[-1].claimant, earlier[-1].side, "neighbour"
        if _OPENING_PRONOUN_SPEECH.match(folded, start, end) or _INVERTED_PRONOUN_SPEECH.search(
            folded, start, end
        ):
            # "Le commandant en chef des forces ukrainiennes a rencontré des journalistes.
            # Il a réaffirmé que ...": "il" is the subject before, who need not have spoken.
            subject = _leading_claimant(folded, previous)
            if subject is not None:
                return subject, CLAIMANTS[subject], "neighbour"
    if following is not None and continues(text, sentence, following):
        head = find_attributions(folded, following[0], min(following[1], following[0] + 60), people)
        if head:
            return head[0].claimant, head[0].side, "neighbour"
    return "media", CLAIMANTS["media"], "media"


# "X, dont la prise avait été revendiquée lundi par Moscou": the claim's own agent, who
# claims that noun and no other claim of the sentence.
_CLAIMED_BY_AFTER: Final = re.compile(rf"[^,;:.!?«»\"]{{0,40}}?\b{CLAIMED_BY}")
_CLAIM_AGENT_BEFORE: Final = re.compile(rf"\b{CLAIMED_BY}$")
_AGENT_REACH: Final = 20  # characters from "par" to the claimant's name


def _claimed_by(folded: str, position: int, end: int) -> str | None:
    """The claimant named as the agent of "revendiquée par" right after the cue at
    ``position``, if any ("dont la prise avait été revendiquée lundi par Moscou")."""
    claimed = _CLAIMED_BY_AFTER.match(folded, position, end)
    if claimed is None:
        return None
    hits = find_entities(folded, claimed.end(), min(end, claimed.end() + 60))
    if not hits or hits[0].start - claimed.end() > _AGENT_REACH:
        return None
    if hits[0].entity.relative == "named":
        return resolve_named(folded, hits[0].start)
    return hits[0].entity.claimant


_FRONTED_CONTRAST: Final = re.compile(
    r"[\W\d_]*(?:alors\s+qu|tandis\s+qu|bien\s+qu|meme\s+si\b)[^,;:.!?«»\"]*,"
)
_QUOTE_REACH: Final = 100  # characters from a closing quote to the speaker named after it
# (", a déclaré à la télévision la vice-ministre de la Défense ukrainienne")
# A sentence's opening up to its subject: "Le", "Le commandant en chef des".
_SUBJECT_LEAD: Final = re.compile(
    rf"[\W\d_]*(?:(?:le|la|les|l')\s*)?(?:{_TITLE}\s+(?:[a-z'-]+\s+){{0,2}}?{_OF_WORDS})?$"
)


def _leading_claimant(folded: str, sentence: tuple[int, int]) -> str | None:
    """The claimant that opens ``sentence`` as its subject ("Le commandant en chef des
    forces armées ukrainiennes a rencontré ..."), if any."""
    for hit in find_entities(folded, *sentence):
        key = hit.entity.claimant
        if hit.entity.relative == "named":
            key = resolve_named(folded, hit.start)
        if key is not None and _SUBJECT_LEAD.fullmatch(folded, sentence[0], hit.start):
            return key
        return None  # only the first entity of the sentence can be its subject
    return None


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
    after = find_attributions(
        folded, closing, min(paragraph_end, closing + _QUOTE_REACH), find_people(text, folded)
    )
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
