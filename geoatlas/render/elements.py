"""The map's building blocks: branca/folium elements whose JavaScript lives in ``templates/``.

Each element holds data and names a Jinja template; none does I/O. Templates
are rendered with autoescaping, and what they interpolate is either our own
constant, an integer, or a string escaped by :mod:`geoatlas.render.payload`.

A caution that shapes this module: branca renders a macro's output a second
time as a Jinja template (``Element(header(this, kwargs))``), so text that
reaches a macro must hold no ``{{``, ``{%`` or ``{#``; the payload's escaping
guarantees it for article text (see :func:`geoatlas.render.payload.escape_text`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

import jinja2
from branca.element import Element, MacroElement
from folium.map import Layer
from folium.plugins import Timeline
from folium.template import tojavascript
from folium.utilities import JsCode
from markupsafe import Markup

from geoatlas.render.assets import Asset, asset_url
from geoatlas.render.palette import STATE_STYLES, radius_for
from geoatlas.schema import View

__all__ = [
    "AssetBundle",
    "ControlTimeline",
    "CountryOutlines",
    "Legend",
    "MapRuntime",
    "SliderStart",
    "Title",
    "ViewControl",
    "load_js",
]

_LEGEND_SIZES: Final = ((1_000, "1k"), (10_000, "10k"), (100_000, "100k"), (1_000_000, "1M"))


@functools.cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("geoatlas.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["tojavascript"] = tojavascript
    environment.globals["asset_url"] = asset_url
    return environment


def _template(name: str) -> jinja2.Template:
    return _environment().get_template(name)


def load_js(name: str) -> JsCode:
    """Return the JavaScript of ``templates/<name>`` for a folium option."""
    loader = _environment().loader
    if loader is None:  # pragma: no cover - the environment always has one
        raise RuntimeError("the template environment has no loader")
    source, _, _ = loader.get_source(_environment(), name)
    return JsCode(source.strip())


class _TemplateElement(MacroElement):
    """A MacroElement whose template is a file, loaded on first render."""

    template_name: str = ""

    @property
    def _template(self) -> jinja2.Template:
        return _template(self.template_name)

    @_template.setter
    def _template(self, value: object) -> None:
        """MacroElement's constructor assigns a blank template: the file wins."""


class MapRuntime(_TemplateElement):
    """The map's shared data (towns, labels, compressed claims) and runtime functions.

    ``claims_blob`` is base64 (no character HTML or Jinja would read).
    """

    template_name = "map_runtime.j2"

    def __init__(self, config: str, claims_blob: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "geoatlas"
        self.config_json = Markup(config)
        self.claims_blob = claims_blob


class ControlTimeline(Timeline):
    """One view's control intervals: folium's ``Timeline`` fed compact rows.

    folium's ``Timeline`` embeds one GeoJSON feature per row and leaflet.timeline
    builds an interval tree of them; this subclass embeds the rows as integer
    arrays, and the runtime (``templates/runtime.js``) indexes them per town and
    keeps one marker per town, which keeps a 100,000-event map within a few
    megabytes and a slider step within a frame. It is still an ``L.timeline``
    that folium's ``TimelineSlider`` drives.
    """

    def __init__(
        self,
        runtime: MapRuntime,
        view: View,
        rows: str,
        *,
        name: str,
        show: bool,
        bounds: Sequence[Sequence[float]],
    ) -> None:
        # GeoJson.__init__ would parse ``data`` as GeoJSON; the rows are not.
        Layer.__init__(self, name=name, overlay=True, control=False, show=show)
        self._name = "timeline"
        self.runtime = runtime
        self.view = view
        self.rows_json = Markup(rows)
        self._bounds: list[list[float | None]] = [list(bounds[0]), list(bounds[1])]
        self.options: dict[str, Any] = {}

    @property
    def _template(self) -> jinja2.Template:
        return _template("control_timeline.j2")

    @_template.setter
    def _template(self, value: object) -> None:
        """Ignore the template folium's constructors assign."""

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        # Layer.render adds the layer to the map when ``show``; GeoJson.render
        # would look for GeoJSON styling this layer does not have.
        Layer.render(self, **kwargs)  # type: ignore[no-untyped-call]

    def _get_self_bounds(self) -> list[list[float | None]]:
        return [list(corner) for corner in self._bounds]


class ViewControl(_TemplateElement):
    """A layer switcher whose radio buttons choose one view."""

    template_name = "view_control.j2"

    def __init__(self, views: Sequence[tuple[str, ControlTimeline]], *, heading: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "views"
        self.views = list(views)
        self.heading = heading


class SliderStart(_TemplateElement):
    """Moves a ``TimelineSlider`` to ``time`` (milliseconds) once the page has built it."""

    template_name = "slider_start.j2"

    def __init__(self, slider: MacroElement, time: int) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "slider_start"
        self.slider = slider
        self.time = time


class Legend(_TemplateElement):
    """State colours and marker sizes, from :mod:`geoatlas.render.palette`."""

    template_name = "legend.j2"

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "legend"
        self.states = list(STATE_STYLES.values())
        self.sizes = [(label, radius_for(population)) for population, label in _LEGEND_SIZES]


class Title(_TemplateElement):
    """The title banner; ``title`` and ``subtitle`` must be escaped already."""

    template_name = "title.j2"

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "title"
        self.title = Markup(title)
        self.subtitle = Markup(subtitle)


class CountryOutlines(Layer):
    """Country outlines as a base layer: the background when no tile can load."""

    def __init__(self, geojson: str, *, name: str, show: bool) -> None:
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "outlines"
        self.geojson_json = Markup(geojson)

    @property
    def _template(self) -> jinja2.Template:
        return _template("outlines.j2")

    @_template.setter
    def _template(self, value: object) -> None:
        """Ignore the template folium's constructors assign."""


class AssetBundle(Element):
    """The page's scripts and stylesheets, as links or inline text, in load order.

    It renders its HTML directly rather than as a template, because an inlined
    library is not a Jinja template (branca would parse it as one).
    """

    def __init__(
        self,
        stylesheets: Sequence[tuple[Asset, str | None]],
        scripts: Sequence[tuple[Asset, str | None]],
    ) -> None:
        super().__init__()
        self._name = "assets"
        self.stylesheets = [(asset, _markup(text)) for asset, text in stylesheets]
        self.scripts = [(asset, _markup(text)) for asset, text in scripts]

    def render(self, **kwargs: Any) -> str:
        return str(_template("assets.j2").render(this=self))


def _markup(text: str | None) -> Markup | None:
    return None if text is None else Markup(text)
