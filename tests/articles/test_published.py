"""Publication dates from text and from HTML markup (geoatlas.articles.published)."""

from __future__ import annotations

import datetime as dt
import doctest
import re
from pathlib import Path

import pytest

import geoatlas.articles.published
from geoatlas.articles import (
    clean_text,
    find_published_in_html,
    find_published_in_text,
    scan_published,
)

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data" / "articles"
PUBLISHED_META = '<meta property="article:published_time" content="2025-12-03T08:15:00+01:00">'


@pytest.mark.parametrize(
    ("seed", "expected", "rule"),
    [
        ("000_dfc8cb2fcdb21a87.txt", None, None),  # "le 1er décembre": no year
        ("001_8531ec7e74cd07b7.txt", None, None),  # "Le 5 novembre": no year
        ("002_4127280d852a58a2.txt", D(2025, 12, 2), "dateline"),
        ("003_a6c409483e480484.txt", D(2025, 1, 5), "latest"),  # the embedded post's date
        ("004_36e5151ab0603369.txt", None, None),  # "Ce 1er octobre": no year
    ],
)
def test_seed_publication_dates_from_text(
    seed: str, expected: dt.date | None, rule: str | None
) -> None:
    text, _ = clean_text((SEEDS / seed).read_text(encoding="utf-8"))
    scan = scan_published(text)
    assert (scan.date, scan.rule, scan.invalid) == (expected, rule, None)
    assert find_published_in_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("mardi 2 décembre 2025\n\nLundi, la Russie a annoncé...", D(2025, 12, 2), "dateline"),
        ("Titre\nPublié le 3 décembre 2025 à 8h15\nTexte.", D(2025, 12, 3), "dateline"),
        ("Titre\n12/11/2025 - 14:30\nTexte.", D(2025, 11, 12), "dateline"),
        ("Titre\nMis à jour le 4 décembre 2025\nTexte.", D(2025, 12, 4), "dateline"),
        # a full date in the body, past the top lines, is no dateline
        (
            "Titre\nChapô\nPremier paragraphe.\n1er décembre 2025\nTexte.",
            D(2025, 12, 1),
            "latest",
        ),
        (
            "Le texte cite le 5 novembre 2025.\n\nPar Tyler Durden pour ZeroHedge, le 1er "
            "décembre 2025\n\nLa réunion du 20 décembre 2025 est prévue.",
            D(2025, 12, 1),
            "byline",
        ),
        ("Texte.\nPublié le 30 novembre 2025 par la rédaction", D(2025, 11, 30), "byline"),
        (
            "Le 5 novembre 2025, la Russie a parlé; le 12 novembre 2025, Kiev a répondu.",
            D(2025, 11, 12),
            "latest",
        ),
        ("pic.twitter.com/x — Someone (@someone) January 5, 2025", D(2025, 1, 5), "latest"),
        ("Ce 1er octobre, le ministère a déclaré le retrait.", None, None),
        ("Lundi, hier, la veille: aucune année.", None, None),
        ("", None, None),
    ],
)
def test_publication_date_rules(text: str, expected: dt.date | None, rule: str | None) -> None:
    scan = scan_published(text, today=D(2026, 1, 1))
    assert (scan.date, scan.rule) == (expected, rule)


def test_dates_after_today_are_ignored() -> None:
    text = "Le sommet du 20 janvier 2026 et la prise du 5 novembre 2025."
    assert find_published_in_text(text, today=D(2025, 12, 2)) == D(2025, 11, 5)
    assert find_published_in_text(text, today=D(2026, 2, 1)) == D(2026, 1, 20)


def test_impossible_dateline_is_reported_and_skipped() -> None:
    text = "mardi 31 février 2025\n\nTexte.\nPar la rédaction, le 3 mars 2025"
    scan = scan_published(text, today=D(2026, 1, 1))
    assert scan.invalid == "mardi 31 février 2025"
    assert (scan.date, scan.rule) == (D(2025, 3, 3), "byline")


def test_impossible_dateline_alone_leaves_the_article_undated() -> None:
    scan = scan_published("31 février 2025\nLes forces russes avancent.")
    assert scan == geoatlas.articles.published.PublishedInText(None, None, "31 février 2025")


def test_html_metadata_date() -> None:
    html = (DATA / "page.html").read_text(encoding="utf-8")
    assert PUBLISHED_META in html
    assert find_published_in_html(html) == D(2025, 12, 3)


def test_html_byline_element_dates_the_page_without_meta() -> None:
    html = (DATA / "page.html").read_text(encoding="utf-8").replace(PUBLISHED_META, "")
    html = html.replace("/2025/12/03/", "/")
    assert find_published_in_html(html) == D(2025, 12, 3)


def test_html_comment_timestamps_do_not_date_the_page() -> None:
    html = (DATA / "page.html").read_text(encoding="utf-8").replace(PUBLISHED_META, "")
    html = html.replace("/2025/12/03/", "/")
    html = re.sub(r'<p class="byline">.*?</p>', "", html)
    assert '<time datetime="2025-12-05' in html  # a reader comment's timestamp
    assert find_published_in_html(html) is None


@pytest.mark.parametrize(
    "html",
    ["", "<p>Pas de date ici.</p>", "<<<>>>", "\x00\x01\x02", "<html><head><title>x"],
)
def test_html_without_date(html: str) -> None:
    assert find_published_in_html(html) is None


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(geoatlas.articles.published)
    assert tried > 0
    assert failures == 0
