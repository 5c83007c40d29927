"""Pairwise tests the resolver uses: event types, dates within their precision, places, figures.

Places compare through the gazetteer hierarchy (a venue near Moscow, Krasnogorsk, Moscow Oblast
and Moscow are one area; Dagestan contains Derbent; Sevastopol and Dagestan are apart). Country
names alone are too coarse to say two events happened in the same place, so they only count
when neither side names anything finer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from newsledger.extract.event_types import is_generic
from newsledger.geo.gazetteer import GeoMatch, as_match, get_gazetteer
from newsledger.geo.gazetteer import distance_km
from newsledger.geo.gazetteer import same_area as _same_area
from newsledger.geo.names import name_key
from newsledger.records import DateRef, Figure, Place

MATCH, CONFLICT, UNKNOWN = "match", "conflict", "unknown"

# Families of event types that can describe the same incident in different words
# (a mass shooting reported as an attack, with arson; a strike reported as shelling).
_FAMILIES = (
    frozenset({"missile_strike", "shelling", "air_strike", "drone_strike", "bombing", "suicide_bombing"}),
    frozenset({"armed_assault", "hostage_taking", "assassination", "arson", "kidnapping", "armed_clash",
               "bombing", "suicide_bombing", "hijacking"}),
    frozenset({"riot", "arson"}),
    frozenset({"sabotage", "bombing", "arson", "drone_strike", "missile_strike"}),
)
_ALWAYS_COMPATIBLE = frozenset({"attack", "arrests"})


def types_compatible(a: str, b: str) -> bool:
    if a == b or a in _ALWAYS_COMPATIBLE or b in _ALWAYS_COMPATIBLE or is_generic(a) or is_generic(b):
        return True
    return any(a in fam and b in fam for fam in _FAMILIES)


def dates_compatible(a: DateRef | None, b: DateRef | None) -> bool | None:
    """True/False when both dates are known; None when either is missing."""
    if a is None or b is None or a.value is None or b.value is None:
        return None
    x, y = a.value, b.value
    coarse = {a.precision, b.precision}
    if "year" in coarse:
        return x.year == y.year
    if "month" in coarse:
        return (x.year, x.month) == (y.year, y.month)
    return abs((x - y).days) <= 1


def more_precise(a: DateRef | None, b: DateRef | None) -> DateRef | None:
    order = {"day": 0, "month": 1, "year": 2}
    if a is None:
        return b
    if b is None:
        return a
    return a if order.get(a.precision or "year", 3) <= order.get(b.precision or "year", 3) else b


@lru_cache(maxsize=200_000)
def _match_key(name: str, country: str | None, admin1: str | None, lat: float | None, lon: float | None,
               geonameid: int | None, label: str) -> GeoMatch | None:
    place = Place(name=name, label=label, evidence=None, country=country, admin1=admin1, lat=lat, lon=lon,  # type: ignore[arg-type]
                  geonameid=geonameid)
    if geonameid is None and lat is None and country is None:
        return None
    if geonameid is None and label not in ("VENUE", "FAC"):
        # a region or country geocoded by name: look it up again to keep its level in the hierarchy
        gaz = get_gazetteer()
        found = gaz.geocode(name, gaz.country_code(country) if country else None)
        if found is not None and found.kind in ("admin1", "country") and found.lat == lat and found.lon == lon:
            return found
    return as_match(place)


def geo_of(place: Place) -> GeoMatch | None:
    """The gazetteer view of a place (None when it was never geocoded)."""
    return _match_key(place.name, place.country, place.admin1, place.lat, place.lon, place.geonameid, place.label)


def fine_places(places: Iterable[Place]) -> list[GeoMatch]:
    """Geocoded places finer than a country, one per distinct point."""
    out, seen = [], set()
    for p in places:
        g = geo_of(p)
        if g is None or g.kind == "country":
            continue
        key = (g.geonameid, g.name, g.admin1, g.lat, g.lon)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def countries(places: Iterable[Place]) -> set[str]:
    out = set()
    for p in places:
        g = geo_of(p)
        if g is not None and g.country_code:
            out.add(g.country_code)
    return out


def venue_names(places: Iterable[Place]) -> list[str]:
    return [name_key(p.name) for p in places if p.label in ("VENUE", "FAC")]


def unlocated_names(places: Iterable[Place]) -> set[str]:
    """Keys of town or area names the gazetteer does not know ("the town of X"): two reports
    naming the same one agree on the place even though neither can be put on the map. A
    facility name the gazetteer cannot place counts too: the parser labels a district one
    report calls "Baghdad's X district" a facility, and another "the district of X" a place."""
    return {
        name_key(p.name) for p in places
        if p.label in ("GPE", "LOC", "FAC") and p.lat is None and p.country is None and name_key(p.name)
    }


def venues_match(a: Iterable[str], b: Iterable[str]) -> bool:
    a, b = list(a), list(b)
    return any(fuzz.token_set_ratio(x, y) >= 80 for x in a for y in b)


def same_area(a: GeoMatch, b: GeoMatch) -> bool:
    return _same_area(a, b)


def same_area_place(place: Place, g: GeoMatch) -> bool:
    mine = geo_of(place)
    return mine is not None and mine.kind != "country" and _same_area(mine, g)


def place_relation(a: list[GeoMatch], b: list[GeoMatch], a_countries: set[str], b_countries: set[str]) -> str:
    """MATCH when some fine place of one lies in the area of one of the other; CONFLICT when both
    name fine places and none do (or both name only countries, and different ones)."""
    if a and b:
        for x in a:
            for y in b:
                if _same_area(x, y):
                    return MATCH
        return CONFLICT
    if not a and not b and a_countries and b_countries:
        return MATCH if a_countries & b_countries else CONFLICT
    if a_countries and b_countries and not (a_countries & b_countries):
        return CONFLICT
    return UNKNOWN


# Two towns closer than this are one place (a city and a point inside it, two spellings).
_SAME_TOWN_KM = 10.0


def distinct_towns(a: list[GeoMatch], b: list[GeoMatch]) -> bool:
    """Both events name a town and no town of one is a town of the other: they match only as
    neighbours ("Krasnogorsk" and "Moscow", or two towns 30 km apart in one region), which is
    weaker evidence of one incident than naming the same town."""
    ta = [g for g in a if g.kind == "city"]
    tb = [g for g in b if g.kind == "city"]
    if not ta or not tb:
        return False
    for x in ta:
        for y in tb:
            if x.geonameid is not None and x.geonameid == y.geonameid:
                return False
            if name_key(x.name) == name_key(y.name):
                return False
            d = distance_km(x, y)
            if d is not None and d <= _SAME_TOWN_KM:
                return False
    return True


def totals(figures: Iterable[Figure]) -> dict[str, set[int]]:
    """Headline values per kind (breakdowns left out)."""
    out: dict[str, set[int]] = {}
    for f in figures:
        if f.value is not None and not f.is_breakdown:
            out.setdefault(f.kind, set()).add(f.value)
    return out


def figures_conflict(a: dict[str, set[int]], b: dict[str, set[int]]) -> bool:
    """Within one article: the same kind given two different totals means two events."""
    return any(kind in b and not (vals & b[kind]) for kind, vals in a.items())


def figures_close(a: dict[str, set[int]], b: dict[str, set[int]], tolerance: float = 0.15) -> bool:
    """Across articles: some killed (or injured) totals within `tolerance` of each other."""
    for kind in ("killed", "injured"):
        for x in a.get(kind, ()):
            for y in b.get(kind, ()):
                if x >= 3 and y >= 3 and abs(x - y) <= tolerance * max(x, y):
                    return True
    return False
