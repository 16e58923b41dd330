"""The offline map of the seed articles, built by the CLI, in headless Chromium (issue 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geoatlas.cli import main
from tests.conftest import ROOT, SEEDS

from .test_browser import BUILD, Page

pytestmark = pytest.mark.browser

POKROVSK, LYMAN, KRAMATORSK, KURAKHOVE = 704422, 704204, 704508, 695357


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seedmap") / "frontline.html"
    assert (
        main(
            [
                "map",
                str(SEEDS),
                "--manifest",
                str(SEEDS / "manifest.csv"),
                "--offline",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    return out


def test_seed_map_loads_clean_with_markers(browser: Any, seed_map: Path) -> None:
    page = Page(browser, seed_map)
    page.page.wait_for_timeout(300)
    assert page.errors == [] and page.requests == []
    for town in (POKROVSK, LYMAN, KRAMATORSK, KURAKHOVE):
        assert page.state("all", town) is not None, town


def test_slider_on_2022_10_02_lyman_ukrainian_pokrovsk_not_russian(
    browser: Any, seed_map: Path
) -> None:
    page = Page(browser, seed_map)
    page.slide_to("2022-10-02")
    assert page.state("all", LYMAN) == "UA"
    assert page.painted_state("all", LYMAN) == "UA"
    assert page.state("all", POKROVSK) != "RU"


def test_slider_on_2025_12_02_pokrovsk_russian(browser: Any, seed_map: Path) -> None:
    page = Page(browser, seed_map)
    page.slide_to("2025-12-02")
    assert page.state("all", POKROVSK) == "RU"
    assert page.painted_state("all", POKROVSK) == "RU"


def test_popup_shows_the_quote(browser: Any, seed_map: Path) -> None:
    page = Page(browser, seed_map)
    page.slide_to("2025-12-02")
    page.page.mouse.click(*page.marker_point("all", POKROVSK))
    popup = page.page.locator(".leaflet-popup-content")
    popup.locator("q.ga-quote").first.wait_for()
    text = popup.inner_text()
    assert text.startswith("Pokrovsk")
    assert "captured" in text and "RU" in text
    assert "Krasnoarmeysk" in text or "Pokrovsk" in text.split("\n", 1)[1]


def test_ukraine_and_russia_views_differ(browser: Any, seed_map: Path) -> None:
    page = Page(browser, seed_map)
    page.slide_to("2025-12-02")
    # Moscow claims Pokrovsk; no Ukrainian source in the seeds says so.
    assert page.state("RU", POKROVSK) == "RU"
    assert page.state("UA", POKROVSK) != "RU"
    # Both sides agree Lyman was Ukrainian again on 1 October 2022.
    assert page.state("RU", LYMAN) == page.state("UA", LYMAN) == "UA"


def test_hostile_article_executes_nothing(browser: Any, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hostile.txt").write_text(
        "mardi 2 décembre 2025\n\n"
        "Lundi, le ministère russe de la Défense a annoncé la prise de Vovtchansk "
        "<script>window.__pwned = 'script'</script> "
        "<img src=x onerror=\"window.__pwned = 'img'; alert(1)\"> {{ 7*7 }}.\n",
        encoding="utf-8",
    )
    out = tmp_path / "hostile.html"
    assert main(["map", str(articles), "--offline", "-o", str(out)]) == 0
    page = Page(browser, out)
    page.page.mouse.click(*page.marker_point("all", 689304))
    popup = page.page.locator(".leaflet-popup-content")
    popup.get_by_text("window.__pwned = 'script'").wait_for()
    assert popup.locator("script, img").count() == 0
    page.page.wait_for_timeout(300)
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == []


def test_screenshot_of_the_seed_map(browser: Any, seed_map: Path) -> None:
    """The README's picture is made this way (copied to docs/frontline.png)."""
    page = Page(browser, seed_map)
    page.slide_to("2025-12-02")
    page.page.mouse.click(*page.marker_point("all", POKROVSK))
    page.page.locator(".leaflet-popup-content .ga-claims").wait_for()
    page.page.wait_for_timeout(600)
    BUILD.mkdir(exist_ok=True)
    shot = BUILD / "frontline.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert (ROOT / "docs" / "frontline.png").exists(), "copy build/frontline.png to docs/"
