"""The articles stage: read files, folders and corpora; clean them; date them.

Stage 1 of the pipeline (articles -> mentions -> places -> claims -> events).
"""

from __future__ import annotations

from geoatlas.articles.clean import clean_text, normalize_text
from geoatlas.articles.published import (
    PublishedInText,
    find_published_in_html,
    find_published_in_text,
    scan_published,
)
from geoatlas.articles.read import (
    SUPPORTED_SUFFIXES,
    ManifestRow,
    iter_articles,
    read_articles,
    read_manifest,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ManifestRow",
    "PublishedInText",
    "clean_text",
    "find_published_in_html",
    "find_published_in_text",
    "iter_articles",
    "normalize_text",
    "read_articles",
    "read_manifest",
    "scan_published",
]
