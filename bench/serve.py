"""Latency of the web app on a store with 10,000 synthetic incidents.

    PYTHONPATH=src python bench/serve.py [--incidents 10000] [--requests 200]

Fills a temporary SQLite store (one article per incident plus a second source for every
third incident), starts uvicorn on a free loopback port, and times ~200 GET requests
each of the incident list page, /api/incidents (with and without filters) and incident
pages, through httpx. Prints p50/p95/max in milliseconds; target p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert

from newsledger.records import Article, EventMention, Evidence, Figure, Incident, Place, content_hash, to_jsonable
from newsledger.store import Store
from newsledger.store import schema as t

TYPES = ["armed_assault", "bombing", "shelling", "air_strike", "abduction"]
COUNTRIES = ["Ruritania", "Freedonia", "Sylvania", "Latveria", "Genovia"]
TOWNS = ["Lakeview", "Riverton", "Hillford", "Stonebury", "Marshton", "Eastfield", "Northgate", "Ashby"]
OUTLETS = ["Northern Herald", "Daily Courier", "Evening Post", "Global Wire", "Morning Star"]


def populate(store: Store, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    now = dt.datetime(2025, 1, 1)
    article_rows, incident_rows, links = [], [], []
    for i in range(n):
        town, country, kind = rng.choice(TOWNS), rng.choice(COUNTRIES), rng.choice(TYPES)
        date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1800))
        n_src = 2 if i % 3 == 0 else 1
        figures, mentions = [], []
        for s in range(n_src):
            killed = rng.randrange(1, 60)
            text = (f"Report {i}-{s}. An attack of type {kind} hit {town} in {country} on {date:%d %B %Y}. "
                    f"At least {killed} people were killed, officials said. Residents described chaos in the streets.")
            aid = f"a{i:06d}{s}"
            article_rows.append({
                "id": aid, "source": f"bench/{aid}.txt", "title": f"{kind} in {town}", "outlet": OUTLETS[(i + s) % len(OUTLETS)],
                "authors": [], "published": date + dt.timedelta(days=s + 1), "text": text, "media_type": "text/plain",
                "content_hash": content_hash(text), "word_count": len(text.split()), "ingested_at": now,
            })
            f0 = text.index("At least")
            ev = Evidence(aid, f0, f0 + len(f"At least {killed}"), text[f0:text.index(".", f0) + 1])
            m0 = text.index("An attack")
            mentions.append(EventMention(0, kind, "attack", Evidence(aid, m0, m0 + 9, text[m0:text.index(".", m0) + 1])))
            figures.append(Figure("killed", killed, f"at least {killed}", ev, qualifier="at least"))
            links.append({"incident_id": f"inc{i:06d}", "article_id": aid, "mention_idx": 0})
        values = [f.value for f in figures]
        place = Place(town, "GPE", mentions[0].evidence, country=country, lat=rng.uniform(-60, 60), lon=rng.uniform(-170, 170))
        inc = Incident(
            f"inc{i:06d}", f"{kind.replace('_', ' ').title()} in {town}", kind, date, "day", places=[place], country=country,
            mentions=mentions, figures=figures,
            reconciled={"killed": {"low": min(values), "best": max(values), "high": max(values), "latest": values[-1],
                                   "conservative": min(values), "sources": n_src, "contested": False}},
        )
        incident_rows.append({
            "id": inc.id, "name": inc.name, "type": kind, "date": date, "date_precision": "day", "country": country,
            "admin1": None, "location": town, "lat": place.lat, "lon": place.lon, "killed_low": min(values),
            "killed_high": max(values), "killed_conservative": min(values), "contested": len(set(values)) > 1,
            "n_sources": n_src, "data": to_jsonable(inc), "updated_at": now,
        })
    with store.engine.begin() as conn:
        for start in range(0, len(article_rows), 2000):
            conn.execute(insert(t.articles), article_rows[start:start + 2000])
        for start in range(0, len(incident_rows), 2000):
            conn.execute(insert(t.incidents), incident_rows[start:start + 2000])
        conn.execute(insert(t.incident_mentions), links)
    return [r["id"] for r in incident_rows]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: httpx.Client, urls: list[str]) -> list[float]:
    out = []
    for url in urls:
        t0 = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            sys.exit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    from newsledger.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = Store.open(url)
        t0 = time.perf_counter()
        ids = populate(store, args.incidents)
        store.close()
        print(f"populated {args.incidents} incidents in {time.perf_counter() - t0:.1f} s")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        rng = random.Random(1)
        n = args.requests
        base = f"http://127.0.0.1:{port}"
        cases = {
            "/ (list page)": [f"/?page={rng.randrange(1, 20)}" for _ in range(n)],
            "/ (filtered)": [f"/?country={rng.choice(COUNTRIES)}&type={rng.choice(TYPES)}&contested=true" for _ in range(n)],
            "/api/incidents": [f"/api/incidents?offset={rng.randrange(0, 2000)}" for _ in range(n)],
            "/api/incidents?q=": [f"/api/incidents?q={rng.choice(TOWNS)}&date_from=2022-01-01" for _ in range(n)],
            "/incidents/{id}": [f"/incidents/{rng.choice(ids)}" for _ in range(n)],
            "/api/search": [f"/api/search?q={rng.choice(TOWNS)}" for _ in range(n)],
        }
        with httpx.Client(base_url=base, timeout=30) as client:
            timed(client, ["/", "/api/incidents", f"/incidents/{ids[0]}"])  # warm up
            print(f"{'endpoint':22} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({n} requests each)")
            for name, urls in cases.items():
                ms = sorted(timed(client, urls))
                p95 = ms[min(len(ms) - 1, int(round(0.95 * len(ms))) - 1)]
                print(f"{name:22} {statistics.median(ms):8.1f} {p95:8.1f} {ms[-1]:8.1f}")
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
