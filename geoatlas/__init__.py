"""geoatlas: turn news articles into a dated, sourced map of who claims control of which town.

The pipeline (see :mod:`geoatlas.pipeline`)::

    articles -> mentions -> geocoded places -> claims -> events -> control timeline -> maps
"""

from __future__ import annotations

from geoatlas.config import Settings
from geoatlas.errors import GazetteerError, GeoatlasError, InputError
from geoatlas.records import Article, Candidate, Claim, Mention, Place, Problem

__all__ = [
    "Article",
    "Candidate",
    "Claim",
    "GazetteerError",
    "GeoatlasError",
    "InputError",
    "Mention",
    "Place",
    "Problem",
    "Settings",
]

__version__ = "0.1.0"
