"""Find the towns an article names, and pick the right one among namesakes.

:func:`find_mentions` works in four steps:

1. **Scan**: capitalised words are keyed with :func:`geoatlas.names.name_key`
   and one Aho-Corasick pass finds every gazetteer spelling among them
   (longest match wins: "Krasny Liman" over "Liman").
2. **Filter** what is not a town: a person ("Vladimir Poutine", "Volodymyr
   Zelensky"), a thing named after a place ("le croiseur Moskva", "le système
   Tor", "l'oléoduc Droujba", "la rive du Dniepr"), part of a longer proper
   noun ("Human Rights Watch"), an ordinary French word at the start of a
   sentence ("Or, les négociations..."). Region mentions ("région de Koursk",
   "Donbass") are kept, marked ``kind="region"``.
3. **Resolve** namesakes by score: an oblast named near the mention, the
   distance to the article's other towns, a prior for the theatre of war, then
   population. Every mention records its candidates, score and reason.
4. **Fall back**: a long capitalised word that matches nothing is compared
   with the theatre's names by fuzzy ratio (rapidfuzz); a looser tier takes
   spelling variants ("Kucherov Yar" for Kucheriv Yar, "Klishchevka" for
   Klishchiivka: the same consonants, a ratio of 85) where a place stands and
   the article's other towns vouch for the place. When asked
   (``Settings(online=True)``), what is left goes to the online geocoder.

Examples
--------
>>> [(m.text, m.place.name) for m in find_mentions("Les combats continuent à Koupiansk.")]
[('Koupiansk', 'Kupyansk')]
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from geoatlas.config import Settings
from geoatlas.gazetteer import Gazetteer, Region, load_gazetteer, plain_spelling
from geoatlas.geocode.base import Geocoder
from geoatlas.names import name_key
from geoatlas.records import Candidate, Mention, Place
from geoatlas.schema import MentionKind

__all__ = ["find_mentions", "split_sentences"]

# --- tokens --------------------------------------------------------------

# Upper-case letters of the Latin and Cyrillic blocks: a place name starts
# with one. Built from Unicode's own case data rather than a hand-typed range.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_TOKEN = rf"[{_UPPER}][^\W\d_]*(?:['’ʼ-][^\W\d_]+)*"
# "Not after a letter or digit" is checked after the capital is consumed, so
# that the pattern starts with a character set: re then skips ahead to the
# next capital in C, which makes these scans 2.5 times faster.
_FIRST = rf"[{_UPPER}](?<![^\W_].)"
_NAME_TOKEN = re.compile(rf"{_FIRST}[^\W\d_]*(?:['’ʼ-][^\W\d_]+)*")
# A run: capitalised words one space apart ("Krasny Liman", "Vladimir Poutine").
_RUN = re.compile(rf"{_FIRST}[^\W\d_]*(?:['’ʼ-][^\W\d_]+)*(?:[ \u00a0]{_TOKEN})*")
_ELIDED = re.compile(r"(?:[DLJNSCMT]|Qu|QU|Jusqu|Lorsqu|Puisqu)['’ʼ]")  # used with .match


def _name_tokens(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the capitalised words of ``text``, a leading elision cut off.

    "D'Avdiïvka" gives "Avdiïvka"; "L'un", "J'ai" give nothing (the word after
    the apostrophe is not capitalised); acronyms of three letters or fewer
    ("CPC", "UE") and one-letter words are not names.
    """
    for m in _NAME_TOKEN.finditer(text):
        span = _trim_token(text, *m.span())
        if span is not None:
            yield span


def _trim_token(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Cut a leading elision; None for what cannot be a name (see :func:`_name_tokens`)."""
    elided = _ELIDED.match(text, start, end)
    if elided:
        start = elided.end()
        if start >= end or not text[start].isupper():
            return None
    word = text[start:end]
    if len(word) <= 2 or (len(word) <= 3 and word.isupper()):
        return None
    return start, end


@lru_cache(maxsize=100_000)
def _run_key(run: str) -> str:
    """The scan key of a run of words: each key word in angle brackets ("<krasni> <liman>").

    The brackets make every gazetteer pattern match whole key words only, so
    the automaton reports no match inside a word.
    """
    return " ".join(f"<{w}>" for token in run.split() for w in name_key(token).split(" ") if w)


# --- context cues (matched on the lower-cased, accent-folded text) -------

# Capitalised words beside a name that do not make it part of a longer proper noun: function
# words at the start of a sentence, and the sides' names ("avoir cédé aux Russes Soledar").
_FUNCTION_WORDS = frozenset(
    """
    a à au aux avec ce cette ces chez comme contre d dans de depuis des du en entre et la le
    les l leur lors mais ni ou où par pour près puis quand que qui sans selon si sous sur un
    une vers voici voilà après avant malgré outre jusqu ainsi alors aussi autour il elle ils
    elles on nous vous je tu son sa ses notre nos votre vos mon ma mes est sont était ont avait
    fut hier aujourd demain ici enfin ensuite désormais donc même tout toute tous toutes côté
    lundi mardi mercredi jeudi vendredi samedi dimanche ni or car cependant pourtant toutefois
    déjà encore seul seule
    russe russes ukrainien ukrainiens ukrainienne ukrainiennes
    """.split()
)

# Nouns for things and bodies that bear a place's name: ships, weapons, units,
# waterways, pipelines, teams, media. "la rive du Dniepr" is the river.
_THING_NOUNS = (
    r"croiseur|navire|bateau|fr[eé]gate|sous-marin|porte-avions|vaisseau|corvette|"
    r"char|chars|blind[eé]s?|syst[eè]mes?|missiles?|obusiers?|lance-roquettes|complexe|"
    r"bataillon|r[eé]giment|brigade|division|l[eé]gion|milice|groupe|groupement|unit[eé]|"
    r"ol[eé]oduc|gazoduc|pipeline|rivi[eè]re|fleuve|rives?|lac|mer|baie|golfe|d[eé]troit|"
    r"canal|estuaire|club|[eé]quipe|stade|journal|quotidien|cha[iî]ne|agence|op[eé]ration|"
    r"t[eé]l[eé]vision|t[eé]l[eé]|radio|"
    r"hotel|h[oô]tel|restaurant|marque|rue|avenue|boulevard|place"
)
_THING_ADJECTIVES = (
    r"(?:\s+(?:russes?|ukrainiens?|ukrainiennes?|amiral|lance-missiles|nucl[eé]aires?))?"
)
_THING_BEFORE = re.compile(
    rf"\b(?:{_THING_NOUNS}){_THING_ADJECTIVES}(?:\s+(?:du|des|de la|de l['’]|d['’]))?\s*$"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:pr[eé]sident|pr[eé]sidente|ministre|g[eé]n[eé]ral|colonel|commandant|mar[eé]chal|"
    r"maire|porte-parole|secr[eé]taire|chancelier|m\.|mme|monsieur|madame|dirigeant|patron|"
    r"blogueur|journaliste|ambassadeur|oligarque|d[eé]put[eé]|s[eé]nateur|envoy[eé]|"
    r"famille|saint|sainte|st)(?:\s+(?:russe|ukrainien|am[eé]ricain|fran[cç]ais))?\s*$"
)
# Things and people named after a place, in one pattern (one search per name).
_NOT_A_PLACE_BEFORE = re.compile(f"{_THING_BEFORE.pattern}|{_TITLE_BEFORE.pattern}")
# Towns of the theatre take no article in French: "le Donets" is the river,
# "le Zorya" the football club, "la Moskva" the ship, "la rive gauche de l'Oskol" the river.
_ARTICLE_BEFORE = re.compile(r"\b(?:le|la|les|du|des|au|aux)\s+$|\bl['’]$")
_REGION_QUALIFIER = (
    r"(?:\s+(?:russes?|ukrainiennes?|voisines?|frontali[eè]res?|s[eé]paratistes?|annex[eé]es?|"
    r"occup[eé]es?|lib[eé]r[eé]es?|m[eé]ridionales?|orientales?|occidentales?|septentrionales?|"
    r"(?:sud|nord)(?:-(?:est|ouest))?|est|ouest))?\s+(?:de|du|des|d['’])\s*$"
)
_REGION_BEFORE = re.compile(
    r"\b(?:r[eé]gions?|oblasts?|provinces?|territoires?|r[eé]publique populaire|"
    # "l'administration (militaire) régionale de Louhansk": the oblast's
    r"administration (?:militaire |civile )?r[eé]gionale|gouverneur|"
    # ("les districts nord de Koupiansk", "un district de Lyssytchansk" are the town's own)
    r"r[eé]publiques populaires|ra[iï]ons?|(?<!\bun )district|"
    r"districts(?!\s+(?:du\s+)?(?:nord|sud|est|ouest|centre|central))|gouvernorats?)"
    + _REGION_QUALIFIER
    # "dans les régions Belgorod et Koursk": the name right after, with no "de"
    + r"|\b(?:r[eé]gions?|oblasts?|provinces?)\s+$"
)
# "le reste de Zaporijjia", "celles de Kharkiv": a region only when the name is a
# region's; "une grande partie de Houliaïpole", "l'ensemble de Soledar" is part of a town.
_PART_BEFORE = re.compile(
    r"\b(?:l['’]ensemble|le reste|tout le|toute la|celles?|ceux|parties?|la partie|"
    r"les parties)" + _REGION_QUALIFIER
)
# "en Zaporijia", "en Dnipropetrovsk": French puts "en" before a region, "à" before a town.
_IN_BEFORE = re.compile(r"\ben\s+$")
_REGION_AFTER = re.compile(r"^\s*(?:oblast|region\b)", re.IGNORECASE)
# "la conquête de Louhansk, l'une des deux régions du Donbass": set off as a region. Only for
# a name that is a region's too.
_REGION_APPOSED = re.compile(
    r"\s*,\s*(?:l['’]une\s+des|une|la)\s+(?:[^\W\d_]+\s+){0,2}?(?:r[ée]gions?|provinces?|oblasts?)\b",
    re.IGNORECASE,
)
# A region's name inside a cardinal part ("dans le nord pittoresque de Kharkiv"), or set off
# after a town as where it lies ("le village de Varachino, à Soumy"): the oblast, not its
# capital. Only for a name that is a region's too.
_REGION_PART_BEFORE = re.compile(
    r"\bdans\s+(?:le|l')\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?(?:\s+[a-z]+)?\s+"
    r"(?:de|du|d')\s*$|"
    # "près des frontières (administratives) entre Dnipropetrovsk, Donetsk et Zaporijjia"
    r"\bfronti[eè]res?\s+(?:administratives?\s+)?(?:entre|de|des|du|d['’])\s*$"
)
_AFTER_A_TOWN = re.compile(
    # a name inside the sentence (not "Hier, à Kherson"), not a speaker's ("Selon Kiev, à
    # Kherson, ..."), not a river's or a region's, which take an article ("sur la rive droite
    # du Dniepr, à Kherson")
    r"(?:(?<=[a-zà-ÿ]\s)|(?<=\b[dl]['’]))(?<![Ss]elon\s)(?<!après\s)(?<!apres\s)(?<!\bpour\s)"
    r"(?<!\bdu\s)(?<!\bdes\s)"
    r"[A-ZÀ-Ý][\w'’-]{2,}(?:\s*\([^()]{1,30}\))?\s*,\s*(?:à|dans)\s+$"
)
_LIST_BEFORE = re.compile(r"\s*(?:,|et|ou)\s*(?:(?:de|du|d['’])\s*)?$")  # used with .match
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\n]\s*[«\"“(—–-]?\s*|^[«\"“(]\s*)$")
# "à X", "de la ville de X": what a writer puts before a place.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|vers|depuis|dans|pr[eé]s de|autour de|ville de|village de|localit[eé] de|"
    r"bourg de|cit[eé] de|commune de)|\bd['’]|\bde)\s*$"
)

# Scores, in units where 1.0 is the theatre prior. Set by hand and checked on
# the spelling table (tests/test_mentions.py): an oblast named in the same
# sentence outweighs any population gap; distance comes next.
_PRIOR = {"theatre_ua": 1.0, "theatre_ru": 0.6, "world": 0.0}
_POPULATION_WEIGHT = 0.3  # per decade of population
_PRIMARY_BONUS = 0.4  # the spelling is the place's own name
_CURATED_BONUS = 0.6  # a curated alias: a deliberate choice
_OBLAST_SENTENCE = 3.0
_OBLAST_ARTICLE = 1.0
_SAME_ARTICLE = 2.0  # "Pokrovsk (Krasnoarmeysk)": the article's own Pokrovsk
_NEAR = ((30.0, 1.5), (100.0, 1.0), (300.0, 0.3))  # (km, bonus)
_BIG_PLACE = 100_000  # big enough to be named without a cue even if a French word
_FAMOUS = 500_000  # a world city this big is what the press means by its name (Washington)
_VERY_COMMON = 4.5  # Zipf: "chine" 4.9, "golfe" 4.1, "seul" 5.6, "kiev" 3.7, "tchernobyl" 3.2
_COMMONEST = 5.0  # "seul" 5.6, "or" 5.4, "police" 5.2; "londres" 4.8, "paris" 5.7 (its own name)
_FAMOUS_BONUS = 0.5
# A small village (population unknown, Gazetteer.villages) starts below a 500-people town:
# with this penalty it loses to any namesake of known population unless the context
# points to it (its oblast in the sentence, +3), or a town of the article is within
# _VILLAGE_VOUCHED_KM: then the penalty is lifted and the nearness bonus (+1.5) counts in
# full. "Bogdanovka", in an article about Bakhmut, is the Bohdanivka 4 km away, not the
# 5,000-people one 135 km away in another oblast.
_POSTAL_PENALTY = 0.7
_VILLAGE_VOUCHED_KM = 30.0
_FEW_NAMESAKES = 2  # villages of so few namesakes vouch for each other when near
_POSTAL_NEAR_KM = 100.0  # a small village is believed when a known town of the article is this near
# What a writer puts right before a place, short of a bare "de" ("la déclaration de X").
_STRONG_PLACE_BEFORE = re.compile(
    r"\b(?:à|a|au|vers|depuis|dans|pr[eé]s de|autour de|"
    # ("retirées des localités de X, Y et Z": the first of the list, too)
    r"(?:villages?|localit[eé]s?|hameaux?|bourgs?|communes?)(?: de\s|\s*d['’])|"
    # ("les combats pour le contrôle de X", "la libération de X"): a deed done to a place
    r"(?:contr[ôo]le|prise|reprise|lib[ée]ration|capture|conqu[êe]te|encerclement)"
    r"(?: de\s|\s*d['’]))\s*$"
)


@dataclass(slots=True)
class _Hit:
    """A gazetteer key found in the text, before filtering and resolution."""

    start: int
    end: int
    key: str
    kind: MentionKind
    ids: tuple[int, ...]
    region: Region | None
    reason: str
    fuzzy: float = 100.0
    loose: bool = False  # a spelling variant: believed only with the article's support


def find_mentions(
    text: str,
    *,
    article_id: str = "",
    gazetteer: Gazetteer | None = None,
    settings: Settings | None = None,
    geocoder: Geocoder | None = None,
) -> list[Mention]:
    """Find every town (and region) named in ``text``.

    Parameters
    ----------
    text : str
        The article text (cleaned: offsets refer to it).
    article_id : str
        Copied into each mention.
    gazetteer : Gazetteer, optional
        Default: :func:`geoatlas.gazetteer.load_gazetteer`.
    settings : Settings, optional
        Fuzzy thresholds, common-word threshold, ``online``.
    geocoder : Geocoder, optional
        Used for names the gazetteer lacks, only when ``settings.online``.

    Returns
    -------
    list of Mention
        In text order. Regions have ``kind="region"`` and ``place=None``.

    Examples
    --------
    >>> ms = find_mentions("Dans la région de Zaporijjia, à Houliaïpole, les combats continuent.")
    >>> [(m.text, m.kind, m.place and m.place.admin1) for m in ms]
    [('Zaporijjia', 'region', None), ('Houliaïpole', 'town', 'Zaporizhzhia')]
    """
    settings = settings or Settings()
    gaz = gazetteer or load_gazetteer(settings)
    hits = _scan(text, gaz, settings)
    if not hits and not (settings.online and geocoder is not None):
        return []
    sentences = _Sentences(text)
    mentions = _resolve(text, hits, gaz, sentences, article_id)
    if settings.online and geocoder is not None:
        mentions = _add_online(text, mentions, gaz, geocoder, sentences, article_id)
    return mentions


# --- 1. scan -------------------------------------------------------------


def _scan(text: str, gaz: Gazetteer, settings: Settings) -> list[_Hit]:
    """Find gazetteer keys among the capitalised words, then filter them.

    The runs of capitalised words are found by one regex and keyed by a cached
    function; their keys, joined by "|", are scanned by the automaton in one
    pass. Python only touches the few matches, which is what keeps the scan
    at several MB/s.
    """
    runs = [(m.start(), m.group()) for m in _RUN.finditer(text)]
    if not runs:
        return []
    keys = [_run_key(run) for _, run in runs]
    offsets = list(itertools.accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
    keystring = "|".join(keys)

    found: list[tuple[int, int, str]] = []  # (start, end) in the text, key
    for end_index, (key, length) in gaz.automaton.iter(keystring):
        start_index = end_index - length + 1
        r = bisect.bisect_right(offsets, start_index) - 1
        span = _token_span(runs[r], keys[r], start_index - offsets[r], key.count(" ") + 1)
        if span is not None:
            found.append((span[0], span[1], key))
    # Longest leftmost: "Krasny Liman" wins over "Liman".
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    covered = -1
    hits: list[_Hit] = []
    for start, end, key in found:
        if start < covered:
            continue
        trimmed = _trim_token(text, start, end)
        if trimmed is None or text[end : end + 2].isdigit():
            # "KIEV24", "Donbass24": a channel's name, not the town (a footnote's one digit,
            # "Bakhmout1", still names it)
            continue
        covered = end
        hit = _classify(text, trimmed[0], trimmed[1], key, gaz, settings)
        if hit is not None:
            hits.append(hit)
    spans = [(h.start, h.end) for h in hits]
    hyphenated = [(start, run) for start, run in runs if "-" in run]
    hits.extend(_joined_hits(text, hyphenated, spans, gaz, settings))
    hits.extend(_fuzzy_hits(text, hits, gaz, settings))
    hits.sort(key=lambda h: h.start)
    return _mark_listed_regions(text, hits, gaz)


def _token_span(run: tuple[int, str], run_key: str, at: int, words: int) -> tuple[int, int] | None:
    """Text span of a match of ``words`` key words starting at ``at`` in ``run_key``.

    None unless the match starts at a word's first key word and ends at a
    word's last ("Iar" alone in "Tchassiv-Iar" is not a match).
    """
    first_word = run_key.count("<", 0, at)
    start, words_text = run
    word_index = 0
    span_start = span_end = -1
    for token in _WORDS.finditer(words_text):
        count = len([w for w in name_key(token.group()).split(" ") if w])
        if word_index == first_word:
            span_start = start + token.start()
        if word_index + count == first_word + words and span_start >= 0:
            span_end = start + token.end()
            break
        word_index += count
        if word_index > first_word + words:
            break
    return (span_start, span_end) if span_start >= 0 and span_end >= 0 else None


_WORDS = re.compile(r"\S+")


def _joined_hits(
    text: str,
    runs: Sequence[tuple[int, str]],
    spans: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    settings: Settings,
) -> list[_Hit]:
    """Hyphenated words: keyed run together ("Houliaï-Pole" as "huliaipole"), or
    split when every part is a town ("l'agglomération de Pokrovsk-Myrnohrad")."""
    hits: list[_Hit] = []
    for run_start, run in runs:
        for token in _WORDS.finditer(run):
            s, e = run_start + token.start(), run_start + token.end()
            if "-" not in token.group() or any(a < e and s < b for a, b in spans):
                continue
            joined = name_key(token.group()).replace(" ", "")
            if joined in gaz.town_keys:
                hit = _classify(text, s, e, joined, gaz, settings)
                if hit is not None:
                    hits.append(hit)
                continue
            parts = [(m.start() + s, m.end() + s) for m in _PARTS.finditer(token.group())]
            keys = [name_key(text[a:b]) for a, b in parts]
            if len(parts) > 1 and all(k in gaz.town_keys for k in keys):
                for (a, b), key in zip(parts, keys, strict=True):
                    hit = _classify(text, a, b, key, gaz, settings)
                    if hit is not None:
                        hits.append(hit)
    return hits


_PARTS = re.compile(r"[^-]+")


def _before(text: str, start: int, width: int = 45) -> str:
    return _fold(text[max(0, start - width) : start])


def _fold(fragment: str) -> str:
    """Lower-case, with typographic apostrophes and spaces made plain, for the cue regexes."""
    return fragment.lower().replace("\u00a0", " ").replace("’", "'")


def _classify(
    text: str, start: int, end: int, key: str, gaz: Gazetteer, settings: Settings
) -> _Hit | None:
    """Decide what a found key is: a town, a region, or nothing (None)."""
    ids = gaz.town_keys.get(key, ())
    region = gaz.region_keys.get(key)
    before = _before(text, start)
    if _NOT_A_PLACE_BEFORE.search(before):
        return None
    region_before = _REGION_BEFORE.search(before)
    if (
        region_before is not None
        and region is None
        and ids
        and (
            _AREAS_OF.match(region_before.group())
            or (
                _AREA_OF_ONE.match(region_before.group())
                and max(gaz.places[i].population for i in ids) < _SEAT_POPULATION
            )
        )
    ):
        # "repoussé des assauts dans les régions de Bilohorivka, Rozdolivka et Bakhmout":
        # the plural of a translated "the areas of", before towns that name no region; "le
        # territoire de Soledar" is the town's. So is "la région de" a village too small
        # to be a district's seat ("combats dans la région de Novoivanovka"), where "la
        # région de Bakhmout" is the district.
        region_before = None
    if (
        region_before is not None
        or _REGION_AFTER.match(text[end : end + 12])
        or (
            region is not None
            and (
                _PART_BEFORE.search(before)
                or _REGION_APPOSED.match(text, end)
                or _IN_BEFORE.search(before)
                or _REGION_PART_BEFORE.search(before)
                or _AFTER_A_TOWN.search(text, max(0, start - 60), start)
            )
        )
    ):
        return _Hit(start, end, key, "region", ids, region, "region: named as a region")
    if _in_longer_proper_noun(text, start, end):
        return None
    ids = _spelled_places(text[start:end], ids, gaz)
    if not ids:
        if region is None:
            return None
        return _Hit(start, end, key, "region", ids, region, "region: a region's name")
    if _ARTICLE_BEFORE.search(before):
        return None
    if _is_common_word(text, start, end, key, ids, gaz, settings, before):
        return None
    return _Hit(start, end, key, "town", ids, None, "")


def _spelled_places(surface: str, ids: tuple[int, ...], gaz: Gazetteer) -> tuple[int, ...]:
    """Drop foreign cities whose own spellings do not include ``surface``, for common words.

    The transliteration folds are for the theatre's names; when the word is
    also a frequent French word, a foreign city must be spelled as listed
    (accents aside), not merely folded onto its key.
    """
    if all(gaz.places[i].theatre for i in ids) or _zipf_fr(surface.lower()) < _VERY_COMMON:
        return ids
    plain = plain_spelling(surface)
    return tuple(i for i in ids if gaz.places[i].theatre or plain in gaz.spellings.get(i, ()))


def _in_longer_proper_noun(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands right before or after the name.

    "Human Rights Watch", "Volodymyr Zelensky", "Chakhtar Donetsk", "Kaja
    Kallas": the name is part of a longer proper noun (multi-word place names
    were matched whole before this check). French function words ("La", "À")
    and a word that starts its sentence do not count; text in capitals
    throughout is exempt.
    """
    surface = text[start:end]
    if surface.isupper() and len(surface) > 1:
        return False
    after = _word_after(text, end)
    if after and _OFFICE_OF.search(text, max(0, start - 40), start):
        # "le maire de Severodonetsk Oleksandr Striouk": the capital after is the official's name.
        after = ""
    for word in (after, _word_before(text, start)):
        if not word or not word[0].isupper() or word.isupper():
            continue
        folded = word.lower().replace("’", "'").split("'")[0]
        if folded in _FUNCTION_WORDS:
            continue
        return True
    return False


# An office held in a town, before its name: "le maire de", "le gouverneur de la région de".
_OFFICE_OF = re.compile(
    r"\b(?:maire|gouverneur|préfet|prefet|administrat(?:eur|rice|ion)|chef|édile|edile)s?"
    r"(?: (?:militaire|régional|regional|local|adjoint)e?s?)?"
    r" (?:de la (?:ville|région|region|commune|localité|localite|oblast) )?d(?:e |')$"
)
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_][^\W_'’-]*)")
_WORD_SHAPE = re.compile(r"[^\W\d_][^\W_'’-]*")


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return m.group(1) if m else ""


def _word_before(text: str, start: int) -> str:
    # rsplit on a short slice: far cheaper than a regex search ending at `start`.
    chunk = text[max(0, start - 40) : start]
    if not chunk.endswith((" ", "\u00a0")):
        return ""
    words = chunk[:-1].rsplit(None, 1)
    word = words[-1] if words and chunk[:-1][-1:].strip() else ""
    return word if _WORD_SHAPE.fullmatch(word) else ""


@lru_cache(maxsize=50_000)
def _zipf_fr(word: str) -> float:
    """Frequency of ``word`` in French (wordfreq's Zipf scale: 3 = once per million words)."""
    from wordfreq import zipf_frequency  # loads its French list on first use only

    return float(zipf_frequency(word, "fr"))


def _is_common_word(
    text: str,
    start: int,
    end: int,
    key: str,
    ids: Sequence[int],
    gaz: Gazetteer,
    settings: Settings,
    before: str,
) -> bool:
    """True when the name is more likely an ordinary French word than a place.

    Capitals mark proper nouns in French except at the start of a sentence,
    so a frequent word (wordfreq Zipf >= ``settings.common_word_zipf``) is
    doubted there: "Or, les négociations..." is not Perekop (whose Crimean
    Tatar name is Or). Mid-sentence, only the most frequent words
    (:data:`_VERY_COMMON`: "Chine", "Golfe") need a place cue ("à X").

    Big places named bare stay ("Kiev a annoncé", "Londres répond"), unless
    the word is very common, short and not the place's own name: "Seul, le
    Kremlin..." is not Seoul, "Vin, blé..." not Vinnytsia; "Paris" is Paris.
    """
    surface = text[start:end]
    if " " in surface or "-" in surface or any((key, i) in gaz.curated for i in ids):
        return False
    word = surface.lower()
    zipf = _zipf_fr(word)
    if zipf < settings.common_word_zipf:
        return False
    plain = plain_spelling(surface)
    if any(
        _is_big(gaz.places[i])
        and (
            plain == plain_spelling(gaz.places[i].name)
            or zipf < _VERY_COMMON
            or (len(plain) >= 6 and zipf < _COMMONEST)
        )
        for i in ids
    ):
        return False
    if _SENTENCE_START.search(text[max(0, start - 4) : start]):
        return True
    return zipf >= _VERY_COMMON and not _PLACE_BEFORE.search(before)


def _is_big(place: Place) -> bool:
    """Big enough to be named bare even when the name is also a French word ("Kiev", "Moscou")."""
    return place.population >= (_BIG_PLACE if place.theatre else _FAMOUS)


_REGIONS_BEFORE = re.compile(r"\b(?:r[ée]gions|oblasts|provinces)\b")
_LISTED_REGION = "region: listed with a region"
# ... and "l'ensemble du territoire de Soledar": a town's territory, when the name is no region's.
_AREAS_OF = re.compile(r"(?:r[eé]gions|territoire)\s+(?:de|d['’])")
_AREA_OF_ONE = re.compile(r"r[eé]gion\s+(?:de|d['’])")
# Below this, a place is no district's seat: Sudzha (6,940) and Korenevo are, the villages
# a Russian bulletin names "dans la région de" are not.
_SEAT_POPULATION = 5_000


def _mark_listed_regions(text: str, hits: list[_Hit], gaz: Gazetteer) -> list[_Hit]:
    """ "les régions de Kharkiv et Dnipropetrovsk": the second name is a region too."""
    for prev, hit in itertools.pairwise(hits):
        if (
            prev.kind == "region"
            and hit.kind == "town"
            and _LIST_BEFORE.match(text[prev.end : hit.start])
            # "Kamianske dans la région de Zaporijjia, Dehtiarne dans ...": a list of
            # towns, each with its region; a region's own name, or "les régions de".
            and (
                hit.region is not None
                # "certaines parties de Lougansk et de Donetsk": a region's name listed
                # after a name read as its region ("entre Dnipropetrovsk, Donetsk et
                # Zaporijjia": or listed as one)
                or (
                    gaz.region_keys.get(hit.key) is not None
                    and (prev.region is not None or prev.reason == _LISTED_REGION)
                )
                # "les régions de Kharkiv et Dnipropetrovsk"; not "les régions de Bilohorivka
                # et Rozdolivka", which are towns.
                or (
                    (prev.region is not None or prev.reason == _LISTED_REGION)
                    and _REGIONS_BEFORE.search(_before(text, prev.start, 60)) is not None
                )
            )
        ):
            hit.kind = "region"
            hit.reason = _LISTED_REGION
    return hits


# --- fuzzy ---------------------------------------------------------------


# A capitalised word after a place cue ("à X", "ville de X"), or listed with a
# town found ("X et Siversk"): what the fuzzy match may be tried on.
_LONG_WORD = re.compile(rf"{_FIRST}[^\W\d_]{{5,}}(?:['’ʼ-][^\W\d_]+)*")
_LISTED_AFTER = re.compile(rf"\s*(?:,|et|ou)\s+({_TOKEN})")
_LISTED_BEFORE = re.compile(rf"({_TOKEN})\s*(?:,|et|ou)\s+$")


def _is_unknown(word: str, gaz: Gazetteer, settings: Settings) -> bool:
    """A word long enough for a fuzzy match, whose key names no known town or region."""
    key = name_key(word)
    return (
        len(key) >= settings.fuzzy_min_length
        and key not in gaz.town_keys
        and key not in gaz.region_keys
    )


def _fuzzy_hits(text: str, hits: Sequence[_Hit], gaz: Gazetteer, settings: Settings) -> list[_Hit]:
    """Long capitalised words that match nothing exactly, after a place cue: try a fuzzy match."""
    spans = [(h.start, h.end) for h in hits]
    words = [
        m.span()
        for m in _LONG_WORD.finditer(text)
        if _is_unknown(m.group(), gaz, settings)
        and _PLACE_BEFORE.search(_before(text, m.start(), 24))
    ]
    for h in hits:
        after = _LISTED_AFTER.match(text, h.end)
        if after:
            words.append(after.span(1))
        before = _LISTED_BEFORE.search(text, max(0, h.start - 40), h.start)
        if before:
            words.append(before.span(1))
    loose = [
        m.span()
        for m in _LOOSE_CANDIDATE.finditer(text)
        if _may_be_variant(gaz, m.group()) and _is_loose_context(text, m.start())
    ]
    found: list[_Hit] = []
    for s, e in sorted(set(words)):
        if any(a < e and s < b for a, b in spans):
            continue
        key = name_key(text[s:e])
        if len(key) < settings.fuzzy_min_length or " " in key or key in gaz.town_keys:
            continue
        best = _closest_key(gaz, key, settings.fuzzy_threshold)
        if best is None:
            continue
        hit = _fuzzy_hit(text, s, e, best, gaz, settings, loose=False)
        if hit is not None:
            found.append(hit)
            spans.append((s, e))
    for s, e in loose:
        if any(a < e and s < b for a, b in spans):
            continue
        variants = _variant_keys(gaz, name_key(text[s:e]))
        if not variants:
            continue
        hit = _fuzzy_hit(text, s, e, variants[0], gaz, settings, loose=True)
        if hit is not None:
            # Every variant is a reading: resolution picks the one the article supports.
            ids = {i: None for k, _ in variants for i in gaz.town_keys[k]}
            hit.ids = tuple(ids)
            found.append(hit)
            spans.append((s, e))
    return found


def _fuzzy_hit(
    text: str,
    start: int,
    end: int,
    best: tuple[str, float],
    gaz: Gazetteer,
    settings: Settings,
    *,
    loose: bool,
) -> _Hit | None:
    match, score = best
    hit = _classify(text, start, end, match, gaz, settings)
    if hit is None or hit.kind != "town":
        return None
    hit.fuzzy = score
    hit.loose = loose
    label = "spelling variant" if loose else "fuzzy"
    hit.reason = f"{label}: {text[start:end]!r} ~ {match!r} ({score:.0f})"
    return hit


# --- spelling variants: the looser tier -------------------------------------------
#
# The press writes many Ukrainian villages in their Russian form or in a
# transcription of its own: "Kucherov Yar" (Kucheriv Yar), "Grishino" (Hryshyne),
# "Klishchevka" (Klishchiivka), "Solidar" (Soledar), "Zeleny Gayu" (Zelenyi Hai).
# Those differ from the gazetteer's key in vowels and endings, names are often
# shorter than the fuzzy tier's minimum or of two words, and many are postal
# villages, which the fuzzy tier leaves out. This tier takes them when (1) the
# word stands where a place does (a place word, a verb of capture, or listed with
# a town found), (2) its key and a theatre key have the same consonants word by
# word and a ratio of at least _LOOSE_RATIO, and (3) in resolution, the article
# vouches for the place: its oblast named, or a town found exactly within
# _POSTAL_NEAR_KM (so "Berdytchi", a village the gazetteer lacks, is not read as
# Berdychiv, 600 km away in Zhytomyr oblast).

_LOOSE_MIN_LENGTH = 6
_LOOSE_RATIO = 85.0
_LOOSE_CANDIDATE = re.compile(rf"{_FIRST}[^\W\d_]{{4,}}(?:['’ʼ-][^\W\d_]+)*(?:[ \u00a0]{_TOKEN})?")
_LOOSE_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|vers|dans|pr[eé]s de|autour de|villes? de|villages? de|localit[eé]s? de|"
    r"colonies? de|hameaux? de|bourgs? de|cit[eé] de|communes? de|"
    r"(?:pris|prise|capturé|capture|conquis|libéré|libérée|libération|repris|reprise|encerclé|"
    r"contrôle|contrôlent|contrôlait|occupé|attaqué|retirées?|retirés?)\s+(?:de\s+|d['’]|du\s+)?"
    r")|\bd['’]|,|\bet)\s*$"
)


def _is_loose_context(text: str, start: int) -> bool:
    return _LOOSE_BEFORE.search(_before(text, start, 30)) is not None


def _may_be_variant(gaz: Gazetteer, word: str) -> bool:
    """Cheap test first: an unknown key whose consonants some theatre key has.

    Answers are memoised per word (a corpus names the same capitalised words
    again and again: "Ukraine", "Kremlin", its towns and people).
    """
    memo = _VARIANT_WORDS.setdefault(id(gaz), {})
    if word not in memo:
        if len(memo) > _MEMO_WORDS:
            memo.clear()
        key = name_key(word)
        memo[word] = (
            len(key) >= _LOOSE_MIN_LENGTH
            and key not in gaz.town_keys
            and key not in gaz.region_keys
            and _word_skeletons(key) in _loose_index(gaz)
        )
    return memo[word]


_MEMO_WORDS = 200_000
_VARIANT_WORDS: dict[int, dict[str, bool]] = {}


_LOOSE: dict[int, dict[tuple[str, ...], list[str]]] = {}
_LOOSE_MEMO: dict[tuple[int, str], list[tuple[str, float]]] = {}


def _loose_index(gaz: Gazetteer) -> dict[tuple[str, ...], list[str]]:
    """Theatre keys by their skeleton (:func:`_word_skeletons`)."""
    if id(gaz) not in _LOOSE:
        index: dict[tuple[str, ...], list[str]] = {}
        for k in gaz.theatre_keys:
            if len(k) >= _LOOSE_MIN_LENGTH - 1:
                index.setdefault(_word_skeletons(k), []).append(k)
        _LOOSE[id(gaz)] = index
    return _LOOSE[id(gaz)]


def _variant_keys(gaz: Gazetteer, key: str) -> list[tuple[str, float]]:
    """The theatre keys ``key`` may be a variant spelling of, best first (see above).

    Candidates have the key's skeleton (first letter and consonants word by
    word), with a ratio at or above _LOOSE_RATIO: "klisevka" (Klishchevka) is
    "klisivka" (Klishchiivka, Donetsk) or "kolisevka" (a village of Ukraine's
    west); which one, the article's other towns decide.
    """
    memo_key = (id(gaz), key)
    if memo_key not in _LOOSE_MEMO:
        same = _loose_index(gaz).get(_word_skeletons(key), [])
        found = process.extract(key, same, scorer=fuzz.ratio, score_cutoff=_LOOSE_RATIO, limit=8)
        _LOOSE_MEMO[memo_key] = [(str(k), float(score)) for k, score, _ in found]
    return _LOOSE_MEMO[memo_key]


@lru_cache(maxsize=100_000)
def _word_skeletons(key: str) -> tuple[str, ...]:
    """Each word's first letter and consonants: "kuserov iar" -> ("ksrv", "ir")."""
    return tuple(w[0] + w[1:].translate(_VOWELS) for w in key.split())


_FUZZY_FLOOR = 80.0
_FUZZY: dict[
    int, tuple[dict[str, list[str]], dict[tuple[str, float], tuple[str, float] | None]]
] = {}


def _closest_key(gaz: Gazetteer, key: str, threshold: float) -> tuple[str, float] | None:
    """Best theatre key by rapidfuzz ratio, among keys with the same first letter.

    A key at or above ``threshold`` is taken; one between ``_FUZZY_FLOOR`` and
    the threshold only when its consonants are the same (vowels are what
    transcriptions disagree on most: Huleipole, Huliaipole).

    Bucketing by first letter keeps each comparison to a few thousand keys;
    answers are memoised per gazetteer, as a corpus repeats its unknown words.
    """
    buckets, memo = _FUZZY.setdefault(id(gaz), ({}, {}))
    if not buckets:
        for k in gaz.theatre_keys:
            # Postal villages are believed in context only: a misspelt word is not one.
            if " " not in k and len(k) >= 6 and not gaz.villages.issuperset(gaz.town_keys[k]):
                buckets.setdefault(k[0], []).append(k)
    if (key, threshold) not in memo:
        results = process.extract(
            key, buckets.get(key[0], []), scorer=fuzz.ratio, score_cutoff=_FUZZY_FLOOR, limit=4
        )
        found: tuple[str, float] | None = None
        if results:
            # A tie goes to the larger place: "Pokrovska" is as near Pokrovsk as Pokrovka.
            top = results[0][1]
            best = max(
                (str(k) for k, score, _ in results if score == top),
                key=lambda k: max(gaz.places[i].population for i in gaz.town_keys[k]),
            )
            score = float(top)
            if score >= threshold or _skeleton(best) == _skeleton(key):
                found = (best, score)
        memo[(key, threshold)] = found
    return memo[(key, threshold)]


_VOWELS = str.maketrans("", "", "aeiou")


def _skeleton(key: str) -> str:
    """The consonants of a key: "huleipole" and "huliaipole" are both "hlpl"."""
    return key.translate(_VOWELS)


# --- sentences -----------------------------------------------------------

_SENTENCE_END = re.compile(
    # A character class first lets the engine skip to the next stop or line break (a
    # lookahead does not); the lookbehinds then tell which one it consumed.
    r"[.!?…\n]"
    # A line that ends with ":" or ";" goes on: a heading and the list it introduces are one
    # sentence ("Les localités sous contrôle russe :" then a line of names).
    # Not after "M.", "Mme." or an initial ("V. Poutine"): an abbreviation, not a stop.
    # Nor inside "(...)" or "[...]", a cut in a quotation.
    r"(?:(?<=[.!?…])(?<!\b[A-Z]\.)(?<!\bMM\.)(?<!\bMme\.)(?<!\bDr\.)"
    r"(?<![(\[]\.)(?<![(\[]\.\.)(?<![(\[]\.\.\.)(?<![(\[]…)"
    r"[.!?…]*[»\"”’)]*(?=\s+(?:[«\"“(]\s*)?[^\W\d_])|"
    # A number may open a sentence ("... de X. 24 heures plus tard, ..."), after a word (not
    # an abbreviated month: "janv. 2024")
    r"(?<=[^\W\d_]{4}[.!?])(?<!janv\.)(?<!Janv\.)(?<!fevr\.)(?<!févr\.)(?<!Févr\.)"
    r"(?<!sept\.)(?<!Sept\.)(?<!juil\.)(?<!Juil\.)(?=\s+\d)|(?<=\n)\s*\n|"
    # A line broken inside a sentence (a word or a comma, then a lowercase word on the next
    # line: text wrapped by its page) goes on.
    r"(?<=\n)(?<![:;]\n)(?<![:;]\s\n)(?!(?:(?<=[^\W_]\n)|(?<=,\n))[ \t]*[^\W\d_A-ZÀ-ÖØ-Þ])"
    r"(?=\s*[^\W\d_«\"“(])|"
    # A bullet ("- Kourakhove, qui ...") after a line that ended a sentence starts one;
    # after a name in a list ("Les localités :", "- X", "- Y") it goes on.
    r"(?<=[.!?…»\"”]\n)(?=[ \t]*[-–—•]\s))"
)


class _Sentences:
    """Sentence spans of one text, each computed when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for m in _SENTENCE_END.finditer(text):
            self.starts.append(m.end())
        self.ends = [*self.starts[1:], len(text)]
        self._spans: dict[int, tuple[int, int]] = {}

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, index: int) -> tuple[int, int]:
        if index not in self._spans:
            start, end = self.starts[index], self.ends[index]
            chunk = self.text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            self._spans[index] = (start + lead, start + len(chunk.rstrip()))
        return self._spans[index]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, without surrounding white space.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` before a capital letter,
    or at a line break (articles put paragraphs and quotes on lines).

    Examples
    --------
    >>> t = "Pokrovsk est tombée. Kiev dément."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Pokrovsk est tombée.', 'Kiev dément.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _append_span(text, start, end, spans)
        start = m.end()
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


# --- 3. resolve ----------------------------------------------------------


def _resolve(
    text: str,
    hits: list[_Hit],
    gaz: Gazetteer,
    sentences: _Sentences,
    article_id: str,
) -> list[Mention]:
    """Score each hit's candidates in the light of the whole article."""
    article_oblasts: set[tuple[str, str]] = set()
    sentence_oblasts: dict[int, set[tuple[str, str]]] = {}
    for hit in hits:
        if hit.kind != "region":
            continue
        codes = _region_codes(hit, gaz)
        article_oblasts |= codes
        sentence_oblasts.setdefault(sentences.index(hit.start), set()).update(codes)

    # Anchors for distances: the towns named unambiguously, then (second pass)
    # the best reading of the others, so that "Opytne, près d'Avdiïvka" finds
    # the Opytne next to the Avdiïvka of Donetsk oblast.
    anchors: list[tuple[int, Place]] = []  # (index of the hit, its place)
    for n, hit in enumerate(hits):
        if hit.kind != "town":
            continue
        if len(hit.ids) == 1:
            place = gaz.places[hit.ids[0]]
        else:
            here = frozenset(sentence_oblasts.get(sentences.index(hit.start), ()))
            place = _scored(hit, gaz, here, frozenset(article_oblasts), ())[0].place
        # A small village is no anchor: it needs the known towns' support itself.
        if place.theatre and place.geonameid not in gaz.villages and not hit.loose:
            anchors.append((n, place))
    # The small villages each name may be, for the villages named together: "contrôlent
    # partiellement Berdychi et Tonenke", two villages of one hromada, vouch for each other.
    # Only names of one or two places: among the dozens of Stepanivkas, one is near anything.
    village_readings = [
        (hit.key, [gaz.places[i] for i in hit.ids if i in gaz.villages])
        for hit in hits
        if hit.kind == "town" and not hit.loose and len(hit.ids) <= _FEW_NAMESAKES
    ]
    mentions: list[Mention] = []
    for n, hit in enumerate(hits):
        index = sentences.index(hit.start)
        if hit.kind == "region":
            reason = hit.reason + _region_label(hit, gaz)
            mentions.append(
                _mention(
                    text, article_id, hit.start, hit.end, sentences.span(index), (), 1.0, reason
                )
            )
            continue
        here = frozenset(sentence_oblasts.get(index, ()))
        others = [p for m, p in anchors if m != n] if len(hit.ids) > 1 else []
        candidates = _scored(hit, gaz, here, frozenset(article_oblasts), others)
        best = candidates[0]
        support = [p for m, p in anchors if m != n]
        if best.place.geonameid in gaz.villages and not (
            _is_village_supported(text, hit, best.place, article_oblasts, support)
            or _is_village_neighbour(hit, best.place, village_readings)
        ):
            continue
        if hit.loose and not _is_near_article(best.place, article_oblasts, support):
            continue
        score = round(best.score * hit.fuzzy / 100.0, 3)
        reason = (hit.reason + "; " if hit.reason else "") + best.reason
        span = sentences.span(index)
        mentions.append(
            _mention(text, article_id, hit.start, hit.end, span, candidates, score, reason)
        )
    return mentions


def _is_village_supported(
    text: str,
    hit: _Hit,
    place: Place,
    article_oblasts: set[tuple[str, str]],
    anchors: Sequence[Place],
) -> bool:
    """True when the context vouches for a small village (see :attr:`Gazetteer.villages`).

    These villages have no population and thousands of names, some of them words
    or names of other things ("Mriya", the aircraft): one counts only with its
    oblast named in the article, a known town of the article within
    :data:`_POSTAL_NEAR_KM`, a place word right before it ("à X", "le village de X"),
    or as an item of a list of villages ("deux villages, X et Y").
    """
    if _is_near_article(place, article_oblasts, anchors):
        return True
    if _LISTED_VILLAGE.search(_before(text, hit.start, 90)):
        return True
    return bool(_STRONG_PLACE_BEFORE.search(_before(text, hit.start, 24)))


def _is_village_neighbour(
    hit: _Hit, place: Place, readings: Sequence[tuple[str, Sequence[Place]]]
) -> bool:
    """True when another small village the article names lies within
    :data:`_VILLAGE_VOUCHED_KM` of ``place``: two rare names of the same few square km
    are not a coincidence ("les Russes contrôlent partiellement Berdychi et Tonenke").
    Both names must have at most :data:`_FEW_NAMESAKES` places.

    A loose spelling gets no such support (see :attr:`_Hit.loose`).
    """
    if hit.loose or len(hit.ids) > _FEW_NAMESAKES:
        return False
    return any(
        key != hit.key and _distance_km(place, other) <= _VILLAGE_VOUCHED_KM
        for key, others in readings
        for other in others
    )


# "en reprenant deux villages aux Russes, Poima et Pishchanivka": an item of a list of
# villages is a village.
_LISTED_VILLAGE = re.compile(
    r"\b(?:villages|localit[ée]s|hameaux|bourgs|communes|colonies)\b[^.;:!?]{0,60}"
    r"(?:,|\bet|\bdont|:|–|—)\s*$"
)


def _is_near_article(
    place: Place, article_oblasts: set[tuple[str, str]], anchors: Sequence[Place]
) -> bool:
    """The place's oblast is named in the article, or one of its towns is near."""
    if (place.country, place.admin1_code) in article_oblasts:
        return True
    return any(_distance_km(place, a) <= _POSTAL_NEAR_KM for a in anchors)


def _mention(
    text: str,
    article_id: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    candidates: Sequence[Candidate],
    score: float,
    reason: str,
) -> Mention:
    """A Mention of ``text[start:end]``: a town when it has candidates, else a region."""
    return Mention(
        article_id=article_id,
        start=start,
        end=end,
        text=text[start:end],
        sentence=text[sentence[0] : sentence[1]],
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        place=candidates[0].place if candidates else None,
        candidates=tuple(candidates),
        score=score,
        reason=reason,
        kind="town" if candidates else "region",
    )


# Candidate scores depend only on the name, its places and the context named
# in the memo key: a corpus asks for the same ones again and again.
_SCORED: dict[tuple[object, ...], list[Candidate]] = {}
_SCORED_MAX = 50_000


def _scored(
    hit: _Hit,
    gaz: Gazetteer,
    here: frozenset[tuple[str, str]],
    article_oblasts: frozenset[tuple[str, str]],
    anchors: Sequence[Place],
) -> list[Candidate]:
    """:func:`_score_candidates`, memoised on everything it reads."""
    near = frozenset(p.geonameid for p in anchors)
    memo_key = (id(gaz), hit.key, hit.ids, here, article_oblasts, near)
    candidates = _SCORED.get(memo_key)
    if candidates is None:
        candidates = _score_candidates(hit, gaz, here, article_oblasts, anchors)
        if len(_SCORED) > _SCORED_MAX:
            _SCORED.clear()
        _SCORED[memo_key] = candidates
    return candidates


def _region_codes(hit: _Hit, gaz: Gazetteer) -> set[tuple[str, str]]:
    """The oblasts a region mention names: its own code, or the towns' oblasts."""
    if hit.region is not None and hit.region.admin1_code:
        return {(hit.region.country, hit.region.admin1_code)}
    region = gaz.region_keys.get(hit.key)
    if region is not None and region.admin1_code:
        return {(region.country, region.admin1_code)}
    return set()


def _region_label(hit: _Hit, gaz: Gazetteer) -> str:
    codes = _region_codes(hit, gaz)
    return f" ({', '.join(f'{c}.{a}' for c, a in sorted(codes))})" if codes else ""


def _distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _score_candidates(
    hit: _Hit,
    gaz: Gazetteer,
    sentence_oblasts: frozenset[tuple[str, str]] | set[tuple[str, str]],
    article_oblasts: frozenset[tuple[str, str]] | set[tuple[str, str]],
    anchors: Sequence[Place],
) -> list[Candidate]:
    """Rank a hit's places; the scores become a probability over the candidates."""
    raw: list[tuple[float, Place, str]] = []
    for gid in hit.ids:
        place = gaz.places[gid]
        reasons: list[str] = []
        if not place.theatre:
            score = _PRIOR["world"]
            if place.population >= _FAMOUS:
                score += _FAMOUS_BONUS
                reasons.append("world city")
        elif place.country == "UA":
            score = _PRIOR["theatre_ua"]
            reasons.append("theatre")
        else:
            score = _PRIOR["theatre_ru"]
            reasons.append("border oblast")
        score += _POPULATION_WEIGHT * math.log10(place.population + 10)
        if gid in gaz.villages:
            score -= _POSTAL_PENALTY
            reasons.append("small village")
        if (hit.key, gid) in gaz.primary:
            score += _PRIMARY_BONUS
        if (hit.key, gid) in gaz.curated:
            score += _CURATED_BONUS
            reasons.append("curated spelling")
        oblast = (place.country, place.admin1_code)
        if oblast in sentence_oblasts:
            score += _OBLAST_SENTENCE
            reasons.append(f"oblast {place.admin1} named in the sentence")
        elif oblast in article_oblasts:
            score += _OBLAST_ARTICLE
            reasons.append(f"oblast {place.admin1} named in the article")
        if len(hit.ids) > 1 and any(a.geonameid == gid for a in anchors):
            score += _SAME_ARTICLE
            reasons.append("named so elsewhere in the article")
        elif len(hit.ids) > 1 and anchors:
            near = min(_distance_km(place, a) for a in anchors)
            for km, bonus in _NEAR:
                if near <= km:
                    score += bonus
                    if gid in gaz.villages and near <= _VILLAGE_VOUCHED_KM:
                        score += _POSTAL_PENALTY
                    reasons.append(f"{near:.0f} km from another town of the article")
                    break
        reasons.append(f"population {place.population:,}")
        raw.append((score, place, ", ".join(reasons)))
    top = max(s for s, _, _ in raw)
    weights = [math.exp(s - top) for s, _, _ in raw]
    total = sum(weights)
    ranked = sorted(
        (
            Candidate(place=p, score=round(w / total, 3), reason=r)
            for (_, p, r), w in zip(raw, weights, strict=True)
        ),
        key=lambda c: (-c.score, -c.place.population, c.place.geonameid),
    )
    if len(ranked) == 1:
        return [
            Candidate(
                ranked[0].place, ranked[0].score, "only place of that name; " + ranked[0].reason
            )
        ]
    runner = ranked[1]
    first = ranked[0]
    where = runner.place.admin1 or runner.place.country
    note = f"best of {len(ranked)} namesakes (next: {runner.place.name}, {where}); "
    return [Candidate(first.place, first.score, note + first.reason), *ranked[1:]]


# --- 4. online fallback --------------------------------------------------

_ONLINE_CUE = re.compile(
    r"\b(?:ville|village|localit[eé]|bourg|commune|cit[eé])\s+(?:de|d['’])\s*$"
)


def _add_online(
    text: str,
    mentions: list[Mention],
    gaz: Gazetteer,
    geocoder: Geocoder,
    sentences: _Sentences,
    article_id: str,
) -> list[Mention]:
    """Ask ``geocoder`` for cue-led names ("la ville de X") the gazetteer does not know."""
    known = {(m.start, m.end) for m in mentions}
    covered = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for s, e in _name_tokens(text):
        if (s, e) in known or any(a <= s < b for a, b in covered):
            continue
        if not _ONLINE_CUE.search(_before(text, s)):
            continue
        candidates = geocoder.geocode(text[s:e])
        if not candidates:
            continue
        best = candidates[0]
        span = sentences.span(sentences.index(s))
        added.append(_mention(text, article_id, s, e, span, candidates, best.score, best.reason))
    return sorted([*mentions, *added], key=lambda m: m.start)
