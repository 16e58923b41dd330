"""Measure the claims geoatlas reads against articles annotated by hand.

How the figures of the README's "Measured" section were taken, for anyone's own
annotated articles: the held-out press excerpts themselves are third-party text and stay
out of this repository. ``benchmarks/claims_sample.jsonl`` is a small set written for
this script, to show the format and to check it runs.

One JSON object per line::

    {"id": "a1", "published": "2024-02-17", "text": "...",
     "required": [{"town": "Avdiivka", "status": "captured", "actor": "RU",
                   "date": "2024-02-17", "alt": [["Avdiivka", "withdrawn", "UA"]]}],
     "optional": [{"town": "Lastochkyne", "status": "contested", "actor": "*"}]}

- ``required``: what a careful reader takes from the article about a town named in
  the same sentence; a miss lowers recall. ``alt`` lists other acceptable readings.
- ``optional``: defensible background; producing it is no false claim, missing it no miss.
  An optional item's ``alt`` readings are as defensible as it is.
- ``actor``: the taker, the side that leaves, the holder, the encircler, the attacker of
  a contested town, the denier; ``"*"`` accepts any side (and none).
- ``date``: the day the claim is about, scored within a day; ``null`` is not scored.

A produced claim is one (town, status, actor) per article. By default statuses are
compared by class: taken (captured, recaptured), withdrawn, held, fighting (contested,
encircled), denied; ``--strict`` compares them as they are. A town matches when the
annotated name resolves in the gazetteer to the claim's place, or, for names the
gazetteer lacks, when the first five letters of their keys agree.

Run: ``python benchmarks/measure_claims.py benchmarks/claims_sample.jsonl [--strict]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geoatlas.articles import normalize_text
from geoatlas.claims import extract_claims
from geoatlas.claims.model import STATUS_CLASSES
from geoatlas.gazetteer import Gazetteer, load_gazetteer
from geoatlas.mentions import find_mentions
from geoatlas.names import name_key
from geoatlas.records import Article, Claim

Reading = tuple[str, str, str | None]  # (town, status, actor)


@dataclass(frozen=True)
class Required:
    readings: tuple[Reading, ...]  # the annotated reading first, then its alternatives
    date: dt.date | None


@dataclass(frozen=True)
class Case:
    case_id: str
    published: dt.date | None
    text: str
    required: tuple[Required, ...]
    optional: tuple[Reading, ...]


@dataclass
class Scores:
    produced: int = 0
    correct: int = 0
    required: int = 0
    hit: int = 0
    required_found: int = 0  # required towns the mention stage found
    dates_scored: int = 0
    dates_right: int = 0
    per_status: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def lines(self) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"

        out = [
            f"precision {ratio(self.correct, self.produced)}",
            f"recall    {ratio(self.hit, self.required)}",
            f"recall on towns the mention stage found {ratio(self.hit, self.required_found)}",
            f"dates within a day {ratio(self.dates_right, self.dates_scored)}",
            "per status (annotated status for recall, produced status for precision):",
        ]
        for status in STATUS_CLASSES:
            c = self.per_status.get(status, Counter())
            out.append(
                f"   {status:<11} precision {c['correct']}/{c['produced']}"
                f"  recall {c['hit']}/{c['required']}"
            )
        return out


def read_cases(path: Path) -> list[Case]:
    """The annotated articles of a JSON Lines file; a bad line names the file and the line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(
                Case(
                    case_id=str(raw["id"]),
                    published=_date(raw.get("published")),
                    text=raw["text"],
                    required=tuple(_required(r) for r in raw.get("required", ())),
                    optional=tuple(
                        reading
                        for o in raw.get("optional", ())
                        for reading in _required(o).readings
                    ),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise SystemExit(f"{path}:{number}: not an annotated article ({error!r})") from None
    return cases


def _required(raw: dict[str, Any]) -> Required:
    reading: Reading = (raw["town"], raw["status"], raw["actor"])
    alternatives = [(a[0], a[1], a[2]) for a in raw.get("alt", ())]
    return Required((reading, *alternatives), _date(raw.get("date")))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class TownMatcher:
    """Whether an annotated town name is a place found in the text (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._ids: dict[str, frozenset[int]] = {}

    def __call__(self, name: str, place_id: int, place_name: str, written: str) -> bool:
        if name not in self._ids:
            self._ids[name] = frozenset(p.geonameid for p in self._gazetteer.lookup(name))
        if self._ids[name]:
            return place_id in self._ids[name]
        prefix = name_key(name)[:5]
        return name_key(place_name).startswith(prefix) or name_key(written).startswith(prefix)


def score(cases: Iterable[Case], gazetteer: Gazetteer, *, strict: bool = False) -> Scores:
    """Run the pipeline on each case and score it (see the module docstring)."""
    scores = Scores()
    place_matches = TownMatcher(gazetteer)

    def status_of(status: str) -> str:
        return status if strict else STATUS_CLASSES[status]

    def matches(reading: Reading, claim: Claim) -> bool:
        town, status, actor = reading
        return (
            status_of(status) == status_of(claim.status)
            and (actor == "*" or actor == claim.actor)
            and place_matches(town, claim.place.geonameid, claim.place.name, claim.place_as_written)
        )

    for case in cases:
        # (the text as geoatlas' reader gives it: one form of letters, broken words joined)
        text = normalize_text(case.text)
        mentions = find_mentions(text, article_id=case.case_id, gazetteer=gazetteer)
        article = Article(case.case_id, text, published=case.published)
        claims = extract_claims(article, mentions)
        produced: dict[tuple[int, str, str | None], Claim] = {}
        for claim in claims:
            produced.setdefault(
                (claim.place.geonameid, status_of(claim.status), claim.actor), claim
            )
        readings = [r for req in case.required for r in req.readings] + list(case.optional)
        for claim in produced.values():
            right = any(matches(r, claim) for r in readings)
            scores.produced += 1
            scores.correct += right
            scores.per_status[claim.status]["produced"] += 1
            scores.per_status[claim.status]["correct"] += right
        towns = [m for m in mentions if m.place is not None and m.kind == "town"]
        for req in case.required:
            status = req.readings[0][1]
            scores.required += 1
            scores.per_status[status]["required"] += 1
            scores.required_found += any(
                place_matches(r[0], m.place.geonameid, m.place.name, m.text)
                for r in req.readings
                for m in towns
                if m.place is not None
            )
            hits = [c for c in claims if any(matches(r, c) for r in req.readings)]
            if not hits:
                continue
            scores.hit += 1
            scores.per_status[status]["hit"] += 1
            if req.date is not None and case.published is not None:
                scores.dates_scored += 1
                scores.dates_right += any(
                    c.date is not None and abs((c.date - req.date).days) <= 1 for c in hits
                )
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, help="annotated articles, one JSON object per line")
    parser.add_argument("--strict", action="store_true", help="compare statuses, not classes")
    args = parser.parse_args(argv)
    try:
        gazetteer = load_gazetteer()
    except FileNotFoundError as error:
        print(f"cannot measure: {error}", file=sys.stderr)
        return 1
    cases = read_cases(args.cases)
    scores = score(cases, gazetteer, strict=args.strict)
    print(f"{args.cases}: {len(cases)} articles, mode={'strict' if args.strict else 'class'}")
    print("\n".join(scores.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
