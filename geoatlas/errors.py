"""The exceptions geoatlas raises.

One root, :class:`GeoatlasError`; each subclass also inherits the builtin it
refines, so ``except ValueError`` keeps working for callers that do not know
geoatlas (the pattern of ``geopy.exc`` and ``httpx``).
"""

from __future__ import annotations

__all__ = [
    "ClaimsModelError",
    "GazetteerError",
    "GeoatlasError",
    "GeocoderError",
    "InputError",
    "MissingDependencyError",
    "OutputError",
]


class GeoatlasError(Exception):
    """Root of every error geoatlas raises on purpose."""


class InputError(GeoatlasError, ValueError):
    """An input (article, manifest, corpus, option) cannot be used as given."""


class GazetteerError(GeoatlasError, LookupError):
    """The gazetteer is missing, malformed, or has no such place."""


class ClaimsModelError(GeoatlasError, ValueError):
    """The claims model's weights are missing or malformed."""


class GeocoderError(GeoatlasError, RuntimeError):
    """A geocoding service failed (timeout, refusal, bad answer)."""


class OutputError(GeoatlasError, OSError):
    """An output file cannot be written (unknown format, unwritable place)."""


class MissingDependencyError(GeoatlasError, ImportError):
    """An optional package is needed; the message names the extra to install."""
