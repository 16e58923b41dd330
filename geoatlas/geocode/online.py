"""The online geocoder: any geopy geocoder (Nominatim by default), opt-in.

Never used unless asked (``Settings(online=True)``, CLI ``--online``). Calls go
through geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` (Nominatim's
policy is one request a second), with a timeout and retries, and every answer
is kept in an on-disk cache so that a name is asked once, ever.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path
from typing import Any

from geoatlas.config import Settings
from geoatlas.geocode.base import Geocoder
from geoatlas.io.atomic import write_text_atomic
from geoatlas.records import Candidate, Place

__all__ = ["GeopyGeocoder"]

# Places found online get ids above the GeoNames and curated ranges, derived
# from the provider's own id so that the same town keeps the same id.
_ONLINE_ID_BASE = 95_000_000_000


class GeopyGeocoder(Geocoder):
    """Geocode names with a geopy geocoder, politely and with a disk cache.

    Parameters
    ----------
    geocoder : geopy geocoder, optional
        Anything with geopy's ``geocode(query, exactly_one=..., ...)``; tests
        pass a fake. Default: ``geopy.geocoders.Nominatim`` with
        ``settings.user_agent`` and ``settings.geocoder_timeout``.
    settings : Settings, optional
        Rate limit, retries, cache directory.
    """

    name = "nominatim"

    def __init__(self, geocoder: Any = None, *, settings: Settings | None = None) -> None:
        super().__init__()
        from geopy.extra.rate_limiter import RateLimiter

        self.settings = settings or Settings()
        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(
                user_agent=self.settings.user_agent, timeout=self.settings.geocoder_timeout
            )
        else:
            self.name = type(geocoder).__name__.lower()
        self._lookup = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=self.settings.geocoder_min_delay,
            max_retries=self.settings.geocoder_retries,
            error_wait_seconds=self.settings.geocoder_min_delay * 2,
            swallow_exceptions=False,
        )
        self.cache_dir = Path(self.settings.cache_dir) / "geocode" / self.name

    def _geocode(self, query: str, *, context: str | None) -> list[Candidate]:
        cache_file = self.cache_dir / (hashlib.sha1(query.encode("utf-8")).hexdigest() + ".json")
        if cache_file.exists():
            rows = json.loads(cache_file.read_text(encoding="utf-8"))
        else:
            found = self._lookup(query, exactly_one=False, language="fr", addressdetails=True)
            rows = [_row(location) for location in (found or [])]
            write_text_atomic(
                cache_file, json.dumps({"query": query, "results": rows}, ensure_ascii=False)
            )
            rows = {"results": rows}
        results = rows["results"]
        return [
            Candidate(place=_place(r), score=round(1.0 / (i + 1), 3), reason=f"online: {self.name}")
            for i, r in enumerate(results)
        ]


def _row(location: Any) -> dict[str, Any]:
    raw = dict(getattr(location, "raw", {}) or {})
    address = raw.get("address") or {}
    return {
        "name": str(raw.get("name") or location.address.split(",")[0]),
        "address": str(location.address),
        "lat": float(location.latitude),
        "lon": float(location.longitude),
        "country": str(address.get("country_code", "")).upper(),
        "admin1": str(address.get("state", "")),
        "osm_id": str(raw.get("osm_type", "")) + str(raw.get("osm_id", "")),
    }


def _place(row: dict[str, Any]) -> Place:
    ident = row.get("osm_id") or f"{row['lat']:.5f},{row['lon']:.5f}"
    return Place(
        geonameid=_ONLINE_ID_BASE + zlib.crc32(ident.encode()),
        name=row["name"],
        lat=row["lat"],
        lon=row["lon"],
        country=row["country"],
        admin1_code="",
        admin1=row["admin1"],
        population=0,
        theatre=row["country"] in {"UA", "RU"},
    )
