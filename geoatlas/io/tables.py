"""Event tables and timelines on disk: ``read_events`` / ``write_events``, by extension.

=========  ===========================================  ===========================
extension  format                                       notes
=========  ===========================================  ===========================
.csv       CSV, one row per event, ``lat``/``lon``      no geometry column
.geojson   GeoJSON (RFC 7946, WGS84)                    also ``.json``
.gpkg      GeoPackage                                   events and timeline layers
.parquet   GeoParquet                                   needs ``geoatlas[parquet]``
.kml       KML (Google Earth), GDAL's driver            write only
=========  ===========================================  ===========================

Every write goes to a temporary file first and is renamed into place, so a
failed write never leaves a half-written file.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geoatlas.errors import InputError, MissingDependencyError, OutputError
from geoatlas.io.atomic import atomic_path
from geoatlas.schema import DATE, EVENT_COLUMNS, LAT, LON, PUBLISHED, VALID_FROM, VALID_TO

__all__ = ["FORMATS", "export_tables", "read_events", "write_events", "write_timeline"]

FORMATS = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".kml": "kml",
}
"""File extensions geoatlas writes, and the format each stands for."""

_DRIVERS = {"geojson": "GeoJSON", "gpkg": "GPKG", "kml": "KML"}
_DATES = {PUBLISHED, DATE, VALID_FROM, VALID_TO}


def _format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise OutputError(
            f"{path}: unknown format {path.suffix!r}; use one of {sorted(set(FORMATS))}"
        ) from None


def _as_geo(table: pd.DataFrame) -> gpd.GeoDataFrame:
    if isinstance(table, gpd.GeoDataFrame) and table.geometry.name in table:
        return table
    return gpd.GeoDataFrame(
        table, geometry=gpd.points_from_xy(table[LON], table[LAT]), crs="EPSG:4326"
    )


def _for_vector(table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dates as ISO strings: GeoJSON and KML have no date type, and NaT must stay empty."""
    out = table.copy()
    for column in _DATES & set(out.columns):
        out[column] = pd.to_datetime(out[column]).dt.strftime("%Y-%m-%d").fillna("")
    return out


def _write(table: pd.DataFrame, path: Path, *, layer: str, append: bool = False) -> None:
    fmt = _format(path)
    geo = _as_geo(table)
    try:
        if fmt == "csv":
            with atomic_path(path) as tmp:
                pd.DataFrame(geo.drop(columns=geo.geometry.name)).to_csv(
                    tmp, index=False, date_format="%Y-%m-%d"
                )
        elif fmt == "parquet":
            try:
                import pyarrow  # type: ignore[import-untyped]  # noqa: F401
            except ImportError as exc:
                raise MissingDependencyError(
                    "writing Parquet needs pyarrow: pip install 'geoatlas[parquet]'"
                ) from exc
            with atomic_path(path) as tmp:
                geo.to_parquet(tmp, index=False)
        elif append:
            geo.pipe(_for_vector).to_file(path, driver=_DRIVERS[fmt], layer=layer, engine="pyogrio")
        else:
            with atomic_path(path) as tmp:
                _for_vector(geo).to_file(tmp, driver=_DRIVERS[fmt], layer=layer, engine="pyogrio")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc})") from exc


def write_events(events: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write the event table to ``path``, in the format its extension names."""
    _write(events, Path(path), layer="events")


def write_timeline(timeline: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write the control timeline to ``path`` (points at the towns), format from the extension."""
    _write(timeline, Path(path), layer="timeline")


def export_tables(
    events: pd.DataFrame, timeline: pd.DataFrame, path: str | os.PathLike[str]
) -> list[Path]:
    """Write the events and the timeline for QGIS or Google Earth; return the files written.

    A GeoPackage holds both as layers ``events`` and ``timeline``; other
    formats hold one table a file, so the timeline goes beside the events as
    ``NAME-timeline.EXT``.
    """
    path = Path(path)
    if _format(path) == "gpkg":
        with atomic_path(path) as tmp:
            _write(events, tmp, layer="events", append=True)
            _write(timeline, tmp, layer="timeline", append=True)
        return [path]
    second = path.with_name(f"{path.stem}-timeline{path.suffix}")
    write_events(events, path)
    write_timeline(timeline, second)
    return [path, second]


def read_events(path: str | os.PathLike[str]) -> gpd.GeoDataFrame:
    """Read an event table written by :func:`write_events` (or by hand, with the same columns)."""
    path = Path(path)
    fmt = _format(path)
    try:
        if fmt == "csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        elif fmt == "parquet":
            frame = gpd.read_parquet(path)
        elif fmt == "kml":
            raise InputError(f"{path}: KML is an export format; read CSV, GeoJSON, GPKG or Parquet")
        else:
            frame = gpd.read_file(path, layer="events" if fmt == "gpkg" else None, engine="pyogrio")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read an event table ({exc})") from exc
    missing = [c for c in EVENT_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: not an event table, missing columns {missing}")
    from geoatlas.events import _typed

    return _typed(pd.DataFrame(frame[list(EVENT_COLUMNS)]).replace({"": None}))
