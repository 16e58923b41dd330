"""The HTML map: who claims which town, when, and on whose word.

:func:`render_map` draws the control timeline as circle markers (colour: the
claimed state; size: population) that a time slider moves through, in four
switchable views (all claims, Russia's, Ukraine's, independent and media);
a click on a town lists its claims, quotes and sources. :func:`save_map`
writes it atomically.

The map is built from small steps (base layers, views, slider, legend, title,
assets); the JavaScript is in ``templates/``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from typing import Final

import folium
import pandas as pd
from branca.element import Element, Figure
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen, TimelineSlider

from geoatlas.errors import InputError, OutputError
from geoatlas.io.atomic import write_text_atomic
from geoatlas.render.assets import ASSETS, FOLIUM_LINKS, load_country_outlines, read_asset
from geoatlas.render.elements import (
    AssetBundle,
    ControlTimeline,
    CountryOutlines,
    Legend,
    MapRuntime,
    SliderStart,
    Title,
    ViewControl,
    load_js,
)
from geoatlas.render.palette import STATE_STYLES, VIEW_LABELS
from geoatlas.render.payload import (
    DEFAULT_MAX_QUOTES,
    MapPayload,
    build_payload,
    encode_claims,
    escape_text,
    to_script_json,
)
from geoatlas.schema import CLAIMANT_SIDES, DATE_PRECISIONS, GEONAMEID, VIEWS

__all__ = ["bundle_assets", "render_map", "save_map"]

DEFAULT_TITLE: Final = "Claimed control of towns"

# Playback runs through the slider at this many milliseconds per day, so that
# four years play in about half a minute.
_PLAYBACK_MS_PER_DAY: Final = 20
_DAY_MS: Final = 86_400_000


def render_map(
    events: pd.DataFrame,
    timeline: pd.DataFrame,
    *,
    title: str | None = None,
    offline: bool = False,
    start: object = None,
    end: object = None,
    max_quotes: int | None = DEFAULT_MAX_QUOTES,
    approximate: Mapping[int, float] | None = None,
) -> folium.Map:
    """Draw the control timeline and its claims as an interactive map.

    Parameters
    ----------
    events : pandas.DataFrame
        The event table (``geoatlas.schema.EVENT_COLUMNS``; a GeoDataFrame works).
        Popups list each town's claims from it; the map is fitted to its points.
    timeline : pandas.DataFrame
        The control timeline (``geoatlas.schema.TIMELINE_COLUMNS``): one row per
        interval of claimed control of one town in one view.
    title : str, optional
        The banner and page title; escaped before use.
    offline : bool
        Inline every script and stylesheet and draw a country-outline background,
        so that the saved file opens with no network (needs ``make setup``).
    start, end : date-like, optional
        The slider's first and last day (default: the timeline's extent).
    max_quotes : int or None
        Quoted sentences embedded per town and claimant side, latest first
        (older claims are listed without theirs); ``None`` embeds every quote.
        Quotes are most of a large map's weight.
    approximate : mapping, optional
        ``geonameid -> km`` of the towns whose point is only approximate (the
        villages of Ukraine's codifier, placed at their hromada's centre): their
        markers are dashed and their popups give the margin. Default: the
        gazetteer's (:attr:`geoatlas.gazetteer.Gazetteer.approximate`).

    Returns
    -------
    folium.Map
        Deterministic: the same inputs give the same HTML.

    Raises
    ------
    InputError
        A table lacks a column or holds a value outside its vocabulary.
    MissingDependencyError
        ``offline=True`` but the npm assets are not installed.

    Examples
    --------
    >>> import pandas as pd
    >>> timeline = pd.DataFrame({
    ...     "geonameid": [1], "place": ["Avdiivka"], "lat": [48.14], "lon": [37.74],
    ...     "population": [31_000], "view": ["all"], "state": ["RU"],
    ...     "valid_from": pd.to_datetime(["2024-02-17"]), "valid_to": pd.to_datetime([None]),
    ...     "status": ["captured"], "claimant": ["RU MoD"], "event_ids": [["e1"]]})
    >>> events = pd.DataFrame({
    ...     "event_id": ["e1"], "article_id": ["a1"], "published": pd.to_datetime(["2024-02-18"]),
    ...     "source": ["AFP"], "url": ["https://example.org/a1"], "place": ["Avdiivka"],
    ...     "geonameid": [1], "place_as_written": ["Avdiïvka"], "lat": [48.14], "lon": [37.74],
    ...     "date": pd.to_datetime(["2024-02-17"]), "date_precision": ["day"],
    ...     "status": ["captured"], "actor": ["RU"], "claimant": ["RU MoD"],
    ...     "claimant_side": ["RU"], "quote": ["Moscou revendique la prise d'Avdiïvka."]})
    >>> m = render_map(events, timeline, title="Avdiivka")
    >>> "Avdiivka" in m.get_root().render()
    True
    """
    if approximate is None:
        approximate = _gazetteer_approximate(timeline)
    payload = build_payload(
        events, timeline, start=start, end=end, max_quotes=max_quotes, approximate=approximate
    )
    m = folium.Map(
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        zoom_control=True,
        max_bounds=False,
    )
    _fit_bounds(m, payload)
    runtime = _add_runtime(m, payload)
    _add_base_layers(m, payload, offline=offline)
    timelines = _add_views(m, runtime, payload)
    _add_slider(m, payload, timelines)
    Legend().add_to(m)
    folium.LayerControl(position="topright", collapsed=True).add_to(m)
    Fullscreen(position="topleft").add_to(m)  # type: ignore[no-untyped-call]
    _add_title(m, payload, title)
    bundle_assets(m, offline=offline)
    _name_elements(m.get_root())
    return m


def _gazetteer_approximate(timeline: pd.DataFrame) -> dict[int, float]:
    """The gazetteer's approximate points among the timeline's towns (see ``render_map``)."""
    from geoatlas.gazetteer import load_gazetteer

    known = load_gazetteer().approximate
    ids = {int(i) for i in timeline[GEONAMEID].dropna().unique()} if GEONAMEID in timeline else ()
    return {i: known[i] for i in ids if i in known}


def bundle_assets(m: folium.Map, *, offline: bool) -> folium.Map:
    """Load ``m``'s Leaflet and plugins from geoatlas's pinned npm assets.

    folium links each library from a CDN at its own version; this replaces
    every such link of every element of ``m`` by the versions pinned in
    ``geoatlas/render/assets/package-lock.json``: CDN links, or with
    ``offline=True`` the files inlined, so the page needs no network. Call it
    once, after adding the last element. Used by :func:`render_map`, and by the
    benchmark to give folium's plain maps the same footing.

    Raises
    ------
    InputError
        An element links a library geoatlas does not bundle.
    MissingDependencyError
        ``offline=True`` and the npm assets are not installed.
    """
    _replace_folium_links(m)
    _add_assets(m, offline=offline)
    return m


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> None:
    """Write ``m`` as one HTML file at ``path``, atomically (temp file + ``os.replace``).

    Raises
    ------
    OutputError
        ``path`` cannot be written.
    """
    html = m.get_root().render()
    try:
        write_text_atomic(path, html)
    except OSError as error:
        raise OutputError(f"{os.fspath(path)}: cannot write the map ({error})") from error


# --- steps -----------------------------------------------------------------


def _add_assets(m: folium.Map, *, offline: bool) -> None:
    """Put Leaflet and its plugins first in the page's head, linked or inlined."""
    stylesheets = [(a, read_asset(a) if offline else None) for a in ASSETS if a.kind == "css"]
    scripts = [(a, read_asset(a) if offline else None) for a in ASSETS if a.kind == "js"]
    figure = m.get_root()
    if not isinstance(figure, Figure):  # pragma: no cover - folium.Map always makes one
        raise InputError("the map is not inside a folium Figure")
    figure.header.add_child(AssetBundle(stylesheets, scripts), name="geoatlas_assets", index=1)


def _fit_bounds(m: folium.Map, payload: MapPayload) -> None:
    """Fit the view to the events first, so that markers are projected once, not twice."""
    # Keep towns clear of the controls: the slider along the bottom, the
    # view switcher and legend on the right, the title on top.
    m.fit_bounds(
        [list(payload.bounds[0]), list(payload.bounds[1])],
        padding_top_left=(50, 70),
        padding_bottom_right=(240, 110),
        max_zoom=10,
    )


def _add_runtime(m: folium.Map, payload: MapPayload) -> MapRuntime:
    config = {
        "towns": payload.towns,
        "labels": payload.labels,
        "states": [
            {"key": key, "colour": style.colour, "label": escape_text(style.label)}
            for key, style in STATE_STYLES.items()
        ],
        "views": {view: escape_text(label) for view, label in VIEW_LABELS.items()},
        "viewSides": {
            view: CLAIMANT_SIDES.index(view) if view in CLAIMANT_SIDES else -1 for view in VIEWS
        },
        "actors": {side: STATE_STYLES[side].label for side in ("RU", "UA")},
        "precisions": list(DATE_PRECISIONS),
        "firstDay": payload.first_day,
        "lastDay": payload.last_day,
    }
    runtime = MapRuntime(to_script_json(config), encode_claims(payload.claims))
    runtime.add_to(m)
    return runtime


def _add_base_layers(m: folium.Map, payload: MapPayload, *, offline: bool) -> None:
    """OpenStreetMap and a light basemap; offline, a country-outline background comes first."""
    if offline:
        outlines = load_country_outlines(payload.bounds)
        CountryOutlines(
            to_script_json(outlines), name="Plain (offline): country outlines", show=True
        ).add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", show=not offline).add_to(m)
    # CARTO's light tiles now need an API key (xyzservices marks them so); Esri's do not.
    folium.TileLayer("Esri.WorldGrayCanvas", name="Light grey (Esri)", show=False).add_to(m)


def _add_views(
    m: folium.Map, runtime: MapRuntime, payload: MapPayload
) -> list[tuple[str, ControlTimeline]]:
    bounds = [list(payload.bounds[0]), list(payload.bounds[1])]
    timelines: list[tuple[str, ControlTimeline]] = []
    for view in VIEWS:
        timeline = ControlTimeline(
            runtime,
            view,
            to_script_json(payload.intervals[view]),
            name=VIEW_LABELS[view],
            show=view == "all",
            bounds=bounds,
        )
        timeline.add_to(m)
        timelines.append((VIEW_LABELS[view], timeline))
    ViewControl(timelines, heading="Claims shown").add_to(m)
    return timelines


def _add_slider(
    m: folium.Map, payload: MapPayload, timelines: list[tuple[str, ControlTimeline]]
) -> None:
    days = payload.last_day - payload.first_day
    slider = TimelineSlider(
        auto_play=False,
        start=payload.first_day * _DAY_MS,
        end=payload.last_day * _DAY_MS,
        enable_keyboard_controls=True,
        # Ticks are one <option> per distinct change day (up to ~1,500); Chromium
        # repaints them on every step, which doubled a step's time (bench_map.py).
        show_ticks=False,
        steps=max(days, 1),
        playback_duration=max(days, 1) * _PLAYBACK_MS_PER_DAY,
    )
    # folium formats the date with moment in local time; the slider's times are
    # UTC midnights, so a reader west of Greenwich would see the day before.
    slider.options["format_output"] = load_js("format_date.js")  # type: ignore[assignment]
    slider.add_timelines(*(timeline for _, timeline in timelines))  # type: ignore[no-untyped-call]
    slider.add_to(m)
    # Open on the last day, the latest claimed state; play starts again from the first.
    SliderStart(slider, payload.last_day * _DAY_MS).add_to(m)


def _add_title(m: folium.Map, payload: MapPayload, title: str | None) -> None:
    text = escape_text(title if title is not None else DEFAULT_TITLE)
    first = dt.date(1970, 1, 1) + dt.timedelta(days=payload.first_day)
    last = dt.date(1970, 1, 1) + dt.timedelta(days=payload.last_day)
    claim_count = len(payload.claims["day"])
    subtitle = (
        f"{len(payload.towns):,} towns · {claim_count:,} claims · "
        f"{first.isoformat()} to {last.isoformat()}"
    )
    Title(text, escape_text(subtitle)).add_to(m)
    figure = m.get_root()
    if isinstance(figure, Figure):
        figure.title = text


def _replace_folium_links(m: folium.Map) -> None:
    """Drop folium's CDN links: the asset bundle already holds what each element needs."""
    for element in _walk(m.get_root()):
        if not isinstance(element, JSCSSMixin):
            continue
        for name, url in [*element.default_js, *element.default_css]:
            if name not in FOLIUM_LINKS:
                raise InputError(
                    f"{type(element).__name__} links {name!r} ({url}), which geoatlas does not "
                    f"bundle; add it to geoatlas.render.assets.FOLIUM_LINKS"
                )
        element.default_js = []
        element.default_css = []


def _name_elements(root: Element) -> None:
    """Give every element a counter-based id: folium's are random, so each render would differ."""
    for number, element in enumerate(_walk(root)):
        element._id = f"{number:04x}"


def _walk(element: Element) -> Iterator[Element]:
    yield element
    if isinstance(element, Figure):
        for part in (element.header, element.html, element.script):
            yield from _walk(part)
    for child in element._children.values():
        yield from _walk(child)
