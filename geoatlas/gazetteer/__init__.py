"""The gazetteer: every place geoatlas can name, indexed by spelling-independent keys.

Load it once (:func:`load_gazetteer` caches per file); look names up with
:meth:`Gazetteer.lookup`; scan texts with the Aho-Corasick automaton it holds
(:mod:`geoatlas.mentions` does that).

Examples
--------
>>> gaz = load_gazetteer()
>>> [p.name for p in gaz.lookup("Artiomovsk")]
['Bakhmut']
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import pickle
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import ahocorasick

from geoatlas import names as names_module
from geoatlas.config import Settings
from geoatlas.errors import GazetteerError
from geoatlas.gazetteer.build import read_admin1, read_curated
from geoatlas.io.atomic import write_bytes_atomic
from geoatlas.names import name_key, name_keys
from geoatlas.records import Place

__all__ = ["Gazetteer", "Region", "load_gazetteer", "plain_spelling"]


@dataclass(frozen=True, slots=True)
class Region:
    """A name that denotes a region, never a town: an oblast, or "Donbass"."""

    name: str
    country: str
    admin1_code: str  # empty for regions that are not one oblast (Donbass)


@dataclass(slots=True)
class Gazetteer:
    """Places and regions, indexed by :func:`geoatlas.names.name_key`.

    Build it with :meth:`from_files` or :func:`load_gazetteer`; the
    constructor only stores what it is given.
    """

    places: dict[int, Place]
    town_keys: dict[str, tuple[int, ...]]
    region_keys: dict[str, Region]
    primary: frozenset[tuple[str, int]]
    curated: frozenset[tuple[str, int]]
    automaton: Any = field(repr=False)
    theatre_keys: tuple[str, ...] = field(repr=False, default=())
    spellings: dict[int, frozenset[str]] = field(repr=False, default_factory=dict)
    """The listed spellings of places outside the theatre (see :func:`plain_spelling`)."""
    villages: frozenset[int] = field(repr=False, default=frozenset())
    """Ids of the small villages of unknown population, from GeoNames' postal codes
    (``source: postal``) or Ukraine's codifier (``source: codifier``), which
    :mod:`geoatlas.mentions` trusts only in context."""
    approximate: dict[int, float] = field(repr=False, default_factory=dict)
    """Ids of the places whose point is only approximate -> how far off it may be, in km:
    the codifier's villages, placed at their hromada's centre (``location: hromada``)."""

    @classmethod
    def from_files(
        cls, path: str | Path, *, curated_path: str | Path, admin1_path: str | Path
    ) -> Gazetteer:
        """Read the GeoJSON gazetteer and its side tables; index every alias."""
        # Reading and indexing make hundreds of thousands of objects, none in a
        # reference cycle; left on, the cyclic collector would walk the growing heap
        # again and again for nothing (a fifth of the time of a cold load).
        with _collector_paused():
            return cls._index_files(Path(path), curated_path, admin1_path)

    @classmethod
    def _index_files(
        cls, path: Path, curated_path: str | Path, admin1_path: str | Path
    ) -> Gazetteer:
        try:
            with open(path, encoding="utf-8") as handle:
                collection = json.load(handle)
            features = collection["features"]
        except FileNotFoundError:
            raise GazetteerError(
                f"{path}: gazetteer not found; build it with 'geoatlas gazetteer build'"
            ) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection ({exc})") from exc
        admin1 = read_admin1(admin1_path)
        curated = read_curated(curated_path)

        places: dict[int, Place] = {}
        spellings: dict[int, frozenset[str]] = {}
        villages: list[int] = []
        approximate: dict[int, float] = {}
        ids: list[int] = []  # in the order of the features, as names and alias_lists
        names: list[str] = []
        alias_lists: list[list[str]] = []
        for feature in features:
            props = feature["properties"]
            lon, lat = feature["geometry"]["coordinates"]
            place = Place(
                geonameid=int(props["geonameid"]),
                name=props["name"],
                lat=float(lat),
                lon=float(lon),
                country=props["country"],
                admin1_code=props["admin1_code"],
                admin1=props["admin1"],
                population=int(props["population"]),
                theatre=bool(props["theatre"]),
            )
            if place.geonameid in places:
                raise GazetteerError(f"{path}: geonameid {place.geonameid} is given twice")
            places[place.geonameid] = place
            ids.append(place.geonameid)
            names.append(place.name)
            alias_lists.append(props["aliases"])
            if not place.theatre:
                spellings[place.geonameid] = _plain_spellings(props["aliases"])
            if props.get("source") in {"postal", "codifier"}:
                villages.append(place.geonameid)
            if props.get("location") == "hromada":
                approximate[place.geonameid] = float(props["uncertainty_km"])

        # Many places share spellings (some 128,000 names and aliases, 90,000
        # distinct): key each distinct one once, in one pass (names.name_keys).
        distinct = list(dict.fromkeys(chain(names, chain.from_iterable(alias_lists))))
        key_of = dict(zip(distinct, name_keys(distinct), strict=True))
        indexed = {alias: _with_joined(key) for alias, key in key_of.items()}
        # A place is indexed under its aliases only: a curated 'unalias' row
        # may drop its name from them, and then the name is only its primary key.
        keys: dict[str, list[int]] = {}
        for geonameid, aliases in zip(ids, alias_lists, strict=True):
            for alias in aliases:
                for key in indexed[alias]:
                    keys.setdefault(key, []).append(geonameid)
        primary = frozenset(zip(map(key_of.__getitem__, names), ids, strict=True))

        curated_keys = {
            (name_key(alias), row.place_id())
            for row in curated
            if row.action in {"alias", "add"}
            for alias in row.aliases
        }
        regions: dict[str, Region] = {}
        for (country, code), (name, oblast_aliases) in admin1.items():
            for alias in (name, *oblast_aliases):
                regions.setdefault(name_key(alias), Region(name, country, code))
        for row in curated:
            if row.action == "region":
                for alias in (row.name, *row.aliases):
                    regions[name_key(alias)] = Region(row.name, row.country, row.admin1_code)

        # A place lists several aliases of one key: its id is once in the key's ids.
        town_keys = {k: (v[0],) if len(v) == 1 else tuple(sorted(set(v))) for k, v in keys.items()}
        theatre = {i for i, place in places.items() if place.theatre}
        theatre_keys = tuple(
            sorted(k for k, key_ids in town_keys.items() if not theatre.isdisjoint(key_ids))
        )
        return cls(
            places=places,
            town_keys=town_keys,
            region_keys=regions,
            primary=primary,
            curated=frozenset(curated_keys),
            automaton=_automaton(town_keys, regions),
            theatre_keys=theatre_keys,
            spellings=spellings,
            villages=frozenset(villages),
            approximate=approximate,
        )

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place that ``name`` may denote, in any spelling; most populous first."""
        ids = self.town_keys.get(name_key(name), ())
        return tuple(sorted((self.places[i] for i in ids), key=lambda p: -p.population))

    def region(self, name: str) -> Region | None:
        """The region ``name`` denotes ("Donbass", "Zaporijjia" as an oblast), if any."""
        return self.region_keys.get(name_key(name))

    def place(self, geonameid: int) -> Place:
        """The place with this GeoNames id; :class:`GazetteerError` when there is none."""
        try:
            return self.places[geonameid]
        except KeyError:
            raise GazetteerError(f"no place with geonameid {geonameid} in the gazetteer") from None

    def __len__(self) -> int:
        return len(self.places)


# Combining marks of the Latin and Cyrillic scripts (and the generic blocks).
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def plain_spelling(name: str) -> str:
    """A spelling with case and accents dropped, nothing else: "Genève" -> "geneve"."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", name.casefold()))


def _plain_spellings(names: Sequence[str]) -> frozenset[str]:
    """:func:`plain_spelling` of many names in one pass (names hold no newline)."""
    return frozenset(plain_spelling("\n".join(names)).split("\n"))


def _with_joined(key: str) -> tuple[str, ...]:
    """The keys to index a spelling under: its key, and the run-together key of a multi-word one.

    "Hulyai Pole" is also indexed as "huliaipole", so that "Huliaipole" and
    "Houliaï-Pole" meet whichever way a source splits the name. An empty key
    (a spelling of punctuation alone) is not indexed.
    """
    if not key:
        return ()
    if " " in key:
        return (key, key.replace(" ", ""))
    return (key,)


def _automaton(town_keys: dict[str, tuple[int, ...]], regions: dict[str, Region]) -> Any:
    """An Aho-Corasick automaton over every town and region key.

    pyahocorasick scans a text for thousands of patterns in one pass of C
    code, which is what makes mention finding run at several MB/s.
    """
    automaton = ahocorasick.Automaton()
    add_word = automaton.add_word
    # In sorted order, a word's trie nodes are made next to those of the word
    # before, which shares its prefix: the build and the pickle of the trie walk
    # memory in order and take half the time they take in set order.
    for key in sorted(town_keys.keys() | regions.keys()):
        # Each key word in angle brackets, as geoatlas.mentions keys a text:
        # a pattern can then only match whole words.
        wrapped = "<" + key.replace(" ", "> <") + ">"
        add_word(wrapped, (key, len(wrapped)))
    automaton.make_automaton()
    return automaton


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (as it was before, after)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_CACHE: dict[tuple[Path, Path, Path], Gazetteer] = {}
_LOCK = threading.Lock()


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """Load the gazetteer named by ``settings`` (default: ``data/gazetteer.geojson``), once.

    Later calls with the same files return the same object. The index (keys
    of some 100,000 spellings and the automaton) is also kept on disk in
    ``settings.cache_dir``, keyed by a hash of the data files and of the
    code that builds keys, so a new process loads it in a fraction of the
    time it takes to build; any change to either makes a new index.
    """
    settings = settings or Settings()
    key = (settings.gazetteer_path, settings.curated_path, settings.admin1_path)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _load_indexed(settings)
        return _CACHE[key]


def _load_indexed(settings: Settings) -> Gazetteer:
    paths = (settings.gazetteer_path, settings.curated_path, settings.admin1_path)
    digest = hashlib.sha1()
    try:
        for path in (*paths, Path(__file__), Path(names_module.__file__ or "")):
            digest.update(Path(path).read_bytes())
    except FileNotFoundError:
        digest = None  # type: ignore[assignment]
    cache = (
        Path(settings.cache_dir) / "index" / f"gazetteer-{digest.hexdigest()[:20]}.pickle"
        if digest is not None
        else None
    )
    if cache is not None and cache.exists():
        try:
            with open(cache, "rb") as handle:
                loaded = pickle.load(handle)
            if isinstance(loaded, Gazetteer):
                return loaded
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            pass  # a stale or broken cache is rebuilt below
    gazetteer = Gazetteer.from_files(
        settings.gazetteer_path,
        curated_path=settings.curated_path,
        admin1_path=settings.admin1_path,
    )
    if cache is not None:
        with contextlib.suppress(OSError):
            write_bytes_atomic(cache, pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
    return gazetteer
