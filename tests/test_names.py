"""The key function: one key for every spelling of a name (a table of examples)."""

from __future__ import annotations

import json

import pytest

from geoatlas.config import Settings
from geoatlas.names import name_key, name_keys

# Each row: spellings that must share one key, and why.
SAME_KEY = [
    (
        ("Tchassiv Iar", "Chasiv Yar", "Часів Яр", "Tchassiv-Iar"),
        "French tch/ss/i vs English ch/s/y",
    ),
    (("Zaporijjia", "Zaporizhzhia", "Запоріжжя"), "French j for zh, doubled letters"),
    (
        ("Koupiansk", "Kupiansk", "Kupyansk", "Куп'янськ", "Kup'iansk"),
        "ou for u, ya/ia, apostrophe",
    ),
    (("Vovtchansk", "Vovchansk", "Вовчанськ"), "tch for ch"),
    (("Volchansk", "Волчанск"), "Russian form of Vovchansk"),
    (("Lissitchansk", "Lyssytchansk", "Lysychansk", "Лисичанськ"), "y/i and doubled s"),
    (("Kharkov", "Харьков"), "Russian form, soft sign"),
    (("Kharkiv", "Харків"), "Ukrainian form"),
    (("Tchernihiv", "Chernihiv", "Чернігів"), "tch/ch"),
    (("Tchernigov", "Chernigov", "Чернигов"), "Russian g"),
    (("Avdiïvka", "Avdiivka", "Авдіївка", "d'Avdiïvka", "d’Avdiïvka"), "diaeresis, elision"),
    (("Bakhmout", "Bakhmut", "Бахмут", "BAKHMOUT"), "ou, kh, capitals"),
    (("Vouhledar", "Vuhledar", "Вугледар"), "ou, Ukrainian г as h"),
    (("Krasny Liman", "Krasnyi Lyman", "Krasnyy Liman", "Красный Лиман"), "y/i, yy"),
    (("Huliaipole", "Houliaïpole", "Гуляйполе", "Gulyaipole"), "g/h, ya/ia, ï"),
    (("Kourakhove", "Kurakhove", "Курахове"), "ou, kh"),
    (("Myrnohrad", "Mirnohrad", "Мирноград"), "y/i"),
    (("Sloviansk", "Slovyansk", "Слов'янськ", "Slov'iansk"), "apostrophe, ya"),
    (("Dzerjinsk", "Dzerzhinsk", "Дзержинськ"), "French j"),
    (("Marioupol", "Mariupol", "Маріуполь"), "ou"),
    (("Izioum", "Izium", "Izyum", "Ізюм"), "iou/yu"),
    (("Mykolaïv", "Mykolaiv", "Миколаїв"), "ï"),
    (("Odessa", "Odesa", "Одеса"), "doubled s"),
    (("Sievierodonetsk", "Сєвєродонецьк"), "є"),
    (("Pokrovsk", "Pokrowsk", "Покровськ", "POKROVSK"), "w for v (German)"),
    (("Tchernobyl", "Chernobyl"), "tch/ch"),
    (("Droujkivka", "Druzhkivka", "Дружківка"), "ou, French j"),
    (("Iassynouvata", "Yasynuvata", "Ясинувата"), "ia/ya, ou"),
    (("Novohrodivka", "Novogrodivka"), "h/g"),
    (("Niu-York", "Niu York"), "hyphen as space"),
    (("Kramatorsk", "Краматорськ"), "Cyrillic"),
    (("Sébastopol", "Sebastopol"), "accent"),
    (("Kostiantynivka", "Kostyantynivka", "Костянтинівка"), "ya/ia"),
    (("Otcheretyne", "Ocheretyne", "Очеретине"), "tch/ch"),
    (("Selydove", "Selidove", "Селидове"), "y/i"),
    (("Velyka Novosilka", "Velyka-Novosilka", "Велика Новосілка"), "hyphen"),
    (("Novooukraïnka", "Novoukrainka", "Новоукраїнка"), "French ou after the o of Novo"),
]


@pytest.mark.parametrize(("spellings", "why"), SAME_KEY, ids=[r[0][0] for r in SAME_KEY])
def test_spellings_share_one_key(spellings: tuple[str, ...], why: str) -> None:
    keys = {s: name_key(s) for s in spellings}
    assert len(set(keys.values())) == 1, f"{why}: {keys}"


# Names that must stay apart although they look alike.
DIFFERENT_KEY = [
    ("Kharkiv", "Kherson"),
    ("Pokrovsk", "Pokrovske"),
    ("Lyman", "Liman Pervyi"),
    ("Donetsk", "Donetske"),
    ("Kramatorsk", "Kramatorske"),
    ("Vovchansk", "Volchansk"),  # Russian forms are aliases, not folds
    ("Kurakhove", "Kurakhovo"),
    ("Sumy", "Sudzha"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_KEY)
def test_distinct_names_keep_distinct_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_key_is_plain_ascii_words() -> None:
    key = name_key("  Тчассів-Яр — Kramatorsk ")
    assert key == key.strip()
    assert "  " not in key
    assert key.isascii()


def test_empty_and_non_letters() -> None:
    assert name_key("") == ""
    assert name_key("' - '") == ""


def test_bulk_keys_equal_single_keys_on_the_whole_gazetteer(settings: Settings) -> None:
    """name_keys (used to load the gazetteer fast) is name_key, on every real spelling."""
    collection = json.loads(settings.gazetteer_path.read_text(encoding="utf-8"))
    aliases = [a for f in collection["features"] for a in f["properties"]["aliases"]]
    aliases += [spelling for spellings, _ in SAME_KEY for spelling in spellings]
    odd = ["  d'Avdiïvka ", "Tchassiv-Iar", "'", "- x -", "St. Petersburg", "İstanbul"]
    names = aliases + odd
    assert name_keys(names) == [name_key(n) for n in names]
