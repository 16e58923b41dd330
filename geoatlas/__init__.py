"""geoatlas: turn news articles into a dated, sourced map of who claims control of which town.

The pipeline (see :mod:`geoatlas.pipeline`)::

    articles -> mentions -> geocoded places -> claims -> events -> control timeline -> maps

Examples
--------
>>> import geoatlas as ga
>>> [m.place.name for m in ga.find_mentions("Les Russes ont pris Vouhledar.")]
['Vuhledar']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from geoatlas.config import Settings
from geoatlas.errors import GazetteerError, GeoatlasError, GeocoderError, InputError, OutputError

# Bound here, not lazily: the subpackage geoatlas.geocode would otherwise shadow
# the function of the same name once anything imports it.
from geoatlas.geocode import geocode
from geoatlas.records import Article, Candidate, Claim, Mention, Place, Problem

if TYPE_CHECKING:
    from geoatlas.articles import read_articles
    from geoatlas.atlas import Atlas
    from geoatlas.claims import extract_claims
    from geoatlas.events import build_events
    from geoatlas.gazetteer import load_gazetteer
    from geoatlas.io.tables import read_events, write_events
    from geoatlas.mentions import find_mentions
    from geoatlas.render import render_map
    from geoatlas.timeline import as_of, control_timeline

# The heavy names (geopandas, folium, matplotlib behind them) load on first
# use, so that `import geoatlas` stays quick for the command line.
_LAZY = {
    "Atlas": "geoatlas.atlas",
    "as_of": "geoatlas.timeline",
    "build_events": "geoatlas.events",
    "control_timeline": "geoatlas.timeline",
    "extract_claims": "geoatlas.claims",
    "find_mentions": "geoatlas.mentions",
    "load_gazetteer": "geoatlas.gazetteer",
    "read_articles": "geoatlas.articles",
    "read_events": "geoatlas.io.tables",
    "render_map": "geoatlas.render",
    "write_events": "geoatlas.io.tables",
}

__all__ = [
    "Article",
    "Atlas",
    "Candidate",
    "Claim",
    "GazetteerError",
    "GeoatlasError",
    "GeocoderError",
    "InputError",
    "Mention",
    "OutputError",
    "Place",
    "Problem",
    "Settings",
    "as_of",
    "build_events",
    "control_timeline",
    "extract_claims",
    "find_mentions",
    "geocode",
    "load_gazetteer",
    "read_articles",
    "read_events",
    "render_map",
    "write_events",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geoatlas' has no attribute {name!r}")
