"""The one interface every geocoder adapter implements (after ``geopy.geocoders.base``)."""

from __future__ import annotations

from abc import ABC, abstractmethod

from geoatlas.errors import GeoatlasError, GeocoderError
from geoatlas.records import Candidate

__all__ = ["Geocoder"]


class Geocoder(ABC):
    """Turn a place name into ranked :class:`~geoatlas.records.Candidate` places.

    Subclasses implement :meth:`_geocode`; :meth:`geocode` adds what every
    backend shares: an in-memory cache and the translation of any backend
    failure into :class:`~geoatlas.errors.GeocoderError` naming the backend
    and the query.
    """

    #: Short backend name, used in reasons and error messages.
    name: str = "geocoder"

    def __init__(self) -> None:
        self._memo: dict[tuple[str, str], list[Candidate]] = {}

    def geocode(self, query: str, *, context: str | None = None) -> list[Candidate]:
        """Candidates for ``query``, best first; an empty list when nothing matches.

        Parameters
        ----------
        query : str
            A place name as written ("Koupiansk", "Houliaïpole").
        context : str, optional
            Text around the name (the sentence, the article): it lets a
            backend pick among namesakes.
        """
        if not query.strip():
            return []
        memo_key = (query, context or "")
        if memo_key not in self._memo:
            try:
                self._memo[memo_key] = self._geocode(query, context=context)
            except GeoatlasError:
                raise
            except Exception as exc:
                raise GeocoderError(f"{self.name} failed for {query!r}: {exc}") from exc
        return self._memo[memo_key]

    @abstractmethod
    def _geocode(self, query: str, *, context: str | None) -> list[Candidate]:
        """Backend-specific lookup."""
