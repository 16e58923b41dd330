"""French date expressions resolved against a publication date (geoatlas.dates)."""

from __future__ import annotations

import datetime as dt
import doctest
import itertools
import unicodedata
from pathlib import Path

import pytest

import geoatlas.dates
from geoatlas.dates import (
    date_of_sentence,
    find_date_expressions,
    find_explicit_dates,
    resolve_date,
)

D = dt.date
TUE = D(2025, 12, 2)  # seed 002: Tuesday 2 December 2025
MON = D(2025, 1, 6)  # seed 003 (manifest): Monday 6 January 2025
SAT = D(2022, 10, 1)  # seed 004 (manifest): Saturday 1 October 2022
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


RESOLVED = [
    # day and month, year inferred: most recent such day not after publication
    ("le 1er décembre", TUE, D(2025, 12, 1), "day"),
    ("le 30 novembre", TUE, D(2025, 11, 30), "day"),
    ("le 2 décembre", TUE, D(2025, 12, 2), "day"),
    ("le 3 décembre", TUE, D(2024, 12, 3), "day"),
    ("Ce 1er octobre", SAT, D(2022, 10, 1), "day"),
    ("ce 1er octobre", TUE, D(2025, 10, 1), "day"),
    ("le 20 janvier", MON, D(2024, 1, 20), "day"),
    ("le 6 août", MON, D(2024, 8, 6), "day"),
    ("le 6 aout", MON, D(2024, 8, 6), "day"),
    ("le 1er decembre", TUE, D(2025, 12, 1), "day"),
    ("le 12 novembre", TUE, D(2025, 11, 12), "day"),
    ("le 1re décembre", TUE, D(2025, 12, 1), "day"),
    ("5 fevrier", TUE, D(2025, 2, 5), "day"),
    ("29 février", TUE, D(2024, 2, 29), "day"),
    ("le premier décembre", TUE, D(2025, 12, 1), "day"),
    ("dimanche 30 novembre", TUE, D(2025, 11, 30), "day"),
    ("1er déc.", TUE, D(2025, 12, 1), "day"),
    # explicit year: the publication does not matter
    ("le 5 novembre 2025", TUE, D(2025, 11, 5), "day"),
    ("le 5 novembre 2025", None, D(2025, 11, 5), "day"),
    ("le 12 novembre 2025", None, D(2025, 11, 12), "day"),
    ("le 19 décembre 2024", TUE, D(2024, 12, 19), "day"),
    ("mardi 2 décembre 2025", None, D(2025, 12, 2), "day"),
    ("le 1er decembre 2025", None, D(2025, 12, 1), "day"),
    ("January 5, 2025", None, D(2025, 1, 5), "day"),
    ("5 January 2025", None, D(2025, 1, 5), "day"),
    ("05/11/2025", None, D(2025, 11, 5), "day"),
    ("2025-11-05", None, D(2025, 11, 5), "day"),
    ("5 janv. 2025", None, D(2025, 1, 5), "day"),
    # weekdays: the most recent such day on or before publication
    ("lundi", TUE, D(2025, 12, 1), "day"),
    ("Lundi", TUE, D(2025, 12, 1), "day"),
    ("dimanche", TUE, D(2025, 11, 30), "day"),
    ("mardi", TUE, D(2025, 12, 2), "day"),
    ("mercredi", TUE, D(2025, 11, 26), "day"),
    ("samedi soir", TUE, D(2025, 11, 29), "day"),
    ("lundi matin", TUE, D(2025, 12, 1), "day"),
    ("vendredi", TUE, D(2025, 11, 28), "day"),
    ("mardi dernier", TUE, D(2025, 11, 25), "day"),
    ("lundi prochain", TUE, D(2025, 12, 8), "day"),
    ("dimanche", MON, D(2025, 1, 5), "day"),
    ("lundi", MON, D(2025, 1, 6), "day"),
    # nights are dated by the day they begin
    ("dans la nuit de mardi à mercredi", D(2025, 12, 3), D(2025, 12, 2), "day"),
    ("dans la nuit de samedi à dimanche", TUE, D(2025, 11, 29), "day"),
    ("la nuit du 30 novembre au 1er décembre", TUE, D(2025, 11, 30), "day"),
    ("la nuit du 30 au 1er décembre", TUE, D(2025, 11, 30), "day"),
    ("la nuit du 31 octobre au 1er novembre", TUE, D(2025, 10, 31), "day"),
    # relative to the publication day
    ("hier", TUE, D(2025, 12, 1), "day"),
    ("hier soir", TUE, D(2025, 12, 1), "day"),
    ("avant-hier", TUE, D(2025, 11, 30), "day"),
    ("la veille", SAT, D(2022, 9, 30), "day"),
    ("La veille", TUE, D(2025, 12, 1), "day"),
    ("l'avant-veille", TUE, D(2025, 11, 30), "day"),
    ("aujourd'hui", TUE, D(2025, 12, 2), "day"),
    ("aujourd’hui", TUE, D(2025, 12, 2), "day"),
    ("ce matin", TUE, D(2025, 12, 2), "day"),
    ("cet après-midi", TUE, D(2025, 12, 2), "day"),
    ("demain", TUE, D(2025, 12, 3), "day"),
    ("il y a trois jours", TUE, D(2025, 11, 29), "day"),
    ("il y a 10 jours", TUE, D(2025, 11, 22), "day"),
    # months: precision "month", dated the 1st
    ("en octobre", TUE, D(2025, 10, 1), "month"),
    ("début novembre", TUE, D(2025, 11, 1), "month"),
    ("debut novembre", TUE, D(2025, 11, 1), "month"),
    ("fin novembre", TUE, D(2025, 11, 1), "month"),
    ("mi-novembre", TUE, D(2025, 11, 1), "month"),
    ("à la mi-octobre", TUE, D(2025, 10, 1), "month"),
    ("au début du mois de novembre", TUE, D(2025, 11, 1), "month"),
    ("en décembre", TUE, D(2025, 12, 1), "month"),
    ("en janvier", TUE, D(2025, 1, 1), "month"),
    ("en février dernier", SAT, D(2022, 2, 1), "month"),
    ("en fevrier dernier", SAT, D(2022, 2, 1), "month"),
    ("en octobre dernier", SAT, D(2021, 10, 1), "month"),
    ("en mai 2024", None, D(2024, 5, 1), "month"),
    ("octobre 2024", None, D(2024, 10, 1), "month"),
    # the year said once, after the second month: the first month is of that year too
    ("en février et mars 2022", TUE, D(2022, 2, 1), "month"),
    ("le mois dernier", TUE, D(2025, 11, 1), "month"),
    ("au cours du mois dernier", TUE, D(2025, 11, 1), "month"),
    ("le mois dernier", MON, D(2024, 12, 1), "month"),
]


@pytest.mark.parametrize(("expression", "published", "expected", "precision"), RESOLVED)
def test_resolve_date(
    expression: str, published: dt.date | None, expected: dt.date, precision: str
) -> None:
    assert resolve_date(expression, published) == (expected, precision)


def test_the_table_is_large_enough() -> None:
    assert len(RESOLVED) >= 40


@pytest.mark.parametrize(
    "expression",
    [
        "la nuit du 31 au 1er décembre",  # November has no 31st
        "31 février",
        "31 février 2025",
        "le 30 février",
        "le 31 novembre 2025",
        "29 février 2025",
        "31/11/2025",
        "2025-02-30",
        "February 30, 2025",
        "la semaine dernière",  # a week is not a precision geoatlas has
        "le ministère russe de la Défense",
        "",
    ],
)
def test_impossible_dates_and_non_dates_are_unknown(expression: str) -> None:
    assert resolve_date(expression, TUE) == (None, "unknown")


@pytest.mark.parametrize(
    "expression", ["le 1er décembre", "lundi", "hier", "la veille", "en octobre", "Ce 1er octobre"]
)
def test_relative_expressions_need_a_publication_date(expression: str) -> None:
    assert resolve_date(expression, None) == (None, "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lundi, la Russie a annoncé la prise de Pokrovsk.",
            ["Lundi"],
        ),
        (
            "Victoire sans appel de la Russie à Pokrovsk à la veille du sommet Poutine-Witkoff",
            [],
        ),
        ("La veille, le président russe avait signé.", ["La veille"]),
        ("Il est évident que l’échec d’hier n’arrêtera pas l’ennemi", ["hier"]),
        ("le 1er décembre après une longue campagne", ["le 1er décembre"]),
        ("mardi 2 décembre 2025", ["mardi 2 décembre 2025"]),
        ("Plus tôt ce 1er octobre, l'armée ukrainienne", ["ce 1er octobre"]),
        ("lancée en février dernier par la Russie", ["en février dernier"]),
        ("avant-hier et hier soir", ["avant-hier", "hier soir"]),
        ("dans la nuit de mardi à mercredi, des drones", ["dans la nuit de mardi à mercredi"]),
        ("(@silvano_trotta) January 5, 2025", ["January 5, 2025"]),
        # numbers and words that are not dates
        ("Après 19 séries de sanctions de l’UE contre la Russie", []),
        ("La ville comptait 60 000 habitants et 28 points de contrôle", []),
        ("Le tas de débiles mafieux (au 1er degré)", []),
        ("en conflit depuis 2014 avec le pouvoir ukrainien", []),
        ("un dispositif de type article 5", []),
        ("Le 1er décembre\nnovembre", ["Le 1er décembre"]),
    ],
)
def test_find_date_expressions(text: str, expected: list[str]) -> None:
    spans = find_date_expressions(text)
    assert [expression for _, _, expression in spans] == expected
    for start, end, expression in spans:
        assert text[start:end] == expression


def test_find_date_expressions_spans_are_ordered_and_disjoint() -> None:
    text = (SEEDS / "002_4127280d852a58a2.txt").read_text(encoding="utf-8")
    spans = find_date_expressions(text)
    assert len(spans) > 10
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        assert end <= start


def test_find_date_expressions_without_accents() -> None:
    text = _strip_accents("Le 1er décembre, début février et le 6 août, après-midi")
    assert [e for _, _, e in find_date_expressions(text)] == [
        "Le 1er decembre",
        "debut fevrier",
        "le 6 aout",
    ]


def test_find_explicit_dates_keeps_impossible_ones_as_none() -> None:
    text = "mardi 31 février 2025, puis le 1er décembre 2025 et le 30 novembre."
    second = text.index("le 1er")
    assert find_explicit_dates(text) == [
        (0, 21, "mardi 31 février 2025", None),
        (second, second + 20, "le 1er décembre 2025", D(2025, 12, 1)),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "context", "expected"),
    [
        (
            "Lundi, la Russie a officiellement annoncé que ses troupes ont pris Pokrovsk.",
            TUE,
            "",
            (D(2025, 12, 1), "day", "Lundi"),
        ),
        # the first expression that gives a day wins over a month
        (
            "Début novembre, puis dimanche, les forces russes ont avancé.",
            TUE,
            "",
            (D(2025, 11, 30), "day", "dimanche"),
        ),
        (
            "Les forces russes ont avancé début novembre.",
            TUE,
            "",
            (D(2025, 11, 1), "month", "début novembre"),
        ),
        # no date in the sentence: the nearest one in the context
        (
            "Les troupes se sont retirées de Krasny Liman.",
            SAT,
            "Le 30 septembre, Poutine a signé. Ce 1er octobre, le ministère a parlé.",
            (D(2022, 10, 1), "day", "Ce 1er octobre"),
        ),
        # none at all: the publication date
        (
            "Les troupes se sont retirées de Krasny Liman.",
            SAT,
            "Le ministère a parlé.",
            (SAT, "published", None),
        ),
        # the context has moved on from its day ("depuis," since then): the publication date
        (
            "L'avancée se fait en parallèle d'une progression dans la ville de Pokrovsk.",
            TUE,
            "Des vidéos montraient des soldats dans le village lundi 24 novembre. L'armée russe "
            "a toutefois continué sa progression depuis, et y déploie des moyens importants.",
            (TUE, "published", None),
        ),
        (
            "Les forces russes ont pris Rodynske.",
            TUE,
            "Des combats ont eu lieu lundi 24 novembre. Depuis lors, la situation a changé.",
            (TUE, "published", None),
        ),
        # a sentence told in the present of the article: the publication date
        (
            "Car, pour l'instant, l'Ukraine ne concède pas la chute de Toretsk.",
            TUE,
            "Les Russes ont pris Kourakhové en octobre.",
            (TUE, "published", None),
        ),
        (
            "Les combats se poursuivent actuellement à Pokrovsk.",
            TUE,
            "Des combats ont eu lieu lundi 24 novembre.",
            (TUE, "published", None),
        ),
        # a narrative sentence with no such word: the day told before still dates it
        (
            "L'Ukraine ne concède pas la chute de Toretsk.",
            TUE,
            "Les Russes ont pris Kourakhové en octobre.",
            (D(2025, 10, 1), "month", "en octobre"),
        ),
        # "depuis" with its own object is no "since then": the day told still counts
        (
            "Les forces russes ont pris Rodynske.",
            TUE,
            "Lundi 24 novembre, les combats ont repris depuis le nord.",
            (D(2025, 11, 24), "day", "Lundi 24 novembre"),
        ),
        # the month of publication, told before: the publication day says more than its 1st
        (
            "Pokrovsk tient toujours.",
            TUE,
            "Puis en octobre. Nous sommes en décembre 2025.",
            (TUE, "published", None),
        ),
        # another month told before still dates the sentence
        (
            "Pokrovsk tenait toujours.",
            TUE,
            "Nous étions en octobre 2025.",
            (D(2025, 10, 1), "month", "en octobre 2025"),
        ),
        # an impossible date is ignored
        (
            "Le 31 février, la ville est tombée.",
            TUE,
            "",
            (TUE, "published", None),
        ),
        # an undated article: no guess
        (
            "Ce 1er octobre, le ministère russe de la Défense a déclaré le retrait.",
            None,
            "",
            (None, "unknown", "Ce 1er octobre"),
        ),
        ("La Russie a annoncé la prise de Pokrovsk.", None, "", (None, "unknown", None)),
        (
            "Rodynske a été prise le 5 novembre 2025.",
            None,
            "",
            (D(2025, 11, 5), "day", "le 5 novembre 2025"),
        ),
        # "plus tôt dans la journée": the day of the report, not the weekday said before
        (
            "Plus tôt dans la journée, l'armée russe a annoncé être entrée dans Lyssytchansk.",
            SAT,
            "L'armée ukrainienne avait annoncé jeudi son retrait de Sievierodonetsk.",
            (SAT, "day", "Plus tôt dans la journée"),
        ),
        # ... but "dans la journée de mardi" is Tuesday's
        (
            "Dans la journée de mardi, les Russes ont pris Pokrovsk.",
            SAT,
            "",
            (D(2022, 9, 27), "day", "mardi"),
        ),
        # a year gone by, with no day or month: not the day of publication, and unknown
        (
            "Kramatorsk, occupée par des séparatistes en 2014, est une ville clé.",
            TUE,
            "",
            (None, "unknown", "en 2014"),
        ),
    ],
)
def test_date_of_sentence(
    sentence: str,
    published: dt.date | None,
    context: str,
    expected: tuple[dt.date | None, str, str | None],
) -> None:
    assert date_of_sentence(sentence, published, context=context) == expected


@pytest.mark.parametrize(
    ("seed", "published", "sentence_start", "expected"),
    [
        ("002_4127280d852a58a2.txt", TUE, "Lundi, la Russie", (D(2025, 12, 1), "day", "Lundi")),
        (
            "002_4127280d852a58a2.txt",
            TUE,
            "Dimanche, le chef",
            (D(2025, 11, 30), "day", "Dimanche"),
        ),
        (
            "000_dfc8cb2fcdb21a87.txt",
            D(2025, 12, 1),
            "La Russie a annoncé le contrôle",
            (D(2025, 12, 1), "day", "le 1er décembre"),
        ),
        (
            "001_8531ec7e74cd07b7.txt",
            D(2025, 11, 5),
            "Le 5 novembre",
            (D(2025, 11, 5), "day", "Le 5 novembre"),
        ),
        ("004_36e5151ab0603369.txt", SAT, "La veille", (D(2022, 9, 30), "day", "La veille")),
        (
            "004_36e5151ab0603369.txt",
            SAT,
            "Ce 1er octobre",
            (D(2022, 10, 1), "day", "Ce 1er octobre"),
        ),
        (
            "003_a6c409483e480484.txt",
            MON,
            "La Russie a déclaré lundi",
            (D(2025, 1, 6), "day", "lundi"),
        ),
    ],
)
def test_date_of_seed_sentences(
    seed: str,
    published: dt.date,
    sentence_start: str,
    expected: tuple[dt.date, str, str],
) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    start = text.index(sentence_start)
    end = text.index(".", start) + 1
    assert date_of_sentence(text[start:end], published) == expected


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(geoatlas.dates)
    assert tried > 0
    assert failures == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La Russie a déclaré lundi avoir pris Kourakhove.", D(2025, 1, 6)),
        ("L'Ukraine a lancé dimanche une offensive.", D(2025, 1, 5)),
        ("Samedi, les combats ont repris.", D(2025, 1, 4)),
    ],
)
def test_weekdays_after_a_lower_bound(sentence: str, expected: dt.date) -> None:
    """Dated only by a post it quotes (Sunday 5 January): weekdays read from the day after."""
    found = date_of_sentence(sentence, D(2025, 1, 5), published_is_lower_bound=True)
    assert found[:2] == (expected, "day")


# (sentence, the word the claim's cue starts with, published, expected date)
ANCHORED = [
    # two events, two days: each claim takes the expression nearest to its cue
    ("L'armée ukrainienne dit s'être retirée mardi de Siversk, dont les Russes avaient "
     "revendiqué la capture le 11 décembre.", "retirée", D(2025, 12, 25), D(2025, 12, 23)),
    ("L'armée ukrainienne dit s'être retirée mardi de Siversk, dont les Russes avaient "
     "revendiqué la capture le 11 décembre.", "revendiqué", D(2025, 12, 25), D(2025, 12, 11)),
    # a "depuis que" clause dates another event, even when it is nearer
    ("Depuis qu'elle a perdu Marioupol en mai, l'armée a reculé lundi à Sievierodonetsk.",
     "reculé", D(2022, 6, 8), D(2022, 6, 6)),
    ("Depuis qu'elle a perdu Marioupol le 20 mai, l'armée a reculé lundi à Sievierodonetsk.",
     "reculé", D(2022, 6, 8), D(2022, 6, 6)),
    ("L'armée a reculé lundi à Sievierodonetsk, après que Marioupol est tombée le 20 mai.",
     "reculé", D(2022, 6, 8), D(2022, 6, 6)),
    # ... but not for a claim inside that clause
    ("Depuis qu'elle a perdu Marioupol le 20 mai, l'armée a reculé lundi à Sievierodonetsk.",
     "perdu", D(2022, 6, 8), D(2022, 5, 20)),
    # the only expression sits in another event's clause: the publication date
    ("Alors que Moscou revendiquait Bakhmout le 20 mai, Kiev a repris Klichtchiivka.",
     "repris", D(2023, 9, 18), D(2023, 9, 18)),
    # an anniversary: the event is that many years before the day named
    ("L'Ukraine célébrait samedi le premier anniversaire de la libération de Kherson.",
     "libération", D(2023, 11, 12), D(2022, 11, 11)),
    ("Le 20 mai, la Russie a fêté le deuxième anniversaire de la prise de Marioupol.",
     "prise", D(2024, 5, 21), D(2022, 5, 20)),
    # ... not for a claim the anniversary does not govern
    ("Samedi, jour du premier anniversaire de la guerre, les Russes ont pris Soledar.",
     "pris", D(2023, 2, 26), D(2023, 2, 25)),
    # when a span began is no date of the claim: the publication date, or another day
    ("Engagées depuis début juin dans une contre-offensive, les forces ukrainiennes ont "
     "repris Andriïvka.", "repris", D(2023, 9, 18), D(2023, 9, 18)),
    ("En combat depuis le 5 mai, les Russes ont pris Vovtchansk dimanche.",
     "pris", D(2024, 9, 18), D(2024, 9, 15)),
    # the war's start, told of the town, dates no claim
    ("Moscou dit avoir libéré Selydove, qui comptait 20 000 habitants avant le début de "
     "l'invasion en février 2022.", "libéré", D(2024, 10, 30), D(2024, 10, 30)),
    ("Selydove, qui comptait 20 000 habitants avant la guerre de février 2022, a été prise "
     "mardi.", "prise", D(2024, 10, 30), D(2024, 10, 29)),
    # ... but an offensive that is not the war's start still dates what came before it
    ("Avant l'offensive ukrainienne du 6 septembre, les Russes tenaient Izioum.",
     "tenaient", D(2022, 11, 26), D(2022, 9, 6)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "cue", "published", "expected"),
    [(s, c, p, e) for s, c, p, e in ANCHORED]
    + [(_strip_accents(s), _strip_accents(c), p, e) for s, c, p, e in ANCHORED],
)
def test_anchor_picks_the_expression_of_the_claim(
    sentence: str, cue: str, published: dt.date, expected: dt.date
) -> None:
    found = date_of_sentence(sentence, published, anchor=sentence.index(cue))
    assert found[0] == expected


def test_without_anchor_the_first_expression_wins() -> None:
    sentence = (
        "L'armée ukrainienne dit s'être retirée mardi de Siversk, dont les Russes avaient "
        "revendiqué la capture le 11 décembre."
    )
    assert date_of_sentence(sentence, D(2025, 12, 25))[:2] == (D(2025, 12, 23), "day")


def test_a_night_range_with_a_year_is_an_explicit_date() -> None:
    [(_, _, expression, date)] = find_explicit_dates(
        "Dans la nuit du 1er au 2 décembre 2025, les forces russes ont attaqué."
    )
    assert date == dt.date(2025, 12, 2)
    assert expression.endswith("2 décembre 2025")


# A sentence that opens by counting from the day told before it is dated from that day,
# not from the publication (set 83: "Le 8 mars, ... Cinq jours plus tard, le ministère
# annonçait la reprise de Soudja"); a day inside the sentence that dates something else
# ("l'offensive lancée le 6 août") does not win over it.
COUNTED_FROM_BEFORE = [
    ("Cinq jours plus tard, le ministère annonçait la reprise de Soudja.",
     "Le 8 mars, l'armée russe a lancé une offensive.",
     (D(2025, 3, 13), "day", "Cinq jours plus tard")),
    ("Le lendemain, Kiev a démenti la prise de Pokrovsk.",
     "Lundi, Moscou a annoncé la prise de Pokrovsk.",
     (D(2025, 12, 2), "day", "Le lendemain")),
    ("Le surlendemain, Kiev a démenti.", "Le 28 novembre, Moscou a parlé.",
     (D(2025, 11, 30), "day", "Le surlendemain")),
    ("Le même jour, pour la première fois depuis l'offensive lancée le 6 août, l'armée russe "
     "a repris Kroupets.", "Ce jeudi 27 novembre, la Russie a parlé.",
     (D(2025, 11, 27), "day", "Le même jour")),
    ("Deux jours après, les Ukrainiens se sont retirés.", "Le 1er décembre, Moscou a parlé.",
     (D(2025, 12, 3), "day", "Deux jours après")),
    # counted from another event than the day told before: the usual rule (the context's
    # last day), not two days after it
    ("Deux jours après la chute de Pokrovsk, les Russes ont pris Rodynske.",
     "Le 1er décembre, Moscou a parlé.", (D(2025, 12, 1), "day", "Le 1er décembre")),
    # nothing before to count from: the sentence's own dates, else the publication
    ("Le lendemain, Kiev a démenti.", "Moscou a parlé.", (TUE, "published", None)),
    # not at the head of the sentence: no count from before
    ("Moscou a annoncé la prise de Pokrovsk deux jours plus tard, lundi.",
     "Le 25 novembre, les combats ont repris.", (D(2025, 12, 1), "day", "lundi")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "context", "expected"), COUNTED_FROM_BEFORE)
def test_days_counted_from_the_day_told_before(
    sentence: str, context: str, expected: tuple[dt.date | None, str, str | None]
) -> None:
    assert date_of_sentence(sentence, TUE, context=context) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # a year gone by in the claim's clause dates it to no day ...
        (
            "Kramatorsk, occupée brièvement par des séparatistes en 2014 avant d'être reprise.",
            "occupée",
            (None, "unknown", "en 2014"),
        ),
        ("En 2022, les Russes ont pris Izioum.", "pris", (None, "unknown", "En 2022")),
        # ... not in another clause, nor the year of publication
        (
            "Les Russes ont pris Pokrovsk, qui comptait 60 000 habitants en 2021.",
            "pris",
            (TUE, "published", None),
        ),
        ("Les Russes ont pris Pokrovsk en 2025.", "pris", (TUE, "published", None)),
    ],
)
def test_a_year_gone_by(
    sentence: str, cue: str, expected: tuple[dt.date | None, str, str | None]
) -> None:
    assert date_of_sentence(sentence, TUE, anchor=sentence.index(cue)) == expected
