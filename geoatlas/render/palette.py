"""The colours, labels and marker sizes of the map: one table, read by Python and the legend.

The four state colours are Paul Tol's "bright" qualitative scheme
(https://personal.sron.nl/~pault/#sec:qualitative), chosen because it stays
distinguishable under the common colour-vision deficiencies and in grey-scale
print; red and blue keep the usual reading of Russia and Ukraine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from geoatlas.schema import TIMELINE_STATES, TimelineState, View

__all__ = [
    "STATE_STYLES",
    "VIEW_LABELS",
    "StateStyle",
    "radius_for",
]


@dataclass(frozen=True, slots=True)
class StateStyle:
    """How one timeline state is drawn and named."""

    colour: str
    label: str


STATE_STYLES: Final[dict[TimelineState, StateStyle]] = {
    "RU": StateStyle(colour="#EE6677", label="Russia"),
    "UA": StateStyle(colour="#4477AA", label="Ukraine"),
    "contested": StateStyle(colour="#CCBB44", label="contested"),
    "disputed": StateStyle(colour="#AA3377", label="disputed (the sides disagree)"),
}
"""Colour and legend label of each state, in :data:`geoatlas.schema.TIMELINE_STATES` order."""

if tuple(STATE_STYLES) != TIMELINE_STATES:  # pragma: no cover - guards a schema edit
    raise RuntimeError("STATE_STYLES must list geoatlas.schema.TIMELINE_STATES in order")

VIEW_LABELS: Final[dict[View, str]] = {
    "all": "all claims (latest)",
    "RU": "as claimed by Russia",
    "UA": "as claimed by Ukraine",
    "third": "independent and media",
}
"""The layer name of each timeline view, as the layer switcher shows it."""

# Marker radius in pixels: a log scale, because the theatre's towns run from a
# hundred people to Kharkiv's 1.4 million; a linear or square-root scale makes
# villages invisible or cities cover their neighbours.
_MIN_RADIUS: Final = 3.0
_RADIUS_PER_DECADE: Final = 1.6
_MAX_RADIUS: Final = 12.0


def radius_for(population: int) -> float:
    """Return the marker radius (pixels) of a town of ``population`` people.

    Parameters
    ----------
    population : int
        Inhabitants; zero or negative (unknown) draws the smallest marker.

    Returns
    -------
    float
        Radius in CSS pixels, between 3 and 12, rounded to one decimal.

    Examples
    --------
    >>> radius_for(0), radius_for(10_000), radius_for(1_400_000)
    (3.0, 6.2, 9.6)
    """
    decades = math.log10(1 + max(population, 0) / 100)
    return round(min(_MAX_RADIUS, _MIN_RADIUS + _RADIUS_PER_DECADE * decades), 1)
