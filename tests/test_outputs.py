"""Outputs from the command line and the Atlas: event tables, exports, snapshots, maps."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from geoatlas.atlas import Atlas
from geoatlas.cli import main
from geoatlas.errors import OutputError
from geoatlas.io.tables import read_events, write_events
from geoatlas.schema import EVENT_COLUMNS
from tests.conftest import SEEDS

MANIFEST = str(SEEDS / "manifest.csv")


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return Atlas.from_articles(SEEDS, manifest=MANIFEST)


def test_events_csv_on_stdout_has_exactly_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", str(SEEDS), "--manifest", MANIFEST]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and tuple(rows[0]) == EVENT_COLUMNS
    assert {r["date"] for r in rows if r["place"] == "Lyman"} == {"2022-10-01"}


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_events_file_round_trip(tmp_path: Path, suffix: str, atlas: Atlas) -> None:
    out = tmp_path / f"events{suffix}"
    assert main(["events", str(SEEDS), "--manifest", MANIFEST, "-o", str(out)]) == 0
    back = read_events(out)
    assert list(back.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
    assert sorted(back.event_id) == sorted(atlas.events.event_id)
    merged = back.set_index("event_id").loc[atlas.events.event_id]
    assert (merged["date"].values == atlas.events["date"].values).all()
    assert (merged["quote"].values == atlas.events["quote"].values).all()
    assert back.crs.to_epsg() == 4326


def test_events_from_a_table_give_the_same_map_inputs(tmp_path: Path, atlas: Atlas) -> None:
    out = tmp_path / "events.csv"
    write_events(atlas.events, out)
    again = Atlas.from_events(out)
    pd.testing.assert_frame_equal(
        again.timeline().drop(columns="population"), atlas.timeline().drop(columns="population")
    )


def test_unknown_format_is_refused_and_nothing_written(tmp_path: Path, atlas: Atlas) -> None:
    out = tmp_path / "events.xlsx"
    with pytest.raises(OutputError, match=r"events\.xlsx: unknown format '\.xlsx'"):
        write_events(atlas.events, out)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, atlas: Atlas, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "events.csv"
    out.write_text("previous\n", encoding="utf-8")

    def disk_full(self: pd.DataFrame, path: Path, **kwargs: object) -> None:
        Path(path).write_text("event_id,arti", encoding="utf-8")  # half a file, then the error
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", disk_full)
    with pytest.raises(OutputError, match=r"events\.csv: cannot write"):
        write_events(atlas.events, out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_bad_inputs_warn_and_strict_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,published,source,url,title\n"
        "004_36e5151ab0603369.txt,2022-10-01,RT,,\n"
        "missing.txt,2025-01-01,,,\n",
        encoding="utf-8",
    )
    args = ["events", str(SEEDS / "004_36e5151ab0603369.txt"), "--manifest", str(manifest)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "missing.txt" in err and "problem(s)" in err
    assert main([*args, "--strict"]) == 1


def test_export_gpkg_has_both_layers(tmp_path: Path) -> None:
    import pyogrio

    out = tmp_path / "claims.gpkg"
    assert main(["export", str(SEEDS), "--manifest", MANIFEST, "-o", str(out)]) == 0
    layers = {name for name, _ in pyogrio.list_layers(out)}
    assert layers == {"events", "timeline"}


@pytest.mark.parametrize("suffix", [".kml", ".geojson", ".csv"])
def test_export_single_layer_formats(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"claims{suffix}"
    assert main(["export", str(SEEDS), "--manifest", MANIFEST, "-o", str(out)]) == 0
    timeline = tmp_path / f"claims-timeline{suffix}"
    assert out.exists() and timeline.exists()
    if suffix == ".kml":
        text = out.read_text(encoding="utf-8")
        assert text.count("<Placemark") >= 10 and "Pokrovsk" in text


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_snapshot_formats(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"fig{suffix}"
    args = ["snapshot", str(SEEDS), "--manifest", MANIFEST, "--date", "2025-12-02", "-o", str(out)]
    assert main(args) == 0
    data = out.read_bytes()
    assert len(data) > 5_000
    if suffix == ".svg":
        text = data.decode("utf-8")
        assert "2025-12-02" in text and "Pokrovsk" in text and "GeoNames" in text


def test_snapshot_small_multiples_are_deterministic(tmp_path: Path) -> None:
    outs = [tmp_path / "a.svg", tmp_path / "b.svg"]
    for out in outs:
        args = [
            "snapshot",
            str(SEEDS),
            "--manifest",
            MANIFEST,
            "--dates",
            "2022-10-02,2025-11-06,2025-12-02",
            "-o",
            str(out),
        ]
        assert main(args) == 0
    text = outs[0].read_text(encoding="utf-8")
    assert all(day in text for day in ("2022-10-02", "2025-11-06", "2025-12-02"))
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_map_is_deterministic_and_self_contained(tmp_path: Path) -> None:
    outs = [tmp_path / "a.html", tmp_path / "b.html"]
    args = ["map", str(SEEDS), "--manifest", MANIFEST, "--offline", "--title", "Seeds"]
    for out in outs:
        assert main([*args, "-o", str(out)]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    html = outs[0].read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet" href="http' not in html


def test_atlas_views(atlas: Atlas) -> None:
    pokrovsk = atlas.timeline("Krasnoarmeysk")
    assert set(pokrovsk.place) == {"Pokrovsk"}
    assert set(atlas.timeline(704422).place) == {"Pokrovsk"}
    on_day = atlas.as_of("2025-12-02").set_index("place")
    assert on_day.state["Pokrovsk"] == "RU" and on_day.state["Lyman"] == "UA"
    assert "Pokrovsk" not in set(atlas.as_of("2022-10-02").place)
    m = atlas.map(title="Seeds")
    assert "Pokrovsk" in m._repr_html_()
    fig = atlas.plot(date="2025-12-02")
    assert len(fig.axes) >= 1
    assert "events" in repr(atlas)
    with pytest.raises(ValueError, match="no town named 'Atlantis'"):
        atlas.timeline("Atlantis")
