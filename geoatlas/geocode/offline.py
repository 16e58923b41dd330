"""The default geocoder: the bundled gazetteer, offline."""

from __future__ import annotations

from geoatlas.config import Settings
from geoatlas.gazetteer import Gazetteer, load_gazetteer
from geoatlas.geocode.base import Geocoder
from geoatlas.records import Candidate

__all__ = ["GazetteerGeocoder", "geocode"]


class GazetteerGeocoder(Geocoder):
    """Names to places through the gazetteer, with the mention finder's rules.

    The name is read as it would be in its context, so namesakes are settled
    the same way as in an article: the oblast named around it, the other
    towns, the theatre prior, then population.
    """

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer | None = None, *, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.gazetteer = gazetteer or load_gazetteer(self.settings)

    def _geocode(self, query: str, *, context: str | None) -> list[Candidate]:
        from geoatlas.mentions import find_mentions

        # The name goes after a place cue so that an ordinary-word check and
        # the sentence-start rule read it as a writer would have placed it.
        lead = (context.rstrip() + "\n") if context else ""
        text = f"{lead}à {query.strip()}"
        offset = len(lead) + 2
        for mention in find_mentions(
            text, gazetteer=self.gazetteer, settings=self.settings.with_(online=False)
        ):
            if mention.start == offset and mention.place is not None:
                return list(mention.candidates)
        return []


def geocode(
    name: str, context: str | None = None, *, settings: Settings | None = None
) -> Candidate | None:
    """The best place for ``name`` (read in ``context``), or None.

    Offline through the gazetteer; with ``settings.online`` a name the
    gazetteer lacks goes to the online geocoder.

    Examples
    --------
    >>> geocode("Artiomovsk").place.name
    'Bakhmut'
    >>> geocode("Houliaïpole", "dans la région de Dnipropetrovsk").place.admin1
    'Dnipropetrovsk'
    """
    settings = settings or Settings()
    found = GazetteerGeocoder(settings=settings).geocode(name, context=context)
    if not found and settings.online:
        from geoatlas.geocode.online import GeopyGeocoder

        found = GeopyGeocoder(settings=settings).geocode(name, context=context)
    return found[0] if found else None
