"""Measure the fuzzy-match threshold of geoatlas.mentions on misspelt names and on non-places.

Positives: every theatre spelling of tests/data/spellings.csv with a key of
8 letters or more, misspelt the ways transcriptions go wrong (a vowel
changed or dropped, a letter doubled or dropped, two letters swapped), kept
only when the misspelling is no exact gazetteer key. Each is put after a
place cue ("à X") and must resolve to the right place.

Negatives: long capitalised words that are not places, after the same cue
(surnames of the war's news, French words, foreign names). Each must find
nothing.

Prints recall and false places per threshold; ``Settings.fuzzy_threshold``
is the value chosen from this table.

Run: ``python benchmarks/measure_fuzzy.py``.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from geoatlas.config import Settings
from geoatlas.gazetteer import load_gazetteer
from geoatlas.mentions import find_mentions
from geoatlas.names import name_key

ROOT = Path(__file__).resolve().parent.parent

NOT_PLACES = """Gerasimov Solodchuk Witkoff Kushner Umerov Yermak Podoliaka Zaloujny Syrsky
Boudanov Prigojine Choïgou Belooussov Medvedev Peskov Zakharova Kadyrov Stoltenberg Macron
Scholz Merz Starmer Meloni Erdogan Orban Lukashenko Loukachenko Zelensky Poutine Navalny
Shevchenko Timochenko Porochenko Klitschko Kuleba Sybiha Reznikov Oumerov Podoliak Arakhamia
Kallas Borrell Guterres Grossi Lavrov Nebenzia Sikorski Tusk Duda Nawrocki Rutte Hegseth
Vance Rubio Trump Biden Blinken Austin Sullivan Kellogg Dmitriev Ouchakov Patrouchev
Sobianine Bortnikov Naryshkin Surovikin Sourovikine Lapin Mordvitchev Teplinsky Girkin
Strelkov Pouchiline Saldo Balitsky Pasetchnik Gladkov Khinchtein Smirnov Starovoït
Négociations Contre-offensive Mobilisation Bombardements Reconnaissance Ravitaillement
Artillerie Infanterie Parlement Gouvernement Présidence Commission Européenne Américains
Washington Bruxelles Strasbourg Luxembourg Copenhague Stockholm Helsinki Budapest Bratislava
Cambridge Princeton Stanford Microsoft Starlink Telegram Facebook Instagram Bloomberg Reuters
Politico Euronews Mediapart Libération Figaro Humanité Kommersant Izvestia Vedomosti
Rheinmetall Lockheed Raytheon Himars Patriot Storm Shadow Taurus Leopard Abrams Bradley""".split()

THRESHOLDS = (80, 84, 86, 88, 90, 92, 94, 96)


def _misspellings(word: str, rng: random.Random) -> list[str]:
    """A few plausible transcription errors of ``word``."""
    vowels = "aeiouy"
    out: set[str] = set()
    for i, ch in enumerate(word[1:-1], start=1):
        if ch.lower() in vowels:
            out.add(word[:i] + rng.choice([v for v in vowels if v != ch.lower()]) + word[i + 1 :])
            out.add(word[:i] + word[i + 1 :])
        else:
            out.add(word[:i] + ch + word[i:])
    for i in range(1, len(word) - 2):
        out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    picked = sorted(out)
    rng.shuffle(picked)
    return picked[:3]


def main() -> None:
    gaz = load_gazetteer()
    rng = random.Random(20251201)
    with open(ROOT / "tests" / "data" / "spellings.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["category"] not in {"world"}]
    positives: list[tuple[str, int]] = []
    for row in rows:
        spelling = row["spelling"]
        if " " in spelling or len(name_key(spelling)) < 8:
            continue
        for wrong in _misspellings(spelling, rng):
            if name_key(wrong) not in gaz.town_keys:
                positives.append((wrong, int(row["geonameid"])))
    negatives = [
        w for w in NOT_PLACES if name_key(w) not in gaz.town_keys and len(name_key(w)) >= 8
    ]
    print(f"{len(positives)} misspelt theatre names, {len(negatives)} long non-place words\n")
    print("threshold  recall  right place  false places")
    for threshold in THRESHOLDS:
        settings = Settings(fuzzy_threshold=float(threshold))
        found = right = 0
        for wrong, gid in positives:
            ms = [
                m
                for m in find_mentions(
                    f"Les combats continuent à {wrong}.", gazetteer=gaz, settings=settings
                )
                if m.place
            ]
            found += bool(ms)
            right += bool(ms) and ms[0].place is not None and ms[0].place.geonameid == gid
        false = sum(
            bool(
                [
                    m
                    for m in find_mentions(
                        f"Les combats continuent à {w}.", gazetteer=gaz, settings=settings
                    )
                    if m.kind == "town"
                ]
            )
            for w in negatives
        )
        print(
            f"{threshold:>9}  {found / len(positives):6.1%}  "
            f"{right / len(positives):11.1%}  {false:>5} of {len(negatives)}"
        )


if __name__ == "__main__":
    main()
