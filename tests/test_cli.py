"""The command line, run in-process through ``geoatlas.cli.main`` (and once as ``python -m``)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geoatlas.cli import main
from tests.conftest import ROOT, SEEDS

MANIFEST = str(SEEDS / "manifest.csv")


def test_places_jsonl_rows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "--format", "jsonl", str(SEEDS / "004_36e5151ab0603369.txt")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    towns = [r for r in rows if r["kind"] == "town"]
    assert {r["article_id"] for r in rows} == {"004_36e5151ab0603369"}
    lyman = {
        (r["text"], r["place"], r["geonameid"], r["admin1"]) for r in towns if r["place"] != "Kyiv"
    }
    assert lyman == {
        ("Krasny Liman", "Lyman", 704204, "Donetsk"),
        ("Lyman", "Lyman", 704204, "Donetsk"),
    }
    first = towns[0]
    assert set(first) >= {"start", "end", "text", "lat", "lon", "score"}
    assert first["text"] == "Krasny Liman" and 48 < first["lat"] < 50


def test_places_csv_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "--format", "csv", str(SEEDS)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["article_id"][:3] for r in rows} == {"000", "001", "002", "003", "004"}
    assert main(["places", str(SEEDS / "001_8531ec7e74cd07b7.txt")]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["article_id", "start", "end", "text", "place"]
    assert any("Kupyansk" in line for line in table)


def test_bad_inputs_are_named_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "good.txt").write_text("Les Russes ont pris Vouhledar.", encoding="utf-8")
    assert main(["places", "--format", "jsonl", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["place"] for line in captured.out.splitlines()] == ["Vuhledar"]
    assert "empty.txt" in captured.err and "binary.txt" in captured.err
    assert "2 problem(s)" in captured.err
    assert main(["places", "--strict", str(tmp_path)]) == 1


def test_nothing_readable_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["places", str(tmp_path)]) == 1
    assert "no article could be read" in capsys.readouterr().err


def test_geocode_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "Artiomovsk", "Krasny Liman"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(r[0], r[1], r[2]) for r in lines] == [
        ("Artiomovsk", "Bakhmut", "713174"),
        ("Krasny Liman", "Lyman", "704204"),
    ]
    assert main(["geocode", "Nulle-Part-sur-Mer"]) == 1


def test_python_dash_m_is_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "geoatlas", "geocode", "Bakhmout"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\t")[1] == "Bakhmut"
