"""Check a held-out set before it is measured: its format, and that it is new text.

A set measures geoatlas only if none of its excerpts was read while the rules were written.
This script checks one set (the format of ``measure_claims.py``) for:

- **format**: the keys, statuses, actors, ISO dates, no date after publication, ``alt``
  readings as ``[town, status, actor]``; town names the gazetteer does not spell are
  reported as warnings (a small village may really be missing);
- **overlap**: a run of 10 words or more shared with the repository's tests, seeds and
  benchmark texts, with the other sets given, or with an earlier set's fingerprint.

The excerpts are third-party text and stay out of the repository. What stays is their
fingerprint (``benchmarks/heldout/*.txt``): for each excerpt, a short hash of every run of
8 words, which finds a shared passage without keeping it. A run of 10 words is 3 runs of 8;
one or two shared runs of 8 are stock phrases ("a annoncé le ministère russe de la
Défense") and only a warning.

Run::

    python benchmarks/check_heldout.py SET.jsonl [--with OTHER.jsonl ...]
    python benchmarks/check_heldout.py --fingerprint SET.jsonl ... -o benchmarks/heldout/N.txt

The first exits 1 when a set has a problem; the second writes the fingerprints of sets
once they have been measured.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FINGERPRINTS = REPO / "benchmarks" / "heldout"
# The repository's own text an excerpt must not share: where phrasings from earlier sets
# were written down.
REPO_TEXTS = (
    "tests/**/*.py",
    "tests/articles/**/*",
    "tests/data/**/*",
    "seeds/*",
    "benchmarks/claims_sample.jsonl",
    "benchmarks/*.md",
    "README.md",
)
# geoatlas.schema.STATUSES, spelled here so that the script runs with a bare python3, as the
# collectors run it (tests/test_check_heldout.py checks the two agree)
STATUSES = {"captured", "recaptured", "withdrawn", "held", "contested", "encircled", "denied"}
ACTORS = {"RU", "UA", "*"}
RUN = 8  # words in a shingle
OVERLAP = 3  # shared shingles that make an overlap: a run of RUN + OVERLAP - 1 words
ISO = re.compile(r"\d{4}-\d\d-\d\d")

Fingerprint = frozenset[str]


def words(text: str) -> list[str]:
    """Lower-case words without accents, so that a copy with its accents stripped still matches."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9\u0400-\u04ff]+", text)


def fingerprint(text: str) -> Fingerprint:
    """The hashes (8 hex digits) of every run of ``RUN`` words of ``text``."""
    w = words(text)
    return frozenset(
        hashlib.blake2b(" ".join(w[i : i + RUN]).encode(), digest_size=4).hexdigest()
        for i in range(len(w) - RUN + 1)
    )


def read_cases(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, case or None, error) for each non-blank line of a set."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            yield number, None, f"not JSON ({e})"
            continue
        if not isinstance(case, dict):
            yield number, None, "not a JSON object"
            continue
        yield number, case, ""


def gazetteer_spellings() -> set[str]:
    data = json.loads((REPO / "data" / "gazetteer.geojson").read_text(encoding="utf-8"))
    spellings = set()
    for feature in data["features"]:
        props = feature["properties"]
        for name in [props.get("name") or "", *(props.get("aliases") or [])]:
            spellings.add(" ".join(words(name)))
    return spellings


def format_problems(case: dict[str, Any], spellings: set[str]) -> Iterator[tuple[bool, str]]:
    """(is a problem, message) for one case; ``False`` marks a warning."""
    for key in ("id", "published", "source", "url", "text", "required", "optional"):
        if key not in case:
            yield True, f"missing key {key!r}"
    published = case.get("published")
    if published is not None and not ISO.fullmatch(str(published)):
        yield True, f"published is not an ISO date: {published!r}"
    if not str(case.get("text") or "").strip():
        yield True, "empty text"
    for kind in ("required", "optional"):
        for item in case.get(kind) or []:
            if not isinstance(item, dict) or not {"town", "status", "actor"} <= set(item):
                yield True, f"{kind} item lacks town, status or actor: {item!r}"
                continue
            if item["status"] not in STATUSES:
                yield True, f"unknown status {item['status']!r}"
            if item["actor"] not in ACTORS:
                yield True, f"unknown actor {item['actor']!r}"
            date = item.get("date")
            if date is not None and not ISO.fullmatch(str(date)):
                yield True, f"date is not ISO: {date!r}"
            elif date is not None and published and str(date) > str(published):
                yield True, f"date {date} is after publication ({published})"
            for alt in item.get("alt") or []:
                if not (isinstance(alt, list) and len(alt) == 3):
                    yield True, f"alt is not [town, status, actor]: {alt!r}"
                elif alt[1] not in STATUSES or alt[2] not in ACTORS:
                    yield True, f"alt has an unknown status or actor: {alt!r}"
            if " ".join(words(str(item["town"]))) not in spellings:
                yield False, f"town {item['town']!r} is not among the gazetteer's spellings"


def known_texts(others: Iterable[Path]) -> dict[str, Fingerprint]:
    """Everything a new excerpt is compared with, by a name to report."""
    known: dict[str, Fingerprint] = {}
    for pattern in REPO_TEXTS:
        for name in sorted(glob.glob(str(REPO / pattern), recursive=True)):
            path = Path(name)
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="ignore")
                known[str(path.relative_to(REPO))] = fingerprint(text)
    for path in sorted(FINGERPRINTS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                case_id, *hashes = line.split()
                known[f"{path.name} {case_id}"] = frozenset(hashes)
    for path in others:
        for _, case, _ in read_cases(path):
            if case is not None:
                known[f"{path} {case.get('id')}"] = fingerprint(str(case.get("text") or ""))
    return known


def check(path: Path, others: list[Path]) -> int:
    spellings = gazetteer_spellings()
    known = known_texts(p for p in others if p.resolve() != path.resolve())
    problems: list[str] = []
    warnings: list[str] = []
    seen: dict[str, Fingerprint] = {}
    ids: set[str] = set()
    cases = required = 0
    for number, case, error in read_cases(path):
        if case is None:
            problems.append(f"line {number}: {error}")
            continue
        cases += 1
        required += len(case.get("required") or [])
        where = f"line {number} ({case.get('id')})"
        if case.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(str(case.get("id")))
        for is_problem, message in format_problems(case, spellings):
            (problems if is_problem else warnings).append(f"{where}: {message}")
        own = fingerprint(str(case.get("text") or ""))
        for name, other in [*known.items(), *seen.items()]:
            shared = len(own & other)
            if shared >= OVERLAP:
                problems.append(f"{where}: overlaps {name} ({shared} runs of {RUN} words)")
            elif shared:
                warnings.append(f"{where}: shares a stock phrase with {name}")
        seen[f"{path.name} {case.get('id')}"] = own
    for message in problems:
        print("PROBLEM", message)
    for message in warnings:
        print("warning", message)
    print(
        f"{path}: {cases} excerpts, {required} required items, "
        f"{len(problems)} problems, {len(warnings)} warnings"
    )
    return 1 if problems else 0


def write_fingerprints(paths: list[Path], output: Path) -> None:
    lines = [
        f"# {RUN}-word runs, blake2b of 4 bytes: {', '.join(p.parent.name for p in paths)}",
    ]
    for path in paths:
        for number, case, error in read_cases(path):
            if case is None:
                sys.exit(f"{path}: line {number}: {error}")
            hashes = sorted(fingerprint(str(case.get("text") or "")))
            lines.append(" ".join([str(case.get("id")), *hashes]))
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(output)
    print(f"{output}: {len(lines) - 1} excerpts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--with", dest="others", nargs="*", type=Path, default=[])
    parser.add_argument("--fingerprint", action="store_true")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    if args.fingerprint:
        if args.output is None:
            parser.error("--fingerprint needs -o FILE")
        write_fingerprints(args.sets, args.output)
        return 0
    return max(check(path, [*args.sets, *args.others]) for path in args.sets)


if __name__ == "__main__":
    sys.exit(main())
