"""Static maps for reports: the claimed state on one day, or small multiples over several.

Drawn with matplotlib through geopandas (country outlines from Natural Earth,
as the offline HTML map uses), so PNG, SVG and PDF come out alike and need
no browser. The figure is built on :class:`matplotlib.figure.Figure`
directly, not pyplot: no GUI backend, no global state.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from geoatlas.errors import InputError, OutputError
from geoatlas.io.atomic import atomic_path
from geoatlas.render.palette import STATE_STYLES, VIEW_LABELS, radius_for
from geoatlas.schema import LAT, LON, PLACE, POPULATION, STATE, View
from geoatlas.timeline import as_of

__all__ = ["SNAPSHOT_FORMATS", "plot_snapshot", "save_snapshot"]

SNAPSHOT_FORMATS = (".png", ".svg", ".pdf")

ATTRIBUTION = (
    "Claims: geoatlas, from press articles. Towns: GeoNames (CC BY 4.0). "
    "Outlines: Natural Earth (public domain)."
)
_LABELLED = 8  # the most populous towns on each panel get a label
_MARGIN = 0.5  # degrees around the towns
_ASPECT = 4 / 3  # panel width / height, on the ground
_LABEL_GAP = (0.12, 0.45)  # degrees (lat, lon): a label closer to a placed one is skipped


def plot_snapshot(
    timeline: pd.DataFrame,
    dates: Sequence[str | dt.date],
    *,
    view: View = "all",
    title: str | None = None,
    ncols: int = 3,
) -> Any:
    """Draw the state of every town on each of ``dates``; return the matplotlib Figure.

    Parameters
    ----------
    timeline : DataFrame
        From :func:`geoatlas.timeline.control_timeline`.
    dates : sequence of dates
        One panel a date (small multiples when several).
    view : {"all", "RU", "UA", "third"}
        Which claims to show.
    title : str, optional
        Figure title; each panel is titled with its date.
    ncols : int
        Panels per row.
    """
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    if not dates:
        raise InputError("plot_snapshot needs at least one date")
    days = [pd.Timestamp(d).date() for d in dates]
    towns = timeline[timeline["view"] == view]
    if towns.empty:
        raise InputError(f"the timeline has no town in view {view!r}")
    bounds = _frame(towns)
    outlines = _outlines(bounds)
    cols = max(1, min(ncols, len(days)))
    rows = math.ceil(len(days) / cols)
    fig = Figure(figsize=(5.2 * cols, 4.2 * rows + 0.8), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax, day in zip(axes, days, strict=False):
        _panel(ax, as_of(timeline, day, view=view), outlines, bounds, day)
    for ax in axes[len(days) :]:
        ax.set_axis_off()
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=s.colour,
               markeredgecolor="white", label=s.label)
        for s in STATE_STYLES.values()
    ]  # fmt: skip
    fig.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False, fontsize=9)
    heading = title or f"Claimed control of towns ({VIEW_LABELS[view]})"
    fig.suptitle(heading, fontsize=13)
    fig.text(0.995, 0.002, ATTRIBUTION, ha="right", va="bottom", fontsize=6, color="#555555")
    return fig


def _frame(towns: pd.DataFrame) -> tuple[tuple[float, float], tuple[float, float]]:
    """((south, west), (north, east)) around the towns: at least 3 degrees of latitude,
    widened to the panel's shape (4:3 on the ground)."""
    south, north = float(towns[LAT].min()) - _MARGIN, float(towns[LAT].max()) + _MARGIN
    west, east = float(towns[LON].min()) - _MARGIN, float(towns[LON].max()) + _MARGIN
    middle_lat, middle_lon = (south + north) / 2, (west + east) / 2
    stretch = 1 / math.cos(
        math.radians(middle_lat)
    )  # degrees of longitude per degree on the ground
    height = max(north - south, 3.0, (east - west) / stretch / _ASPECT)
    width = height * _ASPECT * stretch
    return (
        (middle_lat - height / 2, middle_lon - width / 2),
        (middle_lat + height / 2, middle_lon + width / 2),
    )


def _outlines(bounds: tuple[tuple[float, float], tuple[float, float]]) -> Any:
    import geopandas as gpd

    from geoatlas.render.assets import load_country_outlines

    collection = load_country_outlines(bounds, margin=2.0)
    if not collection["features"]:
        return None
    return gpd.GeoDataFrame.from_features(collection["features"], crs="EPSG:4326")


def _panel(ax: Any, state: pd.DataFrame, outlines: Any, bounds: Any, day: dt.date) -> None:
    (south, west), (north, east) = bounds
    if outlines is not None:
        outlines.plot(ax=ax, color="#f2f2ef", edgecolor="#9a9a9a", linewidth=0.6)
    if not state.empty:
        colours = [STATE_STYLES[s].colour for s in state[STATE]]
        sizes = [(radius_for(int(p)) * 1.6) ** 2 for p in state[POPULATION]]
        ax.scatter(
            state[LON], state[LAT], s=sizes, c=colours, edgecolors="white", linewidths=0.8, zorder=3
        )
        placed: list[tuple[float, float]] = []
        for _, town in state.nlargest(_LABELLED, POPULATION).iterrows():
            lat, lon = float(town[LAT]), float(town[LON])
            if any(
                abs(lat - a) < _LABEL_GAP[0] and abs(lon - b) < _LABEL_GAP[1] for a, b in placed
            ):
                continue
            placed.append((lat, lon))
            ax.annotate(
                str(town[PLACE]),
                (float(town[LON]), float(town[LAT])),
                xytext=(4, 3),
                textcoords="offset points",
                fontsize=7.5,
                zorder=4,
            )
    else:
        ax.text(0.5, 0.5, "no claim yet", transform=ax.transAxes, ha="center", color="#777777")
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_title(day.isoformat(), fontsize=11)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")


def save_snapshot(fig: Any, path: str | os.PathLike[str], *, dpi: int = 150) -> None:
    """Save a snapshot figure as PNG, SVG or PDF (from the extension), atomically."""
    path = Path(path)
    if path.suffix.lower() not in SNAPSHOT_FORMATS:
        raise OutputError(
            f"{path}: unknown image format {path.suffix!r}; use one of {SNAPSHOT_FORMATS}"
        )
    import matplotlib

    fmt = path.suffix.lower().lstrip(".")
    # Fixed metadata and SVG ids: the same inputs give the same file.
    metadata: dict[str, Any] = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}.get(fmt, {})
    with atomic_path(path) as tmp, matplotlib.rc_context({"svg.hashsalt": "geoatlas"}):
        fig.savefig(tmp, dpi=dpi, format=fmt, metadata=metadata or None)
