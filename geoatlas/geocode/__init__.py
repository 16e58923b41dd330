"""Geocoders: a name (with its context) to ranked candidate places.

One small abstract base, :class:`~geoatlas.geocode.base.Geocoder`, with the
shared plumbing (cache, error translation); one adapter per backend:

* :class:`~geoatlas.geocode.offline.GazetteerGeocoder`, the default: the
  bundled GeoNames gazetteer, no network;
* :class:`~geoatlas.geocode.online.GeopyGeocoder`: any geopy geocoder
  (Nominatim by default), opt-in, rate limited and cached on disk.
"""

from __future__ import annotations

from geoatlas.geocode.base import Geocoder
from geoatlas.geocode.offline import GazetteerGeocoder, geocode
from geoatlas.geocode.online import GeopyGeocoder

__all__ = ["GazetteerGeocoder", "Geocoder", "GeopyGeocoder", "geocode"]
