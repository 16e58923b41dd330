"""Maps: the control timeline and its claims as one interactive HTML file.

>>> from geoatlas.render import render_map, save_map  # doctest: +SKIP
>>> save_map(render_map(events, timeline, offline=True), "build/frontline.html")  # doctest: +SKIP
"""

from __future__ import annotations

from geoatlas.render.map import DEFAULT_TITLE, bundle_assets, render_map, save_map
from geoatlas.render.palette import STATE_STYLES, VIEW_LABELS, StateStyle, radius_for

__all__ = [
    "DEFAULT_TITLE",
    "STATE_STYLES",
    "VIEW_LABELS",
    "StateStyle",
    "bundle_assets",
    "radius_for",
    "render_map",
    "save_map",
]
