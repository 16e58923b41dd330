"""Shared pieces of the geoatlas benchmarks: a large corpus made of the seed articles, and
measurements taken in child processes.

The corpus is the five seed articles (``seeds/*.txt``) replicated until it reaches the size
asked for, round-robin in sorted file order, each copy with an id of its own
(``<seed id>-<copy number>``). It is deterministic: the same size gives the same corpus,
byte for byte. Replicated text flatters every memo of the code under test (the same unknown
words, the same sentences), so the figures are an upper bound for real, varied news; the
benchmarks say so when they print them.

Units: ``MB`` is 10**6 bytes of UTF-8 text; memory is in MiB (2**20 bytes), as
``resource.getrusage`` reports it.

Each measured thing runs in a fresh child process (:func:`run_child`) so that its peak RSS
(``ru_maxrss``) is its own, not the sum of everything measured before it.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import platform
import resource
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from geoatlas.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MANIFEST = SEEDS / "manifest.csv"
MB = 1_000_000
RESULT_PREFIX = "BENCH-RESULT "

# One thread for every BLAS/OpenMP pool: the targets are "on one core", and spaCy's thinc
# would otherwise spread its matrix products over both cores of the machine.
ONE_CORE_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}


def read_seed_articles() -> list[Article]:
    """The five seed articles, read and cleaned exactly as a real run reads them.

    Raises
    ------
    RuntimeError
        When a seed cannot be read (the benchmark would measure the wrong corpus).
    """
    from geoatlas.articles import read_articles

    articles, problems = read_articles([SEEDS], manifest=MANIFEST)
    if problems or not articles:
        listed = "; ".join(str(p) for p in problems) or "no article read"
        raise RuntimeError(f"{SEEDS}: the seed articles do not read cleanly ({listed})")
    return articles


def text_bytes(articles: Sequence[Article]) -> int:
    """Size of the articles' cleaned texts, in UTF-8 bytes."""
    return sum(len(a.text.encode("utf-8")) for a in articles)


def replicate_articles(seeds: Sequence[Article], target_bytes: int) -> list[Article]:
    """Copies of ``seeds``, round-robin, until their texts hold at least ``target_bytes``.

    Each copy is the seed with ``article_id`` ``"<seed id>-<n>"`` (n counts from 0 per seed),
    so that no two articles of the corpus share an id.
    """
    if not seeds:
        raise ValueError("replicate_articles needs at least one seed article")
    corpus: list[Article] = []
    size = 0
    copy = 0
    while size < target_bytes:
        for seed in seeds:
            corpus.append(dataclasses.replace(seed, article_id=f"{seed.article_id}-{copy:05d}"))
            size += len(seed.text.encode("utf-8"))
            if size >= target_bytes:
                break
        copy += 1
    return corpus


def build_corpus(target_bytes: int) -> list[Article]:
    """The seed articles replicated to at least ``target_bytes`` of cleaned text, in memory."""
    return replicate_articles(read_seed_articles(), target_bytes)


def slice_corpus(articles: Sequence[Article], target_bytes: int) -> list[Article]:
    """The first articles of ``articles`` whose texts hold at least ``target_bytes``."""
    out: list[Article] = []
    size = 0
    for article in articles:
        if size >= target_bytes:
            break
        out.append(article)
        size += len(article.text.encode("utf-8"))
    return out


def write_corpus_folder(folder: Path, target_bytes: int) -> tuple[list[Path], Path, int]:
    """Write the raw seed files, replicated, into ``folder``, with a manifest CSV.

    The files are the seeds as they are on disk (not cleaned: reading and cleaning are part
    of what a whole run does), named ``<seed stem>-<n>.txt``; the manifest
    (``file,published,source,url,title``) gives each copy its seed's metadata.

    Returns
    -------
    (list of Path, Path, int)
        The article files, the manifest, and the bytes of the article files.
    """
    seed_files = sorted(SEEDS.glob("*.txt"))
    if not seed_files:
        raise RuntimeError(f"{SEEDS}: no seed article (*.txt)")
    with open(MANIFEST, encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle)}
    raw = [(path, path.read_bytes()) for path in seed_files]
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    manifest_rows: list[dict[str, str]] = []
    size = 0
    copy = 0
    while size < target_bytes:
        for path, data in raw:
            target = folder / f"{path.stem}-{copy:05d}.txt"
            target.write_bytes(data)
            written.append(target)
            meta = rows.get(path.name, {})
            manifest_rows.append(
                {
                    "file": target.name,
                    **{k: meta.get(k) or "" for k in ("published", "source", "url", "title")},
                }
            )
            size += len(data)
            if size >= target_bytes:
                break
        copy += 1
    manifest = folder.parent / f"{folder.name}-manifest.csv"
    with open(manifest, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "published", "source", "url", "title"])
        writer.writeheader()
        writer.writerows(manifest_rows)
    return written, manifest, size


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (``ru_maxrss``, KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cpu_seconds() -> float:
    """User plus system CPU time of this process so far, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report_result(result: Mapping[str, Any]) -> None:
    """Print a child's result as one tagged JSON line, for :func:`run_child` to pick up."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def run_child(
    args: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 600.0
) -> dict[str, Any]:
    """Run ``python ARGS`` in a fresh process and return the result it reported.

    ``env`` is added to this process's environment, with :data:`ONE_CORE_ENV`. A child that
    fails or reports nothing gives ``{"error": ...}`` with the end of its standard error,
    so that the caller can print why rather than crash.
    """
    child_env = {**os.environ, **ONE_CORE_ENV, **(env or {})}
    try:
        done = subprocess.run(
            [sys.executable, *args],
            env=child_env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    tail = "\n".join(done.stderr.strip().splitlines()[-6:])
    return {"error": f"exit code {done.returncode}, no result; stderr ends:\n{tail}"}


def explain_gazetteer_failure(error: str) -> str:
    """What to do when a child could not load the gazetteer, its error's last line first."""
    last = error.strip().splitlines()[-1] if error.strip() else error
    return (
        f"Cannot load the gazetteer: {last}\n"
        "Build it with `make gazetteer`, or set GEOATLAS_DATA to a folder holding "
        "gazetteer.geojson, curated_places.csv and admin1.csv.\n"
        f"Details: {error}"
    )


def describe_machine() -> str:
    """One line on what the figures were measured on, load included (others may be busy)."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load}"
    )


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table, columns padded, numbers right-aligned."""
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    lines = []
    for n, row in enumerate((header, *rows)):
        cells = [
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
