"""Cleaning: what is not the article goes, the article stays (geoatlas.articles.clean)."""

from __future__ import annotations

import doctest
import re
import unicodedata
from pathlib import Path

import pytest

import geoatlas.articles.clean
from geoatlas.articles import clean_text, normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _norm(text: str) -> str:
    return " ".join(text.split())


# Sentences of each seed's own article, which cleaning must keep.
KEPT = {
    "000_dfc8cb2fcdb21a87.txt": [
        "La Russie a annoncé le contrôle de Pokrovsk (Krasnoarmeysk) le 1er décembre",
        "La déclaration de contrôle a été diffusée à la télévision russe",
        "Pendant ce temps l'Ukraine a annoncé avoir repoussé plus de 40 attaques dans la région.",
    ],
    "001_8531ec7e74cd07b7.txt": [
        "Le 5 novembre la Russie a declare que les forces ukrainiennes a Pokrovsk et Kupiansk",
        "est en train d'avancer sur",
        "la Russie controlait plus de 3 400 km2 de territoire cette annee.",
    ],
    "002_4127280d852a58a2.txt": [
        "mardi 2 décembre 2025",
        "Lundi, la Russie a officiellement annoncé que ses troupes ont pris le contrôle de la "
        "ville de Pokrovsk",
        "Dimanche, le chef d’état-major russe Valery Gerasimov a",
        "ainsi que Volchansk dans la région de Kharkov, ont été entièrement libérées",
        "Rubio a déclaré à l’issue de la réunion :",
        "d’autres villes, comme Huleipole et Siversk, sont sur le point de tomber.",
        "Le Kremlin a déclaré que le président Vladimir Poutine doit rencontrer l’envoyé "
        "américain Witkoff mardi.",
        "L’opinion publique est peu optimiste quant à la probabilité d’une paix imminente",
        "Par Tyler Durden pour ZeroHedge, le 1er décembre 2025",
    ],
    "003_a6c409483e480484.txt": [
        "Les deux camps essayent de gagner du terrain",
        "Le ministère russe de la Défense a précisé que ses forces avaient capturé la ville de "
        "Kourakhove",
        "La ville de Kourakhove constitue la dernière forteresse du Sud du Dombass.",
        "SILVANO TROTTA OFFICIEL (@silvano_trotta) January 5, 2025",
        "a posté un blogueur, Youri Podoliaka, sur Telegram.",
        "La Russie contrôle environ un cinquième du territoire ukrainien",
        "sans préciser comment.",
    ],
    "004_36e5151ab0603369.txt": [
        "La Défense russe annonce un retrait de Krasny Liman «en raison d’une menace "
        "d’encerclement»",
        "Ce 1er octobre, le ministère russe de la Défense a déclaré que les «troupes alliées» "
        "s'étaient retirées de la ville de Krasny Liman",
        "Plus tôt ce 1er octobre, l'armée ukrainienne avait affirmé avoir «encerclé»",
        "La veille, le président russe Vladimir Poutine avait signé",
        "qui ne répondrait à aucune provocation ukrainienne.",
    ],
}

# Pieces of page chrome, which cleaning must cut (and keep in ``removed``).
CUT = {
    "002_4127280d852a58a2.txt": [
        "© AFP/Getty Images",
        "9 commentaires:",
        "RépondreSupprimer",
        "Damned ! Holy cow !",
        "Les commentaires hors sujet, ou comportant des attaques personnelles",
        "Malheur aux vaincus !",
    ],
    "003_a6c409483e480484.txt": [
        "A lire aussi :",
        "Guerre en Ukraine : à la surprise générale, les Ukrainiens lancent une contre-offensive",
        "Guerre en Ukraine : des attaques « sur plusieurs fronts »",
        "Le film, dès sa sortie, a suscité d’interminables discussions",
        "Pour les soldes, une multitude d'appareils de la marque Xiaomi",
        "Biopic centré sur la vie de Robbie Williams",
        "PSG : Kolo Muani, la Juve en colère !",
        "Le journaliste a échappé à une mise en examen",
        "le Jeu de cartes à collectionner Pokémon",
    ],
    "004_36e5151ab0603369.txt": [
        "© Sputnik / Viktor Antonyuk",
        "Un bâtiment détruit à Krasny Liman (image d'illustration).",
        "Suivez RT en français surTelegram",
        'En cliquant sur "Tout Accepter" vous consentez',
        "RT en français utilise des cookies pour exploiter et améliorer ses services.",
        "Vous pouvez exprimer vos choix en cliquant sur «Tout accepter»",
        "Pour en savoir plus sur vos droits et nos pratiques en matière de cookies",
        "Tout AccepterTout refuserParamétrer vos choix",
    ],
}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_articles_keep_their_own_sentences(name: str) -> None:
    text, _ = clean_text(_seed(name))
    for sentence in KEPT[name]:
        assert _norm(sentence) in _norm(text), sentence


@pytest.mark.parametrize("name", sorted(CUT))
def test_seed_chrome_is_cut_and_kept_in_removed(name: str) -> None:
    text, removed = clean_text(_seed(name))
    for piece in CUT[name]:
        assert _norm(piece) not in _norm(text), piece
        assert any(_norm(piece) in _norm(r) for r in removed), piece


def test_seed_002_comments_leave_nothing_in_the_text() -> None:
    raw = _seed("002_4127280d852a58a2.txt")
    text, removed = clean_text(raw)
    article, comments = re.split(r"9\s+commentaires:", raw)
    # Towns named only by readers.
    for town in ("Odessa", "ODESSA", "Kherson", "Transnistrie", "Sébastopol"):
        assert town in comments
        assert town not in text
    # Kharkov is in the article once, and again in a comment.
    assert text.count("Kharkov") == article.count("Kharkov") == 1
    assert "Répondre" not in text and "Supprimer" not in text
    assert re.match(r"9\s+commentaires:", removed[-1])
    assert "Sébastopol" in removed[-1]
    assert text.endswith("Traduit par Spirit of Free Speech")


def test_seed_004_duplicate_title_is_cut_but_once_kept() -> None:
    text, removed = clean_text(_seed("004_36e5151ab0603369.txt"))
    title = "La Défense russe annonce un retrait de\xa0Krasny Liman"
    assert text.count(title) == 1
    assert text.startswith(title)
    assert "OK" in removed
    assert "Raconter l'actualité" in text  # a tagline, but not something we can tell apart


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_line_is_kept_or_removed_never_lost(name: str) -> None:
    raw = _seed(name)
    text, removed = clean_text(raw)
    everything = _norm(text + " " + " ".join(removed))
    for line in raw.splitlines():
        if line.strip():
            for piece in line.split("©"):
                assert _norm(piece) in everything, line


@pytest.mark.parametrize("name", SEED_NAMES)
def test_cleaning_works_without_accents(name: str) -> None:
    raw = _seed(name)
    text, removed = clean_text(raw)
    stripped_text, stripped_removed = clean_text(_strip_accents(raw))
    assert stripped_text == _strip_accents(text)
    assert stripped_removed == tuple(_strip_accents(r) for r in removed)


def test_seed_001_without_accents_loses_nothing() -> None:
    raw = _seed("001_8531ec7e74cd07b7.txt")
    text, removed = clean_text(raw)
    assert removed == ()
    assert text == raw.strip()


@pytest.mark.parametrize(
    "line",
    [
        "© AFP",
        "© Reuters / Alina Smutko",
        "Crédit photo : Reuters",
        "Credits : AP",
        "Suivez-nous sur Telegram",
        "Suivez RT en français surTelegram",
        "Rejoignez notre chaîne Telegram",
        "Abonnez-vous à notre chaîne YouTube",
        "Partager",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Ce site utilise des cookies.",
        "Tout accepter",
        "Paramétrer vos choix",
        "Continuer sans accepter",
        "We use cookies to improve your experience.",
        "Le journaliste a échappé à une mise en examen dans le cadre d'une enquête sur…",
        "Repondre",
        "RépondreSupprimer",
        "Signaler un abus",
        "Un bâtiment détruit à Krasny Liman (photo d'illustration)",
    ],
)
def test_chrome_lines_are_cut(line: str) -> None:
    text, removed = clean_text(f"La ville est tombée lundi.\n\n{line}\n\nLes combats continuent.")
    assert text == "La ville est tombée lundi.\n\nLes combats continuent."
    assert removed == (line,)


@pytest.mark.parametrize(
    "line",
    [
        "Le ministère russe a annoncé la prise de la ville lundi.",
        "Par Tyler Durden pour ZeroHedge, le 1er décembre 2025",
        "mardi 2 décembre 2025",
        "« Nous verrons bien… », a-t-il conclu.",
        "Et puis… plus rien.",
        "Les forces russes ont repris Lyman (Krasny Liman).",
        "Le Kremlin a publié le communiqué sur Telegram.",
        "Les commentateurs russes saluent la prise de la ville.",
        "Suivez la guerre en direct sur notre site.",
        "OK",
        "Un seul commentaire du Kremlin : la ville est libérée.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    raw = f"La ville est tombée lundi.\n{line}\nLes combats continuent."
    assert clean_text(raw) == (raw, ())


def test_read_also_cuts_the_headline_after_it_only() -> None:
    raw = (
        "Les forces russes avancent.\n"
        "À lire aussi :\n"
        "Guerre en Ukraine : ce que l'on sait de la contre-offensive\n"
        "Le ministère n'a pas commenté."
    )
    text, removed = clean_text(raw)
    assert text == "Les forces russes avancent.\nLe ministère n'a pas commenté."
    assert removed == (
        "À lire aussi :",
        "Guerre en Ukraine : ce que l'on sait de la contre-offensive",
    )


def test_read_also_spares_a_following_paragraph() -> None:
    raw = "Les forces russes avancent.\nLire aussi :\nLe ministère n'a pas commenté ces avancées."
    text, removed = clean_text(raw)
    assert text == "Les forces russes avancent.\nLe ministère n'a pas commenté ces avancées."
    assert removed == ("Lire aussi :",)


def test_inline_read_also_is_one_line() -> None:
    text, removed = clean_text("Texte.\nA lire aussi : Koursk, la contre-offensive\nSuite.")
    assert text == "Texte.\nSuite."
    assert removed == ("A lire aussi : Koursk, la contre-offensive",)


def test_comment_section_runs_to_the_end() -> None:
    raw = "Pokrovsk est tombée.\n\n3 commentaires\n\nJean : et Odessa ?\nRépondre\nMarie : Kherson."
    text, removed = clean_text(raw)
    assert text == "Pokrovsk est tombée."
    assert removed == ("3 commentaires\n\nJean : et Odessa ?\nRépondre\nMarie : Kherson.",)


def test_lone_ok_is_kept_away_from_a_banner() -> None:
    raw = "Le commandant a répondu :\nOK\nPuis il a raccroché."
    assert clean_text(raw) == (raw, ())


def test_newlines_and_blank_runs_are_normalized() -> None:
    text, removed = clean_text("  \r\nPremière ligne.\r\n\r\n\r\n\r\nSeconde ligne.   \r\n\r\n")
    assert text == "Première ligne.\n\nSeconde ligne."
    assert removed == ()


BROKEN_WORDS = [
    # a press reader's line-end hyphen (U+2010) and its space: one word again
    ("Les forces ukrai\u2010 niennes sont entrées dans Ly\u2010 man.",
     "Les forces ukrainiennes sont entrées dans Lyman."),
    ("ont quitté Ly\u2010\nman", "ont quitté Lyman"),
    ("annexées par Mos\u2010 cou", "annexées par Moscou"),
    # a soft hyphen, with or without the break
    ("Pok\u00adrovsk et Myrno\u00ad\nhrad", "Pokrovsk et Myrnohrad"),
    # a compound's hyphen, a capital or a digit after it, the ASCII hyphen: kept
    ("le porte\u2010parole", "le porte\u2010parole"),
    ("Kramatorsk\u2010 Sloviansk", "Kramatorsk\u2010 Sloviansk"),
    ("en 2022\u2010 2023", "en 2022\u2010 2023"),
    ("Kostiantynivka- et Droujkivka", "Kostiantynivka- et Droujkivka"),
    # newlines and composed letters
    ("Pokrovsk\r\nest tombe\u0301e\r", "Pokrovsk\nest tombée\n"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BROKEN_WORDS)
def test_normalize_text_joins_words_broken_at_a_line_end(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(geoatlas.articles.clean)
    assert tried > 0
    assert failures == 0
