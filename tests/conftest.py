"""Fixtures shared by the whole suite: the real gazetteer and the seed articles."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from geoatlas.config import Settings
from geoatlas.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) imported as a module, to test it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the index and geocoder caches of a test run out of the user's home."""
    os.environ["GEOATLAS_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def settings(_isolated_cache: None) -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed articles as files, raw (mention tests do not depend on cleaning)."""
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
