"""The held-out sets' checker of benchmarks/check_heldout.py: format, overlap, fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoatlas.schema import STATUSES
from tests.conftest import ROOT, load_benchmark

check_heldout = load_benchmark("check_heldout")
FRESH = (
    "Les forces ukrainiennes ont repris hier soir le village de Kotlyne, a précisé leur brigade."
)


def _case(case_id: str, text: str, **changes: object) -> dict[str, object]:
    case = {"id": case_id, "published": "2025-02-26", "source": "s", "url": "u", "text": text,
            "required": [{"town": "Kotlyne", "status": "recaptured", "actor": "UA",
                          "date": "2025-02-25"}],
            "optional": []}  # fmt: skip
    case.update(changes)
    return case


def _write(path: Path, cases: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), "utf-8")
    return path


@pytest.fixture
def no_fingerprints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "heldout"
    folder.mkdir()
    monkeypatch.setattr(check_heldout, "FINGERPRINTS", folder)
    # (the repository's texts but this file, which holds the excerpts below)
    monkeypatch.setattr(check_heldout, "REPO_TEXTS", ("seeds/*", "benchmarks/*.md"))
    return folder


def test_statuses_are_geoatlas_statuses() -> None:
    assert set(STATUSES) == check_heldout.STATUSES


def test_a_fresh_set_passes(
    tmp_path: Path, no_fingerprints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "set.jsonl", [_case("a", FRESH)])
    assert check_heldout.main([str(path)]) == 0
    assert "1 excerpts, 1 required items, 0 problems" in capsys.readouterr().out


def test_a_passage_of_a_seed_is_an_overlap(
    tmp_path: Path, no_fingerprints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [first] = sorted((ROOT / "seeds").glob("000_*.txt"))
    seed = first.read_text(encoding="utf-8").split("\n")[0]
    path = _write(tmp_path / "set.jsonl", [_case("a", seed)])
    assert check_heldout.main([str(path)]) == 1
    assert f"overlaps seeds/{first.name}" in capsys.readouterr().out


def test_bad_items_are_named(
    tmp_path: Path, no_fingerprints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _case("a", FRESH, published="26/02/2025",
                required=[{"town": "Kotlyne", "status": "taken", "actor": "UA"}])  # fmt: skip
    late = _case("b", FRESH + " Encore.", required=[
        {"town": "Kotlyne", "status": "held", "actor": "UA", "date": "2025-03-01"}])  # fmt: skip
    path = _write(tmp_path / "set.jsonl", [bad, late])
    path.write_text(path.read_text("utf-8") + "\n{not json", "utf-8")
    assert check_heldout.main([str(path)]) == 1
    out = capsys.readouterr().out
    assert "line 1 (a): published is not an ISO date: '26/02/2025'" in out
    assert "line 1 (a): unknown status 'taken'" in out
    assert "line 2 (b): date 2025-03-01 is after publication (2025-02-26)" in out
    assert "line 3: not JSON" in out


def test_a_measured_set_leaves_a_fingerprint_the_next_is_checked_against(
    tmp_path: Path, no_fingerprints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    measured = _write(tmp_path / "measured.jsonl", [_case("171-01", FRESH)])
    output = no_fingerprints / "171.txt"
    assert check_heldout.main(["--fingerprint", str(measured), "-o", str(output)]) == 0
    assert FRESH not in output.read_text("utf-8")  # hashes, no text
    # accents stripped and a line break do not hide the copy
    copy = (
        "Les forces ukrainiennes ont repris hier soir\nle village de Kotlyne, selon leur brigade."
    )
    new = _write(tmp_path / "new.jsonl", [_case("181-01", copy)])
    assert check_heldout.main([str(new)]) == 1
    assert "overlaps 171.txt 171-01" in capsys.readouterr().out
