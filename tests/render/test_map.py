"""The map renderer without a browser: payload, escaping, assets, determinism, errors."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from geoatlas.errors import InputError, OutputError
from geoatlas.render import STATE_STYLES, VIEW_LABELS, radius_for, render_map, save_map
from geoatlas.render.assets import ASSETS, FOLIUM_LINKS, locked_versions, read_asset
from geoatlas.render.payload import (
    build_payload,
    decode_claims,
    escape_text,
    safe_url,
    to_script_json,
)
from geoatlas.schema import TIMELINE_STATES, VIEWS

from .conftest import HOSTILE_QUOTE, Tables

DAY_2024_02_17 = 19770  # days since 1970-01-01
NODE_MODULES = Path(__file__).resolve().parents[2] / "geoatlas/render/assets/node_modules"


def _needs_assets() -> None:
    """Offline maps need ``make setup``'s npm packages: skip without them, fail on CI."""
    if not (NODE_MODULES / "leaflet" / "package.json").exists():
        message = f"npm assets missing in {NODE_MODULES}: run `make setup`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def _html(tables: Tables, **options: object) -> str:
    return str(render_map(tables.events, tables.timeline, **options).get_root().render())  # type: ignore[arg-type]


# --- payload -----------------------------------------------------------------


def test_payload_keeps_one_row_per_town_with_escaped_name_and_radius(tables: Tables) -> None:
    payload = build_payload(tables.events, tables.timeline)
    assert [town[0] for town in payload.towns] == [1001, 1002, 1003]
    avdiivka = payload.towns[0]
    assert avdiivka[1:5] == ["Avdiivka", 48.139, 37.742, 31_940]
    assert avdiivka[5] == radius_for(31_940)
    assert [town[6] for town in payload.towns] == [0, 0, 0]  # surveyed points


def test_payload_marks_the_towns_placed_only_approximately(tables: Tables) -> None:
    payload = build_payload(tables.events, tables.timeline, approximate={1002: 13.14, 9: 5.0})
    assert [town[6] for town in payload.towns] == [0, 13.1, 0]


def test_map_takes_approximate_points_from_the_gazetteer(tables: Tables) -> None:
    from geoatlas.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    (berdychi,) = [p for p in gaz.lookup("Berdychi") if p.admin1 == "Donetsk"]
    timeline = tables.timeline.assign(
        geonameid=tables.timeline["geonameid"].replace(1002, berdychi.geonameid)
    )
    events = tables.events.assign(
        geonameid=tables.events["geonameid"].replace(1002, berdychi.geonameid)
    )
    html = _html(Tables(events, timeline))
    assert f"[{berdychi.geonameid}," in html
    assert (
        f",{gaz.approximate[berdychi.geonameid]}]]" in html
        or f",{gaz.approximate[berdychi.geonameid]}]," in html
    )


def test_payload_intervals_follow_the_timeline_with_open_ends_at_the_last_day(
    tables: Tables,
) -> None:
    payload = build_payload(tables.events, tables.timeline)
    assert payload.first_day == int(pd.Timestamp("2022-03-01").value // 86_400_000_000_000)
    assert payload.last_day == int(pd.Timestamp("2024-11-01").value // 86_400_000_000_000)
    avdiivka_all = [row for row in payload.intervals["all"] if row[0] == 0]
    ua, ru = TIMELINE_STATES.index("UA"), TIMELINE_STATES.index("RU")
    assert [(row[1], row[2], row[3]) for row in avdiivka_all] == [
        (ua, DAY_2024_02_17 - 130, DAY_2024_02_17),
        (ru, DAY_2024_02_17, payload.last_day + 1),
    ]
    assert payload.labels[avdiivka_all[1][4]] == "captured"
    assert payload.labels[avdiivka_all[1][5]] == "RU MoD"
    assert {view: len(rows) for view, rows in payload.intervals.items()} == {
        "all": 6,
        "RU": 2,
        "UA": 3,
        "third": 1,
    }


def test_payload_clips_intervals_to_start_and_end(tables: Tables) -> None:
    payload = build_payload(tables.events, tables.timeline, start="2024-01-01", end="2024-03-01")
    assert payload.first_day == DAY_2024_02_17 - 47
    kupiansk = [row for row in payload.intervals["all"] if row[0] == 1]
    # Only the Ukrainian interval (2022-09-10 .. 2024-11-01) overlaps, clipped on both sides.
    assert [(row[2], row[3]) for row in kupiansk] == [(payload.first_day, payload.last_day + 1)]


def test_claims_are_grouped_by_town_in_date_order_with_undated_last(tables: Tables) -> None:
    claims = build_payload(tables.events, tables.timeline).claims
    offsets = claims["offsets"]
    kupiansk = range(offsets[1], offsets[2])
    quotes = [claims["quotes"][claims["quote"][i]] for i in kupiansk]
    assert quotes == [
        "Les troupes russes sont entrées dans Koupiansk.",
        "L&#x27;armée ukrainienne a repris Koupiansk.",
        "Moscou affirme avoir pris Koupiansk.",
        "Kyiv dément et assure tenir Koupiansk.",
    ]
    assert [claims["day"][i] for i in kupiansk][-1] == -1
    assert claims["strings"][claims["written"][offsets[1]]] == "Koupiansk"
    assert claims["written"][offsets[0] + 1] == -1  # written as the gazetteer names it


@pytest.mark.parametrize(
    ("max_quotes", "kupiansk_quoted"),
    [
        (None, [True, True, True, True]),
        (10, [True, True, True, True]),
        # latest per side: Russia's 2024-11-01 claim, Ukraine's undated one (sorted last)
        (1, [False, False, True, True]),
        (0, [False, False, False, False]),
    ],
)
def test_max_quotes_keeps_the_latest_quotes_per_town_and_side(
    tables: Tables, max_quotes: int | None, kupiansk_quoted: list[bool]
) -> None:
    claims = build_payload(tables.events, tables.timeline, max_quotes=max_quotes).claims
    kupiansk = range(claims["offsets"][1], claims["offsets"][2])
    assert [claims["quote"][i] >= 0 for i in kupiansk] == kupiansk_quoted
    assert len(claims["day"]) == len(tables.events)  # every claim stays listed


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
        ("l'armée & co", "l&#x27;armée &amp; co"),
        (
            "{{ 7*7 }} {% raw %} {# c #}",
            "&#123;&#123; 7*7 &#125;&#125; &#123;% raw %&#125; &#123;# c #&#125;",
        ),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_escape_text(text: object, escaped: str) -> None:
    assert escape_text(text) == escaped


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://www.lemonde.fr/a?b=1&c=2", "https://www.lemonde.fr/a?b=1&amp;c=2"),
        ("http://rfi.fr/x", "http://rfi.fr/x"),
        ('https://x.org/"onmouseover="alert(1)', "https://x.org/&quot;onmouseover=&quot;alert(1)"),
        ("javascript:alert(1)", ""),
        ("JAVASCRIPT:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("//evil.example/x", ""),
        ("https:///nohost", ""),
        ("https://x.org/a b", ""),
        ("java\nscript:alert(1)", ""),
        (None, ""),
    ],
)
def test_safe_url_links_http_only(url: object, href: str) -> None:
    assert safe_url(url) == href


def test_every_article_string_in_the_claims_is_escaped(hostile_tables: Tables) -> None:
    claims = build_payload(hostile_tables.events, hostile_tables.timeline).claims
    texts = [*claims["quotes"], *claims["strings"], *(row[1] for row in claims["articles"])]
    assert escape_text(HOSTILE_QUOTE) in claims["quotes"]
    for text in texts:
        assert not re.search(r"[<>\"{}]", text), text
    assert "AFP &amp; Reuters" in claims["strings"]
    rfi = [row for row in claims["articles"] if claims["strings"][row[0]] == "RFI"]
    assert rfi and rfi[0][1] == ""  # javascript: url: no link


def test_script_json_cannot_close_a_script_or_open_a_jinja_tag() -> None:
    value = {"q": "</script><!-- {{ x }} {% y %} {# z #} \u2028"}
    text = to_script_json(value)
    assert not re.search(r"</|<!--|\{\{|\{%|\{#|\u2028", text)
    assert json.loads(text) == value


# --- the rendered page -------------------------------------------------------


def test_hostile_text_reaches_the_page_only_escaped(hostile_tables: Tables) -> None:
    page = _html(hostile_tables, title='Front <script>alert("t")</script> {{ 7*7 }}')
    assert "<script>window.__pwned" not in page
    assert "<script>alert(" not in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")
    assert "49" not in re.findall(r"ga-title\">([^<]*)", page)[0]
    assert "&#123;&#123; 7*7 &#125;&#125;" in page
    blob = re.search(r'<script type="application/octet-stream" id="[^"]+-claims">([^<]*)<', page)
    assert blob is not None
    claims = decode_claims(blob.group(1))
    assert escape_text(HOSTILE_QUOTE) in claims["quotes"]


def test_same_inputs_give_the_same_file(tables: Tables, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    save_map(render_map(tables.events, tables.timeline, title="T"), first)
    save_map(render_map(tables.events, tables.timeline, title="T"), second)
    assert first.read_bytes() == second.read_bytes()
    assert not re.search(r"[0-9a-f]{32}", first.read_text(encoding="utf-8"))


def test_page_has_the_four_views_slider_legend_and_controls(tables: Tables) -> None:
    page = _html(tables)
    for label in VIEW_LABELS.values():
        assert json.dumps(label) in page
    assert page.count("L.timeline(") == len(VIEWS)
    assert page.count('<script type="application/json" id="timeline_') == len(VIEWS)
    assert "L.timelineSliderControl(" in page
    assert "L.control.scale(" in page
    assert "L.control.fullscreen(" in page
    assert '"preferCanvas": true' in page
    for style in STATE_STYLES.values():
        assert style.colour in page and escape_text(style.label) in page
    assert "fitBounds(" in page
    # only "all claims" is on the map at first; the others wait for the radio button
    assert len(re.findall(r"timeline_[0-9a-f]{4}\.addTo\(", page)) == 1


def test_online_page_links_the_locked_versions_and_nothing_unused(tables: Tables) -> None:
    page = _html(tables)
    versions = locked_versions()
    for asset in ASSETS:
        assert f"/{asset.package}@{versions[asset.package]}/{asset.path}" in page
    for dropped in ("jquery", "bootstrap", "awesome-markers", "moment"):
        assert dropped not in page.lower()
    assert "OpenStreetMap" in page and "World_Light_Gray_Base" in page


def test_offline_page_inlines_every_asset_and_draws_country_outlines(tables: Tables) -> None:
    _needs_assets()
    page = _html(tables, offline=True)
    assert not re.search(r"<script[^>]+\bsrc=", page)
    assert not re.search(r"<link[^>]+\bhref=", page)
    for asset in ASSETS:
        assert f'data-asset="{asset.package}/{asset.path}"' in page
    assert read_asset(ASSETS[2])[:2000] in page  # Leaflet itself
    assert "data:image/png;base64," in page  # the layer switcher's icon, from leaflet.css
    assert '"name":"Ukraine"' in page and '"name":"Russia"' in page
    assert "Plain (offline): country outlines" in page


def test_every_folium_link_name_is_mapped_to_an_asset_or_dropped() -> None:
    keys = {asset.key for asset in ASSETS}
    assert {value for value in FOLIUM_LINKS.values() if value is not None} <= keys


def test_save_map_writes_atomically_and_reports_unwritable_paths(
    tables: Tables, tmp_path: Path
) -> None:
    m = render_map(tables.events, tables.timeline)
    target = tmp_path / "maps" / "front.html"
    save_map(m, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    blocked = tmp_path / "dir.html"
    blocked.mkdir()
    with pytest.raises(OutputError, match=r"dir\.html"):
        save_map(render_map(tables.events, tables.timeline), blocked)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.html", "maps"]


def test_empty_tables_give_a_map_of_the_theatre(tables: Tables) -> None:
    page = _html(Tables(tables.events.iloc[0:0], tables.timeline.iloc[0:0]), start="2024-01-01")
    assert "0 towns · 0 claims" in page


# --- misuse ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda t: Tables(t.events, t.timeline.drop(columns=["state"])),
            "timeline table lacks column",
        ),
        (lambda t: Tables(t.events.drop(columns=["quote", "url"]), t.timeline), "url, quote"),
        (lambda t: Tables(t.events, t.timeline.assign(state="occupied")), "'occupied'"),
        (lambda t: Tables(t.events, t.timeline.assign(view="NATO")), "expected one of all, RU"),
        (lambda t: Tables(t.events, t.timeline.assign(valid_from=pd.NaT)), "no valid_from"),
        (lambda t: Tables(t.events.assign(date="yesterday"), t.timeline), "'date'"),
    ],
)
def test_bad_tables_raise_input_error_naming_the_problem(
    tables: Tables, change: object, message: str
) -> None:
    changed = change(tables)  # type: ignore[operator]
    with pytest.raises(InputError, match=re.escape(message)):
        render_map(changed.events, changed.timeline)


def test_start_after_end_is_refused(tables: Tables) -> None:
    with pytest.raises(InputError, match="after end"):
        render_map(tables.events, tables.timeline, start="2025-01-01", end="2024-01-01")


@pytest.mark.parametrize("start", ["not a date", "2024-13-45"])
def test_a_start_that_is_no_date_is_refused(tables: Tables, start: str) -> None:
    with pytest.raises(InputError, match="is not a date"):
        render_map(tables.events, tables.timeline, start=start)


def test_negative_max_quotes_is_refused(tables: Tables) -> None:
    with pytest.raises(InputError, match="max_quotes=-1"):
        render_map(tables.events, tables.timeline, max_quotes=-1)


# --- palette -----------------------------------------------------------------


def test_palette_has_one_distinct_colour_per_state() -> None:
    assert tuple(STATE_STYLES) == TIMELINE_STATES
    assert len({style.colour for style in STATE_STYLES.values()}) == len(TIMELINE_STATES)


def test_radius_grows_with_population_within_bounds() -> None:
    radii = [radius_for(p) for p in (-5, 0, 100, 1_000, 10_000, 100_000, 1_000_000, 10**9)]
    assert radii == sorted(radii)
    assert radii[0] == radii[1] == 3.0 and radii[-1] == 12.0
