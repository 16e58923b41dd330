"""The browser assets of a map: pinned npm packages, linked from a CDN or inlined for offline use.

Versions come from ``assets/package-lock.json`` alone, so an online map links
exactly the files an offline map inlines. ``make setup`` installs them
(``npm ci`` in ``geoatlas/render/assets``); no copy is committed.

folium's elements each declare the scripts and stylesheets they want
(``default_js`` / ``default_css``); :data:`FOLIUM_LINKS` says which of our
assets stands in for each, and which we drop because nothing on our maps uses
them (jQuery, Bootstrap and the awesome-markers icons serve folium's
``Marker`` icons; moment formats folium's slider date, which we format with
``Date.toISOString``).
"""

from __future__ import annotations

import base64
import functools
import json
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from geoatlas.errors import InputError, MissingDependencyError

__all__ = [
    "ASSETS",
    "ASSETS_DIR",
    "FOLIUM_LINKS",
    "Asset",
    "asset_url",
    "load_country_outlines",
    "locked_versions",
    "read_asset",
]

ASSETS_DIR: Final = Path(__file__).resolve().parent / "assets"
_NODE_MODULES: Final = ASSETS_DIR / "node_modules"
_CDN: Final = "https://cdn.jsdelivr.net/npm"
_SETUP_HINT: Final = "run `make setup` (or `npm ci` in geoatlas/render/assets)"


@dataclass(frozen=True, slots=True)
class Asset:
    """One file of one npm package that a map loads."""

    key: str
    package: str
    path: str
    kind: Literal["js", "css"]


ASSETS: Final[tuple[Asset, ...]] = (
    Asset("leaflet_css", "leaflet", "dist/leaflet.css", "css"),
    Asset("fullscreen_css", "leaflet.fullscreen", "Control.FullScreen.css", "css"),
    Asset("leaflet", "leaflet", "dist/leaflet.js", "js"),
    Asset("timeline", "leaflet.timeline", "dist/leaflet.timeline.js", "js"),
    Asset("fullscreen", "leaflet.fullscreen", "Control.FullScreen.js", "js"),
)
"""Every asset, in the order a page must load them (Leaflet before its plugins)."""

FOLIUM_LINKS: Final[dict[str, str | None]] = {
    # folium.Map
    "leaflet": "leaflet",
    "leaflet_css": "leaflet_css",
    "jquery": None,
    "bootstrap": None,
    "awesome_markers": None,
    "bootstrap_css": None,
    "glyphicons_css": None,
    "awesome_markers_font_css": None,
    "awesome_markers_css": None,
    "awesome_rotate_css": None,
    # folium.plugins.Timeline and TimelineSlider
    "timeline": "timeline",
    "moment": None,
    # folium.plugins.Fullscreen
    "Control.Fullscreen.js": "fullscreen",
    "Control.FullScreen.css": "fullscreen_css",
}
"""folium's link names -> the :data:`ASSETS` key that replaces each (``None``: not needed)."""

_WORLD_ATLAS: Final = Asset("countries", "world-atlas", "countries-50m.json", "js")


@functools.cache
def locked_versions() -> dict[str, str]:
    """Return ``{package: version}`` as pinned in ``assets/package-lock.json``."""
    lock_path = ASSETS_DIR / "package-lock.json"
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise MissingDependencyError(
            f"{lock_path}: cannot read the asset lock file ({error})"
        ) from error
    prefix = "node_modules/"
    return {
        name[len(prefix) :]: entry["version"]
        for name, entry in lock.get("packages", {}).items()
        if name.startswith(prefix) and "version" in entry
    }


def asset_url(asset: Asset) -> str:
    """Return the CDN url of ``asset`` at its locked version.

    Examples
    --------
    >>> asset_url(ASSETS[2])  # doctest: +ELLIPSIS
    'https://cdn.jsdelivr.net/npm/leaflet@1.9.../dist/leaflet.js'
    """
    return f"{_CDN}/{asset.package}@{_version_of(asset.package)}/{asset.path}"


def read_asset(asset: Asset) -> str:
    """Return the text of ``asset``, ready to sit inside a ``<script>`` or ``<style>``.

    Stylesheets have their ``url(...)`` images inlined as data URIs; a closing
    tag inside the text is broken up so that it cannot end the element early.

    Raises
    ------
    MissingDependencyError
        The npm packages are not installed, or not at their locked version.
    """
    path = _installed_file(asset)
    text = path.read_text(encoding="utf-8")
    if asset.kind == "css":
        text = _inline_css_urls(text, path.parent)
        return re.sub(r"</(style)", r"<\\/\1", text, flags=re.IGNORECASE)
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


# Crimea's part of a polygon: its centroid falls in this box (lon, lat).
_CRIMEA = (32.0, 44.0, 36.7, 46.3)


@functools.cache
def _countries() -> Any:
    """Natural Earth 1:50m countries (world-atlas TopoJSON), read by GDAL's TopoJSON driver.

    world-atlas 2.0.2 draws Crimea inside Russia's polygon. geoatlas maps
    claims and takes no side on borders: the outlines show the internationally
    recognised ones (UN General Assembly resolution 68/262), so the
    peninsula's polygon is moved to Ukraine.
    """
    import geopandas
    import shapely

    countries = geopandas.read_file(_installed_file(_WORLD_ATLAS), layer="countries")
    russia = countries["name"] == "Russia"
    ukraine = countries["name"] == "Ukraine"
    if russia.sum() == 1 and ukraine.sum() == 1:
        parts = list(shapely.get_parts(countries.loc[russia, "geometry"].iloc[0]))
        west, south, east, north = _CRIMEA
        crimea = [p for p in parts if west < p.centroid.x < east and south < p.centroid.y < north]
        if crimea:
            rest = [p for p in parts if not any(p is c for c in crimea)]
            countries.loc[russia, "geometry"] = shapely.multipolygons(rest)
            merged = shapely.union_all([countries.loc[ukraine, "geometry"].iloc[0], *crimea])
            countries.loc[ukraine, "geometry"] = merged
    return countries


def load_country_outlines(
    bounds: tuple[tuple[float, float], tuple[float, float]],
    *,
    margin: float = 15.0,
    tolerance: float = 0.01,
) -> dict[str, Any]:
    """Return the country outlines around ``bounds`` as a GeoJSON FeatureCollection.

    The outlines are Natural Earth's 1:50m admin-0 countries as the
    ``world-atlas`` npm package ships them (Natural Earth is public domain),
    clipped to ``bounds`` plus ``margin`` degrees and simplified to
    ``tolerance`` degrees, so an offline map has a readable background in a
    hundred kilobytes; 15 degrees keep the clip's edge out of sight at the
    zoom a map of a few towns opens at.

    Parameters
    ----------
    bounds : tuple
        ``((south, west), (north, east))``.
    margin : float
        Degrees added on each side.
    tolerance : float
        Douglas-Peucker tolerance in degrees (0.01 is about 1 km).
    """
    import shapely

    (south, west), (north, east) = bounds
    if not (south <= north and west <= east):
        raise InputError(f"bounds {bounds!r} are not ((south, west), (north, east))")
    box = shapely.box(west - margin, south - margin, east + margin, north + margin)
    countries = _countries()
    features: list[dict[str, Any]] = []
    for name, geometry in zip(countries["name"], countries.geometry, strict=True):
        if geometry is None or not geometry.intersects(box):
            continue
        clipped = shapely.set_precision(
            # world-atlas's Russia crosses the antimeridian and is invalid as read
            shapely.intersection(shapely.make_valid(geometry), box).simplify(
                tolerance, preserve_topology=True
            ),
            0.001,
        )
        if clipped.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": str(name)},
                "geometry": shapely.geometry.mapping(clipped),
            }
        )
    features.sort(key=lambda feature: feature["properties"]["name"])
    return {"type": "FeatureCollection", "features": features}


# --- helpers ---------------------------------------------------------------


def _version_of(package: str) -> str:
    versions = locked_versions()
    if package not in versions:
        raise MissingDependencyError(
            f"{ASSETS_DIR / 'package-lock.json'} pins no version of {package!r}; "
            f"add it to package.json and run `npm install` there"
        )
    return versions[package]


def _installed_file(asset: Asset) -> Path:
    package_dir = _NODE_MODULES / asset.package
    try:
        installed = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise MissingDependencyError(
            f"npm package {asset.package!r} is not installed in {_NODE_MODULES}: {_SETUP_HINT}"
        ) from None
    wanted = _version_of(asset.package)
    if installed.get("version") != wanted:
        raise MissingDependencyError(
            f"npm package {asset.package!r} is at {installed.get('version')!r} but "
            f"package-lock.json pins {wanted!r}: {_SETUP_HINT}"
        )
    path = package_dir / asset.path
    if not path.is_file():
        raise MissingDependencyError(f"{path} is missing from {asset.package}: {_SETUP_HINT}")
    return path


_CSS_URL: Final = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")


def _inline_css_urls(css: str, base: Path) -> str:
    """Replace relative ``url(...)`` references by data URIs of the files beside the stylesheet."""

    def replace(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.startswith(("#", "data:", "http:", "https:", "//")):
            return match.group(0)
        path = (base / target).resolve()
        if not path.is_file() or base.resolve() not in path.parents:
            return match.group(0)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        encoded = base64.b64encode(path.read_bytes()).decode("ascii")
        return f'url("data:{mime};base64,{encoded}")'

    return _CSS_URL.sub(replace, css)
