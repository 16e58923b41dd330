"""Benchmark the HTML map at 1,000, 10,000 and 100,000 synthetic events over 2022-2025.

For each size it prints, for geoatlas's map and for folium's plain ``Timeline``
with one feature per event (the reference):

* the HTML size (offline: every script inlined, so both open without network);
* the time to render the HTML in Python;
* the time until the map has drawn in headless Chromium (navigation start to
  the first animation frame after the ``load`` event);
* the time of one slider step (the slider's ``setTime`` to the next animation
  frame, when Leaflet has redrawn its canvas): median and worst over day-by-day
  steps and random jumps.

Targets (issue 4) at 100,000 events: at most 5 MB, drawn in under 1 s, every
slider step under 100 ms.

The synthetic data are deterministic (seeded). Quotes are word sequences drawn
from French word frequencies (wordfreq), so that they compress about as badly
as real prose rather than as well as a repeated template would.

Run: ``.venv/bin/python benchmarks/bench_map.py [--sizes 1000 10000] [--no-reference]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
from folium.plugins import Timeline, TimelineSlider

from geoatlas.render import bundle_assets, render_map, save_map
from geoatlas.render.elements import load_js
from geoatlas.schema import CLAIMANTS, EVENT_COLUMNS, TIMELINE_COLUMNS

CHROMIUM = "/usr/bin/chromium"
FIRST_DAY = pd.Timestamp("2022-01-01")
LAST_DAY = pd.Timestamp("2025-12-31")
OUTLETS = (
    "AFP",
    "Le Monde",
    "Le Figaro",
    "Libération",
    "France 24",
    "RFI",
    "Ouest-France",
    "20 Minutes",
    "La Croix",
    "L'Express",
    "Mediapart",
    "BFMTV",
)


def make_events(n_events: int, seed: int = 0) -> pd.DataFrame:
    """Return a synthetic event table of ``n_events`` claims over 2022-2025 (vectorised)."""
    from wordfreq import top_n_list, zipf_frequency

    rng = np.random.default_rng(seed)
    n_towns = int(min(3_000, max(40, n_events // 35)))
    n_articles = max(1, n_events // 4)
    town_lat = rng.uniform(46.3, 50.6, n_towns).round(4)
    town_lon = rng.uniform(33.5, 40.2, n_towns).round(4)
    town_pop = np.exp(rng.normal(8.0, 1.6, n_towns)).astype(int)
    # A few towns draw most of the fighting, as Bakhmut or Avdiivka did.
    town_weight = rng.pareto(1.2, n_towns) + 0.05
    town_weight /= town_weight.sum()
    town = rng.choice(n_towns, size=n_events, p=town_weight)
    names = np.array([f"Town{t:04d}" for t in range(n_towns)])

    # 30 % of claims come from the sentence before (one sentence naming several
    # towns); half the sentences start a new article.
    new_sentence = rng.random(n_events) > 0.3
    new_sentence[0] = True
    sentence = np.cumsum(new_sentence) - 1
    n_sentences = int(sentence[-1]) + 1
    new_article = rng.random(n_sentences) > 0.5
    new_article[0] = True
    sentence_article = (
        pd.Series(np.where(new_article, rng.integers(0, n_articles, n_sentences), -1))
        .replace(-1, np.nan)
        .ffill()
        .to_numpy(dtype=int)
    )
    article = sentence_article[sentence]

    words = np.array(top_n_list("fr", 20_000))
    word_weight = np.array([10 ** zipf_frequency(w, "fr") for w in words])
    word_weight /= word_weight.sum()
    lengths = rng.integers(14, 32, n_sentences)
    drawn = words[rng.choice(len(words), size=int(lengths.sum()), p=word_weight)]
    first_town = names[town[new_sentence]]
    texts = [" ".join(chunk) for chunk in np.split(drawn, np.cumsum(lengths)[:-1])]
    sentence_quote = [
        f"{t[:1].upper()}{t[1:]} {name}." for t, name in zip(texts, first_town, strict=True)
    ]
    quote = np.array(sentence_quote, dtype=object)[sentence]

    span = (LAST_DAY - FIRST_DAY).days
    article_day = rng.integers(0, span + 1, n_articles)
    article_source = np.array(OUTLETS)[rng.integers(0, len(OUTLETS), n_articles)]
    claimants = np.array(list(CLAIMANTS))
    claimant = claimants[rng.integers(0, len(claimants), n_events)]
    side = np.array([CLAIMANTS[c] for c in claimant])
    day = np.maximum(article_day[article] - rng.integers(0, 3, n_events), 0)

    # What is true on the ground: each town changes hands a few times, after a
    # contested spell; claims report it, except when a side claims its own.
    truth = np.empty(n_events, dtype=object)
    for t in range(n_towns):
        mine = np.flatnonzero(town == t)
        changes = np.sort(rng.integers(0, span + 1, rng.poisson(1.5)))
        holder = np.where(
            np.arange(len(changes) + 1) % 2 == 0, *(("UA", "RU")[:: rng.choice([1, -1])])
        )
        contested_from = changes - rng.integers(5, 60, len(changes))
        spell = np.searchsorted(changes, day[mine], side="right")
        state = holder[spell].astype(object)
        if len(changes):
            ahead = np.minimum(np.searchsorted(changes, day[mine], side="left"), len(changes) - 1)
            in_contest = (day[mine] >= contested_from[ahead]) & (day[mine] < changes[ahead])
            state[in_contest] = "contested"
        truth[mine] = state
    honest = rng.random(n_events) < 0.85
    partisan = np.where(side == "third", "contested", side)
    controller = np.where(honest, truth, partisan)
    actor = np.where(controller == "contested", np.where(side == "UA", "UA", "RU"), controller)
    status = np.where(
        controller == "contested",
        np.where(rng.random(n_events) < 0.7, "contested", "encircled"),
        np.where(rng.random(n_events) < 0.3, "captured", "held"),
    )
    published = FIRST_DAY + pd.to_timedelta(article_day[article], unit="D")
    date = FIRST_DAY + pd.to_timedelta(day, unit="D")
    events = pd.DataFrame(
        {
            "event_id": [f"e{i:06d}" for i in range(n_events)],
            "article_id": [f"a{a:06d}" for a in article],
            "published": published,
            "source": article_source[article],
            "url": [f"https://example.org/{a % 97}/{a:06d}" for a in article],
            "place": names[town],
            "geonameid": 700_000 + town,
            "place_as_written": names[town],
            "country": "UA",
            "admin1": "Donetsk",
            "lat": town_lat[town],
            "lon": town_lon[town],
            "date": date,
            "date_precision": "day",
            "status": status,
            "actor": actor,
            "controller": controller,
            "claimant": claimant,
            "claimant_side": side,
            "confidence": 0.8,
            "quote": quote,
            "start": 0,
            "end": 8,
        },
        columns=list(EVENT_COLUMNS),
    )
    events.attrs["population"] = {700_000 + t: int(town_pop[t]) for t in range(n_towns)}
    return events


def make_timeline(events: pd.DataFrame) -> pd.DataFrame:
    """A control timeline in the schema's shape: per town and view, merged runs of one state.

    A stand-in for ``geoatlas.timeline`` (written elsewhere): a claim sets the
    claimed controller; in the ``all`` view two sides' disagreeing claims within
    7 days make the town ``disputed``.
    """
    population = events.attrs["population"]
    ordered = events.sort_values(["geonameid", "date", "event_id"], kind="stable")
    columns = {
        c: ordered[c].tolist()
        for c in (
            "geonameid",
            "place",
            "lat",
            "lon",
            "date",
            "controller",
            "claimant_side",
            "status",
            "claimant",
            "event_id",
        )
    }
    rows: list[dict[str, Any]] = []
    for view in ("all", "RU", "UA", "third"):
        runs: list[list[Any]] = []  # [geonameid, state, first, index of opening claim, ids]
        last_by_side: dict[str, tuple[pd.Timestamp, str]] = {}
        town = None
        for i, geonameid in enumerate(columns["geonameid"]):
            side = columns["claimant_side"][i]
            if view != "all" and side != view:
                continue
            date, state = columns["date"][i], columns["controller"][i]
            if geonameid != town:
                town, last_by_side = geonameid, {}
            if view == "all":
                last_by_side[side] = (date, state)
                ru, ua = last_by_side.get("RU"), last_by_side.get("UA")
                if ru and ua and ru[1] != ua[1] and abs((ru[0] - ua[0]).days) <= 7:
                    state = "disputed"
            if runs and runs[-1][0] == geonameid and runs[-1][1] == state:
                runs[-1][4].append(columns["event_id"][i])
                continue
            if runs and runs[-1][0] == geonameid and runs[-1][2] == date:
                runs.pop()  # two states on one day: the later claim wins
            runs.append([geonameid, state, date, i, [columns["event_id"][i]]])
        for k, (geonameid, state, begin, i, ids) in enumerate(runs):
            following = runs[k + 1] if k + 1 < len(runs) else None
            rows.append(
                {
                    "geonameid": geonameid,
                    "place": columns["place"][i],
                    "lat": columns["lat"][i],
                    "lon": columns["lon"][i],
                    "population": population[geonameid],
                    "view": view,
                    "state": state,
                    "valid_from": begin,
                    "valid_to": following[2] if following and following[0] == geonameid else pd.NaT,
                    "status": columns["status"][i],
                    "claimant": columns["claimant"][i],
                    "event_ids": ids,
                }
            )
    return pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))


def make_reference(events: pd.DataFrame) -> folium.Map:
    """folium's plain Timeline: one feature per event, shown until the town's next event."""
    ordered = events.sort_values(["geonameid", "date", "event_id"], kind="stable")
    next_date = ordered.groupby("geonameid")["date"].shift(-1).fillna(LAST_DAY)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
            "properties": {
                "start": row.date.strftime("%Y-%m-%d"),
                "end": end.strftime("%Y-%m-%d"),
                "status": row.status,
                "claimant": row.claimant,
            },
        }
        for row, end in zip(ordered.itertuples(index=False), next_date, strict=True)
    ]
    m = folium.Map(location=[48.5, 37.0], zoom_start=7)
    timeline = Timeline({"type": "FeatureCollection", "features": features}).add_to(m)
    slider = TimelineSlider(auto_play=False).add_timelines(timeline)
    # folium formats the date with moment, which geoatlas does not bundle; use geoatlas's formatter.
    slider.options["format_output"] = load_js("format_date.js")
    slider.add_to(m)
    return bundle_assets(m, offline=True)


_STEP_SCRIPT = """
async ([times]) => {
  const name = Object.keys(window).find((key) => key.startsWith("timeline_slider_"));
  const slider = window[name];
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const out = [];
  for (const time of times) {
    await frame();
    const t0 = performance.now();
    slider.setTime(time);
    await frame();
    out.push(performance.now() - t0);
  }
  return out;
}
"""


def _offline_only(route: Any) -> None:
    """Let the page read itself and data URIs; refuse the network, as a reader offline would."""
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


def measure_browser(
    path: Path, first_ms: int, last_ms: int, rng: np.random.Generator
) -> dict[str, float]:
    """Load ``path`` in headless Chromium; time the first draw and slider steps."""
    from playwright.sync_api import sync_playwright

    day = 86_400_000
    middle = first_ms + (last_ms - first_ms) // 2
    sweep = [middle + k * day for k in range(1, 31)]
    jumps = [int(first_ms + rng.integers(0, (last_ms - first_ms) // day) * day) for _ in range(10)]
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(("file:", "data:"))
                else route.abort()
            ),
        )
        page.goto(path.as_uri(), wait_until="load", timeout=180_000)
        ready = page.evaluate(
            "new Promise((r) => requestAnimationFrame(() => r(performance.now())))"
        )
        page.wait_for_timeout(200)
        steps = page.evaluate(_STEP_SCRIPT, [sweep + jumps])
        browser.close()
    return {
        "ready_ms": ready,
        "step_median_ms": statistics.median(steps),
        "step_max_ms": max(steps),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-reference", action="store_true", help="skip folium's plain Timeline")
    args = parser.parse_args()
    browser = os.path.exists(CHROMIUM)
    if not browser:
        print(f"{CHROMIUM} not found: browser timings skipped (apt-get install chromium)")
    rng = np.random.default_rng(1)
    print(
        f"{'events':>8} {'map':<10} {'intervals':>9} {'HTML MB':>8} {'render s':>8} "
        f"{'drawn ms':>9} {'step med ms':>11} {'step max ms':>11}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            events = make_events(size)
            timeline = make_timeline(events)
            labels = ["geoatlas"] if args.no_reference else ["geoatlas", "reference"]
            for label in labels:
                t0 = time.perf_counter()
                if label == "geoatlas":
                    m = render_map(events, timeline, offline=True)
                else:
                    m = make_reference(events)
                path = Path(tmp) / f"{label}_{size}.html"
                save_map(m, path)
                render_s = time.perf_counter() - t0
                figures = {
                    "ready_ms": float("nan"),
                    "step_median_ms": float("nan"),
                    "step_max_ms": float("nan"),
                }
                if browser:
                    first_ms = int(timeline["valid_from"].min().value // 1_000_000)
                    last_ms = int(events["date"].max().value // 1_000_000)
                    figures = measure_browser(path, first_ms, last_ms, rng)
                intervals = len(timeline) if label == "geoatlas" else len(events)
                size_mb = path.stat().st_size / 1e6
                print(
                    f"{size:>8} {label:<10} {intervals:>9} {size_mb:>8.2f} {render_s:>8.2f} "
                    f"{figures['ready_ms']:>9.0f} {figures['step_median_ms']:>11.1f} "
                    f"{figures['step_max_ms']:>11.1f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
