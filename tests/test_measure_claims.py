"""The claims scorer of benchmarks/measure_claims.py, on its sample and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoatlas.gazetteer import Gazetteer
from tests.conftest import ROOT, load_benchmark

measure = load_benchmark("measure_claims")


def _write(tmp_path: Path, cases: list[dict[str, object]]) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), "utf-8")
    return path


def test_sample_is_scored_consistently(gazetteer: Gazetteer) -> None:
    cases = measure.read_cases(ROOT / "benchmarks" / "claims_sample.jsonl")
    scores = measure.score(cases, gazetteer)
    assert scores.required == sum(len(c.required) for c in cases) > 0
    assert 0 < scores.hit <= scores.required_found <= scores.required
    assert 0 < scores.correct <= scores.produced
    assert scores.dates_right <= scores.dates_scored


def test_a_right_claim_counts_and_a_wrong_one_does_not(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    text = "Les forces russes ont pris le contrôle de Soledar, selon Moscou."
    right = {"id": "a", "published": "2023-01-13", "text": text,
             "required": [{"town": "Soledar", "status": "captured", "actor": "RU",
                           "date": "2023-01-13"}]}  # fmt: skip
    wrong = {"id": "b", "published": "2023-01-13", "text": text,
             "required": [{"town": "Soledar", "status": "captured", "actor": "UA"}]}  # fmt: skip
    scores = measure.score(measure.read_cases(_write(tmp_path, [right])), gazetteer)
    assert (scores.correct, scores.produced, scores.hit, scores.required) == (1, 1, 1, 1)
    assert (scores.dates_right, scores.dates_scored) == (1, 1)
    scores = measure.score(measure.read_cases(_write(tmp_path, [wrong])), gazetteer)
    assert (scores.correct, scores.produced, scores.hit, scores.required) == (0, 1, 0, 1)


def test_an_optional_items_alternative_is_no_false_claim(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    text = "Les forces russes ont pris le contrôle de Soledar, selon Moscou."
    optional = {"town": "Soledar", "status": "denied", "actor": "UA"}
    held, captured = ["Soledar", "held", "UA"], ["Soledar", "captured", "RU"]
    for alt, correct in (([], 0), ([held], 0), ([held, captured], 1)):
        case = {"id": "a", "published": None, "text": text, "required": [],
                "optional": [{**optional, "alt": alt}]}  # fmt: skip
        scores = measure.score(measure.read_cases(_write(tmp_path, [case])), gazetteer)
        assert (scores.correct, scores.produced, scores.required) == (correct, 1, 0)


def test_class_mode_folds_statuses_and_strict_mode_does_not(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    case = {"id": "a", "published": None,
            "text": "Les forces ukrainiennes ont repris Lyman.",
            "required": [{"town": "Lyman", "status": "captured", "actor": "UA"}]}  # fmt: skip
    cases = measure.read_cases(_write(tmp_path, [case]))
    assert measure.score(cases, gazetteer).hit == 1
    assert measure.score(cases, gazetteer, strict=True).hit == 0


def test_an_excerpt_is_read_as_geoatlas_reads_a_corpus(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    # a press reader's copy breaks "Lyman" at a line's end: the reader joins it again
    case = {"id": "a", "published": None,
            "text": "Les forces ukrai\u2010 niennes ont repris Ly\u2010 man.",
            "required": [{"town": "Lyman", "status": "recaptured", "actor": "UA"}]}  # fmt: skip
    assert measure.score(measure.read_cases(_write(tmp_path, [case])), gazetteer).hit == 1


def test_a_bad_line_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b"}\n', "utf-8")
    with pytest.raises(SystemExit, match=r"cases\.jsonl:2: not an annotated article"):
        measure.read_cases(path)
