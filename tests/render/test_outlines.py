"""Country outlines for offline maps and snapshots: internationally recognised borders."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import shape

from .conftest import NODE_MODULES


@pytest.fixture(scope="module")
def outlines() -> dict[str, shapely.Geometry]:
    if not (NODE_MODULES / "world-atlas").is_dir():
        pytest.skip("npm assets missing: run `make setup`")
    from geoatlas.render.assets import load_country_outlines

    collection = load_country_outlines(((44.0, 30.0), (52.5, 41.0)), margin=1.0)
    return {f["properties"]["name"]: shape(f["geometry"]) for f in collection["features"]}


@pytest.mark.parametrize(
    ("lon", "lat", "country"),
    [
        (34.10, 44.95, "Ukraine"),  # Simferopol, Crimea
        (33.52, 44.60, "Ukraine"),  # Sevastopol
        (37.80, 48.00, "Ukraine"),  # Donetsk
        (36.19, 51.73, "Russia"),  # Kursk
        (39.72, 47.24, "Russia"),  # Rostov-on-Don
    ],
)
def test_points_fall_in_their_recognised_country(
    outlines: dict[str, shapely.Geometry], lon: float, lat: float, country: str
) -> None:
    point = shapely.Point(lon, lat)
    inside = {name for name, geometry in outlines.items() if geometry.buffer(0.02).contains(point)}
    assert inside == {country}
