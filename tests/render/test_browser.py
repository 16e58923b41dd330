"""The offline map in a real headless Chromium: loads clean, slides, switches views, stays inert.

Skipped when ``/usr/bin/chromium`` is missing, unless ``CI=true``: then they fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geoatlas.render import STATE_STYLES, VIEW_LABELS, render_map, save_map

from .conftest import Tables, make_tables

BUILD = Path(__file__).resolve().parents[2] / "build"
DAY_MS = 86_400_000

pytestmark = pytest.mark.browser


class Page:
    """A map opened with the network refused, recording console errors, requests and dialogs."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        self.page.on("dialog", self._on_dialog)
        self.page.route("**/*", self._on_route)
        self.page.goto(path.as_uri(), wait_until="load")
        self.runtime = self.page.evaluate(
            "Object.keys(window).find((key) => key.startsWith('geoatlas_'))"
        )

    def _on_console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _on_route(self, route: Any) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def state(self, view: str, geonameid: int) -> str | None:
        state: str | None = self.page.evaluate(f"{self.runtime}.stateOf({view!r}, {geonameid})")
        return state

    def slide_to(self, day: str) -> None:
        """Move the slider as a user would: the range input takes a value, fires input."""
        millis = int(__import__("pandas").Timestamp(day).value // 1_000_000)
        self.page.locator("input.time-slider").fill(str(millis))

    def choose_view(self, view: str) -> None:
        self.page.get_by_label(VIEW_LABELS[view]).check()  # type: ignore[index]

    def marker_point(self, view: str, geonameid: int) -> tuple[float, float]:
        point: list[float] = self.page.evaluate(
            """([runtime, view, id]) => {
                const marker = window[runtime].timelines[view].markerOf(id);
                const map = marker._map;
                const p = map.latLngToContainerPoint(marker.getLatLng());
                const box = map.getContainer().getBoundingClientRect();
                return [p.x + box.left, p.y + box.top];
            }""",
            [self.runtime, view, geonameid],
        )
        return point[0], point[1]

    def painted_state(self, view: str, geonameid: int) -> str:
        """The state whose colour is painted at the marker's centre (nearest palette colour)."""
        x, y = self.marker_point(view, geonameid)
        self.page.evaluate("new Promise((r) => requestAnimationFrame(() => r()))")
        on_top = self.page.evaluate(f"document.elementFromPoint({x}, {y}).tagName")
        assert on_top == "CANVAS", f"town {geonameid} is hidden under a {on_top}"
        shot = self.page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
        rgb = _png_pixel(shot)
        return min(STATE_STYLES, key=lambda key: _distance(rgb, STATE_STYLES[key].colour))


def _png_pixel(png: bytes) -> tuple[int, int, int]:
    from io import BytesIO

    from matplotlib.image import imread

    pixels = imread(BytesIO(png), format="png")
    red, green, blue = (round(float(c) * 255) for c in pixels[0, 0, :3])
    return red, green, blue


def _distance(rgb: tuple[int, int, int], colour: str) -> int:
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum((a - b) ** 2 for a, b in zip(rgb, target, strict=True))


def _save(tables: Tables, path: Path) -> Path:
    save_map(render_map(tables.events, tables.timeline, title="Test front", offline=True), path)
    return path


@pytest.fixture(scope="module")
def map_path(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _save(tables, tmp_path_factory.mktemp("map") / "front.html")


def test_offline_map_loads_with_no_error_and_no_request(browser: Any, map_path: Path) -> None:
    page = Page(browser, map_path)
    page.page.wait_for_timeout(300)
    assert page.errors == []
    assert page.requests == []
    # the map opens on its last day, with every town's latest state
    assert page.page.locator("output.time-text").inner_text() == "2024-11-01"
    assert [page.state("all", gid) for gid in (1001, 1002, 1003)] == ["RU", "disputed", "contested"]
    assert page.page.locator(".leaflet-overlay-pane canvas").count() == 1
    assert page.page.locator("path.leaflet-interactive, .leaflet-marker-icon").count() == 0


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-09-09", {1001: None, 1002: "RU", 1003: None}),
        ("2022-09-10", {1001: None, 1002: "UA", 1003: None}),
        ("2024-02-16", {1001: "UA", 1002: "UA", 1003: "contested"}),
        ("2024-02-17", {1001: "RU", 1002: "UA", 1003: "contested"}),
        ("2024-11-01", {1001: "RU", 1002: "disputed", 1003: "contested"}),
    ],
)
def test_slider_shows_each_town_as_its_intervals_say(
    browser: Any, map_path: Path, day: str, expected: dict[int, str | None]
) -> None:
    page = Page(browser, map_path)
    page.slide_to(day)
    assert page.page.locator("output.time-text").inner_text() == day
    assert {gid: page.state("all", gid) for gid in expected} == expected
    for gid, state in expected.items():
        if state is not None:
            assert page.painted_state("all", gid) == state


def test_views_differ_for_a_town_the_sides_disagree_on(browser: Any, map_path: Path) -> None:
    page = Page(browser, map_path)
    page.slide_to("2024-11-01")
    page.choose_view("RU")
    assert page.painted_state("RU", 1002) == "RU"
    page.choose_view("UA")
    assert page.painted_state("UA", 1002) == "UA"
    page.choose_view("all")
    assert page.painted_state("all", 1002) == "disputed"
    # Robotyne is seen by the media alone: absent from the sides' views
    assert page.state("RU", 1003) is None and page.state("third", 1003) == "contested"
    assert page.errors == []


def test_popup_lists_the_claims_with_quote_and_source(browser: Any, map_path: Path) -> None:
    page = Page(browser, map_path)
    page.slide_to("2024-03-01")
    page.page.mouse.click(*page.marker_point("all", 1001))
    popup = page.page.locator(".leaflet-popup-content")
    popup.get_by_text("Moscou revendique la prise d'Avdiïvka.").wait_for()
    text = popup.inner_text()
    assert text.startswith("Avdiivka")
    assert "Russia" in text and "from 2024-02-17: captured, claimed by RU MoD" in text
    assert text.index("2023-10-10") < text.index("2024-02-17 · captured")
    assert 'written "Avdiïvka"' in text
    link = popup.get_by_role("link", name="AFP & Reuters")
    assert link.get_attribute("href") == "https://www.afp.com/fr/a2?id=1&lang=fr"
    assert link.get_attribute("rel") == "noopener noreferrer"
    # the javascript: url of RFI's article is shown as text, never as a link
    assert popup.get_by_text("RFI").count() == 1
    assert popup.get_by_role("link", name="RFI").count() == 0


def test_popup_and_marker_of_an_approximate_village_say_so(browser: Any, tmp_path: Path) -> None:
    tables = make_tables()
    path = tmp_path / "approximate.html"
    save_map(
        render_map(tables.events, tables.timeline, offline=True, approximate={1002: 13.1}), path
    )
    page = Page(browser, path)
    page.slide_to("2024-11-01")
    dashes = page.page.evaluate(
        f"""(id) => window[{page.runtime!r}].timelines.all.markerOf(id).options.dashArray""",
        1002,
    )
    assert dashes == "2 2"
    page.page.mouse.click(*page.marker_point("all", 1002))
    popup = page.page.locator(".leaflet-popup-content")
    popup.locator(".ga-approximate").wait_for()
    assert "Location approximate (about 13.1 km)" in popup.inner_text()
    assert page.errors == []
    # A surveyed town's popup has no such line (a fresh page: the first popup panned the map).
    page = Page(browser, path)
    page.slide_to("2024-11-01")
    page.page.mouse.click(*page.marker_point("all", 1001))
    avdiivka = page.page.locator(".leaflet-popup-content", has_text="Avdiivka")
    avdiivka.locator(".ga-claims").wait_for()
    assert avdiivka.locator(".ga-approximate").count() == 0
    assert page.errors == []


def test_hostile_quote_executes_nothing(browser: Any, tmp_path: Path) -> None:
    from .conftest import HOSTILE_QUOTE

    page = Page(browser, _save(make_tables(quote_e2=HOSTILE_QUOTE), tmp_path / "hostile.html"))
    page.slide_to("2024-03-01")
    page.page.mouse.click(*page.marker_point("all", 1001))
    popup = page.page.locator(".leaflet-popup-content")
    popup.get_by_text("window.__pwned = 'script'").wait_for()
    assert "<script>window.__pwned = 'script'</script>" in popup.inner_text()
    assert "{{ 7*7 }}" in popup.inner_text()
    assert popup.locator("script, img").count() == 0
    page.page.mouse.click(*page.marker_point("all", 1001))
    page.page.wait_for_timeout(300)
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.errors == []


def test_screenshot_shows_legend_slider_and_popup(browser: Any, map_path: Path) -> None:
    page = Page(browser, map_path)
    page.slide_to("2024-11-01")
    page.page.mouse.click(*page.marker_point("all", 1002))
    page.page.locator(".leaflet-popup-content .ga-claims").wait_for()
    page.page.wait_for_timeout(600)  # the map pans to show the popup
    assert page.page.locator(".ga-legend").is_visible()
    assert page.page.locator(".leaflet-timeline-control").is_visible()
    BUILD.mkdir(exist_ok=True)
    shot = BUILD / "map_screenshot.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_popup_of_a_busy_town_lists_the_latest_claims(browser: Any, tmp_path: Path) -> None:
    import pandas as pd

    tables = make_tables()
    first = tables.events.iloc[[0]]
    repeats = pd.concat([first] * 205, ignore_index=True).assign(
        event_id=[f"r{i:03d}" for i in range(205)],
        date=pd.Timestamp("2023-10-12"),
    )
    busy = Tables(pd.concat([tables.events, repeats], ignore_index=True), tables.timeline)
    path = tmp_path / "busy.html"
    save_map(render_map(busy.events, busy.timeline, offline=True, max_quotes=1), path)
    page = Page(browser, path)
    page.slide_to("2024-03-01")
    page.page.mouse.click(*page.marker_point("all", 1001))
    popup = page.page.locator(".leaflet-popup-content")
    popup.locator(".ga-claims").wait_for()
    text = popup.inner_text()
    assert "208 claims, in date order" in text
    assert "the latest 200 shown" in text
    assert popup.locator(".ga-claims li").count() == 200
    # one quote per side is embedded: Russia's capture and Ukraine's latest claim
    assert popup.locator("q.ga-quote").count() == 2
    assert "(older claim: its sentence is in the event table)" in text
    assert page.errors == []


def test_play_button_moves_the_date_forward(browser: Any, map_path: Path) -> None:
    page = Page(browser, map_path)
    output = page.page.locator("output.time-text")
    assert output.inner_text() == "2024-11-01"
    # at the end, play starts again from the first day and moves forward
    page.page.locator(".leaflet-timeline-control button.play").click()
    page.page.wait_for_function(
        "(t => t > '2022-06-01' && t < '2024-01-01')"
        "(document.querySelector('output.time-text').textContent)"
    )
    page.page.locator(".leaflet-timeline-control button.pause").click()
    assert "2022-06-01" < output.inner_text() < "2024-11-01"
    assert page.errors == []
