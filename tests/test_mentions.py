"""Mentions: the towns an article names, found and placed right (issue 2)."""

from __future__ import annotations

import pytest

from geoatlas.articles import read_articles
from geoatlas.gazetteer import Gazetteer
from geoatlas.mentions import find_mentions, split_sentences
from geoatlas.records import Mention
from tests.conftest import SEEDS

# GeoNames ids of the places the seeds name (checked against geonames.org).
POKROVSK, MYRNOHRAD, KRAMATORSK, SLOVIANSK = 704422, 710035, 704508, 693468
KUPIANSK, VOVCHANSK, SIVERSK, HULIAIPOLE_ZP = 703656, 689304, 694403, 707898
KURAKHOVE, LYMAN_DONETSK, KURSK, DONETSK = 695357, 704204, 538560, 709717
KHARKIV, ODESA, KHERSON, KYIV = 706483, 698740, 706448, 703448
MOSCOW, PARIS, MIAMI, GENEVA, WASHINGTON = 524901, 2988507, 4164138, 2660646, 4140963

# Per seed: the towns that must be found, and every place that may be found.
SEED_TOWNS = {
    "000": ({POKROVSK, KRAMATORSK, SLOVIANSK, MYRNOHRAD}, {DONETSK, KYIV}),
    "001": ({POKROVSK, KUPIANSK}, {DONETSK}),
    "002": (
        {POKROVSK, VOVCHANSK, SIVERSK, HULIAIPOLE_ZP, MIAMI, GENEVA, PARIS, MOSCOW},
        {WASHINGTON, KYIV},
    ),
    "003": ({KURAKHOVE, POKROVSK, KURSK, MOSCOW}, set()),
    "004": ({LYMAN_DONETSK}, {KYIV}),  # "Kiev et ses alliés"
}


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, str]:
    articles, problems = read_articles([SEEDS], manifest=SEEDS / "manifest.csv")
    assert not problems
    return {a.article_id[:3]: a.text for a in articles}


@pytest.mark.parametrize("seed", sorted(SEED_TOWNS))
def test_seed_towns_found_and_placed(
    seed: str, seed_articles: dict[str, str], gazetteer: Gazetteer
) -> None:
    must, may = SEED_TOWNS[seed]
    mentions = find_mentions(seed_articles[seed], article_id=seed, gazetteer=gazetteer)
    found = {m.place.geonameid for m in mentions if m.kind == "town" and m.place}
    assert must <= found, f"missed: {[gazetteer.place(i).name for i in must - found]}"
    extra = found - must - may
    false = [(m.text, m.place.name) for m in mentions if m.place and m.place.geonameid in extra]
    assert not extra, f"false places: {false}"


def test_seed_comment_section_is_not_read(
    seed_articles: dict[str, str], gazetteer: Gazetteer
) -> None:
    """Odessa, Kherson, Kharkov are named only in 002's reader comments."""
    found = {
        m.place.geonameid
        for m in find_mentions(seed_articles["002"], gazetteer=gazetteer)
        if m.place
    }
    assert not found & {ODESA, KHERSON, KHARKIV}


def test_seed_aliases_are_one_place(seed_articles: dict[str, str], gazetteer: Gazetteer) -> None:
    by_text = {
        m.text: m.place.geonameid
        for m in find_mentions(seed_articles["000"], gazetteer=gazetteer)
        if m.place
    }
    assert by_text["Krasnoarmeysk"] == by_text["Pokrovsk"] == POKROVSK
    lyman = {
        m.text: m.place.geonameid
        for m in find_mentions(seed_articles["004"], gazetteer=gazetteer)
        if m.place
    }
    assert lyman["Krasny Liman"] == lyman["Lyman"] == LYMAN_DONETSK


def test_seed_regions_are_regions(seed_articles: dict[str, str], gazetteer: Gazetteer) -> None:
    mentions = find_mentions(seed_articles["003"], gazetteer=gazetteer)
    kinds = [(m.text, m.kind) for m in mentions if m.text == "Koursk"]
    # "la région russe de Koursk" four times, "la capitale régionale, Koursk" once.
    assert kinds.count(("Koursk", "region")) >= 4
    assert ("Koursk", "town") in kinds
    assert all(m.kind == "region" for m in mentions if m.text == "Donbass")


def test_mention_records_provenance(gazetteer: Gazetteer) -> None:
    text = "Le contexte. Les forces russes ont pris Vouhledar hier."
    (m,) = find_mentions(text, article_id="a1", gazetteer=gazetteer)
    assert text[m.start : m.end] == m.text == "Vouhledar"
    assert m.sentence == "Les forces russes ont pris Vouhledar hier."
    assert text[m.sentence_start : m.sentence_end] == m.sentence
    assert m.article_id == "a1"
    assert m.place is not None and m.place.name == "Vuhledar"
    assert m.candidates[0].place == m.place
    assert 0 < m.score <= 1 and m.reason


# --- namesakes: context decides --------------------------------------------

NAMESAKES = [
    (
        "Dans la région de Zaporijjia, à Houliaïpole, les combats continuent.",
        "Houliaïpole",
        "Zaporizhzhia",
    ),
    (
        "À Houliaïpole, dans la région de Dnipropetrovsk, une frappe.",
        "Houliaïpole",
        "Dnipropetrovsk",
    ),
    ("Les combats font rage à Houliaïpole.", "Houliaïpole", "Zaporizhzhia"),
    ("Lyman, dans la région de Donetsk, a été repris.", "Lyman", "Donetsk"),
    ("Le village de Lyman, dans la région d'Odessa, est calme.", "Lyman", "Odesa"),
    ("Les forces avancent vers Kostiantynivka, près de Kramatorsk.", "Kostiantynivka", "Donetsk"),
    ("Avdiïvka, dans l'oblast de Tchernihiv, a été bombardée.", "Avdiïvka", "Chernihiv"),
    ("La chute d'Avdiïvka, près de Donetsk, est confirmée.", "Avdiïvka", "Donetsk"),
    ("Les Russes ont pris Niu-York, près de Toretsk.", "Niu-York", "Donetsk"),
    # a small village 4 km from Bakhmut, over a 5,000-people namesake 135 km away
    (
        "Wagner encercle Bakhmout. Les villages de Bogdanovka et Dubovo-Vasilevka sont toujours "
        "sous le contrôle des FAU.",
        "Bogdanovka",
        "Donetsk",
    ),
]


HISTORIC_NAMES = [
    # Rodynske, 9 km from Pokrovsk, was once "Krasnyi Lyman": the press's Lyman is the city.
    ("Les Russes ont pris Pokrovsk et Lyman.", "Lyman", LYMAN_DONETSK),
    # Novoselivka (861 people), 100 km from Kupiansk, was Krasnoarmiiske: "Krasnoarmeysk",
    # the Russian side's name for Pokrovsk, is the city (set 104).
    (
        "Dans deux endroits — dans les villes de Koupyansk et Krasnoarmeysk — l'ennemi s'est "
        "retrouvé bloqué et encerclé.",
        "Krasnoarmeysk",
        POKROVSK,
    ),
    # Pokrovsk was Grishino until 1934: today's Grishino is the village Hryshyne (708060),
    # 9 km from it (set 232)
    ("Les troupes russes sont entrées dans Grishino, près de Pokrovsk.", "Grishino", 708060),
]


@pytest.mark.parametrize(("sentence", "name", "geonameid"), HISTORIC_NAMES)
def test_historic_alias_of_a_village_does_not_take_a_city(
    sentence: str, name: str, geonameid: int, gazetteer: Gazetteer
) -> None:
    found = {m.text: m.place for m in find_mentions(sentence, gazetteer=gazetteer)}
    assert found[name] is not None and found[name].geonameid == geonameid


def test_a_channels_name_is_no_town(gazetteer: Gazetteer) -> None:
    """ "à KIEV24" names a television channel; a footnote's one digit still names the town."""
    found = [m.text for m in find_mentions("Il l'a dit à KIEV24.", gazetteer=gazetteer)]
    assert found == []
    found = [
        m.text for m in find_mentions("Les combats à Pokrovsk1 continuent.", gazetteer=gazetteer)
    ]
    assert found == ["Pokrovsk"]


@pytest.mark.parametrize(("sentence", "name", "admin1"), NAMESAKES)
def test_namesakes_resolved_by_context(
    sentence: str, name: str, admin1: str, gazetteer: Gazetteer
) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == name]
    assert m.place is not None and m.place.admin1 == admin1, m.reason
    assert len(m.candidates) > 1


WORLD_OR_THEATRE = [
    ("Les délégations se sont vues à Miami.", "Miami", "US"),
    ("La rencontre de Genève a été fructueuse.", "Genève", "CH"),
    ("Zelensky rencontre Macron à Paris.", "Paris", "FR"),
    ("Witkoff se rend à Moscou.", "Moscou", "RU"),
    ("Un sommet à New York.", "New York", "US"),
    ("Pokrovsk est tombée.", "Pokrovsk", "UA"),
    ("Seversk est sur le point de tomber.", "Seversk", "UA"),  # Siversk, not Seversk (Tomsk)
    ("Les habitants de Svatov ont fui.", "Svatov", "UA"),  # Svatove, not Shantou (Swatow)
]


@pytest.mark.parametrize(("sentence", "name", "country"), WORLD_OR_THEATRE)
def test_world_cities_resolve_to_themselves(
    sentence: str, name: str, country: str, gazetteer: Gazetteer
) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == name]
    assert m.place is not None and m.place.country == country
    assert m.place.theatre == (country in {"UA"})


# --- postal villages (population unknown): never over a known town -----------

# A known town, and a sentence naming it as the press does, where a village of the
# same name from GeoNames' postal codes is also a candidate: the town must win.
TOWN_OVER_VILLAGE = [
    ("Des frappes ont visé Poltava et Kharkiv.", "Poltava", 696643),  # village in Kharkiv obl.
    ("Zaporijjia a été bombardée dans la nuit.", "Zaporijjia", 687700),
    ("Soumy a été frappée par des drones.", "Soumy", 692194),  # Shumy, Donetsk oblast
    ("Les forces ukrainiennes tiennent Roubijné, près de Sievierodonetsk.", "Roubijné", 695274),
    ("Les combats continuent à Lyman.", "Lyman", LYMAN_DONETSK),  # Lyman, Luhansk oblast
    ("Smila et Tcherkassy ont été visées par des drones.", "Smila", 693457),
    ("Les forces russes avancent vers Plekhovo.", "Plekhovo", 697108),  # Plekhiv, 716 people
]


@pytest.mark.parametrize(("sentence", "name", "geonameid"), TOWN_OVER_VILLAGE)
def test_postal_village_does_not_displace_a_known_town(
    sentence: str, name: str, geonameid: int, gazetteer: Gazetteer
) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == name]
    assert m.place is not None and m.place.geonameid == geonameid, m.reason
    assert any(c.place.geonameid in gazetteer.villages for c in m.candidates[1:])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Les Russes ont pris Memryk.", False),  # nothing vouches for the village
        ("Les combats continuent à Memryk.", True),  # "à X": a place
        ("Les Russes ont pris Memryk, près de Pokrovsk.", True),  # a known town 25 km off
        ("Les Russes ont pris Memryk, dans la région de Donetsk.", True),  # its oblast
        ("Les Russes ont pris Memryk, près de Kharkiv.", False),  # 200 km: not its context
        ("Les Russes ont repris plusieurs localités, dont Memryk.", True),  # a list of villages
        ("Ils ont repris deux villages aux Russes, Hlynka et Memryk.", True),
        # a village of few namesakes vouches for one 19 km off; not 108 km off, and not a
        # name of dozens of villages (Stepanivka: one of them is near anything)
        ("Les Russes ont pris Memryk et Zhelanne.", True),
        ("Les Russes ont pris Memryk et Zavody.", False),
        ("Les Russes ont pris Memryk et Stepanivka.", False),
    ],
)
def test_postal_village_needs_context(sentence: str, found: bool, gazetteer: Gazetteer) -> None:
    towns = [m.place.name for m in find_mentions(sentence, gazetteer=gazetteer) if m.place]
    assert ("Memryk" in towns) == found, towns


# --- spelling variants: Russian forms and transcriptions, with the article's support -----

# (sentence, as written, the gazetteer's name, its oblast), or None for the place when
# the article does not vouch for any reading of the word.
VARIANTS = [
    ("Les forces russes ont capturé Klichtchievka, un petit village près de Bakhmut.",
     "Klichtchievka", "Klishchiivka", "Donetsk"),  # a French hand's Russian Клещеевка
    ("Des combats près de Pokrovsk, à Kucherove Yar.", "Kucherove Yar", "Kucheriv Yar", "Donetsk"),
    ("Les forces russes ont pris Solidar, au nord de Bakhmut.", "Solidar", "Soledar", "Donetsk"),
    ("Les Russes avancent à Zeleny Gayu, au sud de Velyka Novosilka.",
     "Zeleny Gayu", "Zelenyi Hai", "Donetsk"),
    # Alone, with no town of the article near, a variant is not believed.
    ("Les forces russes ont capturé Klichtchievka.", "Klichtchievka", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "written", "name", "oblast"), VARIANTS)
def test_spelling_variants_need_the_articles_support(
    sentence: str, written: str, name: str | None, oblast: str | None, gazetteer: Gazetteer
) -> None:
    m = _resolved(sentence, written, name, oblast, gazetteer)
    assert m is None or m.reason.startswith("spelling variant")


def _resolved(
    sentence: str, written: str, name: str | None, oblast: str | None, gazetteer: Gazetteer
) -> Mention | None:
    """The one mention of ``written``, checked to be (name, oblast); none when name is None."""
    found = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == written]
    if name is None:
        assert found == []
        return None
    (m,) = found
    assert m.place is not None and (m.place.name, m.place.admin1) == (name, oblast), m.reason
    return m


# --- Russian forms of Ukrainian villages (derived when the gazetteer is built) -------

# (sentence, as written, the gazetteer's name, its oblast): the gazetteer has only the
# Ukrainian name of these villages; their Russian form is found exactly, not as a variant.
RUSSIAN_FORMS = [
    ("Les forces russes ont pris Novoprokopovka, dans la région de Zaporijia.",
     "Novoprokopovka", "Novoprokopivka", "Zaporizhzhia"),  # -івка -> -овка
    ("Les combats se poursuivent à Glouchtchenkovo, au nord-est de Koupiansk.",
     "Glouchtchenkovo", "Hlushchenkove", "Kharkiv"),  # -ове -> -ово, in French letters
    ("Les troupes russes ont atteint Stepovaïa Novoselovka, près de Koupiansk.",
     "Stepovaïa Novoselovka", "Stepova Novoselivka", "Kharkiv"),  # Степовая
    ("Kleban-Byk et Katerinovka, près de Kostiantynivka, sont sous notre contrôle.",
     "Katerinovka", "Katerynivka", "Donetsk"),  # one of 23 namesakes: the one near
    ("Les Russes ont pris Shakhovoye, au sud-est de Dobropillia.",
     "Shakhovoye", "Shakhove", "Donetsk"),  # -ове -> -овое, with its "ye"
    ("Des combats près de Pokrovsk, à Kucherov Yar.", "Kucherov Yar", "Kucheriv Yar", "Donetsk"),
    ("Les Russes ont pris Tikhoye, près de Vovtchansk.", "Tikhoye", "Tykhe", "Kharkiv"),  # -хе
    ("Les Russes ont pris Staritsa, près de Vovtchansk.", "Staritsa", "Starytsia", "Kharkiv"),
    # a root's і read as е: Зарічне -> Zarechnoye, Білогорівка -> Belogorovka
    ("Les forces russes ont libéré Zarechnoye, près de Lyman.", "Zarechnoye", "Zarichne",
     "Donetsk"),
    ("Les Russes ont pris Belogorovka, près de Lyssytchansk.", "Belogorovka", "Bilohorivka",
     "Luhansk"),
    # a first name's village takes the patronymic's form, after a hyphen too
    ("Wagner encercle Bakhmout. Les villages de Bogdanovka et Dubovo-Vasilevka sont toujours "
     "sous le contrôle des FAU.", "Dubovo-Vasilevka", "Dubovo-Vasylivka", "Donetsk"),
    ("L'armée russe a libéré Ekaterinovka, près de Pokrovsk.", "Ekaterinovka", "Katerynivka",
     "Donetsk"),
    # the prefix роз- is раз- (Роздолівка -> Раздоловка), not the Kharkiv namesake
    ("Les forces russes ont pris Razdolovka, près de Soledar.", "Razdolovka", "Rozdolivka",
     "Donetsk"),
    # a first name after a hyphen: Рай-Олександрівка -> Рай-Александровка
    ("La RPL a annoncé la prise de Raï-Alexandrovka, près de Lissitchansk.",
     "Raï-Alexandrovka", "Rai-Oleksandrivka", "Luhansk"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "written", "name", "oblast"), RUSSIAN_FORMS)
def test_russian_forms_of_villages_are_found_exactly(
    sentence: str, written: str, name: str, oblast: str, gazetteer: Gazetteer
) -> None:
    m = _resolved(sentence, written, name, oblast, gazetteer)
    assert m is not None and not m.reason.startswith(("spelling variant", "fuzzy")), m.reason


# --- villages only Ukraine's codifier has (approximately placed) -----------------

CODIFIER_VILLAGES = [
    # Berdychi, by Avdiivka: never Berdychiv, a city of Zhytomyr oblast 600 km away.
    ("Les troupes se sont retirées de Berdytchi, près d'Avdiivka.", "Berdytchi",
     "Berdychi", "Donetsk"),
    ("Les Russes ont pris la localité de Zavody.", "Zavody", "Zavody", "Kharkiv"),
    ("L'ennemi a repris Zolotyi Kolodiaz, au nord de Dobropillia.", "Zolotyi Kolodiaz",
     "Zolotyi Kolodiaz", "Donetsk"),
    ("Les combats se poursuivent à Soukhi Yaly, près de Kourakhové.", "Soukhi Yaly",
     "Sukhi Yaly", "Donetsk"),
    # The first of a list after a plural place word is vouched for as well.
    ("Les troupes se sont retirées des localités de Berdytchi, Semenivka et Novomykhaïlivka.",
     "Berdytchi", "Berdychi", "Donetsk"),
    # Two villages of one hromada, each with one place of its name, vouch for each other.
    ("Kiev tient encore une partie de Berdychi et de Tonenke.", "Tonenke", "Tonenke",
     "Donetsk"),
    ("Les Russes contrôlent partiellement Berdychi et Tonenke.", "Berdychi", "Berdychi",
     "Donetsk"),
    # Like the postal villages, they need the article's support.
    ("Les forces russes ont capturé Berdytchi.", "Berdytchi", None, None),
    ("Il a longuement parlé de Zavody.", "Zavody", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "written", "name", "oblast"), CODIFIER_VILLAGES)
def test_codifier_villages_are_found_in_context(
    sentence: str, written: str, name: str | None, oblast: str | None, gazetteer: Gazetteer
) -> None:
    m = _resolved(sentence, written, name, oblast, gazetteer)
    assert m is None or (
        m.place is not None
        and m.place.geonameid in gazetteer.approximate
        and "small village" in m.reason
    )


# --- precision: no place made of a word, a person or a thing ---------------

NOT_PLACES = [
    "Or, les négociations ont échoué.",
    "Un char a été détruit près de la ligne de front.",
    "Vladimir Poutine a parlé longuement.",
    "Volodymyr Zelensky a répondu aux journalistes.",
    "Le croiseur Moskva a coulé en mer Noire.",
    "Il l'a dit sur la chaîne de télévision russe Rossiya 24.",
    "Human Rights Watch dénonce des exactions.",
    "Staline avait ordonné la déportation.",
    "Le système Tor a été détruit par un drone.",
    "Le bataillon Aïdar a été redéployé.",
    "L'oléoduc Droujba transporte du pétrole.",
    "La rivière Oskil sépare les deux armées.",
    "Les troupes ont reculé sur la rive du Dniepr.",
    "Les Russes ont renforcé leur pression sur la rive gauche de l'Oskol.",
    "Kaja Kallas a commenté la situation.",
    "Le club de Chakhtar Donetsk a gagné.",
    "La Chine, l'Inde et les monarchies du Golfe observent.",
    "L'un des délégués a parlé. J'ai encore des doutes.",
]


@pytest.mark.parametrize("sentence", NOT_PLACES)
def test_no_place_from_words_people_or_things(sentence: str, gazetteer: Gazetteer) -> None:
    towns = [
        (m.text, m.place.name)
        for m in find_mentions(sentence, gazetteer=gazetteer)
        if m.kind == "town" and m.place
    ]
    assert towns == []


REGIONS = [
    ("Le chef de l'administration militaire régionale de Louhansk a parlé.", "Louhansk"),
    ("La situation dans la région de Koursk reste tendue.", "Koursk"),
    ("L'oblast de Kherson est en partie occupé.", "Kherson"),
    ("La Russie veut tout le Donbass.", "Donbass"),
    ("Des troupes dans les régions de Kharkiv et Dnipropetrovsk.", "Dnipropetrovsk"),
    ("La République populaire de Donetsk a voté.", "Donetsk"),
    ("Les combats dans la région russe de Koursk continuent.", "Koursk"),
    ("Les parties de Zaporijjia contrôlées par Moscou.", "Zaporijjia"),
    ("Une frappe dans la région sud-est de Zaporijia.", "Zaporijia"),
    # "en" before a region's name, "à" before a town's.
    ("Les défenseurs empêchent la progression de l'ennemi en Dnipropetrovsk.", "Dnipropetrovsk"),
    ("Les défenseurs tiennent la ligne en Zaporijia.", "Zaporijia"),
    # a cardinal part of a region's name; a region's name set off after a town
    ("Il était une fois, dans le nord pittoresque de Kharkiv, un petit village.", "Kharkiv"),
    ("Le village de Varachino, à Soumy, est repassé sous contrôle russe.", "Soumy"),
    ("Les Russes sont entrés à Koupiansk, dans Kharkiv.", "Kharkiv"),
    # "les régions X et Y" with no "de" (set 83)
    ("Les combats sont en cours dans les régions Belgorod et Koursk.", "Belgorod"),
    ("Les combats sont en cours dans les régions Belgorod et Koursk.", "Koursk"),
    # the borders between regions (set 96)
    ("Des villages près des frontières administratives de Dnipropetrovsk et Donetsk.", "Donetsk"),
    ("Des villages près des frontières entre Dnipropetrovsk, Donetsk et Zaporijjia.",
     "Zaporijjia"),
    ("Des villages près des frontières entre Dnipropetrovsk, Donetsk et Zaporijjia.",
     "Dnipropetrovsk"),
    # set off as a region (set 99)
    ("La chute de Lyssytchansk achève la conquête de Louhansk, l'une des deux régions du "
     "Donbass.", "Louhansk"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name"), REGIONS)
def test_regions_are_marked_as_regions(sentence: str, name: str, gazetteer: Gazetteer) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == name]
    assert m.kind == "region" and m.place is None


# The same names as towns: after a speaker's comma, after "à" with no town before it.
CAPITALS_AS_TOWNS = [
    ("Selon Kiev, à Kherson, les combats continuent.", "Kherson"),
    ("Hier, à Kherson, les combats continuent.", "Kherson"),
    ("Mardi, à Kharkiv, une frappe a tué trois personnes.", "Kharkiv"),
    ("D'après Moscou, à Kherson, les combats continuent.", "Kherson"),
    ("Les Russes bombardent Kharkiv, à la frontière.", "Kharkiv"),
    ("Les combats font rage à Soumy, dans le nord.", "Soumy"),
    # a town of the region's name, set off as a town
    ("Les Russes ont pris Kherson, une ville de la région.", "Kherson"),
    # after a river, which takes an article: not "in the region" (set 224)
    ("Ils sont arrivés sur la rive droite du Dniepr, à Kherson, mardi.", "Kherson"),
]


@pytest.mark.parametrize(("sentence", "name"), CAPITALS_AS_TOWNS)
def test_capitals_as_towns(sentence: str, name: str, gazetteer: Gazetteer) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == name]
    assert m.kind == "town" and m.place is not None


# --- writing: elision, prepositions, hyphens, capitals, accents ------------

WRITING = [
    ("la prise d'Avdiïvka", "Avdiïvka", 713122),
    ("la prise d’Avdiïvka", "Avdiïvka", 713122),
    ("la prise d'Avdiivka", "Avdiivka", 713122),
    ("les combats à Koupiansk", "Koupiansk", KUPIANSK),
    ("les combats a Koupiansk", "Koupiansk", KUPIANSK),
    ("l'assaut sur Tchassiv Iar", "Tchassiv Iar", 710915),
    ("l'assaut sur Tchassiv-Iar", "Tchassiv-Iar", 710915),
    ("LES RUSSES A BAKHMOUT", "BAKHMOUT", 713174),
    ("la ville d'Artiomovsk", "Artiomovsk", 713174),
    ("les troupes a Zaporijjia", "Zaporijjia", None),
    ("a Huleipole et a Siversk", "Huleipole", HULIAIPOLE_ZP),
    # an official's name after the town of the office (set 90)
    ("a déclaré le maire de Severodonetsk Olexandre Striouk", "Severodonetsk", 691999),
    ("le chef de l'administration militaire de Kherson Roman Mrotchko", "Kherson", 706448),
    # a side's name, a noun with a capital, before the town (set 158)
    ("avoir cédé aux Russes Soledar, une petite ville", "Soledar", 706757),
    ("repris aux Ukrainiens Pokrovsk", "Pokrovsk", 704422),
    # French transcriptions of Суджа; "Souja" landed on Sousse (set 239)
    ("Les forces russes ont occupé Souja, une ville de la région de Koursk.", "Souja", 486816),
    ("les combats le long de la route entre Sudja et Koursk", "Sudja", 486816),
    # the Russian form of Верхня Терса, a village named after "le contrôle de" (set 248)
    ("les combats pour le contrôle de Verkhnyaya Tersa", "Verkhnyaya Tersa", 620416072339),
]


@pytest.mark.parametrize(("text", "name", "geonameid"), WRITING)
def test_spellings_in_running_text(
    text: str, name: str, geonameid: int | None, gazetteer: Gazetteer
) -> None:
    (m,) = [m for m in find_mentions(text, gazetteer=gazetteer) if m.text == name]
    assert m.place is not None
    if geonameid is not None:
        assert m.place.geonameid == geonameid, (m.place, m.reason)


def test_hyphenated_pair_of_towns(gazetteer: Gazetteer) -> None:
    ms = find_mentions("L'agglomération de Pokrovsk-Myrnohrad est encerclée.", gazetteer=gazetteer)
    assert [(m.text, m.place.geonameid if m.place else None) for m in ms] == [
        ("Pokrovsk", POKROVSK),
        ("Myrnohrad", MYRNOHRAD),
    ]
    assert find_mentions("Le sommet Poutine-Witkoff a eu lieu.", gazetteer=gazetteer) == []


def test_longest_name_wins(gazetteer: Gazetteer) -> None:
    ms = find_mentions("Les troupes alliées se sont retirées de Krasny Liman.", gazetteer=gazetteer)
    assert [m.text for m in ms] == ["Krasny Liman"]


def test_split_sentences_keeps_offsets() -> None:
    text = "Pokrovsk est tombée. Kiev dément!\nNouvelle ligne ici… Fin. « Bakhmout tient », dit-il."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Pokrovsk est tombée.",
        "Kiev dément!",
        "Nouvelle ligne ici…",
        "Fin.",
        "« Bakhmout tient », dit-il.",
    ]


def test_an_abbreviation_or_an_initial_ends_no_sentence() -> None:
    text = (
        "La capture de Bakhmout a été revendiquée par M. Prigojine. Le général V. Guerassimov "
        "a parlé à Mme. Maliar. Le plan B. Fin."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "La capture de Bakhmout a été revendiquée par M. Prigojine.",
        "Le général V. Guerassimov a parlé à Mme. Maliar.",
        "Le plan B. Fin.",
    ]


def test_a_number_may_open_a_sentence() -> None:
    # after a word and a stop, a number starts the next sentence; an abbreviated month, a
    # decimal with a space or a number after a single letter does not end one
    text = (
        "Rybar faisait état de combats à Staromaïorské. 24 heures plus tard, Moscou a annoncé "
        "sa prise. Le 3 janv. 2024 et le 5 sept. 2023 sont des dates. Il y a 3. 5 km. Fin."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Rybar faisait état de combats à Staromaïorské.",
        "24 heures plus tard, Moscou a annoncé sa prise.",
        "Le 3 janv. 2024 et le 5 sept. 2023 sont des dates.",
        "Il y a 3. 5 km.",
        "Fin.",
    ]


def test_gornal_the_last_kursk_village_is_found(gazetteer: Gazetteer) -> None:
    # a curated village (GeoNames lists no Горналь): the last one Ukraine held in Kursk oblast
    sentence = "Le village de Gornal, dans la région de Koursk, a été repris."
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == "Gornal"]
    assert m.place is not None and (m.place.name, m.place.country) == ("Gornal", "RU")


@pytest.mark.parametrize(
    ("sentence", "written", "name"),
    [
        # curated villages of the 2024-2025 Kursk fighting (no GeoNames row; see the CSV)
        ("Les Russes ont repris Gontcharovka, dans la banlieue de Soudja.", "Gontcharovka",
         "Goncharovka"),
        ("Des combats ont lieu à Staraïa Sorotchina, dans la région de Koursk.",
         "Staraïa Sorotchina", "Staraya Sorochina"),
        ("Les villages de Lioubimovka et de Tolstoï Loug, près de Korenevo, ont été repris.",
         "Lioubimovka", "Lyubimovka"),
        ("Les villages de Lioubimovka et de Tolstoï Loug, près de Korenevo, ont été repris.",
         "Tolstoï Loug", "Tolstoy Lug"),
    ],
)  # fmt: skip
def test_kursk_villages_of_the_incursion_are_found(
    gazetteer: Gazetteer, sentence: str, written: str, name: str
) -> None:
    (m,) = [m for m in find_mentions(sentence, gazetteer=gazetteer) if m.text == written]
    assert m.place is not None and (m.place.name, m.place.admin1) == (name, "Kursk")


def test_a_cut_in_a_quotation_ends_no_sentence() -> None:
    text = "Ils « ont libéré des villes (...) dont Izioum » et [...] Lyman. Fin… Nouvelle."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ils « ont libéré des villes (...) dont Izioum » et [...] Lyman.",
        "Fin…",
        "Nouvelle.",
    ]


def test_a_line_wrapped_inside_a_sentence_goes_on() -> None:
    # A page's hard wrap after a word or a comma, before a lowercase word, is no sentence
    # end; a line that starts with a capital, or follows a stop, starts one.
    text = (
        "Les villages de Novenke, Basivka\nsont désormais aux mains de la Russie, a dit le "
        "gouverneur,\nprécisant que les habitants sont partis.\nla suite\nTitre\nUn autre."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Les villages de Novenke, Basivka\nsont désormais aux mains de la Russie, a dit le "
        "gouverneur,\nprécisant que les habitants sont partis.",
        "la suite",
        "Titre",
        "Un autre.",
    ]


def test_a_heading_and_its_list_are_one_sentence() -> None:
    text = "Sous contrôle russe :\nSoledar, Siversk – Direction Bakhmout;\nLyman.\nFin du bulletin."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sous contrôle russe :\nSoledar, Siversk – Direction Bakhmout;\nLyman.",
        "Fin du bulletin.",
    ]


@pytest.mark.parametrize(
    ("sentence", "town", "kind"),
    [
        # Each town of a list given with its region stays a town ...
        ("Kamianske dans la région de Zaporijjia, Vovtchansk dans la région de Kharkiv.",
         "Vovtchansk", "town"),
        # ... while a region's name listed after "les régions de" is a region.
        ("Des troupes dans les régions de Kharkiv et Dnipropetrovsk.", "Dnipropetrovsk", "region"),
        ("Dans les régions de Donetsk, Louhansk et Zaporijjia, les combats continuent.",
         "Zaporijjia", "region"),
        # "les régions de" before towns that name no region: a translated "the areas of".
        ("Des assauts repoussés dans les régions de Bilohorivka, Rozdolivka et Bakhmut.",
         "Bilohorivka", "town"),
        ("Des assauts repoussés dans les régions de Bilohorivka, Rozdolivka et Bakhmut.",
         "Bakhmut", "town"),
        ("Des assauts dans la région de Bakhmout.", "Bakhmout", "region"),
        # ... and "la région de" a village too small to be a district's seat is its area
        ("Des combats féroces dans la région de Novoivanovka.", "Novoivanovka", "town"),
        ("Des combats dans la région de Soudja.", "Soudja", "region"),
        # the districts of a town by their compass point are the town's; "le district de" is
        # its raion
        ("Les Russes tiennent les districts nord de Koupiansk.", "Koupiansk", "town"),
        ("Des combats dans le district de Koupiansk.", "Koupiansk", "region"),
        # "un district de X" is one of the town's
        ("Les Russes s'implantent dans un district de Lyssytchansk.", "Lyssytchansk", "town"),
        # a region's name listed right after a region's ("dans certaines parties de
        # Lougansk et de Donetsk"); a town that names no region stays a town
        ("Kiev tient des positions dans certaines parties de Lougansk et de Donetsk.",
         "Donetsk", "region"),
        ("Des combats dans la région de Louhansk et Kharkiv.", "Kharkiv", "region"),
        ("Des combats dans la région de Donetsk et Pokrovsk.", "Pokrovsk", "town"),
        # "les régions libérées de X et Y": oblasts, not their capitals
        ("Kiev évacue les régions libérées de Kherson et Mykolaïv.", "Mykolaïv", "region"),
        # "le territoire de" a town that names no region is the town's ground.
        ("Wagner contrôle l'ensemble du territoire de Soledar.", "Soledar", "town"),
        ("Les troupes sont entrées sur le territoire de Koursk.", "Koursk", "region"),
    ],
)  # fmt: skip
def test_town_listed_after_a_region(sentence: str, town: str, kind: str) -> None:
    [mention] = [m for m in find_mentions(sentence) if m.text == town]
    assert mention.kind == kind


def test_a_bullet_after_a_full_stop_starts_a_sentence() -> None:
    # A claim about the bullet's towns is not read with the line before it; a list that
    # a heading opens stays one sentence.
    text = (
        "Seuls les bâtiments font encore l'objet de combats.\n"
        "- Kourakhove a été capturée, aux côtés d'Avdiivka.\n"
        "Les localités reprises :\n- Pokrovsk\n- Myrnohrad"
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Seuls les bâtiments font encore l'objet de combats.",
        "- Kourakhove a été capturée, aux côtés d'Avdiivka.",
        "Les localités reprises :\n- Pokrovsk\n- Myrnohrad",
    ]
