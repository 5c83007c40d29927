"""Resolution time for 10k and 100k event mentions, in one run; prints the ratio (want < 12).

The mentions are synthetic but shaped like real extractions: incidents in real gazetteer
cities over five years, each reported by one to four articles with their own dates (day or
month precision), places, venues on some, casualty figures that disagree a little, and
references without anchors. Same generator, same seed, ten times the size.

    .venv/bin/python bench/resolve.py [--small 10000] [--large 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time

from newsledger.geo.gazetteer import get_gazetteer
from newsledger.records import Article, ArticleExtraction, DateRef, EventMention, Evidence, Figure, Place
from newsledger.resolve import resolve_incidents

TYPES = ["armed_assault", "bombing", "shelling", "missile_strike", "air_strike", "attack"]


def synthetic(n_mentions: int, seed: int = 7) -> tuple[list[Article], list[ArticleExtraction]]:
    rng = random.Random(seed)
    gaz = get_gazetteer()
    cities = [gaz.by_id(row[0]) for row in gaz._city_rows[:: max(1, len(gaz._city_rows) // 3000)]]
    cities = [c for c in cities if c is not None and c.lat is not None]
    start = dt.date(2020, 1, 1)
    articles, extractions = [], []
    made = 0
    n_article = 0
    while made < n_mentions:
        city = rng.choice(cities)
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        kind = rng.choice(TYPES)
        toll = rng.randrange(1, 200)
        venue = f"{rng.choice(['North', 'Grand', 'Central', 'Old'])} {rng.randrange(10**6)} Arena" if rng.random() < 0.3 else None
        for _report in range(rng.randint(1, 4)):
            aid = f"a{n_article:07d}"
            n_article += 1
            published = day + dt.timedelta(days=rng.randrange(0, 6))
            text = ""
            ext = ArticleExtraction(article_id=aid)
            for k in range(rng.randint(2, 6)):
                sentence = f"Sentence {k} about {city.name} on {day.isoformat()} where {toll} people died."
                s0 = len(text)
                text += sentence + " "
                ev = Evidence(aid, s0, s0 + 8, sentence)
                places, date, figures = [], None, []
                if k == 0 or rng.random() < 0.3:
                    places.append(Place(city.name, "GPE", ev, city.country, city.admin1, city.lat, city.lon, city.geonameid))
                    if venue and rng.random() < 0.5:
                        places.append(Place(venue, "VENUE", ev, city.country, city.admin1, city.lat, city.lon, None))
                    precision = "day" if rng.random() < 0.7 else "month"
                    date = DateRef(day.isoformat(), day if precision == "day" else day.replace(day=1), precision, ev)
                if k == 0 or rng.random() < 0.2:
                    figures.append(Figure("killed", toll + rng.randrange(0, 5), str(toll), ev, mention=k))
                ext.mentions.append(EventMention(k, kind if rng.random() < 0.7 else "attack", "attack", ev, date=date, places=places))
                ext.places.extend(places)
                ext.figures.extend(figures)
                if date:
                    ext.dates.append(date)
                made += 1
            articles.append(Article(aid, f"{aid}.txt", text, outlet=f"Outlet {rng.randrange(40)}", published=published))
            extractions.append(ext)
    return articles, extractions


def timed(n: int, repeat: int = 1) -> tuple[float, int, int]:
    """Best of `repeat` runs over the same input (other load on the machine only adds time)."""
    articles, extractions = synthetic(n)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = resolve_incidents(articles, extractions)
        best = min(best, time.perf_counter() - t0)
    return best, len(result.incidents), sum(len(e.mentions) for e in extractions)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts")
    args = ap.parse_args(argv)
    timed(500)  # warm the gazetteer and caches
    small, inc_s, n_s = timed(args.small, args.repeat)
    print(f"{n_s:>7} mentions: {small:7.2f} s, {inc_s} incidents", flush=True)
    large, inc_l, n_l = timed(args.large, args.repeat)
    print(f"{n_l:>7} mentions: {large:7.2f} s, {inc_l} incidents", flush=True)
    ratio = large / small
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ratio {ratio:.2f} for {n_l / n_s:.1f}x the mentions (want < 12); peak RSS {rss:.0f} MB")
    return 0 if ratio < 12 else 1


if __name__ == "__main__":
    sys.exit(main())
