"""The claims model: what it adds to the rules, what it never reads, its file and its trainer.

The sentences are written for these tests, with the test gazetteer of test_claims.py; the
model is the shipped one (data/claims_model.json).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from geoatlas.claims import MODEL_CUE, extract_claims, town_readings
from geoatlas.claims.model import CLASSES, LABELS, load_model
from geoatlas.config import Settings
from geoatlas.errors import ClaimsModelError
from geoatlas.records import Article
from tests.conftest import ROOT
from tests.test_claims import PLACES, find_test_mentions, publication_date

MODEL = load_model(Settings().claims_model_path)

# The rules find no claim on Kourakhove here; the model reads a fight.
BATTLEFIELDS = (
    "Pokrovsk, un os dur à craquer sur le front est, et Kourakhove sont actuellement "
    "les deux principaux champs de bataille, a indiqué lundi l'état-major ukrainien."
)


def _claims(text: str, settings: Settings | None = None) -> list:
    article = Article("t", text, published=dt.date(2024, 11, 4))
    return extract_claims(
        article, find_test_mentions(text), settings=settings, date_of=publication_date
    )


def _reading(text: str, town: str):  # type: ignore[no-untyped-def]
    readings = town_readings(Article("t", text), find_test_mentions(text))
    [reading] = [r for r in readings if r.mentions[0].place == PLACES[town]]
    return reading


def test_the_model_adds_a_claim_the_rules_leave() -> None:
    rules = _claims(BATTLEFIELDS, Settings(claims_model=False))
    assert rules == []
    [added] = [c for c in _claims(BATTLEFIELDS) if c.place == PLACES["Kurakhove"]]
    assert (added.status, added.controller) == ("contested", "contested")
    assert added.cues == (MODEL_CUE,)
    assert added.quote == BATTLEFIELDS
    assert added.claimant == "UA General Staff"
    assert added.date == dt.date(2024, 11, 4)
    # The likelier side; its probability, scaled to at most 0.75, is the confidence.
    probability = MODEL.probabilities(_reading(BATTLEFIELDS, "Kurakhove").features)
    sides = {side: probability[LABELS.index(("fighting", side))] for side in ("RU", "UA")}
    assert added.actor == max(sides, key=sides.__getitem__)
    assert sides[added.actor] >= MODEL.thresholds["fighting"]
    assert added.confidence == round(0.75 * sides[added.actor], 3)
    assert added.confidence <= 0.75


def test_rules_only_adds_nothing() -> None:
    claims = _claims(BATTLEFIELDS, Settings(claims_model=False))
    assert all(MODEL_CUE not in c.cues for c in claims)


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        (
            "Les forces russes avancent près de Pokrovsk, de Kourakhove et de Huleipole.",
            "Huliaipole",
        ),
        (
            "Les forces russes avancent près de Pokrovsk, de Kourakhove et de Huleipole.",
            "Kurakhove",
        ),
        ("Les unités russes se trouvent à 10 km de Kourakhove, selon Kiev.", "Kurakhove"),
        ("Huleipole et Kourakhove sont sur le point de tomber, selon Moscou.", "Kurakhove"),
        ("Kourakhove pourrait devenir le principal champ de bataille.", "Kurakhove"),
        ("Kourakhove va-t-elle tomber aux mains des Russes ?", "Kurakhove"),
        ("Les Russes tentent de prendre Kourakhove depuis des semaines.", "Kurakhove"),
        ("Kourakhove tombera avant la fin de l'année, assure un blogueur russe.", "Kurakhove"),
        # A future ten words before: a reader comment of seed 002.
        (
            "Jamais la City ne permettra à Trump d'accorder Odessa à Moscou (même pas Kourakhove).",
            "Kurakhove",
        ),
        # "près des localités de X, Y et Z": strikes near them (set 74), no fight in them.
        (
            "L'armée russe a frappé des troupes ukrainiennes près des localités de Pokrovsk, "
            "Kourakhove et Huleipole.",
            "Kurakhove",
        ),
        # A town's name that names its region (a mention stage's error, here hand-made).
        ("La Russie déploie des troupes dans les régions de Kharkiv et de Donetsk.", "Kharkiv"),
    ],
)
def test_a_landmark_or_a_hedge_is_not_read(sentence: str, town: str) -> None:
    assert _reading(sentence, town).sentences == ()
    assert MODEL.additions(_reading(sentence, town)) == []


def test_a_town_named_as_a_fact_is_read() -> None:
    reading = _reading(BATTLEFIELDS, "Kurakhove")
    [(mention, features)] = reading.sentences
    assert mention.text == "Kourakhove"
    assert {"r:sont", "l:et", "bataille", "sentences:1", "rule:none"} <= reading.features
    assert features <= reading.features


def test_no_hold_the_rules_already_give() -> None:
    text = "Les forces russes ont pris le contrôle de Kourakhove, a annoncé Moscou."
    reading = _reading(text, "Kurakhove")
    assert ("taken", "RU") in reading.rules and "RU" in reading.controllers
    held_ru = LABELS.index(("held", "RU"))
    forced = {**MODEL.thresholds, "held": 0.0}  # even a hold at any probability
    model = type(MODEL)(MODEL.index, MODEL.weights, MODEL.intercepts, forced)
    assert held_ru not in [label for label, _ in model.additions(reading)]


def test_nothing_against_the_side_the_rules_give() -> None:
    text = "Les forces russes ont pris le contrôle de Kourakhove, a annoncé Moscou."
    reading = _reading(text, "Kurakhove")
    everything = {status_class: 0.0 for status_class in CLASSES}  # any probability passes
    model = type(MODEL)(MODEL.index, MODEL.weights, MODEL.intercepts, everything)
    added = {LABELS[label] for label, _ in model.additions(reading)}
    # The town is Russian by the rules: no Ukrainian hold, taking or denial, no Russian
    # withdrawal; a fight may still be added.
    assert not added & {("held", "UA"), ("taken", "UA"), ("denied", "UA"), ("withdrawn", "RU")}
    assert ("withdrawn", "UA") in added or ("denied", "RU") in added or ("fighting", "RU") in added


def test_model_file_is_read_and_checked(tmp_path: Path) -> None:
    assert set(MODEL.thresholds) == set(CLASSES)
    assert MODEL.weights.shape == (len(MODEL.index), len(LABELS))
    missing = tmp_path / "none.json"
    with pytest.raises(ClaimsModelError, match=r"none\.json: no claims model there"):
        load_model(missing)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ClaimsModelError, match=r"broken\.json: not a geoatlas claims model"):
        load_model(broken)
    other = tmp_path / "other.json"
    raw = json.loads(Settings().claims_model_path.read_text(encoding="utf-8"))
    other.write_text(json.dumps({**raw, "labels": raw["labels"][:4]}), encoding="utf-8")
    with pytest.raises(ClaimsModelError, match=r"other\.json"):
        load_model(other)


def test_extract_claims_names_a_missing_model(tmp_path: Path) -> None:
    settings = Settings(claims_model_path=tmp_path / "gone.json")
    with pytest.raises(ClaimsModelError, match=r"gone\.json"):
        _claims(BATTLEFIELDS, settings)


def test_the_command_line_names_a_missing_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("gazetteer.geojson", "curated_places.csv", "admin1.csv"):
        (data / name).symlink_to(ROOT / "data" / name)
    article = tmp_path / "a.txt"
    article.write_text(BATTLEFIELDS, encoding="utf-8")
    command = [sys.executable, "-m", "geoatlas", "events", str(article)]
    env = {**os.environ, "GEOATLAS_DATA": str(data), "GEOATLAS_CACHE": str(tmp_path / "cache")}
    failed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert failed.returncode != 0
    assert "claims_model.json: no claims model there" in failed.stderr
    assert "Traceback" not in failed.stderr
    ruled = subprocess.run(
        [*command, "--rules-only"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert ruled.returncode == 0, ruled.stderr
    assert ruled.stdout.startswith("event_id,article_id,")  # the event table, as CSV


def test_the_trainer_writes_a_model_that_reads(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    output = tmp_path / "model.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "train_claims_model.py"),
            str(ROOT / "benchmarks" / "claims_sample.jsonl"),
            "--cv",
            "-o",
            str(output),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "all: rules precision" in done.stdout
    assert "with the model precision" in done.stdout
    model = load_model(output)
    assert model.weights.shape[1] == len(LABELS) and len(model.index) > 0
    assert np.isfinite(model.weights).all()
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left


def test_the_trainer_trains_the_same_from_its_dumped_readings(tmp_path: Path) -> None:
    # The shipped weights were trained on readings dumped at older checkouts (--dump, then
    # --readings); from a dump of the current code they must be those of the corpus itself.
    pytest.importorskip("sklearn")
    script = str(ROOT / "benchmarks" / "train_claims_model.py")
    corpus = str(ROOT / "benchmarks" / "claims_sample.jsonl")
    dump, direct, dumped = tmp_path / "readings.jsonl", tmp_path / "a.json", tmp_path / "b.json"
    for args in (
        [corpus, "--dump", str(dump)],
        [corpus, "-o", str(direct)],
        ["--readings", str(dump), "-o", str(dumped)],
    ):
        subprocess.run([sys.executable, script, *args], check=True, capture_output=True, cwd=ROOT)
    assert json.loads(direct.read_text()) == json.loads(dumped.read_text())
    assert len(dump.read_text().splitlines()) > 10
    # a broken dump names its file and line, without a traceback
    broken = tmp_path / "broken.jsonl"
    broken.write_text(dump.read_text().splitlines()[0] + "\n{}\n", encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, script, "--readings", str(broken)], capture_output=True, text=True
    )
    assert failed.returncode != 0
    assert f"{broken}:2: not a dumped example" in failed.stderr
    assert "Traceback" not in failed.stderr


@pytest.mark.parametrize(
    "sentence",
    [
        "La ville de Kourakhove continue d'être pilonnée, avec trois morts sous les décombres.",
        "Dans un bombardement à Kourakhove, trois personnes ont été tuées.",
        "Le premier convoi de bus est arrivé à Kourakhove, a annoncé le gouverneur.",
    ],
)
def test_no_fight_without_a_word_of_the_ground_war(sentence: str, tmp_path: Path) -> None:
    raw = json.loads(Settings().claims_model_path.read_text(encoding="utf-8"))
    raw["thresholds"]["fighting"] = 0.0  # the model would add a fight at any probability
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    claims = _claims(sentence, Settings(claims_model_path=path))
    assert [c for c in claims if c.status == "contested"] == []
    # the same forced model still reads a fight where the sentence tells of one
    fights = _claims(BATTLEFIELDS, Settings(claims_model_path=path))
    assert any(c.status == "contested" and MODEL_CUE in c.cues for c in fights)
    pressed = "La pression russe s'accentue à Kourakhove, dont ils ont investi un quartier."
    assert any(
        c.status == "contested" and MODEL_CUE in c.cues
        for c in _claims(pressed, Settings(claims_model_path=path))
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Après des mois de rudes combats, l'Ukraine a annoncé son retrait d'Avdiïvka.",
        "Les forces ukrainiennes ont repris Koupiansk après de violents combats.",
    ],
)
def test_no_fight_or_withdrawal_beside_the_rules_retaking_or_withdrawal(
    sentence: str, tmp_path: Path
) -> None:
    raw = json.loads(Settings().claims_model_path.read_text(encoding="utf-8"))
    for label in ("fighting", "withdrawn"):
        raw["thresholds"][label] = 0.0  # the model would add these at any probability
    path = tmp_path / "model.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    rules = _claims(sentence, Settings(claims_model=False))
    assert {c.status for c in rules} & {"withdrawn", "recaptured"}
    added = [c for c in _claims(sentence, Settings(claims_model_path=path)) if c not in rules]
    assert [c for c in added if c.status in ("contested", "withdrawn")] == []


# A distance is no fight (benchmarks/ANNOTATING.md). Read as a sentence about the town, this
# one scores about 0.78 for a Russian fight with the weights trained on sets 171-220, above the
# fighting threshold (0.7): a town that is the subject of a distance is no reading at all, as
# "à 10 km de X" is none.
@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Pokrovsk n'est plus qu'à une dizaine de kilomètres des troupes russes.", "Pokrovsk"),
        ("Koupiansk se trouve à 12 km des positions russes.", "Kupiansk"),
    ],
)
def test_a_distance_from_the_town_is_no_reading(sentence: str, town: str) -> None:
    assert _reading(sentence, town).sentences == ()
    assert _claims(sentence) == []


def test_a_town_before_another_verb_is_read() -> None:
    reading = _reading("Pokrovsk est à nouveau sous le feu des troupes russes.", "Pokrovsk")
    assert reading.sentences != ()
