"""Geocoders: the offline gazetteer adapter, and the online one through a fake geopy geocoder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from geopy.location import Location

from geoatlas.config import Settings
from geoatlas.errors import GeocoderError
from geoatlas.geocode import GazetteerGeocoder, GeopyGeocoder, geocode
from geoatlas.mentions import find_mentions


class FakeNominatim:
    """Stands in for geopy's Nominatim: records calls, answers from a table, or fails."""

    def __init__(self, answers: dict[str, list[Location]], *, fail: Exception | None = None):
        self.answers = answers
        self.fail = fail
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def geocode(self, query: str, **kwargs: Any) -> list[Location] | None:
        self.calls.append((query, kwargs))
        if self.fail is not None:
            raise self.fail
        return self.answers.get(query)


def _location(name: str, lat: float, lon: float, country: str, osm_id: int) -> Location:
    raw = {"name": name, "osm_type": "node", "osm_id": osm_id, "address": {"country_code": country}}
    return Location(f"{name}, Oblast, Country", (lat, lon), raw)


@pytest.fixture
def online_settings(tmp_path: Path) -> Settings:
    return Settings(online=True, cache_dir=tmp_path, geocoder_min_delay=0.0, geocoder_retries=0)


def test_offline_geocode_by_any_spelling() -> None:
    for spelling in ("Artiomovsk", "Bakhmout", "Бахмут", "Artemovsk"):
        found = geocode(spelling)
        assert found is not None and found.place.geonameid == 713174


def test_offline_geocode_uses_context_for_namesakes() -> None:
    zp = geocode("Houliaïpole", "dans la région de Zaporijjia")
    dp = geocode("Houliaïpole", "dans la région de Dnipropetrovsk")
    assert zp is not None and zp.place.admin1 == "Zaporizhzhia"
    assert dp is not None and dp.place.admin1 == "Dnipropetrovsk"


def test_offline_geocode_unknown_name() -> None:
    assert geocode("Tombouctou-sur-Mer") is None
    assert GazetteerGeocoder().geocode("") == []


def test_online_geocoder_caches_on_disk(online_settings: Settings) -> None:
    fake = FakeNominatim({"Robotyne": [_location("Robotyne", 47.448, 35.838, "ua", 42)]})
    first = GeopyGeocoder(fake, settings=online_settings).geocode("Robotyne")
    assert [c.place.name for c in first] == ["Robotyne"]
    assert first[0].place.country == "UA" and first[0].place.theatre
    # A new geocoder (a new process) reads the answer from the disk cache.
    again = GeopyGeocoder(fake, settings=online_settings).geocode("Robotyne")
    assert again == first
    assert len(fake.calls) == 1
    assert fake.calls[0][1]["exactly_one"] is False


def test_online_geocoder_failure_names_backend_and_query(online_settings: Settings) -> None:
    fake = FakeNominatim({}, fail=TimeoutError("read timed out"))
    with pytest.raises(GeocoderError, match=r"fakenominatim failed for 'Robotyne'.*timed out"):
        GeopyGeocoder(fake, settings=online_settings).geocode("Robotyne")


def test_online_fallback_only_when_asked(online_settings: Settings) -> None:
    fake = FakeNominatim({"Zarichne": [_location("Zarichne", 48.9, 37.9, "ua", 7)]})
    text = "Les forces ont atteint le village de Zarichne-Nouveau hier."
    fake.answers["Zarichne-Nouveau"] = fake.answers["Zarichne"]
    offline = find_mentions(
        text,
        settings=online_settings.with_(online=False),
        geocoder=GeopyGeocoder(fake, settings=online_settings),
    )
    assert offline == [] and fake.calls == []
    online = find_mentions(
        text, settings=online_settings, geocoder=GeopyGeocoder(fake, settings=online_settings)
    )
    assert [(m.text, m.place.name if m.place else None) for m in online] == [
        ("Zarichne-Nouveau", "Zarichne")
    ]
    assert online[0].reason.startswith("online")


def test_public_geocode_is_the_function() -> None:
    import geoatlas as ga
    import geoatlas.mentions

    found = ga.geocode("Houliaïpole", "dans la région de Dnipropetrovsk")
    assert found is not None and found.place.admin1 == "Dnipropetrovsk"
