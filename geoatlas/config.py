"""Every tunable of geoatlas in one frozen :class:`Settings`.

A value that was measured says where it was measured, so that a later change
can measure again rather than guess.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

__all__ = ["DATA_DIR", "Settings", "default_cache_dir"]


def _find_data_dir() -> Path:
    """``$GEOATLAS_DATA``, else ``data/`` of a checkout, else the wheel's ``geoatlas/_data``."""
    env = os.environ.get("GEOATLAS_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "data", here / "_data"):
        if (candidate / "gazetteer.geojson").exists():
            return candidate
    return here.parent / "data"


DATA_DIR = _find_data_dir()


def default_cache_dir() -> Path:
    """Where the online geocoder keeps its answers (``$GEOATLAS_CACHE`` or XDG cache)."""
    env = os.environ.get("GEOATLAS_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "geoatlas"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Tunables for the whole pipeline; use :meth:`with_` to change some.

    Examples
    --------
    >>> Settings().with_(dispute_window_days=3).dispute_window_days
    3
    """

    gazetteer_path: Path = field(default_factory=lambda: DATA_DIR / "gazetteer.geojson")
    curated_path: Path = field(default_factory=lambda: DATA_DIR / "curated_places.csv")
    admin1_path: Path = field(default_factory=lambda: DATA_DIR / "admin1.csv")

    # Fuzzy matching (rapidfuzz ratio on name keys) is tried only for names
    # this long or longer, at or above this score. Measured with
    # benchmarks/measure_fuzzy.py (384 misspelt theatre names, 63 long
    # non-place words after "à"): at 90, 75 % found (70 % the right place),
    # 3 false places (surnames: Medvedev, Zakharova, Strelkov); at 88,
    # 79 % and 5; at 84, 83 % and 10. 90 keeps false places rare.
    fuzzy_min_length: int = 8
    fuzzy_threshold: float = 90.0

    # A single-word name that is also a French word at or above this Zipf
    # frequency (wordfreq) needs a place cue ("à X", "ville de X") to count.
    common_word_zipf: float = 3.0

    # The claims model (geoatlas.claims.model) adds what the rules leave unread;
    # off, claims are the rules' alone.
    claims_model: bool = True
    claims_model_path: Path = field(default_factory=lambda: DATA_DIR / "claims_model.json")

    # Claims by the two sides that disagree within this many days make a
    # town "disputed" on the map.
    dispute_window_days: int = 7

    # Inputs larger than this are rejected as "huge" rather than read.
    max_article_bytes: int = 5_000_000

    # Online geocoding: only with online=True (CLI --online).
    online: bool = False
    user_agent: str = "geoatlas (https://github.com/geoatlas/geoatlas)"
    geocoder_timeout: float = 10.0
    geocoder_min_delay: float = 1.0  # Nominatim usage policy: at most 1 request/s
    geocoder_retries: int = 2
    cache_dir: Path = field(default_factory=default_cache_dir)

    def with_(self, **changes: object) -> Settings:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]
