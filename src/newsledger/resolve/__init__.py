"""Resolve: per-article event mentions -> incidents across articles, reconciled, with stable ids.

`resolve_incidents(articles, extractions, previous=None) -> ResolveResult`

1. `features`: one view per mention (dates and places handed to the nearest trigger; orphan
   figures become mentions of their own);
2. `local`: mentions of one article grouped into events, references and claims attached; an
   article none of whose events names a place (a commentary naming the town in a sentence with
   no trigger) lends its main event the places of its first body sentence that names one;
   a story that sets the scene before it tells the attack lends the first event, if it has
   neither, the town and day of the trigger-less sentences before it; a local dateline's town
   ("DILLING - ...") places a main event that names no town (a wire's filing hub only when the
   body names it again);
3. `cluster`: events of different articles merged by blocking on month+country, venue names and
   area, never comparing all pairs;
4. this module: each group becomes an Incident (type, date, places, figures, claims, parties
   normalized), `reconcile` summarises each figure kind, and `ids` keeps the ids of incidents
   that persist and records merges and splits.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from newsledger.extract.event_types import EVENT_TYPES, is_generic
from newsledger.geo.names import name_key
from newsledger.geo import geocode
from newsledger.records import Article, ArticleExtraction, Claim, Evidence, Figure, Incident, Place
from newsledger.resolve.cluster import cluster
from newsledger.resolve.compare import geo_of
from newsledger.resolve.features import DATELINE, dateline_span, mention_views
from newsledger.resolve.ids import IncidentChange, assign_ids
from newsledger.resolve.local import LocalEvent, attach_claims, local_events, main_event
from newsledger.resolve.reconcile import reconcile

__all__ = ["IncidentChange", "ResolveResult", "resolve_incidents"]

RESOLVER_VERSION = "resolve-1"


class ResolveResult:
    def __init__(self, incidents: list[Incident], changes: list[IncidentChange]):
        self.incidents = incidents
        self.changes = changes


def _normalize_party(text: str | None) -> str | None:
    try:
        from newsledger.resolve.parties import normalize_party
    except ImportError:  # pragma: no cover - the alias table ships with the package
        return text
    return normalize_party(text) if text else None


def article_events(extraction: ArticleExtraction, article: Article | None) -> list[LocalEvent]:
    """The events one article reports, with its claims attached."""
    views = mention_views(extraction, article.text if article else None)
    events = local_events(views)
    _lend_lead_places(events, list(extraction.places), article.title if article else None)
    _lend_lead_scene(events, extraction, article.title if article else None)
    if article is not None:
        _lend_dateline_town(events, list(extraction.places), article)
    attach_claims(events, list(extraction.claims), list(extraction.places))
    for e in events:
        e.published = article.published if article else None
    return events


def _lend_lead_places(events: list[LocalEvent], places: list[Place], title: str | None) -> None:
    """An article none of whose events names a place (a commentary that names the town in a
    sentence with no trigger: "When jihadists overran the army post at X last week ...") lends
    its main event the places of the first body sentence that names a town or region."""
    if not events or any(e.fine or e.names or e.venues for e in events):
        return
    title = (title or "").strip()
    for p in sorted(places, key=lambda p: p.evidence.start):
        sentence = p.evidence.sentence.strip()
        if "\n" in sentence or (title and sentence == title):
            continue
        g = geo_of(p)
        if g is not None and g.kind == "country":
            continue
        if g is None and p.lat is None and p.country is None and p.label not in ("GPE", "LOC"):
            continue
        lent = [q for q in places if q.evidence.sentence == p.evidence.sentence
                and not ((h := geo_of(q)) is not None and h.kind == "country")]
        target = main_event(events)
        target.places.extend(lent)
        target.refresh()
        return


def _lend_lead_scene(events: list[LocalEvent], extraction: ArticleExtraction, title: str | None) -> None:
    """A story that sets the scene before it names the event ("On Friday morning, a minibus was
    carrying workers through X. A drone found it at the entrance to the town. Three people were
    killed ..."): when the first event told has neither place nor date, the body sentences before
    its first mention that hold no event of their own lend it their town and day."""
    if not events:
        return
    first = min(events, key=lambda e: e.first)
    if first.fine or first.names or first.venues or first.date is not None or not first.members:
        return
    title = (title or "").strip()
    told = {v.mention.evidence.sentence for e in events for v in e.all_views}
    scene = {
        p.evidence.sentence for p in extraction.places
        if p.evidence.end <= first.first and p.evidence.sentence not in told
        and "\n" not in p.evidence.sentence.strip() and p.evidence.sentence.strip() != title
    }
    lent = [p for p in extraction.places if p.evidence.sentence in scene
            and (g := geo_of(p)) is not None and g.kind != "country"]
    if not lent:
        return
    first.places.extend(lent)
    days = [d for d in extraction.dates if d.evidence.sentence in scene and d.value is not None and d.precision == "day"
            and "\n" not in d.evidence.sentence.strip()]
    if days:
        first.date = days[0]
    first.refresh()


def _lend_dateline_town(events: list[LocalEvent], places: list[Place], article: Article) -> None:
    """A local paper's dateline ("DILLING - The number of people killed in Tuesday's drone attack on
    the X displacement camp has risen to 47") names the town the story is about; when the
    article's main event names no town of its own, the dateline's town is its place (weak evidence,
    but the only one). A wire's dateline, with a country, a date or a credit ("PESHAWAR, Pakistan,
    Oct. 15 (Agency) -", "JOS, Nigeria, April 14 -"), names a filing hub, lent only when the body
    names that town again."""
    if not events:
        return
    target = main_event(events)
    if target.fine or target.names or target.background:
        return
    text = article.text
    head = dateline_span(text)
    if head is None:
        return
    m = DATELINE.match(text, head[0])
    name = (m.group("caps") or m.group("title") or "").strip() if m else ""
    if len(name) < 3:
        return
    town = "-".join(" ".join(w.capitalize() for w in part.split()) for part in name.split("-"))
    wire = bool((m.group("tail") or "").strip())  # a country, a date or a credit: a wire's dateline
    if wire and name_key(town) not in {name_key(p.name) for p in places if p.evidence.start >= head[1]}:
        return  # where a wire was filed from, and no more
    counts = Counter(g.country_code for p in places if (g := geo_of(p)) is not None and g.country_code)
    match = geocode(town, counts.most_common(1)[0][0] if counts else None)
    if match is None or match.kind not in ("city", "admin1"):
        return
    start = m.start("caps" if m.group("caps") else "title")
    line_end = text.find("\n", start)
    sentence = text[start: line_end if line_end > 0 else len(text)]
    ev = Evidence(article.id, start, start + len(name), sentence)
    target.places.append(Place(name=town, label="GPE", evidence=ev, country=match.country, admin1=match.admin1,
                               lat=match.lat, lon=match.lon, geonameid=match.geonameid))
    target.refresh()


def _place_rank(p: Place) -> int:
    g = geo_of(p)
    if p.label in ("VENUE", "FAC"):
        return 0
    if g is None:
        return 3
    return {"city": 1, "admin1": 2, "country": 4}.get(g.kind, 3)


def _places(places: Iterable[Place]) -> list[Place]:
    """Distinct places, most specific first. Spellings of one venue ("X City Hall", "X concert
    hall") collapse into the one most reports use."""
    places = list(places)
    counts = Counter(name_key(p.name) for p in places)
    seen: dict[str, Place] = {}
    for p in sorted(places, key=lambda p: (-counts[name_key(p.name)], p.lat is None, p.evidence.start)):
        key = name_key(p.name)
        if not key or key in seen:
            continue
        if p.label in ("VENUE", "FAC") and any(
            q.label in ("VENUE", "FAC") and fuzz.token_set_ratio(key, k) >= 80 for k, q in seen.items()
        ):
            continue
        seen[key] = p
    return sorted(seen.values(), key=lambda p: (_place_rank(p), p.evidence.article_id, p.evidence.start))


def _incident_type(events: list[LocalEvent]) -> str:
    """The most specific type the reports agree on: anchored mentions vote 3 (5 with figures);
    a reference votes 1 when it sits close to an anchored mention (a far one may be about
    another event the article only alludes to)."""
    votes: Counter[str] = Counter()
    for e in events:
        anchors = [v.start for v in e.members]
        for v in e.members:
            if not is_generic(v.type) and v.type != "arrests":
                votes[v.type] += 5 if v.figures else 3
        for v in e.references:
            if not is_generic(v.type) and v.type != "arrests" and anchors and min(abs(v.start - a) for a in anchors) <= 600:
                votes[v.type] += 1
    if votes:
        order = {key: i for i, key in enumerate(EVENT_TYPES)}  # ties: the taxonomy's order
        return max(votes.items(), key=lambda kv: (kv[1], -order.get(kv[0], len(order))))[0]
    return "attack"


def _incident_date(events: list[LocalEvent]) -> tuple[dt.date | None, str | None]:
    for precision in ("day", "month", "year"):
        votes = Counter(
            v.date.value for e in events for v in e.members
            if v.date is not None and v.date.precision == precision and v.date.value is not None
        )
        if votes:
            value = max(votes.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))[0]
            return value, precision
    return None, None


def _dedupe_figures(figures: list[Figure], titles: dict[str, str]) -> list[Figure]:
    """The same value of the same kind said twice in one article is one report (the body's, not the headline's)."""
    chosen: dict[tuple, Figure] = {}
    for f in sorted(figures, key=lambda f: (f.evidence.article_id, f.evidence.start)):
        key = (f.evidence.article_id, f.kind, f.value, f.victims, f.is_breakdown)
        in_title = f.evidence.sentence.strip() == titles.get(f.evidence.article_id, "\0").strip()
        old = chosen.get(key)
        if old is None:
            chosen[key] = f
        elif old.evidence.sentence.strip() == titles.get(f.evidence.article_id, "\0").strip() and not in_title:
            chosen[key] = f
    return sorted(chosen.values(), key=lambda f: (f.evidence.article_id, f.evidence.start))


def _dedupe_claims(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.evidence.article_id, c.evidence.start)):
        seen.setdefault((c.evidence.article_id, c.party, c.modality, c.evidence.start), c)
    return list(seen.values())


def _name(type_key: str, places: list[Place], date: dt.date | None, precision: str | None) -> str:
    label = type_key.replace("_", " ")
    label = label[:1].upper() + label[1:]
    venue = [p.name for p in places if _place_rank(p) == 0][:1]
    area = [p.name for p in places if _place_rank(p) in (1, 2)][:1]
    where = venue + area or [p.name for p in places][:1]
    when = ""
    if date is not None:
        when = date.isoformat()[: {"day": 10, "month": 7, "year": 4}.get(precision or "day", 10)]
    text = label + (f" at {', '.join(where)}" if where else "")
    return text + (f" ({when})" if when else "")


def build_incident(events: list[LocalEvent], articles: dict[str, Article]) -> Incident:
    views = sorted(
        (v for e in events for v in e.members + e.references),
        key=lambda v: (v.article_id, v.start),
    )
    titles = {e.article_id: (articles[e.article_id].title or "") for e in events if e.article_id in articles}
    places = _places(p for e in events for p in e.places)
    date, precision = _incident_date(events)
    type_key = _incident_type(events)
    fine = [geo_of(p) for p in places]
    countries = Counter(g.country for g in fine if g is not None and g.country)
    admins = Counter(g.admin1 for g in fine if g is not None and g.admin1 and g.kind != "country")
    figures = _dedupe_figures([f for e in events for f in e.figures], titles)
    claims = _dedupe_claims([c for e in events for c in e.claims])
    for c in claims:
        c.party = _normalize_party(c.party_text or c.party) if c.modality != "no_claim" else c.party
    mentions = []
    for v in views:
        m = v.mention
        m.date = v.date
        m.places = list(v.places)
        mentions.append(m)
    inc = Incident(
        id="",
        name=_name(type_key, places, date, precision),
        type=type_key if type_key in EVENT_TYPES else "attack",
        date=date,
        date_precision=precision,
        places=places,
        country=countries.most_common(1)[0][0] if countries else None,
        admin1=admins.most_common(1)[0][0] if admins else None,
        mentions=mentions,
        figures=figures,
        claims=claims,
    )
    inc.reconciled = reconcile(figures, articles)
    return inc


def resolve_incidents(
    articles: list[Article],
    extractions: list[ArticleExtraction],
    previous: list[Incident] | None = None,
) -> ResolveResult:
    """Incidents over every extraction; ids of `previous` incidents kept where they persist.

    The cyclic garbage collector is paused for the pass: it builds many small records that live
    until the end, and full collections over them would make the cost grow faster than the input.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _resolve(articles, extractions, previous)
    finally:
        if collecting:
            gc.enable()


def _resolve(articles: list[Article], extractions: list[ArticleExtraction], previous: list[Incident] | None) -> ResolveResult:
    by_id = {a.id: a for a in articles}
    events: list[LocalEvent] = []
    for ext in sorted(extractions, key=lambda x: x.article_id):
        article = by_id.get(ext.article_id)
        if article is not None and article.duplicate_of:
            continue  # near-duplicates are not analysed twice
        events.extend(article_events(ext, article))
    groups = cluster(events)
    incidents = [build_incident(g, by_id) for g in groups]
    incidents = [
        i for i in incidents
        if i.figures or i.claims or (i.date_precision in ("day", "month") and i.places)
    ]
    changes = assign_ids(incidents, previous or [])
    incidents.sort(key=lambda i: (i.date or dt.date.max, i.id))
    return ResolveResult(incidents, changes)
